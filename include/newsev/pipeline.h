/*
 * pipeline: newsevd's data path on one libevent loop. A librdkafka consumer
 * and producer wake the loop through rd_kafka_queue_io_event_enable();
 * consumed messages go to worker threads (one per partition, keeping
 * order); finished work is produced from the loop; delivery reports drive
 * the per-partition offset trackers; offsets are stored only when every
 * output of an offset and of all earlier offsets is acknowledged.
 */
#ifndef NEWSEV_PIPELINE_H
#define NEWSEV_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include <event2/event.h>

#include "newsev/config.h"

/* Counters, updated on the loop thread only; read them from the loop. */
struct pipeline_stats {
	uint64_t consumed;	/* input messages dispatched to workers */
	uint64_t articles;	/* decoded and processed */
	uint64_t rejected;	/* sent to the dead-letter topic */
	uint64_t events;	/* events extracted */
	uint64_t produced;	/* messages handed to the producer */
	uint64_t acked;		/* delivery reports without error */
	uint64_t delivery_failed;
	uint64_t rebalances;
	uint64_t pauses;	/* backpressure pauses */
	uint64_t commits;	/* successful offset commits (auto and sync) */
	int64_t last_commit_ms;	/* Unix ms of the last successful commit */
	uint64_t extract_us;	/* total extraction time */
	size_t inflight;	/* offsets consumed and not yet stored */
	size_t assigned;	/* partitions assigned */
	int paused;
};

struct pipeline;

/*
 * Build the pipeline on base from cfg (owned from now on): load the
 * dictionaries, create the clients, start the workers and subscribe.
 * The caller frees it with pipeline_free() after the loop returns.
 * Returns NULL with the reason in err.
 */
struct pipeline *pipeline_new(struct event_base *base, struct config *cfg,
    char *err, size_t errlen);

/*
 * Stop consuming, wait (bounded) for in-flight work and deliveries, store
 * and commit offsets synchronously, close the consumer, flush the producer
 * and break the loop. exit_code is what pipeline_exit_code() will return
 * (a failure already recorded keeps its code). Runs on the loop thread.
 */
void pipeline_shutdown(struct pipeline *p, int exit_code);

/*
 * Apply a reloaded configuration (owned from now on): reload the
 * dictionaries into a new dict for new work (jobs in flight keep the old
 * one), and the reloadable keys; keys that need a restart are logged and
 * not applied. On error the running configuration stays. Returns 0 or -1.
 */
int pipeline_reload(struct pipeline *p, struct config *cfg);

/* The process exit code: 0, or 1 after a delivery or fatal failure. */
int pipeline_exit_code(const struct pipeline *p);

/* The counters. */
const struct pipeline_stats *pipeline_stats(const struct pipeline *p);

/* The running configuration. */
const struct config *pipeline_config(const struct pipeline *p);

/* 1 once READY=1 was sent (group joined, producer connected), else 0. */
int pipeline_ready(const struct pipeline *p);

/*
 * Record why a reload was refused before pipeline_reload() (the config
 * did not parse); STATUS= shows it until a reload succeeds. A failed
 * pipeline_reload() records its own reason.
 */
void pipeline_reload_refused(struct pipeline *p, const char *reason);

struct newsev_metrics;
struct http_server;

/*
 * Report to nm (metrics) and http (readiness); either may be NULL. Call
 * before the loop runs.
 */
void pipeline_observe(struct pipeline *p, struct newsev_metrics *nm,
    struct http_server *http);

/*
 * Send STATUS= with the state, partitions, rate since the last call, lag,
 * in-flight and counters, and the reason of a refused reload until a
 * reload succeeds; first send READY=1 if it is due (retrying the producer
 * probe). Runs on the loop thread.
 */
void pipeline_status(struct pipeline *p);

/* http_handlers.metrics: refresh lag and queue depth, then render. */
char *pipeline_metrics_render(void *arg, size_t *len);

/* Free everything. NULL is accepted. */
void pipeline_free(struct pipeline *p);

#endif
