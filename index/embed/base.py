"""The :class:`Embedder` interface shared by every embedding backend."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["Embedder", "EmbedderError", "ModelNotAvailableError", "encode_sorted", "l2_normalize"]

BATCH_SIZE = 32


class EmbedderError(ValueError):
    """An embedder cannot be built from the given spec or options."""


class ModelNotAvailableError(EmbedderError):
    """The requested model is neither a local folder nor in the local model cache."""


class Embedder(ABC):
    """Turns texts into float32, L2-normalized row vectors of size :attr:`dim`.

    ``name`` is a stable identifier of the vector space (recorded in index
    manifests): two embedders with the same ``name`` give interchangeable vectors.
    ``spec`` is the :func:`~index.embed.get_embedder` spec that built it, if any.
    """

    name: str
    dim: int
    spec: str | None = None

    @abstractmethod
    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Embed search queries: array of shape ``(len(texts), dim)``."""

    @abstractmethod
    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed passages (documents, chunks): array of shape ``(len(texts), dim)``."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, dim={self.dim})"


def l2_normalize(x: np.ndarray) -> np.ndarray:
    """Return ``x`` as float32 with unit-norm rows (all-zero rows stay zero)."""
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def encode_sorted(
    texts: Sequence[str],
    encode_batch: Callable[[list[str]], np.ndarray],
    dim: int,
    *,
    batch_size: int = BATCH_SIZE,
    show_progress: bool = False,
    lengths: Sequence[int] | None = None,
    max_batch_tokens: int | None = None,
    desc: str = "embedding",
) -> np.ndarray:
    """Encode ``texts`` in batches of similar length, returning rows in input order.

    Texts are sorted by decreasing length (``lengths``, default: characters),
    encoded at most ``batch_size`` at a time with ``encode_batch`` -- and, with
    ``max_batch_tokens``, at most that many padded tokens (batch size x longest
    length) per batch -- then put back in input order with unit-norm rows.
    """
    n = len(texts)
    out = np.zeros((n, dim), dtype=np.float32)
    if n == 0:
        return out
    size = list(lengths) if lengths is not None else [len(t) for t in texts]
    order = sorted(range(n), key=lambda i: -size[i])
    batches: list[list[int]] = []
    start = 0
    while start < n:
        cap = batch_size
        if max_batch_tokens:
            cap = max(1, min(batch_size, max_batch_tokens // max(1, size[order[start]])))
        batches.append(order[start : start + cap])
        start += cap
    if show_progress:
        from tqdm.auto import tqdm

        batches = tqdm(batches, desc=desc, unit="batch")
    for idx in batches:
        out[idx] = encode_batch([texts[i] for i in idx])
    return l2_normalize(out)
