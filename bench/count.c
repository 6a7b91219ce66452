/*
 * count: message counts of a topic from its partitions' watermarks, for the
 * end-to-end benchmark (cheap: no message is fetched).
 *
 *   count -b BROKERS -t TOPIC
 *	print {"high":sum of high watermarks,"low":sum of low watermarks,
 *	"partitions":P} and exit. low > 0 means the broker dropped messages.
 *   count -b BROKERS -t TOPIC -n N [-T SECONDS] [-i MS]
 *	poll every MS ms (default 50) until the high watermarks add up to N;
 *	print when the first message and the N-th were seen (Unix seconds)
 *	and the count at the first sight. Exits 1 after SECONDS (default 600).
 */
#include <getopt.h>
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

/* Wait for n messages. Returns 0, or -1 on timeout or error. */
static int
wait_for(rd_kafka_t *rk, const char *topic, long n, double timeout,
    int interval_ms)
{
	double t0 = wall_s(), first = 0, now;
	long low, high, at_first = 0;
	int np = -1;

	while ((now = wall_s()) - t0 < timeout) {
		if (np < 1)
			np = partitions(rk, topic);
		if (np >= 1 && watermarks(rk, topic, np, &low, &high) == 0) {
			if (high > 0 && first == 0) {
				first = now;
				at_first = high;
			}
			if (high >= n) {
				printf("{\"count\":%ld,\"first\":%.3f,"
				    "\"at_first\":%ld,\"done\":%.3f,"
				    "\"partitions\":%d}\n", high, first,
				    at_first, now, np);
				return 0;
			}
		}
		usleep((useconds_t)interval_ms * 1000);
	}
	fprintf(stderr, "count: %s: timeout after %.0f s (%ld of %ld)\n",
	    topic, timeout, np >= 1 ? high : 0, n);
	return -1;
}

int
main(int argc, char **argv)
{
	const char *brokers = NULL, *topic = NULL;
	double timeout = 600;
	int ch, np, interval = 50, rc = 1;
	long n = 0, low, high;
	rd_kafka_t *rk;

	while ((ch = getopt(argc, argv, "b:t:n:T:i:")) != -1)
		switch (ch) {
		case 'b': brokers = optarg; break;
		case 't': topic = optarg; break;
		case 'n': n = atol(optarg); break;
		case 'T': timeout = atof(optarg); break;
		case 'i': interval = atoi(optarg); break;
		default: goto usage;
		}
	if (brokers == NULL || topic == NULL || optind != argc || interval < 1)
		goto usage;
	if ((rk = handle_new(brokers)) == NULL)
		return 1;
	if (n > 0)
		rc = wait_for(rk, topic, n, timeout, interval) == 0 ? 0 : 1;
	else if ((np = partitions(rk, topic)) >= 1 &&
	    watermarks(rk, topic, np, &low, &high) == 0) {
		printf("{\"high\":%ld,\"low\":%ld,\"partitions\":%d}\n", high,
		    low, np);
		rc = 0;
	} else
		fprintf(stderr, "count: %s: no metadata or watermarks\n",
		    topic);
	rd_kafka_destroy(rk);
	return rc;
usage:
	fprintf(stderr, "usage: count -b BROKERS -t TOPIC [-n N [-T SECONDS] "
	    "[-i MS]]\n");
	return 2;
}
