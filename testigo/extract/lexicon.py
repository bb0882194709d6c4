"""Word lists the rules use, read once from patterns/*.yaml (data, not scattered strings)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from testigo.numbers import NUMBER_WORDS

__all__ = ["NUMBER_WORDS", "count_value", "demonym_countries", "fold", "load_patterns"]


def count_value(word: str) -> int | None:
    """The number a count word or numeral stands for ('three', '3'), or None."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, with straight quotes: the form tokens are matched on."""
    if text.isascii():  # no accents and no curly quotes to replace
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace(
        "\u201d", '"').casefold()


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one mapping (PyYAML keeps the last silently, so a
    second list of the same name would replace the first unseen)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is written twice; rename one", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@cache
def load_patterns(name: str) -> dict[str, Any]:
    """The mapping in ``patterns/<name>.yaml``, with every string list also folded. A key written twice
    in the file is an error (yaml.constructor.ConstructorError, naming the key and its line)."""
    path = resources.files("testigo.extract").joinpath("patterns").joinpath(f"{name}.yaml")
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    return data


@cache
@cache
def demonym_countries() -> dict[str, str]:
    """Adjectives of nationality, folded, and the name of the country each points to (relations.yaml)."""
    return {fold(k): v for k, v in load_patterns("relations")["demonyms"].items()}
