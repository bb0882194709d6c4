"""A synthetic corpus for benchmarks and engine tests: short articles from templates, varied names.

Every article is written here from templates (no real article text); names combine invented
places, first names and surnames, so a large corpus holds many distinct groups and people.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["iter_articles", "write_shards"]

_PLACES = ("Norte", "Sierra", "Golfo", "Valle", "Costa", "Frontera", "Altos", "Llano", "Puerto", "Bajío",
           "Cañada", "Laguna", "Mesa", "Río", "Cumbre", "Selva")
_FIRST = ("José", "Juan", "Luis", "Carlos", "Miguel", "Jorge", "Pedro", "Raúl", "Héctor", "Rafael", "Mario",
          "Sergio", "Víctor", "Arturo", "Rubén", "Omar")
_LAST = ("García", "Hernández", "Martínez", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
         "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_TEMPLATES = (
    "{a} and {b} have formed an alliance against {c}, according to local officials. "
    "{p}, the leader of {a}, was arrested by Mexican soldiers in {month} {year}.",
    "{a} is locked in a war with {b} over the routes of the {place} region, officials said. "
    "{p} leads {a}, and {q} is the leader of {b}.",
    "Authorities said {p}, a founder of {a}, was arrested in {month} {year}. "
    "{a} is an ally of {c}, according to prosecutors.",
)


def _group(rng: random.Random) -> str:
    first, second = rng.sample(_PLACES, 2)
    return f"Cártel del {first} {second}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {rng.choice(_LAST)}"


def iter_articles(count: int, *, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` JSON Lines records (``title``, ``published``, ``text``), the same for the same seed."""
    rng = random.Random(seed)
    for number in range(count):
        a, b, c = _group(rng), _group(rng), _group(rng)
        text = rng.choice(_TEMPLATES).format(
            a=a, b=b, c=c, p=_person(rng), q=_person(rng), place=rng.choice(_PLACES),
            month=rng.choice(_MONTHS), year=rng.randint(2005, 2024),
        )
        yield {"title": f"Report {number}", "published": f"2025-{1 + number % 12:02d}-15",
               "text": f"Report {number}\n\n{text}"}


def write_shards(folder: str | Path, count: int, *, shards: int = 4, seed: int = 7) -> list[Path]:
    """Write ``count`` articles as ``shards`` JSON Lines files in ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"shard-{i:03d}.jsonl" for i in range(shards)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    try:
        for number, record in enumerate(iter_articles(count, seed=seed)):
            handles[number % shards].write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        for handle in handles:
            handle.close()
    return paths
