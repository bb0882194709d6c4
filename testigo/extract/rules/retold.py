"""Events told again by their noun: 'The arrests took place in the municipal seat of P on the morning of
9 March 2023', 'The captures were carried out on 12 September by the National Police'.

A definite event noun ('the arrests', 'the capture', 'these detentions') as the subject of a verb of
occurrence ('took place', 'were carried out', 'occurred', 'happened') tells again the events of that
kind the text told in the sentences just before, and where those have no date (or no place) of their
own, the dates (and places) of this clause are theirs. Run once all rules have told their events
(rules/__init__.py), so that an arrest told in a list of names is there to be dated.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from testigo.extract.frame import Frame
from testigo.extract.rules.anaphora import window_start
from testigo.extract.tokens import texts, tokens_of
from testigo.model import DateValue

__all__ = ["events_told_again"]

# Verbs of occurrence, with the particle or object they need: 'took place', 'were carried out'.
OCCURRING = {"take": "place", "carry": "out", "occur": None, "happen": None, "conduct": None, "execute": None}
BACK = 6  # sentences: how far back the events told again may be
POINTING = frozenset({"the", "these", "those", "both"})


def events_told_again(frame: Frame) -> None:
    """Give the events a clause tells again by their noun that clause's dates and places, where they lack them."""
    nouns = {noun: predicate for predicate, words in frame.table("events").items() for noun in words["nouns"]}
    tokens, lower, lemma = tokens_of(frame.doc), texts(frame.doc, LOWER), texts(frame.doc, LEMMA, str.lower)
    for i, token in enumerate(tokens):
        predicate = nouns.get(lower[i]) or nouns.get(lemma[i])
        if predicate is None or token.dep_ not in ("nsubj", "nsubjpass") or not _occurring(token.head) \
                or not any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children):
            continue
        dates, places = frame.when_and_where(token.head)
        if dates or places:
            _date_told(frame, token, str(predicate), dates, places)


def _occurring(verb: Token) -> bool:
    """'took place', 'were carried out', 'occurred'."""
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRING:
        return False
    needed = OCCURRING[lemma]
    return needed is None or any(c.lower_ == needed and c.dep_ in ("dobj", "prt") for c in verb.children)


def _date_told(frame: Frame, noun: Token, predicate: str, dates: tuple[DateValue, ...],
               places: tuple[str, ...]) -> None:
    """The events of ``predicate`` told in the few sentences before the noun take its clause's dates and places
    where they have none."""
    start, end = frame.doc[window_start(noun, BACK)].idx, noun.sent.start_char
    for claim_id, claim in list(frame.claims.items()):
        if claim.predicate != predicate or not start <= claim.evidence.start < end \
                or claim.polarity.value != "positive":
            continue
        qualifiers = claim.qualifiers
        if not any(d.value for d in qualifiers.dates) and dates:
            qualifiers = replace(qualifiers, dates=dates)
        if not qualifiers.places and places:
            qualifiers = replace(qualifiers, places=places)
        if qualifiers is not claim.qualifiers:
            frame.claims[claim_id] = replace(claim, qualifiers=qualifiers)
