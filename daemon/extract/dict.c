#include <stdio.h>
#include <stdlib.h>

#include "newsev/dict.h"

struct dict *
dict_load(const char *dir, char *err, size_t errlen)
{
	struct dict *d;

	if ((d = calloc(1, sizeof(*d))) == NULL) {
		snprintf(err, errlen, "%s: out of memory", dir);
		return NULL;
	}
	return d;
}

void
dict_free(struct dict *d)
{
	if (d == NULL)
		return;
	free(d);
}
