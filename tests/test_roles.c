/*
 * test_roles: who did it to whom. Source and target of events in clauses
 * a shallow reading gets wrong: phrasal verbs that look passive, denials,
 * first-person quotes, possessives that point back to the speaker, joint
 * subjects, references back to events already coded. Uses the real data
 * directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "newsev/extract.h"
#include "testlib.h"

static struct extract_result *
run(const char *text, const char *lang)
{
	return testlib_run("r1", text, lang);
}

/* "stood by Sudan": a verb and its particle, not a passive agent. */
static void
test_roles_particle_not_agent(void **state)
{
	struct extract_result *r = run("Egypt said on Monday it stood by "
	    "Sudan.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "EGY", "051", "SDN"));
	assert_null(testlib_find(r, "SDN", "051", "EGY"));
	extract_result_free(r);
}

/* A denial answers the accuser of its sentence, the first-named one. */
static void
test_roles_denial_targets_accuser(void **state)
{
	struct extract_result *r = run("Londres et Paris ont accusé Moscou "
	    "de livrer des armes au Soudan, ce que la Russie dément.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "GBR", "112", "RUS"));
	assert_non_null(testlib_find(r, "RUS", "016", "GBR"));
	assert_null(testlib_find(r, "RUS", "016", "SDN"));
	extract_result_free(r);
}

/*
 * A performative verb in a quote with "nous"/"je"/"we" as subject is the
 * speaker's act ("au nom de X": X's); promises and narration are not.
 */
static void
test_roles_first_person_quote(void **state)
{
	struct extract_result *r = run("« Je remercie le Japon pour son "
	    "aide », a déclaré le président philippin.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "PHL", "051", "JPN"));
	extract_result_free(r);
	r = run("« Nous appelons le Soudan à cesser les combats », a déclaré "
	    "le ministre kényan des affaires étrangères, au nom de l'Union "
	    "africaine.", "fr");
	assert_non_null(testlib_find(r, "IGOAFRAFU", "02", "SDN"));
	assert_null(testlib_find(r, "KEN", "02", "SDN"));
	extract_result_free(r);
	r = run("\"We will not back down in the face of pressure from China,\" "
	    "the Philippine defence minister told reporters.", "en");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles_particle_not_agent),
		cmocka_unit_test(test_roles_denial_targets_accuser),
		cmocka_unit_test(test_roles_first_person_quote),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
