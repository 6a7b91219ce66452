/*
 * timex: temporal expressions in French and English ("mardi", "le 20 juin",
 * "en mars dernier", "un jour après", "last Friday"), resolved against a
 * reference time into TIMEX3 values.
 */
#ifndef NEWSEV_TIMEX_H
#define NEWSEV_TIMEX_H

#include <stddef.h>
#include <stdint.h>

#include "newsev/extract.h"

struct text_doc;
struct timex_rules;

struct timex_hit {
	uint32_t tok, ntok;		/* token range in the doc */
	struct extract_span span;	/* byte span in the text */
	char value[32];			/* TIMEX3 value: "2024-06-18", "P2D" */
	char type[12];			/* DATE, TIME, DURATION, SET */
	enum extract_gran gran;
	uint32_t sent;			/* sentence index */
	int32_t shift;			/* "un jour après", "two days before":
					 * days from the event of the phrase's
					 * complement to the value (1, -2), or 0 */
	char base[12];			/* "deux semaines après" valued at its
					 * unit (2024-W25): the main clause's
					 * day the shift counts from
					 * ("2024-06-19"), or "" */
	uint8_t bound;			/* "sa première visite depuis 2019", "the
					 * first time since March", "jusqu'à
					 * 2028": a limit, no act's date */
};

/*
 * Load the time vocabulary (month and day names, relative words) from the
 * files under dir (format in data/README.md). The caller frees the result with
 * timex_free(). Returns NULL and writes "file:line: reason" into err.
 */
struct timex_rules *timex_load(const char *dir, char *err, size_t errlen);

/* Free rules from timex_load(). NULL is accepted. */
void timex_free(struct timex_rules *r);

/* Reference times are clamped to 0000-01-01 .. 9999-12-31T23:59:59.999Z. */
#define TIMEX_REF_MIN	(-62167219200000LL)
#define TIMEX_REF_MAX	253402300799999LL

/*
 * Using rules r, find and resolve every temporal expression of doc (lang "fr" or "en";
 * others try both) against ref_ms (Unix ms UTC). Writes up to cap hits to out
 * in text order and returns how many were found (may exceed cap: only cap
 * written). Linear in the number of tokens.
 */
size_t timex_find(const struct timex_rules *r, const struct text_doc *doc, const char *lang,
    int64_t ref_ms, struct timex_hit *out, size_t cap);

#endif
