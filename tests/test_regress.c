/*
 * Regression tests for the crashes found by the fuzzers (fuzz/). Each test
 * feeds the input that crashed (reduced to its cause) and asserts the
 * correct rejection or result.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/text.h"
#include "newsev/timex.h"

#define REF_MS	1718875800000LL	/* 2024-06-20T09:30:00Z */

static const char *const timex_files[] = { "months.txt", "weekdays.txt",
    "numbers.txt", "units.txt", "relative.txt", "context.txt" };
#define N_TIMEX_FILES (sizeof(timex_files) / sizeof(timex_files[0]))

/* A scratch directory removed by its teardown. */
struct scratch {
	char dir[256];
};

static int
scratch_setup(void **state)
{
	struct scratch *s = calloc(1, sizeof(*s));
	const char *tmp = getenv("TMPDIR");

	if (s == NULL)
		return -1;
	snprintf(s->dir, sizeof(s->dir), "%s/newsev-regress.XXXXXX",
	    tmp && *tmp ? tmp : "/tmp");
	if (mkdtemp(s->dir) == NULL) {
		free(s);
		return -1;
	}
	*state = s;
	return 0;
}

static int
scratch_teardown(void **state)
{
	struct scratch *s = *state;
	char path[512];

	for (size_t i = 0; i < N_TIMEX_FILES; i++) {
		snprintf(path, sizeof(path), "%s/%s", s->dir, timex_files[i]);
		unlink(path);
	}
	rmdir(s->dir);
	free(s);
	return 0;
}

static void
write_file(const struct scratch *s, const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", s->dir, name);
	assert_non_null(f = fopen(path, "w"));
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

/* Fill the timex files of s: months.txt gets months, the others are empty. */
static void
timex_dir(const struct scratch *s, const char *months, const char *weekdays)
{
	for (size_t i = 0; i < N_TIMEX_FILES; i++)
		write_file(s, timex_files[i], "");
	write_file(s, "months.txt", months);
	write_file(s, "weekdays.txt", weekdays);
}

/*
 * The TIMEX3 value of the first time expression of text against ref_ms,
 * "" when none.
 */
static void
value_at(const struct timex_rules *r, const char *text, int64_t ref_ms,
    char *out, size_t len)
{
	struct timex_hit h[8];
	struct text_doc doc;

	text_doc_init(&doc);
	assert_int_equal(text_analyze(&doc, text, strlen(text)), 0);
	snprintf(out, len, "%s", timex_find(r, &doc, "fr", ref_ms, h, 8) > 0 ?
	    h[0].value : "");
	text_doc_clear(&doc);
}

static void
first_value(const struct timex_rules *r, const char *text, char *out,
    size_t len)
{
	value_at(r, text, REF_MS, out, len);
}

/* The staged data directory: $NEWSEV_BUILD/data, else build/data. */
static void
data_dir(char *buf, size_t len, const char *sub)
{
	const char *b = getenv("NEWSEV_BUILD");

	snprintf(buf, len, "%s/data%s", b && *b ? b : "build", sub);
}

/*
 * fuzz_dict, timex.c days_in_month(): a months.txt line whose VALUE is no
 * month number ("h$12" -> 0) was loaded, and the first date naming that
 * month read days_in_month()'s table at index -1. The loader now rejects it.
 */
static void
test_regress_timex_month_value_zero(void **state)
{
	struct scratch *s = *state;
	char err[512];

	timex_dir(s, "fr month 11 novembre\nfr month h$12 décembre\n", "");
	assert_null(timex_load(s->dir, err, sizeof(err)));
	assert_non_null(strstr(err, "/months.txt:2: month VALUE must be 1..12"));
	timex_dir(s, "fr month_ctx 13 mars\n", "");
	assert_null(timex_load(s->dir, err, sizeof(err)));
	assert_non_null(strstr(err, "/months.txt:1: month VALUE must be 1..12"));
}

/* The same check for weekday numbers (ISO 1..7), singular and plural. */
static void
test_regress_timex_weekday_value(void **state)
{
	struct scratch *s = *state;
	char err[512];

	timex_dir(s, "", "fr weekday 0 lundi\n");
	assert_null(timex_load(s->dir, err, sizeof(err)));
	assert_non_null(strstr(err, "/weekdays.txt:1: weekday VALUE must be 1..7"));
	timex_dir(s, "", "fr weekday 1 lundi\nfr weekdays 8 lundis\n");
	assert_null(timex_load(s->dir, err, sizeof(err)));
	assert_non_null(strstr(err, "/weekdays.txt:2: weekday VALUE must be 1..7"));
}

/* Valid months and weekdays still load and resolve at both ends. */
static void
test_regress_timex_month_bounds_ok(void **state)
{
	struct scratch *s = *state;
	struct timex_rules *r;
	char err[512], v[32];

	timex_dir(s, "fr month 1 janvier\nfr month 12 décembre\n",
	    "fr weekday 7 dimanche\n");
	r = timex_load(s->dir, err, sizeof(err));
	assert_non_null(r);
	first_value(r, "Le sommet s'est tenu le 31 décembre 2023 à Paris.", v,
	    sizeof(v));
	assert_string_equal(v, "2023-12-31");
	first_value(r, "Le 1 janvier 2024, rien.", v, sizeof(v));
	assert_string_equal(v, "2024-01-01");
	timex_free(r);
}

/*
 * fuzz_extract, timex.c timex_find(): the reference time is any int64 (a
 * protobuf published_at, a Kafka timestamp); INT64_MIN overflowed the
 * minute-of-day arithmetic (UBSan: signed integer overflow). Reference
 * times are now clamped to years 0000..9999, also in extract_run(), whose
 * default event date came from gmtime_r() of an unrepresentable year.
 */
static void
test_regress_timex_ref_int64_extremes(void **state)
{
	struct timex_rules *r;
	char dir[1024], err[512], v[32];

	(void)state;
	data_dir(dir, sizeof(dir), "/timex");
	assert_non_null(r = timex_load(dir, err, sizeof(err)));
	value_at(r, "Il est arrivé hier à Paris.", INT64_MAX, v, sizeof(v));
	assert_string_equal(v, "9999-12-30");
	value_at(r, "Il arrivera demain à Paris.", INT64_MIN, v, sizeof(v));
	assert_string_equal(v, "0000-01-02");
	value_at(r, "Il arrivera demain à Paris.", TIMEX_REF_MIN - 1, v,
	    sizeof(v));
	assert_string_equal(v, "0000-01-02");
	timex_free(r);
}

/* The same extremes through extract_run(): every event date is in range. */
static void
test_regress_extract_ref_int64_extremes(void **state)
{
	static const char text[] = "Le président russe Vladimir Poutine a "
	    "rencontré le président chinois Xi Jinping à Pékin.";
	const int64_t refs[] = { INT64_MAX, INT64_MIN };
	struct extract_input in = { .id = "regress-ref", .text = text,
	    .text_len = sizeof(text) - 1, .lang = "fr" };
	const char *want[] = { "9999-12-31", "0000-01-01" };
	struct extract_result *r;
	struct dict *d;
	char dir[1024], err[512];

	(void)state;
	data_dir(dir, sizeof(dir), "");
	assert_non_null(d = dict_load(dir, err, sizeof(err)));
	for (size_t i = 0; i < 2; i++) {
		in.published_ms = refs[i];
		assert_non_null(r = extract_run(d, &in));
		assert_true(r->n_events > 0);
		for (size_t k = 0; k < r->n_events; k++)
			assert_string_equal(r->events[k].date.value, want[i]);
		extract_result_free(r);
	}
	dict_free(d);
}

/*
 * fuzz_extract and fuzz_dict, timex.c nx(): a grammar stepping past the
 * last token of a sentence read the lexeme after the sentence's end (ASan:
 * heap-buffer-overflow when the sentence filled the lexeme buffer, 256
 * tokens). The crashing input ended a 256-token sentence with "le"; here a
 * determiner that is also a weekday ends it, which reaches the same step,
 * after a weekday that must still resolve.
 */
static void
test_regress_timex_step_past_sentence(void **state)
{
	struct scratch *s = *state;
	struct timex_rules *r;
	char err[512], v[32], text[1024];
	size_t i, n = 0;

	timex_dir(s, "", "fr weekday 1 le\nfr weekday 2 mardi\n");
	write_file(s, "context.txt", "fr det - le\n");
	assert_non_null(r = timex_load(s->dir, err, sizeof(err)));
	for (i = 0; i < 254; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "x ");
	snprintf(text + n, sizeof(text) - n, "mardi le");
	value_at(r, text, REF_MS, v, sizeof(v));
	assert_string_equal(v, "2024-06-18");
	timex_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_regress_timex_month_value_zero, scratch_setup,
		    scratch_teardown),
		cmocka_unit_test_setup_teardown(
		    test_regress_timex_weekday_value, scratch_setup,
		    scratch_teardown),
		cmocka_unit_test_setup_teardown(
		    test_regress_timex_month_bounds_ok, scratch_setup,
		    scratch_teardown),
		cmocka_unit_test_setup_teardown(
		    test_regress_timex_step_past_sentence, scratch_setup,
		    scratch_teardown),
		cmocka_unit_test(test_regress_timex_ref_int64_extremes),
		cmocka_unit_test(test_regress_extract_ref_int64_extremes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
