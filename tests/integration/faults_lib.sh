# Helpers shared by the fault, scale-out, kill-loop, backpressure and
# hostile-input scripts (sourced after lib.sh).

# rss_kb PID: the resident set size of PID in kB (0 when gone).
rss_kb() {
	awk '/^VmRSS:/ { print $2; f = 1 } END { if (!f) print 0 }' \
	    "/proc/$1/status" 2>/dev/null || echo 0
}

# RSS bounds on the sanitizer build. ASan keeps every freed block resident
# in its quarantine (256 MB by default) to catch use-after-free, so with the
# default a test's RSS climbs by up to 256 MB whatever the daemon does, and
# no bound would mean anything. A script that measures RSS calls
# nv_rss_san_setup before it starts newsevd: on an ASan build it caps the
# quarantine at NV_SAN_QUARANTINE_MB (16 MB: a block freed within the last
# 16 MB of frees is still caught if used again; every other test keeps the
# default), appended to the caller's ASAN_OPTIONS so detect_leaks and
# halt_on_error stay as set. On a normal build it does nothing.
NV_SAN_QUARANTINE_MB=16
nv_rss_san_setup() {
	[ "$NV_SAN" = 1 ] || return 0
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=$NV_SAN_QUARANTINE_MB"
}

# nv_rss_growth_bound KB: the RSS growth (kB) a script allows over its
# baseline, given KB, the bound it sets for the normal build. On an ASan
# build: 3 x KB (each live block carries redzones, 16 bytes to 2 KB, which
# for the daemon's many small tokens and strings is about doubling its
# heap; its shadow adds 1/8 of what it touches; and ASan's allocator does
# not hand freed pages back to the system as glibc's malloc_trim does),
# plus the capped quarantine and its shadow (9/8 x NV_SAN_QUARANTINE_MB).
# Growth that is not bounded (a leak of a 100 MB input, a queue that never
# pauses) still exceeds it: the bound is fixed, not taken from the
# measurement.
nv_rss_growth_bound() {
	if [ "$NV_SAN" = 1 ]; then
		echo $(($1 * 3 + NV_SAN_QUARANTINE_MB * 1024 * 9 / 8))
	else
		echo "$1"
	fi
}

# both_end OUT DLQ: the summed end offsets of the output and DLQ topics.
both_end() { echo $(( $(topic_end "$1") + $(topic_end "$2") )); }

# expect_all_keys DIR PREFIX N [DLQDIR]: every key PREFIX-0..N-1 is in the
# dump DIR (or in DLQDIR), and no other PREFIX- key; prints the duplicates.
# Fails the test otherwise.
expect_all_keys() {
	python3 - "$1" "$2" "$3" "${4:-}" <<'PY' || fail "articles lost (see above)"
import os, sys
d, prefix, n, dlq = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def keys(dd):
    out = {}
    if not dd:
        return out
    for l in open(os.path.join(dd, "index.tsv")):
        k = l.split("\t")[3]
        if k.startswith(prefix + "-"):
            out[k] = out.get(k, 0) + 1
    return out
seen, rej = keys(d), keys(dlq)
want = {"%s-%d" % (prefix, i) for i in range(n)}
missing = want - set(seen) - set(rej)
if missing:
    print("%d of %d missing, e.g. %s" % (len(missing), n, sorted(missing)[:5]))
    sys.exit(1)
extra = (set(seen) | set(rej)) - want
if extra:
    print("unexpected keys %s" % sorted(extra)[:5])
    sys.exit(1)
dups = sum(c - 1 for c in seen.values()) + sum(c - 1 for c in rej.values())
print("all %d articles present: %d outputs, %d on the DLQ, %d duplicates "
      "(%d articles repeated)" % (n, sum(seen.values()), sum(rej.values()),
      dups, sum(1 for c in seen.values() if c > 1)))
PY
}

# free_port: a free TCP port on 127.0.0.1.
free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# metric PORT NAME: the summed value of metric NAME at 127.0.0.1:PORT
# (0 when it cannot be read). Cheap, and never blocked by a broker fault.
metric() {
	curl -sf -m 3 "http://127.0.0.1:$1/metrics" 2>/dev/null |
	    awk -v n="$2" '$1 == n || index($1, n "{") == 1 { s += $2 }
	    END { printf "%d\n", s }'
}
