#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/score.h"
#include "newsev/timex.h"
#include "testlib.h"

static struct dict *shared;

void
testlib_data_dir(char *buf, size_t len)
{
	const char *b = getenv("NEWSEV_BUILD");
	struct stat st;

	snprintf(buf, len, "%s/data", b ? b : "build");
	if (stat(buf, &st) != 0)
		snprintf(buf, len, "data");
}

struct timex_rules *
testlib_timex_load(void)
{
	char dir[4096], err[512];
	struct timex_rules *r;

	testlib_data_dir(dir, sizeof(dir) - 8);
	strcat(dir, "/timex");
	if ((r = timex_load(dir, err, sizeof(err))) == NULL)
		fprintf(stderr, "timex_load: %s\n", err);
	return r;
}

struct dict *
testlib_dict_load(void)
{
	char dir[4096], err[512];
	struct dict *d;

	testlib_data_dir(dir, sizeof(dir));
	if ((d = dict_load(dir, err, sizeof(err))) == NULL)
		fprintf(stderr, "dict_load: %s\n", err);
	return d;
}

int
testlib_setup(void **state)
{
	shared = testlib_dict_load();
	return shared == NULL ? -1 : 0;
}

int
testlib_teardown(void **state)
{
	dict_free(shared);
	shared = NULL;
	return 0;
}

const struct dict *
testlib_dict(void)
{
	return shared;
}

struct extract_result *
testlib_run(const char *id, const char *text, const char *lang)
{
	struct extract_input in = { .id = id, .text = text,
	    .text_len = strlen(text), .lang = lang,
	    .published_ms = TESTLIB_REF_MS };

	return extract_run(shared, &in);
}

const struct extract_event *
testlib_find(const struct extract_result *r, const char *s, const char *c,
    const char *t)
{
	for (size_t i = 0; i < r->n_events; i++) {
		const struct extract_event *e = &r->events[i];

		if (strcmp(score_actor_key(&e->source), s) == 0 &&
		    strcmp(score_actor_key(&e->target), t) == 0 &&
		    strncmp(e->cameo_code, c, strlen(c)) == 0)
			return e;
	}
	return NULL;
}

size_t
testlib_count_code(const struct extract_result *r, const char *c)
{
	size_t n = 0, len = strlen(c);

	for (size_t i = 0; i < r->n_events; i++)
		n += strncmp(r->events[i].cameo_code, c, len) == 0;
	return n;
}

void
testlib_print_events(const struct extract_result *r)
{
	for (size_t k = 0; k < r->n_events; k++)
		fprintf(stderr, "  got %s %s %s\n",
		    score_actor_key(&r->events[k].source),
		    r->events[k].cameo_code,
		    score_actor_key(&r->events[k].target));
}

int
testlib_expect(const char *id, const char *text, const char *lang,
    const char *s, const char *c, const char *t)
{
	struct extract_result *r = testlib_run(id, text, lang);
	int found;

	if (r == NULL)
		return -1;
	found = testlib_find(r, s, c, t) != NULL;
	if (!found) {
		fprintf(stderr, "no %s %s %s in: %s\n", s, c, t, text);
		testlib_print_events(r);
	}
	extract_result_free(r);
	return found;
}
