#include <stdlib.h>
#include <string.h>

#include "newsev/arena.h"

#define ARENA_BLOCK (64 * 1024)

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	_Alignas(max_align_t) unsigned char data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
}

/* n bytes, not zeroed. */
static void *
arena_raw(struct arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t al = _Alignof(max_align_t), off;
	size_t cap;

	if (n == 0)
		n = 1;
	off = b ? (b->used + al - 1) & ~(al - 1) : 0;
	if (b == NULL || off + n > b->cap) {
		cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		if ((b = malloc(sizeof(*b) + cap)) == NULL)
			return NULL;
		b->cap = cap;
		b->used = 0;
		b->next = a->head;
		a->head = b;
		off = 0;
	}
	b->used = off + n;
	return b->data + off;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	void *p = arena_raw(a, n);

	if (p != NULL)
		memset(p, 0, n ? n : 1);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p;

	if ((p = arena_raw(a, len + 1)) == NULL)
		return NULL;
	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
arena_clear(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}
