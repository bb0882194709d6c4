"""People's roles in groups and where groups operate, read in session 17 (helper roles17). Each reading is
checked both ways: the reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _found(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extractor, text) if t[1] == predicate}


# --- a service done for a group, told by a relative clause on the predicate noun ---------------------------
@pytest.mark.parametrize("text", [
    "According to the evidence, Ramón Vega is the person who recruited and paid the attackers for the CJNG.",
    "Ramón Vega is the man who recruited the gunmen for the CJNG.",
    "Investigators say Ramón Vega was the one who handled the money for the CJNG.",
    "Ramón Vega is a lawyer who laundered cash for the CJNG.",
])
def test_a_service_told_by_a_relative_on_the_predicate_noun(extractor: Any, text: str) -> None:
    assert ("Ramón Vega", "member_of", "Jalisco New Generation Cartel") in _found(extractor, text, "member_of")


@pytest.mark.parametrize("text", [
    "The person who recruited the gunmen for the CJNG is still unknown, Ramón Vega said.",
    "Ramón Vega is the prosecutor who questioned the man who recruited gunmen for the CJNG.",
])
def test_no_service_for_someone_the_clause_is_not_about(extractor: Any, text: str) -> None:
    assert ("Ramón Vega", "member_of", "Jalisco New Generation Cartel") not in _found(extractor, text, "member_of")


# --- a role coordinated with another predicate noun ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ramón Vega was her husband and a lieutenant of the Gulf Cartel.",
    "Ramón Vega was a farmer and later a lieutenant of the Gulf Cartel.",
    "Ramón Vega is a lawyer and an accountant for the Gulf Cartel.",
])
def test_a_role_coordinated_with_another_predicate_noun(extractor: Any, text: str) -> None:
    assert ("Ramón Vega", "member_of", "Gulf Cartel") in _found(extractor, text, "member_of")


def test_no_role_from_a_coordinated_noun_that_names_none(extractor: Any) -> None:
    text = "Ramón Vega was her husband and the brother of a man the Gulf Cartel killed."
    assert not _found(extractor, text, "member_of")


# --- a second role named as a second object of a describing verb -------------------------------------------
@pytest.mark.parametrize("text", [
    "Prosecutors describe Ramón Vega as the founder of Los Tigres and, until 2019, its leader.",
    "The DEA identified Ramón Vega as the founder of Los Tigres and, since 2015, its top commander.",
])
def test_a_second_role_after_the_as_phrase(extractor: Any, text: str) -> None:
    assert ("Ramón Vega", "leader_of", "Los Tigres") in _found(extractor, text, "leader_of")
    assert ("Ramón Vega", "founder_of", "Los Tigres") in _found(extractor, text, "founder_of")


def test_no_second_role_from_a_second_person_described(extractor: Any) -> None:
    text = "Prosecutors describe Ramón Vega as the founder of Los Tigres and Pablo Ruiz as its leader."
    assert ("Ramón Vega", "leader_of", "Los Tigres") not in _found(extractor, text, "leader_of")


# --- gapping: 'describe A as R1 of G and B as R2' ------------------------------------------------------------
@pytest.mark.parametrize(("text", "predicate"), [
    ("Prosecutors describe Ramón Vega as the founder of Los Tigres and Pablo Ruiz as its leader.", "leader_of"),
    ("The indictment describes Ramón Vega as the head of Los Tigres and Pablo Ruiz as its treasurer.", "member_of"),
])
def test_a_second_person_described_in_a_gapped_clause(extractor: Any, text: str, predicate: str) -> None:
    found = _found(extractor, text, predicate)
    assert ("Pablo Ruiz", predicate, "Los Tigres") in found
    assert ("Ramón Vega", predicate, "Los Tigres") not in found


# --- names listed after a plural noun for settlements are places -----------------------------------------------
def _kinds(extractor: Any, text: str) -> dict[str, str]:
    from testigo.model import Document

    result = extractor(Document.make(text, "test"))
    return {e.name: str(getattr(e.kind, "value", e.kind)) for e in result.entities}


@pytest.mark.parametrize(("text", "names"), [
    ("Los Tucanes operate in the southern neighbourhoods of Las Flores and La Granada.", ["Las Flores", "La Granada"]),
    ("The gang controls the municipalities of Chínipas, Guazapares and Uruachi.",
     ["Chínipas", "Guazapares", "Uruachi"]),
    ("Los Tucanes recruit in the poor suburbs of Las Palmas and El Roble.", ["Las Palmas", "El Roble"]),
])
def test_names_after_a_plural_settlement_noun_are_places(extractor: Any, text: str, names: list[str]) -> None:
    found = _kinds(extractor, text)
    assert all(found.get(n) == "place" for n in names), found


def test_places_listed_there_are_where_the_group_operates(extractor: Any) -> None:
    text = "Los Tucanes operate in the municipalities of Chínipas, Guazapares and Uruachi."
    places = {t[2] for t in _found(extractor, text, "operates_in")}
    assert {"Chínipas", "Guazapares", "Uruachi"} <= places, places


def test_a_gang_named_like_a_place_elsewhere_stays_a_gang(extractor: Any) -> None:
    found = _kinds(extractor, "Los Tucanes fought Las Flores, a rival gang, in the neighbourhoods of Tepic.")
    assert found.get("Las Flores") != "place", found


# --- a participle on a noun named by 'known as' tells of the named group ----------------------------------------
@pytest.mark.parametrize("text", [
    "The DZ Mafia has been fighting a rival network known as Los Tucanes, based in the La Paternelle estate.",
    "Police dismantled a gang called Los Tucanes, based in La Paternelle.",
])
def test_a_participle_after_a_naming_clause(extractor: Any, text: str) -> None:
    assert ("Los Tucanes", "operates_in", "La Paternelle") in _found(extractor, text, "operates_in")


def test_no_presence_for_a_person_known_as(extractor: Any) -> None:
    text = "Police arrested a man known as El Tucán, based in La Paternelle."
    assert not _found(extractor, text, "operates_in")


# --- a role restated by name: 'the leadership of G, that is, X' ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "We believe he answers directly to the leadership of Los Tigres, that is, to Ramón Vega.",
    "The order came from the leadership of Los Tigres, namely Ramón Vega.",
    "The attack was ordered by the head of Los Tigres, in other words by Ramón Vega.",
])
def test_a_role_restated_by_name(extractor: Any, text: str) -> None:
    assert ("Ramón Vega", "leader_of", "Los Tigres") in _found(extractor, text, "leader_of")


def test_no_role_restated_without_a_restating_cue(extractor: Any) -> None:
    text = "The order came from the leadership of Los Tigres, and Ramón Vega carried it out."
    assert ("Ramón Vega", "leader_of", "Los Tigres") not in _found(extractor, text, "leader_of")


# --- where a group was built or created, it is ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "place"), [
    ("Los Tucanes, a family organisation built by the Salas family in Tepic and in neighbouring San Blas, is the "
     "best known.", "San Blas"),
    ("Los Tucanes were created in Tepic in 2009.", "Tepic"),
    ("The Salas family built Los Tucanes in Tepic.", "Tepic"),
])
def test_where_a_group_was_built(extractor: Any, text: str, place: str) -> None:
    assert ("Los Tucanes", "operates_in", place) in _found(extractor, text, "operates_in")


def test_no_presence_from_a_thing_the_group_built(extractor: Any) -> None:
    assert not _found(extractor, "Los Tucanes built a chapel in Tepic.", "operates_in")
