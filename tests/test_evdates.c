/*
 * test_evdates: the dates events take (find_date, emit in events.c) when
 * a clause refers back to an earlier event instead of naming a day.
 * Published Thursday 2024-06-20 (testlib). Uses the real data directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "newsev/extract.h"
#include "testlib.h"

/* The event s/code/t of text has date value, or the test fails. */
static void
check(const char *lang, const char *text, const char *s, const char *code,
    const char *t, const char *value)
{
	struct extract_result *r = testlib_run("d1", text, lang);
	const struct extract_event *e;

	assert_non_null(r);
	e = testlib_find(r, s, code, t);
	if (e == NULL)
		fail_msg("no event %s %s %s in: %s", s, code, t, text);
	assert_string_equal(e->date.value, value);
	extract_result_free(r);
}

/* "Après la rencontre, ..." takes the day of the meeting it names. */
static void
test_evdates_after_the_meeting(void **state)
{
	(void)state;
	check("fr", "Le président kényan a rencontré mardi son homologue "
	    "éthiopien à Nairobi. Après la rencontre, le Kenya et l'Éthiopie "
	    "ont signé un accord de défense.", "KEN", "057", "ETH",
	    "2024-06-18");
	check("en", "Chinese and Russian officials held talks in Beijing on "
	    "Monday. After the talks, China and Russia signed a trade "
	    "agreement.", "CHN", "057", "RUS", "2024-06-17");
}

/* A definite event noun opening the sentence: the same event's day. */
static void
test_evdates_definite_subject(void **state)
{
	(void)state;
	check("fr", "Le président ivoirien a rencontré lundi son homologue "
	    "ghanéen à Abidjan. La rencontre, organisée sous l'égide de la "
	    "CEDEAO, a duré trois heures.", "IGOECOWAS", "045", "CIV",
	    "2024-06-17");
}

/* A fronted time phrase on a definite or demonstrative event noun. */
static void
test_evdates_fronted_phrase(void **state)
{
	(void)state;
	check("fr", "Le président turc a rencontré mardi son homologue grec. "
	    "Lors de cette visite, la Turquie et la Grèce ont signé un accord "
	    "commercial.", "TUR", "057", "GRC", "2024-06-18");
	check("fr", "Le président turc a rencontré mardi son homologue grec. "
	    "À l'issue de la rencontre, la Turquie et la Grèce ont signé un "
	    "accord commercial.", "TUR", "057", "GRC", "2024-06-18");
	check("en", "Putin met Erdogan in Sochi on Monday. During the talks, "
	    "Russia and Turkey agreed to restore grain exports.", "RUS", "036",
	    "TUR", "2024-06-17");
}

/* The definite event noun that is itself the trigger: the same talks. */
static void
test_evdates_definite_trigger(void **state)
{
	(void)state;
	check("fr", "Le Maroc et l'Algérie ont conclu lundi un accord à Alger, "
	    "sous l'égide de la Tunisie. Les pourparlers entre le ministre "
	    "marocain et son homologue algérien ont duré dix heures.", "MAR",
	    "046", "DZA", "2024-06-17");
}

/* A noun of agents ("les manifestants") names people, not an event. */
static void
test_evdates_agent_noun(void **state)
{
	(void)state;
	check("fr", "Des milliers de Géorgiens ont manifesté samedi soir à "
	    "Tbilissi contre le gouvernement. Les manifestants, qui brandissaient "
	    "des drapeaux, réclament de nouvelles élections.", "GEO", "104",
	    "GEO", "2024-06-20");
}

/* "Un jour après ces sanctions, X a ...": the fronted phrase dates the
 * main clause after the comma (here from a month written before). */
static void
test_evdates_fronted_after(void **state)
{
	(void)state;
	check("fr", "Les États-Unis ont imposé en mars dernier des sanctions "
	    "contre le Venezuela. Un jour après ces sanctions, Caracas a "
	    "expulsé l'ambassadeur américain.", "VEN", "166", "USA",
	    "2024-03");
}

/* A time after a perfect infinitive dates that earlier act only. */
static void
test_evdates_perfect_infinitive(void **state)
{
	(void)state;
	check("fr", "Le ministre cambodgien a accusé la Thaïlande d'avoir "
	    "bombardé des villages lundi.", "KHM", "112", "THA", "2024-06-20");
	check("en", "Pakistan accused India of having shelled border villages "
	    "on Monday.", "PAK", "112", "IND", "2024-06-20");
}

/* A plan reported in an incise takes the day of the announcement; the
 * dateline is no clause's date. */
static void
test_evdates_reporting_incise(void **state)
{
	(void)state;
	check("fr", "MINSK, 19 juin (newsev) - La Pologne va déployer des "
	    "soldats à sa frontière avec la Biélorussie, a annoncé mardi le "
	    "ministre polonais.", "POL", "154", "BLR", "2024-06-18");
}

/* A participle after the verb's object dates itself, not the verb; after
 * a trigger noun it is that noun's own ("un accord conclu en 2019"). */
static void
test_evdates_participle_object(void **state)
{
	(void)state;
	check("fr", "L'Égypte et la Somalie ont réaffirmé leur attachement à un "
	    "accord de défense conclu en 2019.", "EGY", "052", "SOM",
	    "2024-06-20");
	check("fr", "L'Égypte et la Somalie ont réaffirmé leur attachement à un "
	    "accord de défense conclu en 2019.", "EGY", "057", "SOM", "2019");
	check("en", "China condemned the deal signed by Japan and the "
	    "Philippines on Monday.", "CHN", "111", "PHL", "2024-06-20");
}

/* A threat or promise is made now, whatever the day of what it names. */
static void
test_evdates_speech_act_future(void **state)
{
	(void)state;
	check("fr", "L'Iran a menacé de riposter la semaine prochaine contre "
	    "Israël.", "IRN", "138", "ISR", "2024-06-20");
}

/* A time after a relative set off by commas is the main clause's. */
static void
test_evdates_after_relative(void **state)
{
	(void)state;
	check("en", "The government of Kenya expelled the British ambassador, "
	    "who had criticised the police, last month.", "KEN", "166", "GBR",
	    "2024-05");
	check("en", "The government of Kenya expelled the British ambassador, "
	    "who had criticised the police, last month.", "GBR", "111", "KEN",
	    "2024-06-20");
}

/* The act in the complement of "un jour après" lies a day before. */
static void
test_evdates_complement_of_after(void **state)
{
	(void)state;
	check("fr", "Le président brésilien est arrivé mercredi soir en Angola, "
	    "un jour après avoir signé un accord de défense avec l'Inde.", "BRA",
	    "057", "IND", "2024-06-18");
	check("fr", "Le président brésilien est arrivé mercredi soir en Angola, "
	    "un jour après avoir signé un accord de défense avec l'Inde.", "BRA",
	    "042", "AGO", "2024-06-19TEV");
	check("en", "Putin arrived in Hanoi on Wednesday, a day after signing a "
	    "defence pact with North Korea.", "RUS", "057", "PRK", "2024-06-18");
}

/* A time ending the first of two coordinated predicates is that one's. */
static void
test_evdates_first_conjunct(void **state)
{
	(void)state;
	check("en", "The Turkish foreign minister arrived in Athens on Monday "
	    "evening and held talks with the Greek prime minister the next "
	    "morning.", "TUR", "040", "GRC", "2024-06-18TMO");
}

/* The time of a perfect infinitive, trigger or not, is not the verb's. */
static void
test_evdates_perfect_non_trigger(void **state)
{
	(void)state;
	check("fr", "L'Espagne a accusé le Nicaragua d'avoir orchestré la "
	    "répression des opposants depuis 2018.", "ESP", "112", "NIC",
	    "2024-06-20");
}

/* The host receives the visitor on the arrival day the article gave. */
static void
test_evdates_host_on_arrival_day(void **state)
{
	(void)state;
	check("fr", "Des policiers kényans sont arrivés mardi en Haïti. Les "
	    "policiers ont été accueillis à l'aéroport par le Premier ministre "
	    "haïtien.", "HTI", "043", "KEN", "2024-06-18");
}

/* "Le texte" opening a sentence is the document just dated. */
static void
test_evdates_document_subject(void **state)
{
	(void)state;
	check("fr", "Le Conseil de sécurité de l'ONU a adopté mardi une "
	    "résolution condamnant la Corée du Nord. Le texte exhorte Pyongyang "
	    "à cesser ses essais.", "IGOUNO", "02", "PRK", "2024-06-18");
}

/* A judgement apposed to the act after a comma is not dated by it. */
static void
test_evdates_apposed_judgement(void **state)
{
	(void)state;
	check("fr", "La junte guinéenne a dissous lundi le gouvernement, une "
	    "décision condamnée par la Cédéao.", "IGOECOWAS", "111", "GIN",
	    "2024-06-20");
}

/* A time reported before "X said," is not the next clause's. */
static void
test_evdates_time_before_report(void **state)
{
	(void)state;
	check("en", "Georgian police pushed back 80 migrants on Wednesday "
	    "night, the border guard said, as Georgia accused Russia of "
	    "orchestrating the crossings.", "GEO", "112", "RUS", "2024-06-20");
}

/* Police acting on a crowd with no time of their own: the crowd's day. */
static void
test_evdates_police_and_crowd(void **state)
{
	(void)state;
	check("fr", "Des centaines d'étudiants ont manifesté mardi devant le "
	    "Parlement à Dacca. La police bangladaise a dispersé les "
	    "manifestants à coups de matraque.", "BGD", "175", "BGD",
	    "2024-06-18");
	check("en", "Thousands of Serbian farmers protested in Belgrade on "
	    "Monday evening. Police used tear gas to disperse the crowd.",
	    "SRB", "175", "SRB", "2024-06-17TEV");
	/* a crowd's act two sentences back is too far */
	check("fr", "Des centaines d'étudiants ont manifesté mardi devant le "
	    "Parlement à Dacca. Le gouvernement a promis des réformes. La "
	    "police bangladaise a dispersé les manifestants.", "BGD", "175",
	    "BGD", "2024-06-20");
}

/* A month after an event noun in the object is that event's, not the
 * comment's: the condemnation is dated by its own clause. */
static void
test_evdates_time_of_object_noun(void **state)
{
	(void)state;
	check("en", "Lithuania condemned Belarusian balloon incursions into "
	    "its airspace last month and urged Minsk to stop them.", "LTU",
	    "111", "BLR", "2024-06-20");
	check("en", "Lithuania condemned Belarusian balloon incursions into "
	    "its airspace last month and urged Minsk to stop them.", "LTU",
	    "02", "BLR", "2024-06-20");
	/* a demonstrative noun points back: the time is the verb's */
	check("fr", "L'Union africaine avait chargé l'Angola de cette "
	    "médiation en 2022.", "IGOAFRAFU", "028", "AGO", "2022");
	/* a day keeps attaching to the verb */
	check("en", "Japan condemned North Korean missile launches on "
	    "Monday.", "JPN", "111", "PRK", "2024-06-17");
}

/* The day of a report closing the sentence dates the statement it
 * reports, over a relative clause in between. */
static void
test_evdates_final_report(void **state)
{
	(void)state;
	check("fr", "La France a menacé de sanctions les responsables iraniens "
	    "qui « entravent » les inspections, a indiqué lundi le Quai "
	    "d'Orsay.", "FRA", "1312", "IRN", "2024-06-17");
	check("en", "Britain threatened new sanctions against Russian officials "
	    "who obstruct aid deliveries, the Foreign Office said on Monday.",
	    "GBR", "1312", "RUS", "2024-06-17");
	check("fr", "La Pologne a expulsé un diplomate russe qui avait critiqué "
	    "le gouvernement, a annoncé mardi le ministère.", "POL", "166",
	    "RUS", "2024-06-18");
}

/* A day still to come in a second predicate after "et"/"and" is not the
 * first one's; a past day there still dates both. */
static void
test_evdates_later_conjunct(void **state)
{
	(void)state;
	check("fr", "Le Japon a exprimé sa solidarité avec les Philippines et "
	    "annoncé l'envoi de secouristes dès samedi.", "JPN", "051", "PHL",
	    "2024-06-20");
	check("fr", "Le Japon a exprimé sa solidarité avec les Philippines et "
	    "annoncé l'envoi de secouristes dès samedi.", "JPN", "07", "PHL",
	    "2024-06-22");
	check("en", "Germany praised Poland for its help and will send "
	    "engineers to Warsaw on Saturday.", "DEU", "051", "POL",
	    "2024-06-20");
	check("en", "Germany praised Poland on Monday and sent engineers to "
	    "Warsaw.", "DEU", "051", "POL", "2024-06-17");
}

/* A present-tense relative after a comma says what holds now: the main
 * clause's time is not its own. */
static void
test_evdates_present_relative(void **state)
{
	(void)state;
	check("fr", "Le Maroc a rappelé mardi son ambassadeur en Algérie, "
	    "qu'il accuse d'ingérence.", "MAR", "112", "DZA", "2024-06-20");
	check("fr", "Le Maroc a rappelé mardi son ambassadeur en Algérie, "
	    "qu'il accuse d'ingérence.", "MAR", "161", "DZA", "2024-06-18");
}

/* A participle no pattern knows, after a noun of the object, takes the
 * time after it: the cancelling is not next week's. */
static void
test_evdates_noun_participle(void **state)
{
	(void)state;
	check("en", "Peru's foreign minister said he had cancelled a visit to "
	    "Bogota planned for next week.", "PER", "160", "COL", "2024-06-20");
	check("fr", "Le Mali a annulé une visite à Dakar prévue la semaine "
	    "prochaine.", "MLI", "160", "SEN", "2024-06-20");
}

/* A statement with no time, followed by a dated quotation of the same
 * speaker: the same occasion. Another speaker's quotation is not. */
static void
test_evdates_same_speech(void **state)
{
	(void)state;
	check("en", "Kenyan President William Ruto thanked Japan for its "
	    "support. \"Japan is a true friend,\" Ruto said during a visit to "
	    "Mombasa on Monday.", "KEN", "051", "JPN", "2024-06-17");
	check("fr", "Le président sénégalais Bassirou Diomaye Faye a remercié "
	    "la France pour son aide. « La France est un partenaire fiable », a "
	    "déclaré M. Faye lundi à Dakar.", "SEN", "051", "FRA",
	    "2024-06-17");
	check("en", "Kenyan President William Ruto thanked Japan for its "
	    "support. \"This is a historic day,\" Japanese Prime Minister "
	    "Fumio Kishida said on Monday.", "KEN", "051", "JPN",
	    "2024-06-20");
}

/* A time inside a subordinate clause ("since", "because", "depuis que")
 * with its own predicate is that clause's. */
static void
test_evdates_subordinate_clause(void **state)
{
	(void)state;
	check("en", "Human Rights Watch criticised the Kenyan police because "
	    "protesters were beaten on Tuesday.", "NGOHRW", "111", "KEN",
	    "2024-06-20");
	check("fr", "L'ONU critique le Mali depuis que la junte a suspendu "
	    "mardi les partis politiques.", "IGOUNO", "111", "MLI",
	    "2024-06-20");
	check("en", "Human Rights Watch criticised the Kenyan police on "
	    "Tuesday.", "NGOHRW", "111", "KEN", "2024-06-18");
}

/* The imperfect of a restrictive relative went on at the main clause's
 * time ("des étudiants qui bloquaient", "farmers who were blocking"). */
static void
test_evdates_imperfect_relative(void **state)
{
	(void)state;
	check("fr", "La police kényane a dispersé mardi soir des étudiants qui "
	    "bloquaient une route de Nairobi.", "KEN", "144", "KEN",
	    "2024-06-18TEV");
	check("en", "Belgian police fired tear gas on Monday at farmers who "
	    "were blocking a road near Brussels.", "BEL", "144", "BEL",
	    "2024-06-17");
}

/* A purpose infinitive ("pour réclamer") is dated with the verb it
 * serves, here a relative's imperfect dated by the main clause. */
static void
test_evdates_purpose_infinitive(void **state)
{
	(void)state;
	check("fr", "La police kényane a dispersé mardi soir des étudiants qui "
	    "bloquaient une route de Nairobi pour réclamer des élections "
	    "anticipées.", "KEN", "104", "KEN", "2024-06-18TEV");
}

/* A reaction in a relative on someone the sentence dated takes that
 * occasion's day; not when the antecedent only reports. */
static void
test_evdates_relative_occasion(void **state)
{
	(void)state;
	check("fr", "Le président ivoirien a rencontré lundi à Abidjan son "
	    "homologue ghanéen, John Mahama, qui a salué « une amitié "
	    "solide ».", "GHA", "051", "CIV", "2024-06-17");
	check("fr", "L'Iran a libéré jeudi un enseignant français, a annoncé "
	    "l'Élysée, qui a remercié le sultanat d'Oman.", "FRA", "051", "OMN",
	    "2024-06-20");
}

/* "ensuite", "then" after a part of the day: a later act of that day. */
static void
test_evdates_later_that_day(void **state)
{
	(void)state;
	check("fr", "Accueilli mercredi matin au palais présidentiel, le "
	    "président ghanéen s'est ensuite entretenu avec les dirigeants "
	    "sénégalais.", "GHA", "040", "SEN", "2024-06-19");
	check("en", "The Ghanaian president arrived in Dakar on Wednesday "
	    "morning and then held talks with Senegalese leaders.", "GHA",
	    "040", "SEN", "2024-06-19");
	check("en", "The Ghanaian president arrived in Dakar on Wednesday "
	    "morning and then held talks with Senegalese leaders.", "GHA",
	    "042", "SEN", "2024-06-19TMO");
}

/* A clause naming no day and no event keeps the publication day. */
static void
test_evdates_default_pubday(void **state)
{
	(void)state;
	check("fr", "Le Premier ministre indien est arrivé lundi à Tokyo. « Les "
	    "négociations seront difficiles », a déclaré le ministre japonais, "
	    "qui a critiqué l'Inde.", "JPN", "111", "IND", "2024-06-20");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_evdates_after_the_meeting),
		cmocka_unit_test(test_evdates_definite_subject),
		cmocka_unit_test(test_evdates_fronted_phrase),
		cmocka_unit_test(test_evdates_definite_trigger),
		cmocka_unit_test(test_evdates_agent_noun),
		cmocka_unit_test(test_evdates_fronted_after),
		cmocka_unit_test(test_evdates_perfect_infinitive),
		cmocka_unit_test(test_evdates_reporting_incise),
		cmocka_unit_test(test_evdates_participle_object),
		cmocka_unit_test(test_evdates_speech_act_future),
		cmocka_unit_test(test_evdates_after_relative),
		cmocka_unit_test(test_evdates_complement_of_after),
		cmocka_unit_test(test_evdates_first_conjunct),
		cmocka_unit_test(test_evdates_perfect_non_trigger),
		cmocka_unit_test(test_evdates_host_on_arrival_day),
		cmocka_unit_test(test_evdates_document_subject),
		cmocka_unit_test(test_evdates_apposed_judgement),
		cmocka_unit_test(test_evdates_time_before_report),
		cmocka_unit_test(test_evdates_police_and_crowd),
		cmocka_unit_test(test_evdates_time_of_object_noun),
		cmocka_unit_test(test_evdates_final_report),
		cmocka_unit_test(test_evdates_later_conjunct),
		cmocka_unit_test(test_evdates_present_relative),
		cmocka_unit_test(test_evdates_noun_participle),
		cmocka_unit_test(test_evdates_same_speech),
		cmocka_unit_test(test_evdates_subordinate_clause),
		cmocka_unit_test(test_evdates_imperfect_relative),
		cmocka_unit_test(test_evdates_purpose_infinitive),
		cmocka_unit_test(test_evdates_relative_occasion),
		cmocka_unit_test(test_evdates_later_that_day),
		cmocka_unit_test(test_evdates_default_pubday),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
