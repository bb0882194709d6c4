"""Who says what in relative clauses and 'according to' a document (frame.py, attribution.py).
Sentences written for these tests, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def sources(extractor: Any, text: str, predicate: str) -> list[tuple[str, ...]]:
    result = extractor(Document.make(text, "test.txt"))
    return [c.attributed_to for c in result.claims if c.predicate == predicate]


def test_people_who_prosecutors_say_lead_a_group(extractor: Any) -> None:
    text = "Police arrested Mario Vela and Luis Vela, two brothers who prosecutors say lead Los Cuervos."
    assert sources(extractor, text, "leader_of") == [("article", "prosecutors")] * 2


@pytest.mark.parametrize("text", [
    "Two brothers who prosecutors say lead Los Cuervos, a gang based in Sonora, were charged on Tuesday. "
    "The brothers, Mario Vela and Luis Vela, remain at large.",
    "Mario Vela, who police believe runs Los Cuervos, was seen in Tijuana.",
])
def test_who_a_speaker_says_when_the_parser_makes_the_next_verb_the_root(extractor: Any, text: str) -> None:
    """'who prosecutors say lead G' is the speaker's even where the parse loses the relative clause."""
    found = sources(extractor, text, "leader_of")
    assert found and all(chain[-1] in ("prosecutors", "police") for chain in found)


def test_a_relative_pronoun_with_no_reporting_verb_names_no_source(extractor: Any) -> None:
    text = "Mario Vela, who Los Cuervos trust, leads the gang's cell in Tijuana."
    assert all(chain == ("article",) for chain in sources(extractor, text, "leader_of"))


def test_described_by_a_source_as_a_role(extractor: Any) -> None:
    text = "Pedro Ruiz, described by prosecutors as the leader of Los Tejones, was arrested on Monday."
    assert sources(extractor, text, "leader_of") == [("article", "prosecutors")]
    text = ('Pedro Ruiz, known as "El Toro" and described by Mexican officials as a co-founder of Los Tejones, '
            "was freed on Friday.")
    assert [chain[-1] for chain in sources(extractor, text, "founder_of")] == ["Mexican officials"]


def test_an_apposition_in_a_that_clause_is_the_speaker_s(extractor: Any) -> None:
    text = "Police said that Pedro Ruiz, the leader of Los Tejones, was arrested on Monday."
    assert sources(extractor, text, "leader_of") == [("article", "Police")]
    text = "Pedro Ruiz, the leader of Los Tejones, was arrested on Monday, police said."
    assert sources(extractor, text, "leader_of") == [("article",)]


@pytest.mark.parametrize(("cue", "named"), [
    ("according to the indictment", "indictment"),
    ("according to the complaint", "complaint"),
    ("according to court filings", "court filings"),
    ("according to a statement", "a statement"),
])
def test_according_to_a_document_names_the_document(extractor: Any, cue: str, named: str) -> None:
    assert sources(extractor, f"Mario Vela leads Los Cuervos, {cue}.", "leader_of") == [("article", named)]


def test_the_report_is_its_author_only_when_it_is_that_publication(extractor: Any) -> None:
    text = ("The DEA published its National Drug Threat Assessment. According to the indictment, "
            "Mario Vela leads Los Cuervos.")
    assert sources(extractor, text, "leader_of") == [("article", "indictment")]


def test_a_restrictive_relative_clause_is_what_the_officials_say(extractor: Any) -> None:
    text = ("Pedro Ruiz Soto was among 29 prisoners that Mexico extradited to the United States on Thursday, "
            "officials said.")
    assert sources(extractor, text, "extradited") == [("article", "officials")]


def test_a_relative_clause_set_off_by_commas_is_the_article_s_background(extractor: Any) -> None:
    text = "Mario Vela, who leads Los Cuervos, was arrested in Texas on Monday, officials said."
    assert sources(extractor, text, "leader_of") == [("article",)]
    assert sources(extractor, text, "arrested") == [("article", "officials")]
    text = ("Los Cuervos, one of the gangs that the United States designated as terrorist organisations in 2025, "
            "is led by Mario Vela, according to Mexican authorities.")
    assert sources(extractor, text, "designated") == [("article",)]


# --- 'she' and a shared surname ------------------------------------------------------------------

def people_of(extractor: Any, text: str, predicate: str) -> list[str]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    return [names[c.subject_id] for c in result.claims if c.predicate == predicate]


def test_she_is_the_woman_the_text_is_about_not_one_named_in_passing(extractor: Any) -> None:
    text = ("Pedro Soto married Emma Vela Ruiz in 2007. She is the daughter of Marta Vela Barreras. "
            "Police arrested Soto in 2021. She was charged with money laundering.")
    assert people_of(extractor, text, "charged") == ["Emma Vela Ruiz"]
    text = ("Emma Vela Ruiz, a former beauty queen, married Pedro Soto in 2007. She is the daughter of Inés Vela "
            "Barreras, whom police arrested in 2013. US agents arrested her at the airport in 2021. She was charged "
            "with money laundering.")
    assert people_of(extractor, text, "charged") == ["Emma Vela Ruiz"]


def test_he_skips_the_women_and_she_skips_the_men(extractor: Any) -> None:
    text = "Marta Vela met Pedro Soto in Culiacán in 2019. He was arrested in Texas in 2021."
    assert people_of(extractor, text, "arrested") == ["Pedro Soto"]
    text = "Pedro Soto met Marta Vela in Culiacán in 2019. She was arrested in Texas in 2021."
    assert people_of(extractor, text, "arrested") == ["Marta Vela"]


def test_a_shared_surname_names_the_one_the_text_is_about(extractor: Any) -> None:
    text = ("Emma Vela Ruiz married Pedro Soto in 2007. She is the daughter of Inés Vela Barreras. "
            "US agents arrested Vela at the airport in Virginia in 2021.")
    assert people_of(extractor, text, "arrested") == ["Emma Vela Ruiz"]
    text = "Emma Vela Ruiz ran a shop. Inés Vela Barreras ran a bar. Police arrested Vela in 2021."
    assert people_of(extractor, text, "arrested") == ["Vela"]  # both are subjects: no guess


def test_a_describer_phrase_that_is_no_speaker_speaks_for_the_agency_it_names(extractor: Any) -> None:
    text = ("Los Cuervos was designated as a target of US sanctions by the Treasury Department in 2023, "
            "which described the gang as a partner of the Gulf Cartel.")
    assert sources(extractor, text, "ally_of") == [("article", "United States Department of the Treasury")]
    text = "Los Cuervos is a partner of the Gulf Cartel, US prosecutors at the Justice Department said."
    assert sources(extractor, text, "ally_of") == [("article", "US prosecutors at the Justice Department")]


def test_two_names_before_a_relative_clause_are_both_its_subject(extractor: Any) -> None:
    text = ("Mario Vela Soto and Luis Vela Soto, who prosecutors say ran Los Cuervos from the port, "
            "were flown to Miami on Friday.")
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    leaders = sorted(names[c.subject_id] for c in result.claims if c.predicate == "leader_of")
    assert leaders == ["Luis Vela Soto", "Mario Vela Soto"]


def test_he_said_after_a_described_official_is_the_official_not_the_last_man_named(extractor: Any) -> None:
    text = ("Mario Ruiz Soto was arrested in 2021. A senior official in the state security ministry, who asked not "
            "to be named, was categorical. \"Los Halcones do not control Reynosa,\" he said.")
    assert sources(extractor, text, "operates_in") == [("article", "A senior official in the state security ministry")]
    text = ("Mario Ruiz Soto was arrested in 2021. A federal officer posted in the city, who also spoke on "
            "condition of anonymity because he was not authorised to speak, drew a different map. \"Los Halcones "
            "run Reynosa,\" he said.")
    assert sources(extractor, text, "operates_in") == [("article", "A federal officer")]
    # silent: with no one described after the man named, 'he' stays the man named
    text = "Mario Ruiz Soto was arrested in 2021. \"Los Halcones do not control Reynosa,\" he said."
    assert sources(extractor, text, "operates_in") == [("article", "Mario Ruiz Soto")]


@pytest.mark.parametrize("text, source", [
    ("As the DEA has reported, Los Pumas are allied with the Tejones Cartel.", "Drug Enforcement Administration"),
    ("Los Pumas, as prosecutors noted, are allied with the Tejones Cartel.", "prosecutors"),
    ("As Ortega (2014) notes, Los Pumas are allied with the Tejones Cartel.", "Ortega"),
    ("As the war went on, Los Pumas allied with the Tejones Cartel.", None),
    ("As this newspaper reported, Los Pumas are allied with the Tejones Cartel.", None),  # the article's own
])
def test_an_as_aside_with_a_reporting_verb_sources_its_clause(extractor: Any, text: str, source: str | None) -> None:
    found = {s.sources for s in said(extractor, text) if s.predicate == "ally_of"}
    assert found == {("article", source) if source else ("article",)}


def test_an_author_year_citation_sources_its_sentence_and_names_no_actor(extractor: Any) -> None:
    text = ("Los Pumas allied with Los Lobos in 2015 (Ruiz, 2019). The Tejones Cartel was founded by Mario Vela Soto "
            "in 1995 (Smith and Jones, 2011; Ortega 2014). In (May 2019) Los Pumas fought Los Lobos.")
    found = said(extractor, text)
    assert {s.sources for s in found if s.predicate == "ally_of"} == {("article", "Ruiz")}  # the author, not the year
    assert {s.subject for s in found if s.predicate == "founder_of"} == {"Mario Vela Soto"}
    assert {s.sources for s in found if s.predicate == "rival_of"} == {("article",)}
