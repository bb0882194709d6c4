"""Events told again by their noun: 'The arrests took place in the municipal seat of P on the morning of
9 March 2023', 'The captures were carried out on 12 September by the National Police'.

A definite event noun ('the arrests', 'the capture', 'these detentions') as the subject of a verb of
occurrence ('took place', 'were carried out', 'occurred', 'happened') tells again the events of that
kind the text told in the sentences just before, and where those have no date (or no place) of their
own, the dates (and places) of this clause are theirs. Run once all rules have told their events
(rules/__init__.py), so that an arrest told in a list of names is there to be dated.

A definite event noun whose own phrase gives a finer date ('The designation, announced by the State
Department on Feb. 20, ...', 'The February 20 designation lets ...') dates the events of that kind told
last before it with a coarser date it falls in ('The United States last month added G to its list': 2025-02,
and now 2025-02-20 too); a date it does not fall in is another occasion, and stays.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from testigo.extract.dates import find_dates
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
    nouns.update({noun: "designated" for noun in frame.lexicon("designation_nouns")})
    tokens, lower, lemma = tokens_of(frame.doc), texts(frame.doc, LOWER), texts(frame.doc, LEMMA, str.lower)
    for i, token in enumerate(tokens):
        predicate = nouns.get(lower[i]) or nouns.get(lemma[i])
        if predicate is None or not any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children):
            continue
        if token.dep_ not in ("nsubj", "nsubjpass") or not _occurring(token.head):
            _date_refined(frame, token, str(predicate))
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


def _date_refined(frame: Frame, noun: Token, predicate: str) -> None:
    """'The designation, announced on Feb. 20, ...': the events of ``predicate`` told last before the noun's
    sentence with a date the noun's own date falls in ('2025-02') take that finer date too."""
    own = _own_date(frame, noun)
    if own is None:
        return
    coarser = {}
    for claim_id, claim in frame.claims.items():
        if claim.predicate == predicate and claim.evidence.start < noun.sent.start_char \
                and claim.polarity.value == "positive" and any(_within(own, d) for d in claim.qualifiers.dates):
            coarser[claim_id] = claim
    if not coarser:
        return
    latest = max(c.evidence.start for c in coarser.values())  # the occasion told last: the one the noun names
    for claim_id, claim in coarser.items():
        if claim.evidence.start == latest and own not in claim.qualifiers.dates:
            dates = (*claim.qualifiers.dates, own)  # both as written: 'last month', and 'on Feb. 20'
            frame.claims[claim_id] = replace(claim, qualifiers=replace(claim.qualifiers, dates=dates))


def _own_date(frame: Frame, noun: Token) -> DateValue | None:
    """The one date of the noun's own words: a modifier before it ('the February 20 designation'), or a
    phrase on it or on a participle after it ('the designation, announced on Feb. 20'); none from a
    relative clause ('the arrest, which followed the attack in May')."""
    words = [t for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod", "npadvmod")
             for t in c.subtree]
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ in ("on", "in"):
            words += list(child.subtree)
        elif child.i > noun.i and child.dep_ == "acl" and child.tag_ == "VBN":
            words += [t for p in child.children if p.dep_ == "prep" and p.lower_ in ("on", "in") for t in p.subtree]
    if not words:
        return None
    words.sort(key=lambda t: t.i)
    found = [d for d in find_dates(" ".join(t.text for t in words), published=frame.document.published) if d.value]
    return found[0].to_value() if len(found) == 1 else None


def _within(finer: DateValue, date: DateValue) -> bool:
    """``finer`` falls in ``date`` and says more ('2025-02-20' in '2025-02')."""
    return bool(date.value and finer.value) and str(finer.value).startswith(f"{date.value}-")
