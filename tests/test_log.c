/*
 * Logging: line format, level filter, quoting and the per-key rate limiter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "newsev/log.h"

static char lines[32][512];
static int nlines;

static void
capture(enum log_level lvl, const char *line, void *arg)
{
	if (nlines < 32)
		snprintf(lines[nlines++], sizeof(lines[0]), "%s", line);
}

static int
setup(void **state)
{
	nlines = 0;
	log_set_sink(capture, NULL);
	log_set_level(LOGL_INFO);
	log_set_rate_burst(10);
	log_ratelimit_reset();
	return 0;
}

static void
test_log_format(void **state)
{
	log_warn("rejected article", "reason=\"%s\" src=%s/%d/%d",
	    "missing field: id", "newsev.articles", 2, 17);
	assert_int_equal(nlines, 1);
	assert_string_equal(lines[0] + strlen("ts=2024-01-01T00:00:00.000Z "),
	    "level=warn msg=\"rejected article\" reason=\"missing field: id\" "
	    "src=newsev.articles/2/17");
	assert_memory_equal(lines[0], "ts=", 3);
	log_info("no context", NULL);
	assert_string_equal(lines[1] + strlen("ts=2024-01-01T00:00:00.000Z "),
	    "level=info msg=\"no context\"");
}

static void
test_log_level_filter(void **state)
{
	enum log_level l;

	log_debug("hidden", NULL);
	assert_int_equal(nlines, 0);
	log_set_level(LOGL_ERROR);
	log_warn("hidden", NULL);
	log_error("shown", NULL);
	assert_int_equal(nlines, 1);
	assert_non_null(strstr(lines[0], "level=error"));
	assert_int_equal(log_level_parse("debug", &l), 0);
	assert_int_equal(l, LOGL_DEBUG);
	assert_int_equal(log_level_parse("warn", &l), 0);
	assert_int_equal(l, LOGL_WARN);
	assert_int_equal(log_level_parse("verbose", &l), -1);
	assert_string_equal(log_level_name(LOGL_ERROR), "error");
}

static void
test_log_quote(void **state)
{
	char buf[16];

	assert_string_equal(log_quote("a \"b\"\\c\n", buf, sizeof(buf)),
	    "\"a \\\"b\\\"\\\\c \"");
	assert_string_equal(log_quote("0123456789abcdefghij", buf, 8),
	    "\"01234\"");
}

static void
test_log_ratelimit(void **state)
{
	int i, allowed = 0;

	for (i = 0; i < 25; i++)
		allowed += log_ratelimit("dlq");
	assert_int_equal(allowed, 10);
	/* another key has its own budget */
	assert_int_equal(log_ratelimit("other"), 1);
	assert_int_equal(nlines, 0);
	log_set_rate_burst(0);
	assert_int_equal(log_ratelimit("third"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_log_format, setup),
		cmocka_unit_test_setup(test_log_level_filter, setup),
		cmocka_unit_test_setup(test_log_quote, setup),
		cmocka_unit_test_setup(test_log_ratelimit, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
