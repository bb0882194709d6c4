"""Readings fixed by the lead in session 19.

- 'G and its armed wing, X, attacked the town': a group and what it owns, acting together, are one side, not
  rivals of each other; 'A and B clashed' still makes rivals, and so does a group with its foes.
- 'Everything we know says G dominates P' in an analyst's answer: the analyst's own word, not a source
  called "Everything" inside it.
- 'An English translation of the Spanish broadcast': a language, not the country a president of the text
  serves.
- 'a faction of G led by X', 'a G cell commanded by X': X leads the unnamed part, not G (reported by cells19).

Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _rivals(extractor: Any, text: str) -> set[frozenset[str]]:
    return {frozenset((s.subject, s.object)) for s in said(extractor, text) if s.predicate == "rival_of"}


@pytest.mark.parametrize("text", [
    "The Cártel del Noreste and its armed wing, the Tropa del Infierno, attacked the town of Villa Unión.",
    "Los Tejones and their enforcers, Los Halcones Negros, stormed the village of San Isidro on Sunday.",
    "The Sinaloa Cartel and its allies, Los Mazatlecos, ambushed a convoy near Culiacán.",
])
def test_a_group_and_what_it_owns_acting_together_are_no_rivals(extractor: Any, text: str) -> None:
    assert not _rivals(extractor, text)


@pytest.mark.parametrize(("text", "pair"), [
    ("Los Viagras and the Caballeros Templarios clashed in Apatzingán.", {"Los Viagras", "Knights Templar Cartel"}),
    ("The Gulf Cartel and its old allies, Los Zetas, fought in Reynosa.", {"Gulf Cartel", "Los Zetas"}),
])
def test_groups_that_clash_with_each_other_are_rivals(extractor: Any, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _rivals(extractor, text)


TRANSCRIPT = """Transcript of the evening news. Speaker names as captioned on screen.

ANCHOR (Lucía Prado): Good evening. Gunmen attacked a bar in Manzanillo last night.

CORRESPONDENT (Pedro Lara, Manzanillo): Good evening, Lucía. Police said four people were wounded.

ANCHOR: In the studio with us is security analyst Ana Ruiz.

ANALYST (Ana Ruiz): Manzanillo is an important plaza for the Jalisco New Generation Cartel, the CJNG. It has a \
port. Everything we know says the CJNG dominates the city, and has done for years.
"""


def test_everything_the_speaker_knows_is_the_speakers_word(extractor: Any) -> None:
    chains = {s.sources for s in said(extractor, TRANSCRIPT) if s.predicate == "operates_in"
              and "Everything" in s.claim.evidence.quote}
    assert chains == {("article", "Ana Ruiz")}, chains


TRANSLATED = """NOTICIAS DEL PUERTO, EVENING EDITION
Transcript prepared by a monitoring service. English translation of the Spanish broadcast.

ANCHOR (Lucía Prado): Good evening. Gunmen attacked a bar in Manzanillo last night.

ANCHOR: President Andrés Manuel López Obrador spoke about the case this morning. He said the federal government \
would support the state.
"""


def test_the_language_of_a_broadcast_is_no_country(extractor: Any) -> None:
    offices = {s.object for s in said(extractor, TRANSLATED) if s.predicate == "official_of"}
    assert "Spain" not in offices and "United Kingdom" not in offices, offices


def _leaders(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "leader_of"}


@pytest.mark.parametrize("text", [
    "Police arrested members of a faction of the Gulf Cartel led by Julio Ramírez Soto.",
    "The army dismantled a Sinaloa Cartel cell commanded by Rubén Osuna Lira.",
    "Marines captured three men from an armed wing of the Gulf Cartel headed by Julio Ramírez Soto.",
])
def test_who_leads_a_part_of_a_group_does_not_lead_the_group(extractor: Any, text: str) -> None:
    assert not {group for _, group in _leaders(extractor, text)} & {"Gulf Cartel", "Sinaloa Cartel"}


@pytest.mark.parametrize("text", [
    "The Gulf Cartel, led by Julio Ramírez Soto, fought the Zetas.",
    "Members of the Gulf Cartel led by Julio Ramírez Soto were arrested.",
])
def test_who_leads_the_group_named_still_leads_it(extractor: Any, text: str) -> None:
    assert ("Julio Ramírez Soto", "Gulf Cartel") in _leaders(extractor, text)
