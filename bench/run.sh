#!/bin/bash
# make bench: the benchmark driver. Usage: bench/run.sh BUILD_DIR
#
# Environment (defaults in brackets):
#   BENCH_RUNS [3]          runs of every measurement; medians are reported
#   BENCH_ARTICLES [200000] articles produced for the end-to-end runs
#   BENCH_MB [50]           MB of text for the single-thread extraction bench
#   BENCH_WORKERS [nproc]   newsevd workers = threads of "extraction alone"
#   BENCH_TIMEOUT [900]     bound of every wait, in seconds
#   BENCH_NOPUNCT_TIMEOUT [60] bound of each unpunctuated-article case
#   BENCH_LAT_SECONDS [20]  length of each paced latency phase
#   BENCH_LAT_RATE [auto]   articles/s of the latency phase (auto: half the
#                           measured newsevd throughput)
#   BENCH_OUT [bench/results] where bench-<date>.json and latest.json go
#   BENCH_COMMIT [git HEAD]  commit recorded in the JSON (for a copied tree)
#   BENCH_NEWSEVD_ARGS []   extra newsevd arguments, e.g.
#                           "-X input.max_inflight=200000"
# Quick mode for iteration: BENCH_RUNS=1 BENCH_ARTICLES=20000 BENCH_MB=5
#
# Every process started here is killed on exit. See bench/README.md for what
# each number means.
set -u
BUILD=$(cd "${1:-build}" 2>/dev/null && pwd) || {
	echo "bench: no build directory ${1:-build}" >&2
	exit 1
}
cd "$(dirname "$0")/.." || exit 1	# data/samples and bench/ are relative
RUNS=${BENCH_RUNS:-3}
N=${BENCH_ARTICLES:-200000}
MB=${BENCH_MB:-50}
WORKERS=${BENCH_WORKERS:-$(nproc)}
TIMEOUT=${BENCH_TIMEOUT:-900}
NP_TIMEOUT=${BENCH_NOPUNCT_TIMEOUT:-60}
LAT_SECONDS=${BENCH_LAT_SECONDS:-20}
LAT_RATE=${BENCH_LAT_RATE:-auto}
OUT=${BENCH_OUT:-bench/results}
B=$BUILD/bench
SAMPLES=(data/samples/*.json)

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$BUILD/newsevd" ] && [ -x "$BUILD/newsev" ] && [ -x "$B/produce" ] ||
	die "build $BUILD first (make BUILD=$BUILD all)"

TMP=$(mktemp -d /tmp/newsev-bench.XXXXXX) || die "mktemp"
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
	for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
	exec 3>&- 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
RES=$TMP/results.jsonl
: >"$RES"

# record LABEL JSON: one measurement for the summary.
record() { printf '{"label":"%s","data":%s}\n' "$1" "$2" >>"$RES"; }
now() { date +%s.%N; }
log() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# stop PID [SECONDS]: SIGTERM, wait with a bound, then SIGKILL.
stop() {
	local pid=$1 i
	kill "$pid" 2>/dev/null
	for i in $(seq 1 $((${2:-30} * 10))); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
}

# cpu_s PID: user + system CPU seconds of a live process so far.
cpu_s() {
	awk -v t="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / t }' \
		"/proc/$1/stat" 2>/dev/null || echo -1
}

hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo -1; }

# threads_cpu PID: user + system CPU seconds of a live process's threads as
# JSON: "main" (the thread whose id is the pid: newsevd's loop, the
# passthrough's only loop), "librdkafka" (threads named rdk:*) and "other"
# (newsevd's workers).
threads_cpu() {
	local f
	for f in /proc/"$1"/task/*/stat; do
		awk -v pid="$1" -v t="$(getconf CLK_TCK)" '{
			tid = $1; name = $0
			sub(/^[^(]*\(/, "", name); sub(/\).*/, "", name)
			sub(/.*\) /, "")
			k = tid == pid ? "main" : name ~ /^rdk:/ ? "librdkafka" : "other"
			printf "%s %.2f\n", k, ($12 + $13) / t
		}' "$f" 2>/dev/null
	done | awk '{ s[$1] += $2 } END {
		printf "{\"main\":%.2f,\"librdkafka\":%.2f,\"other\":%.2f}",
		    s["main"], s["librdkafka"], s["other"] }'
}

# ---- 1. extraction alone, one thread; 2. scaling
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$RUNS"); do
	log "extraction alone, 1 thread, $MB MB (run $r/$RUNS)"
	j=$("$B/extract_bench" -d "$BUILD/data" -m "$MB" "${SAMPLES[@]}") ||
		die "extract_bench failed"
	record extract_1t "$j"
done
log "scaling (unpunctuated cases bounded by ${NP_TIMEOUT}s each)"
j=$("$B/extract_bench" -d "$BUILD/data" --scaling -T "$NP_TIMEOUT" \
	"${SAMPLES[@]}") || die "extract_bench --scaling failed"
record scaling "$j"

# ---- 3. end to end on the mock broker
# Enough input partitions that no partition holds more than ~4 MB (the mock
# drops older messages past ~5 MB per partition).
AVG=$(cat "${SAMPLES[@]}" | wc -c)
AVG=$((AVG / ${#SAMPLES[@]} + 64))
PARTS=$(( (N * AVG / 4000000 + 16) / 16 * 16 ))
[ "$PARTS" -lt 64 ] && PARTS=64
mkfifo "$TMP/ctl"
"$BUILD/newsev" broker --partitions "$PARTS" --topic bench.in \
	<"$TMP/ctl" >"$TMP/broker.out" 2>"$TMP/broker.err" &
PIDS+=($!)
BROKER_PID=$!
exec 3>"$TMP/ctl"
for i in $(seq 1 100); do
	[ -s "$TMP/broker.out" ] && break
	sleep 0.1
done
BROKERS=$(head -n 1 "$TMP/broker.out")
[ -n "$BROKERS" ] || die "the broker did not start: $(cat "$TMP/broker.err")"
NCTL=0

# topic NAME PARTS: create a topic through the broker's control channel.
topic() {
	local i
	echo "topic $1 $2" >&3
	NCTL=$((NCTL + 1))
	for i in $(seq 1 100); do
		[ "$(($(wc -l <"$TMP/broker.out") - 1))" -ge "$NCTL" ] && break
		sleep 0.05
	done
	tail -n 1 "$TMP/broker.out" | grep -qx ok ||
		die "broker: topic $1: $(tail -n 1 "$TMP/broker.out")"
}

log "producing $N articles to bench.in ($PARTS partitions, broker $BROKERS)"
j=$("$B/produce" -b "$BROKERS" -t bench.in -n "$N" -p bench \
	"${SAMPLES[@]}") || die "produce failed"
record produce "$j"
j=$("$B/count" -b "$BROKERS" -t bench.in) || die "count failed"
record input "$j"
echo "$j" | grep -q "\"high\":$N,\"low\":0," ||
	die "input check: expected $N messages from offset 0, got $j"

# newsevd TOPIC_IN TOPIC_OUT GROUP EXTRACT [ARG...]: start it (pid in $TMP/pid)
newsevd() {
	local in=$1 out=$2 group=$3 ex=$4
	shift 4
	# shellcheck disable=SC2086
	"$BUILD/newsevd" -c /dev/null -X "kafka.bootstrap.servers=$BROKERS" \
		-X "input.topics=$in" -X "output.topic=$out" \
		-X "dlq.topic=bench.dlq" -X "kafka.group.id=$group" \
		-X "workers=$WORKERS" -X "data.dir=$BUILD/data" \
		-X "extract.enabled=$ex" -X log.level=info "$@" \
		${BENCH_NEWSEVD_ARGS:-} >"$TMP/newsevd.log" 2>&1 &
	PIDS+=($!)
	echo $! >"$TMP/pid"
}

# pauses LOG: backpressure pauses in a newsevd log. Its "backpressure"
# lines (paused, resumed) are rate-limited; the suppressed ones are counted
# in "suppressed log lines key=backpressure suppressed=N" lines.
pauses() {
	awk '/backpressure: consumption (paused|resumed)/ { n++ }
	    /suppressed log lines/ && /key=backpressure/ {
		for (i = 1; i <= NF; i++)
			if ($i ~ /^suppressed=/) { sub(/^suppressed=/, "", $i); n += $i }
	    }
	    END { printf "%d", (n + 1) / 2 }' "$1"
}

# e2e LABEL RUN: one timed end-to-end run of bench.in into a fresh topic
e2e() {
	local label=$1 r=$2 out="bench.$1.$2" t0 pid cnt hwm cpu thr bcpu0 bcpu pauses warns
	topic "$out" 8
	"$B/count" -b "$BROKERS" -t "$out" -n "$N" -T "$TIMEOUT" \
		>"$TMP/count.json" &
	cnt=$!
	PIDS+=($cnt)
	bcpu0=$(cpu_s "$BROKER_PID")
	t0=$(now)
	case $label in
	passthrough)
		"$B/passthrough" -b "$BROKERS" -t bench.in -o "$out" \
			-g "g.$out" 2>>"$TMP/passthrough.log" &
		PIDS+=($!)
		echo $! >"$TMP/pid" ;;
	newsevd_noextract) newsevd bench.in "$out" "g.$out" false ;;
	newsevd) newsevd bench.in "$out" "g.$out" true ;;
	esac
	pid=$(cat "$TMP/pid")
	wait "$cnt" || { stop "$pid"; die "$label run $r: no completion" \
		"within ${TIMEOUT}s"; }
	hwm=$(hwm_kb "$pid")
	cpu=$(cpu_s "$pid")
	thr=$(threads_cpu "$pid")
	bcpu=$(awk -v a="$(cpu_s "$BROKER_PID")" -v b="$bcpu0" \
		'BEGIN { printf "%.2f", a - b }')
	stop "$pid"
	# newsevd's backpressure pauses and its warnings/errors (0 for the
	# passthrough, which logs neither)
	pauses=0 warns=0
	if [ "$label" != passthrough ]; then
		pauses=$(pauses "$TMP/newsevd.log")
		warns=$(grep 'level=\(warn\|error\)' "$TMP/newsevd.log" |
			grep -vc 'suppressed log lines')
		grep 'level=\(warn\|error\)' "$TMP/newsevd.log" |
			grep -v 'suppressed log lines' | head -n 3 >&2
	fi
	record "$label" "$(sed "s/}\$/,\"start\":$t0,\"peak_rss_kb\":$hwm,\"cpu_s\":$cpu,\"threads_cpu_s\":$thr,\"broker_cpu_s\":$bcpu,\"pauses\":$pauses,\"log_warnings\":$warns}/" \
		"$TMP/count.json")"
}

# latency RUN RATE: paced phase on a fresh input topic, newsevd extracting
latency() {
	local r=$1 rate=$2 in="bench.lat.in.$1" out="bench.lat.out.$1" n lat pid
	n=$(awk -v r="$rate" -v s="$LAT_SECONDS" 'BEGIN { printf "%d", r * s }')
	topic "$in" 8
	topic "$out" 8
	# The mock answers an empty Fetch only after fetch.wait.max.ms (500 ms
	# by default) even when data arrives meanwhile: keep that wait short so
	# that the pipeline is measured, not the mock's polling.
	newsevd "$in" "$out" "g.$in" true -X kafka.consumer.fetch.wait.max.ms=10
	pid=$(cat "$TMP/pid")
	# warm up (group join, first fetches) with ids that carry no time
	"$B/produce" -b "$BROKERS" -t "$in" -n 100 -p warm "${SAMPLES[@]}" \
		>/dev/null || die "latency warm-up produce failed"
	"$B/count" -b "$BROKERS" -t "$out" -n 100 -T "$TIMEOUT" >/dev/null ||
		die "latency warm-up: no output"
	"$B/latency" -b "$BROKERS" -t "$out" -n "$n" -p lat -w 10 -T "$TIMEOUT" \
		>"$TMP/lat.json" &
	lat=$!
	PIDS+=($lat)
	"$B/produce" -b "$BROKERS" -t "$in" -n "$n" -p lat -r "$rate" \
		"${SAMPLES[@]}" >/dev/null || die "latency produce failed"
	wait "$lat" || die "latency run $r: incomplete"
	stop "$pid"
	record latency "$(sed "s/}\$/,\"rate\":$rate,\"pauses\":$(pauses \
		"$TMP/newsevd.log")}/" "$TMP/lat.json")"
}

for r in $(seq 1 "$RUNS"); do
	for label in passthrough newsevd_noextract newsevd; do
		log "end to end: $label (run $r/$RUNS)"
		e2e "$label" "$r"
	done
	log "extraction alone, $WORKERS threads, $N articles (run $r/$RUNS)"
	j=$("$B/extract_bench" -d "$BUILD/data" -t "$WORKERS" -n "$N" \
		"${SAMPLES[@]}") || die "extract_bench -t failed"
	record extract_nt "$j"
	if [ "$LAT_RATE" = auto ]; then
		rate=$(python3 bench/summary.py --newsevd-rate "$RES")
	else
		rate=$LAT_RATE
	fi
	log "latency: paced at $rate articles/s for ${LAT_SECONDS}s (run $r/$RUNS)"
	latency "$r" "$rate"
done
stop "$BROKER_PID"

mkdir -p "$OUT"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
python3 bench/summary.py --meta "runs=$RUNS" "articles=$N" "workers=$WORKERS" \
	"partitions=$PARTS" "mb=$MB" "load_before=$load0" \
	"load_after=$(cut -d' ' -f1-3 /proc/loadavg)" "nproc=$(nproc)" \
	"commit=${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null ||
		echo unknown)}" \
	"dirty=$(git rev-parse --git-dir >/dev/null 2>&1 &&
		git status --porcelain -- daemon include data | wc -l ||
		echo unknown)" \
	--json "$OUT/bench-$stamp.json" "$RES" || die "summary failed"
cp "$OUT/bench-$stamp.json" "$OUT/latest.json"
log "wrote $OUT/bench-$stamp.json and $OUT/latest.json"
