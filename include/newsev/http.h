/*
 * http: the observability endpoint of newsevd, on libevent's evhttp in the
 * daemon's own event loop. Off unless http.listen is set.
 *
 *   GET /metrics  200, text/plain; version=0.0.4 (the metrics callback)
 *   GET /healthz  200 "ok": answering at all proves the loop turns
 *   GET /readyz   503 "not ready" until http_set_ready(s, 1), then 200 "ready"
 *   other paths   404; other methods 405 with "Allow: GET, HEAD"
 * HEAD is answered like GET without a body. Requests are bounded (8 KiB of
 * headers, 1 KiB of body, 10 s timeout); a bad or oversized request only
 * closes its own connection.
 *
 * Wiring in newsevd, after event_base_new() and newsev_metrics_new():
 *   struct http_handlers h = { newsev_metrics_render_cb, nm };
 *   if (cfg http.listen set && (d->http = http_start(base, listen, &h)) == NULL)
 *           fatal: cannot listen;
 *   where READY=1 is sent: http_set_ready(d->http, 1) (NULL-safe)
 *   on shutdown, before event_base_free(): http_stop(d->http)
 */
#ifndef NEWSEV_HTTP_H
#define NEWSEV_HTTP_H

#include <stddef.h>

struct event_base;
struct http_server;

struct http_handlers {
	/*
	 * The body of GET /metrics, malloc'd; http frees it. NULL answers
	 * 500. May be NULL itself: /metrics is then 404.
	 */
	char *(*metrics)(void *arg, size_t *len);
	void *arg;
};

/*
 * Listen on "HOST:PORT" ("127.0.0.1:9464", "[::1]:9464"; port 0 picks a
 * free one, see http_port()) and serve in base. handlers is copied. Free
 * with http_stop(). Returns NULL when the address does not parse or the
 * bind fails (errno tells why).
 */
struct http_server *http_start(struct event_base *base, const char *listen,
    const struct http_handlers *handlers);

/* Close the listener and every connection. NULL is ignored. */
void http_stop(struct http_server *s);

/* Set what /readyz answers: nonzero 200, zero 503. NULL is ignored. */
void http_set_ready(struct http_server *s, int ready);

/* The bound TCP port, useful after listening on port 0. -1 on error. */
int http_port(const struct http_server *s);

#endif
