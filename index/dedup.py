"""Near-duplicate articles: the same story saved twice or reposted with small edits.

Each article becomes a set of hashed word 5-gram shingles over its folded text;
two articles are copies when the Jaccard similarity of their sets reaches
:data:`THRESHOLD`. Candidate pairs come from an inverted index on shingles, so
the cost grows with overlaps, not with the square of the corpus size.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict

from .normalize import fold

__all__ = ["THRESHOLD", "shingles", "find_duplicates"]

THRESHOLD = 0.8
_SHINGLE = 5
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = _SHINGLE) -> set[int]:
    """Hashed word ``size``-grams of the folded text."""
    words = _WORD.findall(fold(text))
    if len(words) < size:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)}


def find_duplicates(texts: dict[str, str], threshold: float = THRESHOLD) -> list[tuple[str, str, float]]:
    """Pairs ``(id_a, id_b, jaccard)`` with ``jaccard >= threshold``, ``id_a < id_b``."""
    sets = {doc_id: shingles(t) for doc_id, t in texts.items()}
    postings: dict[int, list[str]] = defaultdict(list)
    for doc_id, s in sets.items():
        for h in s:
            postings[h].append(doc_id)
    pairs = []
    for a, sa in sets.items():
        if not sa:
            continue
        overlap: dict[str, int] = defaultdict(int)
        for h in sa:
            for b in postings[h]:
                if b > a:
                    overlap[b] += 1
        for b, inter in overlap.items():
            sb = sets[b]
            # Cheap bound first: Jaccard <= min/max of the set sizes.
            if min(len(sa), len(sb)) < threshold * max(len(sa), len(sb)):
                continue
            jac = inter / (len(sa) + len(sb) - inter)
            if jac >= threshold:
                pairs.append((a, b, round(jac, 4)))
    return sorted(pairs)
