"""Article metadata: event and publication dates, period, locality, people.

Everything is rule based and cheap (regular expressions over the folded,
normalized text, see :mod:`index.normalize`); nothing here guesses a value the
article does not state, except the year of a date written without one, which
is inferred and reported in ``warnings``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .normalize import fold, normalize, normalize_with_map, to_original_span
from .records import Person

__all__ = [
    "Metadata",
    "extract_metadata",
    "parse_dates",
    "extract_period",
    "extract_locality",
    "extract_people",
    "province_level",
    "provinces_in",
    "province_name",
    "written_years",
]


@dataclass
class Metadata:
    """What :func:`extract_metadata` found; ``None`` where the article does not say."""

    date: str | None = None  # event date, ISO yyyy-mm-dd
    published: str | None = None  # publication date, ISO
    period: str | None = None  # period reported on: "7 tháng đầu năm 2024", "quý I năm 2020", "năm 2021"
    locality: str | None = None  # "Long Xuyên", "Hương Thủy" (normalized tone style)
    level: str | None = None  # "thành phố", "thị xã", "huyện", "quận", "phường", "xã", "thị trấn", "tỉnh"
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------- dates

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_LEAP = 2000  # validates a month/day written without a year (29/2 allowed)


@dataclass(frozen=True)
class _DateHit:
    start: int  # offsets in the normalized text
    end: int
    day: int | None  # None for a month-level mention ("tháng 7 năm 2018")
    month: int
    year: int | None  # None when written without a year ("19/8")


_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_DMY = re.compile(r"(?<![\d/.,-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d]|[/.-]\d)")
_LONG = re.compile(
    r"(?:\b(ngay)\s+)?(?<![\d/.,])(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4})(?!\d))?(?![\d/])"
)
_DM_SLASH = re.compile(r"(?<![\d/.,-])(\d{1,2})\s*/\s*(\d{1,2})(?![\d%]|\s*/\s*\d|[.,]\d)")
_DM_OTHER = re.compile(r"(?<![\d/.,-])(\d{1,2})(?:\.|\s?[-–]\s?)(\d{1,2})(?![\d%/-]|[.,]\d)")  # "6.2", "9-6", "31- 5"
_MONTH = re.compile(r"\bthang\s+(\d{1,2})\s*(?:,\s*)?(?:nam\s+|/\s*)(\d{4})(?!\d)")
# A day/month without a year is a date only right after a word that introduces one:
# "Chiều 10/5", "Sáng ngày 26/3", "sáng nay, 2.6", "hôm qua (3.7)", "từ 10/3".
_TIME_WORDS = r"ngay|sang|chieu|toi|trua|dem|hom|rang sang"
_DATE_CUE = re.compile(
    rf"(?:^|[\s(,;:–-])(?:{_TIME_WORDS}|tu|den|vao|truoc|sau|nay|qua)(?:\s+(?:nay|qua|mai))?"
    r"\s*[,(]?\s*(?:ngay\s*)?\(?\s*$"
)
_STRICT_CUE = re.compile(rf"(?:^|[\s(,;:–-])(?:{_TIME_WORDS})(?:\s+(?:nay|qua|mai))?\s*[,(]?\s*(?:ngay\s*)?\(?\s*$")


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        date(year if year is not None else _LEAP, month, day)
    except ValueError:
        return False
    return True


def _find_dates(f: str) -> list[_DateHit]:
    """Dates in folded normalized text ``f``, leftmost first, non-overlapping."""
    hits: list[_DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, d: int | None, m: int, y: int | None) -> None:
        if free(s, e) and _valid(y, m, d):
            hits.append(_DateHit(s, e, d, m, y))
            taken.append((s, e))

    for m in _ISO.finditer(f):
        add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _DMY.finditer(f):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for m in _LONG.finditer(f):
        s = m.start(2)
        if m.group(1) or m.group(4) or _DATE_CUE.search(f[max(0, s - 25) : s]):
            add(s, m.end(), int(m.group(2)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)
    for m in _MONTH.finditer(f):
        add(m.start(), m.end(), None, int(m.group(1)), int(m.group(2)))
    for m in _DM_SLASH.finditer(f):
        prefix = f[max(0, m.start() - 25) : m.start()]
        if m.start() == 0 or _DATE_CUE.search(prefix):
            add(m.start(), m.end(), int(m.group(1)), int(m.group(2)), None)
    for m in _DM_OTHER.finditer(f):
        prefix = f[max(0, m.start() - 25) : m.start()]
        if _STRICT_CUE.search(prefix):
            add(m.start(), m.end(), int(m.group(1)), int(m.group(2)), None)
    hits.sort(key=lambda h: h.start)
    return hits


def _iso(year: int | None, month: int, day: int | None) -> str:
    if day is None:
        return f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def parse_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, str]]:
    """Find dates in ``text``; returns ``(start, end, iso)`` spans of ``text`` as written.

    Understands "28/6/2018", "11/05/2024", "2024-05-11", "ngày 15 tháng 3 năm 2022",
    "Sáng ngày 26/3", "Chiều 10/5", "ngày 9-6" and month mentions "tháng 7 năm 2018"
    / "tháng 7/2018" (iso ``"2018-07"``). A day/month without a year ("19/8") is
    only taken after a word that introduces a date (ngày, sáng, chiều, từ, đến...)
    so that ratios such as "xếp thứ 11/12" are not dates; its year is
    ``default_year``, or it is returned as ``"--08-19"`` when no year is given.
    Impossible dates (31/2) are rejected.
    """
    norm, offsets = normalize_with_map(text)
    out: list[tuple[int, int, str]] = []
    for h in _find_dates(fold(norm)):
        year = h.year
        if year is None and default_year is not None:
            if not _valid(default_year, h.month, h.day):
                continue
            year = default_year
        start, end = to_original_span(text, offsets, h.start, h.end)
        out.append((start, end, _iso(year, h.month, h.day)))
    return out


# A date that belongs to a referenced document, or a deadline, is not the event date.
_DOC_TYPES = (
    r"nghi quyet|quyet dinh|ke hoach|chi thi|cong van|cong dien|thong tu|nghi dinh|thong bao|van ban|to trinh"
    r"|huong dan|phap lenh|luat|quy dinh|ket luan"
)
_DOC_DATE = re.compile(
    r"(?:\bso\s+[\w./&-]+"  # "số 19-NQ/TU", "số 217"
    r"|\b[\w.&]*\d[\w.&]*[/-][\w./&-]*[a-z][\w./&-]*"  # "45/2016/QĐ-TTg", "55-QĐ/TW"
    rf"|\b(?:{_DOC_TYPES})\s+\d[\w./&-]*"  # "Quyết định 112"
    r"|\b(?:ban hanh|ky))"
    r"\s*,?\s*(?:cua\s[^,;.()]{0,40}?\s*)?\(?\s*(?:ngay\s*)?\(?$"
)
_DEADLINE = re.compile(
    r"(?:truoc|den|toi|cham nhat(?: la)?|han chot|han|ket thuc(?: vao)?|hieu luc(?: thi hanh)?(?: (?:tu|ke tu))?)"
    r"\s+(?:ngay\s*)?$"
)


_EVENT_CUE = re.compile(
    rf"(?:^|[\s(,;:–-])(?:{_TIME_WORDS}|hom nay|hom qua)(?:\s+(?:nay|qua|mai))?\s*[,(]?\s*(?:ngay\s*)?\(?\s*$"
)


def _is_event_candidate(f: str, h: _DateHit, strict: bool = False) -> bool:
    """Could ``h`` be the event date? Not a document's date, not a deadline; with ``strict`` it needs a
    time word before it ("ngày", "sáng", "chiều"...)."""
    if h.day is None:
        return False
    prefix = f[max(0, h.start - 90) : h.start]
    if _DOC_DATE.search(prefix) or _DEADLINE.search(prefix):
        return False
    return not strict or bool(_EVENT_CUE.search(prefix[-25:]))


# ------------------------------------------------------------------------ period

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "i": "I", "ii": "II", "iii": "III", "iv": "IV"}
_PERIOD = re.compile(
    r"(?P<skip>\bthang\s+\d{1,2}\s*(?:,\s*)?(?:nam\s+|/\s*)\d{4}(?!\d))"
    r"|(?<![\d/])(?P<n>\d{1,2})\s+thang\s+(?:(?P<half>dau|cuoi)\s+)?(?:nam\s+|/\s*)(?P<ny>\d{4})(?!\d)"
    r"|\bquy\s+(?P<q>iv|i{1,3}|[1-4])\b\s*(?:,\s*)?(?:nam\s+|/\s*)(?P<qy>\d{4})(?!\d)"
    r"|\bnam\s+(?P<y>\d{4})(?![\d/-])"
)
_REVIEW_WORDS = r"danh gia|tong ket|so ket|ket qua|bao cao|kiem diem|nhin lai|chi so|xep hang|cong bo"
_PLAN_WORDS = r"trien khai|nhiem vu|ke hoach|phuong huong|muc tieu|phan dau|du kien|chi tieu|cai thien|de ra"
_CONTEXT = re.compile(rf"\b(?:(?P<review>{_REVIEW_WORDS})|(?P<plan>{_PLAN_WORDS}))\b")


@dataclass(frozen=True)
class _Period:
    text: str  # canonical: "7 tháng đầu năm 2024", "quý I năm 2024", "năm 2021"
    year: int
    start: date
    end: date
    role: str  # "review", "plan" or "neutral": the nearest cue word before it


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _periods(f: str) -> list[_Period]:
    out: list[_Period] = []
    for m in _PERIOD.finditer(f):
        if m.group("skip"):
            continue
        if m.group("n"):
            n, y, half = int(m.group("n")), int(m.group("ny")), m.group("half")
            if not 1 <= n <= 12:
                continue
            first = 13 - n if half == "cuoi" else 1
            last = 12 if half == "cuoi" else n
            words = {"dau": " đầu", "cuoi": " cuối"}.get(half or "", "")
            text = f"{n} tháng{words} năm {y}"
        elif m.group("q"):
            q, y = _ROMAN[m.group("q")], int(m.group("qy"))
            k = ["I", "II", "III", "IV"].index(q) + 1
            first, last, text = 3 * k - 2, 3 * k, f"quý {q} năm {y}"
        else:
            y = int(m.group("y"))
            first, last, text = 1, 12, f"năm {y}"
        if not 1990 <= y <= _MAX_YEAR:
            continue
        clause = re.split(r"[.;:!?]\s", f[max(0, m.start() - 70) : m.start()])[-1]
        cues = list(_CONTEXT.finditer(clause))
        role = "neutral"
        if cues:
            role = "review" if cues[-1].group("review") else "plan"
        if re.search(r"\b(?:den|toi|truoc|tam nhin|dinh huong|giai doan)\s*$", clause):
            role = "plan"  # "đến năm 2025", "tầm nhìn năm 2030"
        out.append(_Period(text, y, date(y, first, 1), _month_end(y, last), role))
    return out


def _choose_period(title: str, paragraphs: list[str]) -> _Period | None:
    """The period reported on, from folded texts: a review cue in title/lead, then any in title/lead..."""
    head = [p for u in [title, *paragraphs[:1]] for p in _periods(u)]
    rest = [p for u in paragraphs[1:4] for p in _periods(u)]
    for pool, roles in ((head, ("review",)), (head, ("neutral",)), (rest, ("review", "neutral")), (head + rest, ())):
        for p in pool:
            if not roles or p.role in roles:
                return p
    return None


def extract_period(title: str | None, paragraphs: list[str]) -> str | None:
    """The period an article reports on ("quý I năm 2024", "năm 2021"), or None.

    Prefers a period introduced by a review word (đánh giá, sơ kết, tổng kết,
    kết quả...) over one introduced by a plan word (triển khai, nhiệm vụ, kế
    hoạch...), the title and lead over later paragraphs.
    """
    return (p := _choose_period(fold(normalize(title or "")), [fold(normalize(t)) for t in paragraphs])) and p.text


# ---------------------------------------------------------------------- locality

_LEVELS = {
    "thanh pho": "thành phố",
    "tp": "thành phố",
    "thi xa": "thị xã",
    "thi tran": "thị trấn",
    "huyen": "huyện",
    "quan": "quận",
    "phuong": "phường",
    "xa": "xã",
    "tinh": "tỉnh",
}
_LEVEL_RE = r"(?:(?:thành phố|thị xã|thị trấn|huyện|quận|phường|xã|tỉnh)(?!\w)|TP(?:\.|(?!\w)))"
_ORG_RE = r"(?:UBND|HĐND|ủy ban nhân dân|hội đồng nhân dân)"
_ORG_LEVEL = re.compile(rf"(?<!\w){_ORG_RE}\s*(?:\([^)]{{1,12}}\)\s*)?(?P<level>{_LEVEL_RE})", re.I)
_BARE_LEVEL = re.compile(rf"(?<!\w)(?P<level>{_LEVEL_RE})", re.I)
_TITLE_PLACE = re.compile(rf"^\s*(?P<level>{_LEVEL_RE})\s+(?P<name>[^:\-–—]{{2,40}}?)\s*[:\-–—]\s", re.I)
_HCM = re.compile(r"(?<!\w)(?:TP\.?\s*HCM|TPHCM|TP\.?\s*Hồ Chí Minh)(?!\w)", re.I)
_NOT_PLACE_START = {"Hội", "Ban", "Sở", "Phòng", "Chủ", "Phó", "Bí", "Giám", "Ủy", "Đảng", "Quyết", "Nghị", "Chỉ", "Tổ"}
_WORD_AFTER = re.compile(r"(?:[ \t\u00a0]+|(?<=\.))(?:[-–][ \t\u00a0]*)?([^\W_]+(?:-[^\W_]+)*)")


_CITIES = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]
_PROVINCES = [
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Tĩnh",
    "Hải Dương",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
]


def _gazetteer_key(name: str) -> str:
    """A province-level name folded, without spaces and dashes: "Bà Rịa-Vũng Tàu" -> "bariavungtau"."""
    return re.sub(r"[\s\-–]", "", fold(name))


# Province-level names (the 63 units before 2025): a canonical spelling and a finder for each.
_GAZETTEER = {_gazetteer_key(n): normalize(n) for n in _CITIES + _PROVINCES}
_PROVINCE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        r"\s*[-–]?\s*".join(map(re.escape, normalize(n).split(" - "))).replace(r"\ ", r"\s+")
        for n in sorted(_CITIES + _PROVINCES, key=len, reverse=True)
    )
    + r")(?!\w)"
)


def _canonical(place: str) -> str:
    """The gazetteer spelling of a province-level name ("Bà Rịa-Vũng Tàu" -> "Bà Rịa - Vũng Tàu")."""
    return _GAZETTEER.get(_gazetteer_key(place), place)


def provinces_in(text: str) -> set[str]:
    """The province-level units ``text`` (normalized) names, in their gazetteer spelling ("TP HCM" -> "Hồ Chí
    Minh")."""
    found = {_canonical(m.group(0)) for m in _PROVINCE_RE.finditer(text)}
    return found | ({"Hồ Chí Minh"} if _HCM.search(text) else set())


def province_name(name: str) -> str | None:
    """The gazetteer spelling of a province-level unit written with or without accents ("binh duong" ->
    "Bình Dương"), else None."""
    return _canonical(name) if province_level(name) else None


def province_level(name: str) -> str | None:
    """"tỉnh" or "thành phố" when ``name`` is one of the 63 province-level units ("Hậu Giang",
    "Da Nang", "TP.HCM"), else None."""
    key = _gazetteer_key(name.replace(".", ""))
    key = {"tphcm": "hochiminh", "hcm": "hochiminh"}.get(key, key)
    place = _GAZETTEER.get(key)
    return _province_level(place) if place else None


def _province_level(place: str) -> str:
    return "thành phố" if place in _CITIES else "tỉnh"


def _level(word: str) -> str:
    return _LEVELS.get(fold(word).rstrip(".").strip(), fold(word))


def _title_case(name: str) -> str:
    """ "CAO LÃNH" -> "Cao Lãnh"; names already in mixed case are kept."""
    if not name.isupper():
        return name
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in name.split())


def _place_after(text: str, pos: int, level: str) -> str | None:
    """The capitalized place name right after a level word ending at ``pos`` ("Long Xuyên"), or None."""
    words: list[str] = []
    sentence_end = text[pos - 1 : pos] == "." and text[pos : pos + 1].isspace()
    while len(words) < 6:
        m = _WORD_AFTER.match(text, pos)
        if not m:
            break
        w = m.group(1)
        dash = "-" in text[pos : m.start(1)] or "–" in text[pos : m.start(1)]
        if w.isdigit() and not words and level in ("phường", "quận", "xã") and len(w) <= 2:
            return f"{level[0].upper()}{level[1:]} {int(w)}"
        if not w[0].isupper() or any(c.isdigit() for c in w) or (dash and not words):
            break
        if len(w) > 1 and w.replace("-", "").isupper() and not text[pos : m.end()].isupper():
            break  # an acronym (CCHC, UBND), not a place
        if len(w) > 1 and w.replace("-", "").isupper() and not words and not text[m.start(1) :].split(":")[0].isupper():
            break
        if not words and w in _NOT_PLACE_START:
            break
        words.append(("- " if dash else "") + w)
        pos = m.end()
    if not words:
        return None
    # "TP Hà Nội Nguyễn Đức Chung": a person's full name glued after the place.
    cuts = [s for s in range(1, len(words)) if _is_surname(words[s]) and 3 <= len(words) - s <= 4]
    if cuts:
        known = [s for s in cuts if re.sub(r"[\s\-–]", "", fold(" ".join(words[:s]))) in _GAZETTEER]
        words = words[: (known or [s for s in cuts if len(words) - s == 3] or cuts)[0]]
    elif len(words) >= 3 and _is_surname(words[0]) and " ".join(_low(" ".join(words))) not in _KNOWN_PLACES:
        if re.sub(r"[\s\-–]", "", fold(" ".join(words))) not in _GAZETTEER:
            return None  # "UBND TP Nguyễn Đức Chung": an unnamed level, then a person
    if sentence_end and len(words) < 2:
        return None  # "UBND TP. Theo đó, ...": the dot ended the sentence
    return _canonical(normalize(_title_case(" ".join(words))))


def _org_places(text: str) -> list[tuple[str | None, str]]:
    """(place or None, level) for every "UBND <level> [<Name>]" of normalized ``text``, in order."""
    out: list[tuple[int, str | None, str]] = [(m.start(), "Hồ Chí Minh", "thành phố") for m in _HCM.finditer(text)]
    for m in _ORG_LEVEL.finditer(text):
        if _HCM.match(text, m.start("level")):
            continue
        level = _level(m.group("level"))
        out.append((m.start(), _place_after(text, m.end(), level), level))
    out.sort(key=lambda t: t[0])
    return [(p, lv) for _, p, lv in out]


def _bare_places(text: str) -> list[tuple[str, str]]:
    """(place, level) for every "<level> <Name>" of normalized ``text`` that has a name, in order."""
    out: list[tuple[int, str, str]] = [(m.start(), "Hồ Chí Minh", "thành phố") for m in _HCM.finditer(text)]
    for m in _BARE_LEVEL.finditer(text):
        if _HCM.match(text, m.start()):
            continue
        level = _level(m.group("level"))
        place = _place_after(text, m.end(), level)
        if place:
            out.append((m.start(), place, level))
    out.sort(key=lambda t: t[0])
    return [(p, lv) for _, p, lv in out]


def _locality(title: str, paragraphs: list[str]) -> tuple[str | None, str | None]:
    head = [title, *paragraphs[:1]]
    more = paragraphs[1:3]
    m = _TITLE_PLACE.match(title)
    if m:
        name = m.group("name").strip()
        if all(w[:1].isupper() for w in name.split()) and len(name.split()) <= 5:
            return normalize(_title_case(name)), _level(m.group("level"))
    organizer_level: str | None = None
    for text in head:
        for place, level in _org_places(text):
            if place and (organizer_level is None or level == organizer_level):
                return place, level
            if organizer_level is None:
                organizer_level = level
    if organizer_level is not None:
        # "Ủy ban nhân dân thành phố họp ...": only a place of that level can be the organizer.
        for text in head + more:
            for place, level in _org_places(text) + _bare_places(text):
                if place and level == organizer_level:
                    return place, level
        return None, organizer_level
    for text in head:
        for place, level in _bare_places(text):
            return place, level
    for text in more:
        for place, level in _org_places(text):
            if place:
                return place, level
    # Last resort: a province or centrally-run city named in the title, then the lead ("Hà Nội: ...").
    for text in head:
        m = _PROVINCE_RE.search(text)
        if m:
            place = _canonical(m.group(0))
            return place, _province_level(place)
    return None, None


def extract_locality(title: str | None, paragraphs: list[str]) -> tuple[str | None, str | None]:
    """(locality, level) of the organizing People's Committee; (None, level) when it is not named."""
    return _locality(normalize(title or ""), [normalize(p) for p in paragraphs])


# ------------------------------------------------------------------------ people


def _low(words: str) -> list[str]:
    return normalize(words).lower().split()


_SURNAMES = set(
    _low(
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Đinh Tô Trương Lâm Đào Đoàn Mai"
        " Cao Lưu Hà Thái Tạ Châu Quách Tăng Từ Lương Kiều Lại Mạc Nông Triệu Vương La Chu Khổng Thân Tôn Âu Giang"
        " Kim Lục Phùng Diệp Quan Hứa Đồng Phí Tống Doãn Hầu Bạch Thạch Nghiêm Cù Trịnh Khúc Lò Lã Lạc Ninh Bế Biện"
        " Cam Cung Đàm Đậu Điểu Giáp Hán Hàn Hạ Hoa Khương Kha Lữ Lường Mã Mẫn Ông Quản Sầm Tiêu Tất Thiều Trình"
        " Trà Vi Viên Ưng Uông Cấn Khuất Danh Sơn Ma Vàng Chung Lỗ Ân Bành Bạc Đèo Phương Nhữ Ung Lầu Sùng Giàng"
    )
)
_KNOWN_PLACES = {" ".join(_low(p)) for p in ("Hồ Chí Minh", "Phan Rang Tháp Chàm", "Thừa Thiên Huế")}


def _is_surname(word: str) -> bool:
    """Is ``word`` (normalized) a Vietnamese family name?"""
    return word.lower().strip("- ") in _SURNAMES


def _index(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first."""
    idx: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        seq = tuple(_low(p))
        idx.setdefault(seq[0], []).append(seq)
    for seqs in idx.values():
        seqs.sort(key=len, reverse=True)
    return idx


_HONORIFICS = _index(
    [
        "ông",
        "bà",
        "đồng chí",
        "đ/c",
        "ts",
        "ths",
        "pgs",
        "gs",
        "pgs.ts",
        "gs.ts",
        "bs",
        "ks",
        "ls",
        "luật sư",
        "nhà báo",
    ]
)
_ROLE_HEADS = _index(
    [
        "chủ tịch",
        "bí thư",
        "giám đốc",
        "trưởng ban",
        "trưởng phòng",
        "trưởng đoàn",
        "trưởng khoa",
        "trưởng",
        "chánh văn phòng",
        "chánh án",
        "chánh thanh tra",
        "chánh",
        "thứ trưởng",
        "bộ trưởng",
        "thủ tướng",
        "cục trưởng",
        "vụ trưởng",
        "viện trưởng",
        "tổng cục trưởng",
        "chủ nhiệm",
        "ủy viên",
        "tỉnh ủy viên",
        "thành ủy viên",
        "huyện ủy viên",
        "thị ủy viên",
        "quận ủy viên",
        "đảng ủy viên",
        "đại biểu quốc hội",
        "thư ký",
        "tổng thư ký",
        "hiệu trưởng",
        "chỉ huy trưởng",
        "kế toán trưởng",
        "thanh tra viên",
        "chuyên viên",
        "tư lệnh",
        "uvtv",
        "uvbtv",
        "ubtv",
        "tuv",
        "huv",
        "đbqh",
        "btv",
        "tổng thanh tra",
        "phát ngôn viên",
        "người phát ngôn",
        "trưởng công an",
        "chủ tịch nước",
    ]
)
_ROLE_PREFIXES = {"phó", "tổng", "quyền", "nguyên"}  # Phó, Tổng, Quyền, nguyên (former)
_MEMBERSHIP = re.compile(
    r"^(?:(?:pho )?(?:uy vien|tinh uy vien|thanh uy vien|huyen uy vien|thi uy vien|quan uy vien|dang uy vien)"
    r"|uvtv|uvbtv|ubtv|tuv|huv|btv|dai bieu)"
)
_LEVEL_WORDS = {"huyện", "quận", "tỉnh", "phường", "xã"}
_LEVEL_PHRASES = _index(
    ["thành phố", "thị xã", "thị trấn", "ủy ban nhân dân", "hội đồng nhân dân", "ban nhân dân", "nhân dân"]
)
# Lowercase second syllables of capitalized compounds in organization names ("Nội vụ", "Thành ủy", "Xây dựng").
_COMPOUND2 = set(
    _low(
        "ủy vụ phố xã đạo hoạch tư pháp chính thông tin nghiệp dân nước trị sự chức tế hội cộng quan tra sát án"
        " trường lượng tải tạo dục học nghệ viên nguyên đồng lý binh sản thuế lợi phẩm trợ ban phòng tâm trận quốc"
        " vận động giáo hiểm tịch ương kiểm bạc hàng chứng khoán hóa thao lịch thương mại tác triển thôn phát doanh"
        " vệ ninh sinh huấn luyện tài chánh kế cứu văn hải thị khẩu dựng tượng môi lâm kê trúc tộc giáo giới tuyến"
        " nhân đoàn chiến kinh quyền lao điện tử số y dược"
    )
)
# Words that end an organization name (verbs, function words): no need to ask the segmenter.
_STOP = set(
    _low(
        "đã đang sẽ vừa cũng còn và cùng với tại trong về đến được bị cho là có để theo thì mà này đó khi các những"
        " một đề nhấn khẳng phát chủ yêu chỉ nói cho kết báo trao tặng nêu đánh ghi biết thăm làm ký giao nhận tiếp"
        " dự tới trả gửi đi ra vào nhằm nên nhưng hay hoặc vì do bởi sau trước từ đối giữa như mới đây họp tham"
        " thông chia lưu ý đặt dẫn đạt kiểm"
    )
)


@lru_cache(maxsize=4096)
def _joined(window: str, pair: str) -> bool:
    """Does the Vietnamese word segmenter keep ``pair`` ("Xây dựng") inside one word of ``window``?"""
    try:
        from underthesea import word_tokenize
    except ImportError:  # pragma: no cover - underthesea is a dependency
        return False
    pair = f" {pair.lower()} "
    return any(pair in f" {w.lower()} " for w in word_tokenize(window))


def _joined_at(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Is ``toks[j]`` the continuation of the word ending at ``toks[j - 1]`` (segmenter's view)?"""
    lo, hi = toks[max(i, j - 3)].start, toks[min(len(toks) - 1, j + 1)].end
    return _joined(text[lo:hi], f"{toks[j - 1].text} {toks[j].text}")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    key: str  # lowercase
    cap: bool  # starts with an uppercase letter
    word: bool
    acronym: bool  # two or more letters, all uppercase


_TOKEN = re.compile(r"[^\W_]+(?:[./&'’\-][^\W_]+)*|\S")


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        letters = [c for c in t if c.isalpha()]
        out.append(
            _Tok(
                t,
                m.start(),
                m.end(),
                t.lower(),
                t[0].isupper(),
                t[0].isalnum(),
                len(letters) >= 2 and all(c.isupper() for c in letters),
            )
        )
    return out


def _match(toks: list[_Tok], i: int, index: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of ``index`` found at ``toks[i]``, else 0."""
    if i >= len(toks):
        return 0
    for seq in index.get(toks[i].key, ()):
        if i + len(seq) <= len(toks) and all(toks[i + k].key == w for k, w in enumerate(seq)):
            return len(seq)
    return 0


def _role_head(toks: list[_Tok], i: int) -> int:
    """End index of a role head ("Phó Chủ tịch", "Tỉnh ủy viên") starting at ``i``, else -1."""
    j = i
    while j < len(toks) and toks[j].key in _ROLE_PREFIXES:
        j += 1
    n = _match(toks, j, _ROLE_HEADS)
    if not n or (n == 1 and toks[j].key == "trưởng" and not toks[j].cap and j == i):
        return -1  # a bare lowercase "trưởng" is too often part of another phrase
    return j + n


def _name_syllable(t: _Tok) -> bool:
    return t.cap and t.text.isalpha() and (not t.acronym or len(t.text) == 1)


def _run(toks: list[_Tok], i: int, limit: int = 6) -> int:
    """End index of the run of name syllables from ``i`` ("Đinh Văn Bảo"; all-caps "TRƯƠNG ĐÌNH TUYỂN")."""
    j = i
    all_caps = i < len(toks) and toks[i].acronym and toks[i].text.isalpha() and _is_surname(toks[i].text)
    while j < len(toks) and j - i < limit:
        t = toks[j]
        if all_caps:
            if not (t.text.isalpha() and t.text.isupper()):
                break
        elif not _name_syllable(t) or _role_head(toks, j) > 0:
            break
        j += 1
    return j


def _person_at(toks: list[_Tok], i: int) -> bool:
    """An honorific followed by a name ("Ông Đinh Văn Bảo"), as opposed to "Bà Rịa"."""
    h = _match(toks, i, _HONORIFICS)
    return bool(h) and _run(toks, i + h) - (i + h) >= 2


def _scan_org(text: str, toks: list[_Tok], i: int) -> int:
    """End index of the organization words after a role head ("UBND thành phố", "Sở Nội vụ")."""
    j = i
    while j < len(toks):
        t = toks[j]
        n = _match(toks, j, _LEVEL_PHRASES)
        if n:
            j += n
            continue
        if t.key in _LEVEL_WORDS and not t.cap:
            j += 1
            continue
        if t.text.isdigit() and j > i and toks[j - 1].key in _LEVEL_WORDS | {"phố", "xã", "trấn"}:
            j += 1
            continue
        if t.word and (t.cap or t.acronym):
            if _person_at(toks, j) or (j > i and _role_head(toks, j) > 0):
                break
            j += 1
            continue
        if t.word and t.text.islower() and j > i and toks[j - 1].cap and toks[j - 1].word:
            if t.key in _COMPOUND2:
                j += 1
                continue
            if t.key not in _STOP and _joined_at(text, toks, i, j):
                j += 1
                continue
            break
        if t.word and t.text.islower() and j - 2 >= i and toks[j - 1].text.islower() and t.key not in _STOP:
            # third/fourth syllable of a compound: "Bất động sản", "Bảo hiểm xã hội"
            if (toks[j - 2].cap or (j - 3 >= i and toks[j - 3].cap)) and _joined_at(text, toks, i, j):
                j += 1
                continue
        if t.text in ("và", "-", "–", "&") and j > i and j + 1 < len(toks):
            nxt = toks[j + 1]
            if (nxt.cap or nxt.acronym) and not _person_at(toks, j + 1) and _role_head(toks, j + 1) < 0:
                j += 1
                continue
        break
    return j


_ORG_WORDS = {"sở", "bộ", "ban", "phòng", "cục", "viện", "ủy", "văn", "trung", "tổng", "hội", "công", "đảng"}


def _roles_after(text: str, toks: list[_Tok], i: int) -> tuple[list[str], int]:
    """Comma-separated roles from ``toks[i]`` ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố")."""
    roles: list[str] = []
    j = i
    while j < len(toks):
        h = _role_head(toks, j)
        if h > 0:
            e = _scan_org(text, toks, h)
        elif roles and (toks[j].acronym or (toks[j].cap and toks[j].key in _ORG_WORDS)):
            e = _scan_org(text, toks, j)  # "Trưởng phòng CCHC, Sở Nội vụ": the office of the role before
        else:
            break
        while e > j + 1 and toks[e - 1].text in ("và", "-", "–", "&"):
            e -= 1
        if e <= j:
            break
        piece = text[toks[j].start : toks[e - 1].end]
        if h > 0:
            roles.append(piece)
        else:
            roles[-1] = f"{roles[-1]}, {piece}"
        if e < len(toks) and toks[e].text == ",":
            j = e + 1
            continue
        j = e
        break
    return roles, j


def _best_role(roles: list[str]) -> str | None:
    """The Chủ tịch/Phó Chủ tịch UBND role if any, else the first that is not a membership, else the first."""
    if not roles:
        return None
    keys = [fold(r) for r in roles]
    for r, k in zip(roles, keys, strict=True):
        if re.search(r"chu tich (?:ubnd|uy ban nhan dan)", k):
            return r
    for r, k in zip(roles, keys, strict=True):
        if not _MEMBERSHIP.match(k):
            return r
    return roles[0]


def _role_then_name(text: str, toks: list[_Tok], i: int, head_end: int) -> tuple[tuple[int, str, str], int] | None:
    """ "Phó Giám đốc Sở Nội vụ Trần Minh Long": a role followed by a full name (3-4 syllables)."""
    e = _scan_org(text, toks, head_end)
    k = e
    while k > head_end and _name_syllable(toks[k - 1]):
        k -= 1
    if k == e:  # an all-caps name: "Bộ trưởng Bộ Thương mại TRƯƠNG ĐÌNH TUYỂN"
        while k > head_end and toks[k - 1].acronym and toks[k - 1].text.isalpha() and e - k < 4:
            k -= 1
        while k < e and not _is_surname(toks[k].text):
            k += 1
        if not 2 <= e - k <= 4:
            return None
        name = toks[k:e]
        return (toks[i].start, _clean_name([t.text for t in name]), text[toks[i].start : name[0].start].strip()), e
    run = toks[k:e]
    if len(run) < 3:
        return None
    prev = toks[k - 1] if k > 0 else None
    after_level = prev is not None and prev.key in _LEVEL_WORDS | {"phố", "xã", "trấn", "tp", "tp."}
    words = [t.text for t in run]
    start = None
    if after_level and len(words) <= 4:
        # "Chủ tịch UBND thị xã Lê Văn Cường" but "UBND thành phố Hồ Chí Minh".
        if _is_surname(words[0]) and " ".join(_low(" ".join(words))) not in _KNOWN_PLACES:
            start = 0
    else:
        for s in range(2 if after_level else 0, len(words)):
            if _is_surname(words[s]) and 3 <= len(words) - s <= 4:
                start = s
                break
    if start is None:
        return None
    name = run[start:]
    role = text[toks[i].start : name[0].start].strip(" ,-–")
    return (toks[i].start, _clean_name([t.text for t in name]), role), e


def _clean_name(words: list[str]) -> str:
    return normalize(_title_case(" ".join(words)))


def _people_in(text: str) -> list[tuple[int, str, str | None]]:
    """(position, name, role) for the people named in normalized ``text``."""
    toks = _tokens(text)
    found: list[tuple[int, str, str | None]] = []
    i = 0
    while i < len(toks):
        h = _match(toks, i, _HONORIFICS)
        if h:
            e = _run(toks, i + h)
            words = [t.text for t in toks[i + h : e]]
            if 2 <= len(words) <= 4 and (_is_surname(words[0]) or (len(words) >= 3 and not toks[i + h].acronym)):
                roles: list[str] = []
                j = e
                if j < len(toks) and toks[j].text in (",", "-", "–", ":", "("):
                    roles, j = _roles_after(text, toks, j + 1)
                found.append((toks[i].start, _clean_name(words), _best_role(roles)))
                i = max(j, e)
                continue
        r = _role_head(toks, i)
        if r > 0:
            person = _role_then_name(text, toks, i, r)
            if person:
                found.append(person[0])
                i = person[1]
                continue
            i = r
            continue
        i += 1
    return found


def _people(texts: list[str]) -> list[Person]:
    people: dict[str, Person] = {}
    for text in texts:
        for _, name, role in _people_in(text):
            key = fold(name)
            if key not in people:
                people[key] = Person(name, role or None)
            elif people[key].role is None and role:
                people[key] = Person(people[key].name, role)
    return list(people.values())


def extract_people(title: str | None, paragraphs: list[str]) -> list[Person]:
    """People named with an honorific or a role, deduplicated by name, in order of first mention.

    The role is the Chủ tịch/Phó Chủ tịch UBND part of an apposition when there
    is one ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố" -> "Chủ tịch UBND
    thành phố"), else its first role that is not a committee membership.
    """
    return _people([normalize(t) for t in [title or "", *paragraphs]])


# -------------------------------------------------------------------------- main


def _first_full_date(texts) -> str | None:
    for text in texts:
        if not text:
            continue
        for _, _, iso in parse_dates(text):
            if len(iso) == 10:
                return iso
    return None


def _year_for(day: int, month: int, p: _Period) -> int:
    """Year of a day/month in an article about period ``p``.

    Normally the period's year; a meeting that reviews a period may be held in the
    months after it ends, so a date well before the end of a reviewed period
    falls in the next year.
    """
    d_same = date(p.year, month, day) if _valid(p.year, month, day) else None
    d_next = date(p.year + 1, month, day) if _valid(p.year + 1, month, day) else None
    if d_same and d_same >= p.end - timedelta(days=75):
        return p.year
    if p.role == "review" and d_next and d_next <= p.end + timedelta(days=120):
        return p.year + 1  # "Hội nghị tổng kết năm 2021" held on 15/1 -> 2022-01-15
    return p.year


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# A year that is a target or the end of a range ("đến năm 2020", "tầm nhìn 2030", "2015 - 2020") says little.
_TARGET = re.compile(r"(?:\b(?:den|toi|tam nhin|dinh huong)(?:\s+nam)?|\d{4}\s*[-–]|\bkhoa)\s*$")


def written_years(folded: str) -> list[int]:
    """Years of the folded ``folded`` text that are no target or range end ("đến năm 2020", "2015 - 2020")."""
    return [
        int(m.group(1)) for m in _YEAR.finditer(folded) if not _TARGET.search(folded[max(0, m.start() - 20) : m.start()])
    ]


def _infer_year(
    h: _DateHit, folded: list[str], period: _Period | None, published: str | None
) -> tuple[int | None, str]:
    """(year, how) for the event date ``h`` written without a year; ``folded`` is [title, *paragraphs]."""
    assert h.day is not None
    same = [x.year for t in folded for x in _find_dates(t) if x.year and (x.day, x.month) == (h.day, h.month)]
    if same:
        return same[0], "the same date written with its year"
    if period:
        return _year_for(h.day, h.month, period), "period"
    if published:
        pub = date.fromisoformat(published)
        year = pub.year
        if _valid(year, h.month, h.day) and date(year, h.month, h.day) > pub + timedelta(days=7):
            year -= 1
        return year, "publication date"
    years = Counter(y for t in folded for y in written_years(t))
    if years:
        return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0], "other years in the text"
    return None, ""


def extract_metadata(
    title: str | None,
    paragraphs: list[str],
    datelines: list[str] | tuple[str, ...] = (),
    published_hint: str | None = None,
) -> Metadata:
    """Event date, publication date, period, locality/level and people of one article.

    ``paragraphs`` are the body paragraphs in order (the first is the lead);
    ``datelines`` the header lines :func:`index.clean.clean_text` set aside;
    ``published_hint`` an ISO or Vietnamese date from the page's metadata.
    """
    ntitle = normalize(title or "")
    npars = [normalize(p) for p in paragraphs if p and p.strip()]
    folded = [fold(t) for t in [ntitle, *npars]]
    meta = Metadata()
    warnings = meta.warnings

    meta.published = _first_full_date([published_hint, *datelines])
    period = _choose_period(folded[0], folded[1:])
    meta.period = period.text if period else None
    meta.locality, meta.level = _locality(ntitle, npars)
    meta.people = _people([ntitle, *npars])

    # Event date: the first date of the lead that is neither a document date nor a
    # deadline; else the title's; else the next two paragraphs'.
    chosen: _DateHit | None = None
    for i in (1, 0, 2, 3):
        if i < len(folded):
            hits = _find_dates(folded[i])
            chosen = next((h for h in hits if _is_event_candidate(folded[i], h, strict=i > 1)), None)
        if chosen:
            break
    if chosen is None or chosen.day is None:
        warnings.append("no event date found")
        return meta
    year = chosen.year
    if year is None:
        year, how = _infer_year(chosen, folded, period, meta.published)
        if year is not None:
            warnings.append(f"year inferred from {how}")
    if year is None or not _valid(year, chosen.month, chosen.day):
        warnings.append("event date has no year")
        return meta
    meta.date = _iso(year, chosen.month, chosen.day)
    if meta.published and date.fromisoformat(meta.date) > date.fromisoformat(meta.published) + timedelta(days=7):
        warnings.append("event date is after the publication date")
    return meta
