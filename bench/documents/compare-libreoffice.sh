#!/bin/sh
# Times SchoolDX's own renderer against LibreOffice on the same document: bench_documents renders
# the seed-002 plan to PDF and DOCX; LibreOffice (if installed) then converts that DOCX to PDF.
# Prints both times per document and their ratio. LibreOffice is only a yardstick here, never a
# dependency of SchoolDX.
#
#   bench/documents/compare-libreoffice.sh [BUILD_DIR] [RUNS]
set -eu

BUILD_DIR=${1:-build}
RUNS=${2:-5}
BENCH="$BUILD_DIR/bench/documents/bench_documents"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/sdx-bench-XXXXXX")
trap 'rm -rf "$OUT"' EXIT

if [ ! -x "$BENCH" ]; then
    echo "bench_documents not found in $BUILD_DIR (build it first: cmake --build $BUILD_DIR --target bench_documents)" >&2
    exit 2
fi

QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BENCH" --out "$OUT" --runs "$RUNS" | tee "$OUT/bench.txt"
OURS_MS=$(sed -n 's/^PDF *: *\([0-9.]*\) ms.*/\1/p' "$OUT/bench.txt")

SOFFICE=$(command -v soffice || command -v libreoffice || true)
if [ -z "$SOFFICE" ]; then
    echo "LibreOffice is not installed: no comparison (apt-get install libreoffice-writer-nogui)."
    exit 0
fi

# A private profile, so the first start's set-up is not counted and the user's profile is untouched.
PROFILE="file://$OUT/lo-profile"
"$SOFFICE" -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$OUT/warmup" "$OUT/ke-hoach.docx" >/dev/null 2>&1

total=0
i=0
while [ "$i" -lt "$RUNS" ]; do
    start=$(date +%s%N)
    "$SOFFICE" -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$OUT/lo" "$OUT/ke-hoach.docx" >/dev/null 2>&1
    end=$(date +%s%N)
    total=$((total + (end - start) / 1000))
    i=$((i + 1))
done
LO_MS=$(awk -v us="$total" -v n="$RUNS" 'BEGIN { printf "%.1f", us / n / 1000 }')
LO_PAGES=$(pdfinfo "$OUT/lo/ke-hoach.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')

echo "The same plan to PDF (SchoolDX renders its model directly; LibreOffice converts SchoolDX's DOCX):"
echo "  SchoolDX  (model -> PDF):            ${OURS_MS} ms per document"
echo "  LibreOffice (DOCX -> PDF, headless): ${LO_MS} ms per document (${LO_PAGES:-?} pages, process start included)"
awk -v a="$LO_MS" -v b="$OURS_MS" 'BEGIN { if (b > 0) printf "  ratio LibreOffice / SchoolDX: %.1f x\n", a / b }'
