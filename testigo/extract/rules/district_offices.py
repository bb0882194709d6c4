"""United States Attorneys: official_of the U.S. Attorney's Office of their district.

'U.S. Attorney X of the Southern District of Texas', 'X, the United States Attorney for the Eastern District
of New York', 'Acting U.S. Attorney X announced', 'Assistant U.S. Attorney X' make X an official of the
'U.S. Attorney's Office for the <district>' (also 'United States Attorney's Office, <district>'): the
district after the title ('for the' or 'of the'), else the one district the text names. A title with no
district on it in a text that names none or several names no office (the national title 'Attorney General'
is rules/offices.py's).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import starts
from testigo.extract.rules.local_offices import holder
from testigo.model import Alias, Entity

__all__ = ["district_attorney"]

PERSON = ("person",)
DISTRICT = re.compile(r"\b(?:(?:Southern|Northern|Eastern|Western|Central|Middle) )?District of "
                      r"(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?")
COUNTRY_WORDS = (("u.s.",), ("us",), ("united", "states"))  # the words before 'Attorney'


@starts(words=("attorney",))
def district_attorney(frame: Frame, token: Token) -> None:
    """The person a U.S. Attorney's title names, and the office of the title's district."""
    if not _us_attorney(token):
        return
    person = _holder(frame, token)
    district = _district(frame, token) if person is not None else None
    if person is None or district is None:
        return
    names = [f"U.S. Attorney's Office for the {district}", f"United States Attorney's Office for the {district}",
             f"U.S. Attorney's Office, {district}", f"United States Attorney's Office, {district}"]
    office = frame.introduce(Entity.make("agency", names[0], aliases=tuple(Alias(n) for n in names[1:])), token.i)
    first = min(token.i - len(w) for w in COUNTRY_WORDS if _before(token, w))
    while first > token.sent.start and token.doc[first - 1].lower_ in ("acting", "assistant", "interim", "first"):
        first -= 1
    title = " ".join(t.text for t in token.doc[first:token.i + 1])
    frame.emit("official_of", person, office, token, "official_of.district_attorney.v1", title=title,
               presupposed=True)


def _us_attorney(token: Token) -> bool:
    """'U.S. Attorney' / 'United States Attorney', not 'Attorney General' nor 'attorney's'."""
    doc = token.doc
    if token.lower_ != "attorney" or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("general", "'s", "’s"):
        return False
    return any(_before(token, words) for words in COUNTRY_WORDS)


def _before(token: Token, words: tuple[str, ...]) -> bool:
    start = token.i - len(words)
    return start >= token.sent.start and tuple(t.lower_ for t in token.doc[start:token.i]) == words


def _holder(frame: Frame, token: Token) -> Ref | None:
    """The person right after the title ('U.S. Attorney X'), or in apposition ('X, the U.S. Attorney ...')."""
    return holder(frame, token)


def _district(frame: Frame, token: Token) -> str | None:
    """The district on the title ('for the Southern District of Texas', 'X of the District of Arizona'),
    else the one district the text names."""
    doc = token.doc
    after = doc[token.i + 1:min(token.sent.end, token.i + 14)].text
    person = holder(frame, token)
    if person is not None and person.span.start == token.i + 1:
        after = doc[person.span.end:min(token.sent.end, person.span.end + 10)].text  # 'U.S. Attorney X of the ...'
    found = re.match(r"\s*,?\s*(?:for|of) the (.*)", after)
    if found:
        named = DISTRICT.match(found.group(1))
        if named:
            return named.group(0)
    districts = set(DISTRICT.findall(frame.text))
    return districts.pop() if len(districts) == 1 else None
