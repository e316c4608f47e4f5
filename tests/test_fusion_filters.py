import pytest

from index.filters import FilterError, Filters, parse_date_bound
from index.fusion import rrf
from index.records import Article, Paragraph


def test_rrf_hand_worked():
    fused = rrf({"dense": ["a", "b"], "bm25": ["b", "c"]}, k=60)
    # b: 1/62 + 1/61, a: 1/61, c: 1/62
    assert list(fused) == ["b", "a", "c"]
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)


def test_rrf_weights_can_silence_a_retriever():
    fused = rrf({"dense": ["a", "b"], "bm25": ["b", "c"]}, {"dense": 0.0, "bm25": 1.0})
    assert list(fused) == ["b", "c"]


def _art(i, loc, level, date):
    return Article(id=i, path=f"{i}.txt", original="x", paragraphs=[Paragraph(0, 1)], locality=loc, level=level,
                   date=date)


ARTS = {
    "a": _art("a", "Hương Thủy", "thị xã", "2024-05-10"),
    "b": _art("b", "Tân Hồng", "huyện", "2020-03-26"),
    "c": _art("c", None, "thành phố", "2018-06-28"),
}


def test_locality_matches_across_tone_style_and_diacritics():
    assert Filters(locality=["Huong Thuy"]).allowed(ARTS) == {"a"}
    assert Filters(locality=["Hương Thuỷ"]).allowed(ARTS) == {"a"}


def test_level_and_date_range():
    assert Filters(level=["thanh pho"]).allowed(ARTS) == {"c"}
    assert Filters(date_from="2019", date_to="2024-05").allowed(ARTS) == {"a", "b"}
    assert Filters(date_to="10/5/2024", date_from="2024-05-10").allowed(ARTS) == {"a"}


def test_unknown_values_name_the_field_and_list_known_ones():
    with pytest.raises(FilterError, match=r"unknown locality 'Hà Nội'; known: Hương Thủy, Tân Hồng"):
        Filters(locality=["Hà Nội"]).allowed(ARTS)
    with pytest.raises(FilterError, match="unknown level"):
        Filters(level=["tỉnh"]).allowed(ARTS)
    with pytest.raises(FilterError, match="unknown article id 'zzz'"):
        Filters(doc_ids=["zzz"]).allowed(ARTS)
    with pytest.raises(FilterError, match="from: 'hôm qua' is not a date"):
        Filters(date_from="hôm qua").allowed(ARTS)


def test_date_bounds():
    assert parse_date_bound("2024-02", end=True) == "2024-02-29"
    assert parse_date_bound("2024") == "2024-01-01"
    with pytest.raises(FilterError, match="not a valid date"):
        parse_date_bound("2024-02-30")


def test_keep_tops_brings_each_retrievers_best_into_the_first_k():
    from index.fusion import keep_tops

    # "c" is the lexical run's first but only 4th after fusion: with k=3 it takes the last of the 3 places
    order = list(keep_tops({"a": 0.4, "b": 0.3, "d": 0.2, "c": 0.1}, [["a"], ["c"]], 3))
    assert order == ["a", "b", "c", "d"]
    assert list(keep_tops({"a": 0.4, "b": 0.3, "c": 0.2}, [["c"]], 3)) == ["a", "b", "c"]  # already in
