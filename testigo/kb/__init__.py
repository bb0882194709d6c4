"""The knowledge base: curated identities and aliases (YAML), never relations.

The packaged files (groups, people, agencies, places, drugs) load first; users add
their own files with ``--kb`` or TESTIGO_KB. A user entry with an id already known
adds aliases to it. Entity ids are ``kb-<slug>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from testigo.errors import ConfigError, SchemaError
from testigo.model import Alias, Entity, name_key

__all__ = ["KnowledgeBase", "load_kb"]

FORBIDDEN_KEYS = {"relations", "leader", "leader_of", "members", "parent", "faction_of", "allies", "rivals"}


@dataclass(slots=True)
class KnowledgeBase:
    """Known entities by id, and an index from folded alias to ids."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=dict)

    def add(self, entity: Entity) -> None:
        """Add an entity, or merge its aliases into the entity with the same id."""
        known = self.entities.get(entity.id)
        if known is not None:
            names = {a.name for a in known.aliases} | {known.name}
            extra = tuple(a for a in entity.aliases if a.name not in names)
            entity = Entity(id=known.id, kind=known.kind, name=known.name,
                            aliases=known.aliases + extra, external_ids={**known.external_ids,
                                                                         **entity.external_ids})
        self.entities[entity.id] = entity
        for name in self.names(entity):
            ids = self.by_key.setdefault(name_key(name), [])
            if entity.id not in ids:
                ids.append(entity.id)

    @staticmethod
    def names(entity: Entity) -> list[str]:
        """The canonical name and every alias of an entity."""
        return [entity.name] + [a.name for a in entity.aliases]

    def lookup(self, name: str) -> list[Entity]:
        """Entities one of whose names folds to the same key as ``name``."""
        return [self.entities[i] for i in self.by_key.get(name_key(name), [])]

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)


def _entity(entry: Any, where: str) -> Entity:
    if not isinstance(entry, dict) or not {"id", "kind", "name"} <= set(entry):
        raise ConfigError(f"{where}: each entry needs id, kind and name; got {entry!r}")
    bad = FORBIDDEN_KEYS & set(entry)
    if bad:
        raise ConfigError(f"{where}: entry {entry['id']!r} has {sorted(bad)}; the knowledge base "
                          "holds identities and aliases only, relations come from documents")
    aliases = tuple(
        Alias(a["name"], a.get("lang")) if isinstance(a, dict) else Alias(str(a))
        for a in entry.get("aliases") or []
    )
    try:
        return Entity(id=f"kb-{entry['id']}", kind=entry["kind"], name=str(entry["name"]),
                      aliases=aliases, external_ids=dict(entry.get("external_ids") or {}))
    except SchemaError as exc:
        raise ConfigError(f"{where}: entry {entry['id']!r}: {exc}") from exc


def _read(text: str, where: str) -> list[Entity]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ConfigError(f"{where}: expected a mapping with an 'entities' list")
    return [_entity(e, where) for e in data["entities"]]


@cache
def _packaged() -> tuple[Entity, ...]:
    folder = resources.files("testigo.kb")
    found: list[Entity] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            found.extend(_read(item.read_text(encoding="utf-8"), f"testigo/kb/{item.name}"))
    return tuple(found)


def load_kb(paths: Iterable[str | Path] = (), *, packaged: bool = True) -> KnowledgeBase:
    """The packaged knowledge base plus the user's YAML files (or folders of them)."""
    kb = KnowledgeBase()
    for entity in _packaged() if packaged else ():
        kb.add(entity)
    for path in paths:
        path = Path(path)
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        for file in files:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"cannot read knowledge base file {file}: {exc.strerror}") from exc
            for entity in _read(text, str(file)):
                kb.add(entity)
    return kb
