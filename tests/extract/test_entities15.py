"""Entities a text names only by description: the group a person owns ("Marset's network", "X's gunmen",
"X's cell of G") and a country's ministry named by its minister's title ("Bolivia's interior minister").
Each reading is checked both ways: the reading made, and a near case where it must not be made. Names
are invented."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _aliases(extractor: Any, text: str) -> set[str]:
    """Every name and alias of the entities the extractor finds."""
    entities = extractor(Document.make(text, "test.txt")).entities
    return {n for e in entities for n in [e.name, *(a.name for a in e.aliases)]}


# --- a person's group, named by its owner ------------------------------------------------------------------
@pytest.mark.parametrize("text, owner, group, claim", [
    ("Police say that Julián Ochoa's people have been fighting the Sinaloa Cartel since 2019.",
     "Julián Ochoa", "faction led by Julián Ochoa", ("rival_of", "Sinaloa Cartel")),
    ("Residents blamed Ramiro Zavala's gunmen for the attack.", "Ramiro Zavala", "faction led by Ramiro Zavala", None),
    ("The smuggler Rodrigo Paiva Lemos was seen in Asunción. Paiva's organisation moved cocaine to Europe, police "
     "said.", "Rodrigo Paiva Lemos", "organisation of Rodrigo Paiva Lemos", ("traffics", "cocaine")),
])
def test_owned_group_is_led_by_its_owner(extractor: Any, text: str, owner: str, group: str,
                                         claim: tuple[str, str] | None) -> None:
    said = triples(extractor, text)
    assert (owner, "leader_of", group) in said
    if claim is not None:
        assert (group, *claim) in said


def test_owned_group_keeps_the_text_phrase(extractor: Any) -> None:
    text = "Police say that Julián Ochoa's people have been fighting the Sinaloa Cartel since 2019."
    assert "Julián Ochoa's people" in _aliases(extractor, text)


def test_owned_group_of_a_known_leader_is_his_group(extractor: Any) -> None:
    text = "Joaquín Guzmán leads the Sinaloa Cartel. Prosecutors said Guzmán's people clashed with the Gulf Cartel."
    said = triples(extractor, text)
    assert ("Sinaloa Cartel", "rival_of", "Gulf Cartel") in said
    assert not any("led by" in s or "led by" in o for s, _, o in said)


def test_an_officials_men_are_no_group(extractor: Any) -> None:
    said = triples(extractor, "Governor Ricardo Pineda's men clashed with the Gulf Cartel.")
    assert not any(p == "leader_of" for _, p, _ in said)


def test_owned_cell_of_a_group_is_its_faction(extractor: Any) -> None:
    said = triples(extractor, "The sheriff said Kenji Mori's cell of the Gulf Cartel handled the money.")
    assert ("faction led by Kenji Mori", "faction_of", "Gulf Cartel") in said
    said = triples(extractor, "Alejandro Rubio now runs his own faction of the Gulf Cartel.")
    assert ("faction led by Alejandro Rubio", "faction_of", "Gulf Cartel") in said


def test_owned_cell_in_a_place_is_no_faction(extractor: Any) -> None:
    said = triples(extractor, "The sheriff said Kenji Mori's cell in Tijuana handled the money.")
    assert not any(p == "faction_of" for _, p, _ in said)


# --- a country's ministry named by its minister's title ----------------------------------------------------
@pytest.mark.parametrize("text, person, ministry", [
    ("Bolivia's interior minister, Eduardo del Castillo, said the raid failed.",
     "Eduardo del Castillo", "Bolivian Ministry of the Interior"),
    ("Sweden's justice minister, Gunnar Strömmer, told reporters the gang would be dismantled.",
     "Gunnar Strömmer", "Swedish Ministry of Justice"),
    ("The operation was approved by Paraguayan Interior Minister Enrique Riera last week.",
     "Enrique Riera", "Paraguayan Ministry of the Interior"),
    ('"We will not negotiate," said Ecuador\'s defence minister, Gian Carlo Loffredo.',
     "Gian Carlo Loffredo", "Ecuadorian Ministry of Defence"),
    ("COPENHAGEN - Denmark's High Court upheld the ban. Justice Minister Nick Hækkerup welcomed the ruling.",
     "Nick Hækkerup", "Danish Ministry of Justice"),
])
def test_minister_of_a_country_is_official_of_its_ministry(extractor: Any, text: str, person: str,
                                                            ministry: str) -> None:
    assert (person, "official_of", ministry) in triples(extractor, text)


def test_foreign_ministry_takes_its_usual_name(extractor: Any) -> None:
    said = triples(extractor, "Norway's foreign minister, Kari Holm, condemned the attack.")
    assert ("Kari Holm", "official_of", "Norwegian Ministry of Foreign Affairs") in said


@pytest.mark.parametrize("text", [
    "Veracruz's security secretary, Hugo Gutiérrez, said the patrol was attacked.",  # a state's office
    "The Deputy Minister, Laura Pinto, said nothing.",  # no portfolio
    "Interior Secretary Rosa Icela Rodríguez spoke in Mexico City.",  # the knowledge base's ministry
])
def test_no_ministry_is_made_up_for_other_titles(extractor: Any, text: str) -> None:
    assert not any("Ministry of" in o for _, p, o in triples(extractor, text) if p == "official_of")


def test_the_men_of_two_owners_are_no_ones_group(extractor: Any) -> None:
    text = "Witnesses said Ramón Palma's and Julio Guzmán's men opened fire in the discotheque."
    assert not any(p == "leader_of" for _, p, _ in triples(extractor, text))


# --- the group a verb takes 'as' a person's faction ---------------------------------------------------------
@pytest.mark.parametrize("text, group", [
    ("Osiel Cárdenas Guillén led the Gulf Cartel. For years its firepower came from Los Zetas, a band of deserters "
     "whom Osiel had recruited as his armed wing.", "Los Zetas"),
    ("Osiel Cárdenas Guillén led the Gulf Cartel. In 1999 he recruited Los Zetas as his private army.", "Los Zetas"),
    ("Ramón Treviño ran the Noreste Cartel. The Tropa del Infierno was set up as Treviño's armed wing in 2014.",
     "Tropa del Infierno"),
])
def test_group_taken_as_a_persons_wing_is_that_wing(extractor: Any, text: str, group: str) -> None:
    said = triples(extractor, text)
    assert any(p == "leader_of" and o == group for _, p, o in said)
    assert any(s == group and p == "faction_of" for s, p, _ in said)


def test_people_taken_as_a_wing_name_no_group(extractor: Any) -> None:
    text = "Osiel Cárdenas Guillén led the Gulf Cartel. He recruited deserters from the army as his armed wing."
    assert not any(p == "leader_of" and o == "Los Zetas" for _, p, o in triples(extractor, text))


# --- hashish is a drug of its own ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, group", [
    ("Police seized two tonnes of hashish shipped from Morocco by the Mocro Maffia.", "Mocro Maffia"),
    ("The Rifi clan smuggled hashish across the Strait of Gibraltar, Spanish police said.", "Rifi"),
])
def test_hashish_is_trafficked(extractor: Any, text: str, group: str) -> None:
    assert (group, "traffics", "hashish") in triples(extractor, text)


def test_cannabis_is_not_hashish(extractor: Any) -> None:
    said = triples(extractor, "The Rifi clan smuggled cannabis across the Strait of Gibraltar, Spanish police said.")
    assert not any(o == "hashish" for _, _, o in said)
