/*
 * txn: exactly-once delivery on librdkafka's transactional producer, the
 * way librdkafka's examples/transactions.c lays it out: init once, begin,
 * produce, send the consumer's offsets to the transaction, commit; an
 * abortable error aborts and rewinds the consumer to what was committed;
 * a fatal one stops the daemon. Runs on the loop thread; the librdkafka
 * calls block it for the duration of a commit.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/log.h"
#include "newsev/txn.h"

#define TXN_TIMEOUT_MS	30000	/* init, commit, abort, send offsets */
#define TXN_RETRIES	3	/* retriable commit errors */

struct txn_part {
	char *topic;
	int32_t partition;
	int64_t first;		/* first offset consumed, -1 */
	int64_t next;		/* done: next offset to commit, -1 */
	int64_t committed;	/* committed with a transaction, -1 */
};

struct txn {
	rd_kafka_t *producer, *consumer;
	struct event *timer, *soon;
	void (*due)(void *, const char *);
	void *arg;
	size_t max_messages;
	size_t produced;	/* in the open transaction */
	struct txn_part *parts;
	size_t nparts;
	uint64_t commits, aborts;
};

/* The entry of (topic, partition), created on first use; NULL: no memory. */
static struct txn_part *
txn_part(struct txn *t, const char *topic, int32_t partition)
{
	struct txn_part *v;
	size_t i;

	for (i = 0; i < t->nparts; i++)
		if (t->parts[i].partition == partition &&
		    strcmp(t->parts[i].topic, topic) == 0)
			return &t->parts[i];
	if ((v = realloc(t->parts, (t->nparts + 1) * sizeof(*v))) == NULL)
		return NULL;
	t->parts = v;
	v = &t->parts[t->nparts];
	if ((v->topic = strdup(topic)) == NULL)
		return NULL;
	v->partition = partition;
	v->first = v->next = v->committed = -1;
	t->nparts++;
	return v;
}

/* Work not yet committed: produced messages or done offsets. */
static int
txn_has_work(const struct txn *t)
{
	size_t i;

	if (t->produced > 0)
		return 1;
	for (i = 0; i < t->nparts; i++)
		if (t->parts[i].next > t->parts[i].committed)
			return 1;
	return 0;
}

static void
txn_on_timer(evutil_socket_t fd, short what, void *arg)
{
	struct txn *t = arg;

	if (txn_has_work(t))
		t->due(t->arg, "max_ms");
}

static void
txn_on_soon(evutil_socket_t fd, short what, void *arg)
{
	struct txn *t = arg;

	t->due(t->arg, "delivery_failed");
}

/* Log e (what failed) and destroy it. Returns its classification. */
static enum txn_result
txn_classify(rd_kafka_error_t *e, const char *what)
{
	enum txn_result r = rd_kafka_error_is_fatal(e) ? TXN_FATAL :
	    TXN_ABORT;

	log_error(what, "err=%s reason=\"%s\" fatal=%d abortable=%d "
	    "retriable=%d", rd_kafka_error_name(e), rd_kafka_error_string(e),
	    rd_kafka_error_is_fatal(e), rd_kafka_error_txn_requires_abort(e),
	    rd_kafka_error_is_retriable(e));
	rd_kafka_error_destroy(e);
	return r;
}

/* Begin a transaction. Returns TXN_OK or TXN_FATAL. */
static enum txn_result
txn_begin(struct txn *t)
{
	rd_kafka_error_t *e = rd_kafka_begin_transaction(t->producer);

	t->produced = 0;
	if (e == NULL)
		return TXN_OK;
	txn_classify(e, "cannot begin a transaction");
	return TXN_FATAL;
}

struct txn *
txn_new(struct event_base *base, rd_kafka_t *producer, rd_kafka_t *consumer,
    const struct config *c, void (*due)(void *, const char *), void *arg,
    char *err,
    size_t errlen)
{
	struct timeval tv = { (time_t)(c->txn_max_ms / 1000),
	    (suseconds_t)(c->txn_max_ms % 1000) * 1000 };
	rd_kafka_error_t *e;
	struct txn *t;

	if ((t = calloc(1, sizeof(*t))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	t->producer = producer;
	t->consumer = consumer;
	t->due = due;
	t->arg = arg;
	t->max_messages = c->txn_max_messages;
	t->timer = event_new(base, -1, EV_PERSIST, txn_on_timer, t);
	t->soon = event_new(base, -1, 0, txn_on_soon, t);
	if (t->timer == NULL || t->soon == NULL ||
	    event_add(t->timer, &tv) == -1) {
		snprintf(err, errlen, "cannot set up the transaction timer");
		goto out_free_txn;
	}
	if ((e = rd_kafka_init_transactions(producer, TXN_TIMEOUT_MS)) != NULL) {
		snprintf(err, errlen, "init_transactions: %s",
		    rd_kafka_error_string(e));
		rd_kafka_error_destroy(e);
		goto out_free_txn;
	}
	if (txn_begin(t) != TXN_OK) {
		snprintf(err, errlen, "begin_transaction failed");
		goto out_free_txn;
	}
	log_info("transactions initialized", "max_messages=%zu max_ms=%zu",
	    c->txn_max_messages, c->txn_max_ms);
	return t;
out_free_txn:
	txn_free(t);
	return NULL;
}

void
txn_on_assign(struct txn *t, const rd_kafka_topic_partition_list_t *l)
{
	struct txn_part *tp;
	int k;

	for (k = 0; k < l->cnt; k++)
		if ((tp = txn_part(t, l->elems[k].topic,
		    l->elems[k].partition)) != NULL)
			tp->first = tp->next = tp->committed = -1;
}

void
txn_on_consume(struct txn *t, const char *topic, int32_t partition,
    int64_t off)
{
	struct txn_part *tp = txn_part(t, topic, partition);

	if (tp != NULL && tp->first < 0)
		tp->first = off;
}

void
txn_on_done(struct txn *t, const char *topic, int32_t partition,
    int64_t next)
{
	struct txn_part *tp = txn_part(t, topic, partition);

	if (tp != NULL && next > tp->next)
		tp->next = next;
}

void
txn_on_produce(struct txn *t)
{
	t->produced++;
}

int
txn_full(const struct txn *t)
{
	return t->produced >= t->max_messages;
}

void
txn_request(struct txn *t)
{
	event_active(t->soon, 0, 0);
}

/* The done offsets not yet committed; NULL when there are none. */
static rd_kafka_topic_partition_list_t *
txn_offsets(const struct txn *t)
{
	rd_kafka_topic_partition_list_t *l = NULL;
	size_t i;

	for (i = 0; i < t->nparts; i++) {
		if (t->parts[i].next <= t->parts[i].committed)
			continue;
		if (l == NULL)
			l = rd_kafka_topic_partition_list_new(8);
		rd_kafka_topic_partition_list_add(l, t->parts[i].topic,
		    t->parts[i].partition)->offset = t->parts[i].next;
	}
	return l;
}

/* send_offsets_to_transaction then commit_transaction (retriable: again). */
static rd_kafka_error_t *
txn_send_and_commit(struct txn *t, rd_kafka_topic_partition_list_t *l)
{
	rd_kafka_consumer_group_metadata_t *g;
	rd_kafka_error_t *e = NULL;
	int i;

	if (l != NULL) {
		g = rd_kafka_consumer_group_metadata(t->consumer);
		e = rd_kafka_send_offsets_to_transaction(t->producer, l, g,
		    TXN_TIMEOUT_MS);
		rd_kafka_consumer_group_metadata_destroy(g);
		if (e != NULL)
			return e;
	}
	for (i = 0; i < TXN_RETRIES; i++) {
		e = rd_kafka_commit_transaction(t->producer, TXN_TIMEOUT_MS);
		if (e == NULL || !rd_kafka_error_is_retriable(e))
			return e;
		rd_kafka_error_destroy(e);
	}
	return rd_kafka_commit_transaction(t->producer, TXN_TIMEOUT_MS);
}

enum txn_result
txn_commit(struct txn *t, const char *why)
{
	rd_kafka_topic_partition_list_t *l = txn_offsets(t);
	size_t produced = t->produced, i;
	rd_kafka_error_t *e = txn_send_and_commit(t, l);
	int n = l != NULL ? l->cnt : 0;

	if (l != NULL)
		rd_kafka_topic_partition_list_destroy(l);
	if (e != NULL)
		return txn_classify(e, "transaction commit failed");
	for (i = 0; i < t->nparts; i++)
		if (t->parts[i].next > t->parts[i].committed)
			t->parts[i].committed = t->parts[i].next;
	t->commits++;
	log_info("transaction committed", "why=%s messages=%zu partitions=%d "
	    "commits=%" PRIu64, why, produced, n, t->commits);
	return txn_begin(t);
}

/* Where each partition resumes after an abort; next forgets the rest. */
static rd_kafka_topic_partition_list_t *
txn_rewind_list(struct txn *t)
{
	rd_kafka_topic_partition_list_t *l;
	struct txn_part *tp;
	size_t i;

	l = rd_kafka_topic_partition_list_new((int)t->nparts + 1);
	for (i = 0; i < t->nparts; i++) {
		tp = &t->parts[i];
		tp->next = tp->committed;
		if (tp->committed >= 0 || tp->first >= 0)
			rd_kafka_topic_partition_list_add(l, tp->topic,
			    tp->partition)->offset = tp->committed >= 0 ?
			    tp->committed : tp->first;
	}
	return l;
}

rd_kafka_topic_partition_list_t *
txn_abort(struct txn *t, const char *why)
{
	rd_kafka_error_t *e;

	log_warn("aborting the transaction and rewinding to the committed "
	    "offsets", "why=%s messages=%zu", why, t->produced);
	if ((e = rd_kafka_abort_transaction(t->producer, TXN_TIMEOUT_MS)) !=
	    NULL) {
		txn_classify(e, "transaction abort failed");
		return NULL;
	}
	t->aborts++;
	if (txn_begin(t) != TXN_OK)
		return NULL;
	return txn_rewind_list(t);
}

void
txn_counts(const struct txn *t, uint64_t *commits, uint64_t *aborts)
{
	*commits = t->commits;
	*aborts = t->aborts;
}

void
txn_free(struct txn *t)
{
	size_t i;

	if (t == NULL)
		return;
	if (t->timer != NULL)
		event_free(t->timer);
	if (t->soon != NULL)
		event_free(t->soon);
	for (i = 0; i < t->nparts; i++)
		free(t->parts[i].topic);
	free(t->parts);
	free(t);
}
