"""Two groups told apart by their leaders: 'This was a fight between two groups. One is led by X, and the other
by Y.' / 'One faction is headed by X; the other is run by Y.'

Each side is the group its person leads (phrases.named_after: a group the text already said the person leads,
else 'faction led by X'), and the words 'one' and 'the other' are remembered as those groups, so that 'Both
groups belong to G' or 'the two factions' in the next sentence stands for the pair (phrases.salient_pair reads
the groups named or read just before); a name the next sentences give a side through its leader ("Saldívar's
people", "El Credo's group") is kept as the group's alias. Read only when 'the other' answers 'one' in the
sentence or the next, a person is named after each 'by', and a group noun or a group's name comes in this
sentence or the two before ('two groups', 'the cartel split'): 'Two agencies took part. One is headed by X' names
no group.
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.rules.anaphora import window_start
from testigo.extract.rules.dispatch import RuleSet, relations, starts
from testigo.extract.rules.phrases import GROUP, echo, keep_phrase, named_after

__all__ = ["one_and_other_rules"]

PASSIVE_AUX = frozenset({"is", "was", "are", "were"})
CLAUSE_ENDS = frozenset({";", "."})
LATER = 3  # sentences after the pair in which a side's name through its leader is looked for


@starts(lemmas=(relations("leader_passive"),))
def _one_and_the_other(frame: Frame, token: Token) -> None:
    """'One is led by X, and the other by Y': X leads one group of the pair, Y the other."""
    one = _side_before(token, "one")
    if token.pos_ != "VERB" or one is None or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "by":
        return
    other = _the_other_after(token)
    if other is None or not _groups_near(frame, one):
        return
    first, second = _leader_after(frame, token.i + 1, other.i), _leader_after(frame, _by_after(other), None)
    if first is None or second is None or first.entity_id == second.entity_id:
        return
    for side, person in ((one, first), (other, second)):
        # named through 'the' of 'the other': the parser may hang 'by Y' on 'other', whose words are no name
        group = named_after(frame, side if side.lower_ == "one" else side.doc[side.i - 1], person)
        echo(frame, side, group)
        _named_later(frame, group, person, side)
        frame.emit("leader_of", person, group, token, "leader_of.one_and_the_other.v1")


def _side_before(verb: Token, word: str) -> Token | None:
    """The subject 'one' ('one faction') right before 'is led': the word of the pair it stands for."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ not in PASSIVE_AUX:
        return None
    side = doc[verb.i - 2]
    if side.lower_ == word:
        return side
    if side.lemma_.lower() in relations("collective_nouns", "faction_nouns")() and doc[verb.i - 3].lower_ == word:
        return doc[verb.i - 3]  # 'One faction is headed by X'
    return None


def _the_other_after(verb: Token) -> Token | None:
    """'the other' after the clause of ``verb``, in its sentence or the next."""
    doc = verb.doc
    end = verb.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    return next((t for t in doc[verb.i + 1:end - 1] if t.lower_ == "other" and doc[t.i - 1].lower_ == "the"), None)


def _by_after(other: Token) -> int:
    """Where 'by' comes after 'the other': right after it ('and the other by Y') or after its own passive
    verb ('the other is led by Y'); -1 when it does not."""
    doc = other.doc
    for i in range(other.i + 1, min(other.i + 4, len(doc))):
        if doc[i].lower_ == "by":
            return i
        if doc[i].text in CLAUSE_ENDS:
            break
    return -1


def _leader_after(frame: Frame, by: int, stop: int | None) -> Ref | None:
    """The person named after 'by' at ``by``, before ``stop`` and the clause's end; of the names there ('an
    inmate known as "El Z-27," Juan Pedro Saldívar Farías'), all one person's, the longest."""
    if by < 0:
        return None
    doc = frame.doc
    end = doc[by].sent.end if stop is None else stop
    found: list[Ref] = []
    for token in doc[by + 1:end]:
        if token.text in CLAUSE_ENDS:
            break
        ref = frame.name(token, "person")
        if ref is not None and ref.span.root.i == token.i:
            found.append(ref)
    return max(found, key=lambda r: len(frame.ents.entities[r.entity_id].name.split()), default=None)


def _named_later(frame: Frame, group: Ref, person: Ref, side: Token) -> None:
    """Keep "X's people", "X's group" of the next sentences, X the side's leader, as the side's name."""
    doc = side.doc
    end = side.sent.end
    for _ in range(LATER):
        end = doc[end].sent.end if end < len(doc) else end
    nouns = relations("owned_group_nouns", "collective_nouns", "faction_nouns")()
    for token in doc[side.sent.end:end]:
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        named = frame.name(owner, "person") if owner is not None else None
        if token.lemma_.lower() in nouns and token.tag_ in ("NN", "NNS") and named is not None \
                and named.entity_id == person.entity_id:
            keep_phrase(frame, group.entity_id, doc[owner.left_edge.i:token.i + 1])


def _groups_near(frame: Frame, one: Token) -> bool:
    """A group noun ('the cartel', 'two groups', 'two cells'; not 'took part') or a group's name in the sentence
    of 'one' or the two before it."""
    start = window_start(one, 2)
    nouns = relations("collective_nouns", "camp_nouns")()
    parts = relations("faction_nouns")()
    return any(t.i != one.i + 1 and (t.lemma_.lower() in nouns or t.lemma_.lower() in parts and t.tag_ == "NNS")
               or frame.name(t, *GROUP) is not None for t in one.doc[start:one.sent.end])


one_and_other_rules = RuleSet(_one_and_the_other)
