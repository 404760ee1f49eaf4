"""Issue 17: `notices ledger` on the session's real index: the table, --json in exactly the
item schema, --csv with a BOM, --xlsx and --docx opened back, --summary beside the notices'
stated totals, Chinese usage errors with exit code 2; `index status` shows the self-check."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from ui.cli.main import main
from corpus.ledger import STATUSES
from index.storage import store
from index.search.loaded import LoadedIndex

JINAN = "000_b11a1ea20a8bf83a"
ITEM_KEYS = ["doc_id", "agency", "section", "problem", "measures", "status", "status_quote",
             "deadline", "lead", "leaders", "helpers", "of_problem"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def view(seed_index):
    return LoadedIndex.open(seed_index).ledger


def test_json_is_exactly_the_item_schema_with_exact_spans(capsys, seed_index, view):
    code, out, _ = run(capsys, "ledger", "--json", "--index-dir", str(seed_index))
    items = json.loads(out)
    assert code == 0 and len(items) == len(view.items())
    texts = {}
    for item in items:
        assert list(item) == ITEM_KEYS
        assert item["status"] in STATUSES
        if item["doc_id"] not in texts:  # doc_id as GET /documents names it
            texts[item["doc_id"]] = store.read_notice(store.current_generation(seed_index),
                                                      item["doc_id"]).text
        text = texts[item["doc_id"]]
        spans = [*item["section"], item["problem"], *item["measures"], *item["lead"],
                 *item["leaders"], *item["helpers"],
                 *(s for s in (item["status_quote"], item["deadline"]) if s)]
        assert all(text[s["start"]:s["end"]] == s["text"] and list(s) == ["text", "start", "end"]
                   for s in spans)


def test_filters_combine(capsys, seed_index):
    code, out, _ = run(capsys, "ledger", "--json", "--agency", "济南", "--status", "长期坚持",
                       "--index-dir", str(seed_index))
    items = json.loads(out)
    assert code == 0 and len(items) == 4
    assert {(i["doc_id"], i["status"]) for i in items} == {(JINAN, "长期坚持")}
    code, out, _ = run(capsys, "ledger", "--json", "--lead", "人事处", "--due-before",
                       "2020-12-31", "--index-dir", str(seed_index))
    items = json.loads(out)
    assert items and all(any("人事处" in s["text"] for s in i["lead"]) for i in items)
    code, out, _ = run(capsys, "ledger", "--json", "--doc", JINAN, "--section", "作风",
                       "--index-dir", str(seed_index))
    assert all(any("作风" in s["text"] for s in i["section"]) for i in json.loads(out))
    code, out, _ = run(capsys, "ledger", "--json", "--text", "党支部",
                       "--index-dir", str(seed_index))
    items = json.loads(out)
    assert items and all("党支部" in i["problem"]["text"] + "".join(
        m["text"] for m in i["measures"]) for i in items)


def test_default_table_names_notice_item_and_citation(capsys, seed_index):
    code, out, _ = run(capsys, "ledger", "--agency", "济南", "--status", "长期坚持",
                       "--index-dir", str(seed_index))
    assert code == 0 and "共 4 项。" in out and "长期坚持" in out
    assert re.search(r"第\d+–\d+字", out) and JINAN in out


def test_summary_sets_counts_beside_stated_totals(capsys, seed_index, view):
    code, out, _ = run(capsys, "ledger", "--summary", "--index-dir", str(seed_index))
    assert code == 0
    assert ("总数 26 (自述 26) · 完成 9 (自述 9) · 阶段性成效 13 (自述 13) · 长期坚持 4 (自述 4)"
            " · 推进中 0 · 未说明 0\n    核对: 与通报自述总数一致") in out
    checks = view.checks()
    agree, disagree = (sum(c.agrees is v for c in checks) for v in (True, False))
    assert (f"整改台账: {len(view.items())} 项, {agree} 份通报与自述总数一致, {disagree} 份不一致, "
            f"{len(checks) - agree - disagree} 份未自述总数。") in out


def test_csv_has_a_bom_and_escapes_formulas(capsys, seed_index, view):
    code = main(["ledger", "--csv", "--agency", "济南", "--index-dir", str(seed_index)])
    raw = capsys.readouterr().out  # capsys decodes what went to sys.stdout.buffer
    assert code == 0 and raw.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(raw.removeprefix("\ufeff"))))
    assert rows[0][:4] == ["单位", "文档编号", "序号", "章节"] and len(rows) == 27
    assert rows[1][-1].startswith("《中共济南市应急管理局委员会关于巡察整改进展情况的通报》第")


def test_xlsx_has_a_summary_and_a_sheet_per_agency(capsys, seed_index, tmp_path, view):
    from openpyxl import load_workbook

    path = tmp_path / "台账.xlsx"
    code, out, _ = run(capsys, "ledger", "--xlsx", str(path), "--index-dir", str(seed_index))
    assert code == 0 and f"已写入 {path}" in out
    book = load_workbook(path)
    agencies = list(dict.fromkeys(i.agency for i in view.items()))
    assert book.sheetnames == ["汇总", *agencies]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(c.alignment.wrap_text for row in sheet.iter_rows() for c in row)
    jinan = book["济南市应急管理局"]
    assert [c.value for c in jinan[1]] == ["序号", "章节", "问题", "整改措施", "状态", "状态原文",
                                          "完成时限", "牵头单位", "责任领导", "配合单位", "出处"]
    assert jinan.max_row == 27 and jinan["E2"].value in STATUSES
    assert "第" in jinan["K2"].value and f"{JINAN}#" in jinan["K2"].value
    summary = [[c.value for c in row] for row in book["汇总"].iter_rows()]
    row = next(r for r in summary if r[2] == JINAN)
    assert row[3:9] == [26, 9, 13, 4, 0, 0] and row[-1] == "一致"


def test_docx_has_a_summary_table_and_one_table_per_agency(capsys, seed_index, tmp_path, view):
    from docx import Document

    path = tmp_path / "台账.docx"
    code, _, _ = run(capsys, "ledger", "--docx", str(path), "--index-dir", str(seed_index))
    doc = Document(str(path))
    agencies = list(dict.fromkeys(i.agency for i in view.items()))
    assert code == 0 and len(doc.tables) == 1 + len(agencies)
    assert doc.paragraphs[0].text == "整改台账"
    jinan = doc.tables[1 + agencies.index("济南市应急管理局")]
    assert len(jinan.rows) == 27 and "第" in jinan.rows[1].cells[-1].text


@pytest.mark.parametrize("argv, words", [
    (["--status", "完毕"], "未知的状态 完毕"),
    (["--due-before", "2021-13-01"], "年-月-日"),
    (["--due-before", "明年"], "年-月-日"),
])
def test_bad_filters_are_chinese_usage_errors(capsys, seed_index, argv, words):
    code, out, err = run(capsys, "ledger", *argv, "--index-dir", str(seed_index))
    assert code == 2 and words in err and not out


def test_unknown_doc_exits_1(capsys, seed_index):
    code, out, err = run(capsys, "ledger", "--json", "--doc", "nosuch",
                         "--index-dir", str(seed_index))
    assert code == 1 and json.loads(out) == [] and "nosuch" in err


def test_index_status_shows_each_notice_self_check_and_the_total(capsys, seed_index, view):
    code, out, _ = run(capsys, "index", "status", "--index-dir", str(seed_index))
    assert code == 0
    assert "整改台账: 26 项 · 与通报自述总数一致" in out
    checks = view.checks()
    agree, disagree = (sum(c.agrees is v for c in checks) for v in (True, False))
    assert re.search(rf"^整改台账: {len(view.items())} 项, {agree} 份通报与自述总数一致, "
                     rf"{disagree} 份不一致", out, re.M)
    code, out, _ = run(capsys, "index", "status", "--json", "--index-dir", str(seed_index))
    status = json.loads(out)
    assert status["ledger"]["stored"] and status["ledger"]["agree"] == agree
    docs = {d["doc_id"]: d for d in status["documents"]}
    assert docs[JINAN]["ledger"] == {"items": 26, "agrees": True, "differences": []}
