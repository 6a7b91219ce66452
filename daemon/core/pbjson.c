/*
 * pbjson: protobuf-c messages to proto3 JSON, walking the descriptors, so
 * it works for every message of newsev.proto without per-message code.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsev/pbjson.h"

void
pbjson_buf_init(struct pbjson_buf *b)
{
	memset(b, 0, sizeof(*b));
}

void
pbjson_buf_free(struct pbjson_buf *b)
{
	free(b->data);
	pbjson_buf_init(b);
}

/* Make room for n more bytes and the NUL. Returns 0 or -1. */
static int
buf_reserve(struct pbjson_buf *b, size_t n)
{
	size_t ncap;
	char *nd;

	if (b->failed)
		return -1;
	if (b->len + n + 1 <= b->cap)
		return 0;
	ncap = b->cap ? b->cap : 256;
	while (ncap < b->len + n + 1)
		ncap *= 2;
	if ((nd = realloc(b->data, ncap)) == NULL) {
		b->failed = 1;
		return -1;
	}
	b->data = nd;
	b->cap = ncap;
	return 0;
}

void
pbjson_buf_raw(struct pbjson_buf *b, const char *s, size_t len)
{
	if (buf_reserve(b, len) == -1)
		return;
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

static void
buf_str(struct pbjson_buf *b, const char *s)
{
	pbjson_buf_raw(b, s, strlen(s));
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t
utf8_seq_len(const unsigned char *s, size_t left)
{
	size_t n, i;
	uint32_t cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (n > left)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return n;
}

void
pbjson_buf_string(struct pbjson_buf *b, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	char esc[8];
	size_t i = 0, n;

	buf_str(b, "\"");
	while (i < len) {
		if (p[i] == '"' || p[i] == '\\') {
			esc[0] = '\\';
			esc[1] = (char)p[i];
			pbjson_buf_raw(b, esc, 2);
			i++;
		} else if (p[i] < 0x20) {
			switch (p[i]) {
			case '\n': buf_str(b, "\\n"); break;
			case '\r': buf_str(b, "\\r"); break;
			case '\t': buf_str(b, "\\t"); break;
			case '\b': buf_str(b, "\\b"); break;
			case '\f': buf_str(b, "\\f"); break;
			default:
				snprintf(esc, sizeof(esc), "\\u%04x", p[i]);
				buf_str(b, esc);
			}
			i++;
		} else if ((n = utf8_seq_len(p + i, len - i)) == 0) {
			buf_str(b, "\\ufffd");
			i++;
		} else {
			pbjson_buf_raw(b, s + i, n);
			i += n;
		}
	}
	buf_str(b, "\"");
}

/* Field name in lowerCamelCase: "source_topic" -> "sourceTopic". */
static void
buf_name(struct pbjson_buf *b, const char *name)
{
	char out[128];
	size_t o = 0;
	int upper = 0;

	for (; *name != '\0' && o < sizeof(out) - 1; name++) {
		if (*name == '_') {
			upper = 1;
			continue;
		}
		out[o++] = upper && *name >= 'a' && *name <= 'z' ?
		    (char)(*name - 'a' + 'A') : *name;
		upper = 0;
	}
	pbjson_buf_string(b, out, o);
	buf_str(b, ":");
}

/* Shortest decimal form that reads back as the same value. */
static void
buf_double(struct pbjson_buf *b, double v, int is_float)
{
	char num[40];
	int prec;

	if (isnan(v)) {
		buf_str(b, "\"NaN\"");
		return;
	}
	if (isinf(v)) {
		buf_str(b, v > 0 ? "\"Infinity\"" : "\"-Infinity\"");
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {	/* integral: no exponent */
		snprintf(num, sizeof(num), "%.0f", v);
		buf_str(b, num);
		return;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(num, sizeof(num), "%.*g", prec, v);
		if (is_float ? (float)strtod(num, NULL) == (float)v :
		    strtod(num, NULL) == v)
			break;
	}
	buf_str(b, num);
}

void
pbjson_buf_base64(struct pbjson_buf *b, const uint8_t *d, size_t len)
{
	static const char tab[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char q[4];
	uint32_t v;
	size_t i;

	buf_str(b, "\"");
	for (i = 0; i < len; i += 3) {
		v = (uint32_t)d[i] << 16;
		if (i + 1 < len)
			v |= (uint32_t)d[i + 1] << 8;
		if (i + 2 < len)
			v |= d[i + 2];
		q[0] = tab[v >> 18];
		q[1] = tab[(v >> 12) & 63];
		q[2] = i + 1 < len ? tab[(v >> 6) & 63] : '=';
		q[3] = i + 2 < len ? tab[v & 63] : '=';
		pbjson_buf_raw(b, q, 4);
	}
	buf_str(b, "\"");
}

static void
buf_enum(struct pbjson_buf *b, const ProtobufCEnumDescriptor *ed, int v)
{
	const ProtobufCEnumValue *ev;
	char num[16];

	if ((ev = protobuf_c_enum_descriptor_get_value(ed, v)) != NULL) {
		pbjson_buf_string(b, ev->name, strlen(ev->name));
		return;
	}
	snprintf(num, sizeof(num), "%d", v);
	buf_str(b, num);
}

/* One value of field f stored at p. */
static void
buf_value(struct pbjson_buf *b, const ProtobufCFieldDescriptor *f,
    const void *p)
{
	char num[32];

	switch (f->type) {
	case PROTOBUF_C_TYPE_INT32:
	case PROTOBUF_C_TYPE_SINT32:
	case PROTOBUF_C_TYPE_SFIXED32:
		snprintf(num, sizeof(num), "%" PRId32, *(const int32_t *)p);
		buf_str(b, num);
		break;
	case PROTOBUF_C_TYPE_UINT32:
	case PROTOBUF_C_TYPE_FIXED32:
		snprintf(num, sizeof(num), "%" PRIu32, *(const uint32_t *)p);
		buf_str(b, num);
		break;
	case PROTOBUF_C_TYPE_INT64:
	case PROTOBUF_C_TYPE_SINT64:
	case PROTOBUF_C_TYPE_SFIXED64:
		snprintf(num, sizeof(num), "\"%" PRId64 "\"",
		    *(const int64_t *)p);
		buf_str(b, num);
		break;
	case PROTOBUF_C_TYPE_UINT64:
	case PROTOBUF_C_TYPE_FIXED64:
		snprintf(num, sizeof(num), "\"%" PRIu64 "\"",
		    *(const uint64_t *)p);
		buf_str(b, num);
		break;
	case PROTOBUF_C_TYPE_FLOAT:
		buf_double(b, *(const float *)p, 1);
		break;
	case PROTOBUF_C_TYPE_DOUBLE:
		buf_double(b, *(const double *)p, 0);
		break;
	case PROTOBUF_C_TYPE_BOOL:
		buf_str(b, *(const protobuf_c_boolean *)p ? "true" : "false");
		break;
	case PROTOBUF_C_TYPE_ENUM:
		buf_enum(b, f->descriptor, *(const int *)p);
		break;
	case PROTOBUF_C_TYPE_STRING: {
		const char *s = *(char *const *)p;

		pbjson_buf_string(b, s ? s : "", s ? strlen(s) : 0);
		break;
	}
	case PROTOBUF_C_TYPE_BYTES: {
		const ProtobufCBinaryData *bd = p;

		pbjson_buf_base64(b, bd->data, bd->len);
		break;
	}
	case PROTOBUF_C_TYPE_MESSAGE:
		pbjson_buf_message(b, *(ProtobufCMessage *const *)p);
		break;
	}
}

static size_t
type_size(ProtobufCType t)
{
	switch (t) {
	case PROTOBUF_C_TYPE_INT64:
	case PROTOBUF_C_TYPE_SINT64:
	case PROTOBUF_C_TYPE_SFIXED64:
	case PROTOBUF_C_TYPE_UINT64:
	case PROTOBUF_C_TYPE_FIXED64:
		return 8;
	case PROTOBUF_C_TYPE_DOUBLE:
		return sizeof(double);
	case PROTOBUF_C_TYPE_BOOL:
		return sizeof(protobuf_c_boolean);
	case PROTOBUF_C_TYPE_ENUM:
		return sizeof(int);
	case PROTOBUF_C_TYPE_STRING:
		return sizeof(char *);
	case PROTOBUF_C_TYPE_BYTES:
		return sizeof(ProtobufCBinaryData);
	case PROTOBUF_C_TYPE_MESSAGE:
		return sizeof(ProtobufCMessage *);
	default:
		return 4;
	}
}

/* 1 when a singular proto3 field holds its default (zero) value. */
static int
is_default(const ProtobufCFieldDescriptor *f, const void *p)
{
	switch (f->type) {
	case PROTOBUF_C_TYPE_STRING:
		return *(char *const *)p == NULL || **(char *const *)p == '\0';
	case PROTOBUF_C_TYPE_BYTES:
		return ((const ProtobufCBinaryData *)p)->len == 0;
	case PROTOBUF_C_TYPE_MESSAGE:
		return *(ProtobufCMessage *const *)p == NULL;
	case PROTOBUF_C_TYPE_FLOAT:
		return *(const float *)p == 0 && !signbit(*(const float *)p);
	case PROTOBUF_C_TYPE_DOUBLE:
		return *(const double *)p == 0 && !signbit(*(const double *)p);
	default: {
		static const uint8_t zero[8];

		return memcmp(p, zero, type_size(f->type)) == 0;
	}
	}
}

/* 1 when singular field f of message base is to be printed. */
static int
field_present(const ProtobufCFieldDescriptor *f, const char *base)
{
	const void *p = base + f->offset;

	if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF)
		return *(const uint32_t *)(base + f->quantifier_offset) ==
		    f->id;
	if (f->label == PROTOBUF_C_LABEL_REQUIRED)
		return 1;
	if (f->label == PROTOBUF_C_LABEL_OPTIONAL &&
	    f->type != PROTOBUF_C_TYPE_STRING &&
	    f->type != PROTOBUF_C_TYPE_MESSAGE)
		return *(const protobuf_c_boolean *)(base +
		    f->quantifier_offset);
	if (f->label == PROTOBUF_C_LABEL_OPTIONAL)
		return *(void *const *)p != NULL;
	return !is_default(f, p);
}

static void
buf_repeated(struct pbjson_buf *b, const ProtobufCFieldDescriptor *f,
    const char *base)
{
	size_t n = *(const size_t *)(base + f->quantifier_offset), i;
	const char *arr = *(char *const *)(base + f->offset);
	size_t sz = type_size(f->type);

	buf_str(b, "[");
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_str(b, ",");
		buf_value(b, f, arr + i * sz);
	}
	buf_str(b, "]");
}

int
pbjson_buf_message(struct pbjson_buf *b, const ProtobufCMessage *m)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;
	const ProtobufCFieldDescriptor *f;
	const char *base = (const char *)m;
	unsigned i;
	int first = 1;

	buf_str(b, "{");
	for (i = 0; i < d->n_fields; i++) {
		f = &d->fields[i];
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			if (*(const size_t *)(base + f->quantifier_offset) == 0)
				continue;
		} else if (!field_present(f, base)) {
			continue;
		}
		if (!first)
			buf_str(b, ",");
		first = 0;
		buf_name(b, f->name);
		if (f->label == PROTOBUF_C_LABEL_REPEATED)
			buf_repeated(b, f, base);
		else
			buf_value(b, f, base + f->offset);
	}
	buf_str(b, "}");
	return b->failed ? -1 : 0;
}

char *
pbjson_format(const ProtobufCMessage *m)
{
	struct pbjson_buf b;

	pbjson_buf_init(&b);
	if (pbjson_buf_message(&b, m) == -1) {
		pbjson_buf_free(&b);
		return NULL;
	}
	return b.data;
}
