"""Where groups operate, read from wordings the presence rules missed: a participle set off at a clause's end that
tells of the group it follows ('... members of G, operating in P'), the second of two 'where' clauses ('P is where
X offended and where G remains active'), a group's own people kept somewhere ('G keeps operators in P', 'G
maintains representatives in P'), a group given over to a trade somewhere ('a cell dedicated to trafficking in P');
and what a group trafficks, read from a drug it receives or buys ('G received cocaine', 'the largest buyer of
cocaine'). Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _places(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {f for f in triples(extractor, text) if f[1] == "operates_in"}


# --- a participle at a clause's end, after the group it tells of ------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    # a cell of the group, an apposition between: the group named first
    ("The general said the gunmen may have belonged to a cell of Los Pardos, the armed wing of the Gulf Cartel, "
     "operating from Matamoros.",
     ("Los Pardos", "operates_in", "Matamoros")),
    # 'operating out of', the clause's subject a state body
    ("Investigators traced the money to a ring of smugglers tied to Los Pardos, operating out of Matamoros.",
     ("Los Pardos", "operates_in", "Matamoros")),
    # a court text, a passive participle
    ("The court convicted eleven men who had worked for the Red Crane gang, based in Durango.",
     ("Red Crane", "operates_in", "Durango")),
])
def test_a_participle_at_the_clauses_end_tells_of_the_group_before_it(extractor: Any, text: str,
                                                                      fact: tuple[str, str, str]) -> None:
    assert fact in _places(extractor, text)


def test_a_participle_at_the_end_of_a_groups_own_clause_stays_the_subjects(extractor: Any) -> None:
    text = "Los Pardos fought the Gulf Cartel for years, operating out of Matamoros."
    found = _places(extractor, text)
    assert ("Los Pardos", "operates_in", "Matamoros") in found
    assert ("Gulf Cartel", "operates_in", "Matamoros") not in found


def test_a_participle_after_no_group_places_none(extractor: Any) -> None:
    text = "Soldiers clashed with Los Pardos near the market on Sunday, arriving from Monterrey."
    assert ("Los Pardos", "operates_in", "Monterrey") not in _places(extractor, text)


# --- the second of two 'where' clauses ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("Tijuana is where the smuggling began and where Los Pardos remain strongest.",
     ("Los Pardos", "operates_in", "Tijuana")),
    ("Reynosa, where he was born and where the Gulf Cartel still operates, lies on the border.",
     ("Gulf Cartel", "operates_in", "Reynosa")),
    ("The parole board notes that Culiacán is where you offended and where Los Pardos remain active.",
     ("Los Pardos", "operates_in", "Culiacán")),
])
def test_the_second_of_two_where_clauses_tells_of_the_place(extractor: Any, text: str,
                                                            fact: tuple[str, str, str]) -> None:
    assert fact in _places(extractor, text)


def test_an_arrest_in_a_where_clause_places_no_group(extractor: Any) -> None:
    text = "Culiacán is where the founder of the Gulf Cartel was born and where the army arrested him."
    assert not _places(extractor, text)


# --- a group's own people kept somewhere ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The Red Crane gang maintains its own representatives in Ecuador and in Antwerp.",
     ("Red Crane", "operates_in", "Antwerp")),
    ("Los Pardos keep lookouts in every neighbourhood of Matamoros.",
     ("Los Pardos", "operates_in", "Matamoros")),
    ("According to the report, the Sinaloa Cartel has emissaries in Bogotá and Lima.",
     ("Sinaloa Cartel", "operates_in", "Lima")),
    ("A researcher said the Sinaloa Cartel \"probably has operators in Valdena, for logistics and money.\"",
     ("Sinaloa Cartel", "operates_in", "Valdena")),
])
def test_a_groups_own_people_kept_somewhere_place_it_there(extractor: Any, text: str,
                                                          fact: tuple[str, str, str]) -> None:
    assert fact in _places(extractor, text)


def test_people_killed_somewhere_are_not_kept_there(extractor: Any) -> None:
    text = "Los Pardos have killed three dealers in Matamoros, police said."
    assert ("Los Pardos", "operates_in", "Matamoros") not in _places(extractor, text)


# --- a group given over to a trade somewhere ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    # a release: a cell named through its head, the places on the last noun of the trade
    ("According to intelligence reports, Rufino Baca headed a criminal cell dedicated to the trafficking of drugs, "
     "kidnapping and homicide in the states of Nayarit, Jalisco and Zacatecas.",
     ("criminal cell headed by Rufino Baca", "operates_in", "Zacatecas")),
    ("Los Pardos are a gang dedicated to extortion and drug sales in Matamoros and Reynosa.",
     ("Los Pardos", "operates_in", "Reynosa")),
    ("The Red Crane gang, engaged in fuel theft in Hidalgo, was dismantled last year.",
     ("Red Crane", "operates_in", "Hidalgo")),
    # 'described X as', a gerund
    ("Prosecutors described Los Pardos as a network devoted to smuggling migrants through Chiapas.",
     ("Los Pardos", "operates_in", "Chiapas")),
])
def test_a_group_given_over_to_a_trade_is_where_it_plies_it(extractor: Any, text: str,
                                                           fact: tuple[str, str, str]) -> None:
    assert fact in _places(extractor, text)


def test_a_person_given_over_to_a_trade_places_no_group(extractor: Any) -> None:
    text = "Police in Reynosa arrested a man of Los Pardos dedicated to extortion in Matamoros."
    assert ("Los Pardos", "operates_in", "Matamoros") not in _places(extractor, text)


# --- a drug a group receives or buys ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("The defendant admitted that Los Pardos received methamphetamine from laboratories run by other factions and "
     "moved it north.",
     ("Los Pardos", "traffics", "methamphetamine")),
    ("Prosecutors say the Red Crane gang received two tonnes of cocaine in 2019.",
     ("Red Crane", "traffics", "cocaine")),
    ("By 1995 Los Pardos had become the largest buyer of Colombian cocaine in the region.",
     ("Los Pardos", "traffics", "cocaine")),
    ("Los Pardos are the main importers of heroin into the port.",
     ("Los Pardos", "traffics", "heroin")),
])
def test_a_drug_a_group_receives_or_buys_is_one_it_traffics(extractor: Any, text: str,
                                                            fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_a_warning_received_is_no_trade(extractor: Any) -> None:
    found = triples(extractor, "Los Pardos received a warning from the army about cocaine seizures.")
    assert ("Los Pardos", "traffics", "cocaine") not in found


# --- a participle after 'X is a faction of Y,' ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Los Pardos are a splinter of the Gulf Cartel, based in Matamoros, which took shape around 2015.",
    "Los Pardos are a faction of the Gulf Cartel, active in Matamoros since 2012.",
])
def test_a_participle_after_a_faction_of_a_group_tells_of_the_faction(extractor: Any, text: str) -> None:
    found = _places(extractor, text)
    assert ("Los Pardos", "operates_in", "Matamoros") in found
    assert ("Gulf Cartel", "operates_in", "Matamoros") not in found


def test_a_participle_after_a_groups_object_stays_the_objects(extractor: Any) -> None:
    text = "Los Pardos fought the Gulf Cartel, based in Matamoros."
    assert ("Los Pardos", "operates_in", "Matamoros") not in _places(extractor, text)
