"""Rule dispatch (rules/dispatch.py): a family calls a rule only at tokens its trigger can match.

The tables are checked on made-up keys; on every test article, dispatch on and off give the
same claims, and no rule that dispatch skips at a token would have made a claim there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from testigo.extract.rules.dispatch import RuleSet, starts

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ["examples", "tests/fixtures/articles", *(f"tests/fixtures/heldout{n}" for n in ("", 2, 3, 4, 5))]


def _rule(name: str, calls: list[str], **trigger: Any) -> Any:
    def rule(frame: Any, token: Any) -> None:
        calls.append(name)

    rule.__name__ = name
    return starts(**trigger)(rule) if trigger else rule


def test_declared_rules_run_only_where_their_trigger_matches() -> None:
    calls: list[str] = []
    verb = _rule("verb", calls, lemmas=("arrest", lambda: ["detain"]))
    word = _rule("word", calls, words=("against",))
    noun = _rule("noun", calls, pos=("NOUN",))
    person = _rule("person", calls, refs=("person",))
    everywhere = _rule("everywhere", calls)
    rules = RuleSet(verb, word, noun, everywhere, person)
    assert rules.at(("VERB", "arrest", "arrested", "")) == (verb, everywhere)
    assert rules.at(("VERB", "detain", "detained", "")) == (verb, everywhere)
    assert rules.at(("ADP", "against", "against", "")) == (word, everywhere)
    assert rules.at(("NOUN", "cartel", "cartel", "criminal_group")) == (noun, everywhere)
    assert rules.at(("PROPN", "zambada", "zambada", "person")) == (everywhere, person)  # order kept
    assert rules.at(("VERB", "say", "said", "")) == (everywhere,)
    assert rules.at(("NOUN", "arrest", "arrest", "person")) == (verb, noun, everywhere, person)


def test_a_nested_family_chooses_its_own_rules_and_dispatch_off_runs_every_rule() -> None:
    from types import SimpleNamespace

    calls: list[str] = []
    inner = RuleSet(_rule("inner", calls, lemmas=("lead",)))
    rules = RuleSet(_rule("outer", calls, lemmas=("arrest",)), inner)
    token = SimpleNamespace(i=0)
    rules(SimpleNamespace(key=(0, ("VERB", "say", "said", ""))), token)
    assert calls == []  # the nested set was called, and skipped its own rule
    rules(SimpleNamespace(key=(0, ("VERB", "lead", "leads", ""))), token)
    assert calls == ["inner"]
    calls.clear()
    rules(SimpleNamespace(key=None), token)
    assert calls == ["outer", "inner"]


def _sets(family: Any) -> list[RuleSet]:
    if not isinstance(family, RuleSet):
        return []
    return [family, *(s for rule in family.rules for s in _sets(rule))]


def all_rule_sets() -> list[RuleSet]:
    from testigo.extract.rules import AUTHORSHIP, FAMILIES

    return [s for family in (AUTHORSHIP, *FAMILIES) for s in _sets(family)]


def test_every_declared_trigger_matches_some_token() -> None:
    """A trigger whose lists are empty (a renamed list, a typo) would silently switch its rule off."""
    for rules in all_rule_sets():
        rules.at(("X", "", "", ""))  # builds the table
        for rule, trigger in zip(rules.rules, rules._triggers, strict=True):
            if trigger is not None:
                assert any(trigger), f"{rule.__name__} declares a trigger that matches no token"


@pytest.fixture(scope="module")
def parsed(extractor: Any) -> list[tuple[Any, Any]]:
    from testigo.ingest import iter_documents
    from testigo.model import Document

    documents = [d for d in iter_documents(str(ROOT / f) for f in FOLDERS) if isinstance(d, Document)]
    assert len(documents) >= 31
    docs = extractor.nlp.pipe([d.text for d in documents], batch_size=8)
    return list(zip(documents, docs, strict=True))


def test_dispatch_on_and_off_make_the_same_claims(parsed: list[tuple[Any, Any]], extractor: Any) -> None:
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.rules import run_rules

    total = 0
    for document, doc in parsed:
        made = []
        for dispatch in (True, False):
            frame = Frame.make(document, doc, resolve_entities(doc, extractor.kb), extractor.kb)
            run_rules(frame, dispatch=dispatch)
            made.append(list(frame.claims.values()))
        assert made[0] == made[1], document.source
        total += len(made[0])
    assert total > 300


def test_no_skipped_rule_would_make_a_claim(parsed: list[tuple[Any, Any]], extractor: Any) -> None:
    """Every rule a family skips at a token is run there anyway: it must neither emit nor note an echo."""
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.rules import content_tokens, run_rules
    from testigo.extract.rules.dispatch import token_key

    class Recorder(Frame):
        def emit(self, predicate: str, subject: Any, obj: Any, trigger: Any, rule: str, **kw: Any) -> None:
            self.emitted.append(f"{rule} at {trigger.text!r}")  # type: ignore[attr-defined]

    sets = all_rule_sets()
    skipped = 0
    for document, doc in parsed:
        frame = Recorder.make(document, doc, resolve_entities(doc, extractor.kb), extractor.kb)
        frame.emitted = []  # type: ignore[attr-defined]
        run_rules(frame)
        echoes = dict(frame.echoes)
        frame.emitted = []  # type: ignore[attr-defined]
        for token in content_tokens(doc):
            key = token_key(frame, token)
            for rules in sets:
                chosen = rules.at(key)
                for rule in rules.rules:
                    if rule not in chosen and not isinstance(rule, RuleSet):  # a nested set is checked by itself
                        skipped += 1
                        rule(frame, token)
                        assert not frame.emitted, f"{document.source}: {rule.__name__} skipped: {frame.emitted}"
                        assert frame.echoes == echoes, f"{document.source}: {rule.__name__} at {token.text!r}"
    assert skipped > 10_000


def test_the_keys_read_from_arrays_are_each_tokens_key(parsed: list[tuple[Any, Any]], extractor: Any) -> None:
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.rules import _words, content_tokens
    from testigo.extract.rules.dispatch import token_key, token_keys

    for document, doc in parsed:
        frame = Frame.make(document, doc, resolve_entities(doc, extractor.kb), extractor.kb)
        pos, lower, lemma = words = _words(doc)
        content = content_tokens(doc, words)
        assert content == content_tokens(doc)
        assert token_keys(frame, [t.i for t in content], pos, lemma, lower) == [token_key(frame, t) for t in content]
