/*
 * extract: one article through the passes: text analysis, language, time
 * expressions, actor mentions, event coding, quotes, entities and tone.
 * Everything the result points to lives in the result's arena.
 */
#include <pthread.h>
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

#define EXTRACT_VERSION "0.10.0"
#define TIMES_MAX 4096

struct extract_priv {
	struct arena arena;
};

/*
 * Per-thread working buffers reused from one article to the next (the
 * analyzed text, the time hits, the token facts), so a worker does not
 * allocate and zero them again for every article. extract_run() is called
 * from several worker threads: each has its own scratch, freed when the
 * thread exits. Buffers grown past SCRATCH_KEEP bytes by a huge article
 * are freed after it rather than kept.
 */
#define SCRATCH_KEEP (4u << 20)

struct scratch {
	struct text_doc doc;
	struct timex_hit *times;
	size_t tcap;
	struct pat_info *info;
	size_t icap;
};

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static int scratch_key_ok;

static void
scratch_free(void *arg)
{
	struct scratch *s = arg;

	if (s == NULL)
		return;
	text_doc_clear(&s->doc);
	free(s->times);
	free(s->info);
	free(s);
}

static void
scratch_key_init(void)
{
	scratch_key_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

/* This thread's scratch (created on first use), or NULL. */
static struct scratch *
scratch_get(void)
{
	struct scratch *s;

	pthread_once(&scratch_once, scratch_key_init);
	if (!scratch_key_ok)
		return NULL;
	if ((s = pthread_getspecific(scratch_key)) != NULL)
		return s;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	text_doc_init(&s->doc);
	if (pthread_setspecific(scratch_key, s) != 0) {
		free(s);
		return NULL;
	}
	return s;
}

/* Drop the buffers a huge article grew, keep the ordinary ones. */
static void
scratch_trim(struct scratch *s)
{
	const struct text_doc *d = &s->doc;

	if (d->norm_cap > SCRATCH_KEEP ||
	    d->toks_cap * sizeof(*d->toks) > SCRATCH_KEEP ||
	    d->sents_cap * sizeof(*d->sents) > SCRATCH_KEEP)
		text_doc_clear(&s->doc);
	if (s->tcap * sizeof(*s->times) > SCRATCH_KEEP) {
		free(s->times);
		s->times = NULL;
		s->tcap = 0;
	}
	if (s->icap * sizeof(*s->info) > SCRATCH_KEEP) {
		free(s->info);
		s->info = NULL;
		s->icap = 0;
	}
}

/* Room for n time hits in s->times. */
static int
times_reserve(struct scratch *s, size_t n)
{
	struct timex_hit *t;

	if (n <= s->tcap)
		return 0;
	if ((t = realloc(s->times, n * sizeof(*t))) == NULL)
		return -1;
	s->times = t;
	s->tcap = n;
	return 0;
}

/*
 * Time expressions into x->times (the scratch buffer) and r->times. The
 * buffer keeps its size across articles, so the scan runs a second time
 * only when an article has more expressions than any before it (at most
 * TIMES_MAX are kept).
 */
static int
find_times(struct xctx *x, struct scratch *s, struct extract_result *r)
{
	size_t n, cap = s->tcap < 64 ? 64 : s->tcap;

	if (x->d->timex == NULL)
		return 0;
	if (cap > TIMES_MAX)
		cap = TIMES_MAX;
	for (;;) {
		if (times_reserve(s, cap) == -1)
			return -1;
		x->times = s->times;
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
tag_tokens(struct xctx *x, struct scratch *s)
{
	const char *lang = strcmp(x->lang, "und") == 0 ? "fr" : x->lang;
	size_t n = x->doc.ntoks + 1;

	if (n > s->icap) {
		struct pat_info *p = realloc(s->info, n * sizeof(*p));

		if (p == NULL)
			return -1;
		s->info = p;
		s->icap = n;
	}
	x->tok_info = s->info;
	memset(&x->tok_info[x->doc.ntoks], 0, sizeof(*x->tok_info));
	if (x->d->pat == NULL) {
		memset(x->tok_info, 0, n * sizeof(*x->tok_info));
		return 0;
	}
	for (size_t i = 0; i < x->doc.ntoks; i++)
		patterns_info(x->d->pat, lang, x->doc.toks[i].hash,
		    text_tok_norm(&x->doc, i), &x->tok_info[i]);
	return 0;
}

static int
run_passes(struct xctx *x, struct scratch *s, struct extract_result *r)
{
	if (text_analyze(&x->doc, x->in->text, x->in->text_len) == -1)
		return -1;
	if (x->in->lang != NULL && (strcmp(x->in->lang, "fr") == 0 ||
	    strcmp(x->in->lang, "en") == 0))
		x->lang = x->in->lang;
	else
		x->lang = lang_identify(&x->doc);
	memcpy(r->lang, x->lang, strlen(x->lang) + 1);
	if (tag_tokens(x, s) == -1 || find_times(x, s, r) == -1 ||
	    actors_find(x) == -1 ||
	    quotes_find(x, r) == -1 || events_code(x, r) == -1 ||
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
	struct scratch *s;
	int rc;

	/* Any int64 may come from a Kafka timestamp or a protobuf article. */
	if (cin.published_ms < TIMEX_REF_MIN)
		cin.published_ms = TIMEX_REF_MIN;
	if (cin.published_ms > TIMEX_REF_MAX)
		cin.published_ms = TIMEX_REF_MAX;
	if ((s = scratch_get()) == NULL)
		return NULL;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL) {
		free(r);
		return NULL;
	}
	arena_init(&p->arena);
	r->priv = p;
	x.ar = &p->arena;
	x.doc = s->doc;		/* the buffers move in and back out */
	rc = run_passes(&x, s, r);
	s->doc = x.doc;
	scratch_trim(s);
	free(x.m);
	free(x.tok_m);
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
