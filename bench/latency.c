/*
 * latency: end-to-end latency of the paced benchmark phase. Reads the output
 * topic from the beginning of every partition (no consumer group) while
 * bench/produce -r sends articles whose id, copied by newsevd into the
 * output key, ends with the Unix ms at which the article was handed to the
 * producer ("lat-<i>-<ms>"). For each output message it measures:
 *   create: output CreateTime (set when newsevd called producev) - send ms;
 *   seen:   the time this consumer received it - send ms (adds the output's
 *           batching, broker append and fetch).
 *
 *   latency -b BROKERS -t TOPIC -n N [-p PREFIX] [-w FETCH_WAIT_MS] [-T SECONDS]
 *
 * Only keys starting with "PREFIX-" (default "lat") count. The librdkafka
 * mock broker answers a Fetch that finds no data only after the full
 * fetch.wait.max.ms, even when data arrives meanwhile, so this consumer uses
 * a short wait (-w, default 10 ms) and so should the daemon measured (the
 * driver sets kafka.consumer.fetch.wait.max.ms the same); otherwise the
 * numbers measure the mock's polling, not the pipeline. Prints p50, p90, p99 and max of both, in ms, once N messages arrived.
 * Exits 1 on timeout.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <librdkafka/rdkafka.h>

static int64_t
wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/* Percentile q (0..1) of sorted v[0..n). */
static int64_t
pct(const int64_t *v, long n, double q)
{
	long i = (long)(q * (double)n);

	return v[i >= n ? n - 1 : i];
}

static void
print_dist(const char *name, int64_t *v, long n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_i64);
	printf("\"%s\":{\"p50_ms\":%lld,\"p90_ms\":%lld,\"p99_ms\":%lld,"
	    "\"max_ms\":%lld}", name, (long long)pct(v, n, 0.5),
	    (long long)pct(v, n, 0.9), (long long)pct(v, n, 0.99),
	    (long long)v[n - 1]);
}

/* Partition count of topic, or -1. */
static int
partitions(rd_kafka_t *rk, const char *topic)
{
	const struct rd_kafka_metadata *md;
	rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
	int n = -1;

	if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) ==
	    RD_KAFKA_RESP_ERR_NO_ERROR) {
		if (md->topic_cnt == 1 && md->topics[0].err == 0)
			n = md->topics[0].partition_cnt;
		rd_kafka_metadata_destroy(md);
	}
	rd_kafka_topic_destroy(rkt);
	return n;
}

/*
 * Consumer assigned to every partition of topic at the beginning, with
 * fetch.wait.max.ms = wait_ms. The caller destroys it. Returns NULL on error.
 */
static rd_kafka_t *
open_topic(const char *brokers, const char *topic, const char *wait_ms)
{
	rd_kafka_topic_partition_list_t *l;
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	char errstr[512];
	rd_kafka_t *rk;
	int i, np;

	if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    rd_kafka_conf_set(conf, "group.id", "bench-latency", errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    rd_kafka_conf_set(conf, "fetch.wait.max.ms", wait_ms, errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK ||
	    (rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr,
	    sizeof(errstr))) == NULL) {
		fprintf(stderr, "latency: %s\n", errstr);
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	rd_kafka_poll_set_consumer(rk);
	if ((np = partitions(rk, topic)) < 1) {
		fprintf(stderr, "latency: no metadata for %s\n", topic);
		rd_kafka_destroy(rk);
		return NULL;
	}
	l = rd_kafka_topic_partition_list_new(np);
	for (i = 0; i < np; i++)
		rd_kafka_topic_partition_list_add(l, topic, i)->offset =
		    RD_KAFKA_OFFSET_BEGINNING;
	rd_kafka_assign(rk, l);
	rd_kafka_topic_partition_list_destroy(l);
	return rk;
}

/* Send ms from a key "prefix-i-ms", or -1. */
static int64_t
key_ms(const rd_kafka_message_t *m, const char *prefix)
{
	size_t plen = strlen(prefix);
	char buf[128];
	const char *dash;

	if (m->key == NULL || m->key_len == 0 || m->key_len >= sizeof(buf))
		return -1;
	memcpy(buf, m->key, m->key_len);
	buf[m->key_len] = '\0';
	if (strncmp(buf, prefix, plen) != 0 || buf[plen] != '-' ||
	    (dash = strrchr(buf, '-')) == buf + plen)
		return -1;
	return strtoll(dash + 1, NULL, 10);
}

int
main(int argc, char **argv)
{
	const char *brokers = NULL, *topic = NULL, *prefix = "lat";
	const char *wait_ms = "10";
	int64_t *created, *seen, sent, deadline;
	long n = 0, got = 0;
	double timeout = 600;
	rd_kafka_message_t *m;
	rd_kafka_t *rk;
	int ch;

	while ((ch = getopt(argc, argv, "b:t:n:p:w:T:")) != -1)
		switch (ch) {
		case 'b': brokers = optarg; break;
		case 't': topic = optarg; break;
		case 'n': n = atol(optarg); break;
		case 'p': prefix = optarg; break;
		case 'w': wait_ms = optarg; break;
		case 'T': timeout = atof(optarg); break;
		default: goto usage;
		}
	if (!brokers || !topic || n <= 0 || optind != argc)
		goto usage;
	created = calloc((size_t)n, sizeof(*created));
	seen = calloc((size_t)n, sizeof(*seen));
	if (created == NULL || seen == NULL || (rk = open_topic(brokers,
	    topic, wait_ms)) == NULL)
		return 1;
	deadline = wall_ms() + (int64_t)(timeout * 1000);
	while (got < n && wall_ms() < deadline) {
		if ((m = rd_kafka_consumer_poll(rk, 100)) == NULL)
			continue;
		if (!m->err && (sent = key_ms(m, prefix)) > 0) {
			created[got] = rd_kafka_message_timestamp(m, NULL) -
			    sent;
			seen[got++] = wall_ms() - sent;
		}
		rd_kafka_message_destroy(m);
	}
	rd_kafka_consumer_close(rk);
	rd_kafka_destroy(rk);
	if (got < n) {
		fprintf(stderr, "latency: timeout: %ld of %ld\n", got, n);
		return 1;
	}
	printf("{\"count\":%ld,", got);
	print_dist("create", created, got);
	putchar(',');
	print_dist("seen", seen, got);
	printf("}\n");
	free(created);
	free(seen);
	return 0;
usage:
	fprintf(stderr, "usage: latency -b BROKERS -t TOPIC -n N [-p PREFIX] "
	    "[-w FETCH_WAIT_MS] [-T SECONDS]\n");
	return 2;
}
