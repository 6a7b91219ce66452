/*
 * test_actors_battery: actor and entity coverage on unseen copy. Each row
 * is a sentence of our own (written for this test, not taken from the gold
 * set, other countries and wordings than the gold texts) and one fact the
 * extraction must give: the CAMEO code of an event's source or target, an
 * entity (name, kind, country), or what must NOT be found (a role read
 * into a common word, a time read as a person, a deputy taken for the
 * head of government). Covers the agent types of
 * roles.tsv in French and English, organizations of orgs.tsv, places and
 * regions, national bodies, "role of group" phrases and unknown persons
 * with titles or appositions. Uses the real data directory.
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

/*
 * What a row checks: S/T an event whose source/target has CAMEO code a;
 * E an entity named a of kind k (and country b unless NULL); N no event
 * actor whose role is a; P no PERSON entity named a; X no event whose
 * code starts with b has a source named a.
 */
enum chk { S, T, E, N, P, X };

struct row {
	const char *lang;
	const char *text;
	enum chk chk;
	const char *a;
	const char *b;
	enum extract_kind k;
};

#define KP EXTRACT_KIND_PERSON
#define KO EXTRACT_KIND_ORGANIZATION
#define KC EXTRACT_KIND_COUNTRY
#define KL EXTRACT_KIND_LOCATION

/* 1 when an event of r has a source (src) or target with CAMEO code c. */
static int
has_actor(const struct extract_result *r, int src, const char *c)
{
	for (size_t i = 0; i < r->n_events; i++) {
		const struct extract_actor *a = src ? &r->events[i].source :
		    &r->events[i].target;

		if (strcmp(a->cameo, c) == 0)
			return 1;
	}
	return 0;
}

/* 1 when an event of r has a source or target whose role is role. */
static int
has_role(const struct extract_result *r, const char *role)
{
	for (size_t i = 0; i < r->n_events; i++)
		if (strcmp(r->events[i].source.role, role) == 0 ||
		    strcmp(r->events[i].target.role, role) == 0)
			return 1;
	return 0;
}

/* 1 when an event of r with a code starting with c has a source named name. */
static int
has_source_name(const struct extract_result *r, const char *name,
    const char *c)
{
	for (size_t i = 0; i < r->n_events; i++)
		if (strncmp(r->events[i].cameo_code, c, strlen(c)) == 0 &&
		    r->events[i].source.name != NULL &&
		    strcmp(r->events[i].source.name, name) == 0)
			return 1;
	return 0;
}

/* The entity of r named name with kind k, or NULL. */
static const struct extract_entity *
entity(const struct extract_result *r, const char *name, enum extract_kind k)
{
	for (size_t i = 0; i < r->n_entities; i++)
		if (r->entities[i].kind == k &&
		    strcmp(r->entities[i].name, name) == 0)
			return &r->entities[i];
	return NULL;
}

/* 1 when row w holds for result r. */
static int
row_holds(const struct extract_result *r, const struct row *w)
{
	const struct extract_entity *e;

	switch (w->chk) {
	case S:
		return has_actor(r, 1, w->a);
	case T:
		return has_actor(r, 0, w->a);
	case E:
		e = entity(r, w->a, w->k);
		return e != NULL && (w->b == NULL ||
		    strcmp(e->country, w->b) == 0);
	case N:
		return !has_role(r, w->a);
	case P:
		return entity(r, w->a, EXTRACT_KIND_PERSON) == NULL;
	case X:
		return !has_source_name(r, w->a, w->b);
	}
	return 0;
}

/* Print what r gave, for a failing row. */
static void
dump(const struct extract_result *r)
{
	for (size_t i = 0; i < r->n_events; i++)
		print_error("  event %s -> %s %s (%s)\n",
		    r->events[i].source.cameo, r->events[i].cameo_code,
		    r->events[i].target.cameo, r->events[i].source.role);
	for (size_t i = 0; i < r->n_entities; i++)
		print_error("  entity %s kind %d country %s\n",
		    r->entities[i].name, (int)r->entities[i].kind,
		    r->entities[i].country);
}

/* Run every row of tab; print each failing sentence, then fail. */
static void
check_rows(const struct row *tab, size_t n)
{
	size_t bad = 0;

	for (size_t i = 0; i < n; i++) {
		struct extract_result *r = testlib_run("ab", tab[i].text,
		    tab[i].lang);

		assert_non_null(r);
		if (!row_holds(r, &tab[i])) {
			print_error("row %zu fails (%d %s): %s\n", i,
			    (int)tab[i].chk, tab[i].a, tab[i].text);
			dump(r);
			bad++;
		}
		extract_result_free(r);
	}
	assert_int_equal(bad, 0);
}

#define CHECK(tab) check_rows(tab, sizeof(tab) / sizeof(tab[0]))

/* French agents: every gender and number, with a demonym or "de X". */
static void
test_battery_roles_fr(void **state)
{
	static const struct row tab[] = {
		{ "fr", "Des insurgées ont attaqué un poste de police afghan.",
		    S, "AFGREB", NULL, 0 },
		{ "fr", "Les gardes-frontières polonais ont arrêté des migrants "
		    "biélorusses.", S, "POLCOP", NULL, 0 },
		{ "fr", "Les gardes-côtes italiens ont arraisonné un navire "
		    "libyen.", S, "ITACOP", NULL, 0 },
		{ "fr", "Les gardes-frontières de l'Ukraine ont arrêté des "
		    "soldats russes.", S, "UKRCOP", NULL, 0 },
		{ "fr", "Les miliciens ont attaqué un village congolais.", S,
		    "CODMIL", NULL, 0 },
		{ "fr", "Les colons israéliens ont attaqué des Palestiniens.", S,
		    "ISRCVL", NULL, 0 },
		{ "fr", "Les militants écologistes ont critiqué le gouvernement "
		    "australien.", S, "AUSCVL", NULL, 0 },
		{ "fr", "La patronne de la diplomatie européenne a critiqué la "
		    "Russie.", S, "IGOEUREEC", NULL, 0 },
		{ "fr", "Le ministère public kényan a inculpé un opposant.", S,
		    "KENJUD", NULL, 0 },
		{ "fr", "Les juges argentins ont condamné l'ancienne présidente.",
		    T, "ARGGOV", NULL, 0 },
		{ "fr", "Le chef d'état-major des armées nigérian a menacé les "
		    "jihadistes.", S, "NGAMIL", NULL, 0 },
		{ "fr", "Les lycéens sénégalais ont manifesté contre le "
		    "gouvernement.", S, "SENEDU", NULL, 0 },
		{ "fr", "Les défenseurs des droits humains ont accusé la police "
		    "égyptienne.", S, "EGYCVL", NULL, 0 },
		{ "fr", "Le groupe jihadiste a revendiqué l'attaque contre "
		    "l'armée burkinabè.", S, "BFAREB", NULL, 0 },
		{ "fr", "Le président du Parlement iranien a critiqué les "
		    "États-Unis.", S, "IRNLEG", NULL, 0 },
		{ "fr", "Les députés de l'opposition ont critiqué le Premier "
		    "ministre hongrois.", S, "HUNOPP", NULL, 0 },
		{ "fr", "Les forces paramilitaires soudanaises ont attaqué un "
		    "camp de réfugiés.", S, "SDNMIL", NULL, 0 },
		{ "fr", "Le chef de la police kényane a accusé les "
		    "manifestants.", S, "KENCOP", NULL, 0 },
		{ "fr", "Des ravisseurs nigérians ont enlevé des écoliers.", S,
		    "NGACRM", NULL, 0 },
		{ "fr", "Les services secrets marocains ont accusé l'Algérie.",
		    S, "MARSPY", NULL, 0 },
		{ "fr", "Le chef de la junte guinéenne a rencontré "
		    "l'ambassadeur russe.", S, "GINGOV", NULL, 0 },
		{ "fr", "Les procureurs sud-coréens ont inculpé l'ancien "
		    "président.", T, "KORGOV", NULL, 0 },
		{ "fr", "Les négociatrices colombiennes ont rencontré les "
		    "rebelles.", S, "COLGOV", NULL, 0 },
		{ "fr", "Des soldates ukrainiennes ont repoussé une attaque "
		    "russe.", S, "UKRMIL", NULL, 0 },
	};

	CHECK(tab);
}

/* English agents: compounds, "X's" and demonyms. */
static void
test_battery_roles_en(void **state)
{
	static const struct row tab[] = {
		{ "en", "Militiamen attacked a Congolese village.", S, "CODMIL",
		    NULL, 0 },
		{ "en", "Israeli settlers attacked Palestinian farmers.", S,
		    "ISRCVL", NULL, 0 },
		{ "en", "Niger's coup leaders expelled the French ambassador.",
		    S, "NERREB", NULL, 0 },
		{ "en", "Italy's defence chief accused Russia.", S, "ITAMIL",
		    NULL, 0 },
		{ "en", "Argentine judges sentenced the former president.", T,
		    "ARGGOV", NULL, 0 },
		{ "en", "Human rights activists accused the Egyptian police.",
		    S, "EGYCVL", NULL, 0 },
		{ "en", "Rights groups condemned the Saudi government.", S,
		    "SAUNGO", NULL, 0 },
		{ "en", "Georgia's parliament speaker criticised the European "
		    "Union.", S, "GEOLEG", NULL, 0 },
		{ "en", "Opposition lawmakers criticised the Hungarian prime "
		    "minister.", S, "HUNOPP", NULL, 0 },
		{ "en", "Turkish intelligence officials accused Syria.", S,
		    "TURSPY", NULL, 0 },
		{ "en", "Schoolchildren protested against the Kenyan "
		    "government.", S, "KENEDU", NULL, 0 },
		{ "en", "Indonesian fishermen accused the Chinese coast guard.",
		    S, "IDNAGR", NULL, 0 },
		{ "en", "Guinea's junta leader met the Russian ambassador.", S,
		    "GINGOV", NULL, 0 },
		{ "en", "Nigerian kidnappers abducted dozens of pupils.", S,
		    "NGACRM", NULL, 0 },
		{ "en", "A senior Iraqi aide accused Turkey.", S, "IRQGOV", NULL,
		    0 },
		{ "en", "Armed men attacked a Malian army post.", S, "MLIREB",
		    NULL, 0 },
		{ "en", "The US president-elect criticised China.", S, "USAGOV",
		    NULL, 0 },
	};

	CHECK(tab);
}

/*
 * National bodies take a state as roles do ("la Cour suprême indienne");
 * a role before "de" + an organization, a seat or a group speaks for it.
 */
static void
test_battery_bodies(void **state)
{
	static const struct row tab[] = {
		{ "fr", "La Cour suprême indienne a condamné le gouvernement "
		    "pakistanais.", S, "INDJUD", NULL, 0 },
		{ "en", "India's Supreme Court criticised the Pakistani "
		    "government.", S, "INDJUD", NULL, 0 },
		{ "fr", "L'Assemblée nationale française a condamné "
		    "l'Azerbaïdjan.", S, "FRALEG", NULL, 0 },
		{ "fr", "La Cour suprême du Brésil a condamné la Bolivie.", S,
		    "BRAJUD", NULL, 0 },
		{ "fr", "La Cour suprême du Brésil a condamné la Bolivie.", E,
		    "Brazil", "BRA", KC },
		{ "fr", "La Cour suprême a suspendu la loi. Le Pakistan a "
		    "critiqué l'Inde.", E, "Supreme Court", "PAK", KO },
		{ "fr", "Le porte-parole du Hezbollah a menacé Israël.", S,
		    "LBNREB", NULL, 0 },
		{ "fr", "Le porte-parole du Pentagone a critiqué la Chine.", S,
		    "USAMIL", NULL, 0 },
		{ "fr", "Un responsable des services de renseignement turcs a "
		    "accusé la Syrie.", S, "TURSPY", NULL, 0 },
		{ "fr", "Le chef des rebelles a menacé le gouvernement "
		    "centrafricain.", S, "CAFREB", NULL, 0 },
		{ "en", "The commander of the Sudanese army accused the RSF.",
		    S, "SDNMIL", NULL, 0 },
		{ "fr", "Le porte-parole de l'armée malienne a accusé "
		    "l'Algérie.", S, "MLIMIL", NULL, 0 },
		{ "fr", "La porte-parole de la diplomatie russe a critiqué la "
		    "Lituanie.", S, "RUSGOV", NULL, 0 },
		{ "fr", "La diplomatie chinoise a dénoncé les sanctions "
		    "américaines.", S, "CHNGOV", NULL, 0 },
		{ "en", "Hezbollah's spokesman threatened Israel.", S, "LBNREB",
		    NULL, 0 },
		{ "en", "The Pentagon's spokesman criticised China.", S,
		    "USAMIL", NULL, 0 },
		{ "en", "Moscow's ambassador criticised Japan.", S, "RUSGOV",
		    NULL, 0 },
		{ "en", "A spokeswoman for the UN refugee agency criticised "
		    "Sudan.", S, "IGOUNOHCR", NULL, 0 },
		{ "en", "A spokesman for Hamas accused Israel.", S, "PSEREB",
		    NULL, 0 },
		{ "en", "The special envoy for Sudan met Egyptian officials.", S,
		    "SDNGOV", NULL, 0 },
		{ "en", "Washington accused Iran of arming the Houthis. The "
		    "Treasury imposed sanctions on Iranian oil exporters.", S,
		    "USAGOV", NULL, 0 },
		{ "en", "The British Treasury criticised Russia.", S, "GBRGOV",
		    NULL, 0 },
	};

	CHECK(tab);
}

/* IGOs, UN missions and tribunals, services, armed groups, NGOs. */
static void
test_battery_orgs(void **state)
{
	static const struct row tab[] = {
		{ "fr", "L'UEMOA a suspendu le Niger.", E, "UEMOA", NULL, KO },
		{ "fr", "La CEMAC a condamné le coup d'État au Gabon.", S,
		    "IGOCAFCEM", NULL, 0 },
		{ "en", "The Commonwealth suspended Fiji.", E, "Commonwealth",
		    NULL, KO },
		{ "fr", "La Minusca a accusé les rebelles centrafricains.", S,
		    "IGOUNOPKO", NULL, 0 },
		{ "en", "UNMISS accused the South Sudanese army.", S,
		    "IGOUNOPKO", NULL, 0 },
		{ "fr", "Le TPIY a condamné un ancien général serbe.", S,
		    "IGOUNOJUD", NULL, 0 },
		{ "en", "The International Olympic Committee suspended Russia.",
		    E, "International Olympic Committee", NULL, KO },
		{ "fr", "Le SBU a arrêté un espion russe.", S, "UKRSPY", NULL,
		    0 },
		{ "en", "The Shin Bet arrested a Palestinian activist.", S,
		    "ISRSPY", NULL, 0 },
		{ "en", "Houthi militants attacked a British ship.", S,
		    "YEMREB", NULL, 0 },
		{ "fr", "Le Front Polisario a accusé le Maroc.", S, "ESHREB",
		    NULL, 0 },
		{ "en", "The Arakan Army attacked a Myanmar army base.", S,
		    "MMRREB", NULL, 0 },
		{ "en", "The Norwegian Refugee Council criticised Israel.", S,
		    "NGONRC", NULL, 0 },
		{ "fr", "Le cartel de Sinaloa a menacé le gouvernement "
		    "mexicain.", S, "MEXCRM", NULL, 0 },
		{ "en", "The Popular Mobilisation Forces attacked a US base.",
		    S, "IRQMIL", NULL, 0 },
		{ "en", "AU peacekeepers accused the Somali government.", S,
		    "IGOAFRAFU", NULL, 0 },
		{ "fr", "Selon Le Monde, la France a critiqué la Russie.", E,
		    "Le Monde", "FRA", KO },
		{ "en", "The Kyiv Independent reported that Russia had shelled "
		    "Odesa.", E, "The Kyiv Independent", "UKR", KO },
		{ "fr", "Selon le quotidien Haaretz, Israël a menacé le Liban.",
		    E, "Haaretz", "ISR", KO },
		{ "fr", "Selon le quotidien El Mundo, Madrid a proposé une aide "
		    "à Rabat. L'organisation Amnesty International a critiqué "
		    "l'Espagne.", S, "NGOAMN", NULL, 0 },
	};

	CHECK(tab);
}

/* Places and regions of international incidents, with their state. */
static void
test_battery_places(void **state)
{
	static const struct row tab[] = {
		{ "fr", "Des navires chinois ont bloqué un ravitaillement "
		    "philippin près du récif de Second Thomas.", E,
		    "Second Thomas Shoal", "", KL },
		{ "en", "Russian bombers flew near the Kuril Islands.", E,
		    "Kuril Islands", "RUS", KL },
		{ "fr", "Un drone a frappé Koupiansk, dans l'est de l'Ukraine.",
		    E, "Koupiansk", "UKR", KL },
		{ "en", "A drone hit Novorossiysk.", E, "Novorossiïsk", "RUS",
		    KL },
		{ "fr", "Des migrants ont traversé le Darién.", E,
		    "Darién Gap", "PAN", KL },
		{ "en", "A tanker was seized in the Strait of Gibraltar.", E,
		    "Strait of Gibraltar", "", KL },
		{ "fr", "Des tirs ont visé Kiryat Shmona.", E, "Kiryat Shmona",
		    "ISR", KL },
		{ "en", "Fighting erupted near Abyei.", E, "Abyei", "", KL },
		{ "fr", "Une explosion a visé une usine à Gaziantep.", E,
		    "Gaziantep", "TUR", KL },
		{ "en", "Rebels approached Kolwezi, the mining hub.", E,
		    "Kolwezi", "COD", KL },
		{ "fr", "Les hôpitaux de Kaunas ont été paralysés.", E, "Kaunas",
		    "LTU", KL },
		{ "en", "Protesters gathered in Poznan on Sunday.", E, "Poznań",
		    "POL", KL },
		{ "fr", "Le Kirghizstan a accusé le Tadjikistan.", S, "KGZ",
		    NULL, 0 },
		{ "fr", "La RD Congo a accusé le Rwanda.", S, "COD", NULL, 0 },
		{ "fr", "Des rebelles ont attaqué la localité de Ndélé-Kossi.",
		    E, "Ndélé-Kossi", NULL, KL },
		{ "en", "A drone crashed near the town of Vaalimaa.", E,
		    "Vaalimaa", NULL, KL },
		{ "fr", "Il était détenu à la prison de Qezel Hesar.", E,
		    "Qezel Hesar", NULL, KL },
		{ "en", "Soldiers clashed near the village of al-Qarya.", E,
		    "al-Qarya", NULL, KL },
		{ "en", "The state media criticised the United States.", S,
		    "USAMED", NULL, 0 },
		{ "fr", "Des combats ont éclaté près de Kabalo mardi.", E,
		    "Kabalo", NULL, KL },
		{ "en", "Fighting was reported near Bria on Monday.", E, "Bria",
		    NULL, KL },
		{ "en", "He was seen near Jean Dupont, police in Chad said.", E,
		    "Jean Dupont", NULL, KP },
		{ "fr", "Les autorités kazakhstanaises ont expulsé un journaliste "
		    "russe.", S, "KAZGOV", NULL, 0 },
		{ "en", "Kyrgyzstani border guards detained Tajik soldiers.", S,
		    "KGZCOP", NULL, 0 },
		{ "fr", "La police malawienne a dispersé les manifestants.", S,
		    "MWICOP", NULL, 0 },
		{ "fr", "Des militantes féministes ont dénoncé le gouvernement "
		    "iranien.", S, "IRNCVL", NULL, 0 },
		{ "fr", "Des militants ont manifesté devant le Parlement "
		    "géorgien.", S, "GEOCVL", NULL, 0 },
	};

	CHECK(tab);
}

/* Unknown persons: titles before the name, roles apposed after it. */
static void
test_battery_persons(void **state)
{
	static const struct row tab[] = {
		{ "en", "Ann Smith, the deputy director of Human Rights Watch, "
		    "condemned the crackdown in Uganda.", S, "NGOHRW", NULL, 0 },
		{ "en", "Ann Smith, the deputy director of Human Rights Watch, "
		    "condemned the crackdown in Uganda.", E, "Ann Smith", NULL,
		    KP },
		{ "fr", "Jean Moreau, porte-parole de l'armée malienne, a accusé "
		    "l'Algérie.", E, "Jean Moreau", "MLI", KP },
		{ "fr", "Moussa Keita, un responsable de l'ONU, a critiqué la "
		    "junte guinéenne.", S, "IGOUNO", NULL, 0 },
		{ "en", "Maria Lopez, the Colombian defence minister, accused "
		    "Venezuela.", T, "VEN", NULL, 0 },
		{ "en", "Maria Lopez, the Colombian defence minister, accused "
		    "Venezuela.", E, "Maria Lopez", "COL", KP },
		{ "en", "Cardinal Pietro Lando met the Ukrainian president.", E,
		    "Pietro Lando", NULL, KP },
		{ "fr", "Mgr Fridolin Ambongo a critiqué le gouvernement "
		    "congolais.", E, "Fridolin Ambongo", NULL, KP },
		{ "en", "Rear Admiral John Kirby criticised China.", E,
		    "John Kirby", NULL, KP },
		{ "en", "The Independent Electoral Commission rejected the "
		    "complaint.", E, "Independent Electoral Commission", NULL,
		    KO },
		{ "fr", "La Haute Autorité de régulation a suspendu une radio.",
		    P, "Haute Autorité", NULL, 0 },
		{ "fr", "Le Conseil national de transition a dissous le "
		    "gouvernement guinéen.", E, "Conseil national de transition",
		    NULL, KO },
		{ "fr", "La Commission électorale nationale indépendante a "
		    "publié les résultats.", E,
		    "Commission électorale nationale indépendante", NULL, KO },
		{ "fr", "La Commission sénégalaise des droits humains dénonce "
		    "des arrestations.", E,
		    "Commission sénégalaise des droits humains", "SEN", KO },
		{ "fr", "Le porte-parole du Conseil supérieur de la défense, "
		    "Ali Karimi, a menacé Israël.", E,
		    "Conseil supérieur de la défense", NULL, KO },
		{ "en", "The Pacific Alliance suspended Peru.", E,
		    "Pacific Alliance", NULL, KO },
		{ "fr", "La Commission européenne a critiqué la Hongrie. La "
		    "Commission a estimé que Budapest devait agir.", P,
		    "Commission a estimé", NULL, 0 },
		{ "fr", "Le Premier ministre japonais a reçu Jean Roe, directeur "
		    "de l'OMS pour l'Asie.", T, "IGOWHO", NULL, 0 },
		{ "en", "Farhan Haq, a UN spokesman, criticised Israel.", E,
		    "Farhan Haq", NULL, KP },
		{ "en", "Farhan Haq, a UN spokesman, criticised Israel.", S,
		    "IGOUNO", NULL, 0 },
		{ "en", "Ali Hassan, 34, a Syrian refugee, accused Lebanese "
		    "police.", E, "Ali Hassan", "SYR", KP },
		{ "en", "Lieutenant General Ahmed Sharif, the army spokesman, "
		    "accused India.", T, "IND", NULL, 0 },
		{ "fr", "Le colonel Issa Maïga, porte-parole de l'armée, a "
		    "accusé l'Algérie.", T, "DZA", NULL, 0 },
		{ "en", "Maj. Gen. Pat Ryder criticised Iran.", E, "Pat Ryder",
		    NULL, KP },
		{ "en", "Brig. Gen. Yahya Saree threatened Israel.", E,
		    "Yahya Saree", NULL, KP },
		{ "en", "The col. was closed by snow, officials in Nepal said.",
		    N, "MIL", NULL, 0 },
	};

	CHECK(tab);
}

/* Words the new entries must not read as actors or persons. */
static void
test_battery_negative(void **state)
{
	static const struct row tab[] = {
		{ "en", "Earlier Tuesday, the minister criticised China.", P,
		    "Earlier Tuesday", NULL, 0 },
		{ "fr", "Selon Reuters, le ministre russe a critiqué la Chine.",
		    P, "Selon Reuters", NULL, 0 },
		{ "fr", "L'ONU a appelé à l'aide humanitaire au Soudan.", N,
		    "NGO", NULL, 0 },
		{ "fr", "Tokyo a élevé une protestation auprès de Pékin.", N,
		    "EDU", NULL, 0 },
		{ "fr", "Tokyo a élevé une protestation auprès de Pékin.", T,
		    "CHN", NULL, 0 },
		{ "en", "The ship's captain said Iran had attacked the vessel.",
		    N, "MIL", NULL, 0 },
		{ "fr", "L'Union européenne a condamné l'Iran et réclamé la "
		    "libération des otages.", N, "CVL", NULL, 0 },
		{ "fr", "Des drones kamikazes russes ont frappé Kharkiv.", N,
		    "REB", NULL, 0 },
		{ "fr", "Le Japon a appelé à privilégier la diplomatie avec la "
		    "Chine.", T, "CHN", NULL, 0 },
		{ "fr", "Tout le monde a critiqué le Japon.", N, "MED", NULL,
		    0 },
		{ "fr", "Le président kényan, en compagnie de son homologue "
		    "ougandais, a critiqué le Soudan du Sud.", N, "BUS", NULL,
		    0 },
		{ "en", "Chile's deputy foreign minister visited Russia today.",
		    T, "RUS", NULL, 0 },
		{ "en", "Militants attacked a police post, said the Pakistani "
		    "army.", N, "CVL", NULL, 0 },
		{ "fr", "Le vice-Premier ministre chinois Ding Wei a rencontré "
		    "le ministre allemand. Le Premier ministre chinois a "
		    "critiqué Berlin.", X, "Ding Wei", "11", 0 },
	};

	CHECK(tab);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_battery_roles_fr),
		cmocka_unit_test(test_battery_roles_en),
		cmocka_unit_test(test_battery_bodies),
		cmocka_unit_test(test_battery_orgs),
		cmocka_unit_test(test_battery_places),
		cmocka_unit_test(test_battery_persons),
		cmocka_unit_test(test_battery_negative),
	};

	return cmocka_run_group_tests(tests, testlib_setup, testlib_teardown);
}
