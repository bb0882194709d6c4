"""GatedMatcher (extract/gated_matcher.py): the same matches as spaCy's Matcher, in the same order,
while running only the patterns whose required words a document holds."""

from __future__ import annotations

import pytest
import spacy
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher

from testigo.extract.gated_matcher import GatedMatcher
from testigo.extract.lexicon import fold

QUOTES = ['"', "'", "\u201c", "\u201d"]
PATTERNS = {
    "group": [
        [{"IS_TITLE": True, "OP": "+"}, {"NORM": {"IN": ["cartel", "gang"]}}],
        [{"TEXT": {"REGEX": r"^\d{1,3}s$"}}, {"NORM": {"IN": ["cartel", "gang"]}, "IS_LOWER": True}],
        [{"ORTH": {"IN": ["Los", "Las"]}}, {"IS_TITLE": True}, {"NORM": {"IN": ["de", "del"]}, "OP": "?"},
         {"IS_TITLE": True, "OP": "?"}],
        [{"LOWER": {"REGEX": r"^\d+(st|nd|rd|th)$"}}, {"NORM": {"IN": ["front", "frente"]}, "IS_TITLE": True}],
    ],
    "nickname": [
        [{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": QUOTES}}, {"NORM": {"IN": ["el", "la"]}},
         {"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": QUOTES}}, {"IS_TITLE": True, "OP": "+"}],
    ],
    "person": [
        [{"NORM": {"IN": ["joaquin", "ismael"]}, "IS_TITLE": True}, {"IS_TITLE": True, "OP": "+"}],
        [{"IS_TITLE": True, "NORM": {"NOT_IN": ["cartel", "gang"]}}, {"LOWER": "de"}, {"IS_TITLE": True, "OP": "+"}],
    ],
    "self_name": [[{"LOWER": {"IN": ["itself", "themselves"]}}, {"LOWER": "the", "OP": "?"},
                   {"IS_TITLE": True, "OP": "+"}]],
}
TEXTS = [
    "The Sinaloa Cartel and the 28s gang fought Los Zetas del Norte near Culiacán.",
    "Ismael \u201cEl Mayo\u201d Zambada met Joaquín Guzmán Loera; the 33rd Front and the Gulf Cartel watched.",
    "A group that calls itself the Northern Self Defence Forces met María de Jesús Ávila in Medellín.",
    "Nothing here names anyone: police said the market was quiet.",
    "",
]


def _docs_and_matchers() -> tuple[list, Matcher, GatedMatcher]:
    nlp = spacy.blank("en")
    docs = [nlp(text) for text in TEXTS]
    for doc in docs:
        for token in doc:
            token.norm_ = fold(token.text)
    plain, gated = Matcher(nlp.vocab), GatedMatcher(nlp.vocab, norm=fold)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns, greedy="LONGEST")
        gated.add(key, patterns, greedy="LONGEST")
    return docs, plain, gated


def test_same_matches_in_the_same_order_as_spacy() -> None:
    docs, plain, gated = _docs_and_matchers()
    found = [gated(doc) for doc in docs]
    assert found == [plain(doc) for doc in docs]
    strings = docs[0].vocab.strings
    spans = [[(strings[k], doc[s:e].text) for k, s, e in matches] for doc, matches in zip(docs, found, strict=True)]
    assert ("group", "28s gang") in spans[0] and ("group", "Los Zetas del Norte") in spans[0]
    assert ("nickname", "Ismael \u201cEl Mayo\u201d Zambada") in spans[1] and ("group", "33rd Front") in spans[1]
    assert ("self_name", "itself the Northern Self Defence Forces") in spans[2]
    assert ("person", "María de Jesús Ávila") in spans[2]
    assert spans[3] == [] and spans[4] == []


def test_only_patterns_whose_words_occur_run() -> None:
    docs, _, gated = _docs_and_matchers()
    assert gated.allowed(docs[3]) == ()  # no group word, no name, no 'itself': nothing runs
    assert gated.allowed(docs[2]) == (6, 7)  # 'de' and 'itself': the particle name and the self-name
    assert 4 in gated.allowed(docs[1]) and 6 not in gated.allowed(docs[1])  # quotes and 'el'; no 'de'


def test_a_bad_pattern_or_a_key_added_twice_is_refused() -> None:
    gated = GatedMatcher(spacy.blank("en").vocab)
    with pytest.raises(MatchPatternError):
        gated.add("bad", [[{"NROM": "cartel"}]])
    gated.add("group", [[{"LOWER": "cartel"}]])
    with pytest.raises(ValueError, match="added already"):
        gated.add("group", [[{"LOWER": "gang"}]])
