#!/usr/bin/env bash
# Peak memory against the number of documents (issue 13), with /usr/bin/time (not a timed test):
#   bash scripts/bench_memory.sh [SMALL] [LARGE]        # default 1000 100000
# Runs `gleaner extract --no-model` on SMALL and LARGE short records through --jsonl, -o, and
# --jsonl --export F for every export format, and prints each peak RSS and the ratio LARGE/SMALL
# (the target: at most 1.5). Writes only to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}; large=${2:-100000}
g=$(realpath target/release/gleaner)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for n in "$small" "$large"; do
  python3 -c "
import json, sys
n = int(sys.argv[1])
with open(sys.argv[2], 'w') as f:
    for i in range(n):
        f.write(json.dumps({'id': f'd{i}', 'text': f'Prime Minister Sanae Takaichi met President Donald Trump in Tokyo on October {i % 28 + 1}, 2025, and pledged \${i % 900 + 100} billion.'}) + '\n')
" "$n" "$tmp/in$n.jsonl"
done
peak() { /usr/bin/time -f %M "$@" > /dev/null 2> "$tmp/err" || true; tail -1 "$tmp/err"; }
row() {
  local name=$1; shift
  local a b
  a=$(peak "$g" extract --no-model "${@/INPUT/$tmp/in$small.jsonl}")
  rm -rf "$tmp/o" "$tmp/x"
  b=$(peak "$g" extract --no-model "${@/INPUT/$tmp/in$large.jsonl}")
  rm -rf "$tmp/o" "$tmp/x"
  python3 -c "import sys; a, b = int(sys.argv[2]), int(sys.argv[3]); print(f'{sys.argv[1]:<22} {a/1024:7.0f} MB {b/1024:7.0f} MB  {b/a:5.2f}x')" "$name" "$a" "$b"
}
echo "peak RSS, $small vs $large documents"
row "--jsonl" --jsonl INPUT
row "-o" INPUT -o "$tmp/o"
for f in jsonl conll iob2 bilou hf-jsonl spacy brat doccano label-studio tacred docred; do
  row "--export $f" --jsonl INPUT --export "$f" --export-out "$tmp/x"
done
