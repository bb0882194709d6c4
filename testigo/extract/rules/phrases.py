"""Which entities a noun phrase stands for: the building block of every relation rule.

``parties(frame, token, kinds)`` reads the phrase headed by ``token``: an entity
name, a coordination ("CJNG and Los Chapitos"), an apposition or a parenthetical
list ("the two factions of the Sinaloa Cartel (Los Mayos and Los Chapitos)"), a
transparent head ("members of CJNG", "the Los Chapitos faction of ..."), a plural
collective ("the two groups", "the notorious gangs") standing for the last pair of
groups named together, or "the faction led by X" standing for a group named after X.
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from testigo.extract.entities import Ref, distinct_refs
from testigo.extract.frame import Frame
from testigo.extract.group_types import words_of
from testigo.extract.lexicon import count_value, fold, load_patterns
from testigo.extract.reporting import load_reporting_patterns
from testigo.extract.rules.anaphora import client_person, described_person, named_pair, together_with, window_start
from testigo.extract.rules.local_groups import place_named_group
from testigo.extract.rules.plural_people import counted_people, counted_unnamed, detained_people, plural_people
from testigo.extract.rules.salience import (
    addressed,
    described_by_relative,
    quoting_speakers,
    renamed,
    resumed_topic,
    salient_person,
    signed,
)
from testigo.extract.rules.surnamed import group_of_surnames
from testigo.extract.syntax import NAMING_VERBS, conjuncts
from testigo.extract.tokens import children, memo, positions, text_of, texts, tokens_of
from testigo.kb import KnowledgeBase
from testigo.model import Entity

__all__ = ["after_colon", "echo", "follower_names", "former_members", "free_relative", "group_around", "hedged_bearer",
           "its_group",
           "keep_phrase", "latest_siblings", "led_group", "named_after", "owned_group", "parties", "people_after_colon",
           "person_faction", "pointing_pair", "possessed_aliases", "prep_objects", "salient_pair",
           "seat_of_government", "told_group", "told_groups", "unnamed_subject"]

GROUP = ("criminal_group",)
PARTS = ("branch", "wing")  # 'the branch' repeats only a group the text called a branch (rules/splits.py branch_of)


def parties(frame: Frame, token: Token, kinds: tuple[str, ...] = GROUP, *, depth: int = 0) -> list[Ref]:
    """The entities of ``kinds`` that the phrase headed by ``token`` stands for."""
    if depth > 6:
        return []
    found: list[Ref] = []
    for head in conjuncts(token):
        found.extend(_one(frame, head, kinds, depth))
    if found and kinds == ("person",):  # 'run by A and B, together with C': C too
        found += [r for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                  if together_with(o) for r in _one(frame, o, kinds, depth)]
    if len(found) == 1:
        found = _plain_list(frame, token, kinds) or found
    return distinct_refs(found)


LEADING_NOUNS = frozenset({"leader", "boss", "chief", "commander", "head", "leadership"})
FAMILY_PLURALS = frozenset({"brothers", "sisters", "twins", "siblings", "cousins"})


# Nouns that, after a family's name, stand for the group named after the family ('the X brothers', 'the X
# faction', 'the X people'; not 'a member of the X family', which is kin).
FAMILY_FOLLOWERS = frozenset({"brothers", "faction", "organisation", "organization", "people", "network"})
FAMILY_BUSINESS = ("{} Organization", "{} Cartel", "Los {}", "{} clan", "{} family", "Cártel de los {}")


def led_group(frame: Frame, owner: Token) -> list[Ref]:
    """"Y began as X's personal bodyguard", "his people": the one group the text has so far said X leads or
    founded."""
    return told_group(frame, owner, parties(frame, owner, ("person",)), ("leader_of", "founder_of"))


def _parent_of_owner(frame: Frame, head: Token, depth: int) -> list[Ref]:
    """'The Zetas, the armed wing of the Gulf cartel, turned on their former bosses': the one group the text has
    so far made the owner ('their', 'its') a part of."""
    pronouns = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    subject = _clause_subject(head) if pronouns else None
    bound = parties(frame, subject, GROUP, depth=depth + 1) if subject is not None else []
    owners = [r for c in pronouns for r in parties(frame, c, GROUP, depth=depth + 1)]
    if bound:  # 'X turned on their former partners' with no part of anything told of X: none, not another's
        return told_group(frame, head, bound, ("faction_of",))
    return told_group(frame, head, owners, ("faction_of",))


PAST_WORDS = frozenset({"former", "old", "erstwhile", "one-time", "onetime", "ex"})


def _former_partners(frame: Frame, head: Token) -> bool:
    """'against its former partners', 'have fought their old allies', 'turned on its erstwhile associates': the
    people a group once worked beside, owned by 'its'/'their', stand like 'their former bosses' for the group
    the text made it a part of (or told it split from)."""
    return head.tag_ == "NNS" and head.lemma_.lower() in frame.lexicon("former_side_nouns") \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) \
        and bool(PAST_WORDS & set(head.doc[head.left_edge.i:head.i].text.lower().replace(" - ", "-").split()))


def quoted(word: Token) -> bool:
    """The word's phrase stands in quotation marks of its own: '"El Toro",'."""
    start, end = word.left_edge.i, word.right_edge.i
    doc = word.doc
    return start > 0 and end + 1 < len(doc) and doc[start - 1].is_quote and doc[end + 1].is_quote


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the verb whose object ``noun`` is ('X turned on their bosses', 'X joined Y against its
    partners'), through conjoined verbs ('X was founded as G's wing and turned on their bosses'): the one a
    possessive in the object speaks of first."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    for _ in range(4):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # 'Led by X, "El Toro", G turned on ...': not the quoted nickname the parser made a subject
            return next((c for c in subjects[1:] if quoted(subjects[0]) and c.pos_ == "PROPN"), subjects[0])
        verb = verb.head if verb.dep_ == "conj" else None
    return None


def told_group(frame: Frame, word: Token, subjects: list[Ref], predicates: tuple[str, ...]) -> list[Ref]:
    """The one group the claims told before ``word`` tie the subjects to by one of ``predicates``, as a reference
    at ``word``; none when they tie them to none or to several."""
    told = told_groups(frame, subjects, predicates, before=word.idx)
    return [Ref.at(word, told[0], "criminal_group")] if len(told) == 1 else []


def told_groups(frame: Frame, subjects: list[Ref], predicates: tuple[str, ...], *,
                before: int | None = None) -> list[str]:
    """The groups the positive claims of ``predicates`` tie the subjects to (only those told before character
    ``before`` when given), in the order the claims were made."""
    ids = {s.entity_id for s in subjects}
    return list(dict.fromkeys(c.object_id for c in frame.claims.values() if c.subject_id in ids
                              and c.predicate in predicates and c.object_id and c.polarity.value == "positive"
                              and (before is None or c.evidence.start < before)))


def _family_business(frame: Frame, head: Token) -> Ref | None:
    """The group named after a family ('the Beltrán Leyva Organization', 'the Arellano Félix Organization')
    that 'the X brothers' stands for where a group is wanted ('a member of the X family' is kin, not the
    group): in the text, else in the knowledge base."""
    words = sorted((t for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                    for t in c.subtree if t.is_title and t.i < head.i), key=lambda t: t.i)
    if not words or words[-1].i != head.i - 1:
        return None
    ref = _family_group(frame, " ".join(t.text for t in words), head)
    if ref is not None:
        keep_phrase(frame, ref.entity_id, head.doc[words[0].i:_phrase_end(head) + 1])  # 'the Beltrán Leyva brothers'
    return ref


# Plural nouns for a group's people that a name before them makes that group's: 'the Sinaloa people'.
NAMED_PEOPLE_NOUNS = frozenset({"people", "men", "guys", "boys", "gunmen", "folks"})


def _people_of_a_name(frame: Frame, head: Token) -> Ref | None:
    """'the Sinaloa people', 'the Golfo people', 'the Beltrán people': the one group the text names whose name,
    less its group words, is or begins with the capitalised words just before the noun ('Sinaloa Cartel',
    'Cártel del Golfo', 'Beltrán Leyva Organization'); none where no group or several fit, or the words name a
    group themselves ('Zetas gunmen' is read as the Zetas elsewhere)."""
    if head.lower_ not in NAMED_PEOPLE_NOUNS or head.i == 0:
        return None
    start = head.i
    while start > 0 and head.doc[start - 1].is_title and head.doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    if start == head.i or start == head.left_edge.i and start > 0 and head.doc[start - 1].lower_ != "the":
        return None  # "the Sinaloa people", not "Sinaloa people" at large
    if any(frame.name(head.doc[i], *GROUP) is not None for i in range(start, head.i)):
        return None
    words = [fold(t.text) for t in head.doc[start:head.i]]
    groups = {r.entity_id for r in frame.ents.refs if r.kind == "criminal_group" and any(
        (rest := [w for w in fold(n).split() if w not in PLACE_GROUP_WORDS])[:len(words)] == words and rest != []
        for n in KnowledgeBase.names(frame.ents.entities[r.entity_id]))}
    return Ref.at(head, groups.pop(), "criminal_group") if len(groups) == 1 else None


def _the_clan(frame: Frame, head: Token) -> Ref | None:
    """'the family', 'the extended family' in a text about a crime family: the one group named before it whose
    name ends in clan or family ('the Remmo clan', 'the Gambino family') or is a surname the text gives a person
    before it, with group words ('the Díaz Parada Organisation' after 'Pedro Díaz Parada'); not 'his family', 'the
    family of X', 'a family', 'the family's' (kin's), nor where the text names two such groups."""
    words = [c.lower_ for c in head.children if c.i < head.i]
    if head.tag_ != "NN" or words not in (["the"], ["the", "extended"], ["the", "whole"], ["the", "entire"]) \
            or prep_objects(head, "of") or head.dep_ == "poss":  # ('the family's business' may be kin's)
        return None
    surnames = {tuple(fold(frame.ents.entities[r.entity_id].name).split()[-2:])
                for r in frame.refs_before(head, "person")}
    clans = {r.entity_id: r for r in frame.refs_before(head, "criminal_group") if any(
        fold(n).split()[-1] in ("clan", "family") for n in KnowledgeBase.names(frame.ents.entities[r.entity_id]))
        or _surname_business(r.span.text, surnames)}  # as this text names it, not by a KB alias
    if len(clans) != 1:
        return None
    return Ref.at(head, next(iter(clans)), "criminal_group")


FAMILY_GROUP_WORDS = frozenset({"los", "group", "network", "clan", "family", "organisation", "organization"})


def _surname_business(name: str, surnames: set[tuple[str, ...]]) -> bool:
    """The group's name is a surname of ``surnames`` (the last one or two words of people's names) with group
    words: 'Díaz Parada Organisation', 'Los Arellano', 'the Valencia cartel'."""
    words = fold(name).split()
    rest = tuple(w for w in words if w not in PLACE_GROUP_WORDS and w not in FAMILY_GROUP_WORDS)
    return len(rest) < len(words) and any(rest == s[-len(rest):] for s in surnames if 0 < len(rest) <= len(s))


def _family_group(frame: Frame, surname: str, head: Token) -> Ref | None:
    """The group named after a family's surname ('Beltrán Leyva' -> the 'Beltrán Leyva Organization'), in the
    text, else in the knowledge base, as a reference at ``head``."""
    names = {fold(form.format(surname)) for form in FAMILY_BUSINESS}
    group = next((e for e in frame.ents.entities.values() if e.kind == "criminal_group"
                  and names & {fold(n) for n in KnowledgeBase.names(e)}), None)
    if group is not None:
        return Ref.at(head, group.id, group.kind)
    found = [e for form in FAMILY_BUSINESS for e in (frame.kb.lookup(form.format(surname)) if frame.kb else [])
             if e.kind == "criminal_group"]
    return frame.introduce(found[0], head.i) if found else None


def _family_phrase(frame: Frame, ref: Ref, head: Token) -> None:
    """'the Beltrán Leyva faction' where the name read is the family's ('Beltrán Leyva' of the 'Beltrán Leyva
    Organization'): keep the phrase as the group's alias (not 'the Sinaloa Cartel faction', a part of it)."""
    entity = frame.ents.entities[ref.entity_id]
    names = {fold(n) for n in KnowledgeBase.names(entity)}
    if ref.span.end == head.i and {fold(form.format(ref.span.text)) for form in FAMILY_BUSINESS} & names:
        keep_phrase(frame, ref.entity_id, head.doc[ref.span.start:head.i + 1])


def _phrase_end(head: Token) -> int:
    """The last word of a family's group phrase: 'brothers' in 'the X brothers', 'organisation' in "the X
    brothers' organisation"."""
    if head.dep_ == "poss" and head.head.lower_ in FAMILY_FOLLOWERS:
        return head.head.i
    return head.i


def _family_plural(frame: Frame, head: Token) -> Ref | None:
    """'the Arellanos', 'the Hurtados', "the Beltrán Leyvas' people": a surname in the plural after 'the' stands
    for the one group the people of the text who carry that surname lead (one group for all of them, told by
    the text's own claims), else for the group named after the family ('Beltrán Leyva Organization'); none
    where they lead several or none and no group is named after them. Not the subject of 'join' ('the Ochoas
    joined G': the people's own move, as groups._sides_of reads people)."""
    if head.pos_ != "PROPN" or not head.lower_.endswith("s") or len(head) < 4 or not head.is_alpha \
            or head.dep_ == "nsubj" and head.head.lemma_.lower() == "join":
        return None
    words = [w for c in head.children if c.dep_ == "compound" and c.i < head.i for w in c.subtree
             if w.pos_ == "PROPN" and w.i < head.i] + [head]
    words.sort(key=lambda w: w.i)
    if words[0].i == 0 or head.doc[words[0].i - 1].lower_ != "the" or words[-1].i - words[0].i != len(words) - 1:
        return None
    surname = [fold(w.text) for w in words]
    surname[-1] = surname[-1][:-1]
    people = [r for r in frame.ents.refs if r.kind == "person" and r.span.start < head.i
              and _carries_surname(frame.ents.entities[r.entity_id].name, surname)]
    led = told_groups(frame, distinct_refs(people), ("leader_of",), before=head.idx) if people else []
    if len(led) == 1:
        return Ref.at(head, led[0], "criminal_group")
    if led:
        return None
    text = " ".join(w.text for w in words)[:-1]
    return _family_group(frame, text if not text.isupper() else text.title(), head)


def _carries_surname(name: str, surname: list[str]) -> bool:
    """Whether a person's name holds the surname's words after the first name."""
    words = fold(name).replace("-", " ").split()
    return any(words[i:i + len(surname)] == surname for i in range(1, len(words) - len(surname) + 1))


def _family_members(frame: Frame, head: Token) -> list[Ref]:
    """The people of the document whose surname is the one before 'brothers' ('the Beltrán Leyva
    brothers'): two or more, each by their first mention; none when the text names fewer."""
    words = sorted((t for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                    for t in c.subtree if t.is_title and t.i < head.i), key=lambda t: t.i)
    surname = [fold(t.text) for t in words]
    if not surname or words[-1].i != head.i - 1:
        return []
    women = _female_names() if head.lower_ == "brothers" else frozenset()
    members: dict[str, Ref] = {}
    for ref in frame.ents.refs:
        if ref.kind != "person" or ref.entity_id in members:
            continue
        name = fold(frame.ents.entities[ref.entity_id].name).split()
        if len(name) > len(surname) and name[len(name) - len(surname):] == surname and name[0] not in women:
            members[ref.entity_id] = ref
    count = _count(head)  # 'two Valle brothers': exactly two, or no one
    return list(members.values()) if len(members) >= 2 and count in (None, len(members)) else []


@cache
def _female_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load_patterns("entities")["female_names"])


def prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of ``token``'s preposition ``prep`` ("leader of X" with "of" -> [X]), also of the same
    preposition coordinated with it ("passed to A and to B" -> [A, B]; "allied with A and also with B", where
    the parser hangs the second 'with' on the verb as a conjunct), and a free relative of naming ("a member of
    what police call G": the clause, which parties() reads as G)."""
    preps = [p for p in children(token)
             if p.lower_ == prep and (p.dep_ == "prep" or p.dep_ == "conj" and p.pos_ == "ADP")]
    preps += [c for p in preps for c in children(p) if c.dep_ == "conj" and c.lower_ == prep]
    return [o for p in preps for o in children(p) if o.dep_ == "pobj" or o.dep_ == "pcomp" and free_relative(o)]


def _plain_list(frame: Frame, token: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """Names joined by 'and' that the parser did not coordinate ('The Gulf Cartel and Cárteles
    Unidos' parsed as one phrase): every word outside the names is a determiner, comma or 'and'."""
    words = list(token.subtree)
    if not any(w.pos_ == "CCONJ" for w in words):
        return []
    refs: list[Ref] = []
    for word in words:
        ref = frame.name(word)
        if ref is not None:
            if ref.kind not in kinds:
                return []
            if ref not in refs:
                refs.append(ref)
        elif word.pos_ not in ("DET", "PUNCT", "CCONJ"):
            return []
    return refs if len(refs) >= 2 else []


def _one(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    ref = frame.name(head, *kinds)
    if ref is not None:
        if ref.kind == "agency":
            return [_foreign_force(frame, head, ref) or _sub_agency(frame, ref)]
        return [ref] + _conjoined_to_apposition(frame, head, kinds) + semicolon_items(frame, ref, kinds)
    if "country" in kinds and "place" not in kinds and (seat := seat_of_government(frame, head)):
        return [seat]
    if kinds == GROUP and (local := place_as_party(frame, head)) is not None:
        return [local]  # "reached an understanding with Sinaloa": the Sinaloa Cartel the text names
    if kinds == GROUP and (family := _family_plural(frame, head)) is not None:
        return [family]  # "the Arellanos may now seek an understanding with G": the group the Arellanos lead
    if frame.name(head) is not None:
        return []  # an entity of another kind
    if (renamed := _renamed_subject(frame, head, kinds)) is not None:
        return [renamed]  # "Another cell, G, operated in P", "The best known of these crews, G, is believed to ..."
    if head.tag_ in ("WDT", "WP") and (antecedent := relative_antecedent(head)) is not None:
        if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" and frame.name(antecedent) is None \
                and frame.name(antecedent.head, *kinds) is not None:
            antecedent = antecedent.head  # "X, a group that has been fighting Y": X
        if antecedent.dep_ == "attr" and antecedent.pos_ == "NOUN" and frame.name(antecedent) is None and (
                subject := next((c for c in antecedent.head.children if c.dep_ == "nsubj"), None)) is not None \
                and frame.name(subject, *kinds) is not None:
            antecedent = subject  # "X is a gang that has been fighting Y": X
        found = parties(frame, antecedent, kinds, depth=depth + 1)  # "G, with which it fought a war": G
        if not found and kinds == GROUP and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of":
            found = [r for r in parties(frame, antecedent.head.head, kinds, depth=depth + 1)
                     if r.span.root.i == antecedent.head.head.i]  # "the G organisation of the X family, which ...": G
        return found
    lemma = head.lemma_.lower()
    if kinds == GROUP and head.pos_ == "NOUN" and [c.lower_ for c in head.children if c.dep_ in ("det", "amod")] \
            == ["the", "same"] and lemma in frame.lexicon("collective_nouns", "transparent_nouns", "faction_nouns") \
            and _count(head) is None:  # "the same two organisations" is a pair, read below
        return _same_as_before(frame, head)  # "for the same cell", "of the same organisation": a repeat
    if kinds == GROUP and lemma in frame.lexicon("faction_nouns") and (called := called_after_place(frame, head)):
        return called  # "the G faction based in P, known as X"
    if kinds == GROUP and (leaders := _loyal_group_leaders(frame, head)):
        return [named_after(frame, head, leaders[0], "faction loyal to")]  # "groups / the cells loyal to X": X's
    if kinds == GROUP and head.tag_ == "NNS" and lemma in frame.lexicon("linked_people_nouns") \
            and (linked := _linked_to(frame, head, kinds, depth)):
        return linked  # "clashed with people tied to X", "competes with crews linked to X": X
    if kinds == GROUP and (leaders := group_around(frame, head)):
        return [named_after(frame, head, leaders[0], f"{head.lower_} around")]  # "a younger group around X"
    if kinds == GROUP and (faction := person_faction(frame, head)) is not None:
        return [faction]  # "the Sinaloa Cartel's Mayo Zambada faction", "the Zambada faction of G"
    if kinds == GROUP and head.tag_ == "NN" and lemma in LEADERS_GROUPS and (led := _leaders_group(frame, head)):
        return led  # "X leads G. ... his cartel", "X's organisation": G
    if "criminal_group" in kinds and (lemma == "cartel" or lemma in frame.lexicon("place_group_nouns")) \
            and (local := _named_for_place(frame, head)) is not None:
        return [local]  # "the Tepic group": the group the text or KB names after Tepic
    if kinds == GROUP and (local := place_named_group(frame, head)) is not None:
        echo(frame, head, local)  # the next 'the cell' may follow it
        return [local]  # "the Piedras Negras cell was run by X": a group named by the place it holds
    if "criminal_group" in kinds and (named := _named_by_its_noun(frame, head)) is not None:
        return [named]  # "the 33rd Front ... the front": the group whose name holds the noun
    if kinds == GROUP and (became := _became_named(frame, head)) is not None:
        return [became]  # "founder of the group that will become known as G", "led the gang that became G"
    if free_relative(head):  # "a senior figure in what police call G", "founded what became known as G"
        return [r for o in _named_as(head) + _named_objects(head) + remnant_of(head)
                for r in parties(frame, o, kinds, depth=depth + 1)]
    if head.dep_ == "appos" and head.pos_ == "VERB" and lemma in NAMING_VERBS:  # "his nephew, a man known as X"
        return [r for p in head.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
                for r in parties(frame, o, kinds, depth=depth + 1)]
    listed = _known_as(frame, head, kinds, depth) or _listed(frame, head, kinds, depth) \
        or _named_modifiers(frame, head, kinds, depth) or _examples(frame, head, kinds, depth) \
        or after_colon(frame, head, kinds)
    if listed:
        return listed
    if "person" in kinds and head.lower_ in FAMILY_PLURALS and (members := _family_members(frame, head)):
        return members  # 'the Beltrán Leyva brothers' after the text named Arturo and Héctor Beltrán Leyva
    if kinds == GROUP and (people := _people_of_a_name(frame, head)) is not None:
        return [people]  # "never made a deal with the Beltrán people", "the Golfo people are with us": that group
    if kinds == GROUP and head.lower_ in FAMILY_FOLLOWERS and (business := _family_business(frame, head)):
        return [business]  # 'allied with the Beltrán Leyva brothers', 'the Beltrán Leyva faction': the family's group
    if kinds == GROUP and head.lower_ in FAMILY_FOLLOWERS - {"brothers"} and (owners := [
            c for c in head.children if c.dep_ == "poss" and c.lower_ == "brothers"]) \
            and (business := _family_business(frame, owners[0])):
        return [business]  # "the Beltrán Leyva brothers' organisation"
    if kinds == GROUP and (lemma in frame.lexicon("collective_nouns") or lemma in PLURAL_GROUPS) \
            and head.tag_ in ("NNS", "NNPS"):
        if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in head.children):
            return []  # "the Matamoros factions" are some other groups, not the pair just named
        if not _definite_plural(head) or _of_somewhere(frame, head):
            return []  # "local gangs", "a coalition of groups", "the armed groups of the region": no pair named before
        count = _count(head)
        if count is not None and count > 2:
            return _last_list(frame, head, count)  # "those four organisations"
        return list(salient_pair(frame, head, besides=_split_whole(frame, head, depth)))
    if kinds == GROUP and pointing_pair(frame, head):
        return list(salient_pair(frame, head))  # "A and B ...: these long-standing enemies", "the two rivals"
    if kinds == GROUP and head.lower_ in ORDER_WORDS and (pair := _ordered_pair(frame, head)):
        return [pair[ORDER_WORDS[head.lower_]]]  # "X and Y dominate P. The latter is led by Z": Y
    if kinds == GROUP and _both(head):
        return list(salient_pair(frame, head))  # "Both have ...", "both of them", "attacked both"
    if kinds == GROUP and head.lower_ in ("both", "all") and (whole := [
            o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"]):
        return [r for o in whole for r in parties(frame, o, kinds, depth=depth + 1)]  # "both of those groups"
    if kinds == GROUP and lemma in frame.lexicon("collective_nouns") and head.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("either", "each") for c in head.children):
        return list(salient_pair(frame, head))  # "I don't believe either gang is ...": each of the pair
    if kinds == GROUP and lemma in UNIT_NOUNS and head.tag_ == "NN" and [
            c.lower_ for c in head.children if c.dep_ in ("det", "amod", "compound")] == ["the"]:
        unit = _topic(frame, head.left_edge, GROUP, named="faction")  # "They became G, the armed wing of H ...
        return [unit] if unit is not None else []  # X took command of the unit": G, the group the text made a part
    if kinds == GROUP and lemma == "clan" and head.tag_ == "NN":
        return _definite(frame, head)  # "the head of the clan's Melito cell": the clan named before
    if kinds == GROUP and lemma in frame.lexicon("faction_nouns"):
        led = _led_by(frame, head)
        if led:
            return led
    if kinds == GROUP and (unnamed := led_unnamed(frame, head)) is not None:
        return [unnamed]  # "X headed a criminal cell": the cell X heads
    if kinds == GROUP and head.lower_ in frame.lexicon("follower_nouns") and head.tag_ == "NNS":
        followed = follower_names(frame, head)[1] or [
            r for c in head.children if c.dep_ == "poss" for r in led_group(frame, c) or [
                f for f in [_family_plural(frame, c)] if f is not None]] or _followed_by_name(frame, head)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if len(followed) == 1 and owner is not None:  # "Alvarado's people" names the group too
            keep_phrase(frame, followed[0].entity_id, head.doc[owner.left_edge.i:head.i + 1])
        if followed:
            return followed  # "his people reached an understanding with G": the group he leads
    if kinds == GROUP and (owned := owned_group(frame, head)) is not None:
        return [owned]  # "Marset's network", "Meza Flores's gunmen": the group named after its owner
    if "place" in kinds and lemma in frame.lexicon("place_nouns"):
        return _through(frame, head, kinds, depth) or _same_place(frame, head) or _named_before(frame, head, kinds)
    if kinds == GROUP and lemma in BREAKAWAY_NOUNS and head.tag_ == "NN" and (part := _breakaway_before(frame, head)):
        echo(frame, head, part)
        return [part]  # "H broke away from G in 2017. The breakaway was led by X": H
    if kinds == GROUP and (head.tag_ == "NNS" or head.lower_ == "leadership") and head.dep_ in ("nsubj", "nsubjpass") \
            and head.lemma_.lower() in LEADING_NOUNS:  # "the cartel's leaders (leadership) went to war with H": the
        # cartel
        owners = [c for c in head.children if c.dep_ in ("poss", "compound")] + prep_objects(head, "of")
        led = [r for o in owners for r in parties(frame, o, kinds, depth=depth + 1)]
        place_named = _named_for_place(frame, head)  # 'the Sinaloa leaders': the group named after the place
        return led or ([place_named] if place_named is not None else [])
    if kinds == GROUP and lemma == "family" and (clan := _the_clan(frame, head)) is not None:
        echo(frame, head, clan)
        return [clan]  # "the Remmo clan ... A and B, both members of the extended family": the clan
    if kinds == GROUP and (head.lower_ in frame.lexicon("superior_nouns") or _former_partners(frame, head)):
        named = [r for p in ("in", "at", "of") for o in prep_objects(head, p)  # 'their former bosses in G': G
                 for r in parties(frame, o, kinds, depth=depth + 1)]
        return named or _parent_of_owner(frame, head, depth)  # 'G turned on their former bosses': G's parent
    if kinds == ("person",) and (counted := counted_unnamed(frame, head)):
        return counted  # "twelve members of the state police were arrested": people counted, never named
    if lemma in frame.lexicon("transparent_nouns") or lemma in frame.lexicon("collective_nouns"):
        through = _through(frame, head, kinds, depth)
        if through or "criminal_group" not in kinds:
            return through
        if lemma not in frame.lexicon("collective_nouns") and lemma not in ("cell", "faction", "network", *PARTS):
            return []  # "clashed with the army": a state's army, not the group named last ('the network' is)
        return _definite(frame, head)
    if "person" in kinds and (head.tag_ == "NNS" or head.pos_ == "NUM") and (listed := people_after_colon(frame, head)):
        return listed  # "four of its leaders: A, his son B and his nephews C and D"
    if "person" in kinds and head.pos_ == "NOUN" and head.tag_ == "NNS":
        detached = _by_surname(frame, head) or _detached_people(frame, head) or _the_siblings(frame, head) \
            or _the_two_people(frame, head)
        if detached:
            return detached
    if "person" in kinds and head.pos_ == "NOUN" and head.tag_ == "NN":
        detached = _the_pair(frame, head)
        if detached:
            return detached
    if "person" in kinds and (held := detained_people(frame, head)):
        return held  # 'the detained persons', 'those arrested': the people of the arrests told last
    if "person" in kinds and ("criminal_group" not in kinds or head.pos_ == "NOUN") \
            and head.tag_ in ("NN", "NNS", "CD") and (counted := counted_people(frame, head)):
        return counted  # 'the three defendants', 'the three', 'the couple'
    if head.pos_ in ("PRON", "DET") and "person" in kinds and "criminal_group" not in kinds \
            and (plural := plural_people(frame, head)):
        return plural  # 'A and B were charged. They ...', 'The three ... Each is charged'
    if head.pos_ == "PRON" and "person" in kinds:
        return _pronoun(frame, head) or _both_people(frame, head) or (
            plural_people(frame, head) if head.lower_ == "each" else [])  # 'Each is charged', asked with groups too
    if "person" in kinds and head.pos_ in ("NUM", "DET") and (counted := counted_people(frame, head) or (
            plural_people(frame, head) if head.lower_ == "each" else [])):
        return counted  # 'the three were among 26 defendants', asked with groups too
    if "person" in kinds and head.lower_ == "alias" and (named := _before_alias(frame, head, kinds)):
        return named  # 'Rubén "N", alias "El Menchito", ... was' parsed with 'alias' heading the subject
    if "person" in kinds and head.pos_ == "NOUN" and head.tag_ == "NN" and (named := _apposed_person(frame, head)):
        return named  # "arrested his cousin, Edgar Ramírez", "killed a local reporter, Ana Ruiz"
    if "person" in kinds and head.pos_ == "NOUN" and head.tag_ == "NN" and (kin := _kin_of_pronoun(frame, head)):
        return kin  # "A and his brother B ... in October his brother surrendered": B
    if "person" in kinds and head.lower_ == "client" and (client := client_person(frame, head)):
        return client  # "his client has never belonged to G": the one the lawyer speaks for
    if "person" in kinds and (head.pos_ in ("ADJ", "NOUN") or head.pos_ == "PROPN" and head.is_lower) \
            and (described := described_person(frame, head)):
        return described  # 'the former', 'the 45-year-old', 'the suspect' ('the capo' tagged as a name)
    if "person" in kinds and head.pos_ == "NOUN" and lemma in frame.lexicon(
            "leader_nouns", "founder_nouns", "member_nouns", "official_titles"):
        titled = frame.name(head.doc[head.i + 1], "person") if head.i + 1 < len(head.doc) else None
        if titled is not None and titled.span.start == head.i + 1:
            return [titled]  # "a son of the cartel's co-founder X": the title names X
    if head.pos_ == "PRON" and kinds == GROUP and head.lower_ in ("it", "its"):
        if head.lower_ == "it" and unnamed_subject(frame, head):
            return []  # "This cell is one of the wings of G, and it maintains ...": the cell, which has no name
        group = its_group(frame, head)
        echo(frame, head, group)
        return [group] if group is not None else []
    if head.pos_ == "PRON" and kinds == GROUP and head.lower_ in ("they", "them") \
            and (pair := _pair_subject_before(frame, head, depth)):
        return pair  # "The two groups split early this year, and they have since fought over P"
    if head.pos_ == "PRON" and kinds == GROUP and head.lower_ in ("they", "their", "them"):
        group = their_group(frame, head)
        echo(frame, head, group)
        if group is not None and head.lower_ != "their" and len(joined := _joined_groups(frame, group)) >= 2:
            return joined  # "X and Y shared the port. They have been at war since": both
        return [group] if group is not None else []
    if head.lower_ == "two" and kinds == GROUP and any(c.lower_ == "the" for c in head.children):
        return list(salient_pair(frame, head))
    if lemma in frame.lexicon("authority_nouns") and ("country" in kinds or "agency" in kinds):
        return _authority(frame, head)
    return []


def _renamed_subject(frame: Frame, head: Token, kinds: tuple[str, ...]) -> Ref | None:
    """A subject that describes what the name set right after it between commas names: 'Another cell, G,
    operated in P' (G), 'The best known of these crews, G, is ...'. Read from the words, since the parser
    hangs the name in many ways; only a description (not a name, a pronoun or 'Two gangs, A and B, ...')."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ in ("PROPN", "PRON") or head.tag_ in ("NNS", "NNPS"):
        return None
    doc = head.doc
    comma = next((t for t in doc[head.i + 1:head.head.i] if t.text == ","), None) if head.head.i > head.i else None
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1:comma.i]):
        return None  # 'The man who led G, X, ...': a clause of its own before the name
    named = frame.name(doc[comma.i + 1], *kinds) if comma.i + 1 < len(doc) else None
    if named is None or named.span.start != comma.i + 1 or named.span.end >= len(doc) \
            or doc[named.span.end].text != ",":
        return None
    return named


def relative_antecedent(pronoun: Token) -> Token | None:
    """What a relative pronoun stands for: the noun its clause describes ('the Sinaloa Cartel, with which
    it fought', 'Los Zetas, against whom G fought'); None for 'which' opening a question or a free relative."""
    word = pronoun
    for _ in range(3):
        if word.dep_ == "relcl":
            return agreeing(word, word.head) if word.head.pos_ in ("NOUN", "PROPN") else None
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def agreeing(clause: Token, noun: Token) -> Token:
    """'the coalition of valley groups that has fought Y': a relative clause whose pronoun is its subject and whose
    verb is singular does not speak of the plural after 'of' the parser hung it on, but of the singular noun that
    plural hangs from (not 'one of the gangs that has ...': that 'one' is read elsewhere)."""
    if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.tag_ not in (
            "NN", "NNP") or noun.head.head.lower_ == "one":
        return noun
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children):
        return noun
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    finite = next((v for v in verbs if v.tag_ in ("VBZ", "VBP", "VBD", "MD")), None)
    singular = finite is not None and (finite.tag_ == "VBZ" or finite.lower_ == "was")
    return noun.head.head if singular else noun


# Group nouns that pass through to their group in the singular ('the network of X') but, as a definite
# plural, stand for the groups named before like 'the two gangs': 'the two networks', 'both mafias'.
PLURAL_GROUPS = frozenset({"network", "mafia", "militia", "club", "posse", "confraternity"})  # "the two clubs" (bikers)
UNIT_NOUNS = frozenset({"unit", "corps"})  # 'the unit': only a group the text has made a faction of another
PAIR_WORDS = frozenset({"the", "both", "these", "those", "two", "their", "its", "each", "all"})


GENERIC_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "cartel", "gang"})  # any group's noun
ORDER_WORDS = {"former": 0, "latter": 1, "first": 0, "second": 1}  # 'A and B ... The first is led by X'


def _ordered_pair(frame: Frame, head: Token) -> tuple[Ref, ...]:
    """The pair 'the former' / 'the latter' picks from: the last two groups named together in this sentence
    or the two before, when no pair of people was named together after them."""
    if head.pos_ not in ("ADJ", "NOUN") or head.tag_ in ("NNS", "NNPS") \
            or [c.lower_ for c in head.children if c.dep_ in ("det", "amod", "compound", "poss")] != ["the"]:
        return ()
    pair = _coordinated_pair(frame, head, since=window_start(head, 2))
    people = named_pair(frame, head)
    if not pair or people and max(r.span.start for r in people) > max(r.span.start for r in pair):
        return ()
    echo(frame, head, pair[ORDER_WORDS[head.lower_]])
    return pair


PAIR_POINTERS = frozenset({"the", "these", "those", "both", "two"})


def pointing_pair(frame: Frame, head: Token) -> bool:
    """'these enemies', 'the two rivals', 'both adversaries': a plural of a word that names a pair by
    how they stand to each other, pointing back (not 'its rivals', 'rivals of X', 'two rivals of G')."""
    if head.tag_ != "NNS" or head.lower_ not in frame.lexicon("rival_people_nouns"):
        return False
    words = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod")}
    if not words & PAIR_POINTERS or words - PAIR_POINTERS or any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return _count(head) in (None, 2)


def _definite_plural(head: Token) -> bool:
    """'the two groups', 'both cartels', 'these gangs': a plural that points back, unlike 'local gangs'."""
    return any(c.dep_ in ("det", "nummod", "predet", "poss", "amod") and c.lower_ in PAIR_WORDS
               for c in head.children)


def _of_somewhere(frame: Frame, head: Token) -> bool:
    """'the armed groups of the region', 'the gangs in Guayaquil': a plural with 'the' alone, told by a
    place, is the class of groups there, not the pair named before ('the two groups of the region' counts)."""
    pointing = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "poss", "amod")
                and c.lower_ in PAIR_WORDS]
    return pointing == ["the"] and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in frame.lexicon("place_nouns") or frame.name(o, "place", "country"))
        for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "across", "throughout")
        for o in p.children)


def _both(head: Token) -> bool:
    """'Both' standing alone for a pair, or 'both of them'."""
    if head.lower_ != "both" or head.pos_ not in ("PRON", "DET", "NOUN", "ADV"):
        return False
    return all(c.dep_ == "prep" and c.lower_ == "of" and all(o.lower_ == "them" for o in c.children)
               for c in head.children)


def _named_for_place(frame: Frame, head: Token) -> Ref | None:
    """A group named after the place that modifies a group noun: 'the Tepic group' -> 'Cártel de Tepic'."""
    place = next((r for c in head.children if c.dep_ in ("compound", "nmod")
                  and (r := frame.name(c, "place")) is not None), None)
    return None if place is None else group_named_after(frame, place, head.i + 1)


def group_named_after(frame: Frame, place: Ref, end: int) -> Ref | None:
    """The group of the text or KB whose name holds the place's name ('Sinaloa' -> 'Sinaloa Cartel'),
    as a reference over the place's words up to ``end``."""
    head = place.span.doc[end - 1]
    word = fold(place.span.text)
    in_doc = [frame.ents.entities[r.entity_id] for r in frame.ents.refs if r.kind == "criminal_group"]
    known = [e for e in frame.kb.entities.values() if e.kind == "criminal_group"] if frame.kb is not None else []
    for group in in_doc + known:
        names = KnowledgeBase.names(group)
        if any(word in fold(n) and fold(n) != word for n in names):
            return frame.introduce(group, place.span.start, head.i + 1)
    return None


# Prepositions whose object is the other party of a tie between groups ('a pact with X', 'a war against X').
PARTY_PREPS = frozenset({"with", "against"})
# Verbs of fighting whose object is the other party ('fought Sinaloa'); not 'target' or 'contest' (a place may be
# targeted or contested).
FIGHTING_VERBS = frozenset({"fight", "battle", "confront", "combat", "oppose", "attack", "ambush"})
# Nouns of one group's support for another that a place may modify for its group ('Sinaloa backing'); not goods
# ('Sinaloa money', 'Sinaloa weapons': made or found there).
SUPPORT_NOUNS = frozenset({"support", "backing", "protection", "help", "aid", "blessing"})
# Nouns of a group's leaders that a place before them names the group of ('the Sinaloa leadership', 'the
# Jalisco bosses'); 'chief', 'head' and 'commander' are as often a state's officials.
CRIME_BOSS_NOUNS = frozenset({"leadership", "boss", "bosses", "kingpin", "kingpins"})
# Words that make a group's name from a place's: 'Sinaloa Cartel', 'Cártel de Sinaloa', 'the Juárez organisation'.
PLACE_GROUP_WORDS = frozenset({"cartel", "the", "de", "del", "organization", "organisation", "federation"})


def place_as_party(frame: Frame, head: Token) -> Ref | None:
    """A bare place name as the other party of a tie between groups ('reached an understanding with Sinaloa',
    'a war against Juárez', 'A and Sinaloa') stands for the group this text names after the place and
    nothing else (the 'Sinaloa Cartel', the 'Cártel de Sinaloa'); a place anywhere else stays a place ('fought
    in Sinaloa', 'a gang from Sinaloa'), and so does one no group of the text is named after."""
    place = frame.name(head, "place")
    if place is None or place.span.root.i != head.i:
        return None
    partner = head.dep_ == "pobj" and head.head.lower_ in PARTY_PREPS
    paired = head.dep_ == "conj" and frame.name(head.head, *GROUP) is not None  # 'between A and Sinaloa'
    fought = head.dep_ == "dobj" and head.head.lemma_.lower() in FIGHTING_VERBS  # 'A has fought Sinaloa since'
    backing = head.dep_ in ("compound", "poss") and head.head.lower_ in SUPPORT_NOUNS \
        or head.dep_ == "compound" and head.head.lower_ in CRIME_BOSS_NOUNS  # 'A enjoys Sinaloa backing', 'A
    # answers to the Sinaloa leadership'; not 'Tláhuac's borough chief', 'the Sinaloa police commander'
    if not partner and not paired and not fought and not backing:
        return None
    words = fold(place.span.text).split()
    for group in {frame.ents.entities[r.entity_id].id: frame.ents.entities[r.entity_id]
                  for r in frame.ents.refs if r.kind == "criminal_group"}.values():
        if any([w for w in fold(n).split() if w not in PLACE_GROUP_WORDS] == words and fold(n).split() != words
               for n in KnowledgeBase.names(group)):
            return frame.introduce(group, place.span.start, place.span.end)
    return None


def seat_of_government(frame: Frame, head: Token) -> Ref | None:
    """'Washington decided to ...': a capital acting stands for its country's government."""
    ref = frame.name(head, "place")
    if ref is None or frame.kb is None:
        return None
    name = fold(ref.span.text)
    country = frame.table("capitals").get(name)
    known = [e for e in frame.kb.lookup(country) if e.kind == "country"] if country else []
    if not known:
        return None
    return frame.introduce(known[0], ref.span.start, ref.span.end)


def country_of(frame: Frame, word: Token) -> Ref | None:
    """The country a word names: a country entity, a demonym ('Mexican') or a capital."""
    ref = frame.name(word, "country")
    if ref is not None:
        return ref
    seat = seat_of_government(frame, word)
    if seat is not None:
        return seat
    country = frame.table("demonyms").get(word.lower_)
    if country and frame.kb is not None:
        known = [e for e in frame.kb.lookup(country) if e.kind == "country"]
        if known:
            return frame.introduce(known[0], word.i)
    return None


def _foreign_force(frame: Frame, head: Token, ref: Ref) -> Ref | None:
    """'Brazilian federal police' matched to another country's 'Federal Police' in the knowledge base:
    the country of the demonym, when it is not the agency's own."""
    own = frame.kb.country_of(ref.entity_id) if frame.kb is not None else None
    if own is None:
        return None
    for child in head.children:
        if child.dep_ in ("amod", "compound"):
            country = frame.table("demonyms").get(child.lower_)
            if country and fold(country) not in {fold(n) for n in KnowledgeBase.names(own)}:
                return country_of(frame, child)
    return None


def _sub_agency(frame: Frame, ref: Ref) -> Ref:
    """"the Treasury's Office of Foreign Assets Control": the office, not the department."""
    doc = ref.span.doc
    end = ref.span.end
    if end + 1 < len(doc) and doc[end].tag_ == "POS":
        inner = frame.name(doc[end + 1], "agency")
        if inner is not None and inner.span.start == end + 1:
            return inner
    return ref


def _by_surname(frame: Frame, head: Token) -> list[Ref]:
    """'the Hurtado Olascoaga brothers': the people of the text who carry that surname."""
    if head.lemma_.lower() not in ("brother", "sister", "sibling", "son"):
        return []
    words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words = [w for c in words for w in c.subtree if w.pos_ == "PROPN"]
    if not words:
        return []
    surname = [fold(w.text) for w in sorted(set(words), key=lambda w: w.i)]
    found: list[Ref] = []
    for ref in frame.ents.refs:
        if ref.kind != "person" or ref in found:
            continue
        if _carries_surname(frame.ents.entities[ref.entity_id].name, surname):
            found.append(ref)
    if head.lemma_.lower() in ("brother", "son"):  # "the two Valle brothers": not their sister
        found = [r for r in found if not is_female(frame, r)]
    elif head.lemma_.lower() == "sister":
        found = [r for r in found if is_female(frame, r)]
    found = distinct_refs(found)
    count = _count(head)
    return found[:count] if count is not None else found  # "the two Valle brothers": the first two named


def _detached_people(frame: Frame, head: Token) -> list[Ref]:
    """'the two men who run the faction, A and B' when the parser hung A and B elsewhere:
    the names right after the plural noun's phrase and a comma."""
    doc = head.doc
    end = head.right_edge.i + 1
    if end + 1 >= head.sent.end or doc[end].text not in (",", ":"):
        return []
    start = end + 1
    while start < min(end + 3, head.sent.end - 1) and frame.name(doc[start]) is None and doc[start].pos_ == "PROPN":
        start += 1  # a given name the tagger left out of the span
    first = frame.name(doc[start], "person")
    if first is None or first.span.start != start:
        return []
    root = first.span.root
    if head in root.ancestors or root in head.ancestors:
        return []
    return [r for t in conjuncts(root) if (r := frame.name(t, "person")) is not None]


def _named_by_its_noun(frame: Frame, head: Token) -> Ref | None:
    """'the front' after 'the 33rd Front', 'the syndicate' after 'the Harbour Syndicate', 'this posse' after 'the
    Shower Posse': the nearest group of the last three sentences whose name ends in that noun; further back, the
    one group of the text so named (not 'the family', which further back is as often kin)."""
    if head.tag_ != "NN" or not head.is_lower or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                         for c in head.children) \
            or any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in head.children) \
            or head.lemma_.lower() in frame.lexicon("collective_nouns", "transparent_nouns", "faction_nouns"):
        return None  # 'the cartel', 'the faction': the salience rules of _definite
    sentences = 0
    sent_start = head.sent.start
    further: dict[str, Ref] = {}
    for ref in frame.refs_before(head, *GROUP):
        while ref.span.start < sent_start and sentences < 3:
            sentences += 1
            sent_start = head.doc[sent_start - 1].sent.start if sent_start > 0 else 0
        words = fold(frame.ents.entities[ref.entity_id].name).split()
        if not words or words[-1] != head.norm_:
            continue
        if ref.span.start >= sent_start:
            return ref
        further.setdefault(ref.entity_id, ref)
    if len(further) != 1 or head.norm_ in KIN_GROUP_NOUNS:
        return None
    return Ref.at(head, next(iter(further)), "criminal_group")


KIN_GROUP_NOUNS = frozenset({"family"})  # 'the family' far from 'the Gambino family' is as often the kin


def _definite(frame: Frame, head: Token) -> list[Ref]:
    """'the group', 'the cartel', 'its': the group named last before the phrase."""
    if head.tag_ != "NN" or not any(c.lower_ in ("the", "this", "that") for c in head.children):
        return []
    if head.dep_ == "appos" and (named := frame.name(head.head, *GROUP)) is not None:
        return [named]  # "X, the cartel that ...": X itself
    if (named := _group_before_comma(frame, head)) is not None:
        return [named]  # "... of X (ACR), the Brazilian gang that ...": an apposition the parser hung elsewhere
    if head.doc[head.left_edge.i - 1].text != "," and any(
            c.dep_ == "acl" and c.lemma_.lower() in frame.lexicon("leader_passive")
            and any(a.dep_ == "agent" for a in c.children) for c in head.children):
        return []  # "A and the group led from P by X": a group told by its leader, not one named before
        # (but "G, the organisation led by X": G)
    if head.dep_ != "attr" and any(c.dep_ == "relcl" and head.doc[c.left_edge.i - 1].text != ","
                                   for c in head.children):
        return []  # "the network that X built": the clause, not an earlier mention, says which ('X was the
        # cartel that ...' says what X was)
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in KIND_WORDS]
    if any(c.lower_ == "same" for c in head.children) and not any(
            t.lemma_ == head.lemma_ for t in head.doc[window_start(head, 2):head.left_edge.i]):
        return []  # "two gangs that grew out of the same organisation": one they share, not one named before
    if [c.lower_ for c in modifiers] == ["new"] and (founded := _just_founded(frame, head)) is not None:
        echo(frame, head, founded)
        return [founded]  # "X and Y formed G. The new cartel ...": G
    if [c.lower_ for c in modifiers] in (["breakaway"], ["splinter"]) and (part := _breakaway_before(frame, head)):
        echo(frame, head, part)
        return [part]  # "H broke away from G. The splinter group ...": H
    if [c.lower_ for c in modifiers] == ["rival"] and (rival := _rival_before(frame, head)) is not None:
        echo(frame, head, rival)
        return [rival]  # "A has been at war with B. The rival group ...": B
    if modifiers:
        return []  # "the Sinaloa faction", "the local gang": a new referent, not a repeat
    if (introduced := _introduced_as(frame, head)) is not None:
        return [introduced]  # "X commanded Y, a group made up of ... G's leadership. ... the group's operations": Y
    word = fold(head.lemma_).replace("organisation", "organization")
    named = word if word in ("cartel", "organization", "faction", "gang", "cell", "clan", *PARTS) else None
    group = _subject_of_clause_before(frame, head, named) or _sole_group_before(frame, head, named) \
        or topic(frame, head.left_edge, GROUP, named=named)
    if group is not None and _own_subject(frame, head, group):
        group = _other_in_sentence(frame, head, group)  # "X broke away from the organisation": not X
    if group is not None and _named_with_another(frame, group, named):
        return []  # "X and Y have fought since 2010. The group's leader ...": which group?
    echo(frame, head, group)
    return [group] if group is not None else []


def _introduced_as(frame: Frame, head: Token) -> Ref | None:
    """'the group' after 'Y, a group that ...' or 'Y is a group ...' in this sentence or the one before: the
    group the same noun, indefinite, described last. A noun that says more than 'group' ('the coalition',
    'the alliance') reaches back to the text's start and also to 'Y, the Michoacán coalition'."""
    lemma = head.lemma_.lower()
    generic = lemma in GENERIC_GROUP_NOUNS
    for word in reversed(tokens_of(head.doc)[window_start(head, 1) if generic else 0:head.left_edge.i]):
        if word.pos_ != "NOUN" or word.lemma_.lower() != lemma and not (
                generic and word.lemma_.lower() in GENERIC_GROUP_NOUNS and word.dep_ == "appos"
                and word.right_edge.i < head.left_edge.i):
            continue  # ('X, a quasi-religious cartel that ... the group's leader': any group's noun renames X)
        articles = {c.lower_ for c in word.children if c.dep_ == "det"}
        if not articles & {"a", "an"} and not (not generic and word.dep_ == "appos" and articles == {"the"}):
            continue
        while word.dep_ == "conj" and word.head.i != word.i:  # 'it is not a cartel but a loose coalition'
            word = word.head
        if word.dep_ == "appos":
            return frame.name(word.head, *GROUP)
        if word.dep_ == "dobj":
            return led_unnamed(frame, word)  # "X headed a criminal cell ... The cell": the cell X headed
        subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None) if word.dep_ == "attr" else None
        return frame.ref(subject, *GROUP) if subject is not None else None  # 'it is a loose coalition': what 'it' is
    return None


def _same_as_before(frame: Frame, head: Token) -> list[Ref]:
    """'the same cell': the group the last 'cell' of this sentence or the one before stands for ('a cell of
    G ... the same cell': G); with no such word there, none ('two gangs that grew out of the same
    organisation' is neither of them)."""
    earlier = next((t for t in reversed(head.doc[window_start(head, 1):head.i])
                    if t.lemma_.lower() == head.lemma_.lower() and t.pos_ == "NOUN"), None)
    if earlier is not None:
        return parties(frame, earlier, GROUP)
    return _sole_group_named_before(frame, head)


def _sole_group_named_before(frame: Frame, head: Token) -> list[Ref]:
    """'X would be the financial head of G. Y would be a collector for the same structure': with no earlier
    word of its own, the one group named in this sentence and the one before, when the phrase's clause is
    told of one subject (not 'two gangs that grew out of the same organisation', which they share)."""
    verb = next((w for w in head.ancestors if w.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if len(subjects) != 1 or subjects[0].tag_ in ("NNS", "NNPS") or subjects[0].lower_ in ("they", "both") \
            or any(c.dep_ == "conj" for c in subjects[0].children):
        return []
    named = {r.entity_id: r for r in frame.refs_before(head, *GROUP) if r.span.start >= window_start(head, 1)}
    return list(named.values()) if len(named) == 1 else []


# Modifiers that say only what kind of group a repeat is: "the criminal organisation", "the same cell".
KIND_WORDS = frozenset({"criminal", "crime", "trafficking", "drug", "narco", "armed", "organised", "organized",
                        "same", "aforementioned", "whole", "entire"})


def _rival_before(frame: Frame, head: Token) -> Ref | None:
    """'the rival group': the group the last rivalry of this sentence or the two before set against the
    group it is about, the one that is not the subject there ('A has been at war with B': B); None
    when that sentence set more than one pair of rivals, or when the phrase's own clause names that group."""
    start = head.doc[window_start(head, 2)].idx
    rivalries = [c for c in frame.claims.values() if c.predicate == "rival_of" and c.object_id
                 and c.polarity.value == "positive" and start <= c.evidence.start < head.idx]
    if not rivalries:
        return None
    last = max(c.evidence.start for c in rivalries)
    pairs = {frozenset((c.subject_id, c.object_id)) for c in rivalries if c.evidence.start == last}
    if len(pairs) != 1:
        return None
    ends = next(iter(pairs))
    mentions = [r for r in _mentions_before(frame, head, GROUP) if r.entity_id in ends
                and last <= head.doc[r.span.start].idx]
    subjects = {r.entity_id for r in mentions if r.span.root.dep_ in ("nsubj", "nsubjpass")}
    others = [r for r in mentions if r.entity_id not in subjects]
    if len(subjects) != 1 or not others:
        return None
    return others[-1]


BREAKAWAY_NOUNS = frozenset({"breakaway", "splinter", "offshoot"})


def _breakaway_before(frame: Frame, head: Token) -> Ref | None:
    """'the breakaway', 'the splinter group': the one group the last split of this sentence or the two
    before made a faction ('H broke away from G', 'H, an offshoot of G'); with no split there, the one group
    the text has made a faction at all (paragraphs after 'H broke away from G'); None when that sentence (or
    the text) split off more than one, or the phrase names what it split from itself ('the offshoot of G')."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.children):
        return None
    start = head.doc[window_start(head, 2)].idx
    before = [c for c in frame.claims.values() if c.predicate == "faction_of" and c.object_id
              and c.polarity.value == "positive" and c.evidence.start < head.sent.start_char]
    splits = [c for c in before if start <= c.evidence.start]
    if not splits and len({c.subject_id for c in before}) == 1:
        splits = before  # the text's one breakaway, told paragraphs before
    if not splits:
        return None
    last = max(c.evidence.start for c in splits)
    parts = {c.subject_id for c in splits if c.evidence.start == last}
    if len(parts) != 1:
        return None
    return next((r for r in reversed(_mentions_before(frame, head, GROUP)) if r.entity_id in parts), None)


def _own_subject(frame: Frame, head: Token, group: Ref) -> bool:
    """The group is the subject of the clause the description sits in, outside it ('X broke away from the
    organisation'): a description is not its own clause's subject (that would be 'itself')."""
    if head.dep_ in ("nsubj", "nsubjpass", "attr", "oprd", "appos"):
        return False  # "X was the cartel that ...": what X is, said of X itself
    return any((r := frame.name(t, *GROUP)) is not None and r.entity_id == group.entity_id
               for t in head.doc[head.sent.start:head.i] if t.i in _own_subjects(head))


def _other_in_sentence(frame: Frame, head: Token, own: Ref) -> Ref | None:
    """The group named last before ``head`` in its sentence that is not ``own`` (None when there is none)."""
    return next((r for r in reversed(_mentions_before(frame, head, GROUP))
                 if r.span.start >= head.sent.start and r.entity_id != own.entity_id), None)


def _group_before_comma(frame: Frame, head: Token) -> Ref | None:
    """The group named right before the comma that opens the phrase of ``head`` ('X (ACR), the gang')."""
    doc = head.doc
    i = head.left_edge.i - 1
    if i < 1 or doc[i].text != "," or head.dep_ in ("nsubj", "nsubjpass", "appos", "poss"):
        return None  # an apposition of an unnamed noun is that noun's ('The group ..., the gang')
    j = i - 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
        j -= 3
    ref = frame.name(doc[j], *GROUP) if j >= 0 else None
    return ref if ref is not None and ref.span.end == j + 1 else None


def _just_founded(frame: Frame, head: Token) -> Ref | None:
    """The group named as founded ('formed G', 'founded G') in this sentence or the one before."""
    start = window_start(head, 1)
    founding = frame.lexicon("founder_verbs") | {"form"}
    for ref in frame.refs_before(head, *GROUP):
        if ref.span.start < start:
            return None
        root = ref.span.root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in founding:
            return ref
    return None


def _named_with_another(frame: Frame, ref: Ref, named: str | None) -> bool:
    """The group was named coordinated with another that fits 'the group' as well ('X and Y')."""
    root = ref.span.root
    if frame.name(root) is None or frame.name(root).entity_id != ref.entity_id:  # type: ignore[union-attr]
        return False  # an echo ('the group', 'it'): already a single referent
    others = [frame.name(c, *GROUP) for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(frame.name(root.head, *GROUP))
    return any(o is not None and o.entity_id != ref.entity_id
               and _fits_name(frame, frame.ents.entities[o.entity_id], named) for o in others)


def _subject_of_clause_before(frame: Frame, head: Token, named: str | None) -> Ref | None:
    """'X are believed to ..., and officials have described the group as ...': the group that is
    the subject of an earlier clause of the same sentence, when it is the only group subject there."""
    subjects = {r.entity_id: r for r in _mentions_before(frame, head, GROUP) if r.span.start >= head.sent.start
                and r.span.root.dep_ in ("nsubj", "nsubjpass") and r.span.root.head.dep_ in ("ROOT", "conj")}
    if len(subjects) != 1 or named not in (None, "organization"):
        return None  # 'the cartel', 'the faction' pick by name (rules below)
    ref = next(iter(subjects.values()))
    if any(c.dep_ == "conj" for c in ref.span.root.children):
        return None  # "X and Y ..., and the group ...": which one?
    return ref if _fits_name(frame, frame.ents.entities[ref.entity_id], named) else None


def _sole_group_before(frame: Frame, head: Token, named: str | None) -> Ref | None:
    """'sanctions on X and on two brothers, saying the gang moved cocaine': the one group named earlier
    in the same sentence, in a clause above the one the description is the subject of, when it fits
    the description's noun."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    named_here = {r.entity_id: r for t in head.doc[head.sent.start:head.left_edge.i]
                  if (r := frame.name(t, *GROUP)) is not None}
    if len(named_here) != 1:
        return None
    ref = next(iter(named_here.values()))
    doc = head.doc
    if not doc[_clause_verb(ref.span.root)].is_ancestor(doc[_clause_verb(head)]):
        return None  # only a clause under the one that names the group: 'sanctioned X, saying the gang ...'
    if named in ("gang", "organization"):
        return ref  # words any group takes
    return ref if _fits_name(frame, frame.ents.entities[ref.entity_id], named) else None


def topic(frame: Frame, token: Token, kinds: tuple[str, ...], *, named: str | None = None) -> Ref | None:
    """The referent of 'the group', 'it' or 'he' at ``token``.

    Among the entities named in this sentence or the two before, a group the text has just
    introduced (not inside a prepositional phrase), else the one named most often so far
    (ties: a grammatical subject, then the nearest); with none there, the one the text names
    most. ``named`` narrows the choice: 'the cartel' to groups called a cartel, 'the faction'
    to groups the text has called a faction.
    """
    if named is not None:
        parent = _parent_of_salient(frame, token, kinds, named)
        if parent is not None:
            return parent
        fitting = _topic(frame, token, kinds, named=named)
        if fitting is not None or named in ("cell", *PARTS):
            return fitting  # 'the cell' with no cell named before is some cell, not the group named last
    return _topic(frame, token, kinds, named=None)


def _parent_of_salient(frame: Frame, token: Token, kinds: tuple[str, ...], named: str) -> Ref | None:
    """'Los X are in a different position. Their founder, who built the cartel, ...': when the
    previous sentence is about a faction that is not called so, 'the cartel' is the one it belongs to."""
    if kinds != GROUP or named not in ("cartel", "organization") or token.sent.start == 0:
        return None
    if any(r.span.start >= token.sent.start for r in _mentions_before(frame, token, kinds)):
        return None  # a group named earlier in this sentence: leave it to the topic
    previous = token.doc[token.sent.start - 1].sent
    subject = next((r for r in _mentions_before(frame, token, kinds) if previous.start <= r.span.start < previous.end
                    and r.span.root.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _fits_name(frame, frame.ents.entities[subject.entity_id], named):
        return None
    parents = {c.object_id for c in frame.claims.values() if c.predicate == "faction_of"
               and c.subject_id == subject.entity_id and c.object_id and c.polarity.value == "positive"
               and c.evidence.start < token.idx}
    if len(parents) != 1:
        return None
    parent = next(iter(parents))
    if parent not in frame.ents.entities or not _fits_name(frame, frame.ents.entities[parent], named):
        return None
    return Ref.at(token, parent, "criminal_group")




def _count(head: Token) -> int | None:
    """The number a plural is counted with: 'those four organisations' -> 4."""
    for child in head.children:
        if child.dep_ == "nummod":
            return count_value(child.text)
    return None


def _last_list(frame: Frame, head: Token, count: int) -> list[Ref]:
    """'A, B, C and D ... those four organisations': the last list of exactly that many groups
    named together in this sentence or the one before; failing that (the parser did not coordinate
    them), the groups named there when they are exactly that many."""
    start = window_start(head, 1)
    near = [r for r in frame.refs_before(head, *GROUP) if r.span.start >= start]
    for ref in near:
        top = ref.span.root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        listed = [frame.name(t, *GROUP) for t in conjuncts(top)]
        distinct = {r.entity_id for r in listed if r is not None}
        if None not in listed and len(distinct) == count:
            return distinct_refs([r for r in listed if r is not None])
    named = distinct_refs(sorted(near, key=lambda r: r.span.start))
    return named if len(named) == count else []


def _fits_name(frame: Frame, entity: Entity, word: str | None) -> bool:
    if word is None:
        return True
    if word == "faction":
        return any(c.predicate == "faction_of" and c.subject_id == entity.id for c in frame.claims.values())
    if word in ("gang", "cell", "clan", *PARTS):  # "a local gang known as X", "the X gang": the text called it so
        return any(_called(r.span.root, word) for r in frame.ents.refs if r.entity_id == entity.id)
    names = [entity.name] if word == "organization" else KnowledgeBase.names(entity)
    if word == "organization" and any(_ends_in_organisation(r) for r in frame.ents.refs if r.entity_id == entity.id):
        return True  # "the Beltrán Leyva organisation ... the organisation": the text called it so
    return any(word in fold(n).replace("organisation", "organization").split() for n in names)


def _ends_in_organisation(ref: Ref) -> bool:
    """'the Beltrán Leyva organisation': a mention ending in, or followed by, the lower-case noun."""
    doc = ref.span.doc
    return any(0 <= i < len(doc) and doc[i].is_lower and fold(doc[i].text) in ("organization", "organisation")
               for i in (ref.span.end - 1, ref.span.end))


def _called(name: Token, word: str) -> bool:
    """'a gang known as X' / 'the X gang': the name hangs (not as a conjunct) from the word, or ends
    with it ('the 18th Street gang')."""
    token = name
    if token.lemma_.lower() == word and token.is_lower:
        return True
    for step in range(5):
        if token.dep_ in ("conj", "ROOT") or step >= 3 and not _naming_step(token):
            return False
        token = token.head
        if token.lemma_.lower() == word:
            return True
    return False


def _naming_step(token: Token) -> bool:
    """A word between a name and the noun that names its kind: 'a cell of the group known as X'."""
    return token.pos_ == "ADP" and token.lower_ in ("of", "as") or token.lemma_.lower() in NAMING_VERBS \
        or token.pos_ == "NOUN" and token.dep_ == "pobj"


def _mentions_before(frame: Frame, token: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """Names, and the phrases already read as a group ('the organisation', 'it'), in text order."""
    named = [r for r in frame.ents.refs if r.span.end <= token.i and r.kind in kinds
             and not (r.kind == "person" and (addressed(r) or signed(r)))]  # not 'DIEGO ARROYO:', 'Thank you,
    # Diego.' nor a byline or a letter's signature
    echoes = [r for r in frame.echoes.values() if r.span.end <= token.i and r.kind in kinds]
    return sorted(named + echoes, key=lambda r: r.span.start) if echoes else named


def echo(frame: Frame, token: Token, group: Ref | None) -> None:
    """Remember that the phrase at ``token`` was read as ``group``, so that the next 'the group' can follow it."""
    if group is not None:
        frame.echoes.setdefault(token.i, Ref.at(token, group.entity_id, group.kind))


def _topic(frame: Frame, token: Token, kinds: tuple[str, ...], *, named: str | None) -> Ref | None:
    start = window_start(token, 2)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    mentions = _mentions_before(frame, token, kinds)
    for ref in mentions:
        counts[ref.entity_id] = counts.get(ref.entity_id, 0) + 1
        first.setdefault(ref.entity_id, ref.span.start)
    best: tuple[int, ...] | None = None
    chosen = None
    chain = _anaphor_chain(frame, token, kinds, start)
    recent = window_start(token, 1)
    for distance, ref in enumerate(reversed(mentions)):
        if ref.span.start < start:
            break
        if not _fits_name(frame, frame.ents.entities[ref.entity_id], named) or _answered(ref):
            continue
        new = int(kinds == GROUP and first[ref.entity_id] >= start and _phrase_role(ref) not in ("pobj", "poss")
                  and frame.echoes.get(ref.span.start) is not ref)  # a name: 'dealt with X after that organisation
        # expanded' does not make X new by the subject it was read back as
        acting = int(kinds == GROUP and ref.span.start >= recent and _acting(frame, ref))
        score = (int(ref.entity_id == chain), int(kinds == GROUP and _introduced(ref)), new, acting,
                 counts[ref.entity_id], int(ref.span.root.dep_ in ("nsubj", "nsubjpass")), -distance)
        if best is None or score > best:
            best, chosen = score, ref
    if chosen is None and named in ("gang", "cell", "organization", "clan", "cartel"):  # the one group called so
        fitting = {i for i in counts if _fits_name(frame, frame.ents.entities[i], named) and (
            named in ("gang", "cell") or named in fold(frame.ents.entities[i].name).replace(
                "organisation", "organization").split())}  # its own name, not a KB alias
        if len(fitting) == 1:
            chosen = _nearest(frame, token, kinds, mentions, fitting)
    if chosen is None and named is None and counts:  # nothing near: what the text is about
        chosen = _nearest(frame, token, kinds, mentions, {max(counts, key=lambda i: counts[i])})
    return chosen


def _answered(ref: Ref) -> bool:
    """A name in a sentence with no verb that opens with a preposition, an answer cut short ('Who is G fighting?
    Above all Y, in many states.'): it tells what another sentence asked about G, and is no topic of its own."""
    sentence = ref.span.sent
    return sentence[0].pos_ == "ADP" and ref.span.root.dep_ == "pobj" \
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence)


def _nearest(frame: Frame, token: Token, kinds: tuple[str, ...], mentions: list[Ref], ids: set[str]) -> Ref:
    """The nearest name before ``token`` of one of the entities ``ids``, else the nearest phrase read as one
    ('the cell' after 'X headed a criminal cell', a group the text names by no name)."""
    return next((r for r in frame.refs_before(token, *kinds) if r.entity_id in ids), None) \
        or next(r for r in reversed(mentions) if r.entity_id in ids)


def _phrase_role(ref: Ref) -> str:
    """The role of the noun phrase a name sits in: 'alongside the Sinaloa and Jalisco cartels' is a
    prepositional object for both names, though the parser hangs 'Sinaloa' on 'cartels'."""
    word = ref.span.root
    while word.dep_ in ("conj", "compound", "nmod", "amod") and word.head.i != word.i:
        word = word.head
    return word.dep_


def _acting(frame: Frame, ref: Ref) -> bool:
    """The group alone does what its clause says: its subject, or the group of the subject's people
    ('twenty members of X escaped'); not one of a pair ('X and Y'), which 'the gang' cannot tell apart."""
    root = ref.span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return holder is not None and holder.dep_ in ("nsubj", "nsubjpass") \
        and holder.lemma_.lower() in frame.lexicon("transparent_nouns", "member_nouns")


def _introduced(ref: Ref) -> bool:
    """'a new gang called X', 'a group known as X': the text presents X as something new."""
    verb = ref.span.root.head
    if verb.dep_ == "prep" and verb.lower_ == "as":
        verb = verb.head
    if verb.lemma_.lower() not in NAMING_VERBS or verb.dep_ != "acl":
        return False
    return any(c.lower_ in ("a", "an") for c in verb.head.children)


def _anaphor_chain(frame: Frame, token: Token, kinds: tuple[str, ...], start: int) -> str | None:
    """The group the text keeps referring back to: one that 'the group' or 'it' already stood for
    in this sentence or the two before, named more often so far than any group introduced there
    since; a new group then does not take over 'the group's leader'. None when two chains compete."""
    if kinds != GROUP:
        return None
    echoed = {r.entity_id for i, r in frame.echoes.items() if start <= i < token.i
              and token.doc[i].dep_ != "poss"}  # "before its founders were killed": a local 'its'

    if len(echoed) != 1:
        return None
    chain = next(iter(echoed))
    counts: dict[str, int] = {}
    near: set[str] = set()  # only groups named near the phrase compete with the chain, not an earlier topic
    for ref in _mentions_before(frame, token, kinds):
        counts[ref.entity_id] = counts.get(ref.entity_id, 0) + 1
        if ref.span.start >= start:
            near.add(ref.entity_id)
    return chain if all(n < counts[chain] for i, n in counts.items() if i != chain and i in near) else None


SUBJECT_TAGS = {"it": "NN", "they": "NNS"}


def unnamed_subject(frame: Frame, token: Token) -> bool:
    """A subject before 'it' ('they') in its sentence that is a singular (plural) noun naming no entity nor
    read as one: 'This cell is one of the wings of G, and it ...' (but 'Soldiers arrested him')."""
    tag = SUBJECT_TAGS.get(token.lower_)
    return tag is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == tag and t.pos_ == "NOUN" and t.i not in frame.echoes
        and not any(c.dep_ in ("appos", "compound", "nmod") and frame.name(c) is not None for c in t.children)
        and t.lemma_.lower() not in frame.lexicon("people_nouns", "family")  # "his son X stepped in ... it"
        and frame.ref(t) is None for t in token.doc[token.sent.start:token.i])


def its_group(frame: Frame, head: Token) -> Ref | None:
    """The group 'it' or 'its' stands for: a subject or object earlier in its sentence, else the
    subject of the sentence before, else the topic; 'its own' only its clause's subject."""
    if head.lower_ == "its" and head.dep_ == "poss" and any(c.lower_ == "own" for c in head.head.children):
        return _own_owner(frame, head)
    described = _described_by_relative(frame, head) or _parallel_subject(frame, head)
    if described is not None:
        return described
    own = _own_subjects(head)  # "X became its rival": 'its' is not X
    if head.dep_ == "poss" and head.head.dep_ == "conj":
        own.discard(head.head.head.i)  # "X and its armed wing, Y": 'its' is X
    if head.dep_ == "poss" and head.head.dep_ != "conj" and _own_part(frame, _owned_noun(head)):
        owner = next((r for i in sorted(own) if (r := frame.ref(head.doc[i], *GROUP)) is not None), None)
        if owner is not None:
            return owner  # "X sent its armed wing, Y", "X, with its A and B factions at war": X's own parts
    if (description := _description_before(frame, head, own)) is not None:
        return frame.ref(description, *GROUP)  # "X inherited the cartel from his father, who founded it"
    for found in (_argument_before(frame, head, own), _previous_subject(frame, head), topic(frame, head, GROUP)):
        if found is not None and found.span.root.i not in own:
            return found
    return None


def _owned_noun(head: Token) -> Token:
    """The noun a possessive owns, past the names the parser may have hung it on: 'its Los Metros and Los
    Ciclones factions' -> 'factions'."""
    if head.head.pos_ != "PROPN":
        return head.head
    for word in head.doc[head.i + 1:min(head.i + 9, head.sent.end)]:
        if word.pos_ not in ("PROPN", "CCONJ", "DET") and word.text not in (",", '"', "'"):
            return word
    return head.head


def _own_part(frame: Frame, noun: Token) -> bool:
    """A part of a group ('its armed wing', 'its Los Metros faction') that the clause does not make the subject
    into ('X became its armed wing', 'X began as its cell'): owned by the clause's own subject, as English reads it."""
    if noun.lemma_.lower() not in frame.lexicon("faction_nouns") or noun.lemma_.lower() in ("successor", "heir") \
            or noun.dep_ in ("attr", "oprd", "appos"):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("as", "into"))


def _description_before(frame: Frame, head: Token, own: set[int]) -> Token | None:
    """A group description ('the cartel', 'the gang') that is a subject or object of a clause earlier in the
    pronoun's sentence (not of a relative clause), with no group named between: 'it' stands for what the
    description stands for, or for nothing when that is none ('X inherited the cartel from his father, who
    founded it' is not the group named before)."""
    for word in reversed(head.doc[head.sent.start:head.i]):
        if frame.name(word, *GROUP) is not None:
            return None
        if word.i in frame.coref and word.pos_ == "NOUN" and word.i not in own \
                and word.dep_ in ("nsubj", "nsubjpass", "dobj") and not any(a.dep_ == "relcl" for a in word.ancestors):
            return word  # (not in a relative clause: 'Reporters who have followed the group say it ...')
    return None


def _own_owner(frame: Frame, head: Token) -> Ref | None:
    """'its own' is the subject of its clause: 'G relied on its own armed cell' (G; 'Sinaloa relied on its own
    cell': the group named after the place), and no group named elsewhere when the subject is none."""
    verb = next((w for w in head.ancestors if w.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None or subject.lower_ in ("who", "which", "that"):
        return None
    if (group := frame.ref(subject, *GROUP)) is not None:
        return group
    place = frame.name(subject, "place")
    return group_named_after(frame, place, place.span.end) if place is not None else None


def _parallel_subject(frame: Frame, head: Token) -> Ref | None:
    """'It is fighting X in P, and it's at war with Y': 'it' as the subject of a clause joined to an
    earlier one stands for that clause's subject, when that is a group, not for its object."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return frame.ref(first, *GROUP) if first is not None and first.i != head.i else None


def _described_by_relative(frame: Frame, head: Token) -> Ref | None:
    """'its' in a clause whose subject is a relative pronoun ('X, the cartel that has pushed out from
    its base in P'): the group the clause describes ('it' there is another: 'X, which supplies it')."""
    verb = next((w for w in head.ancestors if w.pos_ in ("VERB", "AUX")), None)
    if head.dep_ != "poss" or verb is None or verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in verb.children):
        return None
    noun = verb.head
    if frame.name(noun) is None and noun.dep_ == "appos":
        noun = noun.head  # "X, the national cartel that ..."
    elif frame.name(noun) is None and noun.left_edge.i > 1 and noun.doc[noun.left_edge.i - 1].text == ",":
        noun = noun.doc[noun.left_edge.i - 2]  # the same, with the apposition parsed as another object
    return frame.name(noun, *GROUP)


# The heads only a gang has ('their leader', 'their founder'), not an office's too ('their chief', 'their boss').
GANG_HEADS = frozenset({"leader", "co-leader", "founder", "co-founder", "cofounder", "ringleader", "kingpin", "capo",
                        "godfather", "patriarch"})


def their_group(frame: Frame, head: Token) -> Ref | None:
    """'Los Tiburones emerged in 2019. They are allied with ...; their leader ...': 'they' stands for
    a group with a plural name ('Los X', 'the Zetas') that is a subject or object earlier in the
    sentence or the subject of the sentence before, when no other plural subject stands between."""
    sent = head.sent
    previous = head.doc[sent.start - 1].sent if sent.start > 0 else sent
    if not any((r := frame.echoes.get(i) or frame.ents.by_token.get(i)) is not None and r.kind in GROUP
               for i in range(previous.start, head.i)):
        return None  # no group named near: 'they' are people
    own = _own_subjects(head)
    if head.dep_ == "poss" and head.head.dep_ == "conj":
        own.discard(head.head.head.i)
    titled = head.lower_ == "their" and head.dep_ == "poss" and head.head.lemma_.lower() in frame.lexicon(
        "leader_nouns", "founder_nouns")  # "X is Japan's largest syndicate. Their leader, Y, ...": X, named as a body
    ringleader = titled and head.head.lemma_.lower() in GANG_HEADS  # not 'their chief', 'their boss': police have those
    if not ringleader and any(t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass") and frame.name(t) is None
                              and t.i < head.i for t in previous):
        return None  # 'Police said ... They': people, not the group
    roles = ("nsubj", "nsubjpass", "dobj") if ringleader else ("nsubj", "nsubjpass")
    subjects = [r for r in _mentions_before(frame, head, GROUP) if previous.start <= r.span.start < previous.end
                and r.span.root.dep_ in roles] if previous.start < sent.start else []
    if ringleader and len({r.entity_id for r in subjects}) > 1:
        subjects = []  # 'Prosecutors describe X as ... Their leader': X, the one group the sentence is about
    for found in (_argument_before(frame, head, own), subjects[0] if subjects else None):
        if found is not None and found.span.root.i not in own and (
                titled or _plural_name(frame.ents.entities[found.entity_id])):
            return found
    return None


def _pair_subject_before(frame: Frame, head: Token, depth: int) -> list[Ref]:
    """'The two groups split early this year, and they have since fought over P', 'Both gangs deny it. They
    say ...': 'they' after a counted pair noun that is the last plural subject before it, in its sentence or
    the one before, stands for the pair that noun stands for."""
    subjects = [t for t in head.doc[window_start(head, 1):head.i] if t.dep_ in ("nsubj", "nsubjpass")
                and (t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we"))]
    last = subjects[-1] if subjects else None
    if last is None or last.tag_ != "NNS" or not _definite_plural(last) \
            or _count(last) != 2 and not any(c.lower_ == "both" for c in last.children) \
            or last.lemma_.lower() not in frame.lexicon("collective_nouns") | PLURAL_GROUPS:
        return []  # a pair counted ('the two gangs', 'both groups'), not 'the gangs' of a place
    pair = parties(frame, last, GROUP, depth=depth + 1)
    return pair if len(pair) == 2 else []


def _joined_groups(frame: Frame, group: Ref) -> list[Ref]:
    """The groups named together with ``group`` ('X and Y', 'X, Y and Z'), itself first among them."""
    top = group.span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    named = [frame.name(t, *GROUP) for t in conjuncts(top)]
    return distinct_refs([r for r in named if r is not None]) if None not in named else []


def _plural_name(entity: Entity) -> bool:
    """'Los Tiburones', 'Las Flacas', 'the Zetas': a name that takes 'they'."""
    words = fold(entity.name).split()
    if not words:
        return False
    return words[0] in ("los", "las") or words[-1].endswith("s") and words[-1] not in ("cartels", "gangs") \
        and not entity.name.split()[-1].isupper()


def _own_subjects(head: Token) -> set[int]:
    """Subjects of the clauses the pronoun sits in (up to the nearest verb's, that of the verb it is conjoined
    to when it has none, or the head of the subject it sits in: 'where its leader, X, alias "Y", ran ...'
    parsed with 'alias' a verb's clause)."""
    for word in [head, *head.ancestors]:
        if word.i != head.i and word.pos_ in ("VERB", "AUX"):
            own = {c.i for c in word.children if c.dep_ in ("nsubj", "nsubjpass")}
            while not own and word.dep_ == "conj" and word.head.i < word.i:
                word = word.head  # 'X split from Y and has fought it since': the conjoined verb's subject is X
                own = {c.i for c in word.children if c.dep_ in ("nsubj", "nsubjpass")}
            return own
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.i != word.i:
            return {c.i for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    return set()


def _previous_subject(frame: Frame, head: Token) -> Ref | None:
    if any(r.span.start >= head.sent.start for r in frame.refs_before(head, *GROUP)):
        return None  # a group named earlier in this sentence: leave it to the topic
    if head.sent.start == 0:
        return None
    previous = head.doc[head.sent.start - 1].sent
    there = [r for r in frame.refs_before(head, *GROUP) if previous.start <= r.span.start < previous.end]
    subject = next((r for r in there if r.span.root.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None or any(t.dep_ in ("nsubj", "nsubjpass") and t.head == previous.root for t in previous
                                  if t.pos_ == "PRON"):
        return subject
    objects = {r.entity_id: r for r in there if r.span.root.dep_ == "dobj" and r.span.root.head == previous.root}
    return next(iter(objects.values())) if len(objects) == 1 else None  # 'Files described X as a cell of G. ...
    # The files named Y as one of its leaders': X, the main clause's object, when no group is its subject


def _before_alias(frame: Frame, head: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """The name that 'alias' follows, inside the phrase the parser hung on 'alias'."""
    refs = [r for r in frame.refs_in(head.doc[head.left_edge.i:head.i], *kinds, names=True)]
    return refs[:1] if refs and head.doc[refs[0].span.end:head.i].text.strip(' ,"\u201d') == "" else []


def _apposed_person(frame: Frame, head: Token) -> list[Ref]:
    """The person named in apposition to a noun: 'his cousin, X', also where the parser hung the name
    on the verb ('arrested his cousin, X, near P' read with X as the verb's modifier)."""
    named = [r for c in head.children if c.dep_ == "appos" and (r := frame.name(c, "person")) is not None]
    doc, after = head.doc, head.right_edge.i + 1
    if named or after + 1 >= len(doc) or doc[after].text != ",":
        return named
    ref = frame.name(doc[after + 1], "person")
    if ref is None or ref.span.start != after + 1 or ref.span.root.head.i != head.head.i \
            or ref.span.root.dep_ not in ("npadvmod", "appos") \
            or ref.span.end < len(doc) and doc[ref.span.end].text not in (",", "."):
        return []
    return [ref]


# Words that may open a description set off by commas before its noun phrase: 'X, at first G's armed
# wing, ...', 'X, at one time the leader of G, ...', 'X, until 2010 the head of G, ...'.
HEDGES = frozenset({"at", "first", "one", "time", "once", "formerly", "previously", "originally", "initially",
                    "then", "until", "till", "later", "still", "now"})  # not 'for': "X, for its part, ..."


def hedged_bearer(frame: Frame, noun: Token, kinds: tuple[str, ...]) -> Ref | None:
    """The name a description set off by commas and opened by a time word describes, where the parser
    hung the description elsewhere: 'X, at first G's armed wing, ...' -> X. Only the words of HEDGES
    and a year may stand between the comma and the description's first word."""
    doc = noun.doc
    start = min([noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i
                            and c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod", "quantmod")])
    i, hedged = start - 1, False
    while i > noun.sent.start and start - i <= 3 and (doc[i].lower_ in HEDGES or doc[i].like_num):
        i, hedged = i - 1, True
    if not hedged or i <= noun.sent.start or doc[i].text != ",":
        return None
    i -= 1
    while i > noun.sent.start and doc[i].text in (")", '"', "\u201d"):
        i -= 1
    ref = frame.name(doc[i], *kinds)
    return ref if ref is not None and ref.span.end == i + 1 and noun.i not in range(ref.span.start, ref.span.end) \
        else None


def _conjoined_to_apposition(frame: Frame, head: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """'A, a clan from B, and C': the parser coordinates C with the apposition, not with A. 'A, the interior
    minister B and other officials': a name of someone else the parser hangs on A as its apposition, with
    the list going on after it, is the list's next item."""
    found: list[Ref] = []
    for appos in head.children:
        if appos.dep_ != "appos":
            continue
        if frame.name(appos) is None:
            found += [r for c in conjuncts(appos)[1:] if (r := frame.name(c, *kinds)) is not None]
        own = frame.name(head)
        named = [appos] if frame.name(appos) is not None else [c for c in appos.children if c.dep_ == "appos"]
        found += [r for n in named if any(c.dep_ == "conj" for t in (appos, n) for c in t.children)
                  and (r := frame.name(n, *kinds)) is not None
                  and (own is None or r.entity_id != own.entity_id)]  # 'A, the plaza boss B and three gunmen'
    return found


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def semicolon_items(frame: Frame, first: Ref, kinds: tuple[str, ...]) -> list[Ref]:
    """'A, also known as X; B, alias Y; and C': the names that open the later parts of a list whose parts
    are cut by semicolons (official texts list defendants so; the parser hangs the parts anywhere). Every
    part is a name with its aliases or titles, never a clause ('A was held; B was freed' lists nothing)."""
    doc = first.span.doc
    sentence = first.span.sent
    at = positions(doc, ORTH)  # where each ';' and ':' is, read once per document
    cuts = [i for i in at.get(";", ()) if first.span.end <= i < sentence.end]
    opening = max((i for mark in (";", ":") for i in at.get(mark, ()) if sentence.start <= i < first.span.start),
                  default=sentence.start)
    part = [*frame.refs_in(doc[opening:first.span.start], *kinds, names=True), *frame.refs_in(
        doc[first.span.end:cuts[0]], *kinds, names=True)] if cuts else []
    if not cuts or doc[opening].text == ";" or _has_finite(doc[first.span.end:cuts[0]]) or any(
            r.entity_id != first.entity_id for r in part):
        return []  # read from the list's first name; "the brothers A and B; C; and D": the first part is a pair
    found: list[Ref] = []
    end = sentence.end
    for k, cut in enumerate(cuts):
        start = cut + 1
        while start < end and (doc[start].lower_ in ("and", "or") or doc[start].text in ('"', "\u201c")):
            start += 1
        ref = frame.name(doc[start], *kinds) if start < end else None
        stop = cuts[k + 1] if k + 1 < len(cuts) else end
        if ref is None or ref.span.start != start or _has_finite(doc[ref.span.end:stop]):
            break
        found.append(ref)
    return found


def _has_finite(words: Span) -> bool:
    """A verb of a clause of its own among the words ('was arrested', 'fled'), not a participle."""
    return any(w.tag_ in FINITE and w.pos_ in ("VERB", "AUX") for w in words)


def _the_siblings(frame: Frame, head: Token) -> list[Ref]:
    """'the brothers', 'the twins' after the text named siblings: the people of its latest sibling claims."""
    if head.lemma_.lower() in ("brother", "sister", "sibling", "twin") and head.tag_ == "NNS" \
            and head.dep_ == "pobj" and head.head.dep_ == "agent" and not list(head.children):
        return _siblings_named_next(frame, head)  # "G was founded by twins. A and B started it in P"
    if head.lemma_.lower() not in ("brother", "sister", "sibling", "twin") or not any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("the", "both", "two") for c in head.children) or any(
            c.dep_ in ("compound", "poss", "amod", "nmod") and c.lower_ != "twin" for c in head.children):
        return []
    if any(c.dep_ == "acl" for c in head.children):  # 'two brothers accused of leading G. A and B, who ...'
        return _siblings_named_next(frame, head) if any(c.lower_ == "two" for c in head.children) else []
    return _namesake_siblings(frame, head) or latest_siblings(frame, head) or _siblings_named_next(frame, head)


def _namesake_siblings(frame: Frame, head: Token) -> list[Ref]:
    """'X Treviño Chávez, a nephew of the brothers': of the siblings the text named before, the latest
    pair that shares a surname with X, whose relatives they are said to be."""
    kin = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if kin is None or kin.lower_ not in frame.table("family") or kin.dep_ != "appos":
        return []
    person = frame.name(kin.head, "person")
    if person is None:
        return []
    surnames = set(fold(frame.ents.entities[person.entity_id].name).split()[1:])
    before = sorted((c for c in frame.claims.values() if c.predicate == "sibling_of" and c.object_id
                     and c.evidence.start < head.idx), key=lambda c: c.evidence.start, reverse=True)
    for claim in before:
        pair = [frame.ents.entities.get(i) for i in (claim.subject_id, claim.object_id)]
        if all(e is not None and surnames & set(fold(e.name).split()[1:]) for e in pair):
            return [Ref.at(head, e.id, "person") for e in pair if e is not None]
    return []


def latest_siblings(frame: Frame, head: Token) -> list[Ref]:
    """The people of the latest sibling claims before ``head`` ('the twins', 'their father')."""
    before = [c for c in frame.claims.values() if c.predicate == "sibling_of" and c.evidence.start < head.idx]
    if not before:
        return []
    latest = max(c.evidence.start for c in before)
    ids: list[str] = []
    for claim in before:
        if claim.evidence.start == latest:
            ids += [i for i in (claim.subject_id, claim.object_id) if i and i not in ids]
    return [Ref.at(head, i, "person") for i in ids]


def _siblings_named_next(frame: Frame, head: Token) -> list[Ref]:
    """'Two brothers who lead X have been charged. The indictment names A and his brother B':
    a pair of siblings the text introduces first and names in the next two sentences."""
    doc = head.doc
    end = head.sent.end
    for _ in range(2):
        if end >= len(doc):
            return []
        sentence = doc[end].sent
        pair = _subject_pair(frame, sentence)
        if pair:
            span = Span(doc, head.i, head.i + 1, label="person")
            return [Ref(span, pair[0].entity_id), Ref(span, pair[1].entity_id)]
        for word in sentence:
            if word.lemma_.lower() not in ("brother", "sister") or word.i + 1 >= sentence.end:
                continue
            second = frame.name(doc[word.i + 1], "person")
            first = next((r for r in frame.refs_before(word, "person") if r.span.start >= sentence.start), None)
            if second is not None and second.span.start == word.i + 1 and first is not None \
                    and any(t.lower_ == "and" for t in doc[first.span.end:word.i]):
                span = Span(doc, head.i, head.i + 1, label="person")
                return [Ref(span, first.entity_id), Ref(span, second.entity_id)]
        end = sentence.end
    return []


def _subject_pair(frame: Frame, sentence: Span) -> list[Ref]:
    """'A and B, who prosecutors say ran G, were flown to Miami': exactly two people coordinated as the
    subject of the sentence's main verb."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    first = frame.name(subject, "person")
    conj = [c for c in subject.children if c.dep_ == "conj"]
    second = frame.name(conj[0], "person") if len(conj) == 1 else None
    if first is None or second is None or first.entity_id == second.entity_id \
            or any(c.dep_ == "conj" for c in conj[0].children):
        return []
    return [first, second]


def _argument_before(frame: Frame, head: Token, own: set[int] = frozenset()) -> Ref | None:  # type: ignore[assignment]
    """'Y designated X, a faction of Z, for its role': the group that is a subject or object
    earlier in the same sentence, before one named inside a phrase; with the pronoun's own
    subject excluded, any group named before it in the sentence. Inside the subject of a clause
    of its own ('X has fought Y, and its gunmen ...'), the subject before it comes first."""
    fallback = None
    argument = None
    for ref in reversed(_mentions_before(frame, head, GROUP)):  # names, and 'the group' already read
        if ref.span.start < head.sent.start:
            break
        if ref.span.root.i in own:
            continue
        if own and _inside_subject(head) and ref.span.root.dep_ in ("nsubj", "nsubjpass"):
            return ref
        if ref.span.root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            argument = argument or ref
            if not (own and _inside_subject(head)):
                return ref
        fallback = fallback or (ref if own else None)
    return argument or fallback


def _inside_subject(head: Token) -> bool:
    """'its' in 'its gunmen clashed with ...': the possessor of a clause's subject."""
    return head.dep_ == "poss" and head.head.dep_ in ("nsubj", "nsubjpass")


def _pronoun(frame: Frame, head: Token, depth: int = 0) -> list[Ref]:
    """'he', 'him', 'she', 'her': the person named last before the pronoun; never a person its own clause
    names under it ('he ran the finances and was close to X' is not X), nor anyone in what a described,
    unnamed speaker tells of himself (``told_by_described_speaker``)."""
    if told_by_described_speaker(frame, head):
        return []
    if head.lower_ in FIRST_PERSON:
        return _first_person(frame, head, depth)
    if _kin_before(frame, head):
        return []
    if (ahead := _opening_possessive(frame, head)) is not None:
        return [ahead]
    found = _pronoun_reading(frame, head, depth)
    return [] if found and found[0].entity_id in _named_below(frame, head) else found


def _opening_possessive(frame: Frame, pronoun: Token) -> Ref | None:
    """'Since his capture in 2016, X has been held', 'After her extradition, X cooperated': a 'his' or 'her' in the
    phrase that opens its sentence stands for the person named as the subject right after that phrase."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    phrase = next((a for a in pronoun.ancestors if a.dep_ == "prep"), None)
    if phrase is None or phrase.head.pos_ not in ("VERB", "AUX") or phrase.left_edge.i != pronoun.sent.start:
        return None
    subject = next((c for c in phrase.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < phrase.i or subject.left_edge.i > phrase.right_edge.i + 2:
        return None
    ref = frame.ref(subject, "person")
    if ref is None or frame.name(subject, "person") is None or is_female(frame, ref) != (pronoun.lower_ == "her"):
        return None
    return ref


def _kin_before(frame: Frame, pronoun: Token) -> bool:
    """'X took over his father's faction after his arrest': a possessive 'his' or 'her' after an unnamed relative
    of its sex owned by the same word earlier in its sentence ('his father') may be that relative as well as X:
    too open for an end ('their father's business since his arrest' is the father's, read as before)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return False
    kin = frame.lexicon("female_kin_nouns" if pronoun.lower_ == "her" else "male_kin_nouns")
    return any(word.lower_ in kin and word.i != pronoun.head.i and frame.name(word, "person") is None
               and any(c.dep_ == "poss" and c.lower_ == pronoun.lower_ for c in word.children)
               and not any(c.dep_ in ("appos", "compound") and frame.name(c, "person") is not None
                           for c in word.children)
               for word in pronoun.doc[pronoun.sent.start:pronoun.i])


# The speaker's own words for the speaker: 'I' and 'my' ('me' is left out: 'they would kill me' is a threat told)
FIRST_PERSON = frozenset({"i", "my"})


def _first_person(frame: Frame, pronoun: Token, depth: int) -> list[Ref]:
    """'I' or 'my' in direct speech (a quotation, a transcript's turn, an interview's answer): the one
    person who speaks it, named in its speaker's phrase ('"I ran the cell," X said'; 'X (former police officer):
    My brother Y was killed by G'), or the person a 'he' or 'she' speaking it stands for; else nobody."""
    at = pronoun.idx
    spoken = [s for s in frame.sources if s.kind == "quote" and s.start <= at < s.end
              and s.speaker_start is not None and s.speaker_end is not None]
    if not spoken or depth > 3:
        return []
    source = min(spoken, key=lambda s: s.end - s.start)
    start, end = source.speaker_start or 0, source.speaker_end or 0
    people = {r.entity_id: r for r in frame.ents.refs
              if r.kind == "person" and start <= r.span.start_char and r.span.end_char <= end}
    if len(people) == 1:
        return list(people.values())
    words = frame.doc.char_span(start, end, alignment_mode="expand")
    if not people and words is not None and len(words) == 1 and words[0].lower_ in ("he", "she"):
        found = _read_pronoun(frame, words[0], depth)
        return [found] if found is not None else []
    return []


def told_by_described_speaker(frame: Frame, pronoun: Token) -> bool:
    """'The government's first cooperating witness ... spent a day on the stand, telling jurors that he had
    worked for his older brother, X': 'he' and 'his' are the witness, whom the text describes and does not
    name: the pronoun is in a clause that a speaker noun of patterns/relations.yaml (official, witness,
    lawyer ...), in the singular and unnamed, is the subject of telling (through the verb's own subject or
    the one of the verb its participle hangs from)."""
    if pronoun.lower_ not in ("he", "him", "his", "she", "her"):
        return False
    told = False
    for verb in pronoun.ancestors:
        told = told or verb.lemma_.lower() in load_reporting_patterns().verbs
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                        and not c.is_ancestor(pronoun) and c.i != pronoun.i), None)
        if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("he", "she"):
            continue  # 'he had worked for his brother': the same one, asked further up
        return told and subject.tag_ == "NN" and subject.lemma_.lower() in frame.lexicon("speaker_nouns") \
            and frame.name(subject, "person") is None and not any(
                c.dep_ == "appos" and frame.name(c, "person") is not None or c.dep_ == "poss"
                for c in subject.children)  # ('his lawyer says he ...': the client)
    return False


def _named_below(frame: Frame, pronoun: Token) -> set[str]:
    """The people a subject pronoun's clause names after it (its verb's words and those of verbs joined to it
    that share the subject), whom the pronoun cannot stand for."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.pos_ not in ("VERB", "AUX"):
        return set()
    verb = pronoun.head
    words = [t for t in verb.subtree if t.i > pronoun.right_edge.i]  # after it (a clause hung before is no object)
    own = {t.i for c in verb.children if c.dep_ == "conj" and any(
        d.dep_ in ("nsubj", "nsubjpass") for d in c.children) for t in c.subtree}  # '..., and X fled'
    return {r.entity_id for t in words if t.i not in own and (r := frame.name(t, "person")) is not None}


def _pronoun_reading(frame: Frame, head: Token, depth: int) -> list[Ref]:
    if head.lower_ not in ("he", "him", "she", "her", "his") or depth > 3:
        return []
    female = head.lower_ in ("she", "her")
    apposed = renamed(head)
    if (described := _described_by_who(frame, head)) is not None and is_female(frame, described) == female:
        return [described]  # "Y, who ran G before soldiers captured him in 2003": Y
    speakers = quoting_speakers(frame, head)
    for ref in frame.refs_before(head, "person"):  # a subject earlier in the same sentence
        if ref.span.start < head.sent.start:
            break
        if ref.span.root.i in apposed or ref.entity_id in speakers or signed(ref):
            continue  # 'X, his lieutenant, ...': someone else's; 'X said: "He ..."': not X; 'By X' (the writer)
        subject = head.dep_ in ("nsubj", "nsubjpass")
        dep = _role(ref.span.root) if subject or head.lower_ in ("him", "her") else ref.span.root.dep_
        if not subject and head.lower_ in ("him", "her") and (_clause_verb(ref.span.root) == _clause_verb(head)
                                                              or ref.span.root.i in described_by_relative(head)):
            continue  # "X shot him", "X, whose men shot him": not X; "X, the founder, is alive, though police
            # said they killed him": X
        if dep in ("nsubj", "nsubjpass") and is_female(frame, ref) == female:
            return [ref]  # also 'A former gunman, X, said he ...': the name in apposition to the subject
    if (main := _main_clause_person(frame, head, female)) is not None:
        return [main]  # 'Leadership passed to his brother X until police arrested him': X
    if head.dep_ in ("nsubj", "nsubjpass"):  # 'The report describes X as ... and says he has been a fugitive'
        named = [r for r in frame.refs_before(head, "person") if r.span.start >= head.sent.start]
        if named and len({r.entity_id for r in named}) == 1 and _role(named[0].span.root) == "dobj" \
                and is_female(frame, named[0]) == female:
            return [named[0]]
    chained = _same_pronoun_before(frame, head) or _object_of_first_clause(frame, head, female)
    if chained:
        return chained
    argument = salient_person(frame, head, female, role=_role, is_female=is_female,
                              reads=lambda word: _read_pronoun(frame, word, depth), quoting=speakers)
    if argument is not None:
        return [resumed_topic(frame, head, argument, female, role=_role, is_female=is_female) or argument]
    person = topic(frame, head, ("person",))
    if person is not None and is_female(frame, person) == female:
        return [person]
    start = window_start(head, 2)
    nearest = next((r for r in frame.refs_before(head, "person")
                    if r.span.start >= start and is_female(frame, r) == female and not signed(r)), None)
    return [nearest] if nearest is not None else []


def _main_clause_person(frame: Frame, pronoun: Token, female: bool) -> Ref | None:
    """'Leadership passed to his brother X until police arrested him', 'A reward was offered for X before marines
    captured him': the object of an adverbial clause whose own subject is no person stands for the one person
    the clause it hangs from names as an argument (not a possessor: 'X's wife'); None when it names two."""
    verb = pronoun.head
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ != "dobj" or verb.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PRON" or frame.name(c, "person") is not None)
            for c in verb.children):
        return None
    named: dict[str, Ref] = {}
    for word in verb.head.subtree:
        ref = frame.name(word, "person")
        if verb.left_edge.i <= word.i <= verb.right_edge.i or ref is None or ref.span.root.i != word.i:
            continue
        if _role(word) in EMBEDDED_ROLES:
            return None  # 'the reward for X's capture stood until ... found him': X, or another
        if is_female(frame, ref) == female:
            named.setdefault(ref.entity_id, ref)
    return next(iter(named.values())) if len(named) == 1 else None


EMBEDDED_ROLES = frozenset({"poss", "compound", "nmod"})


def _described_by_who(frame: Frame, pronoun: Token) -> Ref | None:
    """The person a 'who' or 'whose' clause describes, for a pronoun inside that clause but not an object of its
    own verb ('Y, who turned G into a power before soldiers captured him': Y; 'Y, whose gang ruled P until his
    arrest': Y; 'Y, who shot him': not Y)."""
    for verb in pronoun.ancestors:
        if verb.dep_ != "relcl":
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ == "who" or any(
                w.dep_ == "poss" and w.lower_ == "whose" for w in c.children)) for c in verb.children):
            return None
        if pronoun.head.i == verb.i and pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None  # an object of the clause's own verb is someone else
        named = frame.name(verb.head, "person")
        return named if named is not None and named.span.root.i == verb.head.i else None
    return None


def _read_pronoun(frame: Frame, word: Token, depth: int) -> Ref | None:
    """What an earlier 'he' or 'her' was read as (read once, kept on the frame)."""
    if word.i not in frame.people:
        found = _pronoun(frame, word, depth + 1)
        frame.people[word.i] = found[0] if found else None
    return frame.people[word.i]


def _clause_of(token: Token) -> Token:
    """The word a name's clause hangs from, through the nouns it stands in apposition to."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token.head


LEADERS_GROUPS = frozenset({"cartel", "organization", "organisation", "gang", "group", "network", "outfit",
                            "syndicate", "clan", "empire"})
LEADING = frozenset({"leader_of", "founder_of"})


def _leaders_group(frame: Frame, head: Token) -> list[Ref]:
    """'his cartel', 'her organisation', "X's gang" with no other modifier: the one criminal group the claims
    read so far make that person the leader or founder of; none when they make two or none ('his own
    outfit', 'his former gang' are others)."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    if len(owners) != 1 or any(c.dep_ in ("amod", "compound", "nmod", "nummod", "prep", "relcl", "acl", "appos")
                               for c in head.children):
        return []
    owner = owners[0]
    if owner.lower_ in ("his", "her"):
        here = {r.entity_id: r for r in frame.refs_before(owner, "person") if r.span.start >= owner.sent.start}
        people = list(here.values()) if here else _pronoun(frame, owner)  # 'suspect X of running his network'
    elif owner.lower_ == "whose" and (antecedent := relative_antecedent(owner)) is not None:
        people = [r for r in [frame.name(antecedent, "person")] if r is not None]  # "X, whose organisation ..."
    else:
        named = frame.name(owner, "person")
        people = [named] if named is not None and named.span.root.i == owner.i else []
    if len(people) != 1:
        return []
    me = people[0].entity_id
    led = {c.object_id for c in frame.claims.values() if c.predicate in LEADING and c.subject_id == me
           and c.object_id and c.polarity.value == "positive" and c.evidence.start < head.idx
           and (e := frame.ents.entities.get(c.object_id)) is not None and e.kind == "criminal_group"}
    if not led and owner.lower_ not in ("his", "her") and (family := _surname_group(frame, me, head)) is not None:
        return [family]  # "Arturo Beltrán Leyva, whose organisation ...": the Beltrán Leyva Organization
    if len(led) != 1:
        return []
    if people[0].span.root.i == owner.i and owner.pos_ == "PROPN":  # "Chamalé's organisation" names it too
        keep_phrase(frame, next(iter(led)), head.doc[people[0].span.start:head.i + 1])
    return [Ref.at(head, next(iter(led)), "criminal_group")]


def _surname_group(frame: Frame, person_id: str, head: Token) -> Ref | None:
    """The group named after a person's family ("Arturo Beltrán Leyva's organisation": the Beltrán Leyva
    Organization), by the last two surnames, else the last one."""
    words = frame.ents.entities[person_id].name.split()
    for surname in (words[-2:], words[-1:]) if len(words) >= 3 else (words[-1:],) if len(words) == 2 else ():
        if (group := _family_group(frame, " ".join(surname), head)) is not None:
            return group
    return None


def _kin_of_pronoun(frame: Frame, head: Token) -> list[Ref]:
    """'his brother', 'her son', 'his father' with no name of its own: the one person the claims read
    so far tie by that kinship to the person the pronoun stands for; nobody when they tie none or two."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    word = head.lower_
    predicate = "child_of" if word in frame.lexicon("parent_words") else frame.table("family").get(word)
    if len(owners) != 1 or predicate not in ("child_of", "sibling_of", "spouse_of") \
            or any(c.dep_ in ("appos", "amod", "compound") for c in head.children):
        return []
    owner = _pronoun(frame, owners[0])
    if not owner:
        return []
    me = owner[0].entity_id
    kin: set[str] = set()
    for claim in frame.claims.values():
        if claim.predicate != predicate or claim.polarity.value != "positive" or claim.evidence.start >= head.idx:
            continue
        if predicate == "child_of" and word in frame.lexicon("parent_words"):
            kin |= {claim.object_id} if claim.subject_id == me and claim.object_id else set()  # his father
        elif predicate == "child_of":
            kin |= {claim.subject_id} if claim.object_id == me else set()  # his son
        elif me in (claim.subject_id, claim.object_id):
            kin |= {i for i in (claim.subject_id, claim.object_id) if i and i != me}
    kin = {i for i in kin if i in frame.ents.entities}
    if len(kin) != 1:
        return []
    entity = next(iter(kin))
    if word in ("son", "brother", "father", "husband") and is_female(frame, Ref(Span(head.doc, head.i, head.i + 1,
                                                                                      label="person"), entity)):
        return []
    return [Ref.at(head, entity, "person")]


def _object_of_first_clause(frame: Frame, head: Token, female: bool) -> list[Ref]:
    """'Soldiers captured X in May, and he was sent to the US': the subject pronoun of a clause joined
    to one whose subject is no person is the person that clause acted on."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return []
    first = verb.head
    if any(frame.name(c, "person") is not None for c in first.children if c.dep_ in ("nsubj", "nsubjpass")):
        return []
    objects = [r for c in first.children if c.dep_ == "dobj" and (r := frame.name(c, "person")) is not None
               and r.span.root.i == c.i and is_female(frame, r) == female]
    return objects if len(objects) == 1 else []


PARTITIVES = frozenset({"one", "another", "some", "two", "three", "none", "each", "either", "neither"})


def _clause_verb(token: Token) -> int:
    """The index of the verb whose clause the word stands in (the word's own if none)."""
    for word in [token, *token.ancestors]:
        if word.pos_ in ("VERB", "AUX"):
            return word.i
    return token.i


def _role(token: Token) -> str:
    """The dependency of a name, or of the noun it stands in apposition to; a name in apposition to the
    whole a partitive subject picks from ('Another of X's sons, Y, evaded capture') has the subject's."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    part = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if part is not None and part.lower_ in PARTITIVES and part.dep_ in ("nsubj", "nsubjpass") and token.i != part.i:
        return part.dep_
    return token.dep_


def _same_pronoun_before(frame: Frame, head: Token) -> list[Ref]:
    """'She is the daughter of X. She pleaded guilty ...': a subject pronoun after a sentence whose
    subject is the same pronoun names the same person, not the X named in between."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.sent.start == 0:
        return []
    before = head.doc[head.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != head.lower_:
        return []
    return _pronoun(frame, subject)


def _same_place(frame: Frame, head: Token) -> list[Ref]:
    """'the same city', 'this town': the last place named in this sentence or the two before; 'the state',
    'the port': the one of that sort the text is about (_the_place)."""
    if not any(c.lower_ == "same" and c.dep_ == "amod" or c.lower_ in ("this", "that") and c.dep_ == "det"
               for c in head.children):
        return _the_place(frame, head)
    start = window_start(head, 2)
    place = next((r for r in frame.refs_before(head, "place") if r.span.start >= start), None)
    if place is not None and head.lemma_.lower() in TOWN_NOUNS and place.span.start >= 2 \
            and head.doc[place.span.start - 1].text == ",":  # "REYNOSA, Tamaulipas ... this city": the city
        town = frame.name(head.doc[place.span.start - 2], "place")
        place = town if town is not None and town.span.end == place.span.start - 1 else place
    return [place] if place is not None else []


def _named_before(frame: Frame, head: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """'the Secondigliano and Scampia districts', 'the Nayarit and Jalisco states', 'the Tlapa district': the
    places a place noun is named by."""
    if head.tag_ not in ("NN", "NNS"):
        return []
    names = [w for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i for w in (c, *c.conjuncts)]
    return [r for w in names if (r := frame.name(w, *kinds)) is not None and r.span.root.i == w.i]


TOWN_NOUNS = frozenset({"city", "town", "port", "municipality", "village"})
# Descriptions that stand for the place of their sort the text is about: 'the state' (one the knowledge base knows
# as a state), 'the city' (a place the knowledge base does not know as a state, named at least twice), and 'the
# port', 'the municipality', 'the town', 'the borough' (a place named as one somewhere before: 'the port of P',
# 'P port', 'P, the mountain municipality where ...'; with none so named, the town of the dateline).
SORTED_PLACES = frozenset({"state", "port", "city", "municipality", "town", "borough"})


def _the_place(frame: Frame, head: Token) -> list[Ref]:
    """'presence in the state', 'the port was dominated by G': the place of the description's sort the text is
    about, named more often before it than any other of that sort (the nearest of those named as often), not one
    named only in passing ('on the border with P'). Not 'the state police' (a modifier), 'the state of P' or 'the
    port where ...' (named there)."""
    noun = head.lemma_.lower()
    if noun not in SORTED_PLACES or head.tag_ != "NN" or [c.lower_ for c in head.children if c.dep_ == "det"] \
            != ["the"] or head.dep_ in ("compound", "amod", "nmod") or any(
            c.dep_ in ("acl", "relcl", "amod", "compound", "nmod", "appos") or c.dep_ == "prep" and (
                c.i == head.i + 1 or noun != "city") for c in head.children):
        return []  # a preposition past a conjunct ('the city and parts of P') is the parser's, not the city's
    before = list(frame.refs_before(head, "place"))  # nearest first
    if noun == "state":
        sort = {r.entity_id for r in before if frame.kb is not None and frame.kb.level_of(r.entity_id) == "state"}
    elif noun == "city":
        sort = {r.entity_id for r in before if frame.kb is None or frame.kb.level_of(r.entity_id) is None}
    else:
        sort = {r.entity_id for r in before if _named_as_sort(r, noun)}
        if not sort and (town := _dateline_town(frame, head)) is not None:
            return [town]
    counts: dict[str, int] = {}
    nearest: dict[str, Ref] = {}
    for place in (r for r in before if r.entity_id in sort):
        counts[place.entity_id] = counts.get(place.entity_id, 0) + 1
        nearest.setdefault(place.entity_id, place)
    most = max(counts.values(), default=0)
    if noun == "city" and most < 2:
        return []  # "G emerged in P. H remained active in the city": a city named once is not yet the text's
    return next(([r] for i, r in nearest.items() if counts[i] == most), [])


def _named_as_sort(place: Ref, noun: str) -> bool:
    """'the port of P', 'the Pacific port of P', 'the port city of P', 'P port', 'P, the mountain municipality
    where ...', 'the borough, P,'."""
    doc = place.span.doc
    before = [t.lower_ for t in doc[max(place.span.start - 4, 0):place.span.start]]
    after = doc[place.span.end].lower_ if place.span.end < len(doc) else ""
    root = place.span.root
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    of = doc[place.span.start - 1] if place.span.start > 0 and doc[place.span.start - 1].lower_ == "of" else None
    if of is not None and of.head.dep_ == "appos" and of.head.lemma_.lower() == noun:
        return False  # 'Iztapalapa, the largest borough of Mexico City': Iztapalapa is the borough
    return bool(before) and before[-1] == "of" and noun in before or after == noun \
        or any(a.lemma_.lower() == noun and a.pos_ == "NOUN" for a in apposed)


def _dateline_town(frame: Frame, head: Token) -> Ref | None:
    """The place of the text's dateline as 'the port', 'the municipality': a town (none the knowledge base knows
    as a state or a country), with no other town named in this sentence or the one before."""
    town = frame.dateline_place()
    if town is None or town.span.start >= head.i or frame.kb is not None and frame.kb.level_of(
            town.entity_id) is not None or frame.ents.entities[town.entity_id].kind != "place":
        return None
    start = window_start(head, 1)
    if any(r.entity_id != town.entity_id and frame.kb is not None and frame.kb.level_of(r.entity_id) is None
           for r in frame.refs_before(head, "place") if r.span.start >= start):
        return None  # "The army sent troops to P on Sunday. ... the town": P ('in Guerrero', a state, is none)
    return Ref.at(head, town.entity_id, "place")


def _the_two_people(frame: Frame, head: Token) -> list[Ref]:
    """'agents detained the two men', 'both men': the last two people named, as for 'both' (larger counts and
    'the couple': plural_people.counted_people). Not 'two men were arrested', which names new people."""
    if head.lemma_.lower() not in frame.lexicon("people_nouns"):
        return []
    words = {c.lower_ for c in head.children}
    if "both" not in words and not ("two" in words and words & {"the", "these", "those"}):
        return []
    return _last_two_people(frame, head)


def _the_pair(frame: Frame, head: Token) -> list[Ref]:
    """'the pair' standing for the last two people named, as for 'both'."""
    if head.lemma_.lower() != "pair" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ == "prep" for c in head.children):
        return []
    return _last_two_people(frame, head)


def _last_two_people(frame: Frame, head: Token) -> list[Ref]:
    """The last two people named as actors of a clause (not 'a son of X', not "X's"); names set in apposition
    to one phrase are one person ('his brother Omar, "Z-42",' is one, however the names resolved)."""
    start = window_start(head, 2)
    people: list[Ref] = []
    phrases: set[int] = set()
    for ref in frame.refs_before(head, "person"):
        if ref.span.start < start or len(people) == 2:
            break
        root = ref.span.root
        if root.dep_ == "appos" and frame.name(root.head, "person") not in (None, ref):
            continue  # "Y, a son of X" read with X in apposition to Y: X is named in passing
        while root.dep_ == "appos" and root.head.i != root.i:  # "the jailed kingpin X": as "the kingpin"
            root = root.head
        if root.dep_ == "poss" or root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN") \
                and not together_with(root):
            continue  # "a son of the kingpin X", "X's sons": named in passing (not 'together with his cousin, X')
        if root.i in phrases:
            continue  # a second name of the phrase of a person already taken
        phrases.add(root.i)
        if all(r.entity_id != ref.entity_id for r in people):
            people.append(ref)
    return sorted(people, key=lambda r: r.span.start) if len(people) == 2 else []


def _both_people(frame: Frame, head: Token) -> list[Ref]:
    """'Both were sent to the United States': the last two people named in this sentence or the
    two before, when the subject of their clause is 'both'."""
    if head.lower_ != "both" or head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return _last_two_people(frame, head)


def is_female(frame: Frame, ref: Ref) -> bool:
    """A person named with a woman's given name (patterns/entities.yaml), for 'she' and 'her'. Read once per
    entity as it stands inside read_doc (tokens.memo; salience asks it of every person before a pronoun)."""
    entity = frame.ents.entities[ref.entity_id]
    kept = memo(frame.doc, "female")
    if kept is None:
        return _female(entity)
    found = kept.get(ref.entity_id)
    if found is None or found[0] is not entity:  # an entity given more names since is read again
        found = kept[ref.entity_id] = (entity, _female(entity))
    return found[1]


def _female(entity: Entity) -> bool:
    names = {fold(n).split()[0] for n in KnowledgeBase.names(entity) if n.strip()}
    return bool(names & words_of("female_names"))


def _authority(frame: Frame, head: Token) -> list[Ref]:
    """'US agents', 'Mexican federal forces', 'authorities in Mexico': the country the agents act for
    (their own modifier first: 'US agents in Panama' act for the United States)."""
    for child in head.children:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        ref = frame.name(child, "country", "agency")
        if ref is not None:
            return [ref]
        country = frame.table("demonyms").get(child.lower_)
        if country and frame.kb is not None:
            known = [e for e in frame.kb.lookup(country) if e.kind == "country"]
            if known:
                return [frame.introduce(known[0], child.i)]
    for country in (frame.name(o, "country", "agency") if p == "of" else frame.name(o, "country")
                    for p in ("in", "of") for o in prep_objects(head, p)):  # "agents of the FBI"
        if country is not None:
            return [country]
    if head.dep_ == "conj" and head.head.lemma_.lower() in frame.lexicon("authority_nouns"):
        shared = _authority(frame, head.head)  # "Mexican soldiers and marines": the marines are Mexican too
        demonym = next((c for c in head.head.children if c.dep_ in ("amod", "compound")
                        and c.lower_ in frame.table("demonyms")), None)
        return [_national_force(frame, head, demonym.lower_)] if demonym is not None and _national_force(
            frame, head, demonym.lower_) is not None else shared
    return []


def _national_force(frame: Frame, head: Token, demonym: str) -> Ref | None:
    """The KB agency named by the demonym and the force noun ('Mexican' + 'marines' -> the Navy)."""
    known = [e for e in frame.kb.lookup(f"{demonym} {head.text}") if e.kind == "agency"] if frame.kb else []
    if not known:
        return None
    return frame.introduce(known[0], head.i)


NAMING_NOUNS = frozenset({"name", "initial", "initials", "acronym", "nickname", "abbreviation"})


def _known_as(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """'the faction known as Los Chapitos' -> Los Chapitos; 'a man identified by prosecutors as X' -> X;
    'the faction based in P, known as X' (the name hung on the place) -> X; 'a splinter that calls itself X',
    'a splinter calling itself X', 'a gang known by its initials X' -> X."""
    places = [o for a in children(head) if a.dep_ == "acl" for p in children(a) if p.dep_ == "prep"
              for o in children(p) if o.dep_ == "pobj" and frame.name(o, "place") is not None]
    after = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    stray = [after] if after is not None and after.dep_ == "advcl" and after.lemma_.lower() in ("call", "name") \
        and any(c.lower_ in ("itself", "themselves") for c in after.children) else []  # 'a splinter calling itself X',
    # the participle hung on the verb
    for child in [*children(head), *(c for p in places for c in children(p) if c.i > p.i + 1
                                    and c.doc[c.i - 1].text == ","), *stray]:
        if (child.dep_ == "acl" or child in stray or child.dep_ == "relcl" and _naming_relative(child)) \
                and child.lemma_.lower() in NAMING_CLAUSE_VERBS:
            names = _named_as(child) or [o for a in child.children if a.dep_ == "agent" for w in a.subtree
                                         if w.lower_ == "as" for o in w.children if o.dep_ == "pobj"]
            # 'as' hung on the agent
            names += _named_objects(child)
            names += [x for a in child.children if a.lower_ == "by" for o in a.children if o.dep_ == "pobj"
                      and o.lemma_.lower() in NAMING_NOUNS for x in o.children if x.dep_ == "appos"]
            # 'known by its initials X', 'known on the street by the name X'
            found = [r for o in names for r in parties(frame, o, kinds, depth=depth + 1)]
            if found:
                return found
    return []


# Verbs of a clause that gives a phrase its name: 'a network that police call G', 'referred to as G'.
NAMING_CLAUSE_VERBS = frozenset({*NAMING_VERBS, "identify", "refer"})
RELATIVE_WORDS = frozenset({"that", "which", "whom"})


def _naming_relative(clause: Token) -> bool:
    """A relative clause whose relative is what the clause names, as its subject or object: 'a group that
    became known as G', 'a network, which local media call G', 'a group that the military calls G'."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "mark") and c.lower_ in RELATIVE_WORDS
               for c in clause.children)


def _became_named(frame: Frame, head: Token) -> Ref | None:
    """'the group that (later, would) became known as G', 'the gang which became G': G, read from the words
    (the parser often leaves the clause unhung). Not 'the gang that became the main rival of G'."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.i + 3 >= len(doc) or doc[head.i + 1].lower_ not in (
            "that", "which") or head.lemma_.lower() not in frame.lexicon("collective_nouns", "kind_nouns",
                                                                        "faction_nouns"):
        return None
    become = next((t for t in doc[head.i + 2:min(head.i + 5, len(doc))] if t.lemma_.lower() == "become"
                   or t.lower_ in ("became", "becomes")), None)  # 'became' as an auxiliary keeps its form
    if become is None or any(t.is_punct for t in doc[head.i + 2:become.i]):
        return None
    i = become.i + 1
    if i + 1 < len(doc) and doc[i].lower_ in ("known", "called") and doc[i + 1].lower_ == "as":
        i += 2
    while i < len(doc) and doc[i].lower_ in ("the", "a"):
        i += 1
    group = frame.ref(doc[i], *GROUP) if i < len(doc) else None
    return group if group is not None and group.span.start <= i else None


def _named_as(verb: Token) -> list[Token]:
    """The name after a naming verb's 'as': 'known as G', 'referred to as G'."""
    return [o for prep in verb.children if prep.lower_ == "as" for o in prep.children if o.dep_ == "pobj"]


def _named_objects(verb: Token) -> list[Token]:
    """The name a naming verb gives as its object: 'call G', 'calls itself G' (not the relative itself)."""
    return [o for o in verb.children if o.dep_ in ("oprd", "attr", "dobj", "xcomp")
            and o.lower_ not in ("itself", "themselves", "himself", "what", *RELATIVE_WORDS)]


def free_relative(verb: Token) -> bool:
    """'what we have called G', 'what became known as G': a naming verb whose own subject or object is
    'what' stands, as a whole, for the name it gives; 'what remains of G', 'what is left of G': for G."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_CLAUSE_VERBS and any(
        c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children) \
        or bool(remnant_of(verb))


# Verbs of what is left of a group: 'what remains of G', 'what was left of G'.
REMAINING_VERBS = frozenset({"remain", "leave", "survive"})


def remnant_of(verb: Token) -> list[Token]:
    """The group named in 'what remains (remained, is left, survives) of G': G's remnant, read as G."""
    if verb.lemma_.lower() not in REMAINING_VERBS or not any(
            c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return prep_objects(verb, "of")


def _listed(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """Names in apposition or in parentheses after a common noun: 'factions (A and B)'."""
    found: list[Ref] = []
    for child in children(head):
        if child.dep_ == "appos":
            found.extend(parties(frame, child, kinds, depth=depth + 1))
    for child in children(head):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in children(child):
                if obj.dep_ == "pobj":
                    inner = [c for c in obj.children if c.dep_ == "appos"]
                    for item in inner:
                        found.extend(parties(frame, item, kinds, depth=depth + 1))
    return found


def _named_modifiers(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """'the Los Mayos and Los Chapitos factions' -> both; 'the Sinaloa Cartel's Los Chapitos faction'
    -> Los Chapitos (a name inside the phrase beats its possessor); "the organisation's network", 'its
    network' -> the organisation."""
    lemma = head.lemma_.lower()
    if not (lemma in frame.lexicon("transparent_nouns") or lemma in frame.lexicon("collective_nouns")
            or head.tag_ == "NNS" and lemma in frame.lexicon("kind_nouns")):  # 'the A and B clans'
        return []
    found: list[Ref] = []
    for deps in (("compound", "nmod", "amod"), ("poss",)):
        for child in head.children:
            if child.dep_ in deps:
                found += [r for t in conjuncts(child) if (r := frame.name(t, *kinds)) is not None]
                if len(found) == 1 and child.dep_ != "poss" and head.lower_ in FAMILY_FOLLOWERS:
                    _family_phrase(frame, found[0], head)  # 'the Beltrán Leyva faction'
                if found and kinds == GROUP:  # "CDN and Sinaloa emissaries": the place stands for its group
                    found += [g for t in conjuncts(child) if (p := frame.name(t, "place")) is not None
                              and (g := group_named_after(frame, p, p.span.end)) is not None]
        if found:
            return found
    if kinds == GROUP and head.lemma_.lower() in frame.lexicon("possessed_parts"):
        return [r for c in head.children if c.dep_ == "poss" and (c.pos_ == "NOUN" or c.lower_ in ("its", "their"))
                for r in parties(frame, c, kinds, depth=depth + 1)]  # "its Guerrero wing": as "the organisation's"
    return found


def _examples(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """'states such as A, B and C' / 'groups including A and B' -> A, B, C."""
    found: list[Ref] = []
    for child in children(head):
        such = child.lower_ == "as" and any(c.lower_ == "such" for c in (*child.children, *head.children)) \
            or child.lower_ in ("including", "like") and child.dep_ == "prep"
        if child.dep_ == "prep" and such:
            found += [r for o in child.children if o.dep_ == "pobj" for r in parties(frame, o, kinds, depth=depth + 1)]
    return found


def after_colon(frame: Frame, head: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """'the two main factions of X: A, also called A2, and B' -> A and B, when the parser
    did not attach the list after the colon to the plural noun it names."""
    plural_groups = frame.lexicon("collective_nouns", "faction_nouns", "camp_nouns")
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in plural_groups:
        return []
    listed = _list_after_colon(head)
    if listed is None:
        return []
    found: list[Ref] = []
    for token in listed:
        ref = frame.name(token, *kinds)
        if ref is not None and ref.span.start == token.i and ref not in found:
            found.append(ref)
        elif ref is None and (other := frame.name(token)) is not None and other.kind in ("person", "place", "country") \
                and _listed_item(token, found):
            return []  # people or places in the list: not a plain list of these
    found = distinct_refs(found)
    return found if len(found) >= 2 else []


def _listed_item(token: Token, found: list[Ref]) -> bool:
    """Whether a name after a colon is an item of the list, not a word of an item's description: 'A,
    loyal to P, and B', 'A, led by P' describe the group A ('to', 'by' before P)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return not found or before is None or before.text in (":", ",", ";", "and")


LIST_RUN_WORDS = frozenset({"the", ",", "and", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def _list_after_colon(head: Token) -> Span | None:
    """The rest of the sentence after a colon that closes the phrase of ``head``, or None; after a comma or
    a dash, only the run of names joined by 'and' the parser left unattached ('two factions, the "A" and
    the "B", which ...': the list ends at 'which')."""
    end = head.right_edge.i + 1
    doc = head.doc
    if head.right_edge.i > head.i and head.right_edge.text in (",", "\u2014", "\u2013"):
        end -= 1  # the parser hung the comma on the noun and the names elsewhere
    if end >= head.sent.end or doc[end].text not in (":", ",", "\u2014", "\u2013"):
        return None
    if doc[end].text == ":":
        return doc[end + 1:head.sent.end]
    stop = end + 1
    while stop < head.sent.end and stop - end < 16 and (doc[stop].lower_ in LIST_RUN_WORDS or doc[stop].is_title
                                                         and doc[stop].pos_ == "PROPN"):
        stop += 1
    listed = doc[end + 1:stop]
    return listed if any(t.lower_ == "and" for t in listed) else None


def people_after_colon(frame: Frame, head: Token) -> list[Ref]:
    """The people listed after a colon that closes the phrase of ``head`` ('its leaders: A, B and C')."""
    listed = _list_after_colon(head)
    if listed is None:
        return []
    found: list[Ref] = []
    for token in listed:
        ref = frame.name(token)
        if ref is not None and ref.span.start == token.i:
            if ref.kind != "person":
                return []  # not a plain list of people
            if all(r.entity_id != ref.entity_id for r in found):
                found.append(ref)
    return found if len(found) >= 2 else []


def _through(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """'members of CJNG' -> CJNG; 'gunmen believed to belong to X' -> X; 'its gunmen' -> its group."""
    if kinds == GROUP and head.lower_ in _fighter_nouns():
        owners = [r for c in head.children if c.dep_ == "poss" for r in parties(frame, c, kinds, depth=depth + 1)]
        if owners:
            return owners
    preps = ("of", "from", "in", "around", "near") if "place" in kinds else ("of", "from", "in")
    conjunct = min((c.i for c in head.children if c.dep_ == "conj"), default=len(head.doc))
    children = list(head.children)  # the parser may hang a conjunct's phrase on the first: 'the city and parts of P'
    if head.dep_ == "conj" and not any(c.dep_ == "prep" for c in children):
        children += [c for c in head.head.children if c.dep_ == "prep" and c.i > head.i]
    for child in children:  # "the villages around the town of P": P
        if child.dep_ == "prep" and child.lower_ in preps and (child.i < conjunct or head.dep_ == "conj"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return parties(frame, obj, kinds, depth=depth + 1)
    return _linked_to(frame, head, kinds, depth)


LINKING_WORDS = frozenset({"belong", "link", "tie", "loyal", "connect"})


def _linked_to(frame: Frame, head: Token, kinds: tuple[str, ...], depth: int) -> list[Ref]:
    """The group of 'gunmen believed to belong to X', 'crews linked to X', 'men loyal to X': X."""
    for mod in head.children:
        if mod.dep_ not in ("acl", "relcl", "amod"):
            continue
        for verb in [mod, *(c for c in mod.children if c.dep_ == "xcomp")]:
            if verb.lemma_.lower() in LINKING_WORDS:
                return [r for o in prep_objects(verb, "to") for r in parties(frame, o, kinds, depth=depth + 1)]
    return []


@cache
def _fighter_nouns() -> frozenset[str]:
    return frozenset(load_patterns("ties")["fighter_nouns"])


def _split_whole(frame: Frame, noun: Token, depth: int) -> frozenset[str]:
    """'G split into the two groups, which ...': the group that split, not one of the pair (its parts)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "into" else None
    if verb is None or verb.lemma_.lower() not in frame.lexicon("split_verbs"):
        return frozenset()
    return frozenset(r.entity_id for c in verb.children if c.dep_ == "nsubj"
                     for r in parties(frame, c, GROUP, depth=depth + 1))


def salient_pair(frame: Frame, token: Token, *, besides: frozenset[str] = frozenset()) -> tuple[Ref, ...]:
    """The last two groups named together before ``token`` ('X and Y'), for 'the two groups';
    with no pair named together in this sentence or the one before, the only two groups
    named there ('X's enemy remains Y. The two organisations ...'). Groups in ``besides`` (the
    other end of the claim: 'Both groups had been factions of G') are not of the pair."""
    near = _coordinated_pair(frame, token, since=window_start(token, 1), besides=besides) \
        or _one_and_other_pair(frame, token, besides)
    if near:
        return near
    repeated = _repeated_pair(frame, token, besides)
    if repeated and _new_paragraph(token):
        return repeated  # a paragraph that goes back to the pair its words named before
    start = window_start(token, 1)
    distinct: list[Ref] = []
    for ref in reversed(_mentions_before(frame, token, GROUP)):  # 'its rival is X. The two groups ...
        if ref.span.start < start:
            break
        if ref.entity_id not in besides and all(r.entity_id != ref.entity_id for r in distinct) \
                and not former_members(ref):
            distinct.append(ref)
    if len(distinct) == 2:
        return tuple(sorted(distinct, key=lambda r: r.span.start))
    return _coordinated_pair(frame, token, since=window_start(token, 2), besides=besides) \
        or _paired_by_claim(frame, token, besides) or repeated or _tied_pair_since(frame, token, besides) \
        or _with_the_subject(frame, token, distinct, besides) \
        or _coordinated_pair(frame, token, since=0, besides=besides)


def former_members(ref: Ref) -> bool:
    """'recruiting former Templarios', 'hired ex-Zetas': a plural group name told as its former members, people
    who left it, not the group as a side."""
    root = ref.span.root
    return root.tag_ in ("NNPS", "NNS") and not any(c.dep_ in ("det", "poss") for c in root.children) \
        and any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in root.children)


TIED_SENTENCES = 5  # how far back 'both groups' looks for the last rivalry or alliance told


def _tied_pair_since(frame: Frame, token: Token, besides: frozenset[str]) -> tuple[Ref, ...]:
    """'... a front for A, and the men were taken as suspects of working for its rival, B. "A are the police
    with another T-shirt," an official said. Both groups grew out of G': the pair of the last rivalry or
    alliance told in the five sentences before, when neither its sentence nor those since name a third group."""
    start = token.doc[_worded_start(token, TIED_SENTENCES)].idx
    claims = [c for c in frame.claims.values() if c.predicate in ("ally_of", "rival_of") and c.object_id
              and start <= c.evidence.start < token.sent.start_char and not {c.subject_id, c.object_id} & besides]
    if not claims:
        return ()
    last = max(claims, key=lambda c: c.evidence.start)
    if len({frozenset((c.subject_id, c.object_id)) for c in claims if c.evidence.start == last.evidence.start}) > 1:
        return ()
    since = token.doc.char_span(last.evidence.start, token.idx, alignment_mode="expand")
    named = {r.entity_id for r in frame.refs_in(since, *GROUP, names=True)} if since is not None else set()
    if since is None or named - {last.subject_id, last.object_id} - besides:
        return ()
    span = Span(token.doc, token.i, token.i + 1, label="criminal_group")
    return Ref(span, last.subject_id), Ref(span, last.object_id)  # type: ignore[arg-type]


def _worded_start(token: Token, sentences: int) -> int:
    """Where the ``sentences`` sentences with words before ``token``'s begin (a stray closing quote the parser
    made a sentence of does not count)."""
    first = token.sent
    while sentences and first.start > 0:
        first = token.doc[first.start - 1].sent
        sentences -= any(t.is_alpha for t in first)
    return first.start


def _new_paragraph(token: Token) -> bool:
    """Whether a line break stands between ``token``'s sentence and the one before."""
    first = token.sent[0]
    before = [t for t in token.doc[window_start(token, 1):first.i] if not t.is_space]
    return bool(before) and "\n" in text_of(token.doc)[before[-1].idx + len(before[-1]):first.idx]


def _with_the_subject(frame: Frame, token: Token, near: list[Ref], besides: frozenset[str]) -> tuple[Ref, ...]:
    """'Who are its enemies? Chiefly Y. The two organisations ...': the one group named just before and
    the group the text is about, the one it has named most so far (and more often than any other), the subject
    of a clause at least once (not its former members: 'recruiting former G')."""
    if len(near) != 1 or not any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return ()  # not in a heading ('The armed wing and the rivals')
    counts: dict[str, int] = {}
    acting: set[str] = set()
    for ref in _mentions_before(frame, token, GROUP):
        if ref.entity_id not in besides and ref.entity_id != near[0].entity_id and not former_members(ref):
            counts[ref.entity_id] = counts.get(ref.entity_id, 0) + 1
            if _acting(frame, ref):
                acting.add(ref.entity_id)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or len(ranked) > 1 and ranked[1] == ranked[0]:
        return ()
    main = max(counts, key=lambda i: counts[i])
    if main not in acting:
        return ()  # a group only ever acted on ('armed themselves against G', 'pushed G out'): not what the text
        # is about
    other = next((r for r in frame.refs_before(token, *GROUP) if r.entity_id == main), None)
    if other is None:
        return ()
    return tuple(sorted((other, near[0]), key=lambda r: r.span.start))


REPEAT_SENTENCES = 6  # how far back 'the two gangs' looks for the same words said before


def _repeated_pair(frame: Frame, token: Token, besides: frozenset[str]) -> tuple[Ref, ...]:
    """'B broke away from A. The two gangs have fought since. [C, now A's partner, stayed out.] In 2022 the two
    gangs agreed a truce': a pair noun said again ('the two gangs', 'both gangs') stands for the pair it stood
    for the last time, in the six sentences before (salient_pair prefers it to the two groups named in the
    sentence before only across a paragraph break: within one, the pair named last is the one meant)."""
    if token.tag_ != "NNS" or not _definite_plural(token):
        return ()
    lemma = token.lemma_.lower()
    earlier = [t for t in token.doc[window_start(token, REPEAT_SENTENCES):token.sent.start]
               if t.tag_ == "NNS" and t.lemma_.lower() == lemma and _definite_plural(t) and _count(t) in (None, 2)
               and not _of_somewhere(frame, t) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]
    if not earlier:
        return ()
    pair = salient_pair(frame, earlier[-1], besides=besides)
    return pair if len(pair) == 2 else ()


def _one_and_other_pair(frame: Frame, token: Token, besides: frozenset[str]) -> tuple[Ref, ...]:
    """'One faction, which called itself A, was led by X. The other, later known as B, was headed by Y. The two
    factions fought': A and B, the one group named before the verb of 'One ...' and of 'the other ...' (or after
    it: 'On one side is A ... On the other is B') in the three sentences before (or one cut by a semicolon)."""
    doc = token.doc
    words = doc[window_start(token, 3):token.sent.start]
    ones = [t for t in words if t.lower_ == "one" and _opens_clause(t, on=True)]
    others = [t for t in words if t.lower_ == "other" and t.i > 0 and doc[t.i - 1].lower_ == "the"
              and _opens_clause(doc[t.i - 1], on=True)]
    if len(ones) != 1 or len(others) != 1 or others[0].i < ones[0].i:
        return ()
    sides = [_subject_names(frame, word, besides) for word in (ones[0], others[0])]
    if any(len(side) != 1 for side in sides) or sides[0][0].entity_id == sides[1][0].entity_id:
        return ()
    return sides[0][0], sides[1][0]


def _opens_clause(word: Token, *, on: bool = False) -> bool:
    """A word that begins its sentence or follows a semicolon (with ``on``, also after an opening 'on')."""
    if on and word.i > word.sent.start and word.doc[word.i - 1].lower_ == "on":
        word = word.doc[word.i - 1]
    return word.i == word.sent.start or word.doc[word.i - 1].text == ";"


def _subject_names(frame: Frame, word: Token, besides: frozenset[str]) -> list[Ref]:
    """The groups named from ``word`` to the main verb of its clause (the sentence's root or a verb conjoined
    to it): 'One faction, which called itself A, was led by' -> A."""
    end = next((t.i for t in word.doc[word.i + 1:word.sent.end] if t.pos_ in ("VERB", "AUX")
                and (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT")), None)
    if end is None:
        return []
    named = [r for r in frame.refs_in(word.doc[word.i:end], *GROUP, names=True) if r.entity_id not in besides]
    root = word.doc[end]
    if not named and root.lemma_ == "be" and word.doc[word.i - 1].lower_ in ("on", "the"):
        named = [r for c in root.children if c.dep_ == "nsubj" and c.i > end  # 'On one side is A, led by X'
                 and (r := frame.name(c, *GROUP)) is not None and r.entity_id not in besides]
    if len(named) > 1 and all(r.span.root.dep_ == "oprd" or r.span.root.dep_ == "pobj" and r.span.root.head.lower_
                              == "as" for r in named):
        return named[-1:]  # 'The other, first known as A and later as B': B, the name it came to bear
    return named


PAIRING = frozenset({"ally_of", "rival_of", "faction_of", "negotiated_with"})


def _paired_by_claim(frame: Frame, token: Token, besides: frozenset[str]) -> tuple[Ref, ...]:
    """The two groups of the last group-to-group claim read in the two sentences before ``token``, from a
    sentence that names no third group ('H broke away from G. The breakaway was seen as a rival. The two
    groups ...': H and G); a sentence about more groups does not make its pair the one meant, unless its
    one pair is allies or rivals ('A works for C, in alliance with B. Both groups ...': A and B)."""
    start = token.doc[window_start(token, 2)].idx
    claims = [c for c in frame.claims.values() if c.predicate in PAIRING and c.object_id
              and start <= c.evidence.start < token.sent.start_char
              and not {c.subject_id, c.object_id} & besides]
    if not claims:
        return ()
    last = max(claims, key=lambda c: c.evidence.start)
    sentence = token.doc.char_span(last.evidence.start, last.evidence.end, alignment_mode="expand")
    there = [c for c in claims if c.evidence.start == last.evidence.start]
    pairs = {frozenset((c.subject_id, c.object_id)) for c in there}
    sided = len(pairs) == 1 and all(c.predicate in ("ally_of", "rival_of") for c in there)
    side_by_side = [c for c in there if c.predicate in ("ally_of", "rival_of")]
    described = {c.subject_id for c in there if c not in side_by_side}
    if not sided and len({frozenset((c.subject_id, c.object_id)) for c in side_by_side}) == 1 and len(described) == 1 \
            and all(c in side_by_side or c.predicate == "faction_of" for c in there) \
            and described <= {side_by_side[0].subject_id, side_by_side[0].object_id}:
        last, sided = side_by_side[0], True  # 'A worked with B, then the armed wing of G. The two ...': A and B,
        # the pair set side by side (the third group only tells what B was)
    if sentence is None or not sided and {r.entity_id for r in frame.refs_in(sentence, *GROUP, names=True)} - {
            last.subject_id, last.object_id}:
        return ()  # a third group named there, unless the one pair that sentence set side by side ('A, in
        # alliance with B, ... Both groups')
    span = Span(token.doc, token.i, token.i + 1, label="criminal_group")
    return (Ref(span, last.subject_id), Ref(span, last.object_id))  # type: ignore[arg-type]


def _coordinated_pair(frame: Frame, token: Token, *, since: int, besides: frozenset[str] = frozenset()
                      ) -> tuple[Ref, ...]:
    for ref in frame.refs_before(token, *GROUP):
        if ref.span.start < since:
            break
        if ref.entity_id in besides:
            continue
        head = ref.span.root
        partners = [frame.name(t, *GROUP) for t in conjuncts(head)[1:] + _same_preposition_objects(head)]
        if head.dep_ == "conj":
            partners.append(frame.name(head.head, *GROUP))
        for other in partners:
            if other is not None and other.entity_id != ref.entity_id and other.entity_id not in besides:
                return (other, ref) if other.span.start < ref.span.start else (ref, other)
    return ()


def _same_preposition_objects(word: Token) -> list[Token]:
    """The objects of the prepositions coordinated with the one ``word`` is the object of: 'support to A and to
    B', 'clashed with A and with B' (the parser hangs the second 'to' on the verb or on the first 'to')."""
    prep = word.head
    if word.dep_ != "pobj" or prep.pos_ != "ADP":
        return []
    others = [c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    if prep.dep_ == "prep":
        others += [c for c in prep.head.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > prep.i]
    elif prep.dep_ == "conj":
        others += [prep.head] if prep.head.pos_ == "ADP" else [
            c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i]
    return [o for other in others if other.lower_ == prep.lower_ for o in other.children if o.dep_ == "pobj"]


def _led_by(frame: Frame, head: Token) -> list[Ref]:
    """'the faction led by X': a group in the document or KB named after X, else X's faction; in
    apposition to a group's name ('the Corleonesi, the faction of G led by X'), that group."""
    if head.dep_ == "appos" and (named := frame.name(head.head, "criminal_group")) is not None:
        return [named] if any(c.dep_ == "acl" and c.lemma_.lower() in frame.lexicon("leader_passive")
                              for c in head.children) else []
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in frame.lexicon("leader_passive"):
            for agent in child.children:
                if agent.dep_ == "agent":
                    leaders = [r for obj in agent.children if obj.dep_ == "pobj"
                               for r in parties(frame, obj, ("person",))]
                    if leaders:
                        group = named_after(frame, head, leaders[0])
                        _part_of_named(frame, head, group)
                        return [group]
    return []


def _part_of_named(frame: Frame, head: Token, part: Ref) -> None:
    """'a cell of G headed by X': the part a leader's name gives a group is a faction of the group the phrase
    names ('of G'), said in passing. Only an indefinite part: 'H, the faction of G headed by the sons of X' is
    a description of H, whose leaders the parse may miss."""
    if head.lemma_.lower() not in frame.lexicon("faction_nouns") or head.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in head.children):
        return
    for whole in [r for o in prep_objects(head, "of") if (r := frame.name(o, *GROUP)) is not None]:
        if whole.entity_id != part.entity_id:
            frame.emit("faction_of", part, whole, head, "faction_of.led_part.v1", presupposed=True)


PARTICIPLES = {"lead": "led", "head": "headed", "run": "run", "command": "commanded", "direct": "directed"}


def led_unnamed(frame: Frame, noun: Token) -> Ref | None:
    """'X headed a criminal cell dedicated to ...', 'X ran a network near the border': a group the text names
    only through the one person who leads it, read as 'criminal cell headed by X' (the same group as "X's
    organisation" later). Not a part of a named group ('a CJNG cell', 'a cell of G', 'a Sinaloa cell'), nor a
    group led out of another ('led a group out of G to form H'), nor one a denial speaks of ('has never led
    a gang')."""
    verb = noun.head
    participle = PARTICIPLES.get(verb.lemma_.lower())
    if noun.dep_ != "dobj" or noun.tag_ != "NN" or participle is None or verb.pos_ != "VERB" \
            or noun.lemma_.lower() not in frame.lexicon("led_group_nouns", "led_group_class_nouns") \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
            or any(c.dep_ in ("poss", "appos") or c.dep_ == "prep" and c.lower_ in ("of", "within")
                   for c in noun.children):
        return None
    words = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    if noun.lemma_.lower() not in frame.lexicon("led_group_nouns") \
            and not any(c.lower_ in frame.lexicon("led_group_modifiers") for c in words):
        return None  # 'headed a working group', 'ran a network of reporters': no criminal group said
    if any(not c.is_lower or frame.name(c) is not None for c in words) or any(
            c.dep_ == "neg" or c.lower_ == "never" or c.dep_ in ("prep", "prt") and c.lower_ in ("out", "away", "from")
            or c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("form", "create", "found") for c in verb.children):
        return None
    people = [r for c in verb.children if c.dep_ == "nsubj" for r in parties(frame, c, ("person",))]
    if len(people) != 1 or people[0].span.root.pos_ != "PROPN":
        return None
    wording = " ".join([*(c.text for c in words), noun.lower_, participle, "by"])
    group = named_after(frame, noun, people[0], wording, by_nickname=False)  # 'El Chapo Isidro heads a network':
    # not Los Chapitos
    echo(frame, noun, group)
    return group


def _known_by_name(frame: Frame, words: list[Token]) -> Ref | None:
    """The group a 'known as X' / 'called X' clause on one of ``words`` names."""
    for word in words:
        for verb in word.children:
            if verb.dep_ in ("acl", "appos") and verb.lemma_.lower() in NAMING_VERBS:
                for obj in [o for p in verb.children if p.lower_ == "as" for o in p.children] + \
                        [o for o in verb.children if o.dep_ == "oprd"]:
                    if (ref := frame.name(obj, "criminal_group")) is not None:
                        return ref
    return None


def called_after_place(frame: Frame, head: Token) -> list[Ref]:
    """'the G faction based in P, known as X': X, whose 'known as' the parser hangs on the place."""
    places = [o for c in head.children if c.dep_ == "acl" for o in prep_objects(c, "in")]
    return [r for p in places for v in p.children if v.dep_ == "acl" and v.lemma_.lower() in ("know", "call")
            for o in prep_objects(v, "as") for r in parties(frame, o, GROUP)]


LOYAL_WORDS = frozenset({"loyal", "attributed"})


def loyal_to(frame: Frame, head: Token) -> list[Ref]:
    """The people of 'the faction loyal to X', 'groups loyal to X', 'the faction attributed to X'."""
    words = [c for c in head.children if c.dep_ in ("amod", "acl")]
    if head.i + 1 < len(head.doc) and head.doc[head.i + 1].head == head.head != head:
        words.append(head.doc[head.i + 1])  # "pitted the faction loyal to X": 'loyal' hung on the verb
    return [r for c in words if c.lower_ in LOYAL_WORDS
            for obj in prep_objects(c, "to") for r in parties(frame, obj, ("person",)) or _surname_of(frame, obj)]


def _surname_of(frame: Frame, word: Token) -> list[Ref]:
    """A lone capitalised surname the tagger did not take for a name ('loyal to López'): the one person
    named before whose surnames (the last two words after the first name) hold it."""
    if not word.is_title or any(c.dep_ in ("compound", "det") for c in word.children):
        return []
    key = fold(word.text)
    found = {r.entity_id: r for r in frame.refs_before(word, "person")
             if key in fold(frame.ents.entities[r.entity_id].name).split()[1:][-2:]}  # "López" of "Dámaso López Núñez"
    if len(found) != 1:
        return []
    span = Span(word.doc, word.i, word.i + 1, label="person")
    return [Ref(span, next(iter(found)))]


LED_PARTS = frozenset({"faction", "wing", "camp"})


def person_faction(frame: Frame, head: Token) -> Ref | None:
    """'the Mayo Zambada faction', "G's Zambada faction": a faction noun whose modifier, right before it,
    is a person's name stands for the faction that person leads (read as 'the faction led by X')."""
    if head.lemma_.lower() in POSSESSED_PARTS and head.tag_ == "NN" and (owned := _possessed_faction(frame, head)):
        return owned  # "Valenciano's side", "X's faction"
    if head.lemma_.lower() not in LED_PARTS or head.tag_ != "NN" or head.i == 0:
        return None  # not 'a Beltrán-Leyva splinter': a part broken off from what the name stands for
    person = frame.name(head.doc[head.i - 1], "person")
    if person is None or person.span.end != head.i or person.span.root.head.i != head.i \
            or person.span.root.dep_ not in ("compound", "nmod", "amod"):
        return None
    return named_after(frame, head, person)


POSSESSED_PARTS = LED_PARTS | {"side"}


def _possessed_faction(frame: Frame, head: Token) -> Ref | None:
    """"Sebastián's faction", "Valenciano's side", "X's camp": the faction the person leads, read as 'the
    faction led by X', which keeps the text's own phrase as an alias."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    person = frame.name(owner, "person") if owner is not None else None
    if owner is None or person is None or person.span.root.i != owner.i:
        return None
    return named_after(frame, head, person)


def possessed_aliases(frame: Frame) -> None:
    """"Valenciano's side", "El Credo's people", "X's faction" in sentences no rule read: where the text has
    named a group after X or said which one group X leads ('the faction led by X'), the phrase is kept as that
    group's alias, as when a rule reads it (no group is made, no claim)."""
    nouns = POSSESSED_PARTS | frame.lexicon("owned_group_nouns", "led_group_nouns", "led_group_class_nouns")
    tokens = tokens_of(frame.doc)
    for i, word in enumerate(texts(frame.doc, LOWER)):  # the words read as an array: no Token made at every word
        if word not in nouns:
            continue
        head = tokens[i]
        if head.pos_ != "NOUN" or any(c.dep_ in OWNER_NOISE for c in head.children):
            continue
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        person = frame.name(owners[0], "person") if len(owners) == 1 else None
        if person is None or person.span.root.i != owners[0].i or _shared_owner(head.doc, person.span.start):
            continue
        if (group := _known_named_after(frame, head, person, by_nickname=False)) is not None:
            keep_phrase(frame, group.entity_id, head.doc[person.span.start:head.i + 1])


OWNER_NOISE = frozenset({"amod", "compound", "nmod", "nummod", "appos", "det"})


def owned_group(frame: Frame, head: Token, owner: Token | None = None) -> Ref | None:
    """"Marset's network", "Chamalé's organisation", "Meza Flores's gunmen": a group noun (patterns/relations.yaml
    owned_group_nouns) owned by a person the text names, when the text has not said which group that person
    leads: the group named after them ('the faction led by X', or one known by their nickname), keeping the
    phrase as an alias. Not "his network" (a pronoun), "Marset's old network" (another), "A's and B's men" (two
    owners), nor an official's people ("Governor X's men", a title before the name; or one the text made an
    official). ``owner`` is the possessor where the parser hung it elsewhere ("X's cell reports to G", read as
    the noun 'reports')."""
    if head.lower_ not in frame.lexicon("owned_group_nouns") or any(c.dep_ in OWNER_NOISE for c in head.children):
        return None
    owners = [owner] if owner is not None else [c for c in head.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].pos_ != "PROPN" or head.dep_ == "poss":
        return None
    person = frame.name(owners[0], "person")
    if person is None or person.span.root.i != owners[0].i or owners[0].left_edge.i < person.span.start \
            or _shared_owner(head.doc, person.span.start) \
            or told_groups(frame, [person], ("leader_of", "founder_of")) or any(
                c.subject_id == person.entity_id and c.predicate == "official_of" for c in frame.claims.values()):
        return None
    wording = f"{head.lemma_.lower()} of" if head.lemma_.lower() in LEADERS_GROUPS else "faction led by"
    small = head.lemma_.lower() in frame.lexicon("led_group_nouns")  # "El Ruso's cell" is no KB's 'Los Rusos'
    group = named_after(frame, head, person, wording, by_nickname=not small)  # 'network of X', as
    # group_names.person_networks names it
    if owner is not None:  # the phrase named_after keeps only when the owner hangs on the noun
        keep_phrase(frame, group.entity_id, head.doc[person.span.start:head.i + 1])
    return group


def _shared_owner(doc: Doc, start: int) -> bool:
    """Whether the owner starting at ``start`` is the second of two ("Palma's and Guzmán's men"): the men of
    two people, no one person's group."""
    return start >= 2 and doc[start - 1].lower_ in ("and", "or") and doc[start - 2].tag_ == "POS"


def follower_names(frame: Frame, head: Token) -> tuple[list[Ref], list[Ref]]:
    """The person and the group of 'the followers of X, known as G' (the parser hangs 'known as' on X) or
    "X's loyalists, known as G": the people who follow X are G, which X leads; nothing without such a name."""
    if head.lower_ not in frame.lexicon("follower_nouns") or head.tag_ != "NNS":
        return [], []
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + [
        o for o in prep_objects(head, "of") if o.pos_ == "PROPN"]
    people = [r for o in owners for r in parties(frame, o, ("person",))]
    named = [r for w in (head, *owners) for c in w.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call")
             for o in prep_objects(c, "as") for r in parties(frame, o, GROUP)]
    return (people[:1], named[:1]) if len(people) == 1 and named else ([], [])


def _followed_by_name(frame: Frame, head: Token) -> list[Ref]:
    """'the G loyalists', 'the followers of X', 'the X loyalists', 'the Sinaloa people' (a place: the group
    named after it): the group a follower noun names by a modifier, or the group the text or KB names after
    the person it names ('the Zambada loyalists' -> 'Los Mayos' after 'El Mayo'); none when no such group is
    known (no new group is made)."""
    owners = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [
        o for o in prep_objects(head, "of") if o.pos_ == "PROPN"]  # "X's men": led_group
    groups = [r for o in owners if (r := frame.ref(o, *GROUP)) is not None]
    if groups:
        return groups[:1]
    places = [r for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i
              and (r := frame.name(c, "place")) is not None]  # the tagger may call 'Tepic' an adjective
    if places:  # "worked with the Sinaloa people", "the Jalisco men arrived": the group named after the place
        local = group_named_after(frame, places[0], head.i + 1)
        return [local] if local is not None else []
    people = [r for o in owners if (r := frame.ref(o, "person")) is not None]
    if len(people) != 1 or len(told_groups(frame, people, ("leader_of", "founder_of"))) > 1:
        return []  # two groups of his: the text does not say which
    group = _known_named_after(frame, head, people[0])
    return [group] if group is not None else []


def group_around(frame: Frame, head: Token) -> list[Ref]:
    """The person of 'a group around X', 'the faction around X': the one the group gathers around, who leads it."""
    if head.lemma_.lower() not in frame.lexicon("collective_nouns") | frame.lexicon("faction_nouns") \
            or head.lemma_.lower() in frame.lexicon("personal_parts"):
        return []
    return [r for obj in prep_objects(head, "around") if obj.pos_ != "PRON" for r in parties(frame, obj, ("person",))
            if r.span.root.pos_ == "PROPN" and obj.left_edge.i <= r.span.start <= obj.right_edge.i]  # 'around X',
    # 'around his nephew, X'; not 'around him' (a crowd, not a following)



def _loyal_group_leaders(frame: Frame, head: Token) -> list[Ref]:
    """The person any group noun is loyal to ('the cells loyal to X', 'networks loyal to X')."""
    if head.lemma_.lower() not in frame.lexicon("collective_nouns") | frame.lexicon("faction_nouns"):
        return []
    return loyal_to(frame, head)


def named_after(frame: Frame, head: Token, leader: Ref, wording: str = "faction led by", *,
                by_nickname: bool = True) -> Ref:
    """The group a phrase names through its leader: one it is known as, the one group the text said the leader
    leads, one whose name comes from the leader's nickname ('Los Mayos' after 'El Mayo'; not with
    ``by_nickname`` false), else a new group '<wording> <leader>'."""
    group = _named_after(frame, head, leader, wording, by_nickname)
    words = head.doc[min(head.i, leader.span.start):max(head.i + 1, leader.span.end)]
    if head.left_edge.i <= leader.span.start and leader.span.end <= head.right_edge.i + 1 \
            and leader.span.root.pos_ == "PROPN" and not any(t.text == "," for t in words):
        keep_phrase(frame, group.entity_id, words)  # the name inside the phrase ('X's faction', 'the cell led by X';
        # not 'the group around his nephew, X')
    return group


def _named_after(frame: Frame, head: Token, leader: Ref, wording: str, by_nickname: bool) -> Ref:
    known = _known_named_after(frame, head, leader, by_nickname=by_nickname)
    if known is not None:
        return known
    person = frame.ents.entities[leader.entity_id]
    start, end = min(head.left_edge.i, leader.span.start), max(head.i + 1, leader.span.end)
    return frame.introduce(Entity.make("criminal_group", f"{wording} {person.name}"), start, end)


def _known_named_after(frame: Frame, head: Token, leader: Ref, *, by_nickname: bool = True) -> Ref | None:
    """The group a phrase names through its leader that the text or KB already knows: one it is known as, the
    one the text said the leader leads or named after his surnames, one named after the leader's nickname;
    else None."""
    person = frame.ents.entities[leader.entity_id]
    if (called := _known_by_name(frame, [head, leader.span.root])) is not None:
        return called  # "the faction loyal to X, known as Los Y"
    if (led := _led_faction(frame, leader) or group_of_surnames(frame, leader.entity_id)) is not None:
        return Ref(Span(head.doc, head.left_edge.i, head.i + 1, label="criminal_group"), led)  # a group the text
    # said the leader leads, or one it names after him alone ('the Rudaj Organization' for "Rudaj's men")
    stems = {_stem(n) for n in _nicknames(person)} - {""} if by_nickname else set()
    start, end = min(head.left_edge.i, leader.span.start), max(head.i + 1, leader.span.end)
    in_doc = [frame.ents.entities[r.entity_id] for r in frame.ents.refs if r.kind == "criminal_group"]
    known = list(frame.kb.entities.values()) if frame.kb is not None else []
    for group in in_doc + known:
        if group.kind == "criminal_group" and _group_stem_matches(group, stems):
            return frame.introduce(group, start, end)
    return None


def keep_phrase(frame: Frame, entity_id: str, words: Span) -> None:
    """Keep the words a text names a group by through a person ('Valenciano's side', 'group loyal to X', 'the
    Beltrán Leyva brothers') as an alias of the group they were read as, without the leading article, so that
    the group is one entity under every form the text uses."""
    phrase = words.text.strip()
    if words and words[0].lower_ in ("the", "a", "an"):
        phrase = words[1:].text.strip()
    if phrase and fold(phrase) != fold(frame.ents.entities[entity_id].name):
        frame.ents.add_alias(entity_id, phrase)


RANKS = frozenset({"comandante", "commander", "jefe", "don", "senor", "licenciado", "ingeniero", "general"})


def _led_faction(frame: Frame, leader: Ref) -> str | None:
    """The one group the text already said the leader leads, when it is a faction of another or a group
    the knowledge base does not know ('X, the leader of Los Metros, the Gulf Cartel's cell ... the cell
    led by X'): that group. A cartel the KB knows is not 'the faction led by' its boss, but a part of it."""
    led = {c.object_id for c in frame.claims.values() if c.predicate == "leader_of" and c.subject_id == leader.entity_id
           and c.object_id and c.polarity.value == "positive" and frame.ents.entities.get(c.object_id) is not None
           and frame.ents.entities[c.object_id].kind == "criminal_group"}
    factions = {c.subject_id for c in frame.claims.values() if c.predicate == "faction_of"}
    if len(led) != 1:
        return None
    group = next(iter(led))
    return group if group in factions or not group.startswith("kb-") else None


def _nicknames(person: Entity) -> list[str]:
    """Nicknames after an article, less those that start with a rank ('El Comandante X')."""
    return [a.name for a in person.aliases if (w := fold(a.name).split())[0] in ("el", "la")
            and (len(w) < 2 or w[1] not in RANKS)]


@lru_cache(maxsize=1 << 14)
def _stem(name: str) -> str:
    """The first four letters of a name's first word after an article ('Los Mayos' -> 'mayo')."""
    words = [w for w in fold(name).split() if w not in ("el", "la", "los", "las")]
    return words[0][:4] if words and len(words[0]) >= 4 else ""


DIMINUTIVES = ("itos", "itas", "illos", "illas")


def _group_stem_matches(group: Entity, stems: set[str]) -> bool:
    """A group named after the nickname's stem ('Los Mayos' after 'El Mayo'), by a name that opens with a plural
    article as such names do (not 'Almighty Latin Kings' after 'El Almirante'); not one named as the little ones
    of that name ('Los Chapitos', El Chapo's sons, are not the faction led by El Chapo)."""
    if fold(group.name).endswith(DIMINUTIVES):
        return False
    names = KnowledgeBase.names(group)
    return any(_stem(n) in stems for n in names if _stem(n) and fold(n).split()[0] in ("los", "las"))
