#!/usr/bin/env bash
# The sd_notify protocol as systemd sees it, without systemd: a python3
# datagram listener is NOTIFY_SOCKET, newsevd runs with WATCHDOG_USEC set,
# and the script checks READY=1, STATUS=, the WATCHDOG=1 rate (half the
# interval), RELOADING=1 then READY=1 on SIGHUP (also when the new config is
# broken: the daemon keeps running and says why in STATUS=), STOPPING=1 on
# SIGTERM with exit 0; then a second run with debug.wedge_after_ms, where
# the pings must stop while the process stays wedged.
. "$(dirname "$0")/lib.sh"

WD_USEC=2000000			# WatchdogSec=2s: a ping expected every 1 s
SOCK=$T/notify.sock

# The listener: one line per datagram, "monotonic_seconds<TAB>message",
# newlines inside a message shown as '|'.
cat >"$T/listen.py" <<'EOF'
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
out = open(sys.argv[2], "w", buffering=1)
while True:
    m = s.recv(4096).decode("utf-8", "replace").replace("\n", "|")
    out.write("%.3f\t%s\n" % (time.monotonic(), m))
EOF

start_broker --partitions 2 --topic in --topic out --topic dlq
start_bg listener python3 "$T/listen.py" "$SOCK" "$T/notify.tsv"
wait_until "[ -S '$SOCK' ]" 10 "the notify listener socket"

write_conf "$T/conf" kafka.bootstrap.servers="$BOOTSTRAP" input.topics=in \
    output.topic=out dlq.topic=dlq kafka.group.id=notify-test

# count MSG_REGEX: datagrams matching so far
count() { grep -cE "	($1)" "$T/notify.tsv" 2>/dev/null || true; }
# line_of MSG_REGEX: line number of the first match after line $2
line_after() { awk -F'\t' -v re="$1" -v after="$2" \
    'NR > after && $2 ~ re { print NR; exit }' "$T/notify.tsv"; }

# stderr is "the journal": JOURNAL_STREAM names the log file's dev:inode
: >"$T/newsevd.log"
NOTIFY_SOCKET=$SOCK WATCHDOG_USEC=$WD_USEC \
    JOURNAL_STREAM=$(stat -c '%d:%i' "$T/newsevd.log") start_bg newsevd \
    "$NEWSEV_BUILD/newsevd" -c "$T/conf"
D=$LAST_PID
wait_until "[ \$(count 'READY=1') -ge 1 ]" 30 "READY=1"
ok "READY=1 after the group join"
wait_until "[ \$(count 'STATUS=') -ge 1 ]" 10 "a STATUS= line"
ok "STATUS: $(grep -m1 -o 'STATUS=.*' "$T/notify.tsv")"

# WATCHDOG=1 rate: wait for 6 pings after READY, then check the gaps
r=$(line_after 'READY=1' 0)
wait_until "[ \$(tail -n +$r '$T/notify.tsv' | grep -c 'WATCHDOG=1') -ge 6 ]" 15 "6 watchdog pings"
tail -n +"$r" "$T/notify.tsv" | awk -F'\t' '$2 == "WATCHDOG=1" { print $1 }' |
    head -n 6 >"$T/pings"
half=$(awk -v u=$WD_USEC 'BEGIN { print u / 2e6 }')
awk -v half="$half" 'NR > 1 { g = $1 - prev; if (g < half * 0.5 || g > half * 1.5) bad++ }
    { prev = $1 } END { exit bad > 0 }' "$T/pings" ||
    fail "watchdog gaps not near ${half}s: $(tr '\n' ' ' <"$T/pings")"
ok "WATCHDOG=1 every ~${half}s (WATCHDOG_USEC=$WD_USEC)"

grep -q '^<6>level=info msg="started" ' "$T/newsevd.log" ||
    fail "no '<6>' journal priority on the info lines"
grep -v '^<[3467]>level=' "$T/newsevd.log" | grep -q . &&
    fail "a log line without a journal priority: $(grep -v '^<[3467]>' "$T/newsevd.log" | head -n1)"
ok "logs to the journal stream carry their syslog priority (<6> info)"

# SIGHUP with a valid config: RELOADING=1 then READY=1; log.level=warn
# from now on (checked at SIGTERM: no info line)
cp "$T/conf" "$T/conf.info"
echo "log.level = warn" >>"$T/conf"
n=$(wc -l <"$T/notify.tsv")
kill -HUP "$D"
wait_until "[ -n \"\$(line_after 'RELOADING=1' $n)\" ]" 10 "RELOADING=1 after SIGHUP"
rl=$(line_after 'RELOADING=1' "$n")
grep -q "MONOTONIC_USEC=" <(sed -n "${rl}p" "$T/notify.tsv") || fail "RELOADING=1 without MONOTONIC_USEC"
wait_until "[ -n \"\$(line_after 'READY=1' $rl)\" ]" 10 "READY=1 after RELOADING=1"
ok "SIGHUP: RELOADING=1 then READY=1"

# SIGHUP with a broken config: still running, the reason in STATUS=
cp "$T/conf" "$T/conf.good"
echo "output.granularity = sometimes" >>"$T/conf"
n=$(wc -l <"$T/notify.tsv")
kill -HUP "$D"
wait_until "[ -n \"\$(line_after 'RELOADING=1' $n)\" ]" 10 "RELOADING=1 (broken config)"
rl=$(line_after 'RELOADING=1' "$n")
wait_until "[ -n \"\$(line_after 'READY=1' $rl)\" ]" 10 "READY=1 after a rejected reload"
tail -n +"$rl" "$T/notify.tsv" | grep -q 'STATUS=.*granularity' ||
    fail "STATUS= does not give the reason of the rejected reload"
kill -0 "$D" 2>/dev/null || fail "newsevd died on a broken config"
grep -q '^<3>level=error msg="reload failed, keeping the running configuration" reason=.*granularity' \
    "$T/newsevd.log" || fail "the rejected reload was not logged at priority 3"
ok "broken config on SIGHUP: rejected, reason in STATUS= and the log (<3>), still running"
# the reason stays in STATUS= (the watchdog tick refreshes it) until a
# reload succeeds; a dictionary that does not load is refused the same way
n=$(wc -l <"$T/notify.tsv")
wait_until "[ \$(tail -n +$((n + 1)) '$T/notify.tsv' | grep -c 'WATCHDOG=1') -ge 2 ]" 10 "two more ticks"
tail -n 3 "$T/notify.tsv" | grep -q 'STATUS=running.*last reload refused.*granularity' ||
    fail "the refused reload's reason left STATUS=: $(grep STATUS= "$T/notify.tsv" | tail -n1)"
mkdir -p "$T/baddata"
printf 'data.dir = %s\n' "$T/baddata" | cat "$T/conf.good" - >"$T/conf"
n=$(wc -l <"$T/notify.tsv")
kill -HUP "$D"
wait_until "tail -n +$((n + 1)) '$T/notify.tsv' | grep -q 'STATUS=.*refused.*data.dir $T/baddata'" 10 \
    "the refused dictionary in STATUS="
cp "$T/conf.good" "$T/conf"
n=$(wc -l <"$T/notify.tsv")
kill -HUP "$D"
wait_until "[ -n \"\$(line_after 'READY=1' $n)\" ]" 10 "READY=1 after a good reload"
wait_until "tail -n +$((n + 1)) '$T/notify.tsv' | grep 'STATUS=' | tail -n1 | grep -vq refused" 10 \
    "STATUS= without the refusal after a good reload"
kill -0 "$D" 2>/dev/null || fail "newsevd died on a broken dictionary"
ok "refusals stay in STATUS= until a good reload; a broken data.dir is refused too"
cp "$T/conf.info" "$T/conf"

# SIGTERM: STOPPING=1 and exit 0
n=$(wc -l <"$T/notify.tsv")
stop_pid "$D" TERM 30
expect_eq "newsevd exit code on SIGTERM" 0 "$STOP_RC"
[ -n "$(line_after 'STOPPING=1' "$n")" ] || fail "no STOPPING=1 on SIGTERM"
ok "SIGTERM: STOPPING=1"
grep -q 'msg="shutting down"' "$T/newsevd.log" &&
    fail "info lines still logged after a reload to log.level=warn"
ok "log.level changed by SIGHUP (no info line after log.level=warn)"

# The wedge: pings stop while the process hangs (systemd would kill it)
: >"$T/notify.tsv"
NOTIFY_SOCKET=$SOCK WATCHDOG_USEC=1000000 start_bg wedged \
    "$NEWSEV_BUILD/newsevd" -c "$T/conf" -X debug.wedge_after_ms=4000
W=$LAST_PID
wait_until "[ \$(count 'WATCHDOG=1') -ge 3 ]" 15 "pings before the wedge"
# no ping for 3 watchdog half-intervals (1.5 s) while the process is alive
last_ping_age() {
	local last
	last=$(awk -F'\t' '$2 == "WATCHDOG=1" { t = $1 } END { print t }' "$T/notify.tsv")
	python3 -c "import time, sys; print(time.monotonic() - float(sys.argv[1]))" "$last"
}
wait_until "awk -v a=\$(last_ping_age) 'BEGIN { exit !(a > 1.5) }'" 20 "the pings to stop"
kill -0 "$W" 2>/dev/null || fail "the wedged daemon exited instead of hanging"
pings=$(count 'WATCHDOG=1')
kill -TERM "$W"
wait_pid_exit "$W" 3 && fail "a wedged loop still handled SIGTERM"
expect_eq "pings after SIGTERM to the wedged daemon" "$pings" "$(count 'WATCHDOG=1')"
stop_pid "$W" KILL 10
ok "wedged loop: pings stopped, SIGTERM unanswered; systemd's watchdog would kill it"
echo "[$NV_TEST] passed"
