#!/usr/bin/env bash
# Throughput of `vanban scan --raw` against plain Tesseract on the same pages, in the same run.
#
# Baseline: the pages split over two `tesseract IMG - -l vie` process chains run side by side, each
# with OMP_THREAD_LIMIT=1 (the fastest way to run the Tesseract CLI on two cores). VanBan: one
# `vanban scan --raw --jobs 2` call over all pages, which also cleans every page up (seal drop-out,
# deskew, upscaling, background flattening) and lays out the columns.
# Prints pages/min for both, the ratio VanBan/baseline, and peak memory (max RSS) of each; and,
# from the same rounds, `vanban scan --raw --jobs 2 --no-looks`: what the dispatch's second looks
# (dates, handwritten figures, signer, stamps) cost, as a share of the scan time.
#
# Usage: Scripts/benchmark/scan-throughput.sh [ROUNDS]   (default 2 rounds; the best of each is kept)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-2}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
command -v tesseract >/dev/null || { echo "needs the tesseract CLI: apt-get install tesseract-ocr" >&2; exit 1; }

swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban

mapfile -t pages < <(python3 -c '
import json
for f in json.load(open("Fixtures/scans/manifest.json")):
    if f["set"] in ("ppi200", "ppi150"): print("Fixtures/" + f["file"])
')
count=${#pages[@]}
[ "$count" -ge 12 ] || { echo "only $count benchmark pages; need 12" >&2; exit 1; }
half=$(( (count + 1) / 2 ))
first=("${pages[@]:0:half}")
second=("${pages[@]:half}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chain() { # run tesseract over the given images one after another, recording peak RSS of each
  local log=$1; shift
  for image in "$@"; do
    OMP_THREAD_LIMIT=1 /usr/bin/time -f "%M" -a -o "$log" tesseract "$image" - -l vie >/dev/null 2>/dev/null
  done
}

now() { date +%s.%N; }
best_base=999999; best_vanban=999999; best_plain=999999; base_rss=0; vanban_rss=0
for round in $(seq "$rounds"); do
  : > "$work/a.rss"; : > "$work/b.rss"
  start=$(now)
  chain "$work/a.rss" "${first[@]}" &
  chain "$work/b.rss" "${second[@]}" &
  wait
  base=$(echo "$(now) - $start" | bc)
  rss=$(cat "$work/a.rss" "$work/b.rss" | sort -n | tail -1)

  start=$(now)
  /usr/bin/time -f "%M" -o "$work/v.rss" "$vanban" scan --raw --jobs 2 "${pages[@]}" >"$work/out.txt"
  vb=$(echo "$(now) - $start" | bc)
  start=$(now)
  "$vanban" scan --raw --jobs 2 --no-looks "${pages[@]}" >"$work/plain.txt"
  plain=$(echo "$(now) - $start" | bc)
  echo "round $round: tesseract x2 ${base}s, vanban ${vb}s, vanban --no-looks ${plain}s"
  if (( $(echo "$plain < $best_plain" | bc) )); then best_plain=$plain; fi
  if (( $(echo "$base < $best_base" | bc) )); then best_base=$base; fi
  if (( $(echo "$vb < $best_vanban" | bc) )); then best_vanban=$vb; fi
  base_rss=$rss
  vanban_rss=$(cat "$work/v.rss")
done

echo "pages: $count ($(printf '%s ' "${pages[@]}" | wc -w) files, 150 and 200 ppi colour scans)"
printf 'tesseract -l vie, 2 processes, OMP_THREAD_LIMIT=1: %.1f pages/min, peak RSS %d MB per process\n' \
  "$(echo "$count * 60 / $best_base" | bc -l)" "$(( base_rss / 1024 ))"
printf 'vanban scan --raw --jobs 2:                         %.1f pages/min, peak RSS %d MB\n' \
  "$(echo "$count * 60 / $best_vanban" | bc -l)" "$(( vanban_rss / 1024 ))"
printf 'throughput ratio vanban / tesseract: %.2f\n' "$(echo "$best_base / $best_vanban" | bc -l)"
printf 'second looks: %.1f%% of the scan time (vanban %.1f s, --no-looks %.1f s)\n' \
  "$(echo "($best_vanban - $best_plain) * 100 / $best_vanban" | bc -l)" "$best_vanban" "$best_plain"
