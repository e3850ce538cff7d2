#!/usr/bin/env bash
# Whole-run speed of `vanban restore` (process start and model load included, as a user runs it)
# on the held-out evaluation texts of Fixtures/restorer, each repeated COPIES times:
#   general  — general-domain text typed without diacritics (one paragraph: no blank lines)
#   legal    — legal text typed without diacritics (one paragraph)
#   correct  — correct legal text (left as it is)
#   seed     — the seed dispatch's English-model OCR, paragraphs as scanned (blank lines), each
#              copy its own document part: the case where the document's second reading runs
#   gocr     — another engine's OCR (GOCR, unread glyphs written `_`), once: OCR of unknown
#              origin, each word searched under the pooled confusions of every engine
#   glued    — the first 5,000 characters of that OCR with its spaces and line breaks taken out:
#              runs of letters cut into syllables (the slowest text to restore)
# Prints words, processor seconds (user + system, the best of ROUNDS: on a shared virtual machine
# the wall clock counts other guests' work too), words per processor second and peak RSS per text,
# and the load alone (an empty input). With BASELINE=/path/to/another/vanban, the same for that binary in the same rounds
# and the ratio of the two speeds (this build / baseline).
#
# Usage: [BASELINE=…/vanban] Scripts/benchmark/restore-speed.sh [COPIES] [ROUNDS]   (default 20, 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-20}
rounds=${2:-3}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
baseline=${BASELINE:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

repeat() { # FILE SEPARATOR: COPIES copies of FILE, joined by SEPARATOR
  python3 -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read().rstrip("\n") + "\n"
sys.stdout.write(sys.argv[3].encode().decode("unicode_escape").join([t] * int(sys.argv[2])))' "$1" "$copies" "$2"
}
repeat Fixtures/restorer/heldout-general-stripped.txt "" >"$work/general.txt"
repeat Fixtures/restorer/heldout-stripped.txt "" >"$work/legal.txt"
repeat Fixtures/restorer/heldout-correct.txt "" >"$work/correct.txt"
repeat Fixtures/restorer/seed-dispatch-ocr.txt '\n' >"$work/seed.txt"
cp Fixtures/restorer/heldout-engine/ocr-gocr-output.txt "$work/gocr.txt"
# The glued text counts the words it was made of (its own `wc -w` is 1).
python3 -c 'import sys, itertools; words = open(sys.argv[1], encoding="utf-8").read().split()
lengths = list(itertools.accumulate(len(w) for w in words))
open(sys.argv[2] + ".words", "w").write(str(sum(1 for n in lengths if n <= 5000)))
open(sys.argv[2], "w", encoding="utf-8").write("".join(words)[:5000] + "\n")' \
  Fixtures/restorer/heldout-engine/ocr-gocr-output.txt "$work/glued.txt"
: >"$work/empty.txt"

run() { # BINARY FILE: processor seconds (user + system) and peak RSS (KB) of one run
  /usr/bin/time -f "%U %S %M" -o "$work/t" "$1" restore "$2" >/dev/null 2>&1
  read -r user system rss <"$work/t"
  echo "$(python3 -c "print(f'{$user + $system:.2f}')") $rss"
}

better() { # "SECONDS RSS" "SECONDS RSS": the one with fewer seconds (the first when empty)
  if [ -z "$1" ]; then echo "$2"; elif [ -z "$2" ]; then echo "$1"
  elif python3 -c "import sys; sys.exit(0 if ${2%% *} < ${1%% *} else 1)"; then echo "$2"
  else echo "$1"; fi
}

printf '%-8s %9s  %-37s %s\n' text words "this build: CPU s, words/s, peak MB" "${baseline:+baseline: CPU s, words/s, peak MB; ratio}"
for name in empty general legal correct seed gocr glued; do
  file="$work/$name.txt"
  words=$(cat "$file.words" 2>/dev/null || wc -w <"$file")
  # Rounds alternate between the two binaries, so that a busier spell of a shared machine
  # weighs on both alike; the best round of each is kept.
  mine="" theirs=""
  for _ in $(seq "$rounds"); do
    mine=$(better "$mine" "$(run "$vanban" "$file")")
    [ -n "$baseline" ] && theirs=$(better "$theirs" "$(run "$baseline" "$file")")
  done
  read -r seconds rss <<<"$mine"
  speed=$(python3 -c "print(int($words / $seconds) if $words else 0)")
  line=$(printf '%-8s %9d  %6.2f s %9d/s %5d MB' "$name" "$words" "$seconds" "$speed" $((rss / 1024)))
  if [ -n "$baseline" ]; then
    read -r bseconds brss <<<"$theirs"
    bspeed=$(python3 -c "print(int($words / $bseconds) if $words else 0)")
    ratio=$(python3 -c "print(f'{$bseconds / $seconds:.2f}')")
    line+=$(printf '   %6.2f s %9d/s %5d MB; %s×' "$bseconds" "$bspeed" $((brss / 1024)) "$ratio")
  fi
  echo "$line"
done
