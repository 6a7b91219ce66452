/*
 * replay: newsevd --replay, a bounded re-run of an input topic (or a time
 * or offset window of it) through the pipeline into another output topic,
 * in its own consumer group so that an interrupted run resumes.
 *
 * At start it resolves, per partition, the first offset (the group's
 * committed offset when there is one, else --from) and the bound (--to,
 * else the end offset captured at start). The pipeline asks it where to
 * start each assigned partition, whether to process each message (offsets
 * at or past the bound are dropped, messages outside a time window are
 * skipped but their offsets still advance) and tells it every offset it
 * stores; when every partition's stored offset reaches its bound the
 * pipeline is shut down (drain, commit, exit 0).
 *
 * One replay per process: replay_new() registers it and replay_current()
 * returns it to the pipeline's hooks (NULL in live mode).
 */
#ifndef NEWSEV_REPLAY_H
#define NEWSEV_REPLAY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <event2/event.h>
#include <librdkafka/rdkafka.h>

#include "newsev/config.h"
#include "newsev/pipeline.h"

#define REPLAY_MAX_SPECS 256

/* The command line of a replay, strings borrowed from argv. */
struct replay_args {
	int enabled;			/* --replay */
	int force;			/* --force: may write the live topic */
	const char *input_topic;	/* NULL: the one of input.topics */
	const char *output_topic;	/* required */
	const char *group;		/* NULL: newsev-replay-<topic>-<time> */
	const char *from[REPLAY_MAX_SPECS];
	size_t nfrom;
	const char *to[REPLAY_MAX_SPECS];
	size_t nto;
};

/* What the pipeline does with a consumed message. */
enum replay_verdict {
	REPLAY_PROCESS = 0,	/* in the window: process it */
	REPLAY_SKIP = 1,	/* outside the time window: no output, advance */
	REPLAY_BEYOND = 2,	/* at or past the bound: drop, do not track */
};

struct replay;

/*
 * Record one replay option (name as in the long option: "from", "to",
 * "input-topic", "output-topic", "group", "force", "replay") into a.
 * Returns 0 or -1 (too many specs).
 */
int replay_args_add(struct replay_args *a, const char *name,
    const char *value);

/*
 * Load the configuration for a replay: path and overrides as for
 * config_load(), then the replay's input topic, output topic and group
 * applied on top. Refuses an output topic equal to the input topic, or to
 * the configured (live) output.topic unless --force. Returns the config
 * (free with config_free()) or NULL with the reason in err.
 */
struct config *replay_config(const struct replay_args *a, const char *path,
    char *const *overrides, size_t n_overrides, char *err, size_t errlen);

/*
 * Resolve the window of every partition of c's input topic with a
 * short-lived consumer of the replay's group (committed offsets, end
 * offsets, offsets for times) and print the group and the plan to f.
 * Registers the result as replay_current(). Free with replay_free().
 * Returns NULL with the reason in err.
 */
struct replay *replay_new(const struct replay_args *a, const struct config *c,
    FILE *f, char *err, size_t errlen);

/* The registered replay, or NULL when newsevd runs live. */
struct replay *replay_current(void);

/*
 * Start the progress timer on base and arm the end of the run: when every
 * partition is done, pipeline_shutdown(p, 0) runs from the loop. Returns
 * 0 or -1.
 */
int replay_attach(struct replay *r, struct event_base *base,
    struct pipeline *p);

/* Set the start offset of each partition of l (assignment) it knows. */
void replay_on_assign(struct replay *r, rd_kafka_topic_partition_list_t *l);

/* Decide what to do with m (see enum replay_verdict). */
enum replay_verdict replay_check(struct replay *r,
    const rd_kafka_message_t *m);

/* The pipeline stored next (the next offset to read) for a partition. */
void replay_on_stored(struct replay *r, const char *topic, int32_t partition,
    int64_t next);

/*
 * Print the summary line to f: articles read, events and messages
 * written, rejected, skipped, elapsed time and rate, and whether the run
 * completed. Returns 1 when every partition reached its bound, else 0.
 */
int replay_summary(struct replay *r, const struct pipeline_stats *s, FILE *f);

/* Free r (and unregister it). NULL is accepted. */
void replay_free(struct replay *r);

#endif
