#!/usr/bin/env python3
"""Step 3: interpolated Kneser-Ney models of order N (one discount per order, D = n1/(n1+2 n2),
as the shipped builder) with count cut-off t on orders >= 3 (keep a k-gram, k >= 3, when its
weighted count >= t), in back-off form; beam-search diacritic restoration of the held-out lines.

    nice -n 19 python3 evaluate.py --orders 3 4 5 --cutoffs 1 2 3 4 [--beam 64] [--errors]
"""
import os as _os
REPO = _os.path.abspath(_os.path.join(_os.path.dirname(__file__), "../../.."))
WORK = _os.environ.get("NGRAM_WORK", "/tmp/ngram-order")
import argparse, collections, os, re, sys, time
import numpy as np
sys.path.insert(0, REPO + "/Scripts/restorer")
from vntext import strip_diacritics  # noqa: E402

M = os.environ.get("NGRAM_MODEL", WORK + "/model")
FIX = REPO + "/Fixtures/restorer"
SETS = [("general", "heldout-general-stripped.txt", "heldout-general-correct.txt"),
        ("legal", "heldout-stripped.txt", "heldout-correct.txt")]
RX = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
VOCAB = open(f"{M}/vocab.txt", encoding="utf-8").read().split("\n")[:-1]
VID = {s: i for i, s in enumerate(VOCAB)}
V = len(VOCAB)
CANDS = collections.defaultdict(list)
MAXC = int(os.environ.get("FOURGRAM_MAX_CAND_ID", "0")) or len(VOCAB)  # diagnostic: smaller candidate vocabulary
for i, s in enumerate(VOCAB[:MAXC]):
    if i >= 5 and s.isalpha():
        CANDS[strip_diacritics(s)].append(i)
CANDS = {k: np.array(v, dtype=np.int64) for k, v in CANDS.items()}


def load(name):
    return np.load(f"{M}/{name}.npy")


def discount(a):
    n1 = np.count_nonzero(a == 1); n2 = np.count_nonzero(a == 2)
    return n1 / (n1 + 2 * n2)


class Model:
    def __init__(self, N, t, smoothing="kn"):
        self.N, self.t = N, t
        self.U, self.lp, self.kept, self.lbow = {}, {}, {}, {}
        self.sizes = {}
        if smoothing == "sb":
            return self._stupid(N, t)
        prev_p = None
        for k in range(1, N + 1):
            c = load(f"c{k}")
            if k == N:
                a = c.astype(np.float64)
            else:
                cc = load(f"cc{k}")
                a = cc[: len(c)].astype(np.float64) if len(cc) >= len(c) else np.pad(cc, (0, len(c) - len(cc))).astype(np.float64)
                if k > 1:
                    bos = load(f"bos{k}")
                    a = np.where(bos, c, a)
            if k == 1:
                a[0] = 0.0  # <s> is never predicted
            D = discount(a[a > 0])
            if smoothing == "mkn":  # modified KN: D1, D2, D3+ (Chen & Goodman)
                n = [np.count_nonzero(a == i) for i in (1, 2, 3, 4)]
                Y = n[0] / (n[0] + 2 * n[1])
                Ds = [1 - 2 * Y * n[1] / n[0], 2 - 3 * Y * n[2] / n[1], 3 - 4 * Y * n[3] / n[2]]
                Ds = [min(max(d, 0.05), i + 1) for i, d in enumerate(Ds)]
                D = np.where(a >= 3, Ds[2], np.where(a == 2, Ds[1], Ds[0]))
            kept = (c >= t) if (k >= 3 and t > 1) else np.ones(len(c), dtype=bool)
            num = np.maximum(a - D, 0.0)
            if k == 1:
                A = a.sum()
                gamma0 = (a.sum() - num.sum()) / A
                p = num / A + gamma0 / V
                self.U[1] = None
            else:
                U = load(f"U{k}"); suf = load(f"suf{k}")
                pre = U >> 16
                nctx = len(prev_p)
                A = np.bincount(pre, weights=a, minlength=nctx)
                S = np.bincount(pre[kept], weights=num[kept], minlength=nctx)
                with np.errstate(divide="ignore", invalid="ignore"):
                    gamma = np.where(A > 0, 1.0 - S / np.where(A > 0, A, 1), 1.0)
                gamma = np.maximum(gamma, 1e-12)
                low = prev_p[suf]
                assert np.all(self.kept[k - 1][suf[kept]]), "suffix of a kept n-gram was cut"
                with np.errstate(divide="ignore", invalid="ignore"):
                    p = num / A[pre] + gamma[pre] * low
                self.U[k] = U
                self.lbow[k] = np.log(gamma).astype(np.float32)
                del suf, pre, A, S
            self.kept[k] = kept
            self.lp[k] = np.where(kept, np.log(np.maximum(p, 1e-300)), -np.inf).astype(np.float32)
            self.sizes[k] = int(kept.sum())
            prev_p = np.where(kept, p, 0.0)
            print(f"  order {k}: D={np.unique(D)} kept {self.sizes[k]:,}", flush=True)

    def _stupid(self, N, t):
        # stupid backoff (alpha 0.4), relative frequencies of weighted counts
        prev_c = None
        for k in range(1, N + 1):
            c = load(f"c{k}").astype(np.float64)
            kept = (c >= t) if (k >= 3 and t > 1) else np.ones(len(c), dtype=bool)
            if k == 1:
                c1 = c.copy(); c1[0] = 0
                p = (c1 + 0.5) / (c1.sum() + 0.5 * V)
                self.U[1] = None
            else:
                U = load(f"U{k}")
                pre = U >> 16
                ctx = np.bincount(pre, weights=c, minlength=len(prev_c))  # context counts
                p = c / ctx[pre]
                self.U[k] = U
                self.lbow[k] = np.full(len(prev_c), np.log(0.4), dtype=np.float32)
            self.kept[k] = kept
            self.lp[k] = np.where(kept, np.log(p), -np.inf).astype(np.float32)
            self.sizes[k] = int(kept.sum())
            prev_c = c

    def step(self, S, w):
        """S: (P, N-1) suffix ids of histories, w: (P,) next ids -> logp (P,), new S (P, N-1)."""
        N = self.N
        res = self.lp[1][w].astype(np.float64)
        newS = np.full_like(S, -1)
        newS[:, 0] = w
        for k in range(2, N + 1):
            ctx = S[:, k - 2]
            has = ctx >= 0
            key = (np.where(has, ctx, 0) << 16) | w
            U = self.U[k]
            idx = np.searchsorted(U, key)
            idx = np.minimum(idx, len(U) - 1)
            found = has & (U[idx] == key)
            kept = found & self.kept[k][idx]
            bow = np.where(has, self.lbow[k][np.where(has, ctx, 0)], 0.0)
            res = np.where(kept, self.lp[k][idx], res + bow)
            if k <= N - 1:
                newS[:, k - 1] = np.where(found, idx, -1)
        return res, newS


def pieces(line):
    """Whitespace tokens -> list of (token, [(start, end, text)]) pieces."""
    return [(tok, [(m.start(), m.end(), m.group()) for m in RX.finditer(tok)]) for tok in line.split()]


def lm_slots(line):
    """Decoding slots: (candidate ids, piece text) in order; and the token structure."""
    toks = pieces(line)
    slots = []
    for tok, ps in toks:
        for (_, _, text) in ps:
            low = text.lower()
            if text[0].isdigit():
                slots.append((np.array([3]), text, False))
            elif text.isalpha():
                c = CANDS.get(low)
                if c is None:
                    slots.append((np.array([VID.get(low, 2)]), text, False))
                else:
                    slots.append((c, text, True))
            else:
                slots.append((np.array([VID.get(text, 4)]), text, False))
    return toks, slots


def apply_case(src, out):
    if len(src) != len(out):
        return out
    return "".join(o.upper() if s.isupper() else o for s, o in zip(src, out))


def decode(model, line, beam):
    toks, slots = lm_slots(line)
    N = model.N
    S = np.full((1, N - 1), -1, dtype=np.int64); S[0, 0] = 0
    score = np.zeros(1)
    back = []
    for cands, text, restorable in slots:
        ns, C = len(S), len(cands)
        Sp = np.repeat(S, C, axis=0)
        w = np.tile(cands, ns)
        lp, newS = model.step(Sp, w)
        tot = np.repeat(score, C) + lp
        order = np.argsort(-tot, kind="stable")
        newS = newS[order]; tot = tot[order]
        parent = order // C; ci = order % C
        _, first = np.unique(np.ascontiguousarray(newS).view(np.dtype((np.void, newS.dtype.itemsize * (N - 1)))).ravel(), return_index=True)
        first = np.sort(first)[:beam]
        S, score = newS[first], tot[first]
        back.append((parent[first], ci[first]))
    lp, _ = model.step(S, np.full(len(S), 1, dtype=np.int64))
    best = int(np.argmax(score + lp))
    choice = []
    for par, ci in reversed(back):
        choice.append(int(ci[best])); best = int(par[best])
    choice.reverse()
    outs = []
    for (cands, text, restorable), c in zip(slots, choice):
        outs.append(apply_case(text, VOCAB[cands[c]]) if restorable else text)
    # reassemble whitespace tokens
    res, j = [], 0
    for tok, ps in toks:
        s, last = [], 0
        for (a, b, _) in ps:
            s.append(tok[last:a]); s.append(outs[j]); j += 1; last = b
        s.append(tok[last:])
        res.append("".join(s))
    return res


def evaluate(model, beam, errors=None):
    out = {}
    for name, stripped, correct in SETS:
        src = open(f"{FIX}/{stripped}", encoding="utf-8").read().split("\n")
        ref = open(f"{FIX}/{correct}", encoding="utf-8").read().split("\n")
        right = total = lright = ltotal = 0
        for s, r in zip(src, ref):
            if not r.strip():
                continue
            hyp = decode(model, s, beam)
            rw = r.split()
            total += len(rw)
            for i, x in enumerate(rw):
                letter = any(ch.isalpha() for ch in x)
                ltotal += letter
                if i < len(hyp) and hyp[i] == x:
                    right += 1
                    lright += letter
                elif errors is not None:
                    h = hyp[i] if i < len(hyp) else ""
                    errors[name][(h, x)] += 1
                    if h.lower() == x.lower():
                        kind = "case only"
                    elif any(VID.get(pc.lower()) is None for pc in RX.findall(x) if pc.isalpha()):
                        kind = "truth syllable not in vocabulary"
                    else:
                        kind = "wrong choice among candidates"
                    errors[name + " kinds"][kind] += 1
        out[name] = (right, total, lright, ltotal)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, nargs="+", default=[3, 4, 5])
    p.add_argument("--cutoffs", type=int, nargs="+", default=[1, 3])
    p.add_argument("--beam", type=int, default=64)
    p.add_argument("--smoothing", default="kn", choices=["kn", "mkn", "sb"])
    p.add_argument("--errors", action="store_true")
    a = p.parse_args()
    for N in a.orders:
        for t in a.cutoffs:
            t0 = time.time()
            print(f"order {N} cut-off {t} ({a.smoothing}):", flush=True)
            m = Model(N, t, a.smoothing)
            t1 = time.time()
            errs = collections.defaultdict(collections.Counter) if a.errors else None
            r = evaluate(m, a.beam, errs)
            g, l = r["general"], r["legal"]
            sizes = " / ".join(f"{m.sizes[k]:,}" for k in range(1, N + 1))
            print(f"RESULT order={N} smoothing={a.smoothing} cutoff={t} beam={a.beam} sizes={sizes} total={sum(m.sizes.values()):,} "
                  f"general={g[0]}/{g[1]}={100*g[0]/g[1]:.2f}% legal={l[0]}/{l[1]}={100*l[0]/l[1]:.2f}% "
                  f"errors general={g[1]-g[0]} legal={l[1]-l[0]} letter-words general={100*g[2]/g[3]:.2f}% legal={100*l[2]/l[3]:.2f}% "
                  f"[build {t1-t0:.0f}s, decode {time.time()-t1:.0f}s]", flush=True)
            if errs:
                for name in ("general", "legal"):
                    print(f"  error kinds ({name}): {dict(errs[name + ' kinds'])}")
                    print(f"  top errors ({name}): hypothesis -> truth: count")
                    for (h, x), n in errs[name].most_common(15):
                        print(f"    {h} -> {x}: {n}")
            del m


if __name__ == "__main__":
    main()
