"""Certainty and polarity of claims whose reading is made but whose hedge reached too far or not far
enough: a 'whose' clause the parser hangs under a hedged verb, the relative clause of what a subject is
described as, 'there are reports that', and a denied tie to an unnamed group ('denied that he leads a
criminal organisation'), and the accusing verb of a charge ('an indictment accuses X of smuggling' is a certain
charge), and a hedge on a verb reaching its object ('has reportedly received support from G'). Each test
is a short text of our own, with a near case where the reading must not change."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def moods(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str, str]]:
    """(subject, object, certainty, polarity) of each claim of ``predicate``."""
    return {(s.subject, s.object, s.certainty, s.polarity) for s in said(extractor, text) if s.predicate == predicate}


def test_a_whose_clause_under_a_hedge_tells_the_article_s_fact(extractor: Any) -> None:
    text = ("In the north, the network is believed to have worked with the Quintanar clan, a family of smugglers "
            "from the valley of Olancho whose patriarch, Rigoberto Quintanar Ruiz, was arrested in Honduras in 2017.")
    assert {c for _, _, c, _ in moods(extractor, text, "arrested")} == {"certain"}


def test_a_clause_under_a_hedge_without_whose_stays_hedged(extractor: Any) -> None:
    text = "Police believe that Rigoberto Quintanar Ruiz was arrested in Honduras in 2017."
    assert {c for _, _, c, _ in moods(extractor, text, "arrested")} == {"probable"}


def test_the_relative_clause_of_a_reputation_takes_its_hedge(extractor: Any) -> None:
    text = ("Baltazar Ocampo Ruiz is widely described as one of the men who founded the Tepalcatepec Cartel "
            "in the 1990s.")
    found = moods(extractor, text, "founder_of")
    assert ("Baltazar Ocampo Ruiz", "Tepalcatepec Cartel", "probable", "positive") in found


def test_the_relative_clause_of_a_name_keeps_its_own_mood(extractor: Any) -> None:
    text = ("Police believe that Ocampo Ruiz would command the armed cell known as Los Tercos, which operates as the "
            "armed wing of the Tepalcatepec Cartel.")
    assert {c for _, _, c, _ in moods(extractor, text, "faction_of")} == {"certain"}


def test_the_relative_clause_of_a_plain_noun_keeps_its_own_mood(extractor: Any) -> None:
    text = ("Police believe the shipment belonged to Baltazar Ocampo Ruiz, a rancher who founded the Tepalcatepec "
            "Cartel in the 1990s.")
    assert {c for _, _, c, _ in moods(extractor, text, "founder_of")} == {"certain"}


def test_there_are_reports_that_hedges_what_they_tell(extractor: Any) -> None:
    text = "There are reports that Los Tercos have formed an alliance with the Cartel del Golfo."
    assert {c for _, _, c, _ in moods(extractor, text, "ally_of")} == {"probable"}


def test_a_named_report_is_a_source_not_a_hedge(extractor: Any) -> None:
    text = ("A report published by the Colegio de Sonora says Los Tercos have formed an alliance with the Cartel "
            "del Golfo.")
    assert {c for _, _, c, _ in moods(extractor, text, "ally_of")} == {"certain"}


def test_denying_the_reports_is_no_hedge_of_the_denial(extractor: Any) -> None:
    text = "Local media said Anselmo Ibarra Luna had been arrested in Tepic. His lawyer denied the reports."
    denied = [s for s in said(extractor, text) if s.predicate == "arrested" and s.polarity == "negative"]
    assert denied and denied[0].certainty == "certain"


def test_denying_a_tie_to_an_unnamed_group_denies_the_named_one(extractor: Any) -> None:
    text = ("Prosecutors say Anselmo Ibarra Luna leads the Ibarra clan. He has repeatedly denied that he leads a "
            "criminal organisation.")
    assert ("Anselmo Ibarra Luna", "Ibarra", "certain", "negative") in moods(extractor, text, "leader_of")


def test_denying_something_else_unnamed_denies_no_tie(extractor: Any) -> None:
    text = "Prosecutors say Anselmo Ibarra Luna leads the Ibarra clan. He has denied that he owns a ranch."
    assert {p for _, _, _, p in moods(extractor, text, "leader_of")} == {"positive"}


def test_an_accusation_is_a_certain_charge(extractor: Any) -> None:
    text = "A U.S. indictment accuses Rodrigo Salcedo Vega of smuggling cocaine."
    assert {s.certainty for s in said(extractor, text) if s.predicate == "charged"} == {"certain"}


def test_a_hedged_accusation_stays_hedged(extractor: Any) -> None:
    text = "A U.S. indictment reportedly accuses Rodrigo Salcedo Vega of smuggling cocaine."
    assert {s.certainty for s in said(extractor, text) if s.predicate == "charged"} == {"probable"}


def test_a_hedge_on_the_verb_reaches_its_object_noun(extractor: Any) -> None:
    text = "Los Tercos have reportedly received support from the Gulf Cartel."
    assert {c for _, _, c, _ in moods(extractor, text, "ally_of")} == {"probable"}


def test_an_unhedged_verb_leaves_its_object_noun_certain(extractor: Any) -> None:
    text = "Los Tercos received support from the Gulf Cartel."
    assert {c for _, _, c, _ in moods(extractor, text, "ally_of")} == {"certain"}
