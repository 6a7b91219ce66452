/*
 * Tests of the gold-set scorer: actor keys, CAMEO roots, multiset pairing,
 * speaker names, and whole-article counts on a hand-built result.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/score.h"

static struct extract_actor
actor(const char *name, const char *country, const char *cameo)
{
	struct extract_actor a;

	memset(&a, 0, sizeof(a));
	a.text = name;
	a.name = name;
	snprintf(a.country, sizeof(a.country), "%s", country);
	snprintf(a.cameo, sizeof(a.cameo), "%s", cameo);
	return a;
}

static void
test_eval_score_actor_key(void **state)
{
	struct extract_actor a = actor("Vladimir Putin", "RUS", "RUSGOV");
	struct extract_actor b = actor("United Nations", "", "IGOUNO");
	struct extract_actor c = actor("", "", "");

	(void)state;
	assert_string_equal(score_actor_key(&a), "RUS");
	assert_string_equal(score_actor_key(&b), "IGOUNO");
	assert_string_equal(score_actor_key(&c), "");
}

static void
test_eval_score_cameo_root(void **state)
{
	(void)state;
	assert_int_equal(score_cameo_root("042"), 4);
	assert_int_equal(score_cameo_root("0874"), 8);
	assert_int_equal(score_cameo_root("163"), 16);
	assert_int_equal(score_cameo_root("20"), 20);
	assert_int_equal(score_cameo_root("213"), -1);
	assert_int_equal(score_cameo_root("003"), -1);
	assert_int_equal(score_cameo_root("7"), -1);
	assert_int_equal(score_cameo_root(NULL), -1);
}

static void
test_eval_score_pair_multiset(void **state)
{
	const char *gold[] = { "RUS|UKR|19", "RUS|UKR|19", "FRA|DEU|04" };
	const char *pred[] = { "FRA|DEU|04", "RUS|UKR|19", "USA|CHN|11",
	    "FRA|DEU|04" };
	int g2p[3] = { -1, -1, -1 }, p2g[4] = { -1, -1, -1, -1 };

	(void)state;
	/* Two gold RUS->UKR but one predicted: one pair; FRA->DEU once. */
	assert_int_equal(score_pair_equal(gold, 3, pred, 4, g2p, p2g), 2);
	assert_int_equal(g2p[0], 1);
	assert_int_equal(g2p[1], -1);
	assert_int_equal(g2p[2], 0);
	assert_int_equal(p2g[3], -1);
	/* A second pass only sees what is still unpaired. */
	assert_int_equal(score_pair_equal(gold, 3, pred, 4, g2p, p2g), 0);
}

static void
test_eval_score_name_match(void **state)
{
	(void)state;
	assert_true(score_name_match("João Lourenço", "Lourenço"));
	assert_true(score_name_match("Lourenço", "João Lourenço"));
	assert_true(score_name_match("JOAO LOURENCO", "João Lourenço"));
	assert_true(score_name_match("Wladyslaw Kosiniak-Kamysz",
	    "Kosiniak-Kamysz"));
	assert_false(score_name_match("Jane Roe", "John Roe"));
	assert_false(score_name_match("Roe", "Monroe"));
	assert_false(score_name_match("João Lourenço", "João"));
	assert_false(score_name_match("", "João"));
	assert_false(score_name_match("João", NULL));
}

static void
test_eval_score_find_spans(void **state)
{
	const char *t = "on Friday, and again last Friday";
	struct extract_span s, a = { 3, 9 }, b = { 9, 12 }, c = { 8, 20 };

	(void)state;
	assert_int_equal(score_find(t, strlen(t), "Friday", 0, &s), 0);
	assert_int_equal(s.start, 3);
	assert_int_equal(s.end, 9);
	assert_int_equal(score_find(t, strlen(t), "Friday", s.end, &s), 0);
	assert_int_equal(s.start, 26);
	assert_int_equal(score_find(t, strlen(t), "Friday", s.end, &s), -1);
	assert_false(score_spans_overlap(a, b));
	assert_true(score_spans_overlap(a, c));
}

static void
test_eval_score_prf(void **state)
{
	struct score_prf s = { 3, 4, 6 }, z = { 0, 0, 0 };

	(void)state;
	assert_float_equal(score_precision(&s), 0.75, 1e-9);
	assert_float_equal(score_recall(&s), 0.5, 1e-9);
	assert_float_equal(score_f1(&s), 0.6, 1e-9);
	assert_float_equal(score_f1(&z), 0.0, 1e-9);
}

static struct extract_event
event(const char *code, struct extract_actor src, struct extract_actor tgt,
    enum extract_mode mode, const char *date)
{
	struct extract_event e;

	memset(&e, 0, sizeof(e));
	snprintf(e.cameo_code, sizeof(e.cameo_code), "%s", code);
	e.cameo_root = score_cameo_root(code);
	e.source = src;
	e.target = tgt;
	e.mode = mode;
	snprintf(e.date.value, sizeof(e.date.value), "%s", date);
	snprintf(e.date.type, sizeof(e.date.type), "DATE");
	return e;
}

static const char ARTICLE[] =
    "Lula arrived on Tuesday. \"We share a vision,\" Lourenço said. "
    "\"We will respond,\" the ministry said on Friday. \"We lose,\" he said.";

/* Gold item at the first occurrence of text in ARTICLE. */
static struct score_gold_item
item(const char *text, const char *value, enum extract_kind kind,
    const char *country)
{
	struct score_gold_item it;

	memset(&it, 0, sizeof(it));
	it.text = text;
	it.value = value;
	it.kind = kind;
	it.country = country;
	assert_int_equal(score_find(ARTICLE, strlen(ARTICLE), text, 0,
	    &it.span), 0);
	return it;
}

static struct extract_time
ptime(const char *text, const char *value, const char *type)
{
	struct extract_time t;

	memset(&t, 0, sizeof(t));
	t.text = text;
	snprintf(t.value, sizeof(t.value), "%s", value);
	snprintf(t.type, sizeof(t.type), "%s", type);
	assert_int_equal(score_find(ARTICLE, strlen(ARTICLE), text, 0,
	    &t.span), 0);
	return t;
}

static struct extract_quote
pquote(const char *text, struct extract_actor speaker)
{
	struct extract_quote q;

	memset(&q, 0, sizeof(q));
	q.text = text;
	q.speaker = speaker;
	assert_int_equal(score_find(ARTICLE, strlen(ARTICLE), text, 0,
	    &q.span), 0);
	return q;
}

static struct extract_entity
pentity(const char *name, enum extract_kind kind)
{
	struct extract_entity e;

	memset(&e, 0, sizeof(e));
	e.text = name;
	e.name = name;
	e.kind = kind;
	return e;
}

static void
test_eval_score_article(void **state)
{
	struct extract_actor bra = actor("Lula", "BRA", "BRAGOV");
	struct extract_actor ago = actor("João Lourenço", "AGO", "AGOGOV");
	const struct score_gold_event gev[] = {
		{ "BRA", "AGO", "042", "ASSERTED", "2024-06-18", "arrived" },
		{ "BRA", "AGO", "057", "ASSERTED", "2024-06-18", "signed" },
		{ "BRA", "AGO", "057", "ASSERTED", "2024-06-19", "signed" },
		{ "IGOUNO", "AGO", "111", "ASSERTED", "2024-06-18", "said" },
	};
	struct extract_event pev[3];
	struct score_gold_item gt[2], gq[3], ge[3];
	struct extract_time pt[3];
	struct extract_quote pq[3];
	struct extract_entity pe[4];
	struct extract_result r;
	struct score_gold g;
	struct score_totals t;

	(void)state;
	pev[0] = event("043", bra, ago, EXTRACT_MODE_ASSERTED, "2024-06-18");
	pev[1] = event("057", bra, ago, EXTRACT_MODE_PLANNED, "2024-06-18");
	pev[2] = event("190", actor("", "RUS", ""), ago,
	    EXTRACT_MODE_ASSERTED, "2024-06-18");
	gt[0] = item("Tuesday", "2024-06-18", 0, "");
	gt[1] = item("Friday", "2024-06-21", 0, "");
	pt[0] = ptime("Tuesday", "2024-06-18", "DATE");
	pt[1] = ptime("Friday", "2024-06-14", "DATE");
	pt[2] = ptime("arrived", "PT1H", "DURATION");
	gq[0] = item("We share a vision", "João Lourenço", 0, "");
	gq[1] = item("We will respond", "Angola", 0, "");
	gq[2] = item("We lose", "Lula", 0, "");
	pq[0] = pquote("\"We share a vision,\"", actor("Lourenço", "AGO", ""));
	pq[1] = pquote("\"We will respond,\"", actor("the ministry", "AGO", ""));
	pq[2] = pquote("\"We lose,\"", actor("Lourenço", "AGO", ""));
	ge[0] = item("Lourenço", "PERSON", EXTRACT_KIND_PERSON, "AGO");
	ge[0].text = "João Lourenço";
	ge[1] = item("Lula", "PERSON", EXTRACT_KIND_PERSON, "BRA");
	ge[1].text = "Angola";
	ge[1].kind = EXTRACT_KIND_COUNTRY;
	ge[1].country = "AGO";
	ge[2] = item("Lula", "PERSON", EXTRACT_KIND_LOCATION, "");
	ge[2].text = "Luanda";
	pe[0] = pentity("João Lourenço", EXTRACT_KIND_PERSON);
	pe[1] = pentity("ANGOLA", EXTRACT_KIND_COUNTRY);
	pe[2] = pentity("Luanda", EXTRACT_KIND_COUNTRY);
	pe[3] = pentity("rebels", EXTRACT_KIND_GROUP);

	memset(&g, 0, sizeof(g));
	g.name = "t";
	g.text = ARTICLE;
	g.text_len = strlen(ARTICLE);
	g.events = gev, g.n_events = 4;
	g.times = gt, g.n_times = 2;
	g.quotes = gq, g.n_quotes = 3;
	g.entities = ge, g.n_entities = 3;
	memset(&r, 0, sizeof(r));
	r.events = pev, r.n_events = 3;
	r.times = pt, r.n_times = 3;
	r.quotes = pq, r.n_quotes = 3;
	r.entities = pe, r.n_entities = 4;
	memset(&t, 0, sizeof(t));
	assert_int_equal(score_article(&g, &r, &t, NULL), 0);

	assert_int_equal(t.articles, 1);
	/* 043 matches 042 on the root; the second 057 has no partner. */
	assert_int_equal(t.events.tp, 2);
	assert_int_equal(t.events.npred, 3);
	assert_int_equal(t.events.ngold, 4);
	assert_int_equal(t.events_code.tp, 1);
	assert_int_equal(t.ev_mode_ok, 1);	/* PLANNED vs ASSERTED */
	assert_int_equal(t.ev_date_ok, 2);
	assert_int_equal(t.by_root[4].ngold, 1);
	assert_int_equal(t.by_root[4].tp, 1);
	assert_int_equal(t.by_root[5].ngold, 2);
	assert_int_equal(t.by_root[5].tp, 1);
	assert_int_equal(t.by_root[11].tp, 0);
	assert_int_equal(t.by_root[19].npred, 1);
	assert_int_equal(t.by_root[19].ngold, 0);
	/* Friday has the wrong value; durations are not predictions. */
	assert_int_equal(t.times.tp, 1);
	assert_int_equal(t.times.npred, 2);
	assert_int_equal(t.times.ngold, 2);
	/* Last name, country of a country speaker; Lula is not Lourenço. */
	assert_int_equal(t.quotes.tp, 2);
	assert_int_equal(t.quotes.npred, 3);
	assert_int_equal(t.quote_spans.tp, 3);
	/* Luanda has the wrong kind; GROUP is not scored. */
	assert_int_equal(t.entities.tp, 2);
	assert_int_equal(t.entities.npred, 3);
	assert_int_equal(t.entities.ngold, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval_score_actor_key),
		cmocka_unit_test(test_eval_score_cameo_root),
		cmocka_unit_test(test_eval_score_pair_multiset),
		cmocka_unit_test(test_eval_score_name_match),
		cmocka_unit_test(test_eval_score_find_spans),
		cmocka_unit_test(test_eval_score_prf),
		cmocka_unit_test(test_eval_score_article),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
