"""Chinese tokens for BM25: jieba search mode with a domain dictionary and stop words.

>>> Tokenizer().tokenize("哪些单位合并了党支部?")
['单位', '合并', '党支部']
"""
from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from functools import cached_property
from importlib import resources

import jieba

RESOURCES = resources.files("index") / "resources"

# A token is kept only if it holds a letter, digit or CJK character: punctuation and spaces
# carry no evidence.
_WORD = re.compile(r"[\w\u4e00-\u9fff]")

# Bump when tokenisation changes in a way that invalidates persisted tokens.
TOKENIZER_VERSION = "1"

jieba.setLogLevel(logging.WARNING)


def _resource_lines(name: str) -> list[str]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def normalise(text: str) -> str:
    """NFKC (full-width to half-width digits and letters) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


class Tokenizer:
    """jieba search-mode tokens (words plus their shorter sub-words) minus stop words.

    Search mode was measured better than precise mode on the seed questions
    (../shared/notes/offline-embedding.md: BM25 R@5 0.81 with search-mode tokens).
    """

    def __init__(self) -> None:
        self._jieba = jieba.Tokenizer()
        for line in _resource_lines("dictionary.txt"):
            parts = line.split()
            word, freq = parts[0], int(parts[1]) if len(parts) > 1 else None
            self._jieba.add_word(word, freq=freq)
        self.stopwords = frozenset(_resource_lines("stopwords.txt"))

    @cached_property
    def signature(self) -> str:
        """Hash of dictionary, stop words and version: persisted tokens are valid only with it."""
        digest = hashlib.sha256(TOKENIZER_VERSION.encode())
        for name in ("dictionary.txt", "stopwords.txt"):
            digest.update((RESOURCES / name).read_bytes())
        return digest.hexdigest()[:16]

    def tokenize(self, text: str) -> list[str]:
        tokens = self._jieba.cut_for_search(normalise(text))
        return [t for t in tokens if _WORD.search(t) and t not in self.stopwords]
