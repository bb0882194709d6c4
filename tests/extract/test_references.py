"""References an article makes to what it has already named: a role named before its holder ("identify
its leader as X"), counted and described sets of people ("the five", "the detained persons"), and
events told again ("The arrests took place on ..."). Each checked both ways. Sentences written for
these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def test_a_role_named_before_its_holder_after_as(extractor: Any) -> None:
    text = ("At the centre of the files is a family clan that the army calls Los Arredondo, which has held the "
            "valley roads for a decade. The files identify its leader as Efrén Arredondo Paz, known as \"El Búho\".")
    assert ("Efrén Arredondo Paz", "leader_of", "Los Arredondo") in triples(extractor, text)
    text = ("Los Arredondo have held the valley roads for a decade. The files identify its accountant as "
            "Efrén Arredondo Paz.")
    assert ("Efrén Arredondo Paz", "leader_of", "Los Arredondo") not in triples(extractor, text)
