#!/usr/bin/env bash
# Run the test suite: every cmocka binary, then every integration script.
# Usage: tests/run.sh BUILD [unit|integration|NAME...]
# Each integration script gets BUILD in $NEWSEV_BUILD and a hard time limit.
set -u
BUILD=${1:?usage: tests/run.sh BUILD [unit|integration|NAME...]}
shift
export NEWSEV_BUILD=$(cd "$BUILD" && pwd)
cd "$(dirname "$0")/.."

want=("$@")
selected() {
	[ ${#want[@]} -eq 0 ] && return 0
	for w in "${want[@]}"; do
		[ "$w" = "$1" ] || [ "$w" = "$2" ] && return 0
	done
	return 1
}

pass=0 fail=0 failed=()
run_one() { # kind name cmd...
	local kind=$1 name=$2 t0 rc
	shift 2
	t0=$(date +%s)
	echo "=== $kind $name"
	timeout -k 10 "${TEST_TIMEOUT:-300}" "$@"
	rc=$?
	if [ $rc -eq 0 ]; then
		pass=$((pass + 1))
		echo "--- PASS $name ($(( $(date +%s) - t0 ))s)"
	else
		fail=$((fail + 1)); failed+=("$name")
		echo "--- FAIL $name (rc=$rc, $(( $(date +%s) - t0 ))s)"
	fi
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	n=$(basename "$t")
	selected unit "$n" && run_one unit "$n" "$t"
done
for t in tests/integration/test_*.sh; do
	[ -f "$t" ] || continue
	n=$(basename "$t" .sh)
	selected integration "$n" && run_one integration "$n" bash "$t"
done

echo "=== $pass passed, $fail failed${failed:+: ${failed[*]}}"
[ $fail -eq 0 ]
