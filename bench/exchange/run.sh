#!/usr/bin/env bash
# The exchange benchmark: 1,000 varied school files aggregated through schooldx-cli.
# Prints bench_exchange's figures, then runs the JSON aggregation once more under /usr/bin/time -v
# for the CLI's own peak memory. Usage: bench/exchange/run.sh [BUILD_DIR] [SCHOOLS]
set -euo pipefail
build_dir="${1:-build}"
schools="${2:-1000}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$build_dir/bench/exchange/bench_exchange" --schools "$schools" --cli "$build_dir/app/cli/schooldx-cli" --keep "$work/in"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$build_dir/app/cli/schooldx-cli" aggregate "$work/in" -o "$work/out.json" >/dev/null 2>"$work/time.txt" || true
    grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
fi
