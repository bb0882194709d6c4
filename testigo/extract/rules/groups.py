"""Group-to-group relations: ally_of, rival_of, negotiated_with and faction_of.

Each rule starts from a trigger word of patterns/relations.yaml and reads its roles
from the dependency parse: "an alliance between X and Y", "X formed an alliance
with Y", "X and Y formed an alliance", "a front against X", "factions of Y (A and B)".
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame, Siding
from testigo.extract.lexicon import fold, load_patterns
from testigo.extract.modality import as_verb, participle_bearer
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import (
    GROUP,
    PAST_WORDS,
    after_colon,
    agreeing,
    former_members,
    free_relative,
    hedged_bearer,
    parties,
    person_faction,
    pointing_pair,
    prep_objects,
    quoted,
    remnant_of,
    salient_pair,
    told_groups,
    topic,
)
from testigo.extract.syntax import NAMING_VERBS, agent_objects, conjuncts, subject_in_source
from testigo.extract.tokens import children

__all__ = ["group_rules", "side_with_led_groups"]

FAMILIES = (  # predicate, noun list, verb list
    ("ally_of", "ally_nouns", "ally_verbs"),
    ("rival_of", "rival_nouns", "rival_verbs"),
    ("negotiated_with", "negotiation_nouns", "negotiation_verbs"),
)
BACKGROUND_PREPS = frozenset({"during", "amid", "throughout", "since", "after", "before", "despite"})
EXAMPLES = ("particularly", "especially", "including", "notably", "namely", "mainly", "chiefly")


def _preps(token: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` attached to the token, also of the same preposition coordinated
    with it ("joined forces with A and with B" -> [A, B])."""
    return prep_objects(token, word)


def subject_of(token: Token) -> Token | None:
    """The subject of a verb, climbing through 'are said to have formed' and conjoined verbs."""
    verb: Token | None = token
    clause: Token | None = None
    deeds = 0
    for _ in range(6):
        if verb is None:
            return None
        subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")
                    or c.dep_ == "csubj" and free_relative(c)]  # "what remains of G still fights H"
        if clause is not None and clause.dep_ == "ccomp" and len(subjects) > 1:
            # "P says X, a gang ..., works with Y" parsed with X a second subject of 'says': X is the clause's
            subjects = [c for c in subjects if verb.i < c.i < clause.i] or subjects
        for child in subjects:
            if verb.i != token.i and child.lower_ in RELATIVES:
                return _antecedent(child, verb)
            return mended_subject(child, subjects)
        if (misplaced := subject_in_source(verb)) is not None:
            return misplaced
        if _split_relative(verb):
            return verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return _participle_bearer(verb.head)  # "G, a cell answering to H": the cell, that is G
        if verb.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acomp") and verb.head.i != verb.i:
            clause, verb = verb, verb.head
        elif verb.dep_ == "acl" and verb.head.lower_ == "order" and verb.head.head.lower_ == "in" \
                and verb.head.head.dep_ == "prep":  # "X sought an alliance in order to confront Y": X
            clause, verb = verb, verb.head.head.head
        elif (described := _described_as(verb)) is not None:
            return _antecedent(described, verb) if described.lower_ in RELATIVES else described
        elif verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "prt"):  # "X emerged after splitting from Y",
            deed = verb.head.lower_ in ("of", "with", "for") and not deeds  # the accused's own deed, not one after it
            deeds += 1
            verb = verb.head.head  # "X went on running Y"
            if verb.dep_ == "pobj" and verb.head.dep_ == "agent" and verb.head.head.lemma_.lower() in _accusing():
                verb = verb.head.head  # "X is accused by P of running G": 'of' hung on P; X is the one accused
            if deed and (accused := _accused(verb)) is not None:
                return accused
        else:
            return None
    return None


def _accused(verb: Token) -> Token | None:
    """Who an accusation's deed is told of: its object ('charged X with moving cocaine for G', 'accusing him of
    running G'), or the name an accusing participle hangs from or follows ('X, accused of working for G', 'Police
    arrested X, accused of ...')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _accusing():
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return objects[0]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "Police arrested X, accused of working for G", "X was detained, suspected of ...": the clause's X
        return next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return None


def held_responsible(adjective: Token) -> tuple[Token | None, Token | None]:
    """The one 'responsible' is said of, and the verb of whoever holds them so: 'X is responsible for',
    'officials hold X responsible for' (the parser hangs the adjective on the verb or on X), 'X was held
    responsible for', 'the groups officials hold responsible for'. (None, None) where it is said of no one."""
    verb = adjective.head
    if adjective.dep_ == "amod" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in _accusing():
        return verb, verb.head  # "held Caro Quintero responsible": the adjective hangs on the object
    if adjective.dep_ == "acomp":
        return subject_of(verb), None
    if adjective.dep_ not in ("ccomp", "oprd", "xcomp") or verb.lemma_.lower() not in _accusing():
        return None, None
    holder = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if holder is None and verb.dep_ == "relcl":  # "the groups officials hold responsible"
        holder = verb.head
        if holder.dep_ == "attr":  # "X and Y are the two groups ...": the caller checks the name
            return holder, None
    return holder, verb


RELATIVES = ("who", "which", "that")
ALIAS_WORDS = ("alias", "aka")


@cache
def _accusing() -> frozenset[str]:
    return frozenset(load_patterns("relations")["accusing_verbs"])


@cache
def _describing() -> frozenset[str]:
    return frozenset(load_patterns("relations")["describing_verbs"]) | {"see"}


def _described_as(verb: Token) -> Token | None:
    """'prosecutors describe X as operating with Y', 'X is seen as working with Y', 'a group that officials
    describe as ...': the one described (the object of the describing verb, or its passive subject) does
    what the verb after 'as' says."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in _describing():
        return None
    return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def mended_subject(child: Token, subjects: list[Token]) -> Token:
    """The subject word itself, mended where the parser misread a name: 'X, alias "Y", is ...'
    parsed with 'alias' as the subject gives X; 'a faction calling itself X now controls ...'
    parsed with two subjects gives X, the name."""
    if child.lower_ in ALIAS_WORDS:
        named = next((c for c in child.children if c.dep_ in ("nsubj", "compound", "appos") and c.i < child.i
                      and c.pos_ == "PROPN"), None)
        return named if named is not None else child
    naming = any(c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS for c in child.children)
    later = next((c for c in subjects if c.i > child.i and c.pos_ == "PROPN"), None)
    if later is not None and quoted(child):
        return later  # 'Led by X, "El Toro", the Lobos broke away' parsed with the nickname a subject of its own
    if child.tag_ == "DT" and child.lower_ == "the" and later is not None:
        return later  # "The 'Ndrangheta dominates ..." parsed with 'The' a subject of its own: the name
    return later if naming and later is not None else child


def _split_relative(verb: Token) -> bool:
    """'two men who police say lead G' parsed as two relative clauses on 'men' ('who police say'
    and 'lead G'): the second has no subject; the relative pronoun of the first is its subject."""
    if verb.dep_ != "relcl" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    saying = before if before.head.i == verb.head.i else before.head
    return saying.dep_ == "relcl" and saying.head.i == verb.head.i and saying.i < verb.i and \
        any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in saying.children)


def _participle_bearer(noun: Token) -> Token:
    """The doer of an active participle is the noun it hangs from ('a cell answering to H', 'gunmen
    working for H'); a common noun set in apposition to a name stands for that name ('G, a cell
    answering to H': G), as does one a verb takes its object as ('they describe G as a cell answering to H').
    A passive participle ('a gang run by X') is left to the rules that read agents."""
    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    taken = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None and verb.pos_ == "VERB" else []
    return taken[0] if noun.pos_ == "NOUN" and taken else noun


def _antecedent(relative: Token, verb: Token) -> Token:
    """'X, which officials say fought Y': the noun the relative clause around ``verb`` hangs from."""
    for clause in [verb, *verb.ancestors]:
        if clause.dep_ == "relcl":
            return one_of_those(agreeing(clause, clause.head))
    return relative



def one_of_those(noun: Token) -> Token:
    """'X, one of the brothers who run G', 'X is (described as) one of the men who founded G': what the clause says of
    the plural it hangs from it says of X; else the noun itself."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.tag_ == "NNS" else None
    if one is None or one.lower_ != "one":
        return noun
    if one.dep_ == "appos":
        return one.head
    if one.dep_ == "attr" and one.head.lemma_ == "be":
        return next((c for c in one.head.children if c.dep_ == "nsubj"), noun)
    verb = as_verb(one.head) if one.dep_ == "pobj" else None
    if verb is not None:  # "X is described as one of the men who built G", "officials regard X as one of ..."
        return next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), noun)
    return noun


def named_antecedent(frame: Frame, relative: Token, verb: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause hangs from, and the name that noun is in
    apposition to ('X, a gang that officials describe as ...' -> X)."""
    noun = _antecedent(relative, verb)
    return noun.head if noun.dep_ == "appos" and frame.name(noun) is None and frame.name(noun.head) is not None \
        else noun


def mistagged_verb(token: Token) -> bool:
    """'X and Y fight over sales' tagged as a noun with a subject: the verb the tagger missed."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.tag_ in ("NN", "NNS") and any(
        c.dep_ == "nsubj" for c in token.children) and not any(c.dep_ == "det" for c in token.children)


def _with_its_own(frame: Frame, subject: Token | None) -> bool:
    """'The CDN and its armed wing, X, attacked the town', 'G and their allies stormed P': a group and what it
    owns stand on one side, not against each other (unless named as its foes or former partners: 'G and its
    former bosses clashed')."""
    return subject is not None and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for head in conjuncts(subject)[1:] for c in head.children
        if head.lower_ not in frame.lexicon("rival_people_nouns") and not PAST_WORDS & {w.lower_ for w in head.lefts})


def _pairs(frame: Frame, predicate: str, left: list[Ref], right: list[Ref] | None, trigger: Token,
           rule: str) -> None:
    with_time = predicate == "negotiated_with"
    if right is None:
        for a, b in combinations(left, 2):
            frame.emit(predicate, a, b, trigger, rule, with_time=with_time)
        return
    for a in left:
        for b in right:
            frame.emit(predicate, a, b, trigger, rule, with_time=with_time)


def _governing_verb(token: Token) -> Token | None:
    """For a noun trigger: the verb it is the object or subject of ('formed an alliance'),
    or whose preposition governs it ('engaged in a conflict with')."""
    head = token.head
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    year = head.head if token.dep_ == "pobj" and head.dep_ == "prep" else None
    if year is not None and year.like_num and year.dep_ == "pobj" and year.head.head.pos_ in ("VERB", "AUX"):
        return year.head.head  # "involved since 2022 in a dispute with Y": 'in' hung on the year
    return None


def _sides(frame: Frame, named: Token) -> list[Ref]:
    """The parties 'between' names, less those named as helpers of the sides ('between X and Y,
    and allies of each gang, such as Z': Z backs a side and is not one)."""
    helpers = load_patterns("ties")["ally_partner_nouns"]
    sides = parties(frame, named)
    if not sides and named.tag_ == "NNS" and frame.name(named) is None \
            and named.lower_ in frame.lexicon("member_nouns"):
        sides = [r for o in _preps(named, "of") for r in parties(frame, o)]  # "between enforcers of A and B"
    if len(sides) == 1 and not any(c.dep_ == "conj" for c in named.children):
        later = _remnant_after_and(frame, named) or _side_after_description(frame, named)
        sides += [r for r in later if r.entity_id != sides[0].entity_id]
    dropped = {frame.ref(w) for head in conjuncts(named) if head.lower_ in helpers and frame.name(head) is None
               for w in head.subtree} - {None}
    return [side for side in sides if side not in dropped]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _remnant_after_and(frame: Frame, named: Token) -> list[Ref]:
    """'between A and what remains (is left, survives) of B': the second side, B, which the parser hangs off the
    sentence as a clause of its own ('what' the subject of 'remains') instead of joining it to A."""
    edge = named.right_edge
    after = edge.i if edge.lower_ == "and" else edge.i + 1  # 'and' hung on A, or after A's words
    if after + 1 >= named.sent.end or named.doc[after].lower_ != "and" or named.doc[after + 1].lower_ != "what":
        return []
    return [r for o in remnant_of(named.doc[after + 1].head) for r in parties(frame, o)]


def _side_after_description(frame: Frame, named: Token) -> list[Ref]:
    """'between A, the faction run by X, and B' / 'between the followers of X, known as A, and B': the second
    side, which the parser hangs inside the first one's description. It follows ', and' before the next
    finite verb (the clause's own: 'the fighting between A, ..., and B has stayed ...')."""
    for word in named.doc[named.i + 1:named.sent.end]:
        if word.tag_ in FINITE_TAGS:
            return []
        if word.lower_ == "and" and word.i > 0 and word.doc[word.i - 1].text == "," and word.dep_ == "cc":
            second = next((c for c in word.head.children if c.dep_ == "conj" and c.i > word.i
                           and c.pos_ in ("NOUN", "PROPN")), None)
            if second is not None:
                return parties(frame, second)
            start = word.i + 2 if word.i + 2 < len(word.doc) and word.doc[word.i + 1].lower_ == "the" else word.i + 1
            ref = frame.name(word.doc[start], *GROUP)  # ', and B has spread': B made the subject of a verb
            return [ref] if ref is not None and ref.span.start == start else []
    return []


def _noun_trigger(frame: Frame, token: Token, predicate: str) -> None:
    name = predicate.split("_")[0]
    said = [c for c in token.children if c.dep_ == "amod"] + [
        c for c in token.head.children if token.dep_ == "nsubj" and c.dep_ in ("acomp", "oprd")]
    if predicate == "ally_of" and any(c.lower_ in frame.lexicon("strained_modifiers") for c in said):
        return  # "tense relations between X and Y", "relations between X and Y have been tense"
    between = _preps(token, "between") or (
        _preps(token.head, "between") if token.dep_ in ("conj", "nsubj", "nsubjpass") else []) or \
        _brokered_between(token) or _between_after(token)
    if between:
        sides = _sides(frame, between[0])
        _pairs(frame, predicate, sides, None, token, f"{predicate}.between.v1")
        if predicate == "rival_of":
            _fought_in(frame, token, sides, between[0])
        return
    if predicate == "ally_of" and token.lemma_.lower() in _coalition_nouns() \
            and len(members := _coalition_members(frame, token)) >= 2:
        _pairs(frame, predicate, members, None, token, "ally_of.coalition_of.v1")  # "an alliance of A, B and C"
        return
    owners = [r for c in children(token) if c.dep_ == "poss" for r in parties(frame, _whose(c))]
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.pos_ == "NOUN" and anchor.head.i < anchor.i:
        anchor = anchor.head  # "announced a truce and then an alliance": the verb of the first noun
    anchor = _misplaced_conjunct(anchor)
    verb = _governing_verb(anchor)
    if anchor.dep_ == "pobj" and anchor.head.lower_ in BACKGROUND_PREPS:
        verb = None  # "X was aligned with Y during the war": the war is the time, not X's with Y
    light = frame.lexicon("ally_light_verbs", "talk_light_verbs") | {"be"}
    if predicate == "rival_of":
        light = light | _attack_light_verbs()  # "X is waging a war with Y"
    if predicate == "negotiated_with" and verb is not None and verb.lemma_.lower() in frame.lexicon(
            "truce_keeping_verbs"):
        light = light - {verb.lemma_.lower()}  # "X and Y kept a truce": a standing accommodation (rules/alignment.py)
    if verb is not None and anchor.dep_ in ("dobj", "attr") and verb.lemma_.lower() not in light:
        verb = None  # "negotiate a truce with X" is not an alliance with X
    subject = subject_of(verb) if verb is not None and anchor.dep_ != "nsubj" else None
    if subject is not None and verb is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = _described(agreeing(verb, verb.head))  # "X survives as a group that reached an accommodation
        # with Y", "G, the coalition of local groups that has been at war with Y"
    left = [r for r in owners or _sides_of(frame, subject, verb) if not _opposed(token, r)]
    own = _preps(token, "with")  # "in its war with X, G allied itself with Y": the war's X, not the verb's Y
    own = own or [w for p in ("for", "over") for o in _preps(token, p) for t in o.subtree
                  if t.lower_ == "with" and t.dep_ == "prep" for w in t.children if w.dep_ == "pobj"]
    # "a dispute for the control of P with X": 'with' hung on the fight's stake
    partners = [r for obj in own or (_preps(verb, "with") + _with_after_place(frame, verb) if verb is not None else [])
                for r in parties(frame, obj) or _envoys_of(frame, obj) or _led_by_named(frame, obj)]
    if partners and not left and predicate == "rival_of" and verb is not None and _bare_definite(token):
        left = [r for r in [topic(frame, token, GROUP)] if r is not None and r not in partners]
        # "The Gulf Cartel ruled P. The war with Y began in 2010": the group the text is about
    if partners:
        _pairs(frame, predicate, left, partners, token, f"{predicate}.{name}_with.v1")
        if not left and not owners:
            _side_later(frame, predicate, subject, verb, partners, token, f"{predicate}.{name}_with.v1")
    elif len(left) >= 2 and verb is not None:
        _pairs(frame, predicate, left, None, _attempt(frame, token, verb, predicate), f"{predicate}.joint_{name}.v1")


def _opposed(token: Token, ref: Ref) -> bool:
    """The name stands in the tie's 'against' phrase, or in a list after a colon that closes it: 'a pact against
    common enemies: A and B' (A and B are what the pact opposes, whatever the parser hung them on)."""
    against = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"]
    if not against:
        return False
    start, end = against[0].i, against[0].right_edge.i
    if start <= ref.span.start <= end:
        return True
    between = token.doc[end + 1:ref.span.start]
    return ref.span.start > end and len(between) > 0 and between[0].text == ":"


def _sides_of(frame: Frame, subject: Token | None, verb: Token | None) -> list[Ref]:
    """The groups a subject of alliance, rivalry or talks stands for: its groups or, for people who each lead
    one group the text has already said they lead and who are the verb's own subject in a main clause, those
    groups ('Castor and Digno agreed to a truce', 'X reached an understanding with G': the gangs they lead;
    not 'X, who once fought G', 'X put together a unit to fight G', 'X joined G': a man's own past or post)."""
    if subject is None:
        return []
    if sides := parties(frame, subject):
        return sides
    if verb is None or subject.head.i != verb.i or verb.dep_ in ("relcl", "acl") or verb.lemma_.lower() == "join":
        return []
    return _each_leads(frame, parties(frame, subject, ("person",)), subject, before=subject.idx)


def _each_leads(frame: Frame, people: list[Ref], at: Token, *, before: int | None = None) -> list[Ref]:
    """The groups the people lead, as references at ``at``: the one group the document's claims (told before
    ``before``, when given) make each of them lead; none when one of them leads none or several."""
    led = [told[0] for p in people if len(told := told_groups(frame, [p], ("leader_of",), before=before)) == 1]
    if not people or len(led) != len(people):
        return []
    return [Ref.at(at, group, "criminal_group") for group in dict.fromkeys(led)]


def _led_by_named(frame: Frame, noun: Token) -> list[Ref]:
    """The groups of people named as the other side of a tie ('G broke with X and Y', 'G reached a deal with X',
    'G met envoys of X'): the one group the text's claims make each of them lead; none unless every conjunct is a
    person's name and each leads exactly one group ('X's lawyer', 'the leader's brother', a man who leads none
    or two give nothing)."""
    people = []
    for head in conjuncts(noun):
        ref = frame.name(head, "person")
        if ref is None or ref.span.root.i != head.i or head.pos_ != "PROPN":
            return []
        people.append(ref)
    return _each_leads(frame, people, noun)


def _side_later(frame: Frame, predicate: str, subject: Token | None, verb: Token | None, partners: list[Ref],
                trigger: Token, rule: str) -> None:
    """People as the side of a tie whose groups the text tells only after it ('In May X sealed a pact with G.
    ... X, who leads H, ...'): kept, as _sides_of reads them, for ``side_with_led_groups``."""
    if subject is None or verb is None or subject.head.i != verb.i or verb.dep_ in ("relcl", "acl") \
            or verb.lemma_.lower() == "join" or parties(frame, subject):
        return
    people = parties(frame, subject, ("person",))
    if people and partners:
        frame.sided.append(Siding(predicate, tuple(people), tuple(partners), trigger, rule))


def side_with_led_groups(frame: Frame) -> None:
    """Each tie kept on ``frame.sided`` holds between the partners and the one group each person leads, told
    anywhere in the text (none when a person leads none or several)."""
    for one in frame.sided:
        if sides := _each_leads(frame, list(one.people), one.trigger):
            _pairs(frame, one.predicate, sides, list(one.partners), one.trigger, one.rule)


def _attempt(frame: Frame, token: Token, verb: Token, predicate: str) -> Token:
    """'X and Y tried three times to agree a truce': trying to agree one is itself talking (negotiated_with,
    certain), so the trying verb, not the truce, carries the claim's certainty."""
    if predicate != "negotiated_with" or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in frame.lexicon(
            "negotiation_attempts"):
        return token
    return verb.head


def _coalition_members(frame: Frame, token: Token) -> list[Ref]:
    """The groups 'an alliance (coalition) of ...' names: 'of A, B and C', 'of members of A and B', 'of members and
    associates of A and B' (the parser hangs the last 'of' on the last of the people nouns)."""
    found = [r for o in _preps(token, "of") for r in parties(frame, o)]
    if found:
        return found
    heads = [c for o in _preps(token, "of") if o.pos_ == "NOUN" and frame.name(o) is None for c in conjuncts(o)]
    members = frame.lexicon("member_nouns", "transparent_nouns")
    if not heads or any(h.lemma_.lower() not in members and h.lower_ not in members for h in heads):
        return []
    return [r for h in heads for o in _preps(h, "of") for r in parties(frame, o)]


@cache
def _coalition_nouns() -> frozenset[str]:
    return frozenset(load_patterns("ties")["coalition_nouns"])


@cache
def _attack_light_verbs() -> frozenset[str]:
    return frozenset(load_patterns("ties")["attack_light_verbs"])


def _bare_definite(noun: Token) -> bool:
    """'the war' with nothing else before it: no owner, no 'a', no modifier naming a side."""
    return [c.lower_ for c in noun.children if c.i < noun.i] == ["the"]


def _brokered_between(token: Token) -> list[Token]:
    """'a truce brokered by the Church between X and Y': 'between' on the participle, or on its agent; 'the war
    that followed between X and Y': on the relative clause."""
    clauses = [c for c in token.children if c.dep_ in ("acl", "relcl")]
    agents = [o for c in clauses for o in agent_objects(c)]
    return [o for h in clauses + agents for o in _preps(h, "between")]


def _between_after(token: Token) -> list[Token]:
    """'attribute the killings to the contest for P between X and Y', with 'between' hung on the verb: the sides of
    the noun after it, its own words or a short place or stake ('for P') the only ones between."""
    holder = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if holder.pos_ not in ("VERB", "AUX") or token.dep_ not in ("pobj", "dobj"):
        return []
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "between" and c.i > token.i):
        gap = token.doc[token.right_edge.i + 1:prep.i]
        if len(gap) <= 4 and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in gap) and (
                not gap or gap[0].dep_ == "prep" and gap[0].lower_ in ("for", "over", "in")):
            return [o for o in prep.children if o.dep_ == "pobj"]
    return []


def _whose(owner: Token) -> Token:
    """'two gangs, A and B, whose war ...': 'whose' stands for the noun its clause hangs from (the
    first of a coordination, the plural a list stands in apposition to)."""
    if owner.lower_ != "whose":
        return owner
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return owner
    noun = clause.head
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "appos" and noun.head.tag_ in ("NNS", "NNPS") else noun


def _described(noun: Token) -> Token:
    """The noun a relative clause hangs from, or what that noun is said to be of: 'X survives (is known)
    as a group that ...' -> X."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head.head) or noun
    if noun.dep_ == "attr":
        return subject_of(noun.head) or noun
    if noun.dep_ == "appos" and noun.head.i != noun.i:  # "X, a gang that ..."
        return noun.head
    return noun


def _misplaced_conjunct(token: Token) -> Token:
    """'... announced a truce and then an alliance' parsed with 'alliance' conjoined to the main verb:
    the object noun right before 'and (then)' is the one it goes with."""
    if token.dep_ != "conj" or token.head.pos_ not in ("VERB", "AUX"):
        return token
    i = token.left_edge.i - 1
    while i > token.sent.start and token.doc[i].pos_ in ("CCONJ", "ADV", "PUNCT"):
        i -= 1
    before = token.doc[i]
    return before if before.pos_ == "NOUN" and before.dep_ == "dobj" and before.i < token.i else token


def _fought_in(frame: Frame, token: Token, sides: list[Ref], named: Token) -> None:
    """'clashes between X and Y in P', 'P is the scene of a war between X and Y': both sides operate in P."""
    holders = [token] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])
    holders += [w for w in named.subtree if w.pos_ == "PROPN"]  # the parser may hang 'in P' on a name
    places = [r for h in holders for o in _preps(h, "in") for r in _places(frame, o)]
    places += _scene_of(frame, token)
    if len(sides) < 2:
        return
    for side in sides:
        for place in places:
            frame.emit("operates_in", side, place, token, "operates_in.fought_in.v1")


SCENE_NOUNS = frozenset({"scene", "theatre", "theater", "battleground", "battlefield", "epicentre", "epicenter",
                         "centre", "center", "focus", "stage", "site", "heart", "front", "flashpoint"})


def _scene_of(frame: Frame, fight: Token) -> list[Ref]:
    """'P has been the scene of a war between X and Y': the place the copula says the fight's scene is."""
    scene = fight.head.head if fight.dep_ == "pobj" and fight.head.lower_ == "of" else None
    if scene is None or scene.lemma_.lower() not in SCENE_NOUNS or scene.dep_ != "attr":
        return []
    return [r for c in scene.head.children if c.dep_ == "nsubj" for r in _places(frame, c)]


def _places(frame: Frame, noun: Token) -> list[Ref]:
    """The places a noun names: 'Tepic', or through a noun of its own, 'the department of Chocó'."""
    found = parties(frame, noun, ("place",))
    if found or noun.pos_ != "NOUN" or frame.name(noun) is not None:
        return found
    return [r for o in _preps(noun, "of") for r in parties(frame, o, ("place",))]


def _fought_over(frame: Frame, token: Token, sides: list[Ref]) -> None:
    """'X fights Y for control of P': both sides operate in P."""
    objects = _preps(token, "for") + _preps(token, "over")
    stakes = [w for o in objects for w in [o, *o.conjuncts] if w.lemma_.lower() in frame.lexicon("stake_nouns")]
    places = [r for o in stakes for p in _preps(o, "of") + _preps(o, "over") for r in _places(frame, p)]
    places += [r for o in objects if (r := frame.ref(o, "place")) is not None]  # "fought over Tepic"
    for side in sides:
        for place in places:
            frame.emit("operates_in", side, place, token, "operates_in.fought_over.v1")


def _verb_trigger(frame: Frame, token: Token, predicate: str) -> None:
    name = predicate.split("_")[0]
    between = _preps(token, "between") or _preps(token.head, "between")
    sides = [r for b in between for r in _sides(frame, b)]
    if sides:  # "fighting broke out between X and Y"; not "between 2008 and 2011"
        _pairs(frame, predicate, sides, None, token, f"{predicate}.between.v1")
        return
    subject = subject_of(token)
    if subject is None and token.dep_ == "acl":  # "X, a gang allied with Y" / "a cartel fighting Y"
        subject = token.head.head if token.head.dep_ == "appos" and frame.name(token.head) is None else token.head
        if subject.dep_ == "pobj" and frame.name(subject) is None and (called := as_verb(subject.head)) is not None:
            subject = next((c for c in called.children if c.dep_ in ("dobj", "nsubjpass")), subject)
            # "describing X as an organization closely aligned with Y": X
    left = _sides_of(frame, subject, token)
    if not left and predicate == "rival_of" and token.lemma_.lower() in frame.lexicon("mutual_rival_verbs"):
        # "P has been contested by A and B": A and B, against each other
        left = [r for o in agent_objects(token) for r in parties(frame, o)]
    if not left and predicate == "negotiated_with" and subject is not None:
        left = _envoys_of(frame, subject)  # "leaders of X met leaders of Y"
    objects = [c for c in children(token) if c.dep_ == "dobj" or c.dep_ == "ccomp" and free_relative(c)]
    opposed = _preps(token, "against") + _preps(token, "on") if predicate == "rival_of" else []
    heads = objects + _preps(token, "with") + opposed + [  # "cooperating against X": X is no partner
        w for o in objects for w in _preps(o, "with")] + _with_after_place(frame, token)
    if predicate == "rival_of":  # "turned on their former bosses in Y"
        heads += [w for o in list(heads) if frame.name(o) is None and o.lemma_.lower() in frame.lexicon(
            "former_side_nouns") for p in ("in", "of", "at") for w in _preps(o, p)]
    partners = [r for obj in heads for r in _other_than(frame, obj, left)
                or _envoys_of(frame, obj) or _led_by_named(frame, obj) if not former_members(r)]  # not 'hired
    # former Zetas': people who left the group
    if predicate == "rival_of" and left:  # "X fought alongside Y (against Z)": Y is on X's side
        comrades = [r for o in _preps(token, "alongside") for r in _other_than(frame, o, left) or _senders(frame, o)]
        _pairs(frame, "ally_of", left, comrades, token, "ally_of.fought_alongside.v1")
    if partners:
        _pairs(frame, predicate, left, partners, token, f"{predicate}.{name}_verb.v1")
        if not left:
            _side_later(frame, predicate, subject, token, partners, token, f"{predicate}.{name}_verb.v1")
        if predicate == "rival_of" and left:
            _fought_over(frame, token, left + partners)
    elif len(left) >= 2 and predicate == "rival_of" and _preps(token, "alongside"):
        if any(o.lower_ in ("other", "another") for o in _preps(token, "alongside")):  # "fought alongside each other"
            _pairs(frame, "ally_of", left, None, token, "ally_of.fought_alongside.v1")
    elif len(left) >= 2 and not [h for h in heads if frame.ref(h) is not None] and not _with_its_own(frame, subject) \
            and token.lemma_.lower() not in frame.lexicon("object_rival_verbs"):
        # "the two gangs have clashed", "A and B traded fire"; not "both are fighting P": a third they fight
        _pairs(frame, predicate, left, None, token, f"{predicate}.joint_{name}_verb.v1")
        if predicate == "rival_of" and subject is not None:  # "the two gangs have clashed in P"
            _fought_in(frame, token, left, subject)
            _fought_over(frame, token, left)


FIGHTERS = frozenset(load_patterns("ties")["fighter_nouns"])
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "lend", "loan", "provide", "supply", "hire", "pay", "finance",
                           "fund", "arm", "train"})


def _senders(frame: Frame, noun: Token) -> list[Ref]:
    """'fighting alongside gunmen sent (paid, trained) by Y': the group that sent the unnamed fighters."""
    if noun.lower_ not in FIGHTERS or frame.name(noun) is not None:
        return []
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SENDING_VERBS]
    return [r for v in verbs for o in agent_objects(v) for r in parties(frame, o, GROUP)]


def _with_after_place(frame: Frame, verb: Token) -> list[Token]:
    """'disputing routes in P with Y', 'at war in P with Y': the 'with' the parser hung on the place."""
    places = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "across", "throughout")
              for o in p.children if o.dep_ == "pobj" and frame.ref(o, "place", "country") is not None
              for c in (o, *o.conjuncts)]
    return [w for o in places for w in _preps(o, "with")]


def _envoys_of(frame: Frame, noun: Token) -> list[Ref]:
    """'representatives (leaders, envoys) of X', 'a Gambino capo', 'CJNG envoys': the group the people who meet
    or deal speak for, named after 'of' or in a name right before the noun."""
    if noun.lemma_.lower() not in frame.lexicon("envoy_nouns") or frame.name(noun) is not None:
        return []
    before = [r for c in noun.children if c.dep_ in ("compound", "nmod") and c.i == noun.i - 1
              and (r := frame.name(c, *GROUP)) is not None and r.span.end == noun.i]
    return before or [r for o in _preps(noun, "of") for r in parties(frame, o) or _led_by_named(frame, o)]


def _other_than(frame: Frame, obj: Token, left: list[Ref]) -> list[Ref]:
    """The groups an object names; 'the cartel' read as the subject itself ('describing X as a group aligned
    with the cartel') is the group so called named last before, other than the subject."""
    found = parties(frame, obj)
    mine = {r.entity_id for r in left}
    if not found or any(r.entity_id not in mine for r in found) or frame.name(obj) is not None \
            or obj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in obj.children):
        return found
    word = fold(obj.lemma_)
    other = next((r for r in frame.refs_before(obj, *GROUP) if r.entity_id not in mine
                  and word in fold(frame.ents.entities[r.entity_id].name).split()), None)
    return [other] if other is not None else found


@starts(words=("against",))
def _against(frame: Frame, token: Token) -> None:
    """'a front against (common rivals, particularly) X' / 'sides ... against X' / 'campaigns against X and
    against Y': rival_of."""
    objects = [obj for obj in token.children if obj.dep_ == "pobj"]
    while token.dep_ == "conj" and token.head.lower_ == "against":  # 'and against Y' hangs on the first
        token = token.head
    if token.lower_ != "against" or token.dep_ != "prep":
        return
    targets = [r for obj in objects for r in parties(frame, obj)]
    if not targets:
        targets = _named_example(frame, token)
    verb = token.head if token.head.pos_ in ("VERB", "AUX") else _governing_verb(token.head)
    if verb is None:  # "pitted the faction loyal to X against Y": the parser hangs 'against' on X
        verb = next((a for a in list(token.ancestors)[:5] if a.pos_ == "VERB"
                     and a.lemma_.lower() in frame.lexicon("pitting_verbs")), None)
    subject = subject_of(verb) if verb is not None else None
    left = parties(frame, subject) if subject is not None else []
    if verb is not None and verb.lemma_.lower() in frame.lexicon("pitting_verbs"):  # "set X against Y"
        left = [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c)] or left
    if not left and verb is not None:
        left = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children for r in parties(frame, o)]
    if not left and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _hostile_nouns(frame):
        left = [r for c in token.head.children if c.dep_ == "poss" for r in parties(frame, c)]  # "X's fight against Y"
        token = token.head if left else token  # its clause dates it: "X's offensive against Y began in 2010"
    _pairs(frame, "rival_of", left, targets, token, "rival_of.against.v1")


def _hostile_nouns(frame: Frame) -> frozenset[str]:
    return frame.lexicon("rival_nouns") | frozenset(load_patterns("ties")["attack_nouns"])


def _named_example(frame: Frame, token: Token) -> list[Ref]:
    """'against common rivals, particularly the faction led by X' -> that faction."""
    sentence = token.sent
    for word in sentence[token.i - sentence.start:]:
        if word.lower_ in EXAMPLES:
            for nxt in word.doc[word.i + 1:min(word.i + 4, sentence.end)]:
                if nxt.pos_ in ("NOUN", "PROPN"):
                    return parties(frame, nxt)
    return []


@starts(lemmas=(relations("faction_nouns", "camp_nouns"),))
def _faction(frame: Frame, token: Token) -> None:
    """'X faction of Y', "Y's X faction", 'X, a faction of Y', 'factions of Y (A and B)',
    'a rival Y faction, X' / 'the Y faction known as X'; 'Y split into two camps: A and B'."""
    if token.lemma_.lower() not in frame.lexicon("faction_nouns", "camp_nouns"):
        return
    if _split_into(frame, token) or token.lemma_.lower() not in frame.lexicon("faction_nouns"):
        return
    parents = [r for obj in _preps(token, "of") for r in parties(frame, obj)[:1]]
    if token.lemma_.lower() in ("successor", "heir"):  # "the heir to G", "the successor to G"
        parents += [r for obj in _preps(token, "to") for r in parties(frame, obj)[:1]]
    parents += [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c)]
    if not parents and (listed := _owner_on_first(frame, token)) is not None:
        for member in listed[0]:
            for parent in listed[1]:
                frame.emit("faction_of", member, parent, token, "faction_of.owner_on_first.v1", presupposed=True)
        return
    if not parents and _built_for(frame, token):
        return
    if not parents and any(c.lower_ == "another" for c in token.children):  # "Another cell, X, ...": one
        named = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c, GROUP)]
        parent = topic(frame, token, GROUP) if named else None  # more of the group in hand
        above = next((c.object_id for c in frame.claims.values() if parent is not None and c.predicate == "faction_of"
                      and c.subject_id == parent.entity_id), None)
        if parent is not None and above is not None:
            parent = Ref(parent.span, above)  # the group in hand is a sibling cell: its parent
        for one in named if parent is not None else []:
            frame.emit("faction_of", one, parent, token, "faction_of.another_part.v1", presupposed=True)
        return
    if not parents and any(c.dep_ in ("appos", "acl") for c in token.children):
        _named_faction(frame, token)
    if not parents and token.dep_ == "appos" and (named := frame.ref(token.head, *GROUP)) is not None:
        for parent in [r for c in token.children if c.dep_ in ("compound", "nmod") and (r := frame.ref(c, *GROUP))]:
            if parent.entity_id != named.entity_id:  # "X, a Gulf Cartel splinter, ..."
                frame.emit("faction_of", named, parent, token, "faction_of.modifier_apposition.v1", presupposed=True)
        return
    said = _one_of_anchor(token).dep_ == "attr" or token.dep_ == "pobj" and (
        as_verb(token.head) is not None or token.head.lower_ == "into")
    members = _faction_members(frame, token)
    subject = subject_of(token.head) if token.dep_ == "attr" and parents else None
    if subject is not None and _points_back(frame, subject):  # "Both groups were factions of G": the two
        members = list(salient_pair(frame, subject, besides=frozenset(p.entity_id for p in parents)))  # besides G
    trigger = _made_into(frame, token) or token
    for member in members:
        for parent in parents:  # "X is a cell of Y" asserts it; "X, a cell of Y" presupposes it
            frame.emit("faction_of", member, parent, trigger, "faction_of.faction_noun.v1", presupposed=not said)


def _owner_on_first(frame: Frame, token: Token) -> tuple[list[Ref], list[Ref]] | None:
    """"its A and B factions", "G's A and B factions" with the owner hung on A: read from the words, since
    the parser hangs the plural noun in many ways; A and B (named right before the noun, joined by 'and' or a
    comma) are parts of the owner."""
    if token.tag_ != "NNS" or token.i == 0:
        return None
    doc = token.doc
    second = frame.ref(doc[token.i - 1], *GROUP)
    if second is None or second.span.end != token.i or second.span.start < 2 \
            or doc[second.span.start - 1].lower_ not in ("and", ","):
        return None
    first = frame.ref(doc[second.span.start - 2], *GROUP)
    if first is None or first.span.end != second.span.start - 1:
        return None
    owners = [c for c in first.span.root.children if c.dep_ == "poss"]
    parents = [r for o in owners for r in parties(frame, o)]
    members = [r for r in (first, second) if all(r.entity_id != p.entity_id for p in parents)]
    return (members, parents) if parents and len(members) == 2 else None


def _made_into(frame: Frame, noun: Token) -> Token | None:
    """The verb that makes something into the noun: 'turned' in "P turned X into the armed wing of Y"."""
    made = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "into" else None
    return made if made is not None and made.lemma_.lower() in frame.lexicon("making_into_verbs") else None


HEDGING_VERBS = frozenset({"think", "believe", "guess", "suppose", "say"})
SPLIT_VERBS = frozenset({"split", "divide", "break", "splinter", "fracture", "fragment"})
CREATING_VERBS = frozenset({"build", "create", "form", "found", "establish", "raise", "organise", "organize"})


def _built_for(frame: Frame, token: Token) -> bool:
    """'X built an armed wing for G. The wing later became known as H' / 'G created an armed wing, later
    called H': the wing, read as H (extract/renamed.py), is a faction of G, the group it was built for
    or the group that built it."""
    own = frame.ref(token, *GROUP)
    verb = token.head if token.dep_ == "dobj" else None
    if own is None or verb is None or verb.lemma_.lower() not in CREATING_VERBS:
        return False
    subject = subject_of(verb)
    parents = [r for w in (token, verb) for o in _preps(w, "for") for r in parties(frame, o, GROUP)]
    parents += parties(frame, subject, GROUP) if subject is not None else []
    for parent in parents:
        frame.emit("faction_of", own, parent, token, "faction_of.built_for.v1")
    return bool(parents)


def _points_back(frame: Frame, subject: Token) -> bool:
    """'both', 'both groups', 'the two gangs': a subject standing for the pair named before."""
    if subject.lower_ == "both":
        return True
    return subject.lemma_.lower() in frame.lexicon("collective_nouns") and subject.tag_ == "NNS" and any(
        c.lower_ in ("both", "the", "two") for c in subject.children)


def _split_into(frame: Frame, token: Token) -> bool:
    """'X split into two factions, A and B': A and B are factions of X (the subject, or the group named
    right before the verb when the parser lost it)."""
    if token.tag_ != "NNS" or token.dep_ != "pobj":
        return False
    host = token.head.head
    if host.lemma_.lower() in HEDGING_VERBS:  # "G itself split, I think around 2005, into two factions": the
        host = next((c for c in host.children if c.dep_ == "ccomp" and c.i < host.i), host)  # hedge took the parse
    verb: Token | None = host if token.head.lower_ == "into" \
        and host.lemma_.lower() in SPLIT_VERBS else _split_along(token)
    if verb is None:
        return False
    subject = subject_of(verb)
    parents = parties(frame, subject) if subject is not None else []
    parents = parents or [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c)]  # "split G into"
    if not parents and verb.i > 0 and (before := frame.ref(verb.doc[verb.i - 1], *GROUP)) is not None:
        parents = [before]
    members = [r for c in token.children if c.dep_ in ("appos", "conj") for r in parties(frame, c)]
    members += after_colon(frame, token, GROUP) if verb.i < token.i else []
    for member in members:
        for parent in parents:
            if member.entity_id != parent.entity_id:
                frame.emit("faction_of", member, parent, token, "faction_of.split_into.v1")
    return bool(members and parents)


def _split_along(token: Token) -> Token | None:
    """'G split along the lines of its local cells: A, B and C': the splitting verb, when the parts are
    the group's own ('its', 'their')."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return None
    for word in list(token.ancestors)[:4]:
        if word.pos_ == "VERB":
            return word if word.lemma_.lower() in SPLIT_VERBS else None
    return None


def _named_faction(frame: Frame, token: Token) -> None:
    """'a rival Sinaloa Cartel faction, Los Mayos': the name is the faction, the modifier its parent."""
    parents = [r for c in token.children if c.dep_ in ("compound", "nmod") and (r := frame.ref(c, *GROUP))]
    named = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c)]
    named += [r for r in parties(frame, token) if r not in parents]  # "... known as X"
    for member in named:
        for parent in parents:
            frame.emit("faction_of", member, parent, token, "faction_of.named_faction.v1", presupposed=True)


def _one_of_anchor(token: Token) -> Token:
    """'one of the factions': the word 'one' for the plural noun under its 'of', else the noun itself."""
    of = token.head
    if token.dep_ == "pobj" and token.tag_ == "NNS" and of.lower_ == "of" and of.head.lower_ == "one":
        return of.head
    return token


def _faction_members(frame: Frame, token: Token) -> list[Ref]:
    """The groups a faction noun names: its modifiers, what it stands in apposition to, the
    subject it is said of, or the names listed after it."""
    named = [frame.ref(t, *GROUP) for c in token.children if c.dep_ in ("compound", "nmod")
             for t in [c, *(x for x in c.children if x.dep_ == "conj")]]
    members = [r for r in named if r is not None]
    members += [r for r in [person_faction(frame, token)] if r is not None]  # "G's Mayo Zambada faction"
    anchor = _one_of_anchor(token)  # "X, one of the factions of Z": 'one' stands where the noun would
    if anchor.dep_ == "appos":  # "X, an offshoot of Z" / "X and Y, the two main factions of Z"
        head = parties(frame, anchor.head) if anchor.tag_ == "NNS" else [
            r for r in [frame.ref(anchor.head, *GROUP)] if r is not None]
        members += head or _named_before(frame, anchor)
    if anchor.dep_ == "attr":  # "X was for years a component of Y"
        subject = subject_of(anchor.head)
        members += parties(frame, subject) if subject is not None else []
    if anchor is not token or any(c.dep_ == "poss" for c in token.children) or _preps(token, "of"):
        # "one of its factions, known as X", "its armed wing, known as X", "a cell of G known as X"
        members += [r for c in (*token.children, *anchor.children) if c.dep_ == "acl"
                    and c.lemma_.lower() in NAMING_VERBS for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                    for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    verb = as_verb(token.head) if token.dep_ == "pobj" else None
    verb = _made_into(frame, token) or verb  # "P turned X into the armed wing of Y": X
    if verb is not None:  # "officials describe X as a cell of Y" / "X is described as a cell of Y"
        described = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
            b for b in [participle_bearer(verb)] if b is not None]  # "X, founded as the armed wing of Y"
        described = [named_antecedent(frame, c, verb) if c.lower_ in RELATIVES else c for c in described]  # "X, a
        # gang that officials describe as a cell of Y"
        if verb.lemma_.lower() in ("begin", "start", "serve", "act", "function", "emerge", "operate"):
            described += [_named_subject(frame, verb)]  # "X, a cell that began as Y's armed wing"
        members += [r for c in described if c is not None for r in parties(frame, c)]
    members += [r for obj in _preps(token, "of") for c in obj.children if c.dep_ == "appos"
                and (frame.name(c) is not None or any(x.dep_ == "acl" and x.lemma_.lower() in NAMING_VERBS
                                                      for x in c.children))
                for r in parties(frame, c)]  # names ('the faction known as X' too), not 'Y, the armed wing of Z'
    if token.tag_ != "NNS" and any(c.dep_ == "poss" for c in token.children):  # "Y and its armed wing, X"
        members += [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c)]
    if token.tag_ == "NNS":  # "the two main factions of Y: A and B"
        members += [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c)]
        members += after_colon(frame, token, GROUP)
    if not members and token.dep_ in ("npadvmod", "dep") and token.left_edge.i > 0 \
            and token.doc[token.left_edge.i - 1].text == ",":  # "X, the faction of Y", hung on a verb
        members += _named_before(frame, token)
    if not members and anchor.dep_ != "appos" and (hedged := hedged_bearer(frame, anchor, GROUP)) is not None:
        members.append(hedged)  # "X, at first Y's armed wing, ..."
    return members


def _named_subject(frame: Frame, verb: Token) -> Token | None:
    """The subject of a verb, through 'that' to the noun it hangs from, and through an unnamed
    apposition ('X, a cell that ...') to the name."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and frame.name(subject) is None and subject.dep_ == "appos":
        subject = subject.head
    return subject


def _named_before(frame: Frame, token: Token) -> list[Ref]:
    """The group named right before an apposition's comma, when the parser hung it elsewhere."""
    i = token.left_edge.i - 1
    while i >= 0 and token.doc[i].is_punct:
        i -= 1
    ref = frame.ref(token.doc[i], *GROUP) if i >= 0 else None
    return [ref] if ref is not None else []


def _whose_owner(frame: Frame, clause: Token) -> list[Ref]:
    """'X are warriors whose target is Y' / 'X, a militia whose target is Y': X."""
    if clause.dep_ != "relcl":
        return []
    noun = clause.head
    found = parties(frame, noun)
    if not found and noun.dep_ == "attr":
        found = [r for c in noun.head.children if c.dep_ == "nsubj" for r in parties(frame, c)]
    if not found and noun.dep_ == "appos":
        found = parties(frame, noun.head)
    return found


def _named_before_comma(frame: Frame, start: Token) -> list[Ref]:
    """The group that ends right before the nearest comma (within a few words) before ``start``."""
    doc = start.doc
    i = start.i - 1
    while i > start.sent.start and start.i - i <= 6 and doc[i].text != ",":
        i -= 1
    if i <= start.sent.start or doc[i].text != ",":
        return []
    i -= 1
    if doc[i].text == ")":  # "the Jalisco New Generation Cartel (CJNG)"
        i -= 1
    ref = frame.ref(doc[i], *GROUP)
    return [ref] if ref is not None and ref.span.end == i + 1 else []


@starts(words=(relations("rival_people_nouns", "foe_role_nouns"),))
def _enemy(frame: Frame, token: Token) -> None:
    """"X, Y's main enemy", "Y's enemy remains X", 'X and Y are rivals', 'warriors whose only target is
    X', 'their main obstacle was X' (foe_role_nouns: only with an owner and 'be'): rival_of."""
    role = token.lower_ in frame.lexicon("foe_role_nouns")
    if token.lower_ not in frame.lexicon("rival_people_nouns") and not role or token.pos_ != "NOUN":
        return
    if any(c.lower_ in ("former", "old", "erstwhile", "one-time") for c in token.children):
        return  # a past rivalry is not a rivalry now
    if role and not (token.dep_ in ("nsubj", "attr") and token.head.lemma_ == "be" and (
            any(c.dep_ == "poss" for c in token.children) or _preps(token, "to"))):
        return  # "a target of US sanctions", "the target of the raid"
    owners = [r for c in token.children if c.dep_ == "poss" for r in parties(frame, c)]
    owners += [r for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"
               for r in _whose_owner(frame, token.head)]
    owners += [r for o in _preps(token, "to" if role else "of") for r in parties(frame, o)]
    others: list[Ref] = []
    if token.dep_ == "appos":
        others = parties(frame, token.head)
    elif token.dep_ in ("attr", "nsubj") and token.head.pos_ in ("AUX", "VERB"):
        deps = ("nsubj",) if token.dep_ == "attr" else ("attr", "acomp", "oprd")
        holders = [c for c in token.head.children if c.dep_ in deps]
        if token.head.dep_ == "relcl" and any(c.lower_ in RELATIVES for c in holders):
            holders = [token.head.head]  # "X, the faction that is also an enemy of Y"
        others = [r for c in holders for r in parties(frame, c)]
    if owners and not others:  # "Y's enemies, including X", "Y, whose rivals include X"
        listed = _preps(token, "including") + [c for c in token.head.children if c.dep_ == "dobj"
                                               and token.dep_ == "nsubj" and token.head.lemma_.lower() == "include"]
        others = [r for o in listed for r in parties(frame, o) if r not in owners]
    named = [r for c in token.children if c.dep_ == "appos" for r in parties(frame, c)]
    if owners and named and not others:  # "Its rival, X, attacked ...": the name in apposition to the noun
        for other in named:
            for owner in owners:
                frame.emit("rival_of", owner, other, token, "rival_of.enemy_named.v1", presupposed=True)
        return
    if owners and not others:  # "X (CJNG), for years Y's main enemy" when the parser lost the apposition
        for other in _named_before_comma(frame, token.left_edge):
            for owner in owners:
                frame.emit("rival_of", owner, other, token, "rival_of.enemy_apposition.v1", presupposed=True)
        return
    if owners:
        _pairs(frame, "rival_of", owners, others, token, "rival_of.enemy_noun.v1")
    elif token.dep_ == "attr" and len(others) >= 2:
        _pairs(frame, "rival_of", others, None, token, "rival_of.are_rivals.v1")
    elif token.dep_ == "ROOT" and len(sworn := _sworn_subjects(frame, token)) >= 2:
        _pairs(frame, "rival_of", sworn, None, token, "rival_of.are_rivals.v1")
    elif pointing_pair(frame, token) and (token.dep_ == "appos" and len(others) == 2 or not others):
        pair = others or parties(frame, token)  # "A and B: these long-standing enemies", "The two rivals ..."
        for a, b in combinations(pair, 2):
            frame.emit("rival_of", a, b, token, "rival_of.pair_described.v1", presupposed=True)


def _sworn_subjects(frame: Frame, noun: Token) -> list[Ref]:
    """'A and B are sworn enemies' parsed with 'are sworn' a passive modifier of the noun, the sentence's root, and
    the subjects hung on 'are': the groups of those subjects."""
    if noun.tag_ != "NNS" or any(c.dep_ == "poss" for c in noun.children) or _preps(noun, "of"):
        return []
    links = [a for m in noun.children if m.dep_ == "amod" and m.i < noun.i for a in m.children
             if a.lemma_ == "be" and a.dep_ in ("aux", "auxpass")]
    return [r for a in links for c in a.children if c.dep_ == "nsubj" for r in parties(frame, c)]


@starts(lemmas=(relations("support_nouns"),))
def _backing(frame: Frame, token: Token) -> None:
    """'X fought Y with backing from Z' / 'support from Z': X is allied with Z."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in frame.lexicon("support_nouns"):
        return
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    seeking = token.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in frame.lexicon("seeking_verbs")
    backers = [r for o in _preps(token, "from") + (_preps(token, "of") if seeking else []) for r in parties(frame, o)
               if o.left_edge.i <= r.span.start and r.span.end <= o.right_edge.i + 1]  # named there, not 'groups'
    if not backers or verb is None:
        return
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in ("who", "which", "that"):
        subject = next((a.head for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
    _pairs(frame, "ally_of", parties(frame, subject) if subject is not None else [], backers, token,
           "ally_of.backing_from.v1")


@starts(lemmas=(relations("absorbing_verbs"),))
def _absorbed(frame: Frame, token: Token) -> None:
    """'X absorbed Y' / 'Y was absorbed into X': Y is now part of X."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in frame.lexicon("absorbing_verbs"):
        return
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    if passive:
        parts = parties(frame, passive[0])
        wholes = [r for w in ("into", "by") for r in _absorbers(frame, token, w)]
    else:
        subject = subject_of(token)
        wholes = parties(frame, subject) if subject is not None else []
        parts = [r for c in token.children if c.dep_ == "dobj" for r in parties(frame, c)]
    for part in parts:
        for whole in wholes:
            frame.emit("faction_of", part, whole, token, "faction_of.absorbed.v1")


def _absorbers(frame: Frame, token: Token, word: str) -> list[Ref]:
    return [r for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == word
            for o in c.children if o.dep_ == "pobj" for r in parties(frame, o)]


@starts(lemmas=(relations(*(v for _, _, v in FAMILIES), *(n for _, n, _ in FAMILIES), "rival_verb_preps",
                           "rival_verb_objects", "mediating_verbs", "reciprocal_hostile_verbs"), "sit"),
        words=(relations(*(n for _, n, _ in FAMILIES), "ally_adjectives"),))
def _group_words(frame: Frame, token: Token) -> None:
    """The verbs and nouns of alliance, rivalry and talks (FAMILIES), rivalry verbs read with their
    preposition ('turned on') or object ('traded fire'), and talks told by a go-between ('mediated between
    X and Y') or by sitting down together ('X sat down with Y')."""
    lemma = token.lemma_.lower()
    verbish = token.pos_ == "VERB" or mistagged_verb(token)
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd") and token.lower_ in frame.lexicon("ally_adjectives"):
        _verb_trigger(frame, token, "ally_of")  # "X remained aligned with Y": the subject is the linking verb's
        return
    for predicate, nouns, verbs in FAMILIES:
        if verbish and lemma in frame.lexicon(verbs):
            if lemma == "agree" and any(c.dep_ == "dobj" for c in token.children):
                continue  # "agreed a truce": the noun of the pact is read on its own
            _verb_trigger(frame, token, predicate)
        elif token.pos_ in ("NOUN", "PROPN") and frame.lexicon(nouns) & {lemma, token.lower_}:
            _noun_trigger(frame, token, predicate)
    if token.pos_ == "VERB" and (lemma in frame.lexicon("mediating_verbs") or lemma == "sit" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in token.children) and any(
            parties(frame, o) or _envoys_of(frame, o) for o in _preps(token, "with"))):
        _verb_trigger(frame, token, "negotiated_with")  # "P mediated between X and Y", "X sat down with Y"
    preps = frame.table("rival_verb_preps").get(lemma) if token.pos_ == "VERB" else None
    if preps and any(c.lower_ in preps for c in token.children if c.dep_ in ("prep", "prt")):
        _verb_trigger(frame, token, "rival_of")
    shots = frame.table("rival_verb_objects").get(lemma) if token.pos_ == "VERB" else None
    if shots and any(c.lower_ in shots for c in token.children if c.dep_ == "dobj"):
        _verb_trigger(frame, token, "rival_of")  # "X and Y traded fire"
    if token.pos_ == "VERB" and lemma in frame.lexicon("reciprocal_hostile_verbs") and _reciprocal(token):
        _each_other(frame, token)


def _each_other(frame: Frame, verb: Token) -> None:
    """'A and B hate each other', 'A and B, which have been killing each other's collectors': the subjects,
    all of a coordination a relative clause hangs on its last member, are rivals."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    while subject is not None and subject.dep_ == "conj" and subject.head.i < subject.i:
        subject = subject.head
    sides = parties(frame, subject) if subject is not None else []
    if len(sides) >= 2:
        _pairs(frame, "rival_of", sides, None, verb, "rival_of.each_other.v1")


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's object is 'each other' or 'one another', or is owned by them ('each other's men')."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for word in [obj, *(c for c in obj.children if c.dep_ == "poss")]:
            near = {w.lower_ for w in word.doc[max(word.i - 1, 0):word.i + 2]}
            if word.lower_ in ("other", "another", "one") and near & {"each", "one"} and near & {"other", "another"}:
                return True
    return False


# Every group-to-group rule, in order (rules/dispatch.py: each runs where its trigger can match).
group_rules = RuleSet(_group_words, _against, _backing, _absorbed, _faction, _enemy)
