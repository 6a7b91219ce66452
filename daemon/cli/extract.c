/*
 * newsev extract: run the extractor on articles without Kafka. Input is JSON
 * lines (one article per line) or a file holding one pretty-printed article;
 * output is one ArticleEvents per article as one JSON line (proto3 JSON
 * mapping), exactly what newsevd would produce, decoded.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsev/article.h"
#include "newsev/cli.h"
#include "newsev/dict.h"
#include "newsev/encode.h"
#include "newsev/extract.h"
#include "newsev/paths.h"
#include "newsev/pbjson.h"
#include "newsev/v1/newsev.pb-c.h"

#define EXTRACT_MAX_BYTES	(4u << 20)
#define EXTRACT_MAX_INPUT	((size_t)1 << 30)

struct extract_opts {
	const char *data;
	const char *input;	/* NULL or "-" = stdin */
	int64_t ref_ms;
	int has_ref;
};

static void
extract_usage(FILE *f)
{
	fprintf(f,
	    "usage: newsev extract [--published-at RFC3339] [--data DIR] "
	    "[FILE|-]\n"
	    "\n"
	    "Read articles as JSON lines ({\"id\",\"text\",...} per line) from\n"
	    "FILE or stdin - or a file holding one pretty-printed article - and\n"
	    "print one newsev.v1.ArticleEvents per article as one JSON line.\n"
	    "Bad articles are reported on stderr and skipped (exit 1 at the end).\n"
	    "\n"
	    "  --published-at T   reference time for articles without\n"
	    "                     published_at (default: now)\n"
	    "  --data DIR         dictionaries (default: the build's data dir)\n"
	    "  -h, --help         this help\n");
}

static int
extract_parse_args(int argc, char **argv, struct extract_opts *o)
{
	static const struct option longopts[] = {
		{ "published-at", required_argument, NULL, 'P' },
		{ "data", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'P':
			if (article_parse_rfc3339(optarg, &o->ref_ms) == -1) {
				fprintf(stderr, "newsev extract: --published-at:"
				    " not an RFC 3339 time: %s\n", optarg);
				return -1;
			}
			o->has_ref = 1;
			break;
		case 'd':
			o->data = optarg;
			break;
		case 'h':
			extract_usage(stdout);
			return 1;
		default:
			extract_usage(stderr);
			return -1;
		}
	}
	if (argc - optind > 1) {
		extract_usage(stderr);
		return -1;
	}
	o->input = optind < argc ? argv[optind] : NULL;
	return 0;
}

/* Read all of f into a malloc'd buffer. Returns NULL on error. */
static char *
extract_slurp(FILE *f, size_t *len)
{
	size_t cap = 65536, n = 0, r;
	char *buf = malloc(cap), *nb;

	while (buf != NULL && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			if (cap >= EXTRACT_MAX_INPUT ||
			    (nb = realloc(buf, cap * 2)) == NULL) {
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
	}
	if (buf == NULL || ferror(f)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* Extract, encode and print one decoded article. Returns 0 or -1. */
static int
extract_one(const struct dict *d, const struct article *a, int64_t ref_ms)
{
	struct extract_input in = { a->id, a->text, a->text_len, a->title,
	    a->lang, ref_ms };
	struct encode_source src = { "", 0, 0, ref_ms };
	Newsev__V1__ArticleEvents *m = NULL;
	struct extract_result *r;
	uint8_t *buf = NULL;
	size_t len;
	char *js = NULL;
	int rc = -1;

	if ((r = extract_run(d, &in)) == NULL)
		return -1;
	if (encode_article_events(a, r, &src, &buf, &len) == -1)
		goto out_result;
	if ((m = newsev__v1__article_events__unpack(NULL, len, buf)) == NULL ||
	    (js = pbjson_format(&m->base)) == NULL)
		goto out_msg;
	if (puts(js) != EOF)
		rc = 0;
	free(js);
out_msg:
	if (m != NULL)
		newsev__v1__article_events__free_unpacked(m, NULL);
	free(buf);
out_result:
	extract_result_free(r);
	return rc;
}

/*
 * Decode and process s[0..len) (line number line, 0 for a whole file).
 * Returns 0, or -1 when the article was rejected or failed.
 */
static int
extract_doc(const struct dict *d, const struct extract_opts *o,
    const char *s, size_t len, size_t line)
{
	struct article a;
	char reason[256];
	int64_t ref;
	int rc;

	if (article_decode(s, len, ARTICLE_JSON, EXTRACT_MAX_BYTES, &a,
	    reason, sizeof(reason)) == -1) {
		if (line > 0)
			fprintf(stderr, "newsev extract: line %zu: %s\n", line,
			    reason);
		else
			fprintf(stderr, "newsev extract: %s\n", reason);
		return -1;
	}
	ref = a.has_published ? a.published_ms : o->has_ref ? o->ref_ms :
	    (int64_t)time(NULL) * 1000;
	if ((rc = extract_one(d, &a, ref)) == -1)
		fprintf(stderr, "newsev extract: %s: extraction failed\n",
		    a.id);
	article_clear(&a);
	return rc;
}

/* 1 when s[0..len) holds only white space. */
static int
extract_blank(const char *s, size_t len)
{
	while (len > 0 && strchr(" \t\r\n", s[len - 1]) != NULL &&
	    s[len - 1] != '\0')
		len--;
	return len == 0;
}

/*
 * JSON lines; but when the first non-blank line is an incomplete JSON value
 * (a pretty-printed article starts with "{" alone), the whole input is one
 * article. Returns the number of failed articles.
 */
static size_t
extract_all(const struct dict *d, const struct extract_opts *o,
    const char *buf, size_t len)
{
	struct article a;
	char reason[256];
	const char *p = buf, *nl;
	size_t line = 0, n, failed = 0;
	int first = 1;

	while (p < buf + len) {
		nl = memchr(p, '\n', (size_t)(buf + len - p));
		n = nl != NULL ? (size_t)(nl - p) : (size_t)(buf + len - p);
		line++;
		if (!extract_blank(p, n)) {
			if (first && article_decode(p, n, ARTICLE_JSON, 0, &a,
			    reason, sizeof(reason)) == 0)
				article_clear(&a);
			else if (first && strstr(reason,
			    "unexpected end of input") != NULL)
				return extract_doc(d, o, buf, len, 0) == -1;
			first = 0;
			failed += extract_doc(d, o, p, n, line) == -1;
		}
		p += n + 1;
	}
	return failed;
}

int
cli_extract(int argc, char **argv)
{
	struct extract_opts o;
	char data[4096], err[512];
	struct dict *d;
	FILE *f = stdin;
	size_t len, failed;
	char *buf;

	switch (extract_parse_args(argc, argv, &o)) {
	case -1:
		return 2;
	case 1:
		return 0;
	}
	if (o.data == NULL) {
		if (paths_default_data_dir(data, sizeof(data)) == -1)
			return 1;
		o.data = data;
	}
	if (o.input != NULL && strcmp(o.input, "-") != 0 &&
	    (f = fopen(o.input, "rb")) == NULL) {
		perror(o.input);
		return 1;
	}
	buf = extract_slurp(f, &len);
	if (f != stdin)
		fclose(f);
	if (buf == NULL) {
		fprintf(stderr, "newsev extract: cannot read input\n");
		return 1;
	}
	if ((d = dict_load(o.data, err, sizeof(err))) == NULL) {
		fprintf(stderr, "newsev extract: %s\n", err);
		free(buf);
		return 1;
	}
	failed = extract_all(d, &o, buf, len);
	dict_free(d);
	free(buf);
	if (fflush(stdout) == EOF)
		return 1;
	return failed > 0 ? 1 : 0;
}
