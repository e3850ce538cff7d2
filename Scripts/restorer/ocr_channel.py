#!/usr/bin/env python3
"""Learns the OCR channel model of the diacritic restorer from real Tesseract output.

Typesets held-out corpus text (pool 0 for training, pool 1 for evaluation; see
heldout.py), degrades the pages, runs Tesseract with the English model (`eng`, lightly
degraded pages) and the Vietnamese model (`vie`, more degraded pages), aligns the OCR
output with the truth line by line, syllable by syllable and character by character,
and writes the confusion counts.

    pip install pillow
    python3 Scripts/restorer/ocr_channel.py            # about 10 minutes on one core

Outputs:
  Dictionaries/channel-eng.tsv, Dictionaries/channel-vie.tsv
      C<TAB>truth char<TAB>OCR string<TAB>count   (character confusions, lower-cased)
      T<TAB>truth syllable<TAB>OCR token<TAB>count (token confusions, lower-cased)
  Fixtures/restorer/ocr-{eng,vie}-truth.txt and ocr-{eng,vie}-output.txt
      evaluation pages' lines, aligned one to one (truth line N <-> OCR line N)
"""

import argparse
import collections
import difflib
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(__file__))
from heldout import held_out_lines  # noqa: E402
from vntext import modern_tone_marks, strip_diacritics  # noqa: E402

FONTS = "/usr/share/fonts/truetype/freefont/"
PAGE_W, PAGE_H, MARGIN = 2480, 3508, 190
PUNCT = ".,;:!?()[]{}\"'“”‘’…-–—/"


def load_paragraphs(shared, pool, rng, limit=4000):
    seen, paragraphs = set(), []
    for h, line in held_out_lines(shared, pool):
        if h in seen or len(line.split()) < 4:
            continue
        seen.add(h)
        paragraphs.append(modern_tone_marks(line))
        if len(paragraphs) >= limit:
            break
    rng.shuffle(paragraphs)
    return paragraphs


def wrap(paragraph, font, width, draw):
    lines, current = [], ""
    for word in paragraph.split():
        trial = word if not current else current + " " + word
        if draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            if current:
                lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def typeset(paragraphs, rng):
    """Renders paragraphs onto one page; returns the image and the truth lines drawn."""
    face = rng.choice(["FreeSerif.ttf"] * 3 + ["FreeSans.ttf", "FreeSerifBold.ttf"])
    size = rng.randint(36, 46)
    font = ImageFont.truetype(FONTS + face, size)
    image = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(image)
    y, truth = MARGIN, []
    step = int(size * rng.uniform(1.45, 1.7))
    while paragraphs and y + step < PAGE_H - MARGIN:
        paragraph = paragraphs.pop()
        if rng.random() < 0.2 and len(paragraph) < 150:
            paragraph = paragraph.upper()  # headings are often set in capitals
        for line in wrap(paragraph, font, PAGE_W - 2 * MARGIN, draw):
            if y + step >= PAGE_H - MARGIN:
                break
            draw.text((MARGIN, y), line, font=font, fill=rng.randint(0, 40))
            truth.append(line)
            y += step
    return image, truth


def degrade(image, rng, heavy):
    if not heavy and rng.random() < 0.35:
        # A second-generation photocopy: softer strokes, where "Đ" reads as "P" and "ê" as "8".
        factor = rng.uniform(0.45, 0.6)
        small = image.resize((int(PAGE_W * factor), int(PAGE_H * factor)), Image.BILINEAR)
        image = small.resize((PAGE_W, PAGE_H), Image.BILINEAR).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
    if heavy:
        # A low-resolution fax-like scan: the Vietnamese model then confuses tone marks.
        factor = rng.uniform(0.22, 0.3)
        small = image.resize((int(PAGE_W * factor), int(PAGE_H * factor)), Image.BILINEAR)
        image = small.resize((PAGE_W, PAGE_H), Image.BILINEAR)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(1.2, 1.6)))
    else:
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    noise = Image.effect_noise((PAGE_W, PAGE_H), 60)
    image = Image.blend(image, noise, rng.uniform(0.14, 0.2) if heavy else 0.06)
    return image.rotate(rng.uniform(-0.4, 0.4), fillcolor=255)


def ocr(image, lang, workdir):
    path = os.path.join(workdir, "page.png")
    image.save(path)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(
        ["tesseract", path, "stdout", "-l", lang, "--psm", "6"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout
    return [line for line in out.splitlines() if line.strip()]


def fold(text):
    return strip_diacritics(text).lower()


def align(a, b, sub_cost, gap=1.0):
    """Levenshtein alignment; returns (i, j) pairs, None for a gap."""
    n, m = len(a), len(b)
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = i * gap
    for j in range(1, m + 1):
        cost[0][j] = j * gap
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i][j] = min(
                cost[i - 1][j - 1] + sub_cost(a[i - 1], b[j - 1]),
                cost[i - 1][j] + gap,
                cost[i][j - 1] + gap,
            )
    pairs, i, j = [], n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(cost[i][j] - cost[i - 1][j - 1] - sub_cost(a[i - 1], b[j - 1])) < 1e-9:
            pairs.append((i - 1, j - 1)); i -= 1; j -= 1
        elif i > 0 and abs(cost[i][j] - cost[i - 1][j] - gap) < 1e-9:
            pairs.append((i - 1, None)); i -= 1
        else:
            pairs.append((None, j - 1)); j -= 1
    return pairs[::-1]


def similarity(x, y):
    return difflib.SequenceMatcher(None, fold(x), fold(y), autojunk=False).ratio()


def char_units(truth, ocr_token):
    """Splits an OCR token into the strings each truth character became.

    OCR characters with no truth counterpart join a neighbouring misread character
    ("chức" -> "chirc" gives ứ -> "ir", not h -> "hi"), else the previous character.
    """
    def sub(x, y):
        if x == y:
            return 0.0
        return 0.4 if fold(x) == fold(y) else 1.0
    units = [[c, ""] for c in truth]
    inserted = {}  # truth index the run follows (-1 = before the first) -> characters
    last = -1
    for i, j in align(list(truth), list(ocr_token), sub):
        if i is None:
            inserted[last] = inserted.get(last, "") + ocr_token[j]
        else:
            last = i
            units[i][1] = ocr_token[j] if j is not None else ""
    for after, run in inserted.items():
        before_bad = after >= 0 and units[after][1] != units[after][0]
        next_index = after + 1
        next_bad = next_index < len(units) and units[next_index][1] != units[next_index][0]
        if after >= 0 and (before_bad or not next_bad):
            units[after][1] += run
        elif next_index < len(units):
            units[next_index][1] = run + units[next_index][1]
    return units


def core(token):
    return token.strip(PUNCT)


def learn(pairs, chars, tokens):
    for truth_line, ocr_line in pairs:
        t_words, o_words = truth_line.split(), ocr_line.split()
        sub = lambda x, y: 1.0 - similarity(core(x), core(y))
        for i, j in align(t_words, o_words, sub):
            if i is None or j is None:
                continue
            t, o = core(t_words[i]).lower(), core(o_words[j]).lower()
            if not t or not t.isalpha() or not o or similarity(t, o) < 0.3:
                continue
            tokens[(t, o)] += 1
            for truth_char, emitted in char_units(t, o):
                chars[(truth_char, emitted)] += 1


def run(lang, heavy, pages_train, pages_eval, args, rng, workdir):
    chars, tokens = collections.Counter(), collections.Counter()
    eval_truth, eval_ocr = [], []
    for pool, count in ((0, pages_train), (1, pages_eval)):
        paragraphs = load_paragraphs(args.shared, pool, random.Random(args.seed + pool + len(lang)))
        for page in range(count):
            image, truth = typeset(paragraphs, rng)
            lines = ocr(degrade(image, rng, heavy), lang, workdir)
            pairs = [
                (truth[i], lines[j])
                for i, j in align(truth, lines, lambda x, y: 1.0 - similarity(x, y))
                if i is not None and j is not None and similarity(truth[i], lines[j]) > 0.5
            ]
            if pool == 0:
                learn(pairs, chars, tokens)
            else:
                eval_truth += [p[0] for p in pairs]
                eval_ocr += [p[1] for p in pairs]
            print(f"{lang} pool {pool} page {page + 1}/{count}: {len(truth)} lines, {len(pairs)} aligned", flush=True)
    with open(os.path.join(args.dictionaries, f"channel-{lang}.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# OCR channel model, Tesseract 5 -l {lang} --psm 6, {pages_train} typeset pages"
                f" ({'heavily' if heavy else 'lightly'} degraded). Rebuild: python3 Scripts/restorer/ocr_channel.py\n")
        for (t, o), n in sorted(chars.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            f.write(f"C\t{t}\t{o}\t{n}\n")
        for (t, o), n in sorted(tokens.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            f.write(f"T\t{t}\t{o}\t{n}\n")
    for kind, lines in (("truth", eval_truth), ("output", eval_ocr)):
        with open(os.path.join(args.fixtures, f"ocr-{lang}-{kind}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    p.add_argument("--dictionaries", default="Dictionaries")
    p.add_argument("--fixtures", default="Fixtures/restorer")
    p.add_argument("--eng-pages", type=int, default=30)
    p.add_argument("--vie-pages", type=int, default=24)
    p.add_argument("--eval-pages", type=int, default=3)
    p.add_argument("--seed", type=int, default=20251201)
    args = p.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as workdir:
        run("eng", False, args.eng_pages, args.eval_pages, args, rng, workdir)
        run("vie", True, args.vie_pages, args.eval_pages, args, rng, workdir)


if __name__ == "__main__":
    main()
