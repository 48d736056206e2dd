#!/usr/bin/env python3
"""Reference numbers for `gleaner eval`: tests/fixtures/eval/cases.json -> expected.json.

Run from anywhere:  python3 scripts/eval_reference.py
It creates (once) the venv .deps/evalref with nervaluate==1.2.1 and seqeval==1.2.2 and re-runs
itself inside it. Not run in CI: the Rust tests read only the committed expected.json.

Input (cases.json): a list of {"name", "note", "docs": [{"id", "tokens", "gold", "pred"}]} where a
span is [start_token, end_token_exclusive, TYPE].

What is read from nervaluate 1.2.1
----------------------------------
`nervaluate.Evaluator(true, pred, tags, loader="dict").evaluate()` returns a dict:
  "overall":  {mode: EvaluationResult}            for mode in strict, exact, partial, ent_type
  "entities": {tag: {mode: EvaluationResult}}     one entry per tag used on either side
  ("overall_indices" / "entity_indices" are not used)
EvaluationResult fields read: correct, incorrect, partial, missed, spurious, possible, actual,
precision, recall, f1 (nervaluate computes them itself; they are copied as they are).
`true`/`pred` are one list per document of {"label", "start", "end"} dicts with `end` INCLUSIVE
(= our end_exclusive - 1). tags = sorted union of every type on either side.

loader="dict" rather than "default": "default" only infers "dict" by looking at true[0][0], so it
raises IndexError when the first gold document is empty (and ValueError for no documents). For
every input where "default" works it picks "dict", so the numbers are the same.

Spans are sorted by (start, end, type) before they are handed over: nervaluate matches greedily in
list order, and gleaner sorts its spans that way.

Sanity check: every case is also scored with character offsets (tokens joined by single spaces,
which is what the Rust side does); the script fails if any nervaluate number differs, so no fixture
depends on the unit (ent_type's closest-boundary choice and the 1% overlap threshold could).

macro (ours, not nervaluate's): per mode, the plain mean over tags of the per-tag precision,
recall and f1 (macro f1 = mean of per-tag f1); 0.0 when there are no tags.

seqeval: spans -> IOB2 tags per document (B- first token, I- the rest, O elsewhere), then
classification_report(mode='strict', scheme=IOB2, output_dict=True, zero_division=0) and
precision_score/recall_score/f1_score(mode='strict', scheme=IOB2, average='micro',
zero_division=0). A case with no span at all on either side gets seqeval = null (seqeval's macro
average is then NaN, which JSON cannot hold).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _pyenv  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".deps", "evalref")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "eval")
PINS = ["nervaluate==1.2.1", "seqeval==1.2.2"]
MODES = ["strict", "exact", "partial", "ent_type"]
COUNT_FIELDS = ["correct", "incorrect", "partial", "missed", "spurious", "possible", "actual"]
SCORE_FIELDS = ["precision", "recall", "f1"]


def sorted_spans(spans):
    return sorted((tuple(s) for s in spans), key=lambda s: (s[0], s[1], s[2]))


def char_offsets(tokens):
    """Start and exclusive end character offset of each token in ' '.join(tokens)."""
    starts, ends, pos = [], [], 0
    for tok in tokens:
        starts.append(pos)
        ends.append(pos + len(tok))
        pos += len(tok) + 1
    return starts, ends


def to_nervaluate(spans, tokens, unit):
    out = []
    if unit == "token":
        for s, e, t in sorted_spans(spans):
            out.append({"label": t, "start": s, "end": e - 1})
    else:
        starts, ends = char_offsets(tokens)
        for s, e, t in sorted_spans(spans):
            out.append({"label": t, "start": starts[s], "end": ends[e - 1] - 1})
    return out


def result_dict(r):
    d = {k: int(getattr(r, k)) for k in COUNT_FIELDS}
    d.update({k: float(getattr(r, k)) for k in SCORE_FIELDS})
    return d


def run_nervaluate(case, unit):
    from nervaluate import Evaluator

    docs = case["docs"]
    tags = sorted({t for d in docs for side in ("gold", "pred") for _, _, t in d[side]})
    true = [to_nervaluate(d["gold"], d["tokens"], unit) for d in docs]
    pred = [to_nervaluate(d["pred"], d["tokens"], unit) for d in docs]
    res = Evaluator(true, pred, tags=tags, loader="dict").evaluate()
    overall = {m: result_dict(res["overall"][m]) for m in MODES}
    assert sorted(res["entities"]) == tags, (case["name"], sorted(res["entities"]), tags)
    per_tag = {t: {m: result_dict(res["entities"][t][m]) for m in MODES} for t in tags}
    macro = {}
    for m in MODES:
        macro[m] = {
            k: (sum(per_tag[t][m][k] for t in tags) / len(tags)) if tags else 0.0 for k in SCORE_FIELDS
        }
    return {"tags": tags, "overall": overall, "per_tag": per_tag, "macro": macro}


def iob2(tokens, spans):
    tags = ["O"] * len(tokens)
    for s, e, t in sorted_spans(spans):
        for i in range(s, e):
            assert tags[i] == "O", "overlapping spans"
            tags[i] = ("B-" if i == s else "I-") + t
    return tags


def run_seqeval(case):
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
    from seqeval.scheme import IOB2

    docs = case["docs"]
    if not any(d["gold"] or d["pred"] for d in docs):
        return None
    y_true = [iob2(d["tokens"], d["gold"]) for d in docs]
    y_pred = [iob2(d["tokens"], d["pred"]) for d in docs]
    kw = dict(mode="strict", scheme=IOB2, zero_division=0)
    report = classification_report(y_true, y_pred, output_dict=True, **kw)

    def row(r):
        return {
            "precision": float(r["precision"]),
            "recall": float(r["recall"]),
            "f1": float(r["f1-score"]),
            "support": int(r["support"]),
        }

    micro = {
        "precision": float(precision_score(y_true, y_pred, average="micro", **kw)),
        "recall": float(recall_score(y_true, y_pred, average="micro", **kw)),
        "f1": float(f1_score(y_true, y_pred, average="micro", **kw)),
        "support": int(report["micro avg"]["support"]),
    }
    rep_micro = row(report["micro avg"])
    assert all(abs(micro[k] - rep_micro[k]) < 1e-12 for k in micro), (case["name"], micro, rep_micro)
    per_type = {k: row(v) for k, v in report.items() if not k.endswith(" avg")}
    return {"micro": micro, "per_type": per_type, "macro_avg": row(report["macro avg"])}


def validate(case):
    for d in case["docs"]:
        n = len(d["tokens"])
        for side in ("gold", "pred"):
            spans = sorted_spans(d[side])
            for s, e, _ in spans:
                assert 0 <= s < e <= n, (case["name"], d["id"], side, s, e)
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], ("overlapping spans", case["name"], d["id"], side, a, b)


def main():
    with open(os.path.join(FIXTURES, "cases.json"), encoding="utf-8") as f:
        cases = json.load(f)
    names = [c["name"] for c in cases]
    assert len(set(names)) == len(names), "duplicate case names"
    expected = {}
    for case in cases:
        validate(case)
        nv = run_nervaluate(case, "token")
        nv_chars = run_nervaluate(case, "char")
        if nv != nv_chars:
            sys.exit(f"case {case['name']}: nervaluate differs between token and character offsets")
        expected[case["name"]] = {"nervaluate": nv, "seqeval": run_seqeval(case)}
    out = os.path.join(FIXTURES, "expected.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    import importlib.metadata as md

    print(
        f"wrote {out}: {len(cases)} cases; python {sys.version.split()[0]}, "
        f"nervaluate {md.version('nervaluate')}, seqeval {md.version('seqeval')}, "
        f"numpy {md.version('numpy')}, scikit-learn {md.version('scikit-learn')}"
    )


if __name__ == "__main__":
    _pyenv.ensure_venv(VENV, PINS)
    main()
