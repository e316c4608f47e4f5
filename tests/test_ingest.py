"""Ingestion end to end: a mixed folder, the JSON contract, near-duplicates, exit codes."""

import json
import shutil

from click.testing import CliRunner

from cli import main
from index import ingest
from tests.test_readers import to_cp1258

SEED = "002_a3a64aabacfa62a7"


def test_mixed_folder_keeps_good_articles_and_names_bad_files(tmp_path, corpus_dir):
    shutil.copy(corpus_dir / f"{SEED}.txt", tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "big.txt").write_bytes(b"")
    with open(tmp_path / "big.txt", "wb") as f:  # 50 MB, sparse
        f.seek(50 * 1024 * 1024)
        f.write(b"x")
    (tmp_path / "broken.html").write_text(
        "<html><head><title>Hội nghị CCHC xã Tân Phú</title><body><div><p>Sáng ngày 2/3/2023, UBND xã Tân Phú "
        "tổ chức hội nghị cải cách hành chính.<p>Tỷ lệ hồ sơ đúng hạn đạt 99%.", encoding="utf-8")
    legacy = "Hội nghị CCHC huyện Tân Hồng\n\nSáng ngày 26/3/2020, UBND huyện Tân Hồng tổ chức hội nghị."
    (tmp_path / "legacy.txt").write_bytes(to_cp1258(legacy))
    result = ingest([tmp_path])
    ids = sorted(a.id for a in result.articles)
    assert ids == [SEED, "broken", "legacy"]
    assert result.by_id()["legacy"].locality == "Tân Hồng" and result.by_id()["legacy"].date == "2020-03-26"
    errors = {e.path.split("/")[-1]: e.reason for e in result.errors}
    assert set(errors) == {"empty.txt", "photo.txt", "big.txt"}
    assert errors["empty.txt"] == "empty file"
    assert "binary" in errors["photo.txt"] and "too large" in errors["big.txt"]
    broken = result.by_id()["broken"]
    assert broken.title == "Hội nghị CCHC xã Tân Phú" and "99%" in broken.text


def test_json_contract(corpus_dir):
    out = CliRunner().invoke(main, ["ingest", str(corpus_dir), "--json"])
    assert out.exit_code == 0, out.output
    items = {d["id"]: d for d in json.loads(out.output)}
    assert len(items) == 5
    for d in items.values():
        assert {"id", "title", "date", "period", "locality", "level", "people", "author", "chars", "warnings"} <= set(d)
    d = items[SEED]
    assert (d["date"], d["locality"], d["level"], d["period"]) == ("2024-05-10", "Hương Thủy", "thị xã", "quý I năm 2024")
    assert {"name": "Lê Văn Cường", "role": "Chủ tịch UBND thị xã"} in d["people"]


def test_exit_code_is_nonzero_only_when_nothing_was_ingested(tmp_path, corpus_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = CliRunner().invoke(main, ["ingest", str(tmp_path)])
    assert out.exit_code == 1 and "empty.txt: empty file" in out.output
    shutil.copy(corpus_dir / f"{SEED}.txt", tmp_path)
    out = CliRunner().invoke(main, ["ingest", str(tmp_path)])
    assert out.exit_code == 0 and "1 article(s), 1 error(s)" in out.output


def test_near_duplicate_repost_is_kept_once(tmp_path, corpus_dir):
    text = (corpus_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    repost = text.replace("Chiều 10/5,", "Chiều ngày 10/5,").replace("Văn Hiệp", "Theo Cổng TTĐT thị xã")
    (tmp_path / "b.txt").write_text(repost + "\nẢnh: Văn Hiệp", encoding="utf-8")
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")  # the same file saved twice
    shutil.copy(corpus_dir / "003_ba0de5968535af2d.txt", tmp_path)
    result = ingest([tmp_path])
    assert sorted(a.id for a in result.articles) == ["003_ba0de5968535af2d", "b"]
    assert result.duplicates == {"b": ["a", "c"]}
    assert result.by_id()["b"].copies == ["a", "c"]
