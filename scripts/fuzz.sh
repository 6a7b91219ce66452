#!/usr/bin/env bash
# Run every libFuzzer target of BUILD (BUILD/fuzz_*) for SECONDS each on a
# scratch copy of its seed corpus fuzz/corpus/<target>, JOBS targets at once.
# New corpus entries and crash files go to a scratch directory, never into
# the tree; a crashing/leaking/timing-out input is copied to
# BUILD/fuzz-findings/<target>/ and the script fails.
# Usage: scripts/fuzz.sh BUILD [SECONDS=60] [JOBS=2] [TARGET...]
set -u
BUILD=${1:?usage: scripts/fuzz.sh BUILD [SECONDS] [JOBS] [TARGET...]}
SECS=${2:-60}
JOBS=${3:-2}
shift $(($# < 3 ? $# : 3))
cd "$(dirname "$0")/.."

declare -A MAXLEN=([fuzz_article]=65536 [fuzz_extract]=16384
    [fuzz_config]=4096 [fuzz_dict]=8192)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	for t in "$BUILD"/fuzz_*; do
		[ -x "$t" ] && targets+=("$(basename "$t")")
	done
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no targets in $BUILD" >&2; exit 1; }

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/newsev-fuzz.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# run_one TARGET: fuzz it for SECS seconds; 0 when nothing was found.
run_one() {
	local t=$1 w=$SCRATCH/$1 rc
	mkdir -p "$w/corpus" "$w/artifacts" "$w/tmp"
	[ -d "fuzz/corpus/$t" ] && cp -r "fuzz/corpus/$t/." "$w/corpus/"
	TMPDIR=$w/tmp \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    "$BUILD/$t" -max_total_time="$SECS" -max_len="${MAXLEN[$t]:-8192}" \
	    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
	    -artifact_prefix="$w/artifacts/" "$w/corpus" >"$w/log" 2>&1
	rc=$?
	if [ $rc -ne 0 ] || [ -n "$(ls -A "$w/artifacts")" ]; then
		mkdir -p "$BUILD/fuzz-findings/$t"
		cp "$w/artifacts/"* "$BUILD/fuzz-findings/$t/" 2>/dev/null
		cp "$w/log" "$BUILD/fuzz-findings/$t/log"
		echo "--- FAIL $t (rc=$rc): findings in $BUILD/fuzz-findings/$t"
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$w/log" | head -n 20
		return 1
	fi
	echo "--- PASS $t: $(grep -E '^stat::number_of_executed_units' "$w/log" |
	    awk '{print $2}') runs, corpus $(ls "$w/corpus" | wc -l) files," \
	    "$(grep -Eo 'cov: [0-9]+' "$w/log" | tail -n1)"
	return 0
}

fail=0 running=0 pids=() names=()
for t in "${targets[@]}"; do
	echo "=== fuzz $t (${SECS}s)"
	run_one "$t" >"$SCRATCH/$t.out" 2>&1 &
	pids+=($!) names+=("$t")
	running=$((running + 1))
	if [ $running -ge "$JOBS" ]; then
		wait -n || fail=1
		running=$((running - 1))
	fi
done
while [ $running -gt 0 ]; do
	wait -n || fail=1
	running=$((running - 1))
done
for t in "${names[@]}"; do cat "$SCRATCH/$t.out"; done
[ $fail -eq 0 ] && echo "=== fuzz: ${#names[@]} targets clean" ||
    echo "=== fuzz: FAILED"
exit $fail
