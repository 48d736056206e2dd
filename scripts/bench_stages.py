#!/usr/bin/env python3
"""Where extraction time goes: runs `gleaner extract` on a folder N times and reports each
stage's share of the pipeline time (from run.json), and model throughput in tokens/s.

    python3 scripts/bench_stages.py [--input corpus/articles] [--model models/ner] [--runs 3] [--threads 2] [--precision auto]

The relation stage's share is the figure issue 4 asks to keep under 10%; issue 10 asks the same
of syntax and relations together. The syntax heads run inside the NER stage's forward pass, so
their cost is measured by also running, interleaved, a copy of the model without them
(syntax.json/syntax.safetensors left out) and taking the NER stage's extra time; the report
adds that to the syntax and relation stages' shares. Shares, not seconds, are compared, so a
noisy machine matters less; the median of the runs is printed.
"""
import argparse, json, statistics, subprocess, sys, tempfile, pathlib

ap = argparse.ArgumentParser()
ap.add_argument("--input", default="corpus/articles")
ap.add_argument("--model", default="models/ner")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("--precision", default="auto", help="extract's --precision: auto, fp32, bf16 or int8")
ap.add_argument("--gleaner", default="target/release/gleaner")
a = ap.parse_args()

stages = ["segment", "ner", "syntax", "patterns", "typing", "link", "relations"]
shares = {s: [] for s in stages}
tps = []
heads = []  # the syntax heads' share of the pipeline: extra NER time over the same model without them


def extract(model):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([a.gleaner, "extract", "--model", model, "--threads", str(a.threads), "--precision", a.precision, a.input, "-o", out], check=True, stderr=subprocess.DEVNULL)
        run = json.load(open(pathlib.Path(out) / "run.json"))
        tokens = sum(len(json.load(open(p))["tokens"]) for p in pathlib.Path(out).glob("*.json") if p.name != "run.json")
    return run["seconds"], tokens


with tempfile.TemporaryDirectory() as bare:
    src = pathlib.Path(a.model).resolve()
    has_heads = (src / "syntax.json").is_file()
    for f in src.iterdir():
        if not f.name.startswith("syntax."):
            (pathlib.Path(bare) / f.name).symlink_to(f)
    for i in range(a.runs):
        secs, tokens = extract(a.model)
        total = sum(secs[s] for s in stages)
        for s in stages:
            shares[s].append(secs[s] / total)
        tps.append(tokens / secs["ner"])
        if has_heads:
            without, _ = extract(bare)
            heads.append(max(0.0, secs["ner"] - without["ner"]) / total)
print(f"{a.runs} runs of gleaner extract {a.input} (threads {a.threads}, precision {a.precision}); median share of pipeline time:")
for s in stages:
    print(f"  {s:<10} {100 * statistics.median(shares[s]):6.2f}%")
if heads:
    h = statistics.median(heads)
    print(f"  (syntax heads inside ner: {100 * h:.2f}%, the NER stage's extra time over the model without them)")
    both = statistics.median([x + y + z for x, y, z in zip(heads, shares["syntax"], shares["relations"])])
    print(f"syntax (heads + stage) plus relations: {100 * both:.2f}% of the pipeline")
print(f"model throughput: {statistics.median(tps):,.0f} tokens/s (words through the NER stage per second)")
