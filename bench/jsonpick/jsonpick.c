/*
 * jsonpick: measure the three Debian JSON parsers (json-c, jansson, cJSON) on
 * the work newsevd does per message: parse one article object from a
 * (buffer, length), look up id/text/published_at, check they are strings,
 * free. Also feeds each a hostile input (deep nesting) and reports whether it
 * rejects it, how fast, and without crashing. Not part of `make all`; run
 * bench/jsonpick/run.sh. json-c and jansson export the same symbol names
 * (json_object_get ...), so the file is built once per library with
 * -DPICK_JSONC, -DPICK_JANSSON or -DPICK_CJSON.
 *
 * usage: jsonpick-LIB ARTICLE.json ITERATIONS DEPTH
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(PICK_JSONC)
#include <json-c/json.h>
#define PICK_NAME "json-c"
#define PICK_PARSE parse_jsonc
#elif defined(PICK_JANSSON)
#include <jansson.h>
#define PICK_NAME "jansson"
#define PICK_PARSE parse_jansson
#elif defined(PICK_CJSON)
#include <cjson/cJSON.h>
#define PICK_NAME "cJSON"
#define PICK_PARSE parse_cjson
#else
#error "define PICK_JSONC, PICK_JANSSON or PICK_CJSON"
#endif

typedef int (*parse_fn)(const char *buf, size_t len);

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Each parser returns 0 when id and text are strings, -1 on rejection. */
#if defined(PICK_JSONC)
static int
parse_jsonc(const char *buf, size_t len)
{
	struct json_tokener *tok;
	struct json_object *o, *v;
	int ok = -1;

	if ((tok = json_tokener_new_ex(64)) == NULL)
		return -1;
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, buf, (int)len);
	if (o != NULL && json_tokener_get_error(tok) == json_tokener_success &&
	    json_object_is_type(o, json_type_object) &&
	    json_object_object_get_ex(o, "id", &v) &&
	    json_object_is_type(v, json_type_string) &&
	    json_object_object_get_ex(o, "text", &v) &&
	    json_object_is_type(v, json_type_string) &&
	    json_object_get_string_len(v) > 0)
		ok = 0;
	if (!json_object_object_get_ex(o, "published_at", &v))
		ok = -1;
	json_object_put(o);
	json_tokener_free(tok);
	return ok;
}
#elif defined(PICK_JANSSON)
static int
parse_jansson(const char *buf, size_t len)
{
	json_error_t err;
	json_t *o, *v;
	int ok = -1;

	o = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL,
	    &err);
	if (o != NULL && json_is_object(o) &&
	    (v = json_object_get(o, "id")) != NULL && json_is_string(v) &&
	    (v = json_object_get(o, "text")) != NULL && json_is_string(v) &&
	    json_string_length(v) > 0)
		ok = 0;
	if (o != NULL && json_object_get(o, "published_at") == NULL)
		ok = -1;
	json_decref(o);
	return ok;
}
#else
static int
parse_cjson(const char *buf, size_t len)
{
	cJSON *o, *v;
	int ok = -1;

	o = cJSON_ParseWithLength(buf, len);
	if (o != NULL && cJSON_IsObject(o) &&
	    (v = cJSON_GetObjectItemCaseSensitive(o, "id")) != NULL &&
	    cJSON_IsString(v) &&
	    (v = cJSON_GetObjectItemCaseSensitive(o, "text")) != NULL &&
	    cJSON_IsString(v) && v->valuestring[0] != '\0')
		ok = 0;
	if (cJSON_GetObjectItemCaseSensitive(o, "published_at") == NULL)
		ok = -1;
	cJSON_Delete(o);
	return ok;
}
#endif

static char *
read_file(const char *path, size_t *len)
{
	FILE *f;
	char *buf;
	long n;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

/* "[[[...1...]]]" nested depth times, plus an object-nested variant. */
static char *
make_nested(size_t depth, int objects, size_t *len)
{
	const char *open = objects ? "{\"a\":" : "[";
	size_t ol = strlen(open), i, n;
	char *s;

	n = depth * (ol + 1) + 2;
	if ((s = malloc(n)) == NULL)
		return NULL;
	for (i = 0; i < depth; i++)
		memcpy(s + i * ol, open, ol);
	s[depth * ol] = '1';
	for (i = 0; i < depth; i++)
		s[depth * ol + 1 + i] = objects ? '}' : ']';
	*len = depth * ol + 1 + depth;
	s[*len] = '\0';
	return s;
}

static void
bench_one(const char *name, parse_fn fn, const char *art, size_t alen,
    long iters, const char *deep, size_t dlen, const char *deepo,
    size_t dolen)
{
	double t0, t1, t2;
	long i, ok = 0;
	int rd, rdo;

	t0 = now_s();
	for (i = 0; i < iters; i++)
		ok += fn(art, alen) == 0;
	t1 = now_s();
	rd = fn(deep, dlen);
	rdo = fn(deepo, dolen);
	t2 = now_s();
	printf("%-8s article: %ld/%ld ok, %.3f s, %.2f us/parse, %.0f MB/s | "
	    "deep: %s/%s in %.2f ms\n", name, ok, iters, t1 - t0,
	    (t1 - t0) * 1e6 / (double)iters,
	    (double)alen * (double)iters / (t1 - t0) / 1e6,
	    rd == 0 ? "ACCEPTED" : "rejected",
	    rdo == 0 ? "ACCEPTED" : "rejected", (t2 - t1) * 1e3);
}

/* Edge cases: what the parser alone does with them. */
#define EDGE(label, lit) { label, lit, sizeof(lit) - 1 }
static void
edge_cases(const char *name, parse_fn fn)
{
	static const struct { const char *label, *json; size_t len; } c[] = {
		EDGE("bad-utf8", "{\"id\":\"a\",\"text\":\"\xc3\x28\",\"published_at\":1}"),
		EDGE("esc-nul", "{\"id\":\"a\",\"text\":\"x\\u0000y\",\"published_at\":1}"),
		EDGE("raw-nul", "{\"id\":\"a\",\"text\":\"x\0y\",\"published_at\":1}"),
		EDGE("lone-surrogate", "{\"id\":\"a\",\"text\":\"\\ud800\",\"published_at\":1}"),
		EDGE("trailing-garbage", "{\"id\":\"a\",\"text\":\"t\",\"published_at\":1} x"),
		EDGE("two-objects", "{\"id\":\"a\",\"text\":\"t\",\"published_at\":1}{}"),
	};
	size_t i;

	printf("%-8s edge:", name);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		printf(" %s=%s", c[i].label,
		    fn(c[i].json, c[i].len) == 0 ? "accepted" : "rejected");
	printf("\n");
}

int
main(int argc, char **argv)
{
	char *art, *deep, *deepo;
	size_t alen, dlen, dolen, depth;
	long iters;

	if (argc != 4) {
		fprintf(stderr, "usage: jsonpick-" PICK_NAME " ARTICLE.json ITERATIONS DEPTH\n");
		return 2;
	}
	iters = atol(argv[2]);
	depth = (size_t)atol(argv[3]);
	if ((art = read_file(argv[1], &alen)) == NULL ||
	    (deep = make_nested(depth, 0, &dlen)) == NULL ||
	    (deepo = make_nested(depth, 1, &dolen)) == NULL) {
		fprintf(stderr, "jsonpick: cannot read or allocate\n");
		return 1;
	}
	bench_one(PICK_NAME, PICK_PARSE, art, alen, iters, deep, dlen, deepo,
	    dolen);
	edge_cases(PICK_NAME, PICK_PARSE);
	free(art);
	free(deep);
	free(deepo);
	return 0;
}
