"""How passages are found: tokenizer, BM25, embedder, FAISS, fusion and the on-disk store."""
