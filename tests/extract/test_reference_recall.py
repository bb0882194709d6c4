"""References read back further or more surely (session 12): each mechanism with a case it now reads and a
near case it must still read otherwise. Paragraphs written for this test, with invented groups and people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every positive claim."""
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text) if s.polarity == "positive"}


OPENING = ("The Cártel de Ostuacán moves cocaine through the Soconusco region. "
           "It has a presence in Tapachula and Huixtla. ")
COAST = "On the coast, the network is believed to have worked with the Ruiz family, a clan of smugglers from Escuintla."


def test_a_group_read_back_as_a_subject_is_not_new_by_that_reading(extractor: Any) -> None:
    # Los Pelícanos is named inside a phrase ('dealt with X'); 'that organisation' reads it back as the
    # subject of a clause, which does not make it the group the text has just introduced
    found = claims(extractor, OPENING + "Police files suggest that the group also dealt with Los Pelícanos after "
                                        "that organisation expanded into Chiapas around 2015. " + COAST)
    assert ("Cártel de Ostuacán", "ally_of", "Ruiz family") in found
    assert ("Los Pelícanos", "ally_of", "Ruiz family") not in found


def test_a_group_named_as_a_subject_just_before_still_takes_the_description(extractor: Any) -> None:
    found = claims(extractor, "The Cártel de Ostuacán moves cocaine through the Soconusco region. Los Pelícanos, "
                              "a gang from Veracruz, expanded into Chiapas around 2015. " + COAST)
    assert ("Los Pelícanos", "ally_of", "Ruiz family") in found
    assert ("Cártel de Ostuacán", "ally_of", "Ruiz family") not in found


COLLECTOR = 'Ulises Vidal Nava, alias "Chato", would act as collector for the same structure and would visit the shops.'


def test_the_same_structure_is_the_one_group_named_just_before(extractor: Any) -> None:
    found = claims(extractor, 'Prosecutors said Ramiro Cota Fuentes, alias "El Zurdo", was the financial head of '
                              "Los Pumas in the Soconusco region. " + COLLECTOR)
    assert ("Ulises Vidal Nava", "member_of", "Los Pumas") in found


def test_the_same_structure_after_two_groups_or_shared_by_two_is_not_read(extractor: Any) -> None:
    found = claims(extractor, 'Prosecutors said Ramiro Cota Fuentes, alias "El Zurdo", financed Los Pumas and paid '
                              "Los Jaguares in the Soconusco region. " + COLLECTOR)
    assert not {c for c in found if c[0] == "Ulises Vidal Nava"}  # which of the two?
    found = claims(extractor, "Los Pumas and Los Jaguares fight for the port of Tapachula. Both gangs grew out of "
                              "the same organisation, prosecutors say.")
    assert not {c for c in found if c[1] == "faction_of"}  # one they share, not either of them


def frame_of(extractor: Any, text: str) -> Any:
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.rules.coref import references, resolve
    from testigo.model import Document

    doc = extractor.nlp(text)
    frame = Frame.make(Document.make(text, "test.txt"), doc, resolve_entities(doc, extractor.kb), extractor.kb)
    frame.coref, frame.resolver = references(frame), resolve
    return frame


def read_as(extractor: Any, text: str, word: str) -> str | None:
    frame = frame_of(extractor, text)
    ref = frame.ref([t for t in frame.doc if t.text == word][-1], "criminal_group")
    return None if ref is None else frame.ents.entities[ref.entity_id].name


TOPIC = ("Los Pumas control the port of Tapachula. Los Pumas were founded in 2009 by two brothers from Huixtla. "
         "In 2016 they clashed with Los Jaguares over the border crossings. Prosecutors opened a case in May. "
         "Three officers were suspended. A judge in Tuxtla later described the organisation as a family business.")


def test_a_description_far_from_any_group_is_the_group_the_text_names_most(extractor: Any) -> None:
    assert read_as(extractor, TOPIC, "organisation") == "Los Pumas"


def test_a_description_far_from_groups_named_as_often_is_not_read(extractor: Any) -> None:
    tied = TOPIC.replace("Los Pumas were founded", "Los Jaguares were founded")
    tied = tied.replace("they clashed", "Los Pumas clashed")
    assert read_as(extractor, tied, "organisation") is None  # Los Pumas and Los Jaguares, twice each
    part = TOPIC.replace("described the organisation", "described the faction")
    assert read_as(extractor, part, "faction") is None  # a part of the group, or another: only with its group near


NAMED = ('On Wednesday, Governor Ana Ruiz named a man. '
         'According to the governor, one of those responsible was Ricardo "N". ')


def test_this_same_man_is_the_one_person_named_just_before(extractor: Any) -> None:
    found = said(extractor, NAMED + "The governor said that this same man had been detained in July.")
    assert any(s.subject == 'Ricardo "N"' and s.predicate == "arrested" for s in found)


def test_this_same_man_after_two_people_is_not_read(extractor: Any) -> None:
    two = NAMED.replace('was Ricardo "N"', 'were Ricardo "N" and Pablo Vera')
    found = said(extractor, two + "The governor said that this same man had been detained in July.")
    assert not any(s.predicate == "arrested" for s in found)  # which of the two?


def test_their_leader_after_people_say_of_a_group_is_the_group(extractor: Any) -> None:
    # 'prosecutors' are a plural subject, but a gang's head ('their leader') is the group's, the one named as
    # the sentence's argument (not the one inside its phrase, 'answering to Los Tiburones')
    found = claims(extractor, "Prosecutors in Chile describe Los Gallegos as a cell answering to Los Tiburones in "
                              "Arica. Their suspected leader, a Venezuelan known as \"El Turco\", is in prison.")
    assert ("El Turco", "leader_of", "Los Gallegos") in found
    assert ("El Turco", "leader_of", "Los Tiburones") not in found


def test_their_boss_after_people_or_their_leader_after_two_groups_is_not_read(extractor: Any) -> None:
    found = claims(extractor, "Prosecutors in Chile say Los Gallegos sold cocaine in Arica. Their boss, Ana Ruiz, "
                              "said the case was weak.")
    assert not {c for c in found if c[0] == "Ana Ruiz"}  # the prosecutors' boss, as likely
    found = claims(extractor, "Prosecutors in Chile say Los Gallegos fought Los Tiburones in Arica. Their leader, "
                              "Ana Ruiz, is in prison.")
    assert not {c for c in found if c[0] == "Ana Ruiz" and c[1] != "arrested"}  # which of the two? (her being
    # in prison is an arrest: tests/extract/test_events21.py)


SHOT = ("When the gunfire stopped, 19-year-old Iván Soto Pérez was lying on the pavement outside a shop. "
        "He died before the ambulance arrived. ")


def test_the_young_man_is_the_one_person_the_sentences_before_were_about(extractor: Any) -> None:
    found = claims(extractor, SHOT + "Police believe the young man was killed by members of Los Pumas.")
    assert ("Iván Soto Pérez", "killed", "Los Pumas") in found


def test_the_man_after_two_people_or_a_described_man_is_not_read(extractor: Any) -> None:
    two = SHOT.replace("was lying", "and Pablo Vera Cruz were lying").replace("He died", "Both died")
    found = claims(extractor, two + "Police believe the young man was killed by members of Los Pumas.")
    assert not {c for c in found if c[1] == "killed"}  # which of them?
    found = claims(extractor, SHOT + "Police believe the man in the red car was killed by members of Los Pumas.")
    assert not {c for c in found if c[1] == "killed"}  # a man the phrase itself describes


def test_the_group_after_x_a_cartel_that_is_x(extractor: Any) -> None:
    # any group's noun in an apposition renames its name: 'the group' is the one just presented as 'a cartel'
    found = claims(extractor, "Los Pumas were added to a terrorist list last month. Few people had heard of Los Pumas. "
                              "Its roots lie in Los Halcones, a quasi-religious cartel that dominated Colima in the "
                              "2000s. In 2010 the group's spiritual leader, Ramón Díaz Vega, was killed by soldiers.")
    assert ("Ramón Díaz Vega", "leader_of", "Los Halcones") in found
    assert ("Ramón Díaz Vega", "leader_of", "Los Pumas") not in found


def test_the_cartel_inside_the_apposition_itself_is_another_group(extractor: Any) -> None:
    text = ("The Cártel de Manzanillo rules the port of Manzanillo. Its enforcers came from Los Halcones, a group of "
            "former police officers that worked for the cartel in Colima.")
    assert read_as(extractor, text, "cartel") != "Los Halcones"


RAN = "Ramón Díaz Vega ran Los Pumas for a decade. His private life was guarded as closely as his business. "


def test_his_is_not_a_person_named_inside_the_phrase_it_describes(extractor: Any) -> None:
    found = claims(extractor, RAN + "Local media have described Ana Ruiz Soto, the young wife of Pablo Vera Cruz, "
                                    "as his niece.")
    assert ("Ana Ruiz Soto", "relative_of", "Ramón Díaz Vega") in found
    assert ("Ana Ruiz Soto", "relative_of", "Pablo Vera Cruz") not in found


def test_his_is_still_the_subject_that_describes(extractor: Any) -> None:
    found = claims(extractor, RAN + "In an interview, Pablo Vera Cruz described Ana Ruiz Soto as his niece.")
    assert ("Ana Ruiz Soto", "relative_of", "Pablo Vera Cruz") in found
