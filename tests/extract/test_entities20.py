"""People counted and never named as ends of claims (rules/plural_people.counted_unnamed): one person entity named
by the description, kept to its document; never read where the text names them, for a toll, for one person, or
for a definite description nothing before introduced. Sentences written for this test, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def subjects(extractor: Any, text: str, predicate: str) -> set[str]:
    return {s.subject for s in said(extractor, text) if s.predicate == predicate and s.polarity == "positive"}


@pytest.mark.parametrize(("text", "predicate", "people"), [
    ("Agents of the state police detained three men in Zitacuaro on Tuesday.", "arrested", "three men"),
    ("Soldiers arrested 14 people in and around Ocotlan, the ministry said.", "arrested", "14 people"),
    ("Gunmen killed five young farmers outside a chapel in Tierra Blanca on Sunday.", "killed", "five young farmers"),
    ("Nine members of the Durango municipal police were arrested by soldiers on Friday.", "arrested",
     "Nine members of the Durango municipal police"),
    ("Prison officials say six inmates, all described as members of Los Chacales, fled before dawn.", "member_of",
     "six inmates"),
    ("Prosecutors said two sons of Mateo Quintal Arce were arrested in Colima.", "arrested", "two sons"),  # no name
    # of a person inside the entity's name
])
def test_people_counted_and_never_named_are_an_end(extractor: Any, text: str, predicate: str, people: str) -> None:
    assert people in subjects(extractor, text, predicate)


@pytest.mark.parametrize(("text", "predicate"), [
    ("More than 30,000 people have been killed in the violence since 2008.", "killed"),  # a toll
    ("One man was arrested by the state police in Zitacuaro.", "arrested"),  # one person
    ("The two men were charged with extortion in Zitacuaro.", "charged"),  # definite, introduced nowhere
])
def test_no_counted_entity_for_tolls_one_person_or_unintroduced_definites(extractor: Any, text: str,
                                                                         predicate: str) -> None:
    assert not {s for s in subjects(extractor, text, predicate) if s.split()[0].lower() in (
        "30,000", "one", "two", "man", "men")}


def test_a_named_list_wins_over_the_count(extractor: Any) -> None:
    text = "Soldiers arrested three men in Zitacuaro: Ramiro Tolsa Vera, Hugo Nieves Pardo and Ciro Mancera Luz."
    assert subjects(extractor, text, "arrested") == {"Ramiro Tolsa Vera", "Hugo Nieves Pardo", "Ciro Mancera Luz"}


def test_the_definite_description_is_the_people_counted_before(extractor: Any) -> None:
    text = ("Agents of the state police detained two men in Zitacuaro on Tuesday. The two men were charged with "
            "extortion on Thursday.")
    claims = [s for s in said(extractor, text) if s.subject == "two men"]
    assert {s.predicate for s in claims} >= {"arrested", "charged"}
    assert len({s.claim.subject_id for s in claims}) == 1


def test_the_same_words_in_two_documents_are_two_entities(extractor: Any) -> None:
    ids = set()
    for place in ("Zitacuaro", "Ocotlan"):
        result = extractor(Document.make(f"Soldiers detained three men in {place} on Monday.", "t.txt"))
        ids |= {e.id for e in result.entities if e.name == "three men"}
    assert len(ids) == 2
