"""A country's armed forces named by their people: 'soldiers', 'troops', 'the army', 'marines', 'the Navy'.

In a text about one country ('Mexico', 'Mexican' named far more than any other), the bare words for
soldiers or marines name that country's army or navy, the KB agency whose names say '<Demonym> Army' or
'<Demonym> Navy' ('Mexican soldiers' is already a KB name; 'soldiers' alone was no one). Soldiers of
someone else ('the cartel's soldiers', 'foot soldiers', 'former soldiers', 'U.S. troops') stay unnamed.
A force the KB does not know is named by its country all the same, as a reader would name it ('the navy' in
a text about Guinea-Bissau, "Guinea-Bissau's navy", 'the navy of Guinea-Bissau', 'the Malian army', 'the air
force': an agency named 'navy of Guinea-Bissau', 'army of Mali', 'air force of Guinea-Bissau'); the country is
the one the words give (an owner, an of-phrase, an adjective of nationality), else the text's one country, else
the country of a place in the sentence. Marines of a country without a KB navy stay unnamed (a corps of their
own in some countries).
Used by testigo/extract/components.py.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from testigo.extract.group_names import demonyms
from testigo.extract.group_types import words_of
from testigo.extract.lexicon import demonym_countries, fold
from testigo.extract.tokens import positions, tokens_of
from testigo.kb import KnowledgeBase

__all__ = ["country_written_about", "demonym_country", "dominant_country", "force_index", "national_forces"]

PEOPLE = {"soldiers": "army", "troops": "army", "marines": "navy"}
BODIES = {"army": "army", "navy": "navy", "military": "army", "force": "air force", "forces": "armed forces"}
FIRST_WORDS = {"force": "air", "forces": "armed"}  # 'air force', 'armed forces': only after these
NAMED_BY_ROLE = {"army": "army of {}", "navy": "navy of {}", "air force": "air force of {}",
                 "armed forces": "armed forces of {}"}  # no KB force
COUNTRY_NOUNS = {"country", "nation"}  # "the country's navy": the text's country
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


def country_written_about(chosen: list[Span]) -> str | None:
    """The country a text is about by its names alone: the first it names, when it names no other more often
    and names it twice or more ('Every book about Guinea-Bissau ...', however often the DEA, Washington or the
    United States come up after). Adjectives are not counted: 'Colombian traffickers', 'South American cocaine'
    tell who and what, not where."""
    counts: Counter[str] = Counter()
    for span in sorted(chosen, key=lambda s: s.start):
        if span.label_ == "country" and span._.kb_id:
            counts[str(span._.kb_id)] += 1
    if not counts:
        return None
    first = next(iter(counts))
    return first if counts[first] >= 2 and counts[first] == max(counts.values()) else None


def national_forces(doc: Doc, chosen: list[Span], kb: KnowledgeBase,
                    index: dict[str, dict[str, str]]) -> list[Span]:
    """The chosen spans with the bare soldiers, troops, marines, army, navy or air force of a country: the KB's
    force where it has one ('the army' in a Mexican text is SEDENA), else a force named by its country (the
    model's 'Navy' alone yields to the country's navy)."""
    if not index:
        return chosen
    found_at = positions(doc, LOWER)
    tokens = tokens_of(doc)
    words = [tokens[i] for word in (*PEOPLE, *BODIES) for i in found_at.get(word, ())
             if word not in FIRST_WORDS or i > 0 and tokens[i - 1].lower_ == FIRST_WORDS[word]]
    if not words:
        return chosen
    words.sort(key=lambda t: t.i)
    home = dominant_country(doc, chosen, kb)
    named_home = country_written_about(chosen)
    guessed = {s.start: s for s in chosen if len(s) == 1 and not s._.kb_id and s[0].lower_ in BODIES
               and s.label_ in ("agency", "organization")}
    chosen = [s for s in chosen if s.start not in guessed or s is not guessed[s.start]]
    taken = {i for span in chosen for i in range(span.start, span.end)}
    spans_at = {i: span for span in chosen for i in range(span.start, span.end)}
    found: list[Span] = []
    agencies: dict[int, set[str]] = {}  # sentence start -> the KB agencies it names
    for span in chosen:
        if span.label_ == "agency":
            agencies.setdefault(span[0].sent.start, set()).add(str(span._.kb_id or ""))
    for token in words:
        role = PEOPLE.get(token.lower_)
        start = token.i - 1 if role is None and token.lower_ in FIRST_WORDS else token.i
        if token.i in taken or start in taken or start == 0 and role is None:
            continue
        before = doc[start - 1] if start else None
        if role is None:  # 'the army', 'the Navy', "the country's navy", 'the navy of X' (not 'an army of gunmen')
            role = BODIES[token.lower_]
            owner = _owner(token, spans_at, kb)
            named = before is not None and before.lower_ == "the" or owner is not None \
                or token.is_title and token.dep_ == "compound" \
                or token.dep_ == "compound" and token.head.lower_ in words_of("force_rank_nouns") \
                or any(c.dep_ == "poss" and c.lower_ in COUNTRY_NOUNS for c in token.children)  # "the country's navy"
            if owner == "" or not named or token.dep_ == "amod" or token.i + 1 < len(doc) and doc[token.i + 1].is_title:
                continue
            # no owner: the text's country, by its KB force, else by the country the text names most
            country = owner or (home if role in index.get(home or "", {}) else named_home) \
                or _local_country(token, chosen, kb)
        else:
            country = home if role in index.get(home or "", {}) else _local_country(token, chosen, kb) or home
            named_here = agencies.get(token.sent.start)
            if named_here and index.get(country or "", {}).get(role) not in named_here \
                    and not _beside_agency(token, chosen):
                continue  # 'soldiers arrested X, the Interior Ministry said': perhaps that agency's, left to the rules
                # ('marines captured X, the Mexican Navy said': the navy's own)
            if before is not None and (before.lower_ in NOT_THE_STATE or before.i in taken or before.is_title
                                       and (before.pos_ == "PROPN" or before.norm_ in demonyms())) \
                    or any(c.dep_ in ("poss", "amod", "compound") and (c.lower_ in NOT_THE_STATE or c.i in taken)
                           for c in token.children) \
                    or any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from") for c in token.children):
                continue  # "the cartel's soldiers", 'foot soldiers', 'U.S. troops', 'soldiers of the gang'
        if not country:
            continue
        if role == "navy" and token.lower_ != "navy" and before is not None and before.lower_ == "navy" \
                and before.i not in taken:
            start = before.i  # 'Navy marines'
        span = Span(doc, start, token.i + 1, label="agency")
        agency = index.get(country, {}).get(role)
        if agency is not None:
            span._.kb_id = agency
        elif token.lower_ in PEOPLE or not _name_by_country(span, role, country, kb):
            continue  # soldiers and marines only of a KB force: an arrest by them is by their country
        found.append(span)
        taken |= set(range(start, token.i + 1))
    return chosen + found + [s for s in guessed.values() if s.start not in taken]


def _owner(token: Token, spans_at: dict[int, Span], kb: KnowledgeBase) -> str | None:
    """The country the words on 'army'/'navy'/'air force' give it: its owner ("Guinea-Bissau's navy"), an
    adjective of nationality ('the Malian army') or an of-phrase ('the navy of Mali'); '' when they give it
    someone else ("the cartel's army", 'the army of the north'); None when they give none ("the country's navy":
    the text's country)."""
    for child in token.children:
        if child.dep_ == "poss":
            if child.lower_ in COUNTRY_NOUNS:
                return None
            return _country_at(spans_at.get(child.i), kb) or ""
        if child.dep_ in ("amod", "compound") and child.i < token.i and child.lower_ not in ("air", "armed"):
            country = demonym_country(child, kb)
            if country is not None:
                return country
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return _country_at(spans_at.get(pobj.i) if pobj is not None else None, kb) or ""
    return None


def _country_at(span: Span | None, kb: KnowledgeBase) -> str | None:
    """The KB country an entity span names, if it names one."""
    if span is None or not span._.kb_id:
        return None
    entity = kb.entities.get(str(span._.kb_id))
    return entity.id if entity is not None and entity.kind == "country" else None


def demonym_country(token: Token, kb: KnowledgeBase) -> str | None:
    """The KB country an adjective of nationality names ('Malian': Mali)."""
    named = demonym_countries().get(fold(token.text))
    if named is None:
        return None
    return next((e.id for e in kb.lookup(named) if e.kind == "country"), None)


def _name_by_country(span: Span, role: str, country: str, kb: KnowledgeBase) -> bool:
    """Name a force the KB does not know by its country: 'navy of Guinea-Bissau', also 'Bissau-Guinean navy'."""
    entity = kb.entities.get(country)
    if entity is None:
        return False
    span._.full_name = NAMED_BY_ROLE[role].format(entity.name)
    adjective = next((word for word, name in demonym_countries().items() if name == entity.name and "." not in word
                      and len(word) > 2), None)
    if adjective is not None:
        span._.also_named = f"{adjective.title()} {role}"
    return True


def _beside_agency(token: Token, chosen: list[Span]) -> bool:
    """'arrested by soldiers and federal police', 'police and troops': the force is coordinated with an agency
    of its own, so it is not that agency's people."""
    near = {t.i for t in token.conjuncts}
    return any(span.label_ == "agency" and any(span.start <= i < span.end for i in near) for span in chosen)


def _local_country(token: Token, chosen: list[Span], kb: KnowledgeBase) -> str | None:
    """In a text about several countries, the country of the place the force's own sentence names
    ('Soldiers arrested him in Mexico City in 2009')."""
    sentence = token.sent
    for span in chosen:
        if span.label_ == "place" and span._.kb_id and sentence.start <= span.start < sentence.end:
            country = kb.country_of(str(span._.kb_id))
            if country is not None:
                return country.id
    return None
