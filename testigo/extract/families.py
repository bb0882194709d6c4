"""Family members listed by their given names after the family's name: 'the Beltrán Leyva brothers,
Arturo, Alfredo and Héctor', 'the Staggie twins, Rashied and Rashaad'. Each given name is a person
with the family's surname (the KB's, when it knows the full name); the surname before 'brothers' is then
no one of its own ('Ruelas Ortega' is no person beside Rodrigo and Mateo). A family the text does not list
stays as it is. Used by testigo/extract/components.py.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from testigo.extract.extensions import ext
from testigo.extract.group_names import _at
from testigo.kb import KnowledgeBase

__all__ = ["listed_family", "name_in_full"]

FAMILY_NOUNS = {"brothers", "sisters", "twins", "siblings", "cousins", "sons", "daughters"}


def _given_list(doc: Doc, i: int) -> list[int]:
    """The one-word names of ', A, B and C' from ``i`` (the comma), closed by a comma, a stop or a verb."""
    if i >= len(doc) or doc[i].text != ",":
        return []
    names: list[int] = []
    i += 1
    while i < len(doc) and doc[i].is_title and doc[i].is_alpha and not doc[i].is_stop \
            and doc[i].pos_ in ("PROPN", "NOUN", "VERB", "ADJ"):
        names.append(i)
        i += 1
        if i < len(doc) and doc[i].lower_ == "and" and names:
            i += 1
            continue
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
            i += 2
            continue
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].is_title:
            i += 1
            continue
        break
    closed = i >= len(doc) or doc[i].text in (",", ".", ";", ")") or doc[i].pos_ in ("VERB", "AUX")
    return names if len(names) >= 2 and closed else []


def listed_family(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Persons for the given names listed after 'the <surname> brothers'."""
    found: list[Span] = []
    family_names: set[int] = set()  # the words of the surnames whose members are listed
    for noun in _at(doc, FAMILY_NOUNS, attr=LOWER, first=2):
        start = noun.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and noun.i - start < 2 \
                and doc[start - 1].lower_ != "the":
            start -= 1
        if start == noun.i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        surname = doc[start:noun.i].text
        given = _given_list(doc, noun.i + 1)
        if given:
            family_names.update(range(start, noun.i))
        for i in given:
            person = Span(doc, i, i + 1, label="person")
            name_in_full(person, f"{doc[i].text} {surname}", kb)
            found.append(person)
    if not found:
        return chosen
    covered = {s.start for s in found}
    return [s for s in chosen if not set(range(s.start, s.end)) & covered
            and not (ext(s, "kb_id") is None and set(range(s.start, s.end)) <= family_names)] + found


def name_in_full(span: Span, full: str, kb: KnowledgeBase) -> None:
    """The span names the person ``full`` ('Arturo' in 'Arturo and Héctor Beltrán Leyva'): the KB's
    person when it knows that name, else a person by that name."""
    known = [e for e in kb.lookup(full) if e.kind == "person"]
    if known:
        span._.kb_id = known[0].id
    else:
        span._.full_name = full
