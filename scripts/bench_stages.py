#!/usr/bin/env python3
"""Where extraction time goes: runs `gleaner extract` on a folder N times and reports each
stage's share of the pipeline time (from run.json), and model throughput in tokens/s.

    python3 scripts/bench_stages.py [--input corpus/articles] [--model models/ner] [--runs 3] [--threads 2]

The relation stage's share is the figure issue 4 asks to keep under 10%. Shares, not seconds,
are compared, so a noisy machine matters less; the median of the runs is printed.
"""
import argparse, json, statistics, subprocess, sys, tempfile, pathlib

ap = argparse.ArgumentParser()
ap.add_argument("--input", default="corpus/articles")
ap.add_argument("--model", default="models/ner")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("--gleaner", default="target/release/gleaner")
a = ap.parse_args()

stages = ["segment", "ner", "syntax", "patterns", "typing", "link", "relations"]
shares = {s: [] for s in stages}
tps = []
for i in range(a.runs):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([a.gleaner, "extract", "--model", a.model, "--threads", str(a.threads), a.input, "-o", out], check=True, stderr=subprocess.DEVNULL)
        run = json.load(open(pathlib.Path(out) / "run.json"))
        tokens = sum(len(json.load(open(p))["tokens"]) for p in pathlib.Path(out).glob("*.json") if p.name != "run.json")
    secs = run["seconds"]
    total = sum(secs[s] for s in stages)
    for s in stages:
        shares[s].append(secs[s] / total)
    tps.append(tokens / secs["ner"])
print(f"{a.runs} runs of gleaner extract {a.input} (threads {a.threads}); median share of pipeline time:")
for s in stages:
    print(f"  {s:<10} {100 * statistics.median(shares[s]):6.2f}%")
print(f"model throughput: {statistics.median(tps):,.0f} tokens/s (words through the NER stage per second)")
