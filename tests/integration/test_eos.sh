#!/usr/bin/env bash
# delivery = exactly-once against the 2.0.2 mock cluster, within what the
# mock supports (it neither hides aborted or open-transaction messages from
# read_committed consumers nor stores transactional offset commits, so
# visibility and restart-after-crash cannot be proved here):
#  1. transactions are initialized, begun and committed as soon as they
#     hold transaction.max_messages outputs, the rest after
#     transaction.max_ms; every output is in exactly one committed
#     transaction and every article is produced once;
#  2. with huge limits no transaction is committed while the outputs are
#     produced: all of them sit in one open transaction that only the
#     SIGTERM shutdown commits;
#  3. an abortable error injected on AddPartitionsToTxn (mock request
#     errors) makes the commit fail: the transaction is aborted (its queued
#     outputs purged), the consumer rewound to the committed offsets, the
#     articles processed again, and every article appears; the daemon goes
#     on committing and exits 0;
#  4. a fatal error (EndTxn answered PRODUCER_FENCED) stops it with exit 1.
. "$(dirname "$0")/lib.sh"

N=${NV_EOS_ARTICLES:-40}
start_broker --partitions 2 --topic in --topic out1 --topic out2 --topic out3 \
    --topic in3 --topic in4 --topic out4 --topic dlq
base_conf() {
	write_conf "$1" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=in" \
	    "output.topic=$2" "dlq.topic=dlq" "data.dir=$(nv_data_dir)" \
	    "kafka.group.id=$3" "workers=2" "kafka.session.timeout.ms=6000" \
	    "delivery=exactly-once" "instance.id=it" "transaction.max_messages=$4" \
	    "transaction.max_ms=$5"
}
gen_articles "$N" eos "$T/good.tsv"
kc_produce in -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
wait_until "[ \$(topic_end in) -eq $N ]" 30 "$N input messages"

# --- 1. batches of 10 -------------------------------------------------------
base_conf "$T/c1" out1 it-eos-1 15 1500
start_bg eos1 "$NEWSEV_BUILD/newsevd" -c "$T/c1"
PID=$LAST_PID
wait_until "grep -q 'msg=\"transactions initialized\" max_messages=15' '$T/eos1.log'" 30 \
    "transactions initialized"
wait_until "[ \$(count_messages out1) -ge $N ]" 60 "$N outputs"
# a transaction is committed as soon as it holds max_messages outputs,
# before the outputs of the next article are produced
msgsum() { sed -n 's/.*msg="transaction committed" why=[a-z_]* messages=\([0-9]*\) .*/\1/p' "$1" | awk '{ s += $1 } END { print s + 0 }'; }
wait_until "[ \$(msgsum '$T/eos1.log') -eq $N ]" 30 "$N outputs committed"
stop_pid "$PID"
expect_eq "exit code" 0 "$STOP_RC"
NB=$(grep -c 'msg="transaction committed" why=max_messages messages=15 ' "$T/eos1.log")
[ "$NB" -ge 1 ] || fail "no commit of max_messages=15: $(grep committed "$T/eos1.log")"
expect_eq "max_messages commits of another size than 15 (one output per article)" 0 \
    "$(grep 'msg="transaction committed" why=max_messages' "$T/eos1.log" | grep -vc 'messages=15 ')"
# the last N mod 15 outputs can only have been committed by max_ms
grep -q 'msg="transaction committed" why=max_ms messages=[1-9]' "$T/eos1.log" ||
    fail "no max_ms commit: $(grep committed "$T/eos1.log")"
expect_eq "outputs (each article once)" "$N" "$(kc_consume out1 -f '%k\n' | sort -u | wc -l)"
expect_eq "output messages" "$N" "$(count_messages out1)"
expect_eq "messages over all committed transactions" "$N" "$(msgsum "$T/eos1.log")"
ok "transactions: $(grep -o 'why=[a-z_]* messages=[0-9]*' "$T/eos1.log" | tr '\n' ' ')"

# --- 2. one open transaction until shutdown -----------------------------------
base_conf "$T/c2" out2 it-eos-2 100000 600000
start_bg eos2 "$NEWSEV_BUILD/newsevd" -c "$T/c2"
PID=$LAST_PID
wait_until "[ \$(count_messages out2) -ge $N ]" 60 "$N outputs in the open transaction"
expect_eq "transactions committed while producing" 0 "$(grep -c 'msg="transaction committed"' "$T/eos2.log")"
stop_pid "$PID"
expect_eq "exit code" 0 "$STOP_RC"
grep -q "msg=\"transaction committed\" why=shutdown messages=$N " "$T/eos2.log" ||
    fail "the shutdown did not commit the $N outputs: $(grep 'transaction' "$T/eos2.log" | tail -n3)"
ok "all $N outputs were in one transaction, committed at shutdown"

# --- 3. abortable error, abort and rewind ------------------------------------
base_conf "$T/c3" out3 it-eos-3 5 60000
# an empty input topic, so that no transaction starts before the injection
start_bg eos3 "$NEWSEV_BUILD/newsevd" -c "$T/c3" -X input.topics=in3
PID=$LAST_PID
wait_until "grep -q 'msg=\"transactions initialized\"' '$T/eos3.log'" 30 "transactions initialized"
wait_until "grep -q 'msg=\"ready\"' '$T/eos3.log'" 30 "partitions assigned"
# the next AddPartitionsToTxn (first output of a transaction) fails
broker_ctl "errors 24 1 TOPIC_AUTHORIZATION_FAILED"	# 24 = AddPartitionsToTxn
kc_produce in3 -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
wait_until "grep -q 'msg=\"rewound to the last committed offsets\"' '$T/eos3.log'" 60 "abort and rewind"
ok "abortable error: $(grep -o 'msg="aborting the transaction[^"]*"' "$T/eos3.log" | head -n1)"
wait_until "[ \$(kc_consume out3 -f '%k\n' | grep -c '^eos-') -ge 1 ] && [ \$(kc_consume out3 -f '%k\n' | sort -u | wc -l) -ge $N ]" 60 \
    "every article after the rewind"
stop_pid "$PID"
expect_eq "exit code after abort and rewind" 0 "$STOP_RC"
grep -q 'msg="transaction committed"' "$T/eos3.log" || fail "no commit after the abort"
grep -q 'msg="transaction committed" why=max_messages' "$T/eos3.log" || fail "no max_messages commit after the rewind"
# at least the max_messages=5 outputs of the aborted transaction were
# consumed again after the rewind
C=$(grep -o 'msg="stopped" consumed=[0-9]*' "$T/eos3.log" | grep -o '[0-9]*$')
[ "${C:-0}" -ge $((N + 5)) ] || fail "expected >= $((N + 5)) consumed (rewind), got '$C'"
ok "$C messages consumed for $N articles: the aborted ones were read again"
say "out3 holds $(count_messages out3) messages for $N articles (the purged outputs never reached the broker)"
ok "after abort + rewind every article appears, later transactions commit"

# --- 4. fatal error: fenced on EndTxn, exit 1 ---------------------------------
base_conf "$T/c4" out4 it-eos-4 5 60000
start_bg eos4 "$NEWSEV_BUILD/newsevd" -c "$T/c4" -X input.topics=in4
PID=$LAST_PID
wait_until "grep -q 'msg=\"ready\"' '$T/eos4.log'" 30 "partitions assigned"
broker_ctl "errors 26 1 PRODUCER_FENCED"	# 26 = EndTxn
unset "NV_WATCH[$PID]"	# it is expected to exit by itself
head -n 10 "$T/good.tsv" | kc_produce in4 -K$'\t' || fail "kcat could not produce"
wait_pid_exit "$PID" $(nv_secs 60) || fail "newsevd did not stop after a fatal transaction error"
wait "$PID"
expect_eq "exit code after a fatal transaction error" 1 "$?"
grep -q 'msg="transaction commit failed" err=[A-Z_]* .* fatal=1' "$T/eos4.log" ||
    fail "the fatal commit error was not logged: $(grep -i 'transaction\|fatal' "$T/eos4.log" | tail -n4)"
ok "fenced producer: $(grep -o 'msg="transaction commit failed" err=[A-Z_]*' "$T/eos4.log" | head -n1), exit 1"
