"""Letters pages: a letter's words are its signer's, whose name comes after the letter.

A page of letters to the editor says so near its top ("Letters to the editor", "LETTERS", "Your letters") and
ends each letter with a signature paragraph of its own: the writer's name, or a dash and the name, maybe a
title before it and a place after it on the same line or the next ("Ray Ibarra / Hermosillo, Sonora",
"— Marta Ibarra, Hermosillo", "Name withheld"). The letter runs from the paragraph after the one before it
(the previous signature, a separator line "---", or the paragraph that names the page) to the signature.
What the page says outside its letters (its introduction, an "Editor's note:") stays the paper's.

Read from the paragraphs and the persons the parser found; a text with no such layout gives no letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Letter", "letters"]

# the page names itself in its first paragraphs: "letters to the editor" anywhere, or a short heading ("LETTERS",
# "Opinion | Your letters", "Mailbag"); its letters start after the last of those paragraphs to speak of letters
_TO_THE_EDITOR = re.compile(r"\bletters? to the editor\b", re.I)
_HEADING = re.compile(r"\b(?:letters|mailbag|readers write|letter of the (?:day|week))\b", re.I)
_MAX_HEADING = 48
_LETTERS = re.compile(r"\bletters?\b", re.I)
_PAGE_PARAGRAPHS = 6
_SEPARATOR = re.compile(r"[-*_=\u2013\u2014~\s]+")  # '---', '* * *'
_DASH = re.compile(r"[-\u2013\u2014]+\s*")
_WITHHELD = re.compile(r"(?:name|names) withheld\b|anonymous\b", re.I)
_MAX_LINES = 4
_MAX_LINE = 90


@dataclass(frozen=True, slots=True)
class Letter:
    """Characters [start, end) signed by the writer at [writer_start, writer_end) (None: name withheld)."""

    start: int
    end: int
    writer_start: int | None
    writer_end: int | None


def letters(text: str, pars: list[tuple[int, int]], people: list[tuple[int, int]]) -> list[Letter]:
    """The letters of a letters page; ``pars`` are its paragraphs, ``people`` where persons are named."""
    top = pars[:_PAGE_PARAGRAPHS]
    if not any(_TO_THE_EDITOR.search(text, s, e) or e - s <= _MAX_HEADING and _HEADING.search(text, s, e)
               for s, e in top):
        return []
    named = [k for k, (s, e) in enumerate(top) if _LETTERS.search(text, s, e)]
    found: list[Letter] = []
    opening = named[-1] + 1  # the first paragraph a letter may take
    for k in range(opening, len(pars)):
        s, e = pars[k]
        if _SEPARATOR.fullmatch(text, s, e):
            opening = k + 1
            continue
        writer = _signature(text, s, e, people)
        if writer is None:
            continue
        if k > opening:
            found.append(Letter(pars[opening][0], pars[k - 1][1], *writer))
        opening = k + 1
    return found


def _signature(text: str, start: int, end: int, people: list[tuple[int, int]]) \
        -> tuple[int | None, int | None] | None:
    """The writer a paragraph signs for, when it is a signature (None when it is not; (None, None) for a name
    withheld): a few short lines with no sentence in them, the first a person's name alone, after a dash or a
    title, with maybe a place after a comma."""
    lines = text[start:end].split("\n")
    if len(lines) > _MAX_LINES or any(len(line) > _MAX_LINE for line in lines):
        return None
    first_end = start + len(lines[0])
    dash = _DASH.match(text, start, first_end)
    lo = dash.end() if dash else start
    if _WITHHELD.match(text, lo, first_end):
        return None, None
    if text[start:end].rstrip().endswith((".", "!", "?", ":", '"', "\u201d")) and not re.search(
            r"\b[A-Z][a-z]?\.$", text[start:end].rstrip()):  # a sentence, not 'Las Cruces, N.M.'
        return None
    person = next(((a, b) for a, b in people if lo <= a < first_end and b <= first_end), None)
    if person is None:
        return None
    before, after = text[lo:person[0]], text[person[1]:first_end]
    if len(before.split()) > 2 or any(not w[0].isupper() for w in before.split()) \
            or after.strip() and not after.lstrip().startswith(","):
        return None  # words of a sentence around the name, not a title or a place
    return person
