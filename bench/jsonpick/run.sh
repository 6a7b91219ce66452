#!/bin/sh
# Build and run the JSON parser measurement (not part of `make all`).
# Usage: bench/jsonpick/run.sh [ITERATIONS] [DEPTH]; results go to stdout.
# Each library gets its own binary: json-c and jansson share symbol names.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
iters=${1:-100000}
depth=${2:-100000}
echo "article $(wc -c < "$here/article-4k.json") bytes, $iters parses;" \
	"hostile: $depth nested arrays / objects"
for lib in jsonc:json-c jansson:jansson cjson:libcjson; do
	def=$(echo "${lib%%:*}" | tr a-z A-Z)
	cc -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -DPICK_$def \
		-o "$dir/jsonpick-${lib%%:*}" "$here/jsonpick.c" \
		$(pkg-config --cflags --libs "${lib#*:}")
	"$dir/jsonpick-${lib%%:*}" "$here/article-4k.json" "$iters" "$depth"
done
