"""Names listed together, read from the words between them rather than from the parse.

What is said of a list holds for each name in it: "police arrested A, alias "X," and B, alias
"Y,"" arrests both, "the group was led by A (X) and B" names two leaders. The parser keeps such a
list together when its names are bare ("A and B"), and rules read it through the coordination;
once the names carry a nickname, an age or a parenthesis it often hangs the later names anywhere
(as "dep", "appos" or an adverbial clause), and a rule reading the verb's subject or object finds
only the first. Here a list is a run of names of one kind in one sentence whose gaps hold only
what a list puts there: commas, semicolons, 'and', 'as well as', 'the', and after each name its own
nickname ("alias "X"", "also known as "X" and "Y"", "(X)") or age (", 45,"). The last gap holds
'and' (or 'as well as'), or every gap a semicolon; without either "A, B" is an apposition, not a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from testigo.extract.entities import DocEntities, Ref
from testigo.extract.lexicon import fold, load_patterns

__all__ = ["Listing", "listings"]

JOINING = frozenset({",", ";", "and", "the", "&"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "van", "von", "da", "di"})
MAX_NICKNAME = 12  # words of one nickname clause, quotes included
MAX_NICKNAME_WORDS = 5  # words of a bare quoted nickname set off by commas


@dataclass(frozen=True, slots=True)
class Listing:
    """The names of one list, in text order, and the tokens from the first name to the end of the last
    one's own words (its nickname or age)."""

    refs: tuple[Ref, ...]
    start: int
    end: int

    def holds(self, ref: Ref) -> bool:
        """``ref`` is a name of the list, or a member's nickname inside the list's words."""
        inside = self.start <= ref.span.start < self.end
        return any(r.span.start == ref.span.start or inside and r.entity_id == ref.entity_id for r in self.refs)

    def joins(self, other: Listing, doc: Doc) -> bool:
        """The two lists are parts of one longer list ('A and B; C and D')."""
        first, second = (self, other) if self.start < other.start else (other, self)
        return first.end <= second.start and all(t.lower_ in JOINING for t in doc[first.end:second.start])


@cache
def _cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in cue) for cue in load_patterns("entities")["nickname_cues"])


@cache
def _longest_cue() -> int:
    return max(len(cue) for cue in _cues())


def listings(doc: Doc, ents: DocEntities, sentence: Span) -> list[Listing]:
    """Every list of two or more names of one kind in the sentence."""
    refs = sorted({r.span.start: r for r in ents.refs if sentence.start <= r.span.start < sentence.end}.values(),
                  key=lambda r: r.span.start)
    found: list[Listing] = []
    k = 0
    while k < len(refs):
        members, end, k = _run(doc, refs, k, sentence.end)
        if len(members) >= 2:
            found.append(Listing(tuple(members), members[0].span.start, end))
    return found


def _run(doc: Doc, refs: list[Ref], k: int, limit: int) -> tuple[list[Ref], int, int]:
    """The list starting at refs[k]: its members, where its words end, and the index to go on from."""
    members = [refs[k]]
    if _apposed(doc, refs, k):
        return members, refs[k].span.end, k + 1
    end = _own_words(doc, refs[k].span.end, limit)
    closed, semicolons = False, True
    nxt = k + 1
    while not closed:
        while nxt < len(refs) and refs[nxt].span.start < end:
            nxt += 1  # a name inside the nickname clause ("alias "El Chivo""): the member's own
        if nxt >= len(refs) or refs[nxt].kind != members[0].kind or _possessor(doc, refs[nxt]):
            break  # "A and B's brother C": B owns what follows, and is no member
        gap = _clipped(doc[end:refs[nxt].span.start])
        if not gap or any(w not in JOINING for w in _as_well_as(gap)) or not set(gap) & {",", ";", "and", "&"}:
            break
        closed = "and" in gap or "&" in gap
        semicolons = semicolons and ";" in gap
        members.append(refs[nxt])
        end = _own_words(doc, refs[nxt].span.end, limit)
        nxt += 1
    if not closed and not (semicolons and len(members) >= 2):  # 'A, alias X; B, alias Y; and ...'
        return [members[0]], end, k + 1
    while nxt < len(refs) and refs[nxt].span.start < end:
        nxt += 1  # the last member's own nickname
    return members, end, nxt


def _possessor(doc: Doc, ref: Ref) -> bool:
    """The name is a possessor ("B's brother")."""
    return ref.span.end < len(doc) and doc[ref.span.end].lower_ in ("'s", "’s", "'", "’")


def _apposed(doc: Doc, refs: list[Ref], k: int) -> bool:
    """'A, an offshoot of Z, and B': Z ends a phrase set off by commas after a name of its own kind, and
    what follows Z is A's list, not Z's."""
    start = refs[k].span.start
    for i in range(start - 1, max(start - 9, refs[k].span.sent.start) - 1, -1):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX") or word.text in (";", ":"):
            return False
        if word.text == ",":
            return i < start - 1 and any(r.span.end == i and r.kind == refs[k].kind for r in refs[:k])
    return False


def _clipped(words: Span) -> list[str]:
    """The words between two names, without the first words of the second name that its span left
    out ('and Jose de Jesus Mendez-Vargas' named from 'Jesus')."""
    tokens = list(words)
    while tokens and (tokens[-1].is_title or tokens[-1].lower_ in PARTICLES) and tokens[-1].lower_ not in JOINING:
        tokens.pop()
    return [t.lower_ for t in tokens]


def _as_well_as(gap: list[str]) -> list[str]:
    """'A as well as B': the three words joining them read as 'and'."""
    text = " ".join(gap)
    return text.replace("as well as", "and").split() if "as well as" in text else gap


def _own_words(doc: Doc, i: int, limit: int) -> int:
    """Where the words belonging to the name ending at token ``i`` end: past its nicknames, an age
    set off by commas, and a parenthesis."""
    while i < limit:
        j = _nickname(doc, i, limit) or _age(doc, i, limit) or _parenthesis(doc, i, limit)
        if j is None:
            return i
        i = j
    return i


def _nickname(doc: Doc, i: int, limit: int) -> int | None:
    """', alias "X"' / ', also known as "X" and "Y"' / ' "X"' / ', "X",' / ', alias El X': the end of the nickname
    clause at ``i``."""
    k = i + 1 if doc[i].text == "," else i
    if k < limit and doc[k].lower_ in ("also", "better"):
        k += 1
    ahead = tuple(fold(doc[j].text) for j in range(k, min(k + _longest_cue(), len(doc))))  # folded once
    for cue in _cues():
        if ahead[:len(cue)] == cue:
            k += len(cue)
            break
    else:
        end = _quoted(doc, k, limit)
        if end is None or end - k <= 2:
            return None
        if k != i and not _name_like(doc[k + 1:end - 1], doc[end] if end < limit else None):
            return None  # 'A, "we never met him," and B' is a quotation, not A's nickname
        return end  # 'A "X" and B', 'A, "X", and B'
    first = k
    while k < limit:
        end = _quoted(doc, k, limit)
        if end is None:  # 'alias El Chivo': capitalised words
            while k < limit and k - first < MAX_NICKNAME and (doc[k].is_title or doc[k].is_upper or doc[k].like_num):
                k += 1
            return k if k > first else None
        k = end
        if k + 1 < limit and doc[k].lower_ in ("and", "or") and doc[k + 1].text in QUOTES:
            k += 1  # 'also known as "Z-3" and "El Lazca"'
            continue
        return k
    return k if k > first else None


def _name_like(words: Span, after: Token | None) -> bool:
    """The words of a quotation set off by commas after a name are a nickname: a few capitalised words
    ('"El Pez"', '"La Rana,"', '"Z-40"'), the quotation closing the phrase (a comma, 'and', a parenthesis)."""
    names = [w for w in words if not w.is_punct]
    return 0 < len(names) <= MAX_NICKNAME_WORDS and names[0].text[:1].isupper() and all(
        w.text[:1].isupper() or w.like_num or w.lower_ in PARTICLES for w in names) and (
        after is None or after.text in (",", ";", ")", ".") or after.lower_ in ("and", "or"))


def _quoted(doc: Doc, k: int, limit: int) -> int | None:
    """The token after the closing quote of a quotation opening at ``k`` (a comma just inside the
    closing quote, '"X,"', is part of it)."""
    if not (k < limit and doc[k].text in QUOTES):
        return None
    for j in range(k + 1, min(k + MAX_NICKNAME, limit)):
        if doc[j].text in QUOTES:
            return j + 1
    return None


def _age(doc: Doc, i: int, limit: int) -> int | None:
    """', 45,' after a name."""
    if i + 2 < limit and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        return i + 2
    return None


def _parenthesis(doc: Doc, i: int, limit: int) -> int | None:
    """' (X)' after a name: its nickname or acronym."""
    if not (i < limit and doc[i].text == "("):
        return None
    for k in range(i + 1, min(i + MAX_NICKNAME, limit)):
        if doc[k].text == ")":
            return k + 1
    return None
