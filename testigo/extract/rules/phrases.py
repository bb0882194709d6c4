"""Which entities a noun phrase stands for: the building block of every relation rule.

``parties(frame, token, kinds)`` reads the phrase headed by ``token``: an entity
name, a coordination ("CJNG and Los Chapitos"), an apposition or a parenthetical
list ("the two factions of the Sinaloa Cartel (Los Mayos and Los Chapitos)"), a
transparent head ("members of CJNG", "the Los Chapitos faction of ..."), a plural
collective ("the two groups", "the notorious gangs") standing for the last pair of
groups named together, or "the faction led by X" standing for a group named after X.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold
from testigo.model import Entity

__all__ = ["parties", "salient_pair"]

GROUP = ("criminal_group",)


def _unique(refs: list[Ref]) -> list[Ref]:
    seen: list[Ref] = []
    ids: set[str] = set()
    for ref in refs:
        if ref.entity_id not in ids:
            ids.add(ref.entity_id)
            seen.append(ref)
    return seen


def _conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return found


def parties(frame: Frame, token: Token, kinds: tuple[str, ...] = GROUP, *, depth: int = 0) -> list[Ref]:
    """The entities of ``kinds`` that the phrase headed by ``token`` stands for."""
    if depth > 6:
        return []
    found: list[Ref] = []
    for head in _conjuncts(token):
        found.extend(_one(frame, head, kinds, depth))
    return _unique(found)


def _one(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    ref = frame.ref(head, *kinds)
    if ref is not None:
        return [ref]
    if frame.ref(head) is not None:
        return []  # an entity of another kind
    lemma = head.lemma_.lower()
    listed = _listed(frame, head, kinds, depth) or _named_modifiers(frame, head, kinds)
    if listed:
        return listed
    if kinds == GROUP and lemma in frame.lexicon("collective_nouns") and head.tag_ in ("NNS", "NNPS"):
        return list(salient_pair(frame, head))
    if kinds == GROUP and lemma in frame.lexicon("faction_nouns"):
        led = _led_by(frame, head)
        if led:
            return led
    if lemma in frame.lexicon("transparent_nouns") or lemma in frame.lexicon("collective_nouns"):
        return _through(frame, head, kinds, depth)
    return []


def _listed(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """Names in apposition or in parentheses after a common noun: 'factions (A and B)'."""
    found: list[Ref] = []
    for child in head.children:
        if child.dep_ == "appos":
            found.extend(parties(frame, child, kinds, depth=depth + 1))
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    inner = [c for c in obj.children if c.dep_ == "appos"]
                    for item in inner:
                        found.extend(parties(frame, item, kinds, depth=depth + 1))
    return found


def _named_modifiers(frame: Frame, head: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """'the Los Mayos and Los Chapitos factions' -> both; 'the Sinaloa Cartel's Los Chapitos faction'
    -> Los Chapitos (a name inside the phrase beats its possessor)."""
    if not (head.lemma_.lower() in frame.lexicon("transparent_nouns")
            or head.lemma_.lower() in frame.lexicon("collective_nouns")):
        return []
    found: list[Ref] = []
    for deps in (("compound", "nmod", "amod"), ("poss",)):
        for child in head.children:
            if child.dep_ in deps:
                found += [r for t in _conjuncts(child) if (r := frame.ref(t, *kinds)) is not None]
        if found:
            return found
    return found


def _through(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """'members of CJNG' -> CJNG."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return parties(frame, obj, kinds, depth=depth + 1)
    return []


def salient_pair(frame: Frame, token: Token) -> tuple[Ref, ...]:
    """The last two groups named together before ``token`` ('X and Y'), for 'the two groups'."""
    for ref in frame.refs_before(token, *GROUP):
        head = ref.span.root
        partners = [frame.ref(t, *GROUP) for t in _conjuncts(head)[1:]]
        if head.dep_ == "conj":
            partners.append(frame.ref(head.head, *GROUP))
        for other in partners:
            if other is not None and other.entity_id != ref.entity_id:
                return (other, ref) if other.span.start < ref.span.start else (ref, other)
    return ()


def _led_by(frame: Frame, head: Token) -> list[Ref]:
    """'the faction led by X': a group in the document or KB named after X, else X's faction."""
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in frame.lexicon("leader_passive"):
            for agent in child.children:
                if agent.dep_ == "agent":
                    leaders = [r for obj in agent.children if obj.dep_ == "pobj"
                               for r in parties(frame, obj, ("person",))]
                    if leaders:
                        return [_named_after(frame, head, leaders[0])]
    return []


def _named_after(frame: Frame, head: Token, leader: Ref) -> Ref:
    """A group whose name comes from the leader's nickname ('Los Mayos' after 'El Mayo')."""
    person = frame.ents.entities[leader.entity_id]
    stems = {_stem(n) for n in _nicknames(person)} - {""}
    span = Span(head.doc, head.left_edge.i, leader.span.end, label="criminal_group")
    in_doc = [frame.ents.entities[r.entity_id] for r in frame.ents.refs if r.kind == "criminal_group"]
    known = list(frame.kb.entities.values()) if frame.kb is not None else []
    for group in in_doc + known:
        if group.kind == "criminal_group" and _group_stem_matches(group, stems):
            frame.ents.entities.setdefault(group.id, group)
            return Ref(span, group.id)
    group = Entity.make("criminal_group", f"faction led by {person.name}")
    frame.ents.entities.setdefault(group.id, group)
    return Ref(span, group.id)


def _nicknames(person: Entity) -> list[str]:
    return [a.name for a in person.aliases if fold(a.name).split()[0] in ("el", "la")]


def _stem(name: str) -> str:
    words = [w for w in fold(name).split() if w not in ("el", "la", "los", "las")]
    return words[0][:4] if words and len(words[0]) >= 4 else ""


def _group_stem_matches(group: Entity, stems: set[str]) -> bool:
    names = [group.name] + [a.name for a in group.aliases]
    return any(_stem(n) in stems for n in names if _stem(n))
