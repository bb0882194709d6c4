"""People's ties to groups read where no role of the group itself is named: a person serving a group's boss,
and the wordings added in session 14. Each reading is checked both ways: the reading made, and a near case
where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- a person who serves a group's boss is a member of the group -----------------------------------------
def test_lieutenant_of_a_boss_whose_group_is_named_after(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra testified that he had been a lieutenant of Aurelio Montaño Ruiz, whose "
            "Tres Ríos gang controlled the port.")
    found = triples(extractor, text)
    assert ("Aurelio Montaño Ruiz", "leader_of", "Tres Ríos") in found
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Tres Ríos") in found


def test_lieutenant_of_a_boss_who_leads_no_group(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra testified that he had been a lieutenant of Aurelio Montaño Ruiz in the army. "
            "The Tres Ríos gang controlled the port.")
    assert not {t for t in triples(extractor, text) if t[1] == "member_of"}


def test_worked_for_the_boss_of_a_group(extractor: Any) -> None:
    text = ("In the 1990s Rodrigo Peñaloza Ibarra worked for Aurelio Montaño Ruiz, the boss of the Cártel de "
            "Tres Ríos, moving cocaine north.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_gunman_for_a_boss_named_as_leader_earlier(extractor: Any) -> None:
    text = ("Aurelio Montaño Ruiz ran the Cártel de Tres Ríos for a decade. "
            "Rodrigo Peñaloza Ibarra was a trusted gunman for Montaño Ruiz.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") in triples(extractor, text)


def test_worked_for_a_person_who_leads_no_group(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra worked for Aurelio Montaño Ruiz for twenty years as a gardener. "
            "The Cártel de Tres Ríos controls the port.")
    assert not {t for t in triples(extractor, text) if t[1] == "member_of"}


def test_worked_with_a_boss_is_not_serving_him(extractor: Any) -> None:
    text = ("Rodrigo Peñaloza Ibarra worked with Aurelio Montaño Ruiz, the boss of the Cártel de Tres Ríos, "
            "on a housing project.")
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Cártel de Tres Ríos") not in triples(extractor, text)


def test_field_commander_is_a_member_not_the_leader(extractor: Any) -> None:
    text = "Rodrigo Peñaloza Ibarra is described by officials as one of the Tres Ríos gang's senior field commanders."
    found = triples(extractor, text)
    assert ("Rodrigo Peñaloza Ibarra", "member_of", "Tres Ríos") in found
    assert ("Rodrigo Peñaloza Ibarra", "leader_of", "Tres Ríos") not in found
