"""Who says it, session 19: a reading owned by someone ('in her view', 'in his account', 'in the opinion of X')
names its owner as the source of the clause it modifies. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _sources(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {s.sources for s in said(extractor, text) if s.predicate == predicate}


# --- 'in her view', 'in his account': the owner of the reading speaks --------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "source"), [
    ("The reporter Ana Ruiz Vidal offered a different reading. In her view, Los Tigres has already broken with "
     "the Osorno Cartel.", "rival_of", "Ana Ruiz Vidal"),
    ("Commander Pedro Salas Ibarra spoke to reporters on Monday. In his account, Los Tigres is a cell of the Osorno "
     "Cartel.", "faction_of", "Pedro Salas Ibarra"),
    ("Los Tigres, in the prosecutors' telling, is a cell of the Osorno Cartel.", "faction_of", "prosecutors"),
    ("In the opinion of federal investigators, Los Tigres allied with the Osorno Cartel in 2015.", "ally_of",
     "federal investigators"),
    ("By Ruiz's account, Los Tigres allied with the Osorno Cartel in 2015.", "ally_of", "Ruiz"),
    ("Marta Lindo runs a shop on the plaza. She says Los Tigres came in 2019 and, in her estimation, now works "
     "with the Osorno Cartel.", "ally_of", "Marta Lindo"),
])
def test_an_owned_reading_is_its_owners_word(extractor: Any, text: str, predicate: str, source: str) -> None:
    assert ("article", source) in _sources(extractor, text, predicate)


@pytest.mark.parametrize(("text", "predicate"), [
    # no owner: "by most accounts" is a hedge of the article's, not a speaker
    ("By most accounts, Los Tigres allied with the Osorno Cartel in 2015.", "ally_of"),
    # someone's thing, not their reading
    ("Pedro Salas Ibarra was arrested after police found two million dollars in his bank account; Los Tigres is a "
     "cell of the Osorno Cartel.", "faction_of"),
    # a pronoun with no one to stand for is left alone
    ("In its view, Los Tigres is a cell of the Osorno Cartel.", "faction_of"),
])
def test_no_owned_reading_no_source(extractor: Any, text: str, predicate: str) -> None:
    assert _sources(extractor, text, predicate) == {("article",)}


# --- 'citing Y' before the reporting verb: Y inside the speaker's account ---------------------------------------

@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("The newspaper La Voz, citing a state intelligence report, said in 2023 that Los Tigres had allied with the "
     "Osorno Cartel.", "newspaper La Voz", "a state intelligence report"),
    ("Citing police sources, the newspaper La Voz reported that Los Tigres had allied with the Osorno Cartel.",
     "newspaper La Voz", "police sources"),
    ("The daily El Norte, quoting two federal officials, said Los Tigres had allied with the Osorno Cartel.",
     "El Norte", "two federal officials"),
])
def test_a_source_cited_before_the_verb_is_inside_the_speakers(extractor: Any, text: str, outer: str,
                                                              inner: str) -> None:
    assert ("article", outer, inner) in _sources(extractor, text, "ally_of")


def test_a_participle_that_cites_nothing_opens_no_inner_source(extractor: Any) -> None:
    text = "The newspaper La Voz, publishing its annual survey, said Los Tigres had allied with the Osorno Cartel."
    assert _sources(extractor, text, "ally_of") == {("article", "newspaper La Voz")}
