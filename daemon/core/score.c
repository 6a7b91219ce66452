/*
 * score: matching of extraction results against gold annotations, for
 * `newsev eval`. Every comparison rule lives here so it can be tested.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/gazetteer.h"
#include "newsev/score.h"
#include "newsev/text.h"

#define KEY_MAX		80	/* "SRC|TGT|CODE": two CAMEO codes and a code */
#define NAME_MAX_FOLD	256

double
score_precision(const struct score_prf *s)
{
	return s->npred ? (double)s->tp / (double)s->npred : 0.0;
}

double
score_recall(const struct score_prf *s)
{
	return s->ngold ? (double)s->tp / (double)s->ngold : 0.0;
}

double
score_f1(const struct score_prf *s)
{
	double p = score_precision(s), r = score_recall(s);

	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

const char *
score_actor_key(const struct extract_actor *a)
{
	return a->country[0] != '\0' ? a->country : a->cameo;
}

int
score_cameo_root(const char *code)
{
	int root;

	if (code == NULL || code[0] < '0' || code[0] > '9' ||
	    code[1] < '0' || code[1] > '9')
		return -1;
	root = (code[0] - '0') * 10 + (code[1] - '0');
	return root >= 1 && root <= 20 ? root : -1;
}

const char *
score_mode_name(enum extract_mode m)
{
	switch (m) {
	case EXTRACT_MODE_ASSERTED:	return "ASSERTED";
	case EXTRACT_MODE_PLANNED:	return "PLANNED";
	case EXTRACT_MODE_NEGATED:	return "NEGATED";
	case EXTRACT_MODE_REPORTED:	return "REPORTED";
	case EXTRACT_MODE_HYPOTHETICAL:	return "HYPOTHETICAL";
	default:			return "";
	}
}

enum extract_kind
score_kind_parse(const char *s)
{
	static const char *names[] = { "", "PERSON", "ORGANIZATION", "COUNTRY",
	    "LOCATION", "GROUP" };
	size_t i;

	for (i = 1; s != NULL && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0)
			return (enum extract_kind)i;
	return EXTRACT_KIND_UNSPECIFIED;
}

size_t
score_pair_equal(const char *const *gold, size_t ng, const char *const *pred,
    size_t np, int *g2p, int *p2g)
{
	size_t i, j, n = 0;

	for (i = 0; i < ng; i++) {
		if (g2p[i] != -1)
			continue;
		for (j = 0; j < np; j++) {
			if (p2g[j] == -1 && strcmp(gold[i], pred[j]) == 0) {
				g2p[i] = (int)j;
				p2g[j] = (int)i;
				n++;
				break;
			}
		}
	}
	return n;
}

/* s, or "" for NULL: results promise "" but a partial engine may not. */
static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

/* Fold s (NULL = "") and trim surrounding blanks. */
static void
fold_name(const char *s, char *out, size_t cap)
{
	size_t n = text_fold(nz(s), strlen(nz(s)), out, cap), b = 0;

	while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '.'))
		out[--n] = '\0';
	while (out[b] == ' ')
		b++;
	memmove(out, out + b, n - b + 1);
}

int
score_name_match(const char *a, const char *b)
{
	char fa[NAME_MAX_FOLD], fb[NAME_MAX_FOLD];
	const char *lng, *shrt;
	size_t ll, ls;

	if (a == NULL || b == NULL)
		return 0;
	fold_name(a, fa, sizeof(fa));
	fold_name(b, fb, sizeof(fb));
	if (fa[0] == '\0' || fb[0] == '\0')
		return 0;
	if (strcmp(fa, fb) == 0)
		return 1;
	ll = strlen(fa), ls = strlen(fb);
	lng = ll > ls ? fa : fb;
	shrt = ll > ls ? fb : fa;
	if (ll < ls) {
		size_t t = ll;
		ll = ls, ls = t;
	}
	return strcmp(lng + ll - ls, shrt) == 0 && lng[ll - ls - 1] == ' ';
}

int
score_spans_overlap(struct extract_span a, struct extract_span b)
{
	return a.start < b.end && b.start < a.end;
}

int
score_find(const char *text, size_t len, const char *needle, size_t from,
    struct extract_span *out)
{
	size_t nl = strlen(needle);
	const char *p;

	if (nl == 0 || from > len)
		return -1;
	if ((p = memmem(text + from, len - from, needle, nl)) == NULL)
		return -1;
	out->start = (uint32_t)(p - text);
	out->end = out->start + (uint32_t)nl;
	return 0;
}

static void
prf_count(struct score_prf *s, size_t tp, size_t npred, size_t ngold)
{
	s->tp += tp;
	s->npred += npred;
	s->ngold += ngold;
}

/* Fill a -1 pairing array of n ints; NULL when memory runs out. */
static int *
pairs_new(size_t n)
{
	int *p = malloc((n ? n : 1) * sizeof(*p));
	size_t i;

	for (i = 0; p != NULL && i < n; i++)
		p[i] = -1;
	return p;
}

/* n keys of KEY_MAX bytes plus the pointer array score_pair_equal wants. */
struct keyset {
	char (*buf)[KEY_MAX];
	const char **ptr;
};

static int
keyset_init(struct keyset *k, size_t n)
{
	size_t i;

	k->buf = malloc((n ? n : 1) * sizeof(*k->buf));
	k->ptr = malloc((n ? n : 1) * sizeof(*k->ptr));
	if (k->buf == NULL || k->ptr == NULL)
		return -1;
	for (i = 0; i < n; i++)
		k->ptr[i] = k->buf[i];
	return 0;
}

static void
keyset_free(struct keyset *k)
{
	free(k->buf);
	free(k->ptr);
}

static int
pred_root(const struct extract_event *e)
{
	return e->cameo_root > 0 ? e->cameo_root : score_cameo_root(e->cameo_code);
}

/* Key on root (full = 0) or on the full code (full = 1). */
static void
gold_event_key(const struct score_gold_event *e, int full, char *out)
{
	if (full)
		snprintf(out, KEY_MAX, "%s|%s|%s", e->source, e->target, e->cameo);
	else
		snprintf(out, KEY_MAX, "%s|%s|%02d", e->source, e->target,
		    score_cameo_root(e->cameo));
}

static void
pred_event_key(const struct extract_event *e, int full, char *out)
{
	if (full)
		snprintf(out, KEY_MAX, "%s|%s|%s", score_actor_key(&e->source),
		    score_actor_key(&e->target), e->cameo_code);
	else
		snprintf(out, KEY_MAX, "%s|%s|%02d", score_actor_key(&e->source),
		    score_actor_key(&e->target), pred_root(e));
}

static void
print_span(FILE *f, const struct score_gold *g, struct extract_span s)
{
	size_t n;

	if (s.end <= s.start || s.end > g->text_len) {
		fputs("\"\"", f);
		return;
	}
	n = s.end - s.start > 120 ? 120 : s.end - s.start;
	while (n > 0 && n < s.end - s.start &&
	    ((unsigned char)g->text[s.start + n] & 0xC0) == 0x80)
		n--;	/* never cut a UTF-8 sequence in two */
	fprintf(f, "\"%.*s\"", (int)n, g->text + s.start);
}

static void
events_report(const struct score_gold *g, const struct extract_result *r,
    const int *g2p, const int *p2g, FILE *f)
{
	const struct extract_event *e;
	const struct score_gold_event *ge;
	size_t i;

	for (i = 0; i < g->n_events; i++) {
		ge = &g->events[i];
		if (g2p[i] == -1) {
			fprintf(f, "%s: missing event %s->%s %s %s %s \"%s\"\n",
			    g->name, ge->source, ge->target[0] ? ge->target : "-",
			    ge->cameo, ge->mode, ge->date, ge->evidence);
			continue;
		}
		e = &r->events[g2p[i]];
		if (strcmp(ge->mode, score_mode_name(e->mode)) != 0 ||
		    strcmp(ge->date, e->date.value) != 0 ||
		    strcmp(ge->cameo, e->cameo_code) != 0)
			fprintf(f, "%s: matched event %s->%s %s: got code %s mode "
			    "%s date %s, gold %s %s %s\n", g->name, ge->source,
			    ge->target[0] ? ge->target : "-", ge->cameo,
			    e->cameo_code, score_mode_name(e->mode),
			    e->date.value, ge->cameo, ge->mode, ge->date);
	}
	for (i = 0; i < r->n_events; i++) {
		if (p2g[i] != -1)
			continue;
		e = &r->events[i];
		fprintf(f, "%s: spurious event %s->%s %s %s %s ", g->name,
		    score_actor_key(&e->source), score_actor_key(&e->target)[0] ?
		    score_actor_key(&e->target) : "-", e->cameo_code,
		    score_mode_name(e->mode), e->date.value);
		print_span(f, g, e->evidence);
		fputc('\n', f);
	}
}

/* Per-root counts: a pair counts for its gold root. */
static void
count_roots(const struct score_gold *g, const struct extract_result *r,
    const int *g2p, struct score_totals *t)
{
	size_t i;
	int root;

	for (i = 0; i < g->n_events; i++) {
		if ((root = score_cameo_root(g->events[i].cameo)) == -1)
			continue;
		t->by_root[root].ngold++;
		t->by_root[root].tp += g2p[i] != -1;
	}
	for (i = 0; i < r->n_events; i++)
		if ((root = pred_root(&r->events[i])) >= 1 && root <= 20)
			t->by_root[root].npred++;
}

static int
score_events(const struct score_gold *g, const struct extract_result *r,
    struct score_totals *t, FILE *errs)
{
	struct keyset gr = { 0 }, gc = { 0 }, pr = { 0 }, pc = { 0 };
	int *g2p = pairs_new(g->n_events), *p2g = pairs_new(r->n_events);
	int *g2c = pairs_new(g->n_events), *c2g = pairs_new(r->n_events);
	size_t i, tp, tpc;
	int rc = -1;

	if (g2p == NULL || p2g == NULL || g2c == NULL || c2g == NULL ||
	    keyset_init(&gr, g->n_events) || keyset_init(&gc, g->n_events) ||
	    keyset_init(&pr, r->n_events) || keyset_init(&pc, r->n_events))
		goto out_free;
	for (i = 0; i < g->n_events; i++) {
		gold_event_key(&g->events[i], 0, gr.buf[i]);
		gold_event_key(&g->events[i], 1, gc.buf[i]);
	}
	for (i = 0; i < r->n_events; i++) {
		pred_event_key(&r->events[i], 0, pr.buf[i]);
		pred_event_key(&r->events[i], 1, pc.buf[i]);
	}
	/* Full codes first, so root pairs prefer the same code. */
	tpc = score_pair_equal(gc.ptr, g->n_events, pc.ptr, r->n_events, g2c, c2g);
	memcpy(g2p, g2c, g->n_events * sizeof(*g2p));
	memcpy(p2g, c2g, r->n_events * sizeof(*p2g));
	tp = tpc + score_pair_equal(gr.ptr, g->n_events, pr.ptr, r->n_events,
	    g2p, p2g);
	prf_count(&t->events, tp, r->n_events, g->n_events);
	prf_count(&t->events_code, tpc, r->n_events, g->n_events);
	count_roots(g, r, g2p, t);
	for (i = 0; i < g->n_events; i++) {
		if (g2p[i] == -1)
			continue;
		t->ev_mode_ok += strcmp(g->events[i].mode,
		    score_mode_name(r->events[g2p[i]].mode)) == 0;
		t->ev_date_ok += strcmp(g->events[i].date,
		    r->events[g2p[i]].date.value) == 0;
	}
	if (errs != NULL)
		events_report(g, r, g2p, p2g, errs);
	rc = 0;
out_free:
	keyset_free(&gr);
	keyset_free(&gc);
	keyset_free(&pr);
	keyset_free(&pc);
	free(g2p);
	free(p2g);
	free(g2c);
	free(c2g);
	return rc;
}

static int
time_is_date(const struct extract_time *x)
{
	return strcmp(x->type, "DATE") == 0 || strcmp(x->type, "TIME") == 0;
}

static void
times_report(const struct score_gold *g, const struct extract_result *r,
    const int *g2p, const int *p2g, FILE *f)
{
	const struct score_gold_item *gi;
	size_t i, j;

	for (i = 0; i < g->n_times; i++) {
		if (g2p[i] != -1)
			continue;
		gi = &g->times[i];
		fprintf(f, "%s: missing time \"%s\" %s", g->name, gi->text,
		    gi->value);
		for (j = 0; j < r->n_times; j++)
			if (score_spans_overlap(gi->span, r->times[j].span))
				fprintf(f, " (got %s %s)", r->times[j].type,
				    r->times[j].value);
		fputc('\n', f);
	}
	for (j = 0; j < r->n_times; j++) {
		if (p2g[j] != -1 || !time_is_date(&r->times[j]))
			continue;
		fprintf(f, "%s: spurious time ", g->name);
		print_span(f, g, r->times[j].span);
		fprintf(f, " %s\n", r->times[j].value);
	}
}

static int
score_times(const struct score_gold *g, const struct extract_result *r,
    struct score_totals *t, FILE *errs)
{
	int *g2p = pairs_new(g->n_times), *p2g = pairs_new(r->n_times);
	size_t i, j, tp = 0, np = 0;

	if (g2p == NULL || p2g == NULL) {
		free(g2p);
		free(p2g);
		return -1;
	}
	for (j = 0; j < r->n_times; j++)
		np += time_is_date(&r->times[j]);
	for (i = 0; i < g->n_times; i++) {
		for (j = 0; j < r->n_times && g2p[i] == -1; j++) {
			if (p2g[j] != -1 || !time_is_date(&r->times[j]) ||
			    !score_spans_overlap(g->times[i].span,
			    r->times[j].span) ||
			    strcmp(g->times[i].value, r->times[j].value) != 0)
				continue;
			g2p[i] = (int)j;
			p2g[j] = (int)i;
			tp++;
		}
	}
	prf_count(&t->times, tp, np, g->n_times);
	if (errs != NULL)
		times_report(g, r, g2p, p2g, errs);
	free(g2p);
	free(p2g);
	return 0;
}

/* The name of an actor, else its text. */
static const char *
actor_label(const struct extract_actor *a)
{
	return nz(a->name)[0] ? a->name : nz(a->text);
}

const struct gaz_entry *
score_resolve(const struct gazetteer *gz, const char *s)
{
	const struct gaz_entry *e = NULL;
	struct text_doc doc;

	if (gz == NULL || s == NULL || s[0] == '\0' ||
	    !text_utf8_valid(s, strlen(s)))
		return NULL;
	text_doc_init(&doc);
	if (text_analyze(&doc, s, strlen(s)) == 0 && doc.ntoks > 0 &&
	    gazetteer_match(gz, &doc, 0, &e) != doc.ntoks)
		e = NULL;
	text_doc_clear(&doc);
	return e;
}

/* 1 when a and b fold to the same non-empty name. */
static int
same_folded(const char *a, const char *b)
{
	char fa[NAME_MAX_FOLD], fb[NAME_MAX_FOLD];

	fold_name(a, fa, sizeof(fa));
	fold_name(b, fb, sizeof(fb));
	return fa[0] != '\0' && strcmp(fa, fb) == 0;
}

/* 1 when string s resolves to an entry of E's type and display name. */
static int
resolves_to(const struct gazetteer *gz, const char *s,
    const struct gaz_entry *e)
{
	const struct gaz_entry *f;

	for (f = score_resolve(gz, s); f != NULL; f = f->next)
		if (f->type == e->type && same_folded(f->name, e->name))
			return 1;
	return 0;
}

/* 1 when actor a names gazetteer entry e: its display name or a phrase. */
static int
actor_is_entry(const struct gazetteer *gz, const struct gaz_entry *e,
    const struct extract_actor *a)
{
	return same_folded(e->name, a->name) ||
	    score_name_match(e->name, a->name) ||
	    resolves_to(gz, a->name, e) || resolves_to(gz, a->text, e);
}

/* e's CAMEO code when it names one actor, not a bare role ("GOV"). */
static int
entry_cameo_is(const struct gaz_entry *e, const char *cameo)
{
	return e->cameo[0] != '\0' && strcmp(e->cameo, e->role) != 0 &&
	    strcmp(e->cameo, cameo) == 0;
}

static int
entry_country_role_is(const struct gaz_entry *e,
    const struct extract_actor *a)
{
	return e->country[0] != '\0' && e->role[0] != '\0' &&
	    strcmp(e->country, a->country) == 0 && strcmp(e->role, a->role) == 0;
}

/*
 * 1 when actor a carries a name of its own: not empty, not a role word
 * ("president", "porte-parole du Kremlin") and not the name of its own
 * country, which the extractor gives a role that names no person ("Saudi
 * Arabia" for "son homologue saoudien").
 */
static int
actor_has_own_name(const struct gazetteer *gz, const struct extract_actor *a)
{
	const struct gaz_entry *x, *c;
	const char *n = nz(a->name);

	if (n[0] == '\0')
		return 0;
	for (x = score_resolve(gz, n); x != NULL; x = x->next)
		if (x->type == GAZ_ROLE)
			return 0;
	if (gz != NULL && a->country[0] != '\0' &&
	    (c = gazetteer_country(gz, a->country)) != NULL &&
	    (same_folded(c->name, n) || resolves_to(gz, n, c)))
		return 0;
	return 1;
}

/* 1 when a is a role speaking without a name of its own (GROUP, PERSON). */
static int
actor_is_bare_role(const struct gazetteer *gz, const struct extract_actor *a)
{
	return (a->kind == EXTRACT_KIND_GROUP ||
	    a->kind == EXTRACT_KIND_PERSON) && !actor_has_own_name(gz, a);
}

/* 1 when a may be a person: never a country, seat, capital or org. */
static int
actor_may_be_person(const struct extract_actor *a)
{
	return a->kind != EXTRACT_KIND_COUNTRY &&
	    a->kind != EXTRACT_KIND_ORGANIZATION &&
	    a->kind != EXTRACT_KIND_LOCATION;
}

/*
 * Identity rules of score_speaker_match() for one resolved entry e: 2 when
 * s is that very person, organization or country, 3 when s only shares its
 * codes (a bare role with the person's country and role), 0 otherwise.
 */
static int
speaker_entry_level(const struct gazetteer *gz, const struct gaz_entry *e,
    const struct extract_actor *s)
{
	int person = s->kind == EXTRACT_KIND_PERSON;

	switch (e->type) {
	case GAZ_PERSON:
		if (actor_may_be_person(s) && actor_is_entry(gz, e, s))
			return 2;
		return actor_is_bare_role(gz, s) && (entry_cameo_is(e,
		    s->cameo) || entry_country_role_is(e, s)) ? 3 : 0;
	case GAZ_ROLE:
	case GAZ_SEAT:
		return entry_cameo_is(e, s->cameo) ||
		    entry_country_role_is(e, s) ? 3 : 0;
	case GAZ_COUNTRY:
		/* A named person is never his country. */
		if (person && actor_has_own_name(gz, s))
			return 0;
		if (entry_cameo_is(e, s->cameo))
			return 2;
		return e->country[0] != '\0' &&
		    strcmp(e->country, s->country) == 0 ? 3 : 0;
	case GAZ_ORG:
		/* Parties and armed groups share "PSEREB": name them. */
		if (e->country[0] != '\0')
			return actor_is_entry(gz, e, s) ? 2 : 0;
		/* A person speaking for the IGO shares only its code. */
		if (entry_cameo_is(e, s->cameo))
			return person ? 3 : 2;
		return 0;
	case GAZ_CITY:
		return (e->flags & GAZ_F_CAPITAL) &&
		    entry_cameo_is(e, s->cameo) ? 3 : 0;
	default:
		return 0;
	}
}

/*
 * 1 when gold speaker gold is a person: the gazetteer knows him, or a gold
 * PERSON entity of the article bears that name.
 */
static int
gold_speaker_is_person(const struct score_gold *g, const char *gold)
{
	const struct gaz_entry *e;
	size_t i;

	for (e = score_resolve(g->gaz, gold); e != NULL; e = e->next)
		if (e->type == GAZ_PERSON)
			return 1;
	for (i = 0; i < g->n_entities; i++)
		if (g->entities[i].kind == EXTRACT_KIND_PERSON &&
		    score_name_match(g->entities[i].text, gold))
			return 1;
	return 0;
}

/*
 * A gold speaker the gazetteer cannot place ("ministère iranien des affaires
 * étrangères"): the country of a gold ORGANIZATION/COUNTRY entity of that
 * name, for an actor that is not a named person ("Iran", "le ministère").
 */
static int
speaker_entity_country(const struct score_gold *g, const char *gold,
    const struct extract_actor *s)
{
	char fg[NAME_MAX_FOLD], fe[NAME_MAX_FOLD];
	const struct score_gold_item *e;
	size_t i;

	if (s->kind == EXTRACT_KIND_PERSON && actor_has_own_name(g->gaz, s))
		return 0;
	fold_name(gold, fg, sizeof(fg));
	for (i = 0; i < g->n_entities; i++) {
		e = &g->entities[i];
		if ((e->kind != EXTRACT_KIND_ORGANIZATION &&
		    e->kind != EXTRACT_KIND_COUNTRY) || e->country[0] == '\0')
			continue;
		fold_name(e->text, fe, sizeof(fe));
		if (strcmp(fe, fg) == 0)
			return strcmp(e->country, s->country) == 0;
	}
	return 0;
}

/*
 * How extracted speaker s matches gold speaker gold: 1 on the names, 2 on
 * the gazetteer identity, 3 on codes only, 0 not at all. A gold person is
 * matched by the person rules only, whatever else his name resolves to.
 */
static int
speaker_match_level(const struct score_gold *g, const char *gold,
    const struct extract_actor *s)
{
	const struct gaz_entry *e;
	int best = 0, l, person;

	if (nz(s->name)[0] == '\0' && nz(s->text)[0] == '\0')
		return 0;
	if (score_name_match(gold, s->name) || score_name_match(gold, s->text))
		return 1;
	person = gold_speaker_is_person(g, gold);
	for (e = score_resolve(g->gaz, gold); e != NULL; e = e->next) {
		if (person && e->type != GAZ_PERSON)
			continue;
		if ((l = speaker_entry_level(g->gaz, e, s)) != 0 &&
		    (best == 0 || l < best))
			best = l;
	}
	if (best == 0 && !person && speaker_entity_country(g, gold, s))
		best = 3;
	return best;
}

int
score_speaker_match(const struct score_gold *g, const char *gold,
    const struct extract_actor *s)
{
	return speaker_match_level(g, gold, s) > 0;
}

static void
quotes_report(const struct score_gold *g, const struct extract_result *r,
    const int *g2p, const int *p2g, FILE *f)
{
	const struct extract_quote *q;
	size_t i, j;

	for (i = 0; i < g->n_quotes; i++) {
		if (g2p[i] != -1)
			continue;
		fprintf(f, "%s: missing quote \"%s\" by %s", g->name,
		    g->quotes[i].text, g->quotes[i].value);
		for (j = 0; j < r->n_quotes; j++)
			if (score_spans_overlap(g->quotes[i].span,
			    r->quotes[j].span))
				fprintf(f, " (got speaker \"%s\")",
				    actor_label(&r->quotes[j].speaker));
		fputc('\n', f);
	}
	for (i = 0; i < g->n_quotes; i++) {
		if (g2p[i] == -1 || speaker_match_level(g, g->quotes[i].value,
		    &r->quotes[g2p[i]].speaker) != 3)
			continue;
		q = &r->quotes[g2p[i]];
		fprintf(f, "%s: quote \"%s\" by %s matched on codes only: got "
		    "\"%s\" %s %s %s\n", g->name, g->quotes[i].text,
		    g->quotes[i].value, actor_label(&q->speaker),
		    q->speaker.country[0] ? q->speaker.country : "-",
		    q->speaker.role[0] ? q->speaker.role : "-",
		    q->speaker.cameo[0] ? q->speaker.cameo : "-");
	}
	for (j = 0; j < r->n_quotes; j++) {
		if (p2g[j] != -1)
			continue;
		q = &r->quotes[j];
		fprintf(f, "%s: spurious quote ", g->name);
		print_span(f, g, q->span);
		fprintf(f, " by \"%s\"\n", actor_label(&q->speaker));
	}
}

/* Pair quotes on overlapping spans, with the speaker too when spk is 1. */
static size_t
quotes_pair(const struct score_gold *g, const struct extract_result *r,
    int spk, int *g2p, int *p2g)
{
	size_t i, j, tp = 0;

	for (i = 0; i < g->n_quotes; i++) {
		for (j = 0; j < r->n_quotes && g2p[i] == -1; j++) {
			if (p2g[j] != -1 || !score_spans_overlap(
			    g->quotes[i].span, r->quotes[j].span))
				continue;
			if (spk && !score_speaker_match(g, g->quotes[i].value,
			    &r->quotes[j].speaker))
				continue;
			g2p[i] = (int)j;
			p2g[j] = (int)i;
			tp++;
		}
	}
	return tp;
}

static int
score_quotes(const struct score_gold *g, const struct extract_result *r,
    struct score_totals *t, FILE *errs)
{
	int *g2p = pairs_new(g->n_quotes), *p2g = pairs_new(r->n_quotes);
	int *g2s = pairs_new(g->n_quotes), *s2g = pairs_new(r->n_quotes);
	size_t i;
	int rc = -1;

	if (g2p == NULL || p2g == NULL || g2s == NULL || s2g == NULL)
		goto out_free;
	prf_count(&t->quotes, quotes_pair(g, r, 1, g2p, p2g), r->n_quotes,
	    g->n_quotes);
	for (i = 0; i < g->n_quotes; i++)
		t->quotes_by_code += g2p[i] != -1 && speaker_match_level(g,
		    g->quotes[i].value, &r->quotes[g2p[i]].speaker) == 3;
	prf_count(&t->quote_spans, quotes_pair(g, r, 0, g2s, s2g),
	    r->n_quotes, g->n_quotes);
	if (errs != NULL)
		quotes_report(g, r, g2p, p2g, errs);
	rc = 0;
out_free:
	free(g2p);
	free(p2g);
	free(g2s);
	free(s2g);
	return rc;
}

static int
entity_kind_scored(enum extract_kind k)
{
	return k >= EXTRACT_KIND_PERSON && k <= EXTRACT_KIND_LOCATION;
}

/* 1 when folded needle occurs in folded hay as whole words. */
static int
contains_words(const char *hay, const char *needle)
{
	size_t nl = strlen(needle);
	const char *p;

	for (p = strstr(hay, needle); nl > 0 && p != NULL;
	    p = strstr(p + 1, needle)) {
		if ((p == hay || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[nl]))
			return 1;
	}
	return 0;
}

/*
 * 1 when a mention of e overlaps the gold text where the article has it:
 * its located span, or when it is not located (a dateline "CARACAS" for
 * "Caracas") an occurrence of the folded gold text fg as whole words inside
 * the folded mention.
 */
static int
entity_mention_covers(const struct score_gold *g,
    const struct score_gold_item *ge, const char *fg,
    const struct extract_entity *e)
{
	char fm[NAME_MAX_FOLD];
	struct extract_span m;
	int located = ge->span.end > ge->span.start;
	size_t i;

	for (i = 0; i < e->n_mentions; i++) {
		m = e->mentions[i];
		if (m.end <= m.start || m.end > g->text_len)
			continue;
		if (located) {
			if (score_spans_overlap(m, ge->span))
				return 1;
			continue;
		}
		text_fold(g->text + m.start, m.end - m.start, fm, sizeof(fm));
		if (contains_words(fm, fg))
			return 1;
	}
	return 0;
}

/* 1 when e names gazetteer entry x: its display name, name or text. */
static int
entity_is_entry(const struct gazetteer *gz, const struct gaz_entry *x,
    const struct extract_entity *e)
{
	return same_folded(x->name, e->name) || resolves_to(gz, e->name, x) ||
	    resolves_to(gz, e->text, x);
}

/*
 * Identity of e against gold text gt: 1 when the gazetteer resolves gt to
 * an entry e names, or to a country or an IGO/NGO without a country whose
 * CAMEO code e has while e's name resolves to no other entry ("UN
 * Secretary-General" shares IGOUNO but is not "ONU"); 0 when gt resolves
 * but not to e; -1 when gt does not resolve (nothing to compare).
 */
static int
entity_identity(const struct gazetteer *gz, const char *gt,
    const struct extract_entity *e)
{
	const struct gaz_entry *x = score_resolve(gz, gt);
	int other = score_resolve(gz, e->name) != NULL;

	if (x == NULL)
		return -1;
	for (; x != NULL; x = x->next) {
		if (entity_is_entry(gz, x, e))
			return 1;
		if (!other && (x->type == GAZ_COUNTRY || (x->type == GAZ_ORG &&
		    x->country[0] == '\0')) && entry_cameo_is(x, e->cameo))
			return 1;
	}
	return 0;
}

/*
 * How gold entity ge matches extracted e: 1 on the folded name or text, 2
 * on a mention overlapping the gold text with a compatible identity, 3 on
 * the gazetteer identity, 0 not at all. ignore_kind still keeps a person
 * apart from everything else.
 */
static int
entity_match_level(const struct score_gold *g,
    const struct score_gold_item *ge, const struct extract_entity *e,
    int ignore_kind)
{
	char fg[NAME_MAX_FOLD];
	int id;

	if (!ignore_kind && ge->kind != e->kind)
		return 0;
	fold_name(ge->text, fg, sizeof(fg));
	if (fg[0] == '\0')
		return 0;
	if (same_folded(ge->text, e->name) || same_folded(ge->text, e->text))
		return 1;
	id = entity_identity(g->gaz, ge->text, e);
	if (id != 0 && (ge->kind == EXTRACT_KIND_PERSON) ==
	    (e->kind == EXTRACT_KIND_PERSON) &&
	    entity_mention_covers(g, ge, fg, e))
		return 2;
	return id == 1 ? 3 : 0;
}

int
score_entity_match(const struct score_gold *g,
    const struct score_gold_item *ge, const struct extract_entity *e,
    int ignore_kind)
{
	return entity_match_level(g, ge, e, ignore_kind) > 0;
}

static const char *
kind_name(enum extract_kind k)
{
	static const char *kinds[] = { "UNSPECIFIED", "PERSON",
	    "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP" };

	return (unsigned)k < sizeof(kinds) / sizeof(kinds[0]) ? kinds[k] : "?";
}

static const char *
entity_label(const struct extract_entity *e)
{
	return nz(e->name)[0] ? e->name : nz(e->text);
}

/*
 * Unpaired extracted entity that would match unpaired gold entity i but for
 * its kind ("Kremlin": gold ORGANIZATION, extracted COUNTRY), or -1.
 */
static int
entity_kind_mismatch(const struct score_gold *g, const struct extract_result *r,
    size_t i, const int *p2g)
{
	size_t j;

	for (j = 0; j < r->n_entities; j++)
		if (p2g[j] == -1 && entity_kind_scored(r->entities[j].kind) &&
		    score_entity_match(g, &g->entities[i], &r->entities[j], 1))
			return (int)j;
	return -1;
}

static void
entities_report(const struct score_gold *g, const struct extract_result *r,
    const int *g2p, const int *p2g, FILE *f)
{
	const struct score_gold_item *ge;
	size_t i;
	int j;

	for (i = 0; i < g->n_entities; i++) {
		if (g2p[i] != -1)
			continue;
		ge = &g->entities[i];
		if ((j = entity_kind_mismatch(g, r, i, p2g)) != -1)
			fprintf(f, "%s: kind mismatch entity \"%s\": gold %s, "
			    "extracted %s \"%s\"\n", g->name, ge->text,
			    kind_name(ge->kind), kind_name(r->entities[j].kind),
			    entity_label(&r->entities[j]));
		else
			fprintf(f, "%s: missing entity \"%s\" %s\n", g->name,
			    ge->text, kind_name(ge->kind));
	}
	for (i = 0; i < r->n_entities; i++)
		if (p2g[i] == -1 && entity_kind_scored(r->entities[i].kind))
			fprintf(f, "%s: spurious entity \"%s\" %s\n", g->name,
			    entity_label(&r->entities[i]),
			    kind_name(r->entities[i].kind));
}

/* Pair entities whose match level is at most level; returns new pairs. */
static size_t
entities_pair(const struct score_gold *g, const struct extract_result *r,
    int level, int *g2p, int *p2g)
{
	size_t i, j, tp = 0;
	int m;

	for (i = 0; i < g->n_entities; i++) {
		for (j = 0; j < r->n_entities && g2p[i] == -1; j++) {
			if (p2g[j] != -1)
				continue;
			m = entity_match_level(g, &g->entities[i],
			    &r->entities[j], 0);
			if (m == 0 || m > level)
				continue;
			g2p[i] = (int)j;
			p2g[j] = (int)i;
			tp++;
		}
	}
	return tp;
}

static int
score_entities(const struct score_gold *g, const struct extract_result *r,
    struct score_totals *t, FILE *errs)
{
	int *g2p = pairs_new(g->n_entities), *p2g = pairs_new(r->n_entities);
	size_t i, j, tp = 0, np = 0;
	int level;

	if (g2p == NULL || p2g == NULL) {
		free(g2p);
		free(p2g);
		return -1;
	}
	for (j = 0; j < r->n_entities; j++)
		np += entity_kind_scored(r->entities[j].kind);
	/* Names first, so a looser rule cannot take another's partner. */
	for (level = 1; level <= 3; level++)
		tp += entities_pair(g, r, level, g2p, p2g);
	prf_count(&t->entities, tp, np, g->n_entities);
	for (i = 0; i < g->n_entities; i++)
		t->ent_kind_mismatch += g2p[i] == -1 &&
		    entity_kind_mismatch(g, r, i, p2g) != -1;
	if (errs != NULL)
		entities_report(g, r, g2p, p2g, errs);
	free(g2p);
	free(p2g);
	return 0;
}

int
score_article(const struct score_gold *g, const struct extract_result *r,
    struct score_totals *t, FILE *errs)
{
	t->articles++;
	if (score_events(g, r, t, errs) == -1 ||
	    score_times(g, r, t, errs) == -1 ||
	    score_quotes(g, r, t, errs) == -1 ||
	    score_entities(g, r, t, errs) == -1)
		return -1;
	return 0;
}
