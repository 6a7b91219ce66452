#!/usr/bin/env bash
# Kill loop: 20 rounds of SIGKILL at a random point, each followed by a
# restart in the same consumer group, while new articles keep arriving;
# then a last run drains the topic. 0 articles lost; duplicates (the price
# of at-least-once) are counted and printed.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/faults_lib.sh"

ROUNDS=${NV_KILL_ROUNDS:-20}
PER=${NV_KILL_PER_ROUND:-300}	# articles added before each round
N=$((ROUNDS * PER))
IN=articles OUT=article-events DLQ=rejects
start_broker --partitions 4 --topic $IN --topic $DLQ
# The output topic gets 16 partitions: every kill adds duplicates (the
# outputs not committed yet are redone), and the 2.0.2 mock keeps only
# about the last 5 MB of a partition; 6000 outputs of ~2.5 kB plus their
# duplicates would push the oldest out of 4 partitions and read as lost.
broker_ctl "topic $OUT 16"
wait_until "grep -q '^ok' '$T/broker.log'" 10 "the broker to create $OUT"
CONF=$T/newsevd.conf
# The 2.0.2 mock rebalances only once the killed member's session expired:
# a short session (3 s, heartbeats every 200 ms) keeps each round short
# (about 5-7 s from start to assignment). 1.5 s is too short: the mock
# then never answered the second instance's JoinGroup (tried: timed out
# after 30 s in round 1).
# It is the same group in every round: the point is that the next instance
# resumes from what the killed one committed.
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-killloop" "kafka.session.timeout.ms=3000" \
    "kafka.heartbeat.interval.ms=200" "kafka.auto.commit.interval.ms=100" \
    "workers=1" "input.max_inflight=100"
gen_articles "$N" k "$T/all.tsv"
t0=$SECONDS mid=0
for ((r = 0; r < ROUNDS; r++)); do
	sed -n "$((r * PER + 1)),$(((r + 1) * PER))p" "$T/all.tsv" >"$T/batch.tsv"
	kc_produce $IN -K$'\t' -l "$T/batch.tsv" 2>>"$T/kcat.err" ||
	    fail "kcat could not produce round $r"
	W=$(total_lag $CONF)
	[ "$W" != "?" ] || fail "round $r: the group's lag cannot be read"
	PORT=$(free_port)
	start_bg newsevd-$r "$NEWSEV_BUILD/newsevd" -c "$CONF" \
	    -X "http.listen=127.0.0.1:$PORT"
	PID=$LAST_PID
	# a random point: one round in four 0-600 ms after the start (mostly
	# during the join), the others after a random number k of this
	# instance's outputs, 0 <= k < W, W its work: the group's lag when it
	# started (this round's articles and what earlier instances left
	# uncommitted). So the point falls inside its stream whatever the
	# daemon's speed (a fixed delay after the assignment was outrun once
	# the daemon did 300 articles in under 0.6 s). Polled without pause:
	# a poll is one curl, ~10 ms.
	k=-
	if [ $((RANDOM % 4)) -ne 0 ]; then
		k=$(( (RANDOM * 32768 + RANDOM) % W ))
		deadline=$((SECONDS + $(nv_secs 30)))
		until [ "$(metric $PORT newsev_articles_produced_total)" -ge $k ]; do
			[ $SECONDS -lt $deadline ] ||
			    fail "round $r: newsevd did not reach $k outputs"
			kill -0 "$PID" 2>/dev/null || fail "round $r: newsevd died"
		done
	else
		sleep "0.$((RANDOM % 6))$((RANDOM % 10))"
	fi
	stop_pid "$PID" KILL 10
	c=$(grep -c 'msg="partition assigned"' "$T/newsevd-$r.log")
	end=$(topic_end $OUT)
	# Killed before the end of the stream: the group's committed offsets
	# lag behind the input, so the next instance has articles to redo or
	# do. (The outputs count cannot tell: the duplicates of earlier rounds
	# push it past the number of articles while some are still undone.)
	lag=$(total_lag $CONF)
	[ "$lag" != "?" ] && [ "$lag" -gt 0 ] && mid=$((mid + 1))
	say "round $r: killed after $k outputs with $c partitions assigned; lag $lag, $end outputs so far for $(((r + 1) * PER)) articles"
done
ok "$ROUNDS rounds of SIGKILL in $((SECONDS - t0)) s ($mid of them with articles still unprocessed)"
[ $mid -ge $((ROUNDS / 2)) ] || fail "only $mid of $ROUNDS kills came before the end of the stream"

start_bg newsevd-last "$NEWSEV_BUILD/newsevd" -c "$CONF" -X input.max_inflight=10000
PID=$LAST_PID
wait_until "[ \"\$(total_lag $CONF)\" = 0 ]" 60 "the last newsevd to commit everything"
stop_pid "$PID" TERM 30
expect_eq "last newsevd exit code after SIGTERM" 0 "$STOP_RC"
dump_topic $OUT "$T/out"
dump_topic $DLQ "$T/dlq"
expect_all_keys "$T/out" k "$N" "$T/dlq"
say "PASS ($((SECONDS)) s)"
