/*
 * test_nonevents: words that look like events but code none a careful
 * coder would code: the topic of a discussion, a participle used as a
 * noun for persons, a state such as "under sanctions", what a deal
 * provides for, what a denial denies, a name given with "called". Each case asserts the event that must not appear and,
 * in the same or a sibling sentence, the one that must. The sentences
 * are the team's own. Uses the real data directory.
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
	return testlib_run("n1", text, lang);
}

/* Number of events of r whose CAMEO code does not start with c. */
static size_t
count_other(const struct extract_result *r, const char *c)
{
	return r->n_events - testlib_count_code(r, c);
}

/*
 * "meet to discuss military aid for Moldova": the aid is the topic and
 * Moldova is not met; sending the aid, or a verb after the topic with
 * its own auxiliary, is an event.
 */
static void
test_nonevents_topic_en(void **state)
{
	struct extract_result *r = run("NATO defence ministers will meet in "
	    "Oslo on Friday to discuss military aid for Moldova.", "en");

	assert_non_null(r);
	assert_null(testlib_find(r, "IGOWSTNAT", "07", "MDA"));
	assert_null(testlib_find(r, "IGOWSTNAT", "04", "MDA"));
	extract_result_free(r);
	r = run("NATO will send military aid to Moldova.", "en");
	assert_non_null(testlib_find(r, "IGOWSTNAT", "07", "MDA"));
	extract_result_free(r);
	r = run("EU ministers discussed the crisis on Monday and will send "
	    "humanitarian aid to Sudan.", "en");
	assert_non_null(testlib_find(r, "IGOEUREEC", "07", "SDN"));
	extract_result_free(r);
}

/* "talks centred on the release of prisoners": a topic, not a release. */
static void
test_nonevents_topic_on(void **state)
{
	struct extract_result *r = run("The talks between Qatar and Egypt "
	    "centred on the release of Palestinian prisoners by Israel.",
	    "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "QAT", "04", "EGY"));
	assert_null(testlib_find(r, "ISR", "08", "PSE"));
	extract_result_free(r);
}

/* "Les discussions ont porté sur la levée des sanctions": no lifting. */
static void
test_nonevents_topic_fr(void **state)
{
	struct extract_result *r = run("Les discussions ont porté sur la "
	    "levée des sanctions contre la Syrie, selon le ministère turc.",
	    "fr");

	assert_non_null(r);
	assert_null(testlib_find(r, "TUR", "08", "SYR"));
	extract_result_free(r);
	r = run("La Turquie a levé lundi les sanctions contre la Syrie.", "fr");
	assert_non_null(testlib_find(r, "TUR", "08", "SYR"));
	extract_result_free(r);
	r = run("Le Kenya et la Somalie ont évoqué la coopération militaire et "
	    "signé un accord.", "fr");	/* a verb after the topic */
	assert_non_null(testlib_find(r, "KEN", "057", "SOM"));
	extract_result_free(r);
	r = run("Kenya and Somalia discussed defence cooperation and signed a "
	    "defence pact.", "en");
	assert_non_null(testlib_find(r, "KEN", "057", "SOM"));
	assert_int_equal(testlib_count_code(r, "06"), 0);
	extract_result_free(r);
}

/*
 * "aux détenus", "des deux détenus": a French participle after a
 * determiner names persons; after an auxiliary it is the act.
 */
static void
test_nonevents_participle_noun(void **state)
{
	struct extract_result *r = run("Le ministre ivoirien a rendu visite "
	    "mercredi aux détenus ghanéens de la prison d'Abidjan.", "fr");

	assert_non_null(r);
	assert_null(testlib_find(r, "CIV", "17", "GHA"));
	extract_result_free(r);
	r = run("Le président sénégalais recevra vendredi les familles des "
	    "deux détenus gambiens.", "fr");
	assert_non_null(testlib_find(r, "SEN", "043", "GMB"));
	assert_null(testlib_find(r, "SEN", "17", "GMB"));
	extract_result_free(r);
	r = run("La police ivoirienne a détenu trois Ghanéens mercredi.", "fr");
	assert_non_null(testlib_find(r, "CIV", "173", "GHA"));
	extract_result_free(r);
}

/* "firms under sanctions" is a state; "imposed sanctions" the act. */
static void
test_nonevents_under_sanctions(void **state)
{
	struct extract_result *r = run("Washington warned Indian banks "
	    "against dealing with Iranian firms under sanctions.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "USA", "13", "IND"));
	assert_null(testlib_find(r, "IND", "16", "USA"));
	extract_result_free(r);
	r = run("Washington imposed sanctions on Iranian firms on Monday.",
	    "en");
	assert_non_null(testlib_find(r, "USA", "163", "IRN"));
	extract_result_free(r);
	r = run("L'opposant a été placé sous résidence surveillée lundi par "
	    "les autorités ougandaises.", "fr");	/* an arrest, no state */
	assert_int_equal(testlib_count_code(r, "173"), 1);
	extract_result_free(r);
	r = run("Thailand has come under pressure from Myanmar to stop "
	    "deporting refugees.", "en");	/* no state: "pressure to" */
	assert_int_equal(testlib_count_code(r, "174"), 1);
	extract_result_free(r);
}

/* "signed a deal ... to buy 30 jets": the purchase is the deal's content. */
static void
test_nonevents_deal_purpose(void **state)
{
	struct extract_result *r = run("Egypt signed a deal with France on "
	    "Monday to buy 30 fighter jets.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "EGY", "057", "FRA"));
	assert_int_equal(count_other(r, "05"), 0);
	extract_result_free(r);
}

/*
 * What a denial denies is not asserted: no event for the infinitive,
 * -ing form or "that" clause after it, and the denial targets no actor
 * named inside it. A verb coordinated with the denial keeps its event.
 */
static void
test_nonevents_denied_content(void **state)
{
	struct extract_result *r = run("Le Soudan a démenti avoir livré des "
	    "armes au Tchad.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "SDN", "016", ""));
	assert_null(testlib_find(r, "SDN", "07", "TCD"));
	assert_null(testlib_find(r, "SDN", "016", "TCD"));
	extract_result_free(r);
	r = run("Rwanda denied sending troops into Congo.", "en");
	assert_non_null(testlib_find(r, "RWA", "016", ""));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
	r = run("Moscow denied that its forces had shelled the Ukrainian town "
	    "of Kupiansk.", "en");
	assert_non_null(testlib_find(r, "RUS", "016", ""));
	assert_null(testlib_find(r, "RUS", "19", "UKR"));
	extract_result_free(r);
	r = run("Moscou affirme viser des cibles militaires et nie frapper des "
	    "civils ukrainiens.", "fr");	/* a denial coded or not */
	assert_int_equal(testlib_count_code(r, "19"), 0);
	extract_result_free(r);
	r = run("Moscou a démenti toute implication et a promis de riposter "
	    "aux sanctions de l'UE.", "fr");
	assert_non_null(testlib_find(r, "RUS", "13", "IGOEUREEC"));
	extract_result_free(r);
}

/*
 * "called the expulsion \"a violation of the rights of diplomats\"": a
 * name given, no appeal for rights; "called on India to respect" is one.
 */
static void
test_nonevents_naming_call(void **state)
{
	struct extract_result *r = run("India expelled two Canadian diplomats "
	    "on Monday. Canada called the expulsion \"a violation of the "
	    "rights of diplomats\".", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IND", "166", "CAN"));
	assert_null(testlib_find(r, "CAN", "02", "IND"));
	extract_result_free(r);
	r = run("India expelled two Canadian diplomats on Monday. Canada "
	    "called the decision a violation of the freedoms of diplomats.",
	    "en");
	assert_int_equal(count_other(r, "16"), 0);
	extract_result_free(r);
	r = run("Canada called on India to respect the rights of its "
	    "diplomats.", "en");
	assert_non_null(testlib_find(r, "CAN", "0243", "IND"));
	extract_result_free(r);
}

/*
 * A needs word inside the topic of "discuss" does not choose the code:
 * "called his counterpart to discuss the release" is a call (041), not
 * an appeal for a release (0253).
 */
static void
test_nonevents_topic_need(void **state)
{
	struct extract_result *r = run("Canada's prime minister called his "
	    "Indian counterpart to discuss the release of the detained "
	    "diplomats.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "CAN", "041", "IND"));
	assert_null(testlib_find(r, "CAN", "02", "IND"));
	extract_result_free(r);
	r = run("Kenya called on Uganda to release the detained activists.",
	    "en");
	assert_non_null(testlib_find(r, "KEN", "0253", "UGA"));
	extract_result_free(r);
}

/*
 * A French verb form after a determiner is the noun: in the object of a
 * verb just coded ("a rejeté les critiques du Kazakhstan", "a dénoncé
 * une menace") it is that verb's object, after a possessive or
 * demonstrative ("ses demandes étaient connues") a bare noun. An event
 * noun with its own support verb ("a ouvert une enquête") still codes.
 */
static void
test_nonevents_french_noun_reading(void **state)
{
	struct extract_result *r = run("L'Ouzbékistan a rejeté les critiques "
	    "du Kazakhstan.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "UZB", "12", "KAZ"));
	assert_null(testlib_find(r, "UZB", "11", "KAZ"));
	extract_result_free(r);
	r = run("Le Ghana a dénoncé une menace directe contre le Togo.", "fr");
	assert_non_null(testlib_find(r, "GHA", "111", "TGO"));
	assert_null(testlib_find(r, "GHA", "13", "TGO"));
	extract_result_free(r);
	r = run("L'Ouzbékistan a rejeté les critiques du Kazakhstan. Tachkent "
	    "a assuré que ses demandes étaient connues depuis longtemps.",
	    "fr");
	assert_null(testlib_find(r, "UZB", "02", "KAZ"));
	extract_result_free(r);
	r = run("Le Cameroun a ouvert une enquête sur les frappes de l'armée "
	    "nigériane.", "fr");
	assert_non_null(testlib_find(r, "CMR", "09", "NGA"));
	extract_result_free(r);
}

/* "en échange de", "in exchange for": a condition, no second exchange. */
static void
test_nonevents_in_exchange_for(void **state)
{
	struct extract_result *r = run("Le Bélarus a libéré trois opposants "
	    "lituaniens en échange de deux espions détenus en Lituanie.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "BLR", "0841", "LTU"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
	r = run("Venezuela freed two Colombian soldiers in exchange for three "
	    "Venezuelan prisoners.", "en");
	assert_non_null(testlib_find(r, "VEN", "0841", "COL"));
	assert_null(testlib_find(r, "COL", "08", "VEN"));
	extract_result_free(r);
	r = run("La Colombie et le Venezuela ont procédé à un échange de "
	    "prisonniers.", "fr");
	assert_non_null(testlib_find(r, "COL", "0841", "VEN"));
	extract_result_free(r);
}

/*
 * "a levé les sanctions imposées au Mali": the participle tells how the
 * sanctions came about, no second act; with an agent ("organisés par")
 * it is that agent's act.
 */
static void
test_nonevents_noun_participle(void **state)
{
	struct extract_result *r = run("La Cédéao a levé les sanctions "
	    "économiques imposées au Mali après le coup d'État.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOECOWAS", "085", "MLI"));
	assert_null(testlib_find(r, "IGOECOWAS", "16", "MLI"));
	extract_result_free(r);
	r = run("L'Union européenne a imposé jeudi des sanctions au Mali.",
	    "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "163", "MLI"));
	extract_result_free(r);
	r = run("A curfew imposed by the Guinean junta took effect in Conakry "
	    "on Monday.", "en");	/* no verb's object: the act */
	assert_non_null(testlib_find(r, "GIN", "172", "GIN"));
	extract_result_free(r);
}

/*
 * Hosting refugees is no visit hosted: "which hosts 3.5 million Syrian
 * refugees", "qui accueille 600.000 réfugiés soudanais". Hosting a
 * president and welcoming the return of refugees still code.
 */
static void
test_nonevents_hosts_refugees(void **state)
{
	struct extract_result *r = run("Jordan, which hosts 1.3 million "
	    "Syrian refugees, closed its border crossing on Monday.", "en");

	assert_non_null(r);
	assert_null(testlib_find(r, "JOR", "04", "SYR"));
	extract_result_free(r);
	r = run("Le Tchad, qui accueille plus de 600.000 réfugiés soudanais, a "
	    "annoncé de nouvelles mesures.", "fr");
	assert_null(testlib_find(r, "TCD", "04", "SDN"));
	assert_null(testlib_find(r, "TCD", "05", "SDN"));
	extract_result_free(r);
	r = run("Kenya hosted Somali President Hassan Sheikh Mohamud on "
	    "Monday.", "en");
	assert_non_null(testlib_find(r, "KEN", "043", "SOM"));
	extract_result_free(r);
	r = run("Jordan welcomed the return of Syrian refugees to their "
	    "country.", "en");
	assert_non_null(testlib_find(r, "JOR", "051", "SYR"));
	extract_result_free(r);
}

/*
 * An appeal to one's own supporters is no event; a call to them to
 * protest is still the protest called (141).
 */
static void
test_nonevents_own_followers(void **state)
{
	struct extract_result *r = run("Thousands of Zambians protested in "
	    "Lusaka on Monday against the Zambian government. The organisers "
	    "urged their supporters to stay peaceful.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "ZMB", "141", "ZMB"));
	assert_null(testlib_find(r, "ZMB", "02", "ZMB"));
	extract_result_free(r);
	r = run("Des milliers de Kényans ont manifesté lundi à Nairobi contre "
	    "le gouvernement kényan. Les organisateurs ont appelé leurs "
	    "partisans à rester pacifiques.", "fr");
	assert_null(testlib_find(r, "KEN", "02", "KEN"));
	extract_result_free(r);
	r = run("Le chef de l'opposition kényane a appelé ses partisans à "
	    "manifester mardi.", "fr");
	assert_non_null(testlib_find(r, "KEN", "141", "KEN"));
	extract_result_free(r);
}

/*
 * ", deploying warships", ", déployant des navires": a participle of the
 * same root as the act just coded tells how it was done; one of another
 * root (", accusing Bujumbura") is an act of its own.
 */
static void
test_nonevents_manner_participle(void **state)
{
	struct extract_result *r = run("China launched large-scale military "
	    "drills around Taiwan on Monday, deploying warships and fighter "
	    "jets.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "CHN", "150", "TWN"));
	assert_int_equal(testlib_count_code(r, "15"), 1);
	extract_result_free(r);
	r = run("La Chine a lancé lundi des manœuvres militaires autour de "
	    "Taïwan, déployant des navires de guerre.", "fr");
	assert_non_null(testlib_find(r, "CHN", "150", "TWN"));
	assert_int_equal(testlib_count_code(r, "15"), 1);
	extract_result_free(r);
	r = run("Rwanda closed its border with Burundi on Monday, accusing "
	    "Bujumbura of harbouring rebels.", "en");
	assert_non_null(testlib_find(r, "RWA", "191", "BDI"));
	assert_int_equal(testlib_count_code(r, "112"), 1);
	extract_result_free(r);
}

/*
 * An act the subject suffers ("victime d'attaques de l'État islamique",
 * "faces attacks by the Islamic State") is the named agent's act on the
 * subject; with no agent named ("subissaient des tortures") no event.
 */
static void
test_nonevents_undergone(void **state)
{
	struct extract_result *r = run("Le Niger est victime d'attaques "
	    "répétées de l'État islamique.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IMGMOSISI", "19", "NER"));
	assert_null(testlib_find(r, "NER", "19", "IMGMOSISI"));
	extract_result_free(r);
	r = run("Mali faces frequent attacks by the Islamic State.", "en");
	assert_non_null(testlib_find(r, "IMGMOSISI", "19", "MLI"));
	assert_null(testlib_find(r, "MLI", "19", "IMGMOSISI"));
	extract_result_free(r);
	r = run("Selon le procureur, les détenus libyens y subissaient des "
	    "tortures quotidiennes.", "fr");
	assert_int_equal(testlib_count_code(r, "18"), 0);
	extract_result_free(r);
}

/*
 * "Le texte, soutenu par 120 pays": support by a count of unnamed states
 * is no act of the story's actor; "exhorte la junte" still codes.
 */
static void
test_nonevents_counted_agent(void **state)
{
	struct extract_result *r = run("L'ONU a condamné la Birmanie. Le "
	    "texte, soutenu par 120 pays, exhorte la junte birmane à libérer "
	    "les prisonniers.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOUNO", "111", "MMR"));
	assert_non_null(testlib_find(r, "IGOUNO", "02", "MMR"));
	assert_int_equal(testlib_count_code(r, "05"), 0);
	extract_result_free(r);
}

/*
 * An English event noun in the object of the verb just coded is its
 * object ("condemned attacks by the Burmese army", "condemned the
 * military's attacks"), as French "a condamné les attaques" already was.
 */
static void
test_nonevents_english_object_noun(void **state)
{
	struct extract_result *r = run("The EU condemned attacks by the "
	    "Burmese army on civilians.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOEUREEC", "111", "MMR"));
	assert_int_equal(testlib_count_code(r, "19"), 0);
	extract_result_free(r);
	r = run("The EU condemned the military's attacks on civilians in "
	    "Myanmar.", "en");
	assert_int_equal(testlib_count_code(r, "19"), 0);
	extract_result_free(r);
	r = run("The Burmese army attacked villages in Sagaing on Sunday.",
	    "en");
	assert_int_equal(testlib_count_code(r, "19"), 1);
	extract_result_free(r);
}

/*
 * "accusing them of supplying Russia": the charged act is the accused's,
 * unnamed here, never the accuser's; the accusation itself codes.
 */
static void
test_nonevents_unlinked_charge(void **state)
{
	struct extract_result *r = run("The EU imposed sanctions on Chinese "
	    "companies on Friday, accusing them of supplying Russia with drone "
	    "parts.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOEUREEC", "112", "CHN"));
	assert_null(testlib_find(r, "IGOEUREEC", "07", "RUS"));
	extract_result_free(r);
	r = run("L'UE a sanctionné vendredi des entreprises chinoises, les "
	    "accusant d'avoir livré des drones à la Russie.", "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "112", "CHN"));
	assert_null(testlib_find(r, "IGOEUREEC", "07", "RUS"));
	extract_result_free(r);
}

/* "a UN-backed mission", "Iran-backed rebels": no support act. */
static void
test_nonevents_compound_support(void **state)
{
	struct extract_result *r = run("Kenya deployed troops to Haiti under a "
	    "UN-backed mission.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "KEN", "074", "HTI"));
	assert_int_equal(testlib_count_code(r, "05"), 0);
	extract_result_free(r);
	r = run("Iran backed the Houthi rebels for years.", "en");
	assert_int_equal(testlib_count_code(r, "051"), 1);
	extract_result_free(r);
}

/*
 * What a draft or a proposal aims at ("visant à imposer des sanctions",
 * "aimed at lifting sanctions") is no act; a strike "visant" a target is.
 */
static void
test_nonevents_aim(void **state)
{
	struct extract_result *r = run("Le Conseil de sécurité a examiné un "
	    "projet de résolution visant à imposer des sanctions au Mali.",
	    "fr");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "16"), 0);
	extract_result_free(r);
	r = run("The EU presented a proposal aimed at lifting sanctions on "
	    "Syria.", "en");
	assert_int_equal(testlib_count_code(r, "08"), 0);
	extract_result_free(r);
	r = run("Israël a lancé une frappe visant un commandant du Hezbollah au "
	    "Liban.", "fr");
	assert_int_equal(testlib_count_code(r, "19"), 1);
	extract_result_free(r);
}

/*
 * "Le Conseil doit se réunir jeudi": one body meeting meets no one, and
 * takes no target from the story; "les négociateurs doivent se
 * retrouver" and "se sont réunis" with two named parties still code.
 */
static void
test_nonevents_lone_meeting(void **state)
{
	struct extract_result *r = run("La Russie a mis son veto au texte "
	    "soutenu par la France. Le Conseil doit se réunir jeudi pour "
	    "examiner le rapport.", "fr");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "04"), 0);
	extract_result_free(r);
	r = run("Le président kényan et son homologue somalien se sont réunis "
	    "lundi à Nairobi.", "fr");
	assert_non_null(testlib_find(r, "KEN", "040", "SOM"));
	extract_result_free(r);
}

/*
 * An appeal to addressees named with no actor ("a exhorté les États
 * membres à") targets no one, even coordinated after a verb with a
 * target ("a rendu hommage aux soldats bangladais ... et a exhorté").
 */
static void
test_nonevents_unnamed_addressee(void **state)
{
	struct extract_result *r = run("Le secrétaire général de l'ONU a rendu "
	    "hommage aux soldats bangladais tués et a exhorté les États "
	    "membres à combler rapidement ce vide.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOUNO", "051", "BGD"));
	assert_non_null(testlib_find(r, "IGOUNO", "02", ""));
	assert_null(testlib_find(r, "IGOUNO", "02", "BGD"));
	extract_result_free(r);
}

/*
 * ", to be delivered before the winter" describes the package announced,
 * no delivery of its own (nor one given to the last source).
 */
static void
test_nonevents_infinitival_relative(void **state)
{
	struct extract_result *r = run("Norway pledged new air defence systems "
	    "to Ukraine on Monday. Denmark announced a new military aid "
	    "package, to be delivered before the winter.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "NOR", "0332", "UKR"));
	assert_null(testlib_find(r, "NOR", "07", "UKR"));
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nonevents_topic_en),
		cmocka_unit_test(test_nonevents_topic_on),
		cmocka_unit_test(test_nonevents_topic_fr),
		cmocka_unit_test(test_nonevents_participle_noun),
		cmocka_unit_test(test_nonevents_under_sanctions),
		cmocka_unit_test(test_nonevents_deal_purpose),
		cmocka_unit_test(test_nonevents_denied_content),
		cmocka_unit_test(test_nonevents_naming_call),
		cmocka_unit_test(test_nonevents_topic_need),
		cmocka_unit_test(test_nonevents_french_noun_reading),
		cmocka_unit_test(test_nonevents_in_exchange_for),
		cmocka_unit_test(test_nonevents_noun_participle),
		cmocka_unit_test(test_nonevents_hosts_refugees),
		cmocka_unit_test(test_nonevents_own_followers),
		cmocka_unit_test(test_nonevents_manner_participle),
		cmocka_unit_test(test_nonevents_undergone),
		cmocka_unit_test(test_nonevents_counted_agent),
		cmocka_unit_test(test_nonevents_english_object_noun),
		cmocka_unit_test(test_nonevents_unlinked_charge),
		cmocka_unit_test(test_nonevents_compound_support),
		cmocka_unit_test(test_nonevents_aim),
		cmocka_unit_test(test_nonevents_lone_meeting),
		cmocka_unit_test(test_nonevents_unnamed_addressee),
		cmocka_unit_test(test_nonevents_infinitival_relative),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
