"""Names the text gives someone who must not be named: 'he agreed to speak on condition that we call him
"Ramiro"', 'a dockworker who asked to be identified only as Pieter', 'under the pseudonym "Lucía"'.

The model rarely tags a lone first name in quotes, yet it is the person the rest of an interview or a
feature quotes. The name after such a cue is a person's, and so is every other mention of the same
capitalised words. So is a nickname the model took for a place when a full name follows it in apposition.
Used by testigo/extract/components.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from testigo.extract.tokens import text_of

__all__ = ["nicknames_before_names", "pseudonyms"]

_WORD = r"[A-Z\u00c0-\u00dd][\w\u00c0-\u017f'\u2019\-]+"
_NAME = r"[\"\u201c\u2018']?(?P<name>" + _WORD + "(?: " + _WORD + "){0,2})"
_CUES = re.compile(
    r"\b(?:"
    r"(?:we|I|(?:us|me) to|(?:we|I) (?:will|shall|would)) call (?:him|her)"  # 'on condition that we call him X'
    r"|calls (?:himself|herself)"
    r"|(?:asked|agreed|wished|wanted|preferred|chose) to be "
    r"(?:called|named|identified (?:only |here |simply )?(?:as|by))"
    r"(?: (?:his|her) (?:first name|nickname|alias|pseudonym))?"
    r"|identified (?:only|here|simply) (?:as|by)(?: (?:his|her|the) (?:first name|nickname|alias|pseudonym|name))?"
    r"|gave (?:his|her) name (?:only )?as"
    r"|(?:under|using|uses|use) the (?:pseudonym|alias)"
    r"|(?:whom|who) (?:we|I) (?:will |shall )?call"
    r")[,:]? " + _NAME)
_PSEUDONYM_AFTER = re.compile(
    r"\b" + _NAME + r"[\"\u201d\u2019']? (?:\(|, |- )?(?:not (?:his|her) real name|a pseudonym)")


def pseudonyms(doc: Doc, chosen: list[Span]) -> list[Span]:
    """The chosen spans with the pseudonyms of the text (and their other mentions) as people."""
    names = {m["name"] for pattern in (_CUES, _PSEUDONYM_AFTER) for m in pattern.finditer(text_of(doc))}
    if not names:
        return chosen
    taken = {i for span in chosen for i in range(span.start, span.end)}
    by_start = {span.start: span for span in chosen}
    found: list[Span] = []
    retyped: dict[int, Span] = {}
    for name in names:
        for match in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text_of(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            same = by_start.get(span.start)
            if same is not None and same.end == span.end and same.label_ != "person" and not same._.kb_id:
                retyped[span.start] = Span(doc, span.start, span.end, label="person")
            elif not taken & set(range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label="person"))
                taken |= set(range(span.start, span.end))
    return [retyped.get(s.start, s) for s in chosen] + found


def nicknames_before_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'The boss was El Tejón, Mario Vela Ruiz.': a nickname ('El X', 'La X') the model took for a place or an
    organisation, with a person's full name in apposition right after it, is that person's (entities.py then
    makes the two one person)."""
    by_start = {span.start: span for span in chosen}
    retyped: dict[int, Span] = {}
    for span in chosen:
        if span.label_ not in ("place", "organization") or span._.kb_id or span[0].lower_ not in ("el", "la") \
                or len(span) < 2 or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        person = by_start.get(span.end + 1)
        if person is not None and person.label_ == "person" and len(person) >= 2 \
                and person.root.dep_ == "appos" and person.root.head.i in range(span.start, span.end):
            retyped[span.start] = Span(doc, span.start, span.end, label="person")
    return [retyped.get(s.start, s) for s in chosen]
