"""Counts written as words ("the three defendants", "twelve state police officers"): one list for the extraction
and for resolution, in a module of its own so that the CLI can read it without loading the extractor."""

from __future__ import annotations

__all__ = ["NUMBER_WORDS"]

NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split()) if value >= 2}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
