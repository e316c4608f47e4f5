"""Turn one file into raw article text, robustly.

:func:`read_file` reads ``.txt``, ``.md``, ``.html``/``.htm``, ``.docx`` and
``.pdf`` files into a :class:`RawDoc`: the article text as written (one
paragraph or line per line, *not* normalized), plus the title, URL and
publication date when the format carries them. Anything that cannot be read
-- empty, binary, too large, corrupt, unsupported, unreadable -- raises
:class:`ReadError` with the path and a plain reason; no other exception escapes.

Text formats go through :func:`decode_bytes`, which detects the encoding:
byte-order marks, BOM-less UTF-16 (NUL-byte pattern), strict UTF-8, UTF-8 with
a few damaged bytes, an HTML ``<meta charset>``, legacy Windows-1258 Vietnamese
(decoded text is NFC-composed so it equals the UTF-8 version), then
charset-normalizer's best guess.

HTML bodies come from trafilatura (BeautifulSoup fallback); like the ``.txt``
corpus files, their text starts with the title line. DOCX and PDF text keeps
the document's own order (DOCX tables as ``cell | cell`` lines; PDF lines
wrapped inside a paragraph are rejoined).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "SUPPORTED",
    "MAX_FILE_BYTES",
    "ReadError",
    "RawDoc",
    "read_file",
    "iter_files",
    "decode_bytes",
]

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

_MIB = 1024 * 1024
_DEFAULT_MAX_MB = 10.0


def _limit_from_env(default_mb: float = _DEFAULT_MAX_MB) -> int:
    """``CCHC_MAX_FILE_MB`` (a positive number of MiB) in bytes, else the default."""
    raw = os.environ.get("CCHC_MAX_FILE_MB", "").strip()
    try:
        mb = float(raw) if raw else default_mb
    except ValueError:
        mb = default_mb
    if not mb > 0 or mb == float("inf"):
        mb = default_mb
    return int(mb * _MIB)


# Largest file accepted, checked with ``stat`` before anything is read.
# Why 10 MiB: a news article is small -- the largest of the 452 files in the
# development corpus (shared/corpus-dev) is ~49 KB of text, and a saved web page
# or a .docx/.pdf with a photo is typically 0.1-2 MiB -- so 10 MiB is ~50x the
# 200 KB an unusually long article might reach. Anything bigger is not one
# article (a log, a dump, a whole book); rejecting it up front bounds the memory
# and time of decoding, HTML parsing and, above all, Vietnamese word segmentation
# downstream, which is slow on megabytes of text. Override: CCHC_MAX_FILE_MB=50.
MAX_FILE_BYTES: int = _limit_from_env()


class ReadError(Exception):
    """A file that cannot be turned into text; ``str(e) == f"{path}: {reason}"``."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # keep it picklable (multiprocessing)
        return (type(self), (self.path, self.reason))


@dataclass
class RawDoc:
    """One file's article text as written, with what metadata the format carries."""

    path: str
    text: str  # one paragraph/line per line, "\n"-separated, NOT normalized
    title: str | None
    url: str | None
    published: str | None  # raw string from the page's metadata
    encoding: str | None  # detected encoding (text formats only)
    format: str  # "txt" | "md" | "html" | "docx" | "pdf"


# ---------------------------------------------------------------------------
# Finding files


def _skipped_name(name: str) -> bool:
    """Hidden files, Office lock files and READMEs are not articles."""
    low = name.lower()
    return name.startswith((".", "~$")) or low == "readme" or low.startswith("readme.")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders recursively (sorted) into supported files; keep explicit files as given.

    Inside folders, hidden files/folders (``.*``), ``README``/``readme.*`` and
    unsupported extensions are skipped. A path that is not a folder is yielded
    as is, even if missing or unsupported, so :func:`read_file` reports why.
    """
    seen: set[Path] = set()
    for given in paths:
        root = Path(given)
        if root.is_dir():
            found: list[Path] = []
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    if _skipped_name(name) or Path(name).suffix.lower() not in SUPPORTED:
                        continue
                    found.append(Path(dirpath) / name)
            candidates = sorted(found, key=lambda p: p.relative_to(root).parts)
        else:
            candidates = [root]
        for path in candidates:
            if path not in seen:
                seen.add(path)
                yield path


# ---------------------------------------------------------------------------
# Reading one file


def read_file(path: str | Path) -> RawDoc:
    """Read one file into a :class:`RawDoc`; raises :class:`ReadError` with a clear reason."""
    p = Path(path)
    name = str(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise ReadError(name, _os_reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(name, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(name, "not a regular file")
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        shown = f"'{ext}'" if ext else "(no extension)"
        raise ReadError(name, f"unsupported file type {shown} (supported: {', '.join(SUPPORTED)})")
    limit = MAX_FILE_BYTES
    if st.st_size > limit:
        raise ReadError(
            name,
            f"file too large: {_size(st.st_size)} exceeds the limit of {_size(limit)} "
            "(set CCHC_MAX_FILE_MB to change it)",
        )
    if st.st_size == 0:
        raise ReadError(name, "empty file")
    try:
        with open(p, "rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat
    except OSError as exc:
        raise ReadError(name, _os_reason(exc)) from None
    if len(data) > limit:
        raise ReadError(name, f"file too large: more than {_size(limit)} (set CCHC_MAX_FILE_MB to change it)")
    if not data.strip():
        raise ReadError(name, "empty file")
    try:
        doc = _PARSERS[ext](name, data)
    except ReadError as exc:
        raise ReadError(name, exc.reason) from None
    except MemoryError:
        raise ReadError(name, "out of memory while parsing") from None
    except Exception as exc:  # a parser surprise must become a ReadError
        raise ReadError(name, f"cannot parse {ext} file ({type(exc).__name__}: {exc})") from None
    if not doc.text.strip():
        raise ReadError(name, "empty file" if doc.format in ("txt", "md") else f"no text found in {ext} file")
    return doc


def _os_reason(exc: OSError) -> str:
    return exc.strerror or f"{type(exc).__name__}: {exc}"


def _size(n: int) -> str:
    return f"{n / _MIB:.1f} MiB ({n} bytes)"


def _tidy_lines(text: str) -> str:
    """Unify line ends to ``\\n`` and drop trailing spaces; the text is otherwise kept as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


# ---------------------------------------------------------------------------
# Encoding detection

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (  # signatures of common binary formats, for a clearer message
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls)"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"RIFF", "a RIFF media file"),
)
_BINARY = "binary file, not text"

# Vietnamese-only letters and the five tone marks (cp1258 stores them as combining characters)
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # not \t \n \v \f \r
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _garbage_ratio(text: str) -> float:
    """Share of characters no text has many of: control characters, unassigned/private-use code points."""
    if not text:
        return 0.0
    bad = len(_CONTROL.findall(text))
    bad += sum(1 for c in _NON_ASCII.findall(text) if unicodedata.category(c) in ("Cn", "Co", "Cs"))
    return bad / len(text)


def _binary_reason(data: bytes) -> str:
    """``binary file, not text``, naming the format when its signature is known."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"{_BINARY} (looks like {what})"
    return _BINARY


def _check_text(text: str) -> str:
    """``text``, unless it reads like decoded binary data."""
    if _garbage_ratio(text) > 0.01:
        raise ReadError("<bytes>", _BINARY)
    return text


def _sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes sit on one parity only, as in UTF-16 text."""
    n = len(data) - len(data) % 2
    if n < 4:
        return None
    half = n // 2
    even = data[0:n:2].count(0)
    odd = data[1:n:2].count(0)
    if odd >= 0.2 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.2 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a damaged or truncated file): the text with U+FFFD for them, else None.

    Legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences, so
    many valid ones and few errors mean UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if c > "\x7f") - text.count("\ufffd")
    return text if errors > 0 and multibyte >= 4 * errors else None


def _looks_vietnamese(text: str) -> bool:
    """Enough Vietnamese letters and tone marks among the letters of ``text``."""
    letters = len(_LETTER.findall(text))
    marks = len(_VIETNAMESE.findall(text))
    return letters > 0 and marks >= 1 and marks / letters >= 0.04


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError, ValueError):
        return None


def _compose(text: str, encoding: str) -> str:
    """cp1258 stores tone marks as combining characters: compose them (NFC)."""
    return unicodedata.normalize("NFC", text) if encoding == "cp1258" else text


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode text bytes, detecting the encoding; returns ``(text, encoding name)``.

    ``declared`` is an encoding the document names for itself (an HTML
    ``<meta charset>``); it is used when the bytes are not valid UTF-8.
    Raises :class:`ReadError` (path ``<bytes>``) for binary or undecodable data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")  # a damaged or truncated file keeps its text
            if text.count("\ufffd") > 0.01 * len(text) + 1:
                raise ReadError("<bytes>", f"starts with a {enc} byte-order mark but is not valid {enc}")
            return _check_text(text.lstrip("\ufeff")), enc
    if 0 in data and 0 not in data.rstrip(b"\0"):
        data = data.rstrip(b"\0")  # NUL padding after the text (a preallocated or badly truncated file)
    if 0 in data:
        enc16 = _sniff_utf16(data)
        if enc16 is None:
            raise ReadError("<bytes>", _binary_reason(data))
        try:
            text = data[: len(data) - len(data) % 2].decode(enc16)
        except UnicodeDecodeError:
            raise ReadError("<bytes>", _binary_reason(data)) from None
        return _check_text(text), enc16
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _binary_reason(data) != _BINARY:  # a known binary signature
        raise ReadError("<bytes>", _binary_reason(data))
    text = _mostly_utf8(data)
    if text is not None:
        return _check_text(text), "utf-8"
    if declared:
        enc = _codec_name(declared)
        if enc in ("latin-1", "iso8859-1", "ascii"):
            enc = "cp1252"  # as browsers do
        if enc and not enc.startswith(("utf-16", "utf-32", "utf-8")):
            try:
                return _check_text(_compose(data.decode(enc), enc)), enc
            except (UnicodeError, LookupError, ValueError):  # undecodable, or not a text codec (base64...)
                pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_vietnamese(text):
        return _check_text(_compose(text, "cp1258")), "cp1258"
    try:
        from charset_normalizer import from_bytes

        results = from_bytes(data)
        best = results.best()
    except Exception:  # a detector failure is "cannot detect", not a crash
        results, best = [], None
    if best is None or best.encoding is None:
        raise ReadError("<bytes>", "cannot detect the text encoding")
    for match in results:  # among near-ties, prefer the common Western code page to e.g. Baltic cp1257
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.1 and match.coherence >= best.coherence - 0.05:
            best = match
            break
    enc = _codec_name(best.encoding) or best.encoding
    return _check_text(_compose(str(best), enc)), enc


# ---------------------------------------------------------------------------
# Plain text and Markdown


def _read_txt(path: str, data: bytes) -> RawDoc:
    text, enc = decode_bytes(data)
    return RawDoc(path, _tidy_lines(text), None, None, None, enc, "txt")


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"`([^`]+)`"),
)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _strip_inline_md(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
    for pattern in _MD_EMPHASIS:
        line = pattern.sub(r"\1", line)
    line = re.sub(r"<(https?://[^>\s]+)>", r"\1", line)  # autolinks
    return _MD_ESCAPE.sub(r"\1", line)


def _read_md(path: str, data: bytes) -> RawDoc:
    text, enc = decode_bytes(data)
    lines = _tidy_lines(text).split("\n")
    title: str | None = None
    front_title: str | None = None
    if lines and lines[0].strip() == "---":  # YAML front matter
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                for meta in lines[1:i]:
                    key, _, value = meta.partition(":")
                    if key.strip().lower() == "title" and value.strip():
                        front_title = value.strip().strip("\"'")
                lines = lines[i + 1 :]
                break
    out: list[str] = []
    for line in lines:
        if _MD_FENCE.match(line) or _MD_REFDEF.match(line) or _MD_TABLE_RULE.match(line):
            continue
        if _MD_RULE.match(line):
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            line = _strip_inline_md(heading.group(2))
            if title is None and len(heading.group(1)) == 1 and line.strip():
                title = line.strip()
            out.append(line)
            continue
        line = _MD_QUOTE.sub("", line)
        line = _MD_BULLET.sub(r"\1", line)
        line = _strip_inline_md(line)
        out.append(line.rstrip())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return RawDoc(path, body, title or front_title, None, None, enc, "md")


# ---------------------------------------------------------------------------
# HTML

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
_DROP_TAGS = tuple(
    "script style noscript template nav header footer aside form iframe svg canvas button select input "
    "textarea object embed".split()
)
_BLOCK_TAGS = tuple(
    "p div li h1 h2 h3 h4 h5 h6 tr blockquote pre figcaption caption dd dt td th section article br table ul ol "
    "figure address".split()
)


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _clean_line(s: str) -> str:
    return re.sub(r"[ \t\u00a0\u200b]+", " ", s).strip()


def _html_metadata(soup) -> tuple[str | None, str | None, str | None]:
    """(title, URL, published) from the page: og:title/h1/<title>, canonical/og:url, article:published_time..."""
    metas: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        value = tag.get("content") or tag.get("datetime")
        if not isinstance(value, str) or not value.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = tag.get(attr)
            if isinstance(key, str):
                metas.setdefault(key.strip().lower(), value.strip())

    def meta(*keys: str) -> str | None:
        return next((metas[k] for k in keys if k in metas), None)

    title = meta("og:title", "twitter:title", "dc.title")
    if not title:
        page_title = _clean_line(soup.title.get_text(" ")) if soup.title else ""
        h1s = [t for t in (_clean_line(h.get_text(" ")) for h in soup.find_all("h1")) if t]
        # a site logo is often an h1 too: prefer the (longest) h1 the <title> repeats, else a lone h1
        title = max((h for h in h1s if h in page_title), key=len, default=None) or (h1s[0] if len(h1s) == 1 else None)
        if not title and page_title:
            parts = [p.strip() for p in re.split(r"\s+[-|–—»:]\s+", page_title) if p.strip()]
            title = max(parts, key=len) if parts else page_title  # "Bài viết - Tên cổng thông tin"
    url = None
    for link in soup.find_all("link"):
        rel = link.get("rel") or []
        rels = rel.split() if isinstance(rel, str) else rel
        href = link.get("href")
        if "canonical" in [r.lower() for r in rels] and isinstance(href, str) and href.strip():
            url = href.strip()
            break
    url = url or meta("og:url")
    published = meta(*_PUBLISHED_KEYS)
    if not published:
        tag = soup.find(attrs={"itemprop": re.compile(r"^datePublished$", re.I)})
        if tag is not None:
            value = tag.get("datetime") or tag.get("content") or tag.get_text(" ")
            published = value.strip() if isinstance(value, str) and value.strip() else None
    return title or None, url, published


def _soup_text(soup) -> str:
    """Fallback extraction: drop page chrome, take <article>, <main> or the densest block, one block per line."""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    container = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"})
    if container is None:
        best, best_len = None, 0
        for p in soup.find_all("p"):
            parent = p.parent
            if parent is None:
                continue
            size = sum(len(c.get_text(strip=True)) for c in parent.find_all("p", recursive=False))
            if size > best_len:
                best, best_len = parent, size
        container = best if best is not None and best_len >= 200 else (soup.body or soup)
    for br in container.find_all("br"):
        br.replace_with("\n")
    for block in container.find_all(_BLOCK_TAGS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = (_clean_line(line) for line in container.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def _trafilatura_text(html: str) -> tuple[str, str | None]:
    """Article body and title by trafilatura; ``("", None)`` when it finds nothing or is unavailable."""
    try:
        import trafilatura
    except Exception:  # not installed or broken: the BeautifulSoup fallback takes over
        return "", None
    for precise in (True, False):
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=precise,
            favor_recall=not precise,
        )
        text = getattr(doc, "text", None) or ""
        if text.strip():
            return text, getattr(doc, "title", None)
    return "", None


def _untable(line: str) -> str:
    """trafilatura writes table rows as ``| a | b |``: keep ``a | b`` (like .docx tables), drop empty cells."""
    if len(line) > 1 and line.startswith("|") and line.endswith("|"):
        cells = [cell.strip() for cell in line[1:-1].split("|")]
        return " | ".join(cell for cell in cells if cell)
    return line


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_REPAIR_BLOCKS = frozenset("p div table ul ol dl h1 h2 h3 h4 h5 h6 blockquote section article pre figure form".split())
_REPAIR_INLINE = frozenset("p b i em strong span a font u small big label".split())


def _repair_html(html: str) -> str:
    """Undo a parser artifact of malformed HTML: blocks nested in a ``<p>``/``<b>``/... that was never closed.

    lxml nests ``<p><b>one<div><p>two`` as ``p > b > div > p``, and extractors
    then merge the paragraphs into one line; the inline element becomes a
    ``<div>`` whose own leading text gets its own ``<p>``.
    """
    import lxml.html

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # empty or unparseable: let the extractors try the text as is
        return html

    def has_block(el) -> bool:
        return any(isinstance(d.tag, str) and d.tag in _REPAIR_BLOCKS for d in el.iterdescendants())

    changed = False
    for el in list(root.iter()):
        if not (isinstance(el.tag, str) and el.tag in _REPAIR_INLINE and has_block(el)):
            continue
        changed = True
        el.tag = "div"
        lead = lxml.html.Element("p")
        lead.text, el.text = el.text, None
        for child in list(el):
            if (isinstance(child.tag, str) and child.tag in _REPAIR_BLOCKS) or has_block(child):
                break
            lead.append(child)  # moves the child with its tail text
        if (lead.text and lead.text.strip()) or len(lead):
            el.insert(0, lead)
    return lxml.html.tostring(root, encoding="unicode") if changed else html


def _read_html(path: str, data: bytes) -> RawDoc:
    from bs4 import BeautifulSoup

    text, enc = decode_bytes(data, declared=_declared_charset(data))
    text = _XML_INVALID.sub("", text)  # stray control characters: lxml refuses them
    try:
        text = _repair_html(text)
    except Exception:  # the repair is a nicety; extraction goes on without it
        pass
    soup = BeautifulSoup(text, "lxml")
    title, url, published = _html_metadata(soup)
    try:
        body, t_title = _trafilatura_text(text)
    except Exception:  # trafilatura choked: fall back
        body, t_title = "", None
    title = _clean_line(t_title) if t_title and t_title.strip() else title
    if not body.strip():
        body = _soup_text(soup)
    lines = [_clean_line(line) for line in _tidy_lines(body).split("\n")]
    lines = [_untable(line) for line in lines if line]
    lines = [line for line in lines if line]
    if not lines:
        raise ReadError(path, "no article text found in HTML")
    if title and _clean_line(title) not in lines[0]:
        lines.insert(0, _clean_line(title))  # like the .txt corpus: title on the first line
    return RawDoc(path, "\n".join(lines), title, url, published, enc, "html")


# ---------------------------------------------------------------------------
# DOCX


def _read_docx(path: str, data: bytes) -> RawDoc:
    import io

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(path, "not a valid .docx file (it is a legacy Word .doc; save it as .docx)")
    bio = io.BytesIO(data)
    if not zipfile.is_zipfile(bio):
        raise ReadError(path, "not a valid .docx file (not a ZIP package)")
    try:
        with zipfile.ZipFile(bio) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
            if "word/document.xml" not in zf.namelist():
                raise ReadError(path, "not a valid .docx file (no word/document.xml)")
    except zipfile.BadZipFile as exc:
        raise ReadError(path, f"not a valid .docx file ({exc})") from None
    if unpacked > 20 * MAX_FILE_BYTES:
        raise ReadError(path, f"not a valid .docx file (unpacks to {_size(unpacked)}, a ZIP bomb?)")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__}: {exc})") from None

    lines: list[str] = []
    heading: str | None = None

    def style_name(par: Paragraph) -> str:
        try:
            return (par.style.name or "") if par.style is not None else ""
        except Exception:
            return ""

    def walk_table(table: Table) -> None:
        for row in table.rows:
            cells: list[str] = []
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell repeats
                    continue
                seen.add(id(cell._tc))
                cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
                for inner in cell.tables:
                    walk_table(inner)
            if any(cells):
                lines.append(" | ".join(cells))

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            line = block.text.rstrip()
            if heading is None and line.strip() and style_name(block).lower().startswith(("title", "heading")):
                heading = line.strip()
            lines.append(line)
        elif isinstance(block, Table):
            walk_table(block)
    try:
        core_title = (document.core_properties.title or "").strip()
    except Exception:
        core_title = ""
    body = re.sub(r"\n{3,}", "\n\n", _tidy_lines("\n".join(lines)))
    return RawDoc(path, body, core_title or heading, None, None, None, "docx")


# ---------------------------------------------------------------------------
# PDF

_SENTENCE_END = tuple('.!?:;…"”’)]»')
_SPLIT_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,}-$")  # an unaccented word broken by a hyphen
_ASCII_WORD = re.compile(r"[a-z]+\b")
_FILE_NAME_TITLE = re.compile(r"^Microsoft (Word|PowerPoint) - |\.(docx?|pdf|odt|rtf|txt)$", re.I)


def _join_pdf_lines(page: str) -> list[str]:
    """Rejoin the wrapped lines of one page's paragraphs.

    A line that does not end a sentence is joined with the next one when that
    starts in lower case, or when it is itself full (near the page's longest
    line: a wrapped line of a paragraph, not a short heading).
    """
    lines = [_clean_line(raw) for raw in _tidy_lines(page).split("\n")]
    full = 0.8 * max((len(line) for line in lines), default=0)
    out: list[str] = []
    joinable = False
    for line in lines:
        if not line:
            joinable = False
            continue
        if joinable and out and (line[0].islower() or len(out[-1]) >= full):
            prev = out[-1]
            if _SPLIT_WORD.search(prev) and _ASCII_WORD.match(line):
                out[-1] = prev[:-1] + line  # "adminis-" + "tration"
            elif len(prev) > 1 and prev.endswith("-") and prev[-2].isalnum():
                out[-1] = prev + line  # "kinh tế-" + "xã hội", "Covid-" + "19": a real hyphen
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
        joinable = not out[-1].endswith(_SENTENCE_END)
    return out


def _read_pdf(path: str, data: bytes) -> RawDoc:
    import io
    import logging

    if b"%PDF-" not in data[:1024]:
        raise ReadError(path, "not a valid PDF file (no %PDF header)")
    from pypdf import PdfReader

    log = logging.getLogger("pypdf")
    if log.level == logging.NOTSET:  # unless the application chose: its warnings about sloppy files are noise
        log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise ReadError(path, "PDF is encrypted (password required)")
        pages = list(reader.pages)
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(path, f"not a valid PDF file ({type(exc).__name__}: {exc})") from None
    lines: list[str] = []
    errors: list[str] = []
    for page in pages:
        try:
            lines.extend(_join_pdf_lines(page.extract_text() or ""))
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    if not lines:
        if errors:
            raise ReadError(path, f"cannot extract text from PDF ({errors[0]})")
        raise ReadError(path, "PDF has no extractable text (scanned image?)")
    title = None
    try:
        meta = reader.metadata
        title = (meta.title or "").strip() if meta is not None else ""
    except Exception:
        title = ""
    if title and _FILE_NAME_TITLE.search(title):
        title = ""  # "Microsoft Word - baiviet.docx": a file name, not a title
    return RawDoc(path, "\n".join(lines), title or None, None, None, None, "pdf")


_PARSERS = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
