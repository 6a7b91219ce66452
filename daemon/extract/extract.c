/*
 * extract: one article through the passes: text analysis, language, time
 * expressions, actor mentions, event coding, quotes, entities and tone.
 * Everything the result points to lives in the result's arena.
 */
#include <stdlib.h>
#include <string.h>

#include "newsev/actors.h"
#include "newsev/arena.h"
#include "newsev/dict.h"
#include "newsev/events.h"
#include "newsev/patterns.h"
#include "newsev/extract.h"
#include "newsev/lang.h"
#include "newsev/quotes.h"
#include "newsev/tone.h"
#include "newsev/xctx.h"

#define EXTRACT_VERSION "0.2.0"
#define TIMES_MAX 4096

struct extract_priv {
	struct arena arena;
};

static int
find_times(struct xctx *x, struct extract_result *r)
{
	size_t n, cap = 64;

	if (x->d->timex == NULL)
		return 0;
	for (;;) {
		if ((x->times = realloc(x->times, cap * sizeof(*x->times))) ==
		    NULL)
			return -1;
		n = timex_find(x->d->timex, &x->doc, x->lang,
		    x->in->published_ms, x->times, cap);
		if (n <= cap || cap >= TIMES_MAX)
			break;
		cap = n < TIMES_MAX ? n : TIMES_MAX;
	}
	x->ntimes = n < cap ? n : cap;
	if (x->ntimes == 0)
		return 0;
	if ((r->times = arena_alloc(x->ar, x->ntimes * sizeof(*r->times))) ==
	    NULL)
		return -1;
	for (size_t k = 0; k < x->ntimes; k++) {
		struct extract_time *t = &r->times[k];
		const struct timex_hit *h = &x->times[k];

		t->text = arena_strndup(x->ar, x->doc.text + h->span.start,
		    h->span.end - h->span.start);
		if (t->text == NULL)
			return -1;
		memcpy(t->value, h->value, sizeof(t->value));
		memcpy(t->type, h->type, sizeof(t->type));
		t->gran = h->gran;
		t->span = h->span;
	}
	r->n_times = x->ntimes;
	return 0;
}

/* One vocabulary probe per token, shared by every later pass. */
static int
tag_tokens(struct xctx *x)
{
	const char *lang = strcmp(x->lang, "und") == 0 ? "fr" : x->lang;

	if ((x->tok_info = calloc(x->doc.ntoks + 1, sizeof(*x->tok_info))) ==
	    NULL)
		return -1;
	if (x->d->pat == NULL)
		return 0;
	for (size_t i = 0; i < x->doc.ntoks; i++)
		patterns_info(x->d->pat, lang, x->doc.toks[i].hash,
		    text_tok_norm(&x->doc, i), &x->tok_info[i]);
	return 0;
}

static int
run_passes(struct xctx *x, struct extract_result *r)
{
	if (text_analyze(&x->doc, x->in->text, x->in->text_len) == -1)
		return -1;
	if (x->in->lang != NULL && (strcmp(x->in->lang, "fr") == 0 ||
	    strcmp(x->in->lang, "en") == 0))
		x->lang = x->in->lang;
	else
		x->lang = lang_identify(&x->doc);
	memcpy(r->lang, x->lang, strlen(x->lang) + 1);
	if (tag_tokens(x) == -1 || find_times(x, r) == -1 || actors_find(x) == -1 ||
	    events_code(x, r) == -1 || quotes_find(x, r) == -1 ||
	    actors_entities(x, r) == -1)
		return -1;
	r->tone = tone_score(x->d->tone, &x->doc);
	return 0;
}

struct extract_result *
extract_run(const struct dict *d, const struct extract_input *in)
{
	struct extract_result *r;
	struct extract_priv *p;
	struct extract_input cin = *in;
	struct xctx x = { .d = d, .in = &cin };
	int rc;

	/* Any int64 may come from a Kafka timestamp or a protobuf article. */
	if (cin.published_ms < TIMEX_REF_MIN)
		cin.published_ms = TIMEX_REF_MIN;
	if (cin.published_ms > TIMEX_REF_MAX)
		cin.published_ms = TIMEX_REF_MAX;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL) {
		free(r);
		return NULL;
	}
	arena_init(&p->arena);
	r->priv = p;
	x.ar = &p->arena;
	text_doc_init(&x.doc);
	rc = run_passes(&x, r);
	text_doc_clear(&x.doc);
	free(x.m);
	free(x.tok_m);
	free(x.tok_info);
	free(x.times);
	if (rc == -1) {
		extract_result_free(r);
		return NULL;
	}
	return r;
}

void
extract_result_free(struct extract_result *r)
{
	struct extract_priv *p;

	if (r == NULL)
		return;
	if ((p = r->priv) != NULL) {
		arena_clear(&p->arena);
		free(p);
	}
	free(r);
}

const char *
extract_version(void)
{
	return EXTRACT_VERSION;
}
