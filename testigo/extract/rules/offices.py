"""Officials and hostages: official_of and held_by.

"Acting Administrator X" with an agency in the sentence; "President X"; "the US ambassador to
Mexico, X"; "X would be handed over to Y as a guarantee".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import (
    GROUP,
    parties,
)

__all__ = ["office_rules"]

PERSON = ("person",)


@starts(refs=PERSON)
def _official(frame: Frame, token: Token) -> None:
    """'Acting Administrator X' with an agency in the same sentence -> official_of, with the title."""
    person = frame.ref(token, *PERSON)
    if person is None or person.span.start != token.i:
        return
    titles = frame.lexicon("official_titles")
    doc = token.doc
    start = token.i
    while start > token.sent.start and doc[start - 1].lower_ in titles and doc[start - 1].is_title:
        start -= 1
    if start == token.i:
        return
    agencies = [r for r in frame.refs_in(token.sent, "agency")]
    if agencies:
        nearest = min(agencies, key=lambda r: abs(r.span.start - start))
        frame.emit("official_of", person, nearest, token, "official_of.title_before_name.v1",
                   title=doc[start:token.i].text, presupposed=True)


@starts(lemmas=(relations("state_offices"),), words=(lambda: _title_agency_heads(),))
def _office(frame: Frame, token: Token) -> None:
    """'President X', 'the US ambassador to Mexico, X', 'Secretary of State X': official_of the
    country the office serves (or the agency a title names)."""
    lemma = token.lemma_.lower()
    if lemma not in frame.lexicon("state_offices") and token.lower_ not in _title_agency_heads():
        return
    person, title = _office_person(frame, token)
    if person is None:
        return
    agency = _title_agency(frame, token)
    if agency is not None:
        frame.emit("official_of", person, agency, token, "official_of.title_agency.v1", title=title,
                   presupposed=True)
        return
    if lemma not in frame.lexicon("state_offices"):
        return
    country = _office_country(frame, token)
    if country is not None:
        frame.emit("official_of", person, country, token, "official_of.state_office.v1", title=title,
                   presupposed=True)


@cache
def _title_agency_heads() -> frozenset[str]:
    return frozenset(title.split()[-1] for title in load_patterns("relations")["title_agencies"])


def _office_person(frame: Frame, token: Token) -> tuple[Ref | None, str]:
    """The person a title names: right after it ('President X') or in apposition ('the ambassador, X')."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    person = frame.ref(nxt, *PERSON)
    if person is not None and person.span.start == token.i + 1:
        return person, token.text
    for child in token.children:
        if child.dep_ == "appos":
            found = parties(frame, child, PERSON)
            if found:
                return found[0], token.text
    return None, ""


def _title_agency(frame: Frame, token: Token) -> Ref | None:
    """'Secretary of State X': the agency the title names, when the KB knows it."""
    doc = token.doc
    for start in range(max(token.sent.start, token.i - 3), token.i + 1):
        words = " ".join(t.lower_ for t in doc[start:token.i + 1])
        name = frame.words["title_agencies"].get(words)  # type: ignore[union-attr]
        if name and frame.kb is not None:
            known = [e for e in frame.kb.lookup(name) if e.kind == "agency"]
            if known:
                frame.ents.entities.setdefault(known[0].id, known[0])
                return Ref(Span(doc, start, token.i + 1, label="agency"), known[0].id)
    return None


def _office_country(frame: Frame, token: Token) -> Ref | None:
    """The country of an office: a demonym or country on the title, else the one the sentence names."""
    from testigo.extract.rules.phrases import country_of

    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            country = country_of(frame, child)
            if country is not None:
                return country
    doc = token.doc
    if token.i > 0:
        country = country_of(frame, doc[token.i - 1])
        if country is not None:
            return country
    for word in token.sent:
        country = country_of(frame, word)
        if country is not None and not (word.i > token.i and any(
                p.lower_ == "to" for p in word.ancestors if p.i > token.i)):  # "ambassador to Mexico"
            return country
    return None


@cache
def _hostage_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p) for p in load_patterns("relations")["hostage_phrases"])


def _hostage_verbs() -> frozenset[str]:
    """The verbs the hostage phrases start with ('hand' of 'hand over')."""
    return frozenset(p[0] for p in _hostage_phrases())


@starts(lemmas=(_hostage_verbs,))
def _held(frame: Frame, token: Token) -> None:
    """'X would be handed over to Y as a guarantee' / 'X is held by Y'."""
    if token.pos_ != "VERB":
        return
    phrases = _hostage_phrases()
    particles = tuple(c.lower_ for c in token.children if c.dep_ == "prt")
    if (token.lemma_.lower(),) + particles not in phrases and (token.lemma_.lower(),) not in phrases:
        return
    nouns = frame.lexicon("hostage_nouns")
    if token.lemma_.lower() == "hand" and not any(t.lemma_.lower() in nouns for t in token.subtree):
        return
    subject = next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj")), None)
    people = parties(frame, subject, PERSON) if subject is not None else []
    holders = [r for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
               for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    for person in people:
        for group in holders:
            frame.emit("held_by", person, group, token, "held_by.handed_over.v1")


# The office and hostage rules, in order.
office_rules = RuleSet(
    _official, _office, _held,
)
