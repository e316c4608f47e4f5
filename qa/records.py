"""Answer records: :class:`Source` (a cited span of an article) and :class:`Answer`."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Source", "Answer", "ABSTAIN_MESSAGE", "MAX_ANSWER_CHARS"]

ABSTAIN_MESSAGE = "Không tìm thấy thông tin trong kho văn bản"
MAX_ANSWER_CHARS = 200


@dataclass
class Source:
    """A citation: the answer span and its sentence in ``Article.original``.

    ``start``/``end`` delimit the answer as written (``original[start:end]``);
    ``sentence_start``/``sentence_end`` the sentence quoted in ``quote``.
    """

    doc_id: str
    title: str | None
    locality: str | None
    date: str | None
    quote: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    score: float = 0.0

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "locality": self.locality,
            "date": self.date,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "score": round(self.score, 4),
        }


@dataclass
class Answer:
    """The answer to one question: a short span (or ``None`` when abstaining) with its sources."""

    question: str
    answer: str | None
    type: str
    sources: list[Source] = field(default_factory=list)
    related: list[dict] = field(default_factory=list)
    abstained: bool = False
    confidence: float = 0.0
    method: str = "extractive"
    items: list[str] = field(default_factory=list)
    warning: str | None = None
    debug: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return ABSTAIN_MESSAGE if self.abstained else (self.answer or "")

    def to_json(self) -> dict:
        out = {
            "question": self.question,
            "answer": self.answer,
            "message": self.message,
            "type": self.type,
            "items": list(self.items),
            "sources": [s.to_json() for s in self.sources],
            "abstained": self.abstained,
            "confidence": round(self.confidence, 4),
            "related": list(self.related),
            "method": self.method,
        }
        if self.warning:
            out["warning"] = self.warning
        return out
