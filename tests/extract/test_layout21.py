"""Sources given by the layout, session 21: a hearing's turn labels with titles ('SEN. HOLLOWAY:', 'DEP. ORTEGA (PRI,
Sonora):', 'Mr. Duarte:'), a paragraph that a reporting verb ending the paragraph before it with a colon introduces
('The indictment states:', 'X testified:', 'The banner read:'), and a letters page, where each letter is its
signer's. Texts written for these tests, invented names; each reading is also checked where it must not fire."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.letters import letters
from testigo.extract.quotes import paragraphs
from tests.extract.readout import said

pytestmark = pytest.mark.model

ARTICLE = ("article",)


def _sources(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {s.sources for s in said(extractor, text) if s.predicate == predicate}


# --- a hearing's record: a turn label with a title speaks, heard once or more ---------------------------------

@pytest.mark.parametrize(("text", "predicate", "speaker"), [
    ("Hearing on border security\n\nThe committee met on Tuesday.\n\nDEP. ORTEGA (PRI, Durango): The Tejones Cartel "
     "is allied with Los Cuervos in the sierra.\n\nDEP. BRAVO (PAN, Sonora): Police arrested Mario Vela, the leader "
     "of Los Halcones, last year.", "ally_of", "DEP. ORTEGA"),
    ("Hearing on border security\n\nDEP. ORTEGA (PRI, Durango): The Tejones Cartel is allied with Los Cuervos.\n\n"
     "DEP. BRAVO (PAN, Sonora): Police arrested Mario Vela, the leader of Los Halcones, last year.",
     "arrested", "DEP. BRAVO"),
    ("Senate hearing transcript\n\nSEN. HOLLOWAY: Is it true that the Tejones Cartel works with Los Cuervos?\n\n"
     "MR. DUARTE: Yes. The Tejones Cartel is allied with Los Cuervos.\n\nSEN. HOLLOWAY: Thank you.",
     "ally_of", "MR. DUARTE"),
    ("Committee hearing\n\nSen. Holloway: Who runs the border crossings?\n\nMr. Duarte: Los Halcones are allied "
     "with the Tejones Cartel.\n\nSen. Holloway: And their leader?\n\nMr. Duarte: Mario Vela leads Los Halcones.",
     "leader_of", "Duarte"),
    ("Hearing record\n\nCHAIRWOMAN LINDQVIST: The witness may proceed.\n\nDIRECTOR ABARCA: Los Cuervos are allied "
     "with the Tejones Cartel.", "ally_of", "DIRECTOR ABARCA"),
])
def test_a_hearing_s_titled_turn_labels_name_the_speaker(extractor: Any, text: str, predicate: str,
                                                          speaker: str) -> None:
    assert _sources(extractor, text, predicate) == {("article", speaker)}


def test_one_titled_label_is_no_hearing(extractor: Any) -> None:
    text = ("Profiles\n\nGov. Ortega: Los Halcones are allied with the Tejones Cartel, analysts say.\n\n"
            "Mario Vela is the leader of Los Halcones.")
    assert _sources(extractor, text, "leader_of") == {ARTICLE}


# --- a reporting verb and a colon closing a paragraph: the next paragraph is the speaker's ------------------------

@pytest.mark.parametrize(("text", "predicate", "speaker"), [
    ("Gang leaders charged\n\nFederal prosecutors unsealed charges on Monday against eleven men.\n\nThe indictment "
     "states:\n\nMario Vela is the leader of Los Halcones. Los Halcones are allied with the Tejones Cartel.",
     "ally_of", "indictment"),
    ("Trial notes\n\nUnder cross-examination, Rubén Solano testified:\n\nMario Vela was the leader of Los Halcones.",
     "leader_of", "Rubén Solano"),
    ("The ruling\n\nIn its ruling, the court found:\n\nMario Vela was the leader of Los Halcones.", "leader_of",
     "court"),
    ("Filing\n\nIn the filing, prosecutors wrote:\n\nLos Halcones are allied with the Tejones Cartel.", "ally_of",
     "prosecutors"),
    ("Ruling\n\nJudge Irene Salas wrote:\n\nLos Halcones were allied with the Tejones Cartel for years.", "ally_of",
     "Irene Salas"),
    ("News\n\nProsecutors said on Monday that the case was strong, and added:\n\nMario Vela is the leader of Los "
     "Halcones.", "leader_of", "Prosecutors"),
    ("Charges\n\nThe indictment reads, in part:\n\nMario Vela was the leader of Los Halcones.", "leader_of",
     "indictment"),
    ("Message left\n\nThe banner read:\n\nLos Halcones are allied with the Tejones Cartel.", "ally_of", "banner"),
    ("Statement\n\nThe attorney general's office said in a statement on Monday:\n\n\"Mario Vela is the leader of "
     "Los Halcones. He was arrested in Sonora.\"\n\nThe statement did not say where he is held.", "leader_of",
     "attorney general's office"),
])
def test_a_colon_closing_a_reporting_paragraph_gives_the_next_to_its_speaker(extractor: Any, text: str,
                                                                              predicate: str, speaker: str) -> None:
    assert {chain[-1].lower() for chain in _sources(extractor, text, predicate)} == {speaker.lower()}


@pytest.mark.parametrize("text", [
    "News\n\nHere is what we know:\n\nMario Vela is the leader of Los Halcones.",
    "News\n\nPolice arrested three men on Friday. The background:\n\nMario Vela is the leader of Los Halcones.",
    "News\n\nThe mayor said the town was calm.\n\nMario Vela is the leader of Los Halcones.",
    "News\n\nThe mayor said that the town was calm:\n\nMario Vela is the leader of Los Halcones.",
    "News\n\nThe prisoner read:\n\nMario Vela is the leader of Los Halcones.",
])
def test_no_reporting_verb_or_one_with_its_own_clause_leaves_the_paragraph_to_the_article(extractor: Any,
                                                                                          text: str) -> None:
    assert _sources(extractor, text, "leader_of") == {ARTICLE}


def test_the_paragraph_after_the_introduced_one_is_the_article_s(extractor: Any) -> None:
    text = ("Charged\n\nThe indictment states:\n\nMario Vela is the leader of Los Halcones.\n\n"
            "Police arrested Vela in Texas in May.")
    assert _sources(extractor, text, "arrested") == {ARTICLE}


# --- letters to the editor: a letter is its signer's --------------------------------------------------------------

LETTERS = ("Letters to the editor\n\nThe cartel is winning\n\nYour report last week missed the point. Mario Vela is "
           "the leader of Los Halcones, and everyone in town knows it.\n\n— Marta Ibarra, Hermosillo\n\nMore police is "
           "not the answer\n\nThe police arrested Tomás Rey last month and nothing changed.\n\nJulián Pardo\n"
           "Ciudad Obregón\n\nEditor's note: Los Halcones are allied with the Tejones Cartel, according to our "
           "reporting.")


def test_each_letter_is_its_signer_s(extractor: Any) -> None:
    assert _sources(extractor, LETTERS, "leader_of") == {("article", "Marta Ibarra")}
    assert _sources(extractor, LETTERS, "arrested") == {("article", "Julián Pardo")}


def test_an_editor_s_note_after_the_letters_is_the_paper_s(extractor: Any) -> None:
    assert ("article", "Marta Ibarra") not in _sources(extractor, LETTERS, "ally_of")
    assert ("article", "Julián Pardo") not in _sources(extractor, LETTERS, "ally_of")


@pytest.mark.parametrize(("text", "predicate", "writer"), [
    ("Letters to the editor\n\nMario Vela is the leader of Los Halcones, and the police know it.\n\n"
     "Marta Ibarra, Hermosillo, Sonora", "leader_of", "Marta Ibarra"),
    ("LETTERS\n\nA reader writes from the university\n\nLos Halcones are allied with the Tejones Cartel.\n\n"
     "Prof. Harold Menke\nDepartment of History, Northern University", "ally_of", "Harold Menke"),
])
def test_a_signature_with_a_place_or_a_title(extractor: Any, text: str, predicate: str, writer: str) -> None:
    assert {chain[-1] for chain in _sources(extractor, text, predicate)} == {writer}


@pytest.mark.parametrize("text", [
    # the page's introduction, before the first letter
    "Letters to the editor\n\nMario Vela, the leader of Los Halcones, was arrested last week. Readers wrote to us."
    "\n\n---\n\nThe police should be thanked.\n\nMarta Ibarra, Hermosillo",
    # no letters page: a caption with a name alone
    "Cartel boss held\n\nPolice arrested Mario Vela, the leader of Los Halcones, on Friday.\n\nMario Vela\n\n"
    "The arrest came after a long search.",
    # a news story about letters
    "Letters from prison reveal gang's plans\n\nMario Vela, the leader of Los Halcones, wrote to his brother from "
    "prison.\n\nTomás Vela\n\nThe letters were seized by guards.",
])
def test_no_letter_outside_a_letters_page_s_letters(extractor: Any, text: str) -> None:
    assert _sources(extractor, text, "leader_of") == {ARTICLE}


def test_a_name_withheld_signs_for_no_one_named(nlp: Any) -> None:
    text = "Letters to the editor\n\nI served under him.\n\nName withheld at the writer's request\nMexico City"
    found = letters(text, paragraphs(text), [])
    assert [(text[f.start:f.end], f.writer_start) for f in found] == [("I served under him.", None)]


# --- a fact-check: the claim it checks is the claimant's ---------------------------------------------------------

@pytest.mark.parametrize(("text", "predicate"), [
    ("Fact check\n\nClaim: Mario Vela is the leader of Los Halcones.\n\nVerdict: False.", "leader_of"),
    ("FACT CHECK\n\nCLAIM 2: Los Cuervos are allied with the Tejones Cartel. FALSE.\n\nThe two gangs have fought "
     "since 2019.", "ally_of"),
])
def test_a_claim_label_gives_its_paragraph_to_an_unnamed_claimant(extractor: Any, text: str, predicate: str) -> None:
    assert _sources(extractor, text, predicate) == {("article", "unnamed reports")}


def test_the_verdict_after_a_claim_is_the_article_s(extractor: Any) -> None:
    text = ("Fact check\n\nClaim: Mario Vela is the leader of Los Halcones.\n\nVerdict: False. Police records show "
            "Tomás Rey leads Los Halcones.")
    assert {s.sources for s in said(extractor, text) if s.subject == "Tomás Rey"} == {ARTICLE}


def test_a_sentence_opening_with_claims_is_no_label(extractor: Any) -> None:
    text = "News\n\nClaims about the port grew.\n\nMario Vela is the leader of Los Halcones."
    assert _sources(extractor, text, "leader_of") == {ARTICLE}


def test_a_noun_and_claims_read_as_one_noun_is_a_subject_and_its_verb(extractor: Any) -> None:
    text = "Fact check\n\nA viral video claims that Los Cuervos are allied with the Tejones Cartel."
    assert _sources(extractor, text, "ally_of") == {("article", "A viral video")}


# --- 'X alleges the following: A, and B': both clauses after the colon are X's ------------------------------------

def test_both_clauses_after_a_reporting_colon_are_the_speaker_s(extractor: Any) -> None:
    text = ("The criminal complaint alleges the following: Mario Vela is the leader of Los Halcones, and Los Halcones "
            "are allied with the Tejones Cartel.")
    assert _sources(extractor, text, "leader_of") == {("article", "complaint")}
    assert _sources(extractor, text, "ally_of") == {("article", "complaint")}


def test_a_clause_after_a_semicolon_stays_the_article_s(extractor: Any) -> None:
    text = ("The criminal complaint alleges the following: Mario Vela is the leader of Los Halcones; the police "
            "arrested him on Monday.")
    assert _sources(extractor, text, "arrested") == {ARTICLE}
