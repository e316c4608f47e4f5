"""Evaluation workbench: metrics on hand-worked data, runs round trip, report, feedback (fake embedder)."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from eval import runner
from eval.configs import EvalConfig, builtin_configs, load_config
from eval.feedback import append_feedback, feedback_to_labels, guess_phrasing, guess_type
from eval.metrics import (
    abstention,
    answer_key,
    article_qrels,
    article_run,
    canonical_ids,
    contains,
    exact_match,
    latency_summary,
    passage_qrels,
    per_query_scores,
    quote_spans,
    token_f1,
)
from index.normalize import normalize
from index.records import Article, Chunk

LONG_XUYEN, CAO_LANH, TAN_HONG = "000_4494d6be0716a21a", "001_7582829325a4453a", "003_ba0de5968535af2d"

# A small labelled set about the seed articles (lines of eval/data/questions.jsonl).
QUESTIONS = [
    {"id": "seed000-01", "question": "Trong 7 tháng đầu năm 2024, thành phố Long Xuyên đã tiếp nhận bao nhiêu hồ sơ?",
     "doc_ids": [LONG_XUYEN], "quote": "Thành phố đã tiếp nhận trên 37.000 hồ sơ và giải quyết đúng hạn đạt gần 97%.",
     "answers": ["trên 37.000 hồ sơ", "37.000 hồ sơ", "37.000"], "type": "number", "phrasing": "diacritics",
     "split": "dev", "corpus": "seeds"},
    {"id": "seed000-02", "question": "ty le giai quyet ho so dung han cua thanh pho Long Xuyen 7 thang dau nam 2024 la "
     "bao nhieu", "doc_ids": [LONG_XUYEN], "quote": "Thành phố đã tiếp nhận trên 37.000 hồ sơ và giải quyết đúng hạn "
     "đạt gần 97%.", "answers": ["gần 97%", "97%"], "type": "number", "phrasing": "no_diacritics", "split": "test",
     "corpus": "seeds"},
    {"id": "seed000-03", "question": "What average monthly score did Long Xuyên city get for the quality of serving "
     "citizens and businesses in administrative procedures?", "doc_ids": [LONG_XUYEN],
     "quote": "bình quân hàng tháng thành phố Long Xuyên đạt 77,19 điểm, xếp loại khá", "answers": ["77,19 điểm", "77,19"],
     "type": "number", "phrasing": "english", "split": "test", "corpus": "seeds"},
    {"id": "seed000-04", "question": "Hội nghị đánh giá chỉ số công tác CCHC 7 tháng đầu năm 2024 của thành phố Long "
     "Xuyên được tổ chức vào ngày nào?", "doc_ids": [LONG_XUYEN], "quote": "Chiều ngày 19/8, Ủy ban nhân dân thành phố "
     "Long Xuyên tổ chức Hội nghị đánh giá chỉ số Công tác cải cách hành chính 7 tháng đầu năm 2024",
     "answers": ["19/8", "ngày 19/8", "Chiều ngày 19/8"], "type": "date", "phrasing": "diacritics", "split": "dev",
     "corpus": "seeds"},
    {"id": "seed000-05", "question": "Ai là Phó Bí thư Thành uỷ, Chủ tịch UBND thành phố Long Xuyên dự hội nghị đánh "
     "giá CCHC 7 tháng đầu năm 2024?", "doc_ids": [LONG_XUYEN], "quote": "Ông Đinh Văn Bảo, Phó Bí thư Thành ủy, Chủ "
     "tịch UBND thành phố", "answers": ["Đinh Văn Bảo", "Ông Đinh Văn Bảo"], "type": "person", "phrasing": "other_tone",
     "split": "test", "corpus": "seeds"},
    {"id": "seed000-13", "question": "Về chất lượng phục vụ người dân, doanh nghiệp, thành phố Long Xuyên có được xếp "
     "loại khá không?", "doc_ids": [LONG_XUYEN], "quote": "bình quân hàng tháng thành phố Long Xuyên đạt 77,19 điểm, "
     "xếp loại khá", "answers": ["có"], "type": "yesno", "phrasing": "diacritics", "split": "test", "corpus": "seeds"},
    {"id": "seed001-01", "question": "Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?", "doc_ids": [CAO_LANH],
     "quote": "Mô hình \"Ngày Chủ Nhật thân thiện\" của UBND Phường 2", "answers": ["Phường 2", "UBND Phường 2"],
     "type": "place", "phrasing": "diacritics", "split": "test", "corpus": "seeds"},
    {"id": "seed001-02", "question": "Which wards' administrative reform models did Cao Lãnh city decide to replicate?",
     "doc_ids": [CAO_LANH], "quote": "Mô hình \"Ngày Chủ Nhật thân thiện\" của UBND Phường 2; mô hình \"Ngày thứ Tư trực "
     "tuyến và Ngày không hẹn giải quyết thủ tục hành chính\" của UBND Phường 11 và mô hình \"Đoàn viên, hội viên các "
     "tổ chức chính trị - xã hội thực hiện hỗ trợ giải quyết thủ tục hành chính\" của UBND phường Hòa Thuận.",
     "answers": ["Phường 2", "Phường 11", "phường Hòa Thuận"], "type": "list", "phrasing": "english", "split": "test",
     "corpus": "seeds"},
    {"id": "seed003-14", "question": "Huyện Tân Hồng có đứng cuối bảng xếp hạng chỉ số CCHC của tỉnh không?",
     "doc_ids": [TAN_HONG], "quote": "chỉ số CCHC của huyện Tân Hồng đạt 69,45 điểm, xếp thứ 11/12 huyện, thị xã, "
     "thành phố thuộc tỉnh", "answers": ["không"], "type": "yesno", "phrasing": "diacritics", "split": "dev",
     "corpus": "seeds"},
    {"id": "unans-01", "question": "Chỉ số CCHC năm 2023 của huyện Tân Hồng là bao nhiêu điểm?", "doc_ids": [],
     "quote": None, "answers": [], "type": "unanswerable", "phrasing": "diacritics", "split": "dev", "corpus": "seeds"},
]

# What the stand-in for qa.ask answers (None: abstains); anything else answers "Tôi không rõ".
FAKE_ANSWERS = {
    "seed000-01": "Thành phố tiếp nhận trên 37.000 hồ sơ.",  # contains, not exact
    "seed000-04": None,  # abstains on an answerable question
    "seed000-13": "Có.",  # yes/no, exact
    "seed001-01": "Phường 2",  # exact
    "seed001-02": "Phường 2 và Phường 11",  # 2 of 3 list items
    "seed003-14": "Không, huyện xếp thứ 11/12.",  # right polarity
    "unans-01": None,  # abstains, rightly
}


class FakeAnswer:
    def __init__(self, answer, sources):
        self.answer, self.abstained, self.sources = answer, answer is None, sources


def _fake_ask():
    by_text = {q["question"]: q["id"] for q in QUESTIONS}

    def ask(index, question, k=8, filters=None):
        hits = index.search(question, k=1)  # the configured search is what qa would use
        qid = by_text.get(question)
        answer = FAKE_ANSWERS.get(qid, "Tôi không rõ") if qid else "Tôi không rõ"
        sources = [{"doc_id": h.doc_id, "quote": h.chunk.text[:80], "start": h.chunk.start, "end": h.chunk.end}
                   for h in hits]
        return FakeAnswer(answer, sources if answer else [])

    return ask, None


# ----------------------------------------------------------------- retrieval metrics, by hand


def test_toy_run_recall_and_mrr_by_hand():
    qrels = {"q1": {"a": 1}, "q2": {"b": 1, "c": 1}, "q3": {"d": 1}}
    run = {
        "q1": article_run(["x", "x", "a", "y"]),  # gold at rank 2 (duplicate hits of x collapse)
        "q2": article_run(["c", "z", "b"]),  # both golds, ranks 1 and 3
        "q3": article_run(["x", "y"]),  # gold missing
    }
    assert list(run["q1"]) == ["x", "a", "y"] and run["q1"]["a"] == 0.5
    s = per_query_scores(qrels, run, ["recall@1", "recall@5", "mrr@10"])
    assert s["recall@1"] == {"q1": 0.0, "q2": 0.5, "q3": 0.0}
    assert s["recall@5"] == {"q1": 1.0, "q2": 1.0, "q3": 0.0}
    assert s["mrr@10"] == {"q1": 0.5, "q2": 1.0, "q3": 0.0}
    mean = {m: sum(v.values()) / 3 for m, v in s.items()}
    assert mean["recall@1"] == pytest.approx(1 / 6) and mean["recall@5"] == pytest.approx(2 / 3)
    assert mean["mrr@10"] == pytest.approx(0.5)
    # a query absent from the run scores 0
    assert per_query_scores({"q9": {"a": 1}}, {}, ["recall@5"]) == {"recall@5": {"q9": 0.0}}


def test_article_qrels_map_copies_and_skip_unanswerable():
    from eval.questions import Question

    qs = [Question(**QUESTIONS[0]), Question(**QUESTIONS[-1])]
    kept = type("A", (), {"copies": [LONG_XUYEN]})()
    canonical = canonical_ids({"kept-article": kept})
    assert canonical == {LONG_XUYEN: "kept-article"}
    assert article_qrels(qs, canonical) == {"seed000-01": {"kept-article": 1}}


def test_passage_relevance_by_quote_text_and_span():
    original = "Mở đầu bài viết.\n\nThành phố đã tiếp nhận   trên 37.000 hồ sơ.\n\nKết thúc bài."
    art = Article(id="a1", path="a1.txt", original=original, paragraphs=[])
    qs, qe = original.index("tiếp"), original.index("hồ sơ") + len("hồ sơ")
    assert quote_spans(art, "tiếp nhận trên 37.000 hồ sơ") == [(qs, qe)]
    assert quote_spans(art, "TIEP NHAN tren 37.000 ho so") == [(qs, qe)]  # folded fallback

    def chunk(n, s, e):
        header = "Long Xuyên: hơn 37.000 hồ sơ | thành phố Long Xuyên"
        return Chunk(f"a1#{n}", "a1", n, 0, s, e, normalize(original[s:e]), header, "")

    def question(qid, quote):
        return type("Q", (), {"id": qid, "type": "number", "doc_ids": ["a1"], "quote": quote})()

    chunks = [chunk(0, 0, qs + 4), chunk(1, qs - 5, qe + 2), chunk(2, qe + 2, len(original))]
    qrels, missing = passage_qrels(
        [question("q", "tiếp nhận trên 37.000 hồ sơ"), question("m", "không có trong bài"),
         question("t", "Long Xuyên: hơn 37.000 hồ sơ")],  # a quote taken from the title: in every header
        {"a1": art}, chunks)
    assert qrels == {"q": {"a1#0": 1, "a1#1": 2}, "t": {"a1#0": 1, "a1#1": 1, "a1#2": 1}}
    assert missing == ["m"]


# ----------------------------------------------------------------- answer metrics, by hand


def test_answer_key_folds_and_collapses():
    assert answer_key("  Phường   Hoà-Thuận, ") == "phuong hoa thuan"
    assert answer_key("97.5%%") == "97 5"
    assert answer_key(None) == ""


@pytest.mark.parametrize(
    "answer, golds, qtype, em, cont",
    [
        ("Phường 2.", ["Phường 2"], "place", 1, 1),
        ("phuong 2", ["Phường 2"], "place", 1, 1),  # folded
        ("UBND Phường 2", ["Phường 2"], "place", 0, 1),
        ("Phường 21", ["Phường 2"], "place", 0, 0),  # whole words only
        ("137.000 hồ sơ", ["37.000"], "number", 0, 0),
        ("Thành phố tiếp nhận trên 37.000 hồ sơ.", ["trên 37.000 hồ sơ", "37.000"], "number", 0, 1),
        ("Không, huyện xếp thứ 11/12.", ["không"], "yesno", 0, 1),
        ("Không.", ["không"], "yesno", 1, 1),
        ("Có, vì xếp thứ 11/12 chứ không cuối.", ["không"], "yesno", 0, 0),  # polarity from the first word
        (None, ["Phường 2"], "place", 0, 0),
        ("", ["Phường 2"], "place", 0, 0),
    ],
)
def test_exact_match_and_contains(answer, golds, qtype, em, cont):
    assert exact_match(answer, golds, qtype) == em
    assert contains(answer, golds, qtype) == cont


def test_list_answers_count_items():
    items = ["Phường 2", "Phường 11", "phường Hòa Thuận"]
    assert contains("Phường 2 và Phường 11", items, "list") == pytest.approx(2 / 3)
    assert exact_match("Phường 2 và Phường 11", items, "list") == 0
    assert contains("Phường 2, Phường 11 và phường Hoà Thuận", items, "list") == 1  # other tone mark
    assert exact_match("Phường 2, Phường 11 và phường Hoà Thuận", items, "list") == 1
    assert exact_match("Phường 2, Phường 11, phường Hòa Thuận và Phường 6", items, "list") == 0


def test_token_f1_by_hand():
    # pred [gan 97 ho so] vs gold [gan 97]: P = 2/4, R = 2/2 -> F1 = 2/3 (better than "97%": 0.4)
    assert token_f1("gần 97% hồ sơ", ["gần 97%", "97%"]) == pytest.approx(2 / 3)
    assert token_f1("97%", ["gần 97%"]) == pytest.approx(2 / 3)  # P = 1, R = 1/2
    assert token_f1("Phường 2 và Phường 11", ["Phường 2", "Phường 11"], "list") == pytest.approx(8 / 9)
    assert token_f1(None, ["x"]) == 0 and token_f1("abc", ["xyz"]) == 0


def test_abstention_precision_recall():
    ab = abstention([True, True, False, False], [True, False, True, False])
    assert ab["precision"] == 0.5 and ab["recall"] == 0.5 and ab["f1"] == 0.5
    none = abstention([False, False], [True, False])
    assert none["precision"] is None and none["recall"] == 0.0
    assert latency_summary([10, 20, 30, None]) == {"mean": 20.0, "p50": 20.0, "p95": 29.0, "n": 3}


# ----------------------------------------------------------------- configurations


def test_builtin_and_file_configs(tmp_path):
    assert {"bm25", "dense", "hybrid", "hybrid-plain-rrf", "hybrid-c500", "hybrid-c1200"} <= set(builtin_configs())
    plain = load_config("hybrid-plain-rrf")
    assert plain.restore is False and all(w == {"dense": 1.0, "bm25": 1.0} for w in plain.weights.values())
    hybrid = load_config("hybrid").resolved()
    from index.chunking import ChunkSettings
    from index.search import DEFAULT_WEIGHTS

    assert (hybrid.chunk_size, hybrid.overlap) == (ChunkSettings().size, ChunkSettings().overlap)
    assert hybrid.weights == DEFAULT_WEIGHTS and hybrid.index_key[1:] == (ChunkSettings().size, ChunkSettings().overlap)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"name": "mine", "mode": "bm25", "chunk_size": 300, "overlap": 0}), encoding="utf-8")
    mine = load_config(str(path))
    assert (mine.name, mine.mode, mine.chunk_size, mine.overlap) == ("mine", "bm25", 300, 0)
    path.write_text(json.dumps({"name": "bad", "chunk": 3}), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown field"):
        load_config(str(path))
    with pytest.raises(ValueError, match="unknown config"):
        load_config("no-such-config")
    with pytest.raises(ValueError, match="unknown mode"):
        EvalConfig(name="x", mode="sparse")


# ----------------------------------------------------------------- a whole evaluation (fake embedder)


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory, corpus_dir):
    tmp = tmp_path_factory.mktemp("eval")
    qfile = tmp / "questions.jsonl"
    qfile.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in QUESTIONS), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(runner, "_qa_ask", _fake_ask)
        result = runner.run_eval(qfile, configs=("bm25", "hybrid", "hybrid-plain-rrf"), out_dir=tmp / "report",
                                 corpus_dirs=[corpus_dir], index_root=tmp / "indexes", embedder="fake")
    return result, tmp


def _config(result, name):
    return next(c for c in result.metrics["configs"] if c["name"] == name)


def test_answer_metrics_through_the_runner(evaluation):
    result, _ = evaluation
    assert result.metrics["answers"] == "ok"
    s = _config(result, "hybrid")["overall"]["all"]
    assert (s["n"], s["n_answerable"]) == (10, 9)
    # answerable: 000-01 / 000-13 / 001-01 / 003-14 right, 001-02 2 of 3 items, the rest wrong or abstained
    assert s["contains"] == pytest.approx(float(Fraction(4) / 9 + Fraction(2, 27)), abs=1e-4)
    assert s["em"] == pytest.approx(2 / 9, abs=1e-4)  # "Có." and "Phường 2"
    assert s["abstain_precision"] == 0.5 and s["abstain_recall"] == 1.0  # abstained: 000-04 and unans-01
    assert s["accuracy"] == pytest.approx((4 + 2 / 3 + 1) / 10, abs=1e-4)
    # the stand-in answers do not depend on the configuration
    assert _config(result, "bm25")["overall"]["all"]["contains"] == s["contains"]
    assert _config(result, "hybrid")["latency"]["ask_ms"]["n"] == 10


def test_retrieval_metrics_and_breakdowns(evaluation):
    result, _ = evaluation
    for c in result.metrics["configs"]:
        s = c["overall"]["all"]
        assert 0 <= s["article_recall@1"] <= s["article_recall@5"] <= s["article_recall@10"] <= 1
        assert s["passage_recall@1"] <= s["passage_recall@5"] <= s["passage_recall@10"]
        assert set(c["overall"]) == {"all", "dev", "test"}
        assert set(c["breakdown"]["all"]["phrasing"]) == {"diacritics", "no_diacritics", "other_tone", "english"}
        assert set(c["breakdown"]["dev"]["phrasing"]) == {"diacritics"}  # the dev questions above
        assert c["breakdown"]["all"]["type"]["unanswerable"]["article_recall@5"] is None
        assert c["index"]["articles"] == 5 and c["quote_not_found"] == []
    bm25 = _config(result, "bm25")["overall"]["all"]
    assert bm25["article_recall@5"] == 1.0  # five articles: every gold is in the top 5
    sig = result.metrics["significance"]["all"]
    assert set(sig) == {"bm25", "hybrid", "hybrid-plain-rrf"}
    assert set(sig["hybrid"]["recall@5"]["p"]) == {"bm25", "hybrid-plain-rrf"}


def test_configurations_search_as_configured(evaluation, corpus_dir):
    from index import Index

    _, tmp = evaluation
    cfg = load_config("hybrid-plain-rrf")
    cfg = EvalConfig(**{**cfg.to_json(), "embedder": "fake"}).resolved()
    index = Index.load(runner.index_dir_for(tmp / "indexes", cfg.index_key, [corpus_dir]))
    proxy = runner.ConfiguredIndex(index, cfg)
    folded = "phuong nao nhan rong mo hinh ngay chu nhat than thien"
    assert index.analyze(folded).dense_text != folded  # the index re-accents ...
    assert proxy.analyze(folded).dense_text == folded  # ... this configuration does not
    hits = proxy.search(folded, k=3)
    assert hits and hits[0].doc_id == CAO_LANH
    assert "analyze" not in vars(index)  # the override lasts one call
    assert runner.ConfiguredIndex(index, load_config("bm25").resolved()).search(folded, k=3)[0].ranks.keys() == {
        "bm25"
    }


def test_runs_are_stored_and_rescored_identically(evaluation):
    result, tmp = evaluation
    runs = result.runs_dir
    for name in ("bm25", "hybrid", "hybrid-plain-rrf"):
        for f in ("config.json", "article.qrels.json", "passage.qrels.json", "article.run.json",
                  "passage.run.json", "article.run.trec", "records.jsonl"):
            assert (runs / name / f).is_file(), f
    run = json.loads((runs / "hybrid" / "article.run.json").read_text(encoding="utf-8"))
    assert set(run) == {q["id"] for q in QUESTIONS} and all(len(v) <= 5 for v in run.values())
    again = runner.run_eval(out_dir=tmp / "rescored", from_runs=result.out_dir)
    assert (tmp / "rescored" / "metrics.json").read_bytes() == (result.out_dir / "metrics.json").read_bytes()
    assert again.table("test") == result.table("test")


def test_report_folder(evaluation):
    result, _ = evaluation
    out = result.out_dir
    for png in ("article_metrics.png", "phrasing_recall5.png", "type_recall5.png", "type_answer_accuracy.png"):
        assert (out / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "chosen by comparing configurations on the **dev** split only" in md
    assert "### Test split" in md and "### Dev split" in md and "## By phrasing" in md
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["configs"][0]["name"] == "bm25"
    table = result.table("test")
    assert "(b) hybrid" in table and "A-R@5" in table and "Contains" in table
    fails = [json.loads(line) for line in (out / "failures" / "hybrid.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {f["id"]: f for f in fails}
    assert set(by_id) >= {"seed000-02", "seed000-04", "seed001-02"}  # wrong, abstained, incomplete
    assert "seed001-01" not in by_id and "unans-01" not in by_id
    assert by_id["seed000-04"]["reasons"] == ["answer: abstained"]
    top = by_id["seed000-02"]["retrieved"]
    assert 1 <= len(top) <= 3 and all({"doc_id", "title"} <= set(t) for t in top)
    assert by_id["seed000-02"]["answer"] == "Tôi không rõ"


def test_dev_split_without_answers(evaluation, corpus_dir):
    _, tmp = evaluation
    result = runner.run_eval(tmp / "questions.jsonl", configs=("bm25",), out_dir=tmp / "dev-only", split="dev",
                             corpus_dirs=[corpus_dir], index_root=tmp / "indexes", embedder="fake", answers=False)
    assert result.metrics["answers"].startswith("n/a: answers not requested")
    assert {q.split for q in result.questions} == {"dev"} and result.metrics["n_questions"] == 4
    assert "Contains" not in result.table("dev") and not (result.out_dir / "type_answer_accuracy.png").exists()
    assert result.metrics["significance"] == {"all": {}, "dev": {}}  # one configuration: nothing to compare


def test_missing_dev_corpus_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_CORPUS_DEV", str(tmp_path / "absent"))
    dirs, notes = runner.default_corpus_dirs()
    assert dirs == [runner.SEEDS_DIR] and "not found" in notes[0]


# ----------------------------------------------------------------- feedback


def test_feedback_to_labels(tmp_path):
    fb = tmp_path / "feedback.jsonl"
    src = {"doc_id": CAO_LANH, "quote": "Mô hình \"Ngày Chủ Nhật thân thiện\" của UBND Phường 2", "start": 10, "end": 60}
    append_feedback(fb, {"question": "Phường nào ở Cao Lãnh làm mô hình Ngày Chủ nhật thân thiện?",
                         "answer": "Phường 2", "sources": [src], "rating": "up", "correction": None,
                         "filters": {"place": ["Cao Lãnh"]}})
    append_feedback(fb, {"question": "Chỉ số CCHC năm 2030 của huyện Tân Hồng là bao nhiêu?", "answer": None,
                         "sources": [], "rating": "up"})
    append_feedback(fb, {"question": "Ai chủ trì hội nghị CCHC ở Cao Lãnh?", "answer": "Phường 2", "sources": [src],
                         "rating": "down", "correction": "Ông Nguyễn Văn A"})
    append_feedback(fb, {"question": "how many files were late in Cao Lanh", "answer": "12", "sources": [src],
                         "rating": "down"})
    # duplicates: a question of the existing set, and the same question twice (the latest rating wins)
    append_feedback(fb, {"question": QUESTIONS[6]["question"], "answer": "Phường 2", "sources": [src], "rating": "up"})
    append_feedback(fb, {"question": "how many files were late in Cao Lanh?", "answer": "12", "sources": [src],
                         "rating": "down", "correction": "15"})
    lines = [json.loads(line) for line in fb.read_text(encoding="utf-8").splitlines()]
    assert set(lines[0]) == {"time", "question", "answer", "sources", "rating", "correction", "filters"}
    assert lines[0]["time"] and lines[0]["sources"][0]["doc_id"] == CAO_LANH
    with pytest.raises(ValueError, match="rating"):
        append_feedback(fb, {"question": "x", "answer": None, "rating": "meh"})

    qfile = tmp_path / "questions.jsonl"
    qfile.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in QUESTIONS), encoding="utf-8")
    out = tmp_path / "labels.jsonl"
    assert feedback_to_labels(fb, out, questions_path=qfile) == 4
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    up, abstain, corrected, late = items
    assert (up["answers"], up["quote"], up["doc_ids"], up["type"], up["review"]) == (
        ["Phường 2"], src["quote"], [CAO_LANH], "place", False)
    assert (up["phrasing"], up["split"], up["corpus"]) == ("diacritics", "dev", "seeds")
    assert (abstain["type"], abstain["doc_ids"], abstain["answers"], abstain["review"]) == (
        "unanswerable", [], [], False)
    assert (corrected["answers"], corrected["type"], corrected["review"]) == (["Ông Nguyễn Văn A"], "person", True)
    assert (late["answers"], late["type"], late["phrasing"], late["review"]) == (["15"], "number", "english", True)
    assert feedback_to_labels(fb, out, questions_path=qfile) == 0  # already there


@pytest.mark.parametrize(
    "question, qtype",
    [
        ("Thành phố đã tiếp nhận bao nhiêu hồ sơ?", "number"),
        ("Hội nghị diễn ra vào ngày nào?", "date"),
        ("Ai là Chủ tịch UBND thành phố?", "person"),
        ("Những phường nào được khen thưởng?", "list"),
        ("Phường nào nhân rộng mô hình?", "place"),
        ("Huyện có đứng cuối bảng không?", "yesno"),
        ("Chủ tịch yêu cầu các phòng ban làm gì?", "directive"),
        ("Mô hình gì được nhân rộng?", "thing"),
        ("Cải cách hành chính", "unknown"),
    ],
)
def test_guess_type(question, qtype):
    assert guess_type(question) == qtype


def test_guess_phrasing():
    assert guess_phrasing("Phường nào?") == "diacritics"
    assert guess_phrasing("phuong nao nhan rong mo hinh") == "no_diacritics"
    assert guess_phrasing("Which wards replicated the model?") == "english"
