"""Broadcast transcripts: a name that labels a turn ('CORRESPONDENT (ANA SOTO):') or addresses someone ('Ana,
what are people saying?', 'Thank you, Ana.') is no antecedent of 'he' (rules/salience.addressed); and a guest's
role label with the holder's name in brackets ('GUEST (RAÚL VEGA):') makes that person the speaker of every turn
of the role (interviews.py). A transcript written for this test, with invented people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

TRANSCRIPT = (
    "EVENING NEWS\nBroadcast transcript, Wednesday, March 29, 2017\n\n"
    "ANCHOR (LUISA MORA): Good evening. Pedro Ruiz Soto, the state's police chief, was arrested on Monday in "
    "El Paso. Tomás, what are people there saying tonight?\n\n"
    "CORRESPONDENT (TOMÁS IBARRA VELA): Luisa, people here are not surprised. What we know is that he was "
    "detained by U.S. authorities after crossing the bridge.\n\n"
    "ANCHOR: Joining me now is Raúl Vega Lugo, a security consultant. Raúl, how do you read this?\n\n"
    "GUEST (RAÚL VEGA LUGO): The Gulf Cartel has fought Los Zetas for years in this state.\n\n"
    "ANCHOR: Thank you, Raúl.\n")


def test_a_pronoun_in_a_turn_is_not_the_correspondent_or_the_person_addressed(extractor: Any) -> None:
    arrested = {s.subject for s in said(extractor, TRANSCRIPT) if s.predicate == "arrested"}
    assert arrested == {"Pedro Ruiz Soto"}


def test_a_guests_turn_is_the_bracketed_holder_of_the_role(extractor: Any) -> None:
    rivals = [s for s in said(extractor, TRANSCRIPT) if s.predicate == "rival_of"]
    assert rivals and {s.sources[-1] for s in rivals} == {"Raúl Vega Lugo"}
