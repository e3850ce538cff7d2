#!/usr/bin/env bash
# Throughput and memory of `vanban batch` (OCR + clean-up + diacritic restoration + parsing +
# catalogue commits) against Tesseract and OCRmyPDF on the same pages, in the same run.
#
#   1. Builds a tree of >= 40 pages of mixed fixtures (JPEG, PNG, TIFF, PDF; 120-200 ppi; rotated,
#      skewed, dark). Each JPEG is used twice, the copy made distinct by one appended byte (decoders
#      ignore bytes after the end marker), because the catalogue reads identical files only once.
#   2. Baseline: single-threaded `tesseract IMG - -l vie` (OMP_THREAD_LIMIT=1) over the image pages;
#      target: vanban pages/min >= 0.9 x that rate x core count.
#   3. `vanban batch TREE --catalog ... --jobs <cores>` over the whole tree.
#   4. OCRmyPDF: the JPEG pages bound losslessly into one PDF (img2pdf), `ocrmypdf --sidecar
#      -l vie -j <cores> --output-type pdf`; vanban batch on the same PDF; ratio (goal >= 1.5).
#   5. With MEMORY_PAGES=N (e.g. 1000): a batch over N distinct pages, peak RSS (VmHWM) logged
#      at 100 pages and at the end.
#
# Usage: Scripts/benchmark/batch-throughput.sh   (needs tesseract-ocr-vie, time, bc; for step 4
#        pip install ocrmypdf img2pdf). ROUNDS=N (default 2) repeats steps 2-3, keeping the best
#        time of each; MEMORY_PAGES=1000 adds step 5; THROUGHPUT=0 skips steps 2-4 (memory only).
set -euo pipefail
cd "$(dirname "$0")/../.."
cores=$(nproc)
command -v tesseract >/dev/null || { echo "needs the tesseract CLI: apt-get install tesseract-ocr" >&2; exit 1; }
command -v bc >/dev/null || { echo "needs bc: apt-get install bc" >&2; exit 1; }

swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }

# 1. The tree.
page_count=$(python3 Scripts/benchmark/fixture_tree.py "$work/tree")
echo "tree: $page_count pages" >&2
[ "$page_count" -ge 40 ] || { echo "only $page_count pages; need 40" >&2; exit 1; }
mapfile -t images < <(find "$work/tree/copy0" -type f \( -name '*.jpg' -o -name '*.png' -o -name '*.tiff' \) | sort)
image_pages=$(python3 -c '
import json, sys
fixtures = {f["file"].split("/")[-1]: len(f["pages"]) for f in json.load(open("Fixtures/scans/manifest.json"))}
print(sum(fixtures[p.split("/")[-1]] for p in sys.argv[1:]))' "${images[@]}")

# 2-3. Rounds of: single-threaded Tesseract over the image pages; the same pages split over
# <cores> Tesseract processes (what the machine really gives right now, for a shared machine);
# `vanban batch` over the whole tree into a fresh catalogue. The best time of each is kept.
chain() { for image in "$@"; do OMP_THREAD_LIMIT=1 tesseract "$image" - -l vie >/dev/null 2>&1; done; }
best_single=999999; best_parallel=999999; best_batch=999999
if [ "${THROUGHPUT:-1}" != 0 ]; then
for round in $(seq "${ROUNDS:-2}"); do
  start=$(now); chain "${images[@]}"; single=$(echo "$(now) - $start" | bc)
  start=$(now)
  for worker in $(seq 0 $((cores - 1))); do
    chain $(for i in "${!images[@]}"; do [ $((i % cores)) -eq "$worker" ] && echo "${images[$i]}"; done) &
  done
  wait
  parallel=$(echo "$(now) - $start" | bc)
  rm -f "$work"/catalogue.sqlite*
  start=$(now)
  /usr/bin/time -f "%M" -o "$work/batch.rss" "$vanban" batch "$work/tree" --catalog "$work/catalogue.sqlite" \
    --jobs "$cores" >"$work/batch.out" 2>"$work/batch.err" || [ $? -eq 2 ]
  batch=$(echo "$(now) - $start" | bc)
  echo "round $round: tesseract 1 process ${single}s ($image_pages pages), $cores processes ${parallel}s; vanban batch ${batch}s ($page_count pages)"
  if (( $(echo "$single < $best_single" | bc) )); then best_single=$single; fi
  if (( $(echo "$parallel < $best_parallel" | bc) )); then best_parallel=$parallel; fi
  if (( $(echo "$batch < $best_batch" | bc) )); then best_batch=$batch; fi
done
tess_rate=$(echo "$image_pages * 60 / $best_single" | bc -l)
parallel_rate=$(echo "$image_pages * 60 / $best_parallel" | bc -l)
batch_rate=$(echo "$page_count * 60 / $best_batch" | bc -l)
echo "summary: $(tail -1 "$work/batch.out")"
printf 'tesseract -l vie, 1 process, OMP_THREAD_LIMIT=1: %.1f pages/min\n' "$tess_rate"
printf 'tesseract -l vie, %d processes:                  %.1f pages/min\n' "$cores" "$parallel_rate"
printf 'vanban batch --jobs %d (restore + parse + catalogue): %.1f pages/min, peak RSS %d MB\n' \
  "$cores" "$batch_rate" "$(( $(cat "$work/batch.rss") / 1024 ))"
printf 'ratio vanban / (tesseract 1 process x %d cores): %.2f (target >= 0.90)\n' "$cores" \
  "$(echo "$batch_rate / ($tess_rate * $cores)" | bc -l)"
printf 'ratio vanban / (%d tesseract processes): %.2f\n' "$cores" "$(echo "$batch_rate / $parallel_rate" | bc -l)"

# 4. OCRmyPDF on the same pages as one PDF.
if command -v ocrmypdf >/dev/null && command -v img2pdf >/dev/null; then
  mapfile -t jpegs < <(find "$work/tree/copy0" -type f -name '*.jpg' | sort)
  mkdir -p "$work/pdf"
  img2pdf "${jpegs[@]}" -o "$work/pdf/pages.pdf"
  start=$(now)
  OMP_THREAD_LIMIT=1 ocrmypdf --sidecar "$work/ocrmypdf.txt" -l vie -j "$cores" --output-type pdf --force-ocr \
    "$work/pdf/pages.pdf" "$work/ocrmypdf.pdf" 2>"$work/ocrmypdf.err"
  ocrmypdf_seconds=$(echo "$(now) - $start" | bc)
  start=$(now)
  "$vanban" batch "$work/pdf" --catalog "$work/pdf-catalogue.sqlite" --jobs "$cores" >/dev/null 2>&1
  vanban_pdf_seconds=$(echo "$(now) - $start" | bc)
  printf 'one %d-page PDF: ocrmypdf -j %d %.1f s, vanban batch %.1f s, ratio %.2f (goal >= 1.5)\n' \
    "${#jpegs[@]}" "$cores" "$ocrmypdf_seconds" "$vanban_pdf_seconds" "$(echo "$ocrmypdf_seconds / $vanban_pdf_seconds" | bc -l)"
else
  echo "ocrmypdf comparison skipped: pip install ocrmypdf img2pdf (apt: ghostscript)"
fi
fi

# 5. Memory over many pages.
if [ -n "${MEMORY_PAGES:-}" ]; then
  python3 - "$work/many" "$MEMORY_PAGES" <<'PY'
import glob, os, sys
root, total = sys.argv[1], int(sys.argv[2])
sources = sorted(glob.glob("Fixtures/scans/*-200.jpg"))
os.makedirs(root, exist_ok=True)
for n in range(total):
    data = open(sources[n % len(sources)], "rb").read()
    folder = os.path.join(root, f"{n // 100:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"page-{n:05d}.jpg"), "wb") as out:
        out.write(data + b"\n" + str(n).encode())
PY
  "$vanban" batch "$work/many" --catalog "$work/many.sqlite" --jobs "$cores" >"$work/many.out" 2>"$work/many.err" &
  pid=$!
  at100=""
  mark=100
  start=$(now)
  while kill -0 "$pid" 2>/dev/null; do
    done_pages=$(grep -c '^\[' "$work/many.err" || true)
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    if [ -z "$at100" ] && [ "$done_pages" -ge 100 ]; then at100=$hwm; fi
    if [ -n "$rss" ] && [ "$done_pages" -ge "$mark" ]; then
      printf '  %5d pages: RSS %d MB, peak %d MB, %.0f s\n' "$done_pages" "$((rss / 1024))" \
        "$((hwm / 1024))" "$(echo "$(now) - $start" | bc)"
      mark=$((mark + 100))
    fi
    [ -n "$hwm" ] && last=$hwm
    sleep 1
  done
  wait "$pid" || true
  echo "summary: $(tail -1 "$work/many.out")"
  printf 'memory: peak RSS %d MB after 100 pages, %d MB after %d pages\n' \
    "$(( ${at100:-0} / 1024 ))" "$(( ${last:-0} / 1024 ))" "$MEMORY_PAGES"
fi
