"""Ministries named by their minister's title: official_of the ministry.

'Interior Secretary X', 'Security Minister X', 'the Secretary of National Defence, General X', 'the Minister for
Justice, X', 'National Security Commissioner X', 'X served as secretary of public security'. The title's portfolio
(its words before the head or after 'of' or 'for', one of them a portfolio word) and its head ('secretary', 'minister',
'commissioner') name the body: an agency the text names with the portfolio's words ('the Justice Ministry
said'), else the knowledge base's agency of the title's country called by one of the body's usual names
('Secretariat of National Defence', 'Mexican Interior Ministry'). A minister's ministry known by neither is
named from the title ("Paraguay's interior minister": the Paraguayan Ministry of the Interior); a secretary's
is left to rules/offices.py (an official of the country).
The country is the one on the title (a demonym, "Guatemala's", 'of Venezuela'), else the one the sentence, the
whole text or its opening names. A title with a region word, a place that is no country or a person on it
('the state security secretary', "Veracruz's security secretary", "Duarte's security secretary") is a local
office (rules/local_offices.py); a title with no portfolio word ('press secretary', 'Deputy Minister') names
no ministry.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold
from testigo.extract.rules.dispatch import relations, starts
from testigo.kb import KnowledgeBase
from testigo.model import Alias, Entity

__all__ = ["holds_ministry", "inside_title", "ministerial_office", "ministry_of", "named_ministry"]

PERSON = ("person",)
JOINING = frozenset({"the", "and", "of"})  # words a portfolio may hold but not start or end with
RANKS = frozenset({"general", "admiral", "gen.", "adm.", "dr.", "doctor"})  # 'the Secretary of X, General Y'


@starts(words=(relations("ministerial_titles"),))
def ministerial_office(frame: Frame, token: Token) -> None:
    """The person a ministerial title names, official of the ministry the title heads."""
    ministry = ministry_of(frame, token)
    person = _holder(frame, token) if ministry is not None else None
    if person is None or ministry is None:
        return
    frame.emit("official_of", person, ministry, token, "official_of.ministry_title.v1",
               title=_title_text(frame, token), presupposed=True)


def holds_ministry(frame: Frame, person: Ref) -> bool:
    """Whether a ministerial title of the person's sentence names that person ('The Secretary of
    National Defence, General X': X holds the ministry, not the 'National Defence' a tagger found)."""
    titles = frame.table("ministerial_titles")
    return any(t.lower_ in titles and ministry_of(frame, t) is not None and (found := _holder(frame, t)) is not None
               and found.entity_id == person.entity_id for t in person.span.sent)


def inside_title(frame: Frame, ref: Ref) -> bool:
    """Whether a name is the portfolio of a ministerial title ('National Defence' of 'the Secretary of
    National Defence'): the ministry stands for it, the name is no body of its own."""
    doc, titles = ref.span.doc, frame.table("ministerial_titles")
    near = [doc[i] for i in (ref.span.start - 2, ref.span.end) if 0 <= i < len(doc) and doc[i].lower_ in titles]
    for title in near:
        before, after = _portfolio(frame, title)
        words = {t.i for t in before + after}
        if set(range(ref.span.start, ref.span.end)) <= words and ministry_of(frame, title) is not None:
            return True
    return False


def ministry_of(frame: Frame, token: Token) -> Ref | None:
    """The ministry a ministerial title at ``token`` heads ('Interior Secretary', 'Secretary of National
    Defence'), or None when the title has no portfolio or is a region's office."""
    if token.lower_ not in frame.table("ministerial_titles") or token.pos_ not in ("NOUN", "PROPN"):
        return None
    before, after = _portfolio(frame, token)
    words = before + after
    if not words or not {t.lower_ for t in words} & frame.lexicon("portfolio_words"):
        return None
    first = before[0] if before else token
    country, local = _country(frame, first, after[-1] if after else token)
    if local:
        return None
    named = named_ministry(frame, {fold(t.text) for t in words if t.lower_ in frame.lexicon("portfolio_words")},
                           country)
    if named is not None:
        return named
    known = _known(frame, " ".join(t.text for t in words), frame.table("ministerial_titles")[token.lower_], country) \
        or _new_ministry(frame, words, token, country)
    return frame.introduce(known, first.i, (after[-1].i if after else token.i) + 1) if known is not None else None


def _new_ministry(frame: Frame, words: list[Token], title: Token, country: Entity | None) -> Entity | None:
    """A country's ministry the knowledge base does not know, named from its minister's title the usual English
    way: "Bolivia's interior minister" -> 'Bolivian Ministry of the Interior', 'Justice Minister X' in a text
    about Denmark -> 'Danish Ministry of Justice' (patterns/relations.yaml portfolio_names). Only a minister's
    (a secretary or a commissioner may head a body of another shape), and only a country with a demonym."""
    if title.lower_ != "minister" or country is None or country.kind != "country":
        return None
    demonym = _demonym(frame, country.name)
    if demonym == country.name:
        return None
    text = " ".join(t.text.title() if t.lower_ not in JOINING else t.lower_ for t in words)
    portfolio = frame.table("portfolio_names").get(text.lower(), text)
    return Entity.make("agency", f"{demonym} Ministry of {portfolio}", aliases=(Alias(f"{demonym} {text} Ministry"),))


def _portfolio(frame: Frame, token: Token) -> tuple[list[Token], list[Token]]:
    """The portfolio's words before the title ('Federal Security Secretary') and after its 'of' or 'for'
    ('Secretary of the Interior', 'Minister for Home Affairs'), without a joining word at either end."""
    vocabulary = frame.lexicon("portfolio_words", "portfolio_modifiers")
    doc, sent = token.doc, token.sent
    i = token.i
    while i > sent.start and doc[i - 1].lower_ in vocabulary:
        i -= 1
    before = _trimmed(list(doc[i:token.i]))
    after: list[Token] = []
    if token.i + 1 < sent.end and doc[token.i + 1].lower_ in ("of", "for"):  # 'Minister for Justice'
        j = token.i + 2
        while j < sent.end and doc[j].lower_ in vocabulary:
            j += 1
        after = _trimmed(list(doc[token.i + 2:j]))
    return before, after


def _trimmed(words: list[Token]) -> list[Token]:
    while words and words[0].lower_ in JOINING:
        words = words[1:]
    while words and words[-1].lower_ in JOINING:
        words = words[:-1]
    return words


def _country(frame: Frame, first: Token, last: Token) -> tuple[Entity | None, bool]:
    """The title's country, and whether the title is a region's or a person's: the word before it
    ("Guatemala's", 'Mexican'; 'state', 'Veracruz', "Duarte's" make it a region's or a person's office) or a
    name after an 'of' right after it ('of Venezuela'), else the country of its sentence, of the whole text
    or of the text's opening."""
    from testigo.extract.national_forces import dominant_country
    from testigo.extract.rules.offices import home_country, sentence_country
    from testigo.extract.rules.phrases import country_of

    doc = first.doc
    i = first.i - 1
    if i >= first.sent.start and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    near = [doc[i]] if i >= first.sent.start else []
    if last.i + 2 < first.sent.end and doc[last.i + 1].lower_ == "of":
        near.append(doc[last.i + 2] if doc[last.i + 2].lower_ != "the" else doc[min(last.i + 3, len(doc) - 1)])
    for word in near:
        if word.lower_ in frame.lexicon("region_words"):
            return None, True
        country = country_of(frame, word)
        if country is not None:
            return frame.ents.entities[country.entity_id], False
        if frame.name(word, "place", "person") is not None:
            return None, True
    found = sentence_country(frame, first)
    if found is None and frame.kb is not None:
        dominant = dominant_country(frame.doc, list(frame.doc.ents), frame.kb)
        if dominant is not None:
            return frame.kb.entities.get(dominant), False
        found = home_country(frame)
    return (frame.ents.entities[found.entity_id] if found is not None else None), False


def _known(frame: Frame, portfolio: str, nouns: list[str], country: Entity | None) -> Entity | None:
    """The knowledge base's agency of ``country`` called by one of the body's usual names (with no
    country known, only a body of no country)."""
    if frame.kb is None:
        return None
    owner = country.name if country is not None else None
    portfolios = [portfolio]
    if portfolio.split()[0].lower() in ("federal", "national") and len(portfolio.split()) > 1:
        portfolios.append(portfolio.split(" ", 1)[1])
    prefixes = [""] + ([f"{_demonym(frame, owner)} ", f"{owner}'s "] if owner else [])
    for prefix in prefixes:
        for p in portfolios:
            for noun in nouns:
                for name in (f"{prefix}{p} {noun}", f"{prefix}{noun} of {p}", f"{prefix}{noun} of the {p}"):
                    for entity in frame.kb.lookup(name):
                        own = frame.kb.country_of(entity.id)
                        if entity.kind == "agency" and (own.id == country.id if own is not None and country
                                                        is not None else own is None):
                            return entity
    return None


def named_ministry(frame: Frame, portfolio: set[str], country: Entity | None = None) -> Ref | None:
    """An agency the text names whose names hold every (folded) portfolio word and a ministry's noun ('Justice
    Minister X' after 'the Justice Ministry said'), not one of another country than ``country`` ("Guatemala's
    foreign minister" is not the Mexican Foreign Ministry's)."""
    for ref in frame.ents.refs:
        if ref.kind != "agency":
            continue
        entity = frame.ents.entities[ref.entity_id]
        names = {w for name in KnowledgeBase.names(entity) for w in fold(name).split()}
        own = frame.kb.country_of(entity.id) if frame.kb is not None else None
        if portfolio <= names and names & frame.lexicon("ministry_nouns") and (
                own is None or country is None or own.id == country.id):
            return ref
    return None


def _demonym(frame: Frame, country: str) -> str:
    """The adjective of a country ('Venezuelan'), or its name when the table has none."""
    for word, named in frame.table("demonyms").items():
        if named == country and word.isalpha() and len(word) > 3:
            return str(word).title()
    return country


def _holder(frame: Frame, token: Token) -> Ref | None:
    """The person the title names: right after it or its portfolio ('Interior Secretary X', 'the Secretary
    of National Defence, General X'), in apposition either way, its subject ('X is the security
    secretary') or the subject of 'served as'."""
    from testigo.extract.rules.local_offices import holder

    doc = token.doc
    _, after = _portfolio(frame, token)
    i = (after[-1].i if after else token.i) + 1
    while i < token.sent.end and (doc[i].lower_ in RANKS or doc[i].is_punct and doc[i].text == ","):
        i += 1
    following = frame.name(doc[i], *PERSON) if i < token.sent.end else None
    if following is not None and following.span.start == i:
        return following
    found = holder(frame, token)
    if found is not None:
        return found
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return frame.name(subject, *PERSON) if subject is not None else None
    return None


def _title_text(frame: Frame, token: Token) -> str:
    before, after = _portfolio(frame, token)
    words = before + [token] + ([token.doc[token.i + 1]] + after if after else [])
    return " ".join(t.text for t in words)
