"""A nationality word that names a language ('Translations from Spanish are ours', 'a Spanish-language
daily') does not set the country a text is about, so 'President X' is not made an official of Spain; a
country named in the opening still is. Texts written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

STORY = ("President Julián Orozco Paz said the government would not negotiate with the gunmen.\n\n"
         "The Tejones Cartel attacked the town hall of Villa Nueva on Saturday.\n")


def offices(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "official_of"}


@pytest.mark.parametrize("opening", [
    "NORTH MONITOR - Situation digest No. 7. Translations from Spanish are ours.\n\n",
    "Summary of reports from a Spanish-language daily, translated into English.\n\n",
])
def test_a_language_is_no_country(extractor: Any, opening: str) -> None:
    assert ("Julián Orozco Paz", "Spain") not in offices(extractor, opening + STORY)


def test_a_country_in_the_opening_still_sets_it(extractor: Any) -> None:
    opening = "MONTERREY, Mexico - Situation digest No. 7. Translations from Spanish are ours.\n\n"
    assert ("Julián Orozco Paz", "Mexico") in offices(extractor, opening + STORY)
