#!/usr/bin/env python3
"""Step 1: tokenise the training corpus (held-out lines removed by ./keep, the FNV-1a 64 rule of
Scripts/restorer/vntext.py) into per-file arrays of raw token ids.
Lower-case; tokens = letter runs (tone marks normalised to the modern style with vntext's
_modern_word), digit runs (-> <num>), single punctuation characters. Each line: <s> ... </s>."""
import os as _os
REPO = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "../../.."))
WORK = _os.environ.get("NGRAM_WORK", "/tmp/ngram-order")
import os, re, subprocess, sys, pickle
from multiprocessing import Pool
import numpy as np
sys.path.insert(0, REPO + "/Scripts/restorer")
from vntext import _modern_word  # noqa: E402

SHARED = _os.path.join(REPO, "../shared/corpus")
FILES = [("phapdien.txt.xz", 3), ("vlc-laws.txt.xz", 3)] + [
    ("general/" + f, 1) for f in ("vntc-train.txt.xz", "viwiki.txt.xz", "khudocmo.txt.xz",
                                  "viwik19.txt.xz", "viwikisum.txt.xz", "debian-vi.txt.xz")]
RX = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
DIGITS = re.compile(r"\d+")


def norm(tok):
    if tok[0].isdigit() or DIGITS.fullmatch(tok):
        return "<num>"
    if tok[0].isalpha() or (len(tok) > 1):
        return _modern_word(tok)
    return tok


def work(item):
    name, weight = item
    p1 = subprocess.Popen(["xz", "-dc", os.path.join(SHARED, name)], stdout=subprocess.PIPE)
    p2 = subprocess.Popen([WORK + "/keep"], stdin=p1.stdout, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    p1.stdout.close()
    vocab = ["<s>", "</s>"]
    index = {}  # raw token -> id of its normalised form
    norm_id = {"<s>": 0, "</s>": 1}
    chunks, buf, lines = [], [], 0
    findall = RX.findall
    get = index.__getitem__
    for raw in p2.stdout:
        toks = findall(raw.decode("utf-8").lower())
        buf.append(0)
        n0 = len(buf)
        try:
            buf.extend(map(get, toks))
        except KeyError:
            for t in toks:
                if t not in index:
                    n = norm(t)
                    if n not in norm_id:
                        norm_id[n] = len(vocab)
                        vocab.append(n)
                    index[t] = norm_id[n]
            # redo the line from its start
            del buf[n0:]
            buf.extend(map(get, toks))
        buf.append(1)
        lines += 1
        if len(buf) > 5_000_000:
            chunks.append(np.array(buf, dtype=np.int32)); buf = []
    chunks.append(np.array(buf, dtype=np.int32))
    p2.wait(); err = p2.stderr.read().decode()
    arr = np.concatenate(chunks)
    out = WORK + "/tok_" + os.path.basename(name).split(".")[0]
    np.save(out + ".npy", arr)
    with open(out + ".vocab", "wb") as f:
        pickle.dump((vocab, weight), f)
    return name, lines, len(arr) - 2 * lines, len(vocab), err.strip()


if __name__ == "__main__":
    with Pool(2) as pool:
        for r in pool.imap_unordered(work, FILES):
            print(*r, flush=True)
