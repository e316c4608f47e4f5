"""Vietnamese text normalization, shared by articles and queries.

One place decides what "the same text" means:

* Unicode NFC (decomposed input such as ``o`` + U+0302 + U+0301 becomes ``ố``);
* one tone-mark convention: the traditional placement ("hòa", "thủy", "khỏe",
  "ủy") -- the modern placement ("hoà", "thuỷ", "khoẻ", "uỷ") is rewritten to it;
* whitespace: runs of spaces/tabs become one space, blank-line runs one blank line;
* folding for diacritic-free matching: ``fold("Phường")  == "phuong"``.

:func:`normalize_with_map` also returns, for every character of the normalized
text, the index of the character it came from in the input, so spans found in
normalized text can be quoted and highlighted in the text as written.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize", "normalize_with_map", "fold", "to_original_span", "TONE_MARKS"]

# Combining tone marks: grave, acute, tilde, hook above, dot below.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE_SET = frozenset(TONE_MARKS)
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_WORD_CHAR = re.compile(r"\w")

# Rhymes whose tone mark moves between conventions when nothing follows them.
_MOVABLE = {"oa", "oe", "uy"}


def _retone_syllable(word: str) -> str:
    """Put the tone mark of one NFC syllable on its traditional vowel."""
    base = unicodedata.normalize("NFD", word)
    tones = [c for c in base if c in _TONE_SET]
    if len(tones) != 1:
        return word
    bare = unicodedata.normalize("NFC", "".join(c for c in base if c not in _TONE_SET))
    low = bare.lower()
    if len(bare) < 2 or low[-2:] not in _MOVABLE:
        return word
    if len(bare) > 2 and (bare[-3] in _VOWELS or (low[-2:] == "uy" and low[-3] == "q")):
        return word  # "quý", "khuya"...: not an oa/oe/uy rhyme of its own
    out = bare[:-1] + tones[0] + bare[-1]  # mark on the first vowel of the rhyme
    return unicodedata.normalize("NFC", out)


_SYLLABLE = re.compile(r"\w+")


def _retone(text: str) -> str:
    """Apply :func:`_retone_syllable` to every word; length preserving in NFC."""
    return _SYLLABLE.sub(lambda m: _retone_syllable(m.group(0)), text)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and map each output character to its input index.

    Returns ``(normalized, offsets)`` with ``len(offsets) == len(normalized)``;
    ``offsets[i]`` is the index in ``text`` of the character (or the start of
    the combining sequence) that produced ``normalized[i]``.
    """
    # 1. NFC per base character + its combining marks, remembering the start.
    chars: list[str] = []
    starts: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        for c in cluster:
            chars.append(c)
            starts.append(i)
        i = j
    nfc = "".join(chars)
    # 2. Tone-mark convention (length preserving on NFC text).
    toned = _retone(nfc)
    if len(toned) != len(nfc):  # defensive: never lose the offset map
        toned = nfc
    # 3. Whitespace: \r\n -> \n, space runs -> " ", 3+ newlines -> 2, strip lines.
    out: list[str] = []
    offs: list[int] = []
    for c, o in zip(toned, starts):
        if c in "\u00a0\u200b\ufeff\t\r\x0b\x0c" or (c.isspace() and c != "\n"):
            c = "" if c in "\u200b\ufeff\r" else " "
        if not c:
            continue
        if c == " ":
            if not out or out[-1] in " \n":
                continue
        elif c == "\n":
            while out and out[-1] == " ":
                out.pop()
                offs.pop()
            if len(out) >= 2 and out[-1] == "\n" and out[-2] == "\n":
                continue
            if not out:
                continue
        out.append(c)
        offs.append(o)
    while out and out[-1] in " \n":
        out.pop()
        offs.pop()
    return "".join(out), offs


def normalize(text: str) -> str:
    """NFC, traditional tone placement, tidy whitespace."""
    return normalize_with_map(text)[0]


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lowercase and strip diacritics; same length as an NFC input."""
    out = []
    for c in text.translate(_FOLD_EXTRA).lower():
        base = unicodedata.normalize("NFD", c)[0] if ord(c) > 127 else c
        out.append(base)
    return "".join(out)


def to_original_span(original: str, offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a ``[start, end)`` span of normalized text to ``[start, end)`` in ``original``."""
    if start >= end or start >= len(offsets):
        return (0, 0)
    end = min(end, len(offsets))
    o_end = offsets[end - 1] + 1
    while o_end < len(original) and unicodedata.combining(original[o_end]):
        o_end += 1
    return offsets[start], o_end
