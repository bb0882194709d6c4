"""Group names of organised crime worldwide read from their shape, for groups the KB may not know.

- Japanese syndicates by their suffix: 'the Yamaguchi-gumi', 'the Kobe Yamaguchi-gumi', 'the Kodo-kai',
  'the Aizukotetsu-kai', 'the X-ikka' (the tokenizer splits the hyphen; the name is the words and suffix);
- two or more groups named by coordinated modifiers of one plural head: 'the Kavač and Škaljari clans',
  'the Kinahan and Hutch gangs' give a 'Kavač clan' and a 'Škaljari clan' (the KB's, when it knows one);
- a group's side or camp, or its people: 'the Kavač side', 'the Kobe group', 'a Kinahan associate' name
  the group whose name opens so;
- mafia families: 'the Bonavota family of Sant'Onofrio', 'the Gambino crime family', and 'the Mancusos'
  after 'the Mancuso clan' (a clan's name in the plural is the clan);
- a national part of a group: "G's Serbian branch", 'the Dutch wing of G' (a group of its own);
- a collective group named by a nationality: 'the Albanian networks', 'Dutch-Moroccan groups' (not 'two
  Ecuadorian gangs', 'Mexican groups, including X', 'the Serbian and Albanian gangs': classes of groups);
- a person's network: 'the network of (the trafficker) X', "X's network" (a group named after X);
- a group named by the surnames of people the text names: 'the Díaz Parada group' (Pedro Díaz Parada's),
  'the Guzmán-Palma organization' (Guzmán's and Palma's);
- an acronym of a group named in the text: 'KOCG' after 'the Kinahan Organised Crime Group';
- a person the KB knows, then 'Sr': 'Christy Kinahan Sr' is the KB's Christy Kinahan, 'Sr' included.

Each step takes the Doc and the chosen entity spans and returns them with the new spans (spans they
cover are replaced). ``span._.also_named`` carries a second name the resolver records as an alias.
Used by testigo/extract/components.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import numpy
from spacy.attrs import LOWER, NORM, ORTH
from spacy.tokens import Doc, Span, Token

from testigo.extract.extensions import ext
from testigo.extract.lexicon import fold, load_patterns
from testigo.extract.tokens import positions, tokens_of
from testigo.kb import KnowledgeBase

__all__ = ["acronym_groups", "coordinated_groups", "demonyms", "family_groups", "group_openings", "group_sides",
           "known_seniors", "national_groups", "national_parts", "person_networks", "suffixed_groups",
           "surname_groups", "surname_owners"]

if not Span.has_extension("also_named"):
    Span.set_extension("also_named", default=None)


@cache
def _words() -> dict:  # type: ignore[type-arg]
    return load_patterns("entities")


@cache
def demonyms() -> frozenset[str]:
    """Folded adjectives of nationality ('serbian', 'dutch')."""
    return frozenset(fold(w) for w in load_patterns("relations")["demonyms"]) | frozenset(
        fold(w) for w in _words()["more_demonyms"])


def _at(doc: Doc, words: Iterable[str], *, attr: int = LOWER, first: int = 0) -> list[Token]:
    """The tokens from ``first`` on whose ``attr`` is one of ``words``: for the text or lower-cased text
    from the document's index of its words (made once), else from the Doc's array (no Python loop over
    every token)."""
    if attr in (LOWER, ORTH):  # the document's index of its words, made once
        if len(doc) <= first:
            return []
        wanted = words if isinstance(words, (set, frozenset)) else set(words)
        index = positions(doc, attr)
        tokens = tokens_of(doc)
        return [tokens[i] for i in sorted(i for word, where in index.items() if word in wanted
                                          for i in where if i >= first)]
    hashes = [doc.vocab.strings[w] for w in words]
    if len(doc) <= first or not hashes:
        return []
    hits = numpy.nonzero(numpy.isin(doc.to_array(attr)[first:], numpy.array(hashes, dtype="uint64")))[0]
    return [doc[int(i) + first] for i in hits]


def _replace(chosen: list[Span], new: list[Span]) -> list[Span]:
    """The chosen spans with ``new`` added; spans overlapping a new one yield."""
    if not new:
        return chosen
    covered = {i for span in new for i in range(span.start, span.end)}
    return [s for s in chosen if not covered & set(range(s.start, s.end))] + new


def _name_word(token: Token) -> bool:
    """A capitalised name word, or an acronym ('the AA group', 'the PCC and CV gangs')."""
    return token.is_alpha and (token.is_title or token.is_upper and len(token) >= 2) \
        and token.pos_ in ("PROPN", "ADJ", "NOUN")


def _numbered_name(token: Token) -> bool:
    """'the 28s and 26s gangs': a number in the plural names a prison gang."""
    text = token.text
    return len(text) <= 4 and text.endswith("s") and text[:-1].isdigit()


def suffixed_groups(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Kobe Yamaguchi-gumi', 'Sumiyoshi-kai': capitalised words ending in a yakuza suffix."""
    suffixes = {fold(w) for w in _words()["group_suffixes"]}
    known = {i for s in chosen if ext(s, "kb_id") and s.label_ == "criminal_group" for i in range(s.start, s.end)}
    found: list[Span] = []
    for token in _at(doc, suffixes, first=2):
        if token.i in known or doc[token.i - 1].text != "-" or not _name_word(doc[token.i - 2]):
            continue
        start = token.i - 2
        while start > 0 and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start \
                and doc[start - 1].ent_type_ != "DATE" \
                and not any(e.kind == "country" for e in kb.lookup(doc[start - 1].text)):
            start -= 1  # 'Kobe Yamaguchi-gumi': a city's name opening a group's stays in it
        span = Span(doc, start, token.i + 1, label="criminal_group")
        _known_group(span, kb, span.text)
        found.append(span)
    return _replace(chosen, found)


def _known_group(span: Span, kb: KnowledgeBase, name: str, *, bare: str = "") -> None:
    """The KB's group by ``name``, else (for 'the Arellano Félix and Sinaloa organisations') by ``bare``
    with the usual head nouns of group names, or alone."""
    names = [name] + ([f"{bare} {head}" for head in ("cartel", "organization", "clan", "gang")] + [bare]
                      if bare else [])
    for one in names:
        known = [e for e in kb.lookup(one) if e.kind == "criminal_group"]
        if known:
            span._.kb_id = known[0].id
            return


def coordinated_groups(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Kavač and Škaljari clans': each capitalised modifier of a plural group noun, joined by 'and'
    (or commas), is a group named with the singular noun."""
    heads = {fold(k): v for k, v in _words()["plural_group_heads"].items()}
    found: list[Span] = []
    for token in _at(doc, heads, first=3):
        singular = heads.get(token.lower_)
        if singular is None or token.i < 3:
            continue
        names = _conjoined_names(doc, token.i)
        if len(names) < 2 or singular == "family" and not _about_crime(token, chosen, more=MOB_WORDS):
            continue  # 'the Smith and Jones families were told': families, not mafia families
        for start, end in names:
            span = Span(doc, start, end, label="criminal_group")
            name = f"{span.text} {singular}"
            _known_group(span, kb, name, bare=span.text)
            if not span._.kb_id:
                span._.also_named = name  # 'Hutch' is the Hutch gang
            found.append(span)
    return _replace(chosen, found)


def _conjoined_names(doc: Doc, head: int) -> list[tuple[int, int]]:
    """The runs of name words before a plural noun, separated by commas and one 'and'/'or'."""
    names: list[tuple[int, int]] = []
    i = head - 1
    joined = False
    while i >= 0:
        end = i + 1
        while i >= 0 and (_name_word(doc[i]) or doc[i].text in ("-", "'") and i > 0 and _name_word(doc[i - 1])
                          or _numbered_name(doc[i]) and i + 1 == end):
            i -= 1
        if i + 1 == end:
            break
        names.append((i + 1, end))
        if i >= 0 and doc[i].lower_ in ("and", "or", "&") and not joined:
            joined = True
            i -= 2 if i >= 1 and doc[i - 1].text == "," else 1  # 'A, B, and C'
            continue
        if i >= 1 and doc[i].text == "," and joined and doc[i - 1].ent_type_ not in ("GPE", "LOC") \
                and not any(doc[j].lower_ in ("the", "a") for j in range(i + 1, names[-1][0])):
            i -= 1  # 'the A, B and C clans': commas before the last 'and' ('In Naples, A and B clans': a place)
            continue
        break
    if not joined or any(all(t.norm_ in demonyms() for t in doc[s:e]) for s, e in names) \
            or all(all(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in doc[s:e]) for s, e in names):
        return []  # 'the Mexican and Colombian cartels': peoples' adjectives name no group ('Lucchese' may)
    return sorted(names)


def group_sides(doc: Doc, chosen: list[Span], opening: dict[str, frozenset[str]] | None = None) -> list[Span]:
    """'the Kavač side', 'the Kobe group': 'the' + the first word(s) of a group named in the text + a
    word for one side of a conflict names that group (a place or person the model saw there yields).
    With no such group in the text, 'the Sinaloa group' or 'the Gulf organisation' names the one group of
    the knowledge base whose name opens with those words (``opening``, from group_openings; a group noun
    only: not 'a Gulf gunman' nor 'the Sonora side' of a border)."""
    groups = [s for s in chosen if s.label_ == "criminal_group"]
    opening = opening or {}
    if not groups and not opening:
        return chosen
    sides = {fold(w) for w in _words()["side_nouns"]}
    people = {fold(w) for w in _words()["group_people_nouns"]}
    kinds = {fold(w) for w in _words()["criminal_nouns"] + _words()["group_class_nouns"]}  # not 'the Sonora side'
    found: list[Span] = []
    for token in _at(doc, sides | people, first=1):
        start = token.i - 1
        while start > 0 and _name_word(doc[start - 1]):
            start -= 1
        j = start - 1
        while token.lower_ in people and j > 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
            j -= 1  # 'a senior Kobe figure'
        determiner = doc[j].lower_ if j >= 0 else ""
        titled = token.lower_ in people and _titles_a_person(doc, chosen, token, j)
        if not (determiner == "the" and j == start - 1 or token.lower_ in people and (
                determiner in ("a", "an", "one", "another", "the") or doc[j].like_num) or titled) \
                or start == token.i or not _name_word(doc[start]):
            continue  # 'the Kavač side', 'a Kinahan associate', 'two Kinahan gunmen', 'Kavač boss X'
        words = [t.norm_ for t in doc[start:token.i]]
        known = opening.get(" ".join(fold(w) for w in words), frozenset())
        same = next((g for g in groups if g.start == start and g.end == token.i and not g._.kb_id), None)
        if same is not None and token.lower_ in sides & kinds and len(known) == 1:
            same._.kb_id = next(iter(known))  # 'the Beltrán Leyva faction', already a group: the KB's one of that name
            continue
        owner = _owner(groups, words, start)
        span = Span(doc, start, token.i, label="criminal_group")
        if owner is not None:
            span._.kb_id = owner._.kb_id
            span._.full_name = None if owner._.kb_id else owner._.full_name or owner.text
        elif token.lower_ in sides & kinds and not any(g.start <= start < g.end for g in groups) \
                and len(known) == 1:
            span = Span(doc, start, token.i + 1, label="criminal_group")  # the noun too: it heads the phrase
            span._.kb_id = next(iter(known))
        elif titled and len(known) == 1 and not any(g.start <= start < g.end for g in groups):
            span._.kb_id = next(iter(known))  # 'Gulf boss X': the one group of the KB named so
        else:
            continue
        found.append(span)
    return _replace(chosen, found)


def _titles_a_person(doc: Doc, chosen: list[Span], noun: Token, before: int) -> bool:
    """'Gulf boss X', 'Sinaloa hitman X': a group's short name and a noun of its people, with no determiner,
    as the title of the person named right after."""
    if before >= 0 and (doc[before].pos_ in ("DET", "NUM") or doc[before].like_num):
        return False
    return noun.i + 1 < len(doc) and any(s.start == noun.i + 1 and s.label_ == "person" for s in chosen)


def group_openings(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The knowledge base's criminal groups by the words of each of their names before a group noun
    ('sinaloa' -> the Sinaloa Cartel; 'jalisco' and 'jalisco new generation' -> CJNG)."""
    words_ = _words()
    nouns = {fold(w) for w in words_["criminal_nouns"] + words_["group_class_nouns"] + words_["side_nouns"]}
    found: dict[str, set[str]] = {}
    for entity in kb.entities.values():
        if entity.kind != "criminal_group":
            continue
        for name in KnowledgeBase.names(entity):
            words = [w for w in fold(name).replace("-", " ").split() if w not in ("the", "los", "las", "la", "el")]
            for end in range(1, len(words)):
                if words[end] in nouns:
                    found.setdefault(" ".join(words[:end]), set()).add(entity.id)
    return {key: frozenset(ids) for key, ids in found.items()}


def _owner(groups: list[Span], words: list[str], start: int) -> Span | None:
    """The one group (by name) whose words open with ``words``, named before ``start`` or at all."""
    owners: dict[str, Span] = {}
    for group in groups:
        if group.start <= start < group.end:
            return None
        names = [t.norm_ for t in group if t.norm_ not in ("the", "-", "los", "las", "la", "el")]  # 'the AA group'
        if names[:len(words)] == words:
            owners.setdefault(group._.kb_id or " ".join(names), group)
    return next(iter(owners.values())) if len(owners) == 1 else None


def national_parts(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> list[Span]:
    """"G's Serbian branch", 'the Dutch wing of G': a nationality and a part noun next to a group
    name a part of that group, a group of its own."""
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    parts = {fold(w) for w in _words()["national_part_nouns"]}
    found: list[Span] = []
    for token in _at(doc, parts, first=1):
        before = doc[token.i - 1]
        if not before.is_title or before.norm_ not in demonyms() \
                or token.i in by_token:
            continue
        group = _possessor_group(doc, before.i, by_token) or _of_group(doc, token.i + 1, by_token)
        if group is None:
            continue
        span = Span(doc, before.i, token.i + 1, label="criminal_group")
        owner = kb.entities[group._.kb_id].name if group._.kb_id in kb.entities else group.text
        span._.full_name = f"{_clean(owner)}'s {span.text}"
        span._.also_named = span.text
        found.append(span)
    return _replace(chosen, found)


def national_groups(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Albanian networks', 'Dutch-Moroccan groups', 'Albanian-speaking networks': a nationality (or two joined
    by a hyphen, or one and '-speaking') before a plural group noun names a collective group; a later such
    phrase of the same nationality ('the Albanian brokers') is the same group, its words an alias."""
    heads = {fold(w) for w in _words()["national_group_heads"]}
    taken = {i for s in chosen for i in range(s.start, s.end)}
    found: list[Span] = []
    made: dict[str, str] = {}  # the folded nationality -> the group's name
    for token in _at(doc, heads, first=1):
        start = _nationality_start(doc, token.i)
        if start is None or any(i in taken for i in range(start, token.i + 1)):
            continue
        span = Span(doc, start, token.i + 1, label="criminal_group")
        key = fold(doc[token.i - 1].text if doc[token.i - 1].norm_ in demonyms() else doc[start].text)
        if key in made:
            span._.full_name, span._.also_named = made[key], span.text
        else:
            made[key] = span.text
        found.append(span)
    return _replace(chosen, found)


def _nationality_start(doc: Doc, head: int) -> int | None:
    """Where the nationality before a group noun at ``head`` starts: 'Albanian', 'Dutch - Moroccan', 'Albanian -
    speaking'; None when the word before is no capitalised nationality, the nationality is one of several, or the
    phrase names a class of groups (counted, or listed after it)."""
    i = head - 1
    if doc[i].lower_ == "speaking" and i >= 2 and doc[i - 1].text == "-":
        i -= 2
    if not (doc[i].is_title and doc[i].norm_ in demonyms()):
        return None
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].is_title and doc[i - 2].norm_ in demonyms():
        i -= 2
    if i >= 1 and doc[i - 1].lower_ in ("and", "or", ",", "-"):
        return None  # 'the Serbian and Albanian gangs': gangs of two nations; 'non-Mexican groups': of none
    if i >= 1 and (doc[i - 1].like_num or doc[i - 1].lower_ in _words()["national_class_words"]) \
            or _listed_after(doc, head):
        return None  # 'two Ecuadorian gangs', 'Mexican groups, including the CJNG': a class of groups
    return i


def _listed_after(doc: Doc, head: int) -> bool:
    """Whether the groups are listed after the phrase: 'Mexican groups, including X', 'such as X', 'like X'."""
    words = [t.lower_ for t in doc[head + 1:head + 4]]
    return words[:1] in (["including"], ["like"]) or words[:2] in (["such", "as"], [",", "including"],
                                                                   [",", "like"]) or words[:3] == [",", "such", "as"]


def _clean(text: str) -> str:
    words = text.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


def _possessor_group(doc: Doc, i: int, by_token: dict[int, Span]) -> Span | None:
    if i < 2 or doc[i - 1].tag_ != "POS":
        return None
    group = by_token.get(i - 2)
    return group if group is not None and group.label_ == "criminal_group" else None


def _of_group(doc: Doc, i: int, by_token: dict[int, Span]) -> Span | None:
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    group = by_token.get(j)
    return group if group is not None and group.label_ == "criminal_group" and group.start == j else None


PERSONAL_GROUP_NOUNS = ("network", "organisation", "organization", "group")


def person_networks(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the network of the Dutch trafficker X', "X's organisation", 'the Matamoros-based organization of X': the
    network or organisation of a named person is a group named after them ('network of X', also 'Surname
    network'); a later "Surname's group" of the same person is the same group, its words an alias ("group"
    only so owned: 'the group of X' may be a band of people)."""
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    found: list[Span] = []
    made: dict[tuple[str, ...], str] = {}  # the folded words of an owner's name -> the group's name
    for token in _at(doc, PERSONAL_GROUP_NOUNS):
        if token.i in by_token:
            continue
        person = _networked_person(doc, token, by_token)
        if person is None:
            continue
        span = Span(doc, token.i, token.i + 1, label="criminal_group")
        name = person._.full_name or person.text
        words = tuple(fold(name).split())
        same = next((group for owner, group in made.items() if owner[len(owner) - len(words):] == words), None) \
            or _surnamed_group(chosen, person)
        if same is not None:  # "the organization of Juan X Y ... X Y's group": one group
            span._.full_name = same
            span._.also_named = doc[person.start:token.i + 1].text
        else:
            span._.full_name = made[words] = f"{token.lower_} of {name}"
            span._.also_named = f"{name.split()[-1]} {token.lower_}"
        found.append(span)
    return chosen + found


def _surnamed_group(chosen: list[Span], person: Span) -> str | None:
    """The name of the one group of the text named after this person alone by his surnames and a noun for a led
    group ('the Duka group' for "Marko Duka's network": surname_groups), which his network is."""
    people = [s for s in chosen if s.label_ == "person" and len(s) >= 2]
    names = [[t.norm_ for t in s] for s in people]
    mine = [t.norm_ for t in person]
    found = {ext(s, "full_name") or s.text for s in chosen if s.label_ == "criminal_group" and not ext(s, "kb_id")
             and len(s) >= 2 and fold(s[-1].text) in _led_nouns()
             and [names[n] for n in surname_owners([t.norm_ for t in s[:-1] if t.lower_ != "the"], names)] == [mine]}
    return next(iter(found)) if len(found) == 1 else None


def _networked_person(doc: Doc, token: Token, by_token: dict[int, Span]) -> Span | None:
    if token.i >= 3 and doc[token.i - 1].tag_ == "POS":  # "X's network"
        owner = by_token.get(token.i - 2)
        return owner if owner is not None and owner.label_ == "person" and len(owner) >= 2 else None
    if token.lower_ == "group" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of" \
            or token.i == 0 or doc[token.left_edge.i].lower_ != "the" \
            or any(doc[j].tag_ == "POS" or doc[j].pos_ == "ADP" for j in range(token.left_edge.i + 1, token.i)):
        return None  # 'the network of X', 'the Matamoros-based organization of X' (not 'the group of X')
    for j in range(token.i + 2, min(token.i + 8, len(doc))):  # 'of the Dutch-Moroccan trafficker X'
        owner = by_token.get(j)
        if owner is not None:
            return owner if owner.label_ == "person" and owner.start == j and len(owner) >= 2 else None
        if doc[j].is_punct and doc[j].text != "-" or doc[j].pos_ in ("VERB", "AUX", "ADP"):
            return None
    return None


# A person's part of a group: 'the Lara faction' is the faction Lara leads, which the relation rules read as
# such (a group named after his nickname, 'Los Gatos', or 'faction led by X'), not a group of its own.
PERSONAL_PARTS = frozenset({"faction", "wing", "camp", "side"})


@cache
def _led_nouns() -> frozenset[str]:
    words = load_patterns("relations")
    return frozenset(fold(w) for w in words["led_group_nouns"] + words["led_group_class_nouns"])


def surname_groups(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Díaz Parada group', 'the Guzmán-Palma organization', 'the Acosta network': 'the', the surnames of
    people the text names in full (one person's, or several joined by hyphens) and a noun for a led group
    (patterns/relations.yaml led_group_nouns, led_group_class_nouns) name a group of its own, whatever kind the
    words had ('Díaz Parada' alone stays the man). Not a group the KB knows ('the Arellano Félix group'); in a
    person's faction ('the Lara faction' after 'Pedro Lara Ruiz', PERSONAL_PARTS) the surnames are the man, whatever
    the tagger made of them, and the rules read the faction he leads."""
    people = [[t.norm_ for t in s] for s in chosen if s.label_ == "person" and len(s) >= 2]
    if not people:
        return chosen
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    found: list[Span] = []
    for token in _at(doc, _led_nouns() | PERSONAL_PARTS, first=2):
        start = token.i
        while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].text == "-" and start - 1 > 0
                             and _name_word(doc[start - 2])):
            start -= 1
        if start == token.i or start == 0 or doc[start - 1].lower_ != "the" or token.i in by_token \
                or token.tag_ not in ("NN", "NNP") or any(
                    (o := by_token.get(i)) is not None and (ext(o, "kb_id") or o.start < start or o.end > token.i)
                    for i in range(start, token.i)):
            continue
        if not surname_owners([t.norm_ for t in doc[start:token.i]], people):
            continue
        if token.lower_ in PERSONAL_PARTS:  # 'the Bidognetti faction': the man, whose faction the rules read
            found.append(Span(doc, start, token.i, label="person"))
            continue
        span = Span(doc, start, token.i + 1, label="criminal_group")
        span._.full_name = span.text
        found.append(span)
    return _replace(chosen, found)


def surname_owners(words: list[str], people: list[list[str]]) -> list[int]:
    """Which of ``people`` (each a name's folded words) the surnames in ``words`` are of, one person for each
    run of words between hyphens ('Guzmán - Palma': two, 'Díaz Parada': one); none unless every run is the
    surnames (the words after the first name) of exactly one of them."""
    runs: list[list[str]] = [[]]
    for word in words:
        if word == "-":
            runs.append([])
        else:
            runs[-1].append(word)
    owners: list[int] = []
    for run in runs:
        mine = [n for n, name in enumerate(people) if run and any(
            name[i:i + len(run)] == run for i in range(1, len(name) - len(run) + 1))]
        if len({" ".join(people[n]) for n in mine}) != 1:
            return []
        owners.append(mine[0])
    return owners


def acronym_groups(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'KOCG' after 'the Kinahan Organised Crime Group': an all-capital word no one else claims that
    spells the initials of a group's name in the text names that group."""
    initials: dict[str, Span] = {}
    for span in chosen:
        if span.label_ == "criminal_group":
            words = [t for t in span if t.is_title and t.is_alpha]
            if len(words) >= 3:
                initials.setdefault("".join(t.text[0] for t in words), span)
    if not initials:
        return chosen
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    found: list[Span] = []
    for token in _at(doc, initials, attr=ORTH):
        group = initials.get(token.text)
        other = by_token.get(token.i)
        if group is None or not token.is_upper or other is not None and (other._.kb_id or len(other) > 1):
            continue
        span = Span(doc, token.i, token.i + 1, label="criminal_group")
        span._.kb_id = group._.kb_id
        span._.full_name = None if group._.kb_id else group._.full_name or _clean(group.text)
        found.append(span)
    return _replace(chosen, found)


def family_groups(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Bonavota family of Sant'Onofrio', 'the Gambino crime family' (a family named as a group), and
    'the Mancusos' when the text names a Mancuso clan (the clan's name in the plural)."""
    found: list[Span] = []
    for token in _at(doc, ["family"], first=2):
        before = doc[token.i - 1]
        crime = before.lower_ in ("crime", "mafia")
        name_end = token.i - 1 if crime else token.i
        start = name_end
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == name_end or doc[start - 1].lower_ != "the" \
                or not (crime or (_of_place(doc, token.i + 1) or _trafficking(token, chosen))
                        and _about_crime(token, chosen)):
            continue
        span = Span(doc, start, token.i + 1, label="criminal_group")
        _known_group(span, kb, span.text)
        found.append(span)
    chosen = _plural_clans(doc, _replace(chosen, found))
    return _replace(chosen, _known_families(doc, chosen, kb))


FAMILY_FORMS = ("Los {}", "{} Cartel", "{} clan", "{} family", "{} Organization")


def _known_families(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Valencias': a family's name in the plural after 'the' names the group the KB knows by that family
    ('Los Valencia', the Milenio Cartel), unless the text gives the words to someone else (a KB's name)."""
    taken = {i for s in chosen if ext(s, "kb_id") or s.label_ == "criminal_group" for i in range(s.start, s.end)}
    found: list[Span] = []
    tokens = tokens_of(doc)
    for the in _at(doc, ["the"]):  # the words after each 'the' (from the document's index, no walk over every token)
        token = tokens[the.i + 1] if the.i + 1 < len(tokens) else None
        if token is None or token.i in taken or not token.is_title or not token.is_alpha \
                or not token.lower_.endswith("s") or len(token) < 5 or token.pos_ not in ("PROPN", "NOUN"):
            continue
        family = token.text[:-1]
        known = [e for form in FAMILY_FORMS for e in kb.lookup(form.format(family)) if e.kind == "criminal_group"]
        if len({e.id for e in known}) == 1:
            span = Span(doc, token.i, token.i + 1, label="criminal_group")
            span._.kb_id = known[0].id
            found.append(span)
    return found


MOB_WORDS = frozenset({"mob", "mobster", "mobsters", "racket", "rackets", "boss", "bosses", "crime", "godfather",
                       "capo", "omertà", "omerta", "extortion"})


def _about_crime(token: Token, chosen: list[Span], *, more: frozenset[str] = frozenset()) -> bool:
    """A sentence that names a criminal group or uses a word for one ('among the clans, the X family of P')."""
    sent = token.sent
    words = {fold(w) for w in _words()["criminal_nouns"]} | {"clan", "clans", "mafia", "mafias", "cosca", "cosche"}
    words |= more
    return any(t.lower_ in words for t in sent) or any(
        s.label_ == "criminal_group" and sent.start <= s.start < sent.end for s in chosen)


def _trafficking(token: Token, chosen: list[Span]) -> bool:
    """'the Lorenzana family received cocaine loads for G': the family's own clause moves drugs (a drug
    named in it, or a word for trafficking), so the family is a trafficking clan, not kin."""
    words = load_patterns("relations")
    verbs = frozenset(words["traffic_verbs"]) | frozenset(words["service_traffic_verbs"])
    nouns = frozenset(words["traffic_nouns"])
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    phrase = list(clause.subtree)
    if not phrase or len(phrase) > 60:
        return False
    start, end = phrase[0].i, phrase[-1].i + 1
    return any(t.lemma_.lower() in verbs and t.pos_ == "VERB" or t.lemma_.lower() in nouns for t in phrase) \
        or any(s.label_ == "drug" and start <= s.start < end for s in chosen)


def _of_place(doc: Doc, i: int) -> bool:
    """'of Sant'Onofrio': 'of' and a capitalised word (where the family is from)."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"


def _plural_clans(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the Mancusos', 'the Amato-Paganos' (hyphenated names: the last word takes the plural)."""
    clans: dict[str, tuple[Span, tuple[str, ...]]] = {}
    for span in chosen:
        words = [t.norm_ for t in span[:-1]]
        if span.label_ == "criminal_group" and len(span) >= 2 and span[-1].lower_ in ("clan", "family") \
                and span[0].is_title and len(words) % 2 == 1 and len(words) <= 5 \
                and all(w == "-" for w in words[1::2]) and all(t.is_title for t in list(span)[:-1:2]):
            clans.setdefault(words[-1] + "s", (span, tuple(words[:-1])))
    if not clans:
        return chosen
    found: list[Span] = []
    for token in _at(doc, clans, attr=NORM, first=1):
        clan, before = clans.get(token.norm_, (None, ()))
        start = token.i - len(before)
        if clan is None or start < 1 or doc[start - 1].lower_ != "the" or not token.is_title \
                or tuple(t.norm_ for t in doc[start:token.i]) != before:
            continue
        span = Span(doc, start, token.i + 1, label="criminal_group")
        span._.kb_id = clan._.kb_id
        span._.full_name = None if clan._.kb_id else clan._.full_name or clan.text
        found.append(span)
    return _replace(chosen, found)


SENIOR = {"sr", "sr.", "snr", "senior"}


def known_seniors(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Christy Kinahan Sr': 'Sr' after a person the KB knows belongs to the name (a junior is another
    person, whom the KB names with 'Jr' when it knows him)."""
    out = []
    for span in chosen:
        if span.label_ == "person" and ext(span, "kb_id") and span.end < len(doc) and doc[span.end].lower_ in SENIOR \
                and doc[span.end].text[:1].isupper():
            longer = Span(doc, span.start, span.end + 1, label="person")
            longer._.kb_id = span._.kb_id
            span = longer
        out.append(span)
    return out
