/*
 * dict: loads every dictionary of a data directory: gazetteer/ (helper
 * module gazetteer), events/ (patterns), timex/ (time words) and lexicon/
 * (tone). All or nothing: any error frees what was loaded.
 */
#include <stdio.h>
#include <stdlib.h>

#include "newsev/dict.h"
#include "newsev/gazetteer.h"
#include "newsev/patterns.h"
#include "newsev/timex.h"
#include "newsev/tone.h"

struct dict *
dict_load(const char *dir, char *err, size_t errlen)
{
	struct dict *d;
	char path[4096];

	if ((d = calloc(1, sizeof(*d))) == NULL) {
		snprintf(err, errlen, "%s: out of memory", dir);
		return NULL;
	}
	snprintf(path, sizeof(path), "%s/gazetteer", dir);
	if ((d->gaz = gazetteer_load(path, err, errlen)) == NULL)
		goto out_free;
	snprintf(path, sizeof(path), "%s/events", dir);
	if ((d->pat = patterns_load(path, err, errlen)) == NULL)
		goto out_free;
	snprintf(path, sizeof(path), "%s/timex", dir);
	if ((d->timex = timex_load(path, err, errlen)) == NULL)
		goto out_free;
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	if ((d->tone = tone_load(path, err, errlen)) == NULL)
		goto out_free;
	return d;
out_free:
	dict_free(d);
	return NULL;
}

void
dict_free(struct dict *d)
{
	if (d == NULL)
		return;
	gazetteer_free(d->gaz);
	patterns_free(d->pat);
	timex_free(d->timex);
	tone_free(d->tone);
	free(d);
}
