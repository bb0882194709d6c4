"""Officials of a state's or a city's government: official_of the office, named after its place.

'Governor X of Veracruz', 'the governor of Veracruz, X', "Veracruz's governor, X", 'Veracruz Governor X'
make X an official of the 'Veracruz state government'; a mayor of the 'P city government'; an attorney
general or a prosecutor of 'P attorney general's office' (also called 'P prosecutor's office'); a public
security secretary, and a security spokesman ('the state security spokesman, X'), of the 'P public security
secretariat'; a borough chief of the 'P borough government'
('the P state attorney general' also of the 'P state attorney general's office'). When the knowledge base
knows the office by one of these names, it is that agency ('the Veracruz state prosecutor': the Fiscalía
General del Estado de Veracruz). The place must be named on the title (as its owner, its modifier or after
'of'), and be no country: a country's offices are rules/offices.py's. A title only a state has, with no
place on it ('Governor X said', 'the state attorney general, X'), is of the state the text is about (the one
it names far more than any other, or the one it opens with and names most); any other office with no place
names no body.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold
from testigo.extract.rules.dispatch import starts
from testigo.kb import KnowledgeBase
from testigo.model import Alias, Entity

__all__ = ["holder", "local_office", "local_place"]

PERSON = ("person",)
PLACE = ("place",)
# The title's head word, the words that must come before it, and the body it names ({} is the place).
OFFICES = {
    "governor": ((), ("{} state government", "Government of {}", "Government of the State of {}", "{} government")),
    "mayor": ((), ("{} city government", "{} city council", "{} municipal government", "City of {}",
                   "Mayor's Office of {}", "municipal government of {}")),
    "general": (("attorney",), ("{} attorney general's office", "{} prosecutor's office",
                                "Attorney General's Office of {}")),
    "prosecutor": ((), ("{} prosecutor's office", "{} attorney general's office", "Attorney General's Office of {}")),
    "secretary": (("security",), ("{} public security secretariat", "{} security secretariat")),
    "chief": (("borough",), ("{} borough government", "{} borough council")),
}
# A security spokesman speaks for the place's security secretariat ('the state security spokesman, X').
for _head in ("spokesman", "spokeswoman", "spokesperson"):
    OFFICES[_head] = (("security",), ("{} public security secretariat", "{} security secretariat", "{} security"))


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
    person = holder(frame, token)
    return _place(frame, token, person) or (_home_state(frame) if _state_title(token) else None)


def _office(frame: Frame, token: Token) -> tuple[Ref, Ref, str] | None:
    if token.lower_ not in OFFICES or not _titled(token):
        return None
    person = holder(frame, token)
    place = _place(frame, token, person) if person is not None else None
    named = place.span.text if place is not None else ""
    if person is not None and place is None and _state_title(token):
        place = _home_state(frame)  # 'Governor X' in a story about Guerrero
        named = frame.kb.entities[place.entity_id].name if place is not None and frame.kb is not None else ""
    if person is None or place is None:
        return None
    first = token.i - len(OFFICES[token.lower_][0])
    title = " ".join(t.text for t in token.doc[first:token.i + 1])
    names = [pattern.format(named) for pattern in OFFICES[token.lower_][1]]
    if _after_state(token.doc, first) and token.lower_ != "governor":
        names += [pattern.format(f"{named} state") for pattern in OFFICES[token.lower_][1]]
    return person, frame.introduce(_body(frame, names), token.i), title


def _body(frame: Frame, names: list[str]) -> Entity:
    """The office by the names its title gives: the knowledge base's agency called by one of them (the
    document's entity takes the others as aliases: 'the Veracruz state prosecutor' is the Fiscalía General
    del Estado de Veracruz), else a new agency."""
    known = next((e for n in names if frame.kb is not None for e in frame.kb.lookup(n) if e.kind == "agency"), None)
    if known is None:
        return Entity.make("agency", names[0], aliases=tuple(Alias(n) for n in names[1:]))
    entity = frame.ents.entities.get(known.id, known)
    have = {fold(n) for n in KnowledgeBase.names(entity)}
    extra = tuple(Alias(n) for n in names if fold(n) not in have)
    if extra:
        entity = frame.ents.entities[known.id] = replace(entity, aliases=entity.aliases + extra)
    return entity


def _state_title(token: Token) -> bool:
    """A title only a state's office has, with no state on it: 'Governor X', 'the state attorney general, X'."""
    first = token.i - len(OFFICES[token.lower_][0])
    return token.lower_ == "governor" or _after_state(token.doc, first)


def _after_state(doc: Doc, first: int) -> bool:
    """Whether the title's first word comes after 'state' or "the state's" ("the state's security spokesman")."""
    before = [t.lower_ for t in doc[max(0, first - 2):first]]
    return before[-1:] == ["state"] or before == ["state", "'s"] or before == ["state", "’s"]


def _home_state(frame: Frame) -> Ref | None:
    """The state the text is about: the state (a place the knowledge base gives that level) it names at
    least twice and more than twice as often as all the other states of its country together ('Texas' in a
    story about Tamaulipas is no rival), or the state it names first when it names it at least three times and
    more often than any other (a bulletin headed 'Region: Nuevo León' that later names Tamaulipas and Coahuila
    in passing); None when it names none, or no state so far above the rest."""
    if frame.kb is None:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, Ref] = {}
    for ref in frame.ents.refs:
        if ref.kind == "place" and frame.kb.level_of(ref.entity_id) == "state":
            counts[ref.entity_id] += 1
            first.setdefault(ref.entity_id, ref)
        elif ref.kind == "agency":
            for state in _states_named_in(frame, ref):  # 'the Guerrero state prosecutor's office'
                counts[state] += 1
                first.setdefault(state, Ref(ref.span, state))
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    country = frame.kb.country_of(top)
    rivals = [c for state, c in counts.items() if state != top and frame.kb.country_of(state) == country]
    opening = min(first, key=lambda state: first[state].span.start)
    if n >= 2 and n > 2 * sum(rivals) or opening == top and n >= 3 and n > max(rivals, default=0):
        return first[top]
    return None


def _states_named_in(frame: Frame, ref: Ref) -> set[str]:
    """The states a body's name names ('Guerrero' in 'the Guerrero state prosecutor's office')."""
    assert frame.kb is not None
    words = list(ref.span)
    found: set[str] = set()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            text = " ".join(t.text for t in words[i:i + size])
            found |= {e.id for e in frame.kb.lookup(text) if frame.kb.level_of(e.id) == "state"}
    return found


def _titled(token: Token) -> bool:
    """The words the title needs before its head ('attorney general', 'security secretary')."""
    before = OFFICES[token.lower_][0]
    words = [t.lower_ for t in token.doc[max(0, token.i - len(before)):token.i]]
    return list(before) == words[-len(before):] if before else True


def _place(frame: Frame, token: Token, person: Ref | None) -> Ref | None:
    """The place on the title: "Veracruz's governor", 'Veracruz Governor', 'the governor of (the state of)
    Veracruz', or 'Governor X of Veracruz' (the place after ``person``, the name the title heads)."""
    words = [token] + [c for c in token.children if c.dep_ in ("poss", "compound", "nmod")]
    if person is not None and person.span.start == token.i + 1:
        words += [person.span.root]
    for word in words:
        for child in word.children:
            ref = frame.name(child, *PLACE) if child.dep_ in ("poss", "compound", "nmod") else None
            if ref is None and child.dep_ == "prep" and child.lower_ == "of":
                ref = next((r for o in child.children if o.dep_ == "pobj" and (r := _named_place(frame, o))
                            is not None), None)
            if ref is not None:
                return ref
    return None


def _set_off(frame: Frame, token: Token) -> Ref | None:
    """The person set off by commas right after the title and its of-phrase ('the security spokesman, X, said';
    'the governor of the state of V, X, said'), read from the words when the parse hung the name elsewhere."""
    doc, i = token.doc, token.i + 1
    while i < token.sent.end and doc[i].text != "," and doc[i].pos_ not in ("VERB", "AUX") \
            and token.left_edge.i <= doc[i].i <= token.right_edge.i:
        i += 1
    if i + 1 >= token.sent.end or doc[i].text != ",":
        return None
    person = frame.name(doc[i + 1], *PERSON)
    if person is None or person.span.start != i + 1:
        return None
    return person if person.span.end >= token.sent.end or doc[person.span.end].text in (",", ".", ";") else None


def _named_place(frame: Frame, word: Token) -> Ref | None:
    """The place a word names, or the place after its 'of' when it is a region word ('the state of Jalisco')."""
    ref = frame.name(word, *PLACE)
    if ref is None and word.lower_ in frame.lexicon("region_words"):
        ref = next((r for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and (r := frame.name(o, *PLACE)) is not None), None)
    return ref


def holder(frame: Frame, token: Token) -> Ref | None:
    """The person the title names: right after it ('Governor X'), in apposition ('the governor of V, X'; also
    "the security spokesman, X, ..." set off by commas when the parse lost the apposition) or as the title's
    subject ('X is the governor of V')."""
    doc = token.doc
    after = frame.name(doc[token.i + 1], *PERSON) if token.i + 1 < len(doc) else None
    if after is not None and after.span.start == token.i + 1:
        return after
    set_off = _set_off(frame, token)
    if set_off is not None:
        return set_off
    for child in token.children:
        if child.dep_ == "appos" and (ref := frame.name(child, *PERSON)) is not None:
            return ref
    if token.dep_ == "appos" and (ref := frame.name(token.head, *PERSON)) is not None:
        return ref  # 'X, the governor of Veracruz,'
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in SERVING_VERBS:
        verb = verb.head  # 'X served (was sworn in) as governor of V'
    elif token.dep_ not in ("attr", "oprd"):  # 'X is (was elected) governor of V'
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return frame.name(subject, *PERSON) if subject is not None else None


SERVING_VERBS = frozenset({"serve", "act", "swear", "elect", "appoint", "install", "name", "remain", "work"})
