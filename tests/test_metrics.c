/*
 * Tests of the metrics registry and its Prometheus text rendering.
 */
#include <ctype.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/metrics.h"

/* Render m and compare with the expected text exactly. */
static void
assert_render(struct metrics *m, const char *want)
{
	size_t len = 0;
	char *got = metrics_render(m, &len);

	assert_non_null(got);
	assert_string_equal(got, want);
	assert_int_equal(len, strlen(want));
	free(got);
}

static void
test_metrics_counter_render(void **state)
{
	struct metrics *m = metrics_new();
	struct metric_family *c, *r;

	c = metrics_counter(m, "x_total", "Things seen.", NULL);
	r = metrics_counter(m, "y_total", "Rejects.", "reason");
	assert_non_null(c);
	assert_non_null(r);
	assert_int_equal(metric_counter_add(c, NULL, 2), 0);
	assert_int_equal(metric_counter_add(c, NULL, 1.5), 0);
	assert_int_equal(metric_counter_add(r, (const char *[]){"too_big"}, 3), 0);
	assert_int_equal(metric_counter_add(r, (const char *[]){"bad_json"}, 1), 0);
	assert_int_equal(metric_counter_add(r, (const char *[]){"bad_json"}, 1), 0);
	assert_render(m,
	    "# HELP x_total Things seen.\n"
	    "# TYPE x_total counter\n"
	    "x_total 3.5\n"
	    "# HELP y_total Rejects.\n"
	    "# TYPE y_total counter\n"
	    "y_total{reason=\"bad_json\"} 2\n"
	    "y_total{reason=\"too_big\"} 3\n");
	assert_true(metric_value(r, (const char *[]){"bad_json"}) == 2);
	assert_true(metric_value(r, (const char *[]){"absent"}) == 0);
	metrics_free(m);
}

static void
test_metrics_rejects_misuse(void **state)
{
	struct metrics *m = metrics_new();
	struct metric_family *c, *g;
	const double bad_bounds[] = { 1, 1 };

	c = metrics_counter(m, "a_total", "", "l");
	g = metrics_gauge(m, "g", "", NULL);
	assert_non_null(c);
	assert_non_null(g);
	assert_null(metrics_counter(m, "a_total", "dup", NULL));
	assert_null(metrics_counter(m, "9bad", "", NULL));
	assert_null(metrics_counter(m, "bad-name", "", NULL));
	assert_null(metrics_gauge(m, "ok", "", "bad-label"));
	assert_null(metrics_gauge(m, "ok2", "", "__reserved"));
	assert_null(metrics_histogram(m, "h", "", "le", (double[]){ 1 }, 1));
	assert_null(metrics_histogram(m, "h2", "", NULL, bad_bounds, 2));
	assert_int_equal(metric_counter_add(c, (const char *[]){"v"}, -1), -1);
	assert_int_equal(metric_counter_add(c, NULL, 1), -1);
	assert_int_equal(metric_counter_add(c, (const char *[]){ NULL }, 1), -1);
	assert_int_equal(metric_gauge_set(c, (const char *[]){"v"}, 1), -1);
	assert_int_equal(metric_counter_add(g, NULL, 1), -1);
	assert_int_equal(metric_observe(g, NULL, 1), -1);
	assert_int_equal(metric_remove(c, (const char *[]){"v"}), -1);
	metrics_free(m);
}

static void
test_metrics_gauge_escape_remove(void **state)
{
	struct metrics *m = metrics_new();
	struct metric_family *g;

	g = metrics_gauge(m, "lag", "Lag per \"part\"\\n\nend.", "topic,partition");
	assert_non_null(g);
	assert_int_equal(metric_gauge_set(g, (const char *[]){"a\"b\\c\nd", "0"}, 7), 0);
	assert_int_equal(metric_gauge_set(g, (const char *[]){"t", "1"}, -2), 0);
	assert_int_equal(metric_gauge_add(g, (const char *[]){"t", "1"}, 0.25), 0);
	assert_render(m,
	    "# HELP lag Lag per \"part\"\\\\n\\nend.\n"
	    "# TYPE lag gauge\n"
	    "lag{topic=\"a\\\"b\\\\c\\nd\",partition=\"0\"} 7\n"
	    "lag{topic=\"t\",partition=\"1\"} -1.75\n");
	assert_int_equal(metric_remove(g, (const char *[]){"t", "1"}), 0);
	assert_int_equal(metric_remove(g, (const char *[]){"t", "1"}), -1);
	assert_int_equal(metric_touch(g, (const char *[]){"u", "2"}), 0);
	assert_render(m,
	    "# HELP lag Lag per \"part\"\\\\n\\nend.\n"
	    "# TYPE lag gauge\n"
	    "lag{topic=\"a\\\"b\\\\c\\nd\",partition=\"0\"} 7\n"
	    "lag{topic=\"u\",partition=\"2\"} 0\n");
	metrics_free(m);
}

/* Series render sorted: numbers by value, text bytewise, first label first. */
static void
test_metrics_sorted(void **state)
{
	struct metrics *m = metrics_new();
	struct metric_family *g = metrics_gauge(m, "g", "G.", "t,p");

	metric_gauge_set(g, (const char *[]){"b", "10"}, 1);
	metric_gauge_set(g, (const char *[]){"b", "9"}, 2);
	metric_gauge_set(g, (const char *[]){"a", "2"}, 3);
	metric_gauge_set(g, (const char *[]){"b", "x"}, 4);
	metric_gauge_set(g, (const char *[]){"b", "10"}, 5);
	assert_render(m,
	    "# HELP g G.\n"
	    "# TYPE g gauge\n"
	    "g{t=\"a\",p=\"2\"} 3\n"
	    "g{t=\"b\",p=\"9\"} 2\n"
	    "g{t=\"b\",p=\"10\"} 5\n"
	    "g{t=\"b\",p=\"x\"} 4\n");
	metrics_free(m);
}

static void
test_metrics_histogram(void **state)
{
	struct metrics *m = metrics_new();
	struct metric_family *h;
	const double b[] = { 0.1, 1, 2.5 };

	h = metrics_histogram(m, "t_seconds", "Time.", NULL, b, 3);
	assert_non_null(h);
	assert_int_equal(metric_observe(h, NULL, 0.05), 0);
	assert_int_equal(metric_observe(h, NULL, 0.1), 0);	/* le is inclusive */
	assert_int_equal(metric_observe(h, NULL, 2), 0);
	assert_int_equal(metric_observe(h, NULL, 100), 0);
	assert_render(m,
	    "# HELP t_seconds Time.\n"
	    "# TYPE t_seconds histogram\n"
	    "t_seconds_bucket{le=\"0.1\"} 2\n"
	    "t_seconds_bucket{le=\"1\"} 2\n"
	    "t_seconds_bucket{le=\"2.5\"} 3\n"
	    "t_seconds_bucket{le=\"+Inf\"} 4\n"
	    "t_seconds_sum 102.15\n"
	    "t_seconds_count 4\n");
	metrics_free(m);
}

static void
test_metrics_labeled_histogram(void **state)
{
	struct metrics *m = metrics_new();
	struct metric_family *h;

	h = metrics_histogram(m, "h", "H.", "stage", (double[]){ 1 }, 1);
	assert_non_null(h);
	assert_int_equal(metric_observe(h, (const char *[]){"x"}, 3), 0);
	assert_render(m,
	    "# HELP h H.\n"
	    "# TYPE h histogram\n"
	    "h_bucket{stage=\"x\",le=\"1\"} 0\n"
	    "h_bucket{stage=\"x\",le=\"+Inf\"} 1\n"
	    "h_sum{stage=\"x\"} 3\n"
	    "h_count{stage=\"x\"} 1\n");
	metrics_free(m);
}

struct adder {
	struct metric_family *f;
	const char *label;
};

static void *
adder_run(void *arg)
{
	struct adder *a = arg;
	int i;

	for (i = 0; i < 20000; i++)
		metric_counter_add(a->f, (const char *[]){ a->label }, 1);
	return NULL;
}

static void
test_metrics_threads(void **state)
{
	struct metrics *m = metrics_new();
	struct adder a[4];
	pthread_t t[4];
	size_t len;
	char *text;
	int i;

	a[0].f = metrics_counter(m, "n_total", "", "k");
	for (i = 0; i < 4; i++) {
		a[i].f = a[0].f;
		a[i].label = i % 2 ? "odd" : "even";
		assert_int_equal(pthread_create(&t[i], NULL, adder_run, &a[i]), 0);
	}
	for (i = 0; i < 50; i++) {	/* render while writers run */
		text = metrics_render(m, &len);
		assert_non_null(text);
		free(text);
	}
	for (i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	assert_true(metric_value(a[0].f, (const char *[]){"even"}) == 40000);
	assert_true(metric_value(a[0].f, (const char *[]){"odd"}) == 40000);
	metrics_free(m);
}

/* A sample line: name, optional {k="v",...}, one space, a float. */
static int
sample_line_valid(const char *l)
{
	const char *p = l;
	char *end;

	if (!(isalpha((unsigned char)*p) || *p == '_' || *p == ':'))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '_' || *p == ':')
		p++;
	if (*p == '{') {
		for (p++; *p != '}'; p++) {
			while (isalnum((unsigned char)*p) || *p == '_')
				p++;
			if (*p++ != '=' || *p++ != '"')
				return 0;
			for (; *p != '"'; p++)
				if (*p == '\0' || (*p == '\\' && *++p == '\0'))
					return 0;
			p++;
			if (*p != ',' && *p != '}')
				return 0;
			if (*p == '}')
				break;
		}
		p++;
	}
	if (*p++ != ' ')
		return 0;
	if (strcmp(p, "+Inf") == 0 || strcmp(p, "-Inf") == 0 ||
	    strcmp(p, "NaN") == 0)
		return 1;
	strtod(p, &end);
	return end != p && *end == '\0';
}

/* Every line is HELP, TYPE or a valid sample; returns the sample count. */
static int
exposition_valid(char *text)
{
	char *line, *save = NULL;
	int samples = 0;

	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "# HELP ", 7) == 0 ||
		    strncmp(line, "# TYPE ", 7) == 0)
			continue;
		if (!sample_line_valid(line))
			return -1;
		samples++;
	}
	return samples;
}

static const char *const newsev_families[] = {
	"newsev_articles_consumed_total counter",
	"newsev_articles_produced_total counter",
	"newsev_articles_rejected_total counter",
	"newsev_events_total counter",
	"newsev_extraction_seconds histogram",
	"newsev_end_to_end_latency_seconds histogram",
	"newsev_producer_queue_depth gauge",
	"newsev_consumer_lag gauge",
	"newsev_rebalances_total counter",
	"newsev_last_commit_timestamp_seconds gauge",
	"newsev_build_info gauge",
};

static void
test_metrics_newsev_families(void **state)
{
	struct newsev_metrics *nm = newsev_metrics_new("0.1.0", "x-7");
	char type_line[128];
	size_t i, len;
	char *text;

	assert_non_null(nm);
	metric_counter_add(nm->rejected, (const char *[]){"bad_json"}, 1);
	metric_counter_add(nm->events, (const char *[]){"04"}, 2);
	metric_observe(nm->extract_seconds, NULL, 0.003);
	metric_observe(nm->latency_seconds, NULL, 0.2);
	text = newsev_metrics_render_cb(nm, &len);
	assert_non_null(text);
	for (i = 0; i < sizeof(newsev_families) / sizeof(*newsev_families); i++) {
		snprintf(type_line, sizeof(type_line), "\n# TYPE %s\n",
		    newsev_families[i]);
		assert_non_null(strstr(text, type_line));
	}
	assert_non_null(strstr(text, "\nnewsev_build_info{version=\"0.1.0\","
	    "extractor_version=\"x-7\"} 1\n"));
	assert_non_null(strstr(text, "\nnewsev_events_total{cameo_root=\"04\"} 2\n"));
	assert_non_null(strstr(text,
	    "\nnewsev_extraction_seconds_bucket{le=\"0.0025\"} 0\n"
	    "newsev_extraction_seconds_bucket{le=\"0.005\"} 1\n"));
	assert_non_null(strstr(text, "\nnewsev_articles_consumed_total 0\n"));
	/* 5 unlabeled, 3 labeled series, histograms of 15 and 16 lines */
	assert_int_equal(exposition_valid(text), 5 + 3 + 15 + 16);
	free(text);
	newsev_metrics_free(nm);
}

static const char consumer_stats[] =
    "{\"name\":\"c#consumer-1\",\"type\":\"consumer\",\"msg_cnt\":0,"
    "\"topics\":{\"articles\":{\"topic\":\"articles\",\"partitions\":{"
    "\"0\":{\"partition\":0,\"fetch_state\":\"active\",\"consumer_lag\":12},"
    "\"1\":{\"partition\":1,\"fetch_state\":\"active\",\"consumer_lag\":0},"
    "\"2\":{\"partition\":2,\"fetch_state\":\"none\",\"consumer_lag\":-1},"
    "\"-1\":{\"partition\":-1,\"consumer_lag\":5}}}}}";

static const char consumer_stats2[] =
    "{\"type\":\"consumer\",\"topics\":{\"articles\":{\"partitions\":{"
    "\"1\":{\"partition\":1,\"fetch_state\":\"active\",\"consumer_lag\":4}}}}}";

static void
test_metrics_rdkafka_stats(void **state)
{
	struct newsev_metrics *nm = newsev_metrics_new("v", "e");
	size_t len;
	char *text;

	assert_int_equal(newsev_metrics_rdkafka_stats(nm, consumer_stats), 0);
	text = metrics_render(nm->reg, &len);
	assert_non_null(strstr(text, "\nnewsev_consumer_lag{topic=\"articles\","
	    "partition=\"0\"} 12\nnewsev_consumer_lag{topic=\"articles\","
	    "partition=\"1\"} 0\n#"));
	free(text);
	assert_int_equal(newsev_metrics_rdkafka_stats(nm, consumer_stats2), 0);
	assert_true(metric_value(nm->lag, (const char *[]){"articles", "1"}) == 4);
	text = metrics_render(nm->reg, &len);
	assert_null(strstr(text, "partition=\"0\""));
	free(text);
	assert_int_equal(newsev_metrics_rdkafka_stats(nm,
	    "{\"type\":\"producer\",\"msg_cnt\":17}"), 0);
	assert_true(metric_value(nm->queue_depth, NULL) == 17);
	assert_int_equal(newsev_metrics_rdkafka_stats(nm, "{not json"), -1);
	assert_int_equal(newsev_metrics_rdkafka_stats(nm, "[1]"), -1);
	newsev_metrics_free(nm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_metrics_counter_render),
		cmocka_unit_test(test_metrics_rejects_misuse),
		cmocka_unit_test(test_metrics_gauge_escape_remove),
		cmocka_unit_test(test_metrics_sorted),
		cmocka_unit_test(test_metrics_histogram),
		cmocka_unit_test(test_metrics_labeled_histogram),
		cmocka_unit_test(test_metrics_threads),
		cmocka_unit_test(test_metrics_newsev_families),
		cmocka_unit_test(test_metrics_rdkafka_stats),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
