/*
 * tone: a hash of folded words to scores; one probe per word token.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/arena.h"
#include "newsev/text.h"
#include "newsev/tone.h"

struct lex_slot {
	uint64_t hash;
	const char *word;
	double score;
};

struct lexicon {
	struct arena arena;
	struct lex_slot *slots;
	size_t mask, n;
};

static int
lex_grow(struct lexicon *l)
{
	size_t cap = l->mask ? (l->mask + 1) * 2 : 4096, i, j;
	struct lex_slot *ns = calloc(cap, sizeof(*ns));

	if (ns == NULL)
		return -1;
	for (i = 0; l->slots && i <= l->mask; i++) {
		if (l->slots[i].word == NULL)
			continue;
		for (j = l->slots[i].hash & (cap - 1); ns[j].word;
		    j = (j + 1) & (cap - 1))
			;
		ns[j] = l->slots[i];
	}
	free(l->slots);
	l->slots = ns;
	l->mask = cap - 1;
	return 0;
}

static const struct lex_slot *
lex_find(const struct lexicon *l, uint64_t h, const char *w)
{
	for (size_t j = h & l->mask; l->slots[j].word; j = (j + 1) & l->mask)
		if (l->slots[j].hash == h && strcmp(l->slots[j].word, w) == 0)
			return &l->slots[j];
	return NULL;
}

static int
lex_put(struct lexicon *l, const char *w, double score)
{
	size_t len = strlen(w), j;
	uint64_t h = text_hash(w, len);

	if (lex_find(l, h, w) != NULL)
		return 0;
	if ((l->n + 1) * 2 > l->mask + 1 && lex_grow(l) == -1)
		return -1;
	for (j = h & l->mask; l->slots[j].word; j = (j + 1) & l->mask)
		;
	if ((l->slots[j].word = arena_strndup(&l->arena, w, len)) == NULL)
		return -1;
	l->slots[j].hash = h;
	l->slots[j].score = score;
	l->n++;
	return 0;
}

static int
lex_file(struct lexicon *l, const char *path, char *err, size_t errlen)
{
	char line[512], word[128], *tab, *end;
	size_t ln = 0;
	double sc;
	FILE *f;
	int rc = 0;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: cannot open", path);
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), f)) {
		ln++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if ((tab = strchr(line, '\t')) == NULL) {
			snprintf(err, errlen, "%s:%zu: want word<TAB>score",
			    path, ln);
			rc = -1;
			break;
		}
		*tab = '\0';
		sc = strtod(tab + 1, &end);
		if (*end != '\0' || sc < -5 || sc > 5) {
			snprintf(err, errlen, "%s:%zu: bad score", path, ln);
			rc = -1;
			break;
		}
		text_fold(line, strlen(line), word, sizeof(word));
		if (lex_put(l, word, sc) == -1) {
			snprintf(err, errlen, "%s:%zu: out of memory", path, ln);
			rc = -1;
		}
	}
	fclose(f);
	return rc;
}

struct lexicon *
tone_load(const char *dir, char *err, size_t errlen)
{
	static const char *const files[] = { "tone-fr.txt", "tone-en.txt" };
	struct lexicon *l;
	char path[4096];

	if ((l = calloc(1, sizeof(*l))) == NULL || lex_grow(l) == -1) {
		free(l);
		snprintf(err, errlen, "%s: out of memory", dir);
		return NULL;
	}
	arena_init(&l->arena);
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		if (lex_file(l, path, err, errlen) == -1) {
			tone_free(l);
			return NULL;
		}
	}
	return l;
}

void
tone_free(struct lexicon *l)
{
	if (l == NULL)
		return;
	arena_clear(&l->arena);
	free(l->slots);
	free(l);
}

double
tone_score(const struct lexicon *l, const struct text_doc *doc)
{
	double sum = 0;
	size_t words = 0;

	if (l == NULL)
		return 0;
	for (size_t i = 0; i < doc->ntoks; i++) {
		const struct lex_slot *s;

		if (doc->toks[i].type != TOK_WORD)
			continue;
		words++;
		s = lex_find(l, doc->toks[i].hash, text_tok_norm(doc, i));
		if (s != NULL)
			sum += s->score;
	}
	return words ? sum / (double)words * 100.0 : 0;
}
