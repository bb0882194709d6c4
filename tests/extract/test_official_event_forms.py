"""Events told in the set forms of official texts (press releases, indictment summaries, translated
prosecutors' bulletins), whatever the trigger word: inverted passives, semicolon lists of defendants,
the object written after the place, warrants carried out, and the agencies behind bare force nouns.
Each test is a sentence written for it (names invented) with the claims it must give, or must not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str, published: str | None = None) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(subject, predicate, object, dates) of every claim of the text."""
    return [(s.subject, s.predicate, s.object, s.dates) for s in said(extractor, text, published)]


def facts(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    return {(c[0], c[2]) for c in claims(extractor, text) if c[1] == predicate}


# --- inverted passives: the subject after the verb ----------------------------------------------

@pytest.mark.parametrize(("text", "predicate"), [
    ("Indicted in the case were Rodrigo Salas Prieto and Mauricio Ayala Quiroz.", "charged"),
    ("Detained during the raid were Rodrigo Salas Prieto and Mauricio Ayala Quiroz.", "arrested"),
    ("Also extradited on Monday were Rodrigo Salas Prieto and Mauricio Ayala Quiroz.", "extradited"),
])
def test_inverted_passive_gives_every_person_after_the_verb(extractor: Any, text: str, predicate: str) -> None:
    people = {s for s, _ in facts(extractor, text, predicate)}
    assert {"Rodrigo Salas Prieto", "Mauricio Ayala Quiroz"} <= people


def test_an_active_sentence_is_no_inverted_passive(extractor: Any) -> None:
    text = "Rodrigo Salas Prieto was released on bail, and Mauricio Ayala Quiroz remained free."
    assert not facts(extractor, text, "arrested")


# --- semicolon lists ------------------------------------------------------------------------------

def test_semicolon_list_of_defendants_with_aliases(extractor: Any) -> None:
    text = ('Charged in the complaint are Rodrigo Salas Prieto, also known as "El Güero"; Mauricio Ayala Quiroz, '
            'also known as "El Pelón"; and Efraín Cota Lugo, also known as "El Mudo."')
    people = {s for s, _ in facts(extractor, text, "charged")}
    assert {"Rodrigo Salas Prieto", "Mauricio Ayala Quiroz", "Efraín Cota Lugo"} <= people


def test_semicolons_between_clauses_list_nobody(extractor: Any) -> None:
    text = "Rodrigo Salas Prieto was detained in Tepic; Mauricio Ayala Quiroz fled to Nayarit; Efraín Cota Lugo hid."
    assert {s for s, _ in facts(extractor, text, "arrested")} == {"Rodrigo Salas Prieto"}


def test_a_semicolon_list_is_read_from_its_first_name(extractor: Any) -> None:
    """'the cousins A and B; C; and D': the family noun covers its own pair, not the rest of the list."""
    text = ("Prosecutors named four suspects: the cousins Rodrigo Salas Prieto and Mauricio Salas Quiroz; "
            "Efraín Cota Lugo; and Ramiro Vega Tapia.")
    kin = {frozenset((c[0], c[2])) for c in claims(extractor, text) if c[1] == "relative_of"}
    assert frozenset(("Efraín Cota Lugo", "Ramiro Vega Tapia")) not in kin


# --- the object after the place (Spanish word order) ---------------------------------------------

def test_object_written_after_the_place(extractor: Any) -> None:
    text = ("Agents of the Federal Bureau of Investigation apprehended this Tuesday in the city of Laredo, "
            'Texas, Rodrigo Salas Prieto, alias "El Güero".')
    found = [c for c in claims(extractor, text, published="2021-06-10") if c[1] == "arrested"]
    assert [(c[0], c[2]) for c in found] == [("Rodrigo Salas Prieto", "Federal Bureau of Investigation")]
    assert "2021-06-08" in found[0][3]


def test_a_place_phrase_without_a_person_gives_no_arrest(extractor: Any) -> None:
    text = "Soldiers detained this Tuesday in the municipality of Culiacán, Sinaloa, a truck loaded with fuel."
    assert not facts(extractor, text, "arrested")


# --- taken into custody, read like any other event verb ------------------------------------------

def test_taken_into_custody_in_a_relative_clause(extractor: Any) -> None:
    text = ("The network was run by Rodrigo Salas Prieto, who was taken into custody by the Drug Enforcement "
            "Administration in Houston in May 2019.")
    assert ("Rodrigo Salas Prieto", "Drug Enforcement Administration") in facts(extractor, text, "arrested")


# --- warrants carried out -------------------------------------------------------------------------

def test_arrest_warrants_executed_against_a_semicolon_list(extractor: Any) -> None:
    text = ('The Federal Bureau of Investigation served this Monday arrest warrants against Rodrigo "N", '
            'alias "El Güero"; Mauricio "N", alias "El Pelón"; and Efraín "N", for their probable participation '
            "in a kidnapping.")
    found = facts(extractor, text, "arrested")
    assert {s for s, _ in found} == {'Rodrigo "N"', 'Mauricio "N"', 'Efraín "N"'}
    assert all(o == "Federal Bureau of Investigation" for _, o in found)


@pytest.mark.parametrize("verb", ["issued", "requested", "obtained"])
def test_a_warrant_issued_or_sought_is_no_arrest(extractor: Any, verb: str) -> None:
    text = f"A federal judge {verb} an arrest warrant against Rodrigo Salas Prieto."
    assert not facts(extractor, text, "arrested")


# --- 'alias' heading the subject; 'in extradition to' ---------------------------------------------

def test_person_alias_subject_and_handed_over_in_extradition(extractor: Any) -> None:
    text = ('Mauricio "N", alias "El Pelón", was handed over in extradition to the Government of the United '
            "States of America in March 2021.")
    assert ('Mauricio "N"', "United States") in facts(extractor, text, "extradited")


# --- bare force nouns ------------------------------------------------------------------------------

def test_force_noun_conjoined_to_a_national_one_shares_its_country(extractor: Any) -> None:
    text = "Rodrigo Salas Prieto was killed by Mexican soldiers and marines in a raid in 2016."
    agents = {o for _, o in facts(extractor, text, "killed")}
    assert {"Secretaría de la Defensa Nacional", "Secretaría de Marina"} <= agents


def test_personnel_of_an_agency_are_the_agency(extractor: Any) -> None:
    text = "Personnel of the Secretariat of National Defence arrested Rodrigo Salas Prieto in Tepic."
    assert ("Rodrigo Salas Prieto", "Secretaría de la Defensa Nacional") in facts(extractor, text, "arrested")


def test_a_bare_force_noun_alone_names_no_agency(extractor: Any) -> None:
    text = "Rodrigo Salas Prieto was killed by marines in a raid in 2016."
    assert facts(extractor, text, "killed") == {("Rodrigo Salas Prieto", "")}


# --- the issuing office ---------------------------------------------------------------------------

RELEASE = """U.S. Attorney's Office
Western District of Texas

SAN ANTONIO - Rodrigo Salas Prieto was arrested today in San Antonio. He faces charges of conspiring to launder money.
His cousin Mauricio Ayala Quiroz was detained in Monterrey in 2019.
"""


def test_release_office_is_behind_its_charges_and_the_arrests_of_its_day(extractor: Any) -> None:
    found = claims(extractor, RELEASE, published="2022-05-04")
    office = "United States Attorney's Office"
    assert ("Rodrigo Salas Prieto", "charged", office) in {c[:3] for c in found}
    assert ("Rodrigo Salas Prieto", "arrested", office) in {c[:3] for c in found}


def test_release_office_is_not_behind_a_background_arrest(extractor: Any) -> None:
    found = [c for c in claims(extractor, RELEASE, published="2022-05-04")
             if c[0] == "Mauricio Ayala Quiroz" and c[1] == "arrested"]
    assert found and all(c[2] == "" for c in found)


def test_an_office_that_prosecutes_no_one_is_behind_no_charge(extractor: Any) -> None:
    text = ("Security Cabinet of the Government of Mexico\n\nMEXICO CITY - Rodrigo Salas Prieto, who was handed over "
            "to the United States in 2020, faces charges of drug trafficking.")
    found = claims(extractor, text, published="2022-12-01")
    assert all(c[2] in ("", "United States") for c in found if c[1] == "charged")


def test_the_person_among_two_subjects_the_parser_gave(extractor: Any) -> None:
    text = ("The two gangs grew out of the Valle Organization, the cartel that controlled Nayarit until its boss, "
            "Rodrigo Salas Prieto, was killed by police in Tepic in 2011.")
    assert "Rodrigo Salas Prieto" in {s for s, _ in facts(extractor, text, "killed")}


@pytest.mark.parametrize(("text", "predicate"), [
    ("The plaza was run by Rodrigo Salas Prieto, who surrendered to the Drug Enforcement Administration in 2016.",
     "arrested"),
    ("The case against Rodrigo Salas Prieto, who pleaded not guilty in March, goes to trial next year.", "charged"),
])
def test_surrender_and_plea_in_a_relative_clause(extractor: Any, text: str, predicate: str) -> None:
    assert "Rodrigo Salas Prieto" in {s for s, _ in facts(extractor, text, predicate)}
