"""Small helpers several test files share (imported by name, like live_server)."""
from __future__ import annotations

from collections.abc import Mapping

import corpus
from index.passage_text import passage_text


class NoReads(Mapping):
    """Notices that must not be read: any access fails the test."""

    def __init__(self, ids):
        self._ids = list(ids)

    def __getitem__(self, doc_id):
        raise AssertionError(f"notice {doc_id} was read")

    def __iter__(self):
        return iter(self._ids)

    def __len__(self):
        return len(self._ids)


def shipped_passages(n: int) -> list[str]:
    """The first `n` passage texts of the shipped notices, spread over all five."""
    texts: list[str] = []
    for path in sorted(corpus.shipped_notices_dir().iterdir()):
        notice = corpus.load_notice(path)
        texts += [passage_text(notice, p) for p in notice.passages[:n // 5 + 1]]
    return texts[:n]


def tiny_coverage(texts: list[str]):
    """Coverage scoring with the idf weights an index of `texts` (one row each) would give."""
    import numpy as np

    from assistant.relevance import Coverage, TermWeights
    from index.lexical.tokenizer import Tokenizer

    tokenizer = Tokenizer()
    rows = [set(tokenizer.tokenize(t)) for t in texts]
    vocab = {w: i for i, w in enumerate(sorted(set().union(*rows)))}
    df = np.zeros(len(vocab))
    for row in rows:
        for w in row:
            df[vocab[w]] += 1
    return Coverage(tokenizer, TermWeights.of_index(vocab, df, len(rows)))


def one_passage_hit(text: str, section: tuple[str, ...], title: str, agency: str):
    """A search hit on a notice whose whole text is one passage."""
    from corpus.models import Notice, NoticeMeta, Passage
    from index.search.searcher import Hit

    passage = Passage("n#0000", "n", 0, section, text, 0, len(text))
    notice = Notice("n", "n.txt", "", NoticeMeta(title=title, agency=agency), text,
                    passages=[passage])
    return Hit(1, 1.0, passage, notice)


def small_assistant(tmp_path_factory, embedder, notices: Mapping[str, str], name: str):
    """An Assistant over a real index (the real model) of `notices` (file name -> text)."""
    from assistant.service import Assistant
    from index.builder import update_index
    from index.search.searcher import Searcher

    folder = tmp_path_factory.mktemp(f"{name}-notices")
    for file_name, text in notices.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    root = tmp_path_factory.mktemp(f"{name}-index")
    update_index(root, add=[folder], sync=True, embedder_factory=lambda spec: embedder,
                 show_progress=False)
    return Assistant(Searcher(root, embedder=embedder))


def ledger_items(text: str, name: str = "x.txt") -> list:
    """The ledger items of a notice written in a test (its file name decides the reader)."""
    from corpus.ledger import extract_ledger

    return extract_ledger(corpus.parse_notice(text.encode("utf-8"), name)).items
