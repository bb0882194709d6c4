"""One list of a document's tokens, made once and shared by every pass over the document.

Each ``for t in doc`` makes a new Python object for every token; the entity tagger and the rules
walk a document a dozen times, and making those objects was a fifth of their time. The list is
kept for the last document asked about only (it holds that document alive, so its id cannot be
reused by another while the list is kept).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.attrs import HEAD, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

__all__ = ["keep_original", "keep_text", "original_of", "positions", "sentences_indexed", "span_text", "text_of",
           "texts", "tokens_of", "words_kept", "children", "edges", "memo", "shared_texts"]

_last: tuple[Doc, list[Token]] | None = None
_TEXT = "testigo_text"  # Doc.user_data key of the joined text
_ORIGINAL = "testigo_original"  # Doc.user_data key of the text a re-cased document was made from
_positions: tuple[Doc, dict[int, dict[str, list[int]]]] | None = None


class _Kept:
    """What ``words_kept`` keeps of one document: its words by attribute, its tokens' edges and children."""

    __slots__ = ("doc", "words", "edges", "children", "memos")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words: dict[tuple[int, Callable[[str], str] | None], list[str]] = {}
        self.edges: tuple[list[int], list[int]] | None = None
        self.children: list[tuple[Token, ...]] | None = None
        self.memos: dict[str, dict[Any, Any]] = {}


_kept: _Kept | None = None  # see words_kept


def text_of(doc: Doc) -> str:
    """The text of ``doc`` (``Doc.text`` joins every token's text anew at each call; this joins it once per
    document, kept with it: the components before the parser and those after it see one batch of documents
    in turn, so a cache of the last document alone would join each text twice)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text (``text_of``): spaCy joins it anew from the span's tokens at
    each call, some thirty times slower (the date readers ask it of every clause they read, several times)."""
    return text_of(span.doc)[span.start_char:span.end_char] if len(span) else ""


def keep_text(doc: Doc, text: str) -> Doc:
    """``doc`` with ``text`` kept as its text for ``text_of`` (``text`` must be what ``doc`` was tokenized from)."""
    doc.user_data[_TEXT] = text
    return doc


def keep_original(doc: Doc, text: str) -> Doc:
    """``doc``, made from a re-cased copy of ``text`` (same length, recase.py), with ``text`` kept for
    ``original_of``."""
    doc.user_data[_ORIGINAL] = text
    return doc


def original_of(doc: Doc) -> str | None:
    """The text a re-cased document was made from (what quotes and mention texts show); None when the
    document was made from its text as it is."""
    return doc.user_data.get(_ORIGINAL)


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of ``doc``, in order (the same list for repeated calls on the same document)."""
    global _last
    if _last is None or _last[0] is not doc or len(_last[1]) != len(doc):
        _last = (doc, list(doc))
    return _last[1]


def positions(doc: Doc, attr: int) -> dict[str, list[int]]:
    """Where each text (``ORTH``) or lower-cased text (``LOWER``) occurs in ``doc``: word -> token indexes in
    order. Built once per document and attribute (these two never change once the Doc is made)."""
    global _positions
    if attr not in (ORTH, LOWER):
        raise ValueError(f"positions() reads ORTH or LOWER only (they never change); got attribute {attr}")
    if _positions is None or _positions[0] is not doc:
        _positions = (doc, {})
    found = _positions[1].get(attr)
    if found is None:
        by_hash: dict[int, list[int]] = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            by_hash.setdefault(value, []).append(i)
        strings = doc.vocab.strings
        found = _positions[1][attr] = {strings[value]: where for value, where in by_hash.items()}
    return found


def texts(doc: Doc, attr: int, then: Callable[[str], str] | None = None) -> list[str]:
    """Each token's text of ``attr`` (``token.lower_``, ``pos_``, ``tag_``, ``dep_``, ``lemma_``), read from the
    Doc's array; ``then`` changes each. A value's string is looked up once for all documents (a hash or a
    symbol always stands for the same string), not once per token or per document. Inside ``words_kept(doc)``
    each attribute is read once for the block and a copy of it returned."""
    kept = _kept
    if kept is not None and kept.doc is doc:
        return list(shared_texts(doc, attr, then))  # a copy: a caller may change its list
    return _texts(doc, attr, then)


def shared_texts(doc: Doc, attr: int, then: Callable[[str], str] | None = None) -> list[str]:
    """``texts(doc, attr, then)``, the list itself that ``words_kept`` keeps, not a copy: for a reader that looks
    up a few words many times (the list must not be changed)."""
    kept = _kept
    if kept is None or kept.doc is not doc:
        return _texts(doc, attr, then)
    found = kept.words.get((attr, then))
    if found is None:
        found = kept.words[attr, then] = _texts(doc, attr, then)
    return found


def _texts(doc: Doc, attr: int, then: Callable[[str], str] | None) -> list[str]:
    table = _strings.get(then)
    if table is None or len(table) > _STRINGS_KEPT:
        table = _strings[then] = _Strings(then)
    table.store = doc.vocab.strings
    return [table[value] for value in doc.to_array(attr).tolist()]


class _Strings(dict[int, str]):
    """Value (a string's hash or a symbol) -> its string, through ``then``; filled as values are met."""

    def __init__(self, then: Callable[[str], str] | None) -> None:
        super().__init__()
        self.then = then
        self.store: StringStore | None = None

    def __missing__(self, value: int) -> str:
        text = self.store[value]  # type: ignore[index]
        text = self[value] = self.then(text) if self.then else text
        return text


_strings: dict[Callable[[str], str] | None, _Strings] = {}
_STRINGS_KEPT = 200_000  # distinct values kept per table before it starts again (a long stream of documents)


@contextmanager
def words_kept(doc: Doc) -> Iterator[None]:
    """Inside the block, ``texts(doc, attr)`` reads the Doc's array of ``attr`` once, not at every call (the rules
    and the attribution finder ask for the same five or six attributes some twenty times per article). The
    document must not change inside the block (read_doc: the components that change it ran before)."""
    global _kept
    previous, _kept = _kept, _Kept(doc)
    try:
        yield
    finally:
        _kept = previous


def memo(doc: Doc, name: str) -> dict[Any, Any] | None:
    """A dict kept for ``doc`` inside ``words_kept(doc)`` under ``name`` (a reader's answers that depend on the
    document alone, kept for the block); None outside the block."""
    kept = _kept
    if kept is None or kept.doc is not doc:
        return None
    found = kept.memos.get(name)
    if found is None:
        found = kept.memos[name] = {}
    return found


def edges(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's ``left_edge.i`` and ``right_edge.i`` (read once inside ``words_kept(doc)``; lists not to be
    changed)."""
    kept = _kept
    if kept is not None and kept.doc is doc:
        if kept.edges is None:
            kept.edges = _edges(doc)
        return kept.edges
    return _edges(doc)


def _edges(doc: Doc) -> tuple[list[int], list[int]]:
    tokens = tokens_of(doc)
    return [t.left_edge.i for t in tokens], [t.right_edge.i for t in tokens]


def children(token: Token) -> tuple[Token, ...]:
    """``token.children``, in order, from one index of the document's heads made inside ``words_kept``
    (spaCy scans the words between the token's edges and makes a new Token for each at every call); the
    same children spaCy gives: those whose head is the token, between its left and right edges."""
    kept = _kept
    if kept is None or kept.doc is not token.doc:
        return tuple(token.children)
    index = kept.children
    if index is None:
        index = kept.children = _children(kept.doc)
    return index[token.i]


def _children(doc: Doc) -> list[tuple[Token, ...]]:
    tokens, (left, right) = tokens_of(doc), edges(doc)
    found: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist()):
        head = i + offset
        if head != i and left[head] <= i <= right[head]:
            found[head].append(tokens[i])
    return [tuple(kids) for kids in found]


@contextmanager
def sentences_indexed(doc: Doc) -> Iterator[None]:
    """Inside the block, ``token.sent`` and ``span.sent`` answer from one list of the document's sentences
    made here (spaCy walks the sentence's tokens and makes two Spans at each call, and the rules ask
    about a thousand times per article). The same sentences: those ``doc.sents`` gives, the one holding
    the token or the span's first token. The sentence starts must not change inside the block; the
    hooks are removed at its end."""
    if not len(doc) or not doc.has_annotation("SENT_START") or "sent" in doc.user_token_hooks \
            or "sent" in doc.user_span_hooks:
        yield
        return
    of: list[Span] = []
    for sentence in doc.sents:
        of.extend([sentence] * (sentence.end - sentence.start))
    last = len(of) - 1
    doc.user_token_hooks["sent"] = lambda token: of[token.i]
    doc.user_span_hooks["sent"] = lambda span: of[min(span.start, last)]  # an empty span at the end: the last
    try:
        yield
    finally:
        del doc.user_token_hooks["sent"], doc.user_span_hooks["sent"]
