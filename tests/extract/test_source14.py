"""Who asserts what a sentence tells in passing (session 14): where a group is based, told by a modifier
inside what a source says, is the source's word; the scope of a source over coordinated clauses.
Sentences written for this test; the names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def chains(extractor: Any, text: str) -> dict[tuple[str, str, str | None], tuple[str, ...]]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    return {(names[c.subject_id], c.predicate, names.get(c.object_id or "")): c.attributed_to
            for c in result.claims}


# where a group is based, told by a modifier inside a source's account

def test_a_base_told_inside_a_reported_clause_is_the_speakers(extractor: Any) -> None:
    text = "Police say the killing was ordered by Los Garzas, a gang based in Puerto Lindo."
    found = chains(extractor, text)
    assert found[("Los Garzas", "operates_in", "Puerto Lindo")] == ("article", "Police")


def test_a_base_told_after_according_to_is_the_sources(extractor: Any) -> None:
    text = ("According to the prosecutor's office, Ramiro Tovar was a courier for Los Cuervos, "
            "a group active in Villaseca.")
    found = chains(extractor, text)
    assert found[("Los Cuervos", "operates_in", "Villaseca")][-1] == "prosecutor's office"


def test_a_relative_clause_of_territory_stays_the_articles(extractor: Any) -> None:
    text = "Police say the killing was ordered by Los Garzas, the gang that controls Puerto Lindo."
    found = chains(extractor, text)
    assert found[("Los Garzas", "operates_in", "Puerto Lindo")] == ("article",)
