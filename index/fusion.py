"""Weighted reciprocal rank fusion (Cormack et al., 2009).

``score(d) = sum_r  w_r / (k + rank_r(d))`` over the retrievers ``r`` that
returned ``d``; ranks start at 1. A weight of 0 silences a retriever.
"""

from __future__ import annotations

__all__ = ["RRF_K", "rrf", "keep_tops"]

RRF_K = 60


def rrf(runs: dict[str, list[str]], weights: dict[str, float] | None = None, k: int = RRF_K) -> dict[str, float]:
    """Fuse ranked id lists ``{retriever: [id, ...]}`` into ``{id: score}``, best first."""
    fused: dict[str, float] = {}
    for name, ids in runs.items():
        w = 1.0 if weights is None else weights.get(name, 0.0)
        if w == 0:
            continue
        for rank, doc in enumerate(ids, start=1):
            fused[doc] = fused.get(doc, 0.0) + w / (k + rank)
    return dict(sorted(fused.items(), key=lambda kv: (-kv[1], kv[0])))


def keep_tops(fused: dict[str, float], tops: list[list[str]], k: int) -> dict[str, float]:
    """``fused`` reordered so that every id of ``tops`` is among its first ``k`` (moved to the end of them,
    keeping its fused score)."""
    order = list(fused)
    for top in tops:
        for key in top:
            if key in order[:k] or key not in fused:
                continue
            order.remove(key)
            order.insert(max(0, k - 1), key)
    return {key: fused[key] for key in order}
