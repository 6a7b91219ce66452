/*
 * Tests of the evhttp endpoint: a server on an ephemeral loopback port and
 * raw-socket clients in the same event loop.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>

#include "newsev/http.h"
#include "newsev/metrics.h"

struct fixture {
	struct event_base *base;
	struct http_server *srv;
	struct newsev_metrics *nm;
	int port;
};

struct client {
	struct event_base *base;
	struct evbuffer *in;
	int closed;
	int timed_out;
};

struct response {
	int status;		/* 0: connection closed without an answer */
	char head[1024];
	char body[16384];
};

static char *
failing_render(void *arg, size_t *len)
{
	return NULL;
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct http_handlers h;

	f->base = event_base_new();
	f->nm = newsev_metrics_new("0.1.0", "ext-1");
	h.metrics = newsev_metrics_render_cb;
	h.arg = f->nm;
	f->srv = http_start(f->base, "127.0.0.1:0", &h);
	assert_non_null(f->srv);
	f->port = http_port(f->srv);
	assert_true(f->port > 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	http_stop(f->srv);
	newsev_metrics_free(f->nm);
	event_base_free(f->base);
	free(f);
	return 0;
}

static void
client_read(struct bufferevent *bev, void *arg)
{
	struct client *c = arg;

	evbuffer_add_buffer(c->in, bufferevent_get_input(bev));
}

static void
client_event(struct bufferevent *bev, short what, void *arg)
{
	struct client *c = arg;

	if (what & (BEV_EVENT_EOF | BEV_EVENT_ERROR)) {
		evbuffer_add_buffer(c->in, bufferevent_get_input(bev));
		c->closed = 1;
		event_base_loopbreak(c->base);
	}
}

static void
client_timeout(evutil_socket_t fd, short what, void *arg)
{
	struct client *c = arg;

	c->timed_out = 1;
	event_base_loopbreak(c->base);
}

static struct bufferevent *
client_connect(struct fixture *f, struct client *c)
{
	struct sockaddr_in sin;
	struct bufferevent *bev;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)f->port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bev = bufferevent_socket_new(f->base, -1, BEV_OPT_CLOSE_ON_FREE);
	assert_non_null(bev);
	bufferevent_setcb(bev, client_read, NULL, client_event, c);
	bufferevent_enable(bev, EV_READ);
	assert_int_equal(bufferevent_socket_connect(bev,
	    (struct sockaddr *)&sin, sizeof(sin)), 0);
	return bev;
}

/* Split what the server sent into status, head and body. */
static void
response_parse(struct evbuffer *in, struct response *r)
{
	size_t n = evbuffer_get_length(in);
	char *raw = malloc(n + 1), *sep;

	evbuffer_remove(in, raw, n);
	raw[n] = '\0';
	memset(r, 0, sizeof(*r));
	if (sscanf(raw, "HTTP/1.%*d %d", &r->status) != 1)
		r->status = 0;
	if ((sep = strstr(raw, "\r\n\r\n")) != NULL) {
		*sep = '\0';
		snprintf(r->head, sizeof(r->head), "%s", raw);
		snprintf(r->body, sizeof(r->body), "%s", sep + 4);
	}
	free(raw);
}

/*
 * Send raw bytes on a new connection and read until the server closes it,
 * within 5 s. Fails the test on a timeout: the loop must always answer.
 */
static void
fetch_raw(struct fixture *f, const char *req, size_t len, struct response *r)
{
	struct client c = { .base = f->base };
	struct timeval tv = { 5, 0 };
	struct bufferevent *bev;
	struct event *timer;

	c.in = evbuffer_new();
	bev = client_connect(f, &c);
	bufferevent_write(bev, req, len);
	timer = evtimer_new(f->base, client_timeout, &c);
	evtimer_add(timer, &tv);
	while (!c.closed && !c.timed_out)
		event_base_dispatch(f->base);
	assert_false(c.timed_out);
	response_parse(c.in, r);
	event_free(timer);
	bufferevent_free(bev);
	evbuffer_free(c.in);
}

static void
fetch(struct fixture *f, const char *method, const char *path,
    struct response *r)
{
	char req[512];
	int n;

	n = snprintf(req, sizeof(req), "%s %s HTTP/1.1\r\nHost: t\r\n"
	    "Connection: close\r\n\r\n", method, path);
	fetch_raw(f, req, (size_t)n, r);
}

static void
assert_healthy(struct fixture *f)
{
	struct response r;

	fetch(f, "GET", "/healthz", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(r.body, "ok\n");
}

static void
test_http_healthz(void **state)
{
	assert_healthy(*state);
}

static void
test_http_readyz(void **state)
{
	struct fixture *f = *state;
	struct response r;

	fetch(f, "GET", "/readyz", &r);
	assert_int_equal(r.status, 503);
	assert_string_equal(r.body, "not ready\n");
	http_set_ready(f->srv, 1);
	fetch(f, "GET", "/readyz", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(r.body, "ready\n");
	http_set_ready(f->srv, 0);
	fetch(f, "GET", "/readyz", &r);
	assert_int_equal(r.status, 503);
}

static void
test_http_metrics(void **state)
{
	struct fixture *f = *state;
	struct response r;
	size_t len;
	char *want;

	metric_counter_add(f->nm->consumed, NULL, 42);
	metric_counter_add(f->nm->rejected, (const char *[]){"bad_json"}, 3);
	fetch(f, "GET", "/metrics?debug=1", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.head,
	    "Content-Type: text/plain; version=0.0.4; charset=utf-8"));
	want = metrics_render(f->nm->reg, &len);
	assert_string_equal(r.body, want);
	free(want);
	assert_non_null(strstr(r.body, "\nnewsev_articles_consumed_total 42\n"));
	assert_non_null(strstr(r.body,
	    "\nnewsev_articles_rejected_total{reason=\"bad_json\"} 3\n"));
}

static void
test_http_not_found_and_methods(void **state)
{
	struct fixture *f = *state;
	struct response r;

	fetch(f, "GET", "/", &r);
	assert_int_equal(r.status, 404);
	fetch(f, "GET", "/metricsx", &r);
	assert_int_equal(r.status, 404);
	fetch(f, "POST", "/metrics", &r);
	assert_int_equal(r.status, 405);
	assert_non_null(strstr(r.head, "Allow: GET, HEAD"));
	fetch(f, "DELETE", "/readyz", &r);
	assert_int_equal(r.status, 405);
	fetch(f, "PATCH", "/healthz", &r);
	assert_int_equal(r.status, 405);
	fetch(f, "OPTIONS", "/healthz", &r);
	assert_int_equal(r.status, 405);
	fetch(f, "HEAD", "/healthz", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.head, "Content-Length: 3"));
	assert_string_equal(r.body, "");
	assert_healthy(f);
}

static void
test_http_garbage(void **state)
{
	static const char junk[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03"
	    "\x03garbage \r\n\r\n";
	struct fixture *f = *state;
	struct response r;

	fetch_raw(f, junk, sizeof(junk) - 1, &r);
	assert_true(r.status == 0 || r.status == 400);
	fetch_raw(f, "GET\r\n\r\n", 7, &r);
	assert_true(r.status == 0 || r.status == 400);
	assert_healthy(f);
}

static void
test_http_oversized(void **state)
{
	struct fixture *f = *state;
	size_t n = 0, cap = 40000;
	char *req = malloc(cap);
	struct response r;

	n += (size_t)snprintf(req, cap, "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: ");
	memset(req + n, 'a', 20000);
	n += 20000;
	n += (size_t)snprintf(req + n, cap - n, "\r\nConnection: close\r\n\r\n");
	fetch_raw(f, req, n, &r);
	assert_int_not_equal(r.status, 200);
	n = (size_t)snprintf(req, cap, "GET /healthz HTTP/1.1\r\nHost: t\r\n"
	    "Content-Length: 100000\r\nConnection: close\r\n\r\n");
	memset(req + n, 'b', 5000);
	fetch_raw(f, req, n + 5000, &r);
	assert_int_not_equal(r.status, 200);
	free(req);
	assert_healthy(f);
}

/* A client that connects and says nothing must not block another. */
static void
test_http_idle_client(void **state)
{
	struct fixture *f = *state;
	struct client idle = { .base = f->base };
	struct bufferevent *bev;

	idle.in = evbuffer_new();
	bev = client_connect(f, &idle);
	bufferevent_write(bev, "GET /hea", 8);
	assert_healthy(f);
	assert_false(idle.closed);
	bufferevent_free(bev);
	evbuffer_free(idle.in);
}

static void
test_http_start_errors(void **state)
{
	struct fixture *f = *state;
	struct http_handlers h = { failing_render, NULL };
	struct http_server *s;
	struct response r;
	char addr[64];

	assert_null(http_start(f->base, "not an address", &h));
	assert_null(http_start(f->base, NULL, &h));
	snprintf(addr, sizeof(addr), "127.0.0.1:%d", f->port);
	assert_null(http_start(f->base, addr, &h));	/* port taken */
	http_stop(f->srv);
	f->srv = http_start(f->base, "127.0.0.1:0", &h);
	f->port = http_port(f->srv);
	fetch(f, "GET", "/metrics", &r);
	assert_int_equal(r.status, 500);
	http_stop(f->srv);
	f->srv = http_start(f->base, "127.0.0.1:0", NULL);
	f->port = http_port(f->srv);
	fetch(f, "GET", "/metrics", &r);
	assert_int_equal(r.status, 404);
	assert_healthy(f);
	s = http_start(f->base, "[::1]:0", NULL);
	if (s != NULL) {	/* only where the kernel has IPv6 loopback */
		assert_true(http_port(s) > 0);
		http_stop(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_http_healthz, setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_readyz, setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_metrics, setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_not_found_and_methods,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_garbage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_oversized, setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_idle_client, setup, teardown),
		cmocka_unit_test_setup_teardown(test_http_start_errors, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
