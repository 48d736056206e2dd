#!/usr/bin/env bash
# Sets up libtorch (once) and runs the test suite. No network but the package registries,
# no GPU: model tests use a tiny random model written at test time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test "$@"
