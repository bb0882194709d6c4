"""The SQL store: SQLAlchemy Core over SQLite (default) or PostgreSQL.

Invariant: the schema is created on first open and its version recorded in ``meta``;
a store whose version is newer than SCHEMA_VERSION is refused, never written, and an older
one is migrated when opened (``_migrate``: version 1 gets its ``edges`` backfilled, version 2
its wider ``edges`` indexes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Index, Select, and_, delete, false, func, or_, select, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import DropIndex

from testigo.errors import StoreError
from testigo.model import (
    Alias,
    Certainty,
    Claim,
    Document,
    Entity,
    Evidence,
    Judgement,
    Mention,
    Polarity,
    Qualifiers,
    Rejection,
    Verdict,
    now,
)
from testigo.store import edges as e
from testigo.store import rows
from testigo.store import tables as t
from testigo.store._dialect import insert_ignore, make_engine, normalise_url, redact
from testigo.store.base import ClaimFilter, EdgeFilter, EdgeRow, Store, TieRow, Writer

__all__ = ["SQLStore"]


class SQLWriter(Writer):
    """Writes through one open connection inside one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._documents: dict[str, e.DocumentInfo] = {}  # what edge rows need of documents seen

    def add_document(self, document: Document) -> bool:
        self._documents[document.id] = e.document_info(document.outlet, document.source, document.published)
        return insert_ignore(self.conn, t.documents, [rows.document_row(document)]) == 1

    def add_entities(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            insert_ignore(self.conn, t.entities, [rows.entity_row(entity)])
            insert_ignore(self.conn, t.aliases, rows.alias_rows(entity))

    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        insert_ignore(self.conn, t.mentions, [rows.mention_row(m) for m in mentions])

    def add_claims(self, claims: Iterable[Claim]) -> int:
        claim_rows = [rows.claim_row(c) for c in claims]
        missing = {r["document_id"] for r in claim_rows} - self._documents.keys()
        if missing:
            self._documents.update(e.document_infos(self.conn, missing))
        edge_rows = [e.edge_row(r, self._documents.get(r["document_id"])) for r in claim_rows]
        insert_ignore(self.conn, t.edges, edge_rows)
        return insert_ignore(self.conn, t.claims, claim_rows)

    def add_judgement(self, judgement: Judgement) -> None:
        self.conn.execute(t.judgements.insert().values(**judgement.to_dict()))

    def add_judgements(self, judgements: Iterable[Judgement]) -> None:
        rows = [j.to_dict() for j in judgements]
        if rows:  # one executemany: a rule run writes thousands of judgements
            self.conn.execute(t.judgements.insert(), rows)

    def write_clusters(self, canonical: dict[str, str], judgements: int) -> None:
        self.conn.execute(delete(t.clusters))
        rows = [{"entity_id": m, "canonical_id": c} for m, c in sorted(canonical.items())]
        if rows:
            self.conn.execute(t.clusters.insert(), rows)
        self.conn.execute(delete(t.meta).where(t.meta.c.key == _CLUSTERS_OF))
        self.conn.execute(t.meta.insert().values(key=_CLUSTERS_OF, value=str(judgements)))

    def add_rejection(self, rejection: Rejection) -> bool:
        return insert_ignore(self.conn, t.rejections, [rows.rejection_row(rejection)]) == 1

    def clear_extraction(self, document_id: str) -> None:
        self.conn.execute(delete(t.claims).where(t.claims.c.document_id == document_id))
        self.conn.execute(delete(t.mentions).where(t.mentions.c.document_id == document_id))
        self.conn.execute(delete(t.edges).where(t.edges.c.document_id == document_id))

    def mark_extracted(self, document_id: str, extractor: str) -> None:
        self.conn.execute(
            update(t.documents).where(t.documents.c.id == document_id)
            .values(extracted_with=extractor, extracted_at=now())
        )


def _claim(row: Row[Any]) -> Claim:
    return Claim(
        id=row.id, document_id=row.document_id, subject_id=row.subject_id,
        predicate=row.predicate, object_id=row.object_id, value=row.value,
        qualifiers=Qualifiers.from_dict(row.qualifiers), polarity=Polarity(row.polarity),
        certainty=Certainty(row.certainty), attributed_to=tuple(row.attributed_to),
        evidence=Evidence(row.quote, row.span_start, row.span_end), rule=row.rule,
    )


def _document(row: Row[Any]) -> Document:
    return Document.from_dict(dict(row._mapping))


class SQLStore(Store):
    """A store in one SQL database; open it with ``testigo.store.open_store``."""

    def __init__(self, db: str) -> None:
        self.url = normalise_url(db)
        self.engine = make_engine(self.url)
        try:
            self._prepare()
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open store {redact(self.url)}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc

    def _prepare(self) -> None:
        with self.engine.begin() as conn:
            t.metadata.create_all(conn)
            found = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar()
            if found is None:
                conn.execute(t.meta.insert().values(key="schema_version", value=str(t.SCHEMA_VERSION)))
            elif int(found) > t.SCHEMA_VERSION:
                raise StoreError(
                    f"store {redact(self.url)} was written by a newer testigo (schema {found}; this "
                    f"version reads up to {t.SCHEMA_VERSION}): upgrade testigo, or use another --db"
                )
            elif int(found) < t.SCHEMA_VERSION:
                _migrate(conn, int(found))

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the store."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar_one())

    @contextmanager
    def writer(self) -> Iterator[Writer]:
        try:
            with self.engine.begin() as conn:
                yield SQLWriter(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"write to {redact(self.url)} failed and was rolled back: {exc}") from exc

    def _rows(self, query: Select[Any]) -> Iterator[Row[Any]]:
        with self.engine.connect() as conn:
            yield from conn.execute(query)

    def get_document(self, document_id: str) -> Document | None:
        rows = list(self._rows(select(*_DOC_COLUMNS).where(t.documents.c.id == document_id)))
        return _document(rows[0]) if rows else None

    def extracted_with(self, document_id: str) -> str | None:
        query = select(t.documents.c.extracted_with).where(t.documents.c.id == document_id)
        rows = list(self._rows(query))
        return rows[0].extracted_with if rows else None

    def iter_documents(self, *, not_extracted_with: str | None = None) -> Iterator[Document]:
        query = select(*_DOC_COLUMNS).order_by(t.documents.c.ingested_at, t.documents.c.id)
        if not_extracted_with is not None:
            col = t.documents.c.extracted_with
            query = query.where(or_(col.is_(None), col != not_extracted_with))
        for row in self._rows(query):
            yield _document(row)

    def _aliases(self, entity_ids: list[str]) -> dict[str, list[Alias]]:
        found: dict[str, list[Alias]] = {i: [] for i in entity_ids}
        query = select(t.aliases).where(t.aliases.c.entity_id.in_(entity_ids)).order_by(t.aliases.c.name)
        for row in self._rows(query):
            found[row.entity_id].append(Alias(row.name, row.lang))
        return found

    def _entities(self, query: Select[Any]) -> Iterator[Entity]:
        rows = list(self._rows(query))
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            aliases = self._aliases([r.id for r in chunk])
            for r in chunk:
                names = tuple(a for a in aliases[r.id] if a.name != r.name)
                yield Entity(id=r.id, kind=r.kind, name=r.name, aliases=names,
                             external_ids=dict(r.external_ids or {}))

    def get_entity(self, entity_id: str) -> Entity | None:
        return next(self._entities(select(t.entities).where(t.entities.c.id == entity_id)), None)

    def iter_entities(self, *, kind: str | None = None) -> Iterator[Entity]:
        query = select(t.entities).order_by(t.entities.c.kind, t.entities.c.name)
        if kind is not None:
            query = query.where(t.entities.c.kind == kind)
        return self._entities(query)

    def iter_mentions(self, document_id: str) -> Iterator[Mention]:
        query = (select(t.mentions).where(t.mentions.c.document_id == document_id)
                 .order_by(t.mentions.c.span_start))
        for r in self._rows(query):
            yield Mention(r.document_id, r.entity_id, r.span_start, r.span_end, r.text)

    def iter_claims(self, where: ClaimFilter | None = None) -> Iterator[Claim]:
        c = t.claims.c
        query = select(t.claims).order_by(c.document_id, c.span_start, c.id)
        where = where or ClaimFilter()
        if where.document_id:
            query = query.where(c.document_id == where.document_id)
        if where.entity_id:
            query = query.where(or_(c.subject_id == where.entity_id, c.object_id == where.entity_id))
        if where.predicate:
            query = query.where(c.predicate == where.predicate)
        if where.certainty:
            query = query.where(c.certainty == where.certainty)
        for row in self._rows(query):
            yield _claim(row)

    def iter_edges(self, where: EdgeFilter) -> Iterator[EdgeRow]:
        c = t.edges.c
        query = _edge_query(select(c.claim_id, c.subject_id, c.object_id, c.negative, c.since, c.dates, c.title,
                                   c.outlet, c.source, c.anonymous, c.certainty, c.quote, c.attributed_to), where)
        if where.start:  # some date on or after the start needs the latest one's year there
            query = query.where(or_(c.until.is_(None), c.until >= where.start[:4]))
        with self.engine.connect() as conn:
            yield from conn.execute(query)

    def iter_ties(self, where: EdgeFilter) -> Iterator[TieRow]:
        if where.start or where.end:
            raise ValueError("iter_ties reads no window: use iter_edges")
        c = t.edges.c
        query = _edge_query(select(c.subject_id, c.object_id, c.certainty, c.outlet, c.source, c.anonymous), where)
        with self.engine.connect() as conn:
            # the DBAPI's own tuples: a million SQLAlchemy Rows cost more than reading them
            yield from iter(conn.execute(query).cursor)  # type: ignore[call-overload]

    def count_edges(self, predicates: tuple[str, ...], certainties: tuple[str, ...]) -> int:
        c = t.edges.c
        query = select(func.count()).where(c.predicate.in_(predicates), c.certainty.in_(certainties))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def iter_entity_names(self, kinds: tuple[str, ...]) -> Iterator[tuple[str, str, str]]:
        c = t.entities.c
        query = select(c.id, c.kind, c.name).where(c.kind.in_(kinds)).order_by(c.kind, c.name)
        with self.engine.connect() as conn:
            yield from conn.execute(query)

    def rebuild_edges(self) -> int:
        try:
            with self.engine.begin() as conn:
                return e.rebuild(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"rebuilding the edges of {redact(self.url)} failed and was rolled back: "
                             f"{str(exc).splitlines()[0]}") from exc

    def iter_judgements(self) -> Iterator[Judgement]:
        for r in self._rows(select(t.judgements).order_by(t.judgements.c.id)):
            yield Judgement(r.left_id, r.right_id, Verdict(r.verdict), r.author, r.reason, r.created_at)

    def read_clusters(self) -> dict[str, str] | None:
        with self.engine.connect() as conn:  # rows written after the count are of newer judgements: fine too
            written = conn.execute(select(t.meta.c.value).where(t.meta.c.key == _CLUSTERS_OF)).scalar()
            count = conn.execute(select(func.count()).select_from(t.judgements)).scalar_one()
            if written is None or int(written) != count:
                return None
            return {r.entity_id: r.canonical_id for r in conn.execute(select(t.clusters))}

    def iter_rejections(self) -> Iterator[Rejection]:
        query = select(t.rejections).order_by(t.rejections.c.created_at, t.rejections.c.source)
        for r in self._rows(query):
            yield Rejection(r.id, r.source, r.stage, r.reason, r.document_id, r.created_at)

    def counts(self) -> dict[str, int]:
        names = ("documents", "entities", "aliases", "mentions", "claims", "edges", "judgements", "rejections")
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(t.metadata.tables[name])).scalar_one())
                for name in names
            }

    def close(self) -> None:
        self.engine.dispose()


def _edge_query(query: Select[Any], where: EdgeFilter) -> Select[Any]:
    """``query`` over ``edges`` narrowed by ``where`` (all but the window's start), in read order."""
    c = t.edges.c
    # for a few pairs their index (ix_edges_pair) is the one to use: the predicate is compared in a form
    # no index serves, or SQLite would pick the predicate's and read every row of it
    predicate = c.predicate if where.pairs is None else c.predicate.concat("")
    query = query.where(predicate == where.predicate).order_by(c.document_id, c.span_start, c.claim_id)
    if where.certainty is not None:
        query = query.where(c.certainty == where.certainty)
    if where.negative is not None:
        query = query.where(c.negative.is_(where.negative))
    for bound in (where.as_of, where.end):  # exact for as_of: see store/edges.py
        if bound:
            query = query.where(or_(c.since.is_(None), func.substr(c.since, 1, len(bound)) <= bound))
    if where.pairs is not None:  # one index search per pair (SQLite reads a row-value IN by scanning)
        query = query.where(or_(false(), *(and_(c.subject_id == a, c.object_id == b) for a, b in where.pairs)))
    return query


def _migrate(conn: Connection, found: int) -> None:
    """Bring a store written with schema ``found`` up to SCHEMA_VERSION (tables are already created)."""
    if found < 2:
        e.rebuild(conn)  # version 2 added the derived edges table (rebuilt with version 3's indexes)
    elif found < 3:  # version 3 widened its read indexes and added one by pair
        for name in t.OLD_EDGE_INDEXES:
            conn.execute(DropIndex(Index(name), if_exists=True))
        for index in t.edges.indexes:
            index.create(conn, checkfirst=True)
    conn.execute(update(t.meta).where(t.meta.c.key == "schema_version").values(value=str(t.SCHEMA_VERSION)))


_CLUSTERS_OF = "clusters_of"  # meta key: how many judgements the stored clusters were computed from

_DOC_COLUMNS = tuple(
    t.documents.c[name]
    for name in ("id", "source", "text", "title", "outlet", "author", "published", "language", "ingested_at")
)
