#!/usr/bin/env python3
"""The shipped NER model through Hugging Face transformers: the Python reference for issue 3.

    python3 scripts/reference_hf.py [MODEL_DIR]      # default models/ner

Runs the same weights with `transformers` (BertForTokenClassification, float32, CPU) over the
CoNLL-2003 test sentences that `scripts/eval_conll.sh` gives gleaner (data/eval/conll-test.jsonl),
each word taking its first sub-token's label distribution. It decodes the tags two ways: the
plain argmax per word, and, as gleaner does, the most probable well-formed IOB2 sequence (Viterbi
with I-X allowed only after B-X or I-X), chunking them as conlleval does. It reports the strict
entity F1 (exact span and type, micro) with seqeval's figure beside it, then compares with
gleaner's own predictions in data/eval/pred (run scripts/eval_conll.sh first): entities found by
one and not the other, and the two F1 figures. Not run in CI: it installs torch 2.4.0 and
transformers 4.46.3 from PyPI into .deps/pyref (about 5 GB with torch's CUDA libraries).
Writes data/eval/reference-hf.txt.
"""
import glob
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pyenv  # noqa: E402

ROOT = _pyenv.ROOT
PACKAGES = ("torch==2.4.0", "transformers==4.46.3", "seqeval==1.2.2")

# gleaner eval --map conll, the mapping the gleaner figure uses.
TO_CONLL = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
            "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "MISC": "MISC"}


def scores(tp, n_pred, n_gold):
    """Precision, recall and F1 from counts (0 where a denominator is 0)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def chunks(tags):
    """conlleval chunking: (start, end, type) word ranges; a stray I- starts a chunk."""
    out, open_ = [], None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and open_ and open_[1] == label:
            continue
        if open_:
            out.append((open_[0], i, open_[1]))
            open_ = None
        if prefix in ("B", "I"):
            open_ = (i, label)
    return out


def viterbi(logp, labels):
    """Most probable label sequence where I-X follows only B-X or I-X (IOB2)."""
    import numpy as np
    n = len(labels)
    ok = np.array([[not c.startswith("I-") or (a[:2] in ("B-", "I-") and a[2:] == c[2:]) for c in labels] for a in labels])
    trans = np.where(ok, 0.0, -1e30)
    score = np.where([not l.startswith("I-") for l in labels], logp[0], -1e30)
    back = []
    for t in range(1, len(logp)):
        total = score[:, None] + trans
        back.append(total.argmax(0))
        score = total.max(0) + logp[t]
    path = [int(score.argmax())]
    for b in reversed(back):
        path.append(int(b[path[-1]]))
    return [labels[i] for i in reversed(path)]


def prf(gold, pred):
    correct = len(gold & pred)
    return (*scores(correct, len(pred), len(gold)), correct)


def main():
    import torch
    from seqeval.metrics import f1_score
    from transformers import AutoModelForTokenClassification, PreTrainedTokenizerFast

    model_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "models" / "ner")
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))
    tok = PreTrainedTokenizerFast(tokenizer_file=str(model_dir / "tokenizer.json"))
    pad = next(t for t in ("[PAD]", "<pad>") if tok.convert_tokens_to_ids(t) is not None)
    tok.pad_token = pad
    model = AutoModelForTokenClassification.from_pretrained(model_dir, torch_dtype=torch.float32).eval()
    id2label = model.config.id2label

    docs = [json.loads(l) for l in open(ROOT / "data" / "eval" / "conll-test.jsonl")]
    sentences = []  # (doc index, [token spans])
    for di, d in enumerate(docs):
        toks = sorted((t["start"], t["end"]) for t in d["tokens"])
        for s in d["sentences"]:
            sentences.append((di, [t for t in toks if s["start"] <= t[0] and t[1] <= s["end"]]))
    words = [[docs[di]["text"][a:b] for a, b in spans] for di, spans in sentences]

    start = time.time()
    labels = [id2label[i] for i in range(len(id2label))]
    tags = [None] * len(sentences)
    viterbi_tags = [None] * len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: len(words[i]))
    with torch.no_grad():
        for k in range(0, len(order), 32):
            batch = order[k:k + 32]
            enc = tok([words[i] for i in batch], is_split_into_words=True, padding=True, return_tensors="pt")
            assert enc["input_ids"].shape[1] <= 512, "a sentence longer than 512 sub-tokens"
            logp = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).logits.log_softmax(-1)
            for row, i in enumerate(batch):
                # A word without sub-tokens is O (log-probability 0 for O, very low otherwise).
                word_logp = torch.full((len(words[i]), len(labels)), -1e30)
                word_logp[:, labels.index("O")] = 0.0
                seen = set()
                for pos, w in enumerate(enc.word_ids(row)):
                    if w is not None and w not in seen:
                        seen.add(w)
                        word_logp[w] = logp[row, pos]
                tags[i] = [labels[int(k)] for k in word_logp.argmax(-1)]
                viterbi_tags[i] = viterbi(word_logp.numpy(), labels) if len(words[i]) else []
    seconds = time.time() - start
    n_words = sum(len(w) for w in words)

    def span_set(di_spans_tags):
        out = set()
        for (di, spans), t in di_spans_tags:
            for a, b, label in chunks(t):
                out.add((di, spans[a][0], spans[b - 1][1], label))
        return out

    argmax = span_set(zip(sentences, tags))
    reference = span_set(zip(sentences, viterbi_tags))
    gold = {(di, e["start"], e["end"], TO_CONLL[e["type"]]) for di, d in enumerate(docs) for e in d["entities"] if e["type"] in TO_CONLL}
    ap, ar, af, acorrect = prf(gold, argmax)
    p, r, f, correct = prf(gold, reference)
    # seqeval on the same words: gold tags from the gold entities, default (conlleval) mode.
    gold_by_doc = {}
    for di, a, b, label in gold:
        gold_by_doc.setdefault(di, []).append((a, b, label))
    gold_tags = []
    for (di, spans), w in zip(sentences, words):
        t = ["O"] * len(w)
        first = {s[0]: j for j, s in enumerate(spans)}
        last = {s[1]: j for j, s in enumerate(spans)}
        for a, b, label in gold_by_doc.get(di, []):
            if a in first and b in last:
                t[first[a]] = "B-" + label
                for j in range(first[a] + 1, last[b] + 1):
                    t[j] = "I-" + label
        gold_tags.append(t)
    seq_argmax, seq_viterbi = f1_score(gold_tags, tags), f1_score(gold_tags, viterbi_tags)

    lines = [f"Hugging Face transformers reference: {model_dir}, torch {torch.__version__}, float32, {torch.get_num_threads()} threads",
             f"CoNLL-2003 test: {len(sentences)} sentences, {n_words} words, {len(gold)} gold entities",
             f"argmax per word, strict micro: P {ap:.4f} R {ar:.4f} F1 {af:.4f} ({acorrect} correct of {len(argmax)} predicted); seqeval F1 {seq_argmax:.4f}",
             f"well-formed IOB2 (Viterbi), strict micro: P {p:.4f} R {r:.4f} F1 {f:.4f} ({correct} correct of {len(reference)} predicted); seqeval F1 {seq_viterbi:.4f}",
             f"speed: {n_words / seconds:,.0f} words/s ({seconds:.1f} s)"]

    pred_dir = ROOT / "data" / "eval" / "pred"
    if pred_dir.is_dir():
        ids = {d["id"]: di for di, d in enumerate(docs)}
        ours = set()
        for path in glob.glob(str(pred_dir / "*.json")):
            if path.endswith("run.json"):
                continue
            d = json.load(open(path))
            for e in d["entities"]:
                if e["type"] in TO_CONLL:
                    ours.add((ids[d["id"]], e["start"], e["end"], TO_CONLL[e["type"]]))
        gp, gr, gf, gc = prf(gold, ours)
        lines.append(f"gleaner (data/eval/pred): P {gp:.4f} R {gr:.4f} F1 {gf:.4f}; difference from the Viterbi reference {gf - f:+.4f}")
        only_ref, only_ours = reference - ours, ours - reference
        lines.append(f"entities only in the reference: {len(only_ref)}, only in gleaner: {len(only_ours)}")
        for name, diff in (("reference only", only_ref), ("gleaner only", only_ours)):
            for di, a, b, label in sorted(diff)[:15]:
                lines.append(f"  {name}: {docs[di]['id']} {docs[di]['text'][a:b]!r} {label}")
    text = "\n".join(lines)
    print(text)
    (ROOT / "data" / "eval" / "reference-hf.txt").write_text(text + "\n")


if __name__ == "__main__":
    _pyenv.ensure_venv(_pyenv.DEPS / "pyref", PACKAGES)
    main()
