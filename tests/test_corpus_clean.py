"""Site chrome goes, body text stays; paragraph structure survives cleaning."""
from __future__ import annotations

import pytest

import corpus
from corpus.chrome import is_chrome_line
from corpus.clean import clean_text, split_glued_heading, unflatten


def shipped_text(stem: str) -> str:
    return corpus.load_notice(corpus.shipped_notices_dir() / f"{stem}.txt").text


def test_chrome_of_000_removed_body_kept() -> None:
    text = shipped_text("000_b11a1ea20a8bf83a")
    for chrome in ("欢迎来到", "无障碍浏览", "浏览次数", "字号", "发布日期", "打印本页", "关闭窗口",
                   "Produced By", "大汉网络"):
        assert chrome not in text, chrome
    lines = text.split("\n")
    assert lines[0] == "中共济南市应急管理局委员会关于巡察整改进展情况的通报"
    assert lines[1].startswith("根据市委统一部署,2020年10月20日至12月31日")
    assert lines[-2:] == ["中共济南市应急管理局委员会", "2021年7月29日"]
    assert "" not in lines  # one paragraph per line, no blank lines


def test_chrome_of_002_footer_removed() -> None:
    text = shipped_text("002_312f4fbce6d84a6f")
    for chrome in ("版权所有", "ICP备", "网站地图", "![]()", "|"):
        assert chrome not in text, chrome
    assert text.endswith("中共东莞市应急管理局委员会\n2021年9月7日")
    assert "欢迎广大干部群众对巡察整改落实情况进行监督" in text  # a body line starting with 欢迎


def test_index_table_and_toolbar_of_004_removed() -> None:
    text = shipped_text("004_d68b0da8e0b90ed2")
    for chrome in ("索 引 号", "公开方式", "发布机构", "成文日期", "有效性", "点击收听", "语音朗读", ".pdf"):
        assert chrome not in text, chrome
    assert text.split("\n")[:2] == [
        "济应急发〔2022〕1号 关于印发《济宁市应急管理局2022年工作要点》的通知",
        "济宁市应急管理局2022年工作要点",
    ]
    assert text.endswith("谋划下一步安检员改革发展事宜。(人事科负责,办公室和规划财务科配合;完成时限:2023年1月底前)")


def test_header_of_001_removed_cover_letter_kept() -> None:
    text = shipped_text("001_ecc79a59d6b2dddb")
    assert "浏览次数" not in text and "来源:人事处" not in text
    assert "省消防救援总队,各处室、直属事业单位:" in text.split("\n")


@pytest.mark.parametrize("line", [
    "欢迎来到济南市应急管理局! 无障碍浏览",
    "发布日期:2021-08-03 信息来源:济南市应急管理局 浏览次数: 字号:[ ]",
    "打印本页 关闭窗口",
    "Produced By 大汉网络 大汉版通发布系统",
    "点击收听年报语音朗读",
    "中共东莞市纪律检查委员会、东莞市监察委员会版权所有 联系地址:东莞市南城区鸿福路99号 粤ICP备19111585号-1 网站地图 |",
    "![]() |",
    "| --- | --- |",
    "当前位置：首页 > 通知公告",
    "【打印本页】【关闭窗口】",
    "Copyright © 2021 某某市应急管理局",
    "济应急发〔2022〕1号 关于印发《济宁市应急管理局2022年工作要点》的通知.pdf",
])
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "各单位要完善网站地图和无障碍浏览功能，做好版权所有人信息登记。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。",
    "（二）堵塞安全出口、消防通道、无障碍通道；",
    "（三）推进政务网站无障碍浏览改造",
    "同一诽谤信息实际被点击、浏览次数达到五千次以上的；",
    "二是规范打印本页纸张使用，严禁浪费。",
    "中共济南市应急管理局委员会",
    "2021年7月29日",
])
def test_body_lines_mentioning_chrome_words_are_kept(line: str) -> None:
    assert not is_chrome_line(line)
    assert clean_text(line) == line


def test_clean_keeps_paragraphs_and_normalises_spaces() -> None:
    raw = "\ufeff\u3000\u3000第一段 内容。\r\n\r\n\t第二段\u00a0\u00a0内容。\u200b\r\n   \r\n第三段。"
    assert clean_text(raw) == "第一段 内容。\n第二段 内容。\n第三段。"


def test_glued_heading_split() -> None:
    assert split_glued_heading("(七)干部任用管理不够规范1.针对选人用人程序不严谨问题,整改情况如下:") == [
        "(七)干部任用管理不够规范", "1.针对选人用人程序不严谨问题,整改情况如下:"]
    assert split_glued_heading("(一)2021年1.5亿元专项资金") == ["(一)2021年1.5亿元专项资金"]
    assert split_glued_heading("1.针对问题1.整改") == ["1.针对问题1.整改"]


def test_unflatten_only_flattened_lines() -> None:
    ordinary = "坚持“人民至上、生命至上”理念; 继续擦亮“应急铁军 竭诚为民”品牌。"
    assert unflatten(ordinary) == [ordinary]
    flat = "现通知如下。 一、总体要求 坚持预防为主。 二、工作措施 加强监测。 三、账户 开户行：某银行 账 号：12。"
    assert unflatten(flat) == ["现通知如下。", "一、总体要求", "坚持预防为主。", "二、工作措施", "加强监测。",
                               "三、账户", "开户行：某银行 账 号：12。"]  # "账 号" is one spaced-out word
    indented = "\u3000\u3000第一段。\u3000\u3000第二段。\u3000\u3000第三段。\u3000\u3000第四段。"
    assert unflatten(indented) == ["第一段。", "第二段。", "第三段。", "第四段。"]
