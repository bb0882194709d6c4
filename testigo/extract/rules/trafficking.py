"""Trafficking read from phrasings the verb and noun frames of events.py miss.

- a collective subject the parser joined to the verb: "the two groups traffic methamphetamine";
- a gerund under a reputation or accusation: "X is known for moving heroin", "X is accused of
  smuggling cocaine", "X, notorious for producing methamphetamine";
- a permission: "X no longer allows fentanyl to be made or sold" (the permission's negation is
  the claim's);
- work done for a group: "laboratories that make fentanyl for X";
- coordinated verbs the parser read as a noun: "X produces and ships methamphetamine".
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, parties

__all__ = ["trafficking_rules"]

DRUG = ("drug",)
RELATIVES = ("who", "which", "that")


def _drugs_of(frame: Frame, verb: Token) -> list[Ref]:
    """The drugs a trafficking verb acts on: its object, 'with X', or a drug the parser hung on it
    as a conjunct ('produces and ships methamphetamine')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "conj") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    return [r for o in objects for r in parties(frame, o, DRUG)]


def _is_traffic_verb(frame: Frame, token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in frame.lexicon("traffic_verbs")


def _collective_side_by_side(frame: Frame, token: Token) -> None:
    """'the two groups traffic methamphetamine' read as one noun phrase: the groups are the pair
    the collective stands for."""
    from testigo.extract.rules.events import _traffic_forms

    doc = token.doc
    if token.lower_ not in _traffic_forms() or token.pos_ == "VERB" or token.i == 0 or token.i + 1 >= len(doc):
        return
    before = doc[token.i - 1]
    drug = frame.ref(doc[token.i + 1], *DRUG)
    if drug is None or drug.span.start != token.i + 1 or before.tag_ != "NNS" \
            or before.lemma_.lower() not in frame.lexicon("collective_nouns"):
        return
    for group in parties(frame, before, GROUP):
        frame.emit("traffics", group, drug, token, "traffics.collective_side_by_side.v1")


def _known_for(frame: Frame, token: Token) -> None:
    """'X is known for moving heroin', 'X was accused of smuggling cocaine' (also read as a noun
    phrase), 'X, notorious for producing methamphetamine': the subject of the reputation does
    the trafficking."""
    if _is_traffic_verb(frame, token) and token.dep_ == "pcomp":
        prep, drugs = token.head, _drugs_of(frame, token)
    elif token.pos_ == "NOUN" and token.lower_ in frame.lexicon("traffic_nouns") and token.dep_ == "compound" \
            and token.head.dep_ == "pobj":  # "of smuggling heroin"
        prep, drugs = token.head.head, parties(frame, token.head, DRUG)
    else:
        return
    frame_word = prep.head
    if prep.lower_ not in ("for", "of") or frame_word.lemma_.lower() not in frame.lexicon("reputation_words"):
        return
    doer = next((c for c in frame_word.children if c.dep_ == "nsubjpass"), None)
    if doer is None and frame_word.pos_ == "ADJ":  # "X is notorious for", "X, notorious for"
        doer = subject_of(frame_word.head) if frame_word.dep_ == "acomp" else (
            frame_word.head if frame_word.dep_ == "amod" else None)
    if doer is not None and doer.lower_ in RELATIVES and frame_word.dep_ == "relcl":
        doer = frame_word.head
    groups = parties(frame, doer, GROUP) if doer is not None else []
    for group in groups:
        for drug in drugs:
            frame.emit("traffics", group, drug, frame_word, "traffics.known_for.v1")


def _permitted(frame: Frame, token: Token) -> None:
    """'X no longer allows fentanyl to be made or sold in P': X's rule over the trade is a claim
    about its trafficking, with the permission's polarity."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("permission_verbs"):
        return
    subject = subject_of(token)
    groups = parties(frame, subject, GROUP) if subject is not None else []
    if not groups:
        return
    after = [t for t in token.subtree if t.i > token.i]
    drug = next((r for t in after[:3] if (r := frame.ref(t, *DRUG)) is not None), None)
    if drug is None or not any(_is_traffic_verb(frame, t) and t.i > drug.span.start for t in after):
        return
    for group in groups:
        frame.emit("traffics", group, drug, token, "traffics.permitted.v1")


def _made_for(frame: Frame, token: Token) -> None:
    """'laboratories that make fentanyl for X': the group the drug is made, moved or sold for."""
    if not _is_traffic_verb(frame, token):
        return
    subject = subject_of(token)
    if subject is not None and parties(frame, subject, GROUP):
        return  # the verb's own subject is a group: events.py reads it
    drugs = _drugs_of(frame, token)
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    clients = [r for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
               for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    for group in clients:
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.made_for.v1")


def _coordinated(frame: Frame, token: Token) -> None:
    """'X produces and ships methamphetamine', parsed with the drug as the first verb's conjunct."""
    if not _is_traffic_verb(frame, token) or any(c.dep_ == "dobj" for c in token.children):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVES:
        return
    drugs = [r for c in token.children if c.dep_ == "conj" for r in parties(frame, c, DRUG)]
    for group in parties(frame, subject, GROUP):
        for drug in drugs:
            frame.emit("traffics", group, drug, token, "traffics.coordinated.v1")


def trafficking_rules(frame: Frame, token: Token) -> None:
    """Run every trafficking rule of this module at one token."""
    _collective_side_by_side(frame, token)
    _known_for(frame, token)
    _permitted(frame, token)
    _made_for(frame, token)
    _coordinated(frame, token)
