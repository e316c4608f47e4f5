"""Question analysis: expected answer type, the question's content words around its wh-phrase, constraints.

Vietnamese keeps its wh-words in place ("Thành phố đã tiếp nhận *bao nhiêu*
hồ sơ?" / "Thành phố đã tiếp nhận *trên 37.000* hồ sơ."), so the content
words on each side of the wh-phrase (``left``/``right``) tell where, in a
sentence, the answer sits. All matching is done on folded syllables, so a
question typed without diacritics or in the other tone convention analyses
the same way. English questions get the expected type from their wh-words
and Vietnamese terms from a small domain glossary.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from index.glossary import EN_COUNTS
from index.metadata import province_level
from index.normalize import fold, normalize

from .entities import persons, pos_words
from .lexicon import (
    ADMIN_CAPITALIZED,
    COUNT_WORDS,
    EN_ALIASES,
    EN_GLOSSARY,
    EN_HEADS,
    PLACE_HEADS,
    PLACE_HEADS_VI,
    ROLE_WORDS,
    SURNAMES,
    THING_HEADS,
    UNIT_HEADS,
    UNIT_HEADS_VI,
    countries_in,
    is_admin_word,
    titles_a_name,
)
from .text import ABBREVIATIONS, Token, expand, is_stop, key_of, norm_number, tokens

__all__ = ["QuestionInfo", "analyze_question", "TYPES"]

TYPES = ("number", "date", "person", "place", "thing", "directive", "list", "yesno")

_EN_MARKERS = frozenset(
    "what which who whom whose when where why how did does was were is are of and city province district ward "
    "many much the their its has have had been did ask asked at for with from".split()
)
_EN_BEFORE_NAME = _EN_MARKERS | frozenset("in on by to during after before since until under".split())  # "In Cao Lanh"
# syllables of Vietnamese typed without accents that are no English words
_VI_MARKERS = frozenset("nao nhieu khong chua duoc cua nhung cac xep thu nguoi tinh huyen phuong xa ty le nhat".split())
_EN_YESNO = frozenset("did does do is are was were can could has have had will would should must".split())
_DIRECT_VERBS = ("yeu cau", "chi dao", "de nghi", "kien nghi", "de xuat", "nhan manh", "giao", "dan", "yeu cau phai")
_SAY_VERBS = frozenset(("cho biet", "khang dinh", "nhan dinh", "thua nhan"))
_GIAO_NOUNS = (["thong"], ["dich"], ["luu"], ["tiep"], ["ban"])  # "giao thông", "giao dịch", "giao lưu", ...
_DAN_BEFORE = frozenset(("nguoi", "nhan", "cong", "cu", "nong", "quan", "thi", "vi", "lang"))  # "người dân", "nhân dân"
_EN_DIRECT = re.compile(
    r"\b(ask|asked|direct|directed|request|requested|demand|demanded|require|required|urge|urged|instruct|"
    r"instructed|order|ordered|call(?:ed)? (?:on|for)|propose|proposed|recommend|recommended|tell|told)\b"
)
_EN_AUX = r"did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|must"
# English nouns that ask an amount of money ("what was the total budget revenue")
_EN_MONEY = r"budget|revenue|turnover|capital|salary|wage|fee|cost|price|premium|compensation|spending|income"
# "how much" asks money before an auxiliary ("how much did X spend") or a money noun up to two words on
# ("how much FIFA support"); not "how much rice", "how much time"
_EN_FUNDS = r"money|funding|funds|investment|credit|loans?|tax|profit"  # ... and other words of money
_HOW_MUCH_MONEY = re.compile(
    rf"\s*much\s+(?:(?:{_EN_AUX})\b|(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_EN_MONEY}|{_EN_FUNDS}|support|aid|capital|fdi|oda)\b|\W|$)"
)
_BY_HOW_MUCH = re.compile(r"\bby\s+(?:(?:at\s+(?:least|most)|about|around|roughly)\s+)?$")
_EN_MONEY_NOUN = re.compile(rf"\b(?:{_EN_MONEY}|{_EN_FUNDS}|vnd|dong|usd)\b")
_EN_UNIT = (
    r"(ward|commune|district|province|city|town|unit|agency|locality|department|ministry|office|body|authority|"
    r"post|bank|organi[sz]ation|company|group|centre|center|station|place|bureau|team|police|union|facility|"
    r"localit(?:y|ies)|countr(?:y|ies))"
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_MONEY_WORDS = ("tiền", "kinh phí", "vốn", "usd", "tỉ đồng", "tỷ đồng", "triệu đồng", "mệnh giá", "phí")
_MONEY_WORDS += ("lương", "thu nhập", "ngân sách", "doanh thu")
_MONEY = re.compile(rf"(?<!\w)(?<!lãng )({'|'.join(_MONEY_WORDS)})(?!\w)")  # "lãng phí" (waste) is no fee
# without accents "lương" (salary) is "lượng" (chất lượng, số lượng): left out
_MONEY_FOLDED = re.compile(rf"\b(?<!lang )({'|'.join(fold(w) for w in _MONEY_WORDS if w != 'lương')})\b")
_QUOTED = re.compile(r"(?:[\"“”„«»]|(?<!\w)['‘])([^\"“”„«»‘’]{2,120}?)(?:[\"“”„«»]|['’](?!\w))")


# words after "bao nhiêu" that name no unit: "bao nhiêu mỗi năm" (a rate), "trả bao nhiêu nhờ có BHYT"
_NOT_UNITS = frozenset(("mỗi", "nhờ", "một"))
_NOT_UNITS_FOLDED = frozenset(fold(w) for w in _NOT_UNITS)
_ASIDE = 0.5  # weight of a word in the question's parentheses: context that places it, not what it asks


def _no_unit(word: str, accented: bool) -> bool:
    low = word.lower()
    return low in (_NOT_UNITS if accented else _NOT_UNITS_FOLDED)


@dataclass(frozen=True)
class QuestionInfo:
    """What a question asks for and what it says (folded content words, constraints)."""

    text: str  # normalized question
    lang: str  # "vi" | "en"
    qtype: str  # one of TYPES
    item_type: str  # for lists: the type of each item (person/place/thing/number/date); else qtype
    mode: str = ""  # finer wish: "percent", "duration", "rank", "year", "reason", "manner", "money"
    head: tuple[str, ...] = ()  # folded head noun of "X nào/gì" ("mo", "hinh")
    left: tuple[str, ...] = ()  # content word keys before the wh-phrase (see ``accented``)
    right: tuple[str, ...] = ()  # ... and after it (English: every glossary term, no order)
    years: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()  # other numbers of the question (normalized keys)
    names: tuple[str, ...] = ()  # folded proper names (places, persons, organisations)
    quoted: tuple[str, ...] = ()
    negated: bool = False
    accented: bool = False  # keys are lowercase words as written (else folded: typed without diacritics)
    weights: dict = field(default_factory=dict)  # key -> closeness to the wh-phrase in the question (0.35..1)
    unit: tuple[str, ...] = ()  # keys right after "bao nhiêu" ("hồ", "sơ"): the unit asked for
    extras: dict = field(default_factory=dict)

    @property
    def terms(self) -> tuple[str, ...]:
        return self.left + self.right

    def weight(self, key: str) -> float:
        return self.weights.get(key, 1.0)

    @property
    def ordered(self) -> bool:
        """Whether ``left``/``right`` reflect word order (Vietnamese) or not (English glossary terms)."""
        return self.lang == "vi"


def _is_english(text: str, toks: list[Token]) -> bool:
    toks = tokens(_QUOTED.sub(" ", text))
    words = [t.fold for t in toks if not t.is_num]
    if not words:
        return False
    markers = sum(w in _EN_MARKERS for w in words)
    # accents in lower-case words: an English question may name "Ngô Thị Ái Hương" with all of hers
    accented = sum(t.fold != t.text.lower() and not t.text[:1].isupper() for t in toks)
    first = words[0]
    if markers < 2 and sum(w in _VI_MARKERS for w in words) >= 2:
        return False  # "can tho xep hang thu may ...": Cần Thơ typed without accents, no "can"
    return (markers >= 2 or first in _EN_MARKERS | _EN_YESNO) and accented <= max(3, len(words) // 3)


def _find(seq: list[str], pattern: tuple[str, ...], start: int = 0) -> int:
    n = len(pattern)
    for i in range(start, len(seq) - n + 1):
        if tuple(seq[i : i + n]) == pattern:
            return i
    return -1


def _ends_with(seq: list[str], end: int, options) -> tuple[str, ...] | None:
    """The longest option (a folded phrase) that ends right before ``end`` in ``seq``."""
    best = None
    for opt in options:
        words = tuple(opt.split())
        n = len(words)
        if end - n >= 0 and tuple(seq[end - n : end]) == words and (best is None or n > len(best)):
            best = words
    return best


def _starts_with(seq: list[str], options) -> tuple[str, ...] | None:
    """The longest option (a folded phrase) that ``seq`` starts with."""
    best = None
    for opt in options:
        words = tuple(opt.split())
        if tuple(seq[: len(words)]) == words and (best is None or len(words) > len(best)):
            best = words
    return best


def _contains_phrase(seq: list[str], options, lo: int = 0, hi: int | None = None) -> tuple[str, ...] | None:
    hi = len(seq) if hi is None else hi
    best = None
    for opt in options:
        words = tuple(opt.split())
        i = _find(seq[lo:hi], words)
        if i >= 0 and (best is None or len(words) > len(best)):
            best = words
    return best


# words that make a count another count: "hồ sơ [trễ hạn]" are not all "hồ sơ", "doanh nghiệp [giải thể]" are no
# "doanh nghiệp thành lập mới" (folded)
_QUALIFIERS = frozenset(
    "tre han|qua han|tre hen|dung han|truoc han|som han|truc tuyen|ton dong|nuoc ngoai|trong nuoc|quoc te|noi dia"
    "|bi tu choi|khong dat|moi|giai the|pha san|thanh lap|ngung hoat dong|tam ngung|dang ky moi"
    .split("|")
)
_ORIGINS = ("trong nuoc", "nuoc ngoai", "quoc te", "noi dia")
_CAPITAL_OF = ("co von dau tu", "von dau tu", "co von")  # words between a count's unit and the capital's origin
# a source or address closing a question: "... không, theo ông Đặng Hùng Võ?", "... chưa, thưa Thứ trưởng?"
# (not the losses of "..., thua lỗ lớn không?")
CLOSING = re.compile(r",\s*(?:theo|thưa|thua(?!\s+(?:lỗ|lo|kém|kem)\b))\s[^,]*$", re.IGNORECASE)
_DONE_TO = ("giai quyet", "xu ly", "tra ket")  # "bị giải quyết trễ hạn", "bị xử lý quá hạn"
LATE = ("tre han", "qua han", "tre hen", "qua hen")
ON_TIME = ("dung han", "dung hen", "truoc han", "truoc hen", "som han")
# what a rate is of, beside its files: "tỷ lệ hồ sơ [trễ hạn]", "tỷ lệ hồ sơ nộp [trực tuyến]" (folded)
RATE_QUALIFIER = re.compile(rf"\b({'|'.join(LATE + ON_TIME + ('truc tuyen', 'ton dong') + _ORIGINS)})\b")
EN_MONTHS = (
    "january february march april may june july august september october november december".split()
)
_PERSON_NOUNS = frozenset(
    (
        "cu tri", "dai bieu", "chuyen gia", "dong chi", "nha bao", "luat su", "giao su", "tieu thuong", "bac si",
        "benh nhan", "tac gia", "phong vien", "nha van", "sinh vien", "hoc sinh", "giao vien", "ky su", "doanh nhan",
        "can bo",  # (not "nghệ sĩ": stage names have no surname to find)
    )
)
_PER = (["moi"], ["hang"])  # "mỗi tháng", "hàng ngày": a rate per period, no date
# words that open like a person's classifier and are none: "vị trí", "vị thế" (folded)
_NOT_PERSONS = (["vi", "tri"], ["vi", "the"])
_GENERIC_PERSON = frozenset(("lanh dao", "nguoi", "vi", "dong chi", "ca nhan", "vi lanh dao"))
# words that open a question with a capital only because they come first ("Ngoài", "Sau", "Hiện")
_OPENERS = frozenset("ngoài sau cùng nhờ do hiện riêng qua thay nhân dịp sáng chiều tối".split())
_EN_SEPARATORS = str.maketrans(",.", ".,")
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
_MIDDLE_NAMES = frozenset(("thi", "van"))  # "Lê Thị | Lệ Thủy" is one name, not two
_PLACE_HEAD_WORDS = ("tinh", "huyen", "quan", "phuong", "xa", "thi xa", "thanh pho", "tp", "thi tran")
# words typed without accents that only look like a place head: "co quan" (cơ quan), "quan ly" (quản lý),
# "quan tam", "xa hoi" (xã hội), "tinh hinh" (tình hình) ...
_NOT_HEAD_BEFORE = {
    "quan": {"co", "lien", "tuong", "khach", "tham", "chu", "binh", "hai", "bi", "lac", "truc", "ngoai", "tong"},
    "xa": {"cach", "rut"},
    "phuong": {"dia", "song", "da", "don"},
}
_NOT_HEAD_AFTER = {
    "quan": {"ly", "tam", "trong", "he", "diem", "sat", "chuc", "niem", "doi", "su", "nhan", "khu", "chung", "dao"},
    "xa": {"hoi", "xoi"},
    "tinh": {"hinh", "trang", "than", "thuong", "cam", "chat", "toan"},
    "phuong": {"an", "thuc", "phap", "huong", "tien", "cham", "dien"},
}


def _not_a_place_head(folds: list[str], i: int, n: int) -> bool:
    """Whether the one-word place head at ``i`` is a syllable of a common word ("co quan", "quan ly")."""
    if n != 1:
        return False
    w = folds[i]
    before = folds[i - 1] if i else ""
    after = folds[i + 1] if i + 1 < len(folds) else ""
    return before in _NOT_HEAD_BEFORE.get(w, ()) or after in _NOT_HEAD_AFTER.get(w, ())


# capitalized words that open a common term written on in lower case ("Nghị quyết", "Hội nghị"), folded
_TERMS = frozenset(
    "nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu|ke hoach|hoi nghi|cong van|bao cao|chuong trinh|de an".split("|")
)


def _opens_a_term(toks: list[Token], t: Token) -> bool:
    """Whether ``t`` and the lower-case word after it form one of :data:`_TERMS`."""
    i = next((k for k, x in enumerate(toks) if x is t), -1)
    nxt = toks[i + 1] if 0 <= i < len(toks) - 1 else None
    return nxt is not None and nxt.text[:1].islower() and f"{t.fold} {nxt.fold}" in _TERMS


# administrative words that end a place's name too ("Nghệ An", "Quảng Nam", "Nam Định") unless they follow
# the word that makes them administrative ("Công an", "Việt Nam"); "Thành" after a name's word ("Yên Thành")
_ADMIN_AFTER = {"an": "cong", "nam": "viet"}


def _admin_in_name(part: list[Token], k: int) -> bool:
    """Whether ``part[k]`` is administrative language inside a capitalized run ("UBND Phường")."""
    t = part[k]
    if t.fold in _ADMIN_AFTER and t.text != t.text.upper():
        return k > 0 and part[k - 1].fold == _ADMIN_AFTER[t.fold]
    if t.fold == "thanh" and k > 0 and not is_admin_word(part[k - 1].text):
        return False  # "Yên Thành", not the "Thành" of "Thành phố", "Thành ủy"
    return is_admin_word(t.text)


def _names(text: str, toks: list[Token], lang: str) -> tuple[str, ...]:
    """Folded proper names: places after a place head, person names, other all-capitalized runs."""
    out: list[str] = []
    runs: list[list[Token]] = []
    for t in toks:
        cap = t.text[:1].isupper() and not t.is_num
        if cap and runs and runs[-1] and text[runs[-1][-1].end : t.start] in (" ", "-", "."):
            runs[-1].append(t)
        elif cap:
            runs.append([t])
        else:
            runs.append([])
    accented = any(t.fold != t.text.lower() for t in toks)
    soft: list[str] = []
    for run in runs:
        words = [t.fold for t in run]
        # drop leading titles, admin words and function words ("Những", "Phó", "Chủ", "tịch", "UBND")
        i = 0
        while i < len(words) and (
            _admin_in_name(run, i)
            or is_stop(run[i].text)
            or words[i] in _EN_MARKERS
            or (run[i] is toks[0] and run[i].text.lower() in _OPENERS)  # "Ngoài Văn phòng ...": capital by place
            or _ROMAN_NUMERAL.fullmatch(run[i].text)  # "quý I Hương Thủy": the quarter's numeral, not the name's
        ):
            i += 1
        while i < len(words) - 2 and titles_a_name(words, i):
            i += 1  # "Ông Ngô Văn Vinh": the title is no part of the name
        words, part = words[i:], run[i:]
        if not words or any(_admin_in_name(part, k) for k in range(len(part))) and not is_person_name(words):
            continue  # "UBND Phường", but not "Lê Thị Lệ Thủy" ("Thị" also abbreviates "thị xã")
        if len(part) == 1 and lang == "vi" and part[0] is not toks[0] and foreign_name(part[0].text):
            out.append(words[0])  # "FDI vào Ukraina", "hãng Dunsky": a foreign name in one word
            continue

        def foreign(t: Token) -> bool:  # an English word in the run ("Department", "ICT", "Index")
            if t.fold != t.text.lower():
                return False
            if lang == "en" and len(t.text) >= 4 and t.text.lower() in _glossary_words():
                return True  # "Long Xuyên City Party": "City", "Party" are the glossary's English words
            return len(t.text) >= 6 or (t.text.isupper() and lang == "en")

        while part and foreign(part[-1]):
            part, words = part[:-1], words[:-1]
        while part and _opens_a_term(toks, part[-1]):  # "Tô Hoàng Linh Nghị quyết 18": the name ends before
            part, words = part[:-1], words[:-1]
        while part and foreign(part[0]):
            part, words = part[1:], words[1:]
        plain = not any(t.fold != t.text.lower() for t in part)
        syllables = lang == "vi" and len(part) >= 2 and all(_SYLLABLE.fullmatch(t.fold) for t in part)  # "Long An"
        if not part or (lang == "en" or accented) and plain and not syllables:
            continue  # English capitalized words ("Department", "Vietnam ICT Index"): not a Vietnamese name
        split = None
        if len(part) >= 3 and part[0].text.isupper() and len(part[0].text) >= 2 and (
            is_person_name(words[1:]) or words[0] in ABBREVIATIONS
        ):
            split = 1  # "VCCI Vũ Tiến Lộc", "TP.HCM Đinh La Thăng": a body then a person (not "HCM Đinh" + "La ...")
            # ("NN&PTNT Quảng Bình": an abbreviation the article may write in full, then a place)
        if split is None:
            split = next(
                (
                    j
                    for j in range(2, len(words) - 1)
                    if words[j] in SURNAMES and len(words) - j <= 4 and words[j - 1] not in _MIDDLE_NAMES
                ),
                None,
            )
        if split is None and len(words) >= 4 and province_level(" ".join(words[-2:])):
            split = len(words) - 2  # "chợ Lương Văn Can Hải Phòng": a street's name then a province
        if split:  # "Đà Nẵng Nguyễn Xuân Anh": a place then a person
            body = " ".join(words[:split])
            spelled = body in ABBREVIATIONS and not province_level(fold(ABBREVIATIONS[body]))  # not "HCM": a place
            spelled = spelled or body in _TITLE_ABBREVIATIONS  # "ĐBQH Nguyễn Văn Cảnh": a title, no body
            spelled = spelled or (split == 1 and text[part[0].start - 1 : part[0].start] == "&")  # "KH&[CN] Phạm ..."
            out.extend([body, " ".join(words[split:])] if not spelled else [" ".join(words[split:])])
            continue  # ("Bộ trưởng GTVT Đào Đình Bình": the article may write "Giao thông Vận tải")
        if len(words) >= 2 or (
            len(words) == 1 and part[0].text.isupper() and len(words[0]) >= 3 and lang == "vi"
            and words[0] not in ABBREVIATIONS  # "DNNN": the article may write its words in full
        ):
            out.append(" ".join(words))
    if lang == "vi":  # "Trung Quốc", "Hàn Quốc" are made of administrative words; "Mỹ", "Nga" are one word
        out.extend(sorted(countries_in(text)))
    if lang == "vi" and not accented:  # typed in lower case: names only after a place head
        folds = [t.fold for t in toks]
        for i in range(len(folds)):
            for h in _PLACE_HEAD_WORDS:
                hw = h.split()
                if folds[i : i + len(hw)] == hw and not _not_a_place_head(folds, i, len(hw)) and not (
                    i and toks[i].text[:1].isupper()  # "ba Nguyen Thanh Tinh": a capital makes it a name's
                ):
                    rest = folds[i + len(hw) : i + len(hw) + 2]
                    bad = any(
                        is_stop(r) or r.isdigit() or r in _PLACE_HEAD_WORDS or r in ADMIN_CAPITALIZED for r in rest
                    ) or rest[1:] in (["ong"], ["ba"])  # "thanh pho do ong To Hoang Linh ...": "do" (by), then a title
                    if len(rest) == 2 and not bad:
                        soft.append(" ".join(rest))
    if lang == "en":  # "Sa Dec", "Huong Thuy" typed without accents: Vietnamese syllables, no English words
        english = _glossary_words() | set(EN_MONTHS)
        for run in runs:
            while run and (run[0].fold in english or run[0].fold in _EN_BEFORE_NAME):
                run = run[1:]  # "May Tan Hong": the month, then the name
            person = len(run) >= 3 and is_person_name([t.fold for t in run])  # "Vo Thi Minh Thao": "minh" too
            if len(run) >= 2 and all(
                t.fold == t.text.lower() and _SYLLABLE.fullmatch(t.fold) and (person or t.fold not in english)
                for t in run
            ):
                out.append(" ".join(t.fold for t in run))
        low = fold(text)
        for alias, vi in EN_ALIASES.items():
            if re.search(rf"\b{re.escape(alias)}\b", low):
                out.append(vi)
        # an acronym the glossary does not gloss ("FIFA", "VCCI", "SIPAS") is a name the article must have
        known = _glossary_words()
        for t in toks:
            w = t.text.lower()
            if t.text.isupper() and len(t.text) >= 3 and not t.is_num and not re.fullmatch(r"[ivxl]+", w):
                if w not in known and w not in EN_ALIASES and fold(w) not in ABBREVIATIONS:  # "CCHC": words
                    out.append(fold(w))  # "ĐKDT" as the article folds it
    return tuple(dict.fromkeys(out)), tuple(dict.fromkeys(soft))


# one Vietnamese syllable (folded): an onset, a vowel group, a coda
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def foreign_name(word: str) -> bool:
    """Whether a capitalized word written without accents is no Vietnamese syllable ("Ukraina", "Paris")."""
    return (
        word[:1].isupper()
        and word[1:].islower()  # not "HoREA": an acronym the article may spell out
        and word.isalpha()
        and len(word) >= 4
        and fold(word) == word.lower()
        and not _SYLLABLE.fullmatch(word.lower())
    )


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    """The answerer's glossary and the retrieval glossary as one, folded: the retrieval one supplies the words
    only it knows ("friendly" -> "than thien"), and a phrase both know has the words of both ("late" ->
    "tre han tre hen cham"), the answerer's first; read by :func:`index.glossary.gloss_pieces`."""
    from index.glossary import GLOSSARY

    table = {fold(phrase): fold(vi).lower() for phrase, vi in GLOSSARY.items()}
    for phrase, vi in EN_GLOSSARY.items():
        words = vi.split()
        extra = [w for w in table.get(phrase, "").split() if w not in words]
        table[phrase] = " ".join(words + extra)
    return table


@lru_cache(maxsize=1)
def _glossary_words() -> frozenset[str]:
    """Every English word of :func:`_glossary`'s phrases ("par" of "par index")."""
    return frozenset(w for phrase in _glossary() for w in phrase.split())


# words that end the noun phrase after "how many": a verb or auxiliary, a preposition
_EN_PHRASE_END = (
    r"did|do|does|had|have|has|were|was|are|is|will|would|can|could|of|in|for|at|on|to|from|with|by|that|which"
    r"|who|under|about|per|within|received|got|signed|attended|took|won"
)


def _english_unit(clean: str, qtype: str, mode: str, text: str = "") -> tuple[str, ...]:
    """The folded Vietnamese unit an English question counts: "how many house and land [certificates]"
    -> ("giay", "chung"), "how many collectives" -> ("tap", "the"), "what score" -> ("diem",); the Vietnamese
    the question (``text``, as written) gives in brackets: "how many land-use certificates (sổ đỏ)" -> ("so", "do")."""
    given = re.search(r"(?i)\bhow many\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*\(([^()]{2,40})\)", text)
    if given and re.search(r"[^\x00-\x7f]", given.group(1)):  # accented: Vietnamese words
        return tuple(fold(w).lower() for w in given.group(1).split()[:2])
    um = re.search(r"\bhow (?:many|much)\s+([\w-]+(?:\s+[\w-]+)?)", clean) or re.search(
        r"\bnumber of\s+([\w-]+(?:\s+[\w-]+)?)", clean  # "what investment scale (number of rooms)"
    )
    if not um:
        return ("diem",) if qtype == "number" and re.search(r"\b(score|scores|points)\b", clean) and not mode else ()
    # the counted noun ends the noun phrase: "how many house and land [certificates] had ..."
    phrase = re.match(r"\s*((?:[\w-]+\s+){0,4}?[\w-]+)(?=\s+(?:" + _EN_PHRASE_END + r")\b|\s*\(|\s*$)", clean[um.start(1) :])
    head_words = phrase.group(1).split() if phrase else um.group(1).split()[:1]
    if len(head_words) == 3 and head_words[1] in ("and", "or"):  # "communes and wards": either, the first
        head_words = head_words[:1]
    if re.search(r"\bhow much\b", clean):  # "how much is the fee": an amount, whatever its noun
        head_words = [w for w in um.group(1).split()[:1] if w in EN_GLOSSARY]
    for candidate in ((" ".join(head_words[-2:]), head_words[-1]) if head_words else ()):
        words = _glossed(candidate)  # "collectives" as "collective"
        if words:
            return tuple(words[:2])
    return ()


def _glossed(phrase: str) -> list[str]:
    """The folded Vietnamese words of an English phrase the glossary knows as one piece; [] otherwise."""
    from index.glossary import gloss_pieces

    pieces = gloss_pieces(phrase, _glossary())
    return pieces[0][1].split() if len(pieces) == 1 and pieces[0][1] else []


def english_units(text: str) -> frozenset[str]:
    """The first folded Vietnamese word of each noun "how many A and B" counts ("chapters and hospitals":
    chuong, benh); "*" for a noun the glossary does not know ("articles": "điều" of a law or a news item)."""
    m = re.search(r"\bhow many\s+([a-z-]+)\s+and\s+([a-z-]+)\b", text.lower())
    if not m:
        return frozenset()
    units = {(_glossed(word) or ["*"])[0] for word in m.groups()}
    return frozenset(units) if len(units) == 2 else frozenset()


# English qualifiers of a counted noun -> the Vietnamese qualifier the count must carry (folded)
_EN_QUALIFIERS = {
    "domestic": "trong nuoc",
    "foreign": "nuoc ngoai",
    "foreign-invested": "nuoc ngoai",
    "overdue": "qua han",
    "late": "tre han",
    "online": "truc tuyen",
    "international": "quoc te",
}


def _english_unit_mod(clean: str, unit: tuple[str, ...]) -> tuple[str, ...]:
    """The qualifier "how many domestic enterprises" puts on the ``unit`` counted: ("trong", "nuoc"); () if none
    (or no unit, or the qualifier is the unit itself: "how many online services" -> unit "truc tuyen")."""
    m = re.search(r"\bhow many\s+((?:[\w-]+\s*){1,3})", clean) if unit else None
    words = m.group(1).split()[:-1] if m else []  # the words before the last one, the noun's
    mod = tuple(next((_EN_QUALIFIERS[w] for w in words if w in _EN_QUALIFIERS), "").split())
    return mod if mod != unit else ()


def _english_terms(low: str) -> tuple[str, ...]:
    """Folded Vietnamese keywords of an English question (longest glossary phrase first, word by word)."""
    from index.glossary import gloss_pieces

    terms = [t for _, vi in gloss_pieces(low, _glossary()) if vi for t in vi.split()]
    return tuple(dict.fromkeys(terms))


_EN_WH = re.compile(r"\b(what|which|who|whom|whose|when|where|why|how)\b")


def _english_weights(low: str) -> dict[str, float]:
    """Closeness of each Vietnamese keyword's English source to the wh-word, as for Vietnamese questions:
    "Who chaired Cao Lãnh's conference ..." weighs "chủ trì" most; words further away down to 0.6."""
    from index.glossary import gloss_pieces

    m = _EN_WH.search(low, max(0, low.find(_main_clause(low))))
    if not m:
        return {}
    out: dict[str, float] = {}
    for seg, backwards in ((low[m.end() :], False), (low[: m.start()], True)):
        pieces = gloss_pieces(seg, _glossary())
        for d, (en, vi) in enumerate(reversed(pieces) if backwards else pieces, start=1):
            w = max(0.6, math.exp(-(d - 1) / 6.0))
            for k in (vi or en).split():
                out[k] = max(out.get(k, 0.0), w)
    return out


# verbs whose object a "what did X <verb>" question asks for
_EN_ANCHOR_VERBS = frozenset(
    "ask asked require required demand demanded request requested expect expected propose proposed suggest "
    "suggested direct directed instruct instructed urge urged want wanted commit committed pledge pledged "
    "promise promised plan planned decide decided recommend recommended emphasize emphasized stress stressed".split()
)


def _english_anchor(low: str) -> tuple[str, ...]:
    """Vietnamese of the verb in "what did X <verb> ...?" ("expect" -> "mong doi"), as two-word phrases
    ("yeu cau", "de nghi"): the answer follows it in the article."""
    from index.glossary import gloss_pieces

    m = re.search(r"\bwhat (?:did|does|do|will|would|should|must|has|have)\b(.*)", _main_clause(low))
    if not m:
        return ()
    verb = next((w for w in re.findall(r"[a-z]+", m.group(1)) if w in _EN_ANCHOR_VERBS), None)
    if verb is None:
        return ()
    vi = next((v for _, v in gloss_pieces(verb, _glossary()) if v), "")
    words = fold(vi).split()
    return tuple(" ".join(words[i : i + 2]) for i in range(0, len(words), 2))


_LEVEL = re.compile(r"\b(commune|ward|district|provincial|province|city|town|central|grassroots)[- ]level\b")


def _level_phrases(low: str) -> tuple[str, ...]:
    """Vietnamese phrases of English "<unit>-level" modifiers, in Vietnamese order: "commune-level" ->
    "cap xa" (folded). They tell "cấp xã" from "thị xã" where the single words cannot."""
    out = []
    for m in _LEVEL.finditer(low):
        gloss = EN_GLOSSARY.get(m.group(1), "")
        if gloss:
            out.append("cap " + ("huyen" if gloss == "huyen quan" else gloss))
    return tuple(dict.fromkeys(out))


_EN_RELATIVE = frozenset(("which", "who", "whom", "whose", "where", "when"))


def _main_clause(low: str) -> str:
    """The main clause of an English question ("when X came out, could Y ...?" -> "could Y ...?")."""
    parts = [p.strip() for p in re.split(r",", low) if p.strip()]
    # a question that opens with its own question word keeps it: ", which Minister X visited" after
    # "How many reporters work at To Quoc newspaper" is a relative clause (but "when X came out, could Y")
    opens = parts[0].split()[0] if parts else ""
    asks_first = opens in _EN_YESNO or opens in ("what", "which", "who", "whom", "whose", "where", "why", "how")
    for part in reversed(parts[1:]):
        first = part.split()[0]
        if asks_first and first in _EN_RELATIVE:
            continue
        if first in _EN_YESNO or first in ("what", "which", "who", "whom", "whose", "when", "where", "why", "how"):
            return part
    return low


# the words before the noun a "which" asks for: a few, none of them a verb or a function word
# ("which [Ho Chi Minh City Bar Association] lawyer said", not "which agency [asked the] lawyer")
_EN_NOUN_WORDS = (
    r"(?:(?!(?:the|a|an|of|to|in|on|at|for|by|with|from|and|or|did|does|do|was|is|were|are|has|have|had|will"
    r"|would|could|should|can|said|says|told|asked|sent|gave|met|made)\b)(?!\w+ed\b)\w+ ){0,6}"
)


def _english_type(low: str) -> tuple[str, str, str]:
    """(qtype, item_type, mode) of an English question (``low``: folded, quotes removed)."""
    main = _main_clause(low)
    words = main.split()
    first = words[0] if words else ""
    m = re.search(r"\b(what|which|who|whom|whose|when|where|why|how)\b", main)
    wh = m.group(1) if m else ""
    after = main[m.end() :] if m else main
    plural_unit = re.search(
        r"^\s*(\w+ ){0,3}(wards|communes|districts|provinces|cities|localities|units|models|agencies|"
        r"departments|countries|ministries|procedures|services|measures|tasks|offices|sectors|officials|people|"
        r"leaders|deputies|vice[- ]chairmen|members|reasons|things|items|steps|solutions|areas|fields)\b",
        after,
    )
    if first in _EN_YESNO or (not wh and words[:1] and words[0] in _EN_YESNO):
        return "yesno", "yesno", ""
    if wh == "why":
        return "thing", "thing", "reason"
    if wh == "how" and re.match(r"\s*(many|much)\b", after):
        mode = "percent" if re.search(r"\b(percent|percentage|share|proportion|rate)s?\b", main) else ""
        # "by (at least) how much did it cut the time": the size of a change, money only when a money noun says so
        change = _BY_HOW_MUCH.search(main[: m.start()]) and not _EN_MONEY_NOUN.search(main)
        if not mode and not change and _HOW_MUCH_MONEY.match(after):
            mode = "money"  # "how much support/funding ...", "how much did X spend"; not "how much rice", "much time"
        return "number", "number", mode
    if wh == "how" and re.match(r"\s*(satisfied|pleased|happy)\b", after):  # a satisfaction rate
        return "number", "number", "percent"
    if wh == "how" and re.match(r"\s*(large|big|high|low|small)\b", after):  # "how large is the package"
        money = re.search(r"\b(credit|loans?|funds?|funding|capital|package|budget|investment)\b", main)
        return "number", "number", "money" if money else ""
    if wh == "how" and re.match(r"\s*(long|far|often|soon)\b", after):
        return "number", "number", "duration"
    if wh == "how" and re.match(r"\s*(fast|quickly)\b", after):  # "how fast did the economy need to grow"
        grows = re.search(r"\b(grow|grew|growth|increase|rise|rose)\b", main)
        return "number", "number", "percent" if grows else "duration"
    if wh == "when":
        return "date", "date", ""
    if wh in ("who", "whom", "whose"):
        return "person", "person", ""
    if wh == "where":
        if re.search(r"\b(rank|ranks|ranked|placed|stand|stands|stood)\b", after):
            return "number", "number", "rank"  # "Where did Tân Hồng district rank": "xếp thứ 11/12"
        return "place", "place", ""
    if wh in ("what", "which"):
        if re.match(r"\s*did\b", after) and _EN_DIRECT.search(main):
            return "directive", "directive", ""
        if re.match(r"\s*(?:were|was|are|is)\b.{0,40}?\b(?:told|asked|urged|required|instructed|directed|requested"
                    r"|ordered)\s+to\b", after):
            return "directive", "directive", ""  # "what were officials told to do"
        if re.match(rf"\s*(?:{_EN_AUX})\b(?: \w+){{1,6}} (?:expect|want|wish|hope)(?:s|ed)?\b", after):
            return "list", "thing", ""  # "what did residents expect from ...": what people wish for is a list
        if re.match(r"\s*(date|day|time|deadline)\b", after) or re.search(r"\bthe (\w+ )?(date|day|deadline)\b", after[:30]):
            return "date", "date", ""
        if re.match(r"\s*year\b", after):
            return "date", "date", "year"
        if re.match(r"\s*(?:time\s+)?period\b", after):  # "during which period": years, as "giai đoạn nào"
            return "date", "date", ""
        asked = re.search(
            r"^\s*(was |is |were |are )?(the )?([\w'()-]+ ){0,8}?\(?"  # ("investment scale (number of rooms)")
            r"(percentage|share|proportion|rate|score|ratio|number|amount|fee|cost|price|rank|ranking|position|scale"
            r"|satisfaction level|growth|increase|inflation|total|budget|revenue|turnover|value|volume"
            r"|maximum|minimum|limit|capital|salary|wage|population|premium|compensation|target|reading"
            # (rates in the plural too: "what shares of cotton and fabric")
            r"|pmi|cpi)(?:(?:(?<=percentage)|(?<=share)|(?<=proportion)|(?<=rate))s)?\b",
            after,
        )
        if asked and re.match(r"\s+(?:of\s+)?(?:about\s+|nearly\s+|over\s+|almost\s+)?\d", after[asked.end(4) :]):
            asked = None  # "which facility recorded a rate of 94.5%": the figure is given, the unit is asked
        elif asked and wh == "which" and re.match(r"\s*(?!was |is |were |are |the )\w", after):
            lead = len(after) - len(after.lstrip())
            if asked.start(4) > lead:
                asked = None  # "which organization has set up a ranking system": the noun after "which" is asked
        if asked:  # the first such noun is what is asked: "which rank ..., as shared by" asks a rank
            noun = asked.group(4)
            percent = ("percentage", "share", "proportion", "rate", "satisfaction level", "growth", "increase", "inflation", "cpi")
            if noun == "target":  # "what target ... for the share of dossiers": a target figure, a rate when it says so
                noun = "share" if re.search(r"\b(percentage|share|proportion|rate)s?\b", after) else "number"
            mode = "percent" if noun in percent else "rank" if noun in ("rank", "ranking", "position") else ""
            if not mode and re.match(rf"(?:{_EN_MONEY})\b|(?:total|amount|value)\s+(?:\w+\s+)?(?:{_EN_MONEY}|{_EN_FUNDS})\b",
                                     after[asked.start(4) :]):
                mode = "money"  # "total budget revenue": an amount of money, not "6 tháng"
            return "number", "number", mode
        if plural_unit:
            unit = plural_unit.group(2)
            if unit in ("officials", "people", "leaders", "deputies", "members") or "chairmen" in unit:
                return "list", "person", ""
            item = (
                "place"
                if re.search(
                    r"ward|commune|district|province|cit|localit|unit|agenc|department|"
                    r"countr|ministr|office",
                    unit,
                )
                else "thing"
            )
            return "list", item, ""
        if re.match(
            rf"\s*{_EN_NOUN_WORDS}(official|minister|leader|chairman|chairwoman|person|director|deputy|"
            r"secretary|head|chief|officer|lawyer|expert|professor|economist|delegate|ambassador|governor|mayor|"
            r"president|spokes(?:man|woman|person)|researcher|scientist|journalist|judge|prosecutor|inspector|"
            r"businessman|businesswoman|entrepreneur|representative|doctor|teacher|farmer|resident|man|woman)\b",
            after,
        ):
            return "person", "person", ""
        if re.match(rf"\s*(\w+ ){{0,2}}{_EN_UNIT}\b", after):
            return "place", "place", ""
        if _EN_DIRECT.search(main):
            return "directive", "directive", ""
    if re.search(r"\b(list|name all)\b", main):
        return "list", "thing", ""
    if not wh:  # keywords: "Vietnam's rank in the ease of doing business index 2016", "Long Xuyen on-time rate"
        if re.search(r"\b(rank|ranking|ranked|position)\b", main):
            return "number", "number", "rank"
        if re.search(r"\b(percentage|rate|share|proportion)\b", main):
            return "number", "number", "percent"
        if re.search(r"\b(number of|amount of|score|total)\b", main):
            return "number", "number", ""
        if re.search(r"\b(date|day)\b", main):
            return "date", "date", ""
    return "thing", "thing", ""


_VERBISH = frozenset(
    "yeu cau chi dao de nghi kien nghi de xuat nhan manh giao dan la co duoc thuc hien nhan rong tiep nhan "
    "giai quyet to chuc tham du du chu tri ky ban hanh trien khai dat xep nang cao tang cuong lay dung chon can coi xem mong muon".split()
)


def _np_start(folds: list[str], stops: list[bool], i: int, limit: int = 8, text: str = "") -> int:
    """Start of the noun phrase that ends right before position ``i`` (the wh-word); ``text``, the question,
    tells its words as written where it has accents (the "Nội" of "Hà Nội" says nothing)."""
    lo = i
    toks = tokens(text) if text else []
    toks = toks if len(toks) == len(folds) else []
    while lo > 0 and i - lo < limit and not stops[lo - 1]:
        if toks and _CLAUSE_MARK.search(text, toks[lo - 1].end, toks[lo].start) and not _alike_heads(folds, lo):
            break  # "do ông Tô Hoàng Linh chủ trì, [đơn vị] nào": a comma ends it (not "những xã, phường nào")
        if (lo - 2 >= 0 and " ".join(folds[lo - 2 : lo]) in _DIRECT_VERBS) or folds[lo - 1] in _DIRECT_VERBS:
            break  # "Thủ tướng giao [cơ quan] nào": the verb ends the noun phrase
        said = folds[lo - 1] == "noi" and _as_written(text, folds, lo - 1, lo) in (None, "nói")
        if said or folds[lo - 1] == "rang" or " ".join(folds[max(0, lo - 2) : lo]) in _SAY_VERBS:
            break  # "đại biểu Trần Anh Tuấn nói [giai đoạn] nào": so does a verb of saying
        if folds[lo - 1] in ("yeu", "chi", "de") and lo < i and folds[lo] in ("cau", "dao", "nghi", "xuat"):
            break
        lo -= 1
    return lo


_CLAUSE_MARK = re.compile(r"[,;:()]")
# folded: a growth the question asks, a rate ("mức tăng trưởng GDP", "tăng trưởng kinh tế", "GRDP 6 tháng")
_GROWTH = re.compile(
    r"\b(muc tang truong|tang truong (?:gdp|grdp|kinh te)|toc do tang truong|(?:muc tieu|chi tieu) tang truong|grdp)\b"
)
_TITLE_ABBREVIATIONS = frozenset(("dbqh", "db", "dbhdnd"))  # folded: "ĐBQH", "ĐB", "ĐBHĐND" before a name


def _counts_several(text: str, folds: list[str], i: int) -> bool:
    """Whether the word at ``i`` counts two or more ("[hai] cơ quan nào", "[3] phường nào"); typed without
    accents "ba" may be "bà", so only with accents."""
    written = _as_written(text, folds, i, i + 1)
    return COUNT_WORDS.get(written or "", 0) >= 2 or (
        folds[i].isdigit() and 2 <= int(folds[i]) <= 20 and (i == 0 or folds[i - 1] not in _BEFORE_AN_ORDINAL)
    )  # (not "ngày 15", "quý 2", "khóa 14": a date or a numbered thing)


_BEFORE_AN_ORDINAL = frozenset("ngay thang nam quy khoa ky lan so thu dieu chuong muc phuong quan".split())


def _alike_heads(folds: list[str], lo: int) -> bool:
    """Whether the words on both sides of position ``lo`` are place or unit heads ("xã, phường")."""
    heads = set(PLACE_HEADS + UNIT_HEADS)
    return any(" ".join(folds[lo - k : lo]) in heads for k in (1, 2)) and any(
        " ".join(folds[lo : lo + k]) in heads for k in (1, 2)
    )


def _verb_before_gi(text: str) -> bool:
    """Whether underthesea tags the word before "gì" a verb ("muốn [giảm] gì": no head noun to look for);
    only for a question typed with accents, the tagger guesses on folded text."""
    if fold(text) == text.lower():
        return False
    words = pos_words(text)
    at = next((j for j, w in enumerate(words) if w[0].lower() == "gì"), -1)
    return at > 0 and words[at - 1][1] == "V"


_PERSON_WORDS = re.compile(
    rf"\b({'|'.join(sorted(set(ROLE_WORDS) | {'ong', 'dong chi', 'nguoi', 'can bo', 'tac gia'}, key=len, reverse=True))})\b"
)  # folded: "bà" would be "ba" (three), "cô" the "co" of "cơ quan"


_WH_WRITTEN = {"nao": "nào", "gi": "gì", "the nao": "thế", "noi nao": "nơi"}  # (first word: "tập thể nào", "Hà Nội nào")
_TO_WHERE = frozenset(("vao", "ra", "ve", "di", "den", "toi", "sang"))  # "chuyển [vào] đâu", "đi đâu" (folded)
_MAY_NOUNS = frozenset(("det", "nha", "xe", "bo", "thang", "may"))  # "dệt may", "nhà máy", "xe máy", "bộ máy"


def _as_written(text: str, folds: list[str], lo: int, hi: int) -> str | None:
    """The words at positions ``[lo, hi)`` of ``folds`` as ``text`` writes them (lowercase); None when the
    question is typed without accents, which cannot tell "số" from "sơ" or "tổ" from "tờ"."""
    toks = tokens(text)
    if len(toks) != len(folds) or fold(text) == text.lower():
        return None
    return " ".join(t.text.lower() for t in toks[lo:hi])


def _written_as_unit(text: str, folds: list[str], i: int, head: tuple[str, ...]) -> bool:
    """Whether the head before position ``i`` is written as a place or unit head ("tổ", not the "tờ" of "giấy
    tờ"); a question typed without accents cannot tell, so it is."""
    written = _as_written(text, folds, i - len(head), i)
    return written is None or written in PLACE_HEADS_VI + UNIT_HEADS_VI


# "địa danh nào", "địa điểm nào": a place's bare name ("Sa Pa") is what is asked
PLACE_NAME_HEADS = ("dia danh", "dia diem")


def _vi_analysis(folds: list[str], stops: list[bool], text: str):
    """(qtype, item_type, mode, head, wh_start, wh_end) of a Vietnamese question."""
    joined = " ".join(folds)
    n = len(folds)

    def at(pattern: str) -> int:
        words, want = tuple(pattern.split()), _WH_WRITTEN.get(pattern)
        i = _find(folds, words)
        # (as written where the question has accents: the "náo" of "náo loạn" asks nothing)
        while want and i >= 0 and _as_written(text, folds, i, i + 1) not in (None, want):
            i = _find(folds, words, i + 1)
        # (typed without accents: "det may" is "dệt may", "bo may" "bộ máy", no "mấy")
        while pattern == "may" and i > 0 and folds[i - 1] in _MAY_NOUNS and not accented:
            i = _find(folds, words, i + 1)
        return i

    accented = fold(text) != text.lower()

    def directive_before(i: int) -> bool:
        for v in _DIRECT_VERBS:
            j = _find(folds[:i], tuple(v.split()))
            if j >= 0 and v == "dan":  # "dặn", not the "dân" of "người dân" folded alike
                if accented and not re.search(r"(?<!\w)dặn(?!\w)", text.lower()):
                    continue
                if j > 0 and folds[j - 1] in _DAN_BEFORE:
                    continue
            if j >= 0 and v == "giao" and (folds[j - 1 : j] == ["ngoai"] or folds[j + 1 : j + 2] in _GIAO_NOUNS):
                continue  # "Bộ Ngoại giao", "giao thông", "giao ban": no "giao" (assign)
            if j >= 0:
                return True
        return False

    # yes/no: "... có ... không?", "... phải không?", "... chưa?"
    # ("... đã hoàn thiện chưa (phiên họp tháng 6/2018)": a closing parenthesis only gives the context)
    core = text[: m.start()] if (m := re.search(r"\s*\([^()]*\)[\s?.!]*$", text)) else text
    # (so does a closing source or address: "... có được tính lũy tiến không, theo ông Đặng Hùng Võ?", "..., thưa
    # Thứ trưởng?")
    core = core[: m.start()] if (m := CLOSING.search(core)) else core
    last = [t.fold for t in tokens(core)] if core != text else folds
    m = len(last)
    # (a question word read with its accents where written: "Mai Ái Trực", "xe máy" ask nothing)
    wh = re.search(r"(?<!\w)(bao nhiêu|nào|gì|ai|bao lâu|mấy)(?!\w)", core.lower()) if accented else re.search(
        r"\b(bao nhieu|nao|gi|ai|bao lau|may)\b", " ".join(last)
    )
    # ("đã có trường hợp nào bị khiển trách ... chưa", "có phát hiện đơn vị nào vi phạm ... không": "nào" is
    # "any", the question a yes/no; "có" as written where accents are: no "cơ quan nào")
    any_yet = last[-1:] in (["chua"], ["khong"]) and re.search(r"\bco (?:\w+ ){1,4}nao\b", " ".join(last))
    any_yet = any_yet and (not accented or re.search(r"(?<!\w)có(?:\s+\w+){1,4}\s+nào(?!\w)", core.lower()))
    if m >= 2 and last[-1] in ("khong", "chua") and (not wh or any_yet):
        if "co" in last[:-1] or "da" in last[:-1] or last[-2] in ("phai", "dung", "duoc", "hay") or last[-1] == "chua":
            return "yesno", "yesno", "", (), m - 1, m
    for pat, mode in (("bao nhieu", ""), ("bao lau", "duration"), ("may", "")):
        i = at(pat)
        if i < 0 or (pat == "may" and i + 1 < n and folds[i + 1] in ("tinh", "moc", "bay", "chu", "in")):
            continue
        if pat == "may" and "mấy" not in text.lower() and fold(text) != text.lower():
            continue  # "máy", "may" written with another accent
        if pat != "bao lau" and i > 0 and folds[i - 1] in ("ngay", "thang") and folds[i - 2 : i - 1] not in _PER:
            continue  # "diễn ra ngày mấy", "tháng bao nhiêu": a date (not "mỗi tháng bao nhiêu điểm")
        end = i + len(pat.split())
        if pat == "may" and i > 0 and folds[i - 1] == "thu":
            mode, i = "rank", i - 1
        if end < n and folds[end] == "phan":
            mode = "percent"
        elif end < n and folds[end] in ("ngay", "gio", "thang", "nam", "tuan", "lan"):
            mode = mode or "duration"
        if i > 0 and folds[i - 1] in ("khoang", "gan", "chung", "xap xi"):
            i -= 1  # "được khoảng bao nhiêu": the approximation belongs to the answer
        if re.search(r"\b(ty le|ti le|ty trong|ti trong|phan tram)\b", joined) or re.search(r"(?i)\b(bao nhi[eê]u|m[aấ]y)\s*%", text):
            mode = "percent"  # "đạt bao nhiêu % kế hoạch"
        elif re.search(r"\b(?:muc|muc do|chi so) hai long\b", joined) and folds[end : end + 1] != ["diem"]:
            mode = "percent"  # "chỉ số hài lòng ở cấp xã đạt bao nhiêu": "gần 91%" (not "bao nhiêu điểm")
        counted = pat == "bao nhieu" and end < n and not stops[end] and folds[end] not in ("phan", "diem")
        if _GROWTH.search(" ".join(folds[:i])) and not counted and not mode:
            mode = "percent"  # "quý II tăng trưởng kinh tế đạt mức bao nhiêu": a rate ("6,17%"), not "6 tháng"
        if re.search(r"\bxep (thu|hang)\b|\bthu hang\b|\bhang (?:may|bao nhieu)\b", joined) and not counted:
            mode = "rank"  # "xếp thứ bao nhiêu" -- but "tiến bao nhiêu bậc" counts steps
        # with accents when typed with them: "tiến độ" is not "tiền"
        money = _MONEY.search(text.lower()) if fold(text) != text.lower() else _MONEY_FOLDED.search(joined)
        if not mode and money:
            mode = "money"
        return "number", "number", mode, (), i, end
    for pat in (
        "tu bao gio",
        "tu ngay nao",
        "khi nao",
        "ngay nao",
        "bao gio",
        "luc nao",
        "thoi diem nao",
        "thoi gian nao",
        "nam nao",
        "thang nao",
        "hom nao",
        "dip nao",
        "ngay bao nhieu",
        "ngay may",
        "thang may",
        "thang bao nhieu",
    ):
        i = at(pat)
        if i > 0 and pat.split()[0] in ("ngay", "thang") and folds[i - 1 : i] in _PER:
            continue  # "bình quân mỗi tháng bao nhiêu điểm": a figure per month
        if i >= 0:
            mode = "year" if pat == "nam nao" else ""
            if i > 0 and folds[i - 1] in ("nhung", "cac") and pat == "nam nao":  # "vào những năm nào"
                return "list", "date", mode, (), i - 1, i + len(pat.split())
            return "date", "date", mode, (), i, i + len(pat.split())
    for pat in ("vi sao", "tai sao", "ly do", "nguyen nhan", "vi ly do gi"):
        i = at(pat)
        if i >= 0 and pat in ("ly do", "nguyen nhan") and _wh_before(folds, i):
            continue  # "Bộ trưởng nào đã giải thích lý do ...": the reason is what he explained, not what is asked
        k = _find(folds, ("nao",), i + 1) if i >= 0 and pat in ("ly do", "nguyen nhan") else -1
        if k > 0 and (_ends_with(folds, k, PLACE_HEADS + UNIT_HEADS + THING_HEADS) or folds[i - 1 : i] == ["nhung"]):
            # "bàn nguyên nhân hồ sơ trễ hẹn, nhất là ở lĩnh vực nào": the field is what is asked; "kể ra những
            # nguyên nhân khách quan nào": a list of them
            continue
        if i >= 0:
            return "thing", "thing", "reason", (), i, i + len(pat.split())
    i = at("ai")
    written = tokens(text)
    while i > 0 and written[i].text[:1].isupper():  # the "Ái" of a name ("Ngô Thị Ái Hương là ai")
        i = _find(folds, ("ai",), i + 1)
    if i >= 0 and (re.search(r"(?<!\w)ai(?!\w)", text.lower()) or fold(text) == text.lower()):
        if i > 0 and folds[i - 1] in ("nhung", "cac"):
            return "list", "person", "", (), i - 1, i + 1
        if folds[i + 1 : i + 3] == ["la", "nguoi"]:
            return "person", "person", "", (), i, i + 3  # "ai là người chủ trì": "người" is no word to find
        return "person", "person", "", (), i, i + 1
    for pat in ("ten la gi", "ten gi", "ho ten"):
        i = at(pat)
        # the name of a person ("Trưởng phòng Nội vụ tên gì"), not of a thing ("phần mềm ... tên là gì")
        if i >= 0 and (pat == "ho ten" or _PERSON_WORDS.search(" ".join(folds[:i]))):
            return "person", "person", "", (), i, i + len(pat.split())
        named = _starts_with(folds[:i], THING_HEADS) if i > 0 else None
        if named:  # "Chương trình phần mềm mà các cơ quan sử dụng tên là gì": the programme's name
            return "thing", "thing", "", named, i, i + len(pat.split())
    i = at("vi tri nao")
    if i >= 0:  # "xếp hạng ở vị trí nào": a rank ("top 5", "thứ 11/12"), no person ("vị lãnh đạo nào")
        return "number", "number", "rank", (), i, i + 3
    for pat in ("o dau", "tai dau", "noi nao", "cho nao", "dau"):
        i = at(pat)
        # (a bare "đâu" asks a place at the end, or written so after a verb of motion: "chuyển vào đâu, tốn ...";
        # typed without accents it may be the "đầu" of "vào đầu năm")
        def where(i: int) -> bool:
            return i == n - 1 or (i > 0 and folds[i - 1] in _TO_WHERE and _as_written(text, folds, i, i + 1) == "đâu")

        while pat == "dau" and i >= 0 and not where(i):  # (past the "đầu" of "đầu tư")
            i = _find(folds, ("dau",), i + 1)
        if i >= 0:
            return "place", "place", "", (), i, i + len(pat.split())
    for pat in ("nhu the nao", "the nao", "ra sao", "bang cach nao", "cach nao"):
        i = at(pat)
        if i >= 0:
            qtype = "directive" if directive_before(i) else "thing"
            return qtype, qtype, "manner", (), i, i + len(pat.split())
    heads = PLACE_HEADS + UNIT_HEADS + THING_HEADS + PLACE_NAME_HEADS
    i = at("nao")
    if i >= 2 and folds[i - 2 : i] in (["giai", "doan"], ["thoi", "ky"]):
        return "date", "date", "", (), i - 2, i + 1  # "giai đoạn nào": years ("từ năm 1992 đến năm 2005"), no "đoàn"
    if i >= 0:
        lo = _np_start(folds, stops, i, text=text)
        if lo == i and i >= 2 and folds[i - 2] in ("nhung", "cac"):
            lo = i - 1  # a noun the stop list holds: "gồm những [bên] nào"
        np = folds[lo:i]
        plural = lo > 0 and folds[lo - 1] in ("nhung", "cac")
        plural = plural or any(_counts_several(text, folds, k) for k in (lo - 1, lo) if 0 <= k < i - 1)
        head = _ends_with(folds, i, heads + ROLE_WORDS) or ()
        word_of = len(head) == 1 and _not_a_place_head(folds, i - 1, 1)  # "những nguyên nhân [khách quan] nào"
        head = () if word_of else head
        if not head and np:
            head = _starts_with(np, heads + ROLE_WORDS) or ()
        # "tháng 7/2017, nước ASEAN nào": a head and a name; "gia nhập tổ chức quốc tế nào": a verb, then the head
        for k in range(len(np) - 2, max(-1, len(np) - 5), -1):
            if not head:
                head = _starts_with(np[k:], PLACE_HEADS + UNIT_HEADS) or ()
        at_head = _find(folds, head, lo) if head else -1
        if " ".join(head) in PLACE_HEADS + UNIT_HEADS and not _written_as_unit(text, folds, at_head + len(head), head):
            head = ()  # "đã bỏ loại giấy phép nào": the verb "bỏ" is no "bộ"
        role = _contains_phrase(folds, ROLE_WORDS, lo, i)
        hs = " ".join(head)
        if (
            hs in ROLE_WORDS
            or (role and hs not in PLACE_HEADS)
            or (np[:1] in (["nguoi"], ["vi"], ["ong"], ["ba"]) and np[:2] not in _NOT_PERSONS and hs not in PLACE_HEADS + UNIT_HEADS)
            or (role and _person_classifier(folds, lo, i))  # "vị nữ Phó Chủ tịch UBND huyện nào": a person
            or " ".join(np[:2]) in _PERSON_NOUNS  # "Cử tri quận Tân Bình nào", "Đại biểu nào"
            or " ".join(np[-2:]) in _PERSON_NOUNS  # "... ở Quốc hội, đại biểu nào"
        ):
            item = "person"
        elif hs in PLACE_HEADS + UNIT_HEADS + PLACE_NAME_HEADS:
            item = "place"
        elif hs not in THING_HEADS and (folds[i - 1 : i] in (["nam"], ["ngay"], ["thang"]) or np[:1] == ["ngay"]):
            item = "date"
        else:
            item = "thing"
        if not head and np and not word_of:
            head = tuple(np[-1:])
        if item == "person":
            head = ()  # the role words describe the person: they stay question words
        # the words of the noun phrase other than its head noun describe the answer: keep them as words
        start = i - len(head) if head and tuple(folds[i - len(head) : i]) == head else i
        if item == "person" and " ".join(np) in _GENERIC_PERSON:
            start = lo  # "Lãnh đạo nào chủ trì": any leader; the sentence names him, not the word
        if plural:
            return "list", item, "", head, start, i + 1
        if item == "date":
            return "date", "date", "year" if np[:1] == ["nam"] else "", head, start, i + 1
        return item, item, "", head, start, i + 1
    i = at("gi")
    if i >= 0:
        # (through a filler noun: "mong đợi những [điều] gì", "những [vấn đề] gì")
        k = i - (2 if folds[i - 2 : i] == ["van", "de"] else 1 if i and folds[i - 1] in ("dieu", "viec") else 0)
        plural = k > 0 and folds[k - 1] == "nhung"
        head = _ends_with(folds, i, heads + ROLE_WORDS) or ()
        hs = " ".join(head)
        prev = folds[i - 1] if i > 0 else ""
        if plural and directive_before(k - 1) and folds[k - 2 : k - 1] != ["gom"]:
            return "directive", "directive", "", (), k - 1, i + 1
        if plural or folds[k - 2 : k] in (["mong", "doi"], ["mong", "muon"]):
            # (what people wish for is a list: "người dân mong đợi gì" - "rút ngắn ..., giảm phí ..., ...")
            return "list", "thing", "", (), k - 1 if plural else k, i + 1
        if hs in PLACE_HEADS + UNIT_HEADS and _written_as_unit(text, folds, i, head):
            return "place", "place", "", head, i - len(head), i + 1
        if hs in PLACE_HEADS + UNIT_HEADS:
            head = ()  # "giấy tờ gì": "tờ" folds like the unit "tổ"
        if hs in ROLE_WORDS:
            return "person", "person", "", head, i - len(head), i + 1
        if directive_before(i) and not hs:  # "yêu cầu ứng dụng phần mềm gì": a named kind is a thing
            lo = i - (1 if prev in ("dieu", "viec", "noi", "van de") else 0)
            return "directive", "directive", "", (), lo, i + 1
        if head:
            return "thing", "thing", "", head, i - len(head), i + 1
        if (
            prev
            and prev not in ("la", "dieu", "viec")
            and not stops[i - 1]
            and prev not in _VERBISH
            and not _verb_before_gi(text)
        ):
            return "thing", "thing", "", (prev,), i - 1, i + 1
        return "thing", "thing", "", (), i - (1 if prev in ("dieu", "viec") else 0), i + 1
    if re.search(r"\bgom\b", joined):
        i = folds.index("gom")
        return "list", "thing", "", (), i, i + 1
    # a request for a list: "Kể tên các mô hình ...", "Liệt kê những phường ..."
    m = re.match(r"(ke ten|liet ke|neu ten|neu) (cac|nhung) ", joined + " ")
    if m:
        k = len(m.group(0).split())
        head = _starts_with(folds[k:], heads) or ()
        hs = " ".join(head)
        item = "place" if hs in PLACE_HEADS + UNIT_HEADS else "person" if hs in ROLE_WORDS else "thing"
        return "list", item, "", head, 0, k + len(head)
    # no question word: keywords ("ty le ho so dung han long xuyen", "chu tich ubnd tp cao lanh")
    if folds[:1] in (["ngay"], ["thoi"]) and folds[1:2] in (["hoi"], ["hop"], ["ky"], ["ban"], ["to"], ["khai"], ["diem"]):
        return "date", "date", "", (), n, n  # "ngày hội nghị đánh giá CCHC Long Xuyên", "ngày ký ..."
    if re.search(r"\bngay (ban hanh|ky|to chuc|hop|dien ra|khai mac|thong qua|hieu luc)\b", joined):
        return "date", "date", "", (), n, n  # "Nghị quyết số 19-NQ/TU ngày ban hành", "... ngày tổ chức"
    if re.search(r"\b(ty le|ti le|ty trong|(?:muc|muc do|chi so) hai long)\b", joined):
        return "number", "number", "percent", (), n, n  # "(Đề nghị) cho biết mức hài lòng về ..."
    if re.search(r"\b(so luong|chi so|so diem|bao nhieu|diem (?:binh quan|trung binh)|tong diem)\b", joined) or re.match(
        r"diem (?:danh gia|so|cchc|par|sipas|hai long)\b", joined
    ):  # "điểm đánh giá chất lượng phục vụ ... bình quân hàng tháng TP Long Xuyên": a score
        return "number", "number", "", (), n, n
    for counted in _COUNT_KEYWORD.finditer(joined):  # "số thủ tục thực hiện một cửa": how many, the unit after
        i = len(joined[: counted.start()].split())
        if _as_written(text, folds, i, i + 1) in (None, "số"):  # not the "sơ" of "hồ sơ, giấy tờ"
            return "number", "number", "", (), i, i + 1
    # (typed with accents only: folded, "so" may be a "sở", "so nội vụ")
    if folds[0] == "so" and n > 2 and folds[1] not in _NOT_COUNTED and _as_written(text, folds, 0, 1) == "số":
        return "number", "number", "", (), 0, 1  # "số khu vực bỏ phiếu của TP HCM ...", "số thi thể ... chưa nhận dạng"
    if re.search(r"\b(chi phi|kinh phi|muc phi|le phi)\b", joined) or re.search(r"\b(tri gia|gia tri)$", joined):
        return "number", "number", "money", (), n, n
    if _GROWTH.search(joined):
        return "number", "number", "percent", (), n, n  # "mức tăng trưởng GDP dự kiến Văn kiện Đại hội X", "GRDP 6 tháng"
    money = r"muc (?:phat|luong|thu|ho tro|boi thuong)|kim ngach|doanh thu|tong von|von (?:fdi|dau tu|dang ky)"
    if re.search(rf"\b(?:{money})\b", joined):
        return "number", "number", "money", (), n, n  # "mức phạt ... theo nghị định 127", "vốn FDI đăng ký mới 2004"
    if _starts_with(folds, ROLE_WORDS) or any(re.search(rf"\b{r}\b", joined) for r in _KEYWORD_ROLES):
        return "person", "person", "", (), n, n  # "... hội nghị CCHC quý I 2024 trưởng phòng Nội vụ thị xã"
    if folds[:2] in (["don", "vi"], ["co", "quan"]):  # "đơn vị quân đội quản lý đất sân bay Miếu Môn": which unit
        return "place", "place", "", tuple(folds[:2]), 0, 2
    return "thing", "thing", "", (), n, n


# keywords that count: "số" then what is counted ("số thủ tục", "so y kien"), not "Quyết định số 5", "kho số"
_COUNT_KEYWORD = re.compile(
    r"(?<!quyet dinh )(?<!nghi dinh )(?<!van ban )(?<!cong van )(?<!thong tu )(?<!ke hoach )(?<!chi thi )"
    r"(?<!nghi quyet )(?<!ho )\bso (?=ho so|thu tuc|y kien|nguoi|doanh nghiep|du an|can bo|cong chuc|vien chuc|don|"
    r"tien|ho dan|ho\b|xa|phuong|lan|vu|truong hop|giay|tai khoan|dich vu|tthc|dvc|luot|khach|chuong|dieu\b)"
)
# what "số" opens when it counts nothing: "số hóa", "số liệu", "số hiệu", "số điện thoại", "số phận"
_NOT_COUNTED = frozenset(("hoa", "lieu", "hieu", "dien", "phan", "hoc", "du", "ky", "thu", "so"))
# heads of an office that a keyword query names to ask who holds the post (not "Thủ tướng chỉ đạo ...")
_KEYWORD_ROLES = ("truong phong", "giam doc", "chu tich", "bi thu", "truong ban", "chanh van phong")


_ROLE_VI = re.compile(r"\b(chuc vu|chuc danh|cuong vi|giu chuc|dam nhiem chuc)\b")
_ROLE_EN = re.compile(r"\b(position|title|role|post|job)\b")
_LOWER_PERSON = re.compile(rf"\b(?:ong|ba|dong chi) (?:{'|'.join(sorted(SURNAMES))}) \w+")


def _person_classifier(folds: list[str], lo: int, i: int) -> bool:
    """Whether "vị" (the classifier of persons) opens a role in ``folds[lo-2:i]``: "vị (nữ) Phó Chủ tịch ..."
    (not "đơn vị", "phạm vi", "vị trí")."""
    for j in range(max(0, lo - 2), i - 1):
        if folds[j] == "vi" and (folds[j + 1] in ("nu", "nam") or _starts_with(folds[j + 1 : i], ROLE_WORDS)):
            return True
    return False


def _asks_role(text: str, qtype: str, folds: list[str], names: list) -> bool:
    """A question about the role of a person it names (``names``: its persons): "Ngô Thị Ái Hương giữ chức vụ
    gì?", "Trần Minh Long là ai?", "What position does Lê Văn Cường hold?", "Who is Trần Minh Long?"."""
    joined = " ".join(folds)
    if not names:  # a name typed without accents: "ba vo thi minh thao ... giu chuc vu gi", "ba Nguyen Thanh Tinh"
        return bool(_ROLE_VI.search(joined) and _LOWER_PERSON.search(joined))
    if qtype == "person":  # "<name> là ai" / "who is <name>": nothing but the name and the wh-words
        rest = fold(text)
        for p in names:
            rest = rest.replace(fold(getattr(p, "text", p)), " ")
        words = re.findall(r"\w+", rest)
        return set(words) <= {"la", "ai", "who", "is", "was", "ong", "ba", "dong", "chi", "mr", "ms", "mrs"}
    # (an English role word in lower case: the "Post" of "Vietnam Post's total revenue" names a firm)
    return bool(_ROLE_VI.search(joined) or (_ROLE_EN.search(text) and re.search(r"\b(what|which)\b", joined)))


_EN_COUNTED = re.compile(rf"\b({'|'.join(EN_COUNTS)})\s+(?=(?:months|quarters)\b)")
# "Bảy tháng đầu năm", "sáu tháng": the articles write the count of months in digits ("7 tháng đầu năm")
_NUMBER_WORDS = re.compile(rf"(?<!\w)({'|'.join(COUNT_WORDS)})(\s+tháng(?:\s+(?:đầu|cuối))?\s+năm)(?!\w)", re.I)


_WH = frozenset(("nao", "ai", "gi", "may", "dau"))


def _wh_before(folds: list[str], i: int) -> bool:
    """Whether a question word ("nào", "ai", "bao nhiêu") comes before position ``i``."""
    return any(f in _WH for f in folds[:i]) or "bao nhieu" in " ".join(folds[:i])


# an aside that describes a person the question names: "ĐB Nguyễn Văn Pha, [người phân tích vì sao ...], thuộc ..."
_PERSON_ASIDE = re.compile(r",\s*(?:là\s+)?người\s[^,?]*,(?=\s*\w)", re.IGNORECASE)


def _without_asides(text: str, toks: list[Token], folds: list[str]) -> list[str]:
    """``folds`` with the words of a describing aside blanked, so that its "vì sao", "ai", "nào" ask nothing."""
    spans = [m.span() for m in _PERSON_ASIDE.finditer(text)]
    if not spans:
        return folds
    return ["_" if any(a <= t.start < b for a, b in spans) else f for t, f in zip(toks, folds)]


def analyze_question(question: str) -> QuestionInfo:
    """Expected answer type, content words, and constraints of ``question``."""
    text = _NUMBER_WORDS.sub(lambda m: str(COUNT_WORDS[m.group(1).lower()]) + m.group(2), normalize(question).strip())
    toks = tokens(text)
    folds = [t.fold for t in toks]
    lang = "en" if _is_english(text, toks) else "vi"
    years = tuple(dict.fromkeys(t.fold for t in toks if _YEAR.match(t.fold)))
    numbers = tuple(dict.fromkeys(norm_number(t.fold) for t in toks if t.is_num and not _YEAR.match(t.fold)))
    counted: tuple[str, ...] = ()
    if lang == "en":  # "11,000 firms", "5.1%": the articles write "11.000", "5,1%"
        numbers = tuple(n.translate(_EN_SEPARATORS) for n in numbers)
        # "the first four months": "4 tháng đầu năm", a number the article must write as the Vietnamese one's
        counted = tuple(str(EN_COUNTS[w]) for w in _EN_COUNTED.findall(text.lower()))
        numbers = tuple(dict.fromkeys(numbers + counted))
    quoted = tuple(q.strip() for q in _QUOTED.findall(text))
    names, soft_names = _names(text, toks, lang)
    people = persons(re.sub(r"['’]s\b", "", text) if lang == "en" else text)  # "Nguyen Dinh Cung's position"
    if lang == "en":
        clean = fold(_QUOTED.sub(" ", text))
        # "which ward's People's Committee runs ...": the possessor is what is asked ("which ward")
        clean = re.sub(r"\b(which|what)\s+(\w+)['’]s\b", r"\1 \2 -", clean).replace("'s", "").replace("’s", "")
        qtype, item, mode = _english_type(clean)
        # (underthesea may join an English word to the name: "Cung position"; the folded names serve then)
        named = people or [n for n in names if is_person_name(n.split())]
        if _asks_role(text, qtype, folds, named):
            qtype, item, mode = "thing", "thing", "role"
        hm = re.search(
            r"\b(?:what|which)\s+(?:\w+\s+){0,2}?(" + "|".join(sorted(EN_HEADS, key=len, reverse=True)) + r")\b", clean
        )
        head = tuple(EN_HEADS[hm.group(1)].split()) if hm else ()
        glossary = _english_terms(fold(text))
        name_words = tuple(w for nm in names for w in nm.split())
        name_words += tuple(fold(w) for p in people for w in p.text.split())  # "Ngô Thị Ái Hương"
        # (as the articles write them: "94.5%" is "94,5%" there)
        nums = tuple(t.fold if _YEAR.match(t.fold) else t.fold.translate(_EN_SEPARATORS) for t in toks if t.is_num)
        nums += counted
        terms = tuple(dict.fromkeys(glossary + name_words + nums))
        # "the June 2018 meeting": the month is the question's, "tháng 6 năm 2018" only repeats it
        months = re.findall(rf"(?<=\s)({'|'.join(m.capitalize() for m in EN_MONTHS)})\b", text)  # not "May I"
        numbers += tuple(str(EN_MONTHS.index(m.lower()) + 1) for m in months)
        unit = _english_unit(clean, qtype, mode, text)
        return QuestionInfo(
            text,
            lang,
            qtype,
            item,
            mode,
            head,
            (),
            terms,
            years,
            numbers,
            names,
            quoted,
            negated=bool(re.search(r"\b(not|never|no)\b", clean)),  # not the quoted name's "no-appointment"
            weights=_english_weights(fold(_QUOTED.sub(" ", text))),
            unit=unit,
            extras={"folds": tuple(folds), "keys": tuple(folds), "soft_names": soft_names,
                    "phrases": _level_phrases(clean), "anchor": _english_anchor(clean),
                    "unit_mod": _english_unit_mod(clean, unit)},
        )
    accented = any(t.fold != t.low for t in toks)
    stops = [is_stop(t.text, accented) for t in toks]
    qtype, item, mode, head, ws, we = _vi_analysis(_without_asides(text, toks, folds), stops, text)
    if qtype == "thing" and head == ("muc",) and re.search(r"\b(ty le|phan tram|tang truong)\b", " ".join(folds)):
        qtype, item, mode = "number", "number", "percent"  # "tỷ lệ ... phải đạt mức nào": a rate (not "loại Khá")
    elif qtype == "thing" and folds[:1] == ["ten"] and " ".join(folds[1:3]) in _PERSON_NOUNS:
        qtype, item, mode, head = "person", "person", "", ()  # "Tên tiểu thương bị hất chất thải … là gì"
    elif qtype == "thing" and " ".join(folds[:2]) in _PERSON_NOUNS and re.search(r"\bten (?:la )?gi\b", " ".join(folds)):
        qtype, item, mode, head = "person", "person", "", ()  # "Chuyên gia ... của Cục Tội phạm quốc tế ... tên là gì"
    # (underthesea's NER may miss a name in a long question: the capitalized name found serves then)
    if qtype != "yesno" and _asks_role(text, qtype, folds, people or [n for n in names if is_person_name(n.split())]):
        qtype, item, mode, head = "thing", "thing", "role", ()
    weights: dict[str, float] = {}
    left_l: list[str] = []
    right_l: list[str] = []
    asides = [m.span() for m in re.finditer(r"\([^()]*\)", text)]  # "(họp UBND TP tháng 6/2018)": context
    for i, (t, st) in enumerate(zip(toks, stops)):
        if st or ws <= i < we:
            continue
        dist = ws - i if i < ws else i - we + 1
        w = max(0.6, math.exp(-(dist - 1) / 6.0))
        if any(a < t.start < b for a, b in asides):
            w *= _ASIDE
        for e in expand([t]):
            k = key_of(e, accented)
            (left_l if i < ws else right_l).append(k)
            weights[k] = max(weights.get(k, 0.0), w)
    left, right = tuple(left_l), tuple(right_l)
    unit: tuple[str, ...] = ()
    percent_sign = re.match(r"\s*%", text[toks[we - 1].end :]) if 0 < we <= len(toks) else None
    if (qtype == "number" or item == "number") and not percent_sign:  # "bao nhiêu % kế hoạch": no unit
        unit = _unit_at(toks, we, accented, text)
        counted = _COUNT_KEYWORD.search(" ".join(folds[:ws]))
        if not unit and not mode and counted:  # "số hồ sơ ... tiếp nhận là bao nhiêu": the "hồ sơ" counted
            unit = _unit_at(toks, len(" ".join(folds)[: counted.end()].split()), accented, text)
    # what the unit asked is qualified by: "bao nhiêu hồ sơ [trễ hạn]", "bao nhiêu ca khúc [nước ngoài]"
    unit_mod: tuple[str, ...] = ()
    if unit:
        # right after the unit, or after a field and "bị/được/đã": "bao nhiêu hồ sơ đất đai bị [trễ hạn]",
        # "bao nhiêu hồ sơ lĩnh vực đất đai bị [trễ hẹn]"
        after = expand(toks[we : we + 12])[len(unit) : len(unit) + 10]
        for i in range(len(after)):
            # (where the capital comes from may follow a field: "bao nhiêu dự án đầu tư [trong nước]", "bao
            # nhiêu lượt khách du lịch [quốc tế]")
            # ("bao nhiêu dự án [có vốn đầu tư] nước ngoài": through the capital's words)
            origin = (i <= 2 or " ".join(t.fold for t in after[:i]) in _CAPITAL_OF) and " ".join(
                t.fold for t in after[i : i + 2]
            ) in _ORIGINS
            passive = i and after[i - 1].fold in ("bi", "duoc", "da", "dang")
            # (or after the verb of the passive: "bao nhiêu hồ sơ thủ tục hành chính bị giải quyết [trễ hạn]")
            passive = passive or (
                i >= 3 and after[i - 3].fold == "bi" and " ".join(t.fold for t in after[i - 2 : i]) in _DONE_TO
            )
            if i and not passive and not origin:
                continue
            for n in (2, 1):
                if len(after) >= i + n and " ".join(t.fold for t in after[i : i + n]) in _QUALIFIERS:
                    unit_mod = tuple(key_of(t, accented) for t in after[i : i + n])
                    break
            if unit_mod:
                break
    # what a rate asked is of: "tỷ lệ [hộ nghèo]", "tỷ lệ [giải quyết] hồ sơ đúng hạn"
    rate_of: tuple[str, ...] = ()
    rate_noun = ""  # ... its first word: "tỷ lệ [TTHC] được tiếp nhận" is answered by "100% TTHC được ..."
    for j in range(len(folds) - 3):
        if folds[j] == "ty" and folds[j + 1] == "le" and mode == "percent":
            nxt = toks[j + 2 : j + 4]
            if len(nxt) == 2 and not any(t.is_num or is_stop(t.text, accented) for t in nxt):
                rate_of = tuple(key_of(t, accented) for t in nxt)
            if nxt and not (nxt[0].is_num or is_stop(nxt[0].text, accented)):
                rate_noun = nxt[0].fold
            break
    # what the rate asked is of: "tỷ lệ hồ sơ ... bị [trễ hạn]" is not answered by "đúng hạn đạt gần 97%"
    rate_quals = tuple(dict.fromkeys(RATE_QUALIFIER.findall(" ".join(folds)))) if mode == "percent" else ()
    head_text = ""  # the head as written, when the question has accents ("kỳ", not "kỹ")
    if accented and head:
        n = len(head)
        for j in range(min(we, len(folds)) - n, -1, -1):
            if tuple(folds[j : j + n]) == tuple(head):
                head_text = " ".join(t.text.lower() for t in toks[j : j + n])
                break
    return QuestionInfo(
        text,
        lang,
        qtype,
        item,
        mode,
        tuple(head),
        left,
        right,
        years,
        numbers,
        names,
        quoted,
        negated=bool(re.search(r"\b(khong phai|chua)\b", " ".join(folds[:-1]))),
        accented=accented,
        weights=weights,
        unit=unit,
        extras={
            "wh": (ws, we),
            "folds": tuple(folds),
            "keys": tuple(key_of(e, accented) for e in expand(toks)),
            "soft_names": soft_names,
            "head_text": head_text,
            # the syllables right before the head: "phương [án] nào" — "án" may be the last syllable of a word
            "head_lead": tuple(folds[max(0, ws - 2) : ws]) if head and tuple(folds[ws : ws + len(head)]) == tuple(head) else (),
            # "trách nhiệm của ai", "vai trò của ai": the answer is often a role ("người đứng đầu"), not a name
            "unit_mod": unit_mod,
            "rate_of": rate_of,
            "rate_noun": rate_noun,
            "rate_quals": rate_quals,
            "role_answer": qtype == "person" and bool(re.search(r"\b(cua|cho|voi) ai\b", " ".join(folds))),
            # the tier of government asked ("ở cấp xã đạt bao nhiêu"), read in the candidate's clause
            "phrases": tuple(dict.fromkeys(re.findall(r"\bcap (?:xa|phuong|huyen|quan|tinh)\b", " ".join(folds)))),
        },
    )


def _unit_at(toks: list[Token], i: int, accented: bool, text: str) -> tuple[str, ...]:
    """Keys of the (at most two) words counted from token ``i`` on: "hồ sơ" of "bao nhiêu hồ sơ"."""
    unit: tuple[str, ...] = ()
    prev = toks[i - 1] if 0 < i <= len(toks) else None
    for t in expand(toks[i : i + 3]):
        if t.is_num or is_stop(t.text, accented) or len(unit) >= 2 or _no_unit(t.text, accented):
            break
        if prev is not None and re.search(r"[,;:.?!()]", text[prev.end : t.start]):
            break  # "tăng bao nhiêu, bài kế hoạch ...": a comma ends what is counted
        unit += (key_of(t, accented),)
        prev = t
    return unit


def is_person_name(words: list[str]) -> bool:
    """Whether capitalized folded ``words`` look like a Vietnamese person name."""
    return 2 <= len(words) <= 5 and words[0] in SURNAMES


__all__ += ["is_person_name", "foreign_name", "EN_MONTHS"]
