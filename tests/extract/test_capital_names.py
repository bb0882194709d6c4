"""Defendants' names in capitals (prosecutors' releases: 'RAMIRO SOTO VEGA, a.k.a. "El Gallo"'):
one person, named by the whole run and by its last words later (extract/name_repairs.py capital_names).
A release written for this test, with invented people."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model

RELEASE = """FOR IMMEDIATE RELEASE

SAN DIEGO - The United States Attorney announced today that RAMIRO SOTO VEGA, a.k.a. "El Gallo," and \
ERNESTO LUNA BARRAZA, a.k.a. "Neto," were arraigned in federal court. SOTO VEGA and LUNA BARRAZA are each \
charged with conspiring to import methamphetamine into the United States. LUNA BARRAZA was arrested in \
Tijuana in March."""


def test_a_name_in_capitals_before_an_alias_is_one_person(extractor: Any) -> None:
    result = extractor(Document.make(RELEASE, "release.txt"))
    people = {e.name for e in result.entities if e.kind == "person"}
    assert {"RAMIRO SOTO VEGA", "ERNESTO LUNA BARRAZA"} <= people
    assert not any(e.kind == "organization" and "SOTO" in e.name for e in result.entities)


def test_its_last_words_later_are_the_same_person(extractor: Any) -> None:
    result = extractor(Document.make(RELEASE, "release.txt"))
    names = {e.id: e.name for e in result.entities}
    charged = {names[c.subject_id] for c in result.claims if c.predicate == "charged"}
    arrested = {names[c.subject_id] for c in result.claims if c.predicate == "arrested"}
    assert {"RAMIRO SOTO VEGA", "ERNESTO LUNA BARRAZA"} <= charged
    assert "ERNESTO LUNA BARRAZA" in arrested


def test_headings_and_datelines_in_capitals_stay_what_they_were(extractor: Any) -> None:
    result = extractor(Document.make(RELEASE, "release.txt"))
    people = {e.name for e in result.entities if e.kind == "person"}
    assert not any(name in people for name in ("FOR IMMEDIATE RELEASE", "SAN DIEGO", "IMMEDIATE RELEASE"))


def test_capitals_without_an_alias_are_left_to_the_model(extractor: Any) -> None:
    text = "MANUEL ORTIZ: We never paid them.\nHOST: Never?\nMANUEL ORTIZ: Not once, not in ten years."
    result = extractor(Document.make(text, "transcript.txt"))
    assert not any(e.name == "ORTIZ" for e in result.entities)


def test_an_office_named_with_its_judicial_district_is_the_office_by_its_whole_name(extractor: Any) -> None:
    text = ("United States Attorney's Office, Eastern District of Virginia\n\nRAMIRO SOTO VEGA, a.k.a. \"El Gallo,\" "
            "was charged with conspiring to import cocaine.")
    result = extractor(Document.make(text, "release.txt"))
    office = next(e for e in result.entities if e.id == "kb-us-attorneys-office")
    assert "United States Attorney's Office, Eastern District of Virginia" in {a.name for a in office.aliases}


def test_a_district_without_an_office_before_it_stays_apart(extractor: Any) -> None:
    result = extractor(Document.make("He lived in the Southern District of the city for years.", "t.txt"))
    assert not any(e.kind == "agency" for e in result.entities)
