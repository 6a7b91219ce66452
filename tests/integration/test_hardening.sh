#!/usr/bin/env bash
# The installed newsevd.service, hardening and all, run by a real systemd
# (a private one: see systemd_lib.sh). The drop-in changes only what is
# observed, not what is allowed: output to a file, TimeoutStartSec=infinity
# (start does not wait for READY=1), SystemCallErrorNumber=kill.
#
# Checks: identity and confinement from /proc (dynamic uid, no capabilities,
# no_new_privs, seccomp, user namespace); articles in, events and DLQ out;
# SIGHUP with a good then a broken config; SIGTERM exits 0; then a negative
# control (connect() denied) must die of SIGSYS, proving the check bites.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/systemd_lib.sh"

boot_systemd "TimeoutStartSec=infinity
$SAN_ENV"
ok "private systemd running (pid $SD_PID on the host)"
sd systemctl start --no-block newsevd.service
wait_until "sd grep -q 'partition assigned' /run/ops/newsevd.log" 30 "newsevd to join its group"
HP=$(pgrep -P "$SD_PID" -f '^/usr/sbin/newsevd -c /etc/newsevd/newsevd.conf' | head -n1)
[ -n "$HP" ] || fail "no newsevd process on the host"
st=/proc/$HP/status
uid=$(awk '/^Uid:/ { print $2 }' "$st")
[ "$uid" -ge 61184 ] && [ "$uid" -le 65519 ] || fail "uid $uid is not a dynamic user"
for cap in CapPrm CapEff CapBnd CapAmb; do
	expect_eq "$cap" 0000000000000000 "$(awk -v k="$cap:" '$1 == k { print $2 }' "$st")"
done
expect_eq "NoNewPrivs" 1 "$(awk '/^NoNewPrivs:/ { print $2 }' "$st")"
expect_eq "Seccomp mode" 2 "$(awk '/^Seccomp:/ { print $2 }' "$st")"
[ "$(wc -l <"/proc/$HP/uid_map")" -le 2 ] && ! grep -q '^ *0 *0 *4294967295' "/proc/$HP/uid_map" ||
    fail "not in a private user namespace: $(cat "/proc/$HP/uid_map")"
ok "dynamic uid $uid, no capabilities, no_new_privs, seccomp filter, private user namespace"

# --- a stream through the confined daemon
python3 - "$R"/usr/share/newsev/samples/*.json >"$T/arts.tsv" <<'EOF'
import json, sys
for p in sys.argv[1:]:
    a = json.load(open(p, encoding="utf-8"))
    print(a["id"] + "\t" + json.dumps(a, ensure_ascii=False))
EOF
n_samples=$(wc -l <"$T/arts.tsv")
printf 'bad1\t{bad json\nbad2\t{"id":"x"}\n' >>"$T/arts.tsv"
kc_produce newsev.articles -K '\t' -l "$T/arts.tsv" || fail "kcat produce failed"
wait_until "[ \$(outputs) -ge $n_samples ]" 60 "$n_samples outputs"
wait_until "[ \$(count_messages newsev.dlq) -ge 2 ]" 30 "2 dead letters"
ok "confined newsevd: $n_samples events messages, 2 dead letters"

sd systemctl kill -s HUP --kill-whom=main newsevd
wait_until "sd grep -q 'configuration reloaded' /run/ops/newsevd.log" 15 "a reload"
sd sh -c 'echo "output.granularity = sometimes" >>/etc/newsevd/newsevd.conf'
sd systemctl kill -s HUP --kill-whom=main newsevd
wait_until "sd grep -q 'reload failed' /run/ops/newsevd.log" 15 "the rejected reload"
printf 'late1\t{"id":"late1","text":"Le ministre a rencontré son homologue à Paris."}\n' |
    kc_produce newsev.articles -K '\t'
wait_until "[ \$(outputs) -ge $((n_samples + 1)) ]" 30 "the article after the reloads"
expect_eq "restarts so far" 0 "$(prop NRestarts)"
ok "SIGHUP re-read config and data under ProtectSystem=strict; a broken config was refused"

sd systemctl stop newsevd
# the daemon's log lives in the private /run: copy it out, so that a failure
# below prints its tail (one CI run saw the stop time out under heavy load)
sd cat /run/ops/newsevd.log >"$T/newsevd.log" 2>/dev/null
expect_eq "result of systemctl stop" success "$(prop Result)"
expect_eq "exit status" 0 "$(prop ExecMainStatus)"
expect_eq "restarts" 0 "$(prop NRestarts)"
ok "SIGTERM: clean exit 0, no syscall outside the filter along the way"

# --- negative control: the same check catches a forbidden syscall
boot_systemd "TimeoutStartSec=infinity
SystemCallFilter=~connect
$SAN_ENV"
sd systemctl start --no-block newsevd.service
wait_until "[ \"\$(prop ExecMainStatus)\" = 31 ]" 20 "newsevd to die of SIGSYS without connect()"
ok "negative control: connect() denied kills newsevd with SIGSYS (status 31)"
echo "[$NV_TEST] passed"
