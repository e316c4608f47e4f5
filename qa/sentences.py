"""Sentences of an article with offsets into its normalized text (and, through it, the original).

Sentences come from underthesea ``sent_tokenize`` (via
:func:`index.chunking.sentence_spans`), then two glued forms of the source
texts are split too: "khá…Tại Hội nghị" and "năm 2024.Trong đó"; a dot that opens a word ("công nghệ
.NET") ends no sentence. Results are cached per article text.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

from index.chunking import sentence_spans
from index.records import Article

from .text import LOWER, UPPER, Token, expand, tokens

__all__ = ["Sentence", "article_sentences", "detail_leads", "enumeration_leads", "event_leads", "said_leads"]

# "khá…Tại", "2024.Trong": a sentence end glued to the next sentence's capital.
_GLUED = re.compile(rf"(?<=[{LOWER}0-9]{{2}})(?:…|\.{{1,3}})(?=[{UPPER}][{LOWER}])")
_CACHE_SIZE = 2048
# a sentence that opens an enumeration: "... thực hiện một số nhiệm vụ như: ..."
_LEAD = re.compile(r"(?:như|sau|gồm|cụ thể|sau đây)\s*:", re.IGNORECASE)
# verbs that open the items of a directive enumeration ("Tăng cường kỷ luật ...", "Tập trung ...")
_ACTIONS = frozenset(
    w.strip()
    for w in """tang cuong|day manh|day nhanh|tap trung|tiep tuc|nang cao|hoan thanh|hoan thien|to chuc|thuc hien
    |trien khai|ra soat|kien toan|chan chinh|xay dung|phat huy|quan triet|don doc|chi dao|dam bao|bao dam
    |khan truong|duy tri|cap nhat|cong khai|phoi hop|de cao|ung dung|giai quyet|kiem tra|nghien cuu|tham muu
    |huong dan|thuong xuyen|chu dong|nghiem tuc|lam tot|ban hanh|rut ngan|cai thien|tuyen truyen|uu tien
    |chu trong|khac phuc|xu ly|phan dau""".split("|")
)
_MAX_ITEMS = 10
_DETAILS = re.compile(r"\s*(?:Trong đó|Cụ thể)\s*,", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:yêu cầu|đề nghị|chỉ đạo|đề ra|giao|nhiệm vụ|giải pháp)\b", re.IGNORECASE)
# the event a news article reports, named in full once and by its noun alone after that
_EVENT = re.compile(r"(?<!\w)(hội nghị|cuộc họp|buổi họp|phiên họp|kỳ họp|buổi làm việc|hội thảo)(?!\w)", re.IGNORECASE)
_AT_EVENT = re.compile(r"(?<!\w)(?:tại|trong|ở|qua|sau|trước|dịp)\s+$", re.IGNORECASE)
# "Ngày 30-12, Thủ tướng Phan Văn Khải nhấn mạnh như thế ...": who said what the sentence before says
_AS_SAID = re.compile(
    r"(?<!\w)(?:nói|nhấn mạnh|khẳng định|cho biết|phát biểu|chia sẻ|nhận định|nhận xét|bày tỏ|nêu rõ)\s+"
    r"(?:như thế|như vậy|như trên|điều này|điều đó)(?!\w)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-đ]\))\s")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``start``/``end`` in ``Article.text``; ``n`` its rank in the article."""

    doc_id: str
    n: int
    start: int
    end: int
    text: str

    @cached_property
    def tokens(self) -> list[Token]:
        """Words for matching (abbreviations expanded), offsets in ``Article.text``."""
        return expand(tokens(self.text, self.start))

    @cached_property
    def folds(self) -> set[str]:
        return {t.fold for t in self.tokens}

    @cached_property
    def lows(self) -> set[str]:
        return {t.low for t in self.tokens}

    def keys(self, accented: bool) -> set[str]:
        """Word keys of the sentence (see :func:`qa.text.key_of`)."""
        return self.lows if accented else self.folds


def _split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, cur = [], start
    for m in _GLUED.finditer(text, start, end):
        out.append((cur, m.end()))
        cur = m.end()
    out.append((cur, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


_cache: OrderedDict[tuple[str, int], list[Sentence]] = OrderedDict()


def article_sentences(article: Article) -> list[Sentence]:
    """The sentences of ``article`` (cached by id and text)."""
    key = (article.id, hash(article.text))
    hit = _cache.get(key)
    if hit is not None:
        _cache.move_to_end(key)
        return hit
    text = article.text
    spans: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        if spans and spans[-1][1] == s and text[s - 2 : s] == " .":
            s = spans.pop()[0]  # "nền tảng công nghệ .NET của Microsoft": a name's dot, no sentence end
        spans.extend(_split_glued(text, s, e))
    out = [Sentence(article.id, i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    _cache[key] = out
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return out


def _opens_with_action(text: str) -> bool:
    words = [t.fold for t in tokens(_BULLET.sub("", text[:40], count=1))][:2]
    return bool(words) and (" ".join(words) in _ACTIONS or words[0] in _ACTIONS)


def enumeration_leads(article: Article) -> dict[int, Sentence]:
    """Items of a directive enumeration and the sentence that opens it: {item's ``n``: lead}.

    "Chủ tịch yêu cầu ... một số nhiệm vụ như: Đẩy mạnh ...", then "Tăng cường kỷ luật ..." in the
    same paragraph: the item is governed by the lead's words (who asked, when), which it does not repeat.
    Items are the sentences right after the lead, in its paragraph, that each open with an action verb.
    """
    sents = article_sentences(article)
    out: dict[int, Sentence] = {}
    for i, lead in enumerate(sents):
        if i in out or not _LEAD.search(lead.text):
            continue
        prev = lead
        for item in sents[i + 1 : i + 1 + _MAX_ITEMS]:
            if "\n\n" in article.text[prev.end : item.start] and not _BULLET.match(item.text):
                break
            if not (_BULLET.match(item.text) or _opens_with_action(item.text)):
                break
            out[item.n] = lead
            prev = item
    return out


def detail_leads(article: Article) -> dict[int, Sentence]:
    """Sentences that detail the tasks the one before them sets: {``n``: that sentence}.

    "... đề ra nhiều nhiệm vụ, giải pháp ...", then "Trong đó, tiếp tục ..." in the same paragraph: what the
    second says was asked, though it has no verb of asking itself.
    """
    sents = article_sentences(article)
    return {
        item.n: prev
        for prev, item in zip(sents, sents[1:])
        if _DETAILS.match(item.text) and _ASKED.search(prev.text) and "\n\n" not in article.text[prev.end : item.start]
    }


def event_leads(article: Article) -> dict[int, Sentence]:
    """Sentences that name the article's event by its noun alone, and the sentence that first names it:
    {``n``: that sentence}.

    "UBND thành phố Cao Lãnh tổ chức hội nghị đánh giá công tác CCHC năm 2021 ...", then "Hội nghị do ông Võ
    Phan Thành Minh ... chủ trì": the second is about the meeting the first describes (its year, its place).
    """
    first: dict[str, Sentence] = {}
    out: dict[int, Sentence] = {}
    for s in article_sentences(article):
        for m in _EVENT.finditer(s.text):
            noun = m.group(1).lower()
            intro = first.setdefault(noun, s)
            # ("Tại Hội nghị, các đại biểu thảo luận ...": where something was said, not what the meeting was)
            if intro is not s and s.n not in out and not _AT_EVENT.search(s.text[: m.start()]):
                out[s.n] = intro
    return out


def said_leads(article: Article) -> dict[int, Sentence]:
    """Sentences that say who said what the sentence before them says: {``n``: that sentence}.

    "“Phải chống cho được nạn quan liêu ...”." then "Ngày 30-12, Thủ tướng Phan Văn Khải nhấn mạnh như thế
    ...": the second has the words of the first. So has the sentence that closes a quotation the one before
    it opens ("“Mỗi việc ... mất 1 năm 3 tháng. Nói như thế ...”, ông A phát biểu").
    """
    sents = article_sentences(article)
    out: dict[int, Sentence] = {}
    for prev, s in zip(sents, sents[1:]):
        if "\n\n" in article.text[prev.end : s.start]:
            continue
        opened = prev.text.rfind("“") > prev.text.rfind("”") or prev.text.count('"') % 2 == 1
        closes = s.text.find("”") >= 0 and "“" not in s.text[: s.text.find("”")] or s.text.count('"') % 2 == 1
        if _AS_SAID.search(s.text) or (opened and closes):
            out[s.n] = prev
    return out
