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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles_particle_not_agent),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
