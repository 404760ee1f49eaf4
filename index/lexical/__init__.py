"""Keyword search: the jieba tokenizer with its dictionary and stop words (`tokenizer`), the
memory-mapped word table that lets queries skip loading jieba's dictionary (`word_table`), and
BM25 over token counts (`bm25`). May import corpus/ and index.config; nothing else of index/.
"""
