"""Who says it: the names of sources read across a text (the authors of a cited work without its year, 'they' as
the speaker named before). Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.citations import cited_authors
from tests.extract.readout import said

# --- a cited work is its authors' word: the year says when, not who ----------------------------------------------


@pytest.mark.parametrize(("speaker", "authors"), [
    ("Marlow, 2017", "Marlow"),
    ("Okafor and Reyes (2012)", "Okafor and Reyes"),
    ("Lindqvist et al., 2020", "Lindqvist et al."),
    ("Dunmore 2008a", "Dunmore"),
    ("Marlow, 2017, p. 12", "Marlow"),
])
def test_a_cited_work_is_named_by_its_authors(speaker: str, authors: str) -> None:
    assert cited_authors(speaker) == authors


@pytest.mark.parametrize("speaker", ["Marlow 2017; Dunmore 2008", "federal prosecutors", "March 2019",
                                     "the 2019 report"])
def test_other_speakers_are_no_cited_work(speaker: str) -> None:
    assert cited_authors(speaker) is None


def _sources(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {s.sources for s in said(extractor, text) if s.predicate == predicate}


@pytest.mark.model
@pytest.mark.parametrize(("text", "predicate", "source"), [
    # a citation in brackets after the sentence
    ("By 2015 the Red Ridge Cartel had fought the Osorno Cartel for the river towns (Marlow, 2017).",
     "rival_of", "Marlow"),
    # the authors as the subject of a reporting verb, the year in brackets after them
    ("Okafor and Reyes (2012) argue that the Red Ridge Cartel was allied with the Osorno Cartel.",
     "ally_of", "Okafor and Reyes"),
    # two authors in the brackets, no comma before the year
    ("The Osorno Cartel split from the Red Ridge Cartel in 2009 (Okafor and Reyes 2012).",
     "faction_of", "Okafor and Reyes"),
])
def test_a_citation_is_its_authors_word(extractor: Any, text: str, predicate: str, source: str) -> None:
    assert ("article", source) in _sources(extractor, text, predicate)


@pytest.mark.model
def test_two_works_cited_together_keep_their_words(extractor: Any) -> None:
    # two works cited together are no one author's: the words stay as written
    text = "The Osorno Cartel split from the Red Ridge Cartel in 2009 (Marlow, 2017; Dunmore, 2008)."
    assert not any(chain[-1] in ("Marlow", "Dunmore") for chain in _sources(extractor, text, "faction_of"))


# --- 'they' who speak are the ones who described the group in the sentence before -------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "predicate", "source"), [
    # 'describe ... as a network through which X and Y ...': the describers, not the people inside the description
    ("US prosecutors describe the Blue Ridge Cartel as a network through which police commanders and mayors "
     "allegedly protect cocaine shipments. They say it is headed by Tomas Ferrer Lima.", "leader_of", "US prosecutors"),
    # another describing verb, a belief verb after it
    ("Colombian investigators portray the Osorno Cartel as an alliance in which smugglers and local gangs share "
     "routes. They believe it is run by Mariela Quintana.", "leader_of", "Colombian investigators"),
    # 'characterise', 'added that'
    ("Analysts characterise the Red Ridge Cartel as a federation whose members split the ports. They added that it "
     "is allied with the Osorno Cartel.", "ally_of", "Analysts"),
])
def test_they_are_who_described_the_group(extractor: Any, text: str, predicate: str, source: str) -> None:
    assert ("article", source) in _sources(extractor, text, predicate)


@pytest.mark.model
def test_describers_two_sentences_back_are_not_they(extractor: Any) -> None:
    text = ("Villagers describe the town as quiet. Soldiers arrived in March. They say the Blue Ridge Cartel is headed "
            "by Tomas Ferrer Lima.")
    assert ("article", "Soldiers") in _sources(extractor, text, "leader_of")


# --- the scorer: expected files name an unnamed source with or without its article -------------------------------


def test_a_source_matches_with_or_without_its_article() -> None:
    from testigo.evaluate import name_forms

    assert name_forms("A veteran crime reporter") & name_forms("veteran crime reporter")
    assert name_forms("an Interior Ministry official") & name_forms("Interior Ministry official")
    assert not name_forms("A veteran crime reporter") & name_forms("veteran crime photographer")


# --- a document's author named in a relative clause on it, or as its owner ----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    # 'it' in the clause: the subject of the sentence before
    ("The state police unit saw it differently. A report it produced in February says the Blue Ridge Cartel is "
     "allied with the Osorno Cartel.", "state police unit"),
    # a named author in the clause, no 'that'
    ("A statement the Interior Ministry issued on Monday says the Blue Ridge Cartel is allied with the Osorno Cartel.",
     "Interior Ministry"),
    # a letter is its owner's
    ("Ramos's letter also said that the Blue Ridge Cartel is allied with the Osorno Cartel.", "Ramos"),
])
def test_a_documents_author_in_a_clause_on_it(extractor: Any, text: str, source: str) -> None:
    assert ("article", source) in _sources(extractor, text, "ally_of")


@pytest.mark.model
def test_who_obtained_a_document_did_not_write_it(extractor: Any) -> None:
    text = "A report the newspaper obtained says the Blue Ridge Cartel is allied with the Osorno Cartel."
    assert not any(chain[-1] in ("newspaper", "the newspaper") for chain in _sources(extractor, text, "ally_of"))
