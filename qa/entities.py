"""Typed answer candidates inside a sentence: numbers, dates, persons, places/units, named things.

Every finder takes a sentence's text (normalized) and returns :class:`Span`
records with offsets relative to that text. Rules are general patterns of
Vietnamese administrative news (numbers with "." thousands and "," decimals,
"ngày 19/8", "ông/bà/đồng chí + name", "phường/xã/Sở + name", quoted names),
with underthesea's part-of-speech tags for the unit after a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from index.normalize import fold

from .lexicon import (
    ADMIN_CAPITALIZED,
    COUNT_WORDS_IN_TEXT,
    HONORIFICS,
    PLACE_HEADS_VI,
    ROLE_WORDS,
    SURNAMES,
    THING_HEADS_VI,
    UNIT_HEADS_VI,
    titles_a_name,
)
from .text import UPPER

__all__ = ["Span", "QUOTE_AFTER", "MAGNITUDES", "UNIT_SYMBOLS", "pos_words", "whole_time", "whole_unit", "numbers", "dates", "persons", "places", "located", "addresses", "things", "quoted", "named_after", "ministries_in", "fields_in"]


@dataclass(frozen=True)
class Span:
    """A candidate answer: ``[start, end)`` in the sentence text; ``core`` the essential part."""

    start: int
    end: int
    kind: str
    text: str
    core: tuple[int, int]
    head: str = ""  # folded head noun ("phuong", "mo hinh") when the span starts with one


def _span(text: str, start: int, end: int, kind: str, core=None, head: str = "") -> Span:
    while end > start and text[end - 1] in " ,;:.-–(":
        end -= 1
    while start < end and text[start] in " ,;:(":
        start += 1
    return Span(start, end, kind, text[start:end], core or (start, end), head)


@lru_cache(maxsize=8192)
def pos_words(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """underthesea (word, tag, start, end) of ``text`` (cached)."""
    from underthesea import pos_tag

    out, cur = [], 0
    for word, tag in pos_tag(text):
        i = text.find(word, cur)
        if i < 0:
            continue
        out.append((word, tag, i, i + len(word)))
        cur = i + len(word)
    return tuple(out)


# a unit head written as a name's first word ("Tổng cục", "Sở", "UBND"), longest first
_HEADS_WRITTEN = sorted((h[:1].upper() + h[1:] for h in UNIT_HEADS_VI), key=len, reverse=True) + ["UBND", "HĐND"]
_CAPITAL_HEAD = re.compile(r"(?<![^\s(])(?:{})$".format("|".join(map(re.escape, _HEADS_WRITTEN))))  # (not "3303/CTr-UBND")


def whole_unit(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened over the name of a unit it ends with ("... TP HCM và Tổng cục [hải quan] lần
    lượt thí điểm" -> "... Tổng cục hải quan", "Sở [Tư pháp]", "UBND [tỉnh Quảng Nam]"): after a capitalized
    unit head, its capitalized words, or first one common noun; at most three words."""
    if not 0 <= start < end < len(text) or text[end] != " " or not _CAPITAL_HEAD.search(text, start, end):
        return start, end
    n = 0
    for word, tag, a, b in pos_words(text):
        if a < end:
            continue
        if n == 3 or text[end:a].strip() or not (word[:1].isupper() or (n == 0 and tag in ("N", "Np", "Ny"))):
            break
        end, n = b, n + 1
    return start, end


_TIME_WORD = re.compile(r"(?<!\w)(?:năm|tháng|ngày|quý|khóa|khoá)$", re.IGNORECASE)
_ITS_NUMBER = re.compile(r"\s+(?:\d{1,4}(?:[/.-]\d{1,4})*|[IVX]+)(?!\w|[.,]\d)")


def whole_time(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened over the number of a time word it ends with ("Luật Tiêu chuẩn và Quy chuẩn kỹ
    thuật năm [2006]", "khóa [XII]"): a time word alone dates nothing."""
    m = _ITS_NUMBER.match(text, end) if _TIME_WORD.search(text, start, end) else None
    return (start, m.end()) if m else (start, end)


# ------------------------------------------------------------------ numbers

_APPROX = (
    # ("hơn" after an adjective of less compares: "không được nhỏ hơn [20 ha]" is no "more than 20 ha")
    r"(?:gần|trên|(?<!nhỏ )(?<!thấp )(?<!ít )(?<!ngắn )hơn|khoảng|dưới|tối thiểu|tối đa|không quá|xấp xỉ|ít nhất|ngót|chỉ|từ|gấp|lần thứ|thứ|top"
    r"|(?<=lên )số|(?<=đứng )số|(?<=hạng )số)"  # "vươn lên số 1": a rank
)
_NUM = r"\d+(?:[.,]\d+)*"
_NUMBER = re.compile(
    rf"(?<![\w/.,-])(?:{_APPROX}\s+)?{_NUM}(?:\s*/\s*{_NUM})?"
    rf"(?:\s+(?:trong|trên)\s+(?:tổng\s+)?số\s+{_NUM})?"  # "4 trong tổng số 23 sở": a share, one candidate
    rf"(?:(?:\s*%)?(?:\s*[-–]\s*|\s+(?:đến|tới)\s+){_NUM}(?:\s*/\s*{_NUM})?)?(?:\s*%+(?:/[^\W\d_]+)?|‰)?"  # "7,5-8%/năm"
    r"(?:(?:m3|m2|m³|m²|km2|km|ha|kg|kwh|kw|mw)(?:/[^\W\d_]+)?)?"  # a unit written on: "200m3/ngày", "140ha"
    r"(?![\w/-]*[A-ZĐa-zđ])",
    re.IGNORECASE,
)
_WORDS_ON = re.compile(r"\s[^\W\d_]{1,10}(?:\s[^\W\d_]{1,10})?")  # the unit's syllables after a number
_SPELLED = re.compile(rf"(?<![\w-])(?:{'|'.join(COUNT_WORDS_IN_TEXT)})(?![\w-])", re.IGNORECASE)
_ROMAN = re.compile(r"(?<!\w)((?i:loại|hạng|giải|khóa|khoá|quý)\s+)([IVX]{1,4}(?:\s*,\s*[IVX]{1,4})*)(?![\w/-])")
# a document's number: "522/QĐ-UBND", "100/NQ-CP", "18-NQ/TW", "3303/CTr-UBND", "83/2006/NĐ-CP"
# (one part only after "số": "công văn số 124/CĐYT"); a law's article: "Điều 64", "khoản 2 Điều 5"; "(PA.72)"
_DOC_KINDS = "Nghị định|Quyết định|Thông tư|Chỉ thị|Nghị quyết|Công văn|Kế hoạch|Công điện"
_DOC_NUMBER = re.compile(
    rf"(?<![\w/-])\d+(?:/\d{{4}})?[/-][{UPPER}][{UPPER}a-zđ]{{0,5}}(?:[-/][{UPPER}][{UPPER}a-zđ0-9]{{0,7}})+(?![\w/-])"
    rf"|(?<=\b[Ss]ố )\d+(?:/\d{{4}})?/[{UPPER}][{UPPER}a-zđ]{{1,7}}(?![\w/-])"
    r"|(?<![\w-])(?:[Kk]hoản \d{1,3}[a-zđ]?,? )?Điều \d{1,3}[a-zđ]?(?![\w/-])"
    rf"|(?<=\()[{UPPER}]{{1,5}}\.?\d{{1,4}}(?=\))"  # an office's code in brackets: "(PA.72)"
    rf"|(?<!\w)(?:{_DOC_KINDS}) số \d{{1,4}}(?![\w/.,-])"  # named by its bare number: "Chỉ thị số 20"
)
_DOC_KIND_BEFORE = re.compile(rf"(?:{_DOC_KINDS})(?: số)? $")  # "Nghị định số " before "127/NĐ-CP"
# unit symbols and the words a question asks them with
UNIT_SYMBOLS = {
    "m2": "mét vuông",
    "m²": "mét vuông",
    "km2": "ki lô mét vuông",
    "km": "ki lô mét",
    "ha": "héc ta",
    "kg": "ki lô gam",
    "usd": "đô la",
    "cent": "xu",
    "vnđ": "đồng",
    "vnd": "đồng",
    "đ": "đồng",
}
MAGNITUDES = frozenset({"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm"})  # "37 nghìn", "2,5 tỷ"
_UNIT_STOP = {"và", "của", "với", "là", "được", "trong", "tại", "đã", "cho", "so", "từ", "đến", "trên", "các", "những"}
_NAME_FOLLOWERS = _UNIT_STOP | {"có", "là", "đạt", "thực", "tổ", "nhân", "vào"}  # words after "Phường 11"
_DATE_LIKE = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/-]\d{1,2})$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


# units named by a number ("Phường 2", "quận 3, 11 và Bình Thạnh", "tổ 5"): a number after them is a name
_NUMBERED_UNITS = ("phường", "quận", "khu phố", "tổ dân phố", "tổ", "ấp", "thôn", "khóm")
_NUMBERED_RE = "|".join(sorted(_NUMBERED_UNITS, key=len, reverse=True))


def numbers(text: str) -> list[Span]:
    """Numbers and rates with their approximation word and unit ("trên 37.000 hồ sơ", "98.8%")."""
    words = pos_words(text)
    date_spans = [(d.start, d.end) for d in dates(text)]
    out: list[Span] = []
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in date_spans):
            continue
        if re.search(
            rf"(?:^|\s)(?:(?i:{_NUMBERED_RE})|P\.|Q\.|[{UPPER}][\w]*)\s*$", text[: m.start()]
        ) and not re.match(r"(?:gần|trên|hơn|khoảng)", m.group(0)):
            nxt = re.match(r"\s*([%\w]+)", text[m.end() : m.end() + 12])
            if re.match(r"\d+$", m.group(0)) and (not nxt or nxt.group(1).lower() in _NAME_FOLLOWERS):
                continue  # "Phường 2", "UBND Phường 11 và ...": part of a name
        raw = m.group(0)
        digits = re.search(r"\d", raw)
        core = (m.start() + digits.start(), m.end())
        bare = text[core[0] : core[1]].strip()
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if _DATE_LIKE.match(bare) and re.search(r"(ngày|sáng|chiều|tối|trưa|từ|đến|hôm)\s*$", before):
            continue
        if re.match(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$", bare):
            continue
        if _YEAR.match(bare) and re.search(r"(năm|tháng \d+/?|quý [ivx]+)\s*$", before + " "):
            continue
        if re.fullmatch(r"\d{1,2}", bare) and 1 <= int(bare) <= 12 and re.search(r"(?<!\w)tháng\s*$", before):
            continue  # "Hội nghị thường kỳ tháng 3": a month, no count
        if re.fullmatch(r"[1-4](?:\s*/\s*(?:19|20)\d\d)?", bare) and re.search(r"(?<!\w)quý\s*$", before):
            continue  # "quý 1/2017", "quý 2": a quarter, no count
        end = m.end()
        for _w, tag, ws, we in words:
            if ws < end < we and tag[:1] in "NM" and (we - end < 12 or _WORDS_ON.fullmatch(text[end:we])):
                end = we  # "69,45 điểm", "110.000 doanh nghiệp" are one underthesea word
        if "%" not in raw:
            # unit: a magnitude word, then one noun (underthesea tags), then "/thẻ/năm" style rates
            following = [w for w in words if w[2] >= end]
            k = 0
            if following and following[0][0].lower() in MAGNITUDES and following[0][2] - end <= 1:
                end, k = following[0][3], 1
            if len(following) > k:
                w, tag, s, e = following[k]
                unit = tag[:1] == "N" or w.lower() in UNIT_SYMBOLS  # "22.755 m2 đất": "m2" tagged a verb
                # ("GDP 6,7 năm 2017": the year of a figure, not its unit)
                # (a decimal: "trong 5 năm 2016-2020" is five years)
                unit = unit and not (
                    w.lower() in ("năm", "tháng", "quý") and "," in bare and re.match(r"\s+(?:19|20)\d\d\b", text[e:])
                )
                if s - end <= 1 and unit and w.lower() not in _UNIT_STOP and e - s <= 25:
                    end = e
                    rest = text[end:]
                    rate = re.match(r"(?:\s*/\s*\d*\s*[\wÀ-ỹ]+(?: lần)?){1,2}", rest)
                    if rate:
                        end += rate.end()
        tail = re.match(r"\s+trở lên|\s+trở xuống", text[end:])
        if tail:
            end += tail.end()
        out.append(_span(text, m.start(), end, "number", core))
    out = _compound_durations(text, _ranges(text, out))
    for m in _SPELLED.finditer(text):  # "cho bốn cơ sở": a small count written in words, with its noun
        noun = next((w for w in words if w[2] > m.end() - 1), None)
        if noun and noun[2] - m.end() <= 1 and noun[1][:1] == "N" and noun[0].lower() not in _UNIT_STOP:
            if m.start() == 0 or m.group(0).islower():  # not "Ba Đình"
                few = re.search(r"(?<!\w)vài\s+$", text[: m.start()], re.IGNORECASE)  # "vài ba tháng": a few months
                start = few.start() if few else m.start()
                out.append(_span(text, start, noun[3], "number", (m.start(), m.end())))
    for m in _DOC_NUMBER.finditer(text):  # "Quyết định số 522/QĐ-UBND": a document's number, its own kind
        kind = _DOC_KIND_BEFORE.search(text, 0, m.start()) if "/" in m.group(0) else None
        out.append(_span(text, kind.start() if kind else m.start(), m.end(), "number", head="doc"))  # with its kind
    for m in _ROMAN.finditer(text):  # "đô thị loại I", "giải I, II", "khóa XII": a rank written in Roman
        out.append(_span(text, m.start(), m.end(), "number", (m.start(2), m.end())))
    return sorted(out, key=lambda s: s.start)


_TIME_ORDER = {"năm": 5, "tháng": 4, "tuần": 3, "ngày": 2, "giờ": 1, "phút": 0}


def _compound_durations(text: str, spans: list[Span]) -> list[Span]:
    """"9 tháng" + "26 ngày", "2 năm" + "3 tháng": one duration ("9 tháng 26 ngày"), one answer."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end : s.start] == " " and re.fullmatch(r"\d+ \w+", s.text):
            big, small = prev.text.split()[-1].lower(), s.text.split()[-1].lower()
            if big in _TIME_ORDER and small in _TIME_ORDER and _TIME_ORDER[big] > _TIME_ORDER[small]:
                out[-1] = _span(text, prev.start, s.end, "number", prev.core)
                continue
        out.append(s)
    return out


_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|[-–])\s*$")


def _ranges(text: str, spans: list[Span]) -> list[Span]:
    """"từ 900 triệu đồng" + "đến 2,4 tỷ đồng/năm", each with its own unit: one range, one answer."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text[:3].lower() == "từ "
            and prev.core[1] < prev.end  # the first figure has a unit of its own ("từ 5 đến 7 ngày" is one already)
            and s.start - prev.end <= 6
            and _RANGE_JOIN.match(text[prev.end : s.start] + " ")
        ):
            out[-1] = Span(prev.start, s.end, "number", text[prev.start : s.end], (prev.core[0], s.core[1]), prev.head)
        else:
            out.append(s)
    return out


# ------------------------------------------------------------------ bodies and fields

_MINISTRY = re.compile(rf"(?<!\w)(?:Bộ|Sở)\s+([{UPPER}][\w-]*)(?:\s+([\w-]+))?")
_SHARED_FIRST = frozenset(("tài", "công"))  # "Bộ Tài chính" / "Bộ Tài nguyên", "Bộ Công an" / "Bộ Công Thương"


def ministries_in(text: str) -> set[str]:
    """The ministries and departments (Bộ, Sở) ``text`` names, by the first word of their name as written
    ("Thủy", "Giáo" is not "Giao"), two words where the first is shared ("tài chính"); "bộ máy" is none."""
    out = set()
    for m in _MINISTRY.finditer(text):
        if m.group(1).isupper() or "&" in text[m.end(1) : m.end(1) + 1]:
            continue  # "Sở TT&TT", "Bộ GD-ĐT": an abbreviation, not comparable with the name written out
        first = m.group(1).lower()
        out.add(f"{first} {(m.group(2) or '').lower()}".strip() if first in _SHARED_FIRST else first)
    return out


def fields_in(text: str) -> set[str]:
    """The fields ``text`` names ("lĩnh vực [thuế]", "lĩnh vực [hải quan]"), by their first word (folded)."""
    folded = fold(text).lower()
    return {
        m.group(2)
        for m in re.finditer(r"(\w+ )?\blinh vuc (\w+)", folded)
        if m.group(2) not in _NO_FIELD and (m.group(1) or "").strip() not in _COUNTING  # "mấy lĩnh vực": a count
    }


_COUNTING = frozenset("may nhieu cac nhung moi hai ba bon nam sau bay tam chin muoi".split()) | {str(i) for i in range(100)}
_NO_FIELD = frozenset(("nay", "do", "khac", "cua", "nao", "gi", "va", "tren", "trong", "chuyen", "quan", "lien"))


# ------------------------------------------------------------------ dates

_DAYPART = r"(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\s+)?"
# "13-15/7", "13 đến 15/7", "hai ngày 11 và 12/7"; not "9-8-1991"
_DAY_RANGE = r"\d{1,2}\s*(?:[-–]|\s(?:đến|tới|và))\s*(?=\d{1,2}[/-]\d{1,2}(?!\d))"
_DATE_PATTERNS = [
    rf"{_DAYPART}(?:(?:từ\s+)?ngày\s+)?{_DAY_RANGE}\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{2,4}})?",
    rf"{_DAYPART}(?:(?:từ\s+)?ngày\s+)?\d{{1,2}}\s+tháng\s+\d{{1,2}}(?:\s+năm\s+\d{{4}})?",
    rf"{_DAYPART}(?:(?:từ\s+)?(?:ngày|hôm)\s+)?\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{2,4}})?",
    rf"{_DAYPART}(?:(?:từ\s+)?(?:ngày|hôm)\s+)\d{{1,2}}\.\d{{1,2}}(?:\.\d{{2,4}})?",
    r"(?:(?:sáng|chiều|tối|trưa)\s+)\d{1,2}\.\d{1,2}(?:\.\d{2,4})?",
    r"(?:(?:sáng|chiều|tối|trưa|ngày)\s+)\d{1,2}-\s\d{1,2}(?!\d)",  # "Chiều 31- 5"
    r"\d{1,2}\.\d{1,2}\.\d{4}",
    # "đến 17.4 mới là thời hạn chót": a day and month with a dot after a preposition of time, not "từ 12.5 triệu"
    r"(?:(?:từ|đến|tới|trước|sau)\s+)\d{1,2}\.\d{1,2}(?![\d.,%]|\s*(?:%|triệu|tỷ|tỉ|nghìn|ngàn|lần|điểm|USD|đồng|ha|km|m|tấn|lên|xuống)\b)",
    r"(?:đầu |cuối |giữa )?tháng\s+\d{1,2}(?:\s*[/.]\s*|\s+năm\s+)\d{4}",  # "tháng 1.2017" too
    # "quý II/2017", "quý I năm 2024", "quý III hoặc quý IV 2017", "từ quý II đến quý IV năm 2017"
    r"(?:quý\s+[IV]+\s*(?:,|hoặc|và|đến|tới|-)\s*)?quý\s+[IV]+(?:\s*/\s*|\s+năm\s+|\s+)(?:19|20)\d\d(?!\d)",
    r"(?:từ\s+|đến\s+)?(?:(?:đầu|cuối|giữa)\s+)?năm\s+\d{4}",
    r"(?:(?<=\s)|^)(?:19|20)\d\d(?!\d)",
    # a time ahead of the article: "Bỏ sổ hộ khẩu: ít nhất 2 năm nữa", "khoảng 3 tháng tới"
    r"(?:(?:ít nhất|khoảng|chừng|sau)\s+)?(?<!trong )\d{1,2}\s+(?:năm|tháng|tuần)\s+(?:nữa|tới)(?!\w)",
]
_DATE = re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS), re.IGNORECASE)


def _valid_date(s: str) -> bool:
    s = re.sub(rf"^(\D*){_DAY_RANGE}", r"\1", s, flags=re.IGNORECASE)  # a range: the last day carries the month
    m = re.search(r"(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)(\d{1,2})(?![\d])", s)
    if m and not re.search(r"tháng\s+\d{1,2}\s*/\s*\d{4}", s):
        d, mo = int(m.group(1)), int(m.group(2))
        return 1 <= d <= 31 and 1 <= mo <= 12
    return True


def dates(text: str) -> list[Span]:
    """Dates: "ngày 19/8", "28/6/2018", "ngày 15 tháng 3 năm 2022", "6.7" after ngày/sáng, "năm 2001"."""
    out: list[Span] = []
    for m in _DATE.finditer(text):
        s = m.group(0)
        if not _valid_date(s):
            continue
        if re.match(r"^\d{1,2}[/-]\d{1,2}$", s) and re.match(
            r"\s*(?:[A-ZĐ]{2,}|[a-zđ]*[A-ZĐ])", text[m.end() : m.end() + 6]
        ):
            continue  # a document code "12/KH-..." rather than a date
        if re.search(r"\d{1,2}/\d{1,2}$", s) and re.match(r"\s*(?:huyện|tỉnh|xã|đơn vị|phường)", text[m.end() :]):
            continue  # "xếp thứ 11/12 huyện": a rank
        if re.match(r"\s*%", text[m.end() :]) or re.search(r"\d[.,]$", text[: m.start()]):
            continue  # "7-9%/năm": a range of rates; the "2-10" of "10,2-10,5%": the decimals of one
        if re.fullmatch(r"\d{1,2}/\d{1,2}", s) and re.search(r"(?i)(?<!\w)(?:chiếm|bằng)\s+$", text[: m.start()]):
            continue  # "chiếm 1/10 chiều dài", "bằng 1/3": a fraction
        digits = re.search(r"\d", s)
        span = _span(text, m.start(), m.end(), "date", (m.start() + digits.start(), m.end()))
        gap = text[out[-1].end : span.start] if out else ""
        if out and (
            re.fullmatch(r"\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?", gap, re.IGNORECASE)
            or (not gap.strip() and re.match(r"(?:đến|tới)\s", span.text, re.IGNORECASE))
        ):
            # a range: "từ 2/9 đến 4/9", "ngày 10 - 12/3"
            first = out.pop()
            span = _span(text, first.start, span.end, "date", (first.core[0], span.end))
        out.append(span)
    return out


# ------------------------------------------------------------------ names

_CAP = re.compile(rf"[{UPPER}][\w]*(?:[.&-][\w]+)*")


def _cap_len(word: str, after_cap: bool = False) -> int:
    """Length of the capitalized part of an underthesea word: "Tân Hồng đạt" -> "Tân Hồng".

    A two-syllable word with only its first syllable capitalized ("Nội vụ", "Tư pháp") is kept whole
    when it follows a capitalized word ("Sở Nội vụ"); alone ("Tập trung" opening a sentence) it is not a name.
    """
    sylls = word.split(" ")
    caps = [x[:1].isupper() or x[:1].isdigit() for x in sylls]
    if not caps[0]:
        return 0
    if all(caps) or (after_cap and len(sylls) == 2 and not caps[1]):
        return len(word)
    if after_cap and _title_words(sylls, caps):
        return len(word)  # "Tài nguyên và Môi trường" after "Sở": a name in title case, word by word
    n = 0
    while n < len(sylls) and caps[n]:
        n += 1
    return len(" ".join(sylls[:n]))


def _title_words(sylls: list[str], caps: list[bool]) -> bool:
    """Whether syllables read as title-cased two-syllable words joined by "và": "Tài nguyên và Môi trường"."""
    i = 0
    while i < len(sylls):
        if not caps[i]:
            return False
        i += 2 if i + 1 < len(sylls) and not caps[i + 1] and sylls[i + 1] != "và" else 1
        if i < len(sylls) and sylls[i] == "và":
            if i + 1 >= len(sylls):
                return False
            i += 1
    return True


def _cap_words(text: str) -> list[tuple[str, str, int, int]]:
    """underthesea words with capitalized words cut to their capitalized part (the rest as its own word)."""
    out: list[tuple[str, str, int, int]] = []
    raw: list[tuple[str, str, int, int]] = []
    for w, tag, s, e in pos_words(text):
        if w.endswith(" và") and w[:1].isupper():  # "Thương binh và" is one underthesea word
            raw.append((w[:-3], tag, s, e - 3))
            raw.append(("và", "C", e - 2, e))
            continue
        first, _, rest = w.partition(" ")
        if " " in rest and first[:1].isupper() and first.lower() in _UNIT_FIRST:  # "Bộ Tư pháp" -> "Bộ" + "Tư pháp"
            raw.append((first, tag, s, s + len(first)))
            raw.append((rest, tag, e - len(rest), e))
        else:
            raw.append((w, tag, s, e))
    for w, tag, s, e in raw:
        prev = [x for x in out if x[0] not in (",", "-", "–", "và", "&")]
        after_cap = bool(prev) and prev[-1][0][:1].isupper() and s - prev[-1][3] <= 6
        n = len(w) if w.lower() in _HEAD_WORDS else _cap_len(w, after_cap)  # "Ngân hàng", "Trung tâm" stay whole
        if 0 < n < len(w):
            out.append((w[:n], tag, s, s + n))
            rest = w[n:].lstrip()
            out.append((rest, tag, e - len(rest), e))
        else:
            out.append((w, tag, s, e))
    return out


_OFFICE_HEADS = frozenset(("phòng", "ban", "sở", "cục", "chi cục", "vụ", "trung tâm", "văn phòng"))
_UNIT_FIRST = {
    "bộ",
    "sở",
    "cục",
    "ban",
    "phòng",
    "viện",
    "tổng",
    "chi",
    "trung",
    "văn",
    "ủy",
    "hội",
    "tòa",
    "đội",
    "đồn",
}


# multi-syllable head nouns ("ngân hàng", "trung tâm", "văn phòng"): one word even when only its first syllable
# is capitalized, and a capitalized word after them continues the name ("Ngân hàng Nhà nước")
_HEAD_WORDS = frozenset(h for h in (*PLACE_HEADS_VI, *UNIT_HEADS_VI, *THING_HEADS_VI) if " " in h)


_NUMBERED_HEADS = frozenset((*_NUMBERED_UNITS, "q", "p"))
_UNITS_LISTED = re.compile(rf"\s+(?:là|gồm|gồm có|gồm các|:)\s*([{UPPER}]\w*(?:\s[{UPPER}]\w*)*)(?=\s*(?:,|và))")
_NEXT_UNIT = re.compile(rf"\s*(?:,|và)\s*(\d+[A-Za-z]?|[{UPPER}]\w*(?:\s[{UPPER}]\w*)*)(?![\w/.,%]?\d)")


def _cap_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalized words (underthesea words, so "Sở Nội vụ" stays whole) and numbers after them."""
    runs: list[tuple[int, int]] = []
    for word, _tag, s, e in _cap_words(text):
        cap = word[:1].isupper()
        num = word[:1].isdigit() and bool(runs) and runs[-1][1] >= s - 1
        joined = bool(runs) and runs[-1][1] >= s - 1 and text[runs[-1][1] : s] in ("", " ", "-", ".")
        if (cap or num) and joined:
            runs[-1] = (runs[-1][0], e)
        elif cap:
            runs.append((s, e))
        elif runs and runs[-1][1] >= s - 1:
            runs.append((-1, -1))  # a lower-case word or a punctuation mark closes the run
    return [r for r in runs if r[0] >= 0]


def _rare_family_name_before(sylls: list[tuple[int, int, str]], folds: list[str], i: int) -> bool:
    """Whether the capitalized syllable before a middle name ("Văn", "Thị") at ``i`` is a family name the
    list lacks: not an admin word as written ("Tháng", "Sở"; an unaccented "Thang" may be one), and the
    name stays at most four syllables."""
    prev = sylls[i - 1][2]
    if folds[i] not in ("van", "thi") or not prev[:1].isupper() or prev.isupper() or len(folds) - i + 1 > 4:
        return False
    return folds[i - 1] not in ADMIN_CAPITALIZED or prev.lower() == folds[i - 1]


def persons(text: str) -> list[Span]:
    """Person names: a capitalized run ending in a family name + 1-3 syllables, or after ông/bà/đồng chí."""
    out: list[Span] = []
    low = fold(text)
    for s, e in _cap_runs(text):
        sylls = [(m.start() + s, m.end() + s, m.group(0)) for m in re.finditer(r"[\w]+", text[s:e])]
        folds = [fold(w) for _, _, w in sylls]
        # the first family name that leaves a name of 3-4 syllables, else one of 2 or 5
        # ("BHXH Việt Nam Nguyễn Thị Minh": "Việt" is a family name too, "Nguyễn Thị Minh" the name)
        starts = [i for i, f in enumerate(folds) if f in SURNAMES and sylls[i][2][:1].isupper()]
        starts = [i for i in starts if not titles_a_name(folds, i)]  # "Ông Trần Quang Hà" opening a sentence
        start_i = next((i for i in starts if 3 <= len(folds) - i <= 4), None)
        if start_i is None:
            start_i = next((i for i in starts if 2 <= len(folds) - i <= 5), None)
        if start_i and _rare_family_name_before(sylls, folds, start_i):
            start_i -= 1  # "Thang Văn Phúc": "Văn" is a middle name here, the rare family name before it
        at = s if start_i is None else sylls[start_i][0]
        prefix = low[max(0, at - 16) : at]  # (near the sentence's start, not from its end)
        titled = any(re.search(rf"(?:^|\W){re.escape(h)}\s*$", prefix) for h in HONORIFICS + ROLE_WORDS)
        if not titled:  # "Thứ trưởng Bộ GTVT Nguyễn Nhật", "Thứ trưởng Bộ Nội vụ Thang Văn Phúc": role, body, name
            before = text[max(0, at - 60) : at]
            body = re.sub(rf"(?:\s*\b(?:[{UPPER}][\w&.-]*|và)\b)+\s*$", "", before)
            if body == before and len(folds) - (start_i or 0) >= 3:  # a body with lowercase words: "Bộ Nội vụ"
                # (a name of three syllables: "Sở Xây dựng Hà Nội" names a city)
                body = re.sub(r"\b(?:Bộ|Sở|Cục|Tổng cục|Ban|Vụ|Viện|Ủy ban|Văn phòng)(?:\s+[\w&.-]+){1,3}\s*$", "", before)
            titled = body != before and any(
                re.search(rf"(?:^|\W){re.escape(h)}\s*$", fold(body).lower()) for h in ROLE_WORDS
            )
        if start_i is None:
            if not titled or not 2 <= len(folds) <= 4 or any(f in ADMIN_CAPITALIZED for f in folds):
                continue
            start_i = 0
        name = sylls[start_i:]
        if len(name) == 2 and re.search(r"(?:^|\W)(?:tp|tinh|thanh pho|huyen|quan|thi xa|phuong|xa|uy)\s*$", low[: name[0][0]]):
            continue  # "UBND TP Hà Nội": a place after its head, though "Hà" is a family name ("TP Nguyễn Đức Chung")
        if len(name) < 3 and not titled:
            continue
        if any(w[:1].isdigit() or not w[:1].isupper() for _, _, w in name):
            continue
        if any(fold(w) in ("ubnd", "hdnd", "cchc", "tthc") for _, _, w in name):
            continue
        upper = [len(w) >= 2 and w.isupper() for _, _, w in name]
        if any(upper) and not all(upper):
            continue  # "Đoàn ĐBQH TPHCM": an acronym is no syllable of a name ("LÝ KIỆT", all capitals, is)
        if " ".join(fold(w) for _, _, w in name) == "ho chi minh" and not titled and not low[: name[0][0]].endswith("bac "):
            continue  # the city, or "tư tưởng, phong cách Hồ Chí Minh": no one who speaks or signs today
        out.append(_span(text, name[0][0], name[-1][1], "person"))
    return out


def _head_at(low: str, i: int, heads) -> str:
    """The longest head (lowercase, as written) that starts at ``i`` in ``low`` as whole words."""
    for h in sorted(heads, key=len, reverse=True):
        if low.startswith(h, i) and (i + len(h) == len(low) or not low[i + len(h)].isalnum()):
            return h
    return ""


def _unit_at(text: str, i: int, heads) -> bool:
    """Whether a new unit starts at ``i``: a head noun followed by a name ("Xã Tân Hội", not "Xã hội")."""
    head = _head_at(text.lower(), i, heads)
    if not head:
        return False
    after = text[i + len(head) :].lstrip()
    return after[:1].isupper() or after[:1].isdigit()


# syllables before a head that make it part of another word: "thị trường", "môi trường" are no school
_WORD_BEFORE_HEAD = {"trường": frozenset(("thị", "môi", "hiện", "chiến", "quảng", "thương", "lập", "sân"))}


def _heads_in(low: str, heads):
    """``(position, head)`` of each head noun starting a word of ``low``."""
    for m in re.finditer(r"\b\w", low):
        head = _head_at(low, m.start(), heads)
        prev = re.search(r"(\w+)\s+$", low[max(0, m.start() - 12) : m.start()]) if head in _WORD_BEFORE_HEAD else None
        if head and not (prev and prev.group(1) in _WORD_BEFORE_HEAD[head]):
            yield m.start(), head


def _vi(heads) -> tuple[str, ...]:
    from index.normalize import normalize

    return tuple(normalize(h).lower() for h in heads)


# "Bộ phận một cửa", "Bộ phận tiếp nhận, trả kết quả tại các xã, phường": the desk that receives dossiers, named
# in lower case, with the level or the body it serves
_DESK_TAIL = re.compile(
    r"\s+(?:một cửa(?: liên thông)?(?: hiện đại)?|tiếp nhận(?:,| và) trả kết(?: quả)?)"
    r"(?:\s+(?:giải quyết\s+)?(?:thủ tục hành chính|TTHC|hồ sơ))?"
    r"(?:\s+(?:của|tại|ở)\s+(?:UBND\s+|Ủy ban nhân dân\s+)?(?:các\s+)?(?:cấp\s+)?"
    r"(?:xã, phường|xã, thị trấn|xã|phường|huyện|quận|thị xã|thành phố|tỉnh)(?!\w))?",
    re.IGNORECASE,
)
# "... Hành chính [công thành phố]", "[công tỉnh Đồng Nai]": lower-case words that belong to the name
_PUBLIC_TAIL = re.compile(
    rf"\s+công(?!\w)(?:\s+(?:thành phố|tỉnh|quận|huyện|thị xã)(?!\w)(?:\s+[{UPPER}][\w-]*)*)?"
)


# the city named after a person: "TP. Hồ Chí Minh" is a place, not a head then a person
_CITY_OF_A_NAME = re.compile(r"(?i)(?:\btp\.?|thành phố)\s*hồ chí minh$")


# a unit's short name in brackets right after it: "(Vinashin)", "(PA.72)", "(BHXH)"
_SHORT_NAME = re.compile(rf" ?\([{UPPER}][\w&.-]{{1,14}}\)")


def full_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A unit's name ``text[start:end]`` with the "Tổng" before its head and its short name in brackets
    after it: "công ty Công nghiệp Tàu thủy Việt Nam" -> "Tổng công ty Công nghiệp Tàu thủy Việt Nam (Vinashin)"."""
    if text[:start].endswith("Tổng "):
        start -= len("Tổng ")
    short = _SHORT_NAME.match(text, end)
    return start, short.end() if short else end
_NAMED_AFTER_HEADS = frozenset(("phuong", "xa", "quan", "huyen", "thi tran", "duong", "pho"))


def _sharing_head(text: str, low: str, heads, first: re.Match | None) -> list[tuple[int, int]]:
    """``(start, end)`` of units that share the head written before them: ``first`` matched the first one
    (group 1), the others follow it after "," or "và" until a unit with its own head."""
    out, nxt = [], first
    while nxt and not _head_at(low, nxt.start(1), heads):
        out.append(nxt.span(1))
        nxt = _NEXT_UNIT.match(text, nxt.end())
    return out


def places(text: str) -> list[Span]:
    """Places and units: "Phường 2", "UBND phường Hòa Thuận", "Sở Nội vụ", capitalized place names."""
    low = text.lower()
    out: list[Span] = []
    runs = _cap_runs(text)
    taken: list[tuple[int, int]] = []
    words = _cap_words(text)
    people = [(p.start, p.end) for p in persons(text) if not _CITY_OF_A_NAME.search(text[: p.end])]
    heads = _vi(PLACE_HEADS_VI + UNIT_HEADS_VI)
    for i, head in _heads_in(low, heads):
        j = i + len(head)
        if _head_at(low, j + 1, heads) and fold(head) in ("ubnd", "hdnd", "uy ban nhan dan", "cong an", "lđlđ"):
            continue  # "UBND phường X": the inner head makes the span (with this prefix)
        end, low_n = j, 0
        for w, _tag, ws, we in words:
            if we <= j or (end > j and ws < end):
                continue
            if (
                end > j
                and w in (",", "-", "–")
                and re.match(rf"\s*[{UPPER}][^,;.]{{0,40}}\svà\s[{UPPER}]", text[we:])
                and not _head_at(low, we + len(text[we:]) - len(text[we:].lstrip()), heads)
            ):
                end_sep = we
                nxt = re.match(r"\s*", text[we:])
                end = end_sep + (nxt.end() if nxt else 0)  # "Bộ Văn hóa, Thể thao và Du lịch"
                continue
            if ws < j:  # "TP.HCM" is one word: the name is its tail
                if text[j:we].lstrip(".")[:1].isupper():
                    end = we
                continue
            nxt = we + len(text[we:]) - len(text[we:].lstrip())
            if w in ("và", "&") and end > j and re.match(rf"\s*[{UPPER}]", text[we:]) and not _unit_at(text, nxt, heads):
                continue  # "Bộ Văn hóa, Thể thao và Du lịch": the next capitalized word continues the name
            if end > j and w in ("-", "–") and text[end:ws] == " " and re.match(rf" [{UPPER}]", text[we:]):
                if not _head_at(low, we + 1, heads):  # (a person after the dash is cut off below)
                    continue  # "Sở Tài nguyên - Môi trường", "Khu công nghiệp Điện Nam - Điện Ngọc": one name
            gap = text[end:ws]
            dashed = gap in (" - ", " – ") and w[:1].isupper()
            if gap not in ("", " ", ".", ". ", "-") and not (gap in (" và ", " & ") and w[:1].isupper() and end > j) and not dashed:
                break
            if w[:1].isupper() or (w[:1].isdigit() and end == j):
                end = we
            elif head == "trung tâm" and end == j and gap == " " and w.lower() == "hành chính" and _PUBLIC_TAIL.match(
                text, we
            ):
                end = we  # "Trung tâm hành chính công thành phố" written in lower case: the tail follows below
            elif (
                end > j
                and head in _OFFICE_HEADS
                and _tag == "N"
                and not low_n
                and gap == " "
                and w not in PLACE_HEADS_VI
                and not text[:end].lower().endswith("hành chính")  # "... công thành phố": the tail below
            ):
                end, low_n = we, 1  # "Phòng Quản lý hồ sơ": an office's name goes on in lower case
            else:
                break
        # (a ward or street named after a person is the place's name: "phường Lê Đại Hành", "đường Trần Phú")
        first = j + len(text[j:]) - len(text[j:].lstrip())
        named_after = fold(head) in _NAMED_AFTER_HEADS
        end = min([end] + [ps for ps, _ in people if j < ps < end and not (named_after and ps == first)])
        if head == "bộ phận" and (desk := _DESK_TAIL.match(text, j)) and desk.end() > end:
            end = desk.end()  # "Bộ phận tiếp nhận, trả kết quả tại các xã, phường", "Bộ phận Một cửa"
        if end <= j:
            # "tại 4 xã là Ngọc Sơn, Sơn Hải và Quỳnh Đôi": the names after "là", "gồm", ":" share the head
            for s, e in _sharing_head(text, low, heads, _UNITS_LISTED.match(text, j)):
                taken.append((s, e))
                out.append(_span(text, s, e, "place", head=fold(head)))
            continue
        if text[:end].lower().endswith("hành chính"):
            tail = _PUBLIC_TAIL.match(text, end)  # "Trung tâm Hành chính công thành phố": the name goes on
            end = tail.end() if tail else end
        start = i
        pre = re.search(r"(UBND|HĐND|Công an|Ủy ban nhân dân|LĐLĐ)\s+$", text[:i])
        if pre:
            start = pre.start()
        name_end = end
        start, end = full_name(text, start, end)
        taken.append((start, end))
        out.append(_span(text, start, end, "place", (j, name_end), head=fold(head)))
        if head in _NUMBERED_HEADS and re.fullmatch(r"\s*\d+[A-Za-z]?", text[j:end]):
            # "quận 3, 11 và Bình Thạnh": the units after the first share its head
            for s, e in _sharing_head(text, low, heads, _NEXT_UNIT.match(text, end)):
                taken.append((s, e))
                out.append(_span(text, s, e, "place", head=fold(head)))
    proper = {(ws, we) for _w, tag, ws, we in pos_words(text) if tag == "Np"}
    for s, e in runs:
        if any(s < te and ts < e for ts, te in taken):
            continue
        words = [fold(w) for w in text[s:e].split()]
        if len(words) == 1 and not (text[s:e].isupper() and len(text[s:e]) >= 2):
            continue
        if any(ch.isdigit() for ch in text[s:e]):
            continue
        if not all(w[:1].isupper() for w in text[s:e].split()):
            continue  # "Du lịch" after "và": a common word, not a name
        if words[0] in SURNAMES and len(words) >= 3:
            continue  # a person
        if all(w in ADMIN_CAPITALIZED for w in words) and ((s, e) not in proper or text[s:e].isupper()):
            continue  # "Quốc hội", "Trung ương" -- but "Trung Quốc" is a proper noun (tagged Np)
        out.append(_span(text, s, e, "place", head=""))
    return out


_QUOTE = re.compile(r"[\"“”„«]([^\"“”„«»]{2,160})[\"“”»]|(?<!\w)['‘]([^'‘’\"“”]{2,160}?)['’](?!\w)")
# a quote right after a head noun ("phương châm 'Thân thiện – Đơn giản – Đúng hẹn'"): double or single quotes
QUOTE_AFTER = re.compile(r"\s*(?:số\s+)?(?:[\"“]([^\"”“]{2,160})[\"”]|['‘]([^'‘’\"“”]{2,160}?)['’](?!\w))")


def located(text: str) -> list[Span]:
    """Locations after "tại/ở/đặt tại" (or a street after "trên"): "tầng 6, cao ốc Sonadezi" (to a bracket,
    ";", the sentence end or a word of the clause's verb)."""
    out = []
    for m in re.finditer(r"(?<!\w)(?:đặt tại|nằm tại|tọa lạc tại|trụ sở tại|tại|ở|trên(?= (?:đường|phố) ))\s+", text, re.IGNORECASE):
        rest = text[m.end() :]
        # (a place ends where its clause's verb comes: "tại các phòng công chứng [thì đã phát sinh ...]")
        stop = re.search(r"[;()]|\.\s|\s(?:và|để|với|nhằm|từ|trong|khi|thì|đã|sẽ|đang|vẫn|cũng|được|bị|do|là|có)\s", rest)
        end = m.end() + (stop.start() if stop else len(rest))
        end = min(end, m.end() + 80)
        if end - m.end() >= 3:
            # a common noun keeps its preposition ("tại nhà"); a name does not need it ("tầng 6, cao ốc ...")
            start = m.start() if text[m.end()].islower() and end - m.end() <= 20 else m.end()
            out.append(_span(text, start, end, "place", core=(m.end(), end), head="tai"))
    return out


# a street address: house number, street name, then its ward, district or city ("86 Lê Thánh Tôn, quận 1",
# "số 12/3 đường Nguyễn Huệ, P. Bến Nghé, Q.1")
_ADDRESS = re.compile(
    rf"(?<![\w/.,])(?P<no>số\s+)?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)*\s+(?P<street>(?:đường|phố)\s+)?[{UPPER}]\w*"
    rf"(?:\s+[{UPPER}]\w*){{0,4}}(?P<units>(?:\s*,\s*(?:phường|quận|huyện|xã|thị xã|thành phố|thị trấn|tỉnh|TP\.?|P\.|Q\.)"
    rf"\s*(?:\d+|[{UPPER}][\w.]*(?:\s+[{UPPER}]\w*)*))*)"
)


def addresses(text: str) -> list[Span]:
    """Street addresses: "86 Lê Thánh Tôn, quận 1" (a house number and a capitalized street, then its units or
    after "số"/"đường"; not "30 Sở" nor "2016 Hà Nội")."""
    return [
        _span(text, m.start(), m.end(), "place", head="address")
        for m in _ADDRESS.finditer(text)
        if m.group("units") or m.group("no") or m.group("street")
    ]


def quoted(text: str) -> list[Span]:
    out = []
    for m in _QUOTE.finditer(text):
        g = m.lastindex or 1
        out.append(_span(text, m.start(g), m.end(g), "thing", head=""))
    return out


_CODE = re.compile(
    r"(?:số\s+)?\d+[a-zA-Z]?(?:[/-][A-ZĐa-zđ0-9&]*[A-ZĐ][A-ZĐa-zđ0-9&]*)+|ISO\s*\d+(?::\s*\d{4})?|"
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)(?:/\S*)?"
)


# a lower-case syllable inside a name, between capitalized words: "Hiệp định Thương mại Việt Mỹ"
_INNER_LOWER = rf"(?!(?:và|của|với|cho|tại|theo|ở|là|về|do|từ|đến|trong|giữa|các|những)\s)[a-zà-ỹđ]+(?=\s+[{UPPER}])"


def named_after(text: str, heads) -> list[Span]:
    """ "<head> <name>" phrases: the head noun then a quote, a capitalized run, a code or a number."""
    low = text.lower()
    heads = _vi(heads)
    out: list[Span] = []
    for i, head in _heads_in(low, heads):
        j = i + len(head)
        rest = text[j:]
        nm = (
            QUOTE_AFTER.match(rest)
            or re.match(rf"\s*(?:số\s+)?(?:{_CODE.pattern})", rest)
            or re.match(rf"\s*(?:[{UPPER}][\w.&-]*)(?:\s+(?:[{UPPER}0-9][\w.&/-]*|{_INNER_LOWER}))*", rest)
            or re.match(r"\s*\d+(?:/\d+)*", rest)
        )
        if not nm or not nm.group(0).strip():
            continue
        end = j + nm.end()
        if end < len(text) and text[end] in '"”':
            end += 1
        elif end < len(text) and text[end] == " " and text[end - 1].isalpha():
            end = _word_end(text, end)  # "danh hiệu Anh hùng Lao [động]": not inside a word
        g = nm.lastindex
        core = (j + nm.start(g), j + nm.end(g)) if g else (j, end)
        start, end = full_name(text, i, end)
        out.append(_span(text, start, end, "thing", core, head=fold(head)))
    return out


def word_around(text: str, i: int) -> tuple[int, int] | None:
    """``(start, end)`` of the underthesea word of ``text`` that holds position ``i`` strictly inside it
    ("Lao động" around the space after "Lao"); None when ``i`` falls between words."""
    for _, _, ws, we in pos_words(text):
        if ws < i < we:
            return ws, we
        if ws >= i:
            break
    return None


def _word_end(text: str, i: int) -> int:
    """The end of the underthesea word of ``text`` that goes on past position ``i`` (else ``i``)."""
    around = word_around(text, i)
    return around[1] if around else i


# a degree of a thing: "dịch vụ công trực tuyến [mức độ 3, mức độ 4]", "[cấp độ 3 và 4]"
DEGREE = re.compile(r"((?:mức độ|cấp độ|mức)\s+)\d+", re.IGNORECASE)
_MORE_DEGREES = re.compile(
    r"(?:\s*(?:,\s*và|,|và|-)\s*(?:(?:mức độ|cấp độ|mức)\s+)?\d+(?![\d.,%/]\d|%|\s*(?:ngày|năm|tháng)))+", re.IGNORECASE
)


def with_degrees(text: str, span: Span) -> Span:
    """``span`` over the further degrees that follow its own ("mức độ 3" + ", mức độ 4"); unchanged if none."""
    if not re.search(rf"{DEGREE.pattern}$", span.text, re.IGNORECASE):
        return span
    more = _MORE_DEGREES.match(text, span.end)
    return replace(span, end=more.end(), text=text[span.start : more.end()]) if more else span


def things(text: str, heads=()) -> list[Span]:
    """Named things: quoted names, "<thing head> <name>", document codes."""
    out = quoted(text) + named_after(text, tuple(THING_HEADS_VI) + tuple(heads))
    for m in _CODE.finditer(text):
        out.append(_span(text, m.start(), m.end(), "thing"))
    return out
