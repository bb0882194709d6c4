"""Paragraphs and direct quotations of a text, found from the characters alone.

A quotation is a stretch in double marks; news style lets one run over several paragraphs (no
closing mark at the end of a paragraph, a new opening mark at the start of the next): that is one
quote. Who said it is decided by the attribution finder (attribution.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from testigo.extract.reporting import ReportingPatterns

__all__ = ["Quote", "find_quotes", "paragraphs"]

_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_BREAKS = frozenset("\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_TRIM_QUOTE = " \t\r\n\v\f\u00a0\u2028\u2029,;:"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of paragraphs (stripped of surrounding white space).

    Each line is a paragraph, as in most scraped news text, unless the text is hard-wrapped
    (lines of similar length, mostly ending mid-sentence): then only blank lines separate them.
    """
    lines: list[tuple[int, int, bool]] = []  # start, end, follows a blank line
    prev_end = 0
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        gap = text[prev_end:s].replace("\r\n", "\n")
        breaks = sum(1 for c in gap if c in _BREAKS or c == "\r")
        lines.append((s, e, breaks >= 2 or not lines))
        prev_end = e
    if len(lines) < 2:
        return [(s, e) for s, e, _ in lines]
    widest = max(e - s for s, e, _ in lines)
    inner = [lines[k] for k in range(len(lines) - 1) if not lines[k + 1][2]]
    wrapped = False
    if len(inner) >= 3 and 30 <= widest <= 120:
        full = sum(1 for s, e, _ in inner if e - s >= 0.6 * widest)
        open_end = sum(1 for s, e, _ in inner if text[e - 1] not in ".!?:\"”’)»")
        wrapped = full >= 0.8 * len(inner) and open_end >= 0.5 * len(inner)
    if not wrapped:
        return [(s, e) for s, e, _ in lines]
    merged: list[tuple[int, int]] = []
    for s, e, after_blank in lines:
        if merged and not after_blank:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


@dataclass(slots=True)
class Quote:
    open: int  # index of the opening mark
    end: int  # end of the region: after the closing mark, or the end of its last paragraph
    start_content: int
    end_content: int
    closed: bool
    first_par: int
    last_par: int


def _is_punct(c: str) -> bool:
    return unicodedata.category(c).startswith("P")


def _looks_opening(text: str, k: int, lo: int, hi: int) -> bool:
    prev = text[k - 1] if k > lo else " "
    nxt = text[k + 1] if k + 1 < hi else " "
    return (prev.isspace() or prev in "([{/-\u2013\u2014") and not nxt.isspace()


def _looks_closing(text: str, k: int, lo: int, hi: int) -> bool:
    prev = text[k - 1] if k > lo else " "
    nxt = text[k + 1] if k + 1 < hi else " "
    return not prev.isspace() and (nxt.isspace() or _is_punct(nxt))


def find_quotes(text: str, pars: list[tuple[int, int]], pat: ReportingPatterns) -> list[Quote]:
    """Quotations in double marks, with news-style continuation over paragraphs."""
    if pat.marks is None:
        return []
    marks = [m.start() for m in pat.marks.finditer(text)]
    if not marks:
        return []
    quotes: list[Quote] = []
    openers = pat.opening + pat.straight

    def finish(open_at: int, first: int, end_content: int, region_end: int, last: int, closed: bool) -> None:
        s, e = open_at + 1, end_content
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in _TRIM_QUOTE:
            e -= 1
        if s < e:
            quotes.append(Quote(open_at, region_end, s, e, closed, first, last))

    cur: tuple[int, int] | None = None  # (opening mark, its paragraph)
    mi = 0
    for pi, (ps, pe) in enumerate(pars):
        while mi < len(marks) and marks[mi] < ps:
            mi += 1
        if cur is not None:  # unclosed at the end of the previous paragraph
            if mi < len(marks) and marks[mi] == ps and text[ps] in openers:
                mi += 1  # a new opening mark continues the same quote
            else:
                prev_end = pars[pi - 1][1]
                finish(cur[0], cur[1], prev_end, prev_end, pi - 1, False)
                cur = None
        while mi < len(marks) and marks[mi] < pe:
            k = marks[mi]
            mi += 1
            c = text[k]
            if c in pat.opening:
                if cur is None:
                    cur = (k, pi)
                elif _looks_closing(text, k, ps, pe) and not _looks_opening(text, k, ps, pe):
                    finish(cur[0], cur[1], k, k + 1, pi, True)  # an opening mark used to close
                    cur = None
                else:  # the previous quote was never closed: end it here, start a new one
                    finish(cur[0], cur[1], k, k, pi, False)
                    cur = (k, pi)
            elif c in pat.closing:
                if cur is not None:
                    finish(cur[0], cur[1], k, k + 1, pi, True)
                    cur = None
                elif _looks_opening(text, k, ps, pe):
                    cur = (k, pi)  # a closing mark used to open
            else:  # straight mark: toggles
                if cur is not None:
                    finish(cur[0], cur[1], k, k + 1, pi, True)
                    cur = None
                elif _looks_opening(text, k, ps, pe) or not _looks_closing(text, k, ps, pe):
                    cur = (k, pi)
    if cur is not None:
        last_end = pars[-1][1]
        finish(cur[0], cur[1], last_end, last_end, len(pars) - 1, False)
    return quotes
