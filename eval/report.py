"""Write an evaluation report folder from an :class:`eval.runner.EvalResult`.

    report.md                   comparison tables (dev and test), significance, breakdowns, notes
    metrics.json                every number of the report (see :func:`eval.runner.score_runs`)
    article_metrics.png         article R@1 / R@5 / MRR@10 per configuration
    phrasing_recall5.png        article R@5 per phrasing, per configuration
    phrasing_mrr10.png          article MRR@10 per phrasing, per configuration
    type_recall5.png            article R@5 per question type, per configuration
    type_answer_accuracy.png    answer accuracy per question type (when qa answered)
    failures/<config>.jsonl     every question the configuration fails, with what it found instead
    runs/                       the stored runs (written by the runner)

:func:`comparison_table` returns the main table as text for the command line.
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["COLUMNS", "comparison_table", "write_report", "failures"]

# (metrics key, header); the two significance-tested columns get markers.
COLUMNS = [
    ("article_recall@1", "A-R@1"),
    ("article_recall@5", "A-R@5"),
    ("article_recall@10", "A-R@10"),
    ("article_mrr@10", "A-MRR@10"),
    ("article_ndcg@10", "A-nDCG@10"),
    ("passage_recall@5", "P-R@5"),
    ("passage_mrr@10", "P-MRR@10"),
    ("em", "EM"),
    ("contains", "Contains"),
    ("f1", "F1"),
    ("abstain_precision", "Abst-P"),
    ("abstain_recall", "Abst-R"),
]
_TESTED = {"article_recall@5": "recall@5", "article_mrr@10": "mrr@10"}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SPLIT_TITLE = {"all": "all questions", "dev": "dev split", "test": "test split"}


def _fmt(v, digits: int = 3) -> str:
    return "n/a" if v is None else f"{v:.{digits}f}"


def _letters(metrics: dict) -> dict[str, str]:
    return {c["name"]: _LETTERS[i % 26] for i, c in enumerate(metrics["configs"])}


def _render(header: list[str], rows: list[list[str]], style: str) -> str:
    if style == "md":
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in
                                                                 range(len(header))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    out.append("  ".join("-" * w for w in widths))
    for r in rows:
        out.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(out)


def comparison_table(metrics: dict, split: str = "test", style: str = "text") -> str:
    """Configurations x metrics on ``split`` (``all``/``dev``/``test``) with significance markers.

    A marker lists the configurations (by letter) that this one beats on article R@5 or
    MRR@10 with p < ``max_p`` in the paired test. ``style``: ``text`` or ``md``.
    """
    letters = _letters(metrics)
    sig = metrics.get("significance", {}).get(split, {})
    answers = metrics.get("answers") == "ok"
    cols = [(k, h) for k, h in COLUMNS if answers or k not in ("em", "contains", "f1", "abstain_precision",
                                                                "abstain_recall")]
    header = ["config", "n ans", *[h for _, h in cols], "search p50 ms"] + (["ask p50 ms"] if answers else [])
    rows = []
    for c in metrics["configs"]:
        s = c["overall"].get(split)
        if s is None:
            continue
        row = [f"({letters[c['name']]}) {c['name']}", str(s["n_answerable"])]
        for key, _ in cols:
            cell = _fmt(s.get(key))
            beaten = sig.get(c["name"], {}).get(_TESTED.get(key, ""), {}).get("better_than", [])
            if beaten:
                marks = "".join(sorted(letters[b] for b in beaten))
                cell += f"<sup>{marks}</sup>" if style == "md" else f"^{marks}"
            row.append(cell)
        row.append(_fmt(c["latency"]["search_ms"]["p50"], 1))
        if answers:
            row.append(_fmt(c["latency"]["ask_ms"]["p50"], 1))
        rows.append(row)
    return _render(header, rows, style)


def _group_table(metrics: dict, group: str, keys: list[tuple[str, str]], split: str = "all") -> str:
    """Rows = values of ``group`` on ``split``; one column per configuration holding ``keys`` joined by ' / '."""
    configs = [c for c in metrics["configs"] if split in c["breakdown"]]
    if not configs:
        return ""
    values = sorted({v for c in configs for v in c["breakdown"][split][group]})
    header = [group, "n", *[c["name"] for c in configs]]
    rows = []
    for v in values:
        first = configs[0]["breakdown"][split][group].get(v, {})
        row = [v, str(first.get("n", 0))]
        for c in configs:
            s = c["breakdown"][split][group].get(v, {})
            row.append(" / ".join(_fmt(s.get(k), 2) for k, _ in keys))
        rows.append(row)
    return _render(header, rows, "md")


# ----------------------------------------------------------------- failures


def failures(result, name: str, top_n: int = 3) -> list[dict]:
    """Questions that configuration ``name`` fails: gold article not in the top 5, or a wrong answer."""
    answers = result.metrics.get("answers") == "ok"
    per_q = result.per_question[name]
    with (result.runs_dir / name / "records.jsonl").open(encoding="utf-8") as f:
        records = {r["id"]: r for r in map(json.loads, f)}
    out = []
    for q in result.questions:
        row, rec = per_q[q.id], records.get(q.id, {})
        reasons = []
        if q.type != "unanswerable" and (row.get("gold_rank") is None or row["gold_rank"] > 5):
            reasons.append("retrieval: gold article not in top 5")
        if answers and row.get("accuracy") is not None and row["accuracy"] < 1:
            if q.type == "unanswerable":
                reasons.append("answer: answered an unanswerable question")
            elif row.get("abstained"):
                reasons.append("answer: abstained")
            else:
                reasons.append("answer: wrong or incomplete")
        if not reasons:
            continue
        out.append({
            "id": q.id,
            "question": q.question,
            "type": q.type,
            "phrasing": q.phrasing,
            "split": q.split,
            "corpus": q.corpus,
            "reasons": reasons,
            "gold_doc_ids": q.doc_ids,
            "gold_titles": rec.get("gold_titles", {}),
            "gold_rank": row.get("gold_rank"),
            "gold_answers": q.answers,
            "retrieved": rec.get("top", [])[:top_n],
            "answer": rec.get("answer"),
            "abstained": rec.get("abstained"),
            "cited": [s.get("doc_id") for s in rec.get("sources", [])],
            "contains": row.get("contains"),
            "error": rec.get("error"),
        })
    return out


# ----------------------------------------------------------------- plots


def _bars(path: Path, groups: list[str], series: dict[str, list[float | None]], title: str, ylabel: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=(max(7.0, 0.35 * len(groups) * len(series) + 3.5), 4.5))
    width = 0.8 / max(1, len(series))
    x = np.arange(len(groups))
    colors = plt.get_cmap("tab10" if len(series) <= 10 else "tab20").colors
    for i, (label, vals) in enumerate(series.items()):
        ax.bar(x + (i - (len(series) - 1) / 2) * width, [v or 0.0 for v in vals], width, label=label,
               color=colors[i % len(colors)])
    tilt = len(groups) > 4
    ax.set_xticks(x, groups, rotation=25 if tilt else 0, ha="right" if tilt else "center")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plots(metrics: dict, out_dir: Path) -> list[str]:
    configs = metrics["configs"]
    names = [c["name"] for c in configs]
    written = []
    split = "test" if all("test" in c["overall"] for c in configs) else "all"
    series = {label: [c["overall"][split].get(key) for c in configs]
              for key, label in (("article_recall@1", "R@1"), ("article_recall@5", "R@5"),
                                 ("article_mrr@10", "MRR@10"))}
    _bars(out_dir / "article_metrics.png", names, series, f"Article retrieval ({_SPLIT_TITLE[split]})", "score")
    written.append("article_metrics.png")
    for group, key, fname, title, ylabel in (
        ("phrasing", "article_recall@5", "phrasing_recall5.png", "Article R@5 by phrasing", "R@5"),
        ("phrasing", "article_mrr@10", "phrasing_mrr10.png", "Article MRR@10 by phrasing", "MRR@10"),
        ("type", "article_recall@5", "type_recall5.png", "Article R@5 by question type", "R@5"),
        ("type", "accuracy", "type_answer_accuracy.png", "Answer accuracy by question type", "accuracy"),
    ):
        if key == "accuracy" and metrics.get("answers") != "ok":
            continue
        values = sorted({v for c in configs for v in c["breakdown"]["all"][group]})
        if key != "accuracy":
            values = [v for v in values if v != "unanswerable"]
        series = {c["name"]: [c["breakdown"]["all"][group].get(v, {}).get(key) for v in values] for c in configs}
        _bars(out_dir / fname, values, series, f"{title} (all questions)", ylabel)
        written.append(fname)
    return written


# ----------------------------------------------------------------- report.md


def _defaults_line(metrics: dict) -> str:
    hybrid = next((c for c in metrics["configs"] if c["name"] == "hybrid"), None)
    if hybrid is None:
        return ""
    cfg = hybrid["config"]
    w = ", ".join(f"{k} dense {v.get('dense', 0):g} / bm25 {v.get('bm25', 0):g}" for k, v in cfg["weights"].items())
    return (f"The defaults evaluated as `hybrid`: embedder `{cfg['embedder']}`, chunks of {cfg['chunk_size']} "
            f"characters with {cfg['overlap']} overlap, RRF weights {w}, re-accenting of diacritic-free queries "
            f"{'on' if cfg['restore'] else 'off'}.")


def _markdown(metrics: dict, plots: list[str], failure_counts: dict[str, int]) -> str:
    answers = metrics.get("answers") == "ok"
    test_name = "paired Student t-test" if metrics["stat_test"] == "student" else "Fisher randomization test (seed 42)"
    lines = [
        "# CCHC evaluation report",
        "",
        f"Questions: `{metrics['questions_file']}` ({metrics['n_questions']} evaluated"
        + (f", split `{metrics['split']}` only" if metrics.get("split") else "") + "). "
        f"Corpus folders: {', '.join(f'`{d}`' for d in metrics.get('corpus_dirs') or [])}.",
        "",
        "## How the defaults were chosen",
        "",
        "The system defaults -- chunk size and overlap (`index/chunking.py`), the RRF fusion weights per query "
        "kind (`index/search.py`) and the abstention threshold of `qa` -- were chosen by comparing configurations "
        "on the **dev** split only (the English abstention threshold `qa.THRESHOLD_EN` on the whole labelled set, "
        "where dev alone did not separate the candidates). Quote the test-split numbers; the dev-split numbers are "
        "optimistic for the chosen defaults.",
        "",
        _defaults_line(metrics),
        "",
        "## Comparison",
        "",
        "A-: article level (gold article among the retrieved articles, near-duplicates count as the article kept). "
        "P-: passage level (a retrieved chunk holds or overlaps the gold quote; R@k = at least one such chunk in "
        "the top k). Retrieval metrics are over answerable questions (n). "
        + ("EM / Contains / F1: answers of `qa.ask` (abstaining scores 0); Abst-P / Abst-R: precision and "
           "recall of abstaining, where unanswerable questions are the relevant ones. " if answers else
           f"Answer metrics: {metrics.get('answers')}. ")
        + f"Superscript letters: significantly better (p < {metrics['max_p']}, {test_name} over questions) "
        "than the configuration with that letter, on A-R@5 and A-MRR@10.",
        "",
    ]
    for split in ("test", "dev", "all"):
        if any(split in c["overall"] for c in metrics["configs"]):
            lines += [f"### {_SPLIT_TITLE[split].capitalize()}", "", comparison_table(metrics, split, "md"), ""]
    lines += ["### Configurations", ""]
    for c in metrics["configs"]:
        cfg = c["config"]
        lines.append(f"- **{c['name']}** -- {cfg.get('description') or ''} (mode {cfg['mode']}, "
                     f"{cfg['chunk_size']}/{cfg['overlap']} chunks, {c['index']['chunks']} chunks of "
                     f"{c['index']['articles']} articles, embedder `{c['index']['embedder'].get('name')}`)")
    lines.append("")
    keys = [("article_recall@5", "A-R@5"), ("article_mrr@10", "A-MRR@10")]
    keys += [("contains", "Contains")] if answers else []
    legend = " / ".join(h for _, h in keys)
    lines += ["## Dev vs test", "", f"Cells: {legend} (retrieval over the answerable questions of the group).", "",
              _group_table(metrics, "split", keys), ""]
    for group, title in (("phrasing", "By phrasing"), ("type", "By question type"),
                         ("corpus", "By corpus (seeds / dev corpus)")):
        lines += [f"## {title}", ""]
        for split in ("dev", "test"):
            table = _group_table(metrics, group, keys, split)
            if table:
                lines += [f"### {_SPLIT_TITLE[split].capitalize()}", "", f"Cells: {legend}.", "", table, ""]
    lines += ["## Latency (ms per query)", "",
              _render(["config", "search mean", "search p50", "search p95", "ask mean", "ask p50", "ask p95"],
                      [[c["name"], *(_fmt(c["latency"]["search_ms"][k], 1) for k in ("mean", "p50", "p95")),
                        *(_fmt(c["latency"]["ask_ms"][k], 1) for k in ("mean", "p50", "p95"))]
                       for c in metrics["configs"]], "md"), ""]
    lines += ["## Plots", ""] + [f"![{p}]({p})" for p in plots] + [""]
    lines += ["## Failures", "", "`failures/<config>.jsonl`: questions whose gold article is not in the top 5 "
              "or whose answer is wrong, with the top 3 articles retrieved instead and the answer given.", ""]
    lines += [f"- {name}: {n} question(s)" for name, n in failure_counts.items()] + [""]
    notes = list(metrics.get("notes", []))
    for c in metrics["configs"]:
        if c.get("quote_not_found"):
            notes.append(f"{c['name']}: quote not found in the indexed text for {', '.join(c['quote_not_found'])} "
                         "(left out of passage metrics)")
    if notes:
        lines += ["## Notes", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(lines)


def write_report(result) -> Path:
    """Write ``report.md``, ``metrics.json``, the plots and ``failures/`` into ``result.out_dir``."""
    out = Path(result.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(result.metrics, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    fdir = out / "failures"
    fdir.mkdir(exist_ok=True)
    counts = {}
    for c in result.metrics["configs"]:
        rows = failures(result, c["name"])
        counts[c["name"]] = len(rows)
        with (fdir / f"{c['name']}.jsonl").open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    plots = _plots(result.metrics, out)
    (out / "report.md").write_text(_markdown(result.metrics, plots, counts), encoding="utf-8")
    return out / "report.md"
