/*
 * fuzz_article: libFuzzer target for article_decode(). The first input byte
 * picks the decoding: bit 0 set = protobuf newsev.v1.Article, clear = JSON;
 * bit 1 set = a 64-byte input.max_bytes, so the size check is reached too.
 * The rest is the message. A decoded article must hold what article.h
 * promises (no NULL string, id and text non-empty, text valid UTF-8 of
 * text_len bytes); a rejection must come with a reason. The same bytes also
 * go through article_parse_rfc3339() and article_format_of() as C strings.
 * With bit 2 set, the bytes are read as output messages instead, as
 * `newsev dump` reads a topic: unpacked as ArticleEvents and as Event, and
 * each message that unpacks must format (pbjson) as JSON that json-c parses.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "newsev/article.h"
#include "newsev/pbjson.h"
#include "newsev/text.h"
#include "newsev/v1/newsev.pb-c.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_article(const struct article *a)
{
	if (a->id == NULL || a->url == NULL || a->title == NULL ||
	    a->text == NULL || a->lang == NULL || a->source == NULL)
		abort();
	if (a->id[0] == '\0' || a->text_len == 0 ||
	    strlen(a->text) != a->text_len ||
	    !text_utf8_valid(a->text, a->text_len))
		abort();
}

static void
fuzz_strings(const uint8_t *data, size_t size)
{
	char *s;
	int64_t ms;

	if ((s = malloc(size + 1)) == NULL)
		return;
	memcpy(s, data, size);
	s[size] = '\0';
	(void)article_parse_rfc3339(s, &ms);
	(void)article_format_of(s);
	free(s);
}

/* m as JSON must parse again; m is freed. */
static void
check_json(ProtobufCMessage *m)
{
	struct json_object *o;
	char *js;

	if (m == NULL)
		return;
	if ((js = pbjson_format(m)) == NULL)
		abort();
	if ((o = json_tokener_parse(js)) == NULL)
		abort();
	json_object_put(o);
	free(js);
	protobuf_c_message_free_unpacked(m, NULL);
}

static void
fuzz_output(const uint8_t *data, size_t size)
{
	check_json((ProtobufCMessage *)newsev__v1__article_events__unpack(NULL,
	    size, data));
	check_json((ProtobufCMessage *)newsev__v1__event__unpack(NULL, size,
	    data));
	check_json((ProtobufCMessage *)newsev__v1__article__unpack(NULL, size,
	    data));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	enum article_format fmt;
	size_t max_bytes;
	char reason[256];

	if (size == 0)
		return 0;
	if (data[0] & 4) {
		fuzz_output(data + 1, size - 1);
		return 0;
	}
	fmt = (data[0] & 1) ? ARTICLE_PROTOBUF : ARTICLE_JSON;
	max_bytes = (data[0] & 2) ? 64 : 4 << 20;
	memset(&a, 0, sizeof(a));
	reason[0] = '\0';
	if (article_decode(data + 1, size - 1, fmt, max_bytes, &a, reason,
	    sizeof(reason)) == 0) {
		check_article(&a);
		article_clear(&a);
	} else if (reason[0] == '\0' || memchr(reason, '\0',
	    sizeof(reason)) == NULL)
		abort();
	fuzz_strings(data + 1, size - 1);
	return 0;
}
