#!/usr/bin/env bash
# Run the test suite: every cmocka binary, then every integration script.
# Usage: tests/run.sh BUILD [unit|integration|NAME...]
# Each integration script gets BUILD in $NEWSEV_BUILD and a hard time limit.
# Integration scripts spend most of their time waiting on the mock broker
# (group joins, session timeouts), not on the CPU, so they run in parallel
# lanes (TEST_JOBS, default 4); each one's output is printed when it ends.
set -u
BUILD=${1:?usage: tests/run.sh BUILD [unit|integration|NAME...]}
shift
export NEWSEV_BUILD=$(cd "$BUILD" && pwd)
cd "$(dirname "$0")/.."
JOBS=${TEST_JOBS:-4}
LIMIT=${TEST_TIMEOUT:-300}
LOGS=$(mktemp -d /tmp/newsev-tests.XXXXXX)
trap 'rm -rf "$LOGS"' EXIT

want=("$@")
selected() {
	[ ${#want[@]} -eq 0 ] && return 0
	for w in "${want[@]}"; do
		[ "$w" = "$1" ] || [ "$w" = "$2" ] && return 0
	done
	return 1
}

pass=0 fail=0 failed=()
report() { # name rc seconds
	if [ "$2" -eq 0 ]; then
		pass=$((pass + 1))
		echo "--- PASS $1 ($3s)"
	else
		fail=$((fail + 1)); failed+=("$1")
		echo "--- FAIL $1 (rc=$2, $3s)"
	fi
}

# run_logged NAME CMD...: run with the time limit, output and status to $LOGS.
run_logged() {
	local name=$1 t0 rc
	shift
	t0=$(date +%s)
	timeout -k 10 "$LIMIT" "$@" >"$LOGS/$name.log" 2>&1 </dev/null
	rc=$?
	echo "$rc $(( $(date +%s) - t0 ))" >"$LOGS/$name.rc"
}

finish() { # name: print the log and the verdict of a finished test
	local rc secs
	read -r rc secs <"$LOGS/$1.rc"
	echo "=== $2 $1"
	cat "$LOGS/$1.log"
	report "$1" "$rc" "$secs"
	rm -f "$LOGS/$1.rc"
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	n=$(basename "$t")
	selected unit "$n" || continue
	run_logged "$n" "$t"
	finish "$n" unit
done

running=()
reap() { # wait for one lane, then print every test that has finished
	local n keep=()
	wait -n 2>/dev/null || true
	for n in "${running[@]}"; do
		if [ -f "$LOGS/$n.rc" ]; then
			finish "$n" integration
		else
			keep+=("$n")
		fi
	done
	running=("${keep[@]+"${keep[@]}"}")
}
for t in tests/integration/test_*.sh; do
	[ -f "$t" ] || continue
	n=$(basename "$t" .sh)
	selected integration "$n" || continue
	while [ ${#running[@]} -ge "$JOBS" ]; do reap; done
	run_logged "$n" bash "$t" &
	running+=("$n")
done
while [ ${#running[@]} -gt 0 ]; do reap; done

echo "=== $pass passed, $fail failed${failed:+: ${failed[*]}}"
[ $fail -eq 0 ]
