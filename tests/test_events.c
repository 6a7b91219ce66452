/*
 * test_events: the pattern vocabulary (generated inflections, tenses, CAMEO
 * table) and event coding: modes, passives, symmetric subjects, hosts,
 * quotes excluded. Uses the real data directory.
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
#include "newsev/patterns.h"
#include "newsev/text.h"
#include "testlib.h"


static struct extract_result *
run(const char *text, const char *lang)
{
	return testlib_run("e1", text, lang);
}

/* The pattern and tenses a folded form triggers in lang. */
static const struct pat_hit *
lookup(const char *form, const char *lang)
{
	const struct pat_hit *h;

	for (h = patterns_lookup(testlib_dict()->pat, text_hash(form, strlen(form)),
	    form); h; h = h->next)
		if (strcmp(h->pat->lang, lang) == 0)
			return h;
	return NULL;
}

static void
test_events_generated_forms(void **state)
{
	const struct pat_hit *h;

	assert_non_null(h = lookup("signeraient", "fr"));
	assert_string_equal(h->pat->lemma, "signer");
	assert_true(h->tense & TENSE_COND);
	assert_non_null(h = lookup("signera", "fr"));
	assert_true(h->tense & TENSE_FUT);
	assert_non_null(h = lookup("rencontrees", "fr"));
	assert_string_equal(h->pat->lemma, "rencontrer");
	assert_true(h->tense & TENSE_PART);
	assert_non_null(h = lookup("entretiendront", "fr"));
	assert_string_equal(h->pat->lemma, "entretenir");
	assert_non_null(h = lookup("fournisse", "fr"));	/* subjunctive */
	assert_non_null(h = lookup("imposed", "en"));
	assert_string_equal(h->pat->lemma, "impose");
	assert_non_null(h = lookup("met", "en"));
	assert_string_equal(h->pat->lemma, "meet");
	assert_null(lookup("signal", "fr"));
}

static void
test_events_cameo_table(void **state)
{
	const struct pat_code *c;
	char code[4];

	for (int root = 1; root <= 20; root++) {
		snprintf(code, sizeof(code), "%02d0", root);
		assert_non_null(c = patterns_code(testlib_dict()->pat, code));
		assert_int_equal(c->root, root);
		assert_int_equal(c->quad, root <= 4 ? 1 : root <= 8 ? 2 :
		    root <= 13 ? 3 : 4);
	}
	assert_non_null(c = patterns_code(testlib_dict()->pat, "163"));
	assert_string_equal(c->plover, "COERCE");
	assert_true(c->goldstein < -5);
	/* the PLOVER 2021 table's names: no DISAPPROVE, INVESTIGATE, FIGHT */
	assert_non_null(c = patterns_code(testlib_dict()->pat, "161"));
	assert_string_equal(c->plover, "SANCTION");
	assert_non_null(c = patterns_code(testlib_dict()->pat, "111"));
	assert_string_equal(c->plover, "ACCUSE");
	assert_non_null(c = patterns_code(testlib_dict()->pat, "091"));
	assert_string_equal(c->plover, "ACCUSE");
	assert_non_null(c = patterns_code(testlib_dict()->pat, "190"));
	assert_string_equal(c->plover, "ASSAULT");
	assert_non_null(c = patterns_code(testlib_dict()->pat, "100"));
	assert_string_equal(c->plover, "REQUEST");
}

static void
test_events_modes_fr(void **state)
{
	struct extract_result *r = run("Selon des diplomates, la Russie "
	    "aurait signé un accord avec l'Iran. La France signera un accord "
	    "avec l'Inde. L'Égypte refuse de signer un accord avec Israël.",
	    "fr");

	assert_int_equal(testlib_find(r, "RUS", "057", "IRN")->mode,
	    EXTRACT_MODE_REPORTED);
	assert_int_equal(testlib_find(r, "FRA", "057", "IND")->mode,
	    EXTRACT_MODE_PLANNED);
	/* conventions: a refusal is coded as such (ASSERTED), not as the
	 * refused act NEGATED */
	assert_non_null(testlib_find(r, "EGY", "120", "ISR"));
	assert_int_equal(testlib_find(r, "EGY", "120", "ISR")->mode,
	    EXTRACT_MODE_ASSERTED);
	assert_null(testlib_find(r, "EGY", "057", "ISR"));
	extract_result_free(r);
	r = run("L'Égypte n'a pas signé l'accord avec Israël.", "fr");
	assert_non_null(testlib_find(r, "EGY", "057", "ISR"));
	assert_int_equal(testlib_find(r, "EGY", "057", "ISR")->mode,
	    EXTRACT_MODE_NEGATED);
	extract_result_free(r);
}

static void
test_events_modes_en(void **state)
{
	struct extract_result *r = run("The United States will impose "
	    "sanctions on Iran. China could attack Taiwan. Russia reportedly "
	    "supplied drones to Iran. Japan did not sign the deal with China.",
	    "en");

	assert_int_equal(testlib_find(r, "USA", "163", "IRN")->mode,
	    EXTRACT_MODE_PLANNED);
	assert_int_equal(testlib_find(r, "CHN", "190", "TWN")->mode,
	    EXTRACT_MODE_HYPOTHETICAL);
	assert_int_equal(testlib_find(r, "RUS", "072", "IRN")->mode,
	    EXTRACT_MODE_REPORTED);
	assert_int_equal(testlib_find(r, "JPN", "057", "CHN")->mode,
	    EXTRACT_MODE_NEGATED);
	extract_result_free(r);
}

static void
test_events_passive_agent(void **state)
{
	struct extract_result *r = run("Un opposant camerounais a été arrêté "
	    "dimanche par la police tchadienne.", "fr");
	const struct extract_event *e = testlib_find(r, "TCD", "173", "CMR");

	assert_non_null(e);
	assert_string_equal(e->source.role, "COP");
	assert_string_equal(e->date.value, "2024-06-16");
	assert_true(e->confidence > 0 && e->confidence <= 1);
	extract_result_free(r);
}

static void
test_events_symmetric_subjects(void **state)
{
	struct extract_result *r = run("Le Japon et l'Inde ont signé un "
	    "accord de défense. Plus tard, les deux pays ont signé un pacte "
	    "commercial.", "fr");

	/* one event, the first-named as source, in both languages */
	assert_non_null(testlib_find(r, "JPN", "057", "IND"));
	assert_null(testlib_find(r, "IND", "057", "JPN"));
	assert_int_equal(testlib_find(r, "JPN", "057", "IND")->mentions, 2);
	extract_result_free(r);
	r = run("Japan and India signed a defence pact.", "en");
	assert_non_null(testlib_find(r, "JPN", "057", "IND"));
	assert_null(testlib_find(r, "IND", "057", "JPN"));
	extract_result_free(r);
	r = run("Chilean and Argentine troops clashed near the border on "
	    "Monday.", "en");
	assert_non_null(testlib_find(r, "CHL", "190", "ARG"));
	assert_null(testlib_find(r, "ARG", "190", "CHL"));
	extract_result_free(r);
}

static void
test_events_symmetric_place_named_first(void **state)
{
	/* the host named only as a place: the visitor is the first actor */
	struct extract_result *r = run("Argentina bought six patrol boats "
	    "from Spain on Monday. The purchase follows a visit to Madrid by "
	    "Argentine President Javier Milei in March, during which the two "
	    "countries signed a defence cooperation accord.", "en");

	assert_non_null(testlib_find(r, "ARG", "057", "ESP"));
	assert_null(testlib_find(r, "ESP", "057", "ARG"));
	extract_result_free(r);
}

static void
test_events_host(void **state)
{
	struct extract_result *r = run("Le Premier ministre japonais a reçu "
	    "le président sud-coréen à Tokyo.", "fr");
	const struct extract_event *e = testlib_find(r, "JPN", "043", "KOR");

	assert_non_null(e);
	assert_string_equal(e->plover_type, "CONSULT");
	assert_string_equal(e->location.name, "Tokyo");
	extract_result_free(r);
}

static void
test_events_not_inside_quotes(void **state)
{
	struct extract_result *r = run("« Nous allons attaquer la Russie », "
	    "a déclaré le ministre ukrainien.", "fr");

	assert_null(testlib_find(r, "UKR", "190", "RUS"));
	assert_int_equal(r->n_quotes, 1);
	extract_result_free(r);
}

static void
test_events_object_pronoun_possessive(void **state)
{
	struct extract_result *r = run("The EU imposed new sanctions on Chinese "
	    "companies, accusing them of helping Russia. Sudan's army accused "
	    "Ethiopian forces of shelling the border.", "en");
	const struct extract_event *e = testlib_find(r, "IGOEUREEC", "112", "CHN");

	assert_non_null(testlib_find(r, "IGOEUREEC", "163", "CHN"));
	assert_non_null(e);
	assert_null(testlib_find(r, "IGOEUREEC", "112", "RUS"));
	assert_non_null(e = testlib_find(r, "SDN", "112", "ETH"));
	assert_string_equal(e->source.cameo, "SDNMIL");
	extract_result_free(r);
}

static void
test_events_coordinated_list(void **state)
{
	struct extract_result *r = run("Washington, Londres, Paris et Berlin "
	    "avaient accusé Téhéran en septembre dernier.", "fr");

	assert_non_null(testlib_find(r, "USA", "112", "IRN"));
	assert_non_null(testlib_find(r, "GBR", "112", "IRN"));
	assert_non_null(testlib_find(r, "FRA", "112", "IRN"));
	assert_non_null(testlib_find(r, "DEU", "112", "IRN"));
	assert_string_equal(testlib_find(r, "FRA", "112", "IRN")->date.value,
	    "2023-09");
	extract_result_free(r);
}

/* A nominal trigger codes when a preposition names its target. */
static void
test_events_noun_prep_target(void **state)
{
	struct extract_result *r = run("L'Union européenne a adopté lundi de "
	    "nouvelles sanctions contre l'Iran. Washington a annoncé la "
	    "rupture de ses relations avec Caracas.", "fr");
	const struct extract_event *e = testlib_find(r, "IGOEUREEC", "163", "IRN");

	assert_non_null(e);
	assert_string_equal(e->date.value, "2024-06-17");
	assert_string_equal(e->trigger, "sanctions");
	assert_non_null(testlib_find(r, "USA", "161", "VEN"));
	extract_result_free(r);
}

/* The object stops at the clause; a capital after "à" is the addressee. */
static void
test_events_clause_object(void **state)
{
	struct extract_result *r = run("Alger a rappelé en juillet son "
	    "ambassadeur à Rabat. Kigali a expulsé deux diplomates "
	    "burundais.", "fr");
	const struct extract_event *e = testlib_find(r, "DZA", "161", "MAR");

	assert_non_null(e);
	assert_string_equal(e->date.value, "2023-07");
	assert_null(testlib_find(r, "DZA", "161", "DZA"));
	assert_non_null(testlib_find(r, "RWA", "166", "BDI"));
	assert_null(testlib_find(r, "RWA", "174", "BDI"));
	extract_result_free(r);
}

/*
 * "close" right before "to"/"by" with no modal, "to", auxiliary or pronoun
 * before it is the adjective; after one, the verb.
 */
static void
test_events_close_adjective(void **state)
{
	struct extract_result *r = run("Russian troops were deployed close to "
	    "the border with Ukraine on Monday.", "en");

	assert_null(testlib_find(r, "RUS", "191", "UKR"));
	assert_non_null(testlib_find(r, "RUS", "154", "UKR"));
	extract_result_free(r);
	r = run("Two Russian battalions close to the Estonian border were put "
	    "on alert.", "en");
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
	r = run("Poland will close to traffic its border with Belarus on "
	    "Friday.", "en");
	assert_non_null(testlib_find(r, "POL", "191", "BLR"));
	extract_result_free(r);
	r = run("Finland decided to close by Friday its border with Russia.",
	    "en");
	assert_non_null(testlib_find(r, "FIN", "191", "RUS"));
	extract_result_free(r);
}

/*
 * Inert event nouns after a verb of announcement ("announced the closure
 * of the French embassy", "a annoncé la suspension de sa coopération"):
 * the sentence subject acts on the owner of what is closed or suspended.
 */
static void
test_events_inert_nouns(void **state)
{
	struct extract_result *r = run("Niger announced the closure of the "
	    "French embassy in Niamey.", "en");

	assert_non_null(testlib_find(r, "NER", "161", "FRA"));
	extract_result_free(r);
	r = run("Le Mali a annoncé la suspension de sa coopération militaire "
	    "avec la France.", "fr");
	assert_non_null(testlib_find(r, "MLI", "162", "FRA"));
	assert_null(testlib_find(r, "MLI", "062", "FRA"));
	extract_result_free(r);
	r = run("Le Niger a annoncé la fermeture du consulat français.", "fr");
	assert_non_null(testlib_find(r, "NER", "161", "FRA"));
	extract_result_free(r);
}

/* Dates: "désormais" names no day; the trigger's own clause wins. */
static void
test_events_clause_date(void **state)
{
	struct extract_result *r = run("La Russie a désormais condamné la "
	    "Géorgie. Le Japon a signé mardi un accord avec l'Inde, qui avait "
	    "critiqué le Pakistan le 3 mars.", "fr");
	const struct extract_event *e = testlib_find(r, "RUS", "111", "GEO");

	assert_non_null(e);
	assert_string_equal(e->date.value, "2024-06-20");
	assert_non_null(e = testlib_find(r, "JPN", "057", "IND"));
	assert_string_equal(e->date.value, "2024-06-18");
	assert_non_null(e = testlib_find(r, "IND", "111", "PAK"));
	assert_string_equal(e->date.value, "2024-03-03");
	extract_result_free(r);
	/* a date inside another clause is not the trigger's */
	r = run("Le Venezuela a condamné le Guyana, qui avait signé un accord "
	    "en novembre dernier. Pékin a averti Taïwan, que Pékin qualifie "
	    "de « séparatiste ».", "fr");
	assert_non_null(e = testlib_find(r, "VEN", "111", "GUY"));
	assert_string_equal(e->date.value, "2024-06-20");
	assert_non_null(testlib_find(r, "CHN", "111", "TWN"));
	extract_result_free(r);
}

/* Compound predicates of the French conventions. */
static void
test_events_fr_compound_predicates(void **state)
{
	struct extract_result *r = run("Le Kremlin a refusé de commenter le "
	    "contrat avec l'Arménie. La junte a refusé de libérer le président "
	    "nigérien. Tokyo a élevé une protestation auprès de Pyongyang.",
	    "fr");
	const struct extract_event *e = testlib_find(r, "RUS", "011", "");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_ASSERTED);
	assert_null(testlib_find(r, "RUS", "011", "ARM"));	/* declining: no one */
	assert_non_null(testlib_find(r, "JPN", "114", "PRK"));
	extract_result_free(r);
	/* what is threatened or urged is no event of its own (roots only:
	 * the codes under them are the vocabulary's) */
	r = run("Le département d'État a menacé d'imposer des sanctions à la "
	    "Géorgie. Amnesty International a exhorté les autorités "
	    "centrafricaines à arrêter les auteurs.", "fr");
	assert_non_null(testlib_find(r, "USA", "13", "GEO"));
	assert_null(testlib_find(r, "USA", "163", "GEO"));
	assert_non_null(testlib_find(r, "NGOAMN", "02", "CAF"));
	assert_null(testlib_find(r, "CAF", "173", "CAF"));
	extract_result_free(r);
}

/* "l'Iran, accusé de fournir ... à la Russie": apposition and complement. */
static void
test_events_accusation_links(void **state)
{
	struct extract_result *r = run("L'Union européenne a adopté lundi de "
	    "nouvelles sanctions contre l'Iran, accusé de fournir des drones à "
	    "la Russie. Kigali avait expulsé deux diplomates burundais, accusés "
	    "d'espionnage.", "fr");
	const struct extract_event *e = testlib_find(r, "IRN", "072", "RUS");

	assert_non_null(testlib_find(r, "IGOEUREEC", "112", "IRN"));
	assert_null(testlib_find(r, "IGOEUREEC", "112", "RUS"));
	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_REPORTED);
	assert_non_null(testlib_find(r, "RWA", "112", "BDI"));
	assert_null(testlib_find(r, "BDI", "112", "RWA"));
	extract_result_free(r);
}

/* French joint actions: one event, the first-named actor as source. */
static void
test_events_joint_one_way_fr(void **state)
{
	struct extract_result *r = run("La Bolivie et le Pérou ont signé "
	    "mardi un accord de coopération. Le Venezuela et le Guyana se sont "
	    "rencontrés jeudi à Kingstown.", "fr");

	assert_non_null(testlib_find(r, "BOL", "057", "PER"));
	assert_null(testlib_find(r, "PER", "057", "BOL"));
	assert_non_null(testlib_find(r, "VEN", "040", "GUY"));
	assert_null(testlib_find(r, "VEN", "040", "VCT"));
	extract_result_free(r);
	/* the signing place is no party */
	r = run("Le Japon et les Philippines ont signé lundi à Manille un "
	    "accord de défense.", "fr");
	assert_non_null(testlib_find(r, "JPN", "057", "PHL"));
	assert_null(testlib_find(r, "PHL", "057", "PHL"));
	extract_result_free(r);
}

/* Modes: accused acts are REPORTED, conditionals, refusals, attributions. */
static void
test_events_modes_clauses(void **state)
{
	struct extract_result *r = run("Les Philippines ont accusé mercredi "
	    "les garde-côtes chinois d'avoir abordé lundi deux embarcations et "
	    "d'y avoir saisi des armes, blessant un marin philippin. La Banque "
	    "mondiale a annoncé jeudi qu'elle accorderait un prêt de 6 "
	    "milliards de dollars à l'Égypte. Le président philippin a affirmé "
	    "que son pays ne céderait à aucune intimidation de la Chine. "
	    "L'Arabie saoudite et l'Iran ont signé un accord, selon une "
	    "déclaration commune.", "fr");
	const struct extract_event *e = testlib_find(r, "CHN", "1711", "PHL");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_REPORTED);
	assert_string_equal(e->date.value, "2024-06-17");
	assert_int_equal(testlib_find(r, "CHN", "182", "PHL")->mode,
	    EXTRACT_MODE_REPORTED);
	assert_int_equal(testlib_find(r, "IGOWBK", "071", "EGY")->mode,
	    EXTRACT_MODE_PLANNED);
	assert_int_equal(testlib_find(r, "PHL", "124", "CHN")->mode,
	    EXTRACT_MODE_ASSERTED);
	assert_int_equal(testlib_find(r, "SAU", "057", "IRN")->mode,
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
	r = run("Le Pakistan a expulsé des Afghans, selon l'ONU.", "fr");
	assert_int_equal(testlib_find(r, "PAK", "174", "AFG")->mode,
	    EXTRACT_MODE_REPORTED);
	extract_result_free(r);
}

/* The mediator gets one event per party (the event just coded, "entre"). */
static void
test_events_mediation(void **state)
{
	struct extract_result *r = run("La RDC et le Rwanda sont convenus "
	    "mardi d'un cessez-le-feu, sous l'égide du président angolais. Le "
	    "secrétaire général de la Ligue arabe s'est dit prêt à jouer les "
	    "médiateurs entre Alger et Rabat.", "fr");

	assert_non_null(testlib_find(r, "COD", "0871", "RWA"));
	assert_non_null(testlib_find(r, "AGO", "045", "COD"));
	assert_non_null(testlib_find(r, "AGO", "045", "RWA"));
	assert_non_null(testlib_find(r, "IGOARL", "039", "DZA"));
	assert_non_null(testlib_find(r, "IGOARL", "039", "MAR"));
	assert_null(testlib_find(r, "IGOARL", "030", "DZA"));
	extract_result_free(r);
	r = run("Russia and Ukraine exchanged 150 prisoners on Sunday in a swap "
	    "mediated by the United Arab Emirates.", "en");
	assert_non_null(testlib_find(r, "ARE", "045", "RUS"));
	assert_non_null(testlib_find(r, "ARE", "045", "UKR"));
	extract_result_free(r);
}

/* Short quoted fragments still code; unnamed people repressed: domestic. */
static void
test_events_fragment_and_domestic(void **state)
{
	struct extract_result *r = run("Le Kenya s'est dit « optimiste » sur "
	    "les négociations avec la Somalie. La police géorgienne a dispersé "
	    "samedi des milliers de personnes.", "fr");
	const struct extract_event *e = testlib_find(r, "GEO", "175", "GEO");

	assert_non_null(testlib_find(r, "KEN", "013", "SOM"));
	assert_non_null(e);
	assert_string_equal(e->date.value, "2024-06-15");
	extract_result_free(r);
}

/* Coordinated subjects of a hostile act are each a source, not a pair. */
static void
test_events_coordinated_not_pair(void **state)
{
	struct extract_result *r = run("La Chine et la Russie ont condamné "
	    "les États-Unis.", "fr");

	assert_non_null(testlib_find(r, "CHN", "111", "USA"));
	assert_non_null(testlib_find(r, "RUS", "111", "USA"));
	assert_null(testlib_find(r, "CHN", "111", "RUS"));
	extract_result_free(r);
}

/* "a condamné les frappes": the target is the author of the strikes. */
static void
test_events_reaction_to_event_noun(void **state)
{
	struct extract_result *r = run("L'aviation birmane a bombardé un "
	    "village samedi. L'ASEAN a annoncé une visite en Thaïlande. L'ONU "
	    "a condamné dimanche les frappes.", "fr");
	const struct extract_event *e = testlib_find(r, "IGOUNO", "111", "MMR");

	assert_non_null(e);
	assert_string_equal(e->date.value, "2024-06-16");
	assert_null(testlib_find(r, "IGOUNO", "111", "IGOSEAASN"));
	extract_result_free(r);
}

/* English: "the attack" is a noun; "and called" shares the subject. */
static void
test_events_en_noun_and_coordinated_verb(void **state)
{
	struct extract_result *r = run("United Nations Secretary-General "
	    "Antonio Guterres condemned the attack on Mali and called for an "
	    "independent investigation. Venezuela expelled Spain's ambassador "
	    "on Thursday and recalled its own envoy from Madrid.", "en");

	assert_non_null(testlib_find(r, "IGOUNO", "111", "MLI"));
	assert_non_null(testlib_find(r, "IGOUNO", "020", "MLI"));
	assert_null(testlib_find(r, "IGOUNO", "190", "MLI"));
	assert_non_null(testlib_find(r, "VEN", "166", "ESP"));
	assert_non_null(testlib_find(r, "VEN", "161", "ESP"));
	assert_null(testlib_find(r, "VEN", "161", "VEN"));
	extract_result_free(r);
}

/* "alors" dates a clause like the last date; bare group words are weak. */
static void
test_events_then_date_and_weak_object(void **state)
{
	struct extract_result *r = run("La Somalie a protesté en janvier "
	    "contre un accord. La Somalie avait alors rappelé son ambassadeur "
	    "en Éthiopie. L'armée chinoise a lancé mardi des manœuvres "
	    "militaires autour de Taïwan.", "fr");
	const struct extract_event *e = testlib_find(r, "SOM", "161", "ETH");

	assert_non_null(e);
	assert_string_equal(e->date.value, "2024-01");
	assert_non_null(e = testlib_find(r, "CHN", "150", "TWN"));
	assert_string_equal(e->date.value, "2024-06-18");
	assert_null(testlib_find(r, "CHN", "150", "CHN"));
	extract_result_free(r);
}

/* "both sides"/"les deux pays" as object: one event per party; visits. */
static void
test_events_dual_object_and_visit_object(void **state)
{
	struct extract_result *r = run("Russia and Ukraine exchanged prisoners "
	    "on Sunday. The UAE thanked both sides for their cooperation. "
	    "Japan's defence minister is due to visit New Delhi in November.",
	    "en");
	const struct extract_event *e = testlib_find(r, "JPN", "042", "IND");

	assert_non_null(testlib_find(r, "ARE", "051", "RUS"));
	assert_non_null(testlib_find(r, "ARE", "051", "UKR"));
	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_PLANNED);
	assert_string_equal(e->date.value, "2024-11");
	extract_result_free(r);
	r = run("L'Algérie a rompu ses relations avec le Maroc. L'Arabie "
	    "saoudite a appelé les deux pays voisins à privilégier le "
	    "dialogue.", "fr");
	assert_non_null(testlib_find(r, "SAU", "02", "DZA"));
	assert_non_null(testlib_find(r, "SAU", "02", "MAR"));
	extract_result_free(r);
}

/* No comment has no target; a participle after "le contrat" refers back;
 * a police contingent arriving is a deployment. */
static void
test_events_no_comment_back_reference_contingent(void **state)
{
	struct extract_result *r = run("La France a signé mardi un contrat "
	    "d'armement avec l'Arménie. Le Kremlin a refusé de commenter le "
	    "contrat signé à Paris. Un premier contingent de 400 policiers "
	    "kényans est arrivé mardi à Port-au-Prince.", "fr");
	const struct extract_event *e = testlib_find(r, "RUS", "011", "");

	assert_non_null(e);
	assert_string_equal(e->target.text, "");
	assert_null(testlib_find(r, "RUS", "057", "FRA"));
	assert_non_null(testlib_find(r, "FRA", "057", "ARM"));
	assert_non_null(testlib_find(r, "KEN", "074", "HTI"));
	assert_null(testlib_find(r, "KEN", "042", "HTI"));
	extract_result_free(r);
}

/* "signé par X ... et son homologue Y"; "la capitale française". */
static void
test_events_passive_pair_and_capital(void **state)
{
	struct extract_result *r = run("Le contrat a été signé mardi par le "
	    "ministre français des armées, Sébastien Lecornu, et son homologue "
	    "arménien. Le ministre arménien était arrivé lundi dans la capitale "
	    "française.", "fr");
	const struct extract_event *e = testlib_find(r, "ARM", "042", "FRA");

	assert_non_null(testlib_find(r, "FRA", "057", "ARM"));
	assert_non_null(e);
	assert_string_equal(e->date.value, "2024-06-17");
	extract_result_free(r);
}

/* "X et la guérilla de Y (Z) ont signé un accord de cessez-le-feu". */
static void
test_events_phrase_head_and_ceasefire(void **state)
{
	struct extract_result *r = run("Le gouvernement colombien et la "
	    "guérilla de l'Armée de libération nationale (ELN) ont signé "
	    "vendredi à La Havane un accord de cessez-le-feu.", "fr");
	const struct extract_event *e = testlib_find(r, "COL", "057", "COL");

	assert_non_null(e);
	assert_string_equal(e->source.role, "GOV");
	assert_non_null(testlib_find(r, "COL", "0871", "COL"));
	assert_null(testlib_find(r, "COL", "057", "CUB"));
	extract_result_free(r);
	r = run("Le Fonds monétaire international (FMI) et l'Égypte ont conclu "
	    "mercredi un accord portant sur un prêt.", "fr");
	assert_non_null(testlib_find(r, "IGOIMF", "057", "EGY"));
	extract_result_free(r);
	r = run("Pékin a rejeté toute responsabilité et accusé les navires "
	    "philippins.", "fr");
	assert_non_null(testlib_find(r, "CHN", "016", "PHL"));
	assert_null(testlib_find(r, "CHN", "120", "PHL"));
	extract_result_free(r);
}

/* Needs far in the clause; an English demonym heading the subject; a
 * verb coordinated with a mediation verb shares its subject. */
static void
test_events_en_subjects_and_far_needs(void **state)
{
	struct extract_result *r = run("Japan will send a team of military "
	    "medics and 20 tonnes of relief supplies to the Philippines. "
	    "Pakistani warplanes struck suspected militant hideouts inside "
	    "Afghanistan on Monday. Russia and Ukraine exchanged prisoners on "
	    "Sunday. The UAE said it had brokered the deal after weeks of "
	    "contacts with Moscow and Kyiv and thanked both sides for their "
	    "cooperation.", "en");
	const struct extract_event *e = testlib_find(r, "JPN", "073", "PHL");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_PLANNED);
	assert_non_null(e = testlib_find(r, "PAK", "195", "AFG"));
	assert_string_equal(e->date.value, "2024-06-17");
	assert_non_null(testlib_find(r, "ARE", "051", "RUS"));
	assert_non_null(testlib_find(r, "ARE", "051", "UKR"));
	assert_null(testlib_find(r, "RUS", "051", "UKR"));
	extract_result_free(r);
	r = run("China launched large-scale military drills around Taiwan on "
	    "Monday.", "en");
	assert_non_null(testlib_find(r, "CHN", "150", "TWN"));
	extract_result_free(r);
	/* "by X" after a noun is its object, after a participle its agent */
	r = run("Poland's parliament has demanded an immediate admission by "
	    "Moscow. Turkey welcomed the sanctions imposed by the EU on "
	    "Syria.", "en");
	assert_non_null(testlib_find(r, "POL", "100", "RUS"));
	assert_non_null(testlib_find(r, "IGOEUREEC", "163", "SYR"));
	assert_null(testlib_find(r, "IGOEUREEC", "163", "TUR"));
	extract_result_free(r);
}

/* A coordinated object gets the event twice; "fait usage de canons à eau". */
static void
test_events_object_conjunct_and_water_cannon(void **state)
{
	struct extract_result *r = run("Pékin a mis en garde Tokyo et Manille "
	    "contre la formation de petits cercles. La police belge a fait "
	    "usage lundi de canons à eau.", "fr");
	const struct extract_event *e = testlib_find(r, "BEL", "175", "BEL");

	assert_non_null(testlib_find(r, "CHN", "130", "JPN"));
	assert_non_null(testlib_find(r, "CHN", "130", "PHL"));
	assert_non_null(e);
	assert_string_equal(e->source.role, "COP");
	extract_result_free(r);
}

/*
 * The organization seized is the forum, not the target ("saisi le Conseil
 * de sécurité", "referred ... to the Security Council"), nor the object
 * of a verb coordinated before; "replied"/"retorted" report speech.
 */
static void
test_events_forum_coordinated_reply(void **state)
{
	struct extract_result *r = run("Le Venezuela a menacé mardi le "
	    "Guyana. Georgetown a dénoncé une menace directe et saisi le "
	    "Conseil de sécurité de l'ONU. Le Bénin a saisi la Cour "
	    "internationale de justice contre le Niger.", "fr");

	assert_non_null(testlib_find(r, "GUY", "114", "VEN"));
	assert_null(testlib_find(r, "GUY", "114", "IGOUNO"));
	assert_null(testlib_find(r, "GUY", "111", "IGOUNO"));
	assert_non_null(testlib_find(r, "BEN", "115", "NER"));
	extract_result_free(r);
	r = run("Ukraine accused Russia on Monday of shelling Kharkiv. The "
	    "European Union condemned the strikes and called on Moscow to "
	    "stop. \"We will not yield,\" replied Dmitry Peskov. \"Never,\" "
	    "Jane Doe retorted. Ukraine referred the dispute to the UN "
	    "Security Council.", "en");
	assert_non_null(testlib_find(r, "UKR", "114", "RUS"));
	assert_null(testlib_find(r, "UKR", "114", "IGOUNO"));
	assert_non_null(testlib_find(r, "IGOEUREEC", "020", "RUS"));
	assert_int_equal(r->n_quotes, 2);
	assert_string_equal(r->quotes[0].speaker.name, "Dmitry Peskov");
	assert_string_equal(r->quotes[1].speaker.name, "Jane Doe");
	extract_result_free(r);
}

/*
 * Criticism of an event noun targets its author, not an actor named after
 * the noun ("condemned the strikes as a breach of Syrian sovereignty");
 * "fired on ... positions" is military force, "fired the minister" not;
 * "rejected the criticism" answers the critic.
 */
static void
test_events_reaction_author_and_fire(void **state)
{
	struct extract_result *r = run("Israeli jets struck targets inside "
	    "Syria on Sunday. Damascus condemned the strikes as a breach of "
	    "Syrian sovereignty. Syrian troops fired on Israeli positions. "
	    "The Kenyan president fired his interior minister on Monday.",
	    "en");

	assert_non_null(testlib_find(r, "ISR", "195", "SYR"));
	assert_non_null(testlib_find(r, "SYR", "111", "ISR"));
	assert_null(testlib_find(r, "SYR", "111", "SYR"));
	assert_non_null(testlib_find(r, "SYR", "190", "ISR"));
	assert_null(testlib_find(r, "KEN", "190", "KEN"));
	extract_result_free(r);
	/* "the criticism" names an earlier criticism: its author */
	r = run("Turkey signed a gas deal with Hungary on Monday. Germany "
	    "criticised the deal on Tuesday. Ankara rejected the criticism.",
	    "en");
	assert_non_null(testlib_find(r, "DEU", "111", "TUR"));
	assert_non_null(testlib_find(r, "TUR", "120", "DEU"));
	assert_null(testlib_find(r, "TUR", "120", "HUN"));
	extract_result_free(r);
}

/* Condolences offered, sent, presented or expressed are 018, not 030/072. */
static void
test_events_condolences(void **state)
{
	struct extract_result *r = run("Gunmen attacked a hotel in Mogadishu "
	    "on Monday. Kenya offered its condolences to Somalia. Egypt sent "
	    "condolences to the Somali people.", "en");

	assert_non_null(testlib_find(r, "KEN", "018", "SOM"));
	assert_null(testlib_find(r, "KEN", "030", "SOM"));
	assert_non_null(testlib_find(r, "EGY", "018", "SOM"));
	assert_null(testlib_find(r, "EGY", "07", "SOM"));
	extract_result_free(r);
	r = run("Le Maroc a présenté ses condoléances à l'Algérie après le "
	    "séisme. La Tunisie a exprimé mardi ses condoléances au peuple "
	    "algérien.", "fr");
	assert_non_null(testlib_find(r, "MAR", "018", "DZA"));
	assert_non_null(testlib_find(r, "TUN", "018", "DZA"));
	extract_result_free(r);
}

/* The subject of a verb after a relative clause set off by commas is the
 * relative's antecedent, not an actor inside the clause. */
static void
test_events_subject_after_relative(void **state)
{
	struct extract_result *r = run("The Armenian prime minister, who met "
	    "Russian diplomats on Monday, condemned Azerbaijan.", "en");

	assert_non_null(testlib_find(r, "ARM", "040", "RUS"));
	assert_non_null(testlib_find(r, "ARM", "111", "AZE"));
	assert_null(testlib_find(r, "RUS", "111", "AZE"));
	extract_result_free(r);
	r = run("Les manifestants géorgiens, qui brandissaient des drapeaux "
	    "européens, ont attaqué la police.", "fr");
	assert_non_null(testlib_find(r, "GEO", "190", "GEO"));
	assert_null(testlib_find(r, "IGOEUREEC", "190", "GEO"));
	extract_result_free(r);
}

/* The same kind of act by another actor, no target named: the same
 * target ("Japan sent supplies to Indonesia. The United States delivered
 * food..."); another kind keeps the previous guesses. */
static void
test_events_parallel_act_same_target(void **state)
{
	struct extract_result *r = run("Japan sent relief supplies to "
	    "Indonesia on Monday. The United States delivered food and water "
	    "to flooded provinces on Tuesday. The World Health Organization "
	    "said it had sent medicines.", "en");

	assert_non_null(testlib_find(r, "JPN", "073", "IDN"));
	assert_non_null(testlib_find(r, "USA", "073", "IDN"));
	assert_non_null(testlib_find(r, "IGOWHO", "073", "IDN"));
	assert_null(testlib_find(r, "USA", "073", "JPN"));
	extract_result_free(r);
	r = run("Japan sent relief supplies to Indonesia on Monday. Australia "
	    "criticised the response of the government.", "en");
	assert_non_null(testlib_find(r, "AUS", "111", "JPN"));
	extract_result_free(r);
}

/* A verb right after a quotation has its subject after it ("« ... », a
 * averti le ministère iranien", "\"...,\" warned the Iranian ministry"). */
static void
test_events_inverted_subject_after_quote(void **state)
{
	struct extract_result *r = run("Israël a bombardé lundi des cibles "
	    "en Iran. « Nous riposterons avec fermeté », a averti le "
	    "ministère iranien des affaires étrangères.", "fr");

	assert_non_null(testlib_find(r, "ISR", "195", "IRN"));
	assert_non_null(testlib_find(r, "IRN", "130", "ISR"));
	assert_null(testlib_find(r, "ISR", "130", "IRN"));
	extract_result_free(r);
	r = run("Israel bombed targets in Iran on Monday. \"We will respond "
	    "firmly,\" warned the Iranian foreign ministry.", "en");
	assert_non_null(testlib_find(r, "IRN", "130", "ISR"));
	assert_null(testlib_find(r, "ISR", "130", "IRN"));
	extract_result_free(r);
}

/* A verb coordinated with a reporting verb shares its subject; a content
 * clause after "that"/"que" holds no object of the verb. */
static void
test_events_speaker_coordination_content_clause(void **state)
{
	struct extract_result *r = run("Poland signed a deal with South Korea "
	    "on Thursday. Kremlin spokesman Dmitry Peskov told reporters on "
	    "Friday that the deal was a provocation and warned that Moscow "
	    "would take it into account. Iran warned that a resolution "
	    "against Tehran would backfire.", "en");

	assert_non_null(testlib_find(r, "RUS", "130", "POL"));
	assert_null(testlib_find(r, "RUS", "130", "RUS"));
	assert_null(testlib_find(r, "IRN", "130", "IRN"));
	extract_result_free(r);
	r = run("La Pologne a signé jeudi un accord avec la Corée du Sud. Le "
	    "porte-parole du Kremlin, Dmitri Peskov, a déclaré vendredi que "
	    "l'accord était une provocation et a averti que Moscou en "
	    "tiendrait compte.", "fr");
	assert_non_null(testlib_find(r, "RUS", "130", "POL"));
	assert_null(testlib_find(r, "RUS", "130", "RUS"));
	extract_result_free(r);
	/* appeals and demands name their addressee after "that" */
	r = run("The United States demanded that Iran cooperate with the "
	    "inspectors.", "en");
	assert_non_null(testlib_find(r, "USA", "10", "IRN"));
	extract_result_free(r);
}

/* A segment set off by commas right before the verb is skipped for the
 * subject ("La Turquie, premier acheteur de gaz russe, a été critiquée"),
 * not when it names the subject ("Le Haut-Commissaire, Volker Türk, a"). */
static void
test_events_subject_before_apposition(void **state)
{
	struct extract_result *r = run("La Turquie, premier acheteur de gaz "
	    "russe, a été critiquée lundi par l'Allemagne.", "fr");

	assert_non_null(testlib_find(r, "DEU", "111", "TUR"));
	assert_null(testlib_find(r, "DEU", "111", "RUS"));
	extract_result_free(r);
	r = run("Le Haut-Commissaire de l'ONU aux droits de l'homme, Volker "
	    "Türk, a condamné dimanche la Birmanie.", "fr");
	assert_non_null(testlib_find(r, "IGOUNO", "111", "MMR"));
	extract_result_free(r);
}

/* A present participle after a comma has the subject of the event just
 * coded ("China launched drills around Taiwan, deploying warships"). */
static void
test_events_participle_adjunct(void **state)
{
	struct extract_result *r = run("China launched large-scale military "
	    "drills around Taiwan on Monday, deploying warships near the "
	    "island.", "en");

	assert_non_null(testlib_find(r, "CHN", "150", "TWN"));
	/* the deployment is how the drills were held, same root and clause:
	 * one event (tests/gold/README.md, "One event per ...") */
	assert_null(testlib_find(r, "CHN", "154", "TWN"));
	assert_null(testlib_find(r, "TWN", "154", "TWN"));
	extract_result_free(r);
	r = run("China launched large-scale military drills around Taiwan on "
	    "Monday, warning Taipei against any provocation.", "en");
	assert_non_null(testlib_find(r, "CHN", "130", "TWN"));
	extract_result_free(r);
}

/* A joint act of a coordinated subject keeps its pair when the only
 * object is a bare group word deep in the clause ("de troupes"). */
static void
test_events_pair_over_weak_object(void **state)
{
	struct extract_result *r = run("Le Japon et les Philippines ont "
	    "signé lundi à Manille un accord de défense autorisant le "
	    "déploiement de troupes de chaque pays sur le territoire de "
	    "l'autre.", "fr");

	assert_non_null(testlib_find(r, "JPN", "057", "PHL"));
	assert_null(testlib_find(r, "JPN", "057", "JPN"));
	assert_null(testlib_find(r, "PHL", "057", "JPN"));
	extract_result_free(r);
}

/* "dans l'est de la RDC", "in the east of Congo": a place, not a target. */
static void
test_events_region_is_place(void **state)
{
	struct extract_result *r = run("La République démocratique du Congo "
	    "et le Rwanda sont convenus mardi d'un cessez-le-feu dans l'est "
	    "de la RDC.", "fr");

	assert_non_null(testlib_find(r, "COD", "0871", "RWA"));
	assert_null(testlib_find(r, "COD", "0871", "COD"));
	assert_null(testlib_find(r, "RWA", "0871", "COD"));
	extract_result_free(r);
	r = run("Uganda and Rwanda agreed on a ceasefire in the east of Congo "
	    "on Monday.", "en");
	assert_non_null(testlib_find(r, "UGA", "", "RWA"));
	assert_null(testlib_find(r, "UGA", "", "COD"));
	assert_null(testlib_find(r, "RWA", "", "COD"));
	extract_result_free(r);
}

/* A curfew imposed is a domestic restriction (1723), not a sanction. */
static void
test_events_curfew(void **state)
{
	struct extract_result *r = run("Gunmen attacked the airport in Bamako "
	    "on Tuesday. The Malian junta imposed a curfew in the capital.",
	    "en");

	assert_non_null(testlib_find(r, "MLI", "1723", "MLI"));
	assert_null(testlib_find(r, "MLI", "163", "MLI"));
	extract_result_free(r);
	r = run("Le gouvernement tchadien a instauré mardi un couvre-feu à "
	    "N'Djamena.", "fr");
	assert_non_null(testlib_find(r, "TCD", "1723", "TCD"));
	extract_result_free(r);
}

/* Mentions of events (s, c, t) in r, over all their dates. */
static size_t
mentions_of(const struct extract_result *r, const char *s, const char *c,
    const char *t)
{
	size_t n = 0;

	for (size_t i = 0; i < r->n_events; i++) {
		const struct extract_event *e = &r->events[i];

		if (strcmp(e->source.country, s) == 0 &&
		    strcmp(e->target.country, t) == 0 &&
		    strcmp(e->cameo_code, c) == 0)
			n += e->mentions;
	}
	return n;
}

/*
 * A 2 MB article of one paragraph repeated: every repetition is coded
 * (dates, a "les deux pays" subject, an "alors" date) and deduplicated
 * into a handful of events whose mentions add up. Time expressions past
 * the engine's cap leave the later repetitions on the publication day.
 */
static void
test_events_large_article_deduplicated(void **state)
{
	static const char para[] = "Le 3 mars, la France a condamné l'Iran. "
	    "Le Japon et la Chine ont signé jeudi un accord. Les deux pays "
	    "ont signé un accord le 5 mars. La Somalie avait alors rappelé "
	    "son ambassadeur en Égypte. ";
	size_t plen = strlen(para), n = 2 * 1024 * 1024 / plen + 1;
	char *text = malloc(n * plen + 1);
	struct extract_result *r;
	const struct extract_event *e;

	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + i * plen, para, plen);
	text[n * plen] = '\0';
	r = run(text, "fr");
	assert_non_null(r);
	assert_true(r->n_events >= 4 && r->n_events <= 8);
	assert_non_null(e = testlib_find(r, "FRA", "111", "IRN"));
	assert_string_equal(e->date.value, "2024-03-03");
	assert_non_null(e = testlib_find(r, "SOM", "161", "EGY"));
	assert_string_equal(e->date.value, "2024-03-05");
	assert_int_equal(mentions_of(r, "FRA", "111", "IRN"), n);
	assert_int_equal(mentions_of(r, "SOM", "161", "EGY"), n);
	/* "ont signé" twice a paragraph, the second by "les deux pays" */
	assert_int_equal(mentions_of(r, "JPN", "057", "CHN"), 2 * n);
	for (size_t i = 0; i < r->n_events; i++)
		if (strcmp(r->events[i].source.country, "JPN") == 0 &&
		    strcmp(r->events[i].date.value, "2024-03-05") == 0)
			e = &r->events[i];
	assert_string_equal(e->source.country, "JPN");
	assert_string_equal(e->date.value, "2024-03-05");
	extract_result_free(r);
	free(text);
}

/*
 * A patient noun: "de X"/"of X" is what is done to (the target), "par
 * Y"/"by Y" the source; a number before X is skipped. A bare one with no
 * agent named stays the object of its reaction.
 */
static void
test_events_patient_noun(void **state)
{
	struct extract_result *r = run("L'arrestation de deux journalistes "
	    "russes par la police géorgienne a eu lieu mardi.", "fr");

	assert_non_null(testlib_find(r, "GEO", "173", "RUS"));
	assert_null(testlib_find(r, "RUS", "173", ""));
	extract_result_free(r);
	r = run("L'enlèvement par les rebelles maliens de deux soldats "
	    "nigériens a eu lieu mardi.", "fr");
	assert_non_null(testlib_find(r, "MLI", "181", "NER"));
	extract_result_free(r);
	r = run("The expulsion of Russian diplomats by Poland angered "
	    "Moscow.", "en");
	assert_non_null(testlib_find(r, "POL", "166", "RUS"));
	assert_null(testlib_find(r, "RUS", "16", "POL"));
	extract_result_free(r);
	r = run("Moscou a dénoncé l'expulsion de diplomates russes.", "fr");
	assert_non_null(testlib_find(r, "RUS", "111", "RUS"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
}

/*
 * Event nouns: the agent after "by" ("a visit to Seoul by X"), the
 * demonym of the noun ("des frappes israéliennes") as the source; a trip
 * inside one's own country is no visit.
 */
static void
test_events_noun_agent_and_demonym(void **state)
{
	struct extract_result *r = run("A visit to Seoul by the Japanese "
	    "prime minister began on Tuesday.", "en");

	assert_non_null(testlib_find(r, "JPN", "042", "KOR"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
	r = run("Le Liban a dénoncé mardi des frappes contre son territoire. "
	    "Des frappes israéliennes contre le Hezbollah ont tué dix "
	    "personnes.", "fr");
	assert_non_null(testlib_find(r, "ISR", "190", "LBN"));
	assert_null(testlib_find(r, "LBN", "190", "LBN"));
	extract_result_free(r);
	r = run("The Philippine president spoke during a visit to Batangas "
	    "province in the Philippines on Sunday.", "en");
	assert_null(testlib_find(r, "PHL", "042", "PHL"));
	extract_result_free(r);
}

/* "leur retrait de l'organisation": leaving an IGO is 161 to the IGO, for each member named. */
static void
test_events_withdrawal_from_igo(void **state)
{
	struct extract_result *r = run("Le Niger, le Mali et le Burkina Faso "
	    "ont annoncé dimanche leur retrait de l'Union africaine.", "fr");

	assert_non_null(testlib_find(r, "NER", "161", "IGOAFRAFU"));
	assert_non_null(testlib_find(r, "MLI", "161", "IGOAFRAFU"));
	assert_non_null(testlib_find(r, "BFA", "161", "IGOAFRAFU"));
	assert_null(testlib_find(r, "IGOAFRAFU", "161", "NER"));
	extract_result_free(r);
}

/*
 * Irregular participles are tagged ("conclu", "brokered"), so an agreement
 * "conclu en 2001" in the object of a promise is part of the promise.
 */
static void
test_events_irregular_participles(void **state)
{
	const struct pat_hit *h;
	struct extract_result *r;
	int part = 0;

	for (h = lookup("conclu", "fr"); h; h = h->next)
		part |= strcmp(h->pat->code->code, "057") == 0 &&
		    (h->tense & TENSE_PART);
	assert_true(part);
	part = 0;
	for (h = lookup("brokered", "en"); h; h = h->next)
		part |= (h->tense & TENSE_PART) != 0;
	assert_true(part);
	part = 0;
	for (h = lookup("reconnue", "fr"); h; h = h->next)
		part |= (h->tense & TENSE_PART) != 0;
	assert_true(part);
	part = 0;
	for (h = lookup("frozen", "en"); h; h = h->next)
		part |= (h->tense & TENSE_PART) != 0;
	assert_true(part);
	r = run("L'Iran a promis de réactiver un accord conclu en 2001 avec "
	    "l'Arabie saoudite.", "fr");
	assert_non_null(testlib_find(r, "IRN", "030", "SAU"));
	assert_null(testlib_find(r, "IRN", "057", "SAU"));
	extract_result_free(r);
}

/* A short quoted fragment does not push a needs word out of the window. */
static void
test_events_needs_past_quoted_fragment(void **state)
{
	struct extract_result *r = run("La junte malienne a suspendu mercredi "
	    "« jusqu'à nouvel ordre » les activités des partis politiques.",
	    "fr");

	assert_non_null(testlib_find(r, "MLI", "1722", "MLI"));
	extract_result_free(r);
}

/* What an agreement allows ("autorisant ... des exercices conjoints") is no event. */
static void
test_events_authorized_content(void **state)
{
	struct extract_result *r = run("La Grèce et l'Égypte ont signé lundi "
	    "un accord autorisant le déploiement de soldats de chaque pays sur "
	    "le territoire de l'autre pour des exercices conjoints, sur fond "
	    "de tensions avec la Turquie.", "fr");

	assert_non_null(testlib_find(r, "GRC", "057", "EGY"));
	assert_null(testlib_find(r, "GRC", "062", "TUR"));
	assert_null(testlib_find(r, "EGY", "062", "TUR"));
	extract_result_free(r);
}

/* "donner son accord" is agreeing (019); "donner un accès" is no event. */
static void
test_events_give_consent(void **state)
{
	struct extract_result *r = run("L'UE a adopté lundi de nouvelles "
	    "sanctions contre l'Iran. La Hongrie n'a pas encore donné son "
	    "accord.", "fr");
	const struct extract_event *e = testlib_find(r, "HUN", "019",
	    "IGOEUREEC");

	assert_non_null(e);
	assert_int_equal(e->mode, EXTRACT_MODE_NEGATED);
	extract_result_free(r);
	r = run("La Somalie a rappelé lundi son ambassadeur en Éthiopie. Les "
	    "relations se sont dégradées depuis que l'Éthiopie a signé avec le "
	    "Somaliland un protocole d'accord qui lui donnerait un accès à la "
	    "mer.", "fr");
	for (size_t i = 0; i < r->n_events; i++)
		assert_string_not_equal(r->events[i].cameo_code, "019");
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_events_generated_forms),
		cmocka_unit_test(test_events_cameo_table),
		cmocka_unit_test(test_events_modes_fr),
		cmocka_unit_test(test_events_modes_en),
		cmocka_unit_test(test_events_passive_agent),
		cmocka_unit_test(test_events_symmetric_subjects),
		cmocka_unit_test(test_events_symmetric_place_named_first),
		cmocka_unit_test(test_events_host),
		cmocka_unit_test(test_events_not_inside_quotes),
		cmocka_unit_test(test_events_object_pronoun_possessive),
		cmocka_unit_test(test_events_coordinated_list),
		cmocka_unit_test(test_events_noun_prep_target),
		cmocka_unit_test(test_events_clause_object),
		cmocka_unit_test(test_events_close_adjective),
		cmocka_unit_test(test_events_inert_nouns),
		cmocka_unit_test(test_events_clause_date),
		cmocka_unit_test(test_events_fr_compound_predicates),
		cmocka_unit_test(test_events_accusation_links),
		cmocka_unit_test(test_events_joint_one_way_fr),
		cmocka_unit_test(test_events_modes_clauses),
		cmocka_unit_test(test_events_mediation),
		cmocka_unit_test(test_events_fragment_and_domestic),
		cmocka_unit_test(test_events_coordinated_not_pair),
		cmocka_unit_test(test_events_reaction_to_event_noun),
		cmocka_unit_test(test_events_en_noun_and_coordinated_verb),
		cmocka_unit_test(test_events_then_date_and_weak_object),
		cmocka_unit_test(test_events_dual_object_and_visit_object),
		cmocka_unit_test(test_events_no_comment_back_reference_contingent),
		cmocka_unit_test(test_events_passive_pair_and_capital),
		cmocka_unit_test(test_events_phrase_head_and_ceasefire),
		cmocka_unit_test(test_events_en_subjects_and_far_needs),
		cmocka_unit_test(test_events_object_conjunct_and_water_cannon),
		cmocka_unit_test(test_events_large_article_deduplicated),
		cmocka_unit_test(test_events_forum_coordinated_reply),
		cmocka_unit_test(test_events_reaction_author_and_fire),
		cmocka_unit_test(test_events_condolences),
		cmocka_unit_test(test_events_subject_after_relative),
		cmocka_unit_test(test_events_parallel_act_same_target),
		cmocka_unit_test(test_events_inverted_subject_after_quote),
		cmocka_unit_test(test_events_speaker_coordination_content_clause),
		cmocka_unit_test(test_events_subject_before_apposition),
		cmocka_unit_test(test_events_participle_adjunct),
		cmocka_unit_test(test_events_pair_over_weak_object),
		cmocka_unit_test(test_events_region_is_place),
		cmocka_unit_test(test_events_curfew),
		cmocka_unit_test(test_events_patient_noun),
		cmocka_unit_test(test_events_noun_agent_and_demonym),
		cmocka_unit_test(test_events_withdrawal_from_igo),
		cmocka_unit_test(test_events_irregular_participles),
		cmocka_unit_test(test_events_needs_past_quoted_fragment),
		cmocka_unit_test(test_events_authorized_content),
		cmocka_unit_test(test_events_give_consent),
	};

	return cmocka_run_group_tests(tests, testlib_setup,
	    testlib_teardown);
}
