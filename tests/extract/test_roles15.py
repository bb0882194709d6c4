"""People's and groups' roles read in session 15 (helper roles15): wordings of leading, founding and belonging
that no rule read. Each reading is checked both ways: the reading made, and a near case where it must not be
made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- 'G, whose operations are run by X': a relative clause of the group's business led by a person ----------
@pytest.mark.parametrize("text, people", [
    ("On the other side stands the Cártel de Tres Ríos, whose operations in Tepic are run by the brothers "
     "Aurelio Montaño Ruiz and Rodrigo Montaño Ruiz, prosecutors say.",
     ["Aurelio Montaño Ruiz", "Rodrigo Montaño Ruiz"]),
    ("The Cártel de Tres Ríos, whose business in the capital is led by Aurelio Montaño Ruiz, pays the police.",
     ["Aurelio Montaño Ruiz"]),
    ("Police raided ranches of the Cártel de Tres Ríos, whose Sonora operations were headed until 2019 by "
     "Aurelio Montaño Ruiz, alias \"El Tejón\".", ["Aurelio Montaño Ruiz"]),
])
def test_whose_business_run_by(extractor: Any, text: str, people: list[str]) -> None:
    found = triples(extractor, text)
    for person in people:
        assert (person, "leader_of", "Cártel de Tres Ríos") in found


def test_whose_business_hurt_by_a_person_is_not_led(extractor: Any) -> None:
    text = ("The Cártel de Tres Ríos, whose operations in Tepic were disrupted by Aurelio Montaño Ruiz, a "
            "federal prosecutor, lost ground.")
    assert ("Aurelio Montaño Ruiz", "leader_of", "Cártel de Tres Ríos") not in triples(extractor, text)


# --- 'G, whose bosses included X': a role noun of the group that includes a person --------------------------
@pytest.mark.parametrize("text, person, predicate", [
    ("Cocaine reached the border through the Cártel de Tres Ríos, whose bosses at the time included Aurelio "
     "Montaño Ruiz, \"El Tejón.\"", "Aurelio Montaño Ruiz", "leader_of"),
    ("The Cártel de Tres Ríos, whose founders included Aurelio Montaño Ruiz, began in a garage.",
     "Aurelio Montaño Ruiz", "founder_of"),
    ("Los Tejones, whose members include Aurelio Montaño Ruiz and Rodrigo Peñaloza, control the market.",
     "Rodrigo Peñaloza", "member_of"),
])
def test_whose_role_includes(extractor: Any, text: str, person: str, predicate: str) -> None:
    found = {(s, p) for s, p, _ in triples(extractor, text)}
    assert (person, predicate) in found


def test_whose_victims_included_is_no_role(extractor: Any) -> None:
    text = "The Cártel de Tres Ríos, whose victims included Aurelio Montaño Ruiz, controls the port."
    assert not {t for t in triples(extractor, text) if t[0] == "Aurelio Montaño Ruiz"
                and t[1] in ("leader_of", "member_of", "founder_of")}


# --- 'X kept what was left of G', 'X inherited G': what is left of a group, or the group received, is led -----
@pytest.mark.parametrize("text", [
    "The gang split in 2011, and Aurelio Montaño Ruiz kept what was left of Los Tejones until his arrest.",
    "After the killing, Aurelio Montaño Ruiz retained what remained of Los Tejones.",
    "Aurelio Montaño Ruiz kept control of what was left of Los Tejones for two years.",
    "From 2015 Aurelio Montaño Ruiz ran what remained of Los Tejones from a ranch near the coast.",
    "Aurelio Montaño Ruiz inherited Los Tejones from his uncle in 2004.",
    "Aurelio Montaño Ruiz inherited what was left of Los Tejones when his uncle was jailed.",
])
def test_kept_what_was_left_of_a_group(extractor: Any, text: str) -> None:
    assert ("Aurelio Montaño Ruiz", "leader_of", "Los Tejones") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Los Tejones controls the port. The army kept what was left of Aurelio Montaño Ruiz's arsenal.",
    "Los Tejones controls the port. Aurelio Montaño Ruiz inherited his father's ranch in Tepic.",
    "Los Tejones controls the port. Aurelio Montaño Ruiz kept what was left of the money.",
])
def test_kept_what_was_left_of_no_group(extractor: Any, text: str) -> None:
    assert ("Aurelio Montaño Ruiz", "leader_of", "Los Tejones") not in triples(extractor, text)


# --- 'G controls (much of) the coast between P and Q': the places that bound the stretch a group holds -----
@pytest.mark.parametrize("text, places", [
    ("Los Tejones is believed to control much of the coast between Tepic and Culiacán.", ["Tepic", "Culiacán"]),
    ("Los Tejones controls the corridor between Tepic and Culiacán.", ["Tepic", "Culiacán"]),
    ("Since 2019 Los Tejones has dominated most of the highway between Tepic and Mazatlán.", ["Tepic", "Mazatlán"]),
])
def test_controls_the_stretch_between_places(extractor: Any, text: str, places: list[str]) -> None:
    found = triples(extractor, text)
    for place in places:
        assert ("Los Tejones", "operates_in", place) in found


def test_stretch_between_places_held_by_no_group(extractor: Any) -> None:
    text = "Los Tejones sells in Tepic. The army controls the road between Culiacán and Mazatlán."
    found = triples(extractor, text)
    assert ("Los Tejones", "operates_in", "Culiacán") not in found
    assert ("Los Tejones", "operates_in", "Mazatlán") not in found


# --- 'a group known by its initials X': the name given by a naming noun after 'known by' -------------------
@pytest.mark.parametrize("text", [
    "The local gang, known on the street by its Spanish name, Cártel de Tres Ríos, grew out of Los Tejones.",
    "A gang known by the name Cártel de Tres Ríos grew out of Los Tejones in 2012.",
])
def test_known_by_its_initials(extractor: Any, text: str) -> None:
    found = {(p, o) for s, p, o in triples(extractor, text) if s == "Cártel de Tres Ríos"}
    assert ("faction_of", "Los Tejones") in found


def test_known_by_its_deeds_names_nothing(extractor: Any) -> None:
    text = "The local gang, known on the street by its violence, grew out of the remains of Los Tejones."
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of"}


# --- 'G emerged under X', 'Under X, G expanded': a group under a person is led by him ----------------------
@pytest.mark.parametrize("text, people", [
    ("After the split the Cártel de Tres Ríos emerged under Aurelio Montaño Ruiz and Rodrigo Peñaloza.",
     ["Aurelio Montaño Ruiz", "Rodrigo Peñaloza"]),
    ("Under Aurelio Montaño Ruiz, the Cártel de Tres Ríos expanded into Sonora.", ["Aurelio Montaño Ruiz"]),
    ("The Cártel de Tres Ríos grew quickly under Aurelio Montaño Ruiz, alias \"El Tejón\".",
     ["Aurelio Montaño Ruiz"]),
    ("Few groups were ever as disciplined as the Cártel de Tres Ríos under Aurelio Montaño Ruiz.",
     ["Aurelio Montaño Ruiz"]),
])
def test_group_under_a_person(extractor: Any, text: str, people: list[str]) -> None:
    found = triples(extractor, text)
    for person in people:
        assert (person, "leader_of", "Cártel de Tres Ríos") in found


@pytest.mark.parametrize("text", [
    "The Cártel de Tres Ríos flourished under President Aurelio Montaño Ruiz.",
    "For years the Cártel de Tres Ríos worked under Aurelio Montaño Ruiz.",
    "The Colima group paid the Cártel de Tres Ríos under Aurelio Montaño Ruiz for the use of its routes.",
    "The Cártel de Tres Ríos grew under Aurelio Montaño Ruiz's nose.",
])
def test_group_under_no_leader(extractor: Any, text: str) -> None:
    assert ("Aurelio Montaño Ruiz", "leader_of", "Cártel de Tres Ríos") not in triples(extractor, text)


# --- 'G, a P gang': a place the parser tags as an adjective before a group noun still names where G is -----
@pytest.mark.parametrize("text", [
    "Los Tejones, a Tepic gang, controls the port.",
    "Los Tejones, the Tepic faction of the old cartel, lost ground last year.",
    "Police dismantled Los Tejones, the Tepic cell of the CJNG, in March.",
])
def test_place_tagged_as_adjective_before_group_noun(extractor: Any, text: str) -> None:
    assert ("Los Tejones", "operates_in", "Tepic") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Los Tejones, a Colombian gang, controls the port.",
    "Los Tejones, a violent gang, controls the port of Tepic.",
])
def test_adjective_that_names_no_place(extractor: Any, text: str) -> None:
    found = {t for t in triples(extractor, text) if t[1] == "operates_in"}
    assert ("Los Tejones", "operates_in", "Colombia") not in found
    assert not {t for t in found if t[2] not in ("Tepic",)}


# --- 'X, G's man in P': a group's own man somewhere is one of its members ----------------------------------
@pytest.mark.parametrize("text", [
    "Until 2010 the cell worked under Aurelio Montaño Ruiz, the Cártel de Tres Ríos's man in Tepic.",
    "Aurelio Montaño Ruiz was the Cártel de Tres Ríos's man in Tepic for a decade.",
    "Aurelio Montaño Ruiz, the Cártel de Tres Ríos's woman at the port, was arrested.",
])
def test_a_groups_man_somewhere(extractor: Any, text: str) -> None:
    assert ("Aurelio Montaño Ruiz", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The Cártel de Tres Ríos controls Tepic. Aurelio Montaño Ruiz, a man in Tepic, was arrested.",
    "The Cártel de Tres Ríos controls Tepic. Aurelio Montaño Ruiz, the cartel's best man, was arrested.",
])
def test_a_man_of_no_group_post(extractor: Any, text: str) -> None:
    assert ("Aurelio Montaño Ruiz", "member_of", "Cártel de Tres Ríos") not in triples(extractor, text)
