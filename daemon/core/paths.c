#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsev/paths.h"

#ifndef NEWSEV_DATADIR
#define NEWSEV_DATADIR "/usr/local/share/newsev"
#endif

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Resolve ".." in buf in place when the result fits; always 0. */
static int
canonical(char *buf, size_t len)
{
	char real[PATH_MAX];

	if (realpath(buf, real) != NULL && strlen(real) < len)
		memcpy(buf, real, strlen(real) + 1);
	return 0;
}

int
paths_default_data_dir(char *buf, size_t len)
{
	char exe[PATH_MAX];
	ssize_t n;
	char *slash;
	int w;

	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			w = snprintf(buf, len, "%s/data", exe);
			if (w > 0 && (size_t)w < len && is_dir(buf))
				return 0;
			/* an install: PREFIX/{bin,sbin}/../share/newsev */
			w = snprintf(buf, len, "%s/../share/newsev", exe);
			if (w > 0 && (size_t)w < len && is_dir(buf))
				return canonical(buf, len);
		}
	}
	w = snprintf(buf, len, "%s", NEWSEV_DATADIR);
	return (w > 0 && (size_t)w < len) ? 0 : -1;
}
