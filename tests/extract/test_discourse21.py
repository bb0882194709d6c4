"""Who a pronoun or a description stands for (session 21): the last person named, the person the document is
about, the holder of a title or past post, or nobody. Short documents written for this test, with invented
names; each case lists claims that must be made and claims that must not (a pronoun read as the wrong person
is a wrong claim)."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


class Case(NamedTuple):
    name: str
    text: str
    made: tuple[tuple[str, str, str], ...] = ()
    not_made: tuple[tuple[str, str, str], ...] = ()


LETTERS = """OPINION | LETTERS

The general and his record

Our obituary of Gen. Ramiro Tello Vidal, who died on May 2, drew many letters. A selection follows.

---

A soldier's soldier

I served in Torreón when the general commanded the region. Nobody there doubted him. Your obituary says that \
he took money from the Costa Cartel. I never saw it.

John Pike
Austin, Texas

---

Another view

Your obituary repeats the official story, that he worked for the Costa Cartel. The general always denied it.

Marta Quiroz Leal
Saltillo, Coahuila
"""

FACT_CHECK = """FACT CHECK

Valeria Soto: what the posts get wrong about her

By Lucía Prado Mena, Verifica desk
Published Monday, March 4, 2024

Summary
- "She was arrested in Texas": FALSE
- "She runs the Costa Cartel": NO EVIDENCE

A judge in Sonora sentenced Valeria Soto Ruiz to four years in prison on Friday. She was charged in 2022 with \
money laundering.
"""

LETTER_IN_PASSING = """LETTERS TO THE EDITOR

Our obituary of Gen. Ramiro Tello Vidal, who died on May 2, drew many letters.

---

A warning

I remember the week when General Tello Vidal was put in charge of the drug agency. Here, we were told, was a \
soldier nobody could buy. Mark Dunn, then the US ambassador, praised the man in the strongest terms he could find. \
It did not last. He was arrested in March 1998.

John Pike
Austin, Texas
"""

BYLINE = """Border police report

By Carlos Ruiz Tapia | Hermosillo | March 3, 2024

Gunmen attacked a police post on the highway to Nogales on Sunday. He was arrested two days later, officials said.
"""

CASES = [
    # (a) the last person named
    Case("last-named-arrest", "Soldiers arrested Tomás Ferrer Gil in Tijuana on Monday. He was charged on Tuesday "
         "with weapons offences.", made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("last-named-profile", "Valeria Soto, 41, was born in Sonora and grew up in Culiacán. She married "
         "Hernán Quiroga in 2005.", made=(("Valeria Soto", "spouse_of", "Hernán Quiroga"),)),
    Case("last-named-under-a-general", "Gen. Ramiro Tello Vidal commanded the region in 1996. His driver, Arturo "
         "Solís Vega, ran a pharmacy in Torreón. Solís Vega was well liked. He was arrested in 1999.",
         made=(("Arturo Solís Vega", "arrested", ""),), not_made=(("Ramiro Tello Vidal", "arrested", ""),)),
    # (b) the person the document is about, not its writer
    Case("letters-signature", LETTERS, not_made=(("John Pike", "member_of", "Costa Cartel"),
                                                 ("Marta Quiroz Leal", "member_of", "Costa Cartel"))),
    Case("fact-check-byline", FACT_CHECK, made=(("Valeria Soto Ruiz", "charged", ""),),
         not_made=(("Lucía Prado Mena", "arrested", ""), ("Lucía Prado Mena", "leader_of", "Costa Cartel"))),
    Case("byline-bars", BYLINE, not_made=(("Carlos Ruiz Tapia", "arrested", ""),)),
    Case("letter-person-in-passing", LETTER_IN_PASSING, made=(("Ramiro Tello Vidal", "arrested", ""),),
         not_made=(("Mark Dunn", "arrested", ""),)),
    Case("obituary", "Ramiro Tello Vidal, a former army general, died on Sunday in Puebla. He was 79. Born in "
         "Jalisco, he joined the army at 17. His lawyer, Ana Ruiz Cota, said he never took a bribe. He was arrested "
         "in 1997.", made=(("Ramiro Tello Vidal", "arrested", ""),), not_made=(("Ana Ruiz Cota", "arrested", ""),)),
    Case("question-and-answer", "Q: When was Tomás Ferrer Gil arrested?\nA: He was detained in Tijuana in May "
         "2019. He was charged a week later.", made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("profile-headline", "Valeria Soto Ruiz: the accountant who ran the money\n\nBy Lucía Prado Mena\n\nShe was "
         "born in Sonora in 1982. She married Hernán Quiroga in 2005.",
         made=(("Valeria Soto Ruiz", "spouse_of", "Hernán Quiroga"),),
         not_made=(("Lucía Prado Mena", "spouse_of", "Hernán Quiroga"),)),
    # (c) a description's holder
    Case("the-general", "Gen. Ramiro Tello Vidal commanded the Ninth Military Region for six years. Analysts "
         "praised him. The general was arrested in March 1998.", made=(("Ramiro Tello Vidal", "arrested", ""),)),
    Case("the-retired-general", "Ramiro Tello Vidal, a retired general, lives in Puebla. Last year the retired "
         "general was charged with fraud.", made=(("Ramiro Tello Vidal", "charged", ""),)),
    Case("the-admiral-of-two", "Admiral Ernesto Vaca Prieto led the navy until 2010. Gen. Luis Borja Cano led the "
         "army. In 2013 the admiral was arrested by DEA agents off Cape Verde.",
         made=(("Ernesto Vaca Prieto", "arrested", "Drug Enforcement Administration"),),
         not_made=(("Luis Borja Cano", "arrested", "Drug Enforcement Administration"),)),
    Case("the-generals-arrest", "Gen. Ramiro Tello Vidal commanded the region for six years. Few expected the "
         "general's arrest in 1998.", made=(("Ramiro Tello Vidal", "arrested", ""),)),
    Case("former-policeman", "On 3 May soldiers arrested Raúl Medina Ortiz in Culiacán. Prosecutors presented the "
         "former state policeman as the leader of Los Tordos.",
         made=(("Raúl Medina Ortiz", "leader_of", "Los Tordos"),)),
    Case("former-officer-subject", "Raúl Medina Ortiz was detained in Culiacán on Monday. The former police officer "
         "is accused of leading Los Tordos.", made=(("Raúl Medina Ortiz", "leader_of", "Los Tordos"),)),
    Case("ex-mayor", "Federal agents detained Rosa Elena Duarte at her home in Tepic. The former mayor was charged "
         "with taking bribes.", made=(("Rosa Elena Duarte", "charged", ""),)),
    Case("the-former-governor", "Governor Luis Armenta Gil was elected in 2016. In 2021 the former governor was "
         "charged with embezzlement.", made=(("Luis Armenta Gil", "charged", ""),)),
    Case("the-onetime-governor", "Luis Armenta Gil left Nayarit in March. Marines detained the onetime governor "
         "in Tepic a month later.", made=(("Luis Armenta Gil", "arrested", "Secretaría de Marina"),)),
    Case("the-late-colonel", "Col. Iván Rocha Paz commanded the garrison at Reynosa. Prosecutors said the late "
         "colonel had worked for the Costa Cartel.", made=(("Iván Rocha Paz", "member_of", "Costa Cartel"),)),
    Case("former-police-commander", "Police detained Iván Rocha Paz outside Reynosa on Friday. The former police "
         "commander was charged with kidnapping.", made=(("Iván Rocha Paz", "charged", ""),)),
    Case("captured-the-former-mayor", "Rosa Elena Duarte fled Tepic in March. Soldiers captured the former mayor "
         "in Durango in May.", made=(("Rosa Elena Duarte", "arrested", "Secretaría de la Defensa Nacional"),)),
    Case("the-kingpin", "Marines arrested Tomás Ferrer Gil in Tijuana on Monday. The kingpin was charged with "
         "trafficking on Tuesday.", made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("the-drug-lord", "Marines arrested Tomás Ferrer Gil in Tijuana on Monday. The drug lord was charged with "
         "trafficking on Tuesday.", made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("the-capo", "Marines arrested Tomás Ferrer Gil in Tijuana in 2016. The capo was extradited to the United "
         "States in 2020.", made=(("Tomás Ferrer Gil", "extradited", "United States"),)),
    Case("the-alleged-trafficker", "Tomás Ferrer Gil ran Los Tordos for a decade. Marines arrested the alleged "
         "trafficker in Tijuana on Monday.", made=(("Tomás Ferrer Gil", "arrested", "Secretaría de Marina"),)),
    Case("the-trafficker-found", "Police found Tomás Ferrer Gil in a safe house in Tijuana. The trafficker was "
         "extradited to Texas in 2020.", made=(("Tomás Ferrer Gil", "extradited", "United States"),)),
    Case("the-businessman", "Tomás Ferrer Gil owned three hotels in Cancún. The businessman was arrested in "
         "Tijuana on Monday.", made=(("Tomás Ferrer Gil", "arrested", ""),)),
    # (d) nobody
    Case("no-person-before", "The Costa Cartel moved cocaine through Sonora for a decade. He was arrested in 2010.",
         not_made=(("Costa Cartel", "arrested", ""),)),
    Case("she-with-only-men", "Tomás Ferrer Gil was arrested in May. She was charged in June.",
         not_made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("untitled-general", "Ramiro Tello Vidal lives in Puebla. Last year the general was charged with fraud.",
         not_made=(("Ramiro Tello Vidal", "charged", ""),)),
    Case("attorney-general", "Gen. Ramiro Tello Vidal commanded the region. The attorney general was arrested in "
         "1998.", not_made=(("Ramiro Tello Vidal", "arrested", ""),)),
    Case("two-admirals", "Adm. Ernesto Vaca Prieto met Adm. Julio Reza Lind in Bissau. The admiral was arrested "
         "in 2013.", not_made=(("Ernesto Vaca Prieto", "arrested", ""), ("Julio Reza Lind", "arrested", ""))),
    Case("another-general-told", "Gen. Ramiro Tello Vidal commanded the region. A younger general, Luis Borja "
         "Cano, ran the academy. The general was arrested in 1998.",
         not_made=(("Ramiro Tello Vidal", "arrested", ""), ("Luis Borja Cano", "arrested", ""))),
    Case("the-officer-is-another", "Police arrested Raúl Medina Ortiz on Monday. The officer was later charged "
         "with extortion.", not_made=(("Raúl Medina Ortiz", "charged", ""),)),
    Case("former-policeman-of-two", "Soldiers arrested Raúl Medina Ortiz and Iván Rocha Paz in Culiacán. The "
         "former policeman was charged with kidnapping.", not_made=(("Raúl Medina Ortiz", "charged", ""),
                                                                    ("Iván Rocha Paz", "charged", ""))),
    Case("named-once-but-just-before", "Soldiers arrested Tomás Ferrer Gil in May. Ferrer Gil led Los Tordos for "
         "years. In June the police detained Iván Rocha Paz in Texas. He was charged with money laundering.",
         made=(("Iván Rocha Paz", "charged", ""),), not_made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("a-trafficker-told-before", "Marines arrested Tomás Ferrer Gil and a trafficker from Sinaloa. The "
         "trafficker was charged with smuggling.", not_made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("kingpin-of-two", "Tomás Ferrer Gil met Iván Rocha Paz in Tijuana in May. The kingpin was arrested a week "
         "later.", not_made=(("Tomás Ferrer Gil", "arrested", ""), ("Iván Rocha Paz", "arrested", ""))),
    Case("the-rival-capo", "Marines arrested Tomás Ferrer Gil in Tijuana in 2016. The rival capo was extradited "
         "in 2020.", not_made=(("Tomás Ferrer Gil", "extradited", "United States"),
                               ("Tomás Ferrer Gil", "extradited", ""))),
    Case("the-cartel-boss", "Marines arrested Tomás Ferrer Gil, a lieutenant of Los Tordos, in May. The cartel boss "
         "was charged in June.", not_made=(("Tomás Ferrer Gil", "charged", ""),)),
    Case("new-actor-named-once", "Police arrested Tomás Ferrer Gil in May. Ferrer Gil led Los Tordos for years. "
         "Iván Rocha Paz, his accountant, fled to Texas in June. The chase took weeks. He was caught in Houston.",
         made=(("Iván Rocha Paz", "arrested", ""),)),
    Case("a-former-policeman-too", "Soldiers arrested Raúl Medina Ortiz and a former policeman in Culiacán. The "
         "former policeman was charged with kidnapping.", not_made=(("Raúl Medina Ortiz", "charged", ""),)),
]


def _claims(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text) if s.polarity == "positive"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_reading(extractor: Any, case: Case) -> None:
    claims = _claims(extractor, case.text)
    for claim in case.made:
        assert claim in claims
    for claim in case.not_made:
        assert claim not in claims
