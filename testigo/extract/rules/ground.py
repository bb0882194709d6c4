"""Ground won from and lost to another group: rivals.

- "X is trying to wrest (take, seize) the port from Y", "X took control of P from Y" (rival_of X, Y);
- "X has lost ground (the port, its routes) to Y" (rival_of X, Y).

Only with ground as the object: a place, or a noun of turf (stake_nouns, 'ground', 'control'); "X took cocaine from
Y" or "X lost money to Y" is no rivalry.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.alignment import _subjects
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import _pairs
from testigo.extract.rules.phrases import GROUP, parties, prep_objects

__all__ = ["ground_rules"]


def _ground(frame: Frame, verb: Token) -> list[Token]:
    """The verb's objects that name ground: a place ('the port of P', 'Tepic') or a noun of turf ('ground',
    'control of P', 'the plaza')."""
    objects = [w for c in verb.children if c.dep_ == "dobj" for w in [c, *c.conjuncts]]
    return [o for o in objects if o.lemma_.lower() in frame.lexicon("stake_nouns", "ground_nouns")
            or frame.ref(o, "place") is not None and frame.ref(o, *GROUP) is None]


@starts(lemmas=(relations("seizing_verbs"),))
def _wrested_from(frame: Frame, token: Token) -> None:
    """'X is trying to wrest the port from Y', 'X took control of P from Y': rivals."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("seizing_verbs"):
        return
    ground = _ground(frame, token)
    if not ground:
        return
    held = [o for g in ground for o in prep_objects(g, "of")]  # "took control of P from Y": 'from' hung on P
    losers = [r for h in [token, *ground, *held] for o in prep_objects(h, "from") for r in parties(frame, o, GROUP)]
    if losers:
        _pairs(frame, "rival_of", _subjects(frame, token), losers, token, "rival_of.wrested_from.v1")


@starts(lemmas=("lose", "cede"))
def _lost_to(frame: Frame, token: Token) -> None:
    """'X has lost ground (the port) to Y', 'X ceded the plaza to Y': rivals."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("lose", "cede"):
        return
    ground = _ground(frame, token)
    if not ground:
        return
    winners = [r for h in [token, *ground] for o in prep_objects(h, "to") for r in parties(frame, o, GROUP)]
    if winners:
        _pairs(frame, "rival_of", _subjects(frame, token), winners, token, "rival_of.lost_to.v1")


ground_rules = RuleSet(_wrested_from, _lost_to)
