"""How passages are found. Rooms by concern, each with its own docstring, bottom first:

- `config`, `passage_text`, `question`: shared settings, the texts the retrievers see, the
  check on a question (the public entry point every interface calls before searching)
- `lexical/`: tokenizer, word table, BM25
- `storage/`: generations on disk, manifest, segments, ledger files
- `dense/`: the encoder, the vector cache, the embedding job's progress
- `milvus/`: the Milvus backend, synced from our generations
- `search/`: the generation opened in memory, fusion

and the front of the index, which uses the rooms: `builder` (writes a generation),
`searcher` (reads one), `status`, `verify`, `embed_job` (the background `index embed`).
A room imports only rooms below it; tests/test_layers.py checks it. Nothing here imports
assistant/, eval/ or ui/.
"""
