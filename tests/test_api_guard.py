"""Writes through the HTTP API need the maintainer token; without it nothing changes. CORS is
closed. The real app, served by uvicorn on loopback."""
from __future__ import annotations

import httpx
import pytest

from index.storage import store
from index.builder import update_index
from live_server import server_thread

TOKEN = "s3cret-maintainer-token"
NOTICE = "甲市应急管理局关于值班工作的通知\n一、值班安排\n实行24小时值班。\n甲市应急管理局\n"
UPLOAD = "乙县应急管理局关于防汛工作的通知\n一、防汛准备\n汛前完成物资储备检查。\n乙县应急管理局\n"


@pytest.fixture(scope="module")
def served(tmp_path_factory, embedder):
    from assistant.service import Assistant

    folder = tmp_path_factory.mktemp("guard")
    (folder / "a.txt").write_text(NOTICE, encoding="utf-8")
    root = folder / "index"
    update_index(root, add=[folder / "a.txt"], sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    with server_thread(Assistant.open(root, embedder=embedder, llm=False)) as url:
        yield url, root


def upload(url: str, headers: dict) -> httpx.Response:
    files = {"file": ("b.txt", UPLOAD.encode("utf-8"), "text/plain")}
    return httpx.post(f"{url}/index/documents", files=files, headers=headers, timeout=120)


@pytest.mark.parametrize("configured, headers, status", [
    (False, {"Authorization": f"Bearer {TOKEN}"}, 403),  # no token configured: writes off
    (True, {}, 401),
    (True, {"Authorization": "Bearer wrong"}, 401),
    (True, {"Authorization": f"Bearer {TOKEN}x"}, 401),
    (True, {"Authorization": TOKEN[:-1]}, 401),
])
def test_writes_without_the_token_change_nothing(served, monkeypatch, configured, headers,
                                                 status):
    url, root = served
    if configured:
        monkeypatch.setenv("NOTICES_API_TOKEN", TOKEN)
    else:
        monkeypatch.delenv("NOTICES_API_TOKEN", raising=False)
    live = store.current_name(root)
    assert upload(url, headers).status_code == status
    assert httpx.delete(f"{url}/index/documents/a", headers=headers).status_code == status
    assert store.current_name(root) == live
    assert [d["doc_id"] for d in httpx.get(f"{url}/documents").json()["documents"]] == ["a"]


def test_the_token_allows_upload_and_delete(served, monkeypatch):
    url, root = served
    monkeypatch.setenv("NOTICES_API_TOKEN", TOKEN)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = upload(url, headers)
    assert response.status_code == 200 and response.json()["outcomes"][0]["status"] == "added"
    assert {d["doc_id"] for d in httpx.get(f"{url}/documents").json()["documents"]} == {"a", "b"}
    assert httpx.delete(f"{url}/index/documents/b", headers=headers).status_code == 200
    assert [d["doc_id"] for d in httpx.get(f"{url}/documents").json()["documents"]] == ["a"]


def test_cors_is_closed_by_default(served):
    url, _ = served
    origin = {"Origin": "https://evil.example"}
    preflight = httpx.options(f"{url}/search", headers=origin | {
        "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert "access-control-allow-origin" not in preflight.headers
    response = httpx.post(f"{url}/search", json={"question": "值班"}, headers=origin, timeout=60)
    assert response.status_code == 200 and "access-control-allow-origin" not in response.headers


def test_token_is_compared_in_constant_time():
    """The comparison is hmac.compare_digest (timing cannot be asserted on a shared machine)."""
    import inspect

    from ui.api import app

    assert "hmac.compare_digest" in inspect.getsource(app._maintainer)
