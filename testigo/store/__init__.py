"""Storage behind one interface: ``open_store(db)`` gives a Store on SQLite or PostgreSQL."""

from __future__ import annotations

from testigo.store.base import ClaimFilter, Store, Writer

__all__ = ["ClaimFilter", "Store", "Writer", "open_store"]


def open_store(db: str) -> Store:
    """Open (and create on first use) the store at ``db``.

    ``db`` is a file path (SQLite, the default), ``:memory:``, ``sqlite:///FILE``
    or ``postgresql://USER:PASSWORD@HOST/DB``.
    """
    from testigo.store.sql import SQLStore

    return SQLStore(db)
