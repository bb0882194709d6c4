"""People's roles in groups written in shapes the role rules missed. Texts written for these tests,
invented names.

- A Spanish role word kept in a translated report, with or without its English gloss in brackets:
  'worked as "halcones" (lookouts) for G', 'a lugarteniente of G' (member_of G); the gloss does not make a
  member of a shop.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

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
