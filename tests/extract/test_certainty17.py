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


# A judgement ('in our assessment', 'by our estimate') hedges what follows it, as 'we assess that' does.

def certainties(extractor: Any, text: str, predicate: str) -> set[str]:
    return {s.certainty for s in said(extractor, text) if s.predicate == predicate}


@pytest.mark.parametrize(("text", "predicate"), [
    ("Commander Ruiz: In our assessment Pablo Ibarra is a senior figure in the Gulf Cartel.", "member_of"),
    ("In the assessment of investigators, Pablo Ibarra is a lieutenant of the Gulf Cartel.", "member_of"),
    ("By our estimate, Los Tejones now control the port of Manzanillo.", "operates_in"),
    ("In our judgement, Pablo Ibarra leads the Gulf Cartel in Reynosa.", "leader_of"),
])
def test_a_judgement_before_the_clause_makes_it_probable(extractor: Any, text: str, predicate: str) -> None:
    assert certainties(extractor, text, predicate) == {"probable"}


@pytest.mark.parametrize(("text", "predicate"), [
    ("Pablo Ibarra is the head of the Gulf Cartel in Reynosa and, in the assessment of investigators, the most "
     "feared man in the state.", "leader_of"),
    ("In its 2024 Threat Assessment, the agency said Los Tejones control the port of Manzanillo.", "operates_in"),
])
def test_a_judgement_elsewhere_leaves_the_clause_certain(extractor: Any, text: str, predicate: str) -> None:
    assert certainties(extractor, text, predicate) == {"certain"}


# 'would' in what a verb of foreseeing holds is a future seen from then (possible), not hearsay (probable).

@pytest.mark.parametrize("text", [
    "In 2013 intelligence officers warned that Los Tejones and Los Valle would join forces.",
    "Analysts predicted that the Gulf Cartel would ally with Los Zetas.",
    "Residents feared that Los Tejones would form an alliance with the Gulf Cartel.",
])
def test_would_after_a_warning_is_possible(extractor: Any, text: str) -> None:
    assert certainties(extractor, text, "ally_of") == {"possible"}


def test_would_of_hearsay_stays_probable(extractor: Any) -> None:
    text = "The source explained that Pablo Ibarra would command a cell of the Gulf Cartel."
    assert certainties(extractor, text, "member_of") == {"probable"}
