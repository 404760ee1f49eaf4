"""The rectification ledger (整改台账) against its own gold: eval/ledger_gold.jsonl.

Each gold line is one item of one notice, labelled by reading the notice (eval/LEDGER_GOLD.md
gives the rules); eval/ledger_gold_notices.jsonl lists every labelled notice, its split, its
kind and whether its stated totals should agree with its items. Every notice listed is
labelled in full, so precision is measurable per notice (a notice with no ledger holds 0).

Metrics, per split (dev, test, all):
- item recall: gold items found. A gold item is found by an extracted item whose problem
  span contains the gold problem quote or covers at least half of it, and - when the gold
  names a measure - one of whose measure spans does the same for the measure quote. Each
  extracted item answers for one gold item at most.
- precision: extracted items that found a gold item, over all items extracted.
- status / deadline / lead accuracy over the found items: the status equal; the deadline
  text equal after trimming (or both absent; `deadline_lenient` also accepts one containing
  the other: "5月底前" for "5月底前完成"); the set of lead texts equal after trimming.
- span exactness: every span of every extracted item (section, problem, measures, status
  quote, deadline, lead) is `notice.text[start:end]`.
- stated totals: `check_totals` per notice (agrees / disagrees / states none) beside what the
  gold expects.

Longer than 400 lines on purpose: loading the gold, matching items to it, scoring and
the report of the one ledger metric set read top to bottom; its helpers serve only this.

>>> covers((10, 30), (12, 20)), covers((10, 14), (12, 20)), covers((10, 17), (12, 20))
(True, False, True)
"""
from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from eval.report import Report, Table, fmt

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILE = Path(__file__).resolve().parent / "ledger_gold.jsonl"
NOTICES_FILE = Path(__file__).resolve().parent / "ledger_gold_notices.jsonl"
SPLITS = ("dev", "test", "all")
STATUSES = ("完成", "阶段性成效", "长期坚持", "推进中", "未说明")
# A gold quote counts as covered by a span holding at least this share of its characters.
MIN_COVER = 0.5


class LedgerGoldError(ValueError):
    """The gold file is malformed or a quote is not in the cleaned notice text."""


@dataclass(frozen=True)
class GoldItem:
    file: str
    split: str
    problem: str
    measure: str | None
    status: str
    status_quote: str | None
    deadline: str | None
    lead: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class GoldNotice:
    file: str
    split: str
    kind: str  # report | plan | table | none
    items: int
    totals_agree: bool | None  # what check_totals should say; None: the notice states none
    # Labelled after the extractor had been tuned on the dev split and the pattern tests,
    # and measured before it was committed: the subset no tuning has seen (a part of test).
    heldout: bool = False


def load_gold(path: Path = GOLD_FILE) -> list[GoldItem]:
    items = []
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            item = GoldItem(file=data["file"], split=data["split"], problem=data["problem"],
                            measure=data.get("measure"), status=data["status"],
                            status_quote=data.get("status_quote"),
                            deadline=data.get("deadline"),
                            lead=tuple(data.get("lead") or ()), line=number)
        except (ValueError, KeyError, TypeError) as exc:
            raise LedgerGoldError(f"{path}:{number}: {exc}") from exc
        if item.split not in ("dev", "test") or item.status not in STATUSES:
            raise LedgerGoldError(f"{path}:{number}: split/status invalid")
        items.append(item)
    return items


def load_gold_notices(path: Path = NOTICES_FILE) -> list[GoldNotice]:
    notices = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            data = json.loads(raw)
            notices.append(GoldNotice(data["file"], data["split"], data["kind"],
                                      int(data["items"]), data.get("totals_agree"),
                                      bool(data.get("heldout", False))))
    return notices


# ---------------------------------------------------------------- matching


def covers(span: tuple[int, int], quote: tuple[int, int]) -> bool:
    """`span` contains `quote`, or holds at least MIN_COVER of its characters."""
    overlap = min(span[1], quote[1]) - max(span[0], quote[0])
    length = max(1, quote[1] - quote[0])
    return overlap >= length or overlap >= MIN_COVER * length


def locate(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """The occurrence of `quote` at or after `near` (else the first one), as (start, end)."""
    at = text.find(quote, near)
    if at < 0:
        at = text.find(quote)
    return None if at < 0 else (at, at + len(quote))


def _span(s) -> tuple[int, int]:
    return (s.start, s.end)


def match_notice(text: str, gold: Sequence[GoldItem], items: Sequence) -> list[tuple[GoldItem, object]]:
    """Each gold item with the extracted item that found it (None when none did), one-to-one:
    among the candidates the one whose problem span overlaps the gold problem most."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        problem = locate(text, g.problem)
        measure = locate(text, g.measure, problem[0]) if (problem and g.measure) else None
        best, best_overlap = None, -1
        for index, item in enumerate(items):
            if index in used or problem is None or not covers(_span(item.problem), problem):
                continue
            if g.measure is not None:
                if measure is None or not any(covers(_span(m), measure) for m in item.measures):
                    continue
            overlap = min(item.problem.end, problem[1]) - max(item.problem.start, problem[0])
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            used.add(best)
        pairs.append((g, items[best] if best is not None else None))
    return pairs


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    return re.sub(r"\s+", "", text).strip("。，,;；:：、（）()")


def deadline_equal(gold: str | None, found, lenient: bool = False) -> bool:
    got = _norm(found.text) if found is not None else None
    want = _norm(gold)
    if got is None or want is None:
        return got is None and want is None
    if got == want:
        return True
    return lenient and (got in want or want in got)


def lead_equal(gold: Iterable[str], found: Iterable) -> bool:
    return {_norm(g) for g in gold} == {_norm(s.text) for s in found}


def span_failures(text: str, item) -> list[str]:
    """Names of the item's spans that are not `text[start:end]`."""
    spans = [("problem", item.problem)] + [("measure", m) for m in item.measures]
    spans += [("section", s) for s in item.section] + [("lead", s) for s in item.lead]
    spans += [("status_quote", item.status_quote), ("deadline", item.deadline)]
    return [name for name, s in spans if s is not None and text[s.start:s.end] != s.text]


def span_count(item) -> int:
    return (1 + len(item.measures) + len(item.section) + len(item.lead)
            + (item.status_quote is not None) + (item.deadline is not None))


# ---------------------------------------------------------------- evaluation


@dataclass
class NoticeResult:
    file: str
    split: str
    kind: str
    gold: int
    extracted: int
    found: int = 0
    matched_extracted: int = 0
    status_ok: int = 0
    deadline_ok: int = 0
    deadline_lenient_ok: int = 0
    lead_ok: int = 0
    spans: int = 0
    span_failures: int = 0
    totals_agree: bool | None = None  # check_totals(ledger).agrees
    totals_expected: bool | None = None
    totals_differences: list[str] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)  # gold items not found
    field_errors: list[dict] = field(default_factory=list)  # found with a wrong field
    extra: list[str] = field(default_factory=list)  # extracted items that found no gold
    counted: dict = field(default_factory=dict)  # extracted items by status
    gold_counted: dict = field(default_factory=dict)  # gold items by status
    error: str | None = None  # the notice could not be read or extracted
    heldout: bool = False


@dataclass
class LedgerResult:
    notices: list[NoticeResult]
    gold_problems: list[str] = field(default_factory=list)  # quotes not in the cleaned text


def _load(file: str, folder: Path):
    import corpus
    from eval.ledger_files import materialize

    return corpus.load_notice(materialize(ROOT / file, folder))


def evaluate_ledger(gold: Sequence[GoldItem] | None = None,
                    notices: Sequence[GoldNotice] | None = None,
                    extractor: Callable | None = None,
                    checker: Callable | None = None) -> LedgerResult:
    """Run the extractor on every labelled notice and score it against the gold."""
    if gold is None:
        gold = load_gold()
    if notices is None:
        notices = load_gold_notices()
    if extractor is None or checker is None:
        from corpus.ledger import check_totals, extract_ledger

        extractor = extractor or extract_ledger
        checker = checker or check_totals
    by_file: dict[str, list[GoldItem]] = defaultdict(list)
    for g in gold:
        by_file[g.file].append(g)
    results: list[NoticeResult] = []
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ledger-eval-") as tmp:
        for gn in notices:
            items_gold = by_file.get(gn.file, [])
            result = NoticeResult(gn.file, gn.split, gn.kind, len(items_gold), 0,
                                  totals_expected=gn.totals_agree, heldout=gn.heldout,
                                  gold_counted=dict(Counter(g.status for g in items_gold)))
            results.append(result)
            try:
                notice = _load(gn.file, Path(tmp))
            except Exception as exc:  # a missing variant file is a gold error, shown
                result.error = f"无法读取: {exc}"
                continue
            text = notice.text
            for g in items_gold:
                for name, quote in [("problem", g.problem), ("measure", g.measure),
                                    ("status_quote", g.status_quote), ("deadline", g.deadline),
                                    *[("lead", q) for q in g.lead]]:
                    if quote is not None and quote not in text:
                        problems.append(f"{g.file}:{g.line} {name} 「{quote}」 不在清洗后的正文中")
            try:
                ledger = extractor(notice)
            except Exception as exc:
                result.error = f"抽取失败: {type(exc).__name__}: {exc}"
                continue
            _score(result, text, items_gold, list(ledger.items))
            try:
                check = checker(ledger)
                result.totals_agree = check.agrees
                result.totals_differences = list(check.differences)
            except Exception as exc:
                result.error = f"check_totals 失败: {type(exc).__name__}: {exc}"
    return LedgerResult(results, problems)


def _score(result: NoticeResult, text: str, gold: Sequence[GoldItem], items: list) -> None:
    result.extracted = len(items)
    result.counted = dict(Counter(item.status for item in items))
    for item in items:
        result.spans += span_count(item)
        result.span_failures += len(span_failures(text, item))
    pairs = match_notice(text, gold, items)
    matched = {id(item) for _, item in pairs if item is not None}
    result.matched_extracted = len(matched)
    result.extra = [item.problem.text[:40] for item in items if id(item) not in matched]
    for g, item in pairs:
        if item is None:
            result.misses.append({"problem": g.problem, "measure": g.measure, "line": g.line})
            continue
        result.found += 1
        wrong = {}
        if item.status == g.status:
            result.status_ok += 1
        else:
            wrong["status"] = [g.status, item.status]
        if deadline_equal(g.deadline, item.deadline):
            result.deadline_ok += 1
        else:
            wrong["deadline"] = [g.deadline, item.deadline.text if item.deadline else None]
        if deadline_equal(g.deadline, item.deadline, lenient=True):
            result.deadline_lenient_ok += 1
        if lead_equal(g.lead, item.lead):
            result.lead_ok += 1
        else:
            wrong["lead"] = [list(g.lead), [s.text for s in item.lead]]
        if wrong:
            result.field_errors.append({"problem": g.problem, "line": g.line, **wrong})


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def summarize(notices: Sequence[NoticeResult]) -> dict:
    """The split's metrics from its notices' counts."""
    s = Counter()
    for n in notices:
        for key in ("gold", "extracted", "found", "matched_extracted", "status_ok",
                    "deadline_ok", "deadline_lenient_ok", "lead_ok", "spans", "span_failures"):
            s[key] += getattr(n, key)
    totals = Counter()
    for n in notices:
        state = {True: "agree", False: "disagree", None: "none"}[n.totals_agree]
        totals[state] += 1
        totals["as_expected"] += n.totals_agree == n.totals_expected
    return {
        "notices": len(notices),
        "gold_items": s["gold"],
        "extracted_items": s["extracted"],
        "found": s["found"],
        "recall": _ratio(s["found"], s["gold"]),
        "precision": _ratio(s["matched_extracted"], s["extracted"]),
        "status_accuracy": _ratio(s["status_ok"], s["found"]),
        "deadline_accuracy": _ratio(s["deadline_ok"], s["found"]),
        "deadline_lenient_accuracy": _ratio(s["deadline_lenient_ok"], s["found"]),
        "lead_accuracy": _ratio(s["lead_ok"], s["found"]),
        "span_exactness": _ratio(s["spans"] - s["span_failures"], s["spans"]),
        "span_failures": s["span_failures"],
        "notice_count_exact": sum(1 for n in notices if n.error is None and n.extracted == n.gold),
        "totals": {"agree": totals["agree"], "disagree": totals["disagree"],
                   "none": totals["none"], "as_expected": totals["as_expected"]},
        "errors": sum(1 for n in notices if n.error),
    }


def result_data(result: LedgerResult) -> dict:
    splits = {}
    for split in SPLITS:
        chosen = [n for n in result.notices if split == "all" or n.split == split]
        splits[split] = summarize(chosen)
    heldout = [n for n in result.notices if n.heldout]
    if heldout:  # a view, not a split: these notices are part of test
        splits["heldout"] = summarize(heldout)
    return {
        "gold_file": str(GOLD_FILE.relative_to(ROOT)),
        "splits": splits,
        "notices": [n.__dict__ for n in result.notices],
        "gold_problems": result.gold_problems,
    }


def _cell(value: float | None) -> str:
    return "—" if value is None else fmt(value)


def ledger_tables(data: dict) -> list[Table]:
    metrics = [("item recall", "recall"), ("precision", "precision"),
               ("status accuracy", "status_accuracy"), ("deadline accuracy", "deadline_accuracy"),
               ("deadline (lenient)", "deadline_lenient_accuracy"),
               ("lead accuracy", "lead_accuracy"), ("span exactness", "span_exactness")]
    splits = data["splits"]
    views = [s for s in (*SPLITS, "heldout") if s in splits]
    rows = [[label] + [_cell(splits[s][key]) for s in views] for label, key in metrics]
    rows.append(["items gold / extracted / found"]
                + [f"{splits[s]['gold_items']} / {splits[s]['extracted_items']} / {splits[s]['found']}"
                   for s in views])
    rows.append(["notices with exact item count"]
                + [f"{splits[s]['notice_count_exact']} / {splits[s]['notices']}" for s in views])
    rows.append(["stated totals agree / disagree / none (as expected)"]
                + ["{agree} / {disagree} / {none} ({as_expected})".format(**splits[s]["totals"])
                   for s in views])
    overall = Table("整改台账: 抽取 vs 标注 (按划分; heldout: test 中最后写、提交前测的部分)", ["metric", *views], rows)

    def agrees(value):
        return {True: "一致", False: "不一致", None: "未说明"}[value]

    per_notice = []
    for n in data["notices"]:
        status = "" if not n["found"] else f"{n['status_ok']}/{n['found']}"
        per_notice.append([
            Path(n["file"]).name, n["split"] + (" (heldout)" if n.get("heldout") else ""),
            n["kind"], str(n["gold"]),
            str(n["extracted"]) if not n["error"] else "错误", str(n["found"]), status,
            f"{n['deadline_ok']}/{n['found']}" if n["found"] else "",
            f"{n['lead_ok']}/{n['found']}" if n["found"] else "",
            f"{agrees(n['totals_agree'])} (应{agrees(n['totals_expected'])})",
        ])
    notices = Table("各通知: 条目数与字段", ["notice", "split", "kind", "gold", "extracted", "found",
                                          "status", "deadline", "lead", "stated totals"],
                    per_notice)
    return [overall, notices]


def ledger_report(result: LedgerResult) -> Report:
    data = result_data(result)
    chart = {split: {"recall": data["splits"][split]["recall"] or 0.0,
                     "status": data["splits"][split]["status_accuracy"] or 0.0,
                     "deadline": data["splits"][split]["deadline_accuracy"] or 0.0,
                     "lead": data["splits"][split]["lead_accuracy"] or 0.0,
                     "spans": data["splits"][split]["span_exactness"] or 0.0}
             for split in ("dev", "test")}
    errors = list(result.gold_problems)
    errors += [f"{n.file}: {n.error}" for n in result.notices if n.error]
    warnings = []
    for n in result.notices:
        for miss in n.misses[:5]:
            warnings.append(f"未找到 {Path(n.file).name}:{miss['line']} 「{miss['problem']}」")
        if len(n.misses) > 5:
            warnings.append(f"未找到 {Path(n.file).name}: 另有 {len(n.misses) - 5} 条")
    notes = [
        "标注规则见 eval/LEDGER_GOLD.md; 每个列出的通知都完整标注, 精确率按通知可算。",
        "找到: 某条抽取条目的 problem 片段包含标注的问题引文 (或覆盖其一半以上), 且标注给出措施时, "
        "其某个 measure 片段同样包含措施引文。一条抽取条目至多对应一条标注。",
        "deadline (lenient): 允许一方包含另一方 (如 \"5月底前\" 与 \"5月底前完成\")。",
        "字段错误与未找到的条目明细见 eval/reports/ledger.json (notices[].field_errors / misses)。",
    ]
    return Report(name="ledger", title="整改台账评测 (notices eval: ledger)",
                  tables=ledger_tables(data), chart=chart, data=data, notes=notes,
                  errors=errors, warnings=warnings)


def run_ledger(write: bool = True) -> Report:
    """Evaluate the extractor on the gold and (by default) write eval/reports/ledger.md/.json."""
    from eval.report import write_reports

    report = ledger_report(evaluate_ledger())
    if write:
        write_reports(report)
    return report


def attach_to(report: Report, ledger: Report) -> Report:
    """The own-set report with the ledger extraction part added (one `notices eval` run).
    The chat route on eval/ledger_questions.jsonl is scored by eval/ledger_chat.py."""
    report.tables.extend(ledger.tables)
    report.data.setdefault("ledger", {})["extraction"] = ledger.data["splits"]
    report.errors.extend(f"台账: {e}" for e in ledger.errors)
    return report


def main() -> int:  # python -m eval.ledger
    from eval.report import print_report

    report = run_ledger()
    print_report(report)
    print("报告已写入: eval/reports/ledger.md, eval/reports/ledger.json")
    return 1 if report.data["gold_problems"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

