"""Lines that are not running prose: a name before a colon heads the subjectless sentences after it
(profiles, glossaries, fact boxes), and two names before the colon are the pair the line describes.
Each reading is checked both ways: made under a name's heading, not made under any other colon."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def test_designated_under_a_group_heading(extractor: Any) -> None:
    text = ("ACTOR NOTES\nCártel del Istmo: Small armed group on the coast. Designated a Foreign Terrorist "
            "Organization by the US State Department on 3 March 2025.\n")
    found = [s for s in said(extractor, text) if s.predicate == "designated"]
    assert [(s.subject, s.object, s.dates) for s in found] == [("Cártel del Istmo", "United States",
                                                                ("2025-03-03",))]


def test_no_designation_under_a_colon_that_names_no_one(extractor: Any) -> None:
    text = ("The Cártel del Istmo operates on the coast. KEY POINT: Designated a Foreign Terrorist Organization "
            "by the US State Department on 3 March 2025.\n")
    assert not [s for s in said(extractor, text) if s.predicate == "designated"]


def test_also_designated_takes_the_authority_told_before(extractor: Any) -> None:
    text = ("Cártel del Istmo: Designated a Foreign Terrorist Organization by the US State Department in 2025.\n\n"
            "Los Tecolotes: Rival of the Cártel del Istmo. Also designated an FTO in 2025.\n")
    found = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "designated"}
    assert ("Los Tecolotes", "United States") in found


def test_coalition_line_takes_in_the_groups_it_includes(extractor: Any) -> None:
    text = "Cárteles del Sur: Coalition of highland gangs, including Los Tecolotes, formed in 2019.\n"
    assert ("Los Tecolotes", "faction_of", "Cárteles del Sur") in triples(extractor, text)


def test_coalition_line_under_a_place_heading_makes_no_member(extractor: Any) -> None:
    text = "Oaxaca: Coalition of highland gangs, including Los Tecolotes, formed in 2019.\n"
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of"}


def test_controls_under_a_group_heading(extractor: Any) -> None:
    text = "- Los Tecolotes: Controls, with high confidence, the municipalities of Tejupilco and Luvianos.\n"
    assert {("Los Tecolotes", "operates_in", "Tejupilco"), ("Los Tecolotes", "operates_in", "Luvianos")} \
        <= triples(extractor, text)


def test_controls_after_a_colon_in_running_prose_has_no_group(extractor: Any) -> None:
    text = ("The mayor named Los Tecolotes last week. His answer was short: Controls nothing, the municipalities "
            "of Tejupilco and Luvianos least of all.\n")
    assert not {t for t in triples(extractor, text) if t[1] == "operates_in"}


def test_pair_heading_with_a_plural_of_rivalry(extractor: Any) -> None:
    text = "- Los Tecolotes vs Cártel del Istmo: Likely rivals in northern Guerrero, moderate confidence.\n"
    found = [s for s in said(extractor, text) if s.predicate == "rival_of"]
    assert [(s.subject, s.object, s.certainty) for s in found] == [("Los Tecolotes", "Cártel del Istmo",
                                                                    "probable")]


def test_pair_heading_with_rivals_of_a_third_group_is_no_pair_tie(extractor: Any) -> None:
    text = "- Los Tecolotes and Cártel del Istmo: rivals of the Sinaloa Cartel in northern Guerrero.\n"
    assert ("Los Tecolotes", "rival_of", "Cártel del Istmo") not in triples(extractor, text)
    assert ("Cártel del Istmo", "rival_of", "Los Tecolotes") not in triples(extractor, text)


def test_person_heading_on_the_line(extractor: Any) -> None:
    text = ("WANTED LIST\nRaúl Medina Torres: Wanted in Texas. Arrested by the Mexican Navy in Veracruz in "
            "May 2021.\n")
    assert ("Raúl Medina Torres", "arrested", "2021-05") in \
        {(s.subject, s.predicate, *s.dates) for s in said(extractor, text)}


def test_speaker_label_heads_no_fragment(extractor: Any) -> None:
    text = ("Ochoa: Welcome back. Who was taken?\n\nRaúl Medina Torres: Taken by the Mexican Navy, yes. "
            "Arrested in May.\n\nOchoa: Thank you.\n\nRaúl Medina Torres: Extradited later, I think.\n")
    assert not {s for s in said(extractor, text) if s.subject == "Raúl Medina Torres"
                and s.predicate in ("arrested", "extradited")}


def test_a_name_ends_at_the_colon_of_its_line(extractor: Any) -> None:
    text = "Cárteles del Sur: Coalition of highland gangs, including Los Tecolotes, formed in 2019.\n"
    names = {e.name for e in extractor(Document.make(text, "test.txt")).entities}
    assert "Cárteles del Sur" in names and not any(":" in n for n in names)


def test_a_name_runs_on_without_a_colon(extractor: Any) -> None:
    text = "Members of the Cárteles del Sur coalition met in Oaxaca in 2019, officials said.\n"
    names = {e.name for e in extractor(Document.make(text, "test.txt")).entities}
    assert "Cárteles del Sur" in names


def test_place_heading_locates_the_group_that_holds_it(extractor: Any) -> None:
    text = ("Who controls which plaza\n"
            "- Coast region, including Tecomán: Los Tecolotes are the dominant group along the highway "
            "(high confidence).\n"
            "- Sierra region, including Apatzingán: Cártel del Istmo (moderate confidence).\n")
    found = {(s.subject, s.object, s.certainty) for s in said(extractor, text) if s.predicate == "operates_in"}
    assert ("Los Tecolotes", "Tecomán", "certain") in found
    assert ("Cártel del Istmo", "Apatzingán", "probable") in found


def test_place_heading_with_a_group_that_only_tried(extractor: Any) -> None:
    text = ("Who controls which plaza\n"
            "- Coast region, including Tecomán: Los Tecolotes have attempted incursions from the south.\n"
            "- Sierra region, including Apatzingán: Cártel del Istmo and Los Tecolotes clash often.\n")
    assert not {t for t in triples(extractor, text) if t[1] == "operates_in" and t[2] in ("Tecomán", "Apatzingán")}


def test_a_line_marker_before_a_timeline_label_keeps_the_date(extractor: Any) -> None:
    text = ("Thread\n\n4/ June 2014: Los Tecolotes split from the Cártel del Istmo.\n\n"
            "3. (C) 2016: Los Halcones split from the Cártel del Sur.\n")
    dates = {(s.subject, s.dates) for s in said(extractor, text, "2020-01-01") if s.predicate == "faction_of"}
    assert dates == {("Los Tecolotes", ("2014-06",)), ("Los Halcones", ("2016",))}


def test_a_numbered_line_with_a_heading_that_is_no_date_dates_nothing(extractor: Any) -> None:
    text = "Cable\n\n2. (C) Background: Los Tecolotes split from the Cártel del Istmo.\n"
    assert [s.dates for s in said(extractor, text, "2020-01-01") if s.predicate == "faction_of"] == [()]


def _sources_of_denial(extractor: Any, text: str) -> list[tuple[str, ...]]:
    return [s.sources for s in said(extractor, text) if s.predicate == "member_of" and s.polarity == "negative"]


def test_an_owned_account_before_a_colon_is_a_source(extractor: Any) -> None:
    text = ("Julio Ramos was presented as a member of Los Tecolotes.\n\n"
            "7/ His lawyers' line back then: Ramos was never a member of Los Tecolotes.\n")
    assert _sources_of_denial(extractor, text) == [("article", "His lawyers")]


def test_what_someone_says_before_a_colon_is_a_source(extractor: Any) -> None:
    text = ("Julio Ramos was presented as a member of Los Tecolotes.\n\n"
            "What the defence says, and has said for a decade: Ramos was never a member of Los Tecolotes.\n")
    assert _sources_of_denial(extractor, text) == [("article", "defence")]


@pytest.mark.parametrize("lead", ["Q", "The line", "Background"])
def test_a_colon_after_no_ones_account_opens_no_source(extractor: Any, lead: str) -> None:
    text = (f"Julio Ramos was presented as a member of Los Tecolotes.\n\n"
            f"{lead}: Ramos was never a member of Los Tecolotes.\n")
    assert _sources_of_denial(extractor, text) == [("article",)]


def test_pair_heading_with_a_noun_of_war(extractor: Any) -> None:
    text = "3. Rivalries\n\n- Los Tecolotes vs Cártel del Istmo: Open war since 2019, high confidence.\n"
    assert ("Los Tecolotes", "rival_of", "Cártel del Istmo") in triples(extractor, text)


def test_pair_heading_with_no_evidence_of_a_pact_makes_no_alliance(extractor: Any) -> None:
    text = "3. Alliances\n\n- Los Tecolotes and the Cártel del Istmo: No reliable evidence of a formal pact.\n"
    assert not [s for s in said(extractor, text) if s.predicate == "ally_of" and s.polarity == "positive"]


def test_a_place_and_date_label_dates_its_entry(extractor: Any) -> None:
    text = ("Recent events\n\n- Oaxaca, March 2021: Raúl Medina Torres was arrested by the Mexican Navy.\n")
    assert [s.dates for s in said(extractor, text) if s.predicate == "arrested"] == [("2021-03",)]


def test_a_wire_dateline_with_a_dash_is_no_entry_label(extractor: Any) -> None:
    text = "MEXICO CITY, Oct. 1, 2015 - Mexico on Wednesday handed over Raúl Medina Torres to U.S. authorities.\n"
    assert [s.dates for s in said(extractor, text) if s.predicate == "extradited"] != [("2015-10-01",)]


def test_a_quoted_nickname_after_a_full_name_is_that_person(extractor: Any) -> None:
    text = ('MID-2009 — One faction follows Julio Ramos Peña, "Tecolote", a former gunman.\n\n'
            "NOVEMBER 2011 — Tecolote is arrested in Venezuela.\n")
    result = extractor(Document.make(text, "test.txt"))
    people = {e.name: [a.name for a in e.aliases] for e in result.entities if e.kind == "person"}
    assert people.get("Julio Ramos Peña") == ["Tecolote"]


def test_a_quoted_title_after_its_author_is_no_nickname(extractor: Any) -> None:
    text = 'The band played a song by Julio Ramos Peña, "Tierra Roja", at the fair in 2019.\n'
    result = extractor(Document.make(text, "test.txt"))
    assert all(not e.aliases for e in result.entities if e.name == "Julio Ramos Peña")


@pytest.mark.parametrize(("header", "published"), [
    ("SECURITY ADVISORY\nRef. X-118\nIssued: 14 October 2025, 09:00 CST\n", "2025-10-14"),
    ("SECURITY BRIEFING\nDate of issue: 3 March 2025 | Distribution: clients\n", "2025-03-03"),
    ("A PODCAST - Episode 212, released March 21, 2025\n", "2025-03-21"),
    ("Explainer: who is who\n\nBy our Caribbean desk, 2 June 2025\n", "2025-06-02"),
    ("LIVE: Gunfights\nThursday, October 17, 2019. All times are local.\n", "2019-10-17"),
    ("A new label\n\nWASHINGTON / CARACAS, Monday, November 24, 2025\n", "2025-11-24"),
    ("Obituary\n\nSANTIAGO, Nuevo León, Thursday 19 August 2010 -- The mayor of this town\n", "2010-08-19"),
])
def test_an_issue_or_release_line_dates_the_document(header: str, published: str) -> None:
    from testigo.ingest.header import read_header

    assert read_header(header + "\nLos Tecolotes were designated in February.\n").get("published") == published


def test_a_release_told_in_the_text_does_not_date_the_document() -> None:
    from testigo.ingest.header import read_header

    assert "published" not in read_header("Raúl Medina\n\nReleased from prison on March 3, 2025, he fled.\n")
    assert "published" not in read_header("Raúl Medina\n\nMay 3, 2021. That was the day he fled.\n")
    assert "published" not in read_header("Raúl Medina\n\nBy then, on 2 June 2025, he had fled abroad.\n")


def test_a_post_number_is_no_part_of_the_name_or_clause_after_it(extractor: Any) -> None:
    text = ('1/ Soldiers went in to serve a warrant for Julio Ramos Peña, wanted in New York.\n\n'
            "2/ Ramos Peña was arrested by the Mexican Navy in Veracruz in May 2021.\n")
    result = said(extractor, text)
    assert not any("1/" in s.subject or "Soldiers" in s.subject for s in result)
    assert [s.claim.evidence.quote.startswith("2/") for s in result if s.predicate == "arrested"] == [False]


def test_a_number_inside_a_line_starts_no_sentence(extractor: Any) -> None:
    text = "Los Tecolotes lost 12/ 15 of their men in 2019 when the Mexican Navy arrested Julio Ramos Peña.\n"
    quotes = [s.claim.evidence.quote for s in said(extractor, text) if s.predicate == "arrested"]
    assert [q[:13] for q in quotes] == ["Los Tecolotes"]
