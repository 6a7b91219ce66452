/*
 * config: parse newsevd's properties file and -X overrides into a struct
 * config. Parsing keeps raw (key, value, origin) entries, last one wins,
 * then each key is interpreted by the setter of the table below.
 */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newsev/config.h"
#include "newsev/paths.h"

struct config_raw {
	char *key;
	char *value;
	char origin[64];
};

struct config_rawlist {
	struct config_raw *v;
	size_t n, cap;
};

typedef int (*config_setter)(struct config *, const char *value);

struct config_key {
	const char *key;
	config_setter set;
};

/* librdkafka's own table: which side each property belongs to. */
struct config_prop {
	char name[64];
	enum config_side side;
};

static struct config_prop *config_props;
static size_t config_nprops;
static pthread_once_t config_props_once = PTHREAD_ONCE_INIT;

static void
config_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
config_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* Parse one row "name | C/P | ..." of rd_kafka_conf_properties_show(). */
static void
config_props_row(const char *line)
{
	char name[64], cp[8];
	struct config_prop *p;
	size_t i;

	if (sscanf(line, "%63s | %7s |", name, cp) != 2 ||
	    strchr("*CP", cp[0]) == NULL || cp[1] != '\0')
		return;
	for (i = 0; i < config_nprops; i++)
		if (strcmp(config_props[i].name, name) == 0)
			return;
	p = realloc(config_props, (config_nprops + 1) * sizeof(*p));
	if (p == NULL)
		return;
	config_props = p;
	p = &config_props[config_nprops++];
	snprintf(p->name, sizeof(p->name), "%s", name);
	p->side = cp[0] == 'C' ? CONFIG_CONSUMER :
	    cp[0] == 'P' ? CONFIG_PRODUCER : CONFIG_BOTH;
}

static void
config_props_init(void)
{
	char *buf = NULL, *line, *save = NULL;
	size_t len = 0;
	FILE *f;

	if ((f = open_memstream(&buf, &len)) == NULL)
		return;
	rd_kafka_conf_properties_show(f);
	fclose(f);
	for (line = strtok_r(buf, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		config_props_row(line);
	free(buf);
}

/* Which clients a kafka.<name> property applies to. */
static enum config_side
config_prop_side(const char *name)
{
	size_t i;

	pthread_once(&config_props_once, config_props_init);
	for (i = 0; i < config_nprops; i++)
		if (strcmp(config_props[i].name, name) == 0)
			return config_props[i].side;
	return CONFIG_BOTH;	/* unknown: librdkafka will reject it */
}

static int
config_set_str(char **dst, const char *value)
{
	char *s;

	if ((s = strdup(value)) == NULL)
		return -1;
	free(*dst);
	*dst = s;
	return 0;
}

static int
config_parse_size(const char *s, size_t *out)
{
	unsigned long long v;
	char *end;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0' || v == 0 || v > SIZE_MAX / 2)
		return -1;
	*out = (size_t)v;
	return 0;
}

static int
config_parse_bool(const char *s, int *out)
{
	if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0 ||
	    strcmp(s, "1") == 0)
		*out = 1;
	else if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0 ||
	    strcmp(s, "0") == 0)
		*out = 0;
	else
		return -1;
	return 0;
}

static void
config_free_topics(struct config *c)
{
	size_t i;

	for (i = 0; i < c->n_input_topics; i++)
		free(c->input_topics[i]);
	free(c->input_topics);
	c->input_topics = NULL;
	c->n_input_topics = 0;
}

/* input.topics: a comma-separated list of non-empty topic names. */
static int
set_input_topics(struct config *c, const char *v)
{
	char *copy, *tok, *save = NULL, **t;
	size_t n;

	config_free_topics(c);
	if ((copy = strdup(v)) == NULL)
		return -1;
	for (tok = strtok_r(copy, ", \t", &save); tok != NULL;
	    tok = strtok_r(NULL, ", \t", &save)) {
		n = c->n_input_topics;
		if ((t = realloc(c->input_topics, (n + 2) * sizeof(*t))) == NULL)
			break;
		c->input_topics = t;
		if ((t[n] = strdup(tok)) == NULL)
			break;
		t[n + 1] = NULL;
		c->n_input_topics++;
	}
	free(copy);
	return c->n_input_topics > 0 && tok == NULL ? 0 : -1;
}

static int
set_output_topic(struct config *c, const char *v)
{
	return *v == '\0' ? -1 : config_set_str(&c->output_topic, v);
}

static int
set_dlq_topic(struct config *c, const char *v)
{
	return *v == '\0' ? -1 : config_set_str(&c->dlq_topic, v);
}

static int
set_granularity(struct config *c, const char *v)
{
	if (strcmp(v, "article") == 0)
		c->granularity = CONFIG_GRAN_ARTICLE;
	else if (strcmp(v, "event") == 0)
		c->granularity = CONFIG_GRAN_EVENT;
	else
		return -1;
	return 0;
}

static int
set_max_bytes(struct config *c, const char *v)
{
	return config_parse_size(v, &c->input_max_bytes);
}

static int
set_max_inflight(struct config *c, const char *v)
{
	return config_parse_size(v, &c->input_max_inflight);
}

static int
set_data_dir(struct config *c, const char *v)
{
	return *v == '\0' ? -1 : config_set_str(&c->data_dir, v);
}

static int
set_workers(struct config *c, const char *v)
{
	size_t n;

	if (config_parse_size(v, &n) == -1 || n > 256)
		return -1;
	c->workers = (int)n;
	return 0;
}

static int
set_extract(struct config *c, const char *v)
{
	return config_parse_bool(v, &c->extract_enabled);
}

static int
set_log_level(struct config *c, const char *v)
{
	return log_level_parse(v, &c->log_level);
}

/* http.listen: "host:port" with a numeric port. */
static int
set_http_listen(struct config *c, const char *v)
{
	const char *colon = strrchr(v, ':');
	char *end;
	long port;

	if (colon == NULL || colon == v)
		return -1;
	port = strtol(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || port < 1 || port > 65535)
		return -1;
	return config_set_str(&c->http_listen, v);
}

static int
set_wedge(struct config *c, const char *v)
{
	size_t n;

	if (strcmp(v, "0") == 0) {
		c->debug_wedge_after_ms = 0;
		return 0;
	}
	if (config_parse_size(v, &n) == -1)
		return -1;
	c->debug_wedge_after_ms = n;
	return 0;
}

/* output.framing: plain or confluent. */
static int
set_framing(struct config *c, const char *v)
{
	if (strcmp(v, "plain") == 0)
		c->output_framing = CONFIG_FRAMING_PLAIN;
	else if (strcmp(v, "confluent") == 0)
		c->output_framing = CONFIG_FRAMING_CONFLUENT;
	else
		return -1;
	return 0;
}

/* output.schema_id: a Schema Registry id, 0 to 2^31-1. */
static int
set_schema_id(struct config *c, const char *v)
{
	size_t n;

	if (strcmp(v, "0") == 0)
		n = 0;
	else if (config_parse_size(v, &n) == -1 || n > 2147483647UL)
		return -1;
	c->output_schema_id = (long)n;
	return 0;
}

static int
set_delivery(struct config *c, const char *v)
{
	if (strcmp(v, "at-least-once") == 0)
		c->delivery = CONFIG_DELIVERY_ALO;
	else if (strcmp(v, "exactly-once") == 0)
		c->delivery = CONFIG_DELIVERY_EOS;
	else
		return -1;
	return 0;
}

static int
set_txn_max_messages(struct config *c, const char *v)
{
	return config_parse_size(v, &c->txn_max_messages);
}

static int
set_txn_max_ms(struct config *c, const char *v)
{
	return config_parse_size(v, &c->txn_max_ms);
}

static int
set_instance_id(struct config *c, const char *v)
{
	return *v == '\0' ? -1 : config_set_str(&c->instance_id, v);
}

static const struct config_key config_keys[] = {
	{ "input.topics", set_input_topics },
	{ "output.topic", set_output_topic },
	{ "dlq.topic", set_dlq_topic },
	{ "output.granularity", set_granularity },
	{ "input.max_bytes", set_max_bytes },
	{ "input.max_inflight", set_max_inflight },
	{ "data.dir", set_data_dir },
	{ "workers", set_workers },
	{ "extract.enabled", set_extract },
	{ "log.level", set_log_level },
	{ "http.listen", set_http_listen },
	{ "debug.wedge_after_ms", set_wedge },
	{ "output.framing", set_framing },
	{ "output.schema_id", set_schema_id },
	{ "delivery", set_delivery },
	{ "transaction.max_messages", set_txn_max_messages },
	{ "transaction.max_ms", set_txn_max_ms },
	{ "instance.id", set_instance_id },
};

#define CONFIG_NKEYS (sizeof(config_keys) / sizeof(config_keys[0]))

static const char *const config_expect[CONFIG_NKEYS] = {
	"a comma-separated list of topics",
	"a topic name",
	"a topic name",
	"'article' or 'event'",
	"a positive integer (bytes)",
	"a positive integer (messages)",
	"a directory",
	"an integer from 1 to 256",
	"true or false",
	"debug, info, warn or error",
	"host:port",
	"a number of milliseconds, 0 for off",
	"'plain' or 'confluent'",
	"a schema registry id (0 to 2147483647)",
	"'at-least-once' or 'exactly-once'",
	"a positive integer (messages)",
	"a positive integer (milliseconds)",
	"an instance name",
};

/* Add or replace (last wins) key = value from origin. Returns 0 or -1. */
static int
config_raw_put(struct config_rawlist *l, const char *key, size_t klen,
    const char *value, size_t vlen, const char *origin)
{
	struct config_raw *r = NULL, *v;
	char *k, *val;
	size_t i;

	if ((k = strndup(key, klen)) == NULL)
		return -1;
	if ((val = strndup(value, vlen)) == NULL) {
		free(k);
		return -1;
	}
	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, k) == 0)
			r = &l->v[i];
	if (r == NULL) {
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 32;
			if ((v = realloc(l->v, l->cap * sizeof(*v))) == NULL) {
				free(k);
				free(val);
				return -1;
			}
			l->v = v;
		}
		r = &l->v[l->n++];
	} else {
		free(r->key);
		free(r->value);
	}
	r->key = k;
	r->value = val;
	snprintf(r->origin, sizeof(r->origin), "%s", origin);
	return 0;
}

static void
config_raw_clear(struct config_rawlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].value);
	}
	free(l->v);
}

/* Trim s[0..*len) of surrounding white space in place. */
static const char *
config_trim(const char *s, size_t *len)
{
	while (*len > 0 && isspace((unsigned char)*s)) {
		s++;
		(*len)--;
	}
	while (*len > 0 && isspace((unsigned char)s[*len - 1]))
		(*len)--;
	return s;
}

/* Parse one "key = value" (or "key=value") string into l. */
static int
config_put_line(struct config_rawlist *l, const char *line, size_t len,
    const char *origin, char *err, size_t errlen)
{
	const char *s, *eq, *k, *v;
	size_t klen, vlen;

	s = config_trim(line, &len);
	if (len == 0 || s[0] == '#')
		return 0;
	if ((eq = memchr(s, '=', len)) == NULL) {
		config_err(err, errlen, "%s: expected 'key = value'", origin);
		return -1;
	}
	klen = (size_t)(eq - s);
	k = config_trim(s, &klen);
	vlen = len - (size_t)(eq + 1 - s);
	v = config_trim(eq + 1, &vlen);
	if (klen == 0) {
		config_err(err, errlen, "%s: empty key before '='", origin);
		return -1;
	}
	if (config_raw_put(l, k, klen, v, vlen, origin) == -1) {
		config_err(err, errlen, "%s: out of memory", origin);
		return -1;
	}
	return 0;
}

static int
config_parse_text(struct config_rawlist *l, const char *text,
    const char *name, char *err, size_t errlen)
{
	const char *p = text, *nl;
	char origin[64];
	size_t lineno = 0, len;

	while (*p != '\0') {
		lineno++;
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		snprintf(origin, sizeof(origin), "%.48s:%zu", name, lineno);
		if (config_put_line(l, p, len, origin, err, errlen) == -1)
			return -1;
		p += len + (nl != NULL);
	}
	return 0;
}

/* Add a kafka.* key as a librdkafka property for its side(s). */
static int
config_add_kafka(struct config *c, const struct config_raw *r)
{
	struct config_kafka *k;
	const char *name = r->key + strlen("kafka.");
	enum config_side side;

	if (strncmp(name, "consumer.", 9) == 0) {
		name += 9;
		side = CONFIG_CONSUMER;
	} else if (strncmp(name, "producer.", 9) == 0) {
		name += 9;
		side = CONFIG_PRODUCER;
	} else {
		side = config_prop_side(name);
	}
	if (*name == '\0')
		return -1;
	k = realloc(c->kafka, (c->n_kafka + 1) * sizeof(*k));
	if (k == NULL)
		return -1;
	c->kafka = k;
	k = &c->kafka[c->n_kafka];
	k->name = strdup(name);
	k->value = strdup(r->value);
	k->side = side;
	snprintf(k->origin, sizeof(k->origin), "%s", r->origin);
	c->n_kafka++;
	if (strcmp(name, "group.id") == 0 && side != CONFIG_PRODUCER &&
	    config_set_str(&c->group_id, r->value) == -1)
		return -1;
	return k->name != NULL && k->value != NULL ? 0 : -1;
}

/* Interpret one raw entry. */
static int
config_apply_raw(struct config *c, const struct config_raw *r, char *err,
    size_t errlen)
{
	size_t i;

	if (strncmp(r->key, "kafka.", 6) == 0) {
		if (config_add_kafka(c, r) == 0)
			return 0;
		config_err(err, errlen, "%s: %s: bad librdkafka property",
		    r->origin, r->key);
		return -1;
	}
	for (i = 0; i < CONFIG_NKEYS; i++) {
		if (strcmp(r->key, config_keys[i].key) != 0)
			continue;
		if (config_keys[i].set(c, r->value) == 0)
			return 0;
		config_err(err, errlen, "%s: %s: invalid value '%s' (expected "
		    "%s)", r->origin, r->key, r->value, config_expect[i]);
		return -1;
	}
	config_err(err, errlen, "%s: unknown key '%s'", r->origin, r->key);
	return -1;
}

static int
config_defaults(struct config *c)
{
	char dir[4096];
	long n;

	c->granularity = CONFIG_GRAN_ARTICLE;
	c->input_max_bytes = 4194304;
	c->input_max_inflight = 50000;
	c->extract_enabled = 1;
	c->log_level = LOGL_INFO;
	c->output_schema_id = -1;
	c->txn_max_messages = 1000;
	c->txn_max_ms = 1000;
	if (gethostname(dir, sizeof(dir) - 1) == -1 || dir[0] == '\0')
		snprintf(dir, sizeof(dir), "newsevd");
	dir[sizeof(dir) - 1] = '\0';
	if (config_set_str(&c->instance_id, dir) == -1)
		return -1;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	c->workers = n > 0 ? (int)(n > 256 ? 256 : n) : 1;
	if (paths_default_data_dir(dir, sizeof(dir)) == -1)
		return -1;
	if (config_set_str(&c->data_dir, dir) == -1)
		return -1;
	return config_set_str(&c->group_id, "newsevd");
}

static int
config_check_required(const struct config *c, const char *origin,
    char *err, size_t errlen)
{
	const char *missing = NULL;

	if (c->output_topic == NULL)
		missing = "output.topic";
	if (c->dlq_topic == NULL)
		missing = "dlq.topic";
	if (c->n_input_topics == 0)
		missing = "input.topics";
	if (c->output_framing == CONFIG_FRAMING_CONFLUENT &&
	    c->output_schema_id < 0)
		missing = "output.schema_id (output.framing = confluent)";
	if (missing == NULL)
		return 0;
	config_err(err, errlen, "%s: missing required key '%s'", origin,
	    missing);
	return -1;
}

struct config *
config_parse(const char *text, const char *origin, char *const *overrides,
    size_t n_overrides, char *err, size_t errlen)
{
	struct config_rawlist raw = { 0 };
	struct config *c = NULL;
	char o[64];
	size_t i;

	if (text != NULL &&
	    config_parse_text(&raw, text, origin, err, errlen) == -1)
		goto out_clear_raw;
	for (i = 0; i < n_overrides; i++) {
		snprintf(o, sizeof(o), "-X %.40s", overrides[i]);
		if (config_put_line(&raw, overrides[i], strlen(overrides[i]),
		    o, err, errlen) == -1)
			goto out_clear_raw;
	}
	if ((c = calloc(1, sizeof(*c))) == NULL || config_defaults(c) == -1) {
		config_err(err, errlen, "%s: out of memory", origin);
		goto out_free_config;
	}
	for (i = 0; i < raw.n; i++)
		if (config_apply_raw(c, &raw.v[i], err, errlen) == -1)
			goto out_free_config;
	if (config_check_required(c, origin, err, errlen) == -1)
		goto out_free_config;
	config_raw_clear(&raw);
	return c;
out_free_config:
	config_free(c);
	c = NULL;
out_clear_raw:
	config_raw_clear(&raw);
	return c;
}

/* Read all of path into a NUL-terminated malloc'd string, or NULL. */
static char *
config_read_file(const char *path, char *err, size_t errlen)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f, *m;
	int c;

	if ((f = fopen(path, "r")) == NULL) {
		config_err(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if ((m = open_memstream(&buf, &len)) != NULL) {
		while ((c = getc(f)) != EOF)
			putc(c, m);
		fclose(m);
	}
	if (ferror(f) || buf == NULL) {
		config_err(err, errlen, "%s: read error", path);
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

struct config *
config_load(const char *path, char *const *overrides, size_t n_overrides,
    char *err, size_t errlen)
{
	struct config *c;
	char *text = NULL;

	if (path != NULL && (text = config_read_file(path, err, errlen)) == NULL)
		return NULL;
	c = config_parse(text, path ? path : "-X", overrides, n_overrides,
	    err, errlen);
	free(text);
	return c;
}

void
config_free(struct config *c)
{
	size_t i;

	if (c == NULL)
		return;
	config_free_topics(c);
	free(c->output_topic);
	free(c->dlq_topic);
	free(c->group_id);
	free(c->data_dir);
	free(c->http_listen);
	free(c->replay_group);
	free(c->instance_id);
	for (i = 0; i < c->n_kafka; i++) {
		free(c->kafka[i].name);
		free(c->kafka[i].value);
	}
	free(c->kafka);
	free(c);
}

int
config_kafka_apply(const struct config *c, enum config_side side,
    rd_kafka_conf_t *conf, char *err, size_t errlen)
{
	const struct config_kafka *k;
	char why[512];
	size_t i;

	for (i = 0; i < c->n_kafka; i++) {
		k = &c->kafka[i];
		if ((k->side & side) == 0)
			continue;
		if (rd_kafka_conf_set(conf, k->name, k->value, why,
		    sizeof(why)) != RD_KAFKA_CONF_OK) {
			config_err(err, errlen, "%s: kafka.%s: %s", k->origin,
			    k->name, why);
			return -1;
		}
	}
	return 0;
}

int
config_check_kafka(const struct config *c, char *err, size_t errlen)
{
	enum config_side sides[] = { CONFIG_CONSUMER, CONFIG_PRODUCER };
	rd_kafka_conf_t *conf;
	size_t i;
	int rc = 0;

	for (i = 0; i < 2 && rc == 0; i++) {
		if ((conf = rd_kafka_conf_new()) == NULL)
			return -1;
		rc = config_kafka_apply(c, sides[i], conf, err, errlen);
		rd_kafka_conf_destroy(conf);
	}
	return rc;
}

const char *
config_kafka_get(const struct config *c, enum config_side side,
    const char *name)
{
	const char *v = NULL;
	size_t i;

	for (i = 0; i < c->n_kafka; i++)
		if ((c->kafka[i].side & side) != 0 &&
		    strcmp(c->kafka[i].name, name) == 0)
			v = c->kafka[i].value;
	return v;
}

static int
config_streq(const char *a, const char *b)
{
	return (a == NULL && b == NULL) ||
	    (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* 1 when both configs hold the same kafka.* properties. */
static int
config_kafka_equal(const struct config *a, const struct config *b)
{
	size_t i;

	if (a->n_kafka != b->n_kafka)
		return 0;
	for (i = 0; i < a->n_kafka; i++)
		if (a->kafka[i].side != b->kafka[i].side ||
		    !config_streq(a->kafka[i].name, b->kafka[i].name) ||
		    !config_streq(a->kafka[i].value, b->kafka[i].value))
			return 0;
	return 1;
}

static void
config_note(char *buf, size_t len, int *n, const char *key)
{
	size_t used = strlen(buf);

	snprintf(buf + used, len - used, "%s%s", *n ? "," : "", key);
	(*n)++;
}

int
config_restart_keys(const struct config *a, const struct config *b,
    char *buf, size_t len)
{
	int n = 0;
	size_t i;

	buf[0] = '\0';
	if (!config_kafka_equal(a, b))
		config_note(buf, len, &n, "kafka.*");
	if (a->n_input_topics != b->n_input_topics)
		config_note(buf, len, &n, "input.topics");
	else
		for (i = 0; i < a->n_input_topics; i++)
			if (strcmp(a->input_topics[i], b->input_topics[i])) {
				config_note(buf, len, &n, "input.topics");
				break;
			}
	if (!config_streq(a->output_topic, b->output_topic))
		config_note(buf, len, &n, "output.topic");
	if (!config_streq(a->dlq_topic, b->dlq_topic))
		config_note(buf, len, &n, "dlq.topic");
	if (a->workers != b->workers)
		config_note(buf, len, &n, "workers");
	if (!config_streq(a->http_listen, b->http_listen))
		config_note(buf, len, &n, "http.listen");
	if (a->output_framing != b->output_framing ||
	    a->output_schema_id != b->output_schema_id)
		config_note(buf, len, &n, "output.framing/schema_id");
	if (a->delivery != b->delivery ||
	    a->txn_max_messages != b->txn_max_messages ||
	    a->txn_max_ms != b->txn_max_ms ||
	    !config_streq(a->instance_id, b->instance_id))
		config_note(buf, len, &n, "delivery/transaction.*/instance.id");
	return n;
}
