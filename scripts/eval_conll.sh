#!/usr/bin/env bash
# Entity F1 of a model on the CoNLL-2003 test set, measured through gleaner itself:
# export the test articles, `gleaner extract` them, `gleaner eval` against the CoNLL gold.
# Writes data/eval/conll-test-report.txt (the eval table plus the NER stage's speed).
# PRECISION=fp32|bf16|int8 sets extract's --precision (default auto).
# SPLIT=dev measures the dev set instead (data/eval/conll-dev-report.txt, predictions in
# data/eval/pred-dev).
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/ner}
split=${SPLIT:-test}
pred=data/eval/pred
[ "$split" = test ] || pred=data/eval/pred-$split
g=target/release/gleaner
python3 scripts/fetch_conll.py >/dev/null
mkdir -p data/eval
$g export --format jsonl data/conll2003/$split.txt -o data/eval/conll-$split.jsonl
rm -rf "$pred"
$g extract --model "$model" data/eval/conll-$split.jsonl -o "$pred" --threads "${THREADS:-2}" --precision "${PRECISION:-auto}"
{
  $g eval --gold data/conll2003/$split.txt --pred "$pred" --map conll | sed '/^relations/,$d'
  PRED="$pred" python3 - <<'PY'
import json, glob, os
pred = os.environ["PRED"]
run = json.load(open(f"{pred}/run.json"))
tokens = sum(len(json.load(open(p))["tokens"]) for p in glob.glob(f"{pred}/*.json") if not p.endswith("run.json"))
ner = run["seconds"]["ner"]
print(f"NER stage: {tokens} tokens in {ner:.1f} s = {tokens / ner:,.0f} tokens/s with {run['threads']} threads; whole run {run['total_seconds']:.1f} s")
PY
} | tee data/eval/conll-$split-report.txt
