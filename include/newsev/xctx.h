/*
 * xctx: the working state of one extract_run() shared by the engine's
 * passes (actors, events, quotes): the analyzed text, the actor and place
 * mentions found in it, and the time expressions. Internal to the engine.
 */
#ifndef NEWSEV_XCTX_H
#define NEWSEV_XCTX_H

#include <stddef.h>
#include <stdint.h>

#include "newsev/arena.h"
#include "newsev/extract.h"
#include "newsev/patterns.h"
#include "newsev/text.h"
#include "newsev/timex.h"

struct dict;
struct gaz_entry;

/* A span of tokens naming an actor, a place or both. */
struct xmention {
	uint32_t tok, ntok;	/* token range */
	uint32_t sent;
	struct extract_span span;
	enum extract_kind kind;
	char country[4];
	char role[8];
	char cameo[24];
	const char *name;	/* canonical name, owned by dict or arena */
	unsigned gflags;	/* GAZ_F_* of the role or person */
	uint8_t actor;		/* may be a source or target */
	uint8_t place;		/* names a place (city, country, region) */
	uint8_t locative;	/* after a locative preposition: place only */
	uint8_t role_only;	/* a role word with no country yet */
	uint8_t adj;		/* a bare demonym adjective: target only */
	int32_t ref;		/* mention this one refers to, or -1 */
	uint32_t amb_tok;	/* 1 + token of an ambiguous name ("congolais"), or 0 */
	const char *person;	/* inside actors_find() only: the office holder
				 * (gazetteer_head) an unnamed head role may
				 * mean; linked through ref when the article
				 * names that person before, then NULL */
	double lat, lon;
	int has_coords;
};

/* A direct quotation: its marks and the speaker quotes_find() gave it. */
struct xquote {
	uint32_t open, close;	/* token indexes of the quote marks */
	int32_t speaker;	/* mention index, or -1 */
};

struct xctx {
	const struct dict *d;
	const struct extract_input *in;
	const char *lang;		/* "fr", "en" or "und" */
	struct text_doc doc;
	struct arena *ar;		/* the result's arena */
	struct xmention *m;
	size_t nm, mcap;
	uint32_t *tok_m;		/* per token: mention index + 1, 0 = none */
	struct pat_info *tok_info;	/* per token: vocabulary facts */
	struct timex_hit *times;
	size_t ntimes;
	struct xquote *quotes;		/* in text order (arena), quotes_find() */
	size_t nquotes;
};

/* W_* classes of token i (0 past the end). */
static inline uint64_t
xctx_wclass(const struct xctx *x, size_t i)
{
	return i < x->doc.ntoks ? x->tok_info[i].wclass : 0;
}

#endif
