#!/usr/bin/env python3
"""Step 2: final vocabulary and n-gram counts of orders 1..5 (legal lines weight 3), stored as a
trie of sorted int64 keys: key of a k-gram = (index of its (k-1)-gram prefix in U_{k-1}) << 16 | last id."""
import os as _os
REPO = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "../../.."))
WORK = _os.environ.get("NGRAM_WORK", "/tmp/ngram-order")
import glob, os, pickle, time
import numpy as np

T0 = time.time()
OUT = os.environ.get("NGRAM_MODEL", WORK + "/model")
HALF = os.environ.get("FOURGRAM_HALF") == "1"  # learning-curve check: every other line only
os.makedirs(OUT, exist_ok=True)
MAXN = 5
FILES = ["phapdien", "vlc-laws", "vntc-train", "viwiki", "khudocmo", "viwik19", "viwikisum", "debian-vi"]

# merge raw vocabularies
gid, gvocab, arrays, weights = {}, [], [], []
for f in FILES:
    a = np.load(f"{WORK}/tok_{f}.npy")
    v, w = pickle.load(open(f"{WORK}/tok_{f}.vocab", "rb"))
    m = np.empty(len(v), dtype=np.int32)
    for i, s in enumerate(v):
        if s not in gid:
            gid[s] = len(gvocab); gvocab.append(s)
        m[i] = gid[s]
    arrays.append(m[a]); weights.append(w)
raw = np.concatenate(arrays)
wt = np.concatenate([np.full(len(a), w, dtype=np.uint8) for a, w in zip(arrays, weights)])
del arrays
if HALF:
    line = np.cumsum(raw == gid["<s>"]) - 1
    keep = (line % 2) == 0
    raw, wt = raw[keep], wt[keep]
    del line, keep
occ = np.bincount(raw, minlength=len(gvocab))          # unweighted occurrences
print(f"positions {len(raw):,}, raw types {len(gvocab):,}", flush=True)

SPECIAL = ["<s>", "</s>", "<unk>", "<num>", "<punct>"]
final = list(SPECIAL)
remap = np.full(len(gvocab), 2, dtype=np.int32)       # default <unk>
for s in SPECIAL:
    if s in gid:
        remap[gid[s]] = SPECIAL.index(s)
order = np.argsort(-occ, kind="stable")
letters = []
for r in order:
    s = gvocab[r]
    if s in SPECIAL:
        continue
    if s.isalpha():
        if occ[r] >= 2:
            letters.append(r)
    else:  # punctuation / symbol
        if occ[r] >= 1000:
            remap[r] = len(final); final.append(s)
        else:
            remap[r] = 4
cap = 65536 - len(final)
print(f"letter types seen >= 2: {len(letters):,} (cap {cap:,})", flush=True)
for r in letters[:cap]:
    remap[r] = len(final); final.append(gvocab[r])
seq = remap[raw].astype(np.int64)
del raw
fcount = np.bincount(seq, minlength=len(final))
with open(f"{OUT}/vocab.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(final) + "\n")
np.save(f"{OUT}/vocab_occ.npy", np.bincount(seq, minlength=len(final)))
print(f"vocabulary {len(final):,}; <unk> share {fcount[2] / len(seq):.4%}  [{time.time()-T0:.0f}s]", flush=True)

L = len(seq)
BOS = 0
# order 1
ids = seq.astype(np.int32)
c1 = np.bincount(seq, weights=wt, minlength=len(final)).astype(np.int64)
np.save(f"{OUT}/U1.npy", np.arange(len(final), dtype=np.int64)); np.save(f"{OUT}/c1.npy", c1)
prev_ids = ids
valid = np.ones(L, dtype=bool)
for k in range(2, MAXN + 1):
    n = L - k + 1
    valid = valid[:n] & (seq[k - 1:] != BOS)
    pos = np.flatnonzero(valid)
    keys = (prev_ids[pos].astype(np.int64) << 16) | seq[pos + k - 1]
    U, inv = np.unique(keys, return_inverse=True)
    del keys
    inv = inv.astype(np.int32)
    c = np.bincount(inv, weights=wt[pos], minlength=len(U)).astype(np.int64)
    suf = np.empty(len(U), dtype=np.int32)
    suf[inv] = prev_ids[pos + 1]                     # suffix (k-1)-gram of each k-gram
    bosf = np.zeros(len(U), dtype=bool)
    bosf[inv] = seq[pos] == BOS
    cc = np.bincount(suf, minlength=int(prev_ids.max()) + 1)   # continuation counts of (k-1)-grams
    np.save(f"{OUT}/cc{k-1}.npy", cc.astype(np.int32))
    np.save(f"{OUT}/U{k}.npy", U); np.save(f"{OUT}/c{k}.npy", c)
    np.save(f"{OUT}/suf{k}.npy", suf); np.save(f"{OUT}/bos{k}.npy", bosf)
    new_ids = np.full(L, -1, dtype=np.int32)
    new_ids[pos] = inv
    prev_ids = new_ids
    del inv, pos, suf, bosf
    print(f"order {k}: {len(U):,} n-grams; with weighted count >=2: {(c>=2).sum():,}, >=3: {(c>=3).sum():,}, "
          f">=4: {(c>=4).sum():,}, >=6: {(c>=6).sum():,}  [{time.time()-T0:.0f}s]", flush=True)
# continuation counts of the top order are not needed (top order uses raw counts)
