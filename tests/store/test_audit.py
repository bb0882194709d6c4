"""The audit trail on every backend: appended in order, read back with who, when and details."""

from __future__ import annotations

from testigo.store import Store
from testigo.store.audit import AuditEntry, iter_audit, record_audit


def test_audit_entries_round_trip_in_order(store: Store) -> None:
    record_audit(store, AuditEntry(who="ana", action="merge", target="a b", detail={"reason": "same"}))
    record_audit(store, AuditEntry(who="ben", action="contradiction.resolve", target="ctr-1", detail={"note": "é"}))
    entries = list(iter_audit(store))
    assert [(e.who, e.action, e.target) for e in entries] == [("ana", "merge", "a b"),
                                                              ("ben", "contradiction.resolve", "ctr-1")]
    assert entries[1].detail == {"note": "é"} and entries[0].at <= entries[1].at
    assert [e.who for e in iter_audit(store, action="merge")] == ["ana"]
