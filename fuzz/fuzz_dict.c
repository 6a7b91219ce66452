/*
 * fuzz_dict: libFuzzer target for the dictionary loaders (gazetteer,
 * event patterns, time words, tone lexicon). A scratch data directory
 * under $TMPDIR is set up once: events/ holds copies of the real files,
 * timex/ and lexicon/ empty files, gazetteer/ nothing. The first input byte
 * (mod 12) picks one file, the rest of the input becomes that file, and its
 * loader runs on the scratch directory. A loader must either succeed or
 * fail with a "file:line: reason" message. On success the loaded part
 * replaces its twin in the real dictionaries and serves lookups and a full
 * extract_run() over the input's own text, so what a file lets in is also
 * used. The file is restored after each input; the directory is removed at
 * exit (a crash leaves it, so scripts/fuzz.sh points TMPDIR at scratch).
 */
#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/gazetteer.h"
#include "newsev/paths.h"
#include "newsev/patterns.h"
#include "newsev/text.h"
#include "newsev/timex.h"
#include "newsev/tone.h"

enum loader { L_GAZ, L_PAT, L_TIMEX, L_TONE };

struct target {
	enum loader loader;
	const char *sub;	/* subdirectory of the scratch data dir */
	const char *name;	/* file replaced by the input */
	int copy;		/* 1: the real file is kept there otherwise */
};

static const struct target targets[] = {
	{ L_GAZ, "gazetteer", "fuzz.tsv", 0 },
	{ L_PAT, "events", "cameo.tsv", 1 },
	{ L_PAT, "events", "patterns-fr.tsv", 1 },
	{ L_PAT, "events", "modes.tsv", 1 },
	{ L_PAT, "events", "words.tsv", 1 },
	{ L_TIMEX, "timex", "months.txt", 0 },
	{ L_TIMEX, "timex", "weekdays.txt", 0 },
	{ L_TIMEX, "timex", "numbers.txt", 0 },
	{ L_TIMEX, "timex", "units.txt", 0 },
	{ L_TIMEX, "timex", "relative.txt", 0 },
	{ L_TIMEX, "timex", "context.txt", 0 },
	{ L_TONE, "lexicon", "tone-fr.txt", 0 },
};
#define N_TARGETS (sizeof(targets) / sizeof(targets[0]))

/* Files of the scratch directory besides the targets' own. */
static const struct target extras[] = {
	{ L_PAT, "events", "patterns-en.tsv", 1 },
	{ L_TONE, "lexicon", "tone-en.txt", 0 },
};

static char scratch[4096];
static struct dict *real;
static struct { char *buf; size_t len; } saved[N_TARGETS];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
die(const char *what, const char *path)
{
	fprintf(stderr, "fuzz_dict: %s %s: %s\n", what, path, strerror(errno));
	exit(1);
}

static int
write_file(const char *path, const void *buf, size_t len)
{
	FILE *f;
	int rc = 0;

	if ((f = fopen(path, "w")) == NULL)
		return -1;
	if (len > 0 && fwrite(buf, 1, len, f) != len)
		rc = -1;
	if (fclose(f) != 0)
		rc = -1;
	return rc;
}

/* Whole file at path into *buf (malloc'ed, caller frees). Returns 0 or -1. */
static int
read_file(const char *path, char **buf, size_t *len)
{
	FILE *f;
	long n;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	if (fseek(f, 0, SEEK_END) == -1 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) == -1 || (*buf = malloc((size_t)n + 1)) == NULL)
		goto out_close;
	if (fread(*buf, 1, (size_t)n, f) != (size_t)n) {
		free(*buf);
		goto out_close;
	}
	*len = (size_t)n;
	fclose(f);
	return 0;
out_close:
	fclose(f);
	return -1;
}

/* Put the scratch copy of t in place; keep its bytes to restore it. */
static void
setup_file(const struct target *t, const char *data, size_t i)
{
	char src[8192], dst[8192], *buf = NULL;
	size_t len = 0;

	snprintf(dst, sizeof(dst), "%s/%s/%s", scratch, t->sub, t->name);
	if (t->copy) {
		snprintf(src, sizeof(src), "%s/%s/%s", data, t->sub, t->name);
		if (read_file(src, &buf, &len) == -1)
			die("cannot read", src);
	}
	if (t->loader != L_GAZ && write_file(dst, buf, len) == -1)
		die("cannot write", dst);
	if (i < N_TARGETS) {
		saved[i].buf = buf;
		saved[i].len = len;
	} else
		free(buf);
}

static int
remove_cb(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return remove(path);
}

static void
remove_scratch(void)
{
	nftw(scratch, remove_cb, 16, FTW_DEPTH | FTW_PHYS);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const subs[] = { "gazetteer", "events", "timex",
	    "lexicon" };
	char data[4096], path[8192], err[512];
	const char *env = getenv("NEWSEV_DATA_DIR"), *tmp = getenv("TMPDIR");
	size_t i;

	if (env != NULL)
		snprintf(data, sizeof(data), "%s", env);
	else if (paths_default_data_dir(data, sizeof(data)) == -1)
		die("no data directory", "");
	if ((real = dict_load(data, err, sizeof(err))) == NULL) {
		fprintf(stderr, "fuzz_dict: %s\n", err);
		exit(1);
	}
	snprintf(scratch, sizeof(scratch), "%s/newsev-fuzz-dict.XXXXXX",
	    tmp ? tmp : "/tmp");
	if (mkdtemp(scratch) == NULL)
		die("cannot create", scratch);
	atexit(remove_scratch);
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "%s/%s", scratch, subs[i]);
		if (mkdir(path, 0700) == -1)
			die("cannot create", path);
	}
	for (i = 0; i < N_TARGETS; i++)
		setup_file(&targets[i], data, i);
	for (i = 0; i < sizeof(extras) / sizeof(extras[0]); i++)
		setup_file(&extras[i], data, N_TARGETS);
	return 0;
}

/* Look up every token of the input in d, then extract from it. */
static void
use_dict(const struct dict *d, const uint8_t *text, size_t len)
{
	struct extract_input in = { .id = "fuzz", .text = (const char *)text,
	    .text_len = len, .published_ms = 1718870400000LL };
	struct extract_result *r;
	struct timex_hit hits[64];
	struct text_doc doc;
	const struct gaz_entry *ge;
	size_t i;

	text_doc_init(&doc);
	if (text_analyze(&doc, in.text, len) == 0) {
		for (i = 0; i < doc.ntoks; i++) {
			(void)gazetteer_match(d->gaz, &doc, i, &ge);
			(void)patterns_lookup(d->pat, doc.toks[i].hash,
			    text_tok_norm(&doc, i));
			(void)patterns_word(d->pat, doc.toks[i].hash,
			    text_tok_norm(&doc, i));
		}
		(void)timex_find(d->timex, &doc, "fr", in.published_ms, hits, 64);
		(void)tone_score(d->tone, &doc);
	}
	text_doc_clear(&doc);
	if (!text_utf8_valid(in.text, len))
		return;
	if ((r = extract_run(d, &in)) == NULL)
		abort();
	extract_result_free(r);
}

/* Run t's loader on the scratch directory; on success use what it loaded. */
static void
load_and_use(const struct target *t, const uint8_t *text, size_t len)
{
	struct dict d = *real;
	char dir[8192], err[512];
	void *p = NULL;

	snprintf(dir, sizeof(dir), "%s/%s", scratch, t->sub);
	err[0] = '\0';
	switch (t->loader) {
	case L_GAZ:
		p = d.gaz = gazetteer_load(dir, err, sizeof(err));
		break;
	case L_PAT:
		p = d.pat = patterns_load(dir, err, sizeof(err));
		break;
	case L_TIMEX:
		p = d.timex = timex_load(dir, err, sizeof(err));
		break;
	case L_TONE:
		p = d.tone = tone_load(dir, err, sizeof(err));
		break;
	}
	if (p == NULL) {
		if (err[0] == '\0' || memchr(err, '\0', sizeof(err)) == NULL)
			abort();
		return;
	}
	use_dict(&d, text, len);
	gazetteer_free(t->loader == L_GAZ ? d.gaz : NULL);
	patterns_free(t->loader == L_PAT ? d.pat : NULL);
	timex_free(t->loader == L_TIMEX ? d.timex : NULL);
	tone_free(t->loader == L_TONE ? d.tone : NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct target *t;
	char path[8192];
	size_t i;

	if (size == 0)
		return 0;
	i = data[0] % N_TARGETS;
	t = &targets[i];
	snprintf(path, sizeof(path), "%s/%s/%s", scratch, t->sub, t->name);
	if (write_file(path, data + 1, size - 1) == -1)
		die("cannot write", path);
	load_and_use(t, data + 1, size - 1);
	if (t->loader == L_GAZ)
		unlink(path);
	else if (write_file(path, saved[i].buf, saved[i].len) == -1)
		die("cannot restore", path);
	return 0;
}
