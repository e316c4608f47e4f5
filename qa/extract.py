"""Answer spans inside one sentence: typed candidates, scored by the question words around them.

Vietnamese keeps the wh-phrase in place, so the answer sits where the
question's content words *before* the wh-phrase are on its left and the words
*after* it on its right. A candidate's local support is the IDF-weighted sum
of the question words near it (decaying with distance, weaker on the
unexpected side, and weaker across a ";" or another candidate of the same
type); a question bigram whose first word is near the candidate but followed
by another word ("cấp huyện" for "cấp xã") costs support.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from index.metadata import province_level
from index.normalize import fold

from .constraints import full_dates, month_years
from .entities import (
    MAGNITUDES,
    QUOTE_AFTER,
    UNIT_SYMBOLS,
    Span,
    addresses,
    dates,
    full_name,
    located,
    numbers,
    persons,
    places,
    pos_words,
    quoted,
    things,
    with_degrees,
    word_around,
)
from .lexicon import PLACE_HEADS, ROLE_WORDS
from .question import (
    EN_MONTHS,
    LATE,
    ON_TIME,
    PLACE_NAME_HEADS,
    RATE_QUALIFIER,
    QuestionInfo,
    english_units,
    foreign_name,
)
from .scoring import Vocab, term_positions
from .text import ABBREVIATIONS, LOWER, UPPER, Token, expand, is_stop, key_of, norm_number, tokens
from .yesno import without_tag

__all__ = ["Scored", "sentence_candidates", "local_support", "clause_spans", "clause_around", "directive_clause", "head_phrases",
           "rivals"]

_DECAY = 12.0  # words: support falls to a third over ~13 words
_FLOOR = 0.15  # a question word anywhere in the sentence still counts a little
_LEAD_SUPPORT = 0.25  # a question word in the sentence that opens the enumeration (before a barrier)
_OF_BEFORE = re.compile(r"\bcủa\s*$", re.IGNORECASE)  # the span owns what precedes it
_OWNER_AFTER = re.compile(r"[\"”'»)]?\s+của\s+[^;:,.]*?(?=\s+và\s|[;:,.]|$)", re.IGNORECASE)
_POSSESSOR_RIGHT = 0.4  # support of a left-hand question word found right of such a span
_CLAIM = 5  # words: a left-hand question word this close before another candidate is that one's subject
_CLAIM_ITEM = 16  # ... or this close, when a "và"/";" after this span opens the next item before the word
_COORDINATED = re.compile(r"\svà\s|;")
_LOWER_VI = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
# a clause ends at ";", ":" or a full stop -- not at an ellipsis going on in lower case ("các địa phương... nghiêm túc")
_BARRIER = re.compile(rf"[;:]|\.\s(?!\s*[{_LOWER_VI}])")
_DIRECTIVE_VERBS = r"yêu cầu|đề nghị|chỉ đạo|kiến nghị|đề xuất|nhấn mạnh|giao|lưu ý|quán triệt"
_DIRECT = re.compile(
    rf"\b({_DIRECTIVE_VERBS}|đề ra|cần phải|cần|phải|tập trung|chú trọng|tiếp tục|đẩy mạnh|tăng cường)\b",
    re.IGNORECASE,
)
# what a directive's clause may open on: a duty or a ban
_MUST = re.compile(r"(?i)(?:cần|phải|không được|tuyệt đối|nghiêm cấm|cấm)(?!\w)")
_ACRONYM_NO_PROVINCE = 0.2  # an acronym that is no province for a question asking for provinces
_NAMED_ROLE = 0.1  # a role written next to the person the question names (its evidence is the name)
_ATTEND_BONUS = 0.12  # the list after "tham dự có" for a question about who attended
_OTHER_YEAR = 0.1  # a candidate naming another year than the question's
_DOC_HEADS = frozenset(
    ("nghi quyet", "quyet dinh", "nghi dinh", "thong tu", "chi thi", "cong van", "van ban", "ke hoach", "cong dien")
)
_ASKS_PLAN = re.compile(r"\b(du kien|se|ke hoach|han chot|thoi han)\b")  # a date ahead (folded question)
_PLANNED_DATE = 0.08  # a date said to come ("dự kiến ngày 10/3 tới") for a question about a plan
_PART_OF = 0.1  # a part ("trong đó ...") of the figure before it, when the question does not ask that part
_QUOTE_NEAR = 0.1  # a candidate beside the phrase the question quotes
_QUALIFIED = 0.1  # a count followed by the words that follow the unit asked ("chỉ tiêu [đạt và vượt]")
_OWN_YEAR = 0.05  # a figure given for the year asked (and twice that off for one of another year)
_SAME_NUMBERS = 0.05  # a figure in a sentence that has every other number the question names
_UNIT_MISMATCH = 0.15  # a number counting another unit than the one asked
_MONTH_YEAR_EN = re.compile(rf"\b({'|'.join(EN_MONTHS)})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_CONTEXT_DATE = 0.1  # a date inside the month an opening phrase of the question sets ("At the June 2018 meeting, ...")
_MEETING = re.compile(r"(?i)\b(?:họp|hội nghị|meeting|session|held|conference)\b")


@lru_cache(maxsize=256)
def _context_months(question: str) -> frozenset[tuple[int, str]]:
    """(month, year) pairs a question states in an opening phrase, as the setting of what it asks about
    another event ("At the June 2018 meeting ..., from when was the centre to start operating?"; "tháng 6/2018",
    "tháng 6 năm 2018" too); none where the question itself asks about the meeting ("When was the June 2018
    meeting held?", "In June 2018, when did the city hold its meeting?")."""
    opening, _, asked = question.rpartition(",")
    if not opening or _MEETING.search(asked):
        return frozenset()
    found = set(month_years(opening))
    found |= {(EN_MONTHS.index(m.lower()) + 1, y) for m, y in _MONTH_YEAR_EN.findall(opening)}
    return frozenset(found)


_ASKS_DAY = re.compile(r"\bngay (nao|may|bao nhieu|thang nao)\b|\bwhat (date|day)\b|\bwhich day\b|\bon what\b")
_ASKS_COUNT_EN = re.compile(r"\bhow many\b")
_ASKS_PERIOD = re.compile(r"\b(giai doan|thoi ky|thoi gian nao|period|which years)\b")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[-–]|đến|tới)\s*(?:năm\s+)?(?:19|20)\d\d")
_ASKS_RATE = re.compile(r"\b(ty le|ti le|phan tram|hai long|percent|percentage|rate|share|proportion|ratio)\b")
_MAGNITUDES_VI = MAGNITUDES | {"/"}  # skipped before a number's unit: "37 nghìn hồ sơ", "2 hồ sơ/ngày"
_MAGNITUDES = frozenset(fold(w) for w in _MAGNITUDES_VI)  # ... as keyed in a question typed without accents
_ROLE_MODIFIERS = ("pho", "quyen")  # folded: "Phó Chủ tịch", "Quyền Giám đốc"
_PHRASE_BONUS = 0.05
_HEAD_PHRASE_WORDS = 8  # words of a noun phrase after its head ("phần mềm một cửa điện tử liên thông 3 cấp")
# words that end such a phrase: its verb or a preposition ("... 3 cấp làm cơ sở cho ...")
_PHRASE_END = frozenset("làm là được bị để nhằm cho với của tại ở theo từ đến khi thì nên mà sẽ đã đang".split())
_ASKS_ADDRESS = re.compile(r"\b(website|web|trang thong tin|email|e-mail|thu dien tu|hop thu|url)\b")
_ASKS_STREET = re.compile(r"\b(dia chi|address|so nha)\b")


def _asks_street(info: QuestionInfo) -> bool:
    """Whether the question asks a street address ("địa chỉ nào", "what is the address"), not a website's."""
    asked = fold(info.text)
    return bool(_ASKS_STREET.search(asked)) and not _ASKS_ADDRESS.search(asked)


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:vn|com|net|org)\b|[\w.-]+@[\w.-]+\.\w+")
# question heads any kind of unit answers ("đơn vị nào" -> "UBND phường 2", "Sở Nội vụ")
# heads a bare province-level name answers ("tỉnh nào" -> "Hậu Giang")
_PROVINCE_HEADS = frozenset(("tinh", "thanh pho", "dia phuong", "tinh thanh"))
_COUNTRY_HEADS = (("nuoc",), ("quoc", "gia"))
_HEAD_ALIASES = {"tp": "thanh pho", "tx": "thi xa", "tt": "thi tran"}
_GENERIC_HEADS = frozenset(("don vi", "co quan", "dia phuong", "dia ban", "to chuc", "khu vuc", "nganh", "vung", "noi"))
_ENUM_INTRO = re.compile(r"(?i)\s+(?:với\s+)?(?:các|những)\s+[^,;:]{0,25}?\s(?:như|gồm|bao gồm)$")
_ENUM_OPENER = re.compile(r"[\s,]*(?:[^,;:.]{0,30}?[\s,]+)?(?:như|gồm|bao gồm|gồm có|cụ thể)\s*:\s*", re.IGNORECASE)
_RESULT = re.compile(r"\s(?:nên|cho nên|do đó|vì vậy|vì thế|dẫn đến|khiến cho)\s", re.IGNORECASE)
_CONNECTIVE = re.compile(r"\s*(?:tuy nhiên|nhưng|song|mặt khác|bên cạnh đó|ngoài ra|trong khi đó)\s*,?\s*", re.I)
_REASON = re.compile(r"\b(do|vì|bởi vì|bởi|nguyên nhân là|lý do là|với lý do|với lý do là|nên)\b", re.IGNORECASE)


@dataclass
class Scored:
    """A candidate span with its score and the parts of the score."""

    span: Span
    score: float
    parts: dict = field(default_factory=dict)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(expand(tokens(text)))


def _token_range(toks: tuple[Token, ...], start: int, end: int) -> tuple[int, int]:
    lo = next((i for i, t in enumerate(toks) if t.end > start), len(toks))
    hi = max((i for i, t in enumerate(toks) if t.start < end), default=lo - 1)
    return lo, max(lo, hi)


def head_phrases(text: str, head: tuple[str, ...], written: str = "", lead: tuple[str, ...] = ()) -> list[Span]:
    """ "<head> <noun phrase>" in ``text`` for a folded question head ("linh vuc" -> "lĩnh vực đất đai").

    ``written``: the head as the question writes it with accents; then "kỹ năng" is no "kỳ" phrase.
    ``lead``: the question's syllables before the head; a phrase starts with the whole word the head ends
    ("phương [án] nào" -> "phương án 2", not "án 2") where the text's word is the question's.
    """
    if not head:
        return []
    low = fold(text)
    h = " ".join(head)
    out: list[Span] = []
    for m in re.finditer(rf"(?<!\w){re.escape(h)}(?!\w)", low):
        if written and text[m.start() : m.end()].lower() != written:
            continue
        rest = text[m.end() :]
        q = QUOTE_AFTER.match(rest)
        if q:
            g = q.lastindex or 1
            out.append(
                Span(
                    m.start(),
                    m.end() + q.end(),
                    "thing",
                    text[m.start() : m.end() + q.end()],
                    (m.end() + q.start(g), m.end() + q.end(g)),
                    h,
                )
            )
            continue
        words = list(re.finditer(r"[^\s,;:.()\"“”]+", rest[:160]))
        end = m.end()
        taken = 0
        for w in words:
            gap = rest[end - m.end() : w.start()]
            word = w.group(0).lower()
            if (
                gap.strip()
                or taken >= _HEAD_PHRASE_WORDS
                or word in _PHRASE_END
                or (is_stop(word, True) and (not taken or word != "và"))
            ):
                break
            end = m.end() + w.end()
            taken += 1
        if taken:
            # "các phần mềm hỗ trợ (phần mềm quản lý lịch công tác, ...)": the instances it lists in brackets
            inner = re.match(r"\s*\(([^()]{3,150})\)", text[end:])
            if inner and fold(inner.group(1)).startswith(h):
                end += inner.end()
            start = _word_start(text, m.start(), lead) if lead else m.start()
            if start is not None:
                start, end = full_name(text, start, end)
                out.append(Span(start, end, "thing", text[start:end], (m.end(), end), h))
    return out


def _word_start(text: str, i: int, lead: tuple[str, ...]) -> int | None:
    """Where the underthesea word of ``text`` holding position ``i`` starts: ``i``, or earlier when its
    syllables before ``i`` are the question's ``lead`` ("lao động" for the head "động" of "loại lao động
    nào"); None when they are other syllables ("dự án" holds no head "án" of "phương án nào")."""
    around = word_around(text, i)
    before = tuple(fold(text[around[0] : i]).split()) if around else ()
    if not before:
        return i
    return around[0] if before == lead[-len(before) :] else None


def clause_spans(text: str, info: QuestionInfo) -> list[Span]:
    """Clause-like answers: runs of words the question does not contain, cut at clause boundaries."""
    toks = _tokens(text)
    terms = set(info.terms)
    head = " ".join(info.head)
    matched = [(key_of(t, info.accented) in terms or t.fold in info.head) and not is_stop(t.text, True) for t in toks]
    del head
    out: list[Span] = []
    i = 0
    while i < len(toks):
        if matched[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and not matched[j + 1] and not _BARRIER.search(text[toks[j].end : toks[j + 1].start]):
            j += 1
        s, e = toks[i].start, toks[j].end
        while e - s > 180:
            cut = max(text.rfind(",", s, s + 180), text.rfind(";", s, s + 180))
            e = cut if cut > s + 10 else s + 180
        piece = text[s:e].strip(" ,;")
        if len(re.findall(r"\w+", piece)) >= 2 or info.qtype == "directive":
            out.append(Span(s, s + len(piece), "clause", piece, (s, s + len(piece))))
        i = j + 1
    if info.mode == "reason":  # the cause before its effect: "[cơ sở vật chất ... chưa hoàn thiện] nên ..."
        for m in _RESULT.finditer(text):
            barriers = list(_BARRIER.finditer(text, 0, m.start()))
            s = barriers[-1].end() if barriers else 0
            lead = _CONNECTIVE.match(text, s)
            s = lead.end() if lead else s
            piece = text[s : m.start()].strip(" ,;:")
            if len(re.findall(r"\w+", piece)) >= 3:
                s2 = text.find(piece, s)
                out.append(Span(s2, s2 + len(piece), "clause", piece, (s2, s2 + len(piece)), "cause"))
    # after a directive/reason cue: the rest of the clause
    cue = _REASON if info.mode == "reason" else _DIRECT if info.qtype == "directive" else None
    if cue is not None:
        for m in cue.finditer(text):
            s = m.end()
            nxt = _BARRIER.search(text, s)
            e = nxt.start() if nxt else len(text)
            e = min(e, s + 180)
            if e - s > 180:
                cut = text.rfind(",", s, s + 180)
                e = cut if cut > s + 10 else s + 180
            piece = text[s:e].strip(" ,;:.")
            if len(piece) > 3:
                s2 = text.find(piece, s)
                # "bị từ chối với lý do [Việt Nam chưa có Luật ...]": what a reason cue gives is the cause asked
                head = "cause" if info.mode == "reason" and m.group(1).lower() not in ("do", "nên") else ""
                out.append(Span(s2, s2 + len(piece), "clause", piece, (s2, s2 + len(piece)), head))
    return out


def _joins_nouns(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` joins two nouns of one coordination ("xin lỗi người dân, doanh nghiệp")."""
    words = pos_words(text)
    before = next((w for w in reversed(words) if w[3] <= comma), None)
    after = next((w for w in words if w[2] > comma), None)
    return bool(before and after) and before[1] in ("N", "Np") and after[1] in ("N", "Np")


def clause_around(text: str, start: int, end: int, limit: int = 120, pairs: bool = False) -> tuple[int, int]:
    """The clause of ``text`` holding ``[start, end)``: cut at ";", ":" or a full stop, then, while longer than
    ``limit`` characters, at the comma farthest from the span ("yêu cầu X, Y; Z" -> "yêu cầu X, Y"); with
    ``pairs``, never on the left at a comma joining two nouns ("người dân, [doanh nghiệp ...]")."""
    left = max([m.end() for m in _BARRIER.finditer(text, 0, start)] or [0])
    nxt = _BARRIER.search(text, end)
    right = nxt.start() if nxt else len(text)
    while right - left > limit:
        lc, rc = text.rfind(",", left, start), text.find(",", end, right)
        if pairs and lc > left and _joins_nouns(text, lc):
            lc = text.rfind(",", left, lc)  # (the comma nearest the span only: the one before is a clause's)
        if lc > left and (start - left >= right - end or rc < 0):
            left = lc + 1
        elif rc >= 0:
            right = rc
        else:
            break
    if right - left > limit:  # no comma left: a window around the span, on word boundaries
        left = max(left, min(start, end - limit))
        right = min(right, left + max(limit, end - left))
        while left > 0 and text[left - 1].isalnum() and left < start:
            left += 1
        while right < len(text) and text[right : right + 1].isalnum() and right > end:
            right -= 1
    while left < right and text[left] in " ,;:":
        left += 1
    while right > left and text[right - 1] in " ,;:.":
        right -= 1
    return left, right


_DIRECTIVE_VERB = re.compile(rf"\b({_DIRECTIVE_VERBS})\b", re.IGNORECASE)


def directive_clause(text: str, start: int, end: int, limit: int = 120, gap: bool = False) -> tuple[int, int]:
    """The directive of ``text`` that ``[start, end)`` belongs to: when the span is the one who directs
    ("Trần Minh Long" in "... Trần Minh Long đề nghị thị xã cần phát huy ...;"), the clause from the
    directive verb on; when it is the ``gap`` after the question's own words ("chỉ đạo quyết liệt việc [sắp
    xếp lại tổ chức bộ máy ...]"), the clause from the span on; else the clause around the span
    (:func:`clause_around`)."""
    barrier = _BARRIER.search(text, end)
    stop = barrier.start() if barrier else len(text)
    verb = _DIRECTIVE_VERB.search(text, end, stop)
    if gap and (verb is None or verb.start() - end > 40):
        left, right = start, stop
    elif verb is None or verb.start() - end > 40:
        return clause_around(text, start, end, limit, pairs=True)
    else:
        left, right = verb.start(), stop
    while right - left > limit:
        cut = text.rfind(",", left, right)
        if cut <= left + 20:
            right = left + limit
            while right > left and text[right - 1 : right].isalnum() and text[right : right + 1].isalnum():
                right -= 1
            break
        right = cut
    return left, len(text[:right].rstrip(" ,;:."))


_PLURAL = frozenset(("cac", "nhung", "moi"))


def gap_span(text: str, info: QuestionInfo, strict: bool = False) -> Span | None:
    """The words after the question's left-hand words, up to its right-hand words or the clause end.

    "yêu cầu tăng cường [điều gì] đối với cán bộ" against "Tăng cường kỷ luật, kỷ cương hành chính, ...
    của đội ngũ cán bộ" gives "kỷ luật, kỷ cương hành chính, ... của đội ngũ".
    """
    toks = _tokens(text)
    if not toks:
        return None
    if not info.ordered:
        return _english_gap(text, toks, info)
    keys = [key_of(t, info.accented) for t in toks]
    left, right = set(info.left), set(info.right) - set(info.left)
    best_i, best_w = -1, 0.0
    # the answer follows the words right before the wh-phrase ("đẩy nhanh tiến độ [việc gì]"): where the
    # sentence has the question's last content word, only those places count
    last = next((k for k in reversed(info.left) if not is_stop(k, info.accented)), None)
    anchors = {i for i, k in enumerate(keys) if k == last}
    if strict and not anchors:
        return None  # ... and ``strict``: only there
    # (of several anchors, the one that ends the question's own words in their order first: "buộc [chủ đầu tư]
    # phải thuê tư vấn" against "buộc chủ đầu tư làm gì", not the "tư" of "tư vấn")
    content = [k for k in info.left if not is_stop(k, info.accented)]
    for i, k in enumerate(keys):
        if anchors and i not in anchors:
            continue
        if k in left and not is_stop(toks[i].text, True):
            w = sum(info.weight(keys[j]) for j in range(max(0, i - 10), i + 1) if keys[j] in left)
            # (the run outweighs any sum of weights: it decides, the weights break its ties)
            w += 10.0 * _ordered_run(keys, i, content, info.accented) if len(anchors) > 1 else 0.0
            if w >= best_w:
                best_i, best_w = i, w
    if best_i < 0 or best_i + 1 >= len(toks):
        return None
    # the question's own linking words after the anchor ("xếp [vào] nhóm nào") are not the answer
    link = _linking_words(info)
    i = best_i + 1
    while i < len(toks) - 1 and i - best_i <= len(link) and toks[i].fold == link[i - best_i - 1]:
        i += 1
    # ... nor are more of its words right after it ("CCHC [được xếp vào] top 5" for "xếp CCHC vào nhóm nào")
    j = i
    while j < len(toks) - 1 and j - i < 4 and (keys[j] in left or toks[j].fold in link or is_stop(toks[j].text, True)):
        if toks[j].fold in _PLURAL:
            break  # "nhân rộng [các cách làm hay]": a plural opens the answer's noun, whatever word follows
        if toks[j - 1].fold == "la" and toks[j].text[:1].isupper() and toks[j].text not in {t.text for t in tokens(info.text)}:
            break  # "chủ đề năm 2004 là [Năm môi trường ...]": a capital after "là" opens the name it gives
        j += 1
    if j > i and any(keys[m] in left for m in range(i, j)) and not _BARRIER.search(text[toks[i].start : toks[j].start]):
        i = j
    return _span_after(text, toks, keys, i - 1, info, right)


def _ordered_run(keys: list[str], i: int, words: list[str], accented: bool, most: int = 4) -> int:
    """How many of ``words``' last words (stop words aside) ``keys`` has in their order, ending at ``i``."""
    n, j = 0, i
    while n < min(most, len(words)) and j >= 0:
        if is_stop(keys[j], accented) and keys[j] != words[-1 - n]:
            j -= 1
            continue
        if keys[j] != words[-1 - n]:
            break
        n, j = n + 1, j - 1
    return n


def _english_gap(text: str, toks: tuple[Token, ...], info: QuestionInfo) -> Span | None:
    """"What did residents expect?" against "người dân mong đợi cần rút ngắn thời gian ...": the words
    after the Vietnamese of the question's verb (its first place in the sentence)."""
    folds = [t.fold for t in toks]
    for phrase in info.extras.get("anchor", ()):
        words = phrase.split()
        n = len(words)
        at = next((i for i in range(len(folds) - n + 1) if folds[i : i + n] == words), -1)
        if at >= 0 and at + n < len(toks):
            return _span_after(text, toks, folds, at + n - 1, info, set())
    return None


def _span_after(text: str, toks, keys: list[str], best_i: int, info: QuestionInfo, right: set[str]) -> Span | None:
    """The gap after token ``best_i``: up to a barrier, the question's right-hand words, or 180 characters."""
    start = toks[best_i + 1].start
    end = len(text)
    barrier = _BARRIER.search(text, toks[best_i].end)
    if barrier and barrier.start() >= start:
        end = barrier.start()
    elif barrier:
        return None
    closed = False
    for j in range(best_i + 2, len(toks)):
        if toks[j].start >= end:
            break
        if keys[j] in right and not is_stop(toks[j].text, True) and toks[j].start - start > 3:
            end = toks[j].start
            closed = True
            break
    folds, we = info.extras.get("folds", ()), info.extras.get("wh", (0, 0))[1]
    if closed and folds[we : we + 1] in (("neu",), ("khi",)):
        # "chỉ đạo gì [nếu ... đã an toàn]" against "nên nếu ... xác định đã an toàn thì [cần họp báo ...]": the
        # question's right-hand words are a condition, its answer follows the sentence's "thì"
        limit = barrier.start() if barrier else len(text)
        then = re.search(r"(?<!\w)thì\s+", text[end:limit])
        if then:
            start, end, closed = end + then.end(), limit, False
    if info.qtype == "thing" and info.ordered and closed and text.count(",", start, end) == 1:
        # ... the question's right-hand words close it: the piece right before them ("cần nâng cao ...,
        # [thân thiện và tận tâm] khi tiếp dân")
        comma = text.rfind(",", start, end)  # (not one between two nouns: "UBND tỉnh, thành phố trực thuộc TW")
        if comma > start and len(text[comma + 1 : end].strip()) >= 3 and not _joins_nouns(text, comma):
            start = comma + 1
    elif info.qtype == "thing" and info.ordered:  # a name or a noun phrase: up to the first comma ...
        first = [t.fold for t in tokens(text[start : start + 30])][:2]
        comma = text.find(",", start + 3, end)
        while comma > 0:
            nxt = [t.fold for t in tokens(text[comma + 1 : comma + 20])][:1]
            if not nxt or nxt[0] not in first:
                end = comma
                break
            comma = text.find(",", comma + 1, end)  # ... unless it goes on alike: "từng tháng, từng quý"
    if end - start > 180:
        cut = text.rfind(",", start, start + 180)
        end = cut if cut > start + 10 else start + 180
    opener = _ENUM_OPENER.match(text, start) or _ENUM_OPENER.match(text, end)
    anchor = start  # where the gap opens: what the question's words lie next to
    if info.qtype == "thing" and opener and not closed:
        # "còn những tồn tại, hạn chế [cần khắc phục], như: Một số đơn vị ...; ...": what the enumeration lists
        start, end = opener.end(), len(text.rstrip(" .…"))
        if end - start > 180:
            cut = max(text.rfind(";", start, start + 180), text.rfind(",", start, start + 180))
            end = cut if cut > start + 10 else start + 180
    piece = re.sub(r"(?i)^(?:thì|là)\s+", "", text[start:end].strip(" ,;:."))  # ("[thì] UBND tỉnh ...")
    if piece.endswith(("”", '"')) and not re.search(r"[“\"]", piece[:-1]):  # the close of a quote it never opens
        piece = piece[:-1].rstrip(" ,;:.")
    intro = _ENUM_INTRO.search(piece)
    if intro and len(piece[: intro.start()].split()) >= 3:  # "[cam kết ... năm 2022] với các nội dung như"
        piece = piece[: intro.start()]
    if closed:  # ... without the question's own linking words before them ("[làm] thước đo", "tận tâm [khi]")
        linking = set(_linking_words(info, after=True))
        while piece and fold(piece.split()[-1]) in linking:
            piece = piece.rsplit(None, 1)[0] if " " in piece else ""
    if len(piece) < 3:
        return None
    s = text.find(piece, start)
    return Span(s, s + len(piece), "clause", piece, (min(anchor, s), s + len(piece)), "gap")


# words before "gì"/"nào" that ask no noun of their own: "việc gì", "điều gì", "vấn đề gì", "nội dung gì"
_NO_HEAD = frozenset(("viec", "dieu", "cai", "chuyen", "de", "dung", "gi", "nao"))


def with_asked_noun(text: str, start: int, info: QuestionInfo) -> int:
    """``start`` moved back over the noun the question asks with "gì"/"nào" when the text has it right
    before ("trang bị thêm loại [máy] gì" against "trang bị thêm các hệ thống [máy] soi container"): it
    belongs to the answer ("máy soi container di động"). Unchanged after a noun that asks nothing ("việc
    gì", "điều gì") or a verb, or for a question typed without accents (its tags mean little)."""
    if not info.accented:
        return start
    words = pos_words(info.text)
    at = next((k for k in range(1, len(words)) if fold(words[k][0]) in ("gi", "nao")), None)
    if at is None or not words[at - 1][1].startswith("N") or fold(words[at - 1][0]).split()[-1] in _NO_HEAD:
        return start
    noun = fold(words[at - 1][0]).split()[-2:]
    # the words right before ``start``, separated by spaces only
    base = max(0, start - 30)
    run = re.search(r"(?:\w+ +)*\w+ *$", text[base:start])
    if run is None:
        return start
    first = base + run.start()
    before = [(first + m.start(), fold(m.group(0))) for m in re.finditer(r"\w+", text[first:start])]
    for n in range(len(noun), 0, -1):  # the whole noun, or its last syllable ("loại máy" - "các hệ thống máy")
        if [w for _, w in before[-n:]] == noun[-n:]:
            return before[-n][0]
    return start


def _linking_words(info: QuestionInfo, after: bool = False) -> tuple[str, ...]:
    """The question's stop words between its last content word and the wh-phrase ("xếp [vào] nhóm nào"),
    or with ``after`` between the wh-phrase and its next content word ("lấy gì [làm] thước đo"), folded."""
    folds = info.extras.get("folds", ())
    ws, we = info.extras.get("wh", (0, 0))
    if after:
        j = we
        while j < len(folds) and is_stop(folds[j], False):
            j += 1
        return tuple(folds[we:j])
    j = ws
    while j > 0 and is_stop(folds[j - 1], False):
        j -= 1
    return tuple(folds[j:ws])


_ATTENDANCE = re.compile(
    r"(?<!\w)(?:tham dự|dự)(?:\s+[^,;:.]{1,40}?)?\s+(?:có|gồm có|gồm)\s*:?\s*", re.IGNORECASE
)
_ASKS_ATTENDANCE = re.compile(r"\b(tham du|du(?! lich)|attend(?:ed|s)?|participat\w*)\b")  # not "du lịch"


def attendance_span(text: str) -> Span | None:
    """Who attended, as the sentence lists them: "tham dự có các Ủy viên UBND thành phố; Chủ tịch UBND
    các xã, phường" gives "các Ủy viên UBND thành phố; Chủ tịch UBND các xã, phường" (roles or names)."""
    m = _ATTENDANCE.search(text)
    if not m:
        return None
    end = len(text.rstrip(" .…"))
    if end - m.end() < 3:
        return None
    return Span(m.end(), end, "clause", text[m.end() : end], (m.end(), end), "attend")


_NAMED = re.compile(
    r"(?<!\w)(?:được |còn )?(?:gọi là|mang tên|có tên(?: là)?|với tên gọi(?: là)?|lấy tên(?: là)?|đổi tên thành)\s+"
    r"|\(\s*nay là\s+",  # "Sở Địa chính Nhà đất (nay là Sở Tài nguyên Môi trường)"
    re.I,
)
YEARS_IN_TEXT = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/%]|[.,]\d)")  # a year, not part of a date or number
_A_CHANGE = re.compile(r"(?i)\b(?:tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn)(?:\s+(?:thêm|được|hơn|gần|trên|khoảng))?\s*$")
# a figure set as a target: after a directive's or a plan's words in its sentence; and questions asking one (folded)
_TARGET_WORDS = ("chỉ đạo", "yêu cầu", "đề nghị", "phấn đấu", "chỉ tiêu", "mục tiêu", "đề ra", "nhiệm vụ", "dự kiến")
_SET_AS_TARGET = re.compile(rf"(?i)\b(?:{'|'.join(_TARGET_WORDS)})\b")
_ASKS_TARGET = re.compile(
    rf"\b({'|'.join(fold(w) for w in _TARGET_WORDS)}|ke hoach|cam ket|target|aim|goal|plan|asked|urged|pledged?"
    r"|expect(?:s|ed)?|projected|planned|forecasts?"
    r"|commit(?:ted|ment)?)\b"
)
_TARGET = 0.1
# ... not those words as nouns: "đáp ứng yêu cầu giải quyết thủ tục ...; giảm tối thiểu 30%" is a result
_AS_NOUN = re.compile(r"(?i)(?:đáp ứng|theo|đúng)\s+$")


def _sets_target(before: str) -> bool:
    """Whether ``before`` (a figure's sentence up to it) sets a target: a directive's or a plan's words, not
    the noun "yêu cầu" of "đáp ứng yêu cầu"."""
    return any(not _AS_NOUN.search(before[: m.start()]) for m in _SET_AS_TARGET.finditer(before))


_ASKS_CHANGE = re.compile(
    r"\b(tang|giam|rut ngan|so voi|chenh|hon|increase[sd]?|decrease[sd]?|more|less|fewer|up|down|change|rise|fall"
    r"|cut|reduce[sd]?|shorten(?:ed)?|grow(?:th)?|grew)\b"
)
# "quyết định số mấy", "số hiệu văn bản", "what decision number": a document's number is asked
_ASKS_DOC = re.compile(
    r"\bso (may|bao nhieu|hieu|nao)\b|\bky hieu\b|\b(decision|resolution|decree|document|directive|circular) (number|no)\b"
    r"|\b(?:dieu|dieu khoan|khoan) (?:nao|may|thu may)\b|\bwhich (?:article|clause)\b"
    r"|\bnumber of the (decision|resolution|decree|document|directive|circular)\b"
    r"|\bvan ban (?:nao|gi)\b|\bwhich (?:document|decree|circular)\b"  # a document by kind only: its code names it
)
# (not "khoản": "một khoản 200 triệu đồng" is an amount)
_DOC_BEFORE = re.compile(r"(?i)\b(?:nghị định|quyết định|thông tư|chỉ thị|nghị quyết|công văn|điều)\s+(?:số\s+)?$")
_DENIED_AFTER = re.compile(r"\s*(?:chưa|không)\s+(?:được|có|đạt|thực hiện|giải quyết|xem xét|xử lý)\b", re.IGNORECASE)


_UNIT_SPELLINGS = {"xuất": "suất", "xuat": "suat"}  # "30 xuất quà": a common misspelling of the unit "suất"
_ASKS_NAME = re.compile(r"\b(ten|ten goi|name|named|called|renamed|doi ten)\b")


def named_spans(text: str) -> list[Span]:
    """What a thing is called: "(gọi là tổ công tác 60/CP)", "mang tên 'Ngày thứ Tư'" (up to ")", ",", ";")."""
    out = []
    for m in _NAMED.finditer(text):
        end = re.search(r"[),;:]|\.\s|\.$|$", text[m.end() :])
        piece = text[m.end() : m.end() + end.start()].strip(" \"“”'")
        if 2 <= len(piece) <= 80:
            s = text.find(piece, m.end())
            out.append(Span(s, s + len(piece), "thing", piece, (s, s + len(piece)), "named"))
    return out


def sentence_candidates(text: str, info: QuestionInfo, kind: str | None = None) -> list[Span]:
    """Typed candidate spans of ``text`` for the question's expected type (or ``kind``)."""
    kind = kind or info.item_type
    if info.mode == "role":
        return role_spans(text, info)
    role = kind == "person" and info.extras.get("role_answer", False)
    # "muốn giảm gì": what follows that verb, and only where the sentence has it (strict)
    verb = info.qtype == "thing" and not info.head and info.mode == "" and info.ordered
    # ("trách nhiệm của ai": the role follows "trách nhiệm" in the sentence, or the sentence names no role)
    gap = gap_span(text, info, strict=verb or role) if kind in ("directive", "thing") or role else None
    if gap is not None and _inside_name(text, gap.start):
        gap = None  # "BS Hoàng [Công Lương được tại ngoại ...]": the question's words end inside a name, no gap
    if kind == "number":
        spans = numbers(text)
        spans += _joined_figures(text, spans, _asked_units(info))
    elif kind == "date":
        spans = dates(text)
    elif kind == "person":
        spans = persons(text)
        if info.qtype == "person":
            spans += coordinated_persons(text, spans)
        if info.qtype in ("list", "person") and _ASKS_ATTENDANCE.search(fold(info.text)):
            attend = attendance_span(text)  # "những ai tham dự": roles as well as names
            spans += [attend] if attend else []
        if role and gap is not None:  # "trách nhiệm của [người đứng đầu]": the words after the question's
            spans.append(gap)
        if not spans and info.qtype == "person":
            spans = office_holders(text)  # "giao cho Giám đốc Sở Tư pháp ký": a role, when no one is named
    elif kind == "place":
        spans = places(text) + [
            Span(s.start, s.end, "place", s.text, s.core, s.head)
            for s in head_phrases(text, info.head, info.extras.get("head_text", ""), info.extras.get("head_lead", ()))
            if s.text[len(" ".join(info.head)) :].strip()
            and (s.text[:1].isupper() or s.text[s.core[0] - s.start :][:1].isupper())
            and not re.search(rf"\svà\s+[{LOWER}]", s.text)  # "Phường 11 [và mô hình]": a name ends before
        ]
        if not info.head and info.lang == "vi":
            spans += located(text)
        if info.head in _COUNTRY_HEADS:  # "nước ASEAN nào": "Philippines", a country named in one word
            spans += [
                Span(ws, we, "place", w, (ws, we), "")
                for w, tag, ws, we in pos_words(text)
                if tag == "Np" and " " not in w and w[:1].isupper() and ws > 0
            ]
        elif info.head in ((), ("thanh", "pho")):  # "ở đâu", "thành phố nào": "Kiev", "Bangkok" in one foreign word
            spans += [
                Span(ws, we, "place", w, (ws, we), "")
                for w, tag, ws, we in pos_words(text)
                if tag == "Np" and foreign_name(w) and not _NAME_BEFORE.search(text, 0, ws)
            ]
    elif kind == "thing":
        spans = named_spans(text) + things(text) + head_phrases(text, info.head, info.extras.get("head_text", ""), info.extras.get("head_lead", ()))
        spans += quoted(text)
        if _ASKS_DOC.search(fold(info.text)):  # "điều khoản nào quy định ...": "Điều 64"
            spans += [n for n in numbers(text) if n.head == "doc"]
        if info.mode in ("reason", "manner") or not spans or info.lang == "en":
            spans += clause_spans(text, info)
    elif kind in ("directive",):
        spans = clause_spans(text, info) + numbers(text) if info.mode == "" else clause_spans(text, info)
    else:
        spans = clause_spans(text, info)
    if kind in ("place", "thing") and _asks_street(info):
        spans += addresses(text)  # "địa chỉ nào", "what is the address": "86 Lê Thánh Tôn, quận 1"
    # "xếp vào nhóm nào" against "được xếp vào top 5 địa phương": the sentence never names the kind asked
    unnamed = info.qtype == "thing" and info.head and not _names_head(text, info)
    english = info.lang == "en"  # an English gap follows the question's own verb: a candidate as good as any
    if gap is not None and (
        kind == "directive" or info.mode in ("reason", "manner") or not spans or unnamed or english or verb
    ):
        spans = [gap] + spans
    if kind in ("place", "thing") and info.head and len(info.right) >= 2:
        spans += [c for c in (_cut_before_asked(text, s, info) for s in spans if s.head) if c is not None]
    uniq: dict[tuple[int, int], Span] = {}
    for s in spans:
        if kind in ("place", "thing") and _ROMAN.fullmatch(s.text):
            continue  # "chương III", "khu vực II": a numeral, no unit nor thing
        s = with_degrees(text, s) if kind == "thing" else s  # "... mức độ 3, mức độ 4": both degrees
        if s.end > s.start and (s.start, s.end) not in uniq:
            uniq[(s.start, s.end)] = s
    return list(uniq.values())


_ROMAN = re.compile(r"[IVXL]+")


def _inside_name(text: str, start: int) -> bool:
    """Whether ``start`` falls between two capitalized words of one name ("Hoàng | Công Lương")."""
    before = re.search(r"(\w+) $", text[:start])
    return bool(before and before.start(1) > 0 and before.group(1)[:1].isupper() and text[start : start + 1].isupper())


def _cut_before_asked(text: str, span: Span, info: QuestionInfo) -> Span | None:
    """The phrase cut before the words that follow "nào" in the question: "giao lực lượng nào kiểm tra thủ tục"
    against "lực lượng công an kiểm tra thủ tục": "lực lượng công an"; None when the phrase runs past none."""
    toks = tokens(span.text)
    keys = [key_of(t, info.accented) for t in toks]
    first = list(info.right[:2])
    head = len(span.head.split()) if span.head else 1
    for i in range(head + 1, len(keys) - 1):  # the head and one word of its own at least
        if keys[i : i + 2] == first:
            end = span.start + toks[i - 1].end
            core = (span.core[0], min(span.core[1], end))
            return Span(span.start, end, span.kind, text[span.start : end], core, span.head)
    return None


_DATE_THING = re.compile(r"(?i)(?:năm|ngày|tháng|quý)\s+[\dIVX]+(?:[/.-]\d+)*")  # "năm 2002": a time, as a thing
_DATE_NO_THING = 0.15
_NO_BODY = 0.08  # a bare locality for "cơ quan nào"
_ASKED_UNIT = re.compile(r"\b(?:bao nhieu|may|(?<!ho )(?<!chi )so)\s+(\w+)")
# units listed after one "bao nhiêu": "bao nhiêu nội dung, lĩnh vực và nhiệm vụ" (folded, first word of each)
_LISTED_UNITS = re.compile(r"\bbao nhieu\s+\w+(?:\s+\w+)?((?:\s*(?:,\s*(?:va\s+)?|\s+va\s+)\w+(?:\s+\w+)?){1,3})\s*(?:[?.]|$)")
_FIGURE_JOIN = re.compile(r"\s*(?:,|và|,\s*và|[-–])\s*")


def _asked_units(info: QuestionInfo) -> frozenset[str]:
    """The units a Vietnamese question counts, folded ("bao nhiêu chương, bao nhiêu điều": chương, điều;
    "bao nhiêu nội dung, lĩnh vực và nhiệm vụ": nội, lĩnh, nhiệm -- the first word of each)."""
    if info.lang != "vi":
        return english_units(info.text)  # "how many chapters and articles"
    units = set(_ASKED_UNIT.findall(" ".join(info.extras.get("folds", ()))))
    listed = _LISTED_UNITS.search(fold(info.text).lower())
    if listed:
        units |= {m.split()[0] for m in re.split(r"\s*,\s*(?:va\s+)?|\s+va\s+", listed.group(1)) if m.strip()}
    return frozenset(units)


def _joined_figures(text: str, spans: list[Span], units: frozenset[str]) -> list[Span]:
    """Figures side by side that count different units the question all asks ("8 chương, 82 điều",
    "08 nội dung, 06 lĩnh vực - 59 nhiệm vụ"): the longest run of them."""
    if len(units) < 2:
        return []
    out = []
    i = 0
    while i < len(spans):
        j, seen = i, {_unit(text, spans[i])}
        while j + 1 < len(spans):
            a, b = spans[j], spans[j + 1]
            ub = _unit(text, b)
            if ub in seen or (ub not in units and "*" not in units) or not a.end <= b.start or not _FIGURE_JOIN.fullmatch(text[a.end : b.start]):
                break
            seen.add(ub)
            j += 1
        if j > i and len(seen - units) <= ("*" in units):
            a, b = spans[i], spans[j]
            out.append(Span(a.start, b.end, "number", text[a.start : b.end], (a.core[0], b.core[1]), "both"))
        i = j + 1 if j > i else i + 1
    return out


_NAME_BEFORE = re.compile(r"(?:\b(?:[ôÔ]ng|[bB]à|[nN]gài)|[A-Z][a-z]+)\s+$")  # "ông Popovici", "Silviu Popovici": a person
_ROLE_BEFORE = re.compile(rf"(?:^|\W)((?:pho |quyen )?(?:{'|'.join(ROLE_WORDS)}))\s*$")  # folded


def office_holders(text: str) -> list[Span]:
    """A role and the office it heads ("Giám đốc Sở Tư pháp", "Chủ tịch UBND cấp tỉnh"): who a sentence
    naming no person gives as the one who acts."""
    low = fold(text)
    out = []
    for place in places(text):
        before = low[max(0, place.start - 20) : place.start]
        m = _ROLE_BEFORE.search(before)
        if m and not re.search(r"\d", place.text):  # "Chủ tịch UBND 15 xã, phường": no office named
            start = place.start - (len(before) - m.start(1))
            out.append(Span(start, place.end, "person", text[start : place.end], (start, place.end), "office"))
    return out


_AND_HONORIFIC = re.compile(r"\s+và\s+(?:(?:đồng chí|ông|bà|anh|chị)\s+)?$", re.IGNORECASE)
_AND_ROLE_HONORIFIC = re.compile(
    r"(?:\s*,[^,;.:()]{1,60}?)?\s+và\s+(?:(?:đồng chí|ông|bà|anh|chị)\s+)?$"  # "Ông A, Bí thư Thành ủy và Ông B"
    r"|(?:\s*,[^;.:()]{1,80}?)?\s*;\s*(?:đồng chí|ông|bà|anh|chị)\s+$",  # "Ông A, Tỉnh ủy viên, Bí thư; Ông B"
    re.IGNORECASE,
)


def coordinated_persons(text: str, spans: list[Span], roles: bool = False) -> list[Span]:
    """"A và đồng chí B" as one answer: two people joined by "và" share what the sentence says of them
    ("Đồng chí Huỳnh Văn Nhã và đồng chí Lê Thị Lệ Thủy chủ trì Hội nghị" -> both chaired); with ``roles``
    the first may carry its role between them ("Ông A, Bí thư Thành ủy và Ông B")."""
    joint = _AND_ROLE_HONORIFIC if roles else _AND_HONORIFIC
    ordered = sorted(spans, key=lambda s: s.start)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        if a.end <= b.start and joint.fullmatch(" " + text[a.end : b.start].strip() + " "):
            out.append(Span(a.start, b.end, "person", text[a.start : b.end], (a.core[0], b.core[1]), "both"))
    return out


def _names_head(text: str, info: QuestionInfo) -> bool:
    """Whether ``text`` has the question's head noun ("nhóm" in "nhóm nào")."""
    head = tuple(key_of(t, info.accented) for t in tokens(info.extras.get("head_text") or " ".join(info.head)))
    return _sentence_has(text, head, info.accented)


def rivals(text: str, span: Span, spans: list[Span]) -> list[Span]:
    """Candidates that compete with ``span`` for the question's words: same kind, and for numbers the same
    shape (both rates, or the same unit) -- "mức độ 3" does not separate "100%" from "trên 50%"."""
    out = [o for o in spans if o.kind == span.kind]
    if span.kind == "number":
        pct = "%" in span.text
        unit = _unit(text, span)
        out = [o for o in out if ("%" in o.text) == pct and (pct or _unit(text, o) == unit)]
    return out


def _question_bigrams(info: QuestionInfo) -> list[tuple[str, str]]:
    keys = info.extras.get("keys", ())
    out = []
    for a, b in zip(keys, keys[1:]):
        if (
            a != b
            and not a.isdigit()
            and not b.isdigit()
            and not is_stop(a, info.accented)
            and not is_stop(b, info.accented)
        ):
            out.append((a, b))
    return out


def local_support(
    text: str,
    span: Span,
    info: QuestionInfo,
    vocab: Vocab,
    others: list[Span] | None = None,
    context: set[str] | None = None,
    lead: set[str] | None = None,
    locality: str | None = None,
) -> float:
    """IDF-weighted support of the question words around ``span`` (0..1, may go below 0 with mismatches).

    Words absent from the sentence but present in ``context`` (the article) are left out: the
    sentence relies on the article for them. Words of ``lead`` (the sentence that opens the enumeration
    this sentence is an item of) support it as words before it, far away. The article's own
    ``locality`` named in the question weighs half where the sentence has it.
    """
    lead = lead or set()
    toks = _tokens(text)
    if not toks:
        return 0.0
    lo, hi = _token_range(toks, span.core[0], span.core[1])
    lo_full, hi_full = _token_range(toks, span.start, span.end)
    left, right = set(info.left), set(info.right)
    terms = list(dict.fromkeys(info.terms))
    if not terms:
        return 0.0
    pos = term_positions(list(toks), terms, info.accented)
    others = [o for o in (others or []) if (o.start, o.end) != (span.start, span.end)]
    # coordinated siblings ("05 thủ tục ..., 18 thủ tục ...") share the words before the first of them;
    # owners do not ("A của X, B của Y": each has its own words before it)
    possessor = bool(_OF_BEFORE.search(text[: span.start]))
    # ... and all of what it owns is its own: "; mô hình "Đoàn viên, hội viên ... thủ tục hành chính" của <X>"
    owned_from = _owned_from(text, span.start) if possessor else span.start
    # an owned thing ("mô hình A của UBND Phường 11 và mô hình B ..."): its owner follows it
    owner = _OWNER_AFTER.match(text, span.end)
    owned_until = owner.end() if owner else -1
    owners_before = [m.span() for o in others if o.end <= span.start and (m := _OWNER_AFTER.match(text, o.end))]
    unit = _unit(text, span)
    siblings = [
        o
        for o in others
        if unit
        and not possessor
        and _unit(text, o) == unit
        and not _BARRIER.search(text[min(o.end, span.end) : max(o.start, span.start)])
        # the later one opens its item ("..., 18 thủ tục"); "10 ngày, UBND TP ký quyết định giao đất không quá
        # 5 ngày" has a clause of its own before the second: no siblings
        and re.search(r"(?:[,;:(]|\bvà|\bhoặc)\s*$", text[min(o.end, span.end) : max(o.start, span.start)])
    ]
    # a candidate inside this one ("Phường 2" in "UBND Phường 2") or around it stands between nothing
    # (clauses nest in each other by construction and keep counting)
    apart = [o for o in others if span.kind == "clause" or o.end <= span.start or o.start >= span.end]
    other_idx = [_token_range(toks, o.core[0], o.core[1])[0] for o in apart]
    first_sibling = min([_token_range(toks, o.core[0], o.core[1])[0] for o in siblings] + [lo])
    widx = _word_index(toks)
    about = {w for n in info.names if n == fold(locality or "") for w in n.split()}
    heads_clause = span.kind == "date" and bool(re.match(r"\s*,", text[span.end :]))
    total = norm = 0.0
    for t in terms:
        w = vocab.idf(t) * info.weight(t)
        best = 0.0
        if t not in pos and t in lead:
            best = _LEAD_SUPPORT if (not info.ordered or t in left) else _LEAD_SUPPORT / 2
        elif t not in pos and context is not None and t in context:
            w *= 0.5  # the article has it elsewhere: half weight, no support
        elif t in pos and fold(t) in about:
            w *= 0.5  # the place the whole article is about: no more telling here than where it is absent
        norm += w
        for p in pos.get(t, ()):
            if lo_full <= p <= hi_full and span.kind in ("clause",):
                continue
            if lo <= p <= hi:
                best = max(best, 0.6)  # inside the span's core ("Phường 2" for "phường")
                continue
            d = widx[lo] - widx[p] if p < lo else widx[p] - widx[hi]
            if p < lo and toks[p].start >= owned_from:
                d = 1  # a word of the thing this span owns, however long its name
            if p < first_sibling < lo:
                d = widx[first_sibling] - widx[p]  # a word shared by the coordinated siblings
            if info.ordered:
                expected = (t in left and p < lo) or (t in right and p > hi) or (t in left and t in right)
                if not expected and heads_clause and t in left and p > hi:
                    expected = True  # "chiều ngày 22/6, Công an tỉnh đã khởi tố ...": a date heads what follows
                # a clause answer follows its left-hand words strictly ("đề nghị thị xã ... <cần phát huy ...>")
                side = 1.0 if expected else (0.3 if span.kind == "clause" else 0.75)
                if possessor and p > hi and not expected:
                    side = _POSSESSOR_RIGHT  # "mô hình A của <X> và mô hình B ...": B describes another owner
                if t in left and p > hi and toks[p].start < owned_until:
                    side = 1.0  # "Phường 11 có mô hình gì": "<A> của UBND Phường 11"
                elif t in left and p < lo and any(a <= toks[p].start < b for a, b in owners_before):
                    side = _POSSESSOR_RIGHT  # ... and not the "<B>" that follows that owner
                elif not expected and p > hi and any(0 < widx[oi] - widx[p] <= _CLAIM for oi in other_idx):
                    # "khai khoáng giảm 9,7%, trong đó dầu thô giảm đến 14,2%": "dầu thô" opens the next one
                    side = min(side, _POSSESSOR_RIGHT)
                elif not expected and p > hi and _COORDINATED.search(text[toks[hi].end : toks[p].start]) and any(
                    0 < widx[oi] - widx[p] <= _CLAIM_ITEM for oi in other_idx
                ):
                    # "... đạt trên 95% chỉ số hài lòng và tiếp nhận, xử lý ... kiến nghị đạt gần 88%": the words
                    # after "và" open the next item, whose figure comes further on
                    side = min(side, _POSSESSOR_RIGHT)
            else:  # no word order to go by (English) but an owner's: "mô hình A của <X> và mô hình B ..."
                side = _POSSESSOR_RIGHT if possessor and p > hi else 1.0
                if span.kind == "number" and p < lo and _ITEM_OPENS.search(text[toks[p].end : toks[lo].start]) and any(
                    0 < widx[p] - widx[oi] <= _CLAIM_ITEM for oi in other_idx
                ):
                    # "98% vụ ngộ độc xảy ra từ các bếp ăn tập thể, nhà hàng, khoảng 1% từ sản phẩm ...": the
                    # words after a figure describe it, up to the next item; not the figure after them
                    side = _POSSESSOR_RIGHT
            a, b = (toks[p].end, toks[lo].start) if p < lo else (toks[hi].end, toks[p].start)
            barriers = len(_BARRIER.findall(text[a:b]))
            if span.head == "cause" or (span.head == "gap" and not info.ordered):  # strictly between the two
                between = sum(1 for oi in other_idx if (p < oi < lo if p < lo else hi < oi < p))
            else:  # (other clauses also count those starting inside them: tuned so)
                between = sum(1 for oi in other_idx if min(p, lo) < oi < max(p, hi))
            if p < first_sibling:
                between -= sum(1 for o in siblings if p < _token_range(toks, o.core[0], o.core[1])[0] < lo)
            w_p = side * (0.5**barriers) * (0.5**between) * max(_FLOOR, math.exp(-(d - 1) / _DECAY))
            best = max(best, w_p)
        total += w * best
    score = total / norm if norm else 0.0
    if info.ordered and span.kind != "clause":
        score -= _mismatch(text, toks, lo, hi, info, vocab, others) / norm if norm else 0.0
    return score


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_ITEM_OPENS = re.compile(r"[,;]|(?<!\w)và(?!\w)")
_ITEM_BREAK = re.compile(r"[;:]|(?<!\w)và(?!\w)")


def _owned_from(text: str, i: int) -> int:
    """Where the thing owned by the span at ``i`` ("... của <X>") starts: after the last ";", ":" or "và"
    before it, outside quotes (a model's quoted name may hold "và")."""
    masked = _QUOTED.sub(lambda m: "x" * len(m.group(0)), text[:i])
    breaks = list(_ITEM_BREAK.finditer(masked))
    return breaks[-1].end() if breaks else i


@lru_cache(maxsize=8192)
def _word_index(toks: tuple[Token, ...]) -> tuple[int, ...]:
    """Position of each token counting an expanded abbreviation ("UBND" -> 4 tokens) as one word."""
    out, n, last = [], -1, None
    for t in toks:
        if t.start != last:
            n += 1
            last = t.start
        out.append(n)
    return tuple(out)


def _unit(text: str, span: Span) -> str:
    """The word right after a span's core ("thủ tục" in "18 thủ tục"); "" when none."""
    m = re.match(r"\s*(\w+)", text[span.core[1] : span.end])
    return fold(m.group(1)) if m else (span.head or "")


def _mismatch(text, toks, lo, hi, info, vocab, others) -> float:
    """Cost of question bigrams whose first word is near the span but followed by another word."""
    # the window: between the nearest barriers / other candidates around the span
    a = 0
    b = len(toks) - 1
    for i in range(lo - 1, -1, -1):
        if _BARRIER.search(text[toks[i].end : toks[i + 1].start]) or any(
            o.core[0] <= toks[i].start < o.core[1] for o in others
        ):
            a = i + 1
            break
    for i in range(hi + 1, len(toks)):
        if _BARRIER.search(text[toks[i - 1].end : toks[i].start]) or any(
            o.core[0] <= toks[i].start < o.core[1] for o in others
        ):
            b = i - 1
            break
    window = [key_of(t, info.accented) for t in toks[a : b + 1]]
    present = set(window)
    cost = 0.0
    for x, y in _question_bigrams(info):
        if x in present and y not in present and vocab.known_bigram(fold(x), fold(y)):
            for i, f in enumerate(window[:-1]):
                if f == x and not is_stop(window[i + 1], info.accented) and not window[i + 1].isdigit():
                    cost += 0.5 * vocab.idf(y)
                    break
    return cost


def type_bonus(span: Span, info: QuestionInfo, text: str) -> float:
    """Preferences of the expected type: the question's head noun, %, a year, a duration, a rank."""
    bonus = 0.0
    t = span.text.lower()
    head = " ".join(info.head)
    written = info.extras.get("head_text", "")  # with accents: "kỹ năng" is not a "kỳ"
    asked = fold(info.text)
    asks_rate = bool(_ASKS_RATE.search(asked))
    span_head = _HEAD_ALIASES.get(span.head or "", span.head)  # "TP. Hồ Chí Minh" is a "thành phố"
    if head == "muc" and re.search(r"\d", t):
        pass  # "bị phạt mức nào": every amount is a "mức", the one written "Mức 50-70 triệu" no more than others
    elif head and span.head and span_head == head and (
        not written or written in t or span_head != span.head or span.kind == "place"
    ):  # (a place's head is matched as written; the units listed after it share it: "4 xã là Ngọc Sơn, ...")
        bonus += 0.12
    elif head and fold(t).startswith(head) and (not written or t.startswith(written)):
        bonus += 0.08
    if info.item_type in ("place", "person") and _RATE_IN.search(span.text):
        bonus -= 2 * _UNIT_MISMATCH  # "xã, phường đạt 98,8%": a place or a person holds no rate
    if span.head == "doc":
        return bonus + (0.15 if _ASKS_DOC.search(asked) else -0.3)  # a code, the answer only when asked
    if head in _DOC_HEADS and re.search(r"\bsố\s+\d|\d+/[\w-]*[A-ZĐ]", span.text):
        bonus += 0.05  # "theo nghị quyết nào": "Nghị quyết số 19/2016/QH14", the one its number names
    if info.qtype == "number" or info.item_type == "number":
        # a change the question does not ask: "tăng [10.000 tỷ đồng]", "giảm [tối thiểu 30%] thời gian"
        unasked_change = bool(_A_CHANGE.search(text[max(0, span.start - 20) : span.start])) and not _ASKS_CHANGE.search(asked)
        if info.mode == "percent":
            bonus += 0.1 if "%" in t else -0.15
            rate_of = info.extras.get("rate_of", ())
            if rate_of and not _sentence_has(text, rate_of, info.accented) and not _same_people(rate_of, text):
                bonus -= 0.1  # "tỷ lệ hộ nghèo" is not answered by a rate of a sentence that never names "hộ nghèo"
            elif rate_of and len(re.findall(r"\d\s*%", text)) >= 2:
                a, b = clause_around(text, span.start, span.end)  # several rates: the one of the clause naming it
                if not _sentence_has(text[a:b], rate_of, info.accented) and not _same_people(rate_of, text[a:b]):
                    bonus -= 0.1  # "tỷ lệ hồ sơ ...": not "tỷ lệ giải quyết phản ánh, kiến nghị ... đạt 100%"
            noun = info.extras.get("rate_noun", "")
            if noun and "%" in t and fold(text[span.end : span.end + 40]).split()[:1] == [noun]:
                bonus += _RATE_OF_NOUN  # "tỷ lệ TTHC được tiếp nhận ...": "100% TTHC được đưa vào tiếp nhận ..."
            if _other_qualifier(info.extras.get("rate_quals", ()), text, span):
                bonus -= 2 * _UNIT_MISMATCH  # "tỷ lệ hồ sơ trễ hạn" is not "giải quyết đúng hạn đạt gần 97%"
            if re.search(r"%\s*/\s*(?:năm|tháng|quý)", t) and not _ASKS_PER_TIME.search(asked):
                bonus -= 0.1  # "10,5%/năm" is a growth, no "tỷ lệ hộ nghèo"
            if unasked_change and not t.startswith("từ"):
                # "the on-time rate" is not "giảm tối thiểu 30% thời gian": a change, no rate (but "tăng [từ 45%]
                # lên 82%" starts at a rate)
                bonus -= 0.1
        elif "%" in t and not asks_rate and info.unit:  # "bao nhiêu hồ sơ" counts; "là bao nhiêu" may be a rate
            bonus -= 0.05
        if "%" in t and not asks_rate and (_ASKS_COUNT_EN.search(asked) or info.unit[:1] in (("điểm",), ("diem",))):
            bonus -= _UNIT_MISMATCH  # "how many patients", "bao nhiêu điểm": neither is answered by "20%"
        bonus += _bound_bonus(asked, text, span)
        if _other_level(asked, text, span):
            bonus -= _UNIT_MISMATCH  # "bao nhiêu thủ tục cấp xã": not "05 thủ tục ... của UBND cấp huyện"
        if info.mode == "duration":
            if re.search(r"ngày|giờ|tháng|năm|tuần|phút|lần", t):
                bonus += 0.08
            else:  # "13 người" counts people: no answer to "bao lâu" (a bare number may still be one)
                bonus -= 0.15 if re.match(r"\s*\w", t[span.core[1] - span.start :]) else 0.08
            if _ASKS_OFTEN.search(asked):  # "bao lâu một lần": "2 tuần/lần", not the "7 tháng" of a report
                often = re.search(r"/\s*(?:1|một)?\s*lần|lần\s*/|\b(?:một|1)\s+lần|\bmỗi\b", t + text[span.end : span.end + 10])
                bonus += 0.1 if often else -0.05
        if info.mode == "rank":
            before = text[max(0, span.start - 12) : span.start].lower()
            bonus += 0.1 if re.search(r"thứ|hạng|vị trí|^số \d|\btop\b", t + " " + before) else -0.15  # "top 5"
            if re.search(r"\blen\b", asked):  # "tăng lên hạng mấy": "tăng hạng từ 91 lên [82]", not "từ 91"
                wider = text[max(0, span.start - 20) : span.start].lower()
                if re.search(r"\blên\s*$", before) and re.search(r"thứ|hạng", wider):
                    bonus += 0.2
                elif t.startswith("từ "):
                    bonus -= 0.1
        if info.mode == "money":  # "how much did X spend": an amount of money, not "top 5"
            # (a magnitude counts money unless another noun follows it: "13,17 triệu người" is no amount)
            money = re.search(r"đồng|usd", t) or re.search(r"(?:tỷ|tỉ|triệu)(?!\s+\w)", t)
            bonus += 0.08 if money else -0.2
        if re.fullmatch(r"(19|20)\d\d", span.text.strip()):
            bonus -= 0.15
        if _DOC_BEFORE.search(text[max(0, span.start - 16) : span.start]) and not _ASKS_DOC.search(asked):
            bonus -= 0.2  # "Nghị định 38", "Điều 64": which document, not how many
        if not info.negated and _DENIED_AFTER.match(text[span.end : span.end + 16]):
            # "vẫn còn 30% chưa được xem xét" is not the share "đã được giải quyết" (unless the question asks
            # what was not done: "bao nhiêu hồ sơ chưa giải quyết")
            if not re.search(r"\b(chua|khong)\b", fold(without_tag(info.text))):
                bonus -= 0.1
        # (within its brackets: "đề nghị làm rõ ... (trong 4 năm chỉ cổ phần hoá được 900 doanh nghiệp": a result)
        if _sets_target(text[: span.start].rsplit("(", 1)[-1]) and not _ASKS_TARGET.search(asked):
            bonus -= _TARGET  # "chỉ đạo ... giải quyết đúng hạn đạt 98% trở lên": a target set, no result reached
        if unasked_change and re.match(r"[^,;.]{0,30}\bso với\b", text[span.end :]):
            bonus -= 0.1  # "59.000 tỷ đồng, tăng hơn 10.000 tỷ đồng so với năm 2016": the change, not the value
        if re.fullmatch(r"[IVX]+(?:\s*,\s*[IVX]+)*", span.text[span.core[0] - span.start : span.core[1] - span.start]):
            # "loại I", "quý I": the answer to "loại mấy", "quý nào", hardly to "bao nhiêu"
            word = fold(span.text.split()[0])
            bonus += 0.1 if re.search(rf"\b{word} (may|nao|thu may)\b", asked) else -0.1
        if info.mode == "" and info.unit and _fraction_of_a_count(text, span, info):
            bonus -= 0.15  # "1 ngày thụ lý 1,54 hồ sơ" is an average, not how many files
        for n in info.numbers:
            if re.search(rf"\d/{re.escape(n)}\b", t):
                bonus += 0.1  # "81/96" for "trên tổng số 96"
        if _part_not_asked(info, text, span):
            bonus -= _PART_OF  # "tổng số lao động có trên 59.020 người, trong đó lĩnh vực chế biến ... 50.805"
        own, right_after = _year_of_figure(text, span)
        written = YEARS_IN_TEXT.findall(text)
        year = [y for y in info.years if y in written]  # "năm 2011 ... (lễ kỷ niệm) năm 2017": the one written
        if len(year) == 1 and own:
            # "năm nay xấp xỉ 1 tỷ USD, tăng so với 728 triệu USD năm 2004": each figure is of its own year
            # (a year written before it may open a longer stretch: "tính đến cuối năm 2016 ... trên 90.000")
            if own != year[0]:
                bonus -= 2 * _OWN_YEAR
            elif right_after:
                bonus += _OWN_YEAR
        figures = _figures_of(info)
        if figures and figures <= {norm_number(n) for n in re.findall(r"\d+(?:[.,]\d+)*", text)}:
            bonus += _SAME_NUMBERS  # "hoàn từ 5 triệu đồng trở xuống": the sentence of the question's own figures
        if span.head == "both":
            bonus += 0.2  # "8 chương, 82 điều" for "bao nhiêu chương, bao nhiêu điều": each unit asked, together
        elif info.unit and info.mode != "duration":  # "bao lâu một lần": no unit to match
            tail = [key_of(tk, info.accented) for tk in expand(tokens(text[span.core[1] : span.end]))]
            magnitudes = _MAGNITUDES_VI if info.accented else _MAGNITUDES  # "văn bản" is no "vạn"
            tail = [k for k in tail if k not in magnitudes]
            measured = None  # "22.755 m2 đất" for "bao nhiêu đất": the thing a measure is of, right after it
            if tail and tail[0].lower() in UNIT_SYMBOLS:  # "16 m2" for "bao nhiêu mét vuông"
                tail = [key_of(tk, info.accented) for tk in tokens(UNIT_SYMBOLS[tail[0].lower()])] + tail[1:]
                measured = next((key_of(tk, info.accented) for tk in tokens(text[span.end : span.end + 30])), None)
            asked_unit = info.unit[0]
            if asked_unit.lower() in UNIT_SYMBOLS:  # "bao nhiêu ha" against "140 ha" (both "héc ta")
                asked_unit = key_of(tokens(UNIT_SYMBOLS[asked_unit.lower()])[0], info.accented)
            # (an English unit glossed in two words, folded, matches in both: "thư xin" is no "thủ tục")
            other_word = info.lang == "en" and len(info.unit) == 2 and len(tail) >= 2 and tail[1] != info.unit[1]
            if tail and asked_unit in (_UNIT_SPELLINGS.get(tail[0], tail[0]), measured) and not other_word:
                bonus += 0.15
                mod = info.extras.get("unit_mod", ())
                after = re.split(r"[;,.:]|\d", text[span.end :], maxsplit=1)[0]  # up to the next figure
                # ... and its clause's words before it: "Số doanh nghiệp [thành lập mới] lên tới 110.000 doanh nghiệp"
                # (unless another figure comes first: "8.200 doanh nghiệp trong nước và [322]" are no domestic firms)
                before = re.split(r"[;,.:]", text[max(0, span.start - 60) : span.start])[-1]
                before = "" if re.search(r"\d", before) else before
                said = {key_of(tk, info.accented) for tk in expand(tokens(before + " " + span.text + " " + after))}
                foreign = {key_of(tk, info.accented) for tk in tokens("nước ngoài")}
                if said & {"fdi", "FDI"} and set(mod) == foreign:
                    said |= foreign  # "126 dự án FDI" are "dự án nước ngoài"
                if mod and not all(m in said for m in mod):
                    bonus -= 2 * _UNIT_MISMATCH  # "37.000 hồ sơ" do not answer "bao nhiêu hồ sơ trễ hạn"
                bonus += _QUALIFIED * _qualifier_said(info, text, span) if not mod else 0.0
            elif info.unit[0] in _GENERIC_UNITS:
                pass  # "bao nhiêu tiền" -> "252,4 tỷ đồng", "bao nhiêu người" -> "37 cán bộ"
            elif "%" in t and not asks_rate:
                bonus -= _UNIT_MISMATCH  # "how many files" is not answered by "100%"
            elif "%" in t:
                pass
            elif tail and not tail[0][:1].isdigit() and info.unit[0] not in tail[:3]:
                bonus -= _UNIT_MISMATCH  # "3 mô hình" when "bao nhiêu hộ dân" was asked
                if fold(tail[0]) in _TIME_WORDS and info.mode != "duration":
                    bonus -= 0.1  # "2 năm" is a time, never a count of "thành viên"
                if not _sentence_has(text, info.unit, info.accented):
                    bonus -= 0.08  # ... in a sentence that never counts "hộ dân"
            elif not tail and not _sentence_has(text, info.unit, info.accented):
                bonus -= 0.12  # a bare "11" in a sentence that never names the "đoàn viên" asked for
    if info.qtype == "date" or info.item_type == "date":
        asks_day = bool(_ASKS_DAY.search(asked))
        if info.mode == "year":
            bonus += 0.1 if re.search(r"(19|20)\d\d", t) else -0.2
        elif re.search(r"\d{1,2}\s*(?:[/.-]|tháng)\s*\d{1,2}", t):
            bonus += 0.1 if asks_day else 0.05  # a day: what "ngày nào" asks for
        elif not asks_day and re.search(r"tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}|quý|(?:đầu|cuối|giữa) năm \d{4}", t):
            pass  # "khi nào": "từ tháng 7 năm 2018", "từ cuối năm 2014" answer it
        elif not asks_day and _YEAR_RANGE.search(t):
            bonus += 0.05 if _ASKS_PERIOD.search(asked) else 0.0  # "giai đoạn nào": "từ năm 1992 đến năm 2005"
        else:
            bonus -= 0.1
        context = _context_months(info.text) if not asks_day else frozenset()
        if context and any((month, year) in context for _day, month, year in full_dates(t)):
            # "Ngày 28/6/2018" for "at the June 2018 meeting, from when ...": the context (but "ngày nào trong
            # tháng 6/2018" asks a day of that month)
            bonus -= _CONTEXT_DATE
        from_ = t.startswith("từ") or re.search(r"(?i)\btừ\s*$", text[max(0, span.start - 6) : span.start])
        if info.lang == "en" and re.search(r"\bfrom\b|\bsince\b|\bstart", info.text.lower()) and from_:
            bonus += 0.05  # "from when ... start operating": "đi vào hoạt động từ [tháng 7 năm 2018]"
        if _ASKS_PLAN.search(asked):  # "dự kiến thông qua vào ngày nào": the date ahead, not the meeting's
            before, after = text[max(0, span.start - 16) : span.start].lower(), text[span.end : span.end + 12].lower()
            if re.search(r"(?:dự kiến|đến|trước|chậm nhất|muộn nhất)\s*$", before) or re.match(r"\s*tới\b", after):
                bonus += _PLANNED_DATE
            elif re.search(r"(?:diễn ra|tổ chức|vừa qua)\s*$", before) or re.match(r"\s*vừa qua\b", after):
                bonus -= _PLANNED_DATE
    cues = _cues_before(info)
    before = _word_before(text, span.core[0])
    if info.item_type in ("number", "date") and (before in cues or _verb_before(info, text, span.core[0])):
        bonus += _CUE_BONUS  # "rút ... [còn] bao nhiêu năm": "từ 10 năm [còn] 5 năm"; "hiệu lực [từ] ngày nào"
    if info.item_type == "number" and _verb_of_count_before(info, text, span):
        bonus += _COUNT_VERB_BONUS  # "bao nhiêu cây xanh phải chặt hạ": "phải giải tỏa, chặt hạ [1.015 cây]"
    if info.item_type == "number" and before not in cues and _old_value(text, span) and not _ASKS_OLD.search(asked):
        # "rút thời hạn từ [10 năm] xuống còn 5 năm", "giảm [200 đồng/kg] xuống 5.800 đồng/kg": a change asked
        # is where it ends, unless its start or its amount is ("từ bao nhiêu", "giảm bao nhiêu", or the year
        # written right after the start: "từ 17 tỷ USD năm 2003 lên ..." for "năm 2003")
        own, right_after = _year_of_figure(text, span)
        if not (right_after and own in info.years):
            bonus -= _OLD_VALUE
    if info.item_type == "place" and span.head == "tai":
        # "được đưa về trồng ở đâu" against "được đánh chuyển về trồng tại [Công viên Yên Sở]": the place
        # right after the verb the question asks "where" of
        ws = info.extras.get("wh", (0, 0))[0]
        folds = info.extras.get("folds", ())
        prev = re.findall(r"\w+", text[: span.core[0]])[-2:-1]
        if 0 < ws <= len(folds) and prev and fold(prev[0].lower()) == folds[ws - 1]:
            bonus += 0.1
    if info.item_type == "person":
        # the roles asked: in the question's words, or for English in its glossed Vietnamese ("deputy director")
        question = asked if info.lang == "vi" else " ".join(info.left + info.right)
        before = fold(text[max(0, span.start - 30) : span.start])
        after = fold(text[span.end : span.end + 60])
        roles = [r for r in ROLE_WORDS if re.search(rf"\b{r}\b", " ".join(info.terms))]
        if roles and any(r in after or r in before for r in roles):
            bonus += 0.05
        bonus += _own_role_match(text, span, question, office=info.lang == "vi")
        if span.head == "both":
            bonus += 0.01  # on a tie with one of the two, both of them answer
    if info.quoted and _near_quoted(info, text, span):
        bonus += _QUOTE_NEAR  # "which city has the 'nụ cười công chức' model": "Đà Nẵng với nụ cười công chức"
    phrases = info.extras.get("phrases", ())
    if phrases:  # "commune-level" asked: the candidate's clause says "cấp xã", not only "thị xã"
        a, b = clause_around(text, span.start, span.end, limit=len(text))
        segment = " " + " ".join(re.findall(r"\w+", fold(text[a:b]))) + " "
        if any(f" {p} " in segment for p in phrases):
            bonus += _PHRASE_BONUS
    if span.head == "named" and _ASKS_NAME.search(asked):
        bonus += 0.12  # "what was the name of the team": "(gọi là tổ công tác 60/CP)"
    if _ASKS_ADDRESS.search(asked) and _WEB_ADDRESS.search(span.text):
        bonus += 0.15  # "địa chỉ website là gì": the URL or e-mail address itself
    elif span.head == "address":
        bonus += 0.15  # "what is the address": the street address itself (a candidate only when asked)
    if span.kind == "place" and not span.head and head in _PROVINCE_HEADS and province_level(span.text):
        bonus += 0.12  # "tỉnh nào", "which province": "Hậu Giang" is one without its "tỉnh"
    elif span.kind == "place" and head in ("dia phuong", "tinh thanh") and span_head == "tinh":
        bonus += 0.12  # "địa phương nào": "tỉnh Đồng Tháp" as much as "Hậu Giang"
    elif span.kind == "place" and not span.head and head in _PROVINCE_HEADS and re.fullmatch(r"\w+", span.text) \
            and span.text.isupper():
        bonus -= _ACRONYM_NO_PROVINCE  # "những tỉnh, thành phố nào": "ĐBQH" names no province
    elif span.kind == "place" and head in PLACE_NAME_HEADS:
        pass  # "địa danh nào": "Sa Pa" is one without a head
    elif span.kind in ("place", "thing") and info.head and not span.head:
        bonus -= 0.08  # the question names the kind ("bộ nào"): a bare name is a weaker candidate
    elif span.kind == "place" and span.head and head not in _GENERIC_HEADS and span_head not in (head, "tai"):
        bonus -= 0.08  # ... and a unit of another kind ("Bộ TTTT" for "nước nào") is no better
    if span.kind == "place" and head == "co quan" and span_head in PLACE_HEADS:
        bonus -= _NO_BODY  # "tại trụ sở cơ quan nào": "UBND huyện Mỹ Đức", a body, not the bare "huyện Mỹ Đức"
    if span.kind == "place" and span.head == "tai" and not info.head:
        bonus += 0.08  # "ở đâu": the place after "tại"
    if span.kind in ("place", "thing") and info.lang == "vi" and span.head != "role":
        # (a role shares the question's words by nature: "Phó Bí thư Thành ủy" for "chức vụ gì trong Thành ủy")
        name = span.text[span.core[0] - span.start : span.core[1] - span.start] or span.text
        # with accents when the question has them; and a name of 3 words or more repeats the question's
        # phrases, not words strewn over it ("Trung tâm Công nghệ Thông tin" for "công tác ... cổng thông tin")
        seq = [k.lower() if info.accented else fold(k) for k in (key_of(t, info.accented) for t in tokens(name))]
        words = [w for w in seq if not is_stop(fold(w), False)]
        qseq = [k.lower() if info.accented else fold(k) for k in info.extras.get("keys", info.terms)]
        qwords, qpairs = set(qseq), set(zip(qseq, qseq[1:]))
        echo = words and sum(w in qwords for w in words) / len(words) >= 0.6  # it mostly repeats the question
        pairs = list(zip(seq, seq[1:]))
        if echo and len(seq) >= 3 and sum(p in qpairs for p in pairs) / len(pairs) < 0.5:
            echo = False
        if echo and span.head and span.head != "tai" and not set(span.head.split()) <= {fold(w) for w in qseq}:
            echo = False  # "[Trung tâm] Hành chính công thành phố" for "đơn vị nào ... TTHC ... thành phố": its own kind
        named = span.head and span.head == head
        if echo or (named and _says_nothing(span, info)):
            # "Sở GD-ĐT đầu tiên" for "sở GD-ĐT nào đầu tiên", "thủ tục hành chính" for "thủ tục nào":
            # the kind asked, not one of them (and no head match either)
            bonus -= 0.27 if named else 0.15
    if span.kind == "thing" and info.head and _DATE_THING.fullmatch(span.text) and span.head != head:
        bonus -= _DATE_NO_THING  # "bằng hình thức gì" is not answered by "năm 2002" (a time, no "hình thức")
    if span.kind == "clause" and info.item_type == "thing" and info.head and info.mode not in ("reason", "manner"):
        bonus -= 0.1  # "năm gì", "mô hình gì" ask for a name: a bare clause is a fallback
        if len(info.head) > 1 and not re.search(rf"(?<!\w){re.escape(head)}(?!\w)", fold(text)):
            bonus -= 0.1  # ... and weaker still in a sentence that never names the kind ("phương châm")
    if span.kind == "clause" and info.qtype == "directive" and not _DIRECT.search(text[: span.start]):
        # "yêu cầu ... gì": the answer follows a directing word, not a report ("vừa báo cáo"), or opens on one
        # ("Vietcombank [cần triển khai ...]", "[không được thanh tra ... quá 1 lần]")
        bonus -= 0.0 if _MUST.match(span.text) else 0.1
    if info.years and any(y not in info.years for y in YEARS_IN_TEXT.findall(span.text)):
        bonus -= _OTHER_YEAR  # "năm 2021 và ..." for a question about 2022
    elif info.years and span.kind == "number" and _clause_of_other_years(text, span, info.years):
        bonus -= _OTHER_YEAR  # "Năm 2016, ... 110.000 doanh nghiệp; 4 tháng năm 2017, ... 40.000" for 2016
    if span.head == "role":
        bonus += _NAMED_ROLE  # "X giữ chức vụ gì": the role written beside the very name asked
    if span.head == "office":
        bonus -= 0.05  # a role without a name: the answer only where no one is named
    if span.kind == "person" and info.qtype in ("person", "list") and info.lang == "vi":
        verb = _asked_act(info)
        # (after the name, to the end of its clause: "do ông A, Chủ tịch UBND Thành phố chủ trì")
        after = re.split(r"[.;]", text[span.end : span.end + 60], maxsplit=1)[0]
        near = fold(text[max(0, span.start - 60) : span.start] + " | " + after)
        if verb and re.search(rf"\b{verb}\b", near):
            bonus += _ACT_BONUS  # "ai kết luận hội nghị": the one the sentence says concluded it
    if span.head == "attend":
        bonus += _ATTEND_BONUS  # "ai tham dự": whoever the sentence says attended, roles or names
    if span.kind == info.item_type in ("place", "thing", "person") and _predicate_after(info, text, span):
        # "cơ quan nào đứng đầu": "[Ngân hàng Nhà nước] đứng đầu bảng xếp hạng"; "ai là người trình Quốc hội":
        # "do Chủ nhiệm ... [Nguyễn Đức Hải] trình Quốc hội"
        bonus += _PREDICATE_BONUS
    if span.kind == "clause":
        n = len(re.findall(r"\w+", span.text))
        bonus += -0.15 if n < 3 else (0.0 if n <= 35 else -0.05)
        if span.head == "gap":
            bonus += 0.15 if info.lang == "en" else 0.1  # English: right after the Vietnamese of the asked verb
        if re.search(r"(?i)(?<!\w)(?:như|gồm|bao gồm)$", span.text):
            bonus -= 0.15  # "cần khắc phục, như": it stops where what it introduces begins
        if span.head == "cause":
            bonus += 0.1  # "vì sao": what the sentence gives as the cause of what was asked
        elif info.mode == "reason" and span.head != "gap":
            bonus -= 0.05  # ... and not a stretch between the question's words that no cue gives as a cause
        if persons(span.text):
            bonus -= 0.1
    return bonus


_ASKS_PER_TIME = re.compile(r"\b(tang truong|toc do|moi nam|hang nam|binh quan|lai suat|growth|annual|per year|a year|interest rates?|per annum)\b")
_CUE_BONUS = 0.05
_NO_CUES = frozenset(("la", "co", "vao", "o", "tai", "cua", "va", "trong", "dat", "duoc"))  # before almost any figure
_SKIPPED_BEFORE = frozenset(("ngay", "hom", "sang", "chieu", "toi", "trua", "dem", "tong", "cong", "them"))


_CHANGE_TO = re.compile(r"(?:[^,;.]{0,30}?\s)?(?:(?:xuống|lên)(?:\s+(?:còn|mức|thành))?|còn|thành)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d", re.I)
_ASKS_OLD = re.compile(r"\b(?:tu bao nhieu|ban dau|truoc day|truoc do|from|before|previously|used to)\b")
_OLD_VALUE = 0.1


def _old_value(text: str, span: Span) -> bool:
    """Whether a figure is the start or the amount of a change that ends on another figure: "từ X xuống (còn)
    Y", "từ X lên Y", "giảm X xuống Y"."""
    return _word_before(text, span.core[0]) in ("tu", "tang", "giam") and bool(_CHANGE_TO.match(text, span.end))


_EN_DOWN_TO = re.compile(
    r"\b(?:cuts?|reduce[sd]?|shorten(?:ed|s)?|lower(?:ed|s)?|brought down|bring down|fall|fell|fallen|drop(?:ped|s)?"
    r"|decrease[sd]?)\b[^?]*?(?<!according )(?<!due )(?<!thanks )(?<!related )\bto\b"
)
_EN_UP_TO = re.compile(
    r"\b(?:raise[sd]?|increase[sd]?|rises?|rose|risen|grows?|grew|grown)\b[^?]*?"
    r"(?<!according )(?<!due )(?<!thanks )(?<!related )\bto\b"  # (not "according to the report")
)


def _cues_before(info: QuestionInfo) -> tuple[str, ...]:
    """The word right before a Vietnamese question's figure or date asked ("còn" of "còn bao nhiêu năm",
    "từ" of "từ ngày nào"), folded, and the verb of a change before it ("xuống" of "giảm xuống còn bao
    nhiêu", which the text may write without "còn"); none where it tells nothing ("là bao nhiêu")."""
    if info.lang != "vi":  # "how long did the province cut the procedures [to]": "xuống [còn] 6 ngày"
        asked = info.text.lower()  # (not folded: "chaired by Tô Hoàng Linh" has no "to")
        return ("con", "xuong") if _EN_DOWN_TO.search(asked) else ("len", "thanh") if _EN_UP_TO.search(asked) else ()
    folds = info.extras.get("folds", ())
    ws, we = info.extras.get("wh", (0, 0))
    if we - ws > 2 and folds[ws] in ("tu", "den", "truoc", "sau"):
        return (folds[ws],)
    cue = folds[ws - 1] if 0 < ws <= len(folds) else None
    if cue is None or cue in _NO_CUES:
        return ()
    if cue in ("con", "muc", "thanh", "toi") and ws >= 2 and folds[ws - 2] in ("xuong", "len"):
        return cue, folds[ws - 2]
    return (cue,)


def _part_not_asked(info: QuestionInfo, text: str, span: Span) -> bool:
    """Whether the figure is a part ("trong đó ...") of a figure written before it, and the part's own words
    (those the sentence has not said before "trong đó") are none of the question's."""
    opens = list(re.finditer(r"(?i)\btrong (?:đó|số đó)\b", text[: span.start]))
    if not opens or not re.search(r"\d", text[: opens[-1].start()]):
        return False
    main = set(re.findall(r"\w+", fold(text[: opens[-1].start()].lower())))
    own = set(re.findall(r"\w+", fold(text[opens[-1].end() : span.start].lower()))) - main
    asked = {fold(t.lower()) for t in info.terms}
    return bool(own) and not own & asked


def _near_quoted(info: QuestionInfo, text: str, span: Span) -> bool:
    """Whether a phrase the question quotes is written in the candidate's own part of the sentence (between
    semicolons and brackets), outside the candidate."""
    a = max((m.end() for m in re.finditer(r"[;()]", text[: span.start])), default=0)
    b = next((span.end + m.start() for m in re.finditer(r"[;()]", text[span.end :])), len(text))
    part = " " + " ".join(re.findall(r"\w+", fold((text[a : span.start] + " | " + text[span.end : b]).lower()))) + " "
    for q in info.quoted:
        words = " ".join(re.findall(r"\w+", fold(q.lower())))
        if words and len(words.split()) >= 2 and f" {words} " in part:
            return True
    return False


def _verb_before(info: QuestionInfo, text: str, i: int) -> bool:
    """Whether the two words before position ``i`` are the question's verb and the "được"/"đạt" before its
    figure ("giải ngân [được] bao nhiêu" against "giải ngân được 96 tỷ", not "được cấp 451 tỷ đồng")."""
    folds = info.extras.get("folds", ())
    ws = info.extras.get("wh", (0, 0))[0]
    if info.lang != "vi" or ws < 2 or folds[ws - 1] not in ("duoc", "dat") or folds[ws - 2] in _NO_CUES:
        return False
    words = [fold(w.lower()) for w in re.findall(r"\w+", text[max(0, i - 40) : i])]
    return words[-2:] == [folds[ws - 2], folds[ws - 1]]


# a bound asked ("nhỏ nhất", "tối thiểu", "at least" / "tối đa", "at most") and the bound a figure states
_ASKS_MIN = re.compile(r"\b(nho nhat|toi thieu|it nhat|thap nhat|minimum|at least|smallest)\b")
_ASKS_MAX = re.compile(r"\b(toi da|nhieu nhat|lau nhat|maximum|at most|longest)\b")
# (the span may hold the "hơn": "không được nhỏ [hơn 20 ha]")
_SAYS_MIN = re.compile(r"(?:không (?:được )?(?:nhỏ|thấp|ít)(?: hơn)?|không dưới|tối thiểu|ít nhất)\s*$")
_SAYS_MAX = re.compile(r"(?:không (?:được )?(?:quá|vượt|lớn|cao|nhiều|dài)(?: hơn)?|tối đa|nhiều nhất)\s*$")
_BOUND = 0.1


def _bound_bonus(asked: str, text: str, span: Span) -> float:
    """A figure stating the bound asked ("nhỏ nhất ... bao nhiêu ha": "không được nhỏ hơn [20 ha]") gains
    ``_BOUND``, one stating the other bound ("[dưới 50 ha]" is no minimum) loses it; 0 when none is asked."""
    wants_min, wants_max = bool(_ASKS_MIN.search(asked)), bool(_ASKS_MAX.search(asked))
    if wants_min == wants_max:
        return 0.0
    before = text[max(0, span.start - 30) : span.start].lower()
    t = span.text.lower()
    says_min = _SAYS_MIN.search(before) or re.match(r"(?:tối thiểu|ít nhất|từ)\s", t) or re.match(
        r"\s*trở lên", text[span.end : span.end + 10].lower())
    says_max = _SAYS_MAX.search(before) or re.match(r"(?:tối đa|không quá|dưới)\s", t) or re.match(
        r"\s*trở xuống", text[span.end : span.end + 10].lower())
    if bool(says_min) == bool(says_max):
        return 0.0
    return _BOUND if bool(says_min) == wants_min else -_BOUND


_RATE_IN = re.compile(r"\d\s*%")
_RATE_OF_NOUN = 0.08  # a percentage followed by the noun the question asks the rate of
_TIME_WORDS = frozenset(("nam", "thang", "ngay", "tuan", "gio", "phut", "quy"))
_ASKS_OFTEN = re.compile(r"\bbao lau (?:mot|1) lan\b|\btan suat\b|\bhow often\b")


# the tier of government a figure is of: "cấp xã", "UBND cấp huyện"; English "commune-level", "provincial" (folded)
_TIER = re.compile(r"\bcap (xa|huyen|tinh)\b")
_TIER_EN = re.compile(r"\b(commune|district|province|provincial)(?:[- ]level|s?\b)")
_TIER_OF_EN = {"commune": "xa", "district": "huyen", "province": "tinh", "provincial": "tinh"}


def _other_level(asked: str, text: str, span: Span) -> bool:
    """Whether a figure's own words name another tier of government than the question (``asked``, folded):
    "18 thủ tục ... của UBND [cấp xã]" for "bao nhiêu thủ tục cấp xã", not "05 thủ tục ... [cấp huyện]". Its own
    words run from the clause mark or figure before it to the one after it."""
    levels = set(_TIER.findall(asked)) | {_TIER_OF_EN[w] for w in _TIER_EN.findall(asked) if "cap " not in asked}
    if not levels:
        return False
    before = re.split(r"[;,.:]|\d", text[max(0, span.start - 100) : span.start])[-1]
    after = re.split(r"[;,.:]|\d", text[span.end : span.end + 100], maxsplit=1)[0]
    said = set(_TIER.findall(fold(before + " " + after).lower()))
    return bool(said) and not said & levels


def _other_qualifier(asked: tuple[str, ...], text: str, span: Span) -> bool:
    """Whether the clause of a rate qualifies its files otherwise than the question (``asked``, folded): "đúng
    hạn" for a rate of files "trễ hạn" (or "quá hạn": the same), "đúng hạn" for a rate of files "trực tuyến"."""
    if not asked:
        return False
    a, b = clause_around(text, span.start, span.end)
    found = set(RATE_QUALIFIER.findall(fold(text[a:b])))

    def kinds(quals) -> set[str]:
        return {"late" if q in LATE else "on time" if q in ON_TIME else q for q in quals}

    return bool(found) and not kinds(found) & kinds(asked)


def _qualifier_said(info: QuestionInfo, text: str, span: Span) -> float:
    """Whether the words that follow the unit asked in the question ("bao nhiêu chỉ tiêu [đạt và vượt]")
    all follow the candidate's own unit too, up to the next figure or clause mark ("11 chỉ tiêu đạt và vượt,
    2 chỉ tiêu xấp xỉ đạt kế hoạch"): 1 for the first three of them, 2 when the rest follow as well
    ("bao nhiêu người tham gia BHXH tự nguyện": "241.000 người tham gia BHXH tự nguyện", not "13,17 triệu
    người tham gia BHXH bắt buộc"); 0 when the question has none."""
    rest = [k for k in info.right[len(info.unit) : len(info.unit) + 8] if not k[:1].isdigit()]
    if not rest or info.right[: len(info.unit)] != info.unit:
        return 0.0
    after = re.split(r"[;,.:(]|\d", text[span.end : span.end + 60], maxsplit=1)[0]
    said = {key_of(tk, info.accented) for tk in expand(tokens(after))}
    if not all(k in said for k in rest[:3]):
        return 0.0
    return 2.0 if len(rest) > 3 and all(k in said for k in rest) else 1.0


def _word_before(text: str, i: int) -> str | None:
    """The word before position ``i``, past the words that name a day ("từ [ngày] 1/7") and those that only
    sum ("hoàn thành [tổng cộng] 14 dự án"), folded."""
    words = [fold(w.lower()) for w in re.findall(r"\w+", text[max(0, i - 40) : i])]
    while words and words[-1] in _SKIPPED_BEFORE:
        words.pop()
    return words[-1] if words else None


# what a person asked about did ("ai [kết luận] hội nghị", "hội nghị do ai [chủ trì]"), folded
_ACTS = (
    "chu tri", "ket luan", "phat bieu", "chi dao", "ky", "ban hanh", "trao", "tang", "trinh bay", "bao cao",
    "dieu hanh", "phu trach", "gioi thieu", "de xuat", "kien nghi", "de nghi", "yeu cau", "nhan manh", "khai mac",
    "be mac", "tiep", "lam viec", "kiem tra", "chu toa",
)
_ACTS_LONGEST_FIRST = tuple(sorted(_ACTS, key=len, reverse=True))
_ACT_BONUS = 0.1
_PREDICATE_BONUS = 0.15
_AUXILIARIES = frozenset(("da", "se", "dang", "cung", "van", "deu", "con", "moi", "vua"))


def _predicate_after(info: QuestionInfo, text: str, span: Span) -> bool:
    """Whether the two words right after the span are the two the question writes right after its "nào" or
    "ai (là người)" (auxiliaries such as "đã", "cũng" aside on both sides): the span is what the question's
    verb is said of."""
    if info.lang != "vi":
        return False
    folds = info.extras.get("folds", ())
    we = info.extras.get("wh", (0, 0))[1]
    asked = [w for w in folds[we : we + 6] if w not in _AUXILIARIES and w not in ("la", "nguoi")][:2]
    if len(asked) < 2 or not all(w.isalpha() for w in asked):
        return False
    after = text[span.end : span.end + 40]
    if not re.match(r"\s+\w", after):
        return False  # a comma or a bracket between: another clause
    words = [w for w in (fold(x.lower()) for x in re.findall(r"\w+", after)[:4]) if w not in _AUXILIARIES]
    return words[:2] == asked


_COUNT_VERB_BONUS = 0.1
_MODALS = frozenset(("phai", "duoc", "bi", "can"))


def _verb_of_count_before(info: QuestionInfo, text: str, span: Span) -> bool:
    """Whether the two words right before a figure are the verb the question says of what it counts ("bao
    nhiêu cây xanh [phải] chặt hạ" against "chặt hạ 1.015 cây"; auxiliaries and modals aside)."""
    if info.lang != "vi" or not info.unit:
        return False
    folds = info.extras.get("folds", ())
    we = info.extras.get("wh", (0, 0))[1]
    if tuple(fold(w) for w in info.unit) != tuple(folds[we : we + len(info.unit)]):
        return False  # the counted noun does not follow "bao nhiêu" right away
    skip = _AUXILIARIES | _MODALS
    asked = [w for w in folds[we + len(info.unit) : we + len(info.unit) + 4] if w not in skip][:2]
    if len(asked) < 2 or not all(w.isalpha() for w in asked):
        return False
    clause = re.split(r"[,;:()]", text[max(0, span.start - 40) : span.start])[-1]  # "đặt câu hỏi, [11 ĐBQH]": no
    before = [fold(w.lower()) for w in re.findall(r"\w+", clause)]
    return [w for w in before if w not in skip][-2:] == asked


def _asked_act(info: QuestionInfo) -> str | None:
    """The act right after the question's "ai" (within three words: "ai là người [chủ trì]"), folded."""
    folds = list(info.extras.get("folds", ()))
    ws, we = info.extras.get("wh", (0, 0))
    after = " ".join(w for w in folds[we : we + 4] if w not in ("la", "nguoi", "da", "se", "duoc"))
    return next((a for a in _ACTS_LONGEST_FIRST if (after + " ").startswith(a + " ")), None)


_YEAR_AFTER = re.compile(r"\s*\(?\s*(?:trong |của |vào )?năm (\d{4}|nay|ngoái|trước|qua)\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\bnăm (\d{4}|nay|ngoái|trước|qua)\b(?!.*\bnăm (?:\d{4}|nay|ngoái|trước|qua)\b)", re.I)


def _year_of_figure(text: str, span: Span) -> tuple[str | None, bool]:
    """The year a figure is given for, and whether it is written right after it: "728 triệu USD [năm 2004]",
    else the year its clause names since the last comma ("[năm nay] xấp xỉ 1 tỷ USD"); "nay", "ngoái" ... for
    a relative one; None when it says none."""
    after = _YEAR_AFTER.match(text, span.end)
    if after:
        return after.group(1).lower(), True
    start = max(max(text.rfind(c, 0, span.start) for c in ",;:"), 0)
    before = _YEAR_BEFORE.search(text[start : span.start])
    return (before.group(1).lower() if before else None), False


def _figures_of(info: QuestionInfo) -> set[str]:
    """The question's own figures: amounts ("5 triệu đồng") and numbers above 12 ("trên tổng số 96"), not the
    small numbers of a level, a month or a rank ("mức độ 3", "tháng 9")."""
    out = set()
    for m in re.finditer(r"(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(%|\w+)?", fold(info.text)):
        n, unit = norm_number(m.group(1)), m.group(2) or ""
        amount = unit in ("%", "nghin", "ngan", "trieu", "ty", "usd", "dong")
        if n in info.numbers and (amount or (n.isdigit() and int(n) > 12)):
            out.add(n)
    return out


# units of "bao nhiêu X" that the answer writes with another word ("tiền" -> "đồng", "người" -> "cán bộ")
_GENERIC_UNITS = frozenset(
    key
    for w in ("tiền", "người", "lần", "phần", "mức", "điểm", "lượt", "kinh phí", "vốn", "thời gian")
    for key in (w.split()[0], fold(w.split()[0]))
)


# words that name no particular thing after a head noun ("thủ tục hành chính", "các lĩnh vực khác")
_EMPTY_AFTER_HEAD = frozenset("hanh chinh nay do tren khac moi cac nhung cong thuc hien lien quan".split())


def _says_nothing(span: Span, info: QuestionInfo) -> bool:
    """Whether a head phrase adds only generic words or the question's own words to its head."""
    rest = fold(span.text)[len(" ".join(info.head)) :]
    words = [w for w in re.findall(r"\w+", rest) if not is_stop(w, False)]
    qwords = {fold(k) for k in info.terms}
    if words and words[-1] == "khac":
        return True  # "các lĩnh vực công tác khác": other ones, none named
    return all(w in qwords or w in _EMPTY_AFTER_HEAD for w in words)


_AVERAGE = re.compile(r"\b(trung binh|binh quan|moi|average|per)\b")


def _fraction_of_a_count(text: str, span: Span, info: QuestionInfo) -> bool:
    """A decimal number of things ("1,54 hồ sơ") answering "bao nhiêu hồ sơ", without a magnitude word
    ("2,5 triệu") and for a question that does not ask an average; scores ("69,45 điểm") are measured."""
    if fold(info.unit[0]) == "diem":
        return False
    core = text[span.core[0] : span.core[1]]
    if not re.fullmatch(r"\D{0,12}\d{1,3}[,.]\d{1,2}", core.strip()) or _AVERAGE.search(fold(info.text)):
        return False
    nxt = [key_of(t, info.accented) for t in tokens(text[span.core[1] : span.core[1] + 30])][:1]
    magnitudes = _MAGNITUDES_VI if info.accented else _MAGNITUDES
    return bool(nxt) and nxt[0] not in magnitudes and "%" not in text[span.core[1] : span.core[1] + 2]


# the public a rate may be of, written several ways: "tỷ lệ người dân" is "tỷ lệ công dân" (folded)
_PEOPLE = ("nguoi dan", "cong dan", "nhan dan", "ca nhan", "nguoi dung")


def _same_people(words: tuple[str, ...], text: str) -> bool:
    """Whether ``words`` name the public and ``text`` names it too, perhaps in other words."""
    return fold(" ".join(words)) in _PEOPLE and re.search(rf"\b({'|'.join(_PEOPLE)})\b", fold(text)) is not None


def _sentence_has(text: str, unit: tuple[str, ...], accented: bool) -> bool:
    """Whether the sentence has the asked unit's (or head's) words in a row ("hộ dân", "nhóm")."""
    keys = [key_of(t, accented) for t in _tokens(text)]
    n = len(unit)
    return any(tuple(keys[i : i + n]) == tuple(unit) for i in range(len(keys) - n + 1))


_SPECIFIC_ROLES = tuple(r for r in sorted(ROLE_WORDS, key=len, reverse=True) if r not in ("lanh dao", "nguoi dung dau"))


# (a lowercase word after a comma ends it too: ", năm nay, ..."; not a place: ", tỉnh Đồng Tháp")
_ROLE_PLACES = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP)\b"
# what ends the role written after a name: another person, a dash, or the verb of the sentence
# ("ông Huỳnh Văn Nhã, Phó Chủ tịch UBND Huyện [chỉ đạo] ...", "Trưởng phòng Nội vụ thị xã [cùng] lãnh đạo")
_ROLE_END = re.compile(
    rf"(?i)[;)]|\s[-–]\s|(?:,|\svà)\s*(?:đồng chí|ông|bà)\b|(?-i:,\s+(?!{_ROLE_PLACES})[{LOWER}])|"
    rf"\s(?:{_DIRECTIVE_VERBS}|phát biểu|cho biết|chủ trì|"
    r"khẳng định|báo cáo|trình bày|đã|cùng|tham dự|dự|khai mạc|kết luận|nhận định|thông tin|đề ra|phát động|"
    r"giải trình|giải thích|trả lời|trao đổi|chia sẻ|cho rằng|thừa nhận|bày tỏ|nói)(?!\w)"
)


_ROLE_WORD = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(ROLE_WORDS, key=len, reverse=True))})(?!\w)")
_ROLE_OPENER = re.compile(rf"(?i)(?:theo|còn|do|với|của|nhưng|và|tuy nhiên|trong đó)\s+(?=[{UPPER}])")


def _has_role(text: str) -> bool:
    """Whether ``text`` names a role ("Trưởng ban", "Chủ nhiệm")."""
    return bool(_ROLE_WORD.search(fold(text)))


def role_bounds(text: str, span: Span) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where the role written next to a person's name lies in ``text``: before it ("Phó Giám đốc Sở Nội vụ"
    in "..., Phó Giám đốc Sở Nội vụ Trần Minh Long đề nghị") and after it ("Trưởng phòng Nội vụ" in
    "đồng chí Võ Thị Minh Thảo - Trưởng phòng Nội vụ;"); an empty range where there is none."""
    lo = max(0, span.start - 80)
    head = text[lo : span.start]
    # (not "-": "Sở Tài nguyên - Môi trường"; a quote ends what someone said: "... cảnh cáo” - Bộ trưởng A")
    cut = max(head.rfind(c) for c in (",", ";", ":", "(", "”", "“", '"'))
    lo += cut + 1
    if cut >= 0 and head[cut] == "," and text[lo:span.start].strip()[:1].isupper() and not _has_role(text[lo:span.start]):
        # "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Phan Xuân Dũng": a body's name holds
        # commas; the role opens at the last role word before them, in the same stretch of capitalized parts
        far = max(0, span.start - 160)
        back = text[far:lo]
        stop = max(back.rfind(c) for c in (";", ":", "(", "”", "“", '"', "."))
        roles = list(_ROLE_WORD.finditer(fold(back[stop + 1 :])))
        if roles:
            lo = far + stop + 1 + roles[-1].start()
    honorific = list(re.finditer(r"(?i)\b(?:đồng chí|ông|bà|có)\s", text[lo : span.start]))
    subject = None  # "Tổng giám đốc của X là ông Mai Văn Hà": the role is the subject before "là"
    if honorific:
        at = lo + honorific[-1].start()
        copula = re.search(r"(?i)\s+là\s+$", text[lo:at])
        if copula and honorific[-1].group(0).strip().lower() != "có":
            subject = _stripped(text, lo, lo + copula.start())
        lo += honorific[-1].end()
    if re.search(r"\svà\s*$", " " + text[lo : span.start]):  # "Bí thư Thành ủy và [Ông Đinh Văn Bảo]": another's
        lo = span.start
    before = subject or _stripped(text, lo, span.start)
    m = _ROLE_OPENER.match(text[before[0] : before[1]])
    if m and not subject:  # "Theo Bộ trưởng Kế hoạch và Đầu tư Võ Hồng Phúc": the role after "Theo"
        before = (before[0] + m.end(), before[1])
    after = (span.end, span.end)
    m = re.match(r"\s*[-–,(]\s*", text[span.end :])
    if m:
        a = span.end + m.end()
        rest = text[a : a + 80]
        c, d = _stripped(text, a, a + len(_ROLE_END.split(rest)[0]))
        if text[c:d].count("(") > text[c:d].count(")") and text[d : d + 1] == ")":
            d += 1  # "Phó vụ trưởng Vụ KH-CN (Bộ GTVT)": its bracket closes
        if not persons(text[c:d]):  # "Lê Văn Thành, [Chủ tịch UBND Thành phố Nguyễn Văn Tùng]": the next one's
            after = (c, d)
    return before, after


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t\n.,":
        b -= 1
    return a, b


def own_role(text: str, span: Span) -> str:
    """The roles written before and after a person's name, as "before | after"."""
    (a, b), (c, d) = role_bounds(text, span)
    return f"{text[a:b]} | {text[c:d]}"


def role_spans(text: str, info: QuestionInfo) -> list[Span]:
    """For "X giữ chức vụ gì" / "X là ai": the roles written next to the name the question gives."""
    asked = fold(info.text)
    out = []
    for p in persons(text):
        if fold(p.text) not in asked:
            continue
        for a, b in role_bounds(text, p):
            # (a role, not the clause after the name: "Nguyễn Văn Hải, [quận lấy yếu tố con người ...]")
            if b - a >= 3 and any(ch.isupper() for ch in text[a:b]) and (text[a].isupper() or _has_role(text[a:b])):
                out.append(Span(a, b, "thing", text[a:b], (a, b), "role"))
                # each of several roles ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố"): "chức vụ gì trong Thành ủy"
                parts = [_stripped(text, a + s, a + e) for s, e in (m.span() for m in re.finditer(r"[^,;]+", text[a:b]))]
                # (only parts that each hold a role: not the body after one, "Trưởng ban Kinh tế vĩ mô, [Viện
                # Nghiên cứu ...]", nor the parts of a body's name, "Ủy ban Văn hóa, [Giáo dục], [Thanh niên]")
                parts = [(s, e) for s, e in parts if e - s >= 3 and _has_role(text[s:e])]
                for s, e in parts if len(parts) > 1 else ():
                    out.append(Span(s, e, "thing", text[s:e], (s, e), "role"))
    if not out:  # a name the tagger takes for no person ("chú Tám Thẩm ... được điều về làm Phó Tổng thanh tra")
        low = fold(text)
        for name in info.names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", low):
                took = _TOOK_ROLE.search(text, m.end(), m.end() + _TOOK_ROLE_CHARS)
                a, b = _stripped(text, *took.span(1)) if took else (0, 0)
                if took and _has_role(took.group(1)) and all(o.start != a for o in out):
                    out.append(Span(a, b, "thing", text[a:b], (a, b), "role"))
    return out


# the role a person was given, after the name: "... được điều về làm [Phó Tổng thanh tra Nhà nước]"
_TOOK_ROLE_CHARS = 160  # ... within this many characters of the name
_TOOK_ROLE = re.compile(rf"(?<!\w)(?:làm|giữ chức(?: vụ)?|lên)\s+([{UPPER}][^,;.()“”\"]{{2,60}})")


# the level of a People's Committee or Council a role belongs to (folded)
_LEVEL = re.compile(
    r"\b(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan)\s+(phuong|xa|thi xa|thi tran|huyen|quan|thanh pho|tinh)\b"
)


def _own_role_match(text: str, span: Span, question: str, office: bool = True) -> float:
    """+0.1 when the person's own role is the role asked ("trưởng phòng nội vụ ... tên gì"), less when it is
    another one ("Phó Giám đốc Sở Nội vụ"), much less when it is the deputy of the head asked or the reverse;
    0 when the question or the name has no role."""
    question = re.sub(r"\bthanh pho\b", "thanhpho", question)  # "city Party Secretary": "phố", not "Phó"
    # (not a role the question names as an owner: "Tổ công tác [của Thủ tướng]" asks no prime minister)
    askeds = [r for r in _SPECIFIC_ROLES if re.search(rf"(?<!\w)(?<!cua ){r}(?!\w)", question)]
    if not askeds:
        return 0.0
    role = fold(own_role(text, span))
    acting = re.match(r"\s*(?:làm|là)\s+([^,;.()]{2,40})", text[span.end :])  # "Mai Tiến Dũng [làm trưởng đoàn]"
    if acting and any(re.match(rf"{r}(?!\w)", fold(acting.group(1))) for r in askeds):
        role = f"{role} {fold(acting.group(1))}"
    # an English role glossed two ways ("Director": "giám đốc", "cục trưởng"): the one the person holds
    asked = next((r for r in askeds if re.search(rf"(?<!\w){r}(?!\w)", role)), askeds[0])
    asked_level, own_level = _LEVEL.search(question), _LEVEL.search(role)
    if asked_level and own_level and asked_level.group(1) != own_level.group(1):
        return -0.3  # "Chủ tịch UBND Thành phố" when the one of a "phường" is asked: another person
    if re.search(rf"(?<!\w){asked}(?!\w)", role):
        modifier = rf"(?<!\w)(?:{'|'.join(_ROLE_MODIFIERS)})\s+{asked}"  # "Phó Chủ tịch" is not "Chủ tịch"
        if bool(re.search(modifier, role)) != bool(re.search(modifier, question)):
            return -0.5  # a "Phó Bí thư" is not the "Bí thư" asked, nor a "Chủ tịch" the "Phó Chủ tịch"
        # (``office``: the question is written in order, so the words after its role name the office)
        return 0.1 if not office or _same_office(asked, role, question) else -0.05
    base = re.sub(rf"^(?:{'|'.join(_ROLE_MODIFIERS)})\s+", "", asked)
    if base != asked and re.search(rf"(?<!\w){base}(?!\w)", role):
        return -0.5  # the "Chủ tịch" when the "Phó Chủ tịch" is asked
    if any(re.search(rf"(?<!\w){r}(?!\w)", role) for r in _SPECIFIC_ROLES):
        return -0.15  # "Bộ trưởng Lê Hồng Anh" when a "giám đốc" is asked
    return 0.0


def _clause_of_other_years(text: str, span: Span, years: tuple[str, ...]) -> bool:
    """Whether the clause around ``span`` names years, none of them ``years``."""
    a, b = clause_around(text, span.start, span.end)
    said = set(YEARS_IN_TEXT.findall(text[a:b]))
    return bool(said) and not said & set(years)


_OFFICE_FILLER = frozenset(("ubnd", "hdnd", "uy", "ban", "nhan", "dan", "cua"))
_ASKING_VERBS = frozenset(("chu", "phat", "ky", "tham", "ten", "yeu", "chi", "de", "co", "ket"))  # chủ trì, phát biểu...


_CITY = re.compile(r"\b(?:thanh pho|tp)\b")


def _same_office(asked: str, role: str, question: str) -> bool:
    """Whether the office after the role asked is the question's: "trưởng phòng Nội vụ" is not the "Trưởng
    phòng CCHC, Sở Nội vụ" (both folded); true when either says nothing after the role."""
    question, role = (_CITY.sub("thanhpho", x) for x in (question, role))  # "TP Hải Phòng" is "Thành phố"
    q = re.search(rf"(?<!\w){asked}\s+([^,;.?()]*)", question)
    r = re.search(rf"(?<!\w){asked}\s+([^;()]*)", role)
    q_words = [w for w in re.findall(r"\w+", q.group(1)) if w not in _OFFICE_FILLER][:3] if q else []
    r_word = next((w for w in re.findall(r"\w+", r.group(1)) if w not in _OFFICE_FILLER), None) if r else None
    if not q_words or is_stop(q_words[0], False) or q_words[0] in _ASKING_VERBS or r_word is None:
        return True  # "chủ tịch nào chủ trì": the question names no office after the role
    return r_word in q_words


def _common_words_in_question(name: str, question: str) -> bool:
    """Whether a name's words ("Thương mại") are in a question that capitalizes names only as common words
    ("quảng cáo thương mại"): the question names no such unit."""
    if question == question.lower():
        return False  # typed in lower case: nothing told apart
    capitalized = {fold(w) for w in re.findall(r"\w+", question) if w[:1].isupper()}
    return not any(fold(w) in capitalized for w in re.findall(r"\w+", name) if w[:1].isupper())


def overlaps_question(span: Span, info: QuestionInfo) -> bool:
    """Whether the span only repeats the question (a name or number it already contains)."""
    f = fold(span.text)
    core = fold(span.text[span.core[0] - span.start : span.core[1] - span.start]) or f
    qfold = " ".join(info.extras.get("folds", ())) or fold(info.text)
    words = re.findall(r"\w+", core)
    if not words:
        return True
    if info.qtype in ("number", "date") or span.kind in ("number", "date"):
        nums = [norm_number(w) for w in re.findall(r"\d+(?:[.,]\d+)*", f)]
        # a count does not repeat the day or month of a date the question names ("6 nhóm" for "ngày 10-6")
        asked = set(info.numbers) - (_date_numbers(info.text) if span.kind == "number" else set())
        if nums and all(n in asked or n in info.years for n in nums):
            return True
        if not nums and span.kind == "number" and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", qfold):
            return True  # "quý I" for "chỉ số CCHC Tân Hồng quý I 2020"
    if span.kind in ("place", "person", "thing") and len(words) >= 1:
        if span.head and core != f and _common_words_in_question(span.text[span.core[0] - span.start :], info.text):
            words = re.findall(r"\w+", f)  # "Sở Thương mại" for "quảng cáo thương mại ... cơ quan nào": the whole unit
        content = [w for w in words if not is_stop(w, False)]
        for run in (words, content):  # ("Nguyễn Đăng Chương": "đăng" folds like the stop word "đang")
            if run and re.search(rf"(?<!\w){re.escape(' '.join(run))}(?!\w)", qfold):
                return True
        short = re.search(r" ?\(([^()\s]+)\)$", span.text)  # "Sở Tài nguyên và Môi trường (TN&MT)"
        if short and re.search(rf"(?<!\w){re.escape(fold(short.group(1)))}(?!\w)", qfold):
            return True
        if span.kind == "place" and _abbreviated_in_question(span.text[: short.start()] if short else span.text, info.text):
            return True
        full = ABBREVIATIONS.get(f.strip()) if span.text.isupper() else None  # "VN" for "... cho Việt Nam"
        if full and re.search(rf"(?<!\w){re.escape(fold(full))}(?!\w)", qfold):
            return True
        # an English question glosses the unit it names: "Home Affairs Department deputy director" holds "Sở Nội vụ"
        if info.lang == "en" and span.kind in ("place", "thing") and len(content) >= 2 and set(content) <= set(info.terms):
            return True
    if span.kind == "clause" and info.lang == "vi" and re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", qfold):
        return True  # "thí điểm cách họp [mới] như thế nào": the question's own words, no answer
    return False


@lru_cache(maxsize=256)
def _date_numbers(question: str) -> frozenset[str]:
    """Numbers of ``question`` written only inside its dates ("ngày 10-6" gives 10 and 6)."""
    inside = [(d.start, d.end) for d in dates(question)]
    found = {
        (norm_number(m.group(0)), any(s <= m.start() < e for s, e in inside))
        for m in re.finditer(r"\d+(?:[.,]\d+)*", question)
    }
    return frozenset(n for n, dated in found if dated and (n, False) not in found)


def _abbreviated_in_question(name: str, question: str) -> bool:
    """Whether the question writes ``name`` as initials: "Sở TN&MT" for "Sở Tài nguyên và Môi trường"."""
    sylls = [w for w in re.findall(r"\w+", fold(name).upper()) if w != "VA"]
    abbrevs = {re.sub(r"[^A-Z]", "", fold(a).upper()) for a in re.findall(r"\b[A-ZĐ][A-ZĐ&-]+\b", question)}
    abbrevs = {a for a in abbrevs if len(a) >= 2}
    # the whole name, or the name after a head of one or two syllables ("Sở", "Văn phòng")
    return any(len(sylls) - i >= 2 and "".join(w[0] for w in sylls[i:]) in abbrevs for i in range(3))


__all__ += ["type_bonus", "overlaps_question", "own_role"]
