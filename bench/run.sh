#!/usr/bin/env bash
# Runs every benchmark program of a release build (or only those named after the build
# folder: db, rules, charts, import, benchmarks, ui); each prints "bench <name> <value> <unit>".
set -euo pipefail
build=${1:-build-bench}
shift || true
meson test -C "$build" --benchmark --verbose --num-processes 1 --timeout-multiplier 10 "$@" 2>&1 \
  | grep -E '^(bench |# )' | sed -e 's/^[[:space:]]*//'
