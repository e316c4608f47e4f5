from index.restore import Restorer
from index.tokenize import lexical_tokens, query_tokens


def test_folded_syllables_and_compounds():
    toks = lexical_tokens("Phường 2 nhân rộng mô hình Ngày Chủ nhật thân thiện")
    assert {"phuong", "nhan", "rong", "mo", "hinh", "chu", "nhat"} <= set(toks)
    assert "mo_hinh" in toks and "than_thien" in toks


def test_query_without_diacritics_shares_tokens_with_the_text():
    doc = set(lexical_tokens("Phường nào nhân rộng mô hình"))
    q = query_tokens("phuong nao nhan rong mo hinh")
    assert q[:5] == ["phuong", "nhan", "rong", "mo", "hinh"]  # "nao" is a question word
    assert set(q[:5]) <= doc


def test_document_numbers_and_numbers_are_tokens_as_written():
    toks = lexical_tokens("Nghị quyết số 18-NQ/TW và Kế hoạch 12/KH-UBND; tiếp nhận 37.000 hồ sơ, đạt 77,19 điểm")
    assert {"18-nq/tw", "12/kh-ubnd", "37.000", "77,19"} <= set(toks)
    assert "18-nq/tw" in query_tokens("Nghị quyết 18-NQ/TW")


def test_restorer_re_accents_from_the_corpus_vocabulary():
    r = Restorer(["Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?", "mô hình hay của phường"])
    assert r.restore("mo hinh ngay chu nhat than thien") == "mô hình ngày chủ nhật thân thiện"
    assert r.known_ratio("which wards replicated the model") < 0.5
