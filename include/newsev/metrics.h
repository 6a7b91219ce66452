/*
 * metrics: a small thread-safe registry of counters, gauges and
 * fixed-bucket histograms, with labels, rendered in the Prometheus text
 * exposition format 0.0.4; and newsev's own set of families on top of it.
 *
 * One mutex guards a registry, so workers may record from any thread.
 * Label values are passed as an array with exactly as many entries as the
 * family has label names, e.g. with a compound literal:
 *     metric_counter_add(m->rejected, (const char *[]){"bad_json"}, 1);
 * Families without labels take NULL. A series is created on first use;
 * families without labels start with one series at 0.
 *
 * Wiring in newsevd: one struct newsev_metrics in the daemon, created at
 * start with newsev_metrics_new(); pass newsev_metrics_render_cb and the
 * pointer to http_start() (http.h); set the librdkafka property
 * statistics.interval.ms and hand each statistics JSON document (consumer
 * and producer alike) to newsev_metrics_rdkafka_stats().
 */
#ifndef NEWSEV_METRICS_H
#define NEWSEV_METRICS_H

#include <stddef.h>

struct metrics;
struct metric_family;

/* An empty registry. Free with metrics_free(). NULL when out of memory. */
struct metrics *metrics_new(void);
void metrics_free(struct metrics *m);

/*
 * Register a family. name must match [a-zA-Z_:][a-zA-Z0-9_:]*, labels is a
 * comma-separated list of label names or NULL. The registry owns the
 * family. Histogram bounds are the upper bounds of the buckets, strictly
 * increasing, without +Inf (added on render). Returns NULL on a bad name,
 * a duplicate name, or out of memory.
 */
struct metric_family *metrics_counter(struct metrics *m, const char *name,
    const char *help, const char *labels);
struct metric_family *metrics_gauge(struct metrics *m, const char *name,
    const char *help, const char *labels);
struct metric_family *metrics_histogram(struct metrics *m, const char *name,
    const char *help, const char *labels, const double *bounds,
    size_t nbounds);

/* Add v >= 0 to a counter. Returns 0, -1 on a negative v or wrong type. */
int metric_counter_add(struct metric_family *f, const char *const *lv,
    double v);
/* Set or add to a gauge. Returns 0, -1 on wrong type or out of memory. */
int metric_gauge_set(struct metric_family *f, const char *const *lv,
    double v);
int metric_gauge_add(struct metric_family *f, const char *const *lv,
    double v);
/* Record one observation in a histogram. Returns 0, -1 on error. */
int metric_observe(struct metric_family *f, const char *const *lv,
    double v);
/* Create the series at zero so it shows before its first event. */
int metric_touch(struct metric_family *f, const char *const *lv);
/* Drop one series (a revoked partition's lag). Returns 0, -1 if absent. */
int metric_remove(struct metric_family *f, const char *const *lv);
/* Current value of a counter or gauge series, 0 when absent (tests). */
double metric_value(struct metric_family *f, const char *const *lv);

/*
 * Render every family, in registration order, as Prometheus text 0.0.4
 * (HELP and TYPE lines, escaped label values, cumulative buckets with
 * le="+Inf", _sum and _count). The caller frees the text; *len gets its
 * length. NULL when out of memory.
 */
char *metrics_render(struct metrics *m, size_t *len);

/* The families issue 6 asks of newsevd. All names start with newsev_. */
struct newsev_metrics {
	struct metrics *reg;
	struct metric_family *consumed;		/* counter */
	struct metric_family *produced;		/* counter */
	struct metric_family *rejected;		/* counter {reason} */
	struct metric_family *events;		/* counter {cameo_root} */
	struct metric_family *extract_seconds;	/* histogram */
	struct metric_family *latency_seconds;	/* histogram, msg ts -> ack */
	struct metric_family *queue_depth;	/* gauge, producer queue */
	struct metric_family *lag;		/* gauge {topic,partition} */
	struct metric_family *rebalances;	/* counter */
	struct metric_family *last_commit;	/* gauge, unix seconds */
	struct metric_family *build_info;	/* gauge {version,extractor_version} = 1 */
};

/*
 * Build the registry and every family above; build_info is set to 1 with
 * the two versions. Free with newsev_metrics_free(). NULL on error.
 */
struct newsev_metrics *newsev_metrics_new(const char *version,
    const char *extractor_version);
void newsev_metrics_free(struct newsev_metrics *nm);

/* Render callback for http_handlers.metrics: arg is a newsev_metrics. */
char *newsev_metrics_render_cb(void *arg, size_t *len);

/*
 * Take one librdkafka statistics JSON document. From a consumer's:
 * newsev_consumer_lag{topic,partition} for each assigned partition
 * (consumer_lag >= 0; partitions no longer reported are dropped). From a
 * producer's: newsev_producer_queue_depth = msg_cnt. Returns 0, -1 when
 * the document does not parse.
 */
int newsev_metrics_rdkafka_stats(struct newsev_metrics *nm, const char *json);

#endif
