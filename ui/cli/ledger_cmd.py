"""`notices ledger`: the rectification ledger (整改台账) as a table, JSON, CSV, Excel or Word."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli.options import add_index_options, index_root
from ui.cli.parser import add_command

# Characters of a problem or measure shown in the terminal table (the files carry it whole).
TABLE_TEXT_CHARS = 60
STATUS_CHOICES = "完成 阶段性成效 长期坚持 推进中 未说明"  # corpus.ledger.STATUSES


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands, "ledger", "整改台账: 问题、措施、状态、时限、牵头单位",
        "列出通报中的整改条目 (问题 → 整改措施 → 状态、完成时限、牵头单位), 每个字段都是通报原文, "
        "带出处 (文档编号、段落编号、字符位置)。可按单位、文档、状态、牵头单位、时限、章节筛选; "
        "--summary 按通报汇总各状态条目数, 并与通报自述的总数核对。",
        ["notices ledger --agency 济南 --status 阶段性成效 --status 长期坚持",
         "notices ledger --lead 人事处 --due-before 2022-06-30",
         "notices ledger --summary", "notices ledger --json > 台账.json",
         "notices ledger --xlsx 整改台账.xlsx"])
    parser.add_argument("--agency", action="append", default=[], metavar="机构",
                        help="只列该单位的条目, 如: 济南 (可重复)")
    parser.add_argument("--doc", action="append", default=[], metavar="文档",
                        help="只列该文档的条目 (文档编号, 见 notices index status; 可重复)")
    parser.add_argument("--status", action="append", default=[], metavar="状态",
                        help=f"只列该状态的条目: {STATUS_CHOICES} (可重复)")
    parser.add_argument("--lead", metavar="单位", help="牵头/责任单位包含该文字, 如: 人事处")
    parser.add_argument("--due-before", metavar="日期",
                        help="完成时限在该日期或之前 (年-月-日, 如 2021-12-31)")
    parser.add_argument("--section", metavar="文字", help="所在章节标题包含该文字")
    parser.add_argument("--text", metavar="文字", help="问题或整改措施包含该文字, 如: 党支部")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true",
                        help="输出 JSON 数组 (每个条目: doc_id agency section problem measures "
                             "status status_quote deadline lead, 文本字段为 {text,start,end})")
    output.add_argument("--csv", action="store_true", help="输出 CSV (UTF-8 带 BOM, Excel 可直接打开)")
    output.add_argument("--xlsx", type=Path, metavar="文件",
                        help="写入 Excel 文件: 汇总表 + 每个单位一张表")
    output.add_argument("--docx", type=Path, metavar="文件", help="写入 Word 文件: 汇总表 + 各单位条目")
    output.add_argument("--summary", action="store_true",
                        help="按通报汇总: 各状态条目数, 旁列通报自述的总数, 一致/不一致及差异")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from assistant.service import Assistant, LedgerQuery, LedgerQueryError

    try:
        query = LedgerQuery(agencies=tuple(args.agency), doc_ids=tuple(args.doc),
                            statuses=tuple(args.status), lead=args.lead,
                            due_before=args.due_before, section=args.section,
                            text=args.text)
    except LedgerQueryError as exc:  # before the index is opened: a usage error
        print(f"错误: {exc}", file=sys.stderr)
        return 2
    bot = Assistant.open(index_root(args), model=args.model, llm=False)
    if args.summary:
        print_summary(bot.ledger_summary(query))
        return 0
    items = bot.ledger(query)
    unknown = [d for d in args.doc if d not in bot.searcher.index.manifest.documents]
    if unknown:
        print(f"索引中没有文档: {'、'.join(unknown)} (见 notices index status)。", file=sys.stderr)
    if args.json:
        print(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=1))
    elif args.csv:
        from assistant.ledger_export import items_to_csv

        sys.stdout.buffer.write(items_to_csv(items, bot.ledger_summary(query)))
        sys.stdout.flush()
    elif args.xlsx or args.docx:
        from assistant.ledger_export import items_to_docx, items_to_xlsx

        path, write = (args.xlsx, items_to_xlsx) if args.xlsx else (args.docx, items_to_docx)
        path.write_bytes(write(items, bot.ledger_summary(query)))
        print(f"已写入 {path}: {len(items)} 个条目。")
    else:
        print_items(items, {row["doc_id"]: row["title"] for row in bot.ledger_summary(query)})
    return 1 if unknown else 0


def print_items(items: list, titles: dict[str, str]) -> None:
    """One table per notice (its agency and title above it), one row per item."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from assistant.ledger_export import position

    console = Console(highlight=False)
    if not items:
        console.print("没有符合条件的整改条目。")
        return
    by_doc: dict[str, list] = {}
    for item in items:
        by_doc.setdefault(item.doc_id, []).append(item)
    for doc_id, group in by_doc.items():
        table = Table(title=Text(f"{group[0].agency or '未知机构'} · {titles.get(doc_id, '')}\n"
                                 f"{doc_id} · {len(group)} 项"), show_lines=True)
        for column in ("序号", "问题", "状态", "完成时限", "牵头单位", "出处"):
            table.add_column(column, overflow="fold")
        for item in group:
            table.add_row(*_texts(str(item.ordinal), _cut(item.problem.text), item.status,
                                  item.deadline.text if item.deadline else "",
                                  "、".join(s.text for s in item.lead), position(item)))
        console.print(table)
    console.print(f"共 {len(items)} 项。")


def print_summary(rows: list[dict]) -> None:
    """Per notice (grouped by agency): items by status, each with the count the notice
    states beside it ("13 (自述 13)"), then 一致 / 不一致 with the differences."""
    from corpus.ledger import STATUSES
    from index.storage.ledger_store import check_line

    by_agency: dict[str, list[dict]] = {}
    for row in rows:
        by_agency.setdefault(row["agency"] or "未知机构", []).append(row)
    for agency, group in by_agency.items():
        print(f"{agency}")
        for row in group:
            def count(key: str, counted: int) -> str:
                stated = row["stated"].get(key)
                return f"{key} {counted}" + ("" if stated is None else f" (自述 {stated})")

            print(f"  {row['title']} ({row['doc_id']})")
            print("    " + " · ".join([count("总数", row["total"]),
                                       *(count(s, row["counts"][s]) for s in STATUSES)]))
            print(f"    核对: {check_line(row['agrees'], row['differences'])}")
    agree = sum(r["agrees"] is True for r in rows)
    disagree = sum(r["agrees"] is False for r in rows)
    print(f"\n整改台账: {sum(r['total'] for r in rows)} 项, {agree} 份通报与自述总数一致, "
          f"{disagree} 份不一致, {len(rows) - agree - disagree} 份未自述总数。")


def _texts(*values: str) -> list:
    """Notice text as rich Text: never read as markup ("[1]" stays)."""
    from rich.text import Text

    return [Text(v) for v in values]


def _cut(text: str) -> str:
    return text if len(text) <= TABLE_TEXT_CHARS else text[:TABLE_TEXT_CHARS] + "…"
