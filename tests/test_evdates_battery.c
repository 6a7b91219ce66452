/*
 * A battery of short French and English passages, written for this test
 * (no gold text), where an event's date is not simply the nearest time
 * expression: a reporting verb's day and the reported act's day, plans,
 * relatives about something else, events dated by a referred event, times
 * across a semicolon, datelines, "since" after an ordinal. Published
 * Thursday 2024-06-20 (testlib).
 *
 * Each row names an event (source key, CAMEO code prefix, target key) and
 * the date it must have; a row marked NONE says no such event may carry
 * that date. Every row is checked and every failure printed before the
 * test fails, so the count of failures is the battery's score.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "newsev/extract.h"
#include "newsev/score.h"
#include "testlib.h"

#define HAS	0
#define NONE	1

struct row {
	const char *lang, *text, *src, *code, *tgt, *value;
	int kind;
};

static const struct row rows[] = {
	/* reporting verb's day vs the reported act's day */
	{ "fr", "Le ministre russe a annoncé mardi avoir signé lundi un accord avec la Chine.",
	    "RUS", "057", "CHN", "2024-06-17", HAS },
	{ "en", "China said on Tuesday it signed a trade deal with Brazil on Monday.",
	    "CHN", "057", "BRA", "2024-06-17", HAS },
	{ "fr", "La Russie a annoncé mardi qu'elle livrerait des armes à la Corée du Nord en septembre.",
	    "RUS", "07", "PRK", "2024-09", HAS },
	{ "en", "Russia said on Tuesday it would deliver weapons to North Korea in September.",
	    "RUS", "07", "PRK", "2024-09", HAS },
	{ "fr", "Des soldats tchadiens ont attaqué mardi soir un poste frontalier soudanais, a affirmé mercredi l'armée soudanaise.",
	    "TCD", "19", "SDN", "2024-06-18TEV", HAS },
	{ "en", "Chadian soldiers attacked a Sudanese border post on Tuesday evening, the Sudanese army said on Wednesday.",
	    "TCD", "19", "SDN", "2024-06-18TEV", HAS },
	/* planned events, announced on another day */
	{ "fr", "Le président turc doit se rendre vendredi à Rome, a annoncé jeudi son porte-parole.",
	    "TUR", "042", "ITA", "2024-06-21", HAS },
	{ "en", "Turkish President Erdogan will visit Rome on Friday, his office said on Wednesday.",
	    "TUR", "042", "ITA", "2024-06-21", HAS },
	{ "fr", "Le président égyptien se rendra le 3 juillet en Arabie saoudite, a annoncé mardi la présidence.",
	    "EGY", "042", "SAU", "2024-07-03", HAS },
	{ "en", "Egypt's president will travel to Saudi Arabia on July 3, the presidency said on Tuesday.",
	    "EGY", "042", "SAU", "2024-07-03", HAS },
	{ "fr", "Le chef de la diplomatie américaine se rendra la semaine prochaine en Chine, où il rencontrera son homologue chinois.",
	    "USA", "040", "CHN", "2024-W26", HAS },
	{ "fr", "Lundi, le ministre chinois a rencontré son homologue russe à Pékin. Il se rendra vendredi en Inde.",
	    "CHN", "042", "IND", "2024-06-21", HAS },
	/* a time in a relative clause about something else */
	{ "fr", "Le Premier ministre indien, qui s'était rendu à Moscou en juillet, a rencontré mercredi le président ukrainien à Kiev.",
	    "IND", "040", "UKR", "2024-06-19", HAS },
	{ "fr", "Le Premier ministre indien, qui s'était rendu à Moscou en juillet, a rencontré mercredi le président ukrainien à Kiev.",
	    "IND", "042", "RUS", "2023-07", HAS },
	{ "fr", "Le président sénégalais, qui avait rencontré lundi le chef de l'État malien, s'est rendu mercredi à Abidjan.",
	    "SEN", "042", "CIV", "2024-06-19", HAS },
	{ "fr", "Le président sénégalais, qui avait rencontré lundi le chef de l'État malien, s'est rendu mercredi à Abidjan.",
	    "SEN", "040", "MLI", "2024-06-17", HAS },
	{ "en", "The Indian prime minister, who met Russian President Vladimir Putin in Moscow in July, arrived in Kyiv on Wednesday.",
	    "IND", "042", "UKR", "2024-06-19", HAS },
	/* an event dated by the event it refers to */
	{ "fr", "Lors de sa visite de mars à Pékin, le président brésilien avait signé un accord avec la Chine.",
	    "BRA", "057", "CHN", "2024-03", HAS },
	{ "en", "Russia and Vietnam signed a nuclear cooperation agreement. The deal was signed during Putin's visit to Hanoi in March.",
	    "RUS", "042", "VNM", "2024-03", HAS },
	{ "fr", "Le ministre turc a rencontré jeudi à Ankara son homologue irakien, trois semaines après la visite du président irakien en Turquie en mai.",
	    "IRQ", "042", "TUR", "2024-05", HAS },
	{ "fr", "Le président français a reçu mardi à l'Élysée le Premier ministre libanais, arrivé la veille à Paris.",
	    "FRA", "043", "LBN", "2024-06-18", HAS },
	/* a time before the trigger in another clause, across a semicolon */
	{ "fr", "Lundi, la police kényane a dispersé des manifestants à Nairobi ; mardi, les manifestants sont revenus.",
	    "KEN", "175", "KEN", "2024-06-17", HAS },
	{ "en", "On Monday, Kenyan police dispersed protesters in Nairobi; on Tuesday, the Kenyan government met opposition leaders.",
	    "KEN", "175", "KEN", "2024-06-17", HAS },
	{ "en", "Police in Kenya fired tear gas at protesters on Tuesday. On Wednesday, the protesters returned to the streets of Nairobi.",
	    "KEN", "175", "KEN", "2024-06-18", HAS },
	/* counted from the story's day or another sentence */
	{ "fr", "Le Soudan a rappelé son ambassadeur au Tchad. Deux jours plus tôt, l'armée tchadienne avait bombardé un village soudanais.",
	    "TCD", "195", "SDN", "2024-06-18", HAS },
	{ "fr", "La Chine a imposé vendredi des sanctions contre des entreprises américaines. La veille, Washington avait approuvé une vente d'armes à Taïwan.",
	    "USA", "07", "TWN", "2024-06-13", HAS },
	{ "en", "China imposed sanctions on US companies on Friday. The day before, Washington had approved an arms sale to Taiwan.",
	    "USA", "07", "TWN", "2024-06-13", HAS },
	{ "fr", "Le Mali a expulsé mardi l'ambassadeur français, une semaine après avoir accusé Paris d'ingérence.",
	    "MLI", "166", "FRA", "2024-06-18", HAS },
	{ "en", "Mali expelled the French ambassador on Tuesday, a week after accusing Paris of interference.",
	    "MLI", "166", "FRA", "2024-06-18", HAS },
	/* a dateline's day is not the story's day */
	{ "fr", "DAKAR, 20 juin (newsev) - Le Sénégal a rappelé hier son ambassadeur en Gambie.",
	    "SEN", "16", "GMB", "2024-06-19", HAS },
	{ "en", "RABAT, June 20 (newsev) - Morocco expelled the Algerian ambassador on Wednesday.",
	    "MAR", "16", "DZA", "2024-06-19", HAS },
	/* "the first visit since 2019": the visit's day, no visit in 2019 */
	{ "fr", "Le Premier ministre grec s'est rendu lundi à Ankara, sa première visite en Turquie depuis 2019.",
	    "GRC", "042", "TUR", "2024-06-17", HAS },
	{ "fr", "Le Premier ministre grec s'est rendu lundi à Ankara, sa première visite en Turquie depuis 2019.",
	    "GRC", "042", "TUR", "2019", NONE },
	{ "fr", "Le chancelier allemand est arrivé mardi à Varsovie, pour sa première visite en Pologne depuis 2021.",
	    "DEU", "042", "POL", "2021", NONE },
	{ "en", "Greek Prime Minister Kyriakos Mitsotakis visited Ankara on Monday, his first visit to Turkey since 2019.",
	    "GRC", "042", "TUR", "2024-06-17", HAS },
	/* a part of the day belongs to the event's date */
	{ "en", "Israeli warplanes struck Hezbollah positions in Lebanon overnight Saturday.",
	    "ISR", "19", "LBN", "2024-06-15TNI", HAS },
	/* with no time of its own, the reported act keeps the report's day */
	{ "fr", "Le ministre russe a annoncé mardi avoir signé un accord avec la Chine.",
	    "RUS", "057", "CHN", "2024-06-18", HAS },
	{ "en", "Russia said on Tuesday it would deliver weapons to North Korea.",
	    "RUS", "07", "PRK", "2024-06-18", HAS },
	/* "jusqu'à", "until": a limit, not the act's date */
	{ "fr", "Le Canada a annoncé mardi qu'il suspendait ses livraisons d'armes à Israël jusqu'à la fin de l'année.",
	    "CAN", "16", "ISR", "2024-06-18", HAS },
	{ "en", "Canada said on Tuesday it was suspending arms deliveries to Israel until the end of the year.",
	    "CAN", "16", "ISR", "2024-06-18", HAS },
	{ "en", "China signed a trade deal with Brazil for the first time since 2019 on Monday.",
	    "CHN", "057", "BRA", "2024-06-17", HAS },
	/* second round */
	{ "fr", "Après avoir rencontré lundi le président chinois, le Premier ministre indien s'est rendu mardi à Moscou.",
	    "IND", "042", "RUS", "2024-06-18", HAS },
	{ "fr", "Après avoir rencontré lundi le président chinois, le Premier ministre indien s'est rendu mardi à Moscou.",
	    "IND", "040", "CHN", "2024-06-17", HAS },
	{ "en", "Before meeting the Chinese president on Monday, the Indian prime minister visited Moscow on Sunday.",
	    "IND", "042", "RUS", "2024-06-16", HAS },
	{ "fr", "Le président ukrainien, qui se rendra vendredi à Washington, a rencontré jeudi le chancelier allemand à Berlin.",
	    "UKR", "040", "DEU", "2024-06-20", HAS },
	{ "fr", "Le président ukrainien, qui se rendra vendredi à Washington, a rencontré jeudi le chancelier allemand à Berlin.",
	    "UKR", "042", "USA", "2024-06-21", HAS },
	{ "fr", "Les ministres européens se sont réunis mardi à Bruxelles et ont adopté mercredi de nouvelles sanctions contre l'Iran.",
	    "EUR", "163", "IRN", "2024-06-19", HAS },
	{ "en", "The European Union on Tuesday adopted new sanctions against Iran.",
	    "IGOEUREEC", "163", "IRN", "2024-06-18", HAS },
	{ "fr", "Le président kényan a reçu mercredi son homologue ougandais, arrivé mardi soir à Nairobi.",
	    "KEN", "043", "UGA", "2024-06-19", HAS },
	{ "fr", "Lundi, la Russie a accusé l'Ukraine d'avoir attaqué la veille un dépôt pétrolier à Belgorod.",
	    "RUS", "112", "UKR", "2024-06-17", HAS },
	{ "en", "On Monday, Russia accused Ukraine of attacking an oil depot in Belgorod the previous day.",
	    "RUS", "112", "UKR", "2024-06-17", HAS },
	{ "en", "China on Wednesday condemned last week's visit to Taiwan by a US congressional delegation.",
	    "CHN", "111", "TWN", "2024-06-19", HAS },
	{ "fr", "La Chine a condamné mercredi la visite à Taïwan, la semaine dernière, d'une délégation du Congrès américain.",
	    "CHN", "111", "TWN", "2024-06-19", HAS },
	{ "en", "Thousands of people rallied in Tbilisi on Saturday. Georgian police dispersed the protesters overnight.",
	    "GEO", "175", "GEO", "2024-06-15TNI", HAS },
	{ "fr", "Des milliers de personnes ont manifesté samedi à Tbilissi. La police géorgienne a dispersé les manifestants dans la nuit.",
	    "GEO", "175", "GEO", "2024-06-15TNI", HAS },
	{ "fr", "Le Premier ministre indien se rendra en juillet à Moscou, a annoncé jeudi le Kremlin.",
	    "IND", "042", "RUS", "2024-07", HAS },
	{ "en", "North Korea fired a ballistic missile into the sea on Tuesday, its third launch since January.",
	    "PRK", "15", "", "2024-01", NONE },
	/* the act in the complement of a fronted "au lendemain de", "a day
	 * after" lies before the main clause's own day */
	{ "fr", "Au lendemain de sa visite en Chine, le président russe s'est rendu jeudi en Corée du Nord.",
	    "RUS", "042", "CHN", "2024-06-19", HAS },
	{ "en", "A day after his visit to China, the Russian president travelled to North Korea on Thursday.",
	    "RUS", "042", "CHN", "2024-06-19", HAS },
	{ "fr", "À la veille de la visite du président chinois à Paris, la France a signé mardi un accord avec l'Inde.",
	    "CHN", "042", "FRA", "2024-06-19", HAS },
	{ "fr", "Au lendemain de sa visite en Chine, le président russe s'est rendu jeudi en Corée du Nord.",
	    "RUS", "042", "PRK", "2024-06-20", HAS },
	/* the complement of "N après", "N after" lies N before the main
	 * clause's day, also when the amount is valued at a week */
	{ "fr", "Le président français est arrivé mercredi à Rome, deux semaines après avoir reçu à Paris le Premier ministre italien.",
	    "FRA", "043", "ITA", "2024-06-05", HAS },
	{ "en", "The French president arrived in Rome on Wednesday, two weeks after hosting the Italian prime minister in Paris.",
	    "FRA", "043", "ITA", "2024-06-05", HAS },
	{ "fr", "Deux jours après l'attaque d'un poste frontière par l'armée tchadienne, le Soudan a rappelé son ambassadeur au Tchad.",
	    "SDN", "161", "TCD", "2024-06-20", HAS },
	{ "en", "Two days after Chadian troops attacked a Sudanese border post, Sudan recalled its ambassador to Chad.",
	    "TCD", "19", "SDN", "2024-06-18", HAS },
	/* a month or year in an apposition tells the subject's past */
	{ "fr", "Le président kényan, élu en 2022, a rencontré son homologue ougandais à Nairobi.",
	    "KEN", "040", "UGA", "2024-06-20", HAS },
	{ "fr", "Le président kényan, élu en 2022, a rencontré son homologue ougandais à Nairobi.",
	    "KEN", "040", "UGA", "2022", NONE },
	{ "en", "Kenya's president, in power since 2022, met his Ugandan counterpart in Nairobi.",
	    "KEN", "040", "UGA", "2024-06-20", HAS },
	{ "fr", "À Nairobi, en mars, le président kényan a rencontré son homologue ougandais.",
	    "KEN", "040", "UGA", "2024-03", HAS },
	{ "fr", "Le président kényan, élu en 2022, a rencontré mardi son homologue ougandais à Nairobi.",
	    "KEN", "040", "UGA", "2024-06-18", HAS },
	{ "fr", "Le président kényan a rencontré son homologue ougandais, réélu en 2021, à Nairobi.",
	    "KEN", "040", "UGA", "2024-06-20", HAS },
	{ "en", "Kenya's president met his Ugandan counterpart, in power since 1986, in Nairobi.",
	    "KEN", "040", "UGA", "2024-06-20", HAS },
	{ "en", "Washington blacklisted dozens of companies in China, Turkey and the United Arab Emirates in late May.",
	    "USA", "16", "CHN", "2024-05", HAS },
	{ "fr", "Le Kenya a signé un accord de défense avec l'Ouganda, en mars.",
	    "KEN", "057", "UGA", "2024-03", HAS },
	/* a present-tense "ce que X dément" holds now */
	{ "fr", "Les États-Unis ont accusé l'Iran en mars de livrer des drones à la Russie, ce que Téhéran dément.",
	    "IRN", "016", "USA", "2024-06-20", HAS },
	/* a clause that is no plan refers back to no planned event */
	{ "en", "Kenya's foreign minister met his Ugandan counterpart in Kampala on Monday. The two ministers will meet again in Nairobi on June 30. During the meeting, Kenya and Uganda signed a defence pact.",
	    "KEN", "057", "UGA", "2024-06-17", HAS },
	{ "fr", "Le ministre kényan a rencontré lundi son homologue ougandais à Kampala. Les deux ministres se retrouveront le 30 juin à Nairobi. Lors de la rencontre, le Kenya et l'Ouganda ont signé un accord de défense.",
	    "KEN", "057", "UGA", "2024-06-17", HAS },
	/* numbers and names that are no dates do not date events */
	{ "fr", "Le Liban a accusé Israël de violer la résolution 1701 du Conseil de sécurité.",
	    "LBN", "112", "ISR", "2024-06-20", HAS },
	{ "en", "Chinese Defence Minister Dong Jun met his Russian counterpart in Beijing.",
	    "CHN", "040", "RUS", "2024-06-20", HAS },
};

/* The event s/code/t of r with date value, or NULL. */
static const struct extract_event *
event_with(const struct extract_result *r, const struct row *w)
{
	for (size_t i = 0; i < r->n_events; i++) {
		const struct extract_event *e = &r->events[i];

		if (strcmp(score_actor_key(&e->source), w->src) == 0 &&
		    strcmp(score_actor_key(&e->target), w->tgt) == 0 &&
		    strncmp(e->cameo_code, w->code, strlen(w->code)) == 0 &&
		    strcmp(e->date.value, w->value) == 0)
			return e;
	}
	return NULL;
}

/* Check one row; prints what was found when it fails. Returns 1 on pass. */
static int
row_check(const struct row *w)
{
	struct extract_result *r = testlib_run("b1", w->text, w->lang);
	const struct extract_event *e;
	int ok;

	assert_non_null(r);
	e = event_with(r, w);
	ok = w->kind == HAS ? e != NULL : e == NULL;
	if (!ok) {
		print_message("FAIL %s %s %s %s %s %s in: %s\n", w->lang,
		    w->kind == HAS ? "want" : "unwanted", w->src, w->code,
		    w->tgt, w->value, w->text);
		for (size_t i = 0; i < r->n_events; i++)
			print_message("    found %s %s %s %s\n",
			    score_actor_key(&r->events[i].source),
			    r->events[i].cameo_code,
			    score_actor_key(&r->events[i].target),
			    r->events[i].date.value);
	}
	extract_result_free(r);
	return ok;
}

/* Every row of the battery; fails with the count of failed rows. */
static void
test_evdates_battery_all(void **state)
{
	size_t i, nrows = sizeof(rows) / sizeof(rows[0]), failed = 0;

	(void)state;
	assert_true(nrows >= 25);
	for (i = 0; i < nrows; i++)
		failed += !row_check(&rows[i]);
	print_message("event date battery: %zu of %zu rows pass\n",
	    nrows - failed, nrows);
	assert_int_equal(failed, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_evdates_battery_all),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
