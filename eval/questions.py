"""Labelled question set for evaluating search and question answering over CCHC articles.

The questions live in a JSON Lines file (one object per line, UTF-8); the bundled set is
``eval/data/questions.jsonl`` (see ``eval/README.md`` for the format).  ``load_questions``
parses and validates such a file; ``check_against_corpus`` checks the quotes against the
article texts.

Text comparisons (answers inside the quote, quote inside the article) are made after
Unicode NFC normalisation and collapsing every run of whitespace to a single space.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "data" / "questions.jsonl"

TYPES = ("number", "date", "person", "place", "thing", "directive", "list", "yesno", "unanswerable")
PHRASINGS = ("diacritics", "no_diacritics", "other_tone", "english")
SPLITS = ("dev", "test")
CORPORA = ("seeds", "dev")
FIELDS = ("id", "question", "doc_ids", "quote", "answers", "type", "phrasing", "split", "corpus")
YESNO_ANSWERS = ("có", "không")

MAX_QUOTE_CHARS = 300
MAX_ANSWER_CHARS = 80  # answers must be shorter than this ...
MAX_DIRECTIVE_ANSWER_CHARS = 200  # ... except for `directive` questions

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalize_text(text: str) -> str:
    """NFC-normalise ``text`` and collapse runs of whitespace to one space (stripped)."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class Question:
    """One labelled question (the fields of one JSONL line)."""

    id: str
    question: str
    doc_ids: list[str]
    quote: str | None
    answers: list[str]
    type: str
    phrasing: str
    split: str
    corpus: str

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in FIELDS}


def _has_diacritics(text: str) -> bool:
    """True if ``text`` contains a Vietnamese letter with a diacritic (including đ)."""
    decomposed = unicodedata.normalize("NFD", text)
    return any(unicodedata.combining(ch) for ch in decomposed) or "đ" in text.lower()


def _fail(path: Path, lineno: int, field: str | None, message: str) -> ValueError:
    where = f"{path}, line {lineno}"
    if field is not None:
        where += f", field '{field}'"
    return ValueError(f"{where}: {message}")


def _check_str_list(value: object, path: Path, lineno: int, field: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, lineno, field, f"must be a list of strings, got {value!r}")
    for i, v in enumerate(value):
        if not v.strip():
            raise _fail(path, lineno, f"{field}[{i}]", "must not be empty")
    return list(value)


def _parse_line(obj: object, path: Path, lineno: int) -> Question:
    if not isinstance(obj, dict):
        raise _fail(path, lineno, None, f"expected a JSON object, got {type(obj).__name__}")
    missing = [f for f in FIELDS if f not in obj]
    if missing:
        raise _fail(
            path,
            lineno,
            missing[0],
            "missing field" + (f" (also missing: {', '.join(missing[1:])})" if missing[1:] else ""),
        )
    unknown = sorted(set(obj) - set(FIELDS))
    if unknown:
        raise _fail(path, lineno, unknown[0], f"unknown field (allowed: {', '.join(FIELDS)})")

    for name in ("id", "question", "type", "phrasing", "split", "corpus"):
        if not isinstance(obj[name], str):
            raise _fail(path, lineno, name, f"must be a string, got {obj[name]!r}")
    if not obj["id"].strip():
        raise _fail(path, lineno, "id", "must not be empty")
    if not obj["question"].strip():
        raise _fail(path, lineno, "question", "must not be empty")
    for name, allowed in (("type", TYPES), ("phrasing", PHRASINGS), ("split", SPLITS), ("corpus", CORPORA)):
        if obj[name] not in allowed:
            raise _fail(path, lineno, name, f"unknown value {obj[name]!r} (allowed: {', '.join(allowed)})")

    doc_ids = _check_str_list(obj["doc_ids"], path, lineno, "doc_ids")
    answers = _check_str_list(obj["answers"], path, lineno, "answers")
    quote = obj["quote"]
    if quote is not None and not isinstance(quote, str):
        raise _fail(path, lineno, "quote", f"must be a string or null, got {quote!r}")
    qtype = obj["type"]

    if qtype == "unanswerable":
        if doc_ids:
            raise _fail(path, lineno, "doc_ids", "an unanswerable question must have no doc_ids ([])")
        if answers:
            raise _fail(path, lineno, "answers", "an unanswerable question must have no answers ([])")
        if quote is not None:
            raise _fail(path, lineno, "quote", "an unanswerable question must have quote null")
    else:
        if not doc_ids:
            raise _fail(path, lineno, "doc_ids", f"a {qtype!r} question needs at least one gold doc id")
        if len(set(doc_ids)) != len(doc_ids):
            raise _fail(path, lineno, "doc_ids", "duplicate doc id")
        if quote is None or not quote.strip():
            raise _fail(path, lineno, "quote", f"a {qtype!r} question needs a quote from the article")
        if len(quote) > MAX_QUOTE_CHARS:
            raise _fail(path, lineno, "quote", f"longer than {MAX_QUOTE_CHARS} characters ({len(quote)})")
        if not answers:
            raise _fail(path, lineno, "answers", f"a {qtype!r} question needs at least one answer")
        if qtype == "yesno":
            if len(answers) != 1 or answers[0] not in YESNO_ANSWERS:
                raise _fail(
                    path, lineno, "answers", f'a yesno question has answers ["có"] or ["không"], got {answers!r}'
                )
        else:
            limit = MAX_DIRECTIVE_ANSWER_CHARS if qtype == "directive" else MAX_ANSWER_CHARS
            norm_quote = normalize_text(quote)
            for i, answer in enumerate(answers):
                if len(answer) >= limit:
                    raise _fail(
                        path, lineno, f"answers[{i}]", f"answer must be shorter than {limit} characters: {answer!r}"
                    )
                if normalize_text(answer) not in norm_quote:
                    raise _fail(path, lineno, f"answers[{i}]", f"answer {answer!r} is missing from the quote")

    if obj["phrasing"] == "no_diacritics" and _has_diacritics(obj["question"]):
        raise _fail(path, lineno, "question", "phrasing is no_diacritics but the question has Vietnamese diacritics")

    return Question(
        id=obj["id"],
        question=obj["question"],
        doc_ids=doc_ids,
        quote=quote,
        answers=answers,
        type=qtype,
        phrasing=obj["phrasing"],
        split=obj["split"],
        corpus=obj["corpus"],
    )


def load_questions(path: str | Path | None = None, corpus: set[str] | None = None) -> list[Question]:
    """Load and validate a question file (default: the bundled ``DEFAULT_QUESTIONS``).

    ``corpus``, when given, keeps only the questions whose ``corpus`` field is in the set
    (e.g. ``{"seeds"}``).  The whole file is validated either way.  Raises ``ValueError``
    naming the line number and the field on the first problem found.
    """
    path = Path(path) if path is not None else DEFAULT_QUESTIONS
    if corpus is not None:
        bad = sorted(set(corpus) - set(CORPORA))
        if bad:
            raise ValueError(f"unknown corpus filter value(s) {bad} (allowed: {', '.join(CORPORA)})")

    questions: list[Question] = []
    first_line: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _fail(path, lineno, None, f"bad JSON: {exc}") from exc
            q = _parse_line(obj, path, lineno)
            if q.id in first_line:
                raise _fail(path, lineno, "id", f"duplicate id {q.id!r} (first used on line {first_line[q.id]})")
            first_line[q.id] = lineno
            questions.append(q)

    if corpus is not None:
        questions = [q for q in questions if q.corpus in corpus]
    return questions


# Tone-mark placement: "old" style puts the mark on the first vowel of oa/oe/uy (hòa, khỏe, thủy),
# "new" style on the second (hoà, khoẻ, thuỷ).
_OTHER_TONE: dict[str, str] = {}
for _a, _b, _old, _new in (("o", "a", "òóỏõọ", "àáảãạ"), ("o", "e", "òóỏõọ", "èéẻẽẹ"), ("u", "y", "ùúủũụ", "ỳýỷỹỵ")):
    for _o, _n in zip(_old, _new, strict=True):
        _OTHER_TONE[_o + _b] = _a + _n
        _OTHER_TONE[_a + _n] = _o + _b


def other_tone_variant(word: str) -> str | None:
    """The same syllable with the other tone-mark placement (``"hòa"`` <-> ``"hoà"``), or None."""
    word = unicodedata.normalize("NFC", word)
    for ending, swapped in _OTHER_TONE.items():
        if word.lower().endswith(ending) and not word.lower().endswith("q" + ending):
            return word[: -len(ending)] + swapped
    return None


def _other_tone_words(question: str, text: str) -> list[str]:
    """Words of ``question`` whose other-tone spelling occurs in ``text`` (case-insensitive)."""
    words = set(_WORD.findall(normalize_text(text).lower()))
    out = []
    for w in _WORD.findall(normalize_text(question).lower()):
        v = other_tone_variant(w)
        if v is not None and v in words:
            out.append(w)
    return out


def check_against_corpus(questions: Iterable[Question], article_texts: Mapping[str, str]) -> list[str]:
    """Check questions against article texts ``{doc_id: full file text}``; return the problems found.

    Reported: a gold doc id missing from ``article_texts``; a quote found in none of the
    question's gold articles (compared after NFC + whitespace collapsing; with several gold
    articles the quote must occur in at least one of them); an ``other_tone`` question with
    no word whose other tone-mark spelling occurs in a gold article.
    """
    normalized: dict[str, str] = {}

    def norm(doc_id: str) -> str:
        if doc_id not in normalized:
            normalized[doc_id] = normalize_text(article_texts[doc_id])
        return normalized[doc_id]

    problems: list[str] = []
    for q in questions:
        known = [d for d in q.doc_ids if d in article_texts]
        for d in q.doc_ids:
            if d not in article_texts:
                problems.append(f"{q.id}: unknown doc id {d!r}")
        if not known or q.quote is None:
            continue
        quote = normalize_text(q.quote)
        if not any(quote in norm(d) for d in known):
            problems.append(f"{q.id}: quote not found in {', '.join(known)}: {q.quote[:80]!r}")
        if q.phrasing == "other_tone" and not any(_other_tone_words(q.question, norm(d)) for d in known):
            problems.append(
                f"{q.id}: other_tone question has no word spelt with the other tone placement than the article"
            )
    return problems


def read_articles(*directories: str | Path) -> dict[str, str]:
    """Read every ``*.txt`` article under the given directories: ``{file stem: text}``."""
    texts: dict[str, str] = {}
    for directory in directories:
        for p in sorted(Path(directory).glob("*.txt")):
            texts[p.stem] = p.read_text(encoding="utf-8")
    return texts
