"""Groups a plural noun lists as sides against each other: "the cartel split into two warring camps: A
and B", "three rival factions: A, B and C", "two feuding gangs, A and B" (rival_of each pair).

The modifier says the sides are at odds with one another, not with a third group: "warring" and
"feuding" do so on any group noun; "rival" only on parts of one group (faction_nouns, camp_nouns),
since "X fought two rival gangs, A and B" may set A and B against X alone.

"A and B were at each other's throats": a noun after 'at' owned by 'each other' (reciprocal_hostile_nouns)
sets the subjects against each other.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import _each_other
from testigo.extract.rules.phrases import GROUP, after_colon, parties

__all__ = ["warring_rules"]


@starts(lemmas=(relations("collective_nouns", "faction_nouns", "camp_nouns"),))
def _warring_sides(frame: Frame, token: Token) -> None:
    """'warring camps: A and B', 'rival factions, A and B': each pair of the groups listed are rivals."""
    if token.tag_ not in ("NNS", "NNPS"):
        return
    modifiers = {c.lower_ for c in token.children if c.dep_ == "amod"}
    parts = frame.lexicon("faction_nouns", "camp_nouns")
    if not modifiers & frame.lexicon("warring_modifiers") and not (
            modifiers & frame.lexicon("rival_part_modifiers") and token.lemma_.lower() in parts):
        return
    sides = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, GROUP)]
    sides = sides or after_colon(frame, token, GROUP)
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "into" else token
    trigger = verb if verb.lemma_.lower() in frame.lexicon("split_verbs") else token  # "split into ...": its date
    for a, b in combinations(sides, 2):
        if a.entity_id != b.entity_id:
            frame.emit("rival_of", a, b, trigger, "rival_of.warring_sides.v1")


@starts(words=(relations("reciprocal_hostile_nouns"),))
def _at_each_others(frame: Frame, token: Token) -> None:
    """'A and B were at each other's throats', 'A and B, which have been at one another's throats': rivals."""
    if token.lower_ not in frame.lexicon("reciprocal_hostile_nouns") or token.dep_ != "pobj" \
            or token.head.lower_ != "at" or token.head.head.pos_ not in ("VERB", "AUX"):
        return
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    near = {w.lower_ for w in token.doc[max(owner.i - 1, 0):owner.i + 1]} if owner is not None else set()
    if near in ({"each", "other"}, {"one", "another"}):
        _each_other(frame, token.head.head)


warring_rules = RuleSet(_warring_sides, _at_each_others)
