"""Quick reads of the values testigo keeps on spans (``kb_id``, ``nickname``, ``full_name``, ``also_named``).

Each ``span._.kb_id`` makes a new Underscore object before it looks the value up in
``doc.user_data``; the entity tagger and the resolver read these values some 1,600 times per
article, and those objects were a tenth of their time. ``ext(span, "kb_id")`` reads the same entry
of ``doc.user_data`` directly. Writing stays ``span._.kb_id = ...``. Should spaCy ever key the
entries otherwise, ``ext`` notices on its first call and reads through ``span._`` instead.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

__all__ = ["ext"]


def ext(span: Span, name: str) -> Any:
    """``getattr(span._, name)`` for an extension registered with ``default=None``."""
    if _keyed_by_chars():
        return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))
    return getattr(span._, name)


@cache
def _keyed_by_chars() -> bool:
    """Whether spaCy keeps a span's extension values under ("._.", name, start_char, end_char)."""
    if not Span.has_extension("kb_id"):
        Span.set_extension("kb_id", default=None)
    doc = Doc(Vocab(), words=["La", "Empresa", "gang"])
    span = doc[0:2]
    span._.kb_id = "probe"
    return doc.user_data.get(("._.", "kb_id", span.start_char, span.end_char)) == "probe" and len(doc.user_data) == 1
