"""Stable import path of the encoder's public entry point (the code lives in index/encoder/)."""
from index.encoder.embedder import BATCH_SIZE, Embedder
from index.encoder.model_folder import ModelUnavailable, resolve_model

__all__ = ["BATCH_SIZE", "Embedder", "ModelUnavailable", "resolve_model"]
