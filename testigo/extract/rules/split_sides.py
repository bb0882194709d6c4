"""The sides of a split, named after it: a faction noun with no group of its own names a part of the group
whose split its sentence or the sentence before told.

- "The Gulf cartel then split against itself. Costilla's loyalists, known as the Metros, clashed with the
  Rojos, a faction loyal to the Cardenas family" (the Metros and the Rojos are factions of the Gulf cartel);
- "The group has since splintered, and the faction known as H is now the strongest" (H);
- "The capture tore the cartel apart. The faction loyal to X, known as H, ..." (H);
- "The organisation divided. The faction loyal to the family became H" (H);
- "G is far from united. The report describes three rival factions: A, B and C" (A, B and C);
- "G split. On one side stood his sons, known as H; on the other, X" (H); "an open dispute inside G. On one
  side stood ..." (strife inside a group splits it).

The split is a verb of splitting with the group as its subject ('G splintered', 'G is divided') or its
object ('the arrest split G', 'tore G apart'); a group that splits *from* another is that group's faction,
read elsewhere, and no side here. The faction noun has no owner ('of G', "G's", 'the G faction'); one with
an owner is read by groups.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import GROUP, after_colon, parties

__all__ = ["split_side_rules"]

SPLITTING = frozenset({"split", "splinter", "fracture", "fragment", "divide", "break", "tear", "rip",
                       "disintegrate", "crumble"})
APART = frozenset({"apart", "up"})  # 'tore G apart', 'broke up': these verbs split only with it
NEEDS_APART = frozenset({"tear", "rip"})
INTO_PARTS = frozenset({"war", "piece", "fragment", "half", "two", "three", "side", "bloc", "group"})
AWAY = frozenset({"away", "off", "from", "out"})  # 'split from G', 'broke away': the subject is the part
SIDE_WORDS = frozenset({"loyalist", "loyalists"})  # "X's loyalists, known as H"
NAMING = frozenset({"know", "call", "name", "dub"})
STRIFE = frozenset({"dispute", "war", "infighting", "feud", "struggle", "rift"})  # 'a dispute inside G'
SIDE = "side"  # 'On one side stood X, known as H
PARTICIPLES = {"split": "split", "splintered": "splinter", "fractured": "fracture", "fragmented": "fragment",
               "divided": "divide", "broken": "break", "torn": "tear"}  # when tagged adjectives


def _split_group(frame: Frame, verb: Token) -> Ref | None:
    """The one group a verb of splitting says splits: 'G split', 'G has splintered', 'G is divided',
    'the arrest split G', 'tore G apart'; None for 'X split from G' and for any other verb."""
    lemma = PARTICIPLES.get(verb.lower_, verb.lemma_.lower()) if verb.pos_ == "ADJ" else verb.lemma_.lower()
    if lemma not in SPLITTING or verb.pos_ not in ("VERB", "ADJ"):
        return None
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    if parts & AWAY or lemma in NEEDS_APART and not parts & APART:
        return None
    into = [o.lemma_.lower() for p in verb.children if p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    if into and not set(into) & (INTO_PARTS | frame.lexicon("faction_nouns", "camp_nouns", "collective_nouns")):
        return None  # 'broke into a house', 'split into the market': no split of the group
    if verb.dep_ in ("amod", "acl", "relcl"):
        return None  # 'the divided cartel', 'a group split from G': said in passing of a noun
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    said_of = objects or [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acomp":  # 'G is divided'
        said_of = [c for c in verb.head.children if c.dep_ == "nsubj"]
    groups = [r for s in said_of for r in parties(frame, s, GROUP)]
    return groups[0] if len({r.entity_id for r in groups}) == 1 else None


def _not_united(frame: Frame, word: Token) -> Ref | None:
    """'G is far from united', 'G is no longer united', 'G is not united': the group is split."""
    if word.lower_ != "united" or word.dep_ == "amod":
        return None
    verb = word if word.pos_ in ("VERB", "AUX") else next(
        (a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    far = word.dep_ == "pobj" and word.head.lower_ == "from" and word.head.head.lower_ == "far"
    denied = far or any(c.dep_ == "neg" or c.lower_ == "longer" for t in {word, verb, *word.children}
                        for c in [t, *t.children])
    if not denied:
        return None
    groups = [r for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for r in parties(frame, c, GROUP)]
    return groups[0] if len({r.entity_id for r in groups}) == 1 else None


def _strife_inside(frame: Frame, word: Token) -> Ref | None:
    """'an open dispute inside G', 'the war within G': strife inside one group splits it."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in STRIFE:
        return None
    groups = [r for p in word.children if p.dep_ == "prep" and p.lower_ in ("inside", "within")
              for o in p.children if o.dep_ == "pobj" for r in parties(frame, o, GROUP)]
    return groups[0] if len({r.entity_id for r in groups}) == 1 else None


def _side_stood(frame: Frame, side: Token) -> list[Ref]:
    """'On one side stood X, known as H' / 'on the other side were H': the group on a side of a split, the
    subject of the verb 'on one side' hangs on, or what its phrase says it is known as."""
    verb = side.head.head
    if side.dep_ != "pobj" or side.head.lower_ != "on" or verb.pos_ not in ("VERB", "AUX") \
            or not any(c.lower_ in ("one", "other") for c in side.children):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "attr", "dobj")]  # the parser may read the
    # inverted subject as an object
    namings = [w for s in subjects for w in s.subtree if w.dep_ == "acl"]
    namings += [w for w in verb.children if w.dep_ == "advcl" and subjects and w.i > subjects[0].i]  # the parser
    named = [o for w in namings if w.lemma_.lower() in NAMING  # may hang ', known as H' on the verb
             for p in w.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    named += [s for s in subjects if frame.name(s, *GROUP) is not None]
    return [r for t in named for r in parties(frame, t, GROUP)]


def _split_before(frame: Frame, noun: Token) -> Ref | None:
    """The group whose split the noun's sentence (before the noun) or the sentence before it tells; None
    when none is told or more than one group splits."""
    sentence = noun.sent
    words = list(noun.doc[sentence.start:noun.i])
    if sentence.start > 0:
        previous: Span = noun.doc[sentence.start - 1].sent
        words = list(previous) + words
    found = {r.entity_id: r for w in words
             if (r := _split_group(frame, w) or _not_united(frame, w) or _strife_inside(frame, w)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _owned(frame: Frame, noun: Token) -> bool:
    """Whether the noun names its own group: 'of G', "G's", 'the G faction'."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(frame.ref(o, *GROUP) is not None for o in owners)


def _sides(frame: Frame, noun: Token) -> list[Ref]:
    """The groups the noun names: 'the faction known as H', 'the faction loyal to X, known as H', 'the
    faction ... became H', 'three factions: A, B and C', 'H, a faction loyal to X', 'factions, A and B'."""
    named: list[Token] = [c for c in noun.children if c.dep_ == "appos"]
    for word in noun.subtree:  # 'known as H' on the noun or on the name of its phrase ('loyal to X, known as H')
        if word.dep_ == "acl" and word.lemma_.lower() in NAMING and (
                word.head == noun or frame.ref(word.head, *GROUP) is None):
            named += [o for p in word.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in ("become", "be"):
        named += [c for c in noun.head.children if c.dep_ == "attr"]  # 'the faction loyal to X became H'
    if noun.dep_ == "appos":
        named.append(noun.head)  # 'the Rojos, a faction loyal to the family'
    found = [r for t in named for r in parties(frame, t, GROUP) if frame.name(t, *GROUP) is not None
             or any(frame.name(c, *GROUP) is not None for c in t.subtree)]
    return found + after_colon(frame, noun, GROUP)


@starts(lemmas=(relations("faction_nouns", "camp_nouns"), *SIDE_WORDS, SIDE))
def _side_of_split(frame: Frame, token: Token) -> None:
    """'G split. The faction known as H ...': H is a faction of G. 'G split. On one side stood his sons, known
    as H': H too."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in frame.lexicon("faction_nouns", "camp_nouns") | SIDE_WORDS | {SIDE} \
            or _owned(frame, token):
        return
    sides = _side_stood(frame, token) if lemma == SIDE else None
    if sides == [] or (parent := _split_before(frame, token)) is None:
        return
    for side in sides if sides is not None else _sides(frame, token):
        if side.entity_id != parent.entity_id:
            frame.emit("faction_of", side, parent, token, "faction_of.side_of_split.v1", presupposed=True)


split_side_rules = RuleSet(_side_of_split)
