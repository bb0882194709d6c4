"""Dates said by pointing at another: "the same day", "that year", "that same day", "the next day", "the following
week", "a month later", "the day before", "two days after", "hours later", "days later", "that night", "the next
morning", "at the time of his arrest", "that January" (the month of the year last named), "since then" (from the
last date given; so too a bare "since": "have since fought", "has led it since"), "at the time" and "then" before
a role ("who ran G at the time", "the then governor", "its then-armed wing": the year of the last date given in the
sentence or the one before it in the paragraph).

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
from testigo.extract.tokens import span_text, text_of

__all__ = ["anaphoric_date", "month_of_that_year", "then_date"]

# 'before' or 'after' standing alone ("the day before.", "two days after, in P"), not "the day after his arrest"
_ALONE = r"\b(?=\s*(?:[.,;:)]|$)|\s+(?:after|in|at|and|when|on|by|with|from|for|near|outside)\b)"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
# 'at the time' standing for the time told ("who ran G at the time, and", "its leader at the time was X"), not
# the time of a clause or noun that follows ("at the time of", "at the time he was arrested")
_TIME_ENDS = r"(?=\s*[.,;:)]|\s*$|\s+(?:and|but|was|were|is|included|includes|had|in|on|for|as)\b)"
_FORM = re.compile(
    r"\b(?:(?P<same>the\s+same|that(?:\s+(?:same|very))?|the\s+very\s+same)\s+(?P<u1>day|week|month|year)\b(?!\s+(?:of|as|when|that))"
    r"|the\s+(?P<step>next|following|previous|preceding)\s+(?P<u2>day|week|month|year)\b(?!\s+(?:of|as))"
    r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u3>day|week|month|year)s?"
    r"\s+(?:(?P<dir>later|earlier)\b|(?P<side>before|after)" + _ALONE + ")"
    r"|the\s+(?P<u4>day|week|month|year)\s+(?P<side4>before|after)" + _ALONE +
    r"|(?<![\w-])(?:(?:a\s+few|a\s+couple\s+of|several|some|only|just)\s+)?(?P<few>minutes|hours|days)"
    r"\s+(?:later|afterwards?)\b"
    r"|\bwithin\s+(?:(?:a\s+few|a\s+couple\s+of|several)\s+)?(?P<few2>minutes|hours|days)\b(?!\s+of\b)"
    r"|(?P<part>(?:later\s+)?that|the\s+same|the\s+(?:next|following))\s+(?:morning|afternoon|evening|night)\b"
    r"|at\s+the\s+time\s+of\s+(?:his|her|their|its|the)\s+(?P<event>[a-z]+)"
    r"|(?P<since>since\s+(?:then|that\s+time)\b|(?:ever\s+)?since(?=\s*[.,;]|\s*$)"
    r"|(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s))since\b(?!\s+(?:the\b|\d|(?-i:[A-Z]))))"
    r"|(?P<then>at\s+(?:the|that)\s+time\b" + _TIME_ENDS + "))", re.I)
_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}  # finest first ("week" is a month or year)
_SENTENCES_BACK = 8
_EVENTS_BACK = 40  # sentences: how far back "at the time of his arrest" looks for the arrest


def anaphoric_date(clause: Span, published: str | None = None) -> DateMention | None:
    """The date the clause gives by pointing at an earlier one, with its own words and offsets
    relative to the clause; None when the clause has no such words."""
    m = _FORM.search(span_text(clause))
    if m is None:
        return None
    at = clause.start_char + m.start()
    if near := m.group("few") or m.group("few2") or m.group("part"):  # "hours later", "within days", "that night"
        reference = _last_date(clause.doc, at, "year", published)  # the last date told, however precise
        resolved = _within(reference, near)
    elif m.group("event") or m.group("since") or m.group("then"):  # "since then": the last date given, as precise
        reference = _event_date(clause, m.group("event"), published) if m.group("event") else \
            _time_told(_token_at(clause.doc, at), published) if m.group("then") else \
            _last_date(clause.doc, at, "year", published)
        resolved = (reference.value, reference.precision) if reference and reference.value and \
            reference.precision else None
        if resolved and m.group("then"):  # "who ran G at the time": a period, the year of the date pointed at
            resolved = (resolved[0][:4], "year")
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


_DAYS_LATER_ROOM = 21  # 'days later' after the 21st of a month may fall in the next one


def _within(reference: DateMention | None, words: str) -> tuple[str, str] | None:
    """A time told by how soon it came after the last date: 'hours later', 'minutes later', 'that night', 'later
    that morning' are that day (that month when only the month was given); 'the next morning' the day after;
    'days later', 'a few days later' the month of that day while days remain in it (none of these past a month or
    from a mere year); 'within hours', 'within days' the same, not 'within days of' another event."""
    if reference is None or reference.value is None or reference.precision not in ("day", "month"):
        return None
    words = words.lower()
    if words.startswith(("the next", "the following")):
        return _shift(reference, "day", 1)
    if not words.endswith("days"):
        return reference.value, reference.precision
    if reference.precision == "day" and int(reference.value[8:10]) <= _DAYS_LATER_ROOM:
        return reference.value[:7], "month"
    return None


def then_date(noun: Token, published: str | None = None) -> DateMention | None:
    """'The then governor, X', 'G and its then-armed wing, H', 'H, who were then the armed wing of G': a role
    told with 'then' (on the noun, on a word of its phrase, or on the copula the noun completes) held when the
    last date given before it was, with the word 'then' (unresolved when no date came before). 'then' on a
    verb ('was then arrested', 'then fled') tells what came next, and gives nothing; so does a word that is no
    noun. Offsets are the document's."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [*noun.subtree][: noun.i - noun.left_edge.i + 1]  # the noun and the words before it in its phrase
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        words += [c for c in noun.head.children if c.i < noun.i]
    phrase = {t.i for t in words}
    then = next((t for t in words if t.lower_ == "then" and t.dep_ in ("advmod", "amod")
                 and (t.head.i in phrase or t.head.lemma_ == "be")), None)
    if then is None:
        return None
    reference = _time_told(then, published)
    value, precision = (reference.value[:4], "year") if reference is not None and reference.value \
        else (None, None)  # a role held then: the year of the date pointed at
    return DateMention(then.idx, then.idx + len(then.text), then.text, value, precision)


_INNER = frozenset({"advcl", "relcl", "acl", "ccomp"})


def _time_told(word: Token | None, published: str | None) -> DateMention | None:
    """The time a story is at when it says 'then' or 'at the time': the last date before the word in its sentence
    that belongs to a clause above it, else (when its sentence gives no date at all) the last date of the
    sentence before in the same paragraph; none past the paragraph ('In the beginning, G, then the armed wing of
    H, ...' after 'By 2011 ...' ended the one before: 2011 is not the beginning)."""
    if word is None:
        return None
    found = _same_clause_date(word, published)
    sent = word.sent
    if found is not None or sent.start == 0 or find_dates(span_text(sent), published=published):
        return found  # 'G and its then armed wing, H, had moved in by the late 2000s': its own sentence's time
    before = word.doc[sent.start - 1].sent
    dates = [d for d in find_dates(span_text(before), published=published) if d.value]
    if not dates or _PARAGRAPH_END.search(text_of(word.doc)[before.start_char + dates[-1].end:sent.start_char]):
        return None
    return dates[-1]


_PARAGRAPH_END = re.compile(r"[.!?:\"\u201d']\s*\n")  # a line that ends a sentence ends its paragraph


def _same_clause_date(then: Token, published: str | None) -> DateMention | None:
    """The last date before 'then' in its sentence that belongs to a clause above it ('G started out around 2006
    working with H, who were then ...'), not to a clause of its own ('When prosecutors charged him, in an
    indictment unsealed in 2013, they accused him of paying G and its then-armed wing': 2013 is the indictment's)."""
    sent = then.sent
    above = {t.i for t in then.ancestors}
    before = span_text(sent)[:then.idx - sent.start_char]
    for d in reversed([d for d in find_dates(before, published=published) if d.value]):
        at = _token_at(then.doc, sent.start_char + d.start)
        if at is not None and not any(t.dep_ in _INNER for t in [at, *at.ancestors] if t.i not in above):
            return d
    return None


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
    m = _THAT_MONTH.search(span_text(clause))
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
            found = [d for d in find_dates(span_text(sentence), published=published) if d.value]
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
