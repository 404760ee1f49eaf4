"""The person who answers for an item (责任领导, 责任人, 分管领导), read from labelled lines and
table columns, never taken for a measure, and asked by "谁是责任领导?"; the office that leads
(牵头单位) shown apart from those responsible beside it; a stated total that is the items'.
Written for these tests in wordings of their own (石桥县水利局, 石桥县农业农村局, 石桥县商务局)."""
from __future__ import annotations

from assistant.ledger_answer import NoticeLedger, write_reply
from assistant.ledger_intent import read_ledger_ask
from assistant.ledger_route import wanted_field
from corpus.ledger import extract_ledger
from corpus.load import parse_notice

LINES = """石桥县水利局关于巡察反馈问题整改情况的报告
县委巡察办：
一、存在问题的整改情况
（一）农村饮水工程维护不到位
整改措施：对全县42处集中供水工程逐一排查，更换老化管网6.5公里。
整改结果：已完成整改。
分管领导：陈思远（副局长）
责任单位：农村水利股
完成时间：2025年4月30日
（二）河道采砂监管存在盲区
整改措施：在重点河段安装视频监控12套，联合公安开展夜间巡查。
整改结果：正在整改。
责任人：林海、周敏
责任单位：河湖管理股
完成时间：2025年11月30日
石桥县水利局
2025年6月3日
"""

TABLE = """石桥县农业农村局巡察整改台账
| 序号 | 反馈问题 | 整改措施 | 责任领导 | 责任单位 | 完成时限 |
| 1 | 农机购置补贴审核不严 | 逐户复核2023年补贴档案 | 王建华 | 农机股 | 2025年5月底前 |
| 2 | 高标准农田管护缺位 | 建立管护责任清单 | 李春 | 农田建设股 | 长期坚持 |
"""


def _items(text: str, name: str):
    notice = parse_notice(text.encode("utf-8"), name)
    return notice, extract_ledger(notice).items


def test_leader_lines_are_leaders_not_measures():
    notice, items = _items(LINES, "石桥县水利局_整改情况报告.txt")
    assert [[s.text for s in i.leaders] for i in items] == [["陈思远（副局长）"], ["林海、周敏"]]
    assert [[s.text for s in i.lead] for i in items] == [["农村水利股"], ["河湖管理股"]]
    assert not any("领导" in m.text or "责任人" in m.text for i in items for m in i.measures)
    for item in items:
        assert all(notice.text[s.start:s.end] == s.text for s in item.leaders)
        assert item.to_dict()["leaders"] == [s.to_dict() for s in item.leaders]


def test_a_leader_column_is_read_apart_from_the_office_column():
    _, items = _items(TABLE, "石桥县农业农村局_整改台账.md")
    assert [[s.text for s in i.leaders] for i in items] == [["王建华"], ["李春"]]
    assert [[s.text for s in i.lead] for i in items] == [["农机股"], ["农田建设股"]]


def test_who_is_the_leader_is_asked_and_answered_with_the_leader():
    assert read_ledger_ask("采砂监管问题的责任领导是谁?").want == "leader"
    assert read_ledger_ask("哪位领导分管饮水工程整改?").want == "leader"
    assert read_ledger_ask("采砂监管问题由哪个股室负责?").want == "lead"
    assert wanted_field("谁是责任领导?") == "leader"
    assert wanted_field("谁负责?") == "lead"
    notice, items = _items(LINES, "石桥县水利局_整改情况报告.txt")
    reply = write_reply("leader", [NoticeLedger(notice, items[1:], items)])
    assert "责任领导：林海、周敏" in reply.text
    # "谁负责?" names the office and, where the item names one, its leader
    reply = write_reply("lead", [NoticeLedger(notice, items[:1], items)])
    assert "农村水利股" in reply.text and "陈思远" in reply.text
    assert all(notice.text[c.start:c.end] == c.quote for c in reply.citations)


def test_a_stated_total_equal_to_the_items_found_is_theirs():
    # 2 problems refined into 5 measures: the 2 the items are, not the larger 5
    _, items = _items(LINES, "石桥县水利局_整改情况报告.txt")
    text = LINES.replace("县委巡察办：\n", "县委巡察办：\n巡察组共反馈2个问题，局党组把2个问题细化为5条整改措施。\n")
    notice = parse_notice(text.encode("utf-8"), "石桥县水利局_整改情况报告.txt")
    ledger = extract_ledger(notice)
    assert len(ledger.items) == 2
    total = ledger.totals[0]
    assert total.status is None and total.count == 2
    assert total.quote.text == "巡察组共反馈2个问题"


def test_asking_for_the_leader_is_no_part_of_the_topic():
    from assistant.ledger_intent import ledger_topic
    from assistant.ledger_route import without_references
    assert "领导" not in ledger_topic("采砂监管问题谁是责任领导?")
    assert "领导" in ledger_topic("领导干部违规兼职问题整改了吗?")
    assert "领导" not in without_references("这个问题的分管领导是谁?")


PLAN = """石桥县商务局农村物流补短板实施方案
一、重点任务
（一）建设乡镇快递站点。新建乡镇快递站点12个。（牵头单位：县邮政管理局；责任单位：县交通运输局、县供销社）
（二）培育农村电商。开展电商培训500人次。（县商务局负责，全年实施）
"""


def test_the_office_that_leads_is_shown_apart_from_those_responsible():
    from corpus.ledger.assignment import LEADING, lead_roles
    notice, items = _items(PLAN, "石桥县商务局_实施方案.txt")
    first, second = items
    assert lead_roles(notice.text, [(s.start, s.end) for s in first.lead]) == [LEADING, "", ""]
    assert lead_roles(notice.text, [(s.start, s.end) for s in second.lead]) == [""]
    reply = write_reply("lead", [NoticeLedger(notice, [first], items)])
    # the aside assigning both roles is the one citation of both
    assert "牵头单位：县邮政管理局[2]；责任单位：县交通运输局、县供销社[2]" in reply.text
    assert [c.quote for c in reply.citations[1:2]] == ["牵头单位：县邮政管理局；责任单位：县交通运输局、县供销社"]
    # the task named by a title: what it is follows its field
    assert "任务内容：新建乡镇快递站点12个[3]" in reply.text
    reply = write_reply("lead", [NoticeLedger(notice, [second], items)])
    assert "牵头/责任单位：县商务局[2]" in reply.text
    assert reply.citations[1].quote == "县商务局负责，全年实施"



def test_offices_joined_before_the_lead_verb_all_lead():
    from corpus.ledger.assignment import LEADING, lead_roles
    text = PLAN.replace("（县商务局负责，全年实施）", "（县商务局、县财政局牵头负责，全年实施）")
    notice, items = _items(text, "石桥县商务局_实施方案.txt")
    second = items[1]
    assert [s.text for s in second.lead] == ["县商务局", "县财政局"]
    assert lead_roles(notice.text, [(s.start, s.end) for s in second.lead]) == [LEADING, LEADING]
    reply = write_reply("lead", [NoticeLedger(notice, [second], items)])
    assert "牵头单位：县商务局" in reply.text and "责任单位" not in reply.text


PROSE = """石桥县城管局关于巡察反馈问题整改进展情况的通报
一、作风建设方面
1.占道经营整治反复。
该问题由市容管理股牵头，会同县市场监管局办理，分管副局长黄某某负责。对城区8条主干道实行网格化巡查，取缔流动摊点46处。正在推进，预计2025年12月底前完成。
2.执法车辆管理混乱。
由局办公室牵头，局长吴某某负责。全面清理执法车辆9辆，建立出车登记制度。目前已整改完成。
二、工作任务
3.整治违法建设。拆除违法建设1.2万平方米。责任单位：各县（区）人民政府、县自然资源局，完成时限：2025年10月31日。
"""


def test_leads_and_leaders_stated_in_prose_or_labels_with_bracketed_names():
    notice, items = _items(PROSE, "石桥县城管局_整改进展通报.txt")
    assert [[s.text for s in i.lead] for i in items[:2]] == [["市容管理股"], ["局办公室"]]
    assert [[s.text for s in i.leaders] for i in items[:2]] == [["分管副局长黄某某"], ["局长吴某某"]]
    assert [i.status for i in items[:2]] == ["推进中", "完成"]
    third = items[2]
    assert [s.text for s in third.lead] == ["各县（区）人民政府", "县自然资源局"]
    assert third.deadline.text == "2025年10月31日"
    assert all(notice.text[s.start:s.end] == s.text for i in items for s in (*i.lead, *i.leaders))
    assert not any("责任单位" in m.text for m in third.measures)


def test_an_office_named_as_a_topic_finds_the_items_it_is_responsible_for():
    from assistant.ledger_answer import filter_items
    notice, items = _items(PLAN, "石桥县商务局_实施方案.txt")

    def names_it(text: str, context: str) -> float:
        return 1.0 if "县供销社" in text else 0.0

    assert not any("县供销社" in m.text for i in items for m in i.measures)  # not in the measures
    chosen = filter_items(items, notice, topic_score=names_it)
    assert [i.problem.text for i in chosen] == ["建设乡镇快递站点"]


def test_the_rest_after_one_item_is_the_rest_of_its_work_not_the_other_items():
    """"剩下的什么时候能弄完?" after an answer of one item asks that item's deadline; "剩下的问题"
    and "其余几项" name the other items."""
    from assistant.followup import own_topic
    from assistant.ledger_route import answer_followup, items_reference, without_references
    from assistant.question import topic_of

    notice, items = _items(LINES, "石桥县水利局_整改情况报告.txt")
    ledgers = {notice.doc_id: type("L", (), {"items": items, "totals": ()})()}
    one = [items[1]]  # the item in progress
    for question in ("剩下的什么时候能弄完?", "剩余部分什么时候能干完?"):
        assert own_topic(topic_of(without_references(question))) == "", question
        reply = answer_followup(question, items_reference(question), one,
                                {notice.doc_id: notice}, ledgers.__getitem__)
        assert not reply.abstained and "2025年11月30日" in reply.text, question
        assert "农村饮水" not in reply.text
    rest = "剩下的问题什么时候完成?"
    reply = answer_followup(rest, items_reference(rest), [items[1]], {notice.doc_id: notice},
                            ledgers.__getitem__)
    assert "农村饮水" not in reply.text  # the other item is done: none left open
    reply = answer_followup("其余几项谁负责?", items_reference("其余几项谁负责?"), [items[1]],
                            {notice.doc_id: notice}, ledgers.__getitem__)
    assert "农村水利股" in reply.text and "河湖管理股" not in reply.text


FIELDS = """白沙县民政局养老服务提升工作台账
一、重点任务
1.推进助餐点建设。新建老年助餐点15个。
责任领导：副局长纪晓岚
【责任股室】养老服务股
配合单位：县财政局、各乡镇
完成时间：2025年9月底
2.开展适老化改造。完成特困老人家庭适老化改造200户。（社会救助股、养老服务股按职责分工负责，年底前完成）
"""


def test_a_field_is_cited_with_its_label_or_role_and_shown_as_its_value():
    notice, items = _items(FIELDS, "白沙县民政局_工作台账.txt")
    first, second = items
    reply = write_reply("leader", [NoticeLedger(notice, [first], items)])
    assert "责任领导：副局长纪晓岚[2]" in reply.text or "责任领导：纪晓岚[2]" in reply.text
    assert reply.citations[1].quote.startswith("责任领导：")
    reply = write_reply("helpers", [NoticeLedger(notice, [first], items)])
    assert reply.citations[1].quote == "配合单位：县财政局、各乡镇"
    reply = write_reply("deadline", [NoticeLedger(notice, [first], items)])
    assert "完成时限：2025年9月底[2]" in reply.text
    assert reply.citations[1].quote == "完成时间：2025年9月底"
    reply = write_reply("lead", [NoticeLedger(notice, [first], items)])
    assert reply.citations[1].quote == "【责任股室】养老服务股"
    reply = write_reply("lead", [NoticeLedger(notice, [second], items)])
    assert reply.citations[1].quote == "社会救助股、养老服务股按职责分工负责，年底前完成"
    for c in reply.citations:
        assert notice.text[c.start:c.end] == c.quote
