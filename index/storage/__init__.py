"""The index on disk: generations and the CURRENT pointer, per-notice files and their names
(`store`, `file_names`), what a generation holds (`manifest`), the row-index segments
(`segments`), and each generation's rectification-ledger files with their reader
(`ledger_files`, `ledger_store`). May import corpus/, index.config and index.lexical (the
segments keep BM25 counts); never the encoder, Milvus or search.
"""
