#!/usr/bin/env bash
# output.framing: the same articles processed with the plain framing (live)
# and with output.framing=confluent output.schema_id=42 (a replay into a
# second topic). An independent decoder strips the prefix the way
# Confluent's deserializers do (magic byte 0, 4-byte big-endian schema id,
# zigzag varint index array, here [0] as the single byte 0) and the rest
# must be byte-identical to the plain value, and decode with protoc.
# confluent without output.schema_id is refused by --check-config.
. "$(dirname "$0")/lib.sh"

N=${NV_FRAMING_ARTICLES:-20}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 2 --topic $IN --topic $OUT --topic $DLQ --topic framed
CONF=$T/newsevd.conf
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-framing" "workers=2" "kafka.session.timeout.ms=6000" \
    "kafka.auto.commit.interval.ms=500"

"$NEWSEV_BUILD/newsevd" -c "$CONF" -X output.framing=confluent --check-config \
    >"$T/check.out" 2>&1
expect_eq "confluent without schema id: --check-config exit code" 2 "$?"
grep -q "missing required key 'output.schema_id (output.framing = confluent)'" "$T/check.out" ||
    fail "refusal message: $(cat "$T/check.out")"
"$NEWSEV_BUILD/newsevd" -c "$CONF" -X output.framing=avro --check-config >"$T/check2.out" 2>&1
expect_eq "output.framing=avro: --check-config exit code" 2 "$?"

gen_articles "$N" fr "$T/good.tsv"
kc_produce $IN -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
start_bg live "$NEWSEV_BUILD/newsevd" -c "$CONF"
wait_until "[ \$(count_messages $OUT) -ge $N ] && [ \"\$(total_lag $CONF)\" = 0 ]" 60 \
    "$N plain outputs"
stop_pid "$LAST_PID"
"$NEWSEV_BUILD/newsevd" -c "$CONF" --replay --output-topic framed \
    -X output.framing=confluent -X output.schema_id=42 >"$T/replay.out" 2>"$T/replay.log"
expect_eq "confluent replay exit code" 0 "$?"

dump_topic $OUT "$T/plain"
dump_topic framed "$T/framed"
python3 - "$T/plain" "$T/framed" "$T/stripped.bin" <<'PY' || fail "the confluent values do not strip to the plain ones"
import os, sys
def load(d):
    out = {}
    for line in open(os.path.join(d, "index.tsv"), encoding="utf-8"):
        n, p, o, key, heads = line.rstrip("\n").split("\t")
        out[key] = open(os.path.join(d, n + ".val"), "rb").read()
    return out
def varint(b, pos):
    v = shift = 0
    while True:
        c = b[pos]; pos += 1
        v |= (c & 0x7f) << shift
        if not c & 0x80:
            return v, pos
        shift += 7
def strip(v):
    # Confluent's protobuf deserializer: magic, schema id, index array
    assert v[0] == 0, "magic byte %d" % v[0]
    sid = int.from_bytes(v[1:5], "big")
    n, pos = varint(v, 5)
    n = (n >> 1) ^ -(n & 1)
    idx = [0] if n == 0 else []
    for _ in range(n):
        x, pos = varint(v, pos)
        idx.append((x >> 1) ^ -(x & 1))
    return sid, idx, pos, v[pos:]
plain, framed = load(sys.argv[1]), load(sys.argv[2])
assert sorted(plain) == sorted(framed), "different keys"
for k, v in framed.items():
    sid, idx, pos, pb = strip(v)
    assert (sid, idx, pos) == (42, [0], 6), (k, sid, idx, pos)
    assert v[:6] == b"\x00\x00\x00\x00\x2a\x00", v[:6]
    assert pb == plain[k], "payload of %s differs" % k
    assert plain[k][0] != 0, "a plain value starts with byte 0"
open(sys.argv[3], "wb").write(framed[sorted(framed)[0]][6:])
print("%d values checked" % len(framed))
PY
ok "$N confluent values: prefix 00 0000002a 00, payload byte-identical to plain"
FIRST=$(cut -f4 "$T/framed/index.tsv" | sort | head -n1)
pb_decode ArticleEvents <"$T/stripped.bin" >"$T/decoded.txt" || fail "protoc could not decode a stripped value"
grep -q "^article_id: \"$FIRST\"" "$T/decoded.txt" || fail "decoded article_id: $(head -n3 "$T/decoded.txt")"
ok "protoc --decode of the stripped value gives article_id $FIRST"
# the descriptor set decodes it too (what ClickHouse/Spark/Python use)
protoc --decode=newsev.v1.ArticleEvents --descriptor_set_in="$NEWSEV_BUILD/newsev.desc" \
    <"$T/stripped.bin" | cmp -s - "$T/decoded.txt" || fail "decoding with newsev.desc differs"
ok "protoc --descriptor_set_in=newsev.desc decodes it identically"
