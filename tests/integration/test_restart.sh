#!/usr/bin/env bash
# SIGKILL newsevd mid-stream, start it again: every article is in the output
# at least once (at-least-once; duplicates are counted and printed). Then a
# delivery that fails for good: newsevd exits 1 without committing past it,
# and the next run outputs every article.
. "$(dirname "$0")/lib.sh"

N=${NV_RESTART_ARTICLES:-2000}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 4 --topic $IN --topic $OUT --topic $DLQ \
    --topic in2 --topic out2 --topic dlq2
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

# --- a delivery that fails for good stops newsevd with exit 1 and stores
# nothing past it; after a restart every article is there -------------------
gen_articles 50 fail "$T/fail.tsv"
kc_produce in2 -K$'\t' -l "$T/fail.tsv" || fail "kcat could not produce"
wait_until "[ \$(topic_end in2) -eq 50 ]" 30 "50 input messages on in2"
CONF2=$T/newsevd-fail.conf
write_conf "$CONF2" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=in2" \
    "output.topic=out2" "dlq.topic=dlq2" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-delivery-failure" "kafka.session.timeout.ms=6000" \
    "kafka.heartbeat.interval.ms=500"
# Produce (API key 0) answers a non-retriable error 3 times
broker_ctl "errors 0 3 TOPIC_AUTHORIZATION_FAILED TOPIC_AUTHORIZATION_FAILED TOPIC_AUTHORIZATION_FAILED"
start_bg newsevd-fail "$NEWSEV_BUILD/newsevd" -c "$CONF2"
PID=$LAST_PID
unset "NV_WATCH[$PID]"	# it is expected to exit by itself
wait_pid_exit "$PID" $(nv_secs 60) || fail "newsevd did not stop after a failed delivery"
wait "$PID"
expect_eq "exit code after a permanent delivery failure" 1 "$?"
grep -q 'level=error msg="delivery failed" topic=out2 err=TOPIC_AUTHORIZATION_FAILED' \
    "$T/newsevd-fail.log" || fail "the delivery failure was not logged"
LAG=$(total_lag "$CONF2")
[ "$LAG" != "?" ] && [ "$LAG" -gt 0 ] || fail "offsets past the failed delivery were committed (lag $LAG)"
ok "delivery failure logged, exit 1, lag $LAG left uncommitted"
# The first run may exit before using every queued error; the restart must
# meet a healthy broker, so drop what is left.
broker_ctl "clear-errors 0"
start_bg newsevd-fail2 "$NEWSEV_BUILD/newsevd" -c "$CONF2"
PID=$LAST_PID
wait_until "[ \"\$(total_lag $CONF2)\" = 0 ]" 60 "the restarted newsevd to catch up"
stop_pid "$PID" TERM 30
expect_eq "exit code of the run after the failure" 0 "$STOP_RC"
dump_topic out2 "$T/out2"
python3 - "$T" <<'PY' || fail "an article was lost after the delivery failure"
import os, sys
T = sys.argv[1]
keys = {l.split("\t")[3] for l in open(os.path.join(T, "out2", "index.tsv"))}
want = {"fail-%d" % i for i in range(50)}
assert keys == want, "missing %s" % sorted(want - keys)[:5]
print("all 50 articles present after the failed delivery and a restart")
PY
ok "nothing lost across a permanent delivery failure"
say "PASS"
