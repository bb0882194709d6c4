"""Sanctions and designations said with nouns, lists and follow-up sentences (designated).

"Y imposed sanctions on A and B"; "Y's sanctions against A"; "Y added A to its list of ...";
"... and on several of their leaders. Among the people named was X" (X designated by the
authority of the designation just before); "cartels it designated as ..., among them A and B".
The verb forms ("Y designated A as ...") are read by rules/events.py.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.group_types import words_of
from testigo.extract.lexicon import count_value, load_patterns
from testigo.extract.rules.dispatch import RuleSet, starts
from testigo.extract.rules.phrases import GROUP, parties, prep_objects
from testigo.extract.syntax import agent_objects
from testigo.model import Claim, make_id

__all__ = ["sanction_rules", "words"]

PERSON = ("person",)
AUTHORITY = ("agency", "country")
TARGETS = GROUP + PERSON


@cache
def words(name: str) -> frozenset[str]:
    """One word list of patterns/ties.yaml as a set."""
    return frozenset(load_patterns("ties")[name])


def _authorities(frame: Frame, verb: Token, noun: Token | None = None) -> list[Ref]:
    """Who acts: the verb's subject, its 'by' agent, or the noun's possessor ("Treasury's sanctions")."""
    from testigo.extract.rules.events import country_modifier

    found = [r for c in verb.children if c.dep_ == "nsubj" for r in parties(frame, c, AUTHORITY)
             or country_modifier(frame, c)]  # "the United States Treasury" unknown as a name: the country
    found += [r for o in agent_objects(verb) for r in parties(frame, o, AUTHORITY)]
    if noun is not None:
        found += [r for c in noun.children if c.dep_ in ("poss", "compound", "nmod")  # "US sanctions"
                  for r in parties(frame, c, AUTHORITY)]
    return found


def _targets(frame: Frame, holders: list[Token]) -> list[Ref]:
    """Objects of 'on' and 'against' (also a second 'and on ...') on the noun or its verb."""
    found: list[Ref] = []
    for holder in holders:
        preps = ("on", "against", "of") if holder.lemma_.lower() == "designation" else ("on", "against")
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for one in [prep, *(c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP")]:
                found += [r for o in one.children if o.dep_ == "pobj" for r in parties(frame, o, TARGETS)]
        found += [r for acl in holder.children if acl.dep_ == "acl" and acl.lemma_.lower() == "target"
                  for o in acl.children if o.dep_ == "dobj" for r in parties(frame, o, TARGETS)]
    return [r for i, r in enumerate(found) if all(r.entity_id != s.entity_id for s in found[:i])]


@starts(lemmas=(lambda: words("sanction_nouns"),))
def _sanction_noun(frame: Frame, token: Token) -> None:
    """'Y imposed sanctions on A and B' / 'Sanctions were placed on A by Y' / "Y's sanctions against A"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words("sanction_nouns"):
        return
    verb = token.head if token.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if verb is not None and verb.dep_ == "prep":
        verb = None
    light = verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in words("sanction_light_verbs")
    targets = _targets(frame, [token] + ([verb] if light else []))  # type: ignore[list-item]
    if not targets:
        return
    authorities = _authorities(frame, verb, token) if light else _authorities(frame, token, token)  # type: ignore[arg-type]
    if not authorities:
        return
    label = "sanctions" if token.lemma_.lower().startswith("sanction") else token.lemma_.lower()
    for target in targets:
        for authority in authorities:
            frame.emit("designated", target, authority, verb if light else token,  # type: ignore[arg-type]
                       "designated.sanction_noun.v1", label=label, with_time=True)


@starts(lemmas=(lambda: words("sanction_nouns"),))
def _sanctions_with_or_under(frame: Frame, token: Token) -> None:
    """'Y targeted A with sanctions' / 'A is under US sanctions' / 'Y placed A under sanctions'."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words("sanction_nouns") or token.dep_ != "pobj":
        return
    prep, verb = token.head, token.head.head
    if prep.lower_ == "with" and verb.pos_ == "VERB" and verb.lemma_.lower() in words("sanction_target_verbs"):
        targets = [r for c in verb.children if c.dep_ == "dobj" for r in parties(frame, c, TARGETS)]
        authorities = _authorities(frame, verb, token)
    elif prep.lower_ == "under" and verb.lemma_.lower() in ("be", "remain", "come", "fall", "stay", "place", "put"):
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        targets = [r for h in holders for r in parties(frame, h, TARGETS)]
        authorities = [r for c in token.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                       for r in parties(frame, c, AUTHORITY)]
        authorities += [r for o in agent_objects(verb) for r in parties(frame, o, AUTHORITY)]
        if verb.lemma_.lower() in ("place", "put"):  # "the United States placed A under sanctions"
            authorities += [r for c in verb.children if c.dep_ == "nsubj" for r in parties(frame, c, AUTHORITY)]
    else:
        return
    for target in targets:
        for authority in authorities:
            frame.emit("designated", target, authority, token, "designated.sanctions_with.v1", label="sanctions",
                       with_time=True)


@starts(lemmas=(lambda: words("listing_verbs"),))
def _added_to_list(frame: Frame, token: Token) -> None:
    """'Y added A and B to its list of terrorist organisations' / 'A was added to the list by Y'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("listing_verbs"):
        return
    lists = _lists(token)
    if not lists:
        return
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    heads = passive or [c for c in token.children if c.dep_ == "dobj"]
    targets = [r for h in heads for r in parties(frame, h, TARGETS) or counted_names(frame, h)
               or parties(frame, h, GROUP)]  # GROUP alone reads 'those groups' back to the pair named
    if not heads and token.dep_ == "relcl" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
        main = token.head.head.head  # "Of the eight groups Y added to its list, X is ...": X
        targets = [r for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for r in parties(frame, c, TARGETS)]
    before_list = token.doc[lists[0].left_edge.i:lists[0].i]
    authorities = _authorities(frame, token) or frame.refs_in(before_list, *AUTHORITY)  # "the Treasury list"
    for target in targets:
        for authority in authorities:
            frame.emit("designated", target, authority, token, "designated.added_to_list.v1",
                       label=_list_label(lists[0]), with_time=True)


STAYING_VERBS = frozenset({"be", "remain", "appear", "stay", "feature"})


@starts(lemmas=(lambda: words("list_nouns"),))
def _on_the_list(frame: Frame, token: Token) -> None:
    """'X is on a U.S. Treasury sanctions list', 'X has been on the OFAC list of Specially Designated
    Nationals since 2012', 'X remains on the US list of foreign terrorist organisations': a list of
    sanctions or designations (a sanction noun or a designation's words among its own) names X, listed by
    the authority it names, if any."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words("list_nouns") or token.dep_ != "pobj" \
            or token.head.lower_ != "on":
        return
    verb = token.head.head
    if verb.pos_ not in ("AUX", "VERB") or verb.lemma_.lower() not in STAYING_VERBS:
        return
    phrase = [t for t in token.subtree if t.i != token.i]
    if not any(t.lemma_.lower() in words("sanction_nouns") or t.lower_ in words_of("designation_label_words")
               for t in phrase):
        return  # "on the list of wanted fugitives", "on the guest list"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    targets = parties(frame, subject, TARGETS) if subject is not None else []
    doc = token.doc
    authorities = frame.refs_in(doc[token.left_edge.i:token.right_edge.i + 1], *AUTHORITY)
    for target in targets:
        for authority in authorities or [None]:
            frame.emit("designated", target, authority, verb, "designated.on_the_list.v1",
                       label=_list_label(token), with_time=True)


def _lists(verb: Token) -> list[Token]:
    """The list nouns after 'to' or 'on' of a listing verb ("added A to its list"). The parser often hangs
    the phrase on the last of coordinated objects ("put A and B on its list": 'on' under B), so the
    objects' conjuncts are read too."""
    holders = [verb] + [c for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for c in o.conjuncts]
    return [o for h in holders for o in prep_objects(h, "to") + prep_objects(h, "on")
            if o.lemma_.lower() in words("list_nouns")]


def _list_label(noun: Token) -> str:
    """'list of foreign terrorist organisations' from "its list of foreign terrorist organisations"."""
    return " ".join(t.lower_ for t in noun.subtree if t.dep_ not in ("det", "poss", "punct", "case"))


def counted_names(frame: Frame, head: Token) -> list[Ref]:
    """'Y added two gangs to its list. ... saying A and B have ...': a counted plural stands for exactly
    that many names of its kind after it in its sentence or, when the sentence names none, in the next (or
    in the next one's subject, when that sentence names others too)."""
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    if head.tag_ != "NNS" or number is None:
        return []
    count = count_value(number.text)
    lemma = head.lemma_.lower()
    kinds = GROUP if lemma in frame.lexicon("collective_nouns") else PERSON if lemma in COUNTED_PEOPLE else None
    if kinds is None or count is None:
        return []
    doc, sentence = head.doc, head.sent
    for span in (doc[head.i + 1:sentence.end], doc[sentence.end].sent if sentence.end < len(doc) else None):
        if span is None:
            break
        found = list({r.entity_id: r for r in frame.refs_in(span, *kinds)}.values())
        if found and len(found) != count and span.start == sentence.end:
            # 'A, a boxer, and B, a singer, have acted for C': the names of the next sentence's subject
            found = [r for c in span.root.children if c.dep_ == "nsubj" for r in parties(frame, c, kinds)]
        if found:
            return found if len(found) == count else []
    return []


COUNTED_PEOPLE = frozenset({"person", "individual", "man", "woman", "people", "leader", "member", "figure"})


def _latest_designation(frame: Frame, token: Token) -> Claim | None:
    """The designation claimed last before the sentence of ``token``, by a named authority."""
    before = [c for c in frame.claims.values() if c.predicate == "designated" and c.object_id
              and c.evidence.start < token.sent.start_char]
    return max(before, key=lambda c: c.evidence.start) if before else None


@starts(lemmas=(lambda: words("designating_participles"),), words=(lambda: words("designated_words"),))
def _named_among(frame: Frame, token: Token) -> None:
    """'Among the people named was X' / 'The individuals sanctioned include X and Y' / 'X was among the
    designated entities': X was designated by the authority of the designation the text reported just
    before, on its dates."""
    if token.lemma_.lower() not in words("designating_participles") and token.lower_ not in words("designated_words"):
        return
    noun = token.head
    if not (token.dep_ == "acl" or token.dep_ == "amod" and token.tag_ in ("VBN", "JJ") and token.i < noun.i
            and noun.dep_ == "pobj" and noun.head.lower_ == "among"):
        return  # "the designated entities" is a listing only as those X is among
    if noun.lemma_.lower() not in words("target_nouns") | {"those"} or noun.tag_ not in ("NNS", "NN", "DT") or \
            any(c.dep_ in ("dobj", "prep") and c.lower_ not in ("by",) for c in token.children):
        return
    if noun.dep_ == "pobj" and noun.head.lower_ != "among":
        return
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    if clause.lemma_.lower() not in ("be", "include"):
        return
    heads = [c for c in clause.children if c.dep_ in ("nsubj", "attr", "dobj", "nsubjpass") and c.i != noun.i]
    named = [r for h in heads for r in parties(frame, h, TARGETS)]
    latest = _latest_designation(frame, token)
    if not named or latest is None:
        return
    kind = frame.ents.entities[latest.object_id].kind  # type: ignore[index]
    authority = Ref(Span(token.doc, token.i, token.i + 1, label=kind), latest.object_id)  # type: ignore[arg-type]
    for target in named:
        claim = frame.emit("designated", target, authority, token, "designated.named_among.v1",
                           label=latest.qualifiers.label, with_time=True)
        if claim is not None and not claim.qualifiers.dates and latest.qualifiers.dates:
            dates = replace(claim.qualifiers, dates=latest.qualifiers.dates)  # the same occasion
            frame.claims[claim.id] = replace(claim, qualifiers=dates)


@starts(lemmas=("designate", "sanction", "list", "blacklist"))
def _among_them(frame: Frame, token: Token) -> None:
    """'several cartels it designated as terrorist organisations, among them A and B'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("designate", "sanction", "list", "blacklist"):
        return
    if token.dep_ != "relcl" or token.head.tag_ != "NNS" or frame.name(token.head) is not None:
        return
    doc = token.doc
    among = next((t for t in doc[token.i:token.sent.end - 1]
                  if t.lower_ == "among" and doc[t.i + 1].lower_ in ("them", "those", "which")), None)
    if among is None:
        return
    first = next((t for t in doc[among.i + 2:token.sent.end] if frame.ref(t, *GROUP) is not None), None)
    if first is None:
        return
    groups = parties(frame, frame.ref(first, *GROUP).span.root, GROUP)  # type: ignore[union-attr]
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    authorities: list[Ref | None] = list(parties(frame, subject, AUTHORITY))
    if not authorities and subject.lower_ in ("it", "they") and _speaker_authority(frame, token):
        authorities = [None]  # "the department said it designated": the department, or its government
    from testigo.extract.rules.events import _label

    for group in groups:
        for authority in authorities:
            frame.emit("designated", group, authority, token, "designated.among_them.v1", label=_label(token),
                       with_time=True)  # asserted by whoever reports the clause


@starts(lemmas=("designate", "sanction", "list", "blacklist", "name", lambda: words("listing_verbs")))
def _designated_alongside(frame: Frame, token: Token) -> None:
    """'Y designated A as ..., alongside B and four other groups' (or 'along with B', 'next to B'; also
    'Y put A on its list, next to B', 'Y designated the X network, together with X himself'; 'A was designated
    an FTO by Y in May, along with B', the agent hung on the label): B, a group or a person, shares the
    designation."""
    if token.pos_ != "VERB":
        return
    lists = _lists(token) if token.lemma_.lower() in words("listing_verbs") else []
    from testigo.extract.rules.events import _agents, _label, _object_label, listing_label, set_off_name

    named = token.lemma_.lower() == "name" and listing_label(frame, token)  # "named A a kingpin, together with B"
    if token.lemma_.lower() not in ("designate", "sanction", "list", "blacklist") and not lists and not named:
        return
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "oprd")] + lists \
        + prep_objects(token, "as")  # "designated as an FTO by Y, alongside B": 'alongside' on the label
    companions = [r for h in holders for o in _alongside(h) for r in parties(frame, o, TARGETS) or [
        r for c in set_off_name(o, token) for r in parties(frame, c, TARGETS)]]
    if not companions:
        return
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    authorities = _authorities(frame, token) if passive or subject is not None else []
    if not authorities and passive:
        authorities = _agents(frame, token)  # "designated an FTO by Y": 'by Y' on the label

    label = _list_label(lists[0]) if lists else _label(token) or _object_label(frame, token)
    for group in companions:
        for authority in authorities or ([None] if passive and label else []):  # "A was designated a
            # kingpin in 2010, along with B": by someone unnamed
            frame.emit("designated", group, authority, token, "designated.alongside.v1", label=label,
                       with_time=True)


@starts(lemmas=("designate", "sanction"))
def _designated_again(frame: Frame, token: Token) -> None:
    """'OFAC sanctioned A in 2021; today A is designated again': a passive designation with no
    authority of its own is a new act of the authority of the designation reported just before; so is
    'Two public figures are also designated today. A, a boxer, and B, a singer, ...' (the counted people
    named next)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("designate", "sanction") or \
            any(c.dep_ == "agent" for c in token.children) or token.dep_ in ("acl", "relcl", "amod"):
        return
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    before = [c for c in frame.claims.values() if c.predicate == "designated" and c.object_id
              and c.evidence.start <= token.sent.start_char and c.evidence.end <= token.sent.end_char]
    if not subjects or not before:
        return
    latest = max(before, key=lambda c: c.evidence.start)
    # 'Two men are also designated today. A and B ...': a counted plural, the people named next
    targets = [r for c in subjects for r in parties(frame, c, TARGETS) or counted_names(frame, c)]
    if not targets and subjects[0].lower_ in ("he", "she", "they", "it"):  # "they are designated again": those before
        targets = [Ref(Span(token.doc, subjects[0].i, subjects[0].i + 1,
                            label=frame.ents.entities[c.subject_id].kind), c.subject_id)
                   for c in before if c.evidence.start == latest.evidence.start]
    if not targets:
        return
    kind = frame.ents.entities[latest.object_id].kind  # type: ignore[index]
    authority = Ref(Span(token.doc, token.i, token.i + 1, label=kind), latest.object_id)  # type: ignore[arg-type]
    from testigo.extract.rules.events import _label

    for target in targets:
        claim = frame.emit("designated", target, authority, token, "designated.again.v1", label=_label(token),
                           with_time=True, merge_dates=False)
        if claim is None or frame.claims.get(claim.id) is claim:
            continue
        dates = tuple(d for d in claim.qualifiers.dates if d not in frame.claims[claim.id].qualifiers.dates)
        if dates:  # the act before kept the claim: this one is a second act, on its own date
            again = replace(claim, id=make_id("clm", claim.id, *(d.value for d in dates)),
                            qualifiers=replace(claim.qualifiers, dates=dates))
            frame.claims.setdefault(again.id, again)


def _alongside(head: Token) -> list[Token]:
    """The objects of 'alongside', 'along with' or 'together with' on ``head``."""
    found = prep_objects(head, "alongside")
    for word in head.children:
        if word.lower_ in ("along", "together") and word.dep_ in ("prep", "advmod"):
            found += prep_objects(word, "with")
        if word.lower_ == "next" and word.dep_ in ("prep", "advmod"):  # "(right) next to B"
            found += prep_objects(word, "to")
        if word.dep_ in ("prep", "oprd") and word.lower_ == "with" and \
                any(c.lower_ in ("along", "together") for c in word.children):
            found += [o for o in word.children if o.dep_ == "pobj"]
    return found


def _speaker_authority(frame: Frame, token: Token) -> list[Ref]:
    """'it' in 'the department said it ...': the authority that is the subject of the reporting verb
    ("the department" itself being the agency named last before it)."""
    for verb in token.ancestors:
        if verb.pos_ != "VERB":
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            found = parties(frame, subject, AUTHORITY)
            if not found and subject.lemma_.lower() in words("authority_heads") and \
                    any(c.lower_ == "the" for c in subject.children):
                found = [r for r in frame.refs_before(subject, "agency")][:1]
            if found:
                return found
    return []


# Every sanction rule, in order (rules/dispatch.py: each runs where its trigger can match).
sanction_rules = RuleSet(
    _sanction_noun, _added_to_list, _on_the_list, _named_among, _sanctions_with_or_under, _among_them,
    _designated_alongside, _designated_again,
)
