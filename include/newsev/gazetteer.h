/*
 * gazetteer: multi-word names of countries, demonyms, cities, seats of
 * power, organizations, roles and people, matched on folded token sequences
 * with a trie built at load time.
 */
#ifndef NEWSEV_GAZETTEER_H
#define NEWSEV_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

struct text_doc;

enum gaz_type {
	GAZ_COUNTRY = 1,	/* "Russie", "Russia", "la Fédération de Russie" */
	GAZ_DEMONYM,		/* "russe", "russes", "Russian", "nord-coréennes" */
	GAZ_CITY,		/* "Luanda", "Hanoï" (capital: see GAZ_F_CAPITAL) */
	GAZ_SEAT,		/* seat of power naming a government: "Kremlin" */
	GAZ_ORG,		/* IGO, NGO, party, armed group: "ONU", "OTAN" */
	GAZ_ROLE,		/* "président", "ministre des affaires étrangères" */
	GAZ_PERSON,		/* a known person: "Vladimir Poutine", "Poutine" */
	GAZ_REGION,		/* a region or continent: "Europe", "Sahel" */
};

#define GAZ_F_CAPITAL	0x01	/* city is a national capital: metonymy allowed */
#define GAZ_F_HEAD_STATE 0x02	/* role or person: head of state */
#define GAZ_F_HEAD_GOV	0x04	/* role or person: head of government */
#define GAZ_F_FOREIGN_MIN 0x08	/* role or person: foreign minister */
#define GAZ_F_PLURAL	0x10	/* demonym or role in the plural */
#define GAZ_F_FEMININE	0x20	/* demonym or role in the feminine */
#define GAZ_F_AMBIGUOUS	0x40	/* also a common word: needs a capital letter */
#define GAZ_F_BODY	0x80	/* role: an institution ("ministère"), an entity */
#define GAZ_F_ANAPHOR	0x100	/* role: "l'organisation", "le Fonds" = an earlier org */
#define GAZ_F_STATEREF	0x200	/* role: "le pays", "the Baltic country" = an earlier state */
#define GAZ_F_LANG_FR	0x400	/* a French word only ("militants": activists) */
#define GAZ_F_LANG_EN	0x800	/* an English word only ("militants": armed) */
#define GAZ_F_PLACENOUN	0x1000	/* region: "la ville (de X)", "the town (of X)" */
#define GAZ_F_IGOHEAD	0x2000	/* role: "secretary-general" with no owner = the story's IGO */

struct gaz_entry {
	enum gaz_type type;
	const char *name;	/* canonical display name */
	char country[4];	/* ISO alpha-3, "" if none */
	char cameo[24];		/* CAMEO actor code: "RUS", "IGOUNO", "RUSGOV" */
	char role[8];		/* CAMEO role code: "GOV", "MIL" ... "" if none */
	double lat, lon;	/* WGS84 when has_coords */
	int has_coords;
	unsigned flags;		/* GAZ_F_* */
	const struct gaz_entry *next;	/* another entry for the same phrase */
};

/*
 * Load every *.tsv file under dir (format in data/README.md). The caller
 * frees the result with gazetteer_free(). Returns NULL and writes
 * "file:line: reason" into err on error.
 */
struct gazetteer *gazetteer_load(const char *dir, char *err, size_t errlen);

/* Free a gazetteer. NULL is accepted. */
void gazetteer_free(struct gazetteer *g);

/*
 * Longest entry whose phrase matches the tokens of doc starting at token i.
 * Sets *out to the first entry (more via ->next) and returns the number of
 * tokens matched, or 0 and *out = NULL when none matches.
 */
size_t gazetteer_match(const struct gazetteer *g, const struct text_doc *doc,
    size_t i, const struct gaz_entry **out);

/* Entry for ISO alpha-3 code iso of type GAZ_COUNTRY, or NULL. */
const struct gaz_entry *gazetteer_country(const struct gazetteer *g,
    const char *iso);

/*
 * First person line (people.tsv order) for ISO alpha-3 iso carrying any
 * of flags (GAZ_F_HEAD_STATE, GAZ_F_HEAD_GOV, GAZ_F_FOREIGN_MIN): the
 * listed office holder, only a candidate for an unnamed "ministre russe
 * des affaires étrangères" — the actors pass links the role to that person
 * only when the article itself names him or her earlier (the list is
 * dated; data/README.md). Owned by g; NULL when none.
 */
const struct gaz_entry *gazetteer_head(const struct gazetteer *g,
    const char *iso, unsigned flags);

/* Number of phrases loaded (for logs and tests). */
size_t gazetteer_size(const struct gazetteer *g);

#endif
