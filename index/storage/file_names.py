"""File names of a generation's per-notice files (docs/, tokens/, vectors/, ledger/).

Its own module so that the manifest and the store, which both name those files, need not
import each other; `store.safe_name` is this function.
"""
from __future__ import annotations

import hashlib


def safe_name(doc_id: str) -> str:
    """doc ids are file stems; keep them usable as file names on any system.

    Characters that are unsafe in file names are replaced, and a replaced or hidden name gets
    a hash of the doc id, so `a\\b` and `a_b` never share a file.
    """
    name = "".join(c if c not in _UNSAFE_CHARS else "_" for c in doc_id)
    if name != doc_id or name.startswith("."):
        name = f"{name}-{hashlib.sha256(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return name


_UNSAFE_CHARS = '/\\:*?"<>|' + "".join(map(chr, range(32)))
