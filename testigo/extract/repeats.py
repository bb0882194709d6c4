"""Names the text has given once, found again where the model missed them.

The model tags 'the DZ Mafia' in one sentence and not in the next, above all inside quote marks
('his client "has never belonged to the DZ Mafia"'); the knowledge base cannot help with a name it
does not know. A name of two words or more that the text has already given (as a person, group,
organisation or place) names the same thing wherever the same words stand again as a whole name.
"""

from __future__ import annotations

from spacy.attrs import NORM
from spacy.tokens import Doc, Span

from testigo.extract.extensions import ext
from testigo.extract.tokens import texts, tokens_of

__all__ = ["repeated_names"]

KINDS = ("criminal_group", "organization", "person")


def repeated_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """The further mentions of ``chosen`` multi-word names that no span covers yet."""
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for span in chosen:
        if len(span) >= 2 and span.label_ in KINDS and (span[0].is_title or span[0].is_upper) \
                and not ext(span, "nickname") and all(t.is_alpha or t.text in ("-", ".") for t in span):
            words = tuple(t.norm_ for t in span)
            if (words, span.label_) not in names.get(words[0], []):
                names.setdefault(words[0], []).append((words, span.label_))
    if not names:
        return []
    taken = {i for span in chosen for i in range(span.start, span.end)}
    found: list[Span] = []
    tokens = tokens_of(doc)
    for i, norm in enumerate(texts(doc, NORM)):  # the words read as an array: no Token made at every word
        if norm not in names:
            continue
        token = tokens[i]
        options = names[norm] if token.i not in taken and (token.is_title or token.is_upper) else None
        for words, label in options or ():
            end = token.i + len(words)
            if end > len(doc) or any(i in taken for i in range(token.i, end)) \
                    or tuple(t.norm_ for t in doc[token.i:end]) != words:
                continue
            if token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].i != doc[token.i - 1].sent.start \
                    or end < len(doc) and doc[end].is_title:
                continue  # part of a longer name
            found.append(Span(doc, token.i, end, label=label))
            taken.update(range(token.i, end))
            break
    return found
