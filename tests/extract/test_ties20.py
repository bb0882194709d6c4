"""Group-to-group ties told in shapes the rules missed (session 20, helper ties20). Sentences written for these
tests, invented names.

- A relative clause whose pronoun is its subject and whose verb is singular speaks of the singular noun the plural
  after 'of' hangs from: 'G, the coalition of valley groups that has been at war with Y' (G against Y); with a
  plural verb ('groups that have fought Y') it speaks of the groups (phrases.agreeing).
- 'X is a gang that fights Y': the relative clause on the copula's noun speaks of the copula's subject X.
- 'the G organisation of the X family, which is aligned with Y': a relative clause on the family after 'of', where the
  family names no group, speaks of the group the 'of' hangs from (not 'a member of the X family, which ...').
- 'an alliance of A, B and C', 'an alliance of members and associates of A, B and C': each pair allied
  (groups._coalition_members); not 'an alliance of local farmers and rivals of A and B'.
- 'blamed on G and their local allies, the remnants of H,': H is G's ally (ties._and_its_allies); not 'their former
  allies'.
- 'Led by X, "El Toro", G broke away and has since fought H': the quoted nickname the parser made a second subject is
  not the subject (groups.mended_subject).
- 'attribute the killings to the contest for P between A and B': 'between' hung on the verb, right after the noun and
  its stake, gives the sides (groups._between_after); 'contest' is a noun of rivalry.
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


@pytest.mark.parametrize("text", [
    "Police describe the Manada as an alliance of Los Lobos, Los Bravos and the Norte Cartel.",
    "Police describe the Manada as an alliance of members and associates of Los Lobos, Los Bravos and the Norte "
    "Cartel.",
])
def test_an_alliance_of_three(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert all(_tie(found, "ally_of", a, b) for a, b in [("Los Lobos", "Los Bravos"), ("Los Lobos", "Norte Cartel"),
                                                          ("Los Bravos", "Norte Cartel")])


def test_an_alliance_of_farmers_and_rivals(extractor: Any) -> None:
    text = "Police describe the Manada as an alliance of local farmers and rivals of Los Lobos and Los Bravos."
    assert not _tie(triples(extractor, text), "ally_of", "Los Lobos", "Los Bravos")


@pytest.mark.parametrize("text", [
    "Prosecutors blamed the killings on Los Lobos and their local allies, the Norte Cartel.",
    "Prosecutors blamed the bodies on Los Lobos and their allies, the remnants of the Norte Cartel, who are fighting "
    "Los Bravos.",
])
def test_a_group_and_its_allies(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "ally_of", "Los Lobos", "Norte Cartel")


def test_a_group_and_its_former_allies(extractor: Any) -> None:
    text = "Prosecutors blamed the killings on Los Lobos and their former allies, the Norte Cartel."
    assert not _tie(triples(extractor, text), "ally_of", "Los Lobos", "Norte Cartel")


@pytest.mark.parametrize("text", [
    'Led by Juan Pérez, "El Toro", Los Lobos broke away in 2010 and have since fought the Norte Cartel in Reynosa.',
    'Los Lobos began as the armed wing of the Norte Cartel. Led by Juan Pérez, "El Toro", Los Lobos broke away in '
    '2010 and have since fought their former employers block by block.',
])
def test_a_quoted_nickname_is_no_subject(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "rival_of", "Los Lobos", "Norte Cartel")


def test_the_contest_for_a_place_between(extractor: Any) -> None:
    text = ("Officials attribute the killings to the contest for Ciudad Luna between enforcers of the Norte Cartel "
            "and Los Lobos.")
    assert _tie(triples(extractor, text), "rival_of", "Norte Cartel", "Los Lobos")


def test_a_contest_won(extractor: Any) -> None:
    assert not any(p == "rival_of" for _, p, _ in triples(extractor, "Los Lobos won the contest for the port."))
