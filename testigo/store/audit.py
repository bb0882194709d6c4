"""The audit trail: who changed the store through the web app, when, and what.

Kept apart from the Store interface: it is written and read only by ``testigo.web``, on
any SQL store (the ``audit`` table of tables.py is created on open, old stores included).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from testigo.errors import StoreError
from testigo.model import now
from testigo.store import tables as t
from testigo.store.base import Store

__all__ = ["AuditEntry", "iter_audit", "record_audit"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One write: when, by whom, which action on which target, with its details."""

    who: str
    action: str
    target: str
    detail: dict[str, Any] = field(default_factory=dict)
    at: str = field(default_factory=now)

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at, "who": self.who, "action": self.action, "target": self.target,
                "detail": dict(self.detail)}


def _engine(store: Store) -> Any:
    engine = getattr(store, "engine", None)
    if engine is None:
        raise StoreError(f"store {store.url} keeps no audit trail: use a SQLite file or PostgreSQL")
    return engine


def record_audit(store: Store, entry: AuditEntry) -> AuditEntry:
    """Append one entry to the audit trail."""
    with _engine(store).begin() as conn:
        conn.execute(t.audit.insert().values(**entry.to_dict()))
    return entry


def iter_audit(store: Store, *, action: str | None = None) -> Iterator[AuditEntry]:
    """Audit entries, oldest first; only one action's when ``action`` is given."""
    query = select(t.audit).order_by(t.audit.c.id)
    if action is not None:
        query = query.where(t.audit.c.action == action)
    with _engine(store).connect() as conn:
        rows = list(conn.execute(query))
    for r in rows:
        yield AuditEntry(who=r.who, action=r.action, target=r.target, detail=dict(r.detail or {}), at=r.at)
