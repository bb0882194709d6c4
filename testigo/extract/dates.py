"""Dates in English news text: find them, keep their words, resolve them only as far as the text allows.

A :class:`DateMention` keeps the characters a date came from (``start``, ``end``, ``text``, with
``text == source[start:end]``), an ISO value cut to its precision (``"2026-07-25"`` day,
``"2024-07"`` month, ``"2024"`` year) and that precision. Leading prepositions and articles are not
part of the text: "in July 2024" gives "July 2024", "the summer of 2023" gives "summer of 2023".

How
---
Spans are found by our own regular expressions, one per form, compiled once at import. They have
no nested quantifiers and bounded gaps, so time per character is bounded on any input. Values come
from the regex groups through :mod:`datetime`; impossible dates ("February 30, 2025") are dropped.
dateparser (chosen in DESIGN.md) is slow and noisy as a searcher, so it is used only by
:func:`parse_date`, as a cached fallback for one expression that none of the forms below matches,
with settings that cannot fill a part from today's date (see :func:`testigo.extract.date_fallback.fallback`).

The forms and what is not a date: :mod:`testigo.extract.date_forms`; the dateparser fallback:
:mod:`testigo.extract.date_fallback`.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from testigo.extract.date_fallback import fallback
from testigo.extract.date_forms import DateMention, Pub, candidates

__all__ = ["DateMention", "find_dates", "parse_date"]

# --------------------------------------------------------------------------- scanning


def _reference(published: object) -> date | None:
    """The publication date as a ``date``, or None when missing or unreadable."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        return _parse_published(published)
    return None


@lru_cache(maxsize=4096)
def _parse_published(published: str) -> date | None:
    try:
        return datetime.fromisoformat(published.strip()[:40]).date()
    except ValueError:
        return None


def _scan(text: str, pub: Pub, *, strict: bool) -> list[DateMention]:
    """Leftmost-longest non-overlapping candidates that pass their context check."""
    out: list[DateMention] = []
    last_end = -1
    for cand in candidates(text, pub):
        if cand.start < last_end:
            continue
        if strict and cand.check is not None and not cand.check(text, cand.start, cand.end, last_end):
            continue
        out.extend(cand.mentions)
        last_end = cand.end
    return out


def find_dates(text: str, *, published: str | None = None) -> list[DateMention]:
    """Every date mentioned in ``text``, in order, resolved against ``published`` when relative.

    Never raises; a missing or unreadable ``published`` leaves relative dates unresolved.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_found(text, _reference(published)))


@lru_cache(maxsize=1024)
def _found(text: str, pub: Pub) -> tuple[DateMention, ...]:
    """The dates of a text (rules ask again about the same clause, once per claim they make there)."""
    return tuple(_scan(text, pub, strict=True))


def parse_date(text: str, *, published: str | None = None) -> DateMention | None:
    """One date expression ("July 2024", "2019", "last September") as a mention, or None.

    Context rules are waived (the caller says this is a date), so "2025" alone is a year. If no
    form matches, dateparser is tried on the whole expression (see :func:`_fallback`).
    """
    if not isinstance(text, str) or not text.strip():
        return None
    pub = _reference(published)
    mentions = _scan(text, pub, strict=False)
    if mentions:
        return max(mentions, key=lambda mention: mention.end - mention.start)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    resolved = fallback(text[start:end], pub)
    return DateMention(start, end, text[start:end], *resolved) if resolved else None
