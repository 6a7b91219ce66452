/*
 * metrics: registry, series and the Prometheus text renderer.
 */
#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "newsev/metrics.h"

enum metric_type { METRIC_COUNTER, METRIC_GAUGE, METRIC_HISTOGRAM };

struct series {
	struct series *next;
	char **lv;
	double value;		/* counter, gauge */
	double sum;		/* histogram */
	uint64_t count;
	uint64_t *buckets;	/* nbounds + 1, not cumulative */
};

struct metric_family {
	struct metrics *reg;
	struct metric_family *next;
	enum metric_type type;
	char *name;
	char *help;
	char **labels;
	size_t nlabels;
	double *bounds;
	size_t nbounds;
	struct series *series;
};

struct metrics {
	pthread_mutex_t mu;
	struct metric_family *head;
	struct metric_family **tail;
};

struct sbuf {
	char *p;
	size_t len, cap;
	int err;
};

static void
strv_free(char **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void
series_free(struct series *s, size_t nlabels)
{
	strv_free(s->lv, nlabels);
	free(s->buckets);
	free(s);
}

static void
family_free(struct metric_family *f)
{
	struct series *s, *next;

	for (s = f->series; s != NULL; s = next) {
		next = s->next;
		series_free(s, f->nlabels);
	}
	strv_free(f->labels, f->nlabels);
	free(f->bounds);
	free(f->name);
	free(f->help);
	free(f);
}

struct metrics *
metrics_new(void)
{
	struct metrics *m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	if (pthread_mutex_init(&m->mu, NULL) != 0) {
		free(m);
		return NULL;
	}
	m->tail = &m->head;
	return m;
}

void
metrics_free(struct metrics *m)
{
	struct metric_family *f, *next;

	if (m == NULL)
		return;
	for (f = m->head; f != NULL; f = next) {
		next = f->next;
		family_free(f);
	}
	pthread_mutex_destroy(&m->mu);
	free(m);
}

/* Prometheus metric names allow ':', label names do not. */
static int
name_valid(const char *s, int colon)
{
	const char *p;

	if (s == NULL || *s == '\0' || isdigit((unsigned char)*s))
		return 0;
	for (p = s; *p != '\0'; p++)
		if (!(isalnum((unsigned char)*p) || *p == '_' ||
		    (colon && *p == ':')))
			return 0;
	return 1;
}

/* Split "a,b" into a vector of valid label names. Returns 0, -1. */
static int
labels_parse(const char *labels, char ***out, size_t *n)
{
	char *copy, *tok, *save = NULL;
	char **v = NULL, **nv;

	*out = NULL;
	*n = 0;
	if (labels == NULL || *labels == '\0')
		return 0;
	if ((copy = strdup(labels)) == NULL)
		return -1;
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (!name_valid(tok, 0) || strncmp(tok, "__", 2) == 0)
			goto out_free_v;
		if ((nv = realloc(v, (*n + 1) * sizeof(*v))) == NULL)
			goto out_free_v;
		v = nv;
		if ((v[*n] = strdup(tok)) == NULL)
			goto out_free_v;
		(*n)++;
	}
	free(copy);
	*out = v;
	return 0;
out_free_v:
	strv_free(v, *n);
	*n = 0;
	free(copy);
	return -1;
}

static struct metric_family *
family_find(struct metrics *m, const char *name)
{
	struct metric_family *f;

	for (f = m->head; f != NULL; f = f->next)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static struct metric_family *
family_new(const char *name, const char *help, const char *labels,
    enum metric_type type)
{
	struct metric_family *f;

	if (!name_valid(name, 1))
		return NULL;
	if ((f = calloc(1, sizeof(*f))) == NULL)
		return NULL;
	f->type = type;
	f->name = strdup(name);
	f->help = strdup(help != NULL ? help : "");
	if (f->name == NULL || f->help == NULL ||
	    labels_parse(labels, &f->labels, &f->nlabels) == -1) {
		family_free(f);
		return NULL;
	}
	return f;
}

static struct series *series_get(struct metric_family *f,
    const char *const *lv);

/* Append f to m unless the name is taken; unlabeled families get 0. */
static struct metric_family *
family_register(struct metrics *m, struct metric_family *f)
{
	pthread_mutex_lock(&m->mu);
	if (family_find(m, f->name) != NULL) {
		pthread_mutex_unlock(&m->mu);
		family_free(f);
		return NULL;
	}
	f->reg = m;
	*m->tail = f;
	m->tail = &f->next;
	if (f->nlabels == 0)
		series_get(f, NULL);
	pthread_mutex_unlock(&m->mu);
	return f;
}

struct metric_family *
metrics_counter(struct metrics *m, const char *name, const char *help,
    const char *labels)
{
	struct metric_family *f;

	if ((f = family_new(name, help, labels, METRIC_COUNTER)) == NULL)
		return NULL;
	return family_register(m, f);
}

struct metric_family *
metrics_gauge(struct metrics *m, const char *name, const char *help,
    const char *labels)
{
	struct metric_family *f;

	if ((f = family_new(name, help, labels, METRIC_GAUGE)) == NULL)
		return NULL;
	return family_register(m, f);
}

struct metric_family *
metrics_histogram(struct metrics *m, const char *name, const char *help,
    const char *labels, const double *bounds, size_t nbounds)
{
	struct metric_family *f;
	size_t i;

	for (i = 0; i < nbounds; i++)
		if (!isfinite(bounds[i]) || (i > 0 && bounds[i] <= bounds[i - 1]))
			return NULL;
	if ((f = family_new(name, help, labels, METRIC_HISTOGRAM)) == NULL)
		return NULL;
	for (i = 0; i < f->nlabels; i++)
		if (strcmp(f->labels[i], "le") == 0)
			goto out_free_f;
	if ((f->bounds = malloc((nbounds + 1) * sizeof(double))) == NULL)
		goto out_free_f;
	memcpy(f->bounds, bounds, nbounds * sizeof(double));
	f->nbounds = nbounds;
	return family_register(m, f);
out_free_f:
	family_free(f);
	return NULL;
}

static int
lv_match(const struct series *s, const char *const *lv, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(s->lv[i], lv[i]) != 0)
			return 0;
	return 1;
}

/* Order of two label values: numbers by value, other text bytewise. */
static int
lv_cmp_one(const char *a, const char *b)
{
	size_t la = strspn(a, "0123456789"), lb = strspn(b, "0123456789");

	if (la > 0 && lb > 0 && a[la] == '\0' && b[lb] == '\0' && la != lb)
		return la < lb ? -1 : 1;
	return strcmp(a, b);
}

/* Series are kept sorted by label values, so a scrape reads stably. */
static int
lv_cmp(const struct series *s, const char *const *lv, size_t n)
{
	size_t i;
	int c;

	for (i = 0; i < n; i++)
		if ((c = lv_cmp_one(s->lv[i], lv[i])) != 0)
			return c;
	return 0;
}

static int
lv_valid(const struct metric_family *f, const char *const *lv)
{
	size_t i;

	if (f->nlabels > 0 && lv == NULL)
		return 0;
	for (i = 0; i < f->nlabels; i++)
		if (lv[i] == NULL)
			return 0;
	return 1;
}

static struct series *
series_find(struct metric_family *f, const char *const *lv)
{
	struct series *s;

	for (s = f->series; s != NULL; s = s->next)
		if (lv_match(s, lv, f->nlabels))
			return s;
	return NULL;
}

/* Find or create the series of lv; the registry lock is held. */
static struct series *
series_get(struct metric_family *f, const char *const *lv)
{
	struct series *s, **pp;
	size_t i;

	if (!lv_valid(f, lv))
		return NULL;
	if ((s = series_find(f, lv)) != NULL)
		return s;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	if (f->nlabels > 0 && (s->lv = calloc(f->nlabels, sizeof(char *))) == NULL)
		goto out_free_s;
	for (i = 0; i < f->nlabels; i++)
		if ((s->lv[i] = strdup(lv[i])) == NULL)
			goto out_free_s;
	if (f->type == METRIC_HISTOGRAM &&
	    (s->buckets = calloc(f->nbounds + 1, sizeof(uint64_t))) == NULL)
		goto out_free_s;
	for (pp = &f->series; *pp != NULL && lv_cmp(*pp, lv, f->nlabels) < 0;
	    pp = &(*pp)->next)
		;
	s->next = *pp;
	*pp = s;
	return s;
out_free_s:
	series_free(s, f->nlabels);
	return NULL;
}

enum series_op { OP_ADD, OP_SET, OP_OBSERVE, OP_TOUCH };

/* Apply op to the series of lv under the lock. Returns 0, -1. */
static int
series_apply(struct metric_family *f, const char *const *lv, double v,
    enum series_op op)
{
	struct series *s;
	size_t i;
	int rc = -1;

	pthread_mutex_lock(&f->reg->mu);
	if ((s = series_get(f, lv)) == NULL)
		goto out_unlock;
	if (op == OP_ADD)
		s->value += v;
	else if (op == OP_SET)
		s->value = v;
	else if (op == OP_OBSERVE) {
		for (i = 0; i < f->nbounds && v > f->bounds[i]; i++)
			;
		s->buckets[i]++;
		s->count++;
		s->sum += v;
	}
	rc = 0;
out_unlock:
	pthread_mutex_unlock(&f->reg->mu);
	return rc;
}

int
metric_counter_add(struct metric_family *f, const char *const *lv, double v)
{
	if (f == NULL || f->type != METRIC_COUNTER || !(v >= 0))
		return -1;
	return series_apply(f, lv, v, OP_ADD);
}

int
metric_gauge_set(struct metric_family *f, const char *const *lv, double v)
{
	if (f == NULL || f->type != METRIC_GAUGE)
		return -1;
	return series_apply(f, lv, v, OP_SET);
}

int
metric_gauge_add(struct metric_family *f, const char *const *lv, double v)
{
	if (f == NULL || f->type != METRIC_GAUGE)
		return -1;
	return series_apply(f, lv, v, OP_ADD);
}

int
metric_observe(struct metric_family *f, const char *const *lv, double v)
{
	if (f == NULL || f->type != METRIC_HISTOGRAM || isnan(v))
		return -1;
	return series_apply(f, lv, v, OP_OBSERVE);
}

int
metric_touch(struct metric_family *f, const char *const *lv)
{
	if (f == NULL)
		return -1;
	return series_apply(f, lv, 0, OP_TOUCH);
}

/* Unlink and free the series of lv; the lock is held. Returns 0, -1. */
static int
series_remove(struct metric_family *f, const char *const *lv)
{
	struct series **pp, *s;

	for (pp = &f->series; (s = *pp) != NULL; pp = &s->next) {
		if (lv_match(s, lv, f->nlabels)) {
			*pp = s->next;
			series_free(s, f->nlabels);
			return 0;
		}
	}
	return -1;
}

int
metric_remove(struct metric_family *f, const char *const *lv)
{
	int rc;

	if (f == NULL || !lv_valid(f, lv))
		return -1;
	pthread_mutex_lock(&f->reg->mu);
	rc = series_remove(f, lv);
	pthread_mutex_unlock(&f->reg->mu);
	return rc;
}

double
metric_value(struct metric_family *f, const char *const *lv)
{
	struct series *s;
	double v = 0;

	if (f == NULL || !lv_valid(f, lv))
		return 0;
	pthread_mutex_lock(&f->reg->mu);
	if ((s = series_find(f, lv)) != NULL)
		v = f->type == METRIC_HISTOGRAM ? (double)s->count : s->value;
	pthread_mutex_unlock(&f->reg->mu);
	return v;
}

/* Drop every series of f; the lock is held. */
static void
family_clear_locked(struct metric_family *f)
{
	struct series *s, *next;

	for (s = f->series; s != NULL; s = next) {
		next = s->next;
		series_free(s, f->nlabels);
	}
	f->series = NULL;
}

static void
sbuf_putn(struct sbuf *b, const char *s, size_t n)
{
	char *np;
	size_t ncap;

	if (b->err)
		return;
	if (b->len + n + 1 > b->cap) {
		ncap = b->cap ? b->cap : 1024;
		while (ncap < b->len + n + 1)
			ncap *= 2;
		if ((np = realloc(b->p, ncap)) == NULL) {
			b->err = 1;
			return;
		}
		b->p = np;
		b->cap = ncap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
sbuf_puts(struct sbuf *b, const char *s)
{
	sbuf_putn(b, s, strlen(s));
}

/* Escape \ and newline, and " too inside label values. */
static void
sbuf_escaped(struct sbuf *b, const char *s, int quote)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			sbuf_puts(b, "\\\\");
		else if (*s == '\n')
			sbuf_puts(b, "\\n");
		else if (quote && *s == '"')
			sbuf_puts(b, "\\\"");
		else
			sbuf_putn(b, s, 1);
	}
}

/* Shortest of %.15g..%.17g that reads back exactly; Inf and NaN spelled
 * the Prometheus way. */
static void
fmt_double(char *buf, size_t len, double v)
{
	int prec;

	if (isnan(v)) {
		snprintf(buf, len, "NaN");
		return;
	}
	if (isinf(v)) {
		snprintf(buf, len, v > 0 ? "+Inf" : "-Inf");
		return;
	}
	for (prec = 15; prec < 17; prec++) {
		snprintf(buf, len, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			return;
	}
	snprintf(buf, len, "%.17g", v);
}

/* name{l1="v1",...,extra="xv"} value\n; extra may be NULL. */
static void
render_sample(struct sbuf *b, const struct metric_family *f,
    const struct series *s, const char *suffix, const char *extra,
    const char *xv, double v)
{
	char num[40];
	size_t i;
	int any = 0;

	sbuf_puts(b, f->name);
	sbuf_puts(b, suffix);
	for (i = 0; i < f->nlabels; i++) {
		sbuf_puts(b, any++ ? "," : "{");
		sbuf_puts(b, f->labels[i]);
		sbuf_puts(b, "=\"");
		sbuf_escaped(b, s->lv[i], 1);
		sbuf_puts(b, "\"");
	}
	if (extra != NULL) {
		sbuf_puts(b, any++ ? "," : "{");
		sbuf_puts(b, extra);
		sbuf_puts(b, "=\"");
		sbuf_puts(b, xv);
		sbuf_puts(b, "\"");
	}
	if (any)
		sbuf_puts(b, "}");
	fmt_double(num, sizeof(num), v);
	sbuf_puts(b, " ");
	sbuf_puts(b, num);
	sbuf_puts(b, "\n");
}

static void
render_histogram(struct sbuf *b, const struct metric_family *f,
    const struct series *s)
{
	char le[40];
	uint64_t cum = 0;
	size_t i;

	for (i = 0; i <= f->nbounds; i++) {
		cum += s->buckets[i];
		if (i < f->nbounds)
			fmt_double(le, sizeof(le), f->bounds[i]);
		else
			snprintf(le, sizeof(le), "+Inf");
		render_sample(b, f, s, "_bucket", "le", le, (double)cum);
	}
	render_sample(b, f, s, "_sum", NULL, NULL, s->sum);
	render_sample(b, f, s, "_count", NULL, NULL, (double)s->count);
}

static void
render_family(struct sbuf *b, const struct metric_family *f)
{
	static const char *const types[] = { "counter", "gauge", "histogram" };
	const struct series *s;

	sbuf_puts(b, "# HELP ");
	sbuf_puts(b, f->name);
	sbuf_puts(b, " ");
	sbuf_escaped(b, f->help, 0);
	sbuf_puts(b, "\n# TYPE ");
	sbuf_puts(b, f->name);
	sbuf_puts(b, " ");
	sbuf_puts(b, types[f->type]);
	sbuf_puts(b, "\n");
	for (s = f->series; s != NULL; s = s->next) {
		if (f->type == METRIC_HISTOGRAM)
			render_histogram(b, f, s);
		else
			render_sample(b, f, s, "", NULL, NULL, s->value);
	}
}

char *
metrics_render(struct metrics *m, size_t *len)
{
	struct sbuf b = { 0 };
	const struct metric_family *f;

	sbuf_puts(&b, "");
	pthread_mutex_lock(&m->mu);
	for (f = m->head; f != NULL; f = f->next)
		render_family(&b, f);
	pthread_mutex_unlock(&m->mu);
	if (b.err) {
		free(b.p);
		return NULL;
	}
	if (len != NULL)
		*len = b.len;
	return b.p;
}

/* newsevd's families. */

static const double extract_bounds[] = {
	0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
	1, 2.5,
};
static const double latency_bounds[] = {
	0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static int
newsev_metrics_register(struct newsev_metrics *nm)
{
	struct metrics *r = nm->reg;

	nm->consumed = metrics_counter(r, "newsev_articles_consumed_total",
	    "Input messages taken from Kafka.", NULL);
	nm->produced = metrics_counter(r, "newsev_articles_produced_total",
	    "Articles whose output was acknowledged by the broker.", NULL);
	nm->rejected = metrics_counter(r, "newsev_articles_rejected_total",
	    "Input messages sent to the dead-letter topic, by reason.",
	    "reason");
	nm->events = metrics_counter(r, "newsev_events_total",
	    "Events extracted, by CAMEO root code.", "cameo_root");
	nm->extract_seconds = metrics_histogram(r,
	    "newsev_extraction_seconds", "Extraction time per article.",
	    NULL, extract_bounds, NELEM(extract_bounds));
	nm->latency_seconds = metrics_histogram(r,
	    "newsev_end_to_end_latency_seconds",
	    "Input message timestamp to output acknowledgement.", NULL,
	    latency_bounds, NELEM(latency_bounds));
	nm->queue_depth = metrics_gauge(r, "newsev_producer_queue_depth",
	    "Messages waiting in the producer queue.", NULL);
	nm->lag = metrics_gauge(r, "newsev_consumer_lag",
	    "Consumer lag in messages, per assigned partition.",
	    "topic,partition");
	nm->rebalances = metrics_counter(r, "newsev_rebalances_total",
	    "Consumer group rebalances (assign and revoke).", NULL);
	nm->last_commit = metrics_gauge(r,
	    "newsev_last_commit_timestamp_seconds",
	    "Unix time of the last successful offset commit.", NULL);
	nm->build_info = metrics_gauge(r, "newsev_build_info",
	    "Always 1; labels give the versions.",
	    "version,extractor_version");
	if (!nm->consumed || !nm->produced || !nm->rejected || !nm->events ||
	    !nm->extract_seconds || !nm->latency_seconds ||
	    !nm->queue_depth || !nm->lag || !nm->rebalances ||
	    !nm->last_commit || !nm->build_info)
		return -1;
	return 0;
}

struct newsev_metrics *
newsev_metrics_new(const char *version, const char *extractor_version)
{
	struct newsev_metrics *nm;

	if ((nm = calloc(1, sizeof(*nm))) == NULL)
		return NULL;
	if ((nm->reg = metrics_new()) == NULL)
		goto out_free_nm;
	if (newsev_metrics_register(nm) == -1)
		goto out_free_reg;
	if (metric_gauge_set(nm->build_info,
	    (const char *[]){ version, extractor_version }, 1) == -1)
		goto out_free_reg;
	return nm;
out_free_reg:
	metrics_free(nm->reg);
out_free_nm:
	free(nm);
	return NULL;
}

void
newsev_metrics_free(struct newsev_metrics *nm)
{
	if (nm == NULL)
		return;
	metrics_free(nm->reg);
	free(nm);
}

char *
newsev_metrics_render_cb(void *arg, size_t *len)
{
	struct newsev_metrics *nm = arg;

	return metrics_render(nm->reg, len);
}

/* Set the lag of every assigned partition of one topic; lock held. */
static void
stats_topic_lag(struct metric_family *lag, const char *topic,
    json_object *parts)
{
	json_object *v, *st;
	char pnum[24];
	struct series *s;
	int64_t n;

	json_object_object_foreach(parts, key, p) {
		if (strcmp(key, "-1") == 0 ||
		    !json_object_object_get_ex(p, "consumer_lag", &v))
			continue;
		if (json_object_object_get_ex(p, "fetch_state", &st) &&
		    strcmp(json_object_get_string(st), "none") == 0)
			continue;
		if ((n = json_object_get_int64(v)) < 0)
			continue;
		snprintf(pnum, sizeof(pnum), "%s", key);
		s = series_get(lag, (const char *[]){ topic, pnum });
		if (s != NULL)
			s->value = (double)n;
	}
}

static void
stats_consumer(struct newsev_metrics *nm, json_object *root)
{
	json_object *topics, *parts;

	pthread_mutex_lock(&nm->reg->mu);
	family_clear_locked(nm->lag);
	if (json_object_object_get_ex(root, "topics", &topics)) {
		json_object_object_foreach(topics, name, t) {
			if (json_object_object_get_ex(t, "partitions", &parts))
				stats_topic_lag(nm->lag, name, parts);
		}
	}
	pthread_mutex_unlock(&nm->reg->mu);
}

int
newsev_metrics_rdkafka_stats(struct newsev_metrics *nm, const char *json)
{
	json_object *root, *type, *cnt;
	const char *t;

	if ((root = json_tokener_parse(json)) == NULL)
		return -1;
	if (!json_object_is_type(root, json_type_object) ||
	    !json_object_object_get_ex(root, "type", &type)) {
		json_object_put(root);
		return -1;
	}
	t = json_object_get_string(type);
	if (strcmp(t, "consumer") == 0)
		stats_consumer(nm, root);
	else if (strcmp(t, "producer") == 0 &&
	    json_object_object_get_ex(root, "msg_cnt", &cnt))
		metric_gauge_set(nm->queue_depth, NULL,
		    (double)json_object_get_int64(cnt));
	json_object_put(root);
	return 0;
}
