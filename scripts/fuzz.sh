#!/usr/bin/env bash
# make fuzz: runs the libFuzzer harness on each target for SECONDS, seeded with the committed
# corpus (Fuzz/corpus/TARGET, read only) and what earlier runs found (.build-fuzz/corpus/TARGET,
# where new inputs go). A crash, a timeout (60 s for one input: a loaded machine once took 12 s
# on an input that takes 0.7 s) or an input needing more than
# 2 GB stops the run; its input is saved as .build-fuzz/crashes/TARGET-* and the script fails.
# Usage: scripts/fuzz.sh COACH_FUZZ SECONDS [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
fuzzer=$1
seconds=$2
shift 2
targets=("$@")
((${#targets[@]})) || targets=(scenario pattern transcript normalizer)
mkdir -p .build-fuzz/crashes
# The Swift runtime's backtracer would take a crash first and libFuzzer would save no input.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${targets[@]}"; do
  mkdir -p ".build-fuzz/corpus/$target"
  log=".build-fuzz/$target.log"
  if "$fuzzer" "$target" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix=".build-fuzz/crashes/$target-" \
    ".build-fuzz/corpus/$target" "Fuzz/corpus/$target" >"$log" 2>&1; then
    runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    echo "fuzz $target: ${runs:-?} inputs in ${seconds} s, no crash"
  else
    echo "fuzz $target: FAILED, see $log and .build-fuzz/crashes/" >&2
    tail -n 40 "$log" >&2
    status=1
  fi
done
exit $status
