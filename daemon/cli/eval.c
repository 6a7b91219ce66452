/*
 * newsev eval GOLD_DIR: run the extractor on every gold article of a
 * directory (format in tests/gold/README.md) and print precision, recall and
 * F1 per field. The matching rules are in daemon/core/score.c.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "newsev/article.h"
#include "newsev/cli.h"
#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/paths.h"
#include "newsev/score.h"

#define GOLD_MAX_BYTES	(4u << 20)

/* One gold file being scored; strings belong to root. */
struct gold_file {
	const char *path;
	json_object *root;
	struct article art;
	struct score_gold_event *events;
	struct score_gold_item *times, *quotes, *entities;
	struct score_gold g;
};

static void
eval_usage(FILE *f)
{
	fprintf(f, "usage: newsev eval GOLD_DIR [--data DIR] [--json] "
	    "[--lang LANG] [--verbose] [--articles] [--bootstrap N]\n"
	    "Score the extractor against the gold articles of GOLD_DIR.\n"
	    "  --data DIR   dictionaries (default: the build's data dir)\n"
	    "  --json       print the scores as one JSON object\n"
	    "  --lang LANG  score only the articles in LANG (fr, en)\n"
	    "  --verbose    print missing and spurious items per article\n"
	    "  --articles   print the event counts of each article\n"
	    "  --bootstrap N  95%% interval of events F1 over N resamples "
	    "of the articles\n");
}

/* String member key of o, or NULL when absent or not a string. */
static const char *
member_str(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* Array member key of o, or NULL; *n is its length (0 when absent). */
static json_object *
member_array(json_object *o, const char *key, size_t *n)
{
	json_object *v;

	*n = 0;
	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_array))
		return NULL;
	*n = json_object_array_length(v);
	return v;
}

static int
read_file(const char *path, char **buf, size_t *len)
{
	FILE *f;
	size_t n;

	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	*buf = malloc(GOLD_MAX_BYTES + 1);
	n = *buf != NULL ? fread(*buf, 1, GOLD_MAX_BYTES + 1, f) : 0;
	fclose(f);
	if (*buf == NULL || n > GOLD_MAX_BYTES) {
		free(*buf);
		return -1;
	}
	*len = n;
	return 0;
}

/* Decode the article of gold file gf, inline or from article_file. */
static int
gold_article(struct gold_file *gf)
{
	const char *afile = member_str(gf->root, "article_file");
	char reason[256], *buf = NULL;
	json_object *inl;
	size_t len;
	int rc;

	if (json_object_object_get_ex(gf->root, "article", &inl) ==
	    (afile != NULL)) {
		fprintf(stderr, "eval: %s: give exactly one of article and "
		    "article_file\n", gf->path);
		return -1;
	}
	if (afile != NULL) {
		if (read_file(afile, &buf, &len) == -1) {
			fprintf(stderr, "eval: %s: cannot read article_file %s\n",
			    gf->path, afile);
			return -1;
		}
		rc = article_decode(buf, len, ARTICLE_JSON, GOLD_MAX_BYTES,
		    &gf->art, reason, sizeof(reason));
		free(buf);
	} else {
		const char *s = json_object_to_json_string_ext(inl,
		    JSON_C_TO_STRING_PLAIN);
		rc = article_decode(s, strlen(s), ARTICLE_JSON, GOLD_MAX_BYTES,
		    &gf->art, reason, sizeof(reason));
	}
	if (rc == -1)
		fprintf(stderr, "eval: %s: article: %s\n", gf->path, reason);
	return rc;
}

static int
mode_valid(const char *m)
{
	return m != NULL && (strcmp(m, "ASSERTED") == 0 ||
	    strcmp(m, "PLANNED") == 0 || strcmp(m, "NEGATED") == 0 ||
	    strcmp(m, "REPORTED") == 0 || strcmp(m, "HYPOTHETICAL") == 0);
}

static int
gold_events(struct gold_file *gf)
{
	json_object *arr = member_array(gf->root, "events", &gf->g.n_events);
	struct score_gold_event *e;
	json_object *o;
	size_t i;

	if (arr == NULL) {
		fprintf(stderr, "eval: %s: missing events array\n", gf->path);
		return -1;
	}
	if ((gf->events = calloc(gf->g.n_events + 1, sizeof(*e))) == NULL)
		return -1;
	for (i = 0; i < gf->g.n_events; i++) {
		o = json_object_array_get_idx(arr, i);
		e = &gf->events[i];
		e->source = member_str(o, "source");
		e->target = member_str(o, "target");
		e->cameo = member_str(o, "cameo");
		e->mode = member_str(o, "mode");
		e->date = member_str(o, "date");
		e->evidence = member_str(o, "evidence");
		if (e->source == NULL || e->source[0] == '\0' ||
		    e->target == NULL || score_cameo_root(e->cameo) == -1 ||
		    strlen(e->cameo) < 3 || !mode_valid(e->mode) ||
		    e->date == NULL || e->date[0] == '\0') {
			fprintf(stderr, "eval: %s: events[%zu]: needs source, "
			    "target, a CAMEO code of 3+ digits, a mode and a "
			    "date\n", gf->path, i);
			return -1;
		}
		if (e->evidence == NULL)
			e->evidence = "";
	}
	gf->g.events = gf->events;
	return 0;
}

/*
 * Load the array key ("times", "quotes" or "entities") of gf into *out.
 * Times and quotes are located in the text in order: a text that is not
 * found after the previous one is an error, so broken gold cannot score.
 * Entities are located at their first occurrence, when there is one.
 */
static int
gold_items(struct gold_file *gf, const char *key, const char *valkey,
    int locate, struct score_gold_item **out, size_t *n)
{
	json_object *arr = member_array(gf->root, key, n), *o;
	struct score_gold_item *it;
	size_t i, from = 0;

	if ((*out = calloc(*n + 1, sizeof(**out))) == NULL)
		return -1;
	for (i = 0; arr != NULL && i < *n; i++) {
		o = json_object_array_get_idx(arr, i);
		it = &(*out)[i];
		it->text = member_str(o, "text");
		it->value = member_str(o, valkey);
		it->country = member_str(o, "country");
		if (it->country == NULL)
			it->country = "";
		if (!locate)
			it->kind = score_kind_parse(it->value);
		if (it->text == NULL || it->text[0] == '\0' ||
		    it->value == NULL || it->value[0] == '\0' ||
		    (!locate && it->kind == EXTRACT_KIND_UNSPECIFIED)) {
			fprintf(stderr, "eval: %s: %s[%zu]: needs text and %s\n",
			    gf->path, key, i, valkey);
			return -1;
		}
		if (!locate) {
			/* An entity may be missing as written (a dateline
			 * "CARACAS" for "Caracas"): then it has no span. */
			(void)score_find(gf->art.text, gf->art.text_len,
			    it->text, 0, &it->span);
			continue;
		}
		if (score_find(gf->art.text, gf->art.text_len, it->text, from,
		    &it->span) == -1) {
			fprintf(stderr, "eval: %s: %s[%zu]: \"%s\" not found in "
			    "the article after the previous one\n", gf->path,
			    key, i, it->text);
			return -1;
		}
		from = it->span.end;
	}
	return 0;
}

static void
gold_free(struct gold_file *gf)
{
	free(gf->events);
	free(gf->times);
	free(gf->quotes);
	free(gf->entities);
	article_clear(&gf->art);
	json_object_put(gf->root);
}

/* Load and validate the gold file at path; gold_free() it after use. */
static int
gold_load(struct gold_file *gf, const char *path, const char *name)
{
	memset(gf, 0, sizeof(*gf));
	gf->path = path;
	if ((gf->root = json_object_from_file(path)) == NULL ||
	    !json_object_is_type(gf->root, json_type_object)) {
		fprintf(stderr, "eval: %s: not a JSON object: %s\n", path,
		    json_util_get_last_err());
		return -1;
	}
	if (gold_article(gf) == -1 || gold_events(gf) == -1 ||
	    gold_items(gf, "times", "value", 1, &gf->times,
	    &gf->g.n_times) == -1 ||
	    gold_items(gf, "quotes", "speaker", 1, &gf->quotes,
	    &gf->g.n_quotes) == -1 ||
	    gold_items(gf, "entities", "kind", 0, &gf->entities,
	    &gf->g.n_entities) == -1)
		return -1;
	gf->g.name = name;
	gf->g.text = gf->art.text;
	gf->g.text_len = gf->art.text_len;
	gf->g.times = gf->times;
	gf->g.quotes = gf->quotes;
	gf->g.entities = gf->entities;
	return 0;
}

/*
 * Run the extractor on one gold file and add its scores to t; a file in
 * another language than lang (when not NULL) is validated but not scored.
 */
static int
eval_file(const struct dict *d, const char *path, const char *name,
    const char *lang, struct score_totals *t, FILE *errs)
{
	struct extract_input in = { 0 };
	struct extract_result *r;
	struct gold_file gf;
	int rc = -1;

	if (gold_load(&gf, path, name) == -1)
		goto out_gold;
	if (lang != NULL && strcmp(gf.art.lang, lang) != 0) {
		rc = 0;
		goto out_gold;
	}
	in.id = gf.art.id;
	in.text = gf.art.text;
	in.text_len = gf.art.text_len;
	in.title = gf.art.title;
	in.lang = gf.art.lang;
	in.published_ms = gf.art.published_ms;
	if ((r = extract_run(d, &in)) == NULL) {
		fprintf(stderr, "eval: %s: out of memory\n", path);
		goto out_gold;
	}
	gf.g.gaz = d->gaz;
	rc = score_article(&gf.g, r, t, errs);
	extract_result_free(r);
out_gold:
	gold_free(&gf);
	return rc;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the *.json files of dir; NULL on error. */
static char **
gold_list(const char *dir, size_t *n)
{
	char **names = NULL, **tmp;
	struct dirent *de;
	size_t len;
	DIR *dp;

	*n = 0;
	if ((dp = opendir(dir)) == NULL)
		return NULL;
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		if ((tmp = realloc(names, (*n + 2) * sizeof(*names))) == NULL)
			break;
		names = tmp;
		if ((names[*n] = strdup(de->d_name)) == NULL)
			break;
		names[++*n] = NULL;
	}
	closedir(dp);
	if (names == NULL)
		names = calloc(1, sizeof(*names));
	else
		qsort(names, *n, sizeof(*names), name_cmp);
	return names;
}

/* The fields of the table, with the issue's targets (0: none). */
struct field {
	const char *name;
	const char *label;
	const struct score_prf *s;
	double target;
};

static size_t
fields_of(const struct score_totals *t, struct field *f)
{
	const struct field all[] = {
		{ "events", "events (source, target, root)", &t->events, 0.85 },
		{ "events_code", "events (full CAMEO code)", &t->events_code, 0 },
		{ "dates", "dates (span + value)", &t->times, 0.95 },
		{ "quotes", "quotes with speaker", &t->quotes, 0.90 },
		{ "quote_spans", "quote spans", &t->quote_spans, 0 },
		{ "entities", "entities (identity, kind)", &t->entities, 0 },
	};

	memcpy(f, all, sizeof(all));
	return sizeof(all) / sizeof(all[0]);
}

static double
ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

/* Event recall and precision per CAMEO root, for whoever tunes patterns. */
static void
print_roots(const struct score_totals *t)
{
	const struct score_prf *s;
	int root;

	printf("%-6s %5s %5s %5s %6s %6s %6s\n", "root", "gold", "pred", "tp",
	    "P", "R", "F1");
	for (root = 1; root <= 20; root++) {
		s = &t->by_root[root];
		if (s->ngold == 0 && s->npred == 0)
			continue;
		printf("%02d     %5zu %5zu %5zu %6.3f %6.3f %6.3f\n", root,
		    s->ngold, s->npred, s->tp, score_precision(s),
		    score_recall(s), score_f1(s));
	}
}

static void
print_table(const char *dir, const char *lang, const struct score_totals *t,
    int verbose)
{
	struct field f[8];
	size_t i, n = fields_of(t, f);

	if (verbose)
		print_roots(t);
	printf("newsev eval %s%s%s: %zu articles, extractor %s\n", dir,
	    lang ? " --lang " : "", lang ? lang : "", t->articles,
	    extract_version());
	printf("%-30s %5s %5s %5s %6s %6s %6s  %s\n", "field", "gold", "pred",
	    "tp", "P", "R", "F1", "target");
	for (i = 0; i < n; i++) {
		printf("%-30s %5zu %5zu %5zu %6.3f %6.3f %6.3f", f[i].label,
		    f[i].s->ngold, f[i].s->npred, f[i].s->tp,
		    score_precision(f[i].s), score_recall(f[i].s),
		    score_f1(f[i].s));
		if (f[i].target > 0)
			printf("  >= %.2f %s", f[i].target,
			    score_f1(f[i].s) >= f[i].target ? "met" : "NOT MET");
		putchar('\n');
	}
	printf("event mode accuracy (matched)  %zu/%zu = %.3f\n", t->ev_mode_ok,
	    t->events.tp, ratio(t->ev_mode_ok, t->events.tp));
	printf("event date accuracy (matched)  %zu/%zu = %.3f\n", t->ev_date_ok,
	    t->events.tp, ratio(t->ev_date_ok, t->events.tp));
	printf("quote speakers on codes only   %zu/%zu (country+role or "
	    "CAMEO, not the name)\n", t->quotes_by_code, t->quotes.tp);
	printf("entities missed for kind only  %zu\n", t->ent_kind_mismatch);
}

/* A JSON number printed with 4 decimals, not json-c's 17 digits. */
static json_object *
json_num(double v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.4f", v);
	return json_object_new_double_s(v, buf);
}

static json_object *
json_prf(const struct field *f)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "gold", json_object_new_int64(f->s->ngold));
	json_object_object_add(o, "pred", json_object_new_int64(f->s->npred));
	json_object_object_add(o, "tp", json_object_new_int64(f->s->tp));
	json_object_object_add(o, "precision",
	    json_num(score_precision(f->s)));
	json_object_object_add(o, "recall",
	    json_num(score_recall(f->s)));
	json_object_object_add(o, "f1", json_num(score_f1(f->s)));
	if (f->target > 0) {
		json_object_object_add(o, "target",
		    json_num(f->target));
		json_object_object_add(o, "met",
		    json_object_new_boolean(score_f1(f->s) >= f->target));
	}
	return o;
}

/* {"01": {"gold":..,"pred":..,"tp":..}, ...} for the roots seen. */
static json_object *
json_roots(const struct score_totals *t)
{
	json_object *o = json_object_new_object(), *r;
	char key[4];
	int root;

	for (root = 1; root <= 20; root++) {
		if (t->by_root[root].ngold == 0 && t->by_root[root].npred == 0)
			continue;
		r = json_object_new_object();
		json_object_object_add(r, "gold",
		    json_object_new_int64(t->by_root[root].ngold));
		json_object_object_add(r, "pred",
		    json_object_new_int64(t->by_root[root].npred));
		json_object_object_add(r, "tp",
		    json_object_new_int64(t->by_root[root].tp));
		snprintf(key, sizeof(key), "%02d", root);
		json_object_object_add(o, key, r);
	}
	return o;
}

static void
print_json(const char *dir, const struct score_totals *t)
{
	json_object *o = json_object_new_object();
	struct field f[8];
	size_t i, n = fields_of(t, f);

	json_object_object_add(o, "gold_dir", json_object_new_string(dir));
	json_object_object_add(o, "extractor",
	    json_object_new_string(extract_version()));
	json_object_object_add(o, "articles",
	    json_object_new_int64(t->articles));
	for (i = 0; i < n; i++)
		json_object_object_add(o, f[i].name, json_prf(&f[i]));
	json_object_object_add(o, "event_mode_accuracy",
	    json_num(ratio(t->ev_mode_ok, t->events.tp)));
	json_object_object_add(o, "event_date_accuracy",
	    json_num(ratio(t->ev_date_ok, t->events.tp)));
	json_object_object_add(o, "quote_speakers_by_code",
	    json_object_new_int64(t->quotes_by_code));
	json_object_object_add(o, "entity_kind_mismatches",
	    json_object_new_int64(t->ent_kind_mismatch));
	json_object_object_add(o, "by_root", json_roots(t));
	printf("%s\n", json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

/* Event counts of one scored article, for --articles and --bootstrap. */
struct art_count {
	char *name;
	size_t gold, pred, tp;
};

struct art_counts {
	struct art_count *a;
	size_t n;
};

/* Append the events t gained since before (one article); 0 or -1. */
static int
counts_add(struct art_counts *c, const char *name,
    const struct score_totals *before, const struct score_totals *t)
{
	struct art_count *tmp;

	if (t->articles == before->articles)
		return 0;	/* another language: not scored */
	if ((tmp = realloc(c->a, (c->n + 1) * sizeof(*tmp))) == NULL)
		return -1;
	c->a = tmp;
	tmp += c->n;
	if ((tmp->name = strdup(name)) == NULL)
		return -1;
	tmp->gold = t->events.ngold - before->events.ngold;
	tmp->pred = t->events.npred - before->events.npred;
	tmp->tp = t->events.tp - before->events.tp;
	c->n++;
	return 0;
}

static void
counts_free(struct art_counts *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->a[i].name);
	free(c->a);
}

static double
f1_of(size_t gold, size_t pred, size_t tp)
{
	return gold + pred ? 2.0 * (double)tp / (double)(gold + pred) : 0.0;
}

static void
print_articles(const struct art_counts *c)
{
	const struct art_count *a;
	size_t i;

	for (i = 0; i < c->n; i++) {
		a = &c->a[i];
		printf("article %s events gold %zu pred %zu tp %zu F1 %.3f\n",
		    a->name, a->gold, a->pred, a->tp,
		    f1_of(a->gold, a->pred, a->tp));
	}
}

static int
dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * Events F1 recomputed on rounds resamples of the articles drawn with
 * replacement (a fixed-seed xorshift, so runs repeat); prints the 2.5 and
 * 97.5 percentiles. Returns 0 or -1 when memory runs out.
 */
static int
print_bootstrap(const struct art_counts *c, size_t rounds)
{
	uint64_t x = 0x9E3779B97F4A7C15u;
	size_t r, i, k, g, p, tp;
	double *f;

	if (c->n == 0 || (f = malloc(rounds * sizeof(*f))) == NULL)
		return c->n == 0 ? 0 : -1;
	for (r = 0; r < rounds; r++) {
		g = p = tp = 0;
		for (i = 0; i < c->n; i++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			k = (size_t)(x % c->n);
			g += c->a[k].gold, p += c->a[k].pred, tp += c->a[k].tp;
		}
		f[r] = f1_of(g, p, tp);
	}
	qsort(f, rounds, sizeof(*f), dbl_cmp);
	printf("events F1 95%% bootstrap interval over %zu articles, %zu "
	    "resamples: %.3f - %.3f\n", c->n, rounds,
	    f[(size_t)((double)rounds * 0.025)],
	    f[(size_t)((double)rounds * 0.975)]);
	free(f);
	return 0;
}

/*
 * Score every gold file of dir into t, and each article's event counts
 * into c when c is not NULL. Returns 0 or -1.
 */
static int
eval_dir(const struct dict *d, const char *dir, const char *lang,
    struct score_totals *t, FILE *errs, struct art_counts *c)
{
	struct score_totals before;
	char path[4096], **names;
	size_t i, n;
	int rc = 0;

	if ((names = gold_list(dir, &n)) == NULL) {
		fprintf(stderr, "eval: %s: cannot list the directory\n", dir);
		return -1;
	}
	if (n == 0) {
		fprintf(stderr, "eval: %s: no *.json gold files\n", dir);
		rc = -1;
	}
	for (i = 0; i < n && rc == 0; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		before = *t;
		rc = eval_file(d, path, names[i], lang, t, errs);
		if (rc == 0 && c != NULL)
			rc = counts_add(c, names[i], &before, t);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

int
cli_eval(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "data", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "lang", required_argument, NULL, 'l' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "articles", no_argument, NULL, 'a' },
		{ "bootstrap", required_argument, NULL, 'b' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char data[4096] = "", err[512];
	struct score_totals t = { 0 };
	const char *lang = NULL;
	struct art_counts counts = { 0 };
	int c, json = 0, verbose = 0, articles = 0, rc;
	unsigned long rounds = 0;
	struct dict *d;
	char *end;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:jl:vab:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': snprintf(data, sizeof(data), "%s", optarg); break;
		case 'j': json = 1; break;
		case 'l': lang = optarg; break;
		case 'v': verbose = 1; break;
		case 'a': articles = 1; break;
		case 'b':
			rounds = strtoul(optarg, &end, 10);
			if (*end != '\0' || rounds == 0 || rounds > 1000000) {
				eval_usage(stderr);
				return 2;
			}
			break;
		case 'h': eval_usage(stdout); return 0;
		default: eval_usage(stderr); return 2;
		}
	}
	if (optind != argc - 1) {
		eval_usage(stderr);
		return 2;
	}
	if (data[0] == '\0' && paths_default_data_dir(data, sizeof(data)) == -1)
		return 1;
	if ((d = dict_load(data, err, sizeof(err))) == NULL) {
		fprintf(stderr, "eval: %s\n", err);
		return 1;
	}
	rc = eval_dir(d, argv[optind], lang, &t,
	    verbose ? (json ? stderr : stdout) : NULL,
	    articles || rounds ? &counts : NULL);
	if (rc == 0 && articles && !json)
		print_articles(&counts);
	if (rc == 0 && json)
		print_json(argv[optind], &t);
	else if (rc == 0)
		print_table(argv[optind], lang, &t, verbose);
	if (rc == 0 && rounds && !json)
		rc = print_bootstrap(&counts, rounds);
	counts_free(&counts);
	dict_free(d);
	return rc == 0 ? 0 : 1;
}
