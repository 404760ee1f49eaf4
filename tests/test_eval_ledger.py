"""The ledger evaluation (eval/ledger.py) on hand-built items, and the gold file itself."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus.ledger.models import Ledger, LedgerItem, Span, TotalsCheck
from eval.ledger import (GoldItem, GoldNotice, NoticeResult, _score, covers, deadline_equal,
                         evaluate_ledger, lead_equal, ledger_report, load_gold,
                         load_gold_notices, locate, match_notice, result_data, span_failures,
                         summarize)

TEXT = ("一、问题整改情况\n"
        "1.食堂采购管理不规范问题。整改情况：制定食堂采购制度，实行每日称重登记。此问题已整改完成。\n"
        "2.公务用车登记不全问题。整改情况：补登维修记录33车次。已取得阶段性成效，将于2024年6月底前完成整改。\n"
        "3.档案管理不完善问题。整改情况：购买专业服务开展档案审查。（办公室负责，长期坚持）\n")


def span(text: str, quote: str, after: int = 0) -> Span:
    start = text.index(quote, after)
    return Span(quote, start, start + len(quote))


def item(problem: str, measures=(), status="未说明", status_quote=None, deadline=None,
         lead=(), ordinal=1, text=TEXT) -> LedgerItem:
    return LedgerItem(
        doc_id="t", agency="某局", ordinal=ordinal, section=(span(text, "问题整改情况"),),
        problem=span(text, problem), measures=tuple(span(text, m) for m in measures),
        status=status, status_quote=span(text, status_quote) if status_quote else None,
        deadline=span(text, deadline) if deadline else None,
        lead=tuple(span(text, x) for x in lead))


def gold(problem, measure=None, status="未说明", status_quote=None, deadline=None, lead=()):
    return GoldItem("t.txt", "dev", problem, measure, status, status_quote, deadline, tuple(lead))


GOLD = [
    gold("食堂采购管理不规范", "制定食堂采购制度", "完成", "此问题已整改完成"),
    gold("公务用车登记不全", "补登维修记录33车次", "阶段性成效", "已取得阶段性成效", "2024年6月底前"),
    gold("档案管理不完善问题", "购买专业服务开展档案审查", "长期坚持", "长期坚持", "长期坚持", ["办公室"]),
]


def perfect_items() -> list[LedgerItem]:
    return [
        item("食堂采购管理不规范问题", ["制定食堂采购制度，实行每日称重登记"], "完成", "此问题已整改完成", ordinal=1),
        item("公务用车登记不全问题", ["补登维修记录33车次"], "阶段性成效", "已取得阶段性成效",
             "2024年6月底前", ordinal=2),
        item("档案管理不完善问题", ["购买专业服务开展档案审查"], "长期坚持", "长期坚持", "长期坚持",
             ["办公室"], ordinal=3),
    ]


def score(items, gold_items=GOLD) -> NoticeResult:
    result = NoticeResult("t.txt", "dev", "report", len(gold_items), 0)
    _score(result, TEXT, gold_items, items)
    return result


def test_covers_needs_containment_or_half_of_the_quote() -> None:
    assert covers((0, 10), (2, 8))  # contains
    assert covers((0, 5), (2, 8))  # 3 of 6 characters
    assert not covers((0, 4), (2, 8))  # 2 of 6
    assert not covers((20, 30), (2, 8))


def test_locate_prefers_the_occurrence_after_the_problem() -> None:
    text = "甲已完成整改。乙问题，已完成整改。"
    second = text.index("已完成整改", text.index("乙"))
    assert locate(text, "已完成整改", text.index("乙")) == (second, second + 5)
    assert locate(text, "已完成整改", 99) == (1, 6)  # none after: the first
    assert locate(text, "不存在") is None


def test_perfect_extraction_scores_one_everywhere() -> None:
    result = score(perfect_items())
    assert (result.found, result.matched_extracted, result.status_ok, result.deadline_ok,
            result.lead_ok, result.span_failures) == (3, 3, 3, 3, 3, 0)
    s = summarize([result])
    assert s["recall"] == s["precision"] == s["status_accuracy"] == 1.0
    assert s["deadline_accuracy"] == s["lead_accuracy"] == s["span_exactness"] == 1.0


def test_item_without_the_gold_measure_is_not_found() -> None:
    items = perfect_items()
    items[0] = item("食堂采购管理不规范问题", [], "完成", "此问题已整改完成")
    result = score(items)
    assert result.found == 2 and result.misses[0]["problem"] == "食堂采购管理不规范"
    assert result.extra == ["食堂采购管理不规范问题"]
    assert summarize([result])["precision"] == pytest.approx(2 / 3)


def test_a_problem_span_covering_half_the_quote_is_enough() -> None:
    items = perfect_items()
    items[1] = item("公务用车", ["补登维修记录33车次"], "阶段性成效", "已取得阶段性成效",
                    "2024年6月底前")  # 4 of the quote's 8 characters
    assert score(items).found == 3
    items[1] = item("公务用", ["补登维修记录33车次"])  # 3 of 8: not enough
    assert score(items).found == 2


def test_one_extracted_item_answers_for_one_gold_item_only() -> None:
    merged = item("1.食堂采购管理不规范问题。整改情况：制定食堂采购制度，实行每日称重登记。此问题已整改完成。\n"
                  "2.公务用车登记不全问题", ["制定食堂采购制度", "补登维修记录33车次"])
    result = score([merged])
    assert result.found == 1 and result.matched_extracted == 1


def test_field_accuracies_and_their_errors() -> None:
    items = perfect_items()
    items[1] = item("公务用车登记不全问题", ["补登维修记录33车次"], "推进中", "已取得阶段性成效",
                    "2024年6月底前完成整改")
    items[2] = item("档案管理不完善问题", ["购买专业服务开展档案审查"], "长期坚持", "长期坚持", None,
                    ["办公室", "长期坚持"])
    result = score(items)
    assert (result.status_ok, result.deadline_ok, result.deadline_lenient_ok, result.lead_ok) == (2, 1, 2, 2)
    errors = {e["problem"]: e for e in result.field_errors}
    assert errors["公务用车登记不全"]["status"] == ["阶段性成效", "推进中"]
    assert errors["档案管理不完善问题"]["deadline"] == ["长期坚持", None]


def test_deadline_and_lead_comparison() -> None:
    s = Span("5月底前完成", 0, 6)
    assert not deadline_equal("5月底前", s) and deadline_equal("5月底前", s, lenient=True)
    assert deadline_equal(None, None) and not deadline_equal("全年实施", None)
    assert deadline_equal("全年实施", Span("全年实施）", 0, 5))  # trailing punctuation trimmed
    assert lead_equal(["人事处", "宣教中心"], [Span("宣教中心", 0, 4), Span(" 人事处", 5, 9)])
    assert not lead_equal(["人事处"], [])


def test_span_failures_name_the_inexact_fields() -> None:
    good = perfect_items()[0]
    assert span_failures(TEXT, good) == []
    bad = LedgerItem(**{**good.__dict__, "problem": Span("食堂采购", 0, 4),
                        "deadline": Span("全年", 1, 3)})
    assert span_failures(TEXT, bad) == ["problem", "deadline"]
    result = score([bad, *perfect_items()[1:]])
    assert result.span_failures == 2 and summarize([result])["span_exactness"] < 1.0


def test_totals_and_the_report_on_a_real_variant_notice() -> None:
    file = "tests/data/ledger/10_区民政局_巡察整改通报.txt"
    gold_items = [g for g in load_gold() if g.file == file]
    notice = GoldNotice(file, "dev", "report", len(gold_items), None)

    def extractor(n):
        items = []
        for i, g in enumerate(gold_items, 1):
            measure = span(n.text, g.measure, n.text.index(g.problem))
            items.append(LedgerItem("d", "某区民政局", i, (), span(n.text, g.problem), (measure,),
                                    "未说明", None, None, ()))
        return Ledger("d", tuple(items))

    def checker(ledger):
        return TotalsCheck("d", {"总数": len(ledger.items)}, {}, None)

    result = evaluate_ledger(gold_items, [notice], extractor, checker)
    data = result_data(result)
    assert data["splits"]["dev"]["recall"] == 1.0 and data["splits"]["dev"]["precision"] == 1.0
    assert data["splits"]["dev"]["totals"] == {"agree": 0, "disagree": 0, "none": 1, "as_expected": 1}
    assert data["splits"]["test"]["recall"] is None  # no test notice in this run
    report = ledger_report(result)
    assert report.name == "ledger" and not report.errors
    assert report.tables[1].rows[0][3:6] == ["4", "4", "4"]

    empty = result_data(evaluate_ledger(gold_items, [notice], lambda n: Ledger("d"), checker))
    assert empty["splits"]["dev"]["recall"] == 0.0 and empty["splits"]["dev"]["precision"] is None


def test_an_extractor_error_is_reported_not_raised() -> None:
    file = "tests/data/ledger/11_市统计局_会议通知.txt"

    def broken(n):
        raise RuntimeError("boom")

    result = evaluate_ledger([], [GoldNotice(file, "test", "none", 0, None)], broken, lambda l: None)
    assert "抽取失败" in result.notices[0].error
    assert ledger_report(result).errors


# ---------------------------------------------------------------- the gold file itself


def test_gold_covers_every_listed_notice_and_splits_by_file() -> None:
    items = load_gold()
    notices = load_gold_notices()
    assert len(items) >= 140
    by_file = Counter(g.file for g in items)
    listed = {n.file: n for n in notices}
    assert set(by_file) <= set(listed)
    for n in notices:
        assert by_file.get(n.file, 0) == n.items, n.file
    for g in items:
        assert g.split == listed[g.file].split  # never one notice in both splits
    for split in ("dev", "test"):
        kinds = {n.kind for n in notices if n.split == split}
        assert {"report", "plan", "table"} <= kinds, split
    # the shipped notices, labelled in full
    assert by_file["corpus/notices/000_b11a1ea20a8bf83a.txt"] == 26
    statuses = Counter(g.status for g in items if g.file.startswith("corpus/notices/000"))
    assert statuses == {"完成": 9, "阶段性成效": 13, "长期坚持": 4}
    assert by_file["corpus/notices/002_312f4fbce6d84a6f.txt"] == 28


def test_every_gold_quote_is_in_the_cleaned_text() -> None:
    result = evaluate_ledger(extractor=lambda n: Ledger("x"),
                             checker=lambda l: TotalsCheck("x", {}, {}, None))
    assert result.gold_problems == []
    assert not [n.error for n in result.notices if n.error]
    for g in load_gold():
        assert len(g.problem) >= 8
        assert (g.status == "未说明") == (g.status_quote is None)


def test_ledger_questions_point_at_gold_items() -> None:
    import json

    from eval.ledger import ROOT

    problems = {(Path(g.file).stem, g.problem) for g in load_gold()}
    records = [json.loads(line) for line in
               (ROOT / "eval/ledger_questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 30 and len({r["id"] for r in records}) == 30
    assert Counter(r["split"] for r in records) == {"dev": 15, "test": 15}
    assert sum(1 for r in records if r.get("follow_ups")) >= 4
    for r in records:
        turns = [r, *r.get("follow_ups", [])]
        for turn in turns:
            assert bool(turn.get("refuse")) == (not turn["gold"]), r["id"]
            for g in turn["gold"] + turn.get("optional", []):
                assert (g["doc"], g["problem"]) in problems, (r["id"], g)
