#!/usr/bin/env python3
"""The shipped model in Hugging Face's own pipeline, as a Python user would run it (issue 14).

    python3 scripts/hf_pipeline.py [MODEL_DIR]       # default models/ner

Loads MODEL_DIR with nothing set by hand:
    pipeline("token-classification", model=MODEL_DIR, aggregation_strategy="first", batch_size=32)
and runs it on the CoNLL-2003 test sentences (each sentence's words joined by single spaces,
fetched by scripts/fetch_conll.py). Checks that every entity's offsets start and end on a word
(not on the space before it) and that `text[start:end]` is its words, maps entities to word
spans, and reports the strict micro entity F1 against the gold (conlleval chunking), with
words/s, beside gleaner's figure from data/eval/conll-test-report.txt when
scripts/eval_conll.sh has written it. Exits 1 if any entity's offsets include a space; counts
the entities that start or end inside a word.

Not run in CI: it installs torch 2.4.0 and transformers 4.46.3 from PyPI into .deps/pyref
(shared with scripts/reference_hf.py). Writes data/eval/hf-pipeline.txt.
"""
import os
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pyenv  # noqa: E402
from reference_hf import chunks, scores  # noqa: E402  (conlleval chunking and P/R/F1, shared)

ROOT = _pyenv.ROOT
PACKAGES = ("torch==2.4.0", "transformers==4.46.3", "seqeval==1.2.2")


def read_conll(path):
    sentences, cur = [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if cur:
                sentences.append(cur)
                cur = []
            continue
        cur.append((cols[0], cols[-1]))
    if cur:
        sentences.append(cur)
    return sentences


def main():
    import torch
    from transformers import pipeline

    model_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "models" / "ner")
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))
    subprocess.run([sys.executable, str(ROOT / "scripts" / "fetch_conll.py")], check=True, stdout=subprocess.DEVNULL)
    sentences = read_conll(ROOT / "data" / "conll2003" / "test.txt")
    texts, starts = [], []
    for s in sentences:
        text, offs = "", []
        for w, _ in s:
            if text:
                text += " "
            offs.append((len(text), len(text) + len(w)))
            text += w
        texts.append(text)
        starts.append(offs)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pipe = pipeline("token-classification", model=str(model_dir), aggregation_strategy="first", batch_size=32, device=-1)
        t0 = time.time()
        results = pipe(texts)
        seconds = time.time() - t0
    messages = sorted({str(w.message) for w in caught})

    tp = n_pred = n_gold = 0
    spaced, inside = [], []  # offsets on a space; offsets inside a word
    for text, offs, s, ents in zip(texts, starts, sentences, results):
        word_starts = {a for a, _ in offs}
        word_ends = {b for _, b in offs}
        pred = set()
        for e in ents:
            a, b = e["start"], e["end"]
            if text[a:b] != text[a:b].strip():
                spaced.append((text[a:b], a, b))
            elif a not in word_starts or b not in word_ends:
                inside.append((text[a:b], a, b))
            covered = [i for i, (x, y) in enumerate(offs) if x < b and a < y]
            if covered:
                pred.add((covered[0], covered[-1] + 1, e["entity_group"]))
        gold = set(chunks([t for _, t in s]))
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    p, r, f = scores(tp, n_pred, n_gold)
    n_words = sum(len(s) for s in sentences)
    lines = [
        f"Hugging Face pipeline(\"token-classification\", model={_pyenv.rel(model_dir)}, aggregation_strategy=\"first\", batch_size=32), transformers 4.46.3, torch 2.4.0, {torch.get_num_threads()} threads",
        f"CoNLL-2003 test: {len(sentences)} sentences, {n_words} words in {seconds:.1f} s = {n_words / seconds:,.0f} words/s",
        f"strict micro entity F1 {f:.4f} (P {p:.4f}, R {r:.4f}; {tp} of {n_gold} gold, {n_pred} predicted)",
        f"entities whose offsets include a space: {len(spaced)}",
        f"entities that start or end inside a word: {len(inside)} (SentencePiece's bare \"\u2581\" piece before a word is a word of its own to the pipeline's fallback heuristic)",
    ]
    for text, a, b in (spaced + inside)[:5]:
        lines.append(f"  {text!r} at {a}..{b}")
    lines += [f"warning: {m}" for m in messages]
    report = ROOT / "data" / "eval" / "conll-test-report.txt"
    if report.exists():
        m = re.search(r"micro.*", report.read_text())
        lines.append(f"gleaner (scripts/eval_conll.sh, data/eval/conll-test-report.txt): {m.group(0) if m else report.read_text().splitlines()[0]}")
    out = "\n".join(lines) + "\n"
    (ROOT / "data" / "eval").mkdir(parents=True, exist_ok=True)
    (ROOT / "data" / "eval" / "hf-pipeline.txt").write_text(out)
    print(out, end="")
    sys.exit(1 if spaced else 0)


if __name__ == "__main__":
    _pyenv.ensure_venv(_pyenv.DEPS / "pyref", PACKAGES)
    main()
