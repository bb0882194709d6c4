"""Idioms of command: who decides in a group is its leader.

"X makes the decisions in G", "X calls the shots in G", "X gives the orders in G", "X pulls the strings
at G": leader_of(X, G); with no group named ("X calls the shots"), the group the text is about in this
sentence or the one before, and for several people ("Both give the orders") the one group each was said to lead.

"Under the command of" (command_nouns of patterns/relations.yaml): what is under someone's command,
leadership or control, named by "of", a possessor or a modifier ("under X's orders", "under CJNG
control"), by kind of each end: a group under a person is led by him (leader_of), a group under a group
is its faction, a person under a group's command or orders is its member, a place under a group's
control or rule is where it operates. A group under a person named with no command noun ('G emerged under
X', 'Under X, G expanded') is led by him too.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects, told_group, topic

__all__ = ["command_rules"]

PERSON = ("person",)
# The verb and the object noun of each idiom.
IDIOMS = {"make": ("decision",), "call": ("shot",), "give": ("order",), "pull": ("string",)}
PLACES = ("in", "within", "at", "inside", "for")
OWNERS = ("person", "criminal_group")
HELD = ("criminal_group", "person", "place")
RELATIVES = ("who", "which", "that")


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
    people = parties(frame, subject, PERSON) if subject is not None else []
    for person in people:
        # 'A leads G and B heads H. Both still give the orders': with no group named, each of several people gives
        # the orders in the one group the text has said he leads; none for one who leads none or two
        for group in told_group(frame, token, [person], ("leader_of", "founder_of")) \
                if len(people) > 1 and not places else groups:
            frame.emit("leader_of", person, group, token, "leader_of.makes_decisions.v1")


@starts(lemmas=(relations("command_nouns"),))
def _under_command(frame: Frame, token: Token) -> None:
    """'G remains under the command of X', 'a cell under X's orders', 'P is under CJNG control'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "under" \
            or lemma not in frame.lexicon("command_nouns"):
        return
    owners = [r for c in token.children if c.dep_ in ("poss", "compound", "nmod") for r in parties(frame, c, OWNERS)]
    owners += [r for o in prep_objects(token, "of") for r in parties(frame, o, OWNERS)]
    if not owners:
        return
    holder = token.head.head
    said = holder if holder.pos_ in ("VERB", "AUX") else token  # "is no longer under": the verb's clause
    for held in _held(frame, holder):
        for owner in owners:
            predicate = _predicate(frame, lemma, held.kind, owner.kind)
            if predicate is None:
                continue
            ends = (owner, held) if predicate in ("leader_of", "operates_in") else (held, owner)
            frame.emit(predicate, *ends, said, f"{predicate}.under_command.v1")


# Verbs of a group's service under someone ('G worked under X', 'G operated under X'): X is no leader named by it.
SERVING = frozenset({"work", "operate", "serve", "answer", "fight", "report"})


@starts(refs=PERSON)
def _under_person(frame: Frame, token: Token) -> None:
    """'G emerged under X and Y', 'Under X, G expanded', 'the G cartel under X': a group under a person named
    there is led by the person (not 'G worked under X', a service; nor 'under President X', an office; nor
    'A paid B under X', where 'under' may belong to either group). 'G, which under X had become ...' may be
    parsed with 'under' for the relative clause's verb: G is what it is said of."""
    under = token.head
    if token.dep_ != "pobj" or under.lower_ != "under" or frame.name(token, *PERSON) is None:
        return
    relative = under.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in under.children)
    if under.dep_ != "prep" and not relative:
        return
    titles = frame.lexicon("official_titles", "state_offices")
    if token.doc[max(token.left_edge.i - 1, 0)].lower_ in titles \
            or any(c.dep_ == "compound" and c.lower_ in titles for c in token.children):
        return
    holder = under.head
    if holder.lemma_.lower() in SERVING or any(c.dep_ == "dobj" and parties(frame, c, GROUP) for c in holder.children):
        return  # 'A paid B under X': whose leader X is, the parse cannot tell ('G built an armed wing under X': G's)
    said = holder if holder.pos_ in ("VERB", "AUX") else under
    for group in (r for r in _held(frame, holder) if r.kind == "criminal_group"):
        for person in parties(frame, token, PERSON):
            frame.emit("leader_of", person, group, said, "leader_of.under_person.v1")


def _held(frame: Frame, holder: Token) -> list[Ref]:
    """What 'under ...' is said of: the subject of the verb it hangs from ('much of P is under'), or the
    noun it hangs from ('a cell under the command of X')."""
    if holder.pos_ in ("VERB", "AUX"):
        subject = subject_of(holder)
        if subject is not None and subject.lower_ in RELATIVES:
            subject = next((v.head for v in [holder, *holder.ancestors] if v.dep_ == "relcl"), None)
        if subject is None:
            return []
        holder = subject
    if holder.lemma_.lower() in frame.lexicon("part_words"):
        return [r for o in prep_objects(holder, "of") for r in parties(frame, o, HELD)]
    return parties(frame, holder, HELD)


def _predicate(frame: Frame, lemma: str, held: str, owner: str) -> str | None:
    if held == "criminal_group":
        return "leader_of" if owner == "person" else "faction_of"
    if held == "person" and owner == "criminal_group" and lemma in frame.lexicon("person_command_nouns"):
        return "member_of"
    if held == "place" and owner == "criminal_group" and lemma in frame.lexicon("place_command_nouns"):
        return "operates_in"
    return None


# The command rules (rules/dispatch.py: each runs where its trigger can match).
command_rules = RuleSet(_makes_decisions, _under_command, _under_person)
