"""IDF weights of folded syllables and the lexical match of a question with a sentence or an article.

Weights come from the indexed chunks (document frequency of each folded
syllable); a question word the corpus never uses gets the highest weight.
Bigrams of adjacent question words found adjacent in the text earn a bonus, so
"cấp xã" counts for more than "cấp" and "xã" apart.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from index.normalize import fold

from .text import Token, expand, key_of, tokens


@lru_cache(maxsize=65536)
def _fold(term: str) -> str:
    return fold(term)


__all__ = ["Vocab", "vocab_for", "coverage", "term_positions", "corpus_names"]


class Vocab:
    """Document frequencies of folded syllables over a set of texts."""

    def __init__(self, texts: Iterable[str]):
        df: Counter[str] = Counter()
        bi: Counter[tuple[str, str]] = Counter()
        pairs: Counter[tuple[str, str]] = Counter()
        capital: Counter[tuple[str, str]] = Counter()
        n = 0
        for text in texts:
            n += 1
            raw = tokens(text)
            folds = [t.fold for t in expand(raw)]
            df.update(set(folds))
            bi.update(set(zip(folds, folds[1:])))
            for a, b in zip(raw, raw[1:]):
                if text[a.end : b.start] != " " or a.is_num or b.is_num:
                    continue
                key = (a.fold, b.fold)
                pairs[key] += 1
                if a.text[:1].isupper() and b.text[:1].isupper() and not (a.text.isupper() and len(a.text) > 1):
                    capital[key] += 1
        self.n = max(n, 1)
        self.df = df
        self.bigram_df = bi
        # word pairs the corpus nearly always writes capitalized: proper names ("Long Xuyên", "Bắc Ninh")
        self.name_pairs = frozenset(k for k, c in capital.items() if c >= 2 and c >= 0.8 * pairs[k])

    def idf(self, term: str) -> float:
        """IDF of a term (its folded form is looked up, so accented keys work too)."""
        return math.log((self.n + 1) / (self.df.get(_fold(term), 0) + 0.5))

    def known(self, term: str) -> bool:
        return term in self.df

    def known_bigram(self, a: str, b: str) -> bool:
        return (a, b) in self.bigram_df


_vocabs: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def vocab_for(index) -> Vocab:
    """The :class:`Vocab` of an index's chunks (built once per loaded index)."""
    v = _vocabs.get(index)
    if v is None:
        v = Vocab(f"{c.header}\n{c.text}" if c.header else c.text for c in index.chunks)
        _vocabs[index] = v
    return v


# A word and the one the other style of the same phrase writes ("đúng hẹn" / "đúng hạn"): a question term
# matches its alternate where the text has it, keeping its own weight (merging the two as one key would lower
# both words' IDF).
ALTERNATES: dict[str, str] = {
    "hẹn": "hạn",
    "hạn": "hẹn",
    "hen": "han",
    "han": "hen",
    "hằng": "hàng",
    "hàng": "hằng",
    "ánh": "ảnh",  # "phản ánh" is also written "phản ảnh"
    "ảnh": "ánh",
}


def _as_term(key: str, wanted: set[str]) -> str:
    """``key`` or, when only its alternate is a question term, that term."""
    if key in wanted:
        return key
    alt = ALTERNATES.get(key)
    return alt if alt in wanted else key


def term_positions(toks: list[Token], terms: Iterable[str], accented: bool = False) -> dict[str, list[int]]:
    """Token indexes of each question term (a key, see :func:`qa.text.key_of`, or its alternate) in ``toks``."""
    wanted = set(terms)
    out: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        k = _as_term(key_of(t, accented), wanted)
        if k in wanted:
            out.setdefault(k, []).append(i)
    return out


def coverage(
    folds: set[str] | list[str],
    terms: tuple[str, ...],
    vocab: Vocab,
    seq: list[str] | None = None,
    context: set[str] | None = None,
    context_credit: float = 0.5,
) -> float:
    """IDF-weighted share of ``terms`` present in ``folds`` (+ bonus for adjacent question bigrams in ``seq``).

    A term missing from ``folds`` but present in ``context`` (the rest of the article: news sentences
    name the place and the period once) earns ``context_credit`` of its weight.
    """
    uniq = list(dict.fromkeys(terms))
    if not uniq:
        return 0.0
    wanted = set(uniq)
    plain = wanted.isdisjoint(ALTERNATES)  # the common case: no word with an alternate asked
    if plain:
        present, context = set(folds), context or set()
    else:
        present = {_as_term(f, wanted) for f in folds}
        context = {_as_term(f, wanted) for f in context or ()}
    total = sum(vocab.idf(t) for t in uniq)
    got = sum(vocab.idf(t) * (1.0 if t in present else context_credit if t in context else 0.0) for t in uniq)
    score = got / total if total else 0.0
    if seq is not None and len(terms) > 1:
        pairs = {(a, b) for a, b in zip(terms, terms[1:]) if a != b}
        seq = seq if plain else [_as_term(f, wanted) for f in seq]
        have = set(zip(seq, seq[1:]))
        if pairs:
            score += 0.15 * len(pairs & have) / len(pairs)
    return score


def corpus_names(folds: list[str], vocab: Vocab, skip: set[str] = frozenset()) -> list[str]:
    """Proper names in a question typed without capitals or accents, as the corpus writes them.

    Runs of question words whose every adjacent pair the corpus nearly always capitalizes
    ("bac ninh", "ba ria vung tau"), minus words in ``skip`` (titles, admin words).
    """
    out: list[str] = []
    run: list[str] = []
    for a, b in zip(folds + [""], folds[1:] + [""]):
        if (a, b) in vocab.name_pairs and a not in skip and b not in skip:
            run = run or [a]
            run.append(b)
        else:
            if len(run) >= 2:
                out.append(" ".join(run))
            run = []
    return out
