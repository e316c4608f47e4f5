"""Answers with the real offline embedder (multilingual-e5-small): English questions, seeds only."""

from __future__ import annotations

import pytest

from index import Index, build_index
from qa import Answerer
from tests.seeds import CAO_LANH, HUONG_THUY, LONG_XUYEN, TAN_HONG

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, corpus_dir) -> Answerer:
    path = tmp_path_factory.mktemp("qa-e5") / "idx"
    build_index(corpus_dir, path, embedder="e5-small")
    return Answerer(Index.load(path))


@pytest.mark.parametrize(
    "question,expected,doc_id",
    [
        ("which wards replicated the Friendly Sunday model?", "Phường 2", CAO_LANH),
        ("Who chaired the Cao Lãnh administrative reform conference in 2022?", "Võ Phan Thành Minh", CAO_LANH),
        ("How many files did Long Xuyên city receive in the first 7 months of 2024?", "37.000", LONG_XUYEN),
        (
            "What average monthly score did Long Xuyên city get for the quality of serving citizens and businesses?",
            "77,19",
            LONG_XUYEN,
        ),
        (
            "What percentage of files handled by commune-level People's Committees in Hương Thuỷ were resolved "
            "on time?",
            "98.8%",
            HUONG_THUY,
        ),
        ("When did Tân Hồng district hold its Q1 2020 administrative reform conference?", "26/3", TAN_HONG),
        ("Which field had the most overdue files in Long Xuyên?", "đất đai", LONG_XUYEN),
        ("Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?", "Phường 2", CAO_LANH),
    ],
)
def test_answers_with_the_real_embedder(answerer, question, expected, doc_id):
    answer = answerer.ask(question)
    assert not answer.abstained, answer.debug
    assert expected in answer.answer
    assert answer.sources[0].doc_id == doc_id
    src = answer.sources[0]
    original = answerer.index.articles[doc_id].original
    assert original[src.sentence_start : src.sentence_end] == src.quote
    assert len(answer.answer) < 200


def test_english_yes_no(answerer):
    answer = answerer.ask("Did Tân Hồng rank last in the province's administrative reform index?")
    assert answer.answer == "Không"
    assert answer.sources[0].doc_id == TAN_HONG


@pytest.mark.parametrize(
    "question",
    [
        "What was Tân Hồng's administrative reform index score in 2023?",
        "Who is the chairman of Đồng Tháp province?",
        "Chỉ số CCHC năm 2023 của huyện Tân Hồng là bao nhiêu?",
    ],
)
def test_english_and_vietnamese_abstain(answerer, question):
    answer = answerer.ask(question)
    assert answer.abstained and answer.answer is None
