"""operates_in from phrasings the presence rules of events.py miss.

- a group's hold on a place named by "of": "its stronghold of P", "X's territory of P";
- a place before "-based": "the P-based X";
- what a group keeps somewhere: "X has cells in P and Q", "X maintains safe houses in P", "holds sway over P";
- a group's base as subject: "its stronghold is P", "X, whose stronghold is P";
- a territory that includes places: "X's territory includes P";
- the dominant group of a place: "X is the dominant group in P".
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, its_group, parties, prep_objects

__all__ = ["presence_rules"]

PLACES = ("place", "country")
RELATIVES = ("who", "which", "that")


def _owners(frame: Frame, noun: Token) -> list[Ref]:
    """The groups owning a noun: 'X's stronghold', 'its stronghold', 'the stronghold of X'."""
    owners: list[Ref] = []
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ in ("its", "their"):
            group = its_group(frame, child) or _clause_subject(frame, noun)
            owners += [group] if group is not None else []
        else:
            owners += parties(frame, child, GROUP)
    return owners


def _clause_subject(frame: Frame, noun: Token) -> Ref | None:
    """'X retreated to its stronghold': a group's own places are its subject's (its_group leaves out
    the clause's own subject, which suits 'its rival' but not 'its stronghold')."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    groups = _subject_groups(frame, verb) if verb.pos_ in ("VERB", "AUX") else []
    return groups[0] if len(groups) == 1 else None


def _subject_groups(frame: Frame, verb: Token) -> list[Ref]:
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    return parties(frame, subject, GROUP) if subject is not None else []


def _emit(frame: Frame, groups: list[Ref], places: list[Ref], trigger: Token, rule: str) -> None:
    for group in groups:
        for place in places:
            frame.emit("operates_in", group, place, trigger, rule)


@starts(lemmas=(relations("operates_nouns"),))
def _stronghold_of(frame: Frame, token: Token) -> None:
    """'its stronghold of Matamoros', "the cartel's home turf of P"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    places = [r for o in prep_objects(token, "of") for r in parties(frame, o, PLACES)]
    if places:
        _emit(frame, _owners(frame, token), places, token, "operates_in.stronghold_of.v1")


@starts(lemmas=("base",))
def _place_based(frame: Frame, token: Token) -> None:
    """'the Tamaulipas-based Gulf Cartel'."""
    if token.lemma_.lower() != "base" or token.dep_ != "amod":
        return
    places = [r for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod")
              for r in parties(frame, c, PLACES)]
    _emit(frame, parties(frame, token.head, GROUP), places, token, "operates_in.place_based.v1")


@starts(lemmas=(relations("holding_nouns"),))
def _holdings(frame: Frame, token: Token) -> None:
    """'X has cells in P and Q', 'X maintains safe houses in P', 'X runs laboratories in P'."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.lemma_.lower() not in frame.lexicon("holding_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() not in frame.lexicon("keeping_verbs"):
        return
    objects = [o for h in (token, verb) for p in ("in", "across", "over", "on", "from", "to")
               for o in prep_objects(h, p)]
    objects += [t for o in objects for t in prep_objects(o, "to") + prep_objects(o.head, "to")]  # "from P to Q"
    places = [r for o in objects for r in parties(frame, o, PLACES)]
    _emit(frame, _subject_groups(frame, verb), places, token, "operates_in.holdings.v1")


@starts(lemmas=(relations("operates_nouns"),))
def _stronghold_is(frame: Frame, token: Token) -> None:
    """'Its stronghold is Brooklyn' / 'X, whose stronghold is P' / "the gang's base is P"."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() not in ("be", "remain"):
        return
    places = [r for c in verb.children if c.dep_ == "attr" for r in parties(frame, c, PLACES)]
    owners = _owners(frame, token)
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and verb.dep_ == "relcl":
        owners = parties(frame, verb.head, GROUP)
    _emit(frame, owners, places, token, "operates_in.stronghold_is.v1")


@starts(lemmas=(relations("operates_nouns"),))
def _territory_includes(frame: Frame, token: Token) -> None:
    """"X's territory includes P and Q", 'its turf stretches across P'."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() not in frame.lexicon("including_verbs"):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in ("across", "through", "over", "into") for o in prep_objects(verb, p)]
    places = [r for o in objects for r in parties(frame, o, PLACES)]
    _emit(frame, _owners(frame, token), places, token, "operates_in.territory_includes.v1")


@starts(lemmas=(relations("collective_nouns"),))
def _dominant_group(frame: Frame, token: Token) -> None:
    """'X is the dominant group in P', 'X remains the strongest cartel in P'."""
    if token.pos_ != "NOUN" or token.dep_ != "attr" or token.lemma_.lower() not in frame.lexicon("collective_nouns"):
        return
    if not any(c.dep_ == "amod" and c.lemma_.lower() in frame.lexicon("dominance_words") for c in token.children):
        return
    places = [r for o in prep_objects(token, "in") + prep_objects(token, "across")
              for r in parties(frame, o, PLACES)]
    _emit(frame, _subject_groups(frame, token.head), places, token, "operates_in.dominant_group.v1")


# Every presence rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
presence_rules = RuleSet(
    _stronghold_of, _place_based, _holdings, _stronghold_is, _territory_includes, _dominant_group,
)
