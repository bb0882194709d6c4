"""Role nouns and what they make: "leader", "co-founder", "plaza boss" -> leader_of, founder_of,
member_of of the groups the noun names ("head of security for G", "a CJNG plaza boss", "X's
lieutenant"). Helpers shared by the person rules; no rule lives here.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame, Serving
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.phrases import (
    GROUP,
    free_relative,
    parties,
    prep_objects,
    topic,
)
from testigo.extract.tokens import children

__all__ = ["emit_roles", "interrupted_conjunct", "of_groups", "one_of", "role", "role_title", "role_words",
           "titles_a_name"]

PERSON = ("person",)


@cache
def role_words() -> frozenset[str]:
    words = load_patterns("relations")
    return frozenset(part for name in ("leader_nouns", "founder_nouns", "member_nouns", "posted_nouns")
                     for w in words[name] for part in {w, w.split()[-1]}) | {"second", "number"}
    # "money launderer" is found at "launderer", "second in command" at "second", "number two" at "number"


def ranked_number(noun: Token) -> Token | None:
    """'the organisation's number two': the rank of 'number' (its 'of' phrase may hang on the rank)."""
    if noun.lower_ != "number" or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "nummod" and c.lower_ in ("two", "three", "2", "3")), None)


def second_in_command(noun: Token) -> bool:
    """'second in command' written as three words, read at 'second'."""
    return noun.lower_ == "second" and noun.pos_ in ("NOUN", "ADJ") and any(
        o.lower_ == "command" for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)


def _glosses(noun: Token) -> list[Token]:
    """The translation in brackets right after a (foreign) role word: '"halcones" (lookouts)', '"jefe de plaza"
    (local boss)'."""
    return [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "NOUN"
            and "(" in (c.left_edge.text, noun.doc[c.left_edge.i - 1].text)]


def role(frame: Frame, noun: Token) -> str | None:
    """leader_of, founder_of or member_of for a role noun, from the noun and its modifiers."""
    words = role_words()
    if noun.lower_ not in words and noun.lemma_.lower() not in words:  # most tokens: answer at once
        return None
    if noun.lower_ == "number":
        return "member_of" if ranked_number(noun) is not None else None  # a senior member, not the leader
    lemma = "second-in-command" if second_in_command(noun) else noun.lemma_.lower()
    modifiers = {c.lower_ for c in children(noun) if c.dep_ in ("amod", "compound", "nmod")}
    previous = noun.doc[noun.i - 2:noun.i] if noun.i >= 2 else noun.doc[0:0]
    if lemma in frame.lexicon("founder_nouns") or modifiers & frame.lexicon("founder_modifiers") \
            or any(t.lower_ in ("co", "co-") for t in previous):
        return "founder_of"
    before = noun.doc[noun.i - 1].lower_ + " " + noun.lower_ if noun.i else ""
    if before in frame.lexicon("member_nouns") or modifiers & frame.lexicon("local_modifiers", "function_modifiers"):
        return "member_of"  # "plaza boss", "security chief", "regional commander", "financial head"
    if lemma in frame.lexicon("rank_nouns") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return "member_of"  # "a former CJNG commander": one of its many
    if lemma in frame.lexicon("leader_nouns") or noun.lower_ in frame.lexicon("leader_nouns") and lemma != "second":
        return "member_of" if _heads_a_function(frame, noun) else "leader_of"
    if lemma in frame.lexicon("member_nouns") or noun.lower_ in frame.lexicon("member_nouns"):
        return "member_of"
    if lemma in frame.lexicon("posted_nouns") and (_posted(frame, noun) or _served_post(frame, noun)):
        return "member_of"  # "X, the Sinaloa organisation's man in Guadalajara", "Y's man for the police"
    return None


def _served_post(frame: Frame, noun: Token) -> bool:
    """A person's own man somewhere or for something: "Y's man in Nogales", "his man for dealing with the
    military" (a henchman of Y's, served after the rules have run; not 'his man' alone, nor 'a man in P')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.lower_ in ("his", "her") or frame.ref(owner, *PERSON) is not None) \
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "for") for c in noun.children)


def _posted(frame: Frame, noun: Token) -> bool:
    """A group's own man somewhere: 'the cartel's man in P', "G's woman at the port" (not 'a man in P', nor
    "Guzmán's man in P": a person's man is read by the rules of serving a boss)."""
    owned = any(c.dep_ == "poss" and frame.ref(c, *GROUP) is not None for c in noun.children)
    return owned and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") for c in noun.children)


def _heads_a_function(frame: Frame, noun: Token) -> bool:
    """'head of security', 'chief of finance': a post inside a group, not its leadership."""
    from testigo.extract.rules.splits import LOCAL_PARTS

    groupish = frame.lexicon("collective_nouns", "transparent_nouns") | LOCAL_PARTS  # "head of the families of P"
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in groupish and frame.name(o) is None
               for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def role_title(noun: Token) -> str:
    owners = {t.i for c in children(noun) if c.dep_ == "poss" for t in c.subtree}  # "Y's right-hand man"
    words = [t for t in noun.subtree if t.i <= noun.i and t.i not in owners and t.dep_ not in ("det", "punct", "case")]
    return " ".join(t.text for t in words if t.pos_ in ("ADJ", "NOUN", "VERB", "PROPN") or t.i == noun.i) + (
        " in command" if second_in_command(noun) else "")


def of_groups(frame: Frame, noun: Token) -> list[Ref]:
    holders = [noun] + ([o for p in noun.children if p.lower_ == "in" for o in p.children if o.lower_ == "command"]
                        if second_in_command(noun) else [])  # "the second in command of G": 'of G' hangs on 'command'
    holders += [rank] if (rank := ranked_number(noun)) is not None else []  # "the number two of G"
    holders += _glosses(noun)  # 'worked as "halcones" (lookouts) for G': 'for G' hangs on the gloss
    objects = [obj for n in holders for prep in n.children if prep.dep_ == "prep"
               and prep.lower_ in ("of", "in", "within", "for") for obj in prep.children
               if (obj.dep_ == "pobj" or obj.dep_ == "pcomp" and free_relative(obj)) and obj.lower_ != "command"]
    # "a senior figure in what police call G": the clause names G
    functions = [obj for obj in objects if obj.pos_ == "NOUN" and frame.name(obj) is None
                 and not parties(frame, obj, GROUP)]  # "security", "finances": a post's field, no group
    objects += [o for obj in functions for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "in")
                for o in p.children if o.dep_ == "pobj"]  # "head of security for G"
    objects += [p for obj in functions for p in obj.children
                if p.dep_ == "poss" and p.pos_ != "PRON"]  # "head of G's finances"
    from testigo.extract.rules.splits import branch_of, local_part

    groups = [r for obj in objects for r in [branch_of(frame, obj) or local_part(frame, obj)]
              if r is not None]  # "head of G's Serbian branch", "head of the mandamento of P"
    objects = [obj for obj in objects if not _some_part(frame, obj)]
    groups += [] if groups else [r for obj in objects for r in parties(frame, obj, GROUP)]
    sides = [o for o in prep_objects(noun, "on") if o.lemma_.lower() in frame.lexicon("side_nouns")]
    groups += [r for side in sides for c in side.children if c.dep_ in ("compound", "poss", "nmod", "amod")
               for r in parties(frame, c, GROUP)]  # "a senior figure on the G side"
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    modifiers += [g for c in modifiers if c.dep_ == "compound" and frame.name(c) is None
                  for g in c.children if g.dep_ == "compound"]  # "a CJNG plaza boss"
    groups += [r for c in modifiers for r in parties(frame, c, GROUP)]
    return groups or _they_formed(frame, noun)


FORMING = frozenset({"form", "found", "create", "establish", "launch", "start"})


def _they_formed(frame: Frame, noun: Token) -> list[Ref]:
    """'A dozen bosses walked out and formed G. Their leader, X, ...': 'their' are the people who formed
    the group the sentence before names, and their leader leads it."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) or noun.sent.start == 0:
        return []
    previous = noun.doc[noun.sent.start - 1].sent
    for verb in previous:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORMING:
            continue
        doers = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        subject = next((c for d in doers for c in d.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NNS" or frame.name(subject) is not None:
            continue  # a named group formed it ('G formed H'): 'their' is G's
        return [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c, GROUP)]
    return []


def _some_part(frame: Frame, noun: Token) -> bool:
    """'the leaders of a faction of G': an unnamed part of G, whose leaders do not lead G."""
    return frame.name(noun) is None and noun.lemma_.lower() in frame.lexicon("faction_nouns") and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in noun.children) and \
        not any(c.dep_ in ("compound", "nmod", "appos", "acl") for c in noun.children)


def _bosses(frame: Frame, noun: Token, person: Ref) -> list[Ref]:
    """The people a henchman noun serves: "X's lieutenant", "a lieutenant of X", "a gunman for X", "worked as a
    lieutenant under X"; 'his' of one described as "his right-hand man" is someone else (_pronoun_boss)."""
    bosses = [r for c in noun.children if c.dep_ == "poss"
              for r in (_pronoun_boss(frame, c, person) if c.pos_ == "PRON" else parties(frame, c, PERSON))]
    return bosses + [r for p in ("of", "for", "under") for o in prep_objects(noun, p)
                     for r in parties(frame, o, PERSON)]


def _pronoun_boss(frame: Frame, pronoun: Token, person: Ref) -> list[Ref]:
    """Whom 'his' ('her') stands for in "Y was identified as his second-in-command", "Y, described as his right-hand
    man": never Y, whom the words describe; another person named before it in the sentence, the nearest ("A's
    brother Y was his second-in-command": A); else the one the pronoun is read back to, else the last person
    the sentence before names."""
    if pronoun.lower_ not in ("his", "her"):
        return parties(frame, pronoun, PERSON)
    sent = pronoun.sent
    before = [r for r in frame.refs_before(pronoun, *PERSON) if r.entity_id != person.entity_id]
    same = [r for r in before if r.span.start >= sent.start]
    if same:
        return same[:1]
    read = [r for r in parties(frame, pronoun, PERSON) if r.entity_id != person.entity_id]
    if read:
        return read
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return [r for r in before[:1] if r.span.start >= start]


def emit_roles(frame: Frame, person: Ref, noun: Token, how: str, *, presupposed: bool = True,
               cue: Token | None = None) -> None:
    """Every role noun coordinated with ``noun`` ('co-founder and leader of Y'); a role said of
    a subject ('X is regarded as the head of Y') is asserted, not presupposed. ``cue``, when given, is the
    word whose mood and source the roles take (the first of two roles the parser split apart)."""
    nouns = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    owned = {n.i: of_groups(frame, n) for n in nouns}
    groups = [g for n in nouns for g in owned[n.i]]
    for n in nouns:
        predicate = role(frame, n)
        if predicate is None:
            continue
        if n is not noun and not owned[n.i] and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                                     for c in n.children):
            continue  # "the leader of G and a former police officer": a role of its own, in no group named
        for group in groups:
            frame.emit(predicate, person, group, cue if cue is not None else n, f"{predicate}.{how}.v1",
                       title=role_title(n), presupposed=presupposed)
        henchman = second_in_command(n) or ranked_number(n) is not None or n.lemma_.lower() in frame.lexicon(
            "henchman_nouns", "posted_nouns") or any(
            c.dep_ == "amod" and c.lower_ in frame.lexicon("henchman_nouns") for c in n.children)  # right-hand man
        henchman = henchman or predicate == "member_of" and n.lemma_.lower() in frame.lexicon("leader_nouns")
        # "X's chief of operations", "X's security chief": a post inside the group X leads
        bosses = _bosses(frame, n, person) if henchman and not groups else []
        for boss in bosses:  # "X's second in command": a member of the group X leads (once the rules have run)
            frame.served.append(Serving(person, boss, n, f"member_of.{how}.v1", role_title(n), presupposed))
        if second_in_command(n) and not groups and not bosses and not any(
                c.dep_ in ("poss", "prep") for c in n.children if c.lower_ != "in"):
            group = topic(frame, n, GROUP)  # "X, who is believed to be second in command": of the group in hand
            for one in [group] if group is not None else []:
                frame.emit("member_of", person, one, n, f"member_of.{how}_in_hand.v1", title=role_title(n),
                           presupposed=presupposed)


def interrupted_conjunct(noun: Token) -> Token | None:
    """'X was a driver and, until 2010, a member of G', 'regard X as its founder and, for most of its existence,
    its leader': a noun coordinated with a predicate noun across an aside set off by commas after 'and', which
    the parser hangs on the aside. The first noun (an attribute, or the object of 'as'), else None."""
    doc = noun.doc
    start = noun.left_edge.i
    if start < 4 or doc[start - 1].text != "," or noun.dep_ not in ("appos", "dep", "conj", "npadvmod", "pobj", "dobj"):
        return None
    opening = next((i for i in range(start - 2, max(start - 12, 1), -1)
                    if doc[i].text == "," and doc[i - 1].lower_ == "and"), None)
    if opening is not None and noun.dep_ == "pobj" and noun.head.i != opening + 1:
        return None  # "from 2015, the leader of H" hung on the aside's own preposition, not any object
    if opening is None or doc[opening + 1].pos_ not in ("ADP", "ADV", "VERB", "SCONJ") or any(
            t.text in (",", ";") or t.lower_ == "and" for t in doc[opening + 1:start - 1]):
        return None  # "a driver and, until 2010, a member": one aside, opened by a preposition or adverb
    first = doc[opening - 2]
    while first.dep_ in ("compound", "amod") and first.head.i > first.i or first.dep_ == "pobj" \
            and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
        first = first.head if first.dep_ != "pobj" else first.head.head  # "the founder of G and, ...": the founder
    if first.pos_ != "NOUN" or not (first.dep_ in ("attr", "oprd") or first.dep_ == "pobj"
                                    and first.head.lower_ == "as"):
        return None
    return first


def titles_a_name(frame: Frame, noun: Token) -> bool:
    """'the Sinaloa Cartel leader Joaquín Guzmán': the role belongs to the name after it."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return frame.ref(nxt, *PERSON) is not None


def one_of(token: Token) -> Token:
    """'one of the leaders' -> 'leaders'."""
    if token.lower_ != "one":
        return token
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), token)
