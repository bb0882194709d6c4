"""Killings, arrests and charges read in wordings the event rules missed: who was behind a killing or carried it
out ('G was behind the murder of X', 'the killing was carried out by G', 'G committed the murder'), 'the death of
X' where someone is blamed for it; the dead set off by a name ('One of the dead, X, ...') or described and then
named ('Among the dead was the man who led the cell, known as X'). Sentences written for these tests, invented
names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


# --- who was behind a killing, or carried it out ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Police say Los Pardos were behind the murder of Julio Mena.", ("Julio Mena", "killed", "Los Pardos")),
    ("Investigators believe the Moreno Cartel is behind the killing of Julio Mena.",
     ("Julio Mena", "killed", "Moreno Cartel")),
    # the group named, then described as the one behind it
    ("Los Pardos, the gang behind the assassination of Julio Mena, control the port.",
     ("Julio Mena", "killed", "Los Pardos")),
    # passive with the agent, the killing told the sentence before
    ("Julio Mena was shot dead in May. Prosecutors said the killing was carried out by Los Pardos.",
     ("Julio Mena", "killed", "Los Pardos")),
    ("The murder of Julio Mena was carried out by Los Pardos, prosecutors said.",
     ("Julio Mena", "killed", "Los Pardos")),
    ("Prosecutors said Los Pardos carried out the killing of Julio Mena.", ("Julio Mena", "killed", "Los Pardos")),
    ("Ramiro Soto committed the murder of Julio Mena in 2019, the court found.",
     ("Julio Mena", "killed", "Ramiro Soto")),
    ("The killing of Julio Mena was ordered by Ramiro Soto.", ("Julio Mena", "killed", "Ramiro Soto")),
    # 'the death of X' where someone is blamed for it
    ("Prosecutors blamed Los Pardos for the deaths of Julio Mena and Ana Vera.", ("Ana Vera", "killed", "Los Pardos")),
    ("Police say Los Pardos were responsible for Julio Mena's death.", ("Julio Mena", "killed", "Los Pardos")),
])
def test_the_one_behind_a_killing(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_not_behind_the_killing_is_a_denial(extractor: Any) -> None:
    text = "Julio Mena was shot dead in May. Los Pardos were not behind the killing, the group said."
    found = [s for s in said(extractor, text) if (s.subject, s.predicate, s.object) ==
             ("Julio Mena", "killed", "Los Pardos")]
    assert found and all(s.polarity == "negative" for s in found)


@pytest.mark.parametrize("text", [
    # a death no one is said to have caused
    "Julio Mena's death shocked the town, and Los Pardos held a vigil.",
    "The death of Julio Mena was reported by Los Pardos on Monday.",
    # something else behind, or carried out
    "Los Pardos were behind the protests after the arrest of Julio Mena.",
    "Los Pardos carried out the transfer of Julio Mena to Texas.",
])
def test_no_killing_without_a_doer_of_it(extractor: Any, text: str) -> None:
    assert not {f for f in triples(extractor, text) if f[1] == "killed" and f[2] == "Los Pardos"}


# --- the dead, named or described ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [
    ("One of the dead, Tomás Beltri, had turned 18 that evening.", "Tomás Beltri"),
    ("Two of the dead, Ana Vera and Luis Roldán, were cousins.", "Luis Roldán"),
    ('Among the dead was the man who led the cell, known as "El Cuervo".', "El Cuervo"),
    ('The dead included a woman who ran the safe house, known as "La Güera".', "La Güera"),
])
def test_the_dead_named_or_described(extractor: Any, text: str, person: str) -> None:
    assert (person, "killed", "") in triples(extractor, text)


@pytest.mark.parametrize(("text", "person"), [
    ("One of the witnesses, Tomás Beltri, had turned 18 that evening.", "Tomás Beltri"),
    # the name ends a phrase inside the description, not set off: the one the dead man killed
    ("One of the dead was the man who shot the officer known as Raúl Ibarra.", "Raúl Ibarra"),
    ("Among the dead was a driver; the police chief, known as Raúl Ibarra, survived.", "Raúl Ibarra"),
])
def test_no_dead_from_a_name_beside_them(extractor: Any, text: str, person: str) -> None:
    assert (person, "killed", "") not in triples(extractor, text)


def test_one_of_the_dead_set_off_in_a_longer_sentence(extractor: Any) -> None:
    text = ("The six were found in two cars. Two gunmen shot each victim in the head. One of the dead, Tomás "
            "Beltri, had turned 18 that evening and had been celebrating with friends, a police spokesman said.")
    assert ("Tomás Beltri", "killed", "") in triples(extractor, text)


# --- a list after 'among' whose last name the parser hangs on the verb ------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Among those convicted with Pardo were Nicola Dreni, described at trial as his right-hand man, and "
     "Prenk Ivaj, who prosecutors said ran the machines.", ("Prenk Ivaj", "charged", "")),
    ("Among those arrested on Tuesday were Pedro Lugo, a former police officer, and Raúl Vera.",
     ("Raúl Vera", "arrested", "")),
    ("Among the dead were Ana Ruiz, a nurse from Tepic, and Luis Roldán.", ("Luis Roldán", "killed", "")),
])
def test_the_last_name_of_an_among_list(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_name_of_another_clause_is_not_among_them(extractor: Any) -> None:
    text = "Among the witnesses was Pedro Lugo, a driver, and Raúl Vera was the judge."
    assert not {f for f in triples(extractor, text) if f[0] == "Raúl Vera"}


# --- soldiers and troops as a country's army --------------------------------------------------------------------

def test_soldiers_beside_another_force_are_the_army(extractor: Any) -> None:
    text = ("Omar Trevilla ran the group for two years. He was arrested by soldiers and federal police in San Pedro "
            "Garza García, Nuevo León, in March 2015.")
    arresters = {f[2] for f in triples(extractor, text) if f[:2] == ("Omar Trevilla", "arrested")}
    assert "Secretaría de la Defensa Nacional" in arresters


def test_troops_in_a_text_of_two_countries_are_those_of_the_place(extractor: Any) -> None:
    text = ("Ramón Soto lived in Texas for years and testified in the United States. In 2011 troops detained "
            "him in Culiacán.")
    assert ("Ramón Soto", "arrested", "Secretaría de la Defensa Nacional") in triples(extractor, text)


def test_soldiers_with_a_ministry_of_their_own_are_left_to_it(extractor: Any) -> None:
    text = "Soldiers arrested Juan Peralta in Culiacán on Monday, the Defence Ministry said."
    assert ("Juan Peralta", "arrested", "Secretaría de la Defensa Nacional") not in triples(extractor, text)


def test_a_name_joined_to_a_name_inside_the_description_is_not_listed(extractor: Any) -> None:
    text = "Among those arrested on Tuesday was Pedro Lugo, a cousin of Mario Arzate and Luis Roldán."
    assert ("Luis Roldán", "arrested", "") not in triples(extractor, text)


# --- 'the attack' just after a killing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Julio Mena was shot dead in May. Police said the attack was carried out by Los Pardos.",
     ("Julio Mena", "killed", "Los Pardos")),
    ("Gunmen killed Julio Mena on Monday. Prosecutors believe Los Pardos were behind the attack.",
     ("Julio Mena", "killed", "Los Pardos")),
    ("Julio Mena was shot dead outside his home. The ambush was ordered by Ramiro Soto, police said.",
     ("Julio Mena", "killed", "Ramiro Soto")),
])
def test_the_attack_is_the_killing_just_told(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Julio Mena was shot dead in May. In June, Los Pardos carried out an attack on a police station.",
    "Julio Mena was shot dead in May. Los Pardos were behind the attack on the police station in June.",
    "Los Grises attacked a bar in Reynosa on Friday. Police said the attack was carried out by Los Pardos.",
])
def test_another_attack_is_no_killing(extractor: Any, text: str) -> None:
    assert not {f for f in triples(extractor, text) if f[1] == "killed" and f[2] == "Los Pardos"}


# --- on a sanctions list ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Julio Mena has been on the OFAC sanctions list since 2012.", ("Julio Mena", "designated", "United States")),
    ("Los Pardos appear on the US Treasury's list of transnational criminal organisations.",
     ("Los Pardos", "designated", "United States")),
    ("Julio Mena, who remains on the Treasury's list of Specially Designated Nationals, fled to Spain.",
     ("Julio Mena", "designated", "Treasury")),
])
def test_on_a_sanctions_list(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Julio Mena remains on the State Department's list of wanted fugitives.",
    "Julio Mena was on the guest list of the party thrown by the Treasury secretary.",
])
def test_on_another_list_is_no_designation(extractor: Any, text: str) -> None:
    assert not {f for f in triples(extractor, text) if f[1] == "designated"}


def test_no_longer_on_the_list_is_a_denial(extractor: Any) -> None:
    found = [s for s in said(extractor, "Julio Mena is no longer on the OFAC sanctions list.")
             if s.predicate == "designated"]
    assert found and all(s.polarity == "negative" for s in found)


def test_the_army_in_a_text_of_two_countries_is_that_of_its_sentence(extractor: Any) -> None:
    text = "The army arrested Juan Peralta in Culiacán. He was later sent to Colombia and held in Bogotá."
    assert ("Juan Peralta", "arrested", "Secretaría de la Defensa Nacional") in triples(extractor, text)
