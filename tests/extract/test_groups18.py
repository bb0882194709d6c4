"""Bodies and groups named by a description: a state's security spokesman is an official of the state's security
secretariat ('the state security spokesman, X', "Sinaloa's security spokesman, X"), and a title with no state on it
is of the state the text opens with and names most. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model

NL_STORY = ("Region: Nuevo León. Nuevo León authorities said six inmates died in a fight at the Cadereyta prison. "
            "The prison is one of the most crowded in Nuevo León, and inmates have been moved there from "
            "Tamaulipas and Coahuila. ")


# --- a security spokesman of a state ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    # 'the state security spokesman, X,' under 'according to' (the parse loses the apposition)
    (NL_STORY + "According to the state security spokesman, Aldo Ferreti, the fight began at dawn.",
     ("Aldo Ferreti", "official_of", "Nuevo León public security secretariat")),
    # "the state's", the name in apposition
    (NL_STORY + "The state's security spokesman, Aldo Ferreti, said the guards had been detained.",
     ("Aldo Ferreti", "official_of", "Nuevo León public security secretariat")),
    # the name first, the title after it
    (NL_STORY + "Aldo Ferreti, the state security spokesman, said the guards had been detained.",
     ("Aldo Ferreti", "official_of", "Nuevo León public security secretariat")),
    # the state on the title, a spokeswoman
    ("Sinaloa's security spokeswoman, Marta Ibarra Luján, said the patrol came under fire near Culiacán.",
     ("Marta Ibarra Luján", "official_of", "Sinaloa public security secretariat")),
])
def test_a_security_spokesman_speaks_for_the_states_secretariat(extractor: Any, text: str,
                                                                 fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_spokesman_of_no_security_office_names_no_state_body(extractor: Any) -> None:
    found = triples(extractor, NL_STORY + "The prison's spokesman, Aldo Ferreti, said the guards had been detained.")
    assert not {f for f in found if f[0] == "Aldo Ferreti" and f[1] == "official_of"}


# --- a state title with no state on it: the state the text opens with and names most ---------------------------

def test_the_governor_of_the_state_the_text_opens_with(extractor: Any) -> None:
    text = NL_STORY + "Governor Ramiro Salcedo said the prison director had been removed."
    assert ("Ramiro Salcedo", "official_of", "Nuevo León state government") in triples(extractor, text)


def test_a_state_named_first_but_not_most_is_no_home_state(extractor: Any) -> None:
    text = ("Tamaulipas police moved six inmates to Nuevo León. Nuevo León officials said the men came from "
            "Tamaulipas, and Tamaulipas prosecutors asked for them back. Nuevo León refused. "
            "Governor Ramiro Salcedo said the prison director had been removed.")
    found = triples(extractor, text)
    assert not {f for f in found if f[0] == "Ramiro Salcedo" and f[1] == "official_of"}


@pytest.mark.parametrize("text", [
    "The governor of the state of Jalisco, Rubén Ochoa Llamas, said the helicopter was shot down near Villa Hermosa.",
    "Rubén Ochoa Llamas, the governor of the state of Jalisco, said the helicopter was shot down.",
])
def test_the_governor_of_the_state_of_a_state(extractor: Any, text: str) -> None:
    found = {f for f in triples(extractor, text) if f[1] == "official_of"}
    assert {f[2] for f in found} == {"Jalisco state government"}




def test_a_mayors_office_by_its_usual_names(extractor: Any) -> None:
    from testigo.model import Document

    result = extractor(Document.make("The mayor of Antwerp, Pieter Claes, asked for more police in the port.", "t"))
    office = next(e for e in result.entities if e.name == "Antwerp city government")
    assert {"City of Antwerp", "Mayor's Office of Antwerp"} <= {a.name for a in office.aliases}
    assert any(c.predicate == "official_of" and c.object_id == office.id for c in result.claims)


# --- a collective group named by a nationality: 'the Albanian networks', 'Dutch-Moroccan groups' ----------------

@pytest.mark.parametrize(("text", "fact"), [
    # a trafficking verb, no article
    ("Police say Albanian networks now smuggle cocaine through Rotterdam.",
     ("Albanian networks", "traffics", "cocaine")),
    # two such groups at war, a hyphenated nationality
    ("Since 2019 the Serbian clans have been at war with the Dutch-Moroccan gangs over the port.",
     ("Serbian clans", "rival_of", "Dutch-Moroccan gangs")),
    # a later phrase of the same nationality is the same group
    ("Albanian-speaking networks control the docks, the report says. Investigators believe the Albanian brokers "
     "are at war with the Italian clans.",
     ("Albanian-speaking networks", "rival_of", "Italian clans")),
])
def test_a_nationality_and_a_group_noun_name_a_group(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


@pytest.mark.parametrize(("text", "words"), [
    ("Mexican cartels smuggle most of the fentanyl that reaches the United States.", "Mexican cartels"),
    ("Albanian nationals were arrested in Antwerp for smuggling cocaine.", "Albanian nationals"),
    ("italian networks of lawyers moved the money, and the Sinaloa Cartel paid them.", "italian networks"),
])
def test_no_group_from_a_class_of_groups_or_people(extractor: Any, text: str, words: str) -> None:
    assert not {f for f in triples(extractor, text) if words in f}


@pytest.mark.parametrize(("text", "words"), [
    ("The United States added two Ecuadorian gangs, Los Lobos and Los Choneros, to its terrorist list.",
     "Ecuadorian gangs"),
    ("Some Honduran cliques moved cocaine for Mexican groups, including the Sinaloa Cartel.", "Mexican groups"),
    ("Both the Serbian and Albanian gangs moved cocaine through the port.", "Albanian gangs"),
    ("Washington designated the Gulf Cartel along with two non-Mexican groups.", "Mexican groups"),
])
def test_no_group_from_nationalities_counted_listed_or_coordinated(extractor: Any, text: str, words: str) -> None:
    assert not {f for f in triples(extractor, text) if words in f}


# --- a ministerial title with 'for': 'the Minister for Justice, X' ----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Denmark's Minister for Justice, Nick Larsen Holm, said the ban on the gang would stand.",
     ("Nick Larsen Holm", "official_of", "Danish Ministry of Justice")),
    ("Nick Larsen Holm, the Danish Minister for Justice, said the ban on the gang would stand.",
     ("Nick Larsen Holm", "official_of", "Danish Ministry of Justice")),
    ("Colombia's Minister for Defence, Iván Restrepo Mejía, said the Clan del Golfo had lost ground.",
     ("Iván Restrepo Mejía", "official_of", "Colombian Ministry of Defence")),
])
def test_a_minister_for_a_portfolio_heads_its_ministry(extractor: Any, text: str,
                                                       fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_minister_for_the_first_time_names_no_ministry(extractor: Any) -> None:
    found = triples(extractor, "Nick Larsen Holm, who became a minister for the first time in 2019, is Danish.")
    assert not {f for f in found if f[1] == "official_of" and "Ministry" in f[2]}
