"""Splits and breakaways between groups, and the place a split divides.

- a group led or taken out of another to form a new one: "X led a group out of G to form H",
  "X broke away from G to form H", "bosses walked out of G and formed H" (H faction_of G; X leads and
  founded H);
- a breakaway seen as a rival: "the breakaway was regarded by police as a rival syndicate" (rival_of the
  group it split from, the last split the text told);
- a place split between groups: "P has been split between two gangs, A and B" (both operate in P);
- a clan named as a family of a wider organisation: "X, which prosecutors described as the ruling family of
  G in P", "X is one of the families of G" (faction_of G);
- groups that work together to move a drug: "X worked with Y to ship cocaine to Europe", "X teamed up with Y to
  smuggle meth" (both traffic it; the alliance is read by groups.py);
- groups that together form one: "A, B and C formed G", "G, the cartel that the A and B clans formed" (each
  faction_of G);
- a group's national or local branch: "G's Serbian branch", "the G's Spanish wing" (a group of its own,
  faction_of G; "the head of G's Serbian branch" leads it, read by the role rules through
  :func:`branch_of`).
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.modality import as_verb
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects
from testigo.model import Alias, Entity

__all__ = ["branch_of", "split_rules"]

PERSON = ("person",)
PLACES = ("place", "country")
LEADING = ("lead", "take")  # "led (took) a group out of G"
LEAVING_PREPS = {"out": "of", "away": "from"}  # "out of G", "away from G"
DIVIDING = ("split", "divide", "partition", "carve", "dispute", "contest", "share")
BRANCHES = ("branch", "wing", "chapter", "division", "arm", "cell")
# Parts of a mafia named by the place they hold ("the mandamento of P", "the Cosa Nostra families of P"),
# and the words for a place's unit that may stand between ("of the province of P").
LOCAL_PARTS = frozenset({"mandamento", "family", "cosca", "locale", "mandamenti"})
PLACE_UNITS = frozenset({"province", "district", "town", "city", "municipality", "region", "area", "village"})


def _left_groups(frame: Frame, verb: Token) -> list[Ref]:
    """The group a verb of leaving leaves: 'out of G', 'away from G', 'from G'."""
    found: list[Ref] = []
    for child in verb.children:
        word = child.lower_
        if child.dep_ in ("prep", "prt", "advmod") and word in LEAVING_PREPS:
            objects = [o for p in child.children if p.lower_ == LEAVING_PREPS[word] for o in p.children
                       if o.dep_ == "pobj"] + [o for o in child.children if o.dep_ == "pobj"]
            objects += prep_objects(verb, LEAVING_PREPS[word])  # "broke away from G" with 'from' on the verb
            found += [r for o in objects for r in parties(frame, o, GROUP)]
    return list({r.entity_id: r for r in found}.values())


def _formed_groups(frame: Frame, verb: Token) -> tuple[Token, list[Ref]] | None:
    """The forming verb after a leaving verb ('to form H', 'and formed H') and the groups it forms,
    also 'to form what became known as H'."""
    forming = frame.lexicon("forming_verbs")
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.lemma_.lower() not in forming \
                or clause.pos_ != "VERB":
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        objects += [o for c in clause.children if c.dep_ == "ccomp" for p in c.children if p.lower_ == "as"
                    for o in p.children if o.dep_ == "pobj"]  # "to form what became known as H"
        groups = [r for o in objects for r in parties(frame, o, GROUP)]
        if groups:
            return clause, groups
    return None


@starts(lemmas=(*LEADING, "walk", relations("leaving_verbs", "leaving_from_verbs")))
def _left_to_form(frame: Frame, token: Token) -> None:
    """'X led a group out of G to form H', 'X broke away from G to form H', 'they walked out of G and
    formed H': H is a faction of G; a person who led the group out leads and founded H."""
    if token.pos_ != "VERB":
        return
    lemma = token.lemma_.lower()
    if lemma in LEADING and not any(c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon(
            "collective_nouns", "faction_nouns", "kind_nouns") for c in token.children):
        return  # "led a group (faction, band) out of G"; "led G" is leadership, read elsewhere
    if lemma not in LEADING and lemma not in frame.lexicon("leaving_verbs", "leaving_from_verbs") \
            and lemma != "walk":
        return
    parents = _left_groups(frame, token)
    formed = _formed_groups(frame, token) if parents else None
    if formed is None:
        return
    clause, groups = formed
    subject = subject_of(token)
    people = parties(frame, subject, PERSON) if subject is not None else []
    led = _leaders_of_body(frame, subject) if subject is not None and not people else []
    for group in groups:
        for person in led:  # "a group of gunmen led by X broke away from G and formed H"
            frame.emit("leader_of", person, group, clause, "leader_of.led_out.v1")
        for parent in parents:
            frame.emit("faction_of", group, parent, clause, "faction_of.left_to_form.v1")
        for person in people:
            frame.emit("founder_of", person, group, clause, "founder_of.left_to_form.v1")
            if lemma in LEADING:
                frame.emit("leader_of", person, group, token, "leader_of.led_out.v1")


def _leaders_of_body(frame: Frame, subject: Token) -> list[Ref]:
    """'a group of lieutenants led by X and Y': the people a group noun says lead it."""
    if subject.lemma_.lower() not in frame.lexicon("collective_nouns", "faction_nouns", "kind_nouns"):
        return []
    return [r for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in frame.lexicon("leader_passive")
            for o in agent_objects(c) for r in parties(frame, o, PERSON)]


@starts(words=("rival",))
def _seen_as_rival(frame: Frame, token: Token) -> None:
    """'the breakaway was regarded by police as a rival syndicate', 'H is considered a rival clan':
    a group that split from another (the last split the text told of it, or of 'the breakaway') is
    that group's rival."""
    if token.lower_ != "rival" or token.dep_ not in ("amod", "compound") or token.head.pos_ != "NOUN":
        return
    noun = token.head
    verb = as_verb(noun.head) if noun.dep_ == "pobj" else (noun.head if noun.dep_ in ("attr", "oprd") else None)
    if verb is None:
        return
    said_of = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None) or subject_of(verb)
    if said_of is None or said_of.lower_ in ("who", "which", "that"):
        return
    named = parties(frame, said_of, GROUP)
    breakaway = said_of.lemma_.lower() in frame.lexicon("split_modifiers")
    if not named and not breakaway:
        return
    split = _last_split(frame, said_of, [r.entity_id for r in named])
    if split is None:
        return
    group, parent = (named[0].entity_id if named else split[0]), split[1]
    frame.emit("rival_of", _ref(said_of, group), _ref(said_of, parent), noun, "rival_of.seen_as_rival.v1")


def _last_split(frame: Frame, before: Token, groups: list[str]) -> tuple[str, str] | None:
    """The last faction_of told before a token (of one of ``groups`` when given): (faction, parent)."""
    start = before.sent.start_char
    splits = [c for c in frame.claims.values() if c.predicate == "faction_of" and c.object_id
              and c.polarity.value == "positive" and c.evidence.start < start
              and (not groups or c.subject_id in groups)]
    if not splits:
        return None
    last = max(splits, key=lambda c: c.evidence.start)
    return last.subject_id, last.object_id  # type: ignore[return-value]


def _ref(token: Token, entity_id: str) -> Ref:
    return Ref.at(token, entity_id, "criminal_group")


@starts(lemmas=DIVIDING)
def _split_between(frame: Frame, token: Token) -> None:
    """'P has for years been split between two gangs, A and B', 'P is disputed (contested, shared) between A and
    B': both groups operate in P."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DIVIDING:
        return
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]  # "P has been split", "the estates of P"
    subjects += [c for a in token.children if a.dep_ in ("aux", "auxpass") for c in a.children
                 if c.dep_ in ("nsubj", "nsubjpass")]  # the parser may hang the subject on 'has'
    if not any(c.dep_ == "auxpass" for c in token.children):
        return  # "X and Y split P between them" is a deal, not a divided place
    places = [r for c in subjects for r in parties(frame, c, PLACES)]
    places = places or [r for c in subjects for o in prep_objects(c, "of") for r in parties(frame, o, PLACES)]
    if not places:
        return
    sides = [r for o in prep_objects(token, "between") for r in parties(frame, o, GROUP)]
    if len(sides) < 2:
        return
    for side in sides:
        for place in places:
            frame.emit("operates_in", side, place, token, "operates_in.split_between.v1")


def branch_of(frame: Frame, noun: Token) -> Ref | None:
    """'G's Serbian branch', 'the Spanish wing of G': a part of G named by a nationality or a place, as a
    group of its own ("G's Serbian branch", also called "Serbian branch"); None for any other noun."""
    if noun.lemma_.lower() not in BRANCHES or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, "of")
    parents = [r for o in owners for r in parties(frame, o, GROUP)]
    local = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and (
        c.pos_ == "ADJ" and c.text[:1].isupper() or frame.ref(c, *PLACES) is not None)]
    if len(parents) != 1 or not local:
        return None
    named = frame.ref(noun.head, *GROUP) if noun.dep_ == "appos" else None
    if named is not None:  # "X, the G's Nagoya branch": X is it (and no branch of itself)
        frame.emit("faction_of", named, parents[0], noun, "faction_of.branch_of.v1", presupposed=True)
        return named
    parent = frame.ents.entities[parents[0].entity_id]
    words = " ".join(t.text for t in noun.doc[local[0].i:noun.i + 1])
    branch = Entity.make("criminal_group", f"{parent.name}'s {words}", aliases=(Alias(words),))
    ref = frame.introduce(branch, local[0].i, noun.i + 1)
    frame.emit("faction_of", _ref(noun, branch.id), parents[0], noun, "faction_of.branch_of.v1", presupposed=True)
    return ref


def local_part(frame: Frame, noun: Token) -> Ref | None:
    """'the mafia mandamento of Castelvetrano', 'the Cosa Nostra families of the province of Trapani': the
    part of a mafia that holds a place, as a group of its own named by the place (a part of the group the
    phrase names, when it names one); None for any other noun."""
    if noun.lemma_.lower() not in LOCAL_PARTS or noun.pos_ != "NOUN" or frame.name(noun) is not None:
        return None
    place = next(iter(prep_objects(noun, "of")), None)
    unit = False
    while place is not None and frame.ref(place, *PLACES) is None and place.lemma_.lower() in PLACE_UNITS:
        place, unit = next(iter(prep_objects(place, "of")), None), True  # "of the province of Trapani"
    if place is None or frame.ref(place, *PLACES) is None and not (unit and place.pos_ == "PROPN"):
        return None
    doc = noun.doc
    owners = [c for c in noun.children if c.dep_ in ("compound", "nmod") and frame.ref(c, *GROUP) is not None]
    start = min((t.i for c in owners for t in c.subtree), default=noun.i)
    name = " ".join(t.text for t in doc[start:place.right_edge.i + 1] if t.dep_ != "det" or t.i > noun.i)
    part = Entity.make("criminal_group", name)
    ref = frame.introduce(part, start, noun.i + 1)
    for parent in [r for c in owners for r in parties(frame, c, GROUP)]:
        frame.emit("faction_of", ref, parent, noun, "faction_of.local_part.v1", presupposed=True)
    return ref


@starts(lemmas=BRANCHES)
def _branch(frame: Frame, token: Token) -> None:
    """"G's Serbian branch": the branch is a faction of G (branch_of makes the claim)."""
    branch_of(frame, token)


@starts(lemmas=("family",))
def _family_of(frame: Frame, token: Token) -> None:
    """'the Mancuso clan, which prosecutors described as the ruling family of G', 'X is a family of G': in
    the mafias a clan is a family of the organisation (faction_of G). Only said of a named group."""
    if token.lemma_.lower() != "family" or token.pos_ != "NOUN":
        return
    parents = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
    if not parents:
        return
    if token.dep_ == "pobj" and (verb := as_verb(token.head)) is not None:
        said_of = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    elif token.dep_ == "attr":
        said_of = subject_of(token.head)
    else:
        said_of = token.head if token.dep_ == "appos" else None
    if said_of is not None and said_of.lower_ in ("which", "that", "who", "whom"):
        said_of = next((a.head for a in said_of.ancestors if a.dep_ == "relcl"), None)
    if said_of is not None and frame.ref(said_of, *GROUP) is None and said_of.dep_ == "pobj" \
            and said_of.head.lower_ == "of":
        said_of = said_of.head.head  # "the X clan of Limbadi, which ...": the clan, not its town
    for clan in [r for r in parties(frame, said_of, GROUP) if frame.ref(said_of, *GROUP) is not None] \
            if said_of is not None else []:
        for parent in parents:
            frame.emit("faction_of", clan, parent, token, "faction_of.family_of.v1",
                       presupposed=token.dep_ == "appos")


@starts(lemmas=(relations("ally_verbs"), "work"))
def _worked_with_to_move(frame: Frame, token: Token) -> None:
    """'X worked with Y to ship cocaine to Europe': the drug named in the purpose of a joint effort is
    trafficked by each group in it."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("ally_verbs") | {"work"}:
        return
    moving = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
              and c.lemma_.lower() in frame.lexicon("traffic_verbs") and any(a.lower_ == "to" for a in c.children)]
    objects = [o for verb in moving for o in verb.children if o.dep_ == "dobj"]
    objects += [p for o in objects for p in prep_objects(o, "of")]  # "to smuggle tons of meth"
    drugs = [r for o in objects for r in parties(frame, o, ("drug",))]
    if not drugs:
        return
    partners = [r for w in ("with", "alongside") for o in prep_objects(token, w) for r in parties(frame, o, GROUP)]
    subject = subject_of(token)
    groups = partners + ([r for r in parties(frame, subject, GROUP)] if subject is not None else [])
    for group in groups if partners else []:
        for drug in drugs:
            frame.emit("traffics", group, drug, moving[0], "traffics.worked_with_to_move.v1")


@starts(lemmas=(relations("forming_verbs"),))
def _formed_together(frame: Frame, token: Token) -> None:
    """'A, B and C formed G', 'G, the cartel that the A, B and C clans formed in 1992': groups that together
    form a group are its parts. Not one group forming another ('X formed H': a split, read above), nor a
    group they form with others ('A and B formed an alliance with C': the alliance is read by groups.py)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("forming_verbs") \
            or any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in token.children):
        return
    subject = subject_of(token)
    members = parties(frame, subject, GROUP) if subject is not None else []
    if len({m.entity_id for m in members}) < 2 or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return
    formed = [r for c in token.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which")
              for r in parties(frame, c, GROUP)]
    noun = token.head
    if not formed and token.dep_ == "relcl" and noun.pos_ == "NOUN" and frame.name(noun) is None \
            and noun.lemma_.lower() in frame.lexicon("collective_nouns") and noun.dep_ == "appos":
        formed = [r] if (r := frame.name(noun.head, *GROUP)) is not None else []  # "G, the cartel that A and B formed"
    for whole in formed:
        for member in members:
            if member.entity_id != whole.entity_id:
                frame.emit("faction_of", member, whole, token, "faction_of.formed_together.v1")


split_rules = RuleSet(_left_to_form, _seen_as_rival, _split_between, _branch, _family_of, _worked_with_to_move,
                      _formed_together)
