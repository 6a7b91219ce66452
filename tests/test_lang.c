/* Tests for language identification. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/lang.h"
#include "newsev/text.h"

static const char *
identify(const char *text)
{
	struct text_doc d;
	const char *l;

	text_doc_init(&d);
	assert_int_equal(text_analyze(&d, text, strlen(text)), 0);
	l = lang_identify(&d);
	text_doc_clear(&d);
	return l;
}

static void
test_lang_french(void **state)
{
	(void)state;
	assert_string_equal(identify(
	    "Le pr\xc3\xa9sident br\xc3\xa9silien est arriv\xc3\xa9 mardi \xc3\xa0 "
	    "Luanda pour une visite officielle de deux jours."), "fr");
	assert_string_equal(identify(
	    "Plusieurs accords ont \xc3\xa9t\xc3\xa9 sign\xc3\xa9s entre "
	    "Bras\xc3\xadlia et Luanda, couvrant l'\xc3\xa9nergie et l'agriculture."), "fr");
	assert_string_equal(identify(
	    "\xc2\xab Nos deux pays partagent une m\xc3\xaame vision \xc2\xbb, a "
	    "d\xc3\xa9" "clar\xc3\xa9 le chef de l'\xc3\x89tat, qui s'exprimait "
	    "devant la presse."), "fr");
}

static void
test_lang_english(void **state)
{
	(void)state;
	assert_string_equal(identify(
	    "The EU imposed new sanctions on the regime, officials said on "
	    "Friday."), "en");
	assert_string_equal(identify(
	    "Beijing rejected the accusations on Friday and said that it was "
	    "committed to dialogue with its neighbours."), "en");
}

static void
test_lang_undetermined(void **state)
{
	(void)state;
	/* too short or no function words */
	assert_string_equal(identify(""), "und");
	assert_string_equal(identify("Luanda"), "und");
	assert_string_equal(identify("OTAN UE ONU 2024"), "und");
	/* Spanish and German are neither French nor English */
	assert_string_equal(identify(
	    "El presidente del Gobierno se reuni\xc3\xb3 con los ministros para "
	    "hablar de las sanciones y de la guerra, pero no hubo acuerdo sobre "
	    "el texto."), "und");
	assert_string_equal(identify(
	    "Die Bundesregierung hat am Freitag mit den L\xc3\xa4ndern \xc3\xbc" "ber "
	    "die neuen Sanktionen gesprochen, aber es gab keine Einigung auf "
	    "den Text."), "und");
	assert_string_equal(identify(
	    "Il presidente del Consiglio ha incontrato i ministri per parlare "
	    "delle sanzioni, ma non c'\xc3\xa8 stato un accordo sul testo."),
	    "und");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_french),
		cmocka_unit_test(test_lang_english),
		cmocka_unit_test(test_lang_undetermined),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
