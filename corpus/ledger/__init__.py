"""The rectification ledger (整改台账) of a notice: problems, measures, status, deadline, lead.

A pure function of a cleaned notice and its heading tree; every field is a span of the text.
"""
from corpus.ledger.models import (
    OPEN_STATUSES,
    STATUSES,
    Ledger,
    LedgerItem,
    Span,
    StatedTotal,
    TotalsCheck,
)

__all__ = ["OPEN_STATUSES", "STATUSES", "Ledger", "LedgerItem", "Span", "StatedTotal",
           "TotalsCheck", "check_totals", "extract_ledger"]


def extract_ledger(notice):  # noqa: D103 - re-exported below
    from corpus.ledger.extract import extract_ledger as _extract
    return _extract(notice)


def check_totals(ledger):  # noqa: D103
    from corpus.ledger.totals import check_totals as _check
    return _check(ledger)
