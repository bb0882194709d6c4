"""Founders named through a unit that later took a name.

"X put together a unit of hired gunmen. The unit later became known as G" / "he built an armed wing
of former soldiers. That wing became known as G": X founded G. The noun that became the group ('the
unit', 'that wing') is the object of a verb of making in this sentence or the one before, and the
one who made it is that verb's subject. "Founded by the X brothers" and "an affiliate that he founded"
are read with the other founding verbs in leadership.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects

__all__ = ["founding_rules"]

PERSON = ("person",)
# Verbs of making a body of men: "put together", "built", "formed", "set up", "raised", "created".
MAKING = frozenset({"put", "build", "form", "set", "raise", "create", "assemble", "organise", "organize",
                    "establish", "recruit", "found", "start"})
PARTICLES = {"put": "together", "set": "up"}


@starts(lemmas=("know", "call", "name"))
def _unit_became_known(frame: Frame, token: Token) -> None:
    """'The unit later became known as G': the maker of the unit the text just told of founded G."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("know", "call", "name") \
            or not any(c.lemma_.lower() == "become" or c.lower_.startswith("bec") for c in token.children):
        return
    groups = [r for o in prep_objects(token, "as") for r in parties(frame, o, GROUP)]
    unit = next((c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    named = frame.ref(unit) if unit is not None else None  # 'the unit' may already stand for G
    if not groups or unit is None or unit.pos_ != "NOUN" or named is not None and named.entity_id not in {
            g.entity_id for g in groups}:
        return
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in unit.children):
        return  # "a unit became known as G" tells of no unit made before
    start = token.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    made = [t for t in token.doc[start:unit.i] if t.dep_ == "dobj" and t.lemma_ == unit.lemma_
            and _making(t.head)]
    if not made:
        return
    verb = made[-1].head
    maker = subject_of(verb)
    for person in parties(frame, maker, PERSON) if maker is not None else []:
        for group in groups:
            frame.emit("founder_of", person, group, token, "founder_of.unit_became_known.v1")


def _making(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in MAKING:
        return False
    particle = PARTICLES.get(lemma)
    return particle is None or any(c.lower_ == particle for c in verb.children)


# The founding rules (rules/dispatch.py: each runs where its trigger can match).
founding_rules = RuleSet(_unit_became_known)
