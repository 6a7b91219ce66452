/*
 * patterns: CAMEO table, event patterns and mode cues from data/events.
 *
 * Inflection is generated, not stemmed: each pattern's lemma and class
 * (French verb groups, English regular verbs, nouns) expand at load time
 * into every folded form, each tagged with its tenses (future, conditional,
 * participle). Matching an article token is then one probe of one hash
 * table, and a form never matches a pattern it was not generated for.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/arena.h"
#include "newsev/extract.h"
#include "newsev/patterns.h"
#include "newsev/text.h"

#define MAXCODES 512
#define FORM_MAX 64

struct form_slot {
	uint64_t hash;
	const char *form;	/* NULL = empty slot */
	struct pat_hit *hits;
	int mode;		/* mode cue, 0 if none */
	uint64_t wclass;	/* W_* classes */
	uint64_t wclass_fr;	/* classes in French text only ("a" = à) */
	uint64_t wclass_en;	/* classes in English text only */
	int scope;
	char mode_lang[4];
};

struct event_patterns {
	struct arena arena;
	struct pat_code codes[MAXCODES];
	size_t ncodes;
	struct form_slot *slots;
	size_t mask, nforms, npatterns;
};

struct ploader {
	struct event_patterns *p;
	const char *path;
	size_t line;
	char *err;
	size_t errlen;
};

/* One inflection: ending appended to the stem, with its tenses. */
struct ending {
	const char *s;
	unsigned tense;
};

#define F TENSE_FUT
#define C TENSE_COND
#define P TENSE_PART
#define I TENSE_INF
static const struct ending end_er[] = {
	{"e",0},{"es",0},{"ons",0},{"ez",0},{"ent",0},{"ais",0},{"ait",0},
	{"ions",0},{"iez",0},{"aient",0},{"a",0},{"erent",0},{"ai",0},
	{"erai",F},{"eras",F},{"era",F},{"erons",F},{"erez",F},{"eront",F},
	{"erais",C},{"erait",C},{"erions",C},{"eriez",C},{"eraient",C},
	{"e",P},{"ee",P},{"es",P},{"ees",P},{"ant",0},{"er",I},{NULL,0}};
static const struct ending end_ir[] = {
	{"is",0},{"it",0},{"issons",0},{"issez",0},{"issent",0},{"issait",0},
	{"issais",0},{"issaient",0},{"irent",0},
	{"irai",F},{"ira",F},{"irons",F},{"iront",F},
	{"irais",C},{"irait",C},{"iraient",C},
	{"i",P},{"ie",P},{"is",P},{"ies",P},{"issant",0},{"ir",I},
	{"isse",0},{"issiez",0},{"issions",0},{NULL,0}};
static const struct ending end_re[] = {
	{"s",0},{"",0},{"ons",0},{"ez",0},{"ent",0},{"ait",0},{"ais",0},
	{"aient",0},{"it",0},{"irent",0},
	{"rai",F},{"ra",F},{"rons",F},{"ront",F},
	{"rais",C},{"rait",C},{"raient",C},
	{"u",P},{"ue",P},{"us",P},{"ues",P},{"ant",0},{"re",I},
	{"e",0},{"es",0},{NULL,0}};
static const struct ending end_ettre[] = {
	{"ets",0},{"et",0},{"ettons",0},{"ettez",0},{"ettent",0},{"ettait",0},
	{"ettaient",0},{"it",0},{"irent",0},
	{"ettra",F},{"ettrai",F},{"ettrons",F},{"ettront",F},
	{"ettrait",C},{"ettrais",C},{"ettraient",C},
	{"is",P},{"ise",P},{"ises",P},{"ettant",0},{"ettre",I},
	{"ette",0},{"ettent",0},{NULL,0}};
static const struct ending end_enir[] = {
	{"iens",0},{"ient",0},{"enons",0},{"enez",0},{"iennent",0},
	{"enait",0},{"enaient",0},{"int",0},{"inrent",0},
	{"iendra",F},{"iendrai",F},{"iendrons",F},{"iendront",F},
	{"iendrait",C},{"iendrais",C},{"iendraient",C},
	{"enu",P},{"enue",P},{"enus",P},{"enues",P},{"enant",0},{"enir",I},
	{"ienne",0},{NULL,0}};
static const struct ending end_evoir[] = {
	{"ois",0},{"oit",0},{"evons",0},{"evez",0},{"oivent",0},{"evait",0},
	{"evaient",0},{"ut",0},{"urent",0},
	{"evra",F},{"evrai",F},{"evrons",F},{"evront",F},
	{"evrait",C},{"evrais",C},{"evraient",C},
	{"u",P},{"ue",P},{"us",P},{"ues",P},{"evant",0},{"evoir",I},
	{"oive",0},{NULL,0}};
static const struct ending end_ire[] = {
	{"is",0},{"it",0},{"isons",0},{"isez",0},{"isent",0},{"isait",0},
	{"isaient",0},{"irent",0},
	{"ira",F},{"irai",F},{"iront",F},{"irait",C},{"iraient",C},
	{"it",P},{"ite",P},{"its",P},{"ites",P},{"isant",0},{"ire",I},
	{NULL,0}};
#undef F
#undef C
#undef P
#undef I

static const struct {
	const char *name, *suffix;
	const struct ending *e;
} fr_classes[] = {
	{"er", "er", end_er}, {"ir", "ir", end_ir}, {"re", "re", end_re},
	{"ettre", "ettre", end_ettre}, {"enir", "enir", end_enir},
	{"evoir", "evoir", end_evoir}, {"ire", "ire", end_ire},
};

static int
perr(struct ploader *ld, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(ld->err, ld->errlen, "%s:%zu: ", ld->path, ld->line);
	if (n < 0 || (size_t)n >= ld->errlen)
		return -1;
	va_start(ap, fmt);
	vsnprintf(ld->err + n, ld->errlen - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

static int
slots_grow(struct event_patterns *p)
{
	size_t cap = p->mask ? (p->mask + 1) * 2 : 1024, i, j;
	struct form_slot *ns;

	if ((ns = calloc(cap, sizeof(*ns))) == NULL)
		return -1;
	for (i = 0; p->slots && i <= p->mask; i++) {
		if (p->slots[i].form == NULL)
			continue;
		for (j = p->slots[i].hash & (cap - 1); ns[j].form;
		    j = (j + 1) & (cap - 1))
			;
		ns[j] = p->slots[i];
	}
	free(p->slots);
	p->slots = ns;
	p->mask = cap - 1;
	return 0;
}

static inline struct form_slot *
slot_find(const struct event_patterns *p, uint64_t h, const char *form)
{
	size_t j;

	if (p->slots == NULL)
		return NULL;
	for (j = h & p->mask; p->slots[j].form; j = (j + 1) & p->mask)
		if (p->slots[j].hash == h && strcmp(p->slots[j].form, form) == 0)
			return &p->slots[j];
	return NULL;
}

static struct form_slot *
slot_get(struct event_patterns *p, const char *form)
{
	size_t len = strlen(form), j;
	uint64_t h = text_hash(form, len);
	struct form_slot *s;

	if ((s = slot_find(p, h, form)) != NULL)
		return s;
	if ((p->nforms + 1) * 2 > p->mask + 1 && slots_grow(p) == -1)
		return NULL;
	for (j = h & p->mask; p->slots[j].form; j = (j + 1) & p->mask)
		;
	s = &p->slots[j];
	s->hash = h;
	if ((s->form = arena_strndup(&p->arena, form, len)) == NULL)
		return NULL;
	p->nforms++;
	return s;
}

/* Attach pattern pat to form with tenses; merges tenses of a repeated form. */
static int
form_add(struct event_patterns *p, const char *form,
    const struct pat_pattern *pat, unsigned tense)
{
	struct form_slot *s;
	struct pat_hit *h, **tail;

	if (form[0] == '\0')
		return 0;
	if ((s = slot_get(p, form)) == NULL)
		return -1;
	for (tail = &s->hits; *tail; tail = (struct pat_hit **)&(*tail)->next)
		if ((*tail)->pat == pat) {
			(*tail)->tense |= tense;
			return 0;
		}
	if ((h = arena_alloc(&p->arena, sizeof(*h))) == NULL)
		return -1;
	h->pat = pat;
	h->tense = tense;
	*tail = h;
	return 0;
}

static int
form_add2(struct event_patterns *p, const char *a, const char *b,
    const struct pat_pattern *pat, unsigned tense)
{
	char buf[FORM_MAX];

	if ((size_t)snprintf(buf, sizeof(buf), "%s%s", a, b) >= sizeof(buf))
		return -1;
	return form_add(p, buf, pat, tense);
}

static int
ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcmp(s + n - m, suf) == 0;
}

/* French verb of a generated class: stem + every ending. */
static int
expand_fr(struct event_patterns *p, const char *lemma, const char *suffix,
    const struct ending *e, const struct pat_pattern *pat)
{
	char stem[FORM_MAX];
	size_t n = strlen(lemma) - strlen(suffix);

	if (n >= sizeof(stem))
		return -1;
	memcpy(stem, lemma, n);
	stem[n] = '\0';
	for (; e->s; e++) {
		if (n > 0 && stem[n - 1] == 'g' && (e->s[0] == 'a' ||
		    e->s[0] == 'o')) {
			char ge[FORM_MAX + 2];

			if ((size_t)snprintf(ge, sizeof(ge), "%se%s", stem,
			    e->s) >= sizeof(ge) || form_add(p, ge, pat,
			    e->tense) == -1)
				return -1;
			continue;
		}
		if (form_add2(p, stem, e->s, pat, e->tense) == -1)
			return -1;
	}
	return 0;
}

/* English regular verb: base, -s, -ed, -ing. */
static int
expand_en(struct event_patterns *p, const char *b, const struct pat_pattern *pat)
{
	char stem[FORM_MAX];
	size_t n = strlen(b);
	int cy = n > 1 && b[n - 1] == 'y' && !strchr("aeiou", b[n - 2]);

	if (n + 4 >= sizeof(stem))
		return -1;
	if (form_add(p, b, pat, TENSE_INF) == -1)
		return -1;
	memcpy(stem, b, n + 1);
	if (cy)
		stem[n - 1] = '\0';
	if (form_add2(p, stem, cy ? "ies" : (ends_with(b, "s") ||
	    ends_with(b, "x") || ends_with(b, "sh") || ends_with(b, "ch") ||
	    ends_with(b, "o")) ? "es" : "s", pat, 0) == -1)
		return -1;
	if (form_add2(p, stem, cy ? "ied" : ends_with(b, "e") ? "d" : "ed",
	    pat, TENSE_PART) == -1)
		return -1;
	memcpy(stem, b, n + 1);
	if (n > 2 && b[n - 1] == 'e' && b[n - 2] != 'e')
		stem[n - 1] = '\0';
	return form_add2(p, stem, "ing", pat, 0);
}

/* Noun: singular and plural. */
static int
expand_noun(struct event_patterns *p, const char *b,
    const struct pat_pattern *pat)
{
	char stem[FORM_MAX];
	size_t n = strlen(b);

	if (form_add(p, b, pat, 0) == -1)
		return -1;
	if (ends_with(b, "s") || ends_with(b, "x") || ends_with(b, "z"))
		return 0;
	if (ends_with(b, "al") && n < sizeof(stem)) {
		memcpy(stem, b, n - 1);
		memcpy(stem + n - 2, "aux", 4);
		if (form_add(p, stem, pat, 0) == -1)
			return -1;
	}
	if (ends_with(b, "eau") || ends_with(b, "eu"))
		return form_add2(p, b, "x", pat, 0);
	if (ends_with(b, "y") && n > 1 && !strchr("aeiou", b[n - 2]) &&
	    n < sizeof(stem)) {
		memcpy(stem, b, n - 1);
		memcpy(stem + n - 1, "ies", 4);
		if (form_add(p, stem, pat, 0) == -1)
			return -1;
	}
	return form_add2(p, b, "s", pat, 0);
}

/* Forms listed in the extra column: "a|b/F|c/C". */
static int
expand_extra(struct ploader *ld, char *extra, const struct pat_pattern *pat)
{
	char *tok, *save = NULL, *sl, buf[FORM_MAX];
	unsigned tense;

	if (strcmp(extra, "-") == 0)
		return 0;
	for (tok = strtok_r(extra, "|", &save); tok;
	    tok = strtok_r(NULL, "|", &save)) {
		tense = 0;
		if ((sl = strchr(tok, '/')) != NULL) {
			*sl = '\0';
			tense = sl[1] == 'F' ? TENSE_FUT : sl[1] == 'C' ?
			    TENSE_COND : sl[1] == 'P' ? TENSE_PART :
			    sl[1] == 'I' ? TENSE_INF : 0;
		}
		text_fold(tok, strlen(tok), buf, sizeof(buf));
		if (form_add(ld->p, buf, pat, tense) == -1)
			return perr(ld, "out of memory");
	}
	return 0;
}

static int
expand_class(struct ploader *ld, const char *cls, const char *lemma,
    const struct pat_pattern *pat)
{
	size_t i;

	for (i = 0; i < sizeof(fr_classes) / sizeof(fr_classes[0]); i++) {
		if (strcmp(cls, fr_classes[i].name) != 0)
			continue;
		if (!ends_with(lemma, fr_classes[i].suffix))
			return perr(ld, "lemma %s does not end in -%s", lemma,
			    fr_classes[i].suffix);
		return expand_fr(ld->p, lemma, fr_classes[i].suffix,
		    fr_classes[i].e, pat) == -1 ? perr(ld, "form too long") : 0;
	}
	if (strcmp(cls, "en") == 0)
		return expand_en(ld->p, lemma, pat) == -1 ?
		    perr(ld, "form too long") : 0;
	if (strcmp(cls, "n") == 0)
		return expand_noun(ld->p, lemma, pat) == -1 ?
		    perr(ld, "form too long") : 0;
	if (strcmp(cls, "x") == 0)
		return 0;
	return perr(ld, "unknown class %s", cls);
}

static int
split_tabs(char *line, char **col, int max)
{
	int n = 0;
	char *t;

	line[strcspn(line, "\r\n")] = '\0';
	while (n < max) {
		col[n++] = line;
		if ((t = strchr(line, '\t')) == NULL)
			break;
		*t = '\0';
		line = t + 1;
	}
	return n;
}

static int
parse_needs(struct ploader *ld, char *s, struct pat_pattern *pat)
{
	char *tok, *save = NULL, buf[FORM_MAX];
	size_t n = 1;
	const char **v;

	if (strcmp(s, "-") == 0)
		return 0;
	for (char *c = s; *c; c++)
		n += *c == '|';
	if ((v = arena_alloc(&ld->p->arena, n * sizeof(*v))) == NULL)
		return perr(ld, "out of memory");
	pat->needs = v;
	for (tok = strtok_r(s, "|", &save); tok;
	    tok = strtok_r(NULL, "|", &save)) {
		int after = tok[0] == '+';	/* "+word": after the trigger */

		buf[0] = '>';
		text_fold(tok + after, strlen(tok + after), buf + after,
		    sizeof(buf) - 1);
		if (buf[after] == '\0')
			return perr(ld, "empty need");
		if ((v[pat->nneeds++] = arena_strndup(&ld->p->arena, buf,
		    strlen(buf))) == NULL)
			return perr(ld, "out of memory");
		pat->needs_first |= PAT_NEED_BIT(buf[after]);
	}
	return 0;
}

static int
parse_flags(struct ploader *ld, char *s, unsigned *flags)
{
	static const struct { const char *n; unsigned f; } fl[] = {
		{"visit", PAT_F_VISIT}, {"host", PAT_F_HOST},
		{"sym", PAT_F_SYM}, {"noun", PAT_F_NOUN}, {"say", PAT_F_SAY},
		{"avec", PAT_F_AVEC}, {"mediate", PAT_F_MEDIATE},
		{"forum", PAT_F_FORUM}, {"none", PAT_F_NONE},
		{"patient", PAT_F_PATIENT}, {"same", PAT_F_SAME},
	};
	char *tok, *save = NULL;
	size_t i;

	if (strcmp(s, "-") == 0)
		return 0;
	for (tok = strtok_r(s, ",", &save); tok;
	    tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < sizeof(fl) / sizeof(fl[0]); i++)
			if (strcmp(tok, fl[i].n) == 0)
				break;
		if (i == sizeof(fl) / sizeof(fl[0]))
			return perr(ld, "unknown flag %s", tok);
		*flags |= fl[i].f;
	}
	return 0;
}

static int
pattern_line(struct ploader *ld, char *line, const char *lang)
{
	char *col[6], lemma[FORM_MAX];
	struct pat_pattern *pat;

	if (split_tabs(line, col, 6) != 6)
		return perr(ld, "want 6 tab-separated columns");
	if ((pat = arena_alloc(&ld->p->arena, sizeof(*pat))) == NULL)
		return perr(ld, "out of memory");
	text_fold(col[0], strlen(col[0]), lemma, sizeof(lemma));
	if ((pat->lemma = arena_strndup(&ld->p->arena, lemma,
	    strlen(lemma))) == NULL)
		return perr(ld, "out of memory");
	snprintf(pat->lang, sizeof(pat->lang), "%s", lang);
	if ((pat->code = patterns_code(ld->p, col[2])) == NULL)
		return perr(ld, "code %s not in cameo.tsv", col[2]);
	pat->order = (uint32_t)ld->p->npatterns++;
	if (parse_needs(ld, col[3], pat) == -1 ||
	    parse_flags(ld, col[4], &pat->flags) == -1)
		return -1;
	if (strcmp(col[1], "x") == 0 && form_add(ld->p, lemma, pat,
	    TENSE_INF) == -1)
		return perr(ld, "out of memory");
	if (expand_class(ld, col[1], lemma, pat) == -1)
		return -1;
	return expand_extra(ld, col[5], pat);
}

static int
code_line(struct ploader *ld, char *line)
{
	char *col[5] = { NULL }, *end;
	struct pat_code *c;

	if (split_tabs(line, col, 5) < 4)
		return perr(ld, "want code, name, quad, goldstein, plover");
	if (ld->p->ncodes == MAXCODES)
		return perr(ld, "too many codes");
	c = &ld->p->codes[ld->p->ncodes];
	if (strlen(col[0]) < 3 || strlen(col[0]) > 4 ||
	    strspn(col[0], "0123456789") != strlen(col[0]))
		return perr(ld, "bad code %s", col[0]);
	memcpy(c->code, col[0], strlen(col[0]) + 1);
	c->root = (col[0][0] - '0') * 10 + col[0][1] - '0';
	c->quad = (int)strtol(col[2], &end, 10);
	if (*end || c->quad < 1 || c->quad > 4 || c->root < 1 || c->root > 20)
		return perr(ld, "bad quad class or root");
	c->goldstein = strtod(col[3], &end);
	if (*end || c->goldstein < -10 || c->goldstein > 10)
		return perr(ld, "bad goldstein %s", col[3]);
	c->name = arena_strndup(&ld->p->arena, col[1], strlen(col[1]));
	c->plover = arena_strndup(&ld->p->arena, col[4] ? col[4] : "",
	    col[4] ? strlen(col[4]) : 0);
	if (c->name == NULL || c->plover == NULL)
		return perr(ld, "out of memory");
	ld->p->ncodes++;
	return 0;
}

static int
mode_line(struct ploader *ld, char *line)
{
	static const struct { const char *n; int m; } modes[] = {
		{"PLANNED", EXTRACT_MODE_PLANNED},
		{"NEGATED", EXTRACT_MODE_NEGATED},
		{"REPORTED", EXTRACT_MODE_REPORTED},
		{"HYPOTHETICAL", EXTRACT_MODE_HYPOTHETICAL},
		{"NEG1", PAT_MODE_NEG1}, {"NEG2", PAT_MODE_NEG2},
	};
	char *col[4], buf[FORM_MAX];
	struct form_slot *s;
	size_t i;

	if (split_tabs(line, col, 4) != 4)
		return perr(ld, "want lang, word, mode, scope");
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		if (strcmp(col[2], modes[i].n) == 0)
			break;
	if (i == sizeof(modes) / sizeof(modes[0]))
		return perr(ld, "unknown mode %s", col[2]);
	text_fold(col[1], strlen(col[1]), buf, sizeof(buf));
	if ((s = slot_get(ld->p, buf)) == NULL)
		return perr(ld, "out of memory");
	s->mode = modes[i].m;
	snprintf(s->mode_lang, sizeof(s->mode_lang), "%s", col[0]);
	s->scope = strcmp(col[3], "pre") == 0 ? SCOPE_PRE :
	    strcmp(col[3], "clause") == 0 ? SCOPE_CLAUSE :
	    strcmp(col[3], "sent") == 0 ? SCOPE_SENT : 0;
	if (s->scope == 0)
		return perr(ld, "unknown scope %s", col[3]);
	return 0;
}

static int
word_fn(struct ploader *ld, char *line, const char *lang)
{
	static const struct { const char *n; uint64_t w; } cl[] = {
		{"loc", W_LOC}, {"obl", W_OBL}, {"agent", W_AGENT},
		{"with", W_WITH}, {"against", W_AGAINST},
		{"between", W_BETWEEN}, {"and", W_AND}, {"of", W_OF},
		{"title", W_TITLE}, {"particle", W_PARTICLE},
		{"pron", W_PRON}, {"pronpl", W_PRONPL},
		{"passaux", W_PASSAUX}, {"counterpart", W_COUNTERPART},
		{"selon", W_SELON}, {"det", W_DET}, {"dual", W_DUAL},
		{"dualnoun", W_DUALNOUN}, {"objpron", W_OBJPRON},
		{"clause", W_CLAUSE}, {"dative", W_DATIVE},
		{"relsubj", W_RELSUBJ}, {"poss", W_POSS}, {"doc", W_DOC},
		{"then", W_THEN}, {"capword", W_CAPWORD}, {"relobj", W_RELOBJ},
		{"region", W_REGION}, {"quantity", W_QUANTITY}, {"but", W_BUT},
		{"relprep", W_RELPREP}, {"toward", W_TOWARD}, {"sea", W_SEA},
		{"demonstrative", W_DEMONST}, {"definite", W_DEFINITE},
		{"licence", W_LICENCE}, {"sequence", W_SEQUENCE},
		{"firstperson", W_FIRSTPERSON}, {"each", W_EACH},
		{"haveaux", W_HAVEAUX}, {"reflexive", W_REFLEXIVE},
		{"incl", W_INCL}, {"purpose", W_PURPOSE},
		{"organized", W_ORGANIZED}, {"voice", W_VOICE},
		{"adjverb", W_ADJVERB}, {"modal", W_MODAL},
		{"subconj", W_SUBCONJ}, {"subconjque", W_SUBCONJQUE},
		{"inorder", W_INORDER}, {"pluperf", W_PLUPERF},
		{"later", W_LATER}, {"joint", W_JOINT},
		{"topic", W_TOPIC}, {"topicon", W_TOPICON},
		{"npdet", W_NPDET}, {"stateprep", W_STATEPREP},
		{"displaced", W_DISPLACED}, {"owngroup", W_OWNGROUP},
		{"undergo", W_UNDERGO},
	};
	char *col[3], buf[FORM_MAX];
	struct form_slot *s;
	size_t i;
	int n;

	if ((n = split_tabs(line, col, 3)) < 2)
		return perr(ld, "want class, word[, language]");
	for (i = 0; i < sizeof(cl) / sizeof(cl[0]); i++)
		if (strcmp(col[0], cl[i].n) == 0)
			break;
	if (i == sizeof(cl) / sizeof(cl[0]))
		return perr(ld, "unknown word class %s", col[0]);
	if (n == 3 && strcmp(col[2], "fr") != 0 && strcmp(col[2], "en") != 0)
		return perr(ld, "unknown language %s", col[2]);
	text_fold(col[1], strlen(col[1]), buf, sizeof(buf));
	if ((s = slot_get(ld->p, buf)) == NULL)
		return perr(ld, "out of memory");
	if (n < 3)
		s->wclass |= cl[i].w;
	else if (col[2][0] == 'f')
		s->wclass_fr |= cl[i].w;	/* "loc a fr": à, not "a" */
	else
		s->wclass_en |= cl[i].w;
	return 0;
}

/* Read path line by line into fn; a missing file is an error. */
static int
load_lines(struct ploader *ld, const char *path, const char *lang,
    int (*fn)(struct ploader *, char *, const char *))
{
	char line[1024];
	FILE *f;
	int rc = 0;

	ld->path = path;
	ld->line = 0;
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(ld->err, ld->errlen, "%s: cannot open", path);
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), f)) {
		ld->line++;
		if (line[0] == '#' || line[strspn(line, " \t\r\n")] == '\0')
			continue;
		rc = fn(ld, line, lang);
	}
	fclose(f);
	return rc;
}

static int
code_fn(struct ploader *ld, char *line, const char *lang)
{
	return code_line(ld, line);
}

static int
mode_fn(struct ploader *ld, char *line, const char *lang)
{
	return mode_line(ld, line);
}

/* Every patterns-LANG.tsv of dir, in name order. */
static int
load_pattern_files(struct ploader *ld, const char *dir)
{
	struct dirent **ents;
	char path[4096], lang[4];
	int n, i, rc = 0;
	size_t l;

	if ((n = scandir(dir, &ents, NULL, alphasort)) < 0) {
		snprintf(ld->err, ld->errlen, "%s: cannot read", dir);
		return -1;
	}
	for (i = 0; i < n; i++) {
		const char *nm = ents[i]->d_name;

		l = strlen(nm);
		if (rc == 0 && strncmp(nm, "patterns-", 9) == 0 && l > 13 &&
		    strcmp(nm + l - 4, ".tsv") == 0 && l - 13 < sizeof(lang)) {
			memcpy(lang, nm + 9, l - 13);
			lang[l - 13] = '\0';
			snprintf(path, sizeof(path), "%s/%s", dir, nm);
			rc = load_lines(ld, path, lang, pattern_line);
		}
		free(ents[i]);
	}
	free(ents);
	return rc;
}

struct event_patterns *
patterns_load(const char *dir, char *err, size_t errlen)
{
	struct ploader ld = { .err = err, .errlen = errlen };
	char path[4096];

	if ((ld.p = calloc(1, sizeof(*ld.p))) == NULL) {
		snprintf(err, errlen, "%s: out of memory", dir);
		return NULL;
	}
	arena_init(&ld.p->arena);
	if (slots_grow(ld.p) == -1)
		goto out_free;
	snprintf(path, sizeof(path), "%s/cameo.tsv", dir);
	if (load_lines(&ld, path, NULL, code_fn) == -1)
		goto out_free;
	if (load_pattern_files(&ld, dir) == -1)
		goto out_free;
	snprintf(path, sizeof(path), "%s/modes.tsv", dir);
	if (load_lines(&ld, path, NULL, mode_fn) == -1)
		goto out_free;
	snprintf(path, sizeof(path), "%s/words.tsv", dir);
	if (load_lines(&ld, path, NULL, word_fn) == -1)
		goto out_free;
	return ld.p;
out_free:
	patterns_free(ld.p);
	return NULL;
}

void
patterns_free(struct event_patterns *p)
{
	if (p == NULL)
		return;
	arena_clear(&p->arena);
	free(p->slots);
	free(p);
}

const struct pat_hit *
patterns_lookup(const struct event_patterns *p, uint64_t hash,
    const char *norm)
{
	const struct form_slot *s = slot_find(p, hash, norm);

	return s ? s->hits : NULL;
}

int
patterns_mode(const struct event_patterns *p, const char *lang,
    uint64_t hash, const char *norm, int *scope)
{
	const struct form_slot *s = slot_find(p, hash, norm);

	if (s == NULL || s->mode == 0)
		return 0;
	if (strcmp(s->mode_lang, "*") != 0 && strcmp(s->mode_lang, lang) != 0)
		return 0;
	*scope = s->scope;
	return s->mode;
}

void
patterns_info(const struct event_patterns *p, const char *lang,
    uint64_t hash, const char *norm, struct pat_info *out)
{
	const struct form_slot *s = slot_find(p, hash, norm);

	memset(out, 0, sizeof(*out));
	if (s == NULL)
		return;
	out->wclass = s->wclass;
	if (lang[0] != 'e')		/* French, or undetermined: both */
		out->wclass |= s->wclass_fr;
	if (lang[0] != 'f')
		out->wclass |= s->wclass_en;
	out->hits = s->hits;
	if (s->mode && (strcmp(s->mode_lang, "*") == 0 ||
	    strcmp(s->mode_lang, lang) == 0)) {
		out->mode = s->mode;
		out->scope = s->scope;
	}
}

uint64_t
patterns_word(const struct event_patterns *p, uint64_t hash, const char *norm)
{
	const struct form_slot *s = slot_find(p, hash, norm);

	return s ? s->wclass | s->wclass_fr | s->wclass_en : 0;
}

const struct pat_code *
patterns_code(const struct event_patterns *p, const char *code)
{
	size_t i;

	for (i = 0; i < p->ncodes; i++) {
		const char *c = p->codes[i].code;

		if (c[0] == code[0] && (c[0] == '\0' || (c[1] == code[1] &&
		    strcmp(c, code) == 0)))	/* most differ in 2 bytes */
			return &p->codes[i];
	}
	return NULL;
}

size_t
patterns_size(const struct event_patterns *p, size_t *nforms)
{
	if (nforms)
		*nforms = p->nforms;
	return p->npatterns;
}
