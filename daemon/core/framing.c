/*
 * framing: the Confluent Schema Registry wire prefix for protobuf values.
 */
#include <stdlib.h>
#include <string.h>

#include "newsev/framing.h"

size_t
framing_confluent_prefix(uint8_t *out, uint32_t schema_id)
{
	out[0] = 0;			/* magic byte */
	out[1] = (uint8_t)(schema_id >> 24);
	out[2] = (uint8_t)(schema_id >> 16);
	out[3] = (uint8_t)(schema_id >> 8);
	out[4] = (uint8_t)schema_id;
	out[5] = 0;			/* index array [0], zigzag-encoded */
	return FRAMING_CONFLUENT_LEN;
}

int
framing_confluent_wrap(uint8_t **buf, size_t *len, uint32_t schema_id)
{
	uint8_t *n;

	if ((n = malloc(*len + FRAMING_CONFLUENT_LEN)) == NULL)
		return -1;
	framing_confluent_prefix(n, schema_id);
	if (*len > 0)
		memcpy(n + FRAMING_CONFLUENT_LEN, *buf, *len);
	free(*buf);
	*buf = n;
	*len += FRAMING_CONFLUENT_LEN;
	return 0;
}

int
framing_confluent_parse(const uint8_t *buf, size_t len, uint32_t *schema_id,
    size_t *payload_off)
{
	if (len < FRAMING_CONFLUENT_LEN || buf[0] != 0 || buf[5] != 0)
		return -1;
	*schema_id = (uint32_t)buf[1] << 24 | (uint32_t)buf[2] << 16 |
	    (uint32_t)buf[3] << 8 | buf[4];
	*payload_off = FRAMING_CONFLUENT_LEN;
	return 0;
}
