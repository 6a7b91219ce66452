#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "newsev/dict.h"
#include "testlib.h"

void
testlib_data_dir(char *buf, size_t len)
{
	const char *b = getenv("NEWSEV_BUILD");
	struct stat st;

	snprintf(buf, len, "%s/data", b ? b : "build");
	if (stat(buf, &st) != 0)
		snprintf(buf, len, "data");
}

struct dict *
testlib_dict_load(void)
{
	char dir[4096], err[512];
	struct dict *d;

	testlib_data_dir(dir, sizeof(dir));
	if ((d = dict_load(dir, err, sizeof(err))) == NULL)
		fprintf(stderr, "dict_load: %s\n", err);
	return d;
}
