"""The coreference layer (rules/coref.py): a pronoun or a group description read back to the entity it
stands for, as an end every rule sees; plural descriptions of a pair ('these enemies', 'both groups').
Paragraphs written for this test, with invented gangs and people."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.entities import Resolved, resolve_entities
from testigo.extract.frame import Frame
from testigo.extract.rules.coref import references, resolve
from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every positive claim."""
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text) if s.polarity == "positive"}


def frame_of(extractor: Any, text: str) -> Frame:
    doc = extractor.nlp(text)
    frame = Frame.make(Document.make(text, "test.txt"), doc, resolve_entities(doc, extractor.kb), extractor.kb)
    frame.coref, frame.resolver = references(frame), resolve
    return frame


def word(frame: Frame, text: str, nth: int = 0) -> Any:
    return [t for t in frame.doc if t.text == text][nth]


def test_the_gang_is_read_back_for_every_rule_and_names_stay_names(extractor: Any) -> None:
    frame = frame_of(extractor, "Los Pumas control the port of Tepic. Since 2017 the gang has fought Los Jaguares.")
    gang = word(frame, "gang")
    ref = frame.ref(gang, "criminal_group")
    assert isinstance(ref, Resolved)
    assert frame.ents.entities[ref.entity_id].name == "Los Pumas"
    assert ref.span.start == gang.i  # the reference is the word itself
    assert frame.name(gang) is None  # a rule asking for a name still finds none there


def test_words_that_are_not_read_back(extractor: Any) -> None:
    frame = frame_of(extractor, "Los Pumas control the port of Tepic. A gang from Colima and the local gang "
                                "clashed. \"The gang is finished,\" a prosecutor said. The group itself denied it.")
    marked = {frame.doc[i].text for i in frame.coref}
    assert "gang" not in {frame.doc[i].text for i in frame.coref if frame.doc[i].sent.start == word(frame, "A").i}
    assert word(frame, "gang", 2).i not in frame.coref  # inside a quotation
    assert "itself" not in marked


def test_an_unclear_antecedent_is_not_read(extractor: Any) -> None:
    frame = frame_of(extractor, "In 2019 the port passed from Los Pumas to Los Jaguares after a long war. "
                                "Prosecutors say the organisation paid the navy.")
    assert frame.ref(word(frame, "organisation")) is None  # two groups, neither of them a subject


def test_a_named_far_back_group_is_not_an_end(extractor: Any) -> None:
    frame = frame_of(extractor, "Los Pumas control the port of Tepic. Fishermen left the coast in May. "
                                "Hotels closed. Tourism fell by half. Prices rose. It bought a ferry company.")
    assert frame.ref(word(frame, "It")) is None


def test_a_group_named_for_its_place_is_an_end_of_the_fallback(extractor: Any) -> None:
    found = claims(extractor, "The Cártel de Tepic runs the port. Los Pumas dominate the hills. A researcher said "
                              "Los Pumas and the Tepic group are allies of convenience.")
    assert ("Los Pumas", "ally_of", "Cártel de Tepic") in found or ("Cártel de Tepic", "ally_of", "Los Pumas") in found


def test_its_lieutenants(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas grew out of a prison gang in Colima in 2006. Rigoberto Salas Mora and "
                              "Ernesto Vidal Ortiz were among its senior lieutenants.")
    assert ("Rigoberto Salas Mora", "member_of", "Los Pumas") in found
    assert ("Ernesto Vidal Ortiz", "member_of", "Los Pumas") in found


def test_it_after_an_unnamed_subject_is_that_subject(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas control the port of Tepic. Rigoberto Salas headed a criminal cell in "
                              "Nayarit. This cell is one of the armed wings of the organisation, and it "
                              "maintains a dispute with Los Jaguares.")
    assert not any(c[1] == "rival_of" and "Los Pumas" in (c[0], c[2]) for c in found)  # the cell Salas headed
    assert ("criminal cell headed by Rigoberto Salas", "rival_of", "Los Jaguares") in found


def test_it_after_a_named_subject(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas control the port of Tepic. The gang is small, and it maintains a "
                              "dispute with Los Jaguares.")
    assert ("Los Pumas", "rival_of", "Los Jaguares") in found


def test_these_enemies_after_a_pair(extractor: Any) -> None:
    found = claims(extractor, "Changes in the last six months\n- Los Pumas and Los Jaguares in the Huasteca: these "
                              "long-standing enemies appear to have reached a truce in late 2024.")
    assert ("Los Pumas", "rival_of", "Los Jaguares") in found or ("Los Jaguares", "rival_of", "Los Pumas") in found


def test_the_two_rivals(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas and Los Jaguares signed a truce in 2020. The two rivals now share the port.")
    assert ("Los Pumas", "rival_of", "Los Jaguares") in found or ("Los Jaguares", "rival_of", "Los Pumas") in found


def test_rivals_of_one_group_are_no_pair(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas control the port of Tepic. Los Linces work the hills. Police said two "
                              "rivals of Los Pumas were killed on Monday, and its rivals blamed the army.")
    assert not any(c[1] == "rival_of" and "Los Linces" in c for c in found)


def test_both_groups_after_an_alliance_said_in_passing(extractor: Any) -> None:
    found = claims(extractor, "The same source said that Los Pumas would operate as a cell at the service of the "
                              "Sinaloa Cartel, in alliance with Los Linces. Both groups would be at war with "
                              "Los Jaguares.")
    assert ("Los Pumas", "rival_of", "Los Jaguares") in found
    assert ("Los Linces", "rival_of", "Los Jaguares") in found
    assert ("Sinaloa Cartel", "rival_of", "Los Jaguares") not in found


def test_both_groups_after_a_sentence_of_several_ties_stays_silent(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas are a cell of the Sinaloa Cartel and an ally of Los Linces. "
                              "Both groups would be at war with Los Jaguares.")
    assert not any(c[1] == "rival_of" and c[2] == "Los Jaguares" for c in found)


def test_the_cartel_is_the_group_called_a_cartel(extractor: Any) -> None:
    frame = frame_of(extractor, "Los Pumas fought the Sinaloa Cartel in Tepic in 2019. The cartel later moved north.")
    ref = frame.ref(word(frame, "cartel"))
    assert ref is not None and frame.ents.entities[ref.entity_id].name == "Sinaloa Cartel"


def test_a_refused_rule_takes_no_end_read_back(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas control the port of Tepic. The faction is believed to buy precursor "
                              "chemicals from suppliers in China and to press pills in laboratories in Nayarit.")
    assert not any(c[1] == "traffics" for c in found)
