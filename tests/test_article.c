/*
 * Tests of article decoding: every rejection reason, field values, RFC 3339
 * times, and the protobuf path.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/article.h"
#include "newsev/v1/newsev.pb-c.h"

#define MAXB (4u << 20)

/* Decode a JSON literal (with its exact length) and return the rc. */
#define DECODE_LIT(lit, a, reason) article_decode(lit, sizeof(lit) - 1, \
	ARTICLE_JSON, MAXB, a, reason, sizeof(reason))

static void
expect_reject(const void *buf, size_t len, enum article_format fmt,
    const char *want)
{
	struct article a;
	char reason[256];

	memset(&a, 0x5a, sizeof(a));
	assert_int_equal(article_decode(buf, len, fmt, MAXB, &a, reason,
	    sizeof(reason)), -1);
	assert_string_equal(reason, want);
	assert_null(a.id);	/* cleared on failure */
	assert_null(a.text);
}

#define REJECT_JSON(lit, want) \
	expect_reject(lit, sizeof(lit) - 1, ARTICLE_JSON, want)

static void
test_article_good_json(void **state)
{
	static const char js[] =
	    "{\"id\":\"a-1\",\"url\":\"https://x.invalid/1\","
	    "\"title\":\"Titre\",\"text\":\"Le pr\xc3\xa9sident \\u00ab ok "
	    "\\u00bb\\n\",\"lang\":\"fr\","
	    "\"published_at\":\"2024-06-20T10:15:30Z\",\"source\":\"AFP\","
	    "\"extra\":{\"nested\":[1,2,{\"x\":null}]},\"n\":3}\n";
	struct article a;
	char reason[256];

	(void)state;
	assert_int_equal(DECODE_LIT(js, &a, reason), 0);
	assert_string_equal(a.id, "a-1");
	assert_string_equal(a.url, "https://x.invalid/1");
	assert_string_equal(a.title, "Titre");
	assert_string_equal(a.text,
	    "Le pr\xc3\xa9sident \xc2\xab ok \xc2\xbb\n");
	assert_int_equal(a.text_len, strlen(a.text));
	assert_string_equal(a.lang, "fr");
	assert_string_equal(a.source, "AFP");
	assert_int_equal(a.has_published, 1);
	assert_int_equal(a.published_ms, 1718878530000LL);
	article_clear(&a);
	assert_null(a.id);
}

static void
test_article_optional_fields_empty(void **state)
{
	struct article a;
	char reason[256];

	(void)state;
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"t\","
	    "\"url\":null}", &a, reason), 0);
	assert_string_equal(a.url, "");
	assert_string_equal(a.title, "");
	assert_string_equal(a.lang, "");
	assert_string_equal(a.source, "");
	assert_int_equal(a.has_published, 0);
	assert_int_equal(a.published_ms, 0);
	article_clear(&a);
}

static void
test_article_rfc3339(void **state)
{
	int64_t ms;

	(void)state;
	assert_int_equal(article_parse_rfc3339("1970-01-01T00:00:00Z", &ms), 0);
	assert_int_equal(ms, 0);
	assert_int_equal(article_parse_rfc3339("2024-06-20T12:15:30+02:00",
	    &ms), 0);
	assert_int_equal(ms, 1718878530000LL);
	assert_int_equal(article_parse_rfc3339("2024-06-20T05:45:30.5-04:30",
	    &ms), 0);
	assert_int_equal(ms, 1718878530500LL);
	assert_int_equal(article_parse_rfc3339("2024-06-20t10:15:30.123456z",
	    &ms), 0);
	assert_int_equal(ms, 1718878530123LL);
	assert_int_equal(article_parse_rfc3339("2024-02-29T00:00:00Z", &ms), 0);
	assert_int_equal(ms, 1709164800000LL);
	assert_int_equal(article_parse_rfc3339("1969-12-31T23:59:59Z", &ms), 0);
	assert_int_equal(ms, -1000);
	assert_int_equal(article_parse_rfc3339("2016-12-31T23:59:60Z", &ms), 0);
	assert_int_equal(ms, 1483228799000LL);
	assert_int_equal(article_parse_rfc3339("2023-02-29T00:00:00Z", &ms), -1);
	assert_int_equal(article_parse_rfc3339("2024-06-20T24:00:00Z", &ms), -1);
	assert_int_equal(article_parse_rfc3339("2024-06-20T10:15:30", &ms), -1);
	assert_int_equal(article_parse_rfc3339("2024-06-20T10:15:30+0200",
	    &ms), -1);
	assert_int_equal(article_parse_rfc3339("2024-06-20T10:15:30.Z", &ms),
	    -1);
	assert_int_equal(article_parse_rfc3339("2024-06-20", &ms), -1);
	assert_int_equal(article_parse_rfc3339("20 juin 2024", &ms), -1);
	assert_int_equal(article_parse_rfc3339("2024-06-20T10:15:30Zjunk",
	    &ms), -1);
}

static void
test_article_published_with_offset(void **state)
{
	struct article a;
	char reason[256];

	(void)state;
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"t\","
	    "\"published_at\":\"2024-03-14T18:05:00.250+01:00\"}", &a, reason),
	    0);
	assert_int_equal(a.published_ms, 1710435900250LL);
	article_clear(&a);
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\",\"published_at\":\"hier\"}",
	    "field published_at: not an RFC 3339 time");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\",\"published_at\":1718878530}",
	    "field published_at: not a string");
}

static void
test_article_malformed(void **state)
{
	(void)state;
	REJECT_JSON("{\"id\":\"x\",\"text\":", "malformed JSON: "
	    "unexpected end of input at byte 17");
	REJECT_JSON("", "malformed JSON: unexpected end of input at byte 0");
	REJECT_JSON("{\"id\":\"x\" \"text\":\"t\"}",
	    "malformed JSON: object value separator ',' expected at byte 10");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\"} x",
	    "malformed JSON: trailing data at byte 22");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\"} \n 1",
	    "malformed JSON: trailing data at byte 24");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\"}{}",
	    "malformed JSON: trailing data at byte 21");
	REJECT_JSON("{'id':'x'}",
	    "malformed JSON: unexpected character at byte 6");
}

/*
 * Forms the one-pass scanner hands to json-c, and forms it reads itself:
 * both must give what json-c gives.
 */
static void
test_article_json_forms(void **state)
{
	struct article a;
	char reason[256];

	(void)state;
	/* every simple escape, 1-, 2- and 3-byte \u escapes, a surrogate pair */
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"\\\"\\\\\\/\\b\\f"
	    "\\n\\r\\t\\u0041\\u00e9\\u20AC\\ud83d\\ude00\"}", &a, reason), 0);
	assert_string_equal(a.text, "\"\\/\b\f\n\r\tA\xc3\xa9\xe2\x82\xac"
	    "\xf0\x9f\x98\x80");
	assert_int_equal(a.text_len, 18);
	article_clear(&a);
	/* null for a field of ours is absent; white space everywhere */
	assert_int_equal(DECODE_LIT(" \r\n\t{ \"id\" : \"x\" , \"url\" : null ,"
	    " \"text\" :\"t\" , \"o\" : [ ] , \"p\" : { } } \n", &a, reason), 0);
	assert_string_equal(a.url, "");
	assert_string_equal(a.text, "t");
	article_clear(&a);
	/* a field given twice: json-c keeps the last */
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"one\","
	    "\"text\":\"two\"}", &a, reason), 0);
	assert_string_equal(a.text, "two");
	article_clear(&a);
	/* an escaped key names the field all the same */
	assert_int_equal(DECODE_LIT("{\"\\u0069d\":\"x\",\"text\":\"t\"}", &a,
	    reason), 0);
	assert_string_equal(a.id, "x");
	article_clear(&a);
	/* numbers of every form in fields that are not ours */
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"t\",\"n\":[0,-0,"
	    "12,-3.25,1e5,2E-3,123456789012345678901234567890]}", &a, reason),
	    0);
	article_clear(&a);
	/* json-c takes a raw control character in a string as it is */
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"a\x01" "b\"}",
	    &a, reason), 0);
	assert_string_equal(a.text, "a\x01" "b");
	article_clear(&a);
	REJECT_JSON("{\"id\":\"x\",\"text\":\"a\\qb\"}",
	    "malformed JSON: invalid string sequence at byte 20");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\",}",
	    "malformed JSON: unexpected character at byte 21");
}

static void
test_article_not_object(void **state)
{
	(void)state;
	REJECT_JSON("[{\"id\":\"x\",\"text\":\"t\"}]", "not a JSON object");
	REJECT_JSON("\"text\"", "not a JSON object");
	REJECT_JSON("42 ", "not a JSON object");
	REJECT_JSON("null", "not a JSON object");
}

static void
test_article_missing_and_empty(void **state)
{
	(void)state;
	REJECT_JSON("{\"text\":\"t\"}", "missing field: id");
	REJECT_JSON("{\"id\":\"x\"}", "missing field: text");
	REJECT_JSON("{\"id\":null,\"text\":\"t\"}", "missing field: id");
	REJECT_JSON("{\"id\":\"\",\"text\":\"t\"}", "empty field: id");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"\"}", "empty field: text");
}

static void
test_article_wrong_types(void **state)
{
	(void)state;
	REJECT_JSON("{\"id\":7,\"text\":\"t\"}", "field id: not a string");
	REJECT_JSON("{\"id\":\"x\",\"text\":[\"t\"]}",
	    "field text: not a string");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\",\"url\":1.5}",
	    "field url: not a string");
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\",\"lang\":true}",
	    "field lang: not a string");
}

static void
test_article_invalid_utf8(void **state)
{
	(void)state;
	REJECT_JSON("{\"id\":\"x\",\"text\":\"caf\xc3\x28\"}",
	    "invalid UTF-8 in field text");
	REJECT_JSON("{\"id\":\"x\xff\",\"text\":\"t\"}",
	    "invalid UTF-8 in field id");
	/* an overlong '/' */
	REJECT_JSON("{\"id\":\"x\",\"text\":\"a\xc0\xaf\"}",
	    "invalid UTF-8 in field text");
	/* a UTF-8-encoded surrogate in an unknown field */
	REJECT_JSON("{\"id\":\"x\",\"text\":\"t\",\"other\":\"\xed\xa0\x80\"}",
	    "invalid UTF-8 in message");
}

/* json-c turns a lone surrogate escape into U+FFFD: valid, so accepted. */
static void
test_article_lone_surrogate_replaced(void **state)
{
	struct article a;
	char reason[256];

	(void)state;
	assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"a\\ud800b\"}",
	    &a, reason), 0);
	assert_string_equal(a.text, "a\xef\xbf\xbd" "b");
	article_clear(&a);
}

static void
test_article_nul_bytes(void **state)
{
	(void)state;
	REJECT_JSON("{\"id\":\"x\",\"text\":\"a\\u0000b\"}",
	    "NUL byte in field text");
	/* A raw NUL is not valid JSON at all. */
	REJECT_JSON("{\"id\":\"x\",\"text\":\"a\0b\"}",
	    "malformed JSON: NUL byte at byte 19");
}

static void
test_article_too_large(void **state)
{
	struct article a;
	char reason[256];
	static const char js[] = "{\"id\":\"x\",\"text\":\"0123456789\"}";

	(void)state;
	assert_int_equal(article_decode(js, sizeof(js) - 1, ARTICLE_JSON, 10,
	    &a, reason, sizeof(reason)), -1);
	assert_string_equal(reason, "message too large: 30 > 10 bytes");
	assert_int_equal(article_decode(js, sizeof(js) - 1, ARTICLE_JSON, 30,
	    &a, reason, sizeof(reason)), 0);
	article_clear(&a);
	assert_int_equal(article_decode(js, sizeof(js) - 1, ARTICLE_PROTOBUF,
	    29, &a, reason, sizeof(reason)), -1);
	assert_string_equal(reason, "message too large: 30 > 29 bytes");
}

static void
test_article_deep_nesting(void **state)
{
	size_t depth = 100000, i, n;
	char *buf;

	(void)state;
	n = 7 + depth * 2;
	assert_non_null(buf = malloc(n + 1));
	memcpy(buf, "{\"a\":", 5);
	for (i = 0; i < depth; i++)
		buf[5 + i] = '[';
	for (i = 0; i < depth; i++)
		buf[5 + depth + i] = ']';
	memcpy(buf + 5 + 2 * depth, "}", 2);
	expect_reject(buf, n - 1, ARTICLE_JSON,
	    "malformed JSON: nesting too deep at byte 36");
	free(buf);
	/* A little nesting in unknown fields is fine. */
	{
		struct article a;
		char reason[256];

		assert_int_equal(DECODE_LIT("{\"id\":\"x\",\"text\":\"t\","
		    "\"m\":[[[[{\"a\":[[1]]}]]]]}", &a, reason), 0);
		article_clear(&a);
	}
}

/* Pack an Article; the caller frees *buf. */
static size_t
pack_article(const Newsev__V1__Article *m, uint8_t **buf)
{
	size_t len = newsev__v1__article__get_packed_size(m);

	*buf = malloc(len ? len : 1);
	assert_non_null(*buf);
	assert_int_equal(newsev__v1__article__pack(m, *buf), len);
	return len;
}

static void
test_article_protobuf_round_trip(void **state)
{
	Newsev__V1__Article m = NEWSEV__V1__ARTICLE__INIT;
	struct article a;
	char reason[256];
	uint8_t *buf;
	size_t len;

	(void)state;
	m.id = "pb-1";
	m.url = "https://x.invalid/pb";
	m.title = "Titre";
	m.text = "Moscou a d\xc3\xa9" "clar\xc3\xa9 mardi.";
	m.lang = "fr";
	m.published_at = 1718878530000LL;
	m.source = "newsev";
	len = pack_article(&m, &buf);
	assert_int_equal(article_decode(buf, len, ARTICLE_PROTOBUF, MAXB, &a,
	    reason, sizeof(reason)), 0);
	assert_string_equal(a.id, "pb-1");
	assert_string_equal(a.url, "https://x.invalid/pb");
	assert_string_equal(a.title, "Titre");
	assert_string_equal(a.text, m.text);
	assert_int_equal(a.text_len, strlen(m.text));
	assert_string_equal(a.lang, "fr");
	assert_string_equal(a.source, "newsev");
	assert_int_equal(a.published_ms, 1718878530000LL);
	assert_int_equal(a.has_published, 1);
	article_clear(&a);
	free(buf);
}

static void
test_article_protobuf_rejects(void **state)
{
	Newsev__V1__Article m = NEWSEV__V1__ARTICLE__INIT;
	static const uint8_t garbage[] = { 0x0a, 0x05, 'a', 'b' };
	static const uint8_t nul_text[] = { 0x0a, 0x01, 'x', 0x22, 0x03, 'a',
	    0x00, 'b' };
	uint8_t *buf;
	size_t len;

	(void)state;
	expect_reject(garbage, sizeof(garbage), ARTICLE_PROTOBUF,
	    "undecodable protobuf");
	expect_reject("{\"id\":\"x\",\"text\":\"t\"}", 21, ARTICLE_PROTOBUF,
	    "undecodable protobuf");
	expect_reject(nul_text, sizeof(nul_text), ARTICLE_PROTOBUF,
	    "NUL byte in field text");
	m.text = "t";
	len = pack_article(&m, &buf);
	expect_reject(buf, len, ARTICLE_PROTOBUF, "missing field: id");
	free(buf);
	m.id = "x";
	m.text = "";
	len = pack_article(&m, &buf);
	expect_reject(buf, len, ARTICLE_PROTOBUF, "missing field: text");
	free(buf);
	m.text = "caf\xc3\x28";
	len = pack_article(&m, &buf);
	expect_reject(buf, len, ARTICLE_PROTOBUF, "invalid UTF-8 in field text");
	free(buf);
	/* An empty message is a valid protobuf with no id. */
	expect_reject("", 0, ARTICLE_PROTOBUF, "missing field: id");
}

static void
test_article_format_of(void **state)
{
	(void)state;
	assert_int_equal(article_format_of(NULL), ARTICLE_JSON);
	assert_int_equal(article_format_of("application/json"), ARTICLE_JSON);
	assert_int_equal(article_format_of("application/x-protobuf"),
	    ARTICLE_PROTOBUF);
	assert_int_equal(article_format_of(
	    "Application/X-Protobuf; messageType=newsev.v1.Article"),
	    ARTICLE_PROTOBUF);
	assert_int_equal(article_format_of("text/plain"), ARTICLE_JSON);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_article_good_json),
		cmocka_unit_test(test_article_optional_fields_empty),
		cmocka_unit_test(test_article_rfc3339),
		cmocka_unit_test(test_article_published_with_offset),
		cmocka_unit_test(test_article_malformed),
		cmocka_unit_test(test_article_json_forms),
		cmocka_unit_test(test_article_not_object),
		cmocka_unit_test(test_article_missing_and_empty),
		cmocka_unit_test(test_article_wrong_types),
		cmocka_unit_test(test_article_invalid_utf8),
		cmocka_unit_test(test_article_lone_surrogate_replaced),
		cmocka_unit_test(test_article_nul_bytes),
		cmocka_unit_test(test_article_too_large),
		cmocka_unit_test(test_article_deep_nesting),
		cmocka_unit_test(test_article_protobuf_round_trip),
		cmocka_unit_test(test_article_protobuf_rejects),
		cmocka_unit_test(test_article_format_of),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
