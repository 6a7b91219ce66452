/*
 * http: /metrics, /healthz and /readyz on evhttp.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>

#include "newsev/http.h"

#define HTTP_MAX_HEADERS	8192
#define HTTP_MAX_BODY		1024
#define HTTP_TIMEOUT_SEC	10
#define HTTP_ALL_METHODS	0x1ff	/* GET..PATCH: we answer 405 ourselves */

struct http_server {
	struct evhttp *http;
	struct evhttp_bound_socket *bound;
	struct http_handlers h;
	int ready;
};

/*
 * Send code with body; content_type NULL means text/plain. A HEAD request
 * gets the headers, with the Content-Length of the body, and no body.
 */
static void
http_reply(struct evhttp_request *req, int code, const char *reason,
    const char *content_type, const char *body, size_t len)
{
	struct evkeyvalq *oh = evhttp_request_get_output_headers(req);
	struct evbuffer *buf;
	char clen[24];

	evhttp_add_header(oh, "Content-Type", content_type != NULL ?
	    content_type : "text/plain; charset=utf-8");
	evhttp_add_header(oh, "Cache-Control", "no-store");
	if ((buf = evbuffer_new()) == NULL) {
		evhttp_send_error(req, HTTP_INTERNAL, NULL);
		return;
	}
	if (evhttp_request_get_command(req) == EVHTTP_REQ_HEAD) {
		snprintf(clen, sizeof(clen), "%zu", len);
		evhttp_add_header(oh, "Content-Length", clen);
	} else
		evbuffer_add(buf, body, len);
	evhttp_send_reply(req, code, reason, buf);
	evbuffer_free(buf);
}

static void
http_text(struct evhttp_request *req, int code, const char *reason,
    const char *body)
{
	http_reply(req, code, reason, NULL, body, strlen(body));
}

static void
serve_metrics(struct http_server *s, struct evhttp_request *req)
{
	size_t len = 0;
	char *body;

	if ((body = s->h.metrics(s->h.arg, &len)) == NULL) {
		http_text(req, HTTP_INTERNAL, "Internal Server Error",
		    "cannot render metrics\n");
		return;
	}
	http_reply(req, HTTP_OK, "OK", "text/plain; version=0.0.4; charset=utf-8",
	    body, len);
	free(body);
}

enum http_route { ROUTE_NONE, ROUTE_METRICS, ROUTE_HEALTHZ, ROUTE_READYZ };

/* Which endpoint a path names (the query is not part of path). */
static enum http_route
http_route(const struct http_server *s, const char *path)
{
	if (path == NULL)
		return ROUTE_NONE;
	if (strcmp(path, "/metrics") == 0)
		return s->h.metrics != NULL ? ROUTE_METRICS : ROUTE_NONE;
	if (strcmp(path, "/healthz") == 0)
		return ROUTE_HEALTHZ;
	if (strcmp(path, "/readyz") == 0)
		return ROUTE_READYZ;
	return ROUTE_NONE;
}

static void
request_cb(struct evhttp_request *req, void *arg)
{
	struct http_server *s = arg;
	const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(req);
	enum evhttp_cmd_type cmd = evhttp_request_get_command(req);
	enum http_route route;

	route = http_route(s, uri != NULL ? evhttp_uri_get_path(uri) : NULL);
	if (route == ROUTE_NONE) {
		http_text(req, HTTP_NOTFOUND, "Not Found", "not found\n");
		return;
	}
	if (cmd != EVHTTP_REQ_GET && cmd != EVHTTP_REQ_HEAD) {
		evhttp_add_header(evhttp_request_get_output_headers(req),
		    "Allow", "GET, HEAD");
		http_text(req, 405, "Method Not Allowed",
		    "method not allowed\n");
		return;
	}
	if (route == ROUTE_METRICS)
		serve_metrics(s, req);
	else if (route == ROUTE_HEALTHZ)
		http_text(req, HTTP_OK, "OK", "ok\n");
	else if (s->ready)
		http_text(req, HTTP_OK, "OK", "ready\n");
	else
		http_text(req, HTTP_SERVUNAVAIL, "Service Unavailable",
		    "not ready\n");
}

/*
 * Split "HOST:PORT" or "[V6]:PORT" into host and port strings. The port
 * is required (0 picks a free one); an empty host means every address.
 * Returns 0, -1 on a malformed address.
 */
static int
http_split(const char *listen, char *host, size_t hlen, char *port,
    size_t plen)
{
	const char *colon, *h = listen, *hend;
	char *end;
	long n;

	if (listen == NULL || (colon = strrchr(listen, ':')) == NULL)
		return -1;
	hend = colon;
	if (*listen == '[') {
		if (colon == listen || colon[-1] != ']')
			return -1;
		h = listen + 1;
		hend = colon - 1;
	}
	n = strtol(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || n < 0 || n > 65535 ||
	    (size_t)(hend - h) >= hlen)
		return -1;
	memcpy(host, h, (size_t)(hend - h));
	host[hend - h] = '\0';
	snprintf(port, plen, "%ld", n);
	return 0;
}

/* Open the listening socket of "HOST:PORT" on base. NULL on error. */
static struct evconnlistener *
http_listen(struct event_base *base, const char *listen)
{
	struct evutil_addrinfo hints, *ai = NULL;
	struct evconnlistener *lev;
	char host[256], port[8];

	if (http_split(listen, host, sizeof(host), port, sizeof(port)) == -1) {
		errno = EINVAL;
		return NULL;
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = EVUTIL_AI_PASSIVE | EVUTIL_AI_ADDRCONFIG;
	if (evutil_getaddrinfo(*host ? host : NULL, port, &hints, &ai) != 0) {
		errno = EINVAL;
		return NULL;
	}
	lev = evconnlistener_new_bind(base, NULL, NULL,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
	    -1, ai->ai_addr, (int)ai->ai_addrlen);
	evutil_freeaddrinfo(ai);
	return lev;
}

static void
http_limits(struct evhttp *http)
{
	evhttp_set_max_headers_size(http, HTTP_MAX_HEADERS);
	evhttp_set_max_body_size(http, HTTP_MAX_BODY);
	evhttp_set_timeout(http, HTTP_TIMEOUT_SEC);
	evhttp_set_allowed_methods(http, HTTP_ALL_METHODS);
}

struct http_server *
http_start(struct event_base *base, const char *listen,
    const struct http_handlers *handlers)
{
	struct http_server *s;
	struct evconnlistener *lev;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	if (handlers != NULL)
		s->h = *handlers;
	if ((s->http = evhttp_new(base)) == NULL)
		goto out_free_s;
	http_limits(s->http);
	evhttp_set_gencb(s->http, request_cb, s);
	if ((lev = http_listen(base, listen)) == NULL)
		goto out_free_http;
	if ((s->bound = evhttp_bind_listener(s->http, lev)) == NULL) {
		evconnlistener_free(lev);
		goto out_free_http;
	}
	return s;
out_free_http:
	evhttp_free(s->http);
out_free_s:
	free(s);
	return NULL;
}

void
http_stop(struct http_server *s)
{
	if (s == NULL)
		return;
	evhttp_free(s->http);
	free(s);
}

void
http_set_ready(struct http_server *s, int ready)
{
	if (s != NULL)
		s->ready = ready != 0;
}

int
http_port(const struct http_server *s)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	evutil_socket_t fd;

	if (s == NULL || (fd = evhttp_bound_socket_get_fd(s->bound)) < 0)
		return -1;
	if (getsockname(fd, (struct sockaddr *)&ss, &len) == -1)
		return -1;
	if (ss.ss_family == AF_INET)
		return ntohs(((struct sockaddr_in *)&ss)->sin_port);
	if (ss.ss_family == AF_INET6)
		return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
	return -1;
}
