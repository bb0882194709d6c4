"""'X denied leading any cartel': every tie of that kind the text gave X to a group before is denied by X,
so that the affirmation and the denial stand side by side as a contradiction."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def ties(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str, str]]:
    return {(s.subject, s.object, s.polarity, s.sources[-1]) for s in said(extractor, text) if s.predicate == predicate}


def test_denying_leading_any_cartel_denies_the_leadership_told_before(extractor: Any) -> None:
    text = ("Prosecutors say Mario Mora Soto leads Los Halcones Negros. Mora Soto has denied leading any cartel.")
    assert ties(extractor, text, "leader_of") == {
        ("Mario Mora Soto", "Los Halcones Negros", "positive", "Prosecutors"),
        ("Mario Mora Soto", "Los Halcones Negros", "negative", "Mario Mora Soto")}


def test_denying_belonging_to_any_organisation_denies_the_membership(extractor: Any) -> None:
    text = ("Police say Mario Mora Soto belongs to Los Halcones Negros. Mario Mora Soto denied that he belongs "
            "to any criminal organisation.")
    assert ("Mario Mora Soto", "Los Halcones Negros", "negative", "Mario Mora Soto") in ties(extractor, text,
                                                                                            "member_of")


def test_a_denial_with_no_tie_told_before_denies_nothing(extractor: Any) -> None:
    assert ties(extractor, "Mario Mora Soto denied leading any cartel.", "leader_of") == set()


def test_a_tie_told_after_the_denial_is_denied_too(extractor: Any) -> None:
    text = "Mario Mora Soto has denied leading any cartel. Prosecutors say he heads Los Halcones Negros."
    assert ties(extractor, text, "leader_of") == {
        ("Mario Mora Soto", "Los Halcones Negros", "positive", "Prosecutors"),
        ("Mario Mora Soto", "Los Halcones Negros", "negative", "Mario Mora Soto")}
