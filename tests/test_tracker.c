/*
 * Offset tracking: only offsets whose outputs, and every earlier offset's
 * outputs, are acknowledged may be stored.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "newsev/tracker.h"

static void
test_tracker_in_order(void **state)
{
	struct tracker *t = tracker_new();

	assert_non_null(t);
	assert_int_equal(tracker_advance(t), -1);
	assert_int_equal(tracker_begin(t, 10), 0);
	assert_int_equal(tracker_begin(t, 11), 0);
	assert_int_equal(tracker_advance(t), -1);	/* in progress */
	assert_int_equal(tracker_expect(t, 10, 1), 0);
	assert_int_equal(tracker_advance(t), -1);	/* not acked */
	assert_int_equal(tracker_ack(t, 10), 0);
	assert_int_equal(tracker_advance(t), 11);
	assert_int_equal(tracker_pending(t), 1);
	assert_int_equal(tracker_expect(t, 11, 1), 0);
	assert_int_equal(tracker_ack(t, 11), 0);
	assert_int_equal(tracker_advance(t), 12);
	assert_int_equal(tracker_pending(t), 0);
	tracker_free(t);
}

static void
test_tracker_out_of_order_acks(void **state)
{
	struct tracker *t = tracker_new();
	int64_t o;

	for (o = 0; o < 5; o++) {
		assert_int_equal(tracker_begin(t, o), 0);
		assert_int_equal(tracker_expect(t, o, 1), 0);
	}
	assert_int_equal(tracker_ack(t, 3), 0);
	assert_int_equal(tracker_ack(t, 1), 0);
	assert_int_equal(tracker_advance(t), -1);	/* 0 still pending */
	assert_int_equal(tracker_ack(t, 0), 0);
	assert_int_equal(tracker_advance(t), 2);	/* 0,1 done; 2 not */
	assert_int_equal(tracker_ack(t, 4), 0);
	assert_int_equal(tracker_advance(t), -1);
	assert_int_equal(tracker_ack(t, 2), 0);
	assert_int_equal(tracker_advance(t), 5);	/* 2,3,4 at once */
	assert_int_equal(tracker_pending(t), 0);
	tracker_free(t);
}

static void
test_tracker_multiple_outputs(void **state)
{
	struct tracker *t = tracker_new();

	assert_int_equal(tracker_begin(t, 7), 0);
	assert_int_equal(tracker_expect(t, 7, 3), 0);
	assert_int_equal(tracker_ack(t, 7), 0);
	assert_int_equal(tracker_ack(t, 7), 0);
	assert_int_equal(tracker_advance(t), -1);
	assert_int_equal(tracker_ack(t, 7), 0);
	assert_int_equal(tracker_ack(t, 7), -1);	/* a 4th ack is an error */
	assert_int_equal(tracker_advance(t), 8);
	tracker_free(t);
}

static void
test_tracker_zero_outputs(void **state)
{
	struct tracker *t = tracker_new();

	assert_int_equal(tracker_begin(t, 0), 0);
	assert_int_equal(tracker_begin(t, 1), 0);
	assert_int_equal(tracker_begin(t, 2), 0);
	assert_int_equal(tracker_expect(t, 1, 0), 0);	/* no events */
	assert_int_equal(tracker_advance(t), -1);	/* 0 in progress */
	assert_int_equal(tracker_expect(t, 0, 1), 0);
	assert_int_equal(tracker_ack(t, 0), 0);
	assert_int_equal(tracker_advance(t), 2);	/* 0 and 1 */
	assert_int_equal(tracker_expect(t, 2, 0), 0);
	assert_int_equal(tracker_advance(t), 3);
	tracker_free(t);
}

static void
test_tracker_gaps_in_offsets(void **state)
{
	struct tracker *t = tracker_new();

	/* compacted topic: 5, 9, 30 consumed */
	assert_int_equal(tracker_begin(t, 5), 0);
	assert_int_equal(tracker_begin(t, 9), 0);
	assert_int_equal(tracker_begin(t, 30), 0);
	assert_int_equal(tracker_begin(t, 30), -1);	/* must increase */
	assert_int_equal(tracker_begin(t, 12), -1);
	assert_int_equal(tracker_expect(t, 9, 0), 0);
	assert_int_equal(tracker_expect(t, 5, 0), 0);
	assert_int_equal(tracker_advance(t), 10);
	assert_int_equal(tracker_expect(t, 30, 2), 0);
	assert_int_equal(tracker_ack(t, 30), 0);
	assert_int_equal(tracker_ack(t, 30), 0);
	assert_int_equal(tracker_advance(t), 31);
	tracker_free(t);
}

static void
test_tracker_unknown_offsets(void **state)
{
	struct tracker *t = tracker_new();

	assert_int_equal(tracker_ack(t, 1), -1);
	assert_int_equal(tracker_expect(t, 1, 1), -1);
	assert_int_equal(tracker_begin(t, 1), 0);
	assert_int_equal(tracker_ack(t, 1), -1);	/* count not known yet */
	assert_int_equal(tracker_expect(t, 1, 1), 0);
	assert_int_equal(tracker_expect(t, 1, 1), -1);	/* twice */
	assert_int_equal(tracker_ack(t, 2), -1);
	tracker_free(t);
}

static void
test_tracker_reset(void **state)
{
	struct tracker *t = tracker_new();

	assert_int_equal(tracker_begin(t, 100), 0);
	assert_int_equal(tracker_begin(t, 101), 0);
	assert_int_equal(tracker_expect(t, 100, 1), 0);
	tracker_reset(t);
	assert_int_equal(tracker_pending(t), 0);
	assert_int_equal(tracker_ack(t, 100), -1);
	assert_int_equal(tracker_advance(t), -1);
	/* re-assigned: consumption may restart at a lower offset */
	assert_int_equal(tracker_begin(t, 50), 0);
	assert_int_equal(tracker_expect(t, 50, 0), 0);
	assert_int_equal(tracker_advance(t), 51);
	tracker_free(t);
}

static void
test_tracker_large_window(void **state)
{
	struct tracker *t = tracker_new();
	const int64_t n = 100000;
	int64_t o;

	/* wrap the ring several times while it grows */
	for (o = 0; o < 100; o++) {
		assert_int_equal(tracker_begin(t, o), 0);
		assert_int_equal(tracker_expect(t, o, 1), 0);
		assert_int_equal(tracker_ack(t, o), 0);
		assert_int_equal(tracker_advance(t), o + 1);
	}
	for (o = 100; o < n; o++) {
		assert_int_equal(tracker_begin(t, o), 0);
		assert_int_equal(tracker_expect(t, o, 2), 0);
	}
	assert_int_equal(tracker_pending(t), n - 100);
	/* acknowledge from the top down: nothing is storable until 100 */
	for (o = n - 1; o > 100; o--) {
		assert_int_equal(tracker_ack(t, o), 0);
		assert_int_equal(tracker_ack(t, o), 0);
	}
	assert_int_equal(tracker_advance(t), -1);
	assert_int_equal(tracker_ack(t, 100), 0);
	assert_int_equal(tracker_advance(t), -1);
	assert_int_equal(tracker_ack(t, 100), 0);
	assert_int_equal(tracker_advance(t), n);
	assert_int_equal(tracker_pending(t), 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tracker_in_order),
		cmocka_unit_test(test_tracker_out_of_order_acks),
		cmocka_unit_test(test_tracker_multiple_outputs),
		cmocka_unit_test(test_tracker_zero_outputs),
		cmocka_unit_test(test_tracker_gaps_in_offsets),
		cmocka_unit_test(test_tracker_unknown_offsets),
		cmocka_unit_test(test_tracker_reset),
		cmocka_unit_test(test_tracker_large_window),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
