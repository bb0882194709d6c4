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
    ("Colombian police reported the capture of Fidel Ramos Tello on Friday.", "Fidel Ramos Tello",
     "Colombian National Police"),
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


# --- a speaker named up to a relative clause of its head -------------------------------------------------
@pytest.mark.parametrize(("text", "speaker"), [
    ("A senior Europol official, who asked not to be named, said the Gulf Cartel fights the Zetas.",
     "A senior Europol official"),
    ("A federal intelligence document that this magazine has seen says that the Gulf Cartel fights the Zetas.",
     "A federal intelligence document"),
    ("A federal security official, who spoke on condition of anonymity because he was not authorized to discuss "
     "the case, said the Gulf Cartel fights the Zetas.", "A federal security official"),
    ("The police commander who led the raid said the Gulf Cartel fights the Zetas.", "police commander"),
    ("A senior official in the municipal security secretariat, who spoke on condition of anonymity, told this "
     "newspaper that the Gulf Cartel fights the Zetas.", "A senior official in the municipal security secretariat"),
])
def test_speaker_named_without_its_relative_clause(extractor: Any, text: str, speaker: str) -> None:
    chains = _sources(extractor, text, "Gulf Cartel", "rival_of")
    assert chains and all(c == ("article", speaker) for c in chains), chains


@pytest.mark.parametrize(("text", "speaker"), [
    ("The report, which was published in May by the Insight Crime foundation, says the Gulf Cartel fights the "
     "Zetas.", "InSight Crime"),
    ("The report, which the DEA wrote, says the Gulf Cartel fights the Zetas.", "Drug Enforcement Administration"),
])
def test_relative_clause_naming_the_author_stays(extractor: Any, text: str, speaker: str) -> None:
    chains = _sources(extractor, text, "Gulf Cartel", "rival_of")
    assert chains and all(c == ("article", speaker) for c in chains), chains


# --- a belief inside another's account is that one's hedge, not a source of its own ------------------------
@pytest.mark.parametrize(("text", "subject", "predicate", "speaker"), [
    ("A federal security official said investigators believe the Gulf Cartel fights the Zetas.",
     "Gulf Cartel", "rival_of", "A federal security official"),
    ("The prosecutor said the dead belonged to a crew known as Los Toros, which investigators believe sells "
     "crystal on behalf of the Gulf Cartel.", "Los Toros", "faction_of", "prosecutor"),
    ("According to the ministry, analysts think the Gulf Cartel has been fighting the Zetas since 2010.",
     "Gulf Cartel", "rival_of", "ministry"),
])
def test_belief_inside_a_source_is_its_hedge(extractor: Any, text: str, subject: str, predicate: str,
                                             speaker: str) -> None:
    chains = _sources(extractor, text, subject, predicate)
    assert chains and all(len(c) == 2 and speaker in c[1] for c in chains), chains


@pytest.mark.parametrize(("text", "chain"), [
    ("Investigators believe the Gulf Cartel fights the Zetas.", ("article", "Investigators")),
    ("The report says Mexican officials told the DEA that the Gulf Cartel fights the Zetas.",
     ("article", "the report", "Mexican officials")),
])
def test_belief_alone_and_a_telling_inside_a_source_stay_sources(extractor: Any, text: str,
                                                                 chain: tuple[str, ...]) -> None:
    assert _sources(extractor, text, "Gulf Cartel", "rival_of") == [chain]
