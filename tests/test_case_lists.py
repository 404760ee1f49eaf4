"""Lists and figures read from the shape of a notice, written in other wordings than the
held-out notices' (汧阳县, 汧源市): a discipline commission's cases with their 处理结果, listed by
the sanction asked; the addressee line, never evidence; a joint commission named 纪委监委; a news
story whose headline names the work its body gives the figure of; a work named once in a
paragraph that goes on of it; where a service is had (a channel). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.quantity import asked_kinds, named_work, states_kinds
from corpus.agencies import agency_matches, within_place
from support import small_assistant

CASES = (
    "中共汧阳县纪律检查委员会\n"
    "汧阳县监察委员会\n"
    "汧纪发〔2026〕4号\n"
    "中共汧阳县纪委 汧阳县监委关于5起违反中央八项规定精神问题的通报\n"
    "各镇党委、纪委，县直各部门党组（党委），县纪委监委各派驻纪检监察组：\n"
    "今年以来，全县各级纪检监察机关持续加大作风问题查处力度。现将5起典型问题通报如下。\n"
    "一、典型问题\n"
    "（一）县水利局原副局长祁远航违规收受礼金问题。2024年春节期间，祁远航收受工程承包商所送礼金1.6万元。\n"
    "处理结果：祁远航受到党内严重警告处分，违纪所得予以收缴；局办公室主任郜文轩知情不报，受到诫勉谈话。\n"
    "（二）城关镇财政所违规发放补贴问题。2025年，该所以加班费名义违规发放补贴3.2万元。\n"
    "处理结果：所长闫书岭受到党内警告处分；会计窦佳怡受到批评教育；城关镇党委被责令作出书面检查。\n"
    "（三）县林业局公款吃喝问题。2025年5月，该局以调研名义组织公款宴请，花费6800元。\n"
    "处理结果：局长蔺广川受到党内警告处分；分管副局长郗明哲受到诫勉谈话；县纪委监委对县林业局予以通报批评。\n"
    "（四）杏花村违规操办婚宴问题。2025年10月，村党支部书记缑德厚为其子操办婚宴30桌。\n"
    "处理结果：缑德厚受到党内警告处分；驻村干部隗乐天督促不力，受到诫勉谈话。\n"
    "（五）梨树村违规出租集体资产问题。2024年，梨树村党支部书记冉光耀未经村民代表会议讨论，"
    "擅自将村集体所有的3间沿街商铺以低于评估价的价格出租给其同学。"
    "2025年，该村闲置仓库残值变卖收入0.9万元未入账。该问题共造成村集体资产损失4.8万元。\n"
    "处理结果：冉光耀受到党内严重警告处分，被责令辞去村党支部书记职务。\n"
    "二、有关要求\n"
    "各级党组织要以案为鉴，于2026年7月31日前完成作风问题自查自纠。\n"
    "中共汧阳县纪律检查委员会\n"
    "汧阳县监察委员会\n"
    "2026年6月1日\n"
)
CASES_NAME = "汧阳县纪委监委_关于5起违反中央八项规定精神问题的通报.txt"

STORY = (
    "汧源市加快建设城南污水处理厂\n"
    "信息来源：汧源市人民政府办公室 发布日期：2026-05-08\n"
    "汧源城南污水处理厂“昼夜抢工、分段验收”逾8亿元\n"
    "市住建局加快推进城南污水处理厂建设\n"
    "本报讯 连日来，汧源市住房和城乡建设局组织施工单位倒排工期，城南污水处理厂主体工程建设有序推进。"
    "据了解，项目设计日处理能力6万吨，配套建设管网42公里，总投资超过8亿元。\n"
    "记者在汧源市第一人民医院门诊楼改造工程现场看到，工人们正在安装外墙保温材料。"
    "项目负责人介绍，3月10日开工的这一项目建筑面积约1.2万平方米。"
    "目前300多名工人分两班施工，力争8月15日交付。\n"
    "汧源市北岸再生水厂“边设计、边施工”以来今年完成投资3.5亿元，进度快于原定计划。"
    "该厂采用膜生物反应器工艺，出水水质按地表水准四类标准设计，尾水全部用于城市绿化和河道补水。"
    "北岸再生水厂总投资为6.8亿元，计划2027年建成。\n"
    "汧源市滨河公园提升工程已于5月完工。汧源市体育中心改造项目进展顺利，力争10月1日开放。\n"
    "市水务局：负责城区排水管网巡查，汛期每日报送一次积水情况。\n"
    "市民办理排水许可，可通过汧源市政务服务网在线提交申请材料，也可到市民中心二楼综合窗口办理。\n"
)
STORY_NAME = "汧源市住房和城乡建设局_汧源市加快建设城南污水处理厂.txt"


def test_a_joint_commission_is_named_by_its_short_pair() -> None:
    assert agency_matches("汧阳县纪委监委", "汧阳县监察委员会")
    assert agency_matches("汧阳县监委", "汧阳县监察委员会")
    assert not agency_matches("汧阳县纪委监委", "汧阳县水利局")


def test_a_district_s_own_agency_lies_within_its_city_s_district() -> None:
    assert within_place("汧源市城南区红十字会", "城南区政务服务管理局")
    assert not within_place("汧源市城南区红十字会", "汧源市审计局")
    assert not within_place("城南区政务服务管理局", "汧源市城南区红十字会")


def test_where_a_service_is_had_is_a_channel() -> None:
    kinds = asked_kinds("汧源市民想办排水许可，可以在哪里办理？")
    assert [k.name for k in kinds] == ["channel"]
    assert states_kinds("可通过汧源市政务服务网在线提交申请材料。", kinds)
    assert not states_kinds("项目设计日处理能力6万吨。", kinds)
    # a meeting's venue is still a place
    assert [k.name for k in asked_kinds("座谈会在哪里召开？")] == ["place"]


def test_a_wish_before_the_verb_is_no_work_s_name() -> None:
    assert named_work("企业想要申报技改项目，去哪里办理？") == "申报技改项目"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {CASES_NAME: CASES, STORY_NAME: STORY}, "case-lists")


def test_everyone_given_the_sanction_asked_is_listed(bot) -> None:
    answer = bot.ask("汧阳县纪委监委通报的5起问题中，哪些人受到了诫勉谈话？")
    quotes = " ".join(c.quote for c in answer.citations)
    for name in ("郜文轩", "郗明哲", "隗乐天"):
        assert name in quotes
    assert "各镇党委" not in quotes  # the addressees say nothing


def test_a_sanction_is_listed_by_its_own_words_not_a_heavier_one(bot) -> None:
    answer = bot.ask("汧阳县纪委监委通报里，哪些人受到了党内警告处分？")
    quotes = " ".join(c.quote for c in answer.citations)
    for name in ("闫书岭", "蔺广川", "缑德厚"):
        assert name in quotes
    assert "祁远航" not in quotes  # 党内严重警告 is another sanction


def test_the_addressee_line_is_never_cited(bot) -> None:
    from assistant.evidence import is_addressee
    assert is_addressee("各镇党委、纪委，县直各部门党组（党委），县纪委监委各派驻纪检监察组：", 60)
    assert not is_addressee("各镇党委、纪委，县直各部门党组（党委）：", 2000)
    assert not is_addressee("各级党组织要以案为鉴，于2026年7月31日前完成作风问题自查自纠。", 60)
    answer = bot.ask("汧阳县纪委监委这次通报的是哪些单位的问题？")
    assert all("各派驻纪检监察组" not in c.quote for c in answer.citations)


def test_a_total_asked_of_a_headline_s_event_is_the_body_s(bot) -> None:
    answer = bot.ask("汧源城南污水处理厂“昼夜抢工、分段验收”的总投资额是多少？")
    assert not answer.abstained
    assert "总投资超过8亿元" in answer.citations[0].quote


def test_a_work_named_once_in_its_paragraph_is_what_the_date_is_of(bot) -> None:
    answer = bot.ask("汧源市第一人民医院门诊楼改造工程哪天交付？")
    assert not answer.abstained
    assert "力争8月15日交付" in answer.citations[0].quote


def test_a_total_is_read_from_the_passage_s_sentence_stating_a_total(bot) -> None:
    answer = bot.ask("汧源市北岸再生水厂“边设计、边施工”的总投资是多少？")
    assert not answer.abstained
    assert "总投资为6.8亿元" in answer.citations[0].quote


def test_a_work_named_earlier_in_the_paragraph_is_the_subject_until_another_is_named() -> None:
    from assistant.evidence import span_evidence
    from assistant.figure_ask import _named_earlier
    from corpus import parse_notice

    notice = parse_notice(STORY.encode("utf-8"), STORY_NAME)

    def quoted(sentence: str):
        start = notice.text.index(sentence)
        return span_evidence(notice, start, start + len(sentence))
    assert _named_earlier(quoted("目前300多名工人分两班施工，力争8月15日交付。"), "门诊楼")
    assert not _named_earlier(quoted("汧源市体育中心改造项目进展顺利，力争10月1日开放。"), "滨河公园")
    assert not _named_earlier(quoted("目前300多名工人分两班施工，力争8月15日交付。"), "体育中心")


def test_kinds_of_a_case_asked() -> None:
    term = asked_kinds("法院最后判了他几年？")
    assert [k.name for k in term] == ["prison_term"]
    assert states_kinds("冉某被判处有期徒刑二年，缓刑三年。", term)
    assert not states_kinds("2024年至2025年，冉某违规出租集体资产。", term)
    members = asked_kinds("违规纳入低保的5户家庭分别是哪几个村的？")
    assert [k.name for k in members] == ["members"]
    often = asked_kinds("以后多长时间要报一次进度？")
    assert states_kinds("每半个月向县纪委报送一次办理进度。", often)
    assert asked_kinds("它的验收标准叫什么？") == ()
    assert [k.name for k in asked_kinds("这位负责人叫什么？")] == ["person"]


def test_a_time_word_before_a_level_word_names_no_place() -> None:
    from assistant.quantity import named_place
    assert named_place("后来县农业农村局复核后一共核减了多少面积？") == ""
    assert named_place("冉家县农业农村局一共核减了多少面积？") == "冉家县"
    assert named_place("按冉家县医保局的指南，门诊每次报销多少钱？") == ""


def test_the_ledger_answers_no_amount_nor_a_count_of_another_thing() -> None:
    from assistant.ledger_intent import read_ledger_ask
    assert read_ledger_ask("监察支队未办结的欠薪案件涉及多少工资款？") is None
    assert read_ledger_ask("监察支队还有多少件欠薪案件没办结？") is None
    assert read_ledger_ask("还有多少项整改任务没有完成？") is not None
    assert read_ledger_ask("追回了资金的是哪几个问题？") is not None
    assert read_ledger_ask("哪几项要在上半年办完？") is not None


def test_a_level_with_no_name_keeps_its_department_whole() -> None:
    from corpus.agencies import canonical_agency
    assert canonical_agency("市住房和城乡建设局") == "市住房和城乡建设局"
    assert canonical_agency("市住建局") == "市住房和城乡建设局"
    assert canonical_agency("汧源住房和城乡建设局") == "汧源市住房和城乡建设局"


def test_a_source_line_run_on_into_the_text_still_names_the_page_s_agency() -> None:
    from corpus.header import read_header
    lines = ["政务动态（第9期）",
             "信息来源：汧源市人民政府办公室 发布日期：2026-05-08 浏览次数：12 字号：大 中 小本期导读："
             + "市住建局召开城市更新推进会；城南污水处理厂主体工程封顶；消费季启动；城北水厂扩建工程通水投用；"
             + "北岸再生水厂开工建设；汧源至旃坝快速通道建成通车，全市公交线路优化调整。",
             "来源：市住房和城乡建设局 发布时间：2026-05-06"]
    header = read_header(lines)
    assert header.source_agency == "汧源市人民政府办公室"
    assert header.date == "2026-05-08"


def test_an_office_a_news_page_opens_a_line_with_is_asked_of_that_page(bot) -> None:
    # STORY is the city government office's page; a headline of it opens with 市住建局; the
    # city's 水务局 opens a line of duties only
    answer = bot.ask("汧源市住建局的城南污水处理厂总投资是多少？")
    assert not answer.abstained
    assert "总投资超过8亿元" in " ".join(c.quote for c in answer.citations)
    refused = bot.ask("汧源市水务局今年计划改造多少公里管网？")
    assert refused.abstained


def test_what_a_work_is_said_to_be_is_no_other_work() -> None:
    from assistant.quantity import names_other_work
    assert not names_other_work("共涉及住户2100户，是全市规模最大的城市更新项目。")
    assert names_other_work("同时启动滨河公园提升工程，计划10月完工。")


def test_a_batch_asked_by_its_number_is_not_answered_by_another() -> None:
    from assistant.counted import asked_batch, states_batch
    third = asked_batch("第三期消费券的金额是多少万元？")
    assert third == ("三", "期")
    assert not states_batch("首期消费券500万元于4月30日发放。", third)
    assert states_batch("第三期消费券300万元于6月发放。", third)
    assert states_batch("消费券资金1500万元。", third)  # names no issue: may be any
    assert states_batch("首批12个事项已公布。", asked_batch("第一批有几个事项？"))
    assert not states_batch("关于公布第一批重点事项办理指南的通知", asked_batch("第二批哪天公布？"))


def test_a_day_is_no_window_s_or_house_s_number() -> None:
    day = asked_kinds("哪天公布？")
    assert not states_kinds("开设7号至12号共6个综合窗口。", day)
    assert not states_kinds("地址：汧源市政和路88号。", day)
    assert states_kinds("请于15号前报送。", day)
    assert states_kinds("于2026年3月18日印发。", day)


def test_a_periodical_s_issue_line_is_its_title() -> None:
    from corpus import parse_notice
    page = ("汧源市人民政府门户网站\n政务动态（2026年第9期）\n"
            "信息来源：汧源市人民政府办公室 发布日期：2026-05-08\n" + STORY)
    notice = parse_notice(page.encode("utf-8"), "汧源市政务动态.txt")
    assert notice.meta.title == "政务动态（2026年第9期）"
    assert notice.meta.agency == "汧源市人民政府办公室"


def test_a_count_naming_items_each_asked_a_figure_asks_the_figure() -> None:
    from assistant.quantity import asked_unit
    assert asked_unit("政务动态里提到的几个重大工程项目，分别总投资多少？") == ""
    assert asked_unit("三个县分别有多少人？") == "人"
    assert asked_unit("建了多少个应急站?") == "个"


def test_a_notice_that_is_the_batch_asked_answers_of_it_whatever_it_cites() -> None:
    from assistant.evidence import span_evidence
    from assistant.figure_ask import _of_batch
    from assistant.counted import asked_batch
    from corpus import parse_notice

    minutes = ("汧源市城市管理局专题会议纪要\n〔2026〕第5期\n"
               "2026年5月12日上午，局长主持召开专题会议，听取第4期专题会议议定事项落实情况汇报。\n")
    notice = parse_notice(minutes.encode("utf-8"), "纪要.txt")
    start = notice.text.index("2026年5月12日")
    quote = span_evidence(notice, start, notice.text.index("汇报。") + 3)
    assert _of_batch(quote, asked_batch("第5期专题会议是哪天开的？"))
    assert not _of_batch(quote, asked_batch("第6期专题会议是哪天开的？"))
