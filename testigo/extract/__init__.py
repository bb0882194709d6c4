"""Extraction: English articles -> entities, mentions and sourced claims.

``load_extractor(settings)`` gives a RuleExtractor; calling it on a Document gives
an Extraction. The rules run in a fixed order: the document's own statements of
authorship first (so that "the report said" can be traced to its author), then
group, person and event rules at every token.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from testigo.kb import KnowledgeBase
from testigo.pipeline import Extraction
from testigo.settings import Settings, load_settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from testigo.extract.recase import Casing
    from testigo.model import Document

__all__ = ["RULES_VERSION", "RuleExtractor", "extract", "load_extractor"]

RULES_VERSION = "rules-0.1.0"
MAX_CHARS = 1_000_000


class RuleExtractor:
    """spaCy parse plus testigo's rules; ``version`` is recorded on every extracted document."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.nlp = nlp
        self.kb = kb
        self.version = (f"{RULES_VERSION}.{_rules_fingerprint()}+{nlp.meta.get('name', 'model')}-"
                        f"{nlp.meta.get('version', '')}+kb-{_fingerprint(kb)}")

    def __call__(self, document: Document) -> Extraction:
        return extract(document, self.nlp, self.kb)

    def pipe(self, documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[tuple[Document, Extraction]]:
        """Extract many documents, parsing them in batches; the input is streamed, not loaded whole."""
        pairs = ((_make_doc(self.nlp, d.text[:MAX_CHARS], self.kb), d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield document, read_doc(document, doc, self.kb)


def _rules_fingerprint() -> str:
    """A short hash of the rule code and word lists, so changed rules re-extract stored documents."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha1()
    folder = resources.files("testigo.extract")
    for sub in ("", "rules", "patterns"):
        base = folder.joinpath(sub) if sub else folder
        for item in sorted(base.iterdir(), key=lambda p: p.name):
            if item.name.endswith((".py", ".yaml")):
                digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()[:8]


def _fingerprint(kb: KnowledgeBase) -> str:
    """A short hash of the knowledge base, so a changed KB re-extracts stored documents."""
    import hashlib

    digest = hashlib.sha1()
    for entity in sorted(kb, key=lambda e: e.id):
        digest.update("\x1f".join([entity.id, entity.kind, *KnowledgeBase.names(entity),
                                   kb.countries.get(entity.id, "")]).encode())
    return digest.hexdigest()[:8]


def load_extractor(settings: Settings | None = None, *, kb_paths: Sequence[str] = ()) -> RuleExtractor:
    """The extractor for these settings: the spaCy model, our components and the KB."""
    from testigo.extract.nlp import build_nlp
    from testigo.kb import load_kb

    settings = settings or load_settings()
    paths = tuple(settings.kb_paths) + tuple(kb_paths)
    return RuleExtractor(build_nlp(settings.spacy_model, paths), load_kb(paths))


def extract(document: Document, nlp: Language, kb: KnowledgeBase) -> Extraction:
    """Parse one document and read its entities, mentions and claims."""
    return read_doc(document, nlp(_make_doc(nlp, document.text[:MAX_CHARS], kb)), kb)


def _make_doc(nlp: Language, text: str, kb: KnowledgeBase) -> Doc:
    """The tokenized ``text``, knowing its own text: spaCy's ``Doc.text`` joins every token anew, and the
    tokenizer keeps the text exactly, so the string it was given is kept with the document. Lines written
    in capitals are tokenized re-cased (recase.py), and the original text is kept beside the copy."""
    from testigo.extract.recase import may_have_capitals, recase
    from testigo.extract.tokens import keep_original, keep_text

    recased = recase(text, _casing(nlp, kb)) if may_have_capitals(text) else text
    doc = keep_text(nlp.make_doc(recased), recased)
    return keep_original(doc, text) if recased is not text else doc


_casings: list[tuple[Language, KnowledgeBase, Casing]] = []


def _casing(nlp: Language, kb: KnowledgeBase) -> Casing:
    """The casing of lines in capitals for this pipeline and knowledge base (made at its first use)."""
    from testigo.extract.recase import Casing

    for known_nlp, known_kb, casing in _casings:
        if known_nlp is nlp and known_kb is kb:
            return casing
    casing = Casing.make(nlp, kb)
    _casings[:] = [*_casings[-3:], (nlp, kb, casing)]
    return casing


def read_doc(document: Document, doc: Doc, kb: KnowledgeBase) -> Extraction:
    """Run the rules over a parsed document."""
    from testigo.extract.entities import resolve_entities
    from testigo.extract.frame import Frame
    from testigo.extract.recase import restore
    from testigo.extract.rules import run_rules
    from testigo.extract.tokens import original_of, sentences_indexed, text_of, words_kept

    with sentences_indexed(doc), words_kept(doc):
        ents = resolve_entities(doc, kb)
        frame = Frame.make(document, doc, ents, kb)
        run_rules(frame)
    claims = tuple(frame.claims.values())
    original = original_of(doc)
    if original is not None:
        claims = tuple(restore(c, original, text_of(doc)) for c in claims)
    used = {c.subject_id for c in claims} | {c.object_id for c in claims if c.object_id}
    used |= {r.entity_id for r in ents.refs}
    entities = tuple(e for i, e in ents.entities.items() if i in used)
    mentions = ents.mentions(document.id)
    if original is not None:
        mentions = [replace(m, text=original[m.start:m.end]) for m in mentions]
    return Extraction(entities=entities, mentions=tuple(mentions), claims=claims)
