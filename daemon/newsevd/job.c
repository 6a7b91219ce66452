/*
 * job: one input message through decode -> extract -> encode, on a worker.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsev/article.h"
#include "newsev/dict.h"
#include "newsev/encode.h"
#include "newsev/extract.h"
#include "newsev/job.h"

struct dict_ref *
dict_ref_new(struct dict *d)
{
	struct dict_ref *r;

	if ((r = calloc(1, sizeof(*r))) == NULL) {
		dict_free(d);
		return NULL;
	}
	r->dict = d;
	atomic_init(&r->refs, 1);
	return r;
}

struct dict_ref *
dict_ref_hold(struct dict_ref *r)
{
	if (r != NULL)
		atomic_fetch_add(&r->refs, 1);
	return r;
}

void
dict_ref_release(struct dict_ref *r)
{
	if (r == NULL || atomic_fetch_sub(&r->refs, 1) != 1)
		return;
	dict_free(r->dict);
	free(r);
}

struct job *
job_new(rd_kafka_message_t *rkm, void *owner, uint32_t gen,
    struct dict_ref *dict, const struct job_params *params)
{
	struct job *j;

	if ((j = calloc(1, sizeof(*j))) == NULL)
		return NULL;
	j->rkm = rkm;
	j->owner = owner;
	j->gen = gen;
	j->dict = dict_ref_hold(dict);
	j->params = *params;
	return j;
}

void
job_free(struct job *j)
{
	size_t i;

	if (j == NULL)
		return;
	for (i = 0; i < j->n_outs; i++)
		free(j->outs[i].buf);
	if (j->outs != &j->one)
		free(j->outs);
	free(j->key);
	if (j->rkm != NULL)
		rd_kafka_message_destroy(j->rkm);
	dict_ref_release(j->dict);
	free(j);
}

int
job_header(const rd_kafka_message_t *rkm, const char *name, char *buf,
    size_t len)
{
	rd_kafka_headers_t *hdrs;
	const void *val;
	size_t size;

	if (rd_kafka_message_headers(rkm, &hdrs) != RD_KAFKA_RESP_ERR_NO_ERROR ||
	    rd_kafka_header_get_last(hdrs, name, &val, &size) !=
	    RD_KAFKA_RESP_ERR_NO_ERROR || val == NULL)
		return -1;
	if (size >= len)
		size = len - 1;
	memcpy(buf, val, size);
	buf[size] = '\0';
	return 0;
}

/* The reference time: published_at, else the message timestamp, else now. */
static int64_t
job_ref_ms(const struct job *j, const struct article *a)
{
	rd_kafka_timestamp_type_t tstype;
	struct timespec ts;
	int64_t ms;

	if (a->has_published)
		return a->published_ms;
	ms = rd_kafka_message_timestamp(j->rkm, &tstype);
	if (ms >= 0 && tstype != RD_KAFKA_TIMESTAMP_NOT_AVAILABLE)
		return ms;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static uint64_t
job_now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

/* Run the extractor, or give an empty result in passthrough mode. */
static struct extract_result *
job_extract(struct job *j, const struct article *a, int64_t ref_ms,
    struct extract_result *empty)
{
	struct extract_input in;
	struct extract_result *r;
	uint64_t t0;

	if (!j->params.extract_enabled || j->dict == NULL ||
	    j->dict->dict == NULL) {
		memset(empty, 0, sizeof(*empty));
		snprintf(empty->lang, sizeof(empty->lang), "%s",
		    a->lang[0] != '\0' ? a->lang : "und");
		return empty;
	}
	memset(&in, 0, sizeof(in));
	in.id = a->id;
	in.text = a->text;
	in.text_len = a->text_len;
	in.title = a->title;
	in.lang = a->lang;
	in.published_ms = ref_ms;
	t0 = job_now_us();
	r = extract_run(j->dict->dict, &in);
	j->extract_us = job_now_us() - t0;
	return r;
}

/* Encode the output messages of article a with result r. */
static int
job_encode(struct job *j, const struct article *a,
    const struct extract_result *r, const struct encode_source *src)
{
	size_t n, i;

	j->n_events = r->n_events;
	for (i = 0; i < r->n_events; i++)
		if (r->events[i].cameo_root >= 1 && r->events[i].cameo_root <= 20)
			j->roots[r->events[i].cameo_root]++;
	n = j->params.granularity == CONFIG_GRAN_EVENT ? r->n_events : 1;
	if (n == 0)
		return 0;
	if (n == 1)
		j->outs = &j->one;	/* article granularity: no allocation */
	else if ((j->outs = calloc(n, sizeof(*j->outs))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if ((j->params.granularity == CONFIG_GRAN_EVENT ?
		    encode_event(a, r, i, src, &j->outs[i].buf,
		    &j->outs[i].len) :
		    encode_article_events(a, r, src, &j->outs[i].buf,
		    &j->outs[i].len)) == -1)
			return -1;
		j->n_outs++;
	}
	return 0;
}

void
job_process(struct job *j)
{
	struct extract_result empty, *r;
	struct encode_source src;
	struct article a;
	char ctype[128];

	if (job_header(j->rkm, "content-type", ctype, sizeof(ctype)) == -1)
		ctype[0] = '\0';
	if (article_decode(j->rkm->payload, j->rkm->len,
	    article_format_of(ctype[0] ? ctype : NULL), j->params.max_bytes,
	    &a, j->reason, sizeof(j->reason)) == -1) {
		j->status = JOB_REJECTED;
		return;
	}
	src.topic = rd_kafka_topic_name(j->rkm->rkt);
	src.partition = j->rkm->partition;
	src.offset = j->rkm->offset;
	src.ref_ms = job_ref_ms(j, &a);
	j->status = JOB_FAILED;
	if ((r = job_extract(j, &a, src.ref_ms, &empty)) == NULL)
		goto out_clear_article;
	if (job_encode(j, &a, r, &src) == 0) {
		j->key = a.id;	/* the article's copy of the id is the key */
		a.id = NULL;
		j->status = JOB_OK;
	}
	if (r != &empty)
		extract_result_free(r);
out_clear_article:
	article_clear(&a);
}
