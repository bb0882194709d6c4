"""Lines that are not running prose: a name before a colon heads the subjectless sentences after it
(profiles, glossaries, fact boxes), and two names before the colon are the pair the line describes.
Each reading is checked both ways: made under a name's heading, not made under any other colon."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def test_a_name_ends_at_the_colon_of_its_line(extractor: Any) -> None:
    text = "Cárteles del Sur: Coalition of highland gangs, including Los Tecolotes, formed in 2019.\n"
    names = {e.name for e in extractor(Document.make(text, "test.txt")).entities}
    assert "Cárteles del Sur" in names and not any(":" in n for n in names)


def test_a_name_runs_on_without_a_colon(extractor: Any) -> None:
    text = "Members of the Cárteles del Sur coalition met in Oaxaca in 2019, officials said.\n"
    names = {e.name for e in extractor(Document.make(text, "test.txt")).entities}
    assert "Cárteles del Sur" in names
