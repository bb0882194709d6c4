"""An event told in one sentence and denied in the next: "Rumours are spreading that X was killed
during the raid. The Interior Ministry has denied this." The event stays as told (its own source and
polarity), and a second claim records the denial: the same event, negative, asserted by the denier.

Only a denial whose object points back ('this', 'that', 'it', 'the reports', 'such claims') or that
has none is read so; "X denied any wrongdoing" or "X denied that he led G" deny something of their own.

"X has always denied any part in the killing (of Y)": the killing of Y by X, negative, asserted by X
(admitted, it is positive); "the killing" is the one just told when no victim is named.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.modality import modality
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.model import Claim, Evidence, Polarity
from testigo.schema import load_schema

__all__ = ["denial_rules"]

PERSON = ("person",)
POINTING = frozenset({"this", "that", "it", "them", "these", "those"})


def _points_back(frame: Frame, verb: Token) -> bool:
    """The denial's object is what was said before: 'this', 'the reports', 'such claims', or none."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # "denied that he was arrested", "denied being there": its own clause
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return verb.lemma_.lower() == "deny" and not any(c.dep_ == "dative" for c in verb.children)
    obj = objects[0]
    if obj.lower_ in POINTING:
        return True
    if obj.lemma_.lower() not in frame.lexicon("rumour_nouns"):
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp", "prep") for c in obj.children) and any(
        c.lower_ in ("the", "these", "those", "such", "this", "that") for c in obj.children)


def _denied(frame: Frame, claim: Claim, verb: Token, denier: str, start: int) -> Claim:
    """The claim as denied by ``denier``: negative, with both sentences as evidence."""
    end = verb.sent.end_char
    certainty, _ = modality(verb)  # "deny" is itself a negation cue: the denial is negative
    evidence = Evidence(frame.text[start:end], start, end)
    made = Claim.make(claim.document_id, claim.subject_id, claim.predicate, evidence=evidence,
                      rule="denied.next_sentence.v1", object_id=claim.object_id, value=claim.value)
    return replace(made, qualifiers=claim.qualifiers, polarity=Polarity.NEGATIVE, certainty=certainty,
                   attributed_to=(*frame.attribution(verb), denier))


@starts(lemmas=(relations("denying_verbs"),))
def _denied_before(frame: Frame, token: Token) -> None:
    """'X was reportedly killed. The ministry has denied this.': the killing, denied by the ministry."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("denying_verbs"):
        return
    if token.sent.start == 0 or token.sent.root.i != token.i or not _points_back(frame, token):
        return
    if any(c.dep_ == "neg" for c in token.children):
        return  # "did not deny it" confirms nothing either
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that", "which"):
        return
    denier = frame._phrase_name(subject)
    previous = token.doc[token.sent.start - 1].sent
    schema = load_schema()
    told = [c for c in list(frame.claims.values()) if c.evidence.start == previous.start_char
            and c.evidence.end == previous.end_char and schema.predicate(c.predicate).event
            and c.polarity == Polarity.POSITIVE]
    for claim in told:
        denied = _denied(frame, claim, token, denier, previous.start_char)
        frame.claims.setdefault(denied.id, denied)


def _killing_victims(frame: Frame, killing: Token) -> list[Ref]:
    """Who 'the killing' was of: 'of Y', "Y's murder", else the one person a killing claimed in this
    sentence or the two before is about."""
    named = [r for o in prep_objects(killing, "of") for r in parties(frame, o, PERSON)]
    named += [r for c in killing.children if c.dep_ == "poss" for r in parties(frame, c, PERSON)]
    if named or not any(c.lower_ in ("the", "that", "this") for c in killing.children):
        return named
    doc, start = killing.doc, killing.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    ids = {c.subject_id for c in list(frame.claims.values()) if c.predicate == "killed"
           and doc[start].idx <= c.evidence.start <= killing.sent.start_char}
    refs = [r for r in frame.ents.refs if r.entity_id in ids and r.span.start >= start]
    return refs[-1:] if len(ids) == 1 else []


@starts(lemmas=(relations("involvement_nouns"),))
def _part_in_killing(frame: Frame, token: Token) -> None:
    """'X has always denied any part in the killing', 'G admitted its role in the murder of Y': the
    killing by X, denied (or admitted) by X."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("involvement_nouns") \
            or token.dep_ != "dobj" or token.head.pos_ != "VERB":
        return
    verb = token.head
    if verb.lemma_.lower() not in frame.lexicon("denying_verbs") | {"admit", "acknowledge", "confess", "claim"}:
        return
    killings = [o for o in prep_objects(token, "in") + prep_objects(verb, "in")  # the parser may hang 'in' on the verb
                if o.lower_ in frame.words["events"]["killed"]["nouns"]]  # type: ignore[index]
    subject = subject_of(verb)  # also "He pleaded not guilty, and has always denied any part in ..."
    killers = parties(frame, subject, PERSON + GROUP)[:1] if subject is not None else []
    for killing in killings:
        for victim in _killing_victims(frame, killing):
            for killer in killers:
                claim = frame.emit("killed", victim, killer, verb, "killed.part_in_killing.v1", with_time=True)
                if claim is not None:  # the one who denies (or admits) is the source
                    _said_by(frame, claim, killer)


def _said_by(frame: Frame, claim: Claim, speaker: Ref) -> None:
    """The claim as ``speaker``'s own word: the one who denies (or admits) a deed is its source."""
    named = frame.ents.entities[speaker.entity_id].name
    if claim.attributed_to[-1] != named:
        frame.claims[claim.id] = replace(claim, attributed_to=(*claim.attributed_to, named))


# What a denied deed says of the denier and a group: 'denied leading any cartel', 'denied that he belonged to
# any criminal organisation'.
DENIED_TIES = {"lead": "leader_of", "head": "leader_of", "run": "leader_of", "command": "leader_of",
               "belong": "member_of", "join": "member_of"}


@starts(lemmas=(relations("denying_verbs"),))
def _denied_any_group(frame: Frame, token: Token) -> None:
    """'X denied leading any cartel' / 'X denied that he belonged to any criminal organisation': every tie of
    that kind the text gave X to a group before is denied by X (a negative claim, X its source)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("denying_verbs") \
            or any(c.dep_ == "neg" for c in token.children):
        return
    deeds = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in DENIED_TIES]
    subject = subject_of(token)
    people = parties(frame, subject, PERSON)[:1] if subject is not None else []
    for deed in deeds:
        objects = [c for c in deed.children if c.dep_ == "dobj"] + prep_objects(deed, "to")
        if not any(any(d.lower_ == "any" for d in o.children) and frame.ref(o) is None
                   and o.lemma_.lower() in frame.lexicon("collective_nouns") for o in objects):
            continue  # 'denied leading the cartel' names its group: the rules of that wording read it
        predicate = DENIED_TIES[deed.lemma_.lower()]
        for person in people:
            said = [c for c in list(frame.claims.values()) if c.subject_id == person.entity_id
                    and c.predicate == predicate and c.polarity == Polarity.POSITIVE
                    and c.evidence.start < token.sent.start_char and c.object_id]
            for claim in said:
                group = frame.ents.entities[claim.object_id]
                denied = frame.emit(predicate, person, Ref.at(token, group.id, group.kind), token,
                                    f"{predicate}.denied_any.v1")
                if denied is not None and denied.polarity == Polarity.NEGATIVE:
                    _said_by(frame, denied, person)


# The rules of this module (rules/dispatch.py: each runs where its trigger can match).
denial_rules = RuleSet(_denied_before, _part_in_killing, _denied_any_group)
