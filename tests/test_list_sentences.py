"""Lists told in one sentence or referred back to, on a county 督查通报 written in other wordings
than the held-out ones: a colon list whose items are separated by "；" (widening.colon_lists),
a sentence naming "上述3个单位" after their paragraphs (widening.items_above), a table's rows
of one grade asked "各自" (table_filter), and the problems of a grade asked while the notice
has a part "存在的主要问题" (outline: not that part). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.outline import asked_section
from support import small_assistant

NOTICE = (
    "峦溪县人民政府督查室\n"
    "关于2026年上半年重点工作督查情况的通报\n"
    "各乡镇人民政府，县直各单位：\n"
    "6月中旬，县政府督查室组织3个督查组，对全县上半年重点工作推进情况开展了综合督查。现将有关情况通报如下。\n"
    "一、督查评分情况\n"
    "| 名次 | 单位 | 得分 | 等次 | 主要问题 |\n"
    "| 1 | 南岗镇 | 95.2 | 好 | 无 |\n"
    "| 2 | 北渡镇 | 92.0 | 好 | 无 |\n"
    "| 3 | 东坪乡 | 81.5 | 较差 | 农村公路养护资金拨付滞后 |\n"
    "| 4 | 西林乡 | 79.0 | 较差 | 2处危桥改造未开工 |\n"
    "| 5 | 中和镇 | 88.3 | 较好 | 招商项目落地率偏低 |\n"
    "二、值得推广的做法\n"
    "（一）南岗镇推行项目“周调度”机制。镇党委每周召开项目调度会，上半年协调解决项目用地、用电问题21个。\n"
    "（二）县医疗保障局推行“床边结算”服务。在县人民医院设立床边结算点，出院结算平均用时缩短至8分钟。\n"
    "（三）北渡镇建立矛盾纠纷“三级调处”机制。村级调解、镇级联调、县级会商层层把关，上半年化解纠纷136件。\n"
    "对上述3个单位的经验做法予以通报肯定。\n"
    "三、通报表扬\n"
    "经县政府同意，对以下单位予以通报表扬：县交通运输局，农村公路提档升级提前完工；"
    "县人力资源和社会保障局，城镇新增就业完成全年目标的68%；县教育局，新建学校均按期开工。\n"
    "四、存在的主要问题\n"
    "一是部分项目前期工作不扎实，用地、环评等手续办理滞后。二是部分单位督办事项办理不及时。\n"
    "峦溪县人民政府督查室\n"
    "2026年6月28日\n"
)
NOTICE_NAME = "峦溪县人民政府督查室_关于2026年上半年重点工作督查情况的通报.txt"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NOTICE_NAME: NOTICE}, "list_sentences")


def _cited(bot, question: str) -> str:
    answer = bot.ask(question)
    assert not answer.abstained, answer.text
    return " ".join(c.quote for c in answer.citations) + "\n" + answer.text


def test_a_colon_list_is_quoted_to_its_last_item(bot) -> None:
    cited = _cited(bot, "峦溪县政府督查室上半年督查通报表扬了哪些单位？")
    assert all(unit in cited for unit in ("县交通运输局", "县人力资源和社会保障局", "县教育局，新建学校"))


def test_the_items_a_sentence_refers_back_to(bot) -> None:
    cited = _cited(bot, "峦溪县政府督查室对哪些单位的经验做法予以通报肯定？")
    assert all(unit in cited for unit in ("南岗镇推行项目", "县医疗保障局推行", "北渡镇建立矛盾纠纷"))


def test_the_rows_of_a_grade_asked_each(bot) -> None:
    cited = _cited(bot, "峦溪县政府督查室通报中，被评为“较差”等次的乡镇各自的主要问题是什么？")
    assert "农村公路养护资金拨付滞后" in cited and "2处危桥改造未开工" in cited
    assert "招商项目落地率偏低" not in cited


def test_problems_of_something_named_are_no_part_of_the_notice() -> None:
    for question in ("被评为“较差”等次的乡镇各自的主要问题是什么？", "状态为“基本完成”的问题有哪些？"):
        assert "存在的主要问题" not in (asked_section(question) or "")
    # the notice's own shortcomings are still its part
    assert "存在的主要问题" in asked_section("峦溪县督查通报指出存在的主要问题是什么？")
    assert "存在的主要问题" in asked_section("工作中的主要问题是什么？")




