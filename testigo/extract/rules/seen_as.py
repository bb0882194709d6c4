"""A group's own view of another: "X sees Y as its main rival", "X counts Y among its allies".

The noun of the side (rival_people_nouns: rival_of; ally_partner_nouns: ally_of) follows 'as' or 'among' on a verb of
regarding (regarding_verbs), owned by 'its'/'their' (the verb's subject) or by a group named ("X regards Y as
Z's ally"); the verb's object is the other side. Not "X sees Y as a threat" (no side noun), nor "its former
ally".
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.alignment import _subjects
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import _pairs
from testigo.extract.rules.phrases import GROUP, parties

__all__ = ["seen_as_rules"]

PAST = frozenset({"former", "old", "erstwhile", "one-time", "ex"})
ALLIES = frozenset(load_patterns("ties")["ally_partner_nouns"])


@starts(words=(relations("rival_people_nouns"), lambda: ALLIES))
def _seen_as(frame: Frame, token: Token) -> None:
    """'X sees Y as its main rival', 'X counts Y among its allies', 'X regards Y as its enemy'."""
    rival = token.lower_ in frame.lexicon("rival_people_nouns")
    if not rival and token.lower_ not in ALLIES or token.pos_ != "NOUN" or token.dep_ != "pobj" \
            or token.head.lower_ not in ("as", "among"):
        return
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in frame.lexicon("regarding_verbs") \
            or any(c.lower_ in PAST for c in token.children):
        return
    owners = [c for c in token.children if c.dep_ == "poss"]
    if not owners:
        return
    holders = [r for c in owners if c.lower_ not in ("its", "their") for r in parties(frame, c, GROUP)]
    holders = holders or _subjects(frame, verb)
    others = [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    predicate = "rival_of" if rival else "ally_of"
    _pairs(frame, predicate, holders, [r for r in others if all(r.entity_id != h.entity_id for h in holders)],
           token, f"{predicate}.seen_as.v1")


seen_as_rules = RuleSet(_seen_as)
