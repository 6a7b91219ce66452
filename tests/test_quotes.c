/*
 * test_quotes: quotation spans (« », “ ”, " ", across sentences, marks
 * excluded) and speaker attribution (inverted verb, "a-t-il", "selon X",
 * "X said:", continued quotes, verbless quotes). Uses the real data.
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

static struct dict *dict;

static int
setup(void **state)
{
	char dir[4096], err[512];
	const char *b = getenv("NEWSEV_BUILD");
	struct stat st;

	snprintf(dir, sizeof(dir), "%s/data", b ? b : "build");
	if (stat(dir, &st) != 0)
		snprintf(dir, sizeof(dir), "data");
	if ((dict = dict_load(dir, err, sizeof(err))) == NULL)
		fprintf(stderr, "dict_load: %s\n", err);
	return dict == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	dict_free(dict);
	return 0;
}

static struct extract_result *
run(const char *text, const char *lang)
{
	struct extract_input in = { .id = "q1", .text = text,
	    .text_len = strlen(text), .lang = lang };

	assert_int_equal(article_parse_rfc3339("2024-06-20T09:00:00Z",
	    &in.published_ms), 0);
	return extract_run(dict, &in);
}

static void
test_quotes_across_sentences_pronoun(void **state)
{
	const char *t = "Le ministre russe Sergueï Lavrov a rencontré son "
	    "homologue turc. « Nous ne céderons pas. Jamais », a-t-il "
	    "affirmé.";
	struct extract_result *r = run(t, "fr");
	const struct extract_quote *q;

	assert_int_equal(r->n_quotes, 1);
	q = &r->quotes[0];
	assert_string_equal(q->text, "Nous ne céderons pas. Jamais");
	assert_int_equal(q->span.end - q->span.start, strlen(q->text));
	assert_memory_equal(t + q->span.start, q->text, strlen(q->text));
	assert_string_equal(q->speaker.name, "Sergueï Lavrov");
	assert_string_equal(q->speaker.country, "RUS");
	assert_string_equal(q->verb, "a-t-il affirmé");
	extract_result_free(r);
}

static void
test_quotes_selon(void **state)
{
	struct extract_result *r = run("« La trêve sera respectée », selon "
	    "le porte-parole de l'armée malienne, Souleymane Dembélé.", "fr");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.name, "Souleymane Dembélé");
	assert_string_equal(r->quotes[0].speaker.country, "MLI");
	assert_string_equal(r->quotes[0].verb, "selon");
	extract_result_free(r);
}

static void
test_quotes_said_before_and_continued(void **state)
{
	struct extract_result *r = run("EU foreign policy chief Jane Roe said: "
	    "“Those who help Russia will pay a price.” Her spokesman declined "
	    "to comment. “We are ready,” Roe added. “Nothing has changed.”",
	    "en");

	assert_int_equal(r->n_quotes, 3);
	assert_string_equal(r->quotes[0].text,
	    "Those who help Russia will pay a price.");
	assert_string_equal(r->quotes[0].speaker.name, "Jane Roe");
	assert_string_equal(r->quotes[0].verb, "said");
	assert_string_equal(r->quotes[1].speaker.name, "Jane Roe");
	assert_string_equal(r->quotes[1].verb, "added");
	assert_string_equal(r->quotes[2].speaker.name, "Jane Roe");
	extract_result_free(r);
}

static void
test_quotes_verbless_subject(void **state)
{
	struct extract_result *r = run("Le Kremlin a rejeté ces soupçons, les "
	    "qualifiant de « spéculations ».", "fr");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].text, "spéculations");
	assert_string_equal(r->quotes[0].speaker.country, "RUS");
	assert_string_equal(r->quotes[0].verb, "a rejeté");
	extract_result_free(r);
}

static void
test_quotes_straight_marks(void **state)
{
	struct extract_result *r = run("\"Poland is our most important "
	    "partner,\" said South Korean Defence Minister Kim Yong-hyun.",
	    "en");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].text,
	    "Poland is our most important partner,");
	assert_string_equal(r->quotes[0].speaker.name, "Kim Yong-hyun");
	assert_string_equal(r->quotes[0].speaker.country, "KOR");
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes_across_sentences_pronoun),
		cmocka_unit_test(test_quotes_selon),
		cmocka_unit_test(test_quotes_said_before_and_continued),
		cmocka_unit_test(test_quotes_verbless_subject),
		cmocka_unit_test(test_quotes_straight_marks),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
