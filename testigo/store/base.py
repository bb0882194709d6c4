"""The storage interface every stage uses: Store for reading, Writer for one transaction.

Invariant: everything written through one ``Writer`` commits together or not at all,
so a document and all that was extracted from it are never half-stored. Writes are
idempotent: adding a record whose id is already stored changes nothing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass

from testigo.model import Claim, Document, Entity, Judgement, Mention, Rejection

__all__ = ["CHAIN_SEPARATOR", "ClaimFilter", "EdgeFilter", "EdgeRow", "Store", "TieRow", "Writer"]

CHAIN_SEPARATOR = "\x1f"  # joins a claim's attributed_to in its edge row


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to read; every field left as None matches everything."""

    document_id: str | None = None
    entity_id: str | None = None
    predicate: str | None = None
    certainty: str | None = None


@dataclass(frozen=True, slots=True)
class EdgeFilter:
    """Which edge rows to read: one predicate at one certainty (None: every certainty), in force
    at ``as_of`` and possibly dated inside ``start``..``end`` (dates as YYYY, YYYY-MM or YYYY-MM-DD)."""

    predicate: str
    certainty: str | None = None
    negative: bool | None = None  # True: denials only, False: assertions only
    as_of: str | None = None
    start: str | None = None
    end: str | None = None
    pairs: tuple[tuple[str, str], ...] | None = None  # only rows of these (subject, object) pairs (None: any)


# An edge row as Store.iter_edges gives it (a plain tuple: a million of them must stay cheap):
# (claim_id, subject_id, object_id, negative, since, dates, title, outlet, source, anonymous, certainty,
# quote, attributed_to joined by CHAIN_SEPARATOR);
# ``dates`` is the claim's date values space-separated ('' when undated), ``since`` the earliest
# of them or else the document's publication date, ``source`` None when the article speaks itself.
EdgeRow = tuple[str, str, str | None, bool, str | None, str, str | None, str, str | None, bool, str, str, str]
# What the signed network needs of a claim to weigh its tie (Store.iter_ties), read from an index alone:
# (subject_id, object_id, certainty, outlet, source, anonymous).
TieRow = tuple[str, str | None, str, str, str | None, bool]


class Writer(ABC):
    """Adds records inside one transaction (see ``Store.writer``)."""

    @abstractmethod
    def add_document(self, document: Document) -> bool:
        """Store a document; return False when a document with its id was already there."""

    @abstractmethod
    def add_entities(self, entities: Iterable[Entity]) -> None:
        """Store entities, adding any new aliases to entities already stored."""

    @abstractmethod
    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        """Store mentions of entities in documents."""

    @abstractmethod
    def add_claims(self, claims: Iterable[Claim]) -> int:
        """Store claims; return how many were new."""

    @abstractmethod
    def add_judgement(self, judgement: Judgement) -> None:
        """Record a resolution decision."""

    def add_judgements(self, judgements: Iterable[Judgement]) -> None:
        """Record many resolution decisions (backends may do it in one statement)."""
        for judgement in judgements:
            self.add_judgement(judgement)

    @abstractmethod
    def write_clusters(self, canonical: dict[str, str], judgements: int) -> None:
        """Replace the stored clusters (id -> canonical id) with these, computed from ``judgements`` judgements."""

    @abstractmethod
    def add_rejection(self, rejection: Rejection) -> bool:
        """Record a rejected input; return False when the same rejection was already stored."""

    @abstractmethod
    def clear_extraction(self, document_id: str) -> None:
        """Delete the claims and mentions of a document, before it is extracted again."""

    @abstractmethod
    def mark_extracted(self, document_id: str, extractor: str) -> None:
        """Record that a document was extracted with the named extractor version."""


class Store(ABC):
    """A testigo store: documents, entities, claims, judgements and rejections."""

    url: str

    @abstractmethod
    def writer(self) -> AbstractContextManager[Writer]:
        """A context manager whose writes commit together when the block ends without error."""

    @abstractmethod
    def get_document(self, document_id: str) -> Document | None:
        """The document with this id, or None."""

    @abstractmethod
    def extracted_with(self, document_id: str) -> str | None:
        """The extractor version a document was last extracted with, or None."""

    @abstractmethod
    def iter_documents(self, *, not_extracted_with: str | None = None) -> Iterator[Document]:
        """All documents, or those not yet extracted with the given extractor version."""

    @abstractmethod
    def get_entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""

    @abstractmethod
    def iter_entities(self, *, kind: str | None = None) -> Iterator[Entity]:
        """All entities, or those of one kind."""

    @abstractmethod
    def iter_mentions(self, document_id: str) -> Iterator[Mention]:
        """The mentions in one document, in text order."""

    @abstractmethod
    def iter_claims(self, where: ClaimFilter | None = None) -> Iterator[Claim]:
        """Claims matching a filter, in document and text order."""

    @abstractmethod
    def iter_edges(self, where: EdgeFilter) -> Iterator[EdgeRow]:
        """Edge rows (one per claim, see ``EdgeRow``) in document and text order.

        Rows with an ``as_of`` are exactly those in force at that date (period.py); with a window
        they are a superset of those dated inside it, for the caller to check exactly.
        """

    @abstractmethod
    def iter_ties(self, where: EdgeFilter) -> Iterator[TieRow]:
        """``iter_edges`` with only what weighs a tie (see ``TieRow``), in the same order; ``where``
        must have no window (``start``/``end``), whose exact test needs every date of a claim."""

    @abstractmethod
    def count_edges(self, predicates: tuple[str, ...], certainties: tuple[str, ...]) -> int:
        """How many claims have one of these predicates and certainties."""

    @abstractmethod
    def iter_entity_names(self, kinds: tuple[str, ...]) -> Iterator[tuple[str, str, str]]:
        """(id, kind, name) of the entities of these kinds, by kind then name (no aliases: cheap)."""

    @abstractmethod
    def rebuild_edges(self) -> int:
        """Recompute the derived ``edges`` table from the stored claims; return its row count.

        The Writer keeps ``edges`` current; call this after loading claims by other means (a bulk
        COPY into the claims table) or to repair it. Runs in one transaction.
        """

    @abstractmethod
    def iter_judgements(self) -> Iterator[Judgement]:
        """All resolution decisions, oldest first."""

    @abstractmethod
    def read_clusters(self) -> dict[str, str] | None:
        """The stored clusters (id -> canonical id), or None when judgements were added since they were written."""

    @abstractmethod
    def iter_rejections(self) -> Iterator[Rejection]:
        """All rejected inputs, oldest first."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and tests."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""

    def require_document(self, document_id: str) -> Document:
        """The document with this id, or NotFound."""
        from testigo.errors import NotFound

        document = self.get_document(document_id)
        if document is None:
            raise NotFound(f"no document {document_id!r} in {self.url}; list them with `testigo documents`")
        return document

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
