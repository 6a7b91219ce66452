/*
 * kafka: newsevd's librdkafka clients built from its configuration, with
 * the defaults the pipeline relies on, and librdkafka's logs and errors sent
 * to log.c.
 */
#ifndef NEWSEV_KAFKA_H
#define NEWSEV_KAFKA_H

#include <stddef.h>

#include <librdkafka/rdkafka.h>

#include "newsev/config.h"

/*
 * A consumer in group c->group_id with enable.auto.offset.store=false
 * (forced), auto.offset.reset=earliest, enable.auto.commit=true (false
 * with delivery = exactly-once: offsets go with the transaction) and
 * partition.assignment.strategy=cooperative-sticky unless configured,
 * opaque as its opaque, rebalance_cb and commit_cb set (NULL: none). Its
 * main queue is forwarded to the consumer queue. Free with
 * rd_kafka_destroy(). NULL with the reason in err.
 */
rd_kafka_t *kafka_consumer_new(const struct config *c, void *opaque,
    void (*rebalance_cb)(rd_kafka_t *, rd_kafka_resp_err_t,
    rd_kafka_topic_partition_list_t *, void *),
    void (*commit_cb)(rd_kafka_t *, rd_kafka_resp_err_t,
    rd_kafka_topic_partition_list_t *, void *), char *err, size_t errlen);

/*
 * An idempotent producer (acks=all, linger.ms=5 unless configured; with
 * delivery = exactly-once, transactional.id = "<group>-<instance.id>") whose
 * delivery reports go to dr_cb through its main queue. NULL with the reason
 * in err.
 */
rd_kafka_t *kafka_producer_new(const struct config *c, void *opaque,
    void (*dr_cb)(rd_kafka_t *, const rd_kafka_message_t *, void *),
    char *err, size_t errlen);

#endif
