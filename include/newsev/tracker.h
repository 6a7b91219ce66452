/*
 * tracker: the at-least-once bookkeeping of one input partition. Every
 * consumed offset enters the window in consumption order (tracker_begin);
 * once processed, its number of output messages is known (tracker_expect);
 * each broker acknowledgement decrements it (tracker_ack). An offset is done
 * when it is processed and all its outputs are acknowledged. The offset to
 * store is one past the highest offset whose every predecessor in the window
 * is done. Kafka offsets need not be contiguous (compaction, transaction
 * markers): contiguity is in consumption order. Not thread-safe: one owner.
 */
#ifndef NEWSEV_TRACKER_H
#define NEWSEV_TRACKER_H

#include <stddef.h>
#include <stdint.h>

struct tracker;

/* A new empty window. The caller frees it with tracker_free(). NULL on ENOMEM. */
struct tracker *tracker_new(void);

/* Free t. NULL is accepted. */
void tracker_free(struct tracker *t);

/*
 * Add offset, consumed now, as in progress. Offsets must increase.
 * Returns 0, or -1 (out of memory, or not above the last one).
 */
int tracker_begin(struct tracker *t, int64_t offset);

/*
 * offset was processed and has n_outputs messages to acknowledge (0 is
 * valid: it is then done). Returns 0, or -1 when offset is not in the window
 * or was already given its count.
 */
int tracker_expect(struct tracker *t, int64_t offset, uint32_t n_outputs);

/* One output of offset was acknowledged. Returns 0, or -1 when unknown. */
int tracker_ack(struct tracker *t, int64_t offset);

/*
 * Pop every done offset at the head of the window. Returns the offset to
 * store (last popped + 1) when at least one was popped, else -1.
 */
int64_t tracker_advance(struct tracker *t);

/* Offsets in the window (in progress or waiting for acknowledgements). */
size_t tracker_pending(const struct tracker *t);

/* Forget every offset (partition revoked or lost). */
void tracker_reset(struct tracker *t);

#endif
