/*
 * offsets: read the group's committed offsets and the partitions' ends.
 */
#include <stdio.h>
#include <string.h>

#include "newsev/kafka.h"
#include "newsev/log.h"
#include "newsev/offsets.h"

#define OFFSETS_TIMEOUT_MS	10000

/* Add every partition of topic to l, from the cluster's metadata. */
static int
offsets_partitions(rd_kafka_t *rk, const char *topic,
    rd_kafka_topic_partition_list_t *l)
{
	const struct rd_kafka_metadata *md;
	rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
	rd_kafka_resp_err_t err;
	int i;

	err = rd_kafka_metadata(rk, 0, rkt, &md, OFFSETS_TIMEOUT_MS);
	rd_kafka_topic_destroy(rkt);
	if (err != RD_KAFKA_RESP_ERR_NO_ERROR || md->topic_cnt != 1 ||
	    md->topics[0].err != RD_KAFKA_RESP_ERR_NO_ERROR) {
		log_error("cannot read topic metadata", "topic=%s err=%s",
		    topic, rd_kafka_err2name(err ? err :
		    md->topic_cnt == 1 ? md->topics[0].err :
		    RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC));
		if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
			rd_kafka_metadata_destroy(md);
		return -1;
	}
	for (i = 0; i < md->topics[0].partition_cnt; i++)
		rd_kafka_topic_partition_list_add(l, topic,
		    md->topics[0].partitions[i].id);
	rd_kafka_metadata_destroy(md);
	return 0;
}

/* Print l's committed offsets against the partitions' high watermarks. */
static int
offsets_print(rd_kafka_t *rk, rd_kafka_topic_partition_list_t *l, FILE *out)
{
	long long tc = 0, te = 0, tl = 0;
	int64_t lo, hi, c;
	int k;

	for (k = 0; k < l->cnt; k++) {
		if (rd_kafka_query_watermark_offsets(rk, l->elems[k].topic,
		    l->elems[k].partition, &lo, &hi, OFFSETS_TIMEOUT_MS) !=
		    RD_KAFKA_RESP_ERR_NO_ERROR)
			return -1;
		c = l->elems[k].offset;
		fprintf(out, "%s %d committed=%lld end=%lld lag=%lld\n",
		    l->elems[k].topic, (int)l->elems[k].partition,
		    (long long)c, (long long)hi,
		    (long long)(hi - (c < 0 ? lo : c)));
		tc += c < 0 ? 0 : c;
		te += hi;
		tl += hi - (c < 0 ? lo : c);
	}
	fprintf(out, "total committed=%lld end=%lld lag=%lld\n", tc, te, tl);
	return 0;
}

int
offsets_show(const struct config *c, FILE *out)
{
	rd_kafka_topic_partition_list_t *l;
	rd_kafka_resp_err_t err;
	char errstr[512];
	rd_kafka_t *rk;
	size_t i;
	int rc = -1;

	if ((rk = kafka_consumer_new(c, NULL, NULL, NULL, errstr,
	    sizeof(errstr))) == NULL) {
		log_error("cannot create the consumer", "reason=\"%s\"",
		    errstr);
		return -1;
	}
	l = rd_kafka_topic_partition_list_new(16);
	for (i = 0; i < c->n_input_topics; i++)
		if (offsets_partitions(rk, c->input_topics[i], l) == -1)
			goto out_destroy;
	err = rd_kafka_committed(rk, l, OFFSETS_TIMEOUT_MS);
	if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
		log_error("cannot read committed offsets", "err=%s",
		    rd_kafka_err2name(err));
		goto out_destroy;
	}
	if ((rc = offsets_print(rk, l, out)) == -1)
		log_error("cannot read partition ends", NULL);
out_destroy:
	rd_kafka_topic_partition_list_destroy(l);
	rd_kafka_destroy(rk);
	return rc;
}
