#!/usr/bin/env bash
# newsevd --replay: N articles with non-monotonic message timestamps are
# processed live; a full replay into a second topic gives the same count and
# byte-identical values with the same keys (plus the newsev-replay header),
# then exits 0 by itself with a summary; a time window gives exactly the
# articles whose timestamp is inside it (the mock has no offsets_for_times:
# the fallback is logged); a per-partition offset window gives exactly those
# offsets; the live output topic is refused; a replay stopped by SIGTERM
# and run again with the same --group resumes, and the union is complete
# with no duplicate.
. "$(dirname "$0")/lib.sh"

N=${NV_REPLAY_ARTICLES:-60}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 3 --topic $IN --topic $OUT --topic $DLQ \
    --topic full --topic window --topic offsets --topic resumed

CONF=$T/newsevd.conf
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-replay-live" "workers=2" \
    "kafka.session.timeout.ms=6000" "kafka.auto.commit.interval.ms=500"
NEWSEVD=$NEWSEV_BUILD/newsevd

# Debian's python3-confluent-kafka lives in /usr/bin/python3 (a python3
# earlier in PATH may not have it)
# --- input: N articles, timestamps T0 + ((i*37) mod N) s, not monotonic -----
T0=1718000000000
gen_articles "$N" rp "$T/good.tsv"
/usr/bin/python3 - "$BOOTSTRAP" $IN "$T/good.tsv" "$N" $T0 <<'PY' || fail "could not produce the input"
import sys
from confluent_kafka import Producer
bs, topic, path, n, t0 = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
p = Producer({"bootstrap.servers": bs, "enable.idempotence": True})
for i, line in enumerate(open(path, encoding="utf-8")):
    key, val = line.rstrip("\n").split("\t", 1)
    p.produce(topic, key=key.encode(), value=val.encode(), timestamp=t0 + ((i * 37) % n) * 1000)
if p.flush(30) != 0:
    sys.exit(1)
PY
wait_until "[ \$(count_messages $IN) -eq $N ]" 30 "$N input messages"
ok "produced $N articles with non-monotonic timestamps"

# --- live run ---------------------------------------------------------------
start_bg live "$NEWSEVD" -c "$CONF"
wait_until "[ \$(count_messages $OUT) -ge $N ] && [ \"\$(total_lag $CONF)\" = 0 ]" 90 \
    "$N live outputs and committed offsets at the end"
stop_pid "$LAST_PID"
expect_eq "live run exit code" 0 "$STOP_RC"

# key <TAB> sha256 of the value, sorted: the comparable content of a topic
content() {
	dump_topic "$1" "$T/dump-$1"
	python3 - "$T/dump-$1" <<'PY'
import hashlib, os, sys
d = sys.argv[1]
rows = []
for line in open(os.path.join(d, "index.tsv"), encoding="utf-8"):
    n, p, o, key, heads = line.rstrip("\n").split("\t")
    val = open(os.path.join(d, n + ".val"), "rb").read()
    rows.append("%s\t%s" % (key, hashlib.sha256(val).hexdigest()))
print("\n".join(sorted(rows)))
PY
}

# --- full replay: exits by itself, byte-identical ---------------------------
"$NEWSEVD" -c "$CONF" --replay --output-topic full >"$T/full.out" 2>"$T/full.log"
expect_eq "full replay exit code" 0 "$?"
GROUP=$(sed -n 's/^newsevd: replay group \([^ ]*\) .*/\1/p' "$T/full.out")
[[ $GROUP == newsev-replay-$IN-2[0-9][0-9][0-9][01][0-9][0-3][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z ]] ||
    fail "default group name printed at start: '$GROUP'"
ok "default group printed at start: $GROUP"
grep -q "^newsevd: replay complete: group=$GROUP articles_read=$N events_written=[1-9][0-9]* messages_written=$N rejected=0 skipped_outside_window=0 offsets=$N/$N elapsed=[0-9.]*s rate=[0-9.]*/s$" "$T/full.out" ||
    fail "summary line: $(tail -n1 "$T/full.out")"
ok "summary: $(tail -n1 "$T/full.out")"
content $OUT >"$T/live.content"
content full >"$T/full.content"
expect_eq "replay output count" "$N" "$(wc -l <"$T/full.content")"
cmp -s "$T/live.content" "$T/full.content" ||
    fail "replayed values differ from live: $(diff "$T/live.content" "$T/full.content" | head -5)"
ok "all $N replayed ArticleEvents byte-identical to live, same keys"
BAD=$(awk -F'\t' '{ print $5 }' "$T/dump-full/index.tsv" | grep -vc "newsev-replay=$GROUP")
expect_eq "messages without the newsev-replay header" 0 "$BAD"

# --- refuse the live output topic -------------------------------------------
"$NEWSEVD" -c "$CONF" --replay --output-topic $OUT >"$T/refuse.out" 2>&1
RC=$?
expect_eq "replay into the live topic: exit code" 2 "$RC"
grep -q "is the live output.topic" "$T/refuse.out" || fail "refusal message: $(cat "$T/refuse.out")"
ok "live output topic refused: $(cat "$T/refuse.out")"
"$NEWSEVD" -c "$CONF" --replay --output-topic x --from yesterday >"$T/badspec.out" 2>&1
expect_eq "--from yesterday: exit code" 2 "$?"
grep -q 'expected an RFC 3339 time, beginning, end or PARTITION:OFFSET' "$T/badspec.out" ||
    fail "bad --from message: $(cat "$T/badspec.out")"
"$NEWSEVD" -c "$CONF" --from beginning >"$T/noreplay.out" 2>&1
expect_eq "--from without --replay: exit code" 2 "$?"

# --- time window [T0+10s, T0+30s): exactly the articles stamped inside ------
FROM=$(date -u -d @$((T0 / 1000 + 10)) +%Y-%m-%dT%H:%M:%SZ)
TO=$(date -u -d @$((T0 / 1000 + 30)) +%Y-%m-%dT%H:%M:%S.000+00:00)
"$NEWSEVD" -c "$CONF" --replay --output-topic window --from "$FROM" --to "$TO" \
    >"$T/window.out" 2>"$T/window.log"
expect_eq "window replay exit code" 0 "$?"
grep -q 'offsets_for_times gave no offset, starting from the beginning with the timestamp filter' "$T/window.log" ||
    fail "the offsets_for_times fallback was not logged"
ok "fallback to beginning + timestamp filter logged"
WANT=$(python3 -c "
n = $N
print('\n'.join(sorted('rp-%d' % i for i in range(n) if 10 <= (i * 37) % n < 30)))")
dump_topic window "$T/dump-window"
GOT=$(cut -f4 "$T/dump-window/index.tsv" | sort)
expect_eq "articles in the window" "$WANT" "$GOT"
grep -q "articles_read=$N .* skipped_outside_window=$((N - 20)) offsets=$N/$N" "$T/window.out" ||
    fail "window summary: $(tail -n1 "$T/window.out")"
ok "window: 20 articles out, $((N - 20)) skipped, every offset advanced"

# --- offset window: partition 0 offsets [1, 3), nothing from the others -----
dump_topic $IN "$T/dump-in"
WANT=$(awk -F'\t' '$2 == 0 && $3 >= 1 && $3 < 3 { print $4 }' "$T/dump-in/index.tsv" | sort)
"$NEWSEVD" -c "$CONF" --replay --output-topic offsets --from 0:1 --to 0:3 \
    --from 1:0 --to 1:0 --from 2:0 --to 2:0 >"$T/offsets.out" 2>"$T/offsets.log"
expect_eq "offset replay exit code" 0 "$?"
dump_topic offsets "$T/dump-offsets"
expect_eq "articles of partition 0 offsets 1..2" "$WANT" "$(cut -f4 "$T/dump-offsets/index.tsv" | sort)"

# --- interrupted replay resumes with the same --group -----------------------
# one article in flight at a time and a slow producer, so SIGTERM lands
# mid-run
G=it-replay-resume
start_bg resume1 "$NEWSEVD" -c "$CONF" --replay --output-topic resumed \
    --group $G --from beginning -X input.max_inflight=1 -X kafka.linger.ms=100
PID=$LAST_PID
wait_until "[ \$(count_messages resumed) -ge 5 ]" 60 "5 outputs of the first run"
stop_pid "$PID" TERM
expect_eq "interrupted replay exit code" 0 "$STOP_RC"
grep -q "^newsevd: replay interrupted: group=$G " "$T/resume1.log" ||
    fail "interrupted summary: $(grep 'replay ' "$T/resume1.log" | tail -n1)"
FIRST=$(count_messages resumed)
[ "$FIRST" -lt "$N" ] || fail "the first run finished before SIGTERM ($FIRST outputs)"
ok "first run stopped by SIGTERM after $FIRST of $N"
"$NEWSEVD" -c "$CONF" --replay --output-topic resumed --group $G --from beginning \
    >"$T/resume2.out" 2>"$T/resume2.log"
expect_eq "resumed replay exit code" 0 "$?"
grep -q "^newsevd: replay group $G resumed" "$T/resume2.out" || fail "second run did not resume: $(head -n1 "$T/resume2.out")"
grep -q "^newsevd: replay complete: group=$G articles_read=$((N - FIRST)) " "$T/resume2.out" ||
    fail "second run should read the $((N - FIRST)) remaining: $(tail -n1 "$T/resume2.out")"
dump_topic resumed "$T/dump-resumed"
expect_eq "union of both runs (distinct keys)" "$N" "$(cut -f4 "$T/dump-resumed/index.tsv" | sort -u | wc -l)"
expect_eq "messages in the resumed topic (no duplicate)" "$N" "$(wc -l <"$T/dump-resumed/index.tsv")"
content resumed >"$T/resumed.content"
cmp -s "$T/live.content" "$T/resumed.content" || fail "resumed values differ from live"
ok "interrupted + resumed replay: complete, no duplicate, byte-identical to live"
