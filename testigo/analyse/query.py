"""The analyses over a Store, as the CLI and the web app call them.

A network is read by ``load_network`` (load.py, from the derived ``edges`` table); a timeline
reads only the claims of the entity's cluster, and the documents it cites one at a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from testigo.analyse.actors import Actor, actors, brokers, central_actors
from testigo.analyse.balance import Balance, balance
from testigo.analyse.load import load_network
from testigo.analyse.network import Network, paused_gc, same
from testigo.analyse.origin import Source
from testigo.analyse.timeline import TIMELINE_PREDICATES, TimelineEntry, timeline
from testigo.analyse.triads import Triad, unbalanced_triads
from testigo.errors import ConfigError, NotFound
from testigo.model import Certainty, Entity, name_key
from testigo.store.base import ClaimFilter, Store

__all__ = ["NetworkReport", "Timeline", "entity_timeline", "find_entity", "network_report"]


def _lazy_sources(store: Store) -> Callable[[str], Source | None]:
    """Sources fetched one document at a time, for reads that touch few documents."""
    @cache
    def source(document_id: str) -> Source | None:
        document = store.get_document(document_id)
        return Source.of(document) if document is not None else None

    return source


@dataclass(slots=True)
class NetworkReport:
    """A network with its blocs, unbalanced triads, central actors and brokers."""

    network: Network
    balance: Balance
    triads: list[Triad]
    central: list[Actor]
    brokers: list[Actor]
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain data, with names beside ids (for ``--format json``)."""
        name, b = self.network.name, self.balance
        return {
            **self.network.to_dict(),
            "blocs": [[{"id": n, "name": name(n)} for n in sorted(b, key=name)] for b in self.balance.blocs],
            "balance": {"frustration": b.frustration, "frustration_weight": b.frustration_weight,
                        "index": b.index, "exact": b.exact,
                        "frustrated": [{"source": u, "target": v, "names": [name(u), name(v)]}
                                       for u, v in b.frustrated]},
            "unbalanced_triads": [{**t.to_dict(), "names": [name(n) for n in t.nodes]} for t in self.triads],
            "central": [a.to_dict() for a in self.central],
            "brokers": [a.to_dict() for a in self.brokers],
            "seconds": round(self.seconds, 3),
        }


def network_report(store: Store, *, canonical: Callable[[str], str] = same,
                   cluster: Callable[[str], Iterable[str]] | None = None, as_of: str | None = None,
                   window: tuple[str | None, str | None] | str | None = None,
                   min_certainty: Certainty | str = Certainty.POSSIBLE, top: int = 10,
                   triads: int | None = 100) -> NetworkReport:
    """Build the network of a store and analyse it: blocs, unbalanced triads, central actors, brokers.

    ``top`` central actors and brokers are listed, and the ``triads`` best evidenced unbalanced
    triads (None: all of them). ``cluster`` (the ids ``canonical`` maps to the same id as the
    given one, e.g. ``Resolver.members``) spares scanning every entity to read the triads' evidence.
    """
    started = time.perf_counter()
    with paused_gc():  # hundreds of thousands of small objects and no cycles: see network.paused_gc
        network = load_network(store, canonical=canonical, cluster=cluster, as_of=as_of, window=window,
                               min_certainty=min_certainty)
        found = actors(network)
        return NetworkReport(network=network, balance=balance(network),
                             triads=unbalanced_triads(network, limit=triads),
                             central=central_actors(network, top=top, found=found),
                             brokers=brokers(network, top=top, found=found),
                             seconds=time.perf_counter() - started)


def find_entity(store: Store, text: str, *, canonical: Callable[[str], str] = same) -> Entity:
    """The entity with id ``text``, or the one whose name or alias folds to it; NotFound otherwise."""
    entity = store.get_entity(text)
    if entity is not None:
        return entity
    key = name_key(text)
    matches = [e for e in store.iter_entities()
               if key in {name_key(n) for n in (e.name, *(a.name for a in e.aliases))}]
    clusters = sorted({canonical(e.id) for e in matches})
    if not clusters:
        raise NotFound(f"no entity named or with id {text!r}; list them with `testigo export entities`")
    if len(clusters) > 1:
        choices = ", ".join(f"{e.id} ({e.kind})" for e in sorted(matches, key=lambda e: e.id))
        raise ConfigError(f"{text!r} names {len(clusters)} entities; pass one of these ids: {choices}")
    return next((e for e in matches if e.id == clusters[0]), matches[0])


@dataclass(slots=True)
class Timeline:
    """An entity and the rows of its timeline."""

    entity: Entity
    entries: list[TimelineEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity.to_dict(), "entries": [e.to_dict() for e in self.entries]}


def entity_timeline(store: Store, entity: str, *, canonical: Callable[[str], str] = same,
                    cluster: Callable[[str], Iterable[str]] | None = None) -> Timeline:
    """The timeline of an entity given by id or name: events, leadership, alliances, in date order.

    ``cluster`` gives the ids merged with an id (``Resolver.cluster``); without it they are
    found by scanning the entities with ``canonical``.
    """
    found = find_entity(store, entity, canonical=canonical)
    target = canonical(found.id)
    if cluster is not None:
        members = sorted(set(cluster(found.id)) | {found.id})
    elif canonical is same:
        members = [found.id]
    else:
        members = sorted({e.id for e in store.iter_entities() if canonical(e.id) == target} | {found.id})
    unique = {c.id: c for m in members for c in store.iter_claims(ClaimFilter(entity_id=m))}
    claims = sorted(unique.values(), key=lambda c: (c.document_id, c.evidence.start, c.id))
    names = _EntityNames(store)
    rows = timeline(claims, target, canonical=canonical, names=names, sources=_lazy_sources(store),
                    predicates=TIMELINE_PREDICATES)
    return Timeline(entity=found, entries=rows)


class _EntityNames(dict[str, "str | Entity"]):
    """Entity names fetched from the store on first use."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, entity_id: str) -> str | Entity:
        entity = self.store.get_entity(entity_id)
        self[entity_id] = entity if entity is not None else entity_id
        return self[entity_id]

    def get(self, entity_id: str, default: Any = None) -> Any:
        return self[entity_id]
