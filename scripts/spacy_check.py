#!/usr/bin/env python3
"""gleaner's `.spacy` export against spaCy 3.8 itself (a benchmark-style check, not run in CI).

    python3 scripts/spacy_check.py symbols   # regenerate src/formats/spacy_symbols.tsv and
                                             # src/formats/spacy_string_ids.json from spaCy
    python3 scripts/spacy_check.py check     # export corpus/gold with gleaner, load it in spaCy,
                                             # compare, and train a blank spaCy NER on it briefly

Both install spaCy 3.8.18 from PyPI into .deps/spacy on first use. `check` needs a built
target/release/gleaner (cargo build --release).
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pyenv  # noqa: E402

ROOT = _pyenv.ROOT


def symbols():
    import spacy
    from spacy.attrs import IDS as ATTRS
    from spacy.strings import hash_string
    from spacy.symbols import IDS

    # Attribute ids equal the symbol ids of the same names; gleaner looks attributes up there.
    assert all(IDS[k] == v for k, v in ATTRS.items()), "attribute ids differ from symbol ids"
    rows = sorted(((v, k) for k, v in IDS.items() if k), key=lambda r: r[0])
    out = ROOT / "src" / "formats" / "spacy_symbols.tsv"
    with open(out, "w") as f:
        f.write(f"# spaCy {spacy.__version__} built-in symbols (name<TAB>id), from scripts/spacy_check.py symbols\n")
        for v, k in rows:
            f.write(f"{k}\t{v}\n")
    probes = ["a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "Takaichi", "Prime Minister", "Tōkyō", "東京",
              "\n\n", " ", "TITLE", "PERSON", "ORG", "GPE", "case", "nsubj", "ORTH", "U.S.", "$550 billion",
              "seventeen chars!!", "Japan–U.S."]
    ids = {}
    for p in probes:
        ids[p] = IDS[p] if p in IDS else hash_string(p)
    (ROOT / "src" / "formats" / "spacy_string_ids.json").write_text(json.dumps(ids, ensure_ascii=False, indent=1) + "\n")
    print(f"spaCy {spacy.__version__}: {len(rows)} symbols, {len(ids)} probe ids written")


def check():
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    gleaner = ROOT / "target" / "release" / "gleaner"
    out = ROOT / "data" / "spacy"
    out.mkdir(parents=True, exist_ok=True)
    gold_dirs = [ROOT / "corpus" / "gold" / "dev", ROOT / "corpus" / "gold" / "test"]
    target = out / "corpus-gold.spacy"
    run = subprocess.run([gleaner, "export", "--format", "spacy", *gold_dirs, "-o", target], capture_output=True, text=True)
    print(run.stderr.strip())
    if run.returncode != 0:
        sys.exit(f"gleaner export failed ({run.returncode})")
    gold = {}
    for d in gold_dirs:
        for p in sorted(d.glob("*.json")):
            doc = json.loads(p.read_text())
            gold[doc["id"]] = doc

    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(target).get_docs(nlp.vocab))
    problems = []
    n_ents = n_gold = n_sents = 0
    for doc in docs:
        g = gold.get(doc.user_data.get("id"))
        if g is None:
            problems.append(f"document id {doc.user_data.get('id')!r} is not in the gold")
            continue
        if doc.text != g["text"]:
            problems.append(f"{g['id']}: text differs")
        want = {(e["start"], e["end"], e["type"]) for e in g["entities"]}
        got = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        if got != want:
            problems.append(f"{g['id']}: entities not in the gold: {sorted(got - want)}; gold entities missing: {sorted(want - got)}")
        n_ents += len(got)
        n_gold += len(want)
        # Sentences without their whitespace tokens (gleaner's sentences hold none).
        trimmed = []
        for s in doc.sents:
            words = [t for t in s if not t.is_space]
            if words:
                trimmed.append((words[0].idx, words[-1].idx + len(words[-1].text)))
        want_sents = sorted((s["start"], s["end"]) for s in g.get("sentences", []))
        if want_sents and trimmed != want_sents:
            problems.append(f"{g['id']}: sentences differ ({len(trimmed)} vs {len(want_sents)})")
        n_sents += len(trimmed)
    print(f"spaCy {spacy.__version__} loaded {len(docs)} documents from {target.relative_to(ROOT)}: "
          f"{sum(len(d) for d in docs)} tokens, {n_sents} sentences, {n_ents} of {n_gold} gold entities")
    if len(docs) != len(gold):
        problems.append(f"{len(docs)} documents loaded, {len(gold)} in the gold")

    # The DocBin trains spaCy: a blank English pipeline with an NER component, a few updates.
    ner = nlp.add_pipe("ner")
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    for ex in examples:
        for e in ex.reference.ents:
            ner.add_label(e.label_)
    optimizer = nlp.initialize(lambda: examples)
    losses = {}
    for _ in range(3):
        nlp.update(examples, sgd=optimizer, losses=losses)
    print(f"spaCy NER trained 3 updates on them: loss {losses['ner']:.1f}, {len(ner.labels)} labels")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok: texts, entities (exactly the gold's, offsets and labels), sentences and ids match the gold")


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("symbols", "check"):
        sys.exit(__doc__)
    _pyenv.ensure_venv(_pyenv.DEPS / "spacy", ("spacy==3.8.18",))
    {"symbols": symbols, "check": check}[sys.argv[1]]()
