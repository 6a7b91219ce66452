/*
 * patterns: the event vocabulary loaded from data/events: the CAMEO code
 * table (cameo.tsv), verb and noun patterns per language (patterns-LANG.tsv,
 * every inflected form generated at load time from lemma + class), and the
 * mode cues (modes.tsv). Lookups are one hash probe per token.
 */
#ifndef NEWSEV_PATTERNS_H
#define NEWSEV_PATTERNS_H

#include <stddef.h>
#include <stdint.h>

struct event_patterns;

#define PAT_F_VISIT	0x01	/* target is the visited place */
#define PAT_F_HOST	0x02	/* source hosts the target */
#define PAT_F_SYM	0x04	/* symmetric */
#define PAT_F_NOUN	0x08	/* nominal trigger: "la visite de X" */
#define PAT_F_SAY	0x10	/* reporting verb: quotes only, no event */
#define PAT_F_AVEC	0x20	/* target only after avec/with/entre */
#define PAT_F_MEDIATE	0x40	/* mediator ("sous l'égide de X") -> each party */
#define PAT_F_FORUM	0x80	/* object is the forum seized, not the target */
#define PAT_F_PATIENT	0x100	/* noun: "de X"/"of X" is the target, "par X" the source */
#define PAT_F_SAME	0x200	/* "des mesures similaires": the last event's kind */
/*
 * No event: a sense of the trigger that codes nothing ("entretenir des
 * relations" is no meeting). Skipped like a reporting noun, and not a
 * speech verb for the quotes.
 */
#define PAT_F_NONE	(PAT_F_SAY | PAT_F_NOUN)

#define TENSE_FUT	0x01	/* future form */
#define TENSE_COND	0x02	/* conditional form */
#define TENSE_PART	0x04	/* past participle */
#define TENSE_INF	0x08	/* infinitive */

enum pat_mode_scope { SCOPE_PRE = 1, SCOPE_CLAUSE, SCOPE_SENT };

/* Modes of cues; values above the extract_mode range are French "ne". */
#define PAT_MODE_NEG1	16
#define PAT_MODE_NEG2	17

struct pat_code {
	char code[8];
	int root;
	int quad;
	double goldstein;
	const char *plover;
	const char *name;
};

struct pat_pattern {
	const char *lemma;
	char lang[4];
	const struct pat_code *code;
	unsigned flags;		/* PAT_F_* */
	const char **needs;	/* folded words, '*' suffix = prefix */
	size_t nneeds;
	uint32_t needs_first;	/* first letters of needs: PAT_NEED_BIT(c) */
	uint32_t order;		/* line order, earlier wins among equals */
};

/*
 * Bit of a word's first byte in pat_pattern.needs_first: one per letter a-z,
 * one for every other byte. A word whose bit is clear matches no need, so a
 * scan of the words around a trigger can skip the needs list.
 */
#define PAT_NEED_BIT(c) ((unsigned char)(c) >= 'a' && (unsigned char)(c) <= 'z' ? \
	(uint32_t)1 << ((unsigned char)(c) - 'a') : (uint32_t)1 << 26)

/* One pattern a folded form may trigger, with the form's tenses. */
struct pat_hit {
	const struct pat_pattern *pat;
	unsigned tense;		/* TENSE_* bits */
	const struct pat_hit *next;
};

/*
 * Load cameo.tsv, patterns-*.tsv and modes.tsv under dir. The caller frees
 * the result with patterns_free(). Returns NULL and writes "file:line:
 * reason" into err on error.
 */
struct event_patterns *patterns_load(const char *dir, char *err,
    size_t errlen);

/* Free patterns. NULL is accepted. */
void patterns_free(struct event_patterns *p);

/* Patterns triggered by folded form norm (hash = text_hash), or NULL. */
const struct pat_hit *patterns_lookup(const struct event_patterns *p,
    uint64_t hash, const char *norm);

/*
 * Mode cue of folded form norm in language lang: returns an extract_mode,
 * PAT_MODE_NEG1/NEG2, or 0 when the word is no cue; sets *scope.
 */
int patterns_mode(const struct event_patterns *p, const char *lang,
    uint64_t hash, const char *norm, int *scope);

/* Function-word classes of words.tsv. */
#define W_LOC		0x0001
#define W_OBL		0x0002
#define W_AGENT		0x0004
#define W_WITH		0x0008
#define W_AGAINST	0x0010
#define W_BETWEEN	0x0020
#define W_AND		0x0040
#define W_OF		0x0080
#define W_TITLE		0x0100
#define W_PARTICLE	0x0200
#define W_PRON		0x0400
#define W_PRONPL	0x0800
#define W_PASSAUX	0x1000
#define W_COUNTERPART	0x2000
#define W_SELON		0x4000
#define W_DET		0x8000
#define W_DUAL		0x10000
#define W_DUALNOUN	0x20000
#define W_OBJPRON	0x40000
#define W_CLAUSE	0x80000	/* opens a new clause: "qui", "which", "mais" */
#define W_DATIVE	0x100000	/* indirect object: "à", "auprès", "to" */
#define W_RELSUBJ	0x200000	/* subject relative pronoun: "qui", "who" */
#define W_POSS		0x400000	/* possessive determiner: "son", "their" */
#define W_DOC		0x800000	/* the actors' own text: "communiqué" */
#define W_THEN		0x1000000	/* refers back to a dated time: "alors" */
#define W_CAPWORD	0x2000000	/* "capitale": with a demonym, a country */
#define W_RELOBJ	0x4000000	/* object relative pronoun: "que" */
#define W_REGION	0x8000000	/* part of a place: "l'est (de)", "north (of)" */
#define W_FUNCTION	0xffffffffu	/* the classes above: function words */
/* Small word lists the event rules test (words.tsv, bits 32 and up). */
#define W_QUANTITY	(UINT64_C(1) << 32)	/* "centaines (de)", "plupart" */
#define W_BUT		(UINT64_C(1) << 33)	/* "mais", "but" */
#define W_RELPREP	(UINT64_C(1) << 34)	/* "(au cours) de", "during" (which) */
#define W_TOWARD	(UINT64_C(1) << 35)	/* "vers", "into", "(en) direction" */
#define W_SEA		(UINT64_C(1) << 36)	/* "mer", "sea", "ocean" */
#define W_DEMONST	(UINT64_C(1) << 37)	/* "ce", "cette", "ces", "this" */
#define W_DEFINITE	(UINT64_C(1) << 38)	/* "le", "la", "les", "l'", "the" */
#define W_LICENCE	(UINT64_C(1) << 39)	/* "autorisant", "allowing" */
#define W_SEQUENCE	(UINT64_C(1) << 40)	/* "après", "after", "avant" */
#define W_FIRSTPERSON	(UINT64_C(1) << 41)	/* "nous", "je", "we", "i" */
#define W_EACH		(UINT64_C(1) << 42)	/* "chacun", "chacune", "each" */
#define W_HAVEAUX	(UINT64_C(1) << 43)	/* "a", "ont", "avait" (déclaré) */
#define W_REFLEXIVE	(UINT64_C(1) << 44)	/* "se", "s'" */
#define W_INCL		(UINT64_C(1) << 45)	/* "dont", "including" */
#define W_PURPOSE	(UINT64_C(1) << 46)	/* "pour", "to" + infinitive */
#define W_ORGANIZED	(UINT64_C(1) << 47)	/* "élections", "summit" */
#define W_VOICE		(UINT64_C(1) << 48)	/* "(son) porte-parole", "office" */
#define W_ADJVERB	(UINT64_C(1) << 49)	/* verb and adjective: "close" */
#define W_MODAL		(UINT64_C(1) << 50)	/* "will", "could", "did" */
#define W_SUBCONJ	(UINT64_C(1) << 51)	/* "since", "quand": opens a clause */
#define W_SUBCONJQUE	(UINT64_C(1) << 52)	/* "depuis" (que): one with "que" */
#define W_INORDER	(UINT64_C(1) << 53)	/* "pour", "afin" (de) + infinitive */
#define W_PLUPERF	(UINT64_C(1) << 54)	/* "had", "avait" (criticised): before */
#define W_LATER		(UINT64_C(1) << 55)	/* "ensuite", "then": a later act */
#define W_JOINT		(UINT64_C(1) << 56)	/* "joint", "commune" (statement) */
/* Non-event cues (precision round, bits 57-63; words.tsv's last block). */
#define W_TOPIC		(UINT64_C(1) << 60)	/* "discuss", "évoquer": a topic */
#define W_TOPICON	(UINT64_C(1) << 61)	/* "focused", "porte" + on/sur */
#define W_NPDET		(UINT64_C(1) << 62)	/* "des", "aux", "deux" + noun */
#define W_STATEPREP	(UINT64_C(1) << 63)	/* "under", "sous" (sanctions) */
#define W_DISPLACED	(UINT64_C(1) << 59)	/* "refugees", "exilés" (hosted) */
#define W_OWNGROUP	(UINT64_C(1) << 58)	/* "(its) supporters", "partisans" */
#define W_UNDERGO	(UINT64_C(1) << 57)	/* "victime (de)", "faces" (attacks) */
/* Cue words the rules above test that do not make a word a function word. */
#define W_CUE		(W_SUBCONJ | W_SUBCONJQUE | W_INORDER | W_PLUPERF | \
			    W_LATER | W_JOINT | W_TOPIC | W_TOPICON | \
			    W_NPDET | W_STATEPREP | W_DISPLACED | W_OWNGROUP | \
			    W_UNDERGO)

/* W_* classes of folded form norm, 0 when none. */
uint64_t patterns_word(const struct event_patterns *p, uint64_t hash,
    const char *norm);

/* Everything the vocabulary knows about one folded form. */
struct pat_info {
	uint64_t wclass;		/* W_* */
	const struct pat_hit *hits;	/* patterns it triggers, or NULL */
	int mode;			/* mode cue for the language, or 0 */
	int scope;			/* its SCOPE_* */
};

/* Fill *out for folded form norm in language lang with one probe. */
void patterns_info(const struct event_patterns *p, const char *lang,
    uint64_t hash, const char *norm, struct pat_info *out);

/* Row of cameo.tsv for code, or NULL. */
const struct pat_code *patterns_code(const struct event_patterns *p,
    const char *code);

/* Number of patterns and of distinct forms (for logs and tests). */
size_t patterns_size(const struct event_patterns *p, size_t *nforms);

#endif
