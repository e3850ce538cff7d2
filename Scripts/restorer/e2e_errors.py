#!/usr/bin/env python3
"""Measures what the restorer does to real Vietnamese-model OCR of the fixture scans.

For each page `<id>` it compares Tesseract's text (`<id>.raw.txt`) and the restored text
(`<id>.txt`, or `vanban restore <id>.raw.txt` run now with `--vanban`) with the page's
ground truth `Fixtures/scans/<id>.gt.txt`, aligned the way
`Scripts/fixtures/measure_tesseract.py` aligns a passage with OCR text (semi-global edit
distance over the NFC text, whitespace collapsed):

* word errors: the truth's words against their best-matching run of OCR words;
* character errors: `passage_cer` of measure_tesseract.py;
* per line: each OCR line's edit distance to its best-matching substring of the truth,
  raw against restored. A line the restorer made worse is listed; one that matched the
  truth exactly and no longer does is "damaged".

    python3 Scripts/restorer/e2e_errors.py --e2e /work/notes/e2e
    python3 Scripts/restorer/e2e_errors.py --e2e /work/notes/e2e --vanban .build/release/vanban --check

With `--check` the exit status is 1 unless restored text has fewer word errors than raw
text and no line got worse.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Scripts" / "fixtures"))
from measure_tesseract import infix_edit_distance, normalise, passage_cer  # noqa: E402


def word_distance(truth: str, text: str) -> tuple[int, int]:
    """(edit distance of the truth's words to their best-matching run of `text`'s words,
    number of truth words); each distinct word becomes one private-use character so that
    the character aligner of measure_tesseract.py aligns words."""
    codes: dict[str, str] = {}

    def encode(words: list[str]) -> str:
        return "".join(codes.setdefault(w, chr(0xF0000 + len(codes))) for w in words)

    truth_words = normalise(truth).split()
    return infix_edit_distance(encode(truth_words), encode(normalise(text).split())), len(truth_words)


def line_distances(text: str, truth: str) -> list[tuple[str, int]]:
    """Each non-blank line of `text` with its distance to the best substring of the truth."""
    reference = normalise(truth)
    return [(line, infix_edit_distance(normalise(line), reference)) for line in text.splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--e2e", type=Path, required=True, help="folder of <id>.raw.txt and <id>.txt")
    parser.add_argument("--truth", type=Path, default=ROOT / "Fixtures" / "scans")
    parser.add_argument("--vanban", type=Path, help="restore the raw text with this binary instead of reading <id>.txt")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    totals = {"words": 0, "raw": 0, "restored": 0}
    cer_raw = cer_restored = 0.0
    worse: list[str] = []
    better = damaged = pages = 0
    for raw_path in sorted(args.e2e.glob("*.raw.txt")):
        page = raw_path.name.removesuffix(".raw.txt")
        truth_path = args.truth / f"{page}.gt.txt"
        if not truth_path.exists():
            continue
        truth = truth_path.read_text(encoding="utf-8")
        raw = raw_path.read_text(encoding="utf-8")
        if args.vanban:
            restored = subprocess.run(
                [str(args.vanban), "restore", str(raw_path)], capture_output=True, text=True, check=True
            ).stdout
        else:
            restored = (args.e2e / f"{page}.txt").read_text(encoding="utf-8")
        raw_errors, words = word_distance(truth, raw)
        restored_errors, _ = word_distance(truth, restored)
        totals["words"] += words
        totals["raw"] += raw_errors
        totals["restored"] += restored_errors
        page_cer_raw, page_cer_restored = passage_cer(truth, raw), passage_cer(truth, restored)
        cer_raw += page_cer_raw
        cer_restored += page_cer_restored
        pages += 1
        print(
            f"{page:24} words {words:4}  word errors {raw_errors:3} → {restored_errors:3}"
            f"  CER {page_cer_raw * 100:5.2f}% → {page_cer_restored * 100:5.2f}%"
        )
        raw_lines, restored_lines = line_distances(raw, truth), line_distances(restored, truth)
        if len(raw_lines) != len(restored_lines):
            print(f"  {page}: the restorer changed the line count", file=sys.stderr)
            return 2
        for (before, d_before), (after, d_after) in zip(raw_lines, restored_lines):
            if d_after > d_before:
                kind = "DAMAGED" if d_before == 0 else "worse"
                damaged += d_before == 0
                worse.append(f"  {kind} {page}: {before!r} ({d_before}) → {after!r} ({d_after})")
            elif d_after < d_before:
                better += 1
    if pages == 0:
        print("no page with a ground truth found", file=sys.stderr)
        return 2
    print(
        f"all {pages} pages: {totals['words']} words, word errors {totals['raw']} → {totals['restored']}"
        f" (WER {totals['raw'] / totals['words'] * 100:.2f}% → {totals['restored'] / totals['words'] * 100:.2f}%),"
        f" mean CER {cer_raw / pages * 100:.2f}% → {cer_restored / pages * 100:.2f}%"
    )
    print(f"lines improved {better}, made worse {len(worse)} (of them correct before: {damaged})")
    for line in worse:
        print(line)
    if args.check and (totals["restored"] >= totals["raw"] or worse):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
