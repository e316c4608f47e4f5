"""Lexical tokens for Vietnamese BM25: folded syllables, compounds, codes, numbers.

Whitespace tokenization breaks Vietnamese twice: words span several syllables
("mô hình", "chủ nhật") and users type without diacritics. Each text therefore
yields

* every syllable, diacritic-folded ("phường" -> ``phuong``);
* every multi-syllable word found by underthesea ``word_tokenize``, folded and
  joined with ``_`` (``mo_hinh``);
* document numbers as written ("18-NQ/TW" -> ``18-nq/tw``, "12/KH-UBND");
* numbers with their separators ("37.000", "77,19").

The same function serves documents and queries (queries also drop question
words such as "bao nhiêu", "nào", "which").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import fold, normalize

__all__ = ["lexical_tokens", "query_tokens", "segment", "DOC_NUMBER", "QUESTION_WORDS"]

DOC_NUMBER = re.compile(r"\b\d+[a-zA-Z]?(?:[/-][A-ZĐa-zđ0-9]*[A-ZĐ][A-ZĐa-zđ0-9]*)+\b")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)+\b")
_SYLLABLE = re.compile(r"\w+")

# Folded question words and English function words: noise in a BM25 query.
QUESTION_WORDS = frozenset(
    """nao gi bao nhieu may ai sao the khong chua hay la co duoc khi ra
    nhung cac cua va voi cho trong tai thi ma
    what which who whom whose when where why how many much did does do is are was were the a an of in on at to
    for by with and or from that this these those it its as be been has have had any""".split()
)


@lru_cache(maxsize=4096)
def _segment_cached(text: str) -> tuple[str, ...]:
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


def segment(text: str) -> list[str]:
    """underthesea words of ``text`` (cached for short texts such as queries)."""
    if len(text) < 400:
        return list(_segment_cached(text))
    from underthesea import word_tokenize

    return word_tokenize(text)


def lexical_tokens(text: str, compounds: bool = True) -> list[str]:
    """Tokens of a document or query text for BM25 (see module docstring)."""
    text = normalize(text)
    tokens = [fold(s) for s in _SYLLABLE.findall(text)]
    if compounds:
        for word in segment(text):
            if " " in word:
                parts = _SYLLABLE.findall(fold(word))
                if len(parts) > 1:
                    tokens.append("_".join(parts))
    tokens.extend(fold(m.group(0)) for m in DOC_NUMBER.finditer(text))
    tokens.extend(m.group(0) for m in _NUMBER.finditer(text))
    return tokens


def query_tokens(query: str) -> list[str]:
    """:func:`lexical_tokens` of a query without question words."""
    return [t for t in lexical_tokens(query) if t not in QUESTION_WORDS]
