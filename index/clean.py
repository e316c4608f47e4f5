"""Clean the raw text of an article: site chrome out, title, byline, captions.

:func:`clean_text` works line by line on the text as written (one paragraph a
line; blank lines are ignored). Every decision is taken on the folded,
normalized form of a line (see :mod:`index.normalize`), so rules are written
without diacritics ("luot xem", "xem tin theo ngay") and survive NFD input,
either tone convention and stray no-break spaces. Kept paragraphs are returned
as written, only stripped of surrounding whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold, normalize

__all__ = ["Cleaned", "clean_text", "line_key", "is_chrome", "is_dateline"]

BODY = "body"
CAPTION = "caption"


@dataclass
class Cleaned:
    """The cleaned article: paragraphs as written plus what was taken out of them."""

    title: str | None
    paragraphs: list[tuple[str, str]]  # (text as written, kind) with kind "body" or "caption"
    author: str | None  # the byline: "Thành Nhân", "Mi Lê, Trung tâm VHTT-TT Thành phố"
    datelines: list[str]  # "Ngày cập nhật 11/05/2024", "Thứ Tư, ngày 27 tháng 6 năm 2018 - 7:48"
    dropped: list[str]  # chrome and boilerplate lines removed
    duplicates_removed: int  # exact repeated paragraphs dropped (normalized comparison)
    photo: str | None = None  # photo credit ("Chí Dũng" from "BT: Kim Lệ + Ảnh: Chí Dũng")
    source: str | None = None  # "Theo ..."/"Nguồn: ..." origin of a reprinted article

    def texts(self, kind: str | None = None) -> list[str]:
        """Paragraph texts, optionally only one kind ("body" or "caption")."""
        return [t for t, k in self.paragraphs if kind is None or k == kind]


# --------------------------------------------------------------------------- keys


_ZW = "\u200b\ufeff\u200c\u200d\u2060"
_SPACE_RUN = re.compile(r"\s+")


def _strip(line: str) -> str:
    """Strip whitespace, no-break and zero-width spaces around a line."""
    return line.strip().strip(_ZW).strip()


def line_key(line: str) -> str:
    """The folded form a line is classified on: normalized, no diacritics, lowercase, one space."""
    key = fold(normalize(line.translate({ord(c): None for c in _ZW})))
    return _SPACE_RUN.sub(" ", key).strip()


def _trim_key(key: str) -> str:
    """Drop decoration around a key: bullets, arrows, trailing colons."""
    return key.strip(" :|-–—>»«•*·.,;").strip()


# ------------------------------------------------------------------------ chrome

_CHROME_PATTERNS = [
    r"xuat ban thong tin",
    r"chi tiet (?:bai viet|tin|tin tuc)(?: .{0,40})?",
    r"tim kiem(?: nang cao)?",
    r"(?:cac |nhung )?(?:tin|bai|bai viet) (?:khac|lien quan|cung chuyen muc|da dua|cung loai)",
    r"(?:tin|bai) (?:moi|moi nhat|moi hon|cu hon|noi bat|doc nhieu|doc nhieu nhat|xem nhieu|xem nhieu nhat|tieu diem)",
    r"xem tin theo ngay.*",
    r"thong ke truy cap.*",
    r"(?:tong )?(?:so )?luot truy ca?p.*",
    r"truy ca?p hien tai.*",
    r"(?:dang|so nguoi dang) (?:online|truy cap|truc tuyen).*",
    r"(?:hom nay|hom qua|tuan nay|thang nay|nam nay|tat ca|tong cong|trong ngay|tong truy cap) ?:? ?[\d.,]+",
    r"(?:so )?luot (?:xem|doc)\b.*",
    r"(?:views?|hits?) ?:? ?[\d.,]+",
    r"[\d.,]+ (?:luot xem|views?)",
    r"tong so ?:? ?\d+.*trang.*",
    r"trang ?:? ?\d+ (?:tren|/) ?(?:tong so )?\d+.*",
    r"(?:in|gui|luu) (?:bai|bai viet|trang|tin)(?: nay)?",
    r"in",
    r"gui (?:e-?mail|cho ban be|y kien|phan hoi|binh luan)",
    r"e-?mail",
    r"chia se(?: bai viet| len .{1,20}| facebook| zalo)?",
    r"ban in",
    r"quay (?:lai|ve)",
    r"(?:ve|len) dau trang",
    r"(?:tro ve|tro lai)(?: trang truoc| dau trang)?",
    r"xem tiep",
    r"xem them",
    r"doc them",
    r"y kien cua ban(?: .{0,40})?",
    r"(?:viet |gui )?(?:binh luan|phan hoi)(?: cua ban)?(?: \(\d+\))?",
    r"dang nhap|dang ky|dang xuat",
    r"trang chu",
    r"trang chu ?[>»/|›].*",
    r"(?:co|kich thuoc|kieu|phong|font) chu.*",
    r"(?:tang|giam) co chu",
    r"(?:nghe|doc) (?:bai|bai viet|tin)",
    r"(?:share|tweet|like|print|facebook|zalo|twitter|google\+?|linkedin)(?: \d+)?",
    r"null",
    r"lien ket (?:website|web)",
    r"(?:an|bam|nhan|click|kich) (?:vao )?(?:day|here)\b.*",
    r"(?:tai ve|tai xuong|download)",
    r"(?:file|tep|tap tin)(?: tin)? dinh kem.*",
    r"&gt;&gt;.*|>>.*",
    r"(?:top|len tren)",
]
_CHROME = re.compile(r"^(?:" + "|".join(_CHROME_PATTERNS) + r")$")

# A font-size control: "A A A", "A- A A+", "A+ | A-".
_FONT_CONTROL = re.compile(r"^(?:a[+\-]?[\s|/]*){2,4}$")
# A line that is only a URL, or a path/filename of an image or a document.
_FILE_EXT = r"(?:png|jpe?g|gif|bmp|webp|svg|ico|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp3|mp4)"
_URL_LINE = re.compile(
    r"^(?:(?:https?://|www\.)\S+"
    r"|/\S*/\S*"
    r"|(?:[\w.%~+-]+/)+[\w.%~+-]+\." + _FILE_EXT + r"(?:\?\S*)?"
    r"|[\w.%~+-]+\." + _FILE_EXT + r")$",
    re.IGNORECASE,
)
# "Tiêu đề bài khác(20/10/2005)": a link to another article with its date.
_RELATED_LINK = re.compile(r"^[^.!?]{3,150}[^.\s]\s?\(\d{1,2}/\d{1,2}/\d{4}\)$")
# Only punctuation and symbols.
_SYMBOLS = re.compile(r"^[\W_]+$")

# Markers after which a page lists other articles, visitor counters, footers.
_TAIL_MARKER = re.compile(
    r"^(?:(?:cac |nhung )?(?:tin|bai|bai viet) (?:khac|lien quan|cung chuyen muc|da dua|cung loai)"
    r"|xem tin theo ngay.*|thong ke truy cap.*)$"
)


_MAX_CHROME = 160  # chrome lines are short; longer lines are never tested against the patterns


def _chrome_key(raw: str, key: str) -> bool:
    if _URL_LINE.match(raw):
        return True
    if len(raw) > _MAX_CHROME:
        return False
    if _SYMBOLS.match(key):
        return True
    k = _trim_key(key)
    if not k or _CHROME.match(k) or _FONT_CONTROL.match(k):
        return True
    return bool(_RELATED_LINK.match(raw.rstrip()))


def is_chrome(line: str) -> bool:
    """True for a line of site chrome/boilerplate (navigation, counters, sharing, image paths)."""
    raw = _strip(line)
    return bool(raw) and _chrome_key(raw, line_key(raw) if len(raw) <= _MAX_CHROME else "")


# --------------------------------------------------------------------- datelines

_D_DATE = (
    r"(?:ngay\s*)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}\s+thang\s+\d{1,2},?\s+nam\s+\d{4})"
)
_D_TIME = (
    r"(?:(?:luc\s*)?\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?"
    r"|(?:luc\s*)?\d{1,2}\s*gio(?:\s*\d{1,2}(?:\s*phut)?)?)"
)
_D_TZ = r"(?:\(?\s*(?:gmt|utc)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?)"
_D_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|cn|t[2-7])"
_D_LABEL = (
    r"(?:ngay\s+cap\s+nhat|cap\s+nhat(?:\s+(?:luc|ngay|lan\s+cuoi))?|ngay\s+dang(?:\s+(?:tin|bai))?"
    r"|dang\s+(?:luc|ngay|tin|bai)|dang|ngay\s+xuat\s+ban|xuat\s+ban(?:\s+(?:luc|ngay))?"
    r"|thoi\s+gian(?:\s+(?:dang|cap\s+nhat|xuat\s+ban))?|ngay\s+viet|ngay|posted(?:\s+on)?|updated|published|date)"
)
_D_SEP = r"[\s,|\-–—:/()]*"
_DATELINE = re.compile(
    rf"^(?:{_D_LABEL}\s*:?\s*)?(?:{_D_WEEKDAY}{_D_SEP})?(?:{_D_TIME}{_D_SEP})?{_D_DATE}"
    rf"(?:{_D_SEP}{_D_TIME})?(?:{_D_SEP}{_D_TZ})?{_D_SEP}$"
)


def _dateline_key(key: str) -> bool:
    return bool(key) and len(key) <= 80 and bool(_DATELINE.match(key))


def is_dateline(line: str) -> bool:
    """True for a header line that is only a (labelled) date/time: "Ngày cập nhật 11/05/2024"."""
    raw = _strip(line)
    return len(raw) <= 100 and _dateline_key(line_key(raw))


# ------------------------------------------------------------------------ bylines

_BYLINE_LABEL = re.compile(
    r"^\(?\s*(?P<label>bt|btv|tin|bai|tin,? anh|tin va anh|tin,? bai(?:,? anh| va anh)?|bai,? anh|bai va anh"
    r"|anh|hinh|hinh anh|anh minh hoa|video|clip|nguon|tac gia|nguoi viet|phong vien|pv|nhom pv|ctv"
    r"|thuc hien|bien tap|trinh bay|do hoa|tong hop|theo)\s*:",
)
_PHOTO_LABELS = {"anh", "hinh", "hinh anh", "anh minh hoa", "video", "clip", "do hoa"}
_SOURCE_LABELS = {"nguon", "theo"}
_THEO = re.compile(r"^\(?\s*(?:theo|nguon)\s+\S")
_INITIAL_NAME = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]+$")  # "H.Thúy", "P.V", "M.Khuê"


def _name_like(segment: str, max_words: int = 6) -> bool:
    """A short run of capitalized words: a person's or an outlet's name ("Thành Nhân", "TTXVN")."""
    words = segment.replace("&", " ").split()
    if not 1 <= len(words) <= max_words:
        return False
    for w in words:
        w = w.strip("()[]\"'“”")
        if not w or any(c.isdigit() for c in w):
            return False
        if not (w[0].isupper() or _INITIAL_NAME.match(w)):
            return False
    return True


def _first_segment(text: str) -> str:
    return re.split(r"\s*(?:,|\s-\s|\s–\s|/|\(|\+)\s*", text, maxsplit=1)[0]


def _is_byline(text: str) -> bool:
    """A standalone byline/credit line such as "Văn Hiệp" or "BT: Kim Lệ + Ảnh: Chí Dũng"."""
    if len(text) > 100:
        return False
    key = line_key(text)
    if _BYLINE_LABEL.match(key):
        return True
    if text.rstrip().endswith((":", "?", "!", ";", "…")) or ". " in text:
        return False
    body = text.rstrip(" .")
    if _THEO.match(key):
        return len(body.split()) <= 10
    if len(body) > 80 or len(body.split()) > 12:
        return False
    if re.search(r"[\d%]", body):
        return False  # "Hà Nội, ngày 15 tháng 3 năm 2022" is not a byline
    return _name_like(_first_segment(body.strip("()")), max_words=5)


_CREDIT_SPLIT = re.compile(r"\s*[+|;]\s*|\s+[-–]\s+(?=(?:Ảnh|Hình|Hình ảnh|Video|Tin|Bài|BT)\s*:)")


def _tidy(value: str) -> str:
    """Strip a credit: spaces, trailing dots, unbalanced or enclosing parentheses; "X X" repeated -> "X"."""
    value = _SPACE_RUN.sub(" ", value).strip(" .,-–")
    while value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1].strip(" .")
    if value.count("(") > value.count(")"):
        value += ")"
    elif value.count(")") > value.count("(") and value.endswith(")"):
        value = value[:-1].rstrip()
    words = value.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        value = " ".join(words[:half])
    return value


def _parse_byline(text: str) -> tuple[str | None, str | None, str | None]:
    """Split a byline into (author, photo credit, source)."""
    author = photo = source = None
    for part in _CREDIT_SPLIT.split(text.strip()):
        part = _tidy(part)
        if not part:
            continue
        m = _BYLINE_LABEL.match(line_key(part))
        label = m.group("label") if m else None
        value = _tidy(part.split(":", 1)[1]) if label else part
        if not label:
            # "Đức Minh Theo Trí thức trẻ", "M.Khuê (Theo Gurdian)", "Theo daibieunhandan.vn"
            mt = re.match(r"^(?:(?P<who>.*?)\s*\(?\s*)?\b(?:[Tt]heo|[Nn]guồn:?)\s+(?P<src>[^()]+?)\)?$", value)
            if mt:
                if mt.group("who"):
                    author = author or _tidy(mt.group("who"))
                source = source or _tidy(mt.group("src"))
                continue
        if label in _PHOTO_LABELS:
            photo = photo or value
        elif label in _SOURCE_LABELS:
            source = source or value
        elif value:
            author = author or value
    if author is None and source is not None:
        author = source
    return author or None, photo or None, source or None


_SENTENCE_END = re.compile(r"(?:[.!?…]|[”\"'’)])\s+(?=\S)")


def _split_inline_byline(text: str) -> tuple[str, str] | None:
    """Split "... sentence. Hương Dịu" into (body, byline) when the tail is a byline."""
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return None
    m = ends[-1]
    head, tail = text[: m.end()].rstrip(), text[m.end() :].strip()
    if not tail or len(tail) > 60 or len(head) < 20 or tail[-1] in ".!?…:;,\"”'’":
        if not (tail.endswith(")") and _THEO.match(line_key(tail))):
            return None
    key = line_key(tail)
    if _BYLINE_LABEL.match(key) or _THEO.match(key):
        return head, tail
    if re.search(r"\s[Tt]heo\s", tail) and _name_like(tail.split(" Theo ")[0].split(" theo ")[0], 4):
        return head, tail
    first = _first_segment(tail)
    if re.search(r"\d", first) or not _name_like(first, max_words=6):
        return None
    if len(first.split()) == 1 and len(first) < 2:
        return None
    return head, tail


# ----------------------------------------------------------------------- captions

_CAPTION_START = re.compile(
    r"^\(?\s*(?:anh|hinh|hinh anh|photo)\s*:|^(?:anh minh hoa|trong anh|quang canh|toan canh|canh)\b"
)
_PERSON_START = re.compile(
    r"^(?:cac |hai |ba )?(?:dong chi|d/c|ong|ba|lanh dao|dai bieu|doan|bi thu|chu tich|pho chu tich|giam doc"
    r"|pho giam doc|bo truong|thu truong|thu tuong|pho thu tuong|truong ban|truong phong|hoi nghi|hoi thao|le)\b"
)
_CAPTION_VERB = re.compile(
    r"\b(?:chu tri|phat bieu|trao|tang|ky ket|ky cam ket|chup anh|tham quan|kiem tra|lam viec|khao sat|tham du"
    r"|du hoi nghi|tiep nhan|trao doi|thao luan|ket luan|chi dao|don tiep|tiep don|bao cao|quang canh|toan canh"
    r"|tai hoi nghi|tai buoi|tai le|cat bang|bam nut|khai truong|ra mat)\b"
)
_CAPNAME = re.compile(r"\b[A-ZÀ-ỸĐ][^\W\d_]*\s+[A-ZÀ-ỸĐ][^\W\d_]*")


def _is_caption(text: str, index: int, count: int) -> bool:
    """A photo caption: "(Quang cảnh: ...)", "Ảnh: ...", a short unpunctuated line naming people."""
    if len(text) > 250:
        return False
    key = line_key(text)
    if text.startswith("(") and text.endswith(")"):
        inner = _trim_key(key.strip("()"))
        return len(inner.split()) >= 3 and not re.match(r"(?:theo|nguon|con nua|tiep theo|het|ket thuc)\b", inner)
    if _CAPTION_START.match(key):
        return True
    if index == 0 or index >= count - 1:
        return False
    if len(text) > 200 or len(text.split()) > 35 or text[-1] in '.!?:;…,"”':
        return False
    if text[0] in "-–•+*" or re.match(r"^\d+[.)]", text):
        return False
    if not _CAPTION_VERB.search(key):
        return False
    return bool(_PERSON_START.match(key)) or bool(_CAPNAME.search(text[1:]))


# ------------------------------------------------------------------------- clean


_NULL_TITLE = re.compile(r"^(?:null\s+|(?:&gt;|>|»)+\s*)", re.IGNORECASE)


def _clean_title(title: str) -> str:
    """A title without the "null " left by the site template or a link arrow ("&gt;&gt; ")."""
    return _NULL_TITLE.sub("", _strip(title)).strip()


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Clean the raw text of one article (lines as written, "\\n"-separated).

    ``title`` (from HTML/DOCX metadata) wins over the first line; otherwise the
    first line that is neither chrome nor a dateline is the title. Chrome is
    dropped, datelines set aside, the repeated title and exact repeated
    paragraphs removed, the trailing byline turned into ``author``, and photo
    captions marked ``"caption"``.
    """
    title = _clean_title(title) if title and _clean_title(title) else None
    dropped: list[str] = []
    datelines: list[str] = []
    body: list[str] = []
    tail = False
    title_key = normalize(title).casefold().rstrip(" .") if title else None
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _strip(raw_line)
        if not line:
            continue
        if tail:
            dropped.append(line)
            continue
        short = len(line) <= _MAX_CHROME
        key = line_key(line) if short else ""
        if title is None and re.match(r"(?:&gt;|>|»)+\s*\w", line):
            title = _clean_title(line)  # a crawled link text as the title: "&gt;&gt; Thanh tra ..."
            title_key = normalize(title).casefold().rstrip(" .")
            continue
        if _chrome_key(line, key):
            dropped.append(line)
            if body and _TAIL_MARKER.match(_trim_key(key)):
                tail = True  # the rest of the page lists other articles and counters
            continue
        if short and _dateline_key(key):
            datelines.append(line)
            continue
        if title is None:
            title = _clean_title(line) or None
            title_key = normalize(title).casefold().rstrip(" .") if title else None
            continue
        if title_key and abs(len(line) - len(title_key)) <= len(title_key) // 5 + 6:
            if normalize(_clean_title(line)).casefold().rstrip(" .") == title_key:
                dropped.append(line)  # the title repeated at the top of the body
                continue
        body.append(line)

    # Exact repeated paragraphs (normalized comparison): keep the first.
    seen: set[str] = set()
    unique: list[str] = []
    duplicates = 0
    for para in body:
        key = normalize(para)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        unique.append(para)

    # Byline: the last short line(s); else a name glued to the end of the last paragraph.
    author = photo = source = None
    credits: list[str] = []
    while len(unique) > 1 and len(credits) < 3 and _is_byline(unique[-1]):
        credits.insert(0, unique.pop())
    if not credits and unique:
        split = _split_inline_byline(unique[-1])
        if split:
            unique[-1], credit = split
            credits.append(credit)
    for credit in credits:
        a, p, s = _parse_byline(credit)
        author, photo, source = author or a, photo or p, source or s

    paragraphs = [(p, CAPTION if _is_caption(p, i, len(unique)) else BODY) for i, p in enumerate(unique)]
    return Cleaned(
        title=title,
        paragraphs=paragraphs,
        author=author,
        datelines=datelines,
        dropped=dropped,
        duplicates_removed=duplicates,
        photo=photo,
        source=source,
    )
