"""Load schema.yaml once and check kinds and predicates against it.

Every other module asks this one whether a kind or predicate exists; an unknown
name raises SchemaError. Nobody else reads schema.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from testigo.errors import SchemaError

__all__ = ["Kind", "Predicate", "Schema", "load_schema"]


@dataclass(frozen=True, slots=True)
class Kind:
    """An entity kind such as ``criminal_group``."""

    name: str
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class Predicate:
    """A relation kind with the entity kinds allowed at each end."""

    name: str
    label: str
    description: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    symmetric: bool = False
    event: bool = False
    sign: int = 0


@dataclass(frozen=True, slots=True)
class Schema:
    """The whole vocabulary, as read from schema.yaml."""

    kinds: dict[str, Kind]
    predicates: dict[str, Predicate]

    def kind(self, name: str) -> Kind:
        """Return the kind called ``name`` or raise SchemaError."""
        try:
            return self.kinds[name]
        except KeyError:
            known = ", ".join(sorted(self.kinds))
            raise SchemaError(f"unknown entity kind {name!r}; use one of: {known}") from None

    def predicate(self, name: str) -> Predicate:
        """Return the predicate called ``name`` or raise SchemaError."""
        try:
            return self.predicates[name]
        except KeyError:
            known = ", ".join(sorted(self.predicates))
            raise SchemaError(f"unknown predicate {name!r}; use one of: {known}") from None


def _require(entry: dict[str, Any], key: str, where: str) -> Any:
    if key not in entry:
        raise SchemaError(f"schema.yaml: {where} has no {key!r}")
    return entry[key]


def parse_schema(data: dict[str, Any]) -> Schema:
    """Build a Schema from parsed YAML, checking that every endpoint kind exists."""
    kinds = {
        name: Kind(name, _require(e, "label", name), _require(e, "description", name))
        for name, e in (data.get("kinds") or {}).items()
    }
    predicates: dict[str, Predicate] = {}
    for name, e in (data.get("predicates") or {}).items():
        ends = tuple(_require(e, "subject", name)), tuple(_require(e, "object", name))
        for kind in ends[0] + ends[1]:
            if kind not in kinds:
                raise SchemaError(f"schema.yaml: predicate {name!r} names unknown kind {kind!r}")
        predicates[name] = Predicate(
            name=name,
            label=_require(e, "label", name),
            description=_require(e, "description", name),
            subject=ends[0],
            object=ends[1],
            symmetric=bool(e.get("symmetric", False)),
            event=bool(e.get("event", False)),
            sign=int(e.get("sign", 0)),
        )
    if not kinds or not predicates:
        raise SchemaError("schema.yaml declares no kinds or no predicates")
    return Schema(kinds=kinds, predicates=predicates)


@cache
def load_schema() -> Schema:
    """Return the packaged vocabulary (read once per process)."""
    text = resources.files("testigo").joinpath("schema.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SchemaError(f"schema.yaml is not valid YAML: {exc}") from exc
    return parse_schema(data)
