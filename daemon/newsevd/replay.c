/*
 * replay: bounded re-runs of an input topic (see replay.h). The window of
 * each partition is resolved once at start; the pipeline then runs as it
 * does live, with three hooks (assign, check, stored) and a timer for the
 * progress line. Everything here runs on the loop thread.
 */
#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "newsev/kafka.h"
#include "newsev/log.h"
#include "newsev/replay.h"

#define REPLAY_TIMEOUT_MS	10000	/* metadata, watermarks, committed */
#define REPLAY_NONE		INT64_MIN

/* A --from/--to value. */
struct spec {
	int32_t partition;	/* -1: every partition */
	int64_t offset;		/* RD_KAFKA_OFFSET_BEGINNING/END or >= 0 */
	int64_t time_ms;	/* REPLAY_NONE unless a time */
};

struct rpart {
	int32_t partition;
	int64_t start;		/* first offset of this run */
	int64_t bound;		/* stop before this offset */
	int64_t next;		/* last stored: the next offset to read */
	int done;
};

struct replay {
	char *topic;
	char *group;
	struct rpart *parts;
	size_t nparts, ndone;
	int64_t from_ms, to_ms;	/* client-side time filter [from, to) */
	uint64_t skipped;
	int resumed;		/* the group had committed offsets */
	int64_t t0;		/* monotonic ms at attach */
	int tty;
	struct pipeline *p;
	struct event *tick, *finish;
};

static struct replay *replay_registered;

static int64_t
replay_mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int
replay_args_add(struct replay_args *a, const char *name, const char *value)
{
	if (strcmp(name, "replay") == 0)
		a->enabled = 1;
	else if (strcmp(name, "force") == 0)
		a->force = 1;
	else if (strcmp(name, "input-topic") == 0)
		a->input_topic = value;
	else if (strcmp(name, "output-topic") == 0)
		a->output_topic = value;
	else if (strcmp(name, "group") == 0)
		a->group = value;
	else if (strcmp(name, "from") == 0 && a->nfrom < REPLAY_MAX_SPECS)
		a->from[a->nfrom++] = value;
	else if (strcmp(name, "to") == 0 && a->nto < REPLAY_MAX_SPECS)
		a->to[a->nto++] = value;
	else
		return -1;
	return 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t
replay_days(int64_t y, int64_t m, int64_t d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* "YYYY-MM-DDTHH:MM:SS[.frac](Z|+hh:mm|-hh:mm)" to Unix ms; -1 if not. */
static int
replay_parse_time(const char *s, int64_t *ms)
{
	int y, mo, d, h, mi, sec, n = 0, oh, om;
	int64_t frac = 0, scale = 1000, off = 0;
	const char *p;

	if (sscanf(s, "%4d-%2d-%2d%*1[Tt ]%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi,
	    &sec, &n) != 6 || n != 19 || mo < 1 || mo > 12 || d < 1 ||
	    d > 31 || h > 23 || mi > 59 || sec > 60)
		return -1;
	p = s + n;
	if (*p == '.') {
		for (p++; isdigit((unsigned char)*p); p++)
			if (scale > 1) {
				scale /= 10;
				frac += (*p - '0') * scale;
			}
	}
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if ((*p == '+' || *p == '-') &&
	    sscanf(p + 1, "%2d:%2d", &oh, &om) == 2 && strlen(p) == 6) {
		off = (oh * 60 + om) * 60000LL * (*p == '-' ? -1 : 1);
		p += 6;
	} else {
		return -1;
	}
	if (*p != '\0')
		return -1;
	*ms = ((replay_days(y, mo, d) * 24 + h) * 60 + mi) * 60000LL +
	    sec * 1000LL + frac - off;
	return 0;
}

/* Parse one --from/--to value. Returns 0 or -1. */
static int
replay_parse_spec(const char *s, struct spec *sp)
{
	char *end;
	long part;
	long long off;

	sp->partition = -1;
	sp->offset = RD_KAFKA_OFFSET_BEGINNING;
	sp->time_ms = REPLAY_NONE;
	if (strcmp(s, "beginning") == 0)
		return 0;
	if (strcmp(s, "end") == 0) {
		sp->offset = RD_KAFKA_OFFSET_END;
		return 0;
	}
	if (isdigit((unsigned char)*s) && strchr(s, ':') != NULL &&
	    strchr(s, '-') == NULL) {
		part = strtol(s, &end, 10);
		if (*end != ':' || part < 0 || part > INT32_MAX ||
		    !isdigit((unsigned char)end[1]))
			return -1;
		off = strtoll(end + 1, &end, 10);
		if (*end != '\0' || off < 0)
			return -1;
		sp->partition = (int32_t)part;
		sp->offset = off;
		return 0;
	}
	return replay_parse_time(s, &sp->time_ms);
}

/*
 * Parse every value of v into specs; *whole gets the last spec that names
 * no partition (default *whole unchanged). Returns 0 or -1 naming the bad
 * value in err.
 */
static int
replay_parse_specs(const char *const *v, size_t n, struct spec *specs,
    struct spec *whole, const char *what, char *err, size_t errlen)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (replay_parse_spec(v[i], &specs[i]) == -1) {
			snprintf(err, errlen, "--%s %s: expected an RFC 3339 "
			    "time, beginning, end or PARTITION:OFFSET", what,
			    v[i]);
			return -1;
		}
		if (specs[i].partition == -1)
			*whole = specs[i];
	}
	return 0;
}

/* The spec of partition part: its own, else whole. */
static const struct spec *
replay_spec_for(const struct spec *specs, size_t n, const struct spec *whole,
    int32_t part)
{
	size_t i;

	for (i = n; i-- > 0;)
		if (specs[i].partition == part)
			return &specs[i];
	return whole;
}

/* Replace every kafka group.id and c->group_id by group. */
static int
replay_set_group(struct config *c, const char *group)
{
	char *g;
	size_t i;

	if ((g = strdup(group)) == NULL)
		return -1;
	free(c->group_id);
	c->group_id = g;
	for (i = 0; i < c->n_kafka; i++) {
		if (strcmp(c->kafka[i].name, "group.id") != 0)
			continue;
		if ((g = strdup(group)) == NULL)
			return -1;
		free(c->kafka[i].value);
		c->kafka[i].value = g;
	}
	if ((c->replay_group = strdup(group)) == NULL)
		return -1;
	return 0;
}

/* The live output topic of the configuration, or NULL (none configured). */
static char *
replay_live_topic(const char *path, char *const *x, size_t nx)
{
	struct config *live;
	char err[512], *t;

	if ((live = config_load(path, x, nx, err, sizeof(err))) == NULL)
		return NULL;
	t = strdup(live->output_topic);
	config_free(live);
	return t;
}

/* Overrides x plus input.topics and output.topic of a replay. */
static char **
replay_overrides(const struct replay_args *a, char *const *x, size_t nx,
    size_t *n)
{
	char **v;
	size_t i, k = 0;

	if ((v = calloc(nx + 2, sizeof(*v))) == NULL)
		return NULL;
	for (i = 0; i < nx; i++)
		v[k++] = x[i];
	if (a->input_topic != NULL &&
	    asprintf(&v[k++], "input.topics=%s", a->input_topic) == -1)
		v[--k] = NULL;
	if (asprintf(&v[k++], "output.topic=%s", a->output_topic) == -1)
		v[--k] = NULL;
	*n = k;
	return v;
}

struct config *
replay_config(const struct replay_args *a, const char *path,
    char *const *x, size_t nx, char *err, size_t errlen)
{
	struct config *c = NULL;
	char **v, *live, group[512];
	size_t n, i;
	time_t now = time(NULL);
	struct tm tm;

	struct spec sp[REPLAY_MAX_SPECS], whole;

	if (a->output_topic == NULL || *a->output_topic == '\0') {
		snprintf(err, errlen, "--replay needs --output-topic");
		return NULL;
	}
	if (replay_parse_specs(a->from, a->nfrom, sp, &whole, "from", err,
	    errlen) == -1 || replay_parse_specs(a->to, a->nto, sp, &whole,
	    "to", err, errlen) == -1)
		return NULL;
	live = replay_live_topic(path, x, nx);
	if ((v = replay_overrides(a, x, nx, &n)) == NULL) {
		free(live);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	c = config_load(path, v, n, err, errlen);
	for (i = nx; i < n; i++)
		free(v[i]);
	free(v);
	if (c == NULL)
		goto out_free_live;
	if (c->n_input_topics != 1) {
		snprintf(err, errlen, "--replay reads one topic: give "
		    "--input-topic (input.topics has %zu)", c->n_input_topics);
		goto out_free_config;
	}
	if (strcmp(c->output_topic, c->input_topics[0]) == 0) {
		snprintf(err, errlen, "--output-topic %s is the input topic",
		    c->output_topic);
		goto out_free_config;
	}
	if (live != NULL && strcmp(live, c->output_topic) == 0 && !a->force) {
		snprintf(err, errlen, "--output-topic %s is the live output.topic;"
		    " replay into a fresh topic (or add --force)", live);
		goto out_free_config;
	}
	gmtime_r(&now, &tm);
	if (a->group != NULL)
		snprintf(group, sizeof(group), "%s", a->group);
	else
		snprintf(group, sizeof(group), "newsev-replay-%s-%04d%02d%02dT"
		    "%02d%02d%02dZ", c->input_topics[0], tm.tm_year + 1900,
		    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	free(c->http_listen);	/* a batch run: the live daemon has the port */
	c->http_listen = NULL;
	if (replay_set_group(c, group) == -1) {
		snprintf(err, errlen, "out of memory");
		goto out_free_config;
	}
	free(live);
	return c;
out_free_config:
	config_free(c);
	c = NULL;
out_free_live:
	free(live);
	return c;
}

/* The partition count of topic, or -1 with the reason in err. */
static int
replay_partitions(rd_kafka_t *rk, const char *topic, char *err, size_t errlen)
{
	const struct rd_kafka_metadata *md;
	rd_kafka_topic_t *rkt;
	rd_kafka_resp_err_t e;
	int n = -1;

	if ((rkt = rd_kafka_topic_new(rk, topic, NULL)) == NULL) {
		snprintf(err, errlen, "topic %s: %s", topic,
		    rd_kafka_err2str(rd_kafka_last_error()));
		return -1;
	}
	e = rd_kafka_metadata(rk, 0, rkt, &md, REPLAY_TIMEOUT_MS);
	if (e != RD_KAFKA_RESP_ERR_NO_ERROR)
		snprintf(err, errlen, "metadata of %s: %s", topic,
		    rd_kafka_err2str(e));
	else if (md->topic_cnt != 1 || md->topics[0].err)
		snprintf(err, errlen, "topic %s: %s", topic,
		    md->topic_cnt == 1 ? rd_kafka_err2str(md->topics[0].err) :
		    "not found");
	else
		n = md->topics[0].partition_cnt;
	if (e == RD_KAFKA_RESP_ERR_NO_ERROR)
		rd_kafka_metadata_destroy(md);
	rd_kafka_topic_destroy(rkt);
	return n;
}

/* A list of every partition of r's topic, each with offset off. */
static rd_kafka_topic_partition_list_t *
replay_list(const struct replay *r, int64_t off)
{
	rd_kafka_topic_partition_list_t *l;
	size_t i;

	l = rd_kafka_topic_partition_list_new((int)r->nparts);
	for (i = 0; i < r->nparts; i++)
		rd_kafka_topic_partition_list_add(l, r->topic,
		    r->parts[i].partition)->offset = off;
	return l;
}

/*
 * The first offset of each partition for a time --from: offsets_for_times,
 * or, when the broker answers -1 (the 2.0.2 mock always does), the low
 * watermark, the time filter doing the rest. Sets starts[i].
 */
static void
replay_times_to_offsets(struct replay *r, rd_kafka_t *rk, int64_t time_ms,
    const int64_t *lo, int64_t *starts)
{
	rd_kafka_topic_partition_list_t *l = replay_list(r, time_ms);
	rd_kafka_resp_err_t e;
	int k, fallback = 0;

	e = rd_kafka_offsets_for_times(rk, l, REPLAY_TIMEOUT_MS);
	for (k = 0; k < l->cnt; k++) {
		if (e == RD_KAFKA_RESP_ERR_NO_ERROR && l->elems[k].err == 0 &&
		    l->elems[k].offset >= 0) {
			starts[k] = l->elems[k].offset;
		} else {
			starts[k] = lo[k];
			fallback = 1;
		}
	}
	if (fallback)
		log_info("replay: offsets_for_times gave no offset, starting "
		    "from the beginning with the timestamp filter", "err=%s",
		    rd_kafka_err2name(e));
	rd_kafka_topic_partition_list_destroy(l);
}

/* Resolve the window of every partition. Returns 0 or -1 with err. */
static int
replay_resolve(struct replay *r, const struct replay_args *a, rd_kafka_t *rk,
    char *err, size_t errlen)
{
	struct spec from[REPLAY_MAX_SPECS], to[REPLAY_MAX_SPECS];
	struct spec wfrom = { -1, RD_KAFKA_OFFSET_BEGINNING, REPLAY_NONE };
	struct spec wto = { -1, RD_KAFKA_OFFSET_END, REPLAY_NONE };
	rd_kafka_topic_partition_list_t *com;
	int64_t lo[4096], hi[4096], tstart[4096];
	const struct spec *sf, *st;
	size_t i;

	if (replay_parse_specs(a->from, a->nfrom, from, &wfrom, "from", err,
	    errlen) == -1 || replay_parse_specs(a->to, a->nto, to, &wto, "to",
	    err, errlen) == -1)
		return -1;
	if (r->nparts > 4096) {
		snprintf(err, errlen, "more than 4096 partitions");
		return -1;
	}
	r->from_ms = wfrom.time_ms;
	r->to_ms = wto.time_ms;
	for (i = 0; i < r->nparts; i++) {
		rd_kafka_resp_err_t e = rd_kafka_query_watermark_offsets(rk,
		    r->topic, r->parts[i].partition, &lo[i], &hi[i],
		    REPLAY_TIMEOUT_MS);

		if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
			snprintf(err, errlen, "end offsets of %s/%d: %s",
			    r->topic, (int)i, rd_kafka_err2str(e));
			return -1;
		}
	}
	if (r->from_ms != REPLAY_NONE)
		replay_times_to_offsets(r, rk, r->from_ms, lo, tstart);
	com = replay_list(r, RD_KAFKA_OFFSET_INVALID);
	if (rd_kafka_committed(rk, com, REPLAY_TIMEOUT_MS) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR) {
		rd_kafka_topic_partition_list_destroy(com);
		snprintf(err, errlen, "cannot read the committed offsets of "
		    "group %s", r->group);
		return -1;
	}
	for (i = 0; i < r->nparts; i++) {
		struct rpart *rp = &r->parts[i];

		sf = replay_spec_for(from, a->nfrom, &wfrom, rp->partition);
		st = replay_spec_for(to, a->nto, &wto, rp->partition);
		rp->bound = st->offset >= 0 && st->offset < hi[i] ?
		    st->offset : hi[i];
		if (com->elems[i].offset >= 0) {
			rp->start = com->elems[i].offset;	/* resume */
			r->resumed = 1;
		} else if (sf->time_ms != REPLAY_NONE)
			rp->start = tstart[i];
		else if (sf->offset == RD_KAFKA_OFFSET_END)
			rp->start = hi[i];
		else
			rp->start = sf->offset >= lo[i] ? sf->offset : lo[i];
		rp->next = rp->start;
		if (rp->start >= rp->bound) {
			rp->done = 1;
			r->ndone++;
		}
	}
	rd_kafka_topic_partition_list_destroy(com);
	return 0;
}

/* Print the group and each partition's window. */
static void
replay_print_plan(const struct replay *r, FILE *f, int resumed)
{
	size_t i;

	fprintf(f, "newsevd: replay group %s%s (rerun with --group %s to "
	    "resume)\n", r->group, resumed ? " resumed" : "", r->group);
	for (i = 0; i < r->nparts; i++)
		fprintf(f, "newsevd: replay %s/%d offsets %" PRId64 "..%" PRId64
		    " (%" PRId64 " messages)\n", r->topic,
		    (int)r->parts[i].partition, r->parts[i].start,
		    r->parts[i].bound, r->parts[i].bound > r->parts[i].start ?
		    r->parts[i].bound - r->parts[i].start : 0);
	fflush(f);
}

struct replay *
replay_new(const struct replay_args *a, const struct config *c, FILE *f,
    char *err, size_t errlen)
{
	struct replay *r;
	rd_kafka_t *rk;
	int n, i;

	if ((r = calloc(1, sizeof(*r))) == NULL ||
	    (r->topic = strdup(c->input_topics[0])) == NULL ||
	    (r->group = strdup(c->replay_group)) == NULL) {
		snprintf(err, errlen, "out of memory");
		goto out_free_replay;
	}
	if ((rk = kafka_consumer_new(c, NULL, NULL, NULL, err, errlen)) == NULL)
		goto out_free_replay;
	if ((n = replay_partitions(rk, r->topic, err, errlen)) <= 0) {
		if (n == 0)
			snprintf(err, errlen, "topic %s has no partition",
			    r->topic);
		goto out_destroy_consumer;
	}
	if ((r->parts = calloc((size_t)n, sizeof(*r->parts))) == NULL)
		goto out_destroy_consumer;
	r->nparts = (size_t)n;
	for (i = 0; i < n; i++)
		r->parts[i].partition = i;
	if (replay_resolve(r, a, rk, err, errlen) == -1)
		goto out_destroy_consumer;
	rd_kafka_destroy(rk);
	replay_print_plan(r, f, r->resumed);
	replay_registered = r;
	return r;
out_destroy_consumer:
	rd_kafka_destroy(rk);
out_free_replay:
	replay_free(r);
	return NULL;
}

struct replay *
replay_current(void)
{
	return replay_registered;
}

static struct rpart *
replay_part(struct replay *r, const char *topic, int32_t partition)
{
	if (partition < 0 || (size_t)partition >= r->nparts ||
	    strcmp(topic, r->topic) != 0)
		return NULL;
	return &r->parts[partition];
}

/* Done, elapsed and rate of the run so far. */
static void
replay_progress(const struct replay *r, int64_t *done, int64_t *total,
    double *secs)
{
	size_t i;

	*done = *total = 0;
	for (i = 0; i < r->nparts; i++) {
		if (r->parts[i].bound <= r->parts[i].start)
			continue;
		*total += r->parts[i].bound - r->parts[i].start;
		*done += (r->parts[i].next < r->parts[i].bound ?
		    r->parts[i].next : r->parts[i].bound) - r->parts[i].start;
	}
	*secs = (double)(replay_mono_ms() - r->t0) / 1000.0;
}

/* The status line: total, rate, time left, then up to 8 partitions. */
static void
replay_on_tick(evutil_socket_t fd, short what, void *arg)
{
	struct replay *r = arg;
	char line[512];
	int64_t done, total;
	double secs, rate;
	size_t i, len;

	replay_progress(r, &done, &total, &secs);
	rate = secs > 0 ? (double)done / secs : 0;
	len = (size_t)snprintf(line, sizeof(line), "%" PRId64 "/%" PRId64
	    " offsets, %.0f/s, eta %.0fs", done, total, rate, rate > 0 ?
	    (double)(total - done) / rate : 0.0);
	for (i = 0; i < r->nparts && i < 8 && len < sizeof(line); i++)
		len += (size_t)snprintf(line + len, sizeof(line) - len,
		    " p%d:%" PRId64 "/%" PRId64, (int)r->parts[i].partition,
		    r->parts[i].next - r->parts[i].start,
		    r->parts[i].bound - r->parts[i].start);
	if (r->tty) {
		fprintf(stderr, "\r%s\033[K", line);
		fflush(stderr);
	} else {
		log_info("replay progress", "done=%" PRId64 " total=%" PRId64
		    " rate=%.0f status=\"%s\"", done, total, rate, line);
	}
}

static void
replay_on_finish(evutil_socket_t fd, short what, void *arg)
{
	struct replay *r = arg;

	log_info("replay: every partition reached its bound", "group=%s",
	    r->group);
	pipeline_shutdown(r->p, 0);
}

int
replay_attach(struct replay *r, struct event_base *base, struct pipeline *p)
{
	struct timeval tv = { 1, 0 };

	r->p = p;
	r->t0 = replay_mono_ms();
	r->tty = isatty(STDERR_FILENO);
	if (!r->tty)
		tv.tv_sec = 10;
	r->tick = event_new(base, -1, EV_PERSIST, replay_on_tick, r);
	r->finish = event_new(base, -1, 0, replay_on_finish, r);
	if (r->tick == NULL || r->finish == NULL ||
	    event_add(r->tick, &tv) == -1)
		return -1;
	if (r->ndone == r->nparts)
		event_active(r->finish, 0, 0);
	return 0;
}

void
replay_on_assign(struct replay *r, rd_kafka_topic_partition_list_t *l)
{
	struct rpart *rp;
	int k;

	for (k = 0; k < l->cnt; k++)
		if ((rp = replay_part(r, l->elems[k].topic,
		    l->elems[k].partition)) != NULL)
			l->elems[k].offset = rp->next;
}

enum replay_verdict
replay_check(struct replay *r, const rd_kafka_message_t *m)
{
	struct rpart *rp = replay_part(r, rd_kafka_topic_name(m->rkt),
	    m->partition);
	int64_t ts;

	if (rp == NULL || m->offset >= rp->bound)
		return REPLAY_BEYOND;
	if (r->from_ms == REPLAY_NONE && r->to_ms == REPLAY_NONE)
		return REPLAY_PROCESS;
	ts = rd_kafka_message_timestamp(m, NULL);
	if ((r->from_ms != REPLAY_NONE && ts < r->from_ms) ||
	    (r->to_ms != REPLAY_NONE && ts >= r->to_ms)) {
		r->skipped++;
		return REPLAY_SKIP;
	}
	return REPLAY_PROCESS;
}

void
replay_on_stored(struct replay *r, const char *topic, int32_t partition,
    int64_t next)
{
	struct rpart *rp = replay_part(r, topic, partition);

	if (rp == NULL || next <= rp->next)
		return;
	rp->next = next;
	if (!rp->done && next >= rp->bound) {
		rp->done = 1;
		if (++r->ndone == r->nparts && r->finish != NULL)
			event_active(r->finish, 0, 0);
	}
}

int
replay_summary(struct replay *r, const struct pipeline_stats *s, FILE *f)
{
	int64_t done, total;
	double secs;
	int complete = r->ndone == r->nparts;

	replay_progress(r, &done, &total, &secs);
	if (r->tty)
		fputc('\n', stderr);
	fprintf(f, "newsevd: replay %s: group=%s articles_read=%llu "
	    "events_written=%llu messages_written=%llu rejected=%llu "
	    "skipped_outside_window=%llu offsets=%" PRId64 "/%" PRId64
	    " elapsed=%.1fs rate=%.1f/s%s\n", complete ? "complete" :
	    "interrupted", r->group,
	    (unsigned long long)(s->consumed + r->skipped),
	    (unsigned long long)s->events, (unsigned long long)s->acked,
	    (unsigned long long)s->rejected, (unsigned long long)r->skipped,
	    done, total, secs, secs > 0 ? (double)s->articles / secs : 0.0,
	    complete ? "" : " (run the same command again to resume)");
	fflush(f);
	return complete;
}

void
replay_free(struct replay *r)
{
	if (r == NULL)
		return;
	if (replay_registered == r)
		replay_registered = NULL;
	if (r->tick != NULL)
		event_free(r->tick);
	if (r->finish != NULL)
		event_free(r->finish);
	free(r->parts);
	free(r->topic);
	free(r->group);
	free(r);
}
