"""One list of a document's tokens, made once and shared by every pass over the document.

Each ``for t in doc`` makes a new Python object for every token; the entity tagger and the rules
walk a document a dozen times, and making those objects was a fifth of their time. The list is
kept for the last document asked about only (it holds that document alive, so its id cannot be
reused by another while the list is kept).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["tokens_of"]

_last: tuple[Doc, list[Token]] | None = None


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of ``doc``, in order (the same list for repeated calls on the same document)."""
    global _last
    if _last is None or _last[0] is not doc or len(_last[1]) != len(doc):
        _last = (doc, list(doc))
    return _last[1]
