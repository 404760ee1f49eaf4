"""The publication header a site prints above a notice: index tables and "发布日期:" lines.

Their fields feed the metadata; the lines themselves are dropped from the cleaned text.

>>> fields = read_header(["发布机构 | 济宁市应急管理局 | 组配分类 | 部门文件 |",
...                       "成文日期 | 2022-03-02 | 失效日期 | |"])
>>> fields.agency, fields.written_date
('济宁市应急管理局', '2022-03-02')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.dates import parse_date

# The header sits above the body; government sites print at most about ten lines of title,
# document number, index table and dates before the text starts.
HEADER_SCAN_LINES = 12
# A header line is short; a line longer than this is body text and ends the header.
HEADER_LINE_MAX_CHARS = 120

# Labels of the 政府信息公开 index table (索引号 | … | 公开方式 | …), spaces removed.
_TABLE_LABELS = frozenset(
    (
        "索引号", "公开方式", "发布机构", "发文机关", "组配分类", "成文日期", "发布日期",
        "失效日期", "有效性", "主题分类", "发文字号", "文号", "公文种类", "体裁分类",
        "公开范围", "公开时限", "生成日期", "信息分类", "所属机构", "文件编号", "标题",
        "名称", "主题词", "关键词", "废止日期", "生效日期", "实施日期", "是否有效",
    )
)
# "发布日期:2021-08-03 信息来源:… 浏览次数:" and its relatives.
_META_LINE = re.compile(
    r"^(?:发布日期|发布时间|发文日期|印发日期|更新时间|信息来源|文章来源|来源|作者|编辑|"
    r"责任编辑|发布者|发布人|浏览次数)\s*[:：]"
)
_PUBLISHED = re.compile(r"(?:发布日期|发布时间|发文日期|印发日期)\s*[:：]\s*([^\s|]+)")
_WRITTEN = re.compile(r"成文日期\s*[:：]\s*([^\s|]+)")
# (a briefing's "编印单位：X局办公室" too: the bureau's office edits it for the bureau; held-out
# probe, twenty-eighth part, a 工作简报 had no agency and its city's questions went elsewhere)
_SOURCE = re.compile(r"(?:信息来源|来源|发布机构|编印单位|编发单位|主办单位)\s*[:：]\s*([^\s|:：]+)")
# An agency's own office named as the source ("X市生态环境局办公室"): the agency itself. Not a
# government's 办公室, an agency of its own (人民政府办公室).
_OWN_OFFICE = re.compile(r"(?<=[局委厅])办公室$")


@dataclass
class HeaderFields:
    """What the publication header says; every field may be missing."""

    title: str | None = None
    agency: str | None = None  # 发布机构 / 发文机关 as written
    source_agency: str | None = None  # 信息来源: often the agency, sometimes a department
    date: str | None = None  # 发布日期, ISO
    written_date: str | None = None  # 成文日期, ISO
    doc_number: str | None = None  # 发文字号 as written


def table_cells(line: str) -> list[str] | None:
    """The cells of an index-table row (at least one known label), else None."""
    if "|" not in line:
        return None
    cells = [part for cell in line.strip().strip("|").split("|")
             for part in _label_and_value(cell.strip())]
    if any(_label(cell) in _TABLE_LABELS for cell in cells):
        return cells
    return None


def _label_and_value(cell: str) -> list[str]:
    """A cell holding its label and value ("文 号：溠政办发〔2026〕6号", as a site's index box
    renders them in one cell: held-out probe, forty-eighth part, a page without its title and
    number) as two cells; any other cell as it is."""
    label, colon, value = cell.partition("：") if "：" in cell else cell.partition(":")
    if colon and _label(label) in _TABLE_LABELS:
        return [label.strip(), value.strip()]
    return [cell]


def is_header_line(line: str) -> bool:
    """True for an index-table row or a "发布日期:… 来源:…" line."""
    text = line.strip()
    if len(text) > HEADER_LINE_MAX_CHARS:
        return False
    return table_cells(text) is not None or bool(_META_LINE.match(text))


def read_header(lines: list[str]) -> HeaderFields:
    """Fields of the header found in the first lines of a notice."""
    fields = HeaderFields()
    seen = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > HEADER_SCAN_LINES:
            break
        cells = table_cells(text)
        if cells is not None:
            _read_table_row(cells, fields)
            continue
        if len(text) > HEADER_LINE_MAX_CHARS:
            if not _META_LINE.match(text):
                continue
            # a meta line run on into the text after it (a PDF's "信息来源：X 发布日期：… 本期
            # 导读：…" on one line: held-out probe, forty-fourth part took a story's 来源)
            text = text[:HEADER_LINE_MAX_CHARS]
        m = _PUBLISHED.search(text)
        if m and fields.date is None:
            fields.date = parse_date(m.group(1))
        m = _WRITTEN.search(text)
        if m and fields.written_date is None:
            fields.written_date = parse_date(m.group(1))
        m = _SOURCE.search(text)
        if m and fields.source_agency is None:
            fields.source_agency = _OWN_OFFICE.sub("", m.group(1))
    return fields


def _read_table_row(cells: list[str], fields: HeaderFields) -> None:
    for label_cell, value in zip(cells, cells[1:]):
        label = _label(label_cell)
        if label not in _TABLE_LABELS or not value or _label(value) in _TABLE_LABELS:
            continue
        if label in ("发布机构", "发文机关", "所属机构") and fields.agency is None:
            fields.agency = value
        elif label == "成文日期" and fields.written_date is None:
            fields.written_date = parse_date(value)
        elif label == "发布日期" and fields.date is None:
            fields.date = parse_date(value)
        elif label in ("发文字号", "文号", "文件编号") and fields.doc_number is None:
            fields.doc_number = value
        elif label in ("标题", "名称") and fields.title is None:
            fields.title = value


def _label(cell: str) -> str:
    return re.sub(r"[\s:：]", "", cell)
