#!/usr/bin/env bash
# Memcheck over every unit test binary of BUILD and over one short end-to-end
# run of newsevd (newsev broker, newsevd under valgrind, a few good and bad
# articles, SIGTERM). Slow, so not part of `make test`: `make valgrind`.
# Usage: scripts/valgrind.sh BUILD [unit|e2e]
# Prints one line per run and fails when any run has a memcheck error or a
# definite/indirect leak.
BUILD=${1:?usage: scripts/valgrind.sh BUILD [unit|e2e]}
WHAT=${2:-all}
NEWSEV_BUILD=$(cd "$BUILD" && pwd)
export NEWSEV_BUILD
. "$(dirname "$0")/../tests/integration/lib.sh"

command -v valgrind >/dev/null ||
    fail "valgrind is not installed: apt-get install -y valgrind"
VG=(valgrind --error-exitcode=99 --leak-check=full
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
    --track-fds=no --num-callers=30)
bad=0

# summary LOG: "N errors, definitely lost X, indirectly lost Y" from a log.
summary() {
	local e d i
	e=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$1" | tail -n1)
	d=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$1" | tail -n1)
	i=$(sed -n 's/.*indirectly lost: \([0-9,]*\) bytes.*/\1/p' "$1" | tail -n1)
	echo "${e:-?} errors, definitely lost ${d:-0} B, indirectly lost ${i:-0} B"
}

run_unit() {
	local t n rc t0
	for t in "$NEWSEV_BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		n=$(basename "$t")
		t0=$SECONDS
		timeout -k 10 900 "${VG[@]}" --log-file="$T/$n.vg" "$t" \
		    >"$T/$n.out" 2>&1
		rc=$?
		if [ $rc -eq 0 ]; then
			say "PASS $n ($((SECONDS - t0))s): $(summary "$T/$n.vg")"
		else
			bad=1
			say "FAIL $n (rc=$rc, $((SECONDS - t0))s): $(summary "$T/$n.vg")"
			grep -E '^==[0-9]+== (Invalid|Conditional|Use of|Mismatched|[0-9,]+ bytes in)' \
			    "$T/$n.vg" | head -n 10
			tail -n 5 "$T/$n.out"
		fi
	done
}

run_e2e() {
	local conf=$T/newsevd.conf n=30 pid t0=$SECONDS
	start_broker --partitions 2 --topic vg-in --topic vg-out --topic vg-dlq
	write_conf "$conf" "kafka.bootstrap.servers=$BOOTSTRAP" \
	    "input.topics=vg-in" "output.topic=vg-out" "dlq.topic=vg-dlq" \
	    "data.dir=$(nv_data_dir)" "kafka.group.id=vg" "workers=2"
	gen_articles $n vg "$T/good.tsv"
	kc_produce vg-in -K$'\t' -l "$T/good.tsv" || fail "kcat could not produce"
	printf '%s' '{"id": "vg-bad", "text": "unterminated' | kc_produce vg-in -k vg-bad
	printf '{"id": "vg-utf8", "text": "caf\xe9"}' | kc_produce vg-in -k vg-utf8
	start_bg newsevd "${VG[@]}" --log-file="$T/newsevd.vg" \
	    "$NEWSEV_BUILD/newsevd" -c "$conf"
	pid=$LAST_PID
	wait_until "[ \$(count_messages vg-out) -ge $n ] && [ \$(count_messages vg-dlq) -ge 2 ]" \
	    600 "$n outputs and 2 rejects from newsevd under valgrind"
	stop_pid "$pid" TERM 300
	if [ "$STOP_RC" -eq 0 ]; then
		say "PASS newsevd end to end ($((SECONDS - t0))s, $n articles + 2 rejects): $(summary "$T/newsevd.vg")"
	else
		bad=1
		say "FAIL newsevd end to end (rc=$STOP_RC): $(summary "$T/newsevd.vg")"
		grep -E '^==[0-9]+== (Invalid|Conditional|Use of|Mismatched|[0-9,]+ bytes in)' \
		    "$T/newsevd.vg" | head -n 10
		tail -n 5 "$T/newsevd.log"
	fi
}

case $WHAT in
unit) run_unit ;;
e2e) run_e2e ;;
*) run_unit; run_e2e ;;
esac
[ $bad -eq 0 ] || fail "memcheck found errors (logs above)"
say "memcheck clean"
