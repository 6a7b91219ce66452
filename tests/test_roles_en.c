/*
 * test_roles_en: who did it to whom in English wire copy. Sentence-initial
 * "It" after a reported content clause, an attribution at the end of the
 * sentence, an own envoy recalled by a carried subject. Every sentence is
 * written for this file. Uses the real data directory.
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
run(const char *text)
{
	struct extract_result *r = testlib_run("r1", text, "en");

	assert_non_null(r);
	return r;
}

/*
 * Assert that text yields the event (s, c, t) unless s is NULL, and not
 * (ns, nc, nt) unless ns is NULL.
 */
static void
expect(const char *text, const char *s, const char *c, const char *t,
    const char *ns, const char *nc, const char *nt)
{
	struct extract_result *r = run(text);

	if (s != NULL && testlib_find(r, s, c, t) == NULL)
		fail_msg("no %s %s %s in: %s", s, c, t, text);
	if (ns != NULL && testlib_find(r, ns, nc, nt) != NULL)
		fail_msg("unexpected %s %s %s in: %s", ns, nc, nt, text);
	extract_result_free(r);
}

/*
 * "It" opening a sentence is the previous sentence's main subject: the
 * speaker of "X said Y had ...", not Y; the subject of the main clause
 * after a fronted "After ..." clause; the body of a closing attribution
 * (", Ukraine's military said").
 */
static void
test_roles_en_it_main_subject(void **state)
{
	expect("The Thai foreign ministry said Cambodian troops had opened "
	    "fire first. It also summoned Cambodia's ambassador.",
	    "THA", "114", "KHM", "KHM", "114", "KHM");
	expect("Kenya said Somali militants had attacked a police post. It "
	    "called on Somalia to secure the border.",
	    "KEN", "02", "SOM", "SOM", "02", "SOM");
	expect("After Ghana accused Togo of harbouring rebels, Nigeria "
	    "offered to mediate. It also urged Ghana to show restraint.",
	    "NGA", "02", "GHA", "GHA", "02", "GHA");
	expect("Russian forces shelled Kharkiv overnight, Ukraine's military "
	    "said. It accused Moscow of targeting civilians.",
	    "UKR", "112", "RUS", "RUS", "112", "RUS");
}

/* Plural "They" keeps the last subject: the troops just named. */
static void
test_roles_en_they_last_subject(void **state)
{
	expect("Ukraine said Russian troops had shelled Kharkiv. They also "
	    "attacked Odesa.", "RUS", "19", "UKR", "UKR", "19", "UKR");
}

/*
 * "It recalled its ambassador": once the carried subject is known, the
 * envoy it owns is no target; the story's other party is.
 */
static void
test_roles_en_carried_own_envoy(void **state)
{
	expect("Thailand accused Cambodia of firing rockets across the "
	    "border. It also recalled its ambassador.",
	    "THA", "161", "KHM", "THA", "161", "THA");
	expect("Bolivia accused Chilean police of mistreating Bolivian "
	    "migrants. It recalled its ambassador on Monday.",
	    "BOL", "161", "CHL", "BOL", "161", "BOL");
	expect("Nicaragua accused Costa Rica of sheltering opponents. It "
	    "recalled its ambassador and closed its consulate.",
	    "NIC", "161", "CRI", "NIC", "161", "NIC");
}

/*
 * ", the foreign ministry said" closing a sentence speaks for its subject,
 * not for the state named last in it.
 */
static void
test_roles_en_closing_attribution(void **state)
{
	expect("India accused Pakistan of backing militants, the foreign "
	    "ministry said. It also expelled two Pakistani diplomats.",
	    "IND", "166", "PAK", "PAK", "166", "PAK");
	expect("Poland accused Belarus of pushing migrants across the border, "
	    "the interior ministry said. It summoned the Belarusian "
	    "charge d'affaires.", "POL", "114", "BLR", "BLR", "114", "BLR");
	expect("Greece protested to Turkey over the flights, the foreign "
	    "ministry said. It called on Ankara to respect its airspace.",
	    "GRC", "02", "TUR", "TUR", "02", "TUR");
}

/*
 * "Vice Premier", "deputy prime minister": a title that gives its
 * person the country before it, so a relative clause after the name has
 * that state as subject. French "premier" stays a word.
 */
static void
test_roles_en_vice_premier(void **state)
{
	struct extract_result *r;

	expect("Chinese Vice Premier Liu Wen, who visited Nairobi on Monday, "
	    "promised to increase investment in Kenya.",
	    "CHN", "03", "KEN", "KEN", "03", "CHN");
	expect("Hungary's foreign minister thanked Chinese Vice Premier Ding "
	    "Wei, who pledged new loans to Hungary.",
	    "CHN", "03", "HUN", "HUN", "03", "CHN");
	expect("The Kenyan president received Chinese vice-premier Zhang Lei, "
	    "who pledged new loans to Kenya.",
	    "CHN", "03", "KEN", "KEN", "03", "CHN");
	r = testlib_run("r1", "La Chine a signé son premier accord avec la "
	    "Turquie.", "fr");
	assert_non_null(testlib_find(r, "CHN", "057", "TUR"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
}

/*
 * "The agreement was signed by X and Y": a deal noun whose participle has
 * two agents is their joint act, first-named first; one agent alone
 * names no partner.
 */
static void
test_roles_en_deal_signed_by_pair(void **state)
{
	struct extract_result *r;

	expect("The agreement was signed by Peru and Bolivia on Monday.",
	    "PER", "057", "BOL", "BOL", "057", "PER");
	expect("A trade deal was signed by Kenya and Uganda in Nairobi.",
	    "KEN", "057", "UGA", "UGA", "057", "KEN");
	expect("The agreement signed by Vietnam and Laos covers hydropower.",
	    "VNM", "057", "LAO", "LAO", "057", "VNM");
	r = run("The deal was signed by Kenya.");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/*
 * "recalled its ambassador in Paris": the envoy's post is the target, the
 * envoy the source owns is not; a place that is not the envoy's post
 * ("for consultations in Nairobi", the venue) is none.
 */
static void
test_roles_en_envoy_post(void **state)
{
	struct extract_result *r;

	expect("Algeria recalled its ambassador in Paris on Tuesday.",
	    "DZA", "161", "FRA", "DZA", "161", "DZA");
	expect("Morocco has recalled its envoy in Madrid for consultations.",
	    "MAR", "161", "ESP", "MAR", "161", "MAR");
	expect("The Dutch foreign minister said the Netherlands would recall "
	    "its ambassador in Caracas.", "NLD", "161", "VEN",
	    "NLD", "161", "NLD");
	r = run("Kenya recalled its ambassador for consultations in Nairobi.");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/*
 * "condemned Algeria for backing the rebels": the gerund after "for" gives
 * the reason of the reaction; its subject is the one reacted to.
 */
static void
test_roles_en_reason_gerund(void **state)
{
	expect("Morocco condemned Algeria for backing the rebels.",
	    "MAR", "111", "DZA", "MAR", "051", "DZA");
	expect("France criticised Mali for expelling its ambassador.",
	    "MLI", "166", "FRA", "FRA", "166", "MLI");
	expect("Canada sanctioned Iran for supplying drones to Russia.",
	    "IRN", "07", "RUS", "CAN", "07", "RUS");
	/* not after "for": the subject's own act */
	expect("Chile protested to Peru, calling for talks with Bolivia.",
	    "CHL", "02", "BOL", "PER", "02", "BOL");
}

/*
 * "protested to Peru, calling for talks with Bolivia": a "with X" in a
 * participle adjunct after a comma belongs to the participle, not to the
 * verb before the comma.
 */
static void
test_roles_en_with_stops_at_adjunct(void **state)
{
	expect("Chile protested to Peru, calling for talks with Bolivia.",
	    "CHL", "114", "PER", "CHL", "114", "BOL");
	expect("Japan protested to China, urging talks with South Korea.",
	    "JPN", "114", "CHN", "JPN", "114", "KOR");
	expect("Chile summoned the Peruvian ambassador, calling for talks "
	    "with Bolivia.", "CHL", "114", "PER", "CHL", "114", "BOL");
	/* the participle keeps its own "with" */
	expect("Chile protested to Peru, calling for talks with Bolivia.",
	    "CHL", "02", "BOL", NULL, NULL, NULL);
}

/*
 * "criticised Hungary's decision to block aid to Ukraine": the infinitive
 * after a possessed noun is the possessor's act.
 */
static void
test_roles_en_possessed_decision(void **state)
{
	expect("The European Union criticised Hungary's decision to block aid "
	    "to Ukraine.", "HUN", "12", "UKR", "IGOEUREEC", "12", "UKR");
	expect("Russia condemned Finland's decision to close its border with "
	    "Russia.", "FIN", "191", "RUS", "RUS", "191", "FIN");
	expect("Mexico's foreign minister criticised the United States' "
	    "decision to deport migrants.", "USA", "174", "MEX",
	    "MEX", "174", "USA");
	/* the possessor is the subject already: nothing changes */
	expect("Japan's decision to send troops to the Philippines angered "
	    "China.", "JPN", "07", "PHL", "CHN", "07", "PHL");
}

/*
 * "praised Argentina before signing a deal with Chile": a gerund after
 * "before", "after", "while" is the subject's own act, as one after a
 * comma is.
 */
static void
test_roles_en_adjunct_gerund(void **state)
{
	expect("Brazil praised Argentina before signing a trade deal with "
	    "Chile.", "BRA", "057", "CHL", "ARG", "057", "CHL");
	expect("The United States criticised Turkey while sending aid to "
	    "Syria.", "USA", "07", "SYR", "TUR", "07", "SYR");
	expect("India condemned Pakistan after meeting the Afghan envoy.",
	    "IND", "040", "AFG", "PAK", "040", "AFG");
}

/*
 * "said Chinese vessels had fired water cannon at its ships": an act "at"
 * or "into" what the reporting subject owns is aimed at that subject;
 * "in its territory" is only where it happened.
 */
static void
test_roles_en_possessive_at(void **state)
{
	expect("The Philippines said Chinese vessels had fired water cannon "
	    "at its ships.", "CHN", "17", "PHL", "CHN", "17", "CHN");
	expect("The Vietnamese coast guard said Chinese ships had fired water "
	    "cannon at its fishing boats.", "CHN", "17", "VNM",
	    "CHN", "17", "CHN");
	expect("Malaysia said Indonesian boats had fired shots at its patrol "
	    "vessel.", "IDN", "19", "MYS", "IDN", "19", "IDN");
	expect("Kenya said Somali troops had clashed with militants in its "
	    "territory.", NULL, NULL, NULL, "SOM", "19", "KEN");
}

/*
 * "Both", "the two countries" as subject of an act toward a third party
 * ("Both called on China"): one event each, not a joint act of the two;
 * with no one named, a statement or a criticism is no event between them.
 * Joint acts ("Both sides agreed") keep the pair.
 */
static void
test_roles_en_both_each(void **state)
{
	expect("Indonesia and Vietnam both condemned the attack. Both called "
	    "on China to respect international law.",
	    "IDN", "02", "CHN", "IDN", "02", "VNM");
	expect("Indonesia and Vietnam both condemned the attack. Both called "
	    "on China to respect international law.",
	    "VNM", "02", "CHN", NULL, NULL, NULL);
	expect("Poland and Lithuania held talks on Monday. The two countries "
	    "called on Belarus to stop the flow of migrants.",
	    "POL", "02", "BLR", NULL, NULL, NULL);
	expect("Poland and Lithuania held talks on Monday. The two countries "
	    "called on Belarus to stop the flow of migrants.",
	    "LTU", "02", "BLR", "POL", "02", "LTU");
	expect("Japan and India signed a defence pact on Tuesday. Both "
	    "governments voiced concern over China's naval buildup.",
	    "IND", "012", "CHN", "JPN", "012", "IND");
	expect("France and Germany met in Paris. Both leaders condemned the "
	    "attack.", "FRA", "040", "DEU", "FRA", "111", "DEU");
	expect("Serbia and Kosovo signed the deal. Both sides agreed to free "
	    "prisoners.", "SRB", "03", "XKX", NULL, NULL, NULL);
	/* a joint act naming a topic ("on North Korea") stays joint */
	expect("The Japanese prime minister met the South Korean president "
	    "in Tokyo. The two leaders agreed to deepen their coordination on "
	    "North Korea.", "JPN", "03", "KOR", "JPN", "03", "PRK");
	expect("Brazil and Argentina held talks on Monday. The two countries "
	    "agreed to coordinate their policy on Venezuela.",
	    "BRA", "03", "ARG", "ARG", "03", "VEN");
}

/*
 * "Qatar and Egypt urged both sides": each subject toward each of the two
 * parties named before, never toward its own co-subject.
 */
static void
test_roles_en_both_sides_co_subjects(void **state)
{
	static const char *text = "Israel and Hamas traded fire on Monday. "
	    "Qatar and Egypt urged both sides to show restraint.";

	expect(text, "QAT", "02", "ISR", "QAT", "02", "EGY");
	expect(text, "QAT", "02", "PSE", "EGY", "02", "QAT");
	expect(text, "EGY", "02", "ISR", NULL, NULL, NULL);
	expect(text, "EGY", "02", "PSE", NULL, NULL, NULL);
	expect("Armenia and Azerbaijan clashed on the border. Russia urged "
	    "both sides to respect the ceasefire.", "RUS", "02", "AZE",
	    "RUS", "02", "RUS");
}

/*
 * "a meeting in Accra, Ghana, last month between X and Y": "between" reached
 * over place and time adjuncts, and over a possessor's title and name
 * ("between Mali's Prime Minister A and Senegal's Foreign Minister B").
 */
static void
test_roles_en_between_after_adjuncts(void **state)
{
	expect("The breakthrough followed a meeting in Accra, Ghana, last "
	    "month between Mali's Prime Minister Ali Diallo and Senegal's "
	    "Foreign Minister Awa Ndiaye.", "MLI", "04", "SEN",
	    "GHA", "04", "MLI");
	expect("Talks in Vienna, Austria, on Monday between Iranian and Saudi "
	    "officials ended.", "IRN", "04", "SAU", NULL, NULL, NULL);
	expect("A meeting in Nairobi, Kenya, in March between Ethiopian Prime "
	    "Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud "
	    "eased tensions.", "ETH", "04", "SOM", "KEN", "04", "SOM");
	/* a relative clause between: another clause, no pair */
	expect("A meeting in Oslo, which lasted two hours, preceded talks "
	    "between Serbia and Kosovo.", NULL, NULL, NULL,
	    "NOR", "04", "SRB");
}

/*
 * "Secretary-General Jane Roe", "the secretary-general" with no owner
 * named: the IGO of the story, the last one named before it; a party's
 * secretary-general with a demonym stays national, and with no IGO in the
 * story the head takes no IGO code.
 */
static void
test_roles_en_secretary_general(void **state)
{
	struct extract_result *r;

	expect("Sudan accused Chad of arming rebels on Monday. The United "
	    "Nations Security Council met on Tuesday. Secretary-General Elena "
	    "Marsh urged Sudan to stop fighting.",
	    "IGOUNO", "02", "SDN", "SDN", "02", "SDN");
	expect("Sudan accused Chad of arming rebels on Monday. The United "
	    "Nations Security Council met on Tuesday. The secretary-general "
	    "also called on Chad to close its border.",
	    "IGOUNO", "02", "TCD", "SDN", "02", "TCD");
	expect("NATO foreign ministers met in Brussels. The secretary-general "
	    "warned Russia against escalation.",
	    "IGOWSTNAT", "13", "RUS", "RUS", "13", "RUS");
	expect("ASEAN foreign ministers met in Jakarta on Monday. "
	    "Secretary-General Kao Kim Hourn urged Myanmar to end the "
	    "violence.", "IGOSEAASN", "02", "MMR", "MMR", "02", "MMR");
	expect("The United Nations warned of famine in Sudan. The Vietnamese "
	    "party secretary-general met the Chinese president in Beijing.",
	    NULL, NULL, NULL, "IGOUNO", "04", "CHN");
	r = run("The Secretary-General condemned the attack on Mali.");
	for (size_t i = 0; i < r->n_events; i++)
		assert_int_not_equal(strncmp(r->events[i].source.cameo, "IGO",
		    3), 0);
	extract_result_free(r);
}

/*
 * ", which it accused of", ", whom it blamed for", "officials it accused
 * of": an object relative with a pronoun subject; the main clause's
 * subject acts on the antecedent.
 */
static void
test_roles_en_pronoun_relative(void **state)
{
	expect("Morocco recalled its ambassador to Algeria, which it accused "
	    "of backing rebels.", "MAR", "112", "DZA", "MAR", "112", "MAR");
	expect("Kenya expelled a Somali diplomat, whom it accused of spying.",
	    "KEN", "112", "SOM", "SOM", "112", "KEN");
	expect("Poland summoned the Russian ambassador, whom it blamed for "
	    "the sabotage.", "POL", "112", "RUS", "RUS", "112", "POL");
	/* a reduced relative: no "which", the pronoun right after */
	expect("The European Union imposed sanctions on Tuesday on six "
	    "Iranian officials it accused of supplying drones to Russia.",
	    "IGOEUREEC", "112", "IRN", "IGOEUREEC", "112", "RUS");
	expect("Britain sanctioned two Russian generals it blamed for the "
	    "attack.", "GBR", "112", "RUS", NULL, NULL, NULL);
	expect("Kenya deported three Somali nationals it accused of spying.",
	    "KEN", "112", "SOM", NULL, NULL, NULL);
	/* a subject relative: the antecedent acts */
	expect("Morocco recalled its ambassador to Algeria, which accused it "
	    "of backing rebels.", NULL, NULL, NULL, "MAR", "112", "DZA");
}

/*
 * "The Kenyan president, William Ruto, arrived in Paris": a name set off
 * by commas after its title is the subject, not an actor the verb's
 * participle is apposed to (no KEN -> KEN).
 */
static void
test_roles_en_apposed_name_subject(void **state)
{
	expect("The Kenyan president, William Ruto, arrived in Paris on "
	    "Monday.", "KEN", "042", "FRA", "KEN", "042", "KEN");
	expect("The Ghanaian leader, John Mahama, visited Togo last week.",
	    "GHA", "042", "TGO", "GHA", "042", "GHA");
	expect("The Chilean foreign minister, Alberto van Klaveren, "
	    "travelled to Lima on Tuesday.", "CHL", "042", "PER",
	    "CHL", "042", "CHL");
}

/*
 * "Russia's ambassador to Germany was summoned": an agentless passive
 * done to an envoy is done by the state he is posted to; an agent named
 * wins.
 */
static void
test_roles_en_envoy_passive(void **state)
{
	expect("Russia's ambassador to Germany was summoned on Monday.",
	    "DEU", "114", "RUS", "RUS", "114", "RUS");
	expect("The Russian ambassador in Berlin was summoned on Monday.",
	    "DEU", "114", "RUS", NULL, NULL, NULL);
	expect("The French ambassador in Niamey was ordered to leave.",
	    "NER", "16", "FRA", NULL, NULL, NULL);
	expect("China's ambassador to the Philippines was summoned by "
	    "Manila.", "PHL", "114", "CHN", NULL, NULL, NULL);
}

/*
 * "against three Iranian officials", "against 14 Russian officials": a
 * count between the preposition and the group leaves the group behind
 * the preposition; a French partitive "de 300 soldats" stays a subject.
 */
static void
test_roles_en_counted_group(void **state)
{
	struct extract_result *r;

	expect("The sanctions were imposed by Britain on Monday against three "
	    "Iranian officials.", "GBR", "163", "IRN", NULL, NULL, NULL);
	expect("The sanctions were imposed by Canada against 14 Russian "
	    "officials.", "CAN", "163", "RUS", NULL, NULL, NULL);
	expect("Sanctions were imposed by Japan on Friday against several "
	    "North Korean firms.", "JPN", "163", "PRK", NULL, NULL, NULL);
	r = testlib_run("r1", "Un contingent de 300 soldats rwandais est "
	    "arrivé mardi à Bangui.", "fr");
	assert_non_null(testlib_find(r, "RWA", "07", "CAF"));
	extract_result_free(r);
}

/*
 * "praised Russia's support": what a praise names as the other's act,
 * with no one it is done to, is the reason of the praise, no event of
 * its own (the guess made it RUS 051 IND); an act with its own target
 * stays ("welcomed India's decision to send aid to Sri Lanka").
 */
static void
test_roles_en_praised_possessed_act(void **state)
{
	expect("The Indian prime minister visited Moscow. He praised "
	    "Russia's support.", "IND", "051", "RUS", "RUS", "05", "IND");
	expect("Kenya welcomed Uganda's support for the talks.",
	    "KEN", "051", "UGA", "UGA", "05", "KEN");
	expect("The Chilean president hailed Peru's cooperation.",
	    "CHL", "051", "PER", "PER", "0", "CHL");
	expect("Japan welcomed India's decision to send aid to Sri Lanka.",
	    "IND", "07", "LKA", NULL, NULL, NULL);
}

/*
 * "said Cambodian soldiers had crossed the border and attacked a Thai
 * outpost": a verb coordinated inside the reported clause is the act of
 * that clause's subject, not of the speaker (was THA 190 THA).
 */
static void
test_roles_en_reported_coordination(void **state)
{
	expect("The Thai army said Cambodian soldiers had crossed the border "
	    "overnight and attacked a Thai outpost.",
	    "KHM", "190", "THA", "THA", "190", "THA");
	expect("The Indian army said Pakistani troops had crossed the Line of "
	    "Control and shelled Indian posts.",
	    "PAK", "19", "IND", "IND", "19", "IND");
	expect("The Vietnamese coast guard said Chinese vessels had entered "
	    "its waters and rammed Vietnamese fishing boats.",
	    "CHN", "17", "VNM", "VNM", "17", "VNM");
	/* the speaker's own coordinated verb */
	expect("The Kremlin said Moscow would respond and warned Finland.",
	    "RUS", "13", "FIN", NULL, NULL, NULL);
}

/*
 * An accusation or appeal its source would address to itself, in a
 * reported clause read as the reported subject's ("said Ethiopian
 * soldiers had detained herders and accused Addis Ababa of ..."), is the
 * speaker's: the sentence's main subject. A domestic one stays.
 */
static void
test_roles_en_no_self_accusation(void **state)
{
	expect("Nairobi recalled its envoy on Monday. The ministry said "
	    "Ethiopian soldiers had detained four Kenyan herders and accused "
	    "Addis Ababa of violating the agreement.",
	    "KEN", "112", "ETH", "ETH", "112", "ETH");
	expect("Russia closed its airspace. The Kremlin said Georgian "
	    "officials had arrested two Russian journalists and urged Tbilisi "
	    "to release them.", "RUS", "02", "GEO", "GEO", "02", "GEO");
	expect("Chile protested on Monday. Its foreign ministry said Bolivian "
	    "police had beaten Chilean truckers and accused La Paz of "
	    "ignoring the treaty.", "CHL", "112", "BOL", "BOL", "112", "BOL");
	expect("Georgia's opposition accused the government of rigging the "
	    "vote.", "GEO", "112", "GEO", NULL, NULL, NULL);
}

/*
 * In a story led by an accusation, a third party's concern or criticism
 * naming no one ("expressed concern over the incidents") is addressed to
 * the accused; its support ("stood by its ally") stays with the accuser.
 */
static void
test_roles_en_reaction_to_accused(void **state)
{
	expect("Lithuania accused Belarus on Monday of pushing migrants across "
	    "the border. Poland and Latvia expressed concern over the "
	    "incidents.", "POL", "012", "BLR", "POL", "012", "LTU");
	expect("The Philippines accused China of firing water cannon at its "
	    "vessel. Australia expressed concern over the incident.",
	    "AUS", "012", "CHN", "AUS", "012", "PHL");
	expect("Guyana accused Venezuela of massing troops near the border. "
	    "Brazil criticised the move.", "BRA", "111", "VEN",
	    "BRA", "111", "GUY");
	expect("The Philippines accused China of firing water cannon at its "
	    "vessel. The United States said it stood by the Philippines.",
	    "USA", "051", "PHL", "USA", "051", "CHN");
}

/*
 * "the bloc", "the alliance", "the regional bloc": the organization named
 * last; with none named, nobody.
 */
static void
test_roles_en_bloc_anaphor(void **state)
{
	struct extract_result *r;

	expect("The European Union condemned the verdict, and the bloc "
	    "summoned Moscow's top diplomat.",
	    "IGOEUREEC", "114", "RUS", NULL, NULL, NULL);
	expect("NATO foreign ministers met in Brussels. The alliance warned "
	    "Russia against further attacks.",
	    "IGOWSTNAT", "13", "RUS", NULL, NULL, NULL);
	expect("ASEAN leaders met in Jakarta. The regional bloc urged Myanmar "
	    "to end the violence.", "IGOSEAASN", "02", "MMR", NULL, NULL,
	    NULL);
	r = run("The bloc summoned the Iranian ambassador.");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/*
 * With no one named, the same act by another takes its target from the
 * same three-digit act, the last one or the story's lead ("Britain imposed
 * similar sanctions"); a summons is not the same act as a criticism, so
 * "Russia denounced the decision" does not target the ambassador summoned.
 */
static void
test_roles_en_same_act_target(void **state)
{
	expect("The European Union imposed sanctions on Iran on Tuesday. Iran "
	    "summoned the Hungarian ambassador. Russia denounced the "
	    "decision.", "RUS", "111", "IGOEUREEC", "RUS", "111", "HUN");
	expect("Canada imposed sanctions on Nicaraguan officials on Monday. "
	    "Sweden welcomed the move. Britain imposed similar sanctions on "
	    "Tuesday.", "GBR", "163", "NIC", "GBR", "163", "SWE");
	expect("Poland expelled two Belarusian diplomats on Monday. Minsk "
	    "called the decision unfriendly. Latvia also expelled a "
	    "diplomat.", "LVA", "166", "BLR", NULL, NULL, NULL);
	expect("Canada imposed sanctions on Nicaragua. Britain imposed "
	    "sanctions on Venezuela.", "GBR", "163", "VEN",
	    "GBR", "163", "NIC");
}

/*
 * "The measures, adopted by EU foreign ministers, freeze ...": a subject
 * noun that names no actor, with an apposed participle and its agent, is
 * that agent's act; an actor subject keeps its own ("The Indian minister,
 * accompanied by officials, met").
 */
static void
test_roles_en_apposed_agent(void **state)
{
	expect("The measures, adopted by EU foreign ministers in Luxembourg, "
	    "freeze the assets of six Iranian officials.",
	    "IGOEUREEC", "163", "IRN", NULL, NULL, NULL);
	expect("The resolution, drafted by France, condemns Russia.",
	    "FRA", "111", "RUS", NULL, NULL, NULL);
	expect("The talks, hosted by Oman, brought together Iranian and US "
	    "officials.", "OMN", "043", "USA", NULL, NULL, NULL);
	expect("The Indian minister, accompanied by officials, met the "
	    "Chinese ambassador.", "IND", "040", "CHN", NULL, NULL, NULL);
}

/*
 * "China, North Korea's main ally, called on ...": an apposition opening
 * with a possessor describes the subject before it (not PRK's call).
 */
static void
test_roles_en_possessor_apposition(void **state)
{
	expect("China, North Korea's main ally, called on Pyongyang to "
	    "exercise restraint.", "CHN", "02", "PRK", "PRK", "02", "PRK");
	expect("The Haitian president, Kenya's main partner in the mission, "
	    "thanked Nairobi.", "HTI", "051", "KEN", "KEN", "051", "KEN");
	expect("Belarus, Russia's closest ally, accused Poland of "
	    "provocations.", "BLR", "112", "POL", "RUS", "112", "POL");
}

/*
 * "condemned the sanctions imposed by the EU": a reaction to an act whose
 * agent the object names addresses that agent; "strikes carried out by
 * India" is a passive despite the particle.
 */
static void
test_roles_en_reaction_object_agent(void **state)
{
	expect("Iran condemned the sanctions imposed by the EU.",
	    "IRN", "111", "IGOEUREEC", NULL, NULL, NULL);
	expect("Greece rejected the claims made by Turkey.",
	    "GRC", "12", "TUR", NULL, NULL, NULL);
	expect("Pakistan criticised the strikes carried out by India.",
	    "IND", "19", "PAK", "PAK", "19", "IND");
	expect("India carried out strikes on Pakistan.",
	    "IND", "19", "PAK", NULL, NULL, NULL);
}

/*
 * "Two French citizens were arrested in Tehran": an agentless arrest in a
 * city is done by the city's state, as one in a country already was.
 */
static void
test_roles_en_arrested_in_city(void **state)
{
	expect("Two French citizens were arrested in Tehran last week.",
	    "IRN", "173", "FRA", "FRA", "173", "FRA");
	expect("A British aid worker was detained in Kabul.",
	    "AFG", "173", "GBR", "GBR", "173", "GBR");
	expect("Two Kenyan activists were arrested in Nairobi.",
	    "KEN", "173", "KEN", NULL, NULL, NULL);
	expect("Three Chinese nationals were detained in Japan.",
	    "JPN", "173", "CHN", NULL, NULL, NULL);
}

/*
 * "fresh military aid for Moldova": the beneficiary after "for" is the
 * target of an aid or support noun; "for its members" names no one.
 */
static void
test_roles_en_aid_for(void **state)
{
	struct extract_result *r;

	expect("Britain unveiled fresh military aid for Moldova on Friday.",
	    "GBR", "07", "MDA", NULL, NULL, NULL);
	expect("Germany approved military aid for Ukraine worth 1 billion "
	    "euros.", "DEU", "07", "UKR", NULL, NULL, NULL);
	expect("Canada unveiled humanitarian aid for Sudan on Friday.",
	    "CAN", "07", "SDN", NULL, NULL, NULL);
	r = run("The EU discussed military aid for its members.");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/*
 * "pledged to keep Kenyan troops in Somalia": the source's own forces in a
 * promise or a withdrawal are what is sent; the place after them is the
 * target (was KEN 0334 KEN).
 */
static void
test_roles_en_own_forces_promised(void **state)
{
	expect("Kenyan President William Ruto hosted Somali President Hassan "
	    "Sheikh Mohamud in Nairobi. Ruto pledged to keep Kenyan troops in "
	    "Somalia.", "KEN", "0334", "SOM", "KEN", "0334", "KEN");
	expect("Chad pledged to send 1,000 soldiers to the Central African "
	    "Republic.", "TCD", "03", "CAF", "TCD", "03", "TCD");
	expect("France will withdraw its troops from Niger by the end of the "
	    "year.", "FRA", "087", "NER", "FRA", "087", "FRA");
}

/*
 * "The sale of tanks to Poland was approved by South Korea": a passive
 * transfer whose subject names the recipient after "to".
 */
static void
test_roles_en_passive_transfer_recipient(void **state)
{
	struct extract_result *r;

	expect("The sale of tanks to Poland was approved by South Korea on "
	    "Monday.", "KOR", "07", "POL", NULL, NULL, NULL);
	expect("A shipment of weapons to Ukraine was delivered by Norway.",
	    "NOR", "07", "UKR", NULL, NULL, NULL);
	expect("Weapons to Armenia were supplied by India last year.",
	    "IND", "07", "ARM", NULL, NULL, NULL);
	r = run("The decision to send aid was approved by Japan.");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/*
 * "Protest leaders", "opposition leaders": the street or the opposition of
 * the story's country, not an unresolved "leaders" whose act went to the
 * subject of the sentence before.
 */
static void
test_roles_en_protest_leaders(void **state)
{
	expect("Thousands marched in Nairobi on Tuesday. Protest leaders "
	    "called for a national strike.", "KEN", "14", "KEN", NULL, NULL,
	    NULL);
	expect("The UN urged restraint. Student leaders demanded the "
	    "resignation of the Bangladeshi prime minister.", "BGD", "10",
	    "BGD", "IGOUNO", "10", "BGD");
	expect("The Georgian government banned the rally. Opposition leaders "
	    "accused the government of rigging the vote.",
	    "GEO", "112", "GEO", NULL, NULL, NULL);
}

/*
 * "accused Moscow's forces of executing prisoners": another state's
 * accusation of a repression or assault that names the persons but not
 * their nationality has no target (the conventions' nationality of the
 * persons), not the accused's own country (was RUS 180 RUS); named
 * victims keep theirs, a rights group's accusation stays domestic.
 */
static void
test_roles_en_accused_act_target(void **state)
{
	expect("Kyiv accused Moscow's forces of executing prisoners.",
	    "RUS", "180", "", "RUS", "180", "RUS");
	expect("Armenia accused Azerbaijani forces of executing prisoners.",
	    "AZE", "180", "", "AZE", "180", "AZE");
	expect("Lithuania accused Belarusian guards of abducting two men.",
	    "BLR", "18", "", "BLR", "18", "BLR");
	expect("Georgia accused Russian border guards of detaining "
	    "villagers.", "RUS", "173", "GEO", NULL, NULL, NULL);
	expect("Amnesty accused Iranian police of torturing detainees.",
	    "IRN", "18", "IRN", "IRN", "18", "NGOAMN");
}

/*
 * A subject carried from the sentence before that would accuse, threaten
 * or sanction itself is no subject ("Iran condemned the sanctions. It was
 * the third time that Europe had imposed sanctions on Tehran": no IRN 163
 * IRN); a carried domestic meeting stays.
 */
static void
test_roles_en_carried_self_act(void **state)
{
	expect("Iran condemned the sanctions. It was the third time this year "
	    "that Europe had imposed sanctions on Tehran.", NULL, NULL, NULL,
	    "IRN", "16", "IRN");
	expect("Russia rejected the claims. It was the first time that "
	    "officials had accused Moscow of interference.", NULL, NULL, NULL,
	    "RUS", "112", "RUS");
	expect("Venezuela denied the report. Analysts said the measures would "
	    "threaten Caracas.", NULL, NULL, NULL, "VEN", "13", "VEN");
	expect("The Georgian president criticised the ruling party. She "
	    "later received opposition figures at her residence.",
	    "GEO", "043", "GEO", NULL, NULL, NULL);
}

/*
 * "accusing them of delivering drones": an accusation whose object is a
 * pronoun for the target just coded still makes its content the act of
 * the accused, reported (was the accuser's own: GBR 072 RUS).
 */
static void
test_roles_en_accusing_them(void **state)
{
	expect("Britain imposed sanctions on Iranian firms, accusing them of "
	    "delivering drones to Russia.", "IRN", "07", "RUS",
	    "GBR", "07", "RUS");
	expect("Australia froze the assets of two Belarusian traders, "
	    "accusing them of selling weapons to Sudan.", "BLR", "0", "SDN",
	    "AUS", "0", "SDN");
	expect("Canada blacklisted three Iranian firms, accusing them of "
	    "delivering missiles to Russia.", "IRN", "07", "RUS",
	    "CAN", "07", "RUS");
	expect("The United States blacklisted two Turkish banks, accusing "
	    "them of handing weapons to Iran.", NULL, NULL, NULL,
	    "USA", "07", "IRN");
}

/*
 * Raising an alert answers the story's launcher or attacker, as the
 * reactions do, not the partner of the joint drills coded just before.
 */
static void
test_roles_en_alert_answers_launcher(void **state)
{
	expect("North Korea fired a missile into the sea on Friday. South "
	    "Korea and Japan held joint naval drills on Saturday. Seoul raised "
	    "its alert level.", "KOR", "152", "PRK", "KOR", "152", "JPN");
	expect("North Korea fired a missile into the sea on Monday. Japan "
	    "raised its alert level.", "JPN", "152", "PRK", NULL, NULL, NULL);
	expect("Iran launched drones toward Israel on Saturday. Jordan raised "
	    "its alert level.", "JOR", "152", "IRN", "JOR", "152", "ISR");
}

/*
 * "Both had rejected earlier packages": a separate act of "the two" that
 * names no one takes a guessed third party for each of them, never one of
 * the two toward the other ("Both leaders condemned the attack" after
 * their meeting: nothing).
 */
static void
test_roles_en_both_guessed(void **state)
{
	static const char *eu = "The European Union imposed sanctions on "
	    "Iran on Monday. Russia and China criticised the move. Both had "
	    "rejected earlier packages.";

	expect(eu, "RUS", "12", "IGOEUREEC", "RUS", "12", "CHN");
	expect(eu, "CHN", "12", "IGOEUREEC", "CHN", "12", "RUS");
	expect("Israel struck targets in Syria on Monday. Egypt and Jordan "
	    "condemned the strikes. Both had warned against escalation.",
	    "JOR", "13", "ISR", "EGY", "13", "JOR");
	expect("France and Germany met in Paris. Both leaders condemned the "
	    "attack.", "FRA", "040", "DEU", "FRA", "111", "DEU");
}

/*
 * "Cuba and Nicaragua rejected the claim" after "The United States
 * accused Venezuela of ...": a rejection answers the accuser, not the
 * accused.
 */
static void
test_roles_en_rejection_answers_accuser(void **state)
{
	expect("The United States accused Venezuela of rigging the election. "
	    "Cuba and Nicaragua rejected the claim.", "CUB", "12", "USA",
	    "CUB", "12", "VEN");
	expect("Britain accused Iran of plotting attacks. Syria rejected the "
	    "accusation.", "SYR", "12", "GBR", "SYR", "12", "IRN");
	expect("Poland accused Belarus of staging provocations. Russia "
	    "dismissed the charge.", "RUS", "12", "POL", "RUS", "12", "BLR");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles_en_it_main_subject),
		cmocka_unit_test(test_roles_en_they_last_subject),
		cmocka_unit_test(test_roles_en_carried_own_envoy),
		cmocka_unit_test(test_roles_en_closing_attribution),
		cmocka_unit_test(test_roles_en_vice_premier),
		cmocka_unit_test(test_roles_en_deal_signed_by_pair),
		cmocka_unit_test(test_roles_en_envoy_post),
		cmocka_unit_test(test_roles_en_reason_gerund),
		cmocka_unit_test(test_roles_en_with_stops_at_adjunct),
		cmocka_unit_test(test_roles_en_possessed_decision),
		cmocka_unit_test(test_roles_en_adjunct_gerund),
		cmocka_unit_test(test_roles_en_possessive_at),
		cmocka_unit_test(test_roles_en_both_each),
		cmocka_unit_test(test_roles_en_between_after_adjuncts),
		cmocka_unit_test(test_roles_en_secretary_general),
		cmocka_unit_test(test_roles_en_pronoun_relative),
		cmocka_unit_test(test_roles_en_apposed_name_subject),
		cmocka_unit_test(test_roles_en_envoy_passive),
		cmocka_unit_test(test_roles_en_counted_group),
		cmocka_unit_test(test_roles_en_praised_possessed_act),
		cmocka_unit_test(test_roles_en_reported_coordination),
		cmocka_unit_test(test_roles_en_no_self_accusation),
		cmocka_unit_test(test_roles_en_reaction_to_accused),
		cmocka_unit_test(test_roles_en_bloc_anaphor),
		cmocka_unit_test(test_roles_en_same_act_target),
		cmocka_unit_test(test_roles_en_apposed_agent),
		cmocka_unit_test(test_roles_en_possessor_apposition),
		cmocka_unit_test(test_roles_en_reaction_object_agent),
		cmocka_unit_test(test_roles_en_arrested_in_city),
		cmocka_unit_test(test_roles_en_both_sides_co_subjects),
		cmocka_unit_test(test_roles_en_aid_for),
		cmocka_unit_test(test_roles_en_own_forces_promised),
		cmocka_unit_test(test_roles_en_passive_transfer_recipient),
		cmocka_unit_test(test_roles_en_protest_leaders),
		cmocka_unit_test(test_roles_en_accused_act_target),
		cmocka_unit_test(test_roles_en_carried_self_act),
		cmocka_unit_test(test_roles_en_accusing_them),
		cmocka_unit_test(test_roles_en_alert_answers_launcher),
		cmocka_unit_test(test_roles_en_both_guessed),
		cmocka_unit_test(test_roles_en_rejection_answers_accuser),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
