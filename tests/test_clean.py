"""index.clean: chrome, title, duplicates, captions and bylines on the seed articles and beyond."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from index.clean import Cleaned, clean_text, is_chrome, is_dateline

SEEDS = {
    "000": "000_4494d6be0716a21a",
    "001": "001_7582829325a4453a",
    "002": "002_a3a64aabacfa62a7",
    "003": "003_ba0de5968535af2d",
    "004": "004_83eadf440d187fff",
}

CHROME = [
    "Tìm kiếm",
    "/UploadFiles",
    "Lượt xem",
    "Tổng số: 29",
    "Các tin khác",
    "Xem tin theo ngày",
    "Thống kê truy cập",
    "Tổng lượt truy câp",
    "Truy cập hiện tại",
    "Xuất bản thông tin",
    "Chi tiết bài viết",
]


@pytest.fixture(scope="module")
def seeds(corpus_dir: Path) -> dict[str, Cleaned]:
    return {k: clean_text((corpus_dir / f"{name}.txt").read_text(encoding="utf-8")) for k, name in SEEDS.items()}


def _all_text(c: Cleaned) -> str:
    return "\n".join([c.title or "", c.author or "", *c.texts()])


@pytest.mark.parametrize("seed", ["001", "002", "003", "004"])
def test_chrome_is_gone(seeds: dict[str, Cleaned], seed: str) -> None:
    text = _all_text(seeds[seed])
    for chrome in CHROME:
        assert chrome not in text, chrome


def test_chrome_lines_are_reported(seeds: dict[str, Cleaned]) -> None:
    assert seeds["002"].dropped[:2] == ["Tìm kiếm", "/UploadFiles/TuyChonLk/tailieuhdnd_230x61.png"]
    assert "Tổng lượt truy câp 15.777.529" in seeds["002"].dropped
    assert "Lượt xem: 364 views" in seeds["004"].dropped
    assert seeds["001"].dropped[:2] == ["Xuất bản thông tin", "Chi tiết bài viết Tin tức"]


def test_titles(seeds: dict[str, Cleaned]) -> None:
    assert seeds["000"].title == "Hội nghị đánh giá chỉ số Công tác CCHC 7 tháng đầu năm 2024"
    assert seeds["001"].title == "THÀNH PHỐ CAO LÃNH: Triển khai nhiệm vụ cải cách hành chính năm 2022"  # no "null "
    assert seeds["002"].title == "Hội nghị sơ kết công tác cải cách hành chính quý I năm 2024"
    assert seeds["003"].title.startswith("Đánh giá công tác thực hiện cải cách hành chính")
    assert seeds["004"].title == "Ủy ban nhân dân thành phố họp chuyên đề kỳ tháng 6 năm 2018."


@pytest.mark.parametrize("seed", ["001", "003"])
def test_repeated_title_is_not_a_paragraph(seeds: dict[str, Cleaned], seed: str) -> None:
    c = seeds[seed]
    assert all(t != c.title and not t.startswith("null") for t in c.texts())


def test_repeated_lead_is_kept_once(seeds: dict[str, Cleaned]) -> None:
    c = seeds["003"]
    lead = [t for t in c.texts() if t.startswith("Sáng ngày 26/3, UBND huyện Tân Hồng")]
    assert len(lead) == 1
    assert c.texts()[0] == lead[0]
    assert c.duplicates_removed == 1


def test_captions(seeds: dict[str, Cleaned]) -> None:
    assert seeds["001"].texts("caption") == [
        "(Quang cảnh: Ký cam kết thực hiện cải thiện chỉ số CCHC năm 2022)",
        "(Quang cảnh: Thí sinh đạt giải I, II của Cuộc thi viết)",
    ]
    assert seeds["003"].texts("caption") == [
        "Đồng chí Huỳnh Văn Nhã và đồng chí Lê Thị Lệ Thủy chủ trì Hội nghị",
        "Quang cảnh Hội nghị",
    ]
    for seed in ("000", "002", "004"):
        assert seeds[seed].texts("caption") == []
    # captions stay in reading order between the body paragraphs
    kinds = [k for _, k in seeds["003"].paragraphs]
    assert kinds == ["body", "caption", "body", "caption", "body"]


@pytest.mark.parametrize(
    ("seed", "author"),
    [
        ("000", "Thành Nhân"),
        ("001", "Mi Lê, Trung tâm VHTT-TT Thành phố"),
        ("002", "Văn Hiệp"),
        ("003", "Kim Lệ"),
        ("004", "Văn phòng HĐND và UBND thành phố"),
    ],
)
def test_authors(seeds: dict[str, Cleaned], seed: str, author: str) -> None:
    c = seeds[seed]
    assert c.author == author
    assert all(author not in t for t in c.texts())  # the byline is not a body paragraph


def test_photo_credit_kept_apart(seeds: dict[str, Cleaned]) -> None:
    assert seeds["003"].photo == "Chí Dũng"
    assert all("Chí Dũng" not in t for t in seeds["003"].texts())


def test_datelines(seeds: dict[str, Cleaned]) -> None:
    assert seeds["002"].datelines == ["Ngày cập nhật 11/05/2024"]
    assert seeds["004"].datelines == ["Thứ Tư, ngày 27 tháng 6 năm 2018 - 7:48"]
    for seed in ("000", "001", "003"):
        assert seeds[seed].datelines == []


def test_body_of_000_intact(seeds: dict[str, Cleaned], corpus_dir: Path) -> None:
    raw = (corpus_dir / f"{SEEDS['000']}.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    c = seeds["000"]
    assert len(c.paragraphs) == 3
    assert c.texts("body") == lines[1:4]  # as written, only stripped
    assert c.texts()[0].startswith("Chiều ngày 19/8,\xa0Ủy ban nhân dân thành phố Long Xuyên")
    assert c.texts()[-1].endswith("trực thuộc tỉnh.")


def test_body_paragraph_counts(seeds: dict[str, Cleaned]) -> None:
    assert {k: len(c.texts("body")) for k, c in seeds.items()} == {"000": 3, "001": 5, "002": 7, "003": 3, "004": 3}


PAGE = """Trang chủ > Tin tức > Cải cách hành chính
Cỡ chữ: A A A
A- A A+
Huyện Tân Hồng tiếp nhận hồ sơ qua bưu điện
Cập nhật lúc 08:30 ngày 12/03/2021
Đăng ngày: 12/03/2021
https://tanhong.dongthap.gov.vn/images/banner.jpg
Sáng 12/3, UBND huyện Tân Hồng triển khai tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.
Hôm nay, hội nghị sẽ tiếp tục làm việc.
Ảnh: Toàn cảnh buổi triển khai
Năm 2006:
Theo Báo Đồng Tháp
In bài viết
Gửi email
Chia sẻ
Bản in
Quay lại
Về đầu trang
Đang online: 12
Tin liên quan
Huyện Tân Hồng tổng kết năm 2020
"""


def test_generic_chrome_and_short_body_paragraphs() -> None:
    c = clean_text(PAGE)
    assert c.title == "Huyện Tân Hồng tiếp nhận hồ sơ qua bưu điện"
    assert c.datelines == ["Cập nhật lúc 08:30 ngày 12/03/2021", "Đăng ngày: 12/03/2021"]
    assert c.texts("body") == [
        "Sáng 12/3, UBND huyện Tân Hồng triển khai tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.",
        "Hôm nay, hội nghị sẽ tiếp tục làm việc.",  # a real short paragraph is kept
        "Năm 2006:",
    ]
    assert c.texts("caption") == ["Ảnh: Toàn cảnh buổi triển khai"]
    assert c.author == "Báo Đồng Tháp" and c.source == "Báo Đồng Tháp"
    for chrome in (
        "Cỡ chữ: A A A",
        "A- A A+",
        "In bài viết",
        "Gửi email",
        "Chia sẻ",
        "Bản in",
        "Quay lại",
        "Về đầu trang",
        "Đang online: 12",
        "Tin liên quan",
    ):
        assert chrome in c.dropped
    # everything after "Tin liên quan" lists other articles
    assert "Huyện Tân Hồng tổng kết năm 2020" in c.dropped


def test_chrome_rules_survive_nfd_and_tone_style() -> None:
    assert is_chrome(unicodedata.normalize("NFD", "Lượt xem: 1.234"))
    assert is_chrome("  Tổng lượt truy cập: 1.234.567 ")
    assert is_chrome("Thống kê truy cập")
    assert is_chrome("/Portals/0/Images/2024/anh1.JPG")
    assert is_chrome("Hạ giá nhà đất là việc quá khó(21/10/2005)")  # link to another article
    assert not is_chrome("Thủ tục hành chính được niêm yết công khai.")
    assert is_dateline("Thứ Hai, 05/02/2024 14:30 (GMT+7)")
    assert is_dateline(unicodedata.normalize("NFD", "Ngày cập nhật 11/05/2024"))
    assert not is_dateline("Ngày 28/6/2018 Ủy ban nhân dân thành phố họp phiên tháng 6 năm 2018.")


def test_title_argument_wins() -> None:
    text = "Hội nghị triển khai CCHC\nChiều 10/5, UBND thị xã tổ chức hội nghị.\nVăn Hiệp"
    c = clean_text(text, title="Hội nghị triển khai CCHC")
    assert c.title == "Hội nghị triển khai CCHC"
    assert c.texts() == ["Chiều 10/5, UBND thị xã tổ chức hội nghị."]
    assert c.dropped == ["Hội nghị triển khai CCHC"]
    c = clean_text("Sapo của bài.\nThân bài.", title="null Tiêu đề từ HTML")
    assert c.title == "Tiêu đề từ HTML"
    assert c.texts() == ["Sapo của bài.", "Thân bài."]


def test_bylines_glued_or_labelled() -> None:
    c = clean_text("Tiêu đề\nNgười dân hài lòng với dịch vụ công trực tuyến. Hương Dịu")
    assert c.texts() == ["Người dân hài lòng với dịch vụ công trực tuyến."]
    assert c.author == "Hương Dịu"
    c = clean_text("Tiêu đề\nĐoạn một.\nĐoạn hai, ngày càng thuận tiện hơn cho người dân.\nThu Hoài (TTXVN)")
    assert c.author == "Thu Hoài (TTXVN)"
    c = clean_text("Tiêu đề\nNội dung bài viết khá dài về thủ tục hành chính. Đức Minh Theo Trí thức trẻ")
    assert (c.author, c.source) == ("Đức Minh", "Trí thức trẻ")
    c = clean_text("Tiêu đề\nĐoạn một.\nĐoạn hai.\nTin, ảnh: Minh Thư")
    assert c.author == "Minh Thư" and c.texts() == ["Đoạn một.", "Đoạn hai."]
    c = clean_text("Tiêu đề\nKết quả đạt 98% trở lên.\nĐoạn cuối không có tác giả, kết thúc bằng dấu chấm.")
    assert c.author is None and len(c.texts()) == 2


def test_empty_input() -> None:
    c = clean_text("")
    assert (c.title, c.paragraphs, c.author, c.duplicates_removed) == (None, [], None, 0)


@pytest.mark.slow
def test_corpus_dev_smoke(corpus_dev_dir: Path) -> None:
    files = sorted(corpus_dev_dir.glob("*.txt"))
    assert len(files) > 400
    with_author = 0
    for path in files:
        raw = path.read_text(encoding="utf-8")
        c = clean_text(raw)
        first = raw.split("\n", 1)[0].strip().removeprefix("&gt;&gt; ")
        assert c.title == first, path.name  # the first line of these files is the title
        assert c.texts("body"), path.name
        assert all(t == t.strip() and t for t in c.texts()), path.name
        with_author += c.author is not None
    assert with_author >= len(files) // 5  # measured: 130 of 452
