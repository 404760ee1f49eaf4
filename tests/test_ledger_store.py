"""Issue 17: the rectification ledger is stored in each index generation, kept incremental on
add/replace/remove (unchanged notices' files are hard links), never mixed across generations,
and an index written before the ledger existed still answers. Builds are real but deferred
(`--defer-vectors`: parsed and tokenised, not embedded), so no test here embeds anything."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corpus.ledger import extract_ledger
from index.storage import ledger_files, segment_records, store
from index.builder import update_index
from index.storage.ledger_store import LedgerQuery, LedgerQueryError
from index.search.loaded import LoadedIndex
from index.storage.manifest import Manifest
from index.status import index_status
from index.verify import verify_index

REPORT = """中共甲市应急管理局委员会关于巡察整改进展情况的通报
一、整改工作总体情况
针对巡察反馈的3个问题,已整改完成2个,需长期坚持的1个。
二、巡察反馈问题整改落实情况
(一)党的建设方面
1.党支部设置不规范
整改情况:将原有的12个党支部整合为5个党支部,配齐支部书记。此问题已整改完成。
2.党员教育管理不到位
整改情况:制定党员教育培训计划,开展集中轮训2次。此问题已整改完成。
(二)安全生产方面
3.隐患排查不彻底
整改情况:开展危险化学品企业专项检查,共检查企业36家。此问题需长期坚持。
甲市应急管理局
2021年5月1日
"""
# The same report half a year later: the third problem is done too, and it says so.
REPORT_LATER = REPORT.replace("需长期坚持的1个", "已整改完成的1个").replace(
    "已整改完成2个,", "").replace("此问题需长期坚持", "此问题已整改完成")
PLAN = """乙县应急管理局2022年工作要点
一、重点工作
1.完善林火视频监控系统
新建高空瞭望点位20个。(森林防火科牵头负责,6月底前完成)
2.组织防汛应急演练
汛前组织开展防汛应急演练3次。(防汛抗旱科牵头负责,全年实施)
乙县应急管理局
2022年2月1日
"""
OTHER = """丙市应急管理局关于作风建设问题整改方案的通知
一、整治形式主义
1.精简会议文件
全年发文数量压减三成。(办公室牵头负责,12月底前完成)
丙市应急管理局
2020年3月1日
"""


def build(root: Path, **kwargs):
    return update_index(root, defer_vectors=True, show_progress=False, **kwargs)


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    return folder


@pytest.fixture
def root(tmp_path, docs) -> Path:
    root = tmp_path / "index"
    build(root, add=[docs])
    return root


def live(root: Path) -> Path:
    return store.current_generation(root)


def statuses(view, doc_id: str) -> list[str]:
    return [item.status for item in view.ledger(doc_id).items]


def test_every_notice_has_its_ledger_file_in_the_generation(root):
    folder = live(root)
    assert ledger_files.is_current(folder)
    assert sorted(p.name for p in (folder / "ledger").iterdir()) == \
        ["SIGNATURE", "plan.json", "report.json"]
    recorded = segment_records.expected_files(folder, vars(Manifest.load(folder)))
    assert {"ledger/report.json", "ledger/plan.json", "ledger/SIGNATURE"} <= set(recorded)
    view = LoadedIndex.open(root).ledger
    assert view.stored
    for doc_id in ("report", "plan"):  # exactly what the extractor gives for the stored notice
        expected = extract_ledger(store.read_notice(folder, doc_id))
        assert [i.to_record() for i in view.ledger(doc_id).items] == \
            [i.to_record() for i in expected.items]
        assert view.totals(doc_id) == expected.totals
    assert statuses(view, "report") == ["完成", "完成", "长期坚持"]
    assert view.check("report").agrees is True and view.check("plan").agrees is None
    assert verify_index(root) == []


def test_queries_filter_by_every_field(root):
    view = LoadedIndex.open(root).ledger
    assert len(view.items()) == 5
    assert [i.problem.text for i in view.items(LedgerQuery(statuses=("长期坚持",)))] == \
        ["隐患排查不彻底"]
    assert [i.doc_id for i in view.items(LedgerQuery(agencies=("乙县",)))] == ["plan", "plan"]
    assert [i.problem.text for i in view.items(LedgerQuery(lead="防汛"))] == ["组织防汛应急演练"]
    assert [i.due_date for i in view.items(LedgerQuery(due_before="2022-06-30"))] == \
        ["2022-06-30"]
    assert len(view.items(LedgerQuery(section="安全生产"))) == 1
    assert len(view.items(LedgerQuery(text="党支部"))) == 1
    assert view.items(LedgerQuery(doc_ids=("report",), statuses=("未说明",))) == []
    with pytest.raises(LedgerQueryError, match="未知的状态"):
        LedgerQuery(statuses=("完毕",))
    with pytest.raises(LedgerQueryError, match="年-月-日"):
        LedgerQuery(due_before="2022-02-30")


def test_add_replace_remove_keep_the_ledger_incremental(root, docs, tmp_path):
    first = live(root)
    reader = LoadedIndex.open(root)  # a reader of the first generation
    assert statuses(reader.ledger, "report")[-1] == "长期坚持"

    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    report = build(root, add=[tmp_path / "other.txt"])
    assert report.published and report.ledger_refreshed == 0
    second = live(root)
    for doc_id in ("report", "plan"):  # unchanged: the very same file, hard-linked
        assert (second / "ledger" / f"{doc_id}.json").stat().st_ino == \
            (first / "ledger" / f"{doc_id}.json").stat().st_ino
    assert [i.problem.text for i in LoadedIndex.open(root).ledger.items(
        LedgerQuery(doc_ids=("other",)))] == ["精简会议文件"]

    (docs / "report.txt").write_text(REPORT_LATER, encoding="utf-8")
    build(root, add=[docs / "report.txt"])
    third = live(root)
    assert (third / "ledger" / "report.json").stat().st_ino != \
        (second / "ledger" / "report.json").stat().st_ino
    assert (third / "ledger" / "plan.json").stat().st_ino == \
        (first / "ledger" / "plan.json").stat().st_ino
    view = LoadedIndex.open(root).ledger
    assert statuses(view, "report") == ["完成", "完成", "完成"]
    assert statuses(reader.ledger, "report")[-1] == "长期坚持"  # its own generation's ledger

    build(root, remove=["plan"])
    fourth = live(root)
    assert not (fourth / "ledger" / "plan.json").exists()
    view = LoadedIndex.open(root).ledger
    assert {i.doc_id for i in view.items()} == {"report", "other"}
    assert view.items(LedgerQuery(doc_ids=("plan",))) == []
    with pytest.raises(KeyError):
        view.ledger("plan")
    assert verify_index(root) == []


def test_an_index_without_ledger_files_still_answers_and_the_next_update_adds_them(root, docs):
    """A generation written before the ledger existed (no ledger/ folder, manifest without
    it): readers extract from its stored notices; `index add` of unchanged files writes the
    files without re-embedding or re-publishing any notice."""
    folder = live(root)
    expected = [i.to_record() for i in LoadedIndex.open(root).ledger.items()]
    _strip_ledger(folder)
    view = LoadedIndex.open(root).ledger
    assert not view.stored
    assert [i.to_record() for i in view.items()] == expected
    status = index_status(root)
    assert status["ledger"] == {"items": 5, "stored": False, "agree": 1, "disagree": 0,
                                "unchecked": 1}
    assert verify_index(root) == []

    report = build(root, add=[docs])
    assert [o.status for o in report.outcomes] == ["skipped", "skipped"]
    assert report.published and report.ledger_refreshed == 2
    assert ledger_files.is_current(live(root)) and verify_index(root) == []
    assert [i.to_record() for i in LoadedIndex.open(root).ledger.items()] == expected
    assert not build(root, add=[docs]).published  # now nothing is left to do


def test_compact_adds_the_ledger_to_an_older_index(root):
    _strip_ledger(live(root))
    report = build(root, compact=True)
    assert report.published and report.ledger_refreshed == 2
    assert LoadedIndex.open(root).ledger.stored


def test_another_extractor_re_extracts_kept_notices(root, docs, monkeypatch):
    """Files made by another version of corpus/ledger are not linked into a new generation."""
    first = live(root)
    monkeypatch.setattr(ledger_files, "extractor_signature", lambda: "another-extractor")
    report = build(root, add=[docs])
    assert report.published and report.ledger_refreshed == 2
    second = live(root)
    assert (second / "ledger" / "SIGNATURE").read_text("utf-8") == "another-extractor"
    assert (second / "ledger" / "plan.json").stat().st_ino != \
        (first / "ledger" / "plan.json").stat().st_ino


def test_verify_names_a_missing_ledger_file(root):
    folder = live(root)
    (folder / "ledger" / "plan.json").unlink()
    problems = verify_index(root)
    assert any("plan" in p and "缺失" in p for p in problems)


def test_rollback_restores_the_ledger_of_that_generation(root, docs):
    from index.builder import rollback

    (docs / "report.txt").write_text(REPORT_LATER, encoding="utf-8")
    build(root, add=[docs / "report.txt"])
    assert statuses(LoadedIndex.open(root).ledger, "report")[-1] == "完成"
    rollback(root)
    assert statuses(LoadedIndex.open(root).ledger, "report")[-1] == "长期坚持"


def test_shipped_notices_ledger_in_the_seed_index(seed_index):
    """The session's real index: 济南's 26 items agree with its own totals."""
    view = LoadedIndex.open(seed_index).ledger
    assert view.stored
    jinan = next(row for row in view.summary() if row["agency"] == "济南市应急管理局")
    assert jinan["total"] == 26 and jinan["agrees"] is True
    assert jinan["counts"] == {"完成": 9, "阶段性成效": 13, "长期坚持": 4, "推进中": 0,
                               "未说明": 0}
    for item in view.items():
        text = corpus_text(seed_index, item.doc_id)
        assert text[item.problem.start:item.problem.end] == item.problem.text


def corpus_text(root: Path, doc_id: str) -> str:
    return store.read_notice(live(root), doc_id).text


def _strip_ledger(folder: Path) -> None:
    """Make `folder` look like a generation written before the ledger existed."""
    shutil.rmtree(folder / "ledger")
    manifest = folder / "manifest.json"
    data = json.loads(manifest.read_text("utf-8"))
    data["files"] = {k: v for k, v in data["files"].items() if not k.startswith("ledger/")}
    for name in data["segments"]:  # the notices' sums (schema 5): without their ledger files
        sums = {d: {k: v for k, v in paths.items() if not k.startswith("ledger/")}
                for d, paths in segment_records.read_files(folder, name).items()}
        path = folder / segment_records.SEGMENTS / name / segment_records.NOTICE_FILES
        path.unlink()  # hard-linked into other generations: replace, never edit in place
        path.write_text(json.dumps(sums, ensure_ascii=False), "utf-8")
        data["files"][path.relative_to(folder).as_posix()] = {
            "sha256": store.sha256_of(path), "size": path.stat().st_size}
    manifest.unlink()  # hard-linked nowhere, but written the way writers do
    manifest.write_text(json.dumps(data, ensure_ascii=False), "utf-8")



def test_milvus_reader_lists_the_ledger_of_the_generation_milvus_serves(root, docs, tmp_path,
                                                                        monkeypatch):
    """The ledger stays in the generation folder; a Milvus reader serves the generation
    Milvus synced, and its ledger with it, until the next sync."""
    from assistant.service import Assistant
    from index.milvus.sync import sync_index
    from index.search.searcher import Searcher

    uri = tmp_path / "m.db"
    monkeypatch.setenv("NOTICES_BACKEND", "milvus")
    monkeypatch.setenv("NOTICES_MILVUS_URI", str(uri))
    build(root, add=[docs])  # nothing changed: brings Milvus up to the live generation
    bot = Assistant(Searcher(root))
    assert [i.status for i in bot.ledger(LedgerQuery(doc_ids=("report",)))][-1] == "长期坚持"

    monkeypatch.setenv("NOTICES_BACKEND", "files")  # a publication not synced yet
    (docs / "report.txt").write_text(REPORT_LATER, encoding="utf-8")
    build(root, add=[docs / "report.txt"])
    monkeypatch.setenv("NOTICES_BACKEND", "milvus")
    assert [i.status for i in bot.ledger(LedgerQuery(doc_ids=("report",)))][-1] == "长期坚持"
    summary = bot.ledger_summary(LedgerQuery(doc_ids=("report",)))
    assert [row["counts"]["长期坚持"] for row in summary] == [1]

    sync_index(root, str(uri))
    assert [i.status for i in bot.ledger(LedgerQuery(doc_ids=("report",)))][-1] == "完成"
    assert bot.searcher.index.name == live(root).name


def test_an_extractor_failure_is_reported_not_fatal(tmp_path, docs, monkeypatch):
    import corpus.ledger

    def broken(notice):
        if notice.doc_id == "plan":
            raise ValueError("无法解析")
        return extract_ledger(notice)

    monkeypatch.setattr(corpus.ledger, "extract_ledger", broken)
    root = tmp_path / "index"
    assert build(root, add=[docs]).published
    view = LoadedIndex.open(root).ledger
    assert view.ledger("plan").items == () and len(view.ledger("report").items) == 3
    check = view.check("plan")
    assert check.agrees is False and "台账提取失败" in check.differences[0]
    assert index_status(root)["ledger"]["disagree"] == 1
