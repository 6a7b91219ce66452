/*
 * job: what a worker thread does with one consumed Kafka message: decode the
 * article (JSON or protobuf by content-type), extract, and encode the output
 * messages; or decide it goes to the dead-letter topic with a reason.
 */
#ifndef NEWSEV_JOB_H
#define NEWSEV_JOB_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <librdkafka/rdkafka.h>

#include "newsev/config.h"
#include "newsev/workers.h"

struct dict;

/* A dictionary shared by the jobs that started with it. */
struct dict_ref {
	struct dict *dict;	/* NULL when extraction is disabled */
	atomic_int refs;
};

/* A new reference holding d (owned). NULL on ENOMEM (d is then freed). */
struct dict_ref *dict_ref_new(struct dict *d);

/* Take one more reference. NULL is accepted and returned. */
struct dict_ref *dict_ref_hold(struct dict_ref *r);

/* Drop a reference; the last one frees the dict. NULL is accepted. */
void dict_ref_release(struct dict_ref *r);

/* Settings a job runs with, copied when it is created. */
struct job_params {
	size_t max_bytes;
	enum config_granularity granularity;
	int extract_enabled;
};

struct job_output {
	uint8_t *buf;		/* malloc'd; ownership passes to the producer */
	size_t len;
};

enum job_status {
	JOB_OK = 0,		/* outs hold the output messages (maybe none) */
	JOB_REJECTED = 1,	/* bad input: reason says why; DLQ it */
	JOB_FAILED = 2,		/* out of memory: the daemon must stop */
};

struct job {
	struct work work;		/* must be first */
	rd_kafka_message_t *rkm;	/* owned: destroyed by job_free() */
	void *owner;			/* the partition, for the loop */
	uint32_t gen;			/* owner's generation at dispatch */
	struct dict_ref *dict;		/* held reference */
	struct job_params params;
	enum job_status status;
	char reason[256];
	char *key;			/* article id */
	struct job_output *outs;	/* &one, or malloc'd when several */
	struct job_output one;
	size_t n_outs;
	size_t n_events;		/* events extracted */
	uint64_t extract_us;		/* time spent extracting */
	uint16_t roots[21];		/* events per CAMEO root 1..20 */
};

/*
 * A job for message rkm (owned from now on) holding dict (a reference is
 * taken). The caller frees it with job_free(). NULL on ENOMEM.
 */
struct job *job_new(rd_kafka_message_t *rkm, void *owner, uint32_t gen,
    struct dict_ref *dict, const struct job_params *params);

/* Decode, extract and encode; on a worker thread. Sets j->status. */
void job_process(struct job *j);

/* Free j, its message, outputs not handed over, and its dict reference. */
void job_free(struct job *j);

/*
 * Copy the last value of header name of rkm into buf as a NUL-terminated
 * string. Returns 0, or -1 when absent.
 */
int job_header(const rd_kafka_message_t *rkm, const char *name, char *buf,
    size_t len);

#endif
