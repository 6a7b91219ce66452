#!/usr/bin/env bash
# The newsev CLI: broker (addresses, control lines, clean stop), dump (text,
# headers, protobuf decoding, -e, -o, -c, --summary), extract (samples, JSON
# lines with a bad line) and the usage exit codes.
. "$(dirname "$0")/lib.sh"

NEWSEV=$NEWSEV_BUILD/newsev
SAMPLE=$NV_ROOT/data/samples/fr-01-visite-hanoi.json

# --- usage errors exit 2, --help exits 0
usage_rc() { "$NEWSEV" "$@" >/dev/null 2>&1; echo $?; }
expect_eq "newsev without subcommand" 2 "$(usage_rc)"
expect_eq "unknown subcommand" 2 "$(usage_rc frobnicate)"
expect_eq "dump without -b/-t" 2 "$(usage_rc dump -t x)"
expect_eq "dump bad offset" 2 "$(usage_rc dump -b x -t y -o soon)"
expect_eq "broker bad partitions" 2 "$(usage_rc broker --partitions zero)"
expect_eq "broker extra argument" 2 "$(usage_rc broker stray)"
expect_eq "extract bad --published-at" 2 \
	"$(usage_rc extract --published-at yesterday)"
expect_eq "extract two files" 2 "$(usage_rc extract a b)"
for sub in broker extract dump eval eval-timeml eval-plover; do
	expect_eq "$sub --help" 0 "$(usage_rc $sub --help)"
done
expect_eq "newsev --help" 0 "$(usage_rc --help)"
"$NEWSEV" --version | grep -Eq '^newsev [0-9.]+ \(extractor [0-9.]+\)$' ||
	fail "newsev --version: $("$NEWSEV" --version)"
ok "newsev --version"

# --- broker: address line, topics, control lines
start_broker --partitions 2 --topic t.cli
broker_ctl "rtt 1 5"
broker_ctl "no-such-command"
broker_ctl "leader t.cli 1 1"
wait_until "[ \$(wc -l <'$T/broker.log') -ge 4 ]" 10 "3 control answers"
expect_eq "control answers" "ok|error: unknown command or bad arguments (see --help)|ok" \
	"$(sed -n '2,4p' "$T/broker.log" | paste -sd'|')"
parts=$(kcat -b "$BOOTSTRAP" -L -t t.cli 2>/dev/null | grep -c 'partition [0-9]')
expect_eq "t.cli partitions" 2 "$parts"

# --- three messages: plain text with a key, text with headers, protobuf
printf 'bonjour\n' | kc_produce t.cli -k k1 -p 0 || fail "produce 1"
printf 'with "headers"\n' | kc_produce t.cli -k k2 -p 1 -H "x-a=1" \
	-H "content-type=text/plain" || fail "produce 2"
pb_encode ArticleEvents >"$T/ae.bin" <<'EOF' || fail "protoc --encode"
article_id: "pb-1"
published_at: 1718878530000
source_offset: 7
events {
  cameo_code: "042"
  source { cameo: "RUSGOV" }
  target { cameo: "VNM" }
  trigger: "est arrivé"
  mode: PLANNED
  date { value: "2024-06-20" granularity: DAY }
}
EOF
kc_produce t.cli -k pb-1 -p 1 \
	-H "content-type=application/x-protobuf; messageType=newsev.v1.ArticleEvents" \
	"$T/ae.bin" || fail "produce 3"

"$NEWSEV" dump -b "$BOOTSTRAP" -t t.cli -e -o beginning >"$T/dump.out" \
	2>"$T/dump.err" || fail "newsev dump exited $?: $(cat "$T/dump.err")"
python3 - "$T/dump.out" <<'EOF' || fail "dump output: $(cat "$T/dump.out")"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 3, lines
msgs = sorted((json.loads(l) for l in lines),
              key=lambda m: (m["partition"], m["offset"]))
a, b, c = msgs
assert a == {"topic": "t.cli", "partition": 0, "offset": 0,
             "timestamp": a["timestamp"], "key": "k1", "headers": {},
             "value": "bonjour"}, a
assert b["key"] == "k2" and b["value"] == 'with "headers"', b
assert b["headers"] == {"x-a": "1", "content-type": "text/plain"}, b
assert (b["partition"], b["offset"]) == (1, 0), b
assert c["type"] == "newsev.v1.ArticleEvents" and c["key"] == "pb-1", c
v = c["value"]
assert v["articleId"] == "pb-1" and v["publishedAt"] == "1718878530000", v
assert v["sourceOffset"] == "7", v
e = v["events"][0]
assert e == {"cameoCode": "042", "source": {"cameo": "RUSGOV"},
             "target": {"cameo": "VNM"}, "trigger": "est arrivé",
             "mode": "PLANNED",
             "date": {"value": "2024-06-20", "granularity": "DAY"}}, e
EOF
ok "dump: 3 messages (text, headers, protobuf) decoded"

"$NEWSEV" dump -b "$BOOTSTRAP" -t t.cli -e -o beginning --summary \
	>"$T/summary.out" || fail "dump --summary"
grep -qx '  RUSGOV -042-> VNM  2024-06-20  "est arrivé"  PLANNED' \
	"$T/summary.out" || fail "summary line: $(cat "$T/summary.out")"
ok "dump --summary line"

# an Event (granularity=event output) and bytes that are not UTF-8
pb_encode Event >"$T/ev.bin" <<'EOF' || fail "protoc --encode Event"
event_id: "00000000000000aa"
article_id: "pb-2"
cameo_code: "163"
source { country: "FRA" }
target { name: "Iran" }
published_at: 1718878530000
EOF
kc_produce t.ev -p 0 -k pb-2 \
	-H "content-type=application/x-protobuf; messageType=newsev.v1.Event" \
	"$T/ev.bin" || fail "produce Event"
printf '\377\376binary' >"$T/bin.bin"
kc_produce t.ev -p 0 -k bin "$T/bin.bin" || fail "produce binary"
"$NEWSEV" dump -b "$BOOTSTRAP" -t t.ev -e --summary >"$T/ev.out" ||
	fail "dump t.ev"
python3 - "$T/ev.out" <<'EOF' || fail "t.ev dump: $(cat "$T/ev.out")"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 3, lines
ev, summary, raw = json.loads(lines[0]), lines[1], json.loads(lines[2])
assert ev["type"] == "newsev.v1.Event", ev
assert ev["value"]["eventId"] == "00000000000000aa", ev
assert ev["value"]["publishedAt"] == "1718878530000", ev
assert summary == '  FRA -163-> Iran  2024-06-20  ""', summary
assert raw["valueBase64"] == "//5iaW5hcnk=" and "value" not in raw, raw
assert "type" not in raw, raw
EOF
ok "dump: Event decoded and summarized, non-UTF-8 value as base64"

expect_eq "dump -o end -e prints nothing" 0 \
	"$("$NEWSEV" dump -b "$BOOTSTRAP" -t t.cli -e -o end | wc -l)"
expect_eq "dump -o -1 -e: last of each partition" 2 \
	"$("$NEWSEV" dump -b "$BOOTSTRAP" -t t.cli -e -o -1 | wc -l)"
expect_eq "dump -c 1" 1 \
	"$("$NEWSEV" dump -b "$BOOTSTRAP" -t t.cli -c 1 | wc -l)"

# with -g the group's committed offsets carry over to the next run
expect_eq "dump -g: first run reads t.ev" 2 \
	"$("$NEWSEV" dump -b "$BOOTSTRAP" -t t.ev -g cli-grp -e | wc -l)"
printf 'after\n' | kc_produce t.ev -p 1 || fail "produce after"
expect_eq "dump -g: second run reads only the new message" '"after"' \
	"$("$NEWSEV" dump -b "$BOOTSTRAP" -t t.ev -g cli-grp -e |
	python3 -c 'import json,sys; print(json.dumps(json.loads(sys.stdin.read())["value"]))')"
expect_eq "dump -g with a numeric -o" 2 "$(usage_rc dump -b x -t y -g g -o 5)"

# dump without -e follows the topic until SIGTERM, then exits 0
start_bg follow "$NEWSEV" dump -b "$BOOTSTRAP" -t t.cli -o end
follow=$LAST_PID
# the follower is live once a message produced now reaches it
wait_until "printf 'late\n' | kc_produce t.cli -p 0 && grep -q '\"late\"' '$T/follow.log'" \
	20 "the following dump to print a new message"
stop_pid "$follow" TERM 10
expect_eq "following dump exit status on SIGTERM" 0 "$STOP_RC"

# --- broker exits 0 on SIGTERM
stop_pid "$BROKER_PID" TERM 10
expect_eq "broker exit status on SIGTERM" 0 "$STOP_RC"

# --- extract: a pretty-printed sample, then JSON lines with a bad line
"$NEWSEV" extract "$SAMPLE" >"$T/x1.out" 2>"$T/x1.err" ||
	fail "extract sample: $(cat "$T/x1.err")"
python3 - "$T/x1.out" "$SAMPLE" <<'EOF' || fail "extract output"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
art = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(lines) == 1, len(lines)
ae = json.loads(lines[0])
assert ae["articleId"] == art["id"], ae["articleId"]
assert ae["lang"] == "fr" and ae["extractorVersion"], ae
assert ae["publishedAt"].isdigit(), ae["publishedAt"]
assert ae["events"], "no events from a sample article"
EOF
ok "extract on a pretty-printed sample"

printf '%s\n' '{"id":"l1","text":"Le président français est arrivé mardi à Hanoï."}' \
	'{"id":"l2"}' 'not json' \
	'{"id":"l4","text":"Moscow said on Monday it would talk.","lang":"en"}' |
	"$NEWSEV" extract --published-at 2024-06-20T08:00:00+02:00 - \
	>"$T/x2.out" 2>"$T/x2.err"
expect_eq "extract exit status with bad lines" 1 "$?"
expect_eq "extract: good lines printed" "l1 l4" \
	"$(python3 -c 'import json,sys; print(" ".join(json.loads(l)["articleId"] for l in open(sys.argv[1])))' "$T/x2.out")"
expect_eq "extract: publishedAt from --published-at" "1718863200000" \
	"$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["publishedAt"])' "$T/x2.out")"
grep -q '^newsev extract: line 2: missing field: text$' "$T/x2.err" ||
	fail "line 2 reason: $(cat "$T/x2.err")"
grep -q '^newsev extract: line 3: malformed JSON' "$T/x2.err" ||
	fail "line 3 reason: $(cat "$T/x2.err")"
ok "extract: bad lines reported with their reasons"
# --- eval: per-article counts add up to the table; the bootstrap interval
# brackets the F1 and repeats exactly (fixed seed)
mkdir -p "$T/gold"
cp "$NV_ROOT"/tests/gold/fr-01-*.json "$NV_ROOT"/tests/gold/en-01-*.json "$T/gold/"
expect_eq "eval --bootstrap 0" 2 "$(usage_rc eval "$T/gold" --bootstrap 0)"
"$NEWSEV" eval "$T/gold" --articles --bootstrap 500 >"$T/ev1.out" 2>&1 ||
	fail "eval --articles: $(cat "$T/ev1.out")"
"$NEWSEV" eval "$T/gold" --articles --bootstrap 500 >"$T/ev2.out" 2>&1
cmp -s "$T/ev1.out" "$T/ev2.out" || fail "eval --bootstrap is not repeatable"
python3 - "$T/ev1.out" <<'EOF' || fail "eval --articles/--bootstrap output"
import re, sys
out = open(sys.argv[1], encoding="utf-8").read()
arts = re.findall(r"^article (\S+) events gold (\d+) pred (\d+) tp (\d+)", out, re.M)
assert [a[0][:6] for a in arts] == ["en-01-", "fr-01-"], arts
m = re.search(r"^events \(source, target, root\)\s+(\d+)\s+(\d+)\s+(\d+)\s+\S+\s+\S+\s+(\S+)", out, re.M)
tot = [sum(int(a[i]) for a in arts) for i in (1, 2, 3)]
assert tot == [int(m.group(i)) for i in (1, 2, 3)], (tot, m.groups())
assert tot[0] > 0 and tot[2] > 0, tot
lo, hi = map(float, re.search(r"over 2 articles, 500 resamples: (\S+) - (\S+)$", out, re.M).groups())
assert lo <= float(m.group(4)) <= hi and lo < hi, (lo, m.group(4), hi)
EOF
ok "eval --articles and --bootstrap"
# --- scripts/agreement.py: two codings of the same articles
mkdir -p "$T/ref" "$T/oth"
cp "$NV_ROOT"/tests/gold/en-14-*.json "$T/ref/"
python3 - "$T/ref" "$T/oth" <<'EOF' || fail "agreement fixture"
import json, os, sys
ref, oth = sys.argv[1], sys.argv[2]
name = os.listdir(ref)[0]
d = json.load(open(os.path.join(ref, name), encoding="utf-8"))
n = len(d["events"])
del d["events"][0]
d["events"][0]["cameo"] = "190" if d["events"][0]["cameo"][:2] != "19" else "010"
json.dump(d, open(os.path.join(oth, name), "w", encoding="utf-8"))
print(n)
EOF
python3 "$NV_ROOT/scripts/agreement.py" "$T/ref" "$T/oth" >"$T/agr.out" 2>&1 ||
	fail "agreement.py: $(cat "$T/agr.out")"
ngold=$(python3 -c 'import json,sys,glob; print(len(json.load(open(glob.glob(sys.argv[1]+"/*.json")[0]))["events"]))' "$T/ref")
expect_eq "agreement: events line" "$ngold $((ngold - 1)) $((ngold - 2))" \
	"$(awk '/^events \(source, target, root\)/ {print $5, $6, $7; exit}' "$T/agr.out")"
expect_eq "agreement --json: events matched" "$((ngold - 2))" \
	"$(python3 "$NV_ROOT/scripts/agreement.py" --json "$T/ref" "$T/oth" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["all"]["events (source, target, root)"]["matched"])')"
expect_eq "agreement: usage error" 2 \
	"$(python3 "$NV_ROOT/scripts/agreement.py" "$T/ref" >/dev/null 2>&1; echo $?)"
say "all checks passed"
