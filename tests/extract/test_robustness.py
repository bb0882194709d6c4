"""The full extractor on hostile input: it must not raise, and every span it returns must hold.

Random Unicode, a 20,000-token sentence, text without punctuation, only quotes, only
numbers, whitespace, a lone opening quote and deeply nested parentheses go through
``load_extractor()`` both per document and through ``.pipe()``. For every claim the
evidence span lies inside the text and its quote is exactly that slice; the same holds
for mentions. The long sentence must finish in under a minute (a bound against
quadratic blow-ups, not a speed test).
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testigo.model import Document
from testigo.pipeline import Extraction

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parents[2] / "examples" / "cjng-chapitos-alliance.txt"
HYPOTHESIS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check(text: str, extraction: Extraction) -> None:
    assert isinstance(extraction, Extraction)
    for claim in extraction.claims:
        ev = claim.evidence
        assert 0 <= ev.start <= ev.end <= len(text), (claim.rule, ev.start, ev.end, len(text))
        assert ev.quote == text[ev.start:ev.end], (claim.rule, ev)
    for mention in extraction.mentions:
        assert 0 <= mention.start <= mention.end <= len(text), mention
        assert mention.text == text[mention.start:mention.end], mention


def run(extractor: Any, text: str) -> Extraction:
    """Extract ``text`` per document and through ``.pipe()``; check both; return the first."""
    document = Document.make(text, "test:robustness")
    single = extractor(document)
    check(text, single)
    [(same, piped)] = list(extractor.pipe([document]))
    assert same is document
    check(text, piped)
    assert len(piped.claims) == len(single.claims)
    return single


# --------------------------------------------------------------------------- fixed hostile inputs
def _no_punctuation(text: str) -> str:
    return re.sub(r"[^\w\s]", "", text)


def _nested(depth: int) -> str:
    return "(" * depth + "Los Chapitos allied with the Sinaloa Cartel" + ")" * depth


def _nested_words(depth: int) -> str:
    names = ["DEA", "CJNG", "Los Zetas", "Gulf Cartel"] * (depth // 4)
    opening = "".join(f"(the {name} said " for name in names)
    return opening + "El Mayo was arrested" + ")" * depth + "."


CASES = {
    "empty": "",
    "space": " ",
    "newlines": "\n\n\n",
    "mixed whitespace": " \t\n\u00a0\u2003\u3000\r\n \u2028\u2029 ",
    "no punctuation": _no_punctuation(SEED.read_text(encoding="utf-8")),
    "no punctuation one line": " ".join(_no_punctuation(SEED.read_text(encoding="utf-8")).split()),
    "curly quotes": "\u201c" * 500,
    "straight quotes": '"' * 1000,
    "mixed quotes": "\u201c\u201d\u2018\u2019\"'\u00ab\u00bb`" * 200,
    "spaced quotes": '" \u201c \u2019 \' ' * 300,
    "quoted names": '"Los Chapitos" \u201cCJNG\u201d \u2018El Mayo\u2019 ' * 100,
    "digits": "1234567890" * 500,
    "numbers": "2024 1,000,000 3.14 -5 10% $10 2024-09-09 7/25/2024 " * 200,
    "years": "2024 " * 2000,
    "lone curly quote": "\u201c",
    "lone straight quote": '"',
    "lone quote before words": "\u201cLos Chapitos allied with the New Generation Cartel, the DEA said",
    "lone quote before article": "\u201c" + SEED.read_text(encoding="utf-8"),
    "lone quote after said": 'The DEA said: "Los Chapitos allied with the CJNG. El Mayo was arrested.',
    "nested parentheses": _nested(1000),
    "nested parentheses with words": _nested_words(200),
    "unbalanced parentheses": "(" * 2000 + "Sinaloa Cartel",
    "closing parentheses": ")" * 2000 + " the CJNG said",
    "brackets": "([{<" * 300 + "El Mencho" + ">}])" * 300,
    "one long word": "x" * 100_000,
    "control characters": "Los Chapitos\x00\x01\x07\x1b allied\x7f with\u200b\u200d\ufeff the CJNG.",
    "combining marks": "Los Chapitos" + "\u0301" * 500 + " allied with the CJNG.",
    "emoji and rtl": (
        "\U0001f600 \u05e9\u05dc\u05d5\u05dd Los Chapitos "
        "\u0645\u0631\u062d\u0628\u0627 \U0001f1f2\U0001f1fd " * 50
    ),
    "headline only": "CJNG",
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(extractor: Any, name: str) -> None:
    run(extractor, CASES[name])


def test_no_punctuation_still_reads_entities(extractor: Any) -> None:
    extraction = run(extractor, CASES["no punctuation"])
    assert extraction.mentions  # the names are still there without any punctuation


# --------------------------------------------------------------------------- the long sentence
def _long_sentence(tokens: int, seed: int = 0) -> str:
    """One sentence of ``tokens`` words (no full stops) full of names, reporting verbs and relations."""
    rng = random.Random(seed)
    pieces = [
        "Los Chapitos", "the Sinaloa Cartel", "the CJNG", "Los Mayos", "El Mayo", "the DEA", "allied with",
        "fought", "said that", "according to", "reportedly", "was arrested by", "in Culiacán", "in 2024",
        "and", "but", "while", "who", "the leader of", "a son of", "is believed to have", "denied that",
        "could", "negotiated with", "Ismael Zambada García", "Nemesio Oseguera Cervantes",
        "traffics fentanyl",
    ]
    words: list[str] = []
    while len(words) < tokens:
        words.extend(rng.choice(pieces).split())
    return " ".join(words[:tokens])


def test_20000_token_sentence_is_not_quadratic(extractor: Any) -> None:
    text = _long_sentence(20_000)
    assert len(extractor.nlp.make_doc(text)) >= 20_000
    start = time.process_time()  # CPU time, which a loaded machine does not inflate
    extraction = extractor(Document.make(text, "test:robustness"))
    elapsed = time.process_time() - start
    check(text, extraction)
    per_char = 1e6 * elapsed / len(text)
    assert elapsed < 60, f"a 20,000-token sentence took {elapsed:.1f} s ({per_char:.0f} µs/char)"


# --------------------------------------------------------------------------- random input
FRAGMENTS = [
    "Los Chapitos", "Sinaloa Cartel", "CJNG", "El Mayo", "Joaquín \u201cEl Chapo\u201d Guzmán", "DEA",
    " allied with ", " said", " said: ", " according to ", " denied ", " was arrested ", " reportedly ",
    " leader of ", " son of ", " in 2024", " last year", " on July 25", "\u201c", "\u201d", "\u2018",
    "\u2019", '"', "'", "(", ")", ",", ".", ":", ";", "\n", "\n\n", " ", "-", "\u2014", "and", "not",
]


@HYPOTHESIS
@given(text=st.text(max_size=400))
def test_random_unicode(extractor: Any, text: str) -> None:
    run(extractor, text)


@HYPOTHESIS
@given(text=st.lists(st.sampled_from(FRAGMENTS), max_size=120).map("".join))
def test_random_article_fragments(extractor: Any, text: str) -> None:
    run(extractor, text)


@HYPOTHESIS
@given(
    text=st.text(
        alphabet=st.sampled_from(list("\u201c\u201d\u2018\u2019\"'()[] \n.,:;0123456789")), max_size=600
    )
)
def test_random_punctuation_and_numbers(extractor: Any, text: str) -> None:
    run(extractor, text)
