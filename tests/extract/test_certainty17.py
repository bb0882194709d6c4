"""Certainty and polarity read from the cue words that scope over a claim (FactBank-style), session 17.

A denial made for someone else: "the defence of X denied that he belongs to any criminal organisation",
"his lawyer denied that his client leads any criminal group", "a spokesman for his family denied that X was
a member of any cartel" deny the ties the text gives X (the subject of the denied clause, not the denier),
in the denier's voice. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

TOLD = "Prosecutors say Marcelo Ibarra leads Los Tejones in Zacatecas. "


def denied(extractor: Any, text: str) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, last source) of every negative claim."""
    return {(s.subject, s.predicate, s.object, s.sources[-1]) for s in said(extractor, text)
            if s.polarity == "negative"}


@pytest.mark.parametrize(("text", "source"), [
    (TOLD + "The defence of Marcelo Ibarra denied before the media that he belongs to any criminal organisation.",
     "defence of Marcelo Ibarra"),
    (TOLD + "Speaking to local radio, his lawyer, Rogelio Garza, denied that his client leads any criminal group.",
     "Rogelio Garza"),
    (TOLD + "Lawyers for Marcelo Ibarra have denied that he heads any gang.", "Lawyers for Marcelo Ibarra"),
    (TOLD + "A lawyer for Marcelo Ibarra spoke to reporters on Monday. The lawyer, Rogelio Garza, denied that "
            "his client runs any criminal organisation.", "Rogelio Garza"),
    (TOLD + "A spokesman for the family denied that Ibarra was the leader of any cartel.", "spokesman"),
])
def test_a_denial_for_someone_denies_that_persons_ties(extractor: Any, text: str, source: str) -> None:
    found = denied(extractor, text)
    assert any(s == "Marcelo Ibarra" and p == "leader_of" and o == "Los Tejones" and source in last
               for s, p, o, last in found), found


def test_a_denier_who_is_the_one_tied_is_the_source(extractor: Any) -> None:
    text = TOLD + "Ibarra has denied that he leads any criminal group."
    assert ("Marcelo Ibarra", "leader_of", "Los Tejones", "Marcelo Ibarra") in denied(extractor, text)


@pytest.mark.parametrize("text", [
    TOLD + "The defence of Marcelo Ibarra did not deny that he belongs to a criminal organisation.",
    TOLD + "His lawyer, Rogelio Garza, denied that his client was a victim of any gang.",
    TOLD + "His lawyer, Rogelio Garza, denied that the police run any investigation into his client.",
])
def test_no_tie_denied_without_a_denied_tie_to_an_unnamed_group(extractor: Any, text: str) -> None:
    assert not any(s == "Marcelo Ibarra" for s, *_ in denied(extractor, text))
