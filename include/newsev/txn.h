/*
 * txn: exactly-once delivery (delivery = exactly-once) with librdkafka's
 * transactional producer. The outputs of a batch of input offsets and those
 * offsets (send_offsets_to_transaction) are committed together, every
 * transaction.max_messages outputs or transaction.max_ms. The pipeline
 * reports what it consumes and which offsets are done; txn keeps, per
 * partition, the next offset to commit and the last one committed, which
 * is where an aborted transaction rewinds to.
 */
#ifndef NEWSEV_TXN_H
#define NEWSEV_TXN_H

#include <stddef.h>
#include <stdint.h>

#include <event2/event.h>
#include <librdkafka/rdkafka.h>

#include "newsev/config.h"

enum txn_result {
	TXN_OK = 0,
	TXN_ABORT = 1,		/* abortable: call txn_abort() and rewind */
	TXN_FATAL = 2,		/* the producer cannot go on: exit non-zero */
};

struct txn;

/*
 * Initialize transactions on producer (built with transactional.id) and
 * begin the first; due(arg, why) is called from the loop on base when a
 * commit is due: why is "max_ms" (elapsed with work done) or
 * "delivery_failed" (after txn_request()). Free
 * with txn_free(). Returns NULL with the reason in err.
 */
struct txn *txn_new(struct event_base *base, rd_kafka_t *producer,
    rd_kafka_t *consumer, const struct config *c,
    void (*due)(void *, const char *why), void *arg, char *err,
    size_t errlen);

/* Partitions in l were assigned: forget what was known of them. */
void txn_on_assign(struct txn *t, const rd_kafka_topic_partition_list_t *l);

/* Offset off of a partition was consumed (remembers the first one). */
void txn_on_consume(struct txn *t, const char *topic, int32_t partition,
    int64_t off);

/* Every output below next is acknowledged for a partition. */
void txn_on_done(struct txn *t, const char *topic, int32_t partition,
    int64_t next);

/* One more message was produced in the open transaction. */
void txn_on_produce(struct txn *t);

/*
 * 1 when the open transaction holds transaction.max_messages messages: the
 * pipeline commits before producing the outputs of another article.
 */
int txn_full(const struct txn *t);

/*
 * Send the done offsets to the transaction, commit it and begin the next.
 * The caller has flushed the producer. Returns TXN_OK, TXN_ABORT or
 * TXN_FATAL (logged).
 */
enum txn_result txn_commit(struct txn *t, const char *why);

/*
 * Abort the open transaction (its outputs fail with purge errors) and
 * begin the next. Returns the partitions to seek (topic, partition, the
 * last committed offset or the first consumed one); free the list with
 * rd_kafka_topic_partition_list_destroy(). NULL after a fatal error.
 */
rd_kafka_topic_partition_list_t *txn_abort(struct txn *t, const char *why);

/* Ask for a commit soon (due() runs from the loop). */
void txn_request(struct txn *t);

/* Transactions committed and aborted so far. */
void txn_counts(const struct txn *t, uint64_t *commits, uint64_t *aborts);

/* Free t. The open transaction, if any, is left to the producer. */
void txn_free(struct txn *t);

#endif
