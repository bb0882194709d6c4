"""FollowTheMoney export: the store as FtM entities, one JSON object a line, for Aleph/OpenAleph,
OpenSanctions tooling (nomenklatura, yente) and the ``ftm`` command-line tools.

Use ``write_ftm(store, out)`` from the CLI, ``iter_ftm(store)`` for the proxies. Needs the
``ftm`` extra (``pip install 'testigo[ftm]'``); without it a ConfigError says so.

Entities (one per canonical entity; the cluster's other names become ``alias``):

    criminal_group   Organization  topics "crime" (+ "crime.traffick.drug", keywords = drugs
                                   when it ``traffics`` them)
    organization     Organization
    agency           PublicBody    (an Organization: Membership/Employment accept it)
    person           Person
    place, country   Address       full = name; country = ISO code when the name is a country
    drug, publication  none        (drugs live on as topics/keywords of the groups)

Claims (one FtM entity per claim, positive polarity only):

    leader_of, founder_of,   Membership   member = person, organization = group;
    member_of                             role = "leader"/"founder"/"member" and the title
    official_of              Employment   employee = person, employer = agency; role = "official", title
    child_of, sibling_of,    Family       person = object, relative = subject, relationship =
    spouse_of, relative_of                what the subject is: the title, else "child", "sibling",
                                          "spouse", "relative" (FtM reads it from ``person``)
    ally_of, rival_of,       UnknownLink  subject, object; role = "ally", "rival", "negotiation",
    negotiated_with,                      "faction", "held by", "operates in" (and the title)
    faction_of, held_by,
    operates_in
    arrested, charged,       Event        name = "Arrest of <person>"…; involved = person and the
    extradited, killed                    acting entity (also ``organizer``); country = ISO code
                                          of a country object; location = places
    designated               Sanction     entity = group or person; authority = the designating
                                          country or agency (its name); country = its ISO code;
                                          program = the label qualifier; startDate = date
    traffics                 (topics and keywords of the group, see above)
    authored                 not exported

On every claim entity: ``summary`` = the quote, ``description`` = certainty, the source chain
and the claim id, ``sourceUrl`` = the document's URL (not a local path), ``publisher`` = the
outlet, ``recordId`` = the claim id, ``date`` (``startDate`` for Sanction) = the ISO dates.

Ids are ``make_id("testigo", <testigo id>)``: stable across runs. Invariant: every entity an
edge-like entity (Membership, Employment, Family, UnknownLink, Event, Sanction) points to is
in the stream before it, with a schema the property's range accepts; a claim that cannot meet
this (an endpoint of a kind with no schema, a denial, a literal value) is not exported and
counted in ``FtmExport.skipped`` by reason.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from testigo.errors import ConfigError
from testigo.export_graph import canonical_entities, load_canonical
from testigo.model import Claim, Document, Entity, Polarity
from testigo.store.base import ClaimFilter, Store

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

__all__ = ["KIND_SCHEMA", "FtmExport", "iter_ftm", "write_ftm"]

KIND_SCHEMA = {"criminal_group": "Organization", "organization": "Organization", "agency": "PublicBody",
               "person": "Person", "place": "Address", "country": "Address"}
MEMBERSHIP = {"leader_of": "leader", "founder_of": "founder", "member_of": "member"}
FAMILY = {"child_of": "child", "sibling_of": "sibling", "spouse_of": "spouse", "relative_of": "relative"}
LINK = {"ally_of": "ally", "rival_of": "rival", "negotiated_with": "negotiation", "faction_of": "faction",
        "held_by": "held by", "operates_in": "operates in"}
EVENT = {"arrested": "Arrest", "charged": "Charge", "extradited": "Extradition", "killed": "Killing"}
# schema, property of the subject, property of the object
EDGES = {**{p: ("Membership", "member", "organization") for p in MEMBERSHIP},
         "official_of": ("Employment", "employee", "employer"),
         **{p: ("Family", "relative", "person") for p in FAMILY},
         **{p: ("UnknownLink", "subject", "object") for p in LINK}}


@dataclass(slots=True)
class FtmExport:
    """What ``write_ftm`` wrote: entities per schema, and claims left out per reason."""

    schemata: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def entities(self) -> int:
        return sum(self.schemata.values())

    def to_dict(self) -> dict[str, Any]:
        return {"entities": self.entities, "schemata": dict(self.schemata), "skipped": dict(self.skipped)}


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError as exc:
        raise ConfigError("the FtM export needs followthemoney: pip install 'testigo[ftm]'") from exc
    return model


class _Builder:
    """Turns canonical entities and claims into FtM proxies, remembering which ids it emitted."""

    def __init__(self, store: Store, canonical: Mapping[str, str]) -> None:
        from followthemoney.types import registry

        self.model, self.store, self.canonical, self.countries = _model(), store, canonical, registry.country
        self.proxies: dict[str, EntityProxy] = {}  # canonical id -> the proxy of an emitted entity
        self.names: dict[str, Entity] = {}
        self.documents: dict[str, Document | None] = {}

    def make(self, schema: str, *key: str) -> EntityProxy:
        proxy: EntityProxy = self.model.make_entity(schema)
        proxy.make_id("testigo", *key)
        return proxy

    def country(self, name: str) -> str | None:
        bare = name[4:] if name.lower().startswith("the ") else name
        return self.countries.clean(bare)

    def entity(self, entity: Entity, traffics: Mapping[str, set[str]]) -> EntityProxy | None:
        schema = KIND_SCHEMA.get(entity.kind)
        if schema is None:
            return None
        proxy = self.make(schema, entity.id)
        proxy.add("full" if schema == "Address" else "name", entity.name)
        if schema == "Address":
            proxy.add("name", entity.name)
            if entity.kind == "country":
                proxy.add("country", self.country(entity.name))
        proxy.add("alias", [a.name for a in entity.aliases])
        proxy.add("wikidataId", entity.external_ids.get("wikidata"), quiet=True)
        if entity.kind == "criminal_group":
            proxy.add("topics", "crime")
            if entity.id in traffics:
                proxy.add("topics", "crime.traffick.drug")
                proxy.add("keywords", sorted(traffics[entity.id]))
        self.proxies[entity.id], self.names[entity.id] = proxy, entity
        return proxy

    def document(self, document_id: str) -> Document | None:
        if document_id not in self.documents:
            if len(self.documents) > 4096:  # claims come in document order: keep a few
                self.documents.clear()
            self.documents[document_id] = self.store.get_document(document_id)
        return self.documents[document_id]

    def provenance(self, proxy: EntityProxy, claim: Claim, *, date: str = "date") -> None:
        document = self.document(claim.document_id)
        proxy.add("summary", claim.evidence.quote)
        where = f"; document {document.title or document.source}" if document else ""
        proxy.add("description", f"{claim.certainty.value}, according to {' > '.join(claim.attributed_to)}"
                                 f" (testigo claim {claim.id}, rule {claim.rule}{where})")
        proxy.add("recordId", claim.id)
        proxy.add(date, [d.value for d in claim.qualifiers.dates if d.value])
        if document is not None:
            if document.source.startswith(("http://", "https://")):
                proxy.add("sourceUrl", document.source)
            proxy.add("publisher", document.outlet)

    def link(self, proxy: EntityProxy, prop: str, entity_id: str) -> bool:
        """Point ``prop`` at an emitted entity; False when there is none or its schema is out of range."""
        target = self.proxies.get(self.canonical.get(entity_id, entity_id))
        rng = proxy.schema.properties[prop].range
        if target is None or (rng is not None and not target.schema.is_a(rng)):
            return False
        proxy.add(prop, target.id)
        return True

    def claim(self, claim: Claim) -> EntityProxy | str:
        """The FtM entity of a claim, or the reason it has none."""
        if claim.polarity is Polarity.NEGATIVE:
            return "denied"
        if claim.predicate in EVENT:  # an arrest whose arresting party the text does not name is still one
            return self.event(claim)
        if claim.predicate == "designated":
            return self.sanction(claim)
        if claim.object_id is None:
            return "literal value"
        if claim.predicate in EDGES:
            return self.edge(claim)
        return f"{claim.predicate}: no FtM schema"

    def edge(self, claim: Claim) -> EntityProxy | str:
        schema, source, target = EDGES[claim.predicate]
        proxy = self.make(schema, claim.id)
        assert claim.object_id is not None
        if not (self.link(proxy, source, claim.subject_id) and self.link(proxy, target, claim.object_id)):
            return f"{claim.predicate}: an end has no {schema}-compatible entity"
        title = claim.qualifiers.title
        if schema == "Family":
            proxy.add("relationship", title or FAMILY[claim.predicate])
        else:
            proxy.add("role", [MEMBERSHIP.get(claim.predicate) or LINK.get(claim.predicate) or "official", title])
        self.provenance(proxy, claim)
        return proxy

    def event(self, claim: Claim) -> EntityProxy | str:
        proxy = self.make("Event", claim.id)
        if not self.link(proxy, "involved", claim.subject_id):
            return f"{claim.predicate}: the subject is not a person or organisation"
        if claim.object_id is not None and self.link(proxy, "involved", claim.object_id):
            self.link(proxy, "organizer", claim.object_id)
        actor = self._entity(claim.object_id) if claim.object_id is not None else None
        if actor is not None and actor.kind == "country":
            proxy.add("country", self.country(actor.name))
        subject = self._entity(claim.subject_id)
        what = f"{EVENT[claim.predicate]} of {subject.name if subject else claim.subject_id}"
        proxy.add("name", what + (f" ({actor.name})" if actor else ""))
        proxy.add("location", list(claim.qualifiers.places))
        self.provenance(proxy, claim)
        return proxy

    def sanction(self, claim: Claim) -> EntityProxy | str:
        proxy = self.make("Sanction", claim.id)
        if not self.link(proxy, "entity", claim.subject_id):
            return "designated: the subject has no FtM entity"
        authority = self._entity(claim.object_id) if claim.object_id is not None else None
        if authority is not None:
            proxy.add("authority", authority.name)
            if authority.kind == "country":
                proxy.add("country", self.country(authority.name))
        proxy.add("program", claim.qualifiers.label or claim.value)
        self.provenance(proxy, claim, date="startDate")
        return proxy

    def _entity(self, entity_id: str) -> Entity | None:
        return self.names.get(self.canonical.get(entity_id, entity_id))


def _traffics(store: Store, canonical: Mapping[str, str], drugs: Mapping[str, Entity]) -> dict[str, set[str]]:
    """Canonical group id -> names of the drugs it is claimed (positively) to traffic."""
    found: dict[str, set[str]] = {}
    for claim in store.iter_claims(ClaimFilter(predicate="traffics")):
        if claim.polarity is Polarity.POSITIVE and claim.object_id is not None:
            drug = drugs.get(canonical.get(claim.object_id, claim.object_id))
            if drug is not None:
                found.setdefault(canonical.get(claim.subject_id, claim.subject_id), set()).add(drug.name)
    return found


def iter_ftm(store: Store, *, canonical: Mapping[str, str] | None = None,
             report: FtmExport | None = None) -> Iterator[EntityProxy]:
    """FtM proxies: the canonical entities first, then one per exportable claim (see the module doc).

    ``canonical`` maps entity ids to canonical ids (default: the store's resolution); counts of
    what was made and left out go into ``report`` when given.
    """
    report = FtmExport() if report is None else report
    canonical = load_canonical(store) if canonical is None else canonical
    builder = _Builder(store, canonical)
    entities = canonical_entities(store, canonical)
    traffics = _traffics(store, canonical, entities)
    for entity in entities.values():
        proxy = builder.entity(entity, traffics)
        if proxy is None:
            report.skipped[f"{entity.kind} entity: no FtM schema"] += 1
            continue
        report.schemata[proxy.schema.name] += 1
        yield proxy
    for claim in store.iter_claims():
        if claim.predicate == "traffics":
            continue  # folded into the groups' topics and keywords
        made = builder.claim(claim)
        if isinstance(made, str):
            report.skipped[made] += 1
            continue
        report.schemata[made.schema.name] += 1
        yield made


def write_ftm(store: Store, out: TextIO, *, canonical: Mapping[str, str] | None = None) -> FtmExport:
    """Write the FtM entities of a store as JSON lines (``proxy.to_dict()``); return the counts."""
    report = FtmExport()
    for proxy in iter_ftm(store, canonical=canonical, report=report):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    return report
