"""An institution of a notice's own place that the notice names in full ("澜阳县城乡客运服务中心于…
建成运营") is what the question asks about, not an agency the index lacks
(assistant.scope); one no notice names is still refused. A county 商务局's report written in
other wordings than the held-out one. Real model, a small real index."""
from __future__ import annotations

import pytest

from support import small_assistant

NOTICE = (
    "澜阳县商务局\n"
    "2025年工作总结\n"
    "一、主要工作成效\n"
    "（一）城乡客运服务不断完善。澜阳县城乡客运服务中心于2025年4月8日建成运营，开通城乡客运线路12条，"
    "日均发送旅客2600人次，带动沿线农产品销售额3.6亿元。\n"
    "（二）消费市场持续回暖。全年社会消费品零售总额达到128.4亿元，同比增长6.2%。\n"
    "澜阳县商务局\n"
    "2026年1月15日\n"
)
NOTICE_NAME = "澜阳县商务局_2025年工作总结.txt"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NOTICE_NAME: NOTICE}, "named_facility")


def test_an_institution_the_notice_names_is_asked_of_that_notice(bot) -> None:
    # ("县城乡…": the county's name runs into the institution's, read as no agency of the index)
    answer = bot.ask("澜阳县城乡客运服务中心每天发送多少旅客？")
    assert not answer.abstained, answer.text
    assert any("2600人次" in c.quote for c in answer.citations)


def test_an_institution_no_notice_names_is_refused(bot) -> None:
    answer = bot.ask("澜阳县城乡物流配送中心每天处理多少件快递？")
    assert answer.abstained



def test_a_notice_names_an_institution_of_its_own_place() -> None:
    from assistant.catalog import DocInfo
    from assistant.scope import _names_facility

    doc = DocInfo("d1", "2025年工作总结", "澜阳县商务局", "2026-01-15", None, None)
    texts = {"d1": NOTICE}
    assert _names_facility(doc, "澜阳县城乡客运服务中心", texts)
    # not one its text does not name, nor a bare place, nor another place's notice
    assert not _names_facility(doc, "澜阳县城乡物流配送中心", texts)
    assert not _names_facility(doc, "澜阳县", texts)
    other = DocInfo("d2", "工作要点", "沣阳县商务局", "2026-01-15", None, None)
    assert not _names_facility(other, "澜阳县城乡客运服务中心", {"d2": NOTICE})
