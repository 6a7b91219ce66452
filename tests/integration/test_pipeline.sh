#!/usr/bin/env bash
# newsevd end to end: good JSON and protobuf articles give exactly one
# ArticleEvents each (right key, headers, source) decoded by protoc; every
# kind of bad input lands unchanged on the dead-letter topic with its reason;
# the group's committed offsets reach the end of every input partition; a
# SIGTERM exits 0. Then output.granularity=event on the same input: one Event
# message per event, and articles without events still advance the offsets.
# SIGHUP reloads are checked on the way, and extract.enabled=false at the end.
. "$(dirname "$0")/lib.sh"

N=${NV_PIPELINE_ARTICLES:-220}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 4 --topic $IN --topic $OUT --topic $DLQ \
    --topic events2 --topic rejects2 --topic pass3 --topic rejects3

CONF=$T/newsevd.conf
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-pipeline" "workers=2" "input.max_bytes=20000" \
    "kafka.auto.commit.interval.ms=500"
"$NEWSEV_BUILD/newsevd" -c "$CONF" --check-config >"$T/check.out" 2>&1 ||
    fail "--check-config rejected a good config: $(cat "$T/check.out")"
ok "--check-config accepts the config"
EXTRACTOR=$("$NEWSEV_BUILD/newsevd" --version | sed -n 's/.*(extractor \(.*\))$/\1/p')
[ -n "$EXTRACTOR" ] || fail "newsevd --version gave no extractor version"

# --- input: N good JSON, one good protobuf, bad ones of every kind --------
gen_articles "$N" art "$T/good.tsv"
mkdir -p "$T/bad"
printf '%s' '{"id": "bad-json", "text": "unterminated' >"$T/bad/bad-json"
printf '%s' '{"text": "Le président a parlé.", "lang": "fr"}' >"$T/bad/bad-noid"
printf '%s' '{"id": "bad-notext", "title": "no body"}' >"$T/bad/bad-notext"
printf '{"id": "bad-utf8", "text": "caf\xe9 cr\xc3\x28me"}' >"$T/bad/bad-utf8"
python3 -c 'import json; print(json.dumps({"id": "bad-big", "text": "Paris a parlé. " * 2000}), end="")' \
    >"$T/bad/bad-big"
printf '\x0a\xff\xff\xff\xff\x0f\x01' >"$T/bad/bad-pb"
declare -A REASON=([bad-json]="malformed JSON" [bad-noid]="missing field: id"
    [bad-notext]="missing field: text" [bad-utf8]="invalid UTF-8"
    [bad-big]="message too large" [bad-pb]="undecodable protobuf")
printf 'id: "pb-1"\ntext: "Le président russe Vladimir Poutine est arrivé mardi à Hanoï."\nlang: "fr"\npublished_at: 1718870400000\n' |
    pb_encode Article >"$T/pb-1.bin" || fail "protoc could not encode an Article"

kc_produce $IN -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
for k in bad-json bad-noid bad-notext bad-utf8 bad-big; do
	kc_produce $IN -k "$k" "$T/bad/$k" || fail "kcat could not produce $k"
done
kc_produce $IN -k bad-pb -H content-type=application/x-protobuf "$T/bad/bad-pb"
kc_produce $IN -k pb-1 -H "content-type=application/x-protobuf" "$T/pb-1.bin"
# an article without any event: no output at event granularity
printf 'quiet-1\t{"id": "quiet-1", "text": "Il fait beau et doux ce matin.", "lang": "fr"}\n' |
    kc_produce $IN -K$'\t'
NIN=$((N + 8))
wait_until "[ \$(count_messages $IN) -eq $NIN ]" 30 "$NIN input messages"
ok "produced $N+1 JSON + 1 protobuf good articles and ${#REASON[@]} bad ones"

# --- run newsevd ------------------------------------------------------------
start_bg newsevd "$NEWSEV_BUILD/newsevd" -c "$CONF"
PID=$LAST_PID
NGOOD=$((N + 2))
wait_until "[ \$(count_messages $OUT) -ge $NGOOD ] && [ \$(count_messages $DLQ) -ge 6 ]" 120 \
    "$NGOOD outputs and 6 rejects"
wait_until "[ \"\$(total_lag $CONF)\" = 0 ]" 30 "committed offsets at the end"
ok "committed offsets reached the end: $(newsevd_offsets "$CONF" | tail -n1)"

# SIGHUP: a broken file is refused and the daemon keeps running; a good one
# is applied, and a changed kafka.* key is named as needing a restart
cp "$CONF" "$T/conf.good"
echo "output.granularity = sentence" >>"$CONF"
kill -HUP "$PID"
wait_until "grep -q 'msg=\"reload failed, keeping the running configuration\" reason=\"$CONF:[0-9]*: output.granularity: invalid value' '$T/newsevd.log'" 10 \
    "the refused reload to be logged"
cp "$T/conf.good" "$CONF"
printf 'log.level = debug\nkafka.linger.ms = 50\n' >>"$CONF"
kill -HUP "$PID"
wait_until "grep -q 'msg=\"configuration reloaded\".*log_level=debug' '$T/newsevd.log'" 10 \
    "the good reload to be applied"
grep -q 'msg="reload: changed keys need a restart, not applied" keys=kafka.\*' "$T/newsevd.log" ||
    fail "the kafka.* change was not reported as needing a restart"
cp "$T/conf.good" "$CONF"
ok "SIGHUP: bad config refused (daemon kept running), good one applied, restart-only keys named"
stop_pid "$PID" TERM 30
expect_eq "newsevd exit code after SIGTERM" 0 "$STOP_RC"
grep -q 'level=warn msg="rejected article" reason="missing field: id"' "$T/newsevd.log" ||
    fail "no rejection log line"
ok "rejections logged in one key=value line each"

# --- check the output with protoc ------------------------------------------
dump_topic $OUT "$T/out"
pb_decode_dump "$T/out" ArticleEvents
dump_topic $IN "$T/in"
kc_consume $IN -f '%k %T\n' >"$T/in.ts" || fail "kcat could not read timestamps"
python3 - "$T" "$IN" "$NGOOD" "$EXTRACTOR" <<'PY' || fail "output check failed"
import json, sys, os
T, IN, ngood, extractor = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def index(d):
    rows = []
    for line in open(os.path.join(T, d, "index.tsv"), encoding="utf-8"):
        n, p, o, key, hdrs = line.rstrip("\n").split("\t", 4)
        h = dict(kv.split("=", 1) for kv in hdrs.split(",") if "=" in kv)
        rows.append((int(n), int(p), int(o), key, h))
    return rows
inp = {r[3]: r for r in index("in")}
good = {k for k in inp if not k.startswith("bad-")}
assert len(good) == ngood, (len(good), ngood)
dec = [json.loads(l) for l in open(os.path.join(T, "out", "decoded.jsonl"))]
seen, events = {}, 0
for (n, p, o, key, h), m in zip(index("out"), dec):
    assert h.get("content-type") == "application/x-protobuf; messageType=newsev.v1.ArticleEvents", h
    assert h.get("newsev-extractor") == extractor, h
    assert m["article_id"] == key, (m, key)
    ip = inp[key]
    assert h.get("newsev-source") == "%s/%d/%d" % (IN, ip[1], ip[2]), (h, ip)
    assert m.get("source_topic") == IN and m.get("source_partition", 0) == ip[1] \
        and m.get("source_offset", 0) == ip[2], m
    assert m.get("extractor_version") == extractor, m
    seen[key] = seen.get(key, 0) + 1
    events += m.get("#events", 0)
missing = good - set(seen)
dups = {k: c for k, c in seen.items() if c != 1}
assert not missing, "missing outputs: %s" % sorted(missing)[:10]
assert not dups, "duplicated outputs: %s" % dups
assert set(seen) == good, set(seen) - good
# published_at absent (every 10th from 5): the Kafka timestamp is the reference
ts = {}
for line in open(os.path.join(T, "in.ts")):
    k, t = line.split()
    ts[k] = int(t)
for m in dec:
    k = m["article_id"]
    if k.startswith("art-") and int(k[4:]) % 10 == 5:
        assert m.get("published_at") == ts[k], (k, m.get("published_at"), ts[k])
    if k == "quiet-1":
        assert m.get("#events", 0) == 0, m
    if k == "art-0":
        assert m.get("published_at") == 1717232400000, m  # 2024-06-01T09:00:00Z
print("%d good articles -> %d ArticleEvents, each once, %d events in all" %
      (len(good), len(dec), events))
open(os.path.join(T, "events.count"), "w").write(str(events))
PY
ok "every good article has exactly one ArticleEvents with key, headers and source"
EVENTS=$(cat "$T/events.count")
[ "$EVENTS" -gt 0 ] || fail "the extractor found no event in $NGOOD articles"
ok "$EVENTS events extracted"

# --- the dead-letter topic ---------------------------------------------------
dump_topic $DLQ "$T/dlq"
NDLQ=$(wc -l <"$T/dlq/index.tsv")
expect_eq "messages on the dead-letter topic" "${#REASON[@]}" "$NDLQ"
while IFS=$'\t' read -r n p o key hdrs; do
	want=${REASON[$key]:-}
	[ -n "$want" ] || fail "unexpected key '$key' on the dead-letter topic"
	err=$(header_value "$hdrs" newsev-error)
	case "$err" in
	*"$want"*) ;;
	*) fail "$key: newsev-error '$err' does not say '$want'" ;;
	esac
	src=$(header_value "$hdrs" newsev-source)
	inrow=$(awk -F'\t' -v k="$key" '$4 == k {print $2 "/" $3}' "$T/in/index.tsv")
	expect_eq "$key: newsev-source" "$IN/$inrow" "$src"
	cmp -s "$T/bad/$key" "$T/dlq/$n.val" || fail "$key: DLQ payload differs from the input"
	ok "$key on the DLQ unchanged, newsev-error=\"$err\""
	unset "REASON[$key]"
done <"$T/dlq/index.tsv"
expect_eq "rejection kinds not seen on the DLQ" "" "${!REASON[*]}"

# --- output.granularity=event on the same input, another group ----------------
CONF2=$T/newsevd-event.conf
write_conf "$CONF2" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=events2" "dlq.topic=rejects2" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-pipeline-event" "output.granularity=event" \
    "input.max_bytes=20000" "kafka.auto.commit.interval.ms=500"
start_bg newsevd-event "$NEWSEV_BUILD/newsevd" -c "$CONF2"
PID=$LAST_PID
wait_until "[ \"\$(total_lag $CONF2)\" = 0 ]" 120 \
    "event-granularity group committed to the end"
wait_until "[ \$(count_messages events2) -ge $EVENTS ]" 30 "$EVENTS Event messages"
stop_pid "$PID" TERM 30
expect_eq "newsevd (event granularity) exit code" 0 "$STOP_RC"
expect_eq "messages on rejects2" 6 "$(count_messages rejects2)"
dump_topic events2 "$T/ev"
pb_decode_dump "$T/ev" Event
python3 - "$T" "$EVENTS" <<'PY' || fail "event output check failed"
import json, sys, os
T, events = sys.argv[1], int(sys.argv[2])
rows = [l.rstrip("\n").split("\t", 4) for l in open(os.path.join(T, "ev", "index.tsv"))]
dec = [json.loads(l) for l in open(os.path.join(T, "ev", "decoded.jsonl"))]
ids = set()
for (n, p, o, key, hdrs), m in zip(rows, dec):
    h = dict(kv.split("=", 1) for kv in hdrs.split(",") if "=" in kv)
    assert h.get("content-type") == "application/x-protobuf; messageType=newsev.v1.Event", h
    assert m["article_id"] == key, (m, key)
    assert len(m["event_id"]) == 16, m
    ids.add((key, m["event_id"]))
assert len(dec) == events, "Event messages %d != events in ArticleEvents %d" % (len(dec), events)
assert len(ids) == events, "duplicate (article_id, event_id)"
print("%d Event messages, one per event, keyed by article id" % len(dec))
PY
ok "output.granularity=event: one Event per event; offsets of event-less articles committed too"

# --- extract.enabled=false: passthrough, still decoded and encoded ------------
CONF3=$T/newsevd-pass.conf
write_conf "$CONF3" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=pass3" "dlq.topic=rejects3" "extract.enabled=false" \
    "kafka.group.id=it-pipeline-pass" "input.max_bytes=20000" \
    "kafka.auto.commit.interval.ms=500"
start_bg newsevd-pass "$NEWSEV_BUILD/newsevd" -c "$CONF3"
PID=$LAST_PID
wait_until "[ \"\$(total_lag $CONF3)\" = 0 ]" 120 "passthrough group committed to the end"
stop_pid "$PID" TERM 30
expect_eq "newsevd (passthrough) exit code" 0 "$STOP_RC"
dump_topic pass3 "$T/pass"
pb_decode_dump "$T/pass" ArticleEvents
expect_eq "passthrough ArticleEvents" "$NGOOD" "$(wc -l <"$T/pass/decoded.jsonl")"
expect_eq "passthrough messages with events" 0 "$(grep -c '"#events"' "$T/pass/decoded.jsonl")"
expect_eq "passthrough rejects" 6 "$(count_messages rejects3)"
say "PASS"
