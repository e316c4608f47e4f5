"""A deterministic hashing embedder for fast tests (no model, no randomness)."""

from __future__ import annotations

import re
import unicodedata
import zlib

import numpy as np

from .base import Embedder, encode_sorted

__all__ = ["HashingEmbedder"]

_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Lowercase and strip diacritics (``"Đường"`` -> ``"duong"``)."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _bucket(feature: str, dim: int) -> tuple[int, float]:
    """Hash a feature to (index, sign) with a process-independent hash."""
    h = zlib.crc32(feature.encode("utf-8"))
    return h % dim, (1.0 if (h >> 31) & 1 else -1.0)


class HashingEmbedder(Embedder):
    """Signed feature hashing of word unigrams and character trigrams.

    Texts are lowercased and diacritic-folded; every word adds weight 1 and every
    character trigram of ``"#word#"`` weight 0.5, so texts sharing words score
    higher. Queries and passages are embedded the same way.
    """

    def __init__(self, dim: int = 256) -> None:
        if dim < 8:
            raise ValueError(f"fake embedder dim must be >= 8, got {dim}")
        self.dim = int(dim)
        self.name = f"fake-hash-{self.dim}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        feats: list[tuple[str, float]] = [("<bias>", 0.05)]  # keeps empty texts non-zero
        for word in _WORD.findall(_fold(text)):
            feats.append(("w:" + word, 1.0))
            padded = f"#{word}#"
            feats.extend(("c:" + padded[i : i + 3], 0.5) for i in range(len(padded) - 2))
        for feat, weight in feats:
            idx, sign = _bucket(feat, self.dim)
            vec[idx] += sign * weight
        return vec

    def _batch(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts])

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return encode_sorted(list(texts), self._batch, self.dim)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        return encode_sorted(list(texts), self._batch, self.dim, show_progress=show_progress, desc=self.name)
