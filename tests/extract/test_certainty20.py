"""Certainty read from cue words that scope over a claim (FactBank-style), session 20.

- The accused of an allegation is described as the allegation has it: "Prosecutors allege that X and Y, both
  lieutenants of G, arranged ..." (probable). A plain 'said', a belief ("investigators believe his sons, X and
  Y, run it", the kinship the article's), a description of another than the clause's subject ("allege that he
  worked for X, the boss of G") or a hedge of the clause's own verb leave the description certain.
- A brief's confidence label reaches its 'that' clause when the parser reads the clause's verb as a noun
  hanging on the label: "We assess with low confidence that X's cell reports to G's commanders" (possible).
- "X was told at the time that G had carried out the attack": hearsay (probable), also when the parser reads
  'that' as a relative adverb of 'the time'.
- A lasting tie said to have ended is no more: "the conflict with G had ended", "the alliance between G and H
  collapsed", "the feud is over" (negative); "the rivalry has never ended" keeps it (positive). A truce that
  ended was still made.
Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

GANGS = "Los Tejones and Los Correa are rival gangs in Zacatecas. "


def certainty_of(extractor: Any, text: str, predicate: str, subject: str = "") -> set[str]:
    """The certainties of the claims of ``predicate`` made from the sentence after the opening one."""
    return {s.certainty for s in said(extractor, GANGS + text) if s.predicate == predicate
            and (not subject or s.subject == subject) and not s.claim.evidence.quote.startswith("Los Tejones and")}


@pytest.mark.parametrize(("text", "predicate", "level"), [
    ("Prosecutors allege that Marcelo Ibarra and Juan Ortega, both senior lieutenants of Los Tejones, arranged "
     "shipments of chemicals through the port.", "member_of", "probable"),
    ("The indictment alleges that Marcelo Ibarra, a senior lieutenant of Los Tejones, arranged the shipments.",
     "member_of", "probable"),
    ("It is alleged that Marcelo Ibarra, a senior lieutenant of Los Tejones, arranged the shipments.",
     "member_of", "probable"),
])
def test_the_accused_is_described_as_the_allegation_has_it(extractor: Any, text: str, predicate: str,
                                                           level: str) -> None:
    assert certainty_of(extractor, text, predicate) == {level}


@pytest.mark.parametrize(("text", "predicate"), [
    ("Prosecutors said that Marcelo Ibarra and Juan Ortega, both senior lieutenants of Los Tejones, arranged "
     "shipments of chemicals through the port.", "member_of"),
    ("Investigators believe that Marcelo Ibarra, a senior lieutenant of Los Tejones, arranged the shipments.",
     "member_of"),
    ("Marcelo Ibarra, a senior lieutenant of Los Tejones, allegedly arranged the shipments.", "member_of"),
    ("Marcelo Ibarra, a senior lieutenant of Los Tejones, may have arranged the shipments.", "member_of"),
    ("Prosecutors allege that Juan Ortega worked for Marcelo Ibarra, the leader of Los Tejones.", "leader_of"),
    ("Marcelo Ibarra sent his young nephew, Juan Ortega, to Fresnillo to watch over the shipments.",
     "relative_of"),
])
def test_a_description_stays_the_articles_outside_an_allegation(extractor: Any, text: str,
                                                                predicate: str) -> None:
    assert certainty_of(extractor, text, predicate) == {"certain"}


def polarity_of(extractor: Any, text: str, predicate: str) -> set[str]:
    """The polarities of the claims of ``predicate`` between the two gangs made from the sentence after the first."""
    return {s.polarity for s in said(extractor, GANGS + text) if s.predicate == predicate
            and {s.subject, s.object} == {"Los Tejones", "Los Correa"}
            and not s.claim.evidence.quote.startswith("Los Tejones and Los Correa are")}


@pytest.mark.parametrize(("text", "predicate", "polarity"), [
    ("Los Tejones handed police a written pledge declaring that the conflict with Los Correa had ended.",
     "rival_of", "negative"),
    ("The war between Los Tejones and Los Correa ended in 2019.", "rival_of", "negative"),
    ("The alliance between Los Tejones and Los Correa collapsed in 2019.", "ally_of", "negative"),
    ("The feud between Los Tejones and Los Correa is over.", "rival_of", "negative"),
    ("The rivalry between Los Tejones and Los Correa has never ended.", "rival_of", "positive"),
    ("The war between Los Tejones and Los Correa began in 2019.", "rival_of", "positive"),
    ("Los Tejones denied that the war with Los Correa had ended.", "rival_of", "positive"),
])
def test_a_tie_that_ended_is_no_more(extractor: Any, text: str, predicate: str, polarity: str) -> None:
    assert polarity_of(extractor, text, predicate) == {polarity}


def test_a_truce_that_ended_was_still_made(extractor: Any) -> None:
    assert polarity_of(extractor, "The truce between Los Tejones and Los Correa ended in 2019.",
                       "negotiated_with") == {"positive"}


@pytest.mark.parametrize(("label", "level"), [("low", "possible"), ("moderate", "probable")])
def test_a_confidence_label_reaches_a_verb_read_as_a_noun(extractor: Any, label: str, level: str) -> None:
    text = (f'Marcelo Ibarra, known as "El Flaco", was arrested in Fresnillo. We assess with {label} confidence '
            "that El Flaco's cell reports to Los Tejones commanders in Colima.")
    assert {s.certainty for s in said(extractor, text) if s.predicate == "faction_of"} == {level}


def test_the_cell_reports_plainly_without_a_label(extractor: Any) -> None:
    text = ('Marcelo Ibarra, known as "El Flaco", was arrested in Fresnillo. El Flaco\'s cell reports to Los Tejones '
            "commanders in Colima.")
    assert {s.certainty for s in said(extractor, text) if s.predicate == "faction_of"} == {"certain"}


@pytest.mark.parametrize(("text", "level"), [
    ("Marcelo Ibarra was shot dead in Fresnillo in 2008. His brother said he was told at the time that Los Correa "
     "gunmen had carried out the attack.", "probable"),
    ("Marcelo Ibarra was shot dead in Fresnillo in 2008. His brother said that Los Correa gunmen had carried out "
     "the attack.", "certain"),
])
def test_what_one_was_told_at_the_time_is_hearsay(extractor: Any, text: str, level: str) -> None:
    assert {s.certainty for s in said(extractor, text) if s.predicate == "killed" and s.object == "Los Correa"} \
        == {level}
