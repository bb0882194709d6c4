"""A group named by its distinctive words and another generic head is the group the KB (or the text) knows.

'the Santa Rosa de Lima gang' is the KB's Santa Rosa de Lima Cartel, 'the Sinaloa organisation' the
Sinaloa Cartel, 'the Beltrán Leyva organisation' the Beltrán-Leyva Organization: the words that tell
one group from another ('santa rosa de lima') stay, the generic head ('gang', 'cartel', 'organisation',
'group') and the article go. Heads that make another kind of group ('clan', 'family', 'faction', 'wing')
stay in the key: 'the Gulf Clan' is not 'the Gulf Cartel'. Used by testigo/extract/components.py (KB
groups) and testigo/extract/entities.py (groups named earlier in the same text).
"""

from __future__ import annotations

from spacy.tokens import Span

from testigo.extract.extensions import ext
from testigo.kb import KnowledgeBase
from testigo.model import name_key

__all__ = ["GENERIC_HEADS", "distinct_key", "groups_by_distinct_words", "kb_index"]

GENERIC_HEADS = frozenset({"cartel", "cartels", "cártel", "organization", "organisation", "gang", "group",
                           "syndicate", "organizacion", "organización"})
ARTICLES = frozenset({"the", "los", "las", "la", "el"})
JOINERS = frozenset({"de", "del", "of"})


def distinct_key(name: str) -> str:
    """The words of a group's name without its article and generic head ('santa rosa de lima' for
    'the Santa Rosa de Lima gang' and 'Santa Rosa de Lima Cartel'; 'sinaloa' for 'Cártel de Sinaloa');
    empty when nothing but generic words is left."""
    words = name_key(name).split()
    while words and words[0] in ARTICLES:
        words = words[1:]
    heads = {name_key(w) for w in GENERIC_HEADS}
    if words and words[0] in heads:  # 'Cártel de Sinaloa', 'Organización Beltrán Leyva'
        words = words[1:]
        while words and words[0] in JOINERS | ARTICLES:
            words = words[1:]
    elif words and words[-1] in heads:  # 'Sinaloa Cartel', 'Sinaloa drug cartel'
        words = words[:-1]
        if words and words[-1] == "drug":
            words = words[:-1]
    else:
        return ""
    return " ".join(words) if words and not all(w in JOINERS | ARTICLES for w in words) else ""


def kb_index(kb: KnowledgeBase) -> dict[str, str]:
    """Distinctive key -> the one KB group whose name or alias has it (keys two groups share are left out)."""
    owners: dict[str, set[str]] = {}
    for entity in kb:
        if entity.kind != "criminal_group":
            continue
        for name in KnowledgeBase.names(entity):
            key = distinct_key(name)
            if key:
                owners.setdefault(key, set()).add(entity.id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


def groups_by_distinct_words(chosen: list[Span], index: dict[str, str]) -> None:
    """A group span the KB does not know by its exact name, named with a generic head ('the Sinaloa
    organisation'), takes the KB group whose distinctive words are the same."""
    for span in chosen:
        if span.label_ != "criminal_group" or ext(span, "kb_id") or span[-1].norm_ not in GENERIC_HEADS \
                and span[0].norm_ not in GENERIC_HEADS:
            continue
        found = index.get(distinct_key(span.text))
        if found is not None:
            span._.kb_id = found
            span._.full_name = None
