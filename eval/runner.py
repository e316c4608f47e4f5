"""Run the labelled questions through retrieval configurations, store the runs, score them.

:func:`run_eval` builds (or incrementally updates) one index per distinct
(embedder, chunk size, overlap) under ``index_root``, searches every question once per
configuration (one search of depth ``SEARCH_K`` chunks gives both the article run --
first hit of each article -- and the passage run), asks ``qa.ask`` for the answer when
it is importable, and stores everything under ``<out_dir>/runs/``:

    runs/manifest.json               inputs: question file, corpus folders, split, configs, notes
    runs/questions.jsonl             the evaluated questions (as loaded)
    runs/<config>/config.json        the resolved configuration and its index
    runs/<config>/article.qrels.json ranx Qrels (gold articles, near-duplicates mapped)
    runs/<config>/passage.qrels.json ranx Qrels (chunks holding the quote; depends on chunking)
    runs/<config>/article.run.json   ranx Run, top ``k`` articles scored 1/rank (+ .trec)
    runs/<config>/passage.run.json   ranx Run, top ``k`` chunks scored 1/rank (+ .trec)
    runs/<config>/records.jsonl      per question: top articles with titles, answer, latencies

:func:`score_runs` computes every number of the report from those files alone, so
``run_eval(from_runs=DIR)`` re-scores a stored evaluation without an index and gives
the same numbers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .configs import DEFAULT_CONFIGS, EvalConfig, load_configs
from .metrics import (
    ARTICLE_METRICS,
    PASSAGE_METRICS,
    abstention,
    article_qrels,
    article_run,
    canonical_ids,
    contains,
    exact_match,
    latency_summary,
    passage_qrels,
    passage_run,
    per_query_scores,
    token_f1,
)

__all__ = [
    "ROOT",
    "SEEDS_DIR",
    "DEFAULT_INDEX_ROOT",
    "DEFAULT_OUT",
    "SEARCH_K",
    "MAX_P",
    "EvalResult",
    "ConfiguredIndex",
    "corpus_dev_dir",
    "default_corpus_dirs",
    "ensure_index",
    "run_eval",
    "score_runs",
]

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "corpus"
DEFAULT_INDEX_ROOT = ROOT / ".cchc" / "eval-indexes"
DEFAULT_OUT = ROOT / "eval" / "reports" / "latest"
SEARCH_K = 100  # chunks fetched per question: enough for 10 distinct articles and 10 passages
ASK_K = 8  # passages given to qa.ask
MAX_P = 0.05  # significance level of the paired tests
SIGNIFICANCE_METRICS = ("recall@5", "mrr@10")
SPLITS = ("all", "dev", "test")
GROUPS = ("type", "phrasing", "corpus", "split")
_NOTHING = "<nothing retrieved>"
_UNSAFE = re.compile(r"[^\w.+-]+")


def corpus_dev_dir() -> Path | None:
    """The development corpus (``$CCHC_CORPUS_DEV`` or ``../shared/corpus-dev``), None when absent."""
    path = Path(os.environ.get("CCHC_CORPUS_DEV") or ROOT.parent / "shared" / "corpus-dev")
    return path if path.is_dir() else None


def default_corpus_dirs() -> tuple[list[Path], list[str]]:
    """Seeds + development corpus when present, and notes on what is missing."""
    dev = corpus_dev_dir()
    if dev is None:
        where = os.environ.get("CCHC_CORPUS_DEV") or ROOT.parent / "shared" / "corpus-dev"
        return [SEEDS_DIR], [f"development corpus not found at {where}: seeds only, dev-corpus questions skipped"]
    return [SEEDS_DIR, dev], []


# ----------------------------------------------------------------- index


def _slug(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("_") or "x"


def index_dir_for(index_root: Path, key: tuple[str, int, int], corpus_dirs: Sequence[Path]) -> Path:
    """``<root>/<embedder>-<size>-<overlap>-<corpus folders>-<hash>``: one folder per index identity."""
    embedder, size, overlap = key
    resolved = "|".join(str(Path(d).resolve()) for d in corpus_dirs)
    digest = hashlib.sha1(resolved.encode()).hexdigest()[:6]
    names = "+".join(_slug(Path(d).name) for d in corpus_dirs)
    return Path(index_root) / f"{_slug(Path(embedder).name)}-{size}-{overlap}-{names}-{digest}"


def ensure_index(corpus_dirs: Sequence[Path], index_dir: Path, embedder: str, size: int, overlap: int,
                 show_progress: bool = False):
    """Build or incrementally update ``index_dir`` (only changed chunks are embedded) and load it."""
    from index import ChunkSettings, Index, build_index

    settings = ChunkSettings(size=size, overlap=overlap)
    build_index([Path(d) for d in corpus_dirs], index_dir, embedder=embedder, settings=settings,
                show_progress=show_progress)
    return Index.load(index_dir, embedder)


class ConfiguredIndex:
    """An :class:`index.Index` whose ``search`` follows one configuration (mode, weights, re-accenting).

    The configuration's mode wins over the caller's (``qa`` asks for ``hybrid``), so the
    answers are measured on the configuration's retrieval. Everything else is delegated to
    the wrapped index, so it can be handed to ``qa.ask``.
    """

    def __init__(self, index, config: EvalConfig):
        self._index = index
        self.config = config

    def __getattr__(self, name: str):
        return getattr(self._index, name)

    def analyze(self, query: str):
        info = type(self._index).analyze(self._index, query)  # the class method, even while shadowed
        if not self.config.restore and info.dense_text != info.text:
            info = type(info)(info.text, info.kind, info.text, info.tokens)
        return info

    def search(self, query: str, k: int = 10, mode: str | None = None, filters=None, per_article: bool = False,
               weights: dict | None = None, depth: int | None = None, keep_top: int = 0):
        idx, cfg = self._index, self.config
        if weights is None and cfg.weights:
            weights = cfg.weights[idx.analyze(query).kind]
        kwargs = dict(k=k, mode=cfg.mode, filters=filters, per_article=per_article, weights=weights,
                      depth=depth or cfg.depth, keep_top=keep_top)
        if cfg.restore:
            return idx.search(query, **kwargs)
        idx.analyze = self.analyze  # instance attribute shadows the method for this call only
        try:
            return idx.search(query, **kwargs)
        finally:
            del idx.analyze


# ----------------------------------------------------------------- questions


def _load_questions(path: str | Path | None):
    from .questions import load_questions

    return load_questions(path)


def _covered(questions, articles: dict, canonical: dict[str, str]) -> tuple[list, list[str]]:
    """Keep the questions whose corpus the index covers; notes on what was dropped."""
    present = {q.corpus for q in questions if any(canonical.get(d, d) in articles for d in q.doc_ids)}
    kept = [q for q in questions if q.corpus in present]
    notes = []
    dropped = sorted({q.corpus for q in questions} - present)
    for c in dropped:
        n = sum(q.corpus == c for q in questions)
        notes.append(f"{n} question(s) about corpus '{c}' skipped: none of their articles is in the index")
    for q in kept:
        missing = [d for d in q.doc_ids if canonical.get(d, d) not in articles]
        if missing:
            notes.append(f"{q.id}: gold article(s) {', '.join(missing)} not in the index (counted as misses)")
    return kept, notes


# ----------------------------------------------------------------- answers


def _qa_ask() -> tuple[Callable | None, str | None]:
    try:
        from qa import ask
    except Exception as exc:  # noqa: BLE001 - any import problem means "no answers"
        return None, f"qa.ask is not importable ({type(exc).__name__}: {exc})"
    return ask, None


def _source_json(s) -> dict:
    if isinstance(s, dict):
        return {k: s.get(k) for k in ("doc_id", "quote", "start", "end")}
    return {k: getattr(s, k, None) for k in ("doc_id", "quote", "start", "end")}


# ----------------------------------------------------------------- run


def _write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _save_ranx(path: Path, data: dict[str, dict[str, float]], kind: str, name: str = "") -> None:
    """Write qrels or a run in ranx's JSON format (``{query: {doc: value}}``; read by ``Qrels/Run.from_file``).

    Runs are also written as a TREC run file next to it (``qid Q0 doc rank score name``).
    ranx cannot hold a query with no relevant document: such queries are left out of qrels.
    Plain ``json`` is used because ranx's own readers compile numba code for half a minute.
    """
    if kind == "qrels":
        data = {q: v for q, v in data.items() if v}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if kind == "run":
        with path.with_suffix(".trec").open("w", encoding="utf-8") as f:
            for q, docs in data.items():
                ranked = sorted(docs.items(), key=lambda kv: -kv[1])
                for rank, (d, score) in enumerate(ranked, 1):
                    f.write(f"{q} Q0 {d} {rank} {score!r} {name or path.stem}\n")


def _load_ranx(path: Path) -> dict[str, dict[str, float]]:
    return {q: dict(v) for q, v in json.loads(path.read_text(encoding="utf-8")).items()}


def _run_config(cfg: EvalConfig, index, questions, ask, show_progress: bool) -> tuple[dict, list[dict], str | None]:
    """Search (and ask) every question with ``cfg``; the runs and per-question records."""
    proxy = ConfiguredIndex(index, cfg)
    arts, chunks, records = {}, {}, []
    ask_problem = None
    proxy.search("cải cách hành chính", k=5)  # warm-up: model loading is not query latency
    if ask is not None:
        try:
            ask(proxy, "Cải cách hành chính là gì?", k=ASK_K)
        except Exception as exc:  # noqa: BLE001
            ask, ask_problem = None, f"qa.ask failed on a warm-up question ({type(exc).__name__}: {exc})"
    items: Iterable = questions
    if show_progress:
        from tqdm.auto import tqdm

        items = tqdm(questions, desc=cfg.name, unit="q")
    for q in items:
        t0 = time.perf_counter()
        hits = proxy.search(q.question, k=SEARCH_K)
        search_ms = (time.perf_counter() - t0) * 1000
        top = article_run([h.doc_id for h in hits], cfg.k)
        if len(top) < cfg.k and len(hits) >= SEARCH_K:  # many chunks of few articles: ask per article
            top = article_run([h.doc_id for h in proxy.search(q.question, k=cfg.k, per_article=True)], cfg.k)
        arts[q.id] = top
        chunks[q.id] = passage_run([h.chunk.chunk_id for h in hits], cfg.k)
        rec = {
            "id": q.id,
            "search_ms": round(search_ms, 3),
            "top": [{"doc_id": d, "title": index.articles[d].title} for d in top],
            "top_chunks": list(chunks[q.id])[:3],
            "gold_titles": {d: getattr(index.articles.get(d), "title", None) for d in q.doc_ids},
            "answer": None,
            "abstained": None,
            "sources": [],
            "ask_ms": None,
            "error": None,
        }
        if ask is not None:
            t0 = time.perf_counter()
            try:
                ans = ask(proxy, q.question, k=ASK_K)
                rec.update(
                    answer=getattr(ans, "answer", None),
                    abstained=bool(getattr(ans, "abstained", False)),
                    sources=[_source_json(s) for s in getattr(ans, "sources", None) or []],
                )
            except Exception as exc:  # noqa: BLE001 - one failing question must not stop the evaluation
                rec.update(error=f"{type(exc).__name__}: {exc}", abstained=False)
            rec["ask_ms"] = round((time.perf_counter() - t0) * 1000, 3)
        records.append(rec)
    return {"article": arts, "passage": chunks}, records, ask_problem


def _search_and_store(configs: list[EvalConfig], questions, runs_dir: Path, corpus_dirs: list[Path],
                      index_root: Path, answers: bool, show_progress: bool, notes: list[str]) -> tuple[list[str], str]:
    ask, why = _qa_ask() if answers else (None, "answers not requested (--no-answers)")
    answer_status = "ok" if ask is not None else f"n/a: {why}"
    indexes: dict[tuple, object] = {}
    kept_questions = None
    config_order = []
    for cfg in configs:
        key = cfg.index_key
        if key not in indexes:
            index_dir = index_dir_for(index_root, key, corpus_dirs)
            t0 = time.perf_counter()
            indexes[key] = ensure_index(corpus_dirs, index_dir, *key, show_progress=show_progress)
            notes.append(f"index {index_dir.name}: {len(indexes[key].articles)} articles, "
                         f"{len(indexes[key].chunks)} chunks, ready in {time.perf_counter() - t0:.0f} s")
        index = indexes[key]
        canonical = canonical_ids(index.articles)
        if kept_questions is None:
            kept_questions, cover_notes = _covered(questions, index.articles, canonical)
            notes.extend(cover_notes)
        cdir = runs_dir / cfg.name
        cdir.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        runs, records, problem = _run_config(cfg, index, kept_questions, ask, show_progress)
        if problem:
            ask, answer_status = None, f"n/a: {problem}"
            for r in records:
                r.update(answer=None, abstained=None, sources=[], ask_ms=None)
        p_qrels, missing = passage_qrels(kept_questions, index.articles, index.chunks, canonical)
        _write_json(cdir / "config.json", {
            "config": cfg.to_json(),
            "source": cfg.source,
            "index": {
                "dir": str(index_dir_for(index_root, key, corpus_dirs)),
                "embedder": index.manifest["embedder"],
                "chunking": index.manifest["chunking"],
                "articles": len(index.articles),
                "chunks": len(index.chunks),
            },
            "quote_not_found": missing,
            "seconds": round(time.perf_counter() - t0, 1),
        })
        _save_ranx(cdir / "article.qrels.json", article_qrels(kept_questions, canonical), "qrels")
        _save_ranx(cdir / "passage.qrels.json", p_qrels, "qrels")
        _save_ranx(cdir / "article.run.json", runs["article"], "run", cfg.name)
        _save_ranx(cdir / "passage.run.json", runs["passage"], "run", cfg.name)
        with (cdir / "records.jsonl").open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        config_order.append(cfg.name)
    with (runs_dir / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in kept_questions or []:
            f.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
    return config_order, answer_status


# ----------------------------------------------------------------- scoring


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(sum(vals) / len(vals), 4) if vals else None


def _question_scores(questions, qrels_a, qrels_p, run_a, run_p, records, answers_ok: bool) -> dict[str, dict]:
    """Per-question numbers: article/passage metrics (answerable), answer metrics, latencies."""
    a_scores = per_query_scores(qrels_a, run_a, ARTICLE_METRICS)
    p_scores = per_query_scores(qrels_p, run_p, PASSAGE_METRICS)
    recs = {r["id"]: r for r in records}
    out: dict[str, dict] = {}
    for q in questions:
        r = recs.get(q.id, {})
        row: dict = {"search_ms": r.get("search_ms"), "ask_ms": r.get("ask_ms")}
        if q.id in qrels_a:
            for m in ARTICLE_METRICS:
                row[f"article_{m}"] = a_scores[m].get(q.id)
            ranks = [i for i, d in enumerate(run_a.get(q.id, {}), 1) if d in qrels_a[q.id]]
            row["gold_rank"] = min(ranks) if ranks else None
        if q.id in qrels_p:
            for m in PASSAGE_METRICS:
                row[f"passage_{m.replace('hit_rate', 'recall')}"] = p_scores[m].get(q.id)
        if answers_ok:
            abstained = bool(r.get("abstained"))
            row["abstained"] = abstained
            if q.type != "unanswerable":
                answer = None if abstained else r.get("answer")
                row["em"] = exact_match(answer, q.answers, q.type)
                row["contains"] = contains(answer, q.answers, q.type)
                row["f1"] = token_f1(answer, q.answers, q.type)
                row["accuracy"] = row["contains"]
            else:
                row["accuracy"] = float(abstained)
        out[q.id] = row
    return out


def _summary(qids: Sequence[str], per_q: dict[str, dict], questions_by_id: dict) -> dict:
    rows = [per_q[i] for i in qids]
    out: dict = {"n": len(rows), "n_answerable": sum(questions_by_id[i].type != "unanswerable" for i in qids)}
    keys = [f"article_{m}" for m in ARTICLE_METRICS]
    keys += [f"passage_{m.replace('hit_rate', 'recall')}" for m in PASSAGE_METRICS]
    keys += ["em", "contains", "f1", "accuracy"]
    for k in keys:
        out[k] = _mean(r.get(k) for r in rows)
    if rows and "abstained" in rows[0]:
        ab = abstention([r["abstained"] for r in rows], [questions_by_id[i].type == "unanswerable" for i in qids])
        out["abstain_precision"] = None if ab["precision"] is None else round(ab["precision"], 4)
        out["abstain_recall"] = None if ab["recall"] is None else round(ab["recall"], 4)
        out["abstained"] = ab["abstained"]
    else:
        out["abstain_precision"] = out["abstain_recall"] = out["abstained"] = None
    return out


def _significance(qrels: dict, runs: dict[str, dict], qids: set[str], stat_test: str) -> dict:
    """Paired test between every two configs on article R@5 and MRR@10 (ranx ``compare``)."""
    from ranx import Qrels, Run, compare

    sub = {q: v for q, v in qrels.items() if q in qids}
    names = list(runs)
    if len(names) < 2 or len(sub) < 2:
        return {}
    # Nothing retrieved -> one placeholder that is never relevant (same scores; ranx needs every query).
    ranx_runs = [Run({q: dict(runs[n].get(q) or {_NOTHING: 1.0}) for q in sub}, name=n) for n in names]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = compare(Qrels(sub), ranx_runs, list(SIGNIFICANCE_METRICS), stat_test=stat_test, max_p=MAX_P,
                         random_seed=42, make_comparable=False, rounding_digits=4)
    data = report.to_dict()
    out: dict = {}
    for n in names:
        out[n] = {}
        for m in SIGNIFICANCE_METRICS:
            mine = data[n]["scores"][m]
            pvals = {o: round(float(data[n]["comparisons"][o][m]), 6) for o in names if o != n}
            better = [o for o in names if o != n and pvals[o] < MAX_P and mine > data[o]["scores"][m]]
            out[n][m] = {"p": pvals, "better_than": better}
    return out


def score_runs(runs_dir: str | Path, stat_test: str = "student") -> tuple[dict, dict[str, dict[str, dict]], list]:
    """Every number of the report, from the files under ``runs_dir`` only.

    Returns ``(metrics, per_question, questions)``; ``metrics`` is what ``metrics.json`` holds.
    """
    from .questions import Question

    runs_dir = Path(runs_dir)
    manifest = json.loads((runs_dir / "manifest.json").read_text(encoding="utf-8"))
    with (runs_dir / "questions.jsonl").open(encoding="utf-8") as f:
        questions = [Question(**json.loads(line)) for line in f if line.strip()]
    by_id = {q.id: q for q in questions}
    answers_ok = manifest["answers"] == "ok"
    per_question: dict[str, dict[str, dict]] = {}
    configs_out, article_runs = [], {}
    qrels_a_common: dict | None = None
    for name in manifest["configs"]:
        cdir = runs_dir / name
        info = json.loads((cdir / "config.json").read_text(encoding="utf-8"))
        qrels_a = _load_ranx(cdir / "article.qrels.json")
        qrels_p = _load_ranx(cdir / "passage.qrels.json")
        run_a = _load_ranx(cdir / "article.run.json")
        run_p = _load_ranx(cdir / "passage.run.json")
        with (cdir / "records.jsonl").open(encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        per_q = _question_scores(questions, qrels_a, qrels_p, run_a, run_p, records, answers_ok)
        per_question[name] = per_q
        article_runs[name] = run_a
        qrels_a_common = qrels_a_common or qrels_a
        overall = {}
        for split in SPLITS:
            qids = [q.id for q in questions if split == "all" or q.split == split]
            if qids:
                overall[split] = _summary(qids, per_q, by_id)
        breakdown: dict[str, dict] = {}  # {split: {group: {value: summary}}}
        for split in overall:
            qs = [q for q in questions if split == "all" or q.split == split]
            breakdown[split] = {}
            for g in GROUPS:
                values = sorted({getattr(q, g) for q in qs})
                breakdown[split][g] = {v: _summary([q.id for q in qs if getattr(q, g) == v], per_q, by_id)
                                       for v in values}
        configs_out.append({
            "name": name,
            "config": info["config"],
            "index": info["index"],
            "quote_not_found": info.get("quote_not_found", []),
            "overall": overall,
            "breakdown": breakdown,
            "latency": {
                "search_ms": latency_summary(r.get("search_ms") for r in records),
                "ask_ms": latency_summary(r.get("ask_ms") for r in records),
            },
        })
    significance = {}
    for split in SPLITS:
        qids = {q.id for q in questions if split == "all" or q.split == split}
        if qids and qrels_a_common:
            significance[split] = _significance(qrels_a_common, article_runs, qids, stat_test)
    metrics = {
        "questions_file": manifest.get("questions_file"),
        "corpus_dirs": manifest.get("corpus_dirs"),
        "split": manifest.get("split"),
        "answers": manifest["answers"],
        "stat_test": stat_test,
        "max_p": MAX_P,
        "n_questions": len(questions),
        "notes": manifest.get("notes", []),
        "configs": configs_out,
        "significance": significance,
    }
    return metrics, per_question, questions


# ----------------------------------------------------------------- entry point


@dataclass
class EvalResult:
    """The outcome of :func:`run_eval`: the report folder and what was written there."""

    out_dir: Path
    runs_dir: Path
    metrics: dict
    per_question: dict[str, dict[str, dict]] = field(repr=False)
    questions: list = field(repr=False)

    def table(self, split: str = "test") -> str:
        """The comparison table as plain text (what ``cchc eval`` prints)."""
        from .report import comparison_table

        return comparison_table(self.metrics, split=split, style="text")


def _find_runs(path: Path) -> Path:
    for cand in (path, path / "runs"):
        if (cand / "manifest.json").is_file():
            return cand
    raise FileNotFoundError(f"no stored runs in {path} (expected {path}/runs/manifest.json)")


def run_eval(
    questions_path: str | Path | None = None,
    configs: Sequence[str | Path | EvalConfig] = DEFAULT_CONFIGS,
    out_dir: str | Path = DEFAULT_OUT,
    corpus_dirs: Sequence[str | Path] | None = None,
    index_root: str | Path = DEFAULT_INDEX_ROOT,
    split: str | None = None,
    answers: bool = True,
    show_progress: bool = False,
    embedder: str | None = None,
    from_runs: str | Path | None = None,
    stat_test: str = "student",
    write_report: bool = True,
) -> EvalResult:
    """Evaluate ``configs`` on the labelled questions and write a report folder at ``out_dir``.

    ``configs``: built-in names, JSON paths or :class:`EvalConfig` objects. ``embedder``
    replaces the embedder of configurations that do not name one. ``split`` keeps only
    ``dev`` or ``test`` questions. ``from_runs``: a report or runs folder written before;
    its stored runs are re-scored without searching (the other inputs are ignored).
    ``stat_test``: ``student`` (paired t-test) or ``fisher`` (randomization, seed 42).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    runs_dir = out_dir / "runs"
    if from_runs is not None:
        src = _find_runs(Path(from_runs))
        if src.resolve() != runs_dir.resolve():
            if runs_dir.exists():
                shutil.rmtree(runs_dir)
            shutil.copytree(src, runs_dir)
    else:
        if split not in (None, "dev", "test"):
            raise ValueError(f"split must be 'dev', 'test' or None, not {split!r}")
        cfgs = load_configs(list(configs))
        cfgs = [c if c.embedder or not embedder else EvalConfig(**{**c.to_json(), "embedder": embedder},
                                                                  source=c.source) for c in cfgs]
        cfgs = [c.resolved() for c in cfgs]
        notes: list[str] = []
        if corpus_dirs is None:
            dirs, notes = default_corpus_dirs()
        else:
            dirs = [Path(d) for d in corpus_dirs]
        questions = _load_questions(questions_path)
        if split:
            questions = [q for q in questions if q.split == split]
        if runs_dir.exists():
            shutil.rmtree(runs_dir)
        runs_dir.mkdir(parents=True)
        order, answer_status = _search_and_store(cfgs, questions, runs_dir, dirs, Path(index_root), answers,
                                                 show_progress, notes)
        _write_json(runs_dir / "manifest.json", {
            "questions_file": str(questions_path or "eval/data/questions.jsonl"),
            "corpus_dirs": [str(d) for d in dirs],
            "split": split,
            "configs": order,
            "answers": answer_status,
            "notes": notes,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        })
    metrics, per_question, questions = score_runs(runs_dir, stat_test=stat_test)
    result = EvalResult(out_dir, runs_dir, metrics, per_question, questions)
    if write_report:
        from .report import write_report

        write_report(result)
    return result
