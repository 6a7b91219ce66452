/*
 * quotes: direct quotations in « », “ ” and " " (possibly spanning
 * sentences) with their speaker and reporting verb.
 */
#ifndef NEWSEV_QUOTES_H
#define NEWSEV_QUOTES_H

struct xctx;
struct extract_result;

/* Find x's quotes into r->quotes (arena-owned). Returns 0 or -1 (ENOMEM). */
int quotes_find(struct xctx *x, struct extract_result *r);

#endif
