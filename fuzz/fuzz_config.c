/*
 * fuzz_config: libFuzzer target for config_parse(). The input is a
 * properties file, optionally followed by a line "%%" and then one -X
 * override ("key=value") per line. A parsed config must hold what config.h
 * promises; it is then checked against itself (no restart keys), every
 * kafka.* property is looked up, and the kafka.* set is validated by
 * librdkafka as --check-config does (unless it names a plugin, which
 * librdkafka would load). A rejection must come with a reason.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/config.h"

#define MAX_OVERRIDES 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Split buf at the first "\n%%\n": cut the file text, collect override lines. */
static size_t
split_overrides(char *buf, char **ov, size_t cap)
{
	char *sep = strstr(buf, "\n%%\n"), *line, *nl;
	size_t n = 0;

	if (sep == NULL)
		return 0;
	sep[1] = '\0';
	for (line = sep + 4; *line != '\0' && n < cap; line = nl + 1) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		ov[n++] = line;
		if (nl == NULL)
			break;
	}
	return n;
}

static void
check_config(const struct config *c)
{
	char buf[1024], err[512];
	size_t i;

	if (c->input_topics == NULL || c->output_topic == NULL ||
	    c->dlq_topic == NULL || c->group_id == NULL ||
	    c->data_dir == NULL || c->input_topics[c->n_input_topics] != NULL)
		abort();
	for (i = 0; i < c->n_input_topics; i++)
		if (c->input_topics[i] == NULL)
			abort();
	if (config_restart_keys(c, c, buf, sizeof(buf)) != 0 || buf[0] != '\0')
		abort();
	for (i = 0; i < c->n_kafka; i++) {
		if (c->kafka[i].side & CONFIG_CONSUMER &&
		    config_kafka_get(c, CONFIG_CONSUMER, c->kafka[i].name) == NULL)
			abort();
		if (c->kafka[i].side & CONFIG_PRODUCER &&
		    config_kafka_get(c, CONFIG_PRODUCER, c->kafka[i].name) == NULL)
			abort();
	}
	/* librdkafka dlopen()s plugins as soon as they are set: not here. */
	for (i = 0; i < c->n_kafka; i++)
		if (strstr(c->kafka[i].name, "plugin") != NULL)
			return;
	err[0] = '\0';
	if (config_check_kafka(c, err, sizeof(err)) == -1 && err[0] == '\0')
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *ov[MAX_OVERRIDES], err[512];
	struct config *c;
	size_t n;

	if ((buf = malloc(size + 1)) == NULL)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	n = split_overrides(buf, ov, MAX_OVERRIDES);
	err[0] = '\0';
	if ((c = config_parse(buf, "fuzz.conf", ov, n, err,
	    sizeof(err))) != NULL) {
		check_config(c);
		config_free(c);
	} else if (err[0] == '\0')
		abort();
	free(buf);
	return 0;
}
