"""The model's attribute ruler, answered from the document's arrays instead of spaCy's Matcher.

The English model's ``attribute_ruler`` maps each fine-grained tag to a part of speech and fixes the
morphology and lemmas of some words ("n't", "'s", "gonna") with 180 patterns of one or two tokens.
spaCy runs them through its Matcher, where each set or regular-expression test (there are 22) is a
Python call at every token of every document: about a tenth of the whole pipeline's time.

None of these patterns has an operator ("?", "+", "*"), so a pattern of n tokens matches at i exactly
when its k-th test holds at i + k for each k; each test is a comparison of one attribute array of the
document. :class:`ArrayAttributeRuler` computes the matches that way (the same keys, starts and ends,
sorted as the ruler sorts them) and writes each match's attributes with spaCy's own ``set_token_attrs``
on the token the ruler's ``set_annotations`` would pick, in the same order, so every attribute it writes is
the ruler's (without the Span and the two Tokens the ruler makes per match: one match per token of every
document). A ruler with any pattern it cannot read this way is run as it is.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["ArrayAttributeRuler", "Unreadable"]

STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX",
                          "ENT_TYPE", "ENT_IOB"})
FLAG_ATTRS = frozenset({"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
                        "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "IS_SENT_START"})


Test = tuple[int, "int | None", Any]  # attribute id, the value it must equal (or None), the test of an array


class Unreadable(ValueError):
    """A pattern uses something the array reading does not cover (an operator, a MORPH test, ...)."""


class ArrayAttributeRuler:
    """Call it on a Doc as the ruler it wraps; ``from_ruler`` gives None when a pattern is unreadable."""

    def __init__(self, ruler: AttributeRuler, patterns: list[tuple[int, int, list[list[Test]]]]) -> None:
        self.ruler = ruler
        self.attrs = sorted({attr for _, _, tokens in patterns for tests in tokens for attr, _, _ in tests})
        # per pattern: attr_id, key hash, width, its first equality test (or None), the other tests by offset
        self.patterns = [(attr_id, key, len(tokens), _anchor(tokens), _rest(tokens))
                         for attr_id, key, tokens in patterns]
        self.anchored = sorted({anchor[1] for *_, anchor, _ in self.patterns if anchor})

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> ArrayAttributeRuler | None:
        strings = ruler.vocab.strings
        patterns = []
        try:
            for attr_id in range(len(ruler.attrs)):
                found = ruler.matcher.get(str(attr_id))
                for pattern in found[1] if found else ():
                    patterns.append((attr_id, strings.add(str(attr_id)), [_tests(spec, strings) for spec in pattern]))
        except Unreadable:
            return None
        return cls(ruler, patterns)

    def __call__(self, doc: Doc) -> Doc:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for match in self.match(doc):
            attr_id, _, start, end = match
            index = indices[attr_id]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                self.ruler.set_annotations(doc, [match])  # the ruler's own error for an index outside the match
            set_token_attrs(doc[at], attrs[attr_id])
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches, as ``AttributeRuler.match`` gives them: (attr_id, key, start, end), sorted.
        A pattern with an equality test starts from the positions holding that value (most patterns
        test one tag); the others start from every position."""
        n = len(doc)
        if not n:
            return []
        columns = doc.to_array(self.attrs).reshape(n, len(self.attrs))
        arrays = {attr: columns[:, k] for k, attr in enumerate(self.attrs)}
        where = {attr: _positions(arrays[attr]) for attr in self.anchored}
        strings = doc.vocab.strings
        found = set()
        for attr_id, key, width, anchor, rest in self.patterns:
            if width > n:
                continue
            if anchor is None:
                starts = numpy.arange(n - width + 1)
            else:
                k, attr, value = anchor
                starts = where[attr].get(value, EMPTY) - k
                starts = starts[(starts >= 0) & (starts <= n - width)]
            for k, attr, test in rest:
                if not len(starts):
                    break
                starts = starts[test(arrays[attr][starts + k], strings)]
            found.update((attr_id, key, start, start + width) for start in starts.tolist())
        return sorted(found)


EMPTY = numpy.array([], dtype=numpy.int64)


def _anchor(tokens: list[list[Test]]) -> tuple[int, int, int] | None:
    """The first equality test of a pattern: (token offset, attribute, value)."""
    for k, tests in enumerate(tokens):
        for attr, value, _ in tests:
            if value is not None:
                return k, attr, value
    return None


def _rest(tokens: list[list[Test]]) -> list[tuple[int, int, Any]]:
    """A pattern's tests but its anchor: (token offset, attribute, test)."""
    anchor = _anchor(tokens)
    return [(k, attr, test) for k, tests in enumerate(tokens) for attr, value, test in tests
            if anchor is None or (k, attr, value) != anchor]


def _positions(values: numpy.ndarray) -> dict[int, numpy.ndarray]:
    """Value -> the positions holding it, in order."""
    order = numpy.argsort(values, kind="stable")
    distinct, first = numpy.unique(values[order], return_index=True)
    bounds = first.tolist() + [len(values)]
    return {value: order[bounds[j]:bounds[j + 1]] for j, value in enumerate(distinct.tolist())}


def _tests(spec: dict[str, Any], strings: Any) -> list[Test]:
    """One token's tests as (attribute id, the value it must equal or None, function of the attribute's
    values -> booleans)."""
    tests = []
    for name, value in spec.items():
        name = "ORTH" if name == "TEXT" else name
        if name in FLAG_ATTRS and isinstance(value, bool):
            tests.append((IDS[name], int(value), _equal(int(value))))
        elif name in STRING_ATTRS and isinstance(value, str):
            tests.append((IDS[name], strings.add(value), _equal(strings.add(value))))
        elif name in STRING_ATTRS and isinstance(value, dict) and len(value) == 1:
            (kind, arg), = value.items()
            if kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                tests.append((IDS[name], None, _member(frozenset(strings.add(v) for v in arg), kind == "IN")))
            elif kind == "REGEX" and isinstance(arg, str):
                tests.append((IDS[name], None, _searched(re.compile(arg))))
            else:
                raise Unreadable(f"{name}: {value!r}")
        else:
            raise Unreadable(f"{name}: {value!r}")
    return tests


def _equal(wanted: int) -> Any:
    return lambda values, strings: values == wanted


def _member(hashes: frozenset[int], inside: bool) -> Any:
    wanted = numpy.array(sorted(hashes), dtype="uint64")
    return lambda values, strings: numpy.isin(values, wanted) == inside


def _searched(regex: re.Pattern[str]) -> Any:
    """spaCy's REGEX test: ``re.search`` on the attribute's text; asked once per distinct value."""
    def test(values: numpy.ndarray, strings: Any) -> numpy.ndarray:
        distinct = numpy.unique(values)
        passing = [v for v in distinct.tolist() if regex.search(strings[v])]
        return numpy.isin(values, numpy.array(passing, dtype="uint64"))
    return test
