"""Search over a published generation: the generation opened in memory (`loaded`: BM25,
FAISS segments, notices, ledger) and the fusion of keyword and dense rankings (`fusion`).
The `Searcher` itself is index/searcher.py for now (it moves here once the branches that edit
it have merged). May import corpus/ and the other rooms of index/ (lexical, storage, dense,
milvus); never the builder.
"""
