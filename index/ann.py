"""FAISS vector search: exact inner product for small corpora, HNSW above a threshold.

Vectors are L2-normalized, so inner product is cosine similarity. The kind
is chosen automatically from the number of vectors and recorded in the index
manifest; ``search`` may be restricted to a subset of rows (filters).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

__all__ = ["HNSW_THRESHOLD", "VectorIndex", "choose_kind"]

HNSW_THRESHOLD = 50_000  # exact search over 50k x 384 floats is still ~10 ms; above it HNSW


def choose_kind(n: int, threshold: int = HNSW_THRESHOLD) -> str:
    return "hnsw" if n >= threshold else "flat"


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - faiss-cpu is a dependency
        raise ImportError("vector search needs FAISS: pip install faiss-cpu") from exc
    return faiss


class VectorIndex:
    """A FAISS index over the rows of ``vectors`` (row i = chunk i)."""

    FILE = "hnsw.faiss"

    def __init__(self, vectors: np.ndarray, kind: str = "flat", hnsw_m: int = 32, ef_search: int = 128):
        faiss = _faiss()
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.kind = kind
        dim = self.vectors.shape[1]
        if kind == "flat":
            self.index = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            self.index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            self.index.hnsw.efSearch = ef_search
        else:
            raise ValueError(f"unknown vector index kind '{kind}' (known: flat, hnsw)")
        if len(self.vectors):
            self.index.add(self.vectors)

    @property
    def params(self) -> dict:
        if self.kind == "hnsw":
            return {"kind": "hnsw", "M": self.index.hnsw.nb_neighbors(1), "efSearch": self.index.hnsw.efSearch}
        return {"kind": "flat"}

    def save(self, folder: Path) -> None:
        """HNSW graphs are saved (slow to rebuild); flat indexes are rebuilt from vectors.npy."""
        if self.kind == "hnsw":
            _faiss().write_index(self.index, str(folder / self.FILE))

    @classmethod
    def load(cls, folder: Path, vectors: np.ndarray, kind: str) -> VectorIndex:
        if kind == "hnsw" and (folder / cls.FILE).exists():
            obj = cls.__new__(cls)
            obj.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            obj.kind = kind
            obj.index = _faiss().read_index(str(folder / cls.FILE))
            return obj
        return cls(vectors, kind)

    def search(self, query: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top ``k`` ``(row, score)`` pairs, optionally only among ``rows``."""
        if not len(self.vectors) or k <= 0:
            return []
        q = np.asarray(query, dtype=np.float32).reshape(1, -1)
        if rows is not None:  # filtered: exact scores over the allowed rows
            if not len(rows):
                return []
            scores = self.vectors[rows] @ q[0]
            top = np.argsort(-scores, kind="stable")[:k]
            return [(int(rows[i]), float(scores[i])) for i in top]
        scores, ids = self.index.search(q, min(k, len(self.vectors)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
