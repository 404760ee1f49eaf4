"""What a question asks for and what answers it, read by rules (issue 18's remaining gaps), on
wordings written here: amounts named as a value, shares written as fractions, counties among
"区县", a year that names a document, a follow-up that names an agency and a topic of its own,
and the lead sentence of a list item. No index."""
from __future__ import annotations

import re

from assistant.catalog import Catalog, DocInfo
from assistant.evidence import item_lead
from assistant.followup import own_topic, resolve
from assistant.models import Answer, Filters, Turn
from assistant.quantity import asked_kinds, asked_unit, states_kinds, states_quantity
from assistant.question import analyse
from assistant.scope import scope_of
from corpus.sentences import Sentence

CITY_A, CITY_B, PROVINCE = "泰安市应急管理局", "潍坊市应急管理局", "河北省应急管理厅"
CATALOG = Catalog.of_docs([
    DocInfo("a1", "泰安市应急管理局关于巡察整改情况的通报", CITY_A, "2021-05-01", None, None),
    DocInfo("b1", "关于印发《潍坊市应急管理局2022年工作要点》的通知", CITY_B, "2022-03-02", None,
            "要点"),
    DocInfo("c1", "关于印发《2019年度机关作风建设问题整改方案》的通知", PROVINCE, "2020-03-27",
            None, "方案"),
])


def _names(question: str) -> list[str]:
    return [k.name for k in asked_kinds(question)]


def test_a_value_is_an_amount_of_money():
    assert _names("仓库里储存的设备总价值大约是多少?") == ["money"]
    assert _names("这批物资值多少?") == ["money"]
    kinds = asked_kinds("这批物资的价值是多少?")
    assert states_kinds("共储备帐篷等物资价值1200万元", kinds)
    assert not states_kinds("与30余家企业签订了代储协议", kinds)


def test_a_fraction_in_words_is_a_number_and_a_share():
    assert asked_unit("开会时到场的人至少要有多少?") == ""
    assert states_quantity("到会人数不得少于应到人数的三分之二", "")
    assert states_quantity("出席人数应超过全体成员的2分之1", "")
    assert not states_quantity("到会人数应当符合规定", "")
    rate = asked_kinds("表决通过的比例是多少?")
    assert _names("表决通过的比例是多少?") == ["rate"]
    assert states_kinds("须经到会成员的四分之三以上同意", rate)


def test_districts_and_counties_asked_together_want_a_named_county():
    for question in ("试点放在了哪几个区县?", "是哪些县区先行先试的?", "选在哪一个县?"):
        assert _names(question) == ["county"], question
    county = asked_kinds("试点放在了哪几个区县?")
    assert states_kinds("先在长清县、平阴县开展试点", county)
    assert not states_kinds("每个地市选择1至2个所辖区县开展试点", county)
    assert not states_kinds("组织各县区对照检查", county)
    assert _names("全省一共有多少个县?") == []  # a count, not a name


def test_a_year_before_a_document_type_names_that_years_document():
    # each plan speaks of the years after it, as plans do
    texts = {"a1": "2021年整改情况", "b1": "力争到2024年底前全面完成", "c1": "2020年底前完成整改"}

    def refusal(question: str) -> str:
        return scope_of(analyse(question, CATALOG), Filters(), CATALOG, texts).refusal

    assert analyse("潍坊市2024年工作要点提出了什么?", CATALOG).doc_years == (2024,)
    said = refusal("潍坊市应急管理局2024年的工作要点提出了什么?")
    assert "2024年" in said and "工作要点" in said and "2022年" in said
    assert refusal("潍坊市2022年工作要点里有哪些防汛任务?") == ""
    # a year in the question that is not the document's: a time inside it
    assert analyse("潍坊市2023年在防汛方面安排了什么?", CATALOG).doc_years == ()
    # the title's year, not the publication date's, names a plan
    assert refusal("河北省2019年度机关作风建设问题整改方案有哪些措施?") == ""
    assert "2020年" in refusal("河北省2020年度作风建设问题整改方案有哪些措施?")


def test_what_a_follow_up_asks_beyond_asking_words():
    for empty in ("", "呢", "做了什么", "有什么做法", "采取了哪些措施", "情况如何", "进展怎么样"):
        assert own_topic(empty) == "", empty
    assert own_topic("公务用车管理") == "公务用车管理"
    assert own_topic("整改进展") == "整改"


def _recall(earlier):
    return Answer(earlier.text, earlier.text, "", False, [], [])


def _after(question: str, first: str):
    return resolve(question, [Turn("user", first), Turn("assistant", "…")], CATALOG, _recall)


def test_a_follow_up_naming_an_agency_and_its_own_topic_asks_that_topic():
    own = _after("潍坊市的防汛培训安排得怎么样?", "泰安市应急管理局怎样规范公务接待?")
    assert own.kind == "" and "防汛培训" in own.text and "公务接待" not in own.text
    assert own.agencies == (CITY_B,)
    unknown = _after("佛山市应急管理局的整改进展如何?", "泰安市应急管理局怎样规范公务接待?")
    assert "公务接待" not in unknown.text  # its own topic: the scope refuses 佛山市, not 泰安市's
    assert unknown.analysis.unknown_places
    swap = _after("那潍坊市有什么做法?", "泰安市应急管理局怎样规范公务接待?")
    assert swap.kind == "agency" and "公务接待" in swap.text and swap.agencies == (CITY_B,)


def _sentences(*texts: str) -> list[Sentence]:
    out, at = [], 0
    for t in texts:
        out.append(Sentence(t, at, at + len(t)))
        at += len(t)
    return out


def test_an_items_lead_sentence_is_cited_when_it_scores_nearly_as_well():
    item = _sentences("(二)加强机关建设", "3. 开展防汛物资储备库改造。", "按要求更新设备。",
                      "完成防汛物资储备库的改造验收工作。")
    assert item_lead(item, [0, 1, 2, 3], [0.2, 0.95, 0.5, 0.97], best=3) == 1
    assert item_lead(item, [0, 1, 2, 3], [0.2, 0.60, 0.5, 0.97], best=3) == 3  # far below
    assert item_lead(item, [0, 2, 3], [0.2, 0.95, 0.5, 0.97], best=3) == 3  # states no asked figure
    labelled = _sentences("整改情况:一是修订议事规则。", "明确了会议记录的格式。")
    assert item_lead(labelled, [0, 1], [0.9, 0.92], best=1) == 0
    prose = _sentences("局党委高度重视。", "修订了议事规则。")  # no item: the best stays
    assert item_lead(prose, [0, 1], [0.95, 0.96], best=1) == 1


def test_which_kinds_of_things_is_not_a_count_and_hours_are_hours():
    assert asked_unit("这次新增了哪几类免税商品?") is None
    assert asked_unit("主要从哪几个方面发力?") is None
    assert asked_unit("每天最多上网课几个小时?") == "小时"
    assert asked_unit("还要再坚持几个月?") == ""
    assert asked_unit("一共派出了几个工作组?") == "个"


def test_an_amount_in_yuan_may_be_stated_in_wan_or_yi_yuan():
    assert states_quantity("市财政下拨专项资金2.3亿元", "元")
    assert states_quantity("发放补贴共计860万元", "元")
    assert states_quantity("每户补助3000元", "万元")
    assert not states_quantity("市财政下拨专项资金2.3亿", "元")
    assert not states_quantity("发放补贴860份", "元")


def test_a_telephone_number_is_asked_and_stated_as_one():
    for question in ("投诉热线是多少?", "咨询电话号码是什么?", "办事要拨打什么电话?",
                     "窗口的联系方式是什么?"):
        assert _names(question) == ["phone"], question
    phone = asked_kinds("投诉热线是多少?")
    assert states_kinds("市民可拨打12345政务服务热线反映问题", phone)
    assert states_kinds("咨询电话:0571-87654321", phone)
    assert states_kinds("值班手机13800001111全天开通", phone)
    assert not states_kinds("全年共受理投诉25680件", phone)
    assert not states_kinds("设立投诉热线,专人负责接听", phone)
    assert not states_kinds("2020年起开通服务热线", phone)
    assert not states_kinds("来信请寄：白石县人民路8号，邮政编码415600。", phone)
    assert _names("全年接到了多少个电话?") == []  # a count of calls


def test_a_casualty_count_wants_casualties_not_any_head_count():
    # Written for this test: a county's figures in other wordings than the notices'.
    casualty = asked_kinds("青禾县去年道路交通事故死亡人数是多少?")
    assert "casualty" in [k.name for k in casualty]
    assert states_kinds("全年发生较大事故1起,死亡3人", casualty)
    assert states_kinds("因管道爆裂导致2位工人受伤", casualty)
    assert not states_kinds("全县避难场所可容纳人数4.2万人", casualty)
    assert not states_kinds("共有120余人参加安全培训", casualty)
    assert "casualty" in [k.name for k in asked_kinds("那场火灾伤了几个人?")]


def test_a_headline_is_not_a_title_the_question_names():
    catalog = Catalog.of_docs([
        DocInfo("n1", "联防联控工作机制", "", None, None, None),
        DocInfo("n2", "关于做好复工复产联防联控工作的通知", "", None, None, "通知"),
    ])
    asked = analyse("联防联控工作机制怎样保障防疫物资?", catalog)
    assert asked.doc_ids == ()  # the phrase, not a document
    named = analyse("关于做好复工复产联防联控工作的通知要求什么?", catalog)
    assert named.doc_ids == ("n2",)


def test_a_district_with_its_city_names_the_district_agency_written_alone():
    catalog = Catalog.of_docs([
        DocInfo("d1", "关于暂停窗口服务的通告", "鼓楼区行政审批局", None, None, "通告"),
        DocInfo("d2", "关于调整办事时间的通知", "福州市鼓楼区行政审批局", None, None, "通知"),
        DocInfo("d3", "关于开展排查的通知", "福州市应急管理局", None, None, "通知"),
    ])
    asked = analyse("福州市鼓楼区的办事大厅有什么要求?", catalog)
    assert set(asked.agencies) == {"鼓楼区行政审批局", "福州市鼓楼区行政审批局"}
    assert analyse("福州市的排查怎么开展?", catalog).agencies == ("福州市应急管理局",)


def test_all_levels_of_departments_are_addressees_not_agencies_to_list():
    assert not analyse("省政府要求各级民政部门怎样做好低保发放?", CATALOG).enumerate
    assert analyse("各市应急管理局分别怎样整改的?", CATALOG).enumerate


def test_a_day_of_the_month_alone_answers_when():
    assert asked_unit("统计表什么时候上报?") == "时间"
    assert states_quantity("汇总后于每月5日前报市局", "时间")
    assert states_quantity("须在15号之前完成填报", "时间")
    assert not states_quantity("汇总后按月报市局", "时间")


def test_a_department_only_one_agency_has_names_it_without_its_place():
    catalog = Catalog.of_docs([
        DocInfo("f1", "中共平阴县林业局党组关于巡察整改情况的通报", "平阴县林业局", None, None, "通报"),
        DocInfo("h1", "关于巡察整改进展的通报", "临清市卫生健康委员会", None, None, "通报"),
        DocInfo("e1", "关于整改情况的通报", "泰安市应急管理局", None, None, "通报"),
        DocInfo("e2", "关于整改情况的通报", "潍坊市应急管理局", None, None, "通报"),
    ])
    assert analyse("那林业局呢?", catalog).agencies == ("平阴县林业局",)
    assert analyse("卫健委整改了几个问题?", catalog).agencies == ("临清市卫生健康委员会",)
    assert analyse("卫生健康委整改了几个问题?", catalog).agencies == ("临清市卫生健康委员会",)
    assert analyse("应急管理局怎么整改的?", catalog).agencies == ()  # two have one
    foshan = analyse("佛山市林业局怎么整改的?", catalog)  # another place's 林业局
    assert foshan.agencies == () and foshan.unknown_places
    # the department is no mention to look for in other notices' texts
    assert analyse("林业局的护林员怎么管理?", catalog).mentions == ()


def test_a_department_named_with_its_level_alone_is_that_levels_agency():
    """Held-out wordings: "县交通运输局", "区卫健委" name the one indexed county / district
    agency with that department, where the department alone is shared."""
    catalog = Catalog.of_docs([
        DocInfo("t1", "关于巡察整改进展的通报", "临江县交通运输局", None, None, "通报"),
        DocInfo("t2", "关于印发整改方案的通知", "湖南省交通运输厅", None, None, "方案"),
        DocInfo("w1", "2025年工作要点", "青山区卫生健康委员会", None, None, "要点"),
        DocInfo("w2", "关于整改进展的通报", "临江县卫生健康委员会", None, None, "通报"),
        DocInfo("e1", "关于整改情况的通报", "泰安市应急管理局", None, None, "通报"),
        DocInfo("e2", "关于整改情况的通报", "潍坊市应急管理局", None, None, "通报"),
    ])
    assert analyse("县交通运输局被反馈了几个问题?", catalog).agencies == ("临江县交通运输局",)
    assert analyse("那区卫健委呢?", catalog).agencies == ("青山区卫生健康委员会",)
    assert analyse("县卫生健康委员会整改了几个?", catalog).agencies == ("临江县卫生健康委员会",)
    assert analyse("省交通运输厅的任务有哪些?", catalog).agencies == ("湖南省交通运输厅",)
    assert analyse("市应急管理局怎么整改的?", catalog).agencies == ()  # two cities have one
    assert analyse("市卫健委怎么整改的?", catalog).agencies == ()  # no city's is indexed
    assert analyse("县卫健委的通报", catalog).mentions == ()  # no text mention to look for


def test_a_switch_to_a_department_named_alone_carries_it_and_the_topic():
    catalog = Catalog.of_docs([
        DocInfo("f1", "关于巡察整改情况的通报", "平阴县林业局", None, None, "通报"),
        DocInfo("s1", "关于巡察整改情况的通报", "平阴县审计局", None, None, "通报"),
    ])
    first = "审计局的项目资金沉淀问题怎么整改的?"
    swap = resolve("那林业局呢?", [Turn("user", first), Turn("assistant", "…")], catalog,
                   _recall)
    assert swap.kind == "agency" and swap.agencies == ("平阴县林业局",)
    assert "林业局" in swap.text and "资金沉淀" in swap.text and swap.among_all


def test_which_town_wants_a_named_town_or_street_office():
    for question in ("避难场所建在哪个镇街?", "试点选在哪几个乡镇?", "是哪些街道先行先试的?"):
        assert _names(question) == ["town"], question
    town = asked_kinds("避难场所建在哪个镇街?")
    assert states_kinds("在南朗镇建成室内应急避难场所", town)
    assert states_kinds("东区街道新建避难场所2处", town)
    for generic in ("向各镇街下发通知", "对14个镇街开展检查", "镇街一级负责日常管理", "督促各乡镇落实"):
        assert not states_kinds(generic, town), generic


def test_what_time_of_day_is_answered_by_a_clock_time():
    assert asked_unit("培训班几点开始?") == "时间"
    assert states_quantity("3月5日下午2:30在二楼会议室报到", "时间")
    assert states_quantity("定于上午9时召开", "时间")
    assert not states_quantity("在二楼会议室报到", "时间")


def test_a_when_question_naming_a_document_wants_that_documents_date():
    from assistant.quantity import named_document

    assert named_document("泰安应急局的值班值守管理办法是哪天出台的?") == "值班值守"
    assert named_document("《防汛抢险物资管理规定》什么时候印发的?") == "防汛抢险"
    assert named_document("潍坊市应急管理局2023年工作要点何时印发?") == "工作要点"
    assert named_document("这个问题什么时候整改完成?") == ""
    # an opinion had or voiced is no document
    assert named_document("群众对整改有意见，最晚什么时候之前要提出来?") == ""
    assert named_document("县里的实施意见什么时候出台?") == "实施意见"


def test_a_document_number_is_no_day():
    day = asked_kinds("是哪一天印发的?")
    assert states_kinds("3月17日召开全局工作会议", day)
    assert not states_kinds("按照鲁政办字〔2020〕167号文件精神", day)
    assert not states_kinds("印发《通知》(泰应急发〔2021〕3号)", day)


def test_a_date_a_list_marker_or_a_document_number_states_no_quantity():
    from assistant.quantity import states_quantity

    for sentence in ("已对本局2022年上半年的意识形态工作进行研判。", "3.针对档案管理问题,已于6月15日整改完毕。",
                     "按照〔2019〕8号文件要求,于9:30召开会议。", "(2)第4季度开展复查。",
                     "印发《2023-2025年培训规划》。"):
        assert not states_quantity(sentence, ""), sentence
    for sentence in ("较去年同期下降了12.5%。", "单户最高可贷300万元。", "2024年共检查企业56家。",
                     "培训覆盖三分之二的干部。"):
        assert states_quantity(sentence, ""), sentence


def test_weights_and_web_addresses_are_asked_as_such():
    from assistant.quantity import asked_kinds, asked_unit, states_kinds, states_quantity

    assert asked_unit("港口一共卸下了多少吨医用物资?") == "吨"
    assert states_quantity("当日共卸下物资218吨。", "吨")
    assert not states_quantity("当日共卸下物资218箱。", "吨")
    assert asked_unit("复工从几号开始?") == "时间"
    kinds = asked_kinds("市政务服务网的网址是多少?")
    assert [k.name for k in kinds] == ["address"]
    assert asked_unit("市政务服务网的网址是多少?") is None  # an address has no digits to require
    assert states_kinds("可登录 http://zwfw.example.gov.cn 办理。", kinds)
    assert states_kinds("请发送至 service@example.org。", kinds)
    assert not states_kinds("可登录市政务服务网办理。", kinds)


def test_an_amount_may_leave_out_yuan_but_not_become_a_count():
    from assistant.quantity import asked_kinds, states_kinds

    kinds = asked_kinds("园区减免的租金总额是多少?")
    assert states_kinds("共为企业减免租金超过1800万。", kinds)
    assert not states_kinds("惠及群众1800万人。", kinds)
    assert not states_kinds("储备粮食3万吨。", kinds)


def test_how_much_of_a_cost_is_reimbursed_is_an_extent_not_an_amount():
    from assistant.quantity import asked_kinds, asked_unit

    for question in ("住院费用能报销多少?", "疫情期间房租费用可以减免多少?",
                     "孩子上幼儿园, 学费能便宜多少?", "用电费用能节省多少?"):
        assert asked_kinds(question) == (), question
        assert asked_unit(question) == "", question  # still a quantity: any number answers
    assert _names("住院费用一共花了多少?") == ["money"]


def test_a_figure_may_be_named_in_the_sentence_before_it():
    from assistant.evidence import Evidence, figure_coverage
    from tests.support import one_passage_hit, tiny_coverage

    text = "对不落实防疫要求的商户和个人,欢迎群众监督举报。举报电话:0512-6668888。"
    other = "营业场所要每日消毒通风。咨询电话:0512-6669999。"
    scorer = tiny_coverage([text, other, "复工复产有序推进。"])
    terms = scorer.terms("举报不落实防疫要求的商户的电话是多少?")
    for passage, low in ((text, 0.3), (other, 0.0)):
        hit = one_passage_hit(passage, (), "关于有序恢复营业的通告", "某区防控办")
        start = passage.index("。") + 1
        quote = passage[start:]
        alone = scorer.of(terms, quote)
        ev = Evidence(hit, quote, start, len(passage), alone)
        if low:
            assert figure_coverage(ev, terms, scorer) > max(alone, low)
        else:
            assert figure_coverage(ev, terms, scorer) < 0.3


def test_a_figures_notice_title_is_its_context():
    # "农村物流补短板" is what the plan's title names, not what its money sentence repeats
    from assistant.evidence import Evidence, figure_coverage
    from tests.support import one_passage_hit, tiny_coverage

    passage = "一、总体目标\n全年安排补助资金900万元，其中省级资金500万元。"
    scorer = tiny_coverage([passage, "各乡镇要做好宣传。", "严格项目验收。"])
    terms = scorer.terms("石桥县农村物流补短板总共安排多少资金?")
    start = passage.index("全年")
    quote = passage[start:]
    alone = scorer.of(terms, quote)
    titled = one_passage_hit(passage, (), "石桥县2026年农村物流补短板实施方案", "石桥县商务局")
    plain = one_passage_hit(passage, (), "石桥县商务局文件", "石桥县商务局")
    assert figure_coverage(Evidence(titled, quote, start, len(passage), alone), terms, scorer) > \
        figure_coverage(Evidence(plain, quote, start, len(passage), alone), terms, scorer)


def test_the_top_of_a_ranking_is_stated_only_by_a_sentence_that_ranks():
    kinds = asked_kinds("合并后的6个支部里党员最多的支部有多少人?")
    assert "superlative" in [k.name for k in kinds]
    assert not states_kinds("合并后每个支部党员人数均在8人以上。", kinds)
    assert states_kinds("其中机关一支部党员最多,共23人。", kinds)
    assert _names("单户最多可以贷多少?") == []  # a cap asked, not the top of a ranking


def test_a_name_asked_is_stated_only_by_a_sentence_that_names():
    kinds = asked_kinds("多领补贴的那位科长叫什么名字?")
    assert [k.name for k in kinds] == ["person"]
    assert states_kinds("成立由王建国副局长任组长的工作专班。", kinds)
    assert not states_kinds("1名科级干部多领交通补贴1200元。", kinds)
    assert not states_kinds("由局主要领导任组长。", kinds)
    assert asked_kinds("下一步由谁审定?") == ()  # a post or an office answers it as well
    kinds = asked_kinds("被通报的那起案件涉及哪家企业?")
    assert [k.name for k in kinds] == ["company"]
    assert states_kinds("对佛冈某某五金制品有限公司依法立案。", kinds)
    assert not states_kinds("对2家企业依法立案。", kinds)


def test_a_document_named_in_a_when_question_stops_at_question_words():
    from assistant.quantity import named_document

    assert named_document("巡视组是哪一天把反馈意见送到厅里的?") == "反馈意见"
    assert named_document("保密工作规定是什么时候印发的?") == "保密工作"


def test_a_yes_no_question_asks_no_number():
    assert asked_unit("内容相近的几个培训班会合并举办吗?") is None
    assert asked_unit("合并了几个培训班?") == "个"


def test_a_length_of_time_is_stated_as_one_not_as_a_date_or_a_count():
    kinds = asked_kinds("和储备企业签的协议期限是几年?")
    assert [k.name for k in kinds] == ["duration"]
    assert states_kinds("与企业签订为期5年的代储协议。", kinds)
    assert states_kinds("实行“2日回访、10日反馈”。", kinds)
    assert not states_kinds("2023年与30余家企业签订代储协议。", kinds)
    assert not states_kinds("于8月20日前签订协议。", kinds)
    # By how much something fell is a change (its own kind), not a length of time.
    assert _names("死亡人数较去年同期下降了多少?") == ["change"]
    assert _names("多久检查一次?") == ["frequency"]
    often = asked_kinds("护林员补贴现在多久发一次?")
    assert states_kinds("护林员补贴改为按月发放。", often)
    assert states_kinds("对困难户实行“一月一走访”。", often)
    assert not states_kinds("按年度计划推进护林员队伍建设。", often)
    assert not states_kinds("按月底前完成的要求推进。", often)


def test_levels_of_government_name_no_county_and_a_company_is_not_an_agency():
    kinds = asked_kinds("在哪些区县开展试点?")
    assert not states_kinds("年内实现省市县三级联网。", kinds)
    assert states_kinds("先在嘉善县开展试点。", kinds)
    analysis = analyse("被通报的那起案件涉及哪家企业?", CATALOG)
    assert not analysis.enumerate


def test_a_named_work_is_the_subject_of_its_figure_unless_it_is_counted():
    from assistant.quantity import named_work

    assert named_work("滨江区污水管网改造工程哪年能竣工?") == "滨江区污水管网改造工程"
    assert named_work("市局的智慧消防平台项目花了多少钱?") == "智慧消防平台项目"
    assert named_work("清查违建专项行动什么时候开始?") == "清查违建专项行动"
    assert named_work("今年新开工了多少个水利项目?") == ""  # counted, not a subject
    assert named_work("共验收3宗道路项目,花了多少钱?") == ""
    assert named_work("这个项目的总投资是多少?") == ""  # a pointer, handled as a follow-up


def test_a_when_question_about_a_named_work_no_sentence_dates_is_not_answered(assistant):
    """The notice names the works but dates none of them: another project's date or a
    month of flood checks is no answer (a date of another thing in the same paragraph)."""
    answer = assistant.ask("中山的茅湾涌整治工程哪一年能建成?")
    assert answer.abstained and answer.reason == "not_stated", answer.text
    dated = assistant.ask("中山什么时候出台了防汛防涝工作通知?")
    assert not dated.abstained and any("2025年3月" in c.quote for c in dated.citations)


def test_a_documents_name_holds_no_asking_phrase_or_issuing_verb():
    from assistant.quantity import named_document

    assert named_document("滨江区什么时候出台了河道保洁工作方案?") == "河道保洁"
    assert named_document("什么时候印发安全检查实施细则") == "安全检查"
    assert named_document("市局的值班值守工作规则是哪一天定的?") == "值班值守"


def test_a_slogan_or_a_rules_name_counts_nothing():
    assert not states_quantity("认真贯彻中央八项规定精神,严格落实“三重一大”决策制度。", "个")
    assert not states_quantity("牢固树立“四个意识”,做到“两个维护”。", "项")
    assert states_quantity("共查处违反八项规定精神问题3起。", "起")


def test_a_count_question_cites_only_sentences_that_state_a_count(assistant):
    answer = assistant.ask("中山应急局一共召开了几次党委会议研究全面从严治党?")
    assert not answer.abstained, answer.text
    assert all(states_quantity(c.quote, asked_unit("召开了几次党委会议")) for c in answer.citations)


def test_a_time_relative_to_an_event_answers_when_but_not_which_year():
    from assistant.quantity import TIME

    assert states_quantity("参保登记可延至宣布疫情解除后三个月内办理。", TIME)
    assert states_quantity("本办法自印发之日起施行。", TIME)
    assert not states_quantity("后来又加强了日常管理。", TIME)
    year = [k.name for k in asked_kinds("这项制度是哪一年出台的?")]
    assert year == ["year"]
    assert not states_kinds("会议结束后5个工作日内印发纪要。", asked_kinds("这项制度是哪一年出台的?"))
    assert states_kinds("该制度于2019年出台。", asked_kinds("这项制度是哪一年出台的?"))


def test_rates_names_and_changes_asked_in_other_words():
    assert [k.name for k in asked_kinds("复议案件的纠错率有多高?")] == ["rate"]
    assert [k.name for k in asked_kinds("市消防救援支队支队长姓甚名谁?")] == ["person"]
    change = asked_kinds("今年上半年的火灾起数跟去年同期比是多了还是少了?")
    assert [k.name for k in change] == ["change"]
    assert states_kinds("上半年火灾起数同比下降12%。", change)
    assert not states_kinds("上半年共发生火灾86起。", change)


def test_a_post_is_not_a_persons_name():
    person = asked_kinds("专班的组长叫什么名字?")
    assert not states_kinds("成立工作专班,由局党委书记任组长。", person)
    assert not states_kinds("由市委常委会班子成员牵头。", person)
    assert states_kinds("成立工作专班,由王立新局长任组长。", person)
    # a holder named with the post he holds besides ("兼任"): written for this test
    office = asked_kinds("指挥部办公室主任是谁?")
    assert states_kinds("办公室设在县应急局，由县应急局副局长周明远兼任办公室主任。", office)
    assert not states_kinds("办公室设在县应急局，由县应急局分管负责同志兼任办公室主任。", office)


def test_a_count_the_question_gives_is_the_whole_not_the_answer():
    from assistant.quantity import given_figures, states_new_quantity

    question = "那36台执法记录仪里,已经坏了的有几台?"
    given = given_figures(question)
    assert given == ("36台",)
    assert not states_new_quantity("全局配备执法记录仪36台,统一登记管理。", "台", given)
    assert states_new_quantity("36台执法记录仪中有4台已送修。", "台", given)


def test_a_checklist_is_a_named_document_and_a_demonstrative_is_not_its_name():
    from assistant.quantity import named_document

    assert named_document("那份燃气企业安全检查表是哪天定稿的?") == "燃气企业"
    assert named_document("这个防汛值班登记表什么时候启用?") == "防汛值班"


def test_an_inspection_no_notice_of_the_agency_speaks_of_is_refused_with_what_it_holds(assistant):
    answer = assistant.ask("浙江省应急管理厅被省委巡视之后整改得怎么样?")
    assert answer.abstained and answer.reason == "scope", answer.text
    assert "巡察或巡视" in answer.text and "整改方案" in answer.text
    held = assistant.ask("中山应急局巡察整改期间召开了几次党委会议?")
    assert held.reason != "scope"


def test_when_a_notice_was_issued_is_its_signature_date_cited(assistant):
    answer = assistant.ask("东莞应急局那份巡察整改阶段性情况的通报是哪天印发的?")
    assert not answer.abstained and len(answer.citations) == 1, answer.text
    c = answer.citations[0]
    assert c.quote == "2021年9月7日" and "2021年9月7日" in answer.text
    assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote
    assert c.passage_start <= c.start < c.end <= c.passage_end


def test_a_document_the_notice_only_mentions_is_not_the_notice():
    from assistant.issue_date import asks_issue_date, names_notice

    title = "关于印发《滨江区2023年防汛工作方案》的通知"
    assert asks_issue_date("滨江区的防汛工作方案是什么时候印发的?")
    assert names_notice("滨江区的防汛工作方案是什么时候印发的?", title)
    assert not names_notice("滨江区的河道保洁考核办法是哪天出台的?", title)
    assert not asks_issue_date("防汛工作方案要求什么时候完成隐患排查?")
    # "整改材料" names a notice of any kind: one agency's 通报, another's 报告
    asked = "水务局和司法局的整改材料哪个发得早?"
    assert names_notice(asked, "关于巡察整改进展情况的通报")
    assert names_notice(asked, "关于县委巡察反馈问题整改情况的报告")
    assert not names_notice("要求报送哪些材料?", "关于做好防汛工作的通知")


def test_by_how_much_a_head_count_fell_is_a_change_a_share_answers():
    kinds = asked_kinds("去年全市火灾伤亡人数减少了多少?")
    assert [k.name for k in kinds] == ["change"]
    assert states_kinds("全市火灾伤亡人数同比减少23.5%。", kinds)
    assert not states_kinds("全市火灾共造成伤亡17人。", kinds)
    assert [k.name for k in asked_kinds("参加培训的人数有多少?")] == ["people"]


def test_a_rate_lowered_by_points_or_to_a_level_states_the_change():
    kinds = asked_kinds("单位缴费比例降低了多少?")
    assert [k.name for k in kinds] == ["change"]
    assert states_kinds("单位缴费比例降低0.5个百分点。", kinds)
    assert states_kinds("单位缴费比例由10%降至9.5%。", kinds)
    assert not states_kinds("单位缴费比例为9.5%。", kinds)


def test_who_holds_a_post_is_a_name_written_before_or_after_the_post():
    kinds = asked_kinds("应急指挥部的总指挥是谁?") or asked_kinds("专班组长是谁?")
    assert [k.name for k in kinds] == ["person"]
    assert states_kinds("成立工作专班,由党组副书记、副局长陈立新任组长。", kinds)
    assert states_kinds("由王海峰局长任组长。", kinds)
    assert not states_kinds("明确党组书记第一责任、分管领导直接责任。", kinds)
    assert not asked_kinds("领导小组由谁当组长?")  # a post answers it as often as a name


def test_the_holder_of_a_post_is_named_with_that_post(assistant):
    from assistant.quantity import asked_post

    assert asked_post("市消防救援支队党委书记是谁?") == "党委书记"
    assert asked_post("专班的副组长是谁?") == "副组长"
    deputy = assistant.ask("济南应急局党委书记是谁?")  # the notice names its deputy only
    assert deputy.abstained and deputy.reason == "not_stated", deputy.text
    head = assistant.ask("浙江省应急管理厅整改工作领导小组的副组长是谁?")
    assert not head.abstained and any("李会光" in c.quote for c in head.citations)


def test_a_figure_of_other_years_does_not_answer_a_year_asked() -> None:
    from assistant.quantity import asked_years, states_asked_year

    years = asked_years("泰安2023年三季度开展了几次消防演练?")
    assert years == (2023,)
    assert not states_asked_year("2019年至2022年,共开展消防演练16次。", years)
    assert not states_asked_year("2024年开展消防演练5次。", years)
    assert states_asked_year("2020年以来,累计开展消防演练30次。", years)
    assert states_asked_year("2022年—2024年,共开展消防演练12次。", years)
    assert states_asked_year("2023年9月开展消防演练2次。", years)
    assert states_asked_year("今年开展消防演练2次。", years)  # the notice's own year
    assert states_asked_year("2019年至2022年,共开展消防演练16次。", ())


def test_a_years_plan_speaks_of_its_own_year_where_a_sentence_names_none() -> None:
    from assistant.quantity import states_asked_year
    from corpus.metadata import plan_year
    from corpus.models import NoticeMeta

    plan = NoticeMeta("青禾县林业局关于印发《2026年森林防火工作要点》的通知", "青禾县林业局",
                      doc_type="要点")
    report = NoticeMeta("青禾县林业局2026年巡察整改情况的报告", "青禾县林业局", doc_type="报告")
    assert plan_year(plan) == 2026 and plan_year(report) is None
    sentence = "全年计划新建防火通道40公里。"
    assert not states_asked_year(sentence, (2024,), own_year=plan_year(plan))
    assert states_asked_year(sentence, (2026,), own_year=plan_year(plan))
    assert states_asked_year(sentence, (2024,), own_year=plan_year(report))
    assert states_asked_year("2024年新建防火通道32公里。", (2024,), own_year=2026)


def test_a_cut_stated_as_a_share_a_few_words_after_its_verb_is_a_change() -> None:
    kinds = asked_kinds("泰安应急局会议减少了多少?")
    assert [k.name for k in kinds] == ["change"]
    assert states_kinds("全年压缩文件总量15%以上。", kinds)
    assert states_kinds("会议数量较上年减少3.5个百分点。", kinds)
    assert not states_kinds("进一步压缩会议数量和规模。", kinds)
    assert not states_kinds("压缩会议,全年召开会议12次。", kinds)


def test_a_notices_own_document_number_is_cited_where_it_is_written(assistant):
    from assistant.issue_date import asks_doc_number

    assert asks_doc_number("滨江区防汛工作方案的发文字号是什么?")
    assert not asks_doc_number("防汛工作方案要求多少个编组?")
    answer = assistant.ask("浙江应急厅作风建设问题整改方案的文号是啥?")
    assert not answer.abstained and len(answer.citations) == 1, answer.text
    c = answer.citations[0]
    assert c.quote == "浙应急人事〔2020〕46号" and c.quote in answer.text
    assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote
    none = assistant.ask("东莞应急局巡察整改阶段性情况通报的文件编号是多少?")
    assert none.abstained and "没有写明文号" in none.text and not none.citations
def test_the_rate_of_an_amount_is_a_rate_not_an_amount():
    """Held-out wording (a 督查通报): the rate of funds arriving asks a share, not a sum."""
    assert _names("配套资金到位率是多少?") == ["rate"]
    assert _names("项目经费的执行比例是多少?") == ["rate"]
    assert _names("配套资金到位了多少?") == ["money"]
    assert states_kinds("配套资金到位率不足60%", asked_kinds("配套资金到位率是多少?"))


def test_a_figure_asked_of_a_county_must_be_stated_of_that_county():
    """Held-out wording (a 督查通报 giving figures county by county): "东湖县问责了多少人?" is
    not answered by the city's 问责11人 listing three other counties; a place that is an
    indexed agency's own is its scope, not a word its sentences must repeat."""
    from assistant.followup import Resolved
    from assistant.quantity import named_place
    from assistant.figure_ask import _place_subject

    assert named_place("东湖县问责了多少人?") == "东湖县"
    assert named_place("那东湖县呢?") == "东湖县"
    assert named_place("西岭县老旧小区加装电梯完成了多少部?") == "西岭县"
    for none in ("老旧小区加装电梯完成了多少部?", "社区卫生服务中心有几家?", "全县有多少个村卫生室?",
                 "这个县有几个?", "哪个县区完成率最高?", "几个区完成了?"):
        assert named_place(none) == "", none
    catalog = Catalog.of_docs([
        DocInfo("w1", "2025年工作要点", "青山区卫生健康委员会", None, None, "要点"),
        DocInfo("d1", "民生实事督查通报", "江州市人民政府督查室", None, None, "通报"),
    ])
    question = "东湖县问责了多少人?"
    assert _place_subject(catalog, Resolved(question), asked_unit(question),
                          asked_kinds(question)) == "东湖县"
    own = "青山区的家庭医生签约率是多少?"
    assert _place_subject(catalog, Resolved(own), asked_unit(own), asked_kinds(own)) == ""
    plain = "东湖县的农村供水工程怎么建的?"  # no figure asked: no subject
    assert _place_subject(catalog, Resolved(plain), asked_unit(plain), asked_kinds(plain)) == ""


def test_machines_counted_in_bu_are_asked_in_bu():
    """Held-out wording: "加装电梯完成了多少部?" is answered by "18部", not by any number;
    "多少部门" asks departments."""
    assert asked_unit("老旧小区加装电梯完成了多少部?") == "部"
    assert asked_unit("有多少部门参与了督查?") == ""
    assert states_quantity("已开工18部，仅完成计划的45%", "部")
    assert not states_quantity("民生实事项目30项，已完工22项", "部")


def test_an_indexed_place_with_a_department_it_lacks_is_no_indexed_agency():
    """Held-out wording: "某市公安局…" where only 某市生态环境局 is indexed was answered from the
    生态环境局; another department of an indexed place is refused, a unit of the same line
    (应急事务中心 beside 应急管理局) and the government's requirements are not."""
    catalog = Catalog.of_docs([
        DocInfo("e1", "关于巡察整改情况的通报", "临江市应急管理局", None, None, "通报"),
        DocInfo("w1", "2025年工作要点", "青山区卫生健康委员会", None, None, "要点"),
    ])
    police = analyse("临江市公安局的巡察整改情况怎么样?", catalog)
    assert police.agencies == () and police.unknown_places == ("临江市公安局",)
    assert scope_of(police, Filters(), catalog).refusal == "已收录的通报中没有临江市公安局的文件。"
    assert analyse("青山区教育局的工作要点有哪些?", catalog).unknown_places == ("青山区教育局",)
    for own in ("临江市应急事务中心组建进展如何?", "临江市政府有什么要求?", "临江应急局怎么整改的?",
                "青山区卫健委的工作要点"):
        asked = analyse(own, catalog)
        assert asked.agencies and not asked.unknown_places, own
    # A notice whose issuer is unknown may be the police's: such a department is not refused.
    unknown = Catalog.of_docs([*catalog.docs.values(),
                               DocInfo("u1", "关于加强春节期间交通管理的通告", "", None, None, None)])
    assert not unknown.every_agency_known
    assert not scope_of(analyse("临江市公安局的巡察整改情况怎么样?", unknown), Filters(),
                        unknown).refusal
    # "X的地方" describes places; the tagger's "place" 扎堆 is none
    assert not analyse("把隐患扎堆的地方挂牌督办,哪些单位这么做?", catalog).unknown_places


def test_days_asked_are_stated_as_working_days_too():
    """Fresh held-out wording: "审批时限压缩到多少天?" is answered by "压缩至60个工作日以内"."""
    assert asked_unit("工程审批时限压缩到多少天?") == "天"
    assert states_quantity("审批时限压缩至60个工作日以内", "天")
    assert not states_quantity("2023年10月底前完成", "天")


def test_a_notice_is_named_by_its_kind_and_the_words_qualifying_it():
    from assistant.issue_date import asks_issue_date, names_notice

    report = "中共临川区文化和旅游局党组关于巡察整改落实情况的通报"
    plan = "关于印发《临川区文旅系统安全生产专项整治实施方案》的通知"
    assert names_notice("临川文旅局的整改通报是哪天印发的?", report)
    assert names_notice("这两份通报各是什么时候发的?", report)
    assert not names_notice("这两份通报各是什么时候发的?", plan)
    assert names_notice("安全专项整治方案什么时候出台的?", plan)
    assert names_notice("这些文件分别是什么时候印发的?", plan)
    assert not names_notice("文旅局的景区门票减免办法是哪天出台的?", plan)
    assert not names_notice("什么时候出台了节假日值班通知?", plan)  # 值班 is not in its title
    assert asks_issue_date("临川文旅局的通报哪天发的?")


def test_the_dates_of_several_named_notices_are_cited_one_by_one(assistant):
    answer = assistant.ask("这几份通报分别是什么时候印发的?")
    assert not answer.abstained, answer.text
    quotes = [c.quote for c in answer.citations]
    assert quotes == ["2021年7月29日", "2021年9月7日", "2025年9月12日"], answer.text
    for c in answer.citations:
        assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote
        assert f"{c.quote} [{c.n}]" in answer.text
    numbers = assistant.ask("这些文件的文号分别是多少?")
    assert [c.quote for c in numbers.citations] == ["浙应急人事〔2020〕46号", "济应急发〔2022〕1号"]
    assert "正文中没有写明文号" in numbers.text


def test_places_and_things_are_counted_in_their_own_measure_words():
    """多少处/座/套/块 asks a count in that word, which only a sentence stating it answers;
    几个处室 still asks offices by 个."""
    assert asked_unit("排查出多少处险情?") == "处"
    assert asked_unit("修了几座桥?") == "座"
    assert asked_unit("发了多少套防护服?") == "套"
    assert asked_unit("清理了多少块招牌?") == "块"
    assert asked_unit("有几个处室参与?") == "个"
    assert states_quantity("共排查险情12处。", "处")
    assert not states_quantity("对全区5个泵站开展排查。", "处")


def test_a_campaign_named_by_its_object_is_a_named_work():
    """"燃气管道隐患排查", "食品安全专项整治": a figure asked of the campaign needs a sentence naming
    it; a count of campaigns ("开展了几次专项整治?") names none."""
    from assistant.quantity import named_work

    assert named_work("燃气管道隐患排查发现了多少处问题?") == "燃气管道隐患排查"
    assert named_work("食品安全专项整治罚没了多少钱?") == "食品安全专项整治"
    assert named_work("开展了几次专项整治?") == ""


def test_a_head_count_asked_is_answered_by_a_share_of_heads_but_not_by_a_change():
    kinds = asked_kinds("村民代表会议至少要到多少代表?") or asked_kinds("至少要来多少职工?")
    assert [k.name for k in kinds] == ["people"]
    assert states_kinds("到会职工人数须达到全体职工人数的三分之二以上。", kinds)
    assert states_kinds("参会人数不低于应到人数的80%。", kinds)
    assert not states_kinds("全年事故死亡人数同比下降12.5%。", kinds)


def test_which_notice_came_first_or_last_is_asked_by_the_issuing_not_by_progress():
    from assistant.issue_date import issue_order

    assert issue_order("哪个区的防汛方案印发得最早?") == "first"
    assert issue_order("最先下发的是哪份通知?") == "first"
    assert issue_order("哪份报告最新?") == "last"
    assert issue_order("文旅局和交通局的通报哪个发得晚?") == "last"
    assert issue_order("哪一份要点是最近公布的?") == "last"
    assert issue_order("最新的整改进展怎么样?") is None
    assert issue_order("哪个镇最早完成了改造?") is None
    assert issue_order("哪个单位完成的任务最多?") is None


def test_the_first_and_last_issued_notices_are_named_from_their_cited_dates(assistant):
    first = assistant.ask("哪个单位的整改通报发得最早?")
    assert not first.abstained, first.text
    quotes = [c.quote for c in first.citations]
    assert quotes == sorted(quotes, key=lambda q: [int(x) for x in re.findall(r"\d+", q)])
    lead = first.text.splitlines()[0]
    assert "最早" in lead and first.citations[0].quote in lead and first.citations[0].agency in lead
    last = assistant.ask("济南和东莞的通报哪个印发得晚?")
    assert [c.agency for c in last.citations] == ["济南市应急管理局", "东莞市应急管理局"], last.text
    assert "最晚的是东莞市应急管理局" in last.text.splitlines()[0]
    for c in first.citations + last.citations:
        assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote


def test_a_signature_date_written_in_figures_is_found_and_no_other_date():
    from assistant.issue_date import date_span

    text = "成文日期 | 2023-05-08 |\n……\n2023年5月18日"
    assert date_span(text, "2023-05-08") == (7, 17)
    assert date_span(text, "2023-05-18") == (23, 33)
    assert date_span("编号 12023-05-081", "2023-05-08") is None


def test_the_parts_of_a_document_are_asked_but_a_stated_count_of_aspects_is_not():
    from assistant.outline import asks_outline

    assert asks_outline("这份实施方案一共有几大部分?")
    assert asks_outline("交通局的通报由哪几部分组成?")
    assert asks_outline("工作要点分为几块?")
    assert not asks_outline("巡察反馈了几个方面的问题?")
    assert not asks_outline("整改分几个阶段进行?")
    assert not asks_outline("有多少个部门参与?")


def test_the_parts_of_a_named_notice_are_its_outermost_headings_cited(assistant):
    answer = assistant.ask("济宁应急局的工作要点分为哪几个部分?")
    assert not answer.abstained, answer.text
    assert [c.quote[:2] for c in answer.citations] == ["一、", "二、"], answer.text
    assert "正文分为 2 个部分" in answer.text
    for c in answer.citations:
        assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote
        assert f"{c.quote} [{c.n}]" in answer.text


def test_days_written_ri_after_a_bare_number_are_a_count_of_days():
    assert states_quantity("实行“3日受理、10日办结”制度", "天")
    assert states_quantity("投诉件须在7日内答复", "天")
    assert not states_quantity("于2023年6月15日前完成", "天")
    assert not states_quantity("每月1日通报上月情况", "天")


def test_a_part_or_an_item_is_asked_by_its_place():
    from assistant.outline import asked_item, asked_part

    assert asked_part("水务局通报的第二部分讲了什么?") == 2
    assert asked_part("第三大部分有哪些内容?") == 3
    assert asked_item("实施方案的第12条是什么?") == 12
    assert asked_item("第三个问题是怎么整改的?") == 3
    assert asked_part("第二家呢?") is None and asked_item("第二家呢?") is None


def test_a_part_asked_by_its_place_is_its_heading_and_sub_headings_cited():
    import corpus
    from assistant.outline import part_citations
    from eval.ledger import ROOT

    notice = corpus.load_notice(ROOT / "tests/data/ledger_sparse/青禾县水务局_巡察整改通报.txt")
    part = part_citations(notice, 2)
    assert part[0].quote == "二、反馈问题整改情况"
    assert [c.quote[:3] for c in part[1:]] == ["（一）", "（二）", "（三）", "（四）", "（五）",
                                              "（六）", "（七）"]
    assert [c.n for c in part] == list(range(1, 9))
    first = part_citations(notice, 1)
    assert first[0].quote == "一、整改工作总体情况" and first[1].quote.startswith("局党组成立")
    for c in part + first:
        assert notice.text[c.start:c.end] == c.quote
    assert part_citations(notice, 3) == []


def test_a_post_is_not_its_deputy_and_a_body_named_with_it_must_be_its_body():
    from assistant.quantity import asked_post, states_subject

    assert asked_post("县卫健委的主任是谁?") == "主任"
    assert not states_subject("由党组副书记、副主任王强任组长", asked_post("县卫健委的主任是谁?"))
    assert states_subject("党组书记、主任李明主持会议", "主任")
    assert states_subject("由党组副书记、副主任王强任组长", asked_post("县卫健委的副主任是谁?"))
    post = asked_post("督查组组长是谁?")
    assert post == "督查组组长"
    assert not states_subject("成立整改工作领导小组,由局长任组长", post)
    assert states_subject("县委第二督查组组长赵刚带队", post)


def test_several_agencies_named_with_fenbie_are_listed_one_by_one():
    assert analyse("泰安应急局和潍坊应急局在河道清淤上分别做了什么?", CATALOG).enumerate
    assert not analyse("泰安应急局和潍坊应急局在河道清淤上做了什么?", CATALOG).enumerate
    assert not analyse("泰安应急局分别在哪些河道清淤?", CATALOG).enumerate


def test_another_provinces_department_is_not_the_indexed_provincial_one():
    assert analyse("省应急管理厅的整改方案有哪些任务?", CATALOG).agencies == (PROVINCE,)
    other = analyse("山西省应急管理厅的整改方案有哪些任务?", CATALOG)
    assert other.agencies == () and other.unknown_places == ("山西省应急管理厅",)


def test_a_year_before_a_rectification_report_names_that_years_report():
    analysis = analyse("泰安应急局2019年的整改通报说了什么?", CATALOG)
    assert analysis.doc_types == ("通报",) and analysis.doc_years == (2019,)


def test_a_district_agency_under_an_indexed_city_is_not_the_citys():
    district = analyse("泰安市岱岳区应急局整改了哪些问题?", CATALOG)
    assert district.agencies == () and district.unknown_places == ("泰安市岱岳区应急局",)
    assert analyse("泰安市各区县应急局怎么考核?", CATALOG).agencies == (CITY_A,)
    assert analyse("泰安市应急局整改了哪些问题?", CATALOG).agencies == (CITY_A,)
    assert analyse("泰安市岱岳区委开展了什么?", CATALOG).unknown_places == ("泰安市岱岳区委",)
    # a district the city's notice names, asked about with no office of its own: the city's
    # notices, not an office named by the question's words up to 中心
    plan = Catalog.of_docs([DocInfo("a1", "泰安市应急管理局关于应急避难场所建设的实施方案", CITY_A,
                                    "2025-03-01", None, "方案", head="各区县应急局、岱岳区应急局：")])
    for asked in ("泰安市岱岳区要建几个救援中心?", "泰安市岱岳区每个中心配多少人?"):
        analysis = analyse(asked, plan)
        assert analysis.agencies == (CITY_A,) and not analysis.unknown_places, asked


def test_a_figure_asked_of_a_county_under_a_city_is_of_what_it_counts():
    """Written for this test: a city's plan gives one thing per county and another city-wide;
    the county's count of the other thing is not stated."""
    from assistant.counted import counted_words, states_counted
    from assistant.quantity import named_place

    asked = "泰安市岱岳区要建多少个应急避难场所?"
    assert named_place(asked) == "岱岳区"
    for none in ("泰安市今年县域应急投入多少钱?", "泰安市上半年县里问责多少人?"):
        assert named_place(none) == "", none
    assert named_place("其中新泰县要建多少个?") == "新泰县"  # a follow-up's part of the whole
    assert named_place("对新泰县交通局有意见, 打哪个电话?") == "新泰县"  # not "对新泰县"
    words = counted_words(asked, asked_unit(asked))
    per_county = "岱岳区、新泰市各建成1个应急物资储备中心，每个中心储备帐篷不少于300顶。"
    assert not states_counted(per_county, words, asked_unit(asked), every=False)
    assert states_counted("岱岳区新建应急避难场所12个。", words, asked_unit(asked), every=False)
    # a county's figure by the head of the compound asked: "政策措施" said as "措施"
    policy = "岱岳区出台了多少条政策措施?"
    said = "岱岳区第一时间出台了支持企业发展的18条措施。"
    assert states_counted(said, counted_words(policy, asked_unit(policy)), "条", every=False)
    # places the question lists together ask of them together: no one place
    assert named_place("5个督导组分赴11个设区市和泰山景区管委会的时间是何时?") == ""
    assert named_place("在岱岳区、新泰县各建几个?") == ""


def test_a_place_in_a_list_shares_the_figure_unless_each_has_it():
    from assistant.quantity import states_place

    shared = "在岱岳区、新泰县、肥城县新建应急避难场所15个。"
    assert not states_place(shared, "新泰县")
    assert states_place("岱岳区、新泰县各建成应急避难场所2个。", "新泰县")
    assert states_place("岱岳区和新泰县分别建成3个、2个。", "新泰县")
    assert states_place("新泰县建成应急避难场所4个，岱岳区、肥城县正在选址。", "新泰县")
    assert states_place("共问责9人，其中岱岳区3人、新泰县4人、肥城县2人。", "新泰县")


def test_another_year_asked_back_keeps_the_measure_word_and_must_be_named():
    from assistant.quantity import states_asked_year

    first = "泰安市应急管理局2021年检查了多少家次企业?"
    switched = _after("2020年呢?", first)
    assert switched.year_switch and "2020年" in switched.focus and "多少家次" in switched.focus
    before = _after("前一年呢?", first)
    assert before.year_switch and "2020年" in before.focus
    assert "2022年" in _after("次年呢?", first).focus
    assert not _after("合并前呢?", "泰安市应急管理局有多少个党支部?").year_switch
    assert not states_asked_year("共检查企业1150家次", (2020,), named=True)
    assert states_asked_year("共检查企业1150家次", (2020,))
    assert states_asked_year("2020年共检查企业980家次", (2020,), named=True)


def test_a_year_the_notice_does_not_count_for_is_refused_not_answered_nearby(assistant):
    history = [Turn("user", "济南应急局2021年上半年检查了多少家次企业?")]
    history.append(Turn("assistant", assistant.ask(history[0].content).text))
    answer = assistant.ask("2020年呢?", history=history)
    assert answer.abstained and answer.reason == "not_stated", answer.text
    assert "家次" in answer.text


def test_which_was_issued_earlier_is_read_in_a_follow_up_on_issue_dates():
    from assistant.issue_date import issue_order

    assert issue_order("甲乙两局的通报 印发的 哪个更早?") == "first"
    assert issue_order("整改方案是哪天发布的 哪家晚一些?") == "last"
    assert issue_order("哪家更早?") is None  # no issuing in sight: not a notice's date


def test_which_notice_came_first_after_their_dates_were_asked(assistant):
    history = [Turn("user", "中山和东莞的整改通报分别是什么时候发布的?")]
    history.append(Turn("assistant", assistant.ask(history[0].content).text))
    answer = assistant.ask("哪家更早?", history=history)
    assert "最早的是东莞市应急管理局" in answer.text.splitlines()[0], answer.text


def test_an_ordinal_follows_the_answers_numbered_lines_not_its_markers():
    from assistant.followup import _numbered_line, LAST

    text = "《某通报》正文第2部分为“二、整改情况”[1]，包括:\n1. (一)甲 [2]\n2. (二)乙 [3]\n3. (三)丙 [4]"
    assert _numbered_line(text, 3) == 4
    assert _numbered_line(text, LAST) == 4
    assert _numbered_line(text, 5) is None
    assert _numbered_line("济南市应急管理局:\n· 某句 [1]", 1) is None


def test_the_third_part_of_a_part_answer_is_its_third_line(assistant):
    history = [Turn("user", "东莞的通报第二部分讲了什么?")]
    history.append(Turn("assistant", assistant.ask(history[0].content).text))
    answer = assistant.ask("其中第三个方面是怎么整改的?", history=history)
    assert "(三)" in answer.resolved, answer.resolved


def test_the_collection_is_asked_by_what_it_holds_not_by_documents_a_notice_names():
    from assistant.holdings import asks_holdings

    assert asks_holdings("系统里能查到哪些通知?")
    assert asks_holdings("总共有多少份通报?")
    assert asks_holdings("水务局的方案收录了吗?")
    assert not asks_holdings("水务局印发了哪些文件?")
    assert not asks_holdings("要求报送几份材料?")


def test_what_the_index_holds_lists_every_notice_with_its_title_cited(assistant):
    answer = assistant.ask("收录了哪些通报?")
    assert not answer.abstained and answer.text.startswith("已收录 5 份文件"), answer.text
    for c in answer.citations:
        assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote == c.title


def test_a_bare_document_number_or_date_after_one_notices_answer_is_that_notices(assistant):
    history = [Turn("user", "济宁应急局2022年要完成多少处应急救援站?")]
    history.append(Turn("assistant", assistant.ask(history[0].content).text))
    number = assistant.ask("这个文件的文号是多少?", history=history)
    assert [c.quote for c in number.citations] == ["济应急发〔2022〕1号"], number.text
    dated = assistant.ask("什么时候印发的?", history=history)
    assert dated.abstained and "正文中没有写明落款日期" in dated.text and "2022-03-02" in dated.text


def test_what_the_index_holds_is_asked_of_the_whole_collection_after_any_answer():
    follow = _after("收录了哪些通报?", "潍坊市应急管理局的工作要点一共有几大部分?")
    assert follow.kind == "" and follow.text == "收录了哪些通报?" and follow.agencies == ()


def test_a_county_department_by_its_short_name_an_unknown_county_and_no_office_in_a_rate():
    """Written for this test: a 县市场监督管理局 and a 市自然资源和规划局 indexed."""
    catalog = Catalog.of_docs([
        DocInfo("a1", "关于巡察整改情况的报告", "青禾县市场监督管理局", None, None, "报告"),
        DocInfo("a2", "关于巡察整改进展的通报", "临水市自然资源和规划局", None, None, "通报"),
    ])
    short = analyse("青禾县市场监管局的问题都整改完了吗?", catalog)
    assert short.agencies == ("青禾县市场监督管理局",)
    assert "场" not in short.topic and "监管局" not in short.topic  # the mention, whole
    other = analyse("白沙县市场监督管理局的整改报告有哪些内容?", catalog)
    assert other.agencies == () and other.unknown_places == ("白沙县市场监督管理局",)
    rate = analyse("临水信访件的按期办结率是多少?", catalog)
    assert rate.agencies == ("临水市自然资源和规划局",) and rate.unknown_places == ()
    layout = analyse("临水应急避难场所布局的问题什么时候完成?", catalog)  # 布局 is no 局
    assert layout.agencies == ("临水市自然资源和规划局",) and layout.unknown_places == ()
    assert analyse("临水市公安局的整改情况", catalog).unknown_places == ("临水市公安局",)


def test_a_document_asked_of_an_agency_is_named_without_the_agency():
    """Written for this test: "青禾绿道建设规划" asked of 青禾 is the 绿道建设规划 its sentence
    names (the place was read into the name, and the question refused)."""
    from assistant.followup import Resolved
    from assistant.figure_ask import _figure_subject
    from tests.support import tiny_coverage

    catalog = Catalog.of_docs([
        DocInfo("g1", "关于巡察整改进展的通报", "青禾市住房和城乡建设局", None, None, "通报")])
    question = "青禾绿道建设规划是什么时候获批的?"
    resolved = Resolved(question, analysis=analyse(question, catalog))
    scorer = tiny_coverage(["市级绿道建设规划已于2024年5月获市政府批复", "修订档案管理办法"])
    subject = _figure_subject(scorer, resolved, asked_unit(question), asked_kinds(question))
    assert subject and subject in "市级绿道建设规划已于2024年5月获市政府批复"


def test_when_a_thing_is_done_wants_a_deadline_or_a_completion_not_a_start():
    kinds = asked_kinds("河道清淤工程什么时候完成?")
    assert [k.name for k in kinds] == ["completion"]
    assert states_kinds("整改时限：2025年10月31日前", kinds)
    assert states_kinds("2024年6月完成全部清淤", kinds)
    assert not states_kinds("对2019年以来的淤积河段开展清淤", kinds)
    assert [k.name for k in asked_kinds("清淤的完成时限是什么?")] == ["completion"]
    assert asked_kinds("河道清淤工程是什么时候开工的?") == ()


def test_a_quoted_package_count_and_firms_counted_in_ge_are_counts():
    """Written for this test: a package of measures named by its count in quotes, and firms
    counted with 个 where the question counts them with 家."""
    assert states_quantity("青禾市出台“15条”助企纾困措施。", asked_unit("青禾市出台了多少条助企措施?"))
    assert not states_quantity("落实“三张清单”制度。", "条")  # a slogan still names, not counts
    assert states_quantity("工作组进驻8个食品生产企业。", asked_unit("工作组进驻了多少家企业?"))
    assert not states_quantity("设立3个工作组。", "家")


def test_a_shared_title_phrase_does_not_narrow_away_the_named_agency():
    catalog = Catalog.of_docs([
        DocInfo("j1", "关于印发支持企业复工复产若干措施的通知", "白沙县人民政府办公室", None, None,
                "通知"),
        DocInfo("j2", "关于应对疫情稳就业的通知", "青禾市人民政府办公室", None, None, "通知"),
    ])
    analysis = analyse("青禾市出台的《若干措施》中，哪些事项不需要审批？", catalog)
    assert analysis.agencies == ("青禾市人民政府办公室",) and analysis.doc_ids == ("j1",)
    scope = scope_of(analysis, Filters(), catalog)
    assert not scope.refusal and scope.doc_ids == ("j2",)
    own = analyse("白沙县出台的《若干措施》中，哪些事项不需要审批？", catalog)
    assert scope_of(own, Filters(), catalog).doc_ids == ("j1",)


def test_a_region_named_with_diqu_is_its_bare_place():
    """"新疆地区" is 新疆 (the bare name had read "新疆地", so a notice writing 新疆 was out of
    scope); written for this test with 青禾."""
    from assistant.scope import _forms

    assert "青禾" in _forms(("青禾地区",))
    catalog = Catalog.of_docs([DocInfo("r1", "青禾多措并举关爱医务人员", "", None, None, "通知")])
    assert analyse("青禾地区出台了哪些关爱医务人员的措施?", catalog).unknown_places == ()


def test_a_years_implementation_plan_is_that_years_document() -> None:
    from corpus.metadata import plan_year
    from corpus.models import NoticeMeta

    plan = NoticeMeta("石桥县商务局关于印发《石桥县2026年农村物流补短板实施方案》的通知", "石桥县商务局",
                      doc_type="方案")
    rectification = NoticeMeta("石桥县商务局巡察整改方案", "石桥县商务局", doc_type="方案")
    assert plan_year(plan) == 2026 and plan_year(rectification) is None
    analysis = analyse("石桥县2025年农村物流补短板实施方案有哪些任务?", CATALOG)
    assert analysis.doc_types == ("方案",) and analysis.doc_years == (2025,)
    assert analyse("石桥县2026年工作计划里有几项任务?", CATALOG).doc_types == ("计划",)
    # without a year they speak of plans, not of a document
    assert analyse("石桥县商务局的下一步工作计划是什么?", CATALOG).doc_types == ()
    assert analyse("石桥县制定了哪些实施方案?", CATALOG).doc_types == ()


def test_a_figure_per_head_is_not_answered_by_a_total() -> None:
    acre = asked_kinds("石桥县油菜保险每亩保费是多少?")
    assert "per_unit" in [k.name for k in acre]
    assert not states_kinds("开展油菜种植保险试点，投保面积1.2万亩。", acre)
    per = asked_kinds("石桥县的消费券每人能领多少?")
    assert [k.name for k in per] == ["per_unit"]
    assert not states_kinds("由市、县两级财政安排消费券600万元。", per)
    assert states_kinds("每人每次可领取消费券200元。", per)
    assert states_kinds("人均补助1200元。", per)
    money = asked_kinds("每个村级便民服务点补助多少钱?")
    assert {k.name for k in money} == {"money", "per_unit"}
    assert states_kinds("改造便民服务点120个，每个一次性补助1.5万元。", money)
    # a count per unit is answered without 每 ("在11个地市确定1-2个所辖区县")
    assert asked_kinds("每个地市选几个区县?") == ()


def test_a_years_rectification_report_is_that_years_document_whatever_its_type() -> None:
    """Written for this test: a county bureau's 2025 report and a city's 2021 通报. "2024年的
    整改报告" asks for a document of that year; a 通报 called a report is still its year's."""
    from assistant.scope import scope_of

    catalog = Catalog.of_docs([
        DocInfo("r1", "中共石桥县水利局党组关于巡察整改落实情况的报告", "石桥县水利局", "2025-09-20",
                None, "报告"),
        DocInfo("t1", "泰安市应急管理局关于巡察整改情况的通报", CITY_A, "2021-05-01", None, "通报"),
    ])
    texts = {"r1": "对2022年至2024年的报销凭证逐张复核。", "t1": "2021年巡察整改。"}
    older = analyse("石桥县水利局2024年的巡察整改报告说了什么?", catalog)
    assert older.doc_types == ("报告",) and older.doc_years == (2024,)
    refused = scope_of(older, Filters(), catalog, texts)
    assert refused.doc_ids == () and "2025年" in refused.refusal
    own = scope_of(analyse("石桥县水利局2025年的整改情况报告说了什么?", catalog), Filters(),
                   catalog, texts)
    assert own.doc_ids == ("r1",)
    loose = scope_of(analyse("泰安市应急局2021年的整改报告说了什么?", catalog), Filters(),
                     catalog, texts)
    assert loose.doc_ids == ("t1",)
    # without a year it names no document
    assert analyse("石桥县水利局的整改报告说了什么?", catalog).doc_types == ()
    projects = Catalog.of_docs([DocInfo("p1", "白石县交通运输局关于印发2025年交通运输民生实事项目清单的通知",
                                        "白石县交通运输局", "2025-02-26", None, "通知")])
    older = scope_of(analyse("白石县交通运输局2024年的民生实事项目有哪些?", projects), Filters(),
                     projects, {"p1": "2024年完成农村公路改造。"})
    assert older.doc_ids == () and "2025年" in older.refusal
    own = scope_of(analyse("白石县交通运输局2025年的民生实事项目有哪些?", projects), Filters(),
                   projects, {"p1": "2024年完成农村公路改造。"})
    assert own.refusal == "" and own.agencies == ("白石县交通运输局",)


def test_a_kind_of_money_asked_is_answered_only_by_that_kind():
    """Written for this test: an investment asked, funds secured stated."""
    from assistant.quantity import named_money, states_money

    words = named_money("白石县3座水闸改造总投资是多少?")
    assert not states_money("争取省级水利资金800万元，汛前完工。", words)
    assert states_money("3座水闸改造完成投资1260万元。", words)
    assert states_money("累计投入资金900万元。", words)
    assert named_money("追回了多少补助资金?") == named_money("补贴一共多少?")
    assert named_money("一共花了多少钱?") == ()  # money in general: any amount


def test_whether_a_planned_act_happened_is_not_answered_by_the_plan():
    """"体育馆最后有没有如期竣工?" asks an outcome; "计划于10月底竣工" states only the plan."""
    from assistant.outcome import outcome_kinds

    asked = outcome_kinds("白石县全民健身中心最后有没有如期竣工?")
    assert [k.name for k in asked] == ["outcome"]
    assert not states_kinds("主体工程已于3月完成招标,计划于10月底竣工。", asked)
    assert not states_kinds("力争年内竣工并投入使用。", asked)
    assert states_kinds("全民健身中心已于10月28日竣工验收。", asked)
    assert outcome_kinds("石桥县的污水管网改造工程后来建成了没有?")
    # A plain "有没有…" asks what was planned as much as what was done.
    assert outcome_kinds("白石县有没有开展防溺水培训?") == ()


def test_a_post_holder_asked_by_which_one_needs_a_name_in_the_posts_clause():
    """"专班办公室主任是哪位副局长?": "由分管副局长任主任" names no one, and the name of the
    组长 in the clause before does not say who the 主任 is."""
    from assistant.quantity import asked_post, states_subject

    question = "泰安市文旅局整改专班办公室主任是哪位副局长?"
    assert _names(question) == ["person"]
    post = asked_post(question)
    assert post == "主任"
    quote = "由局长王海涛任组长,专班办公室设在综合科,由分管副局长任主任。"
    assert not states_subject(quote, post)
    assert states_subject("专班办公室由副局长刘晓燕任主任。", post)
    assert states_subject("整改专班由局长王海涛任组长。", asked_post("整改专班组长是谁?"))


def test_the_members_of_a_counted_group_asked_need_their_names():
    """"那4个乡镇分别是哪几个?" asks the towns' names; "对4个乡镇进行了通报" names none."""
    towns = asked_kinds("白石县被通报批评的那4个乡镇分别是哪几个?")
    assert [k.name for k in towns] == ["town"]
    assert not states_kinds("对工作滞后的4个乡镇进行了通报批评。", towns)
    assert states_kinds("对青龙镇、石门镇等4个乡镇进行了通报批评。", towns)
    counties = asked_kinds("被约谈的2个县区是哪几个?")
    assert [k.name for k in counties] == ["county"]
    assert not states_kinds("对排名靠后的2个县区进行约谈。", counties)


def test_a_difference_from_another_year_needs_a_comparison():
    """"比2023年多建了多少公里?" is not answered by 2024's length alone."""
    change = asked_kinds("石桥县2024年修的农村公路比2023年多修了多少公里?")
    assert [k.name for k in change] == ["change"]
    assert not states_kinds("2024年全县新改建农村公路86公里。", change)
    assert states_kinds("2024年新改建农村公路86公里,比2023年增加12公里。", change)


def test_a_verb_split_around_its_asking_word_is_the_whole_verb():
    """"开了几次会?" meets "召开党组会议…开会4次" by 开会, which the notices write whole; a
    two-character object or a measure word splits nothing."""
    from support import tiny_coverage

    scorer = tiny_coverage(["全年开会4次,行政立案12宗", "完成整改项目8项", "选派干部20名"])
    assert "开会" in scorer.terms("白石县统计局今年开了几次会?")
    assert "立案" in scorer.terms("石桥县市场监管局立了多少案?")
    assert not {"派干", "成项"} & set(scorer.terms("派了多少干部下去?完成了多少项?"))


def test_a_unit_with_its_alternative_in_brackets_names_both():
    """"覆盖了多少个村居?" is answered by "覆盖86个村(居)"."""
    from assistant.counted import counted_words, states_counted

    asked = "覆盖了多少个村居?"
    words = counted_words(asked, asked_unit(asked))
    assert states_counted("工作组下沉到12个乡镇、覆盖86个村(居)。", words, asked_unit(asked))
    assert not states_counted("工作组下沉到12个乡镇。", words, asked_unit(asked))


def test_a_phone_is_asked_by_its_own_words_not_by_a_call_made():
    """"电话回访了多少群众" asks a head count; "举报电话是多少" a number to call."""
    assert _names("白石县民政局电话回访了多少群众, 满意率是多少?") == ["rate", "people"]
    assert _names("石桥县水利局的举报电话是多少?") == ["phone"]


def test_a_rate_asked_is_that_rate():
    """"贷款利率是多少?" is not answered by "逾期率降至0.3%"; a 满意率 may be written 满意度."""
    from assistant.quantity import asked_rate, states_subject

    assert asked_rate("石门县公积金贷款的利率是多少?") == "利率"
    assert not states_subject("逾期率降至0.3%", asked_rate("石门县公积金贷款的利率是多少?"))
    assert asked_rate("群众满意率是多少?") == "满意"
    assert states_subject("群众满意度达到97.5%", asked_rate("群众满意率是多少?"))


def test_a_town_under_its_county_is_the_place_asked():
    """A 督查通报 over a county's towns gives each its figures: "青龙县石门镇受理了多少件?" asks
    石门镇, "其中白沙乡呢" 白沙乡; 乡镇, 城镇 and 各乡镇 name no town."""
    from assistant.quantity import named_place

    assert named_place("青龙县石门镇便民服务中心受理了多少件?") == "石门镇"
    assert named_place("其中白沙乡抽查了多少份?") == "白沙乡"
    assert named_place("在东湖街道建了几个站?") == "东湖街道"
    for question in ("各乡镇一共进驻了多少项?", "城镇老旧小区改造了多少个?", "全县乡镇卫生院有多少家?",
                     "河北省乡村振兴资金有多少?", "全县乡镇街道有多少个?"):
        assert named_place(question) == "", question


def test_a_total_asked_is_stated_as_one():
    """"9个乡镇一共受理了多少件?" is not answered by one town's figure; the group's count or a
    word of the whole states a total."""
    from assistant.counted import NO_GROUP, asked_total, states_total

    asked = asked_total("青龙县9个乡镇一共受理了多少件办件?")
    assert asked and not asked_total("石门镇受理了多少件办件?")
    assert not states_total("石门镇：第三季度受理办件1958件。", asked)
    assert states_total("全县便民服务中心共受理办件2.1万件。", asked)
    assert states_total("对我市98家企业开展精准化监管。", asked)
    assert states_total("对9个乡镇的办件开展抽查,共发现问题17个。", asked)
    # a total asked of no group is any figure of the thing not per unit: a sum is often
    # written without 共
    no_group = asked_total("白石县未批先建的项目一共被罚了多少钱?")
    assert no_group == NO_GROUP
    assert states_total("对未批先建的5个项目罚款47.5万元。", no_group)


def test_a_question_asking_which_ones_cites_every_point_of_the_line(tmp_path):
    """"青龙镇存在哪些问题?" whose line reads "…存在问题：一是…；二是…；三是…" cites all three
    points, not the first one alone."""
    import corpus
    from assistant.evidence import span_evidence
    from assistant.widening import points_of

    path = tmp_path / "白石县政务服务局_督查通报.txt"
    path.write_text("白石县政务服务局关于便民服务中心督查情况的通报\n"
                    "青龙镇：综合得分71分。存在问题：一是窗口人员不足；二是自助终端闲置；"
                    "三是代办点形同虚设。\n石门镇：综合得分95分，工作扎实。\n", encoding="utf-8")
    notice = corpus.load_notice(path)
    start = notice.text.index("青龙镇")
    first = span_evidence(notice, start, notice.text.index("二是"))
    cited = " ".join(e.quote for e in points_of(first))
    assert all(point in cited for point in ("窗口人员不足", "自助终端闲置", "代办点形同虚设"))
    alone = notice.text.index("石门镇")
    assert points_of(span_evidence(notice, alone, notice.text.index("工作扎实"))) == []


def test_an_items_points_are_found_past_its_status_line_but_not_inside_another_point(tmp_path):
    """"做了哪些整改?" whose best sentence is the item's status line ("该问题已整改到位。") lists the
    一是/二是 points of the item's measures line; a sentence inside a line of points (not
    opening one) does not bring in that line's points."""
    import corpus
    from assistant.evidence import span_evidence
    from assistant.widening import _same_item

    path = tmp_path / "石门县司法局_整改通报.txt"
    path.write_text("石门县司法局关于巡察整改情况的通报\n（一）普法宣传不深入。\n"
                    "整改措施：一是建立普法清单；二是开展送法下乡40场。\n该问题已整改到位。\n"
                    "（二）执法监督不到位。\n"
                    "整改措施：一是开展案卷评查，评查中落实“三个必须”要求；二是约谈3个执法单位。\n",
                    encoding="utf-8")
    notice = corpus.load_notice(path)
    text = notice.text

    def span(phrase: str):
        return span_evidence(notice, text.index(phrase), text.index(phrase) + len(phrase))

    status, measures = span("该问题已整改到位。"), span("整改措施：一是建立普法清单")
    assert _same_item(measures, status)
    inside, other = span("评查中落实“三个必须”要求"), span("整改措施：一是开展案卷评查")
    assert not _same_item(other, inside)


def test_an_expert_asked_by_which_one_needs_a_name():
    """"请来讲课的是哪位专家?" asks a name: "邀请知名专家授课" gives none."""
    person = asked_kinds("到时候请来讲课的是哪位专家?")
    assert [k.name for k in person] == ["person"]
    assert not states_kinds("6月份,邀请国内知名专家开展授课。", person)
    assert _names("整改由哪位领导负责?") == []  # a post answers it as often as a name


def test_a_counted_thing_is_said_by_its_synonym():
    """"揪出了多少安全问题?" is counted by "排查安全隐患316项" (the thesaurus: 安全问题 is 隐患)."""
    from assistant.counted import counted_words, states_counted
    from assistant.figure_ask import _counted_alternatives
    from support import tiny_coverage

    asked = "这么查下来一共揪出了多少安全问题?"
    words = counted_words(asked, asked_unit(asked))
    alternatives = _counted_alternatives(tiny_coverage(["排查安全隐患316项"]), asked, words)
    sentence = "白石县检查企业87家次,排查治理安全隐患316项。"
    assert not states_counted(sentence, words, asked_unit(asked))
    assert states_counted(sentence, words, asked_unit(asked), alternatives=alternatives)


def test_when_a_plan_the_last_turn_named_is_issued_is_not_the_notices_date():
    """"十四五规划编到哪一步了?" then "什么时候能正式印发?" asks of the plan: the notice's own
    signature date does not answer it; "待…后" states when, relative to an event."""
    from assistant.structure_route import structure_answer
    from assistant.quantity import TIME
    from corpus.load import parse_notice

    text = ("白石县应急管理局关于巡察整改进展情况的通报\n完成《白石县应急管理“十四五”规划(初稿)》,"
            "待省级规划出台后正式印发。\n白石县应急管理局\n2021年7月29日\n")
    notice = parse_notice(text.encode("utf-8"), "白石县应急管理局_巡察整改通报.txt")
    catalog = Catalog.of_docs([DocInfo(notice.doc_id, notice.meta.title, "白石县应急管理局",
                                       "2021-07-29", None, None)])
    args = ([notice.doc_id], catalog, {notice.doc_id: notice}, lambda d: None, True)
    carried = structure_answer("十四五 规划编到哪一步了 什么时候能正式印发?", "什么时候能正式印发?", *args)
    assert carried is None
    bare = structure_answer("整改进展 什么时候印发的?", "什么时候印发的?", *args)
    assert bare is not None and "2021" in bare.text
    assert states_quantity("待省级规划出台后正式印发。", TIME)


def test_the_value_before_a_change_is_stated_only_with_it():
    """"改造之前有多少?" is not answered by "改造后达到120个"; "由80个增至120个" answers it."""
    before = asked_kinds("石桥县的公共充电桩改造之前有多少?")
    assert [k.name for k in before] == ["baseline"]
    assert not states_kinds("全县公共充电桩数量达到120个。", before)
    assert states_kinds("全县公共充电桩由80个增至120个。", before)
    assert _names("原来有几个候车亭?") == ["baseline"]


def test_whether_a_plan_was_issued_is_no_outcome_a_plan_states():
    """"原计划出台的意见,最后发了没有?": 发 is stated as 印发/出台…, and a plan (方案, 要点)
    states tasks, not what came of them."""
    from assistant.outcome import outcome_kinds, states_outcome_in

    asked = outcome_kinds("白石县原计划5月出台的防汛工作意见,最后发了没有?")
    assert [k.name for k in asked] == ["outcome"]
    assert states_kinds("5月20日,县政府印发《防汛工作意见》。", asked)
    assert not states_kinds("全面发展基层应急力量。", asked)
    assert not states_outcome_in("方案") and states_outcome_in("通报")
    assert outcome_kinds("那个现场会最后开成了没有?")
    late = outcome_kinds("剩下的30户危房改造在12月底前完工了没有?")
    assert not states_kinds("剩余30户危房改造12月31日前全部完工。", late)
    assert states_kinds("剩余30户危房改造已于11月全部完工。", late)


def test_a_total_is_no_figure_per_unit_and_a_change_may_be_asked_as_more_or_less():
    """"全县合计要查多少家?" is not answered by "每个乡镇督查8家"; "跟去年同期相比是增是减?"
    asks a change."""
    from assistant.counted import asked_total, states_total

    total = asked_total("白石县一轮督查下来全县合计要查多少家企业?")
    assert not states_total("每两个月一轮,每个乡镇督查8家企业。", total)
    assert states_total("全年共督查企业96家。", total)
    assert states_total("代缴代扣的专家费用207200元。", asked_total("专家费用一共多少?"))
    assert _names("石桥县今年检查企业的家次跟去年同期相比是增是减?") == ["change"]


def test_a_work_summary_is_a_document_type():
    """"某局2022年度工作总结里…" asks a document the index may not hold (a 工作要点 is not it)."""
    analysis = analyse("潍坊市应急管理局2022年度工作总结里,全年事故起数降了多少?", CATALOG)
    assert analysis.doc_types == ("总结",)
    scope = scope_of(analysis, Filters(), CATALOG, {"b1": "2022年工作要点"})
    assert scope.refusal


def test_a_document_a_notice_mentions_is_asked_of_its_passages_by_its_number():
    """"石桥县2024年河道清障工作方案的文号是多少?" where the 石桥县水利局 notice (a 通报) mentions
    that 方案 with its number: not refused for want of a 方案, and answered by a sentence giving
    a document number, not by any figure."""
    from assistant.quantity import asked_kinds, asked_unit, states_kinds

    catalog = Catalog.of_docs([DocInfo("n1", "关于巡察整改情况的通报", "石桥县水利局", None, None,
                                       "通报")])
    texts = {"n1": "印发《石桥县2024年河道清障工作方案》（石水〔2024〕21号），清理河道12公里。"}
    question = "石桥县水利局2024年河道清障工作方案的文号是多少?"
    asked = analyse(question, catalog)
    assert not scope_of(asked, Filters(), catalog, texts).refusal
    assert scope_of(analyse("石桥县水利局2024年水库巡查工作方案讲了什么?", catalog), Filters(),
                    catalog, texts).refusal
    kinds = asked_kinds(question)
    assert asked_unit(question, kinds) is None
    assert states_kinds(texts["n1"], kinds) and not states_kinds("清理河道12公里。", kinds)


def test_where_a_meeting_is_held_is_asked_of_a_sentence_saying_where():
    assert _names("那次经验交流会定在哪里举办?") == ["place"]
    assert "place" in _names("现场推进会放在哪个城市开?")
    kinds = asked_kinds("现场推进会在哪里召开?")
    assert states_kinds("5月在邹城市召开全市矿山安全现场推进会", kinds)
    assert not states_kinds("召开全市矿山安全现场推进会,交流各地市经验", kinds)
    assert not states_kinds("泰安市应急管理局召开现场推进会", kinds)  # the agency's own name
    assert states_kinds("市应急管理局五楼会议室。", kinds)  # a venue on its own line


def test_which_office_a_thing_belongs_to_is_asked_of_a_sentence_naming_an_office():
    assert _names("评上先进的是哪个科室的党小组?") == ["office"]
    kinds = asked_kinds("获评先进的是哪个处室的支部?")
    assert states_kinds("危化监管处党支部获评全市“先进党支部”", kinds)
    assert not states_kinds("评选“先进党支部”2个,现已完成验收", kinds)


def test_a_month_the_question_dates_its_event_by_is_not_answered_by_another_months():
    from assistant.quantity import asked_months, states_asked_month
    months = asked_months("2024年6月组织的那次防汛培训,一共培训了几天?")
    assert months == (6,)
    assert not states_asked_month("2024年5月,举办为期3天的防汛业务培训班", months)
    assert states_asked_month("6月中旬举办为期3天的防汛业务培训班", months)
    assert states_asked_month("举办为期3天的防汛业务培训班", months)
    assert states_asked_month("5-7月,分批开展防汛业务培训", months)
    assert asked_months("要在9月底前完成几项?") == ()  # a deadline, not the event's month


def test_a_count_written_with_yu_or_in_ci_is_the_whole_a_part_is_asked_of():
    from assistant.quantity import given_figures
    assert given_figures("开展的20余次联合检查里,有几次发现问题?") == ("20余次",)
    assert given_figures("那12家企业中,有几家整改到位?") == ("12家",)


def test_a_word_the_tagger_calls_a_place_inside_a_clause_names_no_place():
    analysis = analyse("化工厂扎堆的那种园区,各地分别提了什么安排?", CATALOG)
    assert analysis.unknown_places == ()
    assert analyse("那佛山的园区呢?", CATALOG).unknown_places == ("佛山",)


def test_which_ones_of_a_cited_part_lists_every_numbered_item_below_it():
    from assistant.evidence import span_evidence
    from assistant.widening import section_items
    from corpus.load import parse_notice
    text = ("潍坊市应急管理局2022年工作要点\n一、强化安全宣传。围绕安全生产月开展宣传活动。\n"
            "1.宣传进社区。在全市社区开展安全知识讲座。\n2.宣传进学校。组织中小学开展应急疏散演练。\n"
            "3.宣传进企业。督促企业开展全员安全培训。\n二、加强值班值守。严格执行24小时值班制度。\n")
    notice = parse_notice(text.encode("utf-8"), "潍坊市应急管理局_2022年工作要点.txt")
    part = next(h for h in notice.headings if h.text.startswith("一、"))
    cited = section_items([span_evidence(notice, part.start, part.end)])
    assert [e.quote[:6] for e in cited] == ["一、强化安全", "1.宣传进社", "2.宣传进学", "3.宣传进企"]
    assert all(notice.text[e.start:e.end] == e.quote for e in cited)
    lone = next(h for h in notice.headings if h.text.startswith("二、"))
    assert section_items([span_evidence(notice, lone.start, lone.end)]) == []


def test_an_increase_of_income_is_stated_as_zengshou():
    kinds = asked_kinds("盘活闲置农房给村里增加了多少收入?")
    assert [k.name for k in kinds] == ["change"]
    assert states_kinds("已盘活闲置农房150宗，带动村集体增收96万元", kinds)
    assert not states_kinds("已盘活闲置农房150宗", kinds)


def test_a_standalone_question_pointing_at_an_event_names_its_subject():
    from assistant.quantity import pointed_subject
    assert pointed_subject(["2024年", "那场", "防汛", "演练", "参演", "多少", "人"]) == "防汛"
    assert pointed_subject(["那次", "危化品", "泄漏", "演练"]) == "危化品"
    assert pointed_subject(["去年", "演练", "多少", "人"]) == ""


def test_the_members_of_a_counted_group_are_stated_only_by_a_list_naming_them():
    assert _names("“三张清单”具体是哪三张?") == ["members"]
    assert _names("那12条道路具体是哪几条?") == ["members"]
    kinds = asked_kinds("“三张清单”具体是哪三张?")
    assert states_kinds("推行“三张清单”,即责任清单、任务清单、问题清单。", kinds)
    assert not states_kinds("大力推行“三张清单”,采取进村入户、召开座谈会等方式摸清底数。", kinds)
    assert not states_kinds("改造道路12条,具体名单另行印发。", kinds)
    assert not states_kinds("改造道路12条。（牵头：交通股；配合：财政局、各乡镇）", kinds)
    # a counted group's members asked as "分别是哪些"
    assert _names("被约谈的3家养老机构分别是哪些?") == ["members"]
    assert _names("受表彰的6名网格员具体有哪几位?") == ["members"]
    group = asked_kinds("被约谈的3家养老机构分别是哪些?")
    assert not states_kinds("对3家养老机构负责人进行约谈。", group)
    assert states_kinds("约谈3家养老机构，分别是：康宁养老院、福寿苑。", group)


def test_which_ones_of_an_item_whose_measures_are_clauses_cites_every_clause():
    from assistant.evidence import span_evidence
    from assistant.widening import _line_points
    from corpus.load import parse_notice
    text = ("潍坊市应急管理局2022年工作要点\n一、关心一线救援队员。夏季调整训练时间，避开午间高温；"
            "发放防暑降温补贴每人每月200元；为12个备勤点配齐防暑药品。（牵头：人事科；时限：9月底前）\n")
    notice = parse_notice(text.encode("utf-8"), "潍坊市应急管理局_2022年工作要点.txt")
    line = notice.text.index("夏季")
    points = _line_points(span_evidence(notice, line, line + 10))
    quotes = [notice.text[a:b] for a, b in points]
    assert len(quotes) == 3 and quotes[1].startswith("发放防暑") and "牵头" not in "".join(quotes)
    text += "二、加强值班值守。严格执行值班制度。落实领导带班。做好信息报送。\n"  # sentences, no list
    notice = parse_notice(text.encode("utf-8"), "潍坊市应急管理局_2022年工作要点.txt")
    line = notice.text.index("严格执行")
    assert _line_points(span_evidence(notice, line, line + 6)) == []


def test_only_a_past_event_pointed_at_by_na_is_a_standalone_subject():
    from assistant.figure_ask import _THAT_EVENT
    assert _THAT_EVENT.search("2025年那次烟花爆竹事故应急救援演练,参演的一共有多少人?")
    assert not _THAT_EVENT.search("这次防汛排涝专题会议纪要是第几期?")  # the notice itself


def test_two_cited_items_of_one_part_list_every_item_of_that_part():
    from assistant.evidence import span_evidence
    from assistant.widening import sibling_items
    from corpus.load import parse_notice
    text = ("临沂市应急管理局2023年工作要点\n（三）推进“安全进万家”工程建设\n"
            "1. 完善宣教阵地,建成体验馆。在各区县建设安全体验馆。\n2. 培育志愿队伍,扩大覆盖面。组建应急志愿服务队。\n"
            "3. 打造宣传品牌,讲好安全故事。开展安全故事会。\n（四）加强值班值守\n1. 严格执行24小时值班。\n")
    notice = parse_notice(text.encode("utf-8"), "临沂市应急管理局_2023年工作要点.txt")
    second = text.index("2. 培育")
    third = text.index("3. 打造")
    cited = sibling_items([span_evidence(notice, third, third + 10), span_evidence(notice, second, second + 10)])
    assert [e.quote[:6] for e in cited if e.quote[0].isdigit()] == ["1. 完善宣", "2. 培育志", "3. 打造宣"]
    assert all(notice.text[e.start:e.end] == e.quote for e in cited)
    # one item cited alone is answered by itself: which of its part's items it is not asked
    assert sibling_items([span_evidence(notice, third, third + 10)]) == []


def test_a_problem_aimed_at_is_quoted_with_its_opener():
    from assistant.ledger_answer import _as_written
    from corpus.ledger import Span
    text = "（二）财务管理方面\n针对差旅费报销不规范问题,制定了报销细则。"
    start = text.index("差旅费")
    end = text.index("问题") + 2
    assert _as_written(text, Span(text[start:end], start, end)).text == "针对差旅费报销不规范问题"
    start = text.index("财务管理")
    assert _as_written(text, Span("财务管理方面", start, start + 6)).text == "财务管理方面"


def test_a_city_the_tagger_does_not_know_is_still_a_place_asked_about():
    # jieba tags these as nouns, names or verbs, not places (corpus.places reads cpca's table)
    assert analyse("烟台那边的应急管理部门今年有什么安排?", CATALOG).unknown_places == ("烟台",)
    assert analyse("周口市应急管理局巡察整改进展怎么样?", CATALOG).unknown_places == ("周口市应急管理局",)
    assert analyse("那保定呢?", CATALOG).unknown_places == ("保定",)
    # the same characters inside other words are no place
    assert analyse("如何确保定期开展隐患排查?", CATALOG).unknown_places == ()
    assert analyse("长治久安需要哪些基础工作?", CATALOG).unknown_places == ()


def test_the_thing_counted_may_end_the_clause_before_the_asking_word():
    from assistant.counted import counted_words, states_counted
    words = counted_words("摸排出来的小作坊一共有多少家?", "家")
    assert words == ("小作坊",)
    assert not states_counted("新增规上工业企业71家，累计达到1020家。", words, "家")
    assert states_counted("共摸排小作坊56家，已全部建档。", words, "家")
    # a verb ends the clause: what is counted is not said before it
    assert counted_words("城东片区的能安置多少人?", "人") == ()


def test_an_agency_cited_in_a_list_is_quoted_on_to_the_sentence_giving_what_is_asked():
    from assistant.evidence import span_evidence, with_stated_kind
    from corpus.load import parse_notice
    kinds = asked_kinds("群众想反映问题, 各单位分别留了哪个号码?")
    assert [k.name for k in kinds] == ["phone"]
    text = ("威海市应急管理局关于巡察整改进展情况的通报\n一、整改情况\n已完成整改12项。\n二、监督\n"
            "欢迎社会各界监督整改工作。如有意见请及时反映。监督电话:0631-5201234;电子邮箱:wh@163.com。\n")
    notice = parse_notice(text.encode("utf-8"), "威海市应急管理局_巡察整改通报.txt")
    start = text.index("欢迎")
    invitation = span_evidence(notice, start, text.index("如有"))
    quoted = with_stated_kind(invitation, kinds)
    assert quoted.quote.startswith("欢迎") and "0631-5201234" in quoted.quote
    assert notice.text[quoted.start:quoted.end] == quoted.quote
    # no kind asked: unchanged
    assert with_stated_kind(invitation, ()) == invitation


def test_a_bank_asked_is_a_name_a_sentence_must_state():
    kinds = asked_kinds("县财政局的公务卡是委托哪家银行发放的?")
    assert [k.name for k in kinds] == ["company"]
    assert states_kinds("委托中国农业银行青山支行统一制卡发放。", kinds)
    assert not states_kinds("已提交申请单,银行将于9月完成制卡。", kinds)
    # a vehicle going into the workshop names no firm
    assert not states_kinds("补充登记了车辆实际进厂维修的时间。", asked_kinds("是哪家企业维修的?"))


def test_the_firms_of_a_counted_group_asked_by_name_need_their_names():
    kinds = asked_kinds("新评定的12家星级农家乐具体是哪些企业?")
    assert [k.name for k in kinds] == ["company"]
    assert not states_kinds("全年新评定星级农家乐企业12家。", kinds)
    assert states_kinds("评定青禾山庄有限公司、溪畔人家餐饮有限公司为星级农家乐。", kinds)


def test_a_place_the_tagger_reads_as_a_name_is_known_by_its_unit_and_department():
    # "蘅江" is tagged a person's name; its 市 and a department after it make it an agency
    assert analyse("蘅江市科技局的巡察整改进展怎么样?", CATALOG).unknown_places == ("蘅江市科技局",)
    # level words and a unit without a department are no such place
    assert analyse("全市科技局都要做什么?", CATALOG).unknown_places == ()


def test_a_labelled_leader_written_post_then_name_is_a_name():
    kinds = asked_kinds("第一检查组的组长是谁?")
    assert states_kinds("第一检查组（组长：县政府办公室副主任柯望舒）负责城区。", kinds)
    assert not states_kinds("第一检查组（组长：县政府办公室副主任）负责城区。", kinds)


def test_a_year_a_line_sets_as_its_topic_dates_its_later_clauses():
    from assistant.quantity import context_year
    text = "一、基础\n2024年，全县完成投资80亿元；全年引进项目12个。\n召开2023年度民主生活会，全年发展党员5名。"
    assert context_year(text, text.index("全年引进"), 2025) == 2024
    # a year naming an event is not the line's topic: the plan's year stands
    assert context_year(text, text.index("全年发展"), 2025) == 2025


def test_which_n_of_a_group_asks_its_members_named_in_a_list_or_before_their_count():
    kinds = asked_kinds("是哪5个项目?")
    assert _names("是哪5个项目?") == ["members"] and _names("涉及的是哪三个乡镇?") == ["members"]
    assert _names("是哪一个科室负责?") == []  # one, not a group's members
    assert states_kinds("对东湖、西岭、南山3个乡镇开展督查", asked_kinds("涉及的是哪三个乡镇?"))
    assert states_kinds("整改项目包括：老旧小区改造、雨污分流、背街小巷提升", kinds)
    assert not states_kinds("5个项目中标候选人公示期不足3日", kinds)


def test_a_township_named_xiang_is_a_town_but_not_城乡_or_下乡():
    kinds = asked_kinds("哪些乡镇被通报批评了?")
    assert states_kinds("对综合评价为较差的石湾乡、青竹乡予以通报批评", kinds)
    assert states_kinds("白沙镇完成全部整改", kinds)
    assert not states_kinds("统筹城乡应急力量建设", kinds)
    assert not states_kinds("组织执法人员下乡开展检查", kinds)


def test_a_townships_own_heading_names_the_town_of_its_rows():
    kinds = asked_kinds("哪些乡镇的隐患已经全部整改完了?")
    row = "整改情况 | 23处隐患全部整改完毕，整改率100% |"
    assert states_kinds(row, kinds, "（四）松岗镇")
    assert not states_kinds(row, kinds, "二、各乡镇督查情况")  # a heading over every town
    assert not states_kinds(row, kinds)


def test_the_year_after_a_notice_is_covered_where_the_notice_speaks_of_the_next_year():
    """"次年1月底前" in a 2025 考评通报 answers "到2026年1月底前…" (written for this test)."""
    doc = DocInfo("k1", "关于全市督查考评结果的通报", "棘州市督查室", "2025-11-20", None, "通报")
    catalog = Catalog.of_docs([doc])
    ask = "棘州市督查室要求到2026年1月底前办结率达到多少?"
    said = {"k1": "各地须于次年1月底前将办结率提高到95%以上。"}
    assert not scope_of(analyse(ask, catalog), Filters(), catalog, said).refusal
    silent = {"k1": "各地须于12月底前将办结率提高到95%以上。"}
    assert scope_of(analyse(ask, catalog), Filters(), catalog, silent).refusal
    later = "棘州市督查室要求到2027年1月底前办结率达到多少?"
    assert scope_of(analyse(later, catalog), Filters(), catalog, said).refusal
    # the same from the facts stored at publication, no text read
    from dataclasses import replace as with_fields

    from index.lexical.facts import notice_facts
    for text, refused in ((said["k1"], False), (silent["k1"], True)):
        stored = Catalog.of_docs([with_fields(doc, facts=notice_facts(text, []))])
        assert bool(scope_of(analyse(ask, stored), Filters(), stored, {}).refusal) is refused


def test_a_measure_word_that_opens_a_longer_word_asks_no_unit():
    """"多少人防工程费" asks an amount, not people; "多少人参加" asks people (written here)."""
    assert asked_unit("棘州市追缴了多少人防易地建设费?") == ""
    assert asked_unit("一共收缴多少条例规定的罚款?") == ""
    assert asked_unit("有多少人参加培训?") == "人"
    assert asked_unit("一共配备了多少人员?") == "人"
    assert asked_unit("培训了多少人次?") == "人次"
