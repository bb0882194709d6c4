"""People's roles read in session 19 (helper roles19): shapes of leading and holding office that no rule read
although their words were known. Each reading is checked both ways: the reading made, and a near case where it
must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- "X's G": a person's possessive on a group's own name ------------------------------------------------------
@pytest.mark.parametrize("text, person, group", [
    ("The two arrests leave Aurelio Montaño Ruiz's Cártel de Tres Ríos as the most visible heir.",
     "Aurelio Montaño Ruiz", "Cártel de Tres Ríos"),
    ("Gunmen of Aurelio Montaño Ruiz's Cártel de Tres Ríos attacked the convoy.",
     "Aurelio Montaño Ruiz", "Cártel de Tres Ríos"),
    ("The killings were blamed on Rodrigo Salas Ibarra's Cártel del Istmo.", "Rodrigo Salas Ibarra",
     "Cártel del Istmo"),
    ("By 2009 Rodrigo Salas Ibarra's Cártel del Istmo controlled the corridor, police said.", "Rodrigo Salas Ibarra",
     "Cártel del Istmo"),
])
def test_persons_named_group_is_led(extractor: Any, text: str, person: str, group: str) -> None:
    assert (person, "leader_of", group) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Aurelio Montaño Ruiz's Cártel de Tres Ríos rivals ambushed him in Tepic.",  # the possessive is the rivals'
    "Aurelio Montaño Ruiz's wife left the Cártel de Tres Ríos in 2019.",
])
def test_possessive_of_another_noun_leads_nothing(extractor: Any, text: str) -> None:
    assert ("Aurelio Montaño Ruiz", "leader_of", "Cártel de Tres Ríos") not in triples(extractor, text)


# --- "G, which under X had become ...": a group's relative clause under a person -----------------------------
@pytest.mark.parametrize("text, person, group", [
    ("The organisation that used it most was the Cártel de Tres Ríos, which under Aurelio Montaño Ruiz, "
     "\"El Tejón\", had become the largest buyer of cocaine.", "Aurelio Montaño Ruiz", "Cártel de Tres Ríos"),
    ("The Cártel de Tres Ríos, which under Aurelio Montaño Ruiz built an armed wing, lost Tepic.",
     "Aurelio Montaño Ruiz", "Cártel de Tres Ríos"),
    ("Los Tejones, who under Rodrigo Salas Ibarra expanded south, split in 2012.", "Rodrigo Salas Ibarra",
     "Los Tejones"),
])
def test_group_which_under_person_is_led(extractor: Any, text: str, person: str, group: str) -> None:
    assert (person, "leader_of", group) in triples(extractor, text)


def test_group_paying_another_under_a_person_names_no_leader(extractor: Any) -> None:
    text = "The Cártel de Tres Ríos, which under Aurelio Montaño Ruiz paid Los Tejones, lost Tepic."
    found = triples(extractor, text)
    assert ("Aurelio Montaño Ruiz", "leader_of", "Los Tejones") not in found


# --- "AGENCY, whose TITLE was X": a title of an agency in a relative clause ----------------------------------
@pytest.mark.parametrize("text, person", [
    ("The operation was carried out under the command of the Federal Police, whose Commissioner General at the "
     "time was Ramiro Tello Garza.", "Ramiro Tello Garza"),
    ("The raid was led by the Federal Police, whose commissioner, Ramiro Tello Garza, later resigned.",
     "Ramiro Tello Garza"),
    ("The Federal Police, whose spokesman Ramiro Tello Garza spoke on Monday, confirmed the arrest.",
     "Ramiro Tello Garza"),
])
def test_whose_title_holds_office_in_agency(extractor: Any, text: str, person: str) -> None:
    assert (person, "official_of", "Policía Federal") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "The raid was led by the Federal Police, whose officers detained Ramiro Tello Garza.",
    "The Federal Police, whose commissioner met Ramiro Tello Garza, confirmed the arrest.",
])
def test_person_acted_on_by_the_title_holds_no_office(extractor: Any, text: str) -> None:
    assert ("Ramiro Tello Garza", "official_of", "Policía Federal") not in triples(extractor, text)


# --- "a lieutenant under X": a henchman noun serving the person after 'under' ------------------------------
@pytest.mark.parametrize("text", [
    "Aurelio Montaño Ruiz leads the Cártel de Tres Ríos. Rodrigo Salas Ibarra worked as a lieutenant under "
    "Aurelio Montaño Ruiz.",
    "Aurelio Montaño Ruiz leads the Cártel de Tres Ríos. Rodrigo Salas Ibarra, a hitman under Montaño, was "
    "arrested in Tepic.",
    "Aurelio Montaño Ruiz leads the Cártel de Tres Ríos. Rodrigo Salas Ibarra, second-in-command under Montaño, "
    "was arrested.",
])
def test_henchman_under_a_leader_is_member(extractor: Any, text: str) -> None:
    assert ("Rodrigo Salas Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_office_under_a_person_is_no_membership(extractor: Any) -> None:
    text = ("Aurelio Montaño Ruiz leads the Cártel de Tres Ríos. Rodrigo Salas Ibarra was a prosecutor under "
            "Aurelio Montaño Ruiz's father.")
    assert ("Rodrigo Salas Ibarra", "member_of", "Cártel de Tres Ríos") not in triples(extractor, text)


# --- "AGENCY under TITLE X": a lower-case title after 'under' and an agency's name ----------------------------
@pytest.mark.parametrize("text", [
    "The raid failed when federal police under comandante Ramiro Tello Garza stormed the house.",
    "The Federal Police under commander Ramiro Tello Garza raided the ranch.",
])
def test_agency_under_titled_person(extractor: Any, text: str) -> None:
    assert ("Ramiro Tello Garza", "official_of", "Policía Federal") in triples(extractor, text)


def test_agency_acting_under_a_person_without_title(extractor: Any) -> None:
    text = "The Federal Police detained a commander under Ramiro Tello Garza."
    assert ("Ramiro Tello Garza", "official_of", "Policía Federal") not in triples(extractor, text)


# --- "the brother of A, ..., and of B": the second 'of' hung on the copula ------------------------------------
@pytest.mark.parametrize("text, predicate", [
    ("Rodrigo Salas Ibarra was the younger brother of Aurelio Salas Ibarra, who died in 1997, and of Tomás Salas "
     "Ibarra, \"El Virrey\", who runs the family business.", "sibling_of"),
    ("Rodrigo Salas Ibarra is a nephew of Aurelio Salas Ibarra and of Tomás Salas Ibarra.", "relative_of"),
])
def test_family_noun_of_a_and_of_b(extractor: Any, text: str, predicate: str) -> None:
    found = triples(extractor, text)
    assert ("Rodrigo Salas Ibarra", predicate, "Aurelio Salas Ibarra") in found
    assert ("Rodrigo Salas Ibarra", predicate, "Tomás Salas Ibarra") in found


@pytest.mark.parametrize("text", [
    "Rodrigo Salas Ibarra was the brother of Aurelio Salas Ibarra, and of no use to Tomás Salas Ibarra.",
    "Rodrigo Salas Ibarra was a cousin of Aurelio Salas Ibarra and spoke of Tomás Salas Ibarra.",
])
def test_another_of_after_the_family_noun_is_no_kin(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert not any(s == "Rodrigo Salas Ibarra" and o == "Tomás Salas Ibarra" for s, _, o in found)
