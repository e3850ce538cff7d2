#!/usr/bin/env python3
"""Builds Dictionaries/restorer-context.bin: a small network that scores the readings of a
word typed without diacritics from the seven words around it, as typed.

The trigram model sees two restored words on each side; this network sees three typed
words on each side through learnt embeddings, so contexts the corpus never held verbatim
still share what similar ones taught. The decoder adds its log-probabilities to the
channel cost of each reading (`ContextModel` in Swift).

    python3 Scripts/restorer/context_model.py prepare [--shared ../shared] [--work /tmp/ctx]
    python3 Scripts/restorer/context_model.py train   [--work /tmp/ctx]
    python3 Scripts/restorer/context_model.py export  [--work /tmp/ctx] [--out Dictionaries]
    python3 Scripts/restorer/context_model.py evaluate [--out Dictionaries]

prepare reads the same corpora as `vanban model build` (legal and general, held-out lines
skipped by the same FNV-1a rule); train needs PyTorch (CPU, pinned in the README section);
training is seeded and single-threaded, so two runs give the same file; evaluate measures
the exported network alone on the held-out lines of Fixtures/restorer (numpy only).
"""

import argparse
import lzma
import os
import re
import struct
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
from vntext import fnv1a64, modern_tone_marks, strip_diacritics  # noqa: E402

CORPORA = (
    "phapdien.txt.xz",
    "vlc-laws.txt.xz",
    "general/viwiki.txt.xz",
    "general/viwik19.txt.xz",
    "general/viwikisum.txt.xz",
    "general/khudocmo.txt.xz",
    "general/debian-vi.txt.xz",
    "general/vntc-train.txt.xz",
)
WINDOW = 3  # words on each side
FOLDED_VOCABULARY = 8000  # commonest typed forms; the rest read as <unk>
READING_MIN_COUNT = 5  # readings seen fewer times are not scored
EMBEDDING = 32
HIDDEN = 192
SPECIAL = ["<pad>", "<unk>", "<s>", "<n>", "<.>", "<,>"]
TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
SENTENCE_END = set(".?!…")


def tokens(line):
    """Lower-case tokens of a line: words (modern tone marks), <n> for numbers, <.>/<,>."""
    out = []
    for match in TOKEN.finditer(unicodedata.normalize("NFC", line).lower()):
        text = match.group()
        if text[0].isdigit():
            out.append("<n>")
        elif not text[0].isalpha():
            out.append("<.>" if text in SENTENCE_END else "<,>")
        else:
            out.append(text)
    return out


def language_model_vocabulary(path):
    """The syllables of restorer-lm.bin (see ModelLayout.swift: header, then the vocabulary)."""
    with open(path, "rb") as f:
        header = f.read(88)
        assert header[:8] == b"VBLM0002", "not a restorer language model"
        fields = struct.unpack("<10Q", header[8:])
        f.seek(fields[2])
        return f.read(fields[3]).decode("utf-8").split("\n")


def prepare(args):
    import numpy as np

    os.makedirs(args.work, exist_ok=True)
    ids, stream = {}, []
    for name in CORPORA:
        path = os.path.join(args.shared, "corpus", name)
        lines = 0
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if not line or fnv1a64(line) % 100 == 0:
                    continue
                stream.append(0)  # line boundary
                for token in tokens(modern_tone_marks(line)):
                    index = ids.get(token)
                    if index is None:
                        index = ids[token] = len(ids) + 1
                    stream.append(index)
                lines += 1
        if name == CORPORA[1]:
            with open(os.path.join(args.work, "general_start.txt"), "w") as f:
                f.write(f"{len(stream)}\n")
        print(f"{name}: {lines} lines, {len(stream)} tokens so far", file=sys.stderr)
    stream.append(0)
    stream = np.array(stream, dtype=np.int32)
    forms = [""] * (len(ids) + 1)
    for token, index in ids.items():
        forms[index] = token
    counts = np.bincount(stream, minlength=len(forms))
    # Typed (folded) vocabulary and readings.
    folded_counts = {}
    for index in range(1, len(forms)):
        token = forms[index]
        key = token if token.startswith("<") else strip_diacritics(token)
        folded_counts[key] = folded_counts.get(key, 0) + int(counts[index])
    folded = [t for t in SPECIAL]
    for key, _ in sorted(folded_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if key in SPECIAL:
            continue
        if len(folded) >= FOLDED_VOCABULARY:
            break
        folded.append(key)
    folded_index = {t: i for i, t in enumerate(folded)}
    # Readings are syllables of the language model's vocabulary: the decoder's candidates.
    known = set(language_model_vocabulary(args.model))
    readings = sorted(
        (forms[i] for i in range(1, len(forms))
         if forms[i] in known and counts[i] >= READING_MIN_COUNT
         and strip_diacritics(forms[i]) in folded_index),
        key=lambda t: (strip_diacritics(t), t))
    reading_index = {t: i for i, t in enumerate(readings)}
    fold_of = np.zeros(len(forms), dtype=np.int32)
    reading_of = np.full(len(forms), -1, dtype=np.int32)
    fold_of[0] = folded_index["<s>"]
    for index in range(1, len(forms)):
        token = forms[index]
        key = token if token.startswith("<") else strip_diacritics(token)
        fold_of[index] = folded_index.get(key, 1)
        reading_of[index] = reading_index.get(token, -1)
    # Readings of each typed form, padded.
    by_fold = {}
    for t in readings:
        by_fold.setdefault(folded_index[strip_diacritics(t)], []).append(reading_index[t])
    width = max(len(v) for v in by_fold.values())
    choices = np.full((len(folded), width), -1, dtype=np.int32)
    for f, rs in by_fold.items():
        choices[f, : len(rs)] = rs
    np.save(os.path.join(args.work, "folded_stream.npy"), fold_of[stream])
    np.save(os.path.join(args.work, "reading_stream.npy"), reading_of[stream])
    np.save(os.path.join(args.work, "choices.npy"), choices)
    with open(os.path.join(args.work, "vocabulary.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(folded) + "\n\n" + "\n".join(readings) + "\n")
    print(f"{len(stream)} tokens, {len(folded)} typed forms, {len(readings)} readings, "
          f"at most {width} readings per form", file=sys.stderr)


def load_vocabulary(work):
    text = open(os.path.join(work, "vocabulary.txt"), encoding="utf-8").read()
    folded, readings = text.split("\n\n")
    return folded.split("\n"), readings.rstrip("\n").split("\n")


def build_network(torch, folded_count, reading_count):
    class ContextNetwork(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = torch.nn.Embedding(folded_count, EMBEDDING)
            self.hidden = torch.nn.Linear(EMBEDDING * (2 * WINDOW + 1), HIDDEN)
            self.readings = torch.nn.Embedding(reading_count, HIDDEN)
            self.bias = torch.nn.Embedding(reading_count, 1)

        def forward(self, window, choices):
            h = torch.relu(self.hidden(self.embedding(window).flatten(1)))
            safe = choices.clamp(min=0)
            scores = (self.readings(safe) * h.unsqueeze(1)).sum(-1) + self.bias(safe).squeeze(-1)
            return scores.masked_fill(choices < 0, -1e9)

    return ContextNetwork()


def examples(work, general_only=False):
    """Positions whose typed form has two readings or more and whose reading is known."""
    import numpy as np

    folded = np.load(os.path.join(work, "folded_stream.npy"))
    reading = np.load(os.path.join(work, "reading_stream.npy"))
    choices = np.load(os.path.join(work, "choices.npy"))
    ambiguous = (choices >= 0).sum(1) >= 2
    positions = np.nonzero((reading >= 0) & ambiguous[folded])[0]
    positions = positions[(positions >= WINDOW) & (positions < len(folded) - WINDOW)]
    if general_only:
        start = int(open(os.path.join(work, "general_start.txt")).read())
        positions = positions[positions >= start]
    return folded, reading, choices, positions


def windows(np, folded, positions):
    offsets = np.arange(-WINDOW, WINDOW + 1)
    w = folded[positions[:, None] + offsets[None, :]].copy()
    # Nothing is seen across a line boundary: words beyond one read as the boundary.
    boundary = 2
    for side in (range(WINDOW - 1, -1, -1), range(WINDOW + 1, 2 * WINDOW + 1)):
        seen = np.zeros(len(positions), dtype=bool)
        for column in side:
            seen |= w[:, column] == boundary
            w[seen, column] = boundary
    return w


def train(args):
    # Each step frees tensors of tens of MB; glibc hands such blocks back to the system and
    # maps them again at the next step: with its default thresholds 61 % of a training's CPU
    # time was the kernel's (500 steps: 80 s wall, 48 s system; with these: 30 s, 3 s; the
    # same weights). The variables are read at start-up, so the script starts again with them.
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        os.environ["MALLOC_MMAP_THRESHOLD_"] = os.environ["MALLOC_TRIM_THRESHOLD_"] = str(1 << 32)
        os.execv(sys.executable, [sys.executable] + sys.argv)
    import numpy as np
    import torch

    torch.manual_seed(7)
    torch.set_num_threads(args.threads)
    folded_vocab, readings = load_vocabulary(args.work)
    folded, reading, choices, positions = examples(args.work, args.general_only)
    rng = np.random.default_rng(7)
    rng.shuffle(positions)
    limit = min(len(positions), args.examples)
    positions = positions[:limit]
    print(f"{limit} training examples", file=sys.stderr)
    model = build_network(torch, len(folded_vocab), len(readings))
    optimiser = torch.optim.Adam(model.parameters(), lr=args.rate)
    steps = (limit + args.batch - 1) // args.batch
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, args.rate, total_steps=steps)
    loss_sum = correct = seen = 0
    for step in range(steps):
        batch = positions[step * args.batch : (step + 1) * args.batch]
        w = torch.from_numpy(windows(np, folded, batch)).long()
        c = torch.from_numpy(choices[folded[batch]]).long()
        target = (c == torch.from_numpy(reading[batch]).long()[:, None]).float().argmax(1)
        scores = model(w, c)
        loss = torch.nn.functional.cross_entropy(scores, target)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        schedule.step()
        loss_sum += loss.item() * len(batch)
        correct += (scores.argmax(1) == target).sum().item()
        seen += len(batch)
        if (step + 1) % 500 == 0 or step + 1 == steps:
            print(f"step {step + 1}/{steps} loss {loss_sum / seen:.4f} "
                  f"accuracy {correct / seen:.4f}", file=sys.stderr)
            loss_sum = correct = seen = 0
    torch.save(model.state_dict(), os.path.join(args.work, "network.pt"))


def export(args):
    """Writes the network in the layout `ContextModel` reads (little-endian, float16)."""
    import numpy as np
    import torch

    folded_vocab, readings = load_vocabulary(args.work)
    state = torch.load(os.path.join(args.work, "network.pt"))
    arrays = [state[name].numpy() for name in
              ("embedding.weight", "hidden.weight", "hidden.bias", "readings.weight")]
    arrays.append(state["bias.weight"].numpy()[:, 0])
    path = os.path.join(args.out, "restorer-context.bin")
    with open(path, "wb") as f:
        names = "\n".join(folded_vocab).encode() + b"\0" + "\n".join(readings).encode()
        f.write(b"VBCTX001")
        f.write(struct.pack("<6I", 2 * WINDOW + 1, EMBEDDING, HIDDEN, len(folded_vocab),
                            len(readings), len(names)))
        f.write(names)
        f.write(b"\0" * ((-len(names)) % 16))
        for array in arrays:
            f.write(array.astype("<f2").tobytes())
    print(f"wrote {path}: {os.path.getsize(path)} bytes", file=sys.stderr)


def read_network(path):
    """The network of a `restorer-context.bin` file: sizes, names and float32 arrays."""
    import numpy as np

    data = open(path, "rb").read()
    assert data[:8] == b"VBCTX001", f"{path}: not a VanBan context network"
    slots, width, hidden, forms, readings, names_length = struct.unpack("<6I", data[8:32])
    names = data[32 : 32 + names_length].decode("utf-8").split("\0")
    offset = (32 + names_length + 15) // 16 * 16
    arrays = []
    for count in (forms * width, hidden * slots * width, hidden, readings * hidden, readings):
        arrays.append(np.frombuffer(data, "<f2", count, offset).astype(np.float32))
        offset += 2 * count
    assert offset == len(data), f"{path}: the header does not match the file"
    embedding, weights, bias, vectors, reading_bias = arrays
    return dict(slots=slots, folded=names[0].split("\n"), readings=names[1].split("\n"),
                embedding=embedding.reshape(forms, width),
                weights=weights.reshape(hidden, slots * width), bias=bias,
                vectors=vectors.reshape(readings, hidden), reading_bias=reading_bias)


def evaluate(args):
    """The shipped network alone on the held-out lines: of the words whose typed form has two
    readings or more, how many it puts first among them. In a restore its scores only weigh
    the trigram decoder's readings: these figures say what the network knows, not what a
    restore gets right."""
    import numpy as np

    net = read_network(os.path.join(args.out, "restorer-context.bin"))
    half = net["slots"] // 2
    folded_index = {t: i for i, t in enumerate(net["folded"])}
    reading_index = {t: i for i, t in enumerate(net["readings"])}
    by_form = {}
    for row, reading in enumerate(net["readings"]):
        by_form.setdefault(folded_index[strip_diacritics(reading)], []).append(row)
    for name in ("heldout-correct.txt", "heldout-general-correct.txt"):
        windows_, truths = [], []
        for line in open(os.path.join(args.fixtures, name), encoding="utf-8"):
            words = tokens(modern_tone_marks(line.rstrip("\n")))
            ids = [2] * half + [folded_index.get(
                w if w.startswith("<") else strip_diacritics(w), 1) for w in words] + [2] * half
            for k, word in enumerate(words):
                if word in reading_index and len(by_form.get(ids[k + half], [])) >= 2:
                    windows_.append(ids[k : k + net["slots"]])
                    truths.append(reading_index[word])
        hidden = np.maximum(
            net["embedding"][np.array(windows_)].reshape(len(truths), -1) @ net["weights"].T
            + net["bias"], 0)
        right = 0
        for h, window, truth in zip(hidden, windows_, truths):
            rows = by_form[window[half]]
            scores = net["vectors"][rows] @ h + net["reading_bias"][rows]
            right += rows[int(np.argmax(scores))] == truth
        print(f"{name}: {right}/{len(truths)} words with two readings or more put first "
              f"({100 * right / len(truths):.2f} %)")


def main():
    global WINDOW, EMBEDDING, HIDDEN
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=["prepare", "train", "export", "evaluate"])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__),
                                                         "../../../shared"))
    parser.add_argument("--work", default="/tmp/ctx")
    parser.add_argument("--out", default="Dictionaries")
    parser.add_argument("--model", default="Dictionaries/restorer-lm.bin")
    parser.add_argument("--fixtures", default="Fixtures/restorer",
                        help="where evaluate finds the held-out lines")
    parser.add_argument("--examples", type=int, default=40_000_000)
    parser.add_argument("--batch", type=int, default=2048)
    parser.add_argument("--rate", type=float, default=0.006)
    parser.add_argument("--threads", type=int, default=1,
                        help="PyTorch threads (one: checked deterministic, 15 minutes)")
    parser.add_argument("--window", type=int, default=WINDOW)
    parser.add_argument("--general-only", action="store_true",
                        help="learn from corpus/general/ only (measured: worse)")
    parser.add_argument("--embedding", type=int, default=EMBEDDING)
    parser.add_argument("--hidden", type=int, default=HIDDEN)
    args = parser.parse_args()
    WINDOW, EMBEDDING, HIDDEN = args.window, args.embedding, args.hidden
    {"prepare": prepare, "train": train, "export": export, "evaluate": evaluate}[args.step](args)


if __name__ == "__main__":
    main()
