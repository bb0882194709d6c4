"""The word lists of testigo/extract/patterns/*.yaml load whole: a key written twice in one file would let the
second list replace the first unseen, so the loader refuses it (lexicon.load_patterns)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from testigo.extract.lexicon import _UniqueKeyLoader, load_patterns


def test_every_pattern_file_loads_with_each_key_once() -> None:
    folder = resources.files("testigo.extract").joinpath("patterns")
    names = sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))
    assert names
    for name in names:
        assert isinstance(load_patterns(name), dict), name


def test_a_key_written_twice_is_refused_with_its_line() -> None:
    with pytest.raises(yaml.YAMLError, match=r"'sending_verbs' is written twice") as error:
        yaml.load("sending_verbs: [send]\nother: [x]\nsending_verbs: [deploy]\n", Loader=_UniqueKeyLoader)
    assert "line 3" in str(error.value)
    assert yaml.load("a: {b: 1}\nc: {b: 2}\n", Loader=_UniqueKeyLoader) == {"a": {"b": 1}, "c": {"b": 2}}
