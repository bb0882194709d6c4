"""Independent origins: who a claim ultimately comes from, so that repeats count once.

A claim's ``attributed_to`` chain runs outermost first: ``["article", "Drug Enforcement
Administration", "Mexican news sources"]``. Its *origin* is the innermost source, the one
nobody further down the chain is quoted as citing ("Mexican news sources" here). Ten articles
repeating what the DEA report says therefore add one origin, not ten: they share the report.

A claim the article makes itself (``["article"]``) originates with the outlet that published
it. Two outlets stating the same fact did their own reporting as far as we can tell, so they
count twice; two articles of one outlet count once, because the newsroom is the source. When
a document names no outlet, the host of its URL stands for it, and for a local file the file
itself (each file is then its own origin, the most we can say).

Names are folded (accents, case, spacing), and a name that is a known entity (an agency, a
country, an organisation) becomes that entity's canonical id, so "DEA" and "Drug Enforcement
Administration" are one origin, and an outlet quoting Reuters and Reuters itself are one.
Anonymous sources ("unnamed reports", "sources", "officials") cannot be told apart across
outlets, so they are scoped to the outlet: "sources" in two newspapers are two origins. So is a
video: whoever speaks in it or filmed it, an outlet's "video" is one origin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from testigo.model import Claim, Document, name_key

__all__ = [
    "SELF", "Source", "Sources", "origin", "origin_key", "origin_parts", "outlet_key", "outlet_of", "source_key",
    "source_lookup",
]

SELF = "article"  # the marker the extractor puts first in every attributed_to chain
_ANONYMOUS_NOUNS = frozenset({
    "source", "sources", "official", "officials", "report", "reports", "witness", "witnesses",
    "resident", "residents", "people", "authorities", "investigators", "analysts", "experts",
})
_MEDIA_NOUNS = frozenset({"video", "videos", "footage", "clip", "clips", "livestream"})
_ANONYMOUS_WORDS = frozenset({
    "unnamed", "anonymous", "some", "several", "local", "the", "other", "unidentified",
})


@dataclass(frozen=True, slots=True)
class Source:
    """What analysis needs of a document: the origin key of its outlet, and when it appeared."""

    outlet: str
    published: str | None = None
    location: str | None = None  # the document's path or URL, shown beside evidence

    @classmethod
    def of(cls, document: Document) -> Source:
        """The Source of a stored document."""
        published = document.published[:10] if document.published else None
        return cls(outlet=outlet_key(document), published=published, location=document.source)


Sources = Mapping[str, Source] | Callable[[str], Source | None] | None


def source_lookup(sources: Sources) -> Callable[[str], Source | None]:
    """A function from document id to Source, from a mapping, a function or None."""
    if sources is None:
        return lambda _id: None
    if callable(sources):
        return sources
    return sources.get


def outlet_key(document: Document) -> str:
    """The origin of what a document asserts itself: its outlet, else its URL's host, else its path."""
    return outlet_of(document.outlet, document.source)


def outlet_of(outlet: str | None, location: str) -> str:
    """``outlet_key`` from a document's outlet (maybe None) and its path or URL."""
    if outlet:
        return fold(outlet)
    parts = urlsplit(location)
    if parts.scheme in ("http", "https") and parts.hostname:
        return parts.hostname.removeprefix("www.")
    return location


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A source name folded for comparison (cached: the same few names repeat in every article)."""
    return name_key(name)


def _anonymous(key: str) -> bool:
    words = [w for w in key.split() if w not in _ANONYMOUS_WORDS]
    return not words or (len(words) == 1 and words[0] in _ANONYMOUS_NOUNS)


def origin(claim: Claim, source: Source | None, *, aliases: dict[str, str] | None = None) -> str:
    """The independent origin of a claim: its innermost named source, or the publishing outlet.

    ``aliases`` maps folded names of known entities to their canonical ids; ``source`` is the
    claim's document (None when unknown: the document id then stands for the outlet).
    """
    outlet = source.outlet if source is not None else f"document:{claim.document_id}"
    key, anonymous = origin_parts(claim.attributed_to)
    return origin_key(outlet, key, anonymous, aliases=aliases)


def origin_parts(chain: tuple[str, ...] | list[str]) -> tuple[str | None, bool]:
    """The folded innermost source of a chain (None when the article speaks itself) and whether
    it is anonymous: what ``origin`` needs of a claim besides its outlet (stored in ``edges``)."""
    innermost = chain[-1] if chain else SELF
    if innermost == SELF:
        return None, False
    return source_key(innermost)


def origin_key(outlet: str, key: str | None, anonymous: bool, *, aliases: dict[str, str] | None = None) -> str:
    """The origin from its parts: the outlet's, a known source's canonical name, or the folded name."""
    if key is None:
        return aliases.get(outlet, outlet) if aliases else outlet
    if aliases and key in aliases:
        return aliases[key]
    return f"{outlet}: {key}" if anonymous else key


@lru_cache(maxsize=1 << 16)
def source_key(name: str) -> tuple[str, bool]:
    """A source's folded name and whether it is anonymous (cached: names repeat in every article).

    People known only through a video ("one of those in the video", "those who took the video")
    are the video: one origin per outlet, like an anonymous source, keyed "video".
    """
    key = name_key(name)
    if not _MEDIA_NOUNS.isdisjoint(key.split()):
        return "video", True
    return key, _anonymous(key)
