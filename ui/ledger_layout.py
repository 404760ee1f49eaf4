"""The 整改台账 page's table layout, apart from the page (ui/views/ledger.py) so that reading it
runs no page: the browser test clicks cells by these sizes."""
from __future__ import annotations

COLUMNS = ("问题", "整改措施", "状态", "状态原文", "完成时限", "牵头单位", "责任领导", "出处")
# Column widths (px) of COLUMNS: together about the page's width at 1280 px, so that every
# column shows without scrolling sideways; the table stretches them on wider screens.
COLUMN_WIDTHS = (146, 166, 68, 96, 94, 80, 70, 80)
ROW_HEIGHT = 112  # px: five lines of wrapped text (Streamlit wraps cells above 64 px)
