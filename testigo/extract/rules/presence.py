"""operates_in from phrasings the presence rules of events.py miss.

- a group's hold on a place named by "of": "its stronghold of P", "X's territory of P";
- a group's own ground somewhere: "X extended its territory into P", "X consolidated their presence in P";
- a place before "-based": "the P-based X";
- what a group keeps somewhere: "X has cells in P and Q", "X maintains safe houses in P", "holds sway over P",
  "X keeps representatives in P";
- a group given over to a trade somewhere: "a cell dedicated to drug trafficking in P", "a gang engaged in theft in P";
- a participle at a clause's end after a group: "police detained members of G, operating in P";
- a group's base as subject: "its stronghold is P", "X, whose stronghold is P";
- a territory that includes places: "X's territory includes P"; a place inside one: "P lies within X's turf";
- the dominant group of a place: "X is the dominant group in P", "In P, X remains the strongest group";
- where a group is run from: "X operates out of P", "X runs G from P", "a network run from P";
- where a group began or settled: "X grew out of a prison in P", "X originated in P", "X set up in P";
- a place naming a group's part or kind: "the P cell of G", "G's cell in P", "X, the P faction", "X, a gang from P",
  "in P there are G cells";
- a place a group holds: "a G-controlled town", "in G-held P";
- a post heading a group somewhere: "X was the regional boss of G in P", "X, G's plaza chief in P".
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.group_types import words_of
from testigo.extract.lexicon import fold
from testigo.extract.modality import as_verb
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.groups import subject_of
from testigo.extract.rules.phrases import GROUP, its_group, led_unnamed, parties, prep_objects
from testigo.extract.syntax import agent_objects

__all__ = ["owning_groups", "part_described", "presence_rules", "trailing_groups"]

PLACES = ("place", "country")
RELATIVES = ("who", "which", "that")


def owning_groups(frame: Frame, noun: Token) -> list[Ref]:
    """The groups owning a noun: 'X's stronghold', 'its stronghold', 'the stronghold of X'."""
    owners: list[Ref] = []
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ in ("its", "their"):
            group = its_group(frame, child) or _clause_subject(frame, noun)
            owners += [group] if group is not None else []
        else:
            owners += parties(frame, child, GROUP)
    return owners


def _clause_subject(frame: Frame, noun: Token) -> Ref | None:
    """'X retreated to its stronghold': a group's own places are its subject's (its_group leaves out
    the clause's own subject, which suits 'its rival' but not 'its stronghold')."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    groups = _subject_groups(frame, verb) if verb.pos_ in ("VERB", "AUX") else []
    return groups[0] if len(groups) == 1 else None


def _subject_groups(frame: Frame, verb: Token) -> list[Ref]:
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    return parties(frame, subject, GROUP) if subject is not None else []


def trailing_groups(frame: Frame, verb: Token) -> list[Ref]:
    """The groups a participle set off by a comma at a clause's end tells of, when the clause's subject is no
    group: 'police detained members of the confraternity known as G, operating in P', 'the gunmen belonged to a
    cell of G, the armed wing of H, operating from P' (G: the phrase the participle follows, its head through
    'of', an apposition or a compound; not 'G, based in P' read with a group subject, which the subject tells)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return []
    if _subject_groups(frame, verb.head):
        return []
    noun = verb.doc[verb.i - 2] if verb.i > 1 else verb
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    while noun.dep_ in ("compound", "appos") or noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    named = [r for o in [noun, *prep_objects(noun, "of")] if (r := frame.name(o, *GROUP)) is not None]
    return named[:1] or parties(frame, noun, GROUP)  # "a cell of G, the wing of H,": G, not H


def part_described(frame: Frame, participle: Token) -> list[Ref]:
    """The group a participle set off by a comma after 'X is a faction of Y' tells of: the part, X ('the CDN is a
    splinter of Los Zetas, based in P': the CDN is based there), not the whole the parser hangs it on; after an
    apposition, whatever its noun, the name it renames ('X, a rival of Y, based in P': X)."""
    noun = participle.head
    if participle.dep_ not in ("acl", "amod") or participle.i == 0 or participle.doc[participle.i - 1].text != "," \
            or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i == noun.head.i:
        return []
    part = noun.head.head
    if part.dep_ == "appos" and part.pos_ == "NOUN" and part.head.i != part.i:
        return parties(frame, part.head, GROUP)
    if part.dep_ != "attr" or part.lemma_.lower() not in frame.lexicon("faction_nouns", "split_modifiers"):
        return []
    return _subject_groups(frame, part.head)


def _emit(frame: Frame, groups: list[Ref], places: list[Ref], trigger: Token, rule: str, *,
          presupposed: bool = False, background: bool = False) -> None:
    for group in groups:
        for place in places:
            frame.emit("operates_in", group, place, trigger, rule, presupposed=presupposed, background=background)


@starts(lemmas=(relations("operates_nouns"),))
def _stronghold_of(frame: Frame, token: Token) -> None:
    """'its stronghold of Matamoros', "the cartel's home turf of P"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    places = [r for o in prep_objects(token, "of") for r in parties(frame, o, PLACES)]
    if places:
        _emit(frame, owning_groups(frame, token), places, token, "operates_in.stronghold_of.v1")


@starts(lemmas=(relations("operates_nouns"),))
def _own_ground_in(frame: Frame, token: Token) -> None:
    """'X extended its territory into P', 'X consolidated their presence in P', "X defends the cartel's turf in P":
    the ground a group owns, as a verb's object, lies where 'in' or 'into' says; not ground it loses or gives up
    ('X lost its territory in P'), and not the verbs of presence events.py reads ('X controls its turf in P')."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() in frame.lexicon("losing_verbs", "presence_words", "presence_objects") \
            or verb.lemma_.lower() == "have" or any(c.lower_ == "no" for c in token.children):
        return  # ('X has a presence in P', 'X has no presence in P': _holdings)
    places = [r for h in (token, verb) for p in ("in", "into", "across", "throughout") for o in prep_objects(h, p)
              for r in _places_in(frame, o)]
    if not places:
        return
    pronoun = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
    owners = _subject_groups(frame, verb) if pronoun else owning_groups(frame, token)  # "the army will reinforce
    _emit(frame, owners, places, verb, "operates_in.own_ground_in.v1")  # their presence in P": the army's, no group's


@starts(lemmas=(relations("operates_nouns"),))
def _presence_of(frame: Frame, token: Token) -> None:
    """'the presence of G in P', 'the stronghold of G in P' (the parser may hang 'in P' on G)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    owners = prep_objects(token, "of")
    places = [r for h in [token, *owners] for p in ("in", "across") for o in prep_objects(h, p)
              for r in _places_in(frame, o)]
    groups = [r for o in owners for r in parties(frame, o, GROUP)] if places else []
    _emit(frame, groups, places, token, "operates_in.presence_of.v1")


@starts(lemmas=("base",))
def _place_based(frame: Frame, token: Token) -> None:
    """'the Tamaulipas-based Gulf Cartel': background, which a hedge or denial of its clause does not reach
    ('police blamed gunmen of the P-based G', 'the P-based group of X is not part of G'); it keeps the clause's
    source unless the clause denies."""
    if token.lemma_.lower() != "base" or token.dep_ != "amod":
        return
    places = [r for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod")
              for r in parties(frame, c, PLACES)]
    _emit(frame, _described_groups(frame, token.head), places, token, "operates_in.place_based.v1",
          presupposed=frame.only_clause_denies(token), background=True)


def _described_groups(frame: Frame, noun: Token) -> list[Ref]:
    """The groups a common noun stands for or describes: 'the X gang', 'X, a gang ...', 'X is a gang ...'."""
    if (own := frame.ref(noun, *GROUP)) is not None and own.span.root.i == noun.i:
        return parties(frame, noun, GROUP)
    if noun.dep_ == "appos":  # "the 'Ndrangheta, the Calabria-based mafia"
        return parties(frame, noun.head, GROUP)
    if noun.dep_ == "attr" and noun.head.pos_ in ("VERB", "AUX"):  # "X is a Sinaloa-based gang"
        return _subject_groups(frame, noun.head)
    return parties(frame, noun, GROUP) if frame.name(noun) is not None else []


@starts(lemmas=(relations("holding_nouns"),))
def _holdings(frame: Frame, token: Token) -> None:
    """'X has cells in P and Q', 'X maintains safe houses in P', 'X runs laboratories in P', 'X keeps
    representatives in P' (its own people posted there)."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.lemma_.lower() not in frame.lexicon("holding_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() not in frame.lexicon("keeping_verbs"):
        return
    objects = [o for h in (token, verb) for p in ("in", "across", "over", "on", "from", "to")
               for o in prep_objects(h, p)]
    objects += [t for o in objects for t in prep_objects(o, "to") + prep_objects(o.head, "to")]  # "from P to Q"
    places = [r for o in objects for r in parties(frame, o, PLACES)]
    _emit(frame, _subject_groups(frame, verb), places, token, "operates_in.holdings.v1")


@starts(lemmas=(relations("operates_nouns"),))
def _stronghold_is(frame: Frame, token: Token) -> None:
    """'Its stronghold is Brooklyn' / 'X, whose stronghold is P' / "the gang's base is P"."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() not in ("be", "remain"):
        return
    places = [r for c in verb.children if c.dep_ == "attr" for r in parties(frame, c, PLACES)]
    owners = owning_groups(frame, token)
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and verb.dep_ == "relcl":
        owners = parties(frame, verb.head, GROUP)
    _emit(frame, owners, places, token, "operates_in.stronghold_is.v1")


@starts(lemmas=(relations("operates_nouns"),))
def _territory_includes(frame: Frame, token: Token) -> None:
    """"X's territory includes P and Q", 'its turf stretches across P'."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    verb = token.head
    if verb.lemma_.lower() not in frame.lexicon("including_verbs"):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in ("across", "through", "over", "into") for o in prep_objects(verb, p)]
    places = [r for o in objects for r in parties(frame, o, PLACES)]
    _emit(frame, owning_groups(frame, token), places, token, "operates_in.territory_includes.v1")


@starts(lemmas=(relations("operates_nouns"),))
def _inside_territory(frame: Frame, token: Token) -> None:
    """A place inside a group's territory: 'P lies within G's territory', 'P falls inside the turf controlled
    by G', 'P has long been part of the territory of G', 'P is in G's heartland' (patterns/relations.yaml
    lying_verbs, within_preps). Not a place merely near it ('P borders G's territory')."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.lemma_.lower() not in frame.lexicon("operates_nouns"):
        return
    prep, verb = token.head, token.head.head
    if prep.lower_ == "of" and verb.lemma_.lower() == "part" and verb.dep_ in ("attr", "dobj", "oprd"):
        verb = verb.head  # "P is part of G's territory"
    elif prep.lower_ not in frame.lexicon("within_preps"):
        return
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in frame.lexicon("lying_verbs"):
        return
    subject = subject_of(verb) or next((s for a in verb.children if a.dep_ == "aux" for s in a.children
                                        if s.dep_ == "nsubj"), None)  # the parser may hang it on 'have'
    places = parties(frame, subject, PLACES) if subject is not None else []
    owners = owning_groups(frame, token) + [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
    owners += [r for a in token.children if a.dep_ == "acl" and a.lemma_.lower() in frame.lexicon("operates_verbs")
               for o in agent_objects(a) for r in parties(frame, o, GROUP)]  # "the territory controlled by G"
    _emit(frame, owners, places, token, "operates_in.inside_territory.v1")


@starts(lemmas=(relations("collective_nouns", "dominant_nouns"),))
def _dominant_group(frame: Frame, token: Token) -> None:
    """'X is the dominant group in P', 'X remains the strongest cartel in P', 'X is the dominant force in P'.
    Also 'In (the region of) P, X remains the strongest group', 'X, the dominant gang in P' and 'In P the
    dominant group is X'."""
    described = as_verb(token.head) if token.dep_ == "pobj" else None  # "described X as the dominant group in P"
    named = [c for c in token.children if c.dep_ == "appos"]  # "the two largest gangs of P: X and Y"
    if token.dep_ == "nsubj" and token.head.lemma_ in ("be", "remain"):  # "in P the dominant group is X"
        named = [c for c in token.head.children if c.dep_ == "attr"]
    if token.pos_ != "NOUN" or token.dep_ not in ("attr", "appos") and described is None and not named \
            or token.lemma_.lower() not in frame.lexicon("collective_nouns", "dominant_nouns"):
        return
    if not any(c.dep_ == "amod" and c.lemma_.lower() in frame.lexicon("dominance_words") for c in token.children):
        return
    holders = [token, token.head] if token.dep_ in ("attr", "nsubj") else [token]
    places = [r for h in holders for p in ("in", "across", "of") for o in prep_objects(h, p)
              for r in _places_in(frame, o)]
    if named:
        groups = [r for c in named for r in parties(frame, c, GROUP)]
    elif described is not None:
        groups = [r for c in described.children if c.dep_ in ("dobj", "nsubjpass") for r in parties(frame, c, GROUP)]
    elif token.dep_ == "attr":  # every subject: the parser may take 'Further west' for one
        groups = [r for c in token.head.children if c.dep_ == "nsubj" for r in parties(frame, c, GROUP)]
        groups = groups or _subject_groups(frame, token.head)
    else:
        groups = parties(frame, token.head, GROUP)
    _emit(frame, groups, places, token, "operates_in.dominant_group.v1")


def _places_in(frame: Frame, noun: Token) -> list[Ref]:
    """The places a phrase names: 'P', 'the region of P', 'hideouts in the Tierra Caliente region of P'."""
    found = parties(frame, noun, PLACES)
    if found or frame.name(noun) is not None:
        return found
    found = [r for c in noun.children if c.dep_ == "compound" for r in _named_place(frame, c)]  # "the P region"
    return found or [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "around", "near")
                     for o in p.children if o.dep_ == "pobj" for r in _places_in(frame, o)]


def _prep_places(frame: Frame, verb: Token, preps: frozenset[str]) -> list[Ref]:
    """Places under the verb's prepositions of ``preps``; 'out of P' counts as 'out', 'in P and in Q' as two."""
    heads = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in preps]
    heads += [c for p in heads for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in preps]
    objects = [o for p in heads
               for o in [*p.children, *(o for q in p.children if q.dep_ == "prep" for o in q.children)]
               if o.dep_ == "pobj"]
    return [r for o in objects for r in _places_in(frame, o)]


def _verb_groups(frame: Frame, verb: Token) -> list[Ref]:
    """The group a verb tells of: its object ('X runs G from P'), else its subject (also a passive
    one, or the group a participle or relative clause hangs from: 'a network run from P')."""
    objects = [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    objects += [r for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("running_nouns")
                for o in c.children if o.dep_ == "poss" for r in parties(frame, o, GROUP)]  # "ran G's business"
    if objects:
        return objects
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        return _described_groups(frame, verb.head)
    return _subject_groups(frame, verb) or trailing_groups(frame, verb)


@starts(lemmas=(relations("operating_verbs", "leader_verbs"),))
def _run_from(frame: Frame, token: Token) -> None:
    """'X operates out of P', 'X is run from P', 'the brothers directed G from hideouts in P', 'a gang
    based out of P': where a group is run from, it is."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("operating_verbs", "leader_verbs"):
        return
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or token.dep_ in ("acl", "amod")
    objects = any(c.dep_ == "dobj" for c in token.children)
    if lemma not in frame.lexicon("operating_verbs") and not (passive or objects):
        return  # "the men ran from Culiacán": fled, no group run there
    preps = frame.lexicon("run_from_preps")
    if objects and lemma in frame.lexicon("leader_verbs"):
        preps = preps | {"in"}  # "X ran G in P", "X led G's operations in P"
    run = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.lexicon("running_nouns")]
    places = [r for h in [token, *run] for r in _prep_places(frame, h, preps)]  # "ran G's business in P"
    _emit(frame, _verb_groups(frame, token) if places else [], places, token, "operates_in.run_from.v1")


@starts(lemmas=(relations("origin_verbs"),))
def _began_in(frame: Frame, token: Token) -> None:
    """'X grew out of a prison in the state of P', 'X originated in P', 'X was founded in P': a group
    is where it began."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("origin_verbs"):
        return
    if any(c.dep_ == "dobj" and not parties(frame, c, GROUP) for c in token.children):
        return  # "X formed an alliance in P", "X started a war in P": what it began there, not itself
    places = _prep_places(frame, token, frame.lexicon("origin_preps"))
    _emit(frame, _verb_groups(frame, token) if places else [], places, token, "operates_in.began_in.v1")


@starts(lemmas=(relations("settling_verbs"),))
def _settled_in(frame: Frame, token: Token) -> None:
    """'X has set up in P', 'X set up shop in P', 'X established itself in P', 'X settled in P'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in frame.lexicon("settling_verbs"):
        return
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(o.lower_ not in ("itself", "themselves") and o.lemma_.lower() not in frame.lexicon("holding_nouns")
           and o.lemma_.lower() != "shop" for o in objects):
        return  # "set up a meeting in P", "established contacts in P": not the group itself
    places = [r for h in [token, *objects] for r in _prep_places(frame, h, frame.lexicon("settling_preps"))]
    _emit(frame, _subject_groups(frame, token) if places else [], places, token, "operates_in.settled_in.v1")


@starts(lemmas=(relations("collective_nouns", "faction_nouns", "kind_nouns"),))
def _place_noun(frame: Frame, token: Token) -> None:
    """'the P cell of G', "G's P cell", "G's cell in P", 'X, the P faction', 'X, a gang from P'."""
    if token.pos_ != "NOUN" or frame.name(token) is not None \
            or token.lemma_.lower() not in frame.lexicon("collective_nouns", "faction_nouns", "kind_nouns"):
        return
    places = [r for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i
              for r in _named_place(frame, c)]  # the parser tags some place names as adjectives: 'a Tepic gang'
    places += [r for p in ("in", "from", "across") for o in prep_objects(token, p) for r in _places_in(frame, o)]
    places += [r for g in prep_objects(token, "of") if token.lemma_.lower() in frame.lexicon("faction_nouns")
               for o in prep_objects(g, "in") for r in _places_in(frame, o)]  # "the cell of [G in P]": the parser's
    places += _there_are_places(frame, token)
    if not places:
        return
    owners = [r for o in prep_objects(token, "of") for r in parties(frame, o, GROUP)]
    owners += [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c, GROUP)]  # "G's cell in P"
    owners += [r for c in token.children if c.dep_ in ("compound", "nmod", "nummod") and c.i < token.i
               and (r := frame.name(c, *GROUP)) is not None]  # "G cells in P" (its own name, no conjunct)
    part = frame.ref(token.head, *GROUP) if token.dep_ == "appos" and token.lemma_.lower() in frame.lexicon(
        "faction_nouns") else None
    if part is not None and owners:
        owners = [part]  # "X, the G's Nagoya branch": the branch, X, is where it is named for
    elif owners and token.lemma_.lower() in frame.lexicon("faction_nouns") and (described := _described_part(
            frame, token)):
        owners = described  # "X is (regarded as) the remnant of G in P": X, the part, is there
    if not owners and token.dep_ in ("appos", "attr"):
        owners = _described_groups(frame, token)
    _emit(frame, owners, places, token, "operates_in.place_noun.v1")


def _described_part(frame: Frame, noun: Token) -> list[Ref]:
    """The group a faction noun describes as a predicate: 'X is G's cell in P', 'X is regarded as the remnant of G
    in P'."""
    if noun.dep_ == "attr":
        return _subject_groups(frame, noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head  # "police describe X as ...": X; "X is regarded as ...": X
        described = [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
        return described or _subject_groups(frame, verb)
    return []


def _there_are_places(frame: Frame, noun: Token) -> list[Ref]:
    """'In P, around Q, there are G cliques that extort migrants', 'there are cells of G across P': where a
    sentence of being says a group's part is, on its verb."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return []
    return _prep_places(frame, verb, frozenset({"in", "around", "across", "throughout"}))


def _named_place(frame: Frame, word: Token) -> list[Ref]:
    """The place a modifier names, when the modifier is not part of a group's own name."""
    ref = frame.ref(word)
    if ref is not None and ref.span.end - ref.span.start == 1 and (
            word.lower_ in frame.table("demonyms") or fold(word.text) in words_of("more_demonyms")):
        return []  # "two Montenegrin syndicates" read with a nationality as a place: no place named
    return [ref] if ref is not None and ref.kind in PLACES else []


@starts(lemmas=(relations("devotion_words"),))
def _dedicated_to(frame: Frame, token: Token) -> None:
    """'X headed a cell dedicated to the trafficking of drugs and kidnapping in the states of P and Q', 'X is a gang
    engaged in fuel theft in P', 'described X as a network devoted to smuggling migrants through P': a group given
    over to a trade is where it plies it (patterns/relations.yaml devotion_words)."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "amod") or token.lemma_.lower() not in frame.lexicon(
            "devotion_words"):
        return
    trades = [o for p in frame.lexicon("devotion_preps") for o in prep_objects(token, p)]
    trades += [c for p in token.children if p.dep_ == "prep" and p.lower_ in frame.lexicon("devotion_preps")
               for c in p.children if c.dep_ == "pcomp"]  # "devoted to smuggling migrants"
    places = [r for t in trades for r in _places_under(frame, t)]
    places += _prep_places(frame, token, frozenset({"in", "across", "throughout"}))
    noun = token.head
    groups = _described_groups(frame, noun) or _described_part(frame, noun) if places else []
    if places and not groups and (led := led_unnamed(frame, noun)) is not None:
        groups = [led]  # "X headed a criminal cell dedicated to ...": the cell headed by X
    _emit(frame, groups, places, token, "operates_in.dedicated_to.v1", presupposed=True)


def _places_under(frame: Frame, trade: Token) -> list[Ref]:
    """The places of a trade's phrase: 'the trafficking of drugs, kidnapping and homicide in the states of P and Q'
    (the parser hangs 'in' on any noun of it), 'smuggling migrants through P'; not inside a clause of its own."""
    found: list[Ref] = []
    stack = [trade]
    while stack:
        word = stack.pop()
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout", "through"):
                found += [r for o in child.children if o.dep_ == "pobj" for r in _places_in(frame, o)]
            elif child.dep_ in ("prep", "pobj", "conj", "dobj", "pcomp", "compound", "nmod"):
                stack.append(child)
    return found


@starts(lemmas=(relations("control_participles"),))
def _controlled_place(frame: Frame, token: Token) -> None:
    """'a CJNG-controlled town', 'the cartel-held town of P', 'P, a G-dominated city', 'in G-run P'."""
    if token.tag_ != "VBN" or token.dep_ != "amod" or token.lemma_.lower() not in frame.lexicon("control_participles"):
        return
    groups = [r for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < token.i
              for r in parties(frame, c, GROUP)]
    if not groups:
        return
    noun = token.head
    places = _places_in(frame, noun)
    if not places and noun.dep_ == "appos":
        places = parties(frame, noun.head, PLACES)  # "P, a G-controlled town"
    elif not places and noun.dep_ == "pobj" and (verb := as_verb(noun.head)) is not None:
        places = [r for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for r in parties(frame, c, PLACES)]
    elif not places and noun.dep_ == "attr":
        subject = subject_of(noun.head)
        places = parties(frame, subject, PLACES) if subject is not None else []
    _emit(frame, groups if places else [], places, token, "operates_in.controlled_place.v1")


@starts(lemmas=(relations("control_verbs"),))
def _took_control_of(frame: Frame, token: Token) -> None:
    """'X, which took control of P in 2012', 'X seized control of P': X operates in P."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("control_verbs"):
        return
    places = [r for o in token.children if o.dep_ == "dobj" and o.lemma_.lower() == "control"
              for x in prep_objects(o, "of") for r in _places_in(frame, x)]
    groups = _subject_groups(frame, token) if places else []
    head = token.head
    if places and not groups and token.dep_ == "relcl" and head.dep_ == "pobj" and head.head.dep_ == "agent" \
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in token.children):
        groups = parties(frame, head.head.head.head, GROUP)  # "G, the group led by P, which took control of Q"
    _emit(frame, groups, places, token, "operates_in.took_control.v1")


@starts(lemmas=(relations("leader_nouns"),))
def _posted_in(frame: Frame, token: Token) -> None:
    """'He was the regional boss of G in P', 'X, G's plaza chief in P', 'described as G's commander in P': a
    person described by a post heading a group somewhere places the group there. Only a description (a
    predicate, an apposition, 'as ...'): 'police arrested the leader of G in P' is where he was arrested."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("leader_nouns"):
        return
    if token.dep_ not in ("attr", "appos", "oprd") and not (token.dep_ == "pobj" and token.head.lower_ == "as"):
        return
    owned = prep_objects(token, "of")
    places = [r for h in [token, *owned] for p in ("in", "for") for o in prep_objects(h, p)
              if o.doc[o.head.i - 1].text != "," for r in _places_in(frame, o)]  # not 'X, a G chief, in P'
    if not places:
        return
    owners = [r for o in owned for r in parties(frame, o, GROUP)] + owning_groups(frame, token)
    owners += [r for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i
               for r in parties(frame, c, GROUP)]  # "the CJNG boss in P"
    _emit(frame, owners, places, token, "operates_in.posted_in.v1", presupposed=token.dep_ == "appos")


# Every presence rule of this module, in order (rules/dispatch.py: each runs where its trigger can match).
presence_rules = RuleSet(
    _stronghold_of, _own_ground_in, _presence_of, _place_based, _holdings, _stronghold_is, _territory_includes,
    _inside_territory, _dominant_group,
    _run_from, _began_in, _settled_in, _place_noun, _dedicated_to, _controlled_place, _took_control_of, _posted_in,
)
