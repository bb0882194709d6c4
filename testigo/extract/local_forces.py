"""A town's or a state's police named by its place: 'the municipal police of Ciudad Arce', "Arce's municipal police",
'the Arce municipal police', 'the town police in Arce', 'the police of Arce'.

Such a force has no name of its own, so the facts about it could not be charted: the words 'municipal police'
become an agency named by its place and its kind ('Arce municipal police'), with the words as written ("Arce's
municipal police", 'municipal police of Arce') as another name. The place is the owner of 'police', a place
named right before its kind words ('the Arce municipal police'), or the place of its of-phrase (also of 'in', with
a kind word: 'the municipal police in Arce'); a country's police are not a place's ('the police of Mexico'), and
'police' with no place on it stays as it was. Used by testigo/extract/components.py.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from testigo.extract.extensions import ext
from testigo.extract.group_types import words_of
from testigo.extract.tokens import positions, tokens_of

__all__ = ["local_forces"]

PLACE_KINDS = ("place",)


def local_forces(doc: Doc, chosen: list[Span]) -> list[Span]:
    """The chosen spans with each place's police named by its place (the model's unknown 'state police' on the
    same words yields)."""
    where = positions(doc, LOWER).get("police")
    if not where:
        return chosen
    tokens = tokens_of(doc)
    spans_at = {i: span for span in chosen for i in range(span.start, span.end)}
    found: list[Span] = []
    replaced: set[int] = set()
    for i in where:
        police = tokens[i]
        start = i
        while start > 0 and tokens[start - 1].lower_ in words_of("place_police_kinds"):
            start -= 1
        own = spans_at.get(i)
        if own is not None and (ext(own, "kb_id") or own.start < start or own.end > i + 1
                                or own.label_ not in ("agency", "organization")):
            continue  # 'the Mexico City police', 'Apatzingan police': a name already
        if any(j in spans_at and spans_at[j] is not own for j in range(start, i)):
            continue
        place = _place(police, start, spans_at)
        if place is None:
            continue
        span = Span(doc, start, i + 1, label="agency")
        kinds = " ".join(t.lower_ for t in tokens[start:i])
        span._.full_name = " ".join(w for w in (_plain(place), kinds, "police") if w)
        written = doc[min(place.start, start):max(place.end, i + 1)]
        ranked = police.dep_ == "compound" and written.start <= police.head.i < written.end  # 'police chief of P'
        span._.also_named = _plain(written) if (written.start < start or written.end > i + 1) and not ranked else None
        if own is not None:
            replaced.add(id(own))
        found.append(span)
    if not found:
        return chosen
    return [s for s in chosen if id(s) not in replaced] + found


def _place(police: Token, start: int, spans_at: dict[int, Span]) -> Span | None:
    """The place whose police these are: its owner ("Arce's"), the place named right before the kind words
    ('the Arce municipal police'), or the place after 'of' ('in' with a kind word); the owner or the of-phrase
    may hang on the rank the police words qualify ("Arce's police chief", 'the municipal police chief of Arce')."""
    kinds = start < police.i
    heads = [police]
    if police.dep_ == "compound" and police.head.lower_ in words_of("force_rank_nouns"):
        heads.append(police.head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "poss":
                return _a_place(spans_at.get(child.i), kinds)
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and kinds):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and child.i == head.i + 1:
                    return _a_place(spans_at.get(pobj.i), kinds)
    if start > 0 and kinds:
        before = spans_at.get(start - 1)
        if before is not None and before.end == start:
            return _a_place(before, kinds)
    return None


def _a_place(span: Span | None, kinds: bool) -> Span | None:
    """The span when it names a place (not a country: a country's police are its national police); with a word of
    which police ('municipal'), also a name the model took for an organisation ('the municipal police of Arce')."""
    if span is None:
        return None
    if span.label_ in PLACE_KINDS or kinds and span.label_ == "organization" and not ext(span, "kb_id") \
            and all(t.pos_ == "PROPN" for t in span):
        return span
    return None


def _plain(span: Span) -> str:
    """The words of a span without a leading article."""
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    return "".join(t.text_with_ws for t in words).strip() if words else ""
