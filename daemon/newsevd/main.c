/*
 * newsevd: consume articles from Kafka, extract coded events, produce
 * newsev.v1 protobuf messages. Options and signals; the work is in
 * pipeline.c.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "newsev/config.h"
#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/http.h"
#include "newsev/log.h"
#include "newsev/metrics.h"
#include "newsev/notify.h"
#include "newsev/offsets.h"
#include "newsev/paths.h"
#include "newsev/pipeline.h"
#include "newsev/replay.h"

#define MAX_OVERRIDES 256

struct opts {
	const char *path;	/* NULL: the default path if it exists */
	char *x[MAX_OVERRIDES];
	size_t nx;
	int check;
	int offsets;
	struct replay_args replay;
};

/* What the signal handlers need. */
struct daemon_ctx {
	struct pipeline *p;
	const struct opts *o;
};

static void
usage(FILE *f)
{
	fprintf(f,
	    "usage: newsevd [-c PATH] [-X key=value]... [--check-config]\n"
	    "               [--offsets] [--version]\n"
	    "\n"
	    "  -c, --config PATH   properties file (default %s;\n"
	    "                      when the default is absent, -X keys only)\n"
	    "  -X key=value        set or override a key (repeatable)\n"
	    "      --check-config  validate the configuration and the\n"
	    "                      dictionaries, exit 0 or 2\n"
	    "      --offsets       print the group's committed offsets and\n"
	    "                      the input partitions' ends, then exit\n"
	    "      --replay        re-run --input-topic (default: input.topics)\n"
	    "                      into --output-topic T, then exit 0 with a\n"
	    "                      summary; --from/--to TIME|beginning|end|\n"
	    "                      P:OFFSET (repeatable), --group G (resume),\n"
	    "                      --force (allow the live output.topic)\n"
	    "  -V, --version       print the version and exit\n"
	    "  -h, --help          this help\n"
	    "\n"
	    "Signals: TERM/INT stop cleanly (drain, commit, exit 0); HUP\n"
	    "reloads the configuration and the dictionaries.\n",
	    CONFIG_DEFAULT_PATH);
}

/* Parse argv into o. Returns -1 to exit 0 (help/version), 2 on error. */
static int
parse_args(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "check-config", no_argument, NULL, 'C' },
		{ "offsets", no_argument, NULL, 'O' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ "replay", no_argument, NULL, 'R' },
		{ "force", no_argument, NULL, 'R' },
		{ "from", required_argument, NULL, 'R' },
		{ "to", required_argument, NULL, 'R' },
		{ "input-topic", required_argument, NULL, 'R' },
		{ "output-topic", required_argument, NULL, 'R' },
		{ "group", required_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 },
	};
	int ch, li = 0;

	while ((ch = getopt_long(argc, argv, "c:X:Vh", longopts, &li)) != -1) {
		switch (ch) {
		case 'R':
			if (replay_args_add(&o->replay, longopts[li].name,
			    optarg) == -1) {
				fprintf(stderr, "newsevd: too many --%s\n",
				    longopts[li].name);
				return 2;
			}
			break;
		case 'c': o->path = optarg; break;
		case 'C': o->check = 1; break;
		case 'O': o->offsets = 1; break;
		case 'X':
			if (o->nx == MAX_OVERRIDES) {
				fprintf(stderr, "newsevd: too many -X\n");
				return 2;
			}
			o->x[o->nx++] = optarg;
			break;
		case 'V':
			printf("newsevd %s (extractor %s)\n", NEWSEV_VERSION,
			    extract_version());
			return -1;
		case 'h': usage(stdout); return -1;
		default: usage(stderr); return 2;
		}
	}
	if (optind != argc) {
		usage(stderr);
		return 2;
	}
	if (!o->replay.enabled && (o->replay.output_topic != NULL ||
	    o->replay.input_topic != NULL || o->replay.group != NULL ||
	    o->replay.nfrom + o->replay.nto > 0 || o->replay.force)) {
		fprintf(stderr, "newsevd: replay options need --replay\n");
		return 2;
	}
	return 0;
}

static struct config *
load_config(const struct opts *o, char *err, size_t errlen)
{
	const char *path = o->path;

	if (path == NULL && access(CONFIG_DEFAULT_PATH, F_OK) == 0)
		path = CONFIG_DEFAULT_PATH;
	if (o->replay.enabled)
		return replay_config(&o->replay, path, o->x, o->nx, err,
		    errlen);
	return config_load(path, o->x, o->nx, err, errlen);
}

/* --check-config: kafka properties and dictionaries. Returns 0 or 2. */
static int
check_config(const struct config *c)
{
	char err[512];
	struct dict *d;

	if (config_check_kafka(c, err, sizeof(err)) == -1) {
		fprintf(stderr, "newsevd: %s\n", err);
		return 2;
	}
	if (c->extract_enabled) {
		if ((d = dict_load(c->data_dir, err, sizeof(err))) == NULL) {
			fprintf(stderr, "newsevd: data.dir %s: %s\n",
			    c->data_dir, err);
			return 2;
		}
		dict_free(d);
	}
	printf("newsevd: configuration ok (input.topics=%zu output.topic=%s "
	    "dlq.topic=%s workers=%d data.dir=%s)\n", c->n_input_topics,
	    c->output_topic, c->dlq_topic, c->workers, c->data_dir);
	return 0;
}

static void
on_signal(evutil_socket_t sig, short what, void *arg)
{
	struct daemon_ctx *ctx = arg;
	struct config *c;
	char err[512];
	int ready = pipeline_ready(ctx->p);

	if (sig != SIGHUP) {
		log_info("signal received, stopping", "signal=%d", (int)sig);
		notify_stopping();
		pipeline_shutdown(ctx->p, 0);
		return;
	}
	log_info("SIGHUP: reloading", NULL);
	if (ready)	/* before READY=1, a reload is part of the start-up */
		notify_reloading();
	if ((c = load_config(ctx->o, err, sizeof(err))) == NULL ||
	    config_check_kafka(c, err, sizeof(err)) == -1) {
		log_error("reload failed, keeping the running configuration",
		    "reason=\"%s\"", err);
		config_free(c);
		pipeline_reload_refused(ctx->p, err);
	} else
		pipeline_reload(ctx->p, c);	/* logs and records a refusal */
	pipeline_status(ctx->p);	/* sends READY=1 itself when due */
	if (ready)
		notify_ready();
}

static void
on_tick(void *arg)
{
	pipeline_status(arg);
}

/* Metrics, HTTP, watchdog and the wedge test hook around pipeline p. */
static int
observe(struct event_base *base, struct pipeline *p,
    struct newsev_metrics **nm, struct http_server **http,
    struct notify_watchdog **wd)
{
	const struct config *c = pipeline_config(p);
	struct http_handlers h = { pipeline_metrics_render, p };

	if ((*nm = newsev_metrics_new(NEWSEV_VERSION, extract_version())) == NULL)
		return -1;
	if (c->http_listen != NULL &&
	    (*http = http_start(base, c->http_listen, &h)) == NULL) {
		log_error("cannot serve HTTP", "listen=%s", c->http_listen);
		return -1;
	}
	pipeline_observe(p, *nm, *http);
	*wd = notify_watchdog_start(base);
	notify_watchdog_set_tick(*wd, on_tick, p);
	if (c->debug_wedge_after_ms > 0)
		notify_wedge_after(base, (long)c->debug_wedge_after_ms);
	return 0;
}

/*
 * Seconds the process may spend tearing down once the pipeline has stopped.
 * By then every acknowledged output is committed, so a teardown that hangs
 * (a librdkafka handle that will not destroy, seen twice under ASan in the
 * systemd tests) must not run into systemd's stop timeout and its SIGKILL.
 */
#define TEARDOWN_S 20

static volatile sig_atomic_t teardown_rc;

/* SIGALRM in teardown: say so on stderr, exit with the pipeline's code. */
static void
on_teardown_alarm(int sig)
{
	static const char msg[] = "level=error msg=\"teardown did not finish "
	    "in time, exiting\" bound_s=20\n";

	(void)sig;
	if (write(STDERR_FILENO, msg, sizeof(msg) - 1) < 0)
		_exit(teardown_rc);
	_exit(teardown_rc);
}

/* Bound the rest of the process's life to TEARDOWN_S seconds, exit rc. */
static void
teardown_bound(int rc)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_teardown_alarm;
	sigemptyset(&sa.sa_mask);
	teardown_rc = rc;
	if (sigaction(SIGALRM, &sa, NULL) == 0)
		alarm(TEARDOWN_S);
}

/* Run the pipeline until a signal or a failure stops it. */
static int
run(struct config *c, const struct opts *o)
{
	int sigs[] = { SIGTERM, SIGINT, SIGHUP };
	struct event *sev[3] = { NULL };
	struct daemon_ctx ctx = { NULL, o };
	struct newsev_metrics *nm = NULL;
	struct http_server *http = NULL;
	struct notify_watchdog *wd = NULL;
	struct event_base *base;
	char err[512];
	int rc = 1;
	size_t i;

	if ((base = event_base_new()) == NULL) {
		config_free(c);
		return 1;
	}
	if ((ctx.p = pipeline_new(base, c, err, sizeof(err))) == NULL) {
		log_error("cannot start", "reason=\"%s\"", err);
		goto out_free_base;
	}
	if (observe(base, ctx.p, &nm, &http, &wd) == -1)
		goto out_free_signals;
	if (replay_current() != NULL &&
	    replay_attach(replay_current(), base, ctx.p) == -1)
		goto out_free_signals;
	for (i = 0; i < 3; i++) {
		sev[i] = evsignal_new(base, sigs[i], on_signal, &ctx);
		if (sev[i] == NULL || event_add(sev[i], NULL) == -1)
			goto out_free_signals;
	}
	event_base_dispatch(base);
	rc = pipeline_exit_code(ctx.p);
	teardown_bound(rc);
	if (replay_current() != NULL)
		replay_summary(replay_current(), pipeline_stats(ctx.p),
		    stdout);
out_free_signals:
	for (i = 0; i < 3; i++)
		if (sev[i] != NULL)
			event_free(sev[i]);
	notify_watchdog_stop(wd);
	http_stop(http);
	pipeline_free(ctx.p);
	newsev_metrics_free(nm);
out_free_base:
	replay_free(replay_current());	/* its events are on base */
	event_base_free(base);
	return rc;
}

int
main(int argc, char **argv)
{
	struct opts o = { 0 };
	struct config *c;
	char err[512];
	int rc;

	if ((rc = parse_args(argc, argv, &o)) != 0)
		return rc == -1 ? 0 : rc;
	if ((c = load_config(&o, err, sizeof(err))) == NULL) {
		fprintf(stderr, "newsevd: %s\n", err);
		return 2;
	}
	log_set_level(c->log_level);
	if (o.check || o.offsets) {
		rc = o.check ? check_config(c) :
		    (offsets_show(c, stdout) == 0 ? 0 : 1);
		config_free(c);
		return rc;
	}
	if (o.replay.enabled &&
	    replay_new(&o.replay, c, stdout, err, sizeof(err)) == NULL) {
		fprintf(stderr, "newsevd: replay: %s\n", err);
		config_free(c);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	log_journal_detect();	/* under systemd: "<N>" priorities */
	return run(c, &o);
}
