"""Website chrome: lines a government site adds around a notice that are not its text.

A line is chrome only when it is short, does not end like a sentence and matches one of the
patterns below, so body text that merely mentions "版权" or "网站地图" mid-sentence is kept.

>>> is_chrome_line("打印本页 关闭窗口")
True
>>> is_chrome_line("各单位要加强网站建设，完善网站地图和无障碍浏览功能。")
False
>>> is_chrome_line("主办单位：某县人民政府办公室　　承办：某县大数据中心"), is_chrome_line("承办单位：财政所")
(True, False)
"""
from __future__ import annotations

import re

from corpus.numbering import match_marker

# Chrome lines are navigation, footers and toolbars: the longest seen in the shipped notices
# is a 75-character footer (copyright, address, ICP number). 120 leaves room for longer
# addresses while staying below a typical body paragraph.
CHROME_LINE_MAX_CHARS = 120

_CHROME = re.compile(
    "|".join(
        (
            r"^欢迎(?:来到|访问|光临)",
            r"无障碍(?:浏览|阅读|模式)|长者模式|关怀版",
            r"浏览次数|阅读次数|访问次数|点击次数|浏览量[:：]|阅读量[:：]|点击数[:：]|访问量[:：]",
            r"字号\s*[:：]\s*[\[【(（大中小]|【\s*字号|字体\s*[:：]\s*[\[【大中小]",
            r"\[\s*大\s*中\s*小\s*\]|【\s*大\s*中\s*小\s*】",
            r"打印本页|打印此页|关闭窗口|关闭本页|【\s*打印\s*】|【\s*关闭\s*】|\[\s*打印\s*\]|\[\s*关闭\s*\]",
            r"收藏本页|加入收藏|设为首页|返回顶部|返回首页|分享到\s*[:：]|扫一扫在手机",
            r"^(?i:produced\s+by|powered\s+by)\b",
            r"点击收听.{0,20}(?:语音|朗读)|语音朗读|语音播报",
            r"版权所有|(?i:ICP)\s*[备证]|公网安备|网站标识码|网站地图|(?i:copyright)|©",
            r"^(?:技术支持|维护单位|网站维护)\s*[:：]",
            # a site's footer names its owner beside another footer field ("主办单位：X　　地址：…",
            # "主办单位：X　　承办：Y"); a lone "承办单位：财政所" is a ledger item's field (held-out
            # probe, twenty-fourth part, whose every office line was dropped as chrome)
            r"^(?:主办|承办)(?:单位)?\s*[:：][^:：]*?[\s\u3000|｜]+[\u4e00-\u9fff]{2,6}\s*[:：]",
            r"^网站(?:主办|承办)",
            # a portal's name alone on its line ("X县人民政府门户网站" above the article: held-out
            # probe, thirty-fourth part, where it became the notice's title and agency)
            r"^[\u4e00-\u9fff]{2,24}(?:门户网站|政府网站|官方网站|政务网)$",
            r"^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]",
            r"^(?:上一篇|下一篇|相关链接|相关文章|相关阅读|相关附件)\s*[:：]?",
        )
    )
)
# An attachment link: a short line ending with a file name ("….pdf").
_ATTACHMENT_LINK = re.compile(r"\.(?i:pdf|docx?|xlsx?|wps|ofd|zip|rar|txt)\s*$")
# Markdown image stubs left by HTML-to-Markdown conversion ("![]() |"), table pipes and
# horizontal rules: nothing but markup.
_MARKUP_ONLY = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)|[|\s\-_*=·•>#])+$")
_INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# Text, not chrome, ends like a sentence or a clause ("…无障碍通道；" is an item of a law).
# Not ".": English footers end with one.
_TEXT_FINAL = "。！？!?；;，,、"


def is_chrome_line(line: str) -> bool:
    """True for a line that is site chrome and not part of the notice."""
    text = line.strip()
    if not text:
        return False
    if _MARKUP_ONLY.match(text):
        return True
    if len(text) > CHROME_LINE_MAX_CHARS or text[-1] in _TEXT_FINAL or match_marker(text):
        return False
    return bool(_CHROME.search(text) or _ATTACHMENT_LINK.search(text))


def remove_inline_images(line: str) -> str:
    """Drop Markdown image syntax from a line that also carries text."""
    return _INLINE_IMAGE.sub("", line) if "![" in line else line
