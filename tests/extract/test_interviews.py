"""Interviews and questions: the answers are the interviewee's words, a yes/no question asserts
nothing (interviews.py, attribution.py, modality.asks). Texts written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.interviews import answers
from testigo.extract.quotes import paragraphs
from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model

INTRO = ("Our reporter spoke to Laura Medina, a researcher at the University of Valle who has studied the "
         "port's gangs for a decade. The interview was edited for length.")


def claims(extractor: Any, text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(s.subject, s.predicate, s.object, s.sources) for s in said(extractor, text)]


def source_of(found: list[tuple[str, str, str, tuple[str, ...]]], predicate: str) -> set[tuple[str, ...]]:
    return {c[3] for c in found if c[1] == predicate}


def test_answers_after_a_prefix_are_the_interviewee_s(extractor: Any) -> None:
    text = (f"Ten questions on the port\n\n{INTRO}\n\nQ: Who controls the port today?\n\n"
            "A: Two gangs. I think Los Cuervos are stronger now, because they are backed by the Tejones Cartel.\n\n"
            "Q: And the police?\n\nA: Police arrested Mario Vela, the leader of Los Halcones, in 2023.")
    found = claims(extractor, text)
    assert source_of(found, "ally_of") == {("article", "Laura Medina")}  # "I think" is hers too
    assert source_of(found, "arrested") == {("article", "Laura Medina")}


def test_turns_under_a_speaker_s_name(extractor: Any) -> None:
    text = ("The gangs of the port\n\nThe Harbour Desk: Who controls the port today?\n\n"
            "Medina: Los Cuervos are backed by the Tejones Cartel.\n\nThe Harbour Desk: And the police?\n\n"
            "Medina: Police arrested Mario Vela in 2023.")
    found = claims(extractor, text)
    assert {chain[-1] for chain in source_of(found, "ally_of")} == {"Medina"}


def test_questions_as_paragraphs_after_an_introduction_that_says_it_is_an_interview(extractor: Any) -> None:
    text = (f"The port's gangs\n\n{INTRO}\n\nWho controls the port today?\n\n"
            "Los Cuervos are backed by the Tejones Cartel. Los Halcones lost ground.\n\n"
            "What about the police?\n\nPolice arrested Mario Vela in 2023.")
    assert source_of(claims(extractor, text), "ally_of") == {("article", "Laura Medina")}


def test_an_article_with_a_rhetorical_question_is_no_interview(nlp: Any) -> None:
    text = ("Who benefits from the war?\n\nLos Cuervos, analysts said, are backed by the Tejones Cartel.\n\n"
            "Will the truce hold?\n\nFew think so.")
    assert answers(text, paragraphs(text), []) == []
    text = "Q: a note\n\nA: one line\n\nSome article text follows with no interview in it."
    assert answers(text, paragraphs(text), []) == []  # one answer and nobody named as interviewed


@pytest.mark.parametrize("text", [
    "Did Los Cuervos form an alliance with the Tejones Cartel?",
    "Q: Is the Tejones Cartel fighting Los Cuervos in Zacatecas?",
    "“Did Los Cuervos kill Mario Vela?” his mother asked.",
])
def test_a_yes_no_question_asserts_nothing(extractor: Any, text: str) -> None:
    assert [c for c in claims(extractor, text) if c[1] in ("ally_of", "rival_of", "killed")] == []


def test_a_question_with_a_question_word_keeps_its_fact(extractor: Any) -> None:
    found = claims(extractor, "Why did Los Cuervos form an alliance with the Tejones Cartel?")
    assert [c[:3] for c in found if c[1] == "ally_of"] == [("Los Cuervos", "ally_of", "Tejones Cartel")]


def test_the_leader_of_a_group_named_after_the_group(extractor: Any) -> None:
    found = claims(extractor, "Soldiers detained the head of the Tejones Cartel, Mario Vela, on Monday.")
    assert ("Mario Vela", "leader_of", "Tejones Cartel") in [c[:3] for c in found]


def test_a_question_after_a_short_preamble_is_the_interviewer_s(extractor: Any) -> None:
    text = (f"The port's gangs\n\n{INTRO}\n\nWho controls the port today?\n\n"
            "Two gangs, and neither is winning.\n\n"
            "A local paper reported last year that Los Cuervos are backed by the Tejones Cartel. Is that true?\n\n"
            "Police arrested Mario Vela in 2023. That changed things.\n\n"
            "Will it last?\n\nNobody knows. Soldiers arrested Rosa Pinto, who ran the market, in March. "
            "The police do not come in any more, and every shop pays someone. So what do you think happens "
            "to a port when the state leaves it?")
    found = claims(extractor, text)
    assert source_of(found, "ally_of") == {("article", "A local paper")}  # not the interviewee's
    # both arrests are hers: the last answer is long, and its closing question is her own
    assert source_of(found, "arrested") == {("article", "Laura Medina")}
    assert len([c for c in found if c[1] == "arrested"]) == 2


def test_an_interviewee_known_only_by_a_pseudonym_speaks_the_answers(extractor: Any) -> None:
    text = ("'We guarded the routes': a former lookout talks\n\n"
            "For four years he watched the roads for Los Cuervos. He agreed to speak on condition that we call "
            "him \"Teodoro\" and leave out where he lives. The interview has been edited.\n\n"
            "Who gave the orders?\n\nThe boss was Mario Vela. He built the group and he paid us.\n\n"
            "What happened in 2019?\n\nPolice arrested Mario Vela in Colima. Then everything changed.")
    found = claims(extractor, text)
    assert source_of(found, "arrested") == {("article", "Teodoro")}
    # with no pseudonym and no one named as interviewed, the answers stay the article's
    plain = text.replace("He agreed to speak on condition that we call him \"Teodoro\" and leave out where he "
                         "lives. The interview has been edited.", "He now sells tyres.")
    assert source_of(claims(extractor, plain), "arrested") == {("article",)}


@pytest.mark.parametrize("wording", [
    "a dockworker who asked to be identified only as Pieter",
    "a dockworker who gave his name as Pieter",
    "a dockworker (Pieter is not his real name)",
])
def test_a_pseudonym_names_a_person(extractor: Any, wording: str) -> None:
    result = extractor(Document.make(f"We met {wording} at the port. Pieter said Los Cuervos run the "
                                     "north quay.", "test.txt"))
    assert ("person", "Pieter") in {(e.kind, e.name) for e in result.entities}


def test_a_guests_surname_turns_are_the_guest_named_in_brackets(extractor: Any) -> None:
    text = ("The gangs of the port\n\nHOST (ANA RÍOS): Welcome back.\n\nGUEST (TOMÁS VEGA LUNA): Thanks, Ana.\n\n"
            "RÍOS: Who runs the port?\n\nVEGA LUNA: Los Cuervos are backed by the Tejones Cartel.\n\n"
            "RÍOS: And the police?\n\nVEGA LUNA: Police arrested Mario Vela in 2023.")
    assert source_of(claims(extractor, text), "ally_of") == {("article", "TOMÁS VEGA LUNA")}
