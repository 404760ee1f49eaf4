"""Issue 17: GET /ledger and GET /ledger/summary on a real uvicorn server over the session's
real index: the same items as the assistant (and the CLI), every filter, the files, Chinese
422s, and the OpenAPI description."""
from __future__ import annotations

import csv
import io

import httpx
import pytest

from corpus.ledger import STATUSES
from live_server import server_thread

JINAN = "000_b11a1ea20a8bf83a"


@pytest.fixture(scope="module")
def url(assistant):
    with server_thread(assistant) as address:
        yield address


def get(url: str, path: str, **params) -> httpx.Response:
    return httpx.get(f"{url}{path}", params=params, timeout=60)


def test_ledger_is_the_assistants_items_in_the_public_schema(url, assistant):
    response = get(url, "/ledger")
    assert response.status_code == 200
    assert response.json() == [item.to_dict() for item in assistant.ledger()]
    documents = {d["doc_id"] for d in get(url, "/documents").json()["documents"]}
    assert {item["doc_id"] for item in response.json()} <= documents


def test_filters_as_query_parameters(url, assistant):
    from assistant.service import LedgerQuery

    items = get(url, "/ledger", agency=["济南", "东莞"], status=["长期坚持", "推进中"]).json()
    assert items == [i.to_dict() for i in assistant.ledger(LedgerQuery(
        agencies=("济南", "东莞"), statuses=("长期坚持", "推进中")))]
    assert {i["agency"] for i in items} <= {"济南市应急管理局", "东莞市应急管理局"}
    assert ("济南市应急管理局", "长期坚持") in {(i["agency"], i["status"]) for i in items}
    assert {i["status"] for i in items} <= {"长期坚持", "推进中"}
    expected = assistant.ledger(LedgerQuery(lead="人事处", due_before="2020-12-31"))
    assert get(url, "/ledger", lead="人事处", due_before="2020-12-31").json() == \
        [i.to_dict() for i in expected] and expected
    only = get(url, "/ledger", doc_id=JINAN, section="组织").json()
    assert only and all(i["doc_id"] == JINAN for i in only)
    branches = get(url, "/ledger", text="党支部").json()
    assert branches and all("党支部" in i["problem"]["text"] + "".join(
        m["text"] for m in i["measures"]) for i in branches)


def test_summary_per_notice(url):
    rows = get(url, "/ledger/summary").json()
    jinan = next(r for r in rows if r["doc_id"] == JINAN)
    assert list(jinan["counts"]) == list(STATUSES) and jinan["total"] == 26
    assert jinan["stated"] == {"总数": 26, "完成": 9, "阶段性成效": 13, "长期坚持": 4}
    assert jinan["agrees"] is True and jinan["differences"] == []
    assert all(t["quote"]["text"] for t in jinan["stated_totals"])
    assert [r["agency"] for r in get(url, "/ledger/summary", agency="济宁").json()] == \
        ["济宁市应急管理局"]


def test_files(url):
    from docx import Document
    from openpyxl import load_workbook

    response = get(url, "/ledger", agency="济南", format="csv")
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    assert response.headers["content-type"].startswith("text/csv")
    assert len(list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))) == 27
    response = get(url, "/ledger", format="xlsx")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "汇总" and "济南市应急管理局" in book.sheetnames
    response = get(url, "/ledger", agency="济南", format="docx")
    assert len(Document(io.BytesIO(response.content)).tables) == 2
    assert "attachment" in response.headers["content-disposition"]


@pytest.mark.parametrize("params, words", [
    ({"status": "完毕"}, "status"),
    ({"due_before": "2021/12/31"}, "年-月-日"),
    ({"due_before": "2021-02-30"}, "年-月-日"),
    ({"format": "pdf"}, "format"),
    ({"lead": "处" * 201}, "lead 过长"),
])
def test_invalid_filters_are_422_in_chinese(url, params, words):
    response = get(url, "/ledger", **params)
    assert response.status_code == 422
    assert words in response.json()["detail"] and "请求无效" in response.json()["detail"]


def test_openapi_documents_the_routes(url):
    spec = get(url, "/openapi.json").json()
    route = spec["paths"]["/ledger"]["get"]
    assert {p["name"] for p in route["parameters"]} == {
        "agency", "doc_id", "status", "lead", "due_before", "section", "text", "format"}
    content = route["responses"]["200"]["content"]
    assert "text/csv" in content and content["application/json"]["schema"]["items"]["$ref"] \
        .endswith("LedgerItemOut")
    item = spec["components"]["schemas"]["LedgerItemOut"]["properties"]
    assert list(item) == ["doc_id", "agency", "section", "problem", "measures", "status",
                          "status_quote", "deadline", "lead", "leaders", "helpers", "of_problem"]
    assert "/ledger/summary" in spec["paths"]
