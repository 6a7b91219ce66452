/*
 * log: one line per event, "level=warn msg=\"...\" key=value ...", to stderr
 * (or a sink installed with log_set_sink). Thread-safe: each line is written
 * with a single write. Repeated lines can be rate-limited per key.
 */
#ifndef NEWSEV_LOG_H
#define NEWSEV_LOG_H

#include <stddef.h>

enum log_level {
	LOGL_DEBUG = 0,
	LOGL_INFO = 1,
	LOGL_WARN = 2,
	LOGL_ERROR = 3,
};

/* Lines below lvl are dropped. Default LOGL_INFO. */
void log_set_level(enum log_level lvl);
enum log_level log_get_level(void);

/*
 * Start each stderr line with its syslog priority, "<3>" (error) to "<7>"
 * (debug), and no ts= field: the journal's stream format (sd-daemon(3)).
 * Off by default; not applied to a sink.
 */
void log_set_priority_prefix(int on);

/*
 * Under systemd: when $JOURNAL_STREAM ("dev:inode") names stderr, turn
 * the priority prefix on. Call once at startup. Returns 1 when it did,
 * 0 when stderr is not the journal.
 */
int log_journal_detect(void);

/* Parse "debug", "info", "warn" or "error". Returns 0 or -1. */
int log_level_parse(const char *s, enum log_level *out);

/* The name of lvl: "debug" ... "error". */
const char *log_level_name(enum log_level lvl);

/*
 * Replace the output: sink gets each formatted line (no newline) with its
 * level. NULL restores stderr. Not thread-safe against concurrent logging:
 * call it at startup.
 */
void log_set_sink(void (*sink)(enum log_level, const char *line, void *arg),
    void *arg);

/*
 * Log msg at lvl with a context of key=value pairs formatted from fmt
 * (printf-style; NULL for none). Values holding spaces should be quoted
 * by the caller, or passed through log_quote().
 */
void log_kv(enum log_level lvl, const char *msg, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define log_debug(...) log_kv(LOGL_DEBUG, __VA_ARGS__)
#define log_info(...) log_kv(LOGL_INFO, __VA_ARGS__)
#define log_warn(...) log_kv(LOGL_WARN, __VA_ARGS__)
#define log_error(...) log_kv(LOGL_ERROR, __VA_ARGS__)

/*
 * Write s into buf as a double-quoted value with '"' and '\\' escaped and
 * control bytes replaced by ' ', truncated to fit. Returns buf.
 */
const char *log_quote(const char *s, char *buf, size_t len);

/*
 * Rate limiter: 1 when a line under key may be logged now, 0 when it must
 * be suppressed. At most log_rate_burst lines per key per 10 s window; when
 * a window with suppressed lines ends, the next call logs
 * "msg=\"suppressed log lines\" key=... suppressed=K". Thread-safe. Keys
 * are copied; at most 64 distinct keys are tracked (more share one slot).
 */
int log_ratelimit(const char *key);

/* Lines allowed per key per window (default 10); 0 suppresses all. */
void log_set_rate_burst(unsigned burst);

/* Drop all rate limiter state (tests). */
void log_ratelimit_reset(void);

#endif
