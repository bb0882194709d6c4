"""Hedges of speech and of the first person (modality.py, patterns/modality.yaml): asides ('I think',
'it seems', 'as far as I know'), 'My understanding is that', and 'I don't believe either gang ...'.
Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

Read = set[tuple[str, str, str, str, str, str]]


def read(extractor: Any, text: str, predicate: str) -> Read:
    """(subject, predicate, object, certainty, polarity, last source) of each claim of ``predicate``."""
    return {(s.subject, s.predicate, s.object, s.certainty, s.polarity, s.sources[-1])
            for s in said(extractor, text) if s.predicate == predicate}


def certainty(extractor: Any, text: str, predicate: str) -> set[str]:
    return {r[3] for r in read(extractor, text, predicate)}


@pytest.mark.parametrize("aside", ["I think", "I believe", "it seems", "as far as I know", "we suspect"])
def test_an_aside_hedges_the_clause(extractor: Any, aside: str) -> None:
    text = f"Los Cuervos, {aside}, made a deal with the Tejones Cartel."
    assert certainty(extractor, text, "ally_of") == {"probable"}


@pytest.mark.parametrize("aside", ["I am sure", "he said", "they say openly"])
def test_an_aside_that_is_no_hedge(extractor: Any, aside: str) -> None:
    text = f"Los Cuervos, {aside}, made a deal with the Tejones Cartel."
    assert certainty(extractor, text, "ally_of") == {"certain"}


def test_a_hedge_verb_in_another_clause_is_no_aside(extractor: Any) -> None:
    text = "Los Cuervos made a deal with the Tejones Cartel, which seems to think it can win the port."
    assert certainty(extractor, text, "ally_of") == {"certain"}


def test_a_noun_of_belief_hedges_the_that_clause(extractor: Any) -> None:
    text = "My understanding is that Los Cuervos are still run by Mateo Salgado Ruiz."
    assert certainty(extractor, text, "leader_of") == {"probable"}
    text = "The truth is that Los Cuervos are still run by Mateo Salgado Ruiz."
    assert certainty(extractor, text, "leader_of") == {"certain"}


def test_not_believing_either_gang_is_a_branch(extractor: Any) -> None:
    text = ("Los Cuervos and Los Halcones have fought since 2021. I don't believe either gang is a "
            "branch of the Tejones Cartel.")
    found = {(s, o, c, p) for s, _, o, c, p, _ in read(extractor, text, "faction_of")}
    assert found == {("Los Cuervos", "Tejones Cartel", "probable", "negative"),
                     ("Los Halcones", "Tejones Cartel", "probable", "negative")}


def test_a_plain_statement_of_an_unnamed_source_is_certain(extractor: Any) -> None:
    text = '"Los Cuervos are run by Mateo Salgado Ruiz," said a source close to the investigation.'
    assert read(extractor, text, "leader_of") == {
        ("Mateo Salgado Ruiz", "leader_of", "Los Cuervos", "certain", "positive",
         "a source close to the investigation")}


def test_the_interviewee_s_hedges_in_an_interview(extractor: Any) -> None:
    text = ("The gangs of the port\n\nPublished: 3 March 2025\n\nWe spoke to Laura Medina, a researcher in "
            "Cali who has followed the port's gangs since 2015. The interview has been edited for length.\n\n"
            "Who runs the gangs?\n\nMy understanding is that Los Cuervos are still run by Mateo Salgado Ruiz. "
            "Los Halcones, I think, made a deal with the Tejones Cartel.\n\nAnything else?\n\n"
            "No. The police do not come here.")
    assert read(extractor, text, "leader_of") == {
        ("Mateo Salgado Ruiz", "leader_of", "Los Cuervos", "probable", "positive", "Laura Medina")}
    assert read(extractor, text, "ally_of") == {
        ("Los Halcones", "ally_of", "Tejones Cartel", "probable", "positive", "Laura Medina")}
