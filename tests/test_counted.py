"""Issue 18: a follow-up's figure must be of what it counts, said in the figure's own clause
(assistant.counted). Wordings written here, other agencies and topics than the own set's."""
from __future__ import annotations

from assistant.counted import counted_words, states_counted
from assistant.quantity import asked_unit


def _counted(question: str) -> tuple[str, ...]:
    return counted_words(question, asked_unit(question))


def test_the_words_after_the_asking_word_are_what_is_counted():
    assert {"企业", "停产"} <= set(_counted("其中有几家企业后来被停产整顿了?"))
    assert _counted("这批设备里有多少台是进口的?") == ("进口",)
    assert _counted("这些罚款一共上缴了多少利息?") == ("利息",)
    assert _counted("那几所学校一共培训了多少名教师?") == ("教师",)  # 那几 points back
    # nothing but the figure's kind after the asking word: nothing to check
    for question in ("那次火灾烧伤了几个人?", "一共罚了多少钱?", "同比降了多少?", "要培训几名?"):
        assert _counted(question) == (), question
    assert counted_words("哪天开始检查?", asked_unit("哪天开始检查?")) == ()  # a time
    # the subset named before the asking word, in its own clause
    assert _counted("其中通过公开招考进来的有多少人?") == ("招考", "进来")
    assert not states_counted("全年培训护林员不少于150人次", _counted("其中通过公开招考进来的有多少人?"), "人")
    assert _counted("其中被降级的有几个人?") == ("降级",)
    # a state said by an adjective is what is counted too
    assert _counted("其中还空着的有多少套?") == ("空",)
    assert not states_counted("全镇共有周转房86套,已分配给教师使用。", _counted("其中还空着的有多少套?"), "套")


def test_a_figure_answers_only_when_its_own_clause_says_what_is_counted():
    sentence = "全年检查企业320家,对15家企业下达整改指令,其中3家企业被停产整顿。"
    assert states_counted(sentence, _counted("其中有几家企业后来被停产整顿了?"), "家")
    # a subset the notice does not count: the earlier figure's clause says nothing of it
    assert not states_counted(sentence, _counted("这些企业里有多少家被罚款了?"), "家")
    # the words must be in the clause with the number, not elsewhere in the sentence
    assert not states_counted("采购执法记录仪40台,全部为进口设备",
                              _counted("这批设备里有多少台是进口的?"), "台")
    assert states_counted("采购执法记录仪40台,其中进口设备12台",
                          _counted("这批设备里有多少台是进口的?"), "台")
    assert states_counted("共处罚款8万元", (), "")  # nothing asked beyond the figure


def test_a_table_rows_number_and_cells():
    """A table row's first cell numbers the row, it counts nothing; its cells are clauses, so a
    count in one cell is not of the words of another."""
    from assistant.quantity import states_quantity

    row = "| 3 | 低保资金发放不及时 | 约谈5个街道负责人，完成补发 | 社会救助科 | 已完成 |"
    assert not states_quantity("| 3 | 低保资金发放不及时", "")
    assert states_quantity(row, "")
    assert not states_counted(row, ("低保", "资金"), "")
    assert states_counted(row, ("街道",), "个")


def test_a_part_of_a_group_the_question_numbers_is_counted_in_its_own_clause():
    """"排查出的40个隐患点里,重大的有几个?" gives the group (40个) and asks a part of it: a
    figure of another thing ("整改23项") does not answer it; one of the part does."""
    from assistant.figure_ask import _SUBSET
    from assistant.quantity import given_figures

    question = "白石县排查出的40个隐患点里,重大的有几个?"
    assert given_figures(question) and _SUBSET.search(question)
    assert not _SUBSET.search("白石县排查出了多少个隐患点?")
    counted = counted_words(question, asked_unit(question))
    assert not states_counted("细分23项重点内容,明确责任领导。", counted, "个")
    assert states_counted("其中重大隐患3个,已全部挂牌督办。", counted, "个")


def test_a_count_of_places_of_one_level_is_stated_of_that_level():
    """"平台要延伸到多少个乡镇?" is not answered by "逐步延伸至乡镇" beside "11个地市"; "对4个镇街
    实施挂牌督办" answers "对多少个镇街挂牌督办?"."""
    from assistant.figure_ask import _LEVELS_COUNTED

    question = "石门县的平台要延伸到多少个乡镇?"
    assert _LEVELS_COUNTED.search(question) and _LEVELS_COUNTED.search("对几个镇街挂牌督办?")
    assert not _LEVELS_COUNTED.search("石门县建了多少个应急救援站?")
    counted = counted_words(question, asked_unit(question))
    assert not states_counted("在11个地市试点,逐步延伸至乡镇。", counted, "个")
    assert states_counted("已延伸至全县12个乡镇。", counted, "个")
