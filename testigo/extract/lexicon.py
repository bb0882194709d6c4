"""Word lists the rules use, read once from patterns/*.yaml (data, not scattered strings)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["NUMBER_WORDS", "demonym_countries", "fold", "load_patterns"]

# Counts written as words ("the three defendants", "two of the groups").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, with straight quotes: the form tokens are matched on."""
    if text.isascii():  # no accents and no curly quotes to replace
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace(
        "\u201d", '"').casefold()


@cache
def load_patterns(name: str) -> dict[str, Any]:
    """The mapping in ``patterns/<name>.yaml``, with every string list also folded."""
    path = resources.files("testigo.extract").joinpath("patterns").joinpath(f"{name}.yaml")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data


@cache
def demonym_countries() -> dict[str, str]:
    """Adjectives of nationality, folded, and the name of the country each points to (relations.yaml)."""
    return {fold(k): v for k, v in load_patterns("relations")["demonyms"].items()}
