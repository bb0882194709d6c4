"""The dates and places of events and claims: where a claim's time or place is written away from its
verb, and where a word that looks like one must not be taken. Each reading is checked both ways."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _dates(extractor: Any, text: str, predicate: str, published: str | None = None) -> set[tuple[str, ...]]:
    return {s.dates for s in said(extractor, text, published) if s.predicate == predicate}


def _places(extractor: Any, text: str, predicate: str, published: str | None = None) -> set[tuple[str, ...]]:
    return {s.places for s in said(extractor, text, published) if s.predicate == predicate}


# --- a month without its year, told of a past event whose verb only looks like a plan ----------------
def test_set_off_in_the_past_keeps_a_past_month_in_the_year_before(extractor: Any) -> None:
    text = ("The killing of Marcos Ruelas Peña, a Los Halcones del Sur commander, in October set off "
            "a new round of reprisals.")
    assert _dates(extractor, text, "killed", "2025-03-12") == {("2024-10",)}


def test_is_set_to_still_tells_a_plan(extractor: Any) -> None:
    text = "Marcos Ruelas Peña is set to be sentenced in October."
    assert _dates(extractor, text, "charged", "2025-03-12") == {("2025-10",)}


# --- a relative clause's own date is the date of what it tells ----------------------------------------
def test_relative_clause_dates_its_own_claim(extractor: Any) -> None:
    text = ("He later worked for Tomás Ibarra Lugo, who ran Los Halcones del Sur until his death in 2004.")
    assert {s.dates for s in said(extractor, text) if s.predicate == "leader_of"} == {("2004",)}


def test_relative_clause_leaves_a_date_of_a_clause_joined_to_it(extractor: Any) -> None:
    text = ("Police detained Tomás Ibarra Lugo, who leads Los Halcones del Sur and who was arrested "
            "once before in 2015.")
    assert {s.dates for s in said(extractor, text) if s.predicate == "leader_of"} == {()}


# --- an indictment 'charging X' is dated and placed by the verb that brings it -------------------------
def test_indictment_charging_takes_the_unsealing_date_and_prosecutors_place(extractor: Any) -> None:
    text = ("In March, prosecutors in Houston unsealed an indictment charging Tomás Ibarra Lugo with "
            "trafficking cocaine.")
    found = [s for s in said(extractor, text, "2024-11-05") if s.predicate == "charged"]
    assert [(s.dates, s.places) for s in found] == [(("2024-03",), ("Houston",))]


def test_a_report_charging_is_no_indictment(extractor: Any) -> None:
    text = ("In March, reporters in Houston published a story charging Tomás Ibarra Lugo with "
            "trafficking cocaine.")
    assert all(s.places == () for s in said(extractor, text, "2024-11-05") if s.predicate == "charged")


# --- a conjoined verb with no place of its own happens where the first verb did -----------------------
def test_conjoined_verb_takes_the_first_verbs_place(extractor: Any) -> None:
    text = "Gunmen stormed a bar in Celaya and killed Tomás Ibarra Lugo."
    assert _places(extractor, text, "killed") == {("Celaya",)}


def test_conjoined_verb_with_a_time_of_its_own_is_another_occasion(extractor: Any) -> None:
    text = "Tomás Ibarra Lugo was born in Celaya and killed in 2010."
    assert _places(extractor, text, "killed") == {()}


def test_a_place_after_after_is_another_events(extractor: Any) -> None:
    text = "Gunmen waited after the funeral in Celaya and killed Tomás Ibarra Lugo."
    assert _places(extractor, text, "killed") == {()}


def test_attack_before_is_not_taken_when_the_sentence_tells_its_own(extractor: Any) -> None:
    text = ("Rogelio Paz Luna was killed in Culiacán in 2010.\n\n"
            "Gunmen stormed a bar and killed Tomás Ibarra Lugo.")
    found = [s for s in said(extractor, text) if s.predicate == "killed" and s.subject == "Tomás Ibarra Lugo"]
    assert [(s.dates, s.places) for s in found] == [((), ())]


# --- 'arrested with him' shares the time and place of his arrest --------------------------------------
def test_arrested_with_him_takes_the_place_of_his_arrest(extractor: Any) -> None:
    text = ("Tomás Ibarra Lugo was captured by marines in Mazatlán, Sinaloa.\n"
            "Two gunmen were killed in the raid.\n"
            "His bodyguard, Rogelio Paz Luna, was arrested with him.")
    found = [s for s in said(extractor, text) if s.predicate == "arrested" and s.subject == "Rogelio Paz Luna"]
    assert [s.places for s in found] == [("Mazatlán", "Sinaloa")]


def test_arrested_without_company_takes_no_other_arrests_place(extractor: Any) -> None:
    text = ("Tomás Ibarra Lugo was captured by marines in Mazatlán, Sinaloa.\n"
            "Two gunmen were killed in the raid.\n"
            "His bodyguard, Rogelio Paz Luna, was arrested weeks later.")
    found = [s for s in said(extractor, text) if s.predicate == "arrested" and s.subject == "Rogelio Paz Luna"]
    assert [s.places for s in found] == [()]


# --- a 'where' clause happens where its noun is placed -------------------------------------------------
def test_where_clause_takes_the_places_of_its_noun(extractor: Any) -> None:
    text = ("Yesterday, in the municipality of Badiraguato, Sinaloa, soldiers carried out an operation in a rural "
            "area, where they located and arrested Tomás Ibarra Lugo.")
    places = {p for s in said(extractor, text, "2025-10-21") if s.predicate == "arrested" for p in s.places}
    assert {"Badiraguato", "Sinaloa"} <= places


def test_where_clause_leaves_a_place_of_another_time(extractor: Any) -> None:
    text = ("After the funeral in Celaya, Tomás Ibarra Lugo moved to Tijuana, where he was arrested in 2015.")
    assert _places(extractor, text, "arrested") == {("Tijuana",)}


# --- 'among the dead' are those of the deaths told just before ---------------------------------------
def test_among_the_dead_takes_the_time_and_place_of_the_raid_before(extractor: Any) -> None:
    text = ("On the night of February 9, marines raided a house in Mazatlán. The navy said that among the dead "
            "was Tomás Ibarra Lugo.")
    found = [s for s in said(extractor, text, "2024-03-29") if s.predicate == "killed"]
    assert [(s.dates, s.places) for s in found] == [(("2024-02-09",), ("Mazatlán",))]


def test_among_the_dead_after_no_deaths_takes_nothing(extractor: Any) -> None:
    text = ("In December 2023, the Ibarra family bought a ranch in Celaya. The deal was quiet. "
            "Among the dead was Tomás Ibarra Lugo.")
    found = [s for s in said(extractor, text, "2024-03-29") if s.predicate == "killed"]
    assert [(s.dates, s.places) for s in found] == [((), ())]


# --- 'that same December', 'that same day' point back as 'that December' does --------------------------
def test_that_same_month_takes_the_year_named_before(extractor: Any) -> None:
    text = ("In January 2013, police arrested Tomás Ibarra Lugo in Culiacán. That same December gunmen killed "
            "Rogelio Paz Luna in Mazatlán.")
    assert {s.dates for s in said(extractor, text, "2016-03-14") if s.predicate == "killed"} == {("2013-12",)}


def test_same_without_that_is_no_pointer(extractor: Any) -> None:
    text = ("In January 2013, police arrested Tomás Ibarra Lugo in Culiacán. Gunmen with the same weapons "
            "killed Rogelio Paz Luna in Mazatlán.")
    assert {s.dates for s in said(extractor, text, "2016-03-14") if s.predicate == "killed"} == {()}


# --- 'now' on the verb is the day the text is dated ---------------------------------------------------
def test_now_on_the_verb_is_the_publication_day(extractor: Any) -> None:
    text = "According to the DEA, Los Halcones del Sur is now believed to be run by Tomás Ibarra Lugo."
    assert {s.dates for s in said(extractor, text, "2012-08-31") if s.predicate == "leader_of"} == {("2012-08-31",)}


def test_until_now_and_now_of_an_age_are_no_date(extractor: Any) -> None:
    text = "Until now, Rogelio Paz Luna led Los Halcones del Sur. Tomás Ibarra Lugo, now 60, was arrested in 2010."
    found = {(s.predicate, s.dates) for s in said(extractor, text, "2012-08-31")}
    assert ("leader_of", ()) in found and ("arrested", ("2010",)) in found


# --- a list entry's place label before its date and colon places the entry's events -------------------
def test_list_entry_label_places_its_events(extractor: Any) -> None:
    text = "Recent events\n\n- Culiacán, May 2021: Soldiers arrested Tomás Ibarra Lugo.\n"
    assert _places(extractor, text, "arrested", "2025-03-10") == {("Culiacán",)}


def test_wire_dateline_with_a_dash_is_no_label(extractor: Any) -> None:
    text = "Recent events\n\n- Culiacán, May 2021 - Soldiers arrested Tomás Ibarra Lugo.\n"
    assert _places(extractor, text, "arrested", "2025-03-10") == {()}
