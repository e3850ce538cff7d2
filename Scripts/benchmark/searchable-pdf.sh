#!/usr/bin/env bash
# The searchable PDF of `vanban scan --pdf` against VanBan's own reading, in the same run.
#
# For every fixture scan (JPEG 200 and 150 ppi, phone photo, grey PNG, G4 TIFF, scanned PDF,
# PDF with a text layer) one `vanban scan --jobs 2 --format json --pdf OUT` call, release build,
# with VANBAN_TIMINGS=1 so that the scan time and the PDF writing time of the same run are
# reported. Then, per file (Scripts/benchmark/pdf_agreement.py):
#   words          share of VanBan's restored words that pdftotext gives back (order-free)
#   overlap / iou  share of VanBan's word boxes that a pdftotext -bbox-layout word overlaps
#                  (overlap coefficient >= 0.5 / intersection over union >= 0.5)
#   jpeg           whether pdfimages -j gives the input JPEG bytes back
#   ratio, budget  output / input size; bytes under (negative) 1.1 x input + 50 KB per page
#   pdf %          PDF writing time / scan time
#   qpdf           qpdf --check
# and totals over all files. Needs poppler-utils and qpdf (apt-get install poppler-utils qpdf).
#
# Usage: Scripts/benchmark/searchable-pdf.sh [FILES...]   (default: the fixtures above)
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in pdftotext pdfimages qpdf; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install poppler-utils qpdf" >&2; exit 1; }
done

swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(python3 -c '
import json
for f in json.load(open("Fixtures/scans/manifest.json")):
    if f["set"] in ("ppi200", "ppi150", "format", "rotation", "cleanup", "textlayer"):
        print("Fixtures/" + f["file"])
')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-34s %5s %7s %7s %7s %5s %6s %9s %6s %s\n' file pages words overlap iou jpeg ratio budget "pdf %" qpdf
for file in "${files[@]}"; do
  name=$(basename "$file")
  VANBAN_TIMINGS=1 "$vanban" scan --jobs 2 --format json --pdf "$work/$name.pdf" "$file" \
    >"$work/$name.json" 2>"$work/$name.err"
  scan=$(sed -n 's/^vanban: timing: scan \([0-9.]*\) s$/\1/p' "$work/$name.err")
  pdf=$(sed -n 's/^vanban: timing: pdf \([0-9.]*\) s.*/\1/p' "$work/$name.err")
  check=$(qpdf --check "$work/$name.pdf" >/dev/null 2>&1 && echo clean || echo ERRORS)
  python3 Scripts/benchmark/pdf_agreement.py "$work/$name.json" "$work/$name.pdf" "$file" \
    | python3 -c '
import json, sys
r = json.loads(sys.stdin.read()); scan, pdf, check = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
jpeg = {None: "-", True: "same", False: "DIFF"}[r["jpeg_identical"]]
print("%-34s %5d %6.2f%% %6.2f%% %6.2f%% %5s %6.3f %9d %5.1f%% %s" % (
    r["file"], r["pages"], r["words"], r["boxes_overlap"], r["boxes_iou"], jpeg, r["size_ratio"],
    r["over_budget_bytes"], 100 * pdf / scan, check))
r.update(scan_seconds=scan, pdf_seconds=pdf)
open(sys.argv[4], "a").write(json.dumps(r) + "\n")
' "$scan" "$pdf" "$check" "$work/all.jsonl"
done
python3 - "$work/all.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
words = sum(r["words"] * r["word_count"] for r in rows) / sum(r["word_count"] for r in rows)
overlap = sum(r["boxes_overlap"] * r["box_count"] for r in rows) / sum(r["box_count"] for r in rows)
iou = sum(r["boxes_iou"] * r["box_count"] for r in rows) / sum(r["box_count"] for r in rows)
jpegs = [r for r in rows if r["jpeg_identical"] is not None]
scan = sum(r["scan_seconds"] for r in rows)
pdf = sum(r["pdf_seconds"] for r in rows)
print(f"all {len(rows)} files, {sum(r['pages'] for r in rows)} pages: words {words:.2f}%, "
      f"box overlap {overlap:.2f}%, IoU {iou:.2f}%; JPEG bytes identical "
      f"{sum(r['jpeg_identical'] for r in jpegs)}/{len(jpegs)}; "
      f"over the size budget {sum(r['over_budget_bytes'] > 0 for r in jpegs)}/{len(jpegs)} JPEG inputs; "
      f"PDF writing {pdf:.2f} s for {scan:.2f} s of scanning ({100 * pdf / scan:.1f}%)")
PY
