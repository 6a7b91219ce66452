/*
 * count: message counts of a topic from its partitions' watermarks, for the
 * end-to-end benchmark (cheap: only the first messages to arrive and the
 * last message of each partition are fetched, see -n).
 *
 *   count -b BROKERS -t TOPIC
 *	print {"high":sum of high watermarks,"low":sum of low watermarks,
 *	"partitions":P} and exit. low > 0 means the broker dropped messages.
 *   count -b BROKERS -t TOPIC -n N [-T SECONDS] [-i MS] [-v]
 *	consume the topic from offset 0 until the first message arrives,
 *	then poll every MS ms (default 50) until the high watermarks add up
 *	to N; print when the first message and the N-th were seen (Unix
 *	seconds) and the count at the first sight, and "ts_first" and
 *	"ts_last": the earliest CreateTime (Unix seconds, ms resolution) of
 *	the first messages to arrive and the latest of the partitions' last
 *	messages, i.e. when the contender handed its first and its last
 *	output to its producer, free of the polling interval (a run of
 *	200,000 articles lasts about a second). The first messages must be
 *	read as they come: the mock drops a partition's oldest messages past
 *	~5 MB, within tens of ms at these rates. Exits 1 after SECONDS
 *	(default 600). -v prints every poll's time and count to stderr.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

static double
wall_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static rd_kafka_t *
handle_new(const char *brokers)
{
	char errstr[512];
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	rd_kafka_t *rk;

	if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    (rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr,
	    sizeof(errstr))) == NULL) {
		fprintf(stderr, "count: %s\n", errstr);
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	return rk;
}

/* Partition count of topic, or -1. */
static int
partitions(rd_kafka_t *rk, const char *topic)
{
	const struct rd_kafka_metadata *md;
	rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
	int n = -1;

	if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) ==
	    RD_KAFKA_RESP_ERR_NO_ERROR) {
		if (md->topic_cnt == 1 && md->topics[0].err == 0)
			n = md->topics[0].partition_cnt;
		rd_kafka_metadata_destroy(md);
	}
	rd_kafka_topic_destroy(rkt);
	return n;
}

/* Sum the watermarks of every partition. Returns 0 or -1. */
static int
watermarks(rd_kafka_t *rk, const char *topic, int np, long *low, long *high)
{
	int64_t lo, hi;
	int i;

	*low = *high = 0;
	for (i = 0; i < np; i++) {
		if (rd_kafka_query_watermark_offsets(rk, topic, i, &lo, &hi,
		    5000) != RD_KAFKA_RESP_ERR_NO_ERROR)
			return -1;
		*low += (long)lo;
		*high += (long)hi;
	}
	return 0;
}

/* CreateTime (ms) of the message at offset off of a partition, or -1. */
static int64_t
msg_time(rd_kafka_topic_t *rkt, int32_t partition, int64_t off)
{
	rd_kafka_message_t *m;
	int64_t ts = -1;
	double t0 = wall_s();

	if (rd_kafka_consume_start(rkt, partition, off) == -1)
		return -1;
	while (ts < 0 && wall_s() - t0 < 10) {
		if ((m = rd_kafka_consume(rkt, partition, 1000)) == NULL)
			continue;
		if (!m->err && m->offset == off)
			ts = rd_kafka_message_timestamp(m, NULL);
		else if (!m->err && m->offset > off)
			ts = -2;	/* the wanted one is gone */
		rd_kafka_message_destroy(m);
	}
	rd_kafka_consume_stop(rkt, partition);
	return ts < 0 ? -1 : ts;
}

/* The latest CreateTime over the partitions' last messages, in ms.
 * Returns 0 or -1. */
static int
last_time(rd_kafka_t *rk, rd_kafka_topic_t *rkt, const char *topic, int np,
    int64_t *out)
{
	int64_t lo, hi, t;
	int i;

	*out = -1;
	for (i = 0; i < np; i++) {
		if (rd_kafka_query_watermark_offsets(rk, topic, i, &lo, &hi,
		    5000) != RD_KAFKA_RESP_ERR_NO_ERROR)
			return -1;
		if (hi <= lo)
			continue;
		if ((t = msg_time(rkt, i, hi - 1)) < 0)
			return -1;
		if (t > *out)
			*out = t;
	}
	return *out < 0 ? -1 : 0;
}

/* The CreateTime (ms) of the topic's first output: consume every partition
 * from offset 0 until a message arrives (the mock drops a partition's oldest
 * messages within tens of ms at these rates, so this runs before any
 * output exists), then the earliest of what has arrived. -1 on timeout. */
static int64_t
first_time(rd_kafka_t *rd, rd_kafka_topic_t *rkt, int np, double timeout)
{
	rd_kafka_queue_t *q = rd_kafka_queue_new(rd);
	rd_kafka_message_t *m;
	int64_t ts = -1, t;
	double t0 = wall_s();
	int i;

	for (i = 0; i < np; i++)
		rd_kafka_consume_start_queue(rkt, i, 0, q);
	while (wall_s() - t0 < timeout) {
		if ((m = rd_kafka_consume_queue(q, ts < 0 ? 100 : 0)) == NULL) {
			if (ts >= 0)
				break;	/* drained what had arrived */
			continue;
		}
		t = m->err ? -1 : rd_kafka_message_timestamp(m, NULL);
		rd_kafka_message_destroy(m);
		if (t >= 0 && (ts < 0 || t < ts))
			ts = t;
	}
	for (i = 0; i < np; i++)
		rd_kafka_consume_stop(rkt, i);
	rd_kafka_queue_destroy(q);
	return ts;
}

static int trace;	/* -v: every poll's count to stderr */

/* Wait for n messages. Returns 0, or -1 on timeout or error. */
static int
wait_for(rd_kafka_t *rk, rd_kafka_t *rd, rd_kafka_topic_t *rkt,
    const char *topic, long n, double timeout, int interval_ms)
{
	double t0 = wall_s(), first = 0, now;
	int64_t ts_first, ts_last;
	long low, high = 0, at_first = 0;
	int np;

	if ((np = partitions(rk, topic)) < 1) {
		fprintf(stderr, "count: %s: no metadata\n", topic);
		return -1;
	}
	if ((ts_first = first_time(rd, rkt, np, timeout)) < 0)
		goto no_times;
	while ((now = wall_s()) - t0 < timeout) {
		if (watermarks(rk, topic, np, &low, &high) == 0) {
			if (trace && high > 0)
				fprintf(stderr, "%.3f %ld\n", now, high);
			if (high > 0 && first == 0) {
				first = now;
				at_first = high;
			}
			if (high >= n) {
				if (last_time(rk, rkt, topic, np,
				    &ts_last) == -1)
					goto no_times;
				printf("{\"count\":%ld,\"first\":%.3f,"
				    "\"at_first\":%ld,\"done\":%.3f,"
				    "\"ts_first\":%.3f,\"ts_last\":%.3f,"
				    "\"partitions\":%d}\n", high, first,
				    at_first, now, (double)ts_first / 1000.0,
				    (double)ts_last / 1000.0, np);
				return 0;
			}
		}
		usleep((useconds_t)interval_ms * 1000);
	}
	fprintf(stderr, "count: %s: timeout after %.0f s (%ld of %ld)\n",
	    topic, timeout, high, n);
	return -1;
no_times:
	fprintf(stderr, "count: %s: no message timestamps\n", topic);
	return -1;
}

/* A plain consumer (no group) for reading single messages. */
static rd_kafka_t *
reader_new(const char *brokers)
{
	char errstr[512];
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	rd_kafka_t *c;

	/* the mock answers an empty Fetch only after fetch.wait.max.ms */
	if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    rd_kafka_conf_set(conf, "fetch.wait.max.ms", "5", errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    (c = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr,
	    sizeof(errstr))) == NULL) {
		fprintf(stderr, "count: %s\n", errstr);
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	return c;
}

int
main(int argc, char **argv)
{
	const char *brokers = NULL, *topic = NULL;
	double timeout = 600;
	int ch, np, interval = 50, rc = 1;
	long n = 0, low, high;
	rd_kafka_t *rk, *rd;
	rd_kafka_topic_t *rkt;

	while ((ch = getopt(argc, argv, "b:t:n:T:i:v")) != -1)
		switch (ch) {
		case 'b': brokers = optarg; break;
		case 't': topic = optarg; break;
		case 'n': n = atol(optarg); break;
		case 'T': timeout = atof(optarg); break;
		case 'i': interval = atoi(optarg); break;
		case 'v': trace = 1; break;
		default: goto usage;
		}
	if (brokers == NULL || topic == NULL || optind != argc || interval < 1)
		goto usage;
	if ((rk = handle_new(brokers)) == NULL)
		return 1;
	if (n > 0) {
		if ((rd = reader_new(brokers)) == NULL)
			goto out_destroy_rk;
		if ((rkt = rd_kafka_topic_new(rd, topic, NULL)) != NULL) {
			rc = wait_for(rk, rd, rkt, topic, n, timeout,
			    interval) == 0 ? 0 : 1;
			rd_kafka_topic_destroy(rkt);
		}
		rd_kafka_destroy(rd);
	}
	else if ((np = partitions(rk, topic)) >= 1 &&
	    watermarks(rk, topic, np, &low, &high) == 0) {
		printf("{\"high\":%ld,\"low\":%ld,\"partitions\":%d}\n", high,
		    low, np);
		rc = 0;
	} else
		fprintf(stderr, "count: %s: no metadata or watermarks\n",
		    topic);
out_destroy_rk:
	rd_kafka_destroy(rk);
	return rc;
usage:
	fprintf(stderr, "usage: count -b BROKERS -t TOPIC [-n N [-T SECONDS] "
	    "[-i MS] [-v]]\n");
	return 2;
}
