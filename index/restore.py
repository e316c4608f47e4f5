"""Restore diacritics of a folded query from the corpus's own vocabulary.

"phuong nao nhan rong mo hinh" is noise to a multilingual embedding model,
but the corpus knows which accented syllables fold to each token and which
follow each other. A bigram Viterbi over those candidates turns it back into
"phường nào nhân rộng mô hình" before the query is embedded.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .normalize import fold

__all__ = ["Restorer"]

_SYL = re.compile(r"\w+")
_MAX_CANDIDATES = 6


class Restorer:
    """Unigram/bigram statistics of lowercased syllables, keyed by their folded form."""

    def __init__(self, texts: Iterable[str]):
        self.unigrams: Counter[str] = Counter()
        self.bigrams: Counter[tuple[str, str]] = Counter()
        for text in texts:
            for line in text.split("\n"):
                syls = [s.lower() for s in _SYL.findall(line)]
                self.unigrams.update(syls)
                self.bigrams.update(zip(syls, syls[1:]))
        forms: dict[str, list[str]] = defaultdict(list)
        for syl, _ in self.unigrams.most_common():
            forms[fold(syl)].append(syl)
        self.forms = {k: v[:_MAX_CANDIDATES] for k, v in forms.items()}
        self.total = sum(self.unigrams.values()) or 1

    def known_ratio(self, text: str) -> float:
        """Share of the syllables of ``text`` whose folded form occurs in the corpus."""
        syls = [fold(s) for s in _SYL.findall(text)]
        return sum(s in self.forms for s in syls) / len(syls) if syls else 0.0

    def _logp(self, prev: str | None, cur: str) -> float:
        uni = (self.unigrams[cur] + 0.1) / self.total
        if prev is None:
            return math.log(uni)
        big = self.bigrams[(prev, cur)] / self.unigrams[prev] if self.unigrams[prev] else 0.0
        return math.log(0.8 * big + 0.2 * uni)

    def restore(self, text: str) -> str:
        """Accent every folded syllable of ``text`` that the corpus knows; keep the rest."""
        tokens = list(_SYL.finditer(text))
        if not tokens:
            return text
        cands = []
        for m in tokens:
            word = m.group(0)
            low = word.lower()
            cands.append(self.forms.get(low, [low]) if fold(low) == low else [low])
        # Viterbi over candidate sequences.
        best = [{c: (self._logp(None, c), [c]) for c in cands[0]}]
        for i in range(1, len(cands)):
            layer = {}
            for c in cands[i]:
                layer[c] = max(
                    ((score + self._logp(p, c), path + [c]) for p, (score, path) in best[-1].items()),
                    key=lambda t: t[0],
                )
            best.append(layer)
        path = max(best[-1].values(), key=lambda t: t[0])[1]
        out, pos = [], 0
        for m, syl in zip(tokens, path):
            word = m.group(0)
            if word[:1].isupper():
                syl = syl.upper() if word.isupper() and len(word) > 1 else syl[:1].upper() + syl[1:]
            out.append(text[pos : m.start()])
            out.append(syl)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)
