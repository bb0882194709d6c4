"""Names written with hyphens: 'Gabriel Jean-Pierre', 'Croix-des-Bouquets', 'G-Pèp'.

The tokenizer splits a hyphenated word into pieces and the model often tags only some of them
('Gabriel Jean' of 'Gabriel Jean-Pierre', 'Croix' of 'Croix-des-Bouquets'). Words joined by a
hyphen with no space on either side are one word: a name the model cut there takes back the rest
(a lower-case piece only between two hyphens: 'des'). Used by testigo/extract/components.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from testigo.extract.extensions import ext

__all__ = ["hyphen_joined", "hyphened_particle"]

HYPHENED_PARTICLES = {"de", "des", "du", "la", "le", "les", "sur", "en", "aux"}


def hyphened_particle(span: Span) -> bool:
    """A name with a lower-case particle joined by hyphens between capitalised words ('Croix-des-Bouquets',
    'Châlons-en-Champagne'): French place names are written so; people write 'Jean de la Croix' apart."""
    words = [t.text for t in span]
    return any(words[i - 1] == "-" == words[i + 1] and words[i] in HYPHENED_PARTICLES
               and span[i - 2].is_title and span[i + 2].is_title for i in range(2, len(words) - 2))


def _glued(doc: Doc, hyphen: int) -> bool:
    """A hyphen with no space before or after it, between two words."""
    return 0 < hyphen < len(doc) - 1 and doc[hyphen].text == "-" and not doc[hyphen - 1].whitespace_ \
        and not doc[hyphen].whitespace_ and doc[hyphen - 1].is_alpha and doc[hyphen + 1].is_alpha


def _piece(doc: Doc, i: int, *, inner: bool) -> bool:
    """A capitalised piece, or a short lower-case one between two hyphens ('Croix-des-Bouquets')."""
    token = doc[i]
    return token.is_title or token.is_upper or inner and token.is_lower and len(token) <= 3


def _end(doc: Doc, end: int) -> int:
    first = end
    while end < len(doc) and _glued(doc, end):
        inner = end + 2 < len(doc) and _glued(doc, end + 2)
        if not _piece(doc, end + 1, inner=inner):
            break
        end += 2
    while end > first and doc[end - 1].is_lower:  # never end on a lower-case piece
        end -= 2
    return end


def _start(doc: Doc, start: int) -> int:
    while start >= 2 and _glued(doc, start - 1) and (doc[start - 2].is_title or doc[start - 2].is_upper):
        start -= 2
    return start


def hyphen_joined(doc: Doc, chosen: list[Span]) -> list[Span]:
    """Names the model cut at a hyphen, made whole (names the KB knows keep their bounds)."""
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    grown: dict[int, Span] = {}
    for span in chosen:
        if ext(span, "kb_id") or ext(span, "nickname"):
            continue
        start, end = _start(doc, span.start), _end(doc, span.end)
        if (start, end) == (span.start, span.end):
            continue
        others = {id(by_token[i]) for i in range(start, end) if i in by_token} - {id(span)}
        if any(by_token[i]._.kb_id or by_token[i].start < start or by_token[i].end > end
               for i in range(start, end) if i in by_token and id(by_token[i]) in others):
            continue
        label = span.label_
        if label in ("person", "organization") and hyphened_particle(doc[start:end]):
            label = "place"  # 'Croix' (the model's person) grown to 'Croix-des-Bouquets'
        longer = Span(doc, start, end, label=label)
        longer._.full_name = span._.full_name
        grown[id(span)] = longer
        for other in others:
            grown.setdefault(other, None)  # type: ignore[arg-type]
    if not grown:
        return chosen
    return [grown[id(s)] if id(s) in grown else s for s in chosen if grown.get(id(s), s) is not None]
