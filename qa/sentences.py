"""Sentences of an article with offsets into its normalized text (and, through it, the original).

Sentences come from underthesea ``sent_tokenize`` (via
:func:`index.chunking.sentence_spans`), then two glued forms of the source
texts are split too: "khá…Tại Hội nghị" and "năm 2024.Trong đó". Results are
cached per article text.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

from index.chunking import sentence_spans
from index.records import Article

from .text import LOWER, UPPER, Token, expand, tokens

__all__ = ["Sentence", "article_sentences"]

# "khá…Tại", "2024.Trong": a sentence end glued to the next sentence's capital.
_GLUED = re.compile(rf"(?<=[{LOWER}0-9]{{2}})(?:…|\.{{1,3}})(?=[{UPPER}][{LOWER}])")
_CACHE_SIZE = 2048


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``start``/``end`` in ``Article.text``; ``n`` its rank in the article."""

    doc_id: str
    n: int
    start: int
    end: int
    text: str

    @cached_property
    def tokens(self) -> list[Token]:
        """Words for matching (abbreviations expanded), offsets in ``Article.text``."""
        return expand(tokens(self.text, self.start))

    @cached_property
    def folds(self) -> set[str]:
        return {t.fold for t in self.tokens}

    @cached_property
    def lows(self) -> set[str]:
        return {t.low for t in self.tokens}

    def keys(self, accented: bool) -> set[str]:
        """Word keys of the sentence (see :func:`qa.text.key_of`)."""
        return self.lows if accented else self.folds


def _split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, cur = [], start
    for m in _GLUED.finditer(text, start, end):
        out.append((cur, m.end()))
        cur = m.end()
    out.append((cur, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


_cache: OrderedDict[tuple[str, int], list[Sentence]] = OrderedDict()


def article_sentences(article: Article) -> list[Sentence]:
    """The sentences of ``article`` (cached by id and text)."""
    key = (article.id, hash(article.text))
    hit = _cache.get(key)
    if hit is not None:
        _cache.move_to_end(key)
        return hit
    text = article.text
    spans: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        spans.extend(_split_glued(text, s, e))
    out = [Sentence(article.id, i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    _cache[key] = out
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return out
