#!/usr/bin/env bash
# Runs every benchmark executable built under BUILD_DIR/bench and prints their figures.
# Benchmarks are never part of `make test`: timings belong in reports, not in assertions.
set -euo pipefail
build_dir="${1:-build}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
found=0
while IFS= read -r -d '' bench; do
    found=1
    echo "=== $(basename "$bench") ==="
    "$bench"
done < <(find "$build_dir/bench" -type f -name 'bench_*' -perm -u+x -print0 | sort -z)
if [ "$found" = 0 ]; then
    echo "No benchmark built under $build_dir/bench."
fi
