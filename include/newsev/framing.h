/*
 * framing: the envelope of each output value. "plain" is the bare protobuf
 * message; "confluent" prefixes the Confluent Schema Registry wire format:
 * magic byte 0, the schema id as 4 bytes big-endian, then the message-index
 * array, which for the first message of the schema is the single byte 0.
 */
#ifndef NEWSEV_FRAMING_H
#define NEWSEV_FRAMING_H

#include <stddef.h>
#include <stdint.h>

#define FRAMING_CONFLUENT_LEN 6	/* magic + schema id + index array */

/*
 * Write the confluent prefix for schema_id into out (at least
 * FRAMING_CONFLUENT_LEN bytes). Returns the number of bytes written.
 */
size_t framing_confluent_prefix(uint8_t *out, uint32_t schema_id);

/*
 * Replace the malloc'd buffer *buf of *len bytes by a new malloc'd buffer
 * holding the confluent prefix then the old bytes; the old buffer is freed.
 * On failure *buf and *len are unchanged (still the caller's). Returns 0
 * or -1 (out of memory).
 */
int framing_confluent_wrap(uint8_t **buf, size_t *len, uint32_t schema_id);

/*
 * Parse a confluent-framed value: the schema id into *schema_id and the
 * offset of the protobuf payload into *payload_off. Only the single-byte
 * index array 0 (first message) is accepted. Returns 0, or -1 when the
 * value is not framed that way.
 */
int framing_confluent_parse(const uint8_t *buf, size_t len,
    uint32_t *schema_id, size_t *payload_off);

#endif
