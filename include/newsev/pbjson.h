/*
 * pbjson: any protobuf-c message to one line of JSON, following the proto3
 * JSON mapping: lowerCamelCase field names from the descriptors, enums as
 * their names, 64-bit integers as strings, bytes as base64, fields at their
 * default value omitted, non-finite floats as "NaN"/"Infinity". Also the
 * growing buffer and string escaping that `newsev dump` uses for its own
 * wrapper objects.
 */
#ifndef NEWSEV_PBJSON_H
#define NEWSEV_PBJSON_H

#include <stddef.h>
#include <stdint.h>

#include <protobuf-c/protobuf-c.h>

/* A growing NUL-terminated buffer; failed is set when memory ran out. */
struct pbjson_buf {
	char *data;
	size_t len, cap;
	int failed;
};

/* Initialize an empty buffer. */
void pbjson_buf_init(struct pbjson_buf *b);

/* Free the buffer's memory; it may be reused after pbjson_buf_init(). */
void pbjson_buf_free(struct pbjson_buf *b);

/* Append len raw bytes (already JSON). */
void pbjson_buf_raw(struct pbjson_buf *b, const char *s, size_t len);

/*
 * Append s[0..len) as a quoted JSON string: '"', '\\' and control characters
 * escaped, valid UTF-8 kept as is, each invalid byte replaced by \ufffd.
 */
void pbjson_buf_string(struct pbjson_buf *b, const char *s, size_t len);

/* Append d[0..len) as a quoted base64 string (standard alphabet, padded). */
void pbjson_buf_base64(struct pbjson_buf *b, const uint8_t *d, size_t len);

/* Append message m as a JSON object. Returns 0, or -1 when memory ran out. */
int pbjson_buf_message(struct pbjson_buf *b, const ProtobufCMessage *m);

/*
 * Message m as one line of JSON (no newline). The caller frees the result.
 * Returns NULL when memory runs out.
 */
char *pbjson_format(const ProtobufCMessage *m);

#endif
