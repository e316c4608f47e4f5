"""Salient constraints of a question that the chosen article must contain.

A year, another number, or a proper name in the question that the article
never mentions means the article is about something else (the 2020 report
when 2023 is asked), so its sentences cannot answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.metadata import province_level, written_years
from index.normalize import fold
from index.records import Article

from .lexicon import COUNT_WORDS_IN_TEXT, COUNTRIES, EN_ORDINALS, NUMBER_WORDS, ORDINAL_WORDS
from .question import QuestionInfo, is_person_name
from .text import norm_number

__all__ = [
    "missing_constraints",
    "article_fold",
    "article_words",
    "name_share",
    "COMMON_NAME_SHARE",
    "COMMON_NAME_COUNT",
    "full_dates",
    "month_years",
]

# A name mentioned by at least this share (and this number) of the indexed articles is a soft constraint:
# an article may leave it unsaid ("TP" for Hồ Chí Minh City in a city paper).
COMMON_NAME_SHARE = 0.05
COMMON_NAME_COUNT = 10


@lru_cache(maxsize=1024)
def _fold_text(text: str) -> str:
    return " " + re.sub(r"[^\w%./-]+", " ", fold(text)) + " "


def article_fold(article: Article) -> str:
    """Folded article text (title, body, date, locality) with single spaces."""
    extra = " ".join(x for x in (article.title, article.date, article.locality, article.period) if x)
    return _fold_text(f"{extra}\n{article.text}")


@lru_cache(maxsize=1024)
def _words(text: str, accented: bool) -> frozenset[str]:
    low = text.lower()
    return frozenset(re.findall(r"\w+", low if accented else fold(low)))


def article_words(article: Article, accented: bool) -> frozenset[str]:
    """Words of the article (title included): lowercase as written, or folded."""
    return _words(f"{article.title or ''}\n{article.text}", accented)


@lru_cache(maxsize=1024)
def _numbers_of(folded: str) -> frozenset[str]:
    found = {norm_number(n) for n in re.findall(r"\d+(?:[.,]\d+)*", folded)}
    # "tháng 9.2016", "ngày 12.5": a month or a day written with a dot holds its numbers too
    found |= {n for m in _DOTTED_DATE.finditer(folded) for n in m.groups() if n}
    return frozenset(found)


_DOTTED_DATE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2}|(?:19|20)\d\d)(?:\.((?:19|20)\d\d))?(?!\d|[.,]\d)")


# Names written several ways: any member of a group satisfies the others (folded, spaces for "-" and ".").
_ALIASES = [
    {"ho chi minh", "hcm", "tphcm", "tp hcm", "sai gon", "tp ho chi minh"},
    {"ha noi", "tp ha noi", "hn"},
    {"da nang", "tp da nang"},
    {"thua thien hue", "hue"},
    *COUNTRIES,
]
_GENERIC = {"viet nam", "vn"}
_SWAPPED = str.maketrans(".,", ",.")


def _flat(text: str) -> str:
    return " " + re.sub(r"[\s.\-–/]+", " ", text).strip() + " "


def _has(text: str, name: str) -> bool:
    name = _flat(name).strip()
    return f" {name} " in text or f" {name.replace(' ', '')} " in text


def _has_apart(text: str, name: str) -> bool:
    """Whether the words of a name of three or more words come in order with at most two words between
    each ("Tết Đinh Dậu" in "Tết Nguyên đán Đinh Dậu"); not for a person's name."""
    words = _flat(name).split()
    if len(words) < 3 or is_person_name(words):
        return False
    gap = r" (?:\S+ ){0,2}"
    return re.search(" " + gap.join(map(re.escape, words)) + " ", text) is not None


def _has_halves(text: str, name: str) -> bool:
    """Whether a four-word name that is no person's comes as its two halves, each a name of its own
    ("Mieu Mon Dong Tam" typed together: "sân bay Miếu Môn" of "xã Đồng Tâm")."""
    words = _flat(name).split()
    if len(words) != 4 or is_person_name(words):
        return False
    return _has(text, " ".join(words[:2])) and _has(text, " ".join(words[2:]))


def name_share(name: str, articles) -> tuple[int, float]:
    """How many of ``articles`` mention ``name`` (or one of its aliases), and their share."""
    articles = list(articles)
    if not articles:
        return 0, 0.0
    group = next((g for g in _ALIASES if name in g), {name})
    hits = sum(1 for a in articles if any(_has(_flat(article_fold(a)), alt) for alt in group))
    return hits, hits / len(articles)


def _roman(n: int) -> str:
    """``n`` (1-39) in Roman numerals, lowercase: 14 -> "xiv"."""
    tens, units = divmod(n, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


def _spelled(n: str, article: Article) -> bool:
    """Whether ``article`` writes the small number ``n`` in Roman numerals ("quý I", "khóa XIV") or in words
    ("lần thứ hai") instead of digits."""
    if not n.isdigit() or not 0 < int(n) < 40:
        return False
    k = int(n)
    words = article_words(article, True)
    return _roman(k) in article_words(article, False) or any(w in words for w, v in COUNT_WORDS_IN_TEXT.items() if v == k)


def missing_constraints(
    info: QuestionInfo, article: Article, common: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()
) -> list[str]:
    """The question's years, numbers and names absent from ``article``.

    Names in ``common`` (mentioned by many articles, e.g. a big city a local paper calls "TP") are not
    required. A name guessed from a question typed without diacritics ("quan long bien") is required
    when the corpus knows it (``known``), else only its first word is.
    """
    text = article_fold(article)
    flat = _flat(text)
    nums = _numbers_of(text)
    dated = {d[:4] for d in (article.date, article.published) if d}
    # an article with no date that names no year at all cannot contradict the year asked
    undated = not dated and not written_years(text)
    # an article that writes the very day asked ("sáng nay (12.6)" for "sáng 12/6/2017") holds its year, when
    # it is undated or its year was only inferred (from "năm 2018" of a plan it reports)
    guessed = _year_guessed(article)
    found = [(d, m, y) for d, m, y in full_dates(info.text) if (guessed or not dated) and _writes_day(text, d, m)]
    # ... and one that dates its event in the month asked ("Sáng 6/6" for "tháng 6/2017")
    found += [(0, m, y) for m, y in month_years(info.text) if (guessed or not dated) and _writes_day(text, 0, m)]
    days = {y for _, _, y in found}
    nums = nums | {str(k) for d, m, _ in found for k in (d, m) if k}  # "ngày 12 tháng 6" written "12.6"
    missing = [y for y in info.years if y not in nums and y not in dated and y not in days and not undated]
    for n in info.numbers if info.qtype != "yesno" else ():  # "có đạt 100% không": a claim to check
        parts = [norm_number(p) for p in re.split(r"[.,/-]", n) if p]
        other = n.translate(_SWAPPED)  # "Industry 4.0" read as English "4,0": Vietnamese writes "4.0" too
        if n not in nums and other not in nums and not all(p in nums for p in parts) and len(n) <= 6 and not _spelled(
            n, article
        ):
            missing.append(n)
    asked = " ".join(re.findall(r"\w+", fold(info.text).lower()))
    local = [  # the places below a province the question names and the article has ("huyện Quỳnh Lưu")
        n for n in info.names
        if not province_level(n) and re.search(rf"\b{_LOCAL_HEADS} {re.escape(n)}\b", asked) and _has(flat, n)
    ]
    for name in info.names:
        if name in _GENERIC or name in common:
            continue
        if local and province_level(name):
            continue  # "huyện Quỳnh Lưu (Nghệ An)": a district's own news may leave its province unsaid
        group = next((g for g in _ALIASES if name in g), {name})
        if not any(_has(flat, alt) or _has_apart(flat, alt) or _has_halves(flat, alt) for alt in group):
            missing.append(name)
    for name in info.extras.get("soft_names", ()):  # "quan long bien" typed without accents: a guess
        if name in common:
            continue
        if name in known and not _has(flat, name):  # a guess the corpus does not know is no constraint
            missing.append(name)
    return missing


_FULL_DATE = re.compile(
    r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b|\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def full_dates(question: str) -> list[tuple[int, int, str]]:
    """(day, month, year) of each full date the question writes: "12/6/2017", "ngày 12 tháng 6 năm 2017"."""
    out = []
    for m in _FULL_DATE.finditer(question):
        d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        out.append((int(d), int(mo), y))
    return out


def _writes_day(folded: str, day: int, month: int) -> bool:
    """Whether folded text writes the day ``day/month`` without a year: "12/6", "12.6", "12-6", "12 thang 6"
    (``day`` 0: any day of the month)."""
    d = r"(?:[1-9]|[12]\d|3[01]|0[1-9])" if day == 0 else rf"0?{day}"
    return bool(re.search(rf"(?<![\d.,/-]){d}(?:\s*[/.-]\s*|\s+thang\s+)0?{month}(?![\d]|[.,/-]\d)", folded))


_MONTH_YEAR = re.compile(r"(?<![\d/.-])tháng\s+(\d{1,2})\s*(?:/|-|năm\s+)\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def month_years(question: str) -> list[tuple[int, str]]:
    """(month, year) of each month the question dates: "tháng 6/2017", "tháng 6 năm 2017"."""
    return [(int(m.group(1)), m.group(2)) for m in _MONTH_YEAR.finditer(question) if 1 <= int(m.group(1)) <= 12]


_MONTH_COUNTS = {fold(w): n for w, n in NUMBER_WORDS.items() if n >= 2}  # "năm tháng đầu năm": five months
_LOCAL_HEADS = r"(?:huyen|quan|thi xa|thanh pho|tp|xa|phuong|thi tran)"
_ROMAN = {_roman(k): k for k in range(1, 40)}
_ROMAN_RE = r"x{0,3}(?:ix|iv|v?i{0,3})"
_PERIODS = (
    ("month", re.compile(r"(?<![\d,.])(?<!\d )thang\s+(\d{1,2})(?![\d,.]\d)")),  # "tháng 10", not "7 tháng"
    # "6 tháng đầu năm"; "trong 4 tháng có gần 40 nghìn doanh nghiệp" (a report's months, not "trong 3 tháng tới")
    ("months", re.compile(r"(?<![\d,.])(\d{1,2})\s+thang\s+(?:dau|cuoi|qua)|(?<=trong )(\d{1,2})\s+thang(?!\s*(?:toi|sau|nua|\d|/))")),
    # ... in words: "trong năm tháng đầu năm 2017"
    ("months", re.compile(rf"\b({'|'.join(_MONTH_COUNTS)})\s+thang\s+(?:dau|cuoi)\s+nam\b")),
    ("quarter", re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b")),
    # the session and term of an assembly: "kỳ họp thứ 3" / "thứ tư", "Quốc hội khóa XIV" / "khóa 14"
    ("session", re.compile(rf"\bky hop (?:thu )?(\d{{1,2}}|{'|'.join(ORDINAL_WORDS)}|{_ROMAN_RE})\b")),
    ("term", re.compile(rf"\b(?:quoc hoi|hdnd|trung uong|dai hoi)\s+khoa\s+(\d{{1,2}}|{_ROMAN_RE})\b")),
    # the tier of government: "cấp xã/phường" (1), "cấp huyện/quận/thị xã" (2), "cấp tỉnh" (3)
    ("tier", re.compile(r"\bcap (xa|phuong|thi tran|huyen|quan|thi xa|tinh)\b")),
    # the level of an online public service: "dịch vụ công trực tuyến mức độ 3, 4", "cấp độ 4"
    ("level", re.compile(r"\b(?:muc|cap) do\s+([1-4](?:\s*(?:,|-|va|hoac)\s*(?:(?:muc|cap) do\s+)?[1-4])*)\b")),
)


_TIERS = {"xa": 1, "phuong": 1, "thi tran": 1, "huyen": 2, "quan": 2, "thi xa": 2, "tinh": 3}
_TIER_NAMES = {1: "cấp xã", 2: "cấp huyện", 3: "cấp tỉnh"}


def _ordinal(v: str) -> int | None:
    if v.isdigit():
        return int(v)
    return _ROMAN.get(v) or ORDINAL_WORDS.get(v) or _MONTH_COUNTS.get(v)


def periods(text: str) -> dict[str, set[int]]:
    """Months ("tháng 10"), first-months spans ("6 tháng đầu năm"), quarters ("quý I"), an assembly's
    session ("kỳ họp thứ 3") and term ("Quốc hội khóa XIV"), the tier of government ("cấp xã") and the level
    of an online service ("mức độ 3, 4") named in ``text``."""
    low = fold(text).lower()
    out: dict[str, set[int]] = {}
    for kind, pattern in _PERIODS:
        for m in pattern.finditer(low):
            if kind == "level":
                values = [int(d) for d in re.findall(r"\d", m.group(1))]
            elif kind == "tier":
                values = [_TIERS[m.group(1)]]
            else:
                values = [_ordinal(next((g for g in m.groups() if g), m.group(1)))]
            for v in values:
                if v:
                    out.setdefault(kind, set()).add(v)
    for kind, pattern, value in _EN_PERIODS:  # an English question: "in the first half of 2018", "in September"
        for m in pattern.finditer(low):
            out.setdefault(kind, set()).add(value(m))
    return out


_EN_COUNTS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven".split(), 1)}
_EN_MONTH_NAMES = "january february march april june july august september october november december".split()  # no "may"
_EN_PERIODS = (
    ("months", re.compile(r"\bfirst half\b"), lambda m: 6),
    ("months", re.compile(rf"\bfirst (\d{{1,2}}|{'|'.join(_EN_COUNTS)}) months\b"),
     lambda m: int(m.group(1)) if m.group(1).isdigit() else _EN_COUNTS[m.group(1)]),
    ("quarter", re.compile(r"\b(first|second|third|fourth) quarter\b"), lambda m: EN_ORDINALS[m.group(1)]),
    ("quarter", re.compile(r"\bq([1-4])(?=\s*(?:of\s+|/\s*)?(?:19|20)\d\d\b)"), lambda m: int(m.group(1))),  # "Q2 2020"
    ("month", re.compile(rf"\b(?:in|of|during) ({'|'.join(_EN_MONTH_NAMES)})\b"),
     lambda m: [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12][_EN_MONTH_NAMES.index(m.group(1))]),
)


_DAY_MONTH = re.compile(r"(?<![\d/])\d{1,2}/(\d{1,2})(?![\d])")


def period_conflicts(question: str, text: str) -> list[str]:
    """Periods of the question that ``text`` contradicts: it names other months/quarters and not these.

    "Tháng 10, quận 11 giải quyết bao nhiêu hồ sơ?" against "Trong tháng 9, quận đã giải quyết 97 hồ sơ"
    gives ``["tháng 10"]``: the text is about another month, so it cannot answer. A date of the asked
    month ("ngày 20/10") counts as naming it.
    """
    return conflicting_periods(periods(question), text)


def conflicting_periods(asked: dict[str, set[int]], text: str, said: dict[str, set[int]] | None = None) -> list[str]:
    """:func:`period_conflicts` with the question's :func:`periods` already read (once per question), and the
    text's too when given as ``said``."""
    if not asked:
        return []
    said = periods(text) if said is None else said
    if "month" in said:
        said = {**said, "month": said["month"] | {int(m) for m in _DAY_MONTH.findall(text) if 1 <= int(m) <= 12}}
    names = {
        "month": "tháng {}",
        "months": "{} tháng",
        "quarter": "quý {}",
        "session": "kỳ họp {}",
        "term": "khóa {}",
        "level": "mức độ {}",
    }
    out = [
        _TIER_NAMES[min(values)] if kind == "tier" else names[kind].format(min(values))
        for kind, values in asked.items()
        if said.get(kind) and not values & said[kind]
    ]
    # "6 tháng đầu năm" (or "quý 1") asked, the text about "tháng 9" only: a month outside the span asked
    months = said.get("month", set())
    for kind, span in (("months", lambda n: range(1, n + 1)), ("quarter", lambda q: range(3 * q - 2, 3 * q + 1))):
        if kind in asked and months and not said.get(kind):
            if not any(m in span(v) for v in asked[kind] for m in months):
                out.append(names[kind].format(min(asked[kind])))
    # "6 tháng đầu năm" asked, the text about "quý I" only (or the other way round): another stretch of the year
    if "months" in asked and said.get("quarter") and not said.get("months"):
        if not any(3 * q in asked["months"] for q in said["quarter"]):
            out.append(names["months"].format(min(asked["months"])))
    if "quarter" in asked and said.get("months") and not said.get("quarter"):
        if not any(3 * q in said["months"] for q in asked["quarter"]):
            out.append(names["quarter"].format(min(asked["quarter"])))
    return out


def unnamed_quarter(asked: dict[str, set[int]], text: str, said: dict[str, set[int]] | None = None) -> list[str]:
    """The quarter asked, when ``text`` (a whole article; its :func:`periods` when given as ``said``) names no
    stretch of the year at all: its figures are the year's ("tăng trưởng GDP quý 2/2017" against "mục tiêu
    tăng trưởng GDP 6,7% năm 2017")."""
    if "quarter" not in asked:
        return []
    said = periods(text) if said is None else said
    if any(said.get(k) for k in ("quarter", "months", "month")):
        return []
    return [f"quý {min(asked['quarter'])}"]


__all__ += ["periods", "period_conflicts", "conflicting_periods", "unnamed_quarter"]


def later_years(years: tuple[str, ...], article: Article, text: str) -> list[str]:
    """The question's years after the article's own (its event or publication date) that ``text``, a sentence
    of it, does not name: an article of 2017 reports no result of 2018 ("phấn đấu đến năm 2018" names it)."""
    if len(years) != 1 or _year_guessed(article):  # "giai đoạn 2001-2005": a period, which an article of 2001
        return []  # may plan; an inferred year is no date to be later than (the article's years are checked)
    own = [int(d[:4]) for d in (article.date, article.published) if d and d[:4].isdigit()]
    if not own or int(years[0]) <= max(own) or years[0] in text:
        return []
    # an article that itself reports the year (not as a target) may have its own date wrong (inferred)
    return [] if int(years[0]) in _written_years(article) else [years[0]]


def _year_guessed(article: Article) -> bool:
    """Whether the article's year was only inferred (from a plan's "năm 2018" it reports)."""
    return any(w.startswith("year inferred") for w in article.warnings)


def _written_years(article: Article) -> frozenset[int]:
    return _years_of(f"{article.title}\n{article.text}")


@lru_cache(maxsize=256)
def _years_of(text: str) -> frozenset[int]:
    return frozenset(written_years(fold(text)))


__all__ += ["later_years"]
