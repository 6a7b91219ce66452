/*
 * quotes: direct quotations in « », “ ” and " " (possibly spanning
 * sentences) with their speaker and reporting verb.
 */
#ifndef NEWSEV_QUOTES_H
#define NEWSEV_QUOTES_H

struct xctx;
struct extract_result;

/*
 * Find x's quotes into r->quotes (arena-owned), and their marks and
 * speakers into x->quotes for events_code(). Returns 0 or -1 (ENOMEM).
 */
int quotes_find(struct xctx *x, struct extract_result *r);

#endif
