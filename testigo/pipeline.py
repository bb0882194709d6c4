"""Run the stages in order: ingest -> extract -> store. Holds no stage logic of its own.

Invariant: a document and everything extracted from it are written in one
transaction, so a crash leaves either the whole document or nothing, and a
re-run picks up exactly what is missing.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from testigo.errors import TestigoError
from testigo.model import Claim, Document, Entity, Mention, Rejection
from testigo.store.base import Store

__all__ = ["Extraction", "Extractor", "RunReport", "extract_stored", "extract_one", "record", "run"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What an extractor read out of one document."""

    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()


class Extractor(Protocol):
    """Anything that turns a Document into an Extraction, with a version to record."""

    version: str

    def __call__(self, document: Document) -> Extraction: ...


@dataclass(slots=True)
class RunReport:
    """What a run did, for the CLI summary and for tests."""

    documents_new: int = 0
    documents_seen: int = 0
    documents_extracted: int = 0
    claims_new: int = 0
    claims_by_predicate: Counter[str] = field(default_factory=Counter)
    entities_by_kind: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def processed(self) -> int:
        """Documents that were stored now or found already stored."""
        return self.documents_new + self.documents_seen


Progress = Callable[[str], None]


def _store_rejection(store: Store, rejection: Rejection, report: RunReport) -> None:
    with store.writer() as writer:
        writer.add_rejection(rejection)
    report.rejections.append(rejection)
    log.warning("rejected %s at %s: %s", rejection.source, rejection.stage, rejection.reason)


def extract_one(document: Document, extractor: Extractor) -> Extraction | Rejection:
    """Extract one document; a failure becomes the document's Rejection instead of an exception."""
    try:
        return extractor(document)
    except TestigoError as exc:
        reason = str(exc)
    except Exception as exc:  # an extractor bug must not stop the batch; the reason is kept
        log.exception("extractor failed on %s", document.source)
        reason = f"extractor crashed ({exc.__class__.__name__}: {exc}); please report it with this document"
    return Rejection.make(document.source, "extract", reason, document_id=document.id)


def _write(store: Store, document: Document, result: Extraction | None, extractor: Extractor | None,
           report: RunReport) -> None:
    version = extractor.version if extractor is not None else None
    _write_version(store, document, result, version, report)


def _write_version(store: Store, document: Document, result: Extraction | None, version: str | None,
                   report: RunReport) -> None:
    with store.writer() as writer:
        if writer.add_document(document):
            report.documents_new += 1
        else:
            report.documents_seen += 1
        if result is None or version is None:
            return
        writer.clear_extraction(document.id)
        writer.add_entities(result.entities)
        writer.add_mentions(result.mentions)
        report.claims_new += writer.add_claims(result.claims)
        writer.mark_extracted(document.id, version)
    report.documents_extracted += 1
    report.claims_by_predicate.update(c.predicate for c in result.claims)
    report.entities_by_kind.update(e.kind for e in result.entities)


def process(item: Document | Rejection, store: Store, *, extractor: Extractor | None,
            report: RunReport) -> None:
    """Store one ingested item: a rejection, or a document with its extraction."""
    if isinstance(item, Rejection):
        _store_rejection(store, item, report)
        return
    document = item
    if extractor is None or store.extracted_with(document.id) == extractor.version:
        _write(store, document, None, None, report)
        return
    result = extract_one(document, extractor)
    if isinstance(result, Rejection):
        _write(store, document, None, None, report)
        _store_rejection(store, result, report)
        return
    _write(store, document, result, extractor, report)


def record(document: Document, result: Extraction | Rejection | None, store: Store, *, version: str,
           report: RunReport) -> None:
    """Store a document with what an extractor elsewhere (another process) read out of it.

    ``result`` None stores the document alone; a Rejection stores the document and the rejection.
    """
    if isinstance(result, Rejection):
        _write_version(store, document, None, None, report)
        _store_rejection(store, result, report)
        return
    _write_version(store, document, result, version, report)


def run(items: Iterable[Document | Rejection], store: Store, *, extractor: Extractor | None = None,
        progress: Progress | None = None) -> RunReport:
    """Store every ingested item, extracting documents not yet extracted with ``extractor``."""
    report = RunReport()
    for item in items:
        process(item, store, extractor=extractor, report=report)
        if progress is not None:
            progress(item.source)
    return report


def extract_stored(store: Store, extractor: Extractor, *, everything: bool = False,
                   progress: Progress | None = None) -> RunReport:
    """(Re-)extract stored documents: those not extracted with this version, or all of them."""
    pending = store.iter_documents(not_extracted_with=None if everything else extractor.version)
    report = RunReport()
    for document in list(pending):
        result = extract_one(document, extractor)
        if isinstance(result, Rejection):
            _store_rejection(store, result, report)
        else:
            _write(store, document, result, extractor, report)
        if progress is not None:
            progress(document.source)
    return report
