"""Multi-turn conversations: the follow-up resolver on a small catalog (no index), then whole
conversations with the real assistant over the shipped notices."""
from __future__ import annotations

import pytest

from assistant import followup, service
from assistant.catalog import Catalog, DocInfo
from assistant.followup import resolve
from assistant.models import Answer, Citation, Turn

JINAN, ZHEJIANG, DONGGUAN, ZHONGSHAN, JINING = (
    "济南市应急管理局", "浙江省应急管理厅", "东莞市应急管理局", "中山市应急管理局", "济宁市应急管理局")
CATALOG = Catalog.of_docs([
    DocInfo("d0", "巡察整改进展情况通报", JINAN, "2021-07-29", None, None),
    DocInfo("d1", "问题整改方案", ZHEJIANG, "2020-03-25", None, "方案"),
    DocInfo("d2", "巡察整改阶段性情况", DONGGUAN, "2021-09-07", None, None),
    DocInfo("d3", "巡察整改进展情况", ZHONGSHAN, "2025-09-12", None, None),
    DocInfo("d4", "2022年工作要点", JINING, "2022-03-02", None, "要点"),
])
LIST_TEXT = ("(26)支部队伍建设不够优化。\n整改情况:一是积极开展支部整合。将20个党支部整合为9个。"
             "二是严格落实组织制度。每月召开支委会。三是选优配强支部书记。\n此问题已整改完成。")
COLON_TEXT = "二是严格落实“三个必须”要求,即:凡发生事故必须上报、凡发生事故必须录入系统、凡发生责任事故必须追责。"


def _citation(n, doc_id, agency, text, quote, passage=(0, None)):
    start = text.index(quote)
    end_of_passage = passage[1] if passage[1] is not None else len(text)
    return Citation(n, doc_id, "", agency, None, None, ("(26)支部队伍建设不够优化",), f"{doc_id}#0",
                    quote, start, start + len(quote), passage[0], end_of_passage)


def _recall(*citations):
    return lambda earlier: Answer(earlier.text, earlier.text, "", False, list(citations), [])


def _history(*questions):
    return [t for q in questions for t in (Turn("user", q), Turn("assistant", "…"))]


def _resolve(question, *earlier, recall=_recall(), texts=None):
    return resolve(question, _history(*earlier), CATALOG, recall, texts)


def test_an_agency_switch_carries_the_topic_but_not_the_year_or_the_asking_words():
    r = _resolve("那济宁呢?", "济南应急局今年在全市新建了多少个应急救援站?")
    assert r.kind == "agency" and r.text.startswith("济宁") and "应急救援站" in r.text
    assert "今年" not in r.text and "多少个" not in r.text
    chain = _resolve("中山呢?", "济宁市应急局2022年在防汛方面安排了哪些培训?", "完成时限是什么时候?")
    assert chain.text.startswith("中山") and "防汛" in chain.text and "培训" in chain.text
    assert "2022" not in chain.text and "完成时限" not in chain.text
    assert chain.analysis.agencies == (ZHONGSHAN,) and not chain.analysis.years


def test_a_new_topic_keeps_the_agency_of_the_conversation():
    r = _resolve("那超范围领取的交通补贴退了多少?", "东莞应急局对差旅费违规报销是怎么处理的?")
    assert r.kind == "topic" and r.text == "那超范围领取的交通补贴退了多少?"
    assert r.doc_ids == ("d2",)


def test_a_question_about_what_the_last_answer_named_keeps_its_notice():
    r = _resolve("罚了多少钱?", "济南全市应急系统截至二季度末共检查了多少家次企业?")
    assert r.kind == "elliptic" and r.doc_ids == ("d0",) and r.focus == "罚了多少钱?"
    assert "检查" in r.text and r.text.endswith("罚了多少钱?")
    person = _resolve("他主动领办了多少项反馈问题?", "中山应急局党委书记负责联系哪些镇街?")
    assert person.doc_ids == ("d3",) and person.focus == "主动领办了多少项反馈问题?"
    rest = _resolve("剩下的呢?", "东莞应急局的执法手机收回了多少台?")
    assert "其余" in rest.focus and rest.doc_ids == ("d2",)


def test_similar_practice_at_a_named_agency_or_at_every_other_one():
    named = _resolve("东莞有没有类似的做法?", "中山2024年开展了几次执法案卷评查?")
    assert named.kind == "similar" and named.analysis.agencies == (DONGGUAN,)
    assert "执法案卷评查" in named.text and "2024" not in named.text
    assert named.among_all  # judged by the per-agency evidence rule, as an enumeration
    others = _resolve("其他单位有没有类似的做法?", "浙江应急厅打算怎么减轻基层负担?")
    assert others.analysis.enumerate and others.exclude == (ZHEJIANG,)
    assert "减轻基层负担" in others.text


def test_a_pronoun_keeps_the_agencies_and_replaces_the_topic():
    text = "中山开展排查。济宁开展排查。"
    recall = _recall(_citation(1, "d3", ZHONGSHAN, text, "中山开展排查"),
                     _citation(2, "d4", JINING, text, "济宁开展排查"))
    r = _resolve("这些单位在森林火灾应急演练方面又做了什么?", "哪些单位开展了林区输配电设施的火灾隐患排查?",
                 recall=recall)
    assert r.kind == "pronoun" and set(r.analysis.agencies) == {ZHONGSHAN, JINING}
    assert r.analysis.enumerate and "森林火灾应急演练" in r.text and "输配电" not in r.text


def test_an_ordinal_points_at_the_item_of_the_quoted_list():
    quote = "整改情况:一是积极开展支部整合。"
    recall = _recall(_citation(1, "d0", JINAN, LIST_TEXT, quote))
    r = _resolve("第二条具体怎么做的?", "济南怎么加强支部建设?", recall=recall,
                 texts={"d0": LIST_TEXT})
    assert r.kind == "ordinal"
    doc_id, start, end = r.span
    assert doc_id == "d0" and LIST_TEXT[start:end] == "二是严格落实组织制度。每月召开支委会。"
    last = _resolve("最后一条呢?", "济南怎么加强支部建设?", recall=recall,
                    texts={"d0": LIST_TEXT})
    assert LIST_TEXT[last.span[1]:last.span[2]] == "三是选优配强支部书记。"


def test_the_last_item_of_a_colon_list_and_a_numbered_citation():
    recall = _recall(_citation(1, "d0", JINAN, COLON_TEXT, COLON_TEXT))
    r = _resolve("其中最后一条是什么?", "济南的“三个必须”是什么?", recall=recall,
                 texts={"d0": COLON_TEXT})
    assert COLON_TEXT[r.span[1]:r.span[2]] == "凡发生责任事故必须追责"
    two = _recall(_citation(1, "d2", DONGGUAN, COLON_TEXT, "凡发生事故必须上报"),
                  _citation(2, "d0", JINAN, LIST_TEXT, "每月召开支委会"))
    r = _resolve("第二条具体怎么做的?", "哪些单位开会?", recall=two, texts={})
    assert r.kind == "citation" and r.span[0] == "d0"
    assert LIST_TEXT[r.span[1]:r.span[2]] == "每月召开支委会"
    # a heading cited as itself is said once in the resolved question
    heading = "(26)支部队伍建设不够优化"
    headed = _recall(_citation(1, "d0", JINAN, LIST_TEXT, heading),
                     _citation(2, "d0", JINAN, LIST_TEXT, heading))
    r = _resolve("第二条具体怎么做的?", "济南的支部建设有哪些问题?", recall=headed, texts={})
    assert r.kind == "citation" and r.text == heading


# --- whole conversations with the real assistant -------------------------------------------


def _talk(bot, *questions):
    history, answers = [], []
    for question in questions:
        answer = bot.ask(question, history=list(history))
        answers.append(answer)
        history += [Turn("user", question), Turn("assistant", answer.text)]
    return answers


def _agencies(answer):
    return {c.agency for c in answer.citations}


def _exact(bot, answer):
    for c in answer.citations:
        assert bot.document(c.doc_id).text[c.start:c.end] == c.quote


def test_agency_switch_in_a_conversation(assistant):
    first, second = _talk(assistant, "东莞应急局的固定资产盘点是谁在做?", "那中山呢?")
    assert _agencies(first) == {DONGGUAN} and _agencies(second) == {ZHONGSHAN}
    assert any("固定资产进行清查盘点" in c.quote for c in second.citations)
    # A year of the first question (济宁's 2022 notice) is not carried to 中山's 2025 one.
    _, zhongshan = _talk(assistant, "济宁市应急局2022年在防汛方面安排了哪些培训?", "中山呢?")
    assert "2022" not in zhongshan.resolved and not zhongshan.abstained
    assert _agencies(zhongshan) == {ZHONGSHAN}


def test_topic_switch_keeps_the_agency(assistant):
    _, second = _talk(assistant, "中山市目前有多少个室内避难场所?", "那林火视频监控点位建了多少个?")
    assert _agencies(second) == {ZHONGSHAN}
    assert any("70个点位97路高空林火远程视频监控点位" in c.quote for c in second.citations)


def test_similar_practice_elsewhere(assistant):
    first, named = _talk(assistant, "中山2024年开展了几次执法案卷评查?", "东莞有没有类似的做法?")
    assert any("组织全系统进行执法案件卷宗互评" in c.quote for c in named.citations)
    _, others = _talk(assistant, "中山2024年开展了几次执法案卷评查?", "其他单位有没有类似的做法?")
    assert not others.abstained and ZHONGSHAN not in _agencies(others)
    assert DONGGUAN in _agencies(others)


def test_a_named_agency_without_the_practice_is_told_so(assistant):
    # 济宁's plan says nothing of how 党委会议 are recorded: its nearest lines (a 机关党委 task's
    # deadline) are not "a similar practice".
    _, jining = _talk(assistant, "中山应急局怎样规范党委会议记录?", "济宁有没有类似的做法?")
    assert jining.abstained and not jining.citations and "济宁" in jining.text


def test_the_last_item_of_the_list_the_answer_quoted(assistant):
    first, last = _talk(assistant, "济南规定的一般生产安全事故处置“八个必须”是什么?", "其中最后一条是什么?")
    assert any("八个必须" in c.quote for c in first.citations)
    assert [c.quote for c in last.citations] == ["凡1年内发生2起一般责任事故的企业必须纳入诚信体系“黑名单”管理"]
    _exact(assistant, last)


def test_they_keeps_the_agencies_of_the_last_answer(assistant):
    listed, they = _talk(assistant, "哪些单位开展了森林防火工作?", "这些单位在防汛培训方面做了什么?")
    assert they.citations and _agencies(they) <= _agencies(listed)
    assert "森林防火" not in they.resolved and "防汛培训" in they.resolved


def test_amounts_named_in_the_last_answer(assistant):
    _, fined, rose = _talk(assistant, "济南全市应急系统截至二季度末共检查了多少家次企业?", "罚了多少钱?",
                           "立案起数同比涨了多少?")
    assert any("罚款1200万元" in c.quote for c in fined.citations)
    assert any("同比分别上升215%和73%" in c.quote for c in rose.citations)
    _, rest = _talk(assistant, "东莞应急局的执法手机收回了多少台?", "剩下的呢?")
    assert any("其余11台遗失" in c.quote for c in rest.citations)
    _, when = _talk(assistant, "东莞应急局公务卡结算的问题整改得怎么样?", "什么时候能发卡?")
    assert any("银行将于2021年9月完成制卡及派发工作" in c.quote for c in when.citations)


def test_a_follow_up_the_notice_does_not_answer_is_refused(assistant):
    _, _, cost = _talk(assistant, "东莞应急局的应急救援培训基地项目现在进展如何?", "下一步要由谁审定?",
                       "这个项目的总投资是多少?")
    assert cost.abstained


def test_each_question_is_analysed_once(assistant, monkeypatch):
    seen: list[str] = []
    real = followup.analyse

    def counting(text, catalog):
        seen.append(text)
        return real(text, catalog)

    monkeypatch.setattr(followup, "analyse", counting)
    monkeypatch.setattr(service, "analyse", counting)
    assistant.ask("东莞应急局的执法手机收回了多少台?")
    assert seen == ["东莞应急局的执法手机收回了多少台?"]
    seen.clear()
    assistant.ask("剩下的呢?", history=_history("东莞应急局的执法手机收回了多少台?"))
    assert len(seen) == len(set(seen)) == 3  # the earlier turn, the follow-up, what it resolves to


def test_an_agency_pointed_at_by_its_place_in_the_list():
    """"第二家是怎么做的?" is the second agency listed with evidence, the topic kept; "最后一家
    呢?" right after is the last of that same list; beyond the list points at nothing."""
    from assistant.models import AgencyGroup

    text = "中山落实谈话制度。济宁开展谈话活动。"
    c1 = _citation(1, "d3", ZHONGSHAN, text, "中山落实谈话制度")
    c2 = _citation(2, "d4", JINING, text, "济宁开展谈话活动")

    def recall(earlier):
        groups = ([AgencyGroup(ZHONGSHAN, [c1]), AgencyGroup(JINAN, []), AgencyGroup(JINING, [c2])]
                  if earlier.analysis and earlier.analysis.enumerate else [])
        return Answer(earlier.text, earlier.text, "", False, [c1, c2], [], groups)

    listed = "哪些单位落实了干部谈心谈话制度?"
    second = _resolve("第二家是怎么做的?", listed, recall=recall)
    assert second.kind == "listed_agency" and second.agencies == (JINING,)
    assert "谈心谈话" in second.text and second.doc_ids == ("d4",)
    last = _resolve("最后一家呢?", listed, "第一家具体怎么做的?", recall=recall)
    assert last.agencies == (JINING,)
    first = _resolve("第一家具体怎么做的?", listed, recall=recall)
    assert first.agencies == (ZHONGSHAN,)
    assert _resolve("第三家呢?", listed, recall=recall).kind != "listed_agency"


def test_another_case_asked_back_keeps_asking_the_quantity_or_the_time():
    before = _resolve("撤并前呢?", "泰安的乡镇应急站点有多少个?")
    assert before.text.endswith("多少") and "应急站点" in before.text
    drill = _resolve("演练呢?", "防汛培训什么时候完成?")
    assert drill.text.endswith("什么时候")
    assert not _resolve("还有别的做法吗?", "泰安的乡镇应急站点有多少个?").text.endswith("多少")


def test_which_of_them_asked_with_no_subject_keeps_the_agencies_and_topic():
    compared = "中山和东莞在专项资金管理上分别做了什么?"
    which = _resolve("哪家做得更早?", compared)
    assert set(which.agencies) == {ZHONGSHAN, DONGGUAN} and "专项资金" in which.text
    assert set(which.analysis.agencies) == {ZHONGSHAN, DONGGUAN} and which.analysis.enumerate
    fresh = _resolve("哪些单位建立了谈心谈话制度?", compared)
    assert not fresh.agencies and "专项资金" not in fresh.text


def test_another_item_after_a_ledger_field_asks_that_field_of_it():
    """Written for this test: "那防汛物资的问题呢?" after a deadline asked of another item."""
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import Resolved, _ledger_topic_switch
    from assistant.question import analyse

    catalog = Catalog.of_docs([
        DocInfo("w1", "关于巡察整改情况的报告", "青禾县水务局", None, None, "报告")])

    def earlier(text: str) -> Resolved:
        return Resolved(text, analysis=analyse(text, catalog))

    switched = _ledger_topic_switch("那防汛物资的问题呢?",
                                    earlier("青禾县水务局河道保洁的问题什么时候整改完?"), catalog)
    assert switched is not None and "防汛物资" in switched.text
    assert "什么时候" in switched.text and "河道保洁" not in switched.text
    assert switched.agencies == ("青禾县水务局",)
    lead = _ledger_topic_switch("那防汛物资的问题呢?",
                                earlier("青禾县水务局河道保洁的问题由哪个股室牵头?"), catalog)
    assert lead is not None and "牵头" in lead.text
    # not after a question about what was done, nor for a bare ordinal-free "呢"
    assert _ledger_topic_switch("那防汛物资呢?", earlier("青禾县水务局怎么开展河道保洁?"),
                                catalog) is None


def test_an_ordinal_reaches_a_list_whose_points_are_lines_of_their_own():
    """"第三条查的是哪几年的钱?" after citations of 四是 and 一是 (each point a line of its own) is
    the third point, not the third citation; its 哪几年 asks of that point, and "第二条那个通知
    是哪几家联合发的?" is no question over every agency."""
    text = ("(二)加强专项资金监管。\n一是成立专项经费管理小组。\n二是开展绩效评审。\n"
            "三是对2021-2024年专项资金开展内部审核。\n四是修订专项经费管理办法。\n")
    cited = [_citation(1, "d0", JINAN, text, "四是修订专项经费管理办法。", (text.index("四是"), None)),
             _citation(2, "d0", JINAN, text, "一是成立专项经费管理小组。", (text.index("一是"), None))]
    for question in ("第三条查的是哪几年的钱?", "第三条那个审核是哪几家一起做的?"):
        r = _resolve(question, "白石县应急局在专项资金监管上做了哪些事?", recall=_recall(*cited),
                     texts={"d0": text})
        assert r.kind == "ordinal", question
        assert text[r.span[1]:r.span[2]].startswith("三是对2021-2024年"), question


# A city body's 考评通报 over its counties (written for this test): the counties are no indexed
# agencies, only places its text writes about.
RATING = "d9"
RATING_CATALOG = Catalog.of_docs([
    DocInfo("d0", "巡察整改进展情况通报", JINAN, "2021-07-29", None, None),
    DocInfo(RATING, "关于全市安全生产考核结果的通报", "棘州市安全生产委员会办公室", "2025-12-01", None, "通报"),
])
RATING_TEXTS = {RATING: "棘州市安全生产委员会办公室关于全市安全生产考核结果的通报\n"
                        "柘山区得分71.5分，排名末位，主要扣分在隐患整改不及时。\n"
                        "榆阳县得分88.0分，扣分在应急演练次数不足。", "d0": "济南。"}


def test_a_place_beside_a_named_agency_stays_in_the_topic():
    resolved = resolve("棘州市安委办考核中柘山区得了多少分?", [], RATING_CATALOG, _recall())
    assert resolved.agencies == ("棘州市安全生产委员会办公室",)
    assert "柘山区" in resolved.analysis.topic


def test_another_place_of_the_same_notices_is_asked_the_same_question():
    history = _history("棘州市安委办考核中柘山区得了多少分?", "它主要在哪些方面被扣分?")
    resolved = resolve("那榆阳县呢?", history, RATING_CATALOG, _recall(), RATING_TEXTS)
    assert resolved.agencies == ("棘州市安全生产委员会办公室",)
    assert "榆阳县" in resolved.text and "柘山区" not in resolved.text
    assert "扣分" in resolved.text and resolved.doc_ids == (RATING,)
    # a place its notices never mention is still an agency the index lacks
    resolved = resolve("那潼关县呢?", history, RATING_CATALOG, _recall(), RATING_TEXTS)
    assert resolved.agencies == () and resolved.kind == "agency"
