/*
 * test_lexicon: trigger coverage of common wire-copy verbs and nouns, one
 * case per CAMEO family, French and English. Each sentence is our own
 * (written for this test, not taken from the gold set); each case asserts
 * the code and the source and target extracted. Uses the real data
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
#include "newsev/score.h"
#include "testlib.h"

/* One sentence and the event it must give (code prefix, actor keys). */
struct lex_case {
	const char *lang;
	const char *text;
	const char *src;
	const char *code;
	const char *tgt;
};

/* Run every case of tab; print the failing sentence before failing. */
static void
check_cases(const struct lex_case *tab, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(testlib_expect("lx", tab[i].text, tab[i].lang,
		    tab[i].src, tab[i].code, tab[i].tgt), 1);
}

/* Number of events of the sentence text whose code starts with c. */
static size_t
count_code(const char *text, const char *lang, const char *c)
{
	struct extract_result *r = testlib_run("lx", text, lang);
	size_t n;

	assert_non_null(r);
	n = testlib_count_code(r, c);
	extract_result_free(r);
	return n;
}

#define NCASES(t) (sizeof(t) / sizeof((t)[0]))

/* 01-05: concern, appeals, vows, consultations, endorsement, accords. */
static void
test_lexicon_verbal_cooperation(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "Le gouvernement japonais a exprimé sa préoccupation "
		    "face aux essais de missiles de la Corée du Nord.",
		    "JPN", "012", "PRK" },
		{ "fr", "Le Qatar a enjoint au Hamas de libérer les otages.",
		    "QAT", "02", "PSE" },
		{ "fr", "Le président sénégalais a atterri mardi à Rabat pour "
		    "une visite de deux jours.", "SEN", "042", "MAR" },
		{ "fr", "La France a appuyé la candidature de l'Ukraine à "
		    "l'Union européenne.", "FRA", "051", "UKR" },
		{ "fr", "Le Maroc et Israël ont établi des relations "
		    "diplomatiques en 2020.", "MAR", "054", "ISR" },
		{ "fr", "Le Vietnam et l'Inde ont scellé un accord de défense "
		    "lundi.", "VNM", "057", "IND" },
		{ "fr", "L'Allemagne a réitéré son soutien à la Moldavie.",
		    "DEU", "051", "MDA" },
		{ "fr", "Le chancelier allemand a loué les efforts du Qatar.",
		    "DEU", "051", "QAT" },
		{ "en", "China expressed concern over the Japanese military "
		    "buildup.", "CHN", "012", "JPN" },
		{ "en", "The United States pressed China to rein in North "
		    "Korea.", "USA", "02", "CHN" },
		{ "en", "Germany vowed to continue supporting Ukraine.",
		    "DEU", "030", "UKR" },
		{ "en", "The Indian foreign minister spoke by phone with his "
		    "Chinese counterpart on Tuesday.", "IND", "041", "CHN" },
		{ "en", "Turkey's president flew to Moscow on Monday for "
		    "talks.", "TUR", "042", "RUS" },
		{ "en", "Washington commended Qatar for its efforts.",
		    "USA", "051", "QAT" },
		{ "en", "The European Union endorsed Kenya's plan.",
		    "IGOEUREEC", "051", "KEN" },
		{ "en", "Saudi Arabia and Iran established diplomatic "
		    "relations.", "SAU", "054", "IRN" },
		{ "en", "Vietnam and India sealed a defence deal on Monday.",
		    "VNM", "057", "IND" },
		{ "en", "NATO expressed solidarity with Estonia.",
		    "IGOWSTNAT", "051", "EST" },
		{ "en", "France reaffirmed its commitment to Lebanon.",
		    "FRA", "052", "LBN" },
	};

	check_cases(tab, NCASES(tab));
	/* the press is no pressure; a plane landing is no visit */
	assert_int_equal(count_code("The press asked Germany to comment.",
	    "en", "02"), 0);
	assert_int_equal(count_code("Un avion de ligne a atterri à Rabat "
	    "mardi.", "fr", "042"), 0);
}

/* 06-08: information shared, loans and aid provided, borders reopened. */
static void
test_lexicon_material_cooperation(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "La Corée du Sud partage des informations avec les "
		    "États-Unis sur les tirs de missiles.", "KOR", "064", "USA" },
		{ "fr", "Le FMI a approuvé jeudi un prêt de 3 milliards de "
		    "dollars à l'Égypte.", "IGOIMF", "071", "EGY" },
		{ "fr", "La Banque mondiale a décaissé 500 millions de dollars "
		    "pour le Niger.", "IGOWBK", "071", "NER" },
		{ "fr", "La Jordanie a acheminé de l'aide humanitaire à la "
		    "Syrie.", "JOR", "073", "SYR" },
		{ "fr", "La Turquie a fourni de l'aide humanitaire à la Syrie.",
		    "TUR", "073", "SYR" },
		{ "fr", "Le Tchad a rouvert mardi sa frontière avec le Soudan.",
		    "TCD", "081", "SDN" },
		{ "fr", "Le président tunisien a gracié l'opposant Ali Ben "
		    "Salah.", "TUN", "0841", "TUN" },
		{ "fr", "L'Union européenne a suspendu ses sanctions contre le "
		    "Zimbabwe.", "IGOEUREEC", "085", "ZWE" },
		{ "fr", "Le Mexique a donné l'asile à l'ancien président "
		    "bolivien.", "MEX", "075", "BOL" },
		{ "en", "South Korea is sharing information with Japan on the "
		    "launches.", "KOR", "064", "JPN" },
		{ "en", "Norway will provide humanitarian aid to Sudan.",
		    "NOR", "073", "SDN" },
		{ "en", "The IMF approved a $3 billion loan to Egypt on "
		    "Thursday.", "IGOIMF", "071", "EGY" },
		{ "en", "Jordan airdropped food to Syria.", "JOR", "073", "SYR" },
		{ "en", "Chad reopened its border with Sudan on Tuesday.",
		    "TCD", "081", "SDN" },
		{ "en", "Nepal withdrew its peacekeepers from Lebanon.",
		    "NPL", "1661", "LBN" },
		{ "en", "Russia pulled its troops out of Armenia.",
		    "RUS", "0874", "ARM" },
		{ "en", "The United States suspended sanctions on Venezuela.",
		    "USA", "085", "VEN" },
		{ "en", "Mexico gave asylum to the former Bolivian president.",
		    "MEX", "075", "BOL" },
		{ "en", "Iran released two French citizens on Monday.",
		    "IRN", "0841", "FRA" },
	};

	check_cases(tab, NCASES(tab));
	/* a release of a statement, details provided: no yield, no aid */
	assert_int_equal(count_code("Iran released a statement on Monday.",
	    "en", "08"), 0);
	assert_int_equal(count_code("Russia provided no details to Norway.",
	    "en", "07"), 0);
}

/* 09-14: inquiries, notices, blame, rejections, threats, street protest. */
static void
test_lexicon_verbal_conflict_protest(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "Le parquet kényan a ouvert une information judiciaire "
		    "contre l'ancien ministre.", "KEN", "091", "KEN" },
		{ "fr", "Le Niger a mis en demeure la France de retirer ses "
		    "troupes.", "NER", "100", "FRA" },
		{ "fr", "Le gouvernement malien a imputé l'attaque à "
		    "l'Algérie.", "MLI", "112", "DZA" },
		{ "fr", "Le ministre iranien a mis en cause Israël dans "
		    "l'explosion.", "IRN", "112", "ISR" },
		{ "fr", "La Russie a jugé inacceptable la décision de la "
		    "Finlande.", "RUS", "111", "FIN" },
		{ "fr", "Le Venezuela a repoussé la proposition du Guyana.",
		    "VEN", "120", "GUY" },
		{ "fr", "La Serbie a exclu toute négociation avec le Kosovo.",
		    "SRB", "120", "XKX" },
		{ "fr", "L'Union européenne a brandi la menace de sanctions "
		    "contre la Géorgie.", "IGOEUREEC", "1312", "GEO" },
		{ "fr", "Des milliers de Géorgiens sont descendus dans la rue "
		    "dimanche à Tbilissi.", "GEO", "141", "GEO" },
		{ "fr", "Des milliers d'étudiants ont défilé mardi à Dacca "
		    "contre le gouvernement.", "BGD", "141", "BGD" },
		{ "fr", "Des manifestants ont jeté des pierres sur l'ambassade "
		    "de France à Niamey.", "NER", "145", "FRA" },
		{ "fr", "Des manifestants ont pris d'assaut l'ambassade de "
		    "Suède à Bagdad.", "IRQ", "145", "SWE" },
		{ "en", "China slammed Japan's decision on Tuesday.",
		    "CHN", "111", "JPN" },
		{ "en", "Iran rebuked Britain over the seizure of a tanker.",
		    "IRN", "111", "GBR" },
		{ "en", "Pakistan lodged a complaint with Afghanistan.",
		    "PAK", "114", "AFG" },
		{ "en", "Venezuela spurned Guyana's proposal.",
		    "VEN", "120", "GUY" },
		{ "en", "Russia turned down the Turkish offer.",
		    "RUS", "120", "TUR" },
		{ "en", "Thousands of Tunisians gathered outside the "
		    "courthouse.", "TUN", "141", "TUN" },
		{ "en", "Thousands of Kenyans took to the streets of Nairobi "
		    "on Tuesday.", "KEN", "141", "KEN" },
		{ "en", "Protesters stormed the Swedish embassy in Baghdad.",
		    "IRQ", "145", "SWE" },
	};

	check_cases(tab, NCASES(tab));
	/* a military strike, an army in the streets, an assault: no protest */
	assert_int_equal(count_code("Israel carried out a strike on a Hamas "
	    "base in Gaza.", "en", "14"), 0);
	assert_int_equal(count_code("The army took control of the streets "
	    "of the capital.", "en", "14"), 0);
	assert_int_equal(count_code("Les troupes maliennes ont lancé "
	    "l'assaut contre les rebelles à Kidal.", "fr", "14"), 0);
}

/* 15-17: troops massed, relations reduced, custody, media shut. */
static void
test_lexicon_mobilize_reduce_coerce(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "La Russie a massé des troupes à la frontière "
		    "ukrainienne.", "RUS", "154", "UKR" },
		{ "fr", "La Turquie a dépêché des renforts à la frontière "
		    "syrienne.", "TUR", "154", "SYR" },
		{ "fr", "Le Mali a déclaré persona non grata l'ambassadeur de "
		    "France.", "MLI", "161", "FRA" },
		{ "fr", "La Lituanie a fermé le consulat de Russie à "
		    "Kaliningrad.", "LTU", "161", "RUS" },
		{ "fr", "Le président péruvien a annulé sa visite au Mexique.",
		    "PER", "160", "MEX" },
		{ "fr", "Les États-Unis ont coupé leur aide au Niger.",
		    "USA", "162", "NER" },
		{ "fr", "Le Niger s'est retiré du traité avec la France.",
		    "NER", "161", "FRA" },
		{ "fr", "La police ivoirienne a placé en garde à vue trois "
		    "opposants.", "CIV", "173", "CIV" },
		{ "fr", "Le gouvernement guinéen a fermé deux journaux "
		    "d'opposition.", "GIN", "1721", "GIN" },
		{ "en", "Russia massed troops on the Ukrainian border.",
		    "RUS", "154", "UKR" },
		{ "en", "Turkey dispatched reinforcements to the Syrian border.",
		    "TUR", "154", "SYR" },
		{ "en", "Lithuania closed the Russian consulate in Klaipeda.",
		    "LTU", "161", "RUS" },
		{ "en", "The Russian consulate in Narva will be closed by "
		    "Estonia.", "EST", "161", "RUS" },
		{ "en", "Peru's president cancelled a visit to Mexico.",
		    "PER", "160", "MEX" },
		{ "en", "Niger froze ties with France.", "NER", "161", "FRA" },
		{ "en", "The United States cut aid to Niger.",
		    "USA", "162", "NER" },
		{ "en", "Russia withdrew from the treaty with the United States.",
		    "RUS", "161", "USA" },
		{ "en", "Police in Kenya rounded up dozens of opposition "
		    "supporters.", "KEN", "173", "KEN" },
		{ "en", "Guinea shut down two opposition newspapers.",
		    "GIN", "1721", "GIN" },
		{ "en", "Kenyan police fired tear gas at protesters in Nairobi.",
		    "KEN", "175", "KEN" },
	};

	check_cases(tab, NCASES(tab));
	/* a round of talks, a list of names: no arrest, no sanction */
	assert_int_equal(count_code("Kenya and Somalia held a new round of "
	    "talks on Monday.", "en", "17"), 0);
	assert_int_equal(count_code("La France a publié la liste des pays "
	    "invités au sommet.", "fr", "16"), 0);
}

/* 18-20: hostages, assaults, raids, captured towns, annexation. */
static void
test_lexicon_violence(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "Des rebelles nigériens ont séquestré deux ingénieurs "
		    "chinois.", "NER", "181", "CHN" },
		{ "fr", "Des policiers serbes ont agressé un journaliste "
		    "croate à Belgrade.", "SRB", "182", "HRV" },
		{ "fr", "L'armée israélienne a mené un raid aérien contre le "
		    "Liban.", "ISR", "195", "LBN" },
		{ "fr", "Les rebelles du M23 ont pris le contrôle de la ville "
		    "de Goma, dans l'est de la RDC.", "COD", "192", "COD" },
		{ "fr", "La Russie a annexé la Crimée en 2014.",
		    "RUS", "192", "UKR" },
		{ "fr", "L'armée ukrainienne a coulé un navire russe en mer "
		    "Noire.", "UKR", "190", "RUS" },
		{ "fr", "L'armée azerbaïdjanaise a ciblé des positions "
		    "arméniennes.", "AZE", "190", "ARM" },
		{ "en", "Nigerien rebels seized two Chinese engineers as "
		    "hostages.", "NER", "181", "CHN" },
		{ "en", "Central African rebels ambushed Moroccan "
		    "peacekeepers.", "CAF", "190", "MAR" },
		{ "en", "Israel carried out an air raid on Lebanon.",
		    "ISR", "195", "LBN" },
		{ "en", "Russia annexed Crimea in 2014.", "RUS", "192", "UKR" },
		{ "en", "Ukraine sank a Russian warship in the Black Sea.",
		    "UKR", "190", "RUS" },
		{ "en", "Azerbaijan targeted Armenian positions on Tuesday.",
		    "AZE", "190", "ARM" },
		{ "en", "The Syrian army carried out a chemical attack on "
		    "rebels in Ghouta.", "SYR", "204", "SYR" },
	};

	check_cases(tab, NCASES(tab));
	/* weapons made or feared are no use of them; a raid without a
	 * military word is no air strike */
	assert_int_equal(count_code("Iran said it was not making chemical "
	    "weapons.", "en", "20"), 0);
	assert_int_equal(count_code("Police raided the offices of a Kenyan "
	    "newspaper.", "en", "19"), 0);
	/* control taken of a file or a company: no territory occupied */
	assert_int_equal(count_code("Le ministre russe a pris le contrôle du "
	    "dossier ukrainien.", "fr", "19"), 0);
}

/* Second pass: options studied, talks promised, fire exchanged. */
static void
test_lexicon_second_pass(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "Le Maroc étudie la proposition de l'Algérie.",
		    "MAR", "014", "DZA" },
		{ "fr", "Le président kényan a promis un dialogue avec "
		    "l'opposition.", "KEN", "036", "KEN" },
		{ "fr", "Le Rwanda s'est dit prêt à envoyer des soldats en "
		    "Centrafrique.", "RWA", "0334", "CAF" },
		{ "fr", "Washington a menacé Phnom Penh de suspendre les "
		    "négociations commerciales.", "USA", "134", "KHM" },
		{ "en", "Morocco is considering Algeria's proposal.",
		    "MAR", "014", "DZA" },
		{ "en", "Kenya's president promised talks with the opposition.",
		    "KEN", "036", "KEN" },
		{ "en", "Indian and Pakistani troops exchanged fire along the "
		    "border.", "IND", "190", "PAK" },
		{ "en", "Heavy fighting erupted between Sudan's army and the "
		    "RSF on Monday.", "SDN", "190", "SDN" },
		{ "en", "India delivered patrol boats to Vietnam in 2023.",
		    "IND", "072", "VNM" },
		{ "en", "The United States threatened to suspend trade talks "
		    "with Cambodia.", "USA", "134", "KHM" },
		{ "en", "The EU sent emergency aid to Libya.",
		    "IGOEUREEC", "073", "LBY" },
	};

	check_cases(tab, NCASES(tab));
	/* fighting corruption is no combat */
	assert_int_equal(count_code("Kenya said it was fighting corruption "
	    "with Uganda's help.", "en", "19"), 0);
}

/* Codes that had no line in one language. */
static void
test_lexicon_missing_codes(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "L'OTAN a appelé la Russie à cesser ses activités "
		    "déstabilisatrices.", "IGOWSTNAT", "025", "RUS" },
		{ "fr", "Le Maroc s'est engagé à partager ses renseignements "
		    "avec l'Espagne.", "MAR", "0314", "ESP" },
		{ "fr", "La Chine a restreint les exportations de gallium vers "
		    "le Japon.", "CHN", "172", "JPN" },
		{ "fr", "La France a restitué au Bénin 26 œuvres d'art.",
		    "FRA", "084", "BEN" },
		{ "en", "The African Union urged Rwanda to withdraw its troops "
		    "from Congo.", "IGOAFRAFU", "025", "RWA" },
		{ "en", "Ukraine asked Turkey to mediate with Russia.",
		    "UKR", "028", "TUR" },
		{ "en", "The EU demanded an end to the bombing of Gaza by "
		    "Israel.", "IGOEUREEC", "105", "ISR" },
		{ "en", "The United States threatened to cut aid to Georgia.",
		    "USA", "1311", "GEO" },
		{ "en", "Iran expelled IAEA inspectors.",
		    "IRN", "1662", "IGOIAEA" },
		{ "en", "China restricted exports of gallium to Japan.",
		    "CHN", "172", "JPN" },
		{ "en", "Two Pakistani soldiers were shot dead by Afghan border "
		    "guards.", "AFG", "193", "PAK" },
		{ "en", "Russia returned the remains of Ukrainian soldiers to "
		    "Ukraine.", "RUS", "084", "UKR" },
	};

	check_cases(tab, NCASES(tab));
	/* migrants deported by the thousand are deported (174), not a mass
	 * expulsion of the 20 family */
	assert_int_equal(count_code("Algeria expelled thousands of "
	    "Nigerien migrants.", "en", "20"), 0);
}

/* Third pass: responsibility admitted, aid sought, captives handed over. */
static void
test_lexicon_third_pass(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "Israël a admis sa responsabilité dans la mort de "
		    "soldats égyptiens.", "ISR", "015", "EGY" },
		{ "fr", "Le Liban a sollicité l'aide de la France après "
		    "l'explosion.", "LBN", "023", "FRA" },
		{ "fr", "Le Hamas a remis quatre otages à la Croix-Rouge.",
		    "PSE", "0841", "NGOIRC" },
		{ "fr", "La Chine a assoupli les restrictions de visas pour la "
		    "Thaïlande.", "CHN", "081", "THA" },
		{ "fr", "L'Iran a accordé l'accès de son site aux inspecteurs "
		    "de l'AIEA.", "IRN", "086", "IGOIAEA" },
		{ "en", "Israel admitted responsibility for the attack on the "
		    "Egyptian convoy.", "ISR", "015", "EGY" },
		{ "en", "Germany regretted Hungary's decision on Tuesday.",
		    "DEU", "111", "HUN" },
		{ "en", "Lebanon sought help from France after the blast.",
		    "LBN", "023", "FRA" },
		{ "en", "Japan gave humanitarian aid to Myanmar.",
		    "JPN", "073", "MMR" },
		{ "en", "Hamas handed over four hostages to the Red Cross.",
		    "PSE", "0841", "NGOIRC" },
		{ "en", "China eased visa restrictions for Thailand.",
		    "CHN", "081", "THA" },
		{ "en", "Iran granted access to IAEA inspectors.",
		    "IRN", "086", "IGOIAEA" },
		{ "en", "The Pentagon reprimanded South Korea.",
		    "USA", "111", "KOR" },
	};

	check_cases(tab, NCASES(tab));
}

/* Fourth pass: accusations traded, retaliation, treaties revoked. */
static void
test_lexicon_fourth_pass(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "L'Iran a arraisonné un pétrolier grec dans le golfe "
		    "d'Oman.", "IRN", "1711", "GRC" },
		{ "fr", "Les rebelles du M23 se sont emparés de la ville "
		    "congolaise de Bukavu.", "COD", "192", "COD" },
		{ "fr", "La Chine a riposté par des taxes sur le soja "
		    "américain.", "CHN", "163", "USA" },
		{ "fr", "Le Niger a révoqué l'accord de coopération militaire "
		    "avec les États-Unis.", "NER", "161", "USA" },
		{ "fr", "La Turquie a levé son veto à l'adhésion de la Suède à "
		    "l'OTAN.", "TUR", "080", "SWE" },
		{ "en", "India and Pakistan traded accusations after the "
		    "attack.", "IND", "112", "PAK" },
		{ "en", "China retaliated with tariffs on American soybeans.",
		    "CHN", "163", "USA" },
		{ "en", "North Korea tested a new ballistic missile in defiance "
		    "of the United States.", "PRK", "150", "USA" },
		{ "en", "Ukraine struck a Russian oil refinery with drones "
		    "overnight.", "UKR", "195", "RUS" },
		{ "en", "Niger revoked a military cooperation agreement with "
		    "the United States.", "NER", "161", "USA" },
		{ "en", "The United States scrapped its nuclear agreement with "
		    "Iran.", "USA", "161", "IRN" },
		{ "en", "Turkey lifted its veto on Sweden's membership of "
		    "NATO.", "TUR", "080", "SWE" },
		{ "en", "Georgia welcomed the aid airlifted by Turkey.",
		    "TUR", "073", "GEO" },
	};

	check_cases(tab, NCASES(tab));
	/* trade talks are no accusation */
	assert_int_equal(count_code("India and Pakistan resumed trade talks "
	    "on Monday.", "en", "11"), 0);
}

/* Fifth pass: executions, police sent abroad, treaties suspended. */
static void
test_lexicon_fifth_pass(void **state)
{
	static const struct lex_case tab[] = {
		{ "fr", "Des soldats maliens ont exécuté des civils dans le "
		    "centre du pays, selon Human Rights Watch.",
		    "MLI", "180", "MLI" },
		{ "fr", "Le Kenya a dépêché un millier de policiers en Haïti.",
		    "KEN", "074", "HTI" },
		{ "fr", "L'Inde a suspendu le traité sur les eaux de l'Indus "
		    "avec le Pakistan.", "IND", "161", "PAK" },
		{ "fr", "Israël a intercepté une flottille humanitaire partie "
		    "de Turquie.", "ISR", "191", "TUR" },
		{ "fr", "La Corée du Sud a déposé une plainte auprès de l'OMC "
		    "contre le Japon.", "KOR", "114", "JPN" },
		{ "en", "Malian soldiers executed civilians in central Mali, "
		    "Human Rights Watch said.", "MLI", "180", "MLI" },
		{ "en", "India suspended the Indus Waters Treaty with "
		    "Pakistan.", "IND", "161", "PAK" },
		{ "en", "Israel intercepted an aid flotilla sailing from "
		    "Turkey.", "ISR", "191", "TUR" },
		{ "en", "Russia and Ukraine carried out a prisoner swap on "
		    "Sunday.", "RUS", "0841", "UKR" },
		{ "en", "South Sudan shut its border with Sudan.",
		    "SSD", "191", "SDN" },
		{ "fr", "La Russie a opposé son veto à la résolution "
		    "américaine.", "RUS", "129", "USA" },
		{ "fr", "L'Union africaine a suspendu le Niger de ses "
		    "instances.", "IGOAFRAFU", "161", "NER" },
		{ "fr", "L'Inde et la Chine ont convenu de reprendre les "
		    "patrouilles à la frontière.", "IND", "0312", "CHN" },
		{ "en", "The African Union suspended Niger from its bodies.",
		    "IGOAFRAFU", "161", "NER" },
	};

	check_cases(tab, NCASES(tab));
	/* missiles intercepted by air defence are no blockade */
	assert_int_equal(count_code("Israel intercepted missiles fired from "
	    "Yemen.", "en", "191"), 0);
}

/* Other senses of the new trigger words code nothing. */
static void
test_lexicon_other_senses(void **state)
{
	assert_int_equal(count_code("A round of talks between Iran and the "
	    "United States wrapped up in Oman.", "en", "17"), 0);
	assert_int_equal(count_code("A storm damaged the building of the "
	    "Japanese embassy in Manila.", "en", "14"), 0);
	assert_int_equal(count_code("Chinese ships carrying missiles sailed "
	    "near Taiwan.", "en", "07"), 0);
	assert_int_equal(count_code("Ukraine found a mass grave of Russian "
	    "soldiers near Kharkiv.", "en", "15"), 0);
	assert_int_equal(count_code("Talks between Britain and France took "
	    "place on Downing Street.", "en", "14"), 0);
	assert_int_equal(count_code("La France a mis fin à sa mission au Mali "
	    "à cause de la crise avec la junte.", "fr", "11"), 0);
	assert_int_equal(count_code("La situation demeure tendue au Soudan "
	    "malgré les mesures mises en place par l'Égypte.", "fr", "10"), 0);
	assert_int_equal(count_code("Le Mali a fermé sa frontière avec "
	    "l'Algérie, selon des médias locaux.", "fr", "172"), 0);
	assert_int_equal(count_code("Niger shut its border with Benin, media "
	    "reported.", "en", "172"), 0);
	assert_int_equal(count_code("L'armée malienne a mené une attaque "
	    "contre des positions jihadistes près de Gao.", "fr", "18"), 0);
	assert_int_equal(count_code("Le cortège du président français a "
	    "traversé Dakar.", "fr", "14"), 0);
	assert_int_equal(count_code("Le Kenya a décidé de renforcer sa "
	    "présence diplomatique en Somalie.", "fr", "15"), 0);
	assert_int_equal(count_code("Russia sabotaged the talks with "
	    "Ukraine, Kyiv said.", "en", "17"), 0);
}

/*
 * Precision of older lines (lexicon2): an appeal for free elections is no
 * release demand; fire exchanged is fighting in both languages; content
 * lines of "ready"/"willing" beat the bare intent block kept last; "be"
 * is a passive auxiliary ("will be expelled by").
 */
static void
test_lexicon_precision(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Brazil urged Bolivia to hold free and fair elections "
		    "next year.", "BRA", "024", "BOL" },
		{ "en", "Norway urged Belarus to free jailed activists.",
		    "NOR", "0253", "BLR" },
		{ "en", "The Vatican called on Nicaragua to free the detained "
		    "priests.", "VAT", "0253", "NIC" },
		{ "fr", "Les forces thaïlandaises et cambodgiennes ont échangé "
		    "des tirs jeudi près de la frontière.", "THA", "190",
		    "KHM" },
		{ "fr", "L'Arménie et l'Azerbaïdjan ont échangé des coups de "
		    "feu dans la nuit.", "ARM", "190", "AZE" },
		{ "en", "Rwanda is ready to send troops to Mozambique.",
		    "RWA", "0334", "MOZ" },
		{ "en", "Kenya said it was willing to deploy police to Haiti.",
		    "KEN", "0334", "HTI" },
		{ "en", "Ghana is ready to help Togo.", "GHA", "030", "TGO" },
		{ "en", "Chinese diplomats will be expelled by Lithuania next "
		    "week.", "LTU", "166", "CHN" },
		{ "en", "Two Iranian activists will be arrested by Turkish "
		    "police.", "TUR", "173", "IRN" },
	};

	check_cases(tab, NCASES(tab));
	assert_int_equal(count_code("Brazil urged Bolivia to hold free and "
	    "fair elections next year.", "en", "0253"), 0);
	assert_int_equal(count_code("Rwanda is ready to send troops to "
	    "Mozambique.", "en", "030"), 0);
	/* exchanging with a counterpart stays a consultation */
	assert_int_equal(count_code("Le ministre ghanéen a échangé avec son "
	    "homologue togolais.", "fr", "19"), 0);
}

/*
 * Light verbs (lexicon2): the act is named by the object ("carried out
 * strikes", "a mené des frappes", "a procédé à l'arrestation"); the
 * verb's subject is the source.
 */
static void
test_lexicon_light_verbs(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "The United States carried out an airstrike against "
		    "Islamic State fighters in Somalia.", "USA", "195",
		    "IMGMOSISI" },
		{ "en", "Rebels staged an assault on a Malian army base.",
		    "MLI", "190", "MLI" },
		{ "en", "Turkey launched a ground offensive in northern "
		    "Syria.", "TUR", "190", "SYR" },
		{ "en", "Russia conducted military exercises near the Finnish "
		    "border.", "RUS", "150", "FIN" },
		{ "fr", "L'armée israélienne a mené des frappes contre des "
		    "positions du Hezbollah.", "ISR", "195", "LBN" },
		{ "fr", "Les jihadistes ont mené une attaque contre une base de "
		    "l'armée malienne.", "MLI", "190", "MLI" },
		{ "fr", "La police sénégalaise a procédé à l'arrestation de "
		    "trois opposants.", "SEN", "173", "SEN" },
	};

	check_cases(tab, NCASES(tab));
	/* a ship carrying missiles, talks led: no act of force */
	assert_int_equal(count_code("Chinese ships carrying missiles sailed "
	    "near Taiwan.", "en", "19"), 0);
	assert_int_equal(count_code("Le ministre malien a mené des "
	    "discussions avec son homologue nigérien.", "fr", "19"), 0);
	/* the expulsion keeps its own code (166), not the light verb's */
	assert_int_equal(count_code("Le Mali a procédé à l'expulsion de "
	    "l'ambassadeur français.", "fr", "166"), 1);
}

/*
 * Third round (lexicon2): a promise to respond is a threat; people beaten
 * by police; peacekeepers withdrawn.
 */
static void
test_lexicon_threats_assaults(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Russia promised to respond to the expulsion of its "
		    "diplomats by Estonia.", "RUS", "130", "EST" },
		{ "fr", "Moscou a promis de riposter aux sanctions de l'Union "
		    "européenne.", "RUS", "130", "IGOEUREEC" },
		{ "fr", "Des photographes turcs ont été frappés par la police "
		    "grecque.", "GRC", "182", "TUR" },
		{ "fr", "Des policiers serbes ont tabassé des étudiants à "
		    "Belgrade.", "SRB", "182", "SRB" },
	};

	check_cases(tab, NCASES(tab));
	/* a seizure of property by a named agent (1711) */
	assert_int_equal(count_code("The seizure of a British tanker by Iran "
	    "angered London.", "en", "1711"), 1);
	assert_int_equal(count_code("La saisie d'un pétrolier grec par "
	    "l'Iran a été condamnée.", "fr", "1711"), 1);
	assert_int_equal(count_code("Russia promised to help Cuba.", "en",
	    "13"), 0);
	assert_int_equal(count_code("Le Bangladesh a commencé à retirer ses "
	    "casques bleus de Centrafrique.", "fr", "1661"), 1);
}

/*
 * Fourth round (lexicon2): borders sealed or locked down, deals left,
 * control of a place taken or regained.
 */
static void
test_lexicon_borders_control(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Poland sealed its border with Belarus.", "POL", "191",
		    "BLR" },
		{ "fr", "La Pologne a bouclé sa frontière avec la "
		    "Biélorussie.", "POL", "191", "BLR" },
		{ "en", "The United States withdrew from the nuclear deal with "
		    "Iran.", "USA", "161", "IRN" },
		{ "en", "M23 rebels took control of the city of Goma.", "COD",
		    "192", "COD" },
		{ "fr", "L'armée malienne a repris le contrôle de Kidal.",
		    "MLI", "192", "MLI" },
	};

	check_cases(tab, NCASES(tab));
	/* people who remain detained: a state, no new arrest */
	assert_int_equal(count_code("Trois journalistes belges restent "
	    "détenus au Burundi.", "fr", "17"), 0);
	assert_int_equal(count_code("Two Canadian citizens remain detained "
	    "in China.", "en", "17"), 0);
	assert_int_equal(count_code("La police burundaise a détenu trois "
	    "journalistes belges.", "fr", "173"), 1);
	/* the adjective "close to" after a verb of position closes nothing */
	assert_int_equal(count_code("Russian troops massed close to the border "
	    "with Finland.", "en", "191"), 0);
	assert_int_equal(count_code("Turkish soldiers stationed close to the "
	    "Syrian border came under fire.", "en", "191"), 0);
	assert_int_equal(count_code("Lithuania said it would close two border "
	    "crossings with Belarus.", "en", "191"), 1);
	assert_int_equal(count_code("Estonia will close its border with Russia "
	    "too, officials said.", "en", "191"), 1);
	/* a deal sealed stays an agreement; a firm's control is no event */
	assert_int_equal(count_code("Iran and Oman sealed a deal on border "
	    "security.", "en", "19"), 0);
	assert_int_equal(count_code("A Chinese firm took control of the Greek "
	    "company.", "en", "19"), 0);
}

/*
 * Fifth round (lexicon2): people freed whoever they are, ultimatums
 * issued, texts initialled, tankers seized, entry barred.
 */
static void
test_lexicon_fifth_round(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Venezuela freed ten Americans.", "VEN", "0841",
		    "USA" },
		{ "en", "ECOWAS issued an ultimatum to the Niger junta.",
		    "IGOECOWAS", "139", "NER" },
		{ "en", "Morocco and Israel initialled a memorandum of "
		    "understanding.", "MAR", "057", "ISR" },
		{ "en", "Russia barred British lawmakers from entering the "
		    "country.", "RUS", "1721", "GBR" },
		{ "fr", "L'Iran a saisi un pétrolier grec dans le Golfe.",
		    "IRN", "1711", "GRC" },
	};

	check_cases(tab, NCASES(tab));
	/* funds freed up, elections free: no release */
	assert_int_equal(count_code("The deal freed up funds for Egypt's "
	    "budget, Cairo said.", "en", "08"), 0);
}

/*
 * Sixth round (lexicon3): wire-desk phrasal verbs and light verbs: talks
 * pulled out of, patrols stepped up, pacts torn up, bases overrun,
 * ambassadors ordered out, boats rammed, refusals opposed, suspects
 * referred to the courts, doors slammed on a bloc, sanctions inflicted.
 */
static void
test_lexicon_sixth_round(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Serbia pulled out of the talks with Kosovo on "
		    "Friday.", "SRB", "164", "XKX" },
		{ "en", "Pakistan stepped up patrols along the border with "
		    "Afghanistan.", "PAK", "150", "AFG" },
		{ "en", "Niger tore up its defence pact with France.", "NER",
		    "161", "FRA" },
		{ "en", "Niger ordered the French ambassador to leave the "
		    "country within 48 hours.", "NER", "166", "FRA" },
		{ "en", "Chinese coast guard vessels rammed a Philippine "
		    "supply boat.", "CHN", "171", "PHL" },
		{ "fr", "L'Algérie a opposé une fin de non-recevoir à la "
		    "demande du Maroc.", "DZA", "120", "MAR" },
		{ "fr", "Le gouvernement malien a opposé un refus catégorique "
		    "à la proposition de la Cédéao.", "MLI", "120",
		    "IGOECOWAS" },
		{ "fr", "La junte nigérienne a sommé l'ambassadeur de France "
		    "de quitter le pays sous 48 heures.", "NER", "166",
		    "FRA" },
		{ "fr", "Le parquet a déféré devant la justice deux opposants "
		    "tunisiens.", "TUN", "173", "TUN" },
		{ "fr", "Le Mali a claqué la porte de la Cédéao.", "MLI", "161",
		    "IGOECOWAS" },
		{ "fr", "Le Niger a ordonné à l'ambassadeur de France de "
		    "quitter le territoire.", "NER", "166", "FRA" },
		{ "fr", "Les garde-côtes chinois ont éperonné un navire "
		    "philippin.", "CHN", "171", "PHL" },
		{ "fr", "Les États-Unis ont infligé de nouvelles sanctions à "
		    "la Russie.", "USA", "163", "RUS" },
	};

	(void)state;
	check_cases(tab, NCASES(tab));
	/* backing down is no support; tear gas tears up no deal; a demand to
	 * stop is still a demand, no expulsion */
	assert_int_equal(count_code("Iran backed down after the United States "
	    "threatened sanctions.", "en", "05"), 0);
	assert_int_equal(count_code("Police used tear gas to disperse "
	    "protesters in Nairobi after the deal was signed.", "en", "16"),
	    0);
	assert_int_equal(count_code("La Chine a sommé les États-Unis de "
	    "cesser leurs provocations.", "fr", "166"), 0);
	assert_int_equal(count_code("Egypt backed the Sudanese army against "
	    "the RSF.", "en", "051"), 1);
}

/*
 * Seventh round (lexicon3): reporters ordered out (174), peacekeeping
 * mandates extended (074), extensions and reopenings welcomed (051),
 * battalions withdrawn (0874), cautions (130), objections (120), embargoes
 * decreed or sanctions applied (163), denials (016), measures opposed (120).
 */
static void
test_lexicon_seventh_round(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Belarus ordered a Polish journalist to leave the "
		    "country.", "BLR", "174", "POL" },
		{ "en", "The Security Council voted to extend the peacekeeping "
		    "mission in Mali.", "IGOUNO", "074", "MLI" },
		{ "en", "Mali welcomed the extension of the truce with the "
		    "rebels.", "MLI", "051", "MLI" },
		{ "en", "Chad said it would withdraw two battalions from "
		    "Niger.", "TCD", "0874", "NER" },
		{ "en", "Washington cautioned Ankara against buying Russian "
		    "jets.", "USA", "130", "TUR" },
		{ "en", "India objected to the Chinese map.", "IND", "120",
		    "CHN" },
		{ "fr", "L'Union européenne a décrété un embargo sur les armes "
		    "à destination de la Birmanie.", "IGOEUREEC", "163",
		    "MMR" },
		/* the denied act's patient is no accuser: no target */
		{ "fr", "Le ministre russe a nié avoir menacé l'Estonie.", "RUS",
		    "016", "" },	/* Estonia is in the denied act, no accuser */
		{ "fr", "La Chine devrait s'opposer à toute sanction contre la "
		    "Corée du Nord.", "CHN", "120", "PRK" },
		{ "fr", "Le Japon applique des sanctions contre la Russie depuis "
		    "2022.", "JPN", "163", "RUS" },
		{ "fr", "Le Conseil de sécurité a prolongé d'un an la mission de "
		    "maintien de la paix au Liban.", "IGOUNO", "074", "LBN" },
	};

	check_cases(tab, NCASES(tab));
	/* a detention extended is no peacekeeping, a passive objection no
	 * rejection by anyone */
	assert_int_equal(count_code("The court extended the detention of the "
	    "opposition leader.", "en", "07"), 0);
	assert_int_equal(count_code("The deal was signed after Egypt withdrew "
	    "its objections.", "en", "12"), 0);
}

/*
 * Eighth round (lexicon3): executions of nationals and activists (180),
 * strikes on militants and hits on refineries or bases (19x), sanctions
 * shrugged off (120), deals struck (057), asylum granted in French (075).
 */
static void
test_lexicon_eighth_round(void **state)
{
	static const struct lex_case tab[] = {
		{ "en", "Iran executed a British-Iranian national.", "IRN",
		    "180", "GBR" },
		{ "en", "Ukraine hit a Russian oil refinery with drones.", "UKR",
		    "190", "RUS" },
		{ "en", "The Kremlin shrugged off the new British sanctions.",
		    "RUS", "120", "GBR" },
		{ "fr", "Le Mexique a accordé l'asile à l'ancien président "
		    "bolivien.", "MEX", "075", "BOL" },
		{ "en", "Turkey struck a deal with Syrian rebels.", "TUR",
		    "057", "SYR" },
		{ "en", "The release of three Thai hostages by Hamas was "
		    "welcomed in Bangkok.", "PSE", "0841", "THA" },
		{ "en", "Iran releases two French nationals held since 2022.",
		    "IRN", "0841", "FRA" },
		{ "fr", "Le Maroc a rompu tout contact avec l'ambassade "
		    "d'Allemagne.", "MAR", "161", "DEU" },
		{ "fr", "L'Iran a exécuté un ressortissant suédois.", "IRN",
		    "180", "SWE" },
		{ "fr", "L'Algérie joue un rôle de médiation entre le Mali et "
		    "les rebelles touareg.", "DZA", "045", "MLI" },
		{ "en", "Japan will not attend the summit in Seoul, a "
		    "government spokesman said.", "JPN", "040", "KOR" },
		{ "en", "China reopened its consulate in Houston.", "CHN", "054",
		    "USA" },
		{ "en", "Nicaragua stripped 94 opponents of their citizenship.",
		    "NIC", "172", "NIC" },
		{ "fr", "Le Nicaragua a déchu de leur nationalité 94 "
		    "opposants.", "NIC", "172", "NIC" },
		{ "en", "Niger scrapped its military cooperation deal with the "
		    "United States.", "NER", "161", "USA" },
		{ "en", "Japan lifted its export curbs on South Korea.", "JPN",
		    "081", "KOR" },
	};

	check_cases(tab, NCASES(tab));
	/* a plan executed, a record hit, a deal struck: no violence */
	assert_int_equal(count_code("Russia executed its plan to cut gas "
	    "supplies to Moldova.", "en", "18"), 0);
	assert_int_equal(count_code("Trade between India and China hit a "
	    "record in March.", "en", "19"), 0);
	assert_int_equal(count_code("Turkey struck a deal with Syrian "
	    "rebels.", "en", "19"), 0);
	/* a deposed president is no loss of nationality */
	assert_int_equal(count_code("Le président déchu a quitté le pays.",
	    "fr", "172"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexicon_verbal_cooperation),
		cmocka_unit_test(test_lexicon_material_cooperation),
		cmocka_unit_test(test_lexicon_verbal_conflict_protest),
		cmocka_unit_test(test_lexicon_mobilize_reduce_coerce),
		cmocka_unit_test(test_lexicon_violence),
		cmocka_unit_test(test_lexicon_second_pass),
		cmocka_unit_test(test_lexicon_missing_codes),
		cmocka_unit_test(test_lexicon_third_pass),
		cmocka_unit_test(test_lexicon_fourth_pass),
		cmocka_unit_test(test_lexicon_fifth_pass),
		cmocka_unit_test(test_lexicon_other_senses),
		cmocka_unit_test(test_lexicon_precision),
		cmocka_unit_test(test_lexicon_light_verbs),
		cmocka_unit_test(test_lexicon_threats_assaults),
		cmocka_unit_test(test_lexicon_borders_control),
		cmocka_unit_test(test_lexicon_fifth_round),
		cmocka_unit_test(test_lexicon_sixth_round),
		cmocka_unit_test(test_lexicon_seventh_round),
		cmocka_unit_test(test_lexicon_eighth_round),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
