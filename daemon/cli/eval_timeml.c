/*
 * newsev eval-timeml DIR: score the time expression finder against
 * ISO-TimeML files (*.tml). The DCT gives the reference date; the inline
 * TIMEX3 elements of <TEXT> are the gold expressions. Tags are stripped to
 * recover the plain text and the byte offsets of each gold expression.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "newsev/cli.h"
#include "newsev/paths.h"
#include "newsev/text.h"
#include "newsev/timex.h"

#define MAX_HITS 4096

struct gold {
	uint32_t start, end;
	char type[12];
	char value[32];
};

struct tml {
	char *text;		/* the plain text of <TEXT> */
	size_t len;
	int64_t dct_ms;
	struct gold *gold;
	size_t ngold, goldcap;
};

struct score {
	size_t files, gold, pred;
	size_t strict;			/* predictions equal to a gold span */
	size_t rel_pred, rel_gold;	/* overlapping on either side */
	size_t dt_gold, dt_pred;	/* DATE/TIME on each side */
	size_t val_gold, val_pred;	/* overlapping with an equal value */
	size_t acc_n, acc_ok;		/* gold DATE/TIME found, right value */
};

struct opts {
	const char *dir, *data, *lang;
	int json, skip_missing, verbose, help;
};

static int
is_dt(const char *type)
{
	return strcmp(type, "DATE") == 0 || strcmp(type, "TIME") == 0;
}

/* Copy attribute name="..." of the tag [s, e) into out; "" when absent. */
static void
attr_get(const char *s, const char *e, const char *name, char *out, size_t len)
{
	size_t n = strlen(name);
	const char *p, *q;

	out[0] = '\0';
	for (p = s; p + n + 2 < e; p++) {
		if (memcmp(p, name, n) != 0 || p[n] != '=' || p[n + 1] != '"' ||
		    (p > s && p[-1] != ' '))
			continue;
		p += n + 2;
		if ((q = memchr(p, '"', (size_t)(e - p))) == NULL)
			return;
		snprintf(out, len, "%.*s", (int)(q - p), p);
		return;
	}
}

static int
gold_push(struct tml *t, const struct gold *g)
{
	struct gold *ng;
	size_t cap;

	if (t->ngold == t->goldcap) {
		cap = t->goldcap ? t->goldcap * 2 : 32;
		if ((ng = realloc(t->gold, cap * sizeof(*ng))) == NULL)
			return -1;
		t->gold = ng;
		t->goldcap = cap;
	}
	t->gold[t->ngold++] = *g;
	return 0;
}

/* Append the character of entity &name; at s (length *used) to out. */
static size_t
entity(const char *s, const char *e, char *out, size_t *used)
{
	static const char *const ent[][2] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
		{ "&quot;", "\"" }, { "&apos;", "'" },
	};
	size_t i, n;

	for (i = 0; i < sizeof(ent) / sizeof(ent[0]); i++) {
		n = strlen(ent[i][0]);
		if ((size_t)(e - s) >= n && memcmp(s, ent[i][0], n) == 0) {
			*used = n;
			out[0] = ent[i][1][0];
			return 1;
		}
	}
	*used = 1;
	out[0] = '&';
	return 1;
}

/* Strip the tags of src[0..len) into t->text, collecting TIMEX3 spans. */
static int
tml_strip(struct tml *t, const char *src, size_t len)
{
	const char *p = src, *e = src + len, *gt;
	struct gold open;
	int in_timex = 0;
	size_t used;

	if ((t->text = malloc(len + 1)) == NULL)
		return -1;
	while (p < e) {
		if (*p == '&') {
			t->len += entity(p, e, t->text + t->len, &used);
			p += used;
			continue;
		}
		if (*p != '<') {
			t->text[t->len++] = *p++;
			continue;
		}
		if ((gt = memchr(p, '>', (size_t)(e - p))) == NULL)
			break;
		if (strncmp(p, "<TIMEX3 ", 8) == 0 && gt[-1] != '/') {
			memset(&open, 0, sizeof(open));
			attr_get(p, gt, "type", open.type, sizeof(open.type));
			attr_get(p, gt, "value", open.value, sizeof(open.value));
			open.start = (uint32_t)t->len;
			in_timex = 1;
		} else if (strncmp(p, "</TIMEX3>", 9) == 0 && in_timex) {
			open.end = (uint32_t)t->len;
			in_timex = 0;
			if (gold_push(t, &open) == -1)
				return -1;
		}
		p = gt + 1;
	}
	t->text[t->len] = '\0';
	return 0;
}

static int64_t
date_ms(const char *v)
{
	int y, m, d;
	int64_t yy, era, doe;

	if (sscanf(v, "%d-%d-%d", &y, &m, &d) != 3)
		return -1;
	yy = y - (m <= 2);
	era = yy / 400;
	doe = (yy - era * 400) * 365 + (yy - era * 400) / 4 -
	    (yy - era * 400) / 100 + (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return (era * 146097 + doe - 719468) * 86400000LL;
}

/* Parse one .tml file into t. Returns 0, or -1 with a message printed. */
static int
tml_read(const char *path, struct tml *t)
{
	char *buf = NULL, dct[32];
	const char *a, *b, *dt, *de;
	long sz;
	int rc = -1;
	FILE *f;

	memset(t, 0, sizeof(*t));
	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		return -1;
	}
	if (fseek(f, 0, SEEK_END) == -1 || (sz = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) == -1 || (buf = malloc((size_t)sz + 1)) == NULL ||
	    fread(buf, 1, (size_t)sz, f) != (size_t)sz)
		goto out_close;
	buf[sz] = '\0';
	a = strstr(buf, "<TEXT>");
	b = a ? strstr(a, "</TEXT>") : NULL;
	dt = strstr(buf, "<DCT>");
	if (a == NULL || b == NULL || dt == NULL) {
		fprintf(stderr, "%s: no <TEXT> or <DCT>\n", path);
		goto out_close;
	}
	if ((de = strstr(dt, "</DCT>")) == NULL)
		de = dt + strlen(dt);
	attr_get(dt, de, "value", dct, sizeof(dct));
	if ((t->dct_ms = date_ms(dct)) == -1) {
		fprintf(stderr, "%s: bad DCT value '%s'\n", path, dct);
		goto out_close;
	}
	rc = tml_strip(t, a + 6, (size_t)(b - a - 6));
out_close:
	free(buf);
	fclose(f);
	return rc;
}

static int
overlap(uint32_t s1, uint32_t e1, uint32_t s2, uint32_t e2)
{
	return s1 < e2 && s2 < e1;
}

static void
show(const struct tml *t, const char *tag, uint32_t s, uint32_t e,
    const char *type, const char *value)
{
	printf("  %s %-8s %-22s %.*s\n", tag, type, value, (int)(e - s),
	    t->text + s);
}

/* Score the hits h[0..n) of one file against its gold. */
static void
score_file(const struct tml *t, const struct timex_hit *h, size_t n,
    struct score *sc, int verbose)
{
	size_t i, j;
	int any, same, exact;

	for (i = 0; i < n; i++) {
		any = same = exact = 0;
		for (j = 0; j < t->ngold; j++) {
			if (!overlap(h[i].span.start, h[i].span.end,
			    t->gold[j].start, t->gold[j].end))
				continue;
			any = 1;
			same |= strcmp(h[i].value, t->gold[j].value) == 0;
			exact |= h[i].span.start == t->gold[j].start &&
			    h[i].span.end == t->gold[j].end;
		}
		sc->strict += exact;
		sc->rel_pred += any;
		sc->dt_pred += is_dt(h[i].type);
		sc->val_pred += is_dt(h[i].type) && same;
		if (verbose && (!any || !same || !exact))
			show(t, !any ? "FP " : !same ? "VAL" : "SPN",
			    h[i].span.start, h[i].span.end, h[i].type, h[i].value);
	}
	for (j = 0; j < t->ngold; j++) {
		any = same = 0;
		for (i = 0; i < n; i++) {
			if (!overlap(h[i].span.start, h[i].span.end,
			    t->gold[j].start, t->gold[j].end))
				continue;
			any = 1;
			same |= strcmp(h[i].value, t->gold[j].value) == 0;
		}
		sc->rel_gold += any;
		if (is_dt(t->gold[j].type)) {
			sc->dt_gold++;
			sc->val_gold += same;
			sc->acc_n += any;
			sc->acc_ok += any && same;
		}
		if (verbose && (!any || !same))
			show(t, any ? "GLD" : "FN ", t->gold[j].start,
			    t->gold[j].end, t->gold[j].type, t->gold[j].value);
	}
	sc->gold += t->ngold;
	sc->pred += n;
	sc->files++;
}

static int
eval_file(const char *path, const struct timex_rules *r, const struct opts *o,
    struct score *sc, struct timex_hit *hits)
{
	struct text_doc doc;
	struct tml t;
	size_t n;
	int rc = -1;

	if (tml_read(path, &t) == -1)
		goto out_free_tml;
	text_doc_init(&doc);
	if (!text_utf8_valid(t.text, t.len) ||
	    text_analyze(&doc, t.text, t.len) == -1) {
		fprintf(stderr, "%s: invalid UTF-8 or out of memory\n", path);
		goto out_clear_doc;
	}
	n = timex_find(r, &doc, o->lang, t.dct_ms, hits, MAX_HITS);
	if (n > MAX_HITS)
		n = MAX_HITS;
	if (o->verbose)
		printf("%s\n", path);
	score_file(&t, hits, n, sc, o->verbose);
	rc = 0;
out_clear_doc:
	text_doc_clear(&doc);
out_free_tml:
	free(t.text);
	free(t.gold);
	return rc;
}

static double
ratio(size_t a, size_t b)
{
	return b ? 100.0 * (double)a / (double)b : 0.0;
}

static double
f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void
report(const struct score *s, int json)
{
	double sp = ratio(s->strict, s->pred), sr = ratio(s->strict, s->gold);
	double rp = ratio(s->rel_pred, s->pred), rr = ratio(s->rel_gold, s->gold);
	double vp = ratio(s->val_pred, s->dt_pred), vr = ratio(s->val_gold, s->dt_gold);
	double acc = ratio(s->acc_ok, s->acc_n);

	if (json) {
		printf("{\"files\":%zu,\"gold\":%zu,\"predicted\":%zu,"
		    "\"strict\":{\"p\":%.2f,\"r\":%.2f,\"f1\":%.2f},"
		    "\"relaxed\":{\"p\":%.2f,\"r\":%.2f,\"f1\":%.2f},"
		    "\"value_accuracy\":%.2f,"
		    "\"value\":{\"p\":%.2f,\"r\":%.2f,\"f1\":%.2f}}\n",
		    s->files, s->gold, s->pred, sp, sr, f1(sp, sr), rp, rr,
		    f1(rp, rr), acc, vp, vr, f1(vp, vr));
		return;
	}
	printf("files %zu  gold %zu  predicted %zu\n", s->files, s->gold, s->pred);
	printf("strict span    P %6.2f  R %6.2f  F1 %6.2f\n", sp, sr, f1(sp, sr));
	printf("relaxed span   P %6.2f  R %6.2f  F1 %6.2f\n", rp, rr, f1(rp, rr));
	printf("value accuracy %6.2f  (%zu/%zu matched DATE/TIME)\n", acc,
	    s->acc_ok, s->acc_n);
	printf("value DATE/TIME P %6.2f  R %6.2f  F1 %6.2f\n", vp, vr, f1(vp, vr));
}

static int
is_tml(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return n > 4 && strcmp(d->d_name + n - 4, ".tml") == 0;
}

static void
timeml_usage(FILE *f)
{
	fprintf(f, "usage: newsev eval-timeml [--data DIR] [--lang fr|en]"
	    " [--json] [--skip-missing] [--verbose] DIR\n"
	    "Score the date recognizer against the TimeML (.tml) files of DIR:\n"
	    "TIMEX3 strict and relaxed span F1 and value F1.\n"
	    "  --data DIR      dictionaries (default: the build's data dir)\n"
	    "  --lang LANG     language of the documents (default fr)\n"
	    "  --json          print the scores as one JSON object\n"
	    "  --skip-missing  exit 0 when DIR does not exist\n"
	    "  --verbose       print missed and spurious expressions\n"
	    "  -h, --help      this help\n");
}

static int
opts_parse(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "data", required_argument, NULL, 'd' },
		{ "lang", required_argument, NULL, 'l' },
		{ "json", no_argument, NULL, 'j' },
		{ "skip-missing", no_argument, NULL, 's' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->lang = "fr";
	optind = 1;
	while ((c = getopt_long(argc, argv, "d:l:jsvh", lo, NULL)) != -1) {
		switch (c) {
		case 'h': o->help = 1; return -1;
		case 'd': o->data = optarg; break;
		case 'l': o->lang = optarg; break;
		case 'j': o->json = 1; break;
		case 's': o->skip_missing = 1; break;
		case 'v': o->verbose = 1; break;
		default: return -1;
		}
	}
	if (optind != argc - 1)
		return -1;
	o->dir = argv[optind];
	return 0;
}

/* Score every DIR/ *.tml with rules r; 0 or 1. */
static int
eval_dir(const struct opts *o, const struct timex_rules *r)
{
	struct dirent **ents = NULL;
	struct timex_hit *hits;
	struct score sc;
	char path[4096];
	int i, n, rc = 0;

	memset(&sc, 0, sizeof(sc));
	if ((hits = calloc(MAX_HITS, sizeof(*hits))) == NULL)
		return 1;
	if ((n = scandir(o->dir, &ents, is_tml, alphasort)) < 0) {
		perror(o->dir);
		free(hits);
		return 1;
	}
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", o->dir, ents[i]->d_name);
		if (eval_file(path, r, o, &sc, hits) == -1)
			rc = 1;
		free(ents[i]);
	}
	free(ents);
	free(hits);
	report(&sc, o->json);
	return rc;
}

int
cli_eval_timeml(int argc, char **argv)
{
	struct timex_rules *r;
	char data[4096], tdir[4200], err[512];
	struct opts o;
	struct stat st;
	int rc;

	if (opts_parse(argc, argv, &o) == -1) {
		timeml_usage(o.help ? stdout : stderr);
		return o.help ? 0 : 2;
	}
	if (stat(o.dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "eval-timeml: %s not found, skipping\n", o.dir);
		return o.skip_missing ? 0 : 1;
	}
	if (o.data == NULL && paths_default_data_dir(data, sizeof(data)) == -1) {
		fprintf(stderr, "eval-timeml: data directory path too long\n");
		return 1;
	}
	snprintf(tdir, sizeof(tdir), "%s/timex", o.data ? o.data : data);
	if ((r = timex_load(tdir, err, sizeof(err))) == NULL) {
		fprintf(stderr, "eval-timeml: %s\n", err);
		return 1;
	}
	rc = eval_dir(&o, r);
	timex_free(r);
	return rc;
}
