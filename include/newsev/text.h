/*
 * text: UTF-8 validation, folding and tokenization. A text_doc holds the
 * tokens and sentences of one text; every token keeps its byte offsets into
 * the original text and a folded form (lower case, no diacritics, typographic
 * apostrophes and dashes made ASCII) used for dictionary matching.
 */
#ifndef NEWSEV_TEXT_H
#define NEWSEV_TEXT_H

#include <stddef.h>
#include <stdint.h>

enum tok_type {
	TOK_WORD = 1,		/* letters, may contain digits: "G7", "l'" */
	TOK_NUMBER,		/* digits, "3,5", "1er" */
	TOK_PUNCT,		/* . , ; : ! ? - ( ) ... */
	TOK_QUOTE_OPEN,		/* « “ ‘ */
	TOK_QUOTE_CLOSE,	/* » ” ’ (not an apostrophe) */
	TOK_QUOTE,		/* " (direction unknown) */
};

#define TOK_F_CAP	0x01	/* first letter upper case in the source */
#define TOK_F_UPPER	0x02	/* every letter upper case (at least two) */
#define TOK_F_ELIDED	0x04	/* elided article/pronoun: l' d' qu' n' s' */
#define TOK_F_SENT_START 0x08	/* first token of a sentence */
#define TOK_F_ABBREV	0x10	/* abbreviation whose '.' is kept: "M.", "U.S." */
#define TOK_F_GLUED	0x20	/* no space before this token */

struct token {
	uint32_t start, end;	/* byte span in the original text */
	uint32_t norm;		/* offset of the folded form in doc->norm */
	uint32_t norm_len;	/* its length (NUL-terminated in doc->norm) */
	uint64_t hash;		/* text_hash() of the folded form */
	uint32_t sent;		/* sentence index */
	uint8_t type;		/* enum tok_type */
	uint8_t flags;		/* TOK_F_* */
};

struct sentence {
	uint32_t start, end;	/* byte span in the original text */
	uint32_t tok, ntok;	/* first token index and count */
};

struct text_doc {
	const char *text;	/* the original text, not owned */
	size_t len;
	char *norm;		/* folded token forms, each NUL-terminated */
	size_t norm_len, norm_cap;
	struct token *toks;
	size_t ntoks, toks_cap;
	struct sentence *sents;
	size_t nsents, sents_cap;
};

/* Return 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates), else 0. */
int text_utf8_valid(const char *s, size_t len);

/*
 * Fold s[0..len) into out (lower case, diacritics removed, ’ -> ', dashes ->
 * '-'), writing at most cap-1 bytes and a NUL. Returns the folded length.
 */
size_t text_fold(const char *s, size_t len, char *out, size_t cap);

/* 64-bit hash of a folded form; dictionaries key on it. */
uint64_t text_hash(const char *folded, size_t len);

/* Initialize an empty doc. */
void text_doc_init(struct text_doc *doc);

/*
 * Tokenize and sentence-split text[0..len) (valid UTF-8) into doc, reusing
 * doc's buffers. A sentence never exceeds 256 tokens: a longer run without
 * a sentence end is cut there. Linear in len. Returns 0, or -1 when memory
 * runs out.
 */
int text_analyze(struct text_doc *doc, const char *text, size_t len);

/* Free doc's buffers; doc may be reused after text_doc_init(). */
void text_doc_clear(struct text_doc *doc);

/* Folded form of token i (NUL-terminated). */
static inline const char *
text_tok_norm(const struct text_doc *doc, size_t i)
{
	return doc->norm + doc->toks[i].norm;
}

#endif
