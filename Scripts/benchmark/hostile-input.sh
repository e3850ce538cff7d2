#!/usr/bin/env bash
# Hostile and huge input (issue 16): memory and time of `vanban restore` on large text, and the
# message, exit status and time of every odd case, measured with the release build.
#
#   1. Memory: `vanban restore` of 1 MB (one block: the baseline, measured in the same run), of
#      200 MB (the fixture texts repeated: restorer fixtures, dispatches, legacy passages), of a
#      20 MB line with spaces, of a 20 MB line of text with its spaces taken out, and of a 20 MB
#      line of letters only. Peak RSS (GNU time's maximum resident set size) and wall time of
#      each; the output is complete when it has as many lines as the input and at least as many
#      bytes (restoring adds marks, never removes text).
#   2. Odd cases, each under `timeout 60`: restore < /dev/zero, restore /dev/zero, parse of an
#      image, parse of 200 MB, restore of bytes that are not text, restore of TCVN3 bytes; batch
#      over a folder holding a FIFO, a link to /dev/zero, a link to nothing and a folder the user
#      cannot read (run as nobody through setpriv when this runs as root); batch with two input
#      folders of one name and --out; batch with --out naming the input. Exit status, seconds
#      and stderr (first lines) of each.
#
# Usage: Scripts/benchmark/hostile-input.sh   (needs GNU time: apt-get install time; about
#        500 MB of disk in $TMPDIR; SIZE_MB=200 LINE_MB=20 change the sizes, MEMORY=0 skips
#        step 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
size_mb=${SIZE_MB:-200}
line_mb=${LINE_MB:-20}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
work=$(mktemp -d)
chmod 755 "$work"
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT

# --- 1. Inputs -------------------------------------------------------------------------------
python3 - "$work" "$size_mb" "$line_mb" <<'PY'
import glob, random, sys
work, size_mb, line_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
parts = sorted(glob.glob("Fixtures/restorer/*.txt")) + sorted(glob.glob("Fixtures/dispatches/*.txt")) \
    + ["Fixtures/legacy/tcvn3.misread.txt", "Fixtures/legacy/vni.expected.txt"]
unit = b"".join(open(p, "rb").read().rstrip(b"\n") + b"\n\n" for p in parts)
def write(name, data, size):
    with open(f"{work}/{name}", "wb") as out:
        written = 0
        while written < size:
            piece = data[: size - written]
            if len(piece) < len(data):
                # The last piece ends on a whole character: a cut one is not text (a truncated
                # file), which restore rightly refuses.
                piece = piece.decode("utf-8", "ignore").encode()
                if not piece:
                    break
            out.write(piece)
            written += len(piece)
write("one-mb.txt", unit, 1 << 20)
write("big.txt", unit, size_mb << 20)
flat = unit.replace(b"\n", b" ")
write("line-spaces.txt", flat, line_mb << 20)
write("line-glued.txt", flat.replace(b" ", b""), line_mb << 20)
random.seed(16)
letters = bytes(random.choice(b"abcdeghiklmnopqrstuvxy") for _ in range(1 << 20))
write("line-letters.txt", letters, line_mb << 20)
PY

names=(one-mb big line-spaces line-glued line-letters)
[ "${MEMORY:-1}" = 0 ] && names=()
echo "1. vanban restore: peak memory and time (release build)"
printf '%-18s %10s %10s %9s  %s\n' input "size MB" "peak MB" seconds complete
for name in "${names[@]}"; do
  input="$work/$name.txt"
  /usr/bin/time -f "%M %e" -o "$work/time" "$vanban" restore "$input" >"$work/out" 2>"$work/err" \
    || { echo "$name: exit $?: $(head -3 "$work/err")"; continue; }
  read -r rss seconds <"$work/time"
  in_lines=$(wc -l <"$input")
  out_lines=$(wc -l <"$work/out")
  in_bytes=$(stat -c %s "$input")
  out_bytes=$(stat -c %s "$work/out")
  complete=no
  [ "$in_lines" = "$out_lines" ] && [ "$out_bytes" -ge "$in_bytes" ] && complete=yes
  printf '%-18s %10d %10d %9s  %s (%s lines, %s -> %s bytes)\n' "$name" $((in_bytes >> 20)) \
    $((rss / 1024)) "$seconds" "$complete" "$in_lines" "$in_bytes" "$out_bytes"
  sed -n '1,2p' "$work/err" | sed 's/^/    stderr: /'
  rm -f "$work/out"
done

# --- 2. Odd cases ----------------------------------------------------------------------------
echo
echo "2. odd input: exit status, seconds, stderr"
case_run() { # case_run NAME COMMAND...: runs under timeout 60 with stdin from $stdin
  local name=$1; shift
  local start end status=0
  start=$(date +%s.%N)
  timeout 60 "$@" <"${stdin:-/dev/null}" >"$work/case.out" 2>"$work/case.err" || status=$?
  end=$(date +%s.%N)
  printf '%-34s exit %3s  %6.2f s\n' "$name" "$status" "$(echo "$end - $start" | bc)"
  { grep -v '^\[' "$work/case.err" || true; } | head -6 | sed 's/^/    /'
  if [ -s "$work/case.out" ]; then
    tail -1 "$work/case.out" | cut -c1-160 | sed 's/^/    stdout: /'
  fi
}
stdin=/dev/zero case_run "restore < /dev/zero" "$vanban" restore
case_run "restore /dev/zero" "$vanban" restore /dev/zero
case_run "parse an image" "$vanban" parse Fixtures/scans/bc-365-lechan-200.jpg
case_run "parse ${size_mb} MB" "$vanban" parse "$work/big.txt"
printf 'abc\n\xff\xfe\x41\n' >"$work/latin1.txt"
case_run "restore bytes that are not text" "$vanban" restore "$work/latin1.txt"
case_run "restore TCVN3 bytes" "$vanban" restore Fixtures/legacy/tcvn3.bytes.txt

tree="$work/tree"
mkdir -p "$tree/in/closed" "$tree/in/sub"
cp Fixtures/broken/empty.png "$tree/in/sub/empty.png"
cp Fixtures/broken/notes.tiff "$tree/in/closed/notes.tiff"
mkfifo "$tree/in/pipe"
ln -s /dev/zero "$tree/in/zero"
ln -s "$tree/in/missing" "$tree/in/dangling"
chmod 000 "$tree/in/closed"
chmod 777 "$tree" "$tree/in"
launcher=()
if [ "$(id -u)" = 0 ]; then launcher=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
case_run "batch: FIFO, /dev/zero, link, closed" "${launcher[@]}" "$vanban" batch "$tree/in" \
  --catalog "$tree/catalogue.sqlite"
case_run "report --failed" "${launcher[@]}" "$vanban" report --catalog "$tree/catalogue.sqlite" --failed
cut -c1-160 "$work/case.out" | sed 's/^/    /'
chmod 755 "$tree/in/closed"

mkdir -p "$tree/a/scans" "$tree/b/scans"
cp Fixtures/broken/empty.png "$tree/a/scans/x.png"
cp Fixtures/broken/notes.tiff "$tree/b/scans/x.png"
case_run "batch: two roots named scans, --out" "$vanban" batch "$tree/a/scans" "$tree/b/scans" \
  --catalog "$tree/two.sqlite" --out "$tree/out"
case_run "batch: --out is the input" "$vanban" batch "$tree/a/scans" \
  --catalog "$tree/same.sqlite" --out "$tree/a/scans"
