"""Sentence vectors for semantic evidence: encoded once, kept on disk, scored by cosine."""
from __future__ import annotations

import numpy as np

from assistant.semantic import SentenceVectors, relative, sentence_text


class _Backend:
    def __init__(self):
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, len(t) % 4] = 1.0
        return out


class _Embedder:
    model_id = "fake-model"
    prefixes = {"passage": "passage: ", "query": "query: "}

    def __init__(self):
        self.encoder = _Backend()

    def _query_encoder(self):
        return "onnx-fp32"

    def backend(self, encoder_id):
        return self.encoder


def test_sentences_are_encoded_once_and_reloaded_from_disk(tmp_path):
    embedder = _Embedder()
    vectors = SentenceVectors(embedder, tmp_path)
    scorer = vectors.for_question(np.array([1, 0, 0, 0], dtype=np.float32))
    scorer.prepare([(["一是整合支部。", "二是配强书记。"], "组织建设")])
    assert len(embedder.encoder.calls) == 1  # one batch for the question
    assert embedder.encoder.calls[0][0].startswith("passage: 组织建设\n")
    scorer.similarity("一是整合支部。", "组织建设")
    assert len(embedder.encoder.calls) == 1 and vectors.encoded == 2

    again = _Embedder()
    reloaded = SentenceVectors(again, tmp_path)  # another process, same index folder
    cosine = reloaded.for_question(np.array([1, 0, 0, 0], dtype=np.float32)).similarity(
        "一是整合支部。", "组织建设")
    assert again.encoder.calls == [] and cosine == scorer.similarity("一是整合支部。", "组织建设")


def test_relative_maps_the_cosine_band_to_a_share():
    assert relative(0.5) == 0.0 and relative(0.99) == 1.0
    assert 0.0 < relative(0.85) < 1.0
    assert sentence_text("句子。", "") == "句子。"
