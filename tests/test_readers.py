"""Tests for index.readers: every format, every encoding, every bad input."""

from __future__ import annotations

import io
import os
import pickle
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest

from index import readers
from index.readers import MAX_FILE_BYTES, SUPPORTED, RawDoc, ReadError, decode_bytes, iter_files, read_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ARTICLE_000 = CORPUS / "000_4494d6be0716a21a.txt"  # Long Xuyên, 7 tháng đầu năm 2024
ARTICLE_002 = CORPUS / "002_a3a64aabacfa62a7.txt"  # Hương Thuỷ, quý I năm 2024 (a saved portal page)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def _lines(path: Path) -> list[str]:
    return [line.rstrip() for line in path.read_text(encoding="utf-8").split("\n")]


def article_000() -> str:
    """The seed article as the reader should return it: "\\n" line ends, no trailing spaces."""
    return "\n".join(_lines(ARTICLE_000)).strip("\n")


def paragraph_000() -> str:
    """One long Vietnamese paragraph (the second non-empty line)."""
    return [line for line in _lines(ARTICLE_000) if line.strip()][1]


def article_002() -> tuple[str, str, list[str]]:
    """(title, date line, body paragraphs) of the Hương Thuỷ article."""
    lines = [line for line in _lines(ARTICLE_002) if line.strip()]
    title, date = lines[2], lines[3]
    end = lines.index("Văn Hiệp")
    return title, date, lines[4:end]


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese as Windows-1258 does: precomposed base letters, tone marks as combining characters.

    Python's cp1258 codec cannot encode most NFC Vietnamese letters ("ộ"), and
    plain NFD breaks "ô"/"ư"... into a base + mark that cp1258 has precomposed.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def read_error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_file(path)
    err = info.value
    assert err.path == str(path)
    assert str(err) == f"{path}: {err.reason}"
    return err


# ---------------------------------------------------------------------------
# Text formats and encodings


def test_txt_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE_000.read_bytes().replace(b"\n", b"\r\n"))
    doc = read_file(path)
    assert isinstance(doc, RawDoc)
    assert doc.text == article_000()
    assert (doc.format, doc.encoding, doc.title, doc.url, doc.published) == ("txt", "utf-8", None, None, None)
    assert doc.path == str(path)


def test_txt_utf8_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", article_000().encode("utf-8-sig"))
    doc = read_file(path)
    assert doc.text == article_000()
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be-bom"])
def test_txt_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    text = article_000()
    data = text.encode("utf-16") if codec == "utf-16" else b"\xfe\xff" + text.encode("utf-16-be")
    doc = read_file(write(tmp_path, "a.txt", data))
    assert doc.text == text
    assert doc.encoding == ("utf-16-le" if codec == "utf-16" else "utf-16-be")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_txt_utf16_without_bom(tmp_path: Path, codec: str) -> None:
    text = article_000()
    doc = read_file(write(tmp_path, "a.txt", text.encode(codec)))
    assert doc.text == text
    assert doc.encoding == codec


def test_txt_cp1258_legacy_encoding(tmp_path: Path) -> None:
    text = paragraph_000()
    with pytest.raises(UnicodeEncodeError):
        text.encode("cp1258")  # why the test needs its own encoder
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read_file(write(tmp_path, "legacy.txt", data))
    assert doc.encoding == "cp1258"
    assert doc.text == unicodedata.normalize("NFC", text)
    assert "Ủy ban nhân dân thành phố Long Xuyên" in doc.text


def test_decode_bytes_whole_article_cp1258() -> None:
    text, enc = decode_bytes(to_cp1258(article_000()))
    assert (text, enc) == (unicodedata.normalize("NFC", article_000()), "cp1258")


def test_decode_bytes_plain_and_latin() -> None:
    assert decode_bytes(b"plain ascii") == ("plain ascii", "utf-8")
    assert decode_bytes("Thủ tục hành chính".encode()) == ("Thủ tục hành chính", "utf-8")
    # Western text in a legacy code page is not mistaken for Vietnamese cp1258.
    french = "Le café est très apprécié à Genève; la crème brûlée aussi, déjà célèbre. " * 3
    text, enc = decode_bytes(french.encode("cp1252"))
    assert enc != "cp1258"
    assert "café" in text and "brûlée" in text


def test_txt_damaged_utf8_keeps_the_text(tmp_path: Path) -> None:
    text = article_000()
    k = text.index("Long Xuyên")
    data = text[:k].encode() + b"\xff" + text[k:].encode() + "ộ".encode()[:2]  # a stray byte, a cut last letter
    doc = read_file(write(tmp_path, "hong.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text == text[:k] + "\ufffd" + text[k:] + "\ufffd"


def test_txt_trailing_nul_padding(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path, "pad.txt", article_000().encode() + b"\0" * 4096))
    assert doc.text == article_000()


def test_markdown(tmp_path: Path) -> None:
    title, date, body = article_002()
    md = (
        "---\nauthor: Văn Hiệp\n---\n"
        f"# {title}\n\n"
        f"_{date}_\n\n"
        "![Ảnh hội nghị](/images/hoinghi.jpg)\n\n"
        f"{body[0].replace('UBND thị xã Hương Thuỷ', '**UBND thị xã Hương Thuỷ**')}\n\n"
        f"## Kết quả\n\n- {body[1]}\n- Xem [Cổng thông tin](https://huongthuy.thuathienhue.gov.vn) để biết thêm.\n\n"
        "> Trích dẫn: cải cách hành chính là nhiệm vụ trọng tâm.\n"
    )
    doc = read_file(write(tmp_path, "note.md", md))
    assert doc.format == "md" and doc.encoding == "utf-8"
    assert doc.title == title
    lines = doc.text.split("\n")
    assert lines[0] == title
    assert date in lines
    assert body[0] in lines  # bold markers gone, text as written
    assert body[1] in lines  # list bullet gone
    assert "Xem Cổng thông tin để biết thêm." in lines
    assert "Trích dẫn: cải cách hành chính là nhiệm vụ trọng tâm." in lines
    assert "Kết quả" in lines
    for markup in ("#", "**", "](", "![", "author:", "hoinghi.jpg"):
        assert markup not in doc.text


def test_markdown_without_heading_has_no_title(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path, "n.md", paragraph_000()))
    assert doc.title is None and doc.text == paragraph_000()


# ---------------------------------------------------------------------------
# HTML


def portal_page(charset: str = "utf-8") -> str:
    """A saved UBND portal page: menu, search, breadcrumb, article, photo, sidebar, footer."""
    title, date, body = article_002()
    paragraphs = "\n".join(f"      <p>{p}</p>" for p in body)
    others = "\n".join(
        f'        <li><a href="/tin/{i}.html">{t}</a></li>'
        for i, t in enumerate(
            [
                "Thị xã Hương Thủy ra quân hưởng ứng Ngày Chuyển đổi số quốc gia",
                "Phường Phú Bài tổ chức đối thoại với Nhân dân về thủ tục đất đai",
                "Hội nghị triển khai kế hoạch cải cách hành chính năm 2024 của huyện",
                "Lễ ra mắt mô hình Tổ công nghệ số cộng đồng tại xã Thủy Thanh",
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="{charset}">
  <title>{title} - Cổng thông tin điện tử thị xã Hương Thủy</title>
  <meta property="og:title" content="{title}">
  <meta property="og:url" content="https://huongthuy.thuathienhue.gov.vn/?gd=1&amp;cn=28&amp;tc=12345">
  <meta property="article:published_time" content="2024-05-11T08:30:00+07:00">
  <link rel="canonical" href="https://huongthuy.thuathienhue.gov.vn/tin-tuc/hoi-nghi-so-ket-cchc-quy-i-2024.html">
  <link rel="stylesheet" href="/css/site.css">
  <script>var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
  <style>.menu li {{ display: inline; }}</style>
</head>
<body>
  <div id="header">
    <img src="/UploadFiles/logo.png" alt="Cổng thông tin điện tử thị xã Hương Thủy">
    <ul class="menu">
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/gioi-thieu">Giới thiệu</a></li>
      <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
      <li><a href="/thu-tuc">Thủ tục hành chính</a></li>
      <li><a href="/van-ban">Văn bản pháp luật</a></li>
      <li><a href="/lien-he">Liên hệ</a></li>
    </ul>
    <form class="search"><input type="text" placeholder="Tìm kiếm"><button>Tìm kiếm</button></form>
  </div>
  <div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
  <div id="content">
    <div class="left-column">
      <div class="news-detail">
        <h1 class="title">{title}</h1>
        <div class="date">{date}</div>
{paragraphs}
        <table class="image"><tr><td><img src="/UploadFiles/2024/05/hoinghi.jpg" alt="hội nghị"></td></tr>
          <tr><td class="caption">Quang cảnh hội nghị sơ kết công tác cải cách hành chính quý I</td></tr></table>
        <p class="author"><strong>Văn Hiệp</strong></p>
      </div>
    </div>
    <div class="right-column">
      <div class="box"><h3>Các tin khác</h3>
      <ul>
{others}
      </ul></div>
      <div class="box"><h3>Xem tin theo ngày</h3><select><option>11/05/2024</option></select></div>
      <a href="/UploadFiles/TuyChonLk/tailieuhdnd.pdf"><img src="/UploadFiles/TuyChonLk/tailieuhdnd_230x61.png"></a>
    </div>
  </div>
  <div id="footer">
    <div class="counter">Thống kê truy cập<br>Tổng lượt truy cập 15.777.529<br>Truy cập hiện tại 244 khách</div>
    <p>Cơ quan chủ quản: UBND thị xã Hương Thủy. Địa chỉ: 1 Đường Sóng Hồng, phường Phú Bài.</p>
  </div>
</body>
</html>
"""


CHROME = [
    "Trang chủ",
    "Giới thiệu",
    "Văn bản pháp luật",
    "Tìm kiếm",
    "Các tin khác",
    "Ngày Chuyển đổi số quốc gia",
    "Phường Phú Bài tổ chức đối thoại",
    "Tổ công nghệ số cộng đồng",
    "Thống kê truy cập",
    "Truy cập hiện tại",
    "Cơ quan chủ quản",
    "_gaq",
    "display: inline",
]


def _assert_article(doc: RawDoc, max_chrome: int) -> None:
    title, date, body = article_002()
    lines = doc.text.split("\n")
    for paragraph in body:
        assert paragraph in lines, paragraph[:60]  # each paragraph whole, on its own line
    assert lines[0] == title
    leaked = [c for c in CHROME if c in doc.text]
    assert len(leaked) <= max_chrome, leaked


def test_html_saved_portal_page(tmp_path: Path) -> None:
    title, _, _ = article_002()
    doc = read_file(write(tmp_path, "page.html", portal_page()))
    assert (doc.format, doc.encoding) == ("html", "utf-8")
    assert doc.title == title
    assert doc.url == "https://huongthuy.thuathienhue.gov.vn/tin-tuc/hoi-nghi-so-ket-cchc-quy-i-2024.html"
    assert doc.published == "2024-05-11T08:30:00+07:00"
    _assert_article(doc, max_chrome=1)
    assert "<p>" not in doc.text and "&gt;" not in doc.text


def test_html_fallback_without_trafilatura(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "_trafilatura_text", lambda html: ("", None))
    doc = read_file(write(tmp_path, "page.htm", portal_page()))
    _assert_article(doc, max_chrome=2)


def test_html_legacy_charset_from_meta(tmp_path: Path) -> None:
    data = to_cp1258(portal_page(charset="windows-1258"))
    doc = read_file(write(tmp_path, "legacy.html", data))
    assert doc.encoding == "cp1258"
    _assert_article(doc, max_chrome=1)


def test_html_utf16(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path, "page.html", portal_page().encode("utf-16")))
    assert doc.encoding == "utf-16-le"
    _assert_article(doc, max_chrome=1)


def test_html_malformed_still_gives_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    title, _, body = article_002()
    html = (
        f"<html><head><title>{title}</title><body><div class=content><h1>{title}"
        f"<p>{body[0]}<p><b>{body[1]}<div><p>{body[2]}</i></span>"
        f"<p>{body[3][: len(body[3]) // 2]}"  # truncated mid-paragraph, unclosed tags, no </html>
    )
    for extractor in ("trafilatura", "soup"):
        if extractor == "soup":
            monkeypatch.setattr(readers, "_trafilatura_text", lambda html: ("", None))
        doc = read_file(write(tmp_path, "broken.html", html))
        assert doc.title == title
        assert doc.text.split("\n") == [title, *body[:3], body[3][: len(body[3]) // 2]], extractor


def test_html_xhtml_with_xml_declaration_and_br_paragraphs(tmp_path: Path) -> None:
    title, _, body = article_002()
    html = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>{title}</title></head><body><div class='noidung'>{'<br/><br/>'.join(body[:4])}</div>"
        "</body></html>"
    )
    doc = read_file(write(tmp_path, "page.xhtml.htm", html))
    assert doc.text.split("\n") == [title, *body[:4]]


def test_html_metadata_priorities() -> None:
    from bs4 import BeautifulSoup

    title, _, _ = article_002()
    html = (
        f"<html><head><title>{title} - Cổng thông tin điện tử</title>"
        '<meta name="date" content="01/01/2020"><meta property="article:published_time" content="2024-05-11">'
        '<meta property="og:url" content="https://a.gov.vn/og"></head>'
        f"<body><h1>Cổng thông tin điện tử</h1><h1>{title}</h1></body></html>"
    )
    assert readers._html_metadata(BeautifulSoup(html, "lxml")) == (title, "https://a.gov.vn/og", "2024-05-11")
    html = f"<html><head><title>{title} | UBND tỉnh</title></head><body><h1>Logo</h1><h1>Menu</h1></body></html>"
    assert readers._html_metadata(BeautifulSoup(html, "lxml")) == (title, None, None)


def test_html_without_article_text(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><head><script>var a = 1;</script></head><body>  </body></html>")
    assert read_error(path).reason == "no article text found in HTML"


# ---------------------------------------------------------------------------
# DOCX


def make_docx(path: Path, core_title: str | None) -> tuple[str, list[str]]:
    import docx

    title, date, body = article_002()
    document = docx.Document()
    if core_title:
        document.core_properties.title = core_title
    document.add_heading(title, level=1)
    document.add_paragraph(date)
    for paragraph in body[:2]:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Tỷ lệ"
    table.cell(1, 0).text, table.cell(1, 1).text = "Hồ sơ giải quyết đúng hạn", "97,5%"
    document.add_paragraph(body[2])
    document.save(str(path))
    return title, body


def test_docx(tmp_path: Path) -> None:
    path = tmp_path / "bai.docx"
    title, body = make_docx(path, core_title="Sơ kết CCHC quý I")
    doc = read_file(path)
    assert (doc.format, doc.encoding, doc.title) == ("docx", None, "Sơ kết CCHC quý I")
    lines = doc.text.split("\n")
    assert lines[0] == title
    assert lines.index(body[0]) < lines.index(body[1]) < lines.index("Chỉ tiêu | Tỷ lệ")
    assert lines.index("Hồ sơ giải quyết đúng hạn | 97,5%") < lines.index(body[2])  # tables kept in order


def test_docx_title_from_heading(tmp_path: Path) -> None:
    path = tmp_path / "bai.docx"
    title, _ = make_docx(path, core_title=None)
    assert read_file(path).title == title


@pytest.mark.parametrize("kind", ["garbage", "truncated", "zip-without-document", "legacy-doc"])
def test_docx_corrupt(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hong.docx"
    if kind == "garbage":
        path.write_bytes(os.urandom(2048))
    elif kind == "truncated":
        make_docx(path, core_title=None)
        path.write_bytes(path.read_bytes()[:3000])
    elif kind == "zip-without-document":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("hello.txt", "xin chào")
        path.write_bytes(buf.getvalue())
    else:
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    err = read_error(path)
    assert err.reason.startswith("not a valid .docx file"), err.reason


# ---------------------------------------------------------------------------
# PDF


def make_pdf(path: Path, paragraphs: list[str]) -> None:
    import matplotlib
    from fpdf import FPDF

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_page()
    if paragraphs:
        pdf.add_font("DejaVu", fname=str(font))
        pdf.set_font("DejaVu", size=11)
        for i, paragraph in enumerate(paragraphs):
            if i == len(paragraphs) - 1:
                pdf.add_page()
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(4)
    else:
        pdf.rect(20, 20, 100, 60, style="F")  # a "scan": graphics only
    pdf.output(str(path))


def test_pdf(tmp_path: Path) -> None:
    title, _, body = article_002()
    path = tmp_path / "bai.pdf"
    make_pdf(path, [title, body[0], body[1]])
    doc = read_file(path)
    assert (doc.format, doc.encoding) == ("pdf", None)
    text = unicodedata.normalize("NFC", doc.text)
    assert title in text
    lines = text.split("\n")
    assert body[0] in lines  # its wrapped lines rejoined into one line
    assert body[1] in " ".join(lines)  # may be split where a sentence ends at a line end
    assert len(lines) <= 5


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    make_pdf(path, [])
    assert read_error(path).reason == "PDF has no extractable text (scanned image?)"


@pytest.mark.parametrize("user_password", ["", "mat-khau"])
def test_pdf_encrypted(tmp_path: Path, user_password: str) -> None:
    import matplotlib
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, paragraph_000())
    pdf.set_encryption(owner_password="chu-so-huu", user_password=user_password, encryption_method=EncryptionMethod.RC4)
    path = tmp_path / "khoa.pdf"
    pdf.output(str(path))
    if user_password:
        assert read_error(path).reason == "PDF is encrypted (password required)"
    else:  # an owner password alone does not stop reading
        assert "Ủy ban nhân dân thành phố Long Xuyên" in unicodedata.normalize("NFC", read_file(path).text)


@pytest.mark.parametrize("kind", ["garbage", "truncated", "header-only"])
def test_pdf_corrupt(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hong.pdf"
    if kind == "garbage":
        path.write_bytes(os.urandom(4096))
    elif kind == "truncated":
        make_pdf(path, [paragraph_000()])
        path.write_bytes(path.read_bytes()[:400])
    else:
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nthis is not a pdf\n")
    err = read_error(path)
    assert "PDF" in err.reason, err.reason


def test_pdf_join_lines() -> None:
    page = (
        "Hội nghị sơ kết công tác\ncải cách hành chính quý I.\nTham dự có đồng chí\n\nTrần Minh Long\nadminis-\ntration"
    )
    assert readers._join_pdf_lines(page) == [
        "Hội nghị sơ kết công tác cải cách hành chính quý I.",
        "Tham dự có đồng chí",
        "Trần Minh Long administration",
    ]
    # A hyphen at a line end is kept when it is a real one (Vietnamese words are not split).
    page = "phát triển kinh tế-\nxã hội và phòng chống Covid-\n19 tại địa phương"
    assert readers._join_pdf_lines(page) == ["phát triển kinh tế-xã hội và phòng chống Covid-19 tại địa phương"]
    # A full line runs on into a capitalized name; a short heading does not.
    page = "Kết quả\nđồng chí Nguyễn Văn Phú - UVTV Thị uỷ, Phó Chủ tịch HĐND thị xã; đồng chí\nNgô Văn Vinh dự."
    assert readers._join_pdf_lines(page) == [
        "Kết quả đồng chí Nguyễn Văn Phú - UVTV Thị uỷ, Phó Chủ tịch HĐND thị xã; đồng chí Ngô Văn Vinh dự."
    ]
    assert readers._join_pdf_lines("Kết quả\nChiều 10/5, UBND thị xã Hương Thuỷ tổ chức hội nghị sơ kết công tác") == [
        "Kết quả",
        "Chiều 10/5, UBND thị xã Hương Thuỷ tổ chức hội nghị sơ kết công tác",
    ]


# ---------------------------------------------------------------------------
# Bad inputs


@pytest.mark.parametrize("name", ["rong.txt", "rong.md", "rong.html", "rong.docx", "rong.pdf"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    assert read_error(write(tmp_path, name, b"")).reason == "empty file"


@pytest.mark.parametrize("data", [b"  \n\t\r\n  \n", "   \n\n ".encode("utf-16"), "\u3000\n".encode()])
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    assert read_error(write(tmp_path, "trang.txt", data)).reason == "empty file"


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_binary_png_named_txt(tmp_path: Path) -> None:
    err = read_error(write(tmp_path, "anh.txt", PNG))
    assert err.reason.startswith("binary file, not text"), err.reason
    assert "PNG" in err.reason


def test_binary_zip_named_txt(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", paragraph_000())
    assert read_error(write(tmp_path, "nen.txt", buf.getvalue())).reason.startswith("binary file, not text")


def test_binary_random_bytes(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8 + os.urandom(4096)
    assert read_error(write(tmp_path, "rac.md", data)).reason.startswith("binary file, not text")


def test_binary_control_characters_without_nul(tmp_path: Path) -> None:
    data = bytes(b % 31 + 1 for b in os.urandom(2000))  # control bytes, no NUL, valid ASCII
    assert read_error(write(tmp_path, "rac.txt", data)).reason == "binary file, not text"


def test_file_over_50_mib_rejected_from_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lon.txt"
    with open(path, "wb") as fh:  # sparse: one byte at offset 50 MiB
        fh.seek(50 * 1024 * 1024)
        fh.write(b"a")

    def no_open(*args, **kwargs):
        raise AssertionError("read_file opened a file it should have rejected by size")

    monkeypatch.setattr(readers, "open", no_open, raising=False)
    start = time.perf_counter()
    err = read_error(path)
    assert time.perf_counter() - start < 0.5
    assert err.reason.startswith("file too large")
    assert "50.0 MiB (52428801 bytes)" in err.reason
    assert f"{MAX_FILE_BYTES} bytes" in err.reason


def test_file_over_patched_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, "a.txt", article_000())
    err = read_error(path)
    assert "file too large" in err.reason and "(1000 bytes)" in err.reason
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 10_000)
    assert read_file(path).text == article_000()


def test_size_limit_default_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CCHC_MAX_FILE_MB", raising=False)
    assert readers._limit_from_env() == 10 * 1024 * 1024
    monkeypatch.setenv("CCHC_MAX_FILE_MB", "0.5")
    assert readers._limit_from_env() == 512 * 1024
    for bad in ("abc", "-3", "0", "nan", "inf"):
        monkeypatch.setenv("CCHC_MAX_FILE_MB", bad)
        assert readers._limit_from_env() == 10 * 1024 * 1024


def test_largest_dev_article_is_far_below_limit(corpus_dev_dir: Path) -> None:
    largest = max(p.stat().st_size for p in corpus_dev_dir.glob("*.txt"))
    assert largest < 200 * 1024 and MAX_FILE_BYTES >= 50 * largest


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "khoa.txt", article_000())

    def denied(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(readers, "open", denied, raising=False)
    assert read_error(path).reason == "Permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_chmod(tmp_path: Path) -> None:
    path = write(tmp_path, "khoa.txt", article_000())
    path.chmod(0)
    try:
        assert read_error(path).reason == "Permission denied"
    finally:
        path.chmod(0o644)


def test_directory_passed_as_file(tmp_path: Path) -> None:
    path = tmp_path / "thu_muc.txt"
    path.mkdir()
    assert read_error(path).reason == "is a directory, not a file"


def test_missing_file(tmp_path: Path) -> None:
    assert read_error(tmp_path / "khong_co.txt").reason == "No such file or directory"


@pytest.mark.parametrize("name", ["bang.xlsx", "ghi_chu", "anh.PNG"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    err = read_error(write(tmp_path, name, "Thủ tục hành chính"))
    assert err.reason.startswith("unsupported file type ")
    assert "(supported: .txt, .md, .html, .htm, .docx, .pdf)" in err.reason
    if "." in name:
        assert f"'{Path(name).suffix.lower()}'" in err.reason


def test_uppercase_extension_is_supported(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, "BAI.TXT", article_000())).format == "txt"


def test_parser_crash_becomes_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(path: str, data: bytes) -> RawDoc:
        raise ValueError("boom")

    monkeypatch.setitem(readers._PARSERS, ".txt", crash)
    err = read_error(write(tmp_path, "a.txt", article_000()))
    assert "ValueError" in err.reason and "boom" in err.reason


def test_read_error_is_picklable() -> None:
    err = pickle.loads(pickle.dumps(ReadError("a/b.txt", "empty file")))
    assert (err.path, err.reason, str(err)) == ("a/b.txt", "empty file", "a/b.txt: empty file")


# ---------------------------------------------------------------------------
# Finding files


def test_iter_files_mixed_folder(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    for rel in [
        "b.txt",
        "a.html",
        "README.md",
        "readme.txt",
        ".hidden.txt",
        ".git/config.txt",
        "sub/z.docx",
        "sub/c.pdf",
        "sub/deeper/x.md",
        "sub/data.csv",
        "sub/~$lock.docx",
        "C.HTM",
        "notes",
    ]:
        write(root, rel, "x")
    explicit = write(tmp_path, "other.xyz", "x")
    got = list(iter_files([root, explicit, tmp_path / "missing.txt"]))
    expected = ["C.HTM", "a.html", "b.txt", "sub/c.pdf", "sub/deeper/x.md", "sub/z.docx"]
    assert got == [root / p for p in expected] + [explicit, tmp_path / "missing.txt"]
    assert all(isinstance(p, Path) for p in got)
    assert {p.suffix.lower() for p in got[:-2]} <= set(SUPPORTED)


def test_seed_corpus_reads(corpus_dir: Path) -> None:
    files = list(iter_files([corpus_dir]))
    assert len(files) >= 5
    for path in files:
        doc = read_file(path)
        assert doc.encoding == "utf-8" and doc.text.strip()
