#!/usr/bin/env bash
# The installed newsevd.service, hardening and all, run by a real systemd:
# a private systemd is booted as PID 1 of new pid, mount and cgroup
# namespaces (overlays put the DESTDIR install on /usr/sbin, /usr/share and
# /etc inside them only; /run, /tmp and /var/tmp are fresh tmpfs), and
# newsevd.service runs against `newsev broker` on the host's loopback.
#
# The one drop-in changes only what is observed, not what is allowed:
# output to a file (no journald here), TimeoutStartSec=infinity, and
# SystemCallErrorNumber=kill so any syscall outside the filter kills the
# daemon with SIGSYS instead of returning EPERM unnoticed.
#
# Checks: identity and confinement from /proc (dynamic uid, no capabilities,
# no_new_privs, seccomp, user namespace); articles in, events and DLQ out;
# SIGHUP with a good then a broken config; SIGTERM exits 0; then a negative
# control (connect() denied) must die of SIGSYS, proving the check bites.
# Needs root, unshare, overlayfs and cgroup2 (as on this project's machines).
. "$(dirname "$0")/lib.sh"

B=$NEWSEV_BUILD
[ "$(id -u)" = 0 ] || fail "needs root to boot a private systemd (unshare, mounts)"
CG_PARENT=$(awk '$3 == "cgroup2" { print $2; exit }' /proc/mounts)
[ -n "$CG_PARENT" ] || fail "no cgroup2 mount: cannot give systemd a cgroup tree"
CG=$CG_PARENT/newsev-hardening-$$
TGT=newsev-test-$$.target	# unique: names this run's systemd in ps
R=$T/root
SD_PID=

# --- the install, and a broker on loopback
make -C "$NV_ROOT" --no-print-directory BUILD="$B" -o "$B/newsevd" \
    -o "$B/newsev" -o "$B/newsev.desc" -o "$B/data/.stamp" \
    install DESTDIR="$R" PREFIX=/usr >"$T/install.log" 2>&1 || fail "make install failed"
start_broker --partitions 3 --topic newsev.articles --topic newsev.events --topic newsev.dlq
sed -i "s/^kafka.bootstrap.servers = .*/kafka.bootstrap.servers = $BOOTSTRAP/" \
    "$R/etc/newsevd/newsevd.conf"

# --- the private systemd
cat >"$T/inner.sh" <<'EOF'
set -eu
R=$1 LOG=$2 EXTRA=$3 TGT=$4
exec >"$LOG" 2>&1
mount -t tmpfs tmpfs /run
mkdir -p /run/ops/etc-u /run/ops/etc-w /run/systemd/system/newsevd.service.d
mount -t overlay overlay -o "lowerdir=$R/usr/sbin:/usr/sbin" /usr/sbin
mount -t overlay overlay -o "lowerdir=$R/usr/share:/usr/share" /usr/share
mount -t overlay overlay \
    -o "lowerdir=$R/etc:/etc,upperdir=/run/ops/etc-u,workdir=/run/ops/etc-w" /etc
umount -l /sys/fs/cgroup
mount -t cgroup2 cgroup2 /sys/fs/cgroup
cp "$R/lib/systemd/system/newsevd.service" /run/systemd/system/
printf '[Unit]\nDefaultDependencies=no\n' >"/run/systemd/system/$TGT"
printf '[Service]\nStandardOutput=append:/run/ops/newsevd.log\nStandardError=inherit\nTimeoutStartSec=infinity\nSystemCallErrorNumber=kill\n%s\n' \
    "$EXTRA" >/run/systemd/system/newsevd.service.d/observe.conf
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /var/tmp
exec env container=newsev-test /lib/systemd/systemd --unit="$TGT" \
    --log-target=null --show-status=no
EOF

cg_busy() { ! grep -qx 'populated 0' "$CG/cgroup.events" 2>/dev/null; }

# Kill the private systemd (its pid namespace dies with it), then remove its
# cgroup tree once empty (bounded: 10 s).
sd_cleanup() {
	local i
	[ -n "$SD_PID" ] && kill -KILL "$SD_PID" 2>/dev/null
	SD_PID=
	[ -d "$CG" ] || return 0
	for ((i = 0; i < 50; i++)); do
		[ -d "$CG" ] || break
		cg_busy || find "$CG" -depth -type d -exec rmdir {} \; 2>/dev/null
		[ -d "$CG" ] && sleep 0.2
	done
	[ -d "$CG" ] && echo "[$NV_TEST] warning: could not remove $CG" >&2
	return 0
}
trap 'rc=$?; sd_cleanup; (exit $rc); nv_cleanup' EXIT

# boot_systemd EXTRA_DROPIN_LINES: boot it, set SD_PID; waits until running.
boot_systemd() {
	sd_cleanup
	mkdir -p "$CG"
	(echo "$BASHPID" >"$CG/cgroup.procs" &&
	    exec unshare --pid --fork --mount --cgroup --propagation private \
	    --mount-proc bash "$T/inner.sh" "$R" "$T/systemd.log" "$1" "$TGT") 2>>"$T/unshare.log" &
	wait_until "pgrep -f 'systemd --unit=$TGT' >/dev/null" 10 "systemd to start"
	SD_PID=$(pgrep -f "systemd --unit=$TGT" | head -n1)
	wait_until "sd systemctl is-system-running" 20 "the private systemd to reach running"
}
sd() { nsenter -t "$SD_PID" -m -p "$@"; }
prop() { sd systemctl show newsevd -p "$1" --value; }
outputs() { count_messages newsev.events; }

# An ASan build's leak check ptrace()s the daemon's threads at exit, which
# @system-service rightly forbids: turn only that check off for such builds.
SAN_ENV=
ldd "$B/newsevd" | grep -q libasan && SAN_ENV="Environment=ASAN_OPTIONS=detect_leaks=0"

boot_systemd "$SAN_ENV"
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
expect_eq "result of systemctl stop" success "$(prop Result)"
expect_eq "exit status" 0 "$(prop ExecMainStatus)"
expect_eq "restarts" 0 "$(prop NRestarts)"
ok "SIGTERM: clean exit 0, no syscall outside the filter along the way"

# --- negative control: the same check catches a forbidden syscall
boot_systemd "SystemCallFilter=~connect
$SAN_ENV"
sd systemctl start --no-block newsevd.service
wait_until "[ \"\$(prop ExecMainStatus)\" = 31 ]" 20 "newsevd to die of SIGSYS without connect()"
ok "negative control: connect() denied kills newsevd with SIGSYS (status 31)"
echo "[$NV_TEST] passed"
