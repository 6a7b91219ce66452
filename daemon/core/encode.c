/*
 * encode: extraction results to newsev.v1 protobuf messages, written
 * directly in the wire format from the result (no intermediate protobuf-c
 * structs, one growing buffer). The bytes are those protobuf-c packs for
 * the same message (tests/test_encode.c checks it): fields in field-number
 * order, proto3 scalars and strings left out when zero or empty, absent
 * sub-messages left out, negative int32 as 10-byte varints. Packing the
 * same input always gives the same bytes.
 *
 * A sub-message is written after a one-byte length placeholder; when its
 * body turns out to need a longer length varint, the body is moved up.
 */
#include <stdlib.h>
#include <string.h>

#include "newsev/article.h"
#include "newsev/encode.h"
#include "newsev/extract.h"

/* The small writers are inlined into the message encoders. */
#define PB_INLINE	__attribute__((always_inline))

/* Wire types. */
#define WT_VARINT	0
#define WT_FIXED64	1
#define WT_LEN		2
#define WT_FIXED32	5

/* Field numbers of newsev.proto. */
enum { SPAN_START = 1, SPAN_END = 2 };
enum { ACTOR_TEXT = 1, ACTOR_NAME, ACTOR_COUNTRY, ACTOR_ROLE, ACTOR_CAMEO,
	ACTOR_KIND, ACTOR_SPAN };
enum { TIME_TEXT = 1, TIME_VALUE, TIME_GRAN, TIME_SPAN, TIME_TYPE };
enum { PLACE_NAME = 1, PLACE_COUNTRY, PLACE_LAT, PLACE_LON, PLACE_HAS_COORDS,
	PLACE_SPAN };
enum { EV_ID = 1, EV_ARTICLE_ID, EV_CODE, EV_ROOT, EV_QUAD, EV_GOLDSTEIN,
	EV_PLOVER, EV_SOURCE, EV_TARGET, EV_TRIGGER, EV_MODE, EV_DATE,
	EV_LOCATION, EV_EVIDENCE, EV_MENTIONS, EV_CONFIDENCE, EV_MENTION_SPANS,
	EV_VERSION, EV_PUBLISHED };
enum { ENT_TEXT = 1, ENT_NAME, ENT_KIND, ENT_COUNTRY, ENT_MENTIONS,
	ENT_CAMEO };
enum { QUOTE_TEXT = 1, QUOTE_SPEAKER, QUOTE_SPAN, QUOTE_VERB };
enum { AE_ARTICLE_ID = 1, AE_URL, AE_LANG, AE_PUBLISHED, AE_VERSION,
	AE_TOPIC, AE_PARTITION, AE_OFFSET, AE_EVENTS, AE_ENTITIES, AE_QUOTES,
	AE_TIMES, AE_TITLE, AE_TONE, AE_SOURCE };

/* The output buffer. */
struct pbw {
	uint8_t *b;
	size_t n, cap;
	int failed;
};

/* Grow the buffer for more bytes. Returns 0, or -1 (and failed). */
static int
pbw_grow(struct pbw *w, size_t more)
{
	uint8_t *nb;
	size_t ncap;

	if (w->failed)
		return -1;
	for (ncap = w->cap ? w->cap : 1024; ncap < w->n + more; ncap *= 2)
		;
	if ((nb = realloc(w->b, ncap)) == NULL) {
		w->failed = 1;
		return -1;
	}
	w->b = nb;
	w->cap = ncap;
	return 0;
}

/* Room for more bytes at the end. Returns 0, or -1 on ENOMEM. */
static inline int
pbw_need(struct pbw *w, size_t more)
{
	if (w->n + more <= w->cap)
		return 0;
	return pbw_grow(w, more);
}

static size_t
varint_size(uint64_t v)
{
	size_t n = 1;

	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}

/* Write a varint at p; returns the bytes written. */
static inline size_t
varint_put(uint8_t *p, uint64_t v)
{
	size_t n = 0;

	while (v >= 0x80) {
		p[n++] = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (uint8_t)v;
	return n;
}

/*
 * The writers below check for room once per field: a tag takes at most 5
 * bytes, a varint 10.
 */
#define PB_TAG_MAX	5
#define PB_VARINT_MAX	10

static inline void
pb_put_tag(struct pbw *w, uint32_t field, int wt)
{
	w->n += varint_put(w->b + w->n, (uint64_t)field << 3 | (uint64_t)wt);
}

/* A varint field (no zero check). */
static inline PB_INLINE void
pb_varint_field(struct pbw *w, uint32_t field, uint64_t v)
{
	if (pbw_need(w, PB_TAG_MAX + PB_VARINT_MAX) == -1)
		return;
	pb_put_tag(w, field, WT_VARINT);
	w->n += varint_put(w->b + w->n, v);
}

/* A string of at most max bytes (NUL-terminated before); "" is left out. */
static inline PB_INLINE void
pb_strn(struct pbw *w, uint32_t field, const char *s, size_t max)
{
	size_t len;

	if (s == NULL || *s == '\0')
		return;
	len = strnlen(s, max);
	if (pbw_need(w, PB_TAG_MAX + PB_VARINT_MAX + len) == -1)
		return;
	pb_put_tag(w, field, WT_LEN);
	w->n += varint_put(w->b + w->n, len);
	memcpy(w->b + w->n, s, len);
	w->n += len;
}

static inline PB_INLINE void
pb_str(struct pbw *w, uint32_t field, const char *s)
{
	pb_strn(w, field, s, SIZE_MAX);
}

static inline PB_INLINE void
pb_uint32(struct pbw *w, uint32_t field, uint32_t v)
{
	if (v != 0)
		pb_varint_field(w, field, v);
}

/* int32 and enums: a negative value is sign-extended to 64 bits. */
static inline PB_INLINE void
pb_int32(struct pbw *w, uint32_t field, int32_t v)
{
	if (v != 0)
		pb_varint_field(w, field, (uint64_t)(int64_t)v);
}

static inline PB_INLINE void
pb_int64(struct pbw *w, uint32_t field, int64_t v)
{
	if (v != 0)
		pb_varint_field(w, field, (uint64_t)v);
}

static inline PB_INLINE void
pb_bool(struct pbw *w, uint32_t field, int v)
{
	if (v != 0)
		pb_varint_field(w, field, 1);
}

/* A fixed64 or fixed32 field: little-endian bytes of v. */
static inline PB_INLINE void
pb_fixed(struct pbw *w, uint32_t field, uint64_t v, size_t nbytes)
{
	size_t i;

	if (pbw_need(w, PB_TAG_MAX + nbytes) == -1)
		return;
	pb_put_tag(w, field, nbytes == 8 ? WT_FIXED64 : WT_FIXED32);
	for (i = 0; i < nbytes; i++)
		w->b[w->n++] = (uint8_t)(v >> (8 * i));
}

/* A double; 0 (and -0, as protobuf-c compares with 0) is left out. */
static inline PB_INLINE void
pb_double(struct pbw *w, uint32_t field, double v)
{
	uint64_t bits;

	if (v == 0)
		return;
	memcpy(&bits, &v, sizeof(bits));
	pb_fixed(w, field, bits, 8);
}

static inline PB_INLINE void
pb_float(struct pbw *w, uint32_t field, float v)
{
	uint32_t bits;

	if (v == 0)
		return;
	memcpy(&bits, &v, sizeof(bits));
	pb_fixed(w, field, bits, 4);
}

/* Start sub-message field: tag and a one-byte length placeholder. */
static inline PB_INLINE size_t
pb_begin(struct pbw *w, uint32_t field)
{
	if (pbw_need(w, PB_TAG_MAX + 1) == 0) {
		pb_put_tag(w, field, WT_LEN);
		w->b[w->n++] = 0;
	}
	return w->n;		/* where the body starts */
}

/* End the sub-message whose body starts at body: write its length. */
static inline PB_INLINE void
pb_end(struct pbw *w, size_t body)
{
	size_t len, k;

	if (w->failed)
		return;
	len = w->n - body;
	if ((k = varint_size(len)) > 1) {
		if (pbw_need(w, k - 1) == -1)
			return;
		memmove(w->b + body + k - 1, w->b + body, len);
		w->n += k - 1;
	}
	varint_put(w->b + body - 1, len);
}

/* A Span, left out when empty ([0, 0)) unless always is set. */
static inline PB_INLINE void
enc_span(struct pbw *w, uint32_t field, const struct extract_span *sp,
    int always)
{
	size_t body;

	if (!always && sp->start == 0 && sp->end == 0)
		return;
	body = pb_begin(w, field);
	pb_uint32(w, SPAN_START, sp->start);
	pb_uint32(w, SPAN_END, sp->end);
	pb_end(w, body);
}

static void
enc_spans(struct pbw *w, uint32_t field, const struct extract_span *sp,
    size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		enc_span(w, field, &sp[i], 1);
}

/* An Actor, left out when empty (no text, name, code nor country). */
static void
enc_actor(struct pbw *w, uint32_t field, const struct extract_actor *ac)
{
	size_t body;

	if ((ac->text == NULL || *ac->text == '\0') &&
	    (ac->name == NULL || *ac->name == '\0') && ac->cameo[0] == '\0' &&
	    ac->country[0] == '\0')
		return;
	body = pb_begin(w, field);
	pb_str(w, ACTOR_TEXT, ac->text);
	pb_str(w, ACTOR_NAME, ac->name);
	pb_strn(w, ACTOR_COUNTRY, ac->country, sizeof(ac->country));
	pb_strn(w, ACTOR_ROLE, ac->role, sizeof(ac->role));
	pb_strn(w, ACTOR_CAMEO, ac->cameo, sizeof(ac->cameo));
	pb_int32(w, ACTOR_KIND, (int32_t)ac->kind);
	enc_span(w, ACTOR_SPAN, &ac->span, 0);
	pb_end(w, body);
}

/* A TimeExpression; unless always, left out with neither text nor value. */
static void
enc_time(struct pbw *w, uint32_t field, const struct extract_time *t,
    int always)
{
	size_t body;

	if (!always && (t->text == NULL || *t->text == '\0') &&
	    t->value[0] == '\0')
		return;
	body = pb_begin(w, field);
	pb_str(w, TIME_TEXT, t->text);
	pb_strn(w, TIME_VALUE, t->value, sizeof(t->value));
	pb_int32(w, TIME_GRAN, (int32_t)t->gran);
	enc_span(w, TIME_SPAN, &t->span, 0);
	pb_strn(w, TIME_TYPE, t->type, sizeof(t->type));
	pb_end(w, body);
}

/* A Place, left out when the location is unknown. */
static void
enc_place(struct pbw *w, uint32_t field, const struct extract_place *pl)
{
	size_t body;

	if ((pl->name == NULL || *pl->name == '\0') &&
	    pl->country[0] == '\0' && !pl->has_coords)
		return;
	body = pb_begin(w, field);
	pb_str(w, PLACE_NAME, pl->name);
	pb_strn(w, PLACE_COUNTRY, pl->country, sizeof(pl->country));
	if (pl->has_coords) {
		pb_double(w, PLACE_LAT, pl->lat);
		pb_double(w, PLACE_LON, pl->lon);
		pb_bool(w, PLACE_HAS_COORDS, 1);
	}
	enc_span(w, PLACE_SPAN, &pl->span, 0);
	pb_end(w, body);
}

/* The fields of an Event (its body). */
static void
enc_event_body(struct pbw *w, const struct article *a,
    const struct extract_event *ev, int64_t ref_ms)
{
	pb_strn(w, EV_ID, ev->event_id, sizeof(ev->event_id));
	pb_str(w, EV_ARTICLE_ID, a->id);
	pb_strn(w, EV_CODE, ev->cameo_code, sizeof(ev->cameo_code));
	pb_int32(w, EV_ROOT, ev->cameo_root);
	pb_int32(w, EV_QUAD, ev->quad_class);
	pb_double(w, EV_GOLDSTEIN, ev->goldstein);
	pb_str(w, EV_PLOVER, ev->plover_type);
	enc_actor(w, EV_SOURCE, &ev->source);
	enc_actor(w, EV_TARGET, &ev->target);
	pb_str(w, EV_TRIGGER, ev->trigger);
	pb_int32(w, EV_MODE, (int32_t)ev->mode);
	enc_time(w, EV_DATE, &ev->date, 0);
	enc_place(w, EV_LOCATION, &ev->location);
	enc_span(w, EV_EVIDENCE, &ev->evidence, 0);
	pb_uint32(w, EV_MENTIONS, ev->mentions);
	pb_float(w, EV_CONFIDENCE, ev->confidence);
	enc_spans(w, EV_MENTION_SPANS, ev->mention_spans,
	    ev->n_mention_spans);
	pb_str(w, EV_VERSION, extract_version());
	pb_int64(w, EV_PUBLISHED, ref_ms);
}

static void
enc_entity(struct pbw *w, const struct extract_entity *en)
{
	size_t body = pb_begin(w, AE_ENTITIES);

	pb_str(w, ENT_TEXT, en->text);
	pb_str(w, ENT_NAME, en->name);
	pb_int32(w, ENT_KIND, (int32_t)en->kind);
	pb_strn(w, ENT_COUNTRY, en->country, sizeof(en->country));
	enc_spans(w, ENT_MENTIONS, en->mentions, en->n_mentions);
	pb_strn(w, ENT_CAMEO, en->cameo, sizeof(en->cameo));
	pb_end(w, body);
}

static void
enc_quote(struct pbw *w, const struct extract_quote *q)
{
	size_t body = pb_begin(w, AE_QUOTES);

	pb_str(w, QUOTE_TEXT, q->text);
	enc_actor(w, QUOTE_SPEAKER, &q->speaker);
	enc_span(w, QUOTE_SPAN, &q->span, 0);
	pb_str(w, QUOTE_VERB, q->verb);
	pb_end(w, body);
}

/* Hand the buffer over, or free it on failure. Returns 0 or -1. */
static int
pbw_finish(struct pbw *w, uint8_t **out, size_t *len)
{
	uint8_t *nb;

	if (w->failed || pbw_need(w, 1) == -1) {	/* never a NULL *out */
		free(w->b);
		return -1;
	}
	/* the outputs wait in the producer queue: give the slack back */
	if (w->cap - w->n > 1024 && (nb = realloc(w->b, w->n + 1)) != NULL)
		w->b = nb;
	*out = w->b;
	*len = w->n;
	return 0;
}

int
encode_article_events(const struct article *a,
    const struct extract_result *r, const struct encode_source *src,
    uint8_t **out, size_t *len)
{
	struct pbw w = { NULL, 0, 0, 0 };
	size_t i, body;

	pbw_need(&w, 1024 + 640 * r->n_events);
	pb_str(&w, AE_ARTICLE_ID, a->id);
	pb_str(&w, AE_URL, a->url);
	pb_strn(&w, AE_LANG, r->lang, sizeof(r->lang));
	pb_int64(&w, AE_PUBLISHED, src->ref_ms);
	pb_str(&w, AE_VERSION, extract_version());
	pb_str(&w, AE_TOPIC, src->topic);
	pb_int32(&w, AE_PARTITION, src->partition);
	pb_int64(&w, AE_OFFSET, src->offset);
	for (i = 0; i < r->n_events; i++) {
		body = pb_begin(&w, AE_EVENTS);
		enc_event_body(&w, a, &r->events[i], src->ref_ms);
		pb_end(&w, body);
	}
	for (i = 0; i < r->n_entities; i++)
		enc_entity(&w, &r->entities[i]);
	for (i = 0; i < r->n_quotes; i++)
		enc_quote(&w, &r->quotes[i]);
	for (i = 0; i < r->n_times; i++)
		enc_time(&w, AE_TIMES, &r->times[i], 1);
	pb_str(&w, AE_TITLE, a->title);
	pb_double(&w, AE_TONE, r->tone);
	pb_str(&w, AE_SOURCE, a->source);
	return pbw_finish(&w, out, len);
}

int
encode_event(const struct article *a, const struct extract_result *r,
    size_t i, const struct encode_source *src, uint8_t **out, size_t *len)
{
	struct pbw w = { NULL, 0, 0, 0 };

	if (i >= r->n_events)
		return -1;
	enc_event_body(&w, a, &r->events[i], src->ref_ms);
	return pbw_finish(&w, out, len);
}
