#!/usr/bin/env python3
"""Writes the restorer's held-out evaluation sets from the shared corpus.

A corpus line is held out when FNV-1a64(line) % 100 == 0; `vanban model build`
skips exactly those lines, in every corpus file it reads (the legal corpus and
corpus/general/ alike). Held-out lines are split again by (hash // 100) % 2:
even lines feed the OCR channel model (ocr_channel.py), odd lines are evaluation text.

    python3 Scripts/restorer/heldout.py [--shared ../shared] [--out Fixtures/restorer]
    # about 25 s of CPU (hashing corpus/general dominates)

Outputs (small, committed):
  heldout-correct.txt           legal evaluation lines in modern tone-mark style (the truth)
  heldout-stripped.txt          the same lines typed without diacritics
  heldout-general-correct.txt   general-domain evaluation lines (corpus/general/, without
                                vntc-train, whose news text must not be shipped), same rules
  heldout-general-stripped.txt  the same lines typed without diacritics
"""

import argparse
import lzma
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from vntext import fnv1a64, modern_tone_marks, strip_diacritics  # noqa: E402

CORPORA = ("phapdien.txt.xz", "vlc-laws.txt.xz")
# General-domain text (shared/corpus/general/). vntc-train's news articles are kept by
# their publishers' copyright: its lines may be counted (channel tables) but never copied
# into a shipped file, so the fixtures draw only from GENERAL_SHIPPABLE.
GENERAL_SHIPPABLE = (
    "general/viwiki.txt.xz",
    "general/viwik19.txt.xz",
    "general/viwikisum.txt.xz",
    "general/khudocmo.txt.xz",
    "general/debian-vi.txt.xz",
)
GENERAL = GENERAL_SHIPPABLE + ("general/vntc-train.txt.xz",)


def held_out_lines(shared: str, pool: int, corpora=CORPORA):
    """Yields held-out corpus lines of one pool (0: channel text, 1: evaluation text)."""
    for name in corpora:
        with lzma.open(os.path.join(shared, "corpus", name), "rt", encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                h = fnv1a64(line)
                if h % 100 == 0 and (h // 100) % 2 == pool:
                    yield h, line


def mixed_line(index, line):
    """Line `index` of a document typed partly without diacritics: every fourth one stripped."""
    return strip_diacritics(line) if index % 4 == 3 else line


def write_set(shared, corpora, out, prefix, budget):
    """Writes PREFIX-correct.txt, PREFIX-stripped.txt and PREFIX-mixed.txt from the
    evaluation pool."""
    candidates, seen = [], set()
    for h, line in held_out_lines(shared, 1, corpora):
        words = line.split()
        if 6 <= len(words) <= 60 and h not in seen:
            seen.add(h)
            candidates.append((h, modern_tone_marks(line)))
    # Ordering by a second hash spreads the sample over both corpora and all topics.
    candidates.sort(key=lambda item: fnv1a64(str(item[0])))
    chosen, size = [], 0
    for _, line in candidates:
        if size + len(line.encode()) > budget:
            break
        chosen.append(line)
        size += len(line.encode()) + 1
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"{prefix}-correct.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(chosen) + "\n")
    with open(os.path.join(out, f"{prefix}-stripped.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(strip_diacritics(line) for line in chosen) + "\n")
    # A document typed partly without diacritics: every fourth line.
    with open(os.path.join(out, f"{prefix}-mixed.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(mixed_line(i, line) for i, line in enumerate(chosen)) + "\n")
    print(f"{prefix}: {len(chosen)} lines, {size} bytes, from {len(candidates)} evaluation candidates")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    p.add_argument("--out", default="Fixtures/restorer")
    p.add_argument("--bytes", type=int, default=50_000, help="budget for heldout-correct.txt")
    p.add_argument("--general-bytes", type=int, default=48_000,
                   help="budget for heldout-general-correct.txt (0: skip the general set)")
    args = p.parse_args()
    write_set(args.shared, CORPORA, args.out, "heldout", args.bytes)
    if args.general_bytes:
        write_set(args.shared, GENERAL_SHIPPABLE, args.out, "heldout-general", args.general_bytes)


if __name__ == "__main__":
    main()
