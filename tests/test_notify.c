/*
 * Tests of the sd_notify wrapper and the loop-driven watchdog, against a
 * datagram socket bound by the test as NOTIFY_SOCKET.
 */
#include <errno.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <event2/event.h>

#include "newsev/notify.h"

struct fixture {
	int fd;
	char path[108];
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct sockaddr_un sun = { .sun_family = AF_UNIX };

	snprintf(f->path, sizeof(f->path), "/tmp/newsev-notify-%d.sock",
	    (int)getpid());
	unlink(f->path);
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", f->path);
	f->fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	assert_true(f->fd >= 0);
	assert_int_equal(bind(f->fd, (struct sockaddr *)&sun, sizeof(sun)), 0);
	setenv("NOTIFY_SOCKET", f->path, 1);
	unsetenv("WATCHDOG_USEC");
	unsetenv("WATCHDOG_PID");
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	close(f->fd);
	unlink(f->path);
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	free(f);
	return 0;
}

/* Next datagram within ms milliseconds into buf; returns its length, -1. */
static int
recv_msg(struct fixture *f, char *buf, size_t len, int ms)
{
	struct pollfd p = { .fd = f->fd, .events = POLLIN };
	ssize_t n;

	if (poll(&p, 1, ms) != 1)
		return -1;
	n = recv(f->fd, buf, len - 1, 0);
	if (n < 0)
		return -1;
	buf[n] = '\0';
	return (int)n;
}

static void
expect_msg(struct fixture *f, const char *want)
{
	char buf[1024];

	assert_true(recv_msg(f, buf, sizeof(buf), 2000) >= 0);
	assert_string_equal(buf, want);
}

static void
test_notify_messages(void **state)
{
	struct fixture *f = *state;
	char buf[1024];

	assert_int_equal(notify_ready(), 0);
	expect_msg(f, "READY=1");
	assert_int_equal(notify_status("3 partitions, %d msg/s\nlag %s", 42, "7"), 0);
	expect_msg(f, "STATUS=3 partitions, 42 msg/s lag 7");
	assert_int_equal(notify_stopping(), 0);
	expect_msg(f, "STOPPING=1");
	assert_int_equal(notify_watchdog_ping(), 0);
	expect_msg(f, "WATCHDOG=1");
	assert_int_equal(notify_reloading(), 0);
	assert_true(recv_msg(f, buf, sizeof(buf), 2000) > 0);
	assert_memory_equal(buf, "RELOADING=1\nMONOTONIC_USEC=", 27);
	assert_true(strtoull(buf + 27, NULL, 10) > 0);
}

static void
test_notify_without_socket(void **state)
{
	struct fixture *f = *state;
	char buf[64];

	unsetenv("NOTIFY_SOCKET");
	assert_int_equal(notify_ready(), 0);
	assert_int_equal(notify_status("x"), 0);
	assert_int_equal(recv_msg(f, buf, sizeof(buf), 100), -1);
	setenv("NOTIFY_SOCKET", "/nonexistent/dir/sock", 1);
	assert_int_equal(notify_ready(), -1);
}

static void
test_notify_watchdog_disabled(void **state)
{
	struct event_base *base = event_base_new();

	assert_true(notify_watchdog_usec() == 0);
	assert_null(notify_watchdog_start(base));
	setenv("WATCHDOG_USEC", "2000000", 1);
	setenv("WATCHDOG_PID", "1", 1);	/* meant for another process */
	assert_true(notify_watchdog_usec() == 0);
	unsetenv("WATCHDOG_PID");
	assert_true(notify_watchdog_usec() == 2000000);
	event_base_free(base);
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Count WATCHDOG=1 datagrams until none comes for idle_ms; *last gets
 * the time of the last one. Stops at max pings. */
static int
count_pings(struct fixture *f, int idle_ms, int max, double *gaps, double *last)
{
	char buf[256];
	double prev = 0, t;
	int n = 0;

	while (n < max && recv_msg(f, buf, sizeof(buf), idle_ms) >= 0) {
		assert_string_equal(buf, "WATCHDOG=1");
		t = now_s();
		if (n > 0 && gaps != NULL)
			gaps[n - 1] = t - prev;
		prev = t;
		n++;
	}
	if (last != NULL)
		*last = prev;
	return n;
}

/* The child runs a loop that pings every 100 ms, wedged after wedge_ms. */
static pid_t
spawn_loop(long wedge_ms)
{
	struct event_base *base;
	struct notify_watchdog *wd;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid > 0)
		return pid;
	setenv("WATCHDOG_USEC", "200000", 1);
	base = event_base_new();
	if ((wd = notify_watchdog_start(base)) == NULL)
		_exit(3);
	if (notify_wedge_after(base, wedge_ms) == -1)
		_exit(4);
	event_base_dispatch(base);
	_exit(5);
}

static void
test_notify_watchdog_rate_and_wedge(void **state)
{
	struct fixture *f = *state;
	double gaps[64], last, t0;
	char buf[64];
	int n, i, status;
	pid_t pid;

	pid = spawn_loop(1000);
	/* 1 s of a turning loop: the first ping at once, then one per 100 ms
	 * (bounds leave room for a loaded machine) */
	n = count_pings(f, 600, 64, gaps, &last);
	t0 = now_s();
	assert_in_range(n, 5, 13);
	for (i = 0; i < n - 1; i++)
		assert_true(gaps[i] > 0.03 && gaps[i] < 0.35);
	/* wedged: still no ping a further second on, the child still alive */
	assert_int_equal(recv_msg(f, buf, sizeof(buf), 1000), -1);
	assert_true(now_s() - last > 1.5);
	assert_true(now_s() - t0 >= 0.9);
	assert_int_equal(waitpid(pid, &status, WNOHANG), 0);
	/* SIGTERM has no libevent handler here; use KILL like systemd's
	 * watchdog fallback does after SIGABRT */
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
}

static void
count_tick(void *arg)
{
	int *n = arg;

	if (++*n == 3)
		notify_status("tick %d", *n);
}

/* The tick runs after each ping, on the loop; here the third one sends a
 * STATUS= line, which must come right after the third ping. */
static void
test_notify_watchdog_tick(void **state)
{
	struct fixture *f = *state;
	struct event_base *base = event_base_new();
	struct notify_watchdog *wd;
	struct timeval stop = { 0, 650000 };
	char buf[64];
	int ticks = 0;

	setenv("WATCHDOG_USEC", "200000", 1);
	wd = notify_watchdog_start(base);
	assert_non_null(wd);
	notify_watchdog_set_tick(wd, count_tick, &ticks);
	notify_watchdog_set_tick(NULL, count_tick, &ticks);
	event_base_loopexit(base, &stop);
	event_base_dispatch(base);
	assert_in_range(ticks, 3, 7);
	expect_msg(f, "WATCHDOG=1");	/* at start, before any tick */
	expect_msg(f, "WATCHDOG=1");
	expect_msg(f, "WATCHDOG=1");
	expect_msg(f, "WATCHDOG=1");
	expect_msg(f, "STATUS=tick 3");
	while (recv_msg(f, buf, sizeof(buf), 0) >= 0)
		assert_string_equal(buf, "WATCHDOG=1");
	notify_watchdog_stop(wd);
	event_base_free(base);
}

static void
test_notify_watchdog_stop(void **state)
{
	struct fixture *f = *state;
	struct event_base *base = event_base_new();
	struct notify_watchdog *wd;
	char buf[64];

	setenv("WATCHDOG_USEC", "100000", 1);
	wd = notify_watchdog_start(base);
	assert_non_null(wd);
	expect_msg(f, "WATCHDOG=1");	/* the ping at start */
	notify_watchdog_stop(wd);
	event_base_loop(base, EVLOOP_NONBLOCK);
	assert_int_equal(recv_msg(f, buf, sizeof(buf), 200), -1);
	assert_int_equal(notify_wedge_after(base, -1), -1);
	event_base_free(base);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_notify_messages, setup, teardown),
		cmocka_unit_test_setup_teardown(test_notify_without_socket,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notify_watchdog_disabled,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notify_watchdog_rate_and_wedge,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notify_watchdog_tick,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notify_watchdog_stop,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
