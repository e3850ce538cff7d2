#!/usr/bin/env bash
# An archive of text files restored three ways, in one run (release build):
#   per file  — `vanban restore FILE > OUT` once per file, as a shell loop over an archive does
#   --out -j1 — `vanban restore IN --out OUT --jobs 1`: one process, the model loaded once
#   --out     — the same on every core (the default)
#   --records — the same, each file's record (what `vanban parse` prints) written beside it
# The archive: the held-out texts of Fixtures/restorer typed without diacritics (legal and
# general) and the seed dispatch's English-model OCR, cut into files of about 400 words (whole
# lines), COPIES times over, in folders of 50. Prints wall and CPU seconds, files/s and words/s
# per way and the ratio of each to the per-file loop's wall time, and checks that the ways give
# byte-identical restored files.
#
# Usage: Scripts/benchmark/restore-folder.sh [COPIES]   (default 5: about 200 files)
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-5}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/in" "$copies" <<'PY'
import os, sys
out, copies = sys.argv[1], int(sys.argv[2])
lines = []
for name in ("heldout-stripped.txt", "heldout-general-stripped.txt", "seed-dispatch-ocr.txt"):
    lines += open(f"Fixtures/restorer/{name}", encoding="utf-8").read().splitlines()
files, current, words = [], [], 0
for line in lines * copies:
    current.append(line)
    words += len(line.split())
    if words >= 400:
        files.append(current)
        current, words = [], 0
if current:
    files.append(current)
for number, content in enumerate(files):
    folder = f"{out}/{number // 50:03d}"
    os.makedirs(folder, exist_ok=True)
    with open(f"{folder}/{number:05d}.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(content) + "\n")
PY
files=$(find "$work/in" -type f | wc -l)
words=$(cat $(find "$work/in" -type f) | wc -w)

timed() { # NAME COMMAND...: wall and CPU seconds of the command
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" 2>/dev/null
  read -r wall user system <"$work/t"
  echo "$name $wall $(python3 -c "print(f'{$user + $system:.2f}')")"
}

loop() {
  find "$work/in" -type f | sort | while read -r file; do
    target="$work/loop/${file#"$work/in/"}"
    mkdir -p "$(dirname "$target")"
    "$vanban" restore "$file" >"$target"
  done
}
export -f loop
export vanban work
results=()
results+=("$(timed "per-file" bash -c loop)")
results+=("$(timed "--out-j1" "$vanban" restore "$work/in" --out "$work/one" --jobs 1)")
results+=("$(timed "--out" "$vanban" restore "$work/in" --out "$work/all")")
results+=("$(timed "--records" "$vanban" restore "$work/in" --out "$work/records" --records)")
diff -r "$work/loop" "$work/one" >/dev/null && diff -r "$work/loop" "$work/all" >/dev/null &&
  diff -r -x '*.json' "$work/loop" "$work/records" >/dev/null ||
  { echo "restore-folder.sh: the ways wrote different texts" >&2; exit 1; }

printf '%d files, %d words, %d cores; outputs byte-identical\n' "$files" "$words" "$(nproc)"
printf '%-9s %8s %8s %9s %10s %7s\n' way "wall s" "CPU s" files/s words/s ratio
read -r _ base _ <<<"${results[0]}"
for line in "${results[@]}"; do
  read -r name wall cpu <<<"$line"
  python3 -c "print(f'{\"$name\":<9} {$wall:8.2f} {$cpu:8.2f} {$files / $wall:9.1f} {$words / $wall:10.0f} {$base / $wall:6.2f}×')"
done
