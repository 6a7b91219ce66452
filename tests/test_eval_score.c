/*
 * Tests of the gold-set scorer: actor keys, CAMEO roots, multiset pairing,
 * speaker names, identity matching of speakers and entities through a small
 * fixture gazetteer, and whole-article counts on hand-built results.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsev/gazetteer.h"
#include "newsev/score.h"

/* A fixture gazetteer, so the tests do not move with data/. */
static const char GAZ_TSV[] =
    "country\tla Russie|Russia\tRUS\n"
    "country\tla Chine|China\tCHN\n"
    "country\tTaïwan|Taiwan\tTWN\n"
    "seat\tle Kremlin|Kremlin\tRUS\tRUSGOV\tGOV\t-\t-\t-\tKremlin\n"
    "city\tPékin|Beijing\tCHN\t-\t-\tcapital\t39.9\t116.4\tBeijing\n"
    "org\tl'UE|l'Union européenne|the European Union\t-\tIGOEUREEC\tIGO"
    "\t-\t-\t-\tEuropean Union\n"
    "org\tle Hamas|Hamas\tPSE\tPSEREB\tREB\n"
    "org\tle Jihad islamique|Islamic Jihad\tPSE\tPSEREB\tREB\t-\t-\t-"
    "\tIslamic Jihad\n"
    "person\tVladimir Poutine|Vladimir Putin|Poutine|Putin\tRUS\tRUSGOV"
    "\tGOV\thead_state\t-\t-\tVladimir Putin\n"
    "person\tSergueï Lavrov|Sergei Lavrov|Lavrov\tRUS\tRUSGOV\tGOV"
    "\tforeign_min\t-\t-\tSergei Lavrov\n"
    "role\tporte-parole du Kremlin\tRUS\tRUSGOV\tGOV\n"
    "role\tprésident|president\t-\t-\tGOV\thead_state\t-\t-\tpresident\n"
    "country\tle Pakistan|Pakistan\tPAK\n"
    "city\tMoscou|Moscow\tRUS\t-\t-\tcapital\t55.8\t37.6\tMoscow\n"
    "org\tl'ONU|ONU|United Nations\t-\tIGOUNO\tIGO\t-\t-\t-"
    "\tUnited Nations\n"
    "org\tle secrétaire général de l'ONU|UN Secretary-General\t-\tIGOUNO"
    "\tIGO\t-\t-\t-\tUN Secretary-General\n";

static struct gazetteer *gz;
static char gz_dir[] = "/tmp/newsev-score-XXXXXX";
static char gz_file[64];

static int
gaz_setup(void **state)
{
	char err[256];
	FILE *f;

	(void)state;
	if (mkdtemp(gz_dir) == NULL)
		return -1;
	snprintf(gz_file, sizeof(gz_file), "%s/fixture.tsv", gz_dir);
	if ((f = fopen(gz_file, "w")) == NULL)
		return -1;
	fputs(GAZ_TSV, f);
	fclose(f);
	if ((gz = gazetteer_load(gz_dir, err, sizeof(err))) == NULL) {
		fprintf(stderr, "fixture gazetteer: %s\n", err);
		return -1;
	}
	return 0;
}

static int
gaz_teardown(void **state)
{
	(void)state;
	gazetteer_free(gz);
	unlink(gz_file);
	rmdir(gz_dir);
	return 0;
}

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
	assert_int_equal(t.ent_kind_mismatch, 1);	/* Luanda */
	/* Lourenço by name, Angola by the gold entity's country. */
	assert_int_equal(t.quotes_by_code, 1);
}

/*
 * The --verbose report cuts long evidence at 120 bytes, never inside a
 * UTF-8 sequence: "é" straddles byte 120 here and must be left out whole.
 */
static void
test_eval_score_report_utf8(void **state)
{
	char text[200], *buf = NULL;
	size_t len = 0;
	struct extract_event pev;
	struct score_gold g;
	struct score_totals t;
	struct extract_result r;
	FILE *f;

	(void)state;
	memset(text, 'a', 119);
	snprintf(text + 119, sizeof(text) - 119, "\xc3\xa9t\xc3\xa9 sign\xc3\xa9.");
	pev = event("057", actor("", "BRA", ""), actor("", "AGO", ""),
	    EXTRACT_MODE_ASSERTED, "2024-06-18");
	pev.evidence.start = 0;
	pev.evidence.end = (uint32_t)strlen(text);
	memset(&g, 0, sizeof(g));
	g.name = "t";
	g.text = text;
	g.text_len = strlen(text);
	memset(&r, 0, sizeof(r));
	r.events = &pev, r.n_events = 1;
	memset(&t, 0, sizeof(t));
	assert_non_null(f = open_memstream(&buf, &len));
	assert_int_equal(score_article(&g, &r, &t, f), 0);
	fclose(f);
	assert_non_null(strstr(buf, "spurious event BRA->AGO 057"));
	/* 119 'a' then the closing quote: the split "é" is dropped whole. */
	assert_non_null(strstr(buf, "aaa\"\n"));
	assert_null(strstr(buf, "\xc3\""));
	free(buf);
}

/* An extracted actor with every field the identity rules read. */
static struct extract_actor
xactor(const char *name, const char *text, enum extract_kind kind,
    const char *country, const char *role, const char *cameo)
{
	struct extract_actor a = actor(name, country, cameo);

	a.text = text;
	a.kind = kind;
	snprintf(a.role, sizeof(a.role), "%s", role);
	return a;
}

/* A gold article with no text, using the fixture gazetteer when with_gaz. */
static struct score_gold
gold_with(int with_gaz)
{
	struct score_gold g;

	memset(&g, 0, sizeof(g));
	g.name = "t";
	g.text = "";
	g.gaz = with_gaz ? gz : NULL;
	return g;
}

static void
test_eval_score_resolve(void **state)
{
	const struct gaz_entry *e;

	(void)state;
	e = score_resolve(gz, "Union européenne");
	assert_non_null(e);
	assert_int_equal(e->type, GAZ_ORG);
	assert_string_equal(e->name, "European Union");
	assert_string_equal(e->cameo, "IGOEUREEC");
	e = score_resolve(gz, "le Kremlin");
	assert_non_null(e);
	assert_int_equal(e->type, GAZ_SEAT);
	assert_string_equal(e->cameo, "RUSGOV");
	e = score_resolve(gz, "Poutine");
	assert_non_null(e);
	assert_string_equal(e->name, "Vladimir Putin");
	e = score_resolve(gz, "Chine");
	assert_non_null(e);
	assert_string_equal(e->cameo, "CHN");
	/* The whole string must be one phrase. */
	assert_null(score_resolve(gz, "Vladimir Poutine a dit"));
	assert_null(score_resolve(gz, "Marek Nowicki"));
	assert_null(score_resolve(gz, ""));
	assert_null(score_resolve(gz, NULL));
	assert_null(score_resolve(NULL, "Chine"));
}

/* Identity rules of quote speakers, positive cases. */
static void
test_eval_score_speaker_identity(void **state)
{
	struct score_gold g = gold_with(1);
	struct extract_actor eu = xactor("European Union", "l'UE",
	    EXTRACT_KIND_ORGANIZATION, "", "IGO", "IGOEUREEC");
	struct extract_actor putin = xactor("Vladimir Putin", "Putin",
	    EXTRACT_KIND_PERSON, "RUS", "GOV", "RUSGOV");
	struct extract_actor pres = xactor("president", "le président russe",
	    EXTRACT_KIND_GROUP, "RUS", "GOV", "RUSGOV");
	struct extract_actor peskov = xactor("Dmitry Peskov", "Peskov",
	    EXTRACT_KIND_PERSON, "RUS", "GOV", "RUSGOV");
	struct extract_actor pekin = xactor("Beijing", "Pékin",
	    EXTRACT_KIND_LOCATION, "CHN", "GOV", "CHN");
	struct extract_actor china = xactor("China", "la Chine",
	    EXTRACT_KIND_COUNTRY, "CHN", "", "CHN");
	struct extract_actor kallas = xactor("Kaja Kallas", "Kallas",
	    EXTRACT_KIND_PERSON, "", "IGO", "IGOEUREEC");

	(void)state;
	/* Display names differ from the gold's French: only identity. */
	assert_false(score_name_match("Union européenne", eu.name));
	assert_true(score_speaker_match(&g, "Union européenne", &eu));
	assert_false(score_name_match("Vladimir Poutine", putin.name));
	assert_false(score_name_match("Vladimir Poutine", putin.text));
	assert_true(score_speaker_match(&g, "Vladimir Poutine", &putin));
	assert_true(score_speaker_match(&g, "Poutine", &putin));
	/* A role with the person's country and role. */
	assert_true(score_speaker_match(&g, "Vladimir Poutine", &pres));
	/* A seat of power: the CAMEO code, whoever speaks for it. */
	assert_true(score_speaker_match(&g, "Kremlin", &peskov));
	/* A country: its code, or a non-person actor of it. */
	assert_true(score_speaker_match(&g, "Chine", &china));
	assert_true(score_speaker_match(&g, "Chine", &pekin));
	/* A person speaking for an IGO carries its code. */
	assert_true(score_speaker_match(&g, "Union européenne", &kallas));
	/* Without a gazetteer only the names count. */
	g.gaz = NULL;
	assert_false(score_speaker_match(&g, "Union européenne", &eu));
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &putin));
}

/* Identity rules of quote speakers, negative cases. */
static void
test_eval_score_speaker_strict(void **state)
{
	struct score_gold g = gold_with(1);
	struct extract_actor lavrov = xactor("Sergei Lavrov", "Lavrov",
	    EXTRACT_KIND_PERSON, "RUS", "GOV", "RUSGOV");
	struct extract_actor medvedev = xactor("Dmitri Medvedev", "Medvedev",
	    EXTRACT_KIND_PERSON, "RUS", "GOV", "RUSGOV");
	struct extract_actor army = xactor("army", "l'armée russe",
	    EXTRACT_KIND_GROUP, "RUS", "MIL", "RUSMIL");
	struct extract_actor russia = xactor("Russia", "la Russie",
	    EXTRACT_KIND_COUNTRY, "RUS", "", "RUS");
	struct extract_actor wang = xactor("Wang Yi", "Wang Yi",
	    EXTRACT_KIND_PERSON, "CHN", "GOV", "CHNGOV");
	struct extract_actor taiwan = xactor("Taiwan", "Taïwan",
	    EXTRACT_KIND_COUNTRY, "TWN", "", "TWN");
	struct extract_actor jihad = xactor("Islamic Jihad", "le Jihad "
	    "islamique", EXTRACT_KIND_ORGANIZATION, "PSE", "REB", "PSEREB");
	struct extract_actor empty = xactor("", "", EXTRACT_KIND_UNSPECIFIED,
	    "RUS", "GOV", "RUSGOV");
	struct extract_actor kowalski = xactor("Jan Kowalski", "Kowalski",
	    EXTRACT_KIND_PERSON, "POL", "GOV", "POLGOV");
	struct extract_actor nowicki = xactor("Marek Nowicki", "Nowicki",
	    EXTRACT_KIND_PERSON, "", "", "");

	(void)state;
	/* Another named person of the same country and code. */
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &lavrov));
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &medvedev));
	assert_false(score_speaker_match(&g, "Sergueï Lavrov", &medvedev));
	/* Same country, another role; the bare country lacks the role. */
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &army));
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &russia));
	assert_false(score_speaker_match(&g, "Kremlin", &russia));
	/* A person is not his country; another country is not China. */
	assert_false(score_speaker_match(&g, "Chine", &wang));
	assert_false(score_speaker_match(&g, "Chine", &taiwan));
	/* Two armed groups of one country share PSEREB but not a name. */
	assert_false(score_speaker_match(&g, "Hamas", &jihad));
	/* Never an empty speaker, whatever its codes. */
	assert_false(score_speaker_match(&g, "Kremlin", &empty));
	/* Unresolvable gold: the name rules only. */
	assert_false(score_speaker_match(&g, "Marek Nowicki", &kowalski));
	assert_true(score_speaker_match(&g, "Marek Nowicki", &nowicki));
	assert_true(score_speaker_match(&g, "Nowicki", &nowicki));
}

static struct extract_entity
xentity(const char *name, const char *text, enum extract_kind kind,
    const char *country, const char *cameo)
{
	struct extract_entity e = pentity(name, kind);

	e.text = text;
	snprintf(e.country, sizeof(e.country), "%s", country);
	snprintf(e.cameo, sizeof(e.cameo), "%s", cameo);
	return e;
}

static struct score_gold_item
gent(const char *text, enum extract_kind kind)
{
	struct score_gold_item it;

	memset(&it, 0, sizeof(it));
	it.text = text;
	it.value = "";
	it.kind = kind;
	it.country = "";
	return it;
}

static struct score_gold_item
gent_country(const char *text, enum extract_kind kind, const char *country)
{
	struct score_gold_item it = gent(text, kind);

	it.country = country;
	return it;
}

/* A gold person: only himself, by name or entry, or a bare role of his. */
static void
test_eval_score_speaker_person(void **state)
{
	struct score_gold g = gold_with(1);
	struct extract_actor kremlin = xactor("Kremlin", "le Kremlin",
	    EXTRACT_KIND_COUNTRY, "RUS", "GOV", "RUSGOV");
	struct extract_actor moscow = xactor("Moscow", "Moscou",
	    EXTRACT_KIND_COUNTRY, "RUS", "GOV", "RUSGOV");
	struct extract_actor russia = xactor("Russia", "la Russie",
	    EXTRACT_KIND_COUNTRY, "RUS", "GOV", "RUS");
	struct extract_actor peskov = xactor("Dmitry Peskov", "Peskov",
	    EXTRACT_KIND_GROUP, "RUS", "GOV", "RUSGOV");
	struct extract_actor bare = xactor("", "le porte-parole du Kremlin",
	    EXTRACT_KIND_GROUP, "RUS", "GOV", "RUSGOV");
	struct extract_actor role = xactor("porte-parole du Kremlin",
	    "le porte-parole du Kremlin", EXTRACT_KIND_PERSON, "RUS", "GOV",
	    "RUSGOV");
	struct extract_actor ctry = xactor("Russia", "le porte-parole",
	    EXTRACT_KIND_GROUP, "RUS", "GOV", "RUSGOV");
	struct extract_actor army = xactor("", "le porte-parole de l'armée",
	    EXTRACT_KIND_GROUP, "RUS", "MIL", "RUSMIL");

	(void)state;
	/* A seat, a capital or the country is never the person. */
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &kremlin));
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &moscow));
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &russia));
	/* Another name of its own, whatever the kind the extractor gave. */
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &peskov));
	/* A role with no name of its own, of his country and role. */
	assert_true(score_speaker_match(&g, "Vladimir Poutine", &bare));
	assert_true(score_speaker_match(&g, "Vladimir Poutine", &role));
	assert_true(score_speaker_match(&g, "Vladimir Poutine", &ctry));
	assert_false(score_speaker_match(&g, "Vladimir Poutine", &army));
	/* The seat itself still matches its spokesman's words. */
	assert_true(score_speaker_match(&g, "Kremlin", &bare));
}

/* A gold country: its non-person actors, never a named person of it. */
static void
test_eval_score_speaker_country(void **state)
{
	struct score_gold g = gold_with(1);
	struct score_gold_item pak[1];
	struct extract_actor mujahid = xactor("Zabihullah Mujahid",
	    "Zabihullah Mujahid", EXTRACT_KIND_PERSON, "PAK", "GOV", "PAKGOV");
	struct extract_actor petrov = xactor("Ivan Petrov", "Petrov",
	    EXTRACT_KIND_PERSON, "RUS", "", "RUS");
	struct extract_actor kremlin = xactor("Kremlin", "le Kremlin",
	    EXTRACT_KIND_COUNTRY, "RUS", "GOV", "RUSGOV");
	struct extract_actor moscow = xactor("Moscow", "Moscou",
	    EXTRACT_KIND_COUNTRY, "RUS", "GOV", "RUSGOV");
	struct extract_actor gov = xactor("Russia", "le gouvernement",
	    EXTRACT_KIND_GROUP, "RUS", "GOV", "RUSGOV");
	struct extract_actor ministry = xactor("", "le ministère",
	    EXTRACT_KIND_GROUP, "PAK", "GOV", "PAKGOV");

	(void)state;
	pak[0] = gent_country("Pakistan", EXTRACT_KIND_COUNTRY, "PAK");
	g.entities = pak, g.n_entities = 1;
	/* The gold entity list lends no country to a named person. */
	assert_false(score_speaker_match(&g, "Pakistan", &mujahid));
	g.gaz = NULL;
	assert_false(score_speaker_match(&g, "Pakistan", &mujahid));
	/* It still lends it to an actor that is not a named person. */
	assert_true(score_speaker_match(&g, "Pakistan", &ministry));
	g.gaz = gz;
	/* Nor does the country's bare CAMEO code. */
	assert_false(score_speaker_match(&g, "Russie", &petrov));
	/* Its government, seat and capital speak for it. */
	assert_true(score_speaker_match(&g, "Russie", &kremlin));
	assert_true(score_speaker_match(&g, "Russie", &moscow));
	assert_true(score_speaker_match(&g, "Russie", &gov));
}

/* Entities: names, gazetteer identity, kinds. */
static void
test_eval_score_entity_identity(void **state)
{
	struct score_gold g = gold_with(1);
	struct score_gold_item ue = gent("Union européenne",
	    EXTRACT_KIND_ORGANIZATION);
	struct score_gold_item chine = gent("Chine", EXTRACT_KIND_COUNTRY);
	struct score_gold_item kremlin = gent("Kremlin",
	    EXTRACT_KIND_ORGANIZATION);
	struct score_gold_item poutine = gent("Poutine", EXTRACT_KIND_PERSON);
	struct score_gold_item hamas = gent("Hamas",
	    EXTRACT_KIND_ORGANIZATION);
	struct extract_entity eu = xentity("European Union", "l'UE",
	    EXTRACT_KIND_ORGANIZATION, "", "IGOEUREEC");
	struct extract_entity china = xentity("China", "Pékin",
	    EXTRACT_KIND_COUNTRY, "CHN", "CHN");
	struct extract_entity taiwan = xentity("Taiwan", "Taïwan",
	    EXTRACT_KIND_COUNTRY, "TWN", "TWN");
	struct extract_entity krem = xentity("Kremlin", "Kremlin",
	    EXTRACT_KIND_COUNTRY, "RUS", "RUSGOV");
	struct extract_entity putin = xentity("Vladimir Putin", "Putin",
	    EXTRACT_KIND_PERSON, "RUS", "RUSGOV");
	struct extract_entity lavrov = xentity("Sergei Lavrov", "Lavrov",
	    EXTRACT_KIND_PERSON, "RUS", "RUSGOV");
	struct extract_entity jihad = xentity("Islamic Jihad", "Jihad",
	    EXTRACT_KIND_ORGANIZATION, "PSE", "PSEREB");

	(void)state;
	assert_true(score_entity_match(&g, &ue, &eu, 0));
	assert_true(score_entity_match(&g, &chine, &china, 0));
	assert_false(score_entity_match(&g, &chine, &taiwan, 0));
	assert_true(score_entity_match(&g, &poutine, &putin, 0));
	assert_false(score_entity_match(&g, &poutine, &lavrov, 0));
	assert_false(score_entity_match(&g, &hamas, &jihad, 0));
	/* A seat coded COUNTRY against a gold ORGANIZATION: kind mismatch. */
	assert_false(score_entity_match(&g, &kremlin, &krem, 0));
	assert_true(score_entity_match(&g, &kremlin, &krem, 1));
	/* Kinds still count when the gazetteer agrees. */
	eu.kind = EXTRACT_KIND_COUNTRY;
	assert_false(score_entity_match(&g, &ue, &eu, 0));
	/* Without a gazetteer the display names do not match. */
	eu.kind = EXTRACT_KIND_ORGANIZATION;
	g.gaz = NULL;
	assert_false(score_entity_match(&g, &ue, &eu, 0));
	assert_false(score_entity_match(&g, &chine, &china, 0));
}

static const char MENTIONS[] =
    "CARACAS, 19 sept. - Selon l'Union européenne, les Unions régionales "
    "et Bruxelles ont parlé.";

/* Entities: a mention that covers the gold text in the article. */
static void
test_eval_score_entity_mentions(void **state)
{
	struct score_gold g = gold_with(0);
	struct score_gold_item ue = gent("Union européenne",
	    EXTRACT_KIND_ORGANIZATION);
	struct score_gold_item caracas = gent("Caracas",
	    EXTRACT_KIND_LOCATION);
	struct score_gold_item unio = gent("Union", EXTRACT_KIND_ORGANIZATION);
	struct extract_entity eu = xentity("EU", "EU",
	    EXTRACT_KIND_ORGANIZATION, "", "IGOEUREEC");
	struct extract_entity city = xentity("Karakas", "Karakas",
	    EXTRACT_KIND_LOCATION, "VEN", "VEN");
	struct extract_entity unions = xentity("Unions", "Unions",
	    EXTRACT_KIND_ORGANIZATION, "", "");
	struct extract_span m_ue, m_car, m_bxl, m_uns;

	(void)state;
	g.text = MENTIONS;
	g.text_len = strlen(MENTIONS);
	assert_int_equal(score_find(MENTIONS, g.text_len, "l'Union européenne",
	    0, &m_ue), 0);
	assert_int_equal(score_find(MENTIONS, g.text_len, "CARACAS", 0,
	    &m_car), 0);
	assert_int_equal(score_find(MENTIONS, g.text_len, "Bruxelles", 0,
	    &m_bxl), 0);
	assert_int_equal(score_find(MENTIONS, g.text_len, "Unions", 0,
	    &m_uns), 0);
	assert_int_equal(score_find(MENTIONS, g.text_len, ue.text, 0,
	    &ue.span), 0);
	/* No mention: names differ, no gazetteer. */
	assert_false(score_entity_match(&g, &ue, &eu, 0));
	/* A mention elsewhere does not cover it. */
	eu.mentions = &m_bxl, eu.n_mentions = 1;
	assert_false(score_entity_match(&g, &ue, &eu, 0));
	/* "l'Union européenne" covers the located "Union européenne". */
	eu.mentions = &m_ue;
	assert_true(score_entity_match(&g, &ue, &eu, 0));
	/* Unlocated dateline "Caracas": the folded mention holds it. */
	city.mentions = &m_car, city.n_mentions = 1;
	assert_true(score_entity_match(&g, &caracas, &city, 0));
	/* Whole words only: "Unions" does not hold "Union". */
	unions.mentions = &m_uns, unions.n_mentions = 1;
	assert_false(score_entity_match(&g, &unio, &unions, 0));
}

static const char COVER[] =
    "Le secrétaire général de l'ONU a parlé. L'Union a voté, puis l'Union "
    "africaine. Selon l'ONU, tout va bien.";

/* Set e's only mention to the first occurrence of text in COVER. */
static void
mention_at(struct extract_entity *e, struct extract_span *m, const char *text)
{
	assert_int_equal(score_find(COVER, strlen(COVER), text, 0, m), 0);
	e->mentions = m;
	e->n_mentions = 1;
}

/* Entities: a covering mention needs the gold span and the identity. */
static void
test_eval_score_entity_cover_strict(void **state)
{
	struct score_gold g = gold_with(1);
	struct score_gold_item onu = gent("ONU", EXTRACT_KIND_ORGANIZATION);
	struct score_gold_item unio = gent("Union", EXTRACT_KIND_ORGANIZATION);
	struct extract_entity sgp = xentity("UN Secretary-General",
	    "Le secrétaire général de l'ONU", EXTRACT_KIND_PERSON, "",
	    "IGOUNO");
	struct extract_entity sgo = xentity("UN Secretary-General",
	    "Le secrétaire général de l'ONU", EXTRACT_KIND_ORGANIZATION, "",
	    "IGOUNO");
	struct extract_entity body = xentity("UN body", "l'ONU",
	    EXTRACT_KIND_ORGANIZATION, "", "IGOUNO");
	struct extract_entity un = xentity("United Nations", "l'ONU",
	    EXTRACT_KIND_ORGANIZATION, "", "IGOUNO");
	struct extract_entity au = xentity("African Union", "l'Union "
	    "africaine", EXTRACT_KIND_ORGANIZATION, "", "IGOAFRAFU");
	struct extract_span m_sgp, m_sgo, m_body, m_un, m_au;

	(void)state;
	g.text = COVER;
	g.text_len = strlen(COVER);
	assert_int_equal(score_find(COVER, g.text_len, "ONU", 0, &onu.span), 0);
	assert_int_equal(score_find(COVER, g.text_len, "Union", 0, &unio.span),
	    0);
	mention_at(&sgp, &m_sgp, "Le secrétaire général de l'ONU");
	mention_at(&sgo, &m_sgo, "Le secrétaire général de l'ONU");
	/* The office holds "ONU" but is not the UN, of either kind. */
	assert_false(score_entity_match(&g, &onu, &sgp, 0));
	assert_false(score_entity_match(&g, &onu, &sgp, 1));
	assert_false(score_entity_match(&g, &onu, &sgo, 0));
	/* An organization with the UN's code and no other identity. */
	mention_at(&body, &m_body, "l'ONU a");
	assert_true(score_entity_match(&g, &onu, &body, 0));
	/* The UN itself, named elsewhere in the article. */
	assert_int_equal(score_find(COVER, g.text_len, "l'ONU,", 20, &m_un), 0);
	un.mentions = &m_un, un.n_mentions = 1;
	assert_true(score_entity_match(&g, &onu, &un, 0));
	/* A mention elsewhere holding the words does not cover the span. */
	g.gaz = NULL;
	mention_at(&au, &m_au, "l'Union africaine");
	assert_false(score_entity_match(&g, &unio, &au, 0));
	m_au.start = unio.span.start - 2;
	m_au.end = unio.span.end;
	assert_true(score_entity_match(&g, &unio, &au, 0));
}

static const char IDART[] =
    "Le Kremlin et l'Union européenne ont parlé. \"Non\", a dit Poutine. "
    "\"Oui\", a dit Lavrov. \"Peut-être\", a dit le président.";

/* Whole article: identity pairs, kind mismatches, code-only speakers. */
static void
test_eval_score_article_identity(void **state)
{
	struct score_gold g = gold_with(1);
	struct score_gold_item ge[3], gq[3];
	struct extract_entity pe[3];
	struct extract_quote pq[3];
	struct extract_result r;
	struct score_totals t;
	size_t i;

	(void)state;
	g.text = IDART;
	g.text_len = strlen(IDART);
	ge[0] = gent("Kremlin", EXTRACT_KIND_ORGANIZATION);
	ge[1] = gent("Union européenne", EXTRACT_KIND_ORGANIZATION);
	ge[2] = gent("Poutine", EXTRACT_KIND_PERSON);
	pe[0] = xentity("Kremlin", "Kremlin", EXTRACT_KIND_COUNTRY, "RUS",
	    "RUSGOV");
	pe[1] = xentity("European Union", "l'Union européenne",
	    EXTRACT_KIND_ORGANIZATION, "", "IGOEUREEC");
	pe[2] = xentity("Vladimir Putin", "Poutine", EXTRACT_KIND_PERSON,
	    "RUS", "RUSGOV");
	gq[0] = gent("Non", 0), gq[0].value = "Vladimir Poutine";
	gq[1] = gent("Oui", 0), gq[1].value = "Vladimir Poutine";
	gq[2] = gent("Peut-être", 0), gq[2].value = "Vladimir Poutine";
	for (i = 0; i < 3; i++) {
		assert_int_equal(score_find(IDART, g.text_len, gq[i].text, 0,
		    &gq[i].span), 0);
		memset(&pq[i], 0, sizeof(pq[i]));
		pq[i].span = gq[i].span;
	}
	pq[0].speaker = xactor("Vladimir Putin", "Poutine",
	    EXTRACT_KIND_PERSON, "RUS", "GOV", "RUSGOV");
	pq[1].speaker = xactor("Sergei Lavrov", "Lavrov", EXTRACT_KIND_PERSON,
	    "RUS", "GOV", "RUSGOV");
	pq[2].speaker = xactor("president", "le président", EXTRACT_KIND_GROUP,
	    "RUS", "GOV", "RUSGOV");
	g.entities = ge, g.n_entities = 3;
	g.quotes = gq, g.n_quotes = 3;
	memset(&r, 0, sizeof(r));
	r.entities = pe, r.n_entities = 3;
	r.quotes = pq, r.n_quotes = 3;
	memset(&t, 0, sizeof(t));
	assert_int_equal(score_article(&g, &r, &t, NULL), 0);
	/* EU and Putin by identity; the Kremlin is a kind mismatch. */
	assert_int_equal(t.entities.tp, 2);
	assert_int_equal(t.entities.npred, 3);
	assert_int_equal(t.entities.ngold, 3);
	assert_int_equal(t.ent_kind_mismatch, 1);
	/* Putin by identity, the role on codes, never Lavrov. */
	assert_int_equal(t.quotes.tp, 2);
	assert_int_equal(t.quotes_by_code, 1);
	assert_int_equal(t.quote_spans.tp, 3);
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
		cmocka_unit_test(test_eval_score_report_utf8),
	};

	const struct CMUnitTest identity[] = {
		cmocka_unit_test(test_eval_score_resolve),
		cmocka_unit_test(test_eval_score_speaker_identity),
		cmocka_unit_test(test_eval_score_speaker_strict),
		cmocka_unit_test(test_eval_score_speaker_person),
		cmocka_unit_test(test_eval_score_speaker_country),
		cmocka_unit_test(test_eval_score_entity_identity),
		cmocka_unit_test(test_eval_score_entity_mentions),
		cmocka_unit_test(test_eval_score_entity_cover_strict),
		cmocka_unit_test(test_eval_score_article_identity),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rc += cmocka_run_group_tests(identity, gaz_setup, gaz_teardown);
	return rc;
}
