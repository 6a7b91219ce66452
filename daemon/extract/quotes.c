/*
 * quotes: pair quote marks over the token stream (« » and “ ” by
 * direction, " by alternation), then find the reporting verb and speaker
 * just after the closing mark ("», a déclaré X", "», a-t-il affirmé",
 * "\" X said") or just before the opening one ("X a déclaré : «", "selon X").
 * In order: the attribution after the quote ("the agency quoted Y as
 * saying" gives Y; an inverted subject after any
 * "», a <verb> X"; a passive agent after a participle, "qualifiée de « »
 * par X"; a coordinated verb, "« » and warned that", is no attribution),
 * a "selon X" later in the sentence, a reporting verb before the quote
 * (its subject: the sentence's subject for a coordinated verb or a
 * participle after a comma, no actor behind "avec"/"contre"/"au", the antecedent of "qui", else the nearest
 * actor back to a closing quote mark, else the inverted subject), then the
 * subject of a verbless quote ("X, qui a salué «", "Il a appelé ... à «"),
 * then the previous quote. "selon son porte-parole" gives the subject's
 * words, and so does a "selon"/"according to" that names no actor in its
 * sentence ("selon le communiqué final", "according to state news agency
 * TAP"), unless indefinite ("selon des témoins"). A quote over several
 * paragraphs takes the speaker named at its end.
 */
#include <stdlib.h>
#include <string.h>

#include "newsev/actors.h"
#include "newsev/events.h"
#include "newsev/patterns.h"
#include "newsev/dict.h"
#include "newsev/quotes.h"
#include "newsev/xctx.h"

#define QUOTE_MAX_TOKS 400
#define ATTR_WIN 8
#define MIN_QUOTE_TOKS 1

struct qspan {
	size_t open, close;	/* token indexes of the marks */
	int speaker;		/* mention index, or -1 */
	uint8_t cont;		/* a paragraph the next « continues */
	uint8_t attr;		/* a verb or "selon" attributes it */
};

#define wc xctx_wclass

/*
 * Closing mark for the opening mark at o, or 0. A quote running over
 * several paragraphs reopens each one with « and closes only at the end:
 * then the next paragraph's « ends this part and *cont is set.
 */
static size_t
match_close(const struct xctx *x, size_t o, int *cont)
{
	uint8_t ot = x->doc.toks[o].type;
	size_t end = o + QUOTE_MAX_TOKS < x->doc.ntoks ? o + QUOTE_MAX_TOKS :
	    x->doc.ntoks;

	*cont = 0;
	for (size_t i = o + 1; i < end; i++) {
		uint8_t t = x->doc.toks[i].type;

		if (ot == TOK_QUOTE_OPEN && t == TOK_QUOTE_CLOSE)
			return i;
		if (ot == TOK_QUOTE_OPEN && t == TOK_QUOTE_OPEN) {
			*cont = memchr(x->doc.text + x->doc.toks[i - 1].end,
			    '\n', x->doc.toks[i].start -
			    x->doc.toks[i - 1].end) != NULL;
			return *cont ? i : 0;
		}
		if (ot == TOK_QUOTE && t == TOK_QUOTE)
			return i;
	}
	return 0;
}

/* Actor mention at i, resolving "il"/"elle"/"he"/"she" to the last person. */
static int sentence_subject(const struct xctx *x, size_t s0, size_t end);

static int
speaker_at(const struct xctx *x, size_t i, size_t before)
{
	int k = actors_at(x, (uint32_t)i);
	const char *w = text_tok_norm(&x->doc, i);
	size_t l = strlen(w);

	if (k >= 0 && x->m[k].actor && !x->m[k].locative)
		return k;
	if (strcmp(w, "it") == 0 && x->lang[0] == 'e')	/* never a person */
		return sentence_subject(x, x->doc.sents[x->doc.toks[i].sent].tok,
		    i);
	if ((wc(x, i) & W_PRON) || (l > 3 && (strcmp(w + l - 3, "-il") == 0 ||
	    strcmp(w + l - 4, "-elle") == 0)))
		return actors_last_person(x, (uint32_t)before);
	return -2;
}

/* A complementizer: an actor after it belongs to the reported clause. */
static int
is_complementizer(const struct xctx *x, size_t i)
{
	const char *w = text_tok_norm(&x->doc, i);

	return strcmp(w, "que") == 0 || strcmp(w, "qu'") == 0 ||
	    strcmp(w, "that") == 0 || (wc(x, i) & W_CLAUSE);
}

/* An article (not a possessive) among the determiners. */
static int
is_article(const struct xctx *x, size_t i)
{
	static const char *const art[] = { "le", "la", "les", "l'", "un",
	    "une", "des", "the", "a", "an" };
	const char *w = text_tok_norm(&x->doc, i);

	for (size_t k = 0; k < sizeof(art) / sizeof(art[0]); k++)
		if (strcmp(w, art[k]) == 0)
			return 1;
	return 0;
}

/* A French auxiliary of a compound past ("a déclaré", "avait dénoncé"). */
static int
is_aux(const struct xctx *x, size_t i)
{
	return (wc(x, i) & W_HAVEAUX) != 0;
}

/* Verb v is coordinated ("et affirmé", "and warned"): it shares the clause's subject. */
static int
coordinated(const struct xctx *x, size_t v, size_t s0)
{
	for (size_t j = v; j-- > s0 && j + 3 >= v;) {
		if (wc(x, j) & W_AND)
			return 1;
		if (x->doc.toks[j].type != TOK_WORD || actors_at(x,
		    (uint32_t)j) >= 0)
			return 0;
	}
	return 0;
}

/*
 * "Russian foreign ministry spokeswoman Maria Zakharova", "le ministre, X":
 * the person apposed right after role k (over roles and commas), else k.
 */
static int
subject_person(const struct xctx *x, int k, size_t end)
{
	size_t j = x->m[k].tok + x->m[k].ntok;
	int p;

	if (x->m[k].kind != EXTRACT_KIND_GROUP)
		return k;
	while (j < end && j < x->m[k].tok + x->m[k].ntok + 4) {
		p = actors_at(x, (uint32_t)j);
		if (p >= 0 && actors_resolve(x, &x->m[p])->kind ==
		    EXTRACT_KIND_PERSON)
			return p;
		if (p >= 0 && x->m[p].kind == EXTRACT_KIND_GROUP)
			j = x->m[p].tok + x->m[p].ntok;
		else if (strcmp(text_tok_norm(&x->doc, j), ",") == 0)
			j++;
		else
			break;
	}
	return k;
}

/* 1 when token i sits inside « » or “ ” (a quote spanning sentences). */
static int
inside_quote(const struct xctx *x, size_t i)
{
	for (size_t j = i; j-- > 0 && j + QUOTE_MAX_TOKS > i;) {
		if (x->doc.toks[j].type == TOK_QUOTE_CLOSE)
			return 0;
		if (x->doc.toks[j].type == TOK_QUOTE_OPEN)
			return 1;
	}
	return 0;
}

/*
 * Subject of the sentence from s0 up to end: its first actor outside quote
 * marks and not after a locative preposition, or a subject pronoun
 * standing for the last person.
 */
static int
sentence_subject(const struct xctx *x, size_t s0, size_t end)
{
	int inq = inside_quote(x, s0);

	for (size_t i = s0; i < end; i++) {
		int k = actors_at(x, (uint32_t)i);
		uint8_t t = x->doc.toks[i].type;

		/* quoted words are not the clause: "« ... l'Iran ... », a
		 * affirmé son porte-parole, X, promettant" */
		if (t == TOK_QUOTE_OPEN || t == TOK_QUOTE_CLOSE || t == TOK_QUOTE)
			inq = t == TOK_QUOTE_OPEN || (t == TOK_QUOTE && !inq);
		if (inq)
			continue;

		if (k >= 0 && x->m[k].actor && !x->m[k].locative &&
		    x->m[k].tok == i)
			return subject_person(x, k, end);
		if (k < 0 && (wc(x, i) & W_PRON))
			return actors_last_person(x, (uint32_t)i);
	}
	return -1;
}

/* "X, qui a salué «": the actor a relative pronoun before end stands for. */
static int
relative_antecedent(const struct xctx *x, size_t s0, size_t end)
{
	for (size_t q = end; q-- > s0 && q + 12 > end;) {
		const char *w = text_tok_norm(&x->doc, q);
		int k;

		if (x->doc.toks[q].type == TOK_QUOTE_CLOSE)
			return -1;
		if (strcmp(w, "qui") != 0 && strcmp(w, "who") != 0)
			continue;
		if (q > s0 && strcmp(text_tok_norm(&x->doc, q - 1), ",") == 0)
			q--;
		if (q > s0 && (k = actors_at(x, (uint32_t)(q - 1))) >= 0 &&
		    x->m[k].actor && !x->m[k].locative)
			return k;
		return -1;
	}
	return -1;
}

/* A person among the mentions starting in [i, end) before punctuation. */
static int
person_near(const struct xctx *x, size_t i, size_t end, size_t before)
{
	for (; i < end; i++) {
		int k = speaker_at(x, i, before);
		const struct token *t = &x->doc.toks[i];

		if (t->type == TOK_PUNCT && strcmp(text_tok_norm(&x->doc, i),
		    ",") != 0)
			return -2;
		if (k >= 0 && actors_resolve(x, &x->m[k])->kind ==
		    EXTRACT_KIND_PERSON)
			return k;
	}
	return -2;
}

/* Speaker from i on: a person close by, else the first actor. */
static int
speaker_from(const struct xctx *x, size_t i, size_t end, size_t before)
{
	int k, p;

	for (; i < end && !is_complementizer(x, i); i++)
		if ((k = speaker_at(x, i, before)) >= -1) {
			size_t after = k >= 0 ? x->m[k].tok + x->m[k].ntok :
			    i + 1;

			if (k >= 0 && actors_resolve(x, &x->m[k])->kind !=
			    EXTRACT_KIND_PERSON &&
			    (p = person_near(x, after, after + 10 < end ?
			    after + 10 : end, before)) >= 0)
				return p;
			return k;
		}
	return -2;
}

/* Token j is a past participle by its ending: "qualifiée", "jugés", "described". */
static int
participle(const struct xctx *x, size_t j)
{
	static const char *const end[] = { "é", "ée", "és", "ées", "ed" };
	const char *w = x->doc.text + x->doc.toks[j].start;
	size_t l = x->doc.toks[j].end - x->doc.toks[j].start;

	for (size_t k = 0; k < sizeof(end) / sizeof(end[0]); k++) {
		size_t n = strlen(end[k]);

		if (l > n + 2 && memcmp(w + l - n, end[k], n) == 0)
			return 1;
	}
	return 0;
}

/* "qualifiée de «", "described as “": a participle just before o. */
static int
speech_before(const struct xctx *x, size_t o)
{
	size_t j = o;

	while (j > 0 && j + 3 > o) {
		const char *w = text_tok_norm(&x->doc, --j);

		if (!(wc(x, j) & W_OF) && strcmp(w, "comme") != 0 &&
		    strcmp(w, "as") != 0)
			return events_is_speech(x, j) || participle(x, j);
	}
	return 0;
}

/* An indefinite article or quantity: "des témoins", "a source", "some". */
static int
indefinite(const struct xctx *x, size_t i)
{
	static const char *const ind[] = { "un", "une", "des", "plusieurs",
	    "a", "an", "some", "several" };
	const char *w = text_tok_norm(&x->doc, i);

	for (size_t k = 0; k < sizeof(ind) / sizeof(ind[0]); k++)
		if (strcmp(w, ind[k]) == 0)
			return 1;
	return 0;
}

/*
 * Speaker after "selon" at i, within its sentence. "selon son
 * porte-parole" is the subject's words; so are they when no actor follows
 * and the source is no indefinite one ("selon le communiqué final",
 * "according to state news agency TAP": the text or outlet that carried
 * the subject's words; "selon des témoins" stays unknown). Not the next
 * sentence's first actor.
 */
static int
selon_speaker(const struct xctx *x, size_t i, size_t o, size_t c)
{
	const struct sentence *st = &x->doc.sents[x->doc.toks[i].sent];
	size_t end = i + 16 < st->tok + st->ntok ? i + 16 : st->tok + st->ntok;
	size_t so = x->doc.sents[x->doc.toks[o].sent].tok;
	int k = speaker_from(x, i + 1, end, c);
	int own = k >= 0 && i + 1 < x->doc.ntoks && (wc(x, i + 1) & W_DET) &&
	    !is_article(x, i + 1) && x->m[k].tok == i + 2 &&
	    actors_resolve(x, &x->m[k])->kind == EXTRACT_KIND_GROUP;

	if (k < -1 && i + 1 < end && !indefinite(x, i + 1) && o > so)
		own = 1;	/* "selon le communiqué final" */
	if (own && (own = sentence_subject(x, so, o)) >= 0)
		return own;
	return k;
}

/* "», a répondu X": an auxiliary and any verb inverted after the comma. */
static int
inverted_aux(const struct xctx *x, size_t c, size_t i, size_t end)
{
	return i == c + 2 && x->lang[0] == 'f' && i + 1 < end &&
	    strcmp(text_tok_norm(&x->doc, c + 1), ",") == 0 && is_aux(x, i) &&
	    x->doc.toks[i + 1].type == TOK_WORD &&
	    speaker_from(x, i + 2, end, c) >= 0;
}

static int attr_stop(const struct xctx *x, size_t c, size_t i);

/*
 * "the agency quoted a senior officer, X, as saying": after the verb at
 * i, "as saying" within the window makes its object the speaker. Returns
 * the object's mention index, else -2.
 */
static int
quoted_as_saying(const struct xctx *x, size_t c, size_t i, size_t *verb)
{
	size_t end = i + 16 < x->doc.ntoks ? i + 16 : x->doc.ntoks;

	for (size_t j = i + 1; j + 1 < end && !attr_stop(x, c, j); j++)
		if (strcmp(text_tok_norm(&x->doc, j), "as") == 0 &&
		    strcmp(text_tok_norm(&x->doc, j + 1), "saying") == 0) {
			*verb = j + 1;
			return speaker_from(x, i + 1, j, c);
		}
	return -2;
}

/* The speech verb at i (after a quote closed at c): its speaker. */
static int
verb_after_speaker(const struct xctx *x, size_t c, size_t i, int before)
{
	size_t as;
	int k;

	if ((k = quoted_as_saying(x, c, i, &as)) >= 0)
		return k;	/* "X quoted Y as saying": Y speaks */
	if (before >= -1)
		return before;	/* "a-t-il affirmé": the pronoun sits between */
	if ((k = speaker_from(x, i + 1, i + 16 < x->doc.ntoks ? i + 16 :
	    x->doc.ntoks, c)) >= -1)
		return k;
	return actors_last_person(x, (uint32_t)c);
}

/* A token that ends the attribution window after a closing mark c. */
static int
attr_stop(const struct xctx *x, size_t c, size_t i)
{
	const struct token *t = &x->doc.toks[i];

	return t->type == TOK_QUOTE_OPEN || (t->type == TOK_PUNCT &&
	    strchr(".;!?", text_tok_norm(&x->doc, i)[0])) ||
	    (i > c + 1 && (t->flags & TOK_F_SENT_START)) ||
	    (i == c + 1 && (t->flags & TOK_F_SENT_START) &&
	    strchr(".!?", text_tok_norm(&x->doc, c - 1)[0]));
}

/* Verb token and speaker after the closing mark c of the quote opened at o. */
static int
attr_after(const struct xctx *x, size_t o, size_t c, size_t *verb, int *spk)
{
	size_t end = c + ATTR_WIN < x->doc.ntoks ? c + ATTR_WIN : x->doc.ntoks;
	size_t s0 = x->doc.sents[x->doc.toks[c].sent].tok;
	int before = -2, k;

	for (size_t i = c + 1; i < end && !attr_stop(x, c, i); i++) {
		if (wc(x, i) & W_SELON) {
			*verb = i;
			*spk = selon_speaker(x, i, o, c);
			return *spk >= -1;
		}
		/* "qualifiée de « dérive » par une coalition": the agent */
		if (i == c + 1 && (wc(x, i) & W_AGENT) && speech_before(x, o) &&
		    (k = speaker_from(x, i + 1, end, c)) >= 0) {
			*verb = i;
			*spk = k;
			return 1;
		}
		if (events_is_speech(x, i) || inverted_aux(x, c, i, end)) {
			if (!events_is_speech(x, i))
				i++;
			if (coordinated(x, i, s0))
				return 0;	/* "« ... » and warned that" */
			*verb = i;
			*spk = verb_after_speaker(x, c, i, before);
			return 1;
		}
		if ((k = speaker_at(x, i, c)) >= -1 && (before < -1 ||
		    (k >= 0 && actors_resolve(x, &x->m[k])->kind ==
		    EXTRACT_KIND_PERSON)))
			before = k;
	}
	/* "», the agency quoted a senior officer, X, as saying" */
	if ((k = quoted_as_saying(x, c, c, verb)) >= 0) {
		*spk = k;
		return 1;
	}
	return 0;
}

/* "« A » et rejeté « B », selon un communiqué du ministère": a later "selon". */
static int
attr_selon_late(const struct xctx *x, size_t o, size_t c, size_t *verb,
    int *spk)
{
	const struct sentence *st = &x->doc.sents[x->doc.toks[c].sent];
	size_t send = st->tok + st->ntok, i;
	int k;

	for (i = c + 1; i < send && i < c + 40; i++)
		if ((wc(x, i) & W_SELON) && (k = selon_speaker(x, i, o, c)) >= 0) {
			*verb = i;
			*spk = k;
			return 1;
		}
	return 0;
}

/*
 * Mention k follows a preposition that makes it no subject ("en conflit
 * avec l'Éthiopie", "contre Kiev", "in talks with Egypt"), an article
 * between.
 */
static int
governed(const struct xctx *x, int k, size_t s0)
{
	size_t i = x->m[k].tok;
	const uint64_t prep = W_WITH | W_OBL | W_AGAINST | W_BETWEEN | W_LOC;

	if (i > s0 && is_article(x, i - 1))
		i--;	/* "a Kremlin spokesman": English "a", not "à" */
	return i > s0 && (wc(x, i - 1) & prep) != 0;
}

/*
 * Speech verb v is an infinitive of purpose ("summoned the envoy on
 * Wednesday to protest against what it called «", "a convoqué
 * l'ambassadeur pour protester"): the main clause's subject speaks. An
 * English "to" right after an actor is no purpose ("urged Japan to
 * condemn": Japan would).
 */
static int
purpose(const struct xctx *x, size_t v, size_t s0)
{
	const char *w;

	if (v < s0 + 2)
		return 0;
	w = text_tok_norm(&x->doc, v - 1);
	if (strcmp(w, "pour") == 0)
		return 1;	/* French purpose: always the subject's */
	if (!(x->lang[0] == 'e' && strcmp(w, "to") == 0))
		return 0;
	return actors_at(x, (uint32_t)(v - 2)) < 0 &&
	    !(wc(x, v - 2) & (W_PRON | W_PRONPL | W_OBJPRON));
}

/* Subject of speech verb v in the sentence starting at s0 (quote opens at o). */
static int
verb_subject(const struct xctx *x, size_t v, size_t s0, size_t o)
{
	size_t from = v > s0 + 30 ? v - 30 : s0;
	int k;

	/* "X et affirmé que", "Y, accusés d'«": the main clause's subject */
	if (coordinated(x, v, s0) || (v > s0 && strcmp(text_tok_norm(&x->doc,
	    v - 1), ",") == 0) || purpose(x, v, s0))
		return sentence_subject(x, s0, v);
	if ((k = relative_antecedent(x, s0, v)) >= 0 && x->m[k].tok + 6 > v)
		return k;
	for (size_t j = v; j-- > from;) {
		uint8_t t = x->doc.toks[j].type;

		if ((is_complementizer(x, j) && j + 1 < v) ||
		    t == TOK_QUOTE_CLOSE || t == TOK_QUOTE)
			break;	/* "dit que X a affirmé", "», a affirmé X" */
		if ((k = speaker_at(x, j, o)) >= 0 && governed(x, k, s0))
			continue;	/* "X, en conflit avec Y, a critiqué" */
		if (k >= -1)
			return k;
	}
	/* "a déclaré M. X : «", "», a affirmé son porte-parole, X, promettant" */
	return speaker_from(x, v + 1, o, o);
}

/* Verb and speaker before the opening mark o ("X a déclaré : «"). */
static int
attr_before(const struct xctx *x, size_t o, size_t *verb, int *spk)
{
	size_t s0 = x->doc.sents[x->doc.toks[o].sent].tok;
	size_t from = o > s0 + 12 ? o - 12 : s0;
	int k;

	for (size_t i = o; i-- > from;) {
		if (wc(x, i) & W_SELON) {
			*verb = i;
			k = speaker_from(x, i + 1, o, o);
			*spk = k >= -1 ? k : actors_last_person(x, (uint32_t)o);
			return 1;
		}
		if (!events_is_speech(x, i))
			continue;
		*verb = i;
		k = verb_subject(x, i, s0, o);
		*spk = k >= -1 ? k : actors_last_person(x, (uint32_t)o);
		return 1;
	}
	return 0;
}

/* Without a reporting verb: "X, qui a salué «", else the sentence's subject. */
static int
subject_before(const struct xctx *x, size_t o)
{
	size_t s0 = x->doc.sents[x->doc.toks[o].sent].tok;
	int k = relative_antecedent(x, s0, o);

	return k >= 0 ? k : sentence_subject(x, s0, o);
}

/* Verb text with its auxiliary ("a déclaré", "has said"). */
static const char *
verb_text(struct xctx *x, size_t v)
{
	size_t a = v;
	const char *w;

	/* "a-t-il affirmé" may come as a - t - il: walk back over the glue. */
	if (v > 1 && (wc(x, v - 1) & (W_PRON | W_PRONPL)) &&
	    (x->doc.toks[v - 1].flags & TOK_F_GLUED)) {
		a = v - 1;
		while (a > 0 && a + 5 > v && (x->doc.toks[a].flags &
		    TOK_F_GLUED))
			a--;
		return arena_strndup(x->ar, x->doc.text + x->doc.toks[a].start,
		    x->doc.toks[v].end - x->doc.toks[a].start);
	}
	a = v;
	if (v > 0) {
		w = text_tok_norm(&x->doc, v - 1);
		if (strcmp(w, "a") == 0 || strcmp(w, "ont") == 0 ||
		    strcmp(w, "has") == 0 || strcmp(w, "have") == 0 ||
		    strncmp(w, "a-t-", 4) == 0)
			a = v - 1;
	}
	return arena_strndup(x->ar, x->doc.text + x->doc.toks[a].start,
	    x->doc.toks[v].end - x->doc.toks[a].start);
}

static int
quote_add(struct xctx *x, struct extract_quote *q, struct qspan *cur,
    const struct qspan *prev)
{
	const struct qspan *s = cur;
	size_t verb = (size_t)-1;
	int spk = -1;
	struct extract_span sp = { x->doc.toks[s->open].end,
	    x->doc.toks[s->close].start };

	while (sp.start < sp.end && strchr(" \t\n", x->doc.text[sp.start]))
		sp.start++;
	if (s->open + 1 < s->close)
		sp.start = x->doc.toks[s->open + 1].start;
	if (s->close > s->open + 1)
		sp.end = x->doc.toks[s->close - 1].end;
	q->span = sp;
	if ((q->text = arena_strndup(x->ar, x->doc.text + sp.start,
	    sp.end - sp.start)) == NULL)
		return -1;
	cur->attr = 1;
	if ((s->cont || (!attr_after(x, s->open, s->close, &verb, &spk) &&
	    !attr_selon_late(x, s->open, s->close, &verb, &spk))) &&
	    !attr_before(x, s->open, &verb, &spk)) {
		cur->attr = 0;
		spk = subject_before(x, s->open);
		if (spk < 0 && prev != NULL && x->doc.toks[s->open].sent <=
		    x->doc.toks[prev->close].sent + 1)
			spk = prev->speaker;	/* a quote continued */
	}
	cur->speaker = spk;
	q->verb = verb != (size_t)-1 ? verb_text(x, verb) : "";
	if (q->verb == NULL)
		return -1;
	if (spk >= 0)
		return actors_fill(x, &x->m[spk], &q->speaker);
	q->speaker.text = q->speaker.name = "";
	return 0;
}

/* Keep the marks and speakers of the n quotes in x->quotes for events. */
static int
quotes_keep(struct xctx *x, const struct qspan *qs, size_t n)
{
	x->nquotes = 0;
	if (n == 0)
		return 0;
	if ((x->quotes = arena_alloc(x->ar, n * sizeof(*x->quotes))) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		x->quotes[i].open = (uint32_t)qs[i].open;
		x->quotes[i].close = (uint32_t)qs[i].close;
		x->quotes[i].speaker = qs[i].speaker;
	}
	x->nquotes = n;
	return 0;
}

int
quotes_find(struct xctx *x, struct extract_result *r)
{
	struct qspan *qs = NULL;
	size_t n = 0, cap = 0, i, c;
	int rc = -1;

	for (i = 0; i < x->doc.ntoks; i++) {
		uint8_t t = x->doc.toks[i].type;
		int cont;

		if (t != TOK_QUOTE_OPEN && t != TOK_QUOTE)
			continue;
		if ((c = match_close(x, i, &cont)) == 0)
			continue;
		if (c - i - 1 >= MIN_QUOTE_TOKS) {
			if (n == cap) {
				cap = cap ? cap * 2 : 8;
				void *nq = realloc(qs, cap * sizeof(*qs));
				if (nq == NULL)
					goto out_free;
				qs = nq;
			}
			qs[n].open = i;
			qs[n].cont = (uint8_t)cont;
			qs[n++].close = c;
		}
		i = cont ? c - 1 : c;	/* the next paragraph's « opens next */
	}
	if (n > 0 && (r->quotes = arena_alloc(x->ar, n * sizeof(*r->quotes))) ==
	    NULL)
		goto out_free;
	for (i = 0; i < n; i++)
		if (quote_add(x, &r->quotes[i], &qs[i], i ? &qs[i - 1] : NULL) ==
		    -1)
			goto out_free;
	/* "« A¶« B », a dit X": the paragraphs before take B's speaker */
	for (i = n; i-- > 1;)
		if (qs[i - 1].cont && !qs[i - 1].attr) {
			qs[i - 1].speaker = qs[i].speaker;
			r->quotes[i - 1].speaker = r->quotes[i].speaker;
		}
	r->n_quotes = n;
	if (quotes_keep(x, qs, n) == -1)
		goto out_free;
	rc = 0;
out_free:
	free(qs);
	return rc;
}
