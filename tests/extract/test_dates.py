"""Dates: explicit and relative forms, non-dates, offsets, robustness and speed."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testigo.extract.dates import DateMention, find_dates, parse_date
from testigo.model import DateValue

PUB = "2025-06-14"  # a Saturday


def found(text: str, published: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """(text, value, precision) of every mention, after checking its offsets."""
    mentions = find_dates(text, published=published)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.value, m.precision) for m in mentions]


# --------------------------------------------------------------------------- explicit dates

EXPLICIT = [
    ("He was arrested on July 25, 2026.", [("July 25, 2026", "2026-07-25", "day")]),
    ("He was arrested on July 25 2026.", [("July 25 2026", "2026-07-25", "day")]),
    ("He was arrested on 25 July 2026.", [("25 July 2026", "2026-07-25", "day")]),
    ("He was arrested on the 25th of July, 2026.", [("25th of July, 2026", "2026-07-25", "day")]),
    ("He was arrested on Jul. 25, 2026.", [("Jul. 25, 2026", "2026-07-25", "day")]),
    ("He was arrested on Sept. 5, 2024.", [("Sept. 5, 2024", "2024-09-05", "day")]),
    ("Filed 2026-07-25 in court.", [("2026-07-25", "2026-07-25", "day")]),
    ("Updated 2026-07-25T10:00:00Z.", [("2026-07-25", "2026-07-25", "day")]),
    ("They were designated on Feb. 20, 2025.", [("Feb. 20, 2025", "2025-02-20", "day")]),
    ("They were designated on February 20th, 2025.", [("February 20th, 2025", "2025-02-20", "day")]),
    ("Extradited on Friday, September 15, 2023.", [("September 15, 2023", "2023-09-15", "day")]),
    ("The cartels met in July 2024.", [("July 2024", "2024-07", "month")]),
    ("The cartels met in July of 2024.", [("July of 2024", "2024-07", "month")]),
    ("He was convicted in September 2024 of trafficking.", [("September 2024", "2024-09", "month")]),
    ("The war began in December 2009.", [("December 2009", "2009-12", "month")]),
    ("Fighting flared in early July 2024.", [("early July 2024", "2024-07", "month")]),
    ("In the 12 months to October 2024, 84,076 Americans died.", [("October 2024", "2024-10", "month")]),
    ("In 2024 the group split.", [("2024", "2024", "year")]),
    ("It has grown since 2019.", [("2019", "2019", "year")]),
    ("During the summer of 2023 it expanded.", [("summer of 2023", "2023", "year")]),
    ("By early 2025 the alliance was public.", [("early 2025", "2025", "year")]),
    ("Violence peaked in mid-2024.", [("mid-2024", "2024", "year")]),
    ("Arrests rose at the end of 2024.", [("end of 2024", "2024", "year")]),
    ("The 2019 arrest of his brother failed.", [("2019", "2019", "year")]),
    ("2019 was the deadliest year.", [("2019", "2019", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), EXPLICIT)
def test_explicit_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
    assert found(text, PUB) == expected  # a publication date changes nothing for explicit dates


def test_offsets_are_exact() -> None:
    text = "Zambada was arrested in July 2024, the DEA said."
    (m,) = find_dates(text)
    assert (m.start, m.end, m.text) == (24, 33, "July 2024")
    assert text[m.start:m.end] == "July 2024"


RANGES = [
    ("It ruled the plaza between 2008 and 2010.", [("2008", "2008", "year"), ("2010", "2010", "year")]),
    ("It ruled the plaza from 2008 to 2010.", [("2008", "2008", "year"), ("2010", "2010", "year")]),
    ("The 2008-2010 war killed thousands.", [("2008", "2008", "year"), ("2010", "2010", "year")]),
    ("The 2008–2010 war killed thousands.", [("2008", "2008", "year"), ("2010", "2010", "year")]),
    ("Raids in 2008, 2009 and 2010.", [("2008", "2008", "year"), ("2009", "2009", "year"),
                                       ("2010", "2010", "year")]),
    ("Talks ran between March and May 2024.", [("March", "2024-03", "month"),
                                                ("May 2024", "2024-05", "month")]),
    ("Talks ran March-May 2024.", [("March", "2024-03", "month"), ("May 2024", "2024-05", "month")]),
    ("Hearings on July 3-5, 2024.", [("July 3", "2024-07-03", "day"), ("5, 2024", "2024-07-05", "day")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_give_two_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_impossible_dates_are_dropped() -> None:
    assert found("It happened on February 30, 2025.") == []
    assert found("It happened on 31 April 2025.") == []


# --------------------------------------------------------------------------- relative dates

RELATIVE = [
    ("Talks began last year.", "last year", "2024", "year"),
    ("Arrests rose this year.", "this year", "2025", "year"),
    ("Elections are next year.", "next year", "2026", "year"),
    ("It was announced earlier this year.", "earlier this year", "2025", "year"),
    ("It collapsed late last year.", "late last year", "2024", "year"),
    ("He was arrested last month.", "last month", "2025-05", "month"),
    ("He was arrested earlier this month.", "earlier this month", "2025-06", "month"),
    ("He was arrested last September.", "last September", "2024-09", "month"),
    ("He was arrested last May.", "last May", "2025-05", "month"),
    ("He was arrested last June.", "last June", "2024-06", "month"),
    ("He will be tried next September.", "next September", "2025-09", "month"),
    ("He was seen in July.", "July", "2025-07", "month"),
    ("The offensive began in mid-March.", "mid-March", "2025-03", "month"),
    ("He was arrested on March 3.", "March 3", "2025-03-03", "day"),
    ("He was arrested on 3 March.", "3 March", "2025-03-03", "day"),
    ("He was arrested yesterday.", "yesterday", "2025-06-13", "day"),
    ("He appears in court today.", "today", "2025-06-14", "day"),
    ("He appears in court tomorrow.", "tomorrow", "2025-06-15", "day"),
    ("Police arrested him this morning.", "this morning", "2025-06-14", "day"),
    ("This evening the army entered the town.", "This evening", "2025-06-14", "day"),
    ("He was shot last night.", "last night", "2025-06-13", "day"),
    ("He was arrested on Monday.", "Monday", "2025-06-09", "day"),
    ("He was arrested last Tuesday.", "last Tuesday", "2025-06-10", "day"),
    ("He was arrested on Saturday.", "Saturday", "2025-06-14", "day"),
    ("He will appear next Monday.", "next Monday", "2025-06-16", "day"),
    ("He was arrested two years ago.", "two years ago", "2023", "year"),
    ("He was arrested three months ago.", "three months ago", "2025-03", "month"),
    ("He was arrested 5 days ago.", "5 days ago", "2025-06-09", "day"),
    ("He was arrested a year ago.", "a year ago", "2024", "year"),
    ("He was arrested last week.", "last week", "2025-06", "month"),  # June 2-8: a week in one month
    ("Talks began this week.", "this week", "2025-06", "month"),
    ("Talks resume next week.", "next week", "2025-06", "month"),
]


@pytest.mark.parametrize(("text", "words", "value", "precision"), RELATIVE)
def test_relative_dates_resolve_against_publication(
        text: str, words: str, value: str, precision: str) -> None:
    assert found(text, PUB) == [(words, value, precision)]


@pytest.mark.parametrize(("text", "words", "value", "precision"), RELATIVE)
def test_relative_dates_stay_unresolved_without_publication(
        text: str, words: str, value: str, precision: str) -> None:
    assert found(text) == [(words, None, None)]
    assert found(text, "not a date") == [(words, None, None)]


def test_published_may_carry_a_time() -> None:
    assert found("He was arrested yesterday.", "2025-06-14T23:10:00-06:00") == [
        ("yesterday", "2025-06-13", "day")]


def test_a_week_across_two_months_is_only_its_year() -> None:
    assert found("Talks began this week.", "2025-07-02") == [("this week", "2025", "year")]  # June 30 - July 6
    assert found("Talks began last week.", "2025-01-08") == [("last week", None, None)]  # Dec 30 - Jan 5: no
    assert found("Violence fell over the last week.", PUB) == []  # a duration


def test_weeks_ago_is_the_month_of_that_week() -> None:
    assert found("Washington listed the gang three weeks ago.", "2025-03-10") == [
        ("three weeks ago", "2025-02", "month")]  # the week of 17-23 February
    assert found("It happened two weeks ago.", "2025-01-10") == [("two weeks ago", "2024-12", "month")]  # Dec 23-29
    assert found("It happened 1 week ago.", "2025-07-09") == [("1 week ago", "2025", "year")]  # June 30 - July 6


def test_last_month_wraps_the_year() -> None:
    assert found("It happened last month.", "2025-01-10") == [("last month", "2024-12", "month")]
    assert found("It happened three months ago.", "2025-01-10") == [("three months ago", "2024-10", "month")]


VAGUE = [
    "Clashes have intensified in recent weeks.",
    "Violence rose over the last year.",
    "Homicides fell during the past year.",
    "He was seen weeks ago.",
    "Several years ago the group split.",
    "The group recently split.",
]


def test_a_decade_is_kept_with_its_words_and_no_value() -> None:
    assert found("The cartel dominated the 1990s.") == [("1990s", None, None)]
    assert found("By the early 2000s the family had become a partner.") == [("early 2000s", None, None)]
    assert found("By the mid-2020s the group had split.") == [("mid-2020s", None, None)]
    assert found("Police seized 1990s-era rifles and 400 rounds.") == [("1990s", None, None)]
    assert found("The ranch held 2000 cattle.") == []


@pytest.mark.parametrize("text", VAGUE)
def test_vague_times_are_not_emitted(text: str) -> None:
    assert found(text, PUB) == []


# --------------------------------------------------------------------------- non-dates

NON_DATES = [
    "In the period, 84,076 American died from overdoses.",
    "CJNG and six other criminal organisations were designated.",
    "The DEA published its 2025 National Drug Threat Assessment.",
    "The 2025 DEA report named the group.",
    "2025 National Drug Threat Assessment: key findings.",
    "Z-40 was captured near Nuevo Laredo.",
    "Police seized AK-47 rifles at 10 a.m. on the highway.",
    "About 2000 troops were sent to Culiacán.",
    "The army deployed in 2000 municipalities.",
    "Seizures rose 2019% in the model.",
    "It cost $2024 to ship.",
    "Case number #2024 was closed.",
    "USA Today reported the arrest.",
    "Pilgrims marched on Good Friday.",
    "May God protect them, said the priest.",
    "Mexico's March elections were tense.",
]


@pytest.mark.parametrize("text", NON_DATES)
def test_non_dates_produce_no_mention(text: str) -> None:
    assert found(text, PUB) == []


def test_year_after_preposition_is_a_date_even_before_a_capital() -> None:
    assert found("In 2025 National Guard troops were deployed.") == [("2025", "2025", "year")]


def test_name_modifier_year_next_to_a_real_date() -> None:
    text = "In its 2025 National Drug Threat Assessment, the DEA said he was arrested in July 2024."
    assert found(text) == [("July 2024", "2024-07", "month")]


# --------------------------------------------------------------------------- parse_date

@pytest.mark.parametrize(("expr", "text", "value", "precision"), [
    ("July 25, 2026", "July 25, 2026", "2026-07-25", "day"),
    ("in July 2024", "July 2024", "2024-07", "month"),
    ("2025", "2025", "2025", "year"),
    ("the summer of 2023", "summer of 2023", "2023", "year"),
    ("  mid-2024 ", "mid-2024", "2024", "year"),
    ("25/07/2026", "25/07/2026", "2026-07-25", "day"),  # dateparser fallback, unambiguous
])
def test_parse_date_one_expression(expr: str, text: str, value: str, precision: str) -> None:
    m = parse_date(expr)
    assert m is not None
    assert (m.text, m.value, m.precision) == (text, value, precision)
    assert expr[m.start:m.end] == m.text


@pytest.mark.parametrize("expr", ["", "   ", "Z-40", "40", "84,076", "hello", "07/08/2026"])
def test_parse_date_refuses_non_dates_and_ambiguous_numbers(expr: str) -> None:
    assert parse_date(expr) is None


def test_parse_date_relative() -> None:
    last_september = DateMention(0, 14, "last September", "2024-09", "month")
    assert parse_date("last September", published=PUB) == last_september
    assert parse_date("last September") == DateMention(0, 14, "last September", None, None)
    assert parse_date("July") == DateMention(0, 4, "July", None, None)
    assert parse_date("in three days") is None  # relative fallback needs a publication date
    m = parse_date("in three days", published=PUB)
    assert m is not None and (m.value, m.precision) == ("2025-06-17", "day")


def test_to_value_is_the_contract_record() -> None:
    (m,) = find_dates("He was arrested in July 2024.")
    assert m.to_value() == DateValue(text="July 2024", value="2024-07", precision="month")
    assert m.to_value().to_dict() == {"value": "2024-07", "precision": "month", "text": "July 2024"}


def test_bad_arguments_do_not_raise() -> None:
    assert find_dates("") == []
    assert find_dates(None) == []  # type: ignore[arg-type]
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert found("He left yesterday.", published=12345) == [("yesterday", None, None)]  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

DATEISH = st.sampled_from([
    "July", "Jul.", "25", "25th", ",", " ", "  ", "2024", "1999", "-", "–", "of", "in", "the", "last", "next",
    "this", "year", "month", "ago", "two", "Monday", "today", "early", "mid-", "summer", "between", "and",
    "2026-07-25", "84,076", "Z-40", "National", "\n", ".", "May", "Sept.", "0", "31", "99", "12", "é", "日",
])


def _check_mentions(text: str, mentions: list[DateMention]) -> None:
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end  # in order, never overlapping
        last_end = m.end
        assert (m.value is None) == (m.precision is None)
        assert m.precision in (None, "day", "month", "year")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.just(PUB), st.text(max_size=12)))
def test_find_dates_never_raises_on_arbitrary_text(text: str, published: str | None) -> None:
    _check_mentions(text, find_dates(text, published=published))


@settings(max_examples=300, deadline=None)
@given(st.lists(DATEISH, max_size=40).map("".join),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1)).map(date.isoformat)))
def test_find_dates_never_raises_on_date_like_text(text: str, published: str | None) -> None:
    _check_mentions(text, find_dates(text, published=published))
    parse_date(text, published=published)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_formatted_date_round_trips(day: date) -> None:
    written = day.strftime("%B %d, %Y")
    m = parse_date(written)
    assert m is not None and (m.value, m.precision, m.text) == (day.isoformat(), "day", written)
    assert found(f"He was arrested on {written}, officials said.") == [(written, day.isoformat(), "day")]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)))
def test_relative_dates_follow_the_publication_date(pub: date) -> None:
    text = "It began last year, grew this year and ended yesterday."
    values = [m.value for m in find_dates(text, published=pub.isoformat())]
    yesterday = date.fromordinal(pub.toordinal() - 1).isoformat()
    assert values == [f"{pub.year - 1:04d}", f"{pub.year:04d}", yesterday]


# --------------------------------------------------------------------------- speed

@pytest.mark.parametrize("word", ["cartel", "2024", "July", "in", "1999 July 25", "a"])
def test_long_unpunctuated_text_is_fast(word: str) -> None:
    text = " ".join([word, "violence"] * 10_000)  # 20,000 words, no punctuation
    started = time.process_time()  # CPU time: a loaded machine does not fail it, a quadratic scan does
    find_dates(text, published=PUB)
    assert time.process_time() - started < 2.0


def test_only_digits_is_fast() -> None:
    started = time.process_time()
    find_dates("2024" * 20_000)
    find_dates("1" * 100_000)
    find_dates(" " * 100_000 + "July 2024")
    assert time.process_time() - started < 2.0


def test_month_of_a_relative_year() -> None:
    (found,) = find_dates("since his arrest in July last year", published="2025-06-14")
    assert (found.text, found.value, found.precision) == ("July last year", "2024-07", "month")
    (found,) = find_dates("in March of this year", published="2025-06-14")
    assert found.value == "2025-03"
    (found,) = find_dates("in July last year")
    assert (found.text, found.value) == ("July last year", None)


@pytest.mark.parametrize(("text", "year"), [
    ("They founded the gang around 2016 with two cousins.", "2016"),
    ("The brothers have run the group since at least 2020.", "2020"),
    ("Police knew of the network as early as 2009, officials said.", "2009"),
])
def test_approximate_years_are_years(text: str, year: str) -> None:
    assert [m.value for m in find_dates(text)] == [year]


@pytest.mark.parametrize("text", ["Around 2000 troops arrived.", "At least 2010 people were displaced."])
def test_approximate_counts_are_not_years(text: str) -> None:
    assert find_dates(text) == []
