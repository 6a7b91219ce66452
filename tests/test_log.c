/*
 * Logging: line format, level filter, quoting and the per-key rate limiter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
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

/* Log a line of each level; the journal detection first. */
static int
journal_lines(const char *id)
{
	int detected;

	setenv("JOURNAL_STREAM", "1:2", 1);	/* not stderr */
	detected = log_journal_detect();
	log_info("before", NULL);
	setenv("JOURNAL_STREAM", id, 1);
	detected = detected * 10 + log_journal_detect();
	log_error("failed", "k=%d", 1);
	log_warn("careful", NULL);
	log_info("fine", NULL);
	log_set_level(LOGL_DEBUG);
	log_debug("detail", NULL);
	log_set_priority_prefix(0);
	unsetenv("JOURNAL_STREAM");
	return detected;
}

/* stderr on a file named by JOURNAL_STREAM: "<N>" priorities, no ts=. */
static void
test_log_journal(void **state)
{
	char path[] = "/tmp/test_log.XXXXXX", out[2048], id[64];
	int fd = mkstemp(path), saved = dup(STDERR_FILENO), detected;
	struct stat st;
	ssize_t n;

	assert_true(fd >= 0 && saved >= 0);
	unlink(path);
	assert_int_equal(fstat(fd, &st), 0);
	snprintf(id, sizeof(id), "%llu:%llu", (unsigned long long)st.st_dev,
	    (unsigned long long)st.st_ino);
	log_set_sink(NULL, NULL);
	dup2(fd, STDERR_FILENO);
	detected = journal_lines(id);
	dup2(saved, STDERR_FILENO);
	close(saved);
	n = pread(fd, out, sizeof(out) - 1, 0);
	close(fd);
	assert_true(n > 0);
	out[n] = '\0';
	assert_int_equal(detected, 1);	/* "1:2" no, the file's id yes */
	assert_memory_equal(out, "ts=", 3);
	assert_non_null(strstr(out, "level=info msg=\"before\"\n"
	    "<3>level=error msg=\"failed\" k=1\n"
	    "<4>level=warn msg=\"careful\"\n"
	    "<6>level=info msg=\"fine\"\n"
	    "<7>level=debug msg=\"detail\"\n"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_log_format, setup),
		cmocka_unit_test_setup(test_log_level_filter, setup),
		cmocka_unit_test_setup(test_log_quote, setup),
		cmocka_unit_test_setup(test_log_ratelimit, setup),
		cmocka_unit_test_setup(test_log_journal, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
