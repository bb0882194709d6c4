"""Ground won from and lost to another group: rivals.

- "X is trying to wrest (take, seize) the port from Y", "X took control of P from Y" (rival_of X, Y);
- "X has lost ground (the port, its routes) to Y" (rival_of X, Y);
- "X moved into (pushed into, made inroads into) territory held by Y", "X encroached on Y's turf" (rival_of X, Y).

Only with ground as the object: a place, or a noun of turf (stake_nouns, 'ground', 'control'); "X took cocaine from
Y" or "X lost money to Y" is no rivalry.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.alignment import _subjects
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import _pairs
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects

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


ALLIES = frozenset(load_patterns("ties")["ally_partner_nouns"])
HOLDING_VERBS = frozenset({"hold", "control", "run", "claim", "dominate", "own", "rule"})


def _holders(frame: Frame, ground: Token) -> list[Ref]:
    """Who holds the ground: 'Y's turf', 'territory held (controlled) by Y', 'the stronghold of Y'; none when the
    holder is called a friend ('territory held by its ally, Y')."""
    if any(t.lower_ in ALLIES for t in ground.subtree):
        return []
    holders = [r for c in ground.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]
    holders += [r for c in ground.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_VERBS
                for o in agent_objects(c) for r in parties(frame, o, GROUP)]
    return holders + [r for o in prep_objects(ground, "of") for r in parties(frame, o, GROUP)]


@starts(lemmas=(relations("entering_verbs"),))
def _moved_into(frame: Frame, token: Token) -> None:
    """'X moved into territory held by Y', 'X made inroads into Y's turf', 'X encroached on Y's plaza': rivals."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("entering_verbs"):
        return
    heads = [token, *(c for c in token.children if c.dep_ == "dobj" and c.lower_ == "inroads")]
    ground = [o for h in heads for p in ("into", "on", "onto") for o in prep_objects(h, p)
              if o.lemma_.lower() in frame.lexicon("stake_nouns", "ground_nouns")]
    holders = [r for g in ground for r in _holders(frame, g)]
    if holders:
        _pairs(frame, "rival_of", _subjects(frame, token), holders, token, "rival_of.moved_into.v1")


ground_rules = RuleSet(_wrested_from, _lost_to, _moved_into)
