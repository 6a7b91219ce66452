/*
 * newsevd configuration: properties syntax, overrides, validation messages
 * and the routing of kafka.* properties to librdkafka.
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

#include "newsev/config.h"

#define REQUIRED \
	"input.topics = in\noutput.topic = out\ndlq.topic = dlq\n"

static char err[512];

static struct config *
parse(const char *text, char *const *x, size_t nx)
{
	err[0] = '\0';
	return config_parse(text, "t.conf", x, nx, err, sizeof(err));
}

static void
test_config_defaults(void **state)
{
	struct config *c = parse(REQUIRED, NULL, 0);

	assert_non_null(c);
	assert_int_equal(c->n_input_topics, 1);
	assert_string_equal(c->input_topics[0], "in");
	assert_null(c->input_topics[1]);
	assert_string_equal(c->output_topic, "out");
	assert_string_equal(c->dlq_topic, "dlq");
	assert_string_equal(c->group_id, "newsevd");
	assert_int_equal(c->granularity, CONFIG_GRAN_ARTICLE);
	assert_int_equal(c->input_max_bytes, 4194304);
	assert_int_equal(c->input_max_inflight, 50000);
	assert_int_equal(c->extract_enabled, 1);
	assert_int_equal(c->log_level, LOGL_INFO);
	assert_int_equal(c->workers, (int)sysconf(_SC_NPROCESSORS_ONLN));
	assert_non_null(c->data_dir);
	assert_int_equal(c->n_kafka, 0);
	assert_null(c->http_listen);
	assert_int_equal(c->debug_wedge_after_ms, 0);
	config_free(c);
}

static void
test_config_syntax(void **state)
{
	struct config *c = parse(
	    "# a comment\n"
	    "   \n"
	    "\t input.topics\t=  a, b ,c  \n"
	    "  # indented comment\n"
	    "output.topic=out\n"
	    "dlq.topic = dlq\r\n"
	    "kafka.sasl.password = p=a=ss # not a comment\n"
	    "output.granularity = event\n"
	    "input.max_bytes = 1000\n"
	    "workers = 3\n"
	    "extract.enabled = false\n"
	    "log.level = debug\n"
	    "http.listen = 127.0.0.1:9464\n"
	    "debug.wedge_after_ms = 1500\n"
	    "data.dir = /tmp/x", NULL, 0);

	assert_non_null(c);
	assert_int_equal(c->n_input_topics, 3);
	assert_string_equal(c->input_topics[0], "a");
	assert_string_equal(c->input_topics[1], "b");
	assert_string_equal(c->input_topics[2], "c");
	assert_string_equal(c->dlq_topic, "dlq");	/* \r trimmed */
	assert_string_equal(config_kafka_get(c, CONFIG_BOTH,
	    "sasl.password"), "p=a=ss # not a comment");
	assert_int_equal(c->granularity, CONFIG_GRAN_EVENT);
	assert_int_equal(c->input_max_bytes, 1000);
	assert_int_equal(c->workers, 3);
	assert_int_equal(c->extract_enabled, 0);
	assert_int_equal(c->log_level, LOGL_DEBUG);
	assert_string_equal(c->data_dir, "/tmp/x");
	assert_string_equal(c->http_listen, "127.0.0.1:9464");
	assert_int_equal(c->debug_wedge_after_ms, 1500);
	config_free(c);
}

static void
test_config_duplicate_last_wins(void **state)
{
	struct config *c = parse(REQUIRED "output.topic = first\n"
	    "output.topic = second\n", NULL, 0);

	assert_non_null(c);
	assert_string_equal(c->output_topic, "second");
	config_free(c);
}

static void
test_config_overrides_win(void **state)
{
	char *x[] = { "output.topic=from-x", "kafka.linger.ms = 20",
		"workers=2" };
	struct config *c = parse(REQUIRED "workers = 7\n", x, 3);

	assert_non_null(c);
	assert_string_equal(c->output_topic, "from-x");
	assert_int_equal(c->workers, 2);
	assert_string_equal(config_kafka_get(c, CONFIG_PRODUCER, "linger.ms"),
	    "20");
	config_free(c);
	/* overrides alone can make a complete config */
	{
		char *y[] = { "input.topics=i", "output.topic=o",
			"dlq.topic=d" };

		c = config_load(NULL, y, 3, err, sizeof(err));
		assert_non_null(c);
		assert_string_equal(c->input_topics[0], "i");
		config_free(c);
	}
}

static void
test_config_missing_required(void **state)
{
	assert_null(parse("output.topic = o\ndlq.topic = d\n", NULL, 0));
	assert_string_equal(err, "t.conf: missing required key 'input.topics'");
	assert_null(parse("input.topics = i\ndlq.topic = d\n", NULL, 0));
	assert_string_equal(err, "t.conf: missing required key 'output.topic'");
	assert_null(parse("input.topics = i\noutput.topic = o\n", NULL, 0));
	assert_string_equal(err, "t.conf: missing required key 'dlq.topic'");
	assert_null(parse(REQUIRED "input.topics = ,\n", NULL, 0));
	assert_non_null(strstr(err, "t.conf:4: input.topics: invalid value"));
}

static void
test_config_bad_values(void **state)
{
	char *x[] = { "workers=0" };

	assert_null(parse(REQUIRED "output.granularity = sentence\n", NULL, 0));
	assert_string_equal(err, "t.conf:4: output.granularity: invalid value "
	    "'sentence' (expected 'article' or 'event')");
	assert_null(parse(REQUIRED "input.max_bytes = 12k\n", NULL, 0));
	assert_non_null(strstr(err, "t.conf:4: input.max_bytes: invalid value "
	    "'12k'"));
	assert_null(parse(REQUIRED "input.max_bytes = -5\n", NULL, 0));
	assert_non_null(strstr(err, "input.max_bytes"));
	assert_null(parse(REQUIRED "extract.enabled = maybe\n", NULL, 0));
	assert_non_null(strstr(err, "expected true or false"));
	assert_null(parse(REQUIRED "log.level = loud\n", NULL, 0));
	assert_non_null(strstr(err, "log.level"));
	assert_null(parse(REQUIRED, x, 1));
	assert_string_equal(err, "-X workers=0: workers: invalid value '0' "
	    "(expected an integer from 1 to 256)");
	assert_null(parse(REQUIRED "http.listen = localhost\n", NULL, 0));
	assert_string_equal(err, "t.conf:4: http.listen: invalid value "
	    "'localhost' (expected host:port)");
	assert_null(parse(REQUIRED "http.listen = :99999\n", NULL, 0));
}

static void
test_config_syntax_errors(void **state)
{
	assert_null(parse(REQUIRED "\n  just words\n", NULL, 0));
	assert_string_equal(err, "t.conf:5: expected 'key = value'");
	assert_null(parse(REQUIRED " = value\n", NULL, 0));
	assert_string_equal(err, "t.conf:4: empty key before '='");
}

static void
test_config_unknown_key(void **state)
{
	assert_null(parse(REQUIRED "# c\noutput.topc = x\n", NULL, 0));
	assert_string_equal(err, "t.conf:5: unknown key 'output.topc'");
}

static void
test_config_kafka_sides(void **state)
{
	struct config *c = parse(REQUIRED
	    "kafka.bootstrap.servers = h:9092\n"
	    "kafka.group.id = g1\n"
	    "kafka.linger.ms = 7\n"
	    "kafka.auto.offset.reset = earliest\n"
	    "kafka.consumer.client.id = cons\n"
	    "kafka.producer.client.id = prod\n", NULL, 0);

	assert_non_null(c);
	assert_string_equal(c->group_id, "g1");
	assert_string_equal(config_kafka_get(c, CONFIG_CONSUMER,
	    "bootstrap.servers"), "h:9092");
	assert_string_equal(config_kafka_get(c, CONFIG_PRODUCER,
	    "bootstrap.servers"), "h:9092");
	assert_string_equal(config_kafka_get(c, CONFIG_CONSUMER, "group.id"),
	    "g1");
	assert_null(config_kafka_get(c, CONFIG_PRODUCER, "group.id"));
	assert_string_equal(config_kafka_get(c, CONFIG_PRODUCER, "linger.ms"),
	    "7");
	assert_null(config_kafka_get(c, CONFIG_CONSUMER, "linger.ms"));
	assert_null(config_kafka_get(c, CONFIG_PRODUCER, "auto.offset.reset"));
	assert_string_equal(config_kafka_get(c, CONFIG_CONSUMER, "client.id"),
	    "cons");
	assert_string_equal(config_kafka_get(c, CONFIG_PRODUCER, "client.id"),
	    "prod");
	assert_int_equal(config_check_kafka(c, err, sizeof(err)), 0);
	config_free(c);
}

static void
test_config_kafka_check(void **state)
{
	struct config *c = parse(REQUIRED "kafka.no.such.prop = 1\n", NULL, 0);

	assert_non_null(c);	/* parsing defers to librdkafka */
	assert_int_equal(config_check_kafka(c, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "t.conf:4: kafka.no.such.prop: "));
	config_free(c);
	c = parse(REQUIRED "kafka.linger.ms = forever\n", NULL, 0);
	assert_non_null(c);
	assert_int_equal(config_check_kafka(c, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "t.conf:4: kafka.linger.ms: "));
	config_free(c);
}

static void
test_config_restart_keys(void **state)
{
	char *x[] = { "kafka.bootstrap.servers=other:1", "log.level=warn",
		"output.topic=o2" };
	struct config *a = parse(REQUIRED, NULL, 0);
	struct config *b = parse(REQUIRED, x, 3);
	char buf[256];

	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(config_restart_keys(a, a, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	assert_int_equal(config_restart_keys(a, b, buf, sizeof(buf)), 2);
	assert_string_equal(buf, "kafka.*,output.topic");
	config_free(a);
	config_free(b);
}

static void
test_config_load_file(void **state)
{
	char path[] = "/tmp/test_config.XXXXXX";
	struct config *c;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, REQUIRED "bogus\n", strlen(REQUIRED) + 6),
	    (ssize_t)strlen(REQUIRED) + 6);
	close(fd);
	c = config_load(path, NULL, 0, err, sizeof(err));
	assert_null(c);
	assert_non_null(strstr(err, ":4: expected 'key = value'"));
	unlink(path);
	assert_null(config_load(path, NULL, 0, err, sizeof(err)));
	assert_non_null(strstr(err, "No such file or directory"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_config_defaults),
		cmocka_unit_test(test_config_syntax),
		cmocka_unit_test(test_config_duplicate_last_wins),
		cmocka_unit_test(test_config_overrides_win),
		cmocka_unit_test(test_config_missing_required),
		cmocka_unit_test(test_config_bad_values),
		cmocka_unit_test(test_config_syntax_errors),
		cmocka_unit_test(test_config_unknown_key),
		cmocka_unit_test(test_config_kafka_sides),
		cmocka_unit_test(test_config_kafka_check),
		cmocka_unit_test(test_config_restart_keys),
		cmocka_unit_test(test_config_load_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
