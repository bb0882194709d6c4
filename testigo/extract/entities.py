"""From entity spans to the entities of one document (in-document coreference).

Invariant: every entity span of the Doc maps to exactly one Entity. KB spans map to
the KB entity; an acronym defined in parentheses, a nickname introduced by "known
as"/"alias", and a repeated surname map to the entity named before them; anything
else becomes a new entity whose id hashes its kind and folded name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from testigo.extract.distinct_names import distinct_key
from testigo.extract.extensions import ext
from testigo.extract.lexicon import fold, load_patterns
from testigo.extract.name_repairs import NICKNAME_STARTS, abbreviates
from testigo.kb import KnowledgeBase
from testigo.model import Alias, Entity, Mention, name_key

__all__ = ["DocEntities", "Ref", "Resolved", "distinct_refs", "resolve_entities"]


@dataclass(frozen=True, slots=True)
class Ref:
    """One entity span and the entity it names."""

    span: Span
    entity_id: str
    # the span's label, read once: the rules ask a reference's kind some 3,000 times per article, and each
    # ``span.label_`` looks the label up in the vocabulary's strings (the label is set before the Ref is made)
    kind: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", self.span.label_)

    @classmethod
    def at(cls, token: Token, entity_id: str, kind: str) -> Ref:
        """A reference to an entity of ``kind`` made at one word that stands for it (not its name)."""
        return cls(Span(token.doc, token.i, token.i + 1, label=kind), entity_id)


def distinct_refs(refs: Iterable[Ref]) -> list[Ref]:
    """The references in order, one per entity (its first)."""
    seen: dict[str, Ref] = {}
    for ref in refs:
        seen.setdefault(ref.entity_id, ref)
    return list(seen.values())


@dataclass(frozen=True, slots=True)
class Resolved(Ref):
    """A pronoun or description ('it', 'the gang') read back to the entity it stands for (rules/coref.py):
    its span is the word itself."""


@dataclass(slots=True)
class DocEntities:
    """The entities of one document and where each is mentioned."""

    refs: list[Ref] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    by_token: dict[int, Ref] = field(default_factory=dict)

    def ref_at(self, token_index: int) -> Ref | None:
        """The entity reference covering a token, if any."""
        return self.by_token.get(token_index)

    def add(self, span: Span, entity: Entity) -> Ref:
        known = self.entities.get(entity.id)
        self.entities[entity.id] = _merge(known, entity) if known else entity
        ref = Ref(span, entity.id)
        self.refs.append(ref)
        for i in range(span.start, span.end):
            self.by_token[i] = ref
        return ref

    def add_alias(self, entity_id: str, alias: str) -> None:
        entity = self.entities[entity_id]
        self.entities[entity_id] = _merge(entity, Entity(entity.id, entity.kind, entity.name, (Alias(alias),)))

    def mentions(self, document_id: str) -> list[Mention]:
        return [Mention(document_id, r.entity_id, r.span.start_char, r.span.end_char, r.span.text)
                for r in self.refs]


def _merge(known: Entity, new: Entity) -> Entity:
    names = {name_key(known.name)} | {name_key(a.name) for a in known.aliases}
    extra = []
    for alias in (Alias(new.name),) + new.aliases:
        if name_key(alias.name) not in names:
            names.add(name_key(alias.name))
            extra.append(alias)
    if not extra:
        return known
    return Entity(known.id, known.kind, known.name, known.aliases + tuple(extra), known.external_ids)


def _clean(text: str) -> str:
    """A name without surrounding quote marks or a possessive ending."""
    text = text.strip("'\u2018\u2019\"\u201c\u201d ")
    for ending in ("'s", "\u2019s"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    return text


CLOSING_QUOTES = ('"', "\u201d")
INSIDE_QUOTE_MARKS = (",", ".")  # American style: 'Juan Pérez, "El Credo." ...', '"La Barbie," a ...'


def _quote_closes(doc: Doc, end: int) -> bool:
    """A closing quote mark at ``end`` and a mark that ends the phrase after it ('"Valenciano", ...'), or the
    comma or full stop that American style puts inside the quote ('"El Credo."', '"La Sierra," was ...')."""
    if end + 1 >= len(doc):
        return False
    if doc[end].text in CLOSING_QUOTES:
        return doc[end + 1].text in (",", ";", ".", ")", "\u2014")
    return doc[end].text in INSIDE_QUOTE_MARKS and doc[end + 1].text in CLOSING_QUOTES


class _Resolver:
    """Walks the entity spans in text order and names each one's entity."""

    def __init__(self, doc: Doc, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.kb = kb
        self.out = DocEntities()
        self.local: dict[str, str] = {}  # folded name or alias -> entity id
        self.distinct: dict[str, str] = {}  # a group's name without article and generic head -> entity id
        self.cues = [[fold(w) for w in cue] for cue in load_patterns("entities")["nickname_cues"]]

    def run(self) -> DocEntities:
        ents = list(self.doc.ents)
        for n, span in enumerate(ents):
            entity_id = self._known(span) or self._alias_of_previous(span) or self._named_before_nickname(
                span, ents[n + 1] if n + 1 < len(ents) else None) or self._new(span)
            known = self.out.entities.get(entity_id)
            if known is not None and known.kind == "person" and span.label_ in ("organization", "place") \
                    and not span._.kb_id:
                span.label_ = "person"  # 'captured Otoniel': the model's guess yields to the person named so
            self._add(span, entity_id)
        return self.out

    def _add(self, span: Span, entity_id: str) -> None:
        entity = self.out.entities.get(entity_id) or self.kb.entities[entity_id]
        ref = self.out.add(span, entity)
        text = _clean(span.text)
        if name_key(text) != name_key(entity.name):
            self.out.add_alias(entity_id, text)
        for other in (ext(span, "nickname"), ext(span, "also_named")):
            if other and name_key(other) != name_key(entity.name):
                self.out.add_alias(entity_id, other)
        for key in (name_key(text), name_key(ext(span, "nickname") or ""), name_key(ext(span, "also_named") or ""),
                    name_key(ext(span, "full_name") or "")):  # 'CASTELLANO, Mr Renee' is also 'Renee Castellano'
            if key:
                self.local.setdefault(key, ref.entity_id)
        if entity.kind == "criminal_group":
            for name in (text, entity.name):
                key = distinct_key(name) or " ".join(_without_article(name_key(name)))
                if key:
                    self.distinct.setdefault(key, ref.entity_id)

    def _known(self, span: Span) -> str | None:
        if ext(span, "kb_id"):
            return self._nickname_here(span) or str(ext(span, "kb_id"))
        key = name_key(ext(span, "full_name") or _clean(span.text))
        found = self.local.get(key)
        if found is None and span.label_ == "criminal_group":
            # 'the Rojas gang' after 'the Rojas Organization': the same distinctive words, another generic head
            found = self._with_or_without_article(key) or self.distinct.get(distinct_key(_clean(span.text)) or "-")
        if found is not None and span.label_ == "person" and self.out.entities[found].kind == "criminal_group" \
                and len(span) == 1 and self._by_surname(span.text) is not None:
            return None  # 'Contini was arrested' after 'the Contini clan' and 'Edoardo Contini': the man
        if found is not None and span.label_ in ("person", "criminal_group") \
                and self.out.entities[found].kind in ("place", "country"):
            return None  # 'Guerrero said' after 'Ramiro Guerrero Ocampo': the person, not the state named before;
            # 'the Kotor clan' after 'the Bay of Kotor': the group named after the place
        return found

    def _with_or_without_article(self, key: str) -> str | None:
        """'Rastrojos' and 'Los Rastrojos' (in either order) name one group the KB does not know."""
        words = key.split()
        if not words:
            return None
        others = [" ".join(words[1:])] if words[0] in ("los", "las") and len(words) > 1 else \
            [f"los {key}", f"las {key}"]
        for other in others:
            found = self.local.get(other)
            if found is not None and self.out.entities[found].kind == "criminal_group":
                return found
        return None

    def _nickname_here(self, span: Span) -> str | None:
        """'Luis Pérez Soto, "El Ingeniero"': a nickname the text gives the person just named is
        theirs, even when the KB knows another person by it."""
        previous = self.out.refs[-1] if self.out.refs else None
        kb_entity = self.kb.entities.get(str(ext(span, "kb_id")))
        if previous is None or kb_entity is None or kb_entity.kind != "person" or previous.span.label_ != "person" \
                or previous.entity_id == kb_entity.id or name_key(_clean(span.text)) == name_key(kb_entity.name) \
                or span._.nickname:
            return None
        return previous.entity_id if self._is_defined_by(span, previous) else None

    def _alias_of_previous(self, span: Span) -> str | None:
        """An acronym in parentheses, a nickname after 'known as', or a repeated surname."""
        previous = self.out.refs[-1] if self.out.refs else None
        if previous is not None and self._is_defined_by(span, previous):
            span.label_ = previous.span.label_
            return previous.entity_id
        if span.label_ in GUESSED_KINDS and not span._.kb_id:
            group = self._group_named_so(span) or self._short_group_name(span)
            if group is not None:
                span.label_ = "criminal_group"
                return group
        if span.label_ == "person" and not ext(span, "kb_id"):
            person = self._nickname_by_copula(span)
            if person is not None:
                return person
        if span.label_ in ("person", "organization") and len(span) <= 3 and not span._.full_name:
            found = self._by_surname(span.text) if span.label_ == "person" or all(
                t.is_title for t in span) else None
            if found is not None:
                span.label_ = "person"  # "Ibarra Soto's brother": the model's organisation is the person
            return found
        return None

    def _named_before_nickname(self, span: Span, following: Span | None) -> str | None:
        """'Ecuador extradited Adolfo Macías, "Fito", the leader of ...': a short form of a name the knowledge
        base knows, set off right before a quoted nickname of that same person, is that person."""
        if span.label_ != "person" or following is None or not following._.kb_id or len(span) < 2:
            return None
        known = self.kb.entities.get(str(following._.kb_id))
        between = [t.text for t in self.doc[span.end:following.start]]
        if known is None or known.kind != "person" or between not in ([",", '"'], [",", "\u201c"], [",", "'"]):
            return None
        words = [fold(w) for w in known.name.split()]
        mine = [fold(t.text) for t in span]
        return known.id if words[:len(mine)] == mine and len(mine) < len(words) else None

    def _group_named_so(self, span: Span) -> str | None:
        """'The gang, also known as the Sindicato do RN, ...': a name given to 'the gang' (or 'the
        group', 'the organisation') is an alias of the group the text is about, the last one named
        in this sentence or the two before."""
        i = span.start - 1
        while i >= 0 and self.doc[i].lower_ in FILLERS | {"the"}:
            i -= 1
        cue = [t.lower_ for t in self.doc[max(i - 1, 0):i + 1]]
        if not (cue[-1:] in (["called"], ["dubbed"], ["alias"]) or cue == ["known", "as"]):
            return None
        i -= len(cue)
        while i >= 0 and self.doc[i].lower_ in FILLERS:
            i -= 1
        if i < 2 or self.doc[i].text != "," or self.doc[i - 1].lemma_.lower() not in GROUP_WORDS \
                or self.doc[i - 2].lower_ != "the":
            return None
        return self._last_group(self.doc[i - 1], sentences=2)

    def _last_group(self, token: Token, *, sentences: int) -> str | None:
        start = token.sent.start
        for _ in range(sentences):
            if start > 0:
                start = self.doc[start - 1].sent.start
        for ref in reversed(self.out.refs):
            if ref.span.start < start:
                break
            if ref.span.label_ == "criminal_group" and ref.span.start < token.i:
                return ref.entity_id
        return None

    def _short_group_name(self, span: Span) -> str | None:
        """'the Sindicato' after 'the Sindicato do Crime': the first words of one group's longer name
        named before stand for that group."""
        words = [w for w in name_key(_clean(span.text)).split() if w not in ("the", "los", "las", "la", "el")]
        if not words or words[0] in GENERIC_GROUP_WORDS or len(words[0]) < 4:
            return None
        if span.end < len(self.doc) and self.doc[span.end].pos_ == "NOUN":
            return None  # 'the Arellano Félix brothers': a family, not the organisation named after it
        owners = {eid for eid, entity in self.out.entities.items() if entity.kind == "criminal_group"
                  and any(_without_article(name)[:len(words)] == words and len(name.split()) > len(words)
                          for name in [name_key(entity.name)] + [name_key(a.name) for a in entity.aliases])}
        return owners.pop() if len(owners) == 1 else None

    def _nickname_by_copula(self, span: Span) -> str | None:
        """'he was simply El Cholo Iván', 'Gastélum is El Cholo': a nickname said of a person (by
        name or by 'he'/'she') is theirs."""
        root = span.root
        if root.dep_ != "attr" or root.head.lemma_ != "be" or fold(span[0].text) not in ("el", "la"):
            return None
        subject = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        named = self.out.by_token.get(subject.i)
        if named is not None and named.span.label_ == "person":
            return named.entity_id
        if subject.lower_ not in ("he", "she"):
            return None
        for ref in reversed(self.out.refs):
            if ref.span.label_ == "person" and ref.span.start >= self._window_start(subject, 2):
                return ref.entity_id
            if ref.span.label_ == "person":
                break
        return None

    def _window_start(self, token: Token, sentences: int) -> int:
        start = token.sent.start
        for _ in range(sentences):
            if start > 0:
                start = self.doc[start - 1].sent.start
        return start

    def _is_defined_by(self, span: Span, previous: Ref) -> bool:
        between = self.doc[previous.span.end:span.start]
        words = [fold(t.text) for t in between if not t.is_punct]
        if span.text.isupper() and [t.text for t in between] == ["("] and len(span) == 1:
            return True
        if [t.text for t in between] == ["("] and len(span) > 1 and previous.span.label_ in GROUP_KINDS \
                and abbreviates(span, previous.span):
            span.label_ = previous.span.label_
            return True  # 'the Flores Drug Trafficking Organization (Flores DTO)'
        if previous.span.label_ in GROUP_KINDS and span.label_ in GROUP_KINDS | {"person"} and len(between) <= 6 \
                and between and between[0].text in (",", "(") and _group_cue(words):
            span.label_ = previous.span.label_  # 'the Clan, which calls itself the X', 'also called X'
            return True
        if previous.span.label_ != "person" or len(between) > 6 + GAP:
            return False
        if span.label_ == "criminal_group" and not span._.kb_id and fold(span[0].text) in ("los", "las") \
                and len(span) > 1:
            return False  # 'the followers of X, known as Los Y': a group (people go by 'El Y', 'La Y')
        if len(between) > 6:  # 'X, known on the street as "Y"': only a naming cue with words inside it
            return span.label_ == "person" and _gapped_cue([w for w in words if w not in FILLERS], self.cues)
        if self._quoted(span) and self._quoted(previous.span) and words in (["and"], ["or"]) \
                and not any(t.text == "," for t in between) and name_key(_clean(previous.span.text)) != name_key(
                self.out.entities[previous.entity_id].name):
            return True  # 'known as "El Tordo" and "El Flaco"': a second nickname of the same person
        if span.label_ == "person" and fold(span[0].text) in ("el", "la") and between.text.strip() in (
                ',"', ", \u201c", ",\u201c", ", '", ",'", ', "'):  # 'Juan Pérez, "El Puma", ...'
            return True
        if span.label_ in ("person", "place", "organization") and not span._.kb_id and len(previous.span) >= 2 \
                and len(span) <= 3 and [t.text for t in between] in ([",", '"'], [",", "\u201c"]) \
                and _quote_closes(self.doc, span.end):
            span.label_ = "person"  # 'Maximiliano Bonilla Orozco, "Valenciano", ...': a quoted nickname set off
            return True  # after a full name is that person's, whatever kind the model gave the word
        if span.label_ == "person" and fold(span[0].text) in ("el", "la") and [t.text for t in between] in (
                [","], ["("], ["(", '"'], ["(", "\u201c"]) and span.end < len(self.doc) \
                and self.doc[span.end].text in (",", ")", '"', "\u201d") and not span._.kb_id:
            return True  # 'Pedro Inzunza Noriega, El Sagitario, and ...': a nickname set off after the name
        if self._full_name_after_nickname(span, previous, between):
            return True
        rest = [w for w in words if w not in FILLERS | {"only", "simply", "just", "whom", "he", "she", "they"}]
        # 'X, also known as Y' names X; 'X answers to a commander called Y' names the commander
        return any(rest == cue or rest[-len(cue):] == cue and not _names_another(between, cue) for cue in self.cues) \
            or span.label_ == "person" and _gapped_cue(rest, self.cues)

    def _full_name_after_nickname(self, span: Span, previous: Ref, between: Span) -> bool:
        """'The boss was El Chino, José Rodrigo Aréchiga.': a person's full name set off after a nickname
        ('El X', or one in quotes) the KB does not know is the same person's, unless it begins a list
        ('El Chino, José Aréchiga and ...')."""
        nickname = previous.span
        if span.label_ != "person" or span._.kb_id or nickname._.kb_id or [t.text for t in between] != [","] \
                or len(span) < 2 or not all(t.is_title for t in span) or span[0].norm_ in NICKNAME_STARTS \
                or not (fold(nickname[0].text) in ("el", "la") or self._quoted(nickname)):
            return False
        if span.root.dep_ == "conj" or any(t.dep_ == "conj" for t in span.root.children):
            return False
        after = self.doc[span.end:span.end + 2]
        return not after or after[0].text in (".", ")", ";", ":") \
            or after[0].text == "," and not (len(after) > 1 and after[1].lower_ in ("and", "or"))

    def _quoted(self, span: Span) -> bool:
        return span.start > 0 and self.doc[span.start - 1].text in QUOTE_MARKS

    def _by_surname(self, words: str) -> str | None:
        """Surnames ('Zambada', 'Guzmán López') or first names ('Ovidio') alone name the one
        person already named in full with them; when several fit, none is chosen."""
        key = name_key(_clean(words)).split()
        for suffix in (True, False):
            owners = {eid for name, eid in self.local.items()
                      if eid in self.out.entities and self.out.entities[eid].kind == "person"
                      and _fits(key, name.split(), suffix=suffix)}
            if len(owners) == 1:
                return owners.pop()
            if owners:  # several carry it: the one the text names far more often, else the most salient
                counts = {eid: sum(r.entity_id == eid for r in self.out.refs) for eid in owners}
                ranked = sorted(counts, key=lambda eid: -counts[eid])
                if counts[ranked[0]] >= 2 * counts[ranked[1]]:
                    return ranked[0]
                return self._most_salient(owners)
        return None

    def _most_salient(self, owners: set[str]) -> str | None:
        """Among people sharing a surname, the one named as a clause's subject (else object) when
        the others are only named in passing ('She is the daughter of Inés Coronel B.'): the text
        is about that one. Ties choose none."""
        best = {eid: max((_salience(r.span.root) for r in self.out.refs if r.entity_id == eid), default=0)
                for eid in owners}
        top = max(best.values())
        winners = [eid for eid, rank in best.items() if rank == top]
        return winners[0] if len(winners) == 1 and top > 0 else None

    def _new(self, span: Span) -> str:
        entity = Entity.make(span.label_, ext(span, "full_name") or _clean(span.text))
        self.out.entities.setdefault(entity.id, entity)
        return entity.id


GUESSED_KINDS = {"criminal_group", "organization", "place"}
GROUP_WORDS = {"gang", "group", "organisation", "organization", "cartel", "faction", "mafia", "militia", "syndicate"}
GENERIC_GROUP_WORDS = {"cartel", "cartels", "grupo", "clan", "gang", "mafia", "barrio", "mara", "banda", "frente",
                       "comando", "familia", "nueva", "nuevo", "new", "united", "unidos", "union", "the"}
QUOTE_MARKS = {"'", "\u2018", "\u2019", '"', "\u201c", "\u201d", "`", "``", "''"}
GROUP_KINDS = {"criminal_group", "agency", "organization"}
GROUP_CUES = [["calls", "itself"], ["call", "themselves"], ["called"], ["known", "as"], ["alias"], ["aka"],
              ["a.k.a."], ["dubbed"]]
FILLERS = {"which", "who", "that", "also", "better", "otherwise", "sometimes", "commonly", "widely", "locally",
           "is", "are", "the", "los", "las", "la", "el"}


NAME_NOUNS = frozenset({"nickname", "alias", "moniker", "name", "nom"})
TOGETHER = frozenset({"together", "collectively", "jointly", "all"})  # 'A and B, known together as G': a group
GAP = 4  # words a naming cue may hold between its own ('known on the street as', 'goes by the nickname')


def _gapped_cue(rest: list[str], cues: list[list[str]]) -> bool:
    """'known on the street as Y', 'known to police as Y', 'goes by the nickname Y': a two-word cue with
    a few words inside it, or a cue verb then a noun for a name, right before the name."""
    for cue in cues:
        if len(cue) != 2 or not rest or rest[0] != cue[0] or len(rest) > len(cue) + GAP or TOGETHER & set(rest):
            continue
        if rest[-1] == cue[-1] or rest[1:2] == cue[1:] and rest[-1] in NAME_NOUNS:
            return True
    return False


def _names_another(between: Span, cue: list[str]) -> bool:
    """A noun or a verb right before the naming cue: the name is that noun's ('a commander called Y')."""
    words = [t for t in between if not t.is_punct]
    before = words[-len(cue) - 1] if len(words) > len(cue) else None
    return before is not None and before.pos_ in ("NOUN", "VERB", "PROPN")


def _without_article(name: str) -> list[str]:
    words = name.split()
    return words[1:] if words and words[0] in ("the", "los", "las", "la", "el") else words


def _group_cue(words: list[str]) -> bool:
    """Only a naming cue between a group's name and the next one ('which calls itself the')."""
    rest = [w for w in words if w not in FILLERS]
    return any(rest == cue for cue in GROUP_CUES)


def _salience(root: Token) -> int:
    """2 for a clause's subject, 1 for its object, 0 for a name in passing (after a preposition,
    a possessor); an apposition or a conjunct ranks as the noun it renames or joins."""
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    return {"nsubj": 2, "nsubjpass": 2, "dobj": 1}.get(root.dep_, 0)


def _fits(part: list[str], name: list[str], *, suffix: bool) -> bool:
    """'zambada' in 'ismael zambada garcia' (a surname), or 'ovidio' at its start (first names)."""
    if not part or len(part) >= len(name):
        return False
    if suffix:
        return any(name[i:i + len(part)] == part for i in range(1, len(name) - len(part) + 1))
    return name[:len(part)] == part


def resolve_entities(doc: Doc, kb: KnowledgeBase) -> DocEntities:
    """Name the entity of every entity span in ``doc``."""
    out = _Resolver(doc, kb).run()
    _add_renamed_units(doc, out)
    return out


def _add_renamed_units(doc: Doc, out: DocEntities) -> None:
    """'a unit ... The unit later became known as X': the unnamed body's nouns are mentions of X."""
    from testigo.extract.renamed import as_span, renamed_units

    groups = [(r.span.root, r.entity_id) for r in out.refs if r.kind == "criminal_group"]
    if not groups:
        return
    named = {i: r.kind for i, r in out.by_token.items()}
    added = renamed_units(doc, named, groups)
    for i, entity_id in added:
        ref = Ref(as_span(doc, i), entity_id)
        out.refs.append(ref)
        out.by_token[i] = ref
    if added:
        out.refs.sort(key=lambda r: r.span.start)
