"""index.metadata: dates, period, locality/level and people, on the seeds (end to end) and unit cases."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from index.clean import clean_text
from index.metadata import (
    Metadata,
    extract_locality,
    extract_metadata,
    extract_people,
    extract_period,
    parse_dates,
)
from index.normalize import normalize
from index.records import Person

SEEDS = {
    "000": "000_4494d6be0716a21a",
    "001": "001_7582829325a4453a",
    "002": "002_a3a64aabacfa62a7",
    "003": "003_ba0de5968535af2d",
    "004": "004_83eadf440d187fff",
}

# id: (title starts with, date, published, period, locality, level) -- worked out by hand from the articles.
EXPECTED = {
    "000": (
        "Hội nghị đánh giá chỉ số Công tác CCHC 7 tháng đầu năm 2024",
        "2024-08-19",
        None,
        "7 tháng đầu năm 2024",
        "Long Xuyên",
        "thành phố",
    ),
    "001": (
        "THÀNH PHỐ CAO LÃNH: Triển khai nhiệm vụ cải cách hành chính năm 2022",
        "2022-03-15",
        None,
        "năm 2021",
        "Cao Lãnh",
        "thành phố",
    ),
    "002": (
        "Hội nghị sơ kết công tác cải cách hành chính quý I năm 2024",
        "2024-05-10",
        "2024-05-11",
        "quý I năm 2024",
        "Hương Thủy",
        "thị xã",
    ),
    "003": (
        "Đánh giá công tác thực hiện cải cách hành chính và chỉ số cải cách hành chính quý I năm 2020",
        "2020-03-26",
        None,
        "quý I năm 2020",
        "Tân Hồng",
        "huyện",
    ),
    "004": (
        "Ủy ban nhân dân thành phố họp chuyên đề kỳ tháng 6 năm 2018.",
        "2018-06-28",
        "2018-06-27",
        "6 tháng đầu năm 2018",
        None,
        "thành phố",
    ),
}


def _metadata(raw: str, title: str | None = None, published: str | None = None) -> tuple[str | None, Metadata]:
    """The ingest path: clean, then metadata from the normalized title and the body paragraphs."""
    c = clean_text(raw, title=title)
    ntitle = normalize(c.title) if c.title else None
    return ntitle, extract_metadata(ntitle, c.texts("body"), datelines=c.datelines, published_hint=published)


@pytest.fixture(scope="module")
def seeds(corpus_dir: Path) -> dict[str, tuple[str | None, Metadata]]:
    return {k: _metadata((corpus_dir / f"{n}.txt").read_text(encoding="utf-8")) for k, n in SEEDS.items()}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_table(seeds, seed: str) -> None:
    title, meta = seeds[seed]
    start, date, published, period, locality, level = EXPECTED[seed]
    assert title.startswith(normalize(start))
    assert (meta.date, meta.published, meta.period, meta.locality, meta.level) == (
        date,
        published,
        period,
        locality,
        level,
    )


def test_seed_warnings(seeds) -> None:
    for seed in ("000", "002", "003"):  # "19/8", "Chiều 10/5", "Sáng ngày 26/3": no year written
        assert "year inferred from period" in seeds[seed][1].warnings
    for seed in ("001", "004"):
        assert seeds[seed][1].warnings == []


def test_seed_people(seeds) -> None:
    people = {k: v[1].people for k, v in seeds.items()}
    assert people["000"] == [
        Person("Huỳnh Quốc Thái", "Bí thư Thành ủy Long Xuyên"),
        Person("Đinh Văn Bảo", "Chủ tịch UBND thành phố"),
    ]
    assert people["001"] == [Person("Võ Phan Thành Minh", "Chủ tịch UBND Thành phố")]
    assert people["002"][0] == Person("Trần Minh Long", "Phó Giám đốc Sở Nội vụ")
    assert Person("Lê Văn Cường", "Chủ tịch UBND thị xã") in people["002"]
    assert Person("Ngô Thị Ái Hương", "Phó Chủ tịch UBND thị xã") in people["002"]
    assert Person("Nguyễn Văn Phú", "Phó Chủ tịch HĐND thị xã") in people["002"]  # not the "UVTV Thị ủy" part
    assert people["003"] == [
        Person("Huỳnh Văn Nhã", "Phó Chủ tịch UBND huyện"),
        Person("Lê Thị Lệ Thủy", "Phó Chủ tịch UBND Huyện"),
    ]
    assert people["004"] == [Person("Tô Hoàng Linh", "Chủ tịch UBND thành phố")]
    for meta in (v[1] for v in seeds.values()):  # deduplicated by name
        assert len({p.name for p in meta.people}) == len(meta.people)


# ----------------------------------------------------------------------- dates


def _isos(text: str, year: int | None = None) -> list[str]:
    return [iso for _, _, iso in parse_dates(text, year)]


def test_parse_dates_forms() -> None:
    assert _isos("Sáng ngày 15 tháng 3 năm 2022, Ủy ban nhân dân") == ["2022-03-15"]
    assert _isos("Chiều ngày 19/8, Ủy ban nhân dân", 2024) == ["2024-08-19"]
    assert _isos("Chiều ngày 19/8, Ủy ban nhân dân") == ["--08-19"]  # no year known
    assert _isos("Ngày 28/6/2018 Ủy ban nhân dân thành phố họp") == ["2018-06-28"]
    assert _isos("Ngày cập nhật 11/05/2024") == ["2024-05-11"]
    assert _isos("Thứ Tư, ngày 27 tháng 6 năm 2018 - 7:48") == ["2018-06-27"]
    assert _isos("2024-05-11T08:00:00+07:00") == ["2024-05-11"]
    assert _isos("Chiều 10/5, UBND thị xã", 2024) == ["2024-05-10"]
    assert _isos("Ngày 9-6, UBND TPHCM; sáng nay (12.6) Quốc hội", 2005) == ["2005-06-09", "2005-06-12"]
    assert _isos("Nghị quyết số 19-NQ/TU ngày 25/10/2017 Hội nghị lần thứ 6") == ["2017-10-25"]
    assert _isos("đi vào hoạt động từ tháng 7 năm 2018") == ["2018-07"]


def test_parse_dates_rejects() -> None:
    assert _isos("31/2/2020") == []
    assert _isos("ngày 30/2", 2024) == []
    assert _isos("ngày 29/2", 2023) == []
    assert _isos("ngày 29/2", 2024) == ["2024-02-29"]
    assert _isos("xếp thứ 11/12 huyện, thị xã; 249/249 thủ tục; đạt 97.5%") == []
    assert _isos("Tổng lượt truy câp 15.777.529") == []


def test_parse_dates_spans_are_on_the_text_as_written() -> None:
    text = "Chie\u0300u nga\u0300y 19/8, Ủy ban"  # decomposed (NFD) "Chiều ngày"
    [(start, end, iso)] = parse_dates(text, 2024)
    assert text[start:end] == "19/8" and iso == "2024-08-19"


def test_document_date_is_not_the_event() -> None:
    meta = extract_metadata(
        "Triển khai Nghị quyết 19",
        ["Thực hiện Nghị quyết số 19-NQ/TU ngày 25/10/2017 của Tỉnh ủy, sáng ngày 5/3/2018 UBND huyện họp."],
    )
    assert meta.date == "2018-03-05"
    meta = extract_metadata("Triển khai", ["Thực hiện Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng."])
    assert meta.date is None and "no event date found" in meta.warnings


def test_year_inference() -> None:
    meta = extract_metadata("Sơ kết công tác CCHC quý I năm 2020", ["Sáng ngày 26/3, UBND huyện Tân Hồng tổ chức."])
    assert meta.date == "2020-03-26" and "year inferred from period" in meta.warnings
    # a review of the whole year held in the first months of the next year
    meta = extract_metadata("Tổng kết công tác CCHC năm 2021", ["Sáng 14/1, UBND huyện tổ chức hội nghị."])
    assert meta.date == "2022-01-14"
    # from the publication date, and never months after it
    meta = extract_metadata("Hội nghị", ["Sáng 28/12, UBND huyện họp."], datelines=["Ngày cập nhật 05/01/2024"])
    assert meta.date == "2023-12-28" and "year inferred from publication date" in meta.warnings
    meta = extract_metadata("Hội nghị", ["Sáng 3/1, UBND huyện họp."], published_hint="2024-01-05T07:00:00+07:00")
    assert (meta.date, meta.published) == ("2024-01-03", "2024-01-05")
    # from the other years of the text
    meta = extract_metadata("Hội nghị", ["Chiều 24/5, tại Trụ sở Chính phủ.", "Hợp tác từ 2015, gia hạn 2017."])
    assert meta.date == "2017-05-24" and "year inferred from other years in the text" in meta.warnings
    meta = extract_metadata("Hội nghị", ["Chiều 24/5, tại Trụ sở Chính phủ."])
    assert meta.date is None and "event date has no year" in meta.warnings


def test_published() -> None:
    assert extract_metadata(None, ["x"], datelines=["Ngày cập nhật 11/05/2024"]).published == "2024-05-11"
    assert extract_metadata(None, ["x"], datelines=["Thứ Tư, ngày 27 tháng 6 năm 2018 - 7:48"]).published == (
        "2018-06-27"
    )
    assert extract_metadata(None, ["x"], published_hint="2018-06-27T07:48:00+07:00").published == "2018-06-27"
    assert extract_metadata(None, ["x"]).published is None


# ---------------------------------------------------------------------- period


@pytest.mark.parametrize(
    ("title", "lead", "period"),
    [
        ("Hội nghị đánh giá chỉ số CCHC 7 tháng đầu năm 2024", "", "7 tháng đầu năm 2024"),
        ("Sơ kết CCHC quý 1 năm 2020", "", "quý I năm 2020"),
        ("Sơ kết quý II/2006", "", "quý II năm 2006"),
        ("Kết quả 9 tháng năm 2019", "", "9 tháng năm 2019"),
        ("Nhiệm vụ 6 tháng cuối năm 2018", "", "6 tháng cuối năm 2018"),
        (
            "Triển khai nhiệm vụ CCHC năm 2022",
            "Hội nghị đánh giá công tác CCHC năm 2021 và triển khai nhiệm vụ năm 2022.",
            "năm 2021",
        ),
        ("Họp chuyên đề kỳ tháng 6 năm 2018", "Ngày 28/6/2018 họp phiên tháng 6 năm 2018.", None),
        ("Hội nghị", "Ngày 15 tháng 3 năm 2022 tổ chức hội nghị.", None),
    ],
)
def test_period_variants(title: str, lead: str, period: str | None) -> None:
    assert extract_period(title, [lead] if lead else []) == period


# -------------------------------------------------------------------- locality


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        ("Hội nghị", "Chiều 10/5, UBND thị xã Hương Thuỷ tổ chức hội nghị.", ("Hương Thủy", "thị xã")),
        ("THÀNH PHỐ CAO LÃNH: Triển khai nhiệm vụ", "", ("Cao Lãnh", "thành phố")),
        ("Hội nghị", "Ủy ban nhân dân (UBND) thành phố Cao Lãnh tổ chức.", ("Cao Lãnh", "thành phố")),
        ("Hội nghị", "Sáng ngày 26/3, UBND huyện Tân Hồng tổ chức.", ("Tân Hồng", "huyện")),
        ("Hội nghị", "UBND Phường 2 tổ chức đối thoại.", ("Phường 2", "phường")),
        ("Hội nghị", "Chủ tịch UBND TP.HCM Lê Thanh Hải chỉ đạo.", ("Hồ Chí Minh", "thành phố")),
        ("Hội nghị", "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chỉ đạo.", ("Hà Nội", "thành phố")),
        (
            "Ủy ban nhân dân thành phố họp chuyên đề",
            "Ủy ban nhân dân thành phố họp phiên tháng 6.",
            (None, "thành phố"),
        ),
        ("Cải cách hành chính", "Người dân hài lòng với dịch vụ công.", (None, None)),
        ("Thêm vốn đầu tư vào tỉnh Bà Rịa-Vũng Tàu", "", ("Bà Rịa - Vũng Tàu", "tỉnh")),
        ("Đồng Nai dùng Zalo để giải quyết thủ tục", "", ("Đồng Nai", "tỉnh")),
    ],
)
def test_locality(title: str, lead: str, expected: tuple[str | None, str | None]) -> None:
    assert extract_locality(title, [lead] if lead else []) == expected


def test_locality_prefers_the_organizer() -> None:
    lead = "UBND huyện Tân Hồng tổ chức hội nghị tại xã Tân Hộ Cơ, có đại diện UBND tỉnh Đồng Tháp dự."
    assert extract_locality("Hội nghị", [lead]) == ("Tân Hồng", "huyện")
    # an unnamed organizer is never replaced by another place of another level
    assert extract_locality("UBND huyện họp", ["UBND huyện họp tại xã Tân Hộ Cơ."]) == (None, "huyện")


# ---------------------------------------------------------------------- people


def test_people_patterns() -> None:
    people = extract_people(
        "Hội nghị",
        [
            "Ông Đinh Văn Bảo, Phó Bí thư Thành uỷ, Chủ tịch UBND thành phố cùng dự. "
            "Phát biểu tại hội nghị, Phó Giám đốc Sở Nội vụ Trần Minh Long đề nghị thị xã cần phát huy. "
            "Bộ trưởng Bộ Thương mại TRƯƠNG ĐÌNH TUYỂN: xuất khẩu tăng. "
            "Đồng chí Bí thư Thành ủy cũng nhấn mạnh; bà Rịa không phải tên người.",
            "Ông Đinh Văn Bảo đề nghị các đơn vị thực hiện.",
        ],
    )
    assert people == [
        Person("Đinh Văn Bảo", "Chủ tịch UBND thành phố"),
        Person("Trần Minh Long", "Phó Giám đốc Sở Nội vụ"),
        Person("Trương Đình Tuyển", "Bộ trưởng Bộ Thương mại"),
    ]


def test_people_role_filled_from_a_later_mention() -> None:
    people = extract_people(
        None, ["Đồng chí Huỳnh Văn Nhã chủ trì.", "Kết luận, ông Huỳnh Văn Nhã, Phó Chủ tịch UBND Huyện."]
    )
    assert people == [Person("Huỳnh Văn Nhã", "Phó Chủ tịch UBND Huyện")]


def test_people_tone_style_is_normalized() -> None:
    people = extract_people(None, ["bà Lê Thị Lệ Thuỷ, Huyện uỷ viên, Phó Chủ tịch UBND huyện"])
    assert people == [Person("Lê Thị Lệ Thủy", "Phó Chủ tịch UBND huyện")]


# ------------------------------------------------------------------- corpus-dev


@pytest.mark.slow
def test_corpus_dev_coverage(corpus_dev_dir: Path) -> None:
    files = sorted(corpus_dev_dir.glob("*.txt"))
    start = time.perf_counter()
    dated = located = either = 0
    for path in files:
        _, meta = _metadata(path.read_text(encoding="utf-8"))
        if meta.date:  # a lead may well start with a historical date ("Ngày 20/5/1947, Bác Hồ ...")
            assert "1900-01-01" <= meta.date <= "2030-12-31", path.name
        if meta.period:
            assert meta.period.split()[-1].isdigit(), path.name
        dated += meta.date is not None
        located += meta.locality is not None
        either += bool(meta.date or meta.locality)
    elapsed = time.perf_counter() - start
    print(
        f"\ncorpus-dev: {len(files)} articles, date {dated}, locality {located}, date or locality {either} "
        f"({either / len(files):.0%}), {elapsed:.1f}s"
    )
    # measured: 452 articles, date 156, locality 226, date or locality 297 (66%)
    assert either >= 0.6 * len(files)
    assert elapsed < 60


def test_provinces_named_in_a_sentence():
    from index.metadata import provinces_in

    assert provinces_in("TP HCM có khoảng 1.200 dự án, tiếp đến là Bình Dương.") == {"Hồ Chí Minh", "Bình Dương"}
    assert provinces_in("tỉnh Bà Rịa-Vũng Tàu và Hà Nội") == {"Bà Rịa - Vũng Tàu", "Hà Nội"}
    assert provinces_in("UBND phường 2 tổ chức hội nghị") == set()
    from index.metadata import province_name

    assert (province_name("binh duong"), province_name("Long Xuyên")) == ("Bình Dương", None)
