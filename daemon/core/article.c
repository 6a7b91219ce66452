/*
 * article: decoding of input messages into a validated struct article.
 * JSON goes through a one-pass scanner for the common well-formed case and
 * through json-c (chosen by measurement, bench/jsonpick) for everything the
 * scanner declines, which includes every malformed message; protobuf
 * through the generated protobuf-c code. Both paths apply the same rules and
 * produce short, stable rejection reasons: they end up in the `newsev-error`
 * header of dead-lettered messages.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "newsev/article.h"
#include "newsev/text.h"
#include "newsev/v1/newsev.pb-c.h"

/* Articles are flat; unknown fields may nest a little, hostile input not. */
#define ARTICLE_JSON_DEPTH	32

/* The string fields of an article, in both formats. */
struct article_field {
	const char *name;
	size_t offset;		/* of the char * in struct article */
	int required;		/* 1: must be present and non-empty */
	uint32_t pb_tag;	/* field number in newsev.v1.Article */
	size_t pb_offset;	/* of the char * in Newsev__V1__Article */
};

#define FIELD(name, req, tag) { #name, offsetof(struct article, name), req, \
	tag, offsetof(Newsev__V1__Article, name) }

static const struct article_field article_fields[] = {
	FIELD(id, 1, 1),
	FIELD(url, 0, 2),
	FIELD(title, 0, 3),
	FIELD(text, 1, 4),
	FIELD(lang, 0, 5),
	FIELD(source, 0, 7),
};

#define N_FIELDS (sizeof(article_fields) / sizeof(article_fields[0]))

static char **
article_slot(struct article *a, const struct article_field *f)
{
	return (char **)(void *)((char *)a + f->offset);
}

static int
article_fail(char *reason, size_t reasonlen, const char *fmt, ...)
{
	va_list ap;

	if (reason != NULL && reasonlen > 0) {
		va_start(ap, fmt);
		vsnprintf(reason, reasonlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/*
 * Check one string value s[0..len) for field f and store a copy. The
 * checks are shared by JSON and protobuf. Returns 0 or -1 with a reason.
 */
static int
article_set_field(struct article *a, const struct article_field *f,
    const char *s, size_t len, char *reason, size_t reasonlen)
{
	char **slot = article_slot(a, f);

	if (f->required && len == 0)
		return article_fail(reason, reasonlen, "empty field: %s",
		    f->name);
	if (memchr(s, '\0', len) != NULL)
		return article_fail(reason, reasonlen, "NUL byte in field %s",
		    f->name);
	if (!text_utf8_valid(s, len))
		return article_fail(reason, reasonlen,
		    "invalid UTF-8 in field %s", f->name);
	if ((*slot = strndup(s, len)) == NULL)
		return article_fail(reason, reasonlen, "out of memory");
	if (slot == &a->text)
		a->text_len = len;
	return 0;
}

/* Give every absent string field "" so that no pointer is NULL. */
static int
article_fill_empty(struct article *a, char *reason, size_t reasonlen)
{
	size_t i;
	char **slot;

	for (i = 0; i < N_FIELDS; i++) {
		slot = article_slot(a, &article_fields[i]);
		if (*slot == NULL && (*slot = strdup("")) == NULL)
			return article_fail(reason, reasonlen,
			    "out of memory");
	}
	return 0;
}

/* Parse exactly ndigits decimal digits at *p, advancing it. */
static int
rfc3339_digits(const char **p, int ndigits, int *out)
{
	int v = 0, i;

	for (i = 0; i < ndigits; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += ndigits;
	*out = v;
	return 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static int64_t
days_from_civil(int y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int
days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* "HH:MM:SS[.frac]" at *p: seconds of the day and milliseconds. */
static int
rfc3339_time(const char **p, int64_t *secs, int *ms)
{
	int hh, mi, ss, scale = 100;

	if (rfc3339_digits(p, 2, &hh) == -1 || *(*p)++ != ':' ||
	    rfc3339_digits(p, 2, &mi) == -1 || *(*p)++ != ':' ||
	    rfc3339_digits(p, 2, &ss) == -1)
		return -1;
	if (hh > 23 || mi > 59 || ss > 60)
		return -1;
	if (ss == 60)		/* a leap second: keep it in its minute */
		ss = 59;
	*ms = 0;
	if (**p == '.') {
		(*p)++;
		if (!isdigit((unsigned char)**p))
			return -1;
		for (; isdigit((unsigned char)**p); (*p)++, scale /= 10)
			*ms += (**p - '0') * scale;
	}
	*secs = (int64_t)hh * 3600 + mi * 60 + ss;
	return 0;
}

/* "Z" or "+HH:MM" / "-HH:MM" at p: offset east of UTC in seconds. */
static int
rfc3339_offset(const char *p, int64_t *off)
{
	int oh, om, sign;

	if ((*p == 'Z' || *p == 'z') && p[1] == '\0') {
		*off = 0;
		return 0;
	}
	if (*p != '+' && *p != '-')
		return -1;
	sign = *p++ == '-' ? -1 : 1;
	if (rfc3339_digits(&p, 2, &oh) == -1 || *p++ != ':' ||
	    rfc3339_digits(&p, 2, &om) == -1 || *p != '\0' || oh > 23 ||
	    om > 59)
		return -1;
	*off = sign * ((int64_t)oh * 3600 + om * 60);
	return 0;
}

int
article_parse_rfc3339(const char *s, int64_t *ms)
{
	const char *p = s;
	int64_t secs, off;
	int y, mo, d, frac;

	if (s == NULL || rfc3339_digits(&p, 4, &y) == -1 || *p++ != '-' ||
	    rfc3339_digits(&p, 2, &mo) == -1 || *p++ != '-' ||
	    rfc3339_digits(&p, 2, &d) == -1)
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
		return -1;
	if (*p != 'T' && *p != 't' && *p != ' ')
		return -1;
	p++;
	if (rfc3339_time(&p, &secs, &frac) == -1 ||
	    rfc3339_offset(p, &off) == -1)
		return -1;
	*ms = ((days_from_civil(y, mo, d) * 86400 + secs - off) * 1000) + frac;
	return 0;
}

/* Read string field f from object o; absent or null leaves it NULL. */
static int
article_json_field(struct article *a, struct json_object *o,
    const struct article_field *f, char *reason, size_t reasonlen)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, f->name, &v) || v == NULL) {
		if (f->required)
			return article_fail(reason, reasonlen,
			    "missing field: %s", f->name);
		return 0;
	}
	if (!json_object_is_type(v, json_type_string))
		return article_fail(reason, reasonlen,
		    "field %s: not a string", f->name);
	return article_set_field(a, f, json_object_get_string(v),
	    (size_t)json_object_get_string_len(v), reason, reasonlen);
}

static int
article_json_published(struct article *a, struct json_object *o,
    char *reason, size_t reasonlen)
{
	struct json_object *v;
	const char *s;

	if (!json_object_object_get_ex(o, "published_at", &v) || v == NULL)
		return 0;
	if (!json_object_is_type(v, json_type_string))
		return article_fail(reason, reasonlen,
		    "field published_at: not a string");
	s = json_object_get_string(v);
	if (strlen(s) != (size_t)json_object_get_string_len(v) ||
	    article_parse_rfc3339(s, &a->published_ms) == -1)
		return article_fail(reason, reasonlen,
		    "field published_at: not an RFC 3339 time");
	a->has_published = 1;
	return 0;
}

/* Parse buf as one JSON value; trailing white space is allowed. */
static struct json_object *
article_json_parse(const char *buf, size_t len, char *reason,
    size_t reasonlen)
{
	struct json_tokener *tok;
	struct json_object *o;
	enum json_tokener_error err;
	size_t end;

	if ((tok = json_tokener_new_ex(ARTICLE_JSON_DEPTH)) == NULL) {
		article_fail(reason, reasonlen, "out of memory");
		return NULL;
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_ALLOW_TRAILING_CHARS);
	o = json_tokener_parse_ex(tok, buf, (int)len);
	err = json_tokener_get_error(tok);
	end = json_tokener_get_parse_end(tok);
	if (o == NULL && err == json_tokener_continue) {
		/* A bare number or literal ends only at the end of input. */
		o = json_tokener_parse_ex(tok, "", 1);
		err = json_tokener_get_error(tok);
	}
	json_tokener_free(tok);
	if (err == json_tokener_success && o == NULL) {	/* "null" */
		article_fail(reason, reasonlen, "not a JSON object");
		return NULL;
	}
	if (err != json_tokener_success) {
		json_object_put(o);
		article_fail(reason, reasonlen, "malformed JSON: %s at byte %zu",
		    err == json_tokener_continue ||
		    err == json_tokener_error_parse_eof ?
		    "unexpected end of input" : json_tokener_error_desc(err),
		    end);
		return NULL;
	}
	while (end < len && strchr(" \t\r\n", buf[end]) != NULL &&
	    buf[end] != '\0')
		end++;
	if (end < len) {
		json_object_put(o);
		article_fail(reason, reasonlen,
		    "malformed JSON: trailing data at byte %zu", end);
		return NULL;
	}
	return o;
}

/*
 * The JSON fast path: one scan of the buffer, no tree, for the common case
 * of a well-formed article. It takes only input that json-c reads the same
 * way, and declines (returns -1, *a left cleared) everything else so that
 * json-c decides and every rejection reason stays json-c's: any syntax
 * error, invalid UTF-8 (checked as strings are scanned, with the rules of
 * text_utf8_valid()), a control character in a string, a \u escape of
 * NUL or of a surrogate, an escaped key at the top level, a field given
 * twice, a field of ours that is not a string or null, a required field
 * missing or empty, a number with an exponent or longer than
 * FAST_NUMBER_MAX, nesting deeper than FAST_DEPTH, an unparsable
 * published_at.
 */
#define FAST_DEPTH	16
#define FAST_NUMBER_MAX	15

struct fast {
	const char *p, *end;
};

static void
fast_ws(struct fast *f)
{
	while (f->p < f->end && (*f->p == ' ' || *f->p == '\n' ||
	    *f->p == '\r' || *f->p == '\t'))
		f->p++;
}

/* Does f->p start with c (after white space)? Consumes it if so. */
static int
fast_eat(struct fast *f, char c)
{
	fast_ws(f);
	if (f->p >= f->end || *f->p != c)
		return 0;
	f->p++;
	return 1;
}

/*
 * 1 when some byte of w is '"', '\\', a control character (< 0x20) or not
 * ASCII.
 */
static int
fast_special8(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');

	return ((((q - ones) & ~q) | ((b - ones) & ~b) |
	    ((w - ones * 0x20) & ~w) | w) & (ones * 0x80)) != 0;
}

/*
 * Length of the valid UTF-8 sequence of 2 to 4 bytes at p (before end),
 * 0 if it is not one: the rules of text_utf8_valid() (no overlong form,
 * no surrogate, nothing above U+10FFFF).
 */
static size_t
fast_utf8_seq(const char *p, const char *end)
{
	const uint8_t *s = (const uint8_t *)p;
	uint8_t c = s[0], lo = 0x80, hi = 0xBF;
	size_t need, k;

	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		lo = c == 0xE0 ? 0xA0 : lo;
		hi = c == 0xED ? 0x9F : hi;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		lo = c == 0xF0 ? 0x90 : lo;
		hi = c == 0xF4 ? 0x8F : hi;
	} else {
		return 0;
	}
	if ((size_t)(end - p) <= need || s[1] < lo || s[1] > hi)
		return 0;
	for (k = 2; k <= need; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return need + 1;
}

static int
fast_hex4(const char *p, unsigned *v)
{
	int i, d;

	*v = 0;
	for (i = 0; i < 4; i++) {
		if (p[i] >= '0' && p[i] <= '9')
			d = p[i] - '0';
		else if ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'f')
			d = (p[i] | 0x20) - 'a' + 10;
		else
			return -1;
		*v = *v << 4 | (unsigned)d;
	}
	return 0;
}

/* The escape at *pp (a backslash): check it and step over it. */
static int
fast_escape(const char **pp, const char *end)
{
	const char *p = *pp;
	unsigned v;

	if (end - p < 2)
		return -1;
	switch (p[1]) {
	case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r':
	case 't':
		*pp = p + 2;
		return 0;
	}
	if (p[1] != 'u' || end - p < 6 || fast_hex4(p + 2, &v) == -1 ||
	    v == 0 || (v >= 0xD800 && v <= 0xDFFF))
		return -1;	/* NUL and surrogates: json-c's rules */
	*pp = p + 6;
	return 0;
}

/*
 * The string whose opening quote is at f->p: [*s, *e) is its raw content,
 * *esc says whether it holds escapes. Returns 0 or -1 (decline).
 */
static int
fast_string(struct fast *f, const char **s, const char **e, int *esc)
{
	const char *p = f->p + 1;
	uint64_t w;
	size_t n;

	*esc = 0;
	*s = p;
	for (;;) {
		while (f->end - p >= 8) {
			memcpy(&w, p, 8);
			if (fast_special8(w))
				break;
			p += 8;
		}
		if (p >= f->end || (unsigned char)*p < 0x20)
			return -1;
		if (*p == '"')
			break;
		if ((unsigned char)*p >= 0x80) {
			if ((n = fast_utf8_seq(p, f->end)) == 0)
				return -1;
			p += n;
		} else if (*p == '\\') {
			if (fast_escape(&p, f->end) == -1)
				return -1;
			*esc = 1;
		} else {
			p++;
		}
	}
	*e = p;
	f->p = p + 1;
	return 0;
}

static int
fast_literal(struct fast *f, const char *lit)
{
	size_t n = strlen(lit);

	if ((size_t)(f->end - f->p) < n || memcmp(f->p, lit, n) != 0)
		return -1;
	f->p += n;
	return 0;
}

static int
fast_digits(struct fast *f)
{
	const char *p = f->p;

	while (f->p < f->end && *f->p >= '0' && *f->p <= '9')
		f->p++;
	return f->p > p ? 0 : -1;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?, no exponent, at most FAST_NUMBER_MAX. */
static int
fast_number(struct fast *f)
{
	const char *start = f->p;

	if (f->p < f->end && *f->p == '-')
		f->p++;
	if (f->p < f->end && *f->p == '0')
		f->p++;
	else if (fast_digits(f) == -1)
		return -1;
	if (f->p < f->end && *f->p == '.') {
		f->p++;
		if (fast_digits(f) == -1)
			return -1;
	}
	if (f->p < f->end && (*f->p == 'e' || *f->p == 'E'))
		return -1;
	return f->p - start <= FAST_NUMBER_MAX ? 0 : -1;
}

static int fast_value(struct fast *f, int depth);

/* The object or array at f->p, of nesting level depth. */
static int
fast_container(struct fast *f, int depth)
{
	char close = *f->p == '{' ? '}' : ']';
	const char *s, *e;
	int esc;

	f->p++;
	if (fast_eat(f, close))
		return 0;
	do {
		fast_ws(f);
		if (close == '}' && (f->p >= f->end || *f->p != '"' ||
		    fast_string(f, &s, &e, &esc) == -1 || !fast_eat(f, ':')))
			return -1;
		fast_ws(f);
		if (fast_value(f, depth) == -1)
			return -1;
	} while (fast_eat(f, ','));
	return fast_eat(f, close) ? 0 : -1;
}

/* Step over any value at f->p (a field that is not ours). */
static int
fast_value(struct fast *f, int depth)
{
	const char *s, *e;
	int esc;

	if (f->p >= f->end)
		return -1;
	switch (*f->p) {
	case '"':
		return fast_string(f, &s, &e, &esc);
	case '{':
	case '[':
		return depth >= FAST_DEPTH ? -1 : fast_container(f, depth + 1);
	case 't':
		return fast_literal(f, "true");
	case 'f':
		return fast_literal(f, "false");
	case 'n':
		return fast_literal(f, "null");
	default:
		return fast_number(f);
	}
}

/* Write code point v (not NUL, not a surrogate) as UTF-8 at d. */
static size_t
fast_utf8(char *d, unsigned v)
{
	if (v < 0x80) {
		d[0] = (char)v;
		return 1;
	}
	if (v < 0x800) {
		d[0] = (char)(0xC0 | v >> 6);
		d[1] = (char)(0x80 | (v & 0x3F));
		return 2;
	}
	d[0] = (char)(0xE0 | v >> 12);
	d[1] = (char)(0x80 | ((v >> 6) & 0x3F));
	d[2] = (char)(0x80 | (v & 0x3F));
	return 3;
}

/* The character a checked one-letter escape stands for. */
static char
fast_unescape(char c)
{
	switch (c) {
	case 'b':
		return '\b';
	case 'f':
		return '\f';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case 't':
		return '\t';
	default:		/* '"', '\\', '/' */
		return c;
	}
}

/* A copy of raw string content [s, e) with its (checked) escapes undone. */
static char *
fast_copy(const char *s, const char *e, int esc, size_t *len)
{
	char *d, *q;
	unsigned v;

	if ((d = malloc((size_t)(e - s) + 1)) == NULL)
		return NULL;
	if (!esc) {
		memcpy(d, s, (size_t)(e - s));
		q = d + (e - s);
	} else {
		for (q = d; s < e; ) {
			if (*s != '\\') {
				*q++ = *s++;
			} else if (s[1] == 'u') {
				fast_hex4(s + 2, &v);
				q += fast_utf8(q, v);
				s += 6;
			} else {
				*q++ = fast_unescape(s[1]);
				s += 2;
			}
		}
	}
	*q = '\0';
	*len = (size_t)(q - d);
	return d;
}

/* Index in article_fields of key [s, e), N_FIELDS for published_at, -1. */
static int
fast_field(const char *s, const char *e)
{
	size_t n = (size_t)(e - s), i;

	for (i = 0; i < N_FIELDS; i++)
		if (strlen(article_fields[i].name) == n &&
		    memcmp(article_fields[i].name, s, n) == 0)
			return (int)i;
	if (n == 12 && memcmp(s, "published_at", 12) == 0)
		return (int)N_FIELDS;
	return -1;
}

/* The value of field k at f->p: a string or null. */
static int
fast_set(struct fast *f, struct article *a, int k, char **pub)
{
	const char *s, *e;
	char *v, **slot;
	size_t len;
	int esc;

	if (*f->p == 'n')
		return fast_literal(f, "null");	/* absent, as for json-c */
	if (*f->p != '"' || fast_string(f, &s, &e, &esc) == -1 ||
	    (v = fast_copy(s, e, esc, &len)) == NULL)
		return -1;
	slot = k == (int)N_FIELDS ? pub : article_slot(a, &article_fields[k]);
	*slot = v;
	if (slot == &a->text)
		a->text_len = len;
	return 0;
}

/* The required fields are there and not empty; published_at parses. */
static int
fast_check(struct article *a, const char *pub)
{
	size_t i;

	for (i = 0; i < N_FIELDS; i++)
		if (article_fields[i].required &&
		    (*article_slot(a, &article_fields[i]) == NULL ||
		    **article_slot(a, &article_fields[i]) == '\0'))
			return -1;
	if (pub == NULL)
		return 0;
	if (article_parse_rfc3339(pub, &a->published_ms) == -1)
		return -1;
	a->has_published = 1;
	return 0;
}

/* Decode a plain article object, or decline (-1, *a cleared). */
static int
article_fast_json(const char *buf, size_t len, struct article *a)
{
	struct fast f = { buf, buf + len };
	const char *ks, *ke;
	char *pub = NULL;
	unsigned seen = 0;
	int k, esc, rc = -1;

	if (!fast_eat(&f, '{'))	/* UTF-8 is checked in the strings; */
		return -1;		/* outside them it is a syntax error */
	do {
		fast_ws(&f);
		if (f.p >= f.end || *f.p != '"' ||
		    fast_string(&f, &ks, &ke, &esc) == -1 || esc ||
		    !fast_eat(&f, ':'))
			goto out;
		fast_ws(&f);
		if ((k = fast_field(ks, ke)) == -1) {
			if (fast_value(&f, 1) == -1)
				goto out;
			continue;
		}
		if (seen & 1u << k || f.p >= f.end)	/* json-c keeps */
			goto out;			/* the last one */
		seen |= 1u << k;
		if (fast_set(&f, a, k, &pub) == -1)
			goto out;
	} while (fast_eat(&f, ','));
	if (!fast_eat(&f, '}'))
		goto out;
	fast_ws(&f);
	if (f.p == f.end && fast_check(a, pub) == 0)
		rc = 0;
out:
	free(pub);
	if (rc == -1)
		article_clear(a);
	return rc;
}

static int
article_decode_json(const char *buf, size_t len, struct article *a,
    char *reason, size_t reasonlen)
{
	struct json_object *o;
	const char *nul;
	size_t i;
	int rc = -1;

	if (len > (size_t)INT32_MAX)
		return article_fail(reason, reasonlen, "message too large");
	if (article_fast_json(buf, len, a) == 0)	/* it declines a NUL */
		return 0;
	/* json-c would take a raw NUL for the end of the data. */
	if ((nul = memchr(buf, '\0', len)) != NULL)
		return article_fail(reason, reasonlen,
		    "malformed JSON: NUL byte at byte %zu", (size_t)(nul - buf));
	if ((o = article_json_parse(buf, len, reason, reasonlen)) == NULL)
		return -1;
	if (!json_object_is_type(o, json_type_object)) {
		article_fail(reason, reasonlen, "not a JSON object");
		goto out_put;
	}
	for (i = 0; i < N_FIELDS; i++) {
		if (article_json_field(a, o, &article_fields[i], reason,
		    reasonlen) == -1)
			goto out_put;
	}
	if (article_json_published(a, o, reason, reasonlen) == -1)
		goto out_put;
	/* Invalid UTF-8 elsewhere (keys, unknown fields) is still invalid. */
	if (!text_utf8_valid(buf, len)) {
		article_fail(reason, reasonlen, "invalid UTF-8 in message");
		goto out_put;
	}
	rc = 0;
out_put:
	json_object_put(o);
	return rc;
}

/* Read a protobuf varint at *p (below end). Returns 0 or -1. */
static int
pb_varint(const uint8_t **p, const uint8_t *end, uint64_t *v)
{
	int shift;

	*v = 0;
	for (shift = 0; *p < end && shift < 64; shift += 7) {
		*v |= (uint64_t)(**p & 0x7f) << shift;
		if ((*(*p)++ & 0x80) == 0)
			return 0;
	}
	return -1;
}

/*
 * protobuf-c unpacks strings as C strings, so an embedded NUL would cut a
 * field silently. Walk the top-level fields and report the first string
 * field of ours with a NUL. Returns the field or NULL.
 */
static const struct article_field *
article_pb_nul_field(const uint8_t *p, size_t len)
{
	const uint8_t *end = p + len;
	uint64_t key, n;
	size_t i;

	while (p < end) {
		if (pb_varint(&p, end, &key) == -1)
			return NULL;
		switch (key & 7) {
		case 0:
			if (pb_varint(&p, end, &n) == -1)
				return NULL;
			break;
		case 1:
			p += 8;
			break;
		case 5:
			p += 4;
			break;
		case 2:
			if (pb_varint(&p, end, &n) == -1 ||
			    n > (uint64_t)(end - p))
				return NULL;
			for (i = 0; i < N_FIELDS; i++)
				if (article_fields[i].pb_tag == key >> 3 &&
				    memchr(p, '\0', (size_t)n) != NULL)
					return &article_fields[i];
			p += n;
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

static int
article_decode_pb(const uint8_t *buf, size_t len, struct article *a,
    char *reason, size_t reasonlen)
{
	Newsev__V1__Article *m;
	const struct article_field *f;
	const char *s;
	size_t i;
	int rc = -1;

	if ((m = newsev__v1__article__unpack(NULL, len, buf)) == NULL)
		return article_fail(reason, reasonlen, "undecodable protobuf");
	if ((f = article_pb_nul_field(buf, len)) != NULL) {
		article_fail(reason, reasonlen, "NUL byte in field %s",
		    f->name);
		goto out_free;
	}
	for (i = 0; i < N_FIELDS; i++) {
		f = &article_fields[i];
		s = *(char **)(void *)((char *)m + f->pb_offset);
		if (f->required && (s == NULL || *s == '\0')) {
			article_fail(reason, reasonlen, "missing field: %s",
			    f->name);
			goto out_free;
		}
		if (s != NULL && *s != '\0' && article_set_field(a, f, s,
		    strlen(s), reason, reasonlen) == -1)
			goto out_free;
	}
	a->published_ms = m->published_at;
	a->has_published = m->published_at != 0;
	rc = 0;
out_free:
	newsev__v1__article__free_unpacked(m, NULL);
	return rc;
}

int
article_decode(const void *buf, size_t len, enum article_format fmt,
    size_t max_bytes, struct article *a, char *reason, size_t reasonlen)
{
	int rc;

	memset(a, 0, sizeof(*a));
	if (max_bytes > 0 && len > max_bytes)
		return article_fail(reason, reasonlen,
		    "message too large: %zu > %zu bytes", len, max_bytes);
	if (buf == NULL)
		buf = "";
	if (fmt == ARTICLE_PROTOBUF)
		rc = article_decode_pb(buf, len, a, reason, reasonlen);
	else
		rc = article_decode_json(buf, len, a, reason, reasonlen);
	if (rc == 0)
		rc = article_fill_empty(a, reason, reasonlen);
	if (rc == -1)
		article_clear(a);
	return rc;
}

enum article_format
article_format_of(const char *content_type)
{
	if (content_type == NULL)
		return ARTICLE_JSON;
	while (*content_type == ' ' || *content_type == '\t')
		content_type++;
	if (strncasecmp(content_type, "application/x-protobuf", 22) == 0 ||
	    strncasecmp(content_type, "application/protobuf", 20) == 0)
		return ARTICLE_PROTOBUF;
	return ARTICLE_JSON;
}

void
article_clear(struct article *a)
{
	size_t i;

	for (i = 0; i < N_FIELDS; i++)
		free(*article_slot(a, &article_fields[i]));
	memset(a, 0, sizeof(*a));
}
