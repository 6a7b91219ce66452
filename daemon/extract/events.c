/*
 * events: clause-level coding without a parser. For each trigger token the
 * best pattern is chosen (patterns whose "needs" words occur nearby beat
 * generic ones); the source is the nearest actor before it that is not
 * behind a preposition (or the agent of a passive, or the subject carried
 * from the previous sentence), the target the actor after "avec", "contre",
 * "entre X et", the visited place, or the first actor after it.
 *
 * Around that core, the clause readings a parser would give, each a small
 * function below: relative clauses and appositions set off by commas,
 * coordinated subjects, verbs and objects ("et", "mais"), joint acts and
 * "les deux pays" (one event, first-named first), fronted
 * participle phrases, passives (with "été", "être", the future, or a
 * participle and "par"; agentless ones fall back on the story's pair),
 * content clauses of appeals, accusations and reports, performative verbs
 * in first-person quotations (the speaker's act), denials answering their
 * accuser, reactions answering the author of the event they name (both
 * parties of a joint act), patient nouns ("l'arrestation de X par Y"),
 * talks organized by a third party (its mediation), what an agreement
 * allows (no event). When the clause names no target, one is guessed from
 * the event just coded or the lead event (tgt_guess): never for a meeting
 * verb that names no one met or a launch toward the open sea, and the
 * other side of the same country when the story's lead pair are a
 * government and its rebels. Modes come from cues, tense and the date
 * (find_mode, emit).
 *
 * Dates (find_date, emit): the nearest day-naming expression of the
 * trigger's clause, else of its sentence outside other clauses; not the
 * dateline, not a time that belongs to something else: a perfect
 * infinitive or a participle after the trigger ("accusé d'avoir bombardé
 * ... la veille", "a visit planned for next week"), the complement of "un
 * jour après" (whose act lies that many days before), a relative or
 * apposition set off by commas (and no past time for a present-tense
 * relative, "..., qu'elle accuse de"), a subordinate clause ("since
 * protests began in mid-June"), an event noun in the object ("condemned
 * incursions ... last month"), a coordinated predicate (a time ending the
 * first one, a day to come in the second), a future deadline of a threat
 * or promise, a time across a semicolon, a limit ("jusqu'à 2028", "sa
 * première visite depuis 2019": timex_hit.bound), a gerund's ("accused X
 * of attacking ... the previous day"), a possessive's ("condemned last
 * week's visit"), a month or year in an apposition before the trigger
 * ("Le président, élu en 2022, a rencontré") or after it ("a rencontré son
 * homologue, réélu en 2021"; not a list of names, "in China, Turkey and
 * the UAE in late May"). A time right after a
 * reporting verb before the trigger ("a annoncé mardi qu'elle livrerait
 * ... en septembre") dates the report: a time of the reported clause wins
 * over it. A time after the reporting verb of a closing incise ("...,
 * a indiqué lundi le ministère") dates the whole statement; the imperfect
 * of a restrictive relative ("des étudiants qui bloquaient") takes the
 * main clause's time, a purpose infinitive ("pour réclamer") the time of
 * the verb it serves. A clause with no time of its own takes the day of
 * the event it refers back to: the event noun after "après"/"lors
 * de"/"after"/"during" or opening the sentence, the text a document noun
 * names, the arrival a host receives, the crowd a police dispersal meets,
 * the occasion of a reaction in a relative ("..., X, qui a salué"), the
 * same act coded before, the sentence "alors" points to, the dated
 * quotation of the same speaker that follows; else the publication day.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsev/actors.h"
#include "newsev/dict.h"
#include "newsev/events.h"
#include "newsev/gazetteer.h"
#include "newsev/patterns.h"
#include "newsev/xctx.h"

#define PRE_WIN 4
#define NEED_BEFORE 6
#define NEED_AFTER 10	/* "send a team of medics and 20 tonnes of supplies" */
#define NEED_NEAR 6
#define TARGET_WIN 14
#define SHORT_QUOTE 3	/* words of a quoted fragment still coded */
#define TOPIC_CODES 16	/* event codes whose authors a reaction may name */

struct trig {
	size_t tok;
	const struct pat_pattern *pat;
	unsigned tense;
	int needs_met;
};

/* Events under construction, with a hash index on the identity key. */
struct evset {
	struct extract_event *ev;
	uint64_t *keys;
	size_t n, cap;
	struct extract_span **spans;	/* growing mention spans per event */
	size_t *nspans, *spancap;
	char pubday[32];		/* publication day, computed once */
	int msorted;			/* x->m is in token order */
};

#define wc xctx_wclass

static const char *
norm(const struct xctx *x, size_t i)
{
	return text_tok_norm(&x->doc, i);
}

static int
lang_ok(const struct xctx *x, const struct pat_pattern *p)
{
	const char *a = x->lang;

	if (a[0] == 'u' && a[1] == 'n' && a[2] == 'd' && a[3] == '\0')
		return 1;
	for (size_t i = 0; i < sizeof(p->lang); i++) {
		if (a[i] != p->lang[i])
			return 0;
		if (a[i] == '\0')
			return 1;
	}
	return a[sizeof(p->lang)] == '\0';
}

/* w equals need nd, or starts with nd's stem when nd ends in '*'. */
static int
need_match(const char *w, const char *nd)
{
	size_t j = 0;

	while (nd[j] != '\0' && nd[j] == w[j])
		j++;
	if (nd[j] == '\0')
		return w[j] == '\0' || (j > 0 && nd[j - 1] == '*');
	return nd[j] == '*' && nd[j + 1] == '\0';
}

/* The first noun pattern of token i in the article's language, needs or not. */
static const struct pat_pattern *
noun_pattern(const struct xctx *x, size_t i)
{
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && (h->pat->flags & PAT_F_NOUN) &&
		    !(h->pat->flags & PAT_F_SAY))
			return h->pat;
	return NULL;
}

/*
 * Tokens of short quoted fragments within NEED_AFTER tokens after t ("a
 * suspendu « jusqu'à nouvel ordre » les activités des partis"): they do
 * not count against the window of needs.
 */
static size_t
quoted_after(const struct xctx *x, size_t t, size_t s1)
{
	size_t extra = 0;

	for (size_t i = t + 1; i < s1 && i <= t + NEED_AFTER + extra; i++) {
		size_t j;

		if (x->doc.toks[i].type != TOK_QUOTE_OPEN)
			continue;
		for (j = i + 1; j < s1 && j <= i + 7; j++)
			if (x->doc.toks[j].type == TOK_QUOTE_CLOSE)
				break;
		if (j >= s1 || j > i + 7)
			return extra;	/* a long quotation: not skipped */
		extra += j - i + 1;
		i = j;
	}
	return extra;
}

/*
 * A needs word of p within the window around token t of sentence [s0,s1),
 * from `before` tokens before it. A need stored with a leading '>'
 * ("+word" in the file) counts only after the trigger: the content of the
 * act, not a word of its subject.
 */
static int
needs_at(const struct xctx *x, const struct pat_pattern *p, size_t t,
    size_t s0, size_t s1, size_t extra, size_t before, size_t *where)
{
	size_t a = t > s0 + before ? t - before : s0;
	size_t b = t + NEED_AFTER + extra + 1 < s1 ? t + NEED_AFTER + extra +
	    1 : s1;

	for (size_t i = a; i < b; i++) {
		const char *w;

		if (i == t)
			continue;
		if (i > t + NEED_NEAR + extra && (wc(x, i) & W_CLAUSE))
			break;		/* far needs stay in the clause */
		w = norm(x, i);
		if (!(p->needs_first & PAT_NEED_BIT(w[0])))
			continue;	/* no need starts with this letter */
		for (size_t k = 0; k < p->nneeds; k++) {
			const char *nd = p->needs[k];

			if (nd[0] == '>') {
				if (i < t)
					continue;	/* after only */
				nd++;
			}
			if (nd[0] != w[0])
				continue;	/* most words: one compare */
			if (need_match(w, nd)) {
				*where = i;
				return 1;
			}
		}
	}
	return 0;
}

/*
 * In English a determiner before token t makes a verb form a noun ("the
 * attack", "its support", "a visit"). French verb forms rarely follow one
 * and the listed forms ("l'égide", "un cessez-le-feu") are nouns anyway.
 * (Tried for French "une/son + verb form": it lost more than it won.)
 */
static int
after_determiner(const struct xctx *x, size_t t, size_t s0)
{
	return x->lang[0] == 'e' && t > s0 && (wc(x, t - 1) & W_DET);
}

/*
 * In French an auxiliary before token t ("a frappé", "ont attaqué", "a
 * été échangé") makes a form shared by a noun and a participle the verb:
 * "frappé" and "frappe" fold alike, and the noun line came first. The
 * auxiliary "a" is told from the preposition "à" by its source text.
 */
static int
verb_after_aux(const struct xctx *x, size_t t, size_t s0)
{
	const struct token *p;

	if (x->lang[0] != 'f' || t <= s0 ||
	    !(wc(x, t - 1) & (W_HAVEAUX | W_PASSAUX)))
		return 0;
	p = &x->doc.toks[t - 1];
	if (strcmp(norm(x, t - 1), "a") != 0)
		return 1;	/* "ont", "avait", "été" */
	return p->end - p->start == 1 &&
	    (x->doc.text[p->start] | 0x20) == 'a';	/* "a", not "à" */
}

/*
 * An English bare form that is an adjective too, right before "to" or
 * "by" with no modal, "to", auxiliary or subject pronoun before it, is the
 * adjective: "troops deployed close to the border", not "will close".
 */
static int
adjective_reading(const struct xctx *x, size_t t, size_t s0, size_t s1)
{
	const char *nx;

	if (x->lang[0] != 'e' || !(wc(x, t) & W_ADJVERB) || t + 1 >= s1)
		return 0;
	nx = norm(x, t + 1);
	if (strcmp(nx, "to") != 0 && strcmp(nx, "by") != 0)
		return 0;
	return t == s0 || !((wc(x, t - 1) & (W_MODAL | W_PRON | W_PRONPL |
	    W_HAVEAUX | W_PASSAUX)) || strcmp(norm(x, t - 1), "to") == 0);
}

/*
 * First letters (PAT_NEED_BIT) of the words needs_at() may look at around
 * token t, from `before` tokens before it: a pattern none of whose needs
 * starts with one of them cannot have its needs met, so a trigger with
 * many content lines ("appeler", "demander") scans its window once
 * instead of once per line.
 */
static uint32_t
window_letters(const struct xctx *x, size_t t, size_t s0, size_t s1,
    size_t extra, size_t before)
{
	size_t a = t > s0 + before ? t - before : s0;
	size_t b = t + NEED_AFTER + extra + 1 < s1 ? t + NEED_AFTER + extra +
	    1 : s1;
	uint32_t mask = 0;

	for (size_t i = a; i < b; i++)
		if (i != t)
			mask |= PAT_NEED_BIT(norm(x, i)[0]);
	return mask;
}

static int in_topic(const struct xctx *x, size_t t, size_t s0);

/* A topic word ("discuss", "porte") among the tokens after t, before e. */
static int
topic_between(const struct xctx *x, size_t t, size_t e)
{
	for (size_t i = t + 1; i < e; i++)
		if (x->tok_info[i].wclass & (W_TOPIC | W_TOPICON))
			return 1;
	return 0;
}

/* Best pattern triggered at token t; 0 if none. */
static int
trigger_at(const struct xctx *x, size_t t, size_t s0, size_t s1,
    struct trig *out, size_t *needtok)
{
	const struct token *tk = &x->doc.toks[t];
	const struct pat_hit *h;
	int found = 0, nominal, verbal, adj, topic = -1;
	size_t where = (size_t)-1, extra = (size_t)-1, before = NEED_BEFORE;
	uint32_t letters = 0;

	if (tk->type != TOK_WORD)
		return 0;
	nominal = after_determiner(x, t, s0);
	verbal = verb_after_aux(x, t, s0);
	adj = adjective_reading(x, t, s0, s1);
	for (h = x->tok_info[t].hits; h; h = h->next) {
		int met;

		if (!lang_ok(x, h->pat) || (nominal && !(h->pat->flags &
		    PAT_F_NOUN) && h->tense != TENSE_PART))
			continue;
		if (verbal && (h->pat->flags & PAT_F_NONE) == PAT_F_NOUN)
			continue;	/* "a frappé": no "frappe" */
					/* (a "none" sense stays) */
		if (adj && !(h->pat->flags & PAT_F_NOUN) &&
		    !(h->tense & ~(unsigned)TENSE_INF))
			continue;	/* "close to the border" */
		met = h->pat->nneeds > 0;
		if (met && found && out->needs_met &&
		    out->pat->order < h->pat->order)
			continue;	/* an earlier line's needs are met */
		if (met && extra == (size_t)-1) {
			extra = quoted_after(x, t, s1);
			/* a French passive: its needs may sit on its subject */
			before = NEED_BEFORE + (verbal &&
			    (wc(x, t - 1) & W_PASSAUX) ? 4 : 0);
			letters = window_letters(x, t, s0, s1, extra, before);
		}
		if (met && (!(h->pat->needs_first & letters) ||
		    !needs_at(x, h->pat, t, s0, s1, extra, before, &where)))
			continue;
		if (met && where != (size_t)-1 && where > t + 1 &&
		    (topic == -1 ? (topic = topic_between(x, t, where)) :
		    topic) && in_topic(x, where, t + 1))
			continue;	/* "called him to discuss the truce" */
		if (found && (out->needs_met > met || (out->needs_met == met &&
		    out->pat->order < h->pat->order)))
			continue;
		out->tok = t;
		out->pat = h->pat;
		out->tense = h->tense;
		out->needs_met = met;
		*needtok = met ? where : (size_t)-1;
		found = 1;
	}
	return found;
}

int
events_is_speech(const struct xctx *x, size_t i)
{
	struct trig tr;
	size_t nt, s0, s1;
	const struct sentence *st;

	if (i >= x->doc.ntoks)
		return 0;
	st = &x->doc.sents[x->doc.toks[i].sent];
	s0 = st->tok;
	s1 = st->tok + st->ntok;
	if (!trigger_at(x, i, s0, s1, &tr, &nt))
		return 0;
	if (tr.pat->flags & PAT_F_NOUN)
		return 0;
	return (tr.pat->flags & PAT_F_SAY) || tr.pat->code->root == 1 ||
	    (tr.pat->code->root >= 11 && tr.pat->code->root <= 13);
}

/* Mention usable as an actor starting at token i, or NULL. */
static const struct xmention *
actor_at(const struct xctx *x, size_t i)
{
	int k = actors_at(x, (uint32_t)i);
	const struct xmention *m;

	if (k < 0)
		return NULL;
	m = &x->m[k];
	if (!m->actor || m->tok != i)
		return NULL;
	if (actors_key(actors_resolve(x, m))[0] == '\0' &&
	    actors_key(m)[0] == '\0')
		return NULL;
	return m;
}

/* Token t is a form of an event noun ("drills", "strikes"). */
static int
noun_form(const struct xctx *x, size_t t)
{
	for (const struct pat_hit *h = x->tok_info[t].hits; h; h = h->next)
		if (h->pat->flags & PAT_F_NOUN)
			return 1;
	return 0;
}

/* Preposition class of the word before token i (skipping a determiner). */
static unsigned
prep_before(const struct xctx *x, size_t i, size_t s0)
{
	unsigned w;

	if (i <= s0)
		return 0;
	w = wc(x, i - 1);
	if ((w & W_TITLE) && i - 1 > s0)	/* "contre M. Ndodé" */
		w = wc(x, --i - 1);
	if ((w & W_DET) && !(w & (W_OF | W_LOC | W_OBL | W_AGENT | W_WITH |
	    W_AGAINST | W_BETWEEN | W_SELON)) && i - 1 > s0)
		w = wc(x, i - 2) | (w & W_OF);
	else if ((w & W_OF) && i - 1 > s0 && (wc(x, i - 2) & (W_AGENT |
	    W_AGAINST | W_WITH | W_BETWEEN | W_DATIVE)))
		w = wc(x, i - 2);	/* "par des policiers": no "de" after it */
	return w;
}

/*
 * Head of the noun phrase whose complement y is: "la guérilla de l'ELN",
 * "l'Armée de libération nationale (ELN)" -> the mention before "de" or
 * "(", a few steps back. y itself when it heads its phrase.
 */
static const struct xmention *
phrase_head(const struct xctx *x, const struct xmention *y, size_t s0)
{
	int t;

	if (y->kind == EXTRACT_KIND_PERSON && y->tok > s0 &&
	    (t = actors_at(x, (uint32_t)(y->tok - 1))) >= 0 &&
	    x->m[t].kind == EXTRACT_KIND_GROUP &&
	    x->m[t].tok + x->m[t].ntok == y->tok)
		y = &x->m[t];	/* "le président guyanien Irfaan Ali" */
	for (int n = 0; n < 3; n++) {
		size_t i = y->tok;
		int k;

		if (i > s0 && (wc(x, i - 1) & W_DET) && !(wc(x, i - 1) & W_LOC))
			i--;
		if (i <= s0 + 1 || !(strcmp(norm(x, i - 1), "(") == 0 ||
		    ((wc(x, i - 1) & W_OF) && !(wc(x, i - 1) & W_DET))))
			break;
		if ((k = actors_at(x, (uint32_t)(i - 2))) < 0 ||
		    x->m[k].tok + x->m[k].ntok != i - 1)
			break;
		y = &x->m[k];
	}
	return y;
}

/*
 * "Le président sénégalais, Mamadou Lamine Sarr, et son homologue": the
 * name set off by commas right before the conjunction at token i (a
 * mention, or up to four capitalized words), apposed to an actor before
 * it. The name's mention index, else the actor's, or -1.
 */
static int
apposed_name(const struct xctx *x, size_t i, size_t s0)
{
	size_t j;
	int k, h;

	if (i < s0 + 4 || x->doc.toks[i - 1].type == TOK_WORD ||
	    strcmp(norm(x, i - 1), ",") != 0)
		return -1;
	if ((k = actors_at(x, (uint32_t)(i - 2))) >= 0)
		j = x->m[k].tok;
	else
		for (j = i - 2; j > s0 + 2 && j + 6 > i &&
		    (x->doc.toks[j].flags & TOK_F_CAP) &&
		    x->doc.toks[j].type == TOK_WORD; j--)
			;
	if (k < 0)
		j++;		/* the first capitalized word */
	if (j >= i - 1 || j < s0 + 2 || x->doc.toks[j - 1].type ==
	    TOK_WORD || strcmp(norm(x, j - 1), ",") != 0 ||
	    (h = actors_at(x, (uint32_t)(j - 2))) < 0 || !x->m[h].actor)
		return -1;
	return k >= 0 ? k : h;
}

/* "X et Y" before token i: the X of a coordinated subject ending at Y. */
static const struct xmention *
coordinated(const struct xctx *x, const struct xmention *y, size_t s0)
{
	const struct xmention *m;
	size_t i;
	int k;

	y = phrase_head(x, y, s0);
	i = y->tok;
	if (i > s0 && (wc(x, i - 1) & W_DET) && !(wc(x, i - 1) & W_LOC))
		i--;			/* "et la guérilla" */
	if (i < s0 + 2 || !(wc(x, i - 1) & W_AND))
		return NULL;
	i--;
	if (strcmp(norm(x, i - 1), ")") == 0)	/* "le FMI (IMF) et" */
		for (size_t j = i - 1; j > s0 && j + 6 > i; j--)
			if (strcmp(norm(x, j - 1), "(") == 0) {
				i = j - 1;
				break;
			}
	k = actors_at(x, i - 1);
	if (k < 0 && (k = apposed_name(x, i, s0)) < 0)
		return NULL;
	if (!x->m[k].actor)
		return NULL;
	m = &x->m[k];
	return m;
}

/*
 * Earlier members of a coordinated subject ending at y ("Washington,
 * Londres, Paris et Berlin"): writes up to max of them to out, returns how many.
 */
static size_t
conjuncts(const struct xctx *x, const struct xmention *y, size_t s0,
    const struct xmention **out, size_t max)
{
	size_t n = 0;
	int k;

	while (n < max && y->tok >= s0 + 2) {
		const char *sep = text_tok_norm(&x->doc, y->tok - 1);

		if (!(wc(x, y->tok - 1) & W_AND) && strcmp(sep, ",") != 0)
			break;
		if (n == 0 && strcmp(sep, ",") == 0)
			break;		/* the list ends with "et Y" */
		k = actors_at(x, y->tok - 2);
		if (k < 0 || !x->m[k].actor || x->m[k].adj)
			break;
		y = out[n++] = &x->m[k];
	}
	return n;
}

/*
 * The other member of a joint subject of two ending at y ("X et Y ont
 * signé"); a list of three or more ("The leaders of Sweden, Norway,
 * Finland and Denmark pledged") is no pair: each member acts. An
 * apposition before the comma ("Le président sénégalais, Mamadou Lamine
 * Sarr, et son homologue") is the same actor, no list. NULL if none.
 */
static const struct xmention *
joint_pair(const struct xctx *x, const struct xmention *y, size_t s0)
{
	const struct xmention *m = coordinated(x, y, s0), *p;
	int k;

	if (m == NULL || m->tok < s0 + 2 || strcmp(norm(x, m->tok - 1), ",")
	    != 0 || (k = actors_at(x, (uint32_t)(m->tok - 2))) < 0)
		return m;
	p = &x->m[k];
	if (!p->actor || p->adj || strcmp(actors_key(actors_resolve(x, p)),
	    actors_key(actors_resolve(x, m))) == 0)
		return m;
	return NULL;		/* "A, B et C": a list */
}


/*
 * "Les deux pays ont signé", "the two leaders agreed": sets *a and *b to the
 * last two actors with distinct keys before the subject. Returns 1 if so.
 */
/*
 * Number of mentions of x that start before token i: a binary search when
 * x->m is in token order (sorted), else x->nm (callers skip the rest).
 */
static size_t
mentions_before(const struct xctx *x, size_t i, int sorted)
{
	size_t lo = 0, hi = x->nm;

	if (!sorted)
		return x->nm;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->m[mid].tok < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* 1 if the mentions of x are in token order. */
static int
mentions_sorted(const struct xctx *x)
{
	for (size_t k = 1; k < x->nm; k++)
		if (x->m[k].tok < x->m[k - 1].tok)
			return 0;
	return 1;
}

/*
 * Mention m heads "les ministres des deux pays", or an apposition about
 * them ("La Russie, alliée des deux pays", "la Turquie, médiatrice entre
 * les deux pays"): it is not one of them.
 */
static int
dual_apposition(const struct xctx *x, const struct xmention *m)
{
	size_t e = m->tok + m->ntok, n = x->doc.ntoks;

	if (e + 3 >= n || strcmp(norm(x, e), ",") != 0)
		return 0;
	for (size_t i = e + 2; i + 2 < n && i <= e + 3; i++) {
		size_t k = i + 1;

		if (!(wc(x, i) & (W_OF | W_BETWEEN)))
			continue;
		if ((wc(x, k) & W_DET) && !(wc(x, k) & W_DUAL))
			k++;		/* "entre les deux" */
		if (wc(x, k) & W_DUAL)
			return 1;
	}
	return 0;
}

static int
dual_head(const struct xctx *x, const struct xmention *m)
{
	size_t e = m->tok + m->ntok;

	return (e + 2 < x->doc.ntoks && (wc(x, e) & W_OF) &&
	    (wc(x, e + 1) & W_DUAL)) || dual_apposition(x, m);
}

/* Mention m is the source of an attribution: "selon son porte-parole". */
static int
attribution(const struct xctx *x, const struct xmention *m)
{
	return (prep_before(x, m->tok, x->doc.sents[m->sent].tok) &
	    W_SELON) != 0;
}

/*
 * The last two actors with distinct keys before token i that "les deux"
 * may stand for (states only when states is set: the two countries of a
 * story rather than the forum they went to). Returns 1 if found.
 */
static int
last_two(const struct xctx *x, size_t i, int sorted, int states,
    const struct xmention **a, const struct xmention **b)
{
	size_t k, seen = 0;

	*a = *b = NULL;
	for (k = mentions_before(x, i, sorted); k-- > 0 && seen < 64;) {
		const struct xmention *m = &x->m[k];
		const char *key;

		if (m->tok >= i || !m->actor || attribution(x, m) ||
		    dual_head(x, m))
			continue;	/* "les ministres des deux pays" */
		seen++;
		key = actors_key(actors_resolve(x, m));
		if (key[0] == '\0' || (states && strlen(key) != 3))
			continue;
		if (*a == NULL)
			*a = m;
		else if (strcmp(actors_key(actors_resolve(x, *a)), key) != 0) {
			*b = m;
			return 1;
		}
	}
	return 0;
}

/*
 * English "Both" opening the sentence as its whole subject, verb t after
 * it, auxiliaries and adverbs between ("Both had objected", "Both also
 * called on China"): not "Both Russia and China".
 */
static int
bare_both(const struct xctx *x, size_t t, size_t s0)
{
	if (x->lang[0] != 'e' || t > s0 + 3 || t <= s0 ||
	    strcmp(norm(x, s0), "both") != 0)
		return 0;
	for (size_t i = s0 + 1; i < t; i++)
		if (x->doc.toks[i].type != TOK_WORD || actors_at(x,
		    (uint32_t)i) >= 0 || (x->doc.toks[i].flags & TOK_F_CAP))
			return 0;
	return 1;
}

static int
dual_subject(const struct xctx *x, size_t t, size_t s0, int sorted,
    const struct xmention **a, const struct xmention **b, size_t *at)
{
	size_t i = t > s0 + 10 ? t - 10 : s0;

	for (; i + 1 < t; i++)
		if ((wc(x, i) & W_DUAL) && (wc(x, i + 1) & W_DUALNOUN))
			break;
	if (i + 1 >= t && bare_both(x, t, s0))
		i = s0;		/* "Both had objected" */
	else if (i + 1 >= t)
		return 0;
	*at = i;
	return last_two(x, i, sorted, 1, a, b) ||
	    last_two(x, i, sorted, 0, a, b);
}

/* m and n name the same actor key. */
static int
same_actor(const struct xctx *x, const struct xmention *m,
    const struct xmention *n)
{
	return strcmp(actors_key(actors_resolve(x, m)),
	    actors_key(actors_resolve(x, n))) == 0;
}

/*
 * A bare lower-case group word ("militaires" in "manœuvres militaires",
 * "manifestants"): an object only when no named actor follows it.
 */
static int
weak_actor(const struct xctx *x, const struct xmention *m)
{
	return m->kind == EXTRACT_KIND_GROUP && m->ntok == 1 &&
	    !(x->doc.toks[m->tok].flags & TOK_F_CAP);
}

/*
 * Antecedent of the subject relative pronoun at token i: the actor whose
 * mention ends right before it, a comma allowed ("l'Inde, qui a
 * critiqué"), even behind a preposition. NULL if none.
 */
static const struct xmention *
antecedent(const struct xctx *x, size_t i, size_t s0)
{
	int k;

	if (i > s0 && strcmp(norm(x, i - 1), ",") == 0)
		i--;
	if (i <= s0 || (k = actors_at(x, (uint32_t)(i - 1))) < 0 ||
	    !x->m[k].actor || x->m[k].tok + x->m[k].ntok != i)
		return NULL;
	return actor_at(x, x->m[k].tok);
}

/*
 * Token i is the comma closing a relative clause set off by commas ("Les
 * manifestants, qui brandissaient des drapeaux géorgiens, réclament"):
 * the relative pronoun's token, else 0.
 */
static size_t
incise_start(const struct xctx *x, size_t i, size_t s0)
{
	if (x->doc.toks[i].type == TOK_WORD || strcmp(norm(x, i), ",") != 0)
		return 0;
	for (size_t r = i; r-- > s0 + 1;) {
		if (x->doc.toks[r].type != TOK_WORD &&
		    x->doc.toks[r].type != TOK_NUMBER)
			return 0;	/* another comma: no incise */
		if ((wc(x, r) & (W_RELSUBJ | W_INCL)) &&
		    (wc(x, r) & W_CLAUSE) && strcmp(norm(x, r - 1), ",") == 0)
			return r;	/* ", qui ...,", ", dont l'armée" */
	}
	return 0;
}

/*
 * The apposition [a, e) opens with a possessor ("North Korea's main ally",
 * "Russia's closest partner"): it describes the noun before it, it is no
 * name of it.
 */
static int
possessor_apposition(const struct xctx *x, size_t a, size_t e)
{
	int k = actors_at(x, (uint32_t)a);
	size_t j;

	if (x->lang[0] != 'e' || k < 0 || x->m[k].tok != a)
		return 0;
	j = x->m[k].tok + x->m[k].ntok;
	return j + 1 < e && strcmp(norm(x, j), "'s") == 0;
}

/*
 * Token i is a comma right before verb t (auxiliaries between allowed)
 * closing a segment opened by an earlier comma: "X, the 14th since Moscow
 * launched its invasion, was approved", "X, après avoir reçu Y, a
 * condamné". The subject is before the opening comma: its token, else 0.
 * A segment that starts with an actor names the subject ("Le
 * Haut-Commissaire, Volker Türk, a condamné"): 0.
 */
static size_t
apposition_open(const struct xctx *x, size_t i, size_t t, size_t s0)
{
	if (x->doc.toks[i].type == TOK_WORD || strcmp(norm(x, i), ",") != 0)
		return 0;
	if (i + 3 < t)
		return 0;
	for (size_t a = i + 1; a < t; a++)	/* "a", "a été", "was" */
		if (x->doc.toks[a].type != TOK_WORD ||
		    x->tok_info[a].hits != NULL ||
		    actors_at(x, (uint32_t)a) >= 0 || (wc(x, a) & (W_PRON |
		    W_PRONPL | W_OBJPRON | W_RELOBJ | W_RELSUBJ)))
			return 0;	/* not ", qu'elle accuse" */
	for (size_t o = i; o-- > s0 + 1;) {
		if (x->doc.toks[o].type == TOK_WORD)
			continue;
		if (strcmp(norm(x, o), ",") != 0 || o + 3 > i)
			return 0;
		if ((actors_at(x, (uint32_t)(o + 1)) >= 0 ||
		    actors_at(x, (uint32_t)(o + 2)) >= 0) &&
		    !possessor_apposition(x, o + 1, i))
			return 0;	/* "X, Volker Türk, a": the name */
		return o;	/* not "China, North Korea's main ally," */
	}
	return 0;
}

/*
 * The apposition between commas o and e opens with a participle and its
 * agent ("The measures, adopted by EU ministers in Luxembourg, freeze"):
 * that agent, when the noun before o names no actor. NULL otherwise.
 */
static const struct xmention *
apposed_agent(const struct xctx *x, size_t o, size_t e)
{
	const struct xmention *m;

	if (x->lang[0] != 'e' || o < 1 || o + 3 >= e ||
	    actors_at(x, (uint32_t)(o - 1)) >= 0 ||
	    x->doc.toks[o + 1].type != TOK_WORD ||
	    actors_at(x, (uint32_t)(o + 1)) >= 0 || !(wc(x, o + 2) & W_AGENT))
		return NULL;
	m = actor_at(x, o + 3);
	if (m == NULL && (wc(x, o + 3) & W_DET) && o + 4 < e)
		m = actor_at(x, o + 4);
	return m;
}

/*
 * "de"/"des" right before token i is an article, not a preposition: at the
 * start of the sentence or after a punctuation mark ("Des manifestants ont
 * ...", "(AFP) - Des"), or after a quantity ("plusieurs centaines
 * d'agriculteurs", "2 000 de", "la plupart des").
 */
static int
partitive(const struct xctx *x, size_t i, size_t s0)
{
	if (i <= s0 || !(wc(x, i - 1) & W_OF) || (wc(x, i - 1) & W_DET))
		return 0;
	if (i - 1 == s0 || x->doc.toks[i - 2].type != TOK_WORD)
		return 1;	/* "(newsev) - Des", "2 000 d'" */
	return (wc(x, i - 2) & W_QUANTITY) != 0;
}

/* An English "-ing" form at token t ("ministers meeting in Luxembourg"). */
static int
ing_form(const struct xctx *x, size_t t)
{
	const char *w = norm(x, t);
	size_t n = strlen(w);

	return x->lang[0] == 'e' && n > 4 && strcmp(w + n - 3, "ing") == 0;
}

/*
 * Subject: nearest actor before t in [s0, t) not behind a preposition; in
 * a relative clause ("X, qui a condamné"), the relative's antecedent;
 * after one ("X, qui ..., a condamné"), X.
 */
/*
 * End of the noun phrase a demonym adjective m opens before t: past the
 * head noun right after it ("Indian warships | will hold"), if any.
 */
static size_t
adj_head_end(const struct xctx *x, const struct xmention *m, size_t t)
{
	size_t e = m->tok + m->ntok;

	if (e < t && x->doc.toks[e].type == TOK_WORD &&
	    x->tok_info[e].hits == NULL && actors_at(x, (uint32_t)e) < 0 &&
	    (wc(x, e) & ~W_CUE) == 0)
		e++;
	return e;
}

static int say_verb(const struct xctx *x, size_t v);

static const struct xmention *
find_subject(const struct xctx *x, size_t t, size_t s0)
{
	const struct xmention *adj = NULL, *far_adj = NULL;

	for (size_t i = t; i-- > s0;) {
		const struct xmention *m;
		size_t r;

		if (adj == NULL && (r = incise_start(x, i, s0)) != 0) {
			if ((m = antecedent(x, r, s0)) != NULL && !m->adj)
				return m;	/* "X, qui ..., réclament" */
			i = r;
			continue;
		}
		if (adj == NULL && (r = apposition_open(x, i, t, s0)) != 0) {
			if ((m = apposed_agent(x, r, i)) != NULL)
				return m;	/* "The measures, adopted by */
			i = r;		/* EU ministers, freeze": theirs */
			continue;	/* "The package, the 14th since */
		}			/* Moscow launched ..., was approved" */
		if (wc(x, i) & W_RELSUBJ) {
			if ((m = antecedent(x, i, s0)) != NULL && !m->adj)
				return m;
			continue;
		}
		if ((wc(x, i) & W_CLAUSE) && (wc(x, i) & W_BUT))
			return adj;	/* "Elle doit ..., mais n'a pas obtenu de */
					/* rencontrer": the first clause's */
		if (far_adj != NULL && x->tok_info[i].hits != NULL &&
		    say_verb(x, i))
			return far_adj;	/* "said two Chinese ships had blocked */
					/* its vessel and rammed": theirs */
		m = actor_at(x, i);
		if (m != NULL && m->tok + m->ntok == t && ing_form(x, t) &&
		    !m->adj)
			return m;	/* "by EU ministers meeting in": theirs */
		if (m == NULL || ((prep_before(x, i, s0) & (W_OBL | W_SELON)) &&
		    !partitive(x, i, s0)))
			continue;
		if (m->tok + m->ntok == t && weak_actor(x, m) &&
		    x->lang[0] == 'e' && (noun_form(x, t) || m->tok == s0 ||
		    !(wc(x, m->tok - 1) & W_DET)) && !partitive(x, m->tok, s0))
			continue;	/* "military drills": a modifier, */
					/* not "the government withdrew", */
					/* nor "Dozens of protesters threw" */
		if (!m->adj)
			return m;
		if (adj == NULL && adj_head_end(x, m, t) + 5 >= t)
			adj = m;	/* "Pakistani warplanes struck" */
		if (adj != NULL)
			return adj;
		if (far_adj == NULL)
			far_adj = m;
	}
	return adj;
}

/*
 * Group or demonym-led mention m comes right after a count ("three
 * Iranian officials", "14 Russian officials"), not after "of".
 */
static int
counted(const struct xctx *x, const struct xmention *m)
{
	size_t i = m->tok;

	return (m->adj || m->kind == EXTRACT_KIND_GROUP) && i >= 2 &&
	    (x->doc.toks[i - 1].type == TOK_NUMBER ||
	    (wc(x, i - 1) & W_QUANTITY)) && !(wc(x, i - 2) & W_OF);
}

/*
 * First actor after token t (within the window) preceded by class w, a
 * count allowed between ("against three Iranian officials").
 */
static const struct xmention *
find_after(const struct xctx *x, size_t t, size_t s1, unsigned w)
{
	size_t end = t + TARGET_WIN < s1 ? t + TARGET_WIN : s1;

	for (size_t i = t + 1; i < end; i++) {
		const struct xmention *m = actor_at(x, i);
		unsigned p;

		if (m == NULL)
			continue;
		p = prep_before(x, i, t + 1);
		if (p & W_SELON)
			return NULL;
		if (w != 0 && !(p & w) && i > t + 2 && counted(x, m))
			p = prep_before(x, i - 1, t + 1);	/* "against */
		if (w == 0 || (p & w))		/* three Iranian officials" */
			return m;
	}
	return NULL;
}

/*
 * End of the clause that token t opens: the first comma, semicolon, colon,
 * parenthesis, quote mark or clause word ("qui", "which") after it, bounded
 * by the sentence end s1.
 */
static size_t
clause_end(const struct xctx *x, size_t t, size_t s1)
{
	for (size_t i = t + 1; i < s1; i++) {
		const struct token *tk = &x->doc.toks[i];
		const char *w = norm(x, i);

		if (tk->type == TOK_QUOTE || tk->type == TOK_QUOTE_OPEN ||
		    tk->type == TOK_QUOTE_CLOSE || (wc(x, i) & W_CLAUSE))
			return i;
		if (tk->type != TOK_WORD && (strcmp(w, ",") == 0 ||
		    strcmp(w, ";") == 0 || strcmp(w, ":") == 0 ||
		    strcmp(w, "(") == 0))
			return i;
	}
	return s1;
}

/*
 * A capital after "à"/"to" is read as a place, but after a verb it names
 * the government the act is addressed to ("rappelé son ambassadeur à
 * Rabat", "sent aid to Kyiv"). The mention starting at i, or NULL.
 */
static const struct xmention *
dative_capital(const struct xctx *x, size_t i)
{
	int k = actors_at(x, (uint32_t)i);

	if (k < 0 || x->m[k].tok != i || !x->m[k].place ||
	    !(x->m[k].gflags & GAZ_F_CAPITAL) || !x->m[k].country[0])
		return NULL;
	return &x->m[k];
}

/*
 * Target of a nominal trigger named by a preposition right after it:
 * "sanctions contre l'Iran", "accord avec Kiev", "pourparlers entre X et
 * Y", "sanctions on Iran". Adjectives may come between. Returns the
 * preposition's token or 0.
 */
static size_t
noun_prep_target(const struct xctx *x, size_t t, size_t s1)
{
	size_t end = clause_end(x, t, s1);

	for (size_t i = t + 1; i < end && i <= t + 4; i++) {
		if (x->doc.toks[i].type != TOK_WORD)
			return 0;
		if (!(wc(x, i) & (W_WITH | W_AGAINST | W_BETWEEN)))
			continue;
		for (size_t j = i + 1; j < end && j <= i + 3; j++)
			if (actor_at(x, j) != NULL)
				return i;
		return 0;
	}
	return 0;
}

/*
 * The actor at token i follows "par"/"by" after a past participle ("a swap
 * mediated by the UAE"): the agent of that participle, not the object of
 * the verb before ("an admission by Moscow" is).
 */
static int
participle_agent(const struct xctx *x, size_t i)
{
	size_t p = i - 1;
	const struct pat_hit *h;
	const char *w;
	size_t l;

	if (p > 0 && (wc(x, p) & W_DET))
		p--;
	if (p == 0)
		return 0;
	for (h = x->tok_info[p - 1].hits; h; h = h->next)
		if (h->tense & TENSE_PART)
			return 1;
	w = norm(x, p - 1);
	l = strlen(w);
	return x->lang[0] == 'e' && l > 3 && strcmp(w + l - 2, "ed") == 0;
}

/* "son ambassadeur", "ses troupes": a role owned by the source. */
static int
own_agent(const struct xctx *x, const struct xmention *m,
    const struct xmention *src)
{
	if (src != NULL && m->tok >= 1 && (wc(x, m->tok - 1) & W_POSS) &&
	    strstr(actors_key(actors_resolve(x, m)), "PKO") != NULL)
		return 1;	/* "ses casques bleus": its own contingent */
	if (src == NULL || m->kind != EXTRACT_KIND_GROUP || m->tok < 2 ||
	    !((wc(x, m->tok - 1) | wc(x, m->tok - 2)) & W_POSS))
		return 0;	/* "son ambassadeur", "its own envoy" */
	return strcmp(actors_key(actors_resolve(x, m)),
	    actors_key(actors_resolve(x, src))) == 0;
}

/*
 * The post of an envoy the source owns ("its ambassador in Paris", "its
 * envoy to Rabat", "its ambassador from Mexico"): the place or country
 * right after the envoy behind a locative or oblique preposition, a
 * determiner allowed, before end. NULL if none.
 */
static const struct xmention *
envoy_post(const struct xctx *x, const struct xmention *own, size_t end)
{
	size_t i = own->tok + own->ntok;
	int k;

	if (i + 1 >= end || !(wc(x, i) & (W_LOC | W_OBL)) ||
	    (wc(x, i) & (W_AGENT | W_WITH | W_AGAINST | W_OF)))
		return NULL;
	if ((wc(x, i + 1) & W_DET) && !(wc(x, i + 1) & (W_LOC | W_OBL)))
		i++;
	if (i + 1 >= end || (k = actors_at(x, (uint32_t)(i + 1))) < 0 ||
	    x->m[k].tok != i + 1 || !x->m[k].place || !x->m[k].country[0])
		return NULL;
	return &x->m[k];
}

/*
 * "et"/"and" at token i opens a coordinated verb that seizes a forum ("a
 * dénoncé ... et saisi le Conseil de sécurité"): the organization after it
 * is that verb's forum, not this verb's object. (Any coordinated
 * participle would also cut "a rejeté toute responsabilité et accusé les
 * navires", whose denial the wire coding addresses to the accused.)
 */
static int
coordinated_forum(const struct xctx *x, size_t i, size_t s1)
{
	if (!(wc(x, i) & W_AND) || i + 1 >= s1)
		return 0;
	for (const struct pat_hit *h = x->tok_info[i + 1].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && (h->pat->flags & PAT_F_FORUM) &&
		    (h->tense & TENSE_PART))
			return 1;
	return 0;
}

/*
 * "that"/"que" right after verb tr: what follows is a content clause
 * ("warned that Moscow would", "a averti que"), not the verb's object.
 * Appeals and demands name their addressee there ("demanded that Iran
 * cooperate"): no content clause for roots 02 and 10.
 */
static int
content_clause(const struct xctx *x, const struct trig *tr, size_t s1)
{
	size_t i = tr->tok + 1;
	int root = tr->pat->code->root;

	if (i >= s1 || root == 2 || root == 10)
		return 0;
	if (x->lang[0] == 'e')
		return strcmp(norm(x, i), "that") == 0;
	return (wc(x, i) & W_RELOBJ) != 0;
}

/*
 * Mention m names the place of "dans l'est de X", "in the north of X"
 * behind a locative preposition. A region as the direct object ("a
 * bombardé le sud du Liban") is that country, the target: not this.
 */
static int
region_of(const struct xctx *x, const struct xmention *m)
{
	size_t j = m->tok;

	if (j > 0 && (wc(x, j - 1) & W_DET))
		j--;
	if (j < 3 || !(wc(x, j - 1) & W_OF) || !(wc(x, j - 2) & W_REGION))
		return 0;
	if (wc(x, j - 3) & W_LOC)
		return 1;	/* "in the north of X" */
	return (wc(x, j - 3) & W_DET) && j >= 4 && (wc(x, j - 4) & W_LOC);
}

/*
 * Tokens of time expressions within n tokens after t ("a dispersé
 * dimanche soir ... des étudiants"): they do not count against the window
 * in which the object is looked for.
 */
static size_t
times_after(const struct xctx *x, size_t t, size_t n)
{
	size_t extra = 0;

	for (size_t k = 0; k < x->ntimes; k++)
		if (x->times[k].tok > t && x->times[k].tok <= t + n)
			extra += x->times[k].ntok;
	return extra;
}

/* Verb t offers or asks for mediation ("a proposé sa médiation", 03x, 028). */
static int
offers_mediation(const struct xctx *x, size_t t)
{
	for (const struct pat_hit *h = x->tok_info[t].hits; h; h = h->next)
		if (h->pat->code->root == 3 || (h->pat->code->root == 2 &&
		    h->pat->nneeds > 0))
			return 1;
	return 0;
}

/* Token i is a mediation noun ("égide", "auspices", "médiation"). */
static int
mediation_at(const struct xctx *x, size_t i)
{
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if ((h->pat->flags & PAT_F_MEDIATE) &&
		    !(h->tense & TENSE_PART) && lang_ok(x, h->pat))
			return 1;	/* not "pourparlers organisés par" */
	return 0;
}

/*
 * English "and" at token i opens a second predicate: an auxiliary ("and
 * was sharing information with") or a verb in the past after it ("accused
 * guards of beating migrants and called on the EU"). The actors after it
 * are that predicate's, not the verb's before it.
 */
static int
second_predicate(const struct xctx *x, size_t i, size_t end)
{
	const char *w;
	size_t l;

	if (x->lang[0] != 'e' || !(wc(x, i) & W_AND) || i + 1 >= end)
		return 0;
	if (wc(x, i + 1) & (W_PASSAUX | W_PLUPERF))
		return 1;
	w = norm(x, i + 1);
	l = strlen(w);
	for (const struct pat_hit *h = x->tok_info[i + 1].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && !(h->pat->flags & PAT_F_NOUN) &&
		    ((h->tense & TENSE_PART) || (l > 3 &&
		    strcmp(w + l - 2, "ed") == 0)))
			return 1;
	return 0;
}

/* Token i ends a stretch of one clause: punctuation, a quote or "qui". */
static inline int
clause_stop(const struct xctx *x, size_t i)
{
	const struct token *tk = &x->doc.toks[i];
	const char *w;

	if (tk->type == TOK_WORD)
		return (wc(x, i) & W_CLAUSE) != 0;
	if (tk->type == TOK_NUMBER)
		return 0;
	w = norm(x, i);
	return !((w[0] == '-' || w[0] == '%') && w[1] == '\0');
}

static int agreement_noun(const struct xctx *x, size_t i);
static int infinitive_at(const struct xctx *x, size_t i);

/*
 * Token i names a topic: a verb such as "discuss", "évoquer", or one such
 * as "focused", "porte" right before "on"/"sur", not after an agreement
 * ("un contrat portant sur la livraison de canons": what it provides);
 * or an aim, "visant", "aimed", "destiné" before "à"/"to"/"at" and an
 * infinitive or -ing form ("un projet de résolution visant à imposer des
 * sanctions": only its aim).
 */
static int
topic_word(const struct xctx *x, size_t i)
{
	const char *nx;

	if (wc(x, i) & W_TOPIC)
		return 1;
	if (!(wc(x, i) & W_TOPICON) || i + 1 >= x->doc.ntoks ||
	    (i > 0 && agreement_noun(x, i - 1)))
		return 0;
	nx = norm(x, i + 1);
	if (strcmp(nx, "on") == 0 || strcmp(nx, "sur") == 0)
		return 1;
	if (i + 2 >= x->doc.ntoks || !(strcmp(nx, "to") == 0 || strcmp(nx,
	    "at") == 0 || (x->lang[0] == 'f' && (wc(x, i + 1) & W_DATIVE))))
		return 0;
	return ing_form(x, i + 2) || infinitive_at(x, i + 2);	/* "visant à */
}					/* imposer", "aimed at lifting" */

/*
 * Object of verb t: the first named actor of its clause after it, a direct
 * object or one behind a preposition ("livré des missiles à Moscou");
 * capitals after "à" only after an object, when the act is addressed to
 * someone ("rappelé son ambassadeur à Rabat"; not a meeting or a signing
 * place: "se sont rencontrés à Kingstown", "ont signé lundi à Manille").
 */
static const struct xmention *
find_object(const struct xctx *x, size_t t, size_t s1,
    const struct xmention *src, int addressed)
{
	size_t end = clause_end(x, t, s1), win = TARGET_WIN;
	int seen_np = 0;	/* an object noun phrase came first */
	const struct xmention *weak = NULL, *own = NULL;

	if (end > t + win)	/* times do not count against the window */
		win += times_after(x, t, TARGET_WIN);
	if (end > t + win)
		end = t + win;
	for (size_t i = t + 1; i < end; i++) {
		const struct xmention *m = actor_at(x, i);
		unsigned p = prep_before(x, i, t + 1);

		if (m == NULL && coordinated_forum(x, i, s1))
			break;
		if (m == NULL && mediation_at(x, i) && !offers_mediation(x, t))
			break;	/* "ont signé sous l'égide du Qatar": the */
				/* mediator, no object */
		if (m == NULL && (wc(x, i) & W_TOPIC))
			break;	/* "meet to discuss support for Kyiv" */
		if (m == NULL && (wc(x, i) & W_AND) && i + 1 < end &&
		    (wc(x, i + 1) & W_HAVEAUX) && x->lang[0] == 'f')
			break;	/* "frapper des migrants et a appelé l'UE" */
		if (m == NULL && second_predicate(x, i, end))
			break;	/* "raised its alert and was sharing ... with" */
		if (m == NULL && (p & W_DATIVE) && addressed && seen_np)
			m = dative_capital(x, i);
		else if (m != NULL && (p & W_LOC) && dative_capital(x, i) &&
		    (!addressed || !seen_np))
			m = NULL;	/* "signé lundi à Manille": the venue */
		if ((wc(x, i) & (W_DET | W_OF)) && !(wc(x, i) & W_LOC))
			seen_np = 1;	/* not "à", which folds like "a" */
		if (m == NULL || region_of(x, m))
			continue;	/* "dans l'est de la RDC" */
		if (p & W_SELON)
			return NULL;
		if ((p & W_AGENT) && participle_agent(x, i))
			continue;	/* "a swap mediated by the UAE" */
		if (m == src)
			continue;
		if (own_agent(x, m, src)) {
			if (own == NULL)	/* "recalled its ambassador */
				own = m;	/* in Paris" */
			continue;
		}
		if (!weak_actor(x, m))
			return m;
		if (weak == NULL && noun_pattern(x, m->tok + m->ntok) == NULL)
			weak = m;	/* not "military aid": a modifier */
	}
	if (weak == NULL && own != NULL)
		return envoy_post(x, own, end);
	return weak;
}

/* Place after a locative preposition after t (visited place). */
static const struct xmention *
find_place(const struct xctx *x, size_t t, size_t s1)
{
	size_t end = t + TARGET_WIN < s1 ? t + TARGET_WIN : s1;

	for (size_t i = t + 1; i < end; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k >= 0 && x->m[k].place && x->m[k].tok == i &&
		    x->m[k].country[0] && (prep_before(x, i, t + 1) & W_LOC))
			return &x->m[k];
		if (k >= 0 && x->m[k].tok == i && x->m[k].adj && i > t + 1 &&
		    (wc(x, i - 1) & W_CAPWORD) && x->m[k].country[0] &&
		    (prep_before(x, i - 1, t + 1) & W_LOC))
			return &x->m[k];	/* "dans la capitale française" */
		if (k >= 0 && x->m[k].tok == i && x->m[k].adj &&
		    (wc(x, i + x->m[k].ntok) & W_CAPWORD) &&
		    x->m[k].country[0] && (prep_before(x, i, t + 1) & W_LOC))
			return &x->m[k];	/* "in the Philippine capital" */
	}
	return NULL;
}

/* Any place mention in the sentence, preferring one after a locative. */
static const struct xmention *
sentence_place(const struct xctx *x, size_t s0, size_t s1)
{
	const struct xmention *any = NULL;

	for (size_t i = s0; i < s1; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k < 0 || !x->m[k].place || x->m[k].tok != i)
			continue;
		if (x->m[k].locative)
			return &x->m[k];
		if (any == NULL && x->m[k].kind == EXTRACT_KIND_LOCATION)
			any = &x->m[k];
	}
	return any;
}

/* A city right after the verb is its object: "a bombardé Gaza". */
static const struct xmention *
object_place(const struct xctx *x, size_t t, size_t s1)
{
	for (size_t i = t + 1; i < s1 && i <= t + 2; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k >= 0 && x->m[k].tok == i && x->m[k].place &&
		    !x->m[k].locative && x->m[k].country[0])
			return &x->m[k];
	}
	return NULL;
}

/* "entre X et Y": sets *a, *b. */
static int
find_between(const struct xctx *x, size_t from, size_t s1,
    const struct xmention **a, const struct xmention **b)
{
	size_t end = from + TARGET_WIN < s1 ? from + TARGET_WIN : s1;

	for (size_t i = from; i < end; i++) {
		if (!(wc(x, i) & W_BETWEEN))
			continue;
		*a = find_after(x, i, s1, 0);
		if (*a == NULL)
			return 0;
		size_t j = (*a)->tok + (*a)->ntok;
		while (j + 1 < s1 && j < (*a)->tok + 8 && (actors_at(x,
		    (uint32_t)j) >= 0 || strcmp(norm(x, j), "'s") == 0))
			j++;	/* "between Niger's Prime Minister X and" */
		if (j < s1 && (wc(x, j) & W_AND)) {
			*b = find_after(x, j, s1, 0);
			return *b != NULL;
		}
		return 0;
	}
	return 0;
}

/*
 * An English attitude stated with an adjective, concern, hope or
 * disappointment (012, 013, 110: "said it was deeply concerned by",
 * "was disappointed by Turkey's decision"): the subject feels it, and
 * "by X" names what it is about, no agent.
 */
static int
attitude(const struct xctx *x, const struct trig *tr)
{
	const char *c = tr->pat->code->code;

	return x->lang[0] == 'e' && (strcmp(c, "012") == 0 ||
	    strcmp(c, "013") == 0 || strcmp(c, "110") == 0);
}

/*
 * French "se voir" + infinitive is a passive: "Le Niger s'est vu imposer
 * des sanctions par la Cédéao", "s'est vu refuser l'entrée" (the
 * subject undergoes the act). The participle "vu(e)(s)" right before t,
 * a reflexive pronoun within three tokens before it.
 */
static int
se_voir(const struct xctx *x, size_t t, size_t s0)
{
	const char *w;

	if (x->lang[0] != 'f' || t < s0 + 3)
		return 0;
	w = norm(x, t - 1);
	if (w[0] != 'v' || w[1] != 'u' || (w[2] != '\0' && strcmp(w + 2,
	    "e") && strcmp(w + 2, "s") && strcmp(w + 2, "es")))
		return 0;
	for (size_t i = t - 1; i-- > s0 && i + 4 >= t;)
		if (wc(x, i) & W_REFLEXIVE)
			return 1;
	return 0;
}

/*
 * An English verb particle at token i ("out", "up", "off", "over"): a
 * short lower-case word with no word class and no actor (a trigger form
 * itself, "out" of "hit out", allowed).
 */
static int
verb_particle(const struct xctx *x, size_t i)
{
	const struct token *tk = &x->doc.toks[i];

	return tk->type == TOK_WORD && !(tk->flags & TOK_F_CAP) &&
	    tk->end - tk->start <= 4 && wc(x, i) == 0 &&
	    actors_at(x, (uint32_t)i) < 0;
}

/*
 * Passive: auxiliary "été"/"was" just before, or "par"/"by" just after a
 * participle ("a swap mediated by the UAE"; "said it stood by Sudan" is
 * a verb and its particle, not an agent).
 */
static int
is_passive(const struct xctx *x, const struct trig *tr, size_t s0, size_t s1)
{
	size_t t = tr->tok;

	if (attitude(x, tr))
		return 0;
	if (se_voir(x, t, s0))
		return 1;	/* "s'est vu imposer des sanctions par" */
	for (size_t i = t; i > s0 && i + 3 > t; i--) {
		if (wc(x, i - 1) & W_PASSAUX)
			return 1;
		if (strcmp(norm(x, i - 1), "to") == 0)
			break;	/* "is expected to join": join is active */
	}
	if (!(tr->tense & TENSE_PART) || t + 1 >= s1)
		return 0;
	if (wc(x, t + 1) & W_AGENT)
		return 1;
	return x->lang[0] == 'e' && t + 2 < s1 && (wc(x, t + 2) & W_AGENT) &&
	    verb_particle(x, t + 1);	/* "strikes carried out by India" */
}

/* Roles of a party outside the state: rebels, opposition, civilians. */
static int
nonstate_role(const char *role)
{
	static const char *const r[] = {"REB", "INS", "OPP", "CVL", "SEP",
	    "UAF", "MED", "NGO"};

	for (size_t j = 0; j < sizeof(r) / sizeof(r[0]); j++)
		if (strncmp(role, r[j], 3) == 0)
			return 1;
	return 0;
}

/*
 * "selon X" at token i names the source's own voice: its own office or
 * spokesman ("selon son porte-parole", "according to her office") or a
 * definite party of the source's side ("selon le ministère géorgien de
 * l'intérieur" for what the Georgian police did), not a third party,
 * a rebel for the state or the reverse ("selon la police haïtienne" for
 * what a gang did), an indefinite source ("selon des témoins", "selon un
 * diplomate") or the media.
 */
static int
own_voice(const struct xctx *x, size_t i, const struct xmention *src)
{
	size_t n = x->doc.ntoks;
	const struct xmention *m = NULL, *a, *b;

	if (i + 1 < n && strcmp(norm(x, i + 1), "to") == 0)
		i++;		/* "according to" */
	if (src == NULL || i + 1 >= n ||
	    !(wc(x, i + 1) & (W_POSS | W_DEFINITE)))
		return 0;
	for (size_t j = i + 2; (wc(x, i + 1) & W_POSS) && j < n && j <= i + 4 &&
	    x->doc.toks[j].type == TOK_WORD; j++)
		if (wc(x, j) & W_VOICE)
			return 1;	/* "selon son porte-parole", "its office" */
	for (size_t j = i + 1; j < n && j <= i + 4 && m == NULL; j++)
		if (x->doc.toks[j].type != TOK_WORD)
			break;
		else
			m = actor_at(x, j);
	if (m == NULL || m->adj || (wc(x, i + 1) & W_POSS))
		return 0;	/* "selon l'ombudsman géorgien": a head unknown */
	a = actors_resolve(x, m);
	b = actors_resolve(x, src);
	if (a == NULL || b == NULL ||
	    strcmp(actors_key(a), actors_key(b)) != 0)
		return 0;
	return nonstate_role(a->role) == nonstate_role(b->role);
}

/*
 * "selon X" / "according to X" at token i reports trigger t unless a new
 * clause lies between them ("selon Islamabad, qui les accuse") or X is the
 * actors' own text ("selon une déclaration commune", "according to a
 * communique issued at the end of the summit"): those are the actors' own
 * announcement. A text another actor alone issued ("selon un communiqué
 * du ministère français" for what Armenia did) still reports, a joint one
 * does not; src is the event's source, NULL when not known yet.
 */
static int
attribution_applies(const struct xctx *x, size_t i, size_t t,
    const struct xmention *src)
{
	size_t a = i < t ? i : t, b = i < t ? t : i, n = x->doc.ntoks, k;
	const struct xmention *m = NULL;

	for (k = a + 1; k < b; k++)
		if (wc(x, k) & W_CLAUSE)
			return 0;
	for (k = i + 1; k < n && k <= i + 4 && !(wc(x, k) & W_DOC); k++)
		;
	if (k >= n || k > i + 4)
		return !own_voice(x, i, src);
	if ((wc(x, k) & W_JOINT) || (k + 1 < n && (wc(x, k + 1) & W_JOINT)))
		return 0;	/* "a joint statement released by" one party */
	for (size_t j = k + 1; j < n && j <= k + 5 && m == NULL; j++)
		if (x->doc.toks[j].type != TOK_WORD)
			break;	/* "selon le communiqué, ..." */
		else
			m = actor_at(x, j);
	return src != NULL && m != NULL && strcmp(actors_key(
	    actors_resolve(x, m)), actors_key(actors_resolve(x, src))) != 0;
}

/* A reporting verb before t in [s0, t): "a annoncé qu'elle accorderait". */
static int
speech_before(const struct xctx *x, size_t t, size_t s0)
{
	for (size_t i = s0; i < t; i++)
		if (x->tok_info[i].hits && events_is_speech(x, i))
			return 1;
	return 0;
}

/*
 * Token i follows a French auxiliary ("a affirmé", "a-t-il affirmé", "ont
 * affirmé"): a past participle, which folds like the present ("affirme").
 */
static int
after_auxiliary(const struct xctx *x, size_t i)
{
	if (i == 0 || x->lang[0] != 'f')
		return 0;
	if ((wc(x, i - 1) & (W_PRON | W_PRONPL)) && (x->doc.toks[i - 1].flags &
	    TOK_F_GLUED))
		return 1;	/* "a-t-il affirmé" */
	return (wc(x, i - 1) & W_HAVEAUX) != 0;
}

/*
 * Mode of the trigger from cues around it and its tense. A conditional
 * after a reporting verb is the future of the past (PLANNED), else the
 * journalistic conditional (REPORTED). Refusal codes (12x, "refused to
 * comment" 011) carry their negation and tense: ASSERTED ("ne céderait
 * à aucune intimidation") unless attributed with "selon". src, the
 * event's source when known, is not reported by itself.
 */
static int
find_mode(const struct xctx *x, const struct trig *tr, size_t s0, size_t s1,
    const struct xmention *src)
{
	int neg = 0, hyp = 0, plan = 0, rep = 0, neg1 = 0, scope, m;
	int attrib = 0;
	const struct pat_code *code = tr->pat->code;

	for (size_t i = s0; i < s1; i++) {
		const struct token *tk = &x->doc.toks[i];

		if (i == tr->tok || tk->type != TOK_WORD)
			continue;
		m = x->tok_info[i].mode;
		scope = x->tok_info[i].scope;
		if (m == 0)
			continue;
		if (scope == SCOPE_PRE && !(i < tr->tok && i + PRE_WIN >= tr->tok)) {
			if (!(m == PAT_MODE_NEG2 && neg1 && i <= tr->tok + 2))
				continue;
		}
		if (scope == SCOPE_CLAUSE && i > tr->tok)
			continue;
		if (m == EXTRACT_MODE_REPORTED && after_auxiliary(x, i))
			continue;	/* "a-t-il affirmé" is no "affirme" */
		if (scope == SCOPE_SENT && m == EXTRACT_MODE_REPORTED) {
			if (!attribution_applies(x, i, tr->tok, src))
				continue;
			attrib = 1;
		}
		switch (m) {
		case PAT_MODE_NEG1: neg1 = 1; break;
		case PAT_MODE_NEG2: neg |= neg1; break;
		case EXTRACT_MODE_NEGATED: neg = 1; break;
		case EXTRACT_MODE_HYPOTHETICAL: hyp = 1; break;
		case EXTRACT_MODE_PLANNED: plan = 1; break;
		case EXTRACT_MODE_REPORTED: rep = 1; break;
		}
	}
	if (code->root == 12 || strcmp(code->code, "011") == 0)
		return attrib ? EXTRACT_MODE_REPORTED : EXTRACT_MODE_ASSERTED;
	if (tr->tense & TENSE_FUT)
		plan = 1;
	if ((tr->tense & TENSE_COND) && speech_before(x, tr->tok, s0))
		plan = 1;
	else if (tr->tense & TENSE_COND)
		rep = 1;
	return neg ? EXTRACT_MODE_NEGATED : hyp ? EXTRACT_MODE_HYPOTHETICAL :
	    plan ? EXTRACT_MODE_PLANNED : rep ? EXTRACT_MODE_REPORTED :
	    EXTRACT_MODE_ASSERTED;
}

/* Start of the clause holding token t: after the last boundary before it. */
static size_t
clause_start(const struct xctx *x, size_t t, size_t s0)
{
	for (size_t i = t; i-- > s0;) {
		const struct token *tk = &x->doc.toks[i];
		const char *w = norm(x, i);

		if ((wc(x, i) & W_CLAUSE) || (tk->type != TOK_WORD &&
		    (strcmp(w, ",") == 0 || strcmp(w, ";") == 0 ||
		    strcmp(w, ":") == 0)))
			return i + 1;
	}
	return s0;
}

/* A clause word ("qui", "mais", "which") between tokens a and b. */
static int
other_clause(const struct xctx *x, size_t a, size_t b)
{
	size_t lo = a < b ? a : b, hi = a < b ? b : a;

	for (size_t i = lo + 1; i < hi; i++)
		if (wc(x, i) & W_CLAUSE)
			return 1;
	return 0;
}

/* A comma token at i. */
static int
comma_at(const struct xctx *x, size_t i)
{
	return x->doc.toks[i].type != TOK_WORD && strcmp(norm(x, i), ",") == 0;
}

/*
 * Time h right after a relative set off by commas (", which proposed new
 * taxes, last month"): 1 when trigger t precedes the relative (the time is
 * back in t's clause), -1 when t is inside it (the time is not its own),
 * 0 when h follows no such relative.
 */
static int
after_incise(const struct xctx *x, size_t t, size_t h, size_t s0)
{
	size_t o;

	if (h < s0 + 3 || !comma_at(x, h - 1))
		return 0;
	for (o = h - 2; o > s0 && !comma_at(x, o); o--)
		;
	if (!comma_at(x, o) || !(wc(x, o + 1) & W_RELSUBJ))
		return 0;
	return t < o ? 1 : t < h ? -1 : 0;
}

/*
 * Token h before t lies in a relative clause closed before t ("L'Union
 * africaine, qui avait chargé M. Lourenço en 2022, s'est félicitée"):
 * its clause opens with a clause word and a comma comes between h and t.
 */
static int
closed_relative(const struct xctx *x, size_t h, size_t t, size_t s0)
{
	size_t c = clause_start(x, h, s0);

	if (h >= t || c == s0 || !(wc(x, c - 1) & W_CLAUSE))
		return 0;
	for (size_t i = h + 1; i < t; i++)
		if (x->doc.toks[i].type != TOK_WORD && strcmp(norm(x, i), ",")
		    == 0)
			return 1;
	return 0;
}

/* A reporting verb (a "say" pattern, not after an article) at token i:
 * "a annoncé", "said". */
static int
reporting_at(const struct xctx *x, size_t i)
{
	const struct sentence *st = &x->doc.sents[x->doc.toks[i].sent];
	struct trig tr;
	size_t nt;

	if (i > st->tok && (wc(x, i - 1) & (W_DEFINITE | W_DEMONST)))
		return 0;	/* "l'annonce par Caracas, début décembre" */
	return trigger_at(x, i, st->tok, st->tok + st->ntok, &tr, &nt) &&
	    (tr.pat->flags & PAT_F_NONE) == PAT_F_SAY;
}

/* A reporting verb in [a, b) ("..., the State Border Guard said, as"). */
static int
reporting_between(const struct xctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (x->tok_info[i].hits != NULL && reporting_at(x, i))
			return 1;
	return 0;
}

/*
 * A trigger word in [a, b): another predicate that a time there dates.
 * A reporting verb is none: "La Pologne va déployer des soldats, a
 * annoncé mardi le ministre" is dated by the announcement.
 */
static int
predicate_between(const struct xctx *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (x->tok_info[i].hits != NULL && !reporting_at(x, i))
			return 1;
	return 0;
}

/*
 * Time h ends with "after"/"après"/"before"/"avant" before trigger t ("a
 * month after Washington blacklisted", "un jour après avoir signé"): it
 * dates the clause it modifies, from the event t, not t itself. A comma
 * after its complement closes it: then t is in the main clause it dates.
 */
static int
anchor_before(const struct xctx *x, const struct timex_hit *h, size_t t)
{
	if (h->ntok == 0 || h->tok + h->ntok > t ||
	    !(wc(x, h->tok + h->ntok - 1) & W_SEQUENCE))
		return 0;
	for (size_t i = h->tok + h->ntok; i < t; i++)
		if (x->doc.toks[i].type != TOK_WORD && strcmp(norm(x, i), ",")
		    == 0)
			return 0;	/* "Un jour après ces sanctions, X a" */
	return 1;
}

/*
 * The clause words between time h and trigger t are relative pronouns
 * after a preposition ("en septembre dernier, au cours de laquelle",
 * "in late January, during which"): the relative happens at that time.
 */
static int
time_relative(const struct xctx *x, size_t h, size_t t)
{
	int seen = 0;

	if (h >= t)
		return 0;
	for (size_t i = h + 1; i < t; i++) {
		if (!(wc(x, i) & W_CLAUSE))
			continue;
		if (!(wc(x, i - 1) & W_RELPREP))
			return 0;
		seen = 1;
	}
	return seen;
}

/* "HANOÏ, 20 juin (AFP) -": the wire's dateline, no clause's date. */
static int
dateline_at(const struct xctx *x, const struct timex_hit *h)
{
	size_t e = h->tok + h->ntok;

	return h->sent == 0 && e < x->doc.ntoks && x->doc.toks[e].type !=
	    TOK_WORD && strcmp(norm(x, e), "(") == 0;
}

/*
 * A perfect infinitive between trigger t and a later time h ("a accusé
 * Bangkok d'avoir bombardé des villages la veille", "accused X of having
 * shelled ... on Monday"): the time dates that earlier act, not t.
 */
static int
perfect_between(const struct xctx *x, size_t t, size_t h)
{
	for (size_t i = t + 2; i < h; i++)
		if (x->doc.toks[i].type == TOK_WORD && (strcmp(norm(x, i - 1),
		    "avoir") == 0 || strcmp(norm(x, i - 1), "having") == 0))
			return 1;	/* trigger or not: "d'avoir orchestré" */
	return 0;
}

static int speech_act(int root);
static int verb_root(const struct xctx *x, size_t t);

/*
 * Token i is a participle that no pattern knows, right after a noun ("a
 * visit to Mexico City planned for next week", "une réunion prévue la
 * semaine prochaine"): a lower-case word in "-ed", "-é", "-ée", "-és",
 * "-ées" after a word that is no auxiliary, pronoun, clause word or
 * determiner ("de l'armée dans la nuit" is a noun).
 */
static int
noun_participle(const struct xctx *x, size_t i)
{
	static const char *const end[] = { "ed", "é", "ée", "és", "ées" };
	const char *w = x->doc.text + x->doc.toks[i].start;
	size_t n = x->doc.toks[i].end - x->doc.toks[i].start;

	if (x->doc.toks[i].type != TOK_WORD || x->doc.toks[i - 1].type !=
	    TOK_WORD || !(*w >= 'a' && *w <= 'z') || (wc(x, i - 1) &
	    (W_HAVEAUX | W_PASSAUX | W_PRON | W_PRONPL | W_CLAUSE | W_RELSUBJ |
	    W_RELOBJ | W_AND | W_DET | W_POSS | W_OF)))
		return 0;
	for (size_t k = 0; k < sizeof(end) / sizeof(end[0]); k++) {
		size_t m = strlen(end[k]);

		if (n > m + 2 && memcmp(w + n - m, end[k], m) == 0)
			return 1;
	}
	return 0;
}

/*
 * A past participle between trigger t and a later time h that is not a
 * compound tense ("s'engagent à réactiver un accord conclu en 2001",
 * "condemned the deal signed on Monday"): the time dates that participle.
 * Not after a trigger noun, which the participle describes ("un accord
 * signé en août").
 */
static int
participle_between(const struct xctx *x, size_t t, size_t h)
{
	if (t > 0 && (wc(x, t - 1) & (W_DET | W_POSS)))
		return 0;	/* "un accord signé en août": the noun's own */
	for (size_t i = t + 2; i < h; i++) {
		if (wc(x, i - 1) & (W_HAVEAUX | W_PASSAUX))
			continue;	/* "a été signé", "had been" */
		for (const struct pat_hit *p = x->tok_info[i].hits; p; p = p->next)
			if ((p->tense & TENSE_PART) && !(p->pat->flags & PAT_F_NOUN)
			    && lang_ok(x, p->pat))
				return 1;
		if (i + 2 >= h && noun_participle(x, i) &&
		    !speech_act(verb_root(x, t)) && !reporting_at(x, t))
			return 1;	/* "a visit planned for next week", not
					 * "a averti dans un communiqué publié
					 * mercredi" */
	}
	return 0;
}

/*
 * Time h ends the first of two coordinated predicates before trigger t
 * ("arrived on Tuesday evening and held talks"): "and"/"et" follows it
 * and a trigger word precedes it in the clause from c0.
 */
static int
first_conjunct(const struct xctx *x, const struct timex_hit *h, size_t c0,
    size_t t)
{
	size_t e = h->tok + h->ntok;

	return e < t && (wc(x, e) & W_AND) && h->tok > c0 &&
	    predicate_between(x, c0, h->tok);
}

/*
 * "a ordonné jeudi ..., une décision qualifiée de « dérive » par une
 * coalition": participle t in a noun phrase set off by a comma (clause
 * from c0: comma, determiner, noun, participle) passes a later judgement
 * on the act; the time before the comma is not its own.
 */
static int
apposed_judgement(const struct xctx *x, size_t t, size_t c0)
{
	int part = 0;

	for (const struct pat_hit *p = x->tok_info[t].hits; p; p = p->next)
		part |= (p->tense & TENSE_PART) != 0;
	return part && c0 >= 1 && t == c0 + 2 && comma_at(x, c0 - 1) &&
	    (wc(x, c0) & W_DET) && x->doc.toks[c0 + 1].type == TOK_WORD &&
	    x->tok_info[c0 + 1].hits == NULL && actors_at(x, (uint32_t)(c0 + 1))
	    < 0;
}

static int agent_lemma(const char *w);

/* The root of the first verb (not noun) pattern at token t, or 0. */
static int
verb_root(const struct xctx *x, size_t t)
{
	for (const struct pat_hit *p = x->tok_info[t].hits; p; p = p->next)
		if (lang_ok(x, p->pat) && !(p->pat->flags & PAT_F_NOUN))
			return p->pat->code->root;
	return 0;
}

/*
 * "condemned Russia's drone incursions into Finnish airspace last month
 * and called on Moscow to": a week, month or year up to six words after
 * an event noun of another root that no definite or demonstrative
 * determiner points back with (not "chargé de cette médiation en 2022")
 * belongs to that noun, not to a verb of comment, appeal or reaction t
 * (roots 01, 02, 05, 10-13) before it, nor to a second predicate
 * coordinated after it (conj).
 */
static int
noun_time(const struct xctx *x, size_t t, const struct timex_hit *h,
    int conj)
{
	int r;

	if (h->gran < EXTRACT_GRAN_WEEK || h->gran > EXTRACT_GRAN_CENTURY ||
	    (h->tok < t && !conj))
		return 0;
	r = verb_root(x, t);
	if (!(r == 1 || r == 2 || r == 5 || (r >= 10 && r <= 13)))
		return 0;
	for (size_t i = h->tok; i-- > 1 && i + 6 >= h->tok && i != t;) {
		const struct pat_pattern *np = noun_pattern(x, i);

		if (np != NULL && np->code->root != r &&
		    !agent_lemma(np->lemma) &&
		    !(wc(x, i - 1) & (W_DEFINITE | W_DEMONST)))
			return 1;
	}
	return 0;
}

/*
 * Time h right after the reporting verb of an incise that ends the
 * sentence after trigger t ("Les États-Unis ont menacé de sanctions les
 * responsables qui « entravent » l'aide, a indiqué lundi le département
 * d'État", "..., the State Department said on Monday"): the day of the
 * report dates the whole reported statement, relatives included.
 */
static int
final_report(const struct xctx *x, const struct timex_hit *h, size_t t,
    size_t s1)
{
	size_t r = h->tok - 1, i;

	if (h->tok < t + 3 || (x->tok_info[r].hits == NULL &&
	    x->tok_info[r - 1].hits == NULL))
		return 0;
	if (x->tok_info[r].hits == NULL || !reporting_at(x, r))
		r--;	/* "said on Monday" */
	if (r <= t || x->tok_info[r].hits == NULL || !reporting_at(x, r))
		return 0;
	for (i = r; i-- > t && i + 8 > r;) {
		if (comma_at(x, i))
			return !predicate_between(x, h->tok + h->ntok, s1);
		if ((wc(x, i) & W_CLAUSE) || x->tok_info[i].hits != NULL)
			return 0;
	}
	return 0;
}

static int date_after(const char *v, const char *d);

/*
 * Trigger t is the imperfect of a restrictive relative opened at c0, no
 * comma before it ("a dispersé dimanche soir des étudiants qui bloquaient
 * un carrefour", "used water cannon against protesters who were throwing
 * stones"): the act went on at the main clause's time.
 */
static int
imperfect_relative(const struct xctx *x, size_t t, size_t c0, size_t s0)
{
	const char *w = x->doc.text + x->doc.toks[t].start;
	size_t n = x->doc.toks[t].end - x->doc.toks[t].start;

	if (c0 <= s0 + 2 || t < c0 || comma_at(x, c0 - 2) ||
	    !(wc(x, c0 - 1) & W_RELSUBJ))
		return 0;	/* c0 - 1: "qui", "who" */
	if (n > 5 && (memcmp(w + n - 3, "ait", 3) == 0 ||
	    memcmp(w + n - 5, "aient", 5) == 0))
		return 1;
	return n > 5 && memcmp(w + n - 3, "ing", 3) == 0 && t == c0 + 1 &&
	    (strcmp(norm(x, c0), "were") == 0 || strcmp(norm(x, c0), "was") ==
	    0);
}

/*
 * A subordinating conjunction in (t, h) with a predicate of its own
 * before time h ("said the arrests were part of a crackdown since
 * protests against a finance bill began in mid-June", "depuis que les
 * manifestations ont commencé en juin"): the time is that clause's.
 */
static int
subordinate_time(const struct xctx *x, size_t t, const struct timex_hit *h)
{
	for (size_t i = t + 1; i + 1 < h->tok; i++) {
		const char *w = norm(x, i);
		int sub = 0;

		if (w[0] == 'q' && (strcmp(w, "que") == 0 || strcmp(w, "qu'") ==
		    0))
			sub = (wc(x, i - 1) & W_SUBCONJQUE) != 0;
		else
			sub = (wc(x, i) & W_SUBCONJ) != 0;
		if (sub && predicate_between(x, i + 1, h->tok))
			return 1;
	}
	return 0;
}

/*
 * Trigger t is a present-tense verb of a relative clause set off by a
 * comma, opening at c0 ("L'armée avait refusé la semaine dernière de
 * siéger aux côtés des FSR, qu'elle accuse d'avoir massacré des civils",
 * "..., which it accuses of"): what it says holds now, so no time of the
 * main clause before it dates it.
 */
static int
present_relative(const struct xctx *x, size_t t, size_t c0, size_t s0)
{
	const char *w = x->doc.text + x->doc.toks[t].start;
	size_t n = x->doc.toks[t].end - x->doc.toks[t].start;
	static const char *const past[] = { "ed", "er", "é", "ée", "és",
	    "ées" };

	if (c0 <= s0 || t <= c0 || !comma_at(x, c0 - 1) ||
	    !((wc(x, c0) & (W_RELSUBJ | W_RELOBJ)) || ((wc(x, c0) & W_DEMONST)
	    && c0 + 1 < t && (wc(x, c0 + 1) & (W_RELSUBJ | W_RELOBJ)))) ||
	    (wc(x, t - 1) & (W_HAVEAUX | W_PASSAUX)) || !verb_root(x, t))
		return 0;	/* "..., qu'elle accuse", "..., ce que X dément" */
	for (size_t k = 0; k < sizeof(past) / sizeof(past[0]); k++) {
		size_t m = strlen(past[k]);

		if (n > m + 2 && memcmp(w + n - m, past[k], m) == 0)
			return 0;	/* a past, or an infinitive */
	}
	return 1;
}

/*
 * "L'Otan a exprimé sa solidarité avec Vilnius et annoncé l'envoi
 * d'experts dès jeudi": a time still to come after "et"/"and" and a
 * second predicate belongs to that one, not to trigger t before them.
 */
static int
later_conjunct(const struct xctx *x, size_t t, const struct timex_hit *h)
{
	time_t secs = (time_t)(x->in->published_ms / 1000);
	struct tm tm;
	char pub[16];
	size_t i = t + 1;

	while (i + 1 < h->tok && !((wc(x, i) & W_AND) &&
	    predicate_between(x, i + 1, h->tok)))
		i++;
	if (i + 1 >= h->tok)
		return 0;
	gmtime_r(&secs, &tm);
	snprintf(pub, sizeof(pub), "%04d-%02d-%02d", (tm.tm_year + 1900) %
	    10000, (tm.tm_mon + 1) % 100, tm.tm_mday % 100);
	return date_after(h->value, pub);
}

/*
 * Time h in the possessive ("condemned last week's visit", "Sunday's
 * vote"): it dates the noun after it, not trigger t before it.
 */
static int
possessive_time(const struct xctx *x, const struct timex_hit *h, size_t t)
{
	size_t e = h->tok + h->ntok;

	return h->tok > t && e < x->doc.ntoks && strcmp(norm(x, e), "'s") == 0;
}

/*
 * A preposition and a gerund between trigger t and a later time h
 * ("accused Ukraine of attacking an oil depot the previous day",
 * "criticised X for shelling ... on Sunday"): the time dates that act.
 */
static int
gerund_between(const struct xctx *x, size_t t, size_t h)
{
	for (size_t i = t + 2; i < h; i++) {
		const char *w = norm(x, i);
		size_t n = x->doc.toks[i].norm_len;

		if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0 &&
		    (strcmp(norm(x, i - 1), "of") == 0 ||
		    strcmp(norm(x, i - 1), "for") == 0))
			return 1;
	}
	return 0;
}

/* The word after the comma at o starts in lower case (an incise, not a
 * list of names). */
static int
lower_after(const struct xctx *x, size_t o)
{
	return o + 1 < x->doc.ntoks && x->doc.toks[o + 1].type == TOK_WORD &&
	    !(x->doc.toks[o + 1].flags & TOK_F_CAP);
}

/*
 * A month or a year inside an apposition set off by commas before trigger
 * t ("Le président kényan, élu en 2022, a rencontré", "Kenya's president,
 * in power since 2022, met"): it tells the subject's past, not the act's
 * date. The incise must hold a content word besides the time, so ",
 * lundi," or "À Nairobi, en mars," stay the clause's.
 */
static int
apposition_time(const struct xctx *x, const struct timex_hit *h, size_t t,
    size_t s0)
{
	size_t o, c, e = h->tok + h->ntok;
	int content = 0;

	if (h->gran < EXTRACT_GRAN_MONTH || h->gran > EXTRACT_GRAN_CENTURY ||
	    e >= t || h->tok <= s0)
		return 0;
	for (o = h->tok; o-- > s0 && !comma_at(x, o);)
		if (x->doc.toks[o].type == TOK_WORD && !(wc(x, o) & W_FUNCTION))
			content = 1;
	if (o < s0 || o + 1 > h->tok || o == (size_t)-1 || !lower_after(x, o))
		return 0;	/* no comma before it in the sentence */
	for (c = e; c < t && !comma_at(x, c); c++)
		if (x->doc.toks[c].type == TOK_WORD && !(wc(x, c) & W_FUNCTION))
			content = 1;
	return c < t && content;
}

/*
 * The same after trigger t: a month or a year after a comma that follows
 * t, in a stretch with a content word of its own ("a rencontré son
 * homologue ougandais, réélu en 2021,", "met his counterpart, in power
 * since 1986"), describes the object; ", en 2021" alone stays t's.
 */
static int
apposition_after(const struct xctx *x, const struct timex_hit *h, size_t t,
    size_t s1)
{
	size_t o = h->tok, c, e = h->tok + h->ntok;
	int content = 0;

	if (h->gran < EXTRACT_GRAN_MONTH || h->gran > EXTRACT_GRAN_CENTURY ||
	    h->tok <= t + 1)
		return 0;
	while (--o > t && !comma_at(x, o))
		if (x->doc.toks[o].type == TOK_WORD && !(wc(x, o) & W_FUNCTION))
			content = 1;
	if (o <= t || !lower_after(x, o))
		return 0;	/* no comma between t and the time, or a list
			 * of names ("in China, Turkey and the UAE") */
	for (c = e; c < s1 && !comma_at(x, c); c++)
		if (x->doc.toks[c].type == TOK_WORD && !(wc(x, c) & W_FUNCTION))
			content = 1;
	return content;
}

/*
 * A semicolon between tokens a and b: "Lundi, la police a dispersé ... ;
 * mardi, les manifestants sont revenus" are two sentences in one.
 */
static int
semicolon_between(const struct xctx *x, size_t a, size_t b)
{
	size_t lo = a < b ? a : b, hi = a < b ? b : a;

	for (size_t i = lo + 1; i < hi; i++)
		if (x->doc.toks[i].type != TOK_WORD && strcmp(norm(x, i), ";")
		    == 0)
			return 1;
	return 0;
}

/*
 * Time h right after a reporting verb before trigger t ("a annoncé mardi
 * qu'elle livrerait ... en septembre", "said on Tuesday it signed ... on
 * Monday"): the day of the report, not of the act it reports, which
 * takes a time of its own clause first.
 */
static int
report_time(const struct xctx *x, const struct timex_hit *h, size_t t)
{
	size_t r = h->tok;

	if (h->tok + h->ntok > t || r < 2)
		return 0;
	if (x->tok_info[r - 1].hits == NULL && x->doc.toks[r - 1].type ==
	    TOK_WORD && !(wc(x, r - 1) & W_FUNCTION))
		return 0;
	if (x->tok_info[r - 1].hits == NULL)
		r--;	/* "said on Tuesday" */
	return x->tok_info[r - 1].hits != NULL && r - 1 != t &&
	    reporting_at(x, r - 1);
}

/* Distance from trigger t to time h, expressions after the verb closer. */
static long
date_dist(const struct timex_hit *h, size_t t)
{
	long d = (long)h->tok - (long)t;

	return d < 0 ? -d * 2 : d;
}

/*
 * Index of the first time expression of sentence sent or later: x->times
 * is in text order (timex_find()), so in sentence order.
 */
static size_t
times_from(const struct xctx *x, uint32_t sent)
{
	size_t lo = 0, hi = x->ntimes;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->times[mid].sent < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A DATE or TIME expression that names a day or time. */
static int
day_naming(const struct timex_hit *h)
{
	return (strcmp(h->type, "DATE") == 0 || strcmp(h->type, "TIME") ==
	    0) && h->gran != EXTRACT_GRAN_UNSPECIFIED;
}

/*
 * "La Somalie avait alors rappelé son ambassadeur", "X was then ...": a
 * clause that points back to a time takes the last day-naming date of the
 * three sentences before ("alors que", "whereas", is no such pointer).
 */
static const struct timex_hit *
date_back(const struct xctx *x, size_t t, uint32_t sent)
{
	const struct sentence *st = &x->doc.sents[sent];
	int back = 0;

	for (size_t i = st->tok; i < st->tok + st->ntok; i++)
		if ((wc(x, i) & W_THEN) && !(i + 1 < x->doc.ntoks &&
		    strncmp(norm(x, i + 1), "qu", 2) == 0))
			back = 1;
	(void)t;
	for (size_t k = back ? times_from(x, sent) : 0; k-- > 0;) {
		const struct timex_hit *h = &x->times[k];

		if (h->sent + 3 < sent)
			break;
		if (day_naming(h))
			return h;
	}
	return NULL;
}

/*
 * Date of the clause: the nearest DATE/TIME expression of the trigger's
 * clause, else of its sentence outside other clauses ("qui", "mais"
 * between them). Expressions that name no day (PRESENT_REF "désormais",
 * FUTURE_REF "prochainement") are skipped. NULL: the publication day.
 */
static const struct timex_hit *
find_date(const struct xctx *x, size_t t, uint32_t sent)
{
	const struct sentence *st = &x->doc.sents[sent];
	size_t s1 = st->tok + st->ntok;
	size_t c0 = clause_start(x, t, st->tok), c1 = clause_end(x, t, s1);
	const struct timex_hit *best = NULL;
	long bd = 0;
	int bin = 0, now = present_relative(x, t, c0, st->tok);
	int along = imperfect_relative(x, t, c0, st->tok);

	for (size_t k = times_from(x, sent); k < x->ntimes &&
	    x->times[k].sent == sent; k++) {
		const struct timex_hit *h = &x->times[k];
		long d;
		int in, inc;

		if (!day_naming(h) || h->bound || dateline_at(x, h) ||
		    (inc = after_incise(x, t, h->tok, st->tok)) < 0)
			continue;	/* "sa première visite depuis 2019" */
		if (!inc && h->tok > t && final_report(x, h, t, s1))
			inc = 1;	/* "..., a indiqué lundi le ministère" */
		if (now && h->tok < c0)
			continue;	/* "..., qu'elle accuse d'avoir" */
		if (h->tok < c0 && apposed_judgement(x, t, c0))
			continue;	/* "..., une décision qualifiée de" */
		if (h->tok < c0 && apposition_time(x, h, t, st->tok))
			continue;	/* "Le président, élu en 2022, a" */
		if (h->tok < c0 && reporting_between(x, h->tok + h->ntok, c0))
			continue;	/* "pushed back migrants on Wednesday
					 * night, X said, as the country
					 * accused" */
		d = date_dist(h, t);
		in = inc > 0 || (h->tok >= c0 && h->tok < c1);
		if (in && h->tok < t && (first_conjunct(x, h, c0, t) ||
		    report_time(x, h, t)))
			in = 0;	/* "arrived on Tuesday evening and held talks
				 * ... the next morning", "said on Tuesday it
				 * signed ... on Monday" */
		if (anchor_before(x, h, t))
			continue;	/* "a month after Washington blacklisted" */
		if (!inc && h->tok >= c1 && predicate_between(x, c1, h->tok))
			continue;	/* "..., détenue depuis le 1er février" */
		if (!inc && apposition_after(x, h, t, s1))
			continue;	/* "son homologue, réélu en 2021" */
		if (along && h->tok < c0 && !other_clause(x, h->tok, c0 - 1))
			in = 1;	/* "des étudiants qui bloquaient" */
		if (!in && !inc && ((other_clause(x, t, h->tok) &&
		    !time_relative(x, h->tok, t)) ||
		    closed_relative(x, h->tok, t, st->tok)))
			continue;	/* "..., qui ont repris en novembre" */
		if (best != NULL && (in < bin || (in == bin && d >= bd)))
			continue;	/* cannot win: spare the tests below */
		if (semicolon_between(x, t, h->tok))
			continue;	/* "Lundi, ... ; mardi, ..." */
		if (!inc && h->tok > t && (perfect_between(x, t, h->tok) ||
		    gerund_between(x, t, h->tok) ||
		    participle_between(x, t, h->tok)))
			continue;	/* "d'avoir bombardé ... la veille" */
		if (possessive_time(x, h, t))
			continue;	/* "condemned last week's visit" */
		if (!inc && h->tok > t && (later_conjunct(x, t, h) ||
		    subordinate_time(x, t, h)))
			continue;	/* "et annoncé l'envoi ... dès jeudi",
					 * "since protests began in mid-June" */
		if (noun_time(x, t, h, h->tok < t && first_conjunct(x, h, c0,
		    t)))
			continue;	/* "condemned incursions last month" */
		best = h;
		bd = d;
		bin = in;
	}
	return best ? best : date_back(x, t, sent);
}

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	h ^= 0x1f;
	return h * 0x100000001b3ULL;
}

/* h as 16 lower-case hex digits and a NUL into out[17]. */
static void
hex16(char *out, uint64_t h)
{
	static const char dig[] = "0123456789abcdef";

	for (int i = 15; i >= 0; i--, h >>= 4)
		out[i] = dig[h & 15];
	out[16] = '\0';
}

static int
evset_grow(struct evset *es)
{
	size_t cap = es->cap ? es->cap * 2 : 16;
	void *a, *b, *c, *d, *e;

	a = realloc(es->ev, cap * sizeof(*es->ev));
	if (a) es->ev = a;
	b = realloc(es->keys, cap * sizeof(*es->keys));
	if (b) es->keys = b;
	c = realloc(es->spans, cap * sizeof(*es->spans));
	if (c) es->spans = c;
	d = realloc(es->nspans, cap * sizeof(*es->nspans));
	if (d) es->nspans = d;
	e = realloc(es->spancap, cap * sizeof(*es->spancap));
	if (e) es->spancap = e;
	if (!a || !b || !c || !d || !e)
		return -1;
	es->cap = cap;
	return 0;
}

static int
span_add(struct evset *es, size_t k, struct extract_span sp)
{
	if (es->nspans[k] == es->spancap[k]) {
		size_t cap = es->spancap[k] ? es->spancap[k] * 2 : 4;
		struct extract_span *n = realloc(es->spans[k], cap * sizeof(*n));

		if (n == NULL)
			return -1;
		es->spans[k] = n;
		es->spancap[k] = cap;
	}
	es->spans[k][es->nspans[k]++] = sp;
	return 0;
}

/* Sentence span trimmed to the clause around the trigger. */
static struct extract_span
clause_span(const struct xctx *x, size_t s0, size_t s1)
{
	struct extract_span sp = { x->doc.toks[s0].start,
	    x->doc.toks[s1 - 1].end };

	return sp;
}

struct coded {
	const struct trig *tr;
	const struct xmention *speaker;	/* "« Nous appelons »": the subject */
	const struct xmention *src, *tgt;
	const struct xmention *place;
	int mode, carried;
	int tgt_guess;		/* target taken from the previous event */
	int tgt_fixed;		/* target (or none) set by a rule: no guess */
	int nosubj;		/* the subject names no actor: not coded */
	int agentless;		/* a passive naming no actor at all */
	int by_last;		/* a passive whose agent is the last subject */
	int same_act;		/* "The contract was signed": an act coded before */
	int objpron;		/* "accusing them": the target is anaphoric */
	const struct xmention *pair;	/* coordinated co-subject */
	const struct xmention *dual;	/* other actor of "les deux pays" */
	const struct xmention *tgt2;	/* other party of a joint act reacted to */
	int domestic;		/* guessed from a domestic story's lead pair */
	const struct xmention *each;	/* "Both called on X": the other one */
	int each_guess;		/* "Both had objected": each's target guessed */
	int unnamed;		/* an accused repression of persons of no */
				/* named nationality: no target */
	size_t dual_obj;	/* "thanked both sides": the "both" token */
	int date_from;		/* dated like the event at date_tok */
	size_t date_tok;
	size_t s0, s1;
	int msorted;		/* x->m is in token order */
};

/* The publication day "YYYY-MM-DD" of x into es->pubday, once. */
static const char *
pub_day(const struct xctx *x, struct evset *es)
{
	time_t secs;
	struct tm tm;
	char buf[48];		/* room for any int the compiler imagines */

	if (es->pubday[0] != '\0')
		return es->pubday;
	secs = (time_t)(x->in->published_ms / 1000);
	gmtime_r(&secs, &tm);
	/* TIMEX3 years have four digits: %Y would print year 0 as "0". */
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday);
	snprintf(es->pubday, sizeof(es->pubday), "%.31s", buf);
	return es->pubday;
}

/* Event date from time expression h, or the publication day when NULL. */
static int
fill_time(struct xctx *x, const struct timex_hit *h, const char *pubday,
    struct extract_time *t)
{
	if (h != NULL) {
		t->text = arena_strndup(x->ar, x->doc.text + h->span.start,
		    h->span.end - h->span.start);
		memcpy(t->value, h->value, sizeof(t->value));
		memcpy(t->type, h->type, sizeof(t->type));
		t->gran = h->gran;
		t->span = h->span;
		return t->text ? 0 : -1;
	}
	memcpy(t->value, pubday, sizeof(t->value));	/* both char[32] */
	memcpy(t->type, "DATE", 5);
	t->gran = EXTRACT_GRAN_DAY;
	t->text = "";
	return 0;
}

static int
fill_place(struct xctx *x, const struct xmention *p, struct extract_place *pl)
{
	const char *nm;

	if (p == NULL) {
		pl->name = "";
		return 0;
	}
	nm = p->name ? p->name : "";
	if ((pl->name = arena_strndup(x->ar, nm, strlen(nm))) == NULL)
		return -1;
	memcpy(pl->country, p->country, 4);
	pl->lat = p->lat;
	pl->lon = p->lon;
	pl->has_coords = p->has_coords;
	pl->span = p->span;
	return 0;
}

static float
confidence(const struct coded *c)
{
	float f = 0.5f;

	if (c->tgt)
		f += 0.15f;
	if (c->tr->needs_met)
		f += 0.15f;
	if (c->carried)
		f -= 0.2f;
	if (c->mode != EXTRACT_MODE_ASSERTED)
		f -= 0.05f;
	return f < 0.05f ? 0.05f : f > 0.95f ? 0.95f : f;
}

/* The n-digit number at s, or -1. */
static int
num(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* ISO week w of year y starts after day py-pm-pd. */
static int
week_after(int y, int w, int py, int pm, int pd)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = 0, .tm_mday = 4 };
	struct tm ptm = { .tm_year = py - 1900, .tm_mon = pm - 1,
	    .tm_mday = pd };
	time_t t = timegm(&tm);

	gmtime_r(&t, &tm);	/* Monday of week 1: Jan 4's week */
	t -= (time_t)((tm.tm_wday + 6) % 7) * 86400;
	t += (time_t)(w - 1) * 7 * 86400;
	return t > timegm(&ptm);
}

/*
 * TIMEX3 value v ("2025", "2024-11", "2024-W26", "2024-06-21TMO") starts
 * after day d ("YYYY-MM-DD"): the event is still to come.
 */
static int
date_after(const char *v, const char *d)
{
	int y, m, dd, w, py = num(d, 4), pm = num(d + 5, 2), pd = num(d + 8, 2);
	size_t n = strlen(v);

	if (n < 4 || (y = num(v, 4)) < 0 || py < 0 || pm < 0 || pd < 0)
		return 0;
	if (n >= 8 && v[4] == '-' && v[5] == 'W' && (w = num(v + 6, 2)) > 0)
		return week_after(y, w, py, pm, pd);
	m = n >= 7 && v[4] == '-' ? num(v + 5, 2) : 0;
	dd = n >= 10 && m > 0 && v[7] == '-' ? num(v + 8, 2) : 0;
	if (m < 0)
		m = 0;		/* a season "2024-SP": no month */
	if (y != py)
		return y > py;
	if (m == 0 || m != pm)
		return m > pm;
	return dd > pd;
}

/*
 * Appeals, promises, demands and threats (roots 02, 03, 10, 13) are made
 * now whatever the day of what they ask or promise.
 */
static int
speech_act(int root)
{
	return root == 2 || root == 3 || root == 10 || root == 13;
}

/* Key of actor a of an emitted event (country, else CAMEO code). */
static const char *
event_key(const struct extract_actor *a)
{
	return a->country[0] ? a->country : a->cameo;
}

/* The last event of es with code and actor keys sk, tk, or NULL. */
static struct extract_event *
prior_act(struct evset *es, const char *sk, const char *code, const char *tk)
{
	for (size_t k = es->n; k-- > 0;) {
		struct extract_event *e = &es->ev[k];

		if (strcmp(e->cameo_code, code) == 0 &&
		    strcmp(event_key(&e->source), sk) == 0 &&
		    strcmp(e->target.text ? event_key(&e->target) : "", tk) ==
		    0)
			return e;
	}
	return NULL;
}

static int definite(const struct xctx *x, size_t i);

/* Lemma w ends like a noun of agents ("manifestant", "protester"). */
static int
agent_lemma(const char *w)
{
	static const char *const suf[] = { "ant", "eur", "ster", "tor" };
	size_t n = strlen(w);

	for (size_t k = 0; k < sizeof(suf) / sizeof(suf[0]); k++) {
		size_t m = strlen(suf[k]);

		if (n > m && strcmp(w + n - m, suf[k]) == 0)
			return 1;
	}
	return 0;
}

/* The CAMEO code an event noun at token i names ("talks", "réunion"),
 * not a noun of the people who act ("les manifestants"). */
static const struct pat_code *
event_noun(const struct xctx *x, size_t i)
{
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && !(h->pat->flags & PAT_F_SAY) &&
		    !agent_lemma(h->pat->lemma))
			return h->pat->code;
	return NULL;
}

/* A quotation overlaps tokens [a, b]. */
static int
quoted_between(const struct xctx *x, size_t a, size_t b)
{
	for (size_t k = 0; k < x->nquotes; k++)
		if (x->quotes[k].open <= b && x->quotes[k].close >= a)
			return 1;
	return 0;
}

/*
 * The last event of es dated by a time expression with code (else root).
 * A clause that is no plan refers back to no planned event ("agreed to
 * meet again later this month. The talks, mediated by ...": the talks
 * held, not the next round).
 */
static struct extract_event *
dated_event(struct evset *es, const struct pat_code *code, int planned)
{
	struct extract_event *same_root = NULL;

	for (size_t k = es->n; k-- > 0;) {
		struct extract_event *e = &es->ev[k];

		if (e->date.text == NULL || e->date.text[0] == '\0' ||
		    e->cameo_root != code->root || (!planned &&
		    e->mode == EXTRACT_MODE_PLANNED))
			continue;
		if (strcmp(e->cameo_code, code->code) == 0)
			return e;
		if (same_root == NULL)
			same_root = e;
	}
	return same_root;
}

/* Index of the sentence holding byte offset off (binary search). */
static uint32_t
sent_at(const struct xctx *x, uint32_t off)
{
	size_t lo = 0, hi = x->doc.nsents;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->doc.sents[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

/*
 * "Le texte, soutenu par 20 pays, exhorte Téhéran": a definite document
 * noun opening the sentence is the text the last dated event of the two
 * sentences before produced; that event, or NULL.
 */
static struct extract_event *
last_dated(const struct xctx *x, struct evset *es, uint32_t sent)
{
	for (size_t k = es->n; k-- > 0;) {
		struct extract_event *e = &es->ev[k];
		uint32_t s;

		if (e->date.text == NULL || e->date.text[0] == '\0')
			continue;
		s = sent_at(x, e->date.span.start);
		return s + 2 >= sent ? e : NULL;
	}
	return NULL;
}

/*
 * "Lors de cette visite, ...", "À l'issue de la rencontre, ...", "During
 * the talks, ...": a fronted phrase closed by a comma before trigger t
 * whose time preposition ("lors de", "pendant", "during", "après") takes a
 * definite, demonstrative or possessive event noun. Its code, or NULL.
 */
static const struct pat_code *
fronted_event(const struct xctx *x, size_t s0, size_t t)
{
	size_t cm = s0 + 1;

	while (cm < t && cm <= s0 + 8 && !(x->doc.toks[cm].type != TOK_WORD &&
	    strcmp(norm(x, cm), ",") == 0))
		cm++;
	if (cm >= t || cm > s0 + 8)
		return NULL;
	for (size_t d = s0 + 1; d + 1 < cm; d++)
		if ((wc(x, d - 1) & (W_SEQUENCE | W_RELPREP)) &&
		    (definite(x, d) || (wc(x, d) & W_POSS)))
			return event_noun(x, d + 1);
	return NULL;
}

/*
 * A clause with no time of its own that names an event already coded,
 * "After the talks, the two governments signed", "Après la signature,
 * ...", "La réunion, organisée sous l'égide de ...": the definite event
 * noun after "après"/"after" or opening the sentence before the trigger
 * refers back to it, so the clause takes that event's day: the last
 * event of es dated by an expression with the noun's code, else its root.
 * Not when a quotation comes first. NULL when none.
 */
static struct extract_event *
referred_event(const struct xctx *x, struct evset *es, const struct coded *c)
{
	size_t t = c->tr->tok, s0 = x->doc.sents[x->doc.toks[t].sent].tok;
	const struct pat_code *code = NULL;

	if (t < s0 + 1)
		return NULL;
	for (size_t i = s0; i + 1 <= t && i <= s0 + 2 && code == NULL; i++) {
		size_t d = i == s0 && definite(x, i) ? i :
		    (wc(x, i) & W_SEQUENCE) ? i + 1 : (size_t)-1;

		if (d == (size_t)-1 || d + 1 > t || !definite(x, d))
			continue;	/* the trigger itself: "Les négociations" */
		code = event_noun(x, d + 1);
	}
	if (code == NULL)
		code = fronted_event(x, s0, t);
	if (code == NULL && definite(x, s0) && (wc(x, s0 + 1) & W_DOC) &&
	    s0 + 1 < t && !quoted_between(x, s0, t))
		return last_dated(x, es, x->doc.toks[t].sent);
	if (code == NULL || quoted_between(x, s0, t))
		return NULL;	/* « Les manifestations ... », a-t-il dit */
	return dated_event(es, code, c->mode == EXTRACT_MODE_PLANNED);
}

/*
 * Time h is followed by "de"/"of" and trigger t comes before any comma
 * after it: "au lendemain de sa visite en Chine", "on the eve of his
 * visit": t is in its complement.
 */
static int
of_complement(const struct xctx *x, const struct timex_hit *h, size_t t)
{
	size_t e = h->tok + h->ntok;

	if (e >= t || !(wc(x, e) & W_OF))
		return 0;
	for (size_t i = e; i < t; i++)
		if (comma_at(x, i))
			return 0;
	return 1;
}

/*
 * Trigger t inside the complement of "un jour après", "two days after"
 * ("arrivé mercredi soir, un jour après avoir signé un pacte"): the act
 * lies that many days before the phrase's day (timex_hit.base when the
 * value is at a coarser unit: "deux semaines après" 2024-W25). Writes that day into out
 * (no text) and returns 1, else 0.
 */
static int
complement_day(const struct xctx *x, size_t t, struct timex_hit *out)
{
	uint32_t sent = x->doc.toks[t].sent;
	int y, m, d;
	struct tm tm;
	time_t secs;

	for (size_t k = times_from(x, sent); k < x->ntimes &&
	    x->times[k].sent == sent && x->times[k].tok < t; k++) {
		const struct timex_hit *h = &x->times[k];

		const char *v = h->base[0] ? h->base : h->value;

		if (h->shift == 0 || (h->gran != EXTRACT_GRAN_DAY &&
		    !h->base[0]) ||
		    !(anchor_before(x, h, t) || of_complement(x, h, t)) ||
		    h->tok + h->ntok + 8 < t ||
		    (y = num(v, 4)) < 0 || (m = num(v + 5, 2)) < 1 ||
		    (d = num(v + 8, 2)) < 1)
			continue;
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = y - 1900;
		tm.tm_mon = m - 1;
		tm.tm_mday = d - h->shift;	/* timegm normalizes */
		secs = timegm(&tm);
		gmtime_r(&secs, &tm);
		memset(out, 0, sizeof(*out));
		snprintf(out->value, sizeof(out->value), "%04d-%02d-%02d",
		    (tm.tm_year + 1900) % 10000, (tm.tm_mon + 1) % 100,
		    tm.tm_mday % 100);
		memcpy(out->type, "DATE", 5);
		out->gran = EXTRACT_GRAN_DAY;
		return 1;
	}
	return 0;
}

/*
 * "Il a été reçu par X", "was welcomed at the airport by": a host (043)
 * receives the visitor on the day of the arrival the article dated, the
 * last visit (042) or deployment (074) of visitor tk to host sk with a
 * written date. NULL when none.
 */
static struct extract_event *
arrival_of(struct evset *es, const char *sk, const char *tk)
{
	for (size_t k = es->n; k-- > 0;) {
		struct extract_event *e = &es->ev[k];

		if (e->date.text == NULL || e->date.text[0] == '\0' ||
		    (strcmp(e->cameo_code, "042") != 0 &&
		    strcmp(e->cameo_code, "074") != 0) || e->target.text == NULL)
			continue;
		if (strcmp(event_key(&e->source), tk) == 0 &&
		    strcmp(event_key(&e->target), sk) == 0)
			return e;
	}
	return NULL;
}

/*
 * "Des milliers de jeunes sont descendus mercredi dans les rues ... La
 * police a dispersé les manifestants", "protesters threw stones on Tuesday
 * night ... Police used tear gas to disperse the crowd": a domestic
 * repression on the spot (175) with no time of its own meets the crowd on
 * the day of its last dated act, a protest, coercion or assault (roots 14,
 * 17, 18) with source tk, not planned, dated in this sentence or the one
 * before. Arrests are not: their counts are often later reports. That
 * event or NULL.
 */
static struct extract_event *
crowd_act(const struct xctx *x, struct evset *es, const char *tk,
    uint32_t sent)
{
	for (size_t k = es->n; k-- > 0;) {
		struct extract_event *e = &es->ev[k];
		int r = e->cameo_root;

		if (e->date.text == NULL || e->date.text[0] == '\0')
			continue;
		if (sent_at(x, e->date.span.start) + 1 < sent)
			return NULL;
		if ((r == 14 || r == 17 || r == 18) && e->mode !=
		    EXTRACT_MODE_PLANNED && strcmp(event_key(&e->source), tk)
		    == 0)
			return e;
	}
	return NULL;
}

/*
 * "Marcos thanked Tokyo and Washington for their help. \"We are grateful
 * to our friends,\" Marcos said during a visit on Sunday.": a statement
 * with no time of its own whose speaker sk opens the next sentence with a
 * quotation dated after it speaks on that occasion. That time or NULL.
 */
static const struct timex_hit *
said_next(const struct xctx *x, const char *sk, uint32_t sent)
{
	const struct sentence *nx;
	size_t k;

	if (sent + 1 >= x->doc.nsents)
		return NULL;
	nx = &x->doc.sents[sent + 1];
	for (k = 0; k < x->nquotes && x->quotes[k].open < nx->tok; k++)
		;
	if (k == x->nquotes || x->quotes[k].open > nx->tok + 1 ||
	    x->quotes[k].speaker < 0 || strcmp(actors_key(actors_resolve(x,
	    &x->m[x->quotes[k].speaker])), sk) != 0)
		return NULL;
	for (size_t j = times_from(x, sent + 1); j < x->ntimes &&
	    x->times[j].sent == sent + 1; j++)
		if (x->times[j].tok > x->quotes[k].close &&
		    day_naming(&x->times[j]))
			return &x->times[j];
	return NULL;
}

/*
 * "bloquaient un carrefour pour réclamer des élections", "a convoqué
 * l'ambassadeur afin de protester": a purpose infinitive at t happens
 * with the verb it serves, the nearest verb trigger up to twelve words
 * back in its sentence. That token, else t.
 */
static size_t
purpose_head(const struct xctx *x, size_t t)
{
	size_t s0 = x->doc.sents[x->doc.toks[t].sent].tok, v;

	if (t < s0 + 2 || !((wc(x, t - 1) & W_INORDER) ||
	    (strcmp(norm(x, t - 1), "de") == 0 && (wc(x, t - 2) & W_INORDER))))
		return t;
	for (v = t - 1; v-- > s0 && v + 12 > t;)
		if (x->tok_info[v].hits != NULL && verb_root(x, v) != 0)
			return v;
	return t;
}

/*
 * "Les policiers ont été accueillis à l'aéroport par le Premier ministre,
 * Garry Conille, qui a salué « un moment historique »": a reaction in a
 * subject relative set off by a comma, with no time of its own, is made
 * on the occasion of the sentence's last event before it that involves
 * actor sk (the relative's antecedent), if that one has a day other than the
 * publication day; not after a reporting verb ("X a libéré jeudi Y, a
 * annoncé l'Élysée, qui a remercié Oman": the antecedent reports, today)
 * nor for a pluperfect ("who had criticised the police": earlier). That
 * event or NULL.
 */
static struct extract_event *
occasion_of(const struct xctx *x, struct evset *es, size_t t, const char *sk)
{
	uint32_t sent = x->doc.toks[t].sent;
	size_t s0 = x->doc.sents[sent].tok, c0 = clause_start(x, t, s0);

	if (c0 < s0 + 2 || !(wc(x, c0 - 1) & W_RELSUBJ) || !comma_at(x, c0 - 2)
	    || reporting_between(x, s0, c0))
		return NULL;	/* "..., a annoncé l'Élysée, qui" */
	for (size_t i = c0; i < t; i++)
		if (wc(x, i) & W_PLUPERF)
			return NULL;	/* "who had criticised": before */
	for (size_t k = es->n; k-- > 0;) {
		struct extract_event *e = &es->ev[k];

		if (sent_at(x, e->evidence.start) != sent)
			return NULL;
		if (strcmp(event_key(&e->source), sk) == 0 || (e->target.text &&
		    strcmp(event_key(&e->target), sk) == 0))
			return strcmp(e->date.value, pub_day(x, es)) != 0 ? e :
			    NULL;
	}
	return NULL;
}

/*
 * "Accueilli jeudi matin au palais, le président s'est ensuite entretenu
 * avec ...": a part of the day or clock time h before trigger t with
 * "ensuite", "puis", "then", "later" or "afterwards" between them dates a
 * later act of that day: the day only, into out. 1 when so.
 */
static int
later_that_day(const struct xctx *x, const struct timex_hit *h, size_t t,
    struct timex_hit *out)
{
	if (h->gran != EXTRACT_GRAN_TIME || h->tok >= t || strlen(h->value) < 10)
		return 0;
	for (size_t i = h->tok + h->ntok; i < t; i++)
		if (wc(x, i) & W_LATER) {
			*out = *h;
			out->value[10] = '\0';
			memcpy(out->type, "DATE", 5);
			out->gran = EXTRACT_GRAN_DAY;
			return 1;
		}
	return 0;
}

/* A time hit standing for event date d (its text is looked up again). */
static void
time_of(struct timex_hit *h, const struct extract_time *d)
{
	memset(h, 0, sizeof(*h));
	memcpy(h->value, d->value, sizeof(h->value));
	memcpy(h->type, d->type, sizeof(h->type));
	h->gran = d->gran;
	h->span = d->span;
}

static int
emit(struct xctx *x, struct evset *es, const struct coded *c)
{
	size_t dt = c->date_from ? c->date_tok : purpose_head(x, c->tr->tok);
	const struct timex_hit *th = find_date(x, dt, x->doc.toks[dt].sent);
	const char *sk = actors_key(actors_resolve(x, c->src));
	const char *tk = c->tgt ? actors_key(actors_resolve(x, c->tgt)) : "";
	struct extract_event *e = NULL;
	struct extract_span ev = clause_span(x, c->s0, c->s1);
	struct timex_hit prior, shifted;
	int r = c->tr->pat->code->root;
	char datev[32];
	uint64_t h;
	size_t k;

	if (sk[0] == '\0')
		sk = actors_key(c->src);
	if (c->tgt && tk[0] == '\0')
		tk = actors_key(c->tgt);
	if (sk[0] == '\0' || (strcmp(sk, tk) == 0 && c->tgt_guess &&
	    c->tr->pat->code->root != 9 && !c->domestic))
		return 0;	/* but an own act investigated, a civil war */
	if ((th == NULL || th->tok < dt) && complement_day(x, dt, &shifted))
		th = &shifted;	/* "un jour après avoir signé": the day before;
				 * "trois semaines après la visite ... en mai"
				 * keeps its own month */
	else if (th != NULL && later_that_day(x, th, dt, &shifted))
		th = &shifted;	/* "jeudi matin ..., s'est ensuite entretenu" */
	if (th != NULL && speech_act(c->tr->pat->code->root) && th->tok > dt &&
	    date_after(th->value, pub_day(x, es)))
		th = NULL;	/* "a promis de présenter d'ici à la mi-mars" */
	if (th == NULL && (c->same_act || strcmp(c->tr->pat->code->code,
	    "045") == 0) &&
	    (e = prior_act(es, sk, c->tr->pat->code->code, tk)) != NULL)
		th = &prior;		/* dated like that act; "X, qui a */
				/* joué un rôle de médiateur": the mediation */
	if (th == NULL && (e = referred_event(x, es, c)) != NULL)
		th = &prior;		/* "After the talks, ..." */
	if (th == NULL && strcmp(c->tr->pat->code->code, "043") == 0 &&
	    (e = arrival_of(es, sk, tk)) != NULL)
		th = &prior;		/* received on the arrival day */
	if (th == NULL && (r == 1 || r == 2 || r == 5 || (r >= 10 && r <=
	    13)) && (e = occasion_of(x, es, dt, sk)) != NULL)
		th = &prior;		/* "..., qui a salué « »" */
	if (th == NULL && (r == 1 || r == 2 || r == 5 || (r >= 10 && r <=
	    13)))
		th = said_next(x, sk, x->doc.toks[dt].sent);	/* same speech */
	if (th == NULL && strcmp(c->tr->pat->code->code, "175") == 0 &&
	    strcmp(sk, tk) == 0 &&
	    (e = crowd_act(x, es, tk, x->doc.toks[dt].sent)) != NULL)
		th = &prior;		/* "La police a dispersé les
					 * manifestants" */
	if (th == &prior)
		time_of(&prior, &e->date);
	memcpy(datev, th ? th->value : pub_day(x, es), sizeof(datev));
	h = fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(0xcbf29ce484222325ULL, x->in->id ?
	    x->in->id : ""), sk), c->tr->pat->code->code), tk), datev);
	for (k = es->n; k-- > (es->n > 512 ? es->n - 512 : 0);)
		if (es->keys[k] == h) {
			es->ev[k].mentions++;
			return span_add(es, k, ev);
		}
	if (es->n == es->cap && evset_grow(es) == -1)
		return -1;
	k = es->n++;
	es->keys[k] = h;
	es->spans[k] = NULL;
	es->nspans[k] = es->spancap[k] = 0;
	e = &es->ev[k];
	memset(e, 0, sizeof(*e));
	hex16(e->event_id, h);
	memcpy(e->cameo_code, c->tr->pat->code->code, sizeof(e->cameo_code));
	e->cameo_root = c->tr->pat->code->root;
	e->quad_class = c->tr->pat->code->quad;
	e->goldstein = c->tr->pat->code->goldstein;
	e->plover_type = c->tr->pat->code->plover;
	e->mode = c->mode;
	if (th != NULL && th != &prior && (c->mode == EXTRACT_MODE_ASSERTED ||
	    c->mode == EXTRACT_MODE_REPORTED) && !speech_act(e->cameo_root) &&
	    date_after(th->value, pub_day(x, es)))
		e->mode = EXTRACT_MODE_PLANNED;	/* "l'an prochain" */
	e->evidence = ev;
	e->mentions = 1;
	e->confidence = confidence(c);
	e->trigger = arena_strndup(x->ar, x->doc.text +
	    x->doc.toks[c->tr->tok].start, x->doc.toks[c->tr->tok].end -
	    x->doc.toks[c->tr->tok].start);
	if (e->trigger == NULL || actors_fill(x, c->src, &e->source) == -1 ||
	    (c->tgt && actors_fill(x, c->tgt, &e->target) == -1) ||
	    fill_time(x, th, pub_day(x, es), &e->date) == -1 ||
	    fill_place(x, c->place, &e->location) == -1)
		return -1;
	if (c->tgt == NULL)
		e->target.text = e->target.name = "";
	return span_add(es, k, ev);
}

/* An object pronoun: "accusing them", "les accuse", "l'a accusé". */
static int
object_pronoun(const struct xctx *x, size_t t, size_t s0, size_t s1)
{
	size_t i = t;

	if (t + 1 < s1 && (wc(x, t + 1) & W_OBJPRON) && x->lang[0] == 'e')
		return 1;
	if (x->lang[0] != 'f' || t < s0 + 1)
		return 0;
	if (i >= s0 + 2 && (x->doc.toks[i - 1].type == TOK_WORD) &&
	    (strcmp(text_tok_norm(&x->doc, i - 1), "a") == 0 ||
	    strcmp(text_tok_norm(&x->doc, i - 1), "ont") == 0 ||
	    strcmp(text_tok_norm(&x->doc, i - 1), "avait") == 0))
		i--;			/* "l'a accusé": skip the auxiliary */
	return (wc(x, i - 1) & W_OBJPRON) && !(x->doc.toks[i - 1].flags &
	    TOK_F_SENT_START);
}

/* 1 when "il"/"he" comes before t in the sentence, 2 for "ils"/"they". */
static int
pronoun_before(const struct xctx *x, size_t t, size_t s0)
{
	int pron = 0;

	for (size_t i = s0; i < t; i++)
		if (wc(x, i) & (W_PRON | W_PRONPL))
			pron = (wc(x, i) & W_PRON) ? 1 : 2;
	return pron;
}

/*
 * The person or office holder named first in the sentence before the
 * singular pronoun ahead of t ("Le président français devait venir, mais
 * il a annulé"), or NULL.
 */
static const struct xmention *
person_before_pronoun(const struct xctx *x, size_t t, size_t s0)
{
	size_t p = t;

	while (p > s0 && !(wc(x, p - 1) & W_PRON))
		p--;
	if (p == s0)
		return NULL;
	for (size_t i = s0; i + 1 < p; i++) {
		const struct xmention *m = actor_at(x, i);

		if (m == NULL || m->locative || m->adj || m->tok != i)
			continue;
		if (m->kind == EXTRACT_KIND_PERSON || m->role[0])
			return m;
		return NULL;	/* the sentence opens with a state */
	}
	return NULL;
}

/*
 * The sentence opens with "ce dernier", "cette dernière", "celui-ci",
 * "celle-ci" (the latter) before verb t.
 */
static int
latter_at(const struct xctx *x, size_t s0, size_t t)
{
	const char *w = norm(x, s0), *n;

	if (x->lang[0] != 'f' || s0 + 1 >= t)
		return 0;
	n = norm(x, s0 + 1);
	if ((wc(x, s0) & W_DEMONST) && strncmp(n, "dernier", 7) == 0)
		return 1;
	if (strcmp(w, "celui") && strcmp(w, "celle") && strcmp(w, "ceux") &&
	    strcmp(w, "celles"))
		return 0;
	return strcmp(n, "ci") == 0 || (strcmp(n, "-") == 0 && s0 + 2 < t &&
	    strcmp(norm(x, s0 + 2), "ci") == 0);	/* "celui" "-" "ci" */
}

/* The last actor named before token i that is no place, or NULL. */
static const struct xmention *
last_named(const struct xctx *x, size_t i)
{
	size_t lo = i > 60 ? i - 60 : 0;

	for (size_t k = i; k-- > lo;) {
		const struct xmention *m = actor_at(x, k);

		if (m != NULL && !m->locative && !m->adj)
			return m;
	}
	return NULL;
}

/* Subject of a clause with none before the trigger. */
static const struct xmention *
carried_subject(const struct xctx *x, const struct trig *tr, size_t s0,
    size_t s1, const struct xmention *last_subj, int *carried)
{
	const struct xmention *m;
	int pron = pronoun_before(x, tr->tok, s0);

	if (latter_at(x, s0, tr->tok) && (m = last_named(x, s0)) != NULL) {
		*carried = 1;	/* "Ce dernier a invité ...": the last */
		return m;	/* actor named, not the last subject */
	}
	if (pron == 1 && (m = person_before_pronoun(x, tr->tok, s0)) != NULL)
		return m;	/* "Le président français devait ..., mais il */
	if (pron == 1) {		/* a annulé": the same sentence's */
		int k = actors_last_person(x, (uint32_t)s0);

		*carried = 1;
		if (x->lang[0] == 'f' && last_subj != NULL && k >= 0 &&
		    x->m[k].sent == last_subj->sent &&
		    x->m[k].tok > last_subj->tok &&
		    (last_subj->kind == EXTRACT_KIND_PERSON ||
		    last_subj->kind == EXTRACT_KIND_GROUP))
			return last_subj;	/* "Il" is that sentence's */
		if (k >= 0)		/* subject, not the person it met */
			return &x->m[k];
		return last_subj;
	}
	if (pron == 2) {
		*carried = 1;
		return last_subj;
	}
	/* "Après avoir signé ..., le président X": subject after the comma. */
	for (size_t i = tr->tok + 1; i < s1; i++)
		if (strcmp(norm(x, i), ",") == 0) {
			for (size_t j = i + 1; j < s1 && j < i + 6; j++)
				if ((m = actor_at(x, j)) != NULL)
					return m;
			break;
		}
	*carried = 1;
	return last_subj;
}

/*
 * "a appelé les deux pays", "thanked both sides": the token of "deux"/"both"
 * when the object of verb t names the two parties, else 0.
 */
static size_t
dual_object(const struct xctx *x, size_t t, size_t s1)
{
	for (size_t i = t + 1; i + 1 < s1 && i <= t + 2; i++)
		if ((wc(x, i) & W_DUAL) && (wc(x, i + 1) & W_DUALNOUN))
			return i;
	return 0;
}

/*
 * The two parties "both sides" before token at stands for: the last two
 * actors with distinct keys other than the source's and those of the n
 * subjects coordinated with it (co[]). Returns 1 if found.
 */
static int
dual_parties(const struct xctx *x, size_t at, const char *sk,
    const struct xmention **co, size_t n,
    const struct xmention **a, const struct xmention **b)
{
	size_t seen = 0, j;

	*a = *b = NULL;
	for (size_t k = x->nm; k-- > 0 && seen < 64;) {
		const struct xmention *m = &x->m[k];
		const char *key;

		if (m->tok >= at || !m->actor)
			continue;
		seen++;
		key = actors_key(actors_resolve(x, m));
		if (key[0] == '\0' || strcmp(key, sk) == 0)
			continue;
		for (j = 0; j < n && !same_actor(x, co[j], m); j++)
			;
		if (j < n)
			continue;	/* "Qatar and the United States urged */
					/* both sides": not Qatar */
		if (*a == NULL)
			*a = m;
		else if (strcmp(actors_key(actors_resolve(x, *a)), key) != 0) {
			*b = m;
			return 1;
		}
	}
	return 0;
}

/*
 * "signé par X, <name>, et son homologue Y": the second agent of a joint
 * act in the passive, the target. NULL if none.
 */
static const struct xmention *
agent_partner(const struct xctx *x, const struct xmention *a, size_t s1)
{
	size_t e = a->tok + a->ntok, end = clause_end(x, e, s1);

	for (size_t i = e; i < s1 && i < e + 10; i++) {
		if (i >= end && strcmp(norm(x, i), ",") != 0 &&
		    actors_at(x, (uint32_t)i) < 0)
			return NULL;	/* past the agent's apposition */
		if (wc(x, i) & W_AND) {
			for (size_t j = i + 1; j < s1 && j <= i + 2; j++)
				if (actor_at(x, j) != NULL)
					return actor_at(x, j);
			return NULL;
		}
		if (i >= end)
			end = clause_end(x, i, s1);
	}
	return NULL;
}

/*
 * The state an agentless passive of coercion happens in ("Deux Français
 * restent détenus en Iran", "Two Japanese nationals were arrested in
 * China"): a country after a locative preposition in the clause after
 * trigger t, which holds them. NULL if none.
 */
static const struct xmention *
held_in(const struct xctx *x, size_t t, size_t s1)
{
	size_t end = clause_end(x, t, s1);

	for (size_t i = t + 1; i < end && i <= t + 6; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k >= 0 && x->m[k].tok == i && x->m[k].locative &&
		    x->m[k].country[0] && (x->m[k].kind ==
		    EXTRACT_KIND_COUNTRY || (x->lang[0] == 'e' &&
		    x->m[k].place && x->m[k].kind == EXTRACT_KIND_LOCATION)))
			return &x->m[k];	/* "arrested in Tehran" */
	}
	return NULL;
}

/*
 * The actor right after the preposition at token i ("to Turkey", "au
 * Liban", "for the Sudanese"), one determiner allowed, before token end;
 * NULL if none.
 */
static const struct xmention *
prep_object(const struct xctx *x, size_t i, size_t end)
{
	const struct xmention *m = actor_at(x, i + 1);

	if (m == NULL && (wc(x, i + 1) & W_DET) && i + 2 < end)
		m = actor_at(x, i + 2);
	return m;
}

/*
 * The recipient named in the subject of a passive transfer before verb t
 * ("The sale of 40 jets to Turkey was approved"): a country or national
 * actor right after an English "to", a determiner allowed. NULL if none.
 */
static const struct xmention *
subject_dative(const struct xctx *x, size_t s0, size_t t)
{
	if (x->lang[0] != 'e')
		return NULL;
	for (size_t i = s0; i + 1 < t; i++) {
		const struct xmention *m;

		if (!(wc(x, i) & W_DATIVE))
			continue;
		m = prep_object(x, i, t);
		if (m != NULL && m->country[0] && !m->adj)
			return m;
	}
	return NULL;
}

/*
 * "Des sanctions ont été imposées à la Russie par le Japon", "une aide
 * accordée au Liban par le Qatar": what is given or imposed (07, 16, 17)
 * goes to the country after "à"/"au" before the agent. NULL if none.
 */
static const struct xmention *
passive_dative(const struct xctx *x, const struct trig *tr,
    const struct xmention *agent)
{
	int root = tr->pat->code->root;
	const struct xmention *m;

	if (x->lang[0] != 'f' || (root != 7 && root != 16 && root != 17) ||
	    agent->tok <= tr->tok ||
	    (m = find_after(x, tr->tok, agent->tok, W_DATIVE)) == NULL)
		return NULL;
	return m->kind == EXTRACT_KIND_COUNTRY && m != agent ? m : NULL;
}

/* Roles of a passive trigger: the agent after "par"/"by" is the source. */
static void
roles_passive(const struct xctx *x, const struct trig *tr, struct coded *c,
    const struct xmention *last_subj)
{
	const struct xmention *a = NULL, *b = NULL;
	size_t t = tr->tok;

	c->src = find_after(x, t, c->s1, W_AGENT);
	c->tgt = c->src ? find_after(x, c->src->tok, clause_end(x, t, c->s1),
	    W_AGAINST) : NULL;		/* "imposed by the EU on Syria" */
	if (c->tgt == NULL)
		c->tgt = find_subject(x, t, c->s0);
	if (c->src != NULL && c->tgt == NULL)
		c->tgt = agent_partner(x, c->src, c->s1);
	if (c->tgt == NULL && pronoun_before(x, t, c->s0) == 1) {
		int k = actors_last_person(x, (uint32_t)c->s0);

		c->tgt = k >= 0 ? &x->m[k] : NULL;	/* "Il a été arrêté" */
	}
	if (c->tgt == NULL && c->src != NULL)	/* "émis par X contre Y" */
		c->tgt = find_after(x, t, c->s1, W_WITH | W_AGAINST);
	if (c->tgt == NULL && c->src != NULL)
		c->tgt = passive_dative(x, tr, c->src);
	if (c->tgt == NULL && c->src != NULL && tr->pat->code->root == 7)
		c->tgt = subject_dative(x, c->s0, t);	/* "The sale of jets */
					/* to Turkey was approved by X" */
	if (c->src == NULL && find_between(x, t, c->s1, &a, &b)) {
		c->src = a;
		c->tgt = b;
	}
	if (c->src == NULL && c->tgt != NULL && tr->pat->code->root == 17 &&
	    (c->src = held_in(x, t, c->s1)) != NULL)
		return;		/* "restent détenus en Iran": by Iran */
	if (c->src == NULL && c->tgt != NULL && tr->pat->code->root >= 9 &&
	    (b = envoy_post(x, c->tgt, t)) != NULL && !same_actor(x, b,
	    c->tgt)) {
		c->src = b;	/* "Russia's ambassador to Germany was */
		return;		/* summoned": by his host */
	}
	if (c->src == NULL && c->tgt != NULL && last_subj != NULL &&
	    !(tr->pat->flags & PAT_F_SYM) && tr->pat->code->root >= 9) {
		c->src = last_subj;	/* agentless: the last agent */
		c->by_last = 1;
		c->carried = 1;
	} else if (c->src == NULL) {
		c->agentless = c->tgt == NULL;	/* no actor at all */
		c->src = c->tgt;	/* agentless: the thing done with */
		c->tgt = find_after(x, t, c->s1, W_WITH | W_AGAINST);
		if (c->tgt == NULL && c->src != NULL)	/* "qui doit être */
			c->tgt = find_object(x, t, c->s1, c->src,	/* signé */
			    tr->pat->code->root != 4);	/* au Caire" */
	}
}

/* A closing quote mark at token i. */
static int
quote_close_at(const struct xctx *x, size_t i)
{
	enum tok_type ty = x->doc.toks[i].type;

	return ty == TOK_QUOTE_CLOSE || ty == TOK_QUOTE;
}

/*
 * "« ... », a averti le ministère éthiopien", "\"...,\" warned the
 * ministry": a verb right after a quotation and its comma (an auxiliary
 * between) has its subject after it. That actor, or NULL.
 */
static const struct xmention *
inverted_subject(const struct xctx *x, size_t t, size_t s0, size_t s1)
{
	size_t i = t;

	if (i > s0 && x->doc.toks[i - 1].type == TOK_WORD &&
	    x->tok_info[i - 1].hits == NULL && actors_at(x,
	    (uint32_t)(i - 1)) < 0)
		i--;			/* "a", "has" */
	if (i < s0 + 2)
		return NULL;
	if (quote_close_at(x, i - 1))
		i--;			/* English: ',"' */
	else if (strcmp(norm(x, i - 1), ",") == 0 &&
	    x->doc.toks[i - 1].type != TOK_WORD)
		i--;			/* French: '»,' */
	else
		return NULL;
	if (i < s0 + 1 || !(quote_close_at(x, i - 1) || (strcmp(norm(x,
	    i - 1), ",") == 0 && x->doc.toks[i - 1].type != TOK_WORD)))
		return NULL;
	for (size_t j = t + 1; j < s1 && j <= t + 3; j++) {
		const struct xmention *m = actor_at(x, j);

		if (m != NULL)
			return m;
	}
	return NULL;
}

/* A verb form of a reporting pattern ("said", "a indiqué") at token v. */
static int
say_verb(const struct xctx *x, size_t v)
{
	for (const struct pat_hit *h = x->tok_info[v].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && (h->pat->flags & PAT_F_SAY) &&
		    !(h->pat->flags & PAT_F_NOUN))
			return 1;
	return 0;
}

/*
 * The subject m found for verb t is the speaker of a reporting verb
 * between them whose clause has a subject of its own that names no actor
 * ("Bejda said the first 18 tanks would arrive in Poland"): a determiner
 * after the reporting verb and no pronoun ("X said it would", "X a
 * indiqué qu'il") before t. Used for arrivals and visits, where things
 * (tanks, aid) are often the subject.
 */
static int
reported_subject(const struct xctx *x, const struct xmention *m, size_t t)
{
	size_t v, i;

	for (v = m->tok + m->ntok; v < t; v++)
		if (say_verb(x, v))
			break;
	if (v >= t)
		return 0;
	for (i = v + 1; i < t; i++)
		if (wc(x, i) & (W_PRON | W_PRONPL | W_OBJPRON | W_RELSUBJ))
			return 0;
	for (i = v + 1; i < t && i <= v + 3; i++)
		if ((wc(x, i) & W_DET) && !(wc(x, i) & (W_POSS | W_LOC)))
			return 1;
	return 0;
}

/*
 * End of verb t's own clause before a coordinated verb: the "and"/"et"
 * followed (an auxiliary or adverb between) by a verb trigger, else s1
 * ("a salué une étape et exhorté la Libye à coopérer avec la Cour").
 */
static size_t
coord_end(const struct xctx *x, size_t t, size_t s1)
{
	for (size_t i = t + 2; i + 1 < s1 && i <= t + TARGET_WIN; i++) {
		if (!(wc(x, i) & W_AND))
			continue;
		for (size_t j = i + 1; j < s1 && j <= i + 2; j++) {
			if (actors_at(x, (uint32_t)j) >= 0 || (wc(x, j) & W_DET))
				break;
			for (const struct pat_hit *h = x->tok_info[j].hits; h;
			    h = h->next)
				if (lang_ok(x, h->pat) &&
				    !(h->pat->flags & PAT_F_NOUN))
					return i;
		}
	}
	return s1;
}

/*
 * End of verb t's clause before an English participle adjunct set off by
 * a comma ("protested to Peru, calling for talks with Bolivia"): that
 * comma, else end.
 */
static size_t
adjunct_end(const struct xctx *x, size_t t, size_t end)
{
	if (x->lang[0] != 'e')
		return end;
	for (size_t i = t + 1; i + 1 < end; i++)
		if (comma_at(x, i) && ing_form(x, i + 1) &&
		    x->tok_info[i + 1].hits != NULL)
			return i;
	return end;
}

/*
 * A direct object of verb t named before actor a that "with"/"against"/
 * "on" introduces ("accused Estonia of beating migrants and called on the
 * Commission"): that object, the first actor after t behind no
 * preposition; else a.
 */
static const struct xmention *
direct_before(const struct xctx *x, size_t t, const struct xmention *a,
    const struct xmention *src)
{
	for (size_t i = t + 1; i < a->tok; i++) {
		const struct xmention *m = actor_at(x, i);

		if (m == NULL || m == src || m->adj || weak_actor(x, m))
			continue;
		if (prep_before(x, i, t + 1) == 0 && m->tok == i)
			return m;
	}
	return a;
}

/*
 * "a demandé à Israël de cesser les frappes contre le Liban": an appeal,
 * offer or demand (02, 03, 10) addresses the actor after "à"/"au" right
 * after the verb, not the one a later "contre" names. Else a.
 */
static const struct xmention *
dative_addressee(const struct xctx *x, const struct trig *tr,
    const struct xmention *a)
{
	int root = tr->pat->code->root;
	size_t i = tr->tok + 1;
	const struct xmention *m;

	if (x->lang[0] != 'f' || (root != 2 && root != 3 && root != 10) ||
	    (tr->pat->flags & PAT_F_NOUN) || !(wc(x, i) & W_DATIVE))
		return a;
	m = prep_object(x, i, x->doc.ntoks);
	return m != NULL && m->tok < a->tok && !m->adj ? m : a;
}

/*
 * A warning or criticism whose content clause opens with a named actor,
 * alone or as possessor ("warned that Moscow would pay", "warned that
 * Turkey's reserves remained low", "a averti que la Russie"): that actor
 * is addressed. Not the source itself, not an actor behind a preposition
 * ("that a resolution against X"). NULL otherwise.
 */
static const struct xmention *
content_subject(const struct xctx *x, const struct trig *tr,
    const struct coded *c)
{
	size_t i = tr->tok + 2;
	const struct xmention *m;
	int root = tr->pat->code->root;

	if (root < 11 || root > 13 || i >= c->s1 || c->src == NULL)
		return NULL;
	for (size_t k = tr->tok; k > c->s0 && k + 3 > tr->tok; k--)
		if (wc(x, k - 1) & W_AND)
			return NULL;	/* "and warned that Moscow": whose */
					/* subject is not known yet */
	if (wc(x, i) & W_DET)
		i++;
	if (i >= c->s1 || (m = actor_at(x, i)) == NULL || m->tok != i ||
	    m->locative || (c->src != NULL && strcmp(actors_key(
	    actors_resolve(x, m)), actors_key(actors_resolve(x, c->src))) ==
	    0))
		return NULL;
	return m;
}

/*
 * An English object relative with a pronoun subject before verb t, an
 * auxiliary or two between ("Algeria, which it accused of", "a diplomat,
 * whom it accused of", "six Iranian officials it accused of"): the relative's
 * antecedent, the object; *subj gets the main clause's subject the
 * pronoun stands for. NULL when t opens no such clause.
 */
static const struct xmention *
pronoun_relative(const struct xctx *x, size_t t, size_t s0,
    const struct xmention **subj)
{
	const struct xmention *ante;
	size_t p = t;

	while (p > s0 + 2 && p + 3 > t && !(wc(x, p - 1) & (W_PRON |
	    W_PRONPL)) && strcmp(norm(x, p - 1), "it") != 0 &&
	    (wc(x, p - 1) & (W_HAVEAUX | W_PLUPERF | W_MODAL | W_PASSAUX)))
		p--;
	if (x->lang[0] != 'e' || p <= s0 + 2 || !((wc(x, p - 1) & (W_PRON |
	    W_PRONPL)) || strcmp(norm(x, p - 1), "it") == 0))
		return NULL;
	if ((wc(x, p - 2) & W_CLAUSE) && !(wc(x, p - 2) & W_BUT) &&
	    comma_at(x, p - 3))
		ante = antecedent(x, p - 2, s0);	/* ", which it" */
	else if ((ante = antecedent(x, p - 1, s0)) != NULL && ante->locative)
		ante = NULL;		/* "officials it accused", not a place */
	if (ante == NULL)
		return NULL;
	*subj = find_subject(x, ante->tok, s0);
	return *subj != NULL && *subj != ante ? ante : NULL;
}

/*
 * Roles of an active verb: its subject, then the antecedent of an object
 * relative "que", a target behind "avec", "contre", "with", "against",
 * else the object of its clause.
 */
static void
roles_active(const struct xctx *x, const struct trig *tr, struct coded *c)
{
	const struct xmention *ante, *subj;
	size_t t = tr->tok;

	c->src = c->speaker ? c->speaker : inverted_subject(x, t, c->s0,
	    c->s1);
	if (c->src == NULL && (c->src = find_subject(x, t, c->s0)) != NULL &&
	    (tr->pat->flags & PAT_F_VISIT) && reported_subject(x, c->src, t)) {
		c->src = NULL;		/* "X said the tanks would arrive" */
		c->nosubj = 1;
		return;
	}
	if (c->speaker == NULL && (ante = pronoun_relative(x, t, c->s0,
	    &subj)) != NULL) {
		c->src = subj;	/* "Algeria, which it accused of" */
		c->tgt = ante;
		return;
	}
	c->objpron = object_pronoun(x, t, c->s0, c->s1);
	c->dual_obj = dual_object(x, t, c->s1);
	if (c->src != NULL && c->src->tok > c->s0 &&
	    (wc(x, c->src->tok - 1) & W_RELOBJ) &&
	    (c->tgt = antecedent(x, c->src->tok - 1, c->s0)) != NULL)
		return;		/* "Taïwan, que Pékin qualifie de" */
	if (content_clause(x, tr, c->s1)) {
		c->tgt = content_subject(x, tr, c);
		return;		/* "warned that a resolution against X" */
	}
	c->tgt = c->objpron ? NULL : find_after(x, t, coord_end(x, t, c->s1),
	    W_WITH | W_AGAINST);
	if (c->tgt != NULL && adjunct_end(x, t, c->tgt->tok) < c->tgt->tok)
		c->tgt = NULL;	/* "protested to Peru, calling for talks with */
				/* Bolivia": the participle's */
	if (c->tgt != NULL && !(tr->pat->flags & PAT_F_AVEC))
		c->tgt = direct_before(x, t, c->tgt, c->src);
	if (c->tgt != NULL && c->tgt->tok > t + 2)
		c->tgt = dative_addressee(x, tr, c->tgt);
	if (c->tgt == NULL && !c->objpron &&
	    !(tr->pat->flags & (PAT_F_AVEC | PAT_F_VISIT))) {
		c->tgt = find_object(x, t, c->s1, c->src,
		    tr->pat->code->root != 4);
		if (c->tgt == NULL)
			c->tgt = object_place(x, t, c->s1);
	}
}


/*
 * A preposition that may introduce what an act is aimed at: "contre",
 * "against", "on", and in English "at", "into" ("fired water cannon at
 * its ships", "into its airspace"); not "to", which gives, nor "in", a
 * mere place ("clashed with militants in its territory").
 */
static int
target_prep(const struct xctx *x, size_t i)
{
	return (wc(x, i) & W_AGAINST) || (x->lang[0] == 'e' &&
	    (wc(x, i) & W_LOC) && !(wc(x, i) & W_DATIVE) &&
	    strcmp(norm(x, i), "in") != 0);
}

/*
 * "Kiev affirme que la Russie a lancé des drones contre son territoire",
 * "said Russia fired missiles against its cities": an act against a
 * possessive names as target the subject of the reporting verb before it
 * (the source would not strike its own). That subject, or NULL.
 */
static const struct xmention *
possessive_target(const struct xctx *x, const struct coded *c)
{
	size_t t = c->tr->tok, i;
	const struct xmention *m;

	for (i = t + 1; i + 1 < c->s1 && i < t + TARGET_WIN; i++) {
		if (x->doc.toks[i].type != TOK_WORD &&
		    x->doc.toks[i].type != TOK_NUMBER)
			return NULL;	/* the clause ends */
		if ((wc(x, i + 1) & W_POSS) && target_prep(x, i))
			break;
	}
	if (i + 1 >= c->s1 || i >= t + TARGET_WIN || (c->tgt != NULL &&
	    c->tgt->tok < i && !c->tgt->adj))
		return NULL;
	for (size_t v = c->s0; v < t; v++) {
		if (x->tok_info[v].hits == NULL || !events_is_speech(x, v))
			continue;
		m = find_subject(x, v, c->s0);
		if (m != NULL && c->src != NULL && strcmp(actors_key(
		    actors_resolve(x, m)), actors_key(actors_resolve(x,
		    c->src))) != 0)
			return m;
		return NULL;
	}
	return NULL;
}

/* Roles of an active verb, and an owner of "contre son territoire". */
static void
roles_verb(const struct xctx *x, const struct trig *tr, struct coded *c)
{
	const struct xmention *m;

	roles_active(x, tr, c);
	if ((m = possessive_target(x, c)) != NULL)
		c->tgt = m;
}

/*
 * "un ultimatum fixé début octobre par les autorités": the agent of the
 * participle that follows an event noun is the noun's author. The
 * mention after "par"/"by" within a few words of the same clause, or NULL.
 */
static const struct xmention *
noun_agent(const struct xctx *x, size_t t, size_t s1)
{
	size_t end = clause_end(x, t, s1);
	const struct xmention *m;

	if (end > t + 7)
		end = t + 7;
	if (t + 2 >= end || x->doc.toks[t + 1].type != TOK_WORD ||
	    (wc(x, t + 1) & (W_OF | W_AGENT | W_DET)))
		return NULL;	/* a participle first, not "de X" */
	m = find_after(x, t + 1, end, W_AGENT);
	return m != NULL && m->tok > t + 2 ? m : NULL;
}

/*
 * The demonym that qualifies event noun t, right after it in French ("les
 * frappes israéliennes") or right before it in English ("Russian
 * strikes"): the author of the act. NULL if none.
 */
static const struct xmention *
noun_demonym(const struct xctx *x, size_t t)
{
	const struct xmention *m;
	int k;

	if (x->lang[0] == 'f')
		return (m = actor_at(x, t + 1)) != NULL && m->adj ? m : NULL;
	if (t == 0 || (k = actors_at(x, (uint32_t)(t - 1))) < 0)
		return NULL;
	m = &x->m[k];
	return m->adj && m->tok + m->ntok == t ? actor_at(x, m->tok) : NULL;
}

/* "a visit to Seoul by X", "une visite à Séoul par X": the agent in the noun's clause. */
static const struct xmention *
noun_by(const struct xctx *x, size_t t, size_t s1)
{
	size_t end = clause_end(x, t, s1);

	return find_after(x, t, end < t + 8 ? end : t + 8, W_AGENT);
}

/*
 * Subject of the main clause after a fronted participle phrase ("Accueilli
 * jeudi par son homologue, To Lam, lors d'une cérémonie, le chef de l'État
 * russe s'est entretenu"): the first actor after a comma that is no
 * apposition to the actor before the comma and is not behind a
 * preposition. NULL if none.
 */
static const struct xmention *
fronted_subject(const struct xctx *x, size_t t, size_t s1)
{
	for (size_t i = t + 1; i + 1 < s1; i++) {
		const struct xmention *m;
		size_t j = i + 1;

		if (x->doc.toks[i].type == TOK_WORD || strcmp(norm(x, i), ",")
		    != 0)
			continue;
		if (actors_at(x, (uint32_t)(i - 1)) >= 0)
			continue;	/* ", To Lam,": an apposition */
		if ((m = actor_at(x, j)) == NULL && (wc(x, j) & W_DET) &&
		    !(wc(x, j) & (W_LOC | W_OF)))
			m = actor_at(x, ++j);
		if (m != NULL && !m->adj)
			return m;
	}
	return NULL;
}

/*
 * A sentence that opens with a verb form is a participle phrase before
 * its main clause: "Accueilli par X, le président ..." (the agent does it
 * to the main subject), "Arrivé mardi à Hanoï, le président ..." (the main
 * subject does it). Returns 1 when roles were set this way.
 */
static int
roles_fronted(const struct xctx *x, const struct trig *tr, struct coded *c)
{
	const struct xmention *subj, *agent;
	size_t t = tr->tok;

	if (t != c->s0 || (tr->pat->flags & PAT_F_NOUN) ||
	    (subj = fronted_subject(x, t, c->s1)) == NULL)
		return 0;
	agent = find_after(x, t, clause_end(x, t, c->s1), W_AGENT);
	if (agent != NULL) {
		c->src = agent;
		c->tgt = subj;
		return 1;
	}
	roles_verb(x, tr, c);
	c->src = subj;
	if (c->tgt == subj)
		c->tgt = NULL;
	return 1;
}

/*
 * English aid goes "for" its recipient as well as "to" it ("a new aid
 * package for Egypt", "humanitarian aid for Sudan"): "for" after an aid
 * noun (root 07) at t is a dative.
 */
static int
aid_for(const struct xctx *x, size_t t, size_t i)
{
	const struct pat_pattern *p;

	if (x->lang[0] != 'e' || strcmp(norm(x, i), "for") != 0)
		return 0;
	p = noun_pattern(x, t);
	return p != NULL && p->code->root == 7;
}

/*
 * The recipient right after event noun t ("military aid to Ukraine",
 * "l'aide à l'Ukraine", "aid for Sudan"): a country or national actor
 * after "to"/"à", a determiner allowed. NULL if none.
 */
static const struct xmention *
noun_dative(const struct xctx *x, size_t t, size_t s1)
{
	size_t i = t + 1;
	int k;

	if (i + 2 < s1 && aid_for(x, i, i + 1))
		i++;		/* "military aid package for Ukraine" */
	if (i + 1 >= s1 || !((wc(x, i) & W_DATIVE) || aid_for(x, t, i)))
		return NULL;
	if ((wc(x, i + 1) & W_DET) && !(wc(x, i + 1) & W_DATIVE))
		i++;
	if ((k = actors_at(x, (uint32_t)(i + 1))) < 0 ||
	    x->m[k].tok != i + 1 || !x->m[k].country[0] || x->m[k].adj ||
	    x->m[k].kind == EXTRACT_KIND_LOCATION)
		return NULL;
	return &x->m[k];
}

/*
 * The beneficiary of aid or support noun tr ("military aid package for
 * Ukraine", "support for Kyiv"): a country or national actor after an
 * English "for" within three words of the noun. NULL if none.
 */
static const struct xmention *
noun_beneficiary(const struct xctx *x, const struct trig *tr, size_t s1)
{
	int root = tr->pat->code->root;
	size_t t = tr->tok;

	if (x->lang[0] != 'e' || (root != 7 && root != 5))
		return NULL;
	for (size_t i = t + 1; i + 1 < s1 && i <= t + 3; i++) {
		const struct xmention *m;

		if (!(wc(x, i) & W_PURPOSE) || strcmp(norm(x, i), "for") != 0)
			continue;
		m = prep_object(x, i, s1);
		return m != NULL && m->country[0] && !m->adj ? m : NULL;
	}
	return NULL;
}

/*
 * A short adverbial incise set off by commas at token i (", le mois
 * dernier, "): up to four words, no actor, no trigger. The token after
 * its closing comma, else i.
 */
static size_t
past_incise(const struct xctx *x, size_t i, size_t s1)
{
	if (i >= s1 || strcmp(norm(x, i), ",") != 0)
		return i;
	for (size_t j = i + 1; j < s1 && j <= i + 5; j++) {
		if (strcmp(norm(x, j), ",") == 0)
			return j > i + 1 ? j + 1 : i;
		if (x->doc.toks[j].type != TOK_WORD || actors_at(x,
		    (uint32_t)j) >= 0 || x->tok_info[j].hits != NULL)
			return i;
	}
	return i;
}

/*
 * The agent "par X"/"by X" of a patient noun tr in its clause, or NULL;
 * past an incise ("l'arrestation, le mois dernier, de trois opposants
 * par les services de renseignement").
 */
static const struct xmention *
patient_agent(const struct xctx *x, const struct trig *tr, size_t s1)
{
	size_t t = tr->tok, end, skip;

	if (!(tr->pat->flags & PAT_F_PATIENT))
		return NULL;
	end = clause_end(x, t, s1);
	skip = past_incise(x, end, s1);
	if (skip != end && x->lang[0] == 'f') {
		end = clause_end(x, skip, s1);
		return find_after(x, t, end < skip + 8 ? end : skip + 8,
		    W_AGENT);
	}
	return find_after(x, t, end < t + 10 ? end : t + 10, W_AGENT);
}

/*
 * The actor after the first "de"/"of" within six tokens of patient noun
 * t, a determiner or a number or two words before it ("de deux
 * journalistes russes", "of two Russian journalists"), or NULL.
 */
static const struct xmention *
patient_of(const struct xctx *x, size_t t, size_t s1)
{
	size_t i, j, lim = t + 6;

	if (x->lang[0] == 'f' && t + 1 < s1)	/* "l'arrestation, hier, de" */
		lim += past_incise(x, t + 1, s1) - (t + 1);
	for (i = t + 1; i < s1 && i <= lim; i++)
		if ((wc(x, i) & W_OF) && actors_at(x, (uint32_t)i) < 0)
			break;
	if (i >= s1 || i > t + 6)
		return NULL;
	for (j = i + 1; j < s1 && j <= i + 3; j++) {
		const struct xmention *m = actor_at(x, j);

		if (m != NULL)
			return m;
		if (x->doc.toks[j].type == TOK_PUNCT || (wc(x, j) & (W_OF |
		    W_AGENT | W_LOC | W_OBL | W_CLAUSE)))
			return NULL;
	}
	return NULL;
}

/*
 * The owner of the thing or person a French patient noun t names when
 * no actor follows its first "de": "la fermeture de l'ambassade de
 * France", "l'expulsion du chef de la délégation de l'UE" (the actor
 * after a later "de" within five words), "la fermeture de son
 * ambassade au Maroc" (a possessive: the country it stands in, after a
 * locative). NULL if none.
 */
static const struct xmention *
patient_owner(const struct xctx *x, size_t t, size_t s1)
{
	size_t i = t + 1, j;
	int poss;

	if (x->lang[0] != 'f' || i + 3 >= s1 || !(wc(x, i) & W_OF))
		return NULL;
	j = i + 1;
	poss = (wc(x, j) & W_POSS) != 0;
	if (wc(x, j) & W_DET)
		j++;
	if (x->doc.toks[j].type != TOK_WORD || actor_at(x, j) != NULL)
		return NULL;	/* "du chef": a role with no country goes on */
	for (size_t k = j + 1; k + 1 < s1 && k <= j + 5; k++) {
		size_t a = k + 1;
		int m;

		if (x->doc.toks[k].type != TOK_WORD || (wc(x, k) & W_CLAUSE))
			return NULL;
		if (!(wc(x, k) & (poss ? W_LOC : W_OF)))
			continue;
		if (a + 1 < s1 && (wc(x, a) & W_DET) && actors_at(x,
		    (uint32_t)a) < 0)
			a++;
		m = actors_at(x, (uint32_t)a);
		if (poss)	/* "au Maroc", "à Niamey" */
			return m >= 0 && x->m[m].tok == a &&
			    x->m[m].country[0] ? &x->m[m] : NULL;
		if (actor_at(x, a) != NULL)
			return actor_at(x, a);
	}
	return NULL;
}

/*
 * Patient noun t names people by a possessive ("l'arrestation de ses
 * soldats", "de leurs ressortissants"): the clause subject's people,
 * whatever country the story lends the bare noun.
 */
static int
own_people(const struct xctx *x, size_t t, size_t s1)
{
	int k;

	if (x->lang[0] != 'f' || t + 3 >= s1 || !(wc(x, t + 1) & W_OF) ||
	    !(wc(x, t + 2) & W_POSS) || (k = actors_at(x,
	    (uint32_t)(t + 3))) < 0)
		return 0;
	return x->m[k].kind == EXTRACT_KIND_GROUP && x->m[k].tok == t + 3;
}

/*
 * A noun naming what is done to someone ("l'arrestation de X",
 * "l'enlèvement par l'ELN de deux soldats", "the expulsion of X by Y"):
 * "de X"/"of X" is the target, the agent after "par"/"by" in its clause
 * the source, else the subject of the clause.
 */
static void
roles_patient(const struct xctx *x, size_t t, struct coded *c)
{
	const struct xmention *of, *subj;

	c->src = patient_agent(x, c->tr, c->s1);
	of = patient_of(x, t, c->s1);
	if (of == NULL)
		of = patient_owner(x, t, c->s1);
	if (c->src != NULL && own_people(x, t, c->s1) &&
	    (subj = find_subject(x, t, c->s0)) != NULL && subj != c->src)
		of = subj;	/* "l'arrestation de ses soldats par X" */
	if (of != NULL && of != c->src)
		c->tgt = of;
	if (c->src == NULL)
		c->src = find_subject(x, t, c->s0);
}

/*
 * The second of two coordinated agents of an event noun ("un accord a été
 * signé mardi par le Maroc et la Mauritanie"): agent_partner() without
 * crossing a comma ("signé par le Maroc, et l'Algérie a protesté").
 */
static const struct xmention *
noun_agent_partner(const struct xctx *x, const struct xmention *a, size_t s1)
{
	const struct xmention *b = agent_partner(x, a, s1);

	if (b == NULL)
		return NULL;
	for (size_t i = a->tok + a->ntok; i < b->tok; i++)
		if (x->doc.toks[i].type != TOK_WORD)
			return NULL;
	return b;
}

/*
 * Tokens of the time expression starting at token i, or 0: x->times is in
 * text order, so a binary search keeps it logarithmic.
 */
static size_t
time_at(const struct xctx *x, size_t i)
{
	size_t lo = 0, hi = x->ntimes;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->times[mid].tok < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->ntimes && x->times[lo].tok == i ? x->times[lo].ntok :
	    0;
}

/*
 * "a meeting in Lomé, Togo, last week between X and Y": the "between"
 * that event noun t reaches over place and time adjuncts only (commas,
 * prepositions, determiners, places, times), or 0.
 */
static size_t
adjunct_between(const struct xctx *x, size_t t, size_t s1)
{
	size_t i = t + 1, n;
	int k;

	if (i >= s1 || !(wc(x, i) & W_LOC) || (wc(x, i) & W_DATIVE))
		return 0;	/* not "in Lomé", "at" */
	while (i < s1 && i <= t + TARGET_WIN) {
		if (wc(x, i) & W_BETWEEN)
			return i;
		if ((n = time_at(x, i)) > 0 || (x->doc.toks[i].type ==
		    TOK_WORD && (n = time_at(x, i + 1)) > 0 && n++))
			i += n;		/* "last week", "on Monday" */
		else if ((k = actors_at(x, (uint32_t)i)) >= 0 &&
		    x->m[k].tok == i && x->m[k].place)
			i += x->m[k].ntok;	/* "Lomé", "Togo" */
		else if (comma_at(x, i) || ((wc(x, i) & (W_LOC | W_DET)) &&
		    !(wc(x, i) & W_CLAUSE)))
			i++;
		else
			return 0;
	}
	return 0;
}

/* Source and target of trigger tr; returns 0 when nothing can be coded. */
static int
assign_roles(const struct xctx *x, const struct trig *tr, struct coded *c,
    const struct xmention *last_subj)
{
	const struct xmention *a = NULL, *b = NULL;
	unsigned fl = tr->pat->flags;
	size_t t = tr->tok, at;

	if (c->speaker != NULL)
		roles_verb(x, tr, c);
	else if (roles_fronted(x, tr, c))
		;
	else if (is_passive(x, tr, c->s0, c->s1))
		roles_passive(x, tr, c, last_subj);
	else if ((fl & PAT_F_NOUN) && (at = noun_prep_target(x, t, c->s1)) &&
	    (wc(x, at) & W_BETWEEN) && find_between(x, at, c->s1, &a, &b)) {
		c->src = a;		/* "les négociations entre X et Y" */
		c->tgt = b;
	} else if ((fl & PAT_F_NOUN) && (at = adjunct_between(x, t, c->s1)) &&
	    find_between(x, at, c->s1, &a, &b)) {
		c->src = a;	/* "a meeting in Lomé, Togo, last week */
		c->tgt = b;	/* between X and Y" */
	} else if ((fl & PAT_F_NOUN) && find_between(x, t, clause_end(x, t,
	    c->s1), &a, &b)) {
		c->src = a;	/* "un accord signé en août entre X et Y" */
		c->tgt = b;
	} else if ((fl & PAT_F_NOUN) && (fl & PAT_F_PATIENT)) {
		roles_patient(x, t, c);
	} else if (fl & PAT_F_NOUN) {
		c->src = find_after(x, t, c->s1, W_OF);
		if (c->src && c->src->tok > t + 6)
			c->src = NULL;
		if (c->src == NULL && (c->src = noun_agent(x, t, c->s1)) != NULL)
			a = c->src;	/* "The deal was signed by X" */
		if (c->src == NULL)
			c->src = noun_demonym(x, t);
		if (c->src == NULL)
			c->src = noun_by(x, t, c->s1);
		if (c->src == NULL)
			c->src = find_subject(x, t, c->s0);
		c->tgt = find_after(x, t, c->s1, W_WITH | W_AGAINST);
		if (c->tgt == NULL && a != NULL)	/* "... by X and Y" */
			c->tgt = noun_agent_partner(x, a, c->s1);
		if (c->tgt == NULL)
			c->tgt = noun_dative(x, t, c->s1);
		if (c->tgt == NULL && c->src != NULL && c->src->tok > t &&
		    (prep_before(x, c->src->tok, c->s0) & W_AGENT))
			c->tgt = noun_agent_partner(x, c->src, c->s1);
		if (c->tgt == NULL)
			c->tgt = noun_beneficiary(x, tr, c->s1);
	} else
		roles_verb(x, tr, c);
	if (c->nosubj)
		return 0;
	if (c->src == NULL && find_between(x, t, c->s1, &a, &b)) {
		c->src = a;
		c->tgt = b;
	}
	if (c->src == NULL && dual_subject(x, t, c->s0, c->msorted, &a, &b, &at)) {
		c->src = b;		/* "les deux pays": both, see pair */
		c->dual = a;
	}
	if (c->src == NULL) {
		c->src = carried_subject(x, tr, c->s0, c->s1, last_subj,
		    &c->carried);
		if (c->tgt != NULL && c->src != NULL && !(fl & PAT_F_NOUN) &&
		    own_agent(x, c->tgt, c->src))	/* "It recalled its */
			c->tgt = find_object(x, t, c->s1, c->src,	/* envoy" */
			    tr->pat->code->root != 4);
	}
	if (c->tgt == NULL && (fl & PAT_F_AVEC) &&
	    find_between(x, t, c->s1, &a, &b) && a == c->src)
		c->tgt = b;
	if (fl & PAT_F_VISIT) {
		c->place = find_place(x, t, c->s1);
		if (c->place == NULL && !(fl & PAT_F_NOUN))
			c->place = object_place(x, t, c->s1);	/* "visit Delhi" */
		if (c->place && !(fl & PAT_F_NOUN))
			c->tgt = c->place;
		else if (c->place && c->tgt == NULL)
			c->tgt = c->place;
		if (c->tgt == NULL)
			return 0;
		if (c->src != NULL && strcmp(actors_key(actors_resolve(x,
		    c->src)), actors_key(actors_resolve(x, c->tgt))) == 0)
			return 0;	/* a trip inside one's own country */
	}
	if (c->tgt == c->src)
		c->tgt = NULL;
	if (c->carried && c->src != NULL && c->tgt != NULL &&
	    x->lang[0] == 'e' && (tr->pat->code->root == 11 ||
	    tr->pat->code->root == 13 || tr->pat->code->root == 16) &&
	    same_actor(x, c->src, c->tgt))
		return 0;	/* "It was the third time that Europe had */
				/* imposed sanctions on Tehran", after Iran */
	if (c->tgt && c->tgt->locative && tr->pat->code->root == 4 &&
	    !(fl & PAT_F_VISIT))
		c->tgt = NULL;	/* "une rencontre à Saint-Vincent": the venue */
	return c->src != NULL;
}

/* The actors of an event, to guess a later clause's unnamed target. */
struct topic {
	const struct xmention *src, *tgt;
	size_t tok;		/* its trigger, when src is set */
	int mode;
	int root;		/* its CAMEO root */
	char act[4];		/* its code's first three digits */
	int joint;		/* src and tgt acted together ("X et Y ont signé") */
	int deal;		/* an agreement or ceasefire of src with tgt */
	const struct xmention *main;	/* the last sentence's main subject */
	const struct xmention *by_root[21];	/* last source per CAMEO root */
	const struct xmention *by_root2[21];	/* its partner in a joint act */
	struct {				/* the same per 3-digit code, */
		char code[4];			/* the last TOPIC_CODES ones */
		const struct xmention *src, *pair;
	} by_code[TOPIC_CODES];
	unsigned ncode;
};

/* Remember src (and pair) as the last author of code's kind of event. */
static void
topic_author(struct topic *t, const char *code, const struct xmention *src,
    const struct xmention *pair)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	unsigned k = t->ncode++ % TOPIC_CODES;

	if (root >= 0 && root <= 20) {
		t->by_root[root] = src;
		t->by_root2[root] = pair;
	}
	memcpy(t->by_code[k].code, code, 3);
	t->by_code[k].code[3] = '\0';
	t->by_code[k].src = src;
	t->by_code[k].pair = pair;
}

/*
 * The last author of p's kind of event: of its root, or when exact of its
 * 3-digit code first ("the deal" is the last 057, not the last praise
 * 051). NULL if none; *partner gets the other party of a joint act.
 */
static const struct xmention *
topic_author_of(const struct topic *t, const struct pat_pattern *p,
    int exact, const struct xmention **partner)
{
	int root = p->code->root;

	for (unsigned n = 0; exact && n < t->ncode && n < TOPIC_CODES; n++) {
		unsigned k = (t->ncode - 1 - n) % TOPIC_CODES;

		if (strncmp(t->by_code[k].code, p->code->code, 3) != 0)
			continue;
		if (partner != NULL)
			*partner = t->by_code[k].pair;
		return t->by_code[k].src;
	}
	if (partner != NULL)
		*partner = t->by_root2[root];
	return t->by_root[root];
}

/* An agreement signed (057) or a ceasefire (087): a deal of two parties. */
static int
deal_code(const char *code)
{
	return strncmp(code, "057", 3) == 0 || strncmp(code, "087", 3) == 0;
}

/* Guess from topic t: its source unless that is the new source, else its target. */
static const struct xmention *
topic_target(const struct xctx *x, const struct topic *t, const char *sk)
{
	if (t->src && strcmp(actors_key(actors_resolve(x, t->src)), sk) != 0)
		return t->src;
	if (t->tgt && strcmp(actors_key(actors_resolve(x, t->tgt)), sk) != 0)
		return t->tgt;
	return NULL;
}

/*
 * A reaction whose object names an earlier kind of event ("a condamné
 * les frappes", "condemned the attack"): that event's author, the last
 * source coded for the noun's CAMEO root. NULL if none.
 */
static const struct xmention *
reacted_to(const struct xctx *x, const struct coded *c,
    const struct topic *prev, size_t *at, const struct xmention **partner)
{
	size_t t = c->tr->tok, end = clause_end(x, t, c->s1), nt;
	struct trig tr;

	for (size_t i = t + 1; i < end && i <= t + 5; i++) {
		const struct pat_pattern *p = NULL;
		int ref = 0;

		if (trigger_at(x, i, c->s0, c->s1, &tr, &nt))
			p = tr.pat;
		if ((p == NULL || !(p->flags & PAT_F_NOUN)) && i > 0 &&
		    (wc(x, i - 1) & (W_DEFINITE | W_DEMONST)))
			p = noun_pattern(x, i), ref = 1;	/* l'attaque */
				/* "welcomed the agreement": a reference to
				 * the last act of that code, needs or not */
		if (p == NULL || !(p->flags & PAT_F_NOUN))
			continue;
		*at = i;
		return topic_author_of(prev, p, ref, partner);
	}
	return NULL;
}

/*
 * Token at can be the direct object of verb t: nothing between them but
 * a day or an adverb and a determiner ("a condamné mardi les frappes";
 * not "refuse de signer un accord").
 */
static int
direct_object(const struct xctx *x, size_t t, size_t at)
{
	for (size_t i = t + 1; i + 1 < at; i++)
		if (x->tok_info[i].hits != NULL || (wc(x, i) & (W_OF |
		    W_DATIVE | W_OBL | W_CLAUSE)) || actors_at(x,
		    (uint32_t)i) >= 0)
			return 0;
	return 1;
}

/*
 * The author an event noun at token at names itself: a demonym right
 * after or before it ("l'agression russe", "Russian aggression") or "de
 * X"/"of X" right after it ("l'offensive de la Russie"). NULL if none.
 */
static const struct xmention *
noun_author(const struct xctx *x, size_t at)
{
	const struct xmention *m;
	int k;

	if ((m = actor_at(x, at + 1)) != NULL && m->adj)
		return m;
	if (at > 0 && (k = actors_at(x, (uint32_t)(at - 1))) >= 0 &&
	    x->m[k].adj && x->m[k].tok + x->m[k].ntok == at)
		return actor_at(x, x->m[k].tok);
	if (!(wc(x, at + 1) & W_OF))
		return NULL;
	if ((m = actor_at(x, at + 2)) == NULL && (wc(x, at + 2) & W_DET))
		m = actor_at(x, at + 3);
	return m;
}

/*
 * "condemned the strikes as a violation of Afghan sovereignty", "a
 * rejeté l'accusation de X": criticism or rejection (roots 11, 12) whose
 * direct object (the noun, a determiner before it, a day or adverb
 * between: "a condamné mardi les frappes") is an event noun targets the
 * author the noun names ("l'offensive russe contre l'Ukraine" is Russia),
 * else the last author of that kind of event, not an actor named after the
 * noun ("refuse de signer un accord avec X" keeps X). Returns 1 when
 * c->tgt was replaced.
 */
static int
reaction_author(const struct xctx *x, struct coded *c, const char *sk,
    const struct topic *prev)
{
	int root = c->tr->pat->code->root;
	const struct xmention *a, *au, *partner = NULL;
	size_t at = 0;

	if ((root != 11 && root != 12) || c->tgt == NULL || c->tgt_guess ||
	    c->pair != NULL || c->tgt->tok < c->tr->tok)
		return 0;
	a = reacted_to(x, c, prev, &at, &partner);
	if (at != 0 && (au = noun_author(x, at)) != NULL) {
		a = au;		/* "condamne l'agression russe contre X" */
		partner = NULL;
	}
	if (a == NULL || at >= c->tgt->tok || at > c->tr->tok + 4 ||
	    (at > c->tr->tok + 1 && !(wc(x, at - 1) & W_DET)) ||
	    !direct_object(x, c->tr->tok, at) ||
	    strcmp(actors_key(actors_resolve(x, a)), sk) == 0)
		return 0;
	c->tgt = a;
	c->tgt2 = partner;	/* "criticised the deal and warned Hanoi": */
	return 1;		/* both signatories */
}

/*
 * A reaction (praise 05, criticism 11, rejection 12) whose direct object
 * is a noun naming what was done to someone, with its agent after
 * "par"/"by" ("a dénoncé l'expulsion de diplomates polonais par Moscou",
 * "a salué la libération de deux Français par l'Iran"): the agent is the
 * target, not the persons it was done to. Returns 1 when c->tgt was set.
 */
static int
reaction_agent(const struct xctx *x, struct coded *c, const char *sk)
{
	int root = c->tr->pat->code->root;
	size_t t = c->tr->tok, end;
	const struct pat_pattern *p;
	const struct xmention *a;

	if ((root != 5 && root != 11 && root != 12) || c->pair != NULL ||
	    (c->tr->pat->flags & PAT_F_NOUN))
		return 0;
	end = clause_end(x, t, c->s1);
	for (size_t i = t + 1; i < end && i <= t + 4; i++) {
		if ((p = noun_pattern(x, i)) == NULL)
			continue;
		if (!(p->flags & PAT_F_PATIENT) || !(wc(x, i - 1) & W_DET) ||
		    !direct_object(x, t, i))
			return 0;
		if (past_incise(x, end, c->s1) != end)	/* ", lundi," */
			end = clause_end(x, past_incise(x, end, c->s1), c->s1);
		a = find_after(x, i, end < i + 12 ? end : i + 12, W_AGENT);
		if (a == NULL || strcmp(actors_key(actors_resolve(x, a)),
		    sk) == 0)
			return 0;
		c->tgt = a;
		c->tgt2 = NULL;
		c->tgt_guess = 0;
		return 1;
	}
	return 0;
}

/* Protest 14, restrictions and arrests 172-173, repression 175, assault 18, reforms conceded 083. */
static int
domestic_code(const struct trig *tr)
{
	const char *k = tr->pat->code->code;

	return tr->pat->code->root == 14 || tr->pat->code->root == 18 ||
	    strncmp(k, "172", 3) == 0 || strncmp(k, "173", 3) == 0 ||
	    strncmp(k, "175", 3) == 0 || strncmp(k, "083", 3) == 0;
}

/*
 * Protest (14) and its repression (175): "Police used tear gas to
 * disperse them" disperses the protesters of the story's country, not
 * the last event's target.
 */
static int
crowd_control(const struct trig *tr)
{
	return tr->pat->code->root == 14 ||
	    strncmp(tr->pat->code->code, "175", 3) == 0;
}

/*
 * A demand, criticism, rejection or protest (10, 11, 12, 14) by civilians,
 * students, workers, farmers or the opposition that names no one ("Les
 * manifestants réclament de nouvelles élections", "Les organisateurs ont
 * rejeté cette offre et appelé à une grève"): addressed to their own
 * government, not to the story's foreign party.
 */
static int
civil_demand(const struct xctx *x, const struct coded *c)
{
	static const char civil[][4] = { "CVL", "OPP", "EDU", "LAB", "AGR" };
	const struct xmention *s = actors_resolve(x, c->src);
	int root = c->tr->pat->code->root;

	if ((root != 10 && root != 11 && root != 12 && root != 14) ||
	    s->kind != EXTRACT_KIND_GROUP)
		return 0;
	for (size_t i = 0; i < sizeof(civil) / sizeof(civil[0]); i++)
		if (strcmp(s->role, civil[i]) == 0)
			return 1;
	return 0;
}

/*
 * Peacekeepers withdrawn (166x) are what leaves, not the party: "retirer
 * les casques bleus qu'il déploie au sein de la mission de l'ONU en
 * Centrafrique" targets the host state, the first country named after
 * them in the sentence (not an IGO). The target is left when none is.
 */
static void
withdrawn_from(const struct xctx *x, struct coded *c)
{
	const struct xmention *t = c->tgt;
	size_t end;

	if (t == NULL || strncmp(c->tr->pat->code->code, "166", 3) != 0 ||
	    strstr(actors_key(actors_resolve(x, t)), "PKO") == NULL)
		return;
	end = t->tok + t->ntok + 24 < c->s1 ? t->tok + t->ntok + 24 : c->s1;
	for (size_t i = t->tok + t->ntok; i < end; i++) {
		const struct xmention *m = actor_at(x, i);
		const char *k;

		if (m == NULL)
			continue;
		k = actors_key(actors_resolve(x, m));
		if (k[0] != '\0' && strncmp(k, "IGO", 3) != 0 &&
		    strcmp(k, actors_key(actors_resolve(x, c->src))) != 0) {
			c->tgt = m;
			return;
		}
	}
}

/*
 * A show of force, a deployment or its promise, a withdrawal (15x, 074,
 * and in English 0334, 087) whose object is the source's
 * own military or police ("Latvia would deploy 300 additional soldiers to
 * the border", "Kenya is set to deploy 1,000 police officers to Haiti"):
 * the forces are what is sent, not the target. The target is the state
 * they are sent to when a place follows them ("to Haiti", "en Haïti"),
 * else NULL, to be guessed like any unnamed one.
 */
static int
own_forces_sent(const struct xctx *x, struct coded *c, const char *sk)
{
	const struct xmention *t = actors_resolve(x, c->tgt);
	size_t from = c->tgt->tok + c->tgt->ntok;
	size_t end = clause_end(x, c->tgt->tok, c->s1);

	if (c->tr->pat->code->root != 15 &&
	    strncmp(c->tr->pat->code->code, "074", 3) != 0 &&
	    (x->lang[0] != 'e' || (strncmp(c->tr->pat->code->code, "0334",
	    4) != 0 && strncmp(c->tr->pat->code->code, "087", 3) != 0)))
		return 0;	/* also "pledged to keep Kenyan troops in */
				/* Somalia", "to withdraw its troops from" */
	if (t->kind != EXTRACT_KIND_GROUP || (strcmp(t->role, "MIL") != 0 &&
	    strcmp(t->role, "COP") != 0) || strcmp(actors_key(t), sk) != 0)
		return 0;
	c->tgt = NULL;
	for (size_t i = from; i < end && i <= from + 8; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k >= 0 && x->m[k].tok == i && x->m[k].place &&
		    x->m[k].country[0] && strcmp(x->m[k].country, sk) != 0) {
			c->tgt = &x->m[k];	/* "to Haiti" */
			break;
		}
	}
	return 1;
}

/* A reflexive verb ("doivent se retrouver", "se sont rencontrés"): a meeting of two. */
static int
reciprocal(const struct xctx *x, size_t t, size_t s0)
{
	for (size_t i = t; i > s0 && i + 4 > t; i--)
		if (wc(x, i - 1) & W_REFLEXIVE)
			return 1;
	return 0;
}

/*
 * Force used on a place of the source's own country named after the
 * trigger in its clause ("l'aviation birmane a bombardé un village de la
 * région de Sagaing"): that place, a domestic target. NULL if none.
 */
static const struct xmention *
own_ground(const struct xctx *x, const struct coded *c, const char *sk)
{
	size_t t = c->tr->tok, end = clause_end(x, t, c->s1);

	for (size_t i = t + 1; i < end && i <= t + TARGET_WIN; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k >= 0 && x->m[k].tok == i && x->m[k].place &&
		    !x->m[k].adj && strcmp(x->m[k].country, sk) == 0)
			return &x->m[k];
	}
	return NULL;
}

/* The story's lead pair are two sides of one country, sk's. */
static int
domestic_story(const struct xctx *x, const struct topic *lead, const char *sk)
{
	return lead->src != NULL && lead->tgt != NULL && lead->src !=
	    lead->tgt && strcmp(actors_key(actors_resolve(x, lead->src)),
	    sk) == 0 && strcmp(actors_key(actors_resolve(x, lead->tgt)),
	    sk) == 0;
}

/*
 * The agent of a participle in the object of English reaction verb c
 * ("condemned the sanctions imposed by the EU", "rejected the claims made
 * by Turkey"): the author of what is reacted to. NULL if none.
 */
static const struct xmention *
object_agent(const struct xctx *x, const struct coded *c)
{
	size_t t = c->tr->tok, end = clause_end(x, t, c->s1);

	if (x->lang[0] != 'e')
		return NULL;
	for (size_t i = t + 3; i < end && i <= t + 8; i++) {
		const struct xmention *m = actor_at(x, i);

		if (m != NULL && (prep_before(x, i, t + 1) & W_AGENT) &&
		    participle_agent(x, i))
			return m;
	}
	return NULL;
}

/*
 * A third party's concern, criticism or threat about a story led by an
 * accusation ("The Philippines accused China of firing water cannon ...
 * Japan and Australia expressed concern over the incident"): addressed to
 * the accused, whose act the story is about, not to the accuser; not a
 * rejection ("rejected the claim" answers the accuser). NULL otherwise.
 */
static const struct xmention *
accused_of_story(const struct xctx *x, const struct coded *c,
    const struct topic *lead, const char *sk)
{
	int root = c->tr->pat->code->root;

	if (x->lang[0] != 'e' || lead->src == NULL || lead->tgt == NULL ||
	    lead->root != 11 || lead->joint || !(root == 1 || root == 11 ||
	    root == 13) ||
	    !strcmp(actors_key(actors_resolve(x, lead->src)), sk) ||
	    !strcmp(actors_key(actors_resolve(x, lead->tgt)), sk))
		return NULL;
	return lead->tgt;
}

/*
 * A reflexive meeting verb ("se réunir", "se retrouver") of one body ("Le
 * Conseil doit se réunir jeudi pour examiner le rapport": no actor, a
 * singular "le"/"la" subject, the source carried) meets no one: only a
 * plural or joint subject ("Les négociateurs doivent se retrouver")
 * meets another, or one the clause names with "avec"/"with"/"entre".
 */
static int
lone_meeting(const struct xctx *x, const struct coded *c)
{
	size_t t = c->tr->tok, end = clause_end(x, t, c->s1);

	for (size_t i = t + 1; i < end; i++)
		if (wc(x, i) & (W_WITH | W_BETWEEN))
			return 0;	/* "s'entretenir avec le chef de la junte" */
	if (c->pair != NULL || c->dual != NULL)
		return 0;
	if (!c->carried)
		return !(c->src->gflags & GAZ_F_PLURAL);
	for (size_t i = t; i > c->s0 && i + 6 > t; i--) {
		const char *w = norm(x, i - 1);

		if (wc(x, i - 1) & W_DET)	/* the subject's determiner */
			return x->lang[0] == 'f' && (strcmp(w, "le") == 0 ||
			    strcmp(w, "la") == 0 || strcmp(w, "l'") == 0);
	}
	return 0;	/* "Les négociateurs doivent se retrouver" */
}

/*
 * A target for c when its clause names none: the author of the event noun
 * a reaction answers, else for a refusal to do something the author of
 * the appeal, promise or demand just coded ("Kiev a appelé ses alliés à
 * ... Washington s'est refusé à tout changement"), else the lead event's
 * actors for reactions (praise, criticism, rejection, threats, demands),
 * the previous event's for the rest; a meeting (04) only when reciprocal.
 * Sets c->tgt and c->tgt_guess;
 * returns 0 when there is none.
 */
static int
guess_target(const struct xctx *x, struct coded *c, const char *sk,
    const struct topic *prev, const struct topic *lead)
{
	int root = c->tr->pat->code->root;
	int react = root == 1 || root == 5 || (root >= 10 && root <= 13) ||
	    strncmp(c->tr->pat->code->code, "152", 3) == 0;	/* raising */
	const struct xmention *au;	/* the alert answers the launcher */
	size_t at;

	if (root == 4 && !(c->tr->pat->flags & (PAT_F_VISIT | PAT_F_NOUN)) &&
	    !reciprocal(x, c->tr->tok, c->s0))
		return 0;	/* "ministers meeting in Luxembourg": no one met */
	if (root == 4 && !(c->tr->pat->flags & (PAT_F_VISIT | PAT_F_NOUN)) &&
	    lone_meeting(x, c))
		return 0;	/* "Le Conseil doit se réunir jeudi" */

	if (root >= 18 && (c->tgt = own_ground(x, c, sk)) != NULL) {
		c->domestic = 1;	/* "a bombardé un village du Sagaing" */
		c->tgt_guess = 1;
		return 1;
	}
	c->tgt = (react || root == 9) ? reacted_to(x, c, prev, &at, &c->tgt2) :
	    NULL;	/* "criticised the agreements": both signatories */
	if (react && (au = object_agent(x, c)) != NULL &&
	    strcmp(actors_key(actors_resolve(x, au)), sk) != 0) {
		c->tgt = au;	/* "condemned the sanctions imposed by the */
		c->tgt2 = NULL;	/* EU": their author */
	}
	if (c->tgt != NULL && strcmp(actors_key(actors_resolve(x, c->tgt)),
	    sk) == 0) {		/* investigating one's own side's act, */
		if (root == 12)	/* rejecting the opposition's criticism */
			c->domestic = 1;
		else if (root != 9)
			c->tgt = NULL;
	}
	if (c->tgt == NULL)	/* is domestic: "would investigate the arrests" */
		c->tgt2 = NULL;
	if (c->tgt == NULL && root == 12 && prev->src != NULL &&
	    c->tr->tok + 1 < c->s1 && (wc(x, c->tr->tok + 1) &
	    (W_DATIVE | W_OF)) &&
	    (prev->root == 2 || prev->root == 3 || prev->root == 10) &&
	    strcmp(actors_key(actors_resolve(x, prev->src)), sk) != 0)
		c->tgt = prev->src;	/* a refusal answers the last appeal */
	if (c->tgt == NULL && prev->root == root && prev->tgt != NULL &&
	    (x->lang[0] != 'e' || root != 11 ||
	    !strncmp(prev->act, c->tr->pat->code->code, 3)) &&
	    strcmp(actors_key(actors_resolve(x, prev->tgt)), sk) != 0)
		c->tgt = prev->tgt;	/* the same act by another: same target */
					/* (not a summons, then a criticism) */
	if (c->tgt == NULL && x->lang[0] == 'e' && lead->tgt != NULL &&
	    !strncmp(lead->act, c->tr->pat->code->code, 3) &&
	    strcmp(actors_key(actors_resolve(x, lead->tgt)), sk) != 0)
		c->tgt = lead->tgt;	/* "The United States imposed similar */
					/* sanctions": the story's act's */
	if (c->tgt == NULL && root == 7 && prev->tgt != NULL &&
	    strcmp(actors_key(actors_resolve(x, prev->tgt)), sk) != 0)
		c->tgt = prev->tgt;	/* aid goes to whom was helped before */
	if (c->tgt == NULL) {
		const struct topic *tp = react ? lead : prev;

		c->tgt = accused_of_story(x, c, tp, sk);
		if (c->tgt == NULL)
			c->tgt = topic_target(x, tp, sk);
		if ((tp->joint || tp->deal) && c->tgt == tp->src &&
		    (root == 11 || root == 12))
			c->tgt2 = tp->tgt;	/* "criticised the agreements", */
					/* "criticised the purchase" */
	}
	if (c->tgt == NULL && !react)
		c->tgt = topic_target(x, lead, sk);	/* the story's pair */
	if (c->tgt == NULL && domestic_story(x, lead, sk)) {
		c->tgt = lead->tgt;	/* government and guerrilla: the */
		c->domestic = 1;	/* other side, of the same country */
	}
	c->tgt_guess = c->tgt != NULL;
	return c->tgt != NULL;
}

/* The other party of topic t when sk is one of its two; else NULL. */
static const struct xmention *
counterparty(const struct xctx *x, const struct topic *t, const char *sk)
{
	if (t->src == NULL || t->tgt == NULL)
		return NULL;
	if (strcmp(actors_key(actors_resolve(x, t->src)), sk) == 0)
		return t->tgt;
	if (strcmp(actors_key(actors_resolve(x, t->tgt)), sk) == 0)
		return t->src;
	return NULL;
}

/*
 * "a saisi le Conseil de sécurité", "referred the dispute to the Security
 * Council": the organization seized is the forum; the complaint targets
 * the party named after "contre"/"against", else the other party of the
 * last event, then of the lead event, the source took part in, else the
 * last event's actor ("a dénoncé une menace ... et saisi le Conseil"),
 * else no one. Returns 1 when c->tgt was a forum (an IGO) and was replaced.
 */
static int
forum_target(const struct xctx *x, struct coded *c, const char *sk,
    const struct topic *prev, const struct topic *lead)
{
	const struct xmention *t = actors_resolve(x, c->tgt), *a;

	if (strncmp(actors_key(t), "IGO", 3) != 0)
		return 0;
	a = find_after(x, c->tr->tok, clause_end(x, c->tr->tok, c->s1),
	    W_AGAINST);
	if (a != NULL && strcmp(actors_key(actors_resolve(x, a)), sk) != 0) {
		c->tgt = a;
		return 1;
	}
	c->tgt = counterparty(x, prev, sk);
	if (c->tgt == NULL)
		c->tgt = counterparty(x, lead, sk);
	if (c->tgt == NULL)
		c->tgt = topic_target(x, prev, sk);
	if (c->tgt != NULL && strcmp(actors_key(actors_resolve(x, c->tgt)),
	    actors_key(t)) == 0)
		c->tgt = NULL;		/* the forum again */
	c->tgt_guess = c->tgt != NULL;
	c->pair = NULL;
	return 1;
}

/*
 * m is the country after an upper-case dateline city, then "(" or ","
 * ("ANKARA, Turkey (AP) —", "NAIROBI, Kenya, Sept. 10 (Reuters) -").
 */
static int
dateline_country(const struct xctx *x, const struct xmention *m)
{
	size_t e = m->tok + m->ntok;

	if (m->sent != 0 || !m->place || x->nm < 2 || x->m[0].tok != 0 ||
	    x->m[0].ntok + 1 != m->tok || e >= x->doc.ntoks ||
	    !(x->doc.toks[0].flags & TOK_F_UPPER) ||
	    strcmp(norm(x, m->tok - 1), ",") != 0 ||
	    x->doc.toks[e].type == TOK_WORD)
		return 0;
	return strcmp(norm(x, e), "(") == 0 || strcmp(norm(x, e), ",") == 0;
}

/*
 * Where the actor of m is first named in [s0, t): any mention of its key,
 * places too when places is set ("une visite à Hanoï, au cours de
 * laquelle les deux pays"). (size_t)-1 if none.
 */
static size_t
named_first(const struct xctx *x, const struct xmention *m, size_t s0,
    size_t t, int places)
{
	const char *key = actors_key(actors_resolve(x, m));

	for (size_t i = s0; i < t; i++) {
		int k = actors_at(x, (uint32_t)i);

		if (k < 0 || x->m[k].tok != i || (!places &&
		    (x->m[k].locative || !x->m[k].actor)))
			continue;
		if (i == 0 && (x->doc.toks[0].flags & TOK_F_UPPER))
			continue;	/* the dateline: "LE CAIRE, 7 mars -" */
		if (dateline_country(x, &x->m[k]))
			continue;	/* "ANKARA, Turkey (AP) —" */
		if (dual_head(x, &x->m[k]))
			continue;	/* "les marines des deux alliés" */
		if (strcmp(actors_key(actors_resolve(x, &x->m[k])), key) == 0)
			return i;
	}
	return (size_t)-1;
}

/*
 * A joint action of c->src and c->pair ("X et Y ont signé", "the two
 * countries exchanged prisoners") is one event in both languages, the
 * first-named actor as source (tests/gold/README.md): c is rewritten.
 * An actor named before one only named as a place ("a visit to Seoul by
 * the Polish president, during which the two countries signed").
 */
static void
orient_pair(const struct xctx *x, struct coded *c)
{
	size_t t = c->tr->tok, ps = named_first(x, c->pair, c->s0, t, 0),
	    ss = named_first(x, c->src, c->s0, t, 0);
	const struct xmention *first;

	if (ps == (size_t)-1 && ss == (size_t)-1) {	/* places only */
		ps = named_first(x, c->pair, c->s0, t, 1);
		ss = named_first(x, c->src, c->s0, t, 1);
	}
	if (ps == ss) {		/* one key, or none: the mentions' order */
		ps = c->pair->tok;
		ss = c->src->tok;
	}
	first = ps < ss ? c->pair : c->src;
	c->tgt = first == c->pair ? c->src : c->pair;
	c->src = first;
}

/* The other party of the joint act c reacts to, when it is a third actor. */
static int
emit_partner(struct xctx *x, struct evset *es, struct coded *c,
    const char *sk)
{
	const char *k;

	if (c->tgt2 == NULL || c->tgt == NULL || c->pair != NULL)
		return 0;
	k = actors_key(actors_resolve(x, c->tgt2));
	if (k[0] == '\0' || strcmp(k, sk) == 0 ||
	    strcmp(k, actors_key(actors_resolve(x, c->tgt))) == 0)
		return 0;
	c->tgt = c->tgt2;
	return emit(x, es, c);
}

/*
 * A praise, a welcome or a stated mood (01, 05) whose object is only a
 * quoted judgement ("a salué « un pas important vers la paix »", "s'est
 * félicitée d'une « avancée significative »", "welcomed what it called
 * \"a historic step\""): an opening quote mark within three words of the
 * verb, a determiner or "de" between, and no actor in the clause.
 */
static int
quoted_judgement(const struct xctx *x, const struct coded *c)
{
	size_t t = c->tr->tok;

	for (size_t i = t + 1; i < c->s1 && i <= t + 3; i++) {
		enum tok_type ty = x->doc.toks[i].type;

		if (ty == TOK_QUOTE_OPEN || ty == TOK_QUOTE) {
			for (size_t j = i + 1; j < c->s1; j++)
				if (actor_at(x, j) != NULL)
					return 0;
			return 1;
		}
		if (!(wc(x, i) & (W_DET | W_OF)))
			return 0;
	}
	return 0;
}

/* Source key sk is one of the story's lead pair. */
static int
lead_party(const struct xctx *x, const struct topic *lead, const char *sk)
{
	return (lead->src && strcmp(actors_key(actors_resolve(x, lead->src)),
	    sk) == 0) || (lead->tgt && strcmp(actors_key(actors_resolve(x,
	    lead->tgt)), sk) == 0);
}

/*
 * Emit c, its mirror for a coordinated subject, with a guessed target:
 * protest and repression that name no one ("ont manifesté", "a dispersé
 * les manifestants") are domestic (GEO 141 GEO, GEO 175 GEO); reactions
 * (praise, criticism, rejection, threats, demands) answer the article's
 * lead event; anything else continues the previous one.
 */
static int
emit_roles(struct xctx *x, struct evset *es, struct coded *c,
    struct topic *prev, struct topic *lead)
{
	const char *sk = actors_key(actors_resolve(x, c->src));
	int root = c->tr->pat->code->root;
	const struct xmention *pa, *pb, *co[4];
	size_t nco;

	if ((c->tgt == NULL || c->tgt_guess) && c->pair == NULL &&
	    (root == 1 || root == 5) && !(c->tr->pat->flags & PAT_F_NOUN) &&
	    !lead_party(x, lead, sk) && quoted_judgement(x, c)) {
		c->tgt = NULL;	/* a third party's « pas important »: */
		return emit(x, es, c);	/* addressed to no one it names */
	}
	nco = c->dual_obj && c->pair == NULL ? conjuncts(x, c->src, c->s0, co,
	    4) : 0;
	if (c->dual_obj && c->pair == NULL && dual_parties(x, c->dual_obj, sk,
	    co, nco, &pa, &pb)) {
		for (size_t k = 0; k <= nco; k++) {
			struct coded m = *c;	/* "Qatar and Egypt urged */
						/* both sides": each of them */
			m.src = k < nco ? co[k] : c->src;
			m.tgt = pb;	/* first-named party first */
			if (emit(x, es, &m) == -1)
				return -1;
			m.tgt = pa;
			if (emit(x, es, &m) == -1)
				return -1;
		}
		c->tgt = pa;
		return 0;
	}
	if (c->dual_obj && c->pair == NULL && lead->src != NULL &&
	    lead->tgt != NULL && strcmp(actors_key(actors_resolve(x,
	    lead->src)), actors_key(actors_resolve(x, lead->tgt))) == 0 &&
	    strcmp(actors_key(actors_resolve(x, lead->src)), sk) != 0) {
		c->tgt = lead->src;	/* "a exhorté les deux camps": the two */
		return emit(x, es, c);	/* sides of one country's civil war */
	}
	if (c->tgt == NULL && c->pair == NULL && c->objpron && prev->tgt &&
	    !crowd_control(c->tr) &&
	    strcmp(actors_key(actors_resolve(x, prev->tgt)), sk) != 0) {
		c->tgt = prev->tgt;	/* "them": what the last event was done to */
		c->tgt_guess = 1;
	}
	if (c->tgt != NULL && c->tgt_guess && c->pair == NULL &&
	    civil_demand(x, c))
		c->tgt = NULL;	/* "... et appelé à une grève": not carried */
	if (c->tgt != NULL && c->pair == NULL)	/* "would deploy 300 */
		own_forces_sent(x, c, sk);	/* soldiers to the border" */
	withdrawn_from(x, c);
	if (c->tgt != NULL && c->pair == NULL && c->tgt->adj &&
	    !domestic_code(c->tr) && strcmp(actors_key(actors_resolve(x,
	    c->tgt)), sk) == 0) {
		const struct xmention *own = c->tgt;	/* "menacé de créer */
					/* une province vénézuélienne" */
		c->tgt = NULL;
		if (!guess_target(x, c, sk, prev, lead)) {
			c->tgt = own;	/* no one else in the story: a */
			c->tgt_guess = 0;	/* domestic act after all */
		}
	}
	if (c->tgt == NULL && c->pair == NULL && !c->unnamed &&
	    (domestic_code(c->tr) || civil_demand(x, c)) &&
	    c->src->country[0] && (!c->objpron || crowd_control(c->tr))) {
		c->tgt = c->src;	/* protest or repression, no one named */
		return emit(x, es, c);	/* is domestic */
	}
	if (!reaction_author(x, c, sk, prev))
		reaction_agent(x, c, sk);
	if ((c->tr->pat->flags & PAT_F_FORUM) && c->tgt != NULL &&
	    forum_target(x, c, sk, prev, lead))
		return emit(x, es, c);
	if (strcmp(c->tr->pat->code->code, "011") == 0) {
		c->tgt = NULL;		/* "a refusé de commenter": what is */
		c->pair = NULL;		/* not commented on is no target */
		return emit(x, es, c);
	}
	if (c->tgt_fixed && c->tgt == NULL && c->pair == NULL && root == 15 &&
	    lead->src == NULL && !c->carried) {
		lead->src = c->src;	/* "fired two missiles into the sea": */
		lead->tgt = NULL;	/* the reactions after it answer the */
		lead->tok = c->tr->tok;	/* launcher */
		lead->mode = c->mode;
		lead->root = root;
		lead->joint = lead->deal = 0;
	}
	if (c->tgt_fixed)
		return emit(x, es, c);
	if (c->tgt == NULL && c->pair == NULL &&
	    !guess_target(x, c, sk, prev, lead)) {
		if (root != 12 || !c->src->country[0] || c->carried ||
		    c->each_guess)
			return 0;	/* no target, not even a guess */
		c->tgt = c->src;	/* "a exclu toute démission", no */
		return emit(x, es, c);	/* one else in the story: domestic */
	}
	if (c->each_guess && c->tgt != NULL && (same_actor(x, c->tgt,
	    c->each) || same_actor(x, c->tgt, c->src))) {
		c->tgt = NULL;	/* "Both leaders condemned the attack": */
		return 0;	/* not one of the two toward the other */
	}
	if (c->pair != NULL)
		orient_pair(x, c);
	if (!c->tgt_guess) {
		prev->src = c->src;
		prev->tgt = c->tgt != NULL ? c->tgt : c->pair;
		prev->joint = c->pair != NULL;
		prev->deal = deal_code(c->tr->pat->code->code);
		prev->tok = c->tr->tok;
		prev->mode = c->mode;
		prev->root = root;
		memcpy(prev->act, c->tr->pat->code->code, 3);
		if (lead->src == NULL && c->tgt != NULL)
			*lead = *prev;
	}
	if (emit(x, es, c) == -1)
		return -1;
	return emit_partner(x, es, c, sk);
}

/*
 * emit_roles(), then remember c's source (and partner) as the author of
 * its kind of event for the reactions that follow. The other party of an
 * agreement or a ceasefire signed "with" it is a partner too ("Poland
 * signed a deal with South Korea ... Russia criticised the purchase").
 */
static int
emit_all(struct xctx *x, struct evset *es, struct coded *c,
    struct topic *prev, struct topic *lead)
{
	int carried = c->carried, rc;
	const struct xmention *src = c->src, *pair = c->pair;
	const char *code = c->tr->pat->code->code;

	rc = emit_roles(x, es, c, prev, lead);
	if (pair == NULL && c->tgt != NULL && !c->tgt_guess &&
	    deal_code(code))
		pair = c->tgt;	/* the deal's other signatory */
	if (!carried)		/* for "a condamné les frappes" later, */
		topic_author(prev, code, src, pair);	/* not for c itself */
	return rc;
}

/*
 * "Les présidents du Kenya et de l'Ouganda ont signé", "les ministres
 * des Affaires étrangères du Japon et de la Corée du Sud": a plural role
 * whose "de X" made it X's, then "et de Y" (or a role and "et celui de
 * Y") before verb t: Y, the other party of their joint act. NULL if
 * none.
 */
static const struct xmention *
plural_of_pair(const struct xctx *x, const struct xmention *src, size_t t)
{
	size_t e = src->tok + src->ntok;
	const struct xmention *y;
	const char *w;

	if (x->lang[0] != 'f' || src->kind != EXTRACT_KIND_GROUP ||
	    e + 2 >= t || !(wc(x, e) & W_AND))
		return NULL;
	w = norm(x, e + 1);
	if (w[0] == 'c' && (!strcmp(w, "celui") || !strcmp(w, "celle") ||
	    !strcmp(w, "ceux") || !strcmp(w, "celles")) && e + 3 < t)
		e++;		/* "Le président du Kenya et celui de" */
	else if (!(src->gflags & GAZ_F_PLURAL))
		return NULL;
	if (!(wc(x, e + 1) & W_OF))
		return NULL;
	if ((y = actor_at(x, e + 2)) == NULL && (wc(x, e + 2) & W_DET) &&
	    e + 3 < t)
		y = actor_at(x, e + 3);
	if (y == NULL || y->adj || strcmp(actors_key(actors_resolve(x, y)),
	    actors_key(actors_resolve(x, src))) == 0)
		return NULL;
	return y;
}

/* "Washington, Londres et Paris ont accusé Téhéran": one event per member. */
static int
emit_conjuncts(struct xctx *x, struct evset *es, const struct coded *c)
{
	const struct xmention *more[9];
	size_t n = conjuncts(x, c->src, c->s0, more, 8);

	if (n == 0 && (more[0] = plural_of_pair(x, c->src, c->tr->tok)) !=
	    NULL)
		n = 1;		/* "Les ministres du Japon et de la Corée */
				/* du Sud ont condamné" */
	for (size_t k = 0; k < n; k++) {
		struct coded m = *c;

		if (more[k] == c->tgt || (c->tgt != NULL &&
		    strcmp(actors_key(actors_resolve(x, more[k])),
		    actors_key(actors_resolve(x, c->tgt))) == 0))
			continue;	/* "X, Y et Z ont signé": not X to X */
		m.src = more[k];
		if (emit(x, es, &m) == -1)
			return -1;
	}
	return 0;
}

/*
 * Mark tokens between quote marks (bounded), where events are not coded.
 * A fragment of a few words is part of the reporting sentence ("s'est dit
 * « préoccupé »", "a fait part de sa « solidarité totale »"): not
 * marked.
 */
static uint8_t *
quoted_tokens(const struct xctx *x)
{
	uint8_t *q = calloc(x->doc.ntoks + 1, 1);
	size_t open = (size_t)-1;

	if (q == NULL)
		return NULL;
	for (size_t i = 0; i < x->doc.ntoks; i++) {
		uint8_t t = x->doc.toks[i].type;

		if (open != (size_t)-1 && (t == TOK_QUOTE_CLOSE || t == TOK_QUOTE ||
		    i - open > 400)) {
			if (i - open <= 400 && i - open > SHORT_QUOTE + 1)
				memset(q + open, 1, i - open);
			open = (size_t)-1;
		} else if (t == TOK_QUOTE_OPEN || t == TOK_QUOTE)
			open = i;
	}
	return q;
}

/* The last accusation of the sentence: its trigger and the accused. */
struct accusation {
	size_t tok;
	const struct xmention *src, *tgt;
	int root;		/* CAMEO root of its code */
	int passive;		/* its subject is the patient, tgt */
	int say;		/* a reporting verb ("said"), no event */
};

/*
 * A parenthetical naming some members of a group ends right before token
 * e ("douze responsables nicaraguayens, dont le chef de la police,",
 * "four officers, including a general,"): the group before it, else NULL.
 */
static const struct xmention *
group_before_incl(const struct xctx *x, size_t e, size_t s0)
{
	for (size_t i = e; i > s0 + 2 && i + 10 > e; i--) {
		int k;

		if (x->doc.toks[i - 1].type != TOK_WORD)
			return NULL;	/* the parenthetical's own comma */
		if (!(wc(x, i - 1) & W_INCL))
			continue;
		if (strcmp(norm(x, i - 2), ",") != 0 ||
		    (k = actors_at(x, (uint32_t)(i - 3))) < 0 ||
		    !x->m[k].actor || x->m[k].tok + x->m[k].ntok != i - 2)
			return NULL;
		return &x->m[k];
	}
	return NULL;
}

/*
 * A past participle in apposition to the actor before it ("l'Iran, accusé
 * de ...", "deux diplomates, expulsés", "douze responsables, dont le chef
 * de la police, accusés"): that actor. NULL if none.
 */
static const struct xmention *
apposed(const struct xctx *x, size_t t, size_t s0)
{
	const struct xmention *g;
	int k;

	if (t < s0 + 2 || strcmp(norm(x, t - 1), ",") != 0)
		return NULL;
	if ((g = group_before_incl(x, t - 1, s0)) != NULL)
		return g;
	if ((k = actors_at(x, (uint32_t)(t - 2))) < 0 || !x->m[k].actor ||
	    x->m[k].tok + x->m[k].ntok != t - 1)
		return NULL;
	return &x->m[k];
}

/*
 * A present participle right after a comma ("launched drills around
 * Taiwan, deploying warships", "..., déployant") or an English one after
 * "before", "after", "while", "when" ("praised Argentina before signing
 * a deal with Chile"): an adjunct whose subject is the subject of the
 * event just coded.
 */
static int
participle_adjunct(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok;
	const char *w = norm(x, t);
	size_t n = strlen(w);

	if ((tr->pat->flags & PAT_F_NOUN) || t < s0 + 1 || n < 5)
		return 0;
	if (x->lang[0] == 'e' && t > s0 + 1 && (wc(x, t - 1) &
	    (W_SEQUENCE | W_SUBCONJ | W_CLAUSE)) && !(wc(x, t - 1) &
	    (W_RELSUBJ | W_RELOBJ)))
		return ing_form(x, t);	/* "before signing", "while sending" */
	if (x->doc.toks[t - 1].type == TOK_WORD ||
	    strcmp(norm(x, t - 1), ",") != 0)
		return 0;
	return strcmp(w + n - 3, x->lang[0] == 'e' ? "ing" : "ant") == 0;
}

/*
 * Verb t coordinated with the last verb of the sentence: "et"/"and" just
 * before it (an auxiliary or adverb between allowed) and no actor between
 * the conjunction and t ("a condamné l'attaque et appelé", "offered its
 * condolences and pledged"): it shares that verb's subject.
 */
static int
coordinated_verb(const struct xctx *x, const struct trig *tr,
    const struct accusation *verb, size_t s0)
{
	size_t t = tr->tok;

	if (tr->pat->flags & PAT_F_NOUN)
		return 0;
	for (size_t i = t; i > s0 && i > verb->tok + 1 && i + 3 > t; i--) {
		if (actors_at(x, (uint32_t)(i - 1)) >= 0)
			return 0;
		if ((wc(x, i - 1) & W_AND) || ((wc(x, i - 1) & W_CLAUSE) &&
		    (wc(x, i - 1) & W_BUT)))
			return 1;	/* "said ... but warned" */
	}
	return 0;
}

/*
 * Links between the clauses of a sentence that a parser would give: a
 * participle in apposition is done to the actor before it ("l'Iran, accusé
 * de"), and the complement of an accusation ("accusé de fournir", "d'avoir
 * livré") has the accused as subject and is a third party's claim.
 */
static void
clause_links(const struct xctx *x, struct coded *c, struct accusation *acc)
{
	const struct trig *tr = c->tr;
	const struct xmention *ap;
	size_t t = tr->tok, i;

	if ((tr->tense & TENSE_PART) && !(tr->pat->flags & PAT_F_NOUN) &&
	    (ap = apposed(x, t, c->s0)) != NULL) {
		const struct xmention *s = ap != c->src ? c->src :
		    find_subject(x, ap->tok, c->s0);

		if (s != NULL && s != ap && !same_actor(x, s, ap)) {
			/* the agent: the main subject; not "The Kenyan
			 * president, William Ruto, arrived": a name */
			c->src = s;
			c->tgt = ap;
			c->objpron = 0;
		}
	}
	if (acc->tgt == NULL || acc->tgt == c->tgt)
		return;
	if (x->lang[0] == 'e' && c->src == acc->src && t > 0 &&
	    (wc(x, t - 1) & W_AND) && !ing_form(x, t))
		return;		/* "accused X of beating ... and called on */
				/* Y": a finite verb of the accuser's own */
	if (x->lang[0] == 'f' && t > acc->tok + 2 && (c->src == acc->tgt ||
	    c->carried) && (wc(x, t - 1) & W_HAVEAUX) &&
	    (wc(x, t - 2) & W_AND)) {
		c->src = acc->src;	/* "a accusé X de frapper ... et a */
		c->carried = 0;		/* appelé Y": the accuser's own */
		return;
	}
	for (i = acc->tok + 1; i < t; i++)
		if (wc(x, i) & W_CLAUSE)
			return;		/* "..., qui ...": another clause */
	for (i = t; i > acc->tok + 1 && i + 3 > t; i--)
		if (wc(x, i - 1) & W_OF)
			break;
	if ((i <= acc->tok + 1 || i + 3 <= t || t > acc->tok + 10) &&
	    c->src != acc->src && c->src != acc->tgt)
		return;		/* neither "de + verb" nor one of the parties */
	c->src = acc->tgt;
	c->carried = 0;
	if (c->tgt == NULL && domestic_code(tr) && !same_actor(x, acc->src,
	    c->src) && strlen(actors_key(actors_resolve(x, acc->src))) == 3)
		c->unnamed = 1;		/* another state's "accused Moscow's */
					/* forces of executing prisoners": */
					/* persons of no nationality named, */
					/* no target (not RUS -> RUS) */
	if (c->mode == EXTRACT_MODE_ASSERTED)
		c->mode = EXTRACT_MODE_REPORTED;
}

/*
 * A denial (016) answers the accusation of its sentence: its target is the
 * accuser, the first-named of a coordinated subject ("Washington, Londres,
 * Paris et Berlin avaient accusé Téhéran ..., ce que la République
 * islamique dément"). Without one, the target is guessed as for any
 * reaction (the earlier accuser). Returns 1 when the target was set.
 */
static int
denial_target(const struct xctx *x, struct coded *c,
    const struct accusation *acc)
{
	const struct xmention *more[8];
	size_t n;

	if (strcmp(c->tr->pat->code->code, "016") != 0)
		return 0;
	if (acc->src == NULL)
		return 0;
	n = conjuncts(x, acc->src, c->s0, more, 8);
	c->tgt = n > 0 ? more[n - 1] : acc->src;
	c->tgt_guess = 0;
	c->pair = NULL;
	return 1;
}

/* Token i is "avoir" or "having", the auxiliary of a perfect infinitive. */
static int
perfect_aux(const struct xctx *x, size_t i)
{
	const char *w = norm(x, i);

	return (w[0] == 'a' && strcmp(w, "avoir") == 0) ||
	    (w[0] == 'h' && strcmp(w, "having") == 0);
}

/* Token i is a denial verb (016, no noun) of the article's language. */
static int
denial_at(const struct xctx *x, size_t i)
{
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if (h->pat->code->root == 1 && lang_ok(x, h->pat) &&
		    !(h->pat->flags & PAT_F_NOUN) &&
		    strcmp(h->pat->code->code, "016") == 0)
			return 1;
	return 0;
}

/*
 * Token i right after a denial verb opens the act it denies: "a nié
 * avoir bombardé", "a démenti vouloir", "denied shelling", "denied
 * having attacked" (a perfect infinitive, an "-ing" form or a verb).
 */
static int
denied_opens(const struct xctx *x, size_t i)
{
	if (i >= x->doc.ntoks || x->doc.toks[i].type != TOK_WORD)
		return 0;
	if (perfect_aux(x, i) || ing_form(x, i))
		return 1;
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && !(h->pat->flags & PAT_F_NOUN))
			return 1;
	return 0;
}

/*
 * Trigger t is the act a denial verb before it denies ("L'armée a nié
 * avoir bombardé le village", "a démenti avoir voulu attaquer"): the
 * denial verb, then "avoir"/"having" and at most one more word. Such an
 * act is NEGATED, not asserted.
 */
static int
denied_act(const struct xctx *x, size_t t, size_t s0)
{
	size_t lo = t > s0 + 3 ? t - 3 : s0;

	for (size_t i = t; i-- > lo;) {
		if (x->doc.toks[i].type != TOK_WORD || actors_at(x,
		    (uint32_t)i) >= 0)
			return 0;
		if (denial_at(x, i))
			return denied_opens(x, i + 1);
		if (i + 1 < t && !perfect_aux(x, i))
			return 0;	/* one free word, next to t */
	}
	return 0;
}

/*
 * A denial followed by the act it denies ("a nié avoir insulté le Mali"):
 * the actor of that act is its patient, not the accuser the denial
 * answers. Drops a target named after the denial verb.
 */
static void
denial_complement(const struct xctx *x, struct coded *c)
{
	size_t t = c->tr->tok;

	if (c->tr->pat->code->root != 1 || strcmp(c->tr->pat->code->code,
	    "016") != 0 || (c->tr->pat->flags & PAT_F_NOUN) ||
	    !denied_opens(x, t + 1))
		return;
	if (c->tgt != NULL && c->tgt->tok > t)
		c->tgt = NULL;
	if (c->pair != NULL && c->pair->tok > t)
		c->pair = NULL;
}

/*
 * An appeal to someone the text names with no actor ("a appelé la
 * communauté internationale à financer la mission"): coded with no
 * target rather than a guessed one. The object is a determiner and up to
 * three words, then "à"/"de"/"to". Returns 1 when so.
 */
static int
unnamed_addressee(const struct xctx *x, struct coded *c)
{
	size_t t = c->tr->tok, i = t + 1;

	if ((c->tgt != NULL && !c->tgt_guess) || c->pair != NULL ||
	    c->tr->pat->code->root != 2 || (c->tr->pat->flags & PAT_F_NOUN) ||
	    i >= c->s1 || !(wc(x, i) & W_DET) ||
	    (wc(x, i) & (W_OF | W_DATIVE | W_POSS)))
		return 0;
	for (i = t + 2; i < c->s1 && i <= t + 4; i++) {
		if (x->doc.toks[i].type != TOK_WORD || actors_at(x,
		    (uint32_t)i) >= 0 || x->tok_info[i].hits != NULL)
			return 0;
		if ((wc(x, i) & (W_OF | W_DATIVE)) && i > t + 2) {
			c->tgt = NULL;	/* not the target carried from a */
			c->tgt_guess = 0;	/* coordinated verb either */
			return 1;
		}
	}
	return 0;
}

/* A word of direction within three tokens before i, after t: "en direction de la", "into the", "en mer". */
static int
toward_before(const struct xctx *x, size_t i, size_t t)
{
	for (size_t j = i; j > t + 1 && j + 3 > i; j--)
		if (wc(x, j - 1) & W_TOWARD)
			return 1;
	return 0;
}

/*
 * A show of force aimed at the open sea ("a tiré deux missiles en
 * direction de la mer du Japon", "fired a missile into the sea"): root 15
 * with no actor named and a sea word after a word of direction in its
 * clause is coded with no target rather than a guessed one (not "war
 * games in the Mediterranean Sea"). Returns 1 when so.
 */
static int
open_sea(const struct xctx *x, const struct coded *c)
{
	size_t t = c->tr->tok, end;

	if (c->tgt != NULL || c->pair != NULL || c->tr->pat->code->root != 15)
		return 0;
	end = clause_end(x, t, c->s1);
	for (size_t i = t + 1; i < end && i <= t + 12; i++)
		if ((wc(x, i) & W_SEA) && toward_before(x, i, t))
			return 1;
	return 0;
}

/* One event from mediator med to each party p[0], p[1] that is not itself. */
static int
emit_mediator(struct xctx *x, struct evset *es, struct coded *c,
    const struct xmention *med, const struct xmention *const *p)
{
	const char *mk = actors_key(actors_resolve(x, med));

	c->src = med;
	for (int k = 0; k < 2; k++) {
		if (p[k] == NULL || strcmp(actors_key(actors_resolve(x, p[k])),
		    mk) == 0)
			continue;
		c->tgt = p[k];
		if (emit(x, es, c) == -1)
			return -1;
	}
	return 0;
}

/*
 * Token i is the French auxiliary "a" as written, not the preposition "à"
 * it folds like ("a organisé", not "grâce à").
 */
static int
bare_have(const struct xctx *x, size_t i)
{
	const struct token *tk = &x->doc.toks[i];

	return (wc(x, i) & W_HAVEAUX) && tk->end - tk->start == 1 &&
	    (x->doc.text[tk->start] == 'a' || x->doc.text[tk->start] == 'A');
}

/* Trigger t heads a prepositional phrase: "sous l'égide", "grâce à". */
static int
in_pp(const struct xctx *x, size_t t, size_t s0)
{
	for (size_t i = t; i > s0 && i + 3 > t; i--)
		if ((wc(x, i - 1) & (W_OBL | W_LOC)) && !bare_have(x, i - 1))
			return 1;
	return 0;
}

/* A participle, or an English form in "-ed": a past act. */
static int
past_form(const struct xctx *x, const struct trig *tr)
{
	const char *w = norm(x, tr->tok);
	size_t l = strlen(w);

	return (tr->tense & TENSE_PART) || (x->lang[0] == 'e' && l > 3 &&
	    strcmp(w + l - 2, "ed") == 0);
}

/*
 * Mediation ("sous l'égide de X", "grâce à une médiation des Émirats",
 * "X tente une médiation entre les deux pays"): the mediator is the actor
 * behind "de"/"par" right after the trigger, else the clause subject; the
 * parties are "entre X et Y" or the actors of the event just coded, whose
 * day an undated past mediation takes ("said it had brokered the deal");
 * in the same sentence, the day of its first event (first), the main
 * clause's. One event per party. Returns 1 when handled (coded or not),
 * -1 on error.
 */
static int
code_mediation(struct xctx *x, struct evset *es, struct coded *c,
    const struct xmention *last_subj, const struct topic *prev, size_t first)
{
	const struct xmention *med[2] = { NULL, NULL }, *p[2] = { NULL, NULL };
	size_t t = c->tr->tok, end = clause_end(x, t, c->s1), e0;

	for (size_t i = t + 1; i < end && i <= t + 8 && med[0] == NULL; i++)
		if ((med[0] = actor_at(x, i)) != NULL &&
		    !(prep_before(x, i, t + 1) & (W_OF | W_AGENT)))
			med[0] = NULL;
	if (med[0] != NULL && (e0 = med[0]->tok + med[0]->ntok) < end &&
	    (wc(x, e0) & W_AND))	/* "de X et (du) Y": two mediators */
		med[1] = find_after(x, e0, e0 + 4 < end ? e0 + 4 : end, 0);
	if (med[0] == NULL && in_pp(x, t, c->s0))
		return 1;	/* "sous l'égide de" someone unknown */
	if (med[0] == NULL && (med[0] = find_subject(x, t, c->s0)) != NULL)
		med[1] = coordinated(x, med[0], c->s0);
	if (med[0] == NULL && (med[0] = last_subj) == NULL)
		return 1;
	c->mode = find_mode(x, c->tr, c->s0, c->s1, NULL);
	if (!find_between(x, t, c->s1, &p[0], &p[1]) && prev->src != NULL) {
		p[0] = prev->src;
		p[1] = prev->tgt;
		if (prev->tok >= c->s0 && prev->tok < t) {
			c->date_from = 1;	/* the mediated event's day: */
			c->date_tok = first < t ? first : prev->tok;
			c->mode = prev->mode;	/* the main clause's */
		} else if (past_form(x, c->tr) &&
		    find_date(x, t, x->doc.toks[t].sent) == NULL) {
			c->date_from = 1;	/* "said it had brokered the */
			c->date_tok = prev->tok;	/* deal": its day */
		}
	}
	for (int k = 0; k < 2; k++)	/* a co-mediator is no party */
		for (int m = 0; m < 2 && p[k] != NULL; m++)
			if (med[m] != NULL && strcmp(actors_key(actors_resolve(x,
			    p[k])), actors_key(actors_resolve(x, med[m]))) == 0)
				p[k] = NULL;
	for (int m = 0; m < 2 && med[m] != NULL; m++)
		if (emit_mediator(x, es, c, med[m], p) == -1)
			return -1;
	return 1;
}

/*
 * "le contrat signé à Paris", "the deal signed in May": a participle right
 * after a determiner and a noun names an act of a kind the article has
 * already coded: a reference back, not a new event.
 */
static int
refers_back(const struct xctx *x, const struct trig *tr, size_t s0,
    const struct topic *prev)
{
	size_t t = tr->tok;

	if (!(tr->tense & TENSE_PART) || (tr->pat->flags & PAT_F_NOUN) ||
	    t < s0 + 2 || prev->by_root[tr->pat->code->root] == NULL)
		return 0;
	if (x->doc.toks[t - 1].type != TOK_WORD || (wc(x, t - 1) & ~W_CUE) != 0 ||
	    x->tok_info[t - 1].mode != 0 || x->tok_info[t - 1].hits != NULL ||
	    actors_at(x, (uint32_t)(t - 1)) >= 0)
		return 0;
	if (!(wc(x, t - 2) & W_DET) || (wc(x, t - 2) & (W_OBJPRON | W_LOC)))
		return 0;	/* "les accuse", French "a" (has) */
	return t < s0 + 3 || !(wc(x, t - 3) & (W_OBL | W_LOC));	/* "pour sa part" */
}

/* A definite article or a demonstrative at token i ("le", "cette", "the"). */
static int
definite(const struct xctx *x, size_t i)
{
	return (wc(x, i) & (W_DEFINITE | W_DEMONST)) != 0;
}

/*
 * "lié par le cessez-le-feu", "condemned the attack": a definite event
 * noun of a kind the article has already coded, with no actor of its own
 * ("de X" right after, or a preposition naming a party), refers back to
 * that event: no new event. Not when a reporting verb announces it. After
 * a demonstrative a form that is also a noun is the noun ("cette
 * enquête", not "enquêté").
 */
static int
noun_refers_back(const struct xctx *x, const struct trig *tr, size_t s1,
    const struct topic *prev)
{
	size_t t = tr->tok;
	const struct xmention *m;
	int noun = (tr->pat->flags & PAT_F_NOUN) != 0;

	if (!noun && t > 0 && (wc(x, t - 1) & W_DEMONST))
		for (const struct pat_hit *h = x->tok_info[t].hits; h;
		    h = h->next)	/* "cette enquête" is no "enquêté" */
			noun |= (h->pat->flags & PAT_F_NOUN) != 0;
	if (!noun || t == 0 || prev->by_root[tr->pat->code->root] == NULL ||
	    !definite(x, t - 1))
		return 0;
	if ((m = find_after(x, t, s1, W_OF)) != NULL && m->tok <= t + 3)
		return 0;
	for (size_t i = t - 1; i-- > 0 && i + 4 >= t;)
		if (x->tok_info[i].hits != NULL && events_is_speech(x, i))
			return 0;	/* "a annoncé samedi la suspension" */
	return noun_prep_target(x, t, s1) == 0;
}

/*
 * An event noun or participle in the object of the infinitive that an
 * appeal, promise, demand, refusal or threat at v governs ("se sont
 * engagées à réactiver un accord de coopération conclu en 2001"): part of
 * what is promised, no event. The infinitive follows "à"/"de"/"to" within
 * six words of v (its addressee between: "called on the Georgian
 * authorities to release the detained protesters"), and no comma or
 * clause word comes between.
 */
static int
content_object(const struct xctx *x, const struct trig *tr, size_t v)
{
	size_t t = tr->tok, i;

	if (t > v + 16 || (!(tr->pat->flags & PAT_F_NOUN) &&
	    !(tr->tense & TENSE_PART)))
		return 0;
	if (x->lang[0] == 'e' && !(tr->pat->flags & PAT_F_NOUN) &&
	    (wc(x, t - 1) & W_AND))
		return 0;	/* "called on Rwanda to withdraw its forces and */
				/* imposed sanctions": a predicate of its own */
	for (i = v + 1; i < t && i <= v + 6; i++)
		if ((wc(x, i) & (W_OF | W_DATIVE)) && i + 1 < t &&
		    x->doc.toks[i + 1].type == TOK_WORD &&
		    actors_at(x, (uint32_t)(i + 1)) < 0 &&
		    !(wc(x, i + 1) & W_DET))
			break;	/* "to release", not "of the" */
	if (i >= t || i > v + 6)
		return 0;
	for (; i < t; i++)
		if ((x->doc.toks[i].type != TOK_WORD && x->doc.toks[i].type !=
		    TOK_NUMBER && strcmp(norm(x, i), "%") != 0) ||
		    (wc(x, i) & W_CLAUSE))
			return 0;	/* "0.25% of their output" goes on */
	return 1;
}

/*
 * An infinitive that is the content of the appeal, promise, demand,
 * refusal or threat just coded ("a menacé d'imposer des sanctions",
 * "exhorté les autorités à arrêter"), or the clause an appeal or demand
 * opens with "que"/"that" ("demanded that Iran cooperate"): no event of
 * its own.
 */
static int
speech_content(const struct xctx *x, const struct trig *tr,
    const struct accusation *verb)
{
	size_t t = tr->tok, v = verb->tok;
	int r = verb->root;

	for (size_t i = v + 1; (r == 2 || r == 10) && verb->src != NULL &&
	    i < t && i <= v + 4; i++)
		if (x->lang[0] == 'e' ? strcmp(norm(x, i), "that") == 0 :
		    (wc(x, i) & W_RELOBJ) != 0)
			return t <= i + 6 && !other_clause(x, i, t);
					/* "demanded that Iran cooperate" */
	if (verb->src == NULL || t <= v || !(r == 2 || r == 3 || r == 10 ||
	    r == 12 || r == 13))
		return 0;
	if ((tr->tense & TENSE_INF) && t > v + 8 && t <= v + 24 && t > 2 &&
	    (wc(x, t - 1) & (W_OF | W_DATIVE)) && (wc(x, t - 2) & W_AND) &&
	    !other_clause(x, v, t))
		return 1;	/* "to release ... and to investigate" */
	if (!(tr->tense & TENSE_INF) || t > v + 8)
		return content_object(x, tr, v);
	for (size_t i = t; i > verb->tok + 1 && i + 3 > t; i--)
		if (wc(x, i - 1) & (W_OF | W_DATIVE))
			return 1;
	return 0;
}

/*
 * Emit c toward each of the n coordinated objects obj, from its source
 * and from each actor coordinated with it ("Paris et Berlin ont appelé
 * Moscou et Minsk": all four pairs). Returns 0 or -1.
 */
static int
emit_cross(struct xctx *x, struct evset *es, struct coded *d,
    const struct xmention *const *obj, size_t n)
{
	const struct xmention *subj[9];
	size_t ns = conjuncts(x, d->src, d->s0, subj + 1, 8) + 1;

	subj[0] = d->src;
	for (size_t j = 0; j < ns; j++)
		for (size_t k = 0; k < n; k++) {
			if (subj[j] == obj[k])
				continue;
			d->src = subj[j];
			d->tgt = obj[k];
			if (emit(x, es, d) == -1)
				return -1;
		}
	return 0;
}

/*
 * "a mis en garde Tokyo et Manille", "condemned Russia and Iran": the
 * second member of a coordinated object gets the same event.
 */
static int
emit_object_conjunct(struct xctx *x, struct evset *es,
    const struct coded *c)
{
	const struct xmention *m = c->tgt, *more[6];
	size_t n = 0;
	struct coded d = *c;

	for (;;) {		/* "in China, Turkey and the UAE" */
		size_t e = m->tok + m->ntok;
		int and;

		if (e + 1 >= c->s1 || n == 6)
			return 0;
		and = (wc(x, e) & W_AND) != 0;
		if (!and && (strcmp(norm(x, e), ",") != 0 ||
		    c->tgt->tok < c->tr->tok))
			return 0;	/* a list only after the verb */
		if (and && e + 2 < c->s1 && x->lang[0] == 'f' &&
		    (wc(x, e + 1) & (W_OF | W_DATIVE | W_WITH | W_AGAINST)) &&
		    (prep_before(x, c->tgt->tok, c->tr->tok + 1) & (W_OF |
		    W_DATIVE | W_OBL)))
			e++;	/* "auprès de la Chine et de la Russie" */
		if ((m = actor_at(x, e + 1)) == NULL && (wc(x, e + 1) & W_DET) &&
		    e + 2 < c->s1)
			m = actor_at(x, e + 2);
		if (m == NULL || m == c->src || m->adj)
			return 0;
		more[n++] = m;
		if (and)
			break;
	}
	return emit_cross(x, es, &d, more, n);
}

/* The quotation holding token t (x->quotes is in text order), or NULL. */
static const struct xquote *
quote_at(const struct xctx *x, size_t t)
{
	size_t lo = 0, hi = x->nquotes;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->quotes[mid].close <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->nquotes && x->quotes[lo].open < t ? &x->quotes[lo] :
	    NULL;
}

/*
 * "X, au nom de l'Asean", "X, on behalf of the EU": the body speaker m
 * speaks for, named within a few words after m; else m.
 */
static const struct xmention *
on_behalf(const struct xctx *x, const struct xmention *m)
{
	size_t s1 = x->doc.sents[m->sent].tok + x->doc.sents[m->sent].ntok;
	size_t e = m->tok + m->ntok;

	for (size_t i = e + 1; i + 1 < s1 && i < e + 8; i++) {
		const struct xmention *b;
		const char *w = norm(x, i), *p = norm(x, i - 1);

		if (!((strcmp(w, "nom") == 0 && strcmp(p, "au") == 0) ||
		    (strcmp(w, "behalf") == 0 && strcmp(p, "on") == 0)))
			continue;
		for (size_t j = i + 2; j < s1 && j < i + 4; j++)
			if ((b = actor_at(x, j)) != NULL)
				return b;
		break;
	}
	return m;
}

/* "notre pays", "our country", "notre gouvernement", "our government". */
static int
own_body(const char *det, const char *noun)
{
	return (strcmp(det, "notre") == 0 || strcmp(det, "our") == 0) &&
	    (strcmp(noun, "pays") == 0 || strcmp(noun, "country") == 0 ||
	    strcmp(noun, "gouvernement") == 0 || strcmp(noun,
	    "government") == 0);
}

/*
 * "nous", "je", "we" or "I" right before token t, object pronouns between
 * allowed ("Je les remercie"), not before token lo: its token + 1, else 0.
 */
static size_t
first_person_before(const struct xctx *x, size_t t, size_t lo)
{
	for (size_t j = t; j-- > lo && j + 3 > t;) {
		if (wc(x, j) & W_FIRSTPERSON)
			return j + 1;
		if (j > lo && own_body(norm(x, j - 1), norm(x, j)))
			return j + 1;	/* "Notre pays condamne" */
		if (!(wc(x, j) & W_OBJPRON))
			return 0;
	}
	return 0;
}

/*
 * A verb in the present inside a quotation whose subject is "nous", "je",
 * "we" or "I", an object pronoun between allowed ("« Nous appelons les
 * autorités »", "Je les remercie"): a performative act of the quote's
 * speaker. Promises, refusals and narration ("Nous ne resterons pas",
 * "We will not back down", "Nous sommes venus") are left to the quote.
 * That speaker's mention, or NULL.
 */
static const struct xmention *
quote_subject(const struct xctx *x, const struct trig *tr)
{
	const struct xquote *q = quote_at(x, tr->tok);
	const struct xmention *m;
	const char *w, *v;
	size_t t = tr->tok, j, n;

	if (q == NULL || q->speaker < 0 || (tr->pat->flags & PAT_F_NOUN) ||
	    (tr->tense & (TENSE_FUT | TENSE_COND)))
		return NULL;	/* "remercie" folds like "remercié": no PART */
	m = &x->m[q->speaker];
	if (!m->actor || actors_key(actors_resolve(x, m))[0] == '\0')
		return NULL;
	if ((j = first_person_before(x, t, q->open + 1)) == 0)
		return NULL;
	w = norm(x, j - 1);
	v = norm(x, t);
	n = strlen(v);
	if (strcmp(w, "nous") == 0 && (n < 4 || strcmp(v + n - 3, "ons") != 0))
		return NULL;	/* "nous sommes": not "sommer" */
	return on_behalf(x, m);
}

/*
 * "The contract was signed in Warsaw by ...", "L'accord a été signé par":
 * a passive whose subject opens the sentence as a definite noun naming no
 * actor refers back to an act already told; undated, it keeps that act's
 * day (emit()).
 */
static int
definite_passive(const struct xctx *x, const struct trig *tr, size_t s0,
    size_t s1)
{
	return tr->tok > s0 + 2 && definite(x, s0) &&
	    x->doc.toks[s0 + 1].type == TOK_WORD && actors_at(x,
	    (uint32_t)(s0 + 1)) < 0 && is_passive(x, tr, s0, s1);
}

/*
 * "ce que ses dirigeants appellent une « diplomatie du bambou »", "in
 * what it called a stern warning": "appeler"/"call" at token v after "ce
 * que" or "what" names something; neither it nor the name is an event.
 */
static int
naming_at(const struct xctx *x, size_t v, size_t s0)
{
	for (size_t i = v; i-- > s0 && i + 5 > v;) {
		const char *w = norm(x, i);

		if (x->doc.toks[i].type != TOK_WORD)
			return 0;
		if (x->lang[0] == 'e' ? strcmp(w, "what") == 0 :
		    (wc(x, i) & W_RELOBJ) && i > s0 && strcmp(norm(x, i - 1),
		    "ce") == 0)
			return 1;
	}
	return 0;
}

/* Word w starts with "call" or "appel" (first byte tested first). */
static int
call_word(const char *w)
{
	return (w[0] == 'c' && strncmp(w, "call", 4) == 0) ||
	    (w[0] == 'a' && strncmp(w, "appel", 5) == 0);
}

/* Trigger tr is such a call, or a word of the name it gives. */
static int
naming_call(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok;

	if (tr->pat->code->root == 2 || call_word(norm(x, t)))
		return naming_at(x, t, s0);	/* also "called" read as 141 */
	for (size_t v = t; v-- > s0 && v + 5 > t;)
		if (call_word(norm(x, v)) && naming_at(x, v, s0))
			return 1;
	return 0;
}

/*
 * "called the move \"another blow to press freedom\"", "called the
 * decision a violation of international law": English "call" at v with
 * an object and then a quotation or "a"/"an" gives a name, no appeal
 * (the caller skips it when the name is a judgement the patterns code
 * 111: "called the vote a sham").
 * Returns the token the name ends before, or 0 when v is no such call.
 */
static size_t
naming_object(const struct xctx *x, size_t v, size_t s1)
{
	const char *w = norm(x, v);

	if (x->lang[0] != 'e' || w[0] != 'c' || w[1] != 'a' || w[2] != 'l' ||
	    w[3] != 'l' ||
	    v + 3 >= s1 || !((wc(x, v + 1) & (W_DET | W_DEMONST | W_POSS)) ||
	    x->tok_m[v + 1] != 0))
		return 0;
	for (size_t i = v + 2; i < s1 && i <= v + 6; i++) {
		const struct token *tk = &x->doc.toks[i];

		if (tk->type == TOK_QUOTE || tk->type == TOK_QUOTE_OPEN) {
			size_t e = i + 1;

			while (e < s1 && e < i + 24 && x->doc.toks[e].type !=
			    TOK_QUOTE && x->doc.toks[e].type != TOK_QUOTE_CLOSE)
				e++;
			return e;
		}
		if (clause_stop(x, i) || (wc(x, i) & (W_OBL | W_DATIVE |
		    W_PURPOSE)) || strcmp(norm(x, i), "for") == 0)
			return 0;	/* "called on", "called him to" */
		if ((strcmp(norm(x, i), "a") == 0 || strcmp(norm(x, i), "an") ==
		    0) && (wc(x, i) & W_DET))
			return i + 6 < s1 ? i + 6 : s1;
	}
	return 0;
}

/* Per-sentence state of code_sentence(). */
struct sentstate {
	size_t skip;			/* the needs word of a trigger */
	size_t last_verb;		/* the last trigger coded */
	struct accusation acc;		/* the last accusation */
	struct accusation verb;		/* the last verb and its subject */
	const struct xmention *last_src;	/* of the last event coded */
	size_t first;			/* trigger of its first event */
	size_t named_to;		/* a name given ends before this token */
	const struct xmention *main;	/* the subject of its main clause */
	int main_done;			/* its main clause's verb was seen */
	size_t topic;			/* 1 + last topic word ("discuss"), 0 */
	size_t undergo;			/* 1 + last "victime", "faces", 0 */
	size_t denial;			/* last denial trigger, or -1 */
};

/*
 * "is due to travel to Tehran next week for talks with Iranian officials",
 * "doit se rendre à Téhéran pour des discussions avec", "will meet in
 * Brussels to discuss": talks (04) after a purpose word ("pour", "to",
 * "for", a determiner between) are the purpose of the visit or meeting
 * (04) coded just before in the sentence, no event of their own.
 */
static int
visit_purpose(const struct xctx *x, const struct trig *tr,
    const struct sentstate *ss)
{
	size_t t = tr->tok, i;

	if (tr->pat->code->root != 4 || ss->verb.src == NULL ||
	    ss->verb.root != 4 || ss->verb.tok >= t || t > ss->verb.tok + 16)
		return 0;
	for (i = t; i > ss->verb.tok + 1 && i + 3 > t; i--)
		if (wc(x, i - 1) & W_PURPOSE)
			return 1;
		else if (i < t && !(wc(x, i) & W_DET))
			return 0;
	return 0;
}

/*
 * "China launched drills around Taiwan, deploying warships and jets", "a
 * bombardé la ville, détruisant des maisons": an -ing form or French
 * present participle after a comma, of the same CAMEO root as the
 * trigger lv coded just before in the sentence (16 tokens at most), and
 * naming no other party with "with"/"against" (", clashing with
 * Hezbollah" does), tells how that act was done, no second event.
 */
static int
manner_participle(const struct xctx *x, const struct trig *tr,
    const struct sentstate *ss, size_t lv)
{
	size_t t = tr->tok, c = t - 1, s0, n;
	const char *w;

	if (ss->last_src == NULL || lv == (size_t)-1 || lv >= t ||
	    t > lv + 16)
		return 0;
	s0 = x->doc.sents[x->doc.toks[t].sent].tok;
	w = norm(x, t);
	n = strlen(w);
	if (t < s0 + 2)
		return 0;
	if (x->lang[0] == 'e' ? !ing_form(x, t) : (n < 5 ||
	    strcmp(w + n - 3, "ant") != 0))
		return 0;
	if (x->lang[0] != 'e' && strcmp(norm(x, c), "en") == 0)
		c--;		/* "en détruisant" */
	if (!comma_at(x, c))
		return 0;
	for (size_t i = t + 1; i < x->doc.ntoks && i <= t + 8 &&
	    !clause_stop(x, i); i++) {
		const struct xmention *m = actor_at(x, i);

		if (m != NULL && m->tok == i && (prep_before(x, i, t + 1) &
		    (W_WITH | W_AGAINST)) && strcmp(actors_key(actors_resolve(x,
		    m)), actors_key(actors_resolve(x, ss->last_src))) != 0)
			return 0;	/* ", clashing with Hezbollah": a party */
	}
	for (const struct pat_hit *h = x->tok_info[lv].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && h->pat->code->root ==
		    tr->pat->code->root)
			return 1;
	return 0;
}

/*
 * "thanked Japan for its steadfast support", "a remercié l'Angola pour sa
 * médiation": an event noun after "for"/"pour" and a possessive, in the
 * object of a praise or thanks (05) just coded, is the reason given for
 * it, no event of its own; so is an English noun right after "X's" that
 * names no one it is done to ("praised Russia's support").
 */
static int
thanks_reason(const struct xctx *x, const struct trig *tr,
    const struct sentstate *ss)
{
	size_t t = tr->tok, i;

	if (ss->verb.src == NULL || ss->verb.root != 5 || ss->verb.tok >= t ||
	    t > ss->verb.tok + 12)
		return 0;
	for (i = t; i > ss->verb.tok + 2 && i + 3 > t; i--)
		if ((wc(x, i - 1) & W_POSS) && (wc(x, i - 2) & W_PURPOSE))
			return 1;
	return x->lang[0] == 'e' && t > ss->verb.tok + 2 &&
	    strcmp(norm(x, t - 1), "'s") == 0 &&
	    actors_at(x, (uint32_t)(t - 2)) >= 0 &&
	    !noun_prep_target(x, t, x->doc.sents[x->doc.toks[t].sent].tok +
	    x->doc.sents[x->doc.toks[t].sent].ntok) &&
	    noun_dative(x, t, x->doc.sents[x->doc.toks[t].sent].tok +
	    x->doc.sents[x->doc.toks[t].sent].ntok) == NULL;
}

/*
 * "toute attaque", "any attack": an event noun no one did (a form that
 * is also a verb, "attaque", reads as the noun after these words).
 */
static int
generic_noun(const struct xctx *x, const struct trig *tr)
{
	const struct pat_hit *h;
	const char *w;

	if (tr->tok == 0)
		return 0;
	w = norm(x, tr->tok - 1);
	if (w[0] != 'a' && w[0] != 't')
		return 0;	/* most words: one compare */
	if (strcmp(w, "any") == 0)
		return 1;	/* English nouns are verb forms too */
	for (h = x->tok_info[tr->tok].hits; h; h = h->next)
		if (h->pat->flags & PAT_F_NOUN)
			break;
	return h != NULL && (strcmp(w, "tout") == 0 || strcmp(w, "toute") ==
	    0 || strcmp(w, "tous") == 0 || strcmp(w, "toutes") == 0);
}

/*
 * Event noun t is what an agreement or a decision allows or provides for
 * ("un accord de défense autorisant le déploiement de troupes ... pour des
 * exercices conjoints", "a deal allowing joint patrols"): a content, no
 * event. The participle is within 17 tokens before t, no comma between.
 */
static int
authorized(const struct xctx *x, size_t t, size_t s0)
{
	for (size_t i = t; i > s0 && i + 18 > t; i--) {
		const char *w = norm(x, i - 1);

		if ((wc(x, i - 1) & W_CLAUSE) || strcmp(w, ",") == 0 ||
		    strcmp(w, ";") == 0)
			return 0;
		if (wc(x, i - 1) & W_LICENCE)
			return 1;
	}
	return 0;
}

/* Token i is an agreement noun ("accord", "deal"): a noun trigger of root 05. */
static int
agreement_noun(const struct xctx *x, size_t i)
{
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && (h->pat->flags & PAT_F_NOUN) &&
		    h->pat->code->root == 5)
			return 1;
	return 0;
}

/*
 * Event noun t names the kind of an agreement ("des accords de
 * coopération", "agreements of cooperation"): its content, no event of its
 * own; a ceasefire agreement is still a ceasefire (0871).
 */
static int
agreement_kind(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok;

	if (!strcmp(tr->pat->code->code, "0871") || tr->pat->code->root == 5)
		return 0;
	return t >= s0 + 2 && (wc(x, t - 1) & W_OF) &&
	    agreement_noun(x, t - 2);
}

/*
 * The refusal (CAMEO 124x) that negates concession code yield (08x):
 * releasing people 1243, easing sanctions 1241/1244, letting others in
 * 1245, de-escalating 1246, any other concession 124.
 */
static const char *
refusal_code(const char *yield)
{
	if (strncmp(yield, "084", 3) == 0)
		return "1243";
	if (strcmp(yield, "081") == 0)
		return "1241";
	if (strcmp(yield, "085") == 0)
		return "1244";
	if (strncmp(yield, "086", 3) == 0)
		return "1245";
	if (strncmp(yield, "087", 3) == 0)
		return "1246";
	return "124";
}

/*
 * An English concession (08x) negated in the future or the conditional,
 * a modal cue ("would", "will") then a negation ("not", "never") in the
 * three words before it: "would not give up its right", "said it will
 * never release them". That is a refusal, coded as such and asserted, as
 * "refused to release" is. Writes into *out a copy of tr's pattern with
 * the refusal's code and returns 1, else 0.
 */
static int
refused_concession(const struct xctx *x, const struct trig *tr, size_t s0,
    struct pat_pattern *out)
{
	size_t t = tr->tok, neg = (size_t)-1;
	const struct pat_code *rc;

	if (x->lang[0] != 'e' || tr->pat->code->root != 8 ||
	    (tr->pat->flags & PAT_F_NOUN))
		return 0;
	for (size_t i = t; i > s0 && i + 3 > t && neg == (size_t)-1; i--)
		if (x->tok_info[i - 1].mode == EXTRACT_MODE_NEGATED)
			neg = i - 1;
	if (neg == (size_t)-1 || neg <= s0 ||
	    (x->tok_info[neg - 1].mode != EXTRACT_MODE_PLANNED &&
	    (neg <= s0 + 1 ||
	    x->tok_info[neg - 2].mode != EXTRACT_MODE_PLANNED)))
		return 0;
	rc = patterns_code(x->d->pat, refusal_code(tr->pat->code->code));
	if (rc == NULL)
		return 0;
	*out = *tr->pat;
	out->code = rc;
	return 1;
}

/*
 * A French verb form right after a definite article in the object of the
 * verb just coded ("a condamné l'attaque contre la Bolivie", "a dénoncé
 * fermement les frappes"), no actor between: the article makes it a noun
 * ("attaque", "frappes"), the object of that verb, coded by it, not an
 * act of its subject ("attaque" folds like the participle "attaqué"). A
 * clitic pronoun follows a subject instead ("Kiev accuse Moscou et
 * l'attaque").
 */
static int
article_object(const struct xctx *x, const struct trig *tr,
    const struct sentstate *ss)
{
	size_t t = tr->tok, v = ss->last_verb;

	if (x->lang[0] != 'f' || (tr->pat->flags & PAT_F_NOUN) ||
	    v == (size_t)-1 || v + 2 > t ||
	    t - v > 4 || !(wc(x, t - 1) & W_DEFINITE))
		return 0;
	for (size_t i = v + 1; i < t; i++)
		if (actors_at(x, (uint32_t)i) >= 0 ||
		    x->doc.toks[i].type != TOK_WORD)
			return 0;
	return 1;
}

/*
 * French verb t opens the incise after a quotation ("« ... », a lancé
 * le ministre"): a reporting verb however else it reads, not a launch
 * or an attack.
 */
static int
after_quote_incise(const struct xctx *x, size_t t, size_t s0)
{
	size_t i = t;

	if (x->lang[0] != 'f')
		return 0;	/* '"...," the army fired': English varies */
	if (i > s0 && (wc(x, i - 1) & W_HAVEAUX))
		i--;			/* "a lancé" */
	if (i < s0 + 2)
		return 0;
	if (x->doc.toks[i - 1].type != TOK_WORD && strcmp(norm(x, i - 1),
	    ",") == 0)
		i--;			/* French: '»,' */
	return i > s0 && quote_close_at(x, i - 1);
}

static int written_participle(const struct xctx *x, size_t t);

/*
 * Token i is a past participle or English "-ed" form of a trigger, as
 * written ("signé", "signed"): a verb coordinated after a topic.
 */
static int
participle_at(const struct xctx *x, size_t i)
{
	const char *w = norm(x, i);
	size_t n = strlen(w);
	const struct pat_hit *h;

	for (h = x->tok_info[i].hits; h; h = h->next)
		if (((h->tense & TENSE_PART) || x->lang[0] == 'e') &&
		    !(h->pat->flags & PAT_F_NOUN))
			break;
	if (h == NULL)
		return 0;
	if (x->lang[0] == 'e')
		return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
	return written_participle(x, i);
}

/*
 * "will meet to discuss military support for Kyiv", "talks focused on the
 * lifting of U.S. sanctions", "pour évoquer la levée des sanctions": token
 * t lies in the object of a topic verb of its clause, within 12 tokens;
 * what is talked about is no event. An auxiliary after the object ("and
 * has signed", "... a été signé") starts a verb of the main clause.
 */
static int
in_topic(const struct xctx *x, size_t t, size_t s0)
{
	size_t i;

	for (i = t; i > s0 && i + 13 > t; i--)	/* most triggers: no topic */
		if (x->tok_info[i - 1].wclass & (W_TOPIC | W_TOPICON))
			break;
	if (i == s0 || i + 13 <= t)
		return 0;
	for (i = t; i > s0 && i + 13 > t; i--) {
		if (clause_stop(x, i - 1))
			return 0;
		if (topic_word(x, i - 1))
			return 1;
		if (i < t && (wc(x, i) & (W_HAVEAUX | W_MODAL | W_PASSAUX)))
			return 0;	/* "discussed trade and will sign", "un
					 * contrat portant sur ... a été signé" */
		if ((wc(x, i - 1) & W_AND) && participle_at(x, i))
			return 0;	/* "ont évoqué X et signé un accord" */
	}
	return 0;
}

/*
 * French token t is written as a participle: a folded form in -e(e)(s)
 * ("menace", "libere") is one only with its accent ("libérés", not the
 * noun "menace"); other endings ("détenus") are one anyway.
 */
static int
written_participle(const struct xctx *x, size_t t)
{
	const struct token *tk = &x->doc.toks[t];
	const char *w = norm(x, t), *raw = x->doc.text + tk->start;
	size_t n = strlen(w), r = tk->end - tk->start, k = 0;

	while (k < 2 && n > k + 1 && w[n - k - 1] == 's')
		k++;
	if (n > k + 1 && w[n - k - 1] == 'e' && w[n - k - 2] == 'e')
		k++;		/* "libérée(s)" */
	if (n <= k || w[n - k - 1] != 'e')
		return 1;
	return r >= k + 2 && (unsigned char)raw[r - k - 2] == 0xc3 &&
	    ((unsigned char)raw[r - k - 1] == 0xa9 ||
	    (unsigned char)raw[r - k - 1] == 0x89);
}

/*
 * "les familles des deux détenus", "si les détenus sont libérés", "rend
 * visite aux détenus": a French past participle right after a determiner
 * (or a number after one) is a noun for persons, no act.
 */
static int
person_participle(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok, i = t - 1;

	if (x->lang[0] != 'f' || tr->tense != TENSE_PART ||
	    (tr->pat->flags & PAT_F_NOUN) || t <= s0)
		return 0;
	if (x->doc.toks[i].type == TOK_NUMBER && i > s0)
		i--;		/* "les 23 détenus" */
	return (wc(x, i) & (W_DET | W_DEFINITE | W_DEMONST | W_NPDET)) &&
	    x->tok_m[i] == 0 && written_participle(x, t);
}

/* Token i puts something under a state: "placed", "put", "placé", "mis". */
static int
placement(const struct xctx *x, size_t i)
{
	const char *w = norm(x, i);
	size_t n = strlen(w);

	if (x->doc.toks[i].type != TOK_WORD)
		return 0;
	if (x->lang[0] == 'e')
		return strcmp(w, "put") == 0 || (n > 4 && strncmp(w, "plac",
		    4) == 0);
	return strncmp(w, "mis", 3) == 0 || strncmp(w, "plac", 4) == 0;
}

/*
 * "firms under sanctions", "under U.S. sanctions", "un pays sous
 * embargo": event noun t after "under"/"sous" (determiners, actors or
 * plain words between, no function word: not "under pressure to stop
 * deporting") is a state, no act: sanctions and embargoes (root 16);
 * "placed under sanctions" is the act, "sous l'égide de" a mediation,
 * "placé sous résidence surveillée" an arrest.
 */
static int
under_state(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok;

	if ((tr->pat->flags & PAT_F_MEDIATE) || tr->pat->code->root != 16)
		return 0;	/* "placé sous résidence surveillée": 173 */
	for (size_t i = t; i > s0 && i + 4 > t; i--) {
		if (wc(x, i - 1) & W_STATEPREP)
			return i < s0 + 2 || !placement(x, i - 2);
		if (x->doc.toks[i - 1].type != TOK_WORD ||
		    (i < t && x->tok_info[i - 1].hits != NULL &&
		    x->tok_m[i - 1] == 0) || (x->tok_m[i - 1] == 0 &&
		    (wc(x, i - 1) & ~(W_CUE | W_DET)) != 0))
			return 0;	/* "under pressure to stop deporting" */
	}
	return 0;
}

/*
 * "signed a $6.2 billion deal with South Korea to buy 180 tanks", "un
 * accord pour livrer des drones": an infinitive of purpose after an
 * agreement noun of its clause is what the deal provides for, no event
 * of its own (as authorized() does for "un accord autorisant").
 */
static int
deal_purpose(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok, i;

	if (!(tr->tense & TENSE_INF) || (tr->pat->flags & PAT_F_NOUN) ||
	    t < s0 + 3)
		return 0;
	i = t - 1;
	if (!(wc(x, i) & (W_PURPOSE | W_INORDER)) && !((wc(x, i - 1) &
	    W_INORDER) && strcmp(norm(x, i), "de") == 0))
		return 0;
	for (; i > s0 && i + 14 > t; i--) {
		if (clause_stop(x, i - 1) || (x->tok_info[i - 1].hits != NULL &&
		    !agreement_noun(x, i - 1) && noun_pattern(x, i - 1) ==
		    NULL))
			return 0;	/* a verb of its own: "agreed to buy" */
		if (agreement_noun(x, i - 1))
			return 1;
	}
	return 0;
}

/*
 * "ses demandes étaient connues", "cette menace": a French verb form
 * right after a possessive or demonstrative determiner is the noun, and
 * codes as bare nouns do (with its needs or a target named by a
 * preposition). Not "leur", also the pronoun ("leur demande de partir").
 */
static int
possessed_verb_form(const struct xctx *x, const struct trig *tr)
{
	size_t t = tr->tok;

	return x->lang[0] == 'f' && t > 0 && !(tr->pat->flags & PAT_F_NOUN) &&
	    (wc(x, t - 1) & (W_POSS | W_DEMONST)) &&
	    strcmp(norm(x, t - 1), "leur") != 0;
}

/*
 * "en échange de deux espions", "in exchange for three prisoners": an
 * event noun between "en"/"in" and "de"/"of"/"for" is a prepositional
 * phrase of the clause ("in support of", "en réponse à"), no act of its
 * own; "en visite à" stays a visit, "in protest at" the subject's
 * protest. The word may read as a verb too
 * ("échange", "exchange"); in French it needs a noun pattern.
 */
static int
prepositional_noun(const struct xctx *x, const struct trig *tr, size_t s1)
{
	size_t t = tr->tok;
	const char *p, *n;

	if ((tr->pat->flags & (PAT_F_VISIT | PAT_F_MEDIATE | PAT_F_HOST)) ||
	    t == 0 || t + 1 >= s1)
		return 0;
	p = norm(x, t - 1);
	if (p[0] != (x->lang[0] == 'e' ? 'i' : 'e') || p[1] != 'n' ||
	    p[2] != '\0')
		return 0;	/* most triggers: one compare */
	if (x->lang[0] != 'e' && noun_pattern(x, t) == NULL)
		return 0;	/* "Paris en livre à Kiev": the pronoun */
	if (tr->pat->code->root == 11 || tr->pat->code->root == 14)
		return 0;	/* "recalled its envoy in protest at": the
				 * subject's own protest */
	n = norm(x, t + 1);
	return (wc(x, t + 1) & (W_OF | W_DATIVE)) || strcmp(n, "for") == 0;
}

/*
 * "les sanctions économiques imposées au Niger", "the arms embargo
 * imposed on Somalia": a participle with no auxiliary right after an
 * event noun of its own root (four tokens at most), the object of the
 * verb just coded ("a levé les sanctions imposées"), tells how that
 * object came about, no act of its own. With an agent ("par X", "by X")
 * the participle names who acted and codes; after a noun that is no
 * verb's object ("a curfew imposed in the capital") it codes the act.
 */
static int
noun_participle_same(const struct xctx *x, const struct trig *tr,
    size_t s0, size_t last_verb)
{
	size_t t = tr->tok;

	if (!(tr->tense & TENSE_PART) || last_verb == (size_t)-1 ||
	    t > last_verb + 13 || (tr->pat->flags & PAT_F_NOUN) ||
	    t < s0 + 2 || (wc(x, t - 1) & (W_HAVEAUX | W_PASSAUX | W_MODAL)))
		return 0;
	if (x->lang[0] == 'f' && !written_participle(x, t))
		return 0;
	for (size_t i = t + 1; i < x->doc.ntoks && i <= t + 6 &&
	    !clause_stop(x, i); i++)
		if (wc(x, i) & W_AGENT)
			return 0;	/* "des pourparlers organisés à Genève
					 * par les États-Unis": its agent's act */
	for (size_t i = t; i > s0 + 1 && i + 5 > t; i--) {
		const struct pat_pattern *np;

		if (clause_stop(x, i - 1) || x->tok_m[i - 1] != 0)
			return 0;
		np = noun_pattern(x, i - 1);
		if (np != NULL && np->code->root == tr->pat->code->root)
			return last_verb != (size_t)-1 && last_verb < i - 1 &&
			    i - 1 <= last_verb + 8;
	}
	return 0;
}

/*
 * "Turkey, which hosts 3.5 million Syrian refugees", "qui accueille
 * plusieurs milliers d'exilés nicaraguayens": hosting or welcoming (a
 * host line, 04 or 05) whose object is people who fled is no visit
 * hosted and no act welcomed. The object's head comes within six tokens,
 * after numbers, quantities and adjectives ("the return of refugees" is
 * an act, and stays).
 */
static int
hosts_displaced(const struct xctx *x, const struct trig *tr, size_t s1)
{
	size_t t = tr->tok;
	int root = tr->pat->code->root;

	if (!(tr->pat->flags & PAT_F_HOST) && root != 4 && root != 5)
		return 0;
	for (size_t i = t + 1; i < s1 && i <= t + 6; i++) {
		if (wc(x, i) & W_DISPLACED)
			return 1;
		if ((wc(x, i) & W_OF) && ((wc(x, i - 1) & W_QUANTITY) ||
		    (i + 1 < s1 && (x->doc.toks[i + 1].type == TOK_NUMBER ||
		    (wc(x, i + 1) & (W_QUANTITY | W_DET))))))
			continue;	/* "milliers d'exilés", "plus de 600.000",
					 * "près d'un million de" */
		if (clause_stop(x, i) || (wc(x, i) & (W_OF | W_DATIVE |
		    W_WITH | W_CLAUSE)) || (x->tok_info[i].hits != NULL &&
		    x->tok_m[i] == 0))
			return 0;
	}
	return 0;
}

/*
 * "Les organisateurs ont appelé leurs partisans à rester pacifiques",
 * "urged his supporters to stay calm": an appeal (02) to the speaker's own
 * followers, a possessive and an "owngroup" noun right after the verb
 * ("on" between in English), is no act toward another actor.
 */
static int
own_followers(const struct xctx *x, const struct trig *tr, size_t s1)
{
	size_t i = tr->tok + 1;

	if (tr->pat->code->root != 2 || (tr->pat->flags & PAT_F_NOUN))
		return 0;
	if (i < s1 && strcmp(norm(x, i), "on") == 0)
		i++;		/* "called on its supporters" */
	if (i + 1 >= s1 || !(wc(x, i) & W_POSS))
		return 0;
	return (wc(x, i + 1) & W_OWNGROUP) || (i + 2 < s1 &&
	    x->doc.toks[i + 1].type == TOK_WORD && x->tok_m[i + 1] == 0 &&
	    (wc(x, i + 2) & W_OWNGROUP));	/* "ses propres partisans" */
}

/*
 * "condemned attacks by the army", "condemned the military's attacks": an
 * English verb form in -s right after the verb lv, or any after a
 * determiner, possessive or "'s" and up to two plain words in its object
 * (no comma, "and" or clause word between), is the noun ("a swap
 * mediated by" is no object).
 */
static int
english_object_noun(const struct xctx *x, size_t t, size_t lv)
{
	if (x->lang[0] != 'e' || t <= lv)
		return 0;
	for (size_t i = lv + 1; i < t; i++)
		if (clause_stop(x, i) || (wc(x, i) & (W_AND | W_PURPOSE |
		    W_HAVEAUX | W_MODAL | W_PASSAUX)))
			return 0;
	if (t == lv + 1) {	/* a bare plural: "condemned attacks" */
		const char *w = norm(x, t);
		size_t n = strlen(w);

		return n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
	}
	for (size_t i = t; i > lv + 1 && i + 4 > t; i--) {
		if ((wc(x, i - 1) & (W_DET | W_POSS)) || strcmp(norm(x, i - 1),
		    "'s") == 0)
			return 1;	/* "over China's military drills" */
		if ((wc(x, i - 1) & ~W_CUE) != 0 || x->tok_info[i - 1].hits !=
		    NULL)
			return 0;
	}
	return 0;
}

/*
 * "Iran-backed Houthi rebels", "a UN-backed mission": an English support
 * participle glued after a hyphen is a compound adjective, a standing
 * relation told in passing, no act (as "whose fighters support the army").
 */
static int
compound_support(const struct xctx *x, const struct trig *tr)
{
	size_t t = tr->tok;

	return x->lang[0] == 'e' && tr->pat->code->root == 5 && t >= 2 &&
	    (x->doc.toks[t].flags & TOK_F_GLUED) && x->doc.toks[t - 1].type ==
	    TOK_PUNCT && norm(x, t - 1)[0] == '-';
}

/*
 * "a new military aid package ..., to be delivered before the winter",
 * "a system to be delivered next year": an English passive infinitive
 * after a comma or a plain noun describes that noun, no act of its own
 * ("are expected to be delivered", with a mode cue, is one).
 */
static int
infinitival_relative(const struct xctx *x, const struct trig *tr, size_t s0)
{
	size_t t = tr->tok;

	if (x->lang[0] != 'e' || t < s0 + 3 || strcmp(norm(x, t - 1), "be") ||
	    strcmp(norm(x, t - 2), "to"))
		return 0;
	if (comma_at(x, t - 3))
		return 1;
	return x->doc.toks[t - 3].type == TOK_WORD && x->tok_m[t - 3] == 0 &&
	    x->tok_info[t - 3].hits == NULL && x->tok_info[t - 3].mode == 0 &&
	    (wc(x, t - 3) & ~W_CUE) == 0;
}

/* Trigger tr is no event of its own here. Returns 1 if so. */
static int
trigger_skipped(const struct xctx *x, const struct trig *tr, size_t s1,
    const struct sentstate *ss)
{
	unsigned fl = tr->pat->flags;
	size_t t = tr->tok, s0 = x->doc.sents[x->doc.toks[t].sent].tok;

	if (generic_noun(x, tr))
		return 1;	/* "s'appliquait à toute attaque contre" */
	if (fl & PAT_F_SAY)
		return 1;	/* "a annoncé la rupture": the noun codes */
	/* A bare noun ("les négociations") is often no event of its own:
	 * nouns code with their needs met, a target named by a preposition,
	 * or as visits and mediations. */
	if ((fl & PAT_F_NOUN) && !(fl & (PAT_F_VISIT | PAT_F_MEDIATE)) &&
	    !tr->needs_met && !noun_prep_target(x, t, s1) &&
	    !adjunct_between(x, t, s1) && !patient_agent(x, tr, s1))
		return 1;
	if ((fl & PAT_F_NOUN) && (authorized(x, t, s0) ||
	    agreement_kind(x, tr, s0)))
		return 1;	/* "un accord autorisant ... des exercices", */
				/* "des accords de coopération" */
	if ((ss->topic != 0 && t < ss->topic + 12 && in_topic(x, t, s0)) ||
	    person_participle(x, tr, s0) || deal_purpose(x, tr, s0))
		return 1;	/* "to discuss support for", "des détenus" */
	if (possessed_verb_form(x, tr) && !tr->needs_met &&
	    !noun_prep_target(x, t, s1))
		return 1;	/* "ses demandes étaient connues" */
	if (prepositional_noun(x, tr, s1) || noun_participle_same(x, tr, s0,
	    ss->last_verb))
		return 1;	/* "en échange de", "sanctions imposées" */
	if (own_followers(x, tr, s1) || hosts_displaced(x, tr, s1))
		return 1;	/* "appelé leurs partisans", "accueille des
				 * milliers d'exilés" */
	if (under_state(x, tr, s0) || compound_support(x, tr) ||
	    infinitival_relative(x, tr, s0))
		return 1;	/* "firms under sanctions", "Iran-backed", */
				/* "a package, to be delivered before" */
	if (article_object(x, tr, ss))
		return 1;	/* "a condamné l'attaque contre X" */
	if (tr->pat->code->root >= 14 && !(fl & PAT_F_NOUN) &&
	    after_quote_incise(x, t, s0))
		return 1;	/* "« ... », a lancé le ministre": said */
	/* the object of a trigger just coded; a ceasefire signed is 0871; a
	 * French noun naming its agent stays ("a dénoncé l'expulsion de X
	 * par Y"); a French verb form after its determiner is the noun ("a
	 * rejeté les critiques du Kazakhstan") */
	return ss->last_verb != (size_t)-1 && t - ss->last_verb <= 4 &&
	    (((fl & PAT_F_NOUN) && (x->lang[0] != 'f' ||
	    patient_agent(x, tr, s1) == NULL)) || (x->lang[0] == 'f' && t > 0 &&
	    !(fl & PAT_F_NOUN) && (wc(x, t - 1) & (W_DET | W_DEMONST)) &&
	    !(tr->tense & TENSE_INF) && !((tr->tense & TENSE_PART) &&
	    written_participle(x, t)) && patient_agent(x, tr, s1) == NULL) ||
	    english_object_noun(x, t, ss->last_verb)) &&
	    strcmp(tr->pat->code->code, "0871");
}

/*
 * The recipient named in the content of promise t ("pledged to spend
 * 0.25% of their output on military aid to Ukraine", "a promis une aide
 * à l'Ukraine"): the first event noun of the clause followed by
 * "to"/"à" and a country or national actor. NULL if none.
 */
static const struct xmention *
content_recipient(const struct xctx *x, size_t t, size_t s1)
{
	size_t end = clause_end(x, t, s1);

	for (size_t i = t + 1; i < end && i <= t + 24; i++) {
		if (x->doc.toks[i].type == TOK_QUOTE_OPEN)
			return NULL;
		if (noun_pattern(x, i) != NULL)
			return noun_dative(x, i, s1);
	}
	return NULL;
}

/*
 * A subject pronoun right before verb trigger c, an auxiliary or two
 * between ("rejected the EU statement and said it would summon the EU
 * ambassador", "a dit qu'il allait"): the subject of the sentence's last
 * verb, not an actor named inside that verb's object.
 */
static void
pronoun_subject(const struct xctx *x, struct coded *c,
    const struct accusation *verb)
{
	size_t t = c->tr->tok, i;

	if ((c->tr->pat->flags & PAT_F_NOUN) || verb->src == NULL ||
	    c->src == NULL || c->src == verb->src || verb->tok >= t ||
	    verb->passive)
		return;		/* "il" after a passive is its patient */
	for (i = t; i > c->s0 && i + 3 > t; i--)
		if ((wc(x, i - 1) & (W_PRON | W_PRONPL)) || (x->lang[0] == 'e' &&
		    strcmp(norm(x, i - 1), "it") == 0))
			break;
	if (i <= c->s0 || i + 3 <= t || i - 1 <= verb->tok ||
	    c->src->tok >= i - 1)
		return;		/* the actor found is not before the pronoun */
	c->src = verb->src;
	c->carried = 0;
	if (c->tgt == c->src)
		c->tgt = NULL;
}

/*
 * A purpose infinitive after the object of the sentence's last verb
 * ("Estonia summoned Russia's envoy to protest against", "a convoqué
 * l'ambassadeur pour protester"): its subject is that verb's subject, not
 * the object before it, and what it is done to that object. Not after an
 * appeal, a promise or a demand, whose infinitive is their content.
 */
static void
purpose_clause(const struct xctx *x, struct coded *c,
    const struct accusation *verb)
{
	size_t t = c->tr->tok;
	int r = verb->root;

	if ((c->tr->pat->flags & PAT_F_NOUN) || t < c->s0 + 1 ||
	    !(wc(x, t - 1) & W_PURPOSE) || verb->src == NULL ||
	    verb->tgt == NULL || verb->tok >= t || t > verb->tok + 12 ||
	    r == 2 || r == 3 || r == 10 || c->src == NULL ||
	    c->src->tok <= verb->tok || c->src == verb->src)
		return;
	for (size_t i = verb->tok + 1; i < t; i++)
		if (wc(x, i) & W_CLAUSE)
			return;		/* "..., qui ... pour": another clause */
	c->src = verb->src;
	c->carried = 0;
	if (c->tgt == NULL || strcmp(actors_key(actors_resolve(x, c->tgt)),
	    actors_key(actors_resolve(x, c->src))) == 0)
		c->tgt = verb->tgt;
}

/*
 * The possessor of the noun an infinitive complements, two words at most
 * between ("criticised Hungary's decision to block aid", "welcomed
 * Uganda's move to reopen", "the United States' plan to deport"): the
 * actor ending right before "'s", else NULL.
 */
static const struct xmention *
noun_possessor(const struct xctx *x, size_t t, size_t s0)
{
	size_t p;
	int k;

	if (x->lang[0] != 'e' || t < s0 + 4 || strcmp(norm(x, t - 1), "to"))
		return NULL;
	for (p = t - 2; p > s0 && p + 4 >= t; p--) {
		if (x->doc.toks[p].type != TOK_WORD ||
		    actors_at(x, (uint32_t)p) >= 0)
			break;
		if (p + 2 < t && (!strcmp(norm(x, p), "'s") ||
		    !strcmp(norm(x, p), "'")))
			break;
	}
	if (p <= s0 || p + 4 < t || (strcmp(norm(x, p), "'s") &&
	    strcmp(norm(x, p), "'")) || (k = actors_at(x,
	    (uint32_t)(p - 1))) < 0 || x->m[k].tok + x->m[k].ntok != p)
		return NULL;
	return actor_at(x, x->m[k].tok);
}

/*
 * The subject of gerund t giving the reason of the reaction verb just
 * coded ("condemned Algeria for backing the rebels", "praised Qatar for
 * hosting the talks", "sanctioned Iran for supplying drones"): that
 * reaction's target. NULL otherwise.
 */
static const struct xmention *
reason_subject(const struct xctx *x, size_t t, size_t s0,
    const struct accusation *verb)
{
	int r = verb->root;

	if (x->lang[0] != 'e' || !ing_form(x, t) || t < s0 + 2 ||
	    strcmp(norm(x, t - 1), "for") != 0 || verb->src == NULL ||
	    verb->tgt == NULL || verb->passive || verb->tok >= t ||
	    t > verb->tok + 8 || !(r == 5 || r == 11 || r == 16 || r == 17))
		return NULL;
	for (size_t i = verb->tok + 1; i < t; i++)
		if ((wc(x, i) & W_CLAUSE) || comma_at(x, i))
			return NULL;
	return verb->tgt;
}

/*
 * A non-finite verb whose subject is not the clause's: the possessor of
 * the noun it complements, the target of the reaction it gives the reason
 * of (see noun_possessor(), reason_subject()). Its target is then found
 * again for that subject.
 */
static void
nonfinite_subject(const struct xctx *x, struct coded *c,
    const struct accusation *verb)
{
	const struct trig *tr = c->tr;
	const struct xmention *s;

	if ((tr->pat->flags & PAT_F_NOUN) || c->speaker != NULL)
		return;
	if ((s = noun_possessor(x, tr->tok, c->s0)) == NULL &&
	    (s = reason_subject(x, tr->tok, c->s0, verb)) == NULL)
		return;
	if (c->src != NULL && strcmp(actors_key(actors_resolve(x, s)),
	    actors_key(actors_resolve(x, c->src))) == 0)
		return;
	c->src = s;
	c->carried = 0;
	c->tgt = find_object(x, tr->tok, c->s1, s, tr->pat->code->root != 4);
	if (c->tgt != NULL && strcmp(actors_key(actors_resolve(x, c->tgt)),
	    actors_key(actors_resolve(x, s))) == 0)
		c->tgt = NULL;
}

/*
 * A code two parties do not do together, so "the two" doing it to no
 * one named is no event between them ("Both governments expressed
 * concern", "Both leaders condemned the attack"): statements, appeals,
 * demands, criticism, rejection, threats, reductions of relations,
 * coercion, praise (not signing, recognizing, forgiving: 054-057), aid.
 */
static int
separate_code(const struct trig *tr)
{
	const char *code = tr->pat->code->code;
	int root = tr->pat->code->root;

	if (tr->pat->flags & PAT_F_SYM)
		return 0;
	return root == 1 || root == 2 || root == 7 || (root >= 10 &&
	    root <= 13) || root == 16 || root == 17 || (root == 5 &&
	    code[2] >= '0' && code[2] <= '3');
}

/*
 * An appeal, demand, criticism, rejection or threat its source would
 * address to itself ("The ministry said Ethiopian soldiers had detained
 * four herders and accused Addis Ababa of ...": ETH 112 ETH) is the act of
 * the sentence's main subject, main, when that is another actor.
 */
static void
self_address(const struct xctx *x, struct coded *c,
    const struct xmention *main)
{
	int root = c->tr->pat->code->root;

	if (c->src == NULL || c->tgt == NULL || main == NULL ||
	    !(root == 2 || (root >= 10 && root <= 13)) ||
	    !same_actor(x, c->src, c->tgt) || same_actor(x, main, c->src) ||
	    actors_key(actors_resolve(x, main))[0] == '\0')
		return;
	c->src = main;
	c->carried = 0;
}

/*
 * The subject c found is that of a content clause after the reporting
 * verb before it, an auxiliary or a verb right after it ("said Cambodian
 * soldiers had crossed the border and attacked"): a verb coordinated in
 * that clause is its subject's, not the speaker's (not "told reporters
 * that").
 */
static int
content_clause_subject(const struct xctx *x, const struct coded *c,
    const struct accusation *verb)
{
	size_t e;
	int k;

	if (!verb->say || c->src == NULL || c->carried ||
	    c->src->tok <= verb->tok || c->src->tok >= c->tr->tok ||
	    same_actor(x, c->src, verb->src))
		return 0;
	e = c->src->adj ? adj_head_end(x, c->src, c->tr->tok) :
	    c->src->tok + c->src->ntok;	/* "Cambodian soldiers | had" */
	while (e < c->tr->tok && (k = actors_at(x, (uint32_t)e)) >= 0)
		e = x->m[k].tok + x->m[k].ntok;
	return e < c->tr->tok && ((wc(x, e) & (W_HAVEAUX | W_PLUPERF |
	    W_MODAL | W_PASSAUX)) || (x->tok_info[e].hits != NULL &&
	    !noun_form(x, e)));
}

/*
 * After assign_roles(): the subject of a coordinated verb, place, mode,
 * clause links, and the pair of a joint action.
 */
static void
complete_roles(const struct xctx *x, struct coded *c,
    const struct sentstate *ss, const struct xmention **last_subj)
{
	const struct trig *tr = c->tr;
	const struct xmention *da, *db;
	size_t t = tr->tok, dat;
	int root = tr->pat->code->root;

	const struct xmention *main_src = ss->last_src ? ss->last_src :
	    ss->verb.src;	/* the last event's, else the speaker's */

	if (main_src && participle_adjunct(x, tr, c->s0) &&
	    c->src != main_src) {
		c->src = main_src;	/* "..., deploying warships" */
		c->carried = 0;
		if (c->tgt && strcmp(actors_key(actors_resolve(x, c->tgt)),
		    actors_key(actors_resolve(x, c->src))) == 0)
			c->tgt = find_object(x, t, c->s1, c->src, root != 4);
	} else if (ss->verb.src && coordinated_verb(x, tr, &ss->verb, c->s0) &&
	    !content_clause_subject(x, c, &ss->verb)) {
		c->src = ss->verb.src;	/* "a condamné ... et appelé" */
		c->carried = 0;
		if (c->tgt == c->src || (c->tgt && own_agent(x, c->tgt, c->src)))
			c->tgt = find_object(x, t, c->s1, c->src, root != 4);
		if (c->tgt == NULL && ss->verb.tgt != NULL &&
		    ss->verb.tgt != c->src) {
			c->tgt = ss->verb.tgt;	/* "... et réclamé une enquête" */
			c->tgt_guess = 1;	/* no new topic */
		}
	}
	self_address(x, c, ss->main);
	purpose_clause(x, c, &ss->verb);
	pronoun_subject(x, c, &ss->verb);
	nonfinite_subject(x, c, &ss->verb);
	if (c->tgt == NULL && root == 3 && !(tr->pat->flags & PAT_F_NOUN))
		c->tgt = content_recipient(x, t, c->s1);
	if (c->place == NULL)
		c->place = sentence_place(x, c->s0, c->s1);
	c->mode = find_mode(x, tr, c->s0, c->s1, c->src);
	if (!c->carried && !c->src->locative)
		*last_subj = c->src;
	if ((tr->pat->flags & PAT_F_SYM) || (root >= 3 && root <= 6) ||
	    ((root == 8 || root == 16) && c->tgt == NULL))
		c->pair = joint_pair(x, c->src, c->s0);	/* "leurs */
					/* relations, rompues en 2016" */
	if (c->pair == NULL && c->tgt == NULL && ((tr->pat->flags &
	    PAT_F_SYM) || (root >= 3 && root <= 6)))
		c->pair = plural_of_pair(x, c->src, t);	/* "Les présidents */
					/* du Kenya et de l'Ouganda" */
	if (c->dual == NULL && dual_subject(x, t, c->s0, c->msorted, &da, &db,
	    &dat) &&
	    (c->carried || (c->src->tok < dat &&
	    !dual_apposition(x, c->src)))) {
		c->src = db;
		c->dual = da;
		c->carried = 0;
	}
	if (c->dual != NULL && c->tgt != NULL && separate_code(tr) &&
	    !same_actor(x, c->tgt, c->src) &&
	    !same_actor(x, c->tgt, c->dual)) {
		c->each = c->dual;	/* "Both called on China": one */
		c->dual = NULL;		/* event each, not a joint act */
	}
	if (c->dual != NULL) {
		c->tgt = NULL;
		c->pair = c->dual;
	}
	if (c->pair && c->tgt && c->tgt != c->pair && weak_actor(x, c->tgt))
		c->tgt = NULL;	/* "X et Y ont signé un accord ... de troupes" */
	if (c->pair && c->tgt && c->tgt != c->pair)
		c->pair = NULL;
	if (c->pair && !c->carried && c->pair->tok < c->src->tok &&
	    !c->pair->locative)
		*last_subj = c->pair;	/* "X et Y ...": "ils" starts with X */
}

/*
 * c is the act an English accusation of its sentence charges ("accused
 * Latvian guards of beating migrants"), the accused's act as the accuser
 * reports it: a verb coordinated after it ("... and called on the EU") is
 * the accuser's, not the accused's. (French keeps its own rule in
 * clause_links, "et a appelé" after "accusé X de frapper".)
 */
static int
accused_act(const struct sentstate *ss, const struct coded *c)
{
	return c->tr->pat->lang[0] == 'e' && ss->acc.src != NULL &&
	    ss->acc.tok < c->tr->tok && c->src == ss->acc.tgt &&
	    c->mode == EXTRACT_MODE_REPORTED;
}

/*
 * Verb t of a sentence that opens with a subordinate clause ("After X
 * accused Y, ...", "When the talks ended, ...") and before its first
 * comma: not the main clause's verb.
 */
static int
in_fronted_clause(const struct xctx *x, size_t t, size_t s0)
{
	if (!(wc(x, s0) & (W_SEQUENCE | W_SUBCONJ | W_CLAUSE)))
		return 0;
	for (size_t i = s0 + 1; i < t; i++)
		if (comma_at(x, i))
			return 0;
	return 1;
}

/*
 * The subject m of verb t is the subject of the sentence's main clause
 * when t is its first verb outside a fronted subordinate clause and m is
 * its own subject (not carried from before, not a passive's agent): what
 * a sentence-initial English "It" refers back to ("The Thai foreign
 * ministry said Cambodian troops fired first. It also summoned ..."),
 * not the subject of a content clause coded after it.
 */
static void
remember_main(const struct xctx *x, struct sentstate *ss, size_t t,
    size_t s0, const struct xmention *m, int own)
{
	if (ss->main_done || in_fronted_clause(x, t, s0))
		return;
	ss->main_done = 1;
	if (own && m != NULL && !m->locative && !m->adj)
		ss->main = m;
}

/*
 * Reporting verb t closes the sentence as an attribution after a comma,
 * its subject m next to it (", the ministry said.", ", said the
 * ministry."): m speaks for the whole sentence, the main subject.
 */
static int
final_attribution(const struct xctx *x, size_t t, const struct xmention *m,
    size_t s0, size_t s1)
{
	size_t i = m->tok < t ? m->tok : t;

	if (m->tok > t && m->tok > t + 2)
		return 0;
	while (i > s0 && (wc(x, i - 1) & W_DET))
		i--;
	return i > s0 + 1 && comma_at(x, i - 1) && clause_end(x, t, s1) == s1;
}

/*
 * English "It" opening the sentence of trigger tr, before it: the
 * previous sentence's main subject, else last.
 */
static const struct xmention *
it_subject(const struct xctx *x, const struct trig *tr, size_t s0,
    const struct topic *prev, const struct xmention *last)
{
	if (x->lang[0] != 'e' || prev->main == NULL || tr->tok <= s0 ||
	    tr->tok > s0 + 4 || strcmp(norm(x, s0), "it") != 0)
		return last;	/* not "It was the third time that ..." */
	return prev->main;
}

/* Remember c's verb and accusation for the later clauses of the sentence. */
static void
remember(const struct xctx *x, struct sentstate *ss, const struct coded *c)
{
	const struct trig *tr = c->tr;

	if (!(tr->pat->flags & PAT_F_NOUN) && !ss->main_done)
		remember_main(x, ss, tr->tok, c->s0, c->src, !c->carried &&
		    !c->by_last && !is_passive(x, tr, c->s0, c->s1));
	if (c->src != NULL && !c->carried)
		ss->last_src = c->src;
	if (!(tr->pat->flags & PAT_F_NOUN) && c->src != NULL &&
	    !accused_act(ss, c)) {
		ss->verb.tok = tr->tok;
		ss->verb.src = c->src;
		ss->verb.tgt = c->pair == NULL ? c->tgt : NULL;
		ss->verb.root = tr->pat->code->root;
		ss->verb.passive = c->by_last;
		ss->verb.say = 0;
	}
	if (strncmp(tr->pat->code->code, "112", 3) == 0 && c->tgt &&
	    (!c->tgt_guess || c->objpron)) {	/* "accusing them of" */
		ss->acc.tok = tr->tok;
		ss->acc.src = c->src;
		ss->acc.tgt = c->tgt;
	}
}

/*
 * A reporting verb codes nothing but its subject is the subject of a verb
 * coordinated with it ("Peskov told reporters that ... and warned that").
 */
static void
remember_speaker(const struct xctx *x, const struct trig *tr,
    struct sentstate *ss, size_t s0, size_t s1)
{
	const struct xmention *m = inverted_subject(x, tr->tok, s0, s1);

	if (m == NULL && ss->verb.src != NULL && ss->verb.tok < tr->tok &&
	    coordinated_verb(x, tr, &ss->verb, s0))
		m = ss->verb.src;	/* "rejected ... and said it would" */
	if (m == NULL && !is_passive(x, tr, s0, s1))
		m = find_subject(x, tr->tok, s0);
	if (!ss->main_done)
		remember_main(x, ss, tr->tok, s0, m, 1);
	if (m == NULL)
		return;
	if (!m->locative && !m->adj && final_attribution(x, tr->tok, m, s0,
	    s1))
		ss->main = m;	/* "..., the ministry said. It added" */
	ss->verb.tok = tr->tok;
	ss->verb.src = m;
	ss->verb.tgt = NULL;
	ss->verb.root = tr->pat->code->root;
	ss->verb.passive = 0;
	ss->verb.say = 1;
}

/*
 * A passive naming no actor at all ("Les premiers canons doivent être
 * livrés") is done by the story's lead pair, except protest and
 * repression, which stay domestic.
 */
static void
story_pair(struct coded *c, const struct topic *lead)
{
	if (!c->agentless || c->tgt != NULL || lead->src == NULL ||
	    lead->tgt == NULL || domestic_code(c->tr))
		return;
	c->src = lead->src;
	c->tgt = lead->tgt;
	c->carried = 1;
	c->tgt_guess = 1;
}

/*
 * "Les deux ministres doivent se retrouver", "The two leaders will meet"
 * opening a sentence that names no actor before it, in a story led by
 * two states acting together (consulting, cooperating, agreeing, a joint
 * act): that pair, not the last two actors named, who may be third
 * parties commenting on it.
 */
static void
dual_story_pair(const struct xctx *x, struct coded *c,
    const struct topic *lead)
{
	const char *a, *b, *p, *q;
	size_t i;

	if (c->dual == NULL || lead->src == NULL || lead->tgt == NULL ||
	    !(lead->joint || (lead->root >= 3 && lead->root <= 8)))
		return;
	a = actors_key(actors_resolve(x, lead->src));
	b = actors_key(actors_resolve(x, lead->tgt));
	p = actors_key(actors_resolve(x, c->src));
	q = actors_key(actors_resolve(x, c->dual));
	if (strlen(a) != 3 || strlen(b) != 3 || strcmp(a, b) == 0 ||
	    ((!strcmp(p, a) || !strcmp(p, b)) && (!strcmp(q, a) ||
	    !strcmp(q, b))))
		return;		/* the same pair: its own order */
	for (i = c->s0; i + 1 < c->tr->tok; i++) {
		int k = actors_at(x, (uint32_t)i);

		if ((wc(x, i) & W_DUAL) && (wc(x, i + 1) & W_DUALNOUN))
			break;
		if (k >= 0 && x->m[k].actor && !x->m[k].locative &&
		    !dual_head(x, &x->m[k]))
			return;		/* "X, ..., during which the two" */
	}
	if (i + 1 >= c->tr->tok)
		return;
	c->src = lead->src;
	c->dual = c->pair = lead->tgt;
}

/*
 * An agentless passive of coercion done to one party of the story's lead
 * pair ("le Français avait été condamné en 2023 à huit ans de prison",
 * "Ferjani was arrested in February 2024"): done by the other party of
 * that pair (the state holding him), not by whoever spoke last.
 */
static void
passive_by_lead(const struct xctx *x, struct coded *c,
    const struct topic *lead)
{
	const char *tk;

	if (!c->by_last || c->tgt == NULL || lead->src == NULL ||
	    lead->tgt == NULL || c->tr->pat->code->root != 17)
		return;
	tk = actors_key(actors_resolve(x, c->tgt));
	if (strcmp(tk, actors_key(actors_resolve(x, lead->tgt))) == 0)
		c->src = lead->src;
	else if (strcmp(tk, actors_key(actors_resolve(x, lead->src))) == 0)
		c->src = lead->tgt;
}

/*
 * The actor a past participle right after it describes: "des pêcheurs
 * indiens arrêtés", "trois soldats arméniens détenus depuis 2023", "du
 * président Mohamed Bazoum, détenu depuis juillet". NULL if none.
 */
static const struct xmention *
participle_head(const struct xctx *x, size_t t, size_t s0)
{
	int k;

	if (t < s0 + 1)
		return NULL;
	if (t >= s0 + 4 && strcmp(norm(x, t - 1), "ans") == 0 &&
	    x->doc.toks[t - 2].type == TOK_NUMBER && (wc(x, t - 3) & W_OF))
		t -= 3;		/* "un enseignant français de 61 ans détenu" */
	if ((k = actors_at(x, (uint32_t)(t - 1))) >= 0 &&
	    x->m[k].tok + x->m[k].ntok == t && (x->m[k].actor ||
	    actors_resolve(x, &x->m[k]) != &x->m[k]) && !x->m[k].locative)
		return &x->m[k];	/* "Camille Roussel, une chercheuse */
	return apposed(x, t, s0);	/* arrêtée": the role is hers */
}

/*
 * A coercion participle after the persons it befell, with no agent
 * ("réclamait la libération de soldats arméniens détenus depuis 2023",
 * "Bazoum, détenu depuis juillet"): a reduced passive. Those persons are
 * the target, not the subject of the sentence's verb; the holder is the
 * place they are held in, else the other state of the story's lead pair,
 * else their own country (a government holding its own people). French
 * only: an English "-ed" form is also the simple past ("police arrested").
 */
static void
held_persons(const struct xctx *x, struct coded *c, const struct topic *lead)
{
	const struct trig *tr = c->tr;
	const struct xmention *p, *h;
	const char *pk;

	if (x->lang[0] != 'f' || tr->pat->code->root != 17 ||
	    (tr->pat->flags & PAT_F_NOUN) ||
	    !(tr->tense & TENSE_PART) || is_passive(x, tr, c->s0, c->s1) ||
	    (p = participle_head(x, tr->tok, c->s0)) == NULL)
		return;
	pk = actors_key(actors_resolve(x, p));
	if (pk[0] == '\0')
		return;
	h = held_in(x, tr->tok, c->s1);
	if (h == NULL && (h = counterparty(x, lead, pk)) != NULL &&
	    strlen(actors_key(actors_resolve(x, h))) != 3)
		h = NULL;	/* an IGO holds no one: "la Cédéao" */
	c->src = h != NULL ? h : p;
	c->tgt = p;
	c->carried = h == NULL || h->tok < c->s0;
	c->tgt_guess = 0;
	c->pair = c->dual = NULL;
}

/*
 * A government demanding the release of its own nationals ("Erevan
 * réclamait la libération de 23 soldats arméniens", "Tokyo exige la
 * libération de ressortissants japonais détenus en Chine") addresses
 * whoever holds them: the country they are held in, else the other
 * state of the story's lead pair; not its own people.
 */
static void
release_holder(const struct xctx *x, struct coded *c, const struct topic *lead)
{
	const struct xmention *h;
	const char *sk;

	if (c->tr->pat->code->root != 10 || c->src == NULL ||
	    strcmp(c->tr->pat->code->code, "1053") != 0 ||
	    c->tgt == NULL || c->pair != NULL ||
	    nonstate_role(actors_resolve(x, c->src)->role))
		return;
	sk = actors_key(actors_resolve(x, c->src));
	if (strlen(sk) != 3 || strcmp(actors_key(actors_resolve(x, c->tgt)),
	    sk) != 0)
		return;
	h = held_in(x, c->tgt->tok, c->s1);
	if (h == NULL && (h = counterparty(x, lead, sk)) != NULL &&
	    strlen(actors_key(actors_resolve(x, h))) != 3)
		h = NULL;
	if (h == NULL || strcmp(actors_key(actors_resolve(x, h)), sk) == 0)
		return;
	c->tgt = h;
	c->tgt_guess = 0;
}

/*
 * The recipient of aid (07, not arms 072) the clause names as a place
 * after "à"/"au"/"to", past the amount and a participle: "une aide de 40
 * millions d'euros destinée au Darfour", "une aide humanitaire au
 * Soudan", "aid earmarked for ... to Gaza": the country of that place.
 * Sets c->tgt when the clause names no target.
 */
static void
aid_recipient(const struct xctx *x, struct coded *c)
{
	size_t t = c->tr->tok, end;

	if (c->tgt != NULL || c->pair != NULL || c->tr->pat->code->root != 7 ||
	    strcmp(c->tr->pat->code->code, "072") == 0)
		return;		/* arms: "livraison de canons à X" is coded */
	end = clause_end(x, t, c->s1);
	if (end > t + 12)
		end = t + 12;
	for (size_t i = t + 1; i + 1 < end; i++) {
		size_t a = i + 1;
		int k;

		if (x->doc.toks[i].type == TOK_PUNCT && strcmp(norm(x, i),
		    "'") != 0)
			return;		/* "," or a quote: another phrase */
		if (!(wc(x, i) & W_DATIVE))
			continue;
		if ((k = actors_at(x, (uint32_t)a)) < 0 && (wc(x, a) & W_DET) &&
		    a + 1 < c->s1)
			k = actors_at(x, (uint32_t)++a);
		if (k >= 0 && x->m[k].tok == a && x->m[k].country[0] &&
		    strcmp(x->m[k].country, actors_key(actors_resolve(x,
		    c->src))) != 0)
			c->tgt = &x->m[k];
		return;
	}
}

/*
 * "Le ministre kényan, au nom de l'Union africaine, a condamné ...", "the
 * minister, speaking on behalf of the AU, urged Sudan": the subject acts
 * for the body it speaks for, which is then no target of its own act.
 */
static void
speaks_for(const struct xctx *x, struct coded *c)
{
	const struct xmention *b;
	size_t e;

	if (c->src == NULL || c->carried || c->speaker != NULL ||
	    (e = c->src->tok + c->src->ntok) + 2 >= c->tr->tok ||
	    x->doc.toks[e].type == TOK_WORD || (strcmp(norm(x, e + 1), "au")
	    && strcmp(norm(x, e + 1), "speaking") && strcmp(norm(x, e + 1),
	    "on")))
		return;		/* no ", au nom de", ", (speaking) on behalf" */
	if ((b = on_behalf(x, c->src)) == c->src || b->tok > c->tr->tok)
		return;
	c->src = b;
	if (c->tgt == b)
		c->tgt = find_object(x, c->tr->tok, c->s1, b,
		    c->tr->pat->code->root != 4);
}

/*
 * The preposition opening a French infinitive adjunct before verb t:
 * "sans (avoir)", "pour", "afin de", "avant de", "après avoir". Its
 * token, or (size_t)-1. *neg is set for "sans".
 */
static size_t
infinitive_prep(const struct xctx *x, size_t t, size_t s0, int *neg)
{
	size_t j = t - 1;

	*neg = 0;
	if (t < s0 + 2)
		return (size_t)-1;
	if (perfect_aux(x, j) && j > s0)
		j--;			/* "sans avoir rencontré" */
	if (norm(x, j)[0] == 's' && strcmp(norm(x, j), "sans") == 0) {
		*neg = 1;
		return j;
	}
	if ((wc(x, j) & W_PURPOSE) || ((wc(x, j) & W_SEQUENCE) && j + 1 < t))
		return j;		/* "pour signer", "après avoir signé" */
	if ((wc(x, j) & W_OF) && j > s0 &&
	    (wc(x, j - 1) & (W_INORDER | W_SEQUENCE)))
		return j - 1;		/* "afin de", "avant de" */
	return (size_t)-1;
}

/*
 * A French infinitive adjunct ("Le ministre algérien a quitté Bamako sans
 * avoir rencontré le chef de la junte", "... pour rencontrer", "avant de
 * signer") has the subject of the main clause, the actor before its first
 * auxiliary, not the object of the main verb that comes nearer; "sans"
 * denies the act (NEGATED).
 */
static void
infinitive_adjunct(const struct xctx *x, struct coded *c)
{
	size_t t = c->tr->tok, p, aux;
	const struct xmention *s;
	int neg;

	if (x->lang[0] != 'f' || (c->tr->pat->flags & PAT_F_NOUN) ||
	    c->src == NULL || (p = infinitive_prep(x, t, c->s0, &neg)) ==
	    (size_t)-1)
		return;
	if (neg && c->mode != EXTRACT_MODE_NEGATED)
		c->mode = EXTRACT_MODE_NEGATED;
	for (aux = p; aux-- > c->s0;)
		if (wc(x, aux) & (W_HAVEAUX | W_CLAUSE))
			break;		/* the nearest finite verb before */
	if (aux < c->s0 || aux >= p || !(wc(x, aux) & W_HAVEAUX) ||
	    c->src->tok < aux || c->src->tok > p)
		return;
	s = aux > c->s0 && (wc(x, aux - 1) & W_RELSUBJ) ?
	    antecedent(x, aux - 1, c->s0) : find_subject(x, aux, c->s0);
	if (s == NULL || s == c->src)	/* "X, qui a quitté Y sans" */
		return;
	c->src = s;
	c->carried = 0;
	if (c->tgt == s || (c->tgt != NULL && c->tgt->tok < p))
		c->tgt = find_object(x, t, c->s1, s,
		    c->tr->pat->code->root != 4);
}

/*
 * "Il a été accueilli à l'aéroport par son homologue", "was received by
 * his counterpart": a passive whose agent is a counterpart with no
 * nationality is done by the other party of the last event (the visited
 * country) or of the lead pair, to the passive's subject.
 */
static void
counterpart_agent(const struct xctx *x, struct coded *c,
    const struct topic *prev, const struct topic *lead)
{
	size_t t = c->tr->tok, end, i;
	const struct xmention *p, *o;
	const char *pk;

	if ((c->tr->pat->flags & PAT_F_NOUN) || c->src == NULL)
		return;
	for (i = t + 1; i + 2 < c->s1 && i <= t + 6; i++)
		if ((wc(x, i) & W_AGENT) && (wc(x, i + 1) & W_POSS) &&
		    (wc(x, i + 2) & W_COUNTERPART))
			break;
	if (i + 2 >= c->s1 || i > t + 6 || actor_at(x, i + 2) != NULL)
		return;		/* "par son homologue angolais": named */
	end = clause_end(x, t, c->s1);
	if (i + 2 >= end || !is_passive(x, c->tr, c->s0, c->s1))
		return;
	if ((p = find_subject(x, t, c->s0)) == NULL) {
		if (!pronoun_before(x, t, c->s0) || prev->src == NULL)
			return;
		p = prev->src;	/* "Il a été accueilli": the last subject */
	}
	pk = actors_key(actors_resolve(x, p));
	if ((o = counterparty(x, prev, pk)) == NULL &&
	    (o = counterparty(x, lead, pk)) == NULL)
		return;
	if (strlen(actors_key(actors_resolve(x, o))) != 3 ||
	    strcmp(actors_key(actors_resolve(x, o)), pk) == 0)
		return;
	c->src = o;
	c->tgt = p;
	c->carried = 1;
	c->tgt_guess = 0;
	c->pair = c->dual = NULL;
}

/*
 * "L'attaque, lancée dans la nuit de samedi à dimanche, a contraint ...",
 * "The attack, launched on Saturday night, forced ...": a participle
 * apposed to the definite or demonstrative event noun that opens the
 * sentence describes that event, already reported; no event of its own,
 * unless the apposition names an actor ("The strikes, launched by Israel
 * on Saturday, ...").
 */
static int
apposed_to_event_noun(const struct xctx *x, const struct trig *tr)
{
	size_t t = tr->tok, i, n;

	if (t >= 1 && t - 1 == x->doc.sents[x->doc.toks[t].sent].tok)
		n = t;		/* "L'attaque a paralysé ...": the noun */
	else if ((tr->tense & TENSE_PART) && t >= 3 && comma_at(x, t - 1) &&
	    t - 3 == x->doc.sents[x->doc.toks[t].sent].tok)
		n = t - 2;	/* "L'attaque, lancée samedi, ...": its */
	else			/* participle */
		return 0;
	if (!(wc(x, n - 1) & (W_DEFINITE | W_DEMONST)) ||
	    noun_pattern(x, n) == NULL)
		return 0;
	for (i = n + 1; i < x->doc.ntoks && i <= n + 12; i++) {
		if (actor_at(x, i) != NULL)
			return 0;	/* "The strikes, launched by Israel" */
		if (i > n + 2 && comma_at(x, i))
			break;		/* the apposition's end */
	}
	return 1;
}

/* "Both called on China": the event of the other one of the two. */
static int
emit_each(struct xctx *x, struct evset *es, const struct coded *c)
{
	struct coded m = *c;

	if (same_actor(x, c->each, c->tgt))
		return 0;
	m.src = c->each;
	m.each = NULL;
	if (emit(x, es, &m) == -1)
		return -1;
	return c->tgt_guess ? 0 : emit_object_conjunct(x, es, &m);
}

/*
 * Token i opens the content clause of a denial: "that", "que", or
 * "selon lesquelles"/"according to which".
 */
static int
content_opener(const struct xctx *x, size_t i)
{
	if (x->lang[0] == 'e' ? strcmp(norm(x, i), "that") == 0 :
	    (wc(x, i) & W_RELOBJ) != 0)
		return 1;
	return (wc(x, i) & W_SELON) && i + 1 < x->doc.ntoks &&
	    (wc(x, i + 1) & W_CLAUSE);
}

/* "avoir" or "être" between tokens v and t: a perfect infinitive. */
static int
perfect_infinitive(const struct xctx *x, size_t v, size_t t)
{
	for (size_t i = v + 1; i < t; i++)
		if (strcmp(norm(x, i), "avoir") == 0 || strcmp(norm(x, i),
		    "etre") == 0)
			return 1;
	return 0;
}

/*
 * "a nié avoir bombardé des positions algériennes", "denied sending
 * troops", "denied that its forces had shelled the town", "a démenti les
 * informations selon lesquelles ses soldats avaient attaqué": the act a
 * denial denies is not asserted, no event. The denial is v, the last 016
 * trigger of the sentence (16 tokens at most before), or an uncoded one
 * up to two tokens before ("et nie frapper"). The content is a French
 * infinitive or perfect infinitive, an English -ing form, with no finite
 * auxiliary or comma before it, or any verb of a clause "that"/"que"
 * opens within six tokens, up to a semicolon or "but"/"mais".
 */
static int
denied_content(const struct xctx *x, const struct trig *tr, size_t s0,
    size_t v)
{
	size_t t = tr->tok, i;

	if (v == (size_t)-1 || v >= t || t > v + 16) {
		v = t;		/* an uncoded denial right before: "nie frapper" */
		while (v > s0 && v + 3 > t && !(x->tok_info[v - 1].hits != NULL &&
		    denial_at(x, v - 1)))
			v--;
		if (v == s0 || v + 3 <= t)
			return 0;
		v--;
	}
	for (i = v + 1; i < t && i <= v + 6; i++)
		if (content_opener(x, i))
			break;
	if (i < t && i <= v + 6) {
		for (; i < t; i++)
			if ((wc(x, i) & W_BUT) || strcmp(norm(x, i), ";") == 0)
				return 0;
		return 1;
	}
	if (t > v + 8 || (x->lang[0] == 'e' ? !ing_form(x, t) :
	    !(tr->tense & TENSE_INF) && !((tr->tense & TENSE_PART) &&
	    perfect_infinitive(x, v, t))))
		return 0;
	for (i = v + 1; i < t; i++)
		if (clause_stop(x, i) || (wc(x, i) & (W_HAVEAUX | W_MODAL)))
			return 0;	/* "denied it and has promised" */
	return 1;
}

/* Token i is a French infinitive of a trigger ("livrer"). */
static int
infinitive_at(const struct xctx *x, size_t i)
{
	for (const struct pat_hit *h = x->tok_info[i].hits; h; h = h->next)
		if (lang_ok(x, h->pat) && (h->tense & TENSE_INF))
			return 1;
	return 0;
}

/*
 * A denial's target is the accuser, never an actor inside what it denies
 * ("a nié avoir voulu insulter le Mali", "denied sending troops into
 * Congo"): with an infinitive, "avoir", an -ing form or "that"/"que"
 * between the denial and the actor found after it, no target; a verb
 * coordinated with the denial ("et accusé les navires philippins") keeps
 * its object.
 */
static void
denial_content_target(const struct xctx *x, struct coded *c)
{
	size_t t = c->tr->tok;

	if (c->tgt == NULL || c->tgt->tok <= t ||
	    strcmp(c->tr->pat->code->code, "016") != 0)
		return;
	for (size_t i = t + 1; i < c->tgt->tok; i++)
		if (content_opener(x, i) || (x->lang[0] == 'e' ?
		    ing_form(x, i) && x->tok_info[i].hits != NULL :
		    perfect_infinitive(x, i - 1, i + 1) || infinitive_at(x,
		    i))) {
			c->tgt = NULL;
			c->tgt_guess = 0;
			return;
		}
}

/*
 * "Le texte, soutenu par 20 des 35 pays membres", "was backed by 93
 * countries": a participle whose agent ("par", "by" right after it) is a
 * count of unnamed parties names no actor that acted; not coded rather
 * than given the story's actor.
 */
static int
counted_agent(const struct xctx *x, const struct trig *tr, size_t s1)
{
	size_t t = tr->tok, i = t + 1;

	if (!(tr->tense & TENSE_PART) || (tr->pat->flags & PAT_F_NOUN) ||
	    i + 1 >= s1 || !(wc(x, i) & W_AGENT))
		return 0;
	i++;
	if (x->doc.toks[i].type != TOK_NUMBER && !(wc(x, i) & W_QUANTITY))
		return 0;
	for (; i < s1 && i <= t + 8 && !clause_stop(x, i); i++)
		if (x->tok_m[i] != 0)
			return 0;	/* "by 20 EU states": those states */
	return 1;
}

/*
 * "le Mali est confronté à des attaques jihadistes", "victime d'attaques
 * répétées de l'État islamique", "faces attacks by": event noun t after
 * an "undergo" word (up to five determiners, plain words or a time
 * between) is suffered by the subject.
 */
static int
undergone(const struct xctx *x, size_t t, size_t s0)
{
	for (size_t i = t; i > s0 && i + 7 > t; i--) {
		if (wc(x, i - 1) & W_UNDERGO)
			return 1;
		if (clause_stop(x, i - 1) || x->tok_m[i - 1] != 0 ||
		    (i < t && x->tok_info[i - 1].hits != NULL))
			return 0;
	}
	return 0;
}

/*
 * Roles of a suffered act (undergone()): the actor named right after the
 * noun ("de l'État islamique", "by Hamas") is the source and the subject
 * the target. Returns 0 when no actor is named: no one to code.
 */
static int
undergo_roles(const struct xctx *x, struct coded *c)
{
	const struct xmention *agent = NULL, *subj = c->src;
	size_t t = c->tr->tok;

	for (size_t i = t + 1; i < c->s1 && i <= t + 5 && !clause_stop(x, i);
	    i++)
		if ((agent = actor_at(x, i)) != NULL)
			break;
	if (agent == NULL)
		return 0;
	c->src = agent;
	c->tgt = subj != agent ? subj : NULL;
	c->tgt_guess = 0;
	c->pair = NULL;
	return 1;
}

/* Token v triggers an accusation (112) in the article's language. */
static int
accusation_at(const struct xctx *x, size_t v)
{
	for (const struct pat_hit *h = x->tok_info[v].hits; h; h = h->next) {
		const char *c = h->pat->code->code;

		if (c[0] == '1' && c[1] == '1' && c[2] == '2' && lang_ok(x,
		    h->pat))
			return 1;
	}
	return 0;
}

/*
 * "accusing them of supplying Russia with drone components", "les accuse
 * d'avoir livré": the act an accusation charges ("of"/"de" and an -ing
 * form or an infinitive) is the accused's; when the accused is no actor
 * ("them", "les", "the companies") and the accusation coded none (ss->acc
 * is not it), no one is known to have done it: not coded, rather than
 * given the accuser.
 */
static int
unlinked_charge(const struct xctx *x, const struct trig *tr,
    const struct sentstate *ss, size_t s0)
{
	size_t t = tr->tok, i = t;

	if (x->lang[0] == 'e' ? !ing_form(x, t) : !(tr->tense & (TENSE_INF |
	    TENSE_PART)))
		return 0;
	if (i > s0 + 1 && (strcmp(norm(x, i - 1), "avoir") == 0 ||
	    strcmp(norm(x, i - 1), "having") == 0 || strcmp(norm(x, i - 1),
	    "etre") == 0))
		i--;		/* "d'avoir livré", "of having sent" */
	if (i <= s0 + 1 || !(wc(x, i - 1) & W_OF))
		return 0;
	for (i -= 1; i > s0 && i + 7 > t; i--) {
		if (clause_stop(x, i - 1) || x->tok_m[i - 1] != 0)
			return 0;	/* an accused named: its act */
		if (x->tok_info[i - 1].hits != NULL && accusation_at(x, i - 1))
			return ss->acc.tok != i - 1 || ss->acc.tgt == NULL;
	}
	return 0;
}

/*
 * Trigger c with its first roles assigned: complete them, emit its events
 * (and those of coordinated subjects and objects) and remember it for
 * the rest of the sentence. Returns 0 or -1 (ENOMEM).
 */
static int
code_roles(struct xctx *x, struct evset *es, struct coded *c,
    struct sentstate *ss, const struct xmention **last_subj,
    struct topic *prev, struct topic *lead)
{
	if (apposed_to_event_noun(x, c->tr))
		return 0;	/* "L'attaque, lancée samedi, a contraint" */
	story_pair(c, lead);
	passive_by_lead(x, c, lead);
	c->same_act = definite_passive(x, c->tr, c->s0, c->s1);
	complete_roles(x, c, ss, last_subj);
	dual_story_pair(x, c, lead);
	if (c->dual != NULL && x->lang[0] == 'e' && separate_code(c->tr)) {
		c->each = c->dual;	/* "Both had objected": each one, */
		c->dual = c->pair = NULL;	/* to a guessed third party */
		c->each_guess = 1;
	}
	if (c->tgt == NULL && c->tr->pat->code->root == 4 &&
	    (c->tr->tense & TENSE_PART) && apposed(x, c->tr->tok, c->s0))
		return 0;	/* "Les chefs d'État, réunis à Abuja, ont" */
	clause_links(x, c, &ss->acc);
	held_persons(x, c, lead);
	release_holder(x, c, lead);
	speaks_for(x, c);
	infinitive_adjunct(x, c);
	counterpart_agent(x, c, prev, lead);
	aid_recipient(x, c);
	denial_complement(x, c);
	if (denied_act(x, c->tr->tok, c->s0))
		c->mode = EXTRACT_MODE_NEGATED;
	denial_content_target(x, c);
	c->tgt_fixed = c->unnamed || denial_target(x, c, &ss->acc) ||
	    unnamed_addressee(x, c) || open_sea(x, c) ||
	    strcmp(c->tr->pat->code->code, "016") == 0;	/* a denial with */
		/* no accuser in its sentence targets no one it does not name */
	if (emit_all(x, es, c, prev, lead) == -1)
		return -1;
	if (ss->first == (size_t)-1 && c->tgt != NULL && !c->tgt_guess)
		ss->first = c->tr->tok;
	if (c->tgt != NULL && c->pair == NULL &&
	    emit_conjuncts(x, es, c) == -1)
		return -1;
	if (c->tgt != NULL && !c->tgt_guess && c->pair == NULL &&
	    emit_object_conjunct(x, es, c) == -1)
		return -1;
	if (c->each != NULL && c->tgt != NULL && emit_each(x, es, c) == -1)
		return -1;
	remember(x, ss, c);
	return 0;
}

/*
 * "X et Y ont procédé à un échange de prisonniers, chacune libérant 115
 * militaires": an act of "chacun"/"each" after a joint event of the
 * sentence is that event's share, no event of its own.
 */
static int
distributive(const struct xctx *x, size_t t, size_t s0,
    const struct sentstate *ss)
{
	if (ss->first == (size_t)-1 || t < s0 + 1)
		return 0;
	return (wc(x, t - 1) & W_EACH) != 0;
}

/*
 * A trigger flagged "same" ("des mesures similaires", "des mesures
 * analogues") names an act of the kind the story reported: it takes the
 * 3-digit code of the latest event of the article that reduced relations
 * or coerced (roots 16 and 17: sanctions, entry bans, expulsions), among
 * the last TOPIC_CODES coded, reactions in between or not; tr->pat then
 * points at *copy, the pattern with that code. Returns 0, no event, when
 * there is none ("La France a appelé ses ressortissants à partir ...
 * L'Allemagne a pris des mesures similaires").
 */
static int
same_measure(const struct xctx *x, struct trig *tr, const struct topic *prev,
    struct pat_pattern *copy)
{
	const struct pat_code *c;

	for (unsigned k = prev->ncode; k > 0 && k + TOPIC_CODES > prev->ncode;
	    k--) {
		const char *code = prev->by_code[(k - 1) % TOPIC_CODES].code;

		if (code[0] != '1' || (code[1] != '6' && code[1] != '7') ||
		    (c = patterns_code(x->d->pat, code)) == NULL)
			continue;
		*copy = *tr->pat;
		copy->code = c;
		tr->pat = copy;
		return 1;
	}
	return 0;
}

/*
 * Token t is a one-word lower-case mention that is a verb form of the
 * article's language: a participle right after an auxiliary ("a envoyé
 * des troupes", "ont été envoyés", "s'est insurgé"; "envoyé" and
 * "insurgé" are role nouns too), or an infinitive ("voter contre",
 * "pour protester", "organiser des pourparlers": English role words of
 * roles.tsv, "voter", "protester", "organiser", fold to them). Such a
 * token may trigger like any other verb form.
 */
static int
participle_role(const struct xctx *x, size_t t, size_t s0)
{
	const struct xmention *m;
	const struct pat_hit *h;
	int aux;

	if (x->tok_m[t] == 0 || (x->doc.toks[t].flags & TOK_F_CAP))
		return 0;
	m = &x->m[x->tok_m[t] - 1];
	if (m->tok != t || m->ntok != 1)
		return 0;
	aux = t > s0 && ((wc(x, t - 1) & (W_HAVEAUX | W_PASSAUX)) ||
	    (t >= s0 + 2 && (wc(x, t - 2) & W_REFLEXIVE)));
	for (h = x->tok_info[t].hits; h; h = h->next) {
		if (!lang_ok(x, h->pat) || (h->pat->flags & PAT_F_NOUN))
			continue;
		if ((aux && (h->tense & TENSE_PART)) || (h->tense & TENSE_INF))
			return 1;
	}
	return 0;
}

static int
code_sentence(struct xctx *x, struct evset *es, size_t s,
    const struct xmention **last_subj, const uint8_t *quoted,
    struct topic *prev, struct topic *lead)
{
	const struct sentence *st = &x->doc.sents[s];
	size_t s0 = st->tok, s1 = st->tok + st->ntok, t, needtok;
	struct sentstate ss = { (size_t)-1, (size_t)-1,
	    { (size_t)-1, NULL, NULL, 0, 0, 0 },
	    { (size_t)-1, NULL, NULL, 0, 0, 0 },
	    NULL, (size_t)-1, 0, NULL, 0, 0, 0, (size_t)-1 };
	struct trig tr;
	struct pat_pattern same;	/* a "same" trigger with its code */
	size_t lv0, named;

	for (t = s0; t < s1; t++) {
		const struct xmention *spk = NULL;
		struct pat_pattern refusal;	/* tr's pattern, refused */
		struct coded c;

		if (x->tok_info[t].wclass & (W_TOPIC | W_TOPICON | W_UNDERGO)) {
			if (x->tok_info[t].wclass & W_UNDERGO)
				ss.undergo = t + 1;
			else
				ss.topic = t + 1;	/* in_topic() only */
		}				/* near one */
		if (t == ss.skip || (x->tok_m[t] != 0 &&
		    !participle_role(x, t, s0)) ||
		    x->tok_info[t].hits == NULL ||
		    (quoted[t] && first_person_before(x, t, s0) == 0) ||
		    !trigger_at(x, t, s0, s1, &tr, &needtok))
			continue;
		if (tr.pat->code->root == 1 && denial_at(x, t))
			ss.denial = t;	/* for denied_content() */
		if (quoted[t] && (spk = quote_subject(x, &tr)) == NULL)
			continue;	/* quoted words: only the speaker's acts */
		if ((tr.pat->flags & PAT_F_SAME) &&
		    !same_measure(x, &tr, prev, &same))
			continue;	/* "des mesures similaires" */
		if (t < ss.named_to || distributive(x, t, s0, &ss))
			continue;	/* "what it called a stern warning" */
		if (naming_call(x, &tr, s0)) {
			ss.named_to = t + 6;
			continue;
		}
		if (tr.pat->code->root != 11 &&
		    (named = naming_object(x, t, s1)) != 0) {
			ss.named_to = named;
			continue;	/* "called the move \"a blow\"" */
		}			/* (a name that blames: 111, "a sham") */
		if ((tr.pat->flags & PAT_F_SAY) && !(tr.pat->flags & PAT_F_NOUN))
			remember_speaker(x, &tr, &ss, s0, s1);
		if (trigger_skipped(x, &tr, s1, &ss))
			continue;
		if (refused_concession(x, &tr, s0, &refusal))
			tr.pat = &refusal;	/* "would not give up" */
		memset(&c, 0, sizeof(c));
		c.tr = &tr;
		c.speaker = spk;
		c.msorted = es->msorted;
		c.s0 = s0;
		c.s1 = s1;
		lv0 = ss.last_verb;
		ss.last_verb = t;
		if (needtok != (size_t)-1 && needtok > t)
			ss.skip = needtok;
		if (tr.pat->flags & PAT_F_MEDIATE) {
			if (code_mediation(x, es, &c, *last_subj, prev,
			    ss.first) == -1)
				return -1;
			remember(x, &ss, &c);	/* "brokered ... and thanked" */
			continue;
		}
		if (refers_back(x, &tr, s0, prev) ||
		    noun_refers_back(x, &tr, s1, prev) ||
		    visit_purpose(x, &tr, &ss) || thanks_reason(x, &tr, &ss) ||
		    manner_participle(x, &tr, &ss, lv0) ||
		    speech_content(x, &tr, &ss.verb) ||
		    denied_content(x, &tr, s0, ss.denial) ||
		    !assign_roles(x, &tr, &c, it_subject(x, &tr, s0, prev,
		    *last_subj)))
			continue;
		if (counted_agent(x, &tr, s1) || unlinked_charge(x, &tr, &ss, s0))
			continue;	/* "soutenu par 20 des 35 pays",
					 * "accusing them of supplying" */
		if (ss.undergo != 0 && t < ss.undergo + 6 && undergone(x, t,
		    s0) && !undergo_roles(x, &c))
			continue;	/* "est confronté à des attaques" */
		if (code_roles(x, es, &c, &ss, last_subj, prev, lead) == -1)
			return -1;
	}
	if (ss.main != NULL)
		prev->main = ss.main;
	return 0;
}

static int
evset_finish(struct xctx *x, struct evset *es, struct extract_result *r)
{
	if (es->n == 0)
		return 0;
	if ((r->events = arena_alloc(x->ar, es->n * sizeof(*r->events))) ==
	    NULL)
		return -1;
	for (size_t k = 0; k < es->n; k++) {
		struct extract_event *e = &r->events[k];

		*e = es->ev[k];
		e->n_mention_spans = es->nspans[k];
		e->mention_spans = arena_alloc(x->ar, es->nspans[k] *
		    sizeof(*e->mention_spans));
		if (e->mention_spans == NULL)
			return -1;
		memcpy(e->mention_spans, es->spans[k], es->nspans[k] *
		    sizeof(*e->mention_spans));
	}
	r->n_events = es->n;
	return 0;
}

static void
evset_free(struct evset *es)
{
	for (size_t k = 0; k < es->n; k++)
		free(es->spans[k]);
	free(es->ev);
	free(es->keys);
	free(es->spans);
	free(es->nspans);
	free(es->spancap);
}

int
events_code(struct xctx *x, struct extract_result *r)
{
	struct evset es = { 0 };
	const struct xmention *last_subj = NULL;
	struct topic prev = { 0 }, lead = { 0 };
	uint8_t *quoted;
	int rc = -1;

	if (x->d->pat == NULL)
		return 0;
	if ((quoted = quoted_tokens(x)) == NULL)
		return -1;
	es.msorted = mentions_sorted(x);
	for (size_t s = 0; s < x->doc.nsents; s++)
		if (code_sentence(x, &es, s, &last_subj, quoted, &prev, &lead) ==
		    -1)
			goto out_free_set;
	rc = evset_finish(x, &es, r);
out_free_set:
	evset_free(&es);
	free(quoted);
	return rc;
}
