/*
 * test_actors: actor recognition through extract_run(): roles with
 * demonyms, metonymy, organizations, unknown and known persons, apposition,
 * counterparts, coreference and the dateline. Uses the real data directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "newsev/article.h"
#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/gazetteer.h"
#include "newsev/text.h"
#include "testlib.h"


static struct extract_result *
run(const char *text)
{
	return testlib_run("a1", text, "fr");
}

static const struct extract_event *
first_code(const struct extract_result *r, const char *code)
{
	for (size_t i = 0; i < r->n_events; i++)
		if (strcmp(r->events[i].cameo_code, code) == 0)
			return &r->events[i];
	return NULL;
}

static void
test_actors_role_demonym(void **state)
{
	struct extract_result *r = run("L'armée israélienne a bombardé Gaza.");
	const struct extract_event *e = first_code(r, "195");

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "ISRMIL");
	assert_string_equal(e->source.country, "ISR");
	assert_string_equal(e->source.role, "MIL");
	assert_string_equal(e->target.country, "PSE");
	extract_result_free(r);
}

static void
test_actors_metonymy(void **state)
{
	struct extract_result *r = run("Le Kremlin a condamné la décision de "
	    "Kiev.");
	const struct extract_event *e = first_code(r, "111");

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "RUSGOV");
	assert_int_equal(e->source.kind, EXTRACT_KIND_COUNTRY);
	assert_string_equal(e->target.country, "UKR");
	extract_result_free(r);
}

static void
test_actors_armed_group(void **state)
{
	struct extract_result *r = run("Les rebelles houthis ont attaqué un "
	    "navire britannique.");
	const struct extract_event *e = first_code(r, "190");

	assert_non_null(e);
	assert_string_equal(e->source.country, "YEM");
	assert_string_equal(e->source.role, "REB");
	assert_string_equal(e->target.country, "GBR");
	extract_result_free(r);
}

static void
test_actors_unknown_person_apposition(void **state)
{
	struct extract_result *r = run("La directrice adjointe du programme "
	    "Asie de Human Rights Watch, Jane Roe, a dénoncé la répression "
	    "en Birmanie. Roe a ajouté que l'armée birmane avait arrêté des "
	    "militants.");
	const struct extract_event *e = first_code(r, "111");
	size_t i;

	assert_non_null(e);
	assert_string_equal(e->source.name, "Jane Roe");
	assert_string_equal(e->source.cameo, "NGOHRW");
	for (i = 0; i < r->n_entities; i++)
		if (strcmp(r->entities[i].name, "Jane Roe") == 0)
			break;
	assert_true(i < r->n_entities);
	assert_int_equal(r->entities[i].kind, EXTRACT_KIND_PERSON);
	assert_int_equal(r->entities[i].n_mentions, 2);	/* "Roe" too */
	extract_result_free(r);
}

static void
test_actors_counterpart_host(void **state)
{
	struct extract_result *r = run("Le président brésilien a reçu son "
	    "homologue angolais, João Lourenço, à Brasília.");
	const struct extract_event *e = first_code(r, "043");

	assert_non_null(e);
	assert_string_equal(e->source.country, "BRA");
	assert_string_equal(e->target.country, "AGO");
	assert_string_equal(e->target.role, "GOV");
	assert_string_equal(e->target.name, "João Lourenço");
	extract_result_free(r);
}

static void
test_actors_coreference_role(void **state)
{
	struct extract_result *r = run("Vladimir Poutine est arrivé mercredi "
	    "à Hanoï. Le président russe a ensuite rencontré To Lam.");
	const struct extract_event *e = first_code(r, "040");

	assert_non_null(e);
	assert_string_equal(e->source.name, "Vladimir Poutine");
	assert_string_equal(e->source.text, "président russe");
	assert_string_equal(e->target.country, "VNM");
	extract_result_free(r);
}

static void
test_actors_dateline_not_actor(void **state)
{
	struct extract_result *r = run("BRUXELLES, 14 octobre (newsev) - "
	    "L'Union européenne a imposé lundi des sanctions à l'Iran.");
	const struct extract_event *e = first_code(r, "163");

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "IGOEUREEC");
	assert_string_equal(e->target.country, "IRN");
	for (size_t i = 0; i < r->n_events; i++)
		assert_string_not_equal(r->events[i].source.country, "BEL");
	extract_result_free(r);
}

static struct extract_result *
run_en(const char *text)
{
	return testlib_run("a2", text, "en");
}

/* Entity named name, or NULL. */
static const struct extract_entity *
entity_named(const struct extract_result *r, const char *name)
{
	for (size_t i = 0; i < r->n_entities; i++)
		if (strcmp(r->entities[i].name, name) == 0)
			return &r->entities[i];
	return NULL;
}

/* Entity whose first text is text, or NULL. */
static const struct extract_entity *
entity_text(const struct extract_result *r, const char *text)
{
	for (size_t i = 0; i < r->n_entities; i++)
		if (strcmp(r->entities[i].text, text) == 0)
			return &r->entities[i];
	return NULL;
}

static void
test_actors_ambiguous_demonym(void **state)
{
	/* the article names the DRC: "congolais" is Congolese of the DRC */
	struct extract_result *r = run("La RDC accuse le Rwanda. L'armée "
	    "congolaise a attaqué les rebelles du M23 près de Goma, en RDC.");
	const struct extract_event *e = first_code(r, "190");

	assert_non_null(e);
	assert_string_equal(e->source.country, "COD");
	assert_string_equal(e->source.cameo, "CODMIL");
	extract_result_free(r);
	/* the same word in a story about Congo-Brazzaville */
	r = run("Le Congo-Brazzaville a fermé sa frontière. L'armée congolaise "
	    "a attaqué des rebelles dans le Pool, au sud du Congo.");
	e = first_code(r, "190");
	assert_non_null(e);
	assert_string_equal(e->source.country, "COG");
	extract_result_free(r);
}

static void
test_actors_brussels(void **state)
{
	/* an acting "Bruxelles" in an EU story is the Union */
	struct extract_result *r = run("L'Union européenne prépare de "
	    "nouvelles mesures. Bruxelles a condamné la décision de Moscou.");
	const struct extract_event *e = first_code(r, "111");
	const struct extract_entity *en;

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "IGOEUREEC");
	assert_int_equal(e->source.kind, EXTRACT_KIND_ORGANIZATION);
	extract_result_free(r);
	/* "européenne" in an EU story is the Union's adjective */
	r = run("L'Union européenne a adopté des sanctions contre l'Iran. "
	    "L'Ukraine a salué la décision européenne.");
	assert_non_null(e = first_code(r, "051"));
	assert_string_equal(e->source.country, "UKR");
	assert_string_equal(e->target.cameo, "IGOEUREEC");
	extract_result_free(r);
	/* "à Luxembourg" is the city, "au Luxembourg" the country */
	r = run("Les ministres se sont réunis à Luxembourg.");
	assert_non_null(en = entity_named(r, "Luxembourg City"));
	assert_int_equal(en->kind, EXTRACT_KIND_LOCATION);
	extract_result_free(r);
	r = run("Les ministres se sont réunis au Luxembourg.");
	assert_non_null(en = entity_named(r, "Luxembourg"));
	assert_int_equal(en->kind, EXTRACT_KIND_COUNTRY);
	extract_result_free(r);
	/* "à Bruxelles" is the Belgian city */
	r = run("Des agriculteurs ont manifesté à Bruxelles devant le "
	    "Parlement européen.");
	assert_non_null(en = entity_named(r, "Brussels"));
	assert_int_equal(en->kind, EXTRACT_KIND_LOCATION);
	assert_string_equal(en->country, "BEL");
	extract_result_free(r);
}

static void
test_actors_role_gains_country(void **state)
{
	/* "le président" + "guyanien": not the president named last */
	struct extract_result *r = run("Le président guyanien Irfaan Ali a "
	    "rencontré Nicolas Maduro. Le président guyanien a ensuite "
	    "condamné les menaces du Venezuela.");
	const struct extract_event *e = first_code(r, "111");

	assert_non_null(e);
	assert_string_equal(e->source.country, "GUY");
	assert_string_equal(e->source.name, "Irfaan Ali");
	assert_string_equal(e->target.country, "VEN");
	extract_result_free(r);
	/* "son homologue guyanien X" is a head of state too, not the first */
	r = run("Le président vénézuélien Nicolas Maduro et son homologue "
	    "guyanien Irfaan Ali se sont rencontrés. Le président guyanien a "
	    "ensuite condamné le Venezuela.");
	e = first_code(r, "111");
	assert_non_null(e);
	assert_string_equal(e->source.name, "Irfaan Ali");
	extract_result_free(r);
}

static void
test_actors_ministry_entity(void **state)
{
	struct extract_result *r = run("Le ministère chinois des affaires "
	    "étrangères a condamné les États-Unis.");
	const struct extract_entity *en = entity_text(r,
	    "ministère chinois des affaires étrangères");
	const struct extract_event *e = first_code(r, "111");

	assert_non_null(en);
	assert_int_equal(en->kind, EXTRACT_KIND_ORGANIZATION);
	assert_string_equal(en->country, "CHN");
	assert_string_equal(en->cameo, "CHNGOV");
	assert_non_null(e);
	assert_string_equal(e->source.country, "CHN");
	extract_result_free(r);
	/* an English description: the country stays an entity, no ministry */
	r = run_en("Japan's foreign ministry condemned the launch.");
	assert_non_null(en = entity_named(r, "Japan"));
	assert_int_equal(en->kind, EXTRACT_KIND_COUNTRY);
	for (size_t i = 0; i < r->n_entities; i++)
		assert_int_not_equal(r->entities[i].kind,
		    EXTRACT_KIND_ORGANIZATION);
	extract_result_free(r);
}

static void
test_actors_seat_entity_kind(void **state)
{
	struct extract_result *r = run("Le Kremlin a dénoncé l'accord. Les "
	    "ministres se sont réunis à l'hôtel de Brienne.");
	const struct extract_entity *en;

	assert_non_null(en = entity_named(r, "Kremlin"));
	assert_int_equal(en->kind, EXTRACT_KIND_ORGANIZATION);
	assert_string_equal(en->country, "RUS");
	assert_non_null(en = entity_named(r, "Hôtel de Brienne"));
	assert_int_equal(en->kind, EXTRACT_KIND_LOCATION);
	extract_result_free(r);
	/* absorbed into a role, the seat and the organization are entities */
	r = run("Un porte-parole du département d'État a dénoncé la décision. "
	    "Le secrétaire général de l'ONU a salué l'accord.");
	assert_non_null(en = entity_named(r, "State Department"));
	assert_int_equal(en->kind, EXTRACT_KIND_ORGANIZATION);
	assert_string_equal(en->country, "USA");
	assert_non_null(en = entity_named(r, "United Nations"));
	assert_int_equal(en->kind, EXTRACT_KIND_ORGANIZATION);
	assert_string_equal(en->cameo, "IGOUNO");
	extract_result_free(r);
}

static void
test_actors_org_anaphor(void **state)
{
	struct extract_result *r = run("La Cédéao a levé ses sanctions contre "
	    "le Niger. L'organisation a toutefois condamné la détention du "
	    "président renversé.");
	const struct extract_event *e = first_code(r, "111");
	const struct extract_entity *en = entity_named(r, "ECOWAS");

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "IGOECOWAS");
	assert_int_equal(e->source.kind, EXTRACT_KIND_ORGANIZATION);
	assert_non_null(en);
	assert_int_equal(en->n_mentions, 2);	/* "L'organisation" too */
	extract_result_free(r);
	/* an indefinite "une organisation" refers to nobody */
	r = run("Le Niger a protesté. Une organisation a condamné la "
	    "détention du président.");
	for (size_t i = 0; i < r->n_entities; i++)
		assert_int_not_equal(r->entities[i].kind,
		    EXTRACT_KIND_ORGANIZATION);
	extract_result_free(r);
}

static void
test_actors_story_country_abroad(void **state)
{
	/* a Bangkok dateline on a Burmese story: "la junte" is Burmese */
	struct extract_result *r = run("BANGKOK, 30 janvier (newsev) - La "
	    "Birmanie a rejeté les critiques. L'armée birmane a bombardé des "
	    "villages birmans. La junte a attaqué les rebelles.");
	const struct extract_event *e = first_code(r, "190");

	assert_non_null(e);
	assert_string_equal(e->source.country, "MMR");
	extract_result_free(r);
}

static void
test_actors_unknown_names(void **state)
{
	const struct extract_entity *en;
	struct extract_result *r = run_en("Poland signed the deal. Deputy "
	    "Defence Minister Pawel Bejda said the tanks would arrive.");

	/* a capitalized title opening the sentence does not hide the name */
	assert_non_null(en = entity_named(r, "Pawel Bejda"));
	assert_int_equal(en->kind, EXTRACT_KIND_PERSON);
	assert_string_equal(en->country, "POL");
	extract_result_free(r);
	/* "le récif de Second Thomas", "Le Conseil": no persons; "al-Aiban" is */
	r = run("Le Conseil des gouverneurs a voté. Des navires ont croisé près "
	    "du récif de Second Thomas. Le conseiller saoudien, Moussaed "
	    "al-Aiban, a signé.");
	for (size_t i = 0; i < r->n_entities; i++)
		if (r->entities[i].kind == EXTRACT_KIND_PERSON)
			assert_string_equal(r->entities[i].name,
			    "Moussaed al-Aiban");
	assert_non_null(entity_named(r, "Moussaed al-Aiban"));
	extract_result_free(r);
	/* a shorter form of an unknown name is the same person */
	r = run("La ministre congolaise des affaires étrangères, Thérèse "
	    "Kayikwamba Wagner, est arrivée. Mme Kayikwamba Wagner a ensuite "
	    "condamné le Rwanda.");
	assert_non_null(en = entity_named(r, "Thérèse Kayikwamba Wagner"));
	assert_int_equal(en->n_mentions, 2);
	assert_string_equal(en->country, "COD");
	assert_null(entity_named(r, "Kayikwamba Wagner"));
	extract_result_free(r);
	/* the place after the role does not hide it: "... pour la Birmanie, X" */
	r = run("L'envoyée spéciale de l'Asean pour la Birmanie, Alounkèo "
	    "Kittikhoun, a rencontré le chef de la junte.");
	assert_non_null(en = entity_named(r, "Alounkèo Kittikhoun"));
	assert_string_equal(en->cameo, "IGOSEAASN");
	extract_result_free(r);
}

static void
test_actors_plural_role_and_orgs(void **state)
{
	/* "Les policiers" are the Kenyan police named before */
	struct extract_result *r = run("Quatre cents policiers kényans sont "
	    "arrivés à Port-au-Prince. Les policiers ont attaqué un gang "
	    "haïtien.");
	const struct extract_event *e = first_code(r, "190");

	assert_non_null(e);
	assert_string_equal(e->source.country, "KEN");
	assert_string_equal(e->source.role, "COP");
	extract_result_free(r);
	/* the ELN is a Colombian armed group; the UN nuclear watchdog the IAEA */
	r = run_en("The ELN attacked a police post. Iran criticised the UN "
	    "nuclear watchdog.");
	assert_non_null(e = first_code(r, "190"));
	assert_string_equal(e->source.cameo, "COLREB");
	assert_non_null(e = first_code(r, "111"));
	assert_string_equal(e->target.cameo, "IGOIAEA");
	extract_result_free(r);
}

/* 1 when the gazetteer knows name as a person (in any of its spellings). */
static int
is_person_name(const char *name)
{
	const struct gaz_entry *e;
	struct text_doc d;
	size_t n;
	int person = 0;

	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, name, strlen(name)), 0);
	n = gazetteer_match(testlib_dict()->gaz, &d, 0, &e);
	for (; n == d.ntoks && e != NULL; e = e->next)
		person |= e->type == GAZ_PERSON;
	text_doc_clear(&d);
	return person;
}

static void
test_actors_unnamed_head_role(void **state)
{
	/* the people list knows an American president, the text does not */
	struct extract_result *r = run("WASHINGTON, 3 mars (newsev) - Le "
	    "président américain a vivement critiqué la Chine mardi.");
	const struct extract_event *e = first_code(r, "111");
	size_t i;

	assert_non_null(e);
	assert_string_equal(e->source.text, "président américain");
	assert_string_equal(e->source.country, "USA");
	assert_string_equal(e->source.role, "GOV");
	assert_string_equal(e->source.cameo, "USAGOV");
	assert_int_equal(e->source.kind, EXTRACT_KIND_GROUP);
	assert_true(is_person_name("Vladimir Poutine"));	/* the check works */
	assert_false(is_person_name(e->source.name));
	assert_string_equal(e->source.name, gazetteer_country(testlib_dict()->gaz,
	    "USA")->name);	/* the country speaks */
	assert_string_equal(e->target.country, "CHN");
	for (i = 0; i < r->n_entities; i++)
		assert_int_not_equal(r->entities[i].kind, EXTRACT_KIND_PERSON);
	extract_result_free(r);
}

static void
test_actors_head_role_other_country_named(void **state)
{
	/* Poutine is named, but he is not the Chinese president */
	struct extract_result *r = run("Vladimir Poutine a reçu mardi le "
	    "président chinois à Moscou.");
	const struct extract_event *e = first_code(r, "043");

	assert_non_null(e);
	assert_string_equal(e->source.name, "Vladimir Poutine");
	assert_string_equal(e->target.country, "CHN");
	assert_string_equal(e->target.role, "GOV");
	assert_false(is_person_name(e->target.name));
	extract_result_free(r);
}

static void
test_actors_head_role_named_long_before(void **state)
{
	/* Lavrov is named more than 256 mentions before the role */
	char *text = malloc(64 * 1024);
	size_t n = 0, k;
	struct extract_result *r;
	const struct extract_event *e = NULL;

	assert_non_null(text);
	n += (size_t)sprintf(text + n, "Sergueï Lavrov est arrivé mardi à "
	    "Pékin. ");
	for (k = 0; k < 100; k++)
		n += (size_t)sprintf(text + n, "La France, l'Allemagne et "
		    "l'Italie ont signé un accord. ");
	sprintf(text + n, "Le chef de la diplomatie russe a condamné "
	    "l'Ukraine.");
	r = run(text);
	for (k = 0; k < r->n_events; k++)
		if (strcmp(r->events[k].source.text,
		    "chef de la diplomatie russe") == 0)
			e = &r->events[k];
	assert_non_null(e);
	assert_string_equal(e->source.country, "RUS");
	assert_string_equal(e->source.name, "Sergueï Lavrov");
	extract_result_free(r);
	free(text);
}

static void
test_actors_many_entities(void **state)
{
	/* 3000 distinct unknown persons, each named twice: one entity each */
	static const char syl[][3] = { "ba", "ko", "ri", "tu", "mu", "sa",
	    "lo", "ni", "da", "ve", "po", "zu", "ga", "fe", "hi", "ju" };
	char *text = malloc(3000 * 96), name[32];
	size_t n = 0, k, j, persons = 0;
	struct extract_result *r;

	assert_non_null(text);
	for (k = 0; k < 3000; k++) {
		size_t v = k, w = 0;

		for (j = 0; j < 3; j++, v /= 16) {
			memcpy(name + w, syl[v % 16], 2);
			w += 2;
		}
		name[0] = (char)(name[0] - 'a' + 'A');
		memcpy(name + w, " Kabo", 6);
		n += (size_t)sprintf(text + n, "Mardi, %s est arrivé. Puis %s "
		    "est reparti. ",
		    name, name);
	}
	r = run(text);
	for (k = 0; k < r->n_entities; k++) {
		if (r->entities[k].kind != EXTRACT_KIND_PERSON)
			continue;
		persons++;
		assert_int_equal(r->entities[k].n_mentions, 2);
		assert_true(r->entities[k].mentions[0].start <
		    r->entities[k].mentions[1].start);
		for (j = 0; j < k; j++)	/* names are distinct */
			assert_string_not_equal(r->entities[j].name,
			    r->entities[k].name);
	}
	assert_int_equal(persons, 3000);
	extract_result_free(r);
	free(text);
}

/* A European commissioner speaks for the EU, not for the country named next. */
static void
test_actors_european_commissioner(void **state)
{
	struct extract_result *r = run("Les agriculteurs belges ont manifesté "
	    "lundi. Le commissaire européen à l'Agriculture, Jan Nowak, a "
	    "promis mardi aux agriculteurs belges de présenter des mesures.");
	const struct extract_event *e = first_code(r, "030");

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "IGOEUREEC");
	assert_string_equal(e->target.country, "BEL");
	extract_result_free(r);
	/* a role behind the verb is not apposed to the name before it */
	r = run("Le ministre russe, Jan Nowak, a promis aux agriculteurs "
	    "belges de présenter des mesures.");
	e = first_code(r, "030");
	assert_non_null(e);
	assert_string_equal(e->source.cameo, "RUSGOV");
	assert_string_equal(e->target.country, "BEL");
	extract_result_free(r);
}

/* "l'Union", "la Commission": the last organization named with that word. */
static void
test_actors_union_anaphor(void **state)
{
	struct extract_result *r = run("L'Union européenne a adopté lundi de "
	    "nouvelles mesures. Ce n'est pas la première fois que l'Union "
	    "sanctionne Téhéran pour son soutien à Moscou.");
	const struct extract_event *e = first_code(r, "163");

	assert_non_null(e);
	assert_string_equal(e->source.cameo, "IGOEUREEC");
	assert_string_equal(e->target.country, "IRN");
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors_role_demonym),
		cmocka_unit_test(test_actors_metonymy),
		cmocka_unit_test(test_actors_armed_group),
		cmocka_unit_test(test_actors_unknown_person_apposition),
		cmocka_unit_test(test_actors_counterpart_host),
		cmocka_unit_test(test_actors_coreference_role),
		cmocka_unit_test(test_actors_dateline_not_actor),
		cmocka_unit_test(test_actors_ambiguous_demonym),
		cmocka_unit_test(test_actors_brussels),
		cmocka_unit_test(test_actors_role_gains_country),
		cmocka_unit_test(test_actors_ministry_entity),
		cmocka_unit_test(test_actors_seat_entity_kind),
		cmocka_unit_test(test_actors_org_anaphor),
		cmocka_unit_test(test_actors_story_country_abroad),
		cmocka_unit_test(test_actors_unknown_names),
		cmocka_unit_test(test_actors_plural_role_and_orgs),
		cmocka_unit_test(test_actors_unnamed_head_role),
		cmocka_unit_test(test_actors_head_role_other_country_named),
		cmocka_unit_test(test_actors_head_role_named_long_before),
		cmocka_unit_test(test_actors_many_entities),
		cmocka_unit_test(test_actors_european_commissioner),
		cmocka_unit_test(test_actors_union_anaphor),
	};

	return cmocka_run_group_tests(tests, testlib_setup,
	    testlib_teardown);
}
