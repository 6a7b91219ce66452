/*
 * arena: a bump allocator owning every string and array of one extraction
 * result, freed in one call.
 */
#ifndef NEWSEV_ARENA_H
#define NEWSEV_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
};

/* Initialize an empty arena. */
void arena_init(struct arena *a);

/* n zeroed bytes aligned for any type, owned by a. Returns NULL on ENOMEM. */
void *arena_alloc(struct arena *a, size_t n);

/* Copy of s[0..len) plus a NUL, owned by a. Returns NULL on ENOMEM. */
char *arena_strndup(struct arena *a, const char *s, size_t len);

/* Free every allocation of a; a may be reused after arena_init(). */
void arena_clear(struct arena *a);

#endif
