"""Dense vectors: the encoder (`encoder/`: model conversion, ONNX export, torch and ONNX
Runtime backends, the Ray fan-out), the resumable cache of vectors built so far
(`vector_cache`) and the progress file of a running embedding job (`embedding_progress`).
May import corpus/, index.config, index.lexical and index.storage. Importing it loads neither
torch, onnxruntime nor ray.
"""
