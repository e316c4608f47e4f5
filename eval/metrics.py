"""Evaluation metrics: retrieval (computed by ranx) and answers (hand-written, documented here).

Retrieval, at two levels, over answerable questions only:

* **article level** -- qrels are the gold ``doc_ids`` (a gold id that is a near-duplicate
  kept out of the index counts as the article that was kept); the run is the retrieved
  articles in hit order (first hit of each article), scored ``1/rank`` so ranx keeps that
  order exactly. ``recall@k`` is ranx's recall (share of gold articles in the top k).
* **passage level** -- qrels are the index's chunks that hold the gold quote: grade 2 when
  the chunk text contains the whole quote (after :func:`index.normalize.normalize` and
  whitespace collapsing), grade 1 when the chunk's ``[start, end)`` only overlaps the
  quote's span in the article, or when the quote is the article's title and the chunk's
  embedding header carries it. Passage qrels therefore depend on the chunking. Since a
  quote often lies in two overlapping chunks, passage "recall@k" is ranx's ``hit_rate@k``
  (at least one relevant passage in the top k); nDCG uses the grades.

Answers (``qa.ask``), compared after normalize + fold + punctuation/space collapsing
(:func:`answer_key`):

* ``exact_match``: the answer equals one gold answer (``list``: it holds every item and
  nothing but connectives);
* ``contains``: the answer contains one gold answer as whole words (``list``: the share of
  gold items contained; ``yesno``: the answer's polarity, read from its first word, equals
  the gold ``có``/``không``);
* ``token_f1``: SQuAD-style F1 over folded syllables, best over the gold answers
  (``list``: against all items together);
* abstention precision/recall: positive = the system abstained, relevant = the question is
  ``unanswerable``.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from index.normalize import fold, normalize

__all__ = [
    "ARTICLE_METRICS",
    "PASSAGE_METRICS",
    "METRIC_LABELS",
    "answer_key",
    "answer_polarity",
    "exact_match",
    "contains",
    "token_f1",
    "abstention",
    "latency_summary",
    "canonical_ids",
    "article_qrels",
    "quote_spans",
    "passage_qrels",
    "article_run",
    "passage_run",
    "per_query_scores",
]

ARTICLE_METRICS = ("recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10")
PASSAGE_METRICS = ("hit_rate@1", "hit_rate@5", "hit_rate@10", "mrr@10", "ndcg@10")
METRIC_LABELS = {
    "recall@1": "R@1",
    "recall@5": "R@5",
    "recall@10": "R@10",
    "hit_rate@1": "R@1",
    "hit_rate@5": "R@5",
    "hit_rate@10": "R@10",
    "mrr@10": "MRR@10",
    "ndcg@10": "nDCG@10",
}

# ----------------------------------------------------------------- answers

_NON_WORD = re.compile(r"[^\w\s]|_")
_LIST_CONNECTIVES = frozenset({"va", "and", "cung", "voi"})
_YES = frozenset({"co", "yes", "dung", "phai"})
_NO = frozenset({"khong", "no", "chua"})


def answer_key(text: str | None) -> str:
    """``text`` normalized, folded (no diacritics, lowercase), punctuation -> space, spaces collapsed."""
    if not text:
        return ""
    return " ".join(_NON_WORD.sub(" ", fold(normalize(text))).split())


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def answer_polarity(key: str) -> str | None:
    words = key.split()
    if not words:
        return None
    if words[0] in _YES:
        return "co"
    if words[0] in _NO:
        return "khong"
    has_no, has_yes = any(w in _NO for w in words), any(w in _YES for w in words)
    if has_no != has_yes:
        return "khong" if has_no else "co"
    return None


def exact_match(answer: str | None, golds: Sequence[str], qtype: str | None = None) -> float:
    """1.0 when the answer equals a gold answer after :func:`answer_key` (see the module doc for ``list``)."""
    key = answer_key(answer)
    if not key or not golds:
        return 0.0
    if qtype == "list":
        items = [answer_key(g) for g in golds]
        if not all(_contains_words(key, i) for i in items):
            return 0.0
        extra = Counter(key.split()) - Counter(w for i in items for w in i.split())
        return float(all(w in _LIST_CONNECTIVES for w in extra))
    return float(key in {answer_key(g) for g in golds})


def contains(answer: str | None, golds: Sequence[str], qtype: str | None = None) -> float:
    """Whole-word containment of a gold answer (share of items for ``list``, polarity for ``yesno``)."""
    key = answer_key(answer)
    if not key or not golds:
        return 0.0
    if qtype == "yesno":
        return float(answer_polarity(key) == answer_key(golds[0]))
    hits = [_contains_words(key, answer_key(g)) for g in golds]
    if qtype == "list":
        return sum(hits) / len(hits)
    return float(any(hits))


def _f1(pred: list[str], gold: list[str]) -> float:
    common = Counter(pred) & Counter(gold)
    same = sum(common.values())
    if not pred or not gold or same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(gold)
    return 2 * precision * recall / (precision + recall)


def token_f1(answer: str | None, golds: Sequence[str], qtype: str | None = None) -> float:
    """SQuAD-style token F1 over folded syllables, best over the gold answers."""
    pred = answer_key(answer).split()
    if not pred or not golds:
        return 0.0
    candidates = [" ".join(golds)] if qtype == "list" else list(golds)
    return max(_f1(pred, answer_key(g).split()) for g in candidates)


def abstention(abstained: Sequence[bool], unanswerable: Sequence[bool]) -> dict[str, float | int | None]:
    """Precision/recall/F1 of abstaining (positive = abstained, relevant = unanswerable); None when undefined."""
    tp = sum(1 for a, u in zip(abstained, unanswerable) if a and u)
    n_abstained, n_unanswerable = sum(map(bool, abstained)), sum(map(bool, unanswerable))
    precision = tp / n_abstained if n_abstained else None
    recall = tp / n_unanswerable if n_unanswerable else None
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "abstained": n_abstained,
        "unanswerable": n_unanswerable,
        "true_positives": tp,
    }


def latency_summary(ms: Iterable[float | None]) -> dict[str, float | None]:
    """Mean, median and 95th percentile of per-query latencies in milliseconds."""
    values = np.array([m for m in ms if m is not None], dtype=float)
    if not len(values):
        return {"mean": None, "p50": None, "p95": None, "n": 0}
    return {
        "mean": round(float(values.mean()), 2),
        "p50": round(float(np.percentile(values, 50)), 2),
        "p95": round(float(np.percentile(values, 95)), 2),
        "n": int(len(values)),
    }


# ----------------------------------------------------------------- qrels


def canonical_ids(articles: Mapping[str, object]) -> dict[str, str]:
    """``{copy_id: kept_id}`` for near-duplicates kept out of the index (``Article.copies``)."""
    return {copy: doc_id for doc_id, a in articles.items() for copy in getattr(a, "copies", None) or []}


def article_qrels(questions: Iterable, canonical: Mapping[str, str] | None = None) -> dict[str, dict[str, int]]:
    """``{question_id: {doc_id: 1}}`` for answerable questions, gold ids mapped through ``canonical``."""
    canonical = canonical or {}
    out: dict[str, dict[str, int]] = {}
    for q in questions:
        if q.type == "unanswerable" or not q.doc_ids:
            continue
        out[q.id] = {canonical.get(d, d): 1 for d in q.doc_ids}
    return out


_WS = re.compile(r"\s+")


def _collapse(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space; map each output char to its input index."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(text):
        if c.isspace():
            if not chars or chars[-1] == " ":
                continue
            c = " "
        chars.append(c)
        offsets.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def _collapse_text(text: str) -> str:
    return _WS.sub(" ", text).strip()


def quote_spans(article, quote: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` span of ``article.original`` where ``quote`` occurs.

    Matched on normalized, whitespace-collapsed text; falls back to folded text
    (diacritics and case ignored) when the exact form is absent.
    """
    needle = _collapse_text(normalize(quote))
    if not needle:
        return []
    hay, offsets = _collapse(article.text)
    spans: list[tuple[int, int]] = []
    for h, n in ((hay, needle), (fold(hay), fold(needle))):
        start = h.find(n)
        while start >= 0:
            s, e = offsets[start], offsets[start + len(n) - 1] + 1
            spans.append(article.original_span(s, e))
            start = h.find(n, start + 1)
        if spans:
            break
    return spans


def passage_qrels(
    questions: Iterable, articles: Mapping[str, object], chunks: Iterable, canonical: Mapping[str, str] | None = None
) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Passage qrels ``{question_id: {chunk_id: grade}}`` and the ids of questions whose quote was not found.

    Grade 2: the chunk text contains the whole quote; grade 1: the chunk overlaps the quote's span
    (or its header -- title, place, date -- contains the quote, for quotes taken from a title).
    """
    canonical = canonical or {}
    by_doc: dict[str, list] = {}
    for c in chunks:
        by_doc.setdefault(c.doc_id, []).append(c)
    qrels: dict[str, dict[str, int]] = {}
    missing: list[str] = []
    for q in questions:
        if q.type == "unanswerable" or not q.doc_ids or not q.quote:
            continue
        needle = _collapse_text(normalize(q.quote))
        rel: dict[str, int] = {}
        for doc_id in dict.fromkeys(canonical.get(d, d) for d in q.doc_ids):
            if doc_id not in articles:
                continue
            spans = quote_spans(articles[doc_id], q.quote)
            for c in by_doc.get(doc_id, []):
                if needle in _collapse_text(c.text):
                    rel[c.chunk_id] = 2
                elif any(c.start < e and s < c.end for s, e in spans) or needle in _collapse_text(normalize(c.header or "")):
                    rel[c.chunk_id] = 1
        if rel:
            qrels[q.id] = rel
        else:
            missing.append(q.id)
    return qrels, missing


# ----------------------------------------------------------------- runs


def article_run(doc_ids: Iterable[str], k: int = 10) -> dict[str, float]:
    """Articles in first-hit order (duplicates dropped), scored ``1/rank``, at most ``k``."""
    out: dict[str, float] = {}
    for d in doc_ids:
        if d not in out:
            out[d] = 1.0 / (len(out) + 1)
            if len(out) >= k:
                break
    return out


def passage_run(chunk_ids: Iterable[str], k: int = 10) -> dict[str, float]:
    """Chunks in hit order, scored ``1/rank``, at most ``k``."""
    return article_run(chunk_ids, k)


def per_query_scores(
    qrels: Mapping[str, Mapping[str, int]], run: Mapping[str, Mapping[str, float]], metrics: Sequence[str]
) -> dict[str, dict[str, float]]:
    """``{metric: {question_id: score}}`` computed by ranx for every query of ``qrels``."""
    from ranx import Qrels, Run, evaluate

    # A query with nothing retrieved scores 0 on every metric here; ranx cannot hold an empty run.
    scored = {q: dict(run[q]) for q in qrels if run.get(q)}
    out = {m: {q: 0.0 for q in qrels} for m in metrics}
    if not scored:
        return out
    ranx_run = Run(scored)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numba's "unsafe cast" type-safety warnings
        evaluate(Qrels({q: dict(qrels[q]) for q in scored}), ranx_run, list(metrics), make_comparable=False)
    for m in metrics:
        out[m].update({q: float(ranx_run.scores[m][q]) for q in scored})
    return out
