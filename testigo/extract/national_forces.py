"""A country's armed forces named by their people: 'soldiers', 'troops', 'the army', 'marines', 'the Navy'.

In a text about one country ('Mexico', 'Mexican' named far more than any other), the bare words for
soldiers or marines name that country's army or navy, the KB agency whose names say '<Demonym> Army' or
'<Demonym> Navy' ('Mexican soldiers' is already a KB name; 'soldiers' alone was no one). Soldiers of
someone else ('the cartel's soldiers', 'foot soldiers', 'former soldiers', 'U.S. troops') stay unnamed.
Used by testigo/extract/components.py.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from testigo.extract.group_names import demonyms
from testigo.extract.lexicon import demonym_countries, fold
from testigo.extract.tokens import positions, tokens_of
from testigo.kb import KnowledgeBase

__all__ = ["dominant_country", "force_index", "national_forces"]

PEOPLE = {"soldiers": "army", "troops": "army", "marines": "navy"}
BODIES = {"army": "army", "navy": "navy", "military": "army"}
NOT_THE_STATE = {"former", "ex", "retired", "foot", "rogue", "private", "child", "deserting", "off-duty", "own",
                 "his", "her", "their", "its", "our", "cartel", "gang", "guerrilla", "paramilitary", "rebel",
                 "enemy", "some", "militia"}


def force_index(kb: KnowledgeBase) -> dict[str, dict[str, str]]:
    """Country id -> {'army': agency id, 'navy': agency id} for the KB agencies named '<Demonym> Army/Navy'."""
    found: dict[str, dict[str, set[str]]] = {}
    for entity in kb:
        country = kb.country_of(entity.id) if entity.kind == "agency" else None
        if country is None:
            continue
        for name in KnowledgeBase.names(entity):
            words = fold(name).split()
            if len(words) == 2 and words[1] in ("army", "navy") and words[0] in demonym_countries():
                found.setdefault(country.id, {}).setdefault(words[1], set()).add(entity.id)
    return {country: {role: ids.pop() for role, ids in roles.items() if len(ids) == 1}
            for country, roles in found.items()}


def dominant_country(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> str | None:
    """The country the text names far more than any other, by name, by adjective ('Mexican') or by the
    agencies and places the KB knows as its own ('the Guerrero state prosecutor's office', 'Culiacán')."""
    counts: Counter[str] = Counter()
    for span in chosen:
        if span.label_ == "country" and span._.kb_id:
            counts[str(span._.kb_id)] += 1
        elif span.label_ in ("agency", "place") and span._.kb_id:
            country = kb.country_of(str(span._.kb_id))
            if country is not None:
                counts[country.id] += 1
    names = demonym_countries()
    tokens = tokens_of(doc)
    for word, where in positions(doc, LOWER).items():
        named = names.get(fold(word))
        if named is not None:
            ids = [e.id for e in kb.lookup(named) if e.kind == "country"]
            for i in where:
                if tokens[i].is_title and ids:
                    counts[ids[0]] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def national_forces(doc: Doc, chosen: list[Span], kb: KnowledgeBase,
                    index: dict[str, dict[str, str]]) -> list[Span]:
    """The chosen spans with the bare soldiers, troops, marines, army or navy of the text's one country
    (the model's 'Navy' alone yields to the country's navy)."""
    if not index:
        return chosen
    found_at = positions(doc, LOWER)
    tokens = tokens_of(doc)
    words = [tokens[i] for i in sorted(i for word in (*PEOPLE, *BODIES) for i in found_at.get(word, ()))]
    if not words:
        return chosen
    home = index.get(dominant_country(doc, chosen, kb) or "")
    guessed = {s.start: s for s in chosen if len(s) == 1 and not s._.kb_id and s[0].lower_ in BODIES
               and s.label_ in ("agency", "organization")}
    chosen = [s for s in chosen if s.start not in guessed or s is not guessed[s.start]]
    taken = {i for span in chosen for i in range(span.start, span.end)}
    found: list[Span] = []
    agencies = {token.sent.start for span in chosen if span.label_ == "agency" for token in span[:1]}
    for token in words:
        if token.i in taken or token.i == 0 or token.sent.start in agencies and not _beside_agency(token, chosen):
            continue  # 'soldiers arrested X, the Defence Ministry said': perhaps that agency's, left to the rules
        roles = home or _local_forces(token, chosen, kb, index)
        if not roles:
            continue
        before = token.doc[token.i - 1]
        role = PEOPLE.get(token.lower_)
        if role is None:  # 'the army', 'the Navy' (not 'an army of gunmen', 'Army' in another name)
            role = BODIES[token.lower_]
            named = before.lower_ == "the" or token.is_title and token.dep_ == "compound"  # 'a Navy helicopter'
            if not named or token.dep_ == "amod" or token.i + 1 < len(doc) and doc[token.i + 1].is_title \
                    or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                continue
        elif before.lower_ in NOT_THE_STATE or before.i in taken or before.is_title \
                and (before.pos_ == "PROPN" or before.norm_ in demonyms()) \
                or any(c.dep_ in ("poss", "amod", "compound") and (c.lower_ in NOT_THE_STATE or c.i in taken)
                       for c in token.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from") for c in token.children):
            continue  # "the cartel's soldiers", 'foot soldiers', 'U.S. troops', 'soldiers of the gang'
        start = token.i - 1 if role == "navy" and before.lower_ == "navy" and before.i not in taken else token.i
        agency = roles.get(role)
        if agency is None:
            continue
        span = Span(doc, start, token.i + 1, label="agency")
        span._.kb_id = agency
        found.append(span)
        taken |= set(range(start, token.i + 1))
    return chosen + found + [s for s in guessed.values() if s.start not in taken]


def _beside_agency(token: Token, chosen: list[Span]) -> bool:
    """'arrested by soldiers and federal police', 'police and troops': the force is coordinated with an agency
    of its own, so it is not that agency's people."""
    near = {t.i for t in token.conjuncts}
    return any(span.label_ == "agency" and any(span.start <= i < span.end for i in near) for span in chosen)


def _local_forces(token: Token, chosen: list[Span], kb: KnowledgeBase,
                  index: dict[str, dict[str, str]]) -> dict[str, str]:
    """In a text about several countries, the forces of the country of the place their own sentence names
    ('Soldiers arrested him in Mexico City in 2009')."""
    sentence = token.sent
    for span in chosen:
        if span.label_ == "place" and span._.kb_id and sentence.start <= span.start < sentence.end:
            country = kb.country_of(str(span._.kb_id))
            if country is not None and country.id in index:
                return index[country.id]
    return {}
