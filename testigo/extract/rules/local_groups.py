"""Groups the text names only by the place they hold: 'the Piedras Negras trafficking cell was run by X',
'the Palermo group constituted a zone of G', 'the Torreón faction has fought G since 2015'.

A place name with a group noun (patterns/relations.yaml place_group_nouns) and at most a few words of what
the group does ('trafficking', 'criminal', 'local') names a group of its own, called by those words ('Piedras
Negras trafficking cell'), when a relation rule reads it as a party and no group of the text or the knowledge
base is named after the place (that one is read first: 'the Sinaloa group' is the Sinaloa Cartel). Not a
plaza ('the Tijuana plaza' is a territory), not a part of a group the phrase names ('the Reynosa cell of G',
"G's Reynosa cell": rules/splits.branch_of), nor a group the words say is of another kind ('the Monterrey
business group').
"""

from __future__ import annotations

from spacy.tokens import Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.model import Entity

__all__ = ["place_named_group"]

POINTING = frozenset({"the", "this", "that"})


def place_named_group(frame: Frame, head: Token) -> Ref | None:
    """The group 'the P [doing-words] <group noun>' names, as a new group called by the words from the place
    to the noun; None for any other phrase."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in frame.lexicon("place_group_nouns"):
        return None
    if any(c.dep_ in ("poss", "nummod", "appos") or c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None  # "G's Reynosa cell", "the Reynosa cell of G": a part of G (splits.branch_of); "the Rio faction,
        # G": G
    if head.dep_ in ("appos", "attr"):
        return None  # "G, the Rio de Janeiro faction", "G is the Rio faction": a description of G
    doc = head.doc
    det = doc[head.left_edge.i]  # read from the words: the parser may hang 'the' on the place
    if det.lower_ not in POINTING or det.i + 1 >= head.i:
        return None
    doing = frame.lexicon("led_group_modifiers")
    first = next((t for t in doc[det.i + 1:head.i] if not (t.is_lower and t.lower_ in doing)), None)
    place = frame.name(first, "place") if first is not None else None  # 'the local Apatzingán cell'
    if place is None or place.span.start != first.i or place.span.end > head.i:
        return None
    if any(not t.is_lower or t.lower_ not in doing for t in doc[place.span.end:head.i]):
        return None  # 'the Monterrey business group', 'the Tijuana Arellano cell'
    name = doc[place.span.start:head.i + 1].text  # 'Piedras Negras trafficking cell'
    return frame.introduce(Entity.make("criminal_group", name), place.span.start, head.i + 1)
