/*
 * extract_bench: the extraction engine alone, without Kafka. Loads the
 * dictionaries, decodes the sample articles (JSON files given as arguments)
 * and runs extract_run() over them repeatedly, on one or more threads.
 * Prints one JSON object on stdout.
 *
 *   extract_bench [-d DATA] [-t THREADS] [-m MB | -n ARTICLES] FILE...
 *   extract_bench [-d DATA] --scaling FILE...
 *
 * Throughput mode processes the samples round-robin until MB megabytes of
 * text (default 50) or exactly ARTICLES articles have been extracted; with
 * -t N the articles are spread over N threads sharing one dictionary.
 * Scaling mode builds articles of 1 KB, 10 KB, 100 KB and 1 MB from the
 * samples' texts and reports the CPU time per byte of each, then articles
 * of 100 KB, 1 MB and 10 MB with no punctuation (one sentence each), each in
 * a child process killed after -T seconds (default 120): time and memory.
 * For profiling one case: --size BYTES (ns per byte of an article of that
 * size) or --nopunct BYTES (one unpunctuated article).
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "newsev/article.h"
#include "newsev/dict.h"
#include "newsev/extract.h"
#include "newsev/paths.h"
#include "newsev/text.h"

#define BENCH_MAX_FILES 256
#define BENCH_MAX_READ (64 << 20)

struct sample {
	struct article a;
	size_t sentences;	/* from text_analyze() */
};

struct bench {
	struct dict *dict;
	struct sample *s;
	size_t ns;
	size_t articles;	/* articles to extract in total */
	int threads;
};

struct worker {
	pthread_t tid;
	const struct bench *b;
	int index;
	size_t bytes, articles, sentences, events;
	int failed;
};

/* CPU seconds of the calling thread: immune to other load on the cores. */
static double
thread_cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A /proc/self/status field in kB ("VmRSS", "VmHWM"), or -1. */
static long
status_kb(const char *field)
{
	char line[256];
	size_t flen = strlen(field);
	long kb = -1;
	FILE *f;

	if ((f = fopen("/proc/self/status", "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, field, flen) == 0 && line[flen] == ':') {
			kb = strtol(line + flen + 1, NULL, 10);
			break;
		}
	fclose(f);
	return kb;
}

/* Reset VmHWM to the current RSS (Linux "5" > clear_refs). Returns 0/-1. */
static int
reset_hwm(void)
{
	FILE *f;
	int rc;

	if ((f = fopen("/proc/self/clear_refs", "w")) == NULL)
		return -1;
	rc = fputs("5", f) < 0 ? -1 : 0;
	if (fclose(f) != 0)
		rc = -1;
	return rc;
}

/* User + system CPU seconds of the process so far. */
static double
cpu_s(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) == -1)
		return 0;
	return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static long
maxrss_kb(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) == -1)
		return -1;
	return ru.ru_maxrss;
}

/* Read a whole file. The caller frees the result. Returns NULL on error. */
static char *
read_file(const char *path, size_t *len)
{
	char *buf = NULL;
	size_t cap = 0, n = 0, r;
	FILE *f;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	do {
		if (n == cap) {
			char *nb;

			cap = cap ? cap * 2 : 65536;
			if (cap > BENCH_MAX_READ || (nb = realloc(buf, cap)) ==
			    NULL) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	*len = n;
	return buf;
}

/* Decode the sample files and count their sentences. Returns 0 or -1. */
static int
load_samples(struct bench *b, char **files, int nfiles)
{
	struct text_doc doc;
	char reason[256];
	size_t len;
	char *buf;
	int i;

	if ((b->s = calloc((size_t)nfiles, sizeof(*b->s))) == NULL)
		return -1;
	text_doc_init(&doc);
	for (i = 0; i < nfiles; i++) {
		if ((buf = read_file(files[i], &len)) == NULL) {
			fprintf(stderr, "extract_bench: %s: %s\n", files[i],
			    strerror(errno));
			goto out_doc;
		}
		if (article_decode(buf, len, ARTICLE_JSON, len + 1,
		    &b->s[b->ns].a, reason, sizeof(reason)) == -1) {
			fprintf(stderr, "extract_bench: %s: %s\n", files[i],
			    reason);
			free(buf);
			goto out_doc;
		}
		free(buf);
		if (text_analyze(&doc, b->s[b->ns].a.text,
		    b->s[b->ns].a.text_len) == -1)
			goto out_doc;
		b->s[b->ns++].sentences = doc.nsents;
	}
	text_doc_clear(&doc);
	return 0;
out_doc:
	text_doc_clear(&doc);
	return -1;
}

static void
extract_input_of(const struct article *a, struct extract_input *in)
{
	memset(in, 0, sizeof(*in));
	in->id = a->id;
	in->text = a->text;
	in->text_len = a->text_len;
	in->title = a->title;
	in->lang = a->lang;
	in->published_ms = a->published_ms;
}

/*
 * Thread body: a contiguous share of the articles (article i is sample
 * i % ns), so that every thread cycles through all the samples, as each
 * newsevd worker does. Round-robin (index, index + threads, ...) gave each
 * of two threads only half of the samples, a smaller and warmer working set
 * than newsevd's workers have.
 */
static void *
worker_run(void *arg)
{
	struct worker *w = arg;
	const struct bench *b = w->b;
	struct extract_input in;
	struct extract_result *r;
	size_t i, from, to;

	from = b->articles * (size_t)w->index / (size_t)b->threads;
	to = b->articles * (size_t)(w->index + 1) / (size_t)b->threads;
	for (i = from; i < to; i++) {
		const struct sample *s = &b->s[i % b->ns];

		extract_input_of(&s->a, &in);
		if ((r = extract_run(b->dict, &in)) == NULL) {
			w->failed = 1;
			break;
		}
		w->events += r->n_events;
		extract_result_free(r);
		w->bytes += s->a.text_len;
		w->sentences += s->sentences;
		w->articles++;
	}
	return NULL;
}

/* Throughput mode. Returns 0 or -1. */
static int
run_throughput(struct bench *b, double mb, long dict_kb, double load_s)
{
	size_t bytes = 0, sents = 0, events = 0, arts = 0, per_round = 0;
	struct worker *w;
	double t0, dt, cpu0 = cpu_s();
	int i, failed = 0;

	for (i = 0; i < (int)b->ns; i++)
		per_round += b->s[i].a.text_len;
	if (b->articles == 0)	/* enough whole rounds for mb megabytes */
		b->articles = (size_t)((mb * 1e6 + (double)per_round - 1) /
		    (double)per_round) * b->ns;
	if ((w = calloc((size_t)b->threads, sizeof(*w))) == NULL)
		return -1;
	t0 = now_s();
	for (i = 0; i < b->threads; i++) {
		w[i].b = b;
		w[i].index = i;
		if (pthread_create(&w[i].tid, NULL, worker_run, &w[i]) != 0) {
			fprintf(stderr, "extract_bench: pthread_create\n");
			exit(1);
		}
	}
	for (i = 0; i < b->threads; i++) {
		pthread_join(w[i].tid, NULL);
		bytes += w[i].bytes;
		sents += w[i].sentences;
		events += w[i].events;
		arts += w[i].articles;
		failed |= w[i].failed;
	}
	dt = now_s() - t0;
	cpu0 = cpu_s() - cpu0;
	free(w);
	if (failed) {
		fprintf(stderr, "extract_bench: extract_run out of memory\n");
		return -1;
	}
	printf("{\"mode\":\"throughput\",\"threads\":%d,\"articles\":%zu,"
	    "\"bytes\":%zu,\"sentences\":%zu,\"events\":%zu,\"seconds\":%.4f,"
	    "\"mb_per_s\":%.3f,\"mb_per_s_per_thread\":%.3f,"
	    "\"articles_per_s\":%.1f,\"sentences_per_s\":%.1f,"
	    "\"cpu_s\":%.3f,\"cpu_us_per_article\":%.1f,\"mb_per_cpu_s\":%.3f,"
	    "\"peak_rss_kb\":%ld,\"dict_rss_kb\":%ld,\"dict_load_s\":%.3f}\n",
	    b->threads, arts, bytes, sents, events, dt, bytes / dt / 1e6,
	    bytes / dt / 1e6 / b->threads, arts / dt, sents / dt, cpu0,
	    arts ? cpu0 * 1e6 / (double)arts : 0,
	    cpu0 > 0 ? bytes / cpu0 / 1e6 : 0, maxrss_kb(),
	    dict_kb, load_s);
	return 0;
}

/*
 * Build an article of about size bytes from the samples' texts, in order
 * from sample first, cycling. The caller frees the result.
 */
static char *
build_text(const struct bench *b, size_t size, size_t first, size_t *len)
{
	size_t n = 0, i = first;
	char *t;

	if ((t = malloc(size + 1)) == NULL)
		return NULL;
	while (n < size) {
		const struct article *a = &b->s[i++ % b->ns].a;
		size_t k = a->text_len < size - n ? a->text_len : size - n;

		memcpy(t + n, a->text, k);
		n += k;
		if (n < size)
			t[n++] = '\n';
	}
	/* never cut inside a UTF-8 sequence */
	while (n > 0 && ((unsigned char)t[n - 1] & 0xC0) == 0x80)
		n--;
	if (n > 0 && ((unsigned char)t[n - 1] & 0x80))
		n--;
	t[n] = '\0';
	*len = n;
	return t;
}

/* CPU time of one extraction of text. Returns seconds, or -1 on failure. */
static double
time_one(const struct bench *b, const char *text, size_t len)
{
	struct extract_input in;
	struct extract_result *r;
	double t0;

	extract_input_of(&b->s[0].a, &in);
	in.id = "bench-scaling";
	in.text = text;
	in.text_len = len;
	in.lang = NULL;
	t0 = thread_cpu_s();
	if ((r = extract_run(b->dict, &in)) == NULL)
		return -1;
	t0 = thread_cpu_s() - t0;
	extract_result_free(r);
	return t0;
}

/*
 * ns per byte for articles of size bytes: one article starting at each
 * sample (so every size sees the same mix of French and English), each
 * extracted in turn until >= 0.5 s and >= 2 rounds.
 */
static double
ns_per_byte(const struct bench *b, size_t size)
{
	double total = 0, dt = 0;
	size_t len[BENCH_MAX_FILES], bytes = 0, i, built, runs = 0;
	char *t[BENCH_MAX_FILES];

	for (built = 0; built < b->ns; built++)
		if ((t[built] = build_text(b, size, built, &len[built])) ==
		    NULL) {
			dt = -1;
			goto out_free;
		}
	while (dt >= 0 && (total < 0.5 || runs < 2 * b->ns)) {
		i = runs++ % b->ns;
		if ((dt = time_one(b, t[i], len[i])) >= 0) {
			total += dt;
			bytes += len[i];
		}
	}
out_free:
	while (built-- > 0)
		free(t[built]);
	return dt < 0 || bytes == 0 ? -1 : total * 1e9 / (double)bytes;
}

/* A text of size bytes of sample words with every punctuation removed. */
static char *
build_unpunctuated(const struct bench *b, size_t size, size_t *len)
{
	static const char drop[] = ".,;:!?()[]\"'-\n\r\t";
	size_t n = 0, i = 0, j;
	char *t;

	if ((t = malloc(size + 1)) == NULL)
		return NULL;
	while (n < size) {
		const struct article *a = &b->s[i++ % b->ns].a;

		for (j = 0; j < a->text_len && n < size; j++) {
			unsigned char c = (unsigned char)a->text[j];

			if (c >= 0x80)	/* drop non-ASCII: no « » “ ” … */
				continue;
			t[n++] = strchr(drop, c) != NULL ? ' ' : (char)c;
		}
		if (n < size)
			t[n++] = ' ';
	}
	t[n] = '\0';
	*len = n;
	return t;
}

/*
 * One unpunctuated article of size bytes, extracted in a child process so
 * that a runaway case is bounded by timeout_s (the child is killed) and its
 * memory is its own. Prints a JSON object. Returns 0 or -1.
 */
static int
run_nopunct(const struct bench *b, size_t size, int timeout_s)
{
	struct { double dt; long rss0, hwm; } res = { -1, -1, -1 };
	double t0 = now_s();
	int fds[2], status = 0, done = 0;
	ssize_t got = 0;
	pid_t pid;
	char *t;
	size_t len;

	if (pipe(fds) == -1 || (pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		close(fds[0]);
		if ((t = build_unpunctuated(b, size, &len)) != NULL) {
			res.rss0 = status_kb("VmRSS");
			reset_hwm();
			res.dt = time_one(b, t, len);
			res.hwm = status_kb("VmHWM");
		}
		if (write(fds[1], &res, sizeof(res)) != (ssize_t)sizeof(res))
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	while (!done && now_s() - t0 < timeout_s) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			done = 1;
		else
			usleep(20000);
	}
	if (!done) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
	} else
		got = read(fds[0], &res, sizeof(res));
	close(fds[0]);
	printf("{\"bytes\":%zu,\"completed\":%s,\"seconds\":%.3f,"
	    "\"rss_before_kb\":%ld,\"peak_rss_kb\":%ld,\"extra_kb\":%ld,"
	    "\"timeout_s\":%d}", size, done && got == (ssize_t)sizeof(res) &&
	    res.dt >= 0 ? "true" : "false", done ? res.dt : now_s() - t0,
	    res.rss0, res.hwm, res.hwm - res.rss0, timeout_s);
	return 0;
}

/* Scaling mode. Returns 0 or -1. */
static int
run_scaling(const struct bench *b, int timeout_s)
{
	static const size_t sizes[] = { 1000, 10000, 100000, 1000000 };
	static const size_t np[] = { 100000, 1000000, 10000000 };
	double nspb[4], lo = 0, hi = 0;
	size_t i;

	for (i = 0; i < 4; i++) {
		if ((nspb[i] = ns_per_byte(b, sizes[i])) < 0)
			return -1;
		lo = i == 0 || nspb[i] < lo ? nspb[i] : lo;
		hi = i == 0 || nspb[i] > hi ? nspb[i] : hi;
	}
	printf("{\"mode\":\"scaling\",\"ns_per_byte\":{\"1KB\":%.2f,"
	    "\"10KB\":%.2f,\"100KB\":%.2f,\"1MB\":%.2f},"
	    "\"ns_per_byte_ratio_max_min\":%.3f,\"ratio_1MB_1KB\":%.3f,"
	    "\"nopunct\":[", nspb[0], nspb[1], nspb[2], nspb[3], hi / lo,
	    nspb[3] / nspb[0]);
	for (i = 0; i < 3; i++) {
		fflush(stdout);
		if (i > 0)
			putchar(',');
		if (run_nopunct(b, np[i], timeout_s) == -1)
			return -1;
	}
	printf("]}\n");
	return 0;
}

static void
usage(void)
{
	fprintf(stderr, "usage: extract_bench [-d DATA] [-t THREADS] "
	    "[-m MB | -n ARTICLES] [--scaling [-T SECONDS]]\n"
	    "                     [--size BYTES | --nopunct BYTES] FILE...\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "scaling", no_argument, NULL, 'S' },
		{ "size", required_argument, NULL, 'z' },
		{ "nopunct", required_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 },
	};
	struct bench b = { .threads = 1 };
	char data[4096] = "", err[512];
	double mb = 50, t0;
	int ch, scaling = 0, timeout_s = 120, rc;
	size_t size = 0, nopunct = 0;
	long rss0;

	while ((ch = getopt_long(argc, argv, "d:t:m:n:T:", longopts, NULL)) != -1)
		switch (ch) {
		case 'd': snprintf(data, sizeof(data), "%s", optarg); break;
		case 't': b.threads = atoi(optarg); break;
		case 'm': mb = atof(optarg); break;
		case 'n': b.articles = strtoul(optarg, NULL, 10); break;
		case 'S': scaling = 1; break;
		case 'T': timeout_s = atoi(optarg); break;
		case 'z': size = strtoul(optarg, NULL, 10); break;
		case 'P': nopunct = strtoul(optarg, NULL, 10); break;
		default: usage();
		}
	if (optind == argc || argc - optind > BENCH_MAX_FILES ||
	    b.threads < 1 || b.threads > 256 || mb <= 0)
		usage();
	if (data[0] == '\0' && paths_default_data_dir(data, sizeof(data)) == -1)
		usage();
	if (load_samples(&b, argv + optind, argc - optind) == -1)
		return 1;
	rss0 = status_kb("VmRSS");
	t0 = now_s();
	if ((b.dict = dict_load(data, err, sizeof(err))) == NULL) {
		fprintf(stderr, "extract_bench: %s: %s\n", data, err);
		return 1;
	}
	t0 = now_s() - t0;
	if (size > 0)		/* one size, for profiling */
		rc = printf("{\"bytes\":%zu,\"ns_per_byte\":%.2f}\n", size,
		    ns_per_byte(&b, size)) > 0 ? 0 : -1;
	else if (nopunct > 0)
		rc = run_nopunct(&b, nopunct, timeout_s) == 0 &&
		    putchar('\n') != EOF ? 0 : -1;
	else
		rc = scaling ? run_scaling(&b, timeout_s) :
		    run_throughput(&b, mb, status_kb("VmRSS") - rss0, t0);
	dict_free(b.dict);
	while (b.ns > 0)
		article_clear(&b.s[--b.ns].a);
	free(b.s);
	return rc == 0 ? 0 : 1;
}
