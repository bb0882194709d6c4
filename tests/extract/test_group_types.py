"""Document-level kinds of names the KB does not know: a name the text defines as a gang, that
acts as one or is coordinated with one is a criminal group at every mention; companies,
agencies, media, NGOs and churches stay what they are; headings and wire names are no entities.
Each test is a short text of our own."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def kinds(extractor: Any, text: str) -> dict[str, str]:
    """Entity name or alias -> kind."""
    result = extractor(Document.make(text, "test.txt"))
    found = {}
    for entity in result.entities:
        found[entity.name] = entity.kind
        for alias in entity.aliases:
            found.setdefault(alias.name, entity.kind)
    return found


def test_a_name_defined_as_a_criminal_organisation_is_a_group_with_its_aliases(extractor: Any) -> None:
    found = kinds(extractor, "The Terceiro Comando Puro (TCP), or Pure Third Command, is Rio's second criminal "
                             "organisation. The TCP sells crack in the northern suburbs.")
    assert found.get("TCP") == "criminal_group"
    assert found.get("Pure Third Command") == "criminal_group"


def test_a_name_in_apposition_to_a_gang_is_a_group(extractor: Any) -> None:
    found = kinds(extractor, "Inmates from the Família Unida (FU), a gang from the north, killed nine prisoners "
                             "in March.")
    assert found.get("FU") == "criminal_group"


def test_a_name_coordinated_with_a_criminal_group_is_a_group(extractor: Any) -> None:
    found = kinds(extractor, "For years the Sinaloa Cartel and the FNX kept a truce.")
    assert found.get("FNX") == "criminal_group"
    found = kinds(extractor, "Fighting between the Sinaloa Cartel and the Frente Norte killed dozens.")
    assert found.get("Frente Norte") == "criminal_group"


def test_a_name_that_controls_territory_is_a_group(extractor: Any) -> None:
    found = kinds(extractor, "Police say the Barrio Azul controls most of the favelas in the west of the city.")
    assert found.get("Barrio Azul") == "criminal_group"


@pytest.mark.parametrize("text, name", [
    ("Petrobras, a Brazilian oil company, said the Sinaloa Cartel had not touched its ships.", "Petrobras"),
    ("Investigators say the Sinaloa Cartel and Pemex both used the port.", "Pemex"),
    ("The Ministry of Justice said the Sinaloa Cartel and Los Zetas had agreed a truce.", "Ministry of Justice"),
    ("Human Rights Watch, an international organisation, said the Sinaloa Cartel controls the routes.",
     "Human Rights Watch"),
    ("Members of the Workers' Party marched in Brasília on Sunday.", "Workers' Party"),
    ("Two members of Greenpeace were detained in Veracruz.", "Greenpeace"),
    ("Pemex's leader said output fell in the north.", "Pemex"),
    ("The Folha de S.Paulo reported that the Sinaloa Cartel and the Catholic Church had talked.",
     "Catholic Church"),
])
def test_organisations_stay_organisations(extractor: Any, text: str, name: str) -> None:
    found = kinds(extractor, text)
    assert found.get(name, "none") != "criminal_group"


def test_a_heading_word_is_no_entity(extractor: Any) -> None:
    found = kinds(extractor, "Origins\n\nThe Sinaloa Cartel was founded in the 1980s in Culiacán.\n\n"
                             "Analysis: why the gangs fight\n\nThe war began in 2008.")
    assert "Origins" not in found
    assert "Analysis" not in found


def test_a_wire_name_in_a_dateline_is_no_entity(extractor: Any) -> None:
    found = kinds(extractor, "CULIACAN, March 3 (Reuters) - Gunmen of the Sinaloa Cartel killed four police "
                             "officers on Monday.")
    assert "Reuters" not in found


def test_a_first_name_cut_off_by_the_model_stays_in_the_name(extractor: Any) -> None:
    found = kinds(extractor, "Nelson Arcadio Funes Bonilla, who ran the gang with his brother Wilmer Josué Funes "
                             "Bonilla, told the court that the gang moved cocaine north.")
    assert found.get("Nelson Arcadio Funes Bonilla") == "person"
    assert found.get("Wilmer Josué Funes Bonilla") == "person"


def test_surnames_cut_off_by_the_model_stay_in_the_name(extractor: Any) -> None:
    found = kinds(extractor, "Its founder, Rogério Ivens Saldanha Pires, alias \"Tatu\", has been in prison "
                             "since 1999.")
    assert found.get("Rogério Ivens Saldanha Pires") == "person"


def test_an_outlet_in_a_dateline_is_no_entity(extractor: Any) -> None:
    found = kinds(extractor, "TEPIC, Nayarit, May 2, 2024 (El Correo del Valle) - Gunmen of the Sinaloa Cartel "
                             "burned two trucks on Monday, residents said.")
    assert not [name for name in found if "Correo" in name]


@pytest.mark.parametrize("text, name", [
    ("Police arrested six members of the Frente Sul in the suburbs in March.", "Frente Sul"),
    ("The TCP faction lost two favelas to the militias in 2022.", "TCP"),
    ("Police said the Grupo Sul's leader was arrested in May.", "Grupo Sul"),
])
def test_a_name_with_members_a_leader_or_a_group_noun_is_a_group(extractor: Any, text: str, name: str) -> None:
    assert kinds(extractor, text).get(name) == "criminal_group"


@pytest.mark.parametrize(("text", "name"), [
    ("The Tejones Cartel has been fighting a rival network known as Zorba.", "Zorba"),
    ("Police say a clan called Marvela runs the port.", "Marvela"),
    ("The money went to a syndicate known as Kesterwood.", "Kesterwood"),
])
def test_a_name_a_network_clan_or_syndicate_is_called_is_a_group(extractor: Any, text: str, name: str) -> None:
    assert kinds(extractor, text).get(name) == "criminal_group"
