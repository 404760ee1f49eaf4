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


def test_the_index_stores_sentence_vectors_the_assistant_reads(seed_index, embedder, searcher):
    """The build encoded every sentence of the shipped notices: a question reads them from the
    index and encodes nothing, and a stored vector is the one question time would compute."""
    from assistant.evidence import passage_sentences
    from index.dense.sentence_store import StoredSentences, notice_sentence_texts, sentence_key

    stored = StoredSentences.open(seed_index, embedder.model_id, embedder._query_encoder())
    texts = {t for n in searcher.index.notices.values() for t in notice_sentence_texts(n)}
    assert len(stored) == len(texts) > 1000  # shipped notices: ~1,550 sentences
    vectors = SentenceVectors(embedder, seed_index)
    hits = searcher.search("如何防止单位的微信公众号无人管理", k=5, mode="hybrid")
    scorer = vectors.for_question(searcher.query_vector("如何防止单位的微信公众号无人管理"))
    pairs = [passage_sentences(h) for h in hits]
    scorer.prepare([([s.text for s in sentences], context) for sentences, context in pairs])
    assert vectors.encoded == 0
    sentences, context = pairs[0]
    text = sentence_text(sentences[0].text, context)
    fresh = embedder.backend(embedder._query_encoder()).encode(
        [embedder.prefixes.get("passage", "") + text])[0]
    assert float(stored.get(sentence_key(text)) @ fresh) > 0.9999


def test_an_index_built_before_the_store_answers_the_same(tmp_path, seed_index, embedder,
                                                         assistant):
    """The same index without its sentence store (as written by the previous version): the
    assistant encodes the sentences at question time and cites the same text."""
    import shutil

    from assistant.service import Assistant
    from index.dense.sentence_store import FOLDER
    from index.search.searcher import Searcher

    old = tmp_path / "old-index"
    shutil.copytree(seed_index, old, ignore=shutil.ignore_patterns(FOLDER, ".sentence-cache"))
    before = Assistant(Searcher(old, embedder=embedder))
    question = "东莞市应急管理局怎样管理单位的微信公众号?"
    answer = before.ask(question)
    assert before._current().sentences.encoded > 0  # encoded during the question
    expected = assistant.ask(question)
    assert [(c.doc_id, c.start, c.end) for c in answer.citations] == \
        [(c.doc_id, c.start, c.end) for c in expected.citations]
    assert answer.citations


def test_a_build_without_sentence_vectors_leaves_them_to_question_time(tmp_path, embedder):
    """`--no-sentence-vectors` (sentences=False): nothing is stored, and the answer still
    cites the sentence, encoded while answering."""
    from assistant.service import Assistant
    from index.builder import update_index
    from index.dense.sentence_store import FOLDER
    from index.search.searcher import Searcher

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "甲市通报.txt").write_text(
        "甲市水务局关于巡察整改情况的通报\n一、整改情况\n"
        "针对河道巡查不到位的问题, 建立了每周两次的河道巡查制度, 已巡查河道120公里。\n",
        encoding="utf-8")
    root = tmp_path / "index"
    update_index(root, add=[docs], embedder_factory=lambda s: embedder, show_progress=False,
                 sentences=False)
    assert not (root / FOLDER).exists()
    assistant = Assistant(Searcher(root, embedder=embedder))
    answer = assistant.ask("甲市水务局多久巡查一次河道?")
    assert assistant._current().sentences.encoded > 0
    assert any("每周两次" in c.quote for c in answer.citations)
