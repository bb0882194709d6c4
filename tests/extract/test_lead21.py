"""Entity readings the lead fixed in session 21. Sentences written for this test, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def entities(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in extractor(Document.make(text, "test.txt")).entities}


def test_a_group_alias_in_lower_case_words_is_no_group(extractor: Any) -> None:
    """'The Line' is an English name of La Línea; 'the line of inquiry' is not a mention of it."""
    found = entities(extractor, "Detectives said the line of inquiry led back to the Sierra Cartel.")
    assert ("criminal_group", "La Línea") not in found
    assert ("criminal_group", "La Línea") in entities(
        extractor, "Gunmen of The Line, the armed wing of the Juárez Cartel, attacked the convoy.")


@pytest.mark.parametrize("text", [
    "Britain's Treasury Department froze the accounts of Milan Vesić, a shipping broker.",
    "The Canadian Treasury Department froze the accounts of Milan Vesić, a shipping broker.",
])
def test_another_countrys_office_is_not_the_kb_agency_of_that_name(extractor: Any, text: str) -> None:
    assert ("agency", "United States Department of the Treasury") not in entities(extractor, text)


@pytest.mark.parametrize("text", [
    "The Treasury Department froze the accounts of Milan Vesić, a shipping broker.",
    "The American Treasury Department froze the accounts of Milan Vesić, a shipping broker.",
    "America's Treasury Department froze the accounts of Milan Vesić, a shipping broker.",
])
def test_the_agencys_own_country_or_none_keeps_it(extractor: Any, text: str) -> None:
    assert ("agency", "United States Department of the Treasury") in entities(extractor, text)


@pytest.mark.parametrize("count", ["four", "twelve", "twenty"])
def test_people_counted_in_words_past_ten_are_read_as_counted_people(extractor: Any, count: str) -> None:
    from testigo.resolve import counted_people

    result = extractor(Document.make(f"Soldiers arrested {count} state police officers in Ciudad Limón.", "test.txt"))
    counted = [e for e in result.entities if e.kind == "person" and e.name.startswith(count)]
    assert counted and all(counted_people(e) for e in counted)
    assert any(c.predicate == "arrested" and c.subject_id == counted[0].id for c in result.claims)
