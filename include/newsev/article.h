/*
 * article: decoding of input messages (JSON or protobuf newsev.v1.Article)
 * into a validated article, with a precise reason for every rejection.
 */
#ifndef NEWSEV_ARTICLE_H
#define NEWSEV_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

enum article_format {
	ARTICLE_JSON = 0,
	ARTICLE_PROTOBUF = 1,
};

/* Every string is NUL-terminated and owned by the article; "" when absent. */
struct article {
	char *id;
	char *url;
	char *title;
	char *text;
	size_t text_len;
	char *lang;
	char *source;
	int64_t published_ms;	/* Unix ms UTC */
	int has_published;	/* 0 when published_at was absent */
};

/*
 * Decode buf[0..len) as fmt into *a. Rejects messages over max_bytes,
 * malformed JSON or protobuf, a missing id or text, and invalid UTF-8.
 * On success the caller frees *a with article_clear(). Returns 0, or -1 with
 * a one-line reason ("missing field: id") written into reason.
 */
int article_decode(const void *buf, size_t len, enum article_format fmt,
    size_t max_bytes, struct article *a, char *reason, size_t reasonlen);

/*
 * Format of a message from its content-type header value (NULL = JSON):
 * "application/x-protobuf..." is protobuf, anything else JSON.
 */
enum article_format article_format_of(const char *content_type);

/* Free the strings of *a and zero it. */
void article_clear(struct article *a);

/* Parse an RFC 3339 time into Unix ms. Returns 0 or -1. */
int article_parse_rfc3339(const char *s, int64_t *ms);

#endif
