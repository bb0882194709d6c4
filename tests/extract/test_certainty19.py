"""Certainty read from cue words that scope over a claim (FactBank-style), session 19.

- A certainty adjective is a cue where it says what the fact is taken as: "we treat the alliance as
  probable", "investigators regard an alliance as likely", "an alliance is probable".
- A working hypothesis that says a clause hedges it, as "according to one theory" does: "the lines of
  investigation indicate that ...", "one theory holds that ...".
- Words that doubt or leave unconfirmed are cues of possibility, also as what a fact is considered or
  treated as: "an alliance is unlikely", "is considered unlikely", "unconfirmed reports that ...".
- A 'would' under a verb of announcing or committing is the announced future, no hedge: "X announced
  that G and H would join forces" (a 'would' under 'said' stays hearsay, under 'warned' a forecast).
- A group named by its leader ("X's network") or its base ("the P-based G") is background: a hedge of
  its clause is not one of the leading or the base.
Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

GANGS = "Los Tejones and Los Correa are rival gangs in Zacatecas. "


def certainty_of(extractor: Any, text: str, predicate: str, obj: str = "") -> set[str]:
    """The certainties of the claims of ``predicate`` made from the sentence after the opening one."""
    return {s.certainty for s in said(extractor, GANGS + text) if s.predicate == predicate
            and (not obj or s.object == obj) and not s.claim.evidence.quote.startswith("Los Tejones and Los Correa")}


@pytest.mark.parametrize(("text", "level"), [
    ("We treat the alliance between Los Tejones and Los Correa as probable but not proven.", "probable"),
    ("Investigators regard an alliance between Los Tejones and Los Correa as likely.", "probable"),
    ("An alliance between Los Tejones and Los Correa is probable, officials said.", "probable"),
    ("Analysts consider a pact between Los Tejones and Los Correa possible.", "possible"),
    ("We treat the alliance between Los Tejones and Los Correa as a fact.", "certain"),
])
def test_a_certainty_adjective_says_what_the_fact_is_taken_as(extractor: Any, text: str, level: str) -> None:
    assert certainty_of(extractor, text, "ally_of") == {level}


@pytest.mark.parametrize(("text", "level"), [
    ("The lines of investigation indicate that Los Tejones maintains a dispute with Los Correa.", "probable"),
    ("One theory holds that Los Tejones is fighting Los Correa.", "probable"),
    ("The investigators' main line of inquiry shows that Los Tejones is at war with Los Correa.", "probable"),
    ("The report indicates that Los Tejones is fighting Los Correa.", "certain"),
])
def test_a_working_hypothesis_as_subject_hedges_its_clause(extractor: Any, text: str, level: str) -> None:
    assert certainty_of(extractor, text, "rival_of", "Los Correa") == {level}


@pytest.mark.parametrize(("text", "level"), [
    ("In May, Marcelo Ibarra announced that Los Tejones and Los Correa would stop fighting and join forces.",
     "certain"),
    ("The leaders of the two gangs agreed that Los Tejones and Los Correa would join forces against Los Zetas.",
     "certain"),
    ("Los Tejones declared that it would ally with Los Correa.", "certain"),
    ("Marcelo Ibarra vowed that Los Tejones would join forces with Los Correa.", "certain"),
    ("Marcelo Ibarra said that Los Tejones would join forces with Los Correa.", "probable"),
    ("Officials warned that Los Tejones would join forces with Los Correa.", "possible"),
])
def test_an_announced_would_is_no_hedge(extractor: Any, text: str, level: str) -> None:
    assert certainty_of(extractor, text, "ally_of") == {level}


@pytest.mark.parametrize(("text", "predicate", "level"), [
    ("Police say Marcelo Ibarra's network may try to exploit the vacuum.", "leader_of", "certain"),
    ("Police blamed gunmen of the Fresnillo-based Los Correa for the attack.", "operates_in", "certain"),
    ("Investigators believe the Fresnillo-based Los Correa may have ordered the attack.", "operates_in", "certain"),
    ("Los Correa may be based in Fresnillo.", "operates_in", "possible"),
    ("Los Correa is believed to operate from Fresnillo.", "operates_in", "probable"),
])
def test_a_group_named_by_its_leader_or_base_is_background(extractor: Any, text: str, predicate: str,
                                                           level: str) -> None:
    assert certainty_of(extractor, text, predicate) == {level}


@pytest.mark.parametrize(("text", "level"), [
    ("An alliance between Los Tejones and Los Correa is unlikely.", "possible"),
    ("An alliance between Los Tejones and Los Correa is considered unlikely.", "possible"),
    ("We treat the alliance between Los Tejones and Los Correa as unlikely.", "possible"),
    ("There were unconfirmed reports that Los Tejones had allied with Los Correa.", "possible"),
    ("An alliance between Los Tejones and Los Correa remains unverified.", "possible"),
    ("An alliance between Los Tejones and Los Correa is considered likely.", "probable"),
    ("Los Tejones confirmed its alliance with Los Correa.", "certain"),
])
def test_doubt_and_no_confirmation_leave_a_fact_possible(extractor: Any, text: str, level: str) -> None:
    assert certainty_of(extractor, text, "ally_of") == {level}


@pytest.mark.parametrize(("text", "predicate", "level"), [
    ("The arrest of Rubén Salas is unlikely to end the violence, said a local priest.", "arrested", "certain"),
    ("The alliance between Los Tejones and Los Correa is likely to collapse.", "ally_of", "certain"),
    ("Los Tejones is unlikely to ally with Los Correa.", "ally_of", "possible"),
])
def test_an_adjective_with_its_own_clause_hedges_that_clause(extractor: Any, text: str, predicate: str,
                                                             level: str) -> None:
    assert certainty_of(extractor, text, predicate) == {level}
