"""Officials of a state's or a city's government: official_of the office, named after its place.

'Governor X of Veracruz', 'the governor of Veracruz, X', "Veracruz's governor, X", 'Veracruz Governor X'
make X an official of the 'Veracruz state government'; a mayor of the 'P city government'; an attorney
general or a prosecutor of 'P attorney general's office' (also called 'P prosecutor's office'); a public
security secretary of the 'P public security secretariat' ('the P state attorney general' also of the 'P state
attorney general's office'). The place must be named on the title (as its
owner, its modifier or after 'of'), and be no country: a country's offices are rules/offices.py's. An office
with no place on it ('Governor X said') names no body.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import starts
from testigo.model import Alias, Entity

__all__ = ["holder", "local_office", "local_place"]

PERSON = ("person",)
PLACE = ("place",)
# The title's head word, the words that must come before it, and the body it names ({} is the place).
OFFICES = {
    "governor": ((), ("{} state government", "Government of {}", "{} government")),
    "mayor": ((), ("{} city government", "{} city council", "{} municipal government")),
    "general": (("attorney",), ("{} attorney general's office", "{} prosecutor's office")),
    "prosecutor": ((), ("{} prosecutor's office", "{} attorney general's office")),
    "secretary": (("security",), ("{} public security secretariat", "{} security secretariat")),
}


@starts(words=tuple(OFFICES))
def local_office(frame: Frame, token: Token) -> None:
    """The official a local title names, and the office of its place."""
    found = _office(frame, token)
    if found is None:
        return
    person, office, title = found
    frame.emit("official_of", person, office, token, "official_of.local_office.v1", title=title, presupposed=True)


def local_place(frame: Frame, token: Token) -> Ref | None:
    """The place (not a country) a local title at ``token`` is of, or None: rules/offices.py asks, so that
    "Nayarit's attorney general" is no official of the national justice ministry."""
    if token.lower_ not in OFFICES or not _titled(token):
        return None
    return _place(frame, token, holder(frame, token))


def _office(frame: Frame, token: Token) -> tuple[Ref, Ref, str] | None:
    if token.lower_ not in OFFICES or not _titled(token):
        return None
    person = holder(frame, token)
    place = _place(frame, token, person) if person is not None else None
    if person is None or place is None:
        return None
    first = token.i - len(OFFICES[token.lower_][0])
    title = " ".join(t.text for t in token.doc[first:token.i + 1])
    names = [pattern.format(place.span.text) for pattern in OFFICES[token.lower_][1]]
    if first > 0 and token.doc[first - 1].lower_ == "state" and token.lower_ != "governor":
        names += [pattern.format(f"{place.span.text} state") for pattern in OFFICES[token.lower_][1]]
    entity = Entity.make("agency", names[0], aliases=tuple(Alias(n) for n in names[1:]))
    return person, frame.introduce(entity, token.i), title


def _titled(token: Token) -> bool:
    """The words the title needs before its head ('attorney general', 'security secretary')."""
    before = OFFICES[token.lower_][0]
    words = [t.lower_ for t in token.doc[max(0, token.i - len(before)):token.i]]
    return list(before) == words[-len(before):] if before else True


def _place(frame: Frame, token: Token, person: Ref | None) -> Ref | None:
    """The place on the title: "Veracruz's governor", 'Veracruz Governor', 'the governor of Veracruz', or
    'Governor X of Veracruz' (the place after ``person``, the name the title heads)."""
    words = [token] + [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
    if person is not None and person.span.start == token.i + 1:
        words += [person.span.root]
    for word in words:
        for child in word.children:
            ref = frame.name(child, *PLACE) if child.dep_ in ("poss", "compound", "nmod") else None
            if ref is None and child.dep_ == "prep" and child.lower_ == "of":
                ref = next((r for o in child.children if o.dep_ == "pobj" and (r := frame.name(o, *PLACE))
                            is not None), None)
            if ref is not None:
                return ref
    return None


def holder(frame: Frame, token: Token) -> Ref | None:
    """The person the title names: right after it ('Governor X'), in apposition ('the governor of V, X')
    or as the title's subject ('X is the governor of V')."""
    doc = token.doc
    after = frame.name(doc[token.i + 1], *PERSON) if token.i + 1 < len(doc) else None
    if after is not None and after.span.start == token.i + 1:
        return after
    for child in token.children:
        if child.dep_ == "appos" and (ref := frame.name(child, *PERSON)) is not None:
            return ref
    if token.dep_ == "appos" and (ref := frame.name(token.head, *PERSON)) is not None:
        return ref  # 'X, the governor of Veracruz,'
    if token.dep_ == "attr":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return frame.name(subject, *PERSON) if subject is not None else None
    return None
