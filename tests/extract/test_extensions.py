"""ext() (extract/extensions.py) reads the same span values as ``span._``, set or not."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

import testigo.extract.components  # noqa: F401  (registers kb_id, nickname, full_name)
from testigo.extract.extensions import _keyed_by_chars, ext


def test_ext_reads_what_span_underscore_reads() -> None:
    doc = spacy.blank("en")('Ismael "El Mayo" Zambada met the Sinaloa Cartel.')
    person, group, plain = doc[0:5], Span(doc, 7, 9, label="criminal_group"), doc[6:7]
    person._.kb_id, person._.nickname = "per_zambada", "El Mayo"
    group._.full_name = "Sinaloa Cartel"
    assert _keyed_by_chars()  # the fast path is the one taken with this spaCy
    for span in (person, group, plain, Span(doc, 0, 5, label="person")):  # a new Span object over the same words
        for name in ("kb_id", "nickname", "full_name"):
            assert ext(span, name) == getattr(span._, name)
    assert ext(Span(doc, 0, 5, label="person"), "nickname") == "El Mayo" and ext(plain, "kb_id") is None
