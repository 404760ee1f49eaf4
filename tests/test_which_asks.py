"""One reading of "which items" questions, shared by every item reader."""
from assistant.question import asks_items


def test_which_ones_each_and_what_are_read_as_their_readers_ask():
    assert asks_items("市文旅局2026年有哪些任务要在9月底前完成？")
    assert asks_items("哪几个乡镇被评为“较差”等次？")
    # "各自/分别" ask each row's value: only the table reader takes them
    asked = "被评为“一般”等次的镇各自的主要问题是什么？"
    assert not asks_items(asked) and asks_items(asked, each=True)
    # "有什么" asks a notice's dated lines: only the dated-line reader takes it
    dated = "今年6月底前要完成的工作有什么？"
    assert not asks_items(dated) and asks_items(dated, what=True)
    # "各是/各有" ask a figure of each, not each row
    assert not asks_items("东渡镇和西坪乡的完成率各是多少？", each=True)
    # a count or a figure is not a list
    assert not asks_items("全市一共有多少家企业被约谈？", each=True, what=True)
