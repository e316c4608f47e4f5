"""Extractive question answering with cited spans over the CCHC index.

>>> from index import Index
>>> from qa import ask
>>> answer = ask(Index.load("index_dir"), "Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?")
>>> answer.answer, answer.sources[0].doc_id
"""

from .answerer import DEFAULT_K, LIST_FACTOR, THRESHOLD, THRESHOLD_EN, Answerer, ask
from .question import QuestionInfo, analyze_question
from .records import ABSTAIN_MESSAGE, Answer, Source

__all__ = [
    "ABSTAIN_MESSAGE",
    "DEFAULT_K",
    "THRESHOLD",
    "THRESHOLD_EN",
    "LIST_FACTOR",
    "Answer",
    "Answerer",
    "QuestionInfo",
    "Source",
    "analyze_question",
    "ask",
]
