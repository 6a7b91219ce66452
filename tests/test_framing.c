/*
 * Tests of the Confluent wire prefix: exact bytes for known ids, wrap keeps
 * the payload, parse inverts wrap and refuses what is not framed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsev/framing.h"

static void
test_prefix_bytes(void **state)
{
	uint8_t out[FRAMING_CONFLUENT_LEN];
	const uint8_t want[] = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x00 };
	const uint8_t want_max[] = { 0x00, 0x7f, 0xff, 0xff, 0xff, 0x00 };

	(void)state;
	assert_int_equal(framing_confluent_prefix(out, 0x01020304), 6);
	assert_memory_equal(out, want, sizeof(want));
	framing_confluent_prefix(out, 2147483647);
	assert_memory_equal(out, want_max, sizeof(want_max));
}

static void
test_wrap_keeps_payload(void **state)
{
	const uint8_t pb[] = { 0x0a, 0x03, 'a', 'b', 'c', 0x10, 0x01 };
	const uint8_t want[] = { 0x00, 0x00, 0x00, 0x00, 0x2a, 0x00,
	    0x0a, 0x03, 'a', 'b', 'c', 0x10, 0x01 };
	uint8_t *buf = malloc(sizeof(pb));
	size_t len = sizeof(pb);

	(void)state;
	assert_non_null(buf);
	memcpy(buf, pb, sizeof(pb));
	assert_int_equal(framing_confluent_wrap(&buf, &len, 42), 0);
	assert_int_equal(len, sizeof(want));
	assert_memory_equal(buf, want, sizeof(want));
	free(buf);
}

static void
test_wrap_empty(void **state)
{
	uint8_t *buf = NULL;
	size_t len = 0;
	uint32_t id = 0;
	size_t off = 0;

	(void)state;
	assert_int_equal(framing_confluent_wrap(&buf, &len, 7), 0);
	assert_int_equal(len, 6);
	assert_int_equal(framing_confluent_parse(buf, len, &id, &off), 0);
	assert_int_equal(id, 7);
	assert_int_equal(off, 6);
	free(buf);
}

static void
test_parse_round_trip_and_refusals(void **state)
{
	uint8_t v[16] = { 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x08, 0x01 };
	uint32_t id = 0;
	size_t off = 0;

	(void)state;
	assert_int_equal(framing_confluent_parse(v, 8, &id, &off), 0);
	assert_int_equal(id, 65536);
	assert_int_equal(off, 6);
	assert_int_equal(framing_confluent_parse(v, 5, &id, &off), -1);
	v[0] = 0x0a;			/* a plain protobuf: field 1, LEN */
	assert_int_equal(framing_confluent_parse(v, 8, &id, &off), -1);
	v[0] = 0x00;
	v[5] = 0x02;			/* index array [1]: not ours */
	assert_int_equal(framing_confluent_parse(v, 8, &id, &off), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prefix_bytes),
		cmocka_unit_test(test_wrap_keeps_payload),
		cmocka_unit_test(test_wrap_empty),
		cmocka_unit_test(test_parse_round_trip_and_refusals),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
