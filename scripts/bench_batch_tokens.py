#!/usr/bin/env python3
"""NER speed against --batch-tokens, side by side: `gleaner extract` over the CoNLL-2003 test
articles (data/eval/conll-test.jsonl, made by scripts/eval_conll.sh) with each setting, the runs
interleaved, reporting the NER stage's tokens/s and its ratio to the baseline (the first size).

    python3 scripts/bench_batch_tokens.py [--runs 2] [--sizes 4096,2048,1024,512] [--model DIR] [--precision fp32]
"""
import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=2)
ap.add_argument("--sizes", default="4096,2048,1024,512")
ap.add_argument("--model", default=str(ROOT / "models" / "ner"))
ap.add_argument("--threads", default="2")
ap.add_argument("--precision", default="fp32", help="auto, fp32, bf16 or int8")
args = ap.parse_args()
sizes = [int(s) for s in args.sizes.split(",")]
data = ROOT / "data" / "eval" / "conll-test.jsonl"
seconds = {s: [] for s in sizes}
tokens = 0
for run in range(args.runs):
    for s in sizes:
        out = Path(tempfile.mkdtemp())
        subprocess.run([ROOT / "target" / "release" / "gleaner", "extract", "--model", args.model, data, "-o", out,
                        "--threads", args.threads, "--batch-tokens", str(s), "--precision", args.precision], check=True, capture_output=True)
        seconds[s].append(json.load(open(out / "run.json"))["seconds"]["ner"])
        if not tokens:
            tokens = sum(len(json.load(open(p))["tokens"]) for p in out.glob("*.json") if p.name != "run.json")
        shutil.rmtree(out)
base = statistics.median(seconds[sizes[0]])
print(f"NER stage over {tokens} tokens, {args.threads} threads, {args.precision}, median of {args.runs} interleaved runs")
print(f"{'batch-tokens':>12} {'seconds':>8} {'tokens/s':>9} {'speed vs ' + str(sizes[0]):>14}")
for s in sizes:
    m = statistics.median(seconds[s])
    print(f"{s:>12} {m:>8.1f} {tokens / m:>9,.0f} {base / m:>13.2f}x")
