#!/usr/bin/env bash
# Entity F1 of a model on the CoNLL-2003 test set, measured through gleaner itself:
# export the test articles, `gleaner extract` them, `gleaner eval` against the CoNLL gold.
# Writes data/eval/conll-test-report.txt (the eval table plus the NER stage's speed).
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/ner}
g=target/release/gleaner
python3 scripts/fetch_conll.py >/dev/null
mkdir -p data/eval
$g export --format jsonl data/conll2003/test.txt -o data/eval/conll-test.jsonl
rm -rf data/eval/pred
$g extract --model "$model" data/eval/conll-test.jsonl -o data/eval/pred --threads "${THREADS:-2}"
{
  $g eval --gold data/conll2003/test.txt --pred data/eval/pred --map conll | sed '/^relations/,$d'
  python3 - <<'PY'
import json, glob
run = json.load(open("data/eval/pred/run.json"))
tokens = sum(len(json.load(open(p))["tokens"]) for p in glob.glob("data/eval/pred/*.json") if not p.endswith("run.json"))
ner = run["seconds"]["ner"]
print(f"NER stage: {tokens} tokens in {ner:.1f} s = {tokens / ner:,.0f} tokens/s with {run['threads']} threads; whole run {run['total_seconds']:.1f} s")
PY
} | tee data/eval/conll-test-report.txt
