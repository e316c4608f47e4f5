"""Yes/no decisions from one evidence sentence: negation, antonyms, rankings, numbers.

The rules are deliberately few and general: a negation near the matched words
that the question does not have (or the reverse), a word of the question whose
antonym the evidence uses instead, "đứng cuối/đầu" against "xếp thứ a/b", and
a number of the question that the evidence contradicts.
"""

from __future__ import annotations

import re

from index.normalize import fold

from .question import CLOSING, QuestionInfo
from .text import UPPER, is_stop

__all__ = ["decide", "decide_one", "without_tag"]

_NEG = re.compile(
    r"\b(không|chưa|chẳng|chả|không phải|chưa phải|chưa thể|không thể|ngoại trừ|trừ (?:các|những|việc|trường hợp)"
    rf"|(?:(?<=\()|(?<=\( )|(?<=, ))trừ(?=\s+(?-i:[{UPPER}])))\b"
    r"(?!\s+(?:những\b|chỉ\b(?!\s+(?:đạo|định|tiêu|số|ra|rõ|thị|huy))))",
    re.IGNORECASE,
)  # "trừ các đối tượng đã được thanh tra", "(trừ việc đăng ký kết hôn)", "(trừ Philippines)": an exception;
# "không chỉ", "chẳng những" (not only) deny nothing
_MISREAD = re.compile(r"\b(hiểu nhầm|hiểu lầm|không đúng|thông tin sai|bác bỏ)\b", re.IGNORECASE)
# folded words naming a shortcoming: asking "còn hạn chế không", a negated good ("chưa hoàn thiện") says yes
_SHORTCOMING = re.compile(r"\b(han che|kho khan|vuong mac|bat cap|yeu kem|thieu sot|sai sot|cham tre)\b")
_EN_NEG = re.compile(r"\b(not|never|no|n't|without)\b")
# folded antonym pairs (both directions)
_ANTONYMS = [
    ("khac", "giong"),
    ("khac", "nhu nhau"),
    ("tang", "giam"),
    ("cao", "thap"),
    ("dau", "cuoi"),
    ("som", "tre"),
    ("nhanh", "cham"),
    ("dung han", "tre han"),
    ("dat", "khong dat"),
    ("bat buoc", "tu nguyen"),
    ("(?:cai thien|tang hang|tang bac|tien bo)", "(?:tut|sut giam|giam hang|tuot doc)"),  # a ranking that fell
    ("lan dau", "lan thu (?:[2-9]|[1-9][0-9]|hai|ba|tu|nam|sau)"),  # "lần đầu" against "lần thứ 2"
]
_EN_ANTONYMS = [("different", "giong"), ("last", "dau"), ("first", "cuoi"), ("increase", "giam"), ("decrease", "tang")]


_COUNTED = re.compile(r"(?<![\d.,/])(\d+(?:[.,]\d+)*)\s+(\w+)")  # "75 điểm", "37.000 hồ sơ"
_NOT_UNITS = {"thang", "nam", "ngay", "quy", "tuan", "gio", "va", "la", "co", "da", "cua", "tai", "trong"}


def _counted(text: str) -> list[tuple[str, str]]:
    """(number, folded unit) pairs: "69,45 điểm" -> ("69.45", "diem"); not periods ("7 tháng") nor names."""
    out = []
    for n, unit in _COUNTED.findall(text):
        if unit[:1].islower() and fold(unit) not in _NOT_UNITS:
            out.append((n.replace(".", "").replace(",", "."), fold(unit)))
    return out


def _neg(text: str) -> bool:
    return bool(_NEG.search(text) or _MISREAD.search(text))


_NEG_SCOPE = 6  # syllables after a negation that it denies


def _neg_near(sentence: str, question: str) -> bool:
    """Whether the sentence negates one of the question's own words ("hồ sơ [chưa] được giải quyết");
    a negation of something else in a long sentence ("chưa thực hiện kịp thời việc rà soát") tells nothing."""
    if _MISREAD.search(sentence):
        return True
    asked = {w for w in re.findall(r"\w+", fold(question.lower())) if not is_stop(w, False)}
    return bool(asked & _denied(sentence))


def _denied(text: str) -> set[str]:
    """The content words (folded) right after each negation of ``text``, up to the clause's end; after an
    exception ("trừ việc đăng ký kết hôn"), only those the rest of the text does not also say ("đăng ký hộ
    tịch" is allowed: "kết hôn" is denied, "đăng ký" is not)."""
    out: set[str] = set()
    for m in _NEG.finditer(text):
        clause = re.split(r"[;,.:()]", text[m.end() :], maxsplit=1)[0]
        words = re.findall(r"\w+", fold(clause.lower()))
        if "tru" in fold(m.group(0)):  # an exception: all of its clause, less what the rest also says
            rest = set(re.findall(r"\w+", fold((text[: m.start()] + " " + text[m.end() + len(clause) :]).lower())))
            words = [w for w in words if w not in rest]
        else:
            words = words[:_NEG_SCOPE]
        out |= {w for w in words if not is_stop(w, False)}
    return out


def _same_denial(question: str, sentence: str) -> bool:
    """Whether the sentence denies what the question denies ("vẫn chưa [hoàn thiện]" - "chưa [hoàn thiện]"),
    not something else ("vì không [thực hiện quy định]" - "chưa [có trường hợp] nào")."""
    return bool(_denied(question) & _denied(sentence))


_NEG_REACH = 60  # characters before a rate where a negation denies it
# the question's closing "không?"/"chưa?", even before a parenthesis: "... không (theo hội nghị quý I)?"
_TAG = re.compile(r"\s*\b(không|chưa|khong|chua)\s*(?:\([^()]*\))?\s*\??\s*$", re.IGNORECASE)


def without_tag(question: str) -> str:
    """The question without its closing yes/no word (nor a source or address closing it)."""
    return _TAG.sub("", CLOSING.sub("", question.strip()))


def decide_one(info: QuestionInfo, sentence: str) -> tuple[str | None, float]:
    """("Có" | "Không" | None when the sentence says nothing either way, confidence) for one sentence."""
    if sentence.rstrip().endswith("?"):
        return None, 0.5  # an interviewer's question ("Hiện có bao nhiêu trường hợp ... bị xử lý, thưa ông?") states nothing
    q = fold(info.text)
    s = fold(sentence)
    # rankings: "đứng cuối/đầu" vs "xếp thứ a/b"
    rank = re.search(r"thu (\d+)\s*/\s*(\d+)", s)
    if rank:
        a, b = int(rank.group(1)), int(rank.group(2))
        if re.search(r"\b(cuoi|last|bottom)\b", q):
            return ("Có", 0.8) if a == b else ("Không", 0.8)
        if re.search(r"\b(dau|dan dau|nhat|first|top)\b", q):
            return ("Có", 0.8) if a == 1 else ("Không", 0.8)
    # numbers the question states: present -> yes, another rate instead -> no
    q_nums = re.findall(r"\d+(?:[.,]\d+)?%", info.text)  # rates only: "Nghị quyết 58" is a name
    if q_nums:
        s_nums = re.findall(r"\d+(?:[.,]\d+)?%?", sentence)
        if all(n in s_nums for n in q_nums):
            # "(không đạt mục tiêu kế hoạch đề ra là 6,7%)": the rate is named to be denied
            at = sentence.find(q_nums[0])
            denied = _neg(sentence[max(0, at - _NEG_REACH) : at]) and not _neg(without_tag(info.text))
            return ("Không", 0.6) if denied else ("Có", 0.7)
        if any("%" in n for n in q_nums) and any("%" in n for n in s_nums):
            return "Không", 0.6
    # a count or score the question states ("75 điểm") against the evidence's for the same unit ("69,45 điểm")
    for n, unit in _counted(info.text):
        said = [m for m, u in _counted(sentence) if u == unit]
        if said:
            return ("Có", 0.7) if n in said else ("Không", 0.6)
    # antonyms: the question's word against its opposite in the evidence
    pairs = _EN_ANTONYMS if info.lang == "en" else _ANTONYMS + [(y, x) for x, y in _ANTONYMS]
    for a, b in pairs:
        if re.search(rf"\b{a}\b", q) and re.search(rf"\b{b}\b", s) and not re.search(rf"\b{a}\b", s):
            return "Không", 0.6
    # negation in the evidence that the question does not have (or the reverse)
    if info.lang == "vi":
        q_neg = _neg(without_tag(info.text))
    else:
        q_neg = bool(_EN_NEG.search(info.text.lower()))
    s_neg = _neg(sentence) if info.lang != "vi" else _neg_near(sentence, without_tag(info.text))
    shortcoming = _SHORTCOMING.search(fold(without_tag(info.text))) if info.lang == "vi" else None
    if s_neg and not q_neg and shortcoming and shortcoming.group(0) not in s:
        return "Có", 0.6  # "còn hạn chế không" against "… chưa hoàn thiện": a shortcoming, said otherwise
    if s_neg != q_neg:
        return "Không", 0.6
    if s_neg and q_neg and info.lang == "vi" and _same_denial(without_tag(info.text), sentence):
        return "Có", 0.55  # both deny the same words: "vẫn chưa hoàn thiện không?" - "chưa hoàn thiện"
    return None, 0.5


def decide(info: QuestionInfo, sentences: list[str]) -> tuple[str, float, int]:
    """("Có" | "Không", confidence, index of the deciding sentence) from the best evidence sentences.

    The first sentence that decides wins; when none does, the best sentence supports the question: "Có".
    """
    for i, sentence in enumerate(sentences):
        verdict, conf = decide_one(info, sentence)
        if verdict is not None:
            return verdict, conf, i
    return "Có", 0.5, 0
