"""Ledger layouts met in a blind probe part, written here in wordings of their own (白石县
交通运输局, 石门县文化和旅游局): a table whose first column names each problem's area, and
a plan whose tasks are "任务N：" paragraphs ending in labels set in black brackets."""
from __future__ import annotations

from corpus.headings import parse_structure
from corpus.ledger import extract_ledger
from corpus.load import parse_notice
from corpus.numbering import match_marker

AREA_TABLE = """白石县交通运输局关于审计整改情况的报告
一、整改台账
| 序号 | 问题类型 | 审计发现的问题 | 整改措施 | 责任股室 | 整改期限 | 整改进度 |
| 1 | 资金管理 | 农村公路养护资金滞留 | 拨付滞留资金320万元 | 财务股 | 2025年6月30日 | 已完成 |
| 2 | 资金管理 | 客运补贴发放依据不足 | 重新核定补贴对象 | 运输股 | 2025年10月31日 | 正在推进 |
| 3 | 工程监管 | 桥梁检测频次不够 | 每年检测一次 | 公路股 | 长期坚持 | 持续推进 |
"""

TASK_PLAN = """石门县文化和旅游局2025年公共文化服务提升行动方案
一、主要任务
任务一：建设乡村文化广场。新建乡村文化广场15个，每个补助8万元。【牵头科室】公共服务股【协办单位】县财政局【完成节点】2025年9月30日
任务二：开展送戏下乡。全年送戏下乡120场。【牵头科室】艺术股【完成节点】2025年12月31日
二、进度安排
第一阶段：动员部署（2025年3月）。各乡镇上报选址。
第二阶段：推进实施（2025年4月至11月）。按月调度。
"""


def _items(text: str, name: str):
    notice = parse_notice(text.encode("utf-8"), name)
    return notice, extract_ledger(notice).items


def test_an_area_column_is_the_rows_heading_and_the_problem_column_its_problem():
    notice, items = _items(AREA_TABLE, "白石县交通运输局_审计整改报告.md")
    assert [i.problem.text for i in items] == ["农村公路养护资金滞留", "客运补贴发放依据不足",
                                               "桥梁检测频次不够"]
    assert [i.section[-1].text for i in items] == ["资金管理", "资金管理", "工程监管"]
    assert [i.status for i in items] == ["完成", "推进中", "长期坚持"]
    for item in items:
        area = item.section[-1]
        assert notice.text[area.start:area.end] == area.text


def test_named_task_numbers_and_stages_are_numbering_markers():
    assert match_marker("任务一：建设乡村文化广场。新建15个。").style == "任务1"
    assert match_marker("任务12：开展送戏下乡。").style == "任务1"
    assert match_marker("第二阶段：推进实施（2025年4月至11月）。按月调度。").style == "阶段"
    assert match_marker("任务是建设广场。") is None
    assert match_marker("第二阶段的任务是按月调度。") is None
    headings = [p.heading.text for p in parse_structure(TASK_PLAN).paragraphs if p.heading]
    assert any(h.startswith("建设乡村文化广场") or "建设乡村文化广场" in h for h in headings)


def test_bracketed_labels_give_the_tasks_office_and_deadline_not_its_measures():
    notice, items = _items(TASK_PLAN, "石门县文化和旅游局_行动方案.txt")
    tasks = items[:2]
    assert len(items) == 2  # the stages of 二、进度安排 are the work's frame, not its tasks
    assert [i.problem.text for i in tasks] == ["建设乡村文化广场", "开展送戏下乡"]
    assert [[s.text for s in i.lead] for i in tasks] == [["公共服务股"], ["艺术股"]]
    assert [i.deadline.text for i in tasks] == ["2025年9月30日", "2025年12月31日"]
    assert not any("【" in m.text or "县财政局" in m.text for i in tasks for m in i.measures)


HELPER_TABLE = """白石县交通运输局农村公路提升任务分解表
| 序号 | 工作任务 | 牵头股室 | 配合单位 | 完成时限 |
| 1 | 改造危桥8座 | 公路股 | 县财政局、各乡镇人民政府 | 2025年10月31日 |
| 2 | 新建候车亭40个 | 运输股 | 县住建局 | 2025年12月31日 |
"""


def test_helpers_are_read_from_bracketed_labels_and_columns():
    _, tasks = _items(TASK_PLAN, "石门县文化和旅游局_行动方案.txt")
    assert [[s.text for s in i.helpers] for i in tasks[:2]] == [["县财政局"], []]
    notice, rows = _items(HELPER_TABLE, "白石县交通运输局_任务分解表.md")
    assert [[s.text for s in i.helpers] for i in rows] == [["县财政局", "各乡镇人民政府"],
                                                          ["县住建局"]]
    assert [[s.text for s in i.lead] for i in rows] == [["公路股"], ["运输股"]]
    for item in rows:
        assert all(notice.text[s.start:s.end] == s.text for s in item.helpers)
        assert item.to_dict()["helpers"] == [s.to_dict() for s in item.helpers]


def test_who_assists_is_asked_and_answered_with_the_helpers():
    from assistant.ledger_answer import NoticeLedger, write_reply
    from assistant.ledger_intent import read_ledger_ask
    from assistant.ledger_route import wanted_field

    assert read_ledger_ask("改造危桥由哪个单位配合?").want == "helpers"
    assert read_ledger_ask("候车亭的配合单位是哪个?").want == "helpers"
    assert wanted_field("谁来配合?") == "helpers"
    assert read_ledger_ask("改造危桥由哪个股室牵头?").want == "lead"
    notice, rows = _items(HELPER_TABLE, "白石县交通运输局_任务分解表.md")
    reply = write_reply("helpers", [NoticeLedger(notice, rows, rows)])
    assert "配合单位：县财政局" in reply.text and "县住建局" in reply.text
    assert all(notice.text[c.start:c.end] == c.quote for c in reply.citations)


def test_the_items_an_office_assists_are_those_naming_it_among_their_helpers():
    from assistant.ledger_answer import filter_items
    from assistant.ledger_intent import read_ledger_ask

    ask = read_ledger_ask("哪几项任务需要县住建局配合?")
    assert ask.want == "helpers" and ask.office.endswith("县住建局")
    notice, rows = _items(HELPER_TABLE, "白石县交通运输局_任务分解表.md")
    assisted = filter_items(rows, notice, office="县住建局", helping=True)
    assert [i.problem.text for i in assisted] == ["新建候车亭40个"]
    assert filter_items(rows, notice, office="县住建局") == []  # it leads none


def test_banjie_is_done_as_wancheng_is():
    from assistant.ledger_intent import is_ledger_word, read_ledger_ask

    done = read_ledger_ask("白石县交通运输局哪些问题已经办结了?")
    assert done.statuses == ("完成",) and is_ledger_word("办结")  # a status, no topic word
    assert "完成" not in read_ledger_ask("哪些问题还没办结?").statuses


AREAS_REPORT = """中共白石县统计局党组关于巡察整改进展情况的通报
巡察组共指出3个方面4个问题，已完成整改2个，正在整改1个，需长期坚持1个。
（一）统计数据质量方面
问题1：部分乡镇统计台账不规范。整改情况：统一台账模板，培训统计员40人。目前状态：已完成整改。牵头部门：综合股。
问题2：联网直报审核把关不严。整改情况：建立三级审核制度。目前状态：正在整改，预计2025年10月31日前完成。牵头部门：农业股。
（二）全面从严治党方面
问题3：公务接待清单不全。整改情况：补齐接待清单23份。目前状态：已完成整改。牵头部门：办公室。
（三）落实巡察、审计等监督发现问题整改方面
问题4：审计整改“回头看”不经常。整改情况：每半年开展一次回头看。目前状态：长期坚持。牵头部门：办公室。
下一步工作打算
持续巩固整改成果，举一反三建立长效机制。
"""


def test_every_area_of_the_feedback_is_read_and_each_line_gives_its_status_and_office():
    notice, items = _items(AREAS_REPORT, "白石县统计局_巡察整改通报.txt")
    assert len(items) == 4  # the fourth area's name alone once made it the only ledger part
    assert [i.status for i in items] == ["完成", "推进中", "完成", "长期坚持"]
    assert [[s.text for s in i.lead] for i in items] == [["综合股"], ["农业股"], ["办公室"],
                                                        ["办公室"]]
    assert items[1].deadline.text == "2025年10月31日前"
    assert not any("目前状态" in m.text or "牵头部门" in m.text for i in items for m in i.measures)
    assert not any("长效机制" in m.text for m in items[-1].measures)  # 下一步 closes the last


def test_a_numbered_note_defining_a_term_is_no_item():
    text = ("白石县交通运输局2025年民生实事项目\n一、项目清单\n"
            "1.改造危桥8座。责任单位：公路股；完成时限：2025年10月31日。\n"
            "2.新建候车亭40个。责任单位：运输股；完成时限：2025年12月31日。\n"
            "3.“危桥”指技术状况评定为四类、五类的桥梁。\n")
    _, items = _items(text, "白石县交通运输局_民生实事.txt")
    assert [i.problem.text for i in items] == ["改造危桥8座", "新建候车亭40个"]


def test_follow_ups_name_an_office_or_ask_who_assists_the_nth_item():
    """Found driving the app: "其中哪些是X牵头的?" listed items of other offices, and "第二项由哪个
    单位配合?" found none."""
    from assistant.ledger_route import answer_followup, items_reference

    notice, items = _items(AREAS_REPORT, "白石县统计局_巡察整改通报.txt")
    ledgers = {notice.doc_id: type("L", (), {"items": items, "totals": ()})()}
    question = "其中哪些是办公室牵头的?"
    reply = answer_followup(question, items_reference(question), items, {notice.doc_id: notice},
                            ledgers.__getitem__)
    assert "公务接待清单不全" in reply.text and "审计整改" in reply.text
    assert "综合股" not in reply.text and "农业股" not in reply.text
    notice, rows = _items(HELPER_TABLE, "白石县交通运输局_任务分解表.md")
    ledgers = {notice.doc_id: type("L", (), {"items": rows, "totals": ()})()}
    question = "第二项由哪个单位配合?"
    reply = answer_followup(question, items_reference(question), rows, {notice.doc_id: notice},
                            ledgers.__getitem__)
    assert not reply.abstained and "配合单位：县住建局" in reply.text


APPENDIX_REPORT = (
    "中共白石县医疗保障局党组关于巡察反馈意见整改情况的报告\n"
    "县委第二巡察组于2025年4月反馈了巡察意见。现将整改情况报告如下。\n"
    "一、提高政治站位\n局党组召开专题会议研究整改工作。\n"
    "二、主要做法\n（一）压实责任。成立整改工作领导小组。\n（二）建立清单。逐项明确责任领导。\n"
    "三、下一步打算\n持续巩固整改成果。\n"
    "中共白石县医疗保障局党组\n2025年10月20日\n"
    "附件：整改任务清单\n"
    "| 序号 | 反馈问题 | 整改措施 | 责任领导 | 责任股室 | 完成时限 | 完成情况 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 医保基金监管不严 | 开展定点医药机构专项检查 | 副局长刘洋 | 基金监管股 | 2025年9月30日 | 已完成 |\n"
    "| 2 | 异地就医备案办理慢 | 推行网上备案 | 陈明 | 医保服务中心 | 2025年12月31日 | 部分完成，线上备案已开通 |\n"
    "| 3 | 干部作风不实 | 开展作风整顿 | 刘洋 | 办公室 | 长期 | 长期坚持 |\n")


def test_a_report_whose_ledger_is_an_appendix_table_lists_the_rows_alone():
    """The numbered prose (主要做法, 下一步打算) frames the table: it lists no items; a
    "部分完成" cell is still being done."""
    _, items = _items(APPENDIX_REPORT, "白石县医疗保障局_巡察整改报告.md")
    assert [i.problem.text for i in items] == ["医保基金监管不严", "异地就医备案办理慢", "干部作风不实"]
    assert [i.status for i in items] == ["完成", "推进中", "长期坚持"]


def test_a_question_naming_a_leader_lists_his_items_only():
    """"刘洋负责的是哪几个问题?": his items (written "副局长刘洋" or "刘洋"), not another leader's
    item that shares the question's words."""
    from assistant.ledger_route import _named_leader

    _, items = _items(APPENDIX_REPORT, "白石县医疗保障局_巡察整改报告.md")
    assert _named_leader("白石县医保局巡察整改中刘洋负责的是哪几个问题?", items) == "刘洋"
    assert _named_leader("白石县医保局有哪些问题还没整改完?", items) == ""
    led = [i.problem.text for i in items if any("刘洋" in s.text for s in i.leaders)]
    assert led == ["医保基金监管不严", "干部作风不实"]


SUMMARY_TABLE_REPORT = (
    "石门县民政局关于审计查出问题整改情况的报告\n"
    "一、审计查出问题的整改情况\n"
    "（一）关于低保资金违规发放的问题\n审计发现，向不符合条件的12户发放低保金。\n"
    "整改情况：已追回全部资金。\n"
    "（二）关于养老服务补贴拨付滞后的问题\n审计发现，补贴拨付平均滞后3个月。\n"
    "整改情况：正在整改，已拨付80%。\n"
    "二、整改情况汇总表\n"
    "| 序号 | 审计查出问题 | 涉及金额（万元） | 整改状态 | 责任股室 | 分管领导 |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 低保资金违规发放 | 6.2 | 已整改到位 | 社会救助股 | 王海 |\n"
    "| 2 | 养老服务补贴拨付滞后 | 30.5 | 正在整改 | 养老服务股 | 李静 |\n"
    "| 合计 | 2个问题 | 36.7 | — | — | — |\n")


def test_a_closing_summary_table_gives_its_fields_to_the_prose_findings():
    """Findings written as prose and summed up in a closing table (one row each, then a 合计
    row) are read once, each with its row's office and leader."""
    _, items = _items(SUMMARY_TABLE_REPORT, "石门县民政局_审计整改报告.md")
    assert [i.problem.text for i in items] == ["关于低保资金违规发放的问题", "关于养老服务补贴拨付滞后的问题"]
    assert [[s.text for s in i.lead] for i in items] == [["社会救助股"], ["养老服务股"]]
    assert [[s.text for s in i.leaders] for i in items] == [["王海"], ["李静"]]


CATEGORY_ROWS_PLAN = (
    "石桥县卫生健康局关于医疗服务领域问题整改方案\n"
    "一、总体要求\n坚持问题导向，逐项整改。\n"
    "二、问题清单\n"
    "| 任务编号 | 存在问题 | 整改目标 | 整改措施 | 责任领导 | 牵头科室 | 整改时限 |\n"
    "| 一、医疗质量方面 | | | | | | |\n"
    "| 1 | 处方点评覆盖不全 | 点评率100% | 每月抽查处方 | 张岩 | 医政股 | 2025年8月31日 |\n"
    "| 2 | 病历书写不规范 | 甲级病历率90% | 开展病历质控 | 张岩 | 医政股 | 2025年9月30日 |\n"
    "| 二、行风建设方面 | | | | | | |\n"
    "| 3 | 收受回扣问题时有发生 | 零发生 | 签订廉洁承诺书 | 刘敏 | 纪检室 | 长期坚持 |\n"
    "三、工作要求\n各科室要按时限推进。\n")


def test_category_rows_spanning_a_table_head_its_rows_and_split_nothing():
    """A row filling only its first cell ("一、医疗质量方面") is no heading of the notice (it
    would cut the rows below from their header) but the heading of the rows under it; a
    "任务编号" column is their serial, not their problem."""
    notice, items = _items(CATEGORY_ROWS_PLAN, "石桥县卫生健康局_整改方案.txt")
    assert [i.problem.text for i in items] == ["处方点评覆盖不全", "病历书写不规范", "收受回扣问题时有发生"]
    assert [i.section[-1].text for i in items] == ["一、医疗质量方面", "一、医疗质量方面", "二、行风建设方面"]
    assert [[s.text for s in i.lead] for i in items] == [["医政股"], ["医政股"], ["纪检室"]]
    assert [[s.text for s in i.leaders] for i in items] == [["张岩"], ["张岩"], ["刘敏"]]
    assert not any("|" in h for p in notice.passages for h in p.section)


def test_which_ones_asks_the_items_not_their_count():
    """"刘敏负责的是哪几个问题?" lists items (a plan states no status to count them by);
    "还有几个问题没整改完?" counts."""
    from assistant.ledger_intent import read_ledger_ask

    assert read_ledger_ask("石桥县卫健局整改方案里刘敏负责的是哪几个问题?").want == "items"
    assert read_ledger_ask("石桥县卫健局还有几个问题没整改完?").want == "count"


def test_a_due_date_and_the_items_noun_are_no_topic_to_filter_items_by():
    """"…要求2025年10月31日前整改到位的是哪几个问题?": "31日前" is not the word 日前, and
    "要求" no topic; "哪几项主要指标没有完成?" names the items (指标) it asks about."""
    from assistant.ledger_intent import is_ledger_word, read_ledger_ask

    ask = read_ledger_ask("石桥县卫健局整改方案中要求2025年10月31日前整改到位的是哪几个问题?")
    assert ask.due_before == "2025年10月31日前" and "31日前" not in ask.topic
    assert is_ledger_word("要求") and is_ledger_word("指标") and is_ledger_word("主要")
