/*
 * workers: per-thread FIFO queues (mutex + condition variable) and a shared
 * finished list whose empty -> non-empty transition writes the eventfd.
 *
 * Both directions are batched to keep wakeups (and, on a machine with as
 * many busy threads as cores, the preemptions they cause) far below one
 * per item. The loop stages items (workers_stage) and publishes them once
 * per drain (workers_flush): one lock and at most one signal per worker. A
 * worker takes its whole queue at once and publishes finished items when
 * WORKERS_BATCH have piled up, when the oldest has waited WORKERS_BATCH_US,
 * or before it goes idle; so a finished item waits at most about
 * WORKERS_BATCH_US plus the time of the one item being processed.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "newsev/log.h"
#include "newsev/workers.h"

#define WORKERS_BATCH		64	/* finished items per publication */
#define WORKERS_BATCH_US	5000	/* oldest finished item's wait, us */

/* A list of items with its length and the time its first one came. */
struct wlist {
	struct work *head, *tail;
	size_t n;
	uint64_t t0_us;
};

struct wqueue {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct work *head, *tail;	/* published, shared with the worker */
	struct wlist staged;		/* the loop's, not yet published */
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

static uint64_t
workers_now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

static void
wlist_add(struct wlist *l, struct work *w)
{
	w->next = NULL;
	if (l->head == NULL)
		l->head = w;
	else
		l->tail->next = w;
	l->tail = w;
	l->n++;
}

/* Move list l to the finished list; wake the loop if that was empty. */
static void
workers_publish(struct workers *ws, struct wlist *l)
{
	uint64_t one = 1;
	int was_empty;

	pthread_mutex_lock(&ws->done_mu);
	was_empty = ws->done_head == NULL;
	if (was_empty)
		ws->done_head = l->head;
	else
		ws->done_tail->next = l->head;
	ws->done_tail = l->tail;
	pthread_mutex_unlock(&ws->done_mu);
	l->head = l->tail = NULL;
	l->n = 0;
	if (was_empty && write(ws->efd, &one, sizeof(one)) < 0 &&
	    errno != EAGAIN && log_ratelimit("eventfd"))
		log_error("eventfd write failed", "errno=%d", errno);
}

/*
 * Wait for items of q and take them all. Publishes the finished ones in
 * done first when there is nothing to do. NULL: stopping and drained.
 */
static struct work *
workers_wait(struct wqueue *q, struct wlist *done)
{
	struct work *run;

	pthread_mutex_lock(&q->mu);
	if (q->head == NULL && done->n > 0) {	/* going idle: publish */
		pthread_mutex_unlock(&q->mu);
		workers_publish(q->ws, done);
		pthread_mutex_lock(&q->mu);
	}
	while (q->head == NULL && !q->stop)
		pthread_cond_wait(&q->cv, &q->mu);
	run = q->head;
	q->head = q->tail = NULL;
	pthread_mutex_unlock(&q->mu);
	return run;
}

static void *
workers_main(void *arg)
{
	struct wqueue *q = arg;
	struct wlist done = { NULL, NULL, 0, 0 };
	struct work *run = NULL, *w;
	uint64_t now;

	for (;;) {
		if (run == NULL && (run = workers_wait(q, &done)) == NULL)
			return NULL;
		w = run;
		run = w->next;
		q->ws->fn(w, q->ws->arg);
		now = workers_now_us();
		if (done.n == 0)
			done.t0_us = now;
		wlist_add(&done, w);
		if (done.n >= WORKERS_BATCH ||
		    now - done.t0_us >= WORKERS_BATCH_US)
			workers_publish(q->ws, &done);
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

void
workers_stage(struct workers *ws, unsigned idx, struct work *w)
{
	wlist_add(&ws->q[idx % (unsigned)ws->n].staged, w);
}

/* Publish q's staged items. Returns 0, or -1 (items dropped) if stopping. */
static int
workers_flush_one(struct wqueue *q)
{
	int rc = 0;

	if (q->staged.head == NULL)
		return 0;
	pthread_mutex_lock(&q->mu);
	if (q->stop) {
		rc = -1;
	} else {
		if (q->tail != NULL) {	/* non-empty: the worker is not waiting */
			q->tail->next = q->staged.head;
		} else {
			q->head = q->staged.head;
			pthread_cond_signal(&q->cv);
		}
		q->tail = q->staged.tail;
	}
	pthread_mutex_unlock(&q->mu);
	q->staged.head = q->staged.tail = NULL;
	q->staged.n = 0;
	return rc;
}

int
workers_flush(struct workers *ws)
{
	int i, rc = 0;

	for (i = 0; i < ws->n; i++)
		if (workers_flush_one(&ws->q[i]) == -1)
			rc = -1;
	return rc;
}

int
workers_submit(struct workers *ws, unsigned idx, struct work *w)
{
	workers_stage(ws, idx, w);
	return workers_flush_one(&ws->q[idx % (unsigned)ws->n]);
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
	workers_flush(ws);	/* staged items are processed too */
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
