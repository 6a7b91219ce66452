/*
 * Tests of the proto3 JSON printer: known messages to exact strings.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/pbjson.h"
#include "newsev/v1/newsev.pb-c.h"

static void
expect_json(const ProtobufCMessage *m, const char *want)
{
	char *got = pbjson_format(m);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_pbjson_empty_message(void **state)
{
	Newsev__V1__ArticleEvents m = NEWSEV__V1__ARTICLE_EVENTS__INIT;

	(void)state;
	expect_json(&m.base, "{}");
}

static void
test_pbjson_article_events(void **state)
{
	Newsev__V1__ArticleEvents m = NEWSEV__V1__ARTICLE_EVENTS__INIT;
	Newsev__V1__Event ev = NEWSEV__V1__EVENT__INIT;
	Newsev__V1__Event ev2 = NEWSEV__V1__EVENT__INIT;
	Newsev__V1__Event *evs[2] = { &ev, &ev2 };
	Newsev__V1__Actor src = NEWSEV__V1__ACTOR__INIT;
	Newsev__V1__Span sp = NEWSEV__V1__SPAN__INIT;
	Newsev__V1__Span sp2 = NEWSEV__V1__SPAN__INIT;
	Newsev__V1__Span *sps[2] = { &sp, &sp2 };
	Newsev__V1__Place pl = NEWSEV__V1__PLACE__INIT;

	(void)state;
	m.article_id = "a-1";
	m.lang = "fr";
	m.published_at = 1718878530000LL;
	m.source_partition = 2;
	m.source_offset = -1;
	m.tone = -2.5;
	src.cameo = "RUSGOV";
	src.kind = NEWSEV__V1__KIND__COUNTRY;
	sp.start = 0;
	sp.end = 7;
	src.span = &sp;
	ev.cameo_code = "042";
	ev.cameo_root = 4;
	ev.goldstein = 1.9;
	ev.source = &src;
	ev.mode = NEWSEV__V1__MODE__PLANNED;
	ev.confidence = 0.7f;
	ev.mentions = 3;
	sp2.start = 10;
	sp2.end = 4000000000u;
	ev.mention_spans = sps;
	ev.n_mention_spans = 2;
	pl.lat = 48.8566;
	pl.has_coordinates = 1;
	ev.location = &pl;
	ev2.mode = (Newsev__V1__Mode)42;	/* unknown enum value: a number */
	m.events = evs;
	m.n_events = 2;
	expect_json(&m.base,
	    "{\"articleId\":\"a-1\",\"lang\":\"fr\","
	    "\"publishedAt\":\"1718878530000\",\"sourcePartition\":2,"
	    "\"sourceOffset\":\"-1\",\"events\":[{\"cameoCode\":\"042\","
	    "\"cameoRoot\":4,\"goldstein\":1.9,\"source\":{\"cameo\":"
	    "\"RUSGOV\",\"kind\":\"COUNTRY\",\"span\":{\"end\":7}},"
	    "\"mode\":\"PLANNED\",\"location\":{\"lat\":48.8566,"
	    "\"hasCoordinates\":true},\"mentions\":3,\"confidence\":0.7,"
	    "\"mentionSpans\":[{\"end\":7},{\"start\":10,\"end\":4000000000}]},"
	    "{\"mode\":42}],\"tone\":-2.5}");
}

static void
test_pbjson_string_escapes(void **state)
{
	Newsev__V1__Quote q = NEWSEV__V1__QUOTE__INIT;

	(void)state;
	q.text = "\xc2\xab Il a dit \"non\" \\ \xc2\xbb\n\t\x01\x1f"
	    " \xe2\x80\x94 \xf0\x9f\x8c\x8d";
	q.verb = "bad\xff" "byte\xc3";
	expect_json(&q.base,
	    "{\"text\":\"\xc2\xab Il a dit \\\"non\\\" \\\\ \xc2\xbb\\n\\t"
	    "\\u0001\\u001f \xe2\x80\x94 \xf0\x9f\x8c\x8d\","
	    "\"verb\":\"bad\\ufffdbyte\\ufffd\"}");
}

static void
test_pbjson_numbers(void **state)
{
	Newsev__V1__Place pl = NEWSEV__V1__PLACE__INIT;
	Newsev__V1__Event ev = NEWSEV__V1__EVENT__INIT;

	(void)state;
	pl.lat = NAN;
	pl.lon = -INFINITY;
	expect_json(&pl.base, "{\"lat\":\"NaN\",\"lon\":\"-Infinity\"}");
	pl.lat = 1e300;
	pl.lon = -0.1;
	expect_json(&pl.base, "{\"lat\":1e+300,\"lon\":-0.1}");
	ev.confidence = 0.1f;	/* shortest float form, not 0.100000001 */
	ev.goldstein = -10;
	ev.quad_class = -3;
	ev.published_at = INT64_MIN;
	expect_json(&ev.base, "{\"quadClass\":-3,\"goldstein\":-10,"
	    "\"confidence\":0.1,\"publishedAt\":\"-9223372036854775808\"}");
}

static void
test_pbjson_buf_helpers(void **state)
{
	struct pbjson_buf b;
	Newsev__V1__Span sp = NEWSEV__V1__SPAN__INIT;

	(void)state;
	pbjson_buf_init(&b);
	pbjson_buf_raw(&b, "{\"k\":", 5);
	pbjson_buf_string(&b, "a\0b", 3);
	pbjson_buf_raw(&b, ",\"m\":", 5);
	sp.start = 1;
	assert_int_equal(pbjson_buf_message(&b, &sp.base), 0);
	pbjson_buf_raw(&b, "}", 1);
	assert_string_equal(b.data, "{\"k\":\"a\\u0000b\",\"m\":{\"start\":1}}");
	assert_int_equal(b.len, strlen(b.data));
	pbjson_buf_free(&b);
	assert_null(b.data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pbjson_empty_message),
		cmocka_unit_test(test_pbjson_article_events),
		cmocka_unit_test(test_pbjson_string_escapes),
		cmocka_unit_test(test_pbjson_numbers),
		cmocka_unit_test(test_pbjson_buf_helpers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
