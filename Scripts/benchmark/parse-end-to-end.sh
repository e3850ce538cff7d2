#!/usr/bin/env bash
# Field accuracy of the records VanBan reads from scans, end to end: `vanban scan` (clean-up,
# Tesseract, diacritic restoration) over the 150 and 200 ppi fixture scans, then the parser on
# the restored text with Tesseract's own text as fallback (what `vanban scan --format json`
# does), scored field by field against the hand-written records in Fixtures/dispatches.
#
# Usage: Scripts/benchmark/parse-end-to-end.sh [DIR]
#   DIR (default: a temporary folder) keeps, per scan, <id>.txt (restored text), <id>.raw.txt
#   (Tesseract's text), <id>.scan.json and <id>.record.json (expected); it is what
#   `python3 Scripts/restorer/e2e_errors.py --e2e DIR` reads.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
out=${1:-$(mktemp -d)}
mkdir -p "$out"
python3 - "$out" "$vanban" <<'PY'
import json, shutil, subprocess, sys
out, vanban = sys.argv[1], sys.argv[2]
scans = [e for e in json.load(open("Fixtures/scans/manifest.json")) if e["set"] in ("ppi200", "ppi150")]
result = subprocess.run(
    [vanban, "scan", "--no-parse", "--format", "json", "--jobs", "2"]
    + ["Fixtures/" + e["file"] for e in scans],
    check=True, capture_output=True, text=True)
documents = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
for entry, document in zip(scans, documents):
    name = entry["file"].split("/")[-1].rsplit(".", 1)[0]
    with open(f"{out}/{name}.scan.json", "w") as f:
        json.dump(document, f, ensure_ascii=False)
    with open(f"{out}/{name}.txt", "w") as f:
        f.write(document["text"])
    with open(f"{out}/{name}.raw.txt", "w") as f:
        f.write(document["rawText"])
    shutil.copyfile(f"Fixtures/dispatches/{entry['dispatch']}.record.json", f"{out}/{name}.record.json")
print(f"{len(documents)} scans read into {out}", file=sys.stderr)
PY
"$vanban" parse --no-restore --raw --evaluate "$out"
