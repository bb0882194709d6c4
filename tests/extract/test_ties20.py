"""Group-to-group ties told in shapes the rules missed (session 20, helper ties20). Sentences written for these
tests, invented names.

- A relative clause whose pronoun is its subject and whose verb is singular speaks of the singular noun the plural
  after 'of' hangs from: 'G, the coalition of valley groups that has been at war with Y' (G against Y); with a
  plural verb ('groups that have fought Y') it speaks of the groups (phrases.agreeing).
- 'X is a gang that fights Y': the relative clause on the copula's noun speaks of the copula's subject X.
- 'the G organisation of the X family, which is aligned with Y': a relative clause on the family after 'of', where the
  family names no group, speaks of the group the 'of' hangs from (not 'a member of the X family, which ...').
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _tie(found: set[tuple[str, str, str]], predicate: str, a: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


@pytest.mark.parametrize("text", [
    "They are the best-known member of Los Valles Unidos, the coalition of valley groups that has been at war with "
    "the Bravo Cartel since 2019.",
    "Los Valles Unidos, a coalition of valley groups that has been at war with the Bravo Cartel since 2019, lost "
    "the town.",
    "Los Valles Unidos is a coalition of valley groups that has fought the Bravo Cartel since 2019.",
])
def test_a_singular_verb_speaks_of_the_coalition(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "rival_of", "Los Valles Unidos", "Bravo Cartel")


def test_a_plural_verb_speaks_of_the_groups(extractor: Any) -> None:
    text = "Los Valles Unidos is a coalition of valley groups that have fought the Bravo Cartel since 2019."
    assert not _tie(triples(extractor, text), "rival_of", "Los Valles Unidos", "Bravo Cartel")


@pytest.mark.parametrize(("text", "predicate"), [
    ("Los Valles Unidos is a gang that fights the Bravo Cartel.", "rival_of"),
    ("Los Valles Unidos is a gang that has fought the Bravo Cartel since 2019.", "rival_of"),
    ("Los Valles Unidos is a crew that works with the Bravo Cartel.", "ally_of"),
])
def test_a_gang_that_fights(extractor: Any, text: str, predicate: str) -> None:
    assert _tie(triples(extractor, text), predicate, "Los Valles Unidos", "Bravo Cartel")


def test_the_organisation_of_a_family_which_is_aligned(extractor: Any) -> None:
    text = ("Officials blame the contest between the Norte Cartel and the Lobo organization of the Pérez family, "
            "which is aligned with the Bravo Cartel.")
    assert _tie(triples(extractor, text), "ally_of", "Lobo", "Bravo Cartel")


def test_a_member_of_a_family_which_is_aligned(extractor: Any) -> None:
    text = "Police detained a member of the Pérez family, which is aligned with the Bravo Cartel."
    assert not any(p == "ally_of" for _, p, _ in triples(extractor, text))
