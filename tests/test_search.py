"""Hybrid retrieval on the five seeds with the real offline embedder (multilingual-e5-small)."""

import json

import pytest
from click.testing import CliRunner

from index import FilterError, Filters, Index, build_index

CAO_LANH, LONG_XUYEN, HUONG_THUY, TAN_HONG, HOP_T6 = (
    "001_7582829325a4453a",
    "000_4494d6be0716a21a",
    "002_a3a64aabacfa62a7",
    "003_ba0de5968535af2d",
    "004_83eadf440d187fff",
)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory, corpus_dir):
    path = tmp_path_factory.mktemp("seed") / "idx"
    build_index(corpus_dir, path, embedder="e5-small")
    return Index.load(path)


QUERIES = [
    # with diacritics
    ("Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?", CAO_LANH),
    ("Thành phố Long Xuyên tiếp nhận bao nhiêu hồ sơ trong 7 tháng đầu năm 2024?", LONG_XUYEN),
    ("Chỉ số cải cách hành chính của huyện Tân Hồng đạt bao nhiêu điểm?", TAN_HONG),
    ("Nghị quyết số 18-NQ/TW", HOP_T6),
    # without diacritics
    ("phuong nao nhan rong mo hinh ngay chu nhat than thien", CAO_LANH),
    ("ty le ho so cap xa giai quyet dung han o thi xa huong thuy", HUONG_THUY),
    ("trung tam hanh chinh cong thanh pho tru so moi thang 7 nam 2018", HOP_T6),
    # the other tone-mark style
    ("Thị uỷ Hương Thuỷ sơ kết cải cách hành chính quý I", HUONG_THUY),
    ("đơn giản hoá thủ tục, giải quyết hồ sơ trễ hẹn lĩnh vực đất đai ở Long Xuyên", LONG_XUYEN),
    # English
    ("Which wards replicated the Friendly Sunday model?", CAO_LANH),
    ("What was the administrative reform index score of Tan Hong district?", TAN_HONG),
    ("How many applications did Long Xuyen city receive in the first seven months of 2024?", LONG_XUYEN),
]


@pytest.mark.parametrize("query, gold", QUERIES)
def test_right_article_first(seed_index, query, gold):
    hits = seed_index.search(query, k=5, per_article=True)
    assert hits[0].doc_id == gold, [(h.doc_id, h.ranks) for h in hits]


def test_query_kinds(seed_index):
    assert seed_index.analyze("Phường nào nhân rộng mô hình").kind == "vi"
    folded = seed_index.analyze("phuong nao nhan rong mo hinh")
    assert folded.kind == "folded" and "mô hình" in folded.dense_text
    assert seed_index.analyze("Which wards replicated the model?").kind == "en"


def test_hits_keep_each_retrievers_rank(seed_index):
    hits = seed_index.search("mô hình Ngày Chủ nhật thân thiện", k=3)
    assert set(hits[0].ranks) == {"dense", "bm25"} and hits[0].ranks["bm25"] == 1
    assert all(h.score > 0 for h in hits) and hits == sorted(hits, key=lambda h: -h.score)
    assert [h.doc_id for h in seed_index.search("mô hình", k=3, mode="bm25")][0] == CAO_LANH


def test_filters(seed_index):
    hits = seed_index.search("tỷ lệ hồ sơ giải quyết đúng hạn", k=10, filters=Filters(locality=["Huong Thuy"]))
    assert hits and {h.doc_id for h in hits} == {HUONG_THUY}
    hits = seed_index.search("cải cách hành chính", k=10, per_article=True,
                             filters=Filters(date_from="2020-01-01", date_to="2022-12-31"))
    assert {h.doc_id for h in hits} == {CAO_LANH, TAN_HONG}
    with pytest.raises(FilterError, match="unknown level 'tỉnh'; known: huyện, thành phố, thị xã"):
        seed_index.search("cải cách", filters=Filters(level=["tỉnh"]))


def test_cli_search_json_contract_and_second_index_embeds_nothing(seed_index, corpus_dir):
    from cli import main

    runner = CliRunner()
    args = ["--corpus", str(corpus_dir), "--index", str(seed_index.path)]
    out = runner.invoke(main, ["index", *args, "--no-progress", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["embedded"] == 0
    out = runner.invoke(main, ["search", "phuong nao nhan rong mo hinh", "--k", "3", "--json", *args])
    assert out.exit_code == 0, out.output
    items = json.loads(out.output)
    assert len(items) == 3 and items[0]["doc_id"] == CAO_LANH
    assert {"doc_id", "chunk_id", "score", "text", "ranks"} <= set(items[0])
    out = runner.invoke(main, ["search", "hồ sơ", "--place", "Hà Nội", *args])
    assert out.exit_code != 0 and "unknown locality 'Hà Nội'" in out.output


def test_gloss_reads_plural_and_past_forms_and_quoted_words():
    from index.glossary import gloss, gloss_pieces

    pieces = dict(gloss_pieces("Which districts reported the 'Friendly Sunday' model?"))
    assert pieces["districts"] == "huyện quận"
    assert pieces["reported"] == "báo cáo"
    assert pieces["friendly"] == "thân thiện" and pieces["sunday"] == "chủ nhật"
    assert gloss("Who gave the concluding directions?") == "gave kết luận chỉ đạo"


def test_the_glossary_knows_the_ease_of_doing_business_ranking():
    from index.glossary import gloss

    text = gloss("Vietnam's rank in the World Bank ease of doing business index")
    assert "môi trường kinh doanh" in text and "ngân hàng thế giới" in text.lower()


def test_the_glossary_reads_news_words_of_english_questions():
    from index.glossary import gloss

    assert gloss("How many domestic enterprises?") == "doanh nghiệp trong nước"
    assert gloss("the third layer of management") == "third tầng quản lý"
    assert gloss("unlicensed tour guides") == "chui không phép hướng dẫn viên du lịch"
