"""Who says it, session 20: the verbs a closing 'according to X' speaks for, 'per X' set off by commas, a
describer beyond a semicolon, the writer's own 'It is worth noting that', and a closing 'the X reported' the
parser cut from its sentence. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _sources(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {s.sources for s in said(extractor, text) if s.predicate == predicate}


# --- '..., according to X.' after two verbs of one subject: both are X's -----------------------------------------

@pytest.mark.parametrize(("text", "predicate", "source"), [
    ("Los Tigres grew inside the Osorno prison in the last decade and now sells crack cocaine in the poor districts "
     "of Valverde, according to prosecutors.", "traffics", "prosecutors"),
    ("Los Tigres took over the port of Valverde in 2019 and now fights the Osorno Cartel for the highway, according "
     "to state police.", "rival_of", "state police"),
])
def test_a_closing_according_to_speaks_for_every_verb_of_its_subject(extractor: Any, text: str, predicate: str,
                                                                      source: str) -> None:
    assert _sources(extractor, text, predicate) == {("article", source)}


def test_a_closing_according_to_stays_with_the_last_clause_of_its_own(extractor: Any) -> None:
    # a clause with a subject of its own before 'and' keeps the article's voice
    text = ("Los Tigres is thought to be led by Ramiro Tovar Lugo, and its gunmen killed at least 40 people in "
            "Valverde last year, according to the UN.")
    assert _sources(extractor, text, "leader_of") == {("article",)}


# --- 'per X', set off by commas --------------------------------------------------------------------------------

def test_per_set_off_by_commas_names_a_source(extractor: Any) -> None:
    text = "Per police sources, Los Tigres is a cell of the Osorno Cartel."
    assert _sources(extractor, text, "faction_of") == {("article", "police sources")}


@pytest.mark.parametrize("text", [
    "Los Tigres, a cell of the Osorno Cartel, charged fifty dollars per kilo at the Valverde crossing.",
    "Los Tigres is a cell of the Osorno Cartel that collects a fee per truck in Valverde.",
])
def test_per_of_a_rate_names_no_source(extractor: Any, text: str) -> None:
    assert _sources(extractor, text, "faction_of") == {("article",)}


# --- a describer beyond a semicolon describes its own clause only ----------------------------------------------

def test_a_describer_after_a_semicolon_is_not_the_source_of_the_clause_before(extractor: Any) -> None:
    text = ("Los Tigres has been at war with the Osorno Cartel since 2017; most analysts regard it as much weakened "
            "since its founder was arrested.")
    assert _sources(extractor, text, "rival_of") == {("article",)}


# --- "It is worth noting that ...": the writer's own aside ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The defence of Ramiro Tovar Lugo stated before the judge that he is a farmer. It is worth noting that Tovar "
    "had previously been detained in 2019 by state police in Valverde.",
    "The defence of Ramiro Tovar Lugo stated before the judge that he is a farmer. It is important to note that "
    "Tovar was detained in 2019 by state police in Valverde.",
])
def test_it_is_worth_noting_is_the_writers_own_voice(extractor: Any, text: str) -> None:
    assert _sources(extractor, text, "arrested") == {("article",)}


def test_it_standing_for_a_speaker_still_speaks(extractor: Any) -> None:
    text = ("The ministry issued a bulletin on Monday. It was quick to note that Tovar had been detained in 2019 by "
            "state police in Valverde.")
    assert _sources(extractor, text, "arrested") == {("article", "ministry")}


# --- '..., the Secretariat of Public Security (SSP) reported.' cut from its sentence by the parser ----------------

def test_a_closing_reporting_verb_cut_from_its_sentence_still_reports_it(extractor: Any) -> None:
    text = ("Valverde, Osorno — Agents of the Federal Police yesterday detained Ramiro Tovar Lugo, "
            "alias \"El Grillo\", "
            "identified by federal authorities as one of the founders of Los Tigres and as the man in charge of the "
            "group's operations in several municipalities of the state, the Secretariat of Public Security (SSP) "
            "reported.")
    chains = _sources(extractor, text, "arrested")
    assert len(chains) == 1 and len(next(iter(chains))) == 2 and next(iter(chains))[0] == "article"


def test_a_closing_phrase_that_is_no_speaker_reports_nothing(extractor: Any) -> None:
    text = "Police detained Ramiro Tovar Lugo on Monday in Valverde, the state capital."
    assert _sources(extractor, text, "arrested") == {("article",)}


# --- 'G, a gang led by X' inside someone's account: the leader is the account's too ------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("US prosecutors say Los Tigres also teamed up with Los Lobos, a gang led by Ramiro Tovar Lugo, to kidnap "
     "foreigners for ransom.", "US prosecutors"),
    ("According to the indictment, Los Tigres bought rifles from Los Lobos, a gang headed by Ramiro Tovar Lugo.",
     "indictment"),
])
def test_a_leader_told_inside_an_apposition_is_the_sources(extractor: Any, text: str, source: str) -> None:
    assert _sources(extractor, text, "leader_of") == {("article", source)}


@pytest.mark.parametrize("text", [
    # set off by commas right after the group's name: background
    "In the north, the Los Lobos gang, led by Ramiro Tovar Lugo, killed at least 30 people in Valverde in 2024, "
    "according to the UN.",
    # a name in apposition to the leader noun: background as before
    "Police say Los Lobos' leader, Ramiro Tovar Lugo, fled to Valverde in 2024.",
    "Ramiro Tovar Lugo, the leader of Los Lobos, fled to Valverde in 2024, police said.",
])
def test_a_leader_told_in_passing_stays_the_articles(extractor: Any, text: str) -> None:
    assert _sources(extractor, text, "leader_of") == {("article",)}
