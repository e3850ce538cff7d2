#!/usr/bin/env bash
# Records and body text from real scans next to the synthetic fixtures, in one run.
#
# Reads the 15 real scans of ../shared/realdocs (labelled in Fixtures/realdocs/records.json,
# first-page bodies in Fixtures/realdocs/bodies/) and the 13 synthetic 150/200 ppi fixture scans
# with `vanban scan --format json` (clean-up, Tesseract, second looks, restoration), then scores
# the parser on the restored text with Tesseract's text as fallback (what `scan --format json`
# does) field by field, and the body word error rate of the restored text, for each set.
#
# Usage: Scripts/benchmark/realdocs.sh [DIR]
#   DIR (default: a temporary folder) keeps realdocs/ and synthetic/ with, per scan,
#   <id>.scan.json, <id>.txt, <id>.raw.txt, <id>.record.json and <id>.body.txt. With RESCAN=0 and
#   an existing DIR the scans are not read again: only the parser is scored (for parser work).
#   SCAN_FLAGS adds options to `vanban scan` (e.g. SCAN_FLAGS="--doubt-below 0").
set -euo pipefail
cd "$(dirname "$0")/../.."
realdocs=${REALDOCS:-../shared/realdocs}
[ -d "$realdocs" ] || { echo "realdocs.sh: $realdocs not found" >&2; exit 1; }
swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
out=${1:-$(mktemp -d)}
mkdir -p "$out/realdocs" "$out/synthetic"
if [ "${RESCAN:-1}" != 0 ] || [ -z "$(ls "$out/realdocs")" ]; then
  python3 - "$out" "$vanban" "$realdocs" <<'PY'
import json, os, subprocess, sys, time
out, vanban, realdocs = sys.argv[1:4]

def scan(files, folder):
    start = time.time()
    flags = os.environ.get("SCAN_FLAGS", "").split()
    result = subprocess.run([vanban, "scan", "--no-parse", "--format", "json", "--jobs", "2"] + flags + files,
                            check=True, capture_output=True, text=True)
    documents = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    for path, document in zip(files, documents):
        name = os.path.basename(path).rsplit(".", 1)[0]
        for suffix, value in ((".scan.json", json.dumps(document, ensure_ascii=False)),
                              (".txt", document["text"]), (".raw.txt", document["rawText"])):
            with open(f"{out}/{folder}/{name}{suffix}", "w") as f:
                f.write(value)
    pages = sum(d["pageCount"] for d in documents)
    print(f"{folder}: {len(documents)} documents, {pages} pages read in {time.time() - start:.1f} s",
          file=sys.stderr)

labels = json.load(open("Fixtures/realdocs/records.json"))
scan([f"{realdocs}/{e['file']}" for e in labels], "realdocs")
scans = [e for e in json.load(open("Fixtures/scans/manifest.json")) if e["set"] in ("ppi200", "ppi150")]
scan(["Fixtures/" + e["file"] for e in scans], "synthetic")
PY
fi
# The expected records and bodies, written afresh each run (labels change without rescanning).
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]

def expect(folder, name, record, body):
    with open(f"{out}/{folder}/{name}.record.json", "w") as f:
        json.dump(record, f, ensure_ascii=False, indent=2)
    if body:
        with open(f"{out}/{folder}/{name}.body.txt", "w") as f:
            f.write(body)

for e in json.load(open("Fixtures/realdocs/records.json")):
    name = e["file"].rsplit(".", 1)[0]
    body = f"Fixtures/realdocs/bodies/{name}.txt"
    expect("realdocs", name, e["record"], open(body).read() if os.path.exists(body) else None)
for e in json.load(open("Fixtures/scans/manifest.json")):
    if e["set"] in ("ppi200", "ppi150"):
        name = e["file"].split("/")[-1].rsplit(".", 1)[0]
        expect("synthetic", name, json.load(open(f"Fixtures/dispatches/{e['dispatch']}.record.json")),
               e["pages"][0]["body"])
PY
for set in synthetic realdocs; do
  echo "== $set"
  "$vanban" parse --no-restore --raw --evaluate "$out/$set" > "$out/$set.report.txt"
  tail -3 "$out/$set.report.txt"
done
echo "(per-document mismatches: $out/realdocs.report.txt, $out/synthetic.report.txt)"
