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

/* The TIMEX3 value of the first time expression of text, "" when none. */
static void
first_value(const struct timex_rules *r, const char *text, char *out,
    size_t len)
{
	struct timex_hit h[8];
	struct text_doc doc;

	text_doc_init(&doc);
	assert_int_equal(text_analyze(&doc, text, strlen(text)), 0);
	snprintf(out, len, "%s", timex_find(r, &doc, "fr", REF_MS, h, 8) > 0 ?
	    h[0].value : "");
	text_doc_clear(&doc);
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
