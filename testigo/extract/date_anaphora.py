"""Dates said by pointing at another: "the same day", "that year", "that same day", "the next day", "the following
week", "a month later", "the day before", "two days after", "at the time of his arrest", "that January" (the
month of the year last named), "since then" (from the last date given).

The date pointed at is the last one the text gave before the words, in their sentence or the eight
before it, that is as precise as the words need ("the same day" points at a day); else the last
date of their sentence or the one before; "at the time of his arrest" points at the last earlier sentence that tells of
an arrest and dates it. The result is as precise as both allow: "the same day" after "in May
2021" is May 2021; "the next day" after "in May 2021" cannot be said and stays unresolved (its
words kept), as does any of these with no date before it. A week is given as the month (or
year) that holds it, as for "last week" in :mod:`testigo.extract.date_forms`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from testigo.extract.date_forms import DateMention, week_of
from testigo.extract.dates import find_dates
from testigo.extract.tokens import text_of

__all__ = ["anaphoric_date", "month_of_that_year"]

# 'before' or 'after' standing alone ("the day before.", "two days after, in P"), not "the day after his arrest"
_ALONE = r"\b(?=\s*(?:[.,;:)]|$)|\s+(?:after|in|at|and|when|on|by|with|from|for|near|outside)\b)"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_FORM = re.compile(
    r"\b(?:(?P<same>the\s+same|that(?:\s+(?:same|very))?|the\s+very\s+same)\s+(?P<u1>day|week|month|year)\b(?!\s+(?:of|as|when|that))"
    r"|the\s+(?P<step>next|following|previous|preceding)\s+(?P<u2>day|week|month|year)\b(?!\s+(?:of|as))"
    r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u3>day|week|month|year)s?"
    r"\s+(?:(?P<dir>later|earlier)\b|(?P<side>before|after)" + _ALONE + ")"
    r"|the\s+(?P<u4>day|week|month|year)\s+(?P<side4>before|after)" + _ALONE +
    r"|at\s+the\s+time\s+of\s+(?:his|her|their|its|the)\s+(?P<event>[a-z]+)"
    r"|(?P<since>since\s+(?:then|that\s+time)\b|ever\s+since(?=\s*[.,;]|\s*$)))", re.I)
_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}  # finest first ("week" is a month or year)
_SENTENCES_BACK = 8
_EVENTS_BACK = 40  # sentences: how far back "at the time of his arrest" looks for the arrest


def anaphoric_date(clause: Span, published: str | None = None) -> DateMention | None:
    """The date the clause gives by pointing at an earlier one, with its own words and offsets
    relative to the clause; None when the clause has no such words."""
    m = _FORM.search(clause.text)
    if m is None:
        return None
    at = clause.start_char + m.start()
    if m.group("event") or m.group("since"):  # "since then": from the last date given, as precise as it is
        reference = _event_date(clause, m.group("event"), published) if m.group("event") else \
            _last_date(clause.doc, at, "year", published)
        resolved = (reference.value, reference.precision) if reference and reference.value and \
            reference.precision else None
    else:
        unit = (m.group("u1") or m.group("u2") or m.group("u3") or m.group("u4")).lower()
        reference = _last_date(clause.doc, at, unit, published)
        if m.group("same"):
            steps = 0
        elif m.group("step"):
            steps = 1 if m.group("step").lower() in ("next", "following") else -1
        elif m.group("side4"):  # "the day before", "the week after"
            steps = 1 if m.group("side4").lower() == "after" else -1
        else:
            raw = m.group("n").lower()
            later = (m.group("dir") or m.group("side")).lower() in ("later", "after")
            steps = (int(raw) if raw.isdigit() else _NUMBERS[raw]) * (1 if later else -1)
        resolved = _shift(reference, unit, steps) if reference is not None else None
    value, precision = resolved if resolved else (None, None)
    return DateMention(m.start(), m.end(), m.group(0), value, precision)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # capitalised: "a gang that may ..." names no month
_MONTH = "|".join(_MONTHS)
# not "that May 5", not "that May Ortiz"; also "July of that year", "the following February"
_THAT_MONTH = re.compile(
    r"\b(?i:that(?:\s+(?:same|very))?|the\s+same)\s+(?P<month>" + _MONTH + r")\b(?!\s+\d|\s+[A-Z])"
    r"|\b(?P<month_of>" + _MONTH + r")\s+(?i:of\s+(?:that|the\s+same)\s+year)\b"
    r"|\b(?i:the\s+(?P<step>following|next|previous|preceding))\s+(?P<month_step>" + _MONTH + r")\b(?!\s+\d)")


def month_of_that_year(clause: Span, published: str | None = None) -> DateMention | None:
    """'were both killed that January' after a sentence that gives the year (or 'at the start of
    2020' earlier in the clause): that month of the year last named before the words; None when
    the clause has no such words, and unresolved (words kept) when no year was named before."""
    m = _THAT_MONTH.search(clause.text)
    if m is None:
        return None
    reference = _last_date(clause.doc, clause.start_char + m.start(), "year", published)
    month = _MONTHS.index(m.group("month") or m.group("month_of") or m.group("month_step")) + 1
    if reference is None or reference.value is None:
        return DateMention(m.start(), m.end(), m.group(0), None, None)
    year = int(reference.value[:4])
    if m.group("step"):  # "arrested in March 2009 and extradited the following February": February 2010
        since = int(reference.value[5:7]) if len(reference.value) >= 7 else None
        if m.group("step").lower() in ("following", "next"):
            year += 1 if since is None or month <= since else 0
        else:
            year -= 1 if since is None or month >= since else 0
    return DateMention(m.start(), m.end(), m.group(0), f"{year:04d}-{month:02d}", "month")


def _last_date(doc: object, before: int, unit: str, published: str | None) -> DateMention | None:
    """The date pointed at: the last one before character ``before`` (within its sentence and the
    ones before it) as precise as ``unit`` needs ("the same day" points at a day, not at "last
    month"); else the last date of the sentence or the one before, however precise."""
    token = _token_at(doc, before)
    if token is None:
        return None
    starts = [token.sent.start]
    for _ in range(_SENTENCES_BACK):
        if starts[-1] == 0:
            break
        starts.append(token.doc[starts[-1] - 1].sent.start)
    text = text_of(token.doc)
    found = _narrative(find_dates(text[token.doc[starts[-1]].idx:before], published=published))
    needed = _ORDER["day" if unit == "week" else unit]
    precise = [d for d in found if d.precision and _ORDER[d.precision] <= needed]
    if precise:
        return precise[-1]
    near = _narrative(find_dates(text[token.doc[starts[min(1, len(starts) - 1)]].idx:before], published=published))
    return near[-1] if near else None


_YEAR_WRITTEN = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")
_RELATIVE = re.compile(r"\b(?i:last|this|next|ago|yesterday|today|tomorrow)\b")
_MONTH_NAMED = re.compile(r"\b(?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?", re.I)


def _narrative(found: list[DateMention]) -> list[DateMention]:
    """'In the autumn of 2012 ... On October 3 of that year X was found dead': a day or month written
    without its year, after a year written before it, is of that year (not of the year of publication),
    so that 'four days later' counts from October 3, 2012."""
    out: list[DateMention] = []
    year = None
    for d in found:
        if _YEAR_WRITTEN.search(d.text) and d.value:
            year = d.value[:4]
        elif year and d.value and d.precision in ("day", "month") and _MONTH_NAMED.search(d.text) \
                and not _RELATIVE.search(d.text) and d.value[4:] != "-02-29":
            d = DateMention(d.start, d.end, d.text, year + d.value[4:], d.precision)
        out.append(d)
    return out


def _event_date(clause: Span, noun: str, published: str | None) -> DateMention | None:
    """The date of the last earlier sentence that tells of the event ``noun`` names ("arrest":
    "was arrested", "the arrest of") and dates it."""
    stem = noun.lower()[:4]  # "kill" for "killing", "extr" for "extradition" and "extradited"
    sentence = clause[0].sent
    for _ in range(_EVENTS_BACK):
        if sentence.start == 0:
            return None
        sentence = clause.doc[sentence.start - 1].sent
        if any(t.lemma_.lower().startswith(stem) for t in sentence if t.pos_ in ("VERB", "NOUN")):
            found = [d for d in find_dates(sentence.text, published=published) if d.value]
            if found:
                return found[0]
    return None


def _shift(reference: DateMention, unit: str, steps: int) -> tuple[str, str] | None:
    """``steps`` units after (before, when negative) the reference date, as precise as both allow."""
    if reference.value is None or reference.precision is None:
        return None
    precision = reference.precision
    parts = [int(p) for p in reference.value.split("-")]
    if steps == 0:  # "the same day" after a month is that month; "the same year" after a day is its year
        if unit == "week" and precision == "day":
            return week_of(date(*parts))
        if _ORDER[unit] >= _ORDER[precision]:
            keep = {"day": 3, "week": 2, "month": 2, "year": 1}[unit]
            return "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts[:keep])), \
                ("month" if unit == "week" else unit)
        return reference.value, precision
    try:
        if unit == "year":
            return f"{parts[0] + steps:04d}", "year"
        if unit == "month" and precision in ("month", "day"):
            total = parts[0] * 12 + parts[1] - 1 + steps
            return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
        if unit in ("day", "week") and precision == "day":
            day = date(*parts) + timedelta(days=steps * (7 if unit == "week" else 1))
            return (day.isoformat(), "day") if unit == "day" else week_of(day)
    except (OverflowError, ValueError):
        return None
    return None


def _token_at(doc: object, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")  # type: ignore[attr-defined]
    return span[0] if span is not None and len(span) else None
