"""Tests for the labelled question set (eval/data/questions.jsonl) and its loader."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eval.questions import (
    DEFAULT_QUESTIONS,
    PHRASINGS,
    TYPES,
    Question,
    check_against_corpus,
    load_questions,
    normalize_text,
    other_tone_variant,
    read_articles,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
CORPUS_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-dev"


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return load_questions()


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return read_articles(SEED_CORPUS)


def test_default_path_is_bundled_file():
    assert DEFAULT_QUESTIONS.is_file()
    assert DEFAULT_QUESTIONS == ROOT / "eval" / "data" / "questions.jsonl"


def test_counts(questions, seed_texts):
    assert len(questions) >= 150
    seeds = [q for q in questions if q.corpus == "seeds"]
    assert len(seeds) >= 60
    per_seed = Counter(d for q in questions for d in q.doc_ids if d in seed_texts)
    assert set(per_seed) == set(seed_texts), "every seed article must have questions"
    assert all(n >= 10 for n in per_seed.values()), per_seed
    assert sum(q.type == "unanswerable" for q in questions) >= 20
    assert {q.phrasing for q in questions} == set(PHRASINGS)
    assert {q.type for q in questions} == set(TYPES)
    assert {q.split for q in questions} == {"dev", "test"}
    assert {q.corpus for q in questions} == {"seeds", "dev"}
    # every type is asked about the seed articles too
    assert {q.type for q in seeds} == set(TYPES)


def test_splits_are_roughly_balanced(questions):
    splits = Counter(q.split for q in questions)
    assert abs(splits["dev"] - splits["test"]) <= 0.1 * len(questions)
    for t in TYPES:
        per_type = Counter(q.split for q in questions if q.type == t)
        assert per_type["dev"] >= 1 and per_type["test"] >= 1, (t, per_type)


def test_phrasing_mix(questions):
    share = {p: n / len(questions) for p, n in Counter(q.phrasing for q in questions).items()}
    assert 0.4 <= share["diacritics"] <= 0.6
    assert 0.15 <= share["no_diacritics"] <= 0.3
    # (rounds 16-20 wrote about one in 32, so the share falls as rounds join: 69 of 1407, 4.9%, now)
    assert 0.04 <= share["other_tone"] <= 0.15
    assert Counter(q.phrasing for q in questions)["other_tone"] >= 60
    assert 0.15 <= share["english"] <= 0.3


def test_ids_unique(questions):
    ids = [q.id for q in questions]
    assert len(ids) == len(set(ids))


def test_corpus_filter(questions):
    seeds = load_questions(corpus={"seeds"})
    dev = load_questions(corpus={"dev"})
    assert seeds and dev
    assert all(q.corpus == "seeds" for q in seeds)
    assert len(seeds) + len(dev) == len(questions)
    with pytest.raises(ValueError, match="corpus"):
        load_questions(corpus={"nope"})


def test_seed_questions_match_seed_articles(questions, seed_texts):
    seeds = [q for q in questions if q.corpus == "seeds"]
    problems = check_against_corpus(seeds, seed_texts)
    assert problems == []
    for q in seeds:
        if not q.answerable:
            continue
        quote = normalize_text(q.quote)
        assert any(quote in normalize_text(seed_texts[d]) for d in q.doc_ids), q.id
        if q.type != "yesno":
            for a in q.answers:
                assert normalize_text(a) in quote, (q.id, a)


def test_required_seed_examples(questions):
    by_question = {q.question: q for q in questions}
    q = by_question["Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?"]
    assert "Phường 2" in q.answers and q.doc_ids == ["001_7582829325a4453a"]
    q = by_question["Chỉ số CCHC của huyện Tân Hồng đạt bao nhiêu điểm?"]
    assert "69,45 điểm" in q.answers
    answers = {a for q in questions for a in q.answers}
    assert {"37.000", "77,19", "98.8%"} <= answers
    lists = [q for q in questions if q.type == "list" and q.doc_ids == ["001_7582829325a4453a"]]
    assert any("phường Hòa Thuận" in q.answers for q in lists)


@pytest.mark.slow
def test_dev_questions_match_corpus_dev(questions):
    if not CORPUS_DEV.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS_DEV} (../shared/corpus-dev is absent)")
    texts = read_articles(CORPUS_DEV)
    dev = [q for q in questions if q.corpus == "dev"]
    assert check_against_corpus(dev, texts) == []
    answerable = [q for q in dev if q.answerable]
    assert len(answerable) >= 100
    docs = {d for q in answerable for d in q.doc_ids}
    assert len(docs) >= 60
    assert any(d.startswith("vntc_") for d in docs) and any(d.startswith("baomoi_") for d in docs)


def test_unanswerable_encoding(questions):
    for q in questions:
        if q.type == "unanswerable":
            assert q.doc_ids == [] and q.answers == [] and q.quote is None, q.id
        else:
            assert q.doc_ids and q.answers and q.quote, q.id


def test_other_tone_variant():
    assert other_tone_variant("hòa") == "hoà"
    assert other_tone_variant("Thuỷ") == "Thủy"
    assert other_tone_variant("khỏe") == "khoẻ"
    assert other_tone_variant("quý") is None
    assert other_tone_variant("phường") is None


# --- validation errors -------------------------------------------------------------------

GOOD = {
    "id": "x-01",
    "question": "Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?",
    "doc_ids": ["001_7582829325a4453a"],
    "quote": 'Mô hình "Ngày Chủ Nhật thân thiện" của UBND Phường 2',
    "answers": ["Phường 2"],
    "type": "place",
    "phrasing": "diacritics",
    "split": "dev",
    "corpus": "seeds",
}


def _write(tmp_path: Path, lines: list[object]) -> Path:
    path = tmp_path / "q.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n")
    return path


_DROP = object()


def _second(**changes) -> dict:
    """A copy of GOOD with id x-02 and the given changes (``_DROP`` removes a field)."""
    obj = {**GOOD, "id": "x-02", **changes}
    return {k: v for k, v in obj.items() if v is not _DROP}


def test_small_good_file_loads(tmp_path):
    path = _write(tmp_path, [GOOD, _second()])
    qs = load_questions(path)
    assert [q.id for q in qs] == ["x-01", "x-02"]
    assert check_against_corpus(qs, read_articles(SEED_CORPUS)) == []


@pytest.mark.parametrize(
    ("line2", "field", "fragment"),
    [
        (_second(type="bogus"), "type", "unknown value"),
        (_second(answers=["Phường 11"]), "answers[0]", "missing from the quote"),
        (_second(id="x-01"), "id", "duplicate id"),
        (_second(phrasing="klingon"), "phrasing", "unknown value"),
        (_second(split="train"), "split", "unknown value"),
        (_second(corpus="web"), "corpus", "unknown value"),
        (_second(question="   "), "question", "must not be empty"),
        (_second(answers=_DROP), "answers", "missing field"),
        (dict(_second(), extra=1), "extra", "unknown field"),
        (_second(type="unanswerable", answers=[], quote=None), "doc_ids", "unanswerable"),
        (_second(type="yesno", answers=["yes"]), "answers", "yesno"),
        (_second(phrasing="no_diacritics"), "question", "diacritics"),
    ],
)
def test_validation_errors_name_line_and_field(tmp_path, line2, field, fragment):
    path = _write(tmp_path, [GOOD, line2])
    with pytest.raises(ValueError) as info:
        load_questions(path)
    message = str(info.value)
    assert "line 2" in message
    assert f"field '{field}'" in message
    assert fragment in message


def test_bad_json_names_line(tmp_path):
    path = _write(tmp_path, [GOOD, '{"id": "x-02", "question": '])
    with pytest.raises(ValueError, match=r"line 2.*bad JSON"):
        load_questions(path)


def test_check_against_corpus_reports_problems(seed_texts):
    q = Question(**dict(GOOD, doc_ids=["001_7582829325a4453a", "nope"], quote="không có trong bài", answers=["bài"]))
    problems = check_against_corpus([q], seed_texts)
    assert any("unknown doc id 'nope'" in p for p in problems)
    assert any("quote not found" in p for p in problems)


def test_quote_matching_ignores_whitespace_and_normalization(seed_texts):
    import unicodedata

    quote = unicodedata.normalize("NFD", 'Mô hình   "Ngày Chủ Nhật\nthân thiện" của UBND Phường 2')
    q = Question(**dict(GOOD, quote=quote))
    assert check_against_corpus([q], seed_texts) == []
