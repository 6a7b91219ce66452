/*
 * log: key=value lines to stderr or a sink, and a per-key rate limiter.
 * Under systemd, when stderr is the journal's stream, each line starts
 * with its syslog priority ("<3>" ... "<7>", sd-daemon(3)) so journald
 * records the level; the journal adds its own timestamp.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "newsev/log.h"

#define LOG_LINE_MAX	2048
#define LOG_RL_SLOTS	64
#define LOG_RL_KEYLEN	64
#define LOG_RL_WINDOW	10	/* seconds */

struct log_rl_slot {
	char key[LOG_RL_KEYLEN];
	time_t window;		/* start of the current window */
	unsigned count;		/* lines in the current window */
	unsigned long suppressed;
};

/* read by every thread, set by the loop on SIGHUP */
static atomic_int log_level_cur = LOGL_INFO;
static atomic_int log_prefix;		/* "<N>" syslog priority prefix */
static void (*log_sink)(enum log_level, const char *, void *);
static void *log_sink_arg;
static unsigned log_burst = 10;
static struct log_rl_slot log_rl[LOG_RL_SLOTS];
static pthread_mutex_t log_rl_mu = PTHREAD_MUTEX_INITIALIZER;

static const char *const log_names[] = { "debug", "info", "warn", "error" };

void
log_set_level(enum log_level lvl)
{
	atomic_store(&log_level_cur, (int)lvl);
}

enum log_level
log_get_level(void)
{
	return (enum log_level)atomic_load(&log_level_cur);
}

void
log_set_priority_prefix(int on)
{
	atomic_store(&log_prefix, on != 0);
}

int
log_journal_detect(void)
{
	const char *js = getenv("JOURNAL_STREAM");
	unsigned long long dev, ino;
	struct stat st;
	char end;

	if (js == NULL || sscanf(js, "%llu:%llu%c", &dev, &ino, &end) != 2 ||
	    fstat(STDERR_FILENO, &st) == -1 ||
	    (unsigned long long)st.st_dev != dev ||
	    (unsigned long long)st.st_ino != ino)
		return 0;
	log_set_priority_prefix(1);
	return 1;
}

int
log_level_parse(const char *s, enum log_level *out)
{
	size_t i;

	for (i = 0; i < sizeof(log_names) / sizeof(log_names[0]); i++) {
		if (strcmp(s, log_names[i]) == 0) {
			*out = (enum log_level)i;
			return 0;
		}
	}
	return -1;
}

const char *
log_level_name(enum log_level lvl)
{
	return (lvl >= LOGL_DEBUG && lvl <= LOGL_ERROR) ? log_names[lvl] : "?";
}

void
log_set_sink(void (*sink)(enum log_level, const char *, void *), void *arg)
{
	log_sink = sink;
	log_sink_arg = arg;
}

const char *
log_quote(const char *s, char *buf, size_t len)
{
	size_t o = 0;

	if (len < 3) {
		if (len > 0)
			buf[0] = '\0';
		return buf;
	}
	buf[o++] = '"';
	/* keep room for the closing quote and the NUL */
	for (; *s != '\0' && o + 2 < len; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			if (o + 3 >= len)
				break;
			buf[o++] = '\\';
		}
		buf[o++] = c < 0x20 ? ' ' : (char)c;
	}
	buf[o++] = '"';
	buf[o] = '\0';
	return buf;
}

/* Write one finished line (without newline) to the sink or stderr. */
static void
log_write(enum log_level lvl, char *line, size_t n)
{
	if (log_sink != NULL) {
		log_sink(lvl, line, log_sink_arg);
		return;
	}
	line[n] = '\n';
	if (write(STDERR_FILENO, line, n + 1) < 0) {
		/* nowhere left to report it */
	}
}

/* The syslog priority of lvl: error 3, warn 4, info 6, debug 7. */
static int
log_priority(enum log_level lvl)
{
	static const int prio[] = { 7, 6, 4, 3 };

	return lvl >= LOGL_DEBUG && lvl <= LOGL_ERROR ? prio[lvl] : 6;
}

/*
 * The head of a line into line (LOG_LINE_MAX): "ts=... level=... msg=...",
 * or "<N>level=... msg=..." for the journal. Returns snprintf's count.
 */
static int
log_head(char *line, enum log_level lvl, const char *msg)
{
	struct timespec ts;
	struct tm tm;
	char q[512];

	if (atomic_load(&log_prefix) && log_sink == NULL)
		return snprintf(line, LOG_LINE_MAX, "<%d>level=%s msg=%s",
		    log_priority(lvl), log_level_name(lvl),
		    log_quote(msg, q, sizeof(q)));
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	return snprintf(line, LOG_LINE_MAX,
	    "ts=%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ level=%s msg=%s",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000, log_level_name(lvl),
	    log_quote(msg, q, sizeof(q)));
}

void
log_kv(enum log_level lvl, const char *msg, const char *fmt, ...)
{
	char line[LOG_LINE_MAX + 1];
	va_list ap;
	int n;

	if ((int)lvl < atomic_load(&log_level_cur))
		return;
	if ((n = log_head(line, lvl, msg)) < 0)
		return;
	if (fmt != NULL && n < LOG_LINE_MAX - 1) {
		line[n++] = ' ';
		va_start(ap, fmt);
		vsnprintf(line + n, (size_t)(LOG_LINE_MAX - n), fmt, ap);
		va_end(ap);
	}
	log_write(lvl, line, strnlen(line, LOG_LINE_MAX));
}

/* The slot for key: an existing one, a free one, or the last (shared). */
static struct log_rl_slot *
log_rl_slot(const char *key)
{
	size_t i;

	for (i = 0; i < LOG_RL_SLOTS; i++) {
		if (log_rl[i].key[0] == '\0') {
			snprintf(log_rl[i].key, LOG_RL_KEYLEN, "%s", key);
			return &log_rl[i];
		}
		if (strncmp(log_rl[i].key, key, LOG_RL_KEYLEN - 1) == 0)
			return &log_rl[i];
	}
	return &log_rl[LOG_RL_SLOTS - 1];
}

int
log_ratelimit(const char *key)
{
	struct log_rl_slot *s;
	unsigned long suppressed = 0;
	char name[LOG_RL_KEYLEN];
	time_t now = time(NULL);
	int allow;

	pthread_mutex_lock(&log_rl_mu);
	s = log_rl_slot(key);
	if (now - s->window >= LOG_RL_WINDOW) {
		suppressed = s->suppressed;
		s->window = now;
		s->count = 0;
		s->suppressed = 0;
	}
	allow = s->count < log_burst;
	if (allow)
		s->count++;
	else
		s->suppressed++;
	snprintf(name, sizeof(name), "%s", s->key);
	pthread_mutex_unlock(&log_rl_mu);
	if (suppressed > 0)
		log_warn("suppressed log lines", "key=%s suppressed=%lu "
		    "window_s=%d", name, suppressed, LOG_RL_WINDOW);
	return allow;
}

void
log_set_rate_burst(unsigned burst)
{
	log_burst = burst;
}

void
log_ratelimit_reset(void)
{
	pthread_mutex_lock(&log_rl_mu);
	memset(log_rl, 0, sizeof(log_rl));
	pthread_mutex_unlock(&log_rl_mu);
}
