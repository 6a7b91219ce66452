/*
 * tracker: a ring buffer of in-flight offsets per partition, in consumption
 * order; lookups by offset are binary searches since offsets increase.
 */
#include <stdlib.h>
#include <string.h>

#include "newsev/tracker.h"

#define TRACKER_UNKNOWN	UINT32_MAX	/* outputs not known yet */

struct tracker_ent {
	int64_t offset;
	uint32_t pending;	/* outputs not yet acknowledged */
};

struct tracker {
	struct tracker_ent *ring;
	size_t cap;		/* power of two */
	size_t head;		/* index of the oldest entry */
	size_t len;
	int64_t last;		/* last offset begun, -1 before any */
};

struct tracker *
tracker_new(void)
{
	struct tracker *t;

	if ((t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	t->cap = 64;
	if ((t->ring = calloc(t->cap, sizeof(*t->ring))) == NULL) {
		free(t);
		return NULL;
	}
	t->last = -1;
	return t;
}

void
tracker_free(struct tracker *t)
{
	if (t == NULL)
		return;
	free(t->ring);
	free(t);
}

static struct tracker_ent *
tracker_at(const struct tracker *t, size_t i)
{
	return &t->ring[(t->head + i) & (t->cap - 1)];
}

/* Double the ring, unrolling it so the head is at index 0. */
static int
tracker_grow(struct tracker *t)
{
	struct tracker_ent *r;
	size_t i;

	if ((r = calloc(t->cap * 2, sizeof(*r))) == NULL)
		return -1;
	for (i = 0; i < t->len; i++)
		r[i] = *tracker_at(t, i);
	free(t->ring);
	t->ring = r;
	t->cap *= 2;
	t->head = 0;
	return 0;
}

int
tracker_begin(struct tracker *t, int64_t offset)
{
	struct tracker_ent *e;

	if (offset <= t->last)
		return -1;
	if (t->len == t->cap && tracker_grow(t) == -1)
		return -1;
	e = tracker_at(t, t->len++);
	e->offset = offset;
	e->pending = TRACKER_UNKNOWN;
	t->last = offset;
	return 0;
}

/* The entry of offset, or NULL. */
static struct tracker_ent *
tracker_find(const struct tracker *t, int64_t offset)
{
	size_t lo = 0, hi = t->len, mid;
	struct tracker_ent *e;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		e = tracker_at(t, mid);
		if (e->offset == offset)
			return e;
		if (e->offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int
tracker_expect(struct tracker *t, int64_t offset, uint32_t n_outputs)
{
	struct tracker_ent *e = tracker_find(t, offset);

	if (e == NULL || e->pending != TRACKER_UNKNOWN ||
	    n_outputs == TRACKER_UNKNOWN)
		return -1;
	e->pending = n_outputs;
	return 0;
}

int
tracker_ack(struct tracker *t, int64_t offset)
{
	struct tracker_ent *e = tracker_find(t, offset);

	if (e == NULL || e->pending == 0 || e->pending == TRACKER_UNKNOWN)
		return -1;
	e->pending--;
	return 0;
}

int64_t
tracker_advance(struct tracker *t)
{
	int64_t store = -1;
	struct tracker_ent *e;

	while (t->len > 0) {
		e = tracker_at(t, 0);
		if (e->pending != 0)
			break;
		store = e->offset + 1;
		t->head = (t->head + 1) & (t->cap - 1);
		t->len--;
	}
	return store;
}

size_t
tracker_pending(const struct tracker *t)
{
	return t->len;
}

void
tracker_reset(struct tracker *t)
{
	t->head = 0;
	t->len = 0;
	t->last = -1;
}
