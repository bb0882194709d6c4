"""Court and police events in the wordings of court reporting, on sentences written for this test
with invented people: sentences that "went to" someone, "received 18 years", acquittals, "Among them
was X" after an event that happened to people not named, an extradition named as a noun, "handed
to C", a police force named by its nationality, a rumoured event denied in the next sentence, and
dates from context ("that January", a date opening the sentence, the day of a verdict).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

VILLEGAS = "Teodoro Villegas Cruz"
IBARRA = "Marcelo Ibarra Sotelo"


def read(extractor: Any, text: str, published: str | None = None) -> list[dict[str, Any]]:
    return [{"subject": s.subject, "predicate": s.predicate, "object": s.object or None, "certainty": s.certainty,
             "polarity": s.polarity, "source": s.sources[-1], "dates": [d.value for d in s.claim.qualifiers.dates],
             "rule": s.rule, "quote": s.claim.evidence.quote} for s in said(extractor, text, published)]


def find(found: list[dict[str, Any]], subject: str, predicate: str, obj: str | None = "") -> list[dict[str, Any]]:
    """Claims with these ends ('' for any object)."""
    return [c for c in found if c["subject"] == subject and c["predicate"] == predicate
            and (obj == "" or c["object"] == obj)]


# --- convictions told by the sentence or the verdict ----------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    (f"The longest sentences, 25 years each, went to {VILLEGAS} and to {IBARRA}.", None),
    (f"At the end of the trial in Limón, {VILLEGAS} received 18 years.", None),
    (f"The court handed {VILLEGAS} a 20-year sentence in May 2019.", "2019-05"),
    (f"{VILLEGAS} was given a life sentence in 2019.", "2019"),
    (f"{VILLEGAS} drew a 30-year prison term in Colorado.", None),
    (f"{VILLEGAS} was acquitted of the murder of a police officer in April 2023.", "2023-04"),
    (f"{VILLEGAS} was found not guilty of murder in 2021.", "2021"),
])
def test_convictions_told_by_the_sentence(extractor: Any, text: str, date: str | None) -> None:
    charged = find(read(extractor, text), VILLEGAS, "charged")
    assert charged and all(c["polarity"] == "positive" for c in charged)
    if date is not None:
        assert any(date in c["dates"] for c in charged)


def test_both_people_a_sentence_went_to(extractor: Any) -> None:
    found = read(extractor, f"The longest sentences, 25 years each, went to {VILLEGAS} and to {IBARRA}.")
    assert find(found, VILLEGAS, "charged") and find(found, IBARRA, "charged")


@pytest.mark.parametrize("text", [
    f"{VILLEGAS} received 20 years of training in the army after the trial.",
    f"{VILLEGAS} served two terms as mayor of Limón.",
    f"{VILLEGAS} received a medal in 2019.",
    f"The prize went to {VILLEGAS} in 2019.",
    f"{VILLEGAS} received 20 years ago a letter from his brother.",
    f"{VILLEGAS} found the documents in a drawer.",
])
def test_no_conviction_without_a_sentence(extractor: Any, text: str) -> None:
    assert not find(read(extractor, text), VILLEGAS, "charged")


# --- "Among them was X" -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "date"), [
    (f"Police arrested twelve people in Culiacán in May 2024. Among them were {VILLEGAS} and {IBARRA}.",
     "arrested", "2024-05"),
    (f"Nine defendants who accepted a plea deal were convicted in 2021. Among them was {VILLEGAS}.",
     "charged", "2021"),
    (f"Among those arrested in Culiacán in March 2022 was {VILLEGAS}.", "arrested", "2022-03"),
    (f"{VILLEGAS} was among those killed in the attack in June 2020.", "killed", "2020-06"),
    (f"Gunmen opened fire on a bar in Celaya in June 2020. Among the dead was {VILLEGAS}.", "killed", None),
])
def test_people_among_those_an_event_happened_to(extractor: Any, text: str, predicate: str,
                                                  date: str | None) -> None:
    claims = find(read(extractor, text), VILLEGAS, predicate)
    assert claims
    assert all(VILLEGAS in c["quote"] for c in claims)  # the evidence names the person
    if date is not None:
        assert any(date in c["dates"] for c in claims)


@pytest.mark.parametrize("text", [
    f"The delegation met dozens of officials in May. Among them was {VILLEGAS}.",
    f"Among the guests at the wedding was {VILLEGAS}.",
    f"Police arrested {IBARRA} in May 2024. Among his associates was {VILLEGAS}.",
    f"Among them was {VILLEGAS}, a lawyer from Limón.",
])
def test_among_without_an_event_on_unnamed_people(extractor: Any, text: str) -> None:
    assert not [c for c in read(extractor, text) if c["subject"] == VILLEGAS
                and c["predicate"] in ("arrested", "charged", "killed", "extradited")]


# --- extraditions and arrests abroad ----------------------------------------------------------------

def test_the_extradition_named_as_a_noun(extractor: Any) -> None:
    text = (f"{VILLEGAS} was charged in Dublin with murder. He was arrested in Dubai in October 2024, "
            "and the extradition is the first from the United Arab Emirates to Ireland.")
    assert find(read(extractor, text), VILLEGAS, "extradited", "Ireland")


@pytest.mark.parametrize("text", [
    f"{VILLEGAS} met {IBARRA} in Madrid. The extradition treaty between Spain and Mexico was signed in 1990.",
    f"{VILLEGAS} met {IBARRA} in Madrid. An extradition to the United States is unlikely, officials said.",
    f"{VILLEGAS} was arrested in Madrid. The extradition request was sent to Mexico in May.",
])
def test_no_extradition_from_other_nouns(extractor: Any, text: str) -> None:
    assert not [c for c in read(extractor, text) if c["predicate"] == "extradited"]


def test_handed_to_a_country(extractor: Any) -> None:
    text = f"{VILLEGAS} had been arrested in Panama in 2018 and handed to Colombia two months later."
    assert find(read(extractor, text), VILLEGAS, "extradited", "Colombia")


@pytest.mark.parametrize("text", [
    f"The gunmen handed {VILLEGAS} to Los Halcones Negros as a guarantee.",
    f"{VILLEGAS} handed the documents to Colombia's consul in 2019.",
])
def test_handed_to_no_country_is_no_extradition(extractor: Any, text: str) -> None:
    assert not [c for c in read(extractor, text) if c["predicate"] == "extradited"]


def test_police_named_by_their_nationality(extractor: Any) -> None:
    text = f"{VILLEGAS} was arrested in May 2021 by Brazilian federal police working with Italian investigators."
    arrests = find(read(extractor, text), VILLEGAS, "arrested")  # Brazil's own federal police (the KB's agency)
    assert [c["object"] for c in arrests] in (["Brazil"], ["Polícia Federal"])
    assert "Policía Federal" not in [c["object"] for c in arrests]  # not Mexico's force of a similar name
    text = f"{VILLEGAS} was arrested in Colón in May 2025 by Panamanian police."
    assert find(read(extractor, text), VILLEGAS, "arrested", "Panama")


def test_a_man_identified_as(extractor: Any) -> None:
    text = f"A man identified by prosecutors as {VILLEGAS}, 24, was arrested at the house."
    assert find(read(extractor, text), VILLEGAS, "arrested")


def test_the_person_a_report_describes_is_the_later_him(extractor: Any) -> None:
    text = (f"The report describes {VILLEGAS} as the leader of Los Halcones Negros and says he has been a "
            f"fugitive since 2020. A court in Novi Sad sentenced him in absentia in September 2022.")
    charged = find(read(extractor, text), VILLEGAS, "charged")
    assert charged and "2022-09" in charged[0]["dates"]


# --- a rumoured event denied in the next sentence -------------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "denier"), [
    (f"Rumours spread on Tuesday that {VILLEGAS} had been killed in prison. The Ministry of Justice has "
     "denied this.", "killed", "Ministry of Justice"),
    (f"Local media said {VILLEGAS} had been arrested in Culiacán. His lawyer denied the reports.",
     "arrested", "His lawyer"),
])
def test_denied_in_the_next_sentence(extractor: Any, text: str, predicate: str, denier: str) -> None:
    claims = find(read(extractor, text), VILLEGAS, predicate)
    denied = [c for c in claims if c["polarity"] == "negative"]
    assert denied and denied[0]["source"] == denier and denied[0]["certainty"] == "certain"
    assert any(c["polarity"] == "positive" for c in claims)  # what was told stays as told


@pytest.mark.parametrize("text", [
    f"{VILLEGAS} was arrested in 2020. He denied any wrongdoing.",
    f"{VILLEGAS} was killed in May. Police denied that the army was involved.",
    f"{VILLEGAS} was killed in May. His family did not deny it.",
])
def test_denials_of_something_else(extractor: Any, text: str) -> None:
    assert not [c for c in read(extractor, text) if c["subject"] == VILLEGAS and c["polarity"] == "negative"]


# --- dates from context ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    (f"{VILLEGAS} and {IBARRA}, who ran the gang at the start of 2020, were both killed that January.", "2020-01"),
    (f"The two men refused to open the gates in 2022. {VILLEGAS} and {IBARRA} were both killed that August.",
     "2022-08"),
    (f"In February 2016, gunmen disguised as police officers burst into a hotel in Dublin and killed {VILLEGAS}.",
     "2016-02"),
])
def test_killings_dated_from_context(extractor: Any, text: str, date: str) -> None:
    killed = find(read(extractor, text), VILLEGAS, "killed")
    assert killed and date in killed[0]["dates"]


def test_a_sentence_dated_by_the_verdict(extractor: Any) -> None:
    text = (f"LIMÓN, March 12, 2026 - Judges in Limón on Tuesday convicted 21 people accused of trafficking. "
            f"{VILLEGAS} was sentenced to 16 years for money laundering.")
    charged = find(read(extractor, text, published="2026-03-12"), VILLEGAS, "charged")
    assert charged and "2026-03-10" in charged[0]["dates"]


def test_that_may_is_no_month(extractor: Any) -> None:
    text = f"{VILLEGAS} was killed in 2019 by a gang that May Ortiz founded."
    killed = find(read(extractor, text), VILLEGAS, "killed")
    assert killed and killed[0]["dates"] == ["2019"]


# --- more arrests, charges and denials ------------------------------------------------------------

def test_faces_charges_read_past_a_misparse(extractor: Any) -> None:
    text = f"{VILLEGAS} was extradited to the United States in 2025. He faces cocaine and weapons trafficking charges."
    assert find(read(extractor, text), VILLEGAS, "charged")


@pytest.mark.parametrize(("text", "date"), [
    ("In October 2019, troops briefly held Rigoberto Salas Yáñez but let him go.", "2019-10"),
    (f"{VILLEGAS} was held by soldiers for two days in May 2020.", "2020-05"),
    (f"{VILLEGAS} gave himself up to US agents in Aruba in May 2012.", "2012-05"),
])
def test_held_by_an_authority_and_gave_himself_up(extractor: Any, text: str, date: str) -> None:
    arrested = [c for c in read(extractor, text) if c["predicate"] == "arrested"]
    assert arrested and date in arrested[0]["dates"]


@pytest.mark.parametrize("text", [
    f"Police held a press conference about {VILLEGAS} in 2020.",
    f"Los Halcones Negros held {VILLEGAS} for a week in 2020.",
    f"Prosecutors held {VILLEGAS} responsible for the attack.",
    f"{VILLEGAS} is held in the Altiplano prison.",
    f"{VILLEGAS} gave up his seat on the council in 2020.",
])
def test_holding_that_is_no_arrest(extractor: Any, text: str) -> None:
    assert not find(read(extractor, text), VILLEGAS, "arrested")


def test_also_designated_on_the_same_day(extractor: Any) -> None:
    text = ("The United States on February 20, 2025 designated Los Halcones Negros as a foreign terrorist "
            "organisation. The State Department also designated Los Tigres del Sur as a terrorist organisation.")
    designated = find(read(extractor, text), "Los Tigres del Sur", "designated")
    assert designated and "2025-02-20" in designated[0]["dates"]


def test_a_killing_dated_by_the_attack_before(extractor: Any) -> None:
    text = (f"In February 2016, gunmen dressed as police officers stormed a hotel in Dublin. {VILLEGAS}, a "
            "local businessman, was shot six times and died at the scene.")
    killed = find(read(extractor, text), VILLEGAS, "killed")
    assert killed and "2016-02" in killed[0]["dates"]


def test_no_date_from_a_sentence_without_an_attack(extractor: Any) -> None:
    text = f"In February 2016, police opened an office in Dublin. {VILLEGAS} was shot dead."
    killed = find(read(extractor, text), VILLEGAS, "killed")
    assert killed and killed[0]["dates"] == []


def test_denied_any_part_in_the_killing(extractor: Any) -> None:
    text = (f"Gunmen killed {IBARRA} in 2016. {VILLEGAS} was acquitted of {IBARRA}'s murder in April 2023. "
            "He had pleaded not guilty, and has always denied any part in the killing.")
    by = find(read(extractor, text), IBARRA, "killed", VILLEGAS)
    assert by and by[0]["polarity"] == "negative" and by[0]["source"] == VILLEGAS


def test_admitted_a_role_in_a_murder(extractor: Any) -> None:
    by = find(read(extractor, f"{VILLEGAS} admitted his role in the murder of {IBARRA}."), IBARRA, "killed", VILLEGAS)
    assert by and by[0]["polarity"] == "positive"


def test_denied_a_role_in_something_else(extractor: Any) -> None:
    text = f"Gunmen killed {IBARRA} in 2016. {VILLEGAS} denied any role in the cartel."
    assert not find(read(extractor, text), IBARRA, "killed", VILLEGAS)


def test_the_two_brothers_by_surname_are_the_first_two_named(extractor: Any) -> None:
    text = ("Honduras hands two Lagos brothers to US\n\nHonduras extradited Miguel Ángel Lagos Pineda and Luis "
            "Alonso Lagos Pineda to the United States on Saturday. Their sister, Digna Azucena Lagos Pineda, "
            "was arrested in Miami in July.")
    extradited = [c["subject"] for c in read(extractor, text) if c["predicate"] == "extradited"]
    assert "Digna Azucena Lagos Pineda" not in extradited


def test_also_told_events(extractor: Any) -> None:
    text = (f"Mexico sent {IBARRA} to the United States on Thursday, February 27, 2025. Prosecutors allege he ran "
            f"the gang. Also transferred was {VILLEGAS}, known as \"El Caracol\".")
    sent = find(read(extractor, text), VILLEGAS, "extradited", "United States")
    assert sent and "2025-02-27" in sent[0]["dates"]
    text = f"Police arrested {IBARRA} in Culiacán in May 2024. Also arrested were {VILLEGAS} and Rigoberto Salas Yáñez."
    arrested = find(read(extractor, text), VILLEGAS, "arrested")
    assert arrested and "2024-05" in arrested[0]["dates"]


@pytest.mark.parametrize("text", [
    f"Police arrested {IBARRA} in Culiacán in May 2024. Also present was {VILLEGAS}.",
    f"Also arrested were {VILLEGAS} and Rigoberto Salas Yáñez, police said.",
    f"Police arrested {IBARRA} in Culiacán in May 2024. Also transferred was {VILLEGAS}.",
])
def test_also_with_no_event_before(extractor: Any, text: str) -> None:
    assert not [c for c in read(extractor, text) if c["subject"] == VILLEGAS and c["rule"].endswith("also_told.v1")]


def test_a_name_set_against_another_with_not_is_denied_what_the_other_is_said_to_do(extractor: Any) -> None:
    """'A, not B, was the head of G': A leads G and B, by the same source, does not."""
    found = read(extractor, f"The defence told jurors that {VILLEGAS}, not {IBARRA}, was the true head of Los "
                            "Halcones.")
    assert [c["polarity"] for c in find(found, VILLEGAS, "leader_of", "Los Halcones")] == ["positive"]
    assert [(c["polarity"], c["source"]) for c in find(found, IBARRA, "leader_of", "Los Halcones")] == [
        ("negative", "defence")]
    found = read(extractor, "The Gulf Cartel, not Los Cuervos, controls Reynosa.")
    assert [c["polarity"] for c in find(found, "Los Cuervos", "operates_in", "Reynosa")] == ["negative"]
    # silent: no second name after 'not', or the 'not' is no contrast between two names
    found = read(extractor, f"{VILLEGAS}, not yet thirty, leads Los Halcones.")
    assert [c["subject"] for c in found if c["polarity"] == "negative"] == []
    found = read(extractor, f"{VILLEGAS}, {IBARRA}'s brother, leads Los Halcones.")
    assert find(found, IBARRA, "leader_of", "Los Halcones") == []
