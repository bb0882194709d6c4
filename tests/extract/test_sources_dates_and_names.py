"""Sources, dates and names on claims (attribution.py, event_dates.py, rules/sanctions.py,
components.py). Sentences written for these tests, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str, predicate: str, published: str | None = None) -> list[tuple[str, Any]]:
    return [(s.subject, s.claim) for s in said(extractor, text, published) if s.predicate == predicate]


def test_a_reporting_clause_at_the_end_covers_both_coordinated_clauses(extractor: Any) -> None:
    text = ("Los Cuervos hold most of the towns around Hermosillo, and Los Cuervos and Los Halcones have been "
            "fighting for at least a year, state officials in Sonora have said.")
    found = claims(extractor, text, "rival_of")
    assert found and all(c.attributed_to[-1] == "state officials in Sonora" for _, c in found)


def test_a_semicolon_still_sets_the_first_clause_apart(extractor: Any) -> None:
    text = ("Los Cuervos and Los Halcones have been fighting for a year; the two gangs agreed a truce in May, "
            "officials said.")
    found = claims(extractor, text, "rival_of")
    assert found and all(c.attributed_to == ("article",) for _, c in found)


@pytest.mark.parametrize("verb", ["has reported", "reported", "reports"])
def test_what_a_source_reports_as_a_noun_phrase_is_its_claim(extractor: Any, verb: str) -> None:
    text = f"The newspaper El Norte {verb} clashes between Los Cuervos and Los Halcones in northern Durango."
    found = claims(extractor, text, "rival_of")
    assert found and all(len(c.attributed_to) == 2 and c.attributed_to[-1] != "article" for _, c in found)


def test_a_passive_designation_again_is_a_second_act_of_the_same_authority(extractor: Any) -> None:
    text = ("OFAC first sanctioned Pedro Ruiz and Mario Vela in March 2020 under the Kingpin Act for their role "
            "in killings; today they are designated again for their role in the extortion scheme.")
    found = claims(extractor, text, "designated", published="2025-06-04")
    dates = sorted((name, tuple(d.value for d in c.qualifiers.dates)) for name, c in found)
    assert dates == [("Mario Vela", ("2020-03",)), ("Mario Vela", ("2025-06-04",)),
                     ("Pedro Ruiz", ("2020-03",)), ("Pedro Ruiz", ("2025-06-04",))]


def test_a_passive_designation_with_no_designation_before_makes_no_claim(extractor: Any) -> None:
    text = "Pedro Ruiz was designated again for his role in the extortion scheme."
    assert claims(extractor, text, "designated", published="2025-06-04") == []


def test_news_of_the_day_in_the_opening_takes_the_date_line_and_the_dateline_place(extractor: Any) -> None:
    text = ("Smuggler Sentenced\nHOUSTON - Pedro Ruiz, 51, has been sentenced to 30 years in federal prison "
            "for conspiring to import cocaine.")
    found = claims(extractor, text, "charged", published="2019-03-12")
    assert [(name, [d.value for d in c.qualifiers.dates], "Houston" in c.qualifiers.places)
            for name, c in found] == [("Pedro Ruiz", ["2019-03-12"], True)]


def test_a_present_perfect_far_from_the_opening_takes_no_publication_date(extractor: Any) -> None:
    opening = "Los Cuervos were once a small gang in the hills of Sonora. " * 30
    text = opening + "Pedro Ruiz has been arrested in Hermosillo."
    found = claims(extractor, text, "arrested", published="2019-03-12")
    assert found and all(not c.qualifiers.dates for _, c in found)


@pytest.mark.parametrize("text", [
    'Police arrested Jorge Alberto "N", alleged leader of Los Cuervos, in Morelia.',
    'Jorge Alberto "N," 22, the leader of Los Cuervos, was detained in Morelia.',
])
def test_a_withheld_surname_is_part_of_a_person_s_name(extractor: Any, text: str) -> None:
    found = claims(extractor, text, "leader_of")
    assert [name for name, _ in found] == ['Jorge Alberto "N"']


def test_the_beltran_leyva_organization_without_a_hyphen_is_the_known_group(extractor: Any) -> None:
    text = "Pedro Ruiz was a lieutenant of the Beltrán Leyva Organization in Guerrero."
    result = extractor(Document.make(text, "test.txt"))
    assert "Beltrán-Leyva Organization" in {e.name for e in result.entities}


def test_according_to_a_source_with_a_colon_runs_to_the_end_of_the_paragraph(extractor: Any) -> None:
    text = ("According to U.S. Attorney Jane Roe, the charges and other information presented in court: From 2004 "
            "to 2010, Pedro Ruiz was a leader of Los Cuervos. Until 2008, Los Cuervos operated as part of the Gulf "
            "Cartel. After Los Cuervos broke away in 2008, the two organizations fought a violent war.\n"
            "Police arrested Pedro Ruiz in Monterrey in 2010.")
    for predicate in ("leader_of", "faction_of", "rival_of"):
        found = claims(extractor, text, predicate)
        assert found and all(c.attributed_to == ("article", "Jane Roe") for _, c in found), predicate
    assert [c.attributed_to for _, c in claims(extractor, text, "arrested")] == [("article",)]


def test_according_to_a_source_without_a_colon_keeps_to_its_clause(extractor: Any) -> None:
    text = ("According to prosecutors, Pedro Ruiz was a leader of Los Cuervos. Until 2008, Los Cuervos operated "
            "as part of the Gulf Cartel.")
    assert [c.attributed_to for _, c in claims(extractor, text, "faction_of")] == [("article",)]


def test_telling_a_hearer_what_one_did_is_the_speaker_s_claim(extractor: Any) -> None:
    text = ("Pedro Ruiz, 70, pleaded guilty on Monday in federal court in Brooklyn to racketeering charges, "
            "telling a judge he had run Los Cuervos for decades.")
    assert [c.attributed_to for _, c in claims(extractor, text, "leader_of")] == [("article", "Pedro Ruiz")]


def test_telling_a_hearer_who_did_something_keeps_the_relative_clause(extractor: Any) -> None:
    from testigo.extract.attribution import find_sources

    for text in ("The mayor told the men who run Los Cuervos to leave the town.",
                 "Pedro Ruiz told the judge he had run Los Cuervos."):
        spans = find_sources(extractor.nlp(text))
        held = [text[s.start:s.end] for s in spans if "Los Cuervos" in text[s.start:s.end]]
        assert held == ([] if "mayor" in text else ["he had run Los Cuervos"])


@pytest.mark.parametrize(("second", "source"), [
    ("Guatemalan investigators attributed the attack to Los Halcones.", "Guatemalan investigators"),
    ("Police blamed Los Halcones for the killing.", "Police"),
])
def test_an_attack_attributed_to_a_group_is_the_killing_told_just_before(
        extractor: Any, second: str, source: str) -> None:
    text = f"On March 2, 2009, gunmen killed Pedro Ruiz in a shootout in Zacapa. {second}"
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    found = [(names[c.subject_id], names[c.object_id], c.attributed_to, [d.value for d in c.qualifiers.dates],
              c.qualifiers.places) for c in result.claims if c.predicate == "killed" and c.object_id]
    assert found == [("Pedro Ruiz", "Los Halcones", ("article", source), ["2009-03-02"], ("Zacapa",))]


def test_an_attack_told_two_sentences_later_is_not_the_killing(extractor: Any) -> None:
    text = ("On March 2, 2009, gunmen killed Pedro Ruiz in Zacapa. Los Halcones later attacked a police station. "
            "Police attributed the attack to Los Halcones.")
    assert [c for _, c in claims(extractor, text, "killed") if c.object_id] == []
