import unicodedata

import pytest

from index.normalize import fold, normalize, normalize_with_map, to_original_span


@pytest.mark.parametrize(
    "modern, traditional",
    [("Thuỷ", "Thủy"), ("uỷ", "ủy"), ("hoà", "hòa"), ("khoẻ", "khỏe"), ("Hoà Thuận", "Hòa Thuận"),
     ("Thị uỷ", "Thị ủy"), ("HOÀ", "HÒA"), ("tuỳ", "tùy")],
)
def test_both_tone_styles_normalize_to_the_same_string(modern, traditional):
    assert normalize(modern) == normalize(traditional) == traditional


@pytest.mark.parametrize("word", ["quý", "Quỳnh", "hoàn", "khuya", "thuở", "Huỳnh", "xuyên", "quả"])
def test_words_without_a_movable_mark_are_untouched(word):
    assert normalize(word) == word


def test_nfd_input_equals_nfc():
    text = "Ủy ban nhân dân thị xã Hương Thủy tổ chức hội nghị"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert normalize(nfd) == normalize(text) == text


def test_whitespace_is_tidied():
    assert normalize("  Hội   nghị\u00a0CCHC \r\n\r\n\r\n\r\nquý I  ") == "Hội nghị CCHC\n\nquý I"


def test_offsets_map_back_to_the_text_as_written():
    original = unicodedata.normalize("NFD", "Phường  Hoà\u00a0Thuận đạt 98,8%")
    norm, offsets = normalize_with_map(original)
    assert norm == "Phường Hòa Thuận đạt 98,8%"
    start = norm.index("Hòa Thuận")
    s, e = to_original_span(original, offsets, start, start + len("Hòa Thuận"))
    assert normalize(original[s:e]) == "Hòa Thuận"
    s, e = to_original_span(original, offsets, norm.index("98,8%"), len(norm))
    assert original[s:e] == "98,8%"


def test_fold_strips_diacritics_and_keeps_length():
    assert fold("Phường nào nhân rộng mô hình") == "phuong nao nhan rong mo hinh"
    assert fold("Đinh Văn Bảo") == "dinh van bao"
    text = normalize("Chủ tịch UBND thị xã Hương Thuỷ")
    assert len(fold(text)) == len(text)
