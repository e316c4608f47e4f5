"""Evaluation configurations: what to index and how to search.

A configuration is a name plus retrieval settings. It is written as JSON; every field but
``name`` is optional and ``null``/absent means "the system's current default" (so the
built-in ``hybrid`` follows ``index/chunking.py`` and ``index/search.py``)::

    {
      "name": "hybrid-c500",
      "description": "hybrid search over 500-character chunks",
      "mode": "hybrid",                 # bm25 | dense | hybrid
      "embedder": null,                 # embedder spec; null: $CCHC_EMBEDDER or e5-small
      "chunk_size": 500,                # characters per chunk; null: ChunkSettings default
      "overlap": 100,                   # null: ChunkSettings default
      "weights": null,                  # RRF weights: {"dense": w, "bm25": w} for every query kind,
                                        # or per kind {"vi": {...}, "folded": {...}, "en": {...}};
                                        # null: index.search.DEFAULT_WEIGHTS
      "restore": true,                  # re-accent diacritic-free queries before embedding them
      "k": 10,                          # cut-off of the stored runs
      "depth": null                     # candidates per retriever before fusion; null: index.search.DEPTH
    }

Built-in configurations are the JSON files in ``eval/configs/`` (named by file stem);
:func:`load_config` takes a built-in name or the path of a JSON file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

__all__ = [
    "CONFIG_DIR",
    "DEFAULT_CONFIGS",
    "QUERY_KINDS",
    "EvalConfig",
    "builtin_configs",
    "load_config",
    "load_configs",
]

CONFIG_DIR = Path(__file__).resolve().parent / "configs"
DEFAULT_CONFIGS = ("bm25", "dense", "hybrid")
DEFAULT_EMBEDDER = "e5-small"
QUERY_KINDS = ("vi", "folded", "en")
MODES = ("bm25", "dense", "hybrid")


@dataclass
class EvalConfig:
    """One retrieval configuration (see the module docstring for the JSON form)."""

    name: str
    mode: str = "hybrid"
    embedder: str | None = None
    chunk_size: int | None = None
    overlap: int | None = None
    weights: dict[str, dict[str, float]] | None = None
    restore: bool = True
    k: int = 10
    depth: int | None = None
    description: str = ""
    source: str = field(default="", compare=False)  # where it was loaded from

    def __post_init__(self) -> None:
        if not self.name or not re.fullmatch(r"[\w.+-]+", self.name):
            raise ValueError(f"config name {self.name!r}: use letters, digits, '.', '+', '-' or '_'")
        if self.mode not in MODES:
            raise ValueError(f"config {self.name}: unknown mode {self.mode!r} (known: {', '.join(MODES)})")
        if self.weights is not None:
            self.weights = _per_kind(self.name, self.weights)
        if self.k < 1:
            raise ValueError(f"config {self.name}: k must be >= 1")

    def resolved(self) -> EvalConfig:
        """A copy with every default filled in from the current system settings."""
        from index.chunking import ChunkSettings
        from index.search import DEFAULT_WEIGHTS, DEPTH

        chunk = ChunkSettings()
        return replace(
            self,
            embedder=self.embedder or os.environ.get("CCHC_EMBEDDER") or DEFAULT_EMBEDDER,
            chunk_size=self.chunk_size if self.chunk_size is not None else chunk.size,
            overlap=self.overlap if self.overlap is not None else chunk.overlap,
            weights=self.weights or {k: dict(v) for k, v in DEFAULT_WEIGHTS.items()},
            depth=self.depth or DEPTH,
        )

    @property
    def index_key(self) -> tuple[str, int, int]:
        """What the index depends on: (embedder, chunk size, overlap); call on a resolved config."""
        return (str(self.embedder), int(self.chunk_size or 0), int(self.overlap or 0))

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("source")
        return d

    @classmethod
    def from_json(cls, data: dict, source: str = "") -> EvalConfig:
        if not isinstance(data, dict):
            raise ValueError(f"{source or 'config'}: expected a JSON object")
        known = {f for f in cls.__dataclass_fields__ if f != "source"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"{source or 'config'}: unknown field(s) {unknown} (known: {', '.join(sorted(known))})")
        if "name" not in data:
            raise ValueError(f"{source or 'config'}: missing field 'name'")
        return cls(**{k: v for k, v in data.items() if v is not None}, source=source)


def _per_kind(name: str, weights: dict) -> dict[str, dict[str, float]]:
    """Accept flat ``{"dense": w, "bm25": w}`` (every kind) or per-kind weights; check the keys."""
    if not isinstance(weights, dict):
        raise ValueError(f"config {name}: weights must be an object")
    if set(weights) <= {"dense", "bm25"}:
        weights = {kind: dict(weights) for kind in QUERY_KINDS}
    bad = sorted(set(weights) - set(QUERY_KINDS))
    if bad:
        raise ValueError(f"config {name}: unknown query kind(s) {bad} in weights (known: {', '.join(QUERY_KINDS)})")
    from index.search import DEFAULT_WEIGHTS

    out: dict[str, dict[str, float]] = {}
    for kind in QUERY_KINDS:
        w = weights.get(kind, DEFAULT_WEIGHTS.get(kind, {"dense": 1.0, "bm25": 1.0}))
        if not isinstance(w, dict) or not set(w) <= {"dense", "bm25"}:
            raise ValueError(f"config {name}: weights[{kind!r}] must look like {{'dense': 1.0, 'bm25': 1.0}}")
        out[kind] = {r: float(v) for r, v in w.items()}
    return out


def builtin_configs() -> dict[str, Path]:
    """``{name: path}`` of the JSON files in ``eval/configs/``."""
    return {p.stem: p for p in sorted(CONFIG_DIR.glob("*.json"))}


def load_config(name_or_path: str | Path | EvalConfig) -> EvalConfig:
    """A built-in configuration by name, or one read from a JSON file."""
    if isinstance(name_or_path, EvalConfig):
        return name_or_path
    builtins = builtin_configs()
    text = str(name_or_path)
    if text in builtins:
        path = builtins[text]
    else:
        path = Path(text)
        if not path.is_file():
            raise ValueError(f"unknown config {text!r}: not a JSON file, nor a built-in ({', '.join(builtins)})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: bad JSON: {exc}") from exc
    return EvalConfig.from_json(data, source=str(path))


def load_configs(names: list | tuple) -> list[EvalConfig]:
    """Load several configurations; names must be unique."""
    configs = [load_config(n) for n in names]
    seen: set[str] = set()
    for c in configs:
        if c.name in seen:
            raise ValueError(f"two configurations are named {c.name!r}")
        seen.add(c.name)
    return configs
