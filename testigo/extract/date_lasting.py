"""When a state told as lasting up to now began: 'have fought for at least three years'.

A present perfect with 'for' and a counted span ('have been fighting for at least a year', 'For more
than a decade, G has controlled P', 'has been in conflict with Y for two years') tells a state that
began that long before the day the text is dated: the year (or, for months, the month) it reaches back
to, with the words 'for at least a year'. 'for years', 'for decades' keep their words unresolved, and
so does every span in a text with no date. A past tense ('were at war for three years', 'was jailed
for five years') tells how long, not since when, and gives nothing.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from testigo.extract.date_forms import DateMention, number_word

__all__ = ["lasting_start"]

_UNITS = {"year": 12, "month": 1, "decade": 120}
_SPAN = re.compile(r"(?i)^(?:(?:at least|more than|over|almost|nearly|about|around|some|roughly|close to|"
                   r"well over|the (?:past|last))\s+)?(?P<n>[a-z]+|[0-9]{1,2})\s+(?P<u>year|month|decade)s?$")
_VAGUE = re.compile(r"(?i)^(?:many\s+|several\s+)?(?P<u>year|month|decade)s$")
_PERFECT_TAGS = frozenset({"VBZ", "VBP"})  # 'has', 'have': a present perfect ('had' tells a past one)


def lasting_start(trigger: Token, clause: Span, published: str | None) -> DateMention | None:
    """The start of the state the trigger tells, from a 'for' span on a present perfect of its clause."""
    heads = _heads(trigger)
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in _UNITS or not _perfect(prep.head) or _set_off(prep, noun):
            continue
        words = prep.doc[prep.i:noun.i + 1]
        span = words[1:].text.strip()
        counted = _SPAN.match(span)
        if counted is None and not _VAGUE.match(span):
            continue
        value = _start(counted, published) if counted is not None else None
        at = words.start_char - clause.start_char
        return DateMention(at, at + len(words.text), words.text, *(value or (None, None)))
    return None


def _heads(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to the first verb ('been' in 'has been at the centre of a
    war between X and Y for years'), and the verb a verb completes ('have continued to fight for years')."""
    heads = [trigger]
    while len(heads) < 8 and heads[-1].head.i != heads[-1].i and (
            heads[-1].pos_ not in ("VERB", "AUX") or heads[-1].dep_ == "xcomp"):
        heads.append(heads[-1].head)
    return heads


def _set_off(prep: Token, noun: Token) -> bool:
    """'sought an alliance with G, for years the cartel's main rival': a 'for' after a comma with words
    after its span opens an aside about what comes before it, not the span of the verb ('has been fighting
    groups such as G, for years.' ends on it)."""
    doc = prep.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return prep.i > prep.sent.start and doc[prep.i - 1].text == "," and after is not None \
        and after.i < prep.sent.end and not after.is_punct


def _perfect(verb: Token) -> bool:
    """'has fought', 'have been fighting', 'has for years been': 'has' or 'have' as the verb's auxiliary."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PERFECT_TAGS for c in verb.children)


def _start(found: re.Match[str], published: str | None) -> tuple[str, str] | None:
    """'at least three years' before 2025-03-17 -> ('2022', 'year'); 'six months' -> that month."""
    if not published:
        return None
    n = number_word(found["n"])
    if n is None:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    months = day.year * 12 + day.month - 1 - n * _UNITS[found["u"].lower()]
    if found["u"].lower() == "month":
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return f"{months // 12:04d}", "year"
