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
#include "testlib.h"


static struct extract_result *
run(const char *text, const char *lang)
{
	return testlib_run("q1", text, lang);
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

/*
 * "according to <a source that is no actor>" at the end of a sentence:
 * the subject's words, never the next sentence's first actor.
 */
static void
test_quotes_selon_source_not_actor(void **state)
{
	struct extract_result *r = run("Pakistan's foreign ministry dismissed "
	    "the report as “baseless propaganda”, according to state "
	    "broadcaster PTV. Opposition leader Imran Khan called for new "
	    "protests.", "en");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "PAK");
	assert_string_not_equal(r->quotes[0].speaker.name, "Imran Khan");
	extract_result_free(r);
	r = run("Le ministère algérien des Affaires étrangères a dénoncé une "
	    "« ingérence inacceptable », selon le communiqué officiel. Le "
	    "président français Emmanuel Macron n'a pas réagi.", "fr");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "DZA");
	extract_result_free(r);
}

/* "the agency quoted X as saying": X speaks, not the agency. */
static void
test_quotes_quoted_as_saying(void **state)
{
	struct extract_result *r = run("\"We will respond to every "
	    "provocation,\" the state news agency quoted Defence Minister "
	    "Andrei Belousov as saying. Russia's navy held drills.", "en");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.name, "Andrei Belousov");
	assert_string_equal(r->quotes[0].verb, "saying");
	extract_result_free(r);
	r = run("“The border will stay closed,” Xinhua quoted a senior "
	    "official, Wang Lei, as saying.", "en");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.name, "Wang Lei");
	extract_result_free(r);
}

/* An actor behind "avec", "au", "contre" between subject and verb is not
 * the speaker. */
static void
test_quotes_governed_actor_skipped(void **state)
{
	struct extract_result *r = run("L'Algérie, en conflit avec le Maroc au "
	    "sujet du Sahara occidental, a condamné la décision, y voyant « une "
	    "provocation ».", "fr");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "DZA");
	extract_result_free(r);
	r = run("Le ministre serbe, en visite au Kosovo, a critiqué les "
	    "arrestations, évoquant « une chasse aux sorcières ».", "fr");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "SRB");
	extract_result_free(r);
	/* English "a" is an article, not a folded "à" */
	r = run("The Kremlin rejected the criticism. A Kremlin spokesman said "
	    "the Nordic states were \"dragging Europe into war\".", "en");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "RUS");
	extract_result_free(r);
}

/* An infinitive of purpose speaks for the main clause's subject. */
static void
test_quotes_purpose_infinitive(void **state)
{
	struct extract_result *r = run("Peru summoned the Mexican envoy on "
	    "Wednesday to protest against what it called \"interference in "
	    "Peruvian justice\".", "en");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "PER");
	extract_result_free(r);
	r = run("L'Algérie a convoqué l'ambassadeur de France pour protester "
	    "contre des propos « inacceptables ».", "fr");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "DZA");
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

static void
test_quotes_coordinated_verb(void **state)
{
	/* "and warned that Moscow": the subject before the quote speaks */
	struct extract_result *r = run("Kremlin spokesman Dmitry Peskov told "
	    "reporters that the deal was \"a step towards war\" and warned "
	    "that Moscow would respond.", "en");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.name, "Dmitry Peskov");
	assert_string_equal(r->quotes[0].speaker.country, "RUS");
	extract_result_free(r);
	/* "a démenti ... et affirmé que ... « »": the sentence's subject */
	r = run("La junte birmane, qui combat des groupes armés depuis "
	    "l'automne, a démenti avoir visé des civils et affirmé que "
	    "l'opération visait des « terroristes ».", "fr");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "MMR");
	extract_result_free(r);
}

static void
test_quotes_relative_and_pronoun(void **state)
{
	struct extract_result *r = run("Les policiers ont été accueillis par "
	    "le Premier ministre haïtien, Garry Conille, qui a salué « un "
	    "moment historique ». À Kiev, le ministre ukrainien des affaires "
	    "étrangères, Andriï Sybiha, a salué la décision. Il a appelé les "
	    "Vingt-Sept à « aller plus loin ».", "fr");

	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.name, "Garry Conille");
	assert_string_equal(r->quotes[0].speaker.country, "HTI");
	assert_string_equal(r->quotes[1].speaker.name, "Andriï Sybiha");
	assert_string_equal(r->quotes[1].speaker.country, "UKR");
	extract_result_free(r);
	/* "», a affirmé son porte-parole, X, promettant une « »" */
	r = run("« Ces sanctions sont sans fondement. L'Iran n'a livré aucun "
	    "missile », a affirmé son porte-parole, "
	    "Esmaïl Baghaï, promettant une « réponse proportionnée » de "
	    "Téhéran.", "fr");
	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.name, "Esmaïl Baghaï");
	assert_string_equal(r->quotes[1].speaker.name, "Esmaïl Baghaï");
	extract_result_free(r);
}

static void
test_quotes_late_selon_and_possessive(void **state)
{
	/* a "selon" at the end of the sentence attributes both quotes */
	struct extract_result *r = run("Rabat a regretté une décision « sans "
	    "fondement » et rejeté « les prétextes » avancés par Alger, selon "
	    "un communiqué du ministère marocain des affaires étrangères. "
	    "António Guterres a salué l'accord. Il a appelé les deux pays à « "
	    "respecter la trêve », selon son porte-parole.", "fr");

	assert_int_equal(r->n_quotes, 3);
	assert_string_equal(r->quotes[0].speaker.country, "MAR");
	assert_string_equal(r->quotes[0].speaker.text,
	    "ministère marocain des affaires étrangères");
	assert_string_equal(r->quotes[1].speaker.text,
	    "ministère marocain des affaires étrangères");
	assert_string_equal(r->quotes[0].verb, "selon");
	/* "selon son porte-parole": the owner of the spokesperson speaks */
	assert_string_equal(r->quotes[2].speaker.name, "António Guterres");
	extract_result_free(r);
}

static void
test_quotes_agent_and_any_inverted_verb(void **state)
{
	struct extract_result *r = run("Le Mali a suspendu les partis, une "
	    "décision qualifiée de « dérive » par l'opposition malienne. "
	    "« C'est le début de la fin », a déclaré M. Petro. « Nous "
	    "tiendrons parole », a répondu Antonio García, le chef de l'ELN.",
	    "fr");

	assert_int_equal(r->n_quotes, 3);
	assert_string_equal(r->quotes[0].speaker.country, "MLI");
	assert_string_equal(r->quotes[0].speaker.role, "OPP");
	assert_string_equal(r->quotes[2].speaker.name, "Antonio García");
	assert_string_equal(r->quotes[2].verb, "a répondu");
	extract_result_free(r);
}

static void
test_quotes_org_role_and_anaphor(void **state)
{
	struct extract_result *r = run("Le Fonds monétaire international (FMI) "
	    "et l'Égypte ont conclu un accord. « Cet accord aidera l'Égypte », "
	    "a déclaré la cheffe de mission du Fonds. Amnesty International a "
	    "salué une étape. « Les victimes attendent », a estimé "
	    "l'organisation de défense des droits humains.", "fr");

	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.cameo, "IGOIMF");
	assert_string_equal(r->quotes[1].speaker.cameo, "NGOAMN");
	assert_int_equal(r->quotes[1].speaker.kind, EXTRACT_KIND_ORGANIZATION);
	extract_result_free(r);
}

static void
test_quotes_agent_only_after_participle(void **state)
{
	/* "accuse X d'être « » par Y": the accuser speaks, not the agent */
	struct extract_result *r = run("Le Niger a quitté l'organisation. "
	    "Niamey accuse celle-ci d'être « instrumentalisée » par la France.",
	    "fr");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "NER");
	extract_result_free(r);
}

static void
test_quotes_ministry_spokeswoman(void **state)
{
	/* "said <ministry> spokeswoman X, adding that ... “”": X */
	struct extract_result *r = run("“Every new package strengthens our "
	    "resolve,” said Russian foreign ministry spokeswoman Maria "
	    "Zakharova, adding that Russia would respond “in a measured way”.",
	    "en");

	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.name, "Maria Zakharova");
	assert_string_equal(r->quotes[0].speaker.country, "RUS");
	assert_string_equal(r->quotes[1].speaker.name, "Maria Zakharova");
	extract_result_free(r);
	/* "the ministry said": the ministry named before */
	r = run("Pakistan's foreign ministry accused Kabul of sheltering "
	    "militants. \"Terrorists operating from Afghan soil are a threat,\" "
	    "the ministry said. Afghanistan denied it. Afghan officials "
	    "said Afghanistan was not involved.", "en");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "PAK");
	extract_result_free(r);
}

static void
test_quotes_over_paragraphs(void **state)
{
	/* French convention: « reopens each paragraph, » closes the last */
	struct extract_result *r = run("Sergueï Lavrov a rencontré Antony "
	    "Blinken.\n\n« Nous ne céderons pas. La Russie doit comprendre.\n\n"
	    "« Les sanctions resteront en place », a ajouté Antony Blinken.\n\n"
	    "Le Kremlin n'a pas réagi.", "fr");

	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].text,
	    "Nous ne céderons pas. La Russie doit comprendre.");
	assert_string_equal(r->quotes[0].speaker.name, "Antony Blinken");
	assert_string_equal(r->quotes[1].text,
	    "Les sanctions resteront en place");
	assert_string_equal(r->quotes[1].speaker.name, "Antony Blinken");
	assert_string_equal(r->quotes[1].verb, "a ajouté");
	extract_result_free(r);
}

static void
test_quotes_role_coreference(void **state)
{
	/* "le chef de la diplomatie russe", "M. Lavrov", "le ministre russe
	 * des affaires étrangères" all name the Russian foreign minister */
	struct extract_result *r = run("Sergueï Lavrov est arrivé à Pékin. Le "
	    "chef de la diplomatie russe a rencontré Wang Yi. « Nous "
	    "répondrons », a prévenu le ministre russe des affaires "
	    "étrangères. « Rien ne changera », a ajouté M. Lavrov.", "fr");

	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.name, "Sergueï Lavrov");
	assert_string_equal(r->quotes[0].speaker.text,
	    "ministre russe des affaires étrangères");
	assert_string_equal(r->quotes[0].verb, "a prévenu");
	assert_string_equal(r->quotes[1].speaker.name, "Sergueï Lavrov");
	assert_string_equal(r->quotes[1].speaker.text, "Lavrov");
	extract_result_free(r);
}

static void
test_quotes_unnamed_ministry(void **state)
{
	/* "foreign ministry spokesman X" after "Beijing rejected": Chinese */
	struct extract_result *r = run("Brussels imposed sanctions on Russian "
	    "and Chinese companies. Russia protested. Beijing rejected the "
	    "accusations. \"China opposes these sanctions,\" foreign ministry "
	    "spokesman Wang Dehai said. The listed companies trade through "
	    "intermediaries, according to Elena Varga, a researcher. \"They "
	    "will open new companies,\" she said.", "en");

	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.name, "Wang Dehai");
	assert_string_equal(r->quotes[0].speaker.country, "CHN");
	/* "she" is the last person, not "the listed companies" */
	assert_string_equal(r->quotes[1].speaker.name, "Elena Varga");
	extract_result_free(r);
}

static void
test_quotes_unnamed_office_holder(void **state)
{
	/* no name in the text: the role speaks for its country, and the
	 * people list (dated) adds no name the text does not contain */
	struct extract_result *r = run("« Nous répondrons », a prévenu le chef "
	    "de la diplomatie russe.", "fr");

	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.name, "Russia");
	assert_string_equal(r->quotes[0].speaker.country, "RUS");
	assert_string_equal(r->quotes[0].speaker.role, "GOV");
	assert_string_equal(r->quotes[0].speaker.cameo, "RUSGOV");
	assert_string_equal(r->quotes[0].speaker.text,
	    "chef de la diplomatie russe");
	extract_result_free(r);
	/* named earlier in any spelling: that person speaks */
	r = run("Lavrov est arrivé mardi à Pékin. « Nous répondrons », a "
	    "prévenu le chef de la diplomatie russe.", "fr");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.country, "RUS");
	assert_string_equal(r->quotes[0].speaker.text,
	    "chef de la diplomatie russe");
	assert_non_null(strstr(r->quotes[0].speaker.name, "Lavrov"));
	extract_result_free(r);
	/* a role with no such office keeps its country's name */
	r = run("« Nous répondrons », a prévenu le ministre russe de "
	    "l'agriculture.", "fr");
	assert_int_equal(r->n_quotes, 1);
	assert_string_equal(r->quotes[0].speaker.name, "Russia");
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes_across_sentences_pronoun),
		cmocka_unit_test(test_quotes_selon),
		cmocka_unit_test(test_quotes_quoted_as_saying),
		cmocka_unit_test(test_quotes_governed_actor_skipped),
		cmocka_unit_test(test_quotes_purpose_infinitive),
		cmocka_unit_test(test_quotes_said_before_and_continued),
		cmocka_unit_test(test_quotes_verbless_subject),
		cmocka_unit_test(test_quotes_straight_marks),
		cmocka_unit_test(test_quotes_coordinated_verb),
		cmocka_unit_test(test_quotes_relative_and_pronoun),
		cmocka_unit_test(test_quotes_late_selon_and_possessive),
		cmocka_unit_test(test_quotes_agent_and_any_inverted_verb),
		cmocka_unit_test(test_quotes_org_role_and_anaphor),
		cmocka_unit_test(test_quotes_agent_only_after_participle),
		cmocka_unit_test(test_quotes_ministry_spokeswoman),
		cmocka_unit_test(test_quotes_over_paragraphs),
		cmocka_unit_test(test_quotes_role_coreference),
		cmocka_unit_test(test_quotes_unnamed_ministry),
		cmocka_unit_test(test_quotes_unnamed_office_holder),
		cmocka_unit_test(test_quotes_selon_source_not_actor),
	};

	return cmocka_run_group_tests(tests, testlib_setup,
	    testlib_teardown);
}
