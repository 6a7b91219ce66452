/*
 * score: compares extraction results with hand-coded gold annotations.
 * Matching rules (used by `newsev eval`):
 *  - events match on (source key, target key, CAMEO root), one-to-one, where
 *    an actor's key is its ISO country when set, else its CAMEO actor code;
 *  - times match on an overlapping span and the same TIMEX3 value;
 *  - quotes match on an overlapping span and the same speaker: folded names
 *    (a last-name match allowed), the gazetteer identity of the gold speaker,
 *    or for a speaker the gazetteer cannot place the country of a gold
 *    organization/country entity of that name (see score_speaker_match());
 *  - entities match on the kind and the name, a mention overlapping the gold
 *    text with a compatible identity, or the gazetteer identity (see
 *    score_entity_match()).
 */
#ifndef NEWSEV_SCORE_H
#define NEWSEV_SCORE_H

#include <stddef.h>
#include <stdio.h>

#include "newsev/extract.h"

struct gazetteer;
struct gaz_entry;

/* Counts for precision and recall; pairs are one-to-one so tp is shared. */
struct score_prf {
	size_t tp;
	size_t npred;
	size_t ngold;
};

/* A gold event: actor keys, CAMEO code ("042"), mode name, TIMEX3 date. */
struct score_gold_event {
	const char *source;
	const char *target;
	const char *cameo;
	const char *mode;
	const char *date;
	const char *evidence;
};

/* A gold time, quote or entity; span resolved in the article text. */
struct score_gold_item {
	const char *text;
	const char *value;	/* time: TIMEX3 value; quote: speaker */
	enum extract_kind kind;	/* entity kind */
	const char *country;	/* entity country, "" if none */
	struct extract_span span;
};

/* One gold article: everything a careful coder annotated. */
struct score_gold {
	const char *name;	/* file name, for error lines */
	const char *text;
	size_t text_len;
	const struct score_gold_event *events;
	size_t n_events;
	const struct score_gold_item *times;
	size_t n_times;
	const struct score_gold_item *quotes;
	size_t n_quotes;
	const struct score_gold_item *entities;
	size_t n_entities;
	const struct gazetteer *gaz;	/* identity rules; NULL: names only */
};

/* Totals over a gold set. Zero it before the first score_article(). */
struct score_totals {
	size_t articles;
	struct score_prf events;	/* source, target, CAMEO root */
	struct score_prf events_code;	/* source, target, full CAMEO code */
	size_t ev_mode_ok;		/* matched events with the gold mode */
	size_t ev_date_ok;		/* matched events with the gold date */
	struct score_prf times;
	struct score_prf quotes;	/* span and speaker */
	size_t quotes_by_code;		/* of quotes.tp: speaker codes only */
	struct score_prf quote_spans;	/* span only */
	struct score_prf entities;
	size_t ent_kind_mismatch;	/* gold entities missed for kind only */
	struct score_prf by_root[21];	/* events per CAMEO root, 1..20 */
};

/* Precision, recall and F1 of s; 0 when undefined. */
double score_precision(const struct score_prf *s);
double score_recall(const struct score_prf *s);
double score_f1(const struct score_prf *s);

/* Key of an actor: its country when set, else its CAMEO code (may be ""). */
const char *score_actor_key(const struct extract_actor *a);

/* CAMEO root (1..20) of a code such as "0874", or -1 when malformed. */
int score_cameo_root(const char *code);

/* Name of a mode ("ASSERTED"), "" for UNSPECIFIED. */
const char *score_mode_name(enum extract_mode m);

/* Kind from its gold name ("PERSON"), EXTRACT_KIND_UNSPECIFIED if unknown. */
enum extract_kind score_kind_parse(const char *s);

/*
 * Pair equal keys one-to-one (multiset intersection). Only entries still
 * unpaired (-1 in g2p / p2g) are considered, so calls chain from strict keys
 * to loose ones. Returns the number of new pairs.
 */
size_t score_pair_equal(const char *const *gold, size_t ng,
    const char *const *pred, size_t np, int *g2p, int *p2g);

/*
 * 1 when the person or organization names match ignoring case and
 * diacritics, or when the shorter is the last words of the longer
 * ("Lourenço" vs "João Lourenço"); else 0.
 */
int score_name_match(const char *a, const char *b);

/* 1 when the byte spans share at least one byte. */
int score_spans_overlap(struct extract_span a, struct extract_span b);

/*
 * Find needle in text[from..len) and set *out to its span. Returns 0, or
 * -1 when absent.
 */
int score_find(const char *text, size_t len, const char *needle, size_t from,
    struct extract_span *out);

/*
 * The gazetteer entries (first; more via ->next) that the whole of string s
 * names as one phrase, as the extractor would match it in an article
 * ("Union européenne", "le Kremlin", "Poutine"); NULL when gz is NULL or s
 * is not exactly one phrase. The entries belong to gz.
 */
const struct gaz_entry *score_resolve(const struct gazetteer *gz,
    const char *s);

/*
 * 1 when extracted speaker s is the gold speaker gold of article g. Never for
 * a speaker with neither a name nor a text, whatever its codes. Names first:
 * score_name_match() on its name or text. A "bare role" below is a GROUP or
 * PERSON actor with no name of its own: an empty name, a role word
 * ("president") or the name of its own country (what the extractor gives
 * "son homologue saoudien"). Identity rules, when g->gaz resolves gold
 * (score_resolve()):
 *  - a gazetteer person: s is that person (its name or text resolves to
 *    the same entry, and s is no country, seat, capital or organization),
 *    or a bare role with his CAMEO code or his country and role. Another
 *    named person, a seat ("Kremlin"), a capital ("Moscow") or the country
 *    never matches. A gold person (in the gazetteer, or a gold PERSON
 *    entity of that name) gets no other rule: a person the gazetteer does
 *    not know is matched on the names only;
 *  - a role or a seat of power with a country: s has its CAMEO code, or its
 *    country and role (any kind, a named person included);
 *  - a country: s has its CAMEO code, or s is an actor of that country
 *    (its government, seat, capital, a bare role), never a named person;
 *  - an IGO or NGO without a country, or a capital: s has its CAMEO code
 *    (a person speaking for the IGO included);
 *  - an organization of one country (party, armed group: codes such as
 *    PSEREB are shared): s names the same entry.
 * A gold speaker that is no person and that the rules above do not match
 * ("ministère iranien des affaires étrangères") matches an s that is not a
 * named person of the country of a gold ORGANIZATION/COUNTRY entity bearing
 * that name. Matches on codes only (a bare role for a person, a person for
 * an IGO, a country's actor, a gold entity's country) are counted apart in
 * score_totals.quotes_by_code. Returns 0 otherwise.
 */
int score_speaker_match(const struct score_gold *g, const char *gold,
    const struct extract_actor *s);

/*
 * 1 when gold entity ge of article g is extracted entity e: the kinds agree,
 * and either the folded gold text equals e's folded name or text; or a
 * mention of e overlaps the gold text's located span (or, when the gold
 * text was not found as written, such as a dateline "CARACAS", holds it as
 * whole words, case and accents ignored) while e's identity is compatible;
 * or the identity matches. Identity, when g->gaz resolves the gold text: e's
 * name or text names the same entry, or for a country or an IGO/NGO without
 * a country e has its CAMEO code and a name that resolves to no other entry
 * ("UN Secretary-General" shares IGOUNO but is not "ONU"); when the gold
 * text does not resolve any e is compatible. With ignore_kind 1 the kinds
 * are not compared, except that a mention of a person never covers a
 * non-person or the reverse (used to report kind mismatches, never to
 * score). Returns 0 otherwise.
 */
int score_entity_match(const struct score_gold *g,
    const struct score_gold_item *ge, const struct extract_entity *e,
    int ignore_kind);

/*
 * Score result r against gold g and add the counts to t. With errs non-NULL,
 * print one line per missing or spurious item, prefixed with g->name.
 * Returns 0, or -1 when memory runs out.
 */
int score_article(const struct score_gold *g, const struct extract_result *r,
    struct score_totals *t, FILE *errs);

#endif
