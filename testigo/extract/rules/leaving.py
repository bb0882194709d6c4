"""Leaving a group: membership, or a group's place in a coalition, denied by the verb itself.

"X quit G", "X is said to have left the group years ago", "X defected from G", "X broke away from
G", "X, who split from G in 2016": X is no longer a member of G (member_of with negative polarity;
the clause's hedge is the claim's certainty and its teller the source). "X never left G" turns the
negation over: X is a member. "X defected from G to H": X joined H. A group that quits, leaves or
withdraws from another is no longer part of it (faction_of, negative); a group that breaks away or
splits from another is a splinter of it, which events._split reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import GROUP, parties, prep_objects

__all__ = ["leaving_rules"]

PERSON = ("person",)
RELATIVES = ("who", "which", "that")
COMPLEMENTS = ("oprd", "acomp", "ccomp")  # "the death left the group divided": no one left anything
DROPPED = frozenset({"there", "aside", "alone"})  # 'leave it there': nobody leaves a group


def _left(frame: Frame, verb: Token) -> list[Ref]:
    """The groups a leaving verb names: its object ('quit G') or what it leaves from ('defected from G',
    'broke away from G', 'dropped out of G', 'broke with G')."""
    if verb.lemma_.lower() in frame.lexicon("leaving_verbs"):
        return [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    objects = prep_objects(verb, "from") + (prep_objects(verb, "with") if verb.lemma_.lower() == "break" else [])
    for particle in verb.children:  # "broke away from G", "dropped out of G"
        if particle.lower_ in ("away", "out", "off") and particle.dep_ in ("prt", "advmod", "prep"):
            objects += [o for p in particle.children if p.lower_ in ("from", "of") for o in p.children
                        if o.dep_ == "pobj"] + [o for o in particle.children if o.dep_ == "pobj"]
    return [r for o in objects for r in parties(frame, o, GROUP)]


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the verb it completes ('X is said to have left G') or is
    conjoined to ('X joined G in 2005 and left it in 2010'); never the subject of a clause it only
    modifies ('G emerged after the death of Y left the organisation divided')."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return verb.head if subject.lower_ in RELATIVES and verb.dep_ == "relcl" else subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _leavers(frame: Frame, verb: Token, kinds: tuple[str, ...]) -> list[Ref]:
    subject = _subject(verb)
    return parties(frame, subject, kinds) if subject is not None else []


def _left_in_a_state(verb: Token) -> bool:
    """'left the organisation divided', 'left G weakened': a result, not a departure; 'I'll leave it there', 'leave
    that aside': a topic dropped."""
    return any(c.dep_ in COMPLEMENTS or c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VBN", "JJ")
               and not any(a.lower_ == "to" for a in c.children)
               or c.dep_ in ("advmod", "prt") and c.lower_ in DROPPED for c in verb.children)


@starts(lemmas=(relations("leaving_verbs", "leaving_from_verbs"),))
def _left_group(frame: Frame, token: Token) -> None:
    """'X quit G' / 'X is said to have left the group' / 'X defected from G (to H)'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("leaving_verbs", "leaving_from_verbs"):
        return
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or _left_in_a_state(token):
        return  # "G was abandoned by X", "left G divided"
    people = _leavers(frame, token, PERSON)
    members = [] if people or lemma in frame.lexicon("split_verbs") else _leavers(frame, token, GROUP)
    if not people and not members:
        return  # a group breaking away from another is a splinter (events._split)
    groups = _left(frame, token)
    for person in people:
        for group in groups:
            frame.emit("member_of", person, group, token, f"member_of.{lemma}_group.v1", negated=True)
        for joined in [r for o in prep_objects(token, "to") for r in parties(frame, o, GROUP)]:
            if lemma in frame.lexicon("defecting_verbs") and joined not in groups:
                frame.emit("member_of", person, joined, token, "member_of.defected_to.v1")
    for member in members:
        for group in groups:
            frame.emit("faction_of", member, group, token, f"faction_of.{lemma}_group.v1", negated=True)


# Every leaving rule, in order (rules/dispatch.py: each runs where its trigger can match).
leaving_rules = RuleSet(
    _left_group,
)
