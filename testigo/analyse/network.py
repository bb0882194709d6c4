"""The signed network of groups and the person -> group hierarchy, built in one pass over claims.

Invariant: claims are read once and never kept. Each is folded at once into a Relation per
(canonical subject, canonical object, predicate): its origins with the best certainty each
gave, its claim ids and the quote of its strongest claim. Memory grows with the number of
distinct relations and claim ids, not with claims; time is linear in claims (dictionary
updates), and graphs are built once at the end from the relations, in first-seen order.

Weight of a relation (one predicate between one pair), documented in ``strength``:
``mean(best certainty weight per origin) * log2(1 + support)``, with certainty weights
certain 1.0, probable 0.6, possible 0.3 and support the number of independent origins
(origin.py). One certain origin weighs 1.0; three certain ones 2.0; repeating an origin adds
nothing. An edge of the group graph sums its relations with their schema sign (``ally_of``
+1, ``rival_of`` -1). When both signs have evidence the net weight decides the sign and the
edge is marked ``contested``; an exact tie leaves sign 0 (kept, drawn, but left out of balance).
Denials (negative polarity) make no edge; their claim ids are listed under ``denied``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, Protocol

from testigo.analyse.origin import Sources, origin, origin_key, source_lookup
from testigo.analyse.period import Period
from testigo.errors import ConfigError
from testigo.memory import paused_gc
from testigo.model import Certainty, Claim, Entity, Polarity
from testigo.schema import load_schema
from testigo.store.base import CHAIN_SEPARATOR, EdgeRow, TieRow

__all__ = [
    "CERTAINTY_WEIGHT", "Canonical", "HIERARCHY_PREDICATES", "Evidence", "Network", "Relation", "Ties", "build_network",
    "edge_claim_count", "edge_claims", "edge_quote", "label_nodes", "make_builder", "paused_gc", "people_of",
    "read_evidence", "same", "strength",
]

CERTAINTY_WEIGHT = {"certain": 1.0, "probable": 0.6, "possible": 0.3}
_CERTAINTY_OF = {w: c for c, w in CERTAINTY_WEIGHT.items()}
_WEIGHT = {c: CERTAINTY_WEIGHT[c.value] for c in Certainty}
_RANK = {c: c.rank for c in Certainty}
HIERARCHY_PREDICATES = ("leader_of", "founder_of", "member_of", "faction_of",
                        "child_of", "sibling_of", "spouse_of", "relative_of")
_EPSILON = 1e-9

Pair = tuple[str, str]


def same(entity_id: str) -> str:
    """The identity resolver: every id is its own canonical id."""
    return entity_id


class Canonical(dict[str, str]):
    """An id -> canonical id map that is also the ``canonical`` function (an id not in it is its own):
    building a network looks ids up in it directly, without a Python call per id."""

    __slots__ = ()

    def __call__(self, entity_id: str) -> str:
        return self.get(entity_id, entity_id)


def strength(weights: Iterable[float]) -> float:
    """mean(weights) * log2(1 + n): the weight of n independent origins with these certainties."""
    values = list(weights)
    if not values:
        return 0.0
    return sum(values) / len(values) * math.log2(1 + len(values))


class Evidence(Protocol):
    """Reads the evidence of relations whose weight was folded without it (``Relation.pending``)."""

    def read(self, relations: list[Relation]) -> None:
        """Give each of these relations its evidence (``Relation.take_evidence``)."""


def read_evidence(relations: Iterable[Relation]) -> None:
    """Read the pending evidence of many relations at once: one read per source, not one per relation."""
    waiting: dict[int, tuple[Evidence, list[Relation]]] = {}
    for relation in relations:
        if relation.pending is not None:
            waiting.setdefault(id(relation.pending), (relation.pending, []))[1].append(relation)
    for source, found in waiting.values():
        source.read(found)


class Relation:
    """Everything kept of the claims of one relation (a predicate between one pair of entities).

    ``origins``, ``best`` and ``count`` weigh the relation; its evidence (``claims``, ``quote``,
    ``attributed_to``, ``dates``, ``titles``) may be left for later (``load_network`` does, for the
    signed network of a date): it is then filled when first read, by the ``pending`` loader.
    """

    __slots__ = ("origins", "count", "best", "_claims", "_quote", "_attributed_to", "_dates", "_titles", "pending")

    def __init__(self) -> None:
        self.origins: dict[str, float] = {}  # origin -> best certainty weight it gave
        self.count = 0  # claims folded in
        self.best = -1.0
        self._claims: list[str] = []
        self._quote = ""
        self._attributed_to: tuple[str, ...] = ()
        self._dates: set[str] = set()
        self._titles: set[str] = set()
        self.pending: Evidence | None = None  # reads the evidence when it is first asked for

    @classmethod
    def weighed(cls, pending: Evidence) -> Relation:
        """A relation weighed from tie rows (``_Builder.add_ties``), its evidence left to ``pending``.

        Its evidence is not even made empty: ``take_evidence`` or ``no_evidence`` gives it (a million
        ties are cheaper made this way)."""
        relation = cls.__new__(cls)
        relation.origins, relation.count, relation.best, relation.pending = {}, 0, -1.0, pending
        return relation

    def no_evidence(self) -> None:
        """Read, and none found (its rows are gone since it was weighed): empty evidence."""
        self._claims, self._quote, self._attributed_to, self._dates, self._titles = [], "", (), set(), set()
        self.pending = None

    def _evidence(self) -> None:
        if self.pending is not None:
            self.pending.read([self])  # calls take_evidence, which clears it

    @property
    def claims(self) -> list[str]:
        self._evidence()
        return self._claims

    @property
    def quote(self) -> str:
        """The quote of the strongest claim (the first read at the best certainty)."""
        self._evidence()
        return self._quote

    @property
    def attributed_to(self) -> tuple[str, ...]:
        self._evidence()
        return self._attributed_to

    @property
    def dates(self) -> set[str]:
        self._evidence()
        return self._dates

    @property
    def titles(self) -> set[str]:
        self._evidence()
        return self._titles

    def take_evidence(self, other: Relation) -> None:
        """Take the evidence of ``other``, the same relation folded from every row (see ``pending``)."""
        self._claims, self._quote, self._attributed_to = other._claims, other._quote, other._attributed_to
        self._dates, self._titles, self.pending = other._dates, other._titles, None

    def add(self, claim: Claim, source: str, weight: float, dates: list[str]) -> None:
        """Fold one claim in: its origin, id, quote (when it is the strongest so far) and qualifiers."""
        if weight > self.origins.get(source, -1.0):
            self.origins[source] = weight
        self._claims.append(claim.id)
        self.count += 1
        if weight > self.best:
            self.best, self._quote, self._attributed_to = weight, claim.evidence.quote, claim.attributed_to
        if dates:
            self._dates.update(dates)
        if claim.qualifiers.title:
            self._titles.add(claim.qualifiers.title)

    def add_row(self, claim_id: str, source: str, weight: float, dates: list[str], title: str | None,
                quote: str, chain: str) -> None:
        """Fold in one edge row (Store.iter_edges: ``chain`` is attributed_to joined by CHAIN_SEPARATOR)."""
        if weight > self.origins.get(source, -1.0):
            self.origins[source] = weight
        self._claims.append(claim_id)
        self.count += 1
        if weight > self.best:
            self.best, self._quote = weight, quote
            self._attributed_to = tuple(chain.split(CHAIN_SEPARATOR)) if chain else ()
        if dates:
            self._dates.update(dates)
        if title:
            self._titles.add(title)

    @property
    def support(self) -> int:
        """The number of independent origins."""
        return len(self.origins)

    def strength(self) -> float:
        if len(self.origins) == 1:  # the common case: log2(1 + 1) = 1
            return self.best
        return strength(self.origins.values())

    def certainty(self) -> str:
        return _CERTAINTY_OF[self.best]

    def to_dict(self) -> dict[str, Any]:
        return {"support": len(self.origins), "origins": sorted(self.origins), "claims": list(self.claims),
                "certainty": self.certainty(), "strength": round(self.strength(), 4), "quote": self.quote,
                "attributed_to": list(self.attributed_to), "dates": sorted(self.dates),
                "titles": sorted(self.titles)}


class Ties:
    """The hierarchy before any graph: (source, target, predicate) -> Relation in first-seen order.

    Each Relation is weighed (``support``, ``origins``, ``best``, ``count``); its evidence (claim ids,
    quote, titles) may be left pending, read when first asked for. ``into`` lists a node's incoming
    ties (what ``people_of`` needs) and ``graph`` makes the networkx MultiDiGraph, both on first use:
    the CLI's table needs a few groups' leaders, not a graph of every person's ties.
    """

    __slots__ = ("relations", "names", "symmetric", "_graph", "_into", "_nodes")

    def __init__(self, relations: dict[tuple[str, str, str], Relation],
                 names: Mapping[str, str | Entity | tuple[str, str]] | None, symmetric: set[str]) -> None:
        self.relations, self.names, self.symmetric = relations, names, symmetric
        self._graph: Any = None
        self._into: dict[str, list[tuple[str, str, Relation]]] | None = None
        self._nodes: set[str] | None = None

    def __len__(self) -> int:
        return len(self.relations)

    def __contains__(self, node: object) -> bool:
        if self._graph is not None:
            return node in self._graph
        if self._nodes is None:
            self._nodes = {n for a, b, _p in self.relations for n in (a, b)}
        return node in self._nodes

    def into(self, node: str) -> list[tuple[str, str, Relation]]:
        """The ties into a node as (source, predicate, Relation), in first-seen order."""
        if self._into is None:
            self._into = {}
            for (a, b, predicate), relation in self.relations.items():
                self._into.setdefault(b, []).append((a, predicate, relation))
        return self._into.get(node, [])

    def label(self, node: str) -> dict[str, str]:
        """The node's name (and kind, when known), as the graph's node data gives them."""
        return _node_label(node, self.names.get(node) if self.names else None)

    def graph(self) -> Any:
        """The hierarchy as a networkx MultiDiGraph keyed by predicate (made once; do not change it)."""
        if self._graph is None:
            import networkx as nx

            hierarchy = nx.MultiDiGraph()
            # what add_edges_from((a, b, p, tie)) does, without copying each tie's dict: nodes in first-seen
            # order, keyed by predicate
            succ, pred, nodes, symmetric = hierarchy._succ, hierarchy._pred, hierarchy._node, self.symmetric
            for (a, b, predicate), relation in self.relations.items():
                for node in (a, b):
                    if node not in nodes:
                        nodes[node], succ[node], pred[node] = {}, {}, {}
                keys = succ[a].get(b)
                if keys is None:
                    keys = succ[a][b] = pred[b][a] = {}
                origins = relation.origins
                keys[predicate] = {"predicate": predicate, "symmetric": predicate in symmetric,
                                   "support": len(origins), "origins": sorted(origins),
                                   "certainty": _CERTAINTY_OF[relation.best], "relation": relation}
            label_nodes(hierarchy, self.names)
            self._graph = hierarchy
        return self._graph


class Network:
    """The signed group graph (``graph``), the hierarchy (``ties``, ``hierarchy``) and how they were built.

    ``graph`` is a networkx Graph of groups; each edge has ``sign`` (+1, -1, 0), ``weight``
    (signed), ``contested``, ``support`` and ``origins`` (of the winning sign), ``certainty``
    (the best), ``relations`` (predicate -> Relation) and ``denied`` (claim ids); its claim ids
    and quote come from its relations, read when asked for: ``edge_claims``, ``edge_quote``
    (``to_dict`` lists them as ``claims`` and ``quote``). ``hierarchy`` is a networkx MultiDiGraph
    keyed by predicate: person -> group
    (leader_of, founder_of, member_of), group -> group (faction_of), person -> person (family;
    ``symmetric`` ties stored once); its edges have ``predicate``, ``symmetric``, ``support``,
    ``origins``, ``certainty`` and ``relation``, whose claim ids, quote and titles are read when
    asked for (``to_dict`` lists them as ``claims``, ``quote`` and ``titles``). ``ties`` is the same
    hierarchy before any graph is made (``Ties``): ``people_of`` and ``claims_used`` need only that.

    ``load_hierarchy`` (instead of ``ties``) reads the ties on first use of ``ties``,
    ``hierarchy`` or ``claims_used`` and returns them with the number of claims they used: blocs,
    triads and brokers need only ``graph``, and on a large store the hierarchy costs more.
    """

    __slots__ = ("graph", "_ties", "_load", "period", "min_certainty", "_read", "_used", "denied", "cache")

    def __init__(self, graph: Any, ties: Ties | None = None, *, period: Period | None = None,
                 min_certainty: Certainty = Certainty.POSSIBLE, claims_read: int | Callable[[], int] = 0,
                 claims_used: int = 0, denied: dict[Pair, list[str]] | None = None,
                 load_hierarchy: Callable[[], tuple[Ties, int]] | None = None) -> None:
        self.graph, self._ties, self._load = graph, ties, load_hierarchy
        self.period, self.min_certainty = period or Period(), min_certainty
        self._read, self._used, self.denied = claims_read, claims_used, denied if denied is not None else {}
        self.cache: dict[str, Any] = {}  # what analyses derive from ``graph`` once and share (balance.py)

    @property
    def claims_read(self) -> int:
        """How many claims of the network's predicates and certainties there are (counted when first asked)."""
        if not isinstance(self._read, int):
            self._read = self._read()
        return self._read

    @property
    def ties(self) -> Ties:
        """The hierarchy's ties, weighed, their evidence read when asked for (read now if left for later)."""
        if self._load is not None:
            load, self._load = self._load, None
            self._ties, used = load()
            self._used += used
        if self._ties is None:
            self._ties = Ties({}, None, set())
        return self._ties

    @property
    def hierarchy(self) -> Any:
        """The person -> group hierarchy as a networkx MultiDiGraph (made on first use)."""
        return self.ties.graph()

    @property
    def claims_used(self) -> int:
        """How many claims the graph and the hierarchy were built from."""
        self.ties  # noqa: B018  (the hierarchy's claims count too)
        return self._used

    def name(self, node: str) -> str:
        """The display name of a node of either graph."""
        if node in self.graph:  # the hierarchy is not read for a group's name
            return str(self.graph.nodes[node].get("name", node))
        if node in self.ties:
            return self.ties.label(node)["name"]
        return node

    def to_dict(self) -> dict[str, Any]:
        """Nodes, signed edges and hierarchy ties as plain data (for ``--format json``)."""
        g, ties = self.graph, self.ties
        read_evidence(r for others in g._adj.values() for d in others.values() for r in d["relations"].values())
        read_evidence(ties.relations.values())
        return {
            "period": self.period.to_dict(), "min_certainty": self.min_certainty.value,
            "claims_read": self.claims_read, "claims_used": self.claims_used,
            "nodes": [{"id": n, **d} for n, d in sorted(g.nodes(data=True))],
            "edges": [_edge_dict(u, v, d) for u, v, d in _sorted_edges(g)],
            "hierarchy": [_tie_dict(u, v, d) for u, v, d in sorted(ties.graph().edges(data=True), key=_tie_order)],
            "denied": [{"pair": list(p), "claims": c} for p, c in sorted(self.denied.items())],
        }


def _tie_dict(u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    relation: Relation = d["relation"]
    return {"source": u, "target": v, "predicate": d["predicate"], "symmetric": d["symmetric"],
            "support": d["support"], "origins": d["origins"], "claims": relation.claims,
            "certainty": d["certainty"], "quote": relation.quote, "titles": sorted(relation.titles)}


def _edge_dict(u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    return {"source": u, "target": v, "sign": d["sign"], "weight": d["weight"], "contested": d["contested"],
            "support": d["support"], "origins": d["origins"], "claims": edge_claims(d), "certainty": d["certainty"],
            "quote": edge_quote(d), "relations": {p: r.to_dict() for p, r in d["relations"].items()},
            "denied": d["denied"]}


def edge_claims(data: dict[str, Any]) -> list[str]:
    """The claim ids behind an edge of the group graph, relation by relation (read when asked for)."""
    relations: dict[str, Relation] = data["relations"]
    if len(relations) == 1:
        return next(iter(relations.values())).claims
    return [c for r in relations.values() for c in r.claims]


def edge_claim_count(data: dict[str, Any]) -> int:
    """How many claims are behind an edge of the group graph (no evidence read)."""
    return sum(r.count for r in data["relations"].values())


def edge_quote(data: dict[str, Any]) -> str:
    """The quote of an edge: its strongest claim's, of the winning sign (read when asked for)."""
    relations: dict[str, Relation] = data["relations"]
    if len(relations) == 1:
        return next(iter(relations.values())).quote
    return _strongest(relations, data["sign"], _roles()[0]).quote


def _strongest(relations: dict[str, Relation], sign: int, signs: Mapping[str, int]) -> Relation:
    """The relation of the winning sign (any, for a tie) with the best certainty, first in order."""
    return max((r for p, r in relations.items() if sign == 0 or signs[p] == sign), key=lambda r: r.best)


def _tie_order(edge: tuple[str, str, dict[str, Any]]) -> tuple[str, str, str]:
    return edge[2]["predicate"], edge[0], edge[1]


def _sorted_edges(g: Any) -> list[tuple[str, str, dict[str, Any]]]:
    return sorted(g.edges(data=True), key=lambda e: (-abs(e[2]["weight"]), e[0], e[1]))


@cache
def _roles() -> tuple[dict[str, int], set[str], set[str]]:
    schema = load_schema()
    signed = {p.name: p.sign for p in schema.predicates.values() if p.sign}
    symmetric = {p.name for p in schema.predicates.values() if p.symmetric}
    return signed, set(HIERARCHY_PREDICATES), symmetric


class _Builder:
    """Folds claims into Relations; ``finish`` turns them into graphs."""

    def __init__(self, *, canonical: Callable[[str], str], sources: Sources, aliases: dict[str, str] | None,
                 period: Period, min_certainty: Certainty) -> None:
        self.canonical, self.source_of, self.aliases = canonical, source_lookup(sources), aliases
        self.period, self.min_certainty, self.floor = period, min_certainty, min_certainty.rank
        self.signs, ties, self.symmetric = _roles()
        self.signed: dict[tuple[str, str, str], Relation] = {}
        self.hier: dict[tuple[str, str, str], Relation] = {}
        self.table = {**{p: self.signed for p in self.signs}, **{p: self.hier for p in ties}}
        self.denied: dict[Pair, list[str]] = {}
        self.read = self.used = 0
        self.check_window = period.start is not None or period.end is not None
        self.origins: dict[tuple[str, str | None, bool], str] = {}  # origin parts -> origin, for edge rows

    def add(self, claim: Claim) -> None:
        self.read += 1
        predicate = claim.predicate
        table = self.table.get(predicate)
        if table is None or claim.object_id is None or _RANK[claim.certainty] < self.floor:
            return
        dates = [d.value for d in claim.qualifiers.dates if d.value] if claim.qualifiers.dates else []
        source = self.source_of(claim.document_id)
        if not self.period.unbounded and not self.period.admits(dates, source.published if source else None):
            return
        a, b = self.canonical(claim.subject_id), self.canonical(claim.object_id)
        if a == b:
            return
        if b < a and predicate in self.symmetric:
            a, b = b, a
        self.used += 1
        if claim.polarity is Polarity.NEGATIVE:
            self.denied.setdefault((a, b) if a < b else (b, a), []).append(claim.id)
            return
        relation = table.get((a, b, predicate))
        if relation is None:
            relation = table[(a, b, predicate)] = Relation()
        relation.add(claim, origin(claim, source, aliases=self.aliases), _WEIGHT[claim.certainty], dates)

    def add_row(self, predicate: str, row: EdgeRow) -> None:
        """Fold in one edge row of this predicate (see ``add_rows``)."""
        self.add_rows(predicate, (row,))

    def add_rows(self, predicate: str, rows: Iterable[EdgeRow]) -> None:
        """Fold in edge rows of this predicate, already filtered by certainty and (exactly for
        ``as_of``, loosely for a window) by date in SQL: the same as ``add`` of each row's claim.
        One loop with everything it reads held in locals (it runs once per claim in force)."""
        canonical = None if self.canonical is same else self.canonical
        lookup = canonical.get if isinstance(canonical, dict) else None  # a Canonical: no call per id
        check_window, admits = self.check_window, self.period.admits
        swap = predicate in self.symmetric
        denied, table, origins, aliases = self.denied, self.table[predicate], self.origins, self.aliases
        used = 0
        for row in rows:
            claim_id, a, b, negative, since, dates, title, outlet, source, anonymous, certainty, quote, chain = row
            if b is None:
                continue
            values = dates.split() if dates else []
            if check_window and not admits(values, since):
                continue
            if lookup is not None:
                a, b = lookup(a, a), lookup(b, b)
            elif canonical is not None:
                a, b = canonical(a), canonical(b)
            if a == b:
                continue
            if swap and b < a:
                a, b = b, a
            used += 1
            if negative:
                denied.setdefault((a, b) if a < b else (b, a), []).append(claim_id)
                continue
            key = (a, b, predicate)
            relation = table.get(key)
            if relation is None:
                relation = table[key] = Relation()
            parts = (outlet, source, anonymous)
            found = origins.get(parts)
            if found is None:
                found = origins[parts] = origin_key(outlet, source, anonymous, aliases=aliases)
            relation.add_row(claim_id, found, CERTAINTY_WEIGHT[certainty], values, title, quote, chain)
        self.used += used

    def add_ties(self, predicate: str, rows: Iterable[TieRow], pending: Evidence) -> None:
        """Fold in tie rows of a signed predicate (``Store.iter_ties``: certainty and ``as_of`` already
        filtered in SQL): the weight of each relation as ``add_rows`` folds it, its evidence left to
        ``pending``, called when a new relation's evidence is first read."""
        canonical = None if self.canonical is same else self.canonical
        lookup = canonical.get if isinstance(canonical, dict) else None  # a Canonical: no call per id
        swap = predicate in self.symmetric
        table, origins, aliases, weights = self.table[predicate], self.origins, self.aliases, CERTAINTY_WEIGHT
        weighed = Relation.weighed
        used = 0
        for a, b, certainty, outlet, source, anonymous in rows:
            if b is None:
                continue
            if lookup is not None:
                a, b = lookup(a, a), lookup(b, b)
            elif canonical is not None:
                a, b = canonical(a), canonical(b)
            if a == b:
                continue
            if swap and b < a:
                a, b = b, a
            used += 1
            key = (a, b, predicate)
            relation = table.get(key)
            if relation is None:
                relation = table[key] = weighed(pending)
            parts = (outlet, source, anonymous)
            found = origins.get(parts)
            if found is None:
                found = origins[parts] = origin_key(outlet, source, anonymous, aliases=aliases)
            weight, best = weights[certainty], relation.origins.get(found, -1.0)
            if weight > best:
                relation.origins[found] = weight
            relation.count += 1
            if weight > relation.best:
                relation.best = weight
        self.used += used

    def finish(self, names: Mapping[str, str | Entity | tuple[str, str]] | None) -> Network:
        return Network(graph=self.finish_graph(names), ties=self.finish_hierarchy(names), period=self.period,
                       min_certainty=self.min_certainty, claims_read=self.read, claims_used=self.used,
                       denied=self.denied)

    def finish_graph(self, names: Mapping[str, str | Entity | tuple[str, str]] | None) -> Any:
        """The signed group graph of the relations folded so far."""
        import networkx as nx

        graph = nx.Graph()
        # what add_edges_from does, without copying each edge's attribute dict (a third of the
        # build on large graphs); pairs and nodes come in first-seen order. Most pairs have one
        # relation: their edge is made at once, and the few with more are made again at the end.
        adj, nodes, denied, signs = graph._adj, graph._node, self.denied, self.signs
        shared: dict[Pair, dict[str, Relation]] = {}
        for (a, b, predicate), relation in self.signed.items():  # in first-seen order: deterministic
            ties = adj.get(a)
            if ties is None:
                nodes[a] = {}
                ties = adj[a] = {}
            if b not in nodes:
                nodes[b], adj[b] = {}, {}
            edge = ties.get(b)
            if edge is not None:
                shared.setdefault((a, b), dict(edge["relations"]))[predicate] = relation
                continue
            sign, origins, best = signs[predicate], relation.origins, relation.best
            ties[b] = adj[b][a] = {
                "sign": sign, "weight": round(sign * (best if len(origins) == 1 else relation.strength()), 4),
                "contested": False, "support": len(origins),
                "origins": sorted(origins) if len(origins) > 1 else list(origins), "certainty": _CERTAINTY_OF[best],
                "relations": {predicate: relation}, "denied": denied.get((a, b), [])}
        for (a, b), relations in shared.items():
            adj[a][b] = adj[b][a] = self._edge(relations, denied.get((a, b), []))
        label_nodes(graph, names)
        return graph

    def finish_hierarchy(self, names: Mapping[str, str | Entity | tuple[str, str]] | None) -> Ties:
        """The hierarchy's ties folded so far (its graph is made when first asked for)."""
        return Ties(self.hier, names, self.symmetric)

    def _edge(self, relations: dict[str, Relation], denied: list[str]) -> dict[str, Any]:
        """The edge of a pair with relations of two predicates or more (one: see ``finish_graph``)."""
        weight = sum(self.signs[p] * r.strength() for p, r in relations.items())
        sign = 1 if weight > _EPSILON else -1 if weight < -_EPSILON else 0
        best = _strongest(relations, sign, self.signs)
        origins = sorted({o for p, r in relations.items() if sign == 0 or self.signs[p] == sign for o in r.origins})
        contested = len({self.signs[p] for p in relations}) > 1
        return {"sign": sign, "weight": round(weight, 4), "contested": contested,
                "support": len(origins), "origins": origins, "certainty": best.certainty(),
                "relations": relations, "denied": denied}


def people_of(network: Network, group: str) -> dict[str, list[str]]:
    """Who leads, founded or belongs to a group, and its factions: predicate -> names, best supported first."""
    found: dict[str, list[tuple[int, str]]] = {}
    ties = network.ties
    graph = network.graph
    for source, predicate, relation in ties.into(group):
        if predicate in ("leader_of", "founder_of", "member_of", "faction_of"):  # the source is a node of ties
            name = network.name(source) if source in graph else ties.label(source)["name"]
            found.setdefault(predicate, []).append((-relation.support, name))
    return {p: [name for _s, name in sorted(rows)] for p, rows in found.items()}


def _node_label(node: str, entry: str | Entity | tuple[str, str] | None) -> dict[str, str]:
    if isinstance(entry, Entity):
        return {"name": entry.name, "kind": entry.kind}
    if isinstance(entry, tuple):
        return {"name": entry[0], "kind": entry[1]}
    return {"name": entry or node}


def label_nodes(g: Any, names: Mapping[str, str | Entity | tuple[str, str]] | None) -> None:
    """Give each node of a graph its name (and kind) from ``names``; a node not in it is named by its id."""
    for node, data in g.nodes(data=True):
        data.update(_node_label(node, names.get(node) if names else None))


def make_builder(*, canonical: Callable[[str], str] = same, aliases: dict[str, str] | None = None,
                 period: Period | None = None, min_certainty: Certainty = Certainty.POSSIBLE) -> _Builder:
    """A builder to fold edge rows into (``add_row``), for load_network; ``finish`` gives the Network."""
    return _Builder(canonical=canonical, sources=None, aliases=aliases, period=period or Period(),
                    min_certainty=min_certainty)


def build_network(claims: Iterable[Claim], *, canonical: Callable[[str], str] = same,
                  names: Mapping[str, str | Entity] | None = None, sources: Sources = None,
                  aliases: dict[str, str] | None = None, as_of: str | None = None,
                  window: tuple[str | None, str | None] | str | None = None,
                  min_certainty: Certainty | str = Certainty.POSSIBLE) -> Network:
    """Build the signed group graph and the hierarchy from claims, in one pass.

    ``canonical`` maps an entity id to its resolved id (from ``Resolver(store).canonical_map()``:
    it is called twice per claim, so it should be a dictionary lookup); ``names`` gives node
    labels (names or Entities); ``sources`` maps a document id to its Source (outlet and
    publication date, for origins and undated claims); ``aliases`` maps folded names of known
    sources to one origin key each (origin.py). ``as_of``, ``window`` and ``min_certainty``
    choose the claims in force (period.py); a bad value raises ConfigError.
    """
    try:
        floor = Certainty(min_certainty)
    except ValueError:
        raise ConfigError(f"--min-certainty {min_certainty!r}: use certain, probable or possible") from None
    builder = _Builder(canonical=canonical, sources=sources, aliases=aliases,
                       period=Period.make(as_of, window), min_certainty=floor)
    with paused_gc():
        for claim in claims:
            builder.add(claim)
        return builder.finish(names)
