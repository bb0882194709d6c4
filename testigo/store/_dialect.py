"""What differs between SQLite and PostgreSQL: URLs, engine options, insert-or-ignore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from testigo.errors import StoreError

MEMORY = "sqlite://"


def normalise_url(db: str) -> str:
    """Turn a ``--db`` value (a file path, ``:memory:`` or a URL) into an SQLAlchemy URL."""
    if db in (":memory:", "memory", MEMORY):
        return MEMORY
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        if db.startswith(("sqlite:", "postgresql+psycopg:")):
            return db
        raise StoreError(f"--db {db!r}: use a file path, sqlite:///FILE or postgresql://USER@HOST/DB")
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in creds else url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for the URL; an in-memory SQLite database is shared by all connections."""
    if url == MEMORY:
        return create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    if url.startswith("sqlite"):
        path = Path(url.split(":///", 1)[1])
        if not path.parent.is_dir():
            raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist")
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"{redact(url)} needs the PostgreSQL driver: pip install 'testigo[postgres]'"
        ) from exc


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    """Insert rows, skipping any whose primary key is already stored; return how many were new."""
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(table).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(table).on_conflict_do_nothing()
    # rowcount is not reliable across drivers (psycopg reports -1): count RETURNING rows.
    stmt = stmt.returning(*table.primary_key.columns)
    return sum(len(conn.execute(stmt, row).all()) for row in rows)
