"""Repairs of the names the model cut, glued or mistyped, read from a name's shape and its neighbours.

Each step takes the Doc and the chosen entity spans and returns them repaired: Spanish and
Portuguese particles that continue a name ('Rio Grande' + 'do Norte'), pieces of one name side by
side ('Aldo Dupie' + 'Ochoa Mejía'), names in a place's context ('jailed in Nísia Floresta'),
people known by an apposition ('Wilter Blanco, a leader of ...'), the name before an acronym in
brackets ('the Gaitanista Army of Colombia (EGC)'), the short name of a long group name ('the
Blancos') and defendants' names in capitals before an alias ('JUAN SOTO VEGA, a.k.a. "El Gallo"').
Used by testigo/extract/components.py.
"""

from __future__ import annotations

import re
from functools import cache

import numpy
from spacy.attrs import DEP, LEMMA, NORM, ORTH, TAG
from spacy.tokens import Doc, Span, Token

from testigo.extract.extensions import ext
from testigo.extract.group_names import demonyms
from testigo.extract.group_types import is_organisation_name, words_of
from testigo.extract.lexicon import fold, load_patterns
from testigo.extract.tokens import text_of, texts, tokens_of

__all__ = ["GROUP_NOUNS", "NICKNAME_STARTS", "PARTICLES", "PERSON_NOUNS", "PLACE_PREPS", "abbreviates",
           "adjacent_names", "aged_people", "capital_names", "conjoined_places", "described_people", "district_offices",
           "extended_group_names", "facilities", "given_name_runs", "inverted_names", "is_acronym", "listed_places",
           "named_before_acronym", "particle_tails", "places_by_context", "reattach_appositions", "settlement_names",
           "short_group_names", "untagged_places"]

PLACE_PREPS = {"in", "near", "at", "outside", "inside", "toward", "towards", "into", "across"}


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(name) <= 8 and all(c.isupper() for c in letters)


def abbreviates(short: Span, name: Span) -> bool:
    """'ELN' or 'Flores DTO' for 'the Flores Drug Trafficking Organization': an acronym, after none or some
    capitalised words of the name."""
    acronym = short[-1].text
    words = {t.lower_ for t in name}
    return is_acronym(acronym) and len(acronym) >= 2 and all(t.is_title and t.lower_ in words for t in short[:-1])


# Heads of an apposition that make the name before it a person's.
PERSON_NOUNS = {"man", "woman", "commander", "officer", "leader", "boss", "lawyer", "businessman", "businesswoman",
                "farmer", "rancher", "politician", "mayor", "governor", "journalist", "lieutenant", "trafficker",
                "founder", "son", "daughter", "brother", "sister", "wife", "husband", "nephew", "cousin", "father",
                "mother", "uncle", "widow", "accountant", "financier", "associate", "operator", "hitman", "pilot",
                "bishop", "priest", "pastor", "activist", "judge", "senator", "congressman", "congresswoman",
                "minister", "secretary", "prosecutor", "general", "colonel", "captain", "soldier", "teacher",
                "doctor", "reporter", "researcher", "professor", "analyst", "singer", "mediator", "negotiator",
                "guerrilla", "witness", "informant", "driver", "bodyguard", "deputy", "president", "gunman",
                "enforcer", "courier", "figure", "smuggler", "dealer", "fugitive", "kingpin", "capo", "mobster",
                "councillor", "councilor", "councilman", "councilwoman", "lawmaker", "legislator", "spokesman",
                "spokeswoman", "commissioner", "sheriff", "inspector", "detective", "mechanic", "shopkeeper", "student",
                "nurse", "engineer", "candidate", "chief", "sergeant", "agent", "patriarch", "matriarch",
                "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law",
                "stepson", "stepdaughter", "stepbrother", "stepsister", "grandson", "granddaughter", "girlfriend",
                "boyfriend", "partner", "niece"}
GROUP_NOUNS = {"gang", "gangs", "cell", "cells", "cartel", "group", "faction", "organisation", "organization",
               "clique", "band", "wing", "crew", "network", "networks", "clan", "clans", "syndicate", "syndicates"}

PARTICLES = {"de", "del", "do", "da", "dos", "das"}  # Spanish and Portuguese name particles
PARTICLE_ARTICLES = {"la", "las", "los", "el", "o", "a", "os", "as"}
NICKNAME_STARTS = {"el", "la", "los", "las"}


def _tail_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper and len(token) >= 2) and not token.is_sent_start


def particle_tails(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Rio Grande' + 'do Norte', 'Sindicato' + 'do Crime', 'Sindicato do RN': a name the model cut
    before a Spanish or Portuguese particle goes on through the particle and the capitalised words
    after it, when those are untagged or only the model's guess; a name the KB knows after the
    particle stays its own ('Cártel de Sinaloa' is the KB's already)."""
    by_token = {i: span for span in chosen for i in range(span.start, span.end)}
    swallowed: set[int] = set()
    out: list[Span] = []
    for span in sorted(chosen, key=lambda s: s.start):
        if id(span) in swallowed:
            continue
        end = span.end
        guess = by_token.get(end)  # 'La Banda' + the model's place 'del Muelle': the particle opens a guess
        if ext(span, "kb_id") or ext(span, "nickname") or end + 1 >= len(doc) or doc[end].lower_ not in PARTICLES \
                or not doc[end].is_lower or guess is not None and (guess._.kb_id or guess.start != end):
            out.append(span)
            continue
        first = end + 1
        if doc[first].lower_ in PARTICLE_ARTICLES and doc[first].is_lower and first + 1 < len(doc):
            first += 1
        stop = first
        while stop < len(doc) and _tail_word(doc[stop]) and stop - first < 4:
            other = by_token.get(stop)
            if other is not None and (other._.kb_id or other.start < first and other is not guess
                                      or other.end > stop + 1 and not all(_tail_word(t) for t in other
                                                                          if t.i >= first)):
                break
            stop += 1
        others = {id(by_token[i]) for i in range(end, stop) if i in by_token}
        if stop == first or any(by_token[i].end > stop for i in range(first, stop) if i in by_token):
            out.append(span)
            continue
        longer = Span(doc, span.start, stop, label=span.label_)
        longer._.full_name = span._.full_name
        swallowed |= others
        out.append(longer)
    return [s for s in out if id(s) not in swallowed]


def adjacent_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Aldo Dupie' + 'Ochoa Mejía', 'Nísia' + 'Floresta': two pieces of one name that the model split,
    side by side with nothing between them, are one person or place (a nickname or a name the KB
    knows stays apart)."""
    ordered = sorted(chosen, key=lambda s: s.start)
    out: list[Span] = []
    for span in ordered:
        last = out[-1] if out else None
        if last is not None and last.end == span.start and last.label_ == "person" \
                and span.label_ in ("person", "organization") and not last._.kb_id and not span._.kb_id \
                and not last._.nickname and not span._.nickname and not last._.full_name \
                and "\n" not in doc[last.end - 1].whitespace_ and span[0].norm_ not in NICKNAME_STARTS \
                and all(t.is_title and t.is_alpha for t in list(last) + list(span)):
            out[-1] = Span(doc, last.start, span.end, label="person")
            continue
        if last is not None and last.end == span.start and last.label_ == span.label_ == "place" \
                and not last._.kb_id and not span._.kb_id and last.root.dep_ == "compound" \
                and span.start <= last.root.head.i < span.end:
            out[-1] = Span(doc, last.start, span.end, label="place")  # 'Nísia' + 'Floresta'
            continue
        out.append(span)
    return out


def extended_group_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Tijuana Cartel New Generation': a group's name with more capitalised words right after it, which
    the tagger read as a second group, is the name of another group (a successor or offshoot), not the first
    group and a stray one. A name the KB knows on the right stays apart ('the Sinaloa Cartel Los Chapitos')."""
    ordered = sorted(chosen, key=lambda s: s.start)
    out: list[Span] = []
    for span in ordered:
        last = out[-1] if out else None
        if last is not None and last.end == span.start and last.label_ == "criminal_group" \
                and span.label_ in ("criminal_group", "organization") and not ext(span, "kb_id") \
                and "\n" not in doc[last.end - 1].whitespace_ and all(t.is_title and t.is_alpha for t in span) \
                and not all(t.lower_ in words_of("designation_label_words") for t in span):  # '... Cartel Foreign
            # Terrorist Organizations': the label a designation gives, not a name
            merged = Span(doc, last.start, span.end, label="criminal_group")
            merged._.full_name = merged.text
            out[-1] = merged
            continue
        out.append(span)
    return out


def given_name_runs(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Orlando Henao Montoya': three or more capitalised words opening with a given name, which the
    model cut into pieces it took for places or organisations with a word left over between or after
    them, are one person's name (a name the KB knows, or one after a place preposition, is left alone)."""
    given = words_of("given_names")
    by_token = {i: span for span in chosen for i in range(span.start, span.end)}
    replaced: list[Span] = []
    after = -1
    tokens = tokens_of(doc)
    for i, norm in enumerate(texts(doc, NORM)):  # the words read as an array: no Token made at every word
        if norm not in given:
            continue
        token = tokens[i]
        if token.i < after or not _run_word(token) \
                or token.i > 0 and (doc[token.i - 1].lower_ in PLACE_PREPS or _run_word(doc[token.i - 1])):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 5 and _run_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        inside = {id(s): s for n in range(token.i, end) if (s := by_token.get(n)) is not None}.values()
        if end - token.i >= 3 and inside and any(n not in by_token for n in range(token.i, end)) \
                and all(token.i <= s.start and s.end <= end and not ext(s, "kb_id") and not ext(s, "nickname")
                        and s.label_ in ("place", "organization") for s in inside):
            replaced.append(Span(doc, token.i, end, label="person"))
            after = end
    if not replaced:
        return chosen
    covered = {n for span in replaced for n in range(span.start, span.end)}
    return [s for s in chosen if not covered & set(range(s.start, s.end))] + replaced


ALIAS_CUES = frozenset({"a.k.a.", "a.k.a", "aka", "a/k/a", "alias"})


def capital_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'KEVIN ALONSO GIL ACOSTA, a.k.a. "El 200,"': the capitalised name of a defendant in a prosecutor's
    release, which the model cuts into pieces it takes for organisations, is one person's name when an
    alias follows it; later runs of its last words ('GIL ACOSTA') are that person too."""
    full: list[tuple[str, ...]] = []
    replaced: list[Span] = []
    n = len(doc)
    tokens = tokens_of(doc)
    i = 0
    while i < n:
        end = i
        while end < n and end - i < 6 and _capital_word(tokens[end]) \
                and (end == i or "\n" not in tokens[end - 1].whitespace_):
            end += 1
        if end - i < 2 or i > 0 and _capital_word(tokens[i - 1]):
            i = max(end, i + 1)
            continue
        words = tuple(t.text for t in tokens[i:end])
        cue = end + 1 < n and doc[end].text == "," and doc[end + 1].lower_ in ALIAS_CUES
        tail = any(len(words) < len(f) and f[-len(words):] == words for f in full)
        if cue or tail:
            full += [words] if cue else []
            replaced.append(Span(doc, i, end, label="person"))
        i = end
    if not replaced:
        return chosen
    covered = {k for span in replaced for k in range(span.start, span.end)}
    kept = [s for s in chosen if not covered & set(range(s.start, s.end))]
    clashing = [s for s in chosen if covered & set(range(s.start, s.end)) and ext(s, "kb_id")]
    if clashing:  # a name the KB knows inside the run: leave those runs alone
        known = {k for s in clashing for k in range(s.start, s.end)}
        replaced = [r for r in replaced if not known & set(range(r.start, r.end))]
        covered = {k for span in replaced for k in range(span.start, span.end)}
        kept = [s for s in chosen if not covered & set(range(s.start, s.end))]
    return kept + replaced


DISTRICT_SIDES = {"southern", "northern", "eastern", "western", "central", "middle"}


def district_offices(doc: Doc, chosen: list[Span]) -> list[Span]:
    """"United States Attorney's Office, Southern District of New York", 'the U.S. Attorney's Office for the
    Eastern District of Virginia': an agency named with the judicial district it serves is that agency, by
    its whole name (the KB's, when it knows the office)."""
    out = []
    for span in chosen:
        i = span.end
        if span.label_ != "agency" or i + 3 >= len(doc):
            out.append(span)
            continue
        if doc[i].text == ",":
            i += 1
        elif doc[i].lower_ == "for" and doc[i + 1].lower_ == "the":
            i += 2
        if i < len(doc) and doc[i].norm_ in DISTRICT_SIDES and doc[i].is_title:
            i += 1
        if i + 2 < len(doc) and doc[i].text == "District" and doc[i + 1].lower_ == "of" and doc[i + 2].is_title:
            end = i + 2
            while end < len(doc) and end - i < 5 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            longer = Span(doc, span.start, end, label="agency")
            longer._.kb_id = span._.kb_id
            span = longer
        out.append(span)
    return out


LIST_OPENERS = frozenset({":", ";"})


def inverted_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Offender: KOVACS, Darren Michael', 'GUZMAN LOERA, Joaquin Archivaldo (a.k.a. ...)': a surname in
    capitals, a comma and given names, opening a line or following a label's colon, is one person, named
    given names first ('Darren Michael Kovacs'), as court papers, parole decisions and sanctions lists
    write them."""
    found: list[Span] = []
    given = words_of("given_names") | words_of("world_given_names")
    for comma in _indices(doc, ORTH, ","):
        start = comma
        while start > 0 and comma - start < 3 and _capital_word(doc[start - 1]):
            start -= 1
        opens = _opens_line_or_label(doc, start)
        if start == comma or opens is None or comma + 1 >= len(doc):
            continue
        if not opens and fold(doc[comma + 1].text) not in given:
            continue  # a bare line 'MONTERREY, Nuevo León' is a dateline; a known given name makes it a name
        end = comma + 1
        while end < len(doc) and end - comma <= 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == comma + 1 or not _name_ends(doc, end):
            continue
        span = Span(doc, start, end, label="person")
        surname = " ".join(t.text.capitalize() for t in doc[start:comma])
        span._.full_name = f"{doc[comma + 1:end].text} {surname}"
        found.append(span)
    if not found:
        return chosen
    covered = {k for span in found for k in range(span.start, span.end)}
    return [s for s in chosen if not covered & set(range(s.start, s.end))] + found


def _name_ends(doc: Doc, end: int) -> bool:
    """An inverted name ends its line, a list item (';', ',') or comes before its aliases ('(a.k.a. ...')."""
    if end >= len(doc) or "\n" in doc[end].text or doc[end].text == ";":
        return True
    return doc[end].text == "(" and end + 1 < len(doc) and doc[end + 1].lower_ in ALIAS_CUES


def _opens_line_or_label(doc: Doc, start: int) -> bool | None:
    """True when the word follows a colon or semicolon ('Offender: X', 'individuals: X; Y'), False when it
    opens a line, None otherwise."""
    if start > 0 and doc[start - 1].text in LIST_OPENERS:
        return True
    if start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text:
        return False
    return None


def _capital_word(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token.text) >= 2


def _run_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.pos_ == "PROPN"


def places_by_context(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'jailed in Nísia Floresta', 'a bank branch in Parnamirim': a name the KB does not know that the
    model took for a person or an organisation, right after a place preposition, is a place."""
    out = []
    for span in chosen:
        root = span.root
        prep = root.head
        if span.label_ in ("person", "organization") and not ext(span, "kb_id") and not ext(span, "nickname") \
                and not ext(span, "full_name") and root.dep_ == "pobj" and prep.lower_ in PLACE_PREPS - {"at", "by"} \
                and root.i == span.end - 1 \
                and not (span.end < len(doc) and (doc[span.end].tag_ == "POS" or doc[span.end].lower_ in GROUP_NOUNS)) \
                and not (span.label_ == "organization" and span.start > 0 and doc[span.start - 1].lower_ == "the") \
                and not is_organisation_name(span) and not _has_agency_word(span):  # not 'in the Federal Register'
            out.append(Span(doc, span.start, span.end, label="place"))
        else:
            out.append(span)
    return out


SETTLEMENT_NOUNS = {"neighbourhood", "neighborhood", "district", "town", "village", "city", "municipality", "barrio",
                    "colonia", "suburb", "port", "province", "community", "township", "hamlet", "slum", "favela"}


def settlement_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'in the neighbourhood of La Playita', 'the Los Guayabos district': a name the KB does not know
    that the model took for a person, an organisation or a gang, named as a settlement, is a place."""
    out = []
    for span in chosen:
        root, after = span.root, doc[span.end] if span.end < len(doc) else None
        named_of = root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in SETTLEMENT_NOUNS \
            and any(c.lower_ == "the" for c in root.head.head.children)
        named_before = after is not None and after.lower_ in SETTLEMENT_NOUNS and span.start > 0 \
            and doc[span.start - 1].lower_ == "the"
        if span.label_ in ("person", "organization", "criminal_group") and not ext(span, "kb_id") \
                and not ext(span, "nickname") and (named_of or named_before):
            out.append(Span(doc, span.start, span.end, label="place"))
        else:
            out.append(span)
    return out


def untagged_places(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'grew inside Tacumbú', 'a cell in Ixtlahuacán': capitalised words no one tagged, object of a place
    preposition, name a place."""
    taken = {i for span in chosen for i in range(span.start, span.end)}
    found: list[Span] = []
    for i in _indices(doc, DEP, "pobj"):
        token = doc[i]
        if token.i in taken or token.pos_ != "PROPN" or not token.is_title or token.ent_type_ \
                or token.head.lower_ not in PLACE_PREPS - {"at"}:
            continue
        words = [t for t in token.subtree if t.i <= token.i and (t.dep_ == "compound" or t.i == token.i)]
        start = min(t.i for t in words)
        span = Span(doc, start, token.i + 1, label="place")
        if token.i - start + 1 == len(words) and all(t.is_title and t.is_alpha and not t.ent_type_ for t in words) \
                and not taken & set(range(start, token.i + 1)) and not doc[start].is_sent_start \
                and not is_organisation_name(span) and not _has_agency_word(span) \
                and not {t.norm_ for t in span} & (words_of("group_heads") | words_of("group_name_words")):
            found.append(span)
            taken |= set(range(start, token.i + 1))
    return found


def _has_agency_word(span: Span) -> bool:
    words = words_of("agency_words")
    return any(t.norm_ in words for t in span)


NAME_PARTICLES = {"of", "de", "del", "do", "da", "dos", "das"}
JOINERS = NAME_PARTICLES | {"y", "e"}  # 'Estado Mayor de Bloques y Frente (EMBF)'


def named_before_acronym(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Gaitanista Army of Colombia (EGC)': the capitalised words right before an acronym in
    parentheses are one name, even when the model saw only the place at its end; the places inside
    it yield (a person's name or a name the KB knows as something else does not)."""
    by_token = {i: span for span in chosen for i in range(span.start, span.end)}
    out = list(chosen)
    for i in _indices(doc, ORTH, "("):
        if i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")" or not is_acronym(doc[i + 1].text) \
                or len(doc[i + 1].text) < 2 or i + 1 in by_token and ext(by_token[i + 1], "kb_id"):
            continue  # an acronym the KB knows names its own entity ('(FGR)')
        j = i - 1
        # "the Attorney General's Office of the State of Durango (FGED)": 'of the' and a possessive inside
        while j > 0 and (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in JOINERS and doc[j].is_lower
                         or doc[j].lower_ == "the" and doc[j - 1].lower_ == "of"
                         or doc[j].tag_ == "POS" and doc[j - 1].is_title and j + 1 < i and doc[j + 1].is_title):
            if doc[j].is_sent_start:
                break
            j -= 1
        start = j if doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start else j + 1
        while start < i and (doc[start].is_lower or doc[start].tag_ == "POS"):
            start += 1
        titles = [t for t in doc[start:i] if t.is_title]
        inside = {id(s): s for k in range(start, i) if (s := by_token.get(k)) is not None}
        joined = any(t.lower_ in JOINERS for t in doc[start:i])
        cut = all(s.end == i and s.start > start and not s._.kb_id and s.label_ in ("organization", "criminal_group")
                  for s in inside.values())  # the model's 'Guerrillera Andina' of 'Coordinadora Guerrillera Andina'
        if len(titles) < 2 or not joined and inside and not cut:
            continue  # 'National Liberation Army (ELN)' needs no help; 'X of Y (ACR)' or an untagged name does
        # a one-word person inside a joined name is the model's guess ('Bloques y Frente')
        if any(s.start < start or s.end > i or (s.start, s.end) == (start, i)
               or s.label_ == "person" and (len(s) > 1 or s._.kb_id or not joined)
               or s._.kb_id and s.label_ not in ("place", "country") for s in inside.values()):
            continue
        norms = {t.norm_ for t in doc[start:i]}
        label = "criminal_group" if norms & words_of("group_heads") else \
            "agency" if norms & words_of("agency_words") else "organization"
        out = [s for s in out if id(s) not in inside] + [Span(doc, start, i, label=label)]
    return out


def listed_places(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the municipalities of Chínipas, Guazapares and Uruachi': a place the model ran over a comma into the
    next name of a list is one place a name ('Culiacán, Sinaloa' is two places too: the town and its state)."""
    out: list[Span] = []
    for span in chosen:
        commas = [t.i for t in span if t.text == ","]
        if span.label_ != "place" or not commas or ext(span, "kb_id"):
            out.append(span)
            continue
        bounds = [span.start, *(i + 1 for i in commas)]
        parts = list(zip(bounds, [*commas, span.end], strict=True))
        if all(e > s and all(t.is_title and t.is_alpha or t.lower_ in NAME_PARTICLES for t in doc[s:e])
               for s, e in parts):
            out += [Span(doc, s, e, label="place") for s, e in parts]
        else:
            out.append(span)
    return out


def conjoined_places(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'in Apatzingán and Buenavista', 'the mountains of Choix and El Fuerte': a name coordinated with
    a place after a place preposition is a place too, when the model missed it or took it for a person
    or an organisation (a name the KB knows keeps its kind)."""
    taken = {i for span in chosen for i in range(span.start, span.end)}
    given = words_of("given_names") | words_of("world_given_names")
    guessed = {span.start: span for span in chosen if span.label_ in ("person", "organization")
               and not ext(span, "kb_id") and not ext(span, "nickname") and not ext(span, "full_name")}
    owners = words_of("place_owner_nouns")
    found: list[Span] = []
    retyped: set[int] = set()
    for span in chosen:
        if span.label_ not in ("place", "country") or span.start == 0:
            continue
        first = span.root  # 'of Tejupilco, Luvianos, Tlatlaya and Amatepec': the list's first name holds the rest
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        prep = first.head
        if first.dep_ != "pobj" or not (prep.lower_ in PLACE_PREPS | {"around", "throughout", "between"}
                                        or prep.lower_ == "of" and prep.head.lemma_.lower() in owners):
            continue
        for word in _conjuncts(first):
            if word.pos_ != "PROPN" or not word.is_title or span.start <= word.i < span.end:
                continue
            words = [t for t in word.subtree if t.i <= word.i and (t.dep_ == "compound" or t.i == word.i)]
            start = min(t.i for t in words)
            other = guessed.get(start)
            if other is not None and word.head.i != first.i and other.label_ == "person" and len(other) >= 2 \
                    and other[0].norm_ in given:
                continue  # 'in Culiacán, Sinaloa, Juan Soto Vera, alias ...': a man named after the places
            if other is not None and other.end == word.i + 1:
                retyped.add(id(other))
                found.append(Span(doc, start, word.i + 1, label="place"))
                continue
            if word.i in taken:
                continue
            if words[-1].i - start + 1 == len(words) and not taken & set(range(start, word.i + 1)) \
                    and all(t.is_title for t in words):
                found.append(Span(doc, start, word.i + 1, label="place"))
                taken |= set(range(start, word.i + 1))
    for start, end in _named_as_examples(doc) + _named_before_kind(doc):
        other = guessed.get(start)
        if other is not None and other.end == end and id(other) not in retyped:
            retyped.add(id(other))
            found.append(Span(doc, start, end, label="place"))
        elif not taken & set(range(start, end)):
            found.append(Span(doc, start, end, label="place"))
            taken |= set(range(start, end))
    return [s for s in chosen if id(s) not in retyped] + found


EXAMPLE_CUES = {"like", "including", "as"}  # 'towns like X', 'cities including X', 'towns such as X'


def _named_as_examples(doc: Doc) -> list[tuple[int, int]]:
    """'towns like Cartago, Zarzal, Roldanillo', 'towns along the river such as Camargo', 'cities including
    Tijuana and Mexicali': the names listed as examples of a plural noun for settlements are places."""
    out: list[tuple[int, int]] = []
    tokens, tags, lemmas = tokens_of(doc), texts(doc, TAG), texts(doc, LEMMA, str.lower)
    places = SETTLEMENT_NOUNS | EXAMPLE_PLACE_NOUNS
    for k, tag in enumerate(tags):  # read as arrays: no Token made at every word
        if tag != "NNS" or lemmas[k] not in places:
            continue
        noun = tokens[k]
        cue = next((t for t in doc[noun.i + 1:noun.i + 6] if t.lower_ in EXAMPLE_CUES or t.is_punct), None)
        if cue is None or cue.is_punct or cue.lower_ == "as" and doc[cue.i - 1].lower_ != "such":
            continue
        i = cue.i + 1
        while i < len(doc) and doc[i].is_title and doc[i].is_alpha:
            end = i
            while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or doc[end].lower_ in NAME_PARTICLES
                                      and end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            out.append((i, end))
            i = end + 1 if end < len(doc) and doc[end].text == "," else end
            if i < len(doc) and doc[i].lower_ in ("and", "or"):
                i += 1
    return out


EXAMPLE_PLACE_NOUNS = {"city", "state", "place", "area", "region", "locality", "settlement"}
KIND_PLACE_NOUNS = SETTLEMENT_NOUNS | {"county", "state", "region", "valley", "department", "parish", "borough"}


def _named_before_kind(doc: Doc) -> list[tuple[int, int]]:
    """'Zapata and Starr counties', 'the Hidalgo, Cameron and Willacy counties', 'the Tierra Caliente and Costa
    Chica regions': the names coordinated before a plural noun for places are places (the noun's plural is its
    own proof that more than one place is named)."""
    out: list[tuple[int, int]] = []
    tokens, tags, lemmas = tokens_of(doc), texts(doc, TAG), texts(doc, LEMMA, str.lower)
    for i, tag in enumerate(tags):  # read as arrays: no Token made at every word
        if tag != "NNS" or lemmas[i] not in KIND_PLACE_NOUNS or i < 3:
            continue
        noun = tokens[i]
        names: list[tuple[int, int]] = []
        end = noun.i
        while end > 0 and doc[end - 1].is_title and doc[end - 1].is_alpha:
            start = end - 1
            while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and end - start < 3:
                start -= 1
            names.append((start, end))
            joint = doc[start - 1] if start > 0 else None
            if joint is None or joint.lower_ not in ("and", "or", ","):
                break
            end = start - 1
            if end > 0 and doc[end - 1].text == ",":  # 'A, B, and C'
                end -= 1
        if len(names) >= 2 and any(doc[s - 1].lower_ in ("and", "or") for s, _ in names[:-1]):
            out += names
    return out


def _conjuncts(first: Token) -> list[Token]:
    """The words of a list from its first: 'Tejupilco, Luvianos, Tlatlaya and Amatepec' (each may hang on
    the one before it)."""
    out, todo = [first], [first]
    while todo:
        more = [c for t in todo for c in t.children if c.dep_ == "conj"]
        out += more
        todo = more
    return out


SHORT_NAME_SKIPS = {"los", "las", "la", "el", "the", "cartel", "cártel", "clan", "grupo", "gang", "frente", "comando",
                    "barrio", "mara", "banda", "nueva", "nuevo", "new", "familia", "cárteles", "carteles"}


def short_group_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Blancos' after 'Los Blancos de Troya', 'the Sindicato' after 'Sindicato do Crime': the
    first distinctive word of a group's longer name, after 'the', is that group again (the entity
    resolver links it). A known group counts when its name opens with 'Cártel' ('the Noreste' after
    'the Cártel del Noreste', also inside quote marks, where the model tags no short name)."""
    keys = set()
    for span in chosen:
        spanish = span[0].norm_ in ("cártel", "cartel") and len(span) >= 3 and span[1].norm_ in ("de", "del")
        if span.label_ == "criminal_group" and (not span._.kb_id or spanish) and len(span) >= 2:
            word = span[2] if spanish else next((t for t in span if t.norm_ not in SHORT_NAME_SKIPS), None)
            if word is not None and word.norm_ in demonyms():
                continue  # "the Kavač clan's Serbian branch": 'the Serbian police' is no group
            if word is not None and word.is_title and len(word) >= 4 and (
                    word.i < span.end - 1 or word.i == span.start or span[0].norm_ in ("los", "las") or spanish):
                keys.add(word.norm_)
    if not keys:
        return []
    taken = {i for span in chosen for i in range(span.start, span.end)}
    found: list[Span] = []
    tokens = tokens_of(doc)
    for i, norm in enumerate(texts(doc, NORM)):  # the words read as an array: no Token made at every word
        if norm not in keys:
            continue
        token = tokens[i]
        if token.i not in taken and token.is_title and token.i > 0 \
                and doc[token.i - 1].lower_ == "the" and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
            found.append(Span(doc, token.i, token.i + 1, label="criminal_group"))
    return found


def _indices(doc: Doc, attr: int, value: str) -> list[int]:
    """Where the tokens of ``doc`` have ``value`` for ``attr``, read from the Doc's array (no Token made)."""
    if not len(doc):
        return []
    return [int(i) for i in numpy.nonzero(doc.to_array(attr) == doc.vocab.strings[value])[0]]


def described_people(doc: Doc, chosen: list[Span]) -> tuple[list[Span], list[Span]]:
    """'arrested Wilter Blanco, a leader of the X gang': capitalised words no one tagged, whose
    apposition is a person's role, name a person (and so do they with a place's name as the last word:
    'Waldemar Lorenzana Lima, a rancher'). Returns the people and the places they take in."""
    taken = {i for span in chosen for i in range(span.start, span.end)}
    places = {span.start: span for span in chosen if span.label_ == "place" and len(span) == 1}
    found: list[Span] = []
    surnames: list[Span] = []
    for i in _indices(doc, DEP, "appos"):
        token = _named_in_apposition(doc[i])
        if token is None:
            continue
        # 'Waldemar Lorenzana Lima, a rancher': a town's name as the last surname of a person's name
        surname = places.get(token.i)
        if token.i in taken and surname is None or token.pos_ != "PROPN" or not token.is_title \
                or token.is_sent_start:
            continue
        words = [t for t in token.subtree if t.i <= token.i and (t.dep_ == "compound" or t.i == token.i)]
        start = min(t.i for t in words)
        # a sentence may open with a full name of three words ('Edelmiro Cavazos Leal, the mayor of ...')
        if token.i - start + 1 == len(words) and len(words) >= 2 and all(t.is_title and t.is_alpha for t in words) \
                and not taken & set(range(start, token.i)) and (not doc[start].is_sent_start or len(words) >= 3) \
                and doc[start].norm_ not in NICKNAME_STARTS and (surname is None or start > 0 and doc[start - 1].lower_
                                                                 not in PLACE_PREPS | {"of", "from"}):
            found.append(Span(doc, start, token.i + 1, label="person"))
            taken |= set(range(start, token.i + 1))
            if surname is not None:
                surnames.append(surname)
    return found, surnames


def _named_in_apposition(token: Token) -> Token | None:
    """The last word of a name set beside a person's role: 'X, a rancher' (the role the apposition),
    'whose patriarch, X, was arrested' (the name the apposition, right after the role and a comma) or
    'his sister-in-law X' (right after an owned role, no comma)."""
    head = token.head
    if token.lemma_.lower() in PERSON_NOUNS and head.i < token.i:
        return head
    if head.lemma_.lower() in PERSON_NOUNS and head.i < token.i and head.tag_ == "NN" and head.i + 2 < len(token.doc) \
            and token.doc[head.i + 1].text == "," and token.left_edge.i == head.i + 2:
        return token
    if head.lemma_.lower() in PERSON_NOUNS and head.tag_ == "NN" and token.left_edge.i == head.i + 1 \
            and token.dep_ == "appos" and any(c.dep_ == "poss" for c in head.children):
        return token  # 'his sister-in-law Karina Esquivel Durán': the name right after a kin's or role's noun
    return None


def _age_after(doc: Doc, end: int) -> bool:
    """', 41,' right after a name: a person's age."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text in (",", ")") \
        and doc[end + 1].like_num and doc[end + 1].text.isdigit() and 14 <= int(doc[end + 1].text) <= 99


def _generation(span: Span) -> bool:
    """'Ana Ruiz Sr.' / 'Ana Ruiz Jr': a person's name."""
    words = [t.text for t in span if t.text != "."]
    return len(words) >= 3 and words[-1] in ("Sr", "Jr", "Sr.", "Jr.")


def aged_people(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Teodoro and Anselmo Quiroga, 41, ...' the model called organisations: a name followed by an
    age is a person's, and so is a one-word name joined to it by 'and'; so is a name ending 'Sr.'."""
    retyped: dict[int, Span] = {}
    by_token = {i: span for span in chosen for i in range(span.start, span.end)}
    for span in chosen:
        if span.label_ == "organization" and not span._.kb_id and _generation(span) \
                and all(t.is_title or t.text == "." for t in span):
            retyped[span.start] = Span(doc, span.start, span.end, label="person")  # 'Ana Ruiz Sr.'
            continue
        if span.label_ != "organization" or span._.kb_id or not _age_after(doc, span.end) \
                or not all(t.is_title and t.is_alpha for t in span):
            continue
        retyped[span.start] = Span(doc, span.start, span.end, label="person")
        first = by_token.get(span.start - 2) if span.start >= 2 and doc[span.start - 1].lower_ == "and" else None
        if first is not None and len(first) == 1 and first.label_ == "organization" and not first._.kb_id \
                and first[0].is_title:
            retyped[first.start] = Span(doc, first.start, first.end, label="person")
    return [retyped.get(s.start, s) if s.start in retyped and retyped[s.start].end == s.end else s for s in chosen]


def facilities(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Tocorón prison', 'the Altiplano, the maximum-security prison', 'sent to Puente Grande': a name
    the KB does not know that the model took for a person or an organisation names a place (a prison, an
    airport, a ranch) when a facility noun follows it or stands in apposition to it, or (for the model's
    organisation) when it is where someone is sent, held or escaped from; every other mention of the
    same name follows."""
    places = {_words_key(s) for s in chosen if (_guessed(s) or s.label_ == "place" and not ext(s, "kb_id"))
              and _is_facility(s)}
    if not places:
        return chosen
    out = []
    for span in chosen:
        if _guessed(span) and _words_key(span) in places:
            span = Span(doc, span.start, span.end, label="place")
        out.append(span)
    return out


def _guessed(span: Span) -> bool:
    return span.label_ in ("person", "organization") and not ext(span, "kb_id") and not ext(span, "nickname") \
        and not ext(span, "full_name") and not is_organisation_name(span) and not _has_agency_word(span) \
        and not {t.norm_ for t in span} & words_of("group_heads")


def _words_key(span: Span) -> str:
    return " ".join(t.norm_ for t in span if t.norm_ != "the")


def _is_facility(span: Span) -> bool:
    doc = span.doc
    nouns = words_of("facility_nouns")
    if span.end < len(doc) and doc[span.end].norm_ in nouns:
        return True  # 'the Tocorón prison'
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("a", "an", "the"):
        for token in doc[span.end + 2:min(span.end + 7, len(doc))]:  # 'X, the maximum-security prison'
            if token.norm_ in nouns:
                return True
            if token.is_punct and token.text != "-" or token.pos_ in ("VERB", "ADP"):
                break
    root = span.root
    if any(c.dep_ == "appos" and c.norm_ in nouns for c in root.children):
        return True  # 'the Altiplano, the maximum-security prison in ...'
    if root.dep_ == "appos" and root.head.norm_ in nouns:
        return True  # 'the federal prison, Puente Grande'
    if span.label_ != "organization" or root.dep_ != "pobj" or root.head.lower_ not in ("to", "in", "from", "at"):
        return False
    verb, prep = root.head.head, root.head.lower_
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in words_of("custody_verbs"):
        return False
    if lemma in words_of("moving_verbs"):
        return prep in ("to", "from") and _sends_someone(verb)  # 'X was sent to P' (not 'took over from G')
    return prep == "from" if lemma == "escape" else prep in ("in", "at")  # 'held in P', 'escaped from P'


def _stray_appositions(doc: Doc) -> None:
    """'belonged to a cell of X, the armed wing of Y' (a second object), 'G is the main rival of X (XX), the
    gang that ...' (a second attribute after the verb's own, or an apposition hung on the subject): a phrase
    set off after a name inside a prepositional phrase renames that name."""
    for i in sorted(_indices(doc, DEP, "dobj") + _indices(doc, DEP, "attr") + _indices(doc, DEP, "appos")):
        noun = doc[i]
        first = noun.left_edge
        if noun.pos_ != "NOUN" or first.lower_ not in ("the", "a", "an") or first.i < 2 or doc[first.i - 1].text != ",":
            continue
        name, verb = doc[first.i - 2], noun.head
        if name.text == ")" and name.head.i < name.i:
            name = name.head  # 'X (XX), the gang': the name its acronym follows
        if name.pos_ != "PROPN" or name.dep_ != "pobj" or verb.i > name.i or verb.is_ancestor(name) == (
                noun.dep_ == "appos") or noun.dep_ != "appos" and verb.pos_ not in ("VERB", "AUX"):
            continue  # 'arrested X, the leader of G' (X is the object itself): not a stray phrase
        if noun.dep_ == "attr" and not any(c.dep_ == "attr" and c.i < name.i for c in verb.children):
            continue
        noun.head = name
        noun.dep_ = "appos"


def _fronted_phrases(doc: Doc) -> None:
    """'Under X, G expanded into P': the parser often takes the name after a sentence's opening preposition
    for the verb's subject and the real subject for its apposition; the name is the preposition's object.
    And 'In P, G fight H', with G parsed as a conjunct of P: G is the subject."""
    for sent in doc.sents:
        prep = sent[0]
        if prep.pos_ != "ADP" or prep.dep_ != "prep":
            continue
        if any(c.dep_ == "pobj" for c in prep.children):
            _subject_as_conjunct(doc, prep)
            continue
        name = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i), None)
        subject = next((c for c in name.children if c.dep_ == "appos"), None) if name is not None else None
        if name is None or subject is None or name.pos_ != "PROPN" or subject.pos_ not in ("PROPN", "NOUN") \
                or name.left_edge.i != prep.i + 1 or doc[subject.left_edge.i - 1].text != "," \
                or subject.right_edge.i + 1 >= len(doc) or doc[subject.right_edge.i + 1].i != prep.head.i \
                and doc[subject.right_edge.i + 1].dep_ not in ("aux", "auxpass", "neg", "advmod"):
            continue
        verb = prep.head
        name.head, name.dep_ = prep, "pobj"
        subject.head, subject.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _counted_subjects(doc: Doc) -> None:
    """'According to investigators, the three belong to G': the parser may hang 'the three' on the verb as a
    number modifier (and 'the' as its determiner); the number is the verb's subject."""
    for i in _indices(doc, DEP, "nummod"):
        number, verb = doc[i], doc[i].head
        if number.pos_ != "NUM" or verb.pos_ not in ("VERB", "AUX") or verb.i < number.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        number.head, number.dep_ = verb, "nsubj"
        for det in [c for c in verb.children if c.dep_ == "det" and c.i == number.i - 1]:
            det.head = number


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(load_patterns("reporting")["verbs"])


def _objects_read_as_subjects(doc: Doc) -> None:
    """'The indictment, returned by a grand jury in P, charges X ... with conspiracy': a verb given a subject
    before it and a second 'subject' after it, with no object, takes the second as its object (not a verb of
    saying, whose second subject is its clause's: 'Washington says X, a gang ..., works with Y')."""
    for i in _indices(doc, DEP, "nsubj"):
        late, verb = doc[i], doc[i].head
        if verb.i >= late.i or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP", "VBD") \
                or verb.lemma_.lower() in _reporting_verbs() or any(c.dep_ in ("dobj", "auxpass", "ccomp")
                                                                     for c in verb.children) \
                or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        late.dep_ = "dobj"


def _clauses_after_a_source(doc: Doc) -> None:
    """'X broke away from Y in 2006, the indictment says, and has since fought Z': the parser makes the verb
    after the set-off source a conjunct of the reporting verb; with no subject of its own it continues the
    clause reported before the source (whose subject it shares and whose source tells it too)."""
    for i in _indices(doc, DEP, "conj"):
        verb, source = doc[i], doc[i].head
        if verb.pos_ not in ("VERB", "AUX") or source.i > verb.i or source.lemma_.lower() not in _reporting_verbs() \
                or source.i + 1 >= len(doc) or doc[source.i + 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        told = next((c for c in source.children if c.dep_ == "ccomp" and c.i < source.i
                     and c.pos_ in ("VERB", "AUX")), None)
        if told is None:
            continue
        for word in [c for c in source.children if c.dep_ == "cc" and source.i < c.i < verb.i]:
            word.head = told
        verb.head = told


def _agents_of_inner_passives(doc: Doc) -> None:
    """'G is widely believed to be led, from a federal prison, by X': with a phrase set off between them, the
    parser hangs 'by X' on 'believed'; an agent after a passive complement ('to be led') is that verb's (not 'G
    is believed by police to be led by X', whose first agent comes before it)."""
    for i in _indices(doc, DEP, "agent"):
        agent, verb = doc[i], doc[i].head
        inner = next((c for c in verb.children if c.dep_ == "xcomp" and verb.i < c.i < agent.i
                      and any(a.dep_ == "auxpass" for a in c.children)), None)
        if inner is not None and not any(c.dep_ == "agent" for c in inner.children):
            agent.head = inner


def _agents_after_a_source(doc: Doc) -> None:
    """'G, led according to federal reports by X, ...': the parser hangs 'by X' on the source inside 'according
    to'; after a participle set off after a noun, with no agent of its own, it is the participle's agent (not
    in a main clause, 'G was founded according to reports by X', where the source may run on to the name)."""
    for i in _indices(doc, ORTH, "by"):
        by, source = doc[i], doc[i].head
        to = source.head
        according = to.head
        verb = according.head
        if by.dep_ != "prep" or source.dep_ != "pobj" or to.lower_ != "to" or according.lower_ != "according" \
                or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "acl" \
                or not verb.i < according.i < by.i or any(c.dep_ == "agent" for c in verb.children):
            continue
        by.head, by.dep_ = verb, "agent"


REPEATED_NOUN = re.compile(r"\b([a-z]+) (?:by|to) \1\b")


def _repeated_noun_adverbs(doc: Doc) -> None:
    """'fought their former employers block by block', 'fought G street by street', 'house to house': the
    parser reads the first noun of the idiom as a verb with the object for its subject, as the object, or
    with the object's name as its compound. The noun is an adverb of the verb it hangs on, and the words it
    took are that verb's object."""
    for match in REPEATED_NOUN.finditer(text_of(doc)):
        first = doc.char_span(match.start(1), match.end(1))
        if first is None or first.root.head.i == first.root.i:
            continue
        noun = first.root
        for child in [c for c in noun.children if c.i < noun.i]:
            if child.dep_ in ("nsubj", "dobj") or child.dep_ == "compound" and child.pos_ == "PROPN":
                child.head = noun.head
                child.dep_ = "dobj"
        noun.dep_ = "npadvmod"


SUBORDINATORS = frozenset({"after", "before", "until", "till", "since", "when", "once"})


def _names_of_a_role_after_a_conjunction(doc: Doc) -> None:
    """'G, which was weakened after its founder, X, "Nick", was captured': the parser hangs the names set off
    after 'after its founder' on a word further back; they rename the role (and _clauses_read_as_phrases then
    reads the clause)."""
    for i in _indices(doc, DEP, "appos"):
        name = doc[i]
        first = name.left_edge.i
        role = doc[first - 2] if first >= 2 and doc[first - 1].text == "," else None
        if role is None or name.pos_ != "PROPN" or role.pos_ != "NOUN" or role.dep_ != "pobj" \
                or role.head.lower_ not in SUBORDINATORS or not any(c.dep_ == "poss" for c in role.children) \
                or name.head.i >= role.i or not name.head.is_ancestor(role):
            continue
        old = name.head
        for other in [c for c in old.children if c.dep_ == "appos" and c.i > name.i and c.pos_ == "PROPN"
                      and all(t.is_punct or t.pos_ == "PROPN" for t in doc[name.i + 1:c.left_edge.i])]:
            other.head = name  # 'X, "El Marro",': the nickname renames X
        name.head = role


def _names_apposed_far_to_pronouns(doc: Doc) -> None:
    """'He was caught at a checkpoint, in the car of a pastor, the Rev. X, who ...': the parser may hang X in
    apposition to the subject pronoun far back; a name set off after a noun renames that noun (a pronoun takes
    no apposition but one right after it: 'he, X, ...')."""
    for i in _indices(doc, DEP, "appos"):
        name = doc[i]
        first = name.left_edge.i
        while first < name.i and doc[first].is_punct:  # the comma may hang on the name
            first += 1
        noun = doc[first - 2] if first >= 2 and doc[first - 1].text == "," else None
        if noun is None or name.pos_ != "PROPN" or name.head.pos_ != "PRON" or noun.pos_ != "NOUN" \
                or name.head.i >= noun.i or noun.is_ancestor(name.head) or name.is_ancestor(noun):
            continue
        name.head = noun


PERSON_APPOSITIVES = frozenset({"man", "woman", "person", "individual", "trafficker", "former", "veteran"})


def _people_apposed_to_places(doc: Doc) -> None:
    """'G's alleged leader in El Bagre, a man known as alias "Chichí", was killed': the parser hangs 'a man ...'
    on the name that ends the phrase before its comma; a person set off after '<role> in <name>' (a leader or
    member noun of patterns/relations.yaml) renames the role, not the place."""
    for i in _indices(doc, DEP, "appos"):
        person, place = doc[i], doc[i].head
        prep = place.head
        role = prep.head
        if person.pos_ != "NOUN" or person.lemma_.lower() not in PERSON_APPOSITIVES or place.dep_ != "pobj" \
                or place.pos_ != "PROPN" or prep.lower_ not in ("in", "at") or role.pos_ != "NOUN" \
                or role.lemma_.lower() not in _role_nouns() \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in person.children):
            continue
        person.head = role


@cache
def _role_nouns() -> frozenset[str]:
    relations = load_patterns("relations")
    return frozenset(relations["leader_nouns"]) | frozenset(relations["member_nouns"])


def _clauses_read_as_phrases(doc: Doc) -> None:
    """'..., who fought Y for the port after X, the head of the organisation, was killed by marines': the parser
    may read 'after X' as a prepositional phrase and take a name further back for the passive's subject. The
    name after the conjunction, with its apposition, ending right before the passive's auxiliary, is that
    clause's subject, and the clause hangs on what the conjunction hung on."""
    for i in _indices(doc, DEP, "auxpass"):
        aux, verb = doc[i], doc[i].head
        prep = next((t for t in reversed(doc[verb.sent.start:aux.i]) if t.dep_ == "prep" and t.lower_ in SUBORDINATORS
                     and t.head.i < t.i), None)
        subject = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if subject is None or verb.i < aux.i or subject.pos_ != "PROPN" and not (subject.pos_ == "NOUN" and any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)):  # 'after its leader, X, was'
            continue
        gap = [t for t in doc[subject.right_edge.i + 1:aux.i] if not t.is_punct]
        if gap and gap[0].lower_ in ("alias", "aka", "known") and all(  # 'X, alias "El Gato", was captured'
                t.pos_ == "PROPN" or t.lower_ in ("alias", "aka", "known", "as") for t in gap):
            gap = []
        others = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if gap or any(o.i > prep.i for o in others) or not (verb.is_ancestor(prep) or prep.head.is_ancestor(verb)
                                                             or verb.dep_ == "dep" and not verb.is_ancestor(prep.head)):
            continue
        names = [next((t for t in reversed(doc[verb.sent.start:o.left_edge.i]) if not t.is_punct), None)
                 for o in others]  # '"El Gato," who fought ...': a nickname the parser made the subject
        if any(n is None or n.pos_ != "PROPN" for n in names) or verb.is_ancestor(prep.head) and not any(
                o.i == prep.head.i or o.is_ancestor(prep.head) for o in others):
            continue  # no name for the wrong subject to rename, or a cycle: leave the parse as it is
        for other, name in zip(others, names, strict=True):
            other.head, other.dep_ = name, "appos"
        above = prep.head
        subject.head, subject.dep_ = verb, "nsubjpass"
        prep.head, prep.dep_ = verb, "mark"
        verb.head, verb.dep_ = above, "advcl"


def _subject_as_conjunct(doc: Doc, prep: Token) -> None:
    """'In P, G fight H': the subject parsed as a conjunct or an apposition of the opening phrase's object,
    right before the verb (no 'and' between)."""
    verb, place = prep.head, next(c for c in prep.children if c.dep_ == "pobj")
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                               for c in verb.children):
        return
    subject = next((c for c in place.children if c.dep_ in ("conj", "appos") and c.i < verb.i), None)
    if subject is None or subject.pos_ != "PROPN" or doc[subject.left_edge.i - 1].text != "," \
            or any(c.dep_ == "cc" for c in place.children) or subject.right_edge.i + 1 >= len(doc):
        return
    after = doc[subject.right_edge.i + 1]
    if after.i != verb.i and not (after.head.i == verb.i and after.dep_ in ("aux", "auxpass", "neg", "advmod")):
        return
    subject.head, subject.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _sends_someone(verb: Token) -> bool:
    """'Salgado Nava was sent to X', 'they sent him to X': a person (a name or a pronoun) is moved."""
    return any(c.dep_ in ("nsubjpass", "dobj") and (c.pos_ == "PROPN" or c.lower_ in ("him", "her", "them"))
               for c in verb.children)


def reattach_appositions(doc: Doc) -> None:
    """'X and his cousin, Y': the parser often hangs Y in apposition to X; Y renames 'his cousin', the
    noun coordinated with X that ends right before Y's comma, and is attached to it here, so that every
    rule reads Y as the cousin (and as one of the two people the clause is about). And 'belonged to a cell
    of X, the armed wing of Y': a phrase set off after a name inside a prepositional phrase, which the
    parser made the verb's object, renames the name (``_stray_appositions``); and 'Under X, G ...': the name
    after an opening preposition is its object, not the subject (``_fronted_phrases``); and 'the three' hung on
    the verb as a number is its subject (``_counted_subjects``); and 'after X was killed by Y' read as a phrase is
    a clause (``_clauses_read_as_phrases``); and a second subject after a verb that has one is its object
    (``_objects_read_as_subjects``); and 'fought G block by block' keeps G its object
    (``_repeated_noun_adverbs``); and in 'X broke away, the indictment says, and has since fought Y' the second
    verb goes on X's clause (``_clauses_after_a_source``); and in 'G is believed to be led, from prison, by X' the
    agent is the inner passive's (``_agents_of_inner_passives``), and in 'G, led according to reports by X' the
    participle's (``_agents_after_a_source``)."""
    _stray_appositions(doc)
    _fronted_phrases(doc)
    _counted_subjects(doc)
    _names_of_a_role_after_a_conjunction(doc)
    _names_apposed_far_to_pronouns(doc)
    _people_apposed_to_places(doc)
    _clauses_read_as_phrases(doc)
    _objects_read_as_subjects(doc)
    _repeated_noun_adverbs(doc)
    _clauses_after_a_source(doc)
    _agents_of_inner_passives(doc)
    _agents_after_a_source(doc)
    for i in _indices(doc, DEP, "appos") + _indices(doc, DEP, "npadvmod"):
        name = doc[i]
        start = name.left_edge.i
        if name.pos_ != "PROPN" or start < 2 or doc[start - 1].text != "," or name.head.i >= start:
            continue
        noun = doc[start - 2]
        if noun.pos_ == "NOUN" and noun.dep_ == "conj" and noun.tag_ == "NN" and noun.head.i < noun.i \
                and any(c.dep_ == "poss" for c in noun.children) and noun.head.pos_ == "PROPN" \
                and name.head.i in (noun.head.i, noun.head.head.i) and noun not in list(name.subtree):
            name.head = noun
            name.dep_ = "appos"
