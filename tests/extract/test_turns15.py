"""Broadcast transcripts labelled "NAME, TITLE (aside):": a correspondent's or anchor's turns, also under their
short label ('ARRIAGA:' after 'LUIS ARRIAGA, CORRESPONDENT:'), are the outlet's own voice; a guest's turn is the
guest's, named by the full label even under the short one. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

TRANSCRIPT = (
    "EVENING NEWS\nTranscript - Tuesday, March 3, 2020\n\n"
    "MARTA QUIROGA, ANCHOR: Good evening. We begin in Puerto Lobos. Our correspondent is there.\n\n"
    "DIEGO ROVIRA, CORRESPONDENT (live, Puerto Lobos): Marta, police say the fighting began at midnight. "
    "Nobody was hurt.\n\n"
    "ROVIRA: This afternoon the governor spoke.\n\n"
    "ANTONIO SEGURA ORTIZ, GOVERNOR OF PUERTO LOBOS (translated): Pablo Ordaz Rico leads Los Cuervos.\n\n"
    "QUIROGA: Joining us now is an analyst. The Tejones Cartel is at war with Los Cuervos.\n\n"
    "LUCÍA BERMEO, SECURITY ANALYST: The Tejones Cartel has worked with Los Halcones since 2018.\n\n"
    "QUIROGA: Lucía, thank you.\n\n"
    "BERMEO: Thank you. Mateo Salgado Ruiz leads Los Halcones.\n")


def _sources(extractor: Any, predicate: str) -> dict[str, str]:
    return {s.object: s.sources[-1] for s in said(extractor, TRANSCRIPT) if s.predicate == predicate}


def test_a_titled_guest_turn_is_the_guests(extractor: Any) -> None:
    assert _sources(extractor, "leader_of").get("Los Cuervos") == "ANTONIO SEGURA ORTIZ"


def test_a_guest_short_label_is_named_by_the_full_label(extractor: Any) -> None:
    assert _sources(extractor, "leader_of").get("Los Halcones") == "LUCÍA BERMEO"


def test_a_correspondent_turn_is_the_outlets_voice(extractor: Any) -> None:
    found = [s for s in said(extractor, TRANSCRIPT) if s.predicate == "rival_of"]
    assert found and all(s.sources == ("article",) for s in found)


def test_a_titled_label_outside_a_transcript_is_nobody(extractor: Any) -> None:
    text = ("PABLO ORDAZ RICO, ALIAS EL CUERVO: A PROFILE\n\n"
            "Pablo Ordaz Rico leads Los Cuervos, police say.")
    assert {s.sources[-1] for s in said(extractor, text) if s.predicate == "leader_of"} == {"police"}
