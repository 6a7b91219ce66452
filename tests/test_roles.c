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

/* An undated past mediation of the event just coded takes its day. */
static void
test_roles_mediation_takes_event_day(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("Armenia and Azerbaijan exchanged "
	    "prisoners of war on Sunday. Qatar said it had brokered the deal "
	    "after weeks of contacts.", "en");

	assert_non_null(r);
	assert_non_null(e = testlib_find(r, "QAT", "045", "ARM"));
	assert_string_equal(e->date.value, "2024-06-16");
	assert_non_null(e = testlib_find(r, "QAT", "045", "AZE"));
	assert_string_equal(e->date.value, "2024-06-16");
	assert_int_equal(testlib_count_code(r, "045"), 2);
	extract_result_free(r);
}

/* "contre son territoire": the reporting subject's territory. */
static void
test_roles_possessive_target(void **state)
{
	struct extract_result *r = run("Séoul affirme que la Corée du Nord a "
	    "lancé des drones de fabrication russe contre son territoire.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "PRK", "", "KOR"));
	assert_null(testlib_find(r, "PRK", "", "RUS"));
	extract_result_free(r);
}

/* "Les deux pays": the last two parties, not the source of a "selon". */
static void
test_roles_dual_skips_attribution(void **state)
{
	struct extract_result *r = run("L'Arménie et l'Azerbaïdjan ont repris "
	    "mardi leurs négociations, selon l'Union européenne. Les deux pays "
	    "doivent se retrouver à Bruxelles la semaine prochaine.", "fr");
	const struct extract_event *e;

	assert_non_null(r);
	for (size_t i = 0; i < r->n_events; i++) {
		e = &r->events[i];
		assert_string_not_equal(e->source.cameo, "IGOEUREEC");
		assert_string_not_equal(e->target.cameo, "IGOEUREEC");
	}
	assert_non_null(e = testlib_find(r, "ARM", "04", "AZE"));
	assert_string_equal(e->date.value, "2024-W26");
	extract_result_free(r);
}

/* A fronted participle phrase: its agent acts on the main subject. */
static void
test_roles_fronted_participle(void **state)
{
	struct extract_result *r = run("Accueilli mardi à Pékin par le "
	    "président chinois, Xi Jinping, lors d'une cérémonie officielle, "
	    "le président brésilien a signé plusieurs accords.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "CHN", "043", "BRA"));
	assert_null(testlib_find(r, "CHN", "043", "CHN"));
	extract_result_free(r);
}

/* A definite event noun of a kind already coded refers back to it. */
static void
test_roles_definite_noun_refers_back(void **state)
{
	struct extract_result *r = run("La CPI a émis lundi un mandat d'arrêt "
	    "contre un chef de milice centrafricain. Le mandat d'arrêt a été "
	    "transmis mardi aux autorités tchadiennes.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOICC", "173", "CAF"));
	assert_int_equal(testlib_count_code(r, "173"), 1);
	extract_result_free(r);
}

/*
 * "Des X", "plusieurs centaines de X": an article, not a preposition, so X
 * may be the subject; a name inside a date ("27 février") is no actor.
 */
static void
test_roles_partitive_subject_and_date_names(void **state)
{
	struct extract_result *r = run("BRUXELLES, 27 février (newsev) - Des "
	    "manifestants belges ont condamné la France. Plusieurs centaines "
	    "de soldats tchadiens ont attaqué lundi des positions soudanaises.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "BEL", "111", "FRA"));
	assert_non_null(testlib_find(r, "TCD", "19", "SDN"));
	for (size_t i = 0; i < r->n_events; i++) {
		assert_string_not_equal(r->events[i].source.cameo, "IGOEUREEC");
		assert_string_not_equal(r->events[i].target.cameo, "IGOEUREEC");
	}
	extract_result_free(r);
}

/* A coordinated verb with no object of its own shares the first one's. */
static void
test_roles_coordinated_verb_shares_target(void **state)
{
	struct extract_result *r = run("Le Japon a signé lundi un accord de "
	    "défense avec l'Inde. L'Union européenne a condamné mardi l'Iran et "
	    "réclamé la libération des otages.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOEUREEC", "111", "IRN"));
	assert_non_null(testlib_find(r, "IGOEUREEC", "10", "IRN"));
	assert_null(testlib_find(r, "IGOEUREEC", "10", "JPN"));
	extract_result_free(r);
}

/* A refusal to do something answers the appeal just coded. */
static void
test_roles_refusal_answers_appeal(void **state)
{
	struct extract_result *r = run("La Chine et l'Inde ont signé lundi un "
	    "accord commercial. Le Népal a demandé mardi à l'Inde de rouvrir "
	    "sa frontière. New Delhi a refusé de revenir sur sa décision.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IND", "12", "NPL"));
	assert_null(testlib_find(r, "IND", "12", "CHN"));
	extract_result_free(r);
}

/* An event noun with "entre X et Y" later in its clause: X -> Y. */
static void
test_roles_noun_between_later(void **state)
{
	struct extract_result *r = run("Deux avions militaires égyptiens ont "
	    "atterri mardi à Mogadiscio, en vertu d'un accord de défense signé "
	    "en août entre Le Caire et Mogadiscio.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "EGY", "057", "SOM"));
	extract_result_free(r);
}

/* "toute attaque", "any attack": no one attacked. */
static void
test_roles_generic_noun(void **state)
{
	struct extract_result *r = run("Le Japon a réaffirmé mardi que son "
	    "alliance avec les États-Unis s'appliquait à toute attaque contre "
	    "les îles Senkaku.", "fr");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "19"), 0);
	assert_int_equal(testlib_count_code(r, "18"), 0);
	extract_result_free(r);
	r = run("Tokyo said the treaty covered any attack on Japanese ships.",
	    "en");
	assert_int_equal(testlib_count_code(r, "19"), 0);
	assert_int_equal(testlib_count_code(r, "18"), 0);
	extract_result_free(r);
}

/*
 * Relations of a coordinated subject broken with no one else named: one
 * event, first-named first; a mediation in that sentence is dated like its
 * main clause, not like the aside.
 */
static void
test_roles_joint_relations_and_mediation_day(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("L'Algérie et le Maroc ont annoncé lundi "
	    "le rétablissement de leurs relations, rompues en 2021, à l'issue "
	    "de négociations sous l'égide du Qatar.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "DZA", "161", "MAR"));
	assert_null(testlib_find(r, "MAR", "161", "DZA"));
	assert_non_null(e = testlib_find(r, "QAT", "045", "MAR"));
	assert_string_equal(e->date.value, "2024-06-17");
	extract_result_free(r);
}

/* "les deux pays": the one named first in the sentence is the source. */
static void
test_roles_dual_first_named_in_sentence(void **state)
{
	struct extract_result *r = run("Le Vietnam accueille souvent des "
	    "dirigeants étrangers. Le président américain a effectué une visite "
	    "à Hanoï en septembre, au cours de laquelle les deux pays ont "
	    "rehaussé leurs relations.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "USA", "05", "VNM"));
	assert_null(testlib_find(r, "VNM", "05", "USA"));
	extract_result_free(r);
}

/* What a demand asks for ("demanded that X cooperate") is no event. */
static void
test_roles_demand_content_clause(void **state)
{
	struct extract_result *r = run("The European Union demanded on Monday "
	    "that Serbia cooperate fully with the court.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOEUREEC", "10", "SRB"));
	assert_int_equal(testlib_count_code(r, "06"), 0);
	extract_result_free(r);
}

/* "un ultimatum fixé ... par X": the participle's agent is the author. */
static void
test_roles_noun_participle_agent(void **state)
{
	struct extract_result *r = run("Le Pakistan a commencé mercredi à "
	    "expulser des milliers d'Afghans, à l'expiration d'un ultimatum "
	    "fixé début octobre par le gouvernement pakistanais.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "PAK", "139", "AFG"));
	assert_null(testlib_find(r, "AFG", "139", "PAK"));
	extract_result_free(r);
}

/*
 * A relative clause set off by commas, a year inside: the subject is its
 * antecedent and the year dates the relative, not the main verb.
 */
static void
test_roles_relative_with_year(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("L'Union africaine, qui avait chargé "
	    "l'Angola de cette médiation en 2022, a condamné le Rwanda.", "fr");

	assert_non_null(r);
	assert_non_null(e = testlib_find(r, "IGOAFRAFU", "111", "RWA"));
	assert_string_equal(e->date.value, "2024-06-20");
	assert_null(testlib_find(r, "AGO", "111", "RWA"));
	extract_result_free(r);
}

/* "X said the tanks would arrive in Y": the tanks arrive, not X. */
static void
test_roles_reported_thing_arrives(void **state)
{
	struct extract_result *r = run("Romanian Defence Minister Angel Tilvar "
	    "said the first 20 tanks would arrive in Romania next spring.",
	    "en");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "04"), 0);
	extract_result_free(r);
	r = run("Romania's defence minister said he would travel to Warsaw next "
	    "week.", "en");
	assert_non_null(testlib_find(r, "ROU", "042", "POL"));
	extract_result_free(r);
}

/* "was expected to condemn": the auxiliary is the other verb's. */
static void
test_roles_auxiliary_before_to(void **state)
{
	struct extract_result *r = run("Turkey criticised Greece on Monday. "
	    "Iran was expected to condemn Israel on Tuesday.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IRN", "111", "ISR"));
	assert_null(testlib_find(r, "TUR", "111", "IRN"));
	extract_result_free(r);
}

/*
 * "doivent être livrés", "qui doit être signé": French passives with
 * "être" and the future; with no actor at all the story's lead pair acts,
 * with only the subject it is the agent and the object the target.
 */
static void
test_roles_etre_passives(void **state)
{
	struct extract_result *r = run("La France a signé mardi un contrat "
	    "d'armement avec l'Arménie. Le ministre arménien a salué l'accord. "
	    "Les premiers canons doivent être livrés l'an prochain, a précisé "
	    "l'entourage du ministre.", "fr");
	const struct extract_event *e;

	assert_non_null(r);
	assert_non_null(e = testlib_find(r, "FRA", "072", "ARM"));
	assert_int_equal(e->mode, EXTRACT_MODE_PLANNED);
	assert_null(testlib_find(r, "ARM", "072", "FRA"));
	extract_result_free(r);
	r = run("L'Union européenne prépare un plan d'aide de 7 milliards "
	    "d'euros, qui doit être signé le 17 mars au Caire.", "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "057", "EGY"));
	extract_result_free(r);
}

/*
 * "Les marines des deux alliés ... des patrouilles conjointes": the two
 * allies named before, not the head noun; the first-named leads.
 */
static void
test_roles_dual_allies(void **state)
{
	struct extract_result *r = run("Les États-Unis ont réaffirmé mardi leur "
	    "engagement envers les Philippines. Les marines des deux alliés "
	    "doivent mener la semaine prochaine des patrouilles conjointes.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "USA", "062", "PHL"));
	assert_null(testlib_find(r, "PHL", "062", "USA"));
	extract_result_free(r);
}

/*
 * Event dates: "a month after X blacklisted" does not date the blacklisting;
 * "en septembre, au cours de laquelle" dates the relative; "The contract
 * was signed by ..." is the signing already told, on its day.
 */
static void
test_roles_event_dates(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("The sanctions come a month after "
	    "Washington blacklisted 300 Chinese companies in late May.", "en");

	assert_non_null(r);
	assert_non_null(e = testlib_find(r, "USA", "163", "CHN"));
	assert_string_equal(e->date.value, "2024-05");
	extract_result_free(r);
	r = run("Le président américain a effectué une visite à Hanoï en "
	    "septembre dernier, au cours de laquelle les deux pays ont signé "
	    "un accord de coopération.", "fr");
	assert_non_null(e = testlib_find(r, "USA", "057", "VNM"));
	assert_string_equal(e->date.value, "2023-09");
	extract_result_free(r);
	r = run("Poland signed a deal with South Korea on Monday. The contract "
	    "was signed in Warsaw by Polish Defence Minister Wladyslaw "
	    "Kosiniak-Kamysz and his South Korean counterpart.", "en");
	assert_non_null(e = testlib_find(r, "POL", "057", "KOR"));
	assert_string_equal(e->date.value, "2024-06-17");
	assert_int_equal(e->mentions, 2);
	extract_result_free(r);
}

/* Aid with no recipient named goes to whom the last event helped. */
static void
test_roles_aid_recipient(void **state)
{
	struct extract_result *r = run("Le FMI et l'Égypte ont conclu mardi un "
	    "accord de prêt. La Banque mondiale a annoncé jeudi qu'elle "
	    "accorderait 6 milliards de dollars au pays.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOWBK", "07", "EGY"));
	assert_null(testlib_find(r, "IGOWBK", "07", "IGOIMF"));
	extract_result_free(r);
}

/*
 * "but"/"mais" coordinates a verb with the speaker's ("said ... but
 * warned"), and the subject search does not cross it backwards; a time in
 * an apposition after the verb ("..., détenue depuis ... 2021") dates the
 * apposition, not the verb.
 */
static void
test_roles_but_clauses(void **state)
{
	struct extract_result *r = run("Georgian police dispersed protesters on "
	    "Sunday. Russia said on Monday that Georgia's unrest was an "
	    "internal matter but warned the United States against "
	    "interfering.", "en");
	const struct extract_event *e;

	assert_non_null(r);
	assert_non_null(testlib_find(r, "RUS", "13", "USA"));
	assert_null(testlib_find(r, "GEO", "13", "USA"));
	extract_result_free(r);
	r = run("L'envoyée spéciale de l'Asean est arrivée lundi à Naypyidaw. "
	    "Elle doit s'entretenir avec le chef de la junte, le général Min "
	    "Aung Hlaing, mais n'a pas obtenu l'autorisation de rencontrer "
	    "l'ancienne dirigeante Aung San Suu Kyi, détenue depuis le coup "
	    "d'État du 1er février 2021.", "fr");
	assert_non_null(e = testlib_find(r, "IGOSEAASN", "04", "MMR"));
	assert_null(testlib_find(r, "MMR", "04", "MMR"));
	for (size_t i = 0; i < r->n_events; i++)
		if (r->events[i].cameo_root == 4)
			assert_string_not_equal(r->events[i].date.value,
			    "2021-02-01");
	extract_result_free(r);
}

/*
 * Modes: an act dated after publication is planned, though attributed;
 * a promise is made now whatever the day it names; "a-t-il affirmé" (the
 * past participle) is no "affirme" cue for what follows; a participle
 * after a comma is the speaker's.
 */
static void
test_roles_modes(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("Selon le Kremlin, le président "
	    "vietnamien a accepté une invitation à se rendre en Russie l'an "
	    "prochain.", "fr");

	assert_non_null(r);
	assert_non_null(e = testlib_find(r, "VNM", "042", "RUS"));
	assert_int_equal(e->mode, EXTRACT_MODE_PLANNED);
	extract_result_free(r);
	r = run("La Commission européenne a promis à la Belgique de présenter "
	    "des mesures le mois prochain.", "fr");
	assert_non_null(e = testlib_find(r, "IGOEUREEC", "03", "BEL"));
	assert_int_equal(e->mode, EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("Le Premier ministre géorgien a refusé lundi de démissionner. "
	    "« Il n'y aura pas de révolution », a-t-il affirmé, accusant la "
	    "Russie de vouloir renverser le gouvernement.", "fr");
	assert_non_null(e = testlib_find(r, "GEO", "112", "RUS"));
	assert_int_equal(e->mode, EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("Le Premier ministre géorgien a affirmé lundi que la Russie "
	    "voulait renverser le gouvernement, accusant Moscou d'ingérence.",
	    "fr");
	assert_non_null(testlib_find(r, "GEO", "112", "RUS"));
	assert_null(testlib_find(r, "RUS", "112", "RUS"));
	extract_result_free(r);
}

/*
 * Condemning "l'offensive russe contre l'Ukraine" targets its author;
 * "« Notre pays condamne »" is the speaker's country.
 */
static void
test_roles_reaction_to_named_author(void **state)
{
	struct extract_result *r = run("La Pologne a condamné mardi "
	    "l'offensive russe contre l'Ukraine.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "POL", "111", "RUS"));
	assert_null(testlib_find(r, "POL", "111", "UKR"));
	extract_result_free(r);
	r = run("« Notre pays condamne fermement l'Iran », a déclaré le "
	    "ministre polonais des affaires étrangères.", "fr");
	assert_non_null(testlib_find(r, "POL", "111", "IRN"));
	extract_result_free(r);
}

/* "cette enquête" after an investigation was coded refers back to it. */
static void
test_roles_demonstrative_noun(void **state)
{
	struct extract_result *r = run("La Pologne a ouvert mardi une enquête "
	    "contre la Russie. Neuf personnes ont été arrêtées lundi dans le "
	    "cadre de cette enquête.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "POL", "09", "RUS"));
	assert_int_equal(testlib_count_code(r, "09"), 1);
	extract_result_free(r);
}

/* Nouns in what is threatened or promised are no events of their own. */
static void
test_roles_content_object(void **state)
{
	struct extract_result *r = run("Les rebelles centrafricains ont menacé "
	    "lundi de reprendre les combats contre l'armée tchadienne.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "CAF", "13", "TCD"));
	assert_int_equal(testlib_count_code(r, "19"), 0);
	extract_result_free(r);
	r = run("L'Arabie saoudite et l'Iran se sont engagés vendredi à "
	    "réactiver un accord de coopération sécuritaire.", "fr");
	assert_non_null(testlib_find(r, "SAU", "03", "IRN"));
	assert_int_equal(testlib_count_code(r, "06"), 0);
	extract_result_free(r);
}

/* "Les deux pays" are the story's two states, not the forum seized. */
static void
test_roles_dual_states(void **state)
{
	struct extract_result *r = run("Le Venezuela et le Guyana se sont "
	    "rencontrés jeudi. Georgetown a ensuite saisi le Conseil de sécurité "
	    "de l'ONU. Les deux pays doivent se retrouver au Brésil le mois "
	    "prochain.", "fr");
	const struct extract_event *e;

	assert_non_null(r);
	assert_non_null(e = testlib_find(r, "VEN", "04", "GUY"));
	for (size_t i = 0; i < r->n_events; i++)
		if (r->events[i].cameo_root == 4)
			assert_string_not_equal(r->events[i].target.cameo,
			    "IGOUNO");
	extract_result_free(r);
}

/* A meeting participle in apposition to the subject is background. */
static void
test_roles_apposed_meeting(void **state)
{
	struct extract_result *r = run("La Chine a signé mardi un accord avec "
	    "la Corée du Sud. Les dirigeants japonais, réunis lundi à Tokyo, "
	    "ont condamné l'Iran.", "fr");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "04"), 0);
	assert_non_null(testlib_find(r, "JPN", "111", "IRN"));
	extract_result_free(r);
}

/* A statement of concern naming no one answers the story's lead event. */
static void
test_roles_concern_answers_lead(void **state)
{
	struct extract_result *r = run("Le Pakistan a commencé mercredi à "
	    "expulser des milliers d'Afghans. Le gouvernement taliban a appelé "
	    "Islamabad à accorder davantage de temps aux réfugiés. Le "
	    "Haut-Commissariat des Nations unies pour les réfugiés s'est dit « "
	    "profondément préoccupé ».", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOUNOHCR", "01", "PAK"));
	assert_null(testlib_find(r, "IGOUNOHCR", "01", "AFG"));
	extract_result_free(r);
}

/*
 * When the event just coded involves only the source's own side, an act
 * naming no one falls back on the story's lead pair.
 */
static void
test_roles_guess_falls_back_on_lead(void **state)
{
	struct extract_result *r = run("China launched military drills around "
	    "Taiwan on Monday. Taiwan's coast guard arrested three Taiwanese "
	    "fishermen. Taiwan's defence ministry said it had put its forces on "
	    "high alert.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "TWN", "152", "CHN"));
	extract_result_free(r);
}

/*
 * What an accusation says the accused did is the accused's REPORTED event,
 * in French and in English alike (tests/gold/README.md, "Modes").
 */
static void
test_roles_accused_act_by_language(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("L'armée soudanaise a accusé les forces "
	    "éthiopiennes d'avoir bombardé ses positions près de la frontière.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "SDN", "112", "ETH"));
	assert_non_null(e = testlib_find(r, "ETH", "19", "SDN"));
	assert_int_equal(e->mode, EXTRACT_MODE_REPORTED);
	extract_result_free(r);
	r = run("Sudan's army accused Ethiopian forces of shelling its "
	    "positions near the border.", "en");
	assert_non_null(testlib_find(r, "SDN", "112", "ETH"));
	assert_non_null(e = testlib_find(r, "ETH", "19", "SDN"));
	assert_int_equal(e->mode, EXTRACT_MODE_REPORTED);
	extract_result_free(r);
}

/* "ministers meeting in X": the -ing form's subject is the noun before. */
static void
test_roles_ing_modifier_subject(void **state)
{
	struct extract_result *r = run("China criticised Japan on Monday. The "
	    "measures were approved by EU foreign ministers meeting with "
	    "Ukraine's foreign minister in Luxembourg.", "en");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "04"), 1);
	assert_non_null(testlib_find(r, "IGOEUREEC", "040", "UKR"));
	for (size_t i = 0; i < r->n_events; i++)
		if (r->events[i].cameo_root == 4)
			assert_string_equal(r->events[i].source.cameo,
			    "IGOEUREEC");
	extract_result_free(r);
}

/* What an appeal asks, an object between and coordinated, is no event. */
static void
test_roles_appeal_content(void **state)
{
	struct extract_result *r = run("Amnesty International called on the "
	    "Georgian authorities to release the detained protesters "
	    "immediately and to investigate allegations that police beat "
	    "people in custody.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "NGOAMN", "02", "GEO"));
	assert_int_equal(testlib_count_code(r, "17"), 0);
	assert_int_equal(testlib_count_code(r, "09"), 0);
	extract_result_free(r);
}

/* "ce que X appellent ...", "what it called ...": a name, no event. */
static void
test_roles_naming_call(void **state)
{
	struct extract_result *r = run("Le Vietnam a signé lundi un accord avec "
	    "la Russie. Hanoï, qui pratique ce que ses dirigeants appellent une "
	    "« diplomatie du bambou », entretient aussi des relations avec "
	    "Washington.", "fr");

	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "02"), 0);
	extract_result_free(r);
	r = run("China launched drills around Taiwan on Monday, deploying "
	    "warships in what it called a stern warning to separatist forces.",
	    "en");
	assert_int_equal(testlib_count_code(r, "13"), 0);
	extract_result_free(r);
}

/* An appeal to an addressee that names no actor has no target. */
static void
test_roles_unnamed_addressee(void **state)
{
	struct extract_result *r = run("Le Kenya a envoyé mardi des policiers "
	    "en Haïti. Le secrétaire général de l'ONU a appelé la communauté "
	    "internationale à financer la mission.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOUNO", "02", ""));
	assert_null(testlib_find(r, "IGOUNO", "02", "KEN"));
	assert_null(testlib_find(r, "IGOUNO", "02", "HTI"));
	extract_result_free(r);
}

/* "chacune libérant 115 militaires" is each side's share of the swap. */
static void
test_roles_distributive_share(void **state)
{
	struct extract_result *r = run("La Russie et l'Ukraine ont procédé "
	    "samedi à un nouvel échange de prisonniers, chacune libérant 115 "
	    "militaires, grâce à une médiation des Émirats arabes unis.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "RUS", "08", "UKR"));
	assert_int_equal(testlib_count_code(r, "08"), 1);
	assert_non_null(testlib_find(r, "ARE", "045", "RUS"));
	assert_non_null(testlib_find(r, "ARE", "045", "UKR"));
	extract_result_free(r);
}

/*
 * A launch toward the open sea names no target: none is guessed from the
 * story's pair; war games held in a sea keep their own reading.
 */
static void
test_roles_launch_open_sea(void **state)
{
	struct extract_result *r = run("Le Japon et les Philippines ont signé "
	    "lundi un accord de défense. La Corée du Nord a tiré mardi deux "
	    "missiles en direction de la mer du Japon.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "PRK", "150", ""));
	assert_null(testlib_find(r, "PRK", "150", "JPN"));
	assert_null(testlib_find(r, "PRK", "150", "PHL"));
	extract_result_free(r);
	r = run("Japan and the Philippines signed a defence pact on Monday. "
	    "North Korea fired two ballistic missiles into the sea on "
	    "Tuesday.", "en");
	assert_non_null(r);
	assert_non_null(testlib_find(r, "PRK", "150", ""));
	assert_int_equal(testlib_count_code(r, "150"), 1);
	extract_result_free(r);
}

/* A coordinated subject whose second member is a title and a name. */
static void
test_roles_coordinated_titled_name(void **state)
{
	struct extract_result *r = run("Le président kényan Jomo Otieno et "
	    "son homologue tanzanien Amani Juma ont signé jeudi un accord.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "KEN", "057", "TZA"));
	assert_int_equal(testlib_count_code(r, "057"), 1);
	extract_result_free(r);
}

/*
 * Talks organized by X and Y: each organizer mediates between the parties
 * of the last event; a co-organizer is no party.
 */
static void
test_roles_talks_organized_by(void **state)
{
	struct extract_result *r = run("Le Tchad a accusé lundi le Soudan "
	    "d'armer les rebelles. Les pourparlers de paix organisés à Doha "
	    "par le Qatar et l'Égypte ont échoué.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "QAT", "045", "TCD"));
	assert_non_null(testlib_find(r, "EGY", "045", "SDN"));
	assert_int_equal(testlib_count_code(r, "045"), 4);
	extract_result_free(r);
	r = run("Le Soudan a rejeté lundi une offre de l'Égypte. Les "
	    "pourparlers organisés à Doha par le Qatar et l'Égypte ont "
	    "échoué.", "fr");
	assert_non_null(testlib_find(r, "QAT", "045", "SDN"));
	assert_non_null(testlib_find(r, "EGY", "045", "SDN"));
	assert_null(testlib_find(r, "QAT", "045", "EGY"));
	extract_result_free(r);
	r = run("Chad accused Sudan on Monday of arming rebels. Peace talks "
	    "organised in Doha by Qatar and Egypt collapsed.", "en");
	assert_non_null(testlib_find(r, "QAT", "045", "SDN"));
	extract_result_free(r);
}

/*
 * A meeting verb that names no one met ("EU leaders will meet in
 * Brussels") is no event with a guessed partner; a reciprocal one ("doivent
 * se retrouver") is a meeting of the story's pair.
 */
static void
test_roles_meeting_without_partner(void **state)
{
	struct extract_result *r = run("The European Union imposed sanctions "
	    "on Russia on Monday. EU leaders will meet in Brussels next "
	    "Thursday.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "IGOEUREEC", "163", "RUS"));
	assert_int_equal(testlib_count_code(r, "04"), 0);
	extract_result_free(r);
	r = run("La RDC et le Rwanda ont signé lundi un accord. Leurs "
	    "ministres doivent se retrouver à Luanda le 20 août.", "fr");
	assert_non_null(r);
	assert_int_equal(testlib_count_code(r, "04"), 1);
	extract_result_free(r);
}

/* Criticism of a joint act by a third party targets both parties. */
static void
test_roles_reaction_to_joint_act(void **state)
{
	struct extract_result *r = run("Le Japon et l'Inde ont signé mardi "
	    "des accords de défense. La Chine a critiqué ces accords "
	    "mercredi.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "CHN", "111", "JPN"));
	assert_non_null(testlib_find(r, "CHN", "111", "IND"));
	assert_int_equal(testlib_count_code(r, "111"), 2);
	extract_result_free(r);
	r = run("Japan and India signed agreements on defence on Tuesday. "
	    "China criticised the agreements on Wednesday.", "en");
	assert_non_null(testlib_find(r, "CHN", "111", "JPN"));
	assert_non_null(testlib_find(r, "CHN", "111", "IND"));
	extract_result_free(r);
}

/*
 * "the government withdrew the bill": a determiner makes the bare group
 * word the subject (not a modifier, as in "military drills"); conceding a
 * reform (083) is domestic.
 */
static void
test_roles_government_subject_domestic_reform(void **state)
{
	struct extract_result *r = run("Kenyan police arrested three "
	    "journalists in Nairobi on Thursday. Britain criticised the "
	    "arrests. Later, the government withdrew the finance bill.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "KEN", "0832", "KEN"));
	assert_null(testlib_find(r, "GBR", "0832", "KEN"));
	assert_null(testlib_find(r, "GBR", "0832", "GBR"));
	extract_result_free(r);
}

/* Investigating an act of one's own side is domestic, not dropped. */
static void
test_roles_own_act_investigated(void **state)
{
	struct extract_result *r = run("Kenyan police arrested three "
	    "journalists in Nairobi on Thursday. The government will "
	    "investigate the arrests.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "KEN", "090", "KEN"));
	extract_result_free(r);
}

/*
 * In a story whose lead pair are two sides of one country (a government
 * and its guerrilla), an act naming no target is done to the other side.
 */
static void
test_roles_domestic_story_pair(void **state)
{
	struct extract_result *r = run("Le gouvernement colombien et la "
	    "guérilla de l'ELN ont signé vendredi un accord de cessez-le-feu. "
	    "Le gouvernement avait exigé en mai la libération des otages.",
	    "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "COL", "1053", "COL"));
	extract_result_free(r);
	r = run("La Colombie et le Venezuela ont signé vendredi un accord. Le "
	    "gouvernement avait exigé en mai la libération des otages.", "fr");
	assert_non_null(testlib_find(r, "COL", "1053", "VEN"));
	assert_null(testlib_find(r, "COL", "1053", "COL"));
	extract_result_free(r);
}

/* A listed object ("in China, Turkey and the UAE"): one event per member. */
static void
test_roles_object_list(void **state)
{
	struct extract_result *r = run("Washington blacklisted more than 300 "
	    "companies in China, Turkey and the United Arab Emirates in late "
	    "May.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "USA", "163", "CHN"));
	assert_non_null(testlib_find(r, "USA", "163", "TUR"));
	assert_non_null(testlib_find(r, "USA", "163", "ARE"));
	extract_result_free(r);
	r = run("Londres, Paris et Berlin ont accusé Téhéran de livrer des "
	    "missiles, ce que l'Iran dément.", "fr");
	assert_non_null(testlib_find(r, "IRN", "016", "GBR"));
	assert_null(testlib_find(r, "IRN", "016", "FRA"));
	extract_result_free(r);
}

/* Force used on a place of one's own country naming no target is domestic. */
static void
test_roles_force_on_own_ground(void **state)
{
	struct extract_result *r = run("L'Asean a dépêché lundi une émissaire "
	    "en Birmanie. L'aviation birmane a bombardé dimanche un village de "
	    "la région de Sagaing.", "fr");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "MMR", "195", "MMR"));
	assert_null(testlib_find(r, "MMR", "195", "IGOSEAASN"));
	extract_result_free(r);
}

/* Rejecting criticism by one's own opposition answers that opposition. */
static void
test_roles_rejection_of_domestic_critics(void **state)
{
	struct extract_result *r = run("Hungary signed a deal with Turkey on "
	    "Thursday. Opposition lawmakers accused the government of rushing "
	    "the contract. The defence ministry rejected the criticism on "
	    "Friday.", "en");

	assert_non_null(r);
	assert_non_null(testlib_find(r, "HUN", "120", "HUN"));
	assert_null(testlib_find(r, "HUN", "120", "TUR"));
	extract_result_free(r);
}

/*
 * "Les deux ministres" opening a sentence after a third party's comment:
 * the two states of the story's joint act, not the last two named.
 */
static void
test_roles_dual_is_story_pair(void **state)
{
	struct extract_result *r = run("Le Chili et l'Argentine ont signé "
	    "lundi un accord de pêche. Les États-Unis ont salué cet accord. "
	    "Les deux ministres doivent se retrouver en mars à Santiago.",
	    "fr");

	assert_non_null(testlib_find(r, "CHL", "044", "ARG"));
	assert_null(testlib_find(r, "USA", "044", "ARG"));
	extract_result_free(r);
	r = run("Chile and Argentina signed a fisheries agreement on Monday. "
	    "The United States welcomed the deal. The two ministers will meet "
	    "again in March.", "en");
	assert_non_null(testlib_find(r, "CHL", "040", "ARG"));
	assert_null(testlib_find(r, "USA", "040", "ARG"));
	extract_result_free(r);
}

/*
 * "Le président X, Name, et son homologue Y ont signé": the apposed name
 * between commas does not hide the first member of the subject.
 */
static void
test_roles_coordinated_after_apposition(void **state)
{
	struct extract_result *r = run("Le président chilien, Gabriel Boric, "
	    "et son homologue argentin ont signé mardi à Santiago un accord "
	    "de pêche.", "fr");

	assert_non_null(testlib_find(r, "CHL", "057", "ARG"));
	extract_result_free(r);
	r = run("Le ministre kényan de la défense, Aden Duale, et son "
	    "homologue éthiopien ont signé lundi un pacte de sécurité.", "fr");
	assert_non_null(testlib_find(r, "KEN", "057", "ETH"));
	assert_null(testlib_find(r, "ETH", "057", "KEN"));
	extract_result_free(r);
}

/* "des accords de coopération militaire": the agreement's kind, no 06 event. */
static void
test_roles_agreement_kind_no_event(void **state)
{
	struct extract_result *r = run("La Bolivie et le Pérou ont signé "
	    "lundi à La Paz plusieurs accords de coopération militaire.", "fr");

	assert_non_null(testlib_find(r, "BOL", "057", "PER"));
	assert_int_equal(testlib_count_code(r, "06"), 0);
	extract_result_free(r);
}

/*
 * A participle apposed after a parenthetical naming members of a group
 * ("des généraux, dont le chef de l'état-major, accusés de"): done by
 * the main subject to the group, as without the parenthetical.
 */
static void
test_roles_apposed_after_members(void **state)
{
	struct extract_result *r = run("Le Canada a imposé mardi des "
	    "sanctions contre cinq généraux birmans, dont le chef de l'armée "
	    "de l'air, accusés d'avoir ordonné des frappes.", "fr");

	assert_non_null(testlib_find(r, "CAN", "112", "MMR"));
	assert_null(testlib_find(r, "MMR", "112", "CAN"));
	extract_result_free(r);
	r = run("Britain imposed sanctions on four Sudanese commanders, "
	    "including the head of the air force, accused of ordering "
	    "attacks on civilians.", "en");
	assert_non_null(testlib_find(r, "GBR", "112", "SDN"));
	assert_null(testlib_find(r, "SDN", "112", "GBR"));
	extract_result_free(r);
}

/*
 * Protesters in a relative clause after a dispersal: they block (144) and
 * demand (10) themselves, past a time expression that does not count
 * against the object window; blocking a junction is blocking a road.
 */
static void
test_roles_relative_protesters(void **state)
{
	struct extract_result *r = run("La police serbe a dispersé dimanche "
	    "soir plusieurs milliers d'étudiants qui bloquaient un carrefour "
	    "de Novi Sad pour réclamer la démission du maire.", "fr");

	assert_non_null(testlib_find(r, "SRB", "175", "SRB"));
	assert_non_null(testlib_find(r, "SRB", "144", "SRB"));
	assert_non_null(testlib_find(r, "SRB", "10", "SRB"));
	extract_result_free(r);
	r = run("Farmers blocked a key junction near Warsaw on Monday.", "en");
	assert_non_null(testlib_find(r, "POL", "144", "POL"));
	extract_result_free(r);
}

/* "Les organisateurs", "the organisers" of a protest are its civilians. */
static void
test_roles_organisers_protest(void **state)
{
	struct extract_result *r = run("TBILISSI, 1er décembre (newsev) - "
	    "Des milliers de Géorgiens ont manifesté samedi à Tbilissi contre "
	    "le gouvernement. L'Union européenne a appelé le gouvernement au "
	    "dialogue. Les organisateurs ont appelé à un nouveau rassemblement "
	    "lundi.", "fr");

	assert_int_equal(testlib_count_code(r, "14"), 2);
	assert_null(testlib_find(r, "IGOEUREEC", "14", "GEO"));
	extract_result_free(r);
	r = run("TBILISI, Dec 1 (newsev) - The European Union urged the "
	    "Georgian government to hold talks. The organisers called for a "
	    "new rally on Monday.", "en");
	assert_non_null(testlib_find(r, "GEO", "141", "GEO"));
	assert_null(testlib_find(r, "IGOEUREEC", "14", "GEO"));
	extract_result_free(r);
}

/*
 * English street protest: "Thousands of X protested/marched" is the
 * crowd's 141 (a quantity before "of" makes it the subject); a state's
 * "protested" stays a diplomatic protest (114).
 */
static void
test_roles_english_street_protest(void **state)
{
	struct extract_result *r = run("Thousands of Georgians protested in "
	    "Tbilisi on Saturday against the government.", "en");

	assert_non_null(testlib_find(r, "GEO", "141", "GEO"));
	extract_result_free(r);
	r = run("Hundreds of Kenyan students marched in Nairobi on Monday.",
	    "en");
	assert_non_null(testlib_find(r, "KEN", "141", "KEN"));
	extract_result_free(r);
	r = run("Japan protested to China over the drills on Monday.", "en");
	assert_non_null(testlib_find(r, "JPN", "114", "CHN"));
	assert_int_equal(testlib_count_code(r, "141"), 0);
	extract_result_free(r);
}

/*
 * A purpose infinitive after the object ("summoned X's envoy to protest",
 * "a convoqué l'ambassadeur pour protester") is the main subject's act;
 * "what it called" names, it calls for nothing.
 */
static void
test_roles_purpose_infinitive(void **state)
{
	struct extract_result *r = run("Lithuania summoned Belarus's "
	    "ambassador on Monday to protest against what it called a "
	    "campaign of provocations on the border.", "en");

	assert_non_null(testlib_find(r, "LTU", "114", "BLR"));
	assert_null(testlib_find(r, "BLR", "114", "LTU"));
	assert_int_equal(testlib_count_code(r, "14"), 0);
	extract_result_free(r);
	r = run("Le Japon a convoqué mardi l'ambassadeur de Chine pour "
	    "protester contre les manœuvres.", "fr");
	assert_non_null(testlib_find(r, "JPN", "114", "CHN"));
	assert_null(testlib_find(r, "CHN", "114", "JPN"));
	extract_result_free(r);
}

/*
 * "Adj and Adj warships will hold joint exercises": the coordinated
 * demonyms are the pair even with an auxiliary and a light verb between
 * them and the noun; "the largest arms deal" naming a contract is no
 * second event.
 */
static void
test_roles_demonym_pair_light_verb(void **state)
{
	struct extract_result *r = run("Chilean and Argentine warships will "
	    "hold joint exercises next month.", "en");

	assert_non_null(testlib_find(r, "CHL", "062", "ARG"));
	extract_result_free(r);
	r = run("Polish and Lithuanian troops will hold their first joint "
	    "drill on Friday.", "en");
	assert_non_null(testlib_find(r, "POL", "062", "LTU"));
	extract_result_free(r);
	r = run("Peru and Brazil signed a contract on Monday for the sale of "
	    "20 helicopters, the largest arms deal between the two "
	    "countries.", "en");
	assert_non_null(testlib_find(r, "PER", "057", "BRA"));
	assert_int_equal(testlib_count_code(r, "06"), 0);
	extract_result_free(r);
}

/*
 * "welcomed the agreement" refers to the last agreement (057) even when
 * the noun's own needs are not met and a praise (051, same root) came in
 * between: both signatories are its targets.
 */
static void
test_roles_reaction_to_agreement(void **state)
{
	struct extract_result *r = run("Chile and Peru signed a fisheries "
	    "agreement on Monday. Brazil praised Chile's restraint. Argentina "
	    "welcomed the agreement on Tuesday.", "en");

	assert_non_null(testlib_find(r, "ARG", "051", "CHL"));
	assert_non_null(testlib_find(r, "ARG", "051", "PER"));
	extract_result_free(r);
	r = run("Le Chili et le Pérou ont signé lundi un accord de pêche. La "
	    "Bolivie a salué l'accord mardi.", "fr");
	assert_non_null(testlib_find(r, "BOL", "051", "CHL"));
	assert_non_null(testlib_find(r, "BOL", "051", "PER"));
	extract_result_free(r);
}

/*
 * Students demanding "l'organisation d'élections" address their own
 * government: "l'organisation de" + a common noun is an act, not the
 * organization named before; "L'organisation a réclamé" still is it.
 */
static void
test_roles_civil_demand_domestic(void **state)
{
	struct extract_result *r = run("L'Union européenne a appelé Belgrade "
	    "au dialogue. Les étudiants serbes réclament l'organisation "
	    "d'élections anticipées.", "fr");

	assert_non_null(testlib_find(r, "SRB", "10", "SRB"));
	assert_null(testlib_find(r, "SRB", "10", "IGOEUREEC"));
	extract_result_free(r);
	r = run("The European Union urged Belgrade to hold talks. Serbian "
	    "students demanded the organisation of early elections.", "en");
	assert_non_null(testlib_find(r, "SRB", "10", "SRB"));
	extract_result_free(r);
	r = run("L'Union européenne a appelé Belgrade au dialogue. "
	    "L'organisation a aussi réclamé la libération des manifestants.",
	    "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "10", "SRB"));
	extract_result_free(r);
}

/*
 * "Hundreds of protesters" is the subject (a quantity before "of"), and
 * protesters named with no country are the people of the city they act
 * in, not of the embassy they attack; a chargé d'affaires is summoned
 * like an ambassador.
 */
static void
test_roles_crowd_of_the_place(void **state)
{
	struct extract_result *r = run("Hundreds of protesters threw stones "
	    "at the Bolivian embassy in Lima on Monday night.", "en");

	assert_non_null(testlib_find(r, "PER", "14", "BOL"));
	assert_null(testlib_find(r, "BOL", "14", "BOL"));
	extract_result_free(r);
	r = run("Des centaines de manifestants ont lancé des pierres sur "
	    "l'ambassade de Bolivie à Lima lundi soir.", "fr");
	assert_non_null(testlib_find(r, "PER", "14", "BOL"));
	extract_result_free(r);
	r = run("Chile summoned Peru's charge d'affaires on Monday.", "en");
	assert_non_null(testlib_find(r, "CHL", "114", "PER"));
	extract_result_free(r);
}

/*
 * A list of three states pledging is no pair: each pledges, to the
 * recipient named in the pledge's content ("aid to Haiti"), past a
 * percentage; "aid to X" names its recipient; "military aid" is no
 * military actor.
 */
static void
test_roles_list_pledge_recipient(void **state)
{
	struct extract_result *r = run("The leaders of Chile, Peru and "
	    "Colombia pledged on Monday to spend 1% of their budgets on "
	    "humanitarian aid to Haiti.", "en");

	assert_non_null(testlib_find(r, "CHL", "03", "HTI"));
	assert_non_null(testlib_find(r, "PER", "03", "HTI"));
	assert_non_null(testlib_find(r, "COL", "03", "HTI"));
	assert_null(testlib_find(r, "PER", "03", "COL"));
	extract_result_free(r);
	r = run("Norway announced new humanitarian aid to Sudan on Friday.",
	    "en");
	assert_non_null(testlib_find(r, "NOR", "07", "SDN"));
	extract_result_free(r);
	r = run("Sweden pledged to send military aid to Ukraine.", "en");
	assert_non_null(testlib_find(r, "SWE", "03", "UKR"));
	assert_null(testlib_find(r, "SWE", "03", "SWE"));
	extract_result_free(r);
}

/*
 * "Le pays balte", "The Baltic state" is the subject state named just
 * before, not the diplomat it expelled; a denial with no accuser in its
 * own sentence targets no one (README: the accuser when named in the
 * same sentence, else none).
 */
static void
test_roles_state_description_and_denial(void **state)
{
	struct extract_result *r = run("VILNIUS, 3 mars (newsev) - La "
	    "Lituanie a expulsé lundi un diplomate russe. Le pays balte accuse "
	    "Moscou de mener une campagne de sabotage.", "fr");

	assert_non_null(testlib_find(r, "LTU", "112", "RUS"));
	assert_null(testlib_find(r, "RUS", "112", "RUS"));
	extract_result_free(r);
	r = run("Estonia expelled a Russian diplomat on Monday. The Baltic "
	    "state accused Moscow of sabotage. Russia denied the allegations.",
	    "en");
	assert_non_null(testlib_find(r, "EST", "112", "RUS"));
	assert_non_null(testlib_find(r, "RUS", "016", ""));
	assert_null(testlib_find(r, "RUS", "016", "EST"));
	extract_result_free(r);
}

/*
 * English "a" is the article, not French "à": "A Kenyan judge ..." opens
 * a subject (words.tsv marks the French classes of "a" as French only).
 */
static void
test_roles_english_article_a(void **state)
{
	struct extract_result *r = run("A Kenyan judge accused two Ugandan "
	    "activists of fraud on Monday.", "en");

	assert_non_null(testlib_find(r, "KEN", "112", "UGA"));
	extract_result_free(r);
	r = run("A Kenyan court jailed two Ugandan activists on Monday.", "en");
	assert_non_null(testlib_find(r, "KEN", "173", "UGA"));
	extract_result_free(r);
	r = run("Le Kenya a accusé deux militants ougandais de fraude.", "fr");
	assert_non_null(testlib_find(r, "KEN", "112", "UGA"));
	extract_result_free(r);
}

/*
 * "rejected X's statement and said it would summon X's ambassador": the
 * pronoun is the subject of the coordinated reporting verb, not X named
 * in the first object; police dispersing "them" disperse protesters of
 * their own country, not the last event's foreign target.
 */
static void
test_roles_pronoun_subject_and_dispersal(void **state)
{
	struct extract_result *r = run("Algeria's foreign ministry rejected "
	    "the French statement and said it would summon the French "
	    "ambassador.", "en");

	assert_non_null(testlib_find(r, "DZA", "114", "FRA"));
	assert_null(testlib_find(r, "FRA", "114", "FRA"));
	extract_result_free(r);
	r = run("The European Union criticised the Tunisian verdict. Tunisian "
	    "police used tear gas to disperse them.", "en");
	assert_non_null(testlib_find(r, "TUN", "175", "TUN"));
	assert_null(testlib_find(r, "TUN", "175", "IGOEUREEC"));
	extract_result_free(r);
}

/*
 * A loan approved to a country, then its young people in the street
 * denouncing taxes and calling a strike: the street acts are domestic
 * (KEN -> KEN), not reactions to the lender; a call for a strike is 143.
 */
static void
test_roles_street_against_own_government(void **state)
{
	struct extract_result *r = run("NAIROBI, 3 mars (newsev) - Le FMI a "
	    "approuvé lundi un prêt de 500 millions de dollars au Kenya. Des "
	    "milliers de jeunes sont descendus mardi dans les rues de Nairobi "
	    "pour dénoncer la hausse des impôts. Les organisateurs ont appelé "
	    "à une grève générale vendredi.", "fr");

	assert_non_null(testlib_find(r, "IGOIMF", "071", "KEN"));
	assert_non_null(testlib_find(r, "KEN", "141", "KEN"));
	assert_non_null(testlib_find(r, "KEN", "111", "KEN"));
	assert_non_null(testlib_find(r, "KEN", "143", "KEN"));
	assert_null(testlib_find(r, "KEN", "111", "IGOIMF"));
	extract_result_free(r);
	r = run("The IMF approved a $500 million loan to Kenya on Monday. "
	    "Thousands of Kenyan youths protested in the streets of Nairobi "
	    "against the taxes.", "en");
	assert_non_null(testlib_find(r, "IGOIMF", "071", "KEN"));
	assert_non_null(testlib_find(r, "KEN", "141", "KEN"));
	assert_null(testlib_find(r, "KEN", "141", "IGOIMF"));
	extract_result_free(r);
}

/*
 * An agentless passive of coercion done to one side of the story's lead
 * pair is done by the other side, and a pronoun after it is its patient.
 */
static void
test_roles_agentless_coercion_by_lead(void **state)
{
	struct extract_result *r = run("TÉHÉRAN, 3 mars (newsev) - L'Iran a "
	    "libéré lundi un chercheur belge. Le Belge avait été condamné en "
	    "2022 à dix ans de prison pour espionnage, des accusations qu'il a "
	    "toujours rejetées.", "fr");

	assert_non_null(testlib_find(r, "IRN", "0841", "BEL"));
	assert_non_null(testlib_find(r, "IRN", "173", "BEL"));
	assert_non_null(testlib_find(r, "BEL", "12", "IRN"));
	extract_result_free(r);
	r = run("Belarus released a Lithuanian activist on Monday. The "
	    "activist had been arrested in March.", "en");
	assert_non_null(testlib_find(r, "BLR", "173", "LTU"));
	extract_result_free(r);
}

/*
 * "exhorté les deux camps" in a civil war (army and rebels of one
 * country): the appeal goes to that country, not to no one.
 */
static void
test_roles_both_camps_of_civil_war(void **state)
{
	struct extract_result *r = run("L'armée birmane a bombardé lundi des "
	    "positions des rebelles karens. L'ASEAN a exhorté les deux camps à "
	    "respecter une trêve.", "fr");

	assert_non_null(testlib_find(r, "IGOSEAASN", "02", "MMR"));
	assert_null(testlib_find(r, "IGOSEAASN", "02", ""));
	extract_result_free(r);
	r = run("The Burmese army shelled Karen rebel positions on Monday. "
	    "ASEAN urged both sides to respect a truce.", "en");
	assert_non_null(testlib_find(r, "IGOSEAASN", "02", "MMR"));
	extract_result_free(r);
}

/*
 * A verb's target is looked for in its own clause, not past "and" and a
 * coordinated verb ("accused Estonia of ... and called on the
 * Commission"), and that coordinated finite verb is the accuser's own act,
 * not the accused's; "in the Philippine capital" is the visited country.
 */
static void
test_roles_coordinated_verb_objects(void **state)
{
	struct extract_result *r = run("Russia accused Estonia of beating "
	    "several migrants and called on the European Commission to "
	    "intervene.", "en");

	assert_non_null(testlib_find(r, "RUS", "112", "EST"));
	assert_non_null(testlib_find(r, "RUS", "02", "IGOEUREEC"));
	assert_null(testlib_find(r, "RUS", "112", "IGOEUREEC"));
	assert_null(testlib_find(r, "EST", "02", "IGOEUREEC"));
	extract_result_free(r);
	r = run("Japanese Defence Minister Kenji Sato arrived in the Philippine "
	    "capital on Tuesday evening.", "en");
	assert_non_null(testlib_find(r, "JPN", "042", "PHL"));
	extract_result_free(r);
}

/* Mode of the event of r coded src code tgt, -1 when there is none. */
static int
mode_of(const struct extract_result *r, const char *src, const char *code,
    const char *tgt)
{
	const struct extract_event *e = testlib_find(r, src, code, tgt);

	return e == NULL ? -1 : (int)e->mode;
}

/*
 * "according to a communique" issued by the actors themselves, or a joint
 * statement one of them released, is their own announcement (ASSERTED);
 * a third party, or a text another actor issued alone, still reports.
 */
static void
test_roles_own_communique_asserted(void **state)
{
	struct extract_result *r = run("The presidents of Chile and Peru "
	    "signed a fisheries agreement on Tuesday, according to a "
	    "communique issued after their meeting in Lima.", "en");

	assert_int_equal(mode_of(r, "CHL", "057", "PER"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("Le Maroc et la Mauritanie ont signé mardi un accord de "
	    "pêche, selon une déclaration commune publiée par le ministère "
	    "mauritanien.", "fr");
	assert_int_equal(mode_of(r, "MAR", "057", "MRT"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("Serbia expelled two Croatian diplomats on Monday, according "
	    "to a statement from the Croatian foreign ministry.", "en");
	assert_int_equal(mode_of(r, "SRB", "16", "HRV"),
	    EXTRACT_MODE_REPORTED);
	extract_result_free(r);
	r = run("Serbia expelled two Croatian diplomats on Monday, according "
	    "to witnesses.", "en");
	assert_int_equal(mode_of(r, "SRB", "16", "HRV"),
	    EXTRACT_MODE_REPORTED);
	extract_result_free(r);
}

/*
 * "par des X" after a passive is its agent as "par les X" is: "des" after
 * a preposition is the indefinite article, not "de" + "les".
 */
static void
test_roles_indefinite_agent(void **state)
{
	struct extract_result *r = run("Un photographe serbe a été frappé "
	    "par des policiers hongrois.", "fr");

	assert_non_null(testlib_find(r, "HUN", "182", "SRB"));
	assert_null(testlib_find(r, "SRB", "182", "HUN"));
	extract_result_free(r);
	r = run("Trois humanitaires français ont été enlevés par des "
	    "rebelles soudanais.", "fr");
	assert_non_null(testlib_find(r, "SDN", "181", "FRA"));
	assert_null(testlib_find(r, "FRA", "181", "SDN"));
	extract_result_free(r);
	r = run("Le Tchad a signé un accord avec des rebelles soudanais.",
	    "fr");
	assert_non_null(testlib_find(r, "TCD", "057", "SDN"));
	extract_result_free(r);
}

/*
 * The country of an AP-style dateline ("ANKARA, Turkey (AP) —") is no
 * party named first: a joint act keeps the order of its subject.
 */
static void
test_roles_dateline_country(void **state)
{
	struct extract_result *r = run("HANOI, Vietnam (AP) — Japan and "
	    "Vietnam signed a defence cooperation agreement on Friday.", "en");

	assert_non_null(testlib_find(r, "JPN", "057", "VNM"));
	assert_null(testlib_find(r, "VNM", "057", "JPN"));
	extract_result_free(r);
	r = run("NAIROBI, Kenya, June 3 (Reuters) - Ethiopia and Kenya signed "
	    "a water-sharing deal.", "en");
	assert_non_null(testlib_find(r, "ETH", "057", "KEN"));
	extract_result_free(r);
}

/* A region as the direct object is its country: "a bombardé le sud du Liban". */
static void
test_roles_region_object(void **state)
{
	struct extract_result *r = run("L'armée israélienne a bombardé mardi "
	    "le sud du Liban.", "fr");

	assert_non_null(testlib_find(r, "ISR", "195", "LBN"));
	extract_result_free(r);
	r = run("L'aviation russe a bombardé l'est de l'Ukraine.", "fr");
	assert_non_null(testlib_find(r, "RUS", "195", "UKR"));
	extract_result_free(r);
}

/*
 * "ils"/"they" after a joint subject "X et Y" carries X, the first named,
 * so the pair keeps its order.
 */
static void
test_roles_plural_pronoun_pair(void **state)
{
	struct extract_result *r = run("Le ministre tchadien et son homologue "
	    "soudanais se sont rencontrés lundi. Ils ont signé un accord.",
	    "fr");

	assert_non_null(testlib_find(r, "TCD", "057", "SDN"));
	assert_null(testlib_find(r, "SDN", "057", "TCD"));
	extract_result_free(r);
}

/*
 * Peacekeepers withdrawn are what leaves: the target is the host state,
 * whether "ses casques bleus du Mali" or "les casques bleus qu'il déploie
 * ... au Liban"; without a country named the mission stays.
 */
static void
test_roles_peacekeepers_withdrawn(void **state)
{
	struct extract_result *r = run("Le Bangladesh va retirer ses casques "
	    "bleus du Mali.", "fr");

	assert_non_null(testlib_find(r, "BGD", "1661", "MLI"));
	extract_result_free(r);
	r = run("Le Népal a commencé à retirer les casques bleus qu'il "
	    "déploie au sein de la mission de l'ONU au Liban.", "fr");
	assert_non_null(testlib_find(r, "NPL", "1661", "LBN"));
	assert_null(testlib_find(r, "NPL", "1661", "IGOUNOPKO"));
	extract_result_free(r);
	r = run("Le Bangladesh va retirer les casques bleus de la Minusca.",
	    "fr");
	assert_non_null(testlib_find(r, "BGD", "1661", "IGOUNOPKO"));
	extract_result_free(r);
}

/*
 * A rejection (12) naming no one in a story with no other party is a
 * domestic act, kept with the source's own country as target; with
 * another party in the story the usual guess applies.
 */
static void
test_roles_rejection_alone_domestic(void **state)
{
	struct extract_result *r = run("Le Premier ministre malien a exclu "
	    "toute démission.", "fr");

	assert_non_null(testlib_find(r, "MLI", "120", "MLI"));
	extract_result_free(r);
	r = run("Le Niger a accusé le Bénin d'héberger des rebelles. Le "
	    "Premier ministre nigérien a exclu toute démission.", "fr");
	assert_null(testlib_find(r, "NER", "120", "NER"));
	extract_result_free(r);
}

/*
 * "a accusé X de frapper ... et a appelé Y": the finite verb after "et a"
 * is the accuser's own act, asserted; the accused act stays X's, and its
 * object stops before "et a" (the EU is no one beaten).
 */
static void
test_roles_accuser_coordinated_fr(void **state)
{
	struct extract_result *r = run("La Pologne a accusé la Biélorussie de "
	    "frapper des migrants et a appelé l'UE à agir.", "fr");
	const struct extract_event *e;

	assert_null(testlib_find(r, "BLR", "182", "IGOEUREEC"));
	assert_int_equal(testlib_count_code(r, "182"), 1);
	e = testlib_find(r, "POL", "02", "IGOEUREEC");
	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_ASSERTED);
	assert_null(testlib_find(r, "BLR", "02", "IGOEUREEC"));
	extract_result_free(r);
}

/*
 * A third party in apposition to "les deux pays" ("La Turquie, alliée des
 * deux pays", "médiatrice entre les deux pays") is not one of them, and
 * keeps its own act.
 */
static void
test_roles_dual_apposition(void **state)
{
	struct extract_result *r = run("Le Kenya a accusé l'Éthiopie de "
	    "violer sa frontière. La Turquie, alliée des deux pays, a appelé "
	    "au calme. Les deux pays s'étaient affrontés en 2021.", "fr");

	assert_non_null(testlib_find(r, "KEN", "190", "ETH"));
	assert_null(testlib_find(r, "ETH", "190", "TUR"));
	assert_int_equal(testlib_count_code(r, "0256"), 1);
	assert_null(testlib_find(r, "KEN", "0256", "ETH"));
	extract_result_free(r);
	r = run("Le Kenya a accusé l'Éthiopie de violer sa frontière. La "
	    "Turquie, médiatrice entre les deux pays, a appelé au calme.", "fr");
	assert_null(testlib_find(r, "KEN", "0256", "ETH"));
	extract_result_free(r);
}

/* Source country of the first event of r coded c, or "". */
static const char *
source_of(const struct extract_result *r, const char *c)
{
	for (size_t i = 0; i < r->n_events; i++)
		if (strncmp(r->events[i].cameo_code, c, strlen(c)) == 0)
			return r->events[i].source.country;
	return "";
}

/*
 * "il"/"he" after "mais"/"but" refers to the office holder who opens its
 * own sentence ("Le président français devait venir, mais il a annulé"),
 * not to the last person of the sentences before.
 */
static void
test_roles_pronoun_same_sentence(void **state)
{
	struct extract_result *r = run("Le président nigérian est arrivé "
	    "vendredi à Accra. Le président français devait faire le "
	    "déplacement, mais il a annulé sa visite jeudi.", "fr");

	assert_string_equal(source_of(r, "16"), "FRA");
	extract_result_free(r);
	r = run("The Nigerian president arrived in Accra on Friday. The French "
	    "president was due to attend, but he cancelled his visit on "
	    "Thursday.", "en");
	assert_string_equal(source_of(r, "16"), "FRA");
	extract_result_free(r);
}

/*
 * A country in parentheses after the dateline city ("NATIONS UNIES
 * (États-Unis), 2 décembre") is the dateline's, no party to the story.
 */
static void
test_roles_dateline_parenthesis(void **state)
{
	struct extract_result *r = run("NATIONS UNIES (États-Unis), 2 "
	    "décembre 2025 (newsev) - Un groupe d'experts de l'ONU accuse le "
	    "Rwanda de soutenir les rebelles du M23.", "fr");

	assert_non_null(testlib_find(r, "IGOUNO", "112", "RWA"));
	assert_null(testlib_find(r, "USA", "112", "RWA"));
	extract_result_free(r);
}

/*
 * A warning whose content clause opens with a named actor, alone or as
 * possessor, addresses it; not when the warning is coordinated ("and
 * warned that Moscow would ...", whose subject comes later) nor when the
 * actor sits behind a preposition.
 */
static void
test_roles_warning_content_subject(void **state)
{
	struct extract_result *r = run("The International Monetary Fund "
	    "warned that Turkey's reserves remained uncomfortably low.", "en");

	assert_non_null(testlib_find(r, "IGOIMF", "130", "TUR"));
	extract_result_free(r);
	r = run("The EU warned that Moscow would face consequences.", "en");
	assert_non_null(testlib_find(r, "IGOEUREEC", "130", "RUS"));
	extract_result_free(r);
	r = run("Russia warned that a resolution against Syria would fail.",
	    "en");
	assert_null(testlib_find(r, "RUS", "130", "SYR"));
	extract_result_free(r);
}

/*
 * "selon X" names the source's own voice (its spokesman, its ministry:
 * ASSERTED) or a third party, a rebel for the state, witnesses, media
 * (REPORTED).
 */
static void
test_roles_own_voice_asserted(void **state)
{
	struct extract_result *r = run("Le Chili a condamné mardi l'essai "
	    "nucléaire de la Corée du Nord, selon son porte-parole.", "fr");

	assert_int_equal(mode_of(r, "CHL", "111", "PRK"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("La police bolivienne a arrêté lundi quarante manifestants, "
	    "selon le ministère bolivien de l'intérieur.", "fr");
	assert_int_equal(mode_of(r, "BOL", "173", "BOL"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("La police bolivienne a arrêté lundi quarante manifestants, "
	    "selon le médiateur bolivien.", "fr");
	assert_int_equal(mode_of(r, "BOL", "173", "BOL"),
	    EXTRACT_MODE_REPORTED);
	extract_result_free(r);
	r = run("La police bolivienne a arrêté lundi quarante manifestants, "
	    "selon des témoins.", "fr");
	assert_int_equal(mode_of(r, "BOL", "173", "BOL"),
	    EXTRACT_MODE_REPORTED);
	extract_result_free(r);
	r = run("Peru condemned the Chilean decision on Monday, according to "
	    "the Chilean foreign ministry.", "en");
	assert_int_equal(mode_of(r, "PER", "111", "CHL"),
	    EXTRACT_MODE_REPORTED);
	extract_result_free(r);
	r = run("Chile condemned the Peruvian decision on Monday, according to "
	    "its foreign minister.", "en");
	assert_int_equal(mode_of(r, "CHL", "111", "PER"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
}

/*
 * A reaction to a deal one party signed "with" another targets both
 * signatories, as one to a joint signing does; a reaction to strikes
 * answers their author alone.
 */
static void
test_roles_reaction_to_deal_with(void **state)
{
	struct extract_result *r = run("Chile signed a lithium deal with "
	    "Bolivia on Monday. Argentina criticised the purchase on "
	    "Tuesday.", "en");

	assert_non_null(testlib_find(r, "ARG", "111", "CHL"));
	assert_non_null(testlib_find(r, "ARG", "111", "BOL"));
	extract_result_free(r);
	r = run("Le Maroc a signé mardi un accord de pêche avec la "
	    "Mauritanie. L'Algérie a aussitôt condamné cet accord.", "fr");
	assert_non_null(testlib_find(r, "DZA", "111", "MAR"));
	assert_non_null(testlib_find(r, "DZA", "111", "MRT"));
	extract_result_free(r);
	r = run("Israel struck targets in southern Lebanon on Monday. Iran "
	    "condemned the strikes.", "en");
	assert_non_null(testlib_find(r, "IRN", "111", "ISR"));
	assert_null(testlib_find(r, "IRN", "111", "LBN"));
	extract_result_free(r);
	r = run("Peru and Chile signed a border pact on Friday. Bolivia "
	    "criticised the agreement and warned Lima against any move on the "
	    "river.", "en");
	assert_non_null(testlib_find(r, "BOL", "111", "PER"));
	assert_non_null(testlib_find(r, "BOL", "111", "CHL"));
	extract_result_free(r);
}

/*
 * "the foreign ministry" with no country, a sentence after one that names
 * two, is the government that acted there (its subject), not a possessive
 * nearer to it; "the Joint Chiefs of Staff" is a country's military.
 */
static void
test_roles_bare_ministry_and_staff(void **state)
{
	struct extract_result *r = run("BEIJING, March 5 (newsev) - China "
	    "protested on Monday against Japan's plan to release water from "
	    "the plant. The foreign ministry spokeswoman condemned Japan's "
	    "decision and urged Tokyo to reverse it.", "en");

	assert_non_null(testlib_find(r, "CHN", "111", "JPN"));
	assert_null(testlib_find(r, "JPN", "111", "JPN"));
	extract_result_free(r);
	r = run("North Korea fired a ballistic missile into the sea on "
	    "Monday. South Korea's Joint Chiefs of Staff condemned the test.",
	    "en");
	assert_non_null(testlib_find(r, "KOR", "111", "PRK"));
	extract_result_free(r);
}

/*
 * Soldiers or police a state sends are no target of its deployment (154,
 * 074): "to the border" is the neighbour it faces, "to Haiti" the place
 * they go; a named neighbour still wins.
 */
static void
test_roles_own_forces_deployed(void **state)
{
	struct extract_result *r = run("Poland accused Belarus on Monday of "
	    "sending migrants across the frontier. Poland will deploy 500 "
	    "more soldiers to the border, the defence ministry said.", "en");

	assert_non_null(testlib_find(r, "POL", "154", "BLR"));
	assert_null(testlib_find(r, "POL", "154", "POL"));
	extract_result_free(r);
	r = run("La Grèce a accusé lundi la Turquie de violer son espace "
	    "aérien. Athènes va déployer des milliers de soldats à la "
	    "frontière, a annoncé le ministre.", "fr");
	assert_non_null(testlib_find(r, "GRC", "154", "TUR"));
	assert_null(testlib_find(r, "GRC", "154", "GRC"));
	extract_result_free(r);
	r = run("Russia deployed thousands of troops to its border with "
	    "Ukraine on Monday.", "en");
	assert_non_null(testlib_find(r, "RUS", "154", "UKR"));
	extract_result_free(r);
	r = run("Kenya is set to deploy 1,000 police officers to Haiti.", "en");
	assert_non_null(testlib_find(r, "KEN", "074", "HTI"));
	assert_null(testlib_find(r, "KEN", "074", "KEN"));
	extract_result_free(r);
	r = run("Le Kenya doit déployer un millier de policiers en Haïti.",
	    "fr");
	assert_non_null(testlib_find(r, "KEN", "074", "HTI"));
	extract_result_free(r);
}

/*
 * Prosecutors named with no country belong to the state that acted in
 * the sentence before (its police arrested the suspects), not to the
 * country the story names most.
 */
static void
test_roles_prosecutors_of_acting_state(void **state)
{
	struct extract_result *r = run("VILNIUS, May 3 (newsev) - Belarus "
	    "has stepped up pressure on its neighbours, Belarusian exiles say. "
	    "Latvian police arrested two Belarusian citizens on Tuesday. "
	    "Prosecutors accused Belarusian intelligence of recruiting them.",
	    "en");

	assert_non_null(testlib_find(r, "LVA", "112", "BLR"));
	assert_null(testlib_find(r, "BLR", "112", "BLR"));
	extract_result_free(r);
	r = run("VARSOVIE, 3 mai (newsev) - La Biélorussie multiplie les "
	    "provocations, selon des opposants biélorusses. La police "
	    "polonaise a arrêté mardi deux ressortissants biélorusses. Le "
	    "parquet a accusé les services biélorusses de les avoir "
	    "recrutés.", "fr");
	assert_non_null(testlib_find(r, "POL", "112", "BLR"));
	extract_result_free(r);
}

/*
 * A story led by a missile launch into the sea (no target of its own):
 * the protests after it answer the launcher, not a joint drill the lead
 * sentence mentions.
 */
static void
test_roles_reaction_to_launch_at_sea(void **state)
{
	struct extract_result *r = run("TOKYO, March 2 (newsev) - North Korea "
	    "fired a ballistic missile into the sea on Sunday, days after "
	    "Washington and Seoul began joint drills. Japan lodged a protest "
	    "through diplomatic channels.", "en");

	assert_non_null(testlib_find(r, "JPN", "114", "PRK"));
	assert_null(testlib_find(r, "JPN", "114", "USA"));
	extract_result_free(r);
	r = run("TOKYO, 2 mars (newsev) - La Corée du Nord a tiré dimanche un "
	    "missile balistique en mer du Japon, quelques jours après le "
	    "début d'exercices conjoints entre Washington et Séoul. Tokyo a "
	    "élevé une protestation.", "fr");
	assert_non_null(testlib_find(r, "JPN", "114", "PRK"));
	assert_null(testlib_find(r, "JPN", "114", "USA"));
	extract_result_free(r);
}

/*
 * A definite event noun opening the sentence with no actor of its own,
 * or a participle apposed to it ("The attack, launched on Saturday
 * night, forced ..."), refers back to the act already reported: no new
 * event with guessed roles.
 */
static void
test_roles_definite_event_noun_subject(void **state)
{
	struct extract_result *r = run("Estonia accused Russia on Tuesday of "
	    "hacking its banks. The attack, launched on Saturday night, "
	    "forced the banks to close.", "en");

	assert_non_null(testlib_find(r, "EST", "112", "RUS"));
	assert_int_equal(testlib_count_code(r, "19"), 0);
	extract_result_free(r);
	r = run("La Lituanie a accusé mardi la Russie de l'avoir piratée. "
	    "L'attaque, lancée dans la nuit de samedi à dimanche, a paralysé "
	    "les hôpitaux.", "fr");
	assert_non_null(testlib_find(r, "LTU", "112", "RUS"));
	assert_int_equal(testlib_count_code(r, "19"), 0);
	extract_result_free(r);
}

/*
 * Talks after "for", "to", "pour" are the purpose of the visit coded
 * before them (042 only); talks held after the visit are their own 040.
 */
static void
test_roles_visit_purpose_talks(void **state)
{
	struct extract_result *r = run("Turkey's foreign minister is due to "
	    "travel to Baghdad next week for talks with Iraqi officials.",
	    "en");

	assert_non_null(testlib_find(r, "TUR", "042", "IRQ"));
	assert_int_equal(testlib_count_code(r, "040"), 0);
	extract_result_free(r);
	r = run("Le ministre turc des affaires étrangères doit se rendre à "
	    "Bagdad la semaine prochaine pour s'entretenir avec son homologue "
	    "irakien.", "fr");
	assert_non_null(testlib_find(r, "TUR", "042", "IRQ"));
	assert_int_equal(testlib_count_code(r, "040"), 0);
	extract_result_free(r);
	r = run("Turkey's foreign minister travelled to Baghdad on Monday and "
	    "held talks with Iraqi officials.", "en");
	assert_non_null(testlib_find(r, "TUR", "040", "IRQ"));
	extract_result_free(r);
}

/* "the chief of the Russian navy": an official of that country's body. */
static void
test_roles_chief_of_body(void **state)
{
	struct extract_result *r = run("The chief of the Russian navy accused "
	    "Norway of provocations.", "en");

	assert_non_null(testlib_find(r, "RUS", "112", "NOR"));
	extract_result_free(r);
	r = run("NATO Secretary General Mark Rutte will head to Kyiv on Monday "
	    "for talks with Zelensky.", "en");
	assert_non_null(testlib_find(r, "IGOWSTNAT", "040", "UKR"));
	extract_result_free(r);
}

/*
 * An agentless passive of coercion in a country ("were arrested in
 * China", "ont été arrêtés en Russie"): that state holds them, the
 * subject is the patient.
 */
static void
test_roles_arrested_in_country(void **state)
{
	struct extract_result *r = run("Two Japanese nationals were arrested "
	    "in China last year.", "en");

	assert_non_null(testlib_find(r, "CHN", "173", "JPN"));
	assert_null(testlib_find(r, "JPN", "173", "CHN"));
	extract_result_free(r);
	r = run("Trois journalistes britanniques ont été arrêtés en Russie.",
	    "fr");
	assert_non_null(testlib_find(r, "RUS", "173", "GBR"));
	assert_null(testlib_find(r, "GBR", "173", "RUS"));
	extract_result_free(r);
}

/* Youth organisations and groups are civilians of the story's country. */
static void
test_roles_youth_groups_civilians(void **state)
{
	struct extract_result *r = run("DAKAR, 3 mai (newsev) - Le président "
	    "sénégalais a refusé de retirer la réforme, mais a promis un "
	    "dialogue avec les organisations de jeunesse.", "fr");

	assert_non_null(testlib_find(r, "SEN", "036", "SEN"));
	extract_result_free(r);
	r = run("NAIROBI, May 3 (newsev) - Kenya's president promised talks "
	    "with youth groups on Monday.", "en");
	assert_non_null(testlib_find(r, "KEN", "036", "KEN"));
	extract_result_free(r);
}

/*
 * A demonym of the source's own country in its act's content ("to create
 * a Venezuelan state") is no target; the target is guessed as for any
 * unnamed one (here the accuser).
 */
static void
test_roles_own_demonym_no_target(void **state)
{
	struct extract_result *r = run("Guyana accused Venezuela of "
	    "provocations on Monday. Caracas threatened on Tuesday to create "
	    "a Venezuelan state in the disputed region.", "en");

	assert_non_null(testlib_find(r, "VEN", "130", "GUY"));
	assert_null(testlib_find(r, "VEN", "130", "VEN"));
	extract_result_free(r);
	r = run("Le Guyana a accusé lundi le Venezuela de provocations. "
	    "Caracas a menacé mardi de créer une province vénézuélienne dans "
	    "la région disputée.", "fr");
	assert_non_null(testlib_find(r, "VEN", "130", "GUY"));
	assert_null(testlib_find(r, "VEN", "130", "VEN"));
	extract_result_free(r);
}

/*
 * The help one is thanked for ("thanked Japan for its steadfast support",
 * "a remercié la France pour son aide militaire") is the reason of the
 * thanks, no event of its own.
 */
static void
test_roles_thanks_reason(void **state)
{
	struct extract_result *r = run("After the talks, the Thai prime "
	    "minister thanked Japan for its steadfast support.", "en");

	assert_non_null(testlib_find(r, "THA", "051", "JPN"));
	assert_null(testlib_find(r, "JPN", "051", "THA"));
	extract_result_free(r);
	r = run("Le président ivoirien a remercié la France pour son aide "
	    "militaire.", "fr");
	assert_non_null(testlib_find(r, "CIV", "051", "FRA"));
	assert_int_equal(testlib_count_code(r, "07"), 0);
	extract_result_free(r);
}

/*
 * A third party's praise of a quoted judgement names no addressee ("Le
 * Brésil a salué « un pas important vers la paix »"): no target; one of
 * the story's own pair still addresses the other.
 */
static void
test_roles_quoted_praise_third_party(void **state)
{
	struct extract_result *r = run("Le Venezuela et le Guyana se sont "
	    "engagés jeudi à ne pas recourir à la force. Le Brésil a salué « un "
	    "pas important vers la paix ».", "fr");

	assert_non_null(testlib_find(r, "BRA", "051", ""));
	assert_null(testlib_find(r, "BRA", "051", "VEN"));
	extract_result_free(r);
	r = run("Serbia and Kosovo agreed on Monday to resume talks. The "
	    "African Union welcomed \"a significant step forward\".", "en");
	assert_non_null(testlib_find(r, "IGOAFRAFU", "051", ""));
	extract_result_free(r);
	r = run("Le président russe est arrivé mercredi à Hanoï. Le président "
	    "vietnamien a salué « une amitié éprouvée par l'histoire ».",
	    "fr");
	assert_non_null(testlib_find(r, "VNM", "051", "RUS"));
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles_particle_not_agent),
		cmocka_unit_test(test_roles_denial_targets_accuser),
		cmocka_unit_test(test_roles_first_person_quote),
		cmocka_unit_test(test_roles_mediation_takes_event_day),
		cmocka_unit_test(test_roles_possessive_target),
		cmocka_unit_test(test_roles_dual_skips_attribution),
		cmocka_unit_test(test_roles_fronted_participle),
		cmocka_unit_test(test_roles_definite_noun_refers_back),
		cmocka_unit_test(test_roles_partitive_subject_and_date_names),
		cmocka_unit_test(test_roles_coordinated_verb_shares_target),
		cmocka_unit_test(test_roles_refusal_answers_appeal),
		cmocka_unit_test(test_roles_noun_between_later),
		cmocka_unit_test(test_roles_generic_noun),
		cmocka_unit_test(test_roles_joint_relations_and_mediation_day),
		cmocka_unit_test(test_roles_dual_first_named_in_sentence),
		cmocka_unit_test(test_roles_demand_content_clause),
		cmocka_unit_test(test_roles_noun_participle_agent),
		cmocka_unit_test(test_roles_relative_with_year),
		cmocka_unit_test(test_roles_reported_thing_arrives),
		cmocka_unit_test(test_roles_auxiliary_before_to),
		cmocka_unit_test(test_roles_etre_passives),
		cmocka_unit_test(test_roles_dual_allies),
		cmocka_unit_test(test_roles_event_dates),
		cmocka_unit_test(test_roles_aid_recipient),
		cmocka_unit_test(test_roles_but_clauses),
		cmocka_unit_test(test_roles_modes),
		cmocka_unit_test(test_roles_reaction_to_named_author),
		cmocka_unit_test(test_roles_demonstrative_noun),
		cmocka_unit_test(test_roles_content_object),
		cmocka_unit_test(test_roles_dual_states),
		cmocka_unit_test(test_roles_apposed_meeting),
		cmocka_unit_test(test_roles_concern_answers_lead),
		cmocka_unit_test(test_roles_guess_falls_back_on_lead),
		cmocka_unit_test(test_roles_accused_act_by_language),
		cmocka_unit_test(test_roles_ing_modifier_subject),
		cmocka_unit_test(test_roles_appeal_content),
		cmocka_unit_test(test_roles_naming_call),
		cmocka_unit_test(test_roles_unnamed_addressee),
		cmocka_unit_test(test_roles_distributive_share),
		cmocka_unit_test(test_roles_launch_open_sea),
		cmocka_unit_test(test_roles_coordinated_titled_name),
		cmocka_unit_test(test_roles_talks_organized_by),
		cmocka_unit_test(test_roles_meeting_without_partner),
		cmocka_unit_test(test_roles_reaction_to_joint_act),
		cmocka_unit_test(test_roles_government_subject_domestic_reform),
		cmocka_unit_test(test_roles_own_act_investigated),
		cmocka_unit_test(test_roles_domestic_story_pair),
		cmocka_unit_test(test_roles_object_list),
		cmocka_unit_test(test_roles_force_on_own_ground),
		cmocka_unit_test(test_roles_rejection_of_domestic_critics),
		cmocka_unit_test(test_roles_dual_is_story_pair),
		cmocka_unit_test(test_roles_coordinated_after_apposition),
		cmocka_unit_test(test_roles_agreement_kind_no_event),
		cmocka_unit_test(test_roles_apposed_after_members),
		cmocka_unit_test(test_roles_relative_protesters),
		cmocka_unit_test(test_roles_organisers_protest),
		cmocka_unit_test(test_roles_english_street_protest),
		cmocka_unit_test(test_roles_purpose_infinitive),
		cmocka_unit_test(test_roles_demonym_pair_light_verb),
		cmocka_unit_test(test_roles_reaction_to_agreement),
		cmocka_unit_test(test_roles_civil_demand_domestic),
		cmocka_unit_test(test_roles_crowd_of_the_place),
		cmocka_unit_test(test_roles_list_pledge_recipient),
		cmocka_unit_test(test_roles_state_description_and_denial),
		cmocka_unit_test(test_roles_english_article_a),
		cmocka_unit_test(test_roles_pronoun_subject_and_dispersal),
		cmocka_unit_test(test_roles_street_against_own_government),
		cmocka_unit_test(test_roles_agentless_coercion_by_lead),
		cmocka_unit_test(test_roles_both_camps_of_civil_war),
		cmocka_unit_test(test_roles_coordinated_verb_objects),
		cmocka_unit_test(test_roles_own_communique_asserted),
		cmocka_unit_test(test_roles_own_voice_asserted),
		cmocka_unit_test(test_roles_indefinite_agent),
		cmocka_unit_test(test_roles_dateline_country),
		cmocka_unit_test(test_roles_region_object),
		cmocka_unit_test(test_roles_plural_pronoun_pair),
		cmocka_unit_test(test_roles_peacekeepers_withdrawn),
		cmocka_unit_test(test_roles_rejection_alone_domestic),
		cmocka_unit_test(test_roles_accuser_coordinated_fr),
		cmocka_unit_test(test_roles_dual_apposition),
		cmocka_unit_test(test_roles_pronoun_same_sentence),
		cmocka_unit_test(test_roles_dateline_parenthesis),
		cmocka_unit_test(test_roles_warning_content_subject),
		cmocka_unit_test(test_roles_reaction_to_deal_with),
		cmocka_unit_test(test_roles_bare_ministry_and_staff),
		cmocka_unit_test(test_roles_own_forces_deployed),
		cmocka_unit_test(test_roles_prosecutors_of_acting_state),
		cmocka_unit_test(test_roles_reaction_to_launch_at_sea),
		cmocka_unit_test(test_roles_definite_event_noun_subject),
		cmocka_unit_test(test_roles_visit_purpose_talks),
		cmocka_unit_test(test_roles_chief_of_body),
		cmocka_unit_test(test_roles_arrested_in_country),
		cmocka_unit_test(test_roles_youth_groups_civilians),
		cmocka_unit_test(test_roles_own_demonym_no_target),
		cmocka_unit_test(test_roles_thanks_reason),
		cmocka_unit_test(test_roles_quoted_praise_third_party),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
