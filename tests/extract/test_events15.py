"""Events whose people are only counted where the event is told and named after it: 'arrested three men:
A, B and C', 'four people, among them A and B', 'They were identified as A and B'. Each reading is checked
both ways: the reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _people(extractor: Any, text: str, predicate: str) -> set[str]:
    return {s.subject for s in said(extractor, text, "2025-11-10") if s.predicate == predicate}


# --- a count named after it in its own sentence ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Police arrested three men on Friday: Luis Gil Mora, Carlos Zazueta Ríos and Juan Pérez Lugo.",
    "State agents detained three suspects in Colima, namely Luis Gil Mora, Carlos Zazueta Ríos and "
    "Juan Pérez Lugo.",
    "The navy said it had captured three people: Luis Gil Mora, Carlos Zazueta Ríos and Juan Pérez Lugo.",
    "Prosecutors presented three men they said they had arrested in Apatzingán the day before after an "
    "anonymous call: Luis Gil Mora, Carlos Zazueta Ríos and Juan Pérez Lugo.",
])
def test_a_count_then_its_names_after_a_colon(extractor: Any, text: str) -> None:
    assert _people(extractor, text, "arrested") == {"Luis Gil Mora", "Carlos Zazueta Ríos", "Juan Pérez Lugo"}


@pytest.mark.parametrize("text", [
    "Officers apprehended four people in the raid, among them Luis Gil Mora and Carlos Zazueta Ríos.",
    "Soldiers arrested five men in Tlaquepaque, including Luis Gil Mora and Carlos Zazueta Ríos.",
])
def test_a_count_then_some_of_its_names(extractor: Any, text: str) -> None:
    assert {"Luis Gil Mora", "Carlos Zazueta Ríos"} <= _people(extractor, text, "arrested")


def test_a_name_owned_by_the_listed_is_not_one_of_them(extractor: Any) -> None:
    text = "Police arrested three men on Friday, including a nephew of Luis Gil Mora."
    assert "Luis Gil Mora" not in _people(extractor, text, "arrested")


def test_a_colon_of_another_clause_names_no_one(extractor: Any) -> None:
    text = ("Police arrested three men on Friday, and the mayor, Carlos Zazueta Ríos, told reporters: "
            "Luis Gil Mora will answer for this.")
    assert _people(extractor, text, "arrested") <= {"three men"}  # the men counted, none of the names


# --- a count named in the next sentence ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Troops detained three men on Saturday in Guasave. They were identified as Luis Gil Mora, Carlos "
    "Zazueta Ríos and Juan Pérez Lugo.",
    "Three suspects were arrested in Colima on Monday. The men were identified as Luis Gil Mora, Carlos "
    "Zazueta Ríos and Juan Pérez Lugo.",
])
def test_they_were_identified_as_after_counted_arrests(extractor: Any, text: str) -> None:
    assert _people(extractor, text, "arrested") == {"Luis Gil Mora", "Carlos Zazueta Ríos", "Juan Pérez Lugo"}


def test_they_were_identified_as_after_counted_killings(extractor: Any) -> None:
    text = ("Three men were shot dead outside a bar in Culiacán on Sunday. They were identified as Luis Gil "
            "Mora, Carlos Zazueta Ríos and Juan Pérez Lugo.")
    assert _people(extractor, text, "killed") == {"Luis Gil Mora", "Carlos Zazueta Ríos", "Juan Pérez Lugo"}


@pytest.mark.parametrize("text", [
    "Luis Gil Mora and Carlos Zazueta Ríos ran the plaza. They were identified as members of the cartel.",
    "Police found three bodies in Colima on Monday. They were identified as Luis Gil Mora and Carlos "
    "Zazueta Ríos.",
])
def test_they_were_identified_as_with_no_counted_event_before(extractor: Any, text: str) -> None:
    assert _people(extractor, text, "arrested") == set()
    assert _people(extractor, text, "killed") == set()


# --- a date and place after an object's quoted alias -----------------------------------------------------
def _when_where(extractor: Any, text: str, predicate: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(s.dates, s.places) for s in said(extractor, text, "2025-11-10") if s.predicate == predicate}


@pytest.mark.parametrize(("text", "predicate", "date", "place"), [
    ('The pact collapsed, he testified, after soldiers arrested Luis Gil Mora, "El Gordo", in Culiacán in '
     'January 2008.', "arrested", "2008-01", "Culiacán"),
    ('Carlos Zazueta Ríos took command of the cell after police killed his brother, Juan Zazueta Ríos, alias '
     '"El Flaco", in Tijuana in January 2012.', "killed", "2012-01", "Tijuana"),
    ('The truce ended when marines killed Luis Gil Mora, "El Gordo", in Mazatlán on 3 May 2019.', "killed",
     "2019-05-03", "Mazatlán"),
])
def test_time_and_place_after_an_alias_belong_to_the_event(extractor: Any, text: str, predicate: str,
                                                           date: str, place: str) -> None:
    assert ((date,), (place,)) in _when_where(extractor, text, predicate)


def test_time_of_the_main_clause_before_the_event_stays_its_own(extractor: Any) -> None:
    text = "In 2024 the war broke out in Culiacán after soldiers arrested Luis Gil Mora."
    assert all("2024" not in d for dates, _ in _when_where(extractor, text, "arrested") for d in dates)


# --- 'the day before', 'two days after' --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "date"), [
    ("On 26 Sep 2008 police said they had arrested Luis Gil Mora in Apatzingán the day before.", "2008-09-25"),
    ("On 26 Sep 2008 prosecutors presented three men they said they had arrested in Apatzingán the day before: "
     "Luis Gil Mora, Carlos Zazueta Ríos and Juan Pérez Lugo.", "2008-09-25"),
    ("Juan Pérez Lugo was arrested on 3 May 2019. Luis Gil Mora was detained two days after, in Tijuana.",
     "2019-05-05"),
    ("Juan Pérez Lugo was arrested on 3 May 2019, and Luis Gil Mora was detained the day after.", "2019-05-04"),
])
def test_the_day_before_points_at_the_last_date(extractor: Any, text: str, date: str) -> None:
    dates = {s.dates for s in said(extractor, text, "2025-11-10") if s.subject == "Luis Gil Mora"
             and s.predicate == "arrested"}
    assert dates == {(date,)}


def test_the_day_after_an_event_noun_is_not_read_from_the_last_date(extractor: Any) -> None:
    text = "Juan Pérez Lugo was arrested on 3 May 2019. Luis Gil Mora was detained the day after his brother."
    dates = {s.dates for s in said(extractor, text, "2025-11-10") if s.subject == "Luis Gil Mora"}
    assert dates == {()}


# --- an object the parser took for the subject of what follows ----------------------------------------------
def test_object_read_as_a_subject_of_the_alias(extractor: Any) -> None:
    text = ('\nSITUATION\nOn Sunday afternoon, Navy (SEMAR) personnel detained a man identified as Luis "N", alias '
            '"El Gordo", in the Las Palmas district of Manzanillo.')
    assert 'Luis "N"' in _people(extractor, text, "arrested")


def test_a_subject_of_a_later_clause_is_not_the_object(extractor: Any) -> None:
    text = "Soldiers detained on Sunday, as Luis Gil Mora watched from a car, two of his men."
    assert "Luis Gil Mora" not in _people(extractor, text, "arrested")


# --- a date told by the 'when' clause's first verb ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Luis Gil Mora hid for decades. That ended on July 25, 2024, when he landed near El Paso and was arrested "
    "by U.S. agents.",
    "The manhunt ended on July 25, 2024, when Luis Gil Mora crossed into Texas and was detained by border agents.",
])
def test_a_when_clause_second_verb_takes_the_date_of_its_head(extractor: Any, text: str) -> None:
    dates = {s.dates for s in said(extractor, text, "2025-11-10") if s.predicate == "arrested"}
    assert dates == {("2024-07-25",)}


def test_a_verb_joined_to_the_main_clause_keeps_its_own_time(extractor: Any) -> None:
    text = "Luis Gil Mora fled in 2010, when police raided his ranch, and was arrested in Tijuana."
    dates = {s.dates for s in said(extractor, text, "2025-11-10") if s.predicate == "arrested"}
    assert dates == {()}


# --- 'his brother', 'her son' with no name: the kin told before ----------------------------------------------
@pytest.mark.parametrize(("text", "person", "predicate"), [
    ('The order came from Luis Gil Mora, "El 40", and his younger brother Pedro Gil Mora, "El 42". Marines '
     "captured Luis Gil Mora in July 2013. His brother was arrested by soldiers in Monterrey in March 2015.",
     "Pedro Gil Mora", "arrested"),
    ("Luis Gil Mora and his son Pedro Gil Mora ran the business. In 2019 police arrested Luis Gil Mora. His son "
     "was shot dead in Colima in 2020.", "Pedro Gil Mora", "killed"),
    ("Ana Ríos Lugo, the wife of Luis Gil Mora, kept the books. Police later detained her husband in Tijuana.",
     "Luis Gil Mora", "arrested"),
])
def test_a_kin_noun_is_the_one_person_so_tied(extractor: Any, text: str, person: str, predicate: str) -> None:
    assert person in _people(extractor, text, predicate)


def test_a_kin_noun_with_two_such_people_names_no_one(extractor: Any) -> None:
    text = ("Luis Gil Mora worked with his brothers Pedro Gil Mora and Juan Gil Mora. In May his brother was "
            "arrested in Tijuana.")
    assert _people(extractor, text, "arrested") == set()


# --- 'In 2019 police arrested X': a fronted year before a force -----------------------------------------------
@pytest.mark.parametrize(("text", "date"), [
    ("In 2019 police arrested Luis Gil Mora in Tijuana.", "2019"),
    ("Luis Gil Mora fled. In 2015 marines killed him in Matamoros.", "2015"),
])
def test_a_fronted_year_before_a_force_is_the_year(extractor: Any, text: str, date: str) -> None:
    assert {s.dates for s in said(extractor, text, "2025-11-10") if s.subject == "Luis Gil Mora"
            and s.predicate in ("arrested", "killed")} == {(date,)}


def test_a_number_before_a_force_that_is_not_acting_is_a_count(extractor: Any) -> None:
    text = "In 2000 soldiers were deployed to Culiacán after gunmen killed Luis Gil Mora."
    assert {s.dates for s in said(extractor, text, "2025-11-10") if s.predicate == "killed"} == {()}
