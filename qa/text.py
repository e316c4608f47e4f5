"""Token helpers shared by question analysis and answer extraction.

Everything is matched on *folded* syllables (``fold``: lowercase, no
diacritics), so questions typed with or without accents, in either tone-mark
convention, meet the article text the same way. A token keeps its character
offsets in the text it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.normalize import fold
from index.tokenize import segment

__all__ = [
    "UPPER",
    "LOWER",
    "is_capitalized",
    "Token",
    "tokens",
    "STOPWORDS",
    "VI_STOPWORDS",
    "is_stop",
    "key_of",
    "expand",
    "ABBREVIATIONS",
    "is_number",
    "norm_number",
    "bigrams",
    "whole_words",
    "whole_quote",
    "without_linkers",
]

# Upper-case letters of Latin scripts (Vietnamese included), for regex character classes.
UPPER = "".join(
    chr(c)
    for c in range(0x41, 0x1EFA)
    if chr(c).isupper() and chr(c).isalpha() and c < 0x250 or (0x1E00 <= c < 0x1EFA and chr(c).isupper())
)

LOWER = "".join(chr(c) for c in range(0x61, 0x1EFA) if chr(c).islower() and (c < 0x250 or 0x1E00 <= c))


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+", re.UNICODE)
_GLUED_WORD = re.compile(rf"((?=[{LOWER}]*[^\x00-\x7f])[{LOWER}]+)([{UPPER}][{LOWER}]+)")

# Folded function words and question words: they carry no topic.
STOPWORDS = frozenset(
    """la cua va voi cac nhung duoc co khong trong tai thi ma nay do da dang se bi ve theo tu den
    nao gi ai bao nhieu may khi dau sao ra vao len cho de hay hoac neu nhu thanh cung con moi ca
    rang lam gom o tren duoi sau truoc giua ben nen vi boi tung bang ay kia the tiep
    what which who whom whose when where why how many much did does do is are was were the a an of
    in on at to for by with and or from that this these those it its as be been has have had any
    there their they them he she his her than then into about after before during per""".split()
)

# Vietnamese function words as written (lowercase): unambiguous, unlike their folded forms
# ("thì" vs "thị", "đó" vs "độ").
VI_STOPWORDS = frozenset(
    """là của và với các những được có không trong tại thì mà này đó đã đang sẽ bị về theo từ đến nào gì ai
    bao nhiêu mấy khi đâu sao ra vào lên cho để hay hoặc nếu như cũng còn mới cả rằng làm gồm ở trên dưới
    sau trước giữa bên nên vì bởi từng bằng ấy kia thế do nhằm qua đối""".split()
)
# Folded forms that are also common content syllables ("thị xã", "cơ quan", "mỗi", "độ"): kept as content.
_AMBIGUOUS = frozenset("thi do co the ma moi con ca thanh tu den ve tai bang cho sau tren ban bo so vi to hang".split())


def is_stop(word: str, accented: bool | None = None) -> bool:
    """Whether ``word`` (as written) is a function word.

    In accented text (``accented=True``: articles, questions typed with diacritics) the word is taken
    as written; in text typed without diacritics the folded list is used, minus ambiguous forms.
    """
    low = word.lower()
    if accented is None:
        accented = fold(low) != low
    if not accented:
        return low in STOPWORDS and low not in _AMBIGUOUS
    return low in VI_STOPWORDS or (low in STOPWORDS and fold(low) == low and low.isascii() and len(low) > 3)


@dataclass(frozen=True)
class Token:
    """One syllable (or number) of a text: folded form and ``[start, end)`` offsets."""

    text: str
    fold: str
    start: int
    end: int
    low: str = ""

    @property
    def is_num(self) -> bool:
        return self.fold[:1].isdigit()


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Syllables and numbers ("37.000", "77,19" stay whole) of ``text``; a Vietnamese syllable glued to the
    next word's capital is two ("củaTrung tâm"; not "eOffice", "VnExpress")."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(0), m.start() + offset
        glued = _GLUED_WORD.fullmatch(word) if not word.islower() else None
        parts = [glued.group(1), glued.group(2)] if glued else [word]
        for part in parts:
            out.append(Token(part, fold(part), start, start + len(part), part.lower()))
            start += len(part)
    return out


# Abbreviations of administrative language (folded) and what they stand for (as written, normalized).
ABBREVIATIONS: dict[str, str] = {
    "tthc": "thủ tục hành chính",
    "cchc": "cải cách hành chính",
    "ubnd": "ủy ban nhân dân",
    "hdnd": "hội đồng nhân dân",
    "hcc": "hành chính công",
    "dvc": "dịch vụ công",
    "dvctt": "dịch vụ công trực tuyến",
    "bhyt": "bảo hiểm y tế",
    "bhxh": "bảo hiểm xã hội",
    "cbcc": "cán bộ công chức",
    "cbccvc": "cán bộ công chức viên chức",
    "gcn": "giấy chứng nhận",
    "dkkd": "đăng ký kinh doanh",
    "cntt": "công nghệ thông tin",
    "ldld": "liên đoàn lao động",
    "mttq": "mặt trận tổ quốc",
    "vpdkdd": "văn phòng đăng ký đất đai",
    "qsdd": "quyền sử dụng đất",
    "tphcm": "thành phố hồ chí minh",
    "hcm": "hồ chí minh",
    "tp": "thành phố",
    "pct": "phó chủ tịch",  # "PCT Huỳnh Văn Nhã"
    "pbt": "phó bí thư",
    "pgd": "phó giám đốc",
    "dn": "doanh nghiệp",
    "ccvc": "công chức viên chức",
    "cqnn": "cơ quan nhà nước",
    "nhnn": "ngân hàng nhà nước",
    "dnnvv": "doanh nghiệp nhỏ và vừa",
    "ccn": "cụm công nghiệp",
    "kcn": "khu công nghiệp",
    "kkt": "khu kinh tế",
    "gddt": "giáo dục đào tạo",
    "ldtbxh": "lao động thương binh xã hội",
    "tnmt": "tài nguyên môi trường",
    "gtvt": "giao thông vận tải",
    "khdt": "kế hoạch đầu tư",
    "dnnn": "doanh nghiệp nhà nước",
    "nsnn": "ngân sách nhà nước",
    "ubtvqh": "ủy ban thường vụ quốc hội",
    "vpcp": "văn phòng chính phủ",
    "dtnn": "đầu tư nước ngoài",
    "xnk": "xuất nhập khẩu",
    "sxkd": "sản xuất kinh doanh",
    "tttt": "thông tin truyền thông",
    "ptnt": "phát triển nông thôn",
    "vn": "việt nam",  # the news writes "nhà tài trợ cho VN"
    "bs": "bác sĩ",  # titles before a name: "BS Hoàng Công Lương", "TS Vũ Tiến Lộc", "PGS.TS"
    "ts": "tiến sĩ",
    "ths": "thạc sĩ",
    "gs": "giáo sư",
    "pgs": "phó giáo sư",
}


def expand(toks: list[Token]) -> list[Token]:
    """``toks`` with abbreviations ("TTHC") replaced by their words, at the abbreviation's offsets."""
    out: list[Token] = []
    for t in toks:
        full = ABBREVIATIONS.get(t.fold)
        if full and (t.text.isupper() or t.text == t.fold):
            out.extend(Token(w, fold(w), t.start, t.end, w) for w in full.split())
        else:
            out.append(t)
    return out


def key_of(token: Token, accented: bool) -> str:
    """The form a question word is matched on: lowercase as written (accented questions) or folded."""
    return token.low if accented else token.fold


def is_number(word: str) -> bool:
    return bool(word) and word[0].isdigit()


def norm_number(word: str) -> str:
    """Number token as a comparable key: "08" -> "8", "37.000" stays."""
    stripped = word.lstrip("0")
    return stripped if stripped and stripped[0].isdigit() else (word[-1:] if word else word)


def bigrams(folds: list[str]) -> set[tuple[str, str]]:
    return set(zip(folds, folds[1:]))


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened so that it neither starts nor ends inside a two-syllable common word
    (underthesea ``word_tokenize``): "đề nghị Chính phủ tổ [chức đợt thanh tra]" -> "[tổ chức đợt thanh tra]"."""
    if not 0 < start < end <= len(text):
        return start, end
    pos = 0
    for word in segment(text):
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        if at >= end:
            break
        if word.count(" ") == 1 and word.islower():  # two-syllable common words only: names glue to their
            # neighbours ("quận Ba Đình cảm động"), longer words are often glued wrong ("phần mềm hệ")
            if at < start < pos and text[start - 1] == " ":
                start = at
            if at < end < pos and text[end] == " ":
                end = pos
    return start, end


def whole_quote(text: str, start: int, end: int, limit: int = 60) -> tuple[int, int]:
    """``[start, end)`` widened to the whole quotation it lies in ("tâm thế "Hàng Việt Nam [chinh phục người
    Việt Nam]"" -> the slogan), when the quotation is short (``limit`` characters); else unchanged."""
    before = text[:start]
    curly = before.rfind("“")
    if curly > before.rfind("”"):
        opening, close = curly, text.find("”", start)
    elif before.count('"') % 2:
        opening, close = before.rfind('"'), text.find('"', start)
    else:
        return start, end
    if close < 0 or close < end or close - opening > limit or text[opening + 1 : start].strip() == "":
        return start, end
    return opening + 1, close


# linking words that neither open nor close an answer: "[và] Diễn đàn du lịch ASEAN", "bảng điện tử [để]"
_LINK_OPEN = re.compile(r"(?i)^(?:và|là|thì)\s+")
_LINK_CLOSE = re.compile(r"(?i)\s+(?:và|là|thì|để|hoặc)$")


def without_linkers(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without a linking word at either edge: "và Diễn đàn du lịch ASEAN" -> "Diễn đàn du
    lịch ASEAN", "bảng điện tử để" -> "bảng điện tử" (a span of that word alone stays)."""
    piece = text[start:end]
    opening = _LINK_OPEN.match(piece)
    if opening and opening.end() < len(piece):
        start += opening.end()
        piece = piece[opening.end() :]
    closing = _LINK_CLOSE.search(piece)
    if closing and closing.start() > 0:
        end = start + closing.start()
    return start, end

