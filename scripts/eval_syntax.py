#!/usr/bin/env python3
"""Part-of-speech accuracy and chunk F1 of the syntax layer on CoNLL-2003 (issue 10).

    python3 scripts/eval_syntax.py [MODEL_DIR] [--split test|dev] [--precision auto]

Runs `gleaner extract` on the CoNLL-2003 articles (data/eval/conll-<split>.jsonl, exported by
`gleaner export --format jsonl` as scripts/eval_conll.sh does) and compares with the file's POS
and chunk columns (automatic annotations in the original data, not hand-checked ones):
- POS accuracy over the CoNLL tokens that gleaner's tokenizer also makes (the same span; the
  rest are counted and left out); ambiguity tags ("NN|SYM") count as their first reading.
- Chunk precision, recall and F1: strict (same start, end and type) over the chunk spans of
  the column (IOB1 turned into IOB2 spans) against the documents' `chunks`.
Writes data/eval/syntax-<split>.txt.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from reference_hf import chunks, scores  # noqa: E402  (conlleval chunking and P/R/F1, shared)


def conll_docs(path):
    """Documents as lists of sentences of (word, pos, chunk)."""
    docs, sent = [[]], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            if cols and docs[-1]:
                docs.append([])
            continue
        sent.append((cols[0], cols[1].split("|")[0], cols[2]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default="models/ner")
    ap.add_argument("--split", default="test")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--threads", default="2")
    a = ap.parse_args()
    os.chdir(ROOT)  # relative paths, as scripts/eval_conll.sh writes them (meta.source)
    g = Path("target/release/gleaner")
    subprocess.run([sys.executable, "scripts/fetch_conll.py"], check=True, stdout=subprocess.DEVNULL)
    conll = Path(f"data/conll2003/{a.split}.txt")
    data = Path(f"data/eval/conll-{a.split}.jsonl")
    data.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([g, "export", "--format", "jsonl", conll, "-o", data], check=True, capture_output=True)
    gold_docs = [json.loads(l) for l in open(data, encoding="utf-8")]
    columns = conll_docs(conll)
    if len(columns) != len(gold_docs):
        sys.exit(f"{conll}: {len(columns)} documents, {data}: {len(gold_docs)}")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([g, "extract", "--model", a.model, "--precision", a.precision, "--threads", a.threads, data, "-o", out], check=True, capture_output=True)
        run = json.load(open(Path(out) / "run.json"))
        if "layers" not in run["model"]["syntax"]:
            sys.exit(f"{a.model}: {run['model']['syntax']}")
        right = total = unmatched = 0
        tp = n_pred = n_gold = 0
        for gd, sents in zip(gold_docs, columns):
            pred = json.load(open(Path(out) / f"{gd['id']}.json"))
            pos_at = {(t["start"], t["end"]): t.get("pos") for t in pred["tokens"]}
            words = [w for s in sents for w in s]
            if len(words) != len(gd["tokens"]):
                sys.exit(f"{gd['id']}: {len(words)} CoNLL tokens, {len(gd['tokens'])} in the export")
            toks = gd["tokens"]
            k = 0
            gold_chunks = set()
            for s in sents:
                for st, en, kind in chunks([c for _, _, c in s]):
                    gold_chunks.add((toks[k + st]["start"], toks[k + en - 1]["end"], kind))
                k += len(s)
            for (w, pos, _), t in zip(words, toks):
                p = pos_at.get((t["start"], t["end"]))
                if p is None:
                    unmatched += 1
                    continue
                total += 1
                right += p == pos
            pred_chunks = {(c["start"], c["end"], c["type"]) for c in pred.get("chunks", [])}
            tp += len(gold_chunks & pred_chunks)
            n_pred += len(pred_chunks)
            n_gold += len(gold_chunks)
    p, r, f = scores(tp, n_pred, n_gold)
    text = (f"CoNLL-2003 {a.split} ({len(gold_docs)} documents), model {a.model}, precision {run['model']['precision']}, syntax layers {run['model']['syntax']['layers']}\n"
            f"POS accuracy {right / total:.4f} ({right} of {total} tokens; {unmatched} CoNLL tokens split otherwise by gleaner, left out)\n"
            f"chunks strict P {p:.4f} R {r:.4f} F1 {f:.4f} ({tp} of {n_gold} gold, {n_pred} predicted)\n"
            f"seconds: ner {run['seconds']['ner']:.2f}, syntax {run['seconds']['syntax']:.3f}\n")
    (ROOT / "data" / "eval" / f"syntax-{a.split}.txt").write_text(text)
    print(text, end="")


if __name__ == "__main__":
    main()
