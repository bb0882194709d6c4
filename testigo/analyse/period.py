"""Which claims are in force for a date (``--as-of``) or a window (``--window START:END``).

Dates keep their precision, so comparisons truncate to the coarser of the two: "2024-07" is
on or before "2024-07-25", and "2024" falls inside a window "2024-06:2024-12". A claim is in
force at ``as_of`` when one of its dates is on or before it: an alliance formed in July 2024
still holds in 2025 unless other claims say otherwise (those make their own edges). A claim is
inside a window when one of its dates is.

Undated claims fall back on when they were said, the document's publication date: nobody knew
in 2020 what an article published in 2025 asserts. Claims with neither date nor publication
date count for every date and window; dropping them would hide most of what articles say
(they rarely date an alliance), and the analyst can narrow with ``--min-certainty`` instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from testigo.errors import ConfigError

__all__ = ["Period", "check_date", "parse_window"]

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_date(text: str, *, option: str = "--as-of") -> str:
    """Return ``text`` when it is YYYY, YYYY-MM or YYYY-MM-DD, else raise ConfigError."""
    text = text.strip()
    if not _DATE.match(text):
        raise ConfigError(f"{option} {text!r}: write a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def parse_window(text: str | None) -> tuple[str | None, str | None] | None:
    """Parse ``START:END`` (either side may be empty: ``2024:`` is 2024 onwards) into a pair."""
    if text is None or text.strip() == "":
        return None
    if ":" not in text:
        raise ConfigError(f"--window {text!r}: write START:END, e.g. 2024-01:2024-12 or 2024:")
    start, end = (part.strip() or None for part in text.split(":", 1))
    start = check_date(start, option="--window") if start else None
    end = check_date(end, option="--window") if end else None
    if start and end and not _before(start, end):
        raise ConfigError(f"--window {text!r}: the start comes after the end")
    return start, end


def _before(a: str, b: str) -> bool:
    """``a`` is on or before ``b`` at the coarser of their precisions."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


@dataclass(frozen=True, slots=True)
class Period:
    """An ``as_of`` date, a window, both, or neither (everything is in force)."""

    as_of: str | None = None
    start: str | None = None
    end: str | None = None

    @classmethod
    def make(cls, as_of: str | None = None,
             window: tuple[str | None, str | None] | str | None = None) -> Period:
        """A Period from the CLI's options, checking the dates."""
        pair = parse_window(window) if isinstance(window, str) else window
        start, end = pair if pair else (None, None)
        return cls(as_of=check_date(as_of) if as_of else None, start=start, end=end)

    @property
    def unbounded(self) -> bool:
        """True when every claim is in force."""
        return self.as_of is None and self.start is None and self.end is None

    def admits(self, dates: Iterable[str], published: str | None) -> bool:
        """Whether a claim with these date values (maybe none) and publication date is in force."""
        if self.unbounded:
            return True
        values = list(dates) or ([published] if published else [])
        if not values:
            return True
        return any(self._holds(value) for value in values)

    def _holds(self, value: str) -> bool:
        if self.as_of is not None and not _before(value, self.as_of):
            return False
        if self.start is not None and not _before(self.start, value):
            return False
        return self.end is None or _before(value, self.end)

    def to_dict(self) -> dict[str, str | None]:
        return {"as_of": self.as_of, "start": self.start, "end": self.end}
