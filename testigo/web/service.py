"""What the page and the API show, as plain data: the same analyses the CLI runs, cached.

Invariant: every answer is computed by testigo's public functions (``network_report``,
``entity_timeline``, ``find_contradictions``, ``Resolver``) over the store; this module only
selects, shapes and caches. Cached answers are keyed on the store's version: the web app's
own writes bump it at once, and writes by other processes (``testigo run``) are noticed
within ``VERSION_TTL`` seconds, when the row counts are read again.
"""

from __future__ import annotations

import gzip
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from testigo.analyse import CERTAINTY_WEIGHT, balance, entity_timeline, load_network
from testigo.analyse.network import Canonical, edge_claim_count, read_evidence
from testigo.analyse.period import Period
from testigo.contradict import find_contradictions
from testigo.errors import ConfigError
from testigo.model import Certainty, Claim, make_id, name_key
from testigo.resolve import Resolver
from testigo.schema import load_schema
from testigo.store.audit import iter_audit
from testigo.store.base import ClaimFilter, Store
from testigo.web.layout import layout

__all__ = ["VERSION_TTL", "Service", "contradiction_id"]

log = logging.getLogger(__name__)

VERSION_TTL = 2.0
CACHE_SIZE = 64
MAX_ORIGINS = 6  # origins listed per tie in the network (the edge's claims give them all)
ROLE_PREDICATES = ("leader_of", "founder_of", "member_of", "official_of", "faction_of")
RELATION_PREDICATES = ("ally_of", "rival_of", "negotiated_with")
RESOLVED = "contradiction.resolve"
REOPENED = "contradiction.reopen"


class Service:
    """Read side of the web app over one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.RLock()
        self._version: tuple[Any, ...] = ()
        self._checked = 0.0
        self._local = 0
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._building: dict[tuple[Any, ...], threading.Lock] = {}

    # -- caching --------------------------------------------------------------------------

    def version(self) -> tuple[Any, ...]:
        """The store's version: its row counts (re-read every VERSION_TTL s) and our own writes."""
        with self._lock:
            if time.monotonic() - self._checked > VERSION_TTL:
                counts = self.store.counts()
                self._version = tuple(sorted(counts.items()))
                self._checked = time.monotonic()
            return (*self._version, self._local)

    def changed(self) -> None:
        """Forget cached answers after a write of ours."""
        with self._lock:
            self._local += 1
            self._checked = 0.0
            self._cache.clear()

    def _cached(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """The cached answer for ``key`` at the current version, built once even when asked for at once.

        Each key has its own build lock: a burst of equal requests computes once, and a slow build
        (a new date's network) never holds up answers that are already cached.
        """
        full = (*key, self.version())
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
            building = self._building.setdefault(full, threading.Lock())
        with building:
            with self._lock:
                if full in self._cache:
                    return self._cache[full]
            try:
                value = make()
            finally:
                with self._lock:
                    self._building.pop(full, None)
            with self._lock:
                self._cache[full] = value
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
            return value

    def resolver(self) -> Resolver:
        """The resolver over the current judgements (cached)."""
        return self._cached(("resolver",), lambda: Resolver(self.store))  # type: ignore[no-any-return]

    def canonical(self) -> Callable[[str], str]:
        return self._cached(("canonical",), lambda: Canonical(self.resolver().canonical_map()))  # type: ignore

    def names(self) -> dict[str, Any]:
        """Entity id -> Entity, for every stored entity (cached)."""
        return self._cached(("names",), lambda: {e.id: e for e in self.store.iter_entities()})  # type: ignore

    # -- network --------------------------------------------------------------------------

    def full(self) -> Any:
        """The network over every date and certainty (cached): the layout's, and the page's first view."""
        return self._cached(("full",), lambda: load_network(self.store, canonical=self.canonical(),
                                                            cluster=self.resolver().members))

    def positions(self) -> dict[str, tuple[float, float]]:
        """Node positions over the whole network (every date, every certainty)."""
        return self._cached(("positions",), lambda: layout(self.full().graph, self.full().hierarchy))  # type: ignore

    def date_range(self) -> dict[str, str | None]:
        """The earliest and latest date any network claim gives (for the page's date slider)."""
        def make() -> dict[str, str | None]:
            full = self.full()
            read_evidence(r for _u, _v, e in full.graph.edges(data=True) for r in e["relations"].values())
            read_evidence(full.ties.relations.values())
            dates = sorted({d for _u, _v, e in full.graph.edges(data=True) for r in e["relations"].values()
                            for d in r.dates} | {d for r in full.ties.relations.values() for d in r.dates})
            return {"first": dates[0] if dates else None, "last": dates[-1] if dates else None}
        return self._cached(("dates",), make)  # type: ignore[no-any-return]

    def network(self, *, as_of: str | None = None, window: str | None = None, min_certainty: str = "possible",
                people: bool = False) -> dict[str, Any]:
        """The network for a date or window and a floor of certainty, with positions and blocs.

        ``people`` adds persons and their ties (leaders, members, family); factions are always in.
        """
        if as_of is None and window is None and min_certainty == "possible":
            net = self.full()
        else:
            net = load_network(self.store, canonical=self.canonical(), cluster=self.resolver().members, as_of=as_of,
                               window=window, min_certainty=min_certainty)
        return self._payload(net, balance(net), people=people)

    def network_json(self, *, as_of: str | None = None, window: str | None = None,
                     min_certainty: str = "possible", people: bool = False) -> bytes:
        """``network`` serialised once per version: a 2,000-group network is megabytes of JSON."""
        key = ("network-json", as_of, window, min_certainty, people)
        return self._cached(key, lambda: json.dumps(  # type: ignore[no-any-return]
            self.network(as_of=as_of, window=window, min_certainty=min_certainty, people=people),
            ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def network_gzip(self, *, as_of: str | None = None, window: str | None = None,
                     min_certainty: str = "possible", people: bool = False) -> bytes:
        """``network_json`` compressed once: megabytes of JSON become a few hundred kB on the wire."""
        key = ("network-gzip", as_of, window, min_certainty, people)
        return self._cached(key, lambda: gzip.compress(self.network_json(  # type: ignore[no-any-return]
            as_of=as_of, window=window, min_certainty=min_certainty, people=people), compresslevel=6))

    def _payload(self, net: Any, found: Any, *, people: bool) -> dict[str, Any]:
        positions = self.positions()
        bloc_of = {n: i for i, bloc in enumerate(found.blocs) for n in bloc if len(bloc) > 1}
        nodes: dict[str, dict[str, Any]] = {}
        for g in (net.graph, net.hierarchy):
            for node, data in g.nodes(data=True):
                kind = data.get("kind", "person")
                if node not in nodes and (people or kind != "person"):
                    x, y = positions.get(node, (0.0, 0.0))
                    nodes[node] = {"id": node, "name": data.get("name", node), "kind": kind,
                                   "bloc": bloc_of.get(node), "x": round(x, 1), "y": round(y, 1)}
        edges = [_group_edge(u, v, d) for u, v, d in net.graph.edges(data=True)]
        edges += [_tie(u, v, d) for u, v, d in net.hierarchy.edges(data=True) if u in nodes and v in nodes]
        return {
            "period": net.period.to_dict(), "min_certainty": net.min_certainty.value,
            "claims_used": net.claims_used, "nodes": list(nodes.values()), "edges": edges,
            "blocs": [{"index": i, "size": len(b), "names": sorted(net.name(n) for n in b)[:8]}
                      for i, b in enumerate(found.blocs) if len(b) > 1],
            "balance": {"frustration": found.frustration, "index": found.index}, "dates": self.date_range(),
        }

    def warm(self) -> None:
        """Build the page's first view (layout, network, blocs) and the lookups every page uses
        (entity names, document titles) ahead of the first visitor."""
        try:
            self.network_gzip()
            self.network_json()
            self._folded()
            self._document_meta("")
        except Exception:  # noqa: BLE001 (a failed warm-up only means the first request does the work)
            log.exception("warming the network cache failed")

    def edge(self, source: str, target: str, *, as_of: str | None = None, window: str | None = None,
             min_certainty: str = "possible") -> dict[str, Any]:
        """Every claim behind the tie between two nodes, in force for the period, strongest first."""
        period = Period.make(as_of, window)
        floor = _certainty(min_certainty)
        canonical, names = self.canonical(), self.names()
        a, b = canonical(source), canonical(target)
        claims = [c for c in self._cluster_claims(a) if {canonical(c.subject_id), canonical(c.object_id or "")}
                  == {a, b} and c.certainty.rank >= floor.rank]
        rows = []
        for claim in claims:
            document = self._document_meta(claim.document_id)
            dates = [d.value for d in claim.qualifiers.dates if d.value]
            if period.admits(dates, (document.get("published") or "")[:10] or None):
                rows.append(self.claim_row(claim, document=document, names=names))
        rows.sort(key=lambda r: (-Certainty(r["certainty"]).rank, r["predicate"], r["document"]["source"]))
        return {"source": _named(a, names), "target": _named(b, names), "claims": rows}

    def _cluster_claims(self, entity_id: str) -> Iterator[Claim]:
        seen: set[str] = set()
        for member in sorted(self.resolver().cluster(entity_id) | {entity_id}):
            for claim in self.store.iter_claims(ClaimFilter(entity_id=member)):
                if claim.id not in seen:
                    seen.add(claim.id)
                    yield claim

    def _document_meta(self, document_id: str) -> dict[str, Any]:
        def make() -> dict[str, dict[str, Any]]:
            return {d.id: {"id": d.id, "source": d.source, "title": d.title, "published": d.published,
                           "outlet": d.outlet} for d in self.store.iter_documents()}
        found = self._cached(("documents-meta",), make)
        return found.get(document_id) or {"id": document_id, "source": document_id, "title": None,
                                          "published": None, "outlet": None}

    def claim_row(self, claim: Claim, *, document: dict[str, Any] | None = None,
                  names: dict[str, Any] | None = None) -> dict[str, Any]:
        """A claim as the page shows it: names beside ids, its document, its source chain."""
        names = names if names is not None else self.names()
        row = claim.to_dict()
        row["subject"] = _named(claim.subject_id, names)
        row["object"] = _named(claim.object_id, names) if claim.object_id else None
        row["document"] = document or self._document_meta(claim.document_id)
        return row

    # -- entities -------------------------------------------------------------------------

    def _folded(self) -> list[tuple[Any, list[str]]]:
        """Every entity with its name and aliases folded (cached: search reads them all)."""
        return self._cached(("folded",), lambda: [  # type: ignore[no-any-return]
            (e, [name_key(n) for n in (e.name, *(a.name for a in e.aliases))]) for e in self.names().values()])

    def search(self, query: str = "", *, kind: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Entities whose name or an alias contains ``query`` (folded), exact and prefix matches first."""
        key = name_key(query)
        canonical = self.canonical()
        found = []
        for entity, keys in self._folded():
            if (kind and entity.kind != kind) or (key and not any(key in k for k in keys)):
                continue
            rank = 0 if key in keys else 1 if any(k.startswith(key) for k in keys) else 2
            found.append((rank, len(entity.name), entity.name, entity))
        found.sort(key=lambda row: row[:3])
        return [{**e.to_dict(), "canonical_id": canonical(e.id)} for *_r, e in found[:limit]]

    def entity(self, entity: str) -> dict[str, Any]:
        """One entity: aliases, merged ids, roles, relations (per other party) and timeline."""
        resolver, canonical = self.resolver(), self.canonical()
        found = entity_timeline(self.store, entity, canonical=canonical, cluster=resolver.cluster)
        names = self.names()
        members = [names[m].to_dict() for m in sorted(resolver.cluster(found.entity.id)) if m in names]
        entries = [e.to_dict() for e in found.entries]
        aliases = sorted({a for m in members for a in [m["name"], *m["aliases"]]} - {found.entity.name})
        return {"entity": found.entity.to_dict(), "canonical_id": canonical(found.entity.id), "members": members,
                "aliases": aliases, "roles": _relations(entries, ROLE_PREDICATES),
                "relations": _relations(entries, RELATION_PREDICATES), "timeline": entries}

    def claims(self, *, entity: str | None = None, predicate: str | None = None, certainty: str | None = None,
               source: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 100, offset: int = 0) -> dict[str, Any]:
        """Claims filtered by entity (and its merged ids), predicate, certainty, source and dates."""
        if certainty is not None:
            _certainty(certainty)
        period = Period.make(None, (date_from, date_to)) if date_from or date_to else None
        base = ClaimFilter(predicate=predicate, certainty=certainty)
        stream: Iterator[Claim]
        if entity:
            stream = (c for c in self._cluster_claims(entity) if (not predicate or c.predicate == predicate)
                      and (not certainty or c.certainty.value == certainty))
        else:
            stream = self.store.iter_claims(base)
        wanted = name_key(source) if source else None
        rows, total = [], 0
        for claim in stream:
            if wanted and not any(wanted in name_key(s) for s in claim.attributed_to):
                continue
            dates = [d.value for d in claim.qualifiers.dates if d.value]
            if period and not (dates and period.admits(dates, None)):  # a date filter keeps dated claims only
                continue
            total += 1
            if offset < total <= offset + limit:
                rows.append(self.claim_row(claim))
        return {"total": total, "offset": offset, "limit": limit, "claims": rows}

    # -- documents, contradictions, review ------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        return [{k: v for k, v in d.to_dict().items() if k != "text"} | {"characters": len(d.text)}
                for d in self.store.iter_documents()]

    def document(self, document_id: str) -> dict[str, Any]:
        """A document's text and the spans of its claims."""
        document = self.store.require_document(document_id)
        names = self.names()
        claims = [self.claim_row(c, names=names) for c in self.store.iter_claims(ClaimFilter(document_id=document_id))]
        return {**document.to_dict(), "claims": claims}

    def contradictions(self) -> list[dict[str, Any]]:
        """Claims that cannot both be true, side by side, with whether an analyst marked them resolved."""
        def make() -> list[dict[str, Any]]:
            found = find_contradictions(self.store.iter_claims(), canonical=self.canonical())
            state: dict[str, dict[str, Any]] = {}
            for entry in iter_audit(self.store):
                if entry.action in (RESOLVED, REOPENED):
                    state[entry.target] = entry.to_dict() | {"resolved": entry.action == RESOLVED}
            names = self.names()
            return [{"id": contradiction_id(c.kind, c.left.id, c.right.id), "kind": c.kind, "reason": c.reason,
                     "left": self.claim_row(c.left, names=names), "right": self.claim_row(c.right, names=names),
                     "resolution": state.get(contradiction_id(c.kind, c.left.id, c.right.id))} for c in found]
        return self._cached(("contradictions",), make)  # type: ignore[no-any-return]

    def review(self, *, limit: int = 50) -> list[dict[str, Any]]:
        """Pairs of entities that may be one actor, most likely first."""
        return [{"left": c.left.to_dict(), "right": c.right.to_dict(), "score": c.score,
                 "evidence": list(c.evidence)} for c in self.resolver().candidates(limit=limit)]

    def audit(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in iter_audit(self.store)]


def contradiction_id(kind: str, left: str, right: str) -> str:
    """A stable id for a contradiction: the same two claims give the same id on every run."""
    return make_id("ctr", kind, *sorted((left, right)))


def _certainty(value: str) -> Certainty:
    try:
        return Certainty(value)
    except ValueError:
        raise ConfigError(f"min_certainty {value!r}: use certain, probable or possible") from None


def _named(entity_id: str | None, names: dict[str, Any]) -> dict[str, Any] | None:
    if entity_id is None:
        return None
    entity = names.get(entity_id)
    return {"id": entity_id, "name": entity.name if entity else entity_id, "kind": entity.kind if entity else None}


def _group_edge(u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    kind = {1: "ally", -1: "rival"}.get(d["sign"], "tie")
    return {"id": f"{u}|{v}", "source": u, "target": v, "kind": kind, "sign": d["sign"], "weight": d["weight"],
            "contested": d["contested"], "support": d["support"], "origins": _origins(d),
            "certainty": d["certainty"], "predicates": sorted(d["relations"]), "claims": edge_claim_count(d),
            "denied": len(d["denied"])}


def _origins(d: dict[str, Any]) -> list[dict[str, str]]:
    """The tie's independent origins (of its winning sign), each with the surest wording it gave, surest first."""
    wanted = set(d["origins"])
    best: dict[str, float] = {}
    for relation in d["relations"].values():
        for origin, weight in relation.origins.items():
            if origin in wanted and weight > best.get(origin, -1.0):
                best[origin] = weight
    level = {w: c for c, w in CERTAINTY_WEIGHT.items()}
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:MAX_ORIGINS]
    return [{"name": origin, "certainty": level.get(weight, "possible")} for origin, weight in ranked]


def _tie(u: str, v: str, d: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"{u}|{v}|{d['predicate']}", "source": u, "target": v, "kind": "hierarchy",
            "predicates": [d["predicate"]], "support": d["support"], "certainty": d["certainty"],
            "claims": d["relation"].count}


def _relations(entries: list[dict[str, Any]], predicates: tuple[str, ...]) -> list[dict[str, Any]]:
    """Timeline rows of these predicates grouped per other party and direction: the surest wording,
    who says so, the dates given and how many claims."""
    rank = {c.value: c.rank for c in Certainty}
    found: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for e in entries:
        if e["predicate"] not in predicates or not e["other_id"]:
            continue
        role = "" if load_schema().predicate(e["predicate"]).symmetric else e["role"]
        key = (e["predicate"], e["polarity"], role, e["other_id"])
        row = found.setdefault(key, {"predicate": e["predicate"], "polarity": e["polarity"], "role": e["role"],
                                     "what": e["what"], "other": e["other"], "other_id": e["other_id"],
                                     "certainty": e["certainty"], "sources": {}, "dates": [], "claims": []})
        if rank[e["certainty"]] > rank[row["certainty"]]:
            row["certainty"] = e["certainty"]
        source = " > ".join(e["attributed_to"])
        if rank[e["certainty"]] > rank[row["sources"].get(source, "possible")] or source not in row["sources"]:
            row["sources"][source] = e["certainty"]  # each source with the surest wording it used
        for field, value in (("dates", e["date"]), ("claims", e["claim_id"])):
            if value and value not in row[field]:
                row[field].append(value)
    for row in found.values():
        row["sources"] = [{"source": k, "certainty": v} for k, v in
                          sorted(row["sources"].items(), key=lambda item: (-rank[item[1]], item[0]))]
    return sorted(found.values(), key=lambda r: (r["predicate"], r["polarity"] != "positive",
                                                 -rank[r["certainty"]], r["other"] or ""))
