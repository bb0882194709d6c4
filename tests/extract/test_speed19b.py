"""The quick reads of extract/tokens.py and components.set_norms give what spaCy's own attributes give."""

from __future__ import annotations

import spacy
from spacy.attrs import LOWER, NORM, ORTH

from testigo.extract.components import set_norms
from testigo.extract.lexicon import fold
from testigo.extract.tokens import span_text, texts

TEXTS = ('Ismael "El Mayo" Zambada met the leaders of the Cártel del Golfo in Reynosa.  They agreed.',
         "ÁLVARO Pérez  and  álvaro PÉREZ were seen;\nthe GANG left \u201cLos Zetas\u201d behind.")


def test_texts_match_the_token_attributes_across_documents_and_stores() -> None:
    for nlp in (spacy.blank("en"), spacy.blank("en")):  # two string stores: the strings are the same
        for text in TEXTS:
            doc = nlp(text)
            assert texts(doc, ORTH) == [t.text for t in doc]
            assert texts(doc, LOWER) == [t.lower_ for t in doc]
            assert texts(doc, LOWER, str.upper) == [t.lower_.upper() for t in doc]  # 'then' keeps a table of its own
            assert texts(doc, ORTH) == [t.text for t in doc]  # asked again: the same answer


def test_set_norms_folds_every_word_in_every_store() -> None:
    for nlp in (spacy.blank("en"), spacy.blank("en")):
        for text in (*TEXTS, *TEXTS):  # the second round reads the folded words kept from the first
            doc = nlp(text)
            set_norms(doc)
            assert [t.norm_ for t in doc] == [fold(t.text) for t in doc]
            assert texts(doc, NORM) == [fold(t.text) for t in doc]


def test_span_text_is_the_span_text() -> None:
    doc = spacy.blank("en")(TEXTS[1])
    spans = [doc[i:j] for i in range(len(doc)) for j in range(i, len(doc) + 1)]
    assert all(span_text(span) == span.text for span in spans)
