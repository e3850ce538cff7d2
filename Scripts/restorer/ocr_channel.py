#!/usr/bin/env python3
"""Learns the OCR channel tables of the diacritic restorer from real OCR output.

Typesets held-out text (see heldout.py: legal corpus and corpus/general/, pool 0 for the
tables, pool 1 for the evaluation files) in seven font families with their bold and
italic faces, degrades the pages in eight ways a scanner, a copier or a fax does, reads
them with five OCR engines, aligns the output with the truth line by line, word by word and
character by character, and writes the confusion counts.

    apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie \\
        tesseract-ocr-script-latn ocrad gocr \\
        fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra fonts-noto-core fonts-freefont-ttf
    pip install pillow
    nice -n 10 python3 Scripts/restorer/ocr_channel.py --jobs 2
    # 386 pages (350 training, 36 evaluation): 21 minutes of CPU in all, OCR engines
    # 12.7 of them (eng 2.5, vie 2.4, latin 4.2, ocrad 0.1, gocr 3.5), the rest drawing,
    # degrading and aligning in Python; 35 minutes wall with --jobs 2 on a busy 2-core
    # machine. Two runs, with one job or two, give identical tables and evaluation files
    # (only the CPU figures in channel-build.tsv change).
    # --cache FILE keeps every page's lines; --reuse FILE writes the tables again without OCR.
    # --probe reads one page with every engine and prints what each made of it.

Liberation Serif must come from fonts-liberation2 (2.1): the 1.07 fonts of
fonts-liberation lack ơ, ư and the dotted/hooked vowels, which Pillow would draw as boxes;
every face is checked for the 89 Vietnamese letters, in both cases, before use.

Fonts (families -> faces): see FAMILIES. Engines: see ENGINES. Scan qualities: see
QUALITIES and degrade(). Every page has its own seed (made from --seed and the page's
engine, family, pool and number) and its text is laid out in a fixed order, so the output
does not depend on --jobs; OCR runs with OMP_THREAD_LIMIT=1.

Outputs (C<TAB>truth letter<TAB>OCR string<TAB>count, T<TAB>truth syllable<TAB>OCR token
<TAB>count, all lower-cased; a '#' header line says engine, fonts, qualities, pages):
  Dictionaries/channel-{eng,vie,latin,ocrad,gocr}.tsv   all training fonts, one engine
  Dictionaries/channel-generic.tsv                      all engines pooled, C rows only
  Fixtures/restorer/heldout-font/channel-{eng,vie}.tsv  without any Liberation Serif page
  Fixtures/restorer/heldout-font/ocr-{eng,vie}-{output,truth}.txt
                                     Liberation Serif evaluation pages (eng: light
                                     degradations; vie: degraded pages)
  Fixtures/restorer/heldout-engine/channel-generic.tsv  pooled without gocr
  Fixtures/restorer/heldout-engine/channel-generic-no-ocrad.tsv  pooled without ocrad
  Fixtures/restorer/heldout-engine/ocr-{gocr,ocrad}-{output,truth}.txt
                                     evaluation pages of every family and quality
  Fixtures/restorer/channel-build.tsv   per engine and quality: evaluation words, raw word
                                     accuracy, lines aligned (the figures of the READMEs)
Evaluation files are line-aligned (truth line N <-> OCR line N) and hold only the lines
aligned with similarity > 0.5. The files Fixtures/restorer/ocr-{eng,vie}-*.txt were made by
the previous version of this script (FreeFont only) and are left as they are.
"""

import argparse
import collections
import difflib
import io
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(__file__))
from heldout import CORPORA, GENERAL, GENERAL_SHIPPABLE, held_out_lines  # noqa: E402
from vntext import fnv1a64, modern_tone_marks, strip_diacritics  # noqa: E402

FONT_ROOT = "/usr/share/fonts/truetype/"
# family -> (regular, bold, italic, bold italic), paths under FONT_ROOT.
FAMILIES = {
    "liberation-serif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                         "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
    "dejavu-serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                     "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "dejavu-sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                    "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "noto-serif": ("noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf",
                   "noto/NotoSerif-Italic.ttf", "noto/NotoSerif-BoldItalic.ttf"),
    "noto-sans": ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf",
                  "noto/NotoSans-Italic.ttf", "noto/NotoSans-BoldItalic.ttf"),
    "free-serif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf",
                   "freefont/FreeSerifItalic.ttf", "freefont/FreeSerifBoldItalic.ttf"),
    "free-sans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf",
                  "freefont/FreeSansOblique.ttf", "freefont/FreeSansBoldOblique.ttf"),
}
HELD_OUT_FAMILY = "liberation-serif"  # the dispatch face (Times New Roman metrics)

QUALITIES = {
    "clean": "clean 300 ppi scan",
    "blur": "lightly blurred 300 ppi scan",
    "softcopy": "second-generation photocopy (softened strokes)",
    "photocopy": "photocopy: thresholded to black and white, speckled",
    "lowres": "150 ppi scan",
    "jpeg": "200 ppi scan saved as a low-quality JPEG",
    "rotated": "scan rotated by 0.6-1.2 degrees",
    "fax": "fax-like: about 70 ppi of detail, blurred and noisy",
}
LIGHT = ("clean", "blur", "softcopy", "photocopy", "lowres", "jpeg", "rotated")
DEGRADED = ("fax", "lowres", "photocopy", "jpeg", "softcopy", "rotated")
# The Vietnamese model reads most light degradations almost perfectly; its table was learnt
# from fax-like pages alone before, and fax pages stay the most frequent kind.
VIE_QUALITIES = ("fax", "lowres", "photocopy", "fax", "jpeg", "softcopy", "rotated")

# name -> (description, qualities: training pages cycle through them, one evaluation page each)
ENGINES = {
    "eng": ("Tesseract 5 -l eng --psm 6", LIGHT),
    "vie": ("Tesseract 5 -l vie --psm 6", VIE_QUALITIES),
    "latin": ("Tesseract 5 Latin-script model (tesseract-ocr-script-latn: -l Latin, upstream -l script/Latin) --psm 6",
              LIGHT + ("fax",)),
    "ocrad": ("GNU Ocrad 0.28 -F utf8 (charset iso-8859-15), PGM input", LIGHT),
    "gocr": ("GOCR 0.52 -f UTF8, PGM on standard input", LIGHT),
}
# Evaluation pages for the fixtures: which engines, which qualities, which fonts.
EVAL_FIXTURES = {
    "eng": ("heldout-font", LIGHT),
    "vie": ("heldout-font", DEGRADED),
    "gocr": ("heldout-engine", LIGHT),
    "ocrad": ("heldout-engine", LIGHT),
}

PAGE_W, PAGE_H, MARGIN = 2480, 3508, 190
REBUILD = "Rebuild: nice -n 10 python3 Scripts/restorer/ocr_channel.py --jobs 2"
PUNCT = ".,;:!?()[]{}\"'“”‘’…-–—/"
VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)


# ---------------------------------------------------------------------------- text


def load_paragraphs(shared, pool, seed, shippable_only):
    """The pool's held-out lines, legal and general-domain, shuffled; at most 60 words each."""
    general = GENERAL_SHIPPABLE if shippable_only else GENERAL
    seen, paragraphs = set(), []
    for h, line in list(held_out_lines(shared, pool, CORPORA)) + list(held_out_lines(shared, pool, general)):
        words = line.split()
        if h in seen or len(words) < 4:
            continue
        seen.add(h)
        paragraphs.append(modern_tone_marks(" ".join(words[:60])))
    random.Random(seed + pool).shuffle(paragraphs)
    return paragraphs


class TextStream:
    def __init__(self, paragraphs):
        self.paragraphs, self.next = paragraphs, 0

    def take(self):
        p = self.paragraphs[self.next % len(self.paragraphs)]
        self.next += 1
        return p


# ---------------------------------------------------------------------------- fonts

_fonts = {}


def font(path, size):
    key = (path, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(FONT_ROOT + path, size)
    return _fonts[key]


def check_fonts():
    """Every face must draw every Vietnamese letter (not the .notdef box)."""
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()
    for family, faces in FAMILIES.items():
        for path in faces:
            if not os.path.exists(FONT_ROOT + path):
                sys.exit(f"missing font {FONT_ROOT + path} ({family}); see the apt-get line above")
            f = font(path, 40)
            notdef = bytes(f.getmask("\ue000"))
            missing = [c for c in letters if bytes(f.getmask(c)) == notdef]
            if missing:
                sys.exit(f"{path} cannot draw {''.join(missing)}: install fonts-liberation2 / a newer face")


def wrap(paragraph, face, width):
    lines, current = [], ""
    for word in paragraph.split():
        trial = word if not current else current + " " + word
        if face.getlength(trial) <= width:
            current = trial
        else:
            if current:
                lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def layout(family, stream, rng):
    """One page: a body size, a line step, and the (face, text) lines that fit."""
    faces = FAMILIES[family]
    size = rng.randint(36, 58)  # 8.6-14 pt at 300 ppi; dispatches use 13-14 pt, tables less
    step = int(size * rng.uniform(1.4, 1.65))
    y, lines = MARGIN, []
    while y + step < PAGE_H - MARGIN:
        paragraph = stream.take()
        r = rng.random()
        if len(paragraph) < 150 and r < 0.18:
            paragraph = paragraph.upper()  # headings are often set in capitals, often bold
            face = faces[1] if rng.random() < 0.7 else faces[0]
        else:
            face = faces[0] if r < 0.75 else faces[2] if r < 0.87 else faces[1] if r < 0.97 else faces[3]
        for text in wrap(paragraph, font(face, size), PAGE_W - 2 * MARGIN):
            if y + step >= PAGE_H - MARGIN:
                break
            lines.append((face, text))
            y += step
    return size, step, lines


def draw_page(size, step, lines, rng):
    image = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for face, text in lines:
        draw.text((MARGIN, y), text, font=font(face, size), fill=rng.randint(0, 40))
        y += step
    return image


# ---------------------------------------------------------------------------- degradation


def noise(image, rng, alpha):
    grain = Image.frombytes("L", image.size, rng.randbytes(image.size[0] * image.size[1]))
    return Image.blend(image, grain, alpha)


def rotate(image, rng, low, high):
    angle = rng.uniform(low, high) * rng.choice((-1, 1))
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)


def degrade(image, quality, rng):
    """Returns (image, ppi, 'png' or 'jpeg bytes')."""
    w, h = image.size
    if quality == "clean":
        image = noise(image.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.45))), rng, 0.03)
        return image, 300, None
    if quality == "blur":
        image = noise(image.filter(ImageFilter.GaussianBlur(rng.uniform(0.9, 1.5))), rng, 0.06)
        return rotate(image, rng, 0, 0.3), 300, None
    if quality == "softcopy":
        # A second-generation photocopy: softer strokes, where "Đ" reads as "P" and "ê" as "8".
        factor = rng.uniform(0.45, 0.6)
        small = image.resize((int(w * factor), int(h * factor)), Image.BILINEAR)
        image = small.resize((w, h), Image.BILINEAR).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
        return rotate(noise(image, rng, 0.06), rng, 0, 0.4), 300, None
    if quality == "photocopy":
        # Toner: thresholded strokes (thinner or bolder), black specks and a few dropouts.
        image = rotate(image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2))), rng, 0, 0.4)
        image = noise(image, rng, 0.08)
        level = rng.randint(95, 185)
        image = image.point(lambda v: 0 if v < level else 255)
        draw = ImageDraw.Draw(image)
        for _ in range(rng.randint(600, 3000)):
            x, y, r = rng.randrange(w), rng.randrange(h), rng.uniform(0.6, 2.6)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=0)
        for _ in range(rng.randint(100, 600)):
            x, y, r = rng.randrange(w), rng.randrange(h), rng.uniform(0.6, 1.8)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
        return image, 300, None
    if quality == "lowres":
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
        image = image.resize((w // 2, h // 2), Image.BOX)
        return rotate(noise(image, rng, 0.04), rng, 0, 0.3), 150, None
    if quality == "jpeg":
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
        image = noise(image.resize((w * 2 // 3, h * 2 // 3), Image.BOX), rng, 0.04)
        image = rotate(image, rng, 0, 0.3)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(12, 30), dpi=(200, 200))
        return Image.open(io.BytesIO(buffer.getvalue())).convert("L"), 200, buffer.getvalue()
    if quality == "rotated":
        image = noise(image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6))), rng, 0.04)
        return rotate(image, rng, 0.6, 1.2), 300, None
    if quality == "fax":
        # A low-resolution fax-like scan: the Vietnamese model then confuses tone marks.
        factor = rng.uniform(0.22, 0.3)
        small = image.resize((int(w * factor), int(h * factor)), Image.BILINEAR)
        image = small.resize((w, h), Image.BILINEAR).filter(ImageFilter.GaussianBlur(rng.uniform(1.2, 1.6)))
        return rotate(noise(image, rng, rng.uniform(0.14, 0.2)), rng, 0, 0.4), 300, None
    raise ValueError(quality)


# ---------------------------------------------------------------------------- engines


def tesseract_language(engine):
    if engine != "latin":
        return engine
    # Debian's tesseract-ocr-script-latn installs tessdata/Latin.traineddata ("-l Latin");
    # the upstream tessdata layout has script/Latin.traineddata.
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    return "script/Latin" if "script/Latin" in langs else "Latin"


def ocr(engine, image, ppi, jpeg, workdir, latin):
    env = dict(os.environ, OMP_THREAD_LIMIT="1", LC_ALL="C.UTF-8")
    if engine in ("eng", "vie", "latin"):
        path = os.path.join(workdir, "page.jpg" if jpeg else "page.png")
        if jpeg:
            with open(path, "wb") as f:
                f.write(jpeg)
        else:
            image.save(path, dpi=(ppi, ppi))
        lang = latin if engine == "latin" else engine
        command = ["tesseract", path, "stdout", "-l", lang, "--psm", "6", "--dpi", str(ppi)]
        out = subprocess.run(command, capture_output=True, env=env, check=True).stdout
    elif engine == "ocrad":
        path = os.path.join(workdir, "page.pgm")
        image.save(path)
        out = subprocess.run(["ocrad", "-F", "utf8", path], capture_output=True, env=env, check=True).stdout
    elif engine == "gocr":
        # gocr 0.52 reports "unexpected EOF" on some PGM files given by name; stdin works.
        buffer = io.BytesIO()
        image.save(buffer, "PPM")
        out = subprocess.run(["gocr", "-f", "UTF8", "-"], input=buffer.getvalue(),
                             capture_output=True, env=env, check=True).stdout
    else:
        raise ValueError(engine)
    text = out.decode("utf-8", errors="replace")
    return [line.strip() for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------------------- alignment


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
        sub = lambda x, y: 1.0 - similarity(core(x), core(y))  # noqa: E731
        for i, j in align(t_words, o_words, sub):
            if i is None or j is None:
                continue
            t, o = core(t_words[i]).lower(), core(o_words[j]).lower()
            if not t or not t.isalpha() or not o or similarity(t, o) < 0.3:
                continue
            tokens[(t, o)] += 1
            for truth_char, emitted in char_units(t, o):
                chars[(truth_char, emitted)] += 1


WORD_EXTRA = set("¢@®©§£¥€&")


def words(line):
    """Word spans roughly as VanBan's tokenizer finds them: runs of letters (digits and a
    few OCR debris signs glued to them stay inside), numbers and punctuation left out."""
    out, current = [], ""
    for ch in line:
        if ch.isalpha() or ch.isdigit() or ch in WORD_EXTRA or (current and 0x300 <= ord(ch) < 0x370):
            current += ch
        else:
            if current:
                out.append(current)
            current = ""
    if current:
        out.append(current)
    return [w for w in out if any(c.isalpha() for c in w)]


def word_score(truth, output):
    """(reference words matched exactly along a Levenshtein alignment, reference words)."""
    ref, hyp = words(truth), words(output)
    pairs = align(ref, hyp, lambda x, y: 0.0 if x == y else 1.0)
    return sum(1 for i, j in pairs if i is not None and j is not None and ref[i] == hyp[j]), len(ref)


# ---------------------------------------------------------------------------- pages


def page_seed(seed, *parts):
    return fnv1a64("/".join(str(p) for p in (seed,) + parts))


def process_page(spec):
    """Worker: draws, degrades and reads one page; returns the aligned line pairs."""
    start = time.process_time()
    rng = random.Random(spec["seed"])
    image = draw_page(spec["size"], spec["step"], spec["lines"], rng)
    image, ppi, jpeg = degrade(image, spec["quality"], rng)
    with tempfile.TemporaryDirectory(prefix="ocr-channel-") as workdir:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        lines = ocr(spec["engine"], image, ppi, jpeg, workdir, spec["latin"])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    truth = [text for _, text in spec["lines"]]
    pairs = [
        (truth[i], lines[j])
        for i, j in align(truth, lines, lambda x, y: 1.0 - similarity(x, y))
        if i is not None and j is not None and similarity(truth[i], lines[j]) > 0.5
    ]
    engine_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return dict(key=spec["key"], truth=truth, pairs=pairs,
                python_cpu=time.process_time() - start, engine_cpu=engine_cpu)


def plan(args, latin):
    """All pages, in a fixed order: training pages first, then evaluation pages."""
    specs = []
    streams = {pool: TextStream(load_paragraphs(args.shared, pool, args.seed, pool == 1)) for pool in (0, 1)}
    print(f"text: {len(streams[0].paragraphs)} training and {len(streams[1].paragraphs)} evaluation paragraphs",
          flush=True)
    families = list(FAMILIES)
    for engine, (_, qualities) in ENGINES.items():
        for f_index, family in enumerate(families):
            for page in range(args.pages):
                quality = qualities[(page + f_index) % len(qualities)]
                rng = random.Random(page_seed(args.seed, "layout", engine, family, 0, page))
                size, step, lines = layout(family, streams[0], rng)
                specs.append(dict(key=("train", engine, family, quality, page), engine=engine, quality=quality,
                                  size=size, step=step, lines=lines, latin=latin,
                                  seed=page_seed(args.seed, engine, family, 0, page)))
    for engine in ENGINES:
        qualities = ENGINES[engine][1]
        for page, quality in enumerate(qualities):
            if engine in ("eng", "vie"):
                family = HELD_OUT_FAMILY
            else:
                family = families[page % len(families)]
            rng = random.Random(page_seed(args.seed, "layout", engine, family, 1, page))
            size, step, lines = layout(family, streams[1], rng)
            specs.append(dict(key=("eval", engine, family, quality, page), engine=engine, quality=quality,
                              size=size, step=step, lines=lines, latin=latin,
                              seed=page_seed(args.seed, engine, family, 1, page)))
    return specs


# ---------------------------------------------------------------------------- tables


def write_table(path, header, chars, tokens, limit, t_min=2):
    """Writes C rows (and T rows seen at least t_min times, unless tokens is None); drops the
    rarest T rows, then rare multi-character C emissions, while the file is over `limit`
    bytes. Returns (bytes, C threshold, T threshold)."""
    c_rows = sorted(chars.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    t_rows = sorted((tokens or {}).items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    if tokens is not None:
        header += f" T rows seen fewer than {t_min} times left out."

    def render(c_min, t_cut):
        note = ""
        if c_min > 1 or t_cut > t_min:
            note = f" Pruned to fit {limit // 1000} KB: T rows seen fewer than {t_cut} times"
            if c_min > 1:
                note += f", multi-character C emissions seen fewer than {c_min} times"
            note += " left out."
        lines = [header + note + " " + REBUILD]
        lines += [f"C\t{t}\t{o}\t{n}" for (t, o), n in c_rows if n >= c_min or t == o or len(o) <= 1]
        lines += [f"T\t{t}\t{o}\t{n}" for (t, o), n in t_rows if n >= t_cut]
        return "\n".join(lines) + "\n"

    c_min, t_cut = 1, t_min
    text = render(c_min, t_cut)
    while len(text.encode()) > limit:
        if t_rows and t_cut <= max(n for _, n in t_rows):
            t_cut += 1
        else:
            c_min += 1
        text = render(c_min, t_cut)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return len(text.encode()), c_min, t_cut


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    p.add_argument("--dictionaries", default="Dictionaries")
    p.add_argument("--fixtures", default="Fixtures/restorer")
    p.add_argument("--pages", type=int, default=10, help="training pages per font family and engine")
    p.add_argument("--seed", type=int, default=20251201)
    p.add_argument("--jobs", type=int, default=1, help="pages read at once (at most 2 on this machine)")
    p.add_argument("--table-limit", type=int, default=150_000)
    p.add_argument("--fixture-table-limit", type=int, default=100_000)
    p.add_argument("--min-token-count", type=int, default=2,
                   help="T rows seen fewer times are left out (mostly misalignments)")
    p.add_argument("--cache", help="save every page's truth and OCR lines here (JSON, about 10 MB)")
    p.add_argument("--reuse", metavar="CACHE", help="write the tables again from a --cache file, without OCR")
    p.add_argument("--probe", action="store_true", help="read one page with every engine and print the output")
    args = p.parse_args()
    wall = time.time()
    check_fonts()
    latin = tesseract_language("latin")

    if args.probe:
        rng = random.Random(args.seed)
        stream = TextStream(load_paragraphs(args.shared, 1, args.seed, True)[:40])
        size, step, lines = layout(HELD_OUT_FAMILY, stream, rng)
        lines = lines[:12]
        for engine in ENGINES:
            spec = dict(key=("probe", engine), engine=engine, quality="clean", size=size, step=step,
                        lines=lines, latin=latin, seed=args.seed)
            result = process_page(spec)
            print(f"== {engine}: {len(result['pairs'])}/{len(lines)} lines aligned, "
                  f"engine {result['engine_cpu']:.1f} s CPU")
            for truth, out in result["pairs"][:6]:
                print(f"   {truth}\n-> {out}")
        return

    if args.reuse:
        # Tables and files again from the pages of an earlier run (no OCR).
        with open(args.reuse, encoding="utf-8") as f:
            cached = json.load(f)
        results, earlier_cpu = cached["results"], cached["cpu"]
        for result in results:
            result["key"] = tuple(result["key"])
            result["pairs"] = [tuple(pair) for pair in result["pairs"]]
    else:
        specs = plan(args, latin)
        print(f"{len(specs)} pages to read with {args.jobs} job(s)", flush=True)
        results, earlier_cpu = [], 0.0
        with multiprocessing.Pool(args.jobs) as pool:
            for n, result in enumerate(pool.imap(process_page, specs, chunksize=1), 1):
                kind, engine, family, quality, page = result["key"]
                print(f"[{n}/{len(specs)}] {kind} {engine} {family} {quality} #{page}: {len(result['truth'])} lines, "
                      f"{len(result['pairs'])} aligned, OCR {result['engine_cpu']:.1f} s", flush=True)
                results.append(result)

    # Counts per (engine, family) so that tables can leave a font or an engine out.
    chars = collections.defaultdict(collections.Counter)
    tokens = collections.defaultdict(collections.Counter)
    pages = collections.Counter()
    lines_read = collections.Counter()
    qualities_seen = collections.defaultdict(collections.Counter)
    evaluation = collections.defaultdict(list)  # (engine, family) -> pages' results
    for result in results:
        kind, engine, family, quality, page = result["key"]
        if kind == "train":
            learn(result["pairs"], chars[(engine, family)], tokens[(engine, family)])
            pages[(engine, family)] += 1
            lines_read[(engine, family)] += len(result["pairs"])
            qualities_seen[(engine, family)][quality] += 1
        else:
            evaluation[engine].append(result)

    def pooled(counters, engines, families):
        total = collections.Counter()
        for engine in engines:
            for family in families:
                total.update(counters[(engine, family)])
        return total

    families = list(FAMILIES)
    written = []

    def header(engines, fams, what):
        n_pages = sum(pages[(e, f)] for e in engines for f in fams)
        n_lines = sum(lines_read[(e, f)] for e in engines for f in fams)
        quals = collections.Counter()
        for e in engines:
            for f in fams:
                quals.update(qualities_seen[(e, f)])
        engine_text = "; ".join(ENGINES[e][0] for e in engines)
        qual_text = ", ".join(f"{q} {quals[q]}" for q in QUALITIES if quals[q])
        return (f"# OCR channel model ({what}): {engine_text}. Fonts (regular, bold, italic faces): "
                f"{', '.join(fams)}. {n_pages} typeset pages of held-out legal and general-domain text "
                f"(pool 0), {n_lines} lines aligned. Pages per quality: {qual_text}.")

    os.makedirs(args.dictionaries, exist_ok=True)
    for engine in ENGINES:
        path = os.path.join(args.dictionaries, f"channel-{engine}.tsv")
        size = write_table(path, header([engine], families, f"engine {engine}, all training fonts"),
                           pooled(chars, [engine], families), pooled(tokens, [engine], families), args.table_limit,
                           args.min_token_count)
        written.append((path, size))
    path = os.path.join(args.dictionaries, "channel-generic.tsv")
    written.append((path, write_table(path, header(list(ENGINES), families, "all engines pooled, character rows only"),
                                      pooled(chars, ENGINES, families), None, args.table_limit)))

    font_dir = os.path.join(args.fixtures, "heldout-font")
    engine_dir = os.path.join(args.fixtures, "heldout-engine")
    os.makedirs(font_dir, exist_ok=True)
    os.makedirs(engine_dir, exist_ok=True)
    others = [f for f in families if f != HELD_OUT_FAMILY]
    for engine in ("eng", "vie"):
        path = os.path.join(font_dir, f"channel-{engine}.tsv")
        size = write_table(path, header([engine], others, f"engine {engine}, without {HELD_OUT_FAMILY}"),
                           pooled(chars, [engine], others), pooled(tokens, [engine], others),
                           args.fixture_table_limit, args.min_token_count)
        written.append((path, size))
    for left_out, name in (("gocr", "channel-generic.tsv"), ("ocrad", "channel-generic-no-ocrad.tsv")):
        engines = [e for e in ENGINES if e != left_out]
        path = os.path.join(engine_dir, name)
        size = write_table(path, header(engines, families, f"engines pooled without {left_out}, character rows only"),
                           pooled(chars, engines, families), None, args.fixture_table_limit)
        written.append((path, size))

    # Evaluation files and the raw accuracy of every engine and quality.
    stats_rows = []
    for engine, pages_read in evaluation.items():
        fixture = EVAL_FIXTURES.get(engine)
        out_truth, out_ocr = [], []
        for result in pages_read:
            _, _, family, quality, _ = result["key"]
            right = total = 0
            for truth, output in result["pairs"]:
                r, t = word_score(truth, output)
                right, total = right + r, total + t
            all_words = sum(len(words(t)) for t in result["truth"])
            stats_rows.append((engine, quality, family, len(result["truth"]), len(result["pairs"]),
                               total, right, all_words))
            if fixture and quality in fixture[1]:
                out_truth += [t for t, _ in result["pairs"]]
                out_ocr += [o for _, o in result["pairs"]]
        if fixture:
            folder = font_dir if fixture[0] == "heldout-font" else engine_dir
            for kind, lines in (("truth", out_truth), ("output", out_ocr)):
                path = os.path.join(folder, f"ocr-{engine}-{kind}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
                written.append((path, os.path.getsize(path)))

    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = self_usage.ru_utime + self_usage.ru_stime + child_usage.ru_utime + child_usage.ru_stime
    if args.reuse:
        cpu = earlier_cpu  # the figures of the run that read the pages
    if args.cache and not args.reuse:
        with open(args.cache, "w", encoding="utf-8") as f:
            json.dump({"cpu": cpu, "results": results}, f, ensure_ascii=False)
    engine_cpu = collections.Counter()
    for result in results:
        engine_cpu[result["key"][1]] += result["engine_cpu"]
    stats = os.path.join(args.fixtures, "channel-build.tsv")
    with open(stats, "w", encoding="utf-8") as f:
        f.write(f"# Evaluation pages (pool 1) of Scripts/restorer/ocr_channel.py: one page per engine and quality; "
                f"raw word accuracy = reference words matched exactly / reference words of the aligned lines "
                f"(similarity > 0.5). Build: {len(results)} pages, {cpu / 60:.1f} min CPU in all "
                f"(OCR engines {sum(engine_cpu.values()) / 60:.1f} min: "
                + ", ".join(f"{e} {engine_cpu[e] / 60:.1f}" for e in ENGINES) + ").\n")
        f.write("engine\tquality\tfont\tlines\taligned\twords\tright\taccuracy\twords on page\n")
        sums = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
        for engine, quality, family, n_lines, aligned, total, right, all_words in stats_rows:
            accuracy = right / total if total else 0
            f.write(f"{engine}\t{quality}\t{family}\t{n_lines}\t{aligned}\t{total}\t{right}\t{accuracy:.4f}\t{all_words}\n")
            for k, v in enumerate((n_lines, aligned, total, right, all_words)):
                sums[engine][k] += v
        for engine, (n_lines, aligned, total, right, all_words) in sums.items():
            f.write(f"{engine}\tall\t-\t{n_lines}\t{aligned}\t{total}\t{right}\t{right / max(total, 1):.4f}\t{all_words}\n")
    print(open(stats, encoding="utf-8").read())
    for path, size in written:
        print(f"{path}\t{size if isinstance(size, int) else size[0]} bytes" +
              ("" if isinstance(size, int) or (size[1] == 1 and size[2] <= args.min_token_count)
               else f"\tpruned further: C<{size[1]} T<{size[2]}"))
    print(f"CPU {cpu:.0f} s ({cpu / 60:.1f} min), wall {time.time() - wall:.0f} s")


if __name__ == "__main__":
    main()
