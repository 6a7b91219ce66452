/*
 * lang: language identification by function-word counting.
 *
 * Each supported language has a short static list of frequent function
 * words (grammar, not a dictionary, so it lives here rather than in
 * data/). Spanish, German, Italian and Portuguese lists are counted too,
 * only to recognize "not French, not English": their text answers "und".
 * Words shared by two listed languages count for both.
 */
#include <pthread.h>
#include <string.h>

#include "newsev/lang.h"
#include "newsev/text.h"

enum { L_FR, L_EN, L_ES, L_DE, L_IT, L_PT, L_N };

#define MAX_WORDS 5000		/* words looked at */
#define MIN_HITS 3		/* function words needed for a verdict */
#define SET_SIZE 1024		/* power of two, > 2x the words below */

static const char *const lang_words[L_N] = {
	[L_FR] = "le la les l' des du de d' est une un que qu' qui dans "
	    "pour avec sur au aux ce cette ces pas ne n' sont ont ete elle "
	    "ils nous vous mais leur selon apres lors depuis avait etait "
	    "aussi tres sa ses s' c' il et",
	[L_EN] = "the of and to in is that for with was by it as at be are "
	    "from has have had an this which were said not but will would "
	    "its their they he she his been after who more",
	[L_ES] = "el los las del por con una es para como pero su sus al "
	    "lo mas este esta fue han sido muy tambien sobre hasta",
	[L_DE] = "der die das und ist nicht mit den von zu sich auf fur dem "
	    "ein eine im wird wurde auch nach bei sind hat werden dass uber",
	[L_IT] = "il di che non per della sono gli nel una del alla delle "
	    "anche dei ha questo come degli sul stato",
	[L_PT] = "o os do da nao em uma com para dos das no na ao pelo pela "
	    "foi sao mais tambem",
};

static struct {
	uint64_t hash;
	uint8_t langs;		/* bit per language, 0 = empty slot */
} set[SET_SIZE];
static pthread_once_t set_once = PTHREAD_ONCE_INIT;

static void
set_add(const char *w, size_t n, int lang)
{
	uint64_t h = text_hash(w, n);
	size_t i = (size_t)h & (SET_SIZE - 1);

	while (set[i].langs != 0 && set[i].hash != h)
		i = (i + 1) & (SET_SIZE - 1);
	set[i].hash = h;
	set[i].langs |= (uint8_t)(1u << lang);
}

static void
set_init(void)
{
	const char *p, *e;

	for (int l = 0; l < L_N; l++) {
		for (p = lang_words[l]; *p; p = e) {
			while (*p == ' ')
				p++;
			for (e = p; *e && *e != ' '; e++)
				;
			if (e > p)
				set_add(p, (size_t)(e - p), l);
		}
	}
}

static unsigned
set_langs(uint64_t h)
{
	size_t i = (size_t)h & (SET_SIZE - 1);

	while (set[i].langs != 0) {
		if (set[i].hash == h)
			return set[i].langs;
		i = (i + 1) & (SET_SIZE - 1);
	}
	return 0;
}

const char *
lang_identify(const struct text_doc *doc)
{
	unsigned hits[L_N] = {0}, m, words = 0;
	int best = 0, second;

	pthread_once(&set_once, set_init);
	for (size_t i = 0; i < doc->ntoks && words < MAX_WORDS; i++) {
		if (doc->toks[i].type != TOK_WORD)
			continue;
		words++;
		if ((m = set_langs(doc->toks[i].hash)) == 0)
			continue;
		for (int l = 0; l < L_N; l++)
			hits[l] += (m >> l) & 1;
	}
	for (int l = 1; l < L_N; l++)
		if (hits[l] > hits[best])
			best = l;
	second = best == 0 ? 1 : 0;
	for (int l = 0; l < L_N; l++)
		if (l != best && hits[l] > hits[second])
			second = l;
	if (hits[best] < MIN_HITS || hits[best] * 10 < words ||
	    hits[best] < 2 * hits[second])
		return "und";
	return best == L_FR ? "fr" : best == L_EN ? "en" : "und";
}
