/*
 * newsev eval-plover FILE: run the extractor on the sentences of PLOVER gold
 * standard records (a JSON array with text, event, source[].code,
 * target[].code) and report event-type accuracy and recall and source and
 * target country accuracy. Gold codes count as countries only when they are
 * ISO 3166-1 alpha-3 codes listed by Debian's iso-codes.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "newsev/cli.h"
#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/paths.h"
#include "newsev/score.h"

#define ISO_CODES_JSON	"/usr/share/iso-codes/json/iso_3166-1.json"
#define PLOVER_REF_MS	946728000000LL	/* 2000-01-01T12:00:00Z */

struct plover_totals {
	size_t records;		/* records with a text */
	size_t skipped;		/* records without one */
	size_t emitted;		/* records where newsev emits an event */
	size_t type_ok;		/* emitted, and the main event has the gold type */
	size_t type_hit;	/* some event has the gold type */
	size_t type_ok08;	/* type_ok, gold type read as PLOVER draft 0.8 */
	size_t type_hit08;	/* type_hit, the same way */
	size_t src_n, src_ok;	/* emitted, with an ISO gold source */
	size_t tgt_n, tgt_ok;	/* emitted, with an ISO gold target */
};

static void
plover_usage(FILE *f)
{
	fprintf(f, "usage: newsev eval-plover FILE [--data DIR] [--json] "
	    "[--verbose] [--iso FILE]\n"
	    "Score event coding against PLOVER gold records (a JSON array).\n"
	    "  --data DIR   dictionaries (default: the build's data dir)\n"
	    "  --json       print the scores as one JSON object\n"
	    "  --verbose    print one line per record\n"
	    "  --iso FILE   ISO 3166-1 list (default " ISO_CODES_JSON ")\n");
}

/* 1 when code3 (3 letters) is an alpha_3 code of the iso-codes list. */
static int
iso_known(json_object *iso, const char *code3)
{
	json_object *arr, *e, *v;
	size_t i, n;

	if (!json_object_object_get_ex(iso, "3166-1", &arr))
		return 0;
	n = json_object_array_length(arr);
	for (i = 0; i < n; i++) {
		e = json_object_array_get_idx(arr, i);
		if (json_object_object_get_ex(e, "alpha_3", &v) &&
		    strcmp(json_object_get_string(v), code3) == 0)
			return 1;
	}
	return 0;
}

/*
 * Write the ISO country codes (first 3 letters of each actor code) of the
 * gold actor list v into set as "USA ISR " and return how many there are.
 */
static size_t
gold_countries(json_object *iso, json_object *v, char *set, size_t cap)
{
	json_object *a, *c;
	char code3[4];
	size_t i, n = 0;

	set[0] = '\0';
	if (v == NULL || !json_object_is_type(v, json_type_array))
		return 0;
	for (i = 0; i < json_object_array_length(v); i++) {
		a = json_object_array_get_idx(v, i);
		if (!json_object_object_get_ex(a, "code", &c) ||
		    !json_object_is_type(c, json_type_string) ||
		    strlen(json_object_get_string(c)) < 3)
			continue;
		snprintf(code3, sizeof(code3), "%s", json_object_get_string(c));
		if (!iso_known(iso, code3) || strlen(set) + 5 > cap)
			continue;
		strcat(set, code3);
		strcat(set, " ");
		n++;
	}
	return n;
}

/* 1 when the first 3 letters of actor key k are in set. */
static int
in_set(const char *set, const char *k)
{
	char needle[5];

	if (strlen(k) < 3)
		return 0;
	snprintf(needle, sizeof(needle), "%.3s ", k);
	return strstr(set, needle) != NULL;
}

/* Main event: highest confidence, first on ties. -1 when none. */
static int
main_event(const struct extract_result *r)
{
	size_t i, best = 0;

	if (r->n_events == 0)
		return -1;
	for (i = 1; i < r->n_events; i++)
		if (r->events[i].confidence > r->events[best].confidence)
			best = i;
	return (int)best;
}

static int
type_is(const struct extract_event *e, const char *type)
{
	return e->plover_type != NULL && strcasecmp(e->plover_type, type) == 0;
}

/*
 * The gold records use older PLOVER names; the extractor uses those of the
 * 2021 CAMEO-to-PLOVER table (manual draft 0.8), which folds DISAPPROVE and
 * INVESTIGATE into ACCUSE, DEMAND into REQUEST and FIGHT into ASSAULT.
 * Returns the draft 0.8 name of a gold type (a static string or type).
 */
static const char *
type_08(const char *type)
{
	static const char *map[][2] = { { "DISAPPROVE", "ACCUSE" },
	    { "INVESTIGATE", "ACCUSE" }, { "DEMAND", "REQUEST" },
	    { "FIGHT", "ASSAULT" } };
	size_t i;

	for (i = 0; type != NULL && i < sizeof(map) / sizeof(map[0]); i++)
		if (strcasecmp(type, map[i][0]) == 0)
			return map[i][1];
	return type;
}

/* Index of the first event of r with type, or -1. */
static int
first_of_type(const struct extract_result *r, const char *type)
{
	size_t i;

	for (i = 0; type != NULL && i < r->n_events; i++)
		if (type_is(&r->events[i], type))
			return (int)i;
	return -1;
}

static const char *
member_string(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static json_object *
member(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) ? v : NULL;
}

/* Add the scores of extraction r for gold record rec to t. */
static void
plover_score(json_object *iso, json_object *rec,
    const struct extract_result *r, struct plover_totals *t, FILE *verbose)
{
	const char *type = member_string(rec, "event"), *t08 = type_08(type);
	const struct extract_event *e = NULL;
	char srcs[128], tgts[128];
	size_t ns, nt;
	int m = main_event(r), hit = first_of_type(r, type);

	ns = gold_countries(iso, member(rec, "source"), srcs, sizeof(srcs));
	nt = gold_countries(iso, member(rec, "target"), tgts, sizeof(tgts));
	t->type_hit += hit != -1;
	t->type_hit08 += first_of_type(r, t08) != -1;
	if (m != -1) {
		e = &r->events[hit != -1 ? hit : m];
		t->emitted++;
		t->type_ok += type != NULL && type_is(&r->events[m], type);
		t->type_ok08 += t08 != NULL && type_is(&r->events[m], t08);
		t->src_n += ns > 0;
		t->src_ok += ns > 0 && in_set(srcs, score_actor_key(&e->source));
		t->tgt_n += nt > 0;
		t->tgt_ok += nt > 0 && in_set(tgts, score_actor_key(&e->target));
	}
	if (verbose == NULL)
		return;
	fprintf(verbose, "%s: gold %s %s-> %s| ", member_string(rec, "id") ?
	    member_string(rec, "id") : "?", type ? type : "?", srcs, tgts);
	if (e == NULL)
		fprintf(verbose, "no event\n");
	else
		fprintf(verbose, "got %s %s %s->%s\n", e->plover_type ?
		    e->plover_type : "?", e->cameo_code,
		    score_actor_key(&e->source), score_actor_key(&e->target));
}

/* Run the extractor on every record of arr and score it into t. */
static int
plover_run(const struct dict *d, json_object *iso, json_object *arr,
    struct plover_totals *t, FILE *verbose)
{
	struct extract_input in = { 0 };
	struct extract_result *r;
	json_object *rec;
	const char *text;
	size_t i;

	for (i = 0; i < json_object_array_length(arr); i++) {
		rec = json_object_array_get_idx(arr, i);
		if ((text = member_string(rec, "text")) == NULL ||
		    member_string(rec, "event") == NULL) {
			t->skipped++;
			continue;
		}
		in.id = member_string(rec, "id");
		in.text = text;
		in.text_len = strlen(text);
		in.lang = "en";
		in.published_ms = PLOVER_REF_MS;
		if ((r = extract_run(d, &in)) == NULL) {
			fprintf(stderr, "eval-plover: out of memory\n");
			return -1;
		}
		t->records++;
		plover_score(iso, rec, r, t, verbose);
		extract_result_free(r);
	}
	return 0;
}

static double
frac(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static void
plover_print(const char *file, const struct plover_totals *t)
{
	printf("newsev eval-plover %s: %zu records (%zu without text or event "
	    "skipped), extractor %s\n", file, t->records, t->skipped,
	    extract_version());
	printf("%-46s %4zu/%-4zu = %.3f\n", "records with an event",
	    t->emitted, t->records, frac(t->emitted, t->records));
	printf("%-46s %4zu/%-4zu = %.3f\n", "event type accuracy (records with "
	    "an event)", t->type_ok, t->emitted, frac(t->type_ok, t->emitted));
	printf("%-46s %4zu/%-4zu = %.3f\n", "event type recall (an event of "
	    "the gold type)", t->type_hit, t->records,
	    frac(t->type_hit, t->records));
	printf("%-46s %4zu/%-4zu = %.3f\n", "type accuracy, gold read as PLOVER "
	    "2021", t->type_ok08, t->emitted, frac(t->type_ok08, t->emitted));
	printf("%-46s %4zu/%-4zu = %.3f\n", "type recall, gold read as PLOVER "
	    "2021", t->type_hit08, t->records, frac(t->type_hit08, t->records));
	printf("%-46s %4zu/%-4zu = %.3f\n", "source country accuracy",
	    t->src_ok, t->src_n, frac(t->src_ok, t->src_n));
	printf("%-46s %4zu/%-4zu = %.3f\n", "target country accuracy",
	    t->tgt_ok, t->tgt_n, frac(t->tgt_ok, t->tgt_n));
}

/* A JSON number printed with 4 decimals, not json-c's 17 digits. */
static json_object *
json_num(double v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.4f", v);
	return json_object_new_double_s(v, buf);
}

static void
json_frac(json_object *o, const char *key, size_t a, size_t b)
{
	json_object *f = json_object_new_object();

	json_object_object_add(f, "n", json_object_new_int64(a));
	json_object_object_add(f, "of", json_object_new_int64(b));
	json_object_object_add(f, "value", json_num(frac(a, b)));
	json_object_object_add(o, key, f);
}

static void
plover_json(const char *file, const struct plover_totals *t)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "file", json_object_new_string(file));
	json_object_object_add(o, "extractor",
	    json_object_new_string(extract_version()));
	json_object_object_add(o, "records", json_object_new_int64(t->records));
	json_object_object_add(o, "skipped", json_object_new_int64(t->skipped));
	json_frac(o, "emitted", t->emitted, t->records);
	json_frac(o, "type_accuracy", t->type_ok, t->emitted);
	json_frac(o, "type_recall", t->type_hit, t->records);
	json_frac(o, "type_accuracy_2021", t->type_ok08, t->emitted);
	json_frac(o, "type_recall_2021", t->type_hit08, t->records);
	json_frac(o, "source_accuracy", t->src_ok, t->src_n);
	json_frac(o, "target_accuracy", t->tgt_ok, t->tgt_n);
	printf("%s\n", json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

int
cli_eval_plover(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "data", required_argument, NULL, 'd' },
		{ "iso", required_argument, NULL, 'i' },
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char data[4096] = "", err[512];
	const char *isofile = ISO_CODES_JSON;
	struct plover_totals t = { 0 };
	json_object *arr = NULL, *iso = NULL;
	int c, json = 0, verbose = 0, rc = 1;
	struct dict *d = NULL;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:i:jvh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': snprintf(data, sizeof(data), "%s", optarg); break;
		case 'i': isofile = optarg; break;
		case 'j': json = 1; break;
		case 'v': verbose = 1; break;
		case 'h': plover_usage(stdout); return 0;
		default: plover_usage(stderr); return 2;
		}
	}
	if (optind != argc - 1) {
		plover_usage(stderr);
		return 2;
	}
	if (data[0] == '\0' && paths_default_data_dir(data, sizeof(data)) == -1)
		return 1;
	if ((arr = json_object_from_file(argv[optind])) == NULL ||
	    !json_object_is_type(arr, json_type_array)) {
		fprintf(stderr, "eval-plover: %s: not a JSON array: %s\n",
		    argv[optind], json_util_get_last_err());
		goto out_put;
	}
	if ((iso = json_object_from_file(isofile)) == NULL) {
		fprintf(stderr, "eval-plover: %s: %s\n", isofile,
		    json_util_get_last_err());
		goto out_put;
	}
	if ((d = dict_load(data, err, sizeof(err))) == NULL) {
		fprintf(stderr, "eval-plover: %s\n", err);
		goto out_put;
	}
	if (plover_run(d, iso, arr, &t, verbose ? (json ? stderr : stdout) :
	    NULL) == 0) {
		if (json)
			plover_json(argv[optind], &t);
		else
			plover_print(argv[optind], &t);
		rc = 0;
	}
	dict_free(d);
out_put:
	json_object_put(iso);
	json_object_put(arr);
	return rc;
}
