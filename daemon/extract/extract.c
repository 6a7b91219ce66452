#include <stdlib.h>
#include <string.h>

#include "newsev/arena.h"
#include "newsev/dict.h"
#include "newsev/extract.h"

#define EXTRACT_VERSION "0.0.1"

struct extract_priv {
	struct arena arena;
};

struct extract_result *
extract_run(const struct dict *d, const struct extract_input *in)
{
	struct extract_result *r;
	struct extract_priv *p;

	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((p = calloc(1, sizeof(*p))) == NULL) {
		free(r);
		return NULL;
	}
	arena_init(&p->arena);
	r->priv = p;
	if (in->lang != NULL && (strcmp(in->lang, "fr") == 0 ||
	    strcmp(in->lang, "en") == 0))
		memcpy(r->lang, in->lang, 3);
	else
		memcpy(r->lang, "und", 4);
	return r;
}

void
extract_result_free(struct extract_result *r)
{
	struct extract_priv *p;

	if (r == NULL)
		return;
	if ((p = r->priv) != NULL) {
		arena_clear(&p->arena);
		free(p);
	}
	free(r);
}

const char *
extract_version(void)
{
	return EXTRACT_VERSION;
}
