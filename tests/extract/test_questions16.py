"""A question left open is no denial: 'officials have not said whether X faces charges' and 'did not
confirm whether G allied with H' are possible, not negative; the noun object of 'face' takes its clause's
cues ('could face charges'); and 'Asked whether ..., X denied it' denies the question, not the sentence
before it. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def moods(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {(s.subject, s.certainty, s.polarity) for s in said(extractor, text) if s.predicate == predicate}


@pytest.mark.parametrize("text", [
    "Police arrested Tomás Ledezma on Monday. Officials have not said whether Tomás Ledezma faces any charges.",
    "Prosecutors would not say whether Tomás Ledezma faces charges in Texas.",
])
def test_an_open_question_about_charges_is_no_denial(extractor: Any, text: str) -> None:
    assert moods(extractor, text, "charged") == {("Tomás Ledezma", "possible", "positive")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomás Ledezma faces charges of drug trafficking in Texas.", ("certain", "positive")),
    ("Tomás Ledezma could face charges in Texas.", ("possible", "positive")),
    ("Tomás Ledezma does not face charges in Mexico.", ("certain", "negative")),
])
def test_facing_charges_takes_the_clause_s_cues(extractor: Any, text: str, expected: tuple[str, str]) -> None:
    assert moods(extractor, text, "charged") == {("Tomás Ledezma", *expected)}


def test_not_confirming_whether_leaves_the_question_open(extractor: Any) -> None:
    text = "Officials did not confirm whether the Tejones Cartel allied with Los Garza."
    assert {(c, p) for _, c, p in moods(extractor, text, "ally_of")} == {("possible", "positive")}


def test_a_confirmed_question_is_answered(extractor: Any) -> None:
    text = "Asked whether the Tejones Cartel allied with Los Garza, the governor confirmed it."
    assert {(c, p) for _, c, p in moods(extractor, text, "ally_of")} == {("certain", "positive")}


def test_denying_a_question_does_not_deny_the_sentence_before(extractor: Any) -> None:
    text = "Tomás Ledezma was arrested on Monday. Asked whether he leads the Tejones Cartel, Ledezma denied it."
    assert moods(extractor, text, "arrested") == {("Tomás Ledezma", "certain", "positive")}
    assert ("Tomás Ledezma", "certain", "negative") in moods(extractor, text, "leader_of")


def test_denying_a_rumour_told_before_still_denies_it(extractor: Any) -> None:
    text = "Local papers reported that Tomás Ledezma was killed in the raid. The ministry denied it."
    assert ("Tomás Ledezma", "certain", "negative") in moods(extractor, text, "killed")
