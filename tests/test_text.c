/* Tests for the text layer: UTF-8, folding, tokens, sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/text.h"

static void
test_text_utf8_valid(void **state)
{
	(void)state;
	assert_int_equal(text_utf8_valid("", 0), 1);
	assert_int_equal(text_utf8_valid("abc", 3), 1);
	assert_int_equal(text_utf8_valid("\xc3\x89tats", 6), 1);	/* États */
	assert_int_equal(text_utf8_valid("\xe2\x80\x99", 3), 1);	/* ’ */
	assert_int_equal(text_utf8_valid("\xf0\x9f\x98\x80", 4), 1);	/* emoji */
	assert_int_equal(text_utf8_valid("\xf4\x8f\xbf\xbf", 4), 1);	/* U+10FFFF */
	/* overlongs */
	assert_int_equal(text_utf8_valid("\xc0\xaf", 2), 0);
	assert_int_equal(text_utf8_valid("\xc1\xbf", 2), 0);
	assert_int_equal(text_utf8_valid("\xe0\x80\xaf", 3), 0);
	assert_int_equal(text_utf8_valid("\xf0\x80\x80\xaf", 4), 0);
	/* surrogates */
	assert_int_equal(text_utf8_valid("\xed\xa0\x80", 3), 0);
	assert_int_equal(text_utf8_valid("\xed\xbf\xbf", 3), 0);
	/* above U+10FFFF */
	assert_int_equal(text_utf8_valid("\xf4\x90\x80\x80", 4), 0);
	assert_int_equal(text_utf8_valid("\xf5\x80\x80\x80", 4), 0);
	/* truncated, stray continuation, bad continuation */
	assert_int_equal(text_utf8_valid("ab\xc3", 3), 0);
	assert_int_equal(text_utf8_valid("\xe2\x80", 2), 0);
	assert_int_equal(text_utf8_valid("\xf0\x9f\x98", 3), 0);
	assert_int_equal(text_utf8_valid("\x80", 1), 0);
	assert_int_equal(text_utf8_valid("\xc3\x28", 2), 0);
	assert_int_equal(text_utf8_valid("\xe2\x28\xa1", 3), 0);
	assert_int_equal(text_utf8_valid("\xff", 1), 0);
}

static void
check_fold(const char *in, const char *want)
{
	char out[128];
	size_t n = text_fold(in, strlen(in), out, sizeof(out));

	assert_string_equal(out, want);
	assert_int_equal(n, strlen(want));
}

static void
test_text_fold(void **state)
{
	char small[4];

	(void)state;
	check_fold("\xc3\x89tats-Unis", "etats-unis");		/* États-Unis */
	check_fold("Etats-Unis", "etats-unis");
	check_fold("Hano\xc3\xaf", "hanoi");			/* Hanoï */
	check_fold("\xc5\x93uvre", "oeuvre");			/* œuvre */
	check_fold("\xc5\x92UVRE", "oeuvre");			/* ŒUVRE */
	check_fold("\xc3\xa6", "ae");
	check_fold("Stra\xc3\x9f" "e", "strasse");		/* Straße */
	check_fold("l\xe2\x80\x99" "arm\xc3\xa9" "e", "l'armee");	/* l’armée */
	check_fold("\xe2\x80\x98" "x\xca\xbc", "'x'");		/* ‘xʼ */
	check_fold("a\xe2\x80\x94" "b\xe2\x80\x93" "c", "a-b-c");	/* — – */
	check_fold("Erdo\xc4\x9f" "an", "erdogan");		/* Erdoğan */
	check_fold("\xc5\x81\xc3\xb3" "d\xc5\xba", "lodz");	/* Łódź */
	check_fold("Nguy\xe1\xbb\x85n", "nguyen");		/* Nguyễn (utf8proc) */
	check_fold("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
	    "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0");	/* Москва */
	check_fold("e\xcc\x81t\xc3\xa9", "ete");		/* combining acute */
	/* truncation keeps a NUL and whole code points */
	assert_int_equal(text_fold("abcdef", 6, small, sizeof(small)), 3);
	assert_string_equal(small, "abc");
}

static void
test_text_hash(void **state)
{
	(void)state;
	assert_true(text_hash("paris", 5) == text_hash("paris", 5));
	assert_true(text_hash("paris", 5) != text_hash("paris", 4));
	assert_true(text_hash("russie", 6) != text_hash("russia", 6));
	assert_true(text_hash("", 0) != text_hash("a", 1));
	assert_true(text_hash("abcdefgh1", 9) != text_hash("abcdefgh2", 9));
}

struct want_tok {
	const char *src, *norm;
	int type;
	int flags;	/* flags that must be set */
};

static void
check_tokens(const char *text, const struct want_tok *w, size_t n)
{
	struct text_doc d;
	size_t i, pos = 0;
	const char *at;

	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, text, strlen(text)), 0);
	for (i = 0; i < d.ntoks; i++)
		printf("  [%zu] %.*s |%s| t%d f%02x s%u\n", i,
		    (int)(d.toks[i].end - d.toks[i].start), text + d.toks[i].start,
		    text_tok_norm(&d, i), d.toks[i].type, d.toks[i].flags,
		    d.toks[i].sent);
	assert_int_equal(d.ntoks, n);
	for (i = 0; i < n; i++) {
		at = strstr(text + pos, w[i].src);
		assert_non_null(at);
		assert_int_equal(d.toks[i].start, at - text);
		assert_int_equal(d.toks[i].end, at - text + strlen(w[i].src));
		assert_string_equal(text_tok_norm(&d, i), w[i].norm);
		assert_int_equal(d.toks[i].norm_len, strlen(w[i].norm));
		assert_true(d.toks[i].hash ==
		    text_hash(w[i].norm, strlen(w[i].norm)));
		assert_int_equal(d.toks[i].type, w[i].type);
		assert_int_equal(d.toks[i].flags & w[i].flags, w[i].flags);
		pos = d.toks[i].end;
	}
	text_doc_clear(&d);
}

static void
test_text_tokens_french(void **state)
{
	/* « L’armée a-t-il 3,5 soldats ? » a demandé aujourd’hui l’ONU. */
	static const char *text =
	    "\xc2\xab L\xe2\x80\x99" "arm\xc3\xa9" "e a-t-il 3,5 soldats ? "
	    "\xc2\xbb a demand\xc3\xa9 aujourd\xe2\x80\x99hui l'ONU, dit-il, "
	    "jusqu\xe2\x80\x99\xc3\xa0 1er mai.";
	static const struct want_tok w[] = {
		{"\xc2\xab", "\xc2\xab", TOK_QUOTE_OPEN, TOK_F_SENT_START},
		{"L\xe2\x80\x99", "l'", TOK_WORD, TOK_F_ELIDED | TOK_F_CAP},
		{"arm\xc3\xa9" "e", "armee", TOK_WORD, TOK_F_GLUED},
		{"a", "a", TOK_WORD, 0},
		{"-", "-", TOK_PUNCT, TOK_F_GLUED},
		{"t", "t", TOK_WORD, TOK_F_GLUED},
		{"-", "-", TOK_PUNCT, TOK_F_GLUED},
		{"il", "il", TOK_WORD, TOK_F_GLUED},
		{"3,5", "3,5", TOK_NUMBER, 0},
		{"soldats", "soldats", TOK_WORD, 0},
		{"?", "?", TOK_PUNCT, 0},
		{"\xc2\xbb", "\xc2\xbb", TOK_QUOTE_CLOSE, 0},
		{"a", "a", TOK_WORD, 0},
		{"demand\xc3\xa9", "demande", TOK_WORD, 0},
		{"aujourd\xe2\x80\x99hui", "aujourd'hui", TOK_WORD, 0},
		{"l'", "l'", TOK_WORD, TOK_F_ELIDED},
		{"ONU", "onu", TOK_WORD, TOK_F_CAP | TOK_F_UPPER | TOK_F_GLUED},
		{",", ",", TOK_PUNCT, TOK_F_GLUED},
		{"dit", "dit", TOK_WORD, 0},
		{"-", "-", TOK_PUNCT, TOK_F_GLUED},
		{"il", "il", TOK_WORD, TOK_F_GLUED},
		{",", ",", TOK_PUNCT, 0},
		{"jusqu\xe2\x80\x99", "jusqu'", TOK_WORD, TOK_F_ELIDED},
		{"\xc3\xa0", "a", TOK_WORD, TOK_F_GLUED},
		{"1er", "1er", TOK_NUMBER, 0},
		{"mai", "mai", TOK_WORD, 0},
		{".", ".", TOK_PUNCT, TOK_F_GLUED},
	};

	(void)state;
	check_tokens(text, w, sizeof(w) / sizeof(w[0]));
}

static void
test_text_tokens_english(void **state)
{
	static const char *text =
	    "\xe2\x80\x9cRussia\xe2\x80\x99s army,\xe2\x80\x9d said U.S. "
	    "officials... \"It's O'Brien's 2024 plan.\"";
	static const struct want_tok w[] = {
		{"\xe2\x80\x9c", "\xe2\x80\x9c", TOK_QUOTE_OPEN, 0},
		{"Russia", "russia", TOK_WORD, TOK_F_CAP | TOK_F_GLUED},
		{"\xe2\x80\x99s", "'s", TOK_WORD, TOK_F_GLUED},
		{"army", "army", TOK_WORD, 0},
		{",", ",", TOK_PUNCT, TOK_F_GLUED},
		{"\xe2\x80\x9d", "\xe2\x80\x9d", TOK_QUOTE_CLOSE, TOK_F_GLUED},
		{"said", "said", TOK_WORD, 0},
		{"U.S.", "u.s.", TOK_WORD, TOK_F_ABBREV | TOK_F_UPPER},
		{"officials", "officials", TOK_WORD, 0},
		{"...", "...", TOK_PUNCT, TOK_F_GLUED},
		{"\"", "\"", TOK_QUOTE, 0},
		{"It", "it", TOK_WORD, TOK_F_CAP | TOK_F_GLUED},
		{"'s", "'s", TOK_WORD, TOK_F_GLUED},
		{"O'Brien", "o'brien", TOK_WORD, TOK_F_CAP},
		{"'s", "'s", TOK_WORD, TOK_F_GLUED},
		{"2024", "2024", TOK_NUMBER, 0},
		{"plan", "plan", TOK_WORD, 0},
		{".", ".", TOK_PUNCT, TOK_F_GLUED},
		{"\"", "\"", TOK_QUOTE, TOK_F_GLUED},
	};

	(void)state;
	check_tokens(text, w, sizeof(w) / sizeof(w[0]));
}

static void
test_text_numbers(void **state)
{
	/* 10 000 (space), 1 500 000 (no-break spaces), 2024 500, 1er, 14h30 */
	static const char *text =
	    "Quelque 10 000 soldats, 1\xc2\xa0" "500\xe2\x80\xaf" "000 euros, "
	    "en 2024 500 morts, le 1er mai \xc3\xa0 14h30, 3.5 %";
	static const struct want_tok w[] = {
		{"Quelque", "quelque", TOK_WORD, TOK_F_CAP},
		{"10 000", "10000", TOK_NUMBER, 0},
		{"soldats", "soldats", TOK_WORD, 0},
		{",", ",", TOK_PUNCT, TOK_F_GLUED},
		{"1\xc2\xa0" "500\xe2\x80\xaf" "000", "1500000", TOK_NUMBER, 0},
		{"euros", "euros", TOK_WORD, 0},
		{",", ",", TOK_PUNCT, TOK_F_GLUED},
		{"en", "en", TOK_WORD, 0},
		{"2024", "2024", TOK_NUMBER, 0},
		{"500", "500", TOK_NUMBER, 0},
		{"morts", "morts", TOK_WORD, 0},
		{",", ",", TOK_PUNCT, TOK_F_GLUED},
		{"le", "le", TOK_WORD, 0},
		{"1er", "1er", TOK_NUMBER, 0},
		{"mai", "mai", TOK_WORD, 0},
		{"\xc3\xa0", "a", TOK_WORD, 0},
		{"14h30", "14h30", TOK_NUMBER, 0},
		{",", ",", TOK_PUNCT, TOK_F_GLUED},
		{"3.5", "3.5", TOK_NUMBER, 0},
		{"%", "%", TOK_PUNCT, 0},
	};

	(void)state;
	check_tokens(text, w, sizeof(w) / sizeof(w[0]));
}

static size_t
count_sentences(const char *text)
{
	struct text_doc d;
	size_t n;

	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, text, strlen(text)), 0);
	for (size_t i = 0; i < d.nsents; i++)
		printf("  S%zu: %.*s\n", i, (int)(d.sents[i].end - d.sents[i].start),
		    text + d.sents[i].start);
	n = d.nsents;
	text_doc_clear(&d);
	return n;
}

static void
test_text_abbreviations(void **state)
{
	(void)state;
	assert_int_equal(count_sentences(
	    "M. Macron a re\xc3\xa7u Mme Merkel et le Dr Martin."), 1);
	assert_int_equal(count_sentences(
	    "U.S. officials met U.N. envoys in the U.K. on Friday."), 1);
	assert_int_equal(count_sentences(
	    "En 52 av. J.-C. C\xc3\xa9sar assi\xc3\xa8ge Al\xc3\xa9sia."), 1);
	assert_int_equal(count_sentences(
	    "Jean-Yves L. Martin a dit que 3.5 % suffisent."), 1);
	assert_int_equal(count_sentences(
	    "Gen. Smith and Mr. Jones met Sgt. Brown, Lt. Col. Gray."), 1);
	assert_int_equal(count_sentences(
	    "Des pays (p. ex. la France, etc.) ont vot\xc3\xa9."), 1);
	assert_int_equal(count_sentences(
	    "Il a cit\xc3\xa9 l'Inde, la Chine, etc. Le vote a lieu mardi."), 2);
	assert_int_equal(count_sentences(
	    "The U.S. President met Mr. Kim at 3 p.m. on Jan. 5. He left."), 2);
	assert_int_equal(count_sentences(
	    "Il a cit\xc3\xa9 le plan B. Puis il est parti."), 2);
	/* a wrapped line is not a sentence end; a title line or dateline is */
	assert_int_equal(count_sentences(
	    "Le ministre a rencontr\xc3\xa9\nVladimir Poutine mardi."), 1);
	assert_int_equal(count_sentences(
	    "Visite du pr\xc3\xa9sident \xc3\xa0 Luanda\n"
	    "Le pr\xc3\xa9sident est arriv\xc3\xa9."), 2);
	assert_int_equal(count_sentences(
	    "Sanctions : l'UE durcit le ton\n"
	    "BRUXELLES - Les Vingt-Sept ont vot\xc3\xa9."), 2);
	assert_int_equal(count_sentences(
	    "\xc2\xab Non ! \xc2\xbb s\xe2\x80\x99" "est-il \xc3\xa9" "cri\xc3\xa9. "
	    "L\xe2\x80\x99ONU a r\xc3\xa9" "agi."), 2);
}

static void
test_text_sentences(void **state)
{
	struct text_doc d;
	static const char *para =
	    "Le pr\xc3\xa9sident br\xc3\xa9silien est arriv\xc3\xa9 mardi \xc3\xa0 "
	    "Luanda. \xc2\xab Nos deux pays partagent une m\xc3\xaame vision \xc2\xbb, "
	    "a d\xc3\xa9" "clar\xc3\xa9 le chef de l'\xc3\x89tat. Pourquoi ? "
	    "\xc2\xab Non ! \xc2\xbb a-t-il r\xc3\xa9pondu\xe2\x80\xa6 "
	    "Puis il est parti. \"C'est fini.\" Le 3 mars, rien.\n\n"
	    "Titre sans point\n\nLe texte suit";

	(void)state;
	assert_int_equal(count_sentences(para), 9);
	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, para, strlen(para)), 0);
	assert_int_equal(d.nsents, 9);
	/* sentence 0 ends with "Luanda." */
	assert_memory_equal(para + d.sents[0].end - 7, "Luanda.", 7);
	assert_int_equal(d.sents[0].start, 0);
	assert_true(d.toks[d.sents[1].tok].flags & TOK_F_SENT_START);
	assert_int_equal(d.toks[d.sents[1].tok].type, TOK_QUOTE_OPEN);
	for (size_t s = 0; s < d.nsents; s++)
		for (size_t k = 0; k < d.sents[s].ntok; k++)
			assert_int_equal(d.toks[d.sents[s].tok + k].sent, s);
	text_doc_clear(&d);
}

static void
test_text_reuse(void **state)
{
	struct text_doc d;
	static const char *a = "Une phrase assez longue pour remplir. Encore une.";
	static const char *b = "Court.";

	(void)state;
	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, a, strlen(a)), 0);
	assert_int_equal(d.ntoks, 10);
	assert_int_equal(d.nsents, 2);
	assert_int_equal(text_analyze(&d, b, strlen(b)), 0);
	assert_int_equal(d.ntoks, 2);
	assert_int_equal(d.nsents, 1);
	assert_string_equal(text_tok_norm(&d, 0), "court");
	assert_int_equal(text_analyze(&d, "", 0), 0);
	assert_int_equal(d.ntoks, 0);
	assert_int_equal(d.nsents, 0);
	text_doc_clear(&d);
}

/* Token hashes equal text_hash() of the folded form for every tail length
 * (the tokenizer hashes the last partial word of a form in one load). */
static void
test_text_hash_tails(void **state)
{
	char buf[1024];
	size_t n = 0;
	struct text_doc d;

	(void)state;
	for (size_t len = 1; len <= 24; len++) {
		for (size_t k = 0; k < len; k++)
			buf[n++] = (char)('A' + (k * 7 + len) % 26);
		buf[n++] = ' ';
	}
	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, buf, n), 0);
	assert_int_equal(d.ntoks, 24);
	for (size_t i = 0; i < d.ntoks; i++) {
		assert_int_equal(d.toks[i].norm_len, i + 1);
		assert_true(d.toks[i].hash == text_hash(text_tok_norm(&d, i),
		    d.toks[i].norm_len));
	}
	text_doc_clear(&d);
}

/* 10 MB of words without punctuation: linear time, cut into sentences of
 * 256 tokens (the cap that keeps the per-sentence passes linear). */
static void
test_text_large_no_punct(void **state)
{
	static const char word[] = "d\xc3\xa9l\xc3\xa9gation ";	/* 13 bytes */
	const size_t wl = sizeof(word) - 1, n = 10 * 1000 * 1000 / wl;
	struct text_doc d;
	char *buf;

	(void)state;
	buf = malloc(n * wl);
	assert_non_null(buf);
	for (size_t i = 0; i < n; i++)
		memcpy(buf + i * wl, word, wl);
	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, buf, n * wl), 0);
	assert_int_equal(d.ntoks, n);
	assert_int_equal(d.nsents, (n + 255) / 256);
	for (size_t s = 0; s < d.nsents; s++) {
		assert_int_equal(d.sents[s].tok, s * 256);
		assert_int_equal(d.sents[s].ntok, s + 1 < d.nsents ? 256 :
		    n - s * 256);
	}
	assert_int_equal(d.toks[256].sent, 1);
	assert_true(d.toks[256].flags & TOK_F_SENT_START);
	assert_string_equal(text_tok_norm(&d, n - 1), "delegation");
	assert_int_equal(d.toks[n - 1].end, n * wl - 1);
	text_doc_clear(&d);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_utf8_valid),
		cmocka_unit_test(test_text_fold),
		cmocka_unit_test(test_text_hash),
		cmocka_unit_test(test_text_hash_tails),
		cmocka_unit_test(test_text_tokens_french),
		cmocka_unit_test(test_text_tokens_english),
		cmocka_unit_test(test_text_numbers),
		cmocka_unit_test(test_text_abbreviations),
		cmocka_unit_test(test_text_sentences),
		cmocka_unit_test(test_text_reuse),
		cmocka_unit_test(test_text_large_no_punct),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
