"""User feedback on answers, and its conversion into labelled questions for review.

The app appends one JSON object per rated answer to a JSON Lines file (UTF-8, written
with ``ensure_ascii=False``)::

    {
      "time": "2025-05-04T09:30:00+07:00",        # ISO 8601; filled in by append_feedback when absent
      "question": "Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?",
      "answer": "Phường 2",                       # the answer shown; null when the system abstained
      "sources": [                                # the passages cited with the answer
        {"doc_id": "001_7582829325a4453a",        # article id (file name without extension)
         "quote": "Mô hình \\"Ngày Chủ Nhật thân thiện\\" của UBND Phường 2",
         "start": 1520, "end": 1571}              # character offsets into the article text as written
      ],
      "rating": "up",                             # "up" (👍) or "down" (👎)
      "correction": null,                         # 👎 only: what the answer should have been, or null
      "filters": {"place": ["Cao Lãnh"]}          # the search filters in force ({} when none)
    }

:func:`feedback_to_labels` turns a feedback file into candidate items of the question set
(format of ``eval/data/questions.jsonl``, see ``eval/README.md``) plus two review fields:
``"review"`` (true when a person must check or complete the item) and ``"feedback_time"``.
Remove both fields when an item has been checked and is moved into the question set
(``load_questions`` rejects unknown fields on purpose).

* 👍 with an answer: ``answers=[answer]``, ``quote`` = the cited quote that contains the
  answer (else the first), ``doc_ids`` = the cited articles; ``review`` is true only when
  something does not fit the format (answer not in the quote, quote too long, type unknown).
* 👍 on an abstention: an ``unanswerable`` item (no doc ids, no quote, no answers).
* 👎 with a correction: ``answers=[correction]``, the cited quote and articles as a starting
  point, ``review: true``.
* 👎 without a correction: the question only (``answers=[]``), ``review: true``.

The type is guessed from the question's wording (``number``, ``date``, ``person``, ...,
else ``unknown``), the phrasing from its script, the corpus from the cited ids; new items
go to the ``dev`` split. Questions already in the question set or in the output file
(compared folded, without punctuation) are skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .metrics import answer_key, answer_polarity

__all__ = [
    "FeedbackRecord",
    "append_feedback",
    "read_feedback",
    "feedback_to_labels",
    "guess_type",
    "guess_phrasing",
]

RATINGS = ("up", "down")
_SEEDS_DIR = Path(__file__).resolve().parents[1] / "corpus"
MAX_QUOTE_CHARS = 300


@dataclass
class FeedbackRecord:
    """One rating of one answer (see the module docstring for the JSON form)."""

    question: str
    answer: str | None
    sources: list[dict] = field(default_factory=list)
    rating: str = "up"
    correction: str | None = None
    filters: dict = field(default_factory=dict)
    time: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.question, str) or not self.question.strip():
            raise ValueError("feedback: 'question' must be a non-empty string")
        if self.rating not in RATINGS:
            raise ValueError(f"feedback: 'rating' must be 'up' or 'down', not {self.rating!r}")
        if self.answer is not None and not isinstance(self.answer, str):
            raise ValueError("feedback: 'answer' must be a string or null")
        if self.correction is not None and (not isinstance(self.correction, str) or not self.correction.strip()):
            self.correction = None
        if not isinstance(self.sources, list):
            raise ValueError("feedback: 'sources' must be a list")
        self.sources = [
            {"doc_id": s.get("doc_id"), "quote": s.get("quote"), "start": s.get("start"), "end": s.get("end")}
            if isinstance(s, dict)
            else {k: getattr(s, k, None) for k in ("doc_id", "quote", "start", "end")}
            for s in self.sources
        ]
        self.filters = dict(self.filters or {})
        self.time = self.time or time.strftime("%Y-%m-%dT%H:%M:%S%z")

    def to_json(self) -> dict:
        d = asdict(self)
        return {k: d[k] for k in ("time", "question", "answer", "sources", "rating", "correction", "filters")}

    @classmethod
    def from_json(cls, data: dict) -> FeedbackRecord:
        known = {"time", "question", "answer", "sources", "rating", "correction", "filters"}
        if not isinstance(data, dict):
            raise ValueError("feedback: expected a JSON object")
        if "question" not in data or "rating" not in data:
            raise ValueError("feedback: 'question' and 'rating' are required")
        return cls(**{k: v for k, v in data.items() if k in known and (v is not None or k == "answer")})


def append_feedback(path: str | Path, record: FeedbackRecord | dict) -> FeedbackRecord:
    """Validate ``record`` and append it as one line to the feedback file ``path``."""
    rec = record if isinstance(record, FeedbackRecord) else FeedbackRecord.from_json(record)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(rec.to_json(), ensure_ascii=False) + "\n")
    return rec


def read_feedback(path: str | Path) -> list[FeedbackRecord]:
    """Every valid record of a feedback file; malformed lines are skipped with a warning."""
    out = []
    with Path(path).open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(FeedbackRecord.from_json(json.loads(line)))
            except (ValueError, TypeError) as exc:
                warnings.warn(f"{path}, line {lineno}: skipped ({exc})", stacklevel=2)
    return out


# ----------------------------------------------------------------- guesses

# First match wins: the more specific patterns come first (on folded, punctuation-free text).
_TYPE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("yesno", re.compile(r"\b(co|phai|da)\b.* (khong|chua)$|^(did|does|do|is|are|was|were|has|have|can) ")),
    ("list", re.compile(r"\b(nhung|cac) [\w ]{1,30} nao\b|\bwhich (wards|communes|districts|units|localities)\b")),
    ("number", re.compile(r"\b(bao nhieu|may|ty le|phan tram|bao nhieu diem|xep thu|how many|how much|"
                          r"what (percentage|rate|score|share)|what proportion)\b")),
    ("date", re.compile(r"\b(khi nao|ngay nao|bao gio|thang nao|nam nao|luc nao|when|what date|which day)\b")),
    ("person", re.compile(r"\b(ai|who|whom)\b")),
    ("directive", re.compile(r"\b(yeu cau|chi dao|de nghi|giao nhiem vu|asked|requested|instructed|directed)\b")),
    ("place", re.compile(r"\b(phuong nao|xa nao|huyen nao|tinh nao|o dau|dia phuong nao|don vi nao|co quan nao|"
                         r"where|which (ward|commune|district|unit|locality|province|agency))\b")),
    ("thing", re.compile(r"\b(gi|nao|what|which)\b")),
]
_VI_MARKS = re.compile(r"[đĐ]")
_EN_WORDS = frozenset("the of in what which who how when did does is are was were many much and to for".split())


def guess_type(question: str) -> str:
    """A question type guessed from the wording, or ``unknown``."""
    key = answer_key(question)
    for qtype, pattern in _TYPE_PATTERNS:
        if pattern.search(key):
            return qtype
    return "unknown"


def guess_phrasing(question: str) -> str:
    """``diacritics``, ``no_diacritics`` or ``english`` (``other_tone`` needs the article: not guessed)."""
    decomposed = unicodedata.normalize("NFD", question)
    if _VI_MARKS.search(question) or any(unicodedata.combining(c) for c in decomposed):
        return "diacritics"
    words = answer_key(question).split()
    if words and sum(w in _EN_WORDS for w in words) / len(words) >= 0.2:
        return "english"
    return "no_diacritics"


def _guess_corpus(doc_ids: list[str]) -> str:
    return "seeds" if doc_ids and all((_SEEDS_DIR / f"{d}.txt").exists() for d in doc_ids) else "dev"


# ----------------------------------------------------------------- conversion


def _pick_quote(sources: list[dict], answer: str | None) -> str | None:
    quotes = [s["quote"] for s in sources if s.get("quote")]
    if not quotes:
        return None
    key = answer_key(answer)
    for q in quotes:
        if key and f" {key} " in f" {answer_key(q)} ":
            return q
    return quotes[0]


def _label(rec: FeedbackRecord) -> dict:
    doc_ids = list(dict.fromkeys(s["doc_id"] for s in rec.sources if s.get("doc_id")))
    qtype = guess_type(rec.question)
    item = {
        "id": "fb-" + hashlib.sha1(rec.question.encode("utf-8")).hexdigest()[:10],
        "question": rec.question,
        "doc_ids": doc_ids,
        "quote": None,
        "answers": [],
        "type": qtype,
        "phrasing": guess_phrasing(rec.question),
        "split": "dev",
        "corpus": _guess_corpus(doc_ids),
        "review": True,
        "feedback_time": rec.time,
    }
    if rec.rating == "up" and rec.answer is None:  # a confirmed abstention
        item.update(doc_ids=[], type="unanswerable", review=False)
    elif rec.rating == "up" and qtype == "yesno":
        polarity = answer_polarity(answer_key(rec.answer))
        answers = [{"co": "có", "khong": "không"}[polarity]] if polarity else [rec.answer]
        quote = _pick_quote(rec.sources, None)
        item.update(quote=quote, answers=answers, review=not (polarity and quote and doc_ids))
    elif rec.rating == "up":
        quote = _pick_quote(rec.sources, rec.answer)
        fits = (
            quote is not None
            and len(quote) <= MAX_QUOTE_CHARS
            and f" {answer_key(rec.answer)} " in f" {answer_key(quote)} "
            and qtype != "unknown"
            and bool(doc_ids)
        )
        item.update(quote=quote, answers=[rec.answer], review=not fits)
    elif rec.correction:
        item.update(quote=_pick_quote(rec.sources, rec.correction), answers=[rec.correction])
    return item


def _existing_keys(paths: Iterable[Path]) -> set[str]:
    keys: set[str] = set()
    for p in paths:
        if p.is_file():
            with p.open(encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        try:
                            keys.add(answer_key(json.loads(line).get("question", "")))
                        except (json.JSONDecodeError, AttributeError):
                            continue
    return keys


def feedback_to_labels(feedback_path: str | Path, out_path: str | Path,
                       questions_path: str | Path | None = None) -> int:
    """Append new labelled items made from the feedback to ``out_path``; return how many were written.

    Questions already in ``questions_path`` (default: the bundled question set), already in
    ``out_path``, or repeated in the feedback (the latest rating wins) are skipped.
    """
    from .questions import DEFAULT_QUESTIONS

    out_path = Path(out_path)
    known = _existing_keys([Path(questions_path or DEFAULT_QUESTIONS), out_path])
    latest: dict[str, FeedbackRecord] = {}
    for rec in read_feedback(feedback_path):
        key = answer_key(rec.question)
        if key and key not in known:
            latest.pop(key, None)
            latest[key] = rec
    if not latest:
        return 0
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("a", encoding="utf-8") as f:
        for rec in latest.values():
            f.write(json.dumps(_label(rec), ensure_ascii=False) + "\n")
    return len(latest)
