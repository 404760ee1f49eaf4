"""The Milvus backend of the index: one collection per index, synced from our generations.

The generation folders (manifest, notices, tokens, vectors) stay the source of truth; Milvus
holds what a search needs (BM25 weights, e5 vectors, metadata fields) so that an index of
10^7 passages is searched on a cluster instead of in one process. Modules:

- weights.py: BM25 statistics and weights, exactly as index/lexical/bm25.py, split so the global
  part (idf) travels with the query and the rows need no rewrite when a notice is added
- layout.py: connection (file path: Milvus Lite, http://: a server), collections, schemas
- sync.py: make the collections hold a published generation (add/replace/remove notices)
- search.py: BM25, dense and document-prior candidates of one synced generation
"""
