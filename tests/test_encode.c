/*
 * Tests of the protobuf encoders: a hand-built extraction result packed,
 * unpacked with protobuf-c, and compared field by field; and the bytes
 * checked to be exactly those protobuf-c packs for the unpacked message
 * (encode.c writes the wire format itself).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/article.h"
#include "newsev/encode.h"
#include "newsev/extract.h"
#include "newsev/v1/newsev.pb-c.h"

static const char TEXT[] =
    "Vladimir Poutine est arriv\xc3\xa9 au Vietnam jeudi. "
    "\xc2\xab Nous sommes amis \xc2\xbb, a-t-il d\xc3\xa9" "clar\xc3\xa9.";

struct fixture {
	struct article a;
	struct extract_result r;
	struct extract_event ev[2];
	struct extract_entity en[1];
	struct extract_quote q[1];
	struct extract_time t[1];
	struct extract_span spans[3];
	struct encode_source src;
};

static void
fixture_actor(struct extract_actor *ac, const char *text, const char *name,
    const char *cc, const char *role, const char *cameo, uint32_t s,
    uint32_t e)
{
	ac->text = text;
	ac->name = name;
	strcpy(ac->country, cc);
	strcpy(ac->role, role);
	strcpy(ac->cameo, cameo);
	ac->kind = role[0] ? EXTRACT_KIND_PERSON : EXTRACT_KIND_COUNTRY;
	ac->span.start = s;
	ac->span.end = e;
}

static void
fixture_event(struct fixture *f)
{
	struct extract_event *ev = &f->ev[0];

	strcpy(ev->event_id, "0123456789abcdef");
	strcpy(ev->cameo_code, "042");
	ev->cameo_root = 4;
	ev->quad_class = 1;
	ev->goldstein = 1.9;
	ev->plover_type = "CONSULT";
	fixture_actor(&ev->source, "Vladimir Poutine", "Vladimir Poutine",
	    "RUS", "GOV", "RUSGOV", 0, 16);
	fixture_actor(&ev->target, "Vietnam", "Vietnam", "VNM", "", "VNM",
	    33, 40);
	ev->trigger = "est arriv\xc3\xa9";
	ev->mode = EXTRACT_MODE_ASSERTED;
	ev->date.text = "jeudi";
	strcpy(ev->date.value, "2024-06-20");
	strcpy(ev->date.type, "DATE");
	ev->date.gran = EXTRACT_GRAN_DAY;
	ev->date.span = (struct extract_span){ 41, 46 };
	ev->location.name = "Hano\xc3\xaf";
	strcpy(ev->location.country, "VNM");
	ev->location.lat = 21.0285;
	ev->location.lon = 105.8542;
	ev->location.has_coords = 1;
	ev->evidence = (struct extract_span){ 0, 47 };
	ev->mentions = 2;
	ev->confidence = 0.75f;
	f->spans[0] = (struct extract_span){ 0, 47 };
	f->spans[1] = (struct extract_span){ 48, 80 };
	ev->mention_spans = f->spans;
	ev->n_mention_spans = 2;
	/* A second event with no target, date or place. */
	strcpy(f->ev[1].event_id, "fedcba9876543210");
	strcpy(f->ev[1].cameo_code, "010");
	f->ev[1].cameo_root = 1;
	f->ev[1].quad_class = 1;
	fixture_actor(&f->ev[1].source, "Poutine", "Vladimir Poutine", "RUS",
	    "GOV", "RUSGOV", 62, 69);
	f->ev[1].trigger = "a d\xc3\xa9" "clar\xc3\xa9";
	f->ev[1].mode = EXTRACT_MODE_REPORTED;
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	f->a.id = "art-1";
	f->a.url = "https://x.invalid/1";
	f->a.title = "Poutine au Vietnam";
	f->a.text = (char *)TEXT;
	f->a.text_len = sizeof(TEXT) - 1;
	f->a.lang = "";
	f->a.source = "newsev";
	fixture_event(f);
	f->en[0].text = "Vietnam";
	f->en[0].name = "Vietnam";
	f->en[0].kind = EXTRACT_KIND_COUNTRY;
	strcpy(f->en[0].country, "VNM");
	strcpy(f->en[0].cameo, "VNM");
	f->spans[2] = (struct extract_span){ 33, 40 };
	f->en[0].mentions = &f->spans[2];
	f->en[0].n_mentions = 1;
	f->q[0].text = "Nous sommes amis";
	f->q[0].speaker = f->ev[0].source;
	f->q[0].span = (struct extract_span){ 50, 66 };
	f->q[0].verb = "a-t-il d\xc3\xa9" "clar\xc3\xa9";
	f->t[0] = f->ev[0].date;
	strcpy(f->r.lang, "fr");
	f->r.tone = -1.5;
	f->r.events = f->ev;
	f->r.n_events = 2;
	f->r.entities = f->en;
	f->r.n_entities = 1;
	f->r.quotes = f->q;
	f->r.n_quotes = 1;
	f->r.times = f->t;
	f->r.n_times = 1;
	f->src = (struct encode_source){ "newsev.articles", 2, 1234,
	    1718870400000LL };
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	free(*state);
	return 0;
}

static void
check_event0(const Newsev__V1__Event *e)
{
	assert_string_equal(e->event_id, "0123456789abcdef");
	assert_string_equal(e->article_id, "art-1");
	assert_string_equal(e->cameo_code, "042");
	assert_int_equal(e->cameo_root, 4);
	assert_int_equal(e->quad_class, 1);
	assert_true(e->goldstein == 1.9);
	assert_string_equal(e->plover_type, "CONSULT");
	assert_non_null(e->source);
	assert_string_equal(e->source->cameo, "RUSGOV");
	assert_string_equal(e->source->country, "RUS");
	assert_string_equal(e->source->role, "GOV");
	assert_int_equal(e->source->kind, NEWSEV__V1__KIND__PERSON);
	assert_int_equal(e->source->span->end, 16);
	assert_string_equal(e->target->name, "Vietnam");
	assert_int_equal(e->target->kind, NEWSEV__V1__KIND__COUNTRY);
	assert_int_equal(e->target->span->start, 33);
	assert_string_equal(e->trigger, "est arriv\xc3\xa9");
	assert_int_equal(e->mode, NEWSEV__V1__MODE__ASSERTED);
	assert_string_equal(e->date->value, "2024-06-20");
	assert_string_equal(e->date->text, "jeudi");
	assert_string_equal(e->date->type, "DATE");
	assert_int_equal(e->date->granularity, NEWSEV__V1__GRANULARITY__DAY);
	assert_string_equal(e->location->name, "Hano\xc3\xaf");
	assert_true(e->location->has_coordinates);
	assert_true(e->location->lat == 21.0285);
	assert_int_equal(e->evidence->end, 47);
	assert_int_equal(e->mentions, 2);
	assert_true(e->confidence == 0.75f);
	assert_int_equal(e->n_mention_spans, 2);
	assert_int_equal(e->mention_spans[1]->start, 48);
	assert_int_equal(e->mention_spans[1]->end, 80);
	assert_string_equal(e->extractor_version, extract_version());
	assert_int_equal(e->published_at, 1718870400000LL);
}

/* protobuf-c's own packing of buf (unpacked first) gives the same bytes. */
static void
assert_canonical_article_events(const uint8_t *buf, size_t len)
{
	Newsev__V1__ArticleEvents *m;
	uint8_t *re;
	size_t n;

	assert_non_null(m = newsev__v1__article_events__unpack(NULL, len,
	    buf));
	n = newsev__v1__article_events__get_packed_size(m);
	assert_int_equal(n, len);
	assert_non_null(re = malloc(n + 1));
	assert_int_equal(newsev__v1__article_events__pack(m, re), n);
	assert_memory_equal(re, buf, n);
	free(re);
	newsev__v1__article_events__free_unpacked(m, NULL);
}

static void
assert_canonical_event(const uint8_t *buf, size_t len)
{
	Newsev__V1__Event *m;
	uint8_t *re;
	size_t n;

	assert_non_null(m = newsev__v1__event__unpack(NULL, len, buf));
	n = newsev__v1__event__get_packed_size(m);
	assert_int_equal(n, len);
	assert_non_null(re = malloc(n + 1));
	assert_int_equal(newsev__v1__event__pack(m, re), n);
	assert_memory_equal(re, buf, n);
	free(re);
	newsev__v1__event__free_unpacked(m, NULL);
}

static void
test_encode_article_events(void **state)
{
	struct fixture *f = *state;
	Newsev__V1__ArticleEvents *m;
	const Newsev__V1__Event *e1;
	uint8_t *buf;
	size_t len;

	assert_int_equal(encode_article_events(&f->a, &f->r, &f->src, &buf,
	    &len), 0);
	assert_non_null(m = newsev__v1__article_events__unpack(NULL, len,
	    buf));
	assert_string_equal(m->article_id, "art-1");
	assert_string_equal(m->url, "https://x.invalid/1");
	assert_string_equal(m->lang, "fr");
	assert_int_equal(m->published_at, 1718870400000LL);
	assert_string_equal(m->extractor_version, extract_version());
	assert_string_equal(m->source_topic, "newsev.articles");
	assert_int_equal(m->source_partition, 2);
	assert_int_equal(m->source_offset, 1234);
	assert_string_equal(m->title, "Poutine au Vietnam");
	assert_true(m->tone == -1.5);
	assert_string_equal(m->source, "newsev");
	assert_int_equal(m->n_events, 2);
	check_event0(m->events[0]);
	e1 = m->events[1];
	assert_string_equal(e1->cameo_code, "010");
	assert_null(e1->target);	/* empty actor: absent */
	assert_null(e1->date);
	assert_null(e1->location);
	assert_null(e1->evidence);
	assert_int_equal(e1->n_mention_spans, 0);
	assert_int_equal(e1->mode, NEWSEV__V1__MODE__REPORTED);
	assert_int_equal(m->n_entities, 1);
	assert_string_equal(m->entities[0]->cameo, "VNM");
	assert_int_equal(m->entities[0]->kind, NEWSEV__V1__KIND__COUNTRY);
	assert_int_equal(m->entities[0]->n_mentions, 1);
	assert_int_equal(m->entities[0]->mentions[0]->start, 33);
	assert_int_equal(m->n_quotes, 1);
	assert_string_equal(m->quotes[0]->text, "Nous sommes amis");
	assert_string_equal(m->quotes[0]->speaker->cameo, "RUSGOV");
	assert_int_equal(m->quotes[0]->span->start, 50);
	assert_string_equal(m->quotes[0]->verb, "a-t-il d\xc3\xa9" "clar\xc3\xa9");
	assert_int_equal(m->n_times, 1);
	assert_string_equal(m->times[0]->value, "2024-06-20");
	newsev__v1__article_events__free_unpacked(m, NULL);
	assert_canonical_article_events(buf, len);
	free(buf);
}

static void
test_encode_deterministic(void **state)
{
	struct fixture *f = *state;
	uint8_t *b1, *b2;
	size_t l1, l2;

	assert_int_equal(encode_article_events(&f->a, &f->r, &f->src, &b1,
	    &l1), 0);
	assert_int_equal(encode_article_events(&f->a, &f->r, &f->src, &b2,
	    &l2), 0);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);
	free(b1);
	free(b2);
	assert_int_equal(encode_event(&f->a, &f->r, 0, &f->src, &b1, &l1), 0);
	assert_int_equal(encode_event(&f->a, &f->r, 0, &f->src, &b2, &l2), 0);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);
	free(b1);
	free(b2);
}

static void
test_encode_event(void **state)
{
	struct fixture *f = *state;
	Newsev__V1__Event *e;
	uint8_t *buf;
	size_t len;

	assert_int_equal(encode_event(&f->a, &f->r, 0, &f->src, &buf, &len),
	    0);
	assert_non_null(e = newsev__v1__event__unpack(NULL, len, buf));
	check_event0(e);
	newsev__v1__event__free_unpacked(e, NULL);
	assert_canonical_event(buf, len);
	free(buf);
	assert_int_equal(encode_event(&f->a, &f->r, 2, &f->src, &buf, &len),
	    -1);
}

static void
test_encode_empty_result(void **state)
{
	struct fixture *f = *state;
	struct extract_result r;
	struct encode_source src = { "", 0, 0, 0 };
	Newsev__V1__ArticleEvents *m;
	uint8_t *buf;
	size_t len;

	memset(&r, 0, sizeof(r));
	strcpy(r.lang, "und");
	assert_int_equal(encode_article_events(&f->a, &r, &src, &buf, &len),
	    0);
	assert_non_null(m = newsev__v1__article_events__unpack(NULL, len,
	    buf));
	assert_string_equal(m->article_id, "art-1");
	assert_string_equal(m->lang, "und");
	assert_string_equal(m->source_topic, "");
	assert_int_equal(m->n_events, 0);
	assert_int_equal(m->n_entities, 0);
	assert_int_equal(m->published_at, 0);
	newsev__v1__article_events__free_unpacked(m, NULL);
	assert_canonical_article_events(buf, len);
	free(buf);
}

/*
 * Unusual values: negative numbers (10-byte varints), -0.0 (left out like
 * 0), NaN, 64-bit offsets, a span with only an end, an actor with only a
 * role (left out), a time with only a value, a place with coordinates 0,
 * empty repeated spans, and strings long enough that an Event's length
 * takes 3 bytes (the body is moved after its placeholder).
 */
static void
test_encode_edge_values(void **state)
{
	struct fixture *f = *state;
	struct extract_span zero[2] = { { 0, 0 }, { 0, 7 } };
	Newsev__V1__ArticleEvents *m;
	size_t biglen = 40000, len;
	char *big;
	uint8_t *buf;

	assert_non_null(big = malloc(biglen + 1));
	memset(big, 'a', biglen);
	big[biglen] = '\0';
	f->ev[0].trigger = big;
	f->ev[0].quad_class = -3;
	f->ev[0].goldstein = -0.0;
	f->ev[0].confidence = -0.0f;
	f->ev[0].location.lat = 0;
	f->ev[0].location.lon = -0.0;
	f->ev[0].mention_spans = zero;
	f->ev[0].n_mention_spans = 2;
	f->ev[1].goldstein = 0.0 / 0.0;	/* NaN */
	memset(&f->ev[1].target, 0, sizeof(f->ev[1].target));
	strcpy(f->ev[1].target.role, "GOV");
	f->ev[1].date.value[0] = 'P';	/* a value, no text */
	f->ev[1].evidence = (struct extract_span){ 0, 5 };
	f->r.tone = -0.0;
	f->src.offset = (int64_t)1 << 40;
	f->src.partition = -1;
	f->src.ref_ms = -86400000LL;
	assert_int_equal(encode_article_events(&f->a, &f->r, &f->src, &buf,
	    &len), 0);
	assert_canonical_article_events(buf, len);
	assert_non_null(m = newsev__v1__article_events__unpack(NULL, len,
	    buf));
	assert_int_equal(strlen(m->events[0]->trigger), biglen);
	assert_int_equal(m->events[0]->quad_class, -3);
	assert_true(m->events[0]->goldstein == 0);
	assert_false(m->events[0]->location->has_coordinates == 0);
	assert_int_equal(m->events[0]->n_mention_spans, 2);
	assert_int_equal(m->events[0]->mention_spans[1]->end, 7);
	assert_true(m->events[1]->goldstein != m->events[1]->goldstein);
	assert_null(m->events[1]->target);
	assert_string_equal(m->events[1]->date->value, "P");
	assert_int_equal(m->events[1]->evidence->start, 0);
	assert_int_equal(m->events[1]->evidence->end, 5);
	assert_int_equal(m->source_offset, (int64_t)1 << 40);
	assert_int_equal(m->source_partition, -1);
	assert_int_equal(m->published_at, -86400000LL);
	assert_int_equal(m->events[0]->published_at, -86400000LL);
	newsev__v1__article_events__free_unpacked(m, NULL);
	free(buf);
	assert_int_equal(encode_event(&f->a, &f->r, 0, &f->src, &buf, &len),
	    0);
	assert_canonical_event(buf, len);
	free(buf);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_encode_article_events,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_encode_deterministic,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_encode_event, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_encode_edge_values, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_encode_empty_result,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
