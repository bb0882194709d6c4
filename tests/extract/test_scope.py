"""How far a certainty cue and a source reach: clauses, semicolons, relative clauses, describers,
documents and their authors. Sentences written for these tests; spans and cues read straight from
the parse (attribution.py, modality.py), so no relation rule is involved."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.attribution import enclosing, find_sources
from testigo.extract.modality import modality
from testigo.model import Certainty

pytestmark = pytest.mark.model


def token(doc: Any, word: str, nth: int = 0) -> Any:
    return [t for t in doc if t.text == word][nth]


def certainty(nlp: Any, text: str, word: str) -> Certainty:
    return modality(token(nlp(text), word))[0]


def chain(nlp: Any, text: str, word: str, nth: int = 0) -> list[str | None]:
    """The speakers of the source spans holding ``word``, outermost first."""
    doc = nlp(text)
    at = token(doc, word, nth)
    return [s.speaker for s in enclosing(find_sources(doc), at.idx, at.idx + len(at.text))]


# --------------------------------------------------------------------------- cue scope


def test_a_hedge_after_a_semicolon_does_not_reach_back(nlp: Any) -> None:
    text = "Carmen Ruiz Paredes was arrested with him; she is accused of collecting the protection payments."
    assert certainty(nlp, text, "arrested") is Certainty.CERTAIN
    assert certainty(nlp, text, "collecting") is Certainty.PROBABLE


def test_a_relative_clause_is_not_hedged_by_the_clause_of_its_noun(nlp: Any) -> None:
    text = "Police officers were told the gang is probably a cell of the Sinaloa Cartel, which sends it rifles."
    assert certainty(nlp, text, "sends") is Certainty.CERTAIN


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_certainty(nlp: Any) -> None:
    text = ("Her cousins are widely reported to have blamed the mayor for the raid, and the gang broke with "
            "its old patrons soon afterwards.")
    assert certainty(nlp, text, "broke") is Certainty.CERTAIN
    assert certainty(nlp, text, "blamed") is Certainty.PROBABLE


def test_seeking_an_alliance_is_hedged_only_by_its_own_cues(nlp: Any) -> None:
    assert certainty(nlp, "Los Viagras have reportedly sought an alliance with the CJNG.", "alliance") \
        is Certainty.PROBABLE


def test_describing_is_no_hedge(nlp: Any) -> None:
    assert certainty(nlp, "Federal agents describe the gang as a cell of the Gulf Cartel.", "cell") \
        is Certainty.CERTAIN
    # a named describer is the claim's source, and the wording is plain (examples/zambada-arrest.expected.yaml)
    assert certainty(nlp, "The gang was described by federal agents as a cell of the Gulf Cartel.", "cell") \
        is Certainty.CERTAIN
    # a description states what the gang is, with or without a describer named (DESIGN.md lists no
    # describing among the hedges)
    assert certainty(nlp, "The gang was described as a cell of the Gulf Cartel.", "cell") is Certainty.CERTAIN


# --------------------------------------------------------------------------- sources


def test_the_describer_is_the_source(nlp: Any) -> None:
    text = "In a court filing, prosecutors describe the group as a splinter of La Familia Michoacana."
    assert chain(nlp, text, "splinter") == ["prosecutors"]


def test_what_follows_the_colon_of_a_description_is_the_describer_s(nlp: Any) -> None:
    text = "Farmers in the valley describe it as a family business: Pedro Lara founded the group in 2015."
    assert chain(nlp, text, "founded") == ["Farmers in the valley"]


def test_a_report_speaks_for_its_author_and_later_the_report_too(nlp: Any) -> None:
    text = ("The CJNG now runs the fuel trade in Celaya, according to a report published in May by a "
            "Monterrey risk consultancy. The report, which cites police files from Nuevo León, says the "
            "CJNG also controls illegal taps in Salamanca.")
    assert chain(nlp, text, "runs") == ["a Monterrey risk consultancy"]
    assert chain(nlp, text, "controls") == ["a Monterrey risk consultancy", "police files from Nuevo León"]


def test_a_ranking_by_someone_names_its_author(nlp: Any) -> None:
    text = "The city is the most violent in the country, according to a ranking by a Mexican citizens' council."
    assert chain(nlp, text, "violent") == ["a Mexican citizens' council"]


def test_a_reporting_verb_does_not_reach_across_a_semicolon(nlp: Any) -> None:
    text = ("His aunt had been detained in a raid in Celaya together with two of his cousins; prosecutors said "
            "she managed money for the group.")
    assert chain(nlp, text, "detained") == []
    assert chain(nlp, text, "managed") == ["prosecutors"]


def test_which_officials_say_puts_the_relative_clause_in_their_mouths(nlp: Any) -> None:
    text = "He then led the Cártel del Sur, which officials say fought the CJNG with help from the Sinaloa Cartel."
    assert chain(nlp, text, "help") == ["officials"]


def test_the_filing_named_again_speaks_for_who_filed_it(nlp: Any) -> None:
    text = ("In a separate filing, prosecutors describe the gang as a cell of the Gulf Cartel. The filing also "
            "says that the gang has been at war with Los Zetas.")
    assert chain(nlp, text, "war") == ["prosecutors"]


def test_a_statement_from_someone_who_cites_another_source(nlp: Any) -> None:
    text = ("Marines captured the plaza boss in Colima in 2021, according to a statement from the Navy, which "
            "cited intelligence from the US Marshals. The statement said he was carrying two rifles.")
    assert chain(nlp, text, "captured") == ["the Navy", "intelligence from the US Marshals"]
    assert chain(nlp, text, "carrying")[0] == "the Navy"


def test_put_it_bluntly_introduces_a_quote(nlp: Any) -> None:
    text = ('One lawyer who works in Morelia put it bluntly: "If the truce holds, the Viagras will be fighting '
            'nobody within months."')
    assert chain(nlp, text, "fighting") == ["One lawyer who works in Morelia"]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Luis Mora is accused of extortion and was arrested in Celaya in 2020.", "arrested", ("certain", "positive")),
    ("Luis Mora denied the charges and was arrested in Celaya.", "arrested", ("certain", "positive")),
    ("Luis Mora may have founded and led the gang.", "led", ("possible", "positive")),
    ("Luis Mora did not found or lead the gang.", "lead", ("certain", "negative")),
    ("Luis Mora was not arrested but fled to Texas.", "fled", ("certain", "positive")),
])
def test_a_coordinated_verb_shares_modifiers_but_not_the_first_verb(nlp: Any, text: str, word: str,
                                                                    expected: tuple[str, str]) -> None:
    certainty, polarity = modality(token(nlp(text), word))
    assert (certainty.value, polarity.value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The report described an alliance between the two gangs as a potential development.", Certainty.POSSIBLE),
    ("The report described an alliance between the two gangs as a likely outcome.", Certainty.PROBABLE),
    ("The report described an alliance between the two gangs as a turning point.", Certainty.CERTAIN),
])
def test_what_a_thing_is_described_as_hedges_it(nlp: Any, text: str, expected: Certainty) -> None:
    assert certainty(nlp, text, "alliance") == expected
