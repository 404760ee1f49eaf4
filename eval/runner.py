"""Running a list of questions through the searcher, timing each query.

>>> runs = run_modes(searcher, ["哪些单位合并了党支部"], modes=["bm25"])
>>> runs["bm25"][0].hits[0].rank, runs["bm25"][0].seconds < 1
(1, True)
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Sequence

from tqdm import tqdm

# Passages fetched per question. The metrics read the top 10; the deeper list only tells how
# far down a missed gold sits. It equals index.search.searcher.CANDIDATES, so asking for it costs the
# same as asking for 10 (the searcher ranks that many either way).
FETCH_DEPTH = 50

# Untimed queries per mode before timing. After loading, the first ~20 dense queries took 2-5x
# the steady ~25 ms (own set, 2 cores: 81, 139, 51, 71 ... then 21-27 ms from about the 20th).
WARM_UP_QUERIES = 20


@dataclass(frozen=True)
class QueryRun:
    question: str
    hits: list  # list[index.search.searcher.Hit], best first
    seconds: float  # wall time of the search call alone


def warm_up(searcher, questions: Sequence[str], modes: Sequence[str]) -> None:
    """Load the model and the jieba dictionary and let torch settle before anything is timed."""
    for mode in modes:
        for question in questions[:WARM_UP_QUERIES]:
            searcher.search(question, k=FETCH_DEPTH, mode=mode)


def run_modes(searcher, questions: Sequence[str], modes: Sequence[str],
              depth: int = FETCH_DEPTH, show_progress: bool = False) -> dict[str, list[QueryRun]]:
    """Each question in every mode, modes interleaved per question, so that a burst of load
    from another process slows all modes alike instead of skewing one mode's latency."""
    runs: dict[str, list[QueryRun]] = {mode: [] for mode in modes}
    for question in tqdm(questions, desc="检索", unit="题", disable=not show_progress):
        for mode in modes:
            started = time.perf_counter()
            hits = searcher.search(question, k=depth, mode=mode)
            runs[mode].append(QueryRun(question, hits, time.perf_counter() - started))
    return runs
