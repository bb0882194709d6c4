"""Dates and places of events told elsewhere than in their own clause: a later 'the designation, announced
on Feb. 20' gives the day of a designation first told by its month ('last month'); a chronology line's place
after its date and dash ('- 14 Mar 2019 - Monterrey: police arrest ...'). Sentences written for these tests,
invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

PUBLISHED = "2025-03-04"


def dates_of(extractor: Any, text: str, subject: str, predicate: str = "designated") -> list[tuple[str, ...]]:
    return [s.dates for s in said(extractor, text, PUBLISHED) if (s.subject, s.predicate) == (subject, predicate)]


# --- a later noun phrase gives the day of a designation told by its month ------------------------------------

@pytest.mark.parametrize("text", [
    ("The United States last month added Los Pardos to its list of foreign terrorist organisations. Few people "
     "had heard of the gang. The designation, announced by the State Department on Feb. 20, lets prosecutors "
     "bring charges against anyone who helps it."),
    ("The United States last month added Los Pardos to its list of foreign terrorist organisations. The "
     "February 20 designation lets prosecutors bring charges against anyone who helps the gang."),
])
def test_the_designation_named_again_gives_its_day(extractor: Any, text: str) -> None:
    assert dates_of(extractor, text, "Los Pardos") == [("2025-02", "2025-02-20")]


def test_every_group_of_that_designation_takes_the_day(extractor: Any) -> None:
    text = ("The United States last month added Los Pardos to its list of foreign terrorist organisations, "
            "alongside the Moreno Cartel. The designation, announced on Feb. 20, lets prosecutors bring charges.")
    assert dates_of(extractor, text, "Moreno Cartel") == [("2025-02", "2025-02-20")]


@pytest.mark.parametrize("text", [
    # the day falls outside the month told: another occasion
    ("The United States sanctioned Los Pardos in 2022. The designation, announced on Feb. 20, lets prosecutors "
     "bring charges."),
    # the date of something else, in a relative clause
    ("The United States last month added Los Pardos to its list of foreign terrorist organisations. The "
     "designation, which followed the attack on February 3, lets prosecutors bring charges."),
])
def test_no_day_from_another_occasion(extractor: Any, text: str) -> None:
    assert "2025-02-20" not in {d for found in dates_of(extractor, text, "Los Pardos") for d in found}
    assert "2025-02-03" not in {d for found in dates_of(extractor, text, "Los Pardos") for d in found}


# --- a chronology line's place after its date and dash -------------------------------------------------------

def places_of(extractor: Any, text: str, subject: str) -> list[tuple[str, ...]]:
    return [s.places for s in said(extractor, text, PUBLISHED) if (s.subject, s.predicate) == (subject, "arrested")]


def test_the_place_after_a_chronology_date_is_where_its_events_happened(extractor: Any) -> None:
    text = ("RECENT INCIDENTS\n- 14 Mar 2019 - Monterrey: state police arrest two men, identified as Tomas Ferra "
            "and Ruben Ilo.\n")
    assert places_of(extractor, text, "Tomas Ferra") == [("Monterrey",)]


@pytest.mark.parametrize("text", [
    "RECENT INCIDENTS\n- Monterrey: state police arrest two men, identified as Tomas Ferra and Ruben Ilo.\n",
    "RECENT INCIDENTS\n- 14 Mar 2019 - Update: state police arrest Tomas Ferra, a Monterrey man.\n",
])
def test_no_line_place_without_a_date_and_a_place_before_the_colon(extractor: Any, text: str) -> None:
    assert ("Monterrey",) not in places_of(extractor, text, "Tomas Ferra")


# --- 'Two public figures are also designated today. A ..., and B ..., ...' ------------------------------------

OPENING = "Today, OFAC designated Ramon Tello Vidal, a Mexican trafficker. "


def designated(extractor: Any, text: str) -> set[str]:
    return {s.subject for s in said(extractor, text, PUBLISHED) if s.predicate == "designated"}


def test_the_counted_people_named_next_are_designated_too(extractor: Any) -> None:
    text = OPENING + ("Two well-known public figures are also designated today. Mario Velarde Cruz, a Mexican boxer, "
                      "and Luisa Ponce Garza, a singer, have acted as front persons for Tello Vidal.")
    assert {"Mario Velarde Cruz", "Luisa Ponce Garza"} <= designated(extractor, text)


def test_no_counted_people_when_the_names_do_not_add_up(extractor: Any) -> None:
    text = OPENING + ("Two public figures are also designated today. Mario Velarde Cruz, a Mexican boxer, met "
                      "Luisa Ponce Garza and Pedro Ruiz in 2010.")
    assert not {"Mario Velarde Cruz", "Luisa Ponce Garza", "Pedro Ruiz"} & designated(extractor, text)


# --- 'the Treasury' with no country: the country the text names, when the knowledge base knows 'US Treasury' ---

def designators(extractor: Any, text: str, subject: str) -> set[str]:
    return {s.object for s in said(extractor, text, PUBLISHED) if (s.subject, s.predicate) == (subject, "designated")}


def test_the_treasury_of_the_country_the_text_names(extractor: Any) -> None:
    text = ("Los Pardos ship cocaine to the United States. In June the Treasury added Los Pardos to its list of "
            "transnational criminal organisations.")
    assert designators(extractor, text, "Los Pardos") == {"United States"}


@pytest.mark.parametrize("text", [
    # no country named: the agency stays
    "In June the Treasury added Los Pardos to its list of transnational criminal organisations.",
    # another country's treasury, or one named with a modifier
    "Los Pardos ship cocaine to the United States. Britain's Treasury sanctioned Los Pardos in May.",
    "Los Pardos ship cocaine to the United States. HM Treasury sanctioned Los Pardos in May.",
])
def test_no_country_for_a_treasury_the_text_does_not_tie_to_it(extractor: Any, text: str) -> None:
    assert "United States" not in designators(extractor, text, "Los Pardos")
