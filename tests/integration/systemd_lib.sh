# Helpers to run the installed newsevd.service under a real, private
# systemd. Source after lib.sh:
#
#   . "$(dirname "$0")/lib.sh"
#   . "$(dirname "$0")/systemd_lib.sh"	# installs into $R, starts a broker
#   boot_systemd "EXTRA [Service] LINES"	# one drop-in, observation only
#   sd systemctl start newsevd; prop ActiveState
#
# systemd runs as PID 1 of new pid, mount and cgroup namespaces: overlays
# put the DESTDIR install on /usr/sbin, /usr/share and /etc inside them
# only; /run, /tmp and /var/tmp are fresh tmpfs; its cgroup tree is a
# child of the host's cgroup2 root, removed at exit. The daemon reaches
# `newsev broker` on the host's loopback. The drop-in always sends output
# to /run/ops/newsevd.log (no journald here) and sets
# SystemCallErrorNumber=kill, so a syscall outside the filter kills the
# daemon with SIGSYS instead of returning EPERM unnoticed.
# Needs root, unshare, overlayfs and cgroup2 (as on this project's machines).

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
printf '[Service]\nStandardOutput=append:/run/ops/newsevd.log\nStandardError=inherit\nSystemCallErrorNumber=kill\n%s\n' \
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

