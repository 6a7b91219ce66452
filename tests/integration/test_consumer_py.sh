#!/usr/bin/env bash
# examples/consumer.py (Debian's python3-confluent-kafka and python3-protobuf,
# decoding with newsev.desc, no generated code) reads newsevd's output in
# both framings and prints one row per event; the rows must be exactly the
# (article_id, event_id, cameo_code) of every event protoc finds in the
# topic, and the source/target/date/mode columns must match protoc's too.
. "$(dirname "$0")/lib.sh"

N=${NV_CONSUMER_ARTICLES:-24}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 2 --topic $IN --topic $OUT --topic $DLQ --topic framed
CONF=$T/newsevd.conf
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-consumer-py" "workers=2" "kafka.session.timeout.ms=6000" \
    "kafka.auto.commit.interval.ms=500"
gen_articles "$N" cp "$T/good.tsv"
kc_produce $IN -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
start_bg live "$NEWSEV_BUILD/newsevd" -c "$CONF"
wait_until "[ \$(count_messages $OUT) -ge $N ] && [ \"\$(total_lag $CONF)\" = 0 ]" 60 \
    "$N outputs"
stop_pid "$LAST_PID"
"$NEWSEV_BUILD/newsevd" -c "$CONF" --replay --output-topic framed \
    -X output.framing=confluent -X output.schema_id=7 >"$T/replay.out" 2>"$T/replay.log"
expect_eq "confluent replay exit code" 0 "$?"

# expected rows: every event of every message, decoded by protoc
dump_topic $OUT "$T/dump"
for f in "$T"/dump/[0-9]*.val; do
	pb_decode ArticleEvents <"$f" || fail "protoc could not decode $f"
done >"$T/protoc.txt"
python3 - "$T/protoc.txt" >"$T/expected.tsv" <<'PY'
import sys
rows, art, ev, stack = [], None, None, []
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    if s.endswith("{"):
        stack.append(s[:-1].strip())
        if stack == ["events"]:
            ev = {"source": "", "target": "", "date": "", "mode": "MODE_UNSPECIFIED"}
        continue
    if s == "}":
        if stack == ["events"]:
            rows.append("\t".join([art, ev["event_id"], ev["source"], ev["cameo_code"],
                                   ev["target"], ev["date"], ev["mode"]]))
        stack.pop()
        continue
    k, _, v = s.partition(": ")
    v = v.strip('"')
    if not stack and k == "article_id":
        art = v
    elif stack == ["events"] and k in ("event_id", "cameo_code", "mode"):
        ev[k] = v
    elif stack in (["events", "source"], ["events", "target"]) and k in ("cameo", "name"):
        # the consumer prints the CAMEO code, else the name
        if k == "cameo" or not ev[stack[1]]:
            ev[stack[1]] = v
    elif stack == ["events", "date"] and k == "value":
        ev["date"] = v
print("\n".join(sorted(rows)))
PY
NEV=$(wc -l <"$T/expected.tsv")
[ "$NEV" -ge "$N" ] || fail "only $NEV events in $N articles"
for topic in $OUT framed; do
	/usr/bin/python3 "$NV_ROOT/examples/consumer.py" -b "$BOOTSTRAP" -t $topic \
	    -g it-consumer-$topic --desc "$NEWSEV_BUILD/newsev.desc" \
	    --from-beginning --exit-at-end >"$T/rows-$topic.tsv" 2>"$T/consumer-$topic.log" &
	CPID=$!
	NV_PIDS+=("$CPID")
	wait_pid_exit $CPID $(nv_secs 60) || fail "consumer.py on $topic did not exit at the end"
	wait $CPID || fail "consumer.py on $topic failed: $(tail -n5 "$T/consumer-$topic.log")"
	expect_eq "consumer.py header on $topic" "article_id	event_id	source	cameo	target	date	mode" \
	    "$(head -n1 "$T/rows-$topic.tsv")"
	tail -n +2 "$T/rows-$topic.tsv" | sort >"$T/got-$topic.tsv"
	cmp -s "$T/expected.tsv" "$T/got-$topic.tsv" ||
	    fail "rows of $topic differ from protoc's: $(diff "$T/expected.tsv" "$T/got-$topic.tsv" | head -6)"
	ok "consumer.py on $topic ($( [ $topic = framed ] && echo confluent || echo plain) framing): $NEV rows equal to protoc's"
done
say "sample row: $(sed -n 2p "$T/rows-$OUT.tsv")"
