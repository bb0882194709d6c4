"""Session 19 (helper cells19): groups the text names only by a place or a leader and a group noun.

- 'the P [trafficking] cell (group, crew, faction, network, ...)' as a party of a relation is a group of its
  own named by those words, when no group of the text or KB is named after P; not a plaza, not a part of a
  group the phrase names, not a description of a named group, not a group of another kind;
- "X's cell (gang)" is the group X leads, as "X's network" was; and the parser's noun 'reports' in
  "X's cell reports to G's commanders" is still the verb of answering to G.

Sentences are our own, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, triples

pytestmark = pytest.mark.model


# --------------------------------------------------------------------------- a group named by its place

@pytest.mark.parametrize(("text", "wanted"), [
    # an academic paper: passive, two leaders, the parser hangs 'the' on the place
    ("Below the brothers, the Nueva Rosita trafficking cell was run by Ramiro Ledesma Ortiz and Tomás Quiroga "
     "Peña, who moved cocaine north.",
     {("Ramiro Ledesma Ortiz", "leader_of", "Nueva Rosita trafficking cell"),
      ("Tomás Quiroga Peña", "leader_of", "Nueva Rosita trafficking cell")}),
    # a news story: active verb of leading
    ("Julio Arce Nava headed the Torreón cell until his capture in 2019.",
     {("Julio Arce Nava", "leader_of", "Torreón cell")}),
    # a word of what the group is before the place
    ("Julio Arce Nava headed the local Apatzingán cell until 2019.",
     {("Julio Arce Nava", "leader_of", "Apatzingán cell")}),
    # an apposition: the leader of the place's group
    ("Tomás Quiroga Peña, the leader of the Ciudad Juárez faction, was arrested in May.",
     {("Tomás Quiroga Peña", "leader_of", "Ciudad Juárez faction")}),
    # a conjunct of a named group
    ("Los Zetas and the Durango cell fought the Gulf Cartel in 2012.",
     {("Durango cell", "rival_of", "Gulf Cartel")}),
    # a bulletin: the group answers to its parent
    ("The Durango cell answers to Los Zetas, officials said.",
     {("Durango cell", "faction_of", "Los Zetas")}),
    # a court text: membership
    ("Prosecutors said Ramiro Ledesma Ortiz was a member of the Saltillo crew.",
     {("Ramiro Ledesma Ortiz", "member_of", "Saltillo crew")}),
    # a feature: a war
    ("The Torreón faction has been fighting the Gulf Cartel since 2015.",
     {("Torreón faction", "rival_of", "Gulf Cartel")}),
    # an indictment: a drug
    ("According to the indictment, the Culiacán network supplied cocaine to buyers in Phoenix.",
     {("Culiacán network", "traffics", "cocaine")}),
])
def test_group_named_by_its_place(extractor: Any, text: str, wanted: set[tuple[str, str, str]]) -> None:
    assert wanted <= triples(extractor, text)


def test_group_named_after_the_place_is_that_group(extractor: Any) -> None:
    text = "The Sinaloa Cartel has expanded. The Sinaloa group is led by Iván Archivaldo Guzmán."
    found = triples(extractor, text)
    assert ("Iván Archivaldo Guzmán Salazar", "leader_of", "Sinaloa Cartel") in found
    assert "Sinaloa group" not in names(extractor, text, "criminal_group")


@pytest.mark.parametrize("text", [
    "The Monterrey business group was led by Ramiro Ledesma Ortiz.",  # a group of another kind
    "The Tijuana plaza was controlled by Ramiro Ledesma Ortiz.",  # a territory
    "The Comando Vermelho, the Rio de Janeiro faction, has fought the PCC since 2016.",  # a description of G
    "In 2016 the Comando Vermelho was the Rio de Janeiro faction that fought the PCC.",  # the same, as a predicate
    "The Culiacán faction of the Sinaloa Cartel is fighting the Gulf Cartel.",  # a part of a named group
])
def test_no_group_named_by_the_place(extractor: Any, text: str) -> None:
    made = names(extractor, text, "criminal_group")
    assert not any(n.endswith(("group", "plaza", "faction")) and not n.startswith("Sinaloa") for n in made)


# --------------------------------------------------------------------------- a group named by its leader

def test_a_persons_cell_answers_to_a_group(extractor: Any) -> None:
    text = "We assess with moderate confidence that El Ruso's cell reports to CJNG regional commanders in Colima."
    found = triples(extractor, text)
    assert ("faction led by El Ruso", "faction_of", "Jalisco New Generation Cartel") in found
    assert not any(s == "Los Rusos" for s, _, _ in found)  # a cell of El Ruso is no group the KB names after Rusos


@pytest.mark.parametrize("text", [
    "Police said Raúl Mendoza's cell controlled the market in Apatzingán.",
    "Raúl Mendoza's gang was fighting Los Zetas in 2012.",
])
def test_a_persons_crew(extractor: Any, text: str) -> None:
    led = {o for s, p, o in triples(extractor, text) if (s, p) == ("Raúl Mendoza", "leader_of")}
    assert led in ({"faction led by Raúl Mendoza"}, {"gang of Raúl Mendoza"})


def test_a_persons_crew_when_the_text_says_which_group(extractor: Any) -> None:
    text = "Raúl Mendoza leads Los Cuervos. Raúl Mendoza's gang was fighting Los Zetas in 2012."
    led = {o for s, p, o in triples(extractor, text) if p == "leader_of"}
    assert not any("Raúl Mendoza" in o for o in led)


def test_a_report_is_no_group(extractor: Any) -> None:
    text = "A DEA report to Congress in 2019 named Los Zetas."
    assert not any(p == "faction_of" for _, p, _ in triples(extractor, text))


# --------------------------------------------------------------------------- a part of a group told by its leader

@pytest.mark.parametrize(("text", "part", "whole"), [
    ("The attack was carried out by a cell of Los Zetas headed by Raúl Mendoza Ortiz.",
     "faction led by Raúl Mendoza Ortiz", "Los Zetas"),
    ("Officials blamed a faction of Los Cuervos led by Julio Arce Nava for the ambush.",
     "faction led by Julio Arce Nava", "Los Cuervos"),
])
def test_a_part_told_by_its_leader_is_a_faction(extractor: Any, text: str, part: str, whole: str) -> None:
    assert (part, "faction_of", whole) in triples(extractor, text)


def test_a_group_told_by_its_leader_is_no_faction(extractor: Any) -> None:
    text = "The attack was carried out by a gang of gunmen led by Raúl Mendoza Ortiz."
    assert not any(p == "faction_of" for _, p, _ in triples(extractor, text))


def test_a_described_part_is_no_new_faction(extractor: Any) -> None:
    text = ('Police arrested Néstor Pérez Salas, head of security of Los Cuervos, the faction of the Gulf Cartel '
            'headed by the sons of Raúl Mendoza Ortiz.')
    assert not any(p == "faction_of" and s.startswith("faction led by") for s, p, _ in triples(extractor, text))
