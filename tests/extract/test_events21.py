"""Events told in the ordinary ways a reporter tells them, beyond the trigger verbs: being held ('is in custody',
'has been in prison since 2013', 'behind bars'), surrendering in a second clause, a warrant issued for an arrest,
charges unsealed by prosecutors 'in' a place, charges faced by someone sent abroad, a companion 'along with' an
arrest or a kingpin listing, the subject of a second passive the parser hung on the first one's agent, 'before
being extradited', and a 'his' in an opening phrase ('Since his capture, X ...'). Sentences written for these
tests, invented names; each reading is checked both ways."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

PUBLISHED = "2025-03-04"


def claims(extractor: Any, text: str, subject: str, predicate: str) -> list[Any]:
    return [s for s in said(extractor, text, PUBLISHED) if (s.subject, s.predicate) == (subject, predicate)]


def positive(extractor: Any, text: str, subject: str, predicate: str) -> list[Any]:
    return [s for s in claims(extractor, text, subject, predicate) if s.polarity == "positive"]


# --- being held is an arrest ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "holder", "date"), [
    ("Nilo Barsa and Ruben Soto are in custody, the police said.", "", ""),
    ("Nilo Barsa remains in US custody.", "United States", ""),
    ("Nilo Barsa has been in prison since 2013.", "", "2013"),
    ("Nilo Barsa, who has been behind bars since 2011, denies the charges.", "", "2011"),
    ("Nilo Barsa remains in the custody of the DEA.", "Drug Enforcement Administration", ""),
])
def test_a_person_held_was_arrested(extractor: Any, text: str, holder: str, date: str) -> None:
    found = positive(extractor, text, "Nilo Barsa", "arrested")
    assert [(s.object, s.dates) for s in found] == [(holder, (date,) if date else ())]


@pytest.mark.parametrize("text", [
    "Nilo Barsa visited Ruben Soto in custody in 2019.",
    "It is not the first time Nilo Barsa has been in custody.",
    "Nilo Barsa worked behind the bar in 2011.",
])
def test_no_arrest_of_a_visitor_nor_from_another_clause(extractor: Any, text: str) -> None:
    assert not claims(extractor, text, "Nilo Barsa", "arrested")


@pytest.mark.parametrize("text", [
    "Nilo Barsa is not in custody.", "Nilo Barsa is no longer in prison.",
    "Neither Nilo Barsa nor Ruben Soto is in custody.",
])
def test_not_in_custody_says_nothing_of_an_arrest(extractor: Any, text: str) -> None:
    assert not claims(extractor, text, "Nilo Barsa", "arrested")  # he may have been arrested and released


# --- surrendering ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "holder"), [
    ("Nilo Barsa crossed the border at Nogales and surrendered to U.S. authorities in July 2017.", "United States"),
    ("Nilo Barsa turned himself in to the police in 2019.", ""),
])
def test_surrender_in_a_second_clause_or_to_unnamed_police(extractor: Any, text: str, holder: str) -> None:
    assert [s.object for s in positive(extractor, text, "Nilo Barsa", "arrested")] == [holder]


@pytest.mark.parametrize("text", [
    "Nilo Barsa took the town and surrendered it to Mexican authorities in 2017.",
    "Nilo Barsa surrendered to his rivals in 2019.",
])
def test_no_arrest_for_a_thing_surrendered_or_to_rivals(extractor: Any, text: str) -> None:
    assert not claims(extractor, text, "Nilo Barsa", "arrested")


# --- warrants and charges -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("Nilo Barsa won his seat in July 2009. A federal judge issued a warrant for his arrest that same month.",
     "2009-07"),
    ("Prosecutors obtained an arrest warrant against Nilo Barsa in May 2021.", "2021-05"),
    ("A warrant was issued for the arrest of Nilo Barsa in 2021.", "2021"),
])
def test_a_warrant_issued_for_an_arrest_is_a_charge(extractor: Any, text: str, date: str) -> None:
    assert [s.dates for s in positive(extractor, text, "Nilo Barsa", "charged")] == [(date,)]
    assert not claims(extractor, text, "Nilo Barsa", "arrested")


@pytest.mark.parametrize("text", [
    "Police sought a warrant for the arrest of Nilo Barsa.",
    "A judge issued a search warrant for the home of Nilo Barsa.",
])
def test_no_charge_from_a_warrant_sought_or_for_a_search(extractor: Any, text: str) -> None:
    assert not claims(extractor, text, "Nilo Barsa", "charged")


def test_charges_unsealed_by_prosecutors_in_a_place(extractor: Any) -> None:
    text = ("In April 2013 prosecutors in New York unsealed charges accusing Nilo Barsa of conspiring to help the "
            "Quiroga Cartel.")
    assert [(s.object, s.dates) for s in positive(extractor, text, "Nilo Barsa", "charged")] == [
        ("United States", ("2013-04",))]


def test_a_private_accuser_is_still_no_charge(extractor: Any) -> None:
    text = "In April 2013 his cousins left a note accusing Nilo Barsa of betraying the family."
    assert not claims(extractor, text, "Nilo Barsa", "charged")


def test_sent_abroad_to_face_charges(extractor: Any) -> None:
    text = "Guatemala sent Nilo Barsa to the United States to face drug trafficking charges."
    assert [s.object for s in positive(extractor, text, "Nilo Barsa", "charged")] == ["United States"]
    assert not claims(extractor, "Guatemala sent troops to the border to face Nilo Barsa.", "Nilo Barsa", "charged")


# --- a companion 'along with' / 'together with' ----------------------------------------------------------------

def test_arrested_along_with_a_named_companion(extractor: Any) -> None:
    text = "Police arrested Nilo Barsa in Cali, along with his driver, Ruben Soto."
    assert [s.places for s in positive(extractor, text, "Ruben Soto", "arrested")] == [("Cali",)]


@pytest.mark.parametrize(("text", "by"), [
    ("The US Treasury named Nilo Barsa a kingpin together with the chief of the air force, Ruben Soto.",
     "United States"),
    ("Nilo Barsa was designated a kingpin in 2010, along with his brother Ruben Soto.", ""),
])
def test_a_kingpin_listing_reaches_the_companion(extractor: Any, text: str, by: str) -> None:
    assert [s.object for s in positive(extractor, text, "Ruben Soto", "designated")] == [by]
    assert positive(extractor, text, "Nilo Barsa", "designated")


@pytest.mark.parametrize(("text", "subject"), [
    ("Nilo Barsa named his son Ruben Soto as heir.", "Ruben Soto"),
    ("Police named Nilo Barsa the kingpin of the ring.", "Nilo Barsa"),
])
def test_naming_an_heir_or_a_role_is_no_listing(extractor: Any, text: str, subject: str) -> None:
    assert not claims(extractor, text, subject, "designated")


def test_a_participle_listing_on_an_apposition(extractor: Any) -> None:
    text = "Nilo Barsa, a kingpin sanctioned by the Treasury in 2019, fled."
    assert [s.dates for s in positive(extractor, text, "Nilo Barsa", "designated")] == [("2019",)]


# --- the subject of a second passive hung on the first one's agent ---------------------------------------------

def test_two_killings_in_one_sentence(extractor: Any) -> None:
    text = ("In March 2009, the army chief, Nilo Barsa, was killed by a bomb and the president, Ruben Soto, was "
            "shot dead by soldiers at his home.")
    assert [s.object for s in positive(extractor, text, "Nilo Barsa", "killed")] == [""]
    assert [s.dates for s in positive(extractor, text, "Ruben Soto", "killed")] == [("2009-03",)]


def test_two_killers_stay_killers(extractor: Any) -> None:
    text = "Nilo Barsa was killed by Ruben Soto and Mario Campa in 2010."
    assert {s.object for s in positive(extractor, text, "Nilo Barsa", "killed")} == {"Ruben Soto", "Mario Campa"}


# --- 'before being extradited'; 'Since his capture, X ...' -----------------------------------------------------

def test_before_being_extradited(extractor: Any) -> None:
    text = "Nilo Barsa spent a decade in Mexican prisons before being extradited to the United States in January 2007."
    assert [(s.object, s.dates) for s in positive(extractor, text, "Nilo Barsa", "extradited")] == [
        ("United States", ("2007-01",))]


@pytest.mark.parametrize(("text", "predicate"), [
    ("Ruben Soto ran the port. Since his capture in 2016, Nilo Barsa has been held in Altiplano.", "arrested"),
    ("Ruben Soto ran the port. After his extradition to the United States in 2019, Nilo Barsa cooperated.",
     "extradited"),
])
def test_his_in_an_opening_phrase_is_the_subject_after_it(extractor: Any, text: str, predicate: str) -> None:
    assert positive(extractor, text, "Nilo Barsa", predicate)
    assert not claims(extractor, text, "Ruben Soto", predicate)


@pytest.mark.parametrize("text", [
    "Ruben Soto ran the port. After his arrest, his brother Nilo Barsa took over.",
    "Ana Soto ran the port. After her arrest in 2016, Nilo Barsa took over.",
])
def test_an_opening_possessive_with_another_subject_stays_with_the_one_before(extractor: Any, text: str) -> None:
    assert not claims(extractor, text, "Nilo Barsa", "arrested")


# --- 'whose arrest', 'one of five men arrested', 'placed under arrest', 'wanted on charges' ---------------------

@pytest.mark.parametrize(("text", "predicate", "date"), [
    ("Nilo Barsa, whose arrest in 2019 split the gang, is now in Texas.", "arrested", "2019"),
    ("Nilo Barsa was one of five men arrested in Cali in 2019.", "arrested", "2019"),
    ("Nilo Barsa was placed under arrest in Cali in 2019.", "arrested", "2019"),
])
def test_more_ways_to_tell_an_arrest(extractor: Any, text: str, predicate: str, date: str) -> None:
    assert [s.dates for s in positive(extractor, text, "Nilo Barsa", predicate)] == [(date,)]


@pytest.mark.parametrize("text", [
    "Nilo Barsa, whose brother's arrest in 2019 split the gang, is now in Texas.",
    "Nilo Barsa was one of five men who escaped arrest in Cali in 2019.",
    "Nilo Barsa placed the papers under the arrest report in 2019.",
])
def test_no_arrest_of_another_or_avoided(extractor: Any, text: str) -> None:
    assert not positive(extractor, text, "Nilo Barsa", "arrested")


def test_charged_then_in_custody(extractor: Any) -> None:
    text = "Nilo Barsa was charged with murder and remains in custody."
    assert positive(extractor, text, "Nilo Barsa", "arrested")


def test_wanted_on_charges(extractor: Any) -> None:
    text = "Nilo Barsa is wanted in the United States on drug charges."
    assert [s.object for s in positive(extractor, text, "Nilo Barsa", "charged")] == ["United States"]
    assert not claims(extractor, "Nilo Barsa wanted to drop the charges.", "Nilo Barsa", "charged")


def test_killed_by_unnamed_gunmen_from_a_group(extractor: Any) -> None:
    text = "Nilo Barsa was killed by rivals from the Quiroga Cartel in 2019."
    assert [s.object for s in positive(extractor, text, "Nilo Barsa", "killed")] == ["Quiroga Cartel"]
    text = "Nilo Barsa was killed in 2019 by gunmen who had come from Culiacan."
    assert [s.object for s in positive(extractor, text, "Nilo Barsa", "killed")] == [""]


def test_a_treasury_known_by_its_country(extractor: Any) -> None:
    text = ("After the mutiny he left the compound. In April 2010 the United States Treasury designated Tomas Varela a "
            "drug kingpin, together with the chief of staff of the air force, Ruben Soto.")
    for subject in ("Tomas Varela", "Ruben Soto"):
        assert [(s.object, s.dates) for s in positive(extractor, text, subject, "designated")] == [
            ("United States", ("2010-04",))]


def test_designated_as_an_heir_is_no_listing(extractor: Any) -> None:
    text = "The Quiroga Cartel's old boss designated Nilo Barsa as his heir in 2019."
    assert not claims(extractor, text, "Nilo Barsa", "designated")
    assert positive(extractor, "Nilo Barsa was designated as a foreign terrorist in 2019.", "Nilo Barsa", "designated")
