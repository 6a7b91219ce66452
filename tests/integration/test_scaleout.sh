#!/usr/bin/env bash
# Scale-out: three newsevd in one consumer group on an 8-partition topic.
# The partitions spread (each instance is assigned at least one); one is
# SIGKILLed mid-stream, its partitions move to the others, and the union of
# the output holds every article (at-least-once: duplicates are counted and
# printed); started again, it rejoins and is assigned partitions again.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/faults_lib.sh"

N=${NV_SCALEOUT_ARTICLES:-6000}
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 8 --topic $IN --topic $OUT --topic $DLQ
CONF=$T/newsevd.conf
# one worker and a small in-flight bound per instance: a stream that lasts
# long enough to kill an instance in the middle of it
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-scaleout" "kafka.session.timeout.ms=6000" \
    "kafka.heartbeat.interval.ms=500" "kafka.auto.commit.interval.ms=200" \
    "workers=1" "input.max_inflight=50"
# assigned LOG: the partitions LOG's instance holds now (assigned minus
# revoked or lost), as a count
assigned() {
	awk '/msg="partition assigned"/ { a[$NF] = 1 }
	    /msg="partition (revoked|lost)"/ { delete a[$NF] }
	    END { n = 0; for (k in a) n++; print n }' "$1"
}
# held LOG: the partition numbers LOG's instance holds now, one a line
held() {
	awk '/msg="partition assigned"/ { a[$NF] = 1 }
	    /msg="partition (revoked|lost)"/ { delete a[$NF] }
	    END { for (k in a) { sub(".*/", "", k); print k } }' "$1"
}
PIDS=()
for i in 1 2 3; do
	start_bg newsevd-$i "$NEWSEV_BUILD/newsevd" -c "$CONF"
	PIDS+=("$LAST_PID")
done
wait_until "[ \$(( \$(assigned $T/newsevd-1.log) + \$(assigned $T/newsevd-2.log) + \$(assigned $T/newsevd-3.log) )) -eq 8 ] &&
    [ \$(assigned $T/newsevd-1.log) -ge 1 ] && [ \$(assigned $T/newsevd-2.log) -ge 1 ] &&
    [ \$(assigned $T/newsevd-3.log) -ge 1 ]" 60 "the 8 partitions to spread over the 3 instances"
ok "partitions spread: $(assigned $T/newsevd-1.log) + $(assigned $T/newsevd-2.log) + $(assigned $T/newsevd-3.log)"

gen_articles "$N" art "$T/good.tsv"
kc_produce $IN -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
wait_until "[ \$(topic_end $OUT) -ge $((N / 5)) ]" 60 "the first $((N / 5)) outputs"
KILLED=$(assigned "$T/newsevd-2.log")
held "$T/newsevd-2.log" >"$T/held2"
stop_pid "${PIDS[1]}" KILL 10
SEEN=$(topic_end $OUT)
# the killed instance's partitions must have had work left
LEFT=$(newsevd_offsets "$CONF" | awk -v f="$T/held2" '
	BEGIN { while ((getline l < f) > 0) h[l] = 1 }
	$1 != "total" && ($2 in h) { sub("lag=", "", $5); s += $5 } END { print s + 0 }')
[ "$LEFT" -gt 0 ] || fail "instance 2's partitions were done before SIGKILL: nothing tested"
ok "SIGKILL of instance 2 (holding $KILLED partitions, $LEFT articles of them uncommitted) after $SEEN of $N outputs"
wait_until "[ \$(( \$(assigned $T/newsevd-1.log) + \$(assigned $T/newsevd-3.log) )) -eq 8 ]" 40 \
    "instances 1 and 3 to take over the 8 partitions"
ok "partitions moved: $(assigned $T/newsevd-1.log) + $(assigned $T/newsevd-3.log)"
wait_until "[ \"\$(total_lag $CONF)\" = 0 ]" 60 "the group to commit every article"

start_bg newsevd-2b "$NEWSEV_BUILD/newsevd" -c "$CONF"
PIDS[1]=$LAST_PID
wait_until "[ \$(assigned $T/newsevd-2b.log) -ge 1 ]" 40 \
    "the restarted instance to rejoin and be assigned partitions"
wait_until "[ \$(( \$(assigned $T/newsevd-1.log) + \$(assigned $T/newsevd-2b.log) + \$(assigned $T/newsevd-3.log) )) -eq 8 ]" 40 \
    "the 8 partitions to settle over the 3 instances"
ok "instance 2 rejoined: $(assigned $T/newsevd-1.log) + $(assigned $T/newsevd-2b.log) + $(assigned $T/newsevd-3.log)"

for i in 0 1 2; do
	stop_pid "${PIDS[$i]}" TERM 30
	expect_eq "instance $((i + 1)) exit code after SIGTERM" 0 "$STOP_RC"
done
dump_topic $OUT "$T/out"
dump_topic $DLQ "$T/dlq"
expect_all_keys "$T/out" art "$N" "$T/dlq"
say "PASS"
