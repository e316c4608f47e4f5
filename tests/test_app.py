"""The app's backend: adding articles (good and bad) and rendering a cited answer."""

import shutil

from app import Backend, build_app, render_answer
from index import build_index


def test_add_files_indexes_good_files_and_reports_bad_ones(tmp_path, corpus_dir):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    build_index(corpus, tmp_path / "idx", embedder="fake")
    backend = Backend(corpus, tmp_path / "idx", embedder="fake")
    backend.load()
    good = tmp_path / "up" / "005_tan_phu.txt"
    good.parent.mkdir()
    good.write_text("Hội nghị CCHC xã Tân Phú\n\nSáng ngày 2/3/2023, UBND xã Tân Phú tổ chức hội nghị cải cách "
                    "hành chính; tỷ lệ hồ sơ đúng hạn đạt 99,5%.", encoding="utf-8")
    bad = tmp_path / "up" / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    status = backend.add_files([str(good), str(bad)])
    assert "❌ scan.pdf" in status and "✅ added 005_tan_phu.txt" in status
    assert not (corpus / "scan.pdf").exists()
    assert "005_tan_phu" in backend.index.articles and len(backend.index.articles) == 6
    assert backend.index.search("Tân Phú 99,5%", k=1, mode="bm25")[0].doc_id == "005_tan_phu"
    assert build_app(backend) is not None


def test_render_answer_highlights_the_span():
    quote = 'Mô hình "Ngày Chủ Nhật thân thiện" của UBND Phường 2.'
    start = 1000 + quote.index("Phường 2")
    html = render_answer({
        "answer": "Phường 2",
        "sources": [{"doc_id": "001", "title": "Cao Lãnh", "quote": quote, "start": start, "end": start + 8,
                     "sentence_start": 1000, "locality": "Cao Lãnh", "date": "2022-03-15"}],
    })
    assert "<mark>Phường 2</mark>" in html and "Cao Lãnh, 2022-03-15" in html
    assert "Không tìm thấy" in render_answer({"answer": None, "sources": [], "related": []})
