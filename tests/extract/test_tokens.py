"""Per-document indexes of extract/tokens.py: the same answers as spaCy's own."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LOWER, ORTH

from testigo.extract.tokens import positions, sentences_indexed


def _doc():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp("The Gulf Cartel split. Its leader fled to Texas. The cartel denied it")


def test_sentences_inside_the_block_are_spacys() -> None:
    doc = _doc()
    plain = [(t.sent.start, t.sent.end) for t in doc]
    spans = [doc[0:3], doc[2:7], doc[6:6], doc[len(doc):len(doc)]]
    plain_spans = [(s.sent.start, s.sent.end) for s in spans]
    with sentences_indexed(doc):
        assert "sent" in doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == plain == [(0, 5)] * 5 + [(5, 11)] * 6 + [(11, 15)] * 4
        assert [(s.sent.start, s.sent.end) for s in spans] == plain_spans
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks  # removed after


def test_positions_index_text_and_lower_case() -> None:
    doc = _doc()
    assert positions(doc, LOWER)["the"] == [0, 11] and positions(doc, LOWER)["cartel"] == [2, 12]
    assert positions(doc, ORTH)["The"] == [0, 11] and "the" not in positions(doc, ORTH)
    with pytest.raises(ValueError, match="ORTH or LOWER"):
        positions(doc, DEP)
