/*
 * encode: extraction results to newsev.v1 protobuf messages. The protobuf-c
 * structs point into the article and the result (no string is copied); the
 * structs themselves come from one allocation list freed after packing.
 * Packing the same input always gives the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "newsev/article.h"
#include "newsev/encode.h"
#include "newsev/extract.h"
#include "newsev/v1/newsev.pb-c.h"

/* Every block allocated for one message, freed together. */
struct enc {
	void **blocks;
	size_t n, cap;
	int failed;
};

static void *
enc_alloc(struct enc *e, size_t size)
{
	void **nb, *p;
	size_t ncap;

	if (e->failed)
		return NULL;
	if (e->n == e->cap) {
		ncap = e->cap ? e->cap * 2 : 32;
		if ((nb = realloc(e->blocks, ncap * sizeof(*nb))) == NULL)
			goto fail;
		e->blocks = nb;
		e->cap = ncap;
	}
	if ((p = calloc(1, size ? size : 1)) == NULL)
		goto fail;
	e->blocks[e->n++] = p;
	return p;
fail:
	e->failed = 1;
	return NULL;
}

static void
enc_free(struct enc *e)
{
	while (e->n > 0)
		free(e->blocks[--e->n]);
	free(e->blocks);
	memset(e, 0, sizeof(*e));
}

/* protobuf-c fields are char *; we never write through them. */
static char *
str(const char *s)
{
	return (char *)(s != NULL ? s : "");
}

/* A Span, or NULL (absent) for the empty span [0, 0). */
static Newsev__V1__Span *
enc_span(struct enc *e, const struct extract_span *sp)
{
	Newsev__V1__Span *m;

	if (sp->start == 0 && sp->end == 0)
		return NULL;
	if ((m = enc_alloc(e, sizeof(*m))) == NULL)
		return NULL;
	newsev__v1__span__init(m);
	m->start = sp->start;
	m->end = sp->end;
	return m;
}

/* A repeated Span field: *n and the pointer array. */
static Newsev__V1__Span **
enc_spans(struct enc *e, const struct extract_span *sp, size_t n)
{
	Newsev__V1__Span **v, *m;
	size_t i;

	if (n == 0 || (v = enc_alloc(e, n * sizeof(*v))) == NULL ||
	    (m = enc_alloc(e, n * sizeof(*m))) == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		newsev__v1__span__init(&m[i]);
		m[i].start = sp[i].start;
		m[i].end = sp[i].end;
		v[i] = &m[i];
	}
	return v;
}

/* An Actor, or NULL when the actor is empty (no target, no speaker). */
static Newsev__V1__Actor *
enc_actor(struct enc *e, const struct extract_actor *ac)
{
	Newsev__V1__Actor *m;

	if ((ac->text == NULL || *ac->text == '\0') &&
	    (ac->name == NULL || *ac->name == '\0') && ac->cameo[0] == '\0' &&
	    ac->country[0] == '\0')
		return NULL;
	if ((m = enc_alloc(e, sizeof(*m))) == NULL)
		return NULL;
	newsev__v1__actor__init(m);
	m->text = str(ac->text);
	m->name = str(ac->name);
	m->country = str(ac->country);
	m->role = str(ac->role);
	m->cameo = str(ac->cameo);
	m->kind = (Newsev__V1__Kind)ac->kind;
	m->span = enc_span(e, &ac->span);
	return m;
}

static void
enc_time_fill(struct enc *e, const struct extract_time *t,
    Newsev__V1__TimeExpression *m)
{
	newsev__v1__time_expression__init(m);
	m->text = str(t->text);
	m->value = str(t->value);
	m->granularity = (Newsev__V1__Granularity)t->gran;
	m->span = enc_span(e, &t->span);
	m->type = str(t->type);
}

/* A TimeExpression, or NULL when it has neither text nor value. */
static Newsev__V1__TimeExpression *
enc_time(struct enc *e, const struct extract_time *t)
{
	Newsev__V1__TimeExpression *m;

	if ((t->text == NULL || *t->text == '\0') && t->value[0] == '\0')
		return NULL;
	if ((m = enc_alloc(e, sizeof(*m))) != NULL)
		enc_time_fill(e, t, m);
	return m;
}

/* A Place, or NULL when the location is unknown. */
static Newsev__V1__Place *
enc_place(struct enc *e, const struct extract_place *pl)
{
	Newsev__V1__Place *m;

	if ((pl->name == NULL || *pl->name == '\0') &&
	    pl->country[0] == '\0' && !pl->has_coords)
		return NULL;
	if ((m = enc_alloc(e, sizeof(*m))) == NULL)
		return NULL;
	newsev__v1__place__init(m);
	m->name = str(pl->name);
	m->country = str(pl->country);
	if (pl->has_coords) {
		m->lat = pl->lat;
		m->lon = pl->lon;
		m->has_coordinates = 1;
	}
	m->span = enc_span(e, &pl->span);
	return m;
}

static void
enc_event_fill(struct enc *e, const struct article *a,
    const struct extract_event *ev, int64_t ref_ms, Newsev__V1__Event *m)
{
	newsev__v1__event__init(m);
	m->event_id = str(ev->event_id);
	m->article_id = str(a->id);
	m->cameo_code = str(ev->cameo_code);
	m->cameo_root = ev->cameo_root;
	m->quad_class = ev->quad_class;
	m->goldstein = ev->goldstein;
	m->plover_type = str(ev->plover_type);
	m->source = enc_actor(e, &ev->source);
	m->target = enc_actor(e, &ev->target);
	m->trigger = str(ev->trigger);
	m->mode = (Newsev__V1__Mode)ev->mode;
	m->date = enc_time(e, &ev->date);
	m->location = enc_place(e, &ev->location);
	m->evidence = enc_span(e, &ev->evidence);
	m->mentions = ev->mentions;
	m->confidence = ev->confidence;
	m->mention_spans = enc_spans(e, ev->mention_spans,
	    ev->n_mention_spans);
	m->n_mention_spans = m->mention_spans != NULL ?
	    ev->n_mention_spans : 0;
	m->extractor_version = str(extract_version());
	m->published_at = ref_ms;
}

/* Allocate n messages of size sz and the array of pointers to them. */
static void **
enc_array(struct enc *e, size_t n, size_t sz, void **items)
{
	void **v;
	size_t i;

	*items = NULL;
	if (n == 0 || (v = enc_alloc(e, n * sizeof(*v))) == NULL ||
	    (*items = enc_alloc(e, n * sz)) == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		v[i] = (char *)*items + i * sz;
	return v;
}

static void
enc_events(struct enc *e, const struct article *a,
    const struct extract_result *r, int64_t ref_ms,
    Newsev__V1__ArticleEvents *m)
{
	Newsev__V1__Event *items;
	size_t i;

	m->events = (Newsev__V1__Event **)enc_array(e, r->n_events,
	    sizeof(*items), (void **)&items);
	if (m->events == NULL)
		return;
	for (i = 0; i < r->n_events; i++)
		enc_event_fill(e, a, &r->events[i], ref_ms, &items[i]);
	m->n_events = r->n_events;
}

static void
enc_entities(struct enc *e, const struct extract_result *r,
    Newsev__V1__ArticleEvents *m)
{
	const struct extract_entity *en;
	Newsev__V1__Entity *items, *x;
	size_t i;

	m->entities = (Newsev__V1__Entity **)enc_array(e, r->n_entities,
	    sizeof(*items), (void **)&items);
	if (m->entities == NULL)
		return;
	for (i = 0; i < r->n_entities; i++) {
		en = &r->entities[i];
		x = &items[i];
		newsev__v1__entity__init(x);
		x->text = str(en->text);
		x->name = str(en->name);
		x->kind = (Newsev__V1__Kind)en->kind;
		x->country = str(en->country);
		x->mentions = enc_spans(e, en->mentions, en->n_mentions);
		x->n_mentions = x->mentions != NULL ? en->n_mentions : 0;
		x->cameo = str(en->cameo);
	}
	m->n_entities = r->n_entities;
}

static void
enc_quotes(struct enc *e, const struct extract_result *r,
    Newsev__V1__ArticleEvents *m)
{
	const struct extract_quote *q;
	Newsev__V1__Quote *items, *x;
	size_t i;

	m->quotes = (Newsev__V1__Quote **)enc_array(e, r->n_quotes,
	    sizeof(*items), (void **)&items);
	if (m->quotes == NULL)
		return;
	for (i = 0; i < r->n_quotes; i++) {
		q = &r->quotes[i];
		x = &items[i];
		newsev__v1__quote__init(x);
		x->text = str(q->text);
		x->speaker = enc_actor(e, &q->speaker);
		x->span = enc_span(e, &q->span);
		x->verb = str(q->verb);
	}
	m->n_quotes = r->n_quotes;
}

static void
enc_times(struct enc *e, const struct extract_result *r,
    Newsev__V1__ArticleEvents *m)
{
	Newsev__V1__TimeExpression *items;
	size_t i;

	m->times = (Newsev__V1__TimeExpression **)enc_array(e, r->n_times,
	    sizeof(*items), (void **)&items);
	if (m->times == NULL)
		return;
	for (i = 0; i < r->n_times; i++)
		enc_time_fill(e, &r->times[i], &items[i]);
	m->n_times = r->n_times;
}

/* Pack any message into a malloc'd buffer. Returns 0 or -1. */
static int
enc_pack(const ProtobufCMessage *m, uint8_t **out, size_t *len)
{
	*len = protobuf_c_message_get_packed_size(m);
	if ((*out = malloc(*len ? *len : 1)) == NULL)
		return -1;
	protobuf_c_message_pack(m, *out);
	return 0;
}

int
encode_article_events(const struct article *a,
    const struct extract_result *r, const struct encode_source *src,
    uint8_t **out, size_t *len)
{
	Newsev__V1__ArticleEvents m = NEWSEV__V1__ARTICLE_EVENTS__INIT;
	struct enc e = { 0 };
	int rc = -1;

	m.article_id = str(a->id);
	m.url = str(a->url);
	m.lang = str(r->lang);
	m.published_at = src->ref_ms;
	m.extractor_version = str(extract_version());
	m.source_topic = str(src->topic);
	m.source_partition = src->partition;
	m.source_offset = src->offset;
	enc_events(&e, a, r, src->ref_ms, &m);
	enc_entities(&e, r, &m);
	enc_quotes(&e, r, &m);
	enc_times(&e, r, &m);
	m.title = str(a->title);
	m.tone = r->tone;
	m.source = str(a->source);
	if (!e.failed)
		rc = enc_pack(&m.base, out, len);
	enc_free(&e);
	return rc;
}

int
encode_event(const struct article *a, const struct extract_result *r,
    size_t i, const struct encode_source *src, uint8_t **out, size_t *len)
{
	Newsev__V1__Event m;
	struct enc e = { 0 };
	int rc = -1;

	if (i >= r->n_events)
		return -1;
	enc_event_fill(&e, a, &r->events[i], src->ref_ms, &m);
	if (!e.failed)
		rc = enc_pack(&m.base, out, len);
	enc_free(&e);
	return rc;
}
