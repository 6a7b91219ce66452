#!/usr/bin/env bash
# The installed newsevd.service under a real (private) systemd, as an
# operator sees it: `systemctl start` returns only after READY=1 and the
# unit is active with a STATUS= line; /readyz answers 200 from the host;
# `systemctl reload` keeps it active, and a broken config shows its reason
# in the unit's status; then, with WatchdogSec=3s and the test-only
# debug.wedge_after_ms, the wedged loop gets the daemon killed by the
# watchdog (Result=watchdog, SIGABRT).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/systemd_lib.sh"

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "http.listen = 127.0.0.1:$PORT" >>"$R/etc/newsevd/newsevd.conf"

boot_systemd "TimeoutStartSec=60s
$SAN_ENV"
timeout 70 nsenter -t "$SD_PID" -m -p systemctl start newsevd ||
    fail "systemctl start did not complete (no READY=1?)"
expect_eq "state after start" active/running "$(prop ActiveState)/$(prop SubState)"
st=$(prop StatusText)
[ -n "$st" ] || fail "no STATUS= in the unit"
ok "READY=1 received; status: $st"
expect_eq "/readyz from the host" 200 \
    "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")"
curl -s "http://127.0.0.1:$PORT/metrics" >"$T/metrics" || fail "no /metrics"
expect_eq "metric families on /metrics" 11 "$(grep -c '^# TYPE newsev_' "$T/metrics")"

sd systemctl reload newsevd || fail "systemctl reload failed"
expect_eq "state after reload" active "$(prop ActiveState)"
sd sh -c 'echo "output.granularity = sometimes" >>/etc/newsevd/newsevd.conf'
sd systemctl reload newsevd || fail "systemctl reload (broken config) failed"
expect_eq "state after a rejected reload" active "$(prop ActiveState)"
prop StatusText | grep -q granularity ||
    fail "unit status does not give the reason: $(prop StatusText)"
ok "reload: active throughout; the rejected config's reason is in the status"
sd sed -i '/output.granularity = sometimes/d' /etc/newsevd/newsevd.conf
sd systemctl stop newsevd
sd cat /run/ops/newsevd.log >"$T/newsevd.log" 2>/dev/null	# tail on failure
expect_eq "exit status on stop" 0 "$(prop ExecMainStatus)"

# the watchdog: a wedged loop is killed
boot_systemd "TimeoutStartSec=60s
WatchdogSec=3s
Restart=no
$SAN_ENV"
# a fresh group: rejoining the old one on the mock cluster can outlast the wedge
sd sh -c 'printf "kafka.group.id = newsevd-wd\ndebug.wedge_after_ms = 12000\n" \
    >>/etc/newsevd/newsevd.conf'
timeout 70 nsenter -t "$SD_PID" -m -p systemctl start newsevd ||
    fail "systemctl start (watchdog run) did not complete"
expect_eq "state before the wedge" active "$(prop ActiveState)"
wait_until "[ \"\$(prop Result)\" = watchdog ]" 30 "the watchdog to fire"
# Result= changes when systemd sends the signal; the exit status only
# once the process is reaped
wait_until "[ \"\$(prop ActiveState)\" = failed ]" 20 "the wedged daemon to be reaped"
expect_eq "signal that ended the wedged daemon (SIGABRT)" 6 "$(prop ExecMainStatus)"
ok "wedged loop: no more pings, systemd's watchdog killed the daemon"
echo "[$NV_TEST] passed"
