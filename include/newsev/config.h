/*
 * config: newsevd's properties file ("key = value", '#' comments) plus
 * "-X key=value" overrides, validated into typed settings. A key given twice
 * keeps its last value (as in Kafka's properties files); overrides are
 * applied after the file, so they win. Unknown keys outside kafka.* are
 * errors. kafka.<prop> goes to librdkafka: to the consumer and the producer
 * when librdkafka documents it for both, else to the one side that knows it;
 * kafka.consumer.<prop> and kafka.producer.<prop> name one side explicitly.
 */
#ifndef NEWSEV_CONFIG_H
#define NEWSEV_CONFIG_H

#include <stddef.h>

#include <librdkafka/rdkafka.h>

#include "newsev/log.h"

#define CONFIG_DEFAULT_PATH "/etc/newsevd/newsevd.conf"

enum config_granularity {
	CONFIG_GRAN_ARTICLE = 0,	/* one ArticleEvents per article */
	CONFIG_GRAN_EVENT = 1,		/* one Event per event */
};

/* output.framing: how each output value is framed. */
enum config_framing {
	CONFIG_FRAMING_PLAIN = 0,	/* the bare protobuf message */
	CONFIG_FRAMING_CONFLUENT = 1,	/* Schema Registry wire prefix first */
};

/* delivery: at-least-once (offsets stored after acks) or transactions. */
enum config_delivery {
	CONFIG_DELIVERY_ALO = 0,
	CONFIG_DELIVERY_EOS = 1,
};

enum config_side {
	CONFIG_CONSUMER = 1,
	CONFIG_PRODUCER = 2,
	CONFIG_BOTH = 3,
};

/* One librdkafka property and the clients it applies to. */
struct config_kafka {
	char *name;		/* without the kafka./kafka.consumer. prefix */
	char *value;
	enum config_side side;
	char origin[64];	/* "file:line" or "-X" */
};

struct config {
	char **input_topics;	/* NULL-terminated */
	size_t n_input_topics;
	char *output_topic;
	char *dlq_topic;
	char *group_id;		/* kafka.group.id, default "newsevd" */
	enum config_granularity granularity;
	size_t input_max_bytes;		/* default 4194304 */
	size_t input_max_inflight;	/* default 10000 */
	char *data_dir;			/* default paths_default_data_dir() */
	int workers;			/* default: number of CPUs */
	int extract_enabled;		/* default 1 */
	enum log_level log_level;	/* default info */
	char *http_listen;		/* "host:port", NULL = no HTTP */
	unsigned long debug_wedge_after_ms;	/* test only: 0 = off */
	struct config_kafka *kafka;
	size_t n_kafka;
	enum config_framing output_framing;	/* default plain */
	long output_schema_id;		/* -1 = unset; required by confluent */
	char *replay_group;		/* set by --replay (not a key), else NULL */
	enum config_delivery delivery;	/* default at-least-once */
	size_t txn_max_messages;	/* transaction.max_messages, 1000 */
	size_t txn_max_ms;		/* transaction.max_ms, 1000 */
	char *instance_id;		/* instance.id, default the hostname */
};

/*
 * Read the properties file at path (NULL: none) then apply overrides
 * ("key=value" strings). The caller frees the result with config_free().
 * Returns NULL and writes "origin: reason" into err (the file and line, or
 * "-X key=value") on any error, including a missing required key.
 */
struct config *config_load(const char *path, char *const *overrides,
    size_t n_overrides, char *err, size_t errlen);

/* Same as config_load() with the file's text given; origin names it. */
struct config *config_parse(const char *text, const char *origin,
    char *const *overrides, size_t n_overrides, char *err, size_t errlen);

/* Free a config. NULL is accepted. */
void config_free(struct config *c);

/*
 * Set every kafka.* property of side (CONFIG_CONSUMER or CONFIG_PRODUCER)
 * on conf. Returns 0, or -1 with "origin: kafka.name: librdkafka's reason"
 * in err.
 */
int config_kafka_apply(const struct config *c, enum config_side side,
    rd_kafka_conf_t *conf, char *err, size_t errlen);

/*
 * Validate the kafka.* properties by applying them to fresh consumer and
 * producer configurations. Returns 0 or -1 with the reason in err.
 */
int config_check_kafka(const struct config *c, char *err, size_t errlen);

/* The value of kafka property name for side, or NULL when not set. */
const char *config_kafka_get(const struct config *c, enum config_side side,
    const char *name);

/*
 * Write into buf the comma-separated keys that differ between a and b and
 * need a restart (kafka.*, input.topics, output.topic, dlq.topic, workers,
 * http.listen, output.framing/schema_id, delivery and transaction.*). Returns the number of such keys; buf is "" when 0.
 */
int config_restart_keys(const struct config *a, const struct config *b,
    char *buf, size_t len);

#endif
