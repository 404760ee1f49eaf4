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
