"""The optional LLM writer against FakeChatEndpoint: a FAKE OpenAI-compatible server on
loopback standing in for an external LLM service, which cannot exist here. It returns canned
replies; what is tested is our handling of them (citations kept, dropped, fallbacks)."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.llm import LLMWriter


class FakeChatEndpoint:
    """FAKE: answers POST /v1/chat/completions with `reply` (or a status / a delay)."""

    def __init__(self) -> None:
        self.reply = ""
        self.status = 200
        self.delay = 0.0
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's name)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append({"path": self.path, "body": body,
                                      "auth": self.headers.get("Authorization")})
                time.sleep(fake.delay)
                payload = json.dumps({"choices": [{"message": {"role": "assistant",
                                                               "content": fake.reply}}]})
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/v1"


@pytest.fixture(scope="module")
def fake():
    endpoint = FakeChatEndpoint()
    yield endpoint
    endpoint.server.shutdown()


@pytest.fixture(scope="module")
def extractive(assistant):
    answer = assistant.ask("各单位的整改工作领导小组分别由谁担任组长?")
    assert len(answer.citations) >= 3
    return answer


def _writer(fake, timeout: float = 5.0) -> LLMWriter:
    return LLMWriter(fake.url, "fake-model", "secret", timeout=timeout)


def test_from_env(monkeypatch):
    monkeypatch.delenv("NOTICES_LLM_BASE_URL", raising=False)
    assert LLMWriter.from_env() is None
    monkeypatch.setenv("NOTICES_LLM_BASE_URL", "http://127.0.0.1:9/v1/")
    monkeypatch.setenv("NOTICES_LLM_MODEL", "m")
    assert LLMWriter.from_env() == LLMWriter("http://127.0.0.1:9/v1", "m", "")


def test_sentences_without_valid_citations_are_dropped(fake, extractive):
    fake.status, fake.delay = 200, 0.0
    fake.reply = ("济南市应急管理局由刘动任组长[1]。浙江省应急管理厅由厅长任组长[2]。"
                  "各地都很重视。东莞另有安排[99]。")
    answer = _writer(fake).rewrite(extractive)
    assert answer.writer == "llm"
    assert answer.text == "济南市应急管理局由刘动任组长[1]。浙江省应急管理厅由厅长任组长[2]。"
    assert [c.n for c in answer.citations] == [1, 2]
    request = fake.requests[-1]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer secret"
    prompt = request["body"]["messages"][1]["content"]
    assert all(f"[{c.n}]" in prompt and c.quote in prompt for c in extractive.citations)


@pytest.mark.parametrize("status, reply, delay", [
    (500, "服务器错误", 0.0),  # HTTP error
    (200, "没有任何出处的一句话。", 0.0),  # nothing cited: nothing kept
    (200, "", 0.0),  # empty output
    (200, "由刘动任组长[1]。", 2.0),  # slower than the time-out
])
def test_failures_fall_back_to_the_extractive_answer(fake, extractive, status, reply, delay):
    fake.status, fake.reply, fake.delay = status, reply, delay
    answer = _writer(fake, timeout=0.5).rewrite(extractive)
    assert answer is extractive and answer.writer == "extractive"


def test_malformed_json_falls_back(extractive):
    class Broken(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{not json")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        writer = LLMWriter(f"http://127.0.0.1:{server.server_port}", "m")
        assert writer.rewrite(extractive) is extractive
    finally:
        server.shutdown()
