"""List answers: every item of the expected type that the question's words support.

Items come from the best sentence (a coordination "mô hình A của Phường 2;
mô hình B của Phường 11 và mô hình C ...") and from any other retrieved
sentence whose candidates score as well. When the expected items are plain
phrases (no typed candidate), the best clause is split at commas, ";" and
"và". Items are deduplicated on their folded form and keep document order.
"""

from __future__ import annotations

import re

from index.glossary import EN_COUNTS
from index.normalize import fold

from .entities import DEGREE, pos_words
from .extract import coordinated_persons
from .lexicon import EN_ORDINALS, NUMBER_WORDS, ORDINAL_WORDS
from .question import QuestionInfo
from .scoring import Vocab
from .text import key_of, tokens

__all__ = [
    "asked_counts",
    "asked_ordinal",
    "best_enumeration",
    "counted_items",
    "counted_items_after",
    "gather_items",
    "ordinal_item",
    "slogan_items",
    "split_items",
]

_MARGIN_SAME = 0.12  # an item of the best sentence may score this much below the best item
_MARGIN_OTHER = 0.04  # ... an item of another sentence only this much
_MAX_ITEMS = 12
_HEAD_BONUS = 0.1  # an enumeration introduced by the question's head noun


def split_items(text: str, intro: bool = True) -> list[tuple[int, int]]:
    """``[start, end)`` of the parts of an enumeration ("A, B, C và D"; "gồm: A; B"); with ``intro`` the
    items start after the first "gồm", "như", "là" or ":" of ``text``, else at its start."""
    m = re.search(r"(?<!\w)(?:gồm|như|là)(?!\w)\s*:?\s*|:\s*", text) if intro else None  # ("làm" is no "là")
    base = m.end() if m and m.end() < len(text) - 3 else 0
    parts: list[tuple[int, int]] = []
    cur = base
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”]*[\"”]", text)]
    # The strongest separator present delimits the items: "A và B; C" has two items, "Sở Tài nguyên và Môi
    # trường, Y tế" two as well; "và" separates only the last item of a comma list ("quận 3, 11 và Bình Thạnh").
    rest = text[base:]
    if ";" in rest:
        seps = r"\s*;\s*"
    elif "," in rest:
        last = rest.rfind(",")
        seps = rf"\s*,\s*|(?<=.{{{last}}}.)\s(?:và|và/hoặc|hoặc)\s"
    else:
        seps = r"\s(?:và|và/hoặc|hoặc)\s"
    for sep in re.finditer(seps, rest, flags=re.DOTALL):
        s, e = base + sep.start(), base + sep.end()
        if any(qs < s < qe for qs, qe in quoted):
            continue  # a comma inside a quoted name
        if s > cur:
            parts.append((cur, s))
        cur = e
    if cur < len(text):
        parts.append((cur, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in parts:
        piece = text[s:e].strip(' .…"“”')
        if piece:
            s2 = text.find(piece, s)
            if out and _another_degree(text[out[-1][0] : out[-1][1]], piece):
                out[-1] = (out[-1][0], s2 + len(piece))  # "dịch vụ công trực tuyến mức độ 3, mức độ 4": one item
                continue
            out.append((s2, s2 + len(piece)))
    return out


def _another_degree(before: str, piece: str) -> bool:
    """Whether ``piece`` is only another degree of what ends the item ``before`` ("mức độ 4" after "dịch vụ
    công trực tuyến mức độ 3"): the same thing, not one of its own (unlike "quận 3, quận 11")."""
    mine = DEGREE.fullmatch(piece)
    return (
        bool(mine)
        and re.search(rf"(?<!\w){re.escape(mine.group(1).strip())}\s+\d+$", before, re.IGNORECASE) is not None
    )


def _item_range(cand) -> tuple[int, int]:
    """The part of a candidate to list: the name inside "mô hình \"X\"" or the whole span."""
    span = cand.span
    text = cand.sent.sentence.text
    if span.kind == "thing" and span.core != (span.start, span.end) and text[span.core[0] - 1 : span.core[0]] in '"“':
        return span.core
    return span.start, span.end


def _chain(best, cands) -> list:
    """Candidates of the best sentence coordinated with the best one (same head or unit, in sequence)."""
    same = [c for c in cands if c.sent is best.sent and c.span.kind == best.span.kind]
    tight = False
    if best.span.head and best.span.head != "tai":
        headed = [c for c in same if c.span.head == best.span.head]
        tight = len(headed) < 2
        same = same if tight else headed
    elif best.span.kind in ("place", "thing"):
        tight = True  # bare names: only a tight enumeration "A, B và C"
    else:  # persons: chosen by their own support (the roles between them differ), but for "A và đồng chí B"
        text = best.sent.sentence.text
        same.sort(key=lambda c: c.span.start)
        out, at = [best], same.index(best)
        for step in (1, -1):  # the run of persons coordinated with the best one, each with the next
            i = at
            while 0 <= i + step < len(same):
                a, b = same[i], same[i + step]
                if not coordinated_persons(text, [a.span, b.span], roles=True):
                    break
                out.append(b)
                i += step
        return out
    same.sort(key=lambda c: c.span.start)
    text = best.sent.sentence.text
    out = [best]
    for direction in (1, -1):
        cur = best
        seq = same if direction == 1 else list(reversed(same))
        for c in seq:
            if (c.span.start - cur.span.end) * direction <= 0 and c is not cur:
                if direction == 1 and c.span.start < cur.span.end:
                    continue
                if direction == -1 and c.span.end > cur.span.start:
                    continue
            if (
                c is cur
                or (direction == 1 and c.span.start < cur.span.end)
                or (direction == -1 and c.span.end > cur.span.start)
            ):
                continue
            a, b = (cur.span.end, c.span.start) if direction == 1 else (c.span.end, cur.span.start)
            between = text[a:b]
            if len(between) > 160 or not re.search(r"[,;]|\svà\s", between) or re.search(r"\.\s", between):
                break
            if tight and not re.fullmatch(r"\s*(?:,|;|và|,\s*và)\s*", between):
                break
            out.append(c)
            cur = c
    return out


_ENUM = re.compile(r"(?:\bbao gồm|\bgồm(?: có)?|\bnhư là|\bnhư|\bđó là|:)\s*:?\s*", re.IGNORECASE)
# "tại 4 xã là Ngọc Sơn, Sơn Hải, ...": a count of things, then "là" and their names
_COUNTED_IS = re.compile(r"\b\d+\s+(?:[^\W\d_]+\s+){1,3}?(là\s+)(?=[A-ZĐ\"“])")


_GOES_ON = re.compile(r"\s+(?:giai đoạn \d{4}|(?:đã|đang|sẽ|vừa|nhằm)\s)")


_DENIAL = re.compile(r"\b(?:chua|khong)\b")  # folded
# verbs that introduce what a list question asks when the question says them too: "người dân mong đợi những
# điều gì" - "người dân mong đợi cần rút ngắn thời gian ..., giảm phí/lệ phí ..., ..."
_LIST_VERBS = ("mong đợi", "mong muốn", "kiến nghị", "đề xuất")
# ... said with one verb of a pair in the question, the other in the article (or the question in English)
_SAME_VERBS = (
    (("mong đợi", "mong muốn"), r"expect|expected|expects|want|wanted|wants|wish|wished|wishes|hope|hoped|hopes"),
    (("kiến nghị", "đề xuất"), r"propose|proposed|proposes|recommend|recommended|recommends"),
)


def action_items(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of an enumeration of actions: a part opening with no verb goes on the action before it
    ("rút ngắn A, giảm B, chấn chỉnh tác phong, thái độ của công chức" has three items, the last "chấn chỉnh
    tác phong, thái độ của công chức"). Other enumerations (whose first part opens with no verb, or with fewer
    than two verbs) keep their parts."""
    if len(parts) < 3:
        return parts
    words = pos_words(text)

    def opens_with_verb(start: int) -> bool:
        first = next((w for w in words if w[3] > start), None)
        return first is not None and first[1] == "V"

    verbs = [opens_with_verb(s) for s, _ in parts]
    if not verbs[0] or sum(verbs) < 2:
        return parts
    out: list[tuple[int, int]] = []
    for (s, e), verb in zip(parts, verbs):
        # ("... của công chức cấp huyện và cấp xã": a word the part before ends with opens no action)
        first = fold(text[s:e]).split()[:1]
        again = bool(out) and bool(first) and first[0] in fold(text[out[-1][0] : out[-1][1]]).split()[-3:]
        if out and (not verb or again):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def enumerations(
    text: str, verbs: tuple[str, ...] = (), actions: bool = False
) -> list[tuple[int, list[tuple[int, int]]]]:
    """Enumerations after "gồm", "như", ":", "4 xã là" (or one of ``verbs``) in ``text``: (marker position,
    item ranges); with ``actions`` (the question asks what, not which unit or field), the items of an
    enumeration of actions are whole actions (:func:`action_items`)."""
    out = []
    markers = [(m.start(), m.end()) for m in _ENUM.finditer(text)]
    for verb in verbs:
        markers += [
            (m.start(), m.end()) for m in re.finditer(rf"(?i)(?<!\w){verb}(?:\s+(?:cần|là|rằng|được))?\s+", text)
        ]
    markers += [m.span(1) for m in _COUNTED_IS.finditer(text)]
    # a list in brackets: "một số sản phẩm chưa đạt ... (sữa chế biến, bia, thiếc tinh luyện, ...)"
    brackets = {m.start(): m.end() - 1 for m in re.finditer(r"\([^()]{3,300}\)", text) if "," in m.group(0)}
    markers += [(at, at + 1) for at in brackets]
    for at, begin in sorted(markers):
        if re.search(r"(?:Ảnh|Nguồn|Photo)\s*$", text[:at], re.IGNORECASE):
            continue  # "Ảnh: Bích Hồng/TTXVN": a credit, not an enumeration
        end = brackets.get(at, len(text))
        stop = re.search(r"\.\s|…|\.\.\.", text[begin:end])
        if stop:
            end = begin + stop.start()
        segment = text[begin:end].rstrip(" .;")
        # the enumeration ends where the sentence goes on after its first items ("3 bên là Hải quan, DN và ngân
        # hàng [đã góp phần ...], đồng thời là ...": its "là" opens no enumeration)
        sep = re.search(r"[,;]", segment)
        goes_on = _GOES_ON.search(segment, sep.end()) if sep else None
        if goes_on:
            segment = segment[: goes_on.start()]
        parts = [(begin + s, begin + e) for s, e in split_items(segment)]
        if parts:  # the last item ends where the sentence goes on ("..., Đài Truyền hình Việt Nam [đã diễn ra ...]")
            s, e = parts[-1]
            goes_on = _GOES_ON.search(text, s, e)
            parts[-1] = (s, goes_on.start() if goes_on and goes_on.start() > s else e)
        parts = [(s, e) for s, e in parts if 1 <= len(re.findall(r"\w+", text[s:e])) <= 16]
        parts = action_items(text, parts) if actions else parts
        if len(parts) >= 2:
            out.append((at, parts))
    return out


def best_enumeration(info: QuestionInfo, sents, vocab: Vocab):
    """``(score, sentence, item ranges)`` of the enumeration the question's words best introduce, or None."""
    from .entities import Span
    from .extract import local_support

    best = None
    asked = fold(info.text)
    denied = bool(_DENIAL.search(asked))
    verbs = tuple(v for v in _LIST_VERBS if re.search(rf"\b{fold(v)}\b", asked))
    for pair, english in _SAME_VERBS:
        if set(pair) & set(verbs) or re.search(rf"\b(?:{english})\b", asked):
            verbs = tuple(dict.fromkeys(verbs + pair))
    # (a sentence further down that says the verb the question asks with is read too)
    said = [x for x in sents[4:12] if verbs and re.search(rf"(?i)(?<!\w)(?:{'|'.join(verbs)})(?!\w)", x.sentence.text)]
    for x in sents[:4] + said:
        if x.missing:
            continue
        text = x.sentence.text
        for pos, parts in enumerations(text, verbs, actions=not info.head and info.item_type == "thing"):
            s, e = parts[0][0], parts[-1][1]
            span = Span(s, e, "clause", text[s:e], (s, e))
            score = x.score + 0.3 * local_support(text, span, info, vocab, context=x.context)
            before = " ".join(re.findall(r"\w+", fold(text[max(0, pos - 40) : pos]))[-4:])
            if info.head and f" {' '.join(info.head)} " in f" {before} ":
                score += _HEAD_BONUS  # "các thủ tục ưu tiên như: ..." for "những thủ tục nào"
            elif any(fold(text[pos : pos + len(v)]).lower() == fold(v) for v in verbs):
                score += _HEAD_BONUS  # "người dân mong đợi cần ...": the verb the question asks with
            intro = " ".join(re.findall(r"\w+", fold(text[max(0, pos - 80) : pos]))[-12:])
            if bool(_DENIAL.search(intro)) != denied:
                score -= _HEAD_BONUS  # "sản phẩm nào chưa đạt": not those "đạt hoặc vượt mục tiêu như: ..."
            if best is None or score > best[0]:
                best = (score, x, parts)
    return best


def gather_items(info: QuestionInfo, sents, cands, vocab: Vocab) -> list[tuple]:
    """``(sentence, start, end, score)`` of each list item, in document order."""
    items, typed = _gather(info, sents, cands, vocab)
    # (the parts of a split phrase are its items; persons coordinated with their roles are all items even
    # where one's role holds words of the question: "Ông A, Bí thư Thành ủy Long Xuyên; Ông B, Chủ tịch UBND")
    return _focus(info, items, vocab) if typed and info.item_type != "person" else items


_SEGMENT = re.compile(r"[;:]")
_FOCUS_SHARE = 0.25


def _focus(info: QuestionInfo, items: list[tuple], vocab: Vocab) -> list[tuple]:
    """Items of one sentence narrowed to the ";"/":" segment that alone holds some of the question's words.

    "which wards replicated the Friendly Sunday model?" against "nhân rộng 03 mô hình gồm: Mô hình "Ngày
    Chủ Nhật thân thiện" của UBND Phường 2; mô hình ... của UBND Phường 11 và ..." keeps "Phường 2": only
    its segment says "Chủ Nhật thân thiện". Words that only the introduction has ("nhân rộng") narrow nothing.
    """
    if len(items) < 2 or len({id(it[0]) for it in items}) != 1:
        return items
    text = items[0][0].sentence.text
    segments = _segments(text)
    with_items = {_segment_of(segments, it[1]) for it in items}
    if len(with_items) < 2:
        return items
    focused = focused_segment(text, info, vocab, with_items)
    if focused is None:
        return items
    return [it for it in items if focused[0] <= it[1] < focused[1]]


def _segments(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _SEGMENT.finditer(text)] + [len(text) + 1]
    return list(zip(cuts, cuts[1:]))


def _segment_of(segments: list[tuple[int, int]], pos: int) -> int:
    return next(i for i, (a, b) in enumerate(segments) if a <= pos < b)


def focused_segment(
    text: str, info: QuestionInfo, vocab: Vocab, among: set[int] | None = None, dominant: bool = False
) -> tuple[int, int] | None:
    """The ";"/":" segment of ``text`` (its bounds) that alone holds at least a quarter of the question's
    words (by weight) the sentence has, among the segments numbered ``among`` (all by default); None when
    not exactly one does (or, ``dominant``, when none holds twice as much of them alone as any other).

    "tiếp tục nêu cao ... đạo đức công vụ; đẩy nhanh ... đồng thời giải thích rõ và xin lỗi người dân, doanh
    nghiệp trong trường hợp chậm trễ giải quyết" for "phải làm gì với người dân, doanh nghiệp khi chậm giải
    quyết hồ sơ": the second.
    """
    segments = _segments(text)
    if len(segments) < 2:
        return None
    among = set(range(len(segments))) if among is None else among
    where: dict[str, set[int]] = {}
    for t in tokens(text):
        where.setdefault(key_of(t, info.accented), set()).add(_segment_of(segments, t.start))
    terms = [t for t in dict.fromkeys(info.terms) if t in where]
    total = sum(vocab.idf(t) * info.weight(t) for t in terms)
    own: dict[int, float] = {}
    for t in terms:
        if len(where[t]) == 1:
            (seg,) = where[t]
            own[seg] = own.get(seg, 0.0) + vocab.idf(t) * info.weight(t)
    if not total:
        return None
    focused = sorted((seg for seg in among if own.get(seg, 0.0) >= _FOCUS_SHARE * total), key=lambda g: -own[g])
    if dominant and len(focused) > 1 and own[focused[0]] >= 2 * own[focused[1]]:
        focused = focused[:1]
    return segments[focused[0]] if len(focused) == 1 else None


def _gather(info: QuestionInfo, sents, cands, vocab: Vocab) -> tuple[list[tuple], bool]:
    """The items, and whether they are typed candidates (not the parts of one enumeration)."""
    typed = _typed_items(info, cands)
    enum = best_enumeration(info, sents, vocab)
    enum_items = [(enum[1], s, e, enum[0]) for s, e in enum[2][:_MAX_ITEMS]] if enum else []
    if len(typed) >= 2 and enum_items:
        same_sentence = all(it[0] is enum[1] for it in typed)
        if same_sentence:
            return (enum_items, False) if len(enum_items) > len(typed) else (typed, True)
        return (typed, True) if max(it[3] for it in typed) >= enum[0] else (enum_items, False)
    if len(typed) >= 2:
        return typed, True
    if typed and info.item_type in ("place", "person"):
        # a name asked for: a coordination of names stands against an enumeration of phrases elsewhere,
        # unless the name is part of that enumeration (which then lists it whole)
        inside = enum and typed[0][0] is enum[1] and enum_items[0][1] <= typed[0][1] < enum_items[-1][2]
        # ... unless that enumeration is of names itself and better supported ("tại 4 xã là Ngọc Sơn, Sơn Hải")
        names = enum and all(enum[1].sentence.text[s : s + 1].isupper() for _, s, _, _ in enum_items)
        if not inside and not (names and enum[0] > typed[0][3]):
            return typed, True
    if enum_items:
        return enum_items, False
    split = _split_best_clause(cands)
    return (split, False) if split else (typed, True)


def _typed_items(info: QuestionInfo, cands) -> list[tuple]:
    """Items from typed candidates: the best one, its coordinated siblings, and near-equal others."""
    ok = [c for c in cands if not c.sent.missing]
    chosen: list = []
    if ok and ok[0].span.kind != "clause":
        best = ok[0]
        chosen.extend(_chain(best, ok))
        for c in ok:
            same = c.sent is best.sent
            margin = _MARGIN_SAME if same else _MARGIN_OTHER
            if c.span.kind == "clause" or c.score < best.score - margin:
                continue
            if not same and c.parts.get("local", 0) < 0.8 * best.parts.get("local", 0):
                continue
            if best.span.head and c.span.head != best.span.head:
                continue
            chosen.append(c)
    items: list[tuple] = []
    seen: set[str] = set()
    taken: dict[int, list[tuple[int, int]]] = {}
    for c in sorted(chosen, key=lambda c: -c.score):
        s, e = _item_range(c)
        key = fold(c.sent.sentence.text[s:e]).strip()
        if c.span.head and key.startswith(c.span.head + " "):
            key = key[len(c.span.head) + 1 :]  # "xã Sơn Hải" is the "Sơn Hải" of "4 xã là Ngọc Sơn, Sơn Hải"
        spans = taken.setdefault(id(c.sent), [])
        if not key or key in seen or any(s < te and ts < e for ts, te in spans):
            continue
        seen.add(key)
        spans.append((s, e))
        items.append((c.sent, s, e, c.score))
        if len(items) >= _MAX_ITEMS:
            break
    items.sort(key=lambda it: (it[0].article.id, it[0].sentence.start, it[1]))
    return items


def _split_best_clause(cands) -> list[tuple]:
    """Plain phrases: the best clause (or quoted enumeration) split at commas and "và"."""
    clause = next((c for c in cands if not c.sent.missing and c.span.kind in ("clause", "thing")), None)
    if clause is None:
        return []
    text = clause.sent.sentence.text
    s0, e0 = clause.span.start, clause.span.end
    parts = [(s0 + s, s0 + e) for s, e in split_items(text[s0:e0])]
    parts = [(s, e) for s, e in parts if 2 <= e - s <= 120]
    if len(parts) < 2:
        return []
    return [(clause.sent, s, e, clause.score) for s, e in parts[:_MAX_ITEMS]]


# a numbered slogan the question quotes: "3 không", "4 an", "5 xây, 3 chống"
_SLOGAN = re.compile(r"\d{1,2}\s+\w+(?:\s+\w+)?")


def slogan_items(quoted: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the items a numbered slogan the question quotes stands for, when ``text`` spells
    them out in brackets after it: “4 an” (an ninh trật tự, an toàn giao thông, ... và an sinh xã hội);
    “5 xây, 3 chống” (A, B; chống C, chống D) gives each slogan its own ";" group. [] when there is none."""
    for q in quoted:
        if not _SLOGAN.fullmatch(q.strip()):
            continue
        for m in re.finditer(r"[“\"]([^“”\"]{2,60})[”\"]\s*\(([^()]{5,400})\)", text):
            slogans = [fold(x).strip() for x in m.group(1).split(",")]
            if fold(q).strip() not in slogans:
                continue
            groups, at = m.group(2).split(";"), m.start(2)
            if len(groups) != len(slogans) and len(slogans) > 1:
                continue
            k = slogans.index(fold(q).strip()) if len(slogans) > 1 else 0
            start = at + sum(len(g) + 1 for g in groups[:k])
            group = groups[k] if len(slogans) > 1 else m.group(2)
            return [(start + a, start + b) for a, b in split_items(group)]
    return []


# a count the question gives its items: "5 nhóm giải pháp", "bốn bước", "3 layers of management"
_COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n > 1} | EN_COUNTS  # ("một" is mostly "a")
_COUNTED = re.compile(rf"(?<![\w.,/])(\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s+([^\W\d_]+)(?!\s*[/.,]?\d)", re.IGNORECASE)
_COUNT_VALUE = {fold(w): n for w, n in _COUNT_WORDS.items()}
# what a count names when it is a time or a quantity, not items to list
_NOT_ITEMS = frozenset(fold(w) for w in "năm tháng ngày giờ tuần quý lần phút tuổi người triệu tỷ nghìn ngàn".split())
_ITEMS_INTRO = re.compile(r"\s*(?:(?:là|gồm|bao gồm|gồm có)\s*:?|:)\s*")


def _count_of(word: str) -> int:
    w = fold(word)
    return int(w) if w.isdigit() else _COUNT_VALUE.get(w, 0)


def asked_counts(question: str, lang: str) -> list[tuple[int, str]]:
    """``(count, folded noun)`` for each count of items the question names ("Năm nhóm giải pháp ... gồm những
    gì" -> (5, "nhom")); an English noun is "" (any noun of the article's may follow the count)."""
    out = []
    for m in _COUNTED.finditer(question):
        n, noun = _count_of(m.group(1)), fold(m.group(2))
        if 2 <= n <= 12 and noun not in _NOT_ITEMS:  # ("năm 2017" is no count: the noun is a word)
            out.append((n, "" if lang == "en" else noun))
    return out


def counted_items(counts: list[tuple[int, str]], text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of the items ``text`` lists after the count the question names, when there are exactly
    that many: "4 bước chính ... hiện nay là: A; B; C; cuối cùng là D", "3 tầng quản lý, 3 vòng kim cô: A, B,
    C". [] when ``text`` lists none."""
    for m, n in _counts_asked(counts, text):
        window = text[m.end() : m.end() + 150]
        stop = re.search(r"\.\s|…|\.\.\.", window)
        intro = _ITEMS_INTRO.search(window[: stop.start()] if stop else window)
        parts = _items_from(text, m.end() + intro.end(), n) if intro else []
        if parts:
            return parts
    return []


def _counts_asked(counts: list[tuple[int, str]], text: str):
    """``(match, n)`` for each count of ``text`` that the question names (its number, and its noun if given)."""
    for m in _COUNTED.finditer(text):
        n, noun = _count_of(m.group(1)), fold(m.group(2))
        if any(n == c and (not want or noun == want) for c, want in counts) and noun not in _NOT_ITEMS:
            yield m, n


def _items_from(text: str, begin: int, n: int) -> list[tuple[int, int]]:
    """The ``n`` items ``text`` lists from ``begin`` to its sentence end; [] unless there are exactly ``n``."""
    end = re.search(r"\.\s|…|\.\.\.|\.$|$", text[begin:])
    segment = text[begin : begin + end.start()].rstrip(" .;")
    parts = [(begin + s, begin + e) for s, e in split_items(segment, intro=False)]
    if len(parts) == n and all(1 <= len(re.findall(r"\w+", text[s:e])) <= 25 for s, e in parts):
        return parts
    return []


# the next sentence that spells out a count's items: "... triển khai 3 phần mềm dùng chung. [Đó là] phần mềm A; B; C."
_ITEMS_NEXT = re.compile(r"\s*(?:đó là|đây là|bao gồm|gồm có|gồm|cụ thể(?: là)?)\s*:?\s*", re.IGNORECASE)


def counted_items_after(counts: list[tuple[int, str]], text: str, following: str) -> list[tuple[int, int]]:
    """``[start, end)`` in ``following`` of the items it spells out ("Đó là phần mềm A; B; C") for a count
    the question names that ``text``, the sentence before it, holds ("3 phần mềm dùng chung") but does not
    list itself; [] unless there are exactly that many. A first item that opens on the count's noun loses it."""
    intro = _ITEMS_NEXT.match(following)
    if not intro or counted_items(counts, text):  # (the count's own sentence lists them)
        return []
    for m, n in _counts_asked(counts, text):
        begin = intro.end()
        # "phần mềm hệ thông tin ...": the count's noun again ("3 phần mềm dùng chung"), then the first item
        noun_words = text[m.start(2) :].split()[:4]
        for k in range(len(noun_words), 0, -1):
            again = re.match(r"(?i)" + r"\s+".join(map(re.escape, noun_words[:k])) + r"\s+", following[begin:])
            if again:
                begin += again.end()
                break
        parts = _items_from(following, begin, n)
        if parts:
            return parts
    return []


# "giải pháp thứ ba là gì", "the third solution": the question asks one item of a numbered series
# the nouns whose items an article numbers "Thứ nhất, ...; Thứ hai, ..." (not "phiên họp thứ ba", "xếp thứ 2")
_SERIES = (
    "giai phap|bien phap|noi dung|kien nghi|de xuat|nhiem vu|yeu cau|van de|nguyen nhan|diem|y|buoc|muc tieu|nhom"
    "|ly do|kho khan|han che|bai hoc|chinh sach|dinh huong|thach thuc|tru cot|dot pha|uu tien"
)
_VI_ORDINAL = re.compile(rf"\b(?:{_SERIES}) thu ({'|'.join(ORDINAL_WORDS)}|\d)\b")
_EN_SERIES = (
    "solution|measure|proposal|point|task|requirement|issue|reason|step|goal|group|priority|lesson|recommendation"
)
_EN_ORDINAL = re.compile(rf"\b({'|'.join(EN_ORDINALS)})\s+(?:\w+\s+)?(?:{_EN_SERIES})s?\b")


def asked_ordinal(question: str) -> int:
    """The rank of the item a question asks of a numbered series ("giải pháp thứ ba" -> 3), else 0."""
    folded = fold(question)
    m = _VI_ORDINAL.search(folded)
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else ORDINAL_WORDS[m.group(1)]
    m = _EN_ORDINAL.search(question.lower())
    return EN_ORDINALS[m.group(1)] if m else 0


def ordinal_item(n: int, text: str) -> tuple[int, int] | None:
    """``[start, end)`` of what a sentence opening the ``n``-th item of a series says ("Thứ ba, cần giảm lãi
    suất vay vốn." -> "cần giảm lãi suất vay vốn"; "Ba là, ..."), or None when it opens no such item."""
    ordinals = [w for w, k in ORDINAL_WORDS.items() if k == n] + [str(n)]  # "thứ tư"
    counts = [fold(w) for w, k in NUMBER_WORDS.items() if k == n] + [str(n)]  # "bốn là"
    lead = re.match(r"\s*(?:[-+•*–]\s*)?", text).end()
    head = fold(text[lead : lead + 12])
    m = re.match(rf"(?:thu\s+(?:{'|'.join(ordinals)})|(?:{'|'.join(counts)})\s+la)\s*[,:.]\s*", head)
    if not m:
        return None
    start = lead + m.end()
    end = len(text.rstrip(" .;"))
    if end - start > 180:  # a long item: its first clause
        cut = [i for i in (text.find(";", start), text.rfind(",", start, start + 180)) if i > start]
        end = min(cut) if cut else start + 180
    return (start, end) if end - start >= 3 else None
