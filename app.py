"""Gradio app: ask, search, browse and add articles, give feedback. A thin layer over index/ and qa/.

Run with ``cchc app`` (or ``python app.py``); the index is built on first start.
"""

from __future__ import annotations

import html
import os
import shutil
import threading
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NOT_FOUND = "Không tìm thấy thông tin trong kho văn bản"


class Backend:
    """Holds the loaded index; reloads it after articles are added."""

    def __init__(self, corpus: Path, index_dir: Path, embedder: str | None = None, feedback: Path | None = None):
        self.corpus, self.index_dir, self.embedder = Path(corpus), Path(index_dir), embedder
        self.feedback = Path(feedback or self.index_dir.parent / "feedback.jsonl")
        self.lock = threading.Lock()
        self.index = None

    def load(self):
        from index import Index, build_index

        with self.lock:
            if not (self.index_dir / "manifest.json").exists():
                build_index(self.corpus, self.index_dir, embedder=self.embedder)
            self.index = Index.load(self.index_dir, self.embedder)
        return self.index

    def add_files(self, paths: list[str]) -> str:
        """Copy uploaded files into the corpus and update the index; bad files are reported, never indexed."""
        from index import BuildError, build_index, load_article
        from index.readers import ReadError

        lines, added = [], []
        for p in paths or []:
            src = Path(p)
            try:
                load_article(src)  # validate before touching the corpus
            except ReadError as exc:
                lines.append(f"❌ {src.name}: {exc.reason}")
                continue
            except Exception as exc:  # never crash the app on a bad upload
                lines.append(f"❌ {src.name}: {type(exc).__name__}: {exc}")
                continue
            dst = self.corpus / src.name
            if dst.exists():
                lines.append(f"⚠️ {src.name}: replaces the existing file")
            shutil.copyfile(src, dst)
            added.append(src.name)
        if added:
            try:
                with self.lock:
                    report = build_index(self.corpus, self.index_dir, embedder=self.embedder)
                lines.append(
                    f"✅ added {', '.join(added)} — index: {report.articles} articles, "
                    f"{report.embedded} chunks embedded now, {report.reused} reused"
                )
                self.load()
            except BuildError as exc:
                lines.append(f"❌ index not changed: {exc}")
        return "\n".join(lines) or "No file."


def _filters(place, level, date_from, date_to):
    from index import Filters

    return Filters([place] if place else [], [level] if level else [], date_from or None, date_to or None)


def _highlight(text: str, start: int, end: int, s0: int) -> str:
    """``text`` (a sentence starting at ``s0`` in the article) with [start, end) marked."""
    a, b = max(0, start - s0), max(0, end - s0)
    return html.escape(text[:a]) + "<mark>" + html.escape(text[a:b]) + "</mark>" + html.escape(text[b:])


def render_answer(ans: dict) -> str:
    """HTML for an ``Answer.to_json()`` dict: the answer, then each cited sentence with the span highlighted."""
    parts = []
    if ans.get("answer"):
        parts.append(f"<h3>{html.escape(ans['answer'])}</h3>")
    else:
        parts.append(f"<h3>{html.escape(ans.get('message') or NOT_FOUND)}</h3>")
    for i, s in enumerate(ans.get("sources", []), 1):
        quote = s.get("quote") or ""
        s0 = s.get("sentence_start", s.get("start", 0))
        body = _highlight(quote, s["start"], s["end"], s0) if s.get("sentence_start") is not None else html.escape(quote)
        where = ", ".join(x for x in (s.get("locality"), s.get("date")) if x)
        parts.append(
            f"<p><b>[{i}] {html.escape(s.get('title') or s['doc_id'])}</b> "
            f"<small>({html.escape(s['doc_id'])}{'; ' + html.escape(where) if where else ''})</small><br>{body}</p>"
        )
    if ans.get("related") and not ans.get("answer"):
        parts.append("<p><i>Đoạn văn liên quan:</i></p>")
        for r in ans["related"][:3]:
            parts.append(f"<p><small>{html.escape(r.get('doc_id', ''))}</small>: {html.escape(r.get('text', '')[:300])}…</p>")
    return "\n".join(parts)


def build_app(backend: Backend):
    import gradio as gr

    idx = backend.index or backend.load()
    places = sorted({a.locality for a in idx.articles.values() if a.locality})
    levels = sorted({a.level for a in idx.articles.values() if a.level})
    state = {}

    def ask(question, place, level, date_from, date_to):
        from index import FilterError
        from qa import ask as qa_ask

        if not question or not question.strip():
            return "<p>Hãy nhập câu hỏi.</p>", ""
        try:
            ans = qa_ask(backend.index, question, filters=_filters(place, level, date_from, date_to)).to_json()
        except (FilterError, ValueError) as exc:
            return f"<p>❌ {html.escape(str(exc))}</p>", ""
        state["last"] = {"question": question, **ans, "filters": _filters(place, level, date_from, date_to).to_json()}
        return render_answer(ans), ""

    def search(query, mode, k, place, level, date_from, date_to):
        from index import FilterError

        if not query or not query.strip():
            return []
        try:
            hits = backend.index.search(query, k=int(k), mode=mode, filters=_filters(place, level, date_from, date_to))
        except (FilterError, ValueError) as exc:
            raise gr.Error(str(exc)) from None
        return [[h.doc_id, h.meta.get("title"), h.meta.get("locality"), h.meta.get("date"), round(h.score, 4),
                 h.chunk.text[:400]] for h in hits]

    def feedback(rating, correction):
        from eval.feedback import append_feedback

        last = state.get("last")
        if not last:
            return "Chưa có câu trả lời để đánh giá."
        append_feedback(backend.feedback, {
            "time": datetime.now().isoformat(timespec="seconds"),
            "question": last["question"],
            "answer": last.get("answer"),
            "sources": [{k: s.get(k) for k in ("doc_id", "quote", "start", "end")} for s in last.get("sources", [])],
            "rating": rating,
            "correction": correction or None,
            "filters": last.get("filters", {}),
        })
        return f"Đã ghi nhận ({'👍' if rating == 'up' else '👎'}). Cảm ơn!"

    def articles_table():
        return [[a.id, a.title, a.locality, a.level, a.date, a.period, len(a.original)]
                for a in sorted(backend.index.articles.values(), key=lambda a: a.id)]

    with gr.Blocks(title="CCHC — tra cứu cải cách hành chính") as demo:
        gr.Markdown("## Tra cứu cải cách hành chính (CCHC)\nHỏi bằng tiếng Việt (có hoặc không dấu) hoặc tiếng Anh.")
        with gr.Row():
            place = gr.Dropdown([""] + places, value="", label="Địa phương")
            level = gr.Dropdown([""] + levels, value="", label="Cấp")
            date_from = gr.Textbox(label="Từ ngày (YYYY-MM-DD)")
            date_to = gr.Textbox(label="Đến ngày")
        with gr.Tab("Hỏi đáp"):
            question = gr.Textbox(label="Câu hỏi", placeholder="Phường nào nhân rộng mô hình Ngày Chủ nhật thân thiện?")
            ask_btn = gr.Button("Hỏi", variant="primary")
            answer = gr.HTML()
            with gr.Row():
                up = gr.Button("👍 Đúng")
                down = gr.Button("👎 Sai")
                correction = gr.Textbox(label="Câu trả lời đúng (tuỳ chọn)")
            fb = gr.Markdown()
            ask_btn.click(ask, [question, place, level, date_from, date_to], [answer, fb])
            question.submit(ask, [question, place, level, date_from, date_to], [answer, fb])
            up.click(lambda c: feedback("up", c), [correction], [fb])
            down.click(lambda c: feedback("down", c), [correction], [fb])
        with gr.Tab("Tìm kiếm"):
            query = gr.Textbox(label="Từ khoá")
            with gr.Row():
                mode = gr.Radio(["hybrid", "dense", "bm25"], value="hybrid", label="Chế độ")
                k = gr.Slider(1, 30, value=10, step=1, label="Số kết quả")
            results = gr.Dataframe(headers=["id", "tiêu đề", "địa phương", "ngày", "điểm", "đoạn văn"], wrap=True)
            query.submit(search, [query, mode, k, place, level, date_from, date_to], [results])
            gr.Button("Tìm").click(search, [query, mode, k, place, level, date_from, date_to], [results])
        with gr.Tab("Bài viết"):
            table = gr.Dataframe(articles_table(), headers=["id", "tiêu đề", "địa phương", "cấp", "ngày", "kỳ", "ký tự"])
            files = gr.File(file_count="multiple", label="Thêm bài viết (.txt .md .html .docx .pdf)")
            status = gr.Markdown()
            files.upload(lambda fs: (backend.add_files([f if isinstance(f, str) else f.name for f in fs or []]),
                                     articles_table()), [files], [status, table])
    return demo


def main(corpus: str | None = None, index_dir: str | None = None, embedder: str | None = None,
         host: str = "127.0.0.1", port: int = 7860) -> None:
    backend = Backend(
        Path(corpus or os.environ.get("CCHC_CORPUS", ROOT / "corpus")),
        Path(index_dir or os.environ.get("CCHC_INDEX", ROOT / ".cchc" / "index")),
        embedder or os.environ.get("CCHC_EMBEDDER") or None,
    )
    backend.load()
    build_app(backend).launch(server_name=host, server_port=port)


if __name__ == "__main__":
    main()
