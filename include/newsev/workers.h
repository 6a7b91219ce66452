/*
 * workers: a pool of threads, each with its own FIFO of work items, and one
 * shared list of finished items announced on an eventfd. Items given to the
 * same worker finish in submission order, so routing every item of a Kafka
 * partition to one worker keeps the partition's order. Submitting never
 * blocks on a worker (only on the queue's mutex). Finished items are
 * announced in batches (workers.c says how long one may wait).
 */
#ifndef NEWSEV_WORKERS_H
#define NEWSEV_WORKERS_H

#include <stddef.h>

/* A work item: embed it first in your own struct. */
struct work {
	struct work *next;
};

struct workers;

/*
 * Start n threads that call fn(item, arg) for every submitted item, then
 * move it to the finished list. The caller frees the pool with
 * workers_free(). Returns NULL on error.
 */
struct workers *workers_new(int n, void (*fn)(struct work *, void *),
    void *arg);

/* Queue w on worker idx % n. Returns 0, or -1 after workers_free began. */
int workers_submit(struct workers *ws, unsigned idx, struct work *w);

/*
 * Stage w for worker idx % n without waking it: staged items reach the
 * workers at the next workers_flush() (or workers_submit(), for that
 * worker), in staging order. Only the thread that submits may stage.
 */
void workers_stage(struct workers *ws, unsigned idx, struct work *w);

/*
 * Hand every staged item to its worker: one lock and at most one wakeup
 * per worker. Returns 0, or -1 after workers_free began.
 */
int workers_flush(struct workers *ws);

/*
 * A non-blocking fd that becomes readable when finished items wait; watch
 * it with EV_READ|EV_PERSIST and call workers_take_done() when it fires.
 */
int workers_fd(const struct workers *ws);

/*
 * Clear the fd's readiness and return every finished item, oldest first,
 * as a list linked by ->next (NULL when none). The caller owns the items.
 */
struct work *workers_take_done(struct workers *ws);

/* Number of threads. */
int workers_count(const struct workers *ws);

/*
 * Stop the threads after their queued items are processed, join them and
 * free the pool. Returns the finished items not taken yet (a list as from
 * workers_take_done(), owned by the caller). NULL is accepted.
 */
struct work *workers_free(struct workers *ws);

#endif
