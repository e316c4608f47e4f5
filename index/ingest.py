"""Files -> cleaned, normalized :class:`Article` records with metadata.

``ingest(paths)`` reads every supported file under ``paths``; a file that
cannot be read becomes one :class:`IngestError` (path + reason) and the rest go
on. Near-duplicates are kept once (the longest copy), with the ids of the
others in :attr:`Article.copies`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean_text
from .dedup import find_duplicates
from .metadata import extract_metadata
from .normalize import normalize
from .readers import ReadError, iter_files, read_file
from .records import Article, Paragraph

__all__ = ["IngestError", "IngestResult", "load_article", "ingest", "article_id"]

PARAGRAPH_SEP = "\n\n"


@dataclass
class IngestError:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # kept id -> copy ids

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def article_id(path: str | Path) -> str:
    """An article's id is its file name without the extension."""
    return Path(path).stem


def load_article(path: str | Path) -> Article:
    """Read, clean and annotate one file. Raises :class:`ReadError`."""
    raw = read_file(path)
    cleaned = clean_text(raw.text, title=raw.title)
    body = [(t, kind) for t, kind in cleaned.paragraphs if t.strip()]
    if not body:
        raise ReadError(str(path), "no article text left after removing page chrome")
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for text, kind in body:
        if parts:
            pos += len(PARAGRAPH_SEP)
        parts.append(text)
        paragraphs.append(Paragraph(pos, pos + len(text), kind))
        pos += len(text)
    original = PARAGRAPH_SEP.join(parts)
    title = normalize(cleaned.title) if cleaned.title else None
    meta = extract_metadata(
        title,
        [t for t, kind in body if kind == "body"],
        datelines=cleaned.datelines,
        published_hint=raw.published,
    )
    warnings = list(meta.warnings)
    if cleaned.duplicates_removed:
        warnings.append(f"dropped {cleaned.duplicates_removed} repeated paragraph(s)")
    if not title:
        warnings.append("no title found")
    digest = hashlib.sha256(f"{title or ''}\n{original}".encode()).hexdigest()
    return Article(
        id=article_id(path),
        path=str(path),
        original=original,
        paragraphs=paragraphs,
        title=title,
        date=meta.date,
        published=meta.published,
        period=meta.period,
        locality=meta.locality,
        level=meta.level,
        people=list(meta.people),
        author=normalize(cleaned.author) if cleaned.author else None,
        url=raw.url,
        warnings=warnings,
        sha256=digest,
    )


def ingest(paths: Iterable[str | Path], show_progress: bool = False, dedupe: bool = True) -> IngestResult:
    """Ingest files and folders; never raises for a bad file."""
    result = IngestResult()
    files = list(iter_files(paths))
    seen: dict[str, str] = {}
    iterator: Iterable[Path] = files
    if show_progress:
        from tqdm import tqdm

        iterator = tqdm(files, desc="ingest", unit="file")
    for path in iterator:
        doc_id = article_id(path)
        if doc_id in seen:
            result.errors.append(IngestError(str(path), f"id '{doc_id}' already used by {seen[doc_id]}; skipped"))
            continue
        try:
            article = load_article(path)
        except ReadError as exc:
            result.errors.append(IngestError(str(path), exc.reason))
            continue
        except Exception as exc:  # a bug or a parser surprise must not stop the batch
            result.errors.append(IngestError(str(path), f"unexpected {type(exc).__name__}: {exc}"))
            continue
        seen[doc_id] = str(path)
        result.articles.append(article)
    if dedupe:
        _drop_near_duplicates(result)
    return result


def _drop_near_duplicates(result: IngestResult) -> None:
    """Keep the longest article of each near-duplicate group."""
    by_id = result.by_id()
    texts = {a.id: f"{a.title or ''}\n{a.text}" for a in result.articles}
    parent = {i: i for i in by_id}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, _ in find_duplicates(texts):
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for i in by_id:
        groups.setdefault(root(i), []).append(i)
    drop: set[str] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max(sorted(members), key=lambda i: len(by_id[i].original))
        copies = sorted(m for m in members if m != keep)
        by_id[keep].copies = copies
        by_id[keep].warnings.append(f"near-duplicate copies kept out: {', '.join(copies)}")
        result.duplicates[keep] = copies
        drop.update(copies)
    result.articles = [a for a in result.articles if a.id not in drop]
