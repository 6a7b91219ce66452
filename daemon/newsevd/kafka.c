/*
 * kafka: consumer and producer construction for newsevd.
 */
#include <stdio.h>
#include <string.h>

#include "newsev/kafka.h"
#include "newsev/log.h"

/* librdkafka's syslog levels to ours. Called from librdkafka threads. */
static void
kafka_log_cb(const rd_kafka_t *rk, int level, const char *fac,
    const char *buf)
{
	enum log_level lvl = level <= 3 ? LOGL_ERROR :
	    level == 4 ? LOGL_WARN : level <= 6 ? LOGL_INFO : LOGL_DEBUG;
	char q[1024], key[48];

	/* a broker that stays down repeats its errors: limit per facility */
	snprintf(key, sizeof(key), "rdkafka-%s", fac);
	if (lvl >= LOGL_WARN && !log_ratelimit(key))
		return;
	log_kv(lvl, "librdkafka", "client=%s fac=%s text=%s",
	    rd_kafka_name(rk), fac, log_quote(buf, q, sizeof(q)));
}

/* Errors that librdkafka recovers from itself are warnings. */
static void
kafka_error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
	char q[512];

	if (err == RD_KAFKA_RESP_ERR__FATAL)
		log_error("kafka fatal error", "client=%s reason=%s",
		    rd_kafka_name(rk), log_quote(reason, q, sizeof(q)));
	else if (log_ratelimit("kafka-error"))
		log_warn("kafka error", "client=%s err=%s reason=%s",
		    rd_kafka_name(rk), rd_kafka_err2name(err),
		    log_quote(reason, q, sizeof(q)));
}

static int
kafka_set(rd_kafka_conf_t *conf, const char *name, const char *value,
    char *err, size_t errlen)
{
	if (rd_kafka_conf_set(conf, name, value, err, errlen) ==
	    RD_KAFKA_CONF_OK)
		return 0;
	return -1;
}

/* A conf with our callbacks, the defaults, then the user's properties. */
static rd_kafka_conf_t *
kafka_conf(const struct config *c, enum config_side side, void *opaque,
    const char *const *defaults, char *err, size_t errlen)
{
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	size_t i;

	rd_kafka_conf_set_opaque(conf, opaque);
	rd_kafka_conf_set_log_cb(conf, kafka_log_cb);
	rd_kafka_conf_set_error_cb(conf, kafka_error_cb);
	for (i = 0; defaults[i] != NULL; i += 2)
		if (kafka_set(conf, defaults[i], defaults[i + 1], err,
		    errlen) == -1)
			goto out_destroy_conf;
	if (config_kafka_apply(c, side, conf, err, errlen) == -1)
		goto out_destroy_conf;
	return conf;
out_destroy_conf:
	rd_kafka_conf_destroy(conf);
	return NULL;
}

rd_kafka_t *
kafka_consumer_new(const struct config *c, void *opaque,
    void (*rebalance_cb)(rd_kafka_t *, rd_kafka_resp_err_t,
    rd_kafka_topic_partition_list_t *, void *),
    void (*commit_cb)(rd_kafka_t *, rd_kafka_resp_err_t,
    rd_kafka_topic_partition_list_t *, void *), char *err, size_t errlen)
{
	const char *defaults[] = {
		"client.id", "newsevd-consumer",
		"group.id", c->group_id,
		"auto.offset.reset", "earliest",
		/* exactly-once: offsets go with the transaction (txn.c) */
		"enable.auto.commit",
		c->delivery == CONFIG_DELIVERY_EOS ? "false" : "true",
		"enable.partition.eof", "false",
		/* incremental rebalances: only moved partitions are revoked,
		 * and their revoke can commit while the group is stable */
		"partition.assignment.strategy", "cooperative-sticky",
		/* a fetch response holding one record larger than this fails
		 * and is retried forever, stalling every partition of that
		 * broker: accept any record the broker accepted (up to 1 GB),
		 * so that input.max_bytes rejects it to the DLQ instead */
		"receive.message.max.bytes", "1000000000",
		NULL,
	};
	rd_kafka_conf_t *conf;
	rd_kafka_t *rk;

	if ((conf = kafka_conf(c, CONFIG_CONSUMER, opaque, defaults, err,
	    errlen)) == NULL)
		return NULL;
	if (kafka_set(conf, "enable.auto.offset.store", "false", err,
	    errlen) == -1) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	if (rebalance_cb != NULL)
		rd_kafka_conf_set_rebalance_cb(conf, rebalance_cb);
	if (commit_cb != NULL)
		rd_kafka_conf_set_offset_commit_cb(conf, commit_cb);
	if ((rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, errlen)) == NULL) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	rd_kafka_poll_set_consumer(rk);
	return rk;
}

/* exactly-once: transactional.id = "<group>-<instance.id>". */
static int
kafka_set_txn_id(rd_kafka_conf_t *conf, const struct config *c, char *err,
    size_t errlen)
{
	char id[512];

	snprintf(id, sizeof(id), "%s-%s", c->group_id, c->instance_id);
	return kafka_set(conf, "transactional.id", id, err, errlen);
}

rd_kafka_t *
kafka_producer_new(const struct config *c, void *opaque,
    void (*dr_cb)(rd_kafka_t *, const rd_kafka_message_t *, void *),
    char *err, size_t errlen)
{
	const char *defaults[] = {
		"client.id", "newsevd-producer",
		"enable.idempotence", "true",
		"acks", "all",
		"linger.ms", "5",
		NULL,
	};
	rd_kafka_conf_t *conf;
	rd_kafka_t *rk;

	if ((conf = kafka_conf(c, CONFIG_PRODUCER, opaque, defaults, err,
	    errlen)) == NULL)
		return NULL;
	if (c->delivery == CONFIG_DELIVERY_EOS &&
	    kafka_set_txn_id(conf, c, err, errlen) == -1) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
	if ((rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, errlen)) == NULL) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	return rk;
}
