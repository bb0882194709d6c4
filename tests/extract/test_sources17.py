"""Who said it: a speaker named by a word of a person's name (a transcript's label in capitals, a surname after
a title) is that person, named in full; 'said in a statement that ...' has one source, not a second unnamed
one; a titled speaker's later labels by the first of two surnames ('OLVERA:' after 'MARIO OLVERA PEÑA, STATE
PROSECUTOR:') are the same speaker; a source named inside a modifier ('headed, according to prosecutors, by
X') is that modifier's source; an acronym in brackets is no part of a source's words. Sentences written for
these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.interviews import answers
from testigo.extract.quotes import paragraphs
from tests.extract.readout import said

pytestmark = pytest.mark.model


def sources_of(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {s.sources for s in said(extractor, text) if s.predicate == predicate}


# --- a word of a person's name speaks for the person -------------------------------------------------

@pytest.mark.parametrize("text", [
    # a transcript's label in capitals, the first of two Spanish surnames
    ("Transcript of a radio programme. Our guest is the journalist Marta Quiroga Lemus, who has covered the "
     "sierra for a decade.\n\nHOST: What do we know about the groups fighting there?\n\nQUIROGA: The Cártel de "
     "los Altos has been at war with Los Tordos since 2021.\n\nHOST: And the army?\n\nQUIROGA: Soldiers "
     "arrested Damián Ochoa Reyes in March."),
    # a title and a surname in prose
    ("The committee heard Marta Quiroga Lemus, a deputy commissioner of the federal police, on Tuesday.\n\n"
     "According to Deputy Commissioner Quiroga, the Cártel de los Altos has been at war with Los Tordos since 2021."),
    # a bare surname that says
    ("The committee heard Marta Quiroga Lemus, a deputy commissioner of the federal police, on Tuesday.\n\n"
     "Quiroga said the Cártel de los Altos had been at war with Los Tordos since 2021."),
])
def test_a_word_of_a_persons_name_speaks_for_the_person(extractor: Any, text: str) -> None:
    assert ("article", "Marta Quiroga Lemus") in sources_of(extractor, text, "rival_of")


def test_a_label_in_capitals_of_a_last_name(extractor: Any) -> None:
    text = ("Our guest today is the reporter Lucía Ferrer.\n\nHOST: Who is fighting whom?\n\nFERRER: The Cártel "
            "de los Altos has been at war with Los Tordos since 2021.\n\nHOST: Anything else?\n\nFERRER: The Cártel "
            "de los Altos is allied with La Banda del Río.")
    assert ("article", "Lucía Ferrer") in sources_of(extractor, text, "rival_of")


def test_a_surname_two_people_share_stays_as_written(extractor: Any) -> None:
    text = ("Sheriff Ana Beltrán Ruiz and her deputy, Tomás Beltrán, met reporters.\n\nBELTRÁN: The Cártel de "
            "los Altos is allied with Los Tordos.\n\nBELTRÁN: The Cártel de los Altos is at war with La Banda del Río.")
    sources = sources_of(extractor, text, "ally_of")
    assert ("article", "Ana Beltrán Ruiz") not in sources and ("article", "Tomás Beltrán") not in sources


def test_a_given_name_is_no_surname(extractor: Any) -> None:
    text = ("Our guest today is the reporter Lucía Ferrer.\n\nHOST: Who is fighting whom?\n\nLUCÍA: The Cártel "
            "de los Altos has been at war with Los Tordos since 2021.\n\nHOST: Anything else?\n\nLUCÍA: The Cártel "
            "de los Altos is allied with La Banda del Río.")
    assert ("article", "Lucía Ferrer") not in sources_of(extractor, text, "rival_of")


# --- 'said in a statement that': one source --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Navy said in a statement that Rubén Salas Ortiz was killed in a shootout with marines on Friday.",
    "The Navy said in a written statement on Friday that marines killed Rubén Salas Ortiz in a shootout.",
    "The Navy announced through a bulletin that Rubén Salas Ortiz was killed in a shootout with marines.",
])
def test_a_statement_is_how_its_speaker_spoke(extractor: Any, text: str) -> None:
    sources = sources_of(extractor, text, "killed")
    assert sources and all(chain[-1] != "unnamed reports" and len(chain) == 2 for chain in sources)


def test_a_statement_with_no_speaker_is_still_hearsay(extractor: Any) -> None:
    text = "A statement circulated on Friday said that Rubén Salas Ortiz was killed in a shootout with marines."
    sources = sources_of(extractor, text, "killed")
    assert sources and all(chain != ("article",) for chain in sources)


# --- a source named inside a modifier ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("The valley was the scene of clashes between the Cártel de los Altos, headed according to state prosecutors "
     "by Rubén Salas Ortiz, and Los Tordos."),
    ("Soldiers clashed with the Cártel de los Altos, led, according to state prosecutors, by Rubén Salas Ortiz, "
     "near the border."),
])
def test_a_source_inside_a_modifier_is_its_source(extractor: Any, text: str) -> None:
    chains = {s.sources for s in said(extractor, text) if s.predicate == "leader_of"}
    assert ("article", "state prosecutors") in chains


def test_a_modifier_before_the_source_stays_background(extractor: Any) -> None:
    text = ("The Cártel de los Altos, led by Rubén Salas Ortiz, has fought Los Tordos since 2020, according to "
            "state prosecutors.")
    chains = {s.sources for s in said(extractor, text) if s.predicate == "leader_of"}
    assert chains == {("article",)}


# --- an acronym in brackets ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("The Oaxaca state prosecutor's office (FGEO) said the dead men belonged to Los Tordos, a cell of the Cártel "
     "de los Altos."),
    "The Oaxaca state prosecutor's office (FGEO) said Los Tordos was a cell of the Cártel de los Altos.",
])
def test_an_acronym_in_brackets_is_no_part_of_the_source(extractor: Any, text: str) -> None:
    chains = {s.sources for s in said(extractor, text)}
    assert chains and all(not chain[-1].endswith("(FGEO)") for chain in chains)


# --- a titled speaker's later labels by the first of two surnames ----------------------------------

def _turns(text: str) -> list[tuple[str, str]]:
    return [(text[a.speaker_start:a.speaker_end], text[a.start:a.end][:12])
            for a in answers(text, paragraphs(text), [])]


@pytest.mark.parametrize("short", ["OLVERA", "OLVERA PEÑA"])
def test_a_titled_speaker_is_called_by_the_first_surname(short: str) -> None:
    text = ("PRESS CONFERENCE\n\nMARIO OLVERA PEÑA, STATE PROSECUTOR: Good afternoon. Officers arrested Damián "
            f"Ochoa Reyes.\n\nQUESTION: Is he their leader?\n\n{short}: He leads Los Tordos.\n\n"
            f"QUESTION: And the others?\n\n{short}: We are investigating.\n")
    assert ("MARIO OLVERA PEÑA", "Good afterno") in _turns(text)


def test_a_given_name_label_is_not_the_titled_speaker() -> None:
    text = ("PRESS CONFERENCE\n\nMARIO OLVERA PEÑA, STATE PROSECUTOR: Good afternoon. Officers arrested Damián "
            "Ochoa Reyes.\n\nQUESTION: Is he their leader?\n\nMARIO: He leads Los Tordos.\n\n"
            "QUESTION: And the others?\n\nMARIO: We are investigating.\n")
    assert ("MARIO OLVERA PEÑA", "He leads Los") not in _turns(text)


# --- who asks is no speaker; the unlabelled answer to a question is the floor's ---------------------

def _conference(label: str) -> str:
    return ("PRESS CONFERENCE\n\nMARIO OLVERA PEÑA, STATE PROSECUTOR: Good afternoon. Officers arrested Damián "
            f"Ochoa Reyes.\n\n{label}: Prosecutor, is Ochoa their leader?\n\nYes. He leads Los Tordos.\n\n"
            f"{label}: A last one. The Tordos are close to the Altos.\n\nOLVERA: We are investigating.\n")


@pytest.mark.parametrize("label", ["QUESTION", "INTERVIEWER", "QUESTION (reporter, Radio Sur)"])
def test_the_unlabelled_answer_to_a_question_is_the_floors(label: str) -> None:
    assert ("MARIO OLVERA PEÑA", "Yes. He lead") in _turns(_conference(label))


@pytest.mark.parametrize("label", ["QUESTION", "INTERVIEWER", "QUESTION (reporter, Radio Sur)"])
def test_who_asks_is_no_speaker(label: str) -> None:
    assert all(who == "MARIO OLVERA PEÑA" for who, _ in _turns(_conference(label)))


def test_a_paragraph_after_a_thanks_is_not_the_floors() -> None:
    text = ("PRESS CONFERENCE\n\nMARIO OLVERA PEÑA, STATE PROSECUTOR: Good afternoon. Officers arrested Damián "
            "Ochoa Reyes.\n\nQUESTION: Thank you, prosecutor.\n\nThe conference ended at noon.\n\n"
            "OLVERA: Good afternoon.\n")
    assert ("MARIO OLVERA PEÑA", "The conferen") not in _turns(text)
