"""Meeting minutes and progress tables, in wordings written here (白石县, 石桥县): a 会议纪要
whose decisions end "（牵头：…；配合：…；时限：…）" after the last meeting's items reviewed as
"1.…——已办结，…"; a progress table whose 类别 and 分管领导 cells stand on a group's first row
only, repeated under its header at a page break, rated 提前完成/序时推进/进度滞后/尚未启动."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

MINUTES = """白石县交通运输局专题会议纪要
会议听取了上次会议议定事项落实情况：
1.完成国道改线段征地补偿——已办结，补偿款已全部发放到户。
2.启动农村公路安防工程二期——尚未启动，主要原因是资金未到位。
3.修订公交线网优化方案——正在推进，已完成首轮意见征求。
经研究，会议议定以下事项：
一、加快桥梁隐患整治。对排查出的7座危桥限期加固，汛前完成主体工程。（牵头：公路养护股；配合：县公路事业发展中心、各乡镇；时限：8月31日前）
二、推进客运站改造。年内完成候车厅改造和智能售票系统上线。（牵头：运输管理股、规划建设股；配合：县城投公司；时限：12月31日前）
"""


def _ledger(text: str, name: str):
    notice = parse_notice(text.encode("utf-8"), name)
    return notice, extract_ledger(notice).items


def test_decisions_of_minutes_keep_their_bare_labelled_leads_and_deadlines():
    notice, items = _ledger(MINUTES, "白石县交通运输局_专题会议纪要.txt")
    decisions = [i for i in items if i.problem.text.startswith(("加快桥梁", "推进客运站"))]
    assert [[s.text for s in i.lead] for i in decisions] == [["公路养护股"], ["运输管理股", "规划建设股"]]
    assert [i.deadline.text for i in decisions] == ["8月31日前", "12月31日前"]
    assert all(notice.text[s.start:s.end] == s.text for i in decisions for s in i.lead)


def test_a_decision_numbered_above_the_reviewed_items_is_not_nested_under_them():
    notice = parse_notice(MINUTES.encode("utf-8"), "白石县交通运输局_专题会议纪要.txt")
    levels = {h.text[:2]: h.level for h in notice.headings}
    assert levels["一、"] < levels["3."]  # 一、 outranks the reviewed item 3. above it
    passage = next(p for p in notice.passages if "7座危桥" in p.text)
    assert not any(s.startswith("3.") for s in passage.section)


def test_a_status_after_a_dash_is_the_reviewed_items():
    from corpus.ledger.status import INLINE_STATUS_LABEL, classify
    line = "2.启动农村公路安防工程二期——尚未启动，主要原因是资金未到位。"
    label = INLINE_STATUS_LABEL.search(line)
    assert label is not None and line[label.end():].startswith("尚未启动")
    assert classify("尚未启动，主要原因是资金未到位").status == "推进中"
    assert classify("已办结，补偿款已全部发放到户").status == "完成"
    assert classify("提前完成").status == "完成"
    assert classify("进度滞后").status == "推进中"


TABLE = """石桥县林业局关于上半年重点工作推进情况的通报
| 类别 | 编号 | 重点工作 | 全年目标任务 | 进度评价 | 责任股室 | 分管领导 |
| 生态保护 | 1 | 森林防火 | 建设防火隔离带30公里 | 序时推进 | 防火股 | 副局长甲某 |
| | 2 | 古树名木保护 | 挂牌保护古树120株 | 提前完成 | 资源股 | |
| 类别 | 编号 | 重点工作 | 全年目标任务 | 进度评价 | 责任股室 | 分管领导 |
| | 3 | 松材线虫病防治 | 清理病死树5000株 | 进度滞后 | 防治站 | |
| 产业发展 | 4 | 油茶扩种 | 新造油茶林2000亩 | 尚未启动 | 产业股 | 副局长乙某 |
"""


def test_cells_written_once_over_a_group_carry_down_across_a_repeated_header():
    _, items = _ledger(TABLE, "石桥县林业局_推进情况通报.md")
    assert [i.problem.text for i in items] == ["森林防火", "古树名木保护", "松材线虫病防治", "油茶扩种"]
    assert [[s.text for s in i.leaders] for i in items] == [["副局长甲某"], ["副局长甲某"],
                                                             ["副局长甲某"], ["副局长乙某"]]
    assert [i.section[-1].text for i in items] == ["生态保护", "生态保护", "生态保护", "产业发展"]
    assert [i.status for i in items] == ["推进中", "完成", "推进中", "推进中"]


def test_reviewed_items_take_the_status_after_their_dash():
    _, items = _ledger(MINUTES, "白石县交通运输局_专题会议纪要.txt")
    reviewed = items[:3]
    assert [i.problem.text for i in reviewed] == ["完成国道改线段征地补偿", "启动农村公路安防工程二期",
                                                  "修订公交线网优化方案"]
    assert [i.status for i in reviewed] == ["完成", "推进中", "推进中"]


def test_a_rating_asked_picks_the_items_whose_status_words_it():
    from assistant.ledger_intent import read_ledger_ask
    from assistant.ledger_route import _worded
    ask = read_ledger_ask("石桥县林业局上半年哪几项工作进度滞后?")
    assert ask.statuses == ("推进中",) and ask.worded and "滞后" not in ask.topic
    notice, items = _ledger(TABLE, "石桥县林业局_推进情况通报.md")
    assert [i.problem.text for i in _worded(items, ask.worded)] == ["松材线虫病防治"]
    ask = read_ledger_ask("石桥县林业局还没启动的是哪项工作?")
    assert [i.problem.text for i in _worded(items, ask.worded)] == ["油茶扩种"]
    ask = read_ledger_ask("超额完成全年任务的是哪几项工作?")
    assert ask.want == "status" and ask.statuses == ("完成",)  # which ones, not how many
    assert [i.problem.text for i in _worded(items, ask.worded)] == ["古树名木保护"]  # 提前完成


def test_a_reason_asked_is_no_ledger_question():
    from assistant.ledger_intent import read_ledger_ask
    assert read_ledger_ask("为什么还没启动?") is None
    assert read_ledger_ask("进度滞后的原因是什么?") is None
    assert read_ledger_ask("哪些工作还没启动?") is not None


def test_a_list_the_notice_names_counted_inside_is_no_ledger_question():
    from assistant.ledger_intent import read_ledger_ask
    assert read_ledger_ask("执法检查事项清单里一共有多少项?") is None
    assert read_ledger_ask("那份权责清单中列了几项?") is None
    # the rectification list is the ledger itself
    assert read_ledger_ask("问题清单中有几个已经完成?") is not None


def test_the_items_of_a_category_or_of_a_leader_are_listed_from_the_ledger():
    from assistant.ledger_intent import read_ledger_ask
    ask = read_ledger_ask("石桥县林业局重点工作中生态保护这一类包括哪几项?")
    assert ask is not None and ask.want == "items" and "生态保护" in ask.topic
    ask = read_ledger_ask("石桥县林业局上半年通报里, 甲某分管的是哪几项重点工作?")
    assert ask is not None and ask.want == "items"
    assert read_ledger_ask("生态保护这一类工作成效怎么样?") is None


def test_the_minutes_own_words_for_their_items_are_no_topic():
    from assistant.ledger_intent import ledger_topic, is_ledger_word
    ask_topic = ledger_topic("专题会议要求在8月底前完成的议定事项有哪些?")
    assert all(is_ledger_word(w) for w in ("议定", "专题会议", "纪要"))
    assert "议定" in ask_topic  # kept in the text, judged as a ledger word where scored


def test_leaders_given_decisions_by_number_are_their_leaders():
    text = MINUTES + "局领导按分工督促落实：王明同志负责第一项，李强同志负责第二项。\n"
    notice, items = _ledger(text, "白石县交通运输局_专题会议纪要.txt")
    decisions = {i.problem.text[:7]: [s.text for s in i.leaders] for i in items}
    assert decisions["加快桥梁隐患整"] == ["王明"]
    assert decisions["推进客运站改造"] == ["李强"]
    assert decisions["完成国道改线段"] == []  # the reviewed list's 1. is not the 一、
