"""Listings in sanctions releases: 'identified X as Significant Foreign Narcotics Traffickers' (a formal label
or a law makes 'identify' a listing), a group named again by the short name given in parentheses ('the Ruiz
Drug Trafficking Organization (Ruiz DTO)'), and a second listed name the parser hangs on the verb.
Sentences written for this test, with invented people and groups."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model

RELEASE = ("OFAC today identified Mexican national Pedro Ruiz Soto, also known as \"El Tío\", and the Ruiz Drug "
           "Trafficking Organization (Ruiz DTO) as Significant Foreign Narcotics Traffickers under the Kingpin Act. "
           "The Ruiz DTO relies on a circle of associates. Marta Gómez Vela managed businesses for the Ruiz DTO.")


def test_identified_as_a_formal_label_lists_every_name(extractor: Any) -> None:
    listed = {s.subject for s in said(extractor, RELEASE) if s.predicate == "designated"}
    assert listed == {"Pedro Ruiz Soto", "Ruiz Drug Trafficking Organization"}


def test_the_short_name_in_parentheses_is_the_same_group(extractor: Any) -> None:
    result = extractor(Document.make(RELEASE, "t.txt"))
    groups = [e for e in result.entities if e.kind == "criminal_group"]
    assert [(g.name, [a.name for a in g.aliases]) for g in groups] == [
        ("Ruiz Drug Trafficking Organization", ["Ruiz DTO"])]


@pytest.mark.parametrize("text", [
    "Police identified Pedro Ruiz Soto as a suspect in the killing.",
    "Investigators identified Pedro Ruiz Soto as the driver of the truck.",
])
def test_identified_as_anything_else_lists_no_one(extractor: Any, text: str) -> None:
    assert not [s for s in said(extractor, text) if s.predicate == "designated"]


def test_words_in_parentheses_that_are_not_the_names_are_no_alias(extractor: Any) -> None:
    text = "The Ruiz Drug Trafficking Organization (formerly GDL) moved cocaine through Manzanillo."
    result = extractor(Document.make(text, "t.txt"))
    assert all(a.name != "formerly GDL" for e in result.entities for a in e.aliases)
