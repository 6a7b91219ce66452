/*
 * paths: the product version and where the data directory is.
 */
#ifndef NEWSEV_PATHS_H
#define NEWSEV_PATHS_H

#include <stddef.h>

#define NEWSEV_VERSION "0.1.0"

/*
 * Default data directory: "<directory of the running executable>/data" when
 * it exists (a build tree), else "<that directory>/../share/newsev" when it
 * exists (an install under any PREFIX), else the compiled-in NEWSEV_DATADIR.
 * Writes it into buf. Returns 0, or -1 when it does not fit.
 */
int paths_default_data_dir(char *buf, size_t len);

#endif
