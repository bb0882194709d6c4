"""operates_in and member_of from the wordings of regional reporting: where a group is run from, began,
holds or is strongest, and who is part of it without a role noun. Each sentence is written for its test
(names invented or generic, groups and places from the knowledge base), with the claim it must give, or
must not give."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[str, str, str, str, str, tuple[str, ...]]]:
    """(subject, predicate, object, certainty, polarity, sources) of every claim of the text."""
    return [(s.subject, s.predicate, s.object, s.certainty, s.polarity, s.sources) for s in said(extractor, text)]


def facts(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    return {(c[0], c[2]) for c in claims(extractor, text) if c[1] == predicate}


# --- operates_in --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "group", "place"), [
    ("In the region of Tierra Caliente, La Familia Michoacana remains the strongest armed group.",
     "La Familia Michoacana", "Tierra Caliente"),
    ("Further south, in the Frontera Chica region, the Gulf Cartel is still the main group.",
     "Gulf Cartel", "Frontera Chica"),
    ("A regional report described Los Zetas as the dominant group in the border city of Piedras Negras.",
     "Los Zetas", "Piedras Negras"),
    ("Investigators say Los Ardillos operate out of Chilapa.", "Los Ardillos", "Chilapa"),
    ("The Juárez Cartel is run from Chihuahua City, according to the state police.", "Juárez Cartel",
     "Chihuahua City"),
    ("For years the two brothers ran the Tijuana Cartel from safe houses in Ensenada.", "Tijuana Cartel",
     "Ensenada"),
    ("Tren de Aragua grew out of a prison in the Venezuelan state of Zulia.", "Tren de Aragua", "Zulia"),
    ("Los Choneros originated in Manta in the late 1990s.", "Los Choneros", "Manta"),
    ("Police said the Acapulco cell of the Beltrán-Leyva Organization was behind the attack.",
     "Beltrán-Leyva Organization", "Acapulco"),
    ("Agents raided a safe house used by the CJNG's cell in Colima City.", "Jalisco New Generation Cartel",
     "Colima City"),
    ("The raid targeted Barrio Azteca, a gang from Ciudad Juárez, and two of its suppliers.", "Barrio Azteca",
     "Ciudad Juárez"),
    ("Police blamed the Comando Vermelho, the Rio de Janeiro faction, for the attack.", "Comando Vermelho",
     "Rio de Janeiro"),
    ("Soldiers arrested three men in Los Mochis, the Sinaloa Cartel-controlled port.", "Sinaloa Cartel",
     "Los Mochis"),
    ("Reporters were stopped at the entrance of the CJNG-controlled town of Aguililla.",
     "Jalisco New Generation Cartel", "Aguililla"),
    ("Residents describe Apatzingán as a Cárteles Unidos-dominated city.", "Cárteles Unidos", "Apatzingán"),
    ("The Sinaloa Cartel moved cocaine through Guatemala for a decade.", "Sinaloa Cartel", "Guatemala"),
    ("The CJNG has set up in Zacatecas City, the governor said.", "Jalisco New Generation Cartel", "Zacatecas City"),
    ("The Gulf Cartel set up shop in Reynosa in the 1990s.", "Gulf Cartel", "Reynosa"),
    ("Los Zetas established itself in Coahuila within two years.", "Los Zetas", "Coahuila"),
    ("The presence of the CJNG in Colima City worries the governor.", "Jalisco New Generation Cartel",
     "Colima City"),
    ("For years Iván Archivaldo ran the Sinaloa Cartel's business in Culiacán.", "Sinaloa Cartel", "Culiacán"),
    ("The brief covers the two largest gangs of Honduras: MS-13 and Barrio 18.", "Barrio 18", "Honduras"),
])
def test_a_group_is_where_the_text_places_it(extractor: Any, text: str, group: str, place: str) -> None:
    assert (group, place) in facts(extractor, text, "operates_in")


@pytest.mark.parametrize("text", [
    "Soldiers moved into Aguililla after the CJNG withdrew.",  # the army moved there, no group
    "A Tapachula-based rights group counted 3,000 displaced people.",  # not a criminal group
    "Federal agents ran from Culiacán after the Sinaloa Cartel opened fire.",  # 'ran from': fled
    "The Gulf Cartel grew in strength after 2010.",  # no place
    "Los Zetas formed an alliance in Culiacán with two local gangs.",  # where a pact was made, an occasion
    "The Gulf Cartel set up a meeting in Culiacán with its suppliers.",  # an occasion, not the group settling
])
def test_no_presence_without_a_group_there(extractor: Any, text: str) -> None:
    found = facts(extractor, text, "operates_in")
    assert not {g for g, p in found if p in ("Aguililla", "Tapachula", "Culiacán")}, found


def test_a_region_heading_alone_places_no_group(extractor: Any) -> None:
    text = "SONORA\n\nPolice arrested a man who they said had sold weapons to the Caborca Cartel."
    assert ("Caborca Cartel", "Sonora") not in facts(extractor, text, "operates_in")


def test_where_a_group_operates_from_is_the_speakers_claim(extractor: Any) -> None:
    text = "A security analyst, Mariana Robles, said the Sinaloa Cartel operates out of Guatemala."
    found = [c for c in claims(extractor, text) if c[:3] == ("Sinaloa Cartel", "operates_in", "Guatemala")]
    assert found and found[0][5][-1].endswith("Mariana Robles")


# --- member_of ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "group"), [
    ("Police arrested Carlos Ramos, who officers say is part of the Gulf Cartel.", "Carlos Ramos", "Gulf Cartel"),
    ("Héctor Salinas was part of Los Zetas until 2012.", "Héctor Salinas", "Los Zetas"),
    ("Prosecutors say Abelardo Ruiz was on the Sinaloa Cartel's payroll for a decade.", "Abelardo Ruiz",
     "Sinaloa Cartel"),
    ("Ernesto Villa, on the payroll of the CJNG since 2019, was detained on Monday.", "Ernesto Villa",
     "Jalisco New Generation Cartel"),
    ("The Gulf Cartel kept Mario Tapia on its payroll for years.", "Mario Tapia", "Gulf Cartel"),
    ("Members of Los Viagras, including Samuel Ortiz and Daniel Ortiz, were detained.", "Daniel Ortiz",
     "Los Viagras"),
    ("Twenty members of MS-13 escaped from the prison. Among them was Rubén Cabrera.", "Rubén Cabrera", "MS-13"),
    ("Jorge Pérez was recruited into the Sinaloa Cartel at a bus station.", "Jorge Pérez", "Sinaloa Cartel"),
    ("Tomás Ibarra, who prosecutors said had worked as a lookout for the Gulf Cartel, was acquitted.",
     "Tomás Ibarra", "Gulf Cartel"),
    ("Police detained Rubén Salas, who investigators say joined La Línea in 2019.", "Rubén Salas", "La Línea"),
    ("Kevin Lindqvist carried out the killing as a hitman for the Gulf Cartel.", "Kevin Lindqvist", "Gulf Cartel"),
    ("Among the dead was Carmelo Ibáñez, who prosecutors say worked for the CJNG as an accountant.",
     "Carmelo Ibáñez", "Jalisco New Generation Cartel"),
    ("A former CJNG gunman, Eliseo Tovar Morales, told reporters he had been recruited into the cartel.",
     "Eliseo Tovar Morales", "Jalisco New Generation Cartel"),
])
def test_a_person_is_a_member(extractor: Any, text: str, person: str, group: str) -> None:
    assert (person, group) in facts(extractor, text, "member_of")


def test_a_believed_payroll_is_probable(extractor: Any) -> None:
    text = "Investigators believe that Abelardo Ruiz was on the payroll of Los Zetas."
    found = [c for c in claims(extractor, text) if c[:3] == ("Abelardo Ruiz", "member_of", "Los Zetas")]
    assert found and found[0][3] == "probable" and found[0][5][-1] == "Investigators"


def test_not_part_of_a_group_is_negative(extractor: Any) -> None:
    text = "Luis Mena is not part of the Sinaloa Cartel, his lawyer said."
    found = [c for c in claims(extractor, text) if c[:3] == ("Luis Mena", "member_of", "Sinaloa Cartel")]
    assert found and found[0][4] == "negative"


@pytest.mark.parametrize("text", [
    "Thirty people were arrested in a raid on the Gulf Cartel. Among them was Carmelo Ibáñez.",
    "Soldiers took part in a raid on the Gulf Cartel.",
])
def test_no_membership_from_company_kept(extractor: Any, text: str) -> None:
    assert not facts(extractor, text, "member_of")
