/*
 * dict: every dictionary the engine uses (gazetteers, event patterns, time
 * words, tone lexicon), loaded together from a data directory. Immutable once
 * loaded, so one dict may be shared by threads; a reload builds a new one.
 */
#ifndef NEWSEV_DICT_H
#define NEWSEV_DICT_H

#include <stddef.h>

struct gazetteer;
struct event_patterns;
struct lexicon;
struct timex_rules;

struct dict {
	struct gazetteer *gaz;		/* countries, cities, orgs, roles, people */
	struct event_patterns *pat;	/* verb and noun patterns -> CAMEO */
	struct timex_rules *timex;	/* month/day names, relative time words */
	struct lexicon *tone;		/* tone lexicon, may be NULL */
};

/*
 * Load all dictionaries under dir (e.g. "data"). The caller frees the result
 * with dict_free(). Returns NULL and writes "file:line: reason" into err on
 * any error.
 */
struct dict *dict_load(const char *dir, char *err, size_t errlen);

/* Free a dict from dict_load(). NULL is accepted. */
void dict_free(struct dict *d);

#endif
