/*
 * actors: actor and place mentions of a document (countries, demonyms
 * attached to roles, capitals and seats as metonymy, organizations, known
 * and unknown persons) with light coreference, and the entity list.
 */
#ifndef NEWSEV_ACTORS_H
#define NEWSEV_ACTORS_H

#include <stddef.h>
#include <stdint.h>

struct xctx;
struct xmention;
struct extract_actor;
struct extract_result;

/* Fill x->m and x->tok_m from x->doc. Returns 0, or -1 out of memory. */
int actors_find(struct xctx *x);

/* The mention m finally refers to (following coreference links). */
const struct xmention *actors_resolve(const struct xctx *x,
    const struct xmention *m);

/*
 * Key of an actor for event identity: its country when national, else its
 * CAMEO code; "" when it has neither.
 */
const char *actors_key(const struct xmention *m);

/*
 * Fill *a from mention m (text = the words of m, the rest from what m
 * resolves to). Strings are copied into x->ar. Returns 0 or -1.
 */
int actors_fill(struct xctx *x, const struct xmention *m,
    struct extract_actor *a);

/* Index of the last person mention before token tok, or -1. */
int actors_last_person(const struct xctx *x, uint32_t tok);

/* Mention index covering token tok, or -1. */
int actors_at(const struct xctx *x, uint32_t tok);

/* Group mentions into r->entities. Returns 0, or -1 out of memory. */
int actors_entities(struct xctx *x, struct extract_result *r);

#endif
