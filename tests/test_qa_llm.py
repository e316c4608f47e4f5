"""The optional LLM writer against a tiny fake OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from index import Index, build_index
from qa import Answerer, ask
from qa.llm import LLMConfig, build_messages, parse_citations


class _Handler(BaseHTTPRequestHandler):
    reply: str = ""
    status: int = 200
    requests: list = []

    def do_POST(self):  # noqa: N802 (http.server naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
        type(self).requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        if self.status != 200:
            self.send_response(self.status)
            self.end_headers()
            self.wfile.write(b'{"error": "boom"}')
            return
        payload = {"choices": [{"message": {"role": "assistant", "content": type(self).reply}}]}
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture()
def fake_llm():
    handler = type("Handler", (_Handler,), {"reply": "", "status": 200, "requests": []})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory, corpus_dir) -> Index:
    path = tmp_path_factory.mktemp("qa-llm") / "idx"
    build_index(corpus_dir, path, embedder="fake")
    return Index.load(path)


QUESTION = "Chỉ số CCHC của huyện Tân Hồng đạt bao nhiêu điểm?"


def test_llm_answer_with_citations(seed_index, fake_llm):
    handler, url = fake_llm
    handler.reply = "Đạt 69,45 điểm [1]."
    config = LLMConfig(url=url, model="test-model", api_key="secret", timeout=5)
    answer = Answerer(seed_index, llm=config).ask(QUESTION)
    assert answer.method == "llm"
    assert answer.answer == "Đạt 69,45 điểm"
    assert answer.sources and answer.sources[0].doc_id == "003_ba0de5968535af2d"
    src = answer.sources[0]
    assert seed_index.articles[src.doc_id].original[src.sentence_start : src.sentence_end] == src.quote
    request = handler.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "test-model"
    assert request["auth"] == "Bearer secret"
    prompt = request["body"]["messages"][-1]["content"]
    assert "[1]" in prompt and QUESTION in prompt


def test_llm_server_error_falls_back(seed_index, fake_llm):
    handler, url = fake_llm
    handler.status = 500
    answer = ask(seed_index, QUESTION, llm=LLMConfig(url=url, model="m", timeout=5))
    assert answer.method == "extractive"
    assert answer.answer.startswith("69,45")
    assert "500" in answer.warning
    assert answer.to_json()["warning"]


def test_llm_connection_refused_falls_back(seed_index):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    answer = ask(seed_index, QUESTION, llm=LLMConfig(url=f"http://127.0.0.1:{port}/v1", model="m", timeout=2))
    assert answer.method == "extractive"
    assert answer.answer.startswith("69,45")
    assert "unreachable" in answer.warning


def test_llm_without_valid_citation_falls_back(seed_index, fake_llm):
    handler, url = fake_llm
    handler.reply = "69,45 điểm [42]"
    answer = ask(seed_index, QUESTION, llm=LLMConfig(url=url, model="m", timeout=5))
    assert answer.method == "extractive" and "cited no passage" in answer.warning


def test_parse_citations_and_prompt():
    assert parse_citations("A [2] và B [1][3], lại [2], [1, 4]", 3) == [2, 1, 3]
    messages = build_messages("Hỏi?", ["đoạn một", "đoạn hai"])
    assert messages[0]["role"] == "system" and "[1] đoạn một" in messages[1]["content"]


def test_config_from_env():
    assert LLMConfig.from_env({}) is None
    config = LLMConfig.from_env({"CCHC_LLM_URL": "http://x:1/v1/", "CCHC_LLM_MODEL": "llama", "CCHC_LLM_API_KEY": "k"})
    assert config.endpoint == "http://x:1/v1/chat/completions" and config.api_key == "k"
    assert LLMConfig(url="http://x/v1/chat/completions", model="m").endpoint == "http://x/v1/chat/completions"
