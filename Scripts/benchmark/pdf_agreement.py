#!/usr/bin/env python3
"""Compares a searchable PDF written by `vanban scan --pdf` with VanBan's own reading.

Usage: pdf_agreement.py SCAN.json OUT.pdf [INPUT]

SCAN.json is the `vanban scan --format json` line of the same run. Prints one JSON object:
- words: share of VanBan's restored words (`text`, split at white space, NFC, order-free,
  multiset) that `pdftotext` gives back from the PDF;
- boxes_overlap: share of VanBan's word boxes that a `pdftotext -bbox-layout` word overlaps by
  at least half of the smaller box (overlap coefficient >= 0.5); boxes_iou: the same with
  intersection over union >= 0.5, stricter for marks much smaller than their line (dashes);
- jpeg_identical: for a JPEG input (or a PDF input whose images are JPEG), whether
  `pdfimages -j` gives the input's JPEG bytes back (null when not JPEG);
- size_ratio: output bytes / input bytes; over_budget_bytes: output - (1.1 x input + 50 KB x pages).
"""
import collections, glob, json, os, re, subprocess, sys, tempfile, unicodedata


def words(text):
    return [unicodedata.normalize("NFC", w) for w in text.split()]


def pdf_boxes(pdf):
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True,
                         check=True).stdout.decode()
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", out, re.S):
        boxes = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">',
                             page):
            boxes.append(tuple(float(v) for v in m.groups()))
        pages.append(boxes)
    return pages


def overlap(a, b):
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    area_a = (a[2] - a[0]) * (a[3] - a[1])
    area_b = (b[2] - b[0]) * (b[3] - b[1])
    union = area_a + area_b - inter
    smaller = min(area_a, area_b)
    return (inter / union if union > 0 else 0.0), (inter / smaller if smaller > 0 else 0.0)


def jpeg_identical(pdf, source):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-j", pdf, os.path.join(tmp, "out")], check=True)
        outputs = sorted(glob.glob(os.path.join(tmp, "out-*")))
        if source.lower().endswith(".pdf"):
            subprocess.run(["pdfimages", "-j", source, os.path.join(tmp, "in")], check=True)
            inputs = sorted(glob.glob(os.path.join(tmp, "in-*")))
        else:
            inputs = [source]
        if not inputs or not all(p.endswith(".jpg") for p in inputs):
            return None
        if len(inputs) != len(outputs):
            return False
        return all(open(a, "rb").read() == open(b, "rb").read() for a, b in zip(inputs, outputs))


def main():
    scan = json.loads(open(sys.argv[1]).readline())
    pdf = sys.argv[2]
    source = sys.argv[3] if len(sys.argv) > 3 else scan["source"]
    expected = collections.Counter(words(scan["text"]))
    got = collections.Counter(words(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                                                   capture_output=True, check=True).stdout.decode()))
    total = sum(expected.values())
    found = sum((expected & got).values())
    boxes = pdf_boxes(pdf)
    n = iou_ok = overlap_ok = 0
    for page, pdf_page in zip(scan["pages"], boxes):
        k = 72.0 / page["resolution"]
        for line in page["lines"]:
            for word in line["words"]:
                b = word["box"]
                ours = (b["x"] * k, b["y"] * k, (b["x"] + b["width"]) * k, (b["y"] + b["height"]) * k)
                best_iou = best_overlap = 0.0
                for theirs in pdf_page:
                    iou, coefficient = overlap(ours, theirs)
                    best_iou = max(best_iou, iou)
                    best_overlap = max(best_overlap, coefficient)
                n += 1
                iou_ok += best_iou >= 0.5
                overlap_ok += best_overlap >= 0.5
    in_size = os.path.getsize(source)
    out_size = os.path.getsize(pdf)
    pages = len(scan["pages"])
    print(json.dumps({
        "file": os.path.basename(source), "pages": pages,
        "words": round(100.0 * found / total, 2) if total else 100.0, "word_count": total,
        "boxes_iou": round(100.0 * iou_ok / n, 2) if n else 100.0,
        "boxes_overlap": round(100.0 * overlap_ok / n, 2) if n else 100.0, "box_count": n,
        "jpeg_identical": jpeg_identical(pdf, source),
        "input_bytes": in_size, "output_bytes": out_size,
        "size_ratio": round(out_size / in_size, 3),
        "over_budget_bytes": out_size - int(1.1 * in_size + 50 * 1024 * pages),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
