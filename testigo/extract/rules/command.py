"""Idioms of command: who decides in a group is its leader.

"X makes the decisions in G", "X calls the shots in G", "X gives the orders in G", "X pulls the strings
at G": leader_of(X, G); with no group named ("X calls the shots"), the group the text is about in this
sentence or the one before.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects, topic

__all__ = ["command_rules"]

PERSON = ("person",)
# The verb and the object noun of each idiom.
IDIOMS = {"make": ("decision",), "call": ("shot",), "give": ("order",), "pull": ("string",)}
PLACES = ("in", "within", "at", "inside", "for")


@starts(lemmas=tuple(IDIOMS))
def _makes_decisions(frame: Frame, token: Token) -> None:
    """'X makes the decisions in G' / 'X calls the shots in the cartel': X leads G."""
    nouns = IDIOMS.get(token.lemma_.lower())
    if token.pos_ != "VERB" or nouns is None:
        return
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns and c.tag_ == "NNS"
               and any(d.lower_ == "the" for d in c.children)]
    if not objects:
        return
    places = [o for p in PLACES for h in (token, objects[0]) for o in prep_objects(h, p)]
    groups = [r for o in places for r in parties(frame, o, GROUP)]
    if not groups and not places:
        group = topic(frame, token, GROUP)
        groups = [group] if group is not None else []
    subject = subject_of(token)
    if subject is not None and subject.lower_ in ("who", "that"):
        subject = next((v.head for v in [token, *token.ancestors] if v.dep_ == "relcl"), None)
    for person in parties(frame, subject, PERSON) if subject is not None else []:
        for group in groups:
            frame.emit("leader_of", person, group, token, "leader_of.makes_decisions.v1")


# The command rules (rules/dispatch.py: each runs where its trigger can match).
command_rules = RuleSet(_makes_decisions)
