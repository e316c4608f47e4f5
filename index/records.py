"""Typed records that flow through the system: Article -> Chunk -> Hit."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property

from .normalize import normalize_with_map, to_original_span

__all__ = ["Paragraph", "Person", "Article", "Chunk", "Hit"]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article's cleaned text, as written.

    ``start``/``end`` are character offsets into :attr:`Article.original`;
    ``kind`` is ``"body"`` or ``"caption"`` (a photo caption).
    """

    start: int
    end: int
    kind: str = "body"


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None


@dataclass
class Article:
    """A cleaned article with metadata.

    ``original`` is the cleaned article body as written in the source (chrome
    removed, repeated paragraphs dropped, paragraphs separated by a blank
    line); all character offsets in the system (chunks, answer spans) refer to
    it. ``text`` is its normalized form (see :mod:`index.normalize`).
    """

    id: str
    path: str
    original: str
    paragraphs: list[Paragraph]
    title: str | None = None
    date: str | None = None  # event date, ISO yyyy-mm-dd
    published: str | None = None  # publication date, ISO
    period: str | None = None  # e.g. "7 tháng đầu năm 2024"
    locality: str | None = None  # e.g. "Long Xuyên"
    level: str | None = None  # "thành phố", "thị xã", "huyện", "quận", "phường", "xã"
    people: list[Person] = field(default_factory=list)
    author: str | None = None
    url: str | None = None
    copies: list[str] = field(default_factory=list)  # ids of near-duplicates kept out
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""  # hash of ``original`` + title: what the index caches on

    @cached_property
    def _norm(self) -> tuple[str, list[int]]:
        return normalize_with_map(self.original)

    @property
    def text(self) -> str:
        """Normalized text (NFC, one tone convention, tidy whitespace)."""
        return self._norm[0]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to a span of :attr:`original`."""
        return to_original_span(self.original, self._norm[1], start, end)

    def paragraph_texts(self, kind: str | None = None) -> list[str]:
        return [self.original[p.start : p.end] for p in self.paragraphs if kind is None or p.kind == kind]

    def to_json(self) -> dict:
        """The ``cchc ingest --json`` contract (plus a few extras)."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "published": self.published,
            "period": self.period,
            "locality": self.locality,
            "level": self.level,
            "people": [asdict(p) for p in self.people],
            "author": self.author,
            "url": self.url,
            "chars": len(self.original),
            "paragraphs": len(self.paragraphs),
            "captions": self.paragraph_texts("caption"),
            "copies": list(self.copies),
            "path": self.path,
            "sha256": self.sha256,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class Chunk:
    """A passage of one article, the unit that is embedded and indexed.

    ``start``/``end`` are offsets into the article's ``original`` text;
    ``text`` is the normalized passage; ``header`` the short context line
    (title, locality, date) prepended for embedding.
    """

    chunk_id: str  # "<doc_id>#<n>"
    doc_id: str
    n: int
    paragraph: int
    start: int
    end: int
    text: str
    header: str
    sha256: str  # of header + text: the embedding cache key

    @property
    def embed_text(self) -> str:
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass
class Hit:
    """One retrieved chunk with the fused score and each retriever's rank/score."""

    chunk: Chunk
    score: float
    ranks: dict[str, int | None] = field(default_factory=dict)  # {"dense": 1, "bm25": 3}
    scores: dict[str, float | None] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)  # article metadata: title, locality, date...

    @property
    def doc_id(self) -> str:
        return self.chunk.doc_id

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "doc_id": c.doc_id,
            "chunk_id": c.chunk_id,
            "score": round(self.score, 6),
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "ranks": self.ranks,
            "scores": {k: (None if v is None else round(v, 6)) for k, v in self.scores.items()},
            **{k: self.meta.get(k) for k in ("title", "locality", "level", "date")},
        }
