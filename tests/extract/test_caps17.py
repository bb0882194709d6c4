"""Text written in capitals (cables, telex bulletins, translated army notes, headlines) is parsed from a
re-cased copy of the same length (extract/recase.py), and what leaves the extractor shows the original
text. Texts written for these tests, invented names and events."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.recase import Casing, in_capitals, recase
from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model

CABLE = """SUBJECT: SINALOA: POLICE CHIEF DETAINED, LOS MAZATLECOS BLAMED FOR AMBUSH

1. (SBU) SUMMARY: ON JANUARY 14 THE PGR ARRESTED RIGOBERTO ANZURES TELLO, ALIAS "EL CUERVO," THE MUNICIPAL \
POLICE CHIEF OF ESCUINAPA, WHOM FEDERAL PROSECUTORS ACCUSE OF WORKING FOR LOS MAZATLECOS. END SUMMARY.

2. (SBU) BACKGROUND: LOS MAZATLECOS HAVE FOUGHT THE SINALOA CARTEL FOR CONTROL OF SOUTHERN SINALOA SINCE \
2012. THE GROUP IS LED BY FERMIN OLGUERA VIDAL, WHO REPORTEDLY TOOK OVER AFTER THE DEATH OF HIS BROTHER.

3. (C) THE OFFICIAL SAID THE SINALOA CARTEL MAY NOW SEEK AN ALLIANCE WITH THE GULF CARTEL.
"""

NOTE = """INFORMATION NOTE, NINTH MILITARY ZONE, TRANSLATED FROM SPANISH.

SOURCE REPORTS THAT THE CELL MOVES METHAMPHETAMINE AND COCAINE TOWARD LAREDO, TEXAS. BALTAZAR NEQUIZ ORTUNO \
IS THE BROTHER OF JULIO NEQUIZ ORTUNO. TROOPS DETAINED EVERARDO SALMERON CID, ALLEGED FINANCIAL OPERATOR OF \
THE CELL, ON 3 MAY IN SABINAS HIDALGO.
"""

BULLETIN = """MEXICO CITY, 9 OCTOBER (NOTIMEX). THE NAVY CAPTURED LEOPOLDO ARIZMENDI COSS, THE ALLEGED LEADER OF THE \
JALISCO NEW GENERATION CARTEL IN COLIMA, DURING AN OPERATION IN MANZANILLO.

HIS WIFE, ROSAURA LEDEZMA PINTO, WAS ALSO DETAINED.
"""


@pytest.fixture(scope="module")
def casing(extractor: Any) -> Casing:
    return Casing.make(extractor.nlp, extractor.kb)


def recased_line(casing: Casing, line: str) -> str:
    assert in_capitals(line)
    return casing.line(line)


@pytest.mark.parametrize("text", [CABLE, NOTE, BULLETIN])
def test_the_copy_changes_only_the_case(casing: Casing, text: str) -> None:
    copy = recase(text, casing)
    assert len(copy) == len(text) and copy.upper() == text.upper() and copy != text


@pytest.mark.parametrize("text", [
    "The DEA and the FBI said the CJNG and the CDN had fought in Tamaulipas.",
    "SAN DIEGO - The United States Attorney said RAMIRO SOTO VEGA was arraigned.",
    "Officials said the PGR, the SSP and the FGR (the new name of the PGR) would act together.",
])
def test_mixed_case_text_is_left_as_it_is(casing: Casing, text: str) -> None:
    assert recase(text, casing) is text


@pytest.mark.parametrize(("line", "shown"), [
    ("THE PGR ARRESTED RIGOBERTO ANZURES TELLO IN ROSARIO", "Rigoberto Anzures Tello"),  # not English words
    ("TROOPS DETAINED A MAN OF THE GULF CARTEL IN REYNOSA", "Gulf Cartel"),  # a KB name
    ("AGENTS OF THE DEA SAID THE GROUP HAD MOVED", "DEA"),  # a KB acronym
    ("THE AFO, LED BY THE BROTHERS BENJAMIN AND RAMON", "Benjamin"),  # a given name
    ("HE LEADS A CELL FOR LOS MAZATLECOS IN ESCUINAPA", "Los Mazatlecos"),  # an article before a name
    ('THE PGR ARRESTED BALTAZAR NEQUIZ (A) "EL TORDO" IN ANAHUAC', '"El Tordo"'),  # a nickname
    ('POLICE SAID HECTOR "EL GUERO" PALMA WAS AT LARGE', '"El Guero" Palma'),  # quoted beside a name
    ("HIS WIFE, ROSAURA LEDEZMA PINTO, WAS ALSO DETAINED", "Rosaura Ledezma Pinto"),  # a second surname
    ("THE GUNMEN WERE MEMBERS OF THE \"LOGAN\" GANG OF SAN DIEGO", '"Logan" gang'),  # quoted before 'gang'
    ("A TEAM OF THE GULF ORGANIZATION WAS SEEN IN MATAMOROS", "Gulf organization"),  # a KB group's first word
    ("THE OFFICE OF THE PGR (FGR) SAID ON MAY 24 THAT", "(FGR)"),  # a word alone in brackets
    ("THE OFFICE OF THE PGR SAID ON MAY 24 THAT", "May 24"),  # the month beside a number
    ("THE PRESS SAID CARDINAL JUAN POSADAS WAS KILLED", "Cardinal Juan Posadas"),  # a title before a name
    ("[CLIP: EDUARDO SANCHEZ, SECURITY SPOKESMAN]", "Eduardo Sanchez"),  # a surname the tables list
    ("THE GOVERNOR OF JALISCO, JORGE ARISTOTELES SANDOVAL DIAZ, SAID", "Jorge Aristoteles Sandoval Diaz"),
    ("1. (SBU) SUMMARY: ON JANUARY 14 THE PGR SAID", "Summary: On January"),  # a paragraph's label
    ("FISCALIA GENERAL DE LA NACION, PRESS BULLETIN", "Fiscalia General de la Nacion"),  # a Spanish name
])
def test_capitals_are_written_where_english_writes_them(casing: Casing, line: str, shown: str) -> None:
    assert shown in recased_line(casing, line)


@pytest.mark.parametrize(("line", "kept"), [
    ("THE GUNMEN CROSSED THE LINE INTO TEXAS AT NIGHT", "crossed the line into"),  # 'The Line' is a KB gang
    ('THE OFFICIAL SAID FELIX "PROBABLY" APPROVED THE PLAN', '"probably" approved'),  # no nickname
    ("JUAN PEREZ SAID THE GANG HAD MOVED NORTH", "Juan Perez said the gang"),  # a verb after a name
    ("THE OFFICIAL SAID THE ARMY MAY NOW LEAVE THE TOWN", "army may now"),  # 'may' is no month here
    ("GUZMAN GUNMEN ATTACKED THE CLUB IN PUERTO VALLARTA", "Guzman gunmen attacked"),  # no surname after one name
    ("ACCORDING TO GUATEMALAN OFFICIALS, THE TROOPS LEFT", "Guatemalan officials"),  # a demonym starts no name
    ("THE SAID GUZMAN GUNMEN DE LA ROSA FLED", "gunmen de la Rosa"),  # a noun before 'DE': no Spanish name
    ("THE GOVERNOR SAID HE WOULD STAY", "governor said he"),  # a verb after a title
])
def test_common_words_stay_small(casing: Casing, line: str, kept: str) -> None:
    assert kept in recased_line(casing, line)


def claims(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text)}


@pytest.mark.parametrize(("text", "expected"), [
    (CABLE, {("Rigoberto Anzures Tello", "arrested", "Procuraduría General de la República"),
             ("Los Mazatlecos", "rival_of", "Sinaloa Cartel"),
             ("Fermin Olguera Vidal", "leader_of", "Sinaloa Cartel"), ("Sinaloa Cartel", "ally_of", "Gulf Cartel")}),
    (NOTE, {("Baltazar Nequiz Ortuno", "sibling_of", "Julio Nequiz Ortuno"),
            ("Everardo Salmeron Cid", "arrested", "Secretaría de la Defensa Nacional")}),  # troops in a Mexican town
    (BULLETIN, {("Leopoldo Arizmendi Coss", "leader_of", "Jalisco New Generation Cartel"),
                ("Rosaura Ledezma Pinto", "spouse_of", "Leopoldo Arizmendi Coss")}),
])
def test_texts_in_capitals_are_read(extractor: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= claims(extractor, text)


def test_what_leaves_the_extractor_shows_the_original_text(extractor: Any) -> None:
    document = Document.make(CABLE, "cable.txt")
    result = extractor(document)
    assert result.claims and result.mentions
    for claim in result.claims:
        evidence = claim.evidence
        assert evidence.quote == CABLE[evidence.start:evidence.end]
        for date in claim.qualifiers.dates:
            assert date.text in evidence.quote or not date.text
    for mention in result.mentions:
        assert mention.text == CABLE[mention.start:mention.end]
    assert "Rigoberto Anzures Tello" in {e.name for e in result.entities}  # names take the re-cased form


def test_the_same_claims_as_the_mixed_case_twin(extractor: Any) -> None:
    twin = ("The Navy captured Leopoldo Arizmendi Coss, the alleged leader of the Jalisco New Generation Cartel in "
            "Colima, during an operation in Manzanillo.\n\nHis wife, Rosaura Ledezma Pinto, was also detained.\n")
    capitals = BULLETIN.split("\n\n", 1)[0].split(". ", 1)[1]
    capitals = capitals + "\n\n" + BULLETIN.split("\n\n", 1)[1]
    assert claims(extractor, capitals.upper()) - {("Leopoldo Arizmendi Coss", "arrested", "")} \
        >= claims(extractor, twin) - {("Leopoldo Arizmendi Coss", "arrested", "Navy"),
                                      ("Leopoldo Arizmendi Coss", "arrested", "")}


@pytest.mark.parametrize(("text", "led", "not_led"), [
    ("The Tejones Cartel, led by the brothers Abel and Rufino Mora, and the Sinaloa Cartel have been at war "
     "since 2010.", "Tejones Cartel", "Sinaloa Cartel"),
    ("Los Zetas, headed by Heriberto Lazcano, and the Gulf Cartel fought over Reynosa.", "Los Zetas", "Gulf Cartel"),
    ("THE AFO, LED BY THE BROTHERS BENJAMIN AND RAMON ARELLANO FELIX, AND THE GULF CARTEL HAVE BEEN AT WAR "
     "SINCE 1992.", "Tijuana Cartel", "Gulf Cartel"),
])
def test_a_participle_after_the_first_name_of_a_list_is_said_of_it_alone(
        extractor: Any, text: str, led: str, not_led: str) -> None:
    leaders = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "leader_of"}
    assert any(group == led for _, group in leaders)
    assert not any(group == not_led for _, group in leaders)


def test_a_participle_after_the_whole_list_is_said_of_every_name(extractor: Any) -> None:
    text = "The Gulf Cartel and Los Zetas, both led by Osiel Cardenas at the time, were one organisation."
    groups = {s.object for s in said(extractor, text) if s.predicate == "leader_of"}
    assert {"Gulf Cartel", "Los Zetas"} <= groups


TURKISH = """ISTANBUL, 4 MAY. TURKISH POLICE ARRESTED HAKAN DURSUN İNCE, THE ALLEGED LEADER OF THE ŞİŞLİ GANG, \
DURING A RAID IN BEŞİKTAŞ ON TUESDAY.

THE GANG IS ACCUSED OF SMUGGLING HEROIN THROUGH İZMİR.
"""


def test_letters_whose_lower_case_is_longer_keep_every_character_in_its_place(casing: Casing) -> None:
    copy = recase(TURKISH, casing)
    assert len(copy) == len(TURKISH) and copy != TURKISH
    assert all(c == k or c.upper() == k.upper() or c == k.lower()[0] for c, k in zip(copy, TURKISH, strict=True))


def test_what_leaves_the_extractor_from_turkish_capitals_is_the_original_text(extractor: Any) -> None:
    result = extractor(Document.make(TURKISH, "bulletin.txt"))
    assert result.claims and result.mentions
    for claim in result.claims:
        assert claim.evidence.quote == TURKISH[claim.evidence.start:claim.evidence.end]
    texts = {mention.text for mention in result.mentions}
    assert {"HAKAN DURSUN İNCE", "BEŞİKTAŞ", "HEROIN"} <= texts  # not 'EROIN ', cut one character late
    assert "Beşiktaş" in {e.name for e in result.entities}
