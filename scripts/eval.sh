#!/bin/sh
# make eval: score the extractor on our own gold set (tests/gold, which the
# rules were tuned on), on the held-out set (tests/heldout, written blind and
# never used for tuning) and its second coder's annotations (with the two
# coders' agreement), then on the external dev halves under EVAL_DIR when that folder exists (French
# TimeBank for time expressions, PLOVER gold records for event coding).
# Prints the tables and writes one JSON summary to bench/results/eval.json.
#
# usage: scripts/eval.sh BUILD EVAL_DIR
set -u

BUILD=${1:-build}
EVAL_DIR=${2:-../shared/eval}
NEWSEV="$BUILD/newsev"
DATA="$BUILD/data"
OUT=bench/results/eval.json

if [ ! -x "$NEWSEV" ]; then
	echo "eval: $NEWSEV not built (run make first)" >&2
	exit 1
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# run NAME CMD...: print the table, then keep the --json line in $tmp/NAME.
run() {
	name=$1
	shift
	"$@" --data "$DATA" || { echo "eval: $name failed" >&2; exit 1; }
	"$@" --data "$DATA" --json >"$tmp/$name.json" ||
	    { echo "eval: $name --json failed" >&2; exit 1; }
	echo
}

run gold "$NEWSEV" eval tests/gold
echo "== held-out set (tests/heldout: written blind, never tuned on)"
run heldout "$NEWSEV" eval tests/heldout
if [ -d tests/heldout/coder2 ]; then
	echo "== second coder (tests/heldout/coder2): the held-out batch 2 coded"
	echo "   again, independently; human agreement, then the extractor on it"
	python3 scripts/agreement.py tests/heldout tests/heldout/coder2 2>/dev/null |
	    sed -n '1,7p' || { echo "eval: agreement failed" >&2; exit 1; }
	echo
	run coder2 "$NEWSEV" eval tests/heldout/coder2
	python3 scripts/agreement.py --json tests/heldout tests/heldout/coder2 \
	    2>/dev/null >"$tmp/agreement.json" ||
	    { echo "eval: agreement --json failed" >&2; exit 1; }
fi
timeml=null
plover=null
if [ -d "$EVAL_DIR" ]; then
	if [ -d "$EVAL_DIR/fr-timebank-dev" ]; then
		echo "== French TimeBank (dev half), HeidelTime value F1 73.63"
		run timeml "$NEWSEV" eval-timeml "$EVAL_DIR/fr-timebank-dev"
		timeml=$(cat "$tmp/timeml.json")
	else
		echo "eval: $EVAL_DIR/fr-timebank-dev not found, skipping it"
	fi
	records=$(ls "$EVAL_DIR"/plover-gsr/*.json 2>/dev/null | head -n 1)
	if [ -n "$records" ]; then
		echo "== PLOVER gold standard records (dev half)"
		run plover "$NEWSEV" eval-plover "$records"
		plover=$(cat "$tmp/plover.json")
	else
		echo "eval: no records file under $EVAL_DIR/plover-gsr, skipping it"
	fi
else
	echo "eval: EVAL_DIR not found, skipping external data"
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$(dirname "$OUT")"
printf '{"commit":"%s","date":"%s","gold":%s,"heldout":%s,"coder2":%s,"agreement":%s,"timeml":%s,"plover":%s}\n' \
    "$commit" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(cat "$tmp/gold.json")" \
    "$(cat "$tmp/heldout.json")" "$(cat "$tmp/coder2.json" 2>/dev/null ||
    echo null)" "$(cat "$tmp/agreement.json" 2>/dev/null || echo null)" \
    "$timeml" "$plover" >"$OUT.tmp" &&
    mv "$OUT.tmp" "$OUT"
echo "eval: summary written to $OUT"
