"""What every relation rule needs about one document, and how a rule emits a claim.

A rule finds a trigger token and the entity references that fill its roles; the
Frame turns that into a Claim with the sentence as evidence, the certainty and
polarity of the trigger's clause, the chain of sources whose spans contain the
trigger, and (for events) the dates and places in the trigger's clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from testigo.extract.attribution import SourceSpan, find_sources, load_reporting_patterns
from testigo.extract.citations import cited_authors
from testigo.extract.date_anaphora import anaphoric_date, then_date
from testigo.extract.dates import find_dates
from testigo.extract.entities import DocEntities, Ref, Resolved
from testigo.extract.event_dates import article_dateline, dateline, event_time, lede_dateline, line_label, which_clause
from testigo.extract.interviews import called_by
from testigo.extract.lexicon import fold, load_patterns
from testigo.extract.lists import Listing, listings
from testigo.extract.modality import COPULAS, as_verb, asks, hearsay_over, modality, predicates_subject
from testigo.extract.syntax import agent_objects
from testigo.extract.tokens import children, span_text, text_of
from testigo.kb import KnowledgeBase
from testigo.model import Certainty, Claim, DateValue, Document, Entity, Evidence, Polarity, Qualifiers, make_id
from testigo.schema import load_schema

__all__ = ["Frame", "Serving"]

ARTICLE = "article"
SUPPORT_VERBS = {"engage", "involve", "embroil", "lock", "mire", "caught"}  # verbs that only carry a noun
HEDGES = {"reportedly", "allegedly"}  # adverbs that hedge the article's own claim (modality.py), not a source
# Predicates whose claims told in an apposition ("X, an offshoot of Y, ...", "Y and its armed wing, X")
# are still what the sentence's source says: which group a group belongs to is rarely background
# the article vouches for itself (a modifier, "the Y faction known as X", stays background).
SOURCED_PARTS = frozenset({"faction_of"})
# Predicates whose claims told by a modifier after a group's noun ("X, a group based in P", "a cell active
# in P") are what the sentence's source says too: where a group sits is part of the account, not background
# (a relative clause, "the cartel that dominates P", stays background).
SOURCED_MODIFIERS = frozenset({"operates_in"})
# Predicates whose claims told by a participle inside an apposition ("G1 teamed up with G2, a gang led by X",
# "describe G, a group headed by X, as ...") are what the sentence's source says: the apposition picks out
# who the group is by its leader. A participle set off by commas ("the G gang, led by X, killed ...") and a
# name in apposition ("G's leader, X") stay background.
SOURCED_APPOSED_MODIFIERS = frozenset({"leader_of", "founder_of"})
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&.\-]{1,9}\)\s*$")
# Words after a surname that are no part of what it is called by ('Jr.'), and small words inside a name.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "van", "von", "da", "di", "du", "le", "bin", "al"})
# What the author's own work says is the author's word: "our reporting", "some of our intelligence", "my research",
# "as this newspaper reported"; so is "Everything (we know) says ...", the speaker's own knowledge.
OWN_VOICE = re.compile(r"(?i)^(?:(?:some|much|all|most|part) of )?(?:our|my) (?:own )?(?:reporting|reports?|"
                       r"investigations?|analysis|analyses|intelligence|assessments?|information|research|data|work|"
                       r"findings|review|sources? of information)$|^this (?:newspaper|paper|outlet|publication|"
                       r"magazine|website|site|news agency|agency|programme|program|channel|broadcaster)$|^everything$")



@dataclass(frozen=True, slots=True)
class Serving:
    """A person said to serve another ('X's lieutenant', 'X worked for Y'): the claim the rule would make of
    each group the boss leads, kept until every rule has run."""

    person: Ref
    boss: Ref
    trigger: Token
    rule: str
    title: str | None = None
    presupposed: bool = False


@dataclass(frozen=True, slots=True)
class Siding:
    """People told as one side of an alliance, rivalry or talks ('X sealed a pact with G') before the text says
    which group each leads: the claims the rule would make of their groups, kept until every rule has run."""

    predicate: str
    people: tuple[Ref, ...]
    partners: tuple[Ref, ...]
    trigger: Token
    rule: str


@dataclass(slots=True)
class Frame:
    """One parsed document with its entities, sources and the claims found so far."""

    document: Document
    doc: Doc
    ents: DocEntities
    sources: list[SourceSpan] = field(default_factory=list)
    kb: KnowledgeBase | None = None
    claims: dict[str, Claim] = field(default_factory=dict)
    echoes: dict[int, Ref] = field(default_factory=dict)  # 'the group' or 'it' at token i, read as a group
    lists: dict[int, list[Listing]] = field(default_factory=dict)  # the lists of names of the sentence at i
    words: dict[str, object] = field(default_factory=lambda: load_patterns("relations"))
    key: tuple[int, tuple[str, str, str, str]] | None = None  # the token run_rules is at, for dispatch
    text: str = ""  # the parsed text (spaCy joins Doc.text anew at every call)
    times: dict[int, tuple[tuple[DateValue, ...], tuple[str, ...]]] = field(default_factory=dict, repr=False)
    moods: dict[tuple[int, bool, bool], tuple[Certainty, Polarity]] = field(default_factory=dict, repr=False)
    # The coreference layer (rules/coref.py): the tokens that may refer back to an entity named before
    # ('it', 'he', 'the gang') with the kinds each may stand for, what each was read as (read once, at
    # first use), the function that reads one, and the rules that must not take such a reference as an end.
    coref: dict[int, tuple[str, ...]] = field(default_factory=dict, repr=False)
    resolved: dict[int, Ref | None] = field(default_factory=dict, repr=False)
    resolver: Callable[[Frame, Token], Ref | None] | None = field(default=None, repr=False)
    refused: tuple[str, ...] = ()
    people: dict[int, Ref | None] = field(default_factory=dict, repr=False)  # 'he' at token i, read as a person
    # People said to serve a person ('X's lieutenant', 'X worked for Y') whose group the rules had not yet
    # read: each is a member of the groups the text says the boss leads (rules/bosses.py, after the rules).
    served: list[Serving] = field(default_factory=list, repr=False)
    # People told as a side of a tie whose groups the text had not yet told (rules/groups.py, after the rules).
    sided: list[Siding] = field(default_factory=list, repr=False)

    @classmethod
    def make(cls, document: Document, doc: Doc, ents: DocEntities, kb: KnowledgeBase | None = None) -> Frame:
        text = text_of(doc)
        return cls(document=document, doc=doc, ents=ents, sources=find_sources(doc, text), kb=kb, text=text)

    def lexicon(self, *names: str) -> frozenset[str]:
        """One word list of patterns/relations.yaml, or the union of several, as a set (built once)."""
        found = _LEXICONS.get(names)  # asked some 2,000 times per article: a plain dict, not a cached call
        if found is None:
            found = _LEXICONS[names] = _lexicon(names)
        return found

    def table(self, name: str) -> dict[str, Any]:
        """One mapping of patterns/relations.yaml ('demonyms', 'family', 'capitals', ...)."""
        table = self.words[name]
        assert isinstance(table, dict), f"patterns/relations.yaml: {name} is not a mapping"
        return table

    def introduce(self, entity: Entity, start: int, end: int | None = None) -> Ref:
        """A reference over tokens [start, end) (one word when ``end`` is None) to an entity the text names
        by a phrase or the knowledge base supplies ('the Jalisco group', 'extradited to Texas': the United
        States), added to the document's entities."""
        self.ents.entities.setdefault(entity.id, entity)
        return Ref(Span(self.doc, start, start + 1 if end is None else end, label=entity.kind), entity.id)

    # --- entity references -------------------------------------------------------------
    def ref(self, token: Token | None, *kinds: str) -> Ref | None:
        """The entity reference at a token, when it is of one of ``kinds`` (any kind if none): a name,
        or a pronoun or description read back to the entity it stands for (a :class:`Resolved`)."""
        if token is None:
            return None
        ref = self.ents.ref_at(token.i)
        if ref is None and token.i in self.coref:
            ref = self._resolved(token)
        if ref is None or (kinds and ref.kind not in kinds):
            return None
        return ref

    def name(self, token: Token | None, *kinds: str) -> Ref | None:
        """The entity reference at a token, when a name of one of ``kinds`` is there (no pronoun or
        description read back: what the readers of references themselves look at)."""
        if token is None:
            return None
        ref = self.ents.ref_at(token.i)
        if ref is None or (kinds and ref.kind not in kinds):
            return None
        return ref

    def _resolved(self, token: Token) -> Ref | None:
        """What the pronoun or description at ``token`` stands for, read once (at its first use, so that
        it sees the claims of the text before it, as parties() does) and kept."""
        if token.i in self.resolved or self.resolver is None:
            return self.resolved.get(token.i)
        self.resolved[token.i] = None  # while reading: a reader that looks here again finds nothing
        self.resolved[token.i] = found = self.resolver(self, token)
        return found

    def refs_in(self, span: Span, *kinds: str, names: bool = False) -> list[Ref]:
        """Distinct entity references inside a span, in text order (only names with ``names``)."""
        seen: list[Ref] = []
        look = self.name if names else self.ref
        for token in span:
            ref = look(token, *kinds)
            if ref is not None and ref not in seen:
                seen.append(ref)
        return seen

    def refs_before(self, token: Token, *kinds: str) -> Iterator[Ref]:
        """Entity references before a token, nearest first."""
        for ref in reversed(self.ents.refs):
            if ref.span.end <= token.i and (not kinds or ref.kind in kinds):
                yield ref

    # --- emitting claims ---------------------------------------------------------------
    def emit(self, predicate: str, subject: Ref | None, obj: Ref | None, trigger: Token, rule: str, *,
             value: str | None = None, title: str | None = None, label: str | None = None,
             with_time: bool = False, presupposed: bool = False, negated: bool = False,
             merge_dates: bool = True, background: bool = False) -> Claim | None:
        """Record a claim, and the same claim for every name listed with either end (lists.py):
        'police arrested A, alias "X," and B' arrests B too. Names listed with each other are not
        spread over ('a truce between A and B' ties A to B only), nor is what the list's own words
        say of one name ('A, the leader of G, and B were arrested')."""
        def one(ends: tuple[Ref | None, Ref | None], denied: bool) -> Claim | None:
            return self._emit_one(predicate, ends[0], ends[1], trigger, rule, value=value, title=title, label=label,
                                  with_time=with_time, presupposed=presupposed, negated=denied,
                                  merge_dates=merge_dates, background=background)

        claim = one((subject, obj), negated)
        if claim is None or subject is None:
            return claim
        for ends in self._listed_pairs(subject, obj, trigger):
            one(ends, negated)
        if not negated:
            for ends in self._contrasted(subject, obj):
                one(ends, True)
        return claim

    def _part_led(self, trigger: Token, group: Ref) -> bool:
        """'a faction of the Gulf Cartel led by X', 'a Sinaloa Cartel cell commanded by X': the participle tells who
        leads the unnamed part (cell, faction, wing), wherever the parser hangs it, not the group named in it."""
        root = group.span.root
        if trigger.pos_ == "NOUN" and root.head.i == trigger.i and root.dep_ == "compound" \
                and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
                and any(c.dep_ == "agent" for c in trigger.children):  # 'a cell of the CJNG run by X', the
            part = trigger.head.head  # participle read as a noun the name is a compound of
            return part.lemma_.lower() in self.lexicon("faction_nouns") and self.name(part) is None
        if trigger.tag_ != "VBN" or trigger.dep_ != "acl":
            return False
        if root.dep_ in ("compound", "nmod"):
            part = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of":
            part = root.head.head
        else:
            return False
        return trigger.head.i in (root.i, part.i) and part.lemma_.lower() in self.lexicon("faction_nouns") \
            and self.name(part) is None

    def _contrasted(self, subject: Ref, obj: Ref | None) -> list[tuple[Ref, Ref | None]]:
        """'A, not B, was the head of G' / 'G fought A, not B': what is said of A is denied of B, the
        name set against it by a 'not' apposition (same kind, another entity)."""
        found: list[tuple[Ref, Ref | None]] = []
        for ref in (subject, obj):
            root = ref.span.root if ref is not None else None
            if ref is None or root is None:
                continue
            for other_root in (c for c in root.children if c.dep_ == "appos" and c.i > root.i):
                other = self.ref(other_root, ref.kind)
                if other is None or other.entity_id == ref.entity_id or not any(
                        c.dep_ == "neg" and root.i < c.i < other.span.start for c in root.children):
                    continue
                found.append((other, obj) if ref is subject else (subject, other))
        return found

    def _listed_pairs(self, subject: Ref, obj: Ref | None, trigger: Token) -> list[tuple[Ref, Ref | None]]:
        """The pairs the names listed with ``subject`` or ``obj`` make, besides (subject, obj)."""
        one, other = self._listing(subject, trigger), self._listing(obj, trigger)
        if one is not None and other is not None and (one is other or one.joins(other, self.doc)):
            return []  # both ends in one list: 'between A and B', 'A and B allied', 'the brothers A and B; C'
        subjects, objects = self.listed_with(subject, trigger), self.listed_with(obj, trigger)
        return [(s, o) for s in subjects for o in objects if (s, o) != (subject, obj)]

    def listed_with(self, ref: Ref | None, trigger: Token) -> list[Ref | None]:
        """``ref`` and the names of the list it stands in, when what the trigger says is said of the
        whole list: the trigger is outside the list's words, and no later name is the subject of a
        clause of its own ('soldiers arrested A, and B was killed')."""
        listing = self._listing(ref, trigger)
        if ref is None or listing is None or listing.start <= trigger.i < listing.end:
            return [ref]
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.tag_ not in ("NNS", "NNPS") and \
                listing.start - 3 <= trigger.i < listing.start:
            return [ref]  # 'his brother A, known as X, and B': the singular noun names the first alone
        if trigger.tag_ in ("NN", "NNP") and not trigger.is_ancestor(ref.span.root):
            return [ref]  # 'A and B (CJNG), the Sinaloa Cartel's fiercest enemy': one name's description
        roots = [r.span.root for r in listing.refs]
        if trigger.i >= listing.end and any(root.is_ancestor(trigger) and n > 0 for n, root in enumerate(roots)):
            return [ref]  # a modifier of a later name ('A and B, who leads G'): that name's alone
        found: list[Ref | None] = [ref]
        for other, root in zip(listing.refs, roots, strict=True):
            if other.span.start == ref.span.start or other.entity_id == ref.entity_id:
                continue
            first = listing.refs[0].span.start
            if other.span.start != first and _own_clause(root, ref.span.root) or \
                    ref.span.start != first and _own_clause(ref.span.root, root):
                continue  # a later name with a clause of its own
            found.append(other)
        return found

    def _listing(self, ref: Ref | None, trigger: Token) -> Listing | None:
        """The list of names ``ref`` stands in, in the trigger's sentence."""
        sentence = trigger.sent
        if ref is None or not sentence.start <= ref.span.start < sentence.end:
            return None
        if sentence.start not in self.lists:
            self.lists[sentence.start] = listings(self.doc, self.ents, sentence)
        return next((x for x in self.lists[sentence.start] if x.holds(ref)), None)

    def _emit_one(self, predicate: str, subject: Ref | None, obj: Ref | None, trigger: Token, rule: str, *,
                  value: str | None = None, title: str | None = None, label: str | None = None,
                  with_time: bool = False, presupposed: bool = False, negated: bool = False,
                  merge_dates: bool = True, background: bool = False) -> Claim | None:
        """Record a claim unless its ends are missing, the same, or of the wrong kinds. The same claim
        made again in its sentence adds its dates to the first (``merge_dates``), unless the rule keeps
        a second act apart itself.

        A ``presupposed`` fact is read inside a noun phrase: only cues on the trigger
        itself hedge it, and only a direct quote (not a reported clause) changes its source.
        A ``background`` fact is named by a noun phrase that keeps its clause's source ('officials warn that
        the organization of X may ...', 'police blamed the P-based G'): only the trigger's own cues hedge or deny
        it, as for a presupposed one.
        A ``negated`` trigger denies the predicate by its own meaning ('X left G' says X is no
        longer a member): the clause's polarity is turned over ('X never left G' is membership).
        """
        if subject is None or (obj is None and value is None and not self._event(predicate)):
            return None
        if self.refused and rule.startswith(self.refused) and (isinstance(subject, Resolved) or isinstance(
                obj, Resolved)):
            return None  # a rule that must read its ends from names (rules/coref.py REFUSED)
        if predicate == "designated":
            obj = self._designating_country(obj)
        if obj is not None and obj.entity_id == subject.entity_id:
            return None
        if obj is not None and self._sea_beside(obj):
            return None
        if predicate == "leader_of" and obj is not None and self._part_led(trigger, obj):
            return None
        spec = load_schema().predicate(predicate)
        if subject.kind not in spec.subject or (obj is not None and obj.kind not in spec.object):
            return None
        if asks(trigger):
            return None  # "Did A ally with B?" asserts nothing
        if presupposed and (_content_clause(trigger) or predicates_subject(trigger)):
            presupposed = False  # "rumours that X had been killed": what the rumours tell, not background;
            # "X is described as one of the men who built G in 1978": what X is said to be
        sentence = trigger.sent
        # "accuses him of smuggling": the accusing is the charge, not a hedge of it
        certainty, polarity = self.mood(trigger, presupposed or background,
                                        own_word=not self._names_event(predicate, trigger))
        if negated:
            polarity = Polarity.POSITIVE if polarity == Polarity.NEGATIVE else Polarity.NEGATIVE
        if polarity == Polarity.NEGATIVE and obj is not None and obj.kind in ("place", "country") \
                and self._part_of_place(obj, trigger):
            return None  # "G has no presence in the capital of P": nothing is denied of P
        with_time = with_time or not presupposed  # a clause's dates say when its claim was true
        dates, places = self.when_and_where(trigger) if with_time else (
            self._phrase_time(trigger) or self._own_time(trigger), ())
        if with_time and not places and (companion := self._companion(predicate, subject, trigger)) is not None:
            dates, places = companion.qualifiers.dates or dates, companion.qualifiers.places
        qualifiers = Qualifiers(dates=dates, places=places, title=title, label=label)
        claim = Claim.make(
            self.document.id, subject.entity_id, predicate, object_id=obj.entity_id if obj else None,
            value=value, rule=rule, evidence=Evidence(  # the sentence's text, cut from the joined text once made
                self.text[sentence.start_char:sentence.end_char], sentence.start_char, sentence.end_char),
            qualifiers=qualifiers, certainty=certainty, polarity=polarity,
            attributed_to=self.attribution(trigger, quotes_only=presupposed and not (
                predicate in SOURCED_PARTS and _apposed(trigger)
                or predicate in SOURCED_MODIFIERS and _noun_modifier(trigger)
                or predicate in SOURCED_APPOSED_MODIFIERS and _apposition_modifier(trigger))),
        )
        known = self.claims.get(claim.id)
        if known is not None and known.qualifiers.label != label and known.qualifiers.dates != dates:
            # "sanctioned A in 2024, and designated A as an FTO in 2025": two acts in one sentence
            claim = replace(claim, id=make_id("clm", claim.id, label or "", *(d.value for d in dates)))
        elif known is not None and known.polarity != polarity:
            # "X worked for G but broke away from it": asserted and denied in one sentence, both kept
            claim = replace(claim, id=make_id("clm", claim.id, polarity.value))
        elif known is not None and known.attributed_to == (ARTICLE,) and len(claim.attributed_to) > 1:
            # "X, a G figure, ..., a murder that prosecutors said he planned as a member of G": the
            # article's background and what a source says are two claims, each with its source
            claim = replace(claim, id=make_id("clm", claim.id, *claim.attributed_to))
        known = self.claims.setdefault(claim.id, claim)
        more = tuple(d for d in dates if d.value and d not in known.qualifiers.dates)
        if known is not claim and more and merge_dates:  # "G fought H, and last year G's gunmen attacked H"
            self.claims[claim.id] = replace(known, qualifiers=replace(known.qualifiers,
                                                                      dates=known.qualifiers.dates + more))
        return claim

    def _names_event(self, predicate: str, trigger: Token) -> bool:
        """Whether the trigger is one of the verbs that name the event ``predicate`` (patterns/relations.yaml
        events): such a verb is the event, not a hedge of it, even when it is a cue elsewhere ('accuse')."""
        verbs = self.table("events").get(predicate, {}).get("verbs", ())
        return trigger.pos_ == "VERB" and trigger.lemma_.lower() in verbs

    def only_clause_denies(self, trigger: Token) -> bool:
        """Whether the clause of a noun-phrase trigger denies, but not the trigger itself: 'the P-based
        organization of X is not part of G' denies the part, not that X's organization is P-based. A rule
        reading such a phrase passes this as ``presupposed``, so the phrase keeps its clause's source otherwise."""
        return self.mood(trigger, False)[1] == Polarity.NEGATIVE and self.mood(trigger, True)[1] == Polarity.POSITIVE

    def mood(self, trigger: Token, presupposed: bool, *, own_word: bool = True) -> tuple[Certainty, Polarity]:
        """``modality`` of the trigger, read once per trigger and reading (a clause often makes several claims)."""
        key = (trigger.i, presupposed, own_word)
        found = self.moods.get(key)
        if found is None:
            found = self.moods[key] = modality(trigger, presupposed=presupposed, own_word=own_word)
        return found

    def _sea_beside(self, obj: Ref) -> bool:
        """'through the Pacific port of P', 'the country's Pacific ports': a sea named as the modifier of
        another noun tells which coast that thing lies on; the thing, not the sea, is where it happens. So does
        a place's adjective taken for a name ('the Sonoran desert')."""
        root = obj.span.root
        if obj.kind != "place" or root.dep_ not in ("compound", "amod", "nmod") or root.head.pos_ != "NOUN" \
                or root.head.i < obj.span.end:
            return False
        return obj.span.text.lower() in self.lexicon("sea_names") or self._demonym(obj.span.text)

    def _part_of_place(self, place: Ref, trigger: Token) -> bool:
        """The place is named through a noun for a part of it (patterns/relations.yaml place_part_nouns) in the
        trigger's clause: 'the capital of the state of P', 'the outskirts of P', 'the capital of the state' (the
        state resolved from a sentence before)."""
        parts = self.lexicon("place_part_nouns")
        clause = trigger.head if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") else trigger
        for noun in clause.subtree:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in parts:
                continue
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                inside = of.left_edge.i <= place.span.start and place.span.end <= of.right_edge.i + 1
                if inside or place.span.sent.start != trigger.sent.start:
                    return True
        return False

    def _demonym(self, word: str) -> bool:
        """'the Sonoran desert', 'Sinaloan gunmen': a place's adjective ('Sonora' + 'n') the model took for a
        place's name names no place of its own."""
        if " " in word or not word.endswith("n") or self.kb is None:
            return False
        return any(e.kind in ("place", "country") for e in self.kb.lookup(word[:-1]))

    def _designating_country(self, obj: Ref | None) -> Ref | None:
        """DESIGN.md: a designation is by a country. 'OFAC designated X' names the country the
        knowledge base gives OFAC; the agency stays in the evidence. Other objects stay as they are.
        An agency named without its country ('the Treasury added X to its list') is the country's
        the text names elsewhere, when the knowledge base knows the agency by that country's name and
        its own ('US Treasury'); not one named with a modifier ('Britain's Treasury', 'HM Treasury')."""
        if obj is None or obj.kind != "agency" or self.kb is None:
            return obj
        country = self.kb.country_of(obj.entity_id) or self._country_unsaid(obj)
        return obj if country is None else self.introduce(country, obj.span.start, obj.span.end)

    def _country_unsaid(self, agency: Ref) -> Entity | None:
        """The country named in the text whose name before the agency's is a name of an agency of it
        the knowledge base knows ('Treasury' in a text naming the United States: 'US Treasury')."""
        root = agency.span.root
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < agency.span.start for c in root.children) \
                or agency.span.start > 0 and self.doc[agency.span.start - 1].dep_ in ("poss", "compound"):
            return None
        words = [t.text for t in agency.span if t.lower_ != "the"]
        if not words or self.kb is None:
            return None
        name = " ".join(words)
        for country in (e for e in self.ents.entities.values() if e.kind == "country"):
            for alias in (country.name, *(a.name for a in country.aliases)):
                if any(e.kind == "agency" and self.kb.country_of(e.id) is not None
                       and self.kb.country_of(e.id).id == country.id  # type: ignore[union-attr]
                       for e in self.kb.lookup(f"{alias} {name}")):
                    return country
        return None

    def _event(self, predicate: str) -> bool:
        return load_schema().predicate(predicate).event

    # --- sources -----------------------------------------------------------------------
    def attribution(self, trigger: Token, *, quotes_only: bool = False) -> tuple[str, ...]:
        """The chain of sources asserting what the trigger says, outermost first."""
        at = trigger.idx
        chain = [ARTICLE]
        spans = [s for s in self.sources if s.start <= at < s.end
                 and (s.kind == "quote" or s.block or not quotes_only or _said_inside(trigger, s)
                      or _restrictive(trigger) or _reported_subject(trigger) or _when_clause(trigger))
                 and not (s.kind == "hearsay" and s.cue in HEDGES)]
        for source in sorted(spans, key=lambda s: (s.start, -s.end)):
            name = self.speaker_name(source)
            if name and OWN_VOICE.match(name):
                continue  # "Some of our reporting suggests ...": the text's own voice (a testimony, a brief)
            if len(chain) > 1 and source.cue in load_reporting_patterns().belief_verbs:
                continue  # "X said investigators believe ...": X's hedge (modality.py), not a source inside X's
            if name and name != chain[-1]:
                chain.append(name)
        described = self._described_by(trigger)
        if described and described != chain[-1]:
            chain.append(described)
        if len(chain) == 1 and (relayed := self._relayed_by(trigger)) is not None:
            chain.append(self.speaker_name(relayed))
        return tuple(chain)

    def _relayed_by(self, trigger: Token) -> SourceSpan | None:
        """'The same source explained that X would operate as a cell of G. Both groups would be at war
        with H': the conditional of hearsay goes on relaying the source named in the sentence before
        it, in the same paragraph."""
        sentence = trigger.sent
        if sentence.start == 0 or not hearsay_over(trigger):
            return None
        before = self.doc[sentence.start - 1].sent
        if "\n" in self.text[before.start_char:sentence.start_char]:
            return None
        spans = [s for s in self.sources if before.start_char <= s.start and s.end <= sentence.start_char
                 and s.speaker is not None and s.kind != "quote"]
        return max(spans, key=lambda s: s.end) if spans else None

    def _described_by(self, trigger: Token) -> str | None:
        """'X, described by US prosecutors as the leader of Y': the describer is the source."""
        describing, accusing = self.lexicon("describing_verbs"), self.lexicon("accusing_verbs")
        own = [trigger] if trigger.lemma_.lower() in self.lexicon("attributing_verbs") else []
        for depth, verb in enumerate(own + list(trigger.ancestors)[:6]):  # "P attributed the kidnapping to G"
            if verb.pos_ != "VERB" or depth >= 4 + len(own) and not _under_agent(trigger, verb):
                continue  # "is accused by P of running logistics for G", the 'of' hung on P: P's charge
            if verb.lemma_.lower() in describing and not _in_as_complement(trigger, verb):
                continue  # "His son, X, was described as ...": the kinship is not what was described
            if verb.i > trigger.i and any(t.text == ";" for t in trigger.doc[trigger.i:verb.i]):
                continue  # "G has fought H since 2017; analysts regard G as diminished": another clause's describer
            if verb.lemma_.lower() in describing:
                speakers = agent_objects(verb)
                speakers = speakers or _active_describer(verb) or _describing_place(self, verb)
            elif verb.lemma_.lower() in accusing and _accuses(self, verb):
                speakers = [c for c in verb.children if c.dep_ == "nsubj"]
                if speakers and speakers[0].left_edge.i <= trigger.i <= speakers[0].right_edge.i:
                    return None  # "Its rival, X, accuses it of ...": the accuser's own phrase is no source of itself
                agents = agent_objects(verb)
                if not speakers and agents:  # "X is accused by prosecutors of leading G": the agent, up to "of"
                    return self.phrase_name(agents[0], stops=("as", "of"))
            else:
                continue
            if speakers:
                return self.phrase_name(speakers[0])
        return None

    def with_accuser(self, claim: Claim, verb: Token) -> Claim:
        """The claim with the subject (or the agent) of the accusing verb that asserts it ('authorities accuse X
        of leading G', 'X is accused by P of leading G') added to its sources, where the parse kept the two too
        far apart to find it."""
        accusers = [c for c in verb.children if c.dep_ == "nsubj"]
        agents = agent_objects(verb)
        if not accusers + agents or verb.lemma_.lower() not in self.lexicon("accusing_verbs"):
            return claim
        name = self.phrase_name(accusers[0]) if accusers else self.phrase_name(agents[0], stops=("as", "of"))
        if name in claim.attributed_to:
            return claim
        self.claims[claim.id] = replace(claim, attributed_to=(*claim.attributed_to, name))
        return self.claims[claim.id]

    def phrase_name(self, head: Token, stops: tuple[str, ...] = ("as",)) -> str:
        end = head.right_edge.i + 1
        for child in head.children:  # "described by prosecutors as a leader": the describer ends at "as"
            if child.lower_ in stops and child.i > head.i:
                end = min(end, child.i)
        words = self.doc[head.left_edge.i:end]
        own = self.ents.ref_at(head.i) or self._institution_named_before(head)
        if own is not None:
            return self.ents.entities[own.entity_id].name
        relative = [c.left_edge.i for c in head.children if c.dep_ == "relcl" and c.i > head.i]
        if relative:  # "a target of sanctions by the Treasury, which described ...": up to 'which'
            words = self.doc[head.left_edge.i:min(end, *relative)]
            if head.pos_ == "NUM" and (agency := self._agency_before(head)) is not None:
                return agency  # "... by the Treasury in 2023, which described": not the year
        return self._agency_inside(words, head) or _plain(words.text)

    def _institution_named_before(self, head: Token) -> Ref | None:
        """'Europol said X. The agency also described Y as ...': 'the agency' (with no words of its own) is the
        one agency (for 'the newspaper', publication) named in its sentence before it or in the sentence before
        (the same reading as speakers.Speakers._institution)."""
        kinds = _institution_kinds().get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
        if kinds is None or [c.lower_ for c in head.children if c.i < head.i] not in (["the"], ["this"]):
            return None
        start = head.doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
        named = {r.entity_id: r for r in self.refs_before(head, *kinds) if r.span.start >= start}
        return next(iter(named.values())) if len(named) == 1 else None

    def _agency_before(self, token: Token) -> str | None:
        """The agency named last before ``token`` in its sentence."""
        agency = next(self.refs_before(token, "agency"), None)
        if agency is None or agency.span.start < token.sent.start:
            return None
        return self.ents.entities[agency.entity_id].name

    def _agency_inside(self, words: Span, head: Token) -> str | None:
        """'a target of US sanctions by the Treasury Department': a speaker phrase whose head is
        no one who speaks (not an official, agent, prosecutor ...) speaks for the agency it names."""
        if head.lemma_.lower() in self.lexicon("authority_nouns", "people_nouns"):
            return None
        agencies = self.refs_in(words, "agency")
        return self.ents.entities[agencies[-1].entity_id].name if agencies else None

    def speaker_name(self, source: SourceSpan) -> str:
        """Who a source span's speaker is: an entity's name, a report's author, or the words."""
        if source.speaker is None or source.speaker_start is None or source.speaker_end is None:
            return "unnamed reports"
        if (authors := cited_authors(source.speaker)) is not None:
            return authors  # '(Ruiz, 2019)', 'Whitcombe and Ortega (2009) suggest ...': the authors, not the year
        span = self.doc.char_span(source.speaker_start, source.speaker_end, alignment_mode="expand")
        if span is None:
            return source.speaker
        head = span.root
        span = self._without_relative(span, head)
        own = self.ents.ref_at(head.i)
        if (own is None or self._bare_name(own, span)) and (person := self._person_by_name_words(span)) is not None:
            return person  # 'FERRER:', 'Asst Commissioner Castellano:', 'Sheriff Ana Ruiz said': the person named
        if own is not None:  # the speaker is a named entity ("Washington says": its government)
            return self._government_of(own) or self._author_or_name(own)
        if head.pos_ == "NOUN" and (named := self._titled_person(head)) is not None:
            return named  # "The commander of P, General X, told me": X, not P
        report = head.lemma_.lower() in self.lexicon("report_words")
        if (earlier := self._same_speaker_before(head)) is not None:
            return self.speaker_name(earlier)
        if (agency := self._the_agency(head)) is not None:
            return agency
        if head.pos_ == "NUM" and (agency := self._agency_before(head)) is not None:
            return agency  # "... by the Treasury in 2023, which described ...": 'which' read as the year
        if head.pos_ == "NOUN" and not report:  # "US prosecutors", "Mexican media": as written
            return self._agency_inside(span, head) or _plain(span.text)
        for kinds in (("agency", "person", "organization", "country"), ("criminal_group", "publication")):
            refs = self.refs_in(span, *kinds)
            if refs:
                return self._author_or_name(refs[-1])
        definite = any(c.lower_ in ("the", "this", "that", "its") for c in head.children)
        if report and head.tag_ == "NN" and definite:
            return self._latest_report_author(span[0], head)
        if head.pos_ == "PRON" and head.lower_ in ("i", "we"):  # "“I think ...,” X said": X
            outer = [s for s in self.sources if s.kind == "quote" and s is not source
                     and s.start <= source.speaker_start < s.end]
            if outer:
                return self.speaker_name(min(outer, key=lambda s: s.end - s.start))
        if head.pos_ == "PRON" and head.lower_ in ("he", "she", "his", "her"):  # "in her view": she
            if (told := self._paragraph_subject(span[0], source)) is not None:
                return told
            # "Arturo, he said, became convinced ...": not a person named in what the pronoun says
            person = next((r for r in self.refs_before(span[0], "person")
                           if not source.start <= r.span.start_char < source.end), None)
            described = self._described_speaker(span[0], person)
            if described is not None:
                return described
            if person is not None:
                return self.ents.entities[person.entity_id].name
        return _plain(span.text)

    def _without_relative(self, span: Span, head: Token) -> Span:
        """A speaker's words up to a relative clause of its head: "a senior official, who asked not to be named",
        "a document that this magazine has seen" name "a senior official", "a document" (the clause tells how
        the source came to speak, not who it is). A clause that names who wrote or issued it ("the report, which
        was published by X") stays: X is the source."""
        cut = min((c.left_edge.i for c in span if c.dep_ == "relcl" and c.i > head.i
                   and span.start < c.left_edge.i < span.end), default=span.end)  # also on a noun of its 'in' phrase
        if cut >= span.end or cut <= head.i or self.refs_in(span.doc[cut:span.end], "agency", "person",
                                                            "organization", "country", "publication"):
            return span
        return span.doc[span.start:cut]

    def _bare_name(self, own: Ref, span: Span) -> bool:
        """Whether the entity a speaker names is only a word of someone's name: a surname the model made a person
        of its own ('Villalba' in 'Deputy Commissioner Villalba:'), or a name alone in capitals it took for a
        place or a group ('SÁNCHEZ:')."""
        entity = self.ents.entities[own.entity_id]
        if own.kind == "person":
            return " " not in entity.name.strip()
        return own.span.text == span.text and (own.kind == "organization" or span.text.isupper())

    def _person_by_name_words(self, span: Span) -> str | None:
        """The one person of the document a speaker written only in capitalised words stands for, where the
        parse gave it no entity: a transcript's label in capitals ('FERRER:', 'ANA LIMA:'), a surname after a
        title ('Asst Commissioner Castellano', 'COMMISSIONER RUBIDO'), a title before the full name ('County
        Sheriff Ana Ruiz Jr.'). The speaker's words end with the person's name, or with its last words (the
        surname); two people sharing them ('Hutch': Gerry and Gary) leave the words as written."""
        words = [w for w in (fold(t.text) for t in span if not t.is_punct) if w not in _NAME_SUFFIXES]
        if not words or any(not t.text[:1].isupper() for t in span if t.is_alpha and fold(t.text) not in _PARTICLES):
            return None
        found: set[str] = set()
        for entity in self.ents.entities.values():
            if entity.kind != "person":
                continue
            for name in (entity.name, *(a.name for a in entity.aliases)):
                parts = [w for w in fold(name).replace(".", " ").split() if w not in _NAME_SUFFIXES]
                if len(parts) > 1 and (words[-len(parts):] == parts or called_by(words, parts)):
                    found.add(entity.name)
        return found.pop() if len(found) == 1 else None

    def _titled_person(self, head: Token) -> str | None:
        """The person named in apposition to a speaker's title (commander, director, spokesman ...) or to the body
        of its 'of' phrase ("The commander of the Metropolitan Police of P, General X," -- the parser may hang X
        on the police)."""
        if head.lemma_.lower() not in self.lexicon("speaker_nouns", "leader_nouns", "official_titles"):
            return None  # "The newspaper La Voz reported": the paper, as written
        heads = [head]
        for word in heads:
            heads += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
        refs = [r for h in heads for c in h.children if c.dep_ == "appos" and (r := self.ents.ref_at(c.i))]
        people = [r for r in refs if r.kind == "person"]
        return self.ents.entities[people[0].entity_id].name if people else None

    def _paragraph_subject(self, pronoun: Token, source: SourceSpan) -> str | None:
        """Who 'he' or 'she' that speaks is, read back through its paragraph: the nearest one person who
        spoke before it ('X testified that ... Alfredo was arrested. Arturo, he said, ...': X), or the
        nearest person who is a sentence's subject ('Ibarra traces Palma into the orbit of Félix. Palma, she
        writes, ...': Ibarra; 'A veteran reporter offered a different picture. ... She said ...': the
        reporter). People named in what someone says are what is said, not who speaks, and the speaker of the
        quotation or turn the pronoun stands in is someone else; with no such speaker or subject in the paragraph,
        None."""
        start = self.text.rfind("\n", 0, pronoun.idx) + 1
        said = [s for s in self.sources if s is not source and s.start < pronoun.idx
                and not (s.kind == "quote" and s.start <= pronoun.idx < s.end)]  # not who speaks the 'he' itself
        before = self.doc.char_span(start, pronoun.idx, alignment_mode="expand")
        for token in reversed(self.doc[before.start if before is not None else pronoun.i:pronoun.i]):
            at = token.idx
            spoke = next((s for s in said if s.speaker_start is not None and s.speaker_end is not None
                          and s.speaker_start <= at < s.speaker_end), None)
            if spoke is not None:
                span = self.doc.char_span(spoke.speaker_start or 0, spoke.speaker_end or 0, alignment_mode="expand")
                if span is not None and span.root.lower_ in ("he", "she"):
                    return self.speaker_name(spoke)
                if span is not None and (person := self._one_person(span.root)) is not None:
                    return person
                continue
            if token.dep_ not in ("nsubj", "nsubjpass") or not _main_clause(token.head) \
                    or any(s.start <= at < s.end for s in self.sources):
                continue  # 'described the day X was killed': X is no subject of the sentence
            if (person := self._one_person(token)) is not None:
                return person
        return None

    def _one_person(self, head: Token) -> str | None:
        """The one person a phrase's head names: a person's name, also in apposition ('The witness, X'), or
        one official, analyst ... described, up to a comma or a clause; None for anyone else."""
        ref = self.ents.ref_at(head.i) or next((self.ents.ref_at(c.i) for c in head.children
                                                if c.dep_ == "appos" and self.ents.ref_at(c.i)), None)
        if ref is not None:
            return self.ents.entities[ref.entity_id].name if ref.kind == "person" else None
        if head.tag_ != "NN" or head.lemma_.lower() not in self.lexicon("speaker_nouns"):
            return None
        end = next((t.i for t in self.doc[head.i + 1:head.right_edge.i + 1]
                    if t.text in (",", "(", ";") or t.dep_ in ("relcl", "acl")), head.right_edge.i + 1)
        return _plain(self.doc[head.left_edge.i:end].text)

    def _described_speaker(self, pronoun: Token, person: Ref | None) -> str | None:
        """'A senior official in the ministry, who asked not to be named, was categorical. "...," he said':
        the person described as the subject of this sentence or the one before, after the last person
        named, is who 'he' is (the official, not the man named earlier)."""
        sentence = pronoun.sent
        lo = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        if person is not None:
            lo = max(lo, person.span.end)
        for token in reversed(self.doc[lo:pronoun.i]):
            if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" and self.ents.ref_at(token.i) is None \
                    and token.lemma_.lower() in self.lexicon("speaker_nouns"):
                start = token.left_edge.i  # the noun phrase up to a comma or clause after the noun
                end = next((t.i for t in self.doc[token.i + 1:token.right_edge.i + 1]
                            if t.text in (",", "(", ";") or t.dep_ in ("relcl", "acl")), token.right_edge.i + 1)
                return _plain(self.doc[start:end].text)
        return None

    def _government_of(self, ref: Ref) -> str | None:
        """A capital that speaks stands for its country's government: 'Washington says ...'."""
        if ref.kind != "place" or self.kb is None:
            return None
        country = self.table("capitals").get(fold(ref.span.text))
        known = [e for e in self.kb.lookup(country) if e.kind == "country"] if country else []
        return known[0].name if known else None

    def _same_speaker_before(self, head: Token) -> SourceSpan | None:
        """'Last month the state security ministry said ... The ministry said ...': a bare 'the' noun that
        speaks is the nearest speaker before it (within 1,500 characters) whose phrase has that head
        noun and says more ('the report' is its publication's author: _latest_report_author)."""
        if not _bare_definite(head) or head.lemma_.lower() in self.lexicon("report_words"):
            return None
        earlier = [(start, end, s) for s in self.sources if (start := s.speaker_start) is not None
                   and (end := s.speaker_end) is not None and end <= head.idx and head.idx - start < 1500]
        for start, end, source in sorted(earlier, key=lambda e: -e[0]):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and span.root.lemma_.lower() == head.lemma_.lower() and len(span) > 2 \
                    and span.root.i != head.i:
                return source
        return None

    def _the_agency(self, head: Token) -> str | None:
        """'the department said': the agency named last before, when that word heads one of its names
        ('the ministry' for the Defence Ministry, but 'the defence' is no Secretariat of National Defence)."""
        if not _bare_definite(head):
            return None
        owners = [self.ents.ref_at(o.i) for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for o in c.children if o.dep_ == "pobj"]
        if any(r is not None and r.kind == "person" for r in owners):
            return None  # "the defence of X stated ...": X's counsel, not the Defence ministry
        word = fold(head.lemma_)
        for ref in self.refs_before(head, "agency"):
            entity = self.ents.entities[ref.entity_id]
            if any(word == _head_word(n) for n in KnowledgeBase.names(entity)):
                return entity.name
        return None

    def _author_or_name(self, ref: Ref) -> str:
        if ref.kind == "publication":
            author = self._author_of(ref.entity_id)
            if author:
                return author
        return self.ents.entities[ref.entity_id].name

    def _author_of(self, publication_id: str) -> str | None:
        for claim in self.claims.values():
            if claim.predicate == "authored" and claim.object_id == publication_id:
                return self.ents.entities[claim.subject_id].name
        return None

    def _latest_report_author(self, token: Token, head: Token) -> str:
        """'the report said': the author of the publication named last before, when its name has the
        word ('the assessment' for the National Drug Threat Assessment) or the word is 'report';
        'according to the indictment' / 'the complaint' / 'the statement' name that document."""
        publication = next(self.refs_before(token, "publication"), None)
        word = fold(head.lemma_)
        if publication is not None:
            entity = self.ents.entities[publication.entity_id]
            if word == "report" or any(word in fold(n).split() for n in KnowledgeBase.names(entity)):
                return self._author_or_name(publication)
        return "the report" if word == "report" else _plain(head.text)

    # --- time and place ----------------------------------------------------------------
    def _phrase_time(self, trigger: Token) -> tuple[DateValue, ...]:
        """'X, G's leader at the time of the killings', 'who ran G at the time', 'the then governor': the time a
        noun phrase (or a relative clause) points at for itself."""
        words = self.doc[trigger.left_edge.i:trigger.right_edge.i + 1]
        then = then_date(trigger, self.document.published)
        if then is not None:
            return (then.to_value(),)
        if not any(t.lower_ == "time" for t in words):
            return ()
        pointed = anaphoric_date(words, self.document.published)
        return (pointed.to_value(),) if pointed is not None and pointed.value else ()

    def _companion(self, predicate: str, subject: Ref, trigger: Token) -> Claim | None:
        """'X was captured by marines in P on Friday. ... Y was arrested with him': the same event of the
        person 'with him' points to, told within the sentences before (the last such claim of the same
        predicate, of another subject, that has a place), whose time and place it shares."""
        if not any(c.lower_ == "with" and any(o.lower_ in _COMPANY for o in children(c)) for c in children(trigger)):
            return None
        sentence = trigger.sent
        for _ in range(_COMPANY_BACK):
            if sentence.start > 0:
                sentence = self.doc[sentence.start - 1].sent
        for claim in reversed(list(self.claims.values())):
            if claim.predicate == predicate and claim.subject_id != subject.entity_id \
                    and sentence.start_char <= claim.evidence.start < trigger.sent.start_char:
                return claim if claim.qualifiers.places else None
        return None

    def _own_time(self, trigger: Token) -> tuple[DateValue, ...]:
        """'X, who ran G until his death in 1997', 'a faction led by Y since 2019', 'a club formed in the
        mid-1980s by Z': the dates a relative or participle clause writes for its own verb (not those of a
        clause or apposition inside it, nor a birth date) say when what it tells of its noun was true."""
        if trigger.pos_ != "VERB" or trigger.dep_ not in ("relcl", "acl"):
            return ()
        words = self.doc[trigger.left_edge.i:trigger.right_edge.i + 1]
        found = []
        for d in find_dates(span_text(words), published=self.document.published):
            at = words.char_span(d.start, d.end, alignment_mode="expand")
            if d.value is None and not _DECADE.search(d.text) or at is None or not len(at):
                continue  # an unresolved date says nothing; a decade ('in the mid-1980s') keeps its words
            between = list(itertools.takewhile(lambda t: t.i != trigger.i, [at.root, *at.root.ancestors]))
            if any(t.dep_ in _INNER_CLAUSES or t.lemma_ == "bear" for t in between):
                continue
            found.append(d.to_value())
        return tuple(found)

    def _place_before(self, there: Token) -> Ref | None:
        """The place 'there' points back to: the last place named before it, in its sentence or the one
        before; none when two places were named in that stretch ('from A to B ... there')."""
        start = there.sent.start
        if start > 0:
            start = there.doc[start - 1].sent.start
        places = {r.entity_id: r for r in self.ents.refs
                  if r.kind == "place" and start <= r.span.start and r.span.end <= there.i}
        return next(iter(places.values())) if len(places) == 1 else None

    def here_place(self, here: Token) -> Ref | None:
        """The place 'here' (or 'in the city', 'in this town') stands for: the one place named in its sentence
        or the one before, else the place of the text's dateline."""
        return self._place_before(here) or self.dateline_place()

    def dateline_place(self) -> Ref | None:
        """The place of the text's dateline ('CHILPANCINGO, Gro. -- '), the city of 'in the city'."""
        line = article_dateline(self.doc)
        return next((r for t in line or () if (r := self.ref(t, "place")) is not None), None)

    def when_and_where(self, trigger: Token) -> tuple[tuple[DateValue, ...], tuple[str, ...]]:
        """Dates written in the trigger's clause (its subtree, or the whole sentence for nouns), or
        where the text gives them for the same occasion; and the places attached by a place
        preposition to the clause and to that span. Read once per trigger (a clause often makes
        several claims)."""
        found = self.times.get(trigger.i)
        if found is None:
            found = self.times[trigger.i] = self._when_and_where(trigger)
        return found

    def _places_in(self, tokens: list[Token], trigger: Token, add: Callable[[Ref | None], None]) -> None:
        """The places named in ``tokens`` after a place preposition ('in P', 'on the island of P', 'extradited
        to P'), 'there' and 'in the city' read back to the place they stand for."""
        preps = self.lexicon("place_preps")
        sent_to = trigger.lemma_.lower() in self.lexicon("destination_verbs")
        for token in tokens:
            ref = self.ref(token, "place", "country")
            if ref is None and token.lower_ == "there" and token.dep_ == "advmod":
                add(self._place_before(token))  # "was shot dead there": the place named last
                continue
            if ref is None and token.lower_ == "here" and token.dep_ == "advmod":
                add(self.here_place(token))  # "an indictment unsealed here"
                continue
            if ref is None and token.lower_ in _TOWNS and token.dep_ == "pobj" and token.head.lower_ in preps \
                    and _this_town(token):
                add(self.here_place(token))  # "was shot dead in the city (this town)"
                continue
            if ref is None or ref.span.start != token.i:
                continue
            phrase = _place_phrase(ref.span)
            near = preps | {"on"} if phrase != ref.span.start else preps  # "on the island of Aruba"
            if sent_to and ref.span.label_ != "country" and self.doc[phrase - 1].lower_ == "to" \
                    and self.doc[phrase - 1].head.i == trigger.i:
                near = near | {"to"}  # "extradited to Chicago": where he was sent (a country is the 'by')
            if any(t.lower_ in near for t in self.doc[max(phrase - 4, 0):ref.span.start]) or _fought_over(ref.span):
                add(ref)
                for other in (c for c in ref.span.root.children if c.dep_ == "appos"):  # "of El Nayar, Nayarit"
                    add(self.ref(other, "place", "country"))

    def _when_and_where(self, trigger: Token) -> tuple[tuple[DateValue, ...], tuple[str, ...]]:
        clause = _clause(trigger)
        written, found = event_time(trigger, clause, published=self.document.published)
        dates = tuple(d.to_value() for d in found)
        preps = self.lexicon("place_preps")
        names: list[str] = []

        def add(ref: Ref | None) -> None:
            name = self.ents.entities[ref.entity_id].name if ref is not None else None
            if name is not None and name not in names:
                names.append(name)

        tokens = list(clause) if written is clause else [*written, *clause]
        self._places_in(tokens, trigger, add)
        if not names:
            self._places_in(_first_verb_places(trigger), trigger, add)
        for token in _occasion_words(trigger):  # "The raid in which X was arrested took place in P"
            ref = self.ref(token, "place", "country")
            if ref is not None and ref.span.start == token.i and token.head.lower_ in preps:
                add(ref)
        line = dateline(trigger) if dates else None
        if line is None and not names and trigger.i == trigger.sent.root.i:
            line = lede_dateline(trigger)  # 'CITY, State. -- X was murdered on Sunday': the lede's own event
        for token in line or ():  # 'ATLANTA - X has been sentenced': where the news of the day happened
            ref = self.ref(token, "place")
            if ref is not None and ref.span.start == token.i:
                add(ref)
                break
        label = line_label(self.doc, trigger.idx) if not names else None
        add(next((r for t in label or () if (r := self.ref(t, "place", "country")) is not None), None))
        where = _where_antecedent(trigger)
        add(self.ref(where, "place", "country") if where is not None else None)  # "Chicago, where he faces charges"
        if where is not None:  # "an operation in the municipality of P, in a rural area, where they arrested X"
            self._places_in(_where_words(where), trigger, add)
        return dates, tuple(names)


def _own_clause(name: Token, other: Token) -> bool:
    """``name`` is the subject of a clause ``other`` is outside of ('soldiers arrested A, and B was
    killed': B is killed alone)."""
    return name.dep_ in ("nsubj", "nsubjpass") and name.head.i != other.head.i and not name.head.is_ancestor(other)


def _first_verb_places(trigger: Token) -> list[Token]:
    """'gunmen burst into a weigh-in at a hotel in P and killed X': a verb joined to the one before it,
    with no subject and no time or place of its own, happens where that verb did (the words of its
    prepositions, or its object's). 'X was born in P and killed in 2010' has a time of its own: a second occasion."""
    first = trigger.head
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or first.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "prep", "npadvmod", "advmod", "agent") for c in trigger.children):
        return []
    heads = [first, *(c for c in first.children if c.dep_ == "dobj")]  # "stormed a bar in P": the bar's place
    return [t for h in heads for c in h.children if c.dep_ == "prep" and c.i < trigger.i
            and c.lower_ not in _TIME_PREPS for t in c.subtree]  # 'after the death of Y in P': Y's place


def _where_words(noun: Token) -> list[Token]:
    """'carried out an operation in the municipality of P, in a rural area, where they arrested X': the words
    that place the noun 'where' hangs from place what happened there too (its own phrase but the 'where'
    clause, and the prepositions of the verb it is the object or place of)."""
    own = [t for c in noun.children if c.dep_ == "prep" and c.lower_ not in _TIME_PREPS for t in c.subtree]
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(t.dep_ not in ("pobj", "prep", "dobj", "appos") for t in [noun, *noun.ancestors]
                           if t.i != verb.i and verb.is_ancestor(t)):
        return own  # only up a chain of prepositions and objects ('in a rural area of P')
    return own + [t for c in verb.children if c.dep_ == "prep" and not c.is_ancestor(noun)
                  and c.lower_ not in _TIME_PREPS for t in c.subtree]


def _place_phrase(name: Span) -> int:
    """Where the phrase naming a place starts: at 'the coastal city' in 'the coastal city of P'."""
    doc, start = name.doc, name.start
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _lexicon(("place_nouns",)):
        return doc[start - 2].left_edge.i
    return start


_TOWNS = frozenset({"city", "town"})
_THIS = frozenset({"the", "this", "that", "same"})


def _this_town(noun: Token) -> bool:
    """'the city', 'this town', 'this same town', 'the same city': the town the text is in, with no word
    of its own that says which ('the city of P', 'the border town')."""
    words = [c.lower_ for c in noun.children]
    return bool(words) and words[0] in ("the", "this", "that") and set(words) <= _THIS
_COMPANY = frozenset({"him", "her", "them"})
_COMPANY_BACK = 3  # sentences: how far back 'arrested with him' looks for his arrest
_TIME_PREPS = frozenset({"after", "before", "since", "until", "following", "upon", "during"})
_INNER_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "conj"})  # a clause of its own inside another
_DECADE = re.compile(r"(?:1[89]|20)[0-9]0s\b")  # "the 1990s", "the early 2000s": a decade, kept unresolved
_CONTROL = frozenset({"control", "dominance", "command", "grip", "hold"})


def _fought_over(name: Span) -> bool:
    """'fought the CJNG for control of Guadalajara': the place fought over is where the event was."""
    doc, start = name.doc, name.start
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _CONTROL


@cache
def _institution_kinds() -> dict[str, tuple[str, ...]]:
    from testigo.extract.reporting import load_reporting_patterns
    from testigo.extract.speakers import institution_kinds

    return institution_kinds(load_reporting_patterns())


_LEXICONS: dict[tuple[str, ...], frozenset[str]] = {}


@cache
def _lexicon(names: tuple[str, ...]) -> frozenset[str]:
    words = load_patterns("relations")
    return frozenset(word for name in names for word in words[name])


def _clause(trigger: Token) -> Span:
    """The verb clause of an event trigger: its subtree, or its head verb's for a noun; for a verb with a time
    of its own after a semicolon, from there (:func:`_after_semicolon`)."""
    first = trigger
    while first.dep_ == "conj" and first.pos_ == "NOUN" and first.head.pos_ == "NOUN":
        first = first.head  # "announced a truce and then an alliance": the first noun's verb
    head = trigger if trigger.pos_ in ("VERB", "AUX") else first.head
    if trigger.pos_ == "VERB" and trigger.dep_ in ("nsubj", "nsubjpass", "csubj"):
        head = trigger.head  # "fighting broke out last September": the gerund's clause
    elif head.pos_ == "ADP" and head.head.lemma_.lower() in SUPPORT_VERBS:
        head = head.head  # "has been engaged since 2024 in a conflict with X"
    elif head.pos_ == "ADP" and head.lower_ == "as" and head.head.pos_ == "VERB":
        head = head.head  # "G emerged around 2011 as a splinter of H"
    elif head.pos_ == "ADP" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and trigger.pos_ == "NOUN" \
            and head.lower_ in ("to", "under", "into", "at"):
        head = head.head  # "in 2021 X went to war with Y", "Y placed X under sanctions in 2012"
    elif head.pos_ == "ADP" and head.dep_ == "prep" and head.head.lemma_.lower() in COPULAS:
        head = head.head  # "For much of 2022, X was at war with Y": the copula's clause
    when = head
    while when.dep_ == "conj" and when.pos_ in ("VERB", "AUX") and when.head.pos_ in ("VERB", "AUX"):
        when = when.head  # "That ended on July 25, when he landed near P and was arrested": the first verb's 'when'
    if when.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in when.children):
        head = when.head  # "That ended on September 9, when fighting broke out", "in May 2023, when ..."
    if head.dep_ == "acl" and head.head.dep_ == "pobj" and head.head.head.dep_ == "ROOT" \
            and head.head.head.pos_ == "ADP" and any(c.dep_ == "nummod" for c in head.head.children):
        head = head.head.head  # "In 2019 police arrested X": 'In 2019 police' parsed as one phrase, the verb its acl
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.dep_ in ("nsubj", "dobj"):
        paper = head.head
        head = head.head  # "the decision earlier this year to designate X": the noun's phrase
        if trigger.tag_ == "VBG" and paper.dep_ == "dobj" and paper.head.pos_ == "VERB" \
                and paper.lemma_.lower() in _lexicon(("indictment_nouns",)):
            head = paper.head  # "In May, prosecutors in P unsealed an indictment charging X": the unsealing's clause
    tokens = list(head.subtree)
    doc = trigger.doc
    start, end = tokens[0].i, tokens[-1].i + 1
    if head.pos_ in ("VERB", "AUX"):  # "X was captured in 2023 ...; in July he pleaded guilty": not the next clause's
        end = min([c.left_edge.i for c in head.children if c.dep_ == "conj" and c.i > head.i
                   and c.pos_ in ("VERB", "AUX") and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                   and not c.left_edge.i <= trigger.i <= c.right_edge.i], default=end)
    if head.pos_ == "ADP" and trigger.pos_ == "NOUN":
        end = _time_after(head, end)  # "talk about the murder of X, a reporter, in December"
    if head.pos_ == "VERB" and head.dep_ in ("advcl", "ccomp", "conj", "relcl"):
        end = _stranded_after(head, trigger, end)
    if head.pos_ in ("VERB", "AUX") and (head.dep_ == "conj" or head.i == trigger.i):
        start = _after_semicolon(head, trigger, start, end)
    return doc[start:end]


def _after_semicolon(head: Token, trigger: Token, start: int, end: int) -> int:
    """'Police captured X in July 2011; he was extradited the following year': where the verb's clause starts
    when a semicolon stands before it and the words after it give a time of their own (written, or pointing
    at another); the parser may hang the clause before (or its last words, 'in July 2011') on the verb. With
    no time after it, the clause before may tell the occasion ('X was abducted in May; police attributed the
    kidnapping to G') and is kept."""
    after = max(start, head.head.i) if head.dep_ == "conj" else start
    semi = max((c.i for c in head.children if c.dep_ == "punct" and c.text == ";"
                and after < c.i < min(head.i, trigger.i)), default=None)
    if semi is None:
        return start
    rest = trigger.doc[semi + 1:end]
    return semi + 1 if find_dates(span_text(rest)) or anaphoric_date(rest) is not None else start


def _stranded_after(head: Token, trigger: Token, end: int) -> int:
    """'after soldiers arrested X, "El Y", in Culiacán in January 2008': the place and date after an
    object's alias, which the parser hangs on the verb of the clause before (the main clause's), or on
    the reporting verb after it ('marines arrested X, a G boss, on May 9 in P, the navy said'); read with
    the event clause they follow (only prepositions of time and place, only after a comma or quote)."""
    doc, stop = trigger.doc, trigger.sent.end
    j = end
    while j < stop and doc[j].is_punct:
        close = next((k for k in range(j + 1, min(j + 8, stop)) if doc[k].is_quote), None) \
            if doc[j].is_quote else None
        j = close + 1 if close is not None else j + 1  # a quoted alias the parser left out of the clause
    before = {a.i for a in head.ancestors if a.i < trigger.i}
    saying = load_reporting_patterns().verbs
    after = {a.i for a in head.ancestors  # 'X arrested Y, a G boss, on May 9, the navy said'
             if a.i > trigger.i and a.lemma_.lower() in saying}
    found = end
    while j < stop and doc[j].dep_ == "prep" and doc[j].lower_ in ("in", "on", "at") \
            and (doc[j].head.i in before or doc[j].head.i in after and j < doc[j].head.i) \
            and (j > found or doc[end - 1].is_punct):
        found = doc[j].right_edge.i + 1
        j = found
    return found


_TIME_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday"})


def _time_after(prep: Token, end: int) -> int:
    """Where a noun's phrase ends when the parser hung the time of the event it names on the verb
    above, a verb in the present that cannot be dated by it: 'the murder of X in December' read as
    '[still talk about the murder of X] [in December]'."""
    doc = prep.doc
    if prep.head.tag_ not in ("VBP", "VBZ"):
        return end  # "was acquitted of X's murder in April 2023": the time of the acquittal
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k >= len(doc) or doc[k].lower_ not in ("in", "on", "during") or doc[k].head.i != prep.head.i:
        return end
    objects = [c for c in doc[k].children if c.dep_ == "pobj"]
    if objects and (objects[0].lower_ in _TIME_WORDS or objects[0].like_num and len(objects[0].text) == 4):
        return doc[k].right_edge.i + 1
    return end


def _content_clause(trigger: Token) -> bool:
    """'rumours that X had been killed', 'the claim that X leads G': a clause with 'that' completing a
    noun tells what the noun reports (a relative clause would have 'that' as its subject or object)."""
    return trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children)


def _active_describer(verb: Token) -> list[Token]:
    """'whom OFAC described as the leader of Y' / 'the Treasury described the gang as a partner of Y':
    the named subject of an active describing verb (not a pronoun, not the person described)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    if found and found[0].lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        return [verb.head]  # "the Treasury, which described the gang as ..."
    if found and found[0].lower_ in ("it", "they") and verb.dep_ == "relcl":
        found = [a for a in [_antecedent_noun(found[0])] if a is not None]  # "X, whom it describes as ..."
    if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "The Treasury designated X, describing Y as"
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [c for c in found if c.pos_ in ("PROPN", "NOUN")]


def _describing_place(frame: Frame, verb: Token) -> list[Token]:
    """'described in court as', 'named in the ruling as': the court or the ruling, when no one is named."""
    places = frame.lexicon("describing_places")
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in places]


def _antecedent_noun(pronoun: Token) -> Token | None:
    """The last subject noun before 'it' ('they') of the same number, in its sentence or the one
    before, that names no person: 'The State Department offered rewards for X, whom it describes'."""
    plural = pronoun.lower_ == "they"
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    for k in range(pronoun.i - 1, start - 1, -1):
        t = doc[k]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") \
                and (t.tag_ in ("NNS", "NNPS")) == plural and t.ent_type_ != "person" \
                and t.lemma_.lower() not in _lexicon(("people_nouns", "member_nouns", "leader_nouns")):
            return t  # "The army said the boy took orders from X, whom it described as ...": the army
    return None


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence, or a clause joined to the one that does ('X arrived and said ...')."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _said_inside(trigger: Token, source: SourceSpan) -> bool:
    """'two brothers who prosecutors say lead G': the speaker is named inside the relative clause
    itself, so what it says there is the speaker's, not background the article gives."""
    if source.speaker_start is None:
        return False
    if trigger.dep_ == "relcl" and trigger.head.idx < source.speaker_start < trigger.idx:
        return True
    # 'the CJNG, headed according to federal authorities by X', 'a cell that, police say, answers to G': the
    # source is named inside the modifier clause itself, which is then that source's word
    last = trigger.right_edge
    return trigger.dep_ != "ROOT" and trigger.head.i < trigger.left_edge.i and \
        trigger.left_edge.idx <= source.speaker_start < last.idx + len(last)


def _reported_subject(trigger: Token) -> bool:
    """'It added that his brother, Y, is ...': the subject of a clause reported with 'that', kinship
    and all, is what the source says (an apposition elsewhere is the article's background). Without
    'that' ('police said his brother, Y, ...') the parser often hangs the subject elsewhere, and the
    test articles lost as much as they gained, so it stays the article's."""
    if trigger.dep_ == "appos":  # "officials said that X, the founder of G, was killed"
        trigger = trigger.head
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.dep_ == "ccomp" and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.head.children)


def _apposed(trigger: Token) -> bool:
    """The trigger noun stands in apposition to a name, or a name stands in apposition to it."""
    return trigger.dep_ == "appos" or any(c.dep_ == "appos" for c in trigger.children)


def _noun_modifier(trigger: Token) -> bool:
    """The trigger is a participle or adjective after the noun it describes ('a group based in P',
    'a gang active in P'), not a relative clause."""
    return trigger.dep_ in ("acl", "amod") and trigger.i > trigger.head.i


def _apposition_modifier(trigger: Token) -> bool:
    """The trigger is a participle right after the noun of an apposition ('G2, a gang led by X'), with no
    comma between them."""
    noun = trigger.head
    return _noun_modifier(trigger) and trigger.pos_ == "VERB" and noun.dep_ == "appos" and not any(
        t.text in (",", "(", "\u2014", "\u2013") for t in trigger.doc[noun.i + 1:trigger.i])


def _when_clause(trigger: Token) -> bool:
    """'The wave began on Saturday, when gunmen shot dead X, according to prosecutors': a 'when' clause
    tells what happened then, as part of what the source says, not background."""
    return trigger.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in trigger.children)


def _restrictive(trigger: Token) -> bool:
    """'X was among 29 prisoners that Mexico sent to the US on Thursday, officials said': a relative
    clause with no comma before it picks out its noun, and is part of what the source says; one set
    off by a comma ('X, who leads G, was arrested, officials said') is the article's background."""
    if trigger.dep_ != "relcl":
        return False
    first = trigger.left_edge.i
    if first == 0 or trigger.doc[first - 1].text in (",", "(", "-", "\u2014", "\u2013", ";", ":") or \
            trigger.head.i > first:
        return False
    # inside an apposition ('G, one of the groups that the US designated ...') it is background again
    return not any(t.dep_ == "appos" for t in [trigger.head, *trigger.head.ancestors])


def _occasion_words(trigger: Token) -> list[Token]:
    """'The operation in which X was arrested took place in Culiacán': the words of the verb the
    occasion noun is the subject of, outside the noun's phrase (where and when the occasion was)."""
    if trigger.pos_ != "VERB" or not which_clause(trigger):
        return []
    noun = trigger.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [t for c in noun.head.children if c.dep_ == "prep" for t in c.subtree]


def _where_antecedent(trigger: Token) -> Token | None:
    """The noun a 'where' clause holding the trigger hangs from."""
    for verb in [trigger, *list(trigger.ancestors)[:3]]:
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for v in [verb, *verb.conjuncts] for c in v.children):
            return verb.head
    return None


def _accuses(frame: Frame, verb: Token) -> bool:
    """'hold X responsible' accuses; 'hold talks' does not: verbs of patterns/relations.yaml
    accusing_with_complement accuse only with one of accusing_complements under them. A verb with no object,
    clause or passive of its own ('Several killings attributed to him are ...', the participle parsed as the
    main verb) accuses no one: its subject is what is attributed."""
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "agent", "auxpass", "nsubjpass") for c in verb.children):
        return False
    if verb.lemma_.lower() not in frame.lexicon("accusing_with_complement"):
        return True
    complements = frame.lexicon("accusing_complements")
    return any(w.lemma_.lower() in complements for w in verb.subtree if w.head.i == verb.i or w.head.head.i == verb.i)


def _under_agent(trigger: Token, verb: Token) -> bool:
    """The trigger lies in the phrase of the verb's agent ('accused by P of running ...', the 'of' hung on P)."""
    return any(a.dep_ == "agent" and a.left_edge.i <= trigger.i <= a.right_edge.i for a in verb.children)


def _in_as_complement(trigger: Token, verb: Token) -> bool:
    """'described as the leader of X', 'called the top leader of X', 'considered by P to be the leader of X': the
    trigger is what the verb calls someone."""
    return any(w.lower_ == "as" and ((v := as_verb(w)) is not None and v.i == verb.i or w.head.dep_ == "pobj"
                                     and w.head.head.head.i == verb.i) for w in trigger.ancestors) \
        or any(w.dep_ == "oprd" and w.head.i == verb.i for w in [trigger, *trigger.ancestors]) \
        or any(w.lemma_ == "be" and w.dep_ in ("xcomp", "ccomp") and w.head.i == verb.i for w in trigger.ancestors) \
        or any(w.dep_ == "dobj" and w.head.i == verb.i for w in [trigger, *trigger.ancestors]) \
        and verb.dep_ == "relcl" and verb.head.dep_ in ("appos", "npadvmod") and verb.head.pos_ == "NOUN" \
        and not any(c.tag_ in ("WP", "WDT") for c in verb.children)  # 'X, the man police call the head of G'


def _bare_definite(head: Token) -> bool:
    """'the ministry', 'the department': a singular common noun with 'the' and no word of its own."""
    return head.pos_ == "NOUN" and head.tag_ == "NN" and any(c.lower_ == "the" for c in children(head)) \
        and not any(c.dep_ in ("amod", "compound", "poss") for c in children(head))


def _head_word(name: str) -> str:
    """The word a name is a kind of: 'ministry' in 'Defence Ministry' and 'Ministry of Defence'."""
    words = fold(name).split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""


def _plain(text: str) -> str:
    """A source as written, without a leading 'the' or an acronym in brackets after it ("the state
    prosecutor's office (FGEO)": the acronym is another name of the same speaker, not part of its words)."""
    words = _BRACKETED_ACRONYM.sub("", text).strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).strip(" ,:;")
