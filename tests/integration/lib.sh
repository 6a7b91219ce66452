# Helpers for the integration scripts. Source it from a test script:
#
#   . "$(dirname "$0")/lib.sh"
#   start_broker --partitions 4 --topic in --topic out
#   start_bg newsevd "$NEWSEV_BUILD/newsevd" -c "$T/conf"
#   wait_until "[ \$(count_messages out) -ge 10 ]" 30 "10 outputs"
#
# Every process started through start_broker/start_bg is killed by the EXIT
# trap; $T is a fresh temporary directory removed at exit (kept when
# NV_KEEP=1, or when the test failed and NV_KEEP_ON_FAIL=1). Waits are
# always bounded: wait_until fails the test with a message when its deadline
# passes. Nothing here sleeps unconditionally.

set -u
set -o pipefail

NV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${NEWSEV_BUILD:=$NV_ROOT/build}"
export NEWSEV_BUILD
T=$(mktemp -d "${TMPDIR:-/tmp}/newsev-it.XXXXXX")
NV_PIDS=()
NV_NAMES=()
NV_FAILED=0
BOOTSTRAP=
BROKER_PID=
NV_TEST=$(basename "$0" .sh)

# Print a progress line.
say() { echo "[$NV_TEST] $*"; }

# Fail the test now: print the message and the tail of every log, exit 1.
fail() {
	NV_FAILED=1
	echo "[$NV_TEST] FAIL: $*" >&2
	local f
	for f in "$T"/*.log; do
		[ -f "$f" ] || continue
		echo "----- tail of $(basename "$f")" >&2
		tail -n 15 "$f" >&2
	done
	exit 1
}

# Record a passed check.
ok() { echo "[$NV_TEST] ok: $*"; }

# check "description" test-args...: run `test`-style args, fail if false.
check() {
	local what=$1
	shift
	if "$@"; then ok "$what"; else fail "$what"; fi
}

# expect_eq "description" EXPECTED ACTUAL
expect_eq() {
	if [ "$2" = "$3" ]; then
		ok "$1 ($3)"
	else
		fail "$1: expected '$2', got '$3'"
	fi
}

nv_cleanup() {
	local rc=$? i pid
	for ((i = ${#NV_PIDS[@]} - 1; i >= 0; i--)); do
		pid=${NV_PIDS[$i]}
		kill -TERM "$pid" 2>/dev/null
	done
	for ((i = ${#NV_PIDS[@]} - 1; i >= 0; i--)); do
		pid=${NV_PIDS[$i]}
		wait_pid_exit "$pid" 5 || kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	[ -n "${BROKER_CTL_FD:-}" ] && exec {BROKER_CTL_FD}>&-
	if [ "${NV_KEEP:-0}" = 1 ] ||
	    { [ $rc -ne 0 ] && [ "${NV_KEEP_ON_FAIL:-0}" = 1 ]; }; then
		echo "[$NV_TEST] kept $T" >&2
	else
		rm -rf "$T"
	fi
	exit $rc
}
trap nv_cleanup EXIT
trap 'exit 130' INT TERM

# wait_pid_exit PID SECONDS: 0 once PID is gone, 1 if still alive at deadline.
wait_pid_exit() {
	local pid=$1 deadline=$((SECONDS + $2))
	while kill -0 "$pid" 2>/dev/null; do
		# a zombie child counts as gone
		[ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && return 0
		[ $SECONDS -ge $deadline ] && return 1
		sleep 0.1
	done
	return 0
}

# wait_until "SHELL CONDITION" SECONDS [what]: poll every 0.2 s until the
# condition holds; fail the test when SECONDS pass.
wait_until() {
	local cond=$1 secs=$2 what=${3:-$1}
	local deadline=$((SECONDS + secs))
	while ! eval "$cond" >/dev/null 2>&1; do
		if [ $SECONDS -ge $deadline ]; then
			fail "timed out after ${secs}s waiting for: $what"
		fi
		sleep 0.2
	done
}

# start_bg NAME CMD...: run CMD in the background, output in $T/NAME.log,
# pid in $LAST_PID; killed at exit.
start_bg() {
	local name=$1
	shift
	"$@" >"$T/$name.log" 2>&1 &
	LAST_PID=$!
	NV_PIDS+=("$LAST_PID")
	NV_NAMES+=("$name")
}

# stop_pid PID [SIGNAL] [SECONDS]: signal PID (default TERM), wait at most
# SECONDS (default 30) for it to exit, and set $STOP_RC to its exit code.
# Fails the test when it does not exit in time.
stop_pid() {
	local pid=$1 sig=${2:-TERM} secs=${3:-30}
	kill -"$sig" "$pid" 2>/dev/null
	wait_pid_exit "$pid" "$secs" || fail "pid $pid still alive ${secs}s after SIG$sig"
	wait "$pid" 2>/dev/null
	STOP_RC=$?
}

# start_broker [newsev broker args...]: start the mock cluster, set
# $BOOTSTRAP from its first output line (bounded wait) and $BROKER_PID.
# Control lines can be sent with broker_ctl (answers in $T/broker.log).
start_broker() {
	mkfifo "$T/broker.ctl"
	"$NEWSEV_BUILD/newsev" broker "$@" <"$T/broker.ctl" >"$T/broker.log" 2>&1 &
	BROKER_PID=$!
	NV_PIDS+=("$BROKER_PID")
	NV_NAMES+=(broker)
	exec {BROKER_CTL_FD}>"$T/broker.ctl"
	wait_until "[ -s '$T/broker.log' ] && head -n1 '$T/broker.log' | grep -q :" 20 \
	    "newsev broker to print its bootstrap servers"
	BOOTSTRAP=$(head -n1 "$T/broker.log")
	say "broker up at $BOOTSTRAP (pid $BROKER_PID)"
}

# broker_ctl LINE: send a control line to the running broker.
broker_ctl() { echo "$*" >&"$BROKER_CTL_FD"; }

# kc_produce TOPIC [kcat args...]: produce stdin lines to TOPIC (one message
# per line unless -D is given).
kc_produce() {
	local topic=$1
	shift
	kcat -b "$BOOTSTRAP" -P -t "$topic" -X enable.idempotence=true "$@"
}

# kc_consume TOPIC [kcat args...]: print TOPIC from the beginning to its end.
kc_consume() {
	local topic=$1
	shift
	kcat -b "$BOOTSTRAP" -C -t "$topic" -o beginning -e -q "$@"
}

# count_messages TOPIC: number of messages currently in TOPIC (all partitions).
count_messages() {
	kc_consume "$1" -f '%o\n' 2>/dev/null | wc -l
}

# dump_topic TOPIC DIR: save every message of TOPIC into DIR: N.key, N.val
# (exact bytes) and one line per message in DIR/index.tsv:
#   N <TAB> partition <TAB> offset <TAB> key <TAB> headers (k=v,k=v)
dump_topic() {
	local topic=$1 dir=$2
	mkdir -p "$dir"
	kc_consume "$topic" -f '#%p %o %K %S\n%k\n%h\n%s\n' >"$dir/raw" ||
	    fail "kcat could not consume $topic"
	python3 - "$dir" <<'EOF' || fail "could not split the dump of $topic"
import sys, os
d = sys.argv[1]
raw = open(os.path.join(d, "raw"), "rb").read()
pos, n, idx = 0, 0, []
def take(k):
    global pos
    b = raw[pos:pos + k]
    pos += k
    return b
def line():
    global pos
    e = raw.index(b"\n", pos)
    b = raw[pos:e]
    pos = e + 1
    return b
while pos < len(raw):
    hdr = line().decode()
    assert hdr.startswith("#"), hdr
    p, o, klen, vlen = hdr[1:].split()
    key = take(max(int(klen), 0)); assert take(1) == b"\n"
    heads = line()
    val = take(max(int(vlen), 0)); assert take(1) == b"\n"
    open(os.path.join(d, "%d.key" % n), "wb").write(key)
    open(os.path.join(d, "%d.val" % n), "wb").write(val)
    idx.append("%d\t%s\t%s\t%s\t%s" % (n, p, o, key.decode("utf-8", "replace"),
                                      heads.decode("utf-8", "replace")))
    n += 1
open(os.path.join(d, "index.tsv"), "w").write("".join(l + "\n" for l in idx))
EOF
}

# pb_decode TYPE < value: decode a newsev.v1 message with protoc (text format).
pb_decode() {
	protoc --decode="newsev.v1.$1" --proto_path="$NV_ROOT/proto" \
	    newsev/v1/newsev.proto
}

# pb_encode TYPE < text: encode a newsev.v1 message from protobuf text format.
pb_encode() {
	protoc --encode="newsev.v1.$1" --proto_path="$NV_ROOT/proto" \
	    newsev/v1/newsev.proto
}

# header_value "k=v,k=v" NAME: the value of header NAME in a kcat %h string.
header_value() {
	local h=$1 name=$2
	tr ',' '\n' <<<"$h" | sed -n "s/^$name=//p" | head -n1
}

# write_conf FILE key=value...: a newsevd properties file.
write_conf() {
	local f=$1
	shift
	: >"$f"
	local kv
	for kv in "$@"; do
		echo "${kv%%=*} = ${kv#*=}" >>"$f"
	done
}
