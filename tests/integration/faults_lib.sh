# Helpers shared by the fault, scale-out, kill-loop, backpressure and
# hostile-input scripts (sourced after lib.sh).

# rss_kb PID: the resident set size of PID in kB (0 when gone).
rss_kb() {
	awk '/^VmRSS:/ { print $2; f = 1 } END { if (!f) print 0 }' \
	    "/proc/$1/status" 2>/dev/null || echo 0
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
