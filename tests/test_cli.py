"""The `notices` command line, run in-process against a real index."""
from __future__ import annotations

import json

import pytest

from ui.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_lines(capsys, seed_index):
    code, out, _ = run(capsys, "search", "哪些单位合并了党支部", "-k", "3", "--json",
                       "--index-dir", str(seed_index))
    assert code == 0
    record = json.loads(out)
    assert record["question"] == "哪些单位合并了党支部"
    assert len(record["hits"]) == 3
    assert any("20个党支部整合为9个" in h["text"] for h in record["hits"])


def test_queries_file_gives_one_object_per_line(capsys, seed_index, tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text("森林防火\n\n一岗双责\n三重一大\n", encoding="utf-8")
    code, out, _ = run(capsys, "search", "--queries-file", str(questions), "--json",
                       "--mode", "hybrid", "--fusion", "rrf", "--index-dir", str(seed_index))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["question"] for r in lines] == ["森林防火", "", "一岗双责", "三重一大"]
    assert all(r["hits"] for i, r in enumerate(lines) if i != 1)
    assert lines[1]["hits"] == [] and lines[1]["reason"]


def test_text_output_shows_citation(capsys, seed_index):
    code, out, _ = run(capsys, "search", "一岗双责", "--agency", "中山",
                       "--index-dir", str(seed_index))
    assert code == 0 and "中山市应急管理局" in out and "#" in out


def test_status_and_verify(capsys, seed_index):
    code, out, _ = run(capsys, "index", "status", "--index-dir", str(seed_index))
    assert code == 0 and "文档数: 5" in out and "multilingual-e5-small" in out
    code, out, _ = run(capsys, "index", "verify", "--index-dir", str(seed_index))
    assert code == 0 and "未发现问题" in out


def test_add_reports_each_file(capsys, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ok.txt").write_text(
        "丁市应急管理局关于安全生产工作的通知\n一、加强检查\n全年检查企业120家。\n", encoding="utf-8")
    (tmp_path / "docs" / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    index_dir = str(tmp_path / "index")
    code, out, _ = run(capsys, "index", "add", str(tmp_path / "docs"), "--index-dir", index_dir)
    assert code == 1  # one file was rejected
    assert "ok.txt" in out and "新增" in out and "bad.pdf" in out and "拒绝" in out
    code, out, _ = run(capsys, "index", "remove", "ok", "--yes", "--index-dir", index_dir)
    assert code == 0 and "删除 1" in out


@pytest.mark.parametrize("argv, message", [
    (["search", "党支部", "--index-dir", "{missing}"], "notices index build"),
    (["search", "--index-dir", "{missing}"], "二者选一"),
])
def test_errors_are_one_chinese_line(capsys, tmp_path, argv, message):
    argv = [a.format(missing=tmp_path / "none") for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_ask_json_has_the_api_shape(capsys, seed_index):
    code, out, _ = run(capsys, "ask", "哪些单位合并了党支部?", "--json", "-k", "3",
                       "--index-dir", str(seed_index))
    record = json.loads(out)
    assert code == 0 and {"answer", "abstained", "citations", "retrieved"} <= set(record)
    assert len(record["retrieved"]) == 3 and record["citations"][0]["agency"] == "济南市应急管理局"


def test_ask_queries_file_one_object_per_line(capsys, seed_index, tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text("哪些单位合并了党支部?\n\n佛山市应急管理局巡察整改进展情况\n", encoding="utf-8")
    code, out, _ = run(capsys, "ask", "--queries-file", str(questions), "--index-dir",
                       str(seed_index))
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 3 and code == 1  # the blank line is reported, not dropped
    assert not lines[0]["abstained"] and "error" in lines[1] and lines[2]["abstained"]


def test_ask_conversation_follows_up_and_ignores_blank_lines(capsys, seed_index, monkeypatch):
    typed = iter(["哪些单位合并了党支部?", "", "那济宁呢?", "退出", "never read"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(typed))
    code, out, _ = run(capsys, "ask", "--index-dir", str(seed_index))
    assert code == 0 and next(typed) == "never read"
    assert "将原有的20个党支部整合为9个党支部" in out
    assert "理解为: 济宁 合并了党支部" in out


def test_ask_conversation_ends_on_ctrl_d(capsys, seed_index, monkeypatch):
    def eof(prompt=""):
        raise EOFError

    monkeypatch.setattr("builtins.input", eof)
    code, _, _ = run(capsys, "ask", "--index-dir", str(seed_index))
    assert code == 0
