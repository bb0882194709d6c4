"""The forms of English dates that :mod:`testigo.extract.dates` finds, one regular expression each.

Forms
-----
Explicit, any context: "July 25, 2026", "July 25 2026", "Jul. 25, 2026", "February 20th, 2025",
"25 July 2026", "25th of July, 2026", "2026-07-25" (day); "July 2024", "July of 2024",
"early July 2024", "end of July 2024" (month); "summer of 2023", "early 2025", "mid-2024",
"end of 2024", "first half of 2024" (year); ranges "2008-2010", "March-May 2024", "July 3-5, 2024"
(two mentions each).

Bare years and month names need a context that makes them dates (see "What is not a date").
:func:`parse_date` is told its input is a date, so it waives those context rules ("2025" alone is
a year) and returns the longest mention found.

Relative, resolved against ``published`` (an ISO date) and otherwise emitted with value and
precision None - never computed from today's date:

- "last/this/next year", "earlier/later this year", "end of last year" -> year;
- "last/this/next month", "earlier this month" -> month;
- "last/this/next week" -> the month holding that whole week (Monday to Sunday), else its year;
- "in July", "early July", "this July" -> that month of the published year; "last September" ->
  the latest September strictly before the published month; "next September" -> the first one
  strictly after it;
- "July 25", "25 July", "the twenty-fifth of July" (no year) -> that day of the published year (also when
  that falls after publication: the text does not say which year, and the published one is the
  documented choice);
- "yesterday", "today", "tomorrow", "this morning", "tonight", "last night" -> day; "Monday",
  "on Monday" -> the latest such weekday on or before the published date; "last Tuesday" -> the latest
  one before it (a week back when the text is dated a Tuesday); "next Monday" -> the first one after it;
- "two years ago", "three months ago", "5 days ago" -> year, month, day; "three weeks ago" -> the week
  (Monday to Sunday) that many weeks back, as its month when the whole week is in one month, else its year.

What is not a date
------------------
- A bare four-digit number (1800-2099) is a year only when (a) a temporal preposition precedes it
  ("in", "since", "by", "during", "until", "through", "from", "before", "after", "between",
  "as of", "the year", "around", "at least", "as early as"), a hedge between them or not ("from about",
  "between roughly", "since approximately"), or (b) it continues a list or range
  of dates ("between 2008 and 2010", "in 2008, 2009 and 2010"), or (c) a determiner or possessive
  precedes it and a lowercase word follows ("the 2019 arrest of ..."), or (d) a verb such as "was"
  or "saw" follows it.
- **Name-modifier rule**: a year before a capitalised word that is not itself after a temporal
  preposition modifies a name - "its 2025 National Drug Threat Assessment", "the 2025 DEA report",
  "2025 National Drug Threat Assessment" - and dates the document, not an event: not emitted.
- Counts are not years: thousands separators ("84,076"), currency, percentages, a count noun after
  the number ("2000 troops", "in 2000 municipalities"), words ("six other organisations"),
  codes ("Z-40", "AK-47", "#2024").
- Decades ("the 1990s", "the early 2000s", "mid-2020s") are kept with their words, value and precision None.
- Vague or unrepresentable times are skipped entirely: "in recent weeks", "recently",
  "the last year"/"the past year"/"the last week" (durations), "weeks ago",
  "2008-10" (range or ISO month?), numeric "7/25/2026" (US or European
  order?), times of day ("at 10 a.m."), narrative-relative "the following year".
- Bare weekdays in holiday names ("Good Friday", "Black Friday") and "Today" inside a title
  ("USA Today") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from testigo.model import DateValue

__all__ = ["MONTH_NAMES", "DateMention", "Pub", "candidates", "number_word", "week_of"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written in a text, with its ISO value cut to its precision (None if unresolved)."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None

    def to_value(self) -> DateValue:
        """The qualifier record of the JSONL contract: text, value, precision."""
        return DateValue(text=self.text, value=self.value, precision=self.precision)


# --------------------------------------------------------------------------- vocabulary

_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
MONTH_NAMES = _FULL_MONTHS
_MONTH_NUM: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(_FULL_MONTHS, 1)},
    **{name[:3].lower(): i for i, name in enumerate(_FULL_MONTHS, 1)},
    "sept": 9,
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# A number before one of these is a count, not a year ("2000 troops", "in 2000 municipalities").
_COUNT_NOUNS = frozenset("""
    people persons troops soldiers marines officers agents police policemen members men women
    children minors migrants residents families students workers journalists deaths dead victims
    homicides murders bodies corpses graves guns weapons firearms rifles pistols grenades rounds
    cartridges kilos kilograms kg grams tons tonnes pounds lbs pills doses units packages pesos
    dollars usd euros percent times cases km kilometers kilometres miles meters metres feet
    hectares acres vehicles cars trucks homes houses hours minutes days weeks months years
    municipalities towns cities villages communities companies businesses laboratories labs
""".split())
# A sentence-initial year followed by one of these is the subject of a clause about that year.
_YEAR_VERBS = frozenset("was saw marked brought became proved ended began remains remained".split())

# --------------------------------------------------------------------------- regex pieces
# Every finding pattern begins with a literal or a character class (no \b, lookbehind or
# case-insensitive flag at its start), so the regex engine can skip ahead with a fast prefix
# scan; word boundaries and prefixes ("last", "early", "summer of") are checked afterwards by
# small end-anchored patterns over the few characters before each match.

_GAP = r"\s{1,3}"
_MONTH_FULL = r"(?:{})(?![A-Za-z])".format("|".join(_FULL_MONTHS))
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MONTH = "(?:{})".format("|".join([rf"{name}(?![A-Za-z])" for name in _FULL_MONTHS]
                                   + [rf"{abbr}(?:\.|(?![A-Za-z]))" for abbr in _MONTH_ABBREVIATIONS]))
_WEEKDAY = r"(?:{})(?![A-Za-z])".format("|".join(_WEEKDAYS))
_MOD = (r"(?i:(?:early|earlier|late|later)\s{1,3}(?:in\s{1,3})?|mid(?:-|\s{1,2})"
        r"|(?:end|start|beginning|middle|close|much|most|all|part|(?:first|second)\s{1,3}half"
        r"|(?:first|second|third|fourth|last|final)\s{1,3}quarter)\s{1,3}of\s{1,3})")
_REL = r"(?i:last|next|this\s{1,3}past|this\s{1,3}coming|this)"
_REL_PERIOD = r"(?i:last|next|this)"  # "this past year" is a duration, not a date
_NUMBER_WORD_RE = r"(?i:{})".format("|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)))
_YEAR4 = r"(?P<y>[12][0-9]{3})(?![0-9]|[.,][0-9])"
_YEAR_END = r"(?!\w|[.,/:][0-9]|[-–—][0-9]|\s?%)"
_NO_YEAR_AFTER = r"(?!,?\s{1,3}[12][0-9]{3}(?![0-9]))"  # else it is an explicit (maybe impossible) date
_CONNECTOR = r"\s{0,3}(?:[-–—/]|(?i:and|to|through|until|till)(?![A-Za-z]))\s{0,3}"
_NOT_AFTER_YEAR = frozenset(".,/$€£#:+-_")


_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_DAYS = {
    **{word: i for i, word in enumerate(_UNIT_ORDINALS, 1)},
    **{word: i for i, word in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 10)},
    **{f"twenty-{word}": 20 + i for i, word in enumerate(_UNIT_ORDINALS, 1)},
    "thirtieth": 30, "thirty-first": 31,
}


def _spelled_day(name: str) -> str:
    """A day written as an ordinal word ("the twenty-eighth of February") as group ``name``, read only
    before 'of' and a month (see :func:`_day_number`)."""
    words = sorted(_ORDINAL_DAYS, key=len, reverse=True)
    variants = "|".join(dict.fromkeys(v for w in words for c in (w, w.capitalize(), w.title())
                                      for v in (c, c.replace("-", " "))))
    return rf"(?P<{name}>{variants})(?![A-Za-z-])"


def _day_number(raw: str) -> int:
    """ "28", "twenty-eighth", "twenty eighth" -> 28."""
    return int(raw) if raw.isdigit() else _ORDINAL_DAYS[raw.lower().replace(" ", "-")]


def _day(name: str) -> str:
    """One or two digits as group ``name`` (checked as 1-31 later), optionally ordinal ("20th")."""
    return rf"(?P<{name}>[0-9][0-9]?)(?![0-9])(?:st|nd|rd|th)?(?![A-Za-z0-9])"


def _year(name: str) -> str:
    """A plausible bare year, 1800-2099, as group ``name``."""
    return rf"(?P<{name}>1[89][0-9]{{2}}|20[0-9]{{2}})"


class _Before(NamedTuple):
    """A pattern matched against the text just before a candidate (it must end there), and the
    words it can end with (None: any), tested first because that is much cheaper."""

    pattern: re.Pattern[str]
    last_words: frozenset[str] | None


def _before_re(regex: str, last_words: str | None, flags: int = 0) -> _Before:
    words = frozenset(last_words.split()) if last_words is not None else None
    return _Before(re.compile(rf"(?:{regex})$", flags), words)


_MOD_WORDS = "early earlier late later in mid of"
_PREP_BEFORE = _before_re(
    r"(?<![\w-])(?:in|since|by|during|until|till|through|throughout|from|before|after|between"
    r"|as\s{1,3}of|year|month\s{1,3}of|circa|around|at\s{1,3}least|as\s{1,3}(?:early|late)\s{1,3}as)\s{1,3}"
    r"(?:(?:about|roughly|approximately|around|circa)\s{1,3})?",  # a hedge after the preposition: 'from about 2015'
    "in since by during until till through throughout from before after between of year circa around least as"
    " about roughly approximately",
    re.I)
_DET_BEFORE = _before_re(r"(?<![\w-])(?:the|a|an|its|their|his|her|our|this|that|whose|each)\s{1,3}",
                         "the a an its their his her our this that whose each", re.I)
_THE_BEFORE = _before_re(r"(?<![\w-])the\s{1,3}", "the", re.I)
_HOLIDAY_BEFORE = _before_re(r"(?<![\w-])(?:good|black|cyber|holy|ash|maundy|palm|easter|bloody)\s{1,3}",
                             "good black cyber holy ash maundy palm easter bloody", re.I)
_TITLE_BEFORE = _before_re(r"[A-Z][\w&-]*\s{1,3}", None)
_MOD_BEFORE = _before_re(rf"(?<![A-Za-z])(?P<mod>{_MOD})", _MOD_WORDS)
_MOD_OR_REL_BEFORE = _before_re(rf"(?<![A-Za-z])(?:(?P<mod>{_MOD})|(?P<rel>{_REL}){_GAP})",
                                f"{_MOD_WORDS} last next this past coming")
_PERIOD_REL_BEFORE = _before_re(rf"(?<![A-Za-z])(?P<mod>{_MOD})?(?P<rel>{_REL_PERIOD}){_GAP}",
                                "last next this")
_SEASON_BEFORE = _before_re(
    rf"(?<![A-Za-z])(?P<mod>{_MOD})?(?P<s>(?i:spring|summer|autumn|fall|winter)){_GAP}(?:(?i:of){_GAP})?",
    "spring summer autumn fall winter of")
_AGO_BEFORE = _before_re(
    rf"(?<![\w.,])(?P<n>[0-9]{{1,3}}|{_NUMBER_WORD_RE}){_GAP}(?P<u>(?i:year|month|week|day))(?i:s)?{_GAP}",
    "year years month months week weeks day days")
_DAY_BEFORE = _before_re(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?(?:\s{1,3}of)?\s{1,3}", None)
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z][A-Za-z'-]{0,30})")
_LIST_GAP = re.compile(r"\s{0,3}(?:,\s{0,3}(?:(?i:and|or)\s{1,3})?|(?i:and|or|to|through|until|till|&)\s{1,3}"
                       r"|[-–—/]\s{0,3})")
_WINDOW = 48

# --------------------------------------------------------------------------- candidates

Check = Callable[[str, int, int, int], bool]


class _Cand(NamedTuple):
    """A matched span, the mentions it yields, and the context check it must pass (if any)."""

    start: int
    end: int
    mentions: tuple[DateMention, ...]
    check: Check | None = None


def _mention(text: str, start: int, end: int, resolved: tuple[str, str] | None) -> DateMention:
    """A DateMention over ``text[start:end]`` with a (value, precision) pair or None."""
    value, precision = resolved if resolved else (None, None)
    return DateMention(start, end, text[start:end], value, precision)


def _single(text: str, start: int, end: int, resolved: tuple[str, str] | None,
            check: Check | None = None) -> _Cand:
    return _Cand(start, end, (_mention(text, start, end, resolved),), check)


def _iso_day(y: int, mo: int, d: int) -> tuple[str, str] | None:
    try:
        return date(y, mo, d).isoformat(), "day"
    except ValueError:
        return None


def _iso_month(y: int, mo: int) -> tuple[str, str] | None:
    return (f"{y:04d}-{mo:02d}", "month") if 1 <= y <= 9999 and 1 <= mo <= 12 else None


def _iso_year(y: int) -> tuple[str, str] | None:
    return (f"{y:04d}", "year") if 1 <= y <= 9999 else None


def _month_of(m: re.Match[str], group: str = "m") -> int:
    return _MONTH_NUM[m.group(group).rstrip(".").lower()]


# --------------------------------------------------------------------------- context


def _word_start(text: str, i: int) -> bool:
    """True when position ``i`` does not continue a word (what ``\\b`` would test)."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def _number_start(text: str, i: int) -> bool:
    """True when a number at ``i`` is not part of a word, a longer number or "1,25"."""
    return _word_start(text, i) and (i == 0 or text[i - 1] not in ".,")


def _word_before(text: str, start: int) -> str | None:
    """The word (letters and digits, lower case) before ``start``, past up to 3 spaces or a hyphen."""
    i = start - 1
    while i >= 0 and start - i <= 4 and (text[i].isspace() or text[i] == "-"):
        i -= 1
    if i == start - 1 or i < 0 or not text[i].isalnum():
        return None
    j = i
    while j >= 0 and i - j < 14 and text[j].isalnum():
        j -= 1
    return text[j + 1:i + 1].lower()


def _back(before: _Before, text: str, start: int) -> re.Match[str] | None:
    """``before`` ending exactly at ``start`` (it may look a little further back for boundaries)."""
    word = _word_before(text, start)
    if word is None or (before.last_words is not None and word not in before.last_words):
        return None
    return before.pattern.search(text, max(0, start - _WINDOW), start)


def _next_word(text: str, end: int) -> str | None:
    found = _NEXT_WORD.match(text, end)
    return found.group(1) if found else None


_FORCES = frozenset("police soldiers troops marines agents officers policemen gunmen".split())
_OPENING_IN = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")


def _fronted_year(text: str, start: int, end: int, word: str) -> bool:
    """'In 2019 police arrested X', 'In 2015 marines killed X': a sentence-opening 'In' and a year before a force
    that acts in the past tense is the year, not a count ('In 2000 municipalities ...' stays a count)."""
    if word.lower() not in _FORCES or not _OPENING_IN.search(text[max(start - 8, 0):start]):
        return False
    after = _next_word(text, end + 1 + len(word))
    return after is not None and after.lower().endswith("ed")


def _continues_list(text: str, start: int, prev_end: int) -> bool:
    """True when the candidate follows the previous date after ",", "and", "to", "-"..."""
    return 0 <= prev_end <= start and start - prev_end <= 12 and bool(
        _LIST_GAP.fullmatch(text, prev_end, start))


def _year_context(text: str, start: int, end: int, prev_end: int) -> bool:
    """Whether a bare four-digit number is a year here (see the module docstring)."""
    word = _next_word(text, end)
    if word is not None and word.lower() in _COUNT_NOUNS:
        return _fronted_year(text, start, end, word)
    if _back(_PREP_BEFORE, text, start) or _continues_list(text, start, prev_end):
        return True
    if word is None:
        return False
    if word.lower() in _YEAR_VERBS:
        return True
    return bool(_back(_DET_BEFORE, text, start)) and word[0].islower()


def _month_context(text: str, start: int, end: int, prev_end: int) -> bool:
    """A month name alone is a date after a temporal preposition or in a list of dates."""
    return bool(_back(_PREP_BEFORE, text, start)) or _continues_list(text, start, prev_end)


def _not_after_the(text: str, start: int, end: int, prev_end: int) -> bool:
    """ "last year" is a date; "over the last year" is a duration."""
    return not _back(_THE_BEFORE, text, start)


def _not_holiday(text: str, start: int, end: int, prev_end: int) -> bool:
    return not _back(_HOLIDAY_BEFORE, text, start)


def _not_title(text: str, start: int, end: int, prev_end: int) -> bool:
    """ "Today" after a capitalised word is a title ("USA Today"), not a date."""
    return not (text[start].isupper() and _back(_TITLE_BEFORE, text, start))


# --------------------------------------------------------------------------- relative arithmetic


def _add_months(y: int, mo: int, k: int) -> tuple[int, int]:
    total = y * 12 + (mo - 1) + k
    return total // 12, total % 12 + 1


def _shift_days(pub: date, days: int) -> tuple[str, str] | None:
    try:
        return (pub + timedelta(days=days)).isoformat(), "day"
    except OverflowError:
        return None


def _rel_offset(rel: str | None) -> int:
    """-1 for "last"/"this past", +1 for "next"/"this coming", 0 otherwise."""
    word = " ".join((rel or "").lower().split())
    return {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(word, 0)


def _named_month(pub: date, month: int, offset: int) -> tuple[str, str] | None:
    """The month ``month`` before (-1), of (0) or after (+1) the published month."""
    year = pub.year
    if offset < 0 and month >= pub.month:
        year -= 1
    elif offset > 0 and month <= pub.month:
        year += 1
    return _iso_month(year, month)


def _weekday(pub: date, weekday: int, offset: int) -> tuple[str, str] | None:
    """The latest ``weekday`` on or before ``pub``; with offset +1 the first one after it; with offset -1
    ("last Sunday", "this past Sunday") the latest one before it (written on a Sunday, a week back)."""
    if offset > 0:
        return _shift_days(pub, (weekday - pub.weekday() - 1) % 7 + 1)
    if offset < 0:
        return _shift_days(pub, -((pub.weekday() - weekday - 1) % 7 + 1))
    return _shift_days(pub, -((pub.weekday() - weekday) % 7))


def week_of(day: date) -> tuple[str, str] | None:
    """The week (Monday to Sunday) holding ``day``, as precise as a month or a year can say it:
    its month when the whole week is in one month, else its year, else nothing."""
    try:
        monday = day - timedelta(days=day.weekday())
        sunday = monday + timedelta(days=6)
    except OverflowError:
        return None
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _iso_month(monday.year, monday.month)
    return _iso_year(monday.year) if monday.year == sunday.year else None


def _ago(pub: date, n: int, unit: str) -> tuple[str, str] | None:
    if unit == "day":
        return _shift_days(pub, -n)
    if unit == "week":  # like "last week": the week n weeks back, as its month or year
        try:
            return week_of(pub - timedelta(weeks=n))
        except OverflowError:
            return None
    if unit == "month":
        return _iso_month(*_add_months(pub.year, pub.month, -n))
    return _iso_year(pub.year - n)


# --------------------------------------------------------------------------- builders (one per form)

Pub = date | None


def _b_iso(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "2026-07-25"."""
    text, start = m.string, m.start()
    if not _word_start(text, start) or (start and text[start - 1] in ".,/-"):
        return None
    resolved = _iso_day(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return _single(text, start, m.end(), resolved) if resolved else None


def _b_day(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "July 25, 2026", "25 July 2026": an explicit day."""
    text, start = m.string, m.start()
    if not (_number_start(text, start) if text[start].isdigit() else _word_start(text, start)):
        return None
    resolved = _iso_day(int(m.group("y")), _month_of(m), _day_number(m.group("d")))
    return _single(text, start, m.end(), resolved) if resolved else None


def _b_day_no_year(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "July 25", "25 July": that day of the published year."""
    text, start, day = m.string, m.start(), _day_number(m.group("d"))
    if not 1 <= day <= 31 or not (_number_start(text, start) if text[start].isdigit()
                                  else _word_start(text, start)):
        return None
    return _single(text, start, m.end(), _iso_day(pub.year, _month_of(m), day) if pub else None)


def _b_spelled_day(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "the twenty-eighth of February (2015)": a day in words, only after 'the' ('a third of March's
    shipments' is a fraction)."""
    if not _back(_THE_BEFORE, m.string, m.start()):
        return None
    return _b_day(m, pub) if m.groupdict().get("y") else _b_day_no_year(m, pub)


def _b_day_range(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "July 3-5, 2024": two days."""
    text, y, mo = m.string, int(m.group("y")), _month_of(m)
    first, last = _iso_day(y, mo, int(m.group("d1"))), _iso_day(y, mo, int(m.group("d2")))
    if not (first and last) or first >= last or not _word_start(text, m.start()):
        return None
    pair = (_mention(text, m.start(), m.end("d1"), first), _mention(text, m.start("d2"), m.end(), last))
    return _Cand(m.start(), m.end(), pair)


def _b_month(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "July 2024", "early July 2024": an explicit month."""
    text, start = m.string, m.start()
    if not _word_start(text, start) or _back(_DAY_BEFORE, text, start):
        return None  # "31 April 2025": an impossible day, not a month
    mod = _back(_MOD_BEFORE, text, start)
    first = mod.start() if mod else start
    return _single(text, first, m.end(), _iso_month(int(m.group("y")), _month_of(m)))


def _b_month_range(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "March-May 2024", "between March and May 2024": two months (the first may be last year's)."""
    text, y, first, last = m.string, int(m.group("y")), _month_of(m, "m1"), _month_of(m, "m2")
    if first == last or not _word_start(text, m.start()):
        return None
    pair = (_mention(text, m.start(), m.end("m1"), _iso_month(y - (first > last), first)),
            _mention(text, m.start("m2"), m.end(), _iso_month(y, last)))
    return _Cand(m.start(), m.end(), pair)


def _b_year(m: re.Match[str], pub: Pub) -> _Cand | None:
    """A four-digit year: a phrase ("summer of 2023", "mid-2024"), a range, or bare (context-checked)."""
    text, start = m.string, m.start()
    prefix = _back(_SEASON_BEFORE, text, start) or _back(_MOD_BEFORE, text, start)
    if prefix and m.group("y2") is None:
        return _single(text, prefix.start(), m.end(), _iso_year(int(m.group("y"))))
    if not _word_start(text, start) or (start and text[start - 1] in _NOT_AFTER_YEAR):
        return None
    if m.group("y2") is not None and (pair := _year_range(m)):
        return pair
    return _single(text, start, m.end("y"), _iso_year(int(m.group("y"))), _year_context)


def _year_range(m: re.Match[str]) -> _Cand | None:
    """ "2008-2010": two years."""
    y1, y2 = int(m.group("y")), int(m.group("y2"))
    if y1 >= y2:
        return None
    pair = (_mention(m.string, m.start("y"), m.end("y"), _iso_year(y1)),
            _mention(m.string, m.start("y2"), m.end("y2"), _iso_year(y2)))
    return _Cand(m.start(), m.end(), pair)


def _b_period(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "last year", "earlier this year", "last month", "end of next month"."""
    text = m.string
    rel = _back(_PERIOD_REL_BEFORE, text, m.start())
    if rel is None or not _word_start(text, m.start()):
        return None
    offset = _rel_offset(rel.group("rel"))
    resolved: tuple[str, str] | None = None
    if pub and m.group("u").lower() == "year":
        resolved = _iso_year(pub.year + offset)
    elif pub and m.group("u").lower() == "week":
        resolved = week_of(pub + timedelta(days=7 * offset))
    elif pub:
        resolved = _iso_month(*_add_months(pub.year, pub.month, offset))
    return _single(text, rel.start(), m.end(), resolved, None if rel.group("mod") else _not_after_the)


def _b_named_month(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "in July", "last September", "early July": a month without a year."""
    text, start = m.string, m.start()
    if not _word_start(text, start):
        return None
    before = _back(_MOD_OR_REL_BEFORE, text, start)
    rel = before.group("rel") if before else None
    resolved = _named_month(pub, _month_of(m), _rel_offset(rel)) if pub else None
    check: Check | None = _month_context if before is None else None
    if rel is not None:
        check = _not_after_the
    return _single(text, before.start() if before else start, m.end(), resolved, check)


def _b_weekday(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "Monday", "last Tuesday", "next Friday"."""
    text, start = m.string, m.start()
    if not _word_start(text, start):
        return None
    before = _back(_MOD_OR_REL_BEFORE, text, start)
    rel = before.group("rel") if before else None
    first = before.start() if before and rel else start
    resolved = _weekday(pub, _WEEKDAYS.index(m.group("wd")), _rel_offset(rel)) if pub else None
    return _single(text, first, m.end(), resolved, None if rel else _not_holiday)


def _b_day_word(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "yesterday", "today", "tomorrow"."""
    if not _word_start(m.string, m.start()):
        return None
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("w").lower()]
    return _single(m.string, m.start(), m.end(), _shift_days(pub, shift) if pub else None, _not_title)


def _b_day_part(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "this morning", "this afternoon", "this evening", "tonight" (the day of publication) and
    "last night" (the day before)."""
    if not _word_start(m.string, m.start()):
        return None
    shift = -1 if m.group(0).lower().startswith("last") else 0
    return _single(m.string, m.start(), m.end(), _shift_days(pub, shift) if pub else None, _not_title)


def number_word(raw: str) -> int | None:
    """ "three" -> 3, "a" -> 1, "12" -> 12; None for a word that is not a count."""
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)


def _b_ago(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "two years ago", "three months ago", "5 days ago"."""
    text = m.string
    before = _back(_AGO_BEFORE, text, m.start()) if _word_start(text, m.start()) else None
    if before is None:
        return None
    raw = before.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    resolved = _ago(pub, n, before.group("u").lower()) if pub else None
    return _single(text, before.start(), m.end(), resolved)


def _b_month_relative_year(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "July last year", "March of this year": a month of the year before (or of) publication."""
    text, start = m.string, m.start()
    if not _word_start(text, start):
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    resolved = _iso_month(pub.year + offset, _month_of(m)) if pub else None
    return _single(text, start, m.end(), resolved)


def _b_day_relative_year(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "February 27 this year", "27 February last year": a day of the year before (or of) publication."""
    text, start, day = m.string, m.start(), int(m.group("d"))
    if not 1 <= day <= 31 or not (_number_start(text, start) if text[start].isdigit() else _word_start(text, start)):
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    resolved = _iso_day(pub.year + offset, _month_of(m), day) if pub else None
    return _single(text, start, m.end(), resolved) if resolved or not pub else None


def _b_decade(m: re.Match[str], pub: Pub) -> _Cand | None:
    """ "the 1990s", "the early 2000s", "mid-2020s": a decade, kept with its words, unresolved (no single
    year, month or day stands for it)."""
    return _single(m.string, m.start(), m.end(), None)


def _cased(*words: str) -> str:
    """Literal case variants (the engine's fast prefix scan does not work with (?i) at the start)."""
    return "|".join(v for w in words for v in (w, w.capitalize(), w.upper()))


_FORMS: tuple[tuple[str, Callable[[re.Match[str], Pub], _Cand | None]], ...] = (
    (r"(?P<y>[12][0-9]{3})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"
     r"(?![0-9\-/]|[.,][0-9])", _b_iso),
    (rf"(?P<m>{_MONTH}){_GAP}{_day('d')}(?:,\s{{0,3}}|{_GAP}){_YEAR4}", _b_day),
    (rf"{_day('d')}(?:{_GAP}of)?{_GAP}(?P<m>{_MONTH}),?{_GAP}{_YEAR4}", _b_day),
    (rf"(?P<m>{_MONTH}){_GAP}{_day('d1')}{_CONNECTOR}{_day('d2')},?{_GAP}{_YEAR4}", _b_day_range),
    (rf"(?P<m>{_MONTH}){_GAP}{_day('d')}(?!\s{{0,3}}[-–—/]\s{{0,3}}[0-9]|[.,:][0-9]){_NO_YEAR_AFTER}",
     _b_day_no_year),
    (rf"{_day('d')}(?:{_GAP}of)?{_GAP}(?P<m>{_MONTH_FULL}){_NO_YEAR_AFTER}", _b_day_no_year),
    (rf"{_spelled_day('d')}{_GAP}of{_GAP}(?P<m>{_MONTH_FULL}),?{_GAP}{_YEAR4}", _b_spelled_day),
    (rf"{_spelled_day('d')}{_GAP}of{_GAP}(?P<m>{_MONTH_FULL}){_NO_YEAR_AFTER}", _b_spelled_day),
    (rf"(?P<m1>{_MONTH}){_CONNECTOR}(?P<m2>{_MONTH}),?{_GAP}(?:of{_GAP})?{_YEAR4}", _b_month_range),
    (rf"(?P<m>{_MONTH})(?:,|{_GAP}of)?{_GAP}{_YEAR4}", _b_month),
    (rf"{_year('y')}(?:\s{{0,2}}[-–—]\s{{0,2}}{_year('y2')})?{_YEAR_END}", _b_year),
    (rf"(?P<u>{_cased('year', 'month', 'week')})(?![A-Za-z])", _b_period),
    (rf"(?P<m>{_MONTH_FULL}){_GAP}(?:of{_GAP})?(?P<rel>(?i:last|this|next)){_GAP}(?i:year)(?![A-Za-z])",
     _b_month_relative_year),
    (rf"(?P<m>{_MONTH}){_GAP}{_day('d')},?{_GAP}(?:of{_GAP})?(?P<rel>(?i:last|this|next)){_GAP}(?i:year)(?![A-Za-z])",
     _b_day_relative_year),
    (rf"{_day('d')}(?:{_GAP}of)?{_GAP}(?P<m>{_MONTH_FULL}),?{_GAP}(?:of{_GAP})?(?P<rel>(?i:last|this|next)){_GAP}"
     r"(?i:year)(?![A-Za-z])", _b_day_relative_year),
    (rf"(?P<m>{_MONTH_FULL})(?!\s{{0,3}}(?:[0-9]|(?i:of)\s{{1,3}}[0-9]))", _b_named_month),
    (rf"(?P<wd>{_WEEKDAY})(?!,?{_GAP}(?:{_MONTH}|[0-9]{{1,2}}(?:st|nd|rd|th)?{_GAP}{_MONTH}))", _b_weekday),
    (rf"(?P<w>{_cased('yesterday', 'today', 'tomorrow')})(?![A-Za-z])", _b_day_word),
    (rf"(?:(?:{_cased('this')}){_GAP}(?:morning|afternoon|evening)|{_cased('tonight')}|(?:{_cased('last')}){_GAP}night)"
     r"(?![A-Za-z])", _b_day_part),
    (rf"(?:{_cased('ago')})(?![A-Za-z])", _b_ago),
    (r"(?<![A-Za-z0-9-])(?:(?i:early|mid|late)(?:-|\s{1,3}))?(?:1[89]|20)[0-9]0s(?![A-Za-z0-9])", _b_decade),
)
_PATTERNS = tuple((re.compile(regex), build) for regex, build in _FORMS)



def candidates(text: str, pub: Pub) -> list[_Cand]:
    """Every span a form matches, sorted by start (longest first), before context checks."""
    found = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text):
            cand = build(m, pub)
            if cand is not None:
                found.append(cand)
    found.sort(key=lambda c: (c.start, c.start - c.end))
    return found
