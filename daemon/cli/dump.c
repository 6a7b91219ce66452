/*
 * newsev dump: consume a topic and print every message as one JSON line:
 *
 *   {"topic":"newsev.events","partition":0,"offset":12,"timestamp":1718...,
 *    "key":"a-1","headers":{"content-type":"..."},
 *    "type":"newsev.v1.ArticleEvents","value":{...proto3 JSON...}}
 *
 * "type" and an object "value" appear when the message was decoded as a
 * newsev.v1 message (by its content-type header; without one, ArticleEvents
 * is tried). Anything else has "value" as a JSON string, or "valueBase64"
 * when it is not valid UTF-8. A null key or header value prints as null.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <librdkafka/rdkafka.h>

#include "newsev/cli.h"
#include "newsev/pbjson.h"
#include "newsev/text.h"
#include "newsev/v1/newsev.pb-c.h"

#define DUMP_MAX_X		32
#define DUMP_METADATA_MS	15000

struct dump_opts {
	const char *brokers;
	const char *topic;
	const char *group;
	int64_t offset;		/* RD_KAFKA_OFFSET_* or an absolute offset */
	int exit_at_end;
	int summary;
	long count;		/* stop after this many messages; 0 = never */
	const char *props[DUMP_MAX_X];
	int nprops;
};

struct dump_state {
	int *eof;		/* per partition: 1 when at its end */
	int npart;
	long seen;
	int failed;
};

static volatile sig_atomic_t dump_stop;

static void
dump_usage(FILE *f)
{
	fprintf(f,
	    "usage: newsev dump -b BROKERS -t TOPIC [-e] "
	    "[-o beginning|end|OFFSET|-N]\n"
	    "                   [-g GROUP] [-c COUNT] [--summary] "
	    "[-X prop=value]...\n"
	    "\n"
	    "Consume TOPIC and print each message as one JSON line:\n"
	    "  {\"topic\",\"partition\",\"offset\",\"timestamp\",\"key\","
	    "\"headers\":{name:value},\n"
	    "   \"type\":\"newsev.v1.ArticleEvents\",\"value\":{...}}\n"
	    "newsev.v1 ArticleEvents, Event and Article messages are decoded\n"
	    "(by the content-type header; without one ArticleEvents is tried)\n"
	    "into \"value\" with the proto3 JSON mapping. Other values print as\n"
	    "a JSON string, or as \"valueBase64\" when not valid UTF-8.\n"
	    "\n"
	    "  -b BROKERS     bootstrap servers\n"
	    "  -t TOPIC       topic to read (all partitions)\n"
	    "  -e             exit when every partition is at its end\n"
	    "  -o OFFSET      beginning (default), end, an offset, or -N (the\n"
	    "                 last N of each partition)\n"
	    "  -g GROUP       consume as a member of GROUP and commit offsets;\n"
	    "                 starts at the committed offsets, -o beginning|end\n"
	    "                 only apply without one; with -e, this must be the\n"
	    "                 group's only member (default: no group, all\n"
	    "                 partitions assigned directly, nothing committed)\n"
	    "  -c COUNT       exit after COUNT messages\n"
	    "  -s, --summary  after each ArticleEvents or Event line, one line\n"
	    "                 per event: SOURCE -CODE-> TARGET  DATE  \"TRIGGER\"\n"
	    "  -X prop=value  librdkafka property (security settings ...)\n"
	    "  -h, --help     this help\n"
	    "Exit codes: 0 ok, 1 runtime error, 2 usage error.\n");
}

static void
dump_on_signal(int sig)
{
	(void)sig;
	dump_stop = 1;
}

static int
dump_parse_offset(const char *s, int64_t *off)
{
	char *end;
	long long v;

	if (strcmp(s, "beginning") == 0) {
		*off = RD_KAFKA_OFFSET_BEGINNING;
		return 0;
	}
	if (strcmp(s, "end") == 0) {
		*off = RD_KAFKA_OFFSET_END;
		return 0;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *s == '\0' || *end != '\0')
		return -1;
	*off = v < 0 ? RD_KAFKA_OFFSET_TAIL(-v) : v;
	return 0;
}

static int
dump_parse_args(int argc, char **argv, struct dump_opts *o)
{
	static const struct option longopts[] = {
		{ "summary", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int c;

	memset(o, 0, sizeof(*o));
	o->offset = RD_KAFKA_OFFSET_BEGINNING;
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:t:eo:g:c:sX:h", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'b': o->brokers = optarg; break;
		case 't': o->topic = optarg; break;
		case 'e': o->exit_at_end = 1; break;
		case 'g': o->group = optarg; break;
		case 's': o->summary = 1; break;
		case 'o':
			if (dump_parse_offset(optarg, &o->offset) == -1)
				goto usage;
			break;
		case 'c':
			o->count = strtol(optarg, &end, 10);
			if (*end != '\0' || o->count <= 0)
				goto usage;
			break;
		case 'X':
			if (o->nprops == DUMP_MAX_X || !strchr(optarg, '='))
				goto usage;
			o->props[o->nprops++] = optarg;
			break;
		case 'h':
			dump_usage(stdout);
			return 1;
		default:
			goto usage;
		}
	}
	if (optind != argc || o->brokers == NULL || o->topic == NULL)
		goto usage;
	if (o->group != NULL && o->offset != RD_KAFKA_OFFSET_BEGINNING &&
	    o->offset != RD_KAFKA_OFFSET_END) {
		fprintf(stderr, "newsev dump: with -g, -o is beginning or end\n");
		goto usage;
	}
	return 0;
usage:
	dump_usage(stderr);
	return -1;
}

static int
dump_conf_set(rd_kafka_conf_t *conf, const char *k, const char *v)
{
	char errstr[512];

	if (rd_kafka_conf_set(conf, k, v, errstr, sizeof(errstr)) !=
	    RD_KAFKA_CONF_OK) {
		fprintf(stderr, "newsev dump: %s\n", errstr);
		return -1;
	}
	return 0;
}

static rd_kafka_t *
dump_consumer_new(const struct dump_opts *o)
{
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	char errstr[512], prop[512], *eq;
	rd_kafka_t *rk;
	int i;

	if (dump_conf_set(conf, "bootstrap.servers", o->brokers) == -1 ||
	    dump_conf_set(conf, "enable.partition.eof",
	    o->exit_at_end ? "true" : "false") == -1 ||
	    dump_conf_set(conf, "auto.offset.reset",
	    o->offset == RD_KAFKA_OFFSET_END ? "latest" : "earliest") == -1 ||
	    dump_conf_set(conf, "group.id", o->group != NULL ? o->group :
	    "newsev-dump") == -1 ||
	    /* Without -g the group is never joined: assign() only, no commit. */
	    (o->group == NULL &&
	    dump_conf_set(conf, "enable.auto.commit", "false") == -1))
		goto out_conf;
	for (i = 0; i < o->nprops; i++) {
		snprintf(prop, sizeof(prop), "%s", o->props[i]);
		eq = strchr(prop, '=');
		*eq = '\0';
		if (dump_conf_set(conf, prop, eq + 1) == -1)
			goto out_conf;
	}
	if ((rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr,
	    sizeof(errstr))) == NULL) {
		fprintf(stderr, "newsev dump: %s\n", errstr);
		goto out_conf;
	}
	rd_kafka_poll_set_consumer(rk);
	return rk;
out_conf:
	rd_kafka_conf_destroy(conf);
	return NULL;
}

/* Number of partitions of the topic, waiting for it to exist. -1 on error. */
static int
dump_partitions(rd_kafka_t *rk, const char *topic)
{
	const struct rd_kafka_metadata *md;
	rd_kafka_topic_t *rkt;
	rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
	struct timespec ts;
	int n = -1, waited;

	if ((rkt = rd_kafka_topic_new(rk, topic, NULL)) == NULL)
		return -1;
	for (waited = 0; n <= 0 && waited < DUMP_METADATA_MS && !dump_stop;
	    waited += 500) {
		err = rd_kafka_metadata(rk, 0, rkt, &md, 5000);
		if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
			if (md->topic_cnt == 1 && md->topics[0].err == 0)
				n = md->topics[0].partition_cnt;
			else if (md->topic_cnt == 1)
				err = md->topics[0].err;
			rd_kafka_metadata_destroy(md);
		}
		if (n <= 0) {
			ts.tv_sec = 0;
			ts.tv_nsec = 500 * 1000000L;
			nanosleep(&ts, NULL);	/* metadata retry backoff */
		}
	}
	rd_kafka_topic_destroy(rkt);
	if (n <= 0)
		fprintf(stderr, "newsev dump: topic %s: %s\n", topic,
		    err ? rd_kafka_err2str(err) : "no partitions");
	return n;
}

static int
dump_assign(rd_kafka_t *rk, const struct dump_opts *o, int npart)
{
	rd_kafka_topic_partition_list_t *l;
	rd_kafka_resp_err_t err;
	int i;

	l = rd_kafka_topic_partition_list_new(npart);
	if (o->group != NULL) {
		/* The group assigns; committed offsets or -o's reset apply. */
		rd_kafka_topic_partition_list_add(l, o->topic,
		    RD_KAFKA_PARTITION_UA);
		err = rd_kafka_subscribe(rk, l);
	} else {
		for (i = 0; i < npart; i++)
			rd_kafka_topic_partition_list_add(l, o->topic,
			    i)->offset = o->offset;
		err = rd_kafka_assign(rk, l);
	}
	rd_kafka_topic_partition_list_destroy(l);
	if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
		fprintf(stderr, "newsev dump: %s\n", rd_kafka_err2str(err));
		return -1;
	}
	return 0;
}

/* The newsev.v1 message a content-type names, or NULL. */
static const ProtobufCMessageDescriptor *
dump_type_of(const char *ct, size_t len)
{
	static const struct {
		const char *name;
		const ProtobufCMessageDescriptor *d;
	} types[] = {
		{ "messageType=newsev.v1.ArticleEvents",
		    &newsev__v1__article_events__descriptor },
		{ "messageType=newsev.v1.Event", &newsev__v1__event__descriptor },
		{ "messageType=newsev.v1.Article",
		    &newsev__v1__article__descriptor },
	};
	const char *p;
	size_t i, n;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		n = strlen(types[i].name);
		p = memmem(ct, len, types[i].name, n);
		if (p != NULL && (p + n == ct + len || p[n] == ';' ||
		    p[n] == ' '))
			return types[i].d;
	}
	if (len >= 22 && strncmp(ct, "application/x-protobuf", 22) == 0)
		return &newsev__v1__article_events__descriptor;
	return NULL;
}

/*
 * Decode the value of msg as a newsev.v1 message. Returns the unpacked
 * message (free with protobuf_c_message_free_unpacked) or NULL.
 */
static ProtobufCMessage *
dump_decode(const rd_kafka_message_t *msg, rd_kafka_headers_t *hdrs)
{
	const ProtobufCMessageDescriptor *d;
	ProtobufCMessage *m;
	const void *v = NULL;
	size_t vlen = 0;

	if (hdrs != NULL && rd_kafka_header_get_last(hdrs, "content-type", &v,
	    &vlen) == RD_KAFKA_RESP_ERR_NO_ERROR && v != NULL) {
		if ((d = dump_type_of(v, vlen)) == NULL)
			return NULL;
		return protobuf_c_message_unpack(d, NULL, msg->len,
		    msg->payload);
	}
	/* No content-type: an ArticleEvents always has its article id. */
	m = protobuf_c_message_unpack(&newsev__v1__article_events__descriptor,
	    NULL, msg->len, msg->payload);
	if (m != NULL && ((Newsev__V1__ArticleEvents *)m)->article_id[0] ==
	    '\0') {
		protobuf_c_message_free_unpacked(m, NULL);
		m = NULL;
	}
	return m;
}

/* ,"name":"value" when valid UTF-8 (null for NULL), else nameBase64. */
static void
dump_bytes(struct pbjson_buf *b, const char *name, const void *p,
    size_t len)
{
	char key[64];

	if (p != NULL && !text_utf8_valid(p, len)) {
		snprintf(key, sizeof(key), ",\"%sBase64\":", name);
		pbjson_buf_raw(b, key, strlen(key));
		pbjson_buf_base64(b, p, len);
		return;
	}
	snprintf(key, sizeof(key), ",\"%s\":", name);
	pbjson_buf_raw(b, key, strlen(key));
	if (p == NULL)
		pbjson_buf_raw(b, "null", 4);
	else
		pbjson_buf_string(b, p, len);
}

static void
dump_headers(struct pbjson_buf *b, rd_kafka_headers_t *hdrs)
{
	const char *name;
	const void *v;
	size_t i, vlen;

	pbjson_buf_raw(b, ",\"headers\":{", 12);
	for (i = 0; hdrs != NULL && rd_kafka_header_get_all(hdrs, i, &name, &v,
	    &vlen) == RD_KAFKA_RESP_ERR_NO_ERROR; i++) {
		if (i > 0)
			pbjson_buf_raw(b, ",", 1);
		pbjson_buf_string(b, name, strlen(name));
		pbjson_buf_raw(b, ":", 1);
		if (v == NULL)
			pbjson_buf_raw(b, "null", 4);
		else
			pbjson_buf_string(b, v, vlen);
	}
	pbjson_buf_raw(b, "}", 1);
}

/* The wrapper object of one message, value decoded into m when not NULL. */
static void
dump_format(struct pbjson_buf *b, const rd_kafka_message_t *msg,
    rd_kafka_headers_t *hdrs, const ProtobufCMessage *m)
{
	const char *topic = rd_kafka_topic_name(msg->rkt), *type;
	char num[160];

	pbjson_buf_raw(b, "{\"topic\":", 9);
	pbjson_buf_string(b, topic, strlen(topic));
	snprintf(num, sizeof(num), ",\"partition\":%d,\"offset\":%lld,"
	    "\"timestamp\":%lld", (int)msg->partition, (long long)msg->offset,
	    (long long)rd_kafka_message_timestamp(msg, NULL));
	pbjson_buf_raw(b, num, strlen(num));
	dump_bytes(b, "key", msg->key, msg->key_len);
	dump_headers(b, hdrs);
	if (m != NULL) {
		type = m->descriptor->name;
		pbjson_buf_raw(b, ",\"type\":", 8);
		pbjson_buf_string(b, type, strlen(type));
		pbjson_buf_raw(b, ",\"value\":", 9);
		pbjson_buf_message(b, m);
	} else {
		dump_bytes(b, "value", msg->payload, msg->len);
	}
	pbjson_buf_raw(b, "}", 1);
}

/* The short name of an actor: its CAMEO code, country or name. */
static const char *
dump_actor_key(const Newsev__V1__Actor *a)
{
	if (a == NULL)
		return "---";
	if (a->cameo[0] != '\0')
		return a->cameo;
	if (a->country[0] != '\0')
		return a->country;
	return a->name[0] != '\0' ? a->name : a->text;
}

/* One human line: RUS -042-> VNM  2024-06-20  "est arrivé" */
static void
dump_summary_event(const Newsev__V1__Event *e)
{
	const ProtobufCEnumValue *mode;
	char date[32];
	time_t t;
	struct tm tm;

	if (e->date != NULL && e->date->value[0] != '\0') {
		snprintf(date, sizeof(date), "%s", e->date->value);
	} else {
		t = (time_t)(e->published_at / 1000);
		gmtime_r(&t, &tm);
		strftime(date, sizeof(date), "%Y-%m-%d", &tm);
	}
	mode = e->mode > NEWSEV__V1__MODE__ASSERTED ?
	    protobuf_c_enum_descriptor_get_value(&newsev__v1__mode__descriptor,
	    e->mode) : NULL;
	printf("  %s -%s-> %s  %s  \"%s\"%s%s\n", dump_actor_key(e->source),
	    e->cameo_code, dump_actor_key(e->target), date,
	    e->trigger[0] != '\0' ? e->trigger : e->plover_type,
	    mode != NULL ? "  " : "", mode != NULL ? mode->name : "");
}

static void
dump_summary(const ProtobufCMessage *m)
{
	const Newsev__V1__ArticleEvents *ae;
	size_t i;

	if (m->descriptor == &newsev__v1__event__descriptor) {
		dump_summary_event((const Newsev__V1__Event *)m);
		return;
	}
	if (m->descriptor != &newsev__v1__article_events__descriptor)
		return;
	ae = (const Newsev__V1__ArticleEvents *)m;
	if (ae->n_events == 0)
		printf("  (no events)\n");
	for (i = 0; i < ae->n_events; i++)
		dump_summary_event(ae->events[i]);
}

/* Print one message. Returns 0 or -1 (out of memory, stdout failed). */
static int
dump_message(const struct dump_opts *o, const rd_kafka_message_t *msg)
{
	rd_kafka_headers_t *hdrs = NULL;
	ProtobufCMessage *m;
	struct pbjson_buf b;
	int rc = 0;

	if (rd_kafka_message_headers(msg, &hdrs) != RD_KAFKA_RESP_ERR_NO_ERROR)
		hdrs = NULL;
	m = dump_decode(msg, hdrs);
	pbjson_buf_init(&b);
	dump_format(&b, msg, hdrs, m);
	if (b.failed || puts(b.data) == EOF)
		rc = -1;
	if (rc == 0 && m != NULL && o->summary)
		dump_summary(m);
	pbjson_buf_free(&b);
	if (m != NULL)
		protobuf_c_message_free_unpacked(m, NULL);
	fflush(stdout);
	return rc;
}

/* 1 when every known partition is at its end. */
static int
dump_all_eof(const struct dump_state *st)
{
	int i;

	for (i = 0; i < st->npart; i++)
		if (!st->eof[i])
			return 0;
	return 1;
}

/* Handle one polled event. Returns 1 to stop, 0 to go on, -1 on error. */
static int
dump_event(const struct dump_opts *o, struct dump_state *st,
    rd_kafka_message_t *msg)
{
	int p = msg->partition;

	if (msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
		if (p >= 0 && p < st->npart)
			st->eof[p] = 1;
		return o->exit_at_end && dump_all_eof(st);
	}
	if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
		fprintf(stderr, "newsev dump: %s\n",
		    rd_kafka_message_errstr(msg));
		return msg->err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
		    msg->err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION ||
		    msg->err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ?
		    -1 : 0;
	}
	if (p >= 0 && p < st->npart)
		st->eof[p] = 0;
	if (dump_message(o, msg) == -1)
		return -1;
	st->seen++;
	return o->count > 0 && st->seen >= o->count;
}

static int
dump_loop(rd_kafka_t *rk, const struct dump_opts *o, struct dump_state *st)
{
	rd_kafka_message_t *msg;
	int r = 0;

	while (r == 0 && !dump_stop) {
		if ((msg = rd_kafka_consumer_poll(rk, 200)) == NULL)
			continue;
		r = dump_event(o, st, msg);
		rd_kafka_message_destroy(msg);
	}
	return r == -1 ? 1 : 0;
}

int
cli_dump(int argc, char **argv)
{
	struct dump_opts o;
	struct dump_state st = { 0 };
	struct sigaction sa;
	rd_kafka_t *rk;
	int rc = 1;

	switch (dump_parse_args(argc, argv, &o)) {
	case -1:
		return 2;
	case 1:
		return 0;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = dump_on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if ((rk = dump_consumer_new(&o)) == NULL)
		return 1;
	if ((st.npart = dump_partitions(rk, o.topic)) <= 0)
		goto out_rk;
	if ((st.eof = calloc((size_t)st.npart, sizeof(*st.eof))) == NULL)
		goto out_rk;
	if (dump_assign(rk, &o, st.npart) == -1)
		goto out_eof;
	rc = dump_loop(rk, &o, &st);
	rd_kafka_consumer_close(rk);
out_eof:
	free(st.eof);
out_rk:
	rd_kafka_destroy(rk);
	return rc;
}
