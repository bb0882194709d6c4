"""Reading the network of a store: fast from the derived ``edges`` table, or by scanning claims.

``load_network`` is what the CLI, the web app and ``network_report`` use; ``scan_network`` is the
straightforward computation it must equal (tests/test_network_edges.py), kept as the reference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from testigo.analyse.network import (
    HIERARCHY_PREDICATES,
    Network,
    Relation,
    Ties,
    build_network,
    label_nodes,
    make_builder,
    paused_gc,
    same,
)
from testigo.analyse.origin import Source
from testigo.analyse.period import Period
from testigo.errors import ConfigError
from testigo.model import Certainty, Claim, Entity, name_key
from testigo.schema import load_schema
from testigo.store.base import ClaimFilter, EdgeFilter, Store

__all__ = ["load_network", "scan_network", "source_aliases"]

_NODE_KINDS = ("criminal_group", "person", "organization")  # read by kind, then name: people come last
_SOURCE_KINDS = ("agency", "country", "organization", "publication")


def _sources(store: Store) -> Callable[[str], Source | None]:
    """Every document's Source, read in one pass (one query beats one query per document)."""
    found = {document.id: Source.of(document) for document in store.iter_documents()}
    return found.get


def source_aliases(store: Store, canonical: Callable[[str], str]) -> dict[str, str]:
    """Folded names and aliases of known sources (agencies, countries...) -> one folded name per cluster.

    The origin key is the folded name of the cluster's canonical entity, so that "DEA" and "Drug
    Enforcement Administration" meet as "drug enforcement administration", readable in reports.
    """
    entities = [e for kind in _SOURCE_KINDS for e in store.iter_entities(kind=kind)]
    label: dict[str, str] = {}
    for entity in entities:
        key = canonical(entity.id)
        if key == entity.id or key not in label:
            label[key] = name_key(entity.name)
    found: dict[str, str] = {}
    for entity in entities:
        for name in (entity.name, *(a.name for a in entity.aliases)):
            found.setdefault(name_key(name), label[canonical(entity.id)])
    return found


def _claims(store: Store, predicates: tuple[str, ...], floor: Certainty) -> Iterator[Claim]:
    levels = [c.value for c in Certainty if c.rank >= floor.rank]
    for predicate in predicates:
        if len(levels) == len(Certainty):
            yield from store.iter_claims(ClaimFilter(predicate=predicate))
            continue
        for level in levels:
            yield from store.iter_claims(ClaimFilter(predicate=predicate, certainty=level))


def load_network(store: Store, *, canonical: Callable[[str], str] = same,
                 cluster: Callable[[str], Iterable[str]] | None = None, as_of: str | None = None,
                 window: tuple[str | None, str | None] | str | None = None,
                 min_certainty: Certainty | str = Certainty.POSSIBLE) -> Network:
    """The signed group network and hierarchy of a store, for a date or window.

    The same Network as ``scan_network`` (``build_network`` over the store's claims; a test holds
    them equal), read from the derived ``edges`` table instead: SQL picks the rows by predicate,
    certainty and ``as_of``, and rows are folded as plain tuples. The hierarchy is read when it
    is first used (``Network.hierarchy``), from the same store. ``cluster`` gives the ids that
    ``canonical`` maps to the id given (``Resolver.members``); without it, the first evidence read
    by pair finds them by scanning every entity.
    """
    period = Period.make(as_of, window)  # checked before any reading
    try:
        floor = Certainty(min_certainty)
    except ValueError:
        raise ConfigError(f"--min-certainty {min_certainty!r}: use certain, probable or possible") from None
    with paused_gc():
        return _load(store, canonical, cluster, period, floor)


def _load(store: Store, canonical: Callable[[str], str], cluster: Callable[[str], Iterable[str]] | None,
          period: Period, floor: Certainty) -> Network:
    signed = tuple(p.name for p in load_schema().predicates.values() if p.sign)
    levels = tuple(c.value for c in Certainty if c.rank >= floor.rank)
    names: dict[str, str | Entity | tuple[str, str]] = {}
    people: list[bool] = []  # whether the people's names were read (the hierarchy needs them, the graph seldom)

    def read_names(kinds: tuple[str, ...]) -> None:  # in the order of one read of every kind: by kind, then name
        for entity_id, kind, name in store.iter_entity_names(kinds):
            key = canonical(entity_id)
            if key == entity_id or key not in names:  # a cluster is named after its canonical member
                names[key] = (name, kind)

    def read_people() -> None:
        if not people:
            people.append(True)
            read_names(("person",))

    read_names(tuple(k for k in _NODE_KINDS if k != "person"))
    aliases = source_aliases(store, canonical)
    builder = make_builder(canonical=canonical, aliases=aliases, period=period, min_certainty=floor)
    # the order build_network sees claims in (_claims): by predicate, then by certainty unless
    # every level is read, then by document and text. Assertions and denials are read apart
    # (each keeps that order; they never meet: denials only list claim ids per pair), and the
    # denials of hierarchy predicates mark signed edges too, so they are read with the graph.
    chosen: tuple[str | None, ...] = (None,) if len(levels) == len(Certainty) else levels

    def fold(predicates: tuple[str, ...], negative: bool) -> None:
        for predicate in predicates:
            for level in chosen:
                where = EdgeFilter(predicate, level, negative=negative, as_of=period.as_of, start=period.start,
                                   end=period.end)
                builder.add_rows(predicate, store.iter_edges(where))

    exact = period.start is None and period.end is None  # exact in SQL: weigh ties now, read evidence later

    def weigh(predicates: tuple[str, ...], into: dict[tuple[str, str, str], Relation]) -> None:
        """Weigh the positive ties of ``predicates`` now; their evidence is read when asked for."""
        pending = _Evidence(store, canonical, aliases, period, floor, chosen, into, cluster, predicates=predicates)
        for predicate in predicates:
            for level in chosen:
                where = EdgeFilter(predicate, level, negative=False, as_of=period.as_of)
                builder.add_ties(predicate, store.iter_ties(where), pending)

    def hierarchy() -> tuple[Ties, int]:
        used = builder.used
        with paused_gc():
            read_people()
            if exact:
                weigh(HIERARCHY_PREDICATES, builder.hier)
            else:
                fold(HIERARCHY_PREDICATES, False)
            return builder.finish_hierarchy(names), builder.used - used

    if exact:
        weigh(signed, builder.signed)
    else:  # a window is checked against every date of a claim: read whole rows
        fold(signed, False)
    fold(signed + HIERARCHY_PREDICATES, True)
    graph = builder.finish_graph(names)
    if any(node not in names for node in graph._node):  # a person among the groups? (one check per node)
        read_people()
        label_nodes(graph, names)
    return Network(graph, period=period, min_certainty=floor, claims_used=builder.used, denied=builder.denied,
                   claims_read=lambda: store.count_edges(signed + HIERARCHY_PREDICATES, levels),
                   load_hierarchy=hierarchy)


class _Evidence:
    """Reads the evidence of relations (claim ids, quotes, dates, titles) when it is first asked for:
    the signed graph's or the hierarchy's (``predicates``).

    The relations asked for together are read by pair (the members of their clusters, ``ix_edges_pair``)
    and folded by a builder of their own, exactly as the whole query would fold them; once more than
    ``PAIR_READS`` relations were asked for that way, every relation's is read in one pass.
    """

    PAIR_READS = 2_000

    def __init__(self, store: Store, canonical: Callable[[str], str], aliases: dict[str, str], period: Period,
                 floor: Certainty, chosen: tuple[str | None, ...],
                 relations: dict[tuple[str, str, str], Relation],
                 cluster: Callable[[str], Iterable[str]] | None = None, *, predicates: tuple[str, ...]) -> None:
        self.store, self.canonical, self.aliases, self.period, self.floor = store, canonical, aliases, period, floor
        self.chosen, self.relations, self.cluster, self.predicates = chosen, relations, cluster, predicates
        self.keys: dict[int, tuple[str, str, str]] | None = None
        self.members: dict[str, list[str]] | None = None
        self.asked = 0

    def read(self, relations: list[Relation]) -> None:
        self.asked += len(relations)
        if self.asked > self.PAIR_READS:
            self._fill({}, None)
            return
        if self.keys is None:
            self.keys = {id(r): k for k, r in self.relations.items()}
        pairs: dict[str, set[tuple[str, str]]] = {}
        for relation in relations:
            a, b, predicate = self.keys[id(relation)]
            found = pairs.setdefault(predicate, set())
            either = load_schema().predicate(predicate).symmetric  # folded either way round
            for x in self._members(a):
                for y in self._members(b):
                    found.update(((x, y), (y, x)) if either else ((x, y),))
        self._fill({p: tuple(sorted(found)) for p, found in pairs.items()}, {id(r) for r in relations})
        for relation in relations:
            if relation.pending is not None:  # read, even if its rows are gone since
                relation.no_evidence()

    def _members(self, entity_id: str) -> list[str]:
        if self.canonical is same:
            return [entity_id]
        if self.cluster is not None:
            return [entity_id, *sorted(set(self.cluster(entity_id)) - {entity_id})]
        if self.members is None:
            self.members = {}
            for member, _kind, _name in self.store.iter_entity_names(tuple(load_schema().kinds)):
                key = self.canonical(member)
                if key != member:
                    self.members.setdefault(key, []).append(member)
        return [entity_id, *self.members.get(entity_id, ())]

    def _fill(self, pairs: dict[str, tuple[tuple[str, str], ...] | None], only: set[int] | None) -> None:
        """Fold the rows of these predicates (of these subject, object pairs), or of all ``predicates``
        when ``pairs`` is empty, and give the pending relations (``only`` these) their evidence."""
        builder = make_builder(canonical=self.canonical, aliases=self.aliases, period=self.period,
                               min_certainty=self.floor)
        predicates = pairs or dict.fromkeys(self.predicates)
        with paused_gc():
            for predicate, chosen_pairs in predicates.items():
                for level in self.chosen:
                    where = EdgeFilter(predicate, level, negative=False, as_of=self.period.as_of, pairs=chosen_pairs)
                    builder.add_rows(predicate, self.store.iter_edges(where))
        for key, folded in builder.table[self.predicates[0]].items():  # the signed relations, or the hierarchy's
            relation = self.relations.get(key)
            if relation is not None and relation.pending is not None and (only is None or id(relation) in only):
                relation.take_evidence(folded)
        if only is None:  # read once: a relation whose rows are gone since keeps no evidence
            for relation in self.relations.values():
                if relation.pending is not None:
                    relation.no_evidence()


def scan_network(store: Store, *, canonical: Callable[[str], str] = same, as_of: str | None = None,
                 window: tuple[str | None, str | None] | str | None = None,
                 min_certainty: Certainty | str = Certainty.POSSIBLE) -> Network:
    """``load_network`` the straightforward way: ``build_network`` over every claim and document.

    Slow on large stores (it decodes each claim); it is the reference the fast path is tested
    against, and needs no ``edges`` table.
    """
    period = Period.make(as_of, window)
    try:
        floor = Certainty(min_certainty)
    except ValueError:
        raise ConfigError(f"--min-certainty {min_certainty!r}: use certain, probable or possible") from None
    signed = tuple(p.name for p in load_schema().predicates.values() if p.sign)
    names: dict[str, str | Entity] = {}
    for kind in _NODE_KINDS:
        for entity in store.iter_entities(kind=kind):
            key = canonical(entity.id)
            if key == entity.id or key not in names:
                names[key] = entity
    return build_network(_claims(store, signed + HIERARCHY_PREDICATES, floor), canonical=canonical,
                         names=names, sources=_sources(store), aliases=source_aliases(store, canonical),
                         as_of=period.as_of, window=(period.start, period.end), min_certainty=floor)
