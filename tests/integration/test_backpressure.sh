#!/usr/bin/env bash
# Slow output: the broker leading the output topic answers with a 2 s RTT,
# so acknowledgements lag and the articles in flight pile up. newsevd must
# pause consumption (rd_kafka_pause_partitions, "backpressure: consumption
# paused") instead of growing: the articles consumed and not yet done stay
# near input.max_inflight and the RSS stays under a bound; once the RTT is
# gone it resumes and completes, losing nothing.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/faults_lib.sh"

N=${NV_BP_ARTICLES:-6000}
MAXIN=500
IN=articles OUT=article-events DLQ=rejects
start_broker --brokers 2 --partitions 4 --topic $IN --topic $OUT --topic $DLQ
for p in 0 1 2 3; do
	broker_ctl "leader $IN $p 1"
	broker_ctl "leader $OUT $p 2"
	broker_ctl "leader $DLQ $p 2"
done
PORT=$(free_port)
CONF=$T/newsevd.conf
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" "input.topics=$IN" \
    "output.topic=$OUT" "dlq.topic=$DLQ" "data.dir=$(nv_data_dir)" \
    "kafka.group.id=it-backpressure" "kafka.session.timeout.ms=6000" \
    "kafka.heartbeat.interval.ms=500" "kafka.auto.commit.interval.ms=200" \
    "input.max_inflight=$MAXIN" "http.listen=127.0.0.1:$PORT" \
    "kafka.consumer.queued.max.messages.kbytes=8192"
gen_articles "$N" bp "$T/good.tsv"
nv_rss_san_setup
start_bg newsevd "$NEWSEV_BUILD/newsevd" -c "$CONF"
PID=$LAST_PID
wait_until "grep -q 'msg=\"ready\"' '$T/newsevd.log'" 30 "newsevd to be ready"
# warm-up at full speed, then the baseline
head -n 300 "$T/good.tsv" | kc_produce $IN -K$'\t' || fail "kcat could not produce"
wait_until "[ \$(metric $PORT newsev_articles_produced_total) -ge 300 ]" 30 "300 outputs"
BASE=$(rss_kb $PID)

broker_ctl "rtt 2 2000"
tail -n +301 "$T/good.tsv" | kc_produce $IN -K$'\t' || fail "kcat could not produce"
PEAK=0 MAXFLY=0
sample() {
	local r c p
	r=$(rss_kb $PID)
	[ "$r" -gt "$PEAK" ] && PEAK=$r
	c=$(metric $PORT newsev_articles_consumed_total)
	p=$(metric $PORT newsev_articles_produced_total)
	[ $((c - p)) -gt "$MAXFLY" ] && MAXFLY=$((c - p))
	return 0
}
wait_until "sample; grep -q 'msg=\"backpressure: consumption paused\"' '$T/newsevd.log'" 30 \
    "consumption to pause under the slow output"
# hold the RTT a few seconds more, sampling, while the output crawls
t0=$SECONDS
wait_until "sample; [ \$((SECONDS - t0)) -ge 6 ]" 20 "6 s of slow output"
PAUSED_AT=$(metric $PORT newsev_articles_produced_total)
broker_ctl "rtt 2 0"
ok "paused under a 2000 ms RTT on the output's broker; $PAUSED_AT of $N outputs after 6 s"
[ "$PAUSED_AT" -lt "$N" ] || fail "the stream was over before the RTT bit"
wait_until "sample; [ \"\$(total_lag $CONF)\" = 0 ]" 60 "newsevd to complete after the RTT is gone"
grep -q 'msg="backpressure: consumption resumed"' "$T/newsevd.log" ||
    fail "consumption was never resumed"
say "in flight (consumed - acked) at most $MAXFLY (input.max_inflight $MAXIN);" \
    "RSS baseline $BASE kB, peak $PEAK kB"
# Articles consumed and not done are bounded by input.max_inflight, plus
# what one wakeup dispatches before the pause (at most one fetch's worth).
[ "$MAXFLY" -le $((MAXIN * 2)) ] ||
    fail "$MAXFLY articles in flight, more than twice input.max_inflight"
# RSS bound: baseline + 24 MB (measured: +6 MB). In flight: 500 articles
# x (0.6 kB input + ~2.5 kB output) ~ 1.5 MB, their outputs also in the
# producer queue; librdkafka's prefetch queue is bounded here by
# queued.max.messages.kbytes=8192 (8 MB, all partitions), plus its fetch
# buffers and the glibc arenas of the threads that touched them. On the
# ASan build the bound is nv_rss_growth_bound's (faults_lib.sh).
GROW=$(nv_rss_growth_bound 24576)
[ "$PEAK" -le $((BASE + GROW)) ] ||
    fail "RSS peaked at $PEAK kB, more than the baseline $BASE kB + $GROW kB"
ok "in flight bounded, RSS bounded, resumed and completed"
stop_pid $PID TERM 30
expect_eq "newsevd exit code after SIGTERM" 0 "$STOP_RC"
dump_topic $OUT "$T/out"
dump_topic $DLQ "$T/dlq"
expect_all_keys "$T/out" bp "$N" "$T/dlq"
say "PASS"
