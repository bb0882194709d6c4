"""spaCy components of testigo: each takes a Doc and returns it.

``testigo_entities_v1`` replaces the model's entities with ours: names from the
knowledge base (matched on folded text, acronyms case-sensitively), names the KB
does not know found by their shape (groups, people with nicknames, publications),
and the model's own PERSON/ORG/GPE/LOC entities mapped to our kinds. Each entity
span's label is a schema kind; ``span._.kb_id`` names the KB entity when known and
``span._.nickname`` keeps a nickname read inside the name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

import numpy
from spacy.attrs import LOWER, NORM, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from testigo.extract.attributes import ArrayAttributeRuler
from testigo.extract.citations import citations
from testigo.extract.distinct_names import groups_by_distinct_words, kb_index
from testigo.extract.extensions import ext
from testigo.extract.families import listed_family, name_in_full
from testigo.extract.gated_matcher import GatedMatcher
from testigo.extract.group_cues import (
    groups_by_deeds,
    named_by_noun,
    people_by_deeds,
    places_by_deeds,
    surnames_of_people,
)
from testigo.extract.group_names import (
    acronym_groups,
    coordinated_groups,
    family_groups,
    group_openings,
    group_sides,
    known_seniors,
    national_groups,
    national_parts,
    person_networks,
    suffixed_groups,
    surname_groups,
)
from testigo.extract.group_types import fights_group, is_organisation_name, part_of_group, retype, words_of
from testigo.extract.hyphens import hyphen_joined, hyphened_particle
from testigo.extract.interviews import label_end, label_names
from testigo.extract.lemmas import CachedLemmatizer
from testigo.extract.lexicon import demonym_countries, fold, load_patterns
from testigo.extract.local_forces import local_forces
from testigo.extract.name_repairs import (
    GROUP_NOUNS,
    NICKNAME_STARTS,
    PARTICLES,
    PERSON_NOUNS,
    PLACE_PREPS,
    SETTLEMENT_NOUNS,
    abbreviates,
    adjacent_names,
    aged_people,
    capital_names,
    conjoined_places,
    described_people,
    district_offices,
    extended_group_names,
    facilities,
    given_name_runs,
    inverted_names,
    is_acronym,
    listed_places,
    named_before_acronym,
    particle_tails,
    places_by_context,
    reattach_appositions,
    settlement_names,
    short_group_names,
    untagged_places,
)
from testigo.extract.national_forces import demonym_country, force_index, national_forces
from testigo.extract.pseudonyms import nicknames_before_names, pseudonyms
from testigo.extract.repeats import repeated_names
from testigo.extract.tokens import positions, text_of, texts, tokens_of
from testigo.kb import KnowledgeBase

__all__ = ["EntityTagger", "make_entity_tagger"]

for _name in ("kb_id", "nickname", "full_name"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

PRIORITY = {"nickname": 3, "kb": 2, "shape": 1, "model": 0}
GENERATIONS = {"jr", "sr", "snr", "jnr"}  # 'Christopher Jr': a generation, not a surname
QUOTES = {"'", "\u2018", "\u2019", '"', "\u201c", "\u201d", "`", "``", "''"}
SAINTS = {"san", "santa", "santo", "sao", "sant"}  # "San Miguel de Allende" is a town, not a Miguel
PLURAL_ARTICLES = {"los", "las"}  # "Los Cuervos" names a group, never one person
PERSON_AFTER_COMMA = {"who", "whose", "alias"}
NICKNAME_NOUNS = {"nickname", "moniker", "sobriquet"}
ALIAS_CUES = {"as", "alias", "nicknamed", "dubbed", "goes", "go", "went", "by"} | NICKNAME_NOUNS
MODEL_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}
MISC_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}  # names the model did not know what of; a context may tell


def _variants(kind: str, names: list[str]) -> list[str]:
    """Names as written, plus hyphenated double surnames for people ('Guzmán-López')."""
    found = list(names)
    if kind == "person":
        for name in names:
            words = name.split()
            if len(words) >= 3 and "-" not in name:
                found.append(" ".join(words[:-2]) + f" {words[-2]}-{words[-1]}")
    return found


def _names_something(span: Span) -> bool:
    """A group name must hold a proper noun: 'Mexican cartels' is a class, not a group."""
    return any(t.pos_ == "PROPN" and t.is_title or t.is_upper for t in span)


class EntityTagger:
    """Finds the entities of a document and labels them with schema kinds."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.distinct = kb_index(kb)
        self.forces = force_index(kb)
        self.openings = group_openings(kb)
        self.words = load_patterns("entities")
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.shapes = GatedMatcher(nlp.vocab, norm=fold)  # set_norms gives every token norm fold(text)
        self._add_kb(nlp)
        self._add_shapes()

    def _add_kb(self, nlp: Language) -> None:
        for entity in self.kb:
            exact, folded = [], []
            for name in _variants(entity.kind, KnowledgeBase.names(entity)):
                pattern = nlp.make_doc(name)
                if is_acronym(name):
                    exact.append(pattern)
                else:
                    set_norms(pattern)
                    folded.append(pattern)
            if exact:
                self.exact.add(entity.id, exact)
            if folded:
                self.folded.add(entity.id, folded)

    def _add_shapes(self) -> None:
        w = self.words
        title = {"IS_TITLE": True}
        heads = {"NORM": {"IN": [fold(x) for x in w["group_heads"]]}}
        hyphen = {"ORTH": "-"}
        named = {"IS_TITLE": True, "IS_ALPHA": True}
        self.shapes.add("criminal_group", [
            [{"IS_TITLE": True, "OP": "+"}, heads],
            # "the Santa Rosa de Lima gang": a place's name with a particle inside, then the head
            [{"IS_TITLE": True, "OP": "+"}, {"NORM": {"IN": ["de", "del"]}, "IS_LOWER": True},
             {"NORM": {"IN": ["la", "los", "las"]}, "IS_LOWER": True, "OP": "?"}, {"IS_TITLE": True, "OP": "+"},
             dict(heads, IS_LOWER=True)],
            [named, hyphen, named, heads],  # "the Abete-Abbinante clan", "the Rinaldi-Reale gang"
            [{"TEXT": {"REGEX": r"^\d{1,3}s$"}}, dict(heads, IS_LOWER=True)],  # "the 28s gang" (a prison gang)
            [named, hyphen, named, hyphen, named, heads],
            [named, hyphen, named, {"ORTH": "clan"}],
            [named, hyphen, named, hyphen, named, {"ORTH": "clan"}],
            [{"IS_DIGIT": True}, {"IS_TITLE": True, "OP": "*"}, dict(heads, IS_TITLE=True)],  # "the 300 Gang"
            [{"NORM": {"IN": [fold(x) for x in w["numbered_group_words"]]}, "IS_TITLE": True},
             {"IS_DIGIT": True}],  # "Frente 36", "Barrio 18"
            [{"IS_TITLE": True, "POS": "PROPN", "OP": "+"}, {"ORTH": "clan"}],  # "the Kinahan clan"
            [{"IS_TITLE": True, "OP": "+"}, {"NORM": "crime", "IS_TITLE": True},  # "the Doyle Organised Crime Group"
             {"NORM": {"IN": ["group", "syndicate", "family", "network"]}, "IS_TITLE": True}],
            [{"LOWER": {"REGEX": r"^\d+(st|nd|rd|th)$"}},
             {"NORM": {"IN": [fold(x) for x in w["ordinal_group_words"]]}, "IS_TITLE": True}],  # "the 33rd Front"
            [{"NORM": {"IN": [fold(x) for x in w["group_starts"]]}},
             {"NORM": {"IN": ["de", "del"]}}, {"NORM": {"IN": ["los", "las", "la"]}, "OP": "?"},
             {"IS_TITLE": True, "OP": "+"}],
            [{"NORM": {"IN": [fold(x) for x in w["group_starts"]]}, "IS_TITLE": True},  # "Cártel Nueva Plaza"
             {"IS_TITLE": True, "POS": "PROPN", "OP": "+"}],
            [{"ORTH": {"IN": ["Los", "Las"]}}, title, {"NORM": {"IN": ["de", "del"]}, "OP": "?"},
             {"IS_TITLE": True, "OP": "?"}],
            [{"ORTH": {"IN": ["Los", "Las"]}}, {"LOWER": {"IN": ["de", "del"]}},  # "Los del Puerto", "Los de la Sierra"
             {"LOWER": {"IN": ["la", "las", "los"]}, "OP": "?"}, title],
        ], greedy="LONGEST")
        self.shapes.add("publication", [
            [{"SHAPE": "dddd", "OP": "?"}, {"IS_TITLE": True, "OP": "+"},
             {"NORM": {"IN": [fold(x) for x in w["publication_heads"]]}, "IS_TITLE": True}],
        ], greedy="LONGEST")
        given = {"NORM": {"IN": [fold(x) for x in w["given_names"] + w["world_given_names"]]}, "IS_TITLE": True,
                 "POS": "PROPN"}
        articles = {"NORM": {"IN": [fold(x) for x in w["nickname_articles"]]}, "IS_TITLE": True}
        quote = {"ORTH": {"IN": sorted(QUOTES)}}
        nickname = [{"POS": "PROPN", "IS_TITLE": True, "OP": "+"}, quote, articles,
                    {"IS_TITLE": True, "OP": "+"}, quote, {"IS_TITLE": True, "OP": "+"}]
        before_surname = [quote, articles, {"IS_TITLE": True, "OP": "+"}, quote,  # '"El Tigre" Ramírez'
                          {"IS_TITLE": True, "POS": "PROPN", "OP": "+"}]
        # 'Salvatore "Totò" Riina', 'Juan Antonio "Tony" Hernández': a quoted short name between a given name
        # and a surname (no article inside the quotes)
        # the surname after the quotes: the tagger reads a rare one as a common noun ('"Pippo" Ferrante ran')
        surname = [{"IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}}, {"IS_TITLE": True, "POS": "PROPN", "OP": "*"}]
        short = [quote, {"IS_TITLE": True, "IS_ALPHA": True}, {"IS_TITLE": True, "IS_ALPHA": True, "OP": "?"}, quote,
                 *surname]  # also two words: 'Mark "Jah T" Coke'
        # Neapolitan and Sicilian articles: 'Edoardo "O' Romano" Contini', "'A Piccerella"
        dialect = [quote, {"LOWER": {"IN": ["o", "a", "'o", "'a", "\u2019o", "\u2019a"]}},
                   {"ORTH": {"IN": ["'", "\u2019"]}, "OP": "?"}, {"IS_TITLE": True, "OP": "+"}, quote, *surname]
        model_person = {"ENT_TYPE": "PERSON", "IS_TITLE": True, "OP": "+"}
        any_given = {k: v for k, v in given.items() if k != "POS"}  # 'Salvatore' the tagger reads as an adjective
        plain = [[any_given, {"POS": "PROPN", "IS_TITLE": True, "OP": "*"}] + short, [model_person] + short,
                 [{"POS": "PROPN", "IS_TITLE": True, "OP": "+"}] + dialect]
        self.shapes.add("nickname", [nickname, nickname + [{"ORTH": "-"}, title], before_surname, *plain],
                        greedy="LONGEST")
        # 'Jorge Alberto "N"': Mexican authorities withhold a detainee's surname; a person, not an alias "N"
        named = {"POS": {"IN": ["PROPN", "NOUN", "ADJ"]}, "IS_TITLE": True, "OP": "+"}
        self.shapes.add("withheld", [[named, quote, {"ORTH": "N"}, {"ORTH": {"IN": [",", "."]}, "OP": "?"}, quote]],
                        greedy="LONGEST")
        particle = {"NORM": {"IN": ["de", "del"]}}
        article = {"NORM": {"IN": ["la", "los", "las"]}, "IS_LOWER": True, "OP": "?"}
        self.shapes.add("person", [  # "María de los Ángeles Pineda Villa": particles inside a name
            [given, {"IS_TITLE": True, "POS": "PROPN", "OP": "+"}],
            [given, {"IS_TITLE": True, "POS": "PROPN", "OP": "*"}, particle, article, {"IS_TITLE": True, "OP": "+"}],
            [{"IS_TITLE": True, "POS": "PROPN", "NORM": {"NOT_IN": sorted(GROUP_WORDS)}}, particle, article, given,
             {"IS_TITLE": True, "POS": "PROPN", "OP": "+"}],  # "Yobanis de Jesús Ávila Rentería": a rare first name
        ], greedy="LONGEST")
        # "Issa R.", "Abdul Majed R.": a surname cut to its initial, as the German and Dutch press name a suspect
        # (not a Roman numeral: "World War I."); _initialled says which are names
        self.shapes.add("initialled", [[{"IS_TITLE": True, "POS": "PROPN", "NORM": {"NOT_IN": sorted(GROUP_WORDS)},
                                         "OP": "+"}, {"TEXT": {"REGEX": r"^[A-HJ-UWYZ]\.$"}}]], greedy="LONGEST")
        itself = [{"LOWER": {"IN": ["itself", "themselves"]}}, {"LOWER": "the", "OP": "?"}, {**quote, "OP": "?"},
                  title,
                  {"IS_TITLE": True, "OP": "*"}, {"ORTH": "-", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]
        self.shapes.add("self_name", [itself, itself + [{"LOWER": {"IN": ["of", "de", "del"]}},
                                                        {"LOWER": {"IN": ["la", "los", "las", "the"]}, "OP": "?"},
                                                        title, {"IS_TITLE": True, "OP": "*"}]],
                        greedy="LONGEST")  # 'which calls itself the Northern Self-Defence Forces of X'
        cue = {"NORM": {"IN": ["as", "alias", "nicknamed", "dubbed"]}}
        self.shapes.add("alias", [[cue, {"ORTH": {"IN": sorted(QUOTES)}, "OP": "?"}, articles,
                                   {"IS_TITLE": True, "OP": "+"}],
                                  [cue, quote, articles, {"IS_DIGIT": True}, quote],  # 'as "El 200"'
                                  [quote, articles, {"IS_DIGIT": True}, quote],
                                  # 'alias "Chiquito Malo"', 'known as "Chamalé," ran' (the comma inside)
                                  [cue, quote, {"IS_TITLE": True, "OP": "+"}, {"ORTH": ",", "OP": "?"}, quote],
                                  [{"LOWER": {"IN": ["goes", "go", "went"]}}, {"LOWER": "by"}, quote,
                                   {"IS_TITLE": True, "OP": "+"}, quote],  # 'who goes by "El Zurdo"'
                                  [{"LOWER": {"IN": sorted(NICKNAME_NOUNS)}}, quote, {**articles, "OP": "?"},
                                   {"IS_TITLE": True, "OP": "+"}, {"ORTH": ",", "OP": "?"}, quote]],
                          # the last: 'goes by the nickname "Z-43,"'
                          greedy="LONGEST")
        # 'Juan Pérez, "El Puma", ...': a quoted nickname set off by commas right after a name
        # ('Maximiliano Bonilla Orozco, "Valenciano", ...': with no article only right after a person's name)
        self.shapes.add("quoted_alias", [[{"ORTH": ","}, quote, {**articles, "OP": "?"}, {"IS_TITLE": True, "OP": "+"},
                                          quote, {"ORTH": {"IN": [",", ")", ".", ";"]}}]], greedy="LONGEST")
        # 'Juan Ramón Castro Ortega ("El Chino Antrax")': a nickname in brackets outranks the names inside it
        self.shapes.add("bracketed_alias", [[{"ORTH": "("}, quote, articles, {"IS_TITLE": True, "OP": "+"}, quote,
                                             {"ORTH": ")"}]], greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        set_norms(doc)
        reattach_appositions(doc)
        candidates = self._kb_spans(doc) + self._shape_spans(doc) + self._model_spans(doc)
        chosen = _witnesses(doc, [s for s in hyphen_joined(doc, choose(candidates)) if not _designation_label(s)])
        groups_by_distinct_words(chosen, self.distinct)
        chosen = self._shared_surnames(doc, self._whole_names(doc, aged_people(doc, chosen)))
        chosen = listed_family(doc, chosen, self.kb)
        chosen += _first_names(doc, chosen)
        _given_names_before(doc, chosen, self.kb)
        chosen = _with_surnames(doc, chosen, lambda kept: [_as_group(doc, s) for s in particle_tails(doc, kept)])
        chosen = inverted_names(doc, capital_names(doc, given_name_runs(doc, adjacent_names(doc, chosen))))
        chosen = facilities(doc, settlement_names(doc, places_by_context(doc, chosen)))
        chosen = conjoined_places(doc, listed_places(doc, chosen))
        people, surnames = described_people(doc, chosen)
        chosen = [s for s in chosen if not any(s is place for place in surnames)] + people
        chosen = pseudonyms(doc, nicknames_before_names(doc, chosen))
        chosen += untagged_places(doc, chosen)
        chosen = [s for s in district_offices(doc, named_before_acronym(doc, chosen)) if not _designation_label(s)]
        chosen = _with_acronyms(doc, chosen)
        chosen = coordinated_groups(doc, suffixed_groups(doc, known_seniors(doc, chosen), self.kb), self.kb)
        chosen = named_by_noun(doc, retype(doc, chosen + _described_groups(doc, chosen)))
        chosen += _described_groups(doc, chosen, parts_only=True)  # 'X became a chapter of G', G a group since retype
        chosen = places_by_deeds(doc, people_by_deeds(doc, groups_by_deeds(doc, chosen)))
        chosen = _with_surnames(doc, chosen)  # 'Sánchez' alone, once 'Keylor Sánchez Obando' is known as a person
        chosen = national_parts(doc, group_sides(doc, family_groups(doc, chosen, self.kb), self.openings), self.kb)
        chosen = national_groups(doc, chosen)
        chosen = acronym_groups(doc, person_networks(doc, surname_groups(doc, chosen)))
        chosen = extended_group_names(doc, chosen + short_group_names(doc, chosen))
        chosen = local_forces(doc, national_forces(doc, chosen, self.kb, self.forces))
        chosen = surnames_of_people(doc, _surnames_everywhere(_same_kind_everywhere(
            chosen + [_as_group(doc, s) for s in repeated_names(doc, chosen)])))
        chosen = [_with_number(doc, s) for s in chosen]
        chosen = [s for s in chosen if ext(s, "kb_id")
                  or not (s.label_ == "criminal_group" and self._bare_group_word(s))
                  and not all(t.norm_ in NICKNAME_STARTS | PARTICLES for t in s)  # 'El' alone names no one
                  and not (len(s) == 1 and s[0].lower_ in _participles())  # a headline's 'Leader Extradited'
                  and not _designation_label(s)]
        chosen = _turn_speakers(doc, _outside_citations(doc, chosen))
        # the repair steps above may each add a span over the same words ("Ciro Marcelo" and "Ciro Marcelo
        # Palacios Varela"); spaCy refuses overlapping entities, so the longest is kept
        doc.ents = sorted(filter_spans(chosen), key=lambda span: span.start)
        return doc

    def _bare_group_word(self, span: Span) -> bool:
        """'Gang leader X', 'Cartel': a group word alone names no group ('the organisation of X' is
        named through X: group_names.person_networks)."""
        heads = words_of("group_heads")
        articles = ("the", "los", "las", "la", "el")
        return all(t.norm_ in heads or t.norm_ in articles for t in span) and not ext(span, "full_name")

    def _whole_names(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """A person's name the model cut after a rare first given name ('Dairo' in 'Dairo Antonio
        Úsuga David', 'Jobanis de' in 'Jobanis de Jesús Ávila Villadiego') takes back the capitalised
        name words and Spanish particles before it; titles, sentence openers, known places, groups
        and agencies stop it."""
        by_token = {i: span for span in chosen for i in range(span.start, span.end)}
        dropped: set[int] = set()
        out = []
        for span in chosen:
            start = span.start
            if span.label_ == "person" and not ext(span, "nickname"):
                start = self._name_start(doc, span.start, by_token)  # also a known person's: 'José' + 'Adolfo ...'
            if start == span.start:
                out.append(span)
                continue
            longer = Span(doc, start, span.end, label="person")
            longer._.full_name = span._.full_name
            longer._.kb_id = span._.kb_id
            dropped |= {id(by_token[i]) for i in range(start, span.start) if i in by_token}
            out.append(longer)
        return [s for s in out if id(s) not in dropped]

    def _name_start(self, doc: Doc, start: int, by_token: dict[int, Span]) -> int:
        stops = _name_stops()

        def name_word(i: int) -> bool:
            token = doc[i]
            other = by_token.get(i)
            # 'Ramiro' (the model's town) in 'Ramiro Pozos González': a one-word guess inside the name's phrase
            guessed_place = other is not None and len(other) == 1 and not other._.kb_id and other.label_ == "place" \
                and token.dep_ == "compound" and token.head.i >= start
            if other is not None and not guessed_place and (len(other) > 1 or other._.kb_id
                                                            or other.label_ not in ("person", "organization")):
                return False
            if i > 1 and doc[i - 1].lower_ == "of" and (doc[i - 2].is_title or doc[i - 2].norm_ in stops):
                return False  # 'Secretary of State X': the end of a title ('heard of Orso Iván ...' is no title)
            # 'Yeferson Andrés Gil Cardona' opening a sentence, 'Érika María ...' (the model's work of art): a
            # word the parser puts inside the name's own phrase
            in_phrase = token.dep_ == "compound" and token.head.i >= start
            return (token.is_alpha and token.is_title and token.pos_ == "PROPN" and token.norm_ not in stops
                    and (not token.is_sent_start or in_phrase)
                    and (token.ent_type_ in ("", "PERSON", "ORG") or guessed_place
                         or in_phrase and token.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE"))
                    and not self.kb.lookup(token.text))

        def name_words(other: Span | None) -> bool:  # 'Yeiner de Jesús' (the model's organisation) + 'Cuesta Mena'
            return other is not None and other.label_ == "organization" and not other._.kb_id and all(
                t.lower_ in ("de", "del", "la", "los", "las") or name_word(t.i) or t.i == other.start and t.is_title
                and t.pos_ == "PROPN" and t.norm_ not in stops for t in other) and other[-1].is_title

        first = start
        while first - start > -4 and first > 0:
            i = first - 1
            if by_token.get(i) is not None and by_token[i].end == first and len(by_token[i]) > 1 \
                    and name_words(by_token[i]):
                first = by_token[i].start
                continue
            if name_word(i):
                first = i
                continue
            particle = 1 if doc[i].lower_ in ("de", "del") else 2 if doc[i].lower_ in ("la", "los", "las") \
                and i > 0 and doc[i - 1].lower_ == "de" else 0
            if particle and doc[i].is_lower and i - particle >= 0 and name_word(i - particle):
                first = i - particle
                continue
            break
        return first

    def _shared_surnames(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """'Arturo, Alfredo and Héctor Beltrán Leyva': each first name before the full name is a
        person with that surname (the KB's, when it knows the full name)."""
        by_token = {i: span for span in chosen for i in range(span.start, span.end)}
        replaced: dict[int, Span] = {}
        surnames_at = {}  # a word already used as someone's surname ('Moreno and Servando Gómez') is no first name
        for span in chosen:  # the surnames are a name's last two words (its second given name is none:
            if span.label_ == "person":  # 'Juan Ramón Matta Ballesteros' leaves 'Ramón and Benjamín Arellano' two men)
                for token in span[max(1, len(span) - 2):]:
                    surnames_at.setdefault(token.norm_, token.i)
        relabelled: dict[int, Span] = {}
        for span in chosen:
            if self._person_after_person(doc, span, by_token):  # 'Teodoro (person) and Anselmo Quiroga (org)'
                span = relabelled.setdefault(span.start, Span(doc, span.start, span.end, label="person"))
            if span.label_ != "person" or len(span) < 2 or not all(t.is_title for t in span) \
                    or span[0].norm_ in SAINTS or span[-1].norm_.rstrip(".") in GENERATIONS:
                continue  # 'Tegucigalpa and San Pedro Sula': a town, no family; 'Daniel and Christopher Jr': no surname
            # Spanish names: the last two words are the surnames; 'Pedro and Ana Ruiz': one surname
            surname = span[-2:].text if len(span) >= 3 else span[-1].text
            i = span.start - 1
            while i >= 1 and doc[i].lower_ in (",", "and"):
                first = doc[i - 1]
                other = by_token.get(first.i)
                if not (_first_name_shape(first) and first.is_title) or (other is not None and len(other) > 1) \
                        or other is not None and other._.kb_id and other.label_ in ("place", "country") \
                        or surnames_at.get(first.norm_, first.i) < first.i:  # 'in Guerrero, Ramiro Guerrero'
                    break
                if len(span) == 2 and not self._bare_first_name(first, other):
                    break
                if doc[i].lower_ == "and" and i + 1 != span.start:
                    break
                one = Span(doc, first.i, first.i + 1, label="person")
                name_in_full(one, f"{first.text} {surname}", self.kb)
                replaced[first.i] = one
                i -= 2
        if not replaced:
            return chosen
        kept = [relabelled.get(s.start, s) for s in chosen if not (len(s) == 1 and s.start in replaced)]
        return kept + list(replaced.values())

    def _person_after_person(self, doc: Doc, span: Span, by_token: dict[int, Span]) -> bool:
        """A two-word name the model calls an organisation right after 'A and', A a one-word person."""
        if span.label_ != "organization" or span._.kb_id or len(span) != 2 or span.start < 2 \
                or doc[span.start - 1].lower_ != "and":
            return False
        first = by_token.get(span.start - 2)
        return first is not None and len(first) == 1 and first.label_ == "person" and not first._.kb_id

    def _bare_first_name(self, token: Token, span: Span | None) -> bool:
        """'Pedro' in 'Pedro and Ana Ruiz': a word that could be a first name alone, not a name the
        KB or the model gives to anything but a person ('Guzmán and Ismael Zambada' is two surnames'
        people when the KB knows Guzmán)."""
        if span is not None and (span._.kb_id or span.label_ != "person"):
            return False
        return (span is not None or token.ent_type_ in ("", "PERSON")) and not self.kb.lookup(token.text) \
            and token.norm_ not in _name_stops()

    def _kb_spans(self, doc: Doc) -> list[tuple[int, Span]]:
        found = []
        for matcher in (self.folded, self.exact):
            matches = matcher(doc)
            by_span: dict[tuple[int, int], list[str]] = {}
            for match_id, start, end in matches:
                by_span.setdefault((start, end), []).append(doc.vocab.strings[match_id])
            chosen = {at: self._regional_choice(doc, rivals) for at, rivals in by_span.items() if len(rivals) > 1}
            for match_id, start, end in matches:
                kb_id = doc.vocab.strings[match_id]
                if chosen.get((start, end), kb_id) != kb_id:
                    continue  # 'Los Rojos' of Guerrero, not of Tamaulipas, in a text about Guerrero
                span = Span(doc, start, end, label=self.kb.entities[kb_id].kind)
                if span.label_ in ("criminal_group", "person") and not any(t.is_title or t.is_upper for t in span):
                    continue  # 'the line of investigation' is not La Línea's English name, 'The Line'
                if span.label_ == "agency" and self._foreign_owner(doc, start, kb_id):
                    continue  # "Britain's Treasury Department" is not the US Treasury
                if span.label_ == "drug" and _inside_a_name(doc, start, end):
                    continue  # 'Lester Lloyd Coke': a surname, not the drug
                if span.label_ == "criminal_group" and self._local_branch(doc, start, end):
                    found.append((PRIORITY["kb"], Span(doc, start - 2, end, label="criminal_group")))
                    continue
                span._.kb_id = kb_id
                found.append((PRIORITY["kb"], span))
        return found

    def _foreign_owner(self, doc: Doc, start: int, kb_id: str) -> bool:
        """Whether the words before a knowledge-base agency give it another country than its own: "Britain's
        Treasury Department", "the Colombian Defence Ministry" name that country's office of the same name."""
        own = self.kb.countries.get(kb_id)
        if own is None or start == 0:
            return False
        before = doc[start - 1]
        if before.text in ("'s", "\u2019s") and start >= 2:
            countries = [e.id for e in self.kb.lookup(doc[start - 2].text) if e.kind == "country"]
        else:
            countries = [c for c in [demonym_country(before, self.kb)] if c is not None]
        return bool(countries) and own not in countries

    def _regional_choice(self, doc: Doc, rivals: list[str]) -> str:
        """Which of the knowledge-base entities that share a name and say their region in brackets ('Los Rojos
        (Guerrero)', 'Los Rojos (Tamaulipas)') a mention is: the one whose region the text names most often; the
        first in the knowledge base's files when the text names none of them more."""
        text = fold(text_of(doc))
        order = {entity_id: i for i, entity_id in enumerate(self.kb.entities)}

        def mentions(entity_id: str) -> int:
            region = re.search(r"\(([^)]+)\)", self.kb.entities[entity_id].name)
            return text.count(fold(region.group(1))) if region else 0

        return max(rivals, key=lambda r: (mentions(r), -order[r]))

    def _local_branch(self, doc: Doc, start: int, end: int) -> bool:
        """"Montreal's Sicilian Mafia": a group the knowledge base names by the people it comes from ('Sicilian',
        'Calabrian'), owned by a city, is that city's own group, not the one at home."""
        if start < 2 or doc[start - 1].text not in ("'s", "\u2019s") or not doc[start - 2].is_title:
            return False
        origin = doc[start]
        city = doc[start - 2].text
        return origin.is_title and (origin.pos_ == "ADJ" or origin.ent_type_ == "NORP" or origin.lower_.endswith(
            ("an", "ese"))) and not any(
            e.kind == "country" for e in self.kb.lookup(city)) and fold(city) not in fold(doc[start:end].text)

    def _shape_spans(self, doc: Doc) -> list[tuple[int, Span]]:
        found = []
        for match_id, start, end in self.shapes(doc):
            label = doc.vocab.strings[match_id]
            if label == "nickname":
                start = _after_group_words(doc, start, end)
                if start is not None:
                    found.append((PRIORITY["nickname"], self._nickname_span(doc, start, end)))
                continue
            if label == "withheld":
                n = next(t.i for t in doc[start:end] if t.text == "N")
                span = Span(doc, start, end, label="person")
                span._.full_name = f'{doc[start:n - 1].text} "N"'
                found.append((PRIORITY["nickname"], span))
                continue
            if label == "self_name":  # the name a group gives itself outranks the places inside it
                start += 2 if doc[start + 1].lower_ == "the" else 1
                start += int(doc[start].text in QUOTES)  # 'calls itself the "Matazetas"'
                found.append((PRIORITY["nickname"], Span(doc, start, end, label="criminal_group")))
                continue
            if label == "person" and start > 0 and (doc[start - 1].lower_ in PLACE_PREPS
                                                    or doc[start - 1].norm_ in SAINTS):
                continue  # "arrested in Jesús María", "San Miguel de Allende": places named like people
            if label == "person" and _unit_after_person(doc[start:end]):
                label = "criminal_group"
            if label == "initialled":
                if _initialled(doc, start, end):
                    found.append((PRIORITY["shape"], Span(doc, start, end, label="person")))
                continue
            if label == "bracketed_alias":
                if start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                    found.append((PRIORITY["nickname"], Span(doc, start + 2, end - 2, label="person")))
                continue
            if label == "quoted_alias":
                if start == 0 or not doc[start - 1].ent_type_ == "PERSON" and not doc[start - 1].is_title:
                    continue  # only right after a name
                name_type = "PERSON" if doc[start - 1].ent_type_ == "PERSON" or _name_before_alias(
                    doc, start) else doc[start - 1].ent_type_
                name_start = start - 1
                while name_start > 0 and doc[name_start - 1].ent_type_ == doc[start - 1].ent_type_ != "":
                    name_start -= 1
                if doc[start + 2].norm_ not in words_of("nickname_articles") and (
                        name_type != "PERSON" or end - start > 7
                        or name_start > 0 and doc[name_start - 1].lower_ == "by"):
                    continue  # no 'El': only after a name the model reads as a person's, of three words at most,
                    # not its author's ('a song by X, "Tierra Roja", ...')
                start, end, label = start + 2, end - 2, "person"
            quoted = False
            if label == "alias":  # 'known as "El Cuervo"': a person's nickname; 'as Los Cuervos': a group
                quoted = any(t.text in QUOTES for t in doc[start:start + 3])
                while start < end and (doc[start].lower_ in ALIAS_CUES or doc[start].text in QUOTES):
                    start += 1
                while end > start and (doc[end - 1].text in QUOTES or doc[end - 1].text == ","):
                    end -= 1
                label = "criminal_group" if doc[start].norm_ in PLURAL_ARTICLES else "person"
            while start < end and doc[start].norm_ in ("the", "a"):
                start += 1
            rest = [t for t in doc[start:end] if t.norm_ not in words_of("group_heads")]
            if label == "criminal_group" and len(rest) < end - start and (
                    all(t.pos_ == "ADJ" for t in rest) or len(rest) == 1 and rest[0].ent_type_ == "NORP"):
                continue  # "a Honduran gang", "the Colombian cartel": a people's adjective names no group
            if label == "criminal_group" and _describes_named(doc, start, end):
                continue
            named = quoted or _names_something(doc[start:end])  # a quoted nickname names someone
            if start < end and not self._is_known_place(doc[start:end]) and named:
                span = Span(doc, start, end, label=label)
                if label == "criminal_group" and end - start >= 2 and doc[end - 1].is_lower:
                    span._.full_name = doc[start:end - 1].text  # 'the Clan Rotela gang' is the Clan Rotela
                found.append((PRIORITY["shape"], span))
        return found

    def _nickname_span(self, doc: Doc, start: int, end: int) -> Span:
        """``Ismael 'El Mayo' Zambada``: a person; the KB entity by full name or by nickname."""
        span = Span(doc, start, end, label="person")
        quotes = [t.i for t in span if t.text in QUOTES]
        nickname = doc[quotes[0] + 1:quotes[-1]].text if len(quotes) >= 2 else None  # "O' Romano": outer quotes
        span._.nickname = nickname
        plain = " ".join(t.text for t in span if t.i < quotes[0] or t.i > quotes[-1]) if quotes else span.text
        if quotes and quotes[0] == start:
            span._.full_name = plain  # '"El Tigre" Ramírez' is Ramírez, known as El Tigre
        for name in (plain, nickname or ""):
            known = [e for e in self.kb.lookup(name) if e.kind == "person"]
            if known:
                span._.kb_id = known[0].id
                break
        return span

    def _is_known_place(self, span: Span) -> bool:
        return any(e.kind in ("place", "country") for e in self.kb.lookup(span.text))

    def _model_spans(self, doc: Doc) -> list[tuple[int, Span]]:
        found = []
        for ent in doc.ents:
            kind = self._model_kind(ent)
            if kind is None and ent.label_ not in MISC_LABELS:
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].pos_ in ("DET", "PUNCT", "CCONJ"):
                start += 1
            end = next((t.i for t in doc[start:end] if t.text in (":", ";") or "\n" in t.text), end)  # 'G: Coalition
            # of ...': a name ends at a colon opening what is said of it, and at the end of its line
            while end > start and (doc[end - 1].pos_ in ("PUNCT", "CCONJ", "PART") or doc[end - 1].tag_ == "POS"
                                   or doc[end - 1].pos_ == "ADP" and doc[end - 1].is_lower
                                   and doc[end - 1].lower_ not in ("de", "del")):  # "Coronel at" (not "San Bartolo de")
                end -= 1
            end = _spanish_tail(doc, start, end)
            if kind is None:  # 'a former member of the Rockers' (the model's PRODUCT): a plural name led or joined
                if start == end or not _plural_name_led(doc, doc[start:end]):
                    continue
                kind = "criminal_group"
            if start < end and kind in ("person", "place") and not any(t.text[:1].isupper() or t.like_num
                                                                       for t in doc[start:end]):
                continue  # 'the maras', 'clicas': a lower-case word is no one's name, whatever the model says
            if start < end and (kind != "criminal_group" or _names_something(doc[start:end])):
                found.append((PRIORITY["model"], Span(doc, start, end, label=kind)))
        return found

    def _model_kind(self, ent: Span) -> str | None:
        words = {t.norm_ for t in ent}
        if ent.label_ in ("PERSON", "ORG", "NORP") and ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "of" \
                and ent.doc[ent.start - 2].lemma_.lower() in self.words["place_owner_nouns"]:
            return "place"  # "the mayor of Iguala", "the streets of Tepic", "the department of Chocó"
        if ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and ent.root.dep_ == "pobj" \
                and ent.root.head.lower_ in PLACE_PREPS - {"at"}:
            return "place"  # "attacks in Mossoró": a people's name is an adjective, never the object of "in"
        if ent.label_ == "PERSON" and ent[0].norm_ in SAINTS | words_of("place_starts") and len(ent) >= 2:
            return "place"  # "San Pedro Sula", "Ciudad Valles": a saint's name, a city, is a town's, not a person's
        if ent.label_ == "ORG" and ent[0].norm_ in words_of("place_starts") and len(ent) >= 2 and ent[0].is_title \
                and not words & (words_of("group_heads") | words_of("agency_words")):
            return "place"  # "Villa Gobernador Gálvez", "Rancho Izaguirre": a town's or a ranch's name
        if ent.label_ == "PERSON" and _unit_after_person(ent):
            return "criminal_group"
        if ent.label_ in ("PERSON", "ORG") and hyphened_particle(ent):
            return "place"  # "Croix-des-Bouquets", "Saint-Jean-de-Luz": a town's shape, no person's or body's
        if ent.label_ in ("PERSON", "GPE", "LOC", "FAC") and words & words_of("agency_only_words"):
            return "agency"  # 'the Fiscalía', 'Fiscalía Distrito Zona Norte': an office, not a town or a man
        if ent.label_ in ("GPE", "LOC", "FAC") and _name_before_alias(ent.doc, ent.end):
            return "person"  # 'the brothers René Arzate García, alias "La Rana"': a place has no alias
        if ent.label_ in MODEL_KINDS:
            if ent.label_ == "GPE" and any(e.kind == "country" for e in self.kb.lookup(ent.text)):
                return "country"
            return MODEL_KINDS[ent.label_]
        if ent.label_ != "ORG":
            return None
        if len(ent) == 1 and ent[0].norm_ in demonym_countries() and ent[0].dep_ in ("amod", "compound"):
            return None  # "Guatemalan authorities": a people's adjective is no organisation
        if any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in ent.root.children) \
                and not words & words_of("group_heads"):
            return "person"  # "Julián Cortés, a former police commander, ...": a person, whatever the model says
        if ent[0].norm_ == "el" and len(ent) >= 2 and ent[1].is_title:  # "El Tigre": a nickname
            return "person"
        if _name_before_alias(ent.doc, ent.end):
            return "person"
        doc = ent.doc
        if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in PERSON_AFTER_COMMA \
                and not words & (words_of("group_heads") | words_of("agency_words")):
            return "person"  # "Wilmer Chavarría, alias Pipo, who ...": only people are 'who' or go by an alias
        if words & words_of("group_heads"):
            return "criminal_group"
        if words & words_of("agency_words"):
            return "agency"
        return "organization"


def _name_before_alias(doc: Doc, end: int) -> bool:
    """'Erickson Vargas Cardona, "Sebastián", ...', 'René Arzate García, alias "La Rana"': the model's
    organisation (or place, of three or four words) right before a comma and a quoted short name or 'alias' is
    a person's full name when it is capitalised words with no article, no group's, agency's or company's word
    (a group's quoted short name follows 'Los ...' or a group word)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].text not in QUOTES \
            and doc[end + 1].lower_ != "alias":
        return False  # (first, as it is cheap: the document's entities are made anew at each ask)
    ent = next((e for e in doc.ents if e.end == end and e.label_ in ("ORG", "GPE", "LOC", "FAC")), None)
    if ent is None or not (2 if ent.label_ == "ORG" else 3) <= len(ent) <= 4:
        return False
    words = {t.norm_ for t in ent}
    return all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent) and ent[0].norm_ not in NICKNAME_STARTS \
        and not words & (words_of("group_heads") | words_of("agency_words") | words_of("group_name_words")) \
        and not is_organisation_name(ent)


def _unit_after_person(span: Span) -> bool:
    """'the Jaime Martínez Front', 'the Pedro Ruiz Gang': a name that ends with a capitalised group or unit word
    names a group (after a man), not the man."""
    return len(span) >= 2 and span[-1].is_title \
        and span[-1].norm_ in words_of("group_heads") | words_of("ordinal_group_words")


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word matched as a drug inside a person's name as the model reads it ('Lester Lloyd Coke'):
    a surname. (A headline's 'Fentanyl Supplier' is no one's name and stays the drug.)"""
    return start > 0 and doc[start].is_title and doc[start].ent_type_ == "PERSON" \
        and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].is_title  # after a given name, not opening one


def _turn_speakers(doc: Doc, chosen: list[Span]) -> list[Span]:
    """In a transcript (two turn labels or more), a label in capitals names its speaker in full: 'RAÚL SOTO (former
    gunman):' is the person RAÚL SOTO (not 'SOTO' alone), 'HOST (ANA LIMA):' the person ANA LIMA; a label naming a
    part ('HOST', 'NARRATOR', 'CLIP', 'QUESTION') names no one. A label the knowledge base knows as a whole as
    another kind stays ('MEXICO: ...' is a heading). A label in mixed case names the person after its titles ('Cmdr
    Pryor:' is Pryor, whom a fuller name may name: _witnesses)."""
    text = text_of(doc)
    labels = [label_names(text, s, _line_end(text, s)) for s in _line_starts(text)]
    if sum(1 for people, parts in labels if people or parts) < 2:
        return chosen
    full = {text[a:b] for people, _ in labels for a, b in people if text[a:b].isupper() and " " in text[a:b].strip()}
    for people, parts in labels:  # one word is a name only as the last of a full one ('SOTO:' after 'RAÚL SOTO:')
        people = [(a, b) for a, b in people if text[a:b] in full or any(n.endswith(" " + text[a:b]) for n in full)] \
            + [name for a, b in people if not text[a:b].isupper() and (name := _after_titles(text, a, b))]
        for (a, b), is_person in [*((r, True) for r in people), *((r, False) for r in parts)]:
            words = doc.char_span(a, b, alignment_mode="expand")
            if words is None:
                continue
            over = [s for s in chosen if s.start < words.end and words.start < s.end]
            if any(ext(s, "kb_id") and s.label_ != "person" and (s.start, s.end) == (words.start, words.end)
                   for s in over):
                continue  # 'MEXICO: ...' is a heading; 'ANA LIMA' is no place
            chosen = [s for s in chosen if not any(s is o for o in over)]
            if is_person:
                chosen.append(Span(doc, words.start, words.end, label="person"))
    return chosen


# 'CASTELLANO, Assistant Commissioner Renee, Organised Crime Command': a hearing's witness, surname first in capitals
_CAPS = "A-Z\u00c0-\u00dd"
_WITNESS = re.compile(rf"(?P<surname>[{_CAPS}][{_CAPS}'\u2019\-]+(?: [{_CAPS}][{_CAPS}'\u2019\-]+)?), "
                      r"(?P<rest>(?:[A-Z][\w'\u2019\-.]* ){0,3}[A-Z][\w'\u2019\-]+)(?=,|\s*$)")


def _after_titles(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after the titles of a label in mixed case ('Pryor' in 'Cmdr Pryor', 'BRANNIGAN' in 'Senator
    BRANNIGAN'); None with no title first ('Breaking News' is no one)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    stops = _witness_stops()
    n = next((k for k, w in enumerate(words) if fold(w.group()).rstrip(".") not in stops), len(words))
    return (start + words[n].start(), end) if 0 < n < len(words) else None


_LINE_START = re.compile(r"^(?=\S)", re.MULTILINE)


def _line_starts(text: str) -> list[int]:
    """Where the lines of the text start with a word (each such character opens a token of the document)."""
    return [m.start() for m in _LINE_START.finditer(text)]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@cache
def _witness_stops() -> frozenset[str]:
    """Words before a witness's given name that are titles ('Assistant Commissioner', 'Mr', 'Senator')."""
    return _name_stops() | frozenset(load_patterns("relations")["official_titles"])


def _witnesses(doc: Doc, chosen: list[Span]) -> list[Span]:
    """A transcript's list of witnesses, a line each, surname first in capitals and then titles and given name
    ('CASTELLANO, Assistant Commissioner Renee, Organised Crime Command, ...'): the person Renee Castellano, whom a
    later label ('Asst Commissioner Castellano:') names by the surname. Read in a text of two turn labels or more."""
    text = text_of(doc)
    starts = _line_starts(text)
    if sum(1 for s in starts if label_end(text, s, _line_end(text, s)) is not None) < 2:
        return chosen
    stops = _witness_stops()
    for start in starts:
        match = _WITNESS.match(text, start, _line_end(text, start))
        words = match["rest"].split() if match else []
        given = [w for w in words if w.lower().rstrip(".") not in stops]
        if match is None or not given or len(given) == len(words) or any(w.isupper() for w in given) \
                or len(given) > 2:
            continue  # a title first ('MONTERREY, Nuevo León' is a place)
        line = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if line is None:
            continue
        chosen = [s for s in chosen if not (s.start < line.end and line.start < s.end)]
        span = Span(doc, line.start, line.end, label="person")
        span._.full_name = " ".join([*given, match["surname"].title()])
        chosen.append(span)
    return chosen


def _outside_citations(doc: Doc, chosen: list[Span]) -> list[Span]:
    """The spans less the authors of author-year citations ('(Smith and Jones, 2011; Ortega 2014)'): the
    cited, not actors of the sentence (citations.py)."""
    if "(" not in text_of(doc):
        return chosen
    inside = [(c.inner_start, c.inner_end) for c in citations(text_of(doc))]
    return [s for s in chosen if not any(lo <= s.start_char and s.end_char <= hi for lo, hi in inside)]


def _designation_label(span: Span) -> bool:
    """'a Foreign Terrorist Organization', 'Specially Designated Global Terrorist': a label, no group."""
    if ext(span, "full_name"):  # 'the organisation' standing for 'the organisation of X'
        return False
    words = [t.norm_ for t in span if t.norm_ != "the" and not t.is_punct]
    return bool(words) and all(w in words_of("designation_label_words") for w in words)


def _after_group_words(doc: Doc, start: int, end: int) -> int | None:
    """Where a name with a quoted nickname starts in a title-case headline ('Sinaloa Cartel Leader Joaquín "El
    Chapo" Guzmán Sentenced ...'): after the last group word before the quotes; None when no word is left
    before them ('Sinaloa Cartel "Los Salazar" Plaza Boss Pleads Guilty': a group's name, no person's)."""
    quote = next((t.i for t in doc[start:end] if t.text in QUOTES), None)
    if quote is None:
        return start
    heads = [t.i for t in doc[start:quote] if t.norm_ in words_of("group_heads")]
    if not heads:
        return start
    return heads[-1] + 1 if heads[-1] + 1 < quote else None


def _describes_named(doc: Doc, start: int, end: int) -> bool:
    """'Los Monos, the Rosario gang built by the Cantero family': a group word in lower case after capitalised
    words, set in apposition to the name just before, describes what that name names (its town, its people)
    and names no group of its own; not in a list ('X, the Y gang and ...') nor a possessive ('the Y gang's
    armed wing')."""
    head = doc[end - 1]
    if not head.is_lower or start < 3 or doc[start - 1].lower_ != "the" or doc[start - 2].text != ",":
        return False
    named = doc[start - 3]
    return head.dep_ == "appos" and head.head.i == named.i and named.pos_ == "PROPN" and not any(
        c.dep_ in ("conj", "cc", "case") for c in head.children) and not any(
        c.dep_ == "conj" for c in named.children)


@cache
def _participles() -> frozenset[str]:
    """'extradited', 'arrested', 'sentenced': the past participles of the event verbs, which a headline in
    title case capitalises and the model may take for a name."""
    events = load_patterns("relations")["events"]
    verbs = {v for event in events.values() for v in event.get("verbs", []) if v.isalpha()}
    forms = set()
    for verb in verbs:
        forms |= {verb + "d"} if verb.endswith("e") else {verb + "ed", verb + verb[-1] + "ed"}  # 'nabbed'
    return frozenset(forms)


@cache
def _name_stops() -> frozenset[str]:
    rel = load_patterns("relations")
    return frozenset(fold(w) for w in load_patterns("entities")["name_stops"] + rel["official_titles"]
                     + rel["state_offices"])


def _initialled(doc: Doc, start: int, end: int) -> bool:
    """'Issa R.' is a person's name cut short where it ends there (not 'George W. Bush') and its first word is
    a given name, or the model reads it as a person, here or in another name with the same initial ('Ahmed
    R. and Wissam R.'; not 'Plan B.')."""
    if end < len(doc) and doc[end].is_title:
        return False
    if doc[start].norm_ in words_of("given_names") or doc[start].ent_type_ == "PERSON":
        return True
    initial = doc[end - 1].text
    return any(doc[i].ent_type_ == "PERSON" for i in positions(doc, ORTH).get(initial, ()) if i != end - 1)


def _first_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Ovidio' alone, after 'Ovidio Guzmán López' was named: a person the tagger missed."""
    taken = {i for span in chosen for i in range(span.start, span.end)}
    first: dict[str, int] = {}
    for span in chosen:
        if span.label_ == "person" and len(span) >= 2 and span[0].is_title:
            first.setdefault(span[0].norm_, span.end)
    found = []
    tokens = tokens_of(doc)
    for i, norm in enumerate(texts(doc, NORM)):  # the words read as an array: no Token made at every word
        seen_at = first.get(norm)
        if seen_at is None:
            continue
        token = tokens[i]
        if (token.i >= seen_at and token.i not in taken and token.pos_ == "PROPN"
                and token.is_title and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title)):
            found.append(Span(doc, token.i, token.i + 1, label="person"))
    return found


def _first_name_shape(token: Token) -> bool:
    """A proper noun, or a rare first name the tagger read as a verb or an adjective ('Rashied and
    Rashaad Staggie'; never a common noun: 'Police and John Smith')."""
    return token.pos_ == "PROPN" or token.pos_ in ("VERB", "ADJ") and token.is_alpha and not token.is_stop \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "and"


def _given_names_before(doc: Doc, chosen: list[Span], kb: KnowledgeBase) -> None:
    """'the brothers Javier Antonio and Luis Enrique Calle Serna', 'Miguel Ángel and Omar Treviño Morales':
    two given names right before 'and' and a name of three or four words share its two surnames
    ('Javier Antonio Calle Serna', 'Miguel Ángel Treviño Morales')."""
    by_end = {span.end: span for span in chosen if span.label_ == "person"}
    given = words_of("given_names")
    for span in chosen:
        if span.label_ != "person" or len(span) < 3 or span.start < 3 \
                or doc[span.start - 1].lower_ != "and" or not all(t.is_title for t in span):
            continue
        first = by_end.get(span.start - 1)
        if first is None or len(first) != 2 or first._.kb_id or first._.nickname or first._.full_name \
                or first[0].norm_ not in given or span[0].norm_ not in given:
            continue
        # 'Miguel Arnulfo and Luis Alonso Valle Valle': a rare second given name after a common first one;
        # with three words after 'and', the second word before it must be a given name too ('Joaquín
        # Guzmán and Ismael Zambada García' are two people with their own surnames)
        if len(span) >= 4 or first[1].norm_ in given:
            name_in_full(first, f"{first.text} {span[-2:].text}", kb)


def _spanish_tail(doc: Doc, start: int, end: int) -> int:
    """'San Bartolo de' cut by the model before 'las Cañas': the name goes on through an article
    and capitalised words; a 'de' with nothing after it is dropped."""
    if end - start < 2 or doc[end - 1].lower_ not in ("de", "del"):
        return end
    stop = end
    if stop < len(doc) and doc[stop].lower_ in ("la", "las", "los", "el"):
        stop += 1
    tail = stop
    while tail < len(doc) and doc[tail].is_title and doc[tail].pos_ == "PROPN":
        tail += 1
    return tail if tail > stop else end - 1


def _with_acronyms(doc: Doc, chosen: list[Span]) -> list[Span]:
    """The chosen spans and the acronyms' (a surname or place inside '(Flores DTO)' yields to it)."""
    found = _acronyms(doc, chosen)
    covered = {i for span in found for i in range(span.start, span.end)}
    return [s for s in chosen if not covered & set(range(s.start, s.end))] + found


def _acronyms(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'the National Liberation Army (ELN)', 'the Flores Drug Trafficking Organization (Flores DTO)': the
    acronym in parentheses right after a group's or an agency's name (with words of that name before it),
    there and wherever the text uses it again, names the same kind of thing."""
    taken = {i for span in chosen for i in range(span.start, span.end)}
    weak = {i for span in chosen if span.label_ in ("person", "place") and not ext(span, "kb_id")
            for i in range(span.start, span.end)}  # 'Flores' in '(Flores DTO)' read as a surname
    defined: dict[tuple[str, ...], str] = {}
    for span in chosen:
        if span.label_ in ("criminal_group", "agency", "organization"):
            short = _bracketed_short_name(doc, span, taken - weak)
            if short is not None:
                defined.setdefault(short, span.label_)
    found: list[Span] = []
    used: set[int] = set()
    at = positions(doc, ORTH) if defined else {}
    for short, label in sorted(defined.items(), key=lambda item: -len(item[0])):  # the longest name first
        for i in at.get(short[0], ()):
            words = set(range(i, i + len(short)))
            if tuple(t.text for t in doc[i:i + len(short)]) != short or used & words \
                    or (taken - (weak if len(short) > 1 else set())) & words:
                continue
            found.append(Span(doc, i, i + len(short), label=label))
            used |= words
    return sorted(found, key=lambda span: span.start)


def _bracketed_short_name(doc: Doc, span: Span, taken: set[int]) -> tuple[str, ...] | None:
    """The words in parentheses right after ``span``: an acronym, or words of the name and an acronym."""
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "(":
        return None
    close = next((k for k in range(end + 2, min(len(doc), end + 5)) if doc[k].text == ")"), None)
    if close is None or taken & set(range(end + 1, close)):
        return None
    words = doc[end + 1:close]
    if not abbreviates(words, span):
        return None  # '(Flores DTO)' repeats the name's words; '(formerly ABC)' does not
    return tuple(t.text for t in words)


def _with_surnames(doc: Doc, chosen: list[Span],
                   then: Callable[[list[Span]], list[Span]] = lambda kept: kept) -> list[Span]:
    """The spans with every surname alone of a person named before read as that person (``_surnames``):
    the spans it covers give way, the rest go through ``then``."""
    surnames = _surnames(doc, chosen)
    covered = {i for span in surnames for i in range(span.start, span.end)}
    return then([s for s in chosen if not covered & set(range(s.start, s.end))]) + surnames


def _surnames(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Valdez Villarreal' alone, after 'Édgar Valdez Villarreal' was named: a person the tagger
    missed. Only a surname that one person named so far carries."""
    taken = {i for span in chosen for i in range(span.start, span.end)
             # the model's guess yields
             if not (span.label_ in ("organization", "place") and ext(span, "kb_id") is None)
             and not _speaking_place(span)}
    # a one-word place the KB knows inside a two-word surname ('Guerrero Ocampo said') yields too
    states = {span.start for span in chosen if span.label_ == "place" and len(span) == 1 and ext(span, "kb_id")}
    people = sorted((s for s in chosen if s.label_ == "person" and len(s) >= 2), key=lambda s: s.start)
    owners: dict[tuple[str, ...], set[str]] = {}
    seen_at: dict[tuple[str, ...], int] = {}
    for span in people:
        words = tuple(t.norm_ for t in span if t.is_title)
        keys = [words[-size:] for size in (2, 1) if len(words) > size]
        if len(words) >= 3:  # Spanish names: the father's surname alone ('Zambada')
            keys.append(words[-2:-1])
        for key in keys:
            owners.setdefault(key, set()).add(" ".join(words))
            seen_at.setdefault(key, span.end)
    found: list[Span] = []
    if not owners:
        return found
    norms = [t.norm_ for t in tokens_of(doc)]
    firsts = {key[0] for key in owners}
    i = 0
    while i < len(norms):
        if norms[i] not in firsts:  # no surname starts here
            i += 1
            continue
        hit = None
        for size in (2, 1):
            key = tuple(norms[i:i + size])
            if len(key) == size and key in owners and len(owners[key]) == 1 and seen_at[key] <= i:
                hit = size
                break
        if hit and all(_surname_word(doc[j]) and doc[j].is_title and (j not in taken or hit == 2 and j in states)
                       for j in range(i, i + hit)) \
                and not (i + hit < len(doc) and doc[i + hit].is_title and doc[i + hit].pos_ == "PROPN") \
                and not (i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN"):
            surname = Span(doc, i, i + hit, label="person")
            surname._.kb_id = None  # span extensions are kept by position: not the KB place's id ('Guerrero')
            found.append(surname)
            i += hit
            continue
        i += 1
    return found


def _surname_word(token: Token) -> bool:
    """A proper noun, or a surname the tagger read as a common noun in a noun's place ('Ardón was charged',
    an accented or foreign name opening a sentence)."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and not token.is_stop


def _speaking_place(span: Span) -> bool:
    """'Guerrero said', 'according to Guerrero', 'Guerrero was arrested': a one-word place the KB knows (a
    state that is also a surname) that speaks or is arrested, charged or killed; it yields to the person of
    that surname named before, if there is one."""
    if span.label_ != "place" or len(span) != 1 or not span._.kb_id:
        return False
    token = span[0]
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 \
            and token.doc[token.head.i - 1].lower_ == "according":
        return True
    if token.dep_ == "nsubjpass":  # 'Guerrero was arrested', 'Guerrero was killed': what happens to people
        return token.head.lemma_.lower() in _event_verbs()
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _speech_verbs()


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(load_patterns("reporting")["verbs"])


@cache
def _event_verbs() -> frozenset[str]:
    events = load_patterns("relations")["events"]
    return frozenset(v for name in ("arrested", "charged", "extradited", "killed") for v in events[name]["verbs"]) \
        - {"send", "transfer", "seize"}  # 'Guerrero was sent troops' / 'seized' say nothing of a person


GROUP_WORDS = {"grupo", "banda", "cartel", "cártel", "gang", "mafia", "crime", "crimen"}  # folded norms in a name
NAMING_CUES = {"called", "named", "dubbed", "as", "calling", "nicknamed"}


def _listed_after_group_noun(root: Token) -> bool:
    """'two factions, the Sureños and the Revolucionarios' / 'its armed wing, X': the name is (a
    conjunct of) the apposition of a group noun set off by a comma."""
    token = root
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        token = token.head
    head = token.head
    if token.dep_ not in ("appos", "conj") or head.i >= token.i or head.pos_ != "NOUN" \
            or head.lemma_.lower() not in GROUP_NOUNS or head.i + 1 >= len(root.doc):
        return _listed_after_plural_group_noun(root)
    return root.doc[head.i + 1].text == ","


LIST_WORDS = frozenset({"the", ",", "and", "or"}) | QUOTES
DASHES = frozenset({"\u2014", "\u2013", "--", ":"})


def _listed_after_plural_group_noun(root: Token) -> bool:
    """'two rival factions, the "Sureños" and the "Revolucionarios", which ...', 'two gangs: X and Y': read
    on the words, not the parse (which often hangs quoted names elsewhere). Going left from the name over
    quotes, 'the', commas, 'and' and other capitalised names, a comma, dash or colon right after a counted
    plural group noun ('two factions', 'three gangs') opens a list of names joined by 'and' that holds this one."""
    doc = root.doc
    i = root.i - 1
    while i > 0 and root.i - i < 16:
        before = doc[i - 1]
        if (doc[i].text == "," or doc[i].text in DASHES) and _counted_groups(before):
            return _joined_list(doc, i + 1, root.i)
        if not (doc[i].lower_ in LIST_WORDS or doc[i].pos_ == "PROPN" and doc[i].is_title):
            return False
        i -= 1
    return False


COUNTING_WORDS = frozenset({"rival", "warring", "competing", "both", "main", "several"})


def _counted_groups(noun: Token) -> bool:
    """'two factions', 'three rival gangs', 'the main cells': a plural group noun counted or set against
    each other ('the gangs, the Army and the Navy clashed' lists no gangs' names)."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in GROUP_NOUNS and any(
        c.dep_ == "nummod" or c.lower_ in COUNTING_WORDS for c in noun.children)


def _joined_list(doc: Doc, start: int, at: int) -> bool:
    """The names from ``start`` through the one at ``at`` and on are joined by 'and' ('X and Y', 'X, Y and Z')."""
    end = at + 1
    while end < len(doc) and end - at < 16 and (doc[end].lower_ in LIST_WORDS or doc[end].is_title
                                                 and doc[end].pos_ == "PROPN"):
        end += 1
    return any(t.lower_ == "and" for t in doc[start:end])


def _said_to_be_group(root: Token) -> bool:
    """'X, a gang from P' / 'X is a local gang' / 'two gangs, X and Y': the name's apposition or
    predicate is a group noun, or the name is listed in apposition to one."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in GROUP_NOUNS for c in root.children):
        return True
    if _listed_after_group_noun(root):
        return True
    if _named_as_body(root):
        return True
    if any(c.dep_ == "relcl" and c.lemma_ == "be" and _group_attr(c) for c in root.children):
        return True  # 'The Americans, who are probably the biggest street gang on the Flats'
    if root.tag_ == "NNPS" and root.dep_ == "attr" and root.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in SIDE_NOUNS for c in root.head.children):
        return True  # "The posse's main enemy was the Spanglers": a plural name a group's enemy or ally is
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" and _group_attr(root.head)


SIDE_NOUNS = frozenset({"enemy", "rival", "ally", "adversary", "foe", "partner"})


def _group_attr(verb: Token) -> bool:
    """'... are a local gang', '... are the biggest street gang': the predicate of 'be' is a group noun (not
    'members of a gang')."""
    return any(c.dep_ == "attr" and c.lemma_.lower() in GROUP_NOUNS and not any(
        p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in verb.children)


BODY_NAMING = frozenset({"know", "call", "name", "dub", "rename", "style", "brand"})


def _named_as_body(root: Token) -> bool:
    """'The breakaway faction became known in the press as X', 'the group was later called X': the name a
    group noun, subject of a naming verb, is known as."""
    if root.dep_ != "pobj" or root.head.lower_ != "as" or root.head.head.lemma_.lower() not in BODY_NAMING:
        return False
    verb = root.head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in GROUP_NOUNS and subject.tag_ == "NN"


def _described_groups(doc: Doc, chosen: list[Span], *, parts_only: bool = False) -> list[Span]:
    """Names no one tagged that the text calls a group ('The Tigres are a local gang'), a part of one
    ('X became the armed wing of G') or a group's enemy in war ('X fought G'), at every mention; with
    ``parts_only``, only the last two (a second pass, once more names are known to be groups)."""
    taken = {i for span in chosen for i in range(span.start, span.end)}
    groups = [span for span in chosen if span.label_ == "criminal_group"]
    names: set[tuple[str, ...]] = set()
    tokens = tokens_of(doc)
    for i, pos in enumerate(texts(doc, POS)):  # the parts of speech read as an array: no Token made at every word
        if i in taken or pos != "PROPN" or not tokens[i].is_title:
            continue
        token = tokens[i]
        one = Span(doc, token.i, token.i + 1)  # 'X became the armed wing of G', 'X fought G'
        if not (not parts_only and _said_to_be_group(token) or part_of_group(one, groups)
                or fights_group(one, groups)):
            continue
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "det") or t.i == token.i]
        words = [t for t in words if t.is_title and t.lower_ != "the"]
        if words and words[-1].i == token.i and words[-1].i - words[0].i + 1 == len(words):
            names.add(tuple(t.text for t in words))
    found: list[Span] = []
    for name in names:
        for start in range(len(doc) - len(name) + 1):
            end = start + len(name)
            if tuple(t.text for t in doc[start:end]) == name and not taken & set(range(start, end)):
                found.append(Span(doc, start, end, label="criminal_group"))
                taken |= set(range(start, end))
    return found


def _with_number(doc: Doc, span: Span) -> Span:
    """'400 Mawozo', '5 Segonn': a number right before a group name the KB does not know is part of
    it ('12 Zetas', KB-known, are twelve men; a year is a date)."""
    if span.label_ != "criminal_group" or ext(span, "kb_id") or span.start == 0:
        return span
    number = doc[span.start - 1]
    if not number.is_digit or len(number.text) > 3 or number.ent_type_ == "DATE" \
            or number.i > 0 and doc[number.i - 1].is_digit:
        return span
    longer = Span(doc, number.i, span.end, label=span.label_)
    # 'the 400 Mawozo gang' is the 400 Mawozo (the shape's full name 'Mawozo' lacked the number)
    longer._.full_name = f"{number.text} {span._.full_name}" if span._.full_name else None
    return longer


def _as_group(doc: Doc, span: Span) -> Span:
    """A name the model took for a person that the words around it call a group: 'a gang called
    La Mano Negra', 'a cell known as X', 'the Centro cell of the CJNG', 'La Empresa, a gang from P',
    'El Grupo Sombra'."""
    before = [t.lower_ for t in doc[max(span.start - 4, 0):span.start] if t.text not in QUOTES]
    named_group = len(before) >= 2 and before[-1] in NAMING_CUES and any(w in GROUP_NOUNS for w in before[:-1])
    if span.label_ in ("agency", "organization") and not span._.kb_id and not is_organisation_name(span) \
            and (_said_to_be_group(span.root) or span.label_ == "organization" and (
                _led_or_joined(doc, span) or named_group) and not {t.norm_ for t in span} & words_of("agency_words")):
        group = Span(doc, span.start, span.end, label="criminal_group")  # 'X (ELN), a leftist guerrilla group'
        group._.full_name = span._.full_name
        return group
    if span.label_ not in ("person", "place") or ext(span, "kb_id") or ext(span, "nickname"):
        return span
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in GROUP_NOUNS and _describes_named(doc, span.start, span.end + 1):
        return span  # 'Los Monos, the Rosario gang': the group named before, from the town named here
    place = span.label_ == "place"  # 'the Tepic cell' stays a place; 'a gang called La Hermandad' is a group
    if not place and after in GROUP_NOUNS - {"group", "organisation", "organization", "cartel"} or named_group \
            or {t.norm_ for t in span} & GROUP_WORDS or _said_to_be_group(span.root) or _led_or_joined(doc, span):
        group = Span(doc, span.start, span.end, label="criminal_group")
        group._.full_name = span._.full_name
        return group
    return span


def _led_or_joined(doc: Doc, span: Span) -> bool:
    """'the head of La Hermandad', 'members of Los Tigres': a name opening with a Spanish article after
    'of' and a leader's or member's noun is a group's (not 'the wife of La Tuta', not "La Tuta's men")."""
    if len(span) < 2 or span.start < 2 or span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    i = span.start - 1
    if span[0].norm_ not in ("la", "los", "las"):
        return span.label_ == "organization" and _plural_name_led(doc, span)
    if doc[i].lower_ != "of":
        return False
    return fold(doc[i - 1].lemma_) in _role_nouns()


def _plural_name_led(doc: Doc, span: Span) -> bool:
    """'the leader of the Sexy Boys', 'he heads the Hard Livings': a plural name ('Boys', 'Livings', not
    an acronym) the model took for an organisation, right after a role noun and 'of the' or after a
    verb of leading, founding or joining, is a gang's."""
    last = span[-1]
    if not (last.is_title and last.lower_.endswith("s") and last.tag_ == "NNPS"):
        return False
    root = span.root
    if root.dep_ == "nsubjpass" and root.head.pos_ == "VERB" and fold(root.head.lemma_) in _leading_verbs():
        return True  # "The Hard Livings were founded by twins"
    if span.start < 3 or doc[span.start - 1].lower_ != "the":
        return False
    before = doc[span.start - 2]
    if before.lower_ == "of":
        return fold(doc[span.start - 3].lemma_) in _role_nouns()
    return before.pos_ == "VERB" and fold(before.lemma_) in _leading_verbs()


@cache
def _leading_verbs() -> frozenset[str]:
    rel = load_patterns("relations")
    return frozenset(rel["leader_verbs"] + rel["founder_verbs"] + ["join"])


@cache
def _role_nouns() -> frozenset[str]:
    rel = load_patterns("relations")
    return frozenset(fold(w) for w in rel["leader_nouns"] + rel["member_nouns"] + rel["founder_nouns"]
                     + rel["faction_nouns"])  # 'factions of La Local'


def _same_kind_everywhere(chosen: list[Span]) -> list[Span]:
    """'La Hermandad is a younger organisation' makes every other 'La Hermandad' of the text a group too:
    a name the KB does not know keeps one kind through the document, a group's when the words around one
    mention make it so (the model's place, person or organisation at the others yields); and a place's
    when one mention is a place and the model took another for a person (no given name opens it)."""
    groups = {_name_key(s) for s in chosen if s.label_ == "criminal_group" and not ext(s, "kb_id")}
    aliases = {_name_key(s) for s in chosen if s.label_ == "person" and _quoted_alias(s)} - groups
    places = {_name_key(s) for s in chosen if s.label_ == "place" and not ext(s, "kb_id")} - aliases
    if not groups and not places and not aliases:
        return chosen
    surnames = {t.norm_ for s in chosen if s.label_ == "person" and len(s) > 1 for t in s[1:]}  # 'Guzmán'
    short = dict(pair for s in chosen if (pair := _short_key(s)) is not None)
    out = []
    for span in chosen:
        guessed = not ext(span, "kb_id") and not ext(span, "nickname") and not ext(span, "full_name")
        key = _name_key(span)
        # 'Nueva Plaza' of 'Cartel Nueva Plaza' also where the model saw a place; 'Tláhuac' of 'the Tláhuac
        # Cartel' (a group named after its place) only where it saw a person or a body
        shortened = key in short and (span.label_ != "place" or short[key]) and _short_mention(span) \
            and not (span.label_ == "person" and all(t.norm_ in surnames for t in span))
        if span.label_ in ("place", "person", "organization") and guessed and not is_organisation_name(span) \
                and (key in groups or shortened):
            span = Span(span.doc, span.start, span.end, label="criminal_group")
        elif span.label_ == "person" and guessed and _name_key(span) in places and span[0].norm_ not in _given() \
                and not all(t.norm_ in surnames for t in span):
            span = Span(span.doc, span.start, span.end, label="place")  # 'Matehuala officials' after 'in Matehuala'
        elif span.label_ in ("place", "organization") and guessed and key in aliases \
                and not is_organisation_name(span):
            span = Span(span.doc, span.start, span.end, label="person")  # 'Valenciano' after 'X, "Valenciano"'
        out.append(span)
    return out


def _surnames_everywhere(chosen: list[Span]) -> list[Span]:
    """'Yarrington admitted ...' in a headline, before the body names 'Tomás Yarrington Ruvalcaba': a one-word
    name the model took for an organisation or a place is a person's surname where the text names a person
    with it in full and reads it alone as that person at least twice."""
    surnames = {t.norm_ for s in chosen if s.label_ == "person" and len(s) > 1 and s[-1].is_title for t in s[1:]}
    alone = Counter(s[0].norm_ for s in chosen if s.label_ == "person" and len(s) == 1 and not ext(s, "kb_id"))
    people = {word for word, count in alone.items() if count >= 2 and word in surnames}
    if not people:
        return chosen
    groups = {_name_key(s) for s in chosen if s.label_ == "criminal_group"}
    return [Span(s.doc, s.start, s.end, label="person")
            if s.label_ in ("organization", "place") and len(s) == 1 and s[0].norm_ in people
            and s[0].norm_ not in groups and not ext(s, "kb_id") and not ext(s, "nickname") else s for s in chosen]


def _quoted_alias(span: Span) -> bool:
    """'Maximiliano Bonilla Orozco, "Valenciano".': a person's short name in quotes right after a comma that
    follows a person's name."""
    doc = span.doc
    closes = span.end < len(doc) and doc[span.end].text in QUOTES or span.end + 1 < len(doc) \
        and doc[span.end].text in (",", ".") and doc[span.end + 1].text in QUOTES  # '"El Credo."': American style
    return span.start >= 3 and closes and doc[span.start - 1].text in QUOTES \
        and doc[span.start - 2].text == "," and doc[span.start - 3].is_title \
        and doc[span.start - 3].ent_type_ in ("PERSON", "ORG") and not ext(span, "kb_id")


def _short_key(span: Span) -> tuple[str, bool] | None:
    """The name of a group the KB does not know less the group word it opens or ends with ('Nueva Plaza' of
    'Cartel Nueva Plaza', 'Norte del Valle' of 'the Norte del Valle Cartel'), and whether the word opened it;
    not a name after 'de', which names the group after its place ('Cártel de Tepic')."""
    if span.label_ != "criminal_group" or ext(span, "kb_id") or len(span) < 2:
        return None
    words = [t for t in span if t.lower_ != "the"]
    leading = bool(words) and words[0].is_title and words[0].norm_ in words_of("group_starts")
    if leading:
        words = words[1:]
    elif words and words[-1].is_title and words[-1].norm_ in words_of("group_heads"):
        words = words[:-1]
    else:
        return None
    if not words or not words[0].is_title \
            or not all(t.is_title or t.lower_ in PARTICLES | {"la", "las", "los"} for t in words):
        return None
    return " ".join(t.norm_ for t in words), leading


def _short_mention(span: Span) -> bool:
    """A mention of a group's short name that is not read as a place ('in X', 'X, a town') nor a person
    named with a first name."""
    root = span.root
    doc = span.doc
    if span.label_ == "person" and span[0].norm_ in _given():
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS | {"from"}) \
        and not (span.end < len(doc) and doc[span.end].lower_ in SETTLEMENT_NOUNS)


@cache
def _given() -> frozenset[str]:
    return words_of("given_names")


def _name_key(span: Span) -> str:
    """A name without 'the' and a leading Spanish article: 'Los Rastrojos' and 'the Rastrojos' are one name."""
    words = fold(ext(span, "full_name")).split() if ext(span, "full_name") else [t.norm_ for t in span]
    words = [w for w in words if w != "the"]  # 'the Gran Grif gang' (full name 'Gran Grif') is 'Gran Grif'
    return " ".join(words[1:] if len(words) > 1 and words[0] in ("los", "las", "la", "el") else words)


def set_norms(doc: Doc) -> None:
    """Token norms become folded text, so matching ignores case, accents and quote styles (each distinct
    word folded once, all norms written in one call)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    global _folded
    if _folded[0] is not strings or len(_folded[1]) > _FOLDED_KEPT:
        _folded = (strings, {})
    known = _folded[1]
    distinct, where = numpy.unique(doc.to_array(ORTH), return_inverse=True)
    values = []
    for orth in distinct.tolist():
        value = known.get(orth)
        if value is None:
            value = known[orth] = strings.add(fold(strings[orth]))
        values.append(value)
    folded = numpy.array(values, dtype="uint64")
    doc.from_array([NORM], folded[where])


# A word's folded form, as the hash the string store gives it, for the last store asked about (folded once
# per word, not once per document: the store keeps what it was given, so the hash stays good)
_folded: tuple[object, dict[int, int]] = (None, {})
_FOLDED_KEPT = 200_000


def choose(candidates: Iterable[tuple[int, Span]]) -> list[Span]:
    """Non-overlapping spans: a KB name beats the model's longer span unless the model adds names."""
    ranked = sorted(candidates, key=lambda c: (-c[0], -(c[1].end - c[1].start), c[1].start))
    taken: list[Span] = []
    occupied: set[int] = set()
    for priority, span in ranked:
        tokens = set(range(span.start, span.end))
        if tokens & occupied:
            continue
        if priority == PRIORITY["kb"] and _inside_longer_name(span, ranked):
            continue
        taken.append(span)
        occupied |= tokens
    return filter_spans(taken)


def _inside_longer_name(span: Span, ranked: list[tuple[int, Span]]) -> bool:
    """True when a model or shape span adds proper names around this KB span ('Latin America')."""
    for priority, other in ranked:
        if priority >= PRIORITY["kb"] or other.start > span.start or other.end < span.end:
            continue
        extra = [t for t in other if t.i < span.start or t.i >= span.end]
        if extra and all(t.pos_ == "PROPN" and t.is_title for t in extra) and other.label_ in ("place", "country"):
            return True
        if priority == PRIORITY["model"] and other.label_ == "person" and span.label_ == "place" \
                and other.start < span.start and other.end > span.end and len(span) == 1 \
                and all(t.pos_ == "PROPN" and t.is_title for t in extra):
            return True  # "Héctor Rusthenford Guerrero Flores": a place's name between a person's names is a surname
        if priority == PRIORITY["model"] and other.label_ == "person" and span.label_ == "place" and len(span) == 1 \
                and other.start < span.start and other.end == span.end and _given_before(span, extra):
            return True  # "Pedro Guerrero said": a state's name after a first name is a surname
        if priority == PRIORITY["shape"] and other.label_ == "person" and span.label_ in ("place", "country") \
                and span.start > other.start and span[0].is_lower:
            return True  # "María de los Ángeles Pineda": a lower-case "los" opens no place inside a name
        if extra and priority == PRIORITY["shape"] and other.label_ == "criminal_group" == span.label_ \
                and other.start == span.start and all(t.is_title and t.pos_ == "PROPN" for t in extra) \
                and not any(t.norm_ in words_of("group_heads") for t in extra):
            return True  # "Cártel del Pacífico Norte": more name words after a group the KB knows make another
        if extra and priority == PRIORITY["shape"] and other.label_ == "criminal_group" \
                and span.label_ in ("place", "country") and (fold(other[0].text) in ("cartel", "cártel")
                                                             or other[-1].norm_ in words_of("group_heads") | {"clan"}):
            return True  # "Cártel de Tepic", "the Tierra Caliente Cartel", "the Kotor clan": named after a place
    return False


def _given_before(span: Span, extra: list[Token]) -> bool:
    """The words the model adds before a one-word place are a person's first names: capitalised proper
    nouns not after a place preposition, the first a common given name."""
    doc = span.doc
    first = extra[0]
    return all(t.pos_ == "PROPN" and t.is_title for t in extra) and first.norm_ in words_of("given_names") \
        and not (first.i > 0 and doc[first.i - 1].lower_ in PLACE_PREPS)


@Language.factory(
    "testigo_entities_v1",
    default_config={"kb_paths": []},
    assigns=["doc.ents", "span._.kb_id", "span._.nickname"],
    requires=["token.pos", "doc.ents"],
)
def make_entity_tagger(nlp: Language, name: str, kb_paths: list[str]) -> EntityTagger:
    """Factory: the entity tagger over the packaged KB plus ``kb_paths``."""
    from testigo.kb import load_kb

    return EntityTagger(nlp, load_kb(kb_paths))


@Language.factory("testigo_attributes_v1", assigns=["token.pos", "token.morph", "token.lemma"], requires=["token.tag"])
def make_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    """Factory: the pipeline's ``attribute_ruler``, run from the document's arrays (added right after it,
    which is then removed: nlp.build_nlp)."""
    found = ArrayAttributeRuler.from_ruler(nlp.get_pipe("attribute_ruler"))
    if found is None:
        raise ValueError("testigo_attributes_v1: the model's attribute_ruler has patterns it cannot read")
    return found


@Language.factory("testigo_lemmatizer_v1", assigns=["token.lemma"], requires=["token.pos", "token.morph"])
def make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """Factory: the pipeline's rule ``lemmatizer``, asked once per distinct word form (added right after it,
    which is then removed: nlp.build_nlp)."""
    found = CachedLemmatizer.from_lemmatizer(nlp.get_pipe("lemmatizer"))
    if found is None:
        raise ValueError("testigo_lemmatizer_v1: the model's lemmatizer is not a rule lemmatizer keeping set lemmas")
    return found


@Language.component("testigo_paragraphs_v1", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines and paragraphs often lack a full stop), and so does
    a wire dateline ("MEXICO CITY, Feb. 28, 2025 (Agency) - "), which the parser would otherwise
    take for the first sentence's subject."""
    starts = [0] if len(doc) else []
    for i in _indices_where(doc, ORTH, lambda text: "\n" in text):  # a token holding a line break ...
        if i + 1 < len(doc) and not (following := doc[i + 1]).is_space:  # ... ends the sentence before the next word
            following.is_sent_start = True
            starts.append(i + 1)
    text = text_of(doc)
    for start in starts:
        start = _end_marker(doc, start)
        _end_dateline(doc, start)
        _end_label(doc, start)
        _end_turn_label(doc, text, start)
    return doc


def _end_marker(doc: Doc, start: int) -> int:
    """A line opening with a thread's post number ('12/', '12/16'), a paragraph's number ('3.') or a
    cable's classification ('(C)'): the words after it start a sentence, so that the parser does not hang
    the marker on the clause ('12/ He was caught ...' read as 'and he'); where the line's words start."""
    words = [t.text for t in doc[start:start + 3]]
    if words and _POST_NUMBER.fullmatch(words[0]):
        after = start + 1
    elif len(words) >= 2 and words[0].isdigit() and len(words[0]) <= 2 and words[1] in (".", ")"):
        after = start + 2
    elif len(words) == 3 and words[0] == "(" and words[2] == ")" and words[1].isupper() and len(words[1]) <= 4:
        after = start + 3
    else:
        return start
    if after < len(doc) and not doc[after].is_space and (doc[after].is_title or doc[after].is_upper
                                                         or doc[after].text == "("):
        doc[after].is_sent_start = True
        return _end_marker(doc, after)  # '3. (C) Summary: ...'
    return start


_POST_NUMBER = re.compile(r"[0-9]{1,3}/(?:[0-9]{1,3})?")  # '7/', '7/16': a thread's post number


BULLETS = {"-", "\u2022", "*", "\u2013", "\u2014", "\u00b7"}


def _end_label(doc: Doc, start: int) -> None:
    """A paragraph (or bullet) opening with a short label and a colon ('- Colima: Los Pumas clashed ...',
    'Assessment: We judge ...'): the words after the colon start a sentence, so that the label is not
    parsed as the clause's subject."""
    i = start + 1 if doc[start].text in BULLETS and start + 1 < len(doc) else start
    for token in doc[i:min(i + 5, len(doc) - 1)]:
        if token.text == ":":
            following = doc[token.i + 1]
            if token.i > i and (following.is_title or following.is_upper) and not following.is_space:
                following.is_sent_start = True
            return
        if not (token.is_title or token.is_upper) or "\n" in token.text:
            return


def _end_turn_label(doc: Doc, text: str, start: int) -> None:
    """A transcript's turn opening with its speaker's label, also with a title or an aside in brackets
    ('ANDRÉS VILLA (retired detective): Tomas Ledesma leads G', 'LUIS ARRIAGA, CORRESPONDENT (live):'): the words
    after the label start a sentence, so that the label is not parsed as the subject of the turn's first clause."""
    body = label_end(text, doc[start].idx, _line_end(text, doc[start].idx))
    if body is None:
        return
    for token in doc[start + 1:min(start + 40, len(doc))]:
        if token.idx >= body:
            if token.idx == body and not token.is_lower and not token.is_space:
                token.is_sent_start = True
            return


DATELINE_DASHES = {"-", "\u2013", "\u2014", "--"}


def _end_dateline(doc: Doc, start: int) -> None:
    """A paragraph opening with a place in capitals and a dash within a few words: the words after
    the dash start a sentence."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first.text) >= 2):
        return
    for token in doc[start + 1:min(start + 25, len(doc) - 1)]:
        if "\n" in token.text:
            return
        if token.text in DATELINE_DASHES and token.whitespace_ and doc[token.i - 1].whitespace_:
            following = doc[token.i + 1]
            if following.is_title or following.is_upper:
                following.is_sent_start = True
            return


@Language.component("testigo_lemmas_v1", assigns=["token.lemma"])
def fix_lemmas(doc: Doc) -> Doc:
    """Lemmas of the hyphenated words kept whole by the tokenizer ('co-founded' -> 'co-found')."""
    lemmas = load_patterns("entities")["whole_words"]
    for i in _indices_where(doc, LOWER, lambda lower: bool(lemmas.get(lower))):  # a few words: no token list
        token = doc[i]
        token.lemma_ = lemmas[token.lower_]
    return doc


def _indices_where(doc: Doc, attr: int, test: Callable[[str], bool]) -> list[int]:
    """The tokens, in order, whose text (``ORTH``) or lower-cased text (``LOWER``) passes ``test``, asked
    once per distinct word."""
    strings = doc.vocab.strings
    values = doc.to_array(attr).tolist()
    passing = {value for value in set(values) if test(strings[value])}
    return [i for i, value in enumerate(values) if value in passing] if passing else []

