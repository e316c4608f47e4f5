"""Measure answers on the labelled questions: ``python -m qa.measure [--index DIR] [--split dev|test|all]``.

Prints the share of answerable questions whose ``answer`` contains one of the
gold answers (for lists: every item), and the share of unanswerable questions
that abstain, by type and by phrasing. ``--sweep`` runs without a threshold
and reports, for each candidate threshold, the two shares -- the way
:data:`qa.answerer.THRESHOLD` was chosen on the dev split.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from index.normalize import fold, normalize

from .answerer import LIST_FACTOR, THRESHOLD, THRESHOLD_EN

__all__ = ["is_correct", "evaluate", "sweep", "report", "load_index", "main"]


def _norm(text: str) -> str:
    return " ".join(normalize(text).lower().split())


def is_correct(q, answer) -> bool:
    """Whether ``answer`` (an :class:`qa.Answer`) is right for labelled question ``q``."""
    if q.type == "unanswerable":
        return bool(answer.abstained)
    if answer.abstained or not answer.answer:
        return False
    got = _norm(answer.answer)
    golds = [_norm(a) for a in q.answers]
    if q.type == "yesno":
        return fold(got).startswith(fold(golds[0]))
    if q.type == "list":
        pool = got + " || " + " || ".join(_norm(i) for i in answer.items)
        return all(g in pool for g in golds)
    return any(g in got for g in golds)


def evaluate(answerer, questions, verbose: bool = False) -> list[dict]:
    """Answer every question; one result row per question."""
    rows = []
    for q in questions:
        t0 = time.perf_counter()
        ans = answerer.ask(q.question)
        dt = time.perf_counter() - t0
        row = {
            "id": q.id,
            "type": q.type,
            "phrasing": q.phrasing,
            "asked": ans.type,  # the type the answerer read in the question (its threshold depends on it)
            "answerable": q.type != "unanswerable",
            "correct": is_correct(q, ans),
            "answer": ans.answer,
            "gold": q.answers,
            "score": ans.debug.get("score", ans.confidence),
            "forced": bool(ans.debug.get("missing")),
            "doc_ok": bool(ans.sources) and ans.sources[0].doc_id in q.doc_ids,
            "seconds": dt,
            "ans": ans,
        }
        rows.append(row)
        if verbose and not row["correct"]:
            print(
                f"  ✗ {q.id} [{q.type}/{q.phrasing}] {q.question}\n"
                f"      got {ans.answer!r} gold {q.answers} debug {ans.debug}",
                file=sys.stderr,
            )
    return rows


def _share(rows) -> str:
    if not rows:
        return "   -   "
    ok = sum(r["correct"] for r in rows)
    return f"{ok:3d}/{len(rows):<3d} {100 * ok / len(rows):5.1f}%"


def report(rows: list[dict], title: str = "") -> str:
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    lines = [
        f"== {title}",
        f"answerable, answer contains gold : {_share(ans)}",
        f"unanswerable, abstained          : {_share(una)}",
    ]
    lines.append("by type:")
    for t in sorted({r["type"] for r in rows}):
        lines.append(f"  {t:12s} {_share([r for r in rows if r['type'] == t])}")
    lines.append("by phrasing (answerable | unanswerable):")
    for p in sorted({r["phrasing"] for r in rows}):
        sel = [r for r in rows if r["phrasing"] == p]
        lines.append(
            f"  {p:14s} {_share([r for r in sel if r['answerable']])} | {_share([r for r in sel if not r['answerable']])}"
        )
    secs = sorted(r["seconds"] for r in rows)
    if secs:
        lines.append(f"latency: median {secs[len(secs) // 2]:.2f}s, max {secs[-1]:.2f}s")
    return "\n".join(lines)


def sweep(rows: list[dict], thresholds=None) -> list[tuple[float, float, float]]:
    """(threshold, answerable-correct share, unanswerable-abstained share) with the threshold applied afterwards.

    ``rows`` must come from an answerer run with ``threshold=-1`` (nothing abstains on score).
    """
    thresholds = thresholds or [round(0.20 + 0.02 * i, 2) for i in range(26)]
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    out = []
    def cut(r, t):  # English and list questions have their threshold in the same proportion as the answerer's
        t = t * THRESHOLD_EN / THRESHOLD if r["phrasing"] == "english" else t
        return t * LIST_FACTOR if r.get("asked") == "list" else t

    for t in thresholds:
        a = sum(r["correct"] and r["score"] >= cut(r, t) for r in ans) / max(1, len(ans))
        u = sum(r["correct"] or r["score"] < cut(r, t) for r in una) / max(1, len(una))
        out.append((t, a, u))
    return out


def load_index(path: str, embedder: str | None = None):
    """``Index.load``; an index built with the fake embedder is loaded with it (its manifest names no spec)."""
    from index import Index
    from index.embed import get_embedder
    from index.store import read_manifest

    if embedder is None and read_manifest(path)["embedder"]["name"].startswith("fake"):
        return Index.load(path, embedder=get_embedder("fake"))
    return Index.load(path, embedder=embedder)


def main(argv: list[str] | None = None) -> int:
    from eval.questions import load_questions

    from .answerer import Answerer

    ap = argparse.ArgumentParser(prog="python -m qa.measure", description=__doc__.split("\n")[0])
    ap.add_argument("--index", default="/tmp/qa_idx_e5", help="index of the seeds + corpus-dev")
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--questions", default=None, help="a questions.jsonl (default: the bundled set)")
    ap.add_argument("--sweep", action="store_true", help="report shares for a range of thresholds")
    ap.add_argument("--embedder", default=None, help="embedder spec to load the index with (default: its own)")
    ap.add_argument(
        "--dense",
        default="none",
        choices=["english", "all", "none"],
        help="embedder re-ranking of sentences: English questions only, all, none (default)",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong answer")
    ap.add_argument("--json", default=None, help="write per-question rows to this file")
    args = ap.parse_args(argv)

    questions = load_questions(args.questions) if args.questions else load_questions()
    if args.split != "all":
        questions = [q for q in questions if q.split == args.split]
    index = load_index(args.index, args.embedder)
    dense = {"english": "english", "all": True, "none": False}[args.dense]
    answerer = Answerer(index, dense=dense, threshold=-1.0 if args.sweep else None)
    rows = evaluate(answerer, questions, verbose=args.verbose)
    print(report(rows, f"{args.split} split, {len(questions)} questions, index {args.index}"))
    if args.sweep:
        print("threshold  answerable  unanswerable  sum")
        for t, a, u in sweep(rows):
            print(f"  {t:5.2f}     {100 * a:5.1f}%      {100 * u:5.1f}%    {a + u:.3f}")
    if args.json:
        Path(args.json).write_text(
            json.dumps([{k: v for k, v in r.items() if k != "ans"} for r in rows], ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
