"""Search filters: locality, level, date range, article id.

Values are matched after normalization and diacritic folding, so "Huong Thuy",
"Hương Thuỷ" and "hương thủy" name the same place. An unknown value raises
:class:`FilterError` naming the field and listing the known values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .normalize import fold, normalize
from .records import Article

__all__ = ["Filters", "FilterError", "parse_date_bound"]


class FilterError(ValueError):
    """A filter value that matches nothing in the index."""


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_VN = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date_bound(value: str, end: bool = False, field_name: str = "date") -> str:
    """'2024', '2024-05', '2024-05-10' or '10/5/2024' -> ISO day (first or last day when ``end``)."""
    v = value.strip()
    m = _ISO.match(v)
    if m:
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if mo is None:
            mo_i, d_i = (12, 31) if end else (1, 1)
        else:
            mo_i = int(mo)
            if d is None:
                if end:
                    nxt = date(y + (mo_i == 12), mo_i % 12 + 1, 1)
                    d_i = (nxt - date(y, mo_i, 1)).days
                else:
                    d_i = 1
            else:
                d_i = int(d)
    elif _VN.match(v):
        d_i, mo_i, y = (int(x) for x in _VN.match(v).groups())
    else:
        raise FilterError(f"{field_name}: '{value}' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)")
    try:
        return date(y, mo_i, d_i).isoformat()
    except ValueError as exc:
        raise FilterError(f"{field_name}: '{value}' is not a valid date ({exc})") from None


def _key(value: str) -> str:
    return fold(normalize(value)).strip()


@dataclass
class Filters:
    """Which articles a search may return. Empty fields do not filter."""

    locality: list[str] = field(default_factory=list)
    level: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    doc_ids: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.locality or self.level or self.date_from or self.date_to or self.doc_ids)

    def to_json(self) -> dict:
        return {
            "locality": self.locality,
            "level": self.level,
            "from": self.date_from,
            "to": self.date_to,
            "doc_ids": self.doc_ids,
        }

    def allowed(self, articles: dict[str, Article]) -> set[str]:
        """Ids of the articles that pass; raises :class:`FilterError` on unknown values."""
        keep = set(articles)
        for name, values, attr in (("locality", self.locality, "locality"), ("level", self.level, "level")):
            if not values:
                continue
            known = sorted({getattr(a, attr) for a in articles.values() if getattr(a, attr)})
            known_keys = {_key(k) for k in known}
            wanted = {_key(v) for v in values}
            unknown = [v for v in values if _key(v) not in known_keys]
            if unknown:
                raise FilterError(f"unknown {name} {', '.join(repr(u) for u in unknown)}; known: {', '.join(known)}")
            keep &= {i for i, a in articles.items() if getattr(a, attr) and _key(getattr(a, attr)) in wanted}
        if self.doc_ids:
            unknown = [d for d in self.doc_ids if d not in articles]
            if unknown:
                sample = ", ".join(sorted(articles)[:10]) + (" ..." if len(articles) > 10 else "")
                raise FilterError(f"unknown article id {', '.join(repr(u) for u in unknown)}; known: {sample}")
            keep &= set(self.doc_ids)
        lo = parse_date_bound(self.date_from, field_name="from") if self.date_from else None
        hi = parse_date_bound(self.date_to, end=True, field_name="to") if self.date_to else None
        if lo and hi and lo > hi:
            raise FilterError(f"from {lo} is after to {hi}")
        if lo or hi:
            keep = {
                i for i in keep
                if articles[i].date and (not lo or articles[i].date >= lo) and (not hi or articles[i].date <= hi)
            }
        return keep
