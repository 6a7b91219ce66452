#!/usr/bin/env bash
# SIGKILL newsevd mid-stream, start it again: every article is in the output
# at least once (at-least-once; duplicates are counted and printed).
. "$(dirname "$0")/lib.sh"

N=${NV_RESTART_ARTICLES:-2000}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 4 --topic $IN --topic $OUT --topic $DLQ
CONF=$T/newsevd.conf
# short sessions: the 2.0.2 mock cluster waits for a departed member's
# session to expire before it rebalances, even after a LeaveGroup
# one worker and a small in-flight bound: a slower stream, and the
# backpressure pause/resume path exercised on the way
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-restart" "workers=1" "input.max_inflight=20" \
    "kafka.auto.commit.interval.ms=200" "kafka.session.timeout.ms=6000" \
    "kafka.heartbeat.interval.ms=500"
gen_articles "$N" art "$T/good.tsv"
kc_produce $IN -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
wait_until "[ \$(topic_end $IN) -eq $N ]" 30 "$N input messages"
ok "produced $N articles"

start_bg newsevd-1 "$NEWSEV_BUILD/newsevd" -c "$CONF"
PID=$LAST_PID
wait_until "[ \$(topic_end $OUT) -ge 100 ]" 60 "the first 100 outputs"
stop_pid "$PID" KILL 10
SEEN=$(topic_end $OUT)
[ "$SEEN" -lt "$N" ] || fail "the stream was over before SIGKILL ($SEEN outputs): nothing tested"
ok "SIGKILL after $SEEN of $N outputs; committed then: $(newsevd_offsets "$CONF" | tail -n1)"

start_bg newsevd-2 "$NEWSEV_BUILD/newsevd" -c "$CONF" -X input.max_inflight=10000
PID=$LAST_PID
wait_until "[ \"\$(total_lag $CONF)\" = 0 ]" 180 "the restarted newsevd to commit everything"
stop_pid "$PID" TERM 30
expect_eq "restarted newsevd exit code after SIGTERM" 0 "$STOP_RC"
grep -q 'msg="backpressure: consumption paused"' "$T/newsevd-1.log" ||
    fail "input.max_inflight=20 never paused consumption"
ok "backpressure paused and resumed consumption"

dump_topic $OUT "$T/out"
pb_decode_dump "$T/out" ArticleEvents
python3 - "$T" "$N" <<'PY' || fail "some article is missing from the output"
import json, os, sys
T, n = sys.argv[1], int(sys.argv[2])
keys = [l.split("\t")[3] for l in open(os.path.join(T, "out", "index.tsv"))]
dec = [json.loads(l) for l in open(os.path.join(T, "out", "decoded.jsonl"))]
assert all(m["article_id"] == k for m, k in zip(dec, keys))
want = {"art-%d" % i for i in range(n)}
seen = {}
for k in keys:
    seen[k] = seen.get(k, 0) + 1
missing = want - set(seen)
assert not missing, "%d missing, e.g. %s" % (len(missing), sorted(missing)[:5])
assert set(seen) <= want, set(seen) - want
dups = sum(c - 1 for c in seen.values())
print("all %d articles present in %d outputs; %d duplicates (%d articles "
      "repeated) after the SIGKILL" % (n, len(keys), dups,
      sum(1 for c in seen.values() if c > 1)))
PY
ok "no article lost across SIGKILL + restart"
say "PASS"
