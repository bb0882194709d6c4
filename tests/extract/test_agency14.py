"""Government bodies and their officials: a body named by its official's title or by its own shape, and
the official_of a title gives. Each reading is checked both ways: the reading made, and a near case where
it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def _offices(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "official_of"}


def _office_names(extractor: Any, text: str) -> set[str]:
    """Every name (and alias) of the bodies the text's officials are officials of."""
    result = extractor(Document.make(text, "test.txt"))
    bodies = {c.object_id for c in result.claims if c.predicate == "official_of"}
    return {n for e in result.entities if e.id in bodies for n in [e.name, *(a.name for a in e.aliases)]}


# --- a state's office is also called by the title's 'state' ----------------------------------------------
def test_state_attorney_general_names_the_state_office(extractor: Any) -> None:
    text = "The Veracruz state attorney general, Rodrigo Peñaloza Ibarra, said the victims were armed."
    assert "Veracruz state attorney general's office" in _office_names(extractor, text)


def test_attorney_general_without_state_keeps_the_plain_name(extractor: Any) -> None:
    text = "The Veracruz attorney general, Rodrigo Peñaloza Ibarra, said the victims were armed."
    names = {n.lower() for n in _office_names(extractor, text)}
    assert "veracruz attorney general's office" in names
    assert "veracruz state attorney general's office" not in names


# --- a minister's title names the ministry it heads ----------------------------------------------------
def test_portfolio_title_names_the_known_ministry(extractor: Any) -> None:
    text = ("Mexico City. Mexican soldiers patrolled the border on Monday. "
            "Interior Secretary Rodrigo Peñaloza Ibarra said the Mexican police would stay.")
    assert ("Rodrigo Peñaloza Ibarra", "Secretaría de Gobernación") in _offices(extractor, text)


def test_secretary_of_portfolio_names_the_ministry_not_the_tagged_words(extractor: Any) -> None:
    text = ("Mexico City. The Secretary of National Defence, General Aurelio Montaño Ruiz, said the "
            "Mexican army would stay in the region.")
    offices = _offices(extractor, text)
    assert ("Aurelio Montaño Ruiz", "Secretaría de la Defensa Nacional") in offices
    assert not {o for s, o in offices if o == "National Defence"}


def test_minister_of_the_ministry_the_text_names(extractor: Any) -> None:
    text = ("Mexico City. The Mexican Interior Ministry said the prisoners would be moved. Interior Secretary "
            "Rodrigo Peñaloza Ibarra will speak later.")
    assert ("Rodrigo Peñaloza Ibarra", "Secretaría de Gobernación") in _offices(extractor, text)


def test_another_countrys_minister_keeps_his_country(extractor: Any) -> None:
    text = ("Honduras's foreign minister, Elías Portillo Vega, asked Mexico to return the prisoners. The Mexican "
            "Foreign Ministry did not reply.")
    assert _offices(extractor, text) == {("Elías Portillo Vega", "Honduran Ministry of Foreign Affairs")}  # his own


def test_commissioner_names_the_commission(extractor: Any) -> None:
    text = ("Mexico City. Mexican marines detained the man. National Security Commissioner Tomás Ferrer "
            "Lagos confirmed the arrest.")
    assert ("Tomás Ferrer Lagos", "Comisión Nacional de Seguridad") in _offices(extractor, text)


def test_title_without_portfolio_word_names_no_ministry(extractor: Any) -> None:
    text = "Mexico City. Press Secretary Rodrigo Peñaloza Ibarra said the Mexican police would stay."
    assert not {o for s, o in _offices(extractor, text) if "ecretariat" in o or "inistry" in o}


def test_regional_security_secretary_is_no_national_ministry(extractor: Any) -> None:
    text = ("Mexico City. Mexican soldiers patrolled. The state security secretary, Rodrigo Peñaloza Ibarra, "
            "said the police would stay.")
    assert not {o for s, o in _offices(extractor, text) if o.startswith("Secretaría")}


def test_a_persons_secretary_is_no_national_ministry(extractor: Any) -> None:
    text = ("Mexico City. Governor Javier Ugalde Rivas named his cabinet. Mexican soldiers patrolled. "
            "Arturo Beltrán Soto, Ugalde Rivas's public security secretary, was arrested in 2017.")
    assert not {o for s, o in _offices(extractor, text) if o.startswith("Secretaría")}


# --- a shared title is the office the text names --------------------------------------------------------
def test_attorney_general_of_the_office_the_text_names(extractor: Any) -> None:
    text = ("Mexican police detained the suspect in Monterrey and the PGR flew him to Houston. Mexican officials "
            "and U.S. agents praised the operation. Attorney General Rodrigo Peñaloza Ibarra told reporters that "
            "the capture was a success.")
    assert ("Rodrigo Peñaloza Ibarra", "Procuraduría General de la República") in _offices(extractor, text)


def test_attorney_general_in_a_story_about_another_country_is_not_the_named_office(extractor: Any) -> None:
    text = ("U.S. agents detained the suspect in Houston after a tip from the PGR. U.S. prosecutors in Texas "
            "charged him. Attorney General Rodrigo Peñaloza Ibarra told reporters in Washington that the "
            "capture was a success for the United States.")
    assert ("Rodrigo Peñaloza Ibarra", "Procuraduría General de la República") not in _offices(extractor, text)


# --- a state's title with no state on it is of the state the text is about -------------------------------
GUERRERO = ("Gunmen killed six people in Chilapa, Guerrero, on Sunday. Guerrero has seen many such attacks "
            "this year. ")


def test_bare_governor_is_of_the_state_the_text_is_about(extractor: Any) -> None:
    text = GUERRERO + "Governor Rodrigo Peñaloza Ibarra said the violence was a dispute between two groups."
    assert ("Rodrigo Peñaloza Ibarra", "Guerrero state government") in _offices(extractor, text)


def test_bare_governor_in_a_text_about_several_states_is_of_none(extractor: Any) -> None:
    text = ("Gunmen killed six people in Colima on Sunday, and two more in Michoacán. Colima has seen many "
            "such attacks. Governor Rodrigo Peñaloza Ibarra said the violence was a dispute between two groups.")
    assert not {o for s, o in _offices(extractor, text) if "state government" in o}


def test_bare_state_prosecutor_is_the_known_state_office(extractor: Any) -> None:
    text = ("Police found the graves in Veracruz in 2016. Veracruz has more than 3,000 missing people. The then "
            "state prosecutor, Rodrigo Peñaloza Ibarra, said the remains were human.")
    assert ("Rodrigo Peñaloza Ibarra", "Fiscalía General del Estado de Veracruz") in _offices(extractor, text)


def test_bare_mayor_names_no_office(extractor: Any) -> None:
    text = GUERRERO + "Mayor Rodrigo Peñaloza Ibarra said the violence was a dispute between two groups."
    assert not _offices(extractor, text)


def test_borough_chief_is_of_the_borough_government(extractor: Any) -> None:
    text = "Neighbours say Tláhuac's borough chief, Rigoberto Salas Peña, never answered their letters."
    assert ("Rigoberto Salas Peña", "Tláhuac borough government") in _offices(extractor, text)


def test_the_knowledge_base_gives_a_places_level() -> None:
    from testigo.kb import load_kb

    kb = load_kb()
    assert kb.level_of("kb-sinaloa-state") == "state"
    assert kb.level_of("kb-culiacan") is None


# --- a listing's 'SURNAME, Title Given' names no person by the given name ---------------------------------
def test_surname_first_listing_gives_no_office_to_the_given_name(extractor: Any) -> None:
    text = ("Witnesses:\n\nMORALES, Assistant Commissioner Rigoberto, Organised Crime Command, Australian "
            "Federal Police\n")
    assert not {s for s, o in _offices(extractor, text) if s == "Rigoberto"}


def test_title_before_a_full_name_still_gives_the_office(extractor: Any) -> None:
    text = "Assistant Commissioner Rigoberto Salas Peña of the Australian Federal Police said the men were armed."
    assert ("Rigoberto Salas Peña", "Australian Federal Police") in _offices(extractor, text)


# --- a U.S. Attorney is an official of the office of the district ---------------------------------------
def test_us_attorney_of_the_district_on_the_title(extractor: Any) -> None:
    text = ("Rigoberto Salas Peña, the United States Attorney for the Western District of Texas, announced the "
            "charges. The District of Arizona filed its own case.")
    assert ("Rigoberto Salas Peña", "U.S. Attorney's Office for the Western District of Texas") in _offices(
        extractor, text)


def test_us_attorney_of_the_one_district_the_text_names(extractor: Any) -> None:
    text = ("The defendant pleaded guilty in the District of Arizona on Monday. Acting U.S. Attorney Rigoberto "
            "Salas Peña announced the plea.")
    assert ("Rigoberto Salas Peña", "U.S. Attorney's Office for the District of Arizona") in _offices(extractor, text)


def test_us_attorney_in_a_text_of_two_districts_names_no_office(extractor: Any) -> None:
    text = ("The case moved from the District of Arizona to the Southern District of Texas. Assistant U.S. Attorney "
            "Rigoberto Salas Peña told the judge the money was dirty.")
    assert not {o for s, o in _offices(extractor, text) if "District" in o}


# --- a lower-case title right after an agency's name ----------------------------------------------------
def test_lower_case_title_after_the_agency_name(extractor: Any) -> None:
    text = ("Witnesses say the smuggler was protected by senior police officers, among them former PJF commander "
            "Rigoberto Salas Peña, who left Mexico in 1993.")
    assert ("Rigoberto Salas Peña", "Policía Judicial Federal") in _offices(extractor, text)


def test_lower_case_title_without_an_agency_name_gives_no_office(extractor: Any) -> None:
    text = ("Witnesses say the smuggler was protected by senior police officers, among them former commander "
            "Rigoberto Salas Peña, who left Mexico in 1993.")
    assert not _offices(extractor, text)
