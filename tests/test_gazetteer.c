/* Tests for the gazetteer: loading, matching, errors, the real data set. */
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
#include "newsev/text.h"

static struct gazetteer *real;	/* loaded once from the staged data */

static void
data_dir(char *buf, size_t len)
{
	const char *b = getenv("NEWSEV_BUILD");

	snprintf(buf, len, "%s/data/gazetteer", b && *b ? b : "build");
}

/* Write a fixture file into a fresh temp dir; returns the dir. */
static char *
fixture(const char *name, const char *content)
{
	char tmpl[] = "/tmp/newsev-gaz-XXXXXX", path[256];
	char *dir;
	FILE *f;

	assert_non_null(mkdtemp(tmpl));
	dir = strdup(tmpl);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(content, f);
	fclose(f);
	return dir;
}

static void
fixture_remove(char *dir, const char *name)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(path);
	rmdir(dir);
	free(dir);
}

/*
 * Match text from its first token; returns the tokens matched and the
 * first entry.
 */
static size_t
match_at(const struct gazetteer *g, const char *text, size_t tok,
    const struct gaz_entry **e)
{
	struct text_doc d;
	size_t n;

	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, text, strlen(text)), 0);
	n = gazetteer_match(g, &d, tok, e);
	text_doc_clear(&d);
	return n;
}

/* First entry of type t in the chain e, or NULL. */
static const struct gaz_entry *
of_type(const struct gaz_entry *e, enum gaz_type t)
{
	for (; e != NULL; e = e->next)
		if (e->type == t)
			return e;
	return NULL;
}

static const char fixture_tsv[] =
    "\xef\xbb\xbf# test fixture, with a byte-order mark and CRLF\r\n"
    "country\tles États-Unis|USA\tUSA\tUSA\t-\t-\t-\t-\tUnited States\n"
    "city\tWashington\tUSA\tUSA\t-\tcapital\t38.90\t-77.04\tWashington\n"
    "seat\tWashington\tUSA\t\tGOV\n"
    "role\tministre\t-\t-\tGOV\n"
    "role\tministre des affaires étrangères\t-\t-\tGOV\tforeign_min\n"
    "org\tUN\t-\tIGOUNO\tIGO\tambiguous\n"
    "\n";

static void
test_gazetteer_fixture(void **state)
{
	char *dir = fixture("a.tsv", fixture_tsv), err[256] = "";
	const struct gaz_entry *e;
	struct gazetteer *g;

	(void)state;
	g = gazetteer_load(dir, err, sizeof(err));
	assert_non_null(g);
	/* les états unis, états unis, usa, washington, ministre, m.d.a.e., un */
	assert_int_equal(gazetteer_size(g), 7);
	assert_int_equal(match_at(g, "Les Etats-Unis ont dit", 0, &e), 4);
	assert_string_equal(e->country, "USA");
	assert_int_equal(match_at(g, "aux Etats Unis", 1, &e), 2);
	assert_int_equal(match_at(g, "Washington a dit", 0, &e), 1);
	assert_int_equal(e->type, GAZ_CITY);
	assert_true(e->flags & GAZ_F_CAPITAL);
	assert_non_null(e->next);
	assert_int_equal(e->next->type, GAZ_SEAT);
	assert_string_equal(e->next->cameo, "USAGOV");	/* country + role */
	assert_int_equal(match_at(g, "le ministre des Affaires étrangères", 1,
	    &e), 4);
	assert_true(e->flags & GAZ_F_FOREIGN_MIN);
	assert_int_equal(match_at(g, "le ministre des armées", 1, &e), 1);
	assert_int_equal(e->flags & GAZ_F_FOREIGN_MIN, 0);
	/* ambiguous: "UN" only in capitals, never the article "un" */
	assert_int_equal(match_at(g, "UN envoy", 0, &e), 1);
	assert_string_equal(e->cameo, "IGOUNO");
	assert_int_equal(match_at(g, "un envoyé", 0, &e), 0);
	assert_null(e);
	assert_int_equal(match_at(g, "Un envoyé", 0, &e), 0);
	assert_non_null(gazetteer_country(g, "USA"));
	assert_null(gazetteer_country(g, "FRA"));
	assert_null(gazetteer_country(g, "us"));
	gazetteer_free(g);
	fixture_remove(dir, "a.tsv");
}

/* A user file adds a homograph to a phrase of an earlier file. */
static void
test_gazetteer_local_file(void **state)
{
	char *dir = fixture("base.tsv",
	    "city\tParis\tFRA\tFRA\t-\tcapital,ambiguous\t48.86\t2.35\tParis\n"),
	    path[256], err[256] = "";
	const struct gaz_entry *e;
	struct gazetteer *g;
	FILE *f;

	(void)state;
	snprintf(path, sizeof(path), "%s/local-mine.tsv", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("# Paris, Texas\ncity\tParis\tUSA\t-\t-\t-\t33.66\t-95.56\t"
	    "Paris (Texas)\n", f);
	fclose(f);
	g = gazetteer_load(dir, err, sizeof(err));
	assert_non_null(g);
	assert_int_equal(gazetteer_size(g), 1);
	assert_int_equal(match_at(g, "Paris", 0, &e), 1);
	assert_string_equal(e->country, "FRA");
	assert_non_null(e->next);
	assert_string_equal(e->next->country, "USA");
	assert_string_equal(e->next->name, "Paris (Texas)");
	assert_null(e->next->next);
	/* the base line's ambiguity still guards the lower-case word */
	assert_int_equal(match_at(g, "les paris", 1, &e), 0);
	gazetteer_free(g);
	unlink(path);
	fixture_remove(dir, "base.tsv");
}

static void
check_error(const char *content, const char *want)
{
	char *dir = fixture("bad.tsv", content), err[256] = "", expect[512];

	assert_null(gazetteer_load(dir, err, sizeof(err)));
	snprintf(expect, sizeof(expect), "%s/bad.tsv:%s", dir, want);
	assert_string_equal(err, expect);
	fixture_remove(dir, "bad.tsv");
}

static void
test_gazetteer_errors(void **state)
{
	char err[256] = "";

	(void)state;
	check_error("# ok\ncountry\tFrance\tFRA\nplanet\tMars\n",
	    "3: unknown type 'planet'");
	check_error("city\tParis\tFRA\tFRA\t-\tcapitol\n",
	    "1: unknown flag 'capitol'");
	check_error("\n\ncity\tParis\tFRA\tFRA\t-\t-\t48.8\n",
	    "3: latitude without longitude");
	check_error("city\tParis\tFRA\tFRA\t-\t-\t148.8\t2.3\n",
	    "1: bad coordinate '148.8'");
	check_error("country\tFrance\tFR\n",
	    "1: country 'FR' is not ISO alpha-3");
	check_error("country\n", "1: need at least a type and a phrase");
	check_error("country\tFrance|\tFRA\n", "1: empty phrase in ''");
	check_error("country\tFrance\tFRA\tFRA\t-\t-\t-\t-\tFrance\textra\n",
	    "1: more than 9 columns");
	check_error("org\tX\t-\tlowercase\n", "1: cameo 'lowercase' not A-Z0-9");
	assert_null(gazetteer_load("/nonexistent-newsev", err, sizeof(err)));
	assert_non_null(strstr(err, "/nonexistent-newsev"));
	gazetteer_free(NULL);
}

static int
real_setup(void **state)
{
	char dir[512], err[512] = "";

	(void)state;
	data_dir(dir, sizeof(dir));
	real = gazetteer_load(dir, err, sizeof(err));
	if (real == NULL)
		fprintf(stderr, "gazetteer_load(%s): %s\n", dir, err);
	return real == NULL ? -1 : 0;
}

static int
real_teardown(void **state)
{
	(void)state;
	gazetteer_free(real);
	return 0;
}

static void
expect_country(const char *text, size_t tok, size_t ntok, enum gaz_type t,
    const char *iso)
{
	const struct gaz_entry *e, *x;

	assert_int_equal(match_at(real, text, tok, &e), ntok);
	x = of_type(e, t);
	assert_non_null(x);
	assert_string_equal(x->country, iso);
}

static void
test_gazetteer_real_countries(void **state)
{
	const struct gaz_entry *e;

	(void)state;
	assert_true(gazetteer_size(real) > 3000);
	expect_country("\xc3\x89tats-Unis", 0, 3, GAZ_COUNTRY, "USA");
	expect_country("Etats-Unis", 0, 3, GAZ_COUNTRY, "USA");
	expect_country("les Etats-Unis", 0, 4, GAZ_COUNTRY, "USA");
	expect_country("USA", 0, 1, GAZ_COUNTRY, "USA");
	expect_country("the U.S. said", 1, 1, GAZ_COUNTRY, "USA");
	expect_country("the United States said", 0, 3, GAZ_COUNTRY, "USA");
	expect_country("la Cor\xc3\xa9" "e du Nord", 0, 4, GAZ_COUNTRY, "PRK");
	expect_country("North Korea", 0, 2, GAZ_COUNTRY, "PRK");
	expect_country("le Royaume-Uni", 0, 4, GAZ_COUNTRY, "GBR");
	expect_country("la Russie", 0, 2, GAZ_COUNTRY, "RUS");
	expect_country("Russian Federation", 0, 2, GAZ_COUNTRY, "RUS");
	expect_country("R\xc3\xa9publique islamique d'Iran", 0, 4, GAZ_COUNTRY,
	    "IRN");
	/* common words are not countries: "eau" (EAU), "réunion" (Réunion) */
	assert_int_equal(match_at(real, "de l'eau", 2, &e), 0);
	expect_country("les EAU", 1, 1, GAZ_COUNTRY, "ARE");
	assert_int_equal(match_at(real, "une r\xc3\xa9union", 1, &e), 0);
	expect_country("La R\xc3\xa9union", 0, 2, GAZ_COUNTRY, "REU");
	/* "us" the pronoun is not the United States */
	assert_int_equal(match_at(real, "told us", 1, &e), 0);
	e = gazetteer_country(real, "RUS");
	assert_non_null(e);
	assert_string_equal(e->name, "Russia");
	assert_non_null(gazetteer_country(real, "ZWE"));
}

static void
test_gazetteer_real_demonyms(void **state)
{
	const struct gaz_entry *e;

	(void)state;
	assert_int_equal(match_at(real, "nord-cor\xc3\xa9" "ennes", 0, &e), 3);
	assert_int_equal(e->type, GAZ_DEMONYM);
	assert_string_equal(e->country, "PRK");
	assert_int_equal(e->flags & (GAZ_F_PLURAL | GAZ_F_FEMININE),
	    GAZ_F_PLURAL | GAZ_F_FEMININE);
	expect_country("vietnamiens", 0, 1, GAZ_DEMONYM, "VNM");
	assert_int_equal(match_at(real, "vietnamienne", 0, &e), 1);
	assert_int_equal(e->flags & (GAZ_F_PLURAL | GAZ_F_FEMININE),
	    GAZ_F_FEMININE);
	expect_country("russes", 0, 1, GAZ_DEMONYM, "RUS");
	expect_country("am\xc3\xa9ricaine", 0, 1, GAZ_DEMONYM, "USA");
	expect_country("North Korean", 0, 2, GAZ_DEMONYM, "PRK");
	expect_country("Vietnamese", 0, 1, GAZ_DEMONYM, "VNM");
	expect_country("grecques", 0, 1, GAZ_DEMONYM, "GRC");
}

static void
test_gazetteer_real_places(void **state)
{
	const struct gaz_entry *e;

	(void)state;
	assert_int_equal(match_at(real, "Hanoi", 0, &e), 1);
	e = of_type(e, GAZ_CITY);
	assert_non_null(e);
	assert_string_equal(e->country, "VNM");
	assert_true(e->has_coords);
	assert_true(e->lat > 20.9 && e->lat < 21.2);
	assert_true(e->lon > 105.7 && e->lon < 106.0);
	assert_true(e->flags & GAZ_F_CAPITAL);
	assert_int_equal(match_at(real, "Hano\xc3\xaf", 0, &e), 1);
	assert_string_equal(of_type(e, GAZ_CITY)->country, "VNM");
	expect_country("P\xc3\xa9kin", 0, 1, GAZ_CITY, "CHN");
	expect_country("Beijing", 0, 1, GAZ_CITY, "CHN");
	expect_country("Kyiv", 0, 1, GAZ_CITY, "UKR");
	expect_country("Kiev", 0, 1, GAZ_CITY, "UKR");
	expect_country("Moscou", 0, 1, GAZ_CITY, "RUS");
	expect_country("Luanda", 0, 1, GAZ_CITY, "AGO");
	assert_int_equal(match_at(real, "le Kremlin", 0, &e), 2);
	assert_int_equal(e->type, GAZ_SEAT);
	assert_string_equal(e->country, "RUS");
	assert_string_equal(e->cameo, "RUSGOV");
	assert_string_equal(e->role, "GOV");
	assert_int_equal(match_at(real, "la Maison-Blanche", 0, &e), 4);
	assert_string_equal(e->cameo, "USAGOV");
	assert_int_equal(match_at(real, "l'\xc3\x89lys\xc3\xa9" "e", 0, &e), 2);
	assert_string_equal(e->cameo, "FRAGOV");
	/* "paris" (bets) is lower case: not the city */
	assert_int_equal(match_at(real, "les paris sportifs", 1, &e), 0);
	expect_country("Paris", 0, 1, GAZ_CITY, "FRA");
}

static void
expect_org(const char *text, size_t ntok, const char *cameo)
{
	const struct gaz_entry *e;

	assert_int_equal(match_at(real, text, 0, &e), ntok);
	assert_int_equal(e->type, GAZ_ORG);
	assert_string_equal(e->cameo, cameo);
}

static void
test_gazetteer_real_orgs(void **state)
{
	(void)state;
	expect_org("OTAN", 1, "IGOWSTNAT");
	expect_org("l'Otan", 2, "IGOWSTNAT");
	expect_org("NATO", 1, "IGOWSTNAT");
	expect_org("ONU", 1, "IGOUNO");
	expect_org("Nations unies", 2, "IGOUNO");
	expect_org("le Conseil de s\xc3\xa9" "curit\xc3\xa9", 4, "IGOUNO");
	expect_org("UE", 1, "IGOEUREEC");
	expect_org("Commission europ\xc3\xa9" "enne", 2, "IGOEUREEC");
	expect_org("la CPI", 2, "IGOICC");
	expect_org("AIEA", 1, "IGOIAEA");
	expect_org("FMI", 1, "IGOIMF");
	expect_org("Banque mondiale", 2, "IGOWBK");
	expect_org("OMS", 1, "IGOWHO");
	expect_org("OMC", 1, "IGOWTO");
	expect_org("OPEP", 1, "IGOOPEC");
	expect_org("la Ligue arabe", 3, "IGOARL");
	expect_org("CEDEAO", 1, "IGOECOWAS");
	expect_org("OSCE", 1, "IGOOSCE");
	expect_org("G7", 1, "IGOG7");
	expect_org("G20", 1, "IGOG20");
	expect_org("ASEAN", 1, "IGOSEAASN");
	expect_org("Union africaine", 2, "IGOAFRAFU");
	expect_org("Amnesty International", 2, "NGOAMN");
	expect_org("Human Rights Watch", 3, "NGOHRW");
	expect_org("M\xc3\xa9" "decins sans fronti\xc3\xa8res", 3, "NGOMSF");
	expect_org("CICR", 1, "NGOICRC");
}

static void
test_gazetteer_real_roles_people(void **state)
{
	const struct gaz_entry *e;

	(void)state;
	assert_int_equal(match_at(real,
	    "ministre des affaires \xc3\xa9trang\xc3\xa8res", 0, &e), 4);
	assert_int_equal(e->type, GAZ_ROLE);
	assert_string_equal(e->role, "GOV");
	assert_true(e->flags & GAZ_F_FOREIGN_MIN);
	assert_int_equal(match_at(real, "ministre", 0, &e), 1);
	assert_int_equal(e->flags & GAZ_F_FOREIGN_MIN, 0);
	assert_int_equal(match_at(real, "chef de l'\xc3\x89tat", 0, &e), 4);
	assert_true(e->flags & GAZ_F_HEAD_STATE);
	assert_int_equal(match_at(real, "Premier ministre", 0, &e), 2);
	assert_true(e->flags & GAZ_F_HEAD_GOV);
	assert_int_equal(match_at(real, "soldats", 0, &e), 1);
	assert_string_equal(e->role, "MIL");
	/* accents must match: "juge" the judge, not "jugé" judged */
	assert_int_equal(match_at(real, "le juge", 1, &e), 1);
	assert_string_equal(e->role, "JUD");
	assert_int_equal(match_at(real, "Les Juges", 1, &e), 1);
	assert_int_equal(match_at(real, "il a jug\xc3\xa9", 2, &e), 0);
	assert_int_equal(match_at(real, "ils sont jug\xc3\xa9s", 2, &e), 0);
	assert_int_equal(match_at(real, "Poutine", 0, &e), 1);
	assert_int_equal(e->type, GAZ_PERSON);
	assert_string_equal(e->country, "RUS");
	assert_string_equal(e->cameo, "RUSGOV");
	assert_true(e->flags & GAZ_F_HEAD_STATE);
	assert_int_equal(match_at(real, "Vladimir Putin", 0, &e), 2);
	assert_string_equal(e->country, "RUS");
	assert_int_equal(match_at(real, "Kim Jong Un", 0, &e), 3);
	assert_string_equal(e->country, "PRK");
	assert_int_equal(match_at(real, "Kim Jong-un", 0, &e), 4);
	assert_string_equal(e->country, "PRK");
	assert_int_equal(match_at(real, "Erdogan", 0, &e), 1);
	assert_string_equal(e->country, "TUR");
	assert_int_equal(match_at(real, "Zelenskyy", 0, &e), 1);
	assert_string_equal(e->country, "UKR");
}

/* Group words wire copy uses for protesters and fighters. */
static void
test_gazetteer_real_group_words(void **state)
{
	const struct gaz_entry *e;

	(void)state;
	assert_int_equal(match_at(real, "les protestataires", 1, &e), 1);
	assert_string_equal(e->role, "CVL");
	assert_true(e->flags & GAZ_F_PLURAL);
	assert_int_equal(match_at(real, "rioters", 0, &e), 1);
	assert_string_equal(e->role, "CVL");
	assert_int_equal(match_at(real, "les combattants", 1, &e), 1);
	assert_string_equal(e->role, "REB");
	assert_int_equal(match_at(real, "Jihadist fighters", 0, &e), 2);
	assert_string_equal(e->role, "REB");
	assert_true(e->flags & GAZ_F_PLURAL);
	assert_int_equal(match_at(real, "Islamist militants", 0, &e), 2);
	assert_string_equal(e->role, "REB");
	/* organizations wire copy names often */
	assert_int_equal(match_at(real, "the African Development Bank", 0, &e),
	    4);
	assert_string_equal(e->cameo, "IGOAFRADB");
	assert_int_equal(match_at(real, "le CPJ", 0, &e), 2);
	assert_string_equal(e->cameo, "NGOCPJ");
	assert_int_equal(match_at(real, "ISWAP", 0, &e), 1);
	assert_string_equal(e->cameo, "IMGMOSISI");
	/* a named force keeps its own code before the bare "fighters" */
	assert_int_equal(match_at(real, "Africa Corps fighters", 0, &e), 2);
	assert_string_equal(e->cameo, "RUSMIL");
}

static void
test_gazetteer_real_ambiguous(void **state)
{
	const struct gaz_entry *e, *f;

	(void)state;
	/* "congolais": both Congos, the DRC first (the default reading) */
	assert_int_equal(match_at(real, "congolaise", 0, &e), 1);
	assert_int_equal(e->type, GAZ_DEMONYM);
	assert_string_equal(e->country, "COD");
	for (f = e->next; f != NULL && strcmp(f->country, "COG") != 0;
	    f = f->next)
		;
	assert_non_null(f);
	/* "Bruxelles": the Belgian capital and the seat of the EU */
	assert_int_equal(match_at(real, "Bruxelles", 0, &e), 1);
	assert_non_null(f = of_type(e, GAZ_CITY));
	assert_string_equal(f->country, "BEL");
	assert_non_null(f = of_type(e, GAZ_SEAT));
	assert_string_equal(f->cameo, "IGOEUREEC");
	assert_string_equal(f->country, "");
	/* institutions and anaphors carry their flags */
	assert_int_equal(match_at(real, "le ministère de la défense", 1, &e),
	    4);
	assert_true(e->flags & GAZ_F_BODY);
	assert_string_equal(e->role, "MIL");
	assert_int_equal(match_at(real, "l'organisation a dit", 0, &e), 2);
	assert_true(e->flags & GAZ_F_ANAPHOR);
	/* a capitalized anaphor needs its capital: "le fonds" is a fund */
	assert_int_equal(match_at(real, "le Fonds a dit", 0, &e), 2);
	assert_true(e->flags & GAZ_F_ANAPHOR);
	assert_int_equal(match_at(real, "le fonds a dit", 0, &e), 0);
	/* office holders by country and flag */
	assert_non_null(f = gazetteer_head(real, "RUS", GAZ_F_FOREIGN_MIN));
	assert_string_equal(f->name, "Sergei Lavrov");
	assert_int_equal(f->type, GAZ_PERSON);
	assert_null(gazetteer_head(real, "ZZZ", GAZ_F_HEAD_STATE));
	assert_null(gazetteer_head(real, "RUS", 0));
}

int
main(void)
{
	const struct CMUnitTest unit[] = {
		cmocka_unit_test(test_gazetteer_fixture),
		cmocka_unit_test(test_gazetteer_local_file),
		cmocka_unit_test(test_gazetteer_errors),
	};
	const struct CMUnitTest data[] = {
		cmocka_unit_test(test_gazetteer_real_countries),
		cmocka_unit_test(test_gazetteer_real_demonyms),
		cmocka_unit_test(test_gazetteer_real_places),
		cmocka_unit_test(test_gazetteer_real_orgs),
		cmocka_unit_test(test_gazetteer_real_roles_people),
		cmocka_unit_test(test_gazetteer_real_group_words),
		cmocka_unit_test(test_gazetteer_real_ambiguous),
	};
	int rc;

	rc = cmocka_run_group_tests(unit, NULL, NULL);
	rc += cmocka_run_group_tests(data, real_setup, real_teardown);
	return rc;
}
