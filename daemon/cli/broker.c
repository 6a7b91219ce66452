/*
 * newsev broker: librdkafka's mock cluster in its own process, for tests,
 * `make run` and benchmarks. Prints the bootstrap servers as the first line
 * of stdout, then runs until SIGTERM or SIGINT. Lines on stdin control the
 * cluster (fault injection); each is answered by "ok" or "error: ..." on
 * stdout.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include "newsev/cli.h"

#define BROKER_MAX_TOPICS	64
#define BROKER_MAX_ERRS		64
#define BROKER_LINE_MAX		1024

struct broker_opts {
	int brokers;
	int partitions;
	const char *topics[BROKER_MAX_TOPICS];
	int ntopics;
};

static volatile sig_atomic_t broker_stop;

static void
broker_usage(FILE *f)
{
	fprintf(f,
	    "usage: newsev broker [--brokers N] [--partitions N] "
	    "[--topic NAME]...\n"
	    "\n"
	    "Run librdkafka's mock Kafka cluster on 127.0.0.1 until SIGTERM or\n"
	    "SIGINT. The first line of stdout is the bootstrap servers list.\n"
	    "Named topics are created with N partitions (default 1); other\n"
	    "topics are auto-created by the mock on first use, with 4\n"
	    "partitions (librdkafka's mock default).\n"
	    "\n"
	    "  -B, --brokers N      number of brokers, ids 1..N (default 1)\n"
	    "  -p, --partitions N   partitions of each --topic (default 1)\n"
	    "  -t, --topic NAME     create topic NAME (repeatable)\n"
	    "  -h, --help           this help\n"
	    "\n"
	    "Control lines on stdin, each answered \"ok\" or \"error: ...\":\n"
	    "  broker-down ID            take broker ID down (connections drop)\n"
	    "  broker-up ID              bring broker ID back\n"
	    "  rtt ID MS                 add MS ms round-trip time to broker ID\n"
	    "  leader TOPIC PART ID      move the leader of TOPIC/PART to ID\n"
	    "  topic TOPIC PARTS         create TOPIC with PARTS partitions\n"
	    "  errors APIKEY CNT ERR...  fail the next CNT requests of APIKEY\n"
	    "                            (0 Produce, 1 Fetch, 8 OffsetCommit ...)\n"
	    "                            with ERR, a code (-195) or a name\n"
	    "                            (_TRANSPORT, NOT_LEADER_FOR_PARTITION)\n"
	    "  clear-errors APIKEY       drop pending errors of APIKEY\n"
	    "End of stdin is not an error: the broker keeps running.\n");
}

static void
broker_on_signal(int sig)
{
	(void)sig;
	broker_stop = 1;
}

/* Parse a decimal int in [lo, hi]. Returns 0 or -1. */
static int
broker_parse_int(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v;

	if (s == NULL || *s == '\0')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* An error code from a number or an rd_kafka error name. Returns 0 or -1. */
static int
broker_parse_err(const char *s, rd_kafka_resp_err_t *err)
{
	const struct rd_kafka_err_desc *descs;
	size_t n, i;
	long v;

	if (broker_parse_int(s, INT_MIN, INT_MAX, &v) == 0) {
		*err = (rd_kafka_resp_err_t)v;
		return 0;
	}
	rd_kafka_get_err_descs(&descs, &n);
	for (i = 0; i < n; i++) {
		if (descs[i].name != NULL && strcmp(descs[i].name, s) == 0) {
			*err = descs[i].code;
			return 0;
		}
	}
	return -1;
}

static int
broker_parse_args(int argc, char **argv, struct broker_opts *o)
{
	static const struct option longopts[] = {
		{ "brokers", required_argument, NULL, 'B' },
		{ "partitions", required_argument, NULL, 'p' },
		{ "topic", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	long v;
	int c;

	o->brokers = 1;
	o->partitions = 1;
	o->ntopics = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "B:p:t:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'B':
			if (broker_parse_int(optarg, 1, 64, &v) == -1)
				goto usage;
			o->brokers = (int)v;
			break;
		case 'p':
			if (broker_parse_int(optarg, 1, 10000, &v) == -1)
				goto usage;
			o->partitions = (int)v;
			break;
		case 't':
			if (o->ntopics == BROKER_MAX_TOPICS || *optarg == '\0')
				goto usage;
			o->topics[o->ntopics++] = optarg;
			break;
		case 'h':
			broker_usage(stdout);
			return 1;
		default:
			goto usage;
		}
	}
	if (optind != argc)
		goto usage;
	return 0;
usage:
	broker_usage(stderr);
	return -1;
}

/* "errors APIKEY CNT ERR...": returns NULL or an error message. */
static const char *
broker_cmd_errors(rd_kafka_mock_cluster_t *mc, char **tok, int ntok)
{
	rd_kafka_resp_err_t errs[BROKER_MAX_ERRS];
	long apikey, cnt;
	int i;

	if (ntok < 4 || broker_parse_int(tok[1], 0, 32767, &apikey) == -1 ||
	    broker_parse_int(tok[2], 1, BROKER_MAX_ERRS, &cnt) == -1)
		return "usage: errors APIKEY CNT ERR...";
	if (ntok - 3 != 1 && ntok - 3 != cnt)
		return "give one ERR, or CNT of them";
	for (i = 0; i < cnt; i++) {
		if (broker_parse_err(tok[ntok - 3 == 1 ? 3 : 3 + i],
		    &errs[i]) == -1)
			return "unknown error code";
	}
	rd_kafka_mock_push_request_errors_array(mc, (int16_t)apikey,
	    (size_t)cnt, errs);
	return NULL;
}

/* Run one control command. Returns NULL on success or an error message. */
static const char *
broker_command(rd_kafka_mock_cluster_t *mc, char *line)
{
	char *tok[BROKER_MAX_ERRS + 4], *save = NULL, *t;
	rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
	long a = 0, b = 0;
	int n = 0;

	for (t = strtok_r(line, " \t\r\n", &save); t != NULL && n < (int)
	    (sizeof(tok) / sizeof(tok[0])); t = strtok_r(NULL, " \t\r\n", &save))
		tok[n++] = t;
	if (n == 0)
		return "empty command";
	if (strcmp(tok[0], "errors") == 0)
		return broker_cmd_errors(mc, tok, n);
	if (n == 2 && strcmp(tok[0], "broker-down") == 0 &&
	    broker_parse_int(tok[1], 1, INT32_MAX, &a) == 0)
		err = rd_kafka_mock_broker_set_down(mc, (int32_t)a);
	else if (n == 2 && strcmp(tok[0], "broker-up") == 0 &&
	    broker_parse_int(tok[1], 1, INT32_MAX, &a) == 0)
		err = rd_kafka_mock_broker_set_up(mc, (int32_t)a);
	else if (n == 3 && strcmp(tok[0], "rtt") == 0 &&
	    broker_parse_int(tok[1], 1, INT32_MAX, &a) == 0 &&
	    broker_parse_int(tok[2], 0, INT_MAX, &b) == 0)
		err = rd_kafka_mock_broker_set_rtt(mc, (int32_t)a, (int)b);
	else if (n == 4 && strcmp(tok[0], "leader") == 0 &&
	    broker_parse_int(tok[2], 0, INT32_MAX, &a) == 0 &&
	    broker_parse_int(tok[3], -1, INT32_MAX, &b) == 0)
		err = rd_kafka_mock_partition_set_leader(mc, tok[1],
		    (int32_t)a, (int32_t)b);
	else if (n == 3 && strcmp(tok[0], "topic") == 0 &&
	    broker_parse_int(tok[2], 1, 10000, &a) == 0)
		err = rd_kafka_mock_topic_create(mc, tok[1], (int)a, 1);
	else if (n == 2 && strcmp(tok[0], "clear-errors") == 0 &&
	    broker_parse_int(tok[1], 0, 32767, &a) == 0)
		rd_kafka_mock_clear_request_errors(mc, (int16_t)a);
	else
		return "unknown command or bad arguments (see --help)";
	return err == RD_KAFKA_RESP_ERR_NO_ERROR ? NULL : rd_kafka_err2str(err);
}

/*
 * Read what is available on stdin and run every complete line. Returns 0,
 * or -1 at end of input.
 */
static int
broker_read_stdin(rd_kafka_mock_cluster_t *mc, char *buf, size_t *fill)
{
	const char *msg;
	char *nl;
	ssize_t r;

	r = read(STDIN_FILENO, buf + *fill, BROKER_LINE_MAX - 1 - *fill);
	if (r < 0)
		return errno == EINTR || errno == EAGAIN ? 0 : -1;
	if (r == 0)
		return -1;
	*fill += (size_t)r;
	buf[*fill] = '\0';
	while ((nl = strchr(buf, '\n')) != NULL) {
		*nl = '\0';
		msg = broker_command(mc, buf);
		if (msg == NULL)
			printf("ok\n");
		else
			printf("error: %s\n", msg);
		fflush(stdout);
		*fill -= (size_t)(nl + 1 - buf);
		memmove(buf, nl + 1, *fill + 1);
	}
	if (*fill == BROKER_LINE_MAX - 1) {	/* a line too long: drop it */
		printf("error: line too long\n");
		fflush(stdout);
		*fill = 0;
	}
	return 0;
}

/*
 * Wait for signals and control lines. SIGTERM/SIGINT are blocked in every
 * thread (blocked before librdkafka started its threads) and unblocked only
 * inside this thread's ppoll(), so a signal always interrupts the wait and
 * can never slip between the flag test and it.
 */
static void
broker_serve(rd_kafka_mock_cluster_t *mc, const sigset_t *waitmask)
{
	char buf[BROKER_LINE_MAX];
	struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
	size_t fill = 0;
	int stdin_open = 1;

	while (!broker_stop) {
		pfd.fd = stdin_open ? STDIN_FILENO : -1;
		if (ppoll(&pfd, 1, NULL, waitmask) <= 0)
			continue;
		if (pfd.revents & (POLLIN | POLLHUP | POLLERR) &&
		    broker_read_stdin(mc, buf, &fill) == -1)
			stdin_open = 0;
	}
}

static rd_kafka_t *
broker_handle_new(void)
{
	char errstr[512];
	rd_kafka_conf_t *conf;
	rd_kafka_t *rk;

	conf = rd_kafka_conf_new();
	/* The handle only hosts the cluster; keep it from logging about it. */
	if (rd_kafka_conf_set(conf, "log_level", "3", errstr,
	    sizeof(errstr)) != RD_KAFKA_CONF_OK)
		goto out_conf;
	/* The mock reads requests up to this handle's limit (default 100 MB):
	 * raise it so tests can produce messages of 100 MiB and more. */
	if (rd_kafka_conf_set(conf, "receive.message.max.bytes", "1000000000",
	    errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK)
		goto out_conf;
	rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
	if (rk == NULL)
		goto out_conf;
	return rk;
out_conf:
	fprintf(stderr, "newsev broker: %s\n", errstr);
	rd_kafka_conf_destroy(conf);
	return NULL;
}

static int
broker_create_topics(rd_kafka_mock_cluster_t *mc, const struct broker_opts *o)
{
	rd_kafka_resp_err_t err;
	int i;

	for (i = 0; i < o->ntopics; i++) {
		err = rd_kafka_mock_topic_create(mc, o->topics[i],
		    o->partitions, o->brokers < 3 ? o->brokers : 3);
		if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
			fprintf(stderr, "newsev broker: topic %s: %s\n",
			    o->topics[i], rd_kafka_err2str(err));
			return -1;
		}
	}
	return 0;
}

int
cli_broker(int argc, char **argv)
{
	struct broker_opts o;
	struct sigaction sa;
	sigset_t block, waitmask;
	rd_kafka_mock_cluster_t *mc;
	rd_kafka_t *rk;
	int rc = 1;

	switch (broker_parse_args(argc, argv, &o)) {
	case -1:
		return 2;
	case 1:
		return 0;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = broker_on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, &waitmask);
	sigdelset(&waitmask, SIGTERM);
	sigdelset(&waitmask, SIGINT);
	if ((rk = broker_handle_new()) == NULL)
		return 1;
	if ((mc = rd_kafka_mock_cluster_new(rk, o.brokers)) == NULL) {
		fprintf(stderr, "newsev broker: cannot create mock cluster\n");
		goto out_rk;
	}
	if (broker_create_topics(mc, &o) == -1)
		goto out_cluster;
	printf("%s\n", rd_kafka_mock_cluster_bootstraps(mc));
	fflush(stdout);
	broker_serve(mc, &waitmask);
	rc = 0;
out_cluster:
	rd_kafka_mock_cluster_destroy(mc);
out_rk:
	rd_kafka_destroy(rk);
	return rc;
}
