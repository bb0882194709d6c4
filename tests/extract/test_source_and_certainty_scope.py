"""How far a source, a hedge or a date reaches (attribution.py, modality.py, date_anaphora.py): a lead-in
paragraph ending in a colon, the hearsay 'would' of translated reporting, a brief's confidence labels,
'reporting suggests an alliance', 'was told that', "no evidence" that, and 'since then'. Sentences
written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model

Read = set[tuple[str, str, str, str, str, tuple[str, ...]]]


def read(extractor: Any, text: str, predicate: str) -> Read:
    """(subject, predicate, object, certainty, polarity, sources) of each claim of ``predicate``."""
    return {(s.subject, s.predicate, s.object, s.certainty, s.polarity, s.sources)
            for s in said(extractor, text) if s.predicate == predicate}


def certainty(extractor: Any, text: str, predicate: str) -> set[str]:
    return {r[3] for r in read(extractor, text, predicate)}


# --- a paragraph that is only a lead-in ending in ':'

LEAD_IN = """Prosecutors announced charges against three men on Tuesday.

According to the allegations contained in the Complaint:

Los Cuervos are a faction of the Tejones Cartel. They have fought the Halcones Cartel since 2022.

The Halcones Cartel, a rival of the Tejones Cartel, controls the port of Puerto Lobos.

Mateo Salgado Ruiz and Pablo Ordaz Rico are each charged with one count of conspiracy.

Mateo Salgado Ruiz was arrested by the Federal Police in 2023.
"""


def test_a_lead_in_paragraph_speaks_for_the_paragraphs_after_it(extractor: Any) -> None:
    faction = read(extractor, LEAD_IN, "faction_of")
    assert {(s, o, src[-1]) for s, _, o, _, _, src in faction} == {("Los Cuervos", "Tejones Cartel", "Complaint")}
    rivals = {(s, o, src) for s, _, o, _, _, src in read(extractor, LEAD_IN, "rival_of")}
    assert ("Halcones Cartel", "Tejones Cartel", ("article", "Complaint")) in rivals \
        or ("Tejones Cartel", "Halcones Cartel", ("article", "Complaint")) in rivals  # the apposition too


def test_a_lead_in_ends_at_the_charges(extractor: Any) -> None:
    arrests = read(extractor, LEAD_IN, "arrested")
    assert arrests and all(src == ("article",) for *_, src in arrests)


def test_a_lead_in_inside_a_paragraph_keeps_to_its_sentence(extractor: Any) -> None:
    text = ("According to the Complaint, Los Cuervos are a faction of the Tejones Cartel.\n\n"
            "Los Halcones are a faction of the Tejones Cartel.\n")
    found = {(s, src) for s, _, _, _, _, src in read(extractor, text, "faction_of")}
    assert found == {("Los Cuervos", ("article", "Complaint")), ("Los Halcones", ("article",))}


# --- the hearsay 'would' of translated reporting

def test_hearsay_would_in_what_a_source_explains_reaches_the_phrase(extractor: Any) -> None:
    text = ("The same source explained that Los Cuervos would operate as a cell of the Tejones Cartel, "
            "in alliance with Los Halcones.")
    assert certainty(extractor, text, "ally_of") == {"probable"}
    assert certainty(extractor, text, "faction_of") == {"probable"}


def test_hearsay_would_of_a_relative_clause(extractor: Any) -> None:
    text = "Los Halcones, the gang that would act as the armed wing of the Tejones Cartel, attacked the prison."
    assert certainty(extractor, text, "faction_of") == {"probable"}


def test_would_of_a_condition_and_of_a_narrative(extractor: Any) -> None:
    text = "The Tejones Cartel would fight Los Cuervos if they entered Puerto Lobos."
    assert certainty(extractor, text, "rival_of") == {"possible"}
    text = "Los Cuervos would later fight the Tejones Cartel for the port."
    assert certainty(extractor, text, "rival_of") == {"certain"}


def test_a_modal_of_the_verb_reaches_its_phrase_a_plain_verb_does_not(extractor: Any) -> None:
    assert certainty(extractor, "Los Cuervos may operate in alliance with Los Halcones.", "ally_of") == {"possible"}
    assert certainty(extractor, "Los Cuervos operate in alliance with Los Halcones.", "ally_of") == {"certain"}


# --- confidence labels of analytic briefs

def test_confidence_labels_give_the_certainty_of_their_clause(extractor: Any) -> None:
    text = ("The Tejones Cartel controls drug sales in Puerto Lobos (moderate confidence), but Los Cuervos "
            "continue to operate in Villa Seca (low confidence).")
    found = {(s, o, c) for s, _, o, c, _, _ in read(extractor, text, "operates_in")}
    assert found == {("Tejones Cartel", "Puerto Lobos", "probable"), ("Los Cuervos", "Villa Seca", "possible")}
    text = "Los Cuervos control drug sales in Puerto Lobos (high confidence)."
    assert certainty(extractor, text, "operates_in") == {"certain"}


def test_an_analysts_assessment_is_probable_unless_its_confidence_is_high(extractor: Any) -> None:
    assert certainty(extractor, "We assess that Los Cuervos operate in Puerto Lobos.", "operates_in") == {"probable"}
    assert certainty(extractor, "We judge that Los Cuervos are allied with Los Halcones.", "ally_of") == {"probable"}
    text = "We assess with high confidence that Los Cuervos operate in Puerto Lobos."
    assert certainty(extractor, text, "operates_in") == {"certain"}


def test_a_label_does_not_reach_a_description_in_passing(extractor: Any) -> None:
    text = ("We assess with low confidence that Los Cuervos, the cell led by Mateo Salgado Ruiz, "
            "fought Los Halcones in May.")
    assert certainty(extractor, text, "leader_of") == {"certain"}


def test_a_label_is_no_part_of_a_speaker(extractor: Any) -> None:
    text = "Los Cuervos are led by Mateo Salgado Ruiz, according to state authorities (high confidence)."
    assert {src[-1] for *_, src in read(extractor, text, "leader_of")} == {"state authorities"}


# --- evidential verbs, hearsay passives, denied evidence

def test_reporting_that_suggests_an_alliance(extractor: Any) -> None:
    text = "Reporting from federal sources suggests an alliance between Los Cuervos and the Tejones Cartel."
    found = read(extractor, text, "ally_of")
    assert {(c, src) for *_, c, _, src in found} == {("probable", ("article", "Reporting from federal sources"))}


def test_being_told_is_hearsay(extractor: Any) -> None:
    text = "He said he was told at the time that gunmen of the Tejones Cartel had killed Mateo Salgado Ruiz."
    assert certainty(extractor, text, "killed") == {"probable"}


def test_no_evidence_that_in_quote_marks(extractor: Any) -> None:
    text = 'The city had found "no evidence" that the Tejones Cartel operates in Puerto Lobos.'
    assert {p for *_, p, _ in read(extractor, text, "operates_in")} == {"negative"}


def test_a_relative_that_is_no_complement(extractor: Any) -> None:
    text = ("Mateo Salgado Ruiz is also accused of a 2022 murder that prosecutors said he carried out as a "
            "hitman for the Tejones Cartel.")
    found = read(extractor, text, "member_of")
    assert {(c, src[-1]) for *_, c, _, src in found} == {("certain", "prosecutors")}


# --- 'since then'

def test_since_then_takes_the_date_before_it(extractor: Any) -> None:
    text = ("Los Cuervos broke with the Tejones Cartel in 2019. Since then Los Cuervos have fought the "
            "Halcones Cartel.")
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    dates = {d.value for c in result.claims if c.predicate == "rival_of"
             and "Halcones Cartel" in (names.get(c.subject_id), names.get(c.object_id or ""))
             for d in c.qualifiers.dates}
    assert dates == {"2019"}


# --- time clauses, contact clauses, other accounts' dates

def test_a_time_clause_keeps_its_fact_out_of_the_main_hedge(extractor: Any) -> None:
    text = ("Mateo Salgado Ruiz is believed to have taken control of Los Cuervos after its founder, "
            "Pablo Ordaz Rico, was killed by marines.")
    assert certainty(extractor, text, "killed") == {"certain"}
    assert certainty(extractor, text, "leader_of") == {"probable"}
    text = "Los Cuervos may have grown stronger after the Tejones Cartel attacked Los Halcones."
    assert {(c, p) for *_, c, p, _ in read(extractor, text, "rival_of")} == {("certain", "positive")}


def test_the_speaker_of_a_contact_clause_is_its_noun(extractor: Any) -> None:
    text = "Several of the state officials I spoke to said the Tejones Cartel controls Puerto Lobos."
    assert {src[-1] for *_, src in read(extractor, text, "operates_in")} == {"Several of the state officials"}


def test_the_date_another_account_gives(extractor: Any) -> None:
    text = ("Mateo Salgado Ruiz was arrested by the Federal Police on 21 June 2011; some accounts give the "
            "date as 22 June.")
    result = extractor(Document.make(text, "test.txt"))
    dates = {d.value for c in result.claims if c.predicate == "arrested" for d in c.qualifiers.dates}
    assert dates == {"2011-06-21", "2011-06-22"}
    text = "Mateo Salgado Ruiz was arrested by the Federal Police on 21 June 2011; his lawyer gave a statement."
    result = extractor(Document.make(text, "test.txt"))
    assert {d.value for c in result.claims if c.predicate == "arrested" for d in c.qualifiers.dates} == {"2011-06-21"}


def test_the_following_month_and_a_month_of_that_year(extractor: Any) -> None:
    text = ("Mateo Salgado Ruiz was arrested by soldiers in Puerto Lobos in March 2009 and extradited to the "
            "United States the following February. Pablo Ordaz Rico fled in 2014 and was arrested by the "
            "Federal Police in July of that year.")
    dates = {(s.subject, s.predicate, d) for s in said(extractor, text) if s.predicate in ("arrested", "extradited")
             for d in s.dates}
    assert dates == {("Mateo Salgado Ruiz", "arrested", "2009-03"), ("Mateo Salgado Ruiz", "extradited", "2010-02"),
                     ("Pablo Ordaz Rico", "arrested", "2014-07")}


def test_hearsay_would_goes_on_relaying_the_source_before_it(extractor: Any) -> None:
    text = ("The same source explained that Los Cuervos would operate as a cell of the Tejones Cartel. "
            "Both groups would be at war with Los Halcones.\n\n"
            "A police officer said Los Cuervos work for the Tejones Cartel. Los Cuervos fought Los Halcones in May.")
    found = {(s, o, c, src) for s, _, o, c, _, src in read(extractor, text, "rival_of")}
    assert ("Los Cuervos", "Los Halcones", "probable", ("article", "same source")) in found \
        or ("Los Halcones", "Los Cuervos", "probable", ("article", "same source")) in found
    assert ("Los Cuervos", "Los Halcones", "certain", ("article",)) in found \
        or ("Los Halcones", "Los Cuervos", "certain", ("article",)) in found  # no 'would': the article's


def test_a_would_in_a_new_paragraph_relays_nobody(extractor: Any) -> None:
    text = ("The same source explained that Los Cuervos would operate as a cell of the Tejones Cartel.\n\n"
            "Los Cuervos would be at war with Los Halcones.")
    assert {src for *_, src in read(extractor, text, "rival_of")} == {("article",)}


def test_who_denies_doing_something_is_its_source(extractor: Any) -> None:
    found = read(extractor, "Mateo Salgado Ruiz has denied leading the Tejones Cartel.", "leader_of")
    assert {(p, src) for *_, p, src in found} == {("negative", ("article", "Mateo Salgado Ruiz"))}
    found = read(extractor, "Mateo Salgado Ruiz admitted running the Tejones Cartel for a decade.", "leader_of")
    assert {(p, src) for *_, p, src in found} == {("positive", ("article",))}  # a plea: the article's fact
    found = read(extractor, "Mateo Salgado Ruiz kept running the Tejones Cartel for a decade.", "leader_of")
    assert {(p, src) for *_, p, src in found} == {("positive", ("article",))}


def test_ever_since_at_the_end_of_a_clause(extractor: Any) -> None:
    text = "Los Cuervos broke with the Tejones Cartel in 2019. Los Cuervos have fought the Halcones Cartel ever since."
    result = extractor(Document.make(text, "test.txt"))
    assert {d.value for c in result.claims if c.predicate == "rival_of" for d in c.qualifiers.dates} == {"2019"}


def test_is_alleged_to_goes_on_relaying_the_source_before_it(extractor: Any) -> None:
    text = ("According to the complaint, Mateo Salgado Ruiz led the Tejones Cartel from 2015. Pablo Ordaz Rico "
            "is alleged to have commanded Los Cuervos.")
    found = read(extractor, text, "leader_of")
    assert {(o, c, src[-1]) for _, _, o, c, _, src in found} == {
        ("Tejones Cartel", "certain", "complaint"), ("Los Cuervos", "probable", "complaint")}
    text = ("Mateo Salgado Ruiz led the Tejones Cartel from 2015. Pablo Ordaz Rico is alleged to have commanded "
            "Los Cuervos.")
    assert {src for *_, src in read(extractor, text, "leader_of")} == {("article",)}


TRANSCRIPT = ("ANCHOR: We begin tonight in Puerto Lobos, where the navy has made an arrest.\n\n"
              "CORRESPONDENT: Marines captured a man early this morning on a rural road.\n\n"
              "[CLIP: MATEO SALGADO, NAVY SPOKESMAN]\n"
              "SALGADO (through interpreter): The detainee is Miguel Ortega Ruiz, identified as the leader of the "
              "criminal organisation Los Cuervos.\n[END CLIP]\n\nANCHOR: Thank you.\n")


def test_a_guest_heard_once_in_a_broadcast_transcript_speaks(extractor: Any) -> None:
    assert {src[-1] for *_, src in read(extractor, TRANSCRIPT, "leader_of")} == {"Mateo Salgado"}


def test_a_label_heard_once_outside_a_transcript_is_nobody(extractor: Any) -> None:
    text = ("Summary: Pablo Ordaz Rico is the leader of Los Cuervos.\n\n"
            "Los Cuervos fought the Tejones Cartel in May.")
    assert {src for *_, src in read(extractor, text, "leader_of")} == {("article",)}


def test_where_someone_was_sent(extractor: Any) -> None:
    text = ("Mateo Salgado Ruiz was arrested in Puerto Lobos in 2009 and extradited to Chicago in 2010. "
            "Pablo Ordaz Rico was extradited to the United States in 2017.")
    result = extractor(Document.make(text, "test.txt"))
    places = {c.predicate: set(c.qualifiers.places) for c in result.claims if c.predicate == "extradited"
              and c.qualifiers.dates and c.qualifiers.dates[0].value == "2010"}
    assert places == {"extradited": {"Chicago"}}
    others = [set(c.qualifiers.places) for c in result.claims if c.predicate == "extradited"
              and c.qualifiers.dates and c.qualifiers.dates[0].value == "2017"]
    assert others == [set()]  # a country sent to is the event's 'by', not its place


def test_who_reported_it_is_the_source_not_a_hedge(extractor: Any) -> None:
    text = "Several media outlets reported that Los Cuervos fought the Tejones Cartel."
    assert {(c, src[-1]) for *_, c, _, src in read(extractor, text, "rival_of")} == {
        ("certain", "Several media outlets")}
    assert certainty(extractor, "It was reported that Los Cuervos fought the Tejones Cartel.", "rival_of") == {
        "probable"}
