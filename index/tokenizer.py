"""Chinese tokens for BM25: jieba words (domain dictionary, stop words) plus character bigrams.

>>> Tokenizer().tokenize("哪些单位合并了党支部?")
['单位', '合并', '支部', '党支部', '单位', '位合', '合并', '党支', '支部']
"""
from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
import warnings
from functools import cached_property
from importlib import resources

with warnings.catch_warnings():
    # jieba imports pkg_resources, which the setuptools pinned for milvus-lite (<81) deprecates
    # with an English warning that every `notices` command would print to users.
    warnings.filterwarnings("ignore", "pkg_resources is deprecated", UserWarning)
    import jieba

RESOURCES = resources.files("index") / "resources"

# Only CJK characters form bigrams: digits and Latin letters are kept whole by jieba.
_CJK = re.compile(r"[\u4e00-\u9fff]")

# A token is kept only if it holds a letter, digit or CJK character: punctuation and spaces
# carry no evidence.
_WORD = re.compile(r"[\w\u4e00-\u9fff]")

# Bump when tokenisation changes in a way that invalidates persisted tokens.
TOKENIZER_VERSION = "2"

jieba.setLogLevel(logging.WARNING)


def _resource_lines(name: str) -> list[str]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def normalise(text: str) -> str:
    """NFKC (full-width to half-width digits and letters) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


class Tokenizer:
    """jieba search-mode words plus the character bigrams of every run of content words.

    Words give precision; bigrams make a question match a paragraph that jieba segmented
    differently (整合为 vs 整合, 党支部 vs 支部). Bigrams skip stop words, so "哪些单位" adds
    no "些单". On the external NCP set jieba + bigrams raised BM25 document R@1 from 0.719 to
    0.795 and R@5 from 0.896 to 0.932; the own set's BM25 R@5 went from 0.863 to 0.875
    (eval/README.md, tuning log row 0c).
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
        tokens: list[str] = []
        runs: list[str] = []
        run = ""
        for word in self._jieba.cut(normalise(text)):
            if _WORD.search(word) and word not in self.stopwords:
                tokens.extend(self._subwords(word))
                tokens.append(word)
                run += word
            elif run:
                runs.append(run)
                run = ""
        if run:
            runs.append(run)
        for chars in runs:
            tokens.extend(
                chars[i : i + 2] for i in range(len(chars) - 1)
                if _CJK.match(chars[i]) and _CJK.match(chars[i + 1])
            )
        return tokens

    def words(self, text: str) -> list[str]:
        """The content words alone (no subwords, no bigrams), in order."""
        return [w for w in self._jieba.cut(normalise(text))
                if _WORD.search(w) and w not in self.stopwords]

    def _subwords(self, word: str) -> list[str]:
        """jieba's search mode: the dictionary words of length 2 and 3 inside a longer word."""
        freq = self._jieba.FREQ
        grams = [word[i : i + 2] for i in range(len(word) - 1)] if len(word) > 2 else []
        grams += [word[i : i + 3] for i in range(len(word) - 2)] if len(word) > 3 else []
        return [g for g in grams if freq.get(g)]
