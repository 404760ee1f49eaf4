"""Issue 8: the maintainers' command line never loses a notice, says no clearly, speaks
Chinese and follows one exit-code rule. Real index (a copy of the session's seed index),
real model, the real `notices` entry point in-process (and `make index` as a subprocess)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli.main import build_parser, main
from index.storage import store
from index.builder import update_index
from index.config import MAX_QUESTION_CHARS
from index.storage.manifest import Manifest

REPO = Path(__file__).resolve().parent.parent
FOSHAN = "佛山市应急管理局关于加强森林防火工作的通知\n一、加强巡查\n全年巡查林区300次, 发现隐患12处。\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def documents(root: Path) -> set[str]:
    return set(Manifest.load(store.current_generation(root)).documents)


@pytest.fixture
def maintained(tmp_path, seed_index, embedder) -> Path:
    """A copy of the seed index to which a maintainer added 佛山's notice."""
    root = tmp_path / "index"
    shutil.copytree(seed_index, root)
    (tmp_path / "foshan.txt").write_text(FOSHAN, encoding="utf-8")
    update_index(root, add=[tmp_path / "foshan.txt"], embedder_factory=lambda spec: embedder,
                 show_progress=False)
    assert "foshan" in documents(root)
    return root


# --- never lose a notice -----------------------------------------------------------------


def test_make_index_keeps_what_a_maintainer_added(maintained):
    """`make run`'s index step on an existing index only adds the shipped notices."""
    env = os.environ | {"NOTICES_INDEX_DIR": str(maintained)}
    done = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", "index",
         f"NOTICES={sys.executable} -m ui.cli.main"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "foshan" in documents(maintained)
    assert "删除 0" in done.stdout and "跳过 5" in done.stdout


def test_build_lists_removals_and_needs_prune(capsys, maintained):
    live = store.current_name(maintained)
    code, out, _ = run(capsys, "index", "build", "--index-dir", str(maintained))
    assert code == 1
    assert "以下 1 个文档将被删除" in out and "foshan" in out and "--prune" in out
    assert store.current_name(maintained) == live and "foshan" in documents(maintained)

    code, out, _ = run(capsys, "index", "build", "--prune", "--index-dir", str(maintained))
    assert code == 0 and "删除 1" in out
    assert "foshan" not in documents(maintained)

    code, out, _ = run(capsys, "index", "rollback", "--index-dir", str(maintained))
    assert code == 0 and "已恢复版本" in out
    assert "foshan" in documents(maintained)


def test_remove_needs_yes_and_unknown_ids_exit_1(capsys, maintained):
    live = store.current_name(maintained)
    code, out, err = run(capsys, "index", "remove", "foshan", "--index-dir", str(maintained))
    assert code == 1 and "以下 1 个文档将被删除" in out and "--yes" in out
    assert store.current_name(maintained) == live and "foshan" in documents(maintained)
    assert "读取文件" not in err and "向量化段落" not in err  # no empty progress bars

    code, out, err = run(capsys, "index", "remove", "foshan", "--yes",
                         "--index-dir", str(maintained))
    assert code == 0 and "删除 1" in out and "foshan" not in documents(maintained)
    assert "读取文件" not in err and "向量化段落" not in err

    code, out, _ = run(capsys, "index", "remove", "nosuchdoc", "--yes",
                       "--index-dir", str(maintained))
    assert code == 1 and "nosuchdoc" in out and "拒绝" in out


def test_status_shows_generations_and_rollback_restores_any(capsys, maintained):
    code, out, _ = run(capsys, "index", "status", "--json", "--index-dir", str(maintained))
    status = json.loads(out)
    names = [g["name"] for g in status["generations"]]
    assert code == 0 and len(names) == 2 and status["generations"][0]["current"]
    assert [g["documents"] for g in status["generations"]] == [6, 5]
    code, out, _ = run(capsys, "index", "rollback", "--to", names[1],
                       "--index-dir", str(maintained))
    assert code == 0 and "foshan" not in documents(maintained)
    code, _, err = run(capsys, "index", "rollback", "--to", "nosuch",
                       "--index-dir", str(maintained))
    assert code == 2 and "没有名为 nosuch 的旧版本" in err


def test_reader_of_previous_generation_survives_publish(maintained, embedder):
    """The generation a reader resolved just before a publish stays on disk."""
    before = store.current_generation(maintained)
    update_index(maintained, remove=["foshan"], embedder_factory=lambda spec: embedder,
                 show_progress=False)
    assert before.is_dir() and (before / "manifest.json").is_file()


# --- saying no clearly ---------------------------------------------------------------------


def test_unsupported_paths_are_each_rejected(capsys, tmp_path, seed_index):
    root = tmp_path / "index"
    shutil.copytree(seed_index, root)
    (tmp_path / "report.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "sheets").mkdir()
    (tmp_path / "sheets" / "a.xls").write_bytes(b"x")
    code, out, _ = run(capsys, "index", "add", str(tmp_path / "report.xlsx"),
                       str(tmp_path / "sheets"), "--index-dir", str(root))
    assert code == 1
    assert out.count("拒绝") >= 2 and "report.xlsx" in out and "sheets" in out
    assert ".docx" in out and "没有支持的文件" in out


def test_help_states_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "0 全部完成" in out and "1 部分文件被拒绝" in out and "2 用法错误" in out


def test_queries_file_one_line_out_per_line_in(capsys, seed_index, tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text("森林防火\n\n!!!\n三重一大\n", encoding="utf-8")
    code, out, _ = run(capsys, "search", "--queries-file", str(questions), "--json",
                       "--index-dir", str(seed_index))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["question"] for r in records] == ["森林防火", "", "!!!", "三重一大"]
    assert records[0]["hits"] and records[3]["hits"]
    assert records[1]["hits"] == [] and "空行" in records[1]["reason"]
    assert records[2]["hits"] == [] and "没有可检索的词语" in records[2]["reason"]


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_no_searchable_content_gives_no_hits_and_a_reason(capsys, seed_index, searcher, mode):
    for question in ("!!!", "？？", "哪些"):
        assert searcher.search(question, k=5, mode=mode) == []
        assert not searcher.has_content(question)
    code, out, _ = run(capsys, "search", "!!!", "--mode", mode, "--index-dir", str(seed_index))
    assert code == 0 and "没有可检索的词语" in out and "#" not in out


def test_too_long_question_is_refused(capsys, seed_index, tmp_path):
    long_question = "森林防火" * (MAX_QUESTION_CHARS // 4 + 1)
    code, out, err = run(capsys, "search", long_question, "--index-dir", str(seed_index))
    assert code == 2 and out == "" and f"最多 {MAX_QUESTION_CHARS} 字" in err
    from index.question import QuestionTooLong, check_question

    with pytest.raises(QuestionTooLong, match="问题过长"):
        check_question(long_question)
    assert check_question(" 森林防火 ") == "森林防火"
    questions = tmp_path / "q.txt"
    questions.write_text(f"森林防火\n{long_question}\n", encoding="utf-8")
    code, out, _ = run(capsys, "search", "--queries-file", str(questions), "--json",
                       "--index-dir", str(seed_index))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(records) == 2 and records[1]["hits"] == []
    assert "问题过长" in records[1]["reason"] and records[0]["hits"]


# --- one language, readable output ---------------------------------------------------------

# argparse's own English, as printed by an untranslated parser.
ENGLISH = re.compile(r"usage:|positional arguments|options:|show this help|invalid|error:|"
                     r"required|choose from|argument")


def _parsers(parser, prefix=()):
    yield prefix, parser
    for action in parser._actions:
        if action.choices and hasattr(action, "_name_parser_map"):
            for name, sub in action.choices.items():
                yield from _parsers(sub, prefix + (name,))


def test_every_command_help_is_chinese_with_description_and_example():
    parser = build_parser()
    commands = list(_parsers(parser))
    assert len(commands) >= 11  # notices, index + 6 actions, search, ask, eval
    for path, sub in commands:
        text = sub.format_help()
        assert not ENGLISH.search(text), (path, ENGLISH.search(text).group())
        assert text.startswith("用法:") and sub.description, path
        assert "示例:" in text and "退出码" in text, path
        for action in sub._actions:
            assert action.help, (path, action.dest)


@pytest.mark.parametrize("argv, expected", [
    (["search", "-k", "x", "党支部"], "'x' 不是正整数"),
    (["search", "--mode", "fast", "党支部"], "无效的选项 'fast'"),
    (["index", "remove"], "缺少必需的参数: 文档"),
    (["index", "build", "--bogus"], "无法识别的参数: --bogus"),
    (["eval", "--limit", "0"], "'0' 不是正整数"),
])
def test_argparse_errors_are_chinese_and_exit_2(capsys, argv, expected):
    with pytest.raises(SystemExit) as done:
        main(argv)
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert expected in err and err.startswith("用法:") and "错误:" in err
    assert not ENGLISH.search(err.replace(expected, ""))


def test_status_shows_full_ids_agency_date_and_number(capsys, seed_index):
    code, out, _ = run(capsys, "index", "status", "--index-dir", str(seed_index))
    assert code == 0
    for doc_id in ("000_b11a1ea20a8bf83a", "004_d68b0da8e0b90ed2"):
        assert re.search(rf"^{doc_id}$", out, re.M)  # whole, alone on its line, copyable
    assert "济宁市应急管理局 · 2022-03-02 · 文号: 济应急发〔2022〕1号" in out
    code, out, _ = run(capsys, "index", "status", "--json", "--index-dir", str(seed_index))
    docs = {d["doc_id"]: d for d in json.loads(out)["documents"]}
    assert docs["001_ecc79a59d6b2dddb"]["doc_number"] == "浙应急人事〔2020〕46号"
    assert docs["000_b11a1ea20a8bf83a"]["agency"] == "济南市应急管理局"
