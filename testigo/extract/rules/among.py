"""People named as some of those an event happened to:

- "Seventy other defendants were convicted in 2021. Among them was X": the event of the sentence
  before, whose patients are people not named (a plural noun or a number), happened to X too;
- "Among those arrested on Tuesday were X and Y", "X was among those convicted", "Among the 29
  prisoners sent to the US was X": the event of the participle (or relative clause) on 'those';
- "Among the dead was X": X was killed;
- "Also transferred was X", "Also arrested were X and Y": the same event as the one told last before
  (its authority or destination, and its date when the sentence gives none).

The claim's evidence runs from the sentence that tells the event to the one that names the person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.events import PERSON, event_verb
from testigo.extract.rules.phrases import parties, prep_objects
from testigo.extract.rules.plural_people import DETAINING, HELD_NOUNS
from testigo.model import Claim, Evidence

__all__ = ["among_rules"]

PRONOUNS = frozenset({"them", "these", "those"})
DEAD = frozenset({"dead", "killed", "slain", "murdered", "fatalities"})


def _predicate(frame: Frame, verb: Token) -> str | None:
    """The event a verb of patterns/relations.yaml events tells ('shoot' only as 'shot dead')."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma == "shoot" and not any(c.lower_ == "dead" for c in verb.children):
        return None
    for predicate, triggers in frame.table("events").items():
        if lemma in triggers["verbs"]:
            return str(predicate)
    return None


def _unnamed_people(frame: Frame, token: Token) -> bool:
    """'207 people', 'seventy other defendants', 'twelve': people counted, not named."""
    if frame.name(token) is not None:
        return False
    return token.pos_ == "NUM" or token.pos_ == "NOUN" and token.tag_ == "NNS"


def _event_before(frame: Frame, token: Token) -> tuple[Token, str] | None:
    """The event verb of the sentence before whose patients are people not named."""
    sentence = token.sent
    if sentence.start == 0:
        return None
    for verb in token.doc[sentence.start - 1].sent:
        predicate = _predicate(frame, verb)
        if predicate is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        patients = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if patients and all(_unnamed_people(frame, p) for p in patients):
            return verb, predicate
    return None


def _event_on(frame: Frame, noun: Token) -> tuple[Token, str] | None:
    """'those arrested on Tuesday', 'the prisoners who were sent to the US': the participle's event."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and (predicate := _predicate(frame, clause)) is not None:
            return clause, predicate
    return None


def _widen(frame: Frame, known: set[str], first: Span, last: Span) -> None:
    """Claims made since ``known`` keep as evidence both sentences, the event's and the name's."""
    text = frame.text
    for claim_id in [c for c in frame.claims if c not in known]:
        claim = frame.claims.pop(claim_id)
        start, end = first.start_char, last.end_char
        wider = Claim.make(claim.document_id, claim.subject_id, claim.predicate,
                           evidence=Evidence(text[start:end], start, end), rule=claim.rule,
                           object_id=claim.object_id, value=claim.value, qualifiers=claim.qualifiers,
                           polarity=claim.polarity, certainty=claim.certainty,
                           attributed_to=claim.attributed_to)
        frame.claims.setdefault(wider.id, wider)


@starts(refs=("person",))
def _among(frame: Frame, token: Token) -> None:
    """'Among them was X', 'Among those arrested were X and Y', 'X was among those convicted'; after a
    description set off by commas the parser may hang the list's last name on the verb or on the
    description's noun ('Among those convicted were X, described as his right-hand man, and Y')."""
    be = token.head if token.dep_ in ("nsubj", "attr") else _listed_after(token)
    if be is None or be.lemma_.lower() != "be":
        return
    groups = prep_objects(be, "among")
    if len(groups) != 1:
        return
    group = groups[0]
    people = parties(frame, token, PERSON)
    if not people:
        return
    rule = "among.v1"
    if group.lower_ in DEAD or group.lemma_.lower() in DEAD:
        for person in people:  # "Among the dead was X"
            frame.emit("killed", person, None, be, f"killed.{rule}", with_time=True)
        return
    event = _event_on(frame, group)
    if event is not None:
        event_verb(frame, event[0], event[1], people=people, rule=f"{event[1]}.{rule}")
        return
    if group.lower_ not in PRONOUNS:
        return
    event = _event_before(frame, token)
    if event is None:
        return
    known = set(frame.claims)
    event_verb(frame, event[0], event[1], people=people, rule=f"{event[1]}.{rule}")
    _widen(frame, known, event[0].sent, token.sent)


def _listed_after(name: Token) -> Token | None:
    """The verb of the list a name closes when the parser hangs it, as a conjunct, on the verb itself or on
    the last noun of the description of the name before ('were X, described as his right-hand man, and Y')."""
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.i > name.i:
        return None
    head = name.head
    if head.pos_ in ("AUX", "VERB"):
        return head if any(c.dep_ in ("nsubj", "attr") and c.i < name.i for c in head.children) else None
    if head.pos_ != "NOUN":
        return None  # 'X, the brother of Y and Z': Z is Y's fellow, not the list's
    while head.dep_ not in ("nsubj", "attr") and head.head.i != head.i:
        if head.pos_ in ("AUX", "VERB") and head.dep_ not in ("acl", "relcl"):
            return None  # a clause of its own: 'X, who said the man and Y ...'
        head = head.head
    return head.head if head.dep_ in ("nsubj", "attr") and head.pos_ == "PROPN" else None


def _latest(frame: Frame, predicate: str, before: int) -> Claim | None:
    """The claim of ``predicate`` told last before character ``before`` (an extradition with its destination)."""
    told = [c for c in list(frame.claims.values()) if c.predicate == predicate and c.evidence.end <= before
            and (c.object_id is not None or predicate != "extradited")]
    return max(told, key=lambda c: c.evidence.start) if told else None


@starts(lemmas=(lambda: (v for t in load_patterns("relations")["events"].values() for v in t["verbs"]),))
def _also_told(frame: Frame, token: Token) -> None:
    """'Also transferred was X', 'Also arrested were X and Y': the event told just before happened to
    them too, by (or to) the same authority, on the same occasion when no date of their own is given."""
    predicate = _predicate(frame, token)
    aux = next((c for c in token.children if c.dep_ == "auxpass" and c.i > token.i), None)
    if predicate is None or aux is None or not any(c.dep_ == "advmod" and c.lower_ == "also" and c.i < token.i
                                                   for c in token.children):
        return
    holders = [c for c in token.children if c.dep_ == "nsubjpass"] + [c for c in aux.children
                                                                  if c.dep_ in ("attr", "nsubj")]
    people = [r for h in holders for r in parties(frame, h, PERSON)]
    earlier = _latest(frame, predicate, token.sent.start_char)
    if not people or earlier is None:
        return
    obj = next((r for r in frame.ents.refs if r.entity_id == earlier.object_id), None)
    for person in people:
        claim = frame.emit(predicate, person, obj, token, f"{predicate}.also_told.v1", with_time=True)
        if claim is not None and not claim.qualifiers.dates and earlier.qualifiers.dates:
            frame.claims[claim.id] = replace(claim, qualifiers=replace(claim.qualifiers,
                                                                       dates=earlier.qualifiers.dates))


DETAINEES = frozenset({"detainee", "detainees", "arrestee", "arrestees"})


@starts(lemmas=("identify",))
def _detainees_identified(frame: Frame, token: Token) -> None:
    """'Those detained were identified as A, alias "X"; his brother B; and C': every person the sentence names
    after 'as' was arrested (a list that long is rarely parsed whole, so it is read from the names). When the
    sentence before tells an arrest of people it only counts ('an operation on Tuesday in which five people
    were apprehended'), that arrest is theirs, with its authority, date and place. 'They (the men) were
    identified as A and B' names the people of any event of the sentence before that only counts them
    ('Three men were shot dead on Sunday')."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "identify":
        return
    held = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if held is None:
        return
    described = held.lower_ in DETAINEES or any(
        c.dep_ in ("acl", "amod") and c.lemma_.lower() in DETAINING for c in held.children)
    as_word = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_word is None or not (described or _pointing(held)):
        return
    people = frame.refs_in(token.doc[as_word.i + 1:token.sent.end], *PERSON, names=True)
    event = _event_before(frame, token)
    if not described and event is None:
        return  # "They were identified as A and B" names the people of a counted event told just before
    if people and event is not None and (event[1] == "arrested" or not described):
        known = set(frame.claims)  # "Three men were shot dead on Sunday. They were identified as A and B"
        rule = "arrested.detainees_identified.v1" if described else f"{event[1]}.identified_as.v1"
        event_verb(frame, event[0], event[1], people=people, rule=rule)
        if set(frame.claims) - known:
            _widen(frame, known, event[0].sent, token.sent)
        if set(frame.claims) - known or not described:
            return
    for person in people:
        frame.emit("arrested", person, None, token, "arrested.detainees_identified.v1", with_time=True)


def _pointing(held: Token) -> bool:
    """'they', 'the men', 'the three suspects': a subject pointing back at people counted before."""
    if held.lower_ == "they" and held.pos_ == "PRON":
        return True
    return held.tag_ == "NNS" and held.lemma_.lower() in HELD_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "all") for c in held.children)


# The rules of this module (rules/dispatch.py: each runs where its trigger can match).
among_rules = RuleSet(_among, _also_told, _detainees_identified)
