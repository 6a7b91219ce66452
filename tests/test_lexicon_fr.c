/*
 * test_lexicon_fr: French trigger coverage of the verbs and nouns a wire
 * coder expects and patterns-fr.tsv lacked (denials, talks held, trips,
 * support expressed, rebukes, downgraded relations, arrests, clashes),
 * one table per CAMEO family. Every sentence is our own, written for this
 * test (not taken from the gold set); each case asserts the code, the
 * source and the target extracted, and the last test checks that the same
 * words in other senses code nothing. Uses the real data directory.
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
#include "newsev/score.h"
#include "testlib.h"

/* One French sentence and the event it must give (code prefix, keys). */
struct fr_case {
	const char *text;
	const char *src;
	const char *code;
	const char *tgt;
};

/* Run every case of tab; print the failing sentence before failing. */
static void
check_cases(const struct fr_case *tab, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(testlib_expect("lxfr", tab[i].text, "fr",
		    tab[i].src, tab[i].code, tab[i].tgt), 1);
}

/* Number of events of French sentence text whose code starts with c. */
static size_t
count_code(const char *text, const char *c)
{
	struct extract_result *r = testlib_run("lxfr", text, "fr");
	size_t n;

	assert_non_null(r);
	n = testlib_count_code(r, c);
	extract_result_free(r);
	return n;
}

#define NCASES(t) (sizeof(t) / sizeof((t)[0]))


/*
 * 01-03: denials, alarm, options examined, pressing appeals, promises by
 * content.
 */
static void
test_lexicon_fr_verbal(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le Brésil a réfuté mardi les accusations du "
		    "Paraguay.",
		    "BRA", "016", "PRY" },
		{ "Pékin réfute les allégations de Washington sur le "
		    "travail forcé.",
		    "CHN", "016", "USA" },
		{ "Le Rwanda a contesté toute implication dans les "
		    "combats.",
		    "RWA", "016", "" },
		{ "Le Maroc s'est alarmé de la situation au Mali.",
		    "MAR", "012", "MLI" },
		{ "L'Égypte s'alarme de la montée des tensions au "
		    "Soudan.",
		    "EGY", "012", "SDN" },
		{ "Le Kenya examine la proposition de l'Ouganda.",
		    "KEN", "014", "UGA" },
		{ "Washington pressait Pékin de libérer les détenus.",
		    "USA", "02", "CHN" },
		{ "Berlin et Paris pressent l'Iran de reprendre sa "
		    "coopération avec l'AIEA.",
		    "DEU", "02", "IRN" },
		{ "La France s'est engagée à alléger la dette du "
		    "Sénégal.",
		    "FRA", "0331", "SEN" },
		{ "Le Japon a promis de suspendre les remboursements de "
		    "la dette du Sri Lanka.",
		    "JPN", "0331", "LKA" },
	};

	check_cases(tab, NCASES(tab));
}

/* 04: talks held, meetings by other names, trips and expected visitors. */
static void
test_lexicon_fr_consult(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le Qatar a tenu des discussions avec l'Iran sur le "
		    "programme nucléaire.",
		    "QAT", "046", "IRN" },
		{ "L'Australie et l'Indonésie ont entamé des "
		    "négociations sur un accord de défense.",
		    "AUS", "046", "IDN" },
		{ "Le chef du gouvernement espagnol a eu une entrevue "
		    "avec le roi du Maroc.",
		    "ESP", "040", "MAR" },
		{ "Le président égyptien a consulté le roi de Jordanie.",
		    "EGY", "040", "JOR" },
		{ "Le président sud-coréen a entamé un voyage officiel "
		    "au Japon.",
		    "KOR", "042", "JPN" },
		{ "La venue du président polonais à Kiev a été saluée.",
		    "POL", "042", "UKR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 05-08: support expressed, ties renewed, pardon asked, deals reached,
 * projects financed, arms laid down.
 */
static void
test_lexicon_fr_cooperation(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Nouvelle-Zélande a exprimé son soutien aux Fidji.",
		    "NZL", "051", "FJI" },
		{ "La Belgique a assuré la RDC de son soutien.",
		    "BEL", "051", "COD" },
		{ "L'Irlande a approuvé la décision de la Norvège.",
		    "IRL", "051", "NOR" },
		{ "La Turquie et l'Arménie ont renoué leurs relations "
		    "diplomatiques.",
		    "TUR", "054", "ARM" },
		{ "L'Allemagne a demandé pardon à la Namibie.",
		    "DEU", "055", "NAM" },
		{ "Le Chili et l'Argentine ont trouvé un accord sur la "
		    "frontière.",
		    "CHL", "057", "ARG" },
		{ "La Serbie et le Kosovo ont abouti à un compromis sur "
		    "les plaques.",
		    "SRB", "057", "XKX" },
		{ "La Chine va financer un corridor économique au "
		    "Pakistan.",
		    "CHN", "061", "PAK" },
		{ "L'Iran a accepté les conditions de l'AIEA.",
		    "IRN", "080", "IGOIAEA" },
		{ "Les rebelles colombiens ont déposé les armes face à "
		    "l'armée colombienne.",
		    "COL", "0874", "COL" },
	};

	check_cases(tab, NCASES(tab));
}

/* 11-12: rebukes, blame, names called, refusals and contested decisions. */
static void
test_lexicon_fr_disapprove(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le Mali a tancé la France dans un communiqué.",
		    "MLI", "111", "FRA" },
		{ "Le Venezuela pointe du doigt la Colombie.",
		    "VEN", "112", "COL" },
		{ "Le Niger a qualifié la déclaration de la France de « "
		    "mensongère ».",
		    "NER", "111", "FRA" },
		{ "Le refus de l'Iran de négocier avec les États-Unis a "
		    "été critiqué.",
		    "IRN", "125", "USA" },
		{ "La Serbie conteste la décision du Kosovo.",
		    "SRB", "120", "XKX" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 15-19: troops massed, relations downgraded, aid cut, arrests, bans,
 * deportations, clashes, rocket fire.
 */
static void
test_lexicon_fr_conflict(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Russie a concentré des troupes à la frontière "
		    "finlandaise.",
		    "RUS", "154", "FIN" },
		{ "Les États-Unis ont réduit leur aide à l'Éthiopie.",
		    "USA", "162", "ETH" },
		{ "La Lituanie a réduit sa représentation diplomatique "
		    "en Chine.",
		    "LTU", "161", "CHN" },
		{ "Le Bénin a dégradé ses relations avec le Niger.",
		    "BEN", "161", "NER" },
		{ "Les autorités iraniennes ont appréhendé un "
		    "ressortissant français.",
		    "IRN", "173", "FRA" },
		{ "Le Bélarus a interdit le principal parti "
		    "d'opposition.",
		    "BLR", "1722", "BLR" },
		{ "La Tunisie a reconduit à la frontière des migrants "
		    "maliens.",
		    "TUN", "174", "MLI" },
		{ "Des accrochages entre l'armée indienne et l'armée "
		    "pakistanaise ont fait deux morts.",
		    "IND", "190", "PAK" },
		{ "Le Hezbollah a revendiqué des tirs de roquettes "
		    "contre Israël.",
		    "LBN", "195", "ISR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 04-08: ports of call, renegotiation, training, arms transferred,
 * retreats, armistice, sanctions eased.
 */
static void
test_lexicon_fr_cooperation2(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le porte-avions américain a fait escale au Vietnam.",
		    "USA", "04", "VNM" },
		{ "Le Royaume-Uni a renégocié avec l'Irlande le "
		    "protocole sur les échanges.",
		    "GBR", "046", "IRL" },
		{ "Les tractations entre Israël et le Hamas se "
		    "poursuivent au Caire.",
		    "ISR", "046", "PSE" },
		{ "La Hongrie a cautionné la position de la Serbie.",
		    "HUN", "051", "SRB" },
		{ "Le Royaume-Uni a formé des milliers de soldats "
		    "ukrainiens.",
		    "GBR", "062", "UKR" },
		{ "La France a entraîné des soldats nigériens.",
		    "FRA", "062", "NER" },
		{ "L'Allemagne a transféré des chars à l'Ukraine.",
		    "DEU", "072", "UKR" },
		{ "Les États-Unis vont équiper l'armée taïwanaise de "
		    "missiles.",
		    "USA", "072", "TWN" },
		{ "Les forces russes se sont repliées face à l'armée "
		    "ukrainienne.",
		    "RUS", "0874", "UKR" },
		{ "L'armée russe a battu en retraite face aux troupes "
		    "ukrainiennes.",
		    "RUS", "0874", "UKR" },
		{ "L'Arménie et l'Azerbaïdjan ont signé un armistice.",
		    "ARM", "0871", "AZE" },
		{ "La reconnaissance de l'État palestinien par "
		    "l'Espagne a irrité Israël.",
		    "ESP", "054", "PSE" },
		{ "Washington a décidé un assouplissement des sanctions "
		    "contre Cuba.",
		    "USA", "085", "CUB" },
		{ "L'Union européenne a annoncé un allègement des "
		    "sanctions contre la Syrie.",
		    "IGOEUREEC", "085", "SYR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 11-17: offence taken, blame attributed, shows of force, ties cut,
 * members excluded, envoys sent back, round-ups, fire on protesters.
 */
static void
test_lexicon_fr_conflict2(void **state)
{
	static const struct fr_case tab[] = {
		{ "La France s'est offusquée des propos de l'Iran.",
		    "FRA", "111", "IRN" },
		{ "Washington a attribué la cyberattaque à la Russie.",
		    "USA", "112", "RUS" },
		{ "La Chine a fait une démonstration de force autour de "
		    "Taïwan.",
		    "CHN", "150", "TWN" },
		{ "Le Rwanda a coupé les ponts avec la Belgique.",
		    "RWA", "161", "BEL" },
		{ "L'Union africaine a exclu la Guinée de ses "
		    "instances.",
		    "IGOAFRAFU", "161", "GIN" },
		{ "L'Algérie a renvoyé l'ambassadeur de France.",
		    "DZA", "166", "FRA" },
		{ "Les États-Unis ont retiré leur ambassadeur au "
		    "Nicaragua.",
		    "USA", "161", "NIC" },
		{ "La police égyptienne a mené une rafle contre des "
		    "opposants égyptiens.",
		    "EGY", "173", "EGY" },
		{ "Les forces syriennes ont tiré sur des manifestants "
		    "syriens.",
		    "SYR", "175", "SYR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 03-19: invitations, subsidies, judicial collaboration, assaults
 * launched, and coercion named by its noun ("l'emprisonnement de X par
 * Y").
 */
static void
test_lexicon_fr_patient_nouns(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le kidnapping de deux Israéliens par le Hezbollah a "
		    "provoqué la guerre.",
		    "LBN", "181", "ISR" },
		{ "L'exécution de deux opposants iraniens par le régime "
		    "iranien a été dénoncée.",
		    "IRN", "180", "IRN" },
		{ "La déportation d'enfants ukrainiens par la Russie "
		    "est documentée.",
		    "RUS", "174", "UKR" },
		{ "L'emprisonnement du maire d'Istanbul par les "
		    "autorités turques a déclenché des manifestations.",
		    "TUR", "173", "TUR" },
		{ "L'armée israélienne a donné l'assaut contre "
		    "l'hôpital de Gaza.",
		    "ISR", "190", "PSE" },
		{ "Le roi du Maroc a convié le président mauritanien à "
		    "Rabat.",
		    "MAR", "036", "MRT" },
		{ "Les États-Unis subventionnent l'armée jordanienne.",
		    "USA", "071", "JOR" },
		{ "Le Mexique va collaborer avec les États-Unis dans "
		    "l'enquête sur le trafic de fentanyl.",
		    "MEX", "063", "USA" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 04-17: ceremonies attended abroad, partnerships established, entry
 * bans, tariff threats, refusals to hand back prisoners, press freedom
 * restricted.
 */
static void
test_lexicon_fr_ceremonies_bans(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le président kényan a assisté samedi à Addis-Abeba "
		    "aux funérailles de l'ancien Premier ministre "
		    "éthiopien.",
		    "KEN", "042", "ETH" },
		{ "Le président ghanéen a assisté à Abuja à "
		    "l'investiture du président nigérian.",
		    "GHA", "042", "NGA" },
		{ "Le Canada a interdit l'entrée de son territoire à "
		    "quarante responsables russes.",
		    "CAN", "163", "RUS" },
		{ "La Lettonie a prononcé une interdiction d'entrée "
		    "contre des députés russes.",
		    "LVA", "163", "RUS" },
		{ "Washington a menacé la Colombie de droits de douane.",
		    "USA", "1312", "COL" },
		{ "L'Azerbaïdjan a refusé de restituer les prisonniers "
		    "arméniens.",
		    "AZE", "1243", "ARM" },
		{ "Le gouvernement géorgien a fait adopter une loi "
		    "restreignant la liberté de la presse en Géorgie.",
		    "GEO", "1721", "GEO" },
		{ "Le Vietnam et les Philippines ont établi un "
		    "partenariat stratégique.",
		    "VNM", "05", "PHL" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 08-16: fighters pulled back, membership frozen, protest notes,
 * military presence reinforced, imports suspended.
 */
static void
test_lexicon_fr_withdrawals_protests(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le Hezbollah a retiré ses combattants de la "
		    "frontière avec Israël.",
		    "LBN", "0874", "ISR" },
		{ "L'Arménie a gelé sa participation à l'OTSC.",
		    "ARM", "161", "IGOCSTO" },
		{ "Belgrade a adressé une note de protestation à "
		    "Zagreb.",
		    "SRB", "114", "HRV" },
		{ "Varsovie a renforcé sa présence militaire à la "
		    "frontière avec le Bélarus.",
		    "POL", "154", "BLR" },
		{ "Pékin a suspendu les importations de produits "
		    "lituaniens.",
		    "CHN", "163", "LTU" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 16: "des mesures similaires" takes the code of the story's latest
 * sanction, ban or expulsion, reactions in between.
 */
static void
test_lexicon_fr_same_measures(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'Union européenne a imposé lundi des sanctions à la "
		    "Russie. Moscou a dénoncé une décision hostile. Le "
		    "Royaume-Uni a pris mardi des mesures similaires.",
		    "GBR", "163", "RUS" },
		{ "La Lituanie a expulsé deux diplomates russes. La "
		    "Lettonie a pris des mesures identiques.",
		    "LVA", "166", "RUS" },
		{ "Le Canada a interdit l'entrée de son territoire à "
		    "dix responsables iraniens. L'Australie a annoncé des "
		    "mesures analogues jeudi.",
		    "AUS", "163", "IRN" },
	};

	check_cases(tab, NCASES(tab));
}

/* 03-19: nationals released, ambushes laid, aid offered by its content. */
static void
test_lexicon_fr_release_ambush_offer(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'Iran a annoncé la libération de deux "
		    "ressortissants français.",
		    "IRN", "0841", "FRA" },
		{ "La Russie a confirmé la libération d'un citoyen "
		    "américain.",
		    "RUS", "0841", "USA" },
		{ "Douze soldats maliens ont été tués dans une "
		    "embuscade tendue par des jihadistes maliens.",
		    "MLI", "190", "MLI" },
		{ "Les rebelles colombiens ont tendu une embuscade à "
		    "une patrouille de l'armée colombienne.",
		    "COL", "190", "COL" },
		{ "L'Espagne a proposé au Maroc une aide de 50 millions "
		    "d'euros.",
		    "ESP", "0331", "MAR" },
		{ "Le Japon a proposé son aide à la Turquie après le "
		    "séisme.",
		    "JPN", "033", "TUR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 01-19: sanctions promised (a threat), bare denials, exhortations by
 * content, air strikes near the word sanctions.
 */
static void
test_lexicon_fr_appeals_threats(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'Union européenne a promis de nouvelles sanctions "
		    "contre la Russie.",
		    "IGOEUREEC", "1312", "RUS" },
		{ "Washington a promis des sanctions contre le "
		    "Venezuela.",
		    "USA", "1312", "VEN" },
		{ "Asmara accuse Addis-Abeba d'avoir massé des troupes, "
		    "ce que l'Éthiopie a nié.",
		    "ETH", "016", "ERI" },
		{ "Le président ukrainien a exhorté l'Allemagne à "
		    "livrer des missiles de croisière.",
		    "UKR", "0232", "DEU" },
		{ "L'ONU a exhorté les donateurs à financer la réponse "
		    "humanitaire au Yémen.",
		    "IGOUNO", "023", "YEM" },
		{ "Israël a poursuivi ses frappes contre le Hezbollah "
		    "malgré les menaces de sanctions.",
		    "ISR", "190", "LBN" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 05-16: troops ordered out, members suspended, funds paid, tariffs
 * raised, support reaffirmed, embassies reopened, missions extended.
 */
static void
test_lexicon_fr_funds_tariffs_ties(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Cédéao a suspendu le Niger de ses instances et "
		    "maintenu ses sanctions économiques.",
		    "IGOECOWAS", "161", "NER" },
		{ "Rome versera 100 millions d'euros à la Tunisie.",
		    "ITA", "071", "TUN" },
		{ "Les États-Unis ont relevé les droits de douane sur "
		    "l'acier chinois.",
		    "USA", "163", "CHN" },
		{ "Le Canada a augmenté les tarifs douaniers sur les "
		    "véhicules chinois.",
		    "CAN", "163", "CHN" },
		{ "Les États-Unis ont réaffirmé leur soutien au "
		    "gouvernement somalien.",
		    "USA", "051", "SOM" },
		{ "L'Arabie saoudite a rouvert son ambassade en Iran.",
		    "SAU", "054", "IRN" },
		{ "Le Conseil de sécurité de l'ONU a prorogé la mission "
		    "de paix en Centrafrique.",
		    "IGOUNO", "074", "CAF" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 15-19: military operations launched, alert levels raised, and the
 * reaction they give a target to.
 */
static void
test_lexicon_fr_operations_alerts(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Turquie a lancé une opération militaire contre "
		    "les forces syriennes.",
		    "TUR", "190", "SYR" },
		{ "L'Éthiopie a mené une opération militaire contre "
		    "l'Érythrée.",
		    "ETH", "190", "ERI" },
		{ "La Turquie a lancé une opération militaire contre "
		    "les forces kurdes en Syrie. Damas a condamné une « "
		    "violation flagrante » de sa souveraineté.",
		    "SYR", "111", "TUR" },
		{ "La Lettonie a relevé son niveau d'alerte face à la "
		    "Russie.",
		    "LVA", "152", "RUS" },
		{ "L'Estonie a élevé le niveau d'alerte de ses forces "
		    "armées à la frontière russe.",
		    "EST", "152", "RUS" },
	};

	check_cases(tab, NCASES(tab));
}

/* 11-13: names called, threats and promises of repression. */
static void
test_lexicon_fr_insults_repression(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le président vénézuélien a traité le secrétaire "
		    "d'État américain de menteur.",
		    "VEN", "111", "USA" },
		{ "Le gouvernement géorgien a menacé de sévir contre "
		    "les manifestants géorgiens.",
		    "GEO", "137", "GEO" },
		{ "Le Premier ministre bangladais a promis de réprimer "
		    "les émeutiers bangladais.",
		    "BGD", "137", "BGD" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 03-16: offers to act as intermediary, avenues blocked, rioters named,
 * visa exemptions suspended and visa restrictions, reinforcements
 * promised.
 */
static void
test_lexicon_fr_intermediaries_visas(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Chine a proposé de servir d'intermédiaire entre "
		    "le Pakistan et l'Afghanistan.",
		    "CHN", "039", "PAK" },
		{ "Des milliers d'étudiants serbes ont bloqué l'avenue "
		    "principale de Belgrade.",
		    "SRB", "144", "SRB" },
		{ "Le gouvernement géorgien a qualifié les manifestants "
		    "géorgiens de « casseurs ».",
		    "GEO", "111", "GEO" },
		{ "L'Union européenne a suspendu l'exemption de visas "
		    "pour les diplomates géorgiens.",
		    "IGOEUREEC", "163", "GEO" },
		{ "Washington a annoncé des restrictions de visas "
		    "contre des responsables géorgiens.",
		    "USA", "163", "GEO" },
		{ "Le Bénin a promis d'envoyer des renforts en Haïti.",
		    "BEN", "0334", "HTI" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 04: talks hosted between two others (045, as "organiser"), ministers
 * dispatched abroad (042).
 */
static void
test_lexicon_fr_hosts_envoys(void **state)
{
	static const struct fr_case tab[] = {
		{ "Ankara a dépêché son ministre des Affaires "
		    "étrangères à Moscou.",
		    "TUR", "042", "RUS" },
		{ "Un ressortissant français a été appréhendé par les "
		    "autorités iraniennes.",
		    "IRN", "173", "FRA" },
		{ "Le principal parti guinéen a été interdit par la "
		    "junte guinéenne.",
		    "GIN", "1722", "GIN" },
		{ "Des migrants maliens ont été reconduits à la "
		    "frontière par la Tunisie.",
		    "TUN", "174", "MLI" },
		{ "La Moldavie a été menacée de droits de douane par la "
		    "Russie.",
		    "RUS", "1312", "MDA" },
		{ "Des droits de douane relevés par Washington frappent "
		    "l'acier chinois.",
		    "USA", "163", "CHN" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 02: "demander" by content, as appeler and exhorter (release,
 * extradition, ceasefire, sanctions lifted, dialogue).
 */
static void
test_lexicon_fr_demander(void **state)
{
	static const struct fr_case tab[] = {
		{ "La France a demandé à l'Iran la libération de deux "
		    "de ses ressortissants.",
		    "FRA", "0253", "IRN" },
		{ "Les États-Unis ont demandé au Venezuela "
		    "l'extradition d'un ancien ministre.",
		    "USA", "0213", "VEN" },
		{ "L'ONU a demandé aux belligérants soudanais un "
		    "cessez-le-feu immédiat.",
		    "IGOUNO", "0256", "SDN" },
		{ "Cuba a demandé aux États-Unis la levée de l'embargo.",
		    "CUB", "0251", "USA" },
		{ "L'Union européenne a demandé à la Serbie et au "
		    "Kosovo de reprendre le dialogue.",
		    "IGOEUREEC", "026", "SRB" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 03: promises to release, to pull back troops, to ease sanctions (not a
 * threat of sanctions).
 */
static void
test_lexicon_fr_intents_to_yield(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'Iran a promis de libérer deux ressortissants "
		    "français.",
		    "IRN", "0353", "FRA" },
		{ "La Russie s'est engagée à retirer ses troupes de "
		    "Moldavie.",
		    "RUS", "0356", "MDA" },
		{ "Les États-Unis ont promis de lever certaines "
		    "sanctions contre le Venezuela.",
		    "USA", "035", "VEN" },
		{ "L'Azerbaïdjan s'est engagé à libérer des prisonniers "
		    "arméniens.",
		    "AZE", "0353", "ARM" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 04/11: topics broached in talks (aborder, as évoquer), things judged
 * unacceptable (estimer, as juger).
 */
static void
test_lexicon_fr_topics_unacceptable(void **state)
{
	static const struct fr_case tab[] = {
		{ "Les chefs de gouvernement espagnol et portugais ont "
		    "abordé la crise migratoire.",
		    "ESP", "04", "PRT" },
		{ "La République tchèque a estimé inacceptable la "
		    "décision de la Russie.",
		    "CZE", "111", "RUS" },
		{ "Le Premier ministre indien a abordé avec son "
		    "homologue bangladais la question du partage des "
		    "eaux.",
		    "IND", "04", "BGD" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 05-14: satisfaction said of a deal, agreements reached by
 * "s'entendre", buildings occupied by protesters.
 */
static void
test_lexicon_fr_satisfaction_occupation(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le gouvernement égyptien s'est dit satisfait de "
		    "l'accord avec le FMI.",
		    "EGY", "051", "IGOIMF" },
		{ "L'Arménie et l'Azerbaïdjan se sont entendus sur un "
		    "accord de paix.",
		    "ARM", "057", "AZE" },
		{ "Des étudiants serbes ont occupé le Parlement de "
		    "Belgrade.",
		    "SRB", "141", "SRB" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 04-15: "a envoyé", "s'est insurgé", "voter", "organiser" are verbs,
 * though they are also role words of roles.tsv (an envoy, an insurgent;
 * English voter, organiser): troops, aid, arms, emissaries and
 * representatives sent, protests; the envoy himself still acts.
 */
static void
test_lexicon_fr_envoyer(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Chine a envoyé des troupes à la frontière "
		    "indienne.",
		    "CHN", "154", "IND" },
		{ "La Turquie a envoyé de l'aide humanitaire à la "
		    "Syrie.",
		    "TUR", "073", "SYR" },
		{ "Le Burkina Faso a envoyé un émissaire à Abidjan.",
		    "BFA", "042", "CIV" },
		{ "La Russie avait envoyé des armes à la Syrie.",
		    "RUS", "072", "SYR" },
		{ "Le Ghana a envoyé un représentant en Côte d'Ivoire.",
		    "GHA", "042", "CIV" },
		{ "L'envoyé américain a rencontré le président "
		    "libanais.",
		    "USA", "040", "LBN" },
		{ "Le Maroc s'est insurgé contre la décision de "
		    "l'Algérie.",
		    "MAR", "111", "DZA" },
		{ "Les Émirats se sont insurgés contre la décision du "
		    "Soudan.",
		    "ARE", "111", "SDN" },
		{ "La Russie a décidé de voter contre la résolution de "
		    "l'ONU.",
		    "RUS", "120", "IGOUNO" },
		{ "Le Qatar va organiser des pourparlers entre les "
		    "États-Unis et l'Iran.",
		    "QAT", "045", "USA" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 17-19: ships and fishermen harassed by forces (170), troops and towns
 * encircled (191).
 */
static void
test_lexicon_fr_harass_encircle(void **state)
{
	static const struct fr_case tab[] = {
		{ "Des garde-côtes chinois ont harcelé des navires "
		    "philippins près d'un récif.",
		    "CHN", "170", "PHL" },
		{ "Les forces russes ont encerclé des soldats "
		    "ukrainiens près de Bakhmout.",
		    "RUS", "191", "UKR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 20: hundreds or thousands killed by a named force (202); active forms
 * only.
 */
static void
test_lexicon_fr_mass_killings(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'armée birmane a tué des centaines de civils "
		    "rohingyas en Birmanie.",
		    "MMR", "202", "MMR" },
		{ "Les forces soudanaises ont tué des milliers de "
		    "civils soudanais au Darfour.",
		    "SDN", "202", "SDN" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 16: "+word" needs count only after the trigger: a member excluded "de
 * l'organisation", while the subject "L'Union européenne" of "n'exclut
 * pas" is no need.
 */
static void
test_lexicon_fr_after_needs(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'Union africaine a exclu la Guinée de "
		    "l'organisation.",
		    "IGOAFRAFU", "161", "GIN" },
	};

	check_cases(tab, NCASES(tab));
}

/* 17: parties dissolved, the noun as the verb dissoudre (1722). */
static void
test_lexicon_fr_dissolution(void **state)
{
	static const struct fr_case tab[] = {
		{ "La junte malienne a annoncé la dissolution de tous "
		    "les partis politiques maliens.",
		    "MLI", "1722", "MLI" },
		{ "La junte guinéenne a prononcé la dissolution du "
		    "principal parti d'opposition guinéen.",
		    "GIN", "1722", "GIN" },
	};

	check_cases(tab, NCASES(tab));
}

/* 12: proposals set aside (écarter), accessions blocked (bloquer). */
static void
test_lexicon_fr_proposals_blocked(void **state)
{
	static const struct fr_case tab[] = {
		{ "Israël a écarté la proposition égyptienne.",
		    "ISR", "12", "EGY" },
		{ "La Hongrie a bloqué l'adhésion de l'Ukraine à "
		    "l'Union européenne.",
		    "HUN", "12", "UKR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 16: agreements left, treaty participation suspended (not "parti*" of a
 * party ban), relations downgraded, sanctions lists, imports banned.
 */
static void
test_lexicon_fr_reduce_relations2(void **state)
{
	static const struct fr_case tab[] = {
		{ "Les États-Unis ont quitté l'accord nucléaire avec "
		    "l'Iran.",
		    "USA", "161", "IRN" },
		{ "La Russie a suspendu sa participation au traité New "
		    "Start avec les États-Unis.",
		    "RUS", "16", "USA" },
		{ "La Chine a rétrogradé ses relations diplomatiques "
		    "avec la Lituanie.",
		    "CHN", "16", "LTU" },
		{ "L'Union européenne a inscrit dix entreprises russes "
		    "sur sa liste de sanctions.",
		    "IGOEUREEC", "163", "RUS" },
		{ "Le Japon a interdit toutes les importations en "
		    "provenance de Corée du Nord.",
		    "JPN", "16", "PRK" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 17-19: after an auxiliary a form shared by a noun and a participle is
 * the verb ("a frappé", not the noun "frappe"); beatings by police named
 * after the verb; ships boarded.
 */
static void
test_lexicon_fr_verb_after_aux(void **state)
{
	static const struct fr_case tab[] = {
		{ "Israël a frappé le Liban.",
		    "ISR", "190", "LBN" },
		{ "La Russie a frappé des infrastructures ukrainiennes.",
		    "RUS", "190", "UKR" },
		{ "Un journaliste turc a été frappé par des policiers "
		    "turcs.",
		    "TUR", "182", "TUR" },
		{ "Les garde-côtes chinois ont abordé deux embarcations "
		    "philippines.",
		    "CHN", "1711", "PHL" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 03-16: summits proposed (036), consultations suspended (164),
 * diplomats recalled (161).
 */
static void
test_lexicon_fr_summits_consultations(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le Kenya a proposé d'organiser un sommet régional "
		    "avec la RDC.",
		    "KEN", "036", "COD" },
		{ "L'Union européenne a suspendu ses consultations de "
		    "défense avec le Rwanda.",
		    "IGOEUREEC", "164", "RWA" },
		{ "La RDC a rappelé ses diplomates en poste au Rwanda.",
		    "COD", "161", "RWA" },
	};

	check_cases(tab, NCASES(tab));
}

/* 06: arms acquired or ordered from a supplier (062, as acheter). */
static void
test_lexicon_fr_arms_acquired(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'Inde a acquis 26 Rafale auprès de la France.",
		    "IND", "062", "FRA" },
		{ "L'Égypte a commandé des avions de combat à la "
		    "France.",
		    "EGY", "062", "FRA" },
		{ "La Pologne a acquis des chars sud-coréens.",
		    "POL", "062", "KOR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 07: refugees taken in (075, while a visiting president is hosted,
 * 043), aid distributed (073).
 */
static void
test_lexicon_fr_refugees_aid(void **state)
{
	static const struct fr_case tab[] = {
		{ "La Turquie a accueilli des millions de réfugiés "
		    "syriens.",
		    "TUR", "075", "SYR" },
		{ "Le Tchad a accueilli des milliers de réfugiés "
		    "soudanais.",
		    "TCD", "075", "SDN" },
		{ "La Jordanie a distribué des vivres aux Palestiniens "
		    "de Gaza.",
		    "JOR", "073", "PSE" },
		{ "La Turquie a accueilli le président syrien à Ankara.",
		    "TUR", "043", "SYR" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 09-13: sites inspected (090), conditions laid down (100), warnings
 * issued (130).
 */
static void
test_lexicon_fr_inspect_conditions_warnings(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'AIEA a inspecté les installations nucléaires "
		    "iraniennes.",
		    "IGOIAEA", "090", "IRN" },
		{ "Moscou a posé ses conditions à l'Ukraine pour un "
		    "cessez-le-feu.",
		    "RUS", "100", "UKR" },
		{ "La Chine a lancé un avertissement aux Philippines.",
		    "CHN", "130", "PHL" },
	};

	check_cases(tab, NCASES(tab));
}

/* 14-18: embassies vandalised (145), bombs set off (183). */
static void
test_lexicon_fr_vandalism_bombs(void **state)
{
	static const struct fr_case tab[] = {
		{ "Des manifestants irakiens ont vandalisé l'ambassade "
		    "de Suède à Bagdad.",
		    "IRQ", "145", "SWE" },
		{ "Des jihadistes maliens ont fait exploser une bombe "
		    "contre un convoi de l'armée malienne.",
		    "MLI", "183", "MLI" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 03: agreeing to relaunch or deepen cooperation (convenir de relancer,
 * de renforcer: 030; "convenir d'un cessez-le-feu" stays 0871).
 */
static void
test_lexicon_fr_agreed_to_cooperate(void **state)
{
	static const struct fr_case tab[] = {
		{ "Le Maroc et la Mauritanie sont convenus "
		    "d'intensifier leurs échanges.",
		    "MAR", "030", "MRT" },
		{ "Le Pérou et l'Équateur sont convenus de développer "
		    "des projets communs.",
		    "PER", "030", "ECU" },
		{ "Les présidents chilien et argentin sont convenus de "
		    "relancer la commission binationale.",
		    "CHL", "030", "ARG" },
		{ "Le Japon et l'Inde sont convenus d'un cessez-le-feu.",
		    "JPN", "0871", "IND" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 08: "la levée des sanctions" is the noun, not the participle of a
 * person after its article (085).
 */
static void
test_lexicon_fr_lifting(void **state)
{
	static const struct fr_case tab[] = {
		{ "Les États-Unis ont annoncé la levée des sanctions "
		    "contre le Venezuela.",
		    "USA", "085", "VEN" },
		{ "L'Union européenne a décidé la levée de l'embargo "
		    "sur les armes contre la Chine.",
		    "IGOEUREEC", "085", "CHN" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * 04: "l'arrivée du président à X" is a visit, the noun; "l'arrivée au
 * pouvoir" is none.
 */
static void
test_lexicon_fr_arrival_noun(void **state)
{
	static const struct fr_case tab[] = {
		{ "L'arrivée du président turc à Bagdad est attendue "
		    "lundi.",
		    "TUR", "042", "IRQ" },
	};

	check_cases(tab, NCASES(tab));
}

/*
 * A new protest announced after one reported is an event of its own, on
 * its own day.
 */
static void
test_lexicon_fr_new_protests(void **state)
{
	assert_int_equal(count_code("Des milliers d'étudiants albanais ont "
	    "manifesté vendredi à Tirana contre le "
	    "gouvernement. De nouvelles "
	    "manifestations sont prévues samedi.",
	    "141"), 2);
	assert_int_equal(count_code("Des milliers de Géorgiens ont manifesté "
	    "lundi à Tbilissi. Un nouveau "
	    "rassemblement est prévu jeudi devant le "
	    "Parlement.",
	    "141"), 2);
}

/* The same words in senses that code nothing. */
static void
test_lexicon_fr_other_senses(void **state)
{
	assert_int_equal(count_code("Le ministre des Finances a présenté le "
	    "budget.",
	    "0"), 0);
	assert_int_equal(count_code("Le titre de séjour des étudiants "
	    "marocains en France sera prolongé.",
	    "04"), 0);
	assert_int_equal(count_code("Selon la presse iranienne, Téhéran a "
	    "reçu une délégation irakienne.",
	    "02"), 0);
	assert_int_equal(count_code("La Russie dispose de missiles capables "
	    "d'atteindre l'Europe.",
	    "03"), 0);
	assert_int_equal(count_code("Le gouvernement a réduit les impôts de "
	    "la classe moyenne.",
	    "16"), 0);
	assert_int_equal(count_code("Les résultats sont attendus en France "
	    "dans la soirée.",
	    "04"), 0);
	assert_int_equal(count_code("Le projet de loi de finances prévoit une "
	    "hausse de la TVA au Kenya.",
	    "06"), 0);
	assert_int_equal(count_code("Le ministre a exclu toute escale "
	    "technique.",
	    "04"), 0);
	assert_int_equal(count_code("Le match a été entraîné par un ancien "
	    "joueur.",
	    "06"), 0);
	assert_int_equal(count_code("Le ministre a coupé court aux rumeurs.",
	    "16"), 0);
	assert_int_equal(count_code("Le prix Nobel a été attribué à une "
	    "militante iranienne.",
	    "11"), 0);
	assert_int_equal(count_code("Le tribunal a renvoyé le procès de "
	    "l'opposant au mois de juin.",
	    "16"), 0);
	assert_int_equal(count_code("L'exécution du budget par le "
	    "gouvernement sénégalais a été critiquée.",
	    "18"), 0);
	assert_int_equal(count_code("Le ministre français a parlé de son "
	    "voyage avec des journalistes.",
	    "04"), 0);
	assert_int_equal(count_code("Le ministre a collaboré avec des "
	    "artistes pour la cérémonie.",
	    "06"), 0);
	assert_int_equal(count_code("Le ministre a assisté à la réunion du "
	    "cabinet.",
	    "04"), 0);
	assert_int_equal(count_code("L'interdiction de fumer dans les lieux "
	    "publics entre en vigueur lundi.",
	    "16"), 0);
	assert_int_equal(count_code("Le ministre a gelé sa participation au "
	    "gouvernement pour raisons de santé.",
	    "16"), 0);
	assert_int_equal(count_code("Le club a renforcé sa présence sur le "
	    "marché asiatique.",
	    "15"), 0);
	assert_int_equal(count_code("La France a appelé ses ressortissants à "
	    "quitter le Liban. L'Allemagne a pris des "
	    "mesures similaires.",
	    "16"), 0);
	assert_int_equal(count_code("Le ministre a tendu la main à "
	    "l'opposition.",
	    "19"), 0);
	assert_int_equal(count_code("La libération de la parole des victimes "
	    "se poursuit en France.",
	    "08"), 0);
	assert_int_equal(count_code("Israël a poursuivi ses frappes contre le "
	    "Hezbollah malgré les menaces de "
	    "sanctions.",
	    "16"), 0);
	assert_int_equal(count_code("Les frappes ont aggravé la crise "
	    "humanitaire dans la bande de Gaza, selon "
	    "l'ONU.",
	    "16"), 0);
	assert_int_equal(count_code("Le Parlement a versé le rapport au "
	    "dossier.",
	    "07"), 0);
	assert_int_equal(count_code("Le gouvernement a relevé le salaire "
	    "minimum.",
	    "16"), 0);
	assert_int_equal(count_code("Le musée a rouvert ses portes au public.",
	    "05"), 0);
	assert_int_equal(count_code("L'opération de sauvetage des mineurs "
	    "chiliens a réussi.",
	    "19"), 0);
	assert_int_equal(count_code("La banque centrale a relevé son taux "
	    "directeur.",
	    "15"), 0);
	assert_int_equal(count_code("Le ministère marocain a accusé réception "
	    "de la lettre de l'Algérie.",
	    "11"), 0);
	assert_int_equal(count_code("La population du Soudan est menacée de "
	    "famine, selon l'ONU.",
	    "13"), 0);
	assert_int_equal(count_code("Le président nigérian a été victime "
	    "d'une attaque cardiaque à Abuja.",
	    "19"), 0);
	assert_int_equal(count_code("La rencontre de football entre la France "
	    "et le Maroc a eu lieu mardi.",
	    "04"), 0);
	assert_int_equal(count_code("L'Union européenne a suspendu les vols "
	    "de la compagnie pour raisons de "
	    "sécurité.",
	    "16"), 0);
	assert_int_equal(count_code("Le gouvernement malien a formé un "
	    "nouveau gouvernement avec des militaires "
	    "maliens.",
	    "06"), 0);
	assert_int_equal(count_code("Le sommet doit traiter la question du "
	    "terrorisme au Sahel avec le Niger.",
	    "11"), 0);
	assert_int_equal(count_code("Le ministre a demandé la parole pour "
	    "parler de la libération des prix.",
	    "0253"), 0);
	assert_int_equal(count_code("Malgré les sanctions, la Russie a "
	    "maintenu ses exportations de pétrole "
	    "vers l'Inde.",
	    "16"), 0);
	assert_int_equal(count_code("Comme attendu, la Chine a condamné les "
	    "frappes en Ukraine.",
	    "04"), 0);
	assert_int_equal(count_code("La France a ordonné le départ de ses "
	    "ressortissants du Liban.",
	    "16"), 0);
	assert_int_equal(count_code("L'Union européenne n'exclut pas de "
	    "nouvelles sanctions contre la Russie.",
	    "161"), 0);
	assert_int_equal(count_code("Le gouvernement a interdit les "
	    "rassemblements sur tout le territoire du "
	    "Mali.",
	    "16"), 0);
	assert_int_equal(count_code("Après les négociations, le Qatar a "
	    "accueilli le président iranien à Doha.",
	    "045"), 0);
	assert_int_equal(count_code("Un haut responsable américain a tenu des "
	    "consultations avec l'Inde.",
	    "11"), 0);
	assert_int_equal(count_code("Un responsable pakistanais a rendu "
	    "visite à son homologue indien.",
	    "11"), 0);
	assert_int_equal(count_code("Le ministre estime que la situation "
	    "reste stable au Niger.",
	    "11"), 0);
	assert_int_equal(count_code("Le témoin a été entendu par le tribunal "
	    "de Paris.",
	    "051"), 0);
	assert_int_equal(count_code("L'envoyé américain a rencontré le "
	    "président libanais.",
	    "15"), 0);
	assert_int_equal(count_code("Le ministre a été harcelé de questions "
	    "par les journalistes.",
	    "17"), 0);
	assert_int_equal(count_code("L'aviation birmane a bombardé un village "
	    "birman, tuant au moins 17 civils.",
	    "20"), 0);
	assert_int_equal(count_code("Des centaines de Soudanais ont été tués "
	    "dans les combats au Darfour, selon "
	    "l'ONU.",
	    "20"), 0);
	assert_int_equal(count_code("Le Japon a refusé de libérer le pêcheur "
	    "chinois, mais a promis un dialogue avec "
	    "la Chine.",
	    "0353"), 0);
	assert_int_equal(count_code("Les manifestants ont tiré des feux "
	    "d'artifice sur la police serbe.",
	    "175"), 0);
	assert_int_equal(count_code("Le président sénégalais a annoncé la "
	    "dissolution de l'Assemblée nationale.",
	    "17"), 0);
	assert_int_equal(count_code("Le président français a tenu à rassurer "
	    "l'Algérie avant la réunion.",
	    "04"), 0);
	assert_int_equal(count_code("La police serbe a écarté les "
	    "manifestants de la place.",
	    "12"), 0);
	assert_int_equal(count_code("La Russie a suspendu sa participation au "
	    "traité New Start avec les États-Unis.",
	    "17"), 0);
	assert_int_equal(count_code("La Russie a vendu du charbon à la Chine.",
	    "06"), 0);
	assert_int_equal(count_code("L'échange d'otages et de prisonniers "
	    "entre Israël et le Hamas a commencé.",
	    "18"), 0);
	assert_int_equal(count_code("Le ministre a rappelé que les diplomates "
	    "français restaient mobilisés au Rwanda.",
	    "16"), 0);
	assert_int_equal(count_code("Le général russe commande les troupes "
	    "russes en Ukraine.",
	    "06"), 0);
	assert_int_equal(count_code("Le ministre a posé la question de la "
	    "sécurité au Mali.",
	    "10"), 0);
	assert_int_equal(count_code("Le prix du pétrole a explosé après la "
	    "décision de l'Opep.",
	    "18"), 0);
	assert_int_equal(count_code("Sans nier les difficultés, le Maroc a "
	    "salué l'accord avec l'Espagne.",
	    "01"), 0);
	assert_int_equal(count_code("Depuis l'arrivée au pouvoir de la junte, "
	    "le Mali a rompu avec la France.",
	    "04"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexicon_fr_verbal),
		cmocka_unit_test(test_lexicon_fr_consult),
		cmocka_unit_test(test_lexicon_fr_cooperation),
		cmocka_unit_test(test_lexicon_fr_disapprove),
		cmocka_unit_test(test_lexicon_fr_conflict),
		cmocka_unit_test(test_lexicon_fr_cooperation2),
		cmocka_unit_test(test_lexicon_fr_conflict2),
		cmocka_unit_test(test_lexicon_fr_patient_nouns),
		cmocka_unit_test(test_lexicon_fr_ceremonies_bans),
		cmocka_unit_test(test_lexicon_fr_withdrawals_protests),
		cmocka_unit_test(test_lexicon_fr_same_measures),
		cmocka_unit_test(test_lexicon_fr_release_ambush_offer),
		cmocka_unit_test(test_lexicon_fr_appeals_threats),
		cmocka_unit_test(test_lexicon_fr_funds_tariffs_ties),
		cmocka_unit_test(test_lexicon_fr_operations_alerts),
		cmocka_unit_test(test_lexicon_fr_insults_repression),
		cmocka_unit_test(test_lexicon_fr_intermediaries_visas),
		cmocka_unit_test(test_lexicon_fr_hosts_envoys),
		cmocka_unit_test(test_lexicon_fr_demander),
		cmocka_unit_test(test_lexicon_fr_intents_to_yield),
		cmocka_unit_test(test_lexicon_fr_topics_unacceptable),
		cmocka_unit_test(test_lexicon_fr_satisfaction_occupation),
		cmocka_unit_test(test_lexicon_fr_envoyer),
		cmocka_unit_test(test_lexicon_fr_harass_encircle),
		cmocka_unit_test(test_lexicon_fr_mass_killings),
		cmocka_unit_test(test_lexicon_fr_after_needs),
		cmocka_unit_test(test_lexicon_fr_dissolution),
		cmocka_unit_test(test_lexicon_fr_proposals_blocked),
		cmocka_unit_test(test_lexicon_fr_reduce_relations2),
		cmocka_unit_test(test_lexicon_fr_verb_after_aux),
		cmocka_unit_test(test_lexicon_fr_summits_consultations),
		cmocka_unit_test(test_lexicon_fr_arms_acquired),
		cmocka_unit_test(test_lexicon_fr_refugees_aid),
		cmocka_unit_test(test_lexicon_fr_inspect_conditions_warnings),
		cmocka_unit_test(test_lexicon_fr_vandalism_bombs),
		cmocka_unit_test(test_lexicon_fr_agreed_to_cooperate),
		cmocka_unit_test(test_lexicon_fr_lifting),
		cmocka_unit_test(test_lexicon_fr_arrival_noun),
		cmocka_unit_test(test_lexicon_fr_new_protests),
		cmocka_unit_test(test_lexicon_fr_other_senses),
	};

	return cmocka_run_group_tests(tests, testlib_setup,
	    testlib_teardown);
}
