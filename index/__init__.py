"""Ingestion, normalization and hybrid retrieval for CCHC articles (knows nothing of ``qa``)."""

from .chunking import ChunkSettings, chunk_article
from .filters import FilterError, Filters
from .ingest import IngestError, IngestResult, ingest, load_article
from .normalize import fold, normalize, normalize_with_map
from .readers import ReadError
from .records import Article, Chunk, Hit, Paragraph, Person
from .search import MODES, Index
from .store import BuildError, BuildReport, IndexMismatch, build_index, read_manifest

__all__ = [
    "Article",
    "BuildError",
    "BuildReport",
    "Chunk",
    "ChunkSettings",
    "FilterError",
    "Filters",
    "Hit",
    "Index",
    "IndexMismatch",
    "IngestError",
    "IngestResult",
    "MODES",
    "Paragraph",
    "Person",
    "ReadError",
    "build_index",
    "chunk_article",
    "fold",
    "ingest",
    "load_article",
    "normalize",
    "normalize_with_map",
    "read_manifest",
]
