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
declare -A NV_WATCH=()	# pid -> name of processes that must stay alive
BOOTSTRAP=
BROKER_PID=
NV_TEST=$(basename "$0" .sh)

# NV_SAN is 1 when $NEWSEV_BUILD holds a sanitizer build (`make SANITIZE=1`):
# its newsevd imports __asan_init from libasan, a normal build does not. The
# binary itself is asked, not the directory name or an environment variable,
# so a build dir of any name is classified right. ASan+UBSan run the code
# about 2-3x slower, so every wall-clock bound (wait_until, stop_pid, and
# the scripts' own time bounds through nv_secs) is multiplied by
# NV_TIME_SCALE = 3 there; nothing else changes: every correctness check is
# the same on both builds. Memory bounds are handled by the scripts that
# measure RSS (see nv_rss_growth_bound).
# (grep -c reads all of nm's output: grep -q would close the pipe early and
# pipefail would turn nm's SIGPIPE into a false "not sanitized")
if [ "$(nm -D "$NEWSEV_BUILD/newsevd" 2>/dev/null | grep -c ' U __asan_init$')" -gt 0 ]; then
	NV_SAN=1 NV_TIME_SCALE=3
else
	NV_SAN=0 NV_TIME_SCALE=1
fi

# nv_secs SECONDS: a wall-clock bound scaled for the build (x3 under ASan).
nv_secs() { echo $(($1 * NV_TIME_SCALE)); }

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
# condition holds; fail the test when SECONDS (x NV_TIME_SCALE) pass, or at
# once when a process started with start_bg (and not stopped with stop_pid)
# has died.
wait_until() {
	local cond=$1 secs=$(nv_secs "$2") what=${3:-$1}
	local deadline=$((SECONDS + secs)) pid
	while ! eval "$cond" >/dev/null 2>&1; do
		if [ $SECONDS -ge $deadline ]; then
			fail "timed out after ${secs}s waiting for: $what"
		fi
		for pid in "${!NV_WATCH[@]}"; do
			wait_pid_exit "$pid" 0 && fail "${NV_WATCH[$pid]} (pid $pid) exited while waiting for: $what"
		done
		sleep 0.2
	done
}

# start_bg NAME CMD...: run CMD in the background, output in $T/NAME.log,
# pid in $LAST_PID; killed at exit. Until stop_pid, its death fails any
# wait_until.
start_bg() {
	local name=$1
	shift
	"$@" >"$T/$name.log" 2>&1 &
	LAST_PID=$!
	NV_PIDS+=("$LAST_PID")
	NV_NAMES+=("$name")
	NV_WATCH[$LAST_PID]=$name
}

# stop_pid PID [SIGNAL] [SECONDS]: signal PID (default TERM; KILL is fine), wait at most
# SECONDS (default 30; x NV_TIME_SCALE) for it to exit, and set $STOP_RC to
# its exit code. Fails the test when it does not exit in time.
stop_pid() {
	local pid=$1 sig=${2:-TERM} secs=$(nv_secs "${3:-30}")
	unset "NV_WATCH[$pid]"
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

# pb_decode_dump DIR TYPE: decode every DIR/N.val of a dump_topic as
# newsev.v1.TYPE with one protoc run (the values are wrapped as a repeated
# field of a batch message), and write DIR/decoded.jsonl: one JSON object
# per message, in index order, with its top-level scalar fields
# ("article_id": "...") and, for each repeated/message field, the number of
# occurrences ("#events": 3).
pb_decode_dump() {
	local dir=$1 type=$2
	cat >"$dir/batch.proto" <<PROTO
syntax = "proto3";
import "newsev/v1/newsev.proto";
message Batch { repeated newsev.v1.$type items = 1; }
PROTO
	python3 - "$dir" "$NV_ROOT/proto" "$type" <<'PY' || fail "protoc could not decode the $type messages in $dir"
import codecs, json, os, subprocess, sys
d, protodir, typ = sys.argv[1], sys.argv[2], sys.argv[3]
n = sum(1 for _ in open(os.path.join(d, "index.tsv")))
def varint(v):
    out = bytearray()
    while True:
        b = v & 0x7f
        v >>= 7
        out.append(b | (0x80 if v else 0))
        if not v:
            return bytes(out)
batch = bytearray()
for i in range(n):
    val = open(os.path.join(d, "%d.val" % i), "rb").read()
    batch += b"\x0a" + varint(len(val)) + val
r = subprocess.run(["protoc", "--decode=Batch", "--proto_path=" + protodir,
                    "--proto_path=" + d, "batch.proto"], input=bytes(batch),
                   capture_output=True)
if r.returncode != 0:
    sys.stderr.write(r.stderr.decode())
    sys.exit(1)
items, cur, depth = [], None, 0
for line in r.stdout.decode("ascii", "replace").splitlines():
    s = line.strip()
    if s.endswith("{"):
        depth += 1
        if depth == 1:
            cur = {}
            items.append(cur)
        elif depth == 2:
            k = "#" + s[:-1].strip()
            cur[k] = cur.get(k, 0) + 1
        continue
    if s == "}":
        depth -= 1
        continue
    if depth == 1 and ":" in s:
        k, v = s.split(":", 1)
        v = v.strip()
        if v.startswith('"'):
            v = codecs.escape_decode(v[1:-1].encode())[0].decode("utf-8", "replace")
        else:
            try:
                v = int(v)
            except ValueError:
                pass
        cur[k.strip()] = v
if len(items) != n:
    sys.stderr.write("decoded %d of %d messages\n" % (len(items), n))
    sys.exit(1)
with open(os.path.join(d, "decoded.jsonl"), "w") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
PY
}

# gen_articles N PREFIX FILE: N distinct good JSON articles, French and
# English wire-style sentences built from templates, as "key<TAB>json"
# lines (key = id = PREFIX-<i>) for `kc_produce TOPIC -K$'\t' -l FILE`.
gen_articles() {
	python3 - "$1" "$2" "$3" <<'PY'
import json, sys
n, prefix, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
fr_src = ["Le président russe Vladimir Poutine", "Le président français Emmanuel Macron",
          "Le ministre chinois des affaires étrangères Wang Yi", "La chancelière allemande",
          "Le Premier ministre japonais", "Le président américain Joe Biden"]
fr_verb = ["est arrivé mardi à Hanoï pour une visite d'État au Vietnam",
           "a rencontré jeudi son homologue indien à New Delhi",
           "a signé vendredi un accord de coopération avec le Brésil",
           "a condamné lundi les sanctions imposées par l'Union européenne",
           "a accusé mercredi l'Iran de livrer des missiles à la Russie",
           "a appelé dimanche à un cessez-le-feu en Ukraine"]
en_src = ["Russian President Vladimir Putin", "French President Emmanuel Macron",
          "Chinese Foreign Minister Wang Yi", "Indian Prime Minister Narendra Modi",
          "U.S. Secretary of State Antony Blinken", "The European Union"]
en_verb = ["arrived in Hanoi on Tuesday for a state visit to Vietnam",
           "met his Japanese counterpart in Tokyo on Thursday",
           "signed a defence agreement with Poland on Friday",
           "condemned the sanctions imposed by Washington on Monday",
           "accused Iran of supplying drones to Russia on Wednesday",
           "called for a ceasefire in Gaza on Sunday"]
with open(path, "w", encoding="utf-8") as f:
    for i in range(n):
        fr = i % 3 != 2
        src, verb = (fr_src, fr_verb) if fr else (en_src, en_verb)
        sents = []
        for k in range(3):
            s = src[(i + k) % len(src)]
            v = verb[(i * 7 + k * 3) % len(verb)]
            sents.append("%s %s." % (s, v))
        if fr:
            sents.append("« Nous voulons la paix », a déclaré le porte-parole %d." % i)
        else:
            sents.append("\"We want peace,\" spokesman number %d said." % i)
        art = {"id": "%s-%d" % (prefix, i),
               "url": "https://example.invalid/%s/%d" % (prefix, i),
               "title": "Dépêche %d" % i if fr else "Dispatch %d" % i,
               "text": " ".join(sents), "lang": "fr" if fr else "en",
               "source": "newsev-it"}
        if i % 10 != 5:
            art["published_at"] = "2024-06-%02dT09:%02d:00Z" % (1 + i % 28, i % 60)
        f.write("%s\t%s\n" % (art["id"], json.dumps(art, ensure_ascii=False)))
PY
}

# newsevd_offsets CONF [-X ...]: `newsevd --offsets` output for CONF.
newsevd_offsets() {
	local conf=$1
	shift
	"$NEWSEV_BUILD/newsevd" -c "$conf" "$@" --offsets 2>>"$T/offsets.log"
}

# total_lag CONF: the summed lag of CONF's group on its input topics
# ("?" when it cannot be read).
total_lag() {
	newsevd_offsets "$1" | sed -n 's/^total .* lag=\([0-9-]*\)$/\1/p' |
	    grep . || echo "?"
}

# nv_data_dir: the data directory tests should use.
nv_data_dir() {
	if [ -d "$NEWSEV_BUILD/data" ]; then echo "$NEWSEV_BUILD/data"
	else echo "$NV_ROOT/data"; fi
}

# topic_end TOPIC: the summed end offsets of TOPIC's partitions (its message
# count while nothing is deleted), read from the watermarks: cheap to poll.
topic_end() {
	"$NEWSEV_BUILD/newsevd" -X "kafka.bootstrap.servers=$BOOTSTRAP" \
	    -X "input.topics=$1" -X output.topic=- -X dlq.topic=- \
	    -X kafka.group.id=newsev-it-probe --offsets 2>>"$T/offsets.log" |
	    sed -n 's/^total .* end=\([0-9]*\) .*/\1/p' | grep . || echo 0
}

# committed_map CONF: "partition committed" lines of CONF's group.
committed_map() {
	newsevd_offsets "$1" | awk '$1 != "total" {
		sub("committed=", "", $3); print $2, $3 }'
}
