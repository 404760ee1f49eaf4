"""Search over a published generation: the generation opened in memory (`loaded`: BM25,
FAISS segments, notices, ledger), the fusion of keyword and dense rankings (`fusion`) and
the `Searcher` that answers queries with them (`searcher`). May import corpus/ and the other
rooms of index/ (lexical, storage, dense, milvus); never the builder.
"""
