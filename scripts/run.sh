#!/usr/bin/env bash
# Sets up libtorch (once), builds gleaner and runs it on the bundled corpus with the embedded model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release
target/release/gleaner extract corpus/articles -o out "$@"
