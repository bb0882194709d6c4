"""The model's rule lemmatizer, asked once per distinct word form instead of once per token.

spaCy's rule lemmatizer reads each token's text, part of speech and morphology and returns the
same lemma for the same three (it caches only some of them, and builds the morphology's dict for
every token it does not cache): about a twentieth of the whole pipeline's time. The lemma is a
function of (text, part of speech, morphology), so :class:`CachedLemmatizer` reads those three as
arrays, asks the model's own lemmatizer once for each triple it has not seen, and writes the
lemmas back as one array. Tokens that already have a lemma (the attribute ruler sets a few) keep
it, as they do under the model's lemmatizer, which does not overwrite.

The model's table of known base forms (``lemma_index``) holds each part of speech's words as a list,
and the rule lemmatizer asks ``form in index`` for every form its rules make: a scan of up to
57,000 words, most of a millisecond per new word form. The lemmatizer asked here is a copy of the
model's that reads the same words as sets (same answers; the model's own tables are not changed).
"""

from __future__ import annotations

import copy

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["CachedLemmatizer"]

LIMIT = 500_000  # distinct (text, pos, morphology) triples kept; a stream of many documents starts over past it


class CachedLemmatizer:
    """Call it on a Doc as the rule lemmatizer it wraps (``from_lemmatizer`` gives None for one it cannot)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = _with_set_index(lemmatizer)
        self.known: dict[tuple[int, int, int], int] = {}

    @classmethod
    def from_lemmatizer(cls, lemmatizer: object) -> CachedLemmatizer | None:
        """The cached form of a rule lemmatizer that does not overwrite lemmas; None for any other."""
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" and not lemmatizer.overwrite:
            return cls(lemmatizer)
        return None

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        missing = numpy.flatnonzero(columns[:, 3] == 0).tolist()
        if not missing:
            return doc
        if len(self.known) > LIMIT:
            self.known.clear()
        rows = columns.tolist()
        known, strings = self.known, doc.vocab.strings
        for i in missing:
            orth, pos, morph, _ = row = rows[i]
            key = (orth, pos, morph)
            lemma = known.get(key)
            if lemma is None:
                lemma = known[key] = strings.add(self.lemmatizer.rule_lemmatize(doc[i])[0])
            row[3] = lemma
        doc.from_array([LEMMA], numpy.array([row[3] for row in rows], dtype=numpy.uint64))
        return doc


def _with_set_index(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A shallow copy of ``lemmatizer`` whose tables are the model's, but for ``lemma_index``: each part of
    speech's known base forms as a frozenset instead of a list (the rule lemmatizer only asks whether a form
    is among them, and whether there are any)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name=name, data={key: frozenset(words) for key, words in table.items()})
        lookups.set_table(name, table)
    fast = copy.copy(lemmatizer)
    fast.lookups = lookups
    return fast
