#!/usr/bin/env python3
"""Writes the restorer's held-out evaluation sets from the shared corpus.

A corpus line is held out when FNV-1a64(line) % 100 == 0; `vanban model build`
skips exactly those lines. Held-out lines are split again by (hash // 100) % 2:
even lines feed the OCR channel model (ocr_channel.py), odd lines are evaluation text.

    python3 Scripts/restorer/heldout.py [--shared ../shared] [--out Fixtures/restorer]

Outputs (small, committed):
  heldout-correct.txt   evaluation lines in modern tone-mark style (the truth)
  heldout-stripped.txt  the same lines typed without diacritics
"""

import argparse
import lzma
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from vntext import fnv1a64, modern_tone_marks, strip_diacritics  # noqa: E402

CORPORA = ("phapdien.txt.xz", "vlc-laws.txt.xz")


def held_out_lines(shared: str, pool: int):
    """Yields held-out corpus lines of one pool (0: channel text, 1: evaluation text)."""
    for name in CORPORA:
        with lzma.open(os.path.join(shared, "corpus", name), "rt", encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                h = fnv1a64(line)
                if h % 100 == 0 and (h // 100) % 2 == pool:
                    yield h, line


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    p.add_argument("--out", default="Fixtures/restorer")
    p.add_argument("--bytes", type=int, default=50_000, help="budget for heldout-correct.txt")
    args = p.parse_args()

    candidates, seen = [], set()
    for h, line in held_out_lines(args.shared, 1):
        words = line.split()
        if 6 <= len(words) <= 60 and h not in seen:
            seen.add(h)
            candidates.append((h, modern_tone_marks(line)))
    # Ordering by a second hash spreads the sample over both corpora and all topics.
    candidates.sort(key=lambda item: fnv1a64(str(item[0])))
    chosen, size = [], 0
    for _, line in candidates:
        if size + len(line.encode()) > args.bytes:
            break
        chosen.append(line)
        size += len(line.encode()) + 1
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "heldout-correct.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(chosen) + "\n")
    with open(os.path.join(args.out, "heldout-stripped.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(strip_diacritics(line) for line in chosen) + "\n")
    print(f"{len(chosen)} lines, {size} bytes, from {len(candidates)} evaluation candidates")


if __name__ == "__main__":
    main()
