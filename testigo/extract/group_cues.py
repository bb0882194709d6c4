"""Kinds of names read from the words a document puts around them, for names the KB does not know.

- a group noun between a place or a people's adjective and a name: in 'the São Paulo gang PCC', 'the
  Honduran gang Los Cachiros', 'the Neapolitan cartel Alleanza di Secondigliano' the name after the noun
  is the group; the place before it is a place (or nothing), not a group;
- a name the model took for an organisation or a place that the document arrests, sentences or
  extradites, puts on trial ('the trial of X') or calls 'he' is a person;
- a name the model took for a person that the document calls a gang or a cartel, or that controls
  places or has cells, is a group.

Each step takes the Doc and the chosen entity spans and returns them retyped. The cue words are read
once per document from the Doc's arrays (no loop over all tokens per name). Used by
testigo/extract/components.py.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from testigo.extract.group_names import _at, demonyms
from testigo.extract.group_types import is_organisation_name, words_of
from testigo.extract.lexicon import fold, load_patterns

__all__ = ["named_by_noun"]

# nouns that name a criminal group by themselves; 'group', 'network', 'organisation' only with a criminal
# modifier before them ('the trafficking network X', 'the crime group X'): 'the rights group X' is no gang
GANG_NOUNS = {"gang", "cartel", "clan", "mafia", "syndicate", "militia", "faction", "crew", "triad", "cartél",
              "cártel", "mara", "clique", "outfit"}
CLASS_NOUNS = {"group", "network", "organisation", "organization", "alliance", "coalition", "federation"}
NAME_JOINERS = {"de", "del", "da", "do", "dos", "das", "di", "della", "delle", "dei", "la", "las", "los", "el"}


def _criminal(noun: Token) -> bool:
    if noun.lower_ in GANG_NOUNS:
        return True
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return before is not None and before.norm_ in words_of("criminal_modifiers")


def _name_end(doc: Doc, start: int) -> int:
    """The end of the run of name words from ``start`` ('Alleanza di Secondigliano', 'Los Cachiros', 'PCC')."""
    end = start
    while end < len(doc) and end - start < 6:
        token = doc[end]
        if token.is_alpha and (token.is_title or token.is_upper and len(token) >= 2) or token.text == "-" \
                and end > start and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1
        elif token.lower_ in NAME_JOINERS and token.is_lower and end > start and end + 1 < len(doc) \
                and doc[end + 1].is_title:
            end += 1
        elif token.is_digit and len(token.text) <= 3 and end == start and end + 1 < len(doc) \
                and doc[end + 1].is_title:
            end += 1  # 'the Haitian gang 400 Mawozo'
        else:
            break
    return end


def _modifier_start(doc: Doc, noun: Token) -> int | None:
    """Where the words before the noun start, right after 'the'/'a' ('the São Paulo gang', 'the Honduran
    gang', 'the powerful Amazon gang', 'the gang'); None without a determiner."""
    i = noun.i - 1
    while i > 0 and doc[i].lower_ not in ("the", "a", "an") and (doc[i].is_title or doc[i].text == "-" or doc[i].pos_ == "ADJ" and doc[i].is_lower
                     or doc[i].norm_ in words_of("criminal_modifiers")):
        i -= 1
    if i < 0 or doc[i].lower_ not in ("the", "a", "an"):
        return None
    return i + 1


def _is_relative_subject(doc: Doc, noun: Token, start: int, end: int) -> bool:
    """'the gang El Chapo built': the name is the subject of a relative clause on the noun."""
    for token in doc[start:end]:
        if token.dep_ == "nsubj" and token.head.dep_ == "relcl" and token.head.head.i == noun.i:
            return True
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and doc[end].dep_ == "relcl" \
        and doc[end].head.i == noun.i


def named_by_noun(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the São Paulo gang PCC', 'the Honduran gang Los Cachiros': the name right after a group noun
    that a place or a people's adjective opens is the group, and the words before the noun are not."""
    nouns = [t for t in _at(doc, GANG_NOUNS | CLASS_NOUNS, attr=LOWER, first=2) if t.i + 1 < len(doc)]
    if not nouns:
        return chosen
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    drop: set[int] = set()
    found: list[Span] = []
    for noun in nouns:
        start = noun.i + 1
        first = doc[start]
        if not (first.is_title or first.is_upper or first.is_digit) or not _criminal(noun) \
                or first.tag_ == "POS" or noun.tag_ in ("NNS", "NNPS"):
            continue
        modifiers = _modifier_start(doc, noun)
        if modifiers is None:
            continue
        end = _name_end(doc, start)
        name = by_token.get(start)
        if name is not None and name.start == start:
            end = max(end, name.end)
        inside = {id(s): s for k in range(start, end) if (s := by_token.get(k)) is not None}
        if end == start or any(s.start < start or s._.nickname or s._.kb_id and s.label_ != "criminal_group"
                               or s.label_ == "person" and len(s) > 1 and s.label_ != "criminal_group"
                               and not s[0].norm_ in NAME_JOINERS for s in inside.values()) \
                or _is_relative_subject(doc, noun, start, end):
            continue
        group = Span(doc, start, end, label="criminal_group")
        if len(inside) == 1:
            only = next(iter(inside.values()))
            if (only.start, only.end) == (start, end):
                group._.kb_id, group._.full_name = only._.kb_id, only._.full_name
        if is_organisation_name(group):
            continue
        drop |= set(inside)
        found.append(group)
        before = by_token.get(noun.i)
        if before is not None and before.label_ == "criminal_group" and not before._.kb_id and before.end == noun.i + 1:
            drop.add(id(before))
            place = _place_before(doc, before.start, noun.i)
            if place is not None:
                found.append(place)
    if not found:
        return chosen
    return [s for s in chosen if id(s) not in drop] + found


def _place_before(doc: Doc, start: int, end: int) -> Span | None:
    """'São Paulo' of 'the São Paulo gang': the place the gang is from (a people's adjective is none)."""
    while start < end and not doc[start].is_title:
        start += 1
    words = doc[start:end]
    if not len(words) or any(t.norm_ in demonyms() or t.ent_type_ == "NORP" for t in words) \
            or not all(t.is_title or t.text == "-" for t in words):
        return None
    return Span(doc, start, end, label="place")


@cache
def _event_verbs() -> frozenset[str]:
    events = load_patterns("relations")["events"]
    return frozenset(fold(v) for name in ("arrested", "charged", "extradited") for v in events[name]["verbs"])
