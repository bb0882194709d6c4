"""One contract, every backend: memory, a SQLite file and PostgreSQL (TESTIGO_TEST_PG_URL)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from testigo.errors import StoreError
from testigo.model import (
    Alias,
    Certainty,
    Claim,
    DateValue,
    Document,
    Entity,
    Evidence,
    Judgement,
    Mention,
    Polarity,
    Qualifiers,
    Rejection,
    Verdict,
)
from testigo.store import ClaimFilter, Store, open_store
from testigo.store import tables as t

CJNG = Entity.make("criminal_group", "Jalisco New Generation Cartel", aliases=(Alias("CJNG"),))
CHAPITOS = Entity.make("criminal_group", "Los Chapitos", aliases=(Alias("La Chapiza", "es"),))
MAYO = Entity.make("person", "Ismael Zambada García", aliases=(Alias("El Mayo"),))
USA = Entity.make("country", "United States")
DOC = Document.make("CJNG and Los Chapitos are said to have formed an alliance.", "a.txt", title="A")


def _claim(predicate: str, subject: Entity, obj: Entity, start: int = 0, **rest: object) -> Claim:
    return Claim.make(DOC.id, subject.id, predicate, object_id=obj.id, rule=f"{predicate}.test.v1",
                      evidence=Evidence(DOC.text[start:start + 20], start, start + 20), **rest)


ALLY = _claim("ally_of", CJNG, CHAPITOS, certainty=Certainty.PROBABLE,
              qualifiers=Qualifiers(dates=(DateValue("July 2024", "2024-07", "month"),), places=("Guadalajara",)))
ARREST = _claim("arrested", MAYO, USA, start=5, attributed_to=("article", "Drug Enforcement Administration"),
                polarity=Polarity.NEGATIVE)


def _fill(store: Store) -> None:
    with store.writer() as w:
        w.add_document(DOC)
        w.add_entities([CJNG, CHAPITOS, MAYO, USA])
        w.add_mentions([Mention(DOC.id, CJNG.id, 0, 4, "CJNG")])
        w.add_claims([ALLY, ARREST])


def test_document_round_trip_and_dedupe(store: Store) -> None:
    with store.writer() as w:
        assert w.add_document(DOC) is True
        assert w.add_document(Document.make(DOC.text, "copy-of-a.txt")) is False
    assert store.get_document(DOC.id) == DOC
    assert store.counts()["documents"] == 1
    assert store.get_document("doc-missing") is None


def test_entities_keep_and_merge_aliases(store: Store) -> None:
    _fill(store)
    more = Entity(id=CJNG.id, kind=CJNG.kind, name=CJNG.name,
                  aliases=(Alias("CJNG"), Alias("Cártel de Jalisco Nueva Generación", "es")))
    with store.writer() as w:
        w.add_entities([more])
    found = store.get_entity(CJNG.id)
    assert found is not None
    assert sorted(a.name for a in found.aliases) == ["CJNG", "Cártel de Jalisco Nueva Generación"]
    assert [e.name for e in store.iter_entities(kind="person")] == ["Ismael Zambada García"]


def test_claims_round_trip_filter_and_dedupe(store: Store) -> None:
    _fill(store)
    assert sorted(c.id for c in store.iter_claims()) == sorted([ALLY.id, ARREST.id])
    assert list(store.iter_claims(ClaimFilter(predicate="ally_of"))) == [ALLY]
    assert list(store.iter_claims(ClaimFilter(entity_id=USA.id))) == [ARREST]
    assert list(store.iter_claims(ClaimFilter(certainty="probable"))) == [ALLY]
    with store.writer() as w:
        assert w.add_claims([ALLY, ARREST]) == 0
    assert store.counts()["claims"] == 2
    assert [m.text for m in store.iter_mentions(DOC.id)] == ["CJNG"]


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.writer() as w:
            w.add_document(DOC)
            w.add_claims([ALLY])
            raise RuntimeError("crash in the middle of a document")
    counts = store.counts()
    assert counts["documents"] == 0 and counts["claims"] == 0


def test_re_extraction_replaces_claims(store: Store) -> None:
    _fill(store)
    assert [d.id for d in store.iter_documents(not_extracted_with="rules-1")] == [DOC.id]
    with store.writer() as w:
        w.clear_extraction(DOC.id)
        w.add_claims([ALLY])
        w.mark_extracted(DOC.id, "rules-1")
    assert store.extracted_with(DOC.id) == "rules-1"
    assert list(store.iter_documents(not_extracted_with="rules-1")) == []
    assert [d.id for d in store.iter_documents(not_extracted_with="rules-2")] == [DOC.id]
    assert list(store.iter_claims()) == [ALLY]
    assert list(store.iter_mentions(DOC.id)) == []


def test_judgements_and_rejections(store: Store) -> None:
    rejection = Rejection.make("empty.txt", "ingest", "the file is empty")
    with store.writer() as w:
        w.add_judgement(Judgement(CJNG.id, CHAPITOS.id, Verdict.DIFFERENT, "analyst:ana", "not the same"))
        w.add_judgement(Judgement(CJNG.id, CHAPITOS.id, Verdict.SAME, "analyst:ana"))
        assert w.add_rejection(rejection) is True
        assert w.add_rejection(Rejection.make("empty.txt", "ingest", "the file is empty")) is False
    assert [j.verdict for j in store.iter_judgements()] == [Verdict.DIFFERENT, Verdict.SAME]
    assert [r.reason for r in store.iter_rejections()] == ["the file is empty"]


def test_store_from_a_newer_version_is_refused(store: Store) -> None:
    if store.url == "sqlite://":
        pytest.skip("an in-memory store cannot be reopened")
    engine = store.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(update(t.meta).where(t.meta.c.key == "schema_version").values(value=str(t.SCHEMA_VERSION + 1)))
    with pytest.raises(StoreError, match="newer testigo"):
        open_store(store.url)
    assert store.counts()["documents"] == 0  # nothing was written by the refused open


def test_schema_version_is_recorded(store: Store) -> None:
    assert store.schema_version == t.SCHEMA_VERSION  # type: ignore[attr-defined]


def test_bad_db_values_explain_themselves(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "folder" / "x.db"))
    with pytest.raises(StoreError, match="use a file path"):
        open_store("mysql://localhost/x")
    with pytest.raises(StoreError, match="cannot open store"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_many_judgements_in_one_call_keep_their_order(store: Store) -> None:
    many = [Judgement(f"ent-{i}", f"ent-{i + 1}", Verdict.SAME if i % 2 else Verdict.DIFFERENT, "rule:test")
            for i in range(50)]
    with store.writer() as w:
        w.add_judgements(many)
    assert [(j.left_id, j.verdict) for j in store.iter_judgements()] == [(j.left_id, j.verdict) for j in many]
