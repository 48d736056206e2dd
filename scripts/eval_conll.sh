#!/usr/bin/env bash
# Entity F1 of a model on the CoNLL-2003 test set, measured through gleaner itself:
# export the test articles, `gleaner extract` them, `gleaner eval` against the CoNLL gold.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/ner}
g=target/release/gleaner
python3 scripts/fetch_conll.py >/dev/null
mkdir -p data/eval
$g export --format jsonl data/conll2003/test.txt -o data/eval/conll-test.jsonl
rm -rf data/eval/pred && $g extract --model "$model" data/eval/conll-test.jsonl -o data/eval/pred --threads ${THREADS:-2}
$g eval --gold data/conll2003/test.txt --pred data/eval/pred --map conll | tee data/eval/conll-test-report.txt
