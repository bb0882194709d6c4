"""Nicknames given with words inside the naming cue ('known on the street as', 'goes by the nickname'), and
a quoted nickname opening a reported clause, which stays the reporter's clause, not a quotation of its own.
Sentences written for this test, with invented people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, said

pytestmark = pytest.mark.model


def people(extractor: Any, text: str) -> set[str]:
    return names(extractor, text, "person")


@pytest.mark.parametrize("text", [
    'One of the gunmen was Ricardo Ruiz Peña, known on the street as "La Loca". Police said La Loca fled.',
    'One of the gunmen was Ricardo Ruiz Peña, known to his men as "La Loca". Police said La Loca fled.',
    'One of the gunmen was Ricardo Ruiz Peña, who goes by the nickname "R-97," police said. R-97 fled.',
])
def test_a_nickname_after_a_cue_with_words_inside_it_is_the_same_person(extractor: Any, text: str) -> None:
    assert people(extractor, text) == {"Ricardo Ruiz Peña"}


def test_a_nickname_given_to_someone_else_stays_apart(extractor: Any) -> None:
    text = 'Pedro Ruiz Soto met a trafficker known in Sinaloa as "El Gato" in 2010.'
    assert people(extractor, text) == {"Pedro Ruiz Soto", "El Gato"}


@pytest.mark.parametrize("name", ['"La Loca"', "La Loca"])
def test_a_quoted_name_opening_a_reported_clause_keeps_the_reporter(extractor: Any, name: str) -> None:
    text = (f'Ricardo Ruiz Peña is known as "La Loca". People close to the prosecutor told reporters that {name} '
            "was never formally charged because the police lost the file.")
    charges = [s for s in said(extractor, text) if s.predicate == "charged"]
    assert [(s.subject, s.polarity, s.sources[-1]) for s in charges] == [
        ("Ricardo Ruiz Peña", "negative", "People close to the prosecutor")]


def test_a_reported_quotation_is_still_the_speakers_quote(extractor: Any) -> None:
    text = 'Prosecutors said "Ricardo Ruiz Peña was charged in Houston last year with smuggling cocaine."'
    charges = [s for s in said(extractor, text) if s.predicate == "charged"]
    assert [s.sources[-1] for s in charges] == ["Prosecutors"]
