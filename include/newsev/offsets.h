/*
 * offsets: `newsevd --offsets`, the committed offsets of newsevd's group on
 * its input topics next to each partition's end, read from the broker.
 */
#ifndef NEWSEV_OFFSETS_H
#define NEWSEV_OFFSETS_H

#include <stdio.h>

#include "newsev/config.h"

/*
 * Print one line per input partition to out:
 *   "<topic> <partition> committed=<offset|-1> end=<high> lag=<n>"
 * then "total committed=<sum> end=<sum> lag=<sum>". Returns 0, or -1 after
 * logging the error.
 */
int offsets_show(const struct config *c, FILE *out);

#endif
