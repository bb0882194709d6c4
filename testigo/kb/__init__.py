"""The knowledge base: curated identities and aliases (YAML), never relations.

The packaged files (groups, people, agencies, places, drugs) load first; users add
their own files with ``--kb`` or TESTIGO_KB. A user entry with an id already known
adds aliases to it. Entity ids are ``kb-<slug>``.

An agency may name its ``country`` (a country's id or name, e.g. OFAC -> usa): an identity
attribute, optional, used to read "designated by OFAC" as a designation by that country. A place may
name its ``level`` ('state': a country's first division, as Sinaloa or Texas), so that a bare 'Governor
X' can be read as the governor of the state a text is about.
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
    countries: dict[str, str] = field(default_factory=dict)  # agency or place id -> its country's entity id
    levels: dict[str, str] = field(default_factory=dict)  # place id -> its level ('state')

    def set_country(self, entity_id: str, country: str, where: str) -> None:
        """Record the country of an agency or a place; ``country`` is a KB id ('usa') or a country's name."""
        found = [e for e in [self.entities.get(f"kb-{country}"), *self.lookup(country)]
                 if e is not None and e.kind == "country"]
        if not found:
            raise ConfigError(f"{where}: entry {entity_id.removeprefix('kb-')!r} has country {country!r}, "
                              "which is no country of the knowledge base; give a country's id or name")
        self.countries[entity_id] = found[0].id

    def country_of(self, entity_id: str | None) -> Entity | None:
        """The country an agency belongs to or a place lies in, when the knowledge base says."""
        country = self.countries.get(entity_id or "")
        return self.entities.get(country) if country else None

    def level_of(self, entity_id: str | None) -> str | None:
        """A place's level ('state'), when the knowledge base says."""
        return self.levels.get(entity_id or "")

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


def _read(text: str, where: str) -> list[tuple[Entity, str | None, str | None]]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ConfigError(f"{where}: expected a mapping with an 'entities' list")
    return [(_entity(e, where), _country(e, where), _level(e, where)) for e in data["entities"]]


def _country(entry: dict[str, Any], where: str) -> str | None:
    country = entry.get("country")
    if country is None:
        return None
    if not isinstance(country, str) or not country.strip():
        raise ConfigError(f"{where}: entry {entry['id']!r}: country must be a country's id or name, got {country!r}")
    return country.strip()


def _level(entry: dict[str, Any], where: str) -> str | None:
    level = entry.get("level")
    if level is not None and level != "state":
        raise ConfigError(f"{where}: entry {entry['id']!r}: level must be 'state', got {level!r}")
    return level


@cache
def _packaged() -> tuple[tuple[Entity, str | None, str | None, str], ...]:
    folder = resources.files("testigo.kb")
    found: list[tuple[Entity, str | None, str | None, str]] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            where = f"testigo/kb/{item.name}"
            found.extend((e, c, lv, where) for e, c, lv in _read(item.read_text(encoding="utf-8"), where))
    return tuple(found)


def load_kb(paths: Iterable[str | Path] = (), *, packaged: bool = True) -> KnowledgeBase:
    """The packaged knowledge base plus the user's YAML files (or folders of them)."""
    kb = KnowledgeBase()
    countries: list[tuple[str, str, str]] = []  # set once every file is read: a country may come later
    for entity, country, level, where in _packaged() if packaged else ():
        kb.add(entity)
        if level:
            kb.levels[entity.id] = level
        if country:
            countries.append((entity.id, country, where))
    for path in paths:
        path = Path(path)
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        for file in files:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"cannot read knowledge base file {file}: {exc.strerror}") from exc
            for entity, country, level in _read(text, str(file)):
                kb.add(entity)
                if level:
                    kb.levels[entity.id] = level
                if country:
                    countries.append((entity.id, country, str(file)))
    for entity_id, country, where in countries:
        kb.set_country(entity_id, country, where)
    return kb
