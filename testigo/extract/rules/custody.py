"""held_by from a group kidnapping someone ("G kidnapped X"), and from what is said about a
kidnapping named before: "X was abducted ...; prosecutors attributed the kidnapping to G" (G held
X), "G denied any involvement in the kidnapping" (the same, with the denial's polarity). The
victim is "the kidnapping of X", or the person a kidnapping verb was done to in this sentence or
the one before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties, prep_objects

__all__ = ["custody_rules"]

PERSON = ("person",)


def _victims(frame: Frame, kidnapping: Token) -> list[Ref]:
    """Who the kidnapping named by ``kidnapping`` was done to."""
    named = [r for o in prep_objects(kidnapping, "of") for r in parties(frame, o, PERSON)]
    if named:
        return named
    doc = kidnapping.doc
    start = doc[kidnapping.sent.start - 1].sent.start if kidnapping.sent.start > 0 else 0
    verbs = frame.lexicon("kidnap_verbs")
    for word in reversed(doc[start:kidnapping.i]):
        if word.pos_ == "VERB" and word.lemma_.lower() in verbs:
            patient = next((c for c in word.children if c.dep_ in ("nsubjpass", "dobj")), None)
            found = parties(frame, patient, PERSON) if patient is not None else []
            if found:
                return found
    return []


def _is_kidnapping(frame: Frame, token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in frame.lexicon("kidnap_nouns")


@starts(lemmas=(relations("attributing_verbs"),))
def _attributed(frame: Frame, token: Token) -> None:
    """'P attributed the kidnapping to G', 'P blamed G for the kidnapping'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("attributing_verbs"):
        return
    objects = [c for c in token.children if c.dep_ == "dobj"]
    to_objects = prep_objects(token, "to") + prep_objects(token, "on")
    for_objects = prep_objects(token, "for")
    if any(_is_kidnapping(frame, o) for o in objects):  # "attributed the kidnapping to G"
        events = [o for o in objects if _is_kidnapping(frame, o)]
        holders = [r for o in to_objects for r in parties(frame, o, GROUP)]
    else:  # "blamed G for the kidnapping"
        events = [o for o in for_objects if _is_kidnapping(frame, o)]
        holders = [r for o in objects for r in parties(frame, o, GROUP)]
    for event in events:
        for person in _victims(frame, event):
            for group in holders:
                frame.emit("held_by", person, group, token, "held_by.attributed.v1", with_time=True)


@starts(lemmas=(relations("involvement_nouns"),))
def _involved(frame: Frame, token: Token) -> None:
    """'G denied any involvement in the kidnapping' / 'G admitted its role in the abduction'."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("involvement_nouns"):
        return
    events = [o for o in prep_objects(token, "in") if _is_kidnapping(frame, o)]
    if not events or token.dep_ != "dobj":
        return
    subject = subject_of(token.head)
    groups = parties(frame, subject, GROUP) if subject is not None else []
    for event in events:
        for person in _victims(frame, event):
            for group in groups:
                frame.emit("held_by", person, group, token.head, "held_by.involvement.v1")


@starts(lemmas=(relations("kidnap_verbs"),))
def _kidnapped(frame: Frame, token: Token) -> None:
    """'The Gulf Cartel kidnapped X', 'gunmen of G abducted X': the subject group holds X."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("kidnap_verbs"):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
        subject = token.head
    groups = parties(frame, subject, GROUP) if subject is not None else []
    people = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, PERSON)]
    for person in people:
        for group in groups:
            frame.emit("held_by", person, group, token, "held_by.kidnapped.v1", with_time=True)


ATTACK_NOUNS = frozenset({"attack", "killing", "murder", "assassination", "shooting", "massacre", "ambush"})


@starts(lemmas=("attribute", "blame"))
def _attack_attributed(frame: Frame, token: Token) -> None:
    """'Gunmen killed X in Zacapa. Investigators attributed the attack to G': the killing told just
    before (in this sentence or the previous one) is G's, as the attributing source says."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("attribute", "blame"):
        return
    if token.lemma_.lower() == "attribute":
        events = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        holders = [r for o in prep_objects(token, "to") for r in parties(frame, o, GROUP)]
    else:  # "blamed G for the attack"
        events = prep_objects(token, "for")
        holders = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    events = [e for e in events if e.pos_ == "NOUN" and e.lemma_.lower() in ATTACK_NOUNS
              and any(c.lower_ in ("the", "this", "that") for c in e.children) and not prep_objects(e, "of")]
    if not events or not holders:
        return
    doc = token.doc
    start = doc[token.sent.start - 1].sent.start_char if token.sent.start > 0 else 0
    told = [c for c in frame.claims.values() if c.predicate == "killed" and c.object_id is None
            and start <= c.evidence.start < token.sent.end_char]
    if not told:
        return
    latest = max(c.evidence.start for c in told)
    for claim in (c for c in told if c.evidence.start == latest):
        kind = frame.ents.entities[claim.subject_id].kind
        person = Ref(Span(doc, events[0].i, events[0].i + 1, label=kind), claim.subject_id)
        for group in holders:
            made = frame.emit("killed", person, group, token, "killed.attack_attributed.v1", with_time=True)
            if made is not None and frame.claims.get(made.id) is made and not made.qualifiers.dates:
                frame.claims[made.id] = replace(made, qualifiers=claim.qualifiers)  # the same occasion


# Every custody rule, in order (rules/dispatch.py: each runs where its trigger can match).
custody_rules = RuleSet(
    _kidnapped, _attributed, _involved, _attack_attributed,
)
