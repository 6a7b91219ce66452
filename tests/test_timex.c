/*
 * Tests for timex: French and English temporal expressions resolved against
 * a fixed publication time, Thursday 2024-06-20 09:30 UTC.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsev/text.h"
#include "newsev/timex.h"
#include "testlib.h"

#define REF_MS	1718875800000LL	/* 2024-06-20T09:30:00Z, a Thursday */
#define MAXH	64

static struct timex_rules *rules;

struct found {
	struct timex_hit h[MAXH];
	size_t n;
	char text[4096];
};

static int
rules_setup(void **state)
{
	(void)state;
	rules = testlib_timex_load();
	return rules == NULL ? -1 : 0;
}

static int
rules_teardown(void **state)
{
	(void)state;
	timex_free(rules);
	return 0;
}

static void
run(const char *lang, const char *text, struct found *f)
{
	struct text_doc doc;

	snprintf(f->text, sizeof(f->text), "%s", text);
	text_doc_init(&doc);
	assert_int_equal(text_analyze(&doc, f->text, strlen(f->text)), 0);
	f->n = timex_find(rules, &doc, lang, REF_MS, f->h, MAXH);
	text_doc_clear(&doc);
}

/* The hit whose span text is span, or fail listing what was found. */
static const struct timex_hit *
hit_with_span(const struct found *f, const char *span)
{
	size_t i, len = strlen(span);

	for (i = 0; i < f->n && i < MAXH; i++)
		if (f->h[i].span.end - f->h[i].span.start == len &&
		    memcmp(f->text + f->h[i].span.start, span, len) == 0)
			return &f->h[i];
	for (i = 0; i < f->n && i < MAXH; i++)
		print_message("found [%.*s] %s\n",
		    (int)(f->h[i].span.end - f->h[i].span.start),
		    f->text + f->h[i].span.start, f->h[i].value);
	fail_msg("no hit with span [%s] in: %s", span, f->text);
	return NULL;
}

static void
check(const char *lang, const char *text, const char *span, const char *value,
    const char *type, enum extract_gran gran)
{
	struct found f;
	const struct timex_hit *h;

	run(lang, text, &f);
	h = hit_with_span(&f, span);
	assert_string_equal(h->value, value);
	assert_string_equal(h->type, type);
	assert_int_equal(h->gran, gran);
}

/* "un jour après", "two days before": the shift to the complement's act. */
static void
test_timex_shift_of_after(void **state)
{
	struct found f;

	(void)state;
	run("fr", "Il est arrivé mercredi à Rome, deux jours après avoir signé "
	    "un accord.", &f);
	assert_int_equal(hit_with_span(&f, "deux jours après")->shift, 2);
	assert_int_equal(hit_with_span(&f, "mercredi")->shift, 0);
	run("en", "On June 10 they met. A week before the vote, he resigned.",
	    &f);
	assert_int_equal(hit_with_span(&f, "A week before")->shift, -7);
}

static void
check_none(const char *lang, const char *text)
{
	struct found f;

	run(lang, text, &f);
	if (f.n != 0)
		hit_with_span(&f, "(none expected)");
	assert_int_equal(f.n, 0);
}

#define G(x)	EXTRACT_GRAN_##x
#define CASE(name, lang, text, span, value, type, gran)			\
static void								\
test_timex_##name(void **state)						\
{									\
	(void)state;							\
	check(lang, text, span, value, type, G(gran));			\
}

/* French absolute dates */
CASE(fr_le_20_juin, "fr", "Il arrivera le 20 juin à Paris.", "le 20 juin",
    "2024-06-20", "DATE", DAY)
CASE(fr_20_juin_2024, "fr", "L'accord signé 20 juin 2024 entre en vigueur.",
    "20 juin 2024", "2024-06-20", "DATE", DAY)
CASE(fr_le_3_mars_2022, "fr", "Depuis l'invasion, le 3 mars 2022, rien.",
    "le 3 mars 2022", "2022-03-03", "DATE", DAY)
CASE(fr_1er_mai, "fr", "Les syndicats ont défilé le 1er mai.", "le 1er mai",
    "2024-05-01", "DATE", DAY)
CASE(fr_1er_mai_future, "fr", "Les syndicats défileront le 1er mai.",
    "le 1er mai", "2025-05-01", "DATE", DAY)
CASE(fr_weekday_and_date, "fr", "Le sommet s'ouvre le mercredi 3 juillet.",
    "le mercredi 3 juillet", "2024-07-03", "DATE", DAY)
CASE(fr_two_digit_year, "fr", "Il a été condamné en octobre 98, puis libéré.",
    "octobre 98", "1998-10", "DATE", MONTH)
/* French weekdays */
CASE(fr_mardi_past, "fr",
    "Le président brésilien est arrivé mardi à Luanda pour une visite.",
    "mardi", "2024-06-18", "DATE", DAY)
CASE(fr_mardi_future, "fr", "Le président se rendra mardi à Luanda.",
    "mardi", "2024-06-25", "DATE", DAY)
CASE(fr_mardi_dernier, "fr", "Il a été reçu mardi dernier.", "mardi dernier",
    "2024-06-18", "DATE", DAY)
CASE(fr_mardi_prochain, "fr", "Il est attendu mardi prochain.",
    "mardi prochain", "2024-06-25", "DATE", DAY)
CASE(fr_jeudi_today, "fr", "Le Conseil s'est réuni jeudi.", "jeudi",
    "2024-06-20", "DATE", DAY)
/* French deictic days and parts of the day */
CASE(fr_hier, "fr", "Les ministres se sont entretenus hier à Hanoï.", "hier",
    "2024-06-19", "DATE", DAY)
CASE(fr_aujourdhui, "fr", "Aujourd’hui, la frontière est fermée.",
    "Aujourd’hui", "2024-06-20", "DATE", DAY)
CASE(fr_demain, "fr", "Le vote aura lieu demain.", "demain", "2024-06-21",
    "DATE", DAY)
CASE(fr_avant_hier, "fr", "L'attaque a eu lieu avant-hier.", "avant-hier",
    "2024-06-18", "DATE", DAY)
CASE(fr_apres_demain, "fr", "Il repartira après-demain.", "après-demain",
    "2024-06-22", "DATE", DAY)
CASE(fr_ce_matin, "fr", "Le texte a été adopté ce matin.", "ce matin",
    "2024-06-20TMO", "TIME", TIME)
CASE(fr_dans_la_soiree, "fr", "Il doit s'exprimer dans la soirée.",
    "la soirée", "2024-06-20TEV", "TIME", TIME)
CASE(fr_mardi_soir, "fr", "Les frappes ont repris mardi soir.", "mardi soir",
    "2024-06-18TEV", "TIME", TIME)
CASE(fr_hier_matin, "fr", "Il est décédé hier matin.", "hier matin",
    "2024-06-19TMO", "TIME", TIME)
/* with no anchor, a part of the day still to come at the publication time
 * (09:30) is yesterday's in a past clause (data/README.md, timex) */
CASE(fr_apres_midi, "fr", "Les discussions ont repris l'après-midi.",
    "l'après-midi", "2024-06-19TAF", "TIME", TIME)
CASE(fr_la_nuit, "fr", "Des tirs ont été entendus pendant la nuit.",
    "la nuit", "2024-06-19TNI", "TIME", TIME)
/* French: relative to the last resolved date */
CASE(fr_lendemain, "fr",
    "Il est arrivé mardi à Luanda. Le lendemain, il a signé trois accords.",
    "Le lendemain", "2024-06-19", "DATE", DAY)
CASE(fr_veille_no_anchor, "fr", "La veille, l'opposition avait manifesté.",
    "La veille", "2024-06-19", "DATE", DAY)
CASE(fr_un_jour_apres, "fr",
    "Le 10 juin, Brasília a signé un pacte de défense avec l'Inde. "
    "Un jour après avoir signé ce pacte, il s'est rendu à Luanda.",
    "Un jour après", "2024-06-11", "DATE", DAY)
CASE(fr_apres_same_sentence, "fr",
    "Le président est arrivé mercredi soir à Hanoï, un jour après avoir "
    "signé un pacte de défense.", "un jour après", "2024-06-19", "DATE", DAY)
CASE(fr_veille_de_story_day, "fr",
    "HANOÏ, 20 juin (AFP) - La ministre est arrivée lundi à Naypyidaw. "
    "Le 3 mars 2022, la junte avait refusé. La veille de son arrivée, un "
    "village a été bombardé.", "La veille", "2024-06-16", "DATE", DAY)
CASE(fr_nuit_de_vendredi, "fr",
    "Dans la nuit de vendredi à samedi, des missiles ont été tirés.",
    "la nuit de vendredi à samedi", "2024-06-14TNI", "TIME", TIME)
CASE(fr_month_past_tense, "fr",
    "Les relations se sont dégradées depuis qu'en décembre le pays a signé.",
    "décembre", "2023-12", "DATE", MONTH)
CASE(fr_month_future_tense, "fr", "Le sommet se tiendra en février.",
    "février", "2025-02", "DATE", MONTH)
CASE(fr_les_prochains_mois, "fr",
    "Le sommet se tiendra dans les prochains mois, puis le mois prochain.",
    "le mois prochain", "2024-07", "DATE", MONTH)
CASE(fr_debut_de_l_annee, "fr", "Plusieurs échanges depuis le début de l'année.",
    "le début de l'année", "2024", "DATE", YEAR)
CASE(fr_time_on_anchor, "fr",
    "Le 10 juin, la réunion a commencé à 14 heures.", "14 heures",
    "2024-06-10T14:00", "TIME", TIME)
/* French months and years */
CASE(fr_mars_dernier, "fr", "après la visite du chancelier en mars dernier",
    "mars dernier", "2024-03", "DATE", MONTH)
CASE(fr_en_mars, "fr", "Les élections ont eu lieu en mars.", "mars",
    "2024-03", "DATE", MONTH)
CASE(fr_septembre_dernier, "fr", "depuis septembre dernier",
    "septembre dernier", "2023-09", "DATE", MONTH)
CASE(fr_juin_prochain, "fr", "Le traité sera signé en juin prochain.",
    "juin prochain", "2025-06", "DATE", MONTH)
CASE(fr_fin_mai, "fr", "Le cessez-le-feu a été rompu fin mai.", "fin mai",
    "2024-05", "DATE", MONTH)
CASE(fr_debut_juin, "fr", "Les pourparlers ont repris début juin.",
    "début juin", "2024-06", "DATE", MONTH)
CASE(fr_mi_juillet, "fr", "Le sommet est prévu mi-juillet.", "mi-juillet",
    "2024-07", "DATE", MONTH)
CASE(fr_an_dernier, "fr", "Les exportations ont chuté l'an dernier.",
    "l'an dernier", "2023", "DATE", YEAR)
CASE(fr_annee_derniere, "fr", "Comme l'année dernière, le G7 se réunit.",
    "l'année dernière", "2023", "DATE", YEAR)
CASE(fr_annee_prochaine, "fr", "Les troupes partiront l'année prochaine.",
    "l'année prochaine", "2025", "DATE", YEAR)
CASE(fr_cette_annee, "fr", "C'est le troisième sommet cette année.",
    "cette année", "2024", "DATE", YEAR)
CASE(fr_en_2019, "fr", "Le traité a été signé en 2019.", "2019", "2019",
    "DATE", YEAR)
CASE(fr_depuis_2014, "fr", "La Crimée est occupée depuis 2014.", "2014",
    "2014", "DATE", YEAR)
CASE(fr_semaine_prochaine, "fr", "Il recevra son homologue la semaine prochaine.",
    "la semaine prochaine", "2024-W26", "DATE", WEEK)
CASE(fr_semaine_derniere, "fr", "La semaine dernière, Kiev a été bombardée.",
    "La semaine dernière", "2024-W24", "DATE", WEEK)
CASE(fr_mois_prochain, "fr", "Le scrutin aura lieu le mois prochain.",
    "le mois prochain", "2024-07", "DATE", MONTH)
CASE(fr_ce_mois_ci, "fr", "Deux navires ont été saisis ce mois-ci.",
    "ce mois-ci", "2024-06", "DATE", MONTH)
CASE(fr_ce_week_end, "fr", "Les manifestants reviendront ce week-end.",
    "ce week-end", "2024-W25-WE", "DATE", WEEK)
CASE(fr_au_printemps, "fr", "L'offensive avait commencé au printemps.",
    "printemps", "2024-SP", "DATE", QUARTER)
CASE(fr_trimestre, "fr", "La croissance a ralenti au premier trimestre 2024.",
    "premier trimestre 2024", "2024-Q1", "DATE", QUARTER)
CASE(fr_annees_1990, "fr", "Depuis les années 1990, la région est instable.",
    "les années 1990", "199", "DATE", DECADE)
CASE(fr_xxe_siecle, "fr", "le pire massacre du XXe siècle en Europe",
    "XXe siècle", "19", "DATE", CENTURY)
/* French offsets, durations, sets, clock times */
CASE(fr_il_y_a, "fr", "Il a été enlevé il y a deux semaines.",
    "il y a deux semaines", "2024-W23", "DATE", WEEK)
CASE(fr_dans_trois_jours, "fr", "Le vote aura lieu dans trois jours.",
    "dans trois jours", "2024-06-23", "DATE", DAY)
CASE(fr_deux_jours, "fr", "pour une visite officielle de deux jours.",
    "deux jours", "P2D", "DURATION", DURATION)
CASE(fr_pendant_trois_ans, "fr", "Il a dirigé le pays pendant trois ans.",
    "trois ans", "P3Y", "DURATION", DURATION)
CASE(fr_peine_de_dix_ans, "fr", "Il a été condamné à une peine de 10 ans.",
    "10 ans", "P10Y", "DURATION", DURATION)
CASE(fr_quinquennat, "fr", "au début de son second quinquennat", "quinquennat",
    "P5Y", "DURATION", DURATION)
CASE(fr_chaque_mardi, "fr", "Le conseil se réunit chaque mardi.",
    "chaque mardi", "XXXX-WXX-2", "SET", SET)
CASE(fr_a_14_heures, "fr", "La séance reprendra à 14 heures.", "14 heures",
    "2024-06-20T14:00", "TIME", TIME)
CASE(fr_14h30, "fr", "Le convoi est parti vers 14h30.", "14h30",
    "2024-06-20T14:30", "TIME", TIME)

/* English */
CASE(en_june_20, "en", "The talks resumed on June 20 in Geneva.", "June 20",
    "2024-06-20", "DATE", DAY)
CASE(en_20_june_2024, "en", "signed on 20 June 2024 by both sides", "20 June 2024",
    "2024-06-20", "DATE", DAY)
CASE(en_june_20_comma_2023, "en", "On June 20, 2023, the ceasefire collapsed.",
    "June 20, 2023", "2023-06-20", "DATE", DAY)
CASE(en_on_tuesday, "en", "Beijing rejected the accusations on Tuesday.",
    "Tuesday", "2024-06-18", "DATE", DAY)
CASE(en_future_tuesday, "en", "The envoy will travel to Kyiv on Tuesday.",
    "Tuesday", "2024-06-25", "DATE", DAY)
CASE(en_last_friday, "en", "The EU imposed new sanctions last Friday.",
    "last Friday", "2024-06-14", "DATE", DAY)
CASE(en_next_week, "en", "Talks are expected next week.", "next week",
    "2024-W26", "DATE", WEEK)
CASE(en_yesterday, "en", "Troops crossed the border yesterday.", "yesterday",
    "2024-06-19", "DATE", DAY)
CASE(en_today, "en", "The ministers meet today.", "today", "2024-06-20",
    "DATE", DAY)
CASE(en_tomorrow, "en", "The vote is tomorrow.", "tomorrow", "2024-06-21",
    "DATE", DAY)
CASE(en_late_may, "en", "The offensive began in late May.", "late May",
    "2024-05", "DATE", MONTH)
CASE(en_last_year, "en", "Exports fell last year.", "last year", "2023",
    "DATE", YEAR)
CASE(en_in_march, "en", "Elections were held in March.", "March", "2024-03",
    "DATE", MONTH)
CASE(en_earlier_this_month, "en", "Two ships were seized earlier this month.",
    "earlier this month", "2024-06", "DATE", MONTH)
CASE(en_two_days_ago, "en", "He was arrested two days ago.", "two days ago",
    "2024-06-18", "DATE", DAY)
CASE(en_a_day_later, "en",
    "On June 10 the two sides met in Doha. A day later they signed a truce.",
    "A day later", "2024-06-11", "DATE", DAY)
CASE(en_this_morning, "en", "Sirens sounded this morning.", "this morning",
    "2024-06-20TMO", "TIME", TIME)
CASE(en_tuesday_night, "en", "Strikes hit the port on Tuesday night.",
    "Tuesday night", "2024-06-18TNI", "TIME", TIME)
CASE(en_in_2019, "en", "The deal was signed in 2019.", "2019", "2019", "DATE",
    YEAR)
CASE(en_1990s, "en", "Since the 1990s the region has been unstable.",
    "the 1990s", "199", "DATE", DECADE)
CASE(en_spring_of_next_year, "en", "Deliveries start in the spring of next year.",
    "the spring of next year", "2025-SP", "DATE", QUARTER)
CASE(en_dateline_abbrev, "en", "WARSAW, Jun 20 (newsev) - Talks resumed.",
    "Jun 20", "2024-06-20", "DATE", DAY)
CASE(en_irregular_past, "en",
    "The two leaders met on Monday and will meet again on Friday.", "Monday",
    "2024-06-17", "DATE", DAY)
CASE(en_will_friday, "en",
    "The two leaders met on Monday and will meet again on Friday.", "Friday",
    "2024-06-21", "DATE", DAY)
CASE(en_previous_week, "en", "The previous week, he met Xi.",
    "The previous week", "2024-W24", "DATE", WEEK)
CASE(en_past_two_weeks, "en", "Over the past two weeks, 300 people died.",
    "the past two weeks", "P2W", "DURATION", DURATION)
CASE(en_midnight_on_sunday, "en", "The truce took effect at midnight on Sunday.",
    "midnight", "2024-06-16T24:00", "TIME", TIME)
/* the conditional of reported speech is a future of the past; the past
 * conditional keeps the past */
CASE(fr_rendrait_mardi, "fr",
    "Le ministre a annoncé qu'il se rendrait mardi à Rome.", "mardi",
    "2024-06-25", "DATE", DAY)
CASE(fr_aurait_ete_tue_mardi, "fr",
    "Le chef rebelle aurait été tué mardi dans une frappe.", "mardi",
    "2024-06-18", "DATE", DAY)
CASE(en_would_visit_friday, "en",
    "The minister said he would visit Paris on Friday.", "Friday",
    "2024-06-21", "DATE", DAY)
/* a dateline takes the nearest year whatever the tense after it */
CASE(fr_dateline_future_tense, "fr",
    "MINSK, 19 juin (newsev) - La Pologne va déployer des soldats.",
    "19 juin", "2024-06-19", "DATE", DAY)
/* an appeal for a new event puts the weekday after it in the future */
CASE(fr_appel_greve_mardi, "fr",
    "Les syndicats ont appelé à une grève générale mardi.", "mardi",
    "2024-06-25", "DATE", DAY)
CASE(fr_appel_paix_dimanche, "fr", "Le pape a appelé à la paix dimanche.",
    "dimanche", "2024-06-16", "DATE", DAY)
CASE(en_called_for_new_protests, "en",
    "Opposition parties called for new protests on Saturday.", "Saturday",
    "2024-06-22", "DATE", DAY)
/* a count after "depuis"/"for" is a duration, "après" not its own */
CASE(fr_depuis_semaines_apres, "fr",
    "La frontière, fermée depuis trois semaines après des attaques, a "
    "rouvert.", "trois semaines", "P3W", "DURATION", DURATION)
/* "to be delivered": a passive infinitive shows no past */
CASE(en_to_be_delivered_friday, "en",
    "The first batteries are to be delivered on Friday.", "Friday",
    "2024-06-21", "DATE", DAY)
/* an ordinal before "in N units" makes a duration, not a coming date */
CASE(en_second_visit_in_months, "en", "It was his second visit in 18 months.",
    "18 months", "P18M", "DURATION", DURATION)
CASE(en_resume_in_two_weeks, "en", "The talks will resume in two weeks.",
    "in two weeks", "2024-W27", "DATE", WEEK)
/* "the next morning", "the following week", "la nuit suivante": from the
 * anchor */
CASE(en_next_morning, "en",
    "He arrived on Tuesday and met the king the next morning.",
    "the next morning", "2024-06-19TMO", "TIME", TIME)
CASE(en_following_week, "en",
    "Talks opened on June 3. The following week, both sides walked out.",
    "The following week", "2024-W24", "DATE", WEEK)
CASE(fr_nuit_suivante, "fr",
    "Il est arrivé mardi. La nuit suivante, des tirs ont visé l'ambassade.",
    "La nuit suivante", "2024-06-19TNI", "TIME", TIME)
/* "the same evening": the anchor's day */
CASE(en_same_evening, "en",
    "The minister, who arrived in Lima on Tuesday, was received the same "
    "evening by the president.", "the same evening", "2024-06-18TEV", "TIME",
    TIME)
/* "that morning", "ce soir-là", "that day": the anchor's day, not today */
CASE(en_that_morning, "en",
    "Rebels shelled the port on Monday evening, hours after the army had "
    "entered the town that morning.", "that morning", "2024-06-17TMO",
    "TIME", TIME)
CASE(fr_ce_soir_la, "fr",
    "Le ministre est arrivé mardi à Dakar. Ce soir-là, il a dîné avec le "
    "président.", "Ce soir-là", "2024-06-18TEV", "TIME", TIME)
CASE(en_that_day, "en",
    "The ceasefire took effect on June 3. Two soldiers were killed that day.",
    "that day", "2024-06-03", "DATE", DAY)
CASE(en_this_morning_still_today, "en",
    "Troops crossed the border on Monday. The minister said this morning "
    "that talks would resume.", "this morning", "2024-06-20TMO", "TIME", TIME)
/* "dès jeudi", "starting Monday": a start still to come */
CASE(fr_des_jeudi, "fr",
    "Le gouvernement a annoncé mardi l'ouverture de deux corridors "
    "humanitaires dès samedi.", "samedi", "2024-06-22", "DATE", DAY)
CASE(fr_des_lundi, "fr",
    "L'Union européenne a décidé la levée des restrictions dès lundi.",
    "lundi", "2024-06-24", "DATE", DAY)
CASE(en_starting_monday, "en",
    "The ministry said it had approved new border checks starting Monday.",
    "Monday", "2024-06-24", "DATE", DAY)
/* "N after" counts from a date written in its complement */
CASE(en_month_after_dated_complement, "en",
    "The sanctions come a month after Washington blacklisted firms in Iran, "
    "Iraq and Syria in early May.", "a month after", "2024-06", "DATE",
    MONTH)
CASE(en_days_after_dated_complement, "en",
    "The strike came three days after the army shelled the port on June 10.",
    "three days after", "2024-06-13", "DATE", DAY)
CASE(fr_jours_apres_date_complement, "fr",
    "Ces sanctions interviennent deux jours après l'attaque du 12 juin "
    "contre une base.", "deux jours après", "2024-06-14", "DATE", DAY)
/* a comma before a lower-case word ends the complement: the day after
 * it is the main clause's, which "A day after" takes (gold README, Times),
 * not a date of the complement moved by a day (2024-06-04) */
CASE(en_after_comma_not_complement, "en",
    "Talks resumed on Monday. A day after the signing, officials met again "
    "on June 3.", "A day after", "2024-06-03", "DATE", DAY)
/* a weekday still to come is no anchor for what follows */
CASE(fr_soiree_after_deadline, "fr",
    "Les deux camps ont signé mardi un accord. La trêve doit entrer en "
    "vigueur dimanche à minuit. Les discussions avaient été suspendues dans "
    "la soirée.", "la soirée", "2024-06-18TEV", "TIME", TIME)
/* The tense of the weekday's own clause decides first. */
CASE(en_will_friday_officials_said, "en",
    "The two ministers will hold talks on Friday, officials said.", "Friday",
    "2024-06-21", "DATE", DAY)
CASE(en_ended_friday_will_resume, "en",
    "The talks, which ended on Friday, will resume in Geneva.", "Friday",
    "2024-06-14", "DATE", DAY)
CASE(fr_se_rendra_lundi_a_dit, "fr",
    "Le ministre se rendra lundi à Kiev, a annoncé son porte-parole.",
    "lundi", "2024-06-24", "DATE", DAY)
/* "closed-door": an adjective, no past tense */
CASE(en_closed_door_will, "en",
    "The council will hold a closed-door meeting on the crisis on Monday.",
    "Monday", "2024-06-24", "DATE", DAY)
/* A named hour after a day is one expression; midnight ends that day. */
CASE(fr_vendredi_a_minuit, "fr",
    "Le cessez-le-feu entrera en vigueur vendredi à minuit, selon Addis-Abeba.",
    "vendredi à minuit", "2024-06-21T24:00", "TIME", TIME)
CASE(fr_lundi_a_midi, "fr", "Les délégations se sont séparées lundi à midi.",
    "lundi à midi", "2024-06-17T12:00", "TIME", TIME)
CASE(en_sunday_at_noon, "en", "Voting closed on Sunday at noon in the capital.",
    "Sunday at noon", "2024-06-16T12:00", "TIME", TIME)
CASE(fr_date_a_minuit, "fr", "L'accord entrera en vigueur le 1er juillet à minuit.",
    "le 1er juillet à minuit", "2024-07-01T24:00", "TIME", TIME)
/* digits after a day stay a separate expression (TimeBank) */
CASE(fr_mardi_vers_21h, "fr", "L'attaque a eu lieu mardi vers 21 h 45.",
    "mardi", "2024-06-18", "DATE", DAY)
/* "N days after" an event of a month or year written just before: that
 * month or year, not the older day anchor moved */
CASE(fr_jour_apres_mois, "fr",
    "Le ministre a été reçu mardi. Washington avait gelé les avoirs du "
    "général en mars dernier. Deux jours après ce gel, Caracas avait fermé "
    "son consulat.", "Deux jours après", "2024-03", "DATE", MONTH)
CASE(fr_jours_apres_fin_de_phrase, "fr",
    "Le juge a statué lundi. Rome avait extradé en 2021 un opposant, avant "
    "de le libérer trois semaines après.", "trois semaines après", "2021",
    "DATE", YEAR)
CASE(en_day_after_month, "en",
    "Talks opened on Tuesday. The envoy was expelled last November. A day "
    "after the expulsion, the embassy closed.", "A day after", "2023-11",
    "DATE", MONTH)
/* an older month does not override a day written after it */
CASE(fr_jour_apres_jour_recent, "fr",
    "Le pacte a été signé en mars dernier. Le ministre est arrivé lundi à "
    "Rome, un jour après avoir rencontré le pape.", "un jour après",
    "2024-06-17", "DATE", DAY)
CASE(en_early_2000s, "en", "In the early 2000s it was different.",
    "the early 2000s", "200", "DATE", DECADE)
CASE(en_no_article_before_date, "en", "The March 15 deadline passed.",
    "March 15", "2024-03-15", "DATE", DAY)
CASE(en_end_of_year, "en", "The deal should be signed by the end of the year.",
    "the end of the year", "2024", "DATE", YEAR)
CASE(en_clock_pm, "en", "The meeting ended at 2 p.m. in Brussels.", "2 p.m.",
    "2024-06-20T14:00", "TIME", TIME)

/* Negative cases: numbers that are not times, months that are not months. */
static void
test_timex_neg_counts(void **state)
{
	(void)state;
	check_none("fr", "Trois accords ont été signés, 3 accords au total, et "
	    "20 soldats ont été tués près de la frontière.");
	check_none("fr", "Plus de 2\xe2\x80\xaf" "000 réfugiés, dont 2 000 enfants.");
}

static void
test_timex_neg_mars_planet(void **state)
{
	(void)state;
	check_none("fr", "La sonde chinoise a photographié Mars. Mars reste hors "
	    "de portée des missions habitées.");
}

static void
test_timex_neg_may_verb(void **state)
{
	(void)state;
	check_none("en", "Officials may meet the envoy, and they may march.");
	check_none("en", "In the coming days, the army will withdraw.");
}

static void
test_timex_neg_a_ete(void **state)
{
	(void)state;
	check_none("fr", "Le texte a été adopté et le ministre a été entendu.");
}

static void
test_timex_neg_age(void **state)
{
	(void)state;
	check_none("fr", "Jean Dupont, 45 ans, a été interpellé.");
	check_none("fr", "Des activités pour les 6-16 ans, et un homme (52 ans).");
	check_none("fr", "Une fillette de 6 ans s'est noyée.");
}

static void
test_timex_neg_long_text(void **state)
{
	static const char para[] = "Le ministre des affaires étrangères a "
	    "rencontré son homologue et les deux pays ont signé 3 accords "
	    "couvrant l'énergie, l'agriculture et 20 projets communs. ";
	struct text_doc doc;
	struct timex_hit h[4];
	size_t n = 2000, len = sizeof(para) - 1, i;
	char *text = malloc(n * len + 1);

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n; i++)
		memcpy(text + i * len, para, len);
	text[n * len] = '\0';
	text_doc_init(&doc);
	assert_int_equal(text_analyze(&doc, text, n * len), 0);
	assert_int_equal(timex_find(rules, &doc, "fr", REF_MS, h, 4), 0);
	text_doc_clear(&doc);
	free(text);
}

/* Byte offsets, sentence index and the cap. */
static void
test_timex_offsets_and_cap(void **state)
{
	const char *text = "Élu président. Il a été reçu hier, puis mardi.";
	struct text_doc doc;
	struct timex_hit h[1];
	size_t n;

	(void)state;
	text_doc_init(&doc);
	assert_int_equal(text_analyze(&doc, text, strlen(text)), 0);
	n = timex_find(rules, &doc, "fr", REF_MS, h, 1);
	assert_int_equal(n, 2);
	assert_int_equal(h[0].span.start, strstr(text, "hier") - text);
	assert_int_equal(h[0].span.end, strstr(text, "hier") - text + 4);
	assert_int_equal(h[0].sent, 1);
	assert_int_equal(h[0].ntok, 1);
	text_doc_clear(&doc);
}

/* No language given: both vocabularies apply. */
static void
test_timex_lang_unknown(void **state)
{
	(void)state;
	check(NULL, "Hier, yesterday.", "Hier", "2024-06-19", "DATE", G(DAY));
	check("und", "Hier, yesterday.", "yesterday", "2024-06-19", "DATE", G(DAY));
}

/*
 * Load a vocabulary directory whose files each hold one harmless line, except
 * `name`, which holds `content`. Returns the rules (or NULL with err set).
 */
static struct timex_rules *
load_with(const char *name, const char *content, char *err, size_t errlen,
    char *dir)
{
	static const char *const names[] = { "months.txt", "weekdays.txt",
	    "numbers.txt", "units.txt", "relative.txt", "context.txt" };
	struct timex_rules *r;
	char path[256];
	FILE *f;
	size_t i;

	strcpy(dir, "/tmp/test_timex.XXXXXX");
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < 6; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		assert_non_null(f = fopen(path, "w"));
		fputs(strcmp(names[i], name) == 0 ? content :
		    "fr month 1 janvier\n", f);
		fclose(f);
	}
	r = timex_load(dir, err, errlen);
	for (i = 0; i < 6; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
	return r;
}

/* Load errors name the file and line; bad month and weekday numbers fail. */
static void
test_timex_load_errors(void **state)
{
	char dir[32], want[256], err[512];
	struct timex_rules *r;

	(void)state;
	assert_null(timex_load("/nonexistent/timex", err, sizeof(err)));
	assert_non_null(strstr(err, "/nonexistent/timex/months.txt:0:"));
	assert_null(load_with("units.txt", "# units\nfr unit Y an\nfr bogus 1 x\n",
	    err, sizeof(err), dir));
	snprintf(want, sizeof(want), "%s/units.txt:3: unknown CLASS", dir);
	assert_string_equal(err, want);
	assert_null(load_with("months.txt", "fr month 13 treizembre\n", err,
	    sizeof(err), dir));
	snprintf(want, sizeof(want), "%s/months.txt:1: month VALUE must be 1..12",
	    dir);
	assert_string_equal(err, want);
	assert_null(load_with("weekdays.txt", "fr weekday 0 lundi\n", err,
	    sizeof(err), dir));
	assert_non_null(strstr(err, "weekdays.txt:1: weekday VALUE must be 1..7"));
	assert_null(load_with("context.txt", "xx det - le\n", err, sizeof(err),
	    dir));
	assert_non_null(strstr(err, "context.txt:1: LANG must be fr, en or *"));
	r = load_with("units.txt", "fr unit D jours\n", err, sizeof(err), dir);
	assert_non_null(r);
	timex_free(r);
}

#define T(name)	cmocka_unit_test(test_timex_##name)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(fr_le_20_juin), T(fr_20_juin_2024), T(fr_le_3_mars_2022),
		T(fr_1er_mai), T(fr_1er_mai_future), T(fr_weekday_and_date), T(fr_two_digit_year),
		T(fr_mardi_past), T(fr_mardi_future), T(fr_mardi_dernier),
		T(fr_mardi_prochain), T(fr_jeudi_today), T(fr_hier),
		T(fr_aujourdhui), T(fr_demain), T(fr_avant_hier),
		T(fr_apres_demain), T(fr_ce_matin), T(fr_dans_la_soiree),
		T(fr_mardi_soir), T(fr_hier_matin), T(fr_apres_midi),
		T(fr_la_nuit), T(fr_lendemain), T(fr_veille_no_anchor),
		T(fr_un_jour_apres), T(fr_apres_same_sentence),
		T(fr_veille_de_story_day), T(fr_nuit_de_vendredi),
		T(fr_month_past_tense), T(fr_month_future_tense),
		T(fr_les_prochains_mois), T(fr_debut_de_l_annee),
		T(fr_time_on_anchor), T(fr_mars_dernier),
		T(fr_en_mars), T(fr_septembre_dernier), T(fr_juin_prochain),
		T(fr_fin_mai), T(fr_debut_juin), T(fr_mi_juillet),
		T(fr_an_dernier), T(fr_annee_derniere), T(fr_annee_prochaine),
		T(fr_cette_annee), T(fr_en_2019), T(fr_depuis_2014),
		T(fr_semaine_prochaine), T(fr_semaine_derniere),
		T(fr_mois_prochain), T(fr_ce_mois_ci), T(fr_ce_week_end),
		T(fr_au_printemps), T(fr_trimestre), T(fr_annees_1990),
		T(fr_xxe_siecle), T(fr_il_y_a), T(fr_dans_trois_jours),
		T(fr_deux_jours), T(fr_pendant_trois_ans), T(fr_quinquennat),
		T(fr_peine_de_dix_ans),
		T(fr_chaque_mardi),
		T(fr_a_14_heures), T(fr_14h30),
		T(en_june_20), T(en_20_june_2024), T(en_june_20_comma_2023),
		T(en_on_tuesday), T(en_future_tuesday), T(en_last_friday),
		T(en_next_week), T(en_yesterday), T(en_today), T(en_tomorrow),
		T(en_late_may), T(en_last_year), T(en_in_march),
		T(en_earlier_this_month), T(en_two_days_ago), T(en_a_day_later),
		T(en_this_morning), T(en_tuesday_night), T(en_in_2019),
		T(en_1990s), T(en_spring_of_next_year), T(en_dateline_abbrev),
		T(en_irregular_past), T(en_will_friday), T(en_previous_week),
		T(en_past_two_weeks), T(en_midnight_on_sunday),
		T(fr_rendrait_mardi), T(fr_aurait_ete_tue_mardi),
		T(en_would_visit_friday), T(fr_dateline_future_tense), T(en_same_evening),
		T(fr_appel_greve_mardi), T(fr_appel_paix_dimanche),
		T(en_called_for_new_protests), T(fr_depuis_semaines_apres),
		T(en_to_be_delivered_friday),
		T(en_second_visit_in_months), T(en_resume_in_two_weeks),
		T(en_next_morning), T(en_following_week), T(fr_nuit_suivante), T(fr_soiree_after_deadline),
		T(en_that_morning), T(fr_ce_soir_la), T(en_that_day),
		T(en_this_morning_still_today), T(fr_des_jeudi), T(fr_des_lundi),
		T(en_starting_monday), T(en_month_after_dated_complement),
		T(en_days_after_dated_complement),
		T(fr_jours_apres_date_complement),
		T(en_after_comma_not_complement),
		T(en_will_friday_officials_said), T(en_ended_friday_will_resume),
		T(fr_se_rendra_lundi_a_dit), T(en_closed_door_will),
		T(fr_vendredi_a_minuit), T(fr_date_a_minuit), T(fr_lundi_a_midi), T(en_sunday_at_noon),
		T(fr_mardi_vers_21h), T(fr_jour_apres_mois),
		T(fr_jours_apres_fin_de_phrase), T(en_day_after_month),
		T(fr_jour_apres_jour_recent),
		T(en_early_2000s), T(en_no_article_before_date),
		T(en_end_of_year),
		T(en_clock_pm),
		T(neg_counts), T(neg_mars_planet), T(neg_may_verb), T(neg_a_ete),
		T(neg_age), T(neg_long_text), T(offsets_and_cap),
		T(lang_unknown), T(load_errors), T(shift_of_after),
	};

	return cmocka_run_group_tests(tests, rules_setup, rules_teardown);
}
