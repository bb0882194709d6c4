"""Groups named after they act: the unnamed body and the name the text gives it later are one entity.

'Varela put together a unit of hired gunmen ... The unit later became known as Los Rastrojos';
'a community police force, the nucleus of what would become La Hermandad'; 'the cartel created an
armed wing, later called Los Zetas'. The noun of the unnamed body ('unit', 'force', 'wing') is read
as a mention of the group named later, so that what the text says of the body (founded by, fought
against) reaches the group. Used by testigo/extract/entities.py after the names are resolved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from testigo.extract.group_types import words_of

__all__ = ["renamed_units"]


def renamed_units(doc: Doc, named: dict[int, str], group_roots: list[tuple[Token, str]]) -> list[tuple[int, str]]:
    """The tokens of unnamed bodies that a later name names, as (token index, entity id).

    ``named`` maps every token inside an entity span to its kind; ``group_roots`` gives the
    root token and entity id of every criminal group's span.
    """
    found: dict[int, str] = {}
    for root, entity_id in group_roots:
        verb = _naming_verb(root)
        if verb is None:
            continue
        for token in _bodies(doc, verb, named):
            found.setdefault(token.i, entity_id)
    return sorted(found.items())


def _naming_verb(root: Token) -> Token | None:
    """'became X', 'became known as X', 'later called X', 'renamed X': the verb that gives the name."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif root.dep_ not in ("attr", "oprd", "dobj", "xcomp"):
        return None
    if head.lemma_.lower() not in words_of("renaming_verbs") or head.i >= root.i:
        return None
    if head.lemma_.lower() in ("call", "name", "dub", "know") and not _passive_or_participle(head):
        return None  # 'the police called X', 'they named X': someone names something, not a renaming
    return head


def _passive_or_participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)


def _bodies(doc: Doc, verb: Token, named: dict[int, str]) -> list[Token]:
    """The unnamed body the naming verb is about, and the earlier mention it repeats."""
    units = words_of("unit_nouns")
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.head.lemma_.lower() == "become" and verb.dep_ in ("acomp", "oprd", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("what", "which", "that"):
        if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" and _unit(verb.head, units, named):
            return [verb.head]  # 'a militia that later became X'
        before = _nearest_unit(doc, subject.i, verb.sent.start, units, named)
        return [before] if before is not None else []  # 'a force, the nucleus of what would become X'
    if subject is not None:
        if not _unit(subject, units, named) or not any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                       for c in subject.children):
            return []
        earlier = _earlier_mention(doc, subject, named)
        return [subject] + ([earlier] if earlier is not None else [])
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and _later(verb):  # 'an armed wing, later called X'
        # ('a gang known as X' introduces X: testigo/extract/rules/phrases.py reads it, with what X is joined to)
        if _unit(verb.head, units, named):
            return [verb.head]
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and _unit(c, units, named)]
        return objects[-1:]
    return []


def _later(verb: Token) -> bool:
    """'later called', 'eventually renamed': the name came after (not 'a gang known as X')."""
    return verb.lemma_.lower() == "rename" or any(c.dep_ == "advmod" and c.lower_ in LATER for c in verb.children)


LATER = {"later", "eventually", "subsequently", "afterwards", "afterward", "soon", "since", "then"}


def _unit(token: Token, units: frozenset[str], named: dict[int, str]) -> bool:
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in units and token.i not in named


def _nearest_unit(doc: Doc, before: int, start: int, units: frozenset[str], named: dict[int, str]) -> Token | None:
    for i in range(before - 1, start - 1, -1):
        if _unit(doc[i], units, named):
            return doc[i]
        if named.get(i) in ("criminal_group", "organization", "agency", "person"):
            return None  # a name stands between: the body may be that one (a place may: 'a force in P, what ...')
    return None


def _earlier_mention(doc: Doc, subject: Token, named: dict[int, str]) -> Token | None:
    """'a unit of hired gunmen' before 'The unit later became known as X': the same noun, indefinite,
    in this sentence or the two before."""
    start = subject.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    breakaway = any(c.dep_ in ("compound", "amod") and c.lower_ in SPLIT_WORDS for c in subject.children)
    for i in range(subject.i - 1, start - 1, -1):
        token = doc[i]
        if token.pos_ == "NOUN" and token.i not in named and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                 for c in token.children) and (
                token.lemma_ == subject.lemma_ or breakaway and _broke_away(token)):
            return token  # 'a group of lieutenants broke away from G. The breakaway faction became known as X'
    return None


SPLIT_WORDS = frozenset({"breakaway", "splinter", "dissident", "renegade"})


def _broke_away(token: Token) -> bool:
    """The token is the subject of a verb of leaving ('broke away', 'split off', 'walked out')."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and any(
        c.lower_ in ("away", "off", "out") for c in verb.children if c.dep_ in ("advmod", "prt", "prep"))


def as_span(doc: Doc, i: int) -> Span:
    return Span(doc, i, i + 1, label="criminal_group")
