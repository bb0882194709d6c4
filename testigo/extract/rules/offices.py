"""Officials and hostages: official_of and held_by.

"Acting Administrator X" with an agency in the sentence; "President X"; "the US ambassador to
Mexico, X"; "Interior Minister X" (the ministry the text names, else the country); "X, spokesman
for the P security strategy" / "X, the head of the national security commission" / "X, chief
prosecutor of P" (an office the phrase names); "X would be handed over to Y as a guarantee".

A state office with no country on its title or in its sentence ("President X has confirmed ...")
is the text's own country: the one its opening lines name (heading, dateline, first paragraph).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import demonym_countries, fold, load_patterns
from testigo.extract.national_forces import dominant_country
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.district_offices import district_attorney
from testigo.extract.rules.local_offices import local_office, local_place
from testigo.extract.rules.ministries import holds_ministry, ministerial_office, ministry_of, named_ministry
from testigo.extract.rules.phrases import (
    GROUP,
    parties,
    prep_objects,
)
from testigo.extract.tokens import tokens_of
from testigo.model import Entity

__all__ = ["home_country", "office_rules", "sentence_country"]

PERSON = ("person",)
BODIES = ("agency", "organization", "criminal_group")  # bodies an office can be 'of', besides a state
OPENING_LINES = 3  # heading, date line or dateline, first paragraph


@starts(refs=PERSON)
def _official(frame: Frame, token: Token) -> None:
    """'Acting Administrator X' with an agency in the same sentence -> official_of, with the title."""
    person = frame.ref(token, *PERSON)
    if person is None or person.span.start != token.i:
        return
    titles = frame.lexicon("official_titles")
    doc = token.doc
    start = token.i
    while start > token.sent.start and (doc[start - 1].lower_ in titles and doc[start - 1].is_title
                                        or _in_charge(doc, start - 1)):
        start -= 1
    if start == token.i and start - 2 >= token.sent.start and doc[start - 1].lower_ in titles \
            and (agency := _agency_before(frame, doc[start - 2])) is not None:
        start = agency.span.start  # 'former PJF commander X', 'federal police under commander X': a lower-case
        # title after the agency's name
    if start == token.i or holds_ministry(frame, person) or _surname_first(doc, start):
        return  # 'The Secretary of National Defence, General X': the ministry's (rules/ministries.py)
    clauses = _clauses_of(token)
    agencies = [r for r in frame.refs_in(token.sent, "agency") if start <= r.span.start < token.i
                or _clause(r.span.root) in clauses]  # not 'X confirmed that a patrol of the P came under fire'
    if agencies:
        nearest = min(agencies, key=lambda r: abs(r.span.start - start))
        frame.emit("official_of", person, nearest, token, "official_of.title_before_name.v1",
                   title=doc[start:token.i].text, presupposed=True)


def _agency_before(frame: Frame, word: Token) -> Ref | None:
    """The agency named at ``word``, or just before it when ``word`` is 'under' ('the police under ...')."""
    if word.lower_ == "under" and word.i > word.sent.start:
        return frame.name(word.doc[word.i - 1], "agency")
    return frame.name(word, "agency")


def _surname_first(doc: Doc, start: int) -> bool:
    """A listing's 'SURNAME, Title Given' ('CASTELLANO, Assistant Commissioner Renee'): the name after the
    title is only the given name of the person the capitals name, no person of its own."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_upper and doc[start - 2].is_alpha \
        and len(doc[start - 2]) > 1


def _in_charge(doc: Doc, i: int) -> bool:
    """A word of 'in Charge' in 'Special Agent in Charge X', read backwards from the name."""
    if doc[i].lower_ == "charge":
        return i > 0 and doc[i - 1].lower_ == "in"
    return doc[i].lower_ == "in" and i + 1 < len(doc) and doc[i + 1].lower_ == "charge"


@starts(lemmas=(relations("state_offices"),), words=(lambda: _title_agency_heads(),))
def _office(frame: Frame, token: Token) -> None:
    """'President X', 'the US ambassador to Mexico, X', 'Secretary of State X': official_of the
    country the office serves (or the agency a title names)."""
    lemma = token.lemma_.lower()
    if lemma not in frame.lexicon("state_offices") and token.lower_ not in _title_agency_heads():
        return
    person, title = _office_person(frame, token)
    if person is None or local_place(frame, token) is not None or ministry_of(frame, token) is not None:
        return  # "Nayarit's attorney general, X": the state's office (rules/local_offices.py)
    if any(c.dep_ == "poss" and parties(frame, c, GROUP) for c in token.children):
        return  # "the gang's national president, X": the group's head (a role, rules/roles.py), no state's office
    if lemma in frame.lexicon("state_offices") and any(
            parties(frame, o, BODIES) for o in prep_objects(token, "of")):
        return  # "the President of the CNDH, X": the head of that body (rules read it), no state's office
    agency = _title_agency(frame, token)
    if agency is not None and _foreign_title(frame, token, agency,
                                             shared=agency.span.text.lower() in frame.lexicon("shared_titles")):
        return  # "the Veracruz state attorney general", "Attorney General X" in a Mexican story
    if agency is not None:
        frame.emit("official_of", person, agency, token, "official_of.title_agency.v1", title=title,
                   presupposed=True)
        return
    if lemma not in frame.lexicon("state_offices"):
        return
    ministry = _ministry(frame, token) if lemma in frame.lexicon("ministers") else None
    if ministry is not None and _foreign_title(frame, token, ministry):
        ministry = None  # "Guatemala's foreign minister" is not Mexico's Foreign Ministry
    if ministry is not None:
        frame.emit("official_of", person, ministry, token, "official_of.ministry.v1", title=title,
                   presupposed=True)
        return
    country = _office_country(frame, token)
    if country is not None:
        frame.emit("official_of", person, country, token, "official_of.state_office.v1", title=title,
                   presupposed=True)


@cache
def _title_agency_heads() -> frozenset[str]:
    return frozenset(title.split()[-1] for title in load_patterns("relations")["title_agencies"])


def _office_person(frame: Frame, token: Token) -> tuple[Ref | None, str]:
    """The person a title names: right after it ('President X') or in apposition ('the ambassador, X')."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    person = frame.ref(nxt, *PERSON)
    if person is not None and person.span.start == token.i + 1:
        first = token.i  # "Interior Minister X": the portfolio is part of the title
        while first > token.sent.start and token.doc[first - 1].dep_ == "compound" and \
                token.doc[first - 1].pos_ == "PROPN" and frame.name(token.doc[first - 1]) is None:
            first -= 1
        return person, token.doc[first:token.i + 1].text
    for child in token.children:
        if child.dep_ == "appos":
            found = parties(frame, child, PERSON)
            if found:
                return found[0], token.text
    return None, ""


def _title_agency(frame: Frame, token: Token) -> Ref | None:
    """'Secretary of State X': the agency the title names, when the KB knows it."""
    doc = token.doc
    for start in range(max(token.sent.start, token.i - 3), token.i + 1):
        words = " ".join(t.lower_ for t in doc[start:token.i + 1])
        name = frame.table("title_agencies").get(words)
        if name and frame.kb is not None:
            known = _named_office(frame, words) or [e for e in frame.kb.lookup(name) if e.kind == "agency"]
            if known:
                return frame.introduce(known[0], start, token.i + 1)
    return None


def _named_office(frame: Frame, title: str) -> list[Entity]:
    """The one office of a shared title ('attorney general') the text names, when it names exactly one of
    them ('the PGR': Mexico's); none when it names none or several."""
    offices = frame.table("shared_title_offices").get(title) or []
    known = {e.id: e for name in offices for e in (frame.kb.lookup(name) if frame.kb is not None else [])
             if e.kind == "agency"}
    named = {ref.entity_id for ref in frame.ents.refs if ref.entity_id in known}
    return [known[named.pop()]] if len(named) == 1 else []


def _foreign_title(frame: Frame, token: Token, agency: Ref, *, shared: bool = False) -> bool:
    """Whether a title that names an agency ('attorney general') is another country's or a region's
    office: a place, a region word ('state') or another country's demonym on the title; for a title
    many countries give (``shared``: 'attorney general'), also another country named in the title's clause,
    or, with none there, only other countries named in its sentence."""
    from testigo.extract.rules.phrases import country_of

    own = frame.kb.country_of(agency.entity_id) if frame.kb is not None else None
    if own is None:
        return False
    words = [t for t in token.doc[token.sent.start:token.i] if t.head.i == token.i
             and t.dep_ in ("compound", "amod", "nmod", "poss")]
    for word in words:
        if word.lower_ in frame.lexicon("region_words"):
            return True
        country = country_of(frame, word)
        if country is not None:
            return country.entity_id != own.id
        if frame.ref(word, "place") is not None:
            return True
    if not shared:
        return False
    if any(t.i != token.i and t.lower_ == token.lower_ and any(
            w.dep_ in ("poss", "amod", "compound") and country_of(frame, w) is not None for w in t.children)
           for t in token.sent):
        return True  # "Attorney General X and Mexico's attorney general, Y": the bare title is the other one
    country = sentence_country(frame, token)
    if country is not None:
        return country.entity_id != own.id
    named = {c.entity_id for w in token.sent if (c := country_of(frame, w)) is not None}
    if named:
        return own.id not in named  # "Salvadoran police ... an inquiry led by attorney general X"
    home = dominant_country(frame.doc, list(frame.doc.ents), frame.kb) if frame.kb is not None else None
    return home is not None and home != own.id  # "Attorney General X" in a story about Mexico



def _office_country(frame: Frame, token: Token) -> Ref | None:
    """The country of an office: a demonym or country on the title, else the one the sentence names."""
    from testigo.extract.rules.phrases import country_of

    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            country = country_of(frame, child)
            if country is not None:
                return country
    doc = token.doc
    if token.i > 0:
        country = country_of(frame, doc[token.i - 1])
        if country is not None:
            return country
    country = sentence_country(frame, token)
    if country is not None:
        return country
    if any(p.lower_ == "to" for c in token.children if c.dep_ == "prep" for p in [c]):
        return None  # "the ambassador to P": another country's
    return home_country(frame)


def sentence_country(frame: Frame, token: Token) -> Ref | None:
    """A country the title's clause names ('In Mexico City, President X said'), not one of another
    thing's ('any US strike') nor one the office is sent to ('the ambassador to P')."""
    from testigo.extract.rules.phrases import country_of

    clauses = _clauses_of(token)
    for word in token.sent:
        if word.dep_ in ("amod", "compound", "nmod") and word.head.i != token.i and word.head.pos_ == "NOUN":
            continue  # "rejected any US strike": the country of another thing, not of the office
        if _clause(word) not in clauses:
            continue  # "Standing next to President X, R said the gangs were branches of P's cartels"
        country = country_of(frame, word)
        if country is not None and not (word.i > token.i and any(
                p.lower_ == "to" for p in word.ancestors if p.i > token.i)):  # "ambassador to Mexico"
            return country
    return None


def _clause(token: Token) -> int:
    """The verb heading a word's clause (the sentence root when no verb is above it), by index."""
    for word in [token, *token.ancestors]:
        if word.pos_ in ("VERB", "AUX"):
            return word.i
    return token.sent.root.i


def _clauses_of(token: Token) -> set[int]:
    """The clause of a title and the clauses it is an adverbial or relative clause of: a country
    named there can be the office's ('Honduras followed when President X suspended ...'), one in a
    clause beside it cannot ('President X calls ...; the US wants him')."""
    found = {_clause(token)}
    verb = token.doc[_clause(token)]
    while verb.dep_ in ("advcl", "relcl", "acl", "pcomp") and verb.head.i != verb.i:
        verb = verb.head.doc[_clause(verb.head)]
        found.add(verb.i)
    return found


def home_country(frame: Frame) -> Ref | None:
    """The country the text is set in: the one country its opening lines (heading, dateline or date
    line, first paragraph) name, by name, demonym or capital; None when they name none or several."""
    from testigo.extract.rules.phrases import country_of

    doc = frame.doc
    lines = [line for line in frame.text.split("\n") if line.strip()][:OPENING_LINES]
    opening_end = frame.text.find(lines[-1]) + len(lines[-1]) if lines else 0
    found: dict[str, Ref] = {}
    for word in tokens_of(doc):
        if word.idx >= opening_end:
            break
        if _language_name(word):
            continue  # "Translations from Spanish are ours", "a Spanish-language daily": a language, no country
        country = country_of(frame, word)
        if country is not None:
            found.setdefault(country.entity_id, country)
    return next(iter(found.values())) if len(found) == 1 else None


# Nouns a nationality word before them names the language of: "the Spanish broadcast" of a translated transcript.
LANGUAGE_NOUNS = frozenset({"translation", "version", "original", "transcript", "subtitles", "edition", "broadcast"})


def _language_name(word: Token) -> bool:
    """A nationality word naming a language: a singular noun of its own ('translated from Spanish', 'in
    Portuguese'), before 'language' ('Spanish-language') or on a noun of a text's language ('the Spanish
    broadcast', 'an English translation'), not a modifier of another noun ('Spanish police') nor a people
    ('Mexicans')."""
    if fold(word.text) not in demonym_countries():
        return False
    doc = word.doc
    after = [t.lower_ for t in doc[word.i + 1:word.i + 3]]
    if after[:1] == ["language"] or after == ["-", "language"]:
        return True
    if word.dep_ == "amod" and word.head.lower_ in LANGUAGE_NOUNS:
        return True  # "an English translation of the Spanish broadcast", "the Spanish original"
    return word.tag_ in ("NNP", "NN") and word.dep_ in ("pobj", "dobj", "nsubj", "conj", "attr")


def _ministry(frame: Frame, token: Token) -> Ref | None:
    """'Interior Minister X': the agency the text names whose name has the portfolio word
    ('the Interior Ministry')."""
    portfolio = {fold(t.text) for t in token.doc[max(token.i - 3, token.sent.start):token.i]
                 if t.dep_ in ("compound", "amod") and t.pos_ in ("PROPN", "ADJ", "NOUN")}
    return named_ministry(frame, portfolio) if portfolio else None


TITLE_COMPLEMENTS = frozenset({"staff", "operations"})  # 'chief of staff of X', 'head of operations of X'
PORTFOLIO_TITLES = frozenset({"secretary", "minister"})  # a portfolio's title before its holder: the ministry's


@starts(lemmas=(relations("official_titles"),))
def _titled_apposition(frame: Frame, token: Token) -> None:
    """'X, spokesman for the P security strategy' / 'X, the head of the national security commission'
    / 'X, then chief prosecutor of P': official_of the agency or office the title's phrase names."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in frame.lexicon("official_titles"):
        return  # a title may be capitalised: "X, Special Agent in Charge of ..."
    if token.dep_ == "appos":
        person = frame.ref(token.head, *PERSON)
    elif token.lemma_.lower() not in PORTFOLIO_TITLES:  # the title first: 'with the chief of staff of the air force, X'
        person = next((r for c in token.children if c.dep_ == "appos" and c.i > token.i
                       and (r := frame.ref(c, *PERSON)) is not None), None)
    else:
        return  # 'The Secretary of National Defence, General X': the ministry's (official_of.ministry_title)
    if person is None:
        return
    holders = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                         for o in p.children if o.lower_ == "charge" and p.lower_ == "in"
                         or o.lower_ in TITLE_COMPLEMENTS and p.lower_ == "of"]
    # "special agent in charge of the DEA's field division", 'the chief of staff of the air force'
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
            continue
        for obj in prep.children:
            office = _office_named(frame, token, obj) if obj.dep_ == "pobj" else None
            if office is not None:
                title = " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ != "det"
                                 and t.lower_ not in ("then", "now", "a", "an", "the"))
                frame.emit("official_of", person, office, token, "official_of.title_apposition.v1",
                           title=title, presupposed=True)


@starts(lemmas=(relations("official_titles"),))
def _whose_office(frame: Frame, token: Token) -> None:
    """'the Federal Police, whose Commissioner General at the time was X' / 'the FGR, whose head, X, said ...' /
    'the Navy, whose spokesman X spoke': X holds the title in the agency the relative clause hangs from."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in frame.lexicon("official_titles") \
            or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    owner = clause.head if clause is not None else token.head if token.dep_ == "appos" else None
    people = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, PERSON)]
    named = frame.ref(token.doc[token.i + 1], *PERSON) if token.i + 1 < len(token.doc) else None
    if not people and named is not None and named.span.start == token.i + 1:
        people = [named]  # 'whose spokesman X spoke'
        if owner is None and named.span.root.dep_ == "appos":
            owner = named.span.root.head  # the title parsed as part of the name, in apposition to the agency
    agencies = parties(frame, owner, ("agency",)) if owner is not None else []
    if not people and token.dep_ == "nsubj" and token.head.lemma_.lower() in ("be", "remain"):
        people = [r for c in token.head.children if c.dep_ == "attr" for r in parties(frame, c, PERSON)]
    title = " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod") or t is token)
    for person in people:
        for agency in agencies:
            frame.emit("official_of", person, agency, token, "official_of.whose_office.v1", title=title,
                       presupposed=True)


def _office_named(frame: Frame, title: Token, obj: Token) -> Ref | None:
    """The office a title's object names: an agency, an organisation or a country; a phrase
    headed by an office noun ('the P security strategy', 'the national security commission') as
    a new agency; a place after 'prosecutor' ('chief prosecutor of P') as P's prosecutor's office."""
    ref = frame.ref(obj)
    if ref is not None and ref.kind in ("agency", "organization", "country") and ref.span.root.i == obj.i:
        return ref
    owner = next((r for c in obj.children if c.dep_ == "poss" and (r := frame.ref(c, "agency")) is not None), None)
    if owner is not None and (ref is None or ref.kind == "place") and obj.lemma_.lower() in frame.lexicon(
            "office_nouns") | {"division", "office", "bureau", "unit", "department", "field"}:
        return owner  # "the DEA's Atlanta Field Division": an office of the DEA
    phrase = [t for c in obj.children if c.dep_ not in ("relcl", "acl", "appos", "punct") for t in c.subtree]
    if ref is not None and ref.kind == "criminal_group" or any(
            frame.ref(t, "criminal_group", "person") is not None for t in phrase):
        return None  # "head of security for G": a role in a group (rules/people.py)
    if title.lemma_.lower() == "prosecutor" and obj.pos_ == "PROPN" and ref is not None \
            and ref.span.root.i == obj.i and len(ref.span) == 1:
        return _new_agency(frame, obj.doc[obj.i:obj.i + 1], f"{obj.text} prosecutor's office")
    if ref is None and obj.lemma_.lower() in frame.lexicon("office_nouns") and any(
            c.dep_ in ("compound", "amod") for c in obj.children):
        words = [t for t in obj.subtree if t.i <= obj.i]
        words = words[1:] if words and words[0].dep_ == "det" else words
        return _new_agency(frame, obj.doc[words[0].i:obj.i + 1], " ".join(t.text for t in words))
    return None


def _new_agency(frame: Frame, span: Span, name: str) -> Ref:
    """An agency the text names by a phrase, not by a name the entity tagger knows."""
    entity = Entity.make("agency", name)
    return frame.introduce(entity, span.start, span.end)


@cache
def _hostage_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p) for p in load_patterns("relations")["hostage_phrases"])


def _hostage_verbs() -> frozenset[str]:
    """The verbs the hostage phrases start with ('hand' of 'hand over')."""
    return frozenset(p[0] for p in _hostage_phrases())


@starts(lemmas=(_hostage_verbs,))
def _held(frame: Frame, token: Token) -> None:
    """'X would be handed over to Y as a guarantee' / 'X is held by Y'."""
    if token.pos_ != "VERB":
        return
    phrases = _hostage_phrases()
    particles = tuple(c.lower_ for c in token.children if c.dep_ == "prt")
    if (token.lemma_.lower(),) + particles not in phrases and (token.lemma_.lower(),) not in phrases:
        return
    nouns = frame.lexicon("hostage_nouns")
    if token.lemma_.lower() == "hand" and not any(t.lemma_.lower() in nouns for t in token.subtree):
        return
    subject = next((c for c in token.children if c.dep_ in ("nsubjpass", "dobj")), None)
    people = parties(frame, subject, PERSON) if subject is not None else []
    holders = [r for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
               for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    for person in people:
        for group in holders:
            frame.emit("held_by", person, group, token, "held_by.handed_over.v1")


# The office and hostage rules, in order.
office_rules = RuleSet(
    _official, local_office, ministerial_office, district_attorney, _office, _titled_apposition, _whose_office, _held,
)
