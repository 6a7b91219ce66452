/*
 * fuzz_extract: libFuzzer target for the extraction engine on arbitrary
 * bytes, with the real dictionaries (<dir of the binary>/data, or
 * $NEWSEV_DATA_DIR). The first input byte picks the language hint (bits
 * 0-1: none, "fr", "en", "de") and the reference time (bits 2-7, including
 * year 0, year 9999, -1 and the int64 extremes a protobuf published_at or a
 * Kafka timestamp may carry); the rest is the article text.
 *
 * Raw bytes, valid or not, go through the passes that accept any bytes
 * (tokenizer, language id, time expressions, tone, gazetteer and pattern
 * lookups). Only valid UTF-8 reaches extract_run(), as in newsevd, whose
 * result must keep every span inside the text and every string non-NULL,
 * and must encode to an ArticleEvents (and one Event per event) that
 * protobuf-c unpacks again with the same counts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/article.h"
#include "newsev/dict.h"
#include "newsev/encode.h"
#include "newsev/extract.h"
#include "newsev/gazetteer.h"
#include "newsev/lang.h"
#include "newsev/paths.h"
#include "newsev/patterns.h"
#include "newsev/text.h"
#include "newsev/timex.h"
#include "newsev/tone.h"
#include "newsev/v1/newsev.pb-c.h"

#define MAX_TIMES 256

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct dict *dict;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char dir[4096], err[512];
	const char *env = getenv("NEWSEV_DATA_DIR");

	if (env != NULL)
		snprintf(dir, sizeof(dir), "%s", env);
	else if (paths_default_data_dir(dir, sizeof(dir)) == -1) {
		fprintf(stderr, "fuzz_extract: no data directory\n");
		exit(1);
	}
	if ((dict = dict_load(dir, err, sizeof(err))) == NULL) {
		fprintf(stderr, "fuzz_extract: %s\n", err);
		exit(1);
	}
	return 0;
}

static int64_t
ref_time(unsigned sel)
{
	switch (sel) {
	case 0:
		return -62167219200000LL;	/* 0000-01-01T00:00:00Z */
	case 1:
		return 253402300799999LL;	/* 9999-12-31T23:59:59.999Z */
	case 2:
		return -1;			/* Kafka's "no timestamp" */
	case 3:
		return 0;
	case 4:		/* a protobuf published_at or a Kafka timestamp */
		return INT64_MAX;
	case 5:
		return INT64_MIN;
	default:	/* 2024-06-20 and then every 47 days */
		return 1718870400000LL + (int64_t)(sel - 6) * 47 * 86400000LL;
	}
}

static void
fuzz_raw(const char *text, size_t len, const char *lang, int64_t ref)
{
	static struct timex_hit hits[MAX_TIMES];
	const struct gaz_entry *ge;
	struct text_doc doc;
	size_t i, n;
	int scope;

	text_doc_init(&doc);
	if (text_analyze(&doc, text, len) == -1)
		goto out_clear_doc;
	if (lang == NULL)
		lang = lang_identify(&doc);
	n = timex_find(dict->timex, &doc, lang, ref, hits, MAX_TIMES);
	for (i = 0; i < n && i < MAX_TIMES; i++)
		if (hits[i].span.start > hits[i].span.end ||
		    hits[i].span.end > len || hits[i].tok + hits[i].ntok >
		    doc.ntoks || memchr(hits[i].value, '\0', 32) == NULL)
			abort();
	(void)tone_score(dict->tone, &doc);
	for (i = 0; i < doc.ntoks; i++) {
		if (doc.toks[i].start > doc.toks[i].end ||
		    doc.toks[i].end > len)
			abort();
		if (gazetteer_match(dict->gaz, &doc, i, &ge) > doc.ntoks - i)
			abort();
		(void)patterns_lookup(dict->pat, doc.toks[i].hash,
		    text_tok_norm(&doc, i));
		(void)patterns_mode(dict->pat, lang, doc.toks[i].hash,
		    text_tok_norm(&doc, i), &scope);
	}
out_clear_doc:
	text_doc_clear(&doc);
}

static void
check_span(struct extract_span s, size_t len)
{
	if (s.start > s.end || s.end > len)
		abort();
}

static void
check_actor(const struct extract_actor *a, size_t len)
{
	if (a->text == NULL || a->name == NULL)
		abort();
	check_span(a->span, len);
}

static void
check_result(const struct extract_result *r, size_t len)
{
	size_t i, k;

	for (i = 0; i < r->n_events; i++) {
		const struct extract_event *e = &r->events[i];

		if (strlen(e->event_id) != 16 || e->plover_type == NULL ||
		    e->trigger == NULL || e->date.text == NULL ||
		    e->location.name == NULL)
			abort();
		check_actor(&e->source, len);
		check_actor(&e->target, len);
		check_span(e->evidence, len);
		for (k = 0; k < e->n_mention_spans; k++)
			check_span(e->mention_spans[k], len);
	}
	for (i = 0; i < r->n_entities; i++) {
		if (r->entities[i].text == NULL || r->entities[i].name == NULL)
			abort();
		for (k = 0; k < r->entities[i].n_mentions; k++)
			check_span(r->entities[i].mentions[k], len);
	}
	for (i = 0; i < r->n_quotes; i++) {
		if (r->quotes[i].text == NULL)
			abort();
		check_span(r->quotes[i].span, len);
		check_actor(&r->quotes[i].speaker, len);
	}
	for (i = 0; i < r->n_times; i++) {
		if (r->times[i].text == NULL)
			abort();
		check_span(r->times[i].span, len);
	}
}

/* Encode r as newsevd does and unpack it again. */
static void
check_encode(const struct extract_input *in, const struct extract_result *r)
{
	struct article a = { .id = (char *)in->id, .url = "", .title = "",
	    .text = (char *)in->text, .text_len = in->text_len, .lang = "",
	    .source = "", .published_ms = in->published_ms, .has_published = 1 };
	struct encode_source src = { "fuzz", 0, 1, in->published_ms };
	Newsev__V1__ArticleEvents *ae;
	Newsev__V1__Event *ev;
	uint8_t *buf;
	size_t len, i;

	if (encode_article_events(&a, r, &src, &buf, &len) == -1)
		abort();
	if ((ae = newsev__v1__article_events__unpack(NULL, len, buf)) == NULL ||
	    ae->n_events != r->n_events || ae->n_quotes != r->n_quotes)
		abort();
	newsev__v1__article_events__free_unpacked(ae, NULL);
	free(buf);
	for (i = 0; i < r->n_events; i++) {
		if (encode_event(&a, r, i, &src, &buf, &len) == -1 ||
		    (ev = newsev__v1__event__unpack(NULL, len, buf)) == NULL)
			abort();
		newsev__v1__event__free_unpacked(ev, NULL);
		free(buf);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = { NULL, "fr", "en", "de" };
	struct extract_input in;
	struct extract_result *r;
	const char *text = (const char *)data + 1;

	if (size == 0)
		return 0;
	memset(&in, 0, sizeof(in));
	in.id = "fuzz";
	in.text = text;
	in.text_len = size - 1;
	in.lang = langs[data[0] & 3];
	in.published_ms = ref_time(data[0] >> 2);
	fuzz_raw(text, in.text_len, in.lang, in.published_ms);
	if (!text_utf8_valid(text, in.text_len))
		return 0;
	if ((r = extract_run(dict, &in)) == NULL)
		abort();
	check_result(r, in.text_len);
	check_encode(&in, r);
	extract_result_free(r);
	return 0;
}
