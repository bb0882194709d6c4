"""Author-year citations of scholarly and policy writing: '(Ruiz, 2019)', '(Smith and Jones 2011; Ortega,
2014a)', '(Grillo et al., 2012)'.

What a sentence says before a citation is the cited work's account: attribution.py makes each citation a
source of the text from the start of its sentence (or the end of the citation before it) to the citation.
The names inside the brackets are authors, not actors: components.py drops the entities found there, so
that no rule reads 'Ortega' in '(Smith and Jones, 2011; Ortega 2014)' as a founder.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Citation", "citations", "cited_authors"]

_MONTHS = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)\b)")
_AUTHOR = _MONTHS + r"[A-Z\u00c0-\u00dd][\w\u00c0-\u017f'\u2019\-]+(?: [A-Z\u00c0-\u00dd][\w\u00c0-\u017f'\u2019\-]+)?"
_AUTHORS = _AUTHOR + r"(?:(?:,? (?:and|&) |, )" + _AUTHOR + r")*(?: et al\.?)?"
_YEAR_PAGES = r"(?:19|20)\d\d[a-z]?(?:, (?:p|pp)\. ?\d+(?:-\d+)?)?"
_WORK = _AUTHORS + r",? " + _YEAR_PAGES
CITATION = re.compile(r"\((" + _WORK + r"(?:; ?" + _WORK + r")*)\)")
# A source named as one work: 'Ruiz, 2019' (inside a citation's brackets) or 'Whitcombe and Ortega (2009)' (a subject)
_ONE_WORK = re.compile(r"(?P<authors>" + _AUTHORS + r")(?:,? " + _YEAR_PAGES + r"| \((?:19|20)\d\d[a-z]?\))")


class Citation(NamedTuple):
    """The brackets [start, end) and the text inside them [inner_start, inner_end), in characters."""

    start: int
    end: int
    inner_start: int
    inner_end: int


@lru_cache(maxsize=2)
def citations(text: str) -> tuple[Citation, ...]:
    """Every author-year citation of the text, in order (found once per document: the entity tagger and the
    attribution both ask)."""
    return tuple(Citation(m.start(), m.end(), m.start(1), m.end(1)) for m in CITATION.finditer(text))


def cited_authors(speaker: str) -> str | None:
    """The authors of a source written as one author-year work ('Ruiz, 2019', 'Smith and Jones 2011', 'Whitcombe
    and Ortega (2009)'): the work is theirs, and the year says when it was written, not who speaks; None for any
    other speaker (also for several works, 'Ruiz 2019; Ortega 2014')."""
    match = _ONE_WORK.fullmatch(speaker.strip())
    return match.group("authors") if match else None
