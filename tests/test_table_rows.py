"""Rows of a notice's table picked by a value the question names (assistant.table_filter),
on a county health commission's notice written in other wordings than the held-out ones: a
status, an office, a date, a grade in quotes, two values that narrow each other, a phrase of
a longer cell; and the questions that name no value are not answered with rows. Real model,
a small real index."""
from __future__ import annotations

import pytest

from assistant.table_filter import asked_nouns, picked_rows, tables
from support import small_assistant

NOTICE = (
    "泷岩县卫生健康委员会\n"
    "关于2026年上半年医疗机构依法执业专项检查情况的通报\n"
    "各乡镇卫生院、县直各医疗卫生单位：\n"
    "2026年4月至5月，县卫生健康委组织对全县医疗机构开展依法执业专项检查，现将有关情况通报如下。\n"
    "一、检查发现的问题及整改情况\n"
    "| 序号 | 医疗机构 | 检查发现问题 | 整改要求 | 责任股室 | 整改期限 | 整改状态 |\n"
    "| 1 | 县人民医院 | 部分处方未经药师审核 | 建立处方前置审核制度 | 医政医管股 | 2026年7月31日 | 已销号 |\n"
    "| 2 | 县中医院 | 药房存放过期药品12盒 | 立即清理并开展自查 | 药政股 | 2026年6月30日 | 已销号 |\n"
    "| 3 | 城关镇卫生院 | 医疗废物暂存间无防渗措施 | 改造暂存间并规范交接登记 | 疾控股 | 2026年8月31日 | 整改中 |\n"
    "| 4 | 石滩镇卫生院 | 护士执业注册未及时变更 | 办理变更注册 | 医政医管股 | 2026年7月31日 | 整改中 |\n"
    "| 5 | 白沙乡卫生院 | 急救药品过期药品未及时更换 | 更换并建立效期台账 | 药政股 | 2026年7月31日 | 已销号 |\n"
    "| 6 | 仁和诊所 | 超出登记范围开展医疗美容 | 停止超范围执业并立案查处 | 医政医管股 | 2026年6月30日 | 已销号 |\n"
    "| 7 | 县妇幼保健院 | 院感培训覆盖不全 | 建立全员轮训机制 | 疾控股 | 长期坚持 | 已销号 |\n"
    "| 8 | 河口乡卫生院 | 家庭医生签约服务履约率低 | 建立履约考核办法 | 基层卫生股 | 长期坚持 | 整改中 |\n"
    "二、乡镇卫生院综合考核结果\n"
    "| 卫生院 | 考核得分 | 等次 |\n"
    "| 城关镇卫生院 | 91 | 优 |\n"
    "| 石滩镇卫生院 | 84 | 良 |\n"
    "| 白沙乡卫生院 | 86 | 良 |\n"
    "| 河口乡卫生院 | 72 | 中 |\n"
    "三、工作要求\n"
    "各单位要举一反三，对照问题清单逐项整改，整改情况于8月31日前报县卫生健康委医政医管股。\n"
    "泷岩县卫生健康委员会\n"
    "2026年6月10日\n"
)
NOTICE_NAME = "泷岩县卫生健康委员会_关于2026年上半年医疗机构依法执业专项检查情况的通报.txt"
PREFIX = "泷岩县卫健委依法执业专项检查通报中，"
# A table whose 备注 cells give a value, then the clause explaining it.
PROJECTS = (
    "澜坪县文化广电和旅游局\n"
    "关于2026年重点项目推进情况的通报\n"
    "| 序号 | 项目名称 | 责任股室 | 计划完成 | 备注 |\n"
    "| 1 | 县图书馆分馆建设 | 公共服务股 | 2026年6月 | 已延期至下半年，因选址调整 |\n"
    "| 2 | 非遗展示馆布展 | 非遗股 | 2026年5月 | 已完成 |\n"
    "| 3 | 乡村文化广场改造 | 公共服务股 | 2026年9月 | 已延期至下半年（资金未到位） |\n"
    "| 4 | 旅游集散中心 | 产业股 | 2026年10月 | 正常推进 |\n"
    "| 5 | 景区标识系统 | 产业股 | 2026年8月 | 已延期至下半年 |\n"
    "澜坪县文化广电和旅游局\n"
    "2026年6月2日\n"
)
PROJECTS_NAME = "澜坪县文化广电和旅游局_关于2026年重点项目推进情况的通报.txt"
# A table of deductions: rows picked by a number the question says a column equals.
DEDUCTIONS = (
    "汀澜市河长制办公室\n"
    "关于2026年5月河湖“清四乱”暗访检查情况的通报\n"
    "| 序号 | 乡镇 | 检查河段 | 发现问题 | 扣分（分） |\n"
    "| 1 | 东渡镇 | 东渡河下游 | 河道内堆放建筑垃圾约30立方米 | 1 |\n"
    "| 2 | 西坪乡 | 西坪溪 | 沿岸违规搭建养殖棚 | 0.5 |\n"
    "| 3 | 东渡镇 | 石门水库库尾 | 网箱养殖未清理 | 1 |\n"
    "| 4 | 北峪镇 | 北峪河 | 河长公示牌信息未更新 | 0.5 |\n"
    "| 5 | 南岗街道 | 南岗排洪渠 | 生活污水直排入渠 | 2 |\n"
    "二、逾期未完成整改的问题\n"
    "经6月1日复查，4个问题逾期未完成整改，情况如下：\n"
    "| 乡镇 | 河段 | 逾期原因 |\n"
    "| 东渡镇 | 东渡河下游 | 建筑垃圾产权人未落实，清运费用无着落 |\n"
    "| 东渡镇 | 石门水库库尾 | 养殖户补偿标准未谈妥 |\n"
    "| 西坪乡 | 西坪溪 | 养殖棚拆除需待生猪出栏 |\n"
    "| 南岗街道 | 南岗排洪渠 | 截污管网改造尚在招标 |\n"
    "汀澜市河长制办公室\n"
    "2026年6月3日\n"
)
DEDUCTIONS_NAME = "汀澜市河长制办公室_关于2026年5月河湖清四乱暗访检查情况的通报.txt"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {NOTICE_NAME: NOTICE, PROJECTS_NAME: PROJECTS,
                            DEDUCTIONS_NAME: DEDUCTIONS}, "table_rows")


@pytest.fixture(scope="module")
def notice(bot):
    ctx = bot._current()
    return next(n for n in ctx.index.notices.values() if "卫生健康" in n.meta.agency)


def _rows(bot, question: str) -> list[str]:
    answer = bot.ask(PREFIX + question)
    assert not answer.abstained, answer.text
    return [c.quote for c in answer.citations]


def _names(quotes: list[str]) -> list[str]:
    """The second cell of each row quoted (the institution of the first table)."""
    return [q.strip("| ").split("|")[1].strip() for q in quotes]


def test_the_tables_of_a_notice_are_read_with_their_headers(notice) -> None:
    found = tables(notice.text)
    assert [len(t.rows) for t in found] == [8, 4]
    assert "医疗机构" in notice.text[found[0].header[0]:found[0].header[1]]


def test_the_noun_a_question_asks_for() -> None:
    assert "医疗" in asked_nouns("整改状态为已销号的有哪些医疗机构？")
    assert "机构" in asked_nouns("责任股室是药政股的医疗机构有哪些？")
    assert asked_nouns("县卫健委提出了什么要求？") == ()
    # the set asked within
    assert "项目" in asked_nouns("重点项目中，哪些已延期至下半年？")


@pytest.mark.parametrize("question, names", [
    ("整改状态为已销号的医疗机构有哪些？",
     ["县人民医院", "县中医院", "白沙乡卫生院", "仁和诊所", "县妇幼保健院"]),
    ("责任股室是药政股的问题有哪些？", ["县中医院", "白沙乡卫生院"]),
    ("整改期限是2026年6月30日的是哪些医疗机构？", ["县中医院", "仁和诊所"]),
    # two values narrow each other: the office's rows that are closed
    ("医政医管股负责的问题里，已销号的有哪几个？", ["县人民医院", "仁和诊所"]),
    # a phrase of a longer cell, in whichever column it stands
    ("哪些医疗机构被查出过期药品？", ["县中医院", "白沙乡卫生院"]),
])
def test_rows_holding_the_value_asked_are_picked(notice, question, names) -> None:
    picked = picked_rows(notice, PREFIX + question)
    assert picked is not None and "医疗机构" in picked.header
    assert _names([e.quote for e in picked.rows]) == names


def test_a_column_the_question_names_is_read_before_the_ledger(bot) -> None:
    # the ledger reads a row's state from its 整改状态 (已销号), the question its 整改期限
    quotes = _rows(bot, "整改期限写的是“长期坚持”的有哪些医疗机构？")
    assert _names(quotes) == ["县妇幼保健院", "河口乡卫生院"]


def test_rows_a_phrase_picks_are_cited_whole(bot) -> None:
    quotes = _rows(bot, "哪些医疗机构被查出过期药品？")
    assert _names(quotes) == ["县中医院", "白沙乡卫生院"]
    assert all(q.rstrip(" |").endswith("已销号") for q in quotes)  # the whole row


def test_a_grade_of_one_character_counts_only_in_quotes(bot, notice) -> None:
    quotes = _rows(bot, "哪些卫生院的考核等次为“良”？")
    assert [q.strip("| ").split("|")[0].strip() for q in quotes] == ["石滩镇卫生院", "白沙乡卫生院"]
    # the 中 of "通报中" is no grade 中
    assert picked_rows(notice, "通报中哪些卫生院的考核等次为优秀？") is None


def test_a_question_naming_no_value_is_not_answered_with_rows(notice) -> None:
    assert picked_rows(notice, PREFIX + "县卫健委对各单位提出了哪些工作要求？") is None
    assert picked_rows(notice, PREFIX + "哪些医疗机构的问题要整改？") is None
    # a value every row of its column holds picks none of them
    # nor does a phrase of the problem whose measures are asked
    assert picked_rows(notice, PREFIX + "针对过期药品的问题采取了哪些措施？") is None


@pytest.mark.parametrize("question, names", [
    ("哪些卫生院的考核得分低于85分？", ["石滩镇卫生院", "河口乡卫生院"]),
    ("考核得分在86分以上的卫生院有哪些？", ["城关镇卫生院", "白沙乡卫生院"]),
])
def test_rows_whose_number_the_question_bounds(notice, question, names) -> None:
    picked = picked_rows(notice, PREFIX + question)
    assert picked is not None
    assert [e.quote.strip("| ").split("|")[0].strip() for e in picked.rows] == names


def test_one_row_a_figure_question_keys_under_a_column_it_names(notice) -> None:
    from assistant.table_filter import looked_up_row

    picked = looked_up_row(notice, PREFIX + "石滩镇卫生院的考核得分是多少？")
    assert picked is not None and [e.quote.strip("| ")[:6] for e in picked.rows] == ["石滩镇卫生院"]
    # no column named: no row is looked up
    assert looked_up_row(notice, PREFIX + "石滩镇卫生院有什么问题？") is None


def test_a_cell_s_leading_value_picks_its_row(bot) -> None:
    projects = next(n for n in bot._current().index.notices.values() if "文化" in n.meta.agency)
    picked = picked_rows(projects, "澜坪县文广旅局重点项目中，哪些已延期至下半年？")
    # one cell holds the value whole, two begin with it and explain it
    assert picked is not None
    assert [q.quote.split("|")[2].strip() for q in picked.rows] == [
        "县图书馆分馆建设", "乡村文化广场改造", "景区标识系统"]


@pytest.mark.parametrize("question, problems", [
    ("哪些问题被扣了1分？", ["河道内堆放建筑垃圾约30立方米", "网箱养殖未清理"]),
    ("扣分为0.5分的是哪些河段的问题？", ["沿岸违规搭建养殖棚", "河长公示牌信息未更新"]),
])
def test_rows_whose_number_the_question_names(bot, question, problems) -> None:
    notice = next(n for n in bot._current().index.notices.values() if "河长" in n.meta.agency)
    picked = picked_rows(notice, "汀澜市河长办5月暗访通报中，" + question)
    assert picked is not None
    assert [e.quote.split("|")[4].strip() for e in picked.rows] == problems
    # a month, or a count, is no deduction
    assert picked_rows(notice, "汀澜市河长办5月暗访通报中，哪些乡镇的问题在5月被扣分？") is None


def test_every_row_of_a_table_the_question_names_by_its_title(bot) -> None:
    notice = next(n for n in bot._current().index.notices.values() if "河长" in n.meta.agency)
    prefix = "汀澜市河长办5月暗访通报中，"
    picked = picked_rows(notice, prefix + "逾期未完成整改的问题，各自是什么原因拖下来的？")
    assert picked is not None and "逾期原因" in picked.header
    assert [e.quote.split("|")[3].strip()[:4] for e in picked.rows] == [
        "建筑垃圾", "养殖户补", "养殖棚拆", "截污管网"]
    # the title named but no column asked of it; a column asked of no table named
    assert picked_rows(notice, prefix + "逾期未完成整改的问题各自怎么处理？") is None
    assert picked_rows(notice, prefix + "各乡镇的问题分别是什么原因造成的？") is None
    # a row named by its cell is asked of, not every row of the table
    assert picked_rows(notice, prefix + "西坪乡逾期未完成整改的问题分别是什么原因？") is None
