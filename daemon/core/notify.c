/*
 * notify: sd_notify messages and a loop-driven watchdog ping.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>
#include <systemd/sd-daemon.h>

#include "newsev/notify.h"

struct notify_watchdog {
	struct event *timer;
	void (*tick)(void *arg);
	void *arg;
};

/* Map sd_notify's >0 sent / 0 no socket / <0 error to 0 / 0 / -1. */
static int
notify_send(const char *msg)
{
	return sd_notify(0, msg) < 0 ? -1 : 0;
}

int
notify_ready(void)
{
	return notify_send("READY=1");
}

int
notify_status(const char *fmt, ...)
{
	char line[512], msg[sizeof(line) + 8];
	va_list ap;
	char *p;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	for (p = line; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	snprintf(msg, sizeof(msg), "STATUS=%s", line);
	return notify_send(msg);
}

int
notify_stopping(void)
{
	return notify_send("STOPPING=1");
}

int
notify_reloading(void)
{
	struct timespec ts;
	char msg[64];

	clock_gettime(CLOCK_MONOTONIC, &ts);
	snprintf(msg, sizeof(msg), "RELOADING=1\nMONOTONIC_USEC=%llu",
	    (unsigned long long)ts.tv_sec * 1000000ULL +
	    (unsigned long long)ts.tv_nsec / 1000ULL);
	return notify_send(msg);
}

uint64_t
notify_watchdog_usec(void)
{
	uint64_t usec = 0;

	if (sd_watchdog_enabled(0, &usec) <= 0)
		return 0;
	return usec;
}

int
notify_watchdog_ping(void)
{
	return notify_send("WATCHDOG=1");
}

static void
watchdog_cb(evutil_socket_t fd, short what, void *arg)
{
	struct notify_watchdog *wd = arg;

	notify_watchdog_ping();
	if (wd->tick != NULL)
		wd->tick(wd->arg);
}

struct notify_watchdog *
notify_watchdog_start(struct event_base *base)
{
	struct notify_watchdog *wd;
	uint64_t usec, half;
	struct timeval tv;

	if ((usec = notify_watchdog_usec()) == 0)
		return NULL;
	if ((wd = calloc(1, sizeof(*wd))) == NULL)
		return NULL;
	wd->timer = event_new(base, -1, EV_PERSIST, watchdog_cb, wd);
	if (wd->timer == NULL)
		goto out_free_wd;
	half = usec / 2;
	tv.tv_sec = (time_t)(half / 1000000);
	tv.tv_usec = (suseconds_t)(half % 1000000);
	if (event_add(wd->timer, &tv) == -1)
		goto out_free_timer;
	notify_watchdog_ping();
	return wd;
out_free_timer:
	event_free(wd->timer);
out_free_wd:
	free(wd);
	return NULL;
}

void
notify_watchdog_stop(struct notify_watchdog *wd)
{
	if (wd == NULL)
		return;
	event_free(wd->timer);
	free(wd);
}

void
notify_watchdog_set_tick(struct notify_watchdog *wd, void (*tick)(void *arg),
    void *arg)
{
	if (wd == NULL)
		return;
	wd->tick = tick;
	wd->arg = arg;
}

static void
wedge_cb(evutil_socket_t fd, short what, void *arg)
{
	for (;;)
		pause();
}

int
notify_wedge_after(struct event_base *base, long ms)
{
	struct timeval tv;

	if (ms < 0)
		return -1;
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	return event_base_once(base, -1, EV_TIMEOUT, wedge_cb, NULL, &tv);
}
