/*
 * Tests for the event vocabulary (data/events/patterns-*.tsv, cameo.tsv):
 * triggers and the CAMEO code their content words select, run through the
 * whole engine on short invented sentences.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/patterns.h"
#include "newsev/text.h"
#include "testlib.h"

/* The code of the event s -> t with code prefix c must be exactly want. */
static void
assert_code(const struct extract_result *r, const char *s, const char *c,
    const char *t, const char *want)
{
	const struct extract_event *e = testlib_find(r, s, c, t);

	assert_non_null(e);
	assert_string_equal(e->cameo_code, want);
}

/* Extract text and check one event's exact code; frees the result. */
static void
check(const char *text, const char *lang, const char *s, const char *t,
    const char *want)
{
	struct extract_result *r = testlib_run("t", text, lang);

	assert_non_null(r);
	assert_code(r, s, want, t, want);
	extract_result_free(r);
}

/* No events at all in text, or none with code prefix c. */
static void
check_none(const char *text, const char *lang, const char *c)
{
	struct extract_result *r = testlib_run("t", text, lang);

	assert_non_null(r);
	for (size_t i = 0; i < r->n_events; i++)
		assert_true(c != NULL && strncmp(r->events[i].cameo_code, c,
		    strlen(c)) != 0);
	extract_result_free(r);
}

/* Every sub-code the patterns use is in cameo.tsv with its root's quad. */
static void
test_patterns_subcodes_listed(void **state)
{
	const struct event_patterns *p = testlib_dict()->pat;
	static const char *codes[] = { "0256", "027", "026", "0253", "0213",
	    "0251", "0312", "0331", "0332", "0334", "1312", "1041", "1056",
	    "0832", "1662", "1711" };

	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		const struct pat_code *c = patterns_code(p, codes[i]);

		assert_non_null(c);
		assert_int_equal(c->root, (codes[i][0] - '0') * 10 +
		    codes[i][1] - '0');
	}
	assert_int_equal(patterns_code(p, "0256")->quad, 1);
	assert_int_equal(patterns_code(p, "1312")->quad, 3);
	assert_string_equal(patterns_code(p, "1312")->plover, "THREATEN");
}

/* needs_first has the first letter of every need and no other. */
static void
test_patterns_needs_first(void **state)
{
	const struct event_patterns *p = testlib_dict()->pat;
	const char *w = "exhorte";
	const struct pat_hit *h = patterns_lookup(p, text_hash(w, strlen(w)),
	    w);
	const struct pat_pattern *restraint = NULL;

	for (; h != NULL; h = h->next)
		if (strcmp(h->pat->code->code, "0256") == 0)
			restraint = h->pat;
	assert_non_null(restraint);	/* retenue|calme|apaisement|... */
	assert_true(restraint->needs_first & PAT_NEED_BIT('r'));
	assert_true(restraint->needs_first & PAT_NEED_BIT('c'));
	assert_false(restraint->needs_first & PAT_NEED_BIT('b'));
	assert_false(restraint->needs_first & PAT_NEED_BIT('%'));
	assert_int_equal(PAT_NEED_BIT('%'), PAT_NEED_BIT('7'));
}

/* An appeal is coded by what the actor is called on to do (02x). */
static void
test_patterns_appeal_content_fr(void **state)
{
	check("Le Qatar a appelé le Soudan et le Tchad à la retenue.", "fr",
	    "QAT", "TCD", "0256");
	check("La France a exhorté l'Inde et le Pakistan à régler leur "
	    "différend par la voie diplomatique.", "fr", "FRA", "PAK", "027");
	check("L'Union africaine a appelé le Mali à reprendre le dialogue.",
	    "fr", "IGOAFRAFU", "MLI", "026");
	check("L'ONU a exhorté le Burkina Faso à libérer les journalistes.",
	    "fr", "IGOUNO", "BFA", "0253");
	/* no content word: the generic appeal stays */
	check("Le Sénégal a appelé la Gambie à agir.", "fr", "SEN", "GMB",
	    "020");
}

static void
test_patterns_appeal_content_en(void **state)
{
	check("The African Union urged Kenya and Somalia to exercise "
	    "restraint.", "en", "IGOAFRAFU", "SOM", "0256");
	check("Germany called on Serbia and Kosovo to settle their dispute.",
	    "en", "DEU", "SRB", "027");
	check("Norway urged Colombia to resume talks.", "en", "NOR", "COL",
	    "026");
}

/* Demands by content (10x). */
static void
test_patterns_demand_content(void **state)
{
	check("Le Ghana a réclamé la démission du gouvernement togolais.",
	    "fr", "GHA", "TGO", "1041");
	check("Brazil demanded the immediate release of the two journalists "
	    "by Venezuela.", "en", "BRA", "VEN", "1053");
}

/* Promises and pledges by what is promised (03x). */
static void
test_patterns_intent_content(void **state)
{
	check("L'Allemagne a promis d'envoyer 300 policiers en Haïti.", "fr",
	    "DEU", "HTI", "0334");
	check("Canada pledged military aid to Ukraine on Monday.", "en",
	    "CAN", "UKR", "0332");
	check("Japan pledged 200 billion yen in loans to Indonesia.", "en",
	    "JPN", "IDN", "0331");
	check("Egypt agreed to expand defence cooperation with Sudan.", "en",
	    "EGY", "SDN", "0312");
	check("Niger and Chad pledged to step up joint patrols.", "en", "NER",
	    "TCD", "0312");
	/* agreeing to talks is an intent to negotiate (036) */
	check("Iran and the European Union agreed on Friday to resume nuclear "
	    "talks.", "en", "IRN", "IGOEUREEC", "036");
	check("L'Iran et l'Union européenne sont convenus de reprendre les "
	    "négociations.", "fr", "IRN", "IGOEUREEC", "036");
	check("China offered assistance to Nepal after the earthquake.", "en",
	    "CHN", "NPL", "033");
	check("Russia was ready to exchange more prisoners with Ukraine.",
	    "en", "RUS", "UKR", "0353");
}

/* Threats by what is threatened (13x); rejections (12x). */
static void
test_patterns_threat_and_reject(void **state)
{
	check("La Turquie a menacé la Syrie de reprendre les combats.", "fr",
	    "TUR", "SYR", "138");
	check("Le Maroc a menacé l'Espagne d'imposer des sanctions.", "fr",
	    "MAR", "ESP", "1312");
	check("Britain threatened Iran with new sanctions.", "en", "GBR",
	    "IRN", "1312");
	check("Turkey warned Syria that it would use force.", "en", "TUR",
	    "SYR", "138");
	/* retaliation without force named is a plain threat */
	check("Russia warned Britain that it would retaliate.", "en", "RUS",
	    "GBR", "130");
	check("Iran vowed to retaliate against Israel.", "en", "IRN", "ISR",
	    "130");
	/* refusing to recognize is a rejection, not a refusal to yield */
	check("Spain refused to recognise the election results in "
	    "Venezuela.", "en", "ESP", "VEN", "120");
}

/* Aid by what is delivered; envoys sent; projectiles; confiscation. */
static void
test_patterns_material(void **state)
{
	check("Le Nigeria a livré jeudi 40 tonnes de vivres au Niger.", "fr",
	    "NGA", "NER", "073");
	check("The ECOWAS will send an envoy to Niger next week.", "en",
	    "IGOECOWAS", "NER", "042");
	check("Protesters threw stones at police in Nairobi.", "en", "KEN",
	    "KEN", "145");
	check("Kenyan police confiscated the reporters' phones.", "en", "KEN",
	    "KEN", "1711");
}

/* Doubts voiced (012); protesters under another name are actors. */
static void
test_patterns_doubt_and_protesters(void **state)
{
	check("Washington a mis en doute l'engagement de Téhéran.", "fr",
	    "USA", "IRN", "012");
	check("La présidente géorgienne a apporté son soutien aux "
	    "protestataires.", "fr", "GEO", "GEO", "051");
}

/* A sense flagged none codes nothing; the consult sense stays. */
static void
test_patterns_none_sense(void **state)
{
	struct extract_result *r = testlib_run("t", "Le Vietnam entretient "
	    "aussi des relations étroites avec la Chine.", "fr");

	assert_non_null(r);
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
	check("Le Vietnam s'est entretenu jeudi avec la Chine.", "fr", "VNM",
	    "CHN", "040");
}

/* Investigations by what is investigated; bare cooperation is no act. */
static void
test_patterns_investigate_cooperate(void **state)
{
	struct extract_result *r;

	check("Le parquet polonais a ouvert une enquête pour corruption "
	    "contre un ministre russe.", "fr", "POL", "RUS", "091");
	check("Poland opened an investigation into corruption against "
	    "Russian officials.", "en", "POL", "RUS", "091");
	check("The EU froze the assets of three Russian banks.", "en",
	    "IGOEUREEC", "RUS", "163");
	r = testlib_run("t", "Iran said it had cooperated with the IAEA.", "en");
	assert_non_null(r);
	assert_null(testlib_find(r, "IRN", "06", "IGOIAEA"));
	extract_result_free(r);
}

/* Court sentences (116), sanctions adopted or extended (163), bans. */
static void
test_patterns_sentences_sanctions_bans(void **state)
{
	/* a prison sentence detains (173), as the gold codes it */
	check("Un tribunal iranien a condamné un journaliste français à huit "
	    "ans de prison.", "fr", "IRN", "FRA", "173");
	check("Un tribunal iranien a condamné un journaliste français à une "
	    "amende.", "fr", "IRN", "FRA", "116");
	check("A Tunisian court sentenced a French journalist to eight years "
	    "in prison.", "en", "TUN", "FRA", "173");
	/* condemning a death is criticism, not a sentence */
	check("La France a condamné la mort de trois civils tués par l'armée "
	    "russe.", "fr", "FRA", "RUS", "111");
	check("Russia sentenced a US journalist to 16 years in prison.", "en",
	    "RUS", "USA", "173");
	check("L'Union européenne a adopté lundi de nouvelles sanctions "
	    "contre la Russie.", "fr", "IGOEUREEC", "RUS", "163");
	check("Le Japon a prolongé ses sanctions contre la Corée du Nord.",
	    "fr", "JPN", "PRK", "163");
	check("La junte nigérienne a dissous les partis politiques.", "fr",
	    "NER", "NER", "1722");
}

/* Shelling (194), opening fire (190); emergency rule imposed, not lifted. */
static void
test_patterns_fire_and_emergency(void **state)
{
	struct extract_result *r;

	check("Israel shelled Gaza on Monday.", "en", "ISR", "PSE", "194");
	check("India opened fire on Pakistan on Monday.", "en", "IND", "PAK",
	    "190");
	check("La Mauritanie a fermé sa frontière avec le Mali.", "fr", "MRT",
	    "MLI", "191");
	check("Pakistan closed its border with Afghanistan on Monday.", "en",
	    "PAK", "AFG", "191");
	check("Les militaires maliens ont ouvert le feu sur des "
	    "manifestants.", "fr", "MLI", "MLI", "190");
	check("Le Soudan a décrété l'état d'urgence lundi.", "fr", "SDN",
	    "SDN", "1724");
	r = testlib_run("t", "Sudan lifted the state of emergency.", "en");
	assert_non_null(r);
	assert_null(testlib_find(r, "SDN", "17", "SDN"));
	extract_result_free(r);
	r = testlib_run("t", "Le Soudan a levé l'état d'urgence lundi.", "fr");
	assert_non_null(r);
	assert_null(testlib_find(r, "SDN", "17", "SDN"));
	extract_result_free(r);
}

/* A protest lodged is a complaint; roads blocked; people freed, jailed. */
static void
test_patterns_protest_block_free(void **state)
{
	check("Japan lodged a formal protest with China on Monday.", "en",
	    "JPN", "CHN", "114");
	check("Kenyan farmers blocked roads in Nairobi.", "en", "KEN", "KEN",
	    "144");
	check("Russia freed two US journalists on Friday.", "en", "RUS", "USA",
	    "0841");
	check("Iran imprisoned a French tourist.", "en", "IRN", "FRA", "173");
}

/* Nominal consults; "talks" and its verb make one event, not two codes. */
static void
test_patterns_nominal_consults(void **state)
{
	struct extract_result *r;

	check("A meeting between Ethiopia and Somalia took place in Ankara.",
	    "en", "ETH", "SOM", "040");
	r = testlib_run("t", "Ethiopia resumed talks with Somalia on Monday.",
	    "en");
	assert_non_null(r);
	assert_code(r, "ETH", "04", "SOM", "040");
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
}

/* Relations restored; money lent ("prêté" folds like "prête", ready). */
static void
test_patterns_relations_and_loans(void **state)
{
	struct extract_result *r;

	check("Egypt and Iran restored diplomatic relations on Friday.", "en",
	    "EGY", "IRN", "054");
	check("Japan lent 500 million dollars to Sri Lanka.", "en", "JPN",
	    "LKA", "071");
	check("Kenya will deploy police to Haiti under a UN mission.", "en",
	    "KEN", "HTI", "074");
	check("La France a débloqué 50 millions d'euros pour le Liban.", "fr",
	    "FRA", "LBN", "071");
	check("La Chine a prêté deux milliards de dollars à l'Égypte.", "fr",
	    "CHN", "EGY", "071");
	check("La Chine est prête à aider l'Égypte.", "fr", "CHN", "EGY",
	    "030");
	/* "un prêt de 8 milliards" is the loan noun, no readiness */
	check_none("Le FMI et l'Égypte ont conclu un accord portant sur un prêt "
	    "de 8 milliards de dollars.", "fr", "03");
	r = testlib_run("t", "Le président sénégalais a prêté serment mardi à "
	    "Dakar, en présence du président gambien.", "fr");
	assert_non_null(r);
	assert_int_equal(r->n_events, 0);
	extract_result_free(r);
}

/* Other senses of frequent trigger forms code something else or nothing. */
static void
test_patterns_other_senses(void **state)
{
	check("Le président français a rendu hommage aux soldats tués au "
	    "Mali.", "fr", "FRA", "MLI", "051");
	check_none("Le Maroc a versé une somme de deux millions d'euros à la "
	    "Tunisie.", "fr", "10");	/* no demand; the payment is 071 */
	check_none("Il occupe le poste de ministre russe de la défense depuis "
	    "2012.", "fr", NULL);
	check_none("L'émissaire indonésienne n'a pas obtenu l'autorisation de "
	    "rencontrer le chef de la junte birmane.", "fr", "04");
	check("Le Soudan a arrêté les combats contre le Tchad.", "fr", "SDN",
	    "TCD", "087");
	check_none("Le Soudan a arrêté les combats contre le Tchad.", "fr",
	    "173");
	check_none("The minister went back to Ukraine after the talks.", "en",
	    NULL);
	check_none("Russia demonstrated its commitment to China.", "en", NULL);
	check("Iran attacked the decision of the IAEA board.", "en", "IRN",
	    "IGOIAEA", "111");
	/* welcoming a withdrawal is praise, not hosting */
	check("Germany welcomed the withdrawal of Russian troops from Moldova.",
	    "en", "DEU", "RUS", "051");
	check("L'Allemagne a accueilli favorablement la décision du Maroc.",
	    "fr", "DEU", "MAR", "051");
	check("Le Maroc a accueilli le président allemand à Rabat.", "fr",
	    "MAR", "DEU", "043");
}

/* More senses that code nothing or something else ("none" lines). */
static void
test_patterns_other_senses_more(void **state)
{
	check_none("L'État français détient 30 % du capital de la société "
	    "sénégalaise.", "fr", NULL);
	check("La France a manifesté son soutien au Liban.", "fr", "FRA",
	    "LBN", "051");
	check_none("Le Bénin a fourni des preuves au Niger.", "fr", NULL);
	check_none("L'UE, qui rassemble 27 pays, a salué l'accord.", "fr",
	    "14");
	check_none("Kenya failed to meet the demands of Somalia.", "en", NULL);
	check_none("Chinese demand for Russian oil rose in May.", "en", NULL);
	check("Israel denied entry to a UN team.", "en", "ISR", "IGOUNO",
	    "120");
	check_none("Ukraine received aid from the United States.", "en", NULL);
	check_none("The Iranian activist received a ten-year prison sentence "
	    "from Iran.", "en", NULL);
}

/* Fighters of a named group act for it; missiles fired are 195. */
static void
test_patterns_fighters_and_missiles(void **state)
{
	check("Les combattants du Hamas ont attaqué des positions "
	    "israéliennes.", "fr", "PSE", "ISR", "190");
	check("Houthi rebels fired missiles at Israel.", "en", "YEM", "ISR",
	    "195");
}

/* Refusals (120, or 011 for comment), access allowed (086), intents. */
static void
test_patterns_refusal_access(void **state)
{
	struct extract_result *r;

	check("Russia refused to extend the grain deal with Ukraine.", "en",
	    "RUS", "UKR", "120");
	check("La Russie a refusé de prolonger l'accord avec l'Ukraine.", "fr",
	    "RUS", "UKR", "120");
	r = testlib_run("t", "The Kremlin declined to comment on the report.",
	    "en");
	assert_non_null(r);
	assert_non_null(testlib_find(r, "RUS", "011", ""));
	assert_null(testlib_find(r, "RUS", "12", ""));
	extract_result_free(r);
	check("Israel allowed UN inspectors into Gaza.", "en", "ISR", "IGOUNO",
	    "086");
	check("Israël a autorisé les inspecteurs de l'ONU à entrer à Gaza.",
	    "fr", "ISR", "IGOUNO", "086");
	check("Jordan and Israel agreed to share intelligence.", "en", "JOR",
	    "ISR", "0314");
}

/* Missiles fired into the sea are a show of force (150), not a strike. */
static void
test_patterns_missiles_into_sea(void **state)
{
	check("North Korea fired a ballistic missile into the sea toward "
	    "Japan on Tuesday.", "en", "PRK", "JPN", "150");
	check_none("North Korea fired a ballistic missile into the sea toward "
	    "Japan on Tuesday.", "en", "19");
}

/* Talks with a counterpart, by phone (041, one event); migrants turned back. */
static void
test_patterns_phone_talks(void **state)
{
	struct extract_result *r;

	r = testlib_run("t", "Emmanuel Macron s'est entretenu par téléphone "
	    "avec le président turc.", "fr");
	assert_non_null(r);
	assert_code(r, "FRA", "04", "TUR", "041");
	assert_int_equal(r->n_events, 1);
	extract_result_free(r);
	check("Le ministre français a échangé avec son homologue algérien.",
	    "fr", "FRA", "DZA", "040");
	/* an exchange of fire is no talk */
	check_none("Les soldats maliens ont échangé des tirs avec les rebelles "
	    "touareg.", "fr", "04");
	check("The French president called his Turkish counterpart on "
	    "Tuesday.", "en", "FRA", "TUR", "041");
	check("La Grèce a refoulé des migrants vers la Turquie.", "fr", "GRC",
	    "TUR", "174");
}

/* Leaving an organization reduces relations (161). */
static void
test_patterns_leave_organization(void **state)
{
	check("Le Niger, le Mali et le Burkina Faso ont quitté la Cédéao.",
	    "fr", "MLI", "IGOECOWAS", "161");
	check("Burkina Faso left ECOWAS in January.", "en", "BFA", "IGOECOWAS",
	    "161");
}

/* "inviter X à": an appeal by content, else an invitation (036). */
static void
test_patterns_inviter(void **state)
{
	check("Le président sénégalais a invité son homologue gambien à se "
	    "rendre à Dakar.", "fr", "SEN", "GMB", "036");
	check("L'Union africaine a invité le Soudan et le Tchad à la retenue.",
	    "fr", "IGOAFRAFU", "TCD", "0256");
	check("Un tribunal russe a reconnu coupable un journaliste américain.",
	    "fr", "RUS", "USA", "116");
	/* offering mediation is an intent to mediate, to each party (039) */
	check("Le Qatar a proposé sa médiation entre Israël et le Hamas.", "fr",
	    "QAT", "PSE", "039");
	check("Le Maroc s'est proposé comme médiateur entre l'Algérie et le "
	    "Mali.", "fr", "MAR", "DZA", "039");
}

/* Weapons asked for (0232), a statement blocked (120), jets scrambled (152). */
static void
test_patterns_weapons_block_scramble(void **state)
{
	check("Ukraine urged Western allies to speed up deliveries of air "
	    "defence systems.", "en", "UKR", "WST", "0232");
	check("La Hongrie a bloqué l'adoption d'une déclaration commune de "
	    "l'UE sur l'Ukraine.", "fr", "HUN", "IGOEUREEC", "120");
	check("Japan scrambled fighter jets after Chinese aircraft entered its "
	    "airspace.", "en", "JPN", "CHN", "152");
}

/* Classes of folded form w in words.tsv. */
static uint64_t
word_class(const char *w)
{
	return patterns_word(testlib_dict()->pat, text_hash(w, strlen(w)), w);
}

/*
 * The event rules' word lists come from words.tsv (folded at load, so
 * "après" is "apres"), above the function-word bits, and leave a word's
 * other classes alone.
 */
static void
test_patterns_word_lists(void **state)
{
	assert_true(word_class("centaines") & W_QUANTITY);
	assert_true(word_class("majorite") & W_QUANTITY);
	assert_true(word_class("apres") & W_SEQUENCE);
	assert_true(word_class("prevoyant") & W_LICENCE);
	assert_true(word_class("s'") & W_REFLEXIVE);
	assert_true(word_class("j'") & W_FIRSTPERSON);
	assert_true(word_class("cette") & W_DEMONST);
	assert_false(word_class("cette") & W_DEFINITE);
	assert_true(word_class("l'") & W_DEFINITE);
	assert_true(word_class("l'") & W_DET);	/* still a determiner */
	assert_true(word_class("mais") & W_BUT);
	assert_true(word_class("mais") & W_CLAUSE);
	assert_int_equal(word_class("ocean") & W_FUNCTION, 0);
	assert_true(word_class("ocean") & W_SEA);
	assert_int_equal(word_class("soldats"), 0);
}

/*
 * The time and voice cue lists moved out of events.c: every member is
 * loaded in its class, the prefix "conjoint" no longer stands for
 * "conjointement", and a cue bit is no function-word bit.
 */
static void
test_patterns_cue_lists(void **state)
{
	static const struct { const char *w; uint64_t c; } in[] = {
		{"since", W_SUBCONJ}, {"when", W_SUBCONJ},
		{"because", W_SUBCONJ}, {"until", W_SUBCONJ},
		{"lorsque", W_SUBCONJ}, {"quand", W_SUBCONJ},
		{"puisque", W_SUBCONJ}, {"depuis", W_SUBCONJQUE},
		{"pour", W_INORDER}, {"afin", W_INORDER},
		{"had", W_PLUPERF}, {"avait", W_PLUPERF},
		{"avaient", W_PLUPERF}, {"ensuite", W_LATER},
		{"puis", W_LATER}, {"then", W_LATER}, {"later", W_LATER},
		{"afterwards", W_LATER}, {"joint", W_JOINT},
		{"commune", W_JOINT}, {"conjoint", W_JOINT},
		{"conjointe", W_JOINT}, {"conjoints", W_JOINT},
		{"conjointes", W_JOINT},
	};

	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		assert_true(word_class(in[i].w) & in[i].c);
	assert_int_equal(word_class("conjointement") & W_JOINT, 0);
	assert_int_equal(word_class("depuis") & W_SUBCONJ, 0);
	assert_int_equal(word_class("to") & W_INORDER, 0);
	assert_true(word_class("to") & W_PURPOSE);
	assert_true(word_class("pour") & W_PURPOSE);	/* still purpose */
	assert_true(word_class("avait") & W_HAVEAUX);	/* still an auxiliary */
	assert_true(word_class("then") & W_THEN);
	assert_true(word_class("joint") & W_DOC);
	assert_int_equal(W_CUE & W_FUNCTION, 0);
	assert_int_equal(word_class("ensuite") & ~W_CUE, 0);
}

/* Freeing people (a teacher, an activist) is a release (0841), not a city. */
static void
test_patterns_release_people(void **state)
{
	check("L'Iran a libéré jeudi un enseignant français.", "fr", "IRN",
	    "FRA", "0841");
	check_none("L'armée ukrainienne a libéré la ville de Kherson.", "fr",
	    "08");
}

/* Pushing migrants back over a border is expelling them (174). */
static void
test_patterns_pushback(void **state)
{
	check("Greek coastguards pushed back 40 migrants into Turkish waters "
	    "on Monday.", "en", "GRC", "TUR", "174");
	check("Les garde-frontières polonais ont refoulé lundi des dizaines "
	    "de migrants vers la Biélorussie.", "fr", "POL", "BLR", "174");
	check_none("Japan pushed back against the criticism on Monday.", "en",
	    "17");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_patterns_subcodes_listed),
		cmocka_unit_test(test_patterns_word_lists),
		cmocka_unit_test(test_patterns_cue_lists),
		cmocka_unit_test(test_patterns_needs_first),
		cmocka_unit_test(test_patterns_appeal_content_fr),
		cmocka_unit_test(test_patterns_appeal_content_en),
		cmocka_unit_test(test_patterns_demand_content),
		cmocka_unit_test(test_patterns_intent_content),
		cmocka_unit_test(test_patterns_threat_and_reject),
		cmocka_unit_test(test_patterns_material),
		cmocka_unit_test(test_patterns_doubt_and_protesters),
		cmocka_unit_test(test_patterns_none_sense),
		cmocka_unit_test(test_patterns_investigate_cooperate),
		cmocka_unit_test(test_patterns_sentences_sanctions_bans),
		cmocka_unit_test(test_patterns_fire_and_emergency),
		cmocka_unit_test(test_patterns_protest_block_free),
		cmocka_unit_test(test_patterns_nominal_consults),
		cmocka_unit_test(test_patterns_relations_and_loans),
		cmocka_unit_test(test_patterns_other_senses),
		cmocka_unit_test(test_patterns_other_senses_more),
		cmocka_unit_test(test_patterns_fighters_and_missiles),
		cmocka_unit_test(test_patterns_refusal_access),
		cmocka_unit_test(test_patterns_missiles_into_sea),
		cmocka_unit_test(test_patterns_phone_talks),
		cmocka_unit_test(test_patterns_leave_organization),
		cmocka_unit_test(test_patterns_inviter),
		cmocka_unit_test(test_patterns_weapons_block_scramble),
		cmocka_unit_test(test_patterns_pushback),
		cmocka_unit_test(test_patterns_release_people),
	};

	return cmocka_run_group_tests(tests, testlib_setup,
	    testlib_teardown);
}
