"""People's roles in groups written in shapes the role rules missed. Texts written for these tests,
invented names.

- A Spanish role word kept in a translated report, with or without its English gloss in brackets:
  'worked as "halcones" (lookouts) for G', 'a lugarteniente of G' (member_of G); the gloss does not make a
  member of a shop.
- A second role coordinated across an aside after 'and', which the parser hangs on the aside: 'X was a driver
  and, until 2019, a member of G', 'regard X as its founder and, for most of its existence, its leader' (the
  second role with the first one's source and certainty); not a noun after an aside that follows a name or a
  plain object ('written by A and, according to B, a member of G' makes no member of A).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    'Both men, Tomás Ibarra Luna and Nicolás Fierro Cano, worked as "halcones" (lookouts) for Los Garzos '
    "and received a weekly payment, the prosecutor said.",
    "Tomás Ibarra Luna worked as a halcón for Los Garzos in the market district.",
    'Tomás Ibarra Luna, identified as a "lugarteniente" of Los Garzos, was detained on Friday.',
    'Tomás Ibarra Luna served as "halcón" (lookout) for Los Garzos, according to the indictment.',
])
def test_a_spanish_role_word_makes_a_member(extractor: Any, text: str) -> None:
    assert ("Tomás Ibarra Luna", "member_of", "Los Garzos") in triples(extractor, text)


def test_a_gloss_makes_no_member_of_a_shop(extractor: Any) -> None:
    text = ('Tomás Ibarra Luna worked as "mandadero" (errand boy) for a hardware store in the centre of town. '
            "The store was later raided by Los Garzos.")
    assert not any(p == "member_of" for s, p, o in triples(extractor, text) if s == "Tomás Ibarra Luna")


@pytest.mark.parametrize(("text", "fact"), [
    ("Tomás Ibarra Luna was a driver and, until 2019, a member of Los Garzos.",
     ("Tomás Ibarra Luna", "member_of", "Los Garzos")),
    ("Tomás Ibarra Luna was her partner and, according to federal prosecutors, a representative of Los Garzos "
     "in Monterrey.", ("Tomás Ibarra Luna", "member_of", "Los Garzos")),
    ("Prosecutors describe Tomás Ibarra Luna as the founder of Los Garzos and, since 2019, its leader.",
     ("Tomás Ibarra Luna", "leader_of", "Los Garzos")),
    ("Tomás Ibarra Luna was a founder of Los Garzos and, from 2015, the leader of Los Tejones.",
     ("Tomás Ibarra Luna", "leader_of", "Los Tejones")),
])
def test_a_second_role_after_an_aside(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_the_second_role_keeps_the_first_ones_source(extractor: Any) -> None:
    text = ("Los Garzos was banned by a court in 2024. "
            "Police regard Tomás Ibarra Luna as its founder and, for most of its existence, its leader.")
    roles = {s.predicate: (s.certainty, s.sources) for s in said(extractor, text)
             if s.subject == "Tomás Ibarra Luna" and s.object == "Los Garzos"}
    assert "leader_of" in roles and roles["leader_of"] == roles["founder_of"]


@pytest.mark.parametrize("text", [
    "The report was written by Ana Ruiz Cota and, according to Tomás Ibarra Luna, a member of Los Garzos.",
    "Ana Ruiz Cota met a lawyer and, later that year, a member of Los Garzos.",
])
def test_no_second_role_after_a_name_or_an_object(extractor: Any, text: str) -> None:
    assert not any(s == "Ana Ruiz Cota" and p == "member_of" for s, p, o in triples(extractor, text))
