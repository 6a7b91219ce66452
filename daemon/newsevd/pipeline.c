/*
 * pipeline: the loop side of newsevd.
 *
 * Threads. The libevent loop thread owns everything here: librdkafka's
 * callbacks (rebalance, delivery reports, commits, errors) are served only
 * from rd_kafka_consumer_poll() and rd_kafka_poll() called on this thread,
 * so the partition table, the trackers and the counters need no locks.
 * Worker threads (workers.c) see nothing but struct job: decode, extract,
 * encode. librdkafka's own threads do the network I/O.
 *
 * Wakeups. The consumer queue and the producer's main queue each write to a
 * non-blocking pipe on their empty -> non-empty transition
 * (rd_kafka_queue_io_event_enable); finished jobs are announced on an
 * eventfd, in batches (workers.c: per 64 jobs, after 5 ms, or when the
 * worker goes idle). Each wakeup drains its source until empty; the
 * consumer drain yields after PIPELINE_BUDGET messages and re-activates
 * itself, so it never stalls and never starves delivery reports. No timer:
 * an idle daemon sleeps in epoll_wait. A wakeup costs far more than the
 * work of one article (two busy workers share two cores with this thread
 * and librdkafka's), hence the batching both ways.
 *
 * Hand-off. A message goes to the worker of its partition (partitions are
 * spread round-robin over workers), whose FIFO keeps the partition's order;
 * a drain's messages are staged and handed over at its end, one lock and
 * at most one signal per worker. Results come back to the loop,
 * which produces them: producev() is cheap and non-blocking, and producing
 * from one thread keeps output order per partition and lets the tracker
 * learn an offset's output count before any of its acknowledgements.
 *
 * Commits (at-least-once). enable.auto.offset.store=false; every consumed
 * offset enters its partition's tracker; its output count is set when the
 * job returns (0 when an article yields no Event at event granularity, so
 * it is done at once); each delivery report acknowledges one output. The
 * highest offset whose outputs and predecessors' outputs are all
 * acknowledged is stored (batched per drain) and auto-committed by
 * librdkafka (enable.auto.commit=true); revoke and shutdown commit
 * synchronously after waiting, bounded, for in-flight work.
 *
 * Failures. Bad input goes to the DLQ and counts as one output. A delivery
 * that fails for good (after librdkafka's retries, message.timeout.ms), a
 * produce() error, a fatal idempotent-producer error or memory exhaustion
 * stop the daemon with exit code 1: the failed offset is never stored, so
 * after a restart (systemd Restart=on-failure) the article is consumed
 * again. Nothing is dropped silently.
 * An article with an output larger than the producer's message.max.bytes
 * is bad input too: it goes to the DLQ with that reason, checked before
 * producing (a permanent MSG_SIZE_TOO_LARGE would otherwise stop the daemon
 * at every restart). A DLQ copy that would itself be too large goes without
 * its value; its newsev-source header names the input offset.
 * Likewise an output the broker refuses for good (MSG_SIZE_TOO_LARGE,
 * INVALID_RECORD, ...): its input is kept until its outputs are acknowledged
 * (struct src_hold) and copied to the DLQ, once per article.
 *
 * Backpressure. The extraction work waiting at the workers is bounded to
 * about PIPELINE_BACKLOG_MS per worker (jobs times the moving average of
 * a job's extraction time): at the bound the loop stops draining the
 * consumer queue (throttled, silently: the normal state when extraction is
 * the bottleneck) and drains again once finished jobs halve it. The
 * prefetch then waits in librdkafka's queue (queued.max.messages.kbytes)
 * rather than at the workers, and an article waits there milliseconds,
 * not seconds. Without extraction jobs take microseconds and only
 * input.max_inflight applies: a throttle there would let librdkafka's
 * queue reach its bound, and librdkafka 2.0 checks again only at its next
 * wakeup, up to about a second later, stalling a fast pipeline.
 * Offsets consumed and not yet stored are bounded by
 * input.max_inflight. At the bound the loop first just stops draining the
 * consumer queue (a hold): librdkafka's prefetch stays queued, bounded by
 * queued.min.messages and queued.max.messages.kbytes, and draining resumes
 * (explicitly: the io-event pipe only fires on empty -> non-empty) once
 * the in-flight count falls to half the bound. A hold that lasts
 * PIPELINE_HOLD_MS (slow output, slow extraction) becomes a pause of every
 * assigned partition (rd_kafka_pause_partitions, which drops the prefetch)
 * and draining goes on, so rebalances and errors are still served; below
 * half the bound the partitions are resumed.
 */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "newsev/dict.h"
#include "newsev/encode.h"
#include "newsev/extract.h"
#include "newsev/framing.h"
#include "newsev/http.h"
#include "newsev/job.h"
#include "newsev/kafka.h"
#include "newsev/log.h"
#include "newsev/metrics.h"
#include "newsev/notify.h"
#include "newsev/paths.h"
#include "newsev/pipeline.h"
#include "newsev/replay.h"
#include "newsev/tracker.h"
#include "newsev/txn.h"
#include "newsev/workers.h"

#define PIPELINE_BUDGET		5000	/* messages per wakeup before yielding */
#define PIPELINE_SETTLE_MS	30000	/* bound on waiting for in-flight work */
#define PIPELINE_FLUSH_MS	10000	/* bound on the final producer flush */
/*
 * After an input this large, malloc_trim(): the worker's arena would
 * otherwise keep the pages of its text, tokens and output (tens of MB for
 * a million sentences) for the life of the process.
 */
#define PIPELINE_TRIM_BYTES	(1024 * 1024)
#define PIPELINE_PROBE_MS	2000	/* bound on the producer's readiness probe */
#define PIPELINE_HOLD_MS	1000	/* a longer hold becomes a pause */
/*
 * Extraction work queued at the workers, in ms per worker, above which the
 * loop stops draining the consumer queue (see Backpressure); never fewer
 * than PIPELINE_BACKLOG_MIN jobs per worker.
 */
#define PIPELINE_BACKLOG_MS	200
#define PIPELINE_BACKLOG_MIN	256

/* One input partition; kept until pipeline_free so references stay valid. */
struct part {
	char *topic;
	int32_t partition;
	uint32_t gen;		/* bumped on every assign and revoke */
	int assigned;
	unsigned worker;
	struct tracker *trk;
	size_t jobs;		/* messages at the workers */
	size_t outs;		/* produced, delivery report pending */
	int64_t to_store;	/* offset to store at the next flush, or -1 */
};

/* The opaque of each produced message. */
struct out_ref {
	struct part *part;
	uint32_t gen;
	int64_t offset;
	int64_t src_ts;		/* input message timestamp, ms, or -1 */
	struct src_hold *hold;	/* its input, or NULL */
};

/*
 * An input message kept while its outputs are in flight (delivery without
 * transactions), so that an output the broker refuses for good can be
 * replaced by a DLQ copy of the input. One reference per output in flight.
 */
struct src_hold {
	unsigned refs;
	int dlq_sent;
	rd_kafka_message_t *rkm;
};

struct pipeline {
	struct event_base *base;
	struct config *cfg;
	struct job_params params;
	struct dict_ref *dict;
	rd_kafka_t *consumer, *producer;
	rd_kafka_queue_t *cq, *pq;
	int cfd[2], pfd[2];	/* io-event pipes of the two queues */
	struct event *cev, *pev, *wev, *stop_ev;
	struct event *hold_ev;	/* fires when a hold has lasted too long */
	int hold;		/* at max_inflight: not draining the consumer */
	/* counters added to the metrics at the next scrape */
	uint64_t m_roots[21], m_consumed, m_produced;
	size_t jobs;		/* at the workers, all partitions */
	double job_us;		/* moving average of a job's extraction time */
	int throttled;		/* backlog at its bound: not draining */
	struct workers *workers;
	struct part **parts;
	size_t nparts;
	int store_dirty;
	struct txn *txn;	/* delivery = exactly-once, else NULL */
	int txn_abort;		/* an output failed: abort and rewind */
	int txn_aborts_in_row;
	size_t max_msg;		/* producer message.max.bytes */
	struct src_hold *cur_hold;	/* given to the outputs produced now */
	int stopping;
	int exit_code;
	struct pipeline_stats stats;
	struct newsev_metrics *nm;
	struct http_server *http;
	int joined, producer_ok, ready;
	int coop;		/* COOPERATIVE rebalance protocol */
	uint64_t status_consumed;
	int64_t status_ms;
	char reload_err[600];	/* why the last reload was refused */
};

static int64_t
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Record a failure that must end the process with a non-zero code. */
static void
pipeline_fail(struct pipeline *p, const char *why)
{
	if (p->exit_code != 0)
		return;
	log_error("stopping after a failure", "reason=\"%s\"", why);
	p->exit_code = 1;
	event_active(p->stop_ev, 0, 0);
}

/* The partition (topic, partition); created when create is set. */
static struct part *
pipeline_part(struct pipeline *p, const char *topic, int32_t partition,
    int create)
{
	struct part **v, *pt;
	size_t i;

	for (i = 0; i < p->nparts; i++)
		if (p->parts[i]->partition == partition &&
		    strcmp(p->parts[i]->topic, topic) == 0)
			return p->parts[i];
	if (!create)
		return NULL;
	if ((v = realloc(p->parts, (p->nparts + 1) * sizeof(*v))) == NULL)
		return NULL;
	p->parts = v;
	if ((pt = calloc(1, sizeof(*pt))) == NULL)
		return NULL;
	if ((pt->topic = strdup(topic)) == NULL ||
	    (pt->trk = tracker_new()) == NULL) {
		free(pt->topic);
		free(pt);
		return NULL;
	}
	pt->partition = partition;
	pt->worker = (unsigned)p->nparts;
	pt->to_store = -1;
	p->parts[p->nparts++] = pt;
	return pt;
}

/* Log that consumption stopped (1) or went on (0): how = hold|partitions. */
static void
pipeline_log_backpressure(struct pipeline *p, int paused, const char *how)
{
	if (log_ratelimit("backpressure"))
		log_info(paused ? "backpressure: consumption paused" :
		    "backpressure: consumption resumed",
		    "how=%s inflight=%zu max=%zu", how, p->stats.inflight,
		    p->cfg->input_max_inflight);
}

/* Pause (1) or resume (0) every assigned partition. */
static void
pipeline_pause(struct pipeline *p, int pause)
{
	rd_kafka_topic_partition_list_t *l;
	rd_kafka_resp_err_t err;
	size_t i;

	l = rd_kafka_topic_partition_list_new((int)p->nparts + 1);
	for (i = 0; i < p->nparts; i++)
		if (p->parts[i]->assigned)
			rd_kafka_topic_partition_list_add(l, p->parts[i]->topic,
			    p->parts[i]->partition);
	err = pause ? rd_kafka_pause_partitions(p->consumer, l) :
	    rd_kafka_resume_partitions(p->consumer, l);
	rd_kafka_topic_partition_list_destroy(l);
	if (err != RD_KAFKA_RESP_ERR_NO_ERROR && log_ratelimit("pause"))
		log_warn(pause ? "pause failed" : "resume failed", "err=%s",
		    rd_kafka_err2name(err));
	p->stats.paused = pause;
	if (pause)
		p->stats.pauses++;
	pipeline_log_backpressure(p, pause, "partitions");
}

/* In-flight work is at the bound: stop draining the consumer queue. */
static void
pipeline_hold_input(struct pipeline *p)
{
	struct timeval tv = { PIPELINE_HOLD_MS / 1000,
	    (PIPELINE_HOLD_MS % 1000) * 1000 };

	if (p->hold || p->stats.paused)
		return;
	p->hold = 1;
	evtimer_add(p->hold_ev, &tv);
	pipeline_log_backpressure(p, 1, "hold");
}

/* Below half the bound: end a hold or a pause and drain again. */
static void
pipeline_release_input(struct pipeline *p)
{
	if (p->stats.paused)
		pipeline_pause(p, 0);
	if (!p->hold)
		return;
	p->hold = 0;
	evtimer_del(p->hold_ev);
	pipeline_log_backpressure(p, 0, "hold");
	if (!p->stopping)	/* the queue may hold messages: no wakeup */
		event_active(p->cev, EV_READ, 0);
}

/*
 * End a hold or a pause once in-flight work is at half the bound: called
 * when offsets are done, and after a rebalance or a rewind dropped some
 * (nothing else would resume partitions paused with nothing in flight).
 */
static void
pipeline_check_release(struct pipeline *p)
{
	if (p->stats.inflight <= p->cfg->input_max_inflight / 2)
		pipeline_release_input(p);
}

/* A hold lasted PIPELINE_HOLD_MS: pause the partitions, keep serving. */
static void
pipeline_on_hold_timeout(evutil_socket_t fd, short what, void *arg)
{
	struct pipeline *p = arg;

	if (!p->hold || p->stopping)
		return;
	p->hold = 0;
	pipeline_pause(p, 1);
	if (!p->stopping)
		event_active(p->cev, EV_READ, 0);
}

/* Upper bound of librdkafka's per-record framing (MessageSet v2). */
#define PIPELINE_RECORD_OVERHEAD	64

/* The producer's message.max.bytes (librdkafka's default when unreadable). */
static size_t
pipeline_max_message(rd_kafka_t *rk)
{
	char buf[32];
	size_t n = sizeof(buf);

	if (rd_kafka_conf_get(rd_kafka_conf(rk), "message.max.bytes", buf,
	    &n) != RD_KAFKA_CONF_OK)
		return 1000000;
	return (size_t)strtoull(buf, NULL, 10);
}

/*
 * The size librdkafka checks against message.max.bytes on producev():
 * key, value, headers and record framing (bounded above).
 */
static size_t
pipeline_wire_size(size_t keylen, size_t len, const rd_kafka_headers_t *h)
{
	size_t n = keylen + len + PIPELINE_RECORD_OVERHEAD, i;
	const char *name;
	const void *val;
	size_t vlen;

	for (i = 0; h != NULL &&
	    rd_kafka_header_get_all(h, i, &name, &val, &vlen) ==
	    RD_KAFKA_RESP_ERR_NO_ERROR; i++)
		n += strlen(name) + vlen + 10;
	return n;
}

/* Pop the done offsets of pt; remember the offset to store. */
static void
pipeline_advance(struct pipeline *p, struct part *pt)
{
	size_t before = tracker_pending(pt->trk);
	int64_t off = tracker_advance(pt->trk);

	p->stats.inflight -= before - tracker_pending(pt->trk);
	if (off >= 0) {
		pt->to_store = off;
		p->store_dirty = 1;
		if (p->txn != NULL)
			txn_on_done(p->txn, pt->topic, pt->partition, off);
		if (replay_current() != NULL)	/* may end a replay */
			replay_on_stored(replay_current(), pt->topic,
			    pt->partition, off);
	}
	pipeline_check_release(p);
}

/* Store the pending offsets of every partition in one call. */
static void
pipeline_flush_stores(struct pipeline *p)
{
	rd_kafka_topic_partition_list_t *l;
	rd_kafka_resp_err_t err;
	size_t i;

	if (!p->store_dirty)
		return;
	p->store_dirty = 0;
	l = rd_kafka_topic_partition_list_new(8);
	for (i = 0; i < p->nparts; i++) {
		if (p->parts[i]->to_store < 0)
			continue;
		rd_kafka_topic_partition_list_add(l, p->parts[i]->topic,
		    p->parts[i]->partition)->offset = p->parts[i]->to_store;
		p->parts[i]->to_store = -1;
	}
	err = rd_kafka_offsets_store(p->consumer, l);
	if (err != RD_KAFKA_RESP_ERR_NO_ERROR && log_ratelimit("store"))
		log_warn("offsets store failed", "err=%s",
		    rd_kafka_err2name(err));
	rd_kafka_topic_partition_list_destroy(l);
}

/* Decimal digits of v at the end of buf[0..*n), *n moved back. */
static void
pipeline_digits(char *buf, size_t *n, int64_t v)
{
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	do
		buf[--*n] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		buf[--*n] = '-';
}

/*
 * "topic/partition/offset" of src into where (the newsev-source header),
 * cut to len - 1 bytes like snprintf; once per output, so without it.
 */
static size_t
pipeline_where(const rd_kafka_message_t *src, char *where, size_t len)
{
	const char *topic = rd_kafka_topic_name(src->rkt);
	char num[48];
	size_t n = sizeof(num), tl = strlen(topic), k, m;

	pipeline_digits(num, &n, src->offset);
	num[--n] = '/';
	pipeline_digits(num, &n, src->partition);
	num[--n] = '/';
	k = tl < len - 1 ? tl : len - 1;
	memcpy(where, topic, k);
	m = sizeof(num) - n < len - 1 - k ? sizeof(num) - n : len - 1 - k;
	memcpy(where + k, num + n, m);
	where[k + m] = '\0';
	return k + m;
}

/* Headers of an output or DLQ message; base (may be NULL) is copied. */
static rd_kafka_headers_t *
pipeline_headers(const rd_kafka_message_t *src, const char *ctype,
    const char *error)
{
	rd_kafka_headers_t *h = NULL, *orig;
	char where[512];
	size_t wlen = pipeline_where(src, where, sizeof(where));

	if (error != NULL &&
	    rd_kafka_message_headers(src, &orig) == RD_KAFKA_RESP_ERR_NO_ERROR)
		h = rd_kafka_headers_copy(orig);
	if (h == NULL)
		h = rd_kafka_headers_new(4);
	if (ctype != NULL) {
		rd_kafka_header_add(h, "content-type", -1, ctype, -1);
		rd_kafka_header_add(h, "newsev-extractor", -1,
		    extract_version(), -1);
	}
	if (error != NULL)
		rd_kafka_header_add(h, "newsev-error", -1, error, -1);
	rd_kafka_header_add(h, "newsev-source", -1, where, (ssize_t)wlen);
	return h;
}

/*
 * What pipeline_wire_size() counts for the headers pipeline_headers(src,
 * ctype, NULL) makes, without making them.
 */
static size_t
pipeline_output_headers_size(const rd_kafka_message_t *src,
    const char *ctype)
{
	char where[512];

	return strlen("content-type") + strlen(ctype) + 10 +
	    strlen("newsev-extractor") + strlen(extract_version()) + 10 +
	    strlen("newsev-source") + pipeline_where(src, where,
	    sizeof(where)) + 10;
}

/*
 * Produce one message for input offset ref->offset of pt. val is freed by
 * librdkafka when flags has RD_KAFKA_MSG_F_FREE and the call succeeds, by
 * us when it fails. Waits for room when the producer queue is full.
 */
static int
pipeline_produce(struct pipeline *p, struct part *pt, const char *topic,
    const void *key, size_t keylen, void *val, size_t len, int flags,
    rd_kafka_headers_t *hdrs, const rd_kafka_message_t *src)
{
	int64_t offset = src->offset;
	rd_kafka_resp_err_t err;
	struct out_ref *ref;

	if (p->cfg->replay_group != NULL)
		rd_kafka_header_add(hdrs, "newsev-replay", -1,
		    p->cfg->replay_group, -1);
	if ((ref = malloc(sizeof(*ref))) == NULL)
		err = RD_KAFKA_RESP_ERR__FAIL;
	else
		do {
			ref->part = pt;
			ref->gen = pt->gen;
			ref->offset = offset;
			ref->src_ts = rd_kafka_message_timestamp(src, NULL);
			ref->hold = p->cur_hold;
			err = rd_kafka_producev(p->producer,
			    RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, keylen),
			    RD_KAFKA_V_VALUE(val, len), RD_KAFKA_V_MSGFLAGS(flags),
			    RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_OPAQUE(ref),
			    RD_KAFKA_V_END);
			if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL)
				rd_kafka_poll(p->producer, 100);
		} while (err == RD_KAFKA_RESP_ERR__QUEUE_FULL);
	if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
		if (ref->hold != NULL)
			ref->hold->refs++;
		pt->outs++;
		p->stats.produced++;
		if (p->txn != NULL)
			txn_on_produce(p->txn);
		return 0;
	}
	if (log_ratelimit("produce-failed"))
		log_error("produce failed", "topic=%s err=%s src=%s/%d/%lld",
		    topic, rd_kafka_err2name(err), pt->topic,
		    (int)pt->partition, (long long)offset);
	rd_kafka_headers_destroy(hdrs);
	if (flags & RD_KAFKA_MSG_F_FREE)
		free(val);
	free(ref);
	pipeline_fail(p, "produce failed");
	return -1;
}

/* A short, bounded label for a rejection reason (metrics). */
static const char *
pipeline_reason_label(const char *reason)
{
	static const struct { const char *prefix, *label; } map[] = {
		{ "malformed JSON", "malformed_json" },
		{ "missing field", "missing_field" },
		{ "invalid UTF-8", "invalid_utf8" },
		{ "message too large", "too_large" },
		{ "undecodable protobuf", "bad_protobuf" },
		{ "not a JSON object", "not_object" },
		{ "empty field", "empty_field" },
		{ "NUL byte", "nul_byte" },
		{ "field ", "bad_field" },
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strncmp(reason, map[i].prefix, strlen(map[i].prefix)) == 0)
			return map[i].label;
	return "other";
}

/*
 * Extraction time and events by CAMEO root of one processed article. The
 * event counts wait in p->m_roots for pipeline_metrics_flush().
 */
static void
pipeline_metrics_emit(struct pipeline *p, const struct job *j)
{
	int r;

	if (p->nm == NULL)
		return;
	if (j->params.extract_enabled)
		metric_observe(p->nm->extract_seconds, NULL,
		    (double)j->extract_us / 1e6);
	for (r = 1; r <= 20; r++)
		p->m_roots[r] += j->roots[r];
}

/*
 * Add the counts kept since the last call to the metrics: the hot
 * counters (consumed, produced, events by root) are summed here and
 * published when the metrics are read, not locked and looked up per
 * article.
 */
static void
pipeline_metrics_flush(struct pipeline *p)
{
	static const char *const roots[21] = { "00", "01", "02", "03", "04",
	    "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
	    "16", "17", "18", "19", "20" };
	int r;

	if (p->nm == NULL)
		return;
	for (r = 1; r <= 20; r++)
		if (p->m_roots[r] > 0) {
			metric_counter_add(p->nm->events, &roots[r],
			    (double)p->m_roots[r]);
			p->m_roots[r] = 0;
		}
	if (p->m_consumed > 0)
		metric_counter_add(p->nm->consumed, NULL,
		    (double)p->m_consumed);
	if (p->m_produced > 0)
		metric_counter_add(p->nm->produced, NULL,
		    (double)p->m_produced);
	p->m_consumed = p->m_produced = 0;
}

static void pipeline_check_ready(struct pipeline *p);
static int64_t pipeline_refresh_lag(struct pipeline *p);
static void pipeline_forget_lag(struct pipeline *p,
    rd_kafka_topic_partition_list_t *l);

/* One output acknowledged: count it, and its end-to-end latency. */
static void
pipeline_metrics_ack(struct pipeline *p, const rd_kafka_message_t *m,
    const struct out_ref *ref)
{
	if (!p->producer_ok) {
		p->producer_ok = 1;
		pipeline_check_ready(p);
	}
	if (p->nm == NULL ||
	    strcmp(rd_kafka_topic_name(m->rkt), p->cfg->output_topic) != 0)
		return;
	p->m_produced++;
	if (ref->src_ts > 0)
		metric_observe(p->nm->latency_seconds, NULL,
		    (double)(now_ms() - ref->src_ts) / 1000.0);
}

#define PIPELINE_DLQ_KEY_MAX	4096	/* a longer key is not copied */

/* 1 when the DLQ copy of m would exceed message.max.bytes. */
static int
pipeline_dlq_too_large(const struct pipeline *p, const rd_kafka_message_t *m,
    const char *reason)
{
	rd_kafka_headers_t *h = pipeline_headers(m, NULL, reason);
	size_t n = pipeline_wire_size(m->key_len, m->len, h) + 256;

	rd_kafka_headers_destroy(h);	/* +256: the note added to the reason */
	return n > p->max_msg;
}

/*
 * An output of j cannot be produced (message.max.bytes): write the reason
 * into j->reason and return 1, so the article goes to the DLQ instead of
 * failing the producer for good at every restart. Returns 0 when all fit.
 */
static int
pipeline_outputs_too_large(const struct pipeline *p, struct job *j,
    const char *ctype)
{
	size_t i, n, hsize = pipeline_output_headers_size(j->rkm, ctype);
	size_t keylen = strlen(j->key);

	for (i = 0; i < j->n_outs; i++) {
		n = pipeline_wire_size(keylen, j->outs[i].len, NULL) + hsize;
		if (n > p->max_msg) {
			snprintf(j->reason, sizeof(j->reason), "output too "
			    "large: %zu bytes > message.max.bytes %zu", n,
			    p->max_msg);
			return 1;
		}
	}
	return 0;
}

/*
 * Produce input m unchanged to the dead-letter topic with reason (a buffer
 * of reasonlen bytes, extended when the value cannot be copied).
 */
static void
pipeline_dlq_copy(struct pipeline *p, struct part *pt,
    const rd_kafka_message_t *m, char *reason, size_t reasonlen)
{
	struct src_hold *hold = p->cur_hold;	/* not this message's */
	size_t n = strlen(reason);

	p->cur_hold = NULL;
	if (pipeline_dlq_too_large(p, m, reason)) {
		/* the copy cannot be carried: the DLQ record points at it */
		snprintf(reason + n, reasonlen - n, "; value not "
		    "copied: %zu bytes > message.max.bytes %zu (see "
		    "newsev-source)", m->len, p->max_msg);
		pipeline_produce(p, pt, p->cfg->dlq_topic, m->key,
		    m->key_len <= PIPELINE_DLQ_KEY_MAX ? m->key_len : 0,
		    NULL, 0, 0, pipeline_headers(m, NULL, reason), m);
	} else {
		pipeline_produce(p, pt, p->cfg->dlq_topic, m->key, m->key_len,
		    m->payload, m->len, RD_KAFKA_MSG_F_COPY,
		    pipeline_headers(m, NULL, reason), m);
	}
	p->cur_hold = hold;
}

/* Drop one reference to h (NULL is fine); the last frees it. */
static void
pipeline_hold_release(struct src_hold *h)
{
	if (h == NULL || --h->refs > 0)
		return;
	rd_kafka_message_destroy(h->rkm);
	free(h);
}

/* Copy a rejected message unchanged to the dead-letter topic. */
static void
pipeline_reject(struct pipeline *p, struct part *pt, struct job *j)
{
	rd_kafka_message_t *m = j->rkm;
	char q[300];

	p->stats.rejected++;
	if (p->nm != NULL)
		metric_counter_add(p->nm->rejected,
		    (const char *[]){ pipeline_reason_label(j->reason) }, 1);
	if (log_ratelimit("rejected"))
		log_warn("rejected article", "reason=%s src=%s/%d/%lld "
		    "dlq=%s", log_quote(j->reason, q, sizeof(q)), pt->topic,
		    (int)pt->partition, (long long)m->offset,
		    p->cfg->dlq_topic);
	tracker_expect(pt->trk, m->offset, 1);
	pipeline_dlq_copy(p, pt, m, j->reason, sizeof(j->reason));
}

/* Produce the outputs of a processed article (possibly none). */
static void
pipeline_emit(struct pipeline *p, struct part *pt, struct job *j)
{
	const char *ctype = j->params.granularity == CONFIG_GRAN_EVENT ?
	    ENCODE_CT_EVENT : ENCODE_CT_ARTICLE_EVENTS;
	int64_t off = j->rkm->offset;
	size_t i;

	for (i = 0; p->cfg->output_framing == CONFIG_FRAMING_CONFLUENT &&
	    i < j->n_outs; i++)
		if (framing_confluent_wrap(&j->outs[i].buf, &j->outs[i].len,
		    (uint32_t)p->cfg->output_schema_id) == -1) {
			pipeline_fail(p, "out of memory");
			return;
		}
	if (pipeline_outputs_too_large(p, j, ctype)) {
		pipeline_reject(p, pt, j);
		return;
	}
	p->stats.articles++;
	p->stats.events += j->n_events;
	p->stats.extract_us += j->extract_us;
	pipeline_metrics_emit(p, j);
	tracker_expect(pt->trk, off, (uint32_t)j->n_outs);
	if (j->n_outs > 0 && p->txn == NULL &&
	    (p->cur_hold = calloc(1, sizeof(*p->cur_hold))) != NULL) {
		p->cur_hold->refs = 1;	/* ours until all are produced */
		p->cur_hold->rkm = j->rkm;
	}
	for (i = 0; i < j->n_outs; i++) {
		if (pipeline_produce(p, pt, p->cfg->output_topic, j->key,
		    strlen(j->key), j->outs[i].buf, j->outs[i].len,
		    RD_KAFKA_MSG_F_FREE, pipeline_headers(j->rkm, ctype, NULL),
		    j->rkm) == -1) {
			j->outs[i].buf = NULL;	/* freed by pipeline_produce */
			break;
		}
		j->outs[i].buf = NULL;		/* librdkafka's now */
	}
	if (p->cur_hold != NULL) {	/* the input is the outputs' now */
		j->rkm = NULL;
		pipeline_hold_release(p->cur_hold);
		p->cur_hold = NULL;
	}
	if (j->n_outs == 0)
		pipeline_advance(p, pt);
}

/* A job came back from its worker. */
static void
pipeline_complete(struct pipeline *p, struct job *j)
{
	struct part *pt = j->owner;
	int big = j->rkm != NULL && j->rkm->len >= PIPELINE_TRIM_BYTES;

	pt->jobs--;
	p->jobs--;
	/* 1/64 of the newest, for the backlog; 0 when not extracted (bad
	 * input, extract.enabled=false after a reload) */
	p->job_us += ((double)j->extract_us - p->job_us) / 64;
	if (j->gen != pt->gen) {	/* revoked meanwhile: not ours now */
		job_free(j);
		return;
	}
	if (j->status == JOB_REJECTED)
		pipeline_reject(p, pt, j);
	else if (j->status == JOB_OK)
		pipeline_emit(p, pt, j);
	else
		pipeline_fail(p, "out of memory while processing");
	job_free(j);
	if (big)	/* give the pages of its buffers back to the system */
		malloc_trim(0);
}

/*
 * Is the extraction work queued at the workers at its bound (about
 * PIPELINE_BACKLOG_MS per worker, from the average job)? With half as
 * much, draining goes on.
 */
static int
pipeline_backlog_full(const struct pipeline *p, int half)
{
	size_t n = (size_t)p->cfg->workers, max;

	if (p->job_us < 1)	/* nothing measured, or no extraction */
		return 0;
	max = (size_t)(PIPELINE_BACKLOG_MS * 1000.0 / p->job_us) * n;
	if (max < PIPELINE_BACKLOG_MIN * n)
		max = PIPELINE_BACKLOG_MIN * n;
	return p->jobs >= (half ? max / 2 : max);
}

static void pipeline_txn_commit(struct pipeline *p, const char *why);

/* Take and complete every job the workers finished. */
static void
pipeline_take_done(struct pipeline *p)
{
	struct work *w, *next;

	for (w = workers_take_done(p->workers); w != NULL; w = next) {
		next = w->next;
		pipeline_complete(p, (struct job *)w);
		/* exactly-once: a transaction ends at max_messages */
		if (p->txn != NULL && txn_full(p->txn) && !p->stopping)
			pipeline_txn_commit(p, "max_messages");
	}
	if (p->throttled && !pipeline_backlog_full(p, 1) && !p->stopping) {
		p->throttled = 0;
		event_active(p->cev, EV_READ, 0);
	}
}

/*
 * Exactly-once: an output failed. Unless its partition was rewound since
 * (purged by an abort), the transaction is aborted and rewound from the
 * loop; a producer that cannot go on fails the abort and stops us.
 */
static void
pipeline_txn_failed(struct pipeline *p, const rd_kafka_message_t *m,
    const struct out_ref *ref)
{
	if (ref->gen != ref->part->gen)
		return;
	if (log_ratelimit("txn-delivery"))
		log_warn("delivery failed in a transaction", "err=%s src=%s/%d/"
		    "%lld", rd_kafka_err2name(m->err), ref->part->topic,
		    (int)ref->part->partition, (long long)ref->offset);
	p->txn_abort = 1;
	txn_request(p->txn);
}

/* 1 for a produce error that this message will get at every retry. */
static int
pipeline_refused(rd_kafka_resp_err_t err)
{
	return err == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE ||
	    err == RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE ||
	    err == RD_KAFKA_RESP_ERR_INVALID_RECORD ||
	    err == RD_KAFKA_RESP_ERR_INVALID_TIMESTAMP;
}

/*
 * The broker refused an output of ref's article for good (a poison pill
 * at every restart otherwise): send the article's input to the DLQ, once;
 * that copy's acknowledgement stands for the refused output's.
 */
static void
pipeline_redirect(struct pipeline *p, const rd_kafka_message_t *m,
    struct out_ref *ref)
{
	struct part *pt = ref->part;
	char reason[256];

	if (ref->gen != pt->gen)	/* revoked meanwhile: not ours now */
		return;
	if (ref->hold->dlq_sent) {
		if (tracker_ack(pt->trk, ref->offset) == 0)
			pipeline_advance(p, pt);
		return;
	}
	ref->hold->dlq_sent = 1;
	snprintf(reason, sizeof(reason), "output refused by the broker: %s "
	    "(%zu bytes)", rd_kafka_err2name(m->err), m->len);
	p->stats.rejected++;
	if (p->nm != NULL)
		metric_counter_add(p->nm->rejected,
		    (const char *[]){ "output_refused" }, 1);
	if (log_ratelimit("rejected"))
		log_warn("rejected article", "reason=\"%s\" src=%s/%d/%lld "
		    "dlq=%s", reason, pt->topic, (int)pt->partition,
		    (long long)ref->offset, p->cfg->dlq_topic);
	pipeline_dlq_copy(p, pt, ref->hold->rkm, reason, sizeof(reason));
}

/* dr_msg_cb: one produced message was acknowledged or failed for good. */
static void
pipeline_on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m,
    void *opaque)
{
	struct pipeline *p = opaque;
	struct out_ref *ref = m->_private;
	struct part *pt = ref->part;

	pt->outs--;
	if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR && p->txn != NULL) {
		pipeline_txn_failed(p, m, ref);
		free(ref);
		return;
	}
	if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR && ref->hold != NULL &&
	    pipeline_refused(m->err)) {
		pipeline_redirect(p, m, ref);
	} else if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
		p->stats.delivery_failed++;
		if (log_ratelimit("delivery-failed"))
			log_error("delivery failed", "topic=%s err=%s "
			    "reason=\"%s\" src=%s/%d/%lld",
			    rd_kafka_topic_name(m->rkt),
			    rd_kafka_err2name(m->err), rd_kafka_err2str(m->err),
			    pt->topic, (int)pt->partition,
			    (long long)ref->offset);
		pipeline_fail(p, "delivery failed");
	} else {
		p->stats.acked++;
		pipeline_metrics_ack(p, m, ref);
		if (ref->gen == pt->gen && tracker_ack(pt->trk, ref->offset) == 0)
			pipeline_advance(p, pt);
	}
	pipeline_hold_release(ref->hold);
	free(ref);
}

/*
 * Replay: drop m (destroyed, returns 1) when it lies past its partition's
 * bound; when it lies outside the time window, count it done with no
 * output so its offset still advances. Returns 0 to process it.
 */
static int
pipeline_replay_skip(struct pipeline *p, struct part *pt,
    rd_kafka_message_t *m)
{
	enum replay_verdict v = replay_check(replay_current(), m);

	if (v == REPLAY_PROCESS)
		return 0;
	if (v == REPLAY_SKIP && tracker_begin(pt->trk, m->offset) == 0) {
		p->stats.inflight++;
		tracker_expect(pt->trk, m->offset, 0);
		pipeline_advance(p, pt);
	}
	rd_kafka_message_destroy(m);
	return 1;
}

/* Hand one consumed message to its partition's worker. */
static void
pipeline_dispatch(struct pipeline *p, rd_kafka_message_t *m)
{
	struct part *pt;
	struct job *j;

	if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
		if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF &&
		    log_ratelimit("consume-error"))
			log_warn("consumer error", "err=%s reason=\"%s\"",
			    rd_kafka_err2name(m->err),
			    rd_kafka_message_errstr(m));
		rd_kafka_message_destroy(m);
		return;
	}
	pt = pipeline_part(p, rd_kafka_topic_name(m->rkt), m->partition, 0);
	if (pt != NULL && pt->assigned && replay_current() != NULL &&
	    pipeline_replay_skip(p, pt, m))
		return;
	if (pt == NULL || !pt->assigned ||
	    tracker_begin(pt->trk, m->offset) == -1) {
		log_debug("message skipped (not assigned or already seen)",
		    "src=%s/%d/%lld", rd_kafka_topic_name(m->rkt),
		    (int)m->partition, (long long)m->offset);
		rd_kafka_message_destroy(m);
		return;
	}
	p->stats.inflight++;
	p->stats.consumed++;
	if (p->txn != NULL)
		txn_on_consume(p->txn, pt->topic, pt->partition, m->offset);
	p->m_consumed++;
	if ((j = job_new(m, pt, pt->gen, p->dict, &p->params)) == NULL) {
		rd_kafka_message_destroy(m);
		pipeline_fail(p, "out of memory");
		return;
	}
	pt->jobs++;
	p->jobs++;
	workers_stage(p->workers, pt->worker, &j->work);	/* flushed by */
	/* pipeline_on_consumer() once per drain */
	if (p->stats.inflight >= p->cfg->input_max_inflight)
		pipeline_hold_input(p);
}

/* Empty an io-event pipe. */
static void
pipeline_drain_fd(int fd)
{
	char buf[64];

	while (read(fd, buf, sizeof(buf)) > 0)
		;
}

/*
 * Consumer queue became non-empty: consume until empty (or the budget),
 * then hand the drained messages to the workers at once.
 */
static void
pipeline_on_consumer(evutil_socket_t fd, short what, void *arg)
{
	struct pipeline *p = arg;
	rd_kafka_message_t *m;
	int n;

	pipeline_drain_fd(p->cfd[0]);
	for (n = 0; n < PIPELINE_BUDGET && !p->stopping; n++) {
		if (p->hold)	/* pipeline_release_input() drains */
			break;
		if (pipeline_backlog_full(p, 0)) {	/* pipeline_take_done() */
			p->throttled = 1;		/* drains */
			break;
		}
		if ((m = rd_kafka_consumer_poll(p->consumer, 0)) == NULL)
			break;
		pipeline_dispatch(p, m);
	}
	workers_flush(p->workers);
	if (n == PIPELINE_BUDGET && !p->stopping)	/* more may wait: come */
		event_active(p->cev, EV_READ, 0);	/* back after others */
}

/* Serve every delivery report (and producer error) queued. */
static void
pipeline_serve_producer(struct pipeline *p)
{
	while (rd_kafka_poll(p->producer, 0) > 0)
		;
	pipeline_flush_stores(p);
}

static void
pipeline_on_producer(evutil_socket_t fd, short what, void *arg)
{
	struct pipeline *p = arg;

	pipeline_drain_fd(p->pfd[0]);
	pipeline_serve_producer(p);
	if (rd_kafka_fatal_error(p->producer, NULL, 0) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR)
		pipeline_fail(p, "fatal producer error");
}

static void
pipeline_on_workers(evutil_socket_t fd, short what, void *arg)
{
	pipeline_take_done(arg);
}

/* Outputs and jobs still in flight for the partitions in l (NULL: all). */
static size_t
pipeline_busy(struct pipeline *p, const rd_kafka_topic_partition_list_t *l)
{
	struct part *pt;
	size_t n = 0, i;
	int k;

	if (l == NULL) {
		for (i = 0; i < p->nparts; i++)
			n += p->parts[i]->jobs + p->parts[i]->outs;
		return n;
	}
	for (k = 0; k < l->cnt; k++)
		if ((pt = pipeline_part(p, l->elems[k].topic,
		    l->elems[k].partition, 0)) != NULL)
			n += pt->jobs + pt->outs;
	return n;
}

/*
 * Wait, at most timeout_ms, until no job nor output of the partitions in l
 * (NULL: all) is in flight, producing finished work and serving delivery
 * reports meanwhile. Returns 0, or -1 on timeout.
 */
static int
pipeline_settle(struct pipeline *p, const rd_kafka_topic_partition_list_t *l,
    int timeout_ms)
{
	int64_t deadline = mono_ms() + timeout_ms;
	size_t busy;

	workers_flush(p->workers);	/* a rebalance can come mid-drain */
	for (;;) {
		pipeline_take_done(p);
		pipeline_serve_producer(p);
		if ((busy = pipeline_busy(p, l)) == 0)
			return 0;
		if (mono_ms() >= deadline) {
			log_error("in-flight work did not finish in time",
			    "pending=%zu timeout_ms=%d", busy, timeout_ms);
			return -1;
		}
		rd_kafka_poll(p->producer, 10);
	}
}

/* A commit succeeded (ours or librdkafka's automatic one). */
static void
pipeline_committed(struct pipeline *p)
{
	p->stats.commits++;
	p->stats.last_commit_ms = now_ms();
	if (p->nm != NULL)
		metric_gauge_set(p->nm->last_commit, NULL,
		    (double)p->stats.last_commit_ms / 1000.0);
}

#define PIPELINE_TXN_MAX_ABORTS	5	/* in a row, then exit 1 */

/*
 * Exactly-once: abort the open transaction, drop the work in flight of
 * every partition (its outputs are purged) and seek the assigned ones back
 * to their last committed offsets.
 */
static void
pipeline_txn_rewind(struct pipeline *p, const char *why)
{
	rd_kafka_topic_partition_list_t *l, *seek;
	rd_kafka_error_t *e;
	struct part *pt;
	size_t i;
	int k;

	if (++p->txn_aborts_in_row > PIPELINE_TXN_MAX_ABORTS) {
		pipeline_fail(p, "transactions keep aborting");
		return;
	}
	for (i = 0; i < p->nparts; i++) {
		pt = p->parts[i];
		pt->gen++;
		p->stats.inflight -= tracker_pending(pt->trk);
		tracker_reset(pt->trk);
		pt->to_store = -1;
	}
	p->txn_abort = 0;
	if ((l = txn_abort(p->txn, why)) == NULL) {
		pipeline_fail(p, "transaction abort failed");
		return;
	}
	seek = rd_kafka_topic_partition_list_new(l->cnt + 1);
	for (k = 0; k < l->cnt; k++)
		if ((pt = pipeline_part(p, l->elems[k].topic,
		    l->elems[k].partition, 0)) != NULL && pt->assigned)
			rd_kafka_topic_partition_list_add(seek, pt->topic,
			    pt->partition)->offset = l->elems[k].offset;
	rd_kafka_topic_partition_list_destroy(l);
	if ((e = rd_kafka_seek_partitions(p->consumer, seek, 10000)) != NULL) {
		log_error("rewind failed", "reason=\"%s\"",
		    rd_kafka_error_string(e));
		rd_kafka_error_destroy(e);
		pipeline_fail(p, "cannot rewind after an abort");
	} else {
		log_warn("rewound to the last committed offsets",
		    "partitions=%d", seek->cnt);
	}
	rd_kafka_topic_partition_list_destroy(seek);
	pipeline_check_release(p);
}

/* Exactly-once: flush, commit the done offsets with the outputs. */
static void
pipeline_txn_commit(struct pipeline *p, const char *why)
{
	enum txn_result r = TXN_ABORT;

	if (rd_kafka_fatal_error(p->producer, NULL, 0) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR) {	/* already logged */
		pipeline_fail(p, "fatal transaction error");
		return;
	}
	if (rd_kafka_flush(p->producer, PIPELINE_FLUSH_MS) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR)
		log_warn("producer flush timed out before a commit",
		    "queued=%d", rd_kafka_outq_len(p->producer));
	else
		pipeline_serve_producer(p);
	if (!p->txn_abort && rd_kafka_outq_len(p->producer) == 0)
		r = txn_commit(p->txn, why);
	if (r == TXN_OK) {
		pipeline_committed(p);	/* counters and the metric */
		p->txn_aborts_in_row = 0;
	} else if (r == TXN_FATAL) {
		pipeline_fail(p, "fatal transaction error");
	} else {
		pipeline_txn_rewind(p, why);
	}
}

/* txn.c says a commit is due (max_messages or max_ms). */
static void
pipeline_on_txn_due(void *arg, const char *why)
{
	struct pipeline *p = arg;

	if (!p->stopping)
		pipeline_txn_commit(p, why);
}

/* Commit the stored offsets now. */
static void
pipeline_commit_sync(struct pipeline *p, const char *why)
{
	rd_kafka_resp_err_t err;

	if (p->txn != NULL) {	/* offsets go with the transaction */
		pipeline_txn_commit(p, why);
		return;
	}

	pipeline_flush_stores(p);
	err = rd_kafka_commit(p->consumer, NULL, 0);
	if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
		pipeline_committed(p);
		log_info("offsets committed", "why=%s", why);
	} else if (err != RD_KAFKA_RESP_ERR__NO_OFFSET) {
		log_warn("offset commit failed", "why=%s err=%s", why,
		    rd_kafka_err2name(err));
	}
}

/* Start tracking newly assigned partitions. */
static void
pipeline_assign(struct pipeline *p, rd_kafka_topic_partition_list_t *l)
{
	struct part *pt;
	int k;

	for (k = 0; k < l->cnt; k++) {
		pt = pipeline_part(p, l->elems[k].topic, l->elems[k].partition,
		    1);
		if (pt == NULL) {
			pipeline_fail(p, "out of memory");
			continue;
		}
		pt->gen++;
		pt->assigned = 1;
		p->stats.assigned++;
		p->stats.inflight -= tracker_pending(pt->trk);
		tracker_reset(pt->trk);
		pt->to_store = -1;
		log_info("partition assigned", "partition=%s/%d", pt->topic,
		    (int)pt->partition);
	}
}

/*
 * Partitions in l are going away: stop dispatching them, wait (bounded)
 * for their work and outputs, store and commit (unless lost), then forget
 * their windows.
 */
static void
pipeline_revoke(struct pipeline *p, rd_kafka_topic_partition_list_t *l,
    int lost)
{
	struct part *pt;
	int k;

	for (k = 0; k < l->cnt; k++)
		if ((pt = pipeline_part(p, l->elems[k].topic,
		    l->elems[k].partition, 0)) != NULL)
			pt->assigned = 0;
	if (lost && p->txn != NULL)	/* their outputs may be redone */
		pipeline_txn_rewind(p, "assignment lost");
	if (!lost) {
		pipeline_settle(p, l, PIPELINE_SETTLE_MS);
		pipeline_commit_sync(p, "revoke");
	}
	for (k = 0; k < l->cnt; k++) {
		if ((pt = pipeline_part(p, l->elems[k].topic,
		    l->elems[k].partition, 0)) == NULL)
			continue;
		pt->gen++;
		p->stats.assigned--;
		p->stats.inflight -= tracker_pending(pt->trk);
		tracker_reset(pt->trk);
		pt->to_store = -1;
		log_info(lost ? "partition lost" : "partition revoked",
		    "partition=%s/%d", pt->topic, (int)pt->partition);
	}
}

static void
pipeline_on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err,
    rd_kafka_topic_partition_list_t *l, void *opaque)
{
	struct pipeline *p = opaque;
	int coop = p->coop;
	rd_kafka_error_t *e = NULL;

	p->stats.rebalances++;
	if (p->nm != NULL)
		metric_counter_add(p->nm->rebalances, NULL, 1);
	if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
		if (replay_current() != NULL)	/* start offsets */
			replay_on_assign(replay_current(), l);
		if (p->txn != NULL)
			txn_on_assign(p->txn, l);
		pipeline_assign(p, l);
		p->joined = 1;
		if (coop)
			e = rd_kafka_incremental_assign(rk, l);
		else
			rd_kafka_assign(rk, l);
		if (p->stats.paused)
			rd_kafka_pause_partitions(rk, l);
	} else {
		if (err != RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS)
			log_error("rebalance error", "err=%s",
			    rd_kafka_err2name(err));
		pipeline_revoke(p, l, rd_kafka_assignment_lost(rk));
		pipeline_forget_lag(p, l);
		if (coop)
			e = rd_kafka_incremental_unassign(rk, l);
		else
			rd_kafka_assign(rk, NULL);
	}
	if (e != NULL) {
		log_error("incremental rebalance failed", "reason=\"%s\"",
		    rd_kafka_error_string(e));
		rd_kafka_error_destroy(e);
	}
	pipeline_check_release(p);	/* revoked work no longer counts */
	pipeline_status(p);	/* READY=1 too, once joined */
}

/* offset_commit_cb: count commits, automatic ones included. */
static void
pipeline_on_commit(rd_kafka_t *rk, rd_kafka_resp_err_t err,
    rd_kafka_topic_partition_list_t *l, void *opaque)
{
	struct pipeline *p = opaque;

	if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
		pipeline_committed(p);
	} else if (err != RD_KAFKA_RESP_ERR__NO_OFFSET &&
	    log_ratelimit("commit")) {
		log_warn("offset commit failed", "err=%s",
		    rd_kafka_err2name(err));
	}
}

/*
 * Is the producer connected? A metadata request answered by a broker says
 * so; it blocks the loop at most PIPELINE_PROBE_MS, once the group is
 * joined (so the brokers are known to be reachable). A first delivery
 * report says so too.
 */
static void
pipeline_probe_producer(struct pipeline *p)
{
	const struct rd_kafka_metadata *md;

	if (rd_kafka_metadata(p->producer, 0, NULL, &md, PIPELINE_PROBE_MS) ==
	    RD_KAFKA_RESP_ERR_NO_ERROR) {
		p->producer_ok = md->broker_cnt > 0;
		rd_kafka_metadata_destroy(md);
	}
}

/* READY=1 and /readyz 200 once the group is joined and the producer is up. */
static void
pipeline_check_ready(struct pipeline *p)
{
	if (p->ready || !p->joined || p->stopping)
		return;
	if (!p->producer_ok)
		pipeline_probe_producer(p);
	if (!p->producer_ok)
		return;
	p->ready = 1;
	http_set_ready(p->http, 1);
	notify_ready();
	log_info("ready", "partitions=%zu", p->stats.assigned);
}

void
pipeline_status(struct pipeline *p)
{
	int64_t now = mono_ms(), lag;
	double rate = 0;
	char lagbuf[32] = "?";

	pipeline_check_ready(p);	/* retries the producer probe */
	if (p->status_ms > 0 && now > p->status_ms)
		rate = (double)(p->stats.consumed - p->status_consumed) *
		    1000.0 / (double)(now - p->status_ms);
	p->status_ms = now;
	p->status_consumed = p->stats.consumed;
	if ((lag = pipeline_refresh_lag(p)) >= 0)
		snprintf(lagbuf, sizeof(lagbuf), "%lld", (long long)lag);
	notify_status("%s: %zu partitions, %.1f msg/s, lag %s, %zu in flight, "
	    "%llu consumed, %llu rejected%s%s", p->stopping ? "stopping" :
	    p->ready ? "running" : "starting", p->stats.assigned, rate, lagbuf,
	    p->stats.inflight, (unsigned long long)p->stats.consumed,
	    (unsigned long long)p->stats.rejected,
	    p->reload_err[0] ? "; last reload refused, old configuration "
	    "running: " : "", p->reload_err);
}

/* Drop the lag series of partitions going away. */
static void
pipeline_forget_lag(struct pipeline *p, rd_kafka_topic_partition_list_t *l)
{
	char num[16];
	int k;

	if (p->nm == NULL)
		return;
	for (k = 0; k < l->cnt; k++) {
		snprintf(num, sizeof(num), "%d", (int)l->elems[k].partition);
		metric_remove(p->nm->lag,
		    (const char *[]){ l->elems[k].topic, num });
	}
}

/*
 * Lag of every assigned partition from the consumer's cached watermarks
 * and positions (no request, no timer): set the lag gauges when metrics
 * are on. Returns the total, -1 when no partition's end is known yet.
 */
static int64_t
pipeline_refresh_lag(struct pipeline *p)
{
	rd_kafka_topic_partition_list_t *l = NULL;
	int64_t lo, hi, pos, lag, total = -1;
	char num[16];
	int k;

	if (rd_kafka_assignment(p->consumer, &l) != RD_KAFKA_RESP_ERR_NO_ERROR)
		return -1;
	rd_kafka_position(p->consumer, l);
	for (k = 0; k < l->cnt; k++) {
		pos = l->elems[k].offset;
		if (rd_kafka_get_watermark_offsets(p->consumer,
		    l->elems[k].topic, l->elems[k].partition, &lo, &hi) !=
		    RD_KAFKA_RESP_ERR_NO_ERROR || hi < 0)
			continue;
		lag = pos >= 0 ? hi - pos : hi - lo;
		total = (total < 0 ? 0 : total) + (lag > 0 ? lag : 0);
		if (p->nm == NULL)
			continue;
		snprintf(num, sizeof(num), "%d", (int)l->elems[k].partition);
		metric_gauge_set(p->nm->lag,
		    (const char *[]){ l->elems[k].topic, num },
		    (double)(lag > 0 ? lag : 0));
	}
	rd_kafka_topic_partition_list_destroy(l);
	return total;
}

char *
pipeline_metrics_render(void *arg, size_t *len)
{
	struct pipeline *p = arg;

	if (p->nm == NULL)
		return NULL;
	pipeline_metrics_flush(p);
	metric_gauge_set(p->nm->queue_depth, NULL,
	    (double)rd_kafka_outq_len(p->producer));
	pipeline_refresh_lag(p);
	return metrics_render(p->nm->reg, len);
}

void
pipeline_observe(struct pipeline *p, struct newsev_metrics *nm,
    struct http_server *http)
{
	p->nm = nm;
	p->http = http;
}

void
pipeline_shutdown(struct pipeline *p, int exit_code)
{
	if (p->stopping)
		return;
	p->stopping = 1;
	http_set_ready(p->http, 0);
	if (p->exit_code == 0)
		p->exit_code = exit_code;
	log_info("shutting down", "inflight=%zu", p->stats.inflight);
	event_del(p->cev);
	pipeline_settle(p, NULL, PIPELINE_SETTLE_MS);
	pipeline_commit_sync(p, "shutdown");
	rd_kafka_consumer_close(p->consumer);	/* revoke: commits again */
	if (rd_kafka_flush(p->producer, PIPELINE_FLUSH_MS) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR)
		log_error("producer flush timed out", "queued=%d",
		    rd_kafka_outq_len(p->producer));
	pipeline_serve_producer(p);
	log_info("stopped", "consumed=%llu produced=%llu acked=%llu "
	    "rejected=%llu exit=%d", (unsigned long long)p->stats.consumed,
	    (unsigned long long)p->stats.produced,
	    (unsigned long long)p->stats.acked,
	    (unsigned long long)p->stats.rejected, p->exit_code);
	event_base_loopbreak(p->base);
}

static void
pipeline_on_stop(evutil_socket_t fd, short what, void *arg)
{
	pipeline_shutdown(arg, 1);
}

static void
pipeline_set_params(struct pipeline *p, const struct config *c)
{
	p->params.max_bytes = c->input_max_bytes;
	p->params.granularity = c->granularity;
	p->params.extract_enabled = c->extract_enabled;
}

/* A dict reference for c: loaded when extraction is on, else empty. */
static struct dict_ref *
pipeline_load_dict(const struct config *c, char *err, size_t errlen)
{
	struct dict *d = NULL;

	if (c->extract_enabled &&
	    (d = dict_load(c->data_dir, err, errlen)) == NULL)
		return NULL;
	snprintf(err, errlen, "out of memory");
	return dict_ref_new(d);
}

/* Move the reloadable settings of n into the running config c. */
static void
pipeline_take_reloadable(struct config *c, struct config *n)
{
	char *dir = c->data_dir;

	c->data_dir = n->data_dir;
	n->data_dir = dir;
	c->granularity = n->granularity;
	c->input_max_bytes = n->input_max_bytes;
	c->input_max_inflight = n->input_max_inflight;
	c->extract_enabled = n->extract_enabled;
	c->log_level = n->log_level;
}

int
pipeline_reload(struct pipeline *p, struct config *cfg)
{
	struct dict_ref *d;
	char keys[512], err[512];

	if ((d = pipeline_load_dict(cfg, err, sizeof(err))) == NULL) {
		snprintf(p->reload_err, sizeof(p->reload_err), "data.dir %s: %s",
		    cfg->data_dir, err);
		log_error("reload failed, keeping the running configuration",
		    "data_dir=%s reason=\"%s\"", cfg->data_dir, err);
		config_free(cfg);
		return -1;
	}
	if (config_restart_keys(p->cfg, cfg, keys, sizeof(keys)) > 0)
		log_warn("reload: changed keys need a restart, not applied",
		    "keys=%s", keys);
	p->reload_err[0] = '\0';
	dict_ref_release(p->dict);	/* jobs in flight keep the old one */
	p->dict = d;
	pipeline_take_reloadable(p->cfg, cfg);
	pipeline_set_params(p, p->cfg);
	log_set_level(p->cfg->log_level);
	config_free(cfg);
	log_info("configuration reloaded", "data_dir=%s granularity=%s "
	    "extract=%d log_level=%s", p->cfg->data_dir,
	    p->cfg->granularity == CONFIG_GRAN_EVENT ? "event" : "article",
	    p->cfg->extract_enabled, log_level_name(p->cfg->log_level));
	return 0;
}

/* Worker thread body: everything of one message but producing it. */
static void
pipeline_work(struct work *w, void *arg)
{
	job_process((struct job *)w);
}

/* A non-blocking pipe whose read end wakes the loop for queue q. */
static struct event *
pipeline_watch_queue(struct pipeline *p, rd_kafka_queue_t *q, int fds[2],
    event_callback_fn cb)
{
	if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) == -1)
		return NULL;
	rd_kafka_queue_io_event_enable(q, fds[1], "1", 1);
	return event_new(p->base, fds[0], EV_READ | EV_PERSIST, cb, p);
}

/*
 * Does the group use the COOPERATIVE rebalance protocol? Read once from the
 * configured assignors (librdkafka refuses to mix cooperative and eager
 * ones), not from rd_kafka_rebalance_protocol() in the rebalance callback:
 * called from the revoke of rd_kafka_consumer_close() that can block
 * forever (librdkafka issue 4041), a shutdown that never ends.
 */
static int
pipeline_cooperative(rd_kafka_t *rk)
{
	char v[512];
	size_t n = sizeof(v);

	if (rd_kafka_conf_get(rd_kafka_conf(rk),
	    "partition.assignment.strategy", v, &n) != RD_KAFKA_CONF_OK)
		return 0;
	return strstr(v, "cooperative") != NULL;
}

/* Create the clients, the queue watchers and the workers. */
static int
pipeline_open(struct pipeline *p, char *err, size_t errlen)
{
	p->consumer = kafka_consumer_new(p->cfg, p, pipeline_on_rebalance,
	    pipeline_on_commit, err, errlen);
	if (p->consumer == NULL)
		return -1;
	p->coop = pipeline_cooperative(p->consumer);
	log_info("consumer created", "rebalance_protocol=%s",
	    p->coop ? "cooperative" : "eager");
	p->producer = kafka_producer_new(p->cfg, p, pipeline_on_delivery, err,
	    errlen);
	if (p->producer == NULL)
		return -1;
	p->max_msg = pipeline_max_message(p->producer);
	if (p->cfg->delivery == CONFIG_DELIVERY_EOS &&
	    (p->txn = txn_new(p->base, p->producer, p->consumer, p->cfg,
	    pipeline_on_txn_due, p, err, errlen)) == NULL)
		return -1;
	p->cq = rd_kafka_queue_get_consumer(p->consumer);
	p->pq = rd_kafka_queue_get_main(p->producer);
	p->cev = pipeline_watch_queue(p, p->cq, p->cfd, pipeline_on_consumer);
	p->pev = pipeline_watch_queue(p, p->pq, p->pfd, pipeline_on_producer);
	p->workers = workers_new(p->cfg->workers, pipeline_work, NULL);
	if (p->cev == NULL || p->pev == NULL || p->workers == NULL) {
		snprintf(err, errlen, "cannot set up the loop: %s",
		    strerror(errno));
		return -1;
	}
	p->wev = event_new(p->base, workers_fd(p->workers),
	    EV_READ | EV_PERSIST, pipeline_on_workers, p);
	p->stop_ev = event_new(p->base, -1, 0, pipeline_on_stop, p);
	p->hold_ev = evtimer_new(p->base, pipeline_on_hold_timeout, p);
	if (p->wev == NULL || p->stop_ev == NULL || p->hold_ev == NULL) {
		snprintf(err, errlen, "cannot set up the loop");
		return -1;
	}
	event_add(p->cev, NULL);
	event_add(p->pev, NULL);
	event_add(p->wev, NULL);
	return 0;
}

static int
pipeline_subscribe(struct pipeline *p, char *err, size_t errlen)
{
	rd_kafka_topic_partition_list_t *l;
	rd_kafka_resp_err_t e;
	size_t i;

	l = rd_kafka_topic_partition_list_new((int)p->cfg->n_input_topics);
	for (i = 0; i < p->cfg->n_input_topics; i++)
		rd_kafka_topic_partition_list_add(l, p->cfg->input_topics[i],
		    RD_KAFKA_PARTITION_UA);
	e = rd_kafka_subscribe(p->consumer, l);
	rd_kafka_topic_partition_list_destroy(l);
	if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
		snprintf(err, errlen, "subscribe: %s", rd_kafka_err2str(e));
		return -1;
	}
	return 0;
}

struct pipeline *
pipeline_new(struct event_base *base, struct config *cfg, char *err,
    size_t errlen)
{
	struct pipeline *p;

	if ((p = calloc(1, sizeof(*p))) == NULL) {
		config_free(cfg);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	p->base = base;
	p->cfg = cfg;
	p->cfd[0] = p->cfd[1] = p->pfd[0] = p->pfd[1] = -1;
	pipeline_set_params(p, cfg);
	if ((p->dict = pipeline_load_dict(cfg, err, errlen)) == NULL ||
	    pipeline_open(p, err, errlen) == -1 ||
	    pipeline_subscribe(p, err, errlen) == -1) {
		pipeline_free(p);
		return NULL;
	}
	/* anything queued before the fds were set would not wake us */
	event_active(p->cev, EV_READ, 0);
	event_active(p->pev, EV_READ, 0);
	log_info("started", "version=%s extractor=%s group=%s topics=%zu "
	    "output=%s dlq=%s workers=%d granularity=%s extract=%d",
	    NEWSEV_VERSION, extract_version(), cfg->group_id,
	    cfg->n_input_topics, cfg->output_topic, cfg->dlq_topic,
	    cfg->workers,
	    cfg->granularity == CONFIG_GRAN_EVENT ? "event" : "article",
	    cfg->extract_enabled);
	return p;
}

int
pipeline_exit_code(const struct pipeline *p)
{
	return p->exit_code;
}

const struct pipeline_stats *
pipeline_stats(const struct pipeline *p)
{
	return &p->stats;
}

const struct config *
pipeline_config(const struct pipeline *p)
{
	return p->cfg;
}

int
pipeline_ready(const struct pipeline *p)
{
	return p->ready;
}

void
pipeline_reload_refused(struct pipeline *p, const char *reason)
{
	snprintf(p->reload_err, sizeof(p->reload_err), "%s", reason);
}

static void
pipeline_free_events(struct pipeline *p)
{
	struct event *evs[] = { p->cev, p->pev, p->wev, p->stop_ev };
	int fds[] = { p->cfd[0], p->cfd[1], p->pfd[0], p->pfd[1] };
	size_t i;

	if (p->hold_ev != NULL)
		event_free(p->hold_ev);

	for (i = 0; i < 4; i++) {
		if (evs[i] != NULL)
			event_free(evs[i]);
		if (fds[i] != -1)
			close(fds[i]);
	}
}

void
pipeline_free(struct pipeline *p)
{
	struct work *w, *next;
	size_t i;

	if (p == NULL)
		return;
	if (p->workers != NULL) {
		/* queued jobs run to completion; their outputs are dropped */
		for (w = workers_free(p->workers); w != NULL; w = next) {
			next = w->next;
			job_free((struct job *)w);
		}
	}
	if (p->consumer != NULL && !p->stopping)
		rd_kafka_consumer_close(p->consumer);
	if (p->cq != NULL)
		rd_kafka_queue_destroy(p->cq);
	if (p->pq != NULL)
		rd_kafka_queue_destroy(p->pq);
	txn_free(p->txn);
	if (p->producer != NULL)
		rd_kafka_destroy(p->producer);
	if (p->consumer != NULL)
		rd_kafka_destroy(p->consumer);
	pipeline_free_events(p);
	for (i = 0; i < p->nparts; i++) {
		tracker_free(p->parts[i]->trk);
		free(p->parts[i]->topic);
		free(p->parts[i]);
	}
	free(p->parts);
	dict_ref_release(p->dict);
	config_free(p->cfg);
	free(p);
}
