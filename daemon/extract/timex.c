/*
 * timex: temporal expressions in French and English, resolved into TIMEX3
 * values against the publication date.
 *
 * The vocabulary (data/timex/ *.txt) is compiled at load time into a trie keyed
 * by token hashes: each phrase is tokenized with text_analyze(), so "après-midi"
 * matches however the tokenizer splits it. timex_find() makes one pass over
 * the tokens: it tags each token with the longest vocabulary phrase starting
 * there (a "lexeme"), then at each position tries a fixed set of small
 * grammars (absolute date, month, year, weekday, deictic, duration, time...)
 * that each look at a bounded number of lexemes, keeps the longest match and
 * jumps past it. Cost is linear in the number of tokens.
 *
 * Resolution rules: see data/README.md ("timex/"). In short, deictic words
 * ("hier", "la semaine prochaine") count from the publication date; "le
 * lendemain", "deux jours plus tard", parts of the day and clock times from
 * the anchor, the last day-level date the text resolved (within
 * ANCHOR_SENTS sentences); bare weekdays, months and seasons pick their side
 * of the publication date from "dernier"/"prochain" or the nearest tense
 * marker of the sentence, else the nearest occurrence.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/text.h"
#include "newsev/timex.h"

enum tx_cls {
	C_NONE, C_MONTH, C_MONTH_CTX, C_WEEKDAY, C_WEEKDAYS, C_NUMBER, C_ORDINAL, C_VAGUE,
	C_UNIT, C_DECADES, C_DEICTIC, C_ANCHOR, C_POD, C_POD_TODAY, C_CLOCK,
	C_SEASON, C_PAST, C_NEXT, C_FOLLOWING, C_THIS, C_CI, C_REF, C_SET,
	C_APPROX, C_SAME, C_RMOD, C_AGO_PRE, C_AGO_POST, C_IN_PRE, C_LATER,
	C_EARLIER, C_DET, C_PREP, C_OF, C_CLOCKPREP, C_HOUR, C_AMPM, C_AGE,
	C_FUT, C_PASTT, C_FUTSUFFIX, C_PERIOD, C_PASTSUFFIX, C_PLURAL, C_DUR,
	C_DEM, C_UNTIL, C_PODBARE, C_HALF, C_PARTSUFFIX, C_LABEL, C_TZ,
	C_COUNTED, C_COUNT
};

static const char *const cls_names[C_COUNT] = {
	"", "month", "month_ctx", "weekday", "weekdays", "number", "ordinal", "vague",
	"unit", "decades", "deictic", "anchor", "pod", "pod_today", "clock",
	"season", "past", "next", "following", "this", "ci", "ref", "set",
	"approx", "same", "rmod", "ago_pre", "ago_post", "in_pre", "later",
	"earlier", "det", "prep", "of", "clockprep", "hour", "ampm", "age",
	"fut", "pastt", "futsuffix", "period", "pastsuffix", "plural", "dur",
	"dem", "until", "pod_bare", "half", "partsuffix", "label", "tz",
	"counted",
};

static const char *const files[] = {
	"months.txt", "weekdays.txt", "numbers.txt", "units.txt",
	"relative.txt", "context.txt",
};

#define LANG_FR		1
#define LANG_EN		2
#define MAX_SENSES	8
#define MAX_DEPTH	8
#define MAX_SUFFIX	16
#define NO_DAY		INT64_MIN
#define ANCHOR_SENTS	8

struct sense {
	uint8_t cls, lang;
	uint8_t exact;		/* short word: accents must match ("a" vs "à") */
	uint8_t accent;		/* the phrase carries diacritics */
	int ival;
	char code[12];
};

struct tnode {
	uint64_t mask;		/* bit c set when some sense has class c */
	struct sense s[MAX_SENSES];
	uint8_t n;
};

struct edge {
	uint64_t tok;
	uint32_t parent, child;	/* child 0 = empty slot */
};

/* Most tokens start no phrase: a bitmap on the top bits of the first
 * words' hashes answers "no" before the edge table is probed. */
#define ROOT_BITS	(1u << 14)

static inline size_t
root_bit(uint64_t tok)
{
	return (size_t)(tok >> 50);	/* 14 bits */
}

/* A word of a side list: its token hash, class and languages. */
struct side {
	uint64_t tok;
	uint8_t cls, lang, used;
};

struct timex_rules {
	struct tnode *nodes;
	size_t nnodes, nodecap;
	struct edge *edges;
	size_t nedges, edgecap;	/* edgecap is a power of two */
	char suffix[MAX_SUFFIX][8];	/* tense endings of verbs */
	char part[MAX_SUFFIX][8];	/* partsuffix: participle endings */
	uint8_t part_lang[MAX_SUFFIX];
	size_t npart;
	uint8_t suffix_lang[MAX_SUFFIX];
	uint8_t suffix_len[MAX_SUFFIX];	/* strlen(suffix[i]) */
	int8_t suffix_tense[MAX_SUFFIX];	/* 1 future, -1 past */
	size_t nsuffix;
	uint64_t roots[ROOT_BITS / 64];	/* bit set: a phrase may start on it */
	uint32_t by_class[64];	/* grammars (bit i: grammars[i]) a class starts */
	struct side *side;	/* one-word lists only some grammars consult
				 * (counted, label, tz): kept out of the trie
				 * so common words cost the scan nothing */
	size_t nside, sidecap;	/* sidecap is a power of two */
	uint32_t by_flag[8];	/* grammars a G_* start starts */
};

static void grammars_index(struct timex_rules *r);

/* ---- loading ---- */

static uint64_t
edge_slot(uint32_t parent, uint64_t tok)
{
	uint64_t h = tok ^ ((uint64_t)parent * 0x9e3779b97f4a7c15ULL);

	h ^= h >> 29;
	return h * 0xbf58476d1ce4e5b9ULL;
}

static inline uint32_t
edge_find(const struct timex_rules *r, uint32_t parent, uint64_t tok)
{
	size_t mask = r->edgecap - 1, i = edge_slot(parent, tok) & mask;

	for (; r->edges[i].child != 0; i = (i + 1) & mask)
		if (r->edges[i].parent == parent && r->edges[i].tok == tok)
			return r->edges[i].child;
	return 0;
}

static int
edges_grow(struct timex_rules *r)
{
	struct edge *old = r->edges;
	size_t oldcap = r->edgecap, i, j, mask;

	r->edgecap = oldcap ? oldcap * 2 : 1024;
	if ((r->edges = calloc(r->edgecap, sizeof(*r->edges))) == NULL)
		return -1;
	mask = r->edgecap - 1;
	for (i = 0; i < oldcap; i++) {
		if (old[i].child == 0)
			continue;
		j = edge_slot(old[i].parent, old[i].tok) & mask;
		while (r->edges[j].child != 0)
			j = (j + 1) & mask;
		r->edges[j] = old[i];
	}
	free(old);
	return 0;
}

static uint32_t
node_new(struct timex_rules *r)
{
	struct tnode *n;
	size_t cap;

	if (r->nnodes == r->nodecap) {
		cap = r->nodecap ? r->nodecap * 2 : 256;
		if ((n = realloc(r->nodes, cap * sizeof(*n))) == NULL)
			return 0;
		r->nodes = n;
		r->nodecap = cap;
	}
	memset(&r->nodes[r->nnodes], 0, sizeof(r->nodes[0]));
	return (uint32_t)r->nnodes++;
}

/* The child of parent along tok, created when missing; 0 on ENOMEM. */
static uint32_t
edge_add(struct timex_rules *r, uint32_t parent, uint64_t tok)
{
	uint32_t child;
	size_t i, mask;

	if ((child = edge_find(r, parent, tok)) != 0)
		return child;
	if ((r->nedges + 1) * 2 > r->edgecap && edges_grow(r) == -1)
		return 0;
	if ((child = node_new(r)) == 0)
		return 0;
	mask = r->edgecap - 1;
	i = edge_slot(parent, tok) & mask;
	while (r->edges[i].child != 0)
		i = (i + 1) & mask;
	r->edges[i] = (struct edge){ tok, parent, child };
	r->nedges++;
	if (parent == 0)
		r->roots[root_bit(tok) / 64] |= 1ULL << (root_bit(tok) % 64);
	return child;
}

static int
cls_parse(const char *s)
{
	int c;

	for (c = 1; c < C_COUNT; c++)
		if (strcmp(s, cls_names[c]) == 0)
			return c;
	return -1;
}

static int
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* Insert phrase with sense sn into the trie. Returns NULL or an error. */
static const char *
phrase_add(struct timex_rules *r, const char *phrase, const struct sense *sn)
{
	struct text_doc doc;
	uint32_t node = 0;
	const char *err = NULL;
	char buf[256];
	size_t i, len = strlen(phrase), ntoks;
	int elided = len > 0 && phrase[len - 1] == '\'';

	/* An elided word ("l'") only elides before a word: tokenize "l'x". */
	if (len + 2 > sizeof(buf))
		return "phrase too long";
	snprintf(buf, sizeof(buf), "%s%s", phrase, elided ? "x" : "");
	text_doc_init(&doc);
	if (text_analyze(&doc, buf, strlen(buf)) == -1)
		err = "out of memory";
	ntoks = doc.ntoks - (elided && doc.ntoks > 0);
	if (err == NULL && (ntoks == 0 || ntoks > MAX_DEPTH))
		err = "phrase empty or too long";
	for (i = 0; err == NULL && i < ntoks; i++)
		if ((node = edge_add(r, node, doc.toks[i].hash)) == 0)
			err = "out of memory";
	if (err == NULL && r->nodes[node].n == MAX_SENSES)
		err = "too many senses for one phrase";
	if (err == NULL) {
		r->nodes[node].s[r->nodes[node].n++] = *sn;
		r->nodes[node].mask |= 1ULL << sn->cls;
	}
	text_doc_clear(&doc);
	return err;
}

static const char *
suffix_add(struct timex_rules *r, const char *phrase, uint8_t lang, int tense)
{
	if (r->nsuffix == MAX_SUFFIX)
		return "too many suffixes";
	if (strlen(phrase) >= sizeof(r->suffix[0]))
		return "suffix too long";
	snprintf(r->suffix[r->nsuffix], sizeof(r->suffix[0]), "%s", phrase);
	r->suffix_lang[r->nsuffix] = lang;
	r->suffix_len[r->nsuffix] = (uint8_t)strlen(phrase);
	r->suffix_tense[r->nsuffix++] = (int8_t)tense;
	return NULL;
}

/* A participle ending (partsuffix), kept apart from the tense endings. */
static const char *
part_add(struct timex_rules *r, const char *phrase, uint8_t lang)
{
	if (r->npart == MAX_SUFFIX)
		return "too many participle suffixes";
	if (strlen(phrase) >= sizeof(r->part[0]))
		return "suffix too long";
	snprintf(r->part[r->npart], sizeof(r->part[0]), "%s", phrase);
	r->part_lang[r->npart++] = lang;
	return NULL;
}

static int
side_slot(const struct timex_rules *r, uint64_t tok, int cls)
{
	uint64_t h = (tok ^ (uint64_t)cls * 0x9e3779b97f4a7c15ULL) *
	    0xbf58476d1ce4e5b9ULL;

	return (int)(h >> 40);
}

/* Grow the side table to twice its size (64 slots at first). */
static int
side_grow(struct timex_rules *r)
{
	struct side *old = r->side;
	size_t oldcap = r->sidecap, i, j;

	r->sidecap = oldcap ? oldcap * 2 : 64;
	if ((r->side = calloc(r->sidecap, sizeof(*r->side))) == NULL)
		return -1;
	for (i = 0; i < oldcap; i++) {
		if (!old[i].used)
			continue;
		j = (size_t)side_slot(r, old[i].tok, old[i].cls) & (r->sidecap - 1);
		while (r->side[j].used)
			j = (j + 1) & (r->sidecap - 1);
		r->side[j] = old[i];
	}
	free(old);
	return 0;
}

/* Add one-word phrase to the side list of class cls. NULL or an error. */
static const char *
side_add(struct timex_rules *r, const char *phrase, int cls, uint8_t lang)
{
	struct text_doc doc;
	const char *err = NULL;
	size_t j;

	text_doc_init(&doc);
	if (text_analyze(&doc, phrase, strlen(phrase)) == -1)
		err = "out of memory";
	else if (doc.ntoks != 1)
		err = "a side-list phrase must be one word";
	else if ((r->nside + 1) * 2 > r->sidecap && side_grow(r) == -1)
		err = "out of memory";
	if (err == NULL) {
		j = (size_t)side_slot(r, doc.toks[0].hash, cls) & (r->sidecap - 1);
		while (r->side[j].used && !(r->side[j].tok == doc.toks[0].hash &&
		    r->side[j].cls == cls))
			j = (j + 1) & (r->sidecap - 1);
		if (!r->side[j].used)
			r->nside++;
		r->side[j].tok = doc.toks[0].hash;
		r->side[j].cls = (uint8_t)cls;
		r->side[j].lang |= lang;
		r->side[j].used = 1;
	}
	text_doc_clear(&doc);
	return err;
}

/* Parse one "LANG CLASS VALUE PHRASE" line. Returns NULL or an error. */
static const char *
line_parse(struct timex_rules *r, char *line)
{
	char *lang, *cls, *val, *phrase, *save = NULL;
	struct sense sn;
	long lv;
	int c;

	lang = strtok_r(line, " \t", &save);
	cls = strtok_r(NULL, " \t", &save);
	val = strtok_r(NULL, " \t", &save);
	phrase = save;
	while (phrase != NULL && (*phrase == ' ' || *phrase == '\t'))
		phrase++;
	if (lang == NULL || cls == NULL || val == NULL || phrase == NULL ||
	    *phrase == '\0')
		return "expected LANG CLASS VALUE PHRASE";
	memset(&sn, 0, sizeof(sn));
	if (strcmp(lang, "fr") == 0)
		sn.lang = LANG_FR;
	else if (strcmp(lang, "en") == 0)
		sn.lang = LANG_EN;
	else if (strcmp(lang, "*") == 0)
		sn.lang = LANG_FR | LANG_EN;
	else
		return "LANG must be fr, en or *";
	if ((c = cls_parse(cls)) == -1)
		return "unknown CLASS";
	if (strlen(val) >= sizeof(sn.code))
		return "VALUE too long";
	sn.cls = (uint8_t)c;
	lv = strtol(val, NULL, 10);
	if (lv < -100000 || lv > 100000)
		return "VALUE out of range";
	sn.ival = (int)lv;
	if ((c == C_MONTH || c == C_MONTH_CTX) && (sn.ival < 1 || sn.ival > 12))
		return "month VALUE must be 1..12";
	if ((c == C_WEEKDAY || c == C_WEEKDAYS) && (sn.ival < 1 || sn.ival > 7))
		return "weekday VALUE must be 1..7";
	snprintf(sn.code, sizeof(sn.code), "%s", val);
	sn.exact = strlen(phrase) <= 4 && strchr(phrase, ' ') == NULL;
	sn.accent = !is_ascii(phrase);
	if (c == C_FUTSUFFIX)
		return suffix_add(r, phrase, sn.lang, 1);
	if (c == C_PASTSUFFIX)
		return suffix_add(r, phrase, sn.lang, -1);
	if (c == C_PARTSUFFIX)
		return part_add(r, phrase, sn.lang);
	if (c == C_COUNTED || c == C_LABEL || c == C_TZ)
		return side_add(r, phrase, c, sn.lang);
	return phrase_add(r, phrase, &sn);
}

static int
file_load(struct timex_rules *r, const char *dir, const char *name,
    char *err, size_t errlen)
{
	char path[4096], line[512], *nl;
	const char *why = NULL;
	unsigned lineno = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s:0: %s", path, strerror(errno));
		return -1;
	}
	while (why == NULL && fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if ((nl = strpbrk(line, "\r\n")) != NULL)
			*nl = '\0';
		if (line[strspn(line, " \t")] == '\0' || line[0] == '#')
			continue;
		why = line_parse(r, line);
	}
	fclose(f);
	if (why != NULL)
		snprintf(err, errlen, "%s:%u: %s", path, lineno, why);
	return why ? -1 : 0;
}

struct timex_rules *
timex_load(const char *dir, char *err, size_t errlen)
{
	struct timex_rules *r;
	size_t i;

	if ((r = calloc(1, sizeof(*r))) == NULL) {
		snprintf(err, errlen, "%s:0: out of memory", dir);
		return NULL;
	}
	if (edges_grow(r) == -1 || node_new(r) != 0) {	/* node 0: the root */
		snprintf(err, errlen, "%s:0: out of memory", dir);
		goto out_free_rules;
	}
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		if (file_load(r, dir, files[i], err, errlen) == -1)
			goto out_free_rules;
	grammars_index(r);
	return r;
out_free_rules:
	timex_free(r);
	return NULL;
}

void
timex_free(struct timex_rules *r)
{
	if (r == NULL)
		return;
	free(r->nodes);
	free(r->edges);
	free(r->side);
	free(r);
}

/* ---- calendar ---- */

static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday, 1 = Monday. */
static int
weekday_of(int64_t z)
{
	int64_t w = (z + 3) % 7;

	return (int)(w < 0 ? w + 7 : w) + 1;
}

static int
days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 ? 28 + leap : dm[m - 1];
}

/* ---- the scan state ---- */

struct lexeme {
	uint64_t mask;		/* classes of the senses that apply here */
	uint32_t node;		/* trie node, 0 = no vocabulary phrase */
	uint16_t n;		/* tokens it covers (1 when node is 0) */
	uint8_t digit;		/* the token starts with a digit */
	uint8_t nkind, ndig;	/* its number (struct num), parsed once */
	int8_t nmin;
	int32_t nv;
};

struct scan {
	const struct timex_rules *r;
	const struct text_doc *doc;
	struct lexeme *lxb;	/* lexemes of the sentence, lxb[0] is token lo */
	size_t lxcap;
	unsigned lang;
	uint32_t lo, hi;	/* the current sentence's tokens */
	uint32_t sent;
	int64_t ref_day;
	int ref_min;		/* minutes since midnight UTC */
	int64_t anchor_day;
	uint32_t anchor_sent;
	int64_t story_day;	/* the first day-level date near the reference */
	uint32_t anchor_tok;	/* where the anchor was written */
	char coarse[32];	/* the last month or year resolved ("septembre */
	enum extract_gran coarse_gran;	/* dernier"), "" when none */
	uint32_t coarse_sent, coarse_tok;
};

/* One match: tokens [first, end), its value and the day it resolved to. */
struct tres {
	uint32_t first, end;
	char value[32];
	const char *type;
	enum extract_gran gran;
	uint8_t after;		/* "N après X", "au lendemain de X": an
				 * amount with a complement, valued at the
				 * main clause's date */
	uint8_t has_base;	/* timex_hit.base: base_day */
	int64_t day;
	int plan;		/* a weekday still to come: no anchor */
	int32_t shift;		/* timex_hit.shift */
	int32_t redo;		/* "a month after X ... in late May": the
				 * amount to count from a date of its
				 * complement instead of the anchor */
	char redo_unit[4];	/* its unit code */
	char unit[4];		/* the amount's unit code (after) */
	int32_t base_day;	/* days since 1970-01-01 */
};

/* A fronted "N after X," / "au lendemain de X," waiting for the main
 * clause's day (see main_day()). */
struct fronted {
	size_t idx;		/* its hit in out[] */
	uint32_t end;		/* its last token + 1 */
	int open;
	char unit[4];		/* its amount's unit: the value's grain */
};

/* Does sense s apply to a phrase of ntok tokens at p (language, accents)? */
static int
sense_ok(const struct scan *sc, uint32_t p, uint32_t ntok, const struct sense *s)
{
	const struct token *t = &sc->doc->toks[p];

	if (!(s->lang & sc->lang))
		return 0;
	return !s->exact || ntok != 1 ||
	    s->accent == (t->end - t->start != t->norm_len);
}

static inline const struct lexeme *
lx(const struct scan *sc, uint32_t p)
{
	return &sc->lxb[p - sc->lo];
}

static const struct sense *
sense_of(const struct scan *sc, uint32_t p, int cls)
{
	const struct tnode *n;
	size_t i;

	if (p >= sc->hi || !(lx(sc, p)->mask & (1ULL << cls)))
		return NULL;
	n = &sc->r->nodes[lx(sc, p)->node];
	for (i = 0; i < n->n; i++)
		if (n->s[i].cls == cls && sense_ok(sc, p, lx(sc, p)->n, &n->s[i]))
			return &n->s[i];
	return NULL;
}

static int
is(const struct scan *sc, uint32_t p, int cls)
{
	return p < sc->hi && (lx(sc, p)->mask & (1ULL << cls)) != 0;
}

/* Is token p in the side list of class cls for the scan's languages? */
static int
side_is(const struct scan *sc, uint32_t p, int cls)
{
	const struct timex_rules *r = sc->r;
	uint64_t tok;
	size_t j;

	if (p < sc->lo || p >= sc->hi || r->nside == 0)
		return 0;
	tok = sc->doc->toks[p].hash;
	j = (size_t)side_slot(r, tok, cls) & (r->sidecap - 1);
	for (; r->side[j].used; j = (j + 1) & (r->sidecap - 1))
		if (r->side[j].tok == tok && r->side[j].cls == cls)
			return (r->side[j].lang & sc->lang) != 0;
	return 0;
}

static int
ival(const struct scan *sc, uint32_t p, int cls)
{
	return sense_of(sc, p, cls)->ival;
}

static const char *
code(const struct scan *sc, uint32_t p, int cls)
{
	return sense_of(sc, p, cls)->code;
}

/* The position after the lexeme at p (p + 1 past the sentence's end). */
static uint32_t
nx(const struct scan *sc, uint32_t p)
{
	if (p >= sc->hi)
		return p + 1;
	return p + (lx(sc, p)->n ? lx(sc, p)->n : 1);
}

static const char *
norm(const struct scan *sc, uint32_t p)
{
	return text_tok_norm(sc->doc, p);
}

static int
is_punct(const struct scan *sc, uint32_t p, char c)
{
	const char *s;

	if (p >= sc->hi || sc->doc->toks[p].type != TOK_PUNCT)
		return 0;
	s = norm(sc, p);
	return s[0] == c && s[1] == '\0';
}

/* The lexeme before p within the sentence (single-token view). */
static int
prev_is(const struct scan *sc, uint32_t p, int cls)
{
	uint32_t q;

	for (q = p; q > sc->lo && q + MAX_DEPTH > p; q--)
		if (q - 1 + lx(sc, q - 1)->n == p)
			return is(sc, q - 1, cls);
	return 0;
}

/* snprintf(dst, cap, "%s", src) without the formatting machinery: the
 * hot path copies short strings. */
static void
copy_str(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);

	if (cap == 0)
		return;
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* snprintf(dst, cap, "%ld", v) for the small counts of number words. */
static void
fmt_count(char *dst, size_t cap, long v)
{
	char tmp[16];
	size_t n = sizeof(tmp);

	if (v < 0 || v > 999999999) {
		snprintf(dst, cap, "%ld", v);
		return;
	}
	tmp[--n] = '\0';
	do {
		tmp[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	copy_str(dst, cap, tmp + n);
}

/* ---- numbers written with digits ---- */

enum { N_NONE, N_INT, N_ORD, N_HM, N_DEC, N_DECADE };

struct num {
	int kind;
	long v;
	int ndig;
	int min;		/* N_HM minutes, -1 when absent */
	char text[16];		/* N_DEC: "30.4" */
};

static int
num_suffix_kind(const char *s)
{
	static const char *const ords[] = { "er", "re", "ere", "e", "eme",
	    "st", "nd", "rd", "th", NULL };
	size_t i;

	if (*s == '\0')
		return N_INT;
	if (strcmp(s, "s") == 0)
		return N_DECADE;
	for (i = 0; ords[i]; i++)
		if (strcmp(s, ords[i]) == 0)
			return N_ORD;
	return N_NONE;
}

/* Parse a digits-first folded token ("20", "1er", "14h30", "30,4", "1990s"). */
static struct num
num_parse(const char *s)
{
	struct num n;
	const char *e;

	memset(&n, 0, sizeof(n));
	n.min = -1;
	for (e = s; isdigit((unsigned char)*e) && e - s < 9; e++)
		n.v = n.v * 10 + (*e - '0');
	n.ndig = (int)(e - s);
	if (n.ndig == 0 || isdigit((unsigned char)*e))
		return n;
	if ((*e == ',' || *e == '.') && isdigit((unsigned char)e[1])) {
		n.kind = strspn(e + 1, "0123456789") == strlen(e + 1) &&
		    strlen(s) < sizeof(n.text) ? N_DEC : N_NONE;
		copy_str(n.text, sizeof(n.text), s);
		n.text[e - s] = '.';
		return n;
	}
	if (*e == 'h' && (e[1] == '\0' || (isdigit((unsigned char)e[1]) &&
	    isdigit((unsigned char)e[2]) && e[3] == '\0'))) {
		n.min = e[1] ? (e[1] - '0') * 10 + (e[2] - '0') : 0;
		n.kind = (n.v <= 24 && n.min < 60) ? N_HM : N_NONE;
		return n;
	}
	n.kind = num_suffix_kind(e);
	return n;
}

/* The number of token p, from the lexeme cache. */
static struct num
num_at(const struct scan *sc, uint32_t p)
{
	const struct lexeme *l;
	struct num n;

	if (p >= sc->hi || !lx(sc, p)->digit) {
		n.kind = N_NONE;
		n.v = n.ndig = 0;
		n.min = -1;
		return n;
	}
	l = lx(sc, p);
	if (l->nkind == N_DEC)
		return num_parse(norm(sc, p));
	n.kind = l->nkind;
	n.v = l->nv;
	n.ndig = l->ndig;
	n.min = l->nmin;
	return n;
}

/* Longest vocabulary phrase at token i for the scan's languages. */
static struct lexeme
lexeme_at(const struct scan *sc, uint32_t i, uint32_t hi)
{
	const struct timex_rules *r = sc->r;
	struct lexeme best = { 0, 0, 1, 0, 0, 0, 0, 0 };
	uint64_t mask;
	uint32_t node = 0, k, s;

	if ((best.digit = isdigit((unsigned char)*norm(sc, i)) != 0)) {
		struct num n = num_parse(norm(sc, i));

		best.nkind = (uint8_t)n.kind;
		best.ndig = (uint8_t)n.ndig;
		best.nmin = (int8_t)n.min;
		best.nv = (int32_t)n.v;
	}
	if (!(r->roots[root_bit(sc->doc->toks[i].hash) / 64] &
	    (1ULL << (root_bit(sc->doc->toks[i].hash) % 64))))
		return best;
	for (k = 0; k < MAX_DEPTH && i + k < hi; k++) {
		node = edge_find(r, node, sc->doc->toks[i + k].hash);
		if (node == 0)
			break;
		for (mask = 0, s = 0; s < r->nodes[node].n; s++)
			if (sense_ok(sc, i, k + 1, &r->nodes[node].s[s]))
				mask |= 1ULL << r->nodes[node].s[s].cls;
		if (mask != 0) {
			best.mask = mask;
			best.node = node;
			best.n = (uint16_t)(k + 1);
		}
	}
	return best;
}

/* A count before a unit: digits, a number word or a vague word (-1). */
static int
count_at(const struct scan *sc, uint32_t p, long *v, char *txt, size_t len)
{
	struct num n = num_at(sc, p);

	if (n.kind == N_INT || n.kind == N_DEC) {
		*v = n.v;
		copy_str(txt, len, n.kind == N_DEC ? n.text : norm(sc, p));
		return 1;
	}
	if (is(sc, p, C_NUMBER)) {
		*v = ival(sc, p, C_NUMBER);
		fmt_count(txt, len, *v);
		return 1;
	}
	if (is(sc, p, C_VAGUE)) {
		*v = -1;
		copy_str(txt, len, "X");
		return 1;
	}
	return 0;
}

/* A day of the month: "20", "1er", "premier", "20th". 0 when not one. */
static int
daynum_at(const struct scan *sc, uint32_t p)
{
	struct num n = num_at(sc, p);

	if ((n.kind == N_INT || n.kind == N_ORD) && n.ndig <= 2 &&
	    n.v >= 1 && n.v <= 31)
		return (int)n.v;
	if (is(sc, p, C_ORDINAL) && ival(sc, p, C_ORDINAL) == 1)
		return 1;
	return 0;
}

/* A four-digit year 1000..2199, or 0. */
static int
year4_at(const struct scan *sc, uint32_t p)
{
	struct num n = num_at(sc, p);
	const struct token *t = &sc->doc->toks[p < sc->hi ? p : sc->lo];

	/* "2 000" is a count: years carry no thousands separator */
	if (n.kind == N_INT && n.ndig == 4 && n.v >= 1000 && n.v <= 2199 &&
	    t->end - t->start == 4)
		return (int)n.v;
	return 0;
}

/* Two-digit year v in the century that puts it at most ten years after
 * the reference ("98" -> 1998, "09" -> 2009 in 2024). */
static int
century_year(const struct scan *sc, int v)
{
	int y, refy, m, d;

	civil_from_days(sc->ref_day, &refy, &m, &d);
	y = (refy / 100) * 100 + v;
	return y > refy + 10 ? y - 100 : y;
}

/* A two-digit year after a month name ("octobre 98"), or 0. */
static int
year2_at(const struct scan *sc, uint32_t p)
{
	struct num n = num_at(sc, p);

	if (n.kind != N_INT || n.ndig != 2)
		return 0;
	return century_year(sc, (int)n.v);
}

/* ---- value formatting ---- */

static void
set_day(struct tres *t, int64_t z)
{
	int y, m, d;

	civil_from_days(z, &y, &m, &d);
	if (y >= 0 && y <= 9999) {	/* "%04d-%02d-%02d" by hand: hot */
		char *o = t->value;

		o[0] = (char)('0' + y / 1000);
		o[1] = (char)('0' + y / 100 % 10);
		o[2] = (char)('0' + y / 10 % 10);
		o[3] = (char)('0' + y % 10);
		o[4] = '-';
		o[5] = (char)('0' + m / 10);
		o[6] = (char)('0' + m % 10);
		o[7] = '-';
		o[8] = (char)('0' + d / 10);
		o[9] = (char)('0' + d % 10);
		o[10] = '\0';
	} else
		snprintf(t->value, sizeof(t->value), "%04d-%02d-%02d", y, m, d);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_DAY;
	t->day = z;
}

static void
set_pod(struct tres *t, int64_t z, const char *pod)
{
	set_day(t, z);
	snprintf(t->value + 10, sizeof(t->value) - 10, "T%s", pod);
	t->type = "TIME";
	t->gran = EXTRACT_GRAN_TIME;
}

static void
set_clock(struct tres *t, int64_t z, int h, int mi)
{
	set_day(t, z);
	/* "dimanche à minuit" ends that day: TIMEX3 "T24:00" */
	snprintf(t->value + 10, sizeof(t->value) - 10, "T%02d:%02d",
	    h == 24 && mi == 0 ? 24 : h % 24, mi);
	t->type = "TIME";
	t->gran = EXTRACT_GRAN_TIME;
}

static void
set_month(struct tres *t, int y, int m)
{
	snprintf(t->value, sizeof(t->value), "%04d-%02d", y, m);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_MONTH;
}

static void
set_year(struct tres *t, int y)
{
	snprintf(t->value, sizeof(t->value), "%04d", y);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_YEAR;
}

static void
set_week(struct tres *t, int64_t z, const char *suffix)
{
	int64_t th = z - (weekday_of(z) - 1) + 3;	/* Thursday of z's week */
	int y, m, d;

	civil_from_days(th, &y, &m, &d);
	snprintf(t->value, sizeof(t->value), "%04d-W%02d%s", y,
	    (int)((th - days_from_civil(y, 1, 1)) / 7 + 1), suffix);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_WEEK;
}

static void
set_other(struct tres *t, const char *type, enum extract_gran g,
    const char *value)
{
	copy_str(t->value, sizeof(t->value), value);
	t->type = type;
	t->gran = g;
}

static void
ref_ymd(const struct scan *sc, int *y, int *m, int *d)
{
	civil_from_days(sc->ref_day, y, m, d);
}

/* The day relative expressions about the text's story hang on. */
static int64_t
anchor(const struct scan *sc)
{
	if (sc->anchor_day != NO_DAY && sc->anchor_sent + ANCHOR_SENTS >= sc->sent)
		return sc->anchor_day;
	return sc->ref_day;
}

static int tense_near(const struct scan *sc, uint32_t p);

/*
 * Year for month m (and day d, 0 for a whole month) with no year written:
 * dir -1 strictly before the reference, 1 strictly after, -2 on or before,
 * 2 on or after, 0 the nearest (the same year on a tie).
 */
static int
year_for(const struct scan *sc, int m, int d, int dir)
{
	int y, rm, rd;
	long here, there;

	ref_ymd(sc, &y, &rm, &rd);
	here = m * 32 + d;
	there = rm * 32 + (d ? rd : 0);
	if (dir == -1)
		return here < there ? y : y - 1;
	if (dir == 1)
		return here > there ? y : y + 1;
	if (dir == -2)
		return here <= there ? y : y - 1;
	if (dir == 2)
		return here >= there ? y : y + 1;
	if (m - rm > 6)
		return y - 1;
	if (rm - m > 6)
		return y + 1;
	return y;
}

/* Shift the reference by n units (unit code) and format at that grain. */
static int
set_shifted(struct tres *t, int64_t base, const char *unit, long n)
{
	int y, m, d;
	long mm;

	civil_from_days(base, &y, &m, &d);
	if (strcmp(unit, "D") == 0)
		set_day(t, base + n);
	else if (strcmp(unit, "W") == 0)
		set_week(t, base + 7 * n, "");
	else if (strcmp(unit, "WE") == 0)
		set_week(t, base + 7 * n, "-WE");
	else if (strcmp(unit, "M") == 0) {
		mm = (long)y * 12 + (m - 1) + n;
		set_month(t, (int)(mm / 12), (int)(mm % 12) + 1);
	} else if (strcmp(unit, "Y") == 0)
		set_year(t, y + (int)n);
	else if (strcmp(unit, "Q") == 0) {
		mm = (long)y * 4 + (m - 1) / 3 + n;
		snprintf(t->value, sizeof(t->value), "%04ld-Q%ld", mm / 4, mm % 4 + 1);
		t->type = "DATE";
		t->gran = EXTRACT_GRAN_QUARTER;
	} else if (strcmp(unit, "DE") == 0) {
		snprintf(t->value, sizeof(t->value), "%03d", y / 10 + (int)n);
		t->type = "DATE";
		t->gran = EXTRACT_GRAN_DECADE;
	} else
		return 0;
	return 1;
}

/* "P2D", "PT30.4S", "PXY" for count txt of unit. */
static int
set_duration(struct tres *t, const char *txt, const char *unit)
{
	static const char *const u[][2] = {
		{ "Y", "Y" }, { "M", "M" }, { "W", "W" }, { "WE", "WE" },
		{ "D", "D" }, { "H", "TH" }, { "MIN", "TM" }, { "S", "TS" },
		{ "Q", "Q" }, { "HY", "HY" }, { "DE", "DE" }, { "CE", "CE" },
	};
	size_t i;

	for (i = 0; i < sizeof(u) / sizeof(u[0]); i++) {
		if (strcmp(unit, u[i][0]) != 0)
			continue;
		if (u[i][1][0] == 'T')
			snprintf(t->value, sizeof(t->value), "PT%s%s", txt, u[i][1] + 1);
		else
			snprintf(t->value, sizeof(t->value), "P%s%s", txt, u[i][1]);
		t->type = "DURATION";
		t->gran = EXTRACT_GRAN_DURATION;
		return 1;
	}
	return 0;
}

/* ---- context helpers ---- */

/* Is p past the sentence, or at punctuation or a function word? */
static int
boundary(const struct scan *sc, uint32_t p)
{
	return p >= sc->hi || sc->doc->toks[p].type != TOK_WORD ||
	    is(sc, p, C_PREP) || is(sc, p, C_OF) || is(sc, p, C_DET);
}

/* The tense a lower-case verb's ending shows: 1 future, -1 past, 0 none. */
static int
suffix_tense(const struct scan *sc, uint32_t p)
{
	const struct token *t = &sc->doc->toks[p];
	const char *s = norm(sc, p);
	size_t i, n, len = t->norm_len;

	if (t->type != TOK_WORD || (t->flags & TOK_F_CAP) || len < 5)
		return 0;
	for (i = 0; i < sc->r->nsuffix; i++) {
		n = sc->r->suffix_len[i];
		if ((sc->r->suffix_lang[i] & sc->lang) && n < len &&
		    memcmp(s + len - n, sc->r->suffix[i], n) == 0)
			return sc->r->suffix_tense[i];
	}
	return 0;
}

/*
 * "Le président, arrivé mardi soir, doit se rendre jeudi": a lower-case
 * word right before p that ends as a past participle (partsuffix, matched
 * on the written form, accents included) and is no future marker ("prévu
 * mardi") puts the time in the past, whatever the clause's tense; not
 * after a future or "être" ("sera signé", "doit être signé le 17 mars").
 */
static int
participle_before(const struct scan *sc, uint32_t p)
{
	const struct token *t;
	const char *w;
	size_t i, n, len;

	if (sc->r->npart == 0 || p <= sc->lo || is(sc, p - 1, C_FUT))
		return 0;
	if (p - 1 > sc->lo && (is(sc, p - 2, C_FUT) || suffix_tense(sc, p - 2)
	    > 0 || strcmp(norm(sc, p - 2), "etre") == 0))
		return 0;	/* "sera signé", "doit être signé le 17 mars" */
	t = &sc->doc->toks[p - 1];
	w = sc->doc->text + t->start;
	len = t->end - t->start;
	if (t->type != TOK_WORD || (t->flags & TOK_F_CAP) || len < 5)
		return 0;
	for (i = 0; i < sc->r->npart; i++) {
		n = strlen(sc->r->part[i]);
		if ((sc->r->part_lang[i] & sc->lang) && n < len &&
		    memcmp(w + len - n, sc->r->part[i], n) == 0)
			return 1;
	}
	return 0;
}

/* A comma, semicolon, colon or quotation mark at p: a clause ends there. */
static int
clause_mark(const struct scan *sc, uint32_t p)
{
	const struct token *t = &sc->doc->toks[p];

	return t->type == TOK_QUOTE_OPEN || t->type == TOK_QUOTE_CLOSE ||
	    is_punct(sc, p, ',') || is_punct(sc, p, ';') || is_punct(sc, p, ':');
}

/* The tense marker at q: 1 future, -1 past, 0 none. An "-ed" before a
 * glued hyphen is an adjective ("closed-door"), after "be" a passive
 * infinitive ("to be delivered"), and so is an irregular past after "be"
 * or "been" ("will be held"): no tense. */
static int
tense_at(const struct scan *sc, uint32_t q)
{
	int tense;

	if (is(sc, q, C_FUT))
		return 1;
	if (is(sc, q, C_PASTT) && q > sc->lo && (strcmp(norm(sc, q - 1), "be")
	    == 0 || strcmp(norm(sc, q - 1), "been") == 0))
		return 0;	/* "will be held": a participle */
	if (is(sc, q, C_PASTT))
		return -1;
	if ((tense = suffix_tense(sc, q)) < 0 && q + 1 < sc->hi &&
	    is_punct(sc, q + 1, '-') && (sc->doc->toks[q + 1].flags &
	    TOK_F_GLUED))
		return 0;
	if (tense < 0 && q > sc->lo && strcmp(norm(sc, q - 1), "be") == 0)
		return 0;	/* "to be delivered", "must be signed" */
	return tense;
}

/*
 * The tense marker nearest p within 12 tokens: first within p's clause
 * (between commas and quotation marks: "will hold talks on Friday,
 * officials said"), else within its sentence. 1 future, -1 past, 0 none.
 * One pass: the nearest marker outside the clause is kept as a fallback.
 */
static int
tense_near(const struct scan *sc, uint32_t p)
{
	uint32_t k, q;
	int side, tense, outside = 0, crossed[2] = { 0, 0 };

	if (participle_before(sc, p))
		return -1;	/* "arrivé mardi soir" */

	for (k = 1; k <= 12; k++) {
		for (side = 0; side < 2; side++) {
			if (side == 0 && p < sc->lo + k)
				continue;
			q = side == 0 ? p - k : p + k;
			if (q >= sc->hi)
				continue;
			if (!crossed[side] && clause_mark(sc, q)) {
				crossed[side] = 1;	/* out of p's clause */
				continue;
			}
			if ((tense = tense_at(sc, q)) == 0)
				continue;
			if (!crossed[side])
				return tense;
			if (outside == 0)
				outside = tense;
		}
	}
	return outside;
}

/* Weekday wd relative to day z: dir -1 strictly before, 1 strictly after,
 * -2 on or before, 2 on or after, 0 nearest. */
static int64_t
weekday_from(int64_t z, int wd, int dir)
{
	int diff = wd - weekday_of(z);	/* -6..6 */

	switch (dir) {
	case -1:
		return z + (diff < 0 ? diff : diff - 7);
	case -2:
		return z + (diff <= 0 ? diff : diff - 7);
	case 1:
		return z + (diff > 0 ? diff : diff + 7);
	case 2:
		return z + (diff >= 0 ? diff : diff + 7);
	default:
		return z + (diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff);
	}
}

/* "[det] début|mi|fin [-] [de] [det]": the position after, or p. */
static uint32_t
skip_rmod(const struct scan *sc, uint32_t p)
{
	uint32_t q = p;

	if (is(sc, q, C_DET))
		q = nx(sc, q);
	if (!is(sc, q, C_RMOD))
		return p;
	q = nx(sc, q);
	if (is_punct(sc, q, '-'))
		q++;
	if (is(sc, q, C_OF))
		q = nx(sc, q);
	if (is(sc, q, C_DET))
		q = nx(sc, q);
	return q;
}

/* A month name at p (English ones capitalized); *ctx set for month_ctx. */
static int
month_at(const struct scan *sc, uint32_t p, int *m, int *needs_ctx)
{
	const struct sense *s;

	*needs_ctx = 0;
	if ((s = sense_of(sc, p, C_MONTH)) == NULL) {
		if ((s = sense_of(sc, p, C_MONTH_CTX)) == NULL)
			return 0;
		*needs_ctx = 1;
	}
	if (s->lang == LANG_EN && !(sc->doc->toks[p].flags & TOK_F_CAP))
		return 0;
	*m = s->ival;
	return 1;
}

static int
unit_is(const struct scan *sc, uint32_t p, const char *u)
{
	return is(sc, p, C_UNIT) && strcmp(code(sc, p, C_UNIT), u) == 0;
}

/*
 * A clock time at p: "14h30", "14 h 30", "14 heures", "2 p.m.", "14:30",
 * "midi", "1230 GMT" (four digits before a time zone, `tz`). *strong is 0
 * for "14 heures" alone (a duration unless "à" precedes). Returns the end
 * position or 0.
 */
static uint32_t
clock_at(const struct scan *sc, uint32_t p, int *h, int *mi, int *strong)
{
	struct num n = num_at(sc, p), m;
	uint32_t q = p + 1;

	*strong = 1;
	*mi = 0;
	if (is(sc, p, C_CLOCK)) {
		if ((sc->doc->toks[p].flags & (TOK_F_CAP | TOK_F_SENT_START)) ==
		    TOK_F_CAP)
			return 0;	/* "le Midi": the region */
		if (sscanf(code(sc, p, C_CLOCK), "%d:%d", h, mi) != 2 ||
		    *h < 0 || *h > 24 || *mi < 0 || *mi > 59)
			return 0;	/* a malformed clock entry */
		return nx(sc, p);
	}
	if (n.kind == N_HM) {
		*h = (int)n.v;
		*mi = n.min;
		return q;
	}
	if (n.kind == N_INT && n.ndig == 4 && side_is(sc, q, C_TZ) &&
	    n.v / 100 <= 24 && n.v % 100 < 60) {
		*h = (int)(n.v / 100);	/* "1230 GMT" */
		*mi = (int)(n.v % 100);
		return q;
	}
	if (n.kind != N_INT || n.v > 24 || n.ndig > 2)
		return 0;
	*h = (int)n.v;
	if (is(sc, q, C_HOUR)) {
		*strong = strcmp(norm(sc, q), "h") == 0;
		q = nx(sc, q);
		m = num_at(sc, q);
		if (m.kind == N_INT && m.ndig == 2 && m.v < 60) {
			*mi = (int)m.v;
			*strong = 1;
			q++;
		}
		return q;
	}
	if (is_punct(sc, q, ':') && (m = num_at(sc, q + 1)).kind == N_INT &&
	    m.ndig == 2 && m.v < 60) {
		*mi = (int)m.v;
		q += 2;
	} else if (!is(sc, q, C_AMPM))
		return 0;
	if (is(sc, q, C_AMPM)) {
		if (*h < 12 && strcmp(code(sc, q, C_AMPM), "PM") == 0)
			*h += 12;
		if (*h == 12 && strcmp(code(sc, q, C_AMPM), "AM") == 0)
			*h = 0;
		q = nx(sc, q);
	}
	return q;
}

/* ---- the grammars: each matches at p or returns 0 ---- */

/*
 * A part of the day right after a day, bare or after a preposition with no
 * article ("mardi soir", "le 18 juin au matin", "la veille au soir", "en
 * soirée"): that part of day z. "mardi dans la soirée" keeps two
 * expressions, as the gold convention has it. Returns the end, or q.
 */
static uint32_t
pod_after(const struct scan *sc, uint32_t q, int64_t z, struct tres *t)
{
	uint32_t r = q;

	if (is(sc, r, C_PREP) && !is(sc, r, C_POD))
		r = nx(sc, r);
	if (!is(sc, r, C_POD))
		return q;
	set_pod(t, z, code(sc, r, C_POD));
	return nx(sc, r);
}

/*
 * "vendredi à minuit", "Sunday at noon": a named hour right after a day
 * names a time of that day (one expression, as the gold convention has
 * it). Digits stay apart ("mardi vers 21 h 45": two, as in TimeBank).
 * Returns the end.
 */
static uint32_t
clock_after(const struct scan *sc, uint32_t q, int64_t z, struct tres *t)
{
	int h, mi, strong;
	uint32_t e;

	if (!is(sc, q, C_CLOCKPREP) || !is(sc, nx(sc, q), C_CLOCK) ||
	    (e = clock_at(sc, nx(sc, q), &h, &mi,
	    &strong)) == 0)
		return q;
	set_clock(t, z, h, mi);
	t->day = z;
	return e;
}

/*
 * "depuis novembre", "since October 7": a phrase ending right before p is
 * a `dur` word with VALUE since; what follows it has begun.
 */
static int
since_before(const struct scan *sc, uint32_t p)
{
	for (uint32_t q = p; q-- > sc->lo && q + MAX_DEPTH > p;)
		if (q + lx(sc, q)->n == p && is(sc, q, C_DUR) &&
		    strcmp(code(sc, q, C_DUR), "since") == 0)
			return 1;
	return 0;
}

/* "le 20 juin 2024", "mardi 18 juin", "1er mai", "June 20, 2024". */
static int
p_date(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p, yq;
	int d, m = 0, y = 0, dir = 0, ctx;

	if ((is(sc, q, C_DET) || is(sc, q, C_THIS)) &&
	    ((sense_of(sc, q, is(sc, q, C_DET) ? C_DET : C_THIS)->lang & LANG_FR) ||
	    daynum_at(sc, nx(sc, q))))
		q = nx(sc, q);	/* "le 20 juin", "the 20th of June" */
	if (is(sc, q, C_WEEKDAY)) {
		q = nx(sc, q);
		if (is_punct(sc, q, ','))
			q++;
	}
	if ((d = daynum_at(sc, q)) != 0) {
		q = nx(sc, q);
		if (is_punct(sc, q, '-') && (sc->doc->toks[q].flags & TOK_F_GLUED))
			q++;	/* "le 14-Juillet", "le 8-Mai": the holiday */
		if (is(sc, q, C_OF))
			q = nx(sc, q);
		if (!month_at(sc, q, &m, &ctx))
			return 0;
		q = nx(sc, q);
		if ((y = year2_at(sc, q)) != 0 && boundary(sc, q + 1))
			q++;
		else
			y = 0;
	} else if (month_at(sc, q, &m, &ctx) &&
	    (d = daynum_at(sc, nx(sc, q))) != 0)
		q = nx(sc, nx(sc, q));
	else
		return 0;
	yq = is_punct(sc, q, ',') ? q + 1 : q;
	if (y == 0 && (y = year4_at(sc, yq)) != 0)
		q = yq + 1;
	else if (y == 0 && (is(sc, q, C_PAST) || is(sc, q, C_NEXT))) {
		dir = is(sc, q, C_PAST) ? -1 : 1;
		q = nx(sc, q);
	}
	if (y == 0 && dir == 0 && since_before(sc, p))
		dir = -2;	/* "depuis le 7 octobre" */
	if (y == 0 && sc->sent == 0 && is_punct(sc, q, '('))
		y = year_for(sc, m, d, 0);	/* a dateline: no tense */
	else if (y == 0)
		y = year_for(sc, m, d, dir ? dir : 2 * tense_near(sc, p));
	if (d > days_in_month(y, m))
		return 0;
	set_day(t, days_from_civil(y, m, d));
	q = pod_after(sc, q, t->day, t);
	t->end = clock_after(sc, q, t->day, t);
	return 1;
}

/*
 * A French month name written with a capital inside a sentence is a name
 * ("Avril Haines", "le maréchal Juin"): French writes months in lower
 * case. With a day number before it ("le 14-Juillet") p_date reads it.
 */
static int
name_month(const struct scan *sc, uint32_t p)
{
	const struct sense *s = sense_of(sc, p, C_MONTH);

	if (s == NULL)
		s = sense_of(sc, p, C_MONTH_CTX);
	return s != NULL && s->lang == LANG_FR && (sc->doc->toks[p].flags &
	    (TOK_F_CAP | TOK_F_SENT_START)) == TOK_F_CAP;
}

/* "en mars dernier", "juin prochain", "fin mai", "le mois de juin", "août 2001". */
static int
p_month(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = skip_rmod(sc, p);
	int m, y = 0, dir = 0, needs, ctx = q != p || prev_is(sc, p, C_PREP) ||
	    prev_is(sc, p, C_OF) || prev_is(sc, p, C_RMOD);

	if (q == p && is(sc, q, C_DET) && unit_is(sc, nx(sc, q), "M"))
		q = nx(sc, q);
	if (unit_is(sc, q, "M") && is(sc, nx(sc, q), C_OF)) {
		q = nx(sc, nx(sc, q));
		ctx = 1;
	}
	if (!month_at(sc, q, &m, &needs) || name_month(sc, q))
		return 0;
	q = nx(sc, q);
	if ((y = year4_at(sc, q)) != 0)
		q++;
	else if ((y = year2_at(sc, q)) != 0 && boundary(sc, q + 1))
		q++;
	else if (is(sc, q, C_PAST) || is(sc, q, C_NEXT)) {
		y = 0;
		dir = is(sc, q, C_PAST) ? -1 : 1;
		q = nx(sc, q);
	} else
		y = 0;
	if (needs && !ctx && y == 0 && dir == 0)
		return 0;
	if (y == 0 && dir == 0 && since_before(sc, p))
		dir = -2;	/* "depuis novembre" */
	if (y == 0)
		y = year_for(sc, m, 0, dir ? dir : 2 * tense_near(sc, p));
	set_month(t, y, m);
	t->end = q;
	return 1;
}

/* "en 2019", "l'année 2001", "fin 2023", "1998," */
static int
p_year(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = skip_rmod(sc, p);
	int y, ctx = q != p;

	if (is(sc, q, C_DET) && unit_is(sc, nx(sc, q), "Y"))
		q = nx(sc, q);
	if (unit_is(sc, q, "Y")) {
		if (is(sc, q, C_DECADES))
			return 0;	/* "les années 1990" */
		q = nx(sc, q);
		ctx = 1;
	}
	if ((y = year4_at(sc, q)) == 0 || (q > sc->lo && side_is(sc, q - 1,
	    C_LABEL)) || side_is(sc, q + 1, C_TZ))
		return 0;	/* "la résolution 1701", "at 1230 GMT" */
	if (q == p && !prev_is(sc, p, C_PREP) && !prev_is(sc, p, C_OF) &&
	    !boundary(sc, q + 1))
		return 0;
	if (q == p && prev_is(sc, p, C_OF) && side_is(sc, q + 1, C_COUNTED))
		return 0;	/* "l'envoi de 2000 soldats", "a total of
				 * 1500 people": a count */
	if (!ctx && q != p)
		return 0;
	if (is(sc, q + 1, C_UNIT) || num_at(sc, q + 1).kind != N_NONE)
		return 0;	/* "2000 ans", "2 000" */
	set_year(t, y);
	t->end = q + 1;
	return 1;
}

/* Day of weekday wd for a bare or modified weekday at p. */
static int64_t
weekday_day(const struct scan *sc, uint32_t p, int wd, int this, int same,
    int dir)
{
	if (same)
		return weekday_from(anchor(sc), wd, 0);
	if (this)
		return weekday_from(sc->ref_day, wd, 0);
	if (dir == 3)
		return weekday_from(anchor(sc), wd, 1);
	if (dir != 0)
		return weekday_from(sc->ref_day, wd, dir);
	return weekday_from(sc->ref_day, wd, tense_near(sc, p) > 0 ? 2 : -2);
}

/*
 * "mardi 18", "le vendredi 14" with no month: the day of that weekday
 * within two weeks of *z whose day of the month is the number (nearest
 * first); the number is then part of the span. A number that fits no such
 * day, or reads as a clock time or a count of units, is left alone.
 * Returns the end.
 */
static uint32_t
weekday_daynum(const struct scan *sc, uint32_t q, int64_t *z)
{
	static const int order[] = { 0, -1, 1, -2, 2 };
	int d = daynum_at(sc, q), y, m, dd;

	if (d == 0 || !lx(sc, q)->digit || is(sc, q + 1, C_HOUR) ||
	    is(sc, q + 1, C_UNIT) || is(sc, q + 1, C_AMPM) ||
	    is(sc, q + 1, C_MONTH) || is(sc, q + 1, C_MONTH_CTX))
		return q;
	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		civil_from_days(*z + 7 * order[k], &y, &m, &dd);
		if (dd == d) {
			*z += 7 * order[k];
			return q + 1;
		}
	}
	return q;
}

/* A word with a capital inside the sentence at p (not its first word). */
static int
cap_word(const struct scan *sc, uint32_t p)
{
	return p >= sc->lo && p < sc->hi && sc->doc->toks[p].type == TOK_WORD &&
	    (sc->doc->toks[p].flags & (TOK_F_CAP | TOK_F_SENT_START)) ==
	    TOK_F_CAP;
}

/*
 * An English weekday inside a name: after a capitalized word that is no
 * time word ("Good Friday", "Super Tuesday", "Bloody Sunday"), or between
 * "the" and a capitalized word that is no month ("the Sunday Times").
 */
static int
weekday_name(const struct scan *sc, uint32_t p)
{
	const struct sense *s = sense_of(sc, p, C_WEEKDAY);

	if (s == NULL || s->lang != LANG_EN)
		return 0;
	if (p > sc->lo && cap_word(sc, p - 1) && lx(sc, p - 1)->node == 0)
		return 1;
	return p > sc->lo && is(sc, p - 1, C_DET) && cap_word(sc, p + 1) &&
	    !is(sc, p + 1, C_MONTH) && !is(sc, p + 1, C_MONTH_CTX);
}

/* "mardi", "mardi dernier", "ce mardi soir", "last Friday", "le mardi" (SET). */
static int
p_weekday(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p, w;
	int det = 0, this = 0, same = 0, wd, dir = 0;
	int64_t z;

	if (is(sc, q, C_DET))
		det = 1, q = nx(sc, q);
	else if (is(sc, q, C_THIS))
		this = 1, q = nx(sc, q);
	if (is(sc, q, C_PAST) || is(sc, q, C_NEXT)) {	/* "last Friday" */
		dir = is(sc, q, C_PAST) ? -1 : 1;
		this = 0;	/* "this past Sunday" */
		q = nx(sc, q);
	}
	if (is(sc, q, C_SAME))
		same = 1, q = nx(sc, q);
	if (is(sc, q, C_WEEKDAYS) && !this && !dir && !same) {
		snprintf(t->value, sizeof(t->value), "XXXX-WXX-%d",
		    ival(sc, q, C_WEEKDAYS));
		t->type = "SET";
		t->gran = EXTRACT_GRAN_SET;
		t->end = nx(sc, q);
		return 1;
	}
	if (!is(sc, q, C_WEEKDAY) || (!this && !dir && !same &&
	    weekday_name(sc, q)))
		return 0;
	wd = ival(sc, q, C_WEEKDAY);
	w = q;
	q = nx(sc, q);
	if (dir == 0 && (is(sc, q, C_PAST) || is(sc, q, C_NEXT))) {
		dir = is(sc, q, C_PAST) ? -1 : 1;
		q = nx(sc, q);
	} else if (dir == 0 && is(sc, q, C_FOLLOWING)) {
		dir = 3;
		q = nx(sc, q);
	}
	if (det && dir == 0 && !same && sense_of(sc, p, C_DET)->lang == LANG_FR) {
		snprintf(t->value, sizeof(t->value), "XXXX-WXX-%d", wd);
		t->type = "SET";
		t->gran = EXTRACT_GRAN_SET;
		t->end = q;
		return 1;
	}
	z = weekday_day(sc, w, wd, this, same, dir);
	q = weekday_daynum(sc, q, &z);
	set_day(t, z);
	t->plan = z > sc->ref_day;
	q = pod_after(sc, q, z, t);
	t->end = clock_after(sc, q, z, t);
	return 1;
}

/* "hier", "hier matin", "aujourd'hui vendredi", "Hier à 10 h", "ce soir";
 * "that morning", "ce soir-là": a part of the anchor's day. */
static int
p_deictic(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p;
	int64_t z;
	int la;

	if (is(sc, p, C_POD_TODAY) || ((is(sc, p, C_THIS) ||
	    is(sc, p, C_DEM)) && is(sc, nx(sc, p), C_POD))) {
		q = is(sc, p, C_POD_TODAY) ? p : nx(sc, p);
		t->end = nx(sc, q);
		la = is(sc, p, C_THIS) && is(sc, t->end, C_DEM) &&
		    (sense_of(sc, t->end, C_DEM)->lang & LANG_FR);
		z = is(sc, p, C_DEM) || la ? anchor(sc) : sc->ref_day;
		if (z == sc->ref_day && strcmp(code(sc, q, is(sc, q, C_POD) ?
		    C_POD : C_POD_TODAY), "NI") == 0 && sc->ref_min < 21 * 60 &&
		    tense_near(sc, p) < 0)
			z--;	/* "Kiev a été frappée cette nuit": last night */
		set_pod(t, z, code(sc, q, is(sc, q, C_POD) ?
		    C_POD : C_POD_TODAY));
		if (la)
			t->end = nx(sc, t->end);	/* "ce soir-là" */
		return 1;
	}
	if (!is(sc, q, C_DEICTIC))
		return 0;
	z = sc->ref_day + ival(sc, q, C_DEICTIC);
	q = nx(sc, q);
	if (is(sc, q, C_WEEKDAY))
		q = nx(sc, q);
	set_day(t, z);
	if (is(sc, q, C_POD)) {
		set_pod(t, z, code(sc, q, C_POD));
		q = nx(sc, q);
	}
	t->end = q;
	return 1;
}

/*
 * The day of a bare part of the day at p ("dans la soirée", "la nuit",
 * "overnight"): the anchor's. With no anchor, in a past clause, a part of
 * the day that begins after the publication time is yesterday's ("La
 * police a dispersé les manifestants dans la nuit", published at 09:30:
 * the night before). The hours are those TIMEX3 gives its codes.
 */
static int64_t
pod_day(const struct scan *sc, uint32_t p, const char *pod)
{
	static const struct { char code[3]; int hour; } begins[] = {
		{ "MO", 5 }, { "DT", 8 }, { "AF", 12 }, { "EV", 18 }, { "NI", 21 },
	};

	if (sc->anchor_day != NO_DAY && sc->anchor_sent + ANCHOR_SENTS >= sc->sent)
		return sc->anchor_day;
	for (size_t i = 0; i < sizeof(begins) / sizeof(begins[0]); i++)
		if (strcmp(pod, begins[i].code) == 0)
			return begins[i].hour * 60 > sc->ref_min &&
			    tense_near(sc, p) < 0 ? sc->ref_day - 1 : sc->ref_day;
	return sc->ref_day;
}

/*
 * Parts of the day with no day word before them: "début de matinée", "en
 * fin de soirée", "overnight" (a pod_bare word: the anchor's), "last
 * night" (yesterday's), "overnight Saturday" (that weekday's).
 * Returns 1 on a match.
 */
static int
pod_bare(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = skip_rmod(sc, p);

	if (q != p && is(sc, q, C_POD)) {
		set_pod(t, pod_day(sc, p, code(sc, q, C_POD)), code(sc, q, C_POD));
		t->end = nx(sc, q);
		return 1;
	}
	if (is(sc, p, C_PAST) && !is(sc, p, C_DET) && is(sc, nx(sc, p), C_POD) &&
	    strcmp(code(sc, p, C_PAST), "pl") != 0) {
		set_pod(t, sc->ref_day - 1, code(sc, nx(sc, p), C_POD));
		t->end = nx(sc, nx(sc, p));	/* "last night" */
		return 1;
	}
	if (!is(sc, p, C_PODBARE))
		return 0;
	q = nx(sc, p);
	if (is(sc, q, C_WEEKDAY)) {
		set_pod(t, weekday_day(sc, q, ival(sc, q, C_WEEKDAY), 0, 0, 0),
		    code(sc, p, C_PODBARE));
		t->end = nx(sc, q);	/* "overnight Saturday" */
		return 1;
	}
	set_pod(t, pod_day(sc, p, code(sc, p, C_PODBARE)), code(sc, p,
	    C_PODBARE));
	t->end = q;	/* "overnight" */
	return 1;
}

/*
 * After the part of the day pod of "le matin", "the morning": "du 10
 * juin", "of June 10" make it that day's. Returns the end, or q.
 */
static uint32_t
pod_of_date(const struct scan *sc, uint32_t q, uint32_t pod, struct tres *t)
{
	struct tres d;

	if (!is(sc, q, C_OF))
		return q;
	memset(&d, 0, sizeof(d));
	d.day = NO_DAY;
	if (!p_date(sc, nx(sc, q), &d) || d.gran != EXTRACT_GRAN_DAY)
		return q;
	set_pod(t, d.day, code(sc, pod, C_POD));
	return d.end;
}

/* "dans la soirée" -> "la soirée", "le matin même", "l'après-midi",
 * "the same evening", "the next morning", "the previous evening", "la
 * nuit suivante", "la nuit dernière" (last night), "le matin du 10 juin". */
static int
p_pod(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p, pod;
	int next = 0;

	if (pod_bare(sc, p, t))
		return 1;
	if (!is(sc, q, C_DET))
		return 0;
	q = nx(sc, q);
	if ((is(sc, q, C_SAME) || is(sc, q, C_NEXT) || is(sc, q, C_FOLLOWING))
	    && is(sc, nx(sc, q), C_POD)) {
		next = !is(sc, q, C_SAME);	/* "the next morning" */
		q = nx(sc, q);
	} else if (is(sc, q, C_PAST) && is(sc, nx(sc, q), C_POD) &&
	    strcmp(code(sc, q, C_PAST), "pl") != 0) {
		next = -1;	/* "the previous evening" */
		q = nx(sc, q);
	}
	if (!is(sc, q, C_POD))
		return 0;
	pod = q;
	set_pod(t, (next ? anchor(sc) : pod_day(sc, p, code(sc, q, C_POD))) +
	    next, code(sc, q, C_POD));
	q = nx(sc, q);
	if (is(sc, q, C_SAME))
		q = nx(sc, q);
	else if (!next && is(sc, q, C_FOLLOWING)) {
		set_pod(t, anchor(sc) + 1, code(sc, pod, C_POD));
		q = nx(sc, q);	/* "la nuit suivante" */
	}
	else if (!next && is(sc, q, C_PAST) && strcmp(code(sc, q, C_PAST),
	    "pl") != 0) {
		set_pod(t, sc->ref_day - 1, code(sc, pod, C_POD));
		q = nx(sc, q);	/* "la nuit dernière": last night */
	}
	else if (is(sc, q, C_OF) && is(sc, nx(sc, q), C_WEEKDAY)) {
		/* "la nuit de vendredi à samedi" */
		q = nx(sc, q);
		set_pod(t, weekday_day(sc, q, ival(sc, q, C_WEEKDAY), 0, 0, 0),
		    code(sc, pod, C_POD));
		q = nx(sc, q);
		if (is(sc, q, C_PREP) && is(sc, nx(sc, q), C_WEEKDAY))
			q = nx(sc, nx(sc, q));
	} else if (!next)
		q = pod_of_date(sc, q, pod, t);
	t->end = q;
	return 1;
}

/* "le lendemain", "la veille au soir", "the next day". */
static int
p_anchor(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p;
	int64_t z;

	if (is(sc, q, C_DET))
		q = nx(sc, q);
	if (!is(sc, q, C_ANCHOR))
		return 0;
	z = ival(sc, q, C_ANCHOR);
	q = nx(sc, q);
	if (is(sc, q, C_OF) && z >= -366 && z <= 366) {
		t->shift = (int32_t)z;	/* "au lendemain de sa visite" */
		t->after = 1;
		copy_str(t->unit, sizeof(t->unit), "D");
	}
	/* "la veille de son arrivée": the story's main event */
	if (is(sc, q, C_OF) && sc->story_day != NO_DAY)
		z += sc->story_day;
	else
		z += anchor(sc);
	set_day(t, z);
	t->end = pod_after(sc, q, z, t);
	return 1;
}

/* "ces derniers jours", "ces trois dernières années", "the past two weeks",
 * "in recent months" (a plural-only "past" word before a plural unit),
 * "over the past year" (P1Y: "past" has VALUE dur). */
static int
p_recent(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p;
	char txt[16] = "X";
	const char *past;
	long v;

	if (is(sc, q, C_PAST) && strcmp(code(sc, q, C_PAST), "pl") == 0 &&
	    sense_of(sc, q, C_PAST)->lang == LANG_EN &&
	    is(sc, nx(sc, q), C_PLURAL) && !prev_is(sc, q, C_DET))
		return set_duration(t, "X", code(sc, nx(sc, q), C_UNIT)) &&
		    (t->end = nx(sc, nx(sc, q))) != 0;	/* "recent months" */
	if (!is(sc, q, C_THIS) && !is(sc, q, C_DET))
		return 0;
	q = nx(sc, q);
	if (count_at(sc, q, &v, txt, sizeof(txt)))
		q = nx(sc, q);
	if (!is(sc, q, C_PAST))
		return 0;
	past = code(sc, q, C_PAST);
	q = nx(sc, q);
	if (strcmp(txt, "X") == 0 && count_at(sc, q, &v, txt, sizeof(txt)))
		q = nx(sc, q);
	if (strcmp(txt, "X") == 0 && !is(sc, q, C_PLURAL) &&
	    strcmp(past, "dur") == 0 && !is(sc, p, C_THIS))
		copy_str(txt, sizeof(txt), "1");	/* "the past year": P1Y */
	else if (strcmp(txt, "X") == 0 && (!is(sc, p, C_THIS) ||
	    (!is(sc, q, C_PLURAL) && strcmp(past, "pl") != 0)))
		return 0;	/* "the previous week", "this past weekend"
				 * are dates */
	if (!is(sc, q, C_UNIT) || !set_duration(t, txt, code(sc, q, C_UNIT)))
		return 0;
	t->end = nx(sc, q);
	return 1;
}

static int coarse_day(const struct scan *sc, const char *u, int64_t *z);

/*
 * "over the weekend", "pendant le week-end": a weekend with only its
 * article names the last one, or the coming one in a future clause. French
 * "le week-end" alone is often habitual ("ferment le week-end"): only
 * after a preposition. p is the article.
 */
static int
the_weekend(const struct scan *sc, uint32_t p)
{
	return (sense_of(sc, p, C_DET)->lang & LANG_EN) ||
	    prev_is(sc, p, C_PREP) || prev_is(sc, p, C_DUR);
}

/* "l'an dernier", "la semaine prochaine", "cette année", "ce mois-ci",
 * "next week", "earlier this month", "la fin de l'année dernière". */
static int
p_rel(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = skip_rmod(sc, p);
	int n = 0, this = 0, pre = 0, rmod = q != p, det = 0, follow = 0;
	int64_t base = sc->ref_day;
	const char *u;

	if (q == p && (is(sc, q, C_EARLIER) || is(sc, q, C_LATER)) &&
	    is(sc, nx(sc, q), C_THIS))
		q = nx(sc, q);
	if (is(sc, q, C_THIS))
		this = 1, q = nx(sc, q);
	else if (is(sc, q, C_DET))
		det = q == p, q = nx(sc, q);
	if (this && (is(sc, q, C_PAST) || is(sc, q, C_NEXT)))
		this = 0;	/* "this past weekend", "this coming week" */
	if (!this && (is(sc, q, C_PAST) || is(sc, q, C_NEXT))) {
		if (strcmp(code(sc, q, is(sc, q, C_PAST) ? C_PAST : C_NEXT),
		    "pl") == 0)
			return 0;	/* "les prochains mois": no one month */
		n = is(sc, q, C_PAST) ? -1 : 1;
		pre = 1;
		q = nx(sc, q);
	} else if (!this && q != p && is(sc, q, C_FOLLOWING)) {
		n = 1, pre = 1, base = anchor(sc);	/* "the following week" */
		follow = 1;
		q = nx(sc, q);
	}
	if (!is(sc, q, C_UNIT) || is(sc, q, C_PLURAL))
		return 0;	/* "the coming days" name no one day */
	u = code(sc, q, C_UNIT);
	q = nx(sc, q);
	if (this && is(sc, q, C_CI))
		q = nx(sc, q);
	else if (!this && !pre && (is(sc, q, C_PAST) || is(sc, q, C_NEXT)))
		n = is(sc, q, C_PAST) ? -1 : 1, q = nx(sc, q);
	else if (!this && !pre && is(sc, q, C_FOLLOWING))
		n = 1, base = anchor(sc), follow = 1, q = nx(sc, q);
	else if (!this && !pre && !rmod && det && strcmp(u, "WE") == 0 &&
	    the_weekend(sc, p))
		base = weekday_from(base, 6, tense_near(sc, p) > 0 ? 2 : -2);
	else if (!this && !pre && !rmod)
		return 0;
	if (this && strcmp(u, "WE") == 0)
		base = weekday_from(base, 6, 0);	/* the nearest weekend */
	if (follow)
		coarse_day(sc, u, &base);	/* "en 2019 ... l'année suivante" */
	if (!set_shifted(t, base, u, n))
		return 0;
	if (strcmp(u, "D") == 0)
		t->day = base + n;
	else
		t->day = NO_DAY;
	t->end = q;
	return 1;
}

/* Shift for "il y a deux jours", "dans trois jours", "deux jours plus tard". */
static int
shift_amount(const struct scan *sc, struct tres *t, int64_t base, int sign,
    long v, const char *u)
{
	long min;

	if (strcmp(u, "H") == 0 || strcmp(u, "MIN") == 0) {
		min = sc->ref_min + sign * v * (u[0] == 'H' ? 60 : 1);
		base += min >= 0 ? min / 1440 : -((1439 - min) / 1440);
		min = ((min % 1440) + 1440) % 1440;
		set_clock(t, base, (int)(min / 60), (int)(min % 60));
		t->day = NO_DAY;
		return 1;
	}
	if (!set_shifted(t, base, u, sign * v))
		return 0;
	t->day = strcmp(u, "D") == 0 ? base + sign * v : NO_DAY;
	return 1;
}

enum { M_NONE, M_AGO, M_IN, M_LATER, M_EARLIER };

/* Is the count of years at p somebody's age ("Dupont, 45 ans", "les 6-16 ans")? */
static int
is_age(const struct scan *sc, uint32_t p)
{
	if (p > sc->lo && (is_punct(sc, p - 1, ',') || is_punct(sc, p - 1, '(') ||
	    is_punct(sc, p - 1, '-')))
		return 1;
	return p >= sc->lo + 2 && prev_is(sc, p, C_OF) && is(sc, p - 2, C_AGE);
}

/* The last date written is a month or a year, in this sentence or the
 * one before, and after the day anchor. */
static int
coarse_recent(const struct scan *sc)
{
	return sc->coarse[0] != '\0' && sc->coarse_sent + 1 >= sc->sent &&
	    (sc->anchor_day == NO_DAY || sc->anchor_tok < sc->coarse_tok);
}

/*
 * "Le traité a été signé en 2019. Deux ans plus tard", "L'année suivante",
 * "le mois suivant" (after "en mars 2019"): an amount of years, or of
 * months after a month, counts from that month or year, not from the day
 * anchor. Writes its first day into *z and returns 1, else 0.
 */
static int
coarse_day(const struct scan *sc, const char *u, int64_t *z)
{
	int y, m = 1;

	if (!coarse_recent(sc) || !(strcmp(u, "Y") == 0 || (strcmp(u, "M") ==
	    0 && sc->coarse_gran == EXTRACT_GRAN_MONTH)) ||
	    sscanf(sc->coarse, "%4d-%2d", &y, &m) < 1)
		return 0;
	*z = days_from_civil(y, m, 1);
	return 1;
}

/*
 * "Les États-Unis avaient imposé des sanctions en septembre dernier. Un
 * jour après ces sanctions, ...": when the last date written, in this
 * sentence or the one before and after the day anchor, is a month or a
 * year and the amount is finer (days, weeks; months in a year), the
 * event it dates lies in that month or year: its value, not the older
 * day anchor moved.
 */
static int
coarse_after(const struct scan *sc, struct tres *t, const char *u)
{
	int fine;

	if (!coarse_recent(sc))
		return 0;
	fine = strcmp(u, "D") == 0 || strcmp(u, "W") == 0 || strcmp(u, "WE") == 0;
	if (!fine && !(sc->coarse_gran == EXTRACT_GRAN_YEAR && strcmp(u, "M") == 0))
		return 0;
	set_other(t, "DATE", sc->coarse_gran, sc->coarse);
	t->day = NO_DAY;
	return 1;
}

/*
 * "deux jours plus tard": the anchor moved by the amount. "deux jours après
 * son arrestation" dates the main clause from an event whose day is seldom
 * given: when the sentence already resolved a day, that day is the main
 * clause's (at the amount's unit: "deux semaines après" is that week);
 * otherwise the anchor stands for the event, and with no anchor the main
 * clause is the publication day's. q is the position after "après".
 */
static int
shift_after(const struct scan *sc, struct tres *t, int sign, long v,
    const char *u, uint32_t q)
{
	int complement = is(sc, q - lx(sc, q - 1)->n, C_PREP) && q < sc->hi &&
	    sc->doc->toks[q].type == TOK_WORD;
	int anchored = sc->anchor_day != NO_DAY &&
	    sc->anchor_sent + ANCHOR_SENTS >= sc->sent;
	int64_t base;

	t->after = complement;
	copy_str(t->unit, sizeof(t->unit), u);
	if (coarse_after(sc, t, u))
		return 1;
	if (complement && sc->anchor_day != NO_DAY && sc->anchor_sent == sc->sent) {
		set_shifted(t, sc->anchor_day, u, 0);	/* at its own unit */
		t->day = NO_DAY;
		t->has_base = 1, t->base_day = (int32_t)sc->anchor_day;
		return 1;
	}
	if (complement && v <= 100000 && strlen(u) < sizeof(t->redo_unit)) {
		t->redo = (int32_t)(sign * v);	/* see complement_date() */
		memcpy(t->redo_unit, u, strlen(u) + 1);
	}
	if (coarse_day(sc, u, &base))
		return shift_amount(sc, t, base, sign, v, u);
	if (complement && !anchored && set_shifted(t, sc->ref_day, u, 0)) {
		t->day = NO_DAY;	/* "Deux mois après le coup d'État, la
					 * junte a expulsé": the main clause's
					 * publication day, at its unit */
		t->has_base = 1, t->base_day = (int32_t)sc->ref_day;
		return 1;
	}
	return shift_amount(sc, t, anchor(sc), sign, v, u);
}

/*
 * "The measures come a month after Washington blacklisted companies ...
 * in late May": a date inside the complement of "N after" (the next
 * expression of the sentence, in the complement) is the
 * event counted from; the value is that date moved by the amount, at the
 * unit's grain when the date is as fine ("late May" + one month ->
 * 2024-06). The complement runs up to twenty tokens, to a comma before a
 * lower-case word (a list of names goes on). Rewrites h, resolved from
 * the anchor, from the later hit c.
 */
static void
complement_date(const struct scan *sc, const struct tres *a,
    struct timex_hit *h, const struct timex_hit *c)
{
	const char *u = a->redo_unit;
	int y, m, d = 1;
	struct tres t;

	if (c->tok < a->end || c->tok > a->end + 20 || strcmp(c->type, "DATE")
	    != 0 || sscanf(c->value, "%4d-%2d", &y, &m) != 2)
		return;
	for (uint32_t i = a->end; i < c->tok; i++)	/* "China, Turkey" */
		if (is_punct(sc, i, ',') && !isupper((unsigned char)
		    sc->doc->text[sc->doc->toks[i + 1].start]))
			return;	/* "after the signing, officials said" */
	if (c->gran == EXTRACT_GRAN_DAY && sscanf(c->value + 8, "%2d", &d) != 1)
		return;
	if (!(c->gran == EXTRACT_GRAN_DAY || (c->gran == EXTRACT_GRAN_MONTH &&
	    (strcmp(u, "M") == 0 || strcmp(u, "Y") == 0))))
		return;
	memset(&t, 0, sizeof(t));
	if (!set_shifted(&t, days_from_civil(y, m, d), u, a->redo))
		return;
	copy_str(h->value, sizeof(h->value), t.value);
	copy_str(h->type, sizeof(h->type), t.type);
	h->gran = t.gran;
}

/*
 * "the first visit in 18 months", "his second in a year": an ordinal up to
 * three words before "in" makes the span a duration to count in, not a
 * day to come.
 */
static int
ordinal_before(const struct scan *sc, uint32_t p)
{
	for (uint32_t i = p; i-- > sc->lo && i + 4 > p;)
		if (is(sc, i, C_ORDINAL))
			return 1;
	return 0;
}

/* "deux jours", "il y a deux semaines", "dans trois jours", "un jour après",
 * "two days ago", "environ une heure". */
static int
p_duration(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p, start, body;
	int mode = M_NONE, small;
	char txt[16];
	const char *u;
	long v;

	if (is(sc, q, C_AGO_PRE))
		mode = M_AGO, q = nx(sc, q);
	else if (is(sc, q, C_IN_PRE))
		mode = M_IN, q = nx(sc, q);
	start = q;
	if (is(sc, q, C_APPROX))
		q = nx(sc, q);
	if (!count_at(sc, q, &v, txt, sizeof(txt)) || !is(sc, nx(sc, q), C_UNIT))
		return 0;
	q = nx(sc, q);
	u = code(sc, q, C_UNIT);
	small = strcmp(u, "H") == 0 || strcmp(u, "MIN") == 0 || strcmp(u, "S") == 0;
	if (small && mode == M_NONE && (is(sc, p, C_CLOCKPREP) ||
	    (prev_is(sc, p, C_CLOCKPREP) && num_at(sc, p).kind == N_INT)))
		return 0;	/* "à 14 heures", "vers 14 heures": a time */
	if (strcmp(u, "Y") == 0 && mode == M_NONE && is_age(sc, p))
		return 0;	/* "âgé de 45 ans", "Jean Dupont, 45 ans," */
	q = body = nx(sc, q);
	if (mode == M_NONE && prev_is(sc, start, C_DUR)) {
		t->end = body;	/* "fermée depuis trois semaines après des
				 * attaques": a duration, "après" is not its */
		t->first = start;
		return set_duration(t, txt, u);
	}
	if (mode == M_NONE && is(sc, q, C_AGO_POST))
		mode = M_AGO, q = nx(sc, q);
	else if (mode == M_NONE && is(sc, q, C_LATER))
		mode = M_LATER, q = nx(sc, q);
	else if (mode == M_NONE && is(sc, q, C_EARLIER))
		mode = M_EARLIER, q = nx(sc, q);
	t->end = q;
	if (mode == M_IN && (ordinal_before(sc, p) || (is(sc, start, C_APPROX)
	    && strcmp(code(sc, start, C_APPROX), "bound") == 0)))
		mode = M_NONE;	/* "his second visit in 18 months", "the
				 * deadliest attack in nearly a decade" */
	if (v >= 0 && (mode == M_AGO || mode == M_IN) &&
	    shift_amount(sc, t, sc->ref_day, mode == M_AGO ? -1 : 1, v, u))
		return 1;

	if (v >= 0 && (mode == M_LATER || mode == M_EARLIER) && !small &&
	    shift_after(sc, t, mode == M_LATER ? 1 : -1, v, u, q)) {
		if (v <= 366 && (strcmp(u, "D") == 0 || strcmp(u, "W") == 0))
			t->shift = (int32_t)((mode == M_LATER ? 1 : -1) * v *
			    (u[0] == 'W' ? 7 : 1));
		return 1;
	}
	t->first = start;	/* "il y a", "dans", "plus tard" stay outside */
	t->end = body;
	return set_duration(t, txt, u);
}

/* The day of "vers 15 h, hier": a deictic or weekday right after a clock
 * time gives its day; otherwise the anchor. */
static int64_t
day_after(const struct scan *sc, uint32_t q)
{
	if (is_punct(sc, q, ','))
		q++;
	if (is(sc, q, C_PREP) && is(sc, nx(sc, q), C_WEEKDAY))
		q = nx(sc, q);	/* "at midnight on Sunday" */
	if (is(sc, q, C_DEICTIC))
		return sc->ref_day + ival(sc, q, C_DEICTIC);
	if (is(sc, q, C_WEEKDAY))
		return weekday_day(sc, q, ival(sc, q, C_WEEKDAY), 0, 0, 0);
	return anchor(sc);
}

/* "à 14 heures", "14h30", "vers 15 h 30", "midi", "2 p.m." */
static int
p_time(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p, e;
	int h, mi, strong, approx = 0;

	if (is(sc, q, C_APPROX))
		approx = 1, q = nx(sc, q);
	if ((e = clock_at(sc, q, &h, &mi, &strong)) == 0)
		return 0;
	if (!strong && !approx && !prev_is(sc, p, C_CLOCKPREP))
		return 0;
	set_clock(t, day_after(sc, e), h, mi);
	t->end = e;
	return 1;
}

/* "les années 1990", "the 1990s" -> "199". */
static int
p_decade(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = skip_rmod(sc, p);
	struct num n;

	if (q == p && is(sc, q, C_DET))
		q = nx(sc, q);
	if (is(sc, q, C_DECADES))
		q = nx(sc, q);
	else if (num_at(sc, q).kind != N_DECADE)
		return 0;
	n = num_at(sc, q);
	if ((n.kind != N_INT && n.kind != N_DECADE) || n.v % 10 != 0 ||
	    (n.ndig != 4 && n.ndig != 2))
		return 0;
	snprintf(t->value, sizeof(t->value), "%03ld",
	    n.ndig == 4 ? n.v / 10 : 190 + n.v / 10);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_DECADE;
	t->end = q + 1;
	return 1;
}

/* A Roman numeral with an ordinal ending ("xxe", "xixeme"), or 0. */
static int
roman_ordinal(const char *s)
{
	int v = 0, prev = 0, c;
	const char *e;

	for (e = s; *e == 'i' || *e == 'v' || *e == 'x' || *e == 'l'; e++)
		;
	/* then "e" or "eme" to the end, compared inline: this runs per word */
	if (e == s || e[0] != 'e' || (e[1] != '\0' &&
	    (e[1] != 'm' || e[2] != 'e' || e[3] != '\0')))
		return 0;
	while (e > s) {
		c = *--e == 'i' ? 1 : *e == 'v' ? 5 : *e == 'x' ? 10 : 50;
		v += c < prev ? -c : c;
		prev = c > prev ? c : prev;
	}
	return v;
}

/* "le XXe siècle" -> "19", "the 20th century". */
static int
p_century(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p;
	struct num n;
	int c = 0;

	if (is(sc, q, C_DET))
		q = nx(sc, q);
	n = num_at(sc, q);
	if (n.kind == N_ORD)
		c = (int)n.v;
	else if (is(sc, q, C_ORDINAL))
		c = ival(sc, q, C_ORDINAL);
	else if (q < sc->hi && sc->doc->toks[q].type == TOK_WORD)
		c = roman_ordinal(norm(sc, q));
	if (c < 1 || c > 30 || !unit_is(sc, nx(sc, q), "CE"))
		return 0;
	snprintf(t->value, sizeof(t->value), "%02d", c - 1);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_CENTURY;
	t->end = nx(sc, nx(sc, q));
	return 1;
}

/* "au printemps", "l'été dernier", "last summer", "the summer of 2022";
 * "cet été", "this summer": the current year's (winter: the one that
 * began in December when the reference is in January or February). */
static int
p_season(const struct scan *sc, uint32_t p, struct tres *t)
{
	static const char *const starts = "SP3SU6FA9WI12";
	uint32_t q = p;
	int ctx = prev_is(sc, p, C_PREP), dir = 0, y, m, d, s;
	int this = is(sc, q, C_THIS);
	const char *code_s, *at;

	if (is(sc, q, C_DET) || is(sc, q, C_THIS))
		ctx = 1, q = nx(sc, q);
	if (is(sc, q, C_PAST) || is(sc, q, C_NEXT))
		dir = is(sc, q, C_PAST) ? -1 : 1, ctx = 1, q = nx(sc, q);
	if (!is(sc, q, C_SEASON))
		return 0;
	code_s = code(sc, q, C_SEASON);
	q = nx(sc, q);
	ref_ymd(sc, &y, &m, &d);
	if (dir == 0 && (is(sc, q, C_PAST) || is(sc, q, C_NEXT)))
		dir = is(sc, q, C_PAST) ? -1 : 1, q = nx(sc, q);
	if ((at = strstr(starts, code_s)) == NULL)
		return 0;
	s = atoi(at + 2);
	if (dir == 0 && is(sc, q, C_OF) && unit_is(sc, nx(sc, nx(sc, q)), "Y") &&
	    (is(sc, nx(sc, q), C_PAST) || is(sc, nx(sc, q), C_NEXT))) {
		y += is(sc, nx(sc, q), C_PAST) ? -1 : 1;	/* "spring of next year" */
		q = nx(sc, nx(sc, nx(sc, q)));
		dir = 3;
	}
	if (dir == 0 && is(sc, q, C_OF) && year4_at(sc, nx(sc, q)))
		q = nx(sc, q);	/* "the summer of 2022" */
	if (!ctx && dir == 0 && !year4_at(sc, q))
		return 0;
	if (dir == 0 && this && !year4_at(sc, q))
		dir = 3, y -= s == 12 && m <= 2;	/* "cet été": this year's */
	if (dir == 0 && since_before(sc, p))
		dir = -1;	/* "depuis l'automne" */
	if (dir == 0)
		dir = tense_near(sc, p);
	if (year4_at(sc, q))
		y = year4_at(sc, q++);
	else if (dir < 0)
		y = m >= s + 3 ? y : y - 1;
	else if (dir > 0 && dir < 3)
		y = m < s ? y : y + 1;
	snprintf(t->value, sizeof(t->value), "%04d-%s", y, code_s);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_QUARTER;
	t->end = q;
	return 1;
}

/* "chaque mardi", "tous les jeudis", "chaque jour", "every week". */
static int
p_set(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p;
	char txt[16] = "1";
	long v;

	if (!is(sc, q, C_SET))
		return 0;
	q = nx(sc, q);
	if (is(sc, q, C_WEEKDAY) || is(sc, q, C_WEEKDAYS)) {
		snprintf(t->value, sizeof(t->value), "XXXX-WXX-%d",
		    is(sc, q, C_WEEKDAY) ? ival(sc, q, C_WEEKDAY) :
		    ival(sc, q, C_WEEKDAYS));
	} else {
		if (count_at(sc, q, &v, txt, sizeof(txt)) && v > 0)
			q = nx(sc, q);
		if (!is(sc, q, C_UNIT) || !set_duration(t, txt, code(sc, q, C_UNIT)))
			return 0;
	}
	t->type = "SET";
	t->gran = EXTRACT_GRAN_SET;
	t->end = nx(sc, q);
	return 1;
}

/* "quinquennat", "septennat": a word that is a fixed length of time. */
static int
p_period(const struct scan *sc, uint32_t p, struct tres *t)
{
	if (!is(sc, p, C_PERIOD))
		return 0;
	set_other(t, "DURATION", EXTRACT_GRAN_DURATION, code(sc, p, C_PERIOD));
	t->end = nx(sc, p);
	return 1;
}

/* "désormais", "actuellement", "recently": PRESENT_REF, PAST_REF... */
static int
p_ref(const struct scan *sc, uint32_t p, struct tres *t)
{
	if (!is(sc, p, C_REF))
		return 0;
	set_other(t, "DATE", EXTRACT_GRAN_UNSPECIFIED, code(sc, p, C_REF));
	t->end = nx(sc, p);
	return 1;
}

/*
 * "of the year", "de l'année prochaine", "of last year" after a part of a
 * year: moves *y by the modifier. Returns the end, or q.
 */
static uint32_t
of_the_year(const struct scan *sc, uint32_t q, int *y)
{
	uint32_t r;

	if (!is(sc, q, C_OF))
		return q;
	r = nx(sc, q);
	if (is(sc, r, C_DET) || is(sc, r, C_THIS))
		r = nx(sc, r);
	if ((is(sc, r, C_PAST) || is(sc, r, C_NEXT)) && unit_is(sc, nx(sc, r),
	    "Y") && !is(sc, nx(sc, r), C_PLURAL)) {
		*y += is(sc, r, C_PAST) ? -1 : 1;	/* "of next year" */
		return nx(sc, nx(sc, r));
	}
	if (!unit_is(sc, r, "Y") || is(sc, r, C_PLURAL))
		return q;
	r = nx(sc, r);
	if (is(sc, r, C_PAST) || is(sc, r, C_NEXT)) {
		*y += is(sc, r, C_PAST) ? -1 : 1;	/* "de l'année prochaine" */
		r = nx(sc, r);
	}
	return r;
}

/* "le premier trimestre 2024", "au deuxième semestre", "the second half of
 * the year" -> "2024-Q1", "2024-H2". */
static int
p_quarter(const struct scan *sc, uint32_t p, struct tres *t)
{
	uint32_t q = p;
	struct num n;
	int k, y, m, d, half;

	if (is(sc, q, C_DET))
		q = nx(sc, q);
	n = num_at(sc, q);
	k = n.kind == N_ORD ? (int)n.v : is(sc, q, C_ORDINAL) ?
	    ival(sc, q, C_ORDINAL) : 0;
	q = nx(sc, q);
	half = unit_is(sc, q, "HY") || is(sc, q, C_HALF);
	if (k < 1 || k > (half ? 2 : 4) || (!half && !unit_is(sc, q, "Q")))
		return 0;
	q = nx(sc, q);
	ref_ymd(sc, &y, &m, &d);
	if (is(sc, q, C_OF) && year4_at(sc, nx(sc, q)))
		q = nx(sc, q);
	if (year4_at(sc, q))
		y = year4_at(sc, q++);
	else
		q = of_the_year(sc, q, &y);
	snprintf(t->value, sizeof(t->value), "%04d-%c%d", y, half ? 'H' : 'Q', k);
	t->type = "DATE";
	t->gran = EXTRACT_GRAN_QUARTER;
	t->end = q;
	return 1;
}

/* A glued separator c at p ("20/06", "2024-06"). */
static int
glued_sep(const struct scan *sc, uint32_t p, char c)
{
	return is_punct(sc, p, c) && (sc->doc->toks[p].flags & TOK_F_GLUED) &&
	    p + 1 < sc->hi && (sc->doc->toks[p + 1].flags & TOK_F_GLUED);
}

/* Day d of month m of year y as the value of t, if such a day exists. */
static int
set_ymd(struct tres *t, int y, int m, int d)
{
	if (y < 1000 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > days_in_month(y, m))
		return 0;
	set_day(t, days_from_civil(y, m, d));
	return 1;
}

/*
 * Dates in digits: "20/06/2024" and "3.03.2022" (day first; in English
 * text month first when that makes a date: "06/20/2024"), ISO
 * "2024-06-18". Two-digit years take the century of the reference.
 */
static int
p_numeric(const struct scan *sc, uint32_t p, struct tres *t)
{
	struct num a = num_at(sc, p), b, c;
	int y, m, d;
	char sep;

	if (a.kind == N_NONE && sscanf(norm(sc, p), "%d.%d.%d", &d, &m, &y) == 3 &&
	    strspn(norm(sc, p), "0123456789.") == strlen(norm(sc, p))) {
		t->end = p + 1;	/* "3.03.2022": one token */
		return set_ymd(t, y < 100 ? century_year(sc, y) : y, m, d);
	}
	if (a.kind != N_INT)
		return 0;
	sep = is_punct(sc, p + 1, '/') ? '/' : is_punct(sc, p + 1, '-') ? '-' :
	    '.';
	if (!glued_sep(sc, p + 1, sep) || (b = num_at(sc, p + 2)).kind != N_INT ||
	    !glued_sep(sc, p + 3, sep) || (c = num_at(sc, p + 4)).kind != N_INT)
		return 0;
	t->end = p + 5;
	if (a.ndig == 4 && sep == '-')	/* ISO */
		return b.ndig == 2 && c.ndig == 2 && set_ymd(t, (int)a.v,
		    (int)b.v, (int)c.v);
	if (sep == '-' || a.ndig > 2 || b.ndig > 2 || (c.ndig != 4 &&
	    c.ndig != 2))
		return 0;
	y = c.ndig == 2 ? century_year(sc, (int)c.v) : (int)c.v;
	if (sc->lang == LANG_EN && a.v <= 12 && set_ymd(t, y, (int)a.v,
	    (int)b.v))
		return 1;	/* "06/20/2024" */
	return set_ymd(t, y, (int)b.v, (int)a.v);
}

/* ---- the scan ---- */

typedef int (*grammar_fn)(const struct scan *, uint32_t, struct tres *);

#define B(c)		(1ULL << (c))
#define G_DIGIT		0x01	/* may start with a token that starts with a digit */
#define G_ROMAN		0x02	/* may start with a Roman ordinal word ("XXe") */
#define G_NUMDATE	0x04	/* digits with dots or a glued separator after
				 * them ("20/06/2024", "3.03.2022") */

/*
 * Each grammar with the classes its first lexeme may have (what it tests at
 * p before anything else, including the optional words it skips): a
 * grammar whose start classes the lexeme lacks cannot match, so it is not
 * called. Keep these in step with the grammars.
 */
static const struct grammar {
	grammar_fn fn;
	uint64_t start;		/* B(class) bits */
	unsigned flags;		/* G_* */
} grammars[] = {
	{ p_date, B(C_DET) | B(C_THIS) | B(C_WEEKDAY) | B(C_ORDINAL) |
	    B(C_MONTH) | B(C_MONTH_CTX), G_DIGIT },
	{ p_month, B(C_DET) | B(C_RMOD) | B(C_UNIT) | B(C_MONTH) |
	    B(C_MONTH_CTX), 0 },
	{ p_year, B(C_DET) | B(C_RMOD) | B(C_UNIT), G_DIGIT },
	{ p_weekday, B(C_DET) | B(C_THIS) | B(C_PAST) | B(C_NEXT) | B(C_SAME) |
	    B(C_WEEKDAYS) | B(C_WEEKDAY), 0 },
	{ p_deictic, B(C_POD_TODAY) | B(C_THIS) | B(C_DEM) | B(C_DEICTIC),
	    0 },
	{ p_pod, B(C_DET) | B(C_RMOD) | B(C_PODBARE) | B(C_PAST), 0 },
	{ p_anchor, B(C_DET) | B(C_ANCHOR), 0 },
	{ p_recent, B(C_THIS) | B(C_DET) | B(C_PAST), 0 },
	{ p_rel, B(C_DET) | B(C_RMOD) | B(C_EARLIER) | B(C_LATER) | B(C_THIS) |
	    B(C_PAST) | B(C_NEXT) | B(C_UNIT), 0 },
	{ p_time, B(C_APPROX) | B(C_CLOCK), G_DIGIT },
	{ p_duration, B(C_AGO_PRE) | B(C_IN_PRE) | B(C_APPROX) | B(C_NUMBER) |
	    B(C_VAGUE), G_DIGIT },
	{ p_decade, B(C_DET) | B(C_RMOD) | B(C_DECADES), G_DIGIT },
	{ p_century, B(C_DET) | B(C_ORDINAL), G_DIGIT | G_ROMAN },
	{ p_season, B(C_DET) | B(C_THIS) | B(C_PAST) | B(C_NEXT) |
	    B(C_SEASON), 0 },
	{ p_set, B(C_SET), 0 },
	{ p_ref, B(C_REF), 0 },
	{ p_quarter, B(C_DET) | B(C_ORDINAL), G_DIGIT },
	{ p_period, B(C_PERIOD), 0 },
	{ p_numeric, 0, G_NUMDATE },
};

/* Index the grammars by the classes and G_* starts that may begin them. */
static void
grammars_index(struct timex_rules *r)
{
	size_t i, c;

	_Static_assert(sizeof(grammars) / sizeof(grammars[0]) <= 32,
	    "grammar sets are 32-bit masks");
	for (i = 0; i < sizeof(grammars) / sizeof(grammars[0]); i++) {
		for (c = 0; c < 64; c++)
			if (grammars[i].start & (1ULL << c))
				r->by_class[c] |= 1u << i;
		for (c = 1; c < 8; c++)
			if (grammars[i].flags & c)
				r->by_flag[c] |= 1u << i;
	}
}

/*
 * What the lexeme at p offers as a start: G_DIGIT, G_NUMDATE, G_ROMAN
 * bits. A Roman ordinal counts only as a century p_century accepts
 * (1..30): "le" reads as L + "e", 50, and must not pass for one.
 */
static unsigned
start_flags(const struct scan *sc, uint32_t p)
{
	const struct token *t = &sc->doc->toks[p];
	char c = *norm(sc, p);
	unsigned f = 0;
	int v;

	if (lx(sc, p)->digit) {
		f = G_DIGIT;
		if (lx(sc, p)->nkind == N_NONE || (p + 1 < sc->hi &&
		    (sc->doc->toks[p + 1].flags & TOK_F_GLUED) &&
		    (is_punct(sc, p + 1, '/') || is_punct(sc, p + 1, '-') ||
		    is_punct(sc, p + 1, '.'))))
			f |= G_NUMDATE;
	}
	return f | (t->type == TOK_WORD &&
	    (c == 'i' || c == 'v' || c == 'x' || c == 'l') &&
	    (v = roman_ordinal(norm(sc, p))) >= 1 && v <= 30 ? G_ROMAN : 0);
}

/*
 * What may follow a lexeme that is only a determiner for some grammar to
 * go on ("le 20", "la semaine", "l'an dernier", "le XXe"): every grammar
 * that starts on a determiner looks next for one of these classes, a digit
 * or a Roman ordinal. Most determiners are followed by none.
 */
#define AFTER_DET (B(C_WEEKDAY) | B(C_WEEKDAYS) | B(C_ORDINAL) | \
	B(C_MONTH) | B(C_MONTH_CTX) | B(C_RMOD) | B(C_UNIT) | B(C_PAST) | \
	B(C_NEXT) | B(C_SAME) | B(C_POD) | B(C_ANCHOR) | B(C_NUMBER) | \
	B(C_VAGUE) | B(C_DECADES) | B(C_SEASON) | B(C_FOLLOWING))

/*
 * Ready t for a grammar at p: the fields read before a grammar writes them
 * (value, type and grain are written by every match, the unit codes and
 * base_day only with redo, after, has_base). This runs for every grammar
 * tried: a memset of the struct cost more in profiles.
 */
static void
tres_init(struct tres *t, uint32_t p)
{
	t->first = p;
	t->end = 0;
	t->day = NO_DAY;
	t->plan = t->shift = t->redo = 0;
	t->after = t->has_base = 0;
}

/* What may follow an approximation ("environ", "plus de") for p_time or
 * p_duration to go on: a count or a named hour (digits aside). */
#define AFTER_APPROX (B(C_NUMBER) | B(C_VAGUE) | B(C_CLOCK))

/* The longest match of any grammar at p; 0 when none. */
static int
match_at(const struct scan *sc, uint32_t p, struct tres *best)
{
	struct tres t;
	uint64_t mask = lx(sc, p)->mask;
	unsigned fl = start_flags(sc, p);
	uint32_t q, cand;
	uint64_t m;
	size_t i;
	int found = 0;

	if (mask == B(C_DET) && fl == 0 && ((q = nx(sc, p)) >= sc->hi ||
	    (!(lx(sc, q)->mask & AFTER_DET) && start_flags(sc, q) == 0)))
		return 0;
	if (!(mask & ~(B(C_APPROX) | B(C_PREP) | B(C_OF))) && fl == 0 &&
	    ((q = nx(sc, p)) >= sc->hi || (!(lx(sc, q)->mask & AFTER_APPROX) &&
	    !lx(sc, q)->digit)))
		return 0;	/* "plus de", "more than" before no count */
	cand = sc->r->by_flag[fl];
	for (m = mask; m != 0; m &= m - 1)
		cand |= sc->r->by_class[__builtin_ctzll(m)];
	for (; cand != 0; cand &= cand - 1) {	/* in table order */
		i = (size_t)__builtin_ctz(cand);
		tres_init(&t, p);
		if (!grammars[i].fn(sc, p, &t) || t.end <= t.first)
			continue;
		if (!found || t.end > best->end) {
			*best = t;
			found = 1;
		}
	}
	return found;
}

/*
 * "sa première visite en Turquie depuis 2019", "for the first time since
 * March": a date after "depuis"/"since" with an ordinal up to eight words
 * before it in the same stretch of words bounds a count of occurrences; a
 * date after "jusqu'à"/"until" ends a span. Neither dates an act.
 */
static int
first_since(const struct scan *sc, uint32_t p)
{
	for (uint32_t q = p; q-- > sc->lo && q + MAX_DEPTH > p;)
		if (q + lx(sc, q)->n == p && is(sc, q, C_UNTIL))
			return 1;	/* "jusqu'à la fin de l'année 2028" */
	if (p <= sc->lo || !prev_is(sc, p, C_DUR))
		return 0;
	for (uint32_t i = p - 1; i-- > sc->lo && i + 10 > p;) {
		if (sc->doc->toks[i].type != TOK_WORD)
			return 0;
		if (is(sc, i, C_ORDINAL))
			return 1;
	}
	return 0;
}

static void
hit_put(const struct scan *sc, const struct tres *t, struct timex_hit *h)
{
	const struct token *toks = sc->doc->toks;

	memset(h, 0, sizeof(*h));
	h->tok = t->first;
	h->ntok = t->end - t->first;
	h->span.start = toks[t->first].start;
	h->span.end = toks[t->end - 1].end;
	copy_str(h->value, sizeof(h->value), t->value);
	copy_str(h->type, sizeof(h->type), t->type);
	h->gran = t->gran;
	h->sent = sc->sent;
	h->shift = t->shift;
	h->bound = (uint8_t)first_since(sc, t->first);
	if (t->has_base) {
		struct tres d;

		set_day(&d, t->base_day);
		copy_str(h->base, sizeof(h->base), d.value);
	}
}

/* "HANOÏ, 20 juin (AFP) -": the wire's dateline, not the story's day. */
static int
is_dateline(const struct scan *sc, const struct tres *t)
{
	return sc->sent == 0 && t->end < sc->hi &&
	    sc->doc->toks[t->end].type == TOK_PUNCT &&
	    sc->doc->text[sc->doc->toks[t->end].start] == '(';
}

/*
 * A resolved day becomes the anchor of later relative expressions, unless
 * it lies after the reference (a deadline or a plan is rarely the day the
 * story tells). The first day within a week of the reference is the story's
 * day ("la veille de son arrivée").
 */
static void
anchor_update(struct scan *sc, const struct tres *t)
{
	if (t->day == NO_DAY && strcmp(t->type, "DATE") == 0 &&
	    (t->gran == EXTRACT_GRAN_MONTH || t->gran == EXTRACT_GRAN_YEAR) &&
	    !is_dateline(sc, t)) {
		copy_str(sc->coarse, sizeof(sc->coarse), t->value);
		sc->coarse_gran = t->gran;
		sc->coarse_sent = sc->sent;
		sc->coarse_tok = t->first;
	}
	if (t->day == NO_DAY || t->plan)
		return;
	sc->anchor_day = t->day;
	sc->anchor_sent = sc->sent;
	sc->anchor_tok = t->first;
	if (sc->story_day == NO_DAY && t->day >= sc->ref_day - 7 &&
	    t->day <= sc->ref_day && !is_dateline(sc, t))
		sc->story_day = t->day;
}

/* Every expression starts with a vocabulary phrase, digits or a Roman
 * ordinal ("XXe siècle"): a cheap test that skips most tokens. */
static int
may_start(const struct scan *sc, uint32_t p)
{
	const struct token *t = &sc->doc->toks[p];

	if (lx(sc, p)->node != 0 || t->type == TOK_NUMBER)
		return 1;
	if (t->type != TOK_WORD)
		return 0;
	return lx(sc, p)->digit || ((t->flags & TOK_F_CAP) &&
	    roman_ordinal(norm(sc, p)) != 0);
}

/*
 * "A day after his visit to China, the president travelled to North Korea
 * on Thursday", "Au lendemain de sa visite en Chine, il s'est rendu jeudi
 * en Corée du Nord": a shift with a complement that opens the sentence
 * dates the main clause, whose own day comes later, after a comma. The
 * first such day rewrites the fronted hit (its shift stays, so the events
 * date the complement's act from it). t is hit n of out.
 */
static void
main_day(const struct scan *sc, struct fronted *fr, const struct tres *t,
    struct timex_hit *out, size_t n)
{
	struct tres d;
	uint32_t i;

	if (fr->open && t->day != NO_DAY && (t->gran == EXTRACT_GRAN_DAY ||
	    t->gran == EXTRACT_GRAN_TIME)) {
		for (i = fr->end; i < t->first && !is_punct(sc, i, ','); i++)
			;
		if (i < t->first) {
			memset(&d, 0, sizeof(d));
			if (!set_shifted(&d, t->day, fr->unit, 0))
				set_day(&d, t->day);
			copy_str(out[fr->idx].value, sizeof(out[fr->idx].value),
			    d.value);
			copy_str(out[fr->idx].type, sizeof(out[fr->idx].type),
			    d.type);
			out[fr->idx].gran = d.gran;
			set_day(&d, t->day);
			copy_str(out[fr->idx].base, sizeof(out[fr->idx].base),
			    d.value);
			fr->open = 0;
		}
	}
	if (t->after && t->first <= sc->lo + 2 && !fr->open) {
		fr->idx = n;
		fr->end = t->end;
		fr->open = 1;
		copy_str(fr->unit, sizeof(fr->unit), t->unit);
	}
}

/* Scan tokens [lo, hi) of one sentence. Returns the running hit count. */
static size_t
scan_sentence(struct scan *sc, struct timex_hit *out, size_t cap, size_t n)
{
	struct tres t, pend;
	struct fronted fr = { 0, 0, 0, "" };
	uint32_t p;
	size_t pn = 0;

	pend.redo = 0;
	for (p = sc->lo; p < sc->hi; p++)
		sc->lxb[p - sc->lo] = lexeme_at(sc, p, sc->hi);
	for (p = sc->lo; p < sc->hi;) {
		if (!may_start(sc, p) || !match_at(sc, p, &t)) {
			p = nx(sc, p);
			continue;
		}
		if (n < cap)
			hit_put(sc, &t, &out[n]);
		if (pend.redo != 0 && n < cap)
			complement_date(sc, &pend, &out[pn], &out[n]);
		if (n < cap)
			main_day(sc, &fr, &t, out, n);
		pend = t;
		pn = n;
		n++;
		anchor_update(sc, &t);
		p = t.end;
	}
	return n;
}

/* Room for the lexemes of an n-token sentence. */
static int
lexemes_reserve(struct scan *sc, size_t n)
{
	struct lexeme *b;
	size_t cap = sc->lxcap ? sc->lxcap : 256;

	if (n <= sc->lxcap)
		return 0;
	while (cap < n)
		cap *= 2;
	if ((b = realloc(sc->lxb, cap * sizeof(*b))) == NULL)
		return -1;
	sc->lxb = b;
	sc->lxcap = cap;
	return 0;
}

static unsigned
lang_mask(const char *lang)
{
	if (lang != NULL && strcmp(lang, "fr") == 0)
		return LANG_FR;
	if (lang != NULL && strcmp(lang, "en") == 0)
		return LANG_EN;
	return LANG_FR | LANG_EN;
}

size_t
timex_find(const struct timex_rules *r, const struct text_doc *doc,
    const char *lang, int64_t ref_ms, struct timex_hit *out, size_t cap)
{
	struct scan sc;
	size_t n = 0, s;
	int64_t ms_day = 86400000;

	if (r == NULL || doc->ntoks == 0)
		return 0;
	/* Any int64 may come from a Kafka timestamp or a protobuf article. */
	if (ref_ms < TIMEX_REF_MIN)
		ref_ms = TIMEX_REF_MIN;
	if (ref_ms > TIMEX_REF_MAX)
		ref_ms = TIMEX_REF_MAX;
	memset(&sc, 0, sizeof(sc));
	sc.r = r;
	sc.doc = doc;
	sc.lang = lang_mask(lang);
	sc.ref_day = ref_ms >= 0 ? ref_ms / ms_day : -((ms_day - 1 - ref_ms) / ms_day);
	sc.ref_min = (int)((ref_ms - sc.ref_day * ms_day) / 60000);
	sc.anchor_day = NO_DAY;
	sc.story_day = NO_DAY;
	for (s = 0; s < doc->nsents; s++) {
		sc.sent = (uint32_t)s;
		sc.lo = doc->sents[s].tok;
		sc.hi = doc->sents[s].tok + doc->sents[s].ntok;
		if (lexemes_reserve(&sc, sc.hi - sc.lo) == -1)
			break;
		n = scan_sentence(&sc, out, cap, n);
	}
	free(sc.lxb);
	return n;
}
