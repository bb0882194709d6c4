"""SQLAlchemy Core tables of a testigo store, one schema for SQLite and PostgreSQL.

Bump SCHEMA_VERSION whenever a table changes, and add the migration in sql.py (``_migrate``).

``edges`` is derived: one slim row per claim, with what the network query needs already
folded (the claim's origin parts, its earliest and latest date, its document's outlet), so an
``--as-of`` query filters and reads it in SQL without decoding claims. The Writer keeps it
current in the same transaction as the claims; ``Store.rebuild_edges()`` recomputes it from
the claims and documents (after a bulk load, or to repair it). Its origin parts are folded by
analyse/origin.py: a change there that changes a stored value needs a SCHEMA_VERSION bump whose
migration rebuilds ``edges``. Version history: 1 the first schema; 2 adds ``edges`` (backfilled
when an older store is opened); 3 widens the read indexes of ``edges`` so that the ``--as-of``
query of the signed network reads the index alone (``Store.iter_ties``), and adds one by pair, to
fetch the claims behind one edge when they are asked for.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = 3

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("published", String(32)),
    Column("language", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("extracted_with", String(64)),
    Column("extracted_at", String(40)),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(32), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("external_ids", JSON, nullable=False),
)

aliases = Table(
    "aliases",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("name", String(400), primary_key=True),
    Column("lang", String(16)),
    Column("key", String(400), nullable=False, index=True),
)

mentions = Table(
    "mentions",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("span_start", Integer, primary_key=True),
    Column("span_end", Integer, primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Index("ix_mentions_entity", "entity_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), nullable=False, index=True),
    Column("subject_id", String(64), nullable=False, index=True),
    Column("predicate", String(32), nullable=False, index=True),
    Column("object_id", String(64), index=True),
    Column("value", Text),
    Column("qualifiers", JSON, nullable=False),
    Column("polarity", String(16), nullable=False),
    Column("certainty", String(16), nullable=False),
    Column("attributed_to", JSON, nullable=False),
    Column("quote", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("rule", String(120), nullable=False),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("left_id", String(64), nullable=False, index=True),
    Column("right_id", String(64), nullable=False, index=True),
    Column("verdict", String(16), nullable=False),
    Column("author", String(120), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

# Derived, a cache: each id of a cluster of two or more -> its canonical id, as resolve.py computes them
# from the judgements; ``meta`` key "clusters_of" holds how many judgements there were then, and the
# table is used only while that is still the count (Store.read_clusters). Created on open like every
# table (no version bump needed): a store without it recomputes the clusters.
clusters = Table(
    "clusters",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("canonical_id", String(64), nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("stage", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("document_id", String(64)),
    Column("created_at", String(40), nullable=False),
)

# Writes made through the web app (merge, split, contradiction resolved, ingest): who and when.
# Created on open like every table, so stores made before it get it too (no version bump needed).
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("who", String(120), nullable=False),
    Column("action", String(40), nullable=False, index=True),
    Column("target", Text, nullable=False),
    Column("detail", JSON, nullable=False),
)

TIE_COLUMNS = ("since", "subject_id", "object_id", "certainty", "outlet", "source", "anonymous")

edges = Table(
    "edges",
    metadata,
    Column("claim_id", String(64), primary_key=True),
    Column("document_id", String(64), nullable=False, index=True),
    Column("span_start", Integer, nullable=False),
    Column("predicate", String(32), nullable=False),
    Column("certainty", String(16), nullable=False),
    Column("subject_id", String(64), nullable=False),
    Column("object_id", String(64)),
    Column("negative", Boolean, nullable=False),
    Column("since", String(10)),  # earliest date value, else the publication date (None: undated)
    Column("until", String(10)),  # latest of the same
    Column("dates", Text, nullable=False),  # the qualifiers' date values, space-separated
    Column("title", Text),
    Column("outlet", Text, nullable=False),  # origin key of the document's outlet (analyse/origin.py)
    Column("source", Text),  # the innermost source, folded; None when it is the article itself
    Column("anonymous", Boolean, nullable=False),
    Column("quote", Text, nullable=False),
    Column("attributed_to", Text, nullable=False),  # joined by base.CHAIN_SEPARATOR
    # the network query's order, then what it reads of a tie (covering: the table is not visited)
    Index("ix_edges_ties", "predicate", "negative", "certainty", "document_id", "span_start", "claim_id",
          *(c for c in TIE_COLUMNS if c != "certainty")),
    Index("ix_edges_ties_all", "predicate", "negative", "document_id", "span_start", "claim_id", *TIE_COLUMNS),
    Index("ix_edges_pair", "subject_id", "object_id"),
)
OLD_EDGE_INDEXES = ("ix_edges_read", "ix_edges_read_all")  # schema 2's, dropped by the migration to 3
