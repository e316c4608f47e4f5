"""Hybrid search over a loaded index: dense (FAISS) + lexical (BM25), fused by RRF.

Queries come in three kinds, each with its own fusion weights:

* ``vi``: Vietnamese with diacritics -- both retrievers are trusted;
* ``folded``: Vietnamese typed without diacritics -- BM25 on folded tokens is
  reliable, the dense model is not, so the query is first re-accented from the
  corpus vocabulary (:mod:`index.restore`) and the dense side weighs less;
* ``en``: mostly words the corpus does not know (English) -- the multilingual
  dense model carries it, BM25 still catches names and numbers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from .ann import VectorIndex
from .filters import Filters
from .fusion import RRF_K, keep_tops, rrf
from .glossary import gloss
from .normalize import fold, normalize
from .records import Article, Chunk, Hit
from .restore import Restorer
from .store import IndexMismatch, load_parts
from .tokenize import query_tokens

__all__ = ["Index", "QueryInfo", "MODES", "DEFAULT_WEIGHTS", "DEPTH"]

MODES = ("hybrid", "dense", "bm25")
# Chosen on the dev split of eval/data/questions.jsonl (see eval/README.md).
DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "vi": {"dense": 1.0, "bm25": 1.0},
    "folded": {"dense": 0.5, "bm25": 1.0},
    "en": {"dense": 1.0, "bm25": 0.5},
}
DEPTH = 100  # candidates taken from each retriever before fusion
_EN_RATIO = 0.6
GLOSS_DENSE = os.environ.get("CCHC_GLOSS_DENSE", "both")  # "both": English + glossed keywords; "vi": keywords only  # below this share of corpus-known syllables a diacritic-free query is English


@dataclass(frozen=True)
class QueryInfo:
    text: str  # normalized query
    kind: str  # "vi" | "folded" | "en"
    dense_text: str  # what the embedder sees
    tokens: tuple[str, ...]  # what BM25 sees


class Index:
    """A loaded index folder; see :func:`index.store.build_index` to make one."""

    def __init__(self, path: Path, manifest: dict, articles: list[Article], chunks: list[Chunk], vectors, embedder):
        import bm25s

        self.path = path
        self.manifest = manifest
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.chunks = chunks
        self.embedder = embedder
        self.vectors = VectorIndex.load(path, vectors, manifest["vector_index"]["kind"])
        self.bm25 = bm25s.BM25.load(str(path / "bm25"), show_progress=False, verbosity=0)
        self._rows_by_doc: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            self._rows_by_doc.setdefault(c.doc_id, []).append(i)

    @classmethod
    def load(cls, path: str | Path, embedder=None) -> Index:
        """Load ``path``; refuse it when ``embedder`` (object or spec) differs from the one that built it."""
        from .embed import get_embedder

        path = Path(path)
        manifest, articles, chunks, vectors = load_parts(path)
        built = manifest["embedder"]
        if embedder is None or isinstance(embedder, str):
            spec = embedder or os.environ.get("CCHC_EMBEDDER") or built["spec"]
            if spec != built["spec"] and spec != built["name"]:
                raise IndexMismatch(_mismatch(path, built, spec))
            embedder = get_embedder(spec)
        if embedder.name != built["name"] or int(embedder.dim) != int(built["dim"]):
            raise IndexMismatch(_mismatch(path, built, f"{embedder.name} (dim {embedder.dim})"))
        if vectors.shape != (len(chunks), int(built["dim"])):
            raise IndexMismatch(f"index at {path} is damaged (vectors {vectors.shape}, {len(chunks)} chunks): rebuild it")
        return cls(path, manifest, articles, chunks, vectors, embedder)

    # ------------------------------------------------------------ queries

    @cached_property
    def restorer(self) -> Restorer:
        return Restorer(c.text for c in self.chunks)

    def analyze(self, query: str) -> QueryInfo:
        text = normalize(query)
        if fold(text) != text.lower():
            kind, dense_text = "vi", text
        elif self.restorer.known_ratio(text) >= _EN_RATIO:
            kind, dense_text = "folded", self.restorer.restore(text)
        else:  # English: gloss the domain terms into Vietnamese for both retrievers
            kind, vi = "en", normalize(gloss(text))
            return QueryInfo(text, kind, f"{text} ({vi})" if GLOSS_DENSE == "both" else vi, tuple(query_tokens(vi)))
        return QueryInfo(text, kind, dense_text, tuple(query_tokens(text)))

    def _allowed_rows(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None or filters.is_empty():
            return None
        docs = filters.allowed(self.articles)
        return np.array(sorted(r for d in docs for r in self._rows_by_doc.get(d, [])), dtype=np.int64)

    def dense(self, info: QueryInfo, depth: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        q = self.embedder.encode_queries([info.dense_text])[0]
        return self.vectors.search(q, depth, rows)

    def lexical(self, info: QueryInfo, depth: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        vocab = self.bm25.vocab_dict
        tokens = [t for t in info.tokens if t in vocab]
        if not tokens or not self.chunks:
            return []
        scores = self.bm25.get_scores(tokens)
        if rows is not None:
            masked = np.full_like(scores, -1.0)
            masked[rows] = scores[rows]
            scores = masked
        top = np.argsort(-scores, kind="stable")[:depth]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def search(
        self,
        query: str,
        k: int = 10,
        mode: str = "hybrid",
        filters: Filters | None = None,
        per_article: bool = False,
        weights: dict[str, float] | None = None,
        depth: int = DEPTH,
        keep_top: int = 0,
    ) -> list[Hit]:
        """The ``k`` best chunks for ``query``; ``per_article`` keeps one hit per article; ``keep_top`` keeps
        each retriever's best ``keep_top`` chunks among the ``k`` (a name only the lexical run finds first)."""
        if mode not in MODES:
            raise ValueError(f"unknown mode '{mode}' (known: {', '.join(MODES)})")
        if not query or not query.strip():
            raise ValueError("empty query")
        info = self.analyze(query)
        rows = self._allowed_rows(filters)
        runs: dict[str, list[tuple[int, float]]] = {}
        if mode in ("hybrid", "dense"):
            runs["dense"] = self.dense(info, depth, rows)
        if mode in ("hybrid", "bm25"):
            runs["bm25"] = self.lexical(info, depth, rows)
        w = weights or DEFAULT_WEIGHTS[info.kind]
        if mode != "hybrid":
            w = {mode: 1.0}
        fused = rrf({name: [str(r) for r, _ in run] for name, run in runs.items()}, w, RRF_K)
        if keep_top and len(runs) > 1:
            fused = keep_tops(fused, [[str(r) for r, _ in run[:keep_top]] for n, run in runs.items() if w.get(n)], k)
        rank_of = {name: {r: i for i, (r, _) in enumerate(run, start=1)} for name, run in runs.items()}
        score_of = {name: dict(run) for name, run in runs.items()}
        hits: list[Hit] = []
        seen_docs: set[str] = set()
        for key, score in fused.items():
            row = int(key)
            chunk = self.chunks[row]
            if per_article and chunk.doc_id in seen_docs:
                continue
            seen_docs.add(chunk.doc_id)
            hits.append(
                Hit(
                    chunk=chunk,
                    score=score,
                    ranks={name: rank_of[name].get(row) for name in runs},
                    scores={name: score_of[name].get(row) for name in runs},
                    meta=self.meta(chunk.doc_id),
                )
            )
            if len(hits) >= k:
                break
        return hits

    def meta(self, doc_id: str) -> dict:
        a = self.articles[doc_id]
        return {"title": a.title, "locality": a.locality, "level": a.level, "date": a.date}


def _mismatch(path: Path, built: dict, asked: str) -> str:
    return (
        f"index at {path} was built with embedder {built['name']} (dim {built['dim']}), not {asked}: "
        f"rebuild it with `cchc index --index {path} --embedder {asked.split(' ')[0]}` "
        f"or load it with --embedder {built['spec']}"
    )

