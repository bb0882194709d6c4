"""A side told in a phrase that opens the sentence: "Backed by Y, X took the port", "Allied with Y, X ...", "With the
help of Y, X ..." (ally_of X, Y).

The parser often takes the subject X for an apposition to Y ("Y, X"); the rule reads the name set right after the
comma that closes the opening phrase as the subject when the main verb has none of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.groups import _pairs
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects

__all__ = ["fronted_rules"]

TIES = load_patterns("ties")
BACKING_NOUNS = frozenset(TIES["backing_nouns"]) | {"alliance", "partnership", "blessing"}


FRONT_PARTICIPLES = frozenset({"allied", "aligned", "backed", "supported", "armed", "financed", "funded", "protected",
                               "sponsored", "bankrolled", "shielded", "helped", "aided", "assisted", "reinforced",
                               "supplied"})


@starts(words=(lambda: FRONT_PARTICIPLES,), lemmas=(lambda: BACKING_NOUNS,))
def _fronted_backing(frame: Frame, token: Token) -> None:
    """'Backed by Y, X took the port', 'Allied with Y, X ...', 'With the help (backing, support) of Y, X ...'."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in BACKING_NOUNS and token.dep_ == "pobj" \
            and token.head.lower_ == "with" and token.head.i == token.sent.start:
        opener = token.head  # "With the help of Y, X ...": 'with' starts no rule (rules/__init__.py), its noun does
        helpers = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
        helpers += [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
    elif token.i == token.sent.start and token.tag_ == "VBN" and token.lower_ in FRONT_PARTICIPLES:
        opener = token
        helpers = [r for o in agent_objects(token) + prep_objects(token, "with") for r in parties(frame, o, GROUP)]
    else:
        return
    if helpers:
        backed = _subject_after(frame, opener)
        _pairs(frame, "ally_of", backed, [h for h in helpers if all(h.entity_id != b.entity_id for b in backed)],
               token, "ally_of.fronted_backing.v1")


def _subject_after(frame: Frame, opener: Token) -> list[Ref]:
    """The groups the main clause after the opening phrase is said of: its verb's subject, or the name right after
    the phrase's closing comma when the parser hung it on the phrase as an apposition."""
    verb = next((a for a in opener.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if subjects:
        return [r for s in subjects for r in parties(frame, s, GROUP)]
    comma = next((t for t in opener.subtree if t.text == "," and t.i > opener.i), None)
    if comma is None or comma.i + 1 >= len(opener.doc):
        return []
    ref = frame.ref(opener.doc[comma.i + 1], *GROUP) or (
        frame.ref(opener.doc[comma.i + 2], *GROUP) if opener.doc[comma.i + 1].lower_ == "the" else None)
    return [ref] if ref is not None and ref.span.root.dep_ == "appos" else []


fronted_rules = RuleSet(_fronted_backing)
