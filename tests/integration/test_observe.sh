#!/usr/bin/env bash
# newsevd's HTTP endpoint and reloads under load, against the mock broker:
#  - /readyz answers 503 while the group cannot be joined (the only broker
#    is down) and /healthz 200 all along; 200 once the broker is back;
#    unknown paths 404, a garbage request leaves the loop serving;
#  - /metrics, scraped during the run and at the end, parses as strict
#    Prometheus text (prom_check.py) with every family, and its counters
#    equal what went through the broker: consumed = input messages,
#    produced = output messages, rejected{reason} = the dead-letter topic
#    by kind, events{cameo_root} summed = events in the outputs, histogram
#    counts = articles, lag 0 per partition at the end, build_info;
#  - SIGHUP several times while the input streams in (one of them with a
#    broken config): the daemon keeps running and every article id comes
#    out exactly once.
. "$(dirname "$0")/lib.sh"

N=${NV_OBSERVE_ARTICLES:-400}	# good articles, in 4 chunks
start_broker --partitions 2 --topic in --topic out --topic dlq
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
CONF=$T/conf
write_conf "$CONF" "kafka.bootstrap.servers=$BOOTSTRAP" input.topics=in \
    output.topic=out dlq.topic=dlq "data.dir=$(nv_data_dir)" \
    kafka.group.id=it-observe workers=2 "http.listen=127.0.0.1:$PORT" \
    kafka.session.timeout.ms=6000 kafka.reconnect.backoff.ms=50 \
    kafka.reconnect.backoff.max.ms=200 kafka.auto.commit.interval.ms=200
cp "$CONF" "$T/conf.good"
URL=http://127.0.0.1:$PORT
code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$URL/$1"; }
# scrape NAME: /metrics into $T/NAME.prom, checked into $T/NAME.txt
scrape() {
	curl -sf -m 5 "$URL/metrics" >"$T/$1.prom" || fail "GET /metrics failed"
	python3 "$NV_ROOT/tests/integration/prom_check.py" "$T/$1.prom" \
	    >"$T/$1.txt" 2>"$T/$1.err" ||
	    fail "/metrics ($1) is not valid Prometheus text: $(cat "$T/$1.err")"
}
# val NAME 'SERIES' : the value of one normalised series, or "absent"
val() { awk -v s="$2" 'index($0, s " ") == 1 { print $2; f = 1 }
    END { if (!f) print "absent" }' "$T/$1.txt"; }
# sum NAME 'PREFIX{' : the sum of every series starting with PREFIX
sum() { awk -v s="$2" 'index($0, s) == 1 { t += $2 } END { printf "%d\n", t }' "$T/$1.txt"; }

# --- readiness: the broker is down, so the group cannot be joined ----------
broker_ctl "broker-down 1"
wait_until "grep -q '^ok' '$T/broker.log'" 5 "the broker to go down"
T0=$(date +%s)
start_bg newsevd "$NEWSEV_BUILD/newsevd" -c "$CONF"
PID=$LAST_PID
wait_until "[ \"\$(code healthz)\" = 200 ]" 20 "/healthz to answer"
for i in 1 2 3 4 5; do
	expect_eq "/readyz with the broker down (try $i)" 503 "$(code readyz)"
	sleep 0.3
done
expect_eq "/healthz while not ready" 200 "$(code healthz)"
scrape notready
expect_eq "consumed before the join" 0 "$(val notready newsev_articles_consumed_total{})"
broker_ctl "broker-up 1"
wait_until "[ \"\$(code readyz)\" = 200 ]" 40 "/readyz 200 after the broker came back"
grep -q 'msg="ready"' "$T/newsevd.log" || fail "no 'ready' log line"
ok "/readyz: 503 while the group could not be joined, 200 after"
expect_eq "unknown path" 404 "$(code nope)"
python3 - "$PORT" <<'PY' || fail "could not send a garbage request"
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"\x00\xffGARBAGE / HTTP/9.9\r\n" + b"X" * 20000 + b"\r\n\r\n")
s.settimeout(5)
try:
    s.recv(100)
except OSError:
    pass
PY
expect_eq "/healthz after a garbage request" 200 "$(code healthz)"

# --- the stream, with SIGHUPs in between ----------------------------------
gen_articles "$N" obs "$T/good.tsv"
split -n l/4 -d "$T/good.tsv" "$T/chunk."
{
	printf 'bad-json-1\t{"id": "bad-json-1", "text": \n'
	printf 'bad-json-2\t[1, 2\n'
	printf 'bad-noid\t{"text": "Le président a parlé.", "lang": "fr"}\n'
	printf 'bad-utf8\t{"id": "bad-utf8", "text": "caf\xe9"}\n'
} >"$T/bad.tsv"
NBAD=4
reload() { # reload CONF_CONTENT_FILE
	cp "$1" "$CONF"
	kill -HUP "$PID"
}
printf 'log.level = debug\n' | cat "$T/conf.good" - >"$T/conf.debug"
printf 'output.granularity = sometimes\n' | cat "$T/conf.good" - >"$T/conf.broken"
kc_produce in -K$'\t' -l "$T/chunk.00" || fail "kcat could not produce"
reload "$T/conf.debug"
kc_produce in -K$'\t' -l "$T/bad.tsv" || fail "kcat could not produce"
kc_produce in -K$'\t' -l "$T/chunk.01" || fail "kcat could not produce"
reload "$T/conf.broken"
wait_until "[ \$(code metrics) = 200 ]" 10 "/metrics during the run"
scrape during
kc_produce in -K$'\t' -l "$T/chunk.02" || fail "kcat could not produce"
reload "$T/conf.good"
kc_produce in -K$'\t' -l "$T/chunk.03" || fail "kcat could not produce"
reload "$T/conf.debug"
NIN=$((N + NBAD))
wait_until "[ \$(count_messages out) -ge $N ] && [ \$(count_messages dlq) -ge $NBAD ]" 60 \
    "$N outputs and $NBAD rejects"
wait_until "[ \$(grep -c 'msg=\"configuration reloaded\"' '$T/newsevd.log') -ge 3 ]" 20 \
    "the three good reloads"
kill -0 "$PID" || fail "newsevd died during the reloads"
expect_eq "reloads refused (broken config)" 1 \
    "$(grep -c 'msg="reload failed, keeping the running configuration"' "$T/newsevd.log")"
ok "4 SIGHUPs during the stream (1 refused), daemon running"
wait_until "[ \"\$(total_lag $CONF)\" = 0 ]" 30 "committed offsets at the end"

# --- every id exactly once ------------------------------------------------
kc_consume out -f '%k\n' | sort >"$T/out.keys" || fail "kcat could not read out"
cut -f1 "$T/good.tsv" | sort >"$T/want.keys"
dups=$(uniq -d "$T/out.keys" | head -n3 | tr '\n' ' ')
[ -z "$dups" ] || fail "duplicated outputs: $dups"
missing=$(comm -23 "$T/want.keys" "$T/out.keys" | head -n3 | tr '\n' ' ')
[ -z "$missing" ] || fail "missing outputs: $missing"
expect_eq "output messages" "$N" "$(wc -l <"$T/out.keys")"
expect_eq "dead-letter messages" "$NBAD" "$(count_messages dlq)"
ok "reload under load: every id exactly once"

# --- /metrics against the broker ------------------------------------------
wait_until "scrape final; [ \"\$(val final 'newsev_consumer_lag{partition=\"0\",topic=\"in\"}')\" = 0 ] &&
    [ \"\$(val final 'newsev_consumer_lag{partition=\"1\",topic=\"in\"}')\" = 0 ]" 20 \
    "lag 0 on both partitions in /metrics"
ok "newsev_consumer_lag 0 on in/0 and in/1"
for f in newsev_articles_consumed_total newsev_articles_produced_total \
    newsev_articles_rejected_total newsev_events_total \
    newsev_extraction_seconds newsev_end_to_end_latency_seconds \
    newsev_producer_queue_depth newsev_consumer_lag newsev_rebalances_total \
    newsev_last_commit_timestamp_seconds newsev_build_info; do
	grep -q "^# family $f " "$T/during.txt" || fail "family $f missing during the run"
	grep -q "^# family $f " "$T/final.txt" || fail "family $f missing at the end"
done
ok "all 11 families present, during the run and at the end"
expect_eq "consumed = input messages" "$(topic_end in)" \
    "$(val final newsev_articles_consumed_total{})"
expect_eq "consumed" "$NIN" "$(val final newsev_articles_consumed_total{})"
expect_eq "produced = output messages" "$(count_messages out)" \
    "$(val final newsev_articles_produced_total{})"
expect_eq "rejected = dead-letter messages" "$(count_messages dlq)" \
    "$(sum final newsev_articles_rejected_total{)"
expect_eq "rejected{malformed_json}" 2 "$(val final 'newsev_articles_rejected_total{reason="malformed_json"}')"
expect_eq "rejected{missing_field}" 1 "$(val final 'newsev_articles_rejected_total{reason="missing_field"}')"
expect_eq "rejected{invalid_utf8}" 1 "$(val final 'newsev_articles_rejected_total{reason="invalid_utf8"}')"
expect_eq "extraction histogram count = articles" "$N" \
    "$(val final newsev_extraction_seconds_count{})"
expect_eq "latency histogram count = acknowledged outputs" "$N" \
    "$(val final newsev_end_to_end_latency_seconds_count{})"
expect_eq "producer queue depth at rest" 0 "$(val final newsev_producer_queue_depth{})"
[ "$(val final newsev_rebalances_total{})" -ge 1 ] 2>/dev/null ||
    fail "rebalances: $(val final newsev_rebalances_total{})"
lc=$(val final newsev_last_commit_timestamp_seconds{})
awk -v t="$lc" -v t0="$T0" 'BEGIN { exit !(t >= t0 && t < t0 + 600) }' ||
    fail "last commit time $lc not after the start ($T0)"
ver=$("$NEWSEV_BUILD/newsevd" --version | sed -n 's/^newsevd \([^ ]*\) (extractor \(.*\))$/extractor_version="\2",version="\1"/p')
expect_eq "build_info" 1 "$(val final "newsev_build_info{$ver}")"
# events by CAMEO root, summed = events in the ArticleEvents on the topic
dump_topic out "$T/out"
pb_decode_dump "$T/out" ArticleEvents
nev=$(python3 -c 'import json, sys
print(sum(json.loads(l).get("#events", 0) for l in open(sys.argv[1])))' "$T/out/decoded.jsonl")
[ "$nev" -gt 0 ] || fail "no event extracted"
expect_eq "events{cameo_root} summed = events on the output topic" "$nev" \
    "$(sum final newsev_events_total{)"
grep -q '^newsev_events_total{cameo_root="[0-2][0-9]"}' "$T/final.txt" ||
    fail "cameo_root labels are not two-digit codes"
ok "/metrics counters match the broker"

stop_pid "$PID" TERM 30
expect_eq "newsevd exit code after SIGTERM" 0 "$STOP_RC"
echo "[$NV_TEST] passed"
