/*
 * tone: lexicon-based article tone, GDELT-like: (positive - negative words)
 * / words * 100. Lexicons are data/lexicon/tone-LANG.txt.
 */
#ifndef NEWSEV_TONE_H
#define NEWSEV_TONE_H

#include <stddef.h>

struct lexicon;
struct text_doc;

/*
 * Load every tone-*.txt under dir ("word<TAB>score" lines, score +1 or -1,
 * may be fractional). The caller frees with tone_free(). Returns NULL and
 * writes "file:line: reason" into err on error.
 */
struct lexicon *tone_load(const char *dir, char *err, size_t errlen);

/* Free a lexicon. NULL is accepted. */
void tone_free(struct lexicon *l);

/* Tone of doc in [-100, 100]; 0 for an empty doc or NULL lexicon. */
double tone_score(const struct lexicon *l, const struct text_doc *doc);

#endif
