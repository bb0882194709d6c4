"""Groups a text names by the surnames of people it names: 'the Díaz Parada group', 'the Guzmán-Palma
organization', 'the Flores Drug Trafficking Organization' (group_names.surname_groups).

Such a name says whose group it is: leadership.surname_leaders makes each of those people its leader, and
"X's men", "X's crew" read through X (phrases.named_after) stand for it rather than for a new 'faction led by X'.
"""

from __future__ import annotations

from spacy.tokens import Span

from testigo.extract.frame import Frame
from testigo.extract.group_names import surname_owners
from testigo.extract.lexicon import fold

__all__ = ["group_of_surnames", "surname_people", "surname_words"]


def surname_words(frame: Frame, group: Span) -> list[str]:
    """The folded words of a group's name before its group noun and the words of its trade ('flores' of 'the
    Flores Drug Trafficking Organization'; '-' kept between two men's surnames); none when it does not end on
    a group noun."""
    if not len(group) or group[-1].lower_ not in frame.lexicon("led_group_nouns", "led_group_class_nouns"):
        return []
    words = [t for t in group[:-1] if t.lower_ != "the"]
    while words and words[-1].lower_ in frame.lexicon("led_group_modifiers", "led_group_class_nouns"):
        words.pop()  # 'Drug Trafficking' of 'the Flores Drug Trafficking Organization'
    return [fold(t.text) if t.text != "-" else "-" for t in words]


def surname_people(frame: Frame, group: Span) -> list[str]:
    """The people (entity ids) whose surnames make up the name ``group`` (surname_words); none when the name is
    not made so or a surname is two people's."""
    surnames = surname_words(frame, group)
    if not surnames:
        return []
    people = [(eid, [fold(w) for w in e.name.replace("-", " ").split()])
              for eid, e in frame.ents.entities.items() if e.kind == "person" and len(e.name.split()) >= 2]
    return [people[n][0] for n in surname_owners(surnames, [name for _, name in people])]


def group_of_surnames(frame: Frame, person: str) -> str | None:
    """The one group of the text (not one the KB knows) named after ``person`` alone by his surnames ('the Rudaj
    Organization' for Alex Rudaj; not 'the Guzmán-Palma group', two men's); None when there is none or several."""
    found = {r.entity_id for r in frame.ents.refs if r.kind == "criminal_group" and not r.entity_id.startswith("kb-")
             and surname_people(frame, r.span) == [person]}
    return next(iter(found)) if len(found) == 1 else None
