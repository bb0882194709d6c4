"""A bare role said of a person, of the one group the text has in hand: 'Los X ran the hills for a decade.
The boss was A.', 'A was the leader.', 'He is usually described as the founder.' The role noun names no
group ('the boss', not 'the boss of G', "G's boss", 'the plaza boss'); the group is the only one named in
its sentence and the two before. With two groups there, or none, no claim: the sentence could be about
either, or about something else (a company, a police force).
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import GROUP, parties
from testigo.extract.rules.roles import role, role_title

__all__ = ["group_in_hand_rules"]

PERSON = ("person",)
SENTENCES = 2  # how far back the group in hand may be named
DESCRIBING = frozenset({"describe", "regard", "consider", "see", "know", "identify", "name", "view"})


def _bare(noun: Token) -> bool:
    """'the boss', 'the undisputed leader': a definite role noun with no word saying whose."""
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return dets == ["the"] and noun.tag_ == "NN" and all(
        c.dep_ in ("det", "amod") and c.pos_ in ("DET", "ADJ") for c in noun.children)


def _bearers(frame: Frame, noun: Token) -> list[Ref]:
    """The people a bare role is said of: 'The boss was A', 'A was the boss', 'A is described as the founder'."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be":
        return [r for c in verb.children if c.dep_ == "attr" for r in parties(frame, c, PERSON)]
    if noun.dep_ == "attr" and verb.lemma_ == "be":
        return [r for c in verb.children if c.dep_ == "nsubj" for r in parties(frame, c, PERSON)]
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in DESCRIBING:
        return [r for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj") for r in parties(frame, c, PERSON)]
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_.lower() in DESCRIBING:  # 'regard A as the founder', 'as' hung on A
        return parties(frame, verb.head, PERSON)
    return []


def _group_in_hand(frame: Frame, noun: Token) -> Ref | None:
    """The one group named in the noun's sentence and the SENTENCES before it, or None."""
    start = noun.sent.start
    for _ in range(SENTENCES):
        start = noun.doc[start - 1].sent.start if start > 0 else start
    groups = {r.entity_id: r for r in frame.refs_in(noun.doc[start:noun.sent.end], *GROUP, names=True)}
    return next(iter(groups.values())) if len(groups) == 1 else None


@starts(lemmas=(relations("leader_nouns", "founder_nouns"),))
def _role_in_hand(frame: Frame, token: Token) -> None:
    """'The boss was A' after a sentence about G: A leads G."""
    if token.pos_ != "NOUN" or not _bare(token):
        return
    predicate = role(frame, token)
    if predicate not in ("leader_of", "founder_of"):
        return
    people = _bearers(frame, token)
    group = _group_in_hand(frame, token) if people else None
    for person in people if group is not None else []:
        frame.emit(predicate, person, group, token, f"{predicate}.group_in_hand.v1", title=role_title(token))


group_in_hand_rules = RuleSet(_role_in_hand)
