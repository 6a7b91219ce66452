/*
 * notify: the systemd service-manager protocol (sd_notify) and the
 * watchdog, for newsevd running as a Type=notify unit.
 *
 * Every call is a no-op returning 0 when NOTIFY_SOCKET is unset (run from a
 * shell, in tests without a listener), so callers never test for systemd.
 * The unit uses NotifyAccess=main: call these from the daemon's main
 * process (any thread of it is fine).
 *
 * Wiring in newsevd (see the README's operations section):
 *   after the group is joined and the producer is connected: notify_ready()
 *   on each state change / every few seconds:  notify_status("...")
 *   SIGHUP:  notify_reloading(); reload; notify_ready() (or notify_status
 *            with the reason when the new config is rejected, then ready)
 *   SIGTERM: notify_stopping() before draining
 *   after event_base_new(): wd = notify_watchdog_start(base), and
 *            notify_watchdog_set_tick(wd, refresh_status, d)
 *   test-only key debug.wedge_after_ms: notify_wedge_after(base, ms)
 */
#ifndef NEWSEV_NOTIFY_H
#define NEWSEV_NOTIFY_H

#include <stdint.h>

struct event_base;
struct notify_watchdog;

/* READY=1 (start-up done, or a reload finished). Returns 0, -1 on error. */
int notify_ready(void);

/*
 * STATUS=<one line>, printf-style. Newlines in the result are replaced by
 * spaces so the status stays one line. Returns 0, -1 on error.
 */
int notify_status(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* STOPPING=1, sent once when shutdown begins. Returns 0, -1 on error. */
int notify_stopping(void);

/*
 * RELOADING=1 with MONOTONIC_USEC=, sent when a SIGHUP reload begins;
 * follow it with notify_ready() when the reload is over, whether the new
 * configuration was taken or rejected. Returns 0, -1 on error.
 */
int notify_reloading(void);

/*
 * The watchdog interval the manager asked for (WatchdogSec= through
 * WATCHDOG_USEC and WATCHDOG_PID), in microseconds; 0 when disabled.
 */
uint64_t notify_watchdog_usec(void);

/* WATCHDOG=1: one keep-alive ping. Returns 0, -1 on error. */
int notify_watchdog_ping(void);

/*
 * Start pinging the watchdog from a persistent timer on base, every half
 * interval, and once right away. The ping comes from the loop itself, so
 * a wedged loop stops pinging and systemd kills the daemon. Returns NULL
 * when the watchdog is disabled (not an error: check notify_watchdog_usec()
 * first to tell) or on error. Free with notify_watchdog_stop() before
 * event_base_free().
 */
struct notify_watchdog *notify_watchdog_start(struct event_base *base);
void notify_watchdog_stop(struct notify_watchdog *wd);

/*
 * Call tick(arg) on the loop after each ping, e.g. to refresh STATUS= with
 * the rate and lag at no extra wakeup. NULL wd or tick is accepted.
 */
void notify_watchdog_set_tick(struct notify_watchdog *wd,
    void (*tick)(void *arg), void *arg);

/*
 * Test hook behind the hidden key debug.wedge_after_ms: after ms
 * milliseconds a one-shot timer blocks the loop thread for good (signals
 * are still delivered to libevent's handler but never run). Only SIGKILL
 * or the watchdog's SIGABRT end the process. Returns 0, -1 on error.
 */
int notify_wedge_after(struct event_base *base, long ms);

#endif
