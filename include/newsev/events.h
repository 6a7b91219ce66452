/*
 * events: event coding of one document: triggers from the pattern
 * vocabulary, source and target from the clause, mode, date and place, and
 * one event per (source, code, target, date) with its mentions.
 */
#ifndef NEWSEV_EVENTS_H
#define NEWSEV_EVENTS_H

#include <stddef.h>

struct xctx;
struct extract_result;

/* Code x's document into r->events (arena-owned). Returns 0 or -1 (ENOMEM). */
int events_code(struct xctx *x, struct extract_result *r);

/*
 * Reporting verb at token i (a pattern flagged "say", or a verbal event of
 * roots 01 and 11-13). Returns 1 or 0.
 */
int events_is_speech(const struct xctx *x, size_t i);

#endif
