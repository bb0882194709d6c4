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
    ("The feud between the two clans killed more than sixty people in a year.", "killed"),  # a loose count
    ("Police detained 240 people in raids across the state of Tabasco.", "arrested"),  # a sweep
    ("One man was arrested by the state police in Zitacuaro.", "arrested"),  # one person
    ("The two men were charged with extortion in Zitacuaro.", "charged"),  # definite, introduced nowhere
])
def test_no_counted_entity_for_tolls_one_person_or_unintroduced_definites(extractor: Any, text: str,
                                                                         predicate: str) -> None:
    assert not {s for s in subjects(extractor, text, predicate) if s.split()[0].lower() in (
        "30,000", "one", "two", "man", "men")}


def test_a_count_joined_to_people_not_counted_is_no_end(extractor: Any) -> None:
    text = "Ramon Salas Ortega is survived by his wife, three children and his mother."
    assert not [s for s in said(extractor, text) if "children" in s.subject or "children" in s.object]


@pytest.mark.parametrize(("text", "people"), [
    ("Witnesses said sixty-two people were killed in a single day in Comayagua.", "sixty-two people"),
    ("Prosecutors charged thirteen members of the clique with terrorism-related crimes.",
     "thirteen members of the clique"),
    ("Police detained two alleged members of the gang in Ciudad Mendez on Thursday.",
     "two alleged members of the gang"),
])
def test_the_description_is_the_count_the_noun_and_the_noun_it_is_of(extractor: Any, text: str, people: str) -> None:
    assert people in {s.subject for s in said(extractor, text)}


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


def _entities(extractor: Any, text: str) -> dict[str, set[str]]:
    return {e.name: {a.name for a in e.aliases} for e in extractor(Document.make(text, "t.txt")).entities}


@pytest.mark.parametrize("text", [
    "The two bosses were Rinaldi and Francesco Varga. Ugo Serra, a member of the Varga faction, was arrested.",
    "The two bosses were Rinaldi and Francesco Varga. The Varga faction controlled the port of Salerno.",
])
def test_a_surname_before_faction_is_the_man_named_in_full(extractor: Any, text: str) -> None:
    found = _entities(extractor, text)
    assert "Varga faction" in found.get("faction led by Francesco Varga", set())
    assert "Varga" not in found


def test_a_faction_of_a_surname_no_one_carries_stays_a_group(extractor: Any) -> None:
    found = _entities(extractor, "The Varga faction of the Palmieri clan controlled the port of Salerno.")
    assert not any(name.startswith("faction led by") for name in found)


def test_the_english_name_of_mexicos_defence_secretariat_with_its_demonym() -> None:
    from testigo.kb import load_kb

    for name in ("Mexican Secretariat of National Defence", "Mexican Secretariat of National Defense"):
        assert [e.id for e in load_kb().lookup(name)] == ["kb-sedena"]


def test_a_count_the_next_sentence_names_is_those_people(extractor: Any) -> None:
    """A headline's count and the names of the story's first subject (past its dateline) are the same people."""
    named = ("Three men charged with extortion\n\nLAREDO -- Abel Ruiz Tapia, Omar Vela Gil and Ciro Luna Paz "
             "appeared in court today, prosecutors said.\n")
    assert "Three men" not in subjects(extractor, named, "charged")
    one = "Three men charged with extortion\n\nLAREDO -- Abel Ruiz Tapia appeared in court today.\n"
    assert "Three men" in subjects(extractor, one, "charged")
