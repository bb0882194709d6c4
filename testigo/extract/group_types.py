"""Document-level kinds of the names the KB does not know, decided once per document.

The model types an unknown gang as an organisation, a place or even a person, and the
relation rules only fire for criminal groups. Here a name becomes a criminal group when the
text says it is one ('X is Brazil's largest criminal organisation', 'X, a gang from P', 'the
X faction', 'the X crime family', 'former X guerrillas', 'the armed wing of X'), when it does what
groups do ('X controls the favelas', 'members of X'), when it is coordinated with a criminal group
('the PCC and the CV'), a part of one ('X, an elite chapter of G') or at war with one ('X, the club
that has fought G'); its aliases ('X (ACR), or Y')
and every other mention share the kind. Government bodies, companies, media and NGOs stay
as they are. Headings, datelines and person names the model split in two are mended too.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from testigo.extract.extensions import ext
from testigo.extract.lexicon import fold, load_patterns

__all__ = ["fights_group", "is_organisation_name", "part_of_group", "retype", "words_of"]

ALIAS_GAPS = ([")", ",", "or"], [",", "or"], ["or"], ["("], [")", ",", "also", "known", "as"],
              [",", "also", "known", "as"], [",", "known", "as"], [")", ",", "known", "as"])


@cache
def words_of(name: str) -> frozenset[str]:
    """One word list of patterns/entities.yaml, folded (built once)."""
    return frozenset(fold(x) for x in load_patterns("entities")[name])


def _key(span: Span) -> str:
    words = [t.norm_ for t in span if t.lower_ != "the" and t.tag_ != "POS"]
    return " ".join(words)


def is_organisation_name(span: Span) -> bool:
    """'Human Rights Watch', 'Petrobras Energy': a name that holds a company's, a medium's or an NGO's word."""
    return bool({t.norm_ for t in span} & words_of("organisation_words"))


def _blocked(span: Span) -> bool:
    """Agencies, companies, media and the like keep their kind."""
    return bool(ext(span, "kb_id")) or not _blocking_words().isdisjoint([t.norm_ for t in span])


@cache
def _blocking_words() -> frozenset[str]:
    """The words of agencies, companies, media and the like (built once: asked for every name, in every pass)."""
    return words_of("agency_words") | words_of("organisation_words")


def _candidate(span: Span) -> bool:
    if _blocked(span) or not any(t.is_title or t.is_upper for t in span):
        return False
    if span.label_ == "organization":
        return True

    if span.label_ not in ("place", "person"):
        return False
    if _crime_family_after(span):
        return True
    # 'La Nueva Alianza' the model took for a woman or a place: a candidate, decided by what the text says of it
    spanish = span[0].norm_ == "la" and len(span) >= 2 and span[1].is_title and not span._.nickname \
        and not span._.full_name
    return spanish or bool({t.norm_ for t in span} & words_of("group_name_words"))


def _defined_as_group(token: Token) -> bool:
    """The noun that says what a name is: 'a gang', 'Brazil's largest criminal organisation'."""
    lemma = token.lemma_.lower()
    if lemma in words_of("criminal_nouns") or token.lower_ in words_of("criminal_nouns"):
        return True
    return (lemma in words_of("group_class_nouns") or token.lower_ in words_of("group_class_nouns")) and any(
        c.dep_ in ("amod", "compound") and c.norm_ in words_of("criminal_modifiers")
        or c.dep_ == "prep" and c.lower_ == "of" and any(  # 'a coalition of gangs', 'a network of cartels'
            o.dep_ == "pobj" and o.lower_ in words_of("criminal_nouns") and o.tag_ == "NNS" for o in c.children)
        for c in token.children)


PARTICLES = {"de", "del", "da", "do", "dos", "das"}


def _reach(span: Span) -> list[Token]:
    """The span's tokens, plus the name it stands in brackets after ('Familia do Norte (FDN)')."""
    doc = span.doc
    tokens = list(span)
    i = span.start - 1
    if i > 0 and doc[i].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
        i -= 1
        while i >= 0 and (doc[i].is_title or doc[i].lower_ in PARTICLES):
            tokens.append(doc[i])
            i -= 1
    return tokens


def _with_group_word(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Familia do Norte' cut to 'Norte' by the model: a name word for groups and a particle before
    an unknown name belong to it."""
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out = []
    for span in chosen:
        start = span.start
        if not ext(span, "kb_id") and start >= 2 and doc[start - 1].lower_ in PARTICLES \
                and doc[start - 2].norm_ in words_of("group_name_words") and doc[start - 2].is_title \
                and not {start - 1, start - 2} & taken:
            group = Span(doc, start - 2, span.end, label="organization")
            out.append(group)
        else:
            out.append(span)
    return out


def _written_apposition(span: Span) -> bool:
    """'X (ACR), a gang from P' / 'X (ACR), the Brazilian gang that ...' read from the words when the
    parse misses the apposition."""
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    words = doc[i + 2:min(i + 6, len(doc))]
    for j, token in enumerate(words):
        if token.lower_ in words_of("criminal_nouns"):  # 'X, the Brazilian gang that ...' (not 'the gang's',
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None  # 'a gang stronghold')
            return after is None or after.tag_ != "POS" and after.lower_ != "of" and after.pos_ not in ("NOUN", "PROPN")
        if token.lower_ in words_of("group_class_nouns"):
            return any(t.norm_ in words_of("criminal_modifiers") for t in words[:j])
        if token.is_punct:
            return False
    return False


def _subject_of_group_definition(span: Span) -> bool:
    """'X, or Y, is a criminal organisation' / 'X, a gang from P': the span is (in) the subject of
    a 'be' whose attribute is a group noun, or has a group noun in apposition."""
    for token in _reach(span):
        if any(c.dep_ == "appos" and _defined_as_group(c) for c in token.children):
            return True
    if _written_apposition(span):
        return True
    sent = span.sent
    for token in sent:
        if token.dep_ != "nsubj" or token.head.lemma_ != "be":
            continue
        if not any(c.dep_ == "attr" and _defined_as_group(c) for c in token.head.children):
            continue
        subtree = list(token.subtree)
        if subtree[0].i <= span.start and span.end - 1 <= subtree[-1].i and not any(
                t.lower_ == "of" or t.pos_ in ("VERB", "AUX") for t in subtree if t.i < span.start):
            return True
    return False


def _acts_as_group(span: Span) -> bool:
    """'the X faction', 'X controls many favelas'; 'members of X', 'X members', 'X's leader' only for
    a name with a word groups are named with ('Frente Sul'): parties and companies have members too."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in words_of("criminal_nouns") or _fighters_after(span) \
            or _crime_family_after(span) or _has_armed_part(span):
        return True

    if {t.norm_ for t in span} & words_of("group_name_words"):
        if after is not None and after.tag_ == "POS" and span.end + 1 < len(doc):
            after = doc[span.end + 1]
        if after is not None and after.lower_ in words_of("member_nouns"):
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ == "the" and span.start > 1:
            before = doc[span.start - 2]
        if before is not None and before.lower_ == "of" and before.head.lower_ in words_of("member_nouns"):
            return True
    root = span.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in words_of("group_verbs"):
        return True
    places = words_of("controlled_places")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in objects for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return verb.lemma_.lower() == "control" and any(c.lemma_.lower() in places or c.lower_ in places for c in objects)


def _has_armed_part(span: Span) -> bool:
    """'paramilitary blocs of the AUC', 'the armed wing of X': the whole a criminal or armed part belongs to
    is a group (not 'the youth wing of X')."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of":
        return False
    part = prep.head
    return (part.lemma_.lower() in words_of("part_nouns") or part.lower_ in words_of("part_nouns")) and any(
        c.dep_ in ("amod", "compound") and c.norm_ in words_of("criminal_modifiers") for c in part.children)


def _crime_family_after(span: Span) -> bool:
    """'the Bonanno crime family', 'the Gambino Mafia family': a name before a criminal word and a
    family's noun is a group's (not 'the Guzmán family' alone)."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    return doc[span.end].norm_ in words_of("criminal_modifiers") and doc[span.end + 1].lower_ in words_of(
        "family_nouns")


def _fighters_after(span: Span) -> bool:
    """'X gunmen attacked ...': a name before a word for armed men is a group's; so is one before
    'alliance' or 'coalition' in a sentence about groups' relations ('battled the rival X alliance',
    not 'the X alliance of parties')."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.lower_ in words_of("fighter_nouns") and after.tag_ == "NNS":
        return True
    return after.lower_ in words_of("bloc_nouns") and any(
        t.lower_ in words_of("group_relation_words") for t in span.sent if t.i != after.i)


def _part_nouns_of(span: Span) -> list[Token]:
    """The nouns a name is said to be: its apposition ('X, an elite chapter of G'), the attribute of its
    'be' or 'become' ('X became a chapter of G') or what it is described as ('described X as a branch of G')."""
    nouns = [c for token in _reach(span) for c in token.children if c.dep_ == "appos"]
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("be", "become", "remain"):
        nouns += [c for c in root.head.children if c.dep_ in ("attr", "acomp")]
    if root.dep_ in ("dobj", "nsubjpass"):
        nouns += [o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
    return nouns


def part_of_group(span: Span, groups: list[Span]) -> bool:
    """'X, an elite chapter of G', 'X became a probationary chapter of G', 'X is the armed wing of G':
    a name said to be a part of a criminal group is one."""
    inside = {i for g in groups for i in range(g.start, g.end)}
    parts = words_of("part_nouns")
    for noun in _part_nouns_of(span):
        if noun.lemma_.lower() not in parts and noun.lower_ not in parts:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and any(
                    o.dep_ == "pobj" and any(t.i in inside for t in o.doc[o.left_edge.i:o.i + 1])
                    for o in prep.children):
                return True
    return False


def fights_group(span: Span, groups: list[Span]) -> bool:
    """'X fought G', 'X, the club that has fought G', 'X clashed with G': a name that makes war on a
    criminal group, itself or through the noun that renames it, is one: a name with 'the' or a plural one
    ('Kapsalis has clashed with G' may be a man's)."""
    doc = span.doc
    root = span.root
    if not (span.start > 0 and doc[span.start - 1].lower_ == "the" or span[0].lower_ == "the"
            or root.tag_ == "NNPS"):
        return False
    inside = {i for g in groups for i in range(g.start, g.end)}
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [v for c in root.children if c.dep_ == "appos" for v in c.children if v.dep_ == "relcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in words_of("war_verbs"):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
                    for o in p.children if o.dep_ == "pobj"]
        if any(o.i in inside for o in objects):
            return True
    return False


def _coordinated_with(span: Span, groups: list[Span]) -> bool:
    """'the PCC and the CV', 'fighting between A and B': a conjunct of a criminal group."""
    inside = {i for g in groups for i in range(g.start, g.end)}
    words = words_of("group_relation_words")
    if not any(t.lower_ in words or t.lemma_.lower() in words for t in span.sent):
        return False  # 'the Sinaloa Cartel and Pemex both used the port': no relation between them
    root = span.root
    if root.dep_ == "conj" and root.head.i in inside:
        return True
    return any(c.dep_ == "conj" and c.i in inside for c in root.children)


def _aliases(doc: Doc, spans: list[Span]) -> dict[str, set[str]]:
    """Keys of names given as the same thing: 'X (ACR)', 'X, or Y', 'X (ACR), or Y'."""
    ordered = sorted(spans, key=lambda s: s.start)
    links: dict[str, set[str]] = {}
    for one, two in zip(ordered, ordered[1:], strict=False):
        gap = [t.lower_ for t in doc[one.end:two.start]]
        if gap in ALIAS_GAPS and not (gap == ["or"] and two.end < len(doc) and doc[two.end].text not in (",", ")")):
            a, b = _key(one), _key(two)
            links.setdefault(a, {a}).add(b)
            links.setdefault(b, {b}).add(a)
    return links


def _infer_groups(doc: Doc, chosen: list[Span]) -> list[Span]:
    key = {id(s): _key(s) for s in chosen}  # read once per span: the loop below asks again and again
    # 'Viv Ansanm gunmen': every mention of a name the model called a person, a place or an organisation
    guessed = [s for s in chosen if s.label_ in ("person", "place", "organization") and not ext(s, "kb_id")
               and not ext(s, "full_name") and not ext(s, "nickname") and not _blocked(s)]
    armed = {key[id(s)] for s in guessed if _fighters_after(s)}
    candidate = {id(s) for s in chosen if _candidate(s)}  # read once per span, as the key
    candidates = [s for s in chosen if id(s) in candidate]
    candidates += [s for s in guessed if key[id(s)] in armed and id(s) not in candidate]
    # 'the Panteras became the armed wing of G': a part of a group whatever the model called it
    named = [s for s in chosen if s.label_ == "criminal_group"]
    candidates += [s for s in guessed if key[id(s)] not in armed and id(s) not in candidate
                   and part_of_group(s, named)]
    is_candidate = {id(s) for s in candidates}
    links = _aliases(doc, [s for s in chosen if not _blocked(s) or s.label_ == "criminal_group"])
    groups = {key[id(s)] for s in chosen if s.label_ == "criminal_group" and not ext(s, "kb_id")}
    decided = set(groups)
    for span in candidates:
        if _subject_of_group_definition(span) or _acts_as_group(span):
            decided.add(key[id(span)])
    places: set[str] = set()
    for span in chosen:  # 'the Terceiro Bando da Fronteira (TBF), the Brazilian gang': the model's place
        if span.label_ == "place" and not _blocked(span) and id(span) not in is_candidate \
                and any(t.is_title for t in span) and _written_apposition(span):
            places |= {key[id(span)]} | links.get(key[id(span)], set())
    decided |= places
    changed = True
    while changed:
        changed = False
        for one in list(decided):
            for other in links.get(one, ()):
                if other not in decided:
                    decided.add(other)
                    changed = True
        known = [s for s in chosen if s.label_ == "criminal_group" or key[id(s)] in decided and id(s) in is_candidate]
        for span in candidates:
            if key[id(span)] not in decided and (_coordinated_with(span, known) or part_of_group(span, known)
                                                 or fights_group(span, known)):
                decided.add(key[id(span)])
                changed = True
    out = []
    for span in chosen:
        if span.label_ == "criminal_group" and not ext(span, "kb_id") and is_organisation_name(span):
            out.append(Span(doc, span.start, span.end, label="organization"))  # 'Human Rights Watch, an organisation'
        elif span.label_ != "criminal_group" and (id(span) in is_candidate or span.label_ == "place"
                                                  and key[id(span)] in places and not _blocked(span)) \
                and key[id(span)] in decided:
            group = Span(doc, span.start, span.end, label="criminal_group")
            group._.full_name = span._.full_name
            out.append(group)
        else:
            out.append(span)
    return out


def _is_heading(span: Span) -> bool:
    """'Explainer', 'Origins', 'Episode 47': a heading word alone on its line or before a colon opening one."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    if ext(span, "kb_id") or len(words) != 1 or words[0].norm_ not in words_of("heading_words"):
        return False
    word = words[0]
    at_line_start = word.i == 0 or "\n" in doc[word.i - 1].text_with_ws
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.like_num and after.i + 1 < len(doc) and doc[after.i + 1].text == ":":
        after = doc[after.i + 1]  # "Episode 47: ..."
    return at_line_start and (after is None or after.text == ":" or "\n" in word.text_with_ws or after.is_space
                              and "\n" in after.text)


DASHES = {"-", "\u2013", "\u2014", "--"}


def _in_dateline(span: Span) -> bool:
    """'MEXICO CITY, Feb. 28, 2025 (Border Wire) - ': the outlet in brackets before the dash of a
    dateline that opens a line with a place in capitals."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text != "(" or span.end + 1 >= len(doc) \
            or doc[span.end].text != ")" or doc[span.end + 1].text not in DASHES:
        return False
    line_start = span.start - 1
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    first = doc[line_start]
    return span.start - line_start <= 20 and first.is_alpha and first.is_upper and len(first.text) >= 2


def _is_wire_name(span: Span) -> bool:
    """'(Reuters)' in a dateline, or 'By ... / Reuters' on a byline: the agency that carried the text."""
    if span[0].norm_ not in words_of("wire_names") or len(span) != 1:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in ("(", "/"):
        return True
    line_start = span.start
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    return doc[line_start].lower_ == "by"


def _whole_person(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Devis Leonel Rivera Maradiaga' cut by the model into a first word and an organisation:
    an unknown organisation ending in the two surnames of a person named in the text is that
    person's kin when it holds a given name too or a capitalised first name stands right before it."""
    surnames = {tuple(t.norm_ for t in s[-2:]) for s in chosen if s.label_ == "person" and len(s) >= 3}
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out = []
    for span in chosen:
        if span.label_ == "organization" and not span._.kb_id and len(span) >= 2 \
                and tuple(t.norm_ for t in span[-2:]) in surnames and all(t.is_title for t in span):
            start = span.start - 1
            if start < 0 or not (doc[start].is_title and doc[start].pos_ == "PROPN" and doc[start].is_alpha) \
                    or start in taken or doc[start].norm_ in words_of("name_stops"):
                start = span.start
            if len(span) < 3 and start == span.start or span[0].norm_ in words_of("name_stops"):
                out.append(span)  # 'the Beltrán Leyva brothers': a family name, no one's name
                continue
            person = Span(doc, start, span.end, label="person")
            person._.full_name = span._.full_name
            out.append(person)
        else:
            out.append(span)
    return out


NAME_ENDS = {",", "(", ".", ";", ")"}


def _person_tail(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Marcos Willians Herbas Camacho, alias ...' cut by the model after the given names: up to two
    untagged capitalised words right after a person's name, closing the name before a comma, are
    its surnames."""
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out = []
    for span in chosen:
        end = span.end
        while span.label_ == "person" and not ext(span, "kb_id") and not ext(span, "nickname") and end - span.end < 2 \
                and end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and doc[end].is_alpha and doc[end].ent_type_ not in ("GPE", "LOC", "ORG", "DATE", "NORP") \
                and doc[end].norm_ not in words_of("name_stops"):
            end += 1
        if end > span.end and len(span) >= 2 and end < len(doc) and doc[end].text in NAME_ENDS:
            person = Span(doc, span.start, end, label="person")
            person._.full_name = span._.full_name
            out.append(person)
        else:
            out.append(span)
    return out


def retype(doc: Doc, chosen: list[Span]) -> list[Span]:
    """The entities of ``doc`` with headings and wire names dropped, split names joined and the
    kinds of unknown groups decided for the whole document."""
    chosen = [s for s in chosen if not _is_heading(s) and not _is_wire_name(s) and not _in_dateline(s)]
    chosen = _with_group_word(doc, _person_tail(doc, _whole_person(doc, chosen)))
    return _infer_groups(doc, chosen)
