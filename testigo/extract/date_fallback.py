"""dateparser as a fallback for one date expression that none of our forms matches.

dateparser (chosen in DESIGN.md) is slow and noisy as a searcher, so :func:`fallback` runs only on
one expression, cached, with settings that cannot fill a part from today's date.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

__all__ = ["fallback"]

_PARTS = ((("day", "month", "year"), "day"), (("month", "year"), "month"), (("year",), "year"))
_PERIODS = {"day": "day", "time": "day", "month": "month", "year": "year"}
_NUMERIC_DATE = re.compile(r"(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-][0-9]{4}(?![0-9])")
_FOUR_DIGITS = re.compile(r"(?<![0-9])[12][0-9]{3}(?![0-9])")


def _dateparser(settings: dict[str, Any]) -> Any:
    """An English dateparser parser (imported on first use: it is slow to import)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8)
def _absolute_parser(parts: tuple[str, ...]) -> Any:
    return _dateparser({"REQUIRE_PARTS": list(parts), "PARSERS": ["custom-formats", "absolute-time"],
                        "PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY"})


@lru_cache(maxsize=64)
def _relative_parser(pub: date) -> Any:
    base = datetime(pub.year, pub.month, pub.day)
    return _dateparser({"PARSERS": ["relative-time"], "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


@lru_cache(maxsize=4096)
def fallback(expr: str, pub: date | None) -> tuple[str, str] | None:
    """dateparser on one expression, unable to take any part from today's date.

    Absolute parses must contain every part they return (REQUIRE_PARTS) and the year must be
    written with four digits in the expression (dateparser reads "40" as 1940). Relative parses
    ("in three days") run only with a publication date, as RELATIVE_BASE.
    """
    if len(expr) > 100 or not any(ch.isalnum() for ch in expr):
        return None
    try:
        return _absolute(expr) or (_relative(expr, pub) if pub else None)
    except Exception:  # dateparser is third-party: a parse failure is "no date", never a crash
        return None


def _absolute(expr: str) -> tuple[str, str] | None:
    years = {int(y) for y in _FOUR_DIGITS.findall(expr)}
    if not years or _ambiguous_numeric(expr):
        return None
    for parts, precision in _PARTS:
        data = _absolute_parser(parts).get_date_data(expr)
        if data and data.date_obj is not None and data.date_obj.year in years:
            return _cut(data.date_obj.date(), precision)
    return None


def _ambiguous_numeric(expr: str) -> bool:
    """ "07/08/2026": July 8 (US) or 7 August (Mexico, Europe)? Not guessed."""
    found = _NUMERIC_DATE.search(expr)
    return found is not None and found.group(1) != found.group(2) and max(map(int, found.groups())) <= 12


def _relative(expr: str, pub: date) -> tuple[str, str] | None:
    data = _relative_parser(pub).get_date_data(expr)
    precision = _PERIODS.get(data.period or "") if data else None
    if data is None or data.date_obj is None or precision is None:
        return None
    return _cut(data.date_obj.date(), precision)


def _cut(day: date, precision: str) -> tuple[str, str]:
    """An ISO value cut to ``precision``."""
    iso = day.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}[precision], precision
