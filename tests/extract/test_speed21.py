"""Session 21's fast paths: each answers what the slow path (spaCy's own, or the reader read afresh) answers.

Inside ``tokens.words_kept(doc)`` (read_doc's block) the attribute arrays, the tokens' edges and children and a
few readers' answers are read once per document; outside it every call reads afresh. The texts are invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG

from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.tokens import children, edges, memo, shared_texts, texts, words_kept

TEXT = ("Police in Valdoria said on Tuesday that Ramiro Quesada, who leads the Serpientes Negras, had sealed a "
        "pact with the Orilla Cartel and with the Brasas gang. She told reporters the group, not its rivals, "
        "ran the port of Lindano. \"He never worked for them,\" his lawyer, Elena Sotomar, said. Quesada's "
        "lieutenant, known as El Cuervo, was arrested in March and extradited to Texas in 2024; the Brasas "
        "denied any tie to him.")


@pytest.fixture(scope="module")
def doc(extractor: Any) -> Any:
    from testigo.extract import _make_doc

    return extractor.nlp(_make_doc(extractor.nlp, TEXT, extractor.kb))


def test_children_are_spacys_inside_and_outside_the_block(doc: Any) -> None:
    plain = [[c.i for c in t.children] for t in doc]
    assert any(len(kids) > 2 for kids in plain)
    assert [[c.i for c in children(t)] for t in doc] == plain  # outside: spaCy's own
    with words_kept(doc):
        assert [[c.i for c in children(t)] for t in doc] == plain
        assert all(isinstance(children(t), tuple) for t in doc)  # not to be changed by a caller
        assert [[c.text for c in children(t)] for t in doc] == [[c.text for c in t.children] for t in doc]
    assert [[c.i for c in children(t)] for t in doc] == plain  # and again after the block


def test_edges_are_spacys(doc: Any) -> None:
    plain = ([t.left_edge.i for t in doc], [t.right_edge.i for t in doc])
    assert edges(doc) == plain
    with words_kept(doc):
        assert edges(doc) == plain
        assert edges(doc) is edges(doc)  # read once


@pytest.mark.parametrize(("attr", "then", "read"), [
    (ORTH, None, lambda t: t.text), (LOWER, None, lambda t: t.lower_), (POS, None, lambda t: t.pos_),
    (TAG, None, lambda t: t.tag_), (DEP, None, lambda t: t.dep_), (LEMMA, str.lower, lambda t: t.lemma_.lower())])
def test_texts_kept_are_the_tokens_words(doc: Any, attr: int, then: Any, read: Any) -> None:
    plain = [read(t) for t in doc]
    assert texts(doc, attr, then) == plain
    with words_kept(doc):
        first = texts(doc, attr, then)
        assert first == plain
        first.append("changed")  # a copy: the caller's own list
        assert texts(doc, attr, then) == plain
        assert shared_texts(doc, attr, then) == plain
        assert shared_texts(doc, attr, then) is shared_texts(doc, attr, then)
    assert texts(doc, attr, then) == plain


def test_block_is_one_document_and_ends(extractor: Any, doc: Any) -> None:
    other = extractor.nlp("Ana Lucero leads the Halcones de Marfil.")
    with words_kept(doc):
        assert memo(doc, "x") is memo(doc, "x") is not None
        assert memo(other, "x") is None  # another document reads afresh
        assert [[c.i for c in children(t)] for t in other] == [[c.i for c in t.children] for t in other]
        assert texts(other, LOWER) == [t.lower_ for t in other]
    assert memo(doc, "x") is None  # nothing kept after the block


def test_nested_blocks_restore_the_outer_one(extractor: Any, doc: Any) -> None:
    other = extractor.nlp("Ana Lucero leads the Halcones de Marfil.")
    with words_kept(doc):
        outer = memo(doc, "x")
        with words_kept(other):
            assert memo(other, "x") is not None and memo(doc, "x") is None
        assert memo(doc, "x") is outer


def test_readers_kept_per_document_answer_as_read_afresh(extractor: Any) -> None:
    """addressed() and is_female() kept per span and entity give what they give read afresh."""
    from testigo.extract import _make_doc
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.rules.phrases import is_female
    from testigo.extract.rules.salience import addressed
    from testigo.extract.tokens import sentences_indexed
    from testigo.model import Document

    text = ("CORRESPONDENT (MARTA VILAR): The Serpientes Negras are losing ground. Tomas, what do people say? "
            "Elena Sotomar said Ramiro Quesada had left. Thank you, Marta.")
    doc = extractor.nlp(_make_doc(extractor.nlp, text, extractor.kb))
    with sentences_indexed(doc):
        ents = resolve_entities(doc, extractor.kb)
        frame = Frame.make(Document.make(text, source="test"), doc, ents, extractor.kb)
        people = [r for r in ents.refs if r.kind == "person"]
        assert len(people) >= 3
        afresh = [(addressed(r), is_female(frame, r)) for r in people]
        assert any(a for a, _ in afresh) and not all(a for a, _ in afresh)  # both readings met
        assert any(f for _, f in afresh) and not all(f for _, f in afresh)
        with words_kept(doc):
            assert [(addressed(r), is_female(frame, r)) for r in people] == afresh
            assert [(addressed(r), is_female(frame, r)) for r in people] == afresh  # from the memo
            assert memo(doc, "addressed") and memo(doc, "female")


def test_rule_choice_kept_per_whole_key_is_the_short_keys() -> None:
    calls: list[str] = []

    def rule(name: str, **trigger: Any) -> Any:
        def one(frame: Any, token: Any) -> None:
            calls.append(name)

        one.__name__ = name
        return starts(**trigger)(one)

    verb, noun = rule("verb", lemmas=("arrest",)), rule("noun", pos=("NOUN",))
    rules = RuleSet(verb, noun)
    keys = [("VERB", "arrest", "arrested", ""), ("NOUN", "cartel", "cartel", "criminal_group"),
            ("VERB", "say", "said", ""), ("NOUN", "arrest", "arrest", "")]
    first = [rules.at(k) for k in keys]
    assert first == [(verb,), (noun,), (), (verb, noun)]
    assert [rules.at(k) for k in keys] == first  # kept: the same answer the second time


def test_read_doc_claims_are_the_same_with_the_block_and_without(extractor: Any, monkeypatch: Any) -> None:
    """The whole extraction with the kept readings equals the one that reads every word afresh."""
    import contextlib

    import testigo.extract.tokens as tokens
    from testigo.model import Document

    document = Document.make(TEXT, source="test")
    kept = extractor(document)
    monkeypatch.setattr(tokens, "words_kept", lambda doc: contextlib.nullcontext())
    afresh = extractor(document)
    assert kept.claims and sorted(map(repr, kept.claims)) == sorted(map(repr, afresh.claims))
