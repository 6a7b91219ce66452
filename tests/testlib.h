/*
 * testlib: fixtures shared by the engine's unit tests.
 */
#ifndef NEWSEV_TESTLIB_H
#define NEWSEV_TESTLIB_H

#include <stddef.h>

struct dict;
struct timex_rules;
struct extract_result;
struct extract_event;

/* Reference time of testlib_run(): 2024-06-20T09:00:00Z, a Thursday. */
#define TESTLIB_REF_MS 1718874000000LL

/*
 * The staged data directory: $NEWSEV_BUILD/data (set by tests/run.sh), else
 * build/data, else the source tree's data/. Writes it into buf.
 */
void testlib_data_dir(char *buf, size_t len);

/*
 * Load every dictionary from testlib_data_dir(). The caller frees the result
 * with dict_free(). Returns NULL after printing the loader's reason.
 */
struct dict *testlib_dict_load(void);

/*
 * Load the time rules from testlib_data_dir()/timex. The caller frees them
 * with timex_free(). Returns NULL after printing the loader's reason.
 */
struct timex_rules *testlib_timex_load(void);

/* cmocka group setup/teardown: load and free the shared dictionary. */
int testlib_setup(void **state);
int testlib_teardown(void **state);

/* The dictionary loaded by testlib_setup(). */
const struct dict *testlib_dict(void);

/*
 * Extract text (lang may be NULL) as article id, published at
 * TESTLIB_REF_MS. The caller frees the result with extract_result_free().
 */
struct extract_result *testlib_run(const char *id, const char *text,
    const char *lang);

/*
 * First event with source key s, a CAMEO code starting with c and target
 * key t (keys as score_actor_key(): country, else CAMEO), or NULL.
 */
const struct extract_event *testlib_find(const struct extract_result *r,
    const char *s, const char *c, const char *t);

/* Number of events of r whose CAMEO code starts with c. */
size_t testlib_count_code(const struct extract_result *r, const char *c);

/* Print the events of r on stderr ("  got SRC CODE TGT"), for a failure. */
void testlib_print_events(const struct extract_result *r);

/*
 * Extract text in lang and look for the event (s, code prefix c, t); when
 * it is missing, print the sentence and what was coded instead. Returns 1
 * if found, 0 if not, -1 if extraction failed.
 */
int testlib_expect(const char *id, const char *text, const char *lang,
    const char *s, const char *c, const char *t);

#endif
