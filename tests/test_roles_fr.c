/*
 * test_roles_fr: who did it to whom in French clauses (and their English
 * twins where one rule serves both): denials and the act they deny,
 * "les deux pays" with no actor in the sentence, and the other clause
 * readings of tests/gold/README.md. Every sentence here is written for
 * this file; none comes from the gold set. Uses the real data directory.
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
	struct extract_result *r = testlib_run("rf", text, lang);

	assert_non_null(r);
	return r;
}

/* The mode of the first event s c t of r; fails when there is none. */
static int
mode_of(const struct extract_result *r, const char *s, const char *c,
    const char *t)
{
	const struct extract_event *e = testlib_find(r, s, c, t);

	assert_non_null(e);
	return (int)e->mode;
}

/*
 * No event s c t of r is ASSERTED (none at all, or NEGATED ones: French
 * denied acts are dropped by denied_content(), English ones NEGATED).
 */
static int
not_asserted(const struct extract_result *r, const char *s, const char *c,
    const char *t)
{
	const struct extract_event *e = testlib_find(r, s, c, t);

	return e == NULL || e->mode != EXTRACT_MODE_ASSERTED;
}

/*
 * "a nié avoir bombardé X": the denial answers no one the sentence names
 * (X is the patient of the denied act), and the denied act is not
 * asserted.
 */
static void
test_rolesfr_denied_act(void **state)
{
	struct extract_result *r = run("L'armée nigériane a nié avoir "
	    "bombardé un village du Niger.", "fr");

	assert_non_null(testlib_find(r, "NGA", "016", ""));
	assert_null(testlib_find(r, "NGA", "016", "NER"));
	assert_true(not_asserted(r, "NGA", "19", "NER"));
	extract_result_free(r);

	r = run("Le Mali a nié avoir voulu insulter le Sénégal.", "fr");
	assert_non_null(testlib_find(r, "MLI", "016", ""));
	assert_null(testlib_find(r, "MLI", "016", "SEN"));
	extract_result_free(r);

	r = run("Le ministre tchadien a démenti avoir rencontré des "
	    "responsables soudanais.", "fr");
	assert_non_null(testlib_find(r, "TCD", "016", ""));
	assert_true(not_asserted(r, "TCD", "04", "SDN"));
	extract_result_free(r);

	r = run("Russia denied having attacked Ukrainian ports.", "en");
	assert_non_null(testlib_find(r, "RUS", "016", ""));
	assert_int_equal(mode_of(r, "RUS", "19", "UKR"), EXTRACT_MODE_NEGATED);
	extract_result_free(r);
}

/* Not a denied act: a denial of a noun keeps its target, an act its mode. */
static void
test_rolesfr_denial_negative(void **state)
{
	struct extract_result *r = run("Le Rwanda a démenti les accusations "
	    "du Congo.", "fr");

	assert_non_null(testlib_find(r, "RWA", "016", "COG"));
	extract_result_free(r);

	r = run("L'armée nigériane a bombardé un village du Niger.", "fr");
	assert_int_equal(mode_of(r, "NGA", "19", "NER"), EXTRACT_MODE_ASSERTED);
	extract_result_free(r);

	r = run("La Chine a accusé les Philippines d'avoir éperonné ses "
	    "navires, ce que Manille a démenti.", "fr");
	assert_non_null(testlib_find(r, "PHL", "016", "CHN"));
	extract_result_free(r);
}

/*
 * A plural role and a region's adjective ("les chefs d'État
 * ouest-africains", "les dirigeants africains", "African leaders") are
 * the regional organization the story names, not the last president
 * named (coreference) nor the bare region.
 */
static void
test_rolesfr_regional_leaders(void **state)
{
	struct extract_result *r = run("Le président nigérian Bola Tinubu a "
	    "ouvert le sommet de la Cédéao à Abuja. Les chefs d'État "
	    "ouest-africains ont décidé de lever les sanctions contre le "
	    "Mali.", "fr");

	assert_non_null(testlib_find(r, "IGOECOWAS", "08", "MLI"));
	assert_null(testlib_find(r, "NGA", "08", "MLI"));
	extract_result_free(r);

	r = run("L'Union africaine a suspendu le Gabon. Les dirigeants "
	    "africains, réunis à Addis-Abeba, ont appelé la junte à organiser "
	    "des élections.", "fr");
	assert_non_null(testlib_find(r, "IGOAFRAFU", "02", "GAB"));
	assert_null(testlib_find(r, "AFR", "02", "GAB"));
	extract_result_free(r);

	r = run("The African Union suspended Gabon on Monday. African leaders "
	    "urged the junta to hold elections.", "en");
	assert_non_null(testlib_find(r, "IGOAFRAFU", "02", "GAB"));
	extract_result_free(r);
}

/* With no regional body in the story, the leaders stay the region. */
static void
test_rolesfr_regional_leaders_negative(void **state)
{
	struct extract_result *r = run("Les chefs d'État ouest-africains ont "
	    "condamné le coup d'État au Burkina Faso.", "fr");

	assert_non_null(testlib_find(r, "WAF", "111", "BFA"));
	extract_result_free(r);

	r = run("Les ministres européens ont décidé de sanctionner la "
	    "Biélorussie.", "fr");
	assert_non_null(testlib_find(r, "EUR", "163", "BLR"));
	extract_result_free(r);
}

/*
 * A coercion participle after the persons it befell ("trois soldats
 * indiens, détenus depuis juin", "un journaliste américain arrêté en
 * mars") is a reduced passive: those persons are its target and their
 * holder its source (the other state of the story, the country they are
 * held in, their own government when the other party is an IGO). A
 * government demanding their release addresses that holder.
 */
static void
test_rolesfr_held_persons(void **state)
{
	struct extract_result *r = run("L'Inde a accusé le Pakistan de violer "
	    "le cessez-le-feu. New Delhi a exigé la libération de trois "
	    "soldats indiens, détenus depuis juin.", "fr");

	assert_non_null(testlib_find(r, "PAK", "173", "IND"));
	assert_null(testlib_find(r, "IND", "173", "IND"));
	assert_non_null(testlib_find(r, "IND", "1053", "PAK"));
	assert_null(testlib_find(r, "IND", "1053", "IND"));
	extract_result_free(r);

	r = run("Le Japon réclame la libération de deux ressortissants "
	    "japonais détenus en Chine.", "fr");
	assert_non_null(testlib_find(r, "JPN", "1053", "CHN"));
	extract_result_free(r);

	r = run("La Cédéao a réclamé la libération du président nigérien, "
	    "détenu depuis juillet.", "fr");
	assert_non_null(testlib_find(r, "NER", "173", "NER"));
	assert_null(testlib_find(r, "IGOECOWAS", "173", "NER"));
	extract_result_free(r);
}

/* Not a reduced passive: a finite verb, an English past, the opposition. */
static void
test_rolesfr_held_persons_negative(void **state)
{
	struct extract_result *r = run("La police kényane a arrêté lundi des "
	    "manifestants.", "fr");

	assert_non_null(testlib_find(r, "KEN", "173", "KEN"));
	extract_result_free(r);

	r = run("Estonian police arrested two Russian citizens on Friday.",
	    "en");
	assert_non_null(testlib_find(r, "EST", "173", "RUS"));
	assert_null(testlib_find(r, "RUS", "173", "EST"));
	extract_result_free(r);

	r = run("La Géorgie a accusé la Russie d'ingérence. L'opposition "
	    "géorgienne réclame la libération des manifestants.", "fr");
	assert_non_null(testlib_find(r, "GEO", "1053", "GEO"));
	assert_null(testlib_find(r, "GEO", "1053", "RUS"));
	extract_result_free(r);
}

/*
 * "la fermeture de l'ambassade de France": the closing state is the
 * source and the embassy's owner, after the second "de", the target;
 * "la fermeture de son ambassade à Niamey": one's own embassy, the
 * country it stands in.
 */
static void
test_rolesfr_embassy_owner(void **state)
{
	struct extract_result *r = run("Le Mali a annoncé la fermeture de "
	    "l'ambassade de France à Bamako.", "fr");

	assert_non_null(testlib_find(r, "MLI", "161", "FRA"));
	extract_result_free(r);

	r = run("L'Algérie a annoncé la fermeture de son ambassade au Maroc.",
	    "fr");
	assert_non_null(testlib_find(r, "DZA", "161", "MAR"));
	extract_result_free(r);

	r = run("La France a annoncé la fermeture de son ambassade à Niamey.",
	    "fr");
	assert_non_null(testlib_find(r, "FRA", "161", "NER"));
	extract_result_free(r);
}

/* No owner named, no country after the possessive: no invented target. */
static void
test_rolesfr_embassy_owner_negative(void **state)
{
	struct extract_result *r = run("Le Kenya a annoncé la fermeture de "
	    "l'ambassade pour des travaux.", "fr");

	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/*
 * Aid (07) goes to the place the clause names after "à"/"au", past the
 * amount and a participle ("une aide de 40 millions d'euros destinée au
 * Darfour"): that place's country, not the target of the event before.
 */
static void
test_rolesfr_aid_recipient(void **state)
{
	struct extract_result *r = run("Le Canada a annoncé une aide "
	    "humanitaire de 5 millions de dollars au Yémen.", "fr");

	assert_non_null(testlib_find(r, "CAN", "07", "YEM"));
	extract_result_free(r);

	r = run("La Norvège a annoncé une aide humanitaire de 30 millions de "
	    "couronnes destinée à la bande de Gaza.", "fr");
	assert_non_null(testlib_find(r, "NOR", "07", "PSE"));
	extract_result_free(r);

	r = run("Le Tchad a signé un accord avec le Soudan. L'Union "
	    "européenne a annoncé de son côté une aide humanitaire de 40 "
	    "millions d'euros destinée au Darfour.", "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "07", "SDN"));
	assert_null(testlib_find(r, "IGOEUREEC", "07", "TCD"));
	extract_result_free(r);
}

/* A dative past a comma, or one's own people: no recipient from it. */
static void
test_rolesfr_aid_recipient_negative(void **state)
{
	struct extract_result *r = run("L'Inde a accusé le Pakistan. Le Japon "
	    "a annoncé une aide de 10 millions de dollars, a indiqué Tokyo à "
	    "la presse.", "fr");

	assert_null(testlib_find(r, "JPN", "07", "JPN"));
	assert_null(testlib_find(r, "JPN", "07", "PAK"));
	extract_result_free(r);

	r = run("Le Japon a annoncé une aide de 10 millions de dollars à ses "
	    "agriculteurs.", "fr");
	assert_null(testlib_find(r, "JPN", "07", "JPN"));
	extract_result_free(r);
}

/*
 * "Un accord a été signé mardi par X et Y": the agreement noun with two
 * coordinated agents is their joint act, X first (tests/gold/README.md,
 * "signé par X et Y").
 */
static void
test_rolesfr_noun_agents_pair(void **state)
{
	struct extract_result *r = run("Un accord a été signé mardi par le "
	    "Maroc et la Mauritanie.", "fr");

	assert_non_null(testlib_find(r, "MAR", "057", "MRT"));
	assert_null(testlib_find(r, "MRT", "057", "MAR"));
	extract_result_free(r);

	r = run("Un accord de pêche a été signé par le Sénégal et la Gambie.",
	    "fr");
	assert_non_null(testlib_find(r, "SEN", "057", "GMB"));
	extract_result_free(r);

	r = run("An agreement was signed on Tuesday by Morocco and "
	    "Mauritania.", "en");
	assert_non_null(testlib_find(r, "MAR", "057", "MRT"));
	extract_result_free(r);
}

/* The second conjunct past a comma opens another clause: no partner. */
static void
test_rolesfr_noun_agents_pair_negative(void **state)
{
	struct extract_result *r = run("Un accord a été signé par le Maroc, "
	    "et l'Algérie a protesté.", "fr");

	assert_null(testlib_find(r, "MAR", "057", "DZA"));
	extract_result_free(r);
}

/*
 * "a condamné l'attaque contre X": after a definite article in the
 * object of the verb just coded, "attaque" (which folds like the
 * participle "attaqué") is the noun, not an attack by the condemning
 * subject; the condemnation targets the author the noun names.
 */
static void
test_rolesfr_article_noun_object(void **state)
{
	struct extract_result *r = run("Le Brésil a condamné l'attaque "
	    "contre la Bolivie.", "fr");

	assert_non_null(testlib_find(r, "BRA", "111", "BOL"));
	assert_null(testlib_find(r, "BRA", "19", "BOL"));
	extract_result_free(r);

	r = run("L'Inde a condamné l'attaque pakistanaise contre ses postes "
	    "frontaliers.", "fr");
	assert_non_null(testlib_find(r, "IND", "111", "PAK"));
	assert_null(testlib_find(r, "IND", "19", "PAK"));
	extract_result_free(r);

	r = run("Le Kenya a dénoncé fermement l'attaque contre ses soldats en "
	    "Somalie.", "fr");
	assert_null(testlib_find(r, "KEN", "19", "KEN"));
	assert_null(testlib_find(r, "KEN", "19", "SOM"));
	extract_result_free(r);
}

/* A clitic after a subject, or a plain present: the verb still codes. */
static void
test_rolesfr_article_noun_object_negative(void **state)
{
	struct extract_result *r = run("La Russie attaque l'Ukraine.", "fr");

	assert_non_null(testlib_find(r, "RUS", "19", "UKR"));
	extract_result_free(r);

	r = run("Le Mali accuse le Niger et l'attaque.", "fr");
	assert_non_null(testlib_find(r, "MLI", "19", "NER"));
	extract_result_free(r);
}

/*
 * A reaction to a noun naming what was done to someone by an agent ("a
 * dénoncé l'expulsion de diplomates polonais par Moscou"): the reaction
 * targets the agent, and the act itself is coded, agent to patient, an
 * incise before its complement allowed ("l'arrestation, lundi, de").
 */
static void
test_rolesfr_reaction_to_agent(void **state)
{
	struct extract_result *r = run("Varsovie a dénoncé l'expulsion de "
	    "trois diplomates polonais par Moscou.", "fr");

	assert_non_null(testlib_find(r, "POL", "111", "RUS"));
	assert_non_null(testlib_find(r, "RUS", "166", "POL"));
	assert_null(testlib_find(r, "POL", "111", "POL"));
	extract_result_free(r);

	r = run("Le Japon a condamné l'arrestation, lundi, de deux "
	    "journalistes japonais par la junte birmane.", "fr");
	assert_non_null(testlib_find(r, "JPN", "111", "MMR"));
	assert_non_null(testlib_find(r, "MMR", "173", "JPN"));
	extract_result_free(r);

	r = run("Le Canada a salué l'arrestation par la police thaïlandaise "
	    "d'un suspect canadien.", "fr");
	assert_non_null(testlib_find(r, "CAN", "051", "THA"));
	assert_non_null(testlib_find(r, "THA", "173", "CAN"));
	extract_result_free(r);
}

/* No agent named: no act coded from the noun, no agent invented. */
static void
test_rolesfr_reaction_to_agent_negative(void **state)
{
	struct extract_result *r = run("Varsovie a dénoncé l'expulsion de "
	    "trois diplomates polonais.", "fr");

	assert_int_equal(r->n_events, 1);
	assert_null(testlib_find(r, "POL", "166", ""));
	extract_result_free(r);
}

/*
 * "Le ministre kényan, au nom de l'Union africaine, a appelé ...": the
 * subject acts for the body it speaks for, which is then not the target.
 */
static void
test_rolesfr_on_behalf(void **state)
{
	struct extract_result *r = run("Le ministre, au nom de l'Union "
	    "africaine, a condamné le coup d'État au Gabon.", "fr");

	assert_non_null(testlib_find(r, "IGOAFRAFU", "111", "GAB"));
	extract_result_free(r);

	r = run("Le ministre kényan, au nom de l'Union africaine, a appelé le "
	    "Soudan à cesser les combats.", "fr");
	assert_non_null(testlib_find(r, "IGOAFRAFU", "02", "SDN"));
	assert_null(testlib_find(r, "KEN", "02", "SDN"));
	extract_result_free(r);

	r = run("The Kenyan foreign minister, speaking on behalf of the "
	    "African Union, urged Sudan to end the fighting.", "en");
	assert_non_null(testlib_find(r, "IGOAFRAFU", "02", "SDN"));
	assert_null(testlib_find(r, "KEN", "02", "IGOAFRAFU"));
	extract_result_free(r);
}

/* "au nom de la paix" names no actor: the subject keeps the act. */
static void
test_rolesfr_on_behalf_negative(void **state)
{
	struct extract_result *r = run("Le ministre kényan, au nom de la "
	    "paix, a appelé le Soudan à cesser les combats.", "fr");

	assert_non_null(testlib_find(r, "KEN", "02", "SDN"));
	extract_result_free(r);
}

/*
 * A French infinitive adjunct ("sans (avoir)", "pour", "avant de",
 * "après avoir") has the main clause's subject, not the capital the main
 * verb names as its object; "sans" makes the act NEGATED.
 */
static void
test_rolesfr_infinitive_adjunct(void **state)
{
	struct extract_result *r = run("Le ministre algérien a quitté Bamako "
	    "sans avoir rencontré le chef de la junte malienne.", "fr");

	assert_int_equal(mode_of(r, "DZA", "04", "MLI"), EXTRACT_MODE_NEGATED);
	assert_null(testlib_find(r, "MLI", "04", "MLI"));
	extract_result_free(r);

	r = run("Le ministre turc a quitté Athènes après avoir signé un accord "
	    "avec la Grèce.", "fr");
	assert_non_null(testlib_find(r, "TUR", "057", "GRC"));
	assert_null(testlib_find(r, "GRC", "057", "GRC"));
	extract_result_free(r);

	r = run("Le président kényan, qui a quitté Kampala sans rencontrer "
	    "Museveni, a critiqué l'Ouganda.", "fr");
	assert_int_equal(mode_of(r, "KEN", "04", "UGA"), EXTRACT_MODE_NEGATED);
	extract_result_free(r);

	r = run("La délégation russe a quitté Genève sans signer d'accord "
	    "avec l'Ukraine.", "fr");
	assert_int_equal(mode_of(r, "RUS", "057", "UKR"),
	    EXTRACT_MODE_NEGATED);
	extract_result_free(r);
}

/* An adjunct whose subject is already the main subject stays asserted. */
static void
test_rolesfr_infinitive_adjunct_negative(void **state)
{
	struct extract_result *r = run("Le Kenya a reçu le président ougandais "
	    "pour signer un accord de sécurité.", "fr");

	assert_int_equal(mode_of(r, "KEN", "057", "UGA"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
}

/*
 * "X, dont l'armée a bombardé ..., a présenté ...": the role after
 * "dont" is X's, and X is the subject of the verb after the incise.
 */
static void
test_rolesfr_dont_relative(void **state)
{
	struct extract_result *r = run("Le Nigeria, dont l'armée a bombardé "
	    "un village nigérien, a présenté ses excuses au Niger.", "fr");

	assert_non_null(testlib_find(r, "NGA", "19", "NER"));
	assert_non_null(testlib_find(r, "NGA", "055", "NER"));
	assert_null(testlib_find(r, "NER", "055", "NER"));
	extract_result_free(r);

	r = run("Le Rwanda, dont les troupes soutiennent le M23, a rejeté les "
	    "accusations de Kinshasa.", "fr");
	assert_non_null(testlib_find(r, "RWA", "12", "COD"));
	assert_null(testlib_find(r, "COD", "05", "COD"));
	extract_result_free(r);

	r = run("Le Tchad, dont la police a arrêté trois journalistes "
	    "soudanais, a rejeté les critiques de Khartoum.", "fr");
	assert_non_null(testlib_find(r, "TCD", "173", "SDN"));
	assert_non_null(testlib_find(r, "TCD", "12", "SDN"));
	extract_result_free(r);
}

/* A role after "dont" with no actor before the comma keeps its reading. */
static void
test_rolesfr_dont_relative_negative(void **state)
{
	struct extract_result *r = run("La Géorgie a sanctionné douze "
	    "responsables russes, dont le chef de la police.", "fr");

	assert_non_null(testlib_find(r, "GEO", "163", "RUS"));
	extract_result_free(r);
}

/*
 * After a French auxiliary a word is a participle: "ont frappé" is the
 * verb "frapper", not the noun "frappe" it folds like (which, bare, codes
 * nothing); a passive's needs may sit on its subject, further back ("Un
 * journaliste de l'agence Reuters a été frappé": 182, beating).
 */
static void
test_rolesfr_participle_not_noun(void **state)
{
	struct extract_result *r = run("Les États-Unis ont frappé des cibles "
	    "houthies au Yémen.", "fr");

	assert_non_null(testlib_find(r, "USA", "19", "YEM"));
	extract_result_free(r);

	r = run("Israël a frappé des cibles du Hezbollah au Liban.", "fr");
	assert_non_null(testlib_find(r, "ISR", "19", "LBN"));
	extract_result_free(r);

	r = run("Un journaliste de l'agence Reuters a été frappé par des "
	    "policiers kényans.", "fr");
	assert_non_null(testlib_find(r, "KEN", "182", "GBR"));
	extract_result_free(r);
}

/* Not after an auxiliary, the noun stays a noun. */
static void
test_rolesfr_participle_not_noun_negative(void **state)
{
	struct extract_result *r = run("Israël a annoncé de nouvelles frappes "
	    "contre le Hezbollah.", "fr");

	assert_non_null(testlib_find(r, "ISR", "190", "LBN"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
}

/*
 * "a été accueilli par son homologue": a counterpart with no nationality
 * is the other party of the last event (the visited country), the host;
 * the passive's subject (or the last subject, for "il") is received.
 */
static void
test_rolesfr_counterpart_agent(void **state)
{
	struct extract_result *r = run("Le président sénégalais, arrivé lundi "
	    "soir à Nouakchott, a été accueilli à l'aéroport par son "
	    "homologue.", "fr");

	assert_non_null(testlib_find(r, "MRT", "043", "SEN"));
	extract_result_free(r);

	r = run("Le ministre indien a rencontré le Premier ministre japonais. "
	    "Il a été accueilli par son homologue.", "fr");
	assert_non_null(testlib_find(r, "JPN", "043", "IND"));
	assert_null(testlib_find(r, "IND", "043", "JPN"));
	extract_result_free(r);

	r = run("The Senegalese president arrived in Nouakchott on Monday. He "
	    "was received at the airport by his counterpart.", "en");
	assert_non_null(testlib_find(r, "MRT", "043", "SEN"));
	extract_result_free(r);
}

/* A counterpart with a nationality is that country's, as before. */
static void
test_rolesfr_counterpart_agent_negative(void **state)
{
	struct extract_result *r = run("Le Kenya a accusé l'Ouganda. Le "
	    "président kényan a été critiqué par son homologue tanzanien.",
	    "fr");

	assert_non_null(testlib_find(r, "TZA", "111", "KEN"));
	assert_null(testlib_find(r, "UGA", "111", "KEN"));
	extract_result_free(r);
}

/*
 * "a demandé à X de ...": an appeal, offer or demand addresses the
 * actor after "à" right after the verb, not the one a later "contre"
 * names.
 */
static void
test_rolesfr_dative_addressee(void **state)
{
	struct extract_result *r = run("La France a demandé à Israël de "
	    "cesser les frappes contre le Liban.", "fr");

	assert_non_null(testlib_find(r, "FRA", "02", "ISR"));
	assert_null(testlib_find(r, "FRA", "02", "LBN"));
	extract_result_free(r);

	r = run("La Turquie a demandé à la Suède d'agir contre le PKK.", "fr");
	assert_non_null(testlib_find(r, "TUR", "02", "SWE"));
	extract_result_free(r);

	r = run("Le Brésil a demandé au Venezuela de renoncer à toute action "
	    "militaire contre le Guyana.", "fr");
	assert_non_null(testlib_find(r, "BRA", "02", "VEN"));
	assert_null(testlib_find(r, "BRA", "02", "GUY"));
	extract_result_free(r);
}

/* Not an appeal: a condemnation keeps its "contre" target. */
static void
test_rolesfr_dative_addressee_negative(void **state)
{
	struct extract_result *r = run("La France a imposé des sanctions "
	    "contre la Russie.", "fr");

	assert_non_null(testlib_find(r, "FRA", "163", "RUS"));
	extract_result_free(r);
}

/*
 * Mediation: "sous l'égide de Z" after a joint act is Z's mediation of
 * the pair, not the act's target; "a organisé des pourparlers entre X
 * et Y" is mediation (the auxiliary "a" is not the preposition "à" of
 * "grâce à"); a mediator's role named again is the same mediation.
 */
static void
test_rolesfr_mediation(void **state)
{
	const struct extract_event *e;
	struct extract_result *r = run("Le Kenya et la Somalie ont signé "
	    "lundi un accord de paix sous l'égide du Qatar.", "fr");

	assert_non_null(testlib_find(r, "KEN", "057", "SOM"));
	assert_null(testlib_find(r, "KEN", "057", "QAT"));
	assert_non_null(testlib_find(r, "QAT", "045", "KEN"));
	assert_non_null(testlib_find(r, "QAT", "045", "SOM"));
	extract_result_free(r);

	r = run("La Turquie a organisé des pourparlers entre Moscou et Kiev.",
	    "fr");
	assert_non_null(testlib_find(r, "TUR", "045", "RUS"));
	assert_non_null(testlib_find(r, "TUR", "045", "UKR"));
	extract_result_free(r);

	r = run("L'Arménie et l'Azerbaïdjan ont échangé lundi des prisonniers "
	    "sous l'égide des Émirats arabes unis. Les Émirats, qui ont joué "
	    "un rôle de médiateur, ont salué l'échange.", "fr");
	assert_non_null(testlib_find(r, "ARM", "084", "AZE"));
	assert_null(testlib_find(r, "ARM", "084", "ARE"));
	assert_non_null(e = testlib_find(r, "ARE", "045", "AZE"));
	assert_string_equal(e->date.value, "2024-06-17");	/* one act */
	assert_non_null(testlib_find(r, "ARE", "045", "ARM"));
	extract_result_free(r);
}

/* "grâce à la médiation": a real preposition still heads the phrase. */
static void
test_rolesfr_mediation_negative(void **state)
{
	struct extract_result *r = run("Le Kenya a accusé la Somalie. Les "
	    "pourparlers ont repris grâce à la médiation d'un pays voisin.",
	    "fr");

	assert_null(testlib_find(r, "KEN", "045", "SOM"));
	assert_null(testlib_find(r, "SOM", "045", "KEN"));
	extract_result_free(r);
}

/* A visit put off ("a reporté sa visite", "a ajourné") did not happen. */
static void
test_rolesfr_called_off(void **state)
{
	struct extract_result *r = run("Le Premier ministre japonais a "
	    "reporté sa visite à Pékin.", "fr");

	assert_int_equal(mode_of(r, "JPN", "042", "CHN"),
	    EXTRACT_MODE_NEGATED);
	extract_result_free(r);

	r = run("Le président kényan a ajourné sa visite en Inde.", "fr");
	assert_int_equal(mode_of(r, "KEN", "042", "IND"),
	    EXTRACT_MODE_NEGATED);
	extract_result_free(r);

	r = run("Le chancelier allemand a reporté sine die sa visite à "
	    "Varsovie.", "fr");
	assert_int_equal(mode_of(r, "DEU", "042", "POL"),
	    EXTRACT_MODE_NEGATED);
	extract_result_free(r);
}

/* A visit made is asserted. */
static void
test_rolesfr_called_off_negative(void **state)
{
	struct extract_result *r = run("Le président français a effectué sa "
	    "visite en Algérie.", "fr");

	assert_int_equal(mode_of(r, "FRA", "042", "DZA"),
	    EXTRACT_MODE_ASSERTED);
	extract_result_free(r);
}

/*
 * Coordinated objects: each subject conjunct acts toward each object
 * ("Paris et Berlin ont appelé Moscou et Minsk"), and a French
 * preposition repeated after "et" keeps the list ("auprès de la Chine et
 * de la Russie", "avec l'Ouganda et avec le Rwanda").
 */
static void
test_rolesfr_object_conjuncts(void **state)
{
	struct extract_result *r = run("Paris et Berlin ont appelé Moscou et "
	    "Minsk à la retenue.", "fr");

	assert_non_null(testlib_find(r, "FRA", "02", "BLR"));
	assert_non_null(testlib_find(r, "DEU", "02", "BLR"));
	assert_non_null(testlib_find(r, "FRA", "02", "RUS"));
	extract_result_free(r);

	r = run("Le Japon a protesté auprès de la Chine et de la Russie.",
	    "fr");
	assert_non_null(testlib_find(r, "JPN", "114", "RUS"));
	assert_non_null(testlib_find(r, "JPN", "114", "CHN"));
	extract_result_free(r);

	r = run("Le Kenya a signé des accords avec l'Ouganda et avec le "
	    "Rwanda.", "fr");
	assert_non_null(testlib_find(r, "KEN", "057", "RWA"));
	extract_result_free(r);
}

/* "et de" that starts another phrase ("de la région") adds no object. */
static void
test_rolesfr_object_conjuncts_negative(void **state)
{
	struct extract_result *r = run("Le Japon a protesté auprès de la "
	    "Chine et de nombreux pays ont suivi.", "fr");

	assert_non_null(testlib_find(r, "JPN", "114", "CHN"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
}

/* A list of three signing together: no member signs with itself. */
static void
test_rolesfr_three_way_no_self(void **state)
{
	struct extract_result *r = run("Le Kenya, l'Ouganda et la Tanzanie "
	    "ont signé un accord douanier.", "fr");

	assert_null(testlib_find(r, "KEN", "057", "KEN"));
	assert_null(testlib_find(r, "UGA", "057", "UGA"));
	assert_int_equal(r->n_events, 2);
	extract_result_free(r);

	r = run("Le Mali, le Niger et le Burkina Faso ont signé une charte de "
	    "défense.", "fr");
	assert_null(testlib_find(r, "MLI", "057", "MLI"));
	extract_result_free(r);
}

/*
 * "a envoyé" after an auxiliary is the verb "envoyer", not the role noun
 * "envoyé" (envoy) that used to swallow the trigger.
 */
static void
test_rolesfr_participle_not_role(void **state)
{
	struct extract_result *r = run("Le Tchad a envoyé des soldats au "
	    "Niger.", "fr");

	assert_non_null(testlib_find(r, "TCD", "", "NER"));
	extract_result_free(r);

	r = run("La Chine a envoyé un émissaire à Kaboul.", "fr");
	assert_non_null(testlib_find(r, "CHN", "042", "AFG"));
	extract_result_free(r);

	r = run("Le Japon a envoyé des vivres aux Philippines.", "fr");
	assert_non_null(testlib_find(r, "JPN", "073", "PHL"));
	extract_result_free(r);
}

/* The noun keeps its role reading: "l'envoyé spécial de l'ONU". */
static void
test_rolesfr_participle_not_role_negative(void **state)
{
	struct extract_result *r = run("L'envoyé spécial de l'ONU a rencontré "
	    "le président soudanais.", "fr");

	assert_non_null(testlib_find(r, "IGOUNO", "040", "SDN"));
	extract_result_free(r);
}

/*
 * French passives the auxiliary "été" does not mark: "s'est vu imposer
 * des sanctions par X" (the subject undergoes the act), and the country
 * after "à" in "des sanctions ont été imposées à la Russie par le Japon"
 * is the target.
 */
static void
test_rolesfr_se_voir_passive(void **state)
{
	struct extract_result *r = run("Le Niger s'est vu imposer des "
	    "sanctions par la Cédéao.", "fr");

	assert_non_null(testlib_find(r, "IGOECOWAS", "163", "NER"));
	assert_null(testlib_find(r, "NER", "163", "IGOECOWAS"));
	extract_result_free(r);

	r = run("Le Mali s'est vu infliger de nouvelles sanctions par "
	    "l'Union européenne.", "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "163", "MLI"));
	extract_result_free(r);

	r = run("Des sanctions ont été imposées à la Russie par le Japon.",
	    "fr");
	assert_non_null(testlib_find(r, "JPN", "163", "RUS"));
	extract_result_free(r);
}

/* "a vu" without a reflexive is no passive; a signing place no target. */
static void
test_rolesfr_se_voir_passive_negative(void **state)
{
	struct extract_result *r = run("Un accord a été signé à Paris par la "
	    "France et l'Inde.", "fr");

	assert_non_null(testlib_find(r, "FRA", "057", "IND"));
	assert_null(testlib_find(r, "FRA", "057", "FRA"));
	extract_result_free(r);
}

/*
 * "Ce dernier", "cette dernière", "celui-ci", "celle-ci" (the latter)
 * is the last actor named, not the last subject.
 */
static void
test_rolesfr_latter(void **state)
{
	struct extract_result *r = run("Le président français a reçu son "
	    "homologue kényan à l'Élysée. Ce dernier a invité la France à "
	    "investir au Kenya.", "fr");

	assert_non_null(testlib_find(r, "KEN", "036", "FRA"));
	assert_null(testlib_find(r, "FRA", "036", "FRA"));
	extract_result_free(r);

	r = run("Le ministre turc a rencontré le ministre grec. Celui-ci a "
	    "appelé Ankara au dialogue.", "fr");
	assert_non_null(testlib_find(r, "GRC", "02", "TUR"));
	extract_result_free(r);

	r = run("Le Japon a accusé la Chine. Cette dernière a rejeté les "
	    "accusations.", "fr");
	assert_non_null(testlib_find(r, "CHN", "12", "JPN"));
	extract_result_free(r);
}

/* A plain pronoun still carries the subject. */
static void
test_rolesfr_latter_negative(void **state)
{
	struct extract_result *r = run("Le ministre turc a rencontré le "
	    "ministre grec. Il a ensuite appelé la Grèce au dialogue.", "fr");

	assert_non_null(testlib_find(r, "TUR", "02", "GRC"));
	extract_result_free(r);
}

/*
 * "l'arrestation de ses diplomates par la Moldavie": the possessive
 * makes the people the clause subject's, whatever country the story
 * lends the bare noun.
 */
static void
test_rolesfr_own_people_patient(void **state)
{
	struct extract_result *r = run("La Russie a condamné l'arrestation "
	    "de ses diplomates par la Moldavie.", "fr");

	assert_non_null(testlib_find(r, "MDA", "173", "RUS"));
	assert_null(testlib_find(r, "MDA", "173", "MDA"));
	extract_result_free(r);

	r = run("Le Japon a condamné l'arrestation de ses journalistes par la "
	    "junte birmane.", "fr");
	assert_non_null(testlib_find(r, "MMR", "173", "JPN"));
	extract_result_free(r);

	r = run("Le Mali a dénoncé l'expulsion de ses ressortissants par "
	    "l'Algérie.", "fr");
	assert_non_null(testlib_find(r, "DZA", "17", "MLI"));
	extract_result_free(r);
}

/* People named by nationality keep it. */
static void
test_rolesfr_own_people_patient_negative(void **state)
{
	struct extract_result *r = run("La Moldavie a annoncé l'arrestation "
	    "de deux diplomates russes par sa police.", "fr");

	assert_non_null(testlib_find(r, "MDA", "173", "RUS"));
	extract_result_free(r);
}

/*
 * "Les présidents du Kenya et de l'Ouganda ont signé": a plural role with
 * "de X et de Y" is both parties: one joint event X to Y, and each acts
 * toward a named target.
 */
static void
test_rolesfr_plural_of_pair(void **state)
{
	struct extract_result *r = run("Les présidents du Kenya et de "
	    "l'Ouganda ont signé un accord.", "fr");

	assert_non_null(testlib_find(r, "KEN", "057", "UGA"));
	assert_null(testlib_find(r, "UGA", "057", "KEN"));
	extract_result_free(r);

	r = run("Les ministres des Affaires étrangères du Japon et de la Corée "
	    "du Sud se sont rencontrés à Tokyo.", "fr");
	assert_non_null(testlib_find(r, "JPN", "04", "KOR"));
	extract_result_free(r);

	r = run("Le ministre de la Défense du Japon et celui des Philippines "
	    "ont signé un pacte.", "fr");
	assert_non_null(testlib_find(r, "JPN", "057", "PHL"));
	extract_result_free(r);

	r = run("Les ministres des Affaires étrangères du Japon et de la Corée "
	    "du Sud ont condamné la Corée du Nord.", "fr");
	assert_non_null(testlib_find(r, "JPN", "111", "PRK"));
	assert_non_null(testlib_find(r, "KOR", "111", "PRK"));
	extract_result_free(r);
}

/* A singular role "du Japon" has no partner. */
static void
test_rolesfr_plural_of_pair_negative(void **state)
{
	struct extract_result *r = run("Le ministre du Japon a condamné la "
	    "Corée du Nord et la Chine.", "fr");

	assert_null(testlib_find(r, "CHN", "111", "PRK"));
	extract_result_free(r);
}

/* "« ... », a lancé le ministre": the incise verb reports, it launches nothing. */
static void
test_rolesfr_quote_incise(void **state)
{
	struct extract_result *r = run("« Nous appelons Israël à cesser "
	    "immédiatement ses frappes », a lancé le ministre jordanien.",
	    "fr");

	assert_non_null(testlib_find(r, "JOR", "02", "ISR"));
	assert_null(testlib_find(r, "JOR", "19", "ISR"));
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);

	r = run("« Nous ne laisserons pas faire », a frappé du poing le "
	    "président ukrainien devant la Russie.", "fr");
	assert_null(testlib_find(r, "UKR", "19", "RUS"));
	extract_result_free(r);

	r = run("« Ce sont des mensonges », a tiré le porte-parole russe "
	    "contre l'Ukraine.", "fr");
	assert_null(testlib_find(r, "RUS", "19", "UKR"));
	extract_result_free(r);
}

/* Outside a quotation's incise the verb keeps its sense. */
static void
test_rolesfr_quote_incise_negative(void **state)
{
	struct extract_result *r = run("La Corée du Nord a lancé deux "
	    "missiles balistiques en direction de la mer du Japon.", "fr");

	assert_non_null(testlib_find(r, "PRK", "150", ""));
	extract_result_free(r);
}

/*
 * A reduced passive after a name and its apposed role ("Paul Whelan, un
 * ancien marine américain arrêté en 2018"): the role, which refers to
 * the person, heads the participle.
 */
static void
test_rolesfr_held_after_apposition(void **state)
{
	struct extract_result *r = run("Le Kenya a accusé l'Ouganda. Kampala "
	    "refuse de libérer John Mwangi, un journaliste kényan arrêté en "
	    "mars.", "fr");

	assert_non_null(testlib_find(r, "UGA", "173", "KEN"));
	assert_null(testlib_find(r, "KEN", "173", "KEN"));
	extract_result_free(r);

	r = run("La Russie refuse de libérer Paul Whelan, un ancien marine "
	    "américain arrêté en 2018.", "fr");
	assert_non_null(testlib_find(r, "RUS", "173", "USA"));
	extract_result_free(r);

	r = run("Le Venezuela a accusé la Colombie. Bogota refuse d'extrader "
	    "Luis Pérez, un opposant vénézuélien arrêté en janvier.", "fr");
	assert_non_null(testlib_find(r, "COL", "173", "VEN"));
	extract_result_free(r);

	/* the age between the noun and the participle: "de 61 ans" */
	r = run("L'Iran a libéré jeudi Lucas Fournier, un enseignant français "
	    "de 61 ans détenu depuis près de trois ans.", "fr");
	assert_non_null(testlib_find(r, "IRN", "173", "FRA"));
	assert_null(testlib_find(r, "FRA", "173", "FRA"));
	extract_result_free(r);
}

/* An active arrest keeps its subject. */
static void
test_rolesfr_held_after_apposition_negative(void **state)
{
	struct extract_result *r = run("La police kényane a arrêté un suspect "
	    "lundi.", "fr");

	assert_non_null(testlib_find(r, "KEN", "173", "KEN"));
	extract_result_free(r);
}

/*
 * Sentence-initial "il"/"elle" after a sentence whose subject met a
 * person: that subject, not the person met ("Le Premier ministre hongrois
 * a rencontré Vladimir Poutine. Il a ensuite appelé ...").
 */
static void
test_rolesfr_pronoun_subject(void **state)
{
	struct extract_result *r = run("Le Premier ministre hongrois a "
	    "rencontré Vladimir Poutine à Moscou. Il a ensuite appelé "
	    "l'Ukraine à négocier.", "fr");

	assert_non_null(testlib_find(r, "HUN", "02", "UKR"));
	assert_null(testlib_find(r, "RUS", "02", "UKR"));
	extract_result_free(r);

	r = run("Le président turc a reçu Volodymyr Zelensky à Ankara. Il a "
	    "ensuite condamné la Russie.", "fr");
	assert_non_null(testlib_find(r, "TUR", "111", "RUS"));
	assert_null(testlib_find(r, "UKR", "111", "RUS"));
	extract_result_free(r);

	r = run("La cheffe de la diplomatie européenne a rencontré Sergueï "
	    "Lavrov à Genève. Elle a ensuite critiqué la Chine.", "fr");
	assert_non_null(testlib_find(r, "IGOEUREEC", "111", "CHN"));
	extract_result_free(r);
}

/* A speaker named after a quotation is the pronoun's, not an older subject. */
static void
test_rolesfr_pronoun_subject_negative(void **state)
{
	struct extract_result *r = run("La police a dispersé les manifestants. "
	    "« Nous soutenons le Kenya », a déclaré la directrice du FMI, "
	    "Elena Marchetti. Elle a appelé le gouvernement kényan à "
	    "réformer.", "fr");

	assert_non_null(testlib_find(r, "IGOIMF", "02", "KEN"));
	assert_null(testlib_find(r, "KEN", "02", "KEN"));
	extract_result_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rolesfr_denied_act),
		cmocka_unit_test(test_rolesfr_denial_negative),
		cmocka_unit_test(test_rolesfr_regional_leaders),
		cmocka_unit_test(test_rolesfr_regional_leaders_negative),
		cmocka_unit_test(test_rolesfr_held_persons),
		cmocka_unit_test(test_rolesfr_held_persons_negative),
		cmocka_unit_test(test_rolesfr_embassy_owner),
		cmocka_unit_test(test_rolesfr_embassy_owner_negative),
		cmocka_unit_test(test_rolesfr_aid_recipient),
		cmocka_unit_test(test_rolesfr_aid_recipient_negative),
		cmocka_unit_test(test_rolesfr_noun_agents_pair),
		cmocka_unit_test(test_rolesfr_noun_agents_pair_negative),
		cmocka_unit_test(test_rolesfr_article_noun_object),
		cmocka_unit_test(test_rolesfr_article_noun_object_negative),
		cmocka_unit_test(test_rolesfr_reaction_to_agent),
		cmocka_unit_test(test_rolesfr_reaction_to_agent_negative),
		cmocka_unit_test(test_rolesfr_on_behalf),
		cmocka_unit_test(test_rolesfr_on_behalf_negative),
		cmocka_unit_test(test_rolesfr_infinitive_adjunct),
		cmocka_unit_test(test_rolesfr_infinitive_adjunct_negative),
		cmocka_unit_test(test_rolesfr_dont_relative),
		cmocka_unit_test(test_rolesfr_dont_relative_negative),
		cmocka_unit_test(test_rolesfr_participle_not_noun),
		cmocka_unit_test(test_rolesfr_participle_not_noun_negative),
		cmocka_unit_test(test_rolesfr_counterpart_agent),
		cmocka_unit_test(test_rolesfr_counterpart_agent_negative),
		cmocka_unit_test(test_rolesfr_dative_addressee),
		cmocka_unit_test(test_rolesfr_dative_addressee_negative),
		cmocka_unit_test(test_rolesfr_mediation),
		cmocka_unit_test(test_rolesfr_mediation_negative),
		cmocka_unit_test(test_rolesfr_called_off),
		cmocka_unit_test(test_rolesfr_called_off_negative),
		cmocka_unit_test(test_rolesfr_object_conjuncts),
		cmocka_unit_test(test_rolesfr_object_conjuncts_negative),
		cmocka_unit_test(test_rolesfr_three_way_no_self),
		cmocka_unit_test(test_rolesfr_participle_not_role),
		cmocka_unit_test(test_rolesfr_participle_not_role_negative),
		cmocka_unit_test(test_rolesfr_se_voir_passive),
		cmocka_unit_test(test_rolesfr_se_voir_passive_negative),
		cmocka_unit_test(test_rolesfr_latter),
		cmocka_unit_test(test_rolesfr_latter_negative),
		cmocka_unit_test(test_rolesfr_own_people_patient),
		cmocka_unit_test(test_rolesfr_own_people_patient_negative),
		cmocka_unit_test(test_rolesfr_plural_of_pair),
		cmocka_unit_test(test_rolesfr_plural_of_pair_negative),
		cmocka_unit_test(test_rolesfr_quote_incise),
		cmocka_unit_test(test_rolesfr_quote_incise_negative),
		cmocka_unit_test(test_rolesfr_held_after_apposition),
		cmocka_unit_test(test_rolesfr_held_after_apposition_negative),
		cmocka_unit_test(test_rolesfr_pronoun_subject),
		cmocka_unit_test(test_rolesfr_pronoun_subject_negative),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
