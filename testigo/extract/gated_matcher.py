"""A token Matcher that runs, on each document, only the patterns the document's words allow.

spaCy's Matcher tries every pattern at every token, so each pattern costs about as much as the
next, however rare its words. A pattern with a token that must be one of some words (``ORTH``,
``TEXT``, ``NORM`` or ``LOWER`` given as a word or an ``IN`` list, on a token that is not
optional) cannot match a document holding none of them. ``GatedMatcher`` reads those required
words from each pattern when it is added, reads the document's words once per call, and runs a
Matcher holding only the patterns whose required words all occur (one Matcher per such set of
patterns, built when first needed and kept).

The matches are exactly the full Matcher's, in the same order: a pattern left out could not have
matched, the patterns kept are added in their original order, and the Matcher's states and
matches keep that relative order whatever other patterns run beside them.

A word test given as a set or a regular expression (``{"NORM": {"IN": [...]}}``, ``NOT_IN``,
``REGEX``) is a Python call at every token; spaCy caches it per token, but each distinct one still
costs as much as a whole plain pattern. Such a test depends only on the token's text (a ``NORM``
test too, when the caller sets every token's norm from its text with the ``norm`` function given
here), so it becomes a flag of the vocabulary's lexemes (``Vocab.add_flag``), which the Matcher
checks in C; the answers are the same.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["GatedMatcher"]

WORD_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "NORM": NORM, "LOWER": LOWER}
REQUIRED_OPS = (None, "+", "1")  # a token with one of these operators must occur in every match
CACHED = 64  # Matchers kept, one per set of patterns a document allowed
FIRST_FREE_FLAG = 19  # lexeme flag bits 1-18 are spaCy's own (IS_ALPHA ... IS_CURRENCY); 63 is the last

Pattern = list[dict[str, Any]]
Need = tuple[int, frozenset[int]]  # an attribute and the hashes of which one must occur


class GatedMatcher:
    """``add`` patterns as to a spaCy Matcher; calling it on a Doc gives the same (key, start, end) matches."""

    def __init__(self, vocab: Vocab, *, norm: Callable[[str], str] | None = None) -> None:
        self.vocab = vocab
        self._text_of: dict[str, Callable[[str], str]] = {"ORTH": str, "TEXT": str,
                                                          "LOWER": vocab.lex_attr_getters[LOWER]}
        if norm is not None:
            self._text_of["NORM"] = norm
        self._flags: dict[tuple[str, str, Any], int] = {}
        self._patterns: list[tuple[str, Pattern, tuple[Need, ...]]] = []
        self._greedy: dict[str, str | None] = {}
        self._matchers: OrderedDict[tuple[int, ...], Matcher] = OrderedDict()

    def add(self, key: str, patterns: list[Pattern], *, greedy: str | None = None) -> None:
        if key in self._greedy:
            raise ValueError(f"GatedMatcher: key {key!r} was added already; add all its patterns at once")
        errors = {i: validate_token_pattern(pattern) for i, pattern in enumerate(patterns)}
        if any(errors.values()):
            raise MatchPatternError(key, errors)
        self._greedy[key] = greedy
        for pattern in patterns:
            self._patterns.append((key, [self._flagged(spec) for spec in pattern], self._needs(pattern)))
        self._matchers.clear()

    def _flagged(self, spec: dict[str, Any]) -> dict[Any, Any]:
        """The token spec with its set and regular-expression tests of the text as lexeme flags."""
        out: dict[Any, Any] = {}
        for name, value in spec.items():
            if name in self._text_of and isinstance(value, dict) and len(value) == 1:
                (test, arg), = value.items()
                flag = self._flag(name, test, arg)
                if flag is not None:
                    out[flag] = test != "NOT_IN"
                    continue
            out[name] = value
        return out

    def _flag(self, name: str, test: str, arg: Any) -> int | None:
        """The lexeme flag that answers ``test`` on the token's ``name`` (None when it cannot be one)."""
        if test in ("IN", "NOT_IN"):
            frozen: Any = frozenset(arg)
            text_of = self._text_of[name]
            getter: Callable[[str], bool] = lambda orth: text_of(orth) in frozen  # noqa: E731
        elif test == "REGEX" and isinstance(arg, str):
            frozen, text_of, regex = arg, self._text_of[name], re.compile(arg)
            getter = lambda orth: regex.search(text_of(orth)) is not None  # noqa: E731
        else:
            return None
        known = self._flags.get((name, "IN" if test == "NOT_IN" else test, frozen))
        if known is not None:
            return known
        free = [bit for bit in range(FIRST_FREE_FLAG, 64) if bit not in self.vocab.lex_attr_getters]
        if not free:
            return None  # the spaCy test stays (slower, same answers)
        flag = self.vocab.add_flag(getter, flag_id=free[0])
        self._flags[(name, "IN" if test == "NOT_IN" else test, frozen)] = flag
        return flag

    def _needs(self, pattern: Pattern) -> tuple[Need, ...]:
        """The words the pattern requires: per required token, the values one of which the document must hold."""
        needs = []
        for spec in pattern:
            if spec.get("OP") not in REQUIRED_OPS:
                continue
            for name, attr in WORD_ATTRS.items():
                value = spec.get(name)
                if isinstance(value, str):
                    words = [value]
                elif isinstance(value, dict) and set(value) == {"IN"}:
                    words = value["IN"]
                else:
                    continue
                needs.append((attr, frozenset(self.vocab.strings.add(w) for w in words)))
        return tuple(needs)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        chosen = self.allowed(doc)
        return self._matcher(chosen)(doc) if chosen else []

    def allowed(self, doc: Doc) -> tuple[int, ...]:
        """The patterns (by the order they were added in) whose required words all occur in ``doc``."""
        if not len(doc):
            return ()
        values = doc.to_array([ORTH, NORM, LOWER])
        present = {ORTH: set(values[:, 0].tolist()), NORM: set(values[:, 1].tolist()),
                   LOWER: set(values[:, 2].tolist())}
        return tuple(i for i, (_, _, needs) in enumerate(self._patterns)
                     if all(not words.isdisjoint(present[attr]) for attr, words in needs))

    def _matcher(self, chosen: tuple[int, ...]) -> Matcher:
        matcher = self._matchers.get(chosen)
        if matcher is not None:
            self._matchers.move_to_end(chosen)
            return matcher
        matcher = Matcher(self.vocab, validate=False)  # checked in add(), before the tests became flags
        by_key: dict[str, list[Pattern]] = {}
        for i in chosen:
            key, pattern, _ = self._patterns[i]
            by_key.setdefault(key, []).append(pattern)
        for key, patterns in by_key.items():  # keys in the order they were added, so the patterns keep theirs
            matcher.add(key, patterns, greedy=self._greedy[key])
        self._matchers[chosen] = matcher
        if len(self._matchers) > CACHED:
            self._matchers.popitem(last=False)
        return matcher
