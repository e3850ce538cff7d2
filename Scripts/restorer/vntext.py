"""Small Vietnamese text helpers shared by the restorer's data scripts.

The Swift builder (`vanban model build`) and these scripts must agree on two things:
which corpus lines are held out (FNV-1a 64 of the line's UTF-8 bytes, mod 100 == 0)
and the modern tone-mark placement, so both are defined here once for Python.
"""

import unicodedata

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1

TONE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def fnv1a64(text: str) -> int:
    """FNV-1a 64-bit hash of the UTF-8 bytes (the same function as the Swift builder)."""
    h = FNV_OFFSET
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * FNV_PRIME) & MASK64
    return h


def is_held_out(line: str) -> bool:
    """True for the lines the language model must never see."""
    return fnv1a64(line) % 100 == 0


def strip_diacritics(text: str) -> str:
    """Removes tones and vowel marks, keeps case: 'Đề Án' -> 'De An' (typed without accents)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append({"đ": "d", "Đ": "D"}.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def _modern_word(word: str) -> str:
    # Old style puts the tone on the second vowel of a final oa/oe/uy ("hoà", "thuỷ");
    # modern style on the first ("hòa", "thủy"). "quý" keeps its mark: u belongs to qu.
    decomposed = unicodedata.normalize("NFD", word)
    letters = list(decomposed)
    bases = [i for i, c in enumerate(letters) if not unicodedata.combining(c)]
    if len(bases) < 2:
        return word
    last, prev = bases[-1], bases[-2]
    pair = (letters[prev].lower(), letters[last].lower())
    if pair not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return word
    if pair == ("u", "y") and len(bases) >= 3 and letters[bases[-3]].lower() == "q":
        return word
    # Marks attached to the prev vowel must be none (o with circumflex/horn is not oa).
    if last - prev != 1:
        return word
    tone = [c for c in letters[last + 1 :] if c in TONE_MARKS]
    if not tone:
        return word
    rest = [c for c in letters[last + 1 :] if c not in TONE_MARKS]
    new = letters[: prev + 1] + tone + [letters[last]] + rest
    return unicodedata.normalize("NFC", "".join(new))


def modern_tone_marks(text: str) -> str:
    """Re-places tone marks of word-final oa/oe/uy in the modern style."""
    out, word = [], []
    for ch in text:
        if ch.isalpha():
            word.append(ch)
        else:
            if word:
                out.append(_modern_word("".join(word)))
                word = []
            out.append(ch)
    if word:
        out.append(_modern_word("".join(word)))
    return "".join(out)
