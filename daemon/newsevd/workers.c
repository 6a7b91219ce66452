/*
 * workers: per-thread FIFO queues (mutex + condition variable) and a shared
 * finished list whose empty -> non-empty transition writes the eventfd.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "newsev/log.h"
#include "newsev/workers.h"

struct wqueue {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct work *head, *tail;
	int stop;
	pthread_t th;
	struct workers *ws;
};

struct workers {
	int n;
	struct wqueue *q;
	void (*fn)(struct work *, void *);
	void *arg;
	pthread_mutex_t done_mu;
	struct work *done_head, *done_tail;
	int efd;
};

/* Append w to the finished list; wake the loop if the list was empty. */
static void
workers_finish(struct workers *ws, struct work *w)
{
	uint64_t one = 1;
	int was_empty;

	w->next = NULL;
	pthread_mutex_lock(&ws->done_mu);
	was_empty = ws->done_head == NULL;
	if (was_empty)
		ws->done_head = w;
	else
		ws->done_tail->next = w;
	ws->done_tail = w;
	pthread_mutex_unlock(&ws->done_mu);
	if (was_empty && write(ws->efd, &one, sizeof(one)) < 0 &&
	    errno != EAGAIN && log_ratelimit("eventfd"))
		log_error("eventfd write failed", "errno=%d", errno);
}

static void *
workers_main(void *arg)
{
	struct wqueue *q = arg;
	struct work *w;

	for (;;) {
		pthread_mutex_lock(&q->mu);
		while (q->head == NULL && !q->stop)
			pthread_cond_wait(&q->cv, &q->mu);
		if ((w = q->head) == NULL) {	/* stopping and drained */
			pthread_mutex_unlock(&q->mu);
			return NULL;
		}
		if ((q->head = w->next) == NULL)
			q->tail = NULL;
		pthread_mutex_unlock(&q->mu);
		q->ws->fn(w, q->ws->arg);
		workers_finish(q->ws, w);
	}
}

struct workers *
workers_new(int n, void (*fn)(struct work *, void *), void *arg)
{
	struct workers *ws;
	int i;

	if (n < 1 || (ws = calloc(1, sizeof(*ws))) == NULL)
		return NULL;
	ws->fn = fn;
	ws->arg = arg;
	pthread_mutex_init(&ws->done_mu, NULL);
	if ((ws->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) == -1)
		goto out_free_ws;
	if ((ws->q = calloc((size_t)n, sizeof(*ws->q))) == NULL)
		goto out_close_efd;
	for (i = 0; i < n; i++) {
		pthread_mutex_init(&ws->q[i].mu, NULL);
		pthread_cond_init(&ws->q[i].cv, NULL);
		ws->q[i].ws = ws;
		if (pthread_create(&ws->q[i].th, NULL, workers_main,
		    &ws->q[i]) != 0)
			break;
		ws->n++;
	}
	if (ws->n == n)
		return ws;
	workers_free(ws);	/* nothing was submitted: no leftovers */
	return NULL;
out_close_efd:
	close(ws->efd);
out_free_ws:
	free(ws);
	return NULL;
}

int
workers_submit(struct workers *ws, unsigned idx, struct work *w)
{
	struct wqueue *q = &ws->q[idx % (unsigned)ws->n];
	int rc = 0;

	w->next = NULL;
	pthread_mutex_lock(&q->mu);
	if (q->stop) {
		rc = -1;
	} else {
		if (q->tail != NULL) {	/* non-empty: the worker is not waiting */
			q->tail->next = w;
		} else {
			q->head = w;
			pthread_cond_signal(&q->cv);
		}
		q->tail = w;
	}
	pthread_mutex_unlock(&q->mu);
	return rc;
}

int
workers_fd(const struct workers *ws)
{
	return ws->efd;
}

struct work *
workers_take_done(struct workers *ws)
{
	struct work *list;
	uint64_t cnt;

	/* read first: an item finished after the take re-arms the fd */
	if (read(ws->efd, &cnt, sizeof(cnt)) < 0 && errno != EAGAIN &&
	    log_ratelimit("eventfd"))
		log_error("eventfd read failed", "errno=%d", errno);
	pthread_mutex_lock(&ws->done_mu);
	list = ws->done_head;
	ws->done_head = ws->done_tail = NULL;
	pthread_mutex_unlock(&ws->done_mu);
	return list;
}

int
workers_count(const struct workers *ws)
{
	return ws->n;
}

struct work *
workers_free(struct workers *ws)
{
	struct work *left;
	int i;

	if (ws == NULL)
		return NULL;
	for (i = 0; i < ws->n; i++) {
		pthread_mutex_lock(&ws->q[i].mu);
		ws->q[i].stop = 1;
		pthread_cond_signal(&ws->q[i].cv);
		pthread_mutex_unlock(&ws->q[i].mu);
	}
	for (i = 0; i < ws->n; i++)
		pthread_join(ws->q[i].th, NULL);
	left = ws->done_head;
	free(ws->q);
	close(ws->efd);
	pthread_mutex_destroy(&ws->done_mu);
	free(ws);
	return left;
}
