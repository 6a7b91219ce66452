/*
 * produce: send N articles built from the sample JSON files to a topic, fast,
 * for the end-to-end benchmark. Article i goes to partition i % partitions
 * (round-robin) and is sample (i % partitions + i / partitions) %
 * nsamples, so that every partition cycles through all the samples (with
 * sample i % nsamples, a partition count that is a multiple of nsamples
 * would give each partition one sample repeated: a worker would extract
 * the same article over and over, hot in its caches, unlike
 * extract_bench's threads). Its id is "<prefix>-<i>" (or
 * "<prefix>-<i>-<send ms>" with -r, for latency), also its key.
 *
 *   produce -b BROKERS -t TOPIC -n N [-p PREFIX] [-r PER_SECOND] FILE...
 *
 * Exits 0 when every message was delivered, 1 otherwise. Prints one JSON
 * object: count, bytes, seconds.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>
#include <librdkafka/rdkafka.h>

#define ID_MARK "@@BENCH_ID@@"
#define MAX_SAMPLES 256

/* A sample serialized once, split around its id. */
struct tmpl {
	char *head, *tail;
	size_t head_len, tail_len;
};

struct prod {
	rd_kafka_t *rk;
	rd_kafka_topic_t *rkt;
	int partitions;
	long delivered, failed;
};

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int64_t
wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Parse a sample and split its serialization at the id. Returns 0 or -1. */
static int
tmpl_load(const char *path, struct tmpl *t)
{
	struct json_object *o;
	const char *s, *mark;

	if ((o = json_object_from_file(path)) == NULL ||
	    !json_object_is_type(o, json_type_object)) {
		fprintf(stderr, "produce: %s: not a JSON object\n", path);
		return -1;
	}
	json_object_object_add(o, "id", json_object_new_string(ID_MARK));
	s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
	mark = strstr(s, ID_MARK);
	t->head_len = (size_t)(mark - s);
	t->head = strndup(s, t->head_len);
	t->tail = strdup(mark + strlen(ID_MARK));
	t->tail_len = strlen(t->tail);
	json_object_put(o);
	return t->head == NULL || t->tail == NULL ? -1 : 0;
}

static void
dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
	struct prod *p = opaque;

	if (m->err) {
		if (p->failed++ < 5)
			fprintf(stderr, "produce: delivery failed: %s\n",
			    rd_kafka_err2str(m->err));
	} else
		p->delivered++;
}

static int
prod_open(struct prod *p, const char *brokers, const char *topic,
    int paced)
{
	const struct rd_kafka_metadata *md;
	char errstr[512];
	rd_kafka_conf_t *conf = rd_kafka_conf_new();

	rd_kafka_conf_set_opaque(conf, p);
	rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
	if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    rd_kafka_conf_set(conf, "linger.ms", paced ? "1" : "20", errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    rd_kafka_conf_set(conf, "queue.buffering.max.messages", "500000",
	    errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    rd_kafka_conf_set(conf, "queue.buffering.max.kbytes", "1048576",
	    errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
		fprintf(stderr, "produce: %s\n", errstr);
		rd_kafka_conf_destroy(conf);
		return -1;
	}
	if ((p->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr,
	    sizeof(errstr))) == NULL) {
		fprintf(stderr, "produce: %s\n", errstr);
		rd_kafka_conf_destroy(conf);
		return -1;
	}
	p->rkt = rd_kafka_topic_new(p->rk, topic, NULL);
	if (rd_kafka_metadata(p->rk, 0, p->rkt, &md, 10000) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR || md->topic_cnt != 1 ||
	    md->topics[0].partition_cnt < 1) {
		fprintf(stderr, "produce: no metadata for %s\n", topic);
		return -1;
	}
	p->partitions = md->topics[0].partition_cnt;
	rd_kafka_metadata_destroy(md);
	return 0;
}

/* Send message i. Returns its size, or -1. */
static long
send_one(struct prod *p, const struct tmpl *t, const char *prefix, long i,
    int paced)
{
	char id[96], *buf;
	size_t idlen, len;
	int rc;

	if (paced)
		idlen = (size_t)snprintf(id, sizeof(id), "%s-%ld-%lld", prefix,
		    i, (long long)wall_ms());
	else
		idlen = (size_t)snprintf(id, sizeof(id), "%s-%ld", prefix, i);
	len = t->head_len + idlen + t->tail_len;
	if ((buf = malloc(len)) == NULL)
		return -1;
	memcpy(buf, t->head, t->head_len);
	memcpy(buf + t->head_len, id, idlen);
	memcpy(buf + t->head_len + idlen, t->tail, t->tail_len);
	while ((rc = rd_kafka_produce(p->rkt, (int32_t)(i % p->partitions),
	    RD_KAFKA_MSG_F_FREE, buf, len, id, idlen, NULL)) == -1 &&
	    rd_kafka_last_error() == RD_KAFKA_RESP_ERR__QUEUE_FULL)
		rd_kafka_poll(p->rk, 50);
	if (rc == -1) {
		fprintf(stderr, "produce: %s\n",
		    rd_kafka_err2str(rd_kafka_last_error()));
		free(buf);
		return -1;
	}
	rd_kafka_poll(p->rk, 0);
	return (long)len;
}

int
main(int argc, char **argv)
{
	struct tmpl t[MAX_SAMPLES];
	struct prod p = { 0 };
	const char *brokers = NULL, *topic = NULL, *prefix = "bench";
	long n = 0, i, len, bytes = 0;
	double rate = 0, t0;
	int ch, nt = 0;

	while ((ch = getopt(argc, argv, "b:t:n:p:r:")) != -1)
		switch (ch) {
		case 'b': brokers = optarg; break;
		case 't': topic = optarg; break;
		case 'n': n = atol(optarg); break;
		case 'p': prefix = optarg; break;
		case 'r': rate = atof(optarg); break;
		default: goto usage;
		}
	if (brokers == NULL || topic == NULL || n <= 0 || optind == argc ||
	    argc - optind > MAX_SAMPLES)
		goto usage;
	for (; optind < argc; optind++)
		if (tmpl_load(argv[optind], &t[nt++]) == -1)
			return 1;
	if (prod_open(&p, brokers, topic, rate > 0) == -1)
		return 1;
	t0 = now_s();
	for (i = 0; i < n; i++) {
		if (rate > 0)
			while (now_s() - t0 < (double)i / rate)
				rd_kafka_poll(p.rk, 1);
		len = send_one(&p, &t[(i % p.partitions + i / p.partitions) %
		    nt], prefix, i, rate > 0);
		if (len < 0)
			break;
		bytes += len;
	}
	rd_kafka_flush(p.rk, 60000);
	printf("{\"count\":%ld,\"bytes\":%ld,\"seconds\":%.3f,"
	    "\"partitions\":%d,\"failed\":%ld}\n", p.delivered, bytes,
	    now_s() - t0, p.partitions, p.failed);
	rd_kafka_topic_destroy(p.rkt);
	rd_kafka_destroy(p.rk);
	while (nt-- > 0) {
		free(t[nt].head);
		free(t[nt].tail);
	}
	return p.delivered == n ? 0 : 1;
usage:
	fprintf(stderr, "usage: produce -b BROKERS -t TOPIC -n N [-p PREFIX] "
	    "[-r PER_SECOND] FILE...\n");
	return 2;
}
