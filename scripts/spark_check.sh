#!/usr/bin/env bash
# scripts/spark_extract.py against one machine (issue 13), offline, local[2]:
#   bash scripts/spark_check.sh [--no-model]
# Inputs: corpus/articles plus a JSON Lines file of bad records (invalid UTF-8, a NUL byte, no
# text, not JSON, a line cut off at the end) and a file that is not UTF-8. Runs
# `gleaner extract --jsonl` on them on this machine and the Spark recipe with 2 and 3
# partitions, and checks that the documents are the same, byte for byte, and so are the error
# records (input and line as in the files). Installs PySpark into .deps/spark on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release -q
g=target/release/gleaner
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bad"
printf '{"id":"ok-1","text":"Takaichi met Trump in Tokyo on Tuesday."}\n{"id":"b","text":"bad \xff byte"}\n{"id":"c","text":"nul \x00 here"}\n{"id":"d","title":"no text"}\nnot json\n{"text":"No id: Seoul, 3 March 2026."}\n{"id":"f","text":"cut off' > "$tmp/bad/records.jsonl"
printf 'Latin-1 \xe9t\xe9 text' > "$tmp/bad/latin1.txt"
flags=("$@")
$g extract --jsonl "${flags[@]}" corpus/articles "$tmp/bad" > "$tmp/single.jsonl" 2>/dev/null || true
for parts in 2 3; do
  python3 scripts/spark_extract.py corpus/articles "$tmp/bad" --out "$tmp/spark$parts" --partitions $parts ${flags[@]+"${flags[@]}"}
  cat "$tmp/spark$parts"/part-* > "$tmp/spark$parts.jsonl"
  python3 - "$tmp/single.jsonl" "$tmp/spark$parts.jsonl" <<'PY'
import json, sys
single, spark = (open(p, encoding="utf-8").read().splitlines() for p in sys.argv[1:3])
def split(lines):
    docs = {json.loads(l)["id"]: l for l in lines if '"schema":"gleaner.document/1"' in l}
    errs = sorted(l for l in lines if '"schema":"gleaner.error/1"' in l)
    return docs, errs
(d1, e1), (d2, e2) = split(single), split(spark)
assert len(single) == len(spark), f"{len(single)} lines on one machine, {len(spark)} from Spark"
assert d1.keys() == d2.keys(), f"documents differ: {sorted(d1.keys() ^ d2.keys())}"
diff = [k for k in d1 if d1[k] != d2[k]]
assert not diff, f"documents not byte-identical: {diff[:5]}"
assert e1 == e2, "error records differ:\n" + "\n".join(sorted(set(e1) ^ set(e2)))
print(f"spark_check: {len(d1)} documents byte-identical and {len(e1)} error records equal ({sys.argv[2]})")
PY
done
