"""Who a source is when the text around the speaker is not a plain sentence: a transcript turn's label or
a heading before the speaker's phrase ('REPORTER (El Faro): Minister, a police report says ...', '14:20 -
Officials said ...'), a person addressed at the start of a turn ('Marta, a lot of people here told me ...'),
and 'he' or 'she' after the person the paragraph is about (speakers.py, frame.speaker_name). Sentences
written for these tests, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def sources_of(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {s.sources for s in said(extractor, text) if s.predicate == predicate}


# --- a turn's label or a line's heading is no part of the speaker -------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("REPORTER (El Faro): Minister, a police report that this newspaper has seen says that Los Cuervos and "
     "Los Halcones have formed an alliance in Durango. Can you confirm it?",
     "a police report"),  # the relative clause tells how the paper came by it, not whose it is (sources16)
    ("QUESTION (reporter, Radio Norte): Governor, the state prosecutor's office reported that Los Cuervos "
     "and Los Halcones had formed an alliance. Is that so?", "state prosecutor's office"),
    ("CORRESPONDENT (ANA SOTO): Marta, a lot of people here told me that Los Cuervos and Los Halcones have "
     "been at war since May.", "a lot of people here"),
    ("14:20 - Federal officials said Los Cuervos and Los Halcones had fought for the town overnight.",
     "Federal officials"),
    ("Los Cuervos and Los Halcones: several newspapers reported that the two gangs had fought for the town.",
     "several newspapers"),
])
def test_a_label_before_the_speaker_is_left_out(extractor: Any, text: str, speaker: str) -> None:
    found = sources_of(extractor, text, "rival_of") | sources_of(extractor, text, "ally_of")
    assert found and all(chain[-1] == speaker for chain in found), found


@pytest.mark.parametrize("text, speaker", [
    # a name with its description is the speaker: no label, no one addressed
    ("Marta Ibáñez, a reporter in Culiacán, said Los Cuervos and Los Halcones had fought for the town.",
     "Marta Ibáñez"),
    # a hyphenated phrase is no line's time
    ("Mexico-based analysts said Los Cuervos and Los Halcones had fought for the town.", "Mexico-based analysts"),
])
def test_a_speaker_with_no_label_keeps_its_words(extractor: Any, text: str, speaker: str) -> None:
    found = sources_of(extractor, text, "rival_of")
    assert found and all(chain[-1] == speaker for chain in found), found


# --- 'he' or 'she' who speaks: the paragraph's last speaker or subject, not a person named in passing --------

@pytest.mark.parametrize("text, speaker", [
    ("Ramón Vela testified that the brothers Arturo and Alfredo Cuesta had worked for the cartel for years, "
     "until Alfredo was arrested in January. Arturo, he said, became convinced that Guzmán had betrayed his "
     "brother, and the Cuesta faction broke away and allied itself with Los Halcones.", "Ramón Vela"),
    ("In her new book, Laura Ibarra follows Pedro Palma into the orbit of Miguel Félix Soto. Palma, she writes, "
     "was a trusted gunman for Los Cuervos.", "Laura Ibarra"),
    ("A veteran crime reporter in Guadalajara offered a different picture. In her view the gang acts on its own. "
     "She said Los Cuervos had formed an alliance with Los Halcones.", "A veteran crime reporter in Guadalajara"),
    ("The witness, Sergio Lara Ruiz, described the day Omar Sánchez was killed. He told jurors that "
     "Los Cuervos had formed an alliance with Los Halcones.", "Sergio Lara Ruiz"),
])
def test_he_or_she_who_speaks_is_the_paragraphs_speaker_or_subject(extractor: Any, text: str,
                                                                    speaker: str) -> None:
    found = {s.sources for s in said(extractor, text) if s.predicate in ("ally_of", "member_of")}
    assert found and all(chain[-1] == speaker for chain in found), found


def test_he_is_not_the_plural_speaker_before_him(extractor: Any) -> None:
    text = ("Police said Tomás Gómez Vera was arrested in May. He said Los Cuervos had formed an alliance "
            "with Los Halcones.")
    found = sources_of(extractor, text, "ally_of")
    assert found == {("article", "Tomás Gómez Vera")}
