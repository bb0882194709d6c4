"""Transcripts: a speaker's turn goes on over the unlabelled paragraphs after its label (up to the next label, a
stage direction in brackets or a note of another kind); a host's short label after 'HOST (NAME):' is still the
programme's own voice; a label with a title or an aside in brackets is not parsed as the subject of the turn's first
clause. Names and texts are invented."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.interviews import answers, label_end
from testigo.extract.quotes import paragraphs
from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def _sources(extractor: Any, text: str, predicate: str) -> dict[str, tuple[str, ...]]:
    found = [s for s in said(extractor, text) if s.predicate == predicate]
    return {**{s.subject: s.sources for s in found}, **{s.object: s.sources for s in found if s.object}}


def _turns(text: str) -> list[tuple[str, str]]:
    return [(text[a.speaker_start:a.speaker_end], text[a.start:a.end][:20])
            for a in answers(text, paragraphs(text), [])]


BRIEFING = (
    "PRESS CONFERENCE OF THE STATE PROSECUTOR\n\n"
    "MARIANA TOLEDO RUIZ, STATE PROSECUTOR: Good afternoon. I will report on the case.\n\n"
    "On Friday, police detained four men in Puerto Lobos.\n\n"
    "We believe the cell answers to Pablo Ordaz Rico. Pablo Ordaz Rico leads Los Cuervos.\n\n"
    "[Translator's note: the prosecutor read a list of names, omitted here.]\n\n"
    "Hernán Vidal leads Los Tejones.\n\n"
    "QUESTION (reporter, Radio Sur): Is the cell tied to anyone else?\n\n"
    "TOLEDO RUIZ: Not that we know.\n\n"
    "Editor's note: Mateo Salgado leads Los Halcones, according to court papers.\n")


def test_an_unlabelled_paragraph_goes_on_with_the_turn_before(extractor: Any) -> None:
    assert _sources(extractor, BRIEFING, "leader_of").get("Los Cuervos") == ("article", "MARIANA TOLEDO RUIZ")


def test_a_stage_direction_in_brackets_ends_the_turn(extractor: Any) -> None:
    assert _sources(extractor, BRIEFING, "leader_of").get("Los Tejones") == ("article",)


def test_a_note_after_the_last_turn_is_no_speakers() -> None:
    assert [who for who, words in _turns(BRIEFING) if words.startswith(("Mateo", "Editor"))] == []


def test_continuation_in_other_layouts() -> None:
    hearing = ("COMMITTEE HEARING\n\nCHAIR: Welcome.\n\nCmdr Ibarra: Thank you. The unit was set up in 2019.\n\n"
               "It has made forty arrests.\n\nCHAIR: And the port?\n\nCmdr Ibarra: Quiet since May.\n")
    radio = ("HOST (ANA LIMA): Tonight, the port.\n\nGUEST (RAÚL SOTO PEREA): The port changed hands in 2010.\n\n"
             "After that the Tejones ran it.\n\nHOST: Thank you.\n")
    assert ("Cmdr Ibarra", "It has made forty ar") in _turns(hearing)
    assert ("RAÚL SOTO PEREA", "After that the Tejon") in _turns(radio)


PODCAST = (
    "THE CROSSING - episode 4\n\n"
    "HOST (SERGIO MENDAÑA): Welcome back. My guest is Inés Roldán.\n\n"
    "ROLDÁN: Thanks, Sergio.\n\n"
    "MENDAÑA: Last month Washington put Los Cuervos on its list of terrorist organisations.\n\n"
    "ROLDÁN: Pablo Ordaz Rico leads Los Cuervos.\n\n"
    "MENDAÑA: Thank you.\n")


def test_a_hosts_short_label_is_the_programmes_voice(extractor: Any) -> None:
    assert _sources(extractor, PODCAST, "designated").get("Los Cuervos") == ("article",)
    # the guest's label in capitals names the guest the host introduced, in full (test_sources17.py)
    assert _sources(extractor, PODCAST, "leader_of").get("Los Cuervos") == ("article", "Inés Roldán")


def test_a_guests_short_label_stays_the_guests() -> None:
    text = ("PRESENTER (JULIA MORA): Good evening.\n\nGUEST (TEODORO VARGAS): Thank you.\n\n"
            "VARGAS: Los Tejones run the port.\n\nMORA: Thank you.\n")
    assert [who for who, _ in _turns(text)] == ["TEODORO VARGAS", "TEODORO VARGAS"]


@pytest.mark.parametrize("text", [
    "RADIO SUR\n\nHOST: Good evening.\n\nANDRÉS VILLA (retired police detective): Tomas Ledesma leads Los Zetas.\n\n"
    "HOST: Thank you.\n",
    "EVENING NEWS\n\nLUIS PRADO, CORRESPONDENT (live, Puerto Lobos): Tomas Ledesma led Los Zetas for years.\n\n"
    "PRADO: Back to you.\n",
    "HEARING\n\nSenator QUIROGA (Chair): Tomas Ledesma has run Los Zetas since 2019, has he not?\n",
])
def test_a_label_with_a_title_or_aside_is_not_the_subject(extractor: Any, text: str) -> None:
    leaders = {s.subject for s in said(extractor, text) if s.predicate == "leader_of"}
    assert leaders == {"Tomas Ledesma"}


def test_label_end_reads_labels_only() -> None:
    line = "ANDRÉS VILLA (retired police detective): Tomas Ledesma leads Los Zetas."
    assert line[label_end(line, 0, len(line)) or 0:].startswith("Tomas")
    assert label_end("Tomas Ledesma (El Tigre) leads Los Zetas.", 0, 41) is None
    assert label_end("Police said on Monday: the cell is gone.", 0, 40) is None


@pytest.mark.parametrize(("text", "wanted"), [
    ("RADIO SUR\n\nHOST: Good evening.\n\nRAÚL SOTO (former gunman): I was a member of Los Cuervos for six years.\n\n"
     "HOST: Thank you.\n", ("RAÚL SOTO", "member_of", "Los Cuervos")),
    ('"I led Los Tejones until 2015," Hernán Vidal told the court on Monday.',
     ("Hernán Vidal", "leader_of", "Los Tejones")),
    ("We spoke to Marta Rojas, a former accountant, in Puerto Lobos.\n\nQ: How did it start?\n\n"
     "A: I joined the Gulf Cartel in 2009, when I was nineteen.\n\nQ: And now?\n\nA: Now I sell shoes.\n",
     ("Marta Rojas", "member_of", "Gulf Cartel")),
    ('"My brother, Iván Duarte, leads Los Halcones," said Lucía Duarte, a teacher.',
     ("Iván Duarte", "sibling_of", "Lucía Duarte")),
])
def test_first_person_in_direct_speech_is_its_speaker(extractor: Any, text: str,
                                                      wanted: tuple[str, str, str]) -> None:
    assert wanted in {(s.subject, s.predicate, s.object) for s in said(extractor, text)}


@pytest.mark.parametrize("text", [
    "I met Tomas Ledesma last spring. I was a member of Los Cuervos then, he said.",
    '"I was a member of Los Cuervos for years," a former gunman told reporters in Puerto Lobos.',
])
def test_first_person_with_no_named_speaker_is_nobody(extractor: Any, text: str) -> None:
    assert not [s for s in said(extractor, text) if s.predicate == "member_of"]


@pytest.mark.parametrize("text", [
    'Los Cuervos control the port. "It was a decision taken at the time. I\'ll leave it there," Inés Roldán said.',
    '"They told me that if I did not do it they would kill me," Iván Duarte told the court.',
])
def test_first_person_near_cases_give_no_claim_of_the_speaker(extractor: Any, text: str) -> None:
    found = [s for s in said(extractor, text) if s.subject in ("Inés Roldán", "Iván Duarte")]
    assert found == []


RADIO = ("THE BORDER HOUR\n\nHOST (ANA LIMA): Good evening.\n\nNARRATOR: In 2004 the port changed hands.\n\n"
         "CLIP (archive, 2004): They came at night.\n\nRAÚL SOTO PEREA (former gunman): We worked for Los Cuervos.\n\n"
         "HOST: Thank you.\n")


def test_a_turn_label_in_capitals_names_its_speaker_in_full(extractor: Any) -> None:
    people = {e.name for e in extractor(Document.make(RADIO, "t.txt")).entities if e.kind == "person"}
    assert {"RAÚL SOTO PEREA", "ANA LIMA"} <= people and "SOTO PEREA" not in people


def test_a_label_naming_a_part_names_no_one(extractor: Any) -> None:
    names = {e.name for e in extractor(Document.make(RADIO, "t.txt")).entities}
    assert not names & {"HOST", "NARRATOR", "CLIP"}


def test_a_heading_in_capitals_keeps_its_kind(extractor: Any) -> None:
    text = ("MEXICO: ARMY TAKES PUERTO LOBOS\n\nHONDURAS: POLICE CHIEF QUITS\n\n"
            "Soldiers entered Puerto Lobos on Monday.\n")
    assert "MEXICO" not in {e.name for e in extractor(Document.make(text, "t.txt")).entities if e.kind == "person"}


def test_a_one_word_label_is_a_name_only_after_the_full_one(extractor: Any) -> None:
    text = ("LIVE: THE PORT\n\nUPDATE: Soldiers entered Puerto Lobos.\n\nUPDATE: The mayor spoke.\n\n"
            "BREAKING: Tomas Ledesma leads Los Zetas, police say.\n")
    people = {e.name for e in extractor(Document.make(text, "t.txt")).entities if e.kind == "person"}
    assert not people & {"UPDATE", "BREAKING", "LIVE"}


HEARING = ("SELECT COMMITTEE ON PORTS\n\nWITNESSES\n\n"
           "QUIROGA, Detective Superintendent Marta, Port Crime Squad, State Police\n\n"
           "ORDAZ RICO, Mr Pablo, Director, Harbour Authority\n\n"
           "PUERTO LOBOS, Nuevo Sur\n\n"
           "CHAIR: Welcome.\n\nDet Supt Quiroga: Los Cuervos run the container terminal.\n\n"
           "CHAIR: Mr Ordaz Rico?\n\nMr Ordaz Rico: Tomas Ledesma leads Los Cuervos.\n\nCHAIR: Since when?\n\n"
           "Mr Ordaz Rico: Since 2019.\n\nCHAIR: Thank you.\n")


def test_a_hearings_witness_line_names_the_witness_in_full(extractor: Any) -> None:
    people = {e.name for e in extractor(Document.make(HEARING, "t.txt")).entities if e.kind == "person"}
    assert {"Marta Quiroga", "Pablo Ordaz Rico"} <= people
    assert not any("Nuevo Sur" in name for name in people)


def test_a_witness_is_the_source_of_their_turns(extractor: Any) -> None:
    assert _sources(extractor, HEARING, "leader_of").get("Los Cuervos") == ("article", "Pablo Ordaz Rico")


def test_a_label_in_mixed_case_names_the_person_after_its_titles(extractor: Any) -> None:
    people = {e.name for e in extractor(Document.make(HEARING, "t.txt")).entities if e.kind == "person"}
    assert "Det Supt Quiroga" not in people and "Marta Quiroga" in people
    headings = ("LIVE COVERAGE\n\nBreaking News: Soldiers entered Puerto Lobos.\n\n"
                "Breaking News: The mayor spoke.\n\nKey Points: Tomas Ledesma leads Los Zetas.\n")
    names = {e.name for e in extractor(Document.make(headings, "t.txt")).entities if e.kind == "person"}
    assert not names & {"Breaking News", "News", "Key Points", "Points"}
