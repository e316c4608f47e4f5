"""Optional answer writer behind an OpenAI-compatible chat endpoint (Ollama, llama.cpp server, vLLM).

Off by default. Configure it with :class:`LLMConfig` or the environment:
``CCHC_LLM_URL`` (e.g. ``http://127.0.0.1:11434/v1``), ``CCHC_LLM_MODEL`` and
optionally ``CCHC_LLM_API_KEY``. The prompt numbers the retrieved passages and
asks for a short answer taken only from them, citing them as ``[1]``; the
cited numbers become :class:`qa.records.Source` records. When the endpoint
fails, times out, or cites no valid passage, the extractive answer is returned
unchanged except for a ``warning``. Only the standard library is used.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, replace

from .records import MAX_ANSWER_CHARS, Answer, Source

__all__ = ["LLMConfig", "LLMError", "build_messages", "chat", "parse_citations", "llm_answer", "NOT_FOUND"]

NOT_FOUND = "KHÔNG TÌM THẤY"
_SYSTEM = (
    "Bạn là trợ lý trả lời câu hỏi cho cán bộ, công chức về cải cách hành chính. "
    "Chỉ dùng thông tin trong các đoạn văn được đánh số dưới đây; không dùng kiến thức bên ngoài. "
    "Trả lời ngắn gọn bằng tiếng Việt (một cụm từ hoặc một mệnh đề, dưới 200 ký tự), "
    "trích nguyên văn con số, tên riêng như trong đoạn văn, và ghi số đoạn văn làm nguồn dạng [1] hoặc [1][3]. "
    f"Nếu các đoạn văn không chứa câu trả lời, chỉ trả lời đúng: {NOT_FOUND}"
)


class LLMError(RuntimeError):
    """The endpoint could not be used (network error, HTTP error, malformed reply)."""


@dataclass(frozen=True)
class LLMConfig:
    """Where and how to call the chat endpoint."""

    url: str
    model: str
    api_key: str | None = None
    timeout: float = 30.0
    max_passages: int = 6
    temperature: float = 0.0

    @classmethod
    def from_env(cls, env=None) -> LLMConfig | None:
        """The configuration from ``CCHC_LLM_URL``/``CCHC_LLM_MODEL``/``CCHC_LLM_API_KEY``; ``None`` when unset."""
        env = os.environ if env is None else env
        url, model = env.get("CCHC_LLM_URL", "").strip(), env.get("CCHC_LLM_MODEL", "").strip()
        if not url or not model:
            return None
        timeout = float(env.get("CCHC_LLM_TIMEOUT", "30") or 30)
        return cls(url=url, model=model, api_key=env.get("CCHC_LLM_API_KEY") or None, timeout=timeout)

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else f"{base}/chat/completions"


def build_messages(question: str, passages: list[str]) -> list[dict]:
    """The chat messages: the rules, then the numbered passages and the question."""
    numbered = "\n\n".join(f"[{i}] {p}" for i, p in enumerate(passages, start=1))
    user = f"Các đoạn văn:\n\n{numbered}\n\nCâu hỏi: {question}\nTrả lời (kèm nguồn [số]):"
    return [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": user}]


def chat(config: LLMConfig, messages: list[dict]) -> str:
    """POST ``messages`` to the endpoint and return the first choice's content."""
    body = json.dumps(
        {"model": config.model, "messages": messages, "temperature": config.temperature, "stream": False}
    ).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    request = urllib.request.Request(config.endpoint, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout) as response:
            payload = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise LLMError(f"LLM endpoint {config.endpoint} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise LLMError(f"LLM endpoint {config.endpoint} unreachable: {exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LLMError(f"LLM endpoint {config.endpoint} sent no JSON: {exc}") from None
    try:
        return str(payload["choices"][0]["message"]["content"])
    except (KeyError, IndexError, TypeError):
        raise LLMError(f"LLM endpoint {config.endpoint} sent no choices[0].message.content") from None


_CITE = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def parse_citations(text: str, n_passages: int) -> list[int]:
    """Valid passage numbers cited as "[2]", "[1][3]" or "[1, 3]" in ``text`` (1-based, in order, unique)."""
    out: list[int] = []
    for m in _CITE.finditer(text):
        for part in re.split(r"\s*[,;]\s*", m.group(1)):
            i = int(part)
            if 1 <= i <= n_passages and i not in out:
                out.append(i)
    return out


def _clean(text: str) -> str:
    text = _CITE.sub("", text)
    text = re.sub(r"^\s*(?:trả lời|answer)\s*:\s*", "", text.strip(), flags=re.IGNORECASE)
    text = " ".join(text.split()).strip(" .")
    return text if len(text) < MAX_ANSWER_CHARS else text[: MAX_ANSWER_CHARS - 2].rstrip(" ,;") + "…"


def _fallback(extractive: Answer, warning: str) -> Answer:
    return replace(extractive, warning=warning, method="extractive")


def llm_answer(config: LLMConfig, question: str, hits, articles: dict, extractive: Answer) -> Answer:
    """Ask the endpoint over the retrieved ``hits``; the extractive answer (with a warning) when it fails."""
    hits = list(hits)[: config.max_passages]
    if not hits:
        return _fallback(extractive, "llm: no passage to send")
    passages = [articles[h.doc_id].original[h.chunk.start : h.chunk.end] for h in hits]
    try:
        reply = chat(config, build_messages(question, passages))
    except LLMError as exc:
        return _fallback(extractive, f"llm failed, extractive answer used: {exc}")
    cited = parse_citations(reply, len(passages))
    text = _clean(reply)
    if NOT_FOUND.lower() in reply.lower() or not cited or not text:
        return _fallback(extractive, "llm cited no passage, extractive answer used")
    sources = []
    for i in cited:
        h = hits[i - 1]
        article = articles[h.doc_id]
        passage = passages[i - 1]
        at = passage.find(text)
        start, end = (h.chunk.start + at, h.chunk.start + at + len(text)) if at >= 0 else (h.chunk.start, h.chunk.end)
        sources.append(
            Source(
                doc_id=h.doc_id,
                title=article.title,
                locality=article.locality,
                date=article.date,
                quote=passage,
                start=start,
                end=end,
                sentence_start=h.chunk.start,
                sentence_end=h.chunk.end,
                score=h.score,
            )
        )
    return Answer(
        question=question,
        answer=text,
        type=extractive.type,
        sources=sources,
        related=extractive.related,
        abstained=False,
        confidence=extractive.confidence,
        method="llm",
        items=[],
        debug={"llm_reply": reply, "extractive": extractive.answer},
    )
