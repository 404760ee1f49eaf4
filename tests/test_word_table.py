"""The word table answers exactly as jieba's own dictionary: same entries, same tokens.

The query path (Searcher, the assistant's question analysis) segments with the memory-mapped
table; builds use jieba's dict. Both must give identical tokens, or BM25 rankings would move.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpus
from index.lexical.tokenizer import Tokenizer, default_word_table, jieba, tagged_words
from index.lexical.word_table import WordTable, write_table

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def jieba_default():
    segmenter = jieba.Tokenizer()
    segmenter.initialize()
    return segmenter


@pytest.fixture(scope="module")
def own_questions() -> list[str]:
    lines = (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


@pytest.fixture(scope="module")
def notice_texts() -> list[str]:
    folder = corpus.shipped_notices_dir()
    return [corpus.load_notice(p).text for p in sorted(folder.iterdir()) if p.is_file()]


def test_table_holds_every_entry_of_jiebas_dictionary(jieba_default):
    table = default_word_table()
    assert table.total == jieba_default.total
    assert len(table) == len(jieba_default.FREQ)
    mismatched = [w for w, f in jieba_default.FREQ.items() if table.get(w) != f]
    assert mismatched == []
    assert "党支部" in table and "不存在的词语组合" not in table
    assert table.get("不存在的词语组合", 7) == 7


def test_tags_are_jiebas(jieba_default):
    import jieba.posseg

    reference = jieba.posseg.POSTokenizer(jieba.Tokenizer())  # reads dict.txt itself
    table = default_word_table()
    mismatched = [w for w, t in reference.word_tag_tab.items() if table.tag(w) != t]
    assert mismatched == []
    prefix_only = next(w for w, f in jieba_default.FREQ.items() if f == 0)
    assert table.tag(prefix_only) is None


def test_query_tokens_equal_build_tokens(own_questions, notice_texts):
    built, queried = Tokenizer(), Tokenizer.for_queries()
    texts = own_questions + notice_texts
    assert sum(map(len, notice_texts)) > 50_000  # the shipped notices, not an empty folder
    for text in texts:
        assert queried.tokenize(text) == built.tokenize(text), text[:40]
        assert queried.words(text) == built.words(text), text[:40]


def test_tagged_words_equal_jieba_posseg(own_questions, notice_texts):
    import jieba.posseg

    reference = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    for text in own_questions + notice_texts[:2]:
        assert tagged_words(text) == [(p.word, p.flag) for p in reference.cut(text)], text[:40]
    # the module-level tagger still works after the table-backed import
    assert [(p.word, p.flag) for p in jieba.posseg.cut("济南市应急管理局")] == \
        tagged_words("济南市应急管理局")


def test_a_written_table_round_trips(tmp_path):
    freq = {"党": 10, "党支": 0, "党支部": 5, "合并": 3}
    path = tmp_path / "words.table"
    write_table(path, freq, total=18, tags={"党": "n", "党支部": "n", "合并": "v"})
    table = WordTable.open(path)
    assert dict(table.items()) == freq and table.total == 18
    assert (table.tag("合并"), table.tag("党支"), table.tag("无")) == ("v", None, None)
    with pytest.raises(KeyError):
        table["无"]


def test_a_file_that_is_not_a_table_is_refused(tmp_path):
    path = tmp_path / "words.table"
    path.write_bytes(b"not a table at all, just some bytes")
    with pytest.raises(ValueError):
        WordTable.open(path)


def test_a_fresh_process_tags_without_reading_dict_txt():
    """In a new process jieba.posseg is imported without its dict.txt parse; its own cut
    must still give the reference pairs."""
    import subprocess
    import sys

    import jieba.posseg

    text = "那佛山呢?济南市应急管理局和浙江省应急管理厅分别如何整改"
    reference = [[p.word, p.flag] for p in jieba.posseg.POSTokenizer(jieba.Tokenizer()).cut(text)]
    code = ("import json, sys; from index.lexical.tokenizer import tagged_words; import jieba.posseg; "
            f"t = {text!r}; a = [list(p) for p in tagged_words(t)]; "
            "b = [[p.word, p.flag] for p in jieba.posseg.cut(t)]; print(json.dumps([a, b]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out) == [reference, reference]
