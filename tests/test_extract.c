/*
 * test_extract: the engine end to end on invented sentences, with the real
 * data directory ($NEWSEV_BUILD/data, else build/data, else data).
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
#include "testlib.h"


static struct extract_result *
run(const char *text, const char *lang)
{
	return testlib_run("t1", text, lang);
}

static void
test_extract_visit(void **state)
{
	struct extract_result *r = run("Le président brésilien est arrivé "
	    "mardi à Luanda pour une visite officielle de deux jours.", "fr");
	const struct extract_event *e = testlib_find(r, "BRA", "042", "AGO");

	assert_non_null(e);
	assert_int_equal(e->cameo_root, 4);
	assert_int_equal(e->quad_class, 1);
	assert_string_equal(e->plover_type, "CONSULT");
	assert_int_equal(e->mode, EXTRACT_MODE_ASSERTED);
	assert_string_equal(e->date.value, "2024-06-18");
	assert_string_equal(e->location.name, "Luanda");
	assert_string_equal(e->location.country, "AGO");
	assert_true(e->location.has_coords);
	assert_true(e->location.lat < -8 && e->location.lat > -9.5);
	assert_int_equal(strlen(e->event_id), 16);
	assert_string_equal(r->lang, "fr");
	extract_result_free(r);
}

static void
test_extract_planned_pronoun(void **state)
{
	struct extract_result *r = run("Le président brésilien est arrivé "
	    "mardi à Luanda. Il doit s'entretenir avec son homologue angolais, "
	    "João Lourenço.", "fr");
	const struct extract_event *e = testlib_find(r, "BRA", "040", "AGO");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_PLANNED);
	assert_string_equal(e->target.name, "João Lourenço");
	extract_result_free(r);
}

static void
test_extract_passive_between(void **state)
{
	struct extract_result *r = run("Plusieurs accords ont été signés entre "
	    "Brasília et Luanda, couvrant l'énergie et l'agriculture.", "fr");

	assert_non_null(testlib_find(r, "BRA", "057", "AGO"));
	extract_result_free(r);
}

static void
test_extract_icc_warrant(void **state)
{
	struct extract_result *r = run("La CPI a émis un mandat d'arrêt contre "
	    "le président russe.", "fr");
	const struct extract_event *e = testlib_find(r, "IGOICC", "173", "RUS");

	assert_non_null(e);
	assert_int_equal(e->quad_class, 4);
	extract_result_free(r);
}

static void
test_extract_negated(void **state)
{
	struct extract_result *r = run("Le Vietnam n'a pas signé d'accord de "
	    "défense avec la Russie.", "fr");
	const struct extract_event *e = testlib_find(r, "VNM", "057", "RUS");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_NEGATED);
	extract_result_free(r);
}

static void
test_extract_hypothetical(void **state)
{
	struct extract_result *r = run("Washington et ses alliés craignent que "
	    "Moscou ne livre des armes à la Corée du Nord.", "fr");
	const struct extract_event *e = testlib_find(r, "RUS", "07", "PRK");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_HYPOTHETICAL);
	extract_result_free(r);
}

static void
test_extract_english_sanctions(void **state)
{
	struct extract_result *r = run("The EU imposed new sanctions on Iran. "
	    "Beijing rejected the accusations on Friday.", "en");
	const struct extract_event *e = testlib_find(r, "IGOEUREEC", "163", "IRN");

	assert_non_null(e);
	/* PLOVER 2021: sanctions restrict (COERCE); SANCTION reduces relations */
	assert_string_equal(e->plover_type, "COERCE");
	assert_true(e->goldstein < -5);
	assert_non_null(testlib_find(r, "CHN", "12", "IGOEUREEC"));
	assert_true(r->tone < 0);
	extract_result_free(r);
}

static void
test_extract_quote_speaker_coref(void **state)
{
	const char *t = "Le président russe Vladimir Poutine est arrivé à "
	    "Hanoï. « Nos deux pays partagent une même vision », a déclaré le "
	    "chef de l'État.";
	struct extract_result *r = run(t, "fr");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].text,
	    "Nos deux pays partagent une même vision");
	assert_memory_equal(t + r->quotes[0].span.start, "Nos deux",
	    8);
	assert_string_equal(r->quotes[0].speaker.name, "Vladimir Poutine");
	assert_string_equal(r->quotes[0].verb, "a déclaré");
	extract_result_free(r);
}

static void
test_extract_quote_said(void **state)
{
	struct extract_result *r = run("\"We will respond to every new "
	    "measure,\" said Chinese Foreign Minister Wang Yi.", "en");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "CHN");
	assert_string_equal(r->quotes[0].verb, "said");
	extract_result_free(r);
}

static void
test_extract_dedup_ids(void **state)
{
	const char *t = "The EU imposed sanctions on Iran. The EU imposed "
	    "sanctions on Iran.";
	struct extract_result *a = run(t, "en"), *b = run(t, "en");
	const struct extract_event *e = testlib_find(a, "IGOEUREEC", "163", "IRN");

	assert_non_null(e);
	assert_int_equal(e->mentions, 2);
	assert_int_equal(e->n_mention_spans, 2);
	assert_string_equal(e->event_id, testlib_find(b, "IGOEUREEC", "163",
	    "IRN")->event_id);
	extract_result_free(a);
	extract_result_free(b);
}

static void
test_extract_entities_and_lang(void **state)
{
	struct extract_result *r = run("Le président russe Vladimir Poutine a "
	    "rencontré le secrétaire général de l'ONU à Moscou. Poutine a "
	    "ensuite quitté la Russie.", NULL);
	size_t persons = 0;

	assert_string_equal(r->lang, "fr");
	for (size_t i = 0; i < r->n_entities; i++)
		if (r->entities[i].kind == EXTRACT_KIND_PERSON) {
			persons++;
			assert_string_equal(r->entities[i].country, "RUS");
			assert_int_equal(r->entities[i].n_mentions, 2);
		}
	assert_int_equal(persons, 1);
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract_visit),
		cmocka_unit_test(test_extract_planned_pronoun),
		cmocka_unit_test(test_extract_passive_between),
		cmocka_unit_test(test_extract_icc_warrant),
		cmocka_unit_test(test_extract_negated),
		cmocka_unit_test(test_extract_hypothetical),
		cmocka_unit_test(test_extract_english_sanctions),
		cmocka_unit_test(test_extract_quote_speaker_coref),
		cmocka_unit_test(test_extract_quote_said),
		cmocka_unit_test(test_extract_dedup_ids),
		cmocka_unit_test(test_extract_entities_and_lang),
	};

	return cmocka_run_group_tests(tests, testlib_setup,
	    testlib_teardown);
}
