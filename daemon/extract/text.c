/*
 * text: strict UTF-8 validation, case and diacritic folding, tokenization
 * and sentence splitting for French and English news copy.
 *
 * Folding uses a hand-written table for ASCII, Latin-1 and Latin Extended-A
 * (the letters of French and most European names) and falls back to
 * utf8proc (case fold + canonical/compat decomposition + mark stripping) for
 * every other letter. The abbreviation list used by the sentence splitter is
 * a small static table below: it is grammar, not a dictionary.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "newsev/text.h"

/* Character classes for tokenization. */
enum cclass {
	C_OTHER = 0,	/* punctuation or symbol: one token per code point */
	C_SPACE,
	C_LETTER,
	C_DIGIT,
	C_MARK,		/* combining mark or soft hyphen: part of a word */
	C_APOS,		/* ' ’ ʼ : apostrophe inside a word */
	C_LQUOTE,	/* ‘ : apostrophe inside a word, else opening quote */
	C_HYPHEN,	/* - ‐ ‑ */
	C_DASH,		/* – — ― − : separate punctuation folded to '-' */
	C_QOPEN,	/* « “ „ ‹ */
	C_QCLOSE,	/* » ” › */
	C_DQUOTE,	/* " */
	C_PERIOD,	/* . */
	C_ELLIPSIS,	/* … */
};

#define FOLD_MAX 160	/* most bytes one code point can fold to */
#define SENT_MAX_TOKS 256	/* a longer sentence is cut (split_sentences) */

static uint8_t ascii_class[128];
static uint8_t ascii_alnum[256];	/* 1 for [A-Za-z0-9], any byte */
static char ascii_lower[128];
static uint8_t ascii_word_lower[256];	/* folded [A-Za-z0-9], else 0 */
static uint16_t ascii_caps[256];	/* 1 per letter, + 0x100 if upper */
static char latin_fold[0x180 - 0xC0][3];	/* U+00C0..U+017F */
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

struct fold_range {
	uint16_t first, last;
	const char *to;
};

/* Latin-1 Supplement and Latin Extended-A letters without diacritics. */
static const struct fold_range latin_ranges[] = {
	{0xC0, 0xC5, "a"}, {0xC6, 0xC6, "ae"}, {0xC7, 0xC7, "c"},
	{0xC8, 0xCB, "e"}, {0xCC, 0xCF, "i"}, {0xD0, 0xD0, "d"},
	{0xD1, 0xD1, "n"}, {0xD2, 0xD6, "o"}, {0xD8, 0xD8, "o"},
	{0xD9, 0xDC, "u"}, {0xDD, 0xDD, "y"}, {0xDE, 0xDE, "th"},
	{0xDF, 0xDF, "ss"}, {0xE0, 0xE5, "a"}, {0xE6, 0xE6, "ae"},
	{0xE7, 0xE7, "c"}, {0xE8, 0xEB, "e"}, {0xEC, 0xEF, "i"},
	{0xF0, 0xF0, "d"}, {0xF1, 0xF1, "n"}, {0xF2, 0xF6, "o"},
	{0xF8, 0xF8, "o"}, {0xF9, 0xFC, "u"}, {0xFD, 0xFD, "y"},
	{0xFE, 0xFE, "th"}, {0xFF, 0xFF, "y"},
	{0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"},
	{0x112, 0x11B, "e"}, {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},
	{0x128, 0x131, "i"}, {0x132, 0x133, "ij"}, {0x134, 0x135, "j"},
	{0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
	{0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"},
	{0x15A, 0x161, "s"}, {0x162, 0x167, "t"}, {0x168, 0x173, "u"},
	{0x174, 0x175, "w"}, {0x176, 0x178, "y"}, {0x179, 0x17E, "z"},
	{0x17F, 0x17F, "s"},
};

static void abbrev_index_init(void);

static void
tables_init(void)
{
	size_t i;
	uint32_t c;

	for (c = 0; c < 128; c++) {
		ascii_lower[c] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		ascii_alnum[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
		ascii_word_lower[c] = ascii_alnum[c] ? (uint8_t)ascii_lower[c] : 0;
		ascii_caps[c] = (uint16_t)((c >= 'A' ? ascii_alnum[c] : 0) |
		    (c >= 'A' && c <= 'Z' ? 0x100 : 0));
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			ascii_class[c] = C_LETTER;
		else if (c >= '0' && c <= '9')
			ascii_class[c] = C_DIGIT;
		else if (c == ' ' || (c >= 0x09 && c <= 0x0D) || c < 0x20 ||
		    c == 0x7F)
			ascii_class[c] = C_SPACE;
		else
			ascii_class[c] = C_OTHER;
	}
	ascii_class['\''] = C_APOS;
	ascii_class['-'] = C_HYPHEN;
	ascii_class['"'] = C_DQUOTE;
	ascii_class['.'] = C_PERIOD;
	for (i = 0; i < sizeof(latin_ranges) / sizeof(latin_ranges[0]); i++)
		for (c = latin_ranges[i].first; c <= latin_ranges[i].last; c++)
			strcpy(latin_fold[c - 0xC0], latin_ranges[i].to);
	abbrev_index_init();
}

static inline void
tables_ready(void)
{
	pthread_once(&tables_once, tables_init);
}

static int
class_nonascii(uint32_t cp)
{
	switch (cp) {
	case 0xA0: case 0x202F: case 0x205F: case 0x3000: case 0x2028:
	case 0x2029: case 0x85: case 0x200B: case 0xFEFF:
		return C_SPACE;
	case 0xAD:
		return C_MARK;
	case 0xAB: case 0x201C: case 0x201E: case 0x201F: case 0x2039:
		return C_QOPEN;
	case 0xBB: case 0x201D: case 0x203A:
		return C_QCLOSE;
	case 0x2019: case 0x02BC:
		return C_APOS;
	case 0x2018:
		return C_LQUOTE;
	case 0x2010: case 0x2011:
		return C_HYPHEN;
	case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
		return C_DASH;
	case 0x2026:
		return C_ELLIPSIS;
	case 0xD7: case 0xF7:
		return C_OTHER;
	}
	if (cp >= 0xC0 && cp < 0x250)
		return C_LETTER;
	if (cp >= 0x2000 && cp <= 0x200A)
		return C_SPACE;
	if (cp >= 0x300 && cp < 0x370)
		return C_MARK;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return C_LETTER;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
		return C_MARK;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
		return C_SPACE;
	default:
		return C_OTHER;
	}
}

static int
is_upper_nonascii(uint32_t cp)
{
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp < 0x180) {
		if (cp == 0x178)
			return 1;
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return cp & 1;
		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return 0;
		return !(cp & 1);
	}
	if (cp < 0x100)
		return 0;
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/*
 * Decode one code point at s[i]. Invalid bytes decode as U+FFFD, length 1,
 * so a stray byte never stalls the scanner.
 */
static inline uint32_t
utf8_decode(const uint8_t *s, size_t len, size_t i, unsigned *n)
{
	uint8_t c = s[i];

	if (c < 0x80) {
		*n = 1;
		return c;
	}
	if (c >= 0xC2 && c < 0xE0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
		*n = 2;
		return ((uint32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
	}
	if (c >= 0xE0 && c < 0xF0 && i + 2 < len &&
	    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
		*n = 3;
		return ((uint32_t)(c & 0x0F) << 12) |
		    ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
	}
	if (c >= 0xF0 && c < 0xF5 && i + 3 < len &&
	    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 &&
	    (s[i + 3] & 0xC0) == 0x80) {
		*n = 4;
		return ((uint32_t)(c & 0x07) << 18) |
		    ((uint32_t)(s[i + 1] & 0x3F) << 12) |
		    ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
	}
	*n = 1;
	return 0xFFFD;
}

/* Strict UTF-8 check: no overlongs, surrogates, > U+10FFFF or truncation. */
int
text_utf8_valid(const char *str, size_t len)
{
	const uint8_t *s = (const uint8_t *)str;
	size_t i = 0;
	uint8_t c, lo, hi;
	unsigned need;

	while (i < len) {
		c = s[i];
		if (c < 0x80) {
			i++;
			/* ASCII fast path: 8 bytes at a time while none is high */
			while (len - i >= 8) {
				uint64_t w;

				memcpy(&w, s + i, 8);
				if (w & UINT64_C(0x8080808080808080))
					break;
				i += 8;
			}
			continue;
		}
		lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF)
			need = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			if (c == 0xE0)
				lo = 0xA0;	/* overlong */
			else if (c == 0xED)
				hi = 0x9F;	/* surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			if (c == 0xF0)
				lo = 0x90;	/* overlong */
			else if (c == 0xF4)
				hi = 0x8F;	/* > U+10FFFF */
		} else
			return 0;
		if (len - i <= need)
			return 0;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return 0;
		for (unsigned k = 2; k <= need; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
		i += need + 1;
	}
	return 1;
}

/* Fold a non-ASCII letter or mark through utf8proc. */
static size_t
fold_generic(uint32_t cp, char *out)
{
	utf8proc_int32_t buf[32];
	utf8proc_ssize_t n, k;
	int bc = 0;
	size_t o = 0;

	n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 32,
	    UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
	    UTF8PROC_STRIPMARK | UTF8PROC_IGNORE, &bc);
	if (n < 0 || n > 32)
		return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp,
		    (utf8proc_uint8_t *)out);
	for (k = 0; k < n; k++)
		o += (size_t)utf8proc_encode_char(buf[k],
		    (utf8proc_uint8_t *)out + o);
	return o;
}

/*
 * Fold one code point into out (at least FOLD_MAX bytes). src/n are the
 * source bytes, copied as they are for symbols without a folded form.
 */
static size_t
fold_cp(uint32_t cp, const uint8_t *src, unsigned n, char *out)
{
	size_t k;

	if (cp < 0x80) {
		out[0] = ascii_lower[cp];
		return 1;
	}
	if (cp >= 0xC0 && cp < 0x180 && latin_fold[cp - 0xC0][0]) {
		out[0] = latin_fold[cp - 0xC0][0];
		if (!latin_fold[cp - 0xC0][1])
			return 1;
		out[1] = latin_fold[cp - 0xC0][1];
		return 2;
	}
	switch (class_nonascii(cp)) {
	case C_APOS: case C_LQUOTE:
		out[0] = '\'';
		return 1;
	case C_HYPHEN: case C_DASH:
		out[0] = '-';
		return 1;
	case C_SPACE:
		out[0] = ' ';
		return 1;
	case C_ELLIPSIS:
		memcpy(out, "...", 3);
		return 3;
	case C_LETTER: case C_MARK: case C_DIGIT:
		return fold_generic(cp, out);
	}
	for (k = 0; k < n; k++)
		out[k] = (char)src[k];
	return n;
}

/* Fold s into out (see text.h): whole code points, always NUL-terminated. */
size_t
text_fold(const char *str, size_t len, char *out, size_t cap)
{
	const uint8_t *s = (const uint8_t *)str;
	char tmp[FOLD_MAX];
	size_t i = 0, o = 0, k;
	unsigned n;
	uint32_t cp;

	tables_ready();
	if (cap == 0)
		return 0;
	while (i < len) {
		if (s[i] < 0x80) {
			if (o + 1 >= cap)
				break;
			out[o++] = ascii_lower[s[i++]];
			continue;
		}
		cp = utf8_decode(s, len, i, &n);
		k = fold_cp(cp, s + i, n, tmp);
		if (o + k >= cap)
			break;
		memcpy(out + o, tmp, k);
		o += k;
		i += n;
	}
	out[o] = '\0';
	return o;
}

/* Four bytes as a little-endian word; compilers make it one load. */
static inline uint64_t
le32(const uint8_t *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24;
}

/*
 * 64-bit multiply-xorshift hash of a folded form; stable across runs. The
 * 0..7 tail bytes are read with at most two 4-byte loads, not a byte loop:
 * fewer instructions, and measured no slower on the fresh bytes the
 * tokenizer has just stored.
 */
static inline uint64_t
hash_folded(const char *folded, size_t len)
{
	const uint64_t m = 0x9E3779B97F4A7C15ULL;
	const uint8_t *p = (const uint8_t *)folded;
	uint64_t h = 0x243F6A8885A308D3ULL ^ (len * m), w;

	while (len >= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
		p += 8;
		len -= 8;
	}
	/* The 0..7 tail bytes, little-endian, without a byte loop. */
	if (len >= 4)
		w = le32(p) | (uint64_t)le32(p + len - 4) << (8 * (len - 4));
	else if (len > 0)
		w = p[0] | (uint64_t)p[len / 2] << (8 * (len / 2)) |
		    (uint64_t)p[len - 1] << (8 * (len - 1));
	else
		w = 0;
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 29;
	h *= m;
	h ^= h >> 32;
	return h;
}

uint64_t
text_hash(const char *folded, size_t len)
{
	return hash_folded(folded, len);
}

/* Empty doc; text_analyze() allocates on first use. */
void
text_doc_init(struct text_doc *doc)
{
	memset(doc, 0, sizeof(*doc));
}

/* Free the doc's buffers (not the text) and leave it empty. */
void
text_doc_clear(struct text_doc *doc)
{
	free(doc->norm);
	free(doc->toks);
	free(doc->sents);
	memset(doc, 0, sizeof(*doc));
}

/* ------------------------------------------------------------------ */
/* Tokenizer                                                            */
/* ------------------------------------------------------------------ */

struct scan {
	struct text_doc *doc;
	const uint8_t *s;
	size_t len;
	size_t pos;
	int glued;		/* no space since the previous token */
	int oom;
};

static int
grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap = *cap ? *cap : 64;
	void *np;

	while (ncap < need)
		ncap *= 2;
	if ((np = realloc(*p, ncap * elem)) == NULL)
		return -1;
	*p = np;
	*cap = ncap;
	return 0;
}

static inline int
norm_reserve(struct scan *sc, size_t extra)
{
	struct text_doc *d = sc->doc;

	if (d->norm_len + extra <= d->norm_cap)
		return 0;
	if (grow((void **)&d->norm, &d->norm_cap, d->norm_len + extra, 1) == -1) {
		sc->oom = 1;
		return -1;
	}
	return 0;
}

static inline uint32_t
peek(const struct scan *sc, size_t at, unsigned *n, int *cls)
{
	uint32_t cp;

	if (at >= sc->len) {
		*n = 0;
		*cls = C_SPACE;
		return 0;
	}
	if (sc->s[at] < 0x80) {
		*n = 1;
		cp = sc->s[at];
		*cls = ascii_class[cp];
		return cp;
	}
	cp = utf8_decode(sc->s, sc->len, at, n);
	*cls = class_nonascii(cp);
	return cp;
}

static inline int
is_wordy(int cls)
{
	return cls == C_LETTER || cls == C_DIGIT || cls == C_MARK;
}

/* Open a token at sc->pos; its folded form is appended by the caller. */
static inline struct token *
tok_begin(struct scan *sc, int type)
{
	struct text_doc *d = sc->doc;
	struct token *t;

	if (d->ntoks == d->toks_cap &&
	    grow((void **)&d->toks, &d->toks_cap, d->ntoks + 1,
	    sizeof(*d->toks)) == -1) {
		sc->oom = 1;
		return NULL;
	}
	t = &d->toks[d->ntoks];
	*t = (struct token){
		.start = (uint32_t)sc->pos,
		.norm = (uint32_t)d->norm_len,
		.type = (uint8_t)type,
		.flags = sc->glued && d->ntoks > 0 ? TOK_F_GLUED : 0,
	};
	return t;
}

/* Close token t ending at byte end: NUL-terminate its form and hash it. */
static void
tok_end(struct scan *sc, struct token *t, size_t end)
{
	struct text_doc *d = sc->doc;

	t->end = (uint32_t)end;
	t->norm_len = (uint32_t)(d->norm_len - t->norm);
	d->norm[d->norm_len++] = '\0';
	t->hash = hash_folded(d->norm + t->norm, t->norm_len);
	d->ntoks++;
	sc->pos = end;
	sc->glued = 1;
}

/* Append the folded form of the code point at sc->pos and advance. */
static inline int
tok_put(struct scan *sc, uint32_t cp, unsigned n)
{
	struct text_doc *d = sc->doc;

	if (norm_reserve(sc, FOLD_MAX + 2) == -1)
		return -1;
	d->norm_len += fold_cp(cp, sc->s + sc->pos, n, d->norm + d->norm_len);
	sc->pos += n;
	return 0;
}

/* Elided French articles and pronouns, folded, without the apostrophe. */
static int
is_elision(const char *w, size_t n)
{
	static const char *const el[] = {
		"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
		"lorsqu", "puisqu", "quoiqu", "presqu",
	};

	if (n > 6)
		return 0;
	for (size_t i = 0; i < sizeof(el) / sizeof(el[0]); i++)
		if (el[i][0] == w[0] && strlen(el[i]) == n &&
		    memcmp(el[i], w, n) == 0)
			return 1;
	return 0;
}

/* Number of letters and upper-case letters seen in a word. */
struct caps {
	unsigned letters, upper;
	int first_upper, seen;
};

static inline void
caps_add(struct caps *c, uint32_t cp, int cls)
{
	int up;

	if (cls != C_LETTER)
		return;
	up = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : is_upper_nonascii(cp);
	if (!c->seen) {
		c->first_upper = up;
		c->seen = 1;
	}
	c->letters++;
	c->upper += (unsigned)up;
}

static void
caps_flags(struct token *t, const struct caps *c)
{
	if (c->first_upper)
		t->flags |= TOK_F_CAP;
	if (c->letters >= 2 && c->upper == c->letters)
		t->flags |= TOK_F_UPPER;
}

/*
 * A space inside a number: "10 000", "1 500 000" (ordinary or no-break
 * space) when every group before it is plain digits, the last one 1 to 3
 * long, and exactly three digits follow.
 */
static int
number_space(const struct scan *sc, size_t start, unsigned n)
{
	size_t at = sc->pos + n, k, group = 0;
	unsigned m;
	int cls;

	for (k = sc->pos; k > start; k--) {
		uint8_t b = sc->s[k - 1];

		if (b >= '0' && b <= '9')
			group++;
		else if (b != ' ' && b != 0xA0 && b != 0xC2 && b != 0xAF &&
		    b != 0x80 && b != 0xE2)
			return 0;	/* "3,5 000" or "1er 000" */
		else
			break;
	}
	if (group == 0 || group > 3)
		return 0;
	for (k = 0; k < 3; k++, at++)
		if (at >= sc->len || sc->s[at] < '0' || sc->s[at] > '9')
			return 0;
	peek(sc, at, &m, &cls);
	return !is_wordy(cls);
}

/* A number continues over "3,5", "3.5" and "10 000". */
static int
number_continues(const struct scan *sc, size_t start, uint32_t cp,
    unsigned n)
{
	unsigned m;
	int cls;

	if (cp == ',' || cp == '.') {
		peek(sc, sc->pos + n, &m, &cls);
		return cls == C_DIGIT;
	}
	if (cp != ' ' && cp != 0xA0 && cp != 0x202F)
		return 0;
	return number_space(sc, start, n);
}

/*
 * Apostrophe inside a word at sc->pos: returns 1 to end the word before it
 * (English "'s"), 2 to end it after it (elision "l'"), 0 to keep it in the
 * word ("aujourd'hui").
 */
static int
apostrophe_split(const struct scan *sc, const struct token *t, unsigned n)
{
	const char *w = sc->doc->norm + t->norm;
	size_t wl = sc->doc->norm_len - t->norm;
	unsigned m, m2;
	int cls, cls2;
	uint32_t cp;

	if (is_elision(w, wl))
		return 2;
	cp = peek(sc, sc->pos + n, &m, &cls);
	if (cp == 's' || cp == 'S') {
		peek(sc, sc->pos + n + m, &m2, &cls2);
		if (!is_wordy(cls2) && cls2 != C_APOS)
			return 1;
	}
	return 0;
}

/* Absorb ".X." groups of a dotted acronym ("U.S.", "U.N."). */
static void
scan_acronym(struct scan *sc, struct caps *c)
{
	const uint8_t *s = sc->s;

	while (sc->pos + 2 < sc->len && s[sc->pos] == '.' &&
	    s[sc->pos + 1] < 0x80 && ascii_class[s[sc->pos + 1]] == C_LETTER &&
	    s[sc->pos + 2] == '.') {
		tok_put(sc, '.', 1);
		caps_add(c, s[sc->pos], C_LETTER);
		tok_put(sc, s[sc->pos], 1);
	}
}

enum abbr_kind { ABBR_NONE, ABBR_TITLE, ABBR_PLAIN };

/*
 * Abbreviations whose '.' does not end a sentence, matched case-sensitively
 * on the source bytes. Titles never end a sentence; plain ones do when the
 * next word is a capitalized sentence opener.
 */
static const struct {
	const char *w;
	uint8_t kind;
} abbrevs[] = {
	{"M", ABBR_TITLE}, {"MM", ABBR_TITLE}, {"Mme", ABBR_TITLE},
	{"Mmes", ABBR_TITLE}, {"Mlle", ABBR_TITLE}, {"Mlles", ABBR_TITLE},
	{"Dr", ABBR_TITLE}, {"Pr", ABBR_TITLE}, {"Me", ABBR_TITLE},
	{"Mgr", ABBR_TITLE}, {"St", ABBR_TITLE}, {"Ste", ABBR_TITLE},
	{"Gen", ABBR_TITLE}, {"G\xc3\xa9n", ABBR_TITLE}, {"Col", ABBR_TITLE},
	{"Lt", ABBR_TITLE}, {"Sgt", ABBR_TITLE}, {"Mr", ABBR_TITLE},
	{"Mrs", ABBR_TITLE}, {"Ms", ABBR_TITLE}, {"Jr", ABBR_TITLE},
	{"Sr", ABBR_TITLE}, {"Capt", ABBR_TITLE}, {"Cpt", ABBR_TITLE},
	{"Cdt", ABBR_TITLE}, {"Adm", ABBR_TITLE}, {"Gov", ABBR_TITLE},
	{"Sen", ABBR_TITLE}, {"Rep", ABBR_TITLE}, {"Rev", ABBR_TITLE},
	{"Prof", ABBR_TITLE}, {"Maj", ABBR_TITLE}, {"Brig", ABBR_TITLE},
	{"Lieut", ABBR_TITLE}, {"Amb", ABBR_TITLE}, {"Hon", ABBR_TITLE},
	{"Pres", ABBR_TITLE}, {"Cmdt", ABBR_TITLE}, {"Mt", ABBR_TITLE},
	{"etc", ABBR_PLAIN}, {"ex", ABBR_PLAIN}, {"p", ABBR_PLAIN},
	{"cf", ABBR_PLAIN}, {"vs", ABBR_PLAIN}, {"av", ABBR_PLAIN},
	{"apr", ABBR_PLAIN}, {"env", ABBR_PLAIN}, {"Inc", ABBR_PLAIN},
	{"Ltd", ABBR_PLAIN}, {"Co", ABBR_PLAIN}, {"Corp", ABBR_PLAIN},
	{"No", ABBR_PLAIN}, {"art", ABBR_PLAIN}, {"al", ABBR_PLAIN},
	{"janv", ABBR_PLAIN}, {"f\xc3\xa9vr", ABBR_PLAIN},
	{"avr", ABBR_PLAIN}, {"juil", ABBR_PLAIN}, {"sept", ABBR_PLAIN},
	{"oct", ABBR_PLAIN}, {"nov", ABBR_PLAIN}, {"d\xc3\xa9""c", ABBR_PLAIN},
	{"Jan", ABBR_PLAIN}, {"Feb", ABBR_PLAIN}, {"Mar", ABBR_PLAIN},
	{"Apr", ABBR_PLAIN}, {"Aug", ABBR_PLAIN}, {"Sep", ABBR_PLAIN},
	{"Sept", ABBR_PLAIN}, {"Oct", ABBR_PLAIN}, {"Nov", ABBR_PLAIN},
	{"Dec", ABBR_PLAIN}, {"approx", ABBR_PLAIN}, {"t\xc3\xa9l", ABBR_PLAIN},
	{"hab", ABBR_PLAIN}, {"Ave", ABBR_PLAIN}, {"Bd", ABBR_PLAIN},
	{"bd", ABBR_PLAIN}, {"vol", ABBR_PLAIN}, {"chap", ABBR_PLAIN},
	{"cie", ABBR_PLAIN}, {"Cie", ABBR_PLAIN}, {"Dept", ABBR_PLAIN},
};

#define NABBREVS (sizeof(abbrevs) / sizeof(abbrevs[0]))
_Static_assert(NABBREVS < 255, "abbrev chains index with uint8_t");

/*
 * abbrevs[] chained by lead byte, in table order: 1 + index of the first
 * (abbrev_head) or next (abbrev_next) entry, 0 at the end. Built once by
 * tables_init().
 */
static uint8_t abbrev_head[256], abbrev_next[NABBREVS], abbrev_len[NABBREVS];

static void
abbrev_index_init(void)
{
	for (size_t i = NABBREVS; i-- > 0;) {
		uint8_t lead = (uint8_t)abbrevs[i].w[0];

		abbrev_len[i] = (uint8_t)strlen(abbrevs[i].w);
		abbrev_next[i] = abbrev_head[lead];
		abbrev_head[lead] = (uint8_t)(i + 1);
	}
}

/* Kind of the abbreviation w[0..n) in the table, ABBR_NONE if absent. */
static int
abbrev_lookup(const uint8_t *w, size_t n)
{
	if (n > 6 || n == 0)
		return ABBR_NONE;
	for (size_t i = abbrev_head[w[0]]; i != 0; i = abbrev_next[i - 1])
		if (abbrev_len[i - 1] == n &&
		    memcmp(abbrevs[i - 1].w, w, n) == 0)
			return abbrevs[i - 1].kind;
	return ABBR_NONE;
}

static int
abbrev_kind(const uint8_t *w, size_t n, const struct caps *c)
{
	int k = abbrev_lookup(w, n);

	if (k != ABBR_NONE)
		return k;
	if (c->letters == 1 && c->upper == 1)
		return ABBR_PLAIN;	/* an initial: "L.", "J." */
	return ABBR_NONE;
}

/*
 * End a word: a following '.' joins it when it is an abbreviation, an
 * initial or the end of a dotted acronym (TOK_F_ABBREV).
 */
static void
scan_word_end(struct scan *sc, struct token *t, struct caps *c, size_t wstart)
{
	int kind;

	if (sc->pos < sc->len && sc->s[sc->pos] == '.' &&
	    t->type == TOK_WORD) {
		if (c->letters == 1 && sc->pos - wstart == 1)
			scan_acronym(sc, c);
		kind = abbrev_kind(sc->s + wstart, sc->pos - wstart, c);
		if (c->letters > 1 && sc->s[sc->pos - 2] == '.')
			kind = ABBR_PLAIN;	/* end of "U.S" */
		if (kind != ABBR_NONE) {
			tok_put(sc, '.', 1);
			t->flags |= TOK_F_ABBREV;
		}
	}
	caps_flags(t, c);
	tok_end(sc, t, sc->pos);
}

/*
 * Fast path: a run of ASCII letters and digits inside a word, copied folded
 * in chunks reserved ahead, with the letter counters in registers.
 */
static inline void
scan_ascii_run(struct scan *sc, struct caps *c)
{
	const uint8_t *s = sc->s;
	struct text_doc *d = sc->doc;
	size_t p = sc->pos, len = sc->len, k, chunk;
	unsigned letters = 0, upper = 0, both;
	char *o;
	uint8_t ch, lo;

	for (;;) {
		chunk = len - p < 64 ? len - p : 64;
		if (chunk == 0 || norm_reserve(sc, chunk + 2) == -1)
			break;
		o = d->norm + d->norm_len;
		/* Both counters in one word: a chunk has at most 64 letters. */
		for (k = 0, both = 0; k < chunk; k++) {
			ch = s[p + k];
			if ((lo = ascii_word_lower[ch]) == 0)
				break;
			o[k] = (char)lo;
			both += ascii_caps[ch];
		}
		letters += both & 0xFF;
		upper += both >> 8;
		d->norm_len += k;
		p += k;
		if (k < chunk)
			break;
	}
	if (letters > 0 && !c->seen) {
		for (k = sc->pos; s[k] < 'A'; k++)
			;
		c->first_upper = s[k] <= 'Z';
		c->seen = 1;
	}
	c->letters += letters;
	c->upper += upper;
	sc->pos = p;
}

/* A word or number starting at sc->pos. */
static void
scan_word(struct scan *sc, int first_cls)
{
	struct token *t;
	struct caps c = {0, 0, 0, 0};
	size_t wstart = sc->pos;
	uint32_t cp;
	unsigned n;
	int cls, sp;

	if ((t = tok_begin(sc, first_cls == C_DIGIT ? TOK_NUMBER : TOK_WORD))
	    == NULL)
		return;
	for (;;) {
		scan_ascii_run(sc, &c);
		cp = peek(sc, sc->pos, &n, &cls);
		if (n == 0 || sc->oom)
			break;
		if (is_wordy(cls)) {
			caps_add(&c, cp, cls);
		} else if (t->type == TOK_NUMBER &&
		    number_continues(sc, wstart, cp, n)) {
			if (cp == ' ' || cp == 0xA0 || cp == 0x202F) {
				sc->pos += n;	/* thousands separator: dropped */
				continue;
			}
		} else if ((cls == C_APOS || cls == C_LQUOTE) &&
		    t->type == TOK_WORD) {
			unsigned m;
			int ncls;

			peek(sc, sc->pos + n, &m, &ncls);
			if (ncls != C_LETTER)
				break;
			if ((sp = apostrophe_split(sc, t, n)) == 1)
				break;
			if (sp == 2) {
				if (tok_put(sc, cp, n) == -1)
					return;
				t->flags |= TOK_F_ELIDED;
				caps_flags(t, &c);
				tok_end(sc, t, sc->pos);
				return;
			}
		} else
			break;
		if (tok_put(sc, cp, n) == -1)
			return;
	}
	scan_word_end(sc, t, &c, wstart);
}

/* One punctuation or quote token of type type and n source bytes. */
static void
scan_punct(struct scan *sc, int type, uint32_t cp, unsigned n)
{
	struct token *t;

	if ((t = tok_begin(sc, type)) == NULL)
		return;
	if (tok_put(sc, cp, n) == -1)
		return;
	tok_end(sc, t, sc->pos);
}

/* "..." as one token. */
static void
scan_period(struct scan *sc)
{
	struct token *t;
	size_t k = 0;

	if ((t = tok_begin(sc, TOK_PUNCT)) == NULL)
		return;
	while (sc->pos + k < sc->len && sc->s[sc->pos + k] == '.' && k < 3)
		k++;
	if (k != 3)
		k = 1;
	if (norm_reserve(sc, 4) == -1)
		return;
	memcpy(sc->doc->norm + sc->doc->norm_len, "...", k);
	sc->doc->norm_len += k;
	tok_end(sc, t, sc->pos + k);
}

/* An apostrophe outside a word: English "'s", or a quote mark. */
static void
scan_apostrophe(struct scan *sc, uint32_t cp, unsigned n, int cls)
{
	struct token *t;
	unsigned m, m2;
	int c1, c2;
	uint32_t nx;

	nx = peek(sc, sc->pos + n, &m, &c1);
	peek(sc, sc->pos + n + m, &m2, &c2);
	if (sc->glued && sc->doc->ntoks > 0 && (nx == 's' || nx == 'S') &&
	    !is_wordy(c2) && sc->doc->toks[sc->doc->ntoks - 1].type == TOK_WORD) {
		if ((t = tok_begin(sc, TOK_WORD)) == NULL ||
		    tok_put(sc, cp, n) == -1 || tok_put(sc, nx, m) == -1)
			return;
		tok_end(sc, t, sc->pos);
		return;
	}
	if (cls == C_LQUOTE)
		scan_punct(sc, TOK_QUOTE_OPEN, cp, n);
	else if (cp == '\'')
		scan_punct(sc, TOK_QUOTE, cp, n);
	else if (cp == 0x2019)
		scan_punct(sc, TOK_QUOTE_CLOSE, cp, n);
	else
		scan_punct(sc, TOK_PUNCT, cp, n);
}

static int
tokenize(struct scan *sc)
{
	uint32_t cp;
	unsigned n;
	int cls;

	while (sc->pos < sc->len && !sc->oom) {
		cp = peek(sc, sc->pos, &n, &cls);
		switch (cls) {
		case C_SPACE:
			sc->pos += n;
			sc->glued = 0;
			break;
		case C_LETTER: case C_DIGIT:
			scan_word(sc, cls);
			break;
		case C_APOS: case C_LQUOTE:
			scan_apostrophe(sc, cp, n, cls);
			break;
		case C_QOPEN:
			scan_punct(sc, TOK_QUOTE_OPEN, cp, n);
			break;
		case C_QCLOSE:
			scan_punct(sc, TOK_QUOTE_CLOSE, cp, n);
			break;
		case C_DQUOTE:
			scan_punct(sc, TOK_QUOTE, cp, n);
			break;
		case C_PERIOD:
			scan_period(sc);
			break;
		case C_MARK:
			sc->pos += n;	/* stray mark outside a word */
			break;
		default:
			scan_punct(sc, TOK_PUNCT, cp, n);
			break;
		}
	}
	return sc->oom ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Sentences                                                            */
/* ------------------------------------------------------------------ */

static int
tok_is(const struct text_doc *d, size_t i, const char *s)
{
	return strcmp(text_tok_norm(d, i), s) == 0;
}

static int
is_terminal(const struct text_doc *d, size_t i)
{
	const struct token *t = &d->toks[i];

	return t->type == TOK_PUNCT && (tok_is(d, i, ".") || tok_is(d, i, "!") ||
	    tok_is(d, i, "?") || tok_is(d, i, "..."));
}

/* Closing material that stays with the sentence it ends: » ” ) ] ". */
static int
is_closer(const struct text_doc *d, size_t i)
{
	const struct token *t = &d->toks[i];

	if (t->type == TOK_QUOTE_CLOSE)
		return 1;
	if (t->type == TOK_QUOTE)
		return (t->flags & TOK_F_GLUED) != 0;
	return t->type == TOK_PUNCT && (tok_is(d, i, ")") || tok_is(d, i, "]"));
}

static int
starts_sentence(const struct text_doc *d, size_t i)
{
	const struct token *t = &d->toks[i];

	switch (t->type) {
	case TOK_WORD:
		return (t->flags & TOK_F_CAP) != 0;
	case TOK_NUMBER: case TOK_QUOTE_OPEN: case TOK_QUOTE:
		return 1;
	default:
		return t->type == TOK_PUNCT && (tok_is(d, i, "-") ||
		    tok_is(d, i, "("));
	}
}

/* Capitalized words that usually open a sentence (after "etc.", "U.S."). */
static int
is_opener(const struct text_doc *d, size_t i)
{
	static const char *const w[] = {
		"le", "la", "les", "l'", "il", "elle", "ils", "elles", "on",
		"ce", "cette", "ces", "c'", "un", "une", "des", "mais", "en",
		"selon", "pour", "dans", "the", "he", "she", "it", "they",
		"we", "this", "that", "these", "in", "but", "a", "an", "on",
		"i", "its", "their", "his", "her", "according", "puis",
		"ensuite", "cependant", "toutefois", "alors", "nous", "je",
		"then", "however", "meanwhile", "there", "our", "you",
	};

	if (d->toks[i].type != TOK_WORD || !(d->toks[i].flags & TOK_F_CAP))
		return 0;
	for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (tok_is(d, i, w[k]))
			return 1;
	return 0;
}

static int
is_title_abbrev(const struct text_doc *d, size_t i)
{
	const struct token *t = &d->toks[i];

	return abbrev_lookup((const uint8_t *)d->text + t->start,
	    t->end - t->start - 1) == ABBR_TITLE;
}

/* Does a line break separate token i from token i+1 ("\n" in the gap)? */
static int
newlines_between(const struct text_doc *d, size_t i)
{
	const char *p = d->text + d->toks[i].end;
	const char *e = d->text + d->toks[i + 1].start;
	int nl = 0;

	for (; p < e; p++)
		nl += *p == '\n';
	return nl;
}

/*
 * A single line break between tokens i and j ends a sentence when j opens
 * one and the line does not simply wrap: i is not a lower-case word, or j
 * is an upper-case dateline ("BRUXELLES").
 */
static int
line_break_ends(const struct text_doc *d, size_t i, size_t j)
{
	const struct token *a = &d->toks[i], *b = &d->toks[j];

	if (!starts_sentence(d, j))
		return 0;
	if (a->type != TOK_WORD || (a->flags & TOK_F_CAP))
		return 1;
	return (b->flags & TOK_F_UPPER) || b->type == TOK_QUOTE_OPEN;
}

/* Does a sentence end after token i? Sets *last to its last token. */
static int
sentence_ends(const struct text_doc *d, size_t i, size_t *last)
{
	size_t j = i + 1;
	int nl;

	*last = i;
	if (j >= d->ntoks)
		return 1;
	if (is_terminal(d, i)) {
		while (j < d->ntoks && (is_terminal(d, j) || is_closer(d, j)))
			j++;
		*last = j - 1;
		return j >= d->ntoks || starts_sentence(d, j) ||
		    newlines_between(d, j - 1) > 0;
	}
	nl = newlines_between(d, i);
	if (nl >= 2 || (nl == 1 && line_break_ends(d, i, j)))
		return 1;
	if ((d->toks[i].flags & TOK_F_ABBREV) && !is_title_abbrev(d, i))
		return is_opener(d, j);
	return 0;
}

static int
add_sentence(struct text_doc *d, size_t first, size_t last)
{
	struct sentence *s;

	if (d->nsents == d->sents_cap &&
	    grow((void **)&d->sents, &d->sents_cap, d->nsents + 1,
	    sizeof(*d->sents)) == -1)
		return -1;
	s = &d->sents[d->nsents];
	s->start = d->toks[first].start;
	s->end = d->toks[last].end;
	s->tok = (uint32_t)first;
	s->ntok = (uint32_t)(last - first + 1);
	d->toks[first].flags |= TOK_F_SENT_START;
	for (size_t k = first; k <= last; k++)
		d->toks[k].sent = (uint32_t)d->nsents;
	d->nsents++;
	return 0;
}

/*
 * Split the tokens into sentences. A run of SENT_MAX_TOKS tokens without a
 * sentence end (a table, a list, text without punctuation) is cut there:
 * the passes look around a word within its sentence, and a bounded
 * sentence keeps their cost linear in the text. Real sentences of wire
 * copy stay far below it (under 100 tokens).
 */
static int
split_sentences(struct text_doc *d)
{
	size_t first = 0, i = 0, last;

	while (i < d->ntoks) {
		if (sentence_ends(d, i, &last) ||
		    (last = i) + 1 - first >= SENT_MAX_TOKS) {
			if (add_sentence(d, first, last) == -1)
				return -1;
			first = i = last + 1;
		} else
			i++;
	}
	return 0;
}

/*
 * Tokenize and split text into doc, reusing its buffers. Returns 0, or -1
 * when memory runs out or the text is longer than 4 GiB.
 */
int
text_analyze(struct text_doc *doc, const char *text, size_t len)
{
	struct scan sc;

	tables_ready();
	doc->text = text;
	doc->len = len;
	doc->norm_len = 0;
	doc->ntoks = 0;
	doc->nsents = 0;
	if (len > UINT32_MAX)
		return -1;
	memset(&sc, 0, sizeof(sc));
	sc.doc = doc;
	sc.s = (const uint8_t *)text;
	sc.len = len;
	if (norm_reserve(&sc, len / 2 + 64) == -1)
		return -1;
	if (tokenize(&sc) == -1)
		return -1;
	return split_sentences(doc);
}
