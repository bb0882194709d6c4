"""The records the stages exchange: Document, Entity, Mention, Claim, Judgement, Rejection.

All are frozen dataclasses with ``to_dict()``/``from_dict()``. Ids are hashes of the
fields that make a record what it is, so running the same input twice gives the
same ids and the store can ignore what it already holds.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache
from typing import Any

from testigo.schema import load_schema

__all__ = [
    "Alias",
    "Certainty",
    "Claim",
    "DateValue",
    "Document",
    "Entity",
    "Evidence",
    "Judgement",
    "Mention",
    "Polarity",
    "Qualifiers",
    "Rejection",
    "Verdict",
    "make_id",
    "now",
]


def make_id(prefix: str, *parts: object) -> str:
    """A short deterministic id: ``prefix`` + the first 20 hex digits of sha1 over ``parts``."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:20]}"


def now() -> str:
    """The current UTC time as an ISO 8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Fold a name for comparison: no accents, lower case, single spaces, straight quotes."""
    if name.isascii():
        return " ".join(name.replace("-", " ").lower().split())
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("\u2018", "'").replace("\u2019", "'").replace("-", " ")
    return " ".join(bare.casefold().split())


class Certainty(str, Enum):
    """How sure the wording is, FactBank-style."""

    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"

    @property
    def rank(self) -> int:
        """2 for certain, 1 for probable, 0 for possible: for filtering by minimum."""
        return {"certain": 2, "probable": 1, "possible": 0}[self.value]


class Polarity(str, Enum):
    """Whether the claim is asserted or denied."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class Verdict(str, Enum):
    """A resolution decision about two entity ids."""

    SAME = "same"
    DIFFERENT = "different"


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its normalised text and what we know of where it came from."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str = "en"
    ingested_at: str = field(default_factory=now)

    @classmethod
    def make(cls, text: str, source: str, **meta: Any) -> Document:
        """Build a Document whose id is the hash of its (already normalised) text."""
        return cls(id=make_id("doc", text), source=source, text=text, **meta)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "language": self.language,
            "ingested_at": self.ingested_at,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(**{k: data[k] for k in _DOCUMENT_FIELDS if k in data})


_DOCUMENT_FIELDS = ("id", "source", "text", "title", "outlet", "author", "published", "language", "ingested_at")


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of an entity, with its language when known (``en``, ``es``)."""

    name: str
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "lang": self.lang}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Alias:
        return cls(name=data["name"], lang=data.get("lang"))


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor, place, drug or publication, with its aliases."""

    id: str
    kind: str
    name: str
    aliases: tuple[Alias, ...] = ()
    external_ids: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        load_schema().kind(self.kind)

    @classmethod
    def make(cls, kind: str, name: str, **rest: Any) -> Entity:
        """An entity whose id derives from its kind and folded name."""
        return cls(id=make_id("ent", kind, name_key(name)), kind=kind, name=name, **rest)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": [a.name for a in self.aliases],
            "external_ids": dict(self.external_ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        aliases = tuple(
            Alias.from_dict(a) if isinstance(a, dict) else Alias(a) for a in data.get("aliases", [])
        )
        return cls(
            id=data["id"],
            kind=data["kind"],
            name=data["name"],
            aliases=aliases,
            external_ids=dict(data.get("external_ids") or {}),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names an entity."""

    document_id: str
    entity_id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "entity_id": self.entity_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as precise as the text allows; ``value`` is None when it cannot be resolved."""

    text: str
    value: str | None = None
    precision: str | None = None  # "day", "month", "year" or None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateValue:
        return cls(text=data["text"], value=data.get("value"), precision=data.get("precision"))


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """When and where a claim was true, and the title or label it carries."""

    dates: tuple[DateValue, ...] = ()
    places: tuple[str, ...] = ()
    title: str | None = None
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "dates": [d.to_dict() for d in self.dates],
            "places": list(self.places),
            "title": self.title,
            "label": self.label,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Qualifiers:
        data = data or {}
        return cls(
            dates=tuple(DateValue.from_dict(d) for d in data.get("dates", [])),
            places=tuple(data.get("places", [])),
            title=data.get("title"),
            label=data.get("label"),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a claim was read from, and its character span in the document."""

    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(quote=data["quote"], start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True, slots=True)
class Claim:
    """The unit of truth: subject, predicate, object or value, as asserted by a chain of sources."""

    id: str
    document_id: str
    subject_id: str
    predicate: str
    evidence: Evidence
    rule: str
    object_id: str | None = None
    value: str | None = None
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    polarity: Polarity = Polarity.POSITIVE
    certainty: Certainty = Certainty.CERTAIN
    attributed_to: tuple[str, ...] = ("article",)

    def __post_init__(self) -> None:
        load_schema().predicate(self.predicate)

    @classmethod
    def make(
        cls,
        document_id: str,
        subject_id: str,
        predicate: str,
        *,
        evidence: Evidence,
        rule: str,
        object_id: str | None = None,
        value: str | None = None,
        **rest: Any,
    ) -> Claim:
        """A claim whose id hashes document, subject, predicate, object and span."""
        claim_id = make_id(
            "clm", document_id, subject_id, predicate, object_id or "", value or "",
            evidence.start, evidence.end,
        )
        return cls(
            id=claim_id, document_id=document_id, subject_id=subject_id, predicate=predicate,
            evidence=evidence, rule=rule, object_id=object_id, value=value, **rest,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document_id": self.document_id,
            "subject_id": self.subject_id,
            "predicate": self.predicate,
            "object_id": self.object_id,
            "value": self.value,
            "qualifiers": self.qualifiers.to_dict(),
            "polarity": self.polarity.value,
            "certainty": self.certainty.value,
            "attributed_to": list(self.attributed_to),
            "evidence": self.evidence.to_dict(),
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            id=data["id"],
            document_id=data["document_id"],
            subject_id=data["subject_id"],
            predicate=data["predicate"],
            object_id=data.get("object_id"),
            value=data.get("value"),
            qualifiers=Qualifiers.from_dict(data.get("qualifiers")),
            polarity=Polarity(data.get("polarity", "positive")),
            certainty=Certainty(data.get("certainty", "certain")),
            attributed_to=tuple(data.get("attributed_to") or ("article",)),
            evidence=Evidence.from_dict(data["evidence"]),
            rule=data["rule"],
        )


@dataclass(frozen=True, slots=True)
class Judgement:
    """A decision that two entity ids are the same actor or different ones."""

    left_id: str
    right_id: str
    verdict: Verdict
    author: str  # "rule:<name>" or "analyst:<name>"
    reason: str = ""
    created_at: str = field(default_factory=now)

    def to_dict(self) -> dict[str, Any]:
        return {
            "left_id": self.left_id,
            "right_id": self.right_id,
            "verdict": self.verdict.value,
            "author": self.author,
            "reason": self.reason,
            "created_at": self.created_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Judgement:
        return cls(
            left_id=data["left_id"],
            right_id=data["right_id"],
            verdict=Verdict(data["verdict"]),
            author=data["author"],
            reason=data.get("reason", ""),
            created_at=data.get("created_at") or now(),
        )


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be processed: where, at which stage, and why."""

    id: str
    source: str
    stage: str  # "ingest", "extract", "store"
    reason: str
    document_id: str | None = None
    created_at: str = field(default_factory=now)

    @classmethod
    def make(cls, source: str, stage: str, reason: str, document_id: str | None = None) -> Rejection:
        """A rejection whose id hashes source, stage and reason, so re-runs add no copy."""
        return cls(
            id=make_id("rej", source, stage, reason), source=source, stage=stage,
            reason=reason, document_id=document_id,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "stage": self.stage,
            "reason": self.reason,
            "document_id": self.document_id,
            "created_at": self.created_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rejection:
        fields = ("id", "source", "stage", "reason", "document_id", "created_at")
        return cls(**{k: data[k] for k in fields if k in data})
