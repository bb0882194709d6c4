"""Kinds of names read from the words a document puts around them, for names the KB does not know.

- a group noun between a place or a people's adjective and a name: in 'the São Paulo gang PCC', 'the
  Honduran gang Los Cachiros', 'the Neapolitan cartel Alleanza di Secondigliano' the name after the noun
  is the group; the place before it is a place (or nothing), not a group;
- a name the model took for an organisation or a place that the document arrests, sentences or
  extradites, puts on trial ('the trial of X') or calls 'he' is a person;
- a name the model took for a person that the document calls a gang or a cartel, or that controls
  places or has cells, is a group.

Each step takes the Doc and the chosen entity spans and returns them retyped. The cue words are read
once per document from the Doc's arrays (no loop over all tokens per name). Used by
testigo/extract/components.py.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from testigo.extract.extensions import ext
from testigo.extract.group_names import _at, demonyms
from testigo.extract.group_types import is_organisation_name, words_of
from testigo.extract.lexicon import fold, load_patterns

__all__ = ["groups_by_deeds", "named_by_noun", "people_by_deeds", "places_by_deeds",
           "surnames_of_people"]

# nouns that name a criminal group by themselves; 'group', 'network', 'organisation' only with a criminal
# modifier before them ('the trafficking network X', 'the crime group X'): 'the rights group X' is no gang
GANG_NOUNS = {"gang", "cartel", "clan", "mafia", "syndicate", "militia", "faction", "crew", "triad", "cartél",
              "cártel", "mara", "clique", "outfit"}
CLASS_NOUNS = {"group", "network", "organisation", "organization", "alliance", "coalition", "federation"}
NAME_JOINERS = {"de", "del", "da", "do", "dos", "das", "di", "della", "delle", "dei", "la", "las", "los", "el",
                "des", "du", "les"}  # French too: 'Croix-des-Bouquets'
# "much of X", "parts of X": the share of a place a group holds
SHARE_WORDS = {"much", "most", "part", "parts", "all", "half", "swathes", "areas", "stretches"}


def _criminal(noun: Token) -> bool:
    if noun.lower_ in GANG_NOUNS:
        return True
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return before is not None and before.norm_ in words_of("criminal_modifiers")


def _name_end(doc: Doc, start: int) -> int:
    """The end of the run of name words from ``start`` ('Alleanza di Secondigliano', 'Los Cachiros', 'PCC')."""
    end = start
    while end < len(doc) and end - start < 6:
        token = doc[end]
        if token.is_alpha and (token.is_title or token.is_upper and len(token) >= 2) or token.text == "-" \
                and end > start and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1
        elif token.lower_ in NAME_JOINERS and token.is_lower and end > start and end + 1 < len(doc) \
                and doc[end + 1].is_title:
            end += 1
        elif token.is_digit and len(token.text) <= 3 and end == start and end + 1 < len(doc) \
                and doc[end + 1].is_title:
            end += 1  # 'the Haitian gang 400 Mawozo'
        else:
            break
    return end


def _modifier_start(doc: Doc, noun: Token) -> int | None:
    """Where the words before the noun start, right after 'the'/'a' ('the São Paulo gang', 'the Honduran
    gang', 'the powerful Amazon gang', 'the gang'); None without a determiner."""
    i = noun.i - 1
    while i > 0 and doc[i].lower_ not in ("the", "a", "an") and (
            doc[i].is_title or doc[i].text == "-" or doc[i].pos_ == "ADJ" and doc[i].is_lower
            or doc[i].norm_ in words_of("criminal_modifiers")):
        i -= 1
    if i < 0 or doc[i].lower_ not in ("the", "a", "an"):
        return None
    return i + 1


def _is_relative_subject(doc: Doc, noun: Token, start: int, end: int) -> bool:
    """'the gang El Chapo built': the name is the subject of a relative clause on the noun."""
    for token in doc[start:end]:
        if token.dep_ == "nsubj" and token.head.dep_ == "relcl" and token.head.head.i == noun.i:
            return True
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and doc[end].dep_ == "relcl" \
        and doc[end].head.i == noun.i


def named_by_noun(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the São Paulo gang PCC', 'the Honduran gang Los Cachiros': the name right after a group noun
    that a place or a people's adjective opens is the group, and the words before the noun are not."""
    nouns = [t for t in _at(doc, GANG_NOUNS | CLASS_NOUNS, attr=LOWER, first=2) if t.i + 1 < len(doc)]
    if not nouns:
        return chosen
    by_token = {i: s for s in chosen for i in range(s.start, s.end)}
    drop: set[int] = set()
    found: list[Span] = []
    for noun in nouns:
        start = noun.i + 1
        first = doc[start]
        if not (first.is_title or first.is_upper or first.is_digit) or not _criminal(noun) \
                or first.tag_ == "POS" or noun.tag_ in ("NNS", "NNPS"):
            continue
        modifiers = _modifier_start(doc, noun)
        if modifiers is None:
            continue
        end = _name_end(doc, start)
        name = by_token.get(start)
        if name is not None and name.start == start:
            end = max(end, name.end)
        inside = {id(s): s for k in range(start, end) if (s := by_token.get(k)) is not None}
        if end == start or any(s.start < start or s._.nickname or s._.kb_id and s.label_ != "criminal_group"
                               or s.label_ == "person" and s[0].norm_ in _given_names()
                               for s in inside.values()) \
                or _is_relative_subject(doc, noun, start, end):
            continue
        group = Span(doc, start, end, label="criminal_group")
        if len(inside) == 1:
            only = next(iter(inside.values()))
            if (only.start, only.end) == (start, end):
                group._.kb_id, group._.full_name = only._.kb_id, only._.full_name
        if is_organisation_name(group):
            continue
        drop |= set(inside)
        found.append(group)
        before = by_token.get(noun.i)
        if before is not None and before.label_ == "criminal_group" and not before._.kb_id and before.end == noun.i + 1:
            drop.add(id(before))
            place = _place_before(doc, before.start, noun.i)
            if place is not None:
                found.append(place)
    if not found:
        return chosen
    return [s for s in chosen if id(s) not in drop] + found


def _place_before(doc: Doc, start: int, end: int) -> Span | None:
    """'São Paulo' of 'the São Paulo gang': the place the gang is from (a people's adjective is none)."""
    while start < end and not doc[start].is_title:
        start += 1
    words = doc[start:end]
    if not len(words) or any(t.norm_ in demonyms() or t.ent_type_ == "NORP" for t in words) \
            or not all(t.is_title or t.text == "-" for t in words):
        return None
    return Span(doc, start, end, label="place")


PERSON_VERBS = {"arrest", "capture", "detain", "apprehend", "extradite", "charge", "indict", "convict", "sentence",
                "jail", "imprison", "acquit", "deport", "question", "release", "free", "murder", "assassinate"}
KIN_NOUNS = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece", "cousin",
             "lawyer", "widow", "uncle", "aunt", "brother-in-law", "sister-in-law", "bodyguard", "driver"}
TRIAL_NOUNS = {"trial", "arrest", "extradition", "sentencing", "conviction", "acquittal", "capture", "indictment",
               "detention", "murder", "killing", "assassination"}
HIS = {"he", "his", "him", "she", "her"}
GROUP_DEEDS = {"control", "operate", "dominate", "run"}
LED_VERBS = {"lead", "head", "found", "join", "command", "co-found", "cofound"}
HELD_THINGS = {"port", "ports", "trade", "market", "markets", "traffic", "area", "areas", "city", "town", "towns",
               "streets", "region", "border", "crossing", "crossings", "district", "districts", "zone", "zones",
               "road", "roads", "highway", "coast", "docks", "island", "valley", "hills", "estates", "suburbs"}
CELL_NOUNS = {"cell", "cells", "faction", "factions", "branch", "branches", "clique", "cliques", "member", "members",
              "gunmen", "hitmen"}


def _guessed(span: Span, *labels: str) -> bool:
    """A name of one of ``labels`` that only the model's guess typed (no KB, nickname or full name, no
    word of an agency, a company or a group)."""
    return span.label_ in labels and not ext(span, "kb_id") and not ext(span, "nickname") \
        and not ext(span, "full_name") and not is_organisation_name(span) \
        and not {t.norm_ for t in span} & _kind_words() \
        and all(t.is_title or t.text in ("-", ".") or t.lower_ in NAME_JOINERS for t in span)


def _done_to_person(span: Span) -> bool:
    """'X was arrested / extradited / sentenced', 'police arrested X', 'the trial of X', 'X ... He said'."""
    root = span.root
    head = root.head
    if root.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in PERSON_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TRIAL_NOUNS \
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return True
    if root.dep_ == "poss" and head.lower_ in KIN_NOUNS:
        return True  # "Contini's wife"
    if _identified_person(root):
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent" and head.head.lemma_.lower() in (
            "lead", "head", "command") and 2 <= len(span) <= 3 and all(t.is_title and t.is_alpha for t in span):
        return True  # "The group is led by Luckson Elan": a name with no group word that leads is a person's
    if root.dep_ != "nsubj" and root.dep_ != "nsubjpass":
        return False
    sent = span.sent
    doc = span.doc
    if sent.end < len(doc) and doc[sent.end].lower_ in HIS and doc[sent.end].is_title \
            and not any(t.is_upper for t in span) and len(span) <= 3:  # 'Interpol ... He': an acronym is no one
        return not any(t.ent_type_ == "PERSON" for t in doc[span.end:sent.end])  # 'X was held. He said ...'
    return False


IDENTIFIED_NOUNS = {"person", "man", "woman", "suspect", "detainee", "victim", "individual", "driver", "gunman",
                    "boy", "girl", "youth", "teenager", "prisoner", "inmate", "fugitive"}


def _identified_person(root: Token) -> bool:
    """'That person, identified as X, was detained', 'a man identified as X': the name a person is identified
    as (the noun 'identified' hangs on, or its passive subject, is a person's)."""
    if root.dep_ != "pobj" or root.head.lower_ != "as" or root.head.head.lemma_.lower() != "identify":
        return False
    verb = root.head.head
    noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return noun is not None and noun.lemma_.lower() in IDENTIFIED_NOUNS


def _untagged_people(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Bello was sentenced to 12 years', 'police arrested Bello': a proper noun no one tagged that is
    arrested, charged, sentenced or extradited is a person (at that mention; the resolver links it)."""
    taken = {i for s in chosen for i in range(s.start, s.end)}
    found: list[Span] = []
    for verb in _at(doc, PERSON_VERBS, attr=LEMMA):
        for child in verb.children:
            if child.dep_ not in ("nsubjpass", "dobj") or child.i in taken or child.pos_ != "PROPN" \
                    or not child.is_title or not child.is_alpha or child.ent_type_ or child.is_stop:
                continue
            start = child.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == child.i \
                    and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and start - 1 not in taken \
                    and not doc[start - 1].ent_type_:
                start -= 1
            found.append(Span(doc, start, child.i + 1, label="person"))
    return found


def people_by_deeds(doc: Doc, chosen: list[Span]) -> list[Span]:
    """A name the model took for an organisation or a place that the document arrests, charges, extradites
    or sentences, puts on trial or calls 'he' is a person, at every mention (a name any mention of which
    is a group's stays a group)."""
    chosen = chosen + _untagged_people(doc, chosen)
    guessed = [s for s in chosen if _guessed(s, "organization", "place")]
    if not guessed:
        return chosen
    groups = {_key(s) for s in chosen if s.label_ == "criminal_group"}
    people = {_key(s) for s in guessed if _done_to_person(s)} - groups
    if not people:
        return chosen
    ids = {id(s) for s in guessed}
    return [Span(doc, s.start, s.end, label="person") if id(s) in ids and _key(s) in people else s for s in chosen]


def _acts_as_group(span: Span) -> bool:
    """'X controls the port', 'X operates in P', 'X has cells in P', 'X, a gang from P', 'X is a cartel'."""
    root = span.root
    verb = root.head
    doc = span.doc
    if root.dep_ == "dobj" and verb.lemma_.lower() in LED_VERBS and span.start > 0 \
            and doc[span.start - 1].lower_ == "the":
        return True  # 'Riina led the Corleonesi': people lead groups; 'the' opens no one's name
    if root.dep_ == "nsubj" and verb.lemma_.lower() in GROUP_DEEDS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() == "operate" and not objects:  # 'X operates in P' (not 'X operates a bakery')
            return any(c.dep_ == "prep" and c.lower_ in ("in", "across", "from", "throughout") for c in verb.children)
        if verb.lemma_.lower() == "run":  # 'X runs the favelas' (a man runs a port, a business, a cell)
            return any(c.lower_ in words_of("controlled_places") and c.tag_ == "NNS" for c in objects)
        return any(c.lower_ in HELD_THINGS or c.lower_ in words_of("controlled_places")
                   or c.ent_type_ in ("GPE", "LOC", "FAC") for c in objects)  # 'X controls the port' (not 'the money')
    if root.dep_ == "nsubj" and verb.lemma_ == "have" and any(
            c.dep_ == "dobj" and c.lower_ in CELL_NOUNS for c in verb.children):
        return True
    for token in (root, verb if root.dep_ == "nsubj" and verb.lemma_ == "be" else None):
        if token is None:
            continue
        for c in token.children:
            if c.dep_ in ("appos", "attr") and c.lower_ in words_of("criminal_nouns") and c.tag_ == "NN" \
                    and not any(p.dep_ == "prep" for p in c.children if p.lower_ == "of"):
                return True  # 'X is a gang' (not 'X is a member of a gang': no 'of' after the noun)
    return False


def _numbered(span: Span) -> bool:
    """'fought 400 Mawozo': a number (not a year, not a date) before a name makes it no one person's."""
    doc = span.doc
    number = doc[span.start - 1] if span.start > 0 else None
    return number is not None and number.is_digit and len(number.text) <= 3 and number.text not in ("0", "1") \
        and number.dep_ == "nummod" and number.head.i in range(span.start, span.end) and number.ent_type_ != "DATE" \
        and not (number.i > 0 and doc[number.i - 1].is_digit)


def groups_by_deeds(doc: Doc, chosen: list[Span]) -> list[Span]:
    """A name the model took for a person (no first name the lists know) that the document calls a gang or
    a cartel, or that controls or operates in places or has cells, is a group at every mention."""
    guessed = [s for s in chosen if _guessed(s, "person") and s[0].norm_ not in _given_names()]
    if not guessed:
        return chosen
    groups = {_key(s) for s in guessed if len(s) <= 2 and _acts_as_group(s) or _numbered(s)}
    if not groups:
        return chosen
    ids = {id(s) for s in chosen if _guessed(s, "person")}
    return [Span(doc, s.start, s.end, label="criminal_group") if id(s) in ids and _key(s) in groups else s
            for s in chosen]


PLACE_NOUNS = {"district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "suburb",
               "suburbs", "province", "provinces", "department", "departments", "municipality", "municipalities",
               "region", "regions", "estate", "estates", "quarter", "quarters", "favela", "favelas", "barrio",
               "barrios", "comuna", "comunas", "parish", "parishes", "borough", "boroughs", "township", "townships"}
HELD_VERBS = {"control", "dominate", "rule", "hold", "seize", "besiege", "terrorise", "terrorize"}
# Nouns set beside a name that make it a place: "Chicomuselo, a mining town", "X, a port on the Pacific".
SETTLEMENT_NOUNS = {"town", "city", "village", "port", "hamlet", "settlement", "municipality", "district",
                    "neighbourhood", "neighborhood", "suburb", "province", "state", "region", "island", "valley"}
# Words whose "in" names where a group is: "its presence in X", "based in X", "operates in X".
WHERE_WORDS = {"presence", "base", "based", "operate", "active", "stronghold", "headquarter", "headquartered"}


def _named_as_place(span: Span, groups: set[int]) -> bool:
    """'the Vasto and Arenaccia districts', 'the Giugliano area', 'the X housing estate', 'a X gang'; 'the clan
    controls X' (what a group holds); 'X, a mining town'; 'its presence in X', 'based in X'."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 5 and (doc[i].is_title or doc[i].lower_ in ("and", ",", "-")):
        i += 1
    if i + 1 < len(doc) and doc[i].is_lower and doc[i].dep_ in ("compound", "amod") and doc[i].head.i == i + 1:
        i += 1  # 'the Félix-Pyat housing estate', 'the Vasto industrial district'
    if i < len(doc) and doc[i].lower_ in PLACE_NOUNS and doc[i].tag_ != "POS":
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in ("a", "an") and span.end < len(doc) \
            and doc[span.end].lower_ in GANG_NOUNS | CLASS_NOUNS | CELL_PLACE_NOUNS:
        return True  # 'a Secondigliano group', 'a Tepic cell': a name takes 'the'; after 'a' the word says where from
    root = span.root
    verb = root.head
    if any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS and c.tag_ == "NN"
           and c.left_edge.i == span.end + 1 and doc[span.end].text == ","
           and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in root.children):
        return True  # "Chicomuselo, a mining town" (set right after the name: the parser may hang it far back)
    if root.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in WHERE_WORDS:
        return True  # "the CJNG's presence in Chicomuselo", "a gang based in X"
    if root.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in SHARE_WORDS and verb.head.dep_ == "dobj":
        root, verb = verb.head, verb.head.head  # 'the gang, which controls much of X'
    # 'dominates X' (right after the verb the parser may hang the object on it as an apposition or an adverb)
    held = root.dep_ == "dobj" or root.dep_ in ("appos", "npadvmod") and verb.i == root.left_edge.i - 1
    return held and verb.pos_ == "VERB" and verb.lemma_.lower() in HELD_VERBS and _held_by_group(verb, groups)


def _held_by_group(verb: Token, groups: set[int]) -> bool:
    """The subject of ``verb`` is a group: a group's name, a gang noun a group's name opens ('the 400 Mawozo
    gang controls X'), or 'which' on such a noun ('the X gang, which controls ...')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return False
    return subject.i in groups or subject.lower_ in GANG_NOUNS and any(
        c.dep_ == "compound" and c.i in groups for c in subject.children)


def places_by_deeds(doc: Doc, chosen: list[Span]) -> list[Span]:
    """A name the model took for a person or an organisation that a place noun follows ('the Vasto and
    Arenaccia districts') or that a group controls ('the Mallardo clan controls Giugliano') is a place; so
    is a cell's name ('the Chicomuselo cell of the CJNG') that the text names as a place elsewhere ('the
    CJNG's presence in Chicomuselo', 'Chicomuselo, a mining town', a place the model tagged)."""
    chosen = chosen + _untagged_before_place_nouns(doc, chosen)
    groups = {i for s in chosen if s.label_ == "criminal_group" for i in range(s.start, s.end)}
    cells = [s for s in chosen if _cell_place(s, groups)]
    guessed = [s for s in chosen if _guessed(s, "person", "organization") and s[0].norm_ not in _given_names()]
    if not guessed and not cells:
        return chosen
    groups -= {i for s in cells for i in range(s.start, s.end)}
    places = {_key(s) for s in guessed if _named_as_place(s, groups)}
    if cells:
        named = places | {_key(s) for s in chosen if s.label_ == "place" and not ext(s, "kb_id")}
        guessed += [s for s in cells if _key(s) in named]
        places |= {_key(s) for s in cells if _key(s) in named}
    if not places:
        return chosen
    ids = {id(s) for s in guessed}
    return [Span(doc, s.start, s.end, label="place") if id(s) in ids and _key(s) in places else s for s in chosen]


def _cell_place(span: Span, groups: set[int]) -> bool:
    """'the Chicomuselo cell of the CJNG': a name typed a group only by the cell, plaza or faction noun after
    it (no group word of its own) may be the place the cell is named after; the place cues decide."""
    doc = span.doc
    if not (_guessed(span, "criminal_group") and span.end + 2 < len(doc) and doc[span.end].lower_ in CELL_PLACE_NOUNS
            and span.start > 0 and doc[span.start - 1].lower_ == "the" and doc[span.end + 1].lower_ == "of"):
        return False
    after = doc[span.end + 2:span.end + 4]  # 'of the CJNG', 'of Los Zetas': the group the cell belongs to
    return any(t.i in groups for t in after)


CELL_PLACE_NOUNS = {"cell", "plaza", "faction", "branch", "wing", "chapter"}


def _untagged_before_place_nouns(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'in the Soccavo and Chiaiano districts': capitalised words no one tagged before a plural place noun
    (and the names joined to them) are places."""
    nouns = [t for t in _at(doc, PLACE_NOUNS, attr=LOWER, first=1) if t.tag_ == "NNS"]
    if not nouns:
        return []
    taken = {i for s in chosen for i in range(s.start, s.end)}
    found: list[Span] = []
    for noun in nouns:
        i = noun.i
        while i > 0:
            end = i
            while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].pos_ == "PROPN" \
                    and i - 1 not in taken and not doc[i - 1].is_sent_start:
                i -= 1
            if i == end:
                break
            found.append(Span(doc, i, end, label="place"))
            if i > 1 and doc[i - 1].lower_ in ("and", ","):
                i -= 1
                continue
            break
    return found if len(found) >= 2 else []  # one name before 'districts' could be a group's ('the X districts')


def surnames_of_people(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Contini was arrested again', "Contini's wife" after 'Edoardo Contini' ran 'the Contini clan': a
    one-word name shared by a group and a person named in full is the person where the document
    arrests, charges or holds it or gives it a wife or a son."""
    surnames = {s[-1].norm_ for s in chosen if s.label_ == "person" and len(s) >= 2 and s[-1].is_title}
    if not surnames:
        return chosen
    out = []
    for span in chosen:
        if span.label_ == "criminal_group" and len(span) == 1 and not span._.kb_id and span[0].norm_ in surnames \
                and span.end < len(doc) and doc[span.end].lower_ not in GANG_NOUNS and _done_to_person(span):
            span = Span(doc, span.start, span.end, label="person")
        out.append(span)
    return out


def _key(span: Span) -> str:
    words = [t.norm_ for t in span if t.lower_ != "the"]
    return " ".join(words[1:] if len(words) > 1 and words[0] in ("los", "las", "la", "el") else words)


@cache
def _kind_words() -> frozenset[str]:
    return words_of("agency_words") | words_of("group_heads") | words_of("group_name_words")


@cache
def _given_names() -> frozenset[str]:
    words = load_patterns("entities")
    return frozenset(fold(w) for w in words["given_names"] + words["world_given_names"])
