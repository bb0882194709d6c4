"""Lines without a subject under a name, as case summaries, indictment digests and wanted lists
write them:

    Néstor Isidro Pérez Salas, known as "El Nini".
    Described in the indictment as the head of security for Los Chapitos.
    Arrested by the Mexican army in Culiacán on November 17, 2023, and extradited in June 2024.

Each such line is said of the person the paragraph opens with, when that opening sentence is the
name alone (with its nickname): a noun line ('A son of X.', 'X's brother.') reads as an
apposition, a participle line ('Charged as a leader of G.', 'Alleged to be a hitman for G.',
'Taken into custody by US agents.') as a passive whose subject is that person.

Profiles, glossaries and fact boxes put the name before a colon on the line itself:

    CJNG: Dominant armed actor in the port area. Designated an FTO by the State Department.
    - LNFM: Controls the municipalities of Tejupilco and Luvianos.
    - LNFM vs Los Tlacos: Likely rivals in northern Guerrero.

The sentences after the colon with no subject of their own are said of that name (a person or a
group): a group's noun line as an apposition ('Rival of G', 'Faction of G', 'Coalition of ...,
including G'), its verb line with the group as subject ('Controls P', 'Designated ... by Y'); two
groups before the colon are the pair a plural noun after it describes ('rivals', 'allies'). A name
in capitals, or one that opens more than one line, labels a speaker's turn, not an entry.

A heading of places ('Altiplano region, including Matehuala: the CDN is the dominant group', 'Zona
Media, including Rioverde: CJNG') places the group its line says holds them, or that is all it says.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.rules.events import designation_verb, event_verb
from testigo.extract.rules.justice import custody
from testigo.extract.rules.kinship import family
from testigo.extract.rules.phrases import prep_objects
from testigo.extract.rules.roles import emit_roles, role

__all__ = ["fragment_rules"]

PERSON = ("person",)
GROUP = ("criminal_group",)
PLACES = ("place", "country")
BULLETS = frozenset({"-", "*", "•", "·", "▪", "–"})
PAIRING = frozenset({"vs", "vs.", "v.", "versus", "and", "&", "the"})  # 'A vs B:', 'A and the B:'
INCLUDING = frozenset({"including", "includes", "include"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
NAMING = frozenset({"know", "call", "nickname", "dub"})


def fragment_rules(frame: Frame) -> None:
    """Read every subjectless line of the document as said of its line's or paragraph's heading name."""
    heading: tuple[int, Ref | None] = (-1, None)  # (paragraph start, its heading person)
    sentences = list(frame.doc.sents)
    for n, sent in enumerate(sentences):
        names = _line_heading(frame, sent)
        if not names:
            _place_line(frame, sent)
        if len(names) == 2:
            _pair_line(frame, names, sent)
            continue
        root = sent.root
        heading_words = {i for r in names for i in range(r.span.start, r.span.end)}
        if root.i in heading_words:  # 'G: Coalition of ...' parsed as one sentence, the line's noun in apposition
            root = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i), root)
        if any(c.dep_ in SUBJECTS and c.i not in heading_words for c in root.children) or root.i in heading_words:
            continue
        verb = _fragment_verb(root, heading_words)
        if root.pos_ != "NOUN" and verb is None:
            continue
        if names and names[0].kind in GROUP:
            _group_line(frame, names[0], root, verb)
            continue
        start = frame.text.rfind("\n\n", 0, sent.start_char) + 2  # the paragraph (a blank line before it)
        if heading[0] != start:
            heading = (start, _heading(frame, sentences, n, start))
        person = names[0] if names else heading[1]
        if person is None:
            continue
        if verb is None:
            _noun_line(frame, person, root)
        else:
            _participle_line(frame, person, verb)


def _fragment_verb(root: Token, heading: set[int]) -> Token | None:
    """The verb a subjectless line opens with: a participle ('Arrested in May'), a past form at the line's
    start ('Also designated an FTO'), or a present form the tagger read as a plural noun ('Controls P')."""
    first = next((t for t in root.sent if not t.is_punct and not t.is_space and t.pos_ != "ADV"
                  and t.i not in heading), root)
    if root.pos_ == "VERB" and (root.tag_ == "VBN" or root.tag_ in ("VBD", "VBZ") and root.i == first.i):
        return root
    if root.pos_ == "NOUN" and root.tag_ == "NNS" and root.i == first.i and root.is_title \
            and root.lemma_.lower() in _verbs("holding_verbs"):
        return root
    return None


def _verbs(name: str) -> frozenset[str]:
    return frozenset(load_patterns("relations")[name])


def _line_head(frame: Frame, sent: Span) -> tuple[list[Token], Token] | None:
    """The words before the colon that opens the sentence's line (less a bullet), and the colon."""
    doc = frame.doc
    if ":" not in frame.text[frame.text.rfind("\n", 0, sent.start_char) + 1:sent.end_char]:
        return None  # no colon on the line before the sentence's end (the cheap test, asked of every sentence)
    first = sent.start
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    words = [t for t in doc[first:min(first + 16, sent.end)] if not t.is_space]
    while words and words[0].text in BULLETS:
        words = words[1:]
    colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
    if not colon or "\n" in doc[words[0].i:words[colon].i].text:
        return None
    return words[:colon], words[colon]


def _line_heading(frame: Frame, sent: Span) -> list[Ref]:
    """The names before the colon that opens the sentence's line ('CJNG: ...', '- A vs B: ...'), when the
    sentence (or its part after the colon) follows that colon: persons or groups, one or a pair."""
    head = _line_head(frame, sent)
    if head is None:
        return []
    names: list[Ref] = []
    for word in head[0]:
        ref = frame.name(word, *PERSON, *GROUP)
        if ref is None and word.lower_ not in PAIRING or ref is not None and ref.span.end > head[1].i:
            return []
        if ref is not None and ref not in names:
            names.append(ref)
    if len(names) == 1 and names[0].kind in PERSON and _speaker_label(frame, names[0]):
        return []
    return names if len(names) in (1, 2) and len({r.entity_id for r in names}) == len(names) else []


def _speaker_label(frame: Frame, person: Ref) -> bool:
    """'ORTEGA PARDO:' or 'Ochoa:' opening turn after turn: a transcript's speaker, not an entry's name."""
    if person.span.text.isupper():
        return True
    label = person.span.text + ":"
    return frame.text.count("\n" + label) + frame.text.startswith(label) > 1


def _heading(frame: Frame, sentences: list[Span], n: int, start: int) -> Ref | None:
    """The person a paragraph opens with, when its first sentence is the name alone; the n-th
    sentence is in the paragraph that starts at character ``start``."""
    first = n
    while first > 0 and sentences[first - 1].start_char >= start:
        first -= 1
    if first == n:
        return None
    first_sentence = sentences[first]
    people = frame.refs_in(first_sentence, *PERSON)
    if not people or people[0].span.root.i != first_sentence.root.i:
        return None
    words = [t for t in first_sentence if t.is_alpha and not t.is_punct]
    named = {i for r in people for i in range(r.span.start, r.span.end)}
    rest = [t for t in words if t.i not in named and t.lemma_.lower() not in NAMING and t.lower_ not in ("as", "alias")]
    if first_sentence.text.rstrip().endswith(":") and _speaker_label(frame, people[0]):
        return None  # 'OCHOA:' opening a turn of a transcript
    return people[0] if len(rest) <= 2 else None  # a nickname the tagger left out may remain


def _noun_line(frame: Frame, person: Ref, noun: Token) -> None:
    """'A son of El Chapo.' / 'Iván Archivaldo's brother.' / 'The leader of G.'"""
    if frame.name(noun) is not None:
        return
    if role(frame, noun) is not None:
        emit_roles(frame, person, noun, "fragment", presupposed=False)
    family(frame, person, noun, "fragment")


def _participle_line(frame: Frame, person: Ref, verb: Token) -> None:
    """'Arrested by soldiers in May, and extradited in June.' / 'Charged as a leader of G.' /
    'Alleged to be a hitman for G.' / 'Described in the indictment as the head of security for G.'"""
    events = frame.table("events")
    for one in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        and not any(k.dep_ in SUBJECTS for k in c.children))]:
        lemma = one.lemma_.lower()
        for predicate, triggers in events.items():
            if lemma in triggers["verbs"]:
                event_verb(frame, one, predicate, people=[person])
        custody(frame, one, people=[person])
    for word in verb.subtree:
        as_role = word.dep_ == "pobj" and word.head.lower_ == "as" or word.dep_ == "attr" and word.head.lemma_ == "be"
        if as_role and word.pos_ == "NOUN" and role(frame, word) is not None:
            emit_roles(frame, person, word, "fragment", presupposed=False)


def _group_line(frame: Frame, group: Ref, root: Token, verb: Token | None) -> None:
    """'Rival of G.' / 'Faction of G.' / 'Coalition of ..., including G.' / 'Controls P.' /
    'Designated an FTO by Y.' under a group's name."""
    if verb is not None:
        lemma = verb.lemma_.lower()
        if lemma in _verbs("designation_verbs") and verb.pos_ == "VERB":
            designation_verb(frame, verb, targets=[group], authority=_also_by(frame, verb))
        elif lemma in _verbs("holding_verbs"):
            for place in _held_places(frame, verb):
                frame.emit("operates_in", group, place, verb, "operates_in.fragment.v1")
        return
    if frame.name(root) is not None:
        return
    others = [r for o in prep_objects(root, "of") for r in _names(frame, o, GROUP)]
    ties = load_patterns("ties")
    if root.lower_ in _verbs("rival_people_nouns"):
        predicate = "rival_of"
    elif root.lower_ in ties["ally_partner_nouns"]:
        predicate = "ally_of"
    elif root.lemma_.lower() in _verbs("faction_nouns"):
        predicate = "faction_of"
    elif root.lemma_.lower() in ties["coalition_nouns"]:
        for member in _included(frame, root):
            frame.emit("faction_of", member, group, root, "faction_of.fragment.v1")
        return
    else:
        return
    for other in others:
        if other.entity_id != group.entity_id:
            frame.emit(predicate, group, other, root, f"{predicate}.fragment.v1")


def _pair_line(frame: Frame, pair: list[Ref], sent: Span) -> None:
    """'A vs B: Likely rivals in P.' / 'A and B: allies since 2020.': the plural noun that opens what
    follows the colon says how the pair stand to each other."""
    if any(r.kind not in GROUP for r in pair):
        return
    colon = next((t for t in sent if t.text == ":" and t.i >= pair[-1].span.end), None)
    after = [t for t in sent if colon is not None and t.i > colon.i and t.is_alpha]
    noun = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)
    people = _verbs("rival_people_nouns") | set(load_patterns("ties")["ally_partner_nouns"])
    if noun is None or noun.tag_ != "NNS" or noun.lower_ not in people or any(
            t.pos_ in ("VERB", "AUX") for t in after if t.i < noun.i):
        _pair_tie(frame, pair, after)
        return
    if any(c.dep_ in ("poss", "prep") and c.lower_ in ("of", "'s") or c.dep_ == "poss" for c in noun.children):
        return  # 'rivals of G', 'G's allies': not the pair's own tie
    predicate = "rival_of" if noun.lower_ in _verbs("rival_people_nouns") else "ally_of"
    frame.emit(predicate, pair[0], pair[1], noun, f"{predicate}.pair_heading.v1")


def _pair_tie(frame: Frame, pair: list[Ref], words: list[Token]) -> None:
    """'A vs B: Open conflict, high confidence.' / 'A and B: Working alliance since 2020.': a noun of alliance or
    war that the comment opens with (after its adjectives) is the pair's, when it names no sides of its own (no
    owner, no 'between', 'with' or 'of'). A noun further in ('no evidence of a pact', 'analysts describe an
    alliance') is left to the sentence's own reading."""
    noun = next((t for t in words if t.pos_ not in ("ADJ", "DET", "ADV")), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _verbs("ally_nouns") | _verbs("rival_nouns"):
        return
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("between", "with", "among", "of")
           for c in noun.children):
        return
    predicate = "ally_of" if noun.lemma_.lower() in _verbs("ally_nouns") else "rival_of"
    frame.emit(predicate, pair[0], pair[1], noun, f"{predicate}.pair_heading.v1")


def _names(frame: Frame, token: Token, kinds: tuple[str, ...]) -> list[Ref]:
    """The names of ``kinds`` a phrase holds: its head and the heads conjoined to it."""
    found: list[Ref] = []
    for head in [token, *(c for c in token.subtree if c.dep_ == "conj" and c.head.i in (token.i, *(
            x.i for x in token.subtree if x.dep_ == "conj")))]:
        ref = frame.name(head, *kinds)
        if ref is not None and ref not in found:
            found.append(ref)
    return found


def _included(frame: Frame, noun: Token) -> list[Ref]:
    """The groups a coalition noun takes in: 'Coalition of A and B', 'Coalition of local gangs, including A'."""
    members = [r for o in prep_objects(noun, "of") for r in _names(frame, o, GROUP)]
    for word in [*noun.children, *(c for o in prep_objects(noun, "of") for c in o.children)]:
        if word.lower_ in INCLUDING or word.lower_ == "such" and word.dep_ == "prep":
            members += [r for o in word.children if o.dep_ == "pobj" for r in _names(frame, o, GROUP)]
            members += [r for o in word.children if o.dep_ == "dobj" for r in _names(frame, o, GROUP)]
    return members


def _held_places(frame: Frame, verb: Token) -> list[Ref]:
    """The places a holding verb takes: its object, or the places of that object's 'of' ('the municipalities
    of A, B and C'), and what follows 'in' or 'over'."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "appos")]
    heads += [o for p in ("in", "over", "across") for o in prep_objects(verb, p)]
    places = [r for h in heads for r in _names(frame, h, PLACES)]
    return places + [r for h in heads for o in prep_objects(h, "of") for r in _names(frame, o, PLACES)
                     if r not in places]


def _also_by(frame: Frame, verb: Token) -> Ref | None:
    """'Also designated an FTO.': the authority of the designation told last before, when the line names none."""
    if not any(c.lower_ == "also" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    before = [c for c in frame.claims.values() if c.predicate == "designated" and c.object_id
              and c.evidence.start < verb.sent.start_char]
    if not before:
        return None
    latest = max(before, key=lambda c: c.evidence.start)
    kind = frame.ents.entities[latest.object_id].kind  # type: ignore[index]
    return Ref(Span(verb.doc, verb.i, verb.i + 1, label=kind), latest.object_id)  # type: ignore[arg-type]


def _place_line(frame: Frame, sent: Span) -> None:
    """'Altiplano region, including Matehuala: the CDN is the dominant group.' / 'Zona Media: CJNG (moderate
    confidence).': under a heading of places, the group the line's first clause says holds them, or the group
    that is all the line says, operates in those places."""
    head = _line_head(frame, sent)
    if head is None or not sent.start <= head[1].i + 1 < sent.end:
        return
    words, colon = head
    places = frame.refs_in(frame.doc[words[0].i:colon.i], *PLACES, names=True)
    if not places or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in INCLUDING or frame.name(t, *GROUP)
                         for t in words):
        return
    for group, trigger in _bare_group(frame, sent, colon) or _holders(frame, sent, colon):
        for place in places:
            frame.emit("operates_in", group, place, trigger, "operates_in.place_heading.v1")


def _bare_group(frame: Frame, sent: Span, colon: Token) -> list[tuple[Ref, Token]]:
    """The group that is all a line's comment says, less a bracketed aside: 'CJNG (moderate confidence).'"""
    words = [t for t in frame.doc[colon.i + 1:sent.end] if not t.is_space and t.text != "." and t.pos_ != "DET"]
    ref = frame.name(words[0], *GROUP) if words else None
    if ref is None or ref.span.start != words[0].i:
        return []
    tail = [t for t in words if t.i >= ref.span.end]
    return [(ref, colon)] if not tail or tail[0].text == "(" and tail[-1].text == ")" else []


def _holders(frame: Frame, sent: Span, colon: Token) -> list[tuple[Ref, Token]]:
    """The groups named before the first verb of the comment, when that verb says they hold a place:
    'G controls most municipalities', 'G retains control', 'G is the dominant group'. (The parser often hangs
    the comment's subject on the heading, so the words before the verb are read, not its dependents.)"""
    first = next((t for t in frame.doc[colon.i + 1:sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if first is None:
        return []
    verb = first.head if first.dep_ in ("aux", "auxpass") else first
    lemma = verb.lemma_.lower()
    holds = lemma in _verbs("holding_verbs") | _verbs("operates_verbs") or lemma in _verbs("control_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _verbs("operates_nouns") for c in verb.children) or lemma in (
        "be", "remain") and any(c.dep_ == "attr" and any(a.lower_ in _verbs("dominance_words") for a in c.children)
                                for c in verb.children)
    if not holds:
        return []
    return [(r, verb) for r in frame.refs_in(frame.doc[colon.i + 1:first.i], *GROUP, names=True)]
