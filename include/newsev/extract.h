/*
 * extract: the extraction engine's entry point. Turns one article into coded
 * events, entities, quotes and time expressions, with byte offsets into the
 * article's text. Reentrant: many threads may call extract_run() on the same
 * dictionary at once.
 */
#ifndef NEWSEV_EXTRACT_H
#define NEWSEV_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

struct dict;

/* Numeric values equal the newsev.v1 proto enums. */
enum extract_kind {
	EXTRACT_KIND_UNSPECIFIED = 0,
	EXTRACT_KIND_PERSON = 1,
	EXTRACT_KIND_ORGANIZATION = 2,
	EXTRACT_KIND_COUNTRY = 3,
	EXTRACT_KIND_LOCATION = 4,
	EXTRACT_KIND_GROUP = 5,
};

enum extract_mode {
	EXTRACT_MODE_UNSPECIFIED = 0,
	EXTRACT_MODE_ASSERTED = 1,
	EXTRACT_MODE_PLANNED = 2,
	EXTRACT_MODE_NEGATED = 3,
	EXTRACT_MODE_REPORTED = 4,
	EXTRACT_MODE_HYPOTHETICAL = 5,
};

enum extract_gran {
	EXTRACT_GRAN_UNSPECIFIED = 0,
	EXTRACT_GRAN_TIME = 1,
	EXTRACT_GRAN_DAY = 2,
	EXTRACT_GRAN_WEEK = 3,
	EXTRACT_GRAN_MONTH = 4,
	EXTRACT_GRAN_QUARTER = 5,
	EXTRACT_GRAN_YEAR = 6,
	EXTRACT_GRAN_DECADE = 7,
	EXTRACT_GRAN_CENTURY = 8,
	EXTRACT_GRAN_DURATION = 9,
	EXTRACT_GRAN_SET = 10,
};

struct extract_span {
	uint32_t start;		/* first byte */
	uint32_t end;		/* one past the last byte */
};

/* Strings are NUL-terminated and owned by the result; "" when absent. */
struct extract_actor {
	const char *text;
	const char *name;
	char country[4];	/* ISO 3166-1 alpha-3 */
	char role[8];		/* CAMEO role: GOV, MIL ... */
	char cameo[24];		/* CAMEO actor code: RUSGOV, IGOUNO */
	enum extract_kind kind;
	struct extract_span span;
};

struct extract_time {
	const char *text;
	char value[32];		/* TIMEX3 value */
	char type[12];		/* DATE, TIME, DURATION, SET */
	enum extract_gran gran;
	struct extract_span span;
};

struct extract_place {
	const char *name;
	char country[4];
	double lat, lon;
	int has_coords;
	struct extract_span span;
};

struct extract_event {
	char event_id[17];	/* 16 hex digits */
	char cameo_code[8];	/* "042" */
	int cameo_root;		/* 1..20 */
	int quad_class;		/* 1..4 */
	double goldstein;
	const char *plover_type;
	struct extract_actor source;
	struct extract_actor target;
	const char *trigger;
	enum extract_mode mode;
	struct extract_time date;
	struct extract_place location;
	struct extract_span evidence;
	uint32_t mentions;
	float confidence;
	struct extract_span *mention_spans;
	size_t n_mention_spans;
};

struct extract_entity {
	const char *text;
	const char *name;
	enum extract_kind kind;
	char country[4];
	char cameo[24];
	struct extract_span *mentions;
	size_t n_mentions;
};

struct extract_quote {
	const char *text;
	struct extract_actor speaker;
	struct extract_span span;
	const char *verb;
};

struct extract_result {
	char lang[4];		/* "fr", "en" or "und" */
	double tone;
	struct extract_event *events;
	size_t n_events;
	struct extract_entity *entities;
	size_t n_entities;
	struct extract_quote *quotes;
	size_t n_quotes;
	struct extract_time *times;
	size_t n_times;
	void *priv;		/* owned memory; freed by extract_result_free() */
};

struct extract_input {
	const char *id;		/* article id, used in event ids */
	const char *text;	/* valid UTF-8, need not be NUL-terminated */
	size_t text_len;
	const char *title;	/* may be NULL */
	const char *lang;	/* NULL or "" to identify */
	int64_t published_ms;	/* reference time, Unix ms UTC */
};

/*
 * Extract everything from one article using dictionary d (not modified).
 * The caller frees the result with extract_result_free(). Returns NULL only
 * when memory runs out.
 */
struct extract_result *extract_run(const struct dict *d,
    const struct extract_input *in);

/* Free a result from extract_run(). NULL is accepted. */
void extract_result_free(struct extract_result *r);

/* The extractor version ("1.2.0"), a static string. */
const char *extract_version(void);

#endif
