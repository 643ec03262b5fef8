#!/usr/bin/env bash
# Runs every benchmark program of a release build; each prints "bench <name> <value> <unit>".
set -euo pipefail
build=${1:-build-bench}
meson test -C "$build" --benchmark --verbose --num-processes 1 --timeout-multiplier 10 2>&1 \
  | grep -E '^(bench |# )' | sed -e 's/^[[:space:]]*//'
