/*
 * testlib: fixtures shared by the engine's unit tests.
 */
#ifndef NEWSEV_TESTLIB_H
#define NEWSEV_TESTLIB_H

#include <stddef.h>

struct dict;

/*
 * The staged data directory: $NEWSEV_BUILD/data (set by tests/run.sh), else
 * build/data, else the source tree's data/. Writes it into buf.
 */
void testlib_data_dir(char *buf, size_t len);

/*
 * Load every dictionary from testlib_data_dir(). The caller frees the result
 * with dict_free(). Returns NULL after printing the loader's reason.
 */
struct dict *testlib_dict_load(void);

#endif
