"""The index folder: plain files, a versioned manifest, atomic and incremental builds.

Layout of an index folder::

    manifest.json     format version, package version, embedder name/spec/dim,
                      chunk settings, vector index kind, per-article hashes
    articles.jsonl    one cleaned article per line (text as written + metadata)
    chunks.jsonl      one chunk per line, with its lexical tokens
    vectors.npy       float32 (n_chunks, dim), L2-normalized, row i = chunk i
    bm25/             bm25s index (json + npy, no pickle)
    hnsw.faiss        only when the vector index is HNSW

A build writes everything into a sibling temporary folder and swaps it in with
renames, so an interrupted build leaves the previous index untouched. Chunk
vectors and tokens are reused from the previous index by content hash, so a
rebuild embeds only new or changed chunks.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .ann import VectorIndex, choose_kind
from .chunking import ChunkSettings, chunk_article
from .ingest import IngestError, ingest
from .records import Article, Chunk, Paragraph, Person
from .tokenize import lexical_tokens

__all__ = [
    "FORMAT_VERSION",
    "BuildError",
    "BuildReport",
    "IndexMismatch",
    "build_index",
    "read_manifest",
    "article_from_json",
    "article_to_json",
    "chunk_from_json",
]

FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class IndexMismatch(RuntimeError):
    """The index on disk cannot be used as asked (other format or embedder)."""


class BuildError(RuntimeError):
    """Nothing could be indexed; the previous index is left as it was."""


@dataclass
class BuildReport:
    index_dir: str
    articles: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    removed: list[str] = field(default_factory=list)
    kept_previous: list[str] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    vector_index: str = "flat"

    def to_json(self) -> dict:
        return asdict(self)


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("cchc")
    except Exception:
        return "0+unknown"


def read_manifest(index_dir: str | Path) -> dict:
    """The manifest of ``index_dir``; restores a backup left by an interrupted swap."""
    index_dir = Path(index_dir)
    backup = index_dir.with_name(index_dir.name + ".old")
    if not (index_dir / MANIFEST).exists() and (backup / MANIFEST).exists():
        if index_dir.exists():
            shutil.rmtree(index_dir)
        backup.rename(index_dir)
    path = index_dir / MANIFEST
    if not path.exists():
        raise FileNotFoundError(f"no index at {index_dir}: build it with `cchc index --index {index_dir}`")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(
            f"index at {index_dir} has format version {manifest.get('format_version')}, this program reads "
            f"version {FORMAT_VERSION}: rebuild it with `cchc index --index {index_dir}`"
        )
    return manifest


# ---------------------------------------------------------------- (de)serialization


def article_to_json(a: Article) -> dict:
    d = asdict(a)
    d["paragraphs"] = [[p.start, p.end, p.kind] for p in a.paragraphs]
    return d


def article_from_json(d: dict) -> Article:
    d = dict(d)
    d["paragraphs"] = [Paragraph(s, e, k) for s, e, k in d["paragraphs"]]
    d["people"] = [Person(**p) for p in d.get("people", [])]
    return Article(**d)


def chunk_from_json(d: dict) -> Chunk:
    return Chunk(**{k: v for k, v in d.items() if k != "tokens"})


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- build


def _previous(index_dir: Path, embedder_name: str) -> tuple[dict, dict[str, np.ndarray], dict[str, list[str]]]:
    """Articles, vectors and tokens of the existing index, keyed by id / chunk hash."""
    try:
        manifest = read_manifest(index_dir)
    except (FileNotFoundError, IndexMismatch, json.JSONDecodeError):
        return {}, {}, {}
    try:
        articles = {d["id"]: d for d in _read_jsonl(index_dir / "articles.jsonl")}
        chunks = _read_jsonl(index_dir / "chunks.jsonl")
        tokens = {c["sha256"]: c["tokens"] for c in chunks}
        vectors: dict[str, np.ndarray] = {}
        if manifest["embedder"]["name"] == embedder_name:
            matrix = np.load(index_dir / "vectors.npy", allow_pickle=False)
            vectors = {c["sha256"]: matrix[i] for i, c in enumerate(chunks)}
        return articles, vectors, tokens
    except (OSError, KeyError, ValueError):
        return {}, {}, {}


def build_index(
    corpus: str | Path | Iterable[str | Path],
    index_dir: str | Path,
    embedder=None,
    settings: ChunkSettings | None = None,
    show_progress: bool = False,
    vector_kind: str | None = None,
) -> BuildReport:
    """Build (or incrementally update) the index of ``corpus`` at ``index_dir``.

    ``embedder`` is an :class:`index.embed.Embedder` or a spec string (default:
    the ``CCHC_EMBEDDER`` environment variable, else the offline e5-small).
    """
    from .embed import get_embedder

    t0 = time.perf_counter()
    settings = settings or ChunkSettings()
    index_dir = Path(index_dir)
    emb = embedder if embedder is not None and not isinstance(embedder, str) else get_embedder(embedder)
    paths = [corpus] if isinstance(corpus, str | Path) else list(corpus)
    report = BuildReport(index_dir=str(index_dir))

    result = ingest(paths, show_progress=show_progress)
    old_articles, old_vectors, old_tokens = _previous(index_dir, emb.name)

    articles = {a.id: a for a in result.articles}
    failed = {Path(e.path).stem: e for e in result.errors}
    for doc_id, err in failed.items():
        # A file that was indexed before and cannot be read now keeps its previous version.
        if doc_id in old_articles and doc_id not in articles and old_articles[doc_id]["path"] == err.path:
            articles[doc_id] = article_from_json(old_articles[doc_id])
            articles[doc_id].warnings.append(f"kept the previously indexed version: {err.reason}")
            report.kept_previous.append(doc_id)
    report.errors = [str(e) for e in result.errors]
    report.duplicates = result.duplicates
    if not articles:
        raise BuildError(
            f"no article could be ingested from {', '.join(map(str, paths))}"
            + (f" ({len(result.errors)} file(s) failed)" if result.errors else "")
            + ("; the existing index was left unchanged" if old_articles else "")
        )
    report.removed = sorted(set(old_articles) - set(articles) - {c for cs in result.duplicates.values() for c in cs})

    ordered = [articles[i] for i in sorted(articles)]
    chunks: list[Chunk] = [c for a in ordered for c in chunk_article(a, settings)]
    todo = [c for c in chunks if c.sha256 not in old_vectors]
    new_vectors: dict[str, np.ndarray] = {}
    if todo:
        matrix = emb.encode_passages([c.embed_text for c in todo], show_progress=show_progress)
        new_vectors = {c.sha256: matrix[i] for i, c in enumerate(todo)}
    vectors = np.zeros((len(chunks), emb.dim), dtype=np.float32)
    for i, c in enumerate(chunks):
        vectors[i] = new_vectors[c.sha256] if c.sha256 in new_vectors else old_vectors[c.sha256]
    tokens = [old_tokens.get(c.sha256) or lexical_tokens(f"{c.header}\n{c.text}") for c in chunks]
    report.embedded, report.reused = len(todo), len(chunks) - len(todo)
    report.articles, report.chunks = len(ordered), len(chunks)

    kind = vector_kind or choose_kind(len(chunks))
    report.vector_index = kind
    manifest = {
        "format_version": FORMAT_VERSION,
        "package_version": _package_version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "embedder": {"spec": getattr(emb, "spec", None) or emb.name, "name": emb.name, "dim": int(emb.dim)},
        "chunking": settings.to_json(),
        "vector_index": {"kind": kind},
        "lexical": {"library": "bm25s", "tokens": "folded syllables + underthesea compounds + codes/numbers"},
        "counts": {"articles": len(ordered), "chunks": len(chunks)},
        "articles": {a.id: {"sha256": a.sha256, "path": a.path, "copies": a.copies} for a in ordered},
    }
    _write_atomically(index_dir, manifest, ordered, chunks, tokens, vectors, kind, show_progress)
    report.seconds = round(time.perf_counter() - t0, 2)
    return report


def _write_atomically(index_dir, manifest, articles, chunks, tokens, vectors, kind, show_progress) -> None:
    import bm25s

    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = index_dir.with_name(f".{index_dir.name}.building")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        _write_jsonl(tmp / "articles.jsonl", (article_to_json(a) for a in articles))
        _write_jsonl(tmp / "chunks.jsonl", ({**asdict(c), "tokens": t} for c, t in zip(chunks, tokens)))
        np.save(tmp / "vectors.npy", vectors, allow_pickle=False)
        bm25 = bm25s.BM25()
        bm25.index(tokens, show_progress=show_progress)
        bm25.save(str(tmp / "bm25"), show_progress=False)
        ann = VectorIndex(vectors, kind)
        ann.save(tmp)
        manifest["vector_index"] = ann.params
        # The manifest is written last: a folder without one is never loaded.
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    backup = index_dir.with_name(index_dir.name + ".old")
    if backup.exists():
        shutil.rmtree(backup)
    if index_dir.exists():
        index_dir.rename(backup)
    tmp.rename(index_dir)
    shutil.rmtree(backup, ignore_errors=True)


def load_parts(index_dir: Path) -> tuple[dict, list[Article], list[Chunk], np.ndarray]:
    """Manifest, articles, chunks and vectors of an index folder."""
    manifest = read_manifest(index_dir)
    articles = [article_from_json(d) for d in _read_jsonl(index_dir / "articles.jsonl")]
    chunks = [chunk_from_json(d) for d in _read_jsonl(index_dir / "chunks.jsonl")]
    vectors = np.load(index_dir / "vectors.npy", allow_pickle=False)
    return manifest, articles, chunks, vectors


__all__ += ["load_parts", "IngestError"]
