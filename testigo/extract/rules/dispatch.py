"""Rule dispatch: a rule runs only at the tokens that can start it.

A rule is a function ``rule(frame, token) -> None`` that returns at once at most tokens. A rule
family is a :class:`RuleSet`: its rules in a fixed order (the order matters, since the first rule
to make a claim names it). ``run_rules`` calls every family at every content token; the family
then calls only those of its rules whose trigger the token can match.

How a rule declares its trigger, with ``@starts(...)`` on the rule function::

    @starts(lemmas=(relations("kidnap_verbs"),))        # token.lemma_.lower() in that list
    @starts(lemmas=("take", "assume"), pos=("NOUN",))   # or literal words; or any noun
    @starts(words=(lambda: _leading_forms(),))          # token.lower_ in what the function returns
    @starts(refs=("person",))                           # the token is in a person's reference

The rule may start where ANY of the declared conditions holds: ``lemmas`` (the lower-cased
lemma), ``words`` (the lower-cased text), ``pos`` (the coarse part of speech) or ``refs`` (the
kind of the entity reference the token is part of). Each entry of ``lemmas`` and ``words`` is a
word, or a function of no arguments giving words, called once on first use: read a word list
through :func:`relations` (patterns/relations.yaml) or the module's own cached loader, so that a
word added to the data is a trigger at once. The declaration must cover every token at which the
rule can do anything (make a claim, or note an echo on the frame); the rule keeps its own checks.
When you widen a rule's own checks (a new word, a new part of speech), widen its ``@starts`` too,
or drop the declaration: an undeclared rule is never skipped.

A rule with no ``@starts`` runs at every token, so a rule added without a declaration is never
skipped. A RuleSet may hold another: its rules are chosen by their own triggers, in its place.
tests/extract/test_dispatch.py checks, on every test article, that no rule a family skips would
have made a claim there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from testigo.extract.lexicon import load_patterns

if TYPE_CHECKING:
    from testigo.extract.frame import Frame

__all__ = ["RuleSet", "Trigger", "relations", "starts", "token_key", "token_keys"]

Rule = Callable[["Frame", Token], None]
Words = str | Callable[[], Iterable[str]]
KEYS_KEPT = 200_000  # whole keys kept per RuleSet before it starts again (a long stream of documents)
Key = tuple[str, str, str, str]  # pos, lower-cased lemma, lower-cased text, kind of entity reference ("" if none)


@dataclass(frozen=True)
class Trigger:
    """The tokens a rule may start at: any of these lemmas, words, parts of speech or reference kinds."""

    lemmas: tuple[Words, ...] = ()
    words: tuple[Words, ...] = ()
    pos: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()


def starts(*, lemmas: Iterable[Words] = (), words: Iterable[Words] = (), pos: Iterable[str] = (),
           refs: Iterable[str] = ()) -> Callable[[Rule], Rule]:
    """Declare where a rule may start (see the module docstring); the rule itself is unchanged."""
    trigger = Trigger(tuple(lemmas), tuple(words), tuple(pos), tuple(refs))

    def mark(rule: Rule) -> Rule:
        rule.trigger = trigger  # type: ignore[attr-defined]
        return rule

    return mark


def relations(*names: str) -> Callable[[], frozenset[str]]:
    """The words of these patterns/relations.yaml lists (a mapping's keys), read when first needed."""
    return lambda: _relations(names)


@cache
def _relations(names: tuple[str, ...]) -> frozenset[str]:
    data = load_patterns("relations")
    return frozenset(word for name in names for word in data[name])


def _words(entries: tuple[Words, ...]) -> frozenset[str]:
    return frozenset(w for entry in entries for w in ((entry,) if isinstance(entry, str) else entry()))


def token_key(frame: Frame, token: Token) -> Key:
    """What dispatch reads of a token, read once per token by ``run_rules``."""
    ref = frame.ents.ref_at(token.i)
    return token.pos_, token.lemma_.lower(), token.lower_, ref.kind if ref is not None else ""


def token_keys(frame: Frame, indexes: list[int], pos: list[str], lemma: list[str], lower: list[str]) -> list[Key]:
    """``token_key`` of the tokens at ``indexes``, from the document's words already read as arrays (each
    token's part of speech, lower-cased lemma and lower-cased text: rules._words)."""
    ref_at = frame.ents.ref_at
    return [(pos[i], lemma[i], lower[i], ref.kind if (ref := ref_at(i)) is not None else "") for i in indexes]


class RuleSet:
    """A family of rules run in order at one token; each only where its trigger can match.

    With ``frame.key`` unset (None) every rule runs at every token: dispatch off.
    """

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules
        self._table: tuple[frozenset[str], ...] | None = None
        self._triggers: list[tuple[frozenset[str], ...] | None] = []
        self._chosen: dict[Key, tuple[Rule, ...]] = {}
        self._by_key: dict[Key, tuple[Rule, ...]] = {}  # the whole key -> the rules its short key chose

    def __call__(self, frame: Frame, token: Token) -> None:
        current = frame.key
        if current is None:
            for rule in self.rules:
                rule(frame, token)
            return
        i, key = current
        if i != token.i:  # called at another token than run_rules is at
            key = token_key(frame, token)
        for rule in self.at(key):
            rule(frame, token)

    def at(self, key: Key) -> tuple[Rule, ...]:
        """The rules that may start at a token with this key, in order (kept per key as met: one look-up)."""
        chosen = self._by_key.get(key)
        if chosen is not None:
            return chosen
        if len(self._by_key) > KEYS_KEPT:
            self._by_key.clear()
        if self._table is None:
            self._build()
        pos_, lemmas, words, refs = self._table  # type: ignore[misc]
        pos, lemma, lower, kind = key
        short = (pos if pos in pos_ else "", lemma if lemma in lemmas else "", lower if lower in words else "",
                 kind if kind in refs else "")
        chosen = self._chosen.get(short)
        if chosen is None:
            chosen = self._chosen[short] = self._choose(short)
        self._by_key[key] = chosen
        return chosen

    def _choose(self, key: Key) -> tuple[Rule, ...]:
        chosen: list[Rule] = []
        for rule, trigger in zip(self.rules, self._triggers, strict=True):
            if isinstance(rule, RuleSet):
                chosen += rule.at(key)  # a nested family's own choice, in its place
            elif trigger is None or _matches(trigger, key):
                chosen.append(rule)
        return tuple(chosen)

    def _build(self) -> None:
        triggers: list[tuple[frozenset[str], ...] | None] = []
        for rule in self.rules:
            trigger: Trigger | None = getattr(rule, "trigger", None)
            if trigger is None or isinstance(rule, RuleSet):
                triggers.append(None)  # undeclared: runs at every token
            else:
                triggers.append((frozenset(trigger.pos), _words(trigger.lemmas), _words(trigger.words),
                                 frozenset(trigger.refs)))
        self._triggers = triggers
        tables = [t for t in triggers if t is not None]
        for rule in self.rules:
            if isinstance(rule, RuleSet):
                rule.at(("", "", "", ""))  # builds its table
                tables.append(rule._table)  # type: ignore[arg-type]
        self._table = tuple(frozenset().union(*(t[n] for t in tables)) for n in range(4))


def _matches(trigger: tuple[frozenset[str], ...], key: Key) -> bool:
    return any(part and part in values for part, values in zip(key, trigger, strict=True))
