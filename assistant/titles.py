"""A document's title as the answers write it: in 《》, a title quoted inside it in 〈〉."""
from __future__ import annotations


def book_title(title: str) -> str:
    """《title》, its own outer marks dropped and inner 《》 written 〈〉 (the Chinese usage for a
    title inside a title): "《…实施办法》政策解读" was shown as 《…实施办法》政策解读》.

    >>> book_title("《淯川县补贴实施办法》政策解读")
    '《〈淯川县补贴实施办法〉政策解读》'
    >>> book_title("关于印发《工作要点》的通知")
    '《关于印发〈工作要点〉的通知》'
    """
    inner = title.strip()
    if inner.startswith("《") and inner.endswith("》") and inner.count("《") == 1:
        inner = inner[1:-1]
    return f"《{inner.replace('《', '〈').replace('》', '〉')}》"


def notice_name(agency: str, title: str) -> str:
    """The notice as a reader names it: its agency (unless the title names it) and 《title》.

    >>> notice_name("洄州市民政局", "关于开展排查的通知")
    '洄州市民政局的《关于开展排查的通知》'
    >>> notice_name("洄州市民政局", "洄州市民政局2026年工作要点")
    '《洄州市民政局2026年工作要点》'
    """
    owner = f"{agency}的" if agency and agency not in title else ""
    return f"{owner}{book_title(title)}"
