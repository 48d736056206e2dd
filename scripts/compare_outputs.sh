#!/usr/bin/env bash
# Snapshot of what gleaner writes, for checking that a change keeps outputs byte-identical:
#   bash scripts/compare_outputs.sh BIN OUTDIR      # e.g. a binary built from the old commit
#   bash scripts/compare_outputs.sh target/release/gleaner OUTDIR2 && diff -r OUTDIR OUTDIR2
# Writes: extract of corpus/articles (-o, --jsonl, and -o --no-model; run.json and the resume
# manifest left out), export of corpus/gold in every format, and eval of the extract against
# corpus/gold (table and --json --per-doc). Stderr summaries name OUTDIR, so they differ by path.
set -euo pipefail
bin=$(realpath "$1"); out=$(realpath -m "$2")
cd "$(dirname "$0")/.."
rm -rf "$out"; mkdir -p "$out"
"$bin" extract corpus/articles -o "$out/extract" 2> "$out/extract.stderr"
"$bin" extract corpus/articles --jsonl > "$out/extract.jsonl" 2> /dev/null
"$bin" extract --no-model corpus/articles -o "$out/extract-nomodel" 2> /dev/null
# Every format gleaner has had; one an older binary lacks is recorded as refused.
for f in jsonl conll iob2 bilou hf-jsonl spacy brat doccano label-studio tacred docred; do
  "$bin" export --format "$f" corpus/gold -o "$out/export.$f" 2> "$out/export.$f.stderr" || echo "refused" > "$out/export.$f"
done
"$bin" eval --gold corpus/gold --pred "$out/extract" > "$out/eval.txt"
"$bin" eval --gold corpus/gold --pred "$out/extract" --json --per-doc > "$out/eval.json"
rm -f "$out"/extract*/run.json "$out"/extract*/.gleaner-manifest.jsonl
