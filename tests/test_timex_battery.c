/*
 * A battery of French and English temporal expressions of wire copy, each
 * in a sentence of its own, resolved against a fixed publication time,
 * Thursday 2024-06-20 09:30 UTC (ISO week 2024-W25). The values follow the
 * conventions of data/README.md ("timex/"): a modified month or year
 * ("début mars", "late 2023") keeps the month or year, "N weeks ago" is a
 * week, "in the coming days" names no date.
 *
 * Each row is (language, sentence, expected span, expected value); a NULL
 * value means no expression may overlap the span. Every row is checked and
 * every failure printed before the test fails, so the count of failures is
 * the battery's score.
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
#define MAXH	32

struct row {
	const char *lang, *text, *span, *value;
};

static const struct row rows[] = {
	/* French: days around the publication date */
	{ "fr", "Le village a été bombardé avant-hier.", "avant-hier", "2024-06-18" },
	{ "fr", "Les délégations repartiront après-demain.", "après-demain", "2024-06-22" },
	{ "fr", "Hier soir, la police a dispersé la foule.", "Hier soir", "2024-06-19TEV" },
	{ "fr", "Le Premier ministre s'exprimera demain matin.", "demain matin", "2024-06-21TMO" },
	{ "fr", "Le parlement votera ce soir.", "ce soir", "2024-06-20TEV" },
	{ "fr", "Cet après-midi, le ministre recevra son homologue.", "Cet après-midi", "2024-06-20TAF" },
	{ "fr", "Des explosions ont retenti la nuit dernière à Kharkiv.", "la nuit dernière", "2024-06-19TNI" },
	{ "fr", "Il a été arrêté mercredi soir à Dakar.", "mercredi soir", "2024-06-19TEV" },
	{ "fr", "Le président s'exprimera jeudi soir à la télévision.", "jeudi soir", "2024-06-20TEV" },
	{ "fr", "Le chef de l'armée a démissionné vendredi dernier.", "vendredi dernier", "2024-06-14" },
	{ "fr", "Le ministre a été limogé jeudi dernier.", "jeudi dernier", "2024-06-13" },
	{ "fr", "Les négociations reprendront lundi prochain à Genève.", "lundi prochain", "2024-06-24" },
	{ "fr", "Le sommet s'est achevé dimanche dernier.", "dimanche dernier", "2024-06-16" },
	{ "fr", "Le scrutin est prévu samedi prochain.", "samedi prochain", "2024-06-22" },
	{ "fr", "Ce mercredi, l'ambassadeur a été convoqué.", "Ce mercredi", "2024-06-19" },
	/* French: parts of the day, nights */
	{ "fr", "Dans la nuit de samedi à dimanche, trois drones ont été abattus.", "la nuit de samedi à dimanche", "2024-06-15TNI" },
	{ "fr", "Des tirs ont été signalés en début de matinée.", "début de matinée", "2024-06-20TMO" },
	{ "fr", "Le cortège s'est dispersé en début de soirée.", "début de soirée", "2024-06-20TEV" },
	{ "fr", "Il est arrivé mardi à Rome. La veille au soir, il avait dîné à Paris.", "La veille au soir", "2024-06-17TEV" },
	{ "fr", "Il est arrivé mardi à Rome, où il a été reçu le matin même par le pape.", "le matin même", "2024-06-18TMO" },
	/* French: full dates */
	{ "fr", "Le défilé du 14-Juillet aura lieu sous haute sécurité.", "14-Juillet", "2024-07-14" },
	{ "fr", "Le défilé du 14 juillet aura lieu sous haute sécurité.", "14 juillet", "2024-07-14" },
	{ "fr", "Le texte a été adopté lundi 3 juin par les députés.", "lundi 3 juin", "2024-06-03" },
	{ "fr", "Le navire a été arraisonné le samedi 15 juin.", "le samedi 15 juin", "2024-06-15" },
	{ "fr", "Le second tour aura lieu le 30 juin.", "le 30 juin", "2024-06-30" },
	{ "fr", "Le rapport a été remis le 3 juin dernier.", "le 3 juin dernier", "2024-06-03" },
	{ "fr", "Les troupes se retireront d'ici au 15 juillet prochain.", "15 juillet prochain", "2024-07-15" },
	{ "fr", "Les attentats du 11 septembre 2001 ont changé la donne.", "11 septembre 2001", "2001-09-11" },
	{ "fr", "La capitulation du 8 mai 1945 est commémorée chaque année.", "8 mai 1945", "1945-05-08" },
	{ "fr", "La réforme entrera en vigueur le 1er janvier.", "le 1er janvier", "2025-01-01" },
	/* French: months, with and without modifiers */
	{ "fr", "Les pourparlers avaient repris début mars.", "début mars", "2024-03" },
	{ "fr", "Le rapport sera publié courant juillet.", "juillet", "2024-07" },
	{ "fr", "Les combats ont repris à la mi-juin.", "la mi-juin", "2024-06" },
	{ "fr", "L'opposant a été arrêté mi-juillet.", "mi-juillet", "2023-07" },
	{ "fr", "Le contrat expire fin juin.", "fin juin", "2024-06" },
	{ "fr", "La visite avait été annoncée en janvier 2023.", "janvier 2023", "2023-01" },
	{ "fr", "La conférence s'était tenue au mois de mai.", "mois de mai", "2024-05" },
	{ "fr", "Les prix ont flambé le mois dernier.", "le mois dernier", "2024-05" },
	{ "fr", "Le paiement est attendu à la fin du mois.", "la fin du mois", "2024-06" },
	{ "fr", "Le ministre s'est rendu à Pékin au début du mois.", "début du mois", "2024-06" },
	/* French: years, seasons, quarters */
	{ "fr", "Le chômage a reculé fin 2023.", "fin 2023", "2023" },
	{ "fr", "La croissance devrait rebondir mi-2025.", "mi-2025", "2025" },
	{ "fr", "Le traité doit être ratifié d'ici à la fin de l'année.", "la fin de l'année", "2024" },
	{ "fr", "La production a chuté à la fin de l'année dernière.", "la fin de l'année dernière", "2023" },
	{ "fr", "Le plan sera présenté en début d'année prochaine.", "début d'année prochaine", "2025" },
	{ "fr", "L'armée avait lancé une offensive au printemps dernier.", "printemps dernier", "2024-SP" },
	{ "fr", "Cet été, les incendies pourraient ravager la région.", "Cet été", "2024-SU" },
	{ "fr", "L'hiver dernier, les livraisons de gaz ont été coupées.", "L'hiver dernier", "2023-WI" },
	{ "fr", "Les élections auront lieu à l'automne prochain.", "l'automne prochain", "2024-FA" },
	{ "fr", "Les investissements ont doublé au premier semestre.", "premier semestre", "2024-H1" },
	{ "fr", "Les ventes d'armes doubleront d'ici 2030.", "2030", "2030" },
	/* French: weeks and weekends */
	{ "fr", "Des heurts ont éclaté le week-end dernier.", "le week-end dernier", "2024-W24-WE" },
	{ "fr", "Une manifestation est prévue le week-end prochain.", "le week-end prochain", "2024-W26-WE" },
	{ "fr", "Le texte sera examiné cette semaine au Sénat.", "cette semaine", "2024-W25" },
	{ "fr", "Un accord pourrait être conclu en fin de semaine.", "fin de semaine", "2024-W25" },
	{ "fr", "Les discussions doivent reprendre à la fin de la semaine.", "la fin de la semaine", "2024-W25" },
	/* French: counted from the publication date */
	{ "fr", "Le journaliste a été enlevé il y a trois jours.", "il y a trois jours", "2024-06-17" },
	{ "fr", "L'accord avait été signé il y a une semaine.", "il y a une semaine", "2024-W24" },
	{ "fr", "Le président a été réélu il y a six mois.", "il y a six mois", "2023-12" },
	{ "fr", "Le conflit a éclaté il y a deux ans.", "il y a deux ans", "2022" },
	{ "fr", "Les résultats seront connus dans deux semaines.", "dans deux semaines", "2024-W27" },
	{ "fr", "Le contingent partira dans dix jours.", "dans dix jours", "2024-06-30" },
	{ "fr", "Les élections auront lieu dans un mois.", "dans un mois", "2024-07" },
	/* French: counted from the story's day */
	{ "fr", "Il est arrivé mardi à Rome. Le surlendemain, il a rencontré le pape.", "Le surlendemain", "2024-06-20" },
	{ "fr", "Il est arrivé mardi à Rome. L'avant-veille, il était à Berlin.", "L'avant-veille", "2024-06-16" },
	{ "fr", "Le 10 juin, les rebelles ont pris la ville. Trois jours plus tard, l'armée l'a reprise.", "Trois jours plus tard", "2024-06-13" },
	{ "fr", "Le 10 juin, les rebelles ont pris la ville. Deux semaines plus tôt, ils avaient attaqué le port.", "Deux semaines plus tôt", "2024-W22" },
	/* French: clock times, durations, sets, no date */
	{ "fr", "La réunion a commencé à 10h30 à Bruxelles.", "10h30", "2024-06-20T10:30" },
	{ "fr", "Le couvre-feu commence vers 22 heures.", "22 heures", "2024-06-20T22:00" },
	{ "fr", "Les négociations ont duré pendant deux semaines.", "deux semaines", "P2W" },
	{ "fr", "Le ministre se rend à Bruxelles tous les lundis.", "tous les lundis", "XXXX-WXX-1" },
	{ "fr", "Une décision est attendue au cours des prochains jours.", "prochains jours", NULL },
	{ "fr", "La situation s'est aggravée ces derniers mois.", "ces derniers mois", "PXM" },
	/* French: more parts of days, dates and months */
	{ "fr", "Le navire a été saisi le 18 juin au matin.", "le 18 juin au matin", "2024-06-18TMO" },
	{ "fr", "Les frappes ont repris mardi matin.", "mardi matin", "2024-06-18TMO" },
	{ "fr", "Le cessez-le-feu a été violé dans l'après-midi de mardi.", "l'après-midi de mardi", "2024-06-18TAF" },
	{ "fr", "Le matin du 10 juin, les soldats ont franchi la frontière.", "Le matin du 10 juin", "2024-06-10TMO" },
	{ "fr", "Le président recevra son homologue dans la matinée.", "la matinée", "2024-06-20TMO" },
	{ "fr", "Le député a été arrêté en juillet dernier.", "juillet dernier", "2023-07" },
	{ "fr", "Le sommet se tiendra en décembre prochain.", "décembre prochain", "2024-12" },
	{ "fr", "La récolte a été détruite à l'été 2022.", "l'été 2022", "2022-SU" },
	{ "fr", "Le budget sera voté l'an prochain.", "l'an prochain", "2025" },
	{ "fr", "Le chantier doit être achevé d'ici fin juin.", "fin juin", "2024-06" },
	{ "fr", "Les troupes ont quitté la ville il y a dix jours.", "il y a dix jours", "2024-06-10" },
	{ "fr", "La ville est assiégée depuis deux ans.", "deux ans", "P2Y" },
	{ "fr", "Des renforts sont attendus dans les semaines à venir.", "semaines à venir", NULL },
	/* English: days around the publication date */
	{ "en", "The village was shelled the day before yesterday.", "the day before yesterday", "2024-06-18" },
	{ "en", "Explosions were heard in Kharkiv last night.", "last night", "2024-06-19TNI" },
	{ "en", "Parliament will vote tonight.", "tonight", "2024-06-20TNI" },
	{ "en", "Police arrested him on Wednesday evening.", "Wednesday evening", "2024-06-19TEV" },
	{ "en", "Rockets hit the city on Saturday night.", "Saturday night", "2024-06-15TNI" },
	{ "en", "Rebels attacked the convoy overnight Saturday.", "overnight Saturday", "2024-06-15TNI" },
	{ "en", "The president will speak on Thursday night.", "Thursday night", "2024-06-20TNI" },
	{ "en", "The minister resigned last Tuesday.", "last Tuesday", "2024-06-18" },
	{ "en", "Talks will resume next Monday in Geneva.", "next Monday", "2024-06-24" },
	{ "en", "Wednesday's attack killed 12 people.", "Wednesday", "2024-06-19" },
	/* English: full dates */
	{ "en", "Workers marched on May 1 in several cities.", "May 1", "2024-05-01" },
	{ "en", "The bill was passed on Monday, June 3, by the assembly.", "Monday, June 3", "2024-06-03" },
	{ "en", "The accord was signed on March 3, 2022, in Minsk.", "March 3, 2022", "2022-03-03" },
	{ "en", "The accord was signed on 3 March 2022 in Minsk.", "3 March 2022", "2022-03-03" },
	{ "en", "The attacks of September 11, 2001 changed everything.", "September 11, 2001", "2001-09-11" },
	{ "en", "Polls will open on July 7.", "July 7", "2024-07-07" },
	/* English: months with modifiers */
	{ "en", "The offensive stalled in early March.", "early March", "2024-03" },
	{ "en", "The summit will be held in mid-July.", "mid-July", "2024-07" },
	{ "en", "Fighting resumed at the end of May.", "the end of May", "2024-05" },
	{ "en", "Elections were held in January.", "January", "2024-01" },
	{ "en", "The deal was first proposed in March 2022.", "March 2022", "2022-03" },
	{ "en", "Inflation rose last month.", "last month", "2024-05" },
	{ "en", "Talks are due to resume next month.", "next month", "2024-07" },
	{ "en", "The report is expected later this month.", "later this month", "2024-06" },
	{ "en", "The payment is due by the end of the month.", "the end of the month", "2024-06" },
	/* English: years and seasons */
	{ "en", "Unemployment fell in late 2023.", "late 2023", "2023" },
	{ "en", "The economy should recover in mid-2025.", "mid-2025", "2025" },
	{ "en", "Output is expected to rebound early next year.", "early next year", "2025" },
	{ "en", "The plant was closed late last year.", "late last year", "2023" },
	{ "en", "Exports doubled earlier this year.", "earlier this year", "2024" },
	{ "en", "The treaty should be ratified by the end of the year.", "the end of the year", "2024" },
	{ "en", "The government will present the plan next year.", "next year", "2025" },
	{ "en", "The army launched an offensive in the spring.", "the spring", "2024-SP" },
	{ "en", "This summer, wildfires ravaged the region.", "This summer", "2024-SU" },
	{ "en", "Gas supplies were cut last winter.", "last winter", "2023-WI" },
	{ "en", "Elections will be held next autumn.", "next autumn", "2024-FA" },
	{ "en", "Growth slowed in the first quarter.", "the first quarter", "2024-Q1" },
	/* English: weeks and weekends */
	{ "en", "Clashes erupted last weekend in the capital.", "last weekend", "2024-W24-WE" },
	{ "en", "Protesters will gather this weekend.", "this weekend", "2024-W25-WE" },
	{ "en", "Rallies are planned next weekend.", "next weekend", "2024-W26-WE" },
	{ "en", "Three soldiers were killed over the weekend.", "the weekend", "2024-W24-WE" },
	{ "en", "The bill will be debated this week.", "this week", "2024-W25" },
	/* English: counted from the publication date */
	{ "en", "The journalist was abducted three days ago.", "three days ago", "2024-06-17" },
	{ "en", "The deal was signed two weeks ago.", "two weeks ago", "2024-W23" },
	{ "en", "He was re-elected six months ago.", "six months ago", "2023-12" },
	{ "en", "The war broke out a year ago.", "a year ago", "2023" },
	{ "en", "The results will be known in two weeks.", "in two weeks", "2024-W27" },
	{ "en", "The troops will leave in ten days.", "in ten days", "2024-06-30" },
	/* English: counted from the story's day */
	{ "en", "The rebels took the town on June 10. The following day, the army retook it.", "The following day", "2024-06-11" },
	{ "en", "The rebels took the town on June 10. The previous day, they had shelled it.", "The previous day", "2024-06-09" },
	{ "en", "The rebels took the town on June 10. A week earlier, they had attacked the port.", "A week earlier", "2024-W23" },
	{ "en", "The rebels took the town on June 10. Two days later, the army retook it.", "Two days later", "2024-06-12" },
	{ "en", "The president arrived on Tuesday. On the eve of his visit, protesters had gathered.", "the eve", "2024-06-17" },
	/* English: more parts of days, dates and months */
	{ "en", "The ship was seized on the morning of June 10.", "the morning of June 10", "2024-06-10TMO" },
	{ "en", "Sunday's election was marred by violence.", "Sunday", "2024-06-16" },
	{ "en", "The ceasefire began on June 3rd.", "June 3rd", "2024-06-03" },
	{ "en", "The talks broke down last summer.", "last summer", "2023-SU" },
	{ "en", "The harvest was destroyed in the summer of 2022.", "the summer of 2022", "2022-SU" },
	{ "en", "Fighting flared in the afternoon.", "the afternoon", "2024-06-19TAF" },
	{ "en", "Fighting will resume in the afternoon.", "the afternoon", "2024-06-20TAF" },
	{ "fr", "Des tirs ont été entendus en début de matinée.", "début de matinée", "2024-06-20TMO" },
	{ "en", "Police dispersed the protesters overnight.", "overnight", "2024-06-19TNI" },
	{ "fr", "Kiev a été frappée cette nuit par des drones russes.", "cette nuit", "2024-06-19TNI" },
	{ "fr", "Le Parlement votera cette nuit.", "cette nuit", "2024-06-20TNI" },
	{ "en", "Reinforcements are expected in the coming weeks.", "coming weeks", NULL },
	{ "en", "The troops left the town 10 days ago.", "10 days ago", "2024-06-10" },
	{ "en", "The summit will take place in December.", "December", "2024-12" },
	/* English: clock times, durations, sets, no date */
	{ "en", "The meeting ended at 3 p.m. in Brussels.", "3 p.m.", "2024-06-20T15:00" },
	{ "en", "The curfew starts at midnight.", "midnight", "2024-06-20T24:00" },
	{ "en", "The talks lasted for two weeks.", "two weeks", "P2W" },
	{ "en", "The council meets every Friday.", "every Friday", "XXXX-WXX-5" },
	{ "en", "A decision is expected in the coming days.", "coming days", NULL },
	{ "en", "The situation has worsened in recent months.", "recent months", "PXM" },
	/* second round: counted from a year or a month written before */
	{ "fr", "Le traité a été signé en 2019. L'année suivante, il a été ratifié.", "L'année suivante", "2020" },
	{ "en", "The treaty was signed in 2019. The following year, it was ratified.", "The following year", "2020" },
	{ "fr", "Le traité a été signé en 2019. Deux ans plus tard, il a été dénoncé.", "Deux ans plus tard", "2021" },
	{ "en", "The treaty was signed in 2019. Three years later, it was scrapped.", "Three years later", "2022" },
	{ "fr", "Les combats ont éclaté le 10 mars. Le mois suivant, l'armée a reculé.", "Le mois suivant", "2024-04" },
	{ "fr", "Les combats ont éclaté le 10 juin. La semaine suivante, l'armée a reculé.", "La semaine suivante", "2024-W25" },
	/* second round: weekday with a day number, more weeks */
	{ "fr", "Le président s'est exprimé mardi 18 devant le parlement.", "mardi 18", "2024-06-18" },
	{ "fr", "Le texte sera examiné en début de semaine prochaine.", "début de semaine prochaine", "2024-W26" },
	{ "fr", "Les discussions ont échoué à la fin de la semaine dernière.", "la fin de la semaine dernière", "2024-W24" },
	{ "fr", "Les pourparlers reprendront en début de semaine.", "début de semaine", "2024-W25" },
	{ "fr", "Les tirs ont cessé en fin d'après-midi.", "fin d'après-midi", "2024-06-19TAF" },
	{ "fr", "Des frappes ont visé la ville dans la nuit de mardi à mercredi.", "la nuit de mardi à mercredi", "2024-06-18TNI" },
	{ "fr", "Le sommet se tiendra du 10 au 12 juillet à Vilnius.", "12 juillet", "2024-07-12" },
	{ "fr", "Le président a été réélu il y a un mois.", "il y a un mois", "2024-05" },
	{ "en", "Later this week, the ministers will meet in Brussels.", "Later this week", "2024-W25" },
	{ "en", "Clashes erupted this past weekend in the capital.", "this past weekend", "2024-W24-WE" },
	{ "en", "The minister resigned this past Sunday.", "this past Sunday", "2024-06-16" },
	{ "en", "The plant will reopen at the start of next year.", "the start of next year", "2025" },
	{ "en", "The deal was signed at the end of last year.", "the end of last year", "2023" },
	{ "en", "Prices have doubled over the past year.", "the past year", "P1Y" },
	{ "en", "Three ships were seized in the past week.", "the past week", "P1W" },
	{ "en", "The deal was signed a week ago.", "a week ago", "2024-W24" },
	{ "en", "The summit will be held from July 10 to 12 in Vilnius.", "July 10", "2024-07-10" },
	{ "en", "Rebels took the town on Monday. Troops retook it overnight.", "overnight", "2024-06-17TNI" },
	/* third round: "depuis"/"since", "à partir de", approximations */
	{ "fr", "Le pays est sous blocus depuis novembre.", "novembre", "2023-11" },
	{ "fr", "La guerre fait rage depuis le 7 octobre.", "le 7 octobre", "2023-10-07" },
	{ "fr", "Les écoles sont fermées depuis mardi.", "mardi", "2024-06-18" },
	{ "fr", "Les nouvelles règles s'appliquent à partir de lundi.", "lundi", "2024-06-24" },
	{ "fr", "Le couvre-feu est levé à compter de samedi.", "samedi", "2024-06-22" },
	{ "fr", "Le président a été élu il y a près de deux ans.", "il y a près de deux ans", "2022" },
	{ "fr", "Le journaliste a été arrêté il y a plus d'un an.", "il y a plus d'un an", "2023" },
	{ "fr", "Les élections se tiendront au printemps 2025.", "printemps 2025", "2025-SP" },
	{ "fr", "Le réacteur a été arrêté l'été passé.", "l'été passé", "2023-SU" },
	{ "fr", "Le navire a été saisi le jeudi 13 juin au soir.", "le jeudi 13 juin au soir", "2024-06-13TEV" },
	{ "fr", "Le drone a été abattu dans la nuit de dimanche.", "la nuit de dimanche", "2024-06-16TNI" },
	{ "en", "The ship was seized on the night of June 3.", "the night of June 3", "2024-06-03TNI" },
	{ "en", "The attacks of Sept. 11, 2001 changed everything.", "Sept. 11, 2001", "2001-09-11" },
	{ "en", "The journalist was arrested more than a year ago.", "more than a year ago", "2023" },
	{ "en", "The president was elected nearly two years ago.", "nearly two years ago", "2022" },
	{ "en", "Prices rose late last month.", "late last month", "2024-05" },
	{ "en", "Growth should pick up in the second half of the year.", "the second half of the year", "2024-H2" },
	{ "en", "The plant will open in the first half of 2025.", "the first half of 2025", "2025-H1" },
	{ "en", "The last such deal was signed a decade ago.", "a decade ago", "201" },
	{ "en", "Talks will resume at the end of next week.", "the end of next week", "2024-W26" },
	{ "en", "It was the deadliest attack in the region in nearly a decade.", "nearly a decade", "P1DE" },
	{ "en", "Talks will resume in about two weeks.", "in about two weeks", "2024-W27" },
	{ "fr", "Le président ghanéen, arrivé mardi soir, doit se rendre jeudi à Yamoussoukro.", "mardi soir", "2024-06-18TEV" },
	{ "fr", "La délégation, attendue mardi à Rome, doit rencontrer le pape.", "mardi", "2024-06-25" },
	{ "fr", "Le sommet prévu mardi à Rome a été reporté.", "mardi", "2024-06-25" },
	{ "fr", "Le plan d'aide doit être signé le 17 juillet au Caire.", "le 17 juillet", "2024-07-17" },
	{ "fr", "Le plan d'aide sera signé le 17 juillet au Caire.", "le 17 juillet", "2024-07-17" },
	/* fourth round: plans and intentions put a weekday in the future */
	{ "en", "The president is set to visit Paris on Tuesday.", "Tuesday", "2024-06-25" },
	{ "en", "The minister plans to travel to Kyiv on Monday.", "Monday", "2024-06-24" },
	{ "en", "The two leaders are scheduled to meet on Saturday.", "Saturday", "2024-06-22" },
	{ "en", "Parliament is expected to vote on Tuesday.", "Tuesday", "2024-06-25" },
	{ "en", "The envoy intends to return to Gaza on Monday.", "Monday", "2024-06-24" },
	{ "fr", "Le ministre prévoit de se rendre lundi à Kiev.", "lundi", "2024-06-24" },
	{ "fr", "Le président s'apprête à signer mardi un décret.", "mardi", "2024-06-25" },
	{ "fr", "Les deux dirigeants envisagent de se rencontrer samedi.", "samedi", "2024-06-22" },
	{ "fr", "Le Parlement est appelé à voter mardi sur le texte.", "mardi", "2024-06-25" },
	{ "fr", "Le chef de la diplomatie compte se rendre lundi à Pékin.", "lundi", "2024-06-24" },
	{ "fr", "Le ministre a annoncé qu'il se rendra lundi à Pékin.", "lundi", "2024-06-24" },
	{ "en", "The minister said he planned to travel to Kyiv on Monday.", "Monday", "2024-06-24" },
	{ "en", "The president met the king on Tuesday, as planned.", "Tuesday", "2024-06-18" },
	/* a fronted "N after X," dates the main clause, whose day comes later */
	{ "en", "A day after his visit to China, the Russian president travelled to North Korea on Thursday.", "A day after", "2024-06-20" },
	{ "fr", "Au lendemain de sa visite en Chine, le président russe s'est rendu jeudi en Corée du Nord.", "lendemain", "2024-06-20" },
	{ "fr", "À la veille de la visite du président chinois, la France a signé mardi un accord avec l'Inde.", "la veille", "2024-06-18" },
	/* "N après X" is the main clause's date at its own unit; with no day
	 * anywhere, the main clause's is the publication day */
	{ "fr", "Le président est arrivé mercredi à Rome, deux semaines après la visite du pape.", "deux semaines après", "2024-W25" },
	{ "en", "Two months after the coup, the junta expelled the French ambassador on Tuesday.", "Two months after", "2024-06" },
	{ "fr", "Deux jours après l'attaque, le ministre a démissionné.", "Deux jours après", "2024-06-20" },
	{ "en", "Two days before the election, the opposition accused the government of fraud.", "Two days before", "2024-06-20" },
	/* wire clock times */
	{ "en", "The strike happened at 1230 GMT in the port.", "1230", "2024-06-20T12:30" },
	{ "en", "The ceasefire takes effect at 0800 GMT.", "0800", "2024-06-20T08:00" },
	{ "fr", "La trêve entrera en vigueur à 06H00 GMT.", "06H00", "2024-06-20T06:00" },
	{ "fr", "Le couvre-feu commence à 20h00 (18h00 GMT).", "18h00", "2024-06-20T18:00" },
	/* dates in digits */
	{ "fr", "Le décret du 20/06/2024 a été publié au Journal officiel.", "20/06/2024", "2024-06-20" },
	{ "fr", "La loi du 3.03.2022 a été abrogée.", "3.03.2022", "2022-03-03" },
	{ "en", "The meeting of 2024-06-18 was cancelled.", "2024-06-18", "2024-06-18" },
	{ "en", "The decree of 06/20/2024 was published.", "06/20/2024", "2024-06-20" },
	{ "fr", "Le drame du 1/6/98 reste dans les mémoires.", "1/6/98", "1998-06-01" },
	{ "fr", "Le match s'est terminé sur le score de 3-1.", "3-1", NULL },
	/* a postponement puts the new day ahead */
	{ "fr", "Le vote a été reporté à vendredi.", "vendredi", "2024-06-21" },
	{ "fr", "Le sommet, prévu lundi, a été repoussé à samedi.", "samedi", "2024-06-22" },
	{ "en", "The vote was postponed to Friday.", "Friday", "2024-06-21" },
	{ "en", "The hearing was delayed until Monday.", "Monday", "2024-06-24" },
	{ "en", "The summit was rescheduled for Saturday.", "Saturday", "2024-06-22" },
	{ "fr", "Le vote a eu lieu vendredi.", "vendredi", "2024-06-14" },
	/* approximate and vague amounts before "il y a", "dans", "ago" */
	{ "fr", "Il a été libéré il y a une dizaine de jours.", "il y a une dizaine de jours", "2024-06-10" },
	{ "fr", "Les combats durent depuis une quinzaine de jours.", "une quinzaine de jours", "P15D" },
	{ "en", "The talks collapsed a couple of weeks ago.", "a couple of weeks ago", "2024-W23" },
	/* a vague amount stays a duration ("quelques jours" PXD): a
	 * PAST_REF over "il y a quelques jours" lowered French TimeBank value
	 * F1 (86.38 -> 86.08), so it was backed out */
	{ "fr", "Il a été arrêté il y a quelques jours.", "quelques jours", "PXD" },
	{ "en", "He was arrested a few days ago.", "a few days", "PXD" },
	{ "en", "The fighting has lasted for several weeks.", "several weeks", "PXW" },
	/* what the rules above must leave alone */
	{ "fr", "Le pays a annoncé l'envoi de 2000 soldats au Mali.", "2000", NULL },
	{ "fr", "Il y a eu plus de 1800 morts en 2023.", "1800", NULL },
	{ "en", "A total of 1500 people were evacuated.", "1500", NULL },
	{ "en", "The war of 2008 in Georgia lasted five days.", "2008", "2008" },
	{ "fr", "Les émeutes de 2005 ont marqué le pays.", "2005", "2005" },
	{ "fr", "Le traité de défense de 1951 avec le Japon reste en vigueur.", "1951", "1951" },
	{ "fr", "Israël doit respecter la résolution 1701 du Conseil de sécurité.", "1701", NULL },
	{ "en", "Israel must respect resolution 1701 of the Security Council.", "1701", NULL },
	{ "fr", "La résolution adoptée en 2006 reste en vigueur.", "2006", "2006" },
	{ "en", "The Good Friday Agreement ended the conflict in 1998.", "Friday", NULL },
	{ "en", "The minister told the Sunday Times that talks had stalled.", "Sunday", NULL },
	{ "en", "Russia said Tuesday it had downed 12 drones.", "Tuesday", "2024-06-18" },
	{ "en", "Xi Jinping on Tuesday met the Brazilian president.", "Tuesday", "2024-06-18" },
	{ "fr", "La directrice du renseignement américain, Avril Haines, a témoigné devant le Sénat.", "Avril", NULL },
	{ "fr", "Avril a été marqué par de violents combats.", "Avril", "2024-04" },
	{ "en", "Chinese Defence Minister Dong Jun met his Russian counterpart in Beijing.", "Jun", NULL },
	{ "en", "The talks ended on Oct. 3 in Doha.", "Oct. 3", "2023-10-03" },
	{ "en", "The talks ended in Oct. 2023 in Doha.", "Oct. 2023", "2023-10" },
	{ "fr", "Les rebelles ont libéré mardi 12 otages.", "mardi", "2024-06-18" },
	{ "fr", "Le ministre arrivera mardi à 18 heures à Dakar.", "mardi", "2024-06-25" },
	{ "en", "Celebrations were held on Christmas Eve in Bethlehem.", "Eve", NULL },
	{ "fr", "Les magasins de la capitale ferment le week-end.", "week-end", NULL },
	{ "fr", "Le général a passé ses derniers mois en prison.", "derniers mois", NULL },
	{ "fr", "Il a été reçu mardi dans la soirée par le roi.", "mardi", "2024-06-18" },
	{ "fr", "Il a été reçu mardi dans la soirée par le roi.", "la soirée", "2024-06-18TEV" },
	{ "en", "The summit was held in Brussels on Friday.", "Friday", "2024-06-14" },
};

static struct timex_rules *rules;

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

/* Print every hit of the row's sentence after a failure. */
static void
hits_print(const struct row *r, const struct timex_hit *h, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < MAXH; i++)
		print_message("    found [%.*s] %s\n",
		    (int)(h[i].span.end - h[i].span.start),
		    r->text + h[i].span.start, h[i].value);
}

/*
 * Check one row: a hit with exactly the span and the value, or (value NULL)
 * no hit overlapping the span. Returns 1 when the row passes.
 */
static int
row_check(const struct row *r)
{
	struct timex_hit h[MAXH];
	struct text_doc doc;
	const char *at = strstr(r->text, r->span);
	size_t i, n, s, e;
	int ok = r->value == NULL;

	assert_non_null(at);
	s = (size_t)(at - r->text);
	e = s + strlen(r->span);
	text_doc_init(&doc);
	assert_int_equal(text_analyze(&doc, r->text, strlen(r->text)), 0);
	n = timex_find(rules, &doc, r->lang, REF_MS, h, MAXH);
	text_doc_clear(&doc);
	for (i = 0; i < n && i < MAXH; i++) {
		if (r->value == NULL && h[i].span.start < e && h[i].span.end > s)
			ok = 0;
		if (r->value != NULL && h[i].span.start == s &&
		    h[i].span.end == e && strcmp(h[i].value, r->value) == 0)
			ok = 1;
	}
	if (!ok) {
		print_message("FAIL %s [%s] want %s in: %s\n", r->lang, r->span,
		    r->value ? r->value : "(none)", r->text);
		hits_print(r, h, n);
	}
	return ok;
}

/* Every row of the battery; fails with the count of failed rows. */
static void
test_timex_battery_all(void **state)
{
	size_t i, nrows = sizeof(rows) / sizeof(rows[0]), failed = 0;

	(void)state;
	for (i = 0; i < nrows; i++)
		failed += !row_check(&rows[i]);
	print_message("timex battery: %zu of %zu rows pass\n", nrows - failed,
	    nrows);
	assert_int_equal(failed, 0);
}

/*
 * Load rules from a scratch directory whose context.txt holds content and
 * whose other files hold one month each. Returns the rules or NULL.
 */
static struct timex_rules *
load_context(const char *content, char *err, size_t errlen)
{
	static const char *const names[] = { "months.txt", "weekdays.txt",
	    "numbers.txt", "units.txt", "relative.txt", "context.txt" };
	struct timex_rules *r;
	char dir[32] = "/tmp/test_timexb.XXXXXX", path[256];
	FILE *f;
	size_t i;

	assert_non_null(mkdtemp(dir));
	for (i = 0; i < 6; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		assert_non_null(f = fopen(path, "w"));
		fputs(i == 5 ? content : "fr month 1 janvier\n", f);
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

/* Side lists (counted, label, tz) take one word a line. */
static void
test_timex_battery_side_lists(void **state)
{
	char err[512];
	struct timex_rules *r;

	(void)state;
	assert_null(load_context("fr counted - soldats\nen label - air flight\n",
	    err, sizeof(err)));
	assert_non_null(strstr(err, "context.txt:2: a side-list phrase must be "
	    "one word"));
	r = load_context("fr counted - soldats\nen tz - GMT\nen counted - people\n",
	    err, sizeof(err));
	assert_non_null(r);
	timex_free(r);
}

/* The battery is broad enough to mean something: both languages, 80+ rows. */
static void
test_timex_battery_size(void **state)
{
	size_t i, nrows = sizeof(rows) / sizeof(rows[0]), fr = 0, en = 0;

	(void)state;
	for (i = 0; i < nrows; i++) {
		fr += strcmp(rows[i].lang, "fr") == 0;
		en += strcmp(rows[i].lang, "en") == 0;
	}
	assert_true(nrows >= 80);
	assert_true(fr >= 40 && en >= 40);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_timex_battery_size),
		cmocka_unit_test(test_timex_battery_all),
		cmocka_unit_test(test_timex_battery_side_lists),
	};

	return cmocka_run_group_tests(tests, rules_setup, rules_teardown);
}
