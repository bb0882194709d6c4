"""Arrests, charges, killings and designations read in wordings the event rules missed: a designation shared by a
companion ('along with B', 'together with X himself') or told as one of the designated ('X was among the
designated individuals'); a second object the parser hangs on the verb or an apposition inside a list ('charged
A, known as Z, and his brother B'; 'charged A, the former mayor B and other officials'); a country's one national
police named by its people ('Colombian police'); 'the father', 'the brother' for the one person a kin claim just
told so. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- a designation shared by a companion -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    # passive, the agent hung on the label, the companion a group after the date
    ("Los Pardos were designated a transnational criminal organisation by the United States in March, "
     "along with Los Grises.",
     ("Los Grises", "designated", "United States")),
    # active, the companion a person
    ("On 2 May the United States designated the Moreno Cartel a foreign terrorist organisation, together with "
     "Julio Moreno himself.",
     ("Julio Moreno", "designated", "United States")),
    # 'alongside', passive with the agent on the verb
    ("Los Pardos were designated as a foreign terrorist organization by the State Department, alongside "
     "Los Grises.",
     ("Los Grises", "designated", "United States")),
])
def test_a_companion_shares_the_designation(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_companion_of_no_designation_is_not_designated(extractor: Any) -> None:
    text = "Julio Moreno was arrested by the army in Culiacán in March, along with his driver, Mario Cano."
    assert not {f for f in triples(extractor, text) if f[1] == "designated"}


# --- one of the designated -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The United States designated the Moreno Cartel as a transnational criminal organisation in May. "
     "Julio Moreno was among the designated individuals.",
     ("Julio Moreno", "designated", "United States")),
    ("The State Department designated the Moreno Cartel as a foreign terrorist organisation last week. "
     "Among the designated leaders was Julio Moreno.",
     ("Julio Moreno", "designated", "United States")),
])
def test_one_among_the_designated(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_among_the_arrested_is_no_designation(extractor: Any) -> None:
    text = ("The United States designated the Moreno Cartel as a transnational criminal organisation in May. "
            "Julio Moreno was among the arrested individuals.")
    assert ("Julio Moreno", "designated", "United States") not in triples(extractor, text)


# --- a second object hung on the verb, an apposition inside a list ----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Prosecutors in Texas charged Ramiro Lucero, known as \"El Topo,\" and his brother Damián Lucero, "
     "\"El Topito,\" with money laundering.",
     ("Damián Lucero", "charged", "")),
    ("Federal prosecutors charged Tomás Herrera, the former mayor Julián Ocampo and other officials with bribery.",
     ("Julián Ocampo", "charged", "")),
    ("The indictment charges Marta Vidal, 52, known as \"La Contadora,\" and her partner Óscar Prieto with fraud.",
     ("Óscar Prieto", "charged", "")),
    ("In March 2020 prosecutors in Miami charged Rafael Urdaneta, the defence minister Óscar Linares and two "
     "generals with cocaine trafficking.",
     ("Óscar Linares", "charged", "")),
    ("Mexican soldiers detained Hugo Rendón, the plaza boss Iván Salcedo and three gunmen near the border.",
     ("Iván Salcedo", "arrested", "Secretaría de la Defensa Nacional")),
])
def test_each_object_of_the_list(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_clause_after_the_object_is_no_object(extractor: Any) -> None:
    text = "Police arrested Ramiro Lucero, known as \"El Topo,\" and his brother Damián Lucero fled to Guatemala."
    assert not {f for f in triples(extractor, text) if f[0] == "Damián Lucero" and f[1] == "arrested"}


def test_the_same_person_in_apposition_is_one(extractor: Any) -> None:
    text = "Prosecutors charged Joaquín Guzmán, El Chapo, and his son Ovidio Guzmán with trafficking."
    found = {f for f in triples(extractor, text) if f[1] == "charged"}
    assert ("Ovidio Guzmán López", "charged", "") in found or ("Ovidio Guzmán", "charged", "") in found
    assert len({f[0] for f in found}) == 2


def test_a_warrant_executed_against_a_list_is_no_killing(extractor: Any) -> None:
    text = ("The state prosecutor's office executed arrest warrants against Marco Antonio \"N\", alias \"El Marcos\"; "
            "Josué \"N\", alias \"El Chino\"; and Alejandra \"N\", for their probable part in extortion.")
    assert not {f for f in triples(extractor, text) if f[1] == "killed"}


# --- a country's one national police named by its people ----------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("In April, Salvadoran police arrested José Umaña and several relatives.",
     ("José Umaña", "arrested", "National Civil Police of El Salvador")),
    ("8 AUGUST 2012 — Sebastián Murillo is captured by Colombian police in Antioquia.",
     ("Sebastián Murillo", "arrested", "Colombian National Police")),
    ("The Dutch police picked Carlos Rivas up at the airport in Amsterdam.",
     ("Carlos Rivas", "arrested", "Dutch National Police")),
    ("Ecuadorian police detained Wilmer Ponce in Manta on Sunday.",
     ("Wilmer Ponce", "arrested", "Ecuadorian National Police")),
])
def test_a_national_police_by_its_people(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_country_of_many_police_forces_stays_the_country(extractor: Any) -> None:
    assert ("Tomás Yarrington", "arrested", "Mexico") in triples(extractor, "Mexican police arrested Tomás Yarrington.")


# --- 'the father', 'the brother', 'the wife': the one person a kin claim just told names so -------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The cell was led by Tomás Lira, \"El Güero,\" the young son of Ramón Lira. The father was arrested by "
     "Mexican soldiers in Culiacán in January 2008.",
     ("Ramón Lira", "arrested")),
    ("Costilla shared command with Osiel's brother, Antonio Ezequiel Cárdenas Guillén, until marines killed the "
     "brother in a gunbattle in Matamoros in November 2010.",
     ("Antonio Ezequiel Cárdenas Guillén", "killed")),
    ("Rosa Quintero is the wife of the cartel boss Héctor Quintero. In 2019 the wife was detained in Madrid.",
     ("Rosa Quintero", "arrested")),
    ("Luis Pardo, a brother of Mario Pardo, ran the cell for years. The brother was shot dead in Tijuana in 2021.",
     ("Luis Pardo", "killed")),
])
def test_a_kin_noun_stands_for_the_one_so_told(extractor: Any, text: str, fact: tuple[str, str]) -> None:
    assert fact in {f[:2] for f in triples(extractor, text)}


@pytest.mark.parametrize("text", [
    "Juan Ríos and Pedro Ríos are brothers. The brother was arrested in May.",
    "Juan Ríos led the cell in Tijuana. The father was arrested in May.",
])
def test_a_kin_noun_with_no_one_so_told_is_no_one(extractor: Any, text: str) -> None:
    assert not {f for f in triples(extractor, text) if f[1] == "arrested"}
