"""Source chains read in session 16 (helper sources16). Each reading is checked both ways: the source
given, and a near case where it must not be given. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _sources(extractor: Any, text: str, subject: str, predicate: str) -> list[tuple[str, ...]]:
    return [s.sources for s in said(extractor, text) if s.subject == subject and s.predicate == predicate]


# --- an event noun as the object of a reporting verb: 'the army announced the arrest of X' -----------------
@pytest.mark.parametrize(("text", "person", "speaker"), [
    ("Days later the army announced the arrest of Dario Pelayo Ruiz, the man it blamed for the attack.",
     "Dario Pelayo Ruiz", "army"),
    ('In February the prosecutor\'s office reported the capture of Fidel Ramos Tello, alias "El Corcho".',
     "Fidel Ramos Tello", "prosecutor's office"),
    ("The navy has confirmed the detention of Hugo Salas Merino in a raid in the port.", "Hugo Salas Merino", "navy"),
    ("On Monday the ministry disclosed the apprehension of Hugo Salas Merino near the border.",
     "Hugo Salas Merino", "ministry"),
])
def test_announced_event_is_the_announcers_word(extractor: Any, text: str, person: str, speaker: str) -> None:
    chains = _sources(extractor, text, person, "arrested")
    assert chains and all(len(c) == 2 and speaker in c[1].lower() for c in chains), chains


@pytest.mark.parametrize("text", [
    "Officials denied the arrest of Hugo Salas Merino.",
    "Soldiers arrested Hugo Salas Merino on Monday after a chase.",
])
def test_no_announcer_for_a_denial_or_a_plain_report(extractor: Any, text: str) -> None:
    chains = _sources(extractor, text, "Hugo Salas Merino", "arrested")
    assert chains and all(c == ("article",) for c in chains), chains


# --- the authority that announces an arrest with no 'by' made it ----------------------------------------
@pytest.mark.parametrize(("text", "person", "arrester"), [
    ("Days later the Mexican army announced the arrest of Dario Pelayo Ruiz in Monterrey.",
     "Dario Pelayo Ruiz", "Secretaría de la Defensa Nacional"),
    ("Colombian police reported the capture of Fidel Ramos Tello on Friday.", "Fidel Ramos Tello", "Colombia"),
    ("On Monday the Mexican army confirmed the detention of Hugo Salas Merino, a lookout for Los Toros.",
     "Hugo Salas Merino", "Secretaría de la Defensa Nacional"),
])
def test_announcing_authority_is_the_arrester(extractor: Any, text: str, person: str, arrester: str) -> None:
    found = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "arrested"}
    assert (person, arrester) in found, found


@pytest.mark.parametrize("text", [
    "The Mexican army announced the arrest of Hugo Salas Merino by state police.",
    "President Ana Rivas Soto announced the arrest of Hugo Salas Merino on Monday.",
])
def test_no_arrester_from_an_announcer_that_names_another_or_is_a_person(extractor: Any, text: str) -> None:
    found = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "arrested"}
    assert found == {("Hugo Salas Merino", "")}, found
