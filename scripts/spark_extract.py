#!/usr/bin/env python3
"""gleaner under Apache Spark: the stream contract of `gleaner extract --jsonl -` over partitions.

    python3 scripts/spark_extract.py INPUT... --out DIR [--partitions N] [--master local[2]]
                                     [--model DIR | --no-model] [--gleaner BIN] [--date D] [--lossy]

INPUT: folders (searched like `gleaner extract`: recursive, sorted by name, hidden entries
skipped; .txt, .json, .jsonl) and files. The driver turns every input record into one JSON line
(`id`, `text`, `meta` with `meta.source` the input's path, ids defaulted as gleaner defaults
them), partitions the lines, and runs `gleaner extract --jsonl -` once per partition with
`RDD.pipe` (binary and model shipped with `SparkContext.addFile`, absolute paths, the
environment given explicitly, `checkCode=True`). gleaner answers every line with one line, in
order (its stream contract), so each output line is matched with the record it came from and an
error record gets back the input and line of the original file. A record the driver cannot send
as text (a file or line that is not valid UTF-8, a file with a NUL byte) is answered by the same
binary on the driver, so its error record is gleaner's own. Output: JSON Lines part files under
DIR (documents and `gleaner.error/1` records), as `saveAsTextFile` writes them.

Runs offline in `local[N]` mode: PySpark from PyPI into .deps/spark (Java 17 from Debian if
missing). See docs/scale.md for clusters, and scripts/spark_check.sh for the comparison with a
single-machine run.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pyenv  # noqa: E402

ROOT = _pyenv.ROOT
PACKAGES = ("pyspark==4.0.1",)
EXTENSIONS = (".txt", ".json", ".jsonl")


def sorted_like_walkdir(inputs):
    out = []
    for inp in inputs:
        p = Path(inp)
        if p.is_file():
            out.append(inp)
            continue

        def walk(d, shown):
            for entry in sorted(os.listdir(d)):
                if entry.startswith("."):
                    continue
                full = os.path.join(d, entry)
                shown_full = os.path.join(shown, entry)
                if os.path.isdir(full):
                    walk(full, shown_full)
                elif entry.endswith(EXTENSIONS):
                    out.append(shown_full)
        walk(inp, inp.rstrip("/") if inp != "/" else inp)
    return out


def records(files, gleaner_answer):
    """(origin input, origin line or None, JSON line to send or None, local answer or None)."""
    for path in files:
        data = Path(path).read_bytes()
        stem = Path(path).stem
        if path.endswith(".jsonl"):
            for n, raw in enumerate(data.split(b"\n"), 1):
                if raw.endswith(b"\r"):
                    raw = raw[:-1]
                if not raw.strip():
                    continue
                last = n == data.count(b"\n") + 1
                try:
                    line = raw.decode("utf-8")
                    if "\0" in line:
                        raise ValueError("NUL")
                    v = json.loads(line)
                    if not isinstance(v, dict):
                        raise ValueError("not an object")
                except ValueError:
                    yield path, n, None, gleaner_answer(raw, last)
                    continue
                v.setdefault("id", f"{stem}-{n}")
                if v["id"] is None:
                    v["id"] = f"{stem}-{n}"
                meta = v.get("meta") if isinstance(v.get("meta"), dict) else ({} if "meta" not in v else v["meta"])
                if isinstance(meta, dict):
                    meta.setdefault("source", path)
                    v["meta"] = meta
                yield path, n, json.dumps(v, ensure_ascii=False), None
            continue
        try:
            text = data.decode("utf-8")
            if "\0" in text:
                raise ValueError("NUL")
        except ValueError:
            yield path, None, None, gleaner_answer(None, True, path)
            continue
        if path.endswith(".json"):
            try:
                v = json.loads(text)
            except ValueError:
                yield path, None, None, gleaner_answer(None, True, path)
                continue
            if isinstance(v, dict):
                if v.get("id") is None:
                    v["id"] = stem
                meta = v.setdefault("meta", {})
                if isinstance(meta, dict):
                    meta.setdefault("source", path)
            yield path, None, json.dumps(v, ensure_ascii=False), None
        else:
            yield path, None, json.dumps({"id": stem, "text": text, "meta": {"source": path}}, ensure_ascii=False), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--model", default=str(ROOT / "models" / "ner"))
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--gleaner", default=str(ROOT / "target" / "release" / "gleaner"))
    ap.add_argument("--date", help="gleaner extract --date")
    ap.add_argument("--lossy", action="store_true", help="gleaner extract --lossy")
    a = ap.parse_args()
    a.extract_flags = (["--date", a.date] if a.date else []) + (["--lossy"] if a.lossy else [])

    gleaner = os.path.abspath(a.gleaner)
    flags = ["extract", "--jsonl", "--threads", "1"] + (["--no-model"] if a.no_model else []) + a.extract_flags

    def answer_locally(raw, last, path=None):
        """gleaner's own error record for what the driver cannot send as text (decoding
        errors do not depend on the model, so no model is loaded)."""
        with tempfile.TemporaryDirectory() as tmp:
            if path is None:  # one JSON Lines line, as a .jsonl file of its own
                path = os.path.join(tmp, "line.jsonl")
                Path(path).write_bytes(raw + (b"" if last else b"\n"))
            cmd = [gleaner, "extract", "--jsonl", "--no-model"] + a.extract_flags + [path]
            out = subprocess.run(cmd, capture_output=True).stdout.decode()
        return out.splitlines()[0] if out else json.dumps({"schema": "gleaner.error/1", "id": None, "input": path or "-", "line": None, "reason": "no answer"})

    files = sorted_like_walkdir(a.inputs)
    recs = list(records(files, answer_locally))

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext, SparkFiles

    sc = SparkContext(conf=SparkConf().setMaster(a.master).setAppName("gleaner-extract").set("spark.ui.enabled", "false"))
    sc.setLogLevel("ERROR")
    sc.addFile(gleaner)
    if not a.no_model:
        sc.addFile(os.path.abspath(a.model), recursive=True)
    model_name = os.path.basename(os.path.abspath(a.model))
    libtorch = str((ROOT / ".deps" / "libtorch" / "lib").resolve())
    no_model = a.no_model

    def run_partition(lines):
        """One gleaner process per partition; its stdout, line for line."""
        binary = SparkFiles.get(os.path.basename(gleaner))
        os.chmod(binary, 0o755)
        cmd = [binary] + flags + ([] if no_model else ["--model", SparkFiles.get(model_name)]) + ["-"]
        env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": libtorch, "OMP_NUM_THREADS": "1", "HOME": "/tmp"}
        data = "".join(l + "\n" for l in lines).encode()
        if not data:
            return []
        p = subprocess.run(cmd, input=data, capture_output=True, env=env)
        if p.returncode not in (0, 1):
            raise RuntimeError(f"gleaner exited {p.returncode}: {p.stderr.decode()[-2000:]}")
        return p.stdout.decode().splitlines()

    sendable = [(i, r[2]) for i, r in enumerate(recs) if r[2] is not None]
    started = time.time()
    rdd = sc.parallelize(sendable, max(1, a.partitions))
    # Each partition's output lines come back in its input order: pair them by position.
    answered = rdd.mapPartitions(lambda it: (lambda items: list(zip([i for i, _ in items], run_partition([l for _, l in items]))))(list(it))).collect()
    seconds = time.time() - started
    by_index = dict(answered)
    out_lines = []
    for i, (path, line, payload, local) in enumerate(recs):
        text = local if payload is None else by_index.get(i)
        if text is None:
            raise SystemExit(f"spark_extract: no output for record {i} ({path}:{line})")
        v = json.loads(text)
        if v.get("schema") == "gleaner.error/1":
            v["input"] = path
            v["line"] = line
            text = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
        out_lines.append(text)
    shutil.rmtree(a.out, ignore_errors=True)
    sc.parallelize(out_lines, max(1, a.partitions)).saveAsTextFile(a.out)
    sc.stop()
    n_err = sum(1 for l in out_lines if '"schema":"gleaner.error/1"' in l)
    print(f"spark_extract: {len(recs)} records ({len(out_lines) - n_err} documents, {n_err} errors) through {a.partitions} partitions ({a.master}) in {seconds:.1f} s -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    _pyenv.ensure_venv(_pyenv.DEPS / "spark", PACKAGES)
    main()
