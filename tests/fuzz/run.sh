#!/bin/sh
# run.sh BUILD_DIR SECONDS [NAME...]: runs each libFuzzer harness (the readers, the XLS
# reader end to end and its process's stream, the value and period parsers), or those
# NAMEd (xls, xls-stream, ...), for SECONDS seconds on a copy of its seed corpus (the seeds
# in git stay as they are) and fails on a crash, a leak, undefined behaviour, a GLib
# critical or a timeout. Crashing inputs are kept in
# fuzz-corpus-work/artifacts-NAME/ for a test to be made of them.
#
# Copyright 2026 The Vital Signs authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS [NAME...]" >&2
  exit 2
fi
build=$1
seconds=$2
shift 2
names=${*:-csv import-csv xlsx ods xls xls-stream values periods}
here=$(cd "$(dirname "$0")" && pwd)
work=${FUZZ_WORK:-fuzz-corpus-work}
status=0

# What the test suite uses, so that a fuzzer stops on what a test would.
export G_DEBUG=fatal-warnings
# handle_sigtrap: a fatal GLib warning traps, and the fuzzer must keep that input too.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1:handle_sigtrap=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$here/../lsan.supp:print_suppressions=0"
# fuzz-xls runs FreeXL in this build's reader process, as the application does. FreeXL
# overflowing its heap there is an error for the file, not a crash of the harness (the
# reader's own AddressSanitizer report still goes to the log, unsymbolised: symbolising
# every one took four fifths of the run).
mkdir -p "$work"
printf '#!/bin/sh\nASAN_OPTIONS="$ASAN_OPTIONS:symbolize=0" exec "%s" "$@"\n' \
  "$(cd "$build" && pwd)/app/core/import/vs-xls-reader" >"$work/vs-xls-reader"
chmod +x "$work/vs-xls-reader"
export VS_XLS_READER="$(cd "$work" && pwd)/vs-xls-reader"

for name in $names; do
  exe=$build/tests/fuzz/fuzz-$name
  if [ ! -x "$exe" ]; then
    echo "run.sh: $exe is missing: configure $build with CC=clang -Dfuzzing=true" >&2
    status=1
    continue
  fi
  corpus=$work/corpus-$name
  artifacts=$work/artifacts-$name
  log=$work/fuzz-$name.log
  rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts"
  cp "$here/corpus-$name"/* "$corpus"/

  # -rss_limit_mb: the readers' caps keep a file far below this; going over is a bug.
  if "$exe" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=1048576 \
       -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz-$name: ok, ${runs:-?} runs in $seconds s, corpus $(ls "$corpus" | wc -l) files"
  else
    echo "fuzz-$name: FAILED (inputs kept in $artifacts/), end of $log:"
    tail -n 60 "$log"
    status=1
  fi
done
exit $status
