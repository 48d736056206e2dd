#!/usr/bin/env bash
# Installs what gleaner needs to build and run, into project-local folders only:
#   .deps/torch-venv  PyPI's torch==2.4.0 (CPU part) — the libtorch that rust-bert 0.23 / tch 0.17 needs
#   .deps/libtorch    a LIBTORCH directory of symlinks that hides libtorch_cuda.so from torch-sys
# Idempotent: a second run does nothing. Set GLEANER_TORCH_CUDA=1 on a GPU machine for the full wheel.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
venv="$deps/torch-venv"
lt="$deps/libtorch"
stamp="$deps/.torch-2.4.0.ok"
if [ -f "$stamp" ] && [ -e "$lt/lib/libtorch_cpu.so" ]; then exit 0; fi
mkdir -p "$deps"
py=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then "$py" -m venv "$venv"; fi
if [ "${GLEANER_TORCH_CUDA:-0}" = 1 ]; then
  "$venv/bin/pip" install -q torch==2.4.0
else
  # libtorch_cpu.so needs only libcudart and libcupti from the nvidia packages at load time.
  "$venv/bin/pip" install -q --no-deps torch==2.4.0 nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105
fi
torch_dir=$("$venv/bin/python" - <<'PY'
import importlib.util, os
spec = importlib.util.find_spec("torch")
print(os.path.dirname(spec.origin))
PY
)
site=$(dirname "$torch_dir")
rm -rf "$lt"; mkdir -p "$lt/lib"
ln -s "$torch_dir/include" "$lt/include"
if [ "${GLEANER_TORCH_CUDA:-0}" = 1 ]; then
  for f in "$torch_dir"/lib/*.so*; do ln -s "$f" "$lt/lib/"; done
else
  for f in libc10.so libtorch_cpu.so; do ln -s "$torch_dir/lib/$f" "$lt/lib/$f"; done
  for f in "$torch_dir"/lib/libgomp*.so*; do ln -s "$f" "$lt/lib/"; done
  ln -s "$torch_dir/lib/libtorch_cpu.so" "$lt/lib/libtorch.so"
  # the CUDA runtime pieces libtorch_cpu.so links against
  for f in "$site"/nvidia/cuda_runtime/lib/libcudart.so.12 "$site"/nvidia/cuda_cupti/lib/libcupti.so.12; do ln -s "$f" "$lt/lib/"; done
fi
touch "$stamp"
echo "libtorch ready in $lt" >&2
