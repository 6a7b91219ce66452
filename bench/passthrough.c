/*
 * passthrough: the baseline of the end-to-end benchmark. A bare librdkafka
 * loop that consumes a topic and produces every message's key and value
 * unchanged to another topic, with no processing, and with the same
 * at-least-once discipline as newsevd: offsets are stored (and auto-
 * committed) only up to the lowest input offset whose output is delivered.
 * Producer and consumer settings match newsevd's defaults (idempotent
 * producer, acks=all, linger.ms=5; auto commit of stored offsets).
 *
 *   passthrough -b BROKERS -t IN -o OUT -g GROUP
 *
 * Runs until SIGTERM/SIGINT, then flushes (bounded), commits and exits.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#define WINDOW 32768		/* in-flight messages per input partition */
#define MAX_PARTS 4096

/* Delivered flags of one input partition, a ring over offsets. */
struct part {
	int64_t low;		/* lowest offset not yet delivered */
	int64_t next;		/* next offset expected from the consumer */
	uint8_t done[WINDOW];
};

struct pt {
	rd_kafka_t *cons, *prod;
	rd_kafka_topic_t *out;
	const char *in_topic;
	struct part *parts[MAX_PARTS];
	long consumed, delivered;
};

static volatile sig_atomic_t stop;

static void
on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static int
set(rd_kafka_conf_t *conf, const char *k, const char *v)
{
	char errstr[512];

	if (rd_kafka_conf_set(conf, k, v, errstr, sizeof(errstr)) ==
	    RD_KAFKA_CONF_OK)
		return 0;
	fprintf(stderr, "passthrough: %s\n", errstr);
	return -1;
}

/* Store the partition's low offset after a delivery advanced it. */
static void
store(struct pt *p, int32_t partition, int64_t offset)
{
	rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);

	rd_kafka_topic_partition_list_add(l, p->in_topic, partition)->offset =
	    offset;
	rd_kafka_offsets_store(p->cons, l);
	rd_kafka_topic_partition_list_destroy(l);
}

/* Delivery report: mark the input offset (the opaque) delivered. */
static void
dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
	struct pt *p = opaque;
	int64_t off = (int64_t)(intptr_t)m->_private;
	int32_t partition = (int32_t)(off >> 48);
	struct part *pa;
	int64_t before;

	if (m->err) {
		fprintf(stderr, "passthrough: delivery failed: %s\n",
		    rd_kafka_err2str(m->err));
		stop = 1;	/* never store past an undelivered message */
		return;
	}
	off &= ((int64_t)1 << 48) - 1;
	pa = p->parts[partition];
	pa->done[off % WINDOW] = 1;
	before = pa->low;
	while (pa->low < pa->next && pa->done[pa->low % WINDOW]) {
		pa->done[pa->low % WINDOW] = 0;
		pa->low++;
	}
	if (pa->low != before)
		store(p, partition, pa->low);
	p->delivered++;
}

/* The partition's window, created at its first message. NULL: no memory. */
static struct part *
part_of(struct pt *p, const rd_kafka_message_t *m)
{
	struct part *pa = p->parts[m->partition];

	if (pa == NULL) {
		if ((pa = calloc(1, sizeof(*pa))) == NULL)
			return NULL;
		pa->low = pa->next = m->offset;
		p->parts[m->partition] = pa;
	}
	while (pa->next < m->offset)		/* a gap: nothing to deliver */
		pa->done[pa->next++ % WINDOW] = 1;
	pa->next = m->offset + 1;
	return pa;
}

/* Forward one consumed message. Returns 0 or -1. */
static int
forward(struct pt *p, rd_kafka_message_t *m)
{
	struct part *pa;
	void *ref;

	if (m->partition < 0 || m->partition >= MAX_PARTS ||
	    (pa = part_of(p, m)) == NULL)
		return -1;
	while (m->offset - pa->low >= WINDOW && !stop)	/* window full */
		rd_kafka_poll(p->prod, 10);
	ref = (void *)(intptr_t)(((int64_t)m->partition << 48) | m->offset);
	while (rd_kafka_produce(p->out, RD_KAFKA_PARTITION_UA,
	    RD_KAFKA_MSG_F_COPY, m->payload, m->len, m->key, m->key_len,
	    ref) == -1) {
		if (rd_kafka_last_error() != RD_KAFKA_RESP_ERR__QUEUE_FULL)
			return -1;
		rd_kafka_poll(p->prod, 10);
	}
	p->consumed++;
	return 0;
}

/* Extra consumer properties from -C NAME=VALUE (applied last). */
static char *extra_conf[32];
static int n_extra;

static int
set_extra(rd_kafka_conf_t *conf)
{
	char *eq;
	int i, rc;

	for (i = 0; i < n_extra; i++) {
		if ((eq = strchr(extra_conf[i], '=')) == NULL) {
			fprintf(stderr, "passthrough: -C %s: no '='\n",
			    extra_conf[i]);
			return -1;
		}
		*eq = '\0';
		rc = set(conf, extra_conf[i], eq + 1);
		*eq = '=';
		if (rc == -1)
			return -1;
	}
	return 0;
}

static int
clients_new(struct pt *p, const char *brokers, const char *group,
    const char *out)
{
	rd_kafka_conf_t *cc = rd_kafka_conf_new(), *pc = rd_kafka_conf_new();
	char errstr[512];

	rd_kafka_conf_set_opaque(pc, p);
	rd_kafka_conf_set_dr_msg_cb(pc, dr_cb);
	if (set(cc, "bootstrap.servers", brokers) || set(cc, "group.id", group)
	    || set(cc, "auto.offset.reset", "earliest") ||
	    set(cc, "enable.auto.commit", "true") ||
	    set(cc, "enable.auto.offset.store", "false") ||
	    set(pc, "bootstrap.servers", brokers) ||
	    set(pc, "enable.idempotence", "true") || set(pc, "acks", "all") ||
	    set(pc, "linger.ms", "5") || set_extra(cc))
		return -1;
	if ((p->prod = rd_kafka_new(RD_KAFKA_PRODUCER, pc, errstr,
	    sizeof(errstr))) == NULL ||
	    (p->cons = rd_kafka_new(RD_KAFKA_CONSUMER, cc, errstr,
	    sizeof(errstr))) == NULL) {
		fprintf(stderr, "passthrough: %s\n", errstr);
		return -1;
	}
	rd_kafka_poll_set_consumer(p->cons);
	p->out = rd_kafka_topic_new(p->prod, out, NULL);
	return 0;
}

static int
subscribe(struct pt *p)
{
	rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
	rd_kafka_resp_err_t err;

	rd_kafka_topic_partition_list_add(l, p->in_topic,
	    RD_KAFKA_PARTITION_UA);
	err = rd_kafka_subscribe(p->cons, l);
	rd_kafka_topic_partition_list_destroy(l);
	if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
		return 0;
	fprintf(stderr, "passthrough: subscribe: %s\n", rd_kafka_err2str(err));
	return -1;
}

/* Consume and forward until stopped. */
static void
loop(struct pt *p)
{
	rd_kafka_message_t *m;

	while (!stop) {
		m = rd_kafka_consumer_poll(p->cons, 10);
		if (m != NULL) {
			if (!m->err && forward(p, m) == -1) {
				fprintf(stderr, "passthrough: produce: %s\n",
				    rd_kafka_err2str(rd_kafka_last_error()));
				stop = 1;
			}
			rd_kafka_message_destroy(m);
		}
		rd_kafka_poll(p->prod, 0);
	}
}

int
main(int argc, char **argv)
{
	const char *brokers = NULL, *out = NULL, *group = NULL;
	struct pt p;
	int ch, i;

	memset(&p, 0, sizeof(p));
	while ((ch = getopt(argc, argv, "b:t:o:g:C:")) != -1)
		switch (ch) {
		case 'b': brokers = optarg; break;
		case 't': p.in_topic = optarg; break;
		case 'o': out = optarg; break;
		case 'g': group = optarg; break;
		case 'C':
			if (n_extra == (int)(sizeof(extra_conf) /
			    sizeof(extra_conf[0])))
				goto usage;
			extra_conf[n_extra++] = optarg;
			break;
		default: goto usage;
		}
	if (!brokers || !p.in_topic || !out || !group || optind != argc)
		goto usage;
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	if (clients_new(&p, brokers, group, out) == -1 || subscribe(&p) == -1)
		return 1;
	loop(&p);
	rd_kafka_flush(p.prod, 10000);
	rd_kafka_commit(p.cons, NULL, 0);
	rd_kafka_consumer_close(p.cons);
	fprintf(stderr, "passthrough: consumed %ld delivered %ld\n",
	    p.consumed, p.delivered);
	rd_kafka_topic_destroy(p.out);
	rd_kafka_destroy(p.prod);
	rd_kafka_destroy(p.cons);
	for (i = 0; i < MAX_PARTS; i++)
		free(p.parts[i]);
	return 0;
usage:
	fprintf(stderr, "usage: passthrough -b BROKERS -t IN -o OUT -g GROUP "
	    "[-C NAME=VALUE]...\n");
	return 1;
}
