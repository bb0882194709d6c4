"""Events read from the context they are told in, on sentences written for this test with invented
people: the dated lines of a chronology ("MAY 2008 — X is extradited"), a past participle that
describes a name ("X, a trafficker killed by soldiers in 2010"), a count standing for the people just
named ("the three", "the couple", "each"), the charges a prosecutor's release announces, the lede's
dateline as the place, a time hung on the next clause, and a clause that stops where the next one,
with its own subject, begins.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import Said, said

pytestmark = pytest.mark.model

VILLEGAS = "Teodoro Villegas Cruz"
IBARRA = "Marcelo Ibarra Sotelo"
SOTO = "Rafael Soto Beltrán"


def events(extractor: Any, text: str, predicate: str, published: str | None = None) -> list[Said]:
    return [s for s in said(extractor, text, published) if s.predicate == predicate]


def dates_of(found: list[Said], subject: str) -> list[tuple[str, ...]]:
    return [s.dates for s in found if s.subject == subject]


# --- chronologies ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "date"), [
    (f"MARCH 2011 \u2014 {VILLEGAS} is arrested in Venezuela.", "2011-03"),
    (f"2014: {VILLEGAS} is arrested by Colombian police in Cali.", "2014"),
    (f"14 JUNE 2015 \u2013 Colombian police capture {VILLEGAS} in Cali.", "2015-06-14"),
    (f"Mid-2016 \u2014 The gang splits. Weeks later {VILLEGAS} is arrested in Venezuela.", "2016"),
])
def test_a_chronology_line_dates_its_events(extractor: Any, line: str, date: str) -> None:
    text = f"The rise and fall of a gang, in dates:\n\n2009 \u2014 The gang is founded in Cali.\n\n{line}\n"
    assert dates_of(events(extractor, text, "arrested", "2020-01-01"), VILLEGAS) == [(date,)]


def test_a_month_without_its_year_in_a_chronology_line_is_of_the_line_s_year(extractor: Any) -> None:
    text = (f"What followed, in dates:\n\n2012 \u2014 The gang splits in two. {VILLEGAS}, a gunman, surrenders "
            f"to US authorities in July.\n\n2014 \u2014 {IBARRA} is arrested in Venezuela.\n")
    assert dates_of(events(extractor, text, "arrested", "2020-01-01"), IBARRA) == [("2014",)]
    assert dates_of(events(extractor, text, "arrested", "2020-01-01"), VILLEGAS) in ([("2012-07",)], [])


@pytest.mark.parametrize("text", [
    f"WASHINGTON -- {VILLEGAS} was arrested in Venezuela.",  # a dateline, not a date
    f"Police sources: {VILLEGAS} was arrested in Venezuela.",
    f"Two weeks of raids \u2014 {VILLEGAS} was arrested in Venezuela.",
])
def test_a_line_opened_by_other_words_gives_no_date(extractor: Any, text: str) -> None:
    assert dates_of(events(extractor, text, "arrested", "2020-01-01"), VILLEGAS) == [()]


# --- participles that describe a name ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{VILLEGAS}, a trafficker killed by soldiers in 2010, ran the plaza for years.",
    f"The gang grew from the network of {VILLEGAS}, a cartel figure killed by the army in Tepic in 2010.",
])
def test_a_participle_on_a_description_tells_the_event(extractor: Any, text: str) -> None:
    assert dates_of(events(extractor, text, "killed"), VILLEGAS) == [("2010",)]


def test_the_date_of_a_participle_stays_with_its_own_event(extractor: Any) -> None:
    text = f"Marines killed {VILLEGAS}, a local boss arrested by police in 2012, in a raid."
    assert dates_of(events(extractor, text, "arrested"), VILLEGAS) == [("2012",)]
    assert dates_of(events(extractor, text, "killed"), VILLEGAS) == [()]


def test_a_participle_on_a_thing_is_no_event(extractor: Any) -> None:
    assert not events(extractor, f"Police seized ledgers kept by {VILLEGAS} and letters signed by {IBARRA}.",
                      "arrested")


# --- counts that stand for the people just named ------------------------------------------------------

def test_the_three_and_each_are_the_people_listed(extractor: Any) -> None:
    text = (f"Police detained {VILLEGAS}, {IBARRA} and {SOTO} in Tijuana. The three were among 20 prisoners "
            "whom Mexican authorities sent to the United States on Tuesday. Each is charged with conspiracy to "
            "import cocaine.")
    assert {s.subject for s in events(extractor, text, "extradited")} == {VILLEGAS, IBARRA, SOTO}
    assert {s.subject for s in events(extractor, text, "charged")} == {VILLEGAS, IBARRA, SOTO}


def test_the_couple_is_the_two_people_named(extractor: Any) -> None:
    text = (f"{VILLEGAS} lived with {IBARRA} in Tepic for a decade. The couple were detained together in Mexico "
            "City in September 2007.")
    assert {s.subject: s.dates for s in events(extractor, text, "arrested")} == {
        VILLEGAS: ("2007-09",), IBARRA: ("2007-09",)}


@pytest.mark.parametrize("text", [
    f"Soldiers detained {VILLEGAS} and {IBARRA} in May. Weeks later soldiers detained three men in Tepic.",
    f"Soldiers detained {VILLEGAS} and {IBARRA} in May. The three gunmen of the cell were never found.",
    f"{VILLEGAS} and {IBARRA} were named. Each of the banks is charged with laundering.",
])
def test_a_count_that_does_not_fit_the_people_named_stands_for_no_one(extractor: Any, text: str) -> None:
    # 'three men' are new people of their own (rules/plural_people.counted_unnamed), never the two named
    assert {s.subject for s in said(extractor, text) if s.predicate in ("arrested", "charged")} <= {
        VILLEGAS, IBARRA, "three men"}
    assert not [s for s in events(extractor, text, "charged")]


# --- a prosecutor's release ---------------------------------------------------------------------------

RELEASE = ("U.S. Attorney's Office\nDistrict of Columbia\n\nTuesday, March 4, 2025\n\n"
           "Two men charged with trafficking\n\n"
           f"WASHINGTON -- {VILLEGAS} and {IBARRA} made their initial appearances in federal court today, "
           "the U.S. Attorney's Office announced.\n\n"
           "{body}\n")


def test_charges_a_release_tells_in_the_present_are_of_its_day(extractor: Any) -> None:
    text = RELEASE.format(body="Each is charged with conspiracy to import cocaine.")
    charged = events(extractor, text, "charged", "2025-03-04")
    assert {s.subject: s.dates for s in charged} == {VILLEGAS: ("2025-03-04",), IBARRA: ("2025-03-04",)}


def test_charges_a_release_dates_keep_their_date(extractor: Any) -> None:
    text = RELEASE.format(body=f"{VILLEGAS} was charged in 2019 with conspiracy to import cocaine.")
    assert dates_of(events(extractor, text, "charged", "2025-03-04"), VILLEGAS) == [("2019",)]


# --- the lede's dateline and 'the city' -----------------------------------------------------------------

def test_the_lede_happened_in_its_dateline_city_and_so_did_what_happened_in_the_city(extractor: Any) -> None:
    text = (f"CULIACÁN, Sin. -- {VILLEGAS}, the town's treasurer, was murdered on Sunday afternoon.\n\n"
            "The body was found on a road outside the capital.\n\n"
            f"Three days before, on Thursday, {IBARRA} was shot dead in the city.\n")
    killed = {s.subject: s for s in events(extractor, text, "killed", "2024-10-08")}
    assert killed[VILLEGAS].dates == ("2024-10-06",) and killed[VILLEGAS].places == ("Culiacán",)
    assert killed[IBARRA].dates == ("2024-10-03",) and killed[IBARRA].places == ("Culiacán",)


def test_a_later_paragraph_is_not_the_lede(extractor: Any) -> None:
    text = (f"CULIACÁN, Sin. -- Soldiers patrolled the streets on Monday.\n\n"
            f"{VILLEGAS} was murdered on Sunday afternoon.\n")
    assert [s.places for s in events(extractor, text, "killed", "2024-10-08")] == [()]


# --- times and clauses ------------------------------------------------------------------------------

def test_a_time_hung_on_the_next_clause_is_the_verb_s_own(extractor: Any) -> None:
    text = (f"{VILLEGAS} was captured by Mexican forces in Culiacán in January 2023 and extradited to the United "
            "States that September; in July of this year he pleaded guilty.")
    found = said(extractor, text, "2025-09-16")
    assert dates_of([s for s in found if s.predicate == "extradited"], VILLEGAS) == [("2023-09",)]
    assert dates_of([s for s in found if s.predicate == "arrested"], VILLEGAS) == [("2023-01",)]


def test_the_same_claim_twice_in_a_sentence_keeps_both_times(extractor: Any) -> None:
    text = (f"A federal jury convicted {VILLEGAS} in September 2024 of drug trafficking, and in March 2025 a "
            "judge sentenced him to life in prison.")
    assert dates_of(events(extractor, text, "charged"), VILLEGAS) == [("2024-09", "2025-03")]


def test_the_charges_of_a_release_are_brought_in_its_dateline_city(extractor: Any) -> None:
    text = RELEASE.format(body="Each is charged with conspiracy to import cocaine.")
    assert {s.places for s in events(extractor, text, "charged", "2025-03-04")} == {("Washington, D.C.",)}


@pytest.mark.parametrize(("words", "value"), [
    ("on February 27 this year", "2025-02-27"),
    ("on 3 March of last year", "2024-03-03"),
    ("on February 27, last year", "2024-02-27"),
    ("on February 30 this year", None),  # no such day: not guessed
])
def test_a_day_of_this_or_last_year_is_one_date(words: str, value: str | None) -> None:
    from testigo.extract.dates import find_dates

    found = find_dates(f"Both men were sent to the United States {words}.", published="2025-06-01")
    assert found[0].value == value


# --- live blogs and counting from a day of the narrative ------------------------------------------------

BLOG = ("LIVE: gang boss captured - latest updates\n\nFriday 8 January 2016 | All times local\n\n"
        "22:40\nA summary of what we know:\n- {first}\n\n21:15\nThe attorney general spoke in the capital.\n")


def test_what_a_live_blog_tells_in_the_past_happened_on_its_day(extractor: Any) -> None:
    text = BLOG.format(first=f"{VILLEGAS} was captured by marines in Los Mochis, six months after he escaped.")
    assert dates_of(events(extractor, text, "arrested", "2016-01-08"), VILLEGAS) == [("2016-01-08",)]


@pytest.mark.parametrize("first", [
    f"{VILLEGAS} was first captured by marines in 2014.",  # a date of its own
    f"{VILLEGAS} will be flown to the capital, where prosecutors plan to charge him.",  # not told in the past
])
def test_a_live_blog_s_background_keeps_its_own_time(extractor: Any, first: str) -> None:
    found = [s for s in said(extractor, BLOG.format(first=first), "2016-01-08") if s.subject == VILLEGAS]
    assert all("2016-01-08" not in s.dates for s in found)


def test_a_one_time_line_is_no_live_blog(extractor: Any) -> None:
    text = f"The raid\n\n22:40\n\n{VILLEGAS} was captured by marines in Los Mochis."
    assert dates_of(events(extractor, text, "arrested", "2016-01-08"), VILLEGAS) == [()]


def test_days_later_counts_from_a_day_of_the_year_the_narrative_is_in(extractor: Any) -> None:
    text = (f"In the autumn of 2012 the violence reached the capital. On October 3 of that year {IBARRA} was "
            f"found shot dead. Four days later, marines killed {VILLEGAS} in the town of Progreso.")
    assert dates_of(events(extractor, text, "killed", "2024-05-01"), VILLEGAS) == [("2012-10-07",)]


def test_the_couple_is_a_partnership_told_just_before(extractor: Any) -> None:
    text = (f"María Fernanda Ríos laundered money for a Colombian cartel. {VILLEGAS}, known as \"El Tigre\", was "
            "her partner and a broker for the cartel. The couple were detained together in Bogotá in September 2007.")
    arrested = {s.subject: s.object for s in events(extractor, text, "arrested")}
    assert arrested == {VILLEGAS: "Colombia", "María Fernanda Ríos": "Colombia"}


@pytest.mark.parametrize(("text", "by"), [
    (f"{VILLEGAS} was detained in Mexico City in 2019.", "Mexico"),  # a capital: by its country
    (f"{VILLEGAS} was detained in Culiacán in 2019.", ""),  # another city says no country
    (f"{VILLEGAS} was detained in Mexico City by US agents in 2019.", "United States"),  # an agent named
])
def test_an_arrest_in_a_capital_with_no_agent_is_by_its_country(extractor: Any, text: str, by: str) -> None:
    assert [s.object for s in events(extractor, text, "arrested")] == [by]
