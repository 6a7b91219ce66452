/*
 * encode: extraction results to newsev.v1 protobuf messages.
 */
#ifndef NEWSEV_ENCODE_H
#define NEWSEV_ENCODE_H

#include <stddef.h>
#include <stdint.h>

struct extract_result;
struct article;

#define ENCODE_CT_ARTICLE_EVENTS \
	"application/x-protobuf; messageType=newsev.v1.ArticleEvents"
#define ENCODE_CT_EVENT "application/x-protobuf; messageType=newsev.v1.Event"

/* Where the article came from; topic may be "" outside Kafka. */
struct encode_source {
	const char *topic;
	int32_t partition;
	int64_t offset;
	int64_t ref_ms;		/* reference time used (published_at or Kafka ts) */
};

/*
 * Pack the ArticleEvents of article a and result r. *out is malloc'd and
 * freed by the caller. Returns 0 or -1 (out of memory).
 */
int encode_article_events(const struct article *a,
    const struct extract_result *r, const struct encode_source *src,
    uint8_t **out, size_t *len);

/*
 * Pack event i of r as a standalone newsev.v1.Event. *out is malloc'd and
 * freed by the caller. Returns 0 or -1.
 */
int encode_event(const struct article *a, const struct extract_result *r,
    size_t i, const struct encode_source *src, uint8_t **out, size_t *len);

#endif
