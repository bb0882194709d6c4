"""The fallback relation rule: two names joined by a short dependency path through one trigger.

Runs after the specific rules. In each sentence holding a trigger word (patterns/paths.yaml)
and two names of kinds some predicate joins, it reads the path between the names' heads;
coordinated names share the head of their coordination ("A and B"). The path must be short,
hold trigger words of exactly one predicate, and otherwise run only through words that pass a
role on: prepositions, a verb that carries a noun ("formed an alliance", "is a cell of"), and
nouns that stand for their group ("members of X"). How each name reaches the trigger gives its
role: the *holder* (the subject of a verb, the name a noun describes: "X, the boss of G", "G's
boss X", "X is a cell of G") or an *object* (object, possessor, modifier, prepositional object).

Invariant: a claim is added only where no rule made one of the same predicate for the same pair
in the same sentence, and its certainty, polarity, source and dates come from Frame.emit.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from itertools import combinations
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Span, Token

from testigo.extract.entities import Ref
from testigo.extract.frame import Frame
from testigo.extract.lexicon import load_patterns
from testigo.extract.modality import as_verb
from testigo.extract.name_repairs import GROUP_NOUNS
from testigo.extract.rules.anaphora import together_with
from testigo.extract.rules.conjuncts import CLAUSES, own_conjunct
from testigo.extract.rules.kinship import business_partner
from testigo.extract.rules.leadership import nearest_person
from testigo.extract.rules.ministries import inside_title
from testigo.extract.rules.phrases import parties
from testigo.extract.rules.roles import role, role_title
from testigo.extract.tokens import children, shared_texts, texts, tokens_of

__all__ = ["path_rules"]

HOLDER, OBJECT = "holder", "object"
RELATIVES = frozenset({"who", "which", "that", "whom"})
NAMING = frozenset({"know", "call", "name", "dub", "nickname"})
ROLE_PREDICATES = ("leader_of", "founder_of", "member_of")
GROUP_PAIR = ("ally_of", "rival_of", "negotiated_with", "faction_of")
GROUP_KIND, PERSON_KIND = ("criminal_group",), ("person",)
SYMMETRIC = frozenset({"ally_of", "rival_of", "negotiated_with", "sibling_of", "spouse_of", "relative_of"})


@cache
def _config() -> dict[str, Any]:
    """paths.yaml with each predicate's trigger lemmas expanded from the lists it names."""
    data = load_patterns("paths")
    lists = {**load_patterns("relations"), **load_patterns("ties")}
    triggers: dict[str, set[str]] = {}
    for predicate, spec in data["triggers"].items():
        words = {w for name in spec["lists"] for w in lists[name]} | set(spec["words"])
        for word in words:
            triggers.setdefault(word, set()).add(predicate)
    relations = load_patterns("relations")
    for word in (set(relations["official_titles"]) | set(data["official_words"])) - set(data["title_modifiers"]):
        triggers.setdefault(word, set()).add("official_of")
    passable = (set(relations["transparent_nouns"]) | set(relations["running_nouns"])
                | set(relations["collective_nouns"])) - set(data["triggers"]["faction_of"]["words"])
    return {**data, "lemmas": {w: frozenset(p) for w, p in triggers.items()}, "passable": frozenset(passable),
            "family": relations["family"],
            "running": frozenset(relations["running_nouns"]),
            "amounts": frozenset(relations["amount_nouns"]), "parents": frozenset(relations["parent_words"]),
            "links": frozenset(data["link_verbs"]) | frozenset(relations["ally_light_verbs"])
            | frozenset(relations["talk_light_verbs"]) | frozenset(relations["describing_verbs"]),
            "object_preps": frozenset(data["object_preps"]),
            "leader_verbs": frozenset(data["triggers"]["leader_of"]["words"]),
            "acl_links": frozenset(data["acl_links"]), "chain_preps": frozenset(data["chain_preps"])}


def _kind_pair(a: Ref, b: Ref) -> str | None:
    kinds = {a.kind, b.kind}
    if kinds == {"criminal_group"}:
        return "groups"
    if kinds == {"person"}:
        return "people"
    if kinds == {"person", "agency"}:
        return "official"
    if "criminal_group" in kinds and kinds & {"person", "drug", "place", "country"} and len(kinds) == 2:
        return "group_with"
    return None


def _predicates(frame: Frame, token: Token) -> frozenset[str]:
    """The predicates a token is a trigger of."""
    config = _config()
    lemma = token.lemma_.lower()
    found = set(config["lemmas"].get(lemma, ())) | set(config["lemmas"].get(token.lower_, ()))
    if token.pos_ == "VERB":
        preps = config["verb_preps"].get(lemma)
        if preps is not None and not any(c.lower_ in preps for c in token.children if c.dep_ in ("prep", "prt")):
            found.discard("faction_of")
    elif lemma in config["verb_preps"] and lemma not in ("splinter",):
        found.discard("faction_of")  # "a split", "a break": no faction
    if token.pos_ in ("NOUN", "PROPN"):
        predicate = role(frame, token)
        if predicate is not None:
            found.add(predicate)
        if (token.lower_ in config["family"] or lemma in config["family"] or lemma in config["parents"]) \
                and not business_partner(token):
            found.add("kin")
    elif token.pos_ == "VERB" and lemma in config["leader_verbs"]:
        found.add("leader_of")
    if token.pos_ not in ("NOUN", "PROPN", "VERB"):
        return frozenset()
    return frozenset(found)


def _official(predicates: frozenset[str], pair: str) -> frozenset[str]:
    """Between a person and an agency, a leader's or member's word is an office: 'X heads the agency',
    'X, a DEA agent', 'the agency's chief, X'."""
    if pair != "official" or not predicates & {"leader_of", "member_of"}:
        return predicates
    return (predicates - {"leader_of", "member_of"}) | {"official_of"}


@cache
def _coalitions() -> frozenset[str]:
    return frozenset(load_patterns("ties")["coalition_nouns"])


def _fits(predicate: str, pair: str) -> bool:
    if pair == "groups":
        return predicate in GROUP_PAIR
    if pair == "people":
        return predicate == "kin"
    if pair == "official":
        return predicate == "official_of"
    return predicate in ROLE_PREDICATES + ("traffics", "operates_in")


def _top(token: Token) -> Token:
    """The head of a coordination a name stands in: 'A and B' share A's place in the parse."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _own_step(name: Token, top: Token, step: Token) -> bool:
    """A later conjunct does not share what is said of the first one alone: 'A, an offshoot of Z,
    and B' (an apposition before the conjunct belongs to A)."""
    return name.i == top.i or not (step.head.i == top.i and step.dep_ in ("appos", "relcl", "acl", "prep")
                                   and step.i < name.i)


def _path(a: Token, b: Token) -> list[Token] | None:
    """The tokens from ``a`` up to the lowest common head and down to ``b``."""
    up = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up)}
    down = [b]
    for token in b.ancestors:
        if down[-1].i in index:
            break
        down.append(token)
    if down[-1].i not in index:
        return None
    return up[:index[down[-1].i]] + list(reversed(down))


def _down_role(token: Token, child: Token) -> str | None:
    """The role of what hangs from ``token`` through ``child``."""
    config = _config()
    dep = child.dep_
    if dep in ("nsubj", "agent", "appos", "csubj"):
        return HOLDER  # "X runs G", "G is run by X", "the boss of G, X"
    if dep == "nsubjpass":
        return OBJECT if any(c.dep_ == "agent" for c in token.children) or token.pos_ == "VERB" else None
    if dep in ("dobj", "poss", "compound", "nmod", "amod", "pobj"):
        return OBJECT
    if dep == "acl" and child.lemma_.lower() in config["acl_links"]:
        return OBJECT  # "a cell working for G"
    if dep == "prep" and child.lower_ == "against" and token.lemma_.lower() in _ally_verbs():
        return None  # "A and B cooperate against C": C is their common enemy, no partner
    if dep in ("prep", "prt") and child.lower_ in config["object_preps"]:
        return OBJECT
    return None


@cache
def _ally_verbs() -> frozenset[str]:
    return frozenset(load_patterns("relations")["ally_verbs"])


def _role(frame: Frame, trigger: Token, steps: list[Token]) -> tuple[str, Token] | None:
    """The role of the name at the end of ``steps`` (the path from the trigger, trigger excluded),
    and the word whose clause asserts it (the trigger, or the verb that carries it)."""
    config = _config()
    previous, role_, verb = trigger, None, trigger
    for n, node in enumerate(steps):
        last = n == len(steps) - 1
        if node.head.i == previous.i:  # down from previous
            if role_ is None:
                role_ = _first_down(trigger, previous, node)
                if role_ is None:
                    return None
            first = previous.i == trigger.i or previous.pos_ in ("VERB", "AUX")
            if not last and not _passes(node, config, first=first, verb=first and trigger.pos_ == "VERB"):
                return None
        elif role_ is not None:
            return None  # down then up again: another phrase
        elif previous.i == trigger.i and (role_ := _up_role(trigger)) is not None:
            pass
        elif _is_link(node, config) or node.lower_ == "as" and as_verb(node) is not None:
            verb = node if node.pos_ in ("VERB", "AUX") else verb  # "formed an alliance", "is a cell of"
        elif previous.pos_ in ("VERB", "AUX") and _shares_subject(previous):
            pass  # "is believed to lead G", "tried to negotiate with G", "remained active and are allied with"
        elif not (node.pos_ == "ADP" and node.lower_ in ("in", "into", "among", "at") and previous.dep_ == "pobj"):
            return None  # "locked in a feud with", "among the suppliers of", "at the helm of" pass; any other word
            # is another phrase
        previous = node
    return (role_, verb) if role_ is not None else None


def _first_down(trigger: Token, previous: Token, node: Token) -> str | None:
    """The role given by the first step down: from the trigger itself, or from the verb carrying it."""
    if previous.i == trigger.i:
        return _down_role(trigger, node)
    if previous.pos_ not in ("VERB", "AUX"):
        return None
    if node.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return HOLDER  # "X formed an alliance", "described X as the boss of", "the boss of G is X"
    return _down_role(previous, node)


def _up_role(trigger: Token) -> str | None:
    """The role of the word a trigger hangs from, when the trigger describes it: 'X, a cell of G',
    'the G boss X', 'X, which split from G', 'G, led by X' (an object), 'a gang smuggling cocaine'."""
    dep = trigger.dep_
    if dep in ("appos", "compound", "nmod"):
        return HOLDER
    if dep == "relcl":
        subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in RELATIVES:
            return HOLDER if subject.dep_ == "nsubj" else OBJECT
    if dep == "acl" and trigger.tag_ == "VBN":
        return OBJECT
    if dep == "acl" and trigger.tag_ == "VBG":
        return HOLDER
    return None


def _shares_subject(verb: Token) -> bool:
    """A verb whose subject is its head's: an infinitive complement, or a coordinated verb with no
    subject of its own."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _is_link(node: Token, config: dict[str, Any]) -> bool:
    return node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in config["links"]


def _passes(node: Token, config: dict[str, Any], *, first: bool, verb: bool) -> bool:
    """A word a path may cross on its way down to a name: a preposition, or a noun standing for its
    group ("members of X"); below a verb only the noun of what is run ("runs the operations of X")."""
    if node.pos_ == "ADP":
        return node.dep_ == "agent" or node.lower_ in config["object_preps" if first else "chain_preps"] \
            or node.lower_ == "as" and node.head.dep_ == "acl" and node.head.lemma_.lower() in NAMING
    if node.pos_ == "VERB":
        lemma = node.lemma_.lower()  # "a group known as X", "a cell working for G"
        return node.dep_ == "acl" and (lemma in NAMING or first and lemma in config["acl_links"])
    if verb and first:
        return node.lemma_.lower() in config["running"] or node.lemma_.lower() in config["amounts"]
    return node.pos_ in ("NOUN", "PRON", "NUM") and (node.lemma_.lower() in config["passable"] or node.lower_ == "one")


def _clause_crossing(path: list[Token]) -> bool:
    """The path leaves a clause for another with its own subject, or for a reported one."""
    on_path = {t.i for t in path}
    for token in path:
        if token.pos_ not in ("VERB", "AUX") or token.head.i not in on_path or token.head.i == token.i:
            continue
        dep = token.dep_
        if dep in ("ccomp", "advcl", "parataxis", "pcomp", "csubj") or dep == "conj" and not _shares_subject(token):
            return True
        if dep == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES
                                      for c in token.children):
            return True  # "the group that X leads" is X's clause, not the group's
    return False


class _Sentences:
    """Names and triggers per sentence, read once per document."""

    def __init__(self, frame: Frame) -> None:
        self.starts = [s.start for s in frame.doc.sents]
        self.refs: dict[int, list[Ref]] = {}
        for ref in frame.ents.refs:
            key = bisect_right(self.starts, ref.span.start) - 1
            self.refs.setdefault(key, []).append(ref)


STANDING_PRONOUNS = {"it": GROUP_KIND, "they": GROUP_KIND, "he": PERSON_KIND, "she": PERSON_KIND}
PAST_SIDES = frozenset({"former", "old", "erstwhile", "one-time", "onetime", "ex"})
COREF_ENDS = True  # also every other word the coreference layer reads back (rules/coref.py)
STANDING_NOUNS = frozenset({"group", "cartel", "organization", "organisation", "gang"})


def standing_ends(frame: Frame, sentence: Span) -> list[Ref]:
    """The subjects of a sentence that stand for one entity named before ('it', 'they', 'he', 'the
    group') and 'the group's' as a possessor, read by parties(): 'It emerged as a breakaway from G',
    'He remained the group's chief'. Each is a one-word Ref, so the fallback can join it like a name.
    Not possessive pronouns ('his brother X': the kin rules read those) nor words inside a quotation."""
    found: list[Ref] = []
    quotes = 0
    doc = sentence.doc
    tokens, text, dep = tokens_of(doc), shared_texts(doc, ORTH), shared_texts(doc, DEP)  # as arrays: no Token made
    for i in range(sentence.start, sentence.end):
        quotes += text[i] in ('"', "\u201c", "\u201d")
        if quotes % 2 or dep[i] not in ("nsubj", "nsubjpass", "poss"):
            continue
        token = tokens[i]
        if frame.name(token) is not None:
            continue
        if token.pos_ == "PRON" and token.dep_ != "poss":
            kinds = STANDING_PRONOUNS.get(token.lower_)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in STANDING_NOUNS and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in children(token)) and not any(
                c.dep_ in ("compound", "amod", "prep", "relcl", "acl", "appos") for c in children(token)):
            kinds = GROUP_KIND
        else:
            kinds = None
        if kinds is None:
            continue
        refs = parties(frame, token, kinds)
        if len(refs) == 1 and refs[0].span.sent.start < sentence.start:
            found.append(Ref.at(token, refs[0].entity_id, refs[0].kind))
    return found


def _read_back(frame: Frame, words: list[int], names: list[Ref], taken: list[Ref]) -> list[Ref]:
    """The words of a sentence the coreference layer reads back (rules/coref.py), as ends: not one standing_ends
    took, nor one read as an entity the sentence names too (that adds no end, only another path)."""
    named = {r.entity_id for r in names}
    starts = {r.span.start for r in taken}
    return [r for i in words if i not in starts and (r := frame.ref(frame.doc[i])) is not None
            and r.entity_id not in named]


def _done(frame: Frame) -> set[tuple[str, frozenset[str], int]]:
    """(predicate, pair, sentence start) of every claim the specific rules made; a member a rule put in
    charge of a part ('runs G's operations in P') is not the group's leader either."""
    done = {(c.predicate if c.predicate not in ("child_of", "sibling_of", "spouse_of", "relative_of") else "kin",
             frozenset({c.subject_id, c.object_id or ""}), c.evidence.start) for c in frame.claims.values()}
    return done | {("leader_of", frozenset({c.subject_id, c.object_id or ""}), c.evidence.start)
                   for c in frame.claims.values() if c.predicate == "member_of" and c.qualifiers.title}


def path_rules(frame: Frame) -> None:
    """Add the fallback claims of every sentence; run after the specific rules."""
    lemmas = _config()["lemmas"]
    index = _Sentences(frame)
    done: set[tuple[str, frozenset[str], int]] | None = None
    referring: dict[int, list[int]] = {}
    for i in sorted(frame.coref) if COREF_ENDS else ():
        referring.setdefault(bisect_right(index.starts, i) - 1, []).append(i)
    tokens, family = tokens_of(frame.doc), _config()["family"]
    pos, lower, lemma = texts(frame.doc, POS), texts(frame.doc, LOWER), texts(frame.doc, LEMMA, str.lower)
    for n, sentence in enumerate(frame.doc.sents):
        refs = index.refs.get(n, [])
        words = range(sentence.start, sentence.end)
        if len(refs) < 2 and not any(lower[i] in STANDING_PRONOUNS or lemma[i] in STANDING_NOUNS for i in words):
            continue  # no word that may stand for an entity named before (see standing_ends)
        if not any(lemma[i] in lemmas or pos[i] == "NOUN" and role(frame, tokens[i]) is not None
                   or lower[i] in family for i in words):
            continue
        done = _done(frame) if done is None else done
        standing = standing_ends(frame, sentence)
        refs = refs + standing + _read_back(frame, referring.get(n, []), refs, standing)
        for a, b in combinations(refs, 2):
            if a.entity_id != b.entity_id:
                _pair(frame, a, b, done)


def _pair(frame: Frame, a: Ref, b: Ref, done: set[tuple[str, frozenset[str], int]]) -> None:
    pair = _kind_pair(a, b)
    if pair is None or pair == "official" and (inside_title(frame, a) or inside_title(frame, b)):
        return  # 'the Secretary of National Defence, X': the ministry's office (rules/ministries.py)
    ha, hb = _top(a.span.root), _top(b.span.root)
    if ha.i == hb.i:
        _joint(frame, a, b, ha, done) if pair == "groups" else None
        return
    path = _path(ha, hb)
    if path is None or len(path) - 1 > _config()["max_edges"]:
        return
    if not (_own_step(a.span.root, ha, path[1]) and _own_step(b.span.root, hb, path[-2])):
        return
    if not (_own_clause(frame, a, ha, path[1]) and _own_clause(frame, b, hb, path[-2])):
        return
    inner = path[1:-1]
    found: list[tuple[str, Token, tuple[str, Token], tuple[str, Token]]] = []
    predicates: set[str] = set()
    on_path = {t.i for t in path}
    for n, token in enumerate(inner, start=1):
        fitting = {p for p in _official(_predicates(frame, token), pair) if _fits(p, pair)}
        if any(c.lower_ in PAST_SIDES for c in children(token)):
            fitting -= {"rival_of", "ally_of"}  # "X's former rival, Y": a side taken once is none now (groups._enemy)
        if any(c.dep_ == "amod" and c.lower_ in frame.lexicon("strained_modifiers") for c in children(token)):
            fitting -= {"ally_of"}  # "X has a strained relationship with Y" (groups._noun_trigger)
        if any(t.pos_ == "ADP" and t.lower_ == "against" for t in path):
            fitting -= {"ally_of"}  # "A teamed up against B", "A allied with C against B": B is the common foe
        if any(t.lemma_.lower() in frame.lexicon("faction_nouns") and frame.name(t) is None for t in inner):
            fitting -= {"leader_of", "founder_of"}  # "the faction of G led by X": X leads the faction, not G
        if token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i not in on_path and not _plural(c)
                                        for c in token.children):
            fitting -= {"leader_of", "founder_of"}  # "X headed the inquiry into G": X leads the inquiry (not
            # "X led (most of) its fighters into G")
        if not fitting:
            continue
        predicates |= fitting
        left, right = _role(frame, token, list(reversed(path[:n]))), _role(frame, token, path[n + 1:])
        if left is None or right is None or _clause_crossing(path) or _other_antecedent(frame, token, a, b) \
                or any(together_with(t) for t in path):
            continue
        for predicate in fitting:
            if predicate in ("ally_of", "negotiated_with") and any(t.pos_ == "ADP" and t.lower_ == "against"
                                                                   for t in path):
                continue  # "cooperating against X": X is the common foe, no partner
            found.append((predicate, token, left, right))
    if len(predicates) != 1 or not found:
        return
    predicate, trigger, left, right = found[0]
    _emit(frame, predicate, trigger, (a, left), (b, right), done)


def _plural(noun: Token) -> bool:
    """A plural object or pronoun, or a part of plural ones ('its fighters', 'them', 'most of its men')."""
    return noun.tag_ == "NNS" or noun.pos_ == "PRON" or any(
        o.tag_ == "NNS" for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _joint(frame: Frame, a: Ref, b: Ref, top: Token, done: set[tuple[str, frozenset[str], int]]) -> None:
    """Coordinated groups and the trigger they share: 'bloodshed between A and B', 'A and B's
    rivalry', 'A and B clashed', 'A and B sealed a pact'."""
    head = top.head
    triggers: list[tuple[Token, Token]] = []  # (trigger, the word whose clause asserts it)
    if top.dep_ == "pobj" and head.lower_ in ("between", "among"):
        holder = head.head
        triggers.append((holder, holder))
        if holder.pos_ in ("VERB", "AUX"):
            triggers += [(c, holder) for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif top.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _coalitions():
        triggers.append((head.head, head.head))  # "an alliance of A, B and C": each an ally of the others
    elif top.dep_ == "poss":
        triggers.append((head, head))
    elif top.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        triggers.append((head, head))
        if _is_link(head, _config()):
            triggers += [(c, head) for c in head.children if c.dep_ in ("dobj", "attr")]
    found = {(p, t.i, v.i) for t, v in triggers for p in _predicates(frame, t)
             if p in SYMMETRIC and p in GROUP_PAIR}
    if len({p for p, _, _ in found}) != 1:
        return
    predicate, trigger, verb = next(iter(found))
    if predicate != "ally_of" and _third_party(frame, top.head, {a.entity_id, b.entity_id}):
        return  # "A and B have fought C": A and B stand on one side, against C
    if predicate == "rival_of" and any(c.dep_ == "prep" and c.lower_ == "alongside" for c in top.doc[verb].children):
        return  # "A and B fought alongside each other": side by side
    key = (predicate, frozenset({a.entity_id, b.entity_id}), top.sent.start_char)
    if key in done:
        return
    doc = top.doc
    asserted = verb != trigger or doc[trigger].pos_ == "VERB" or doc[trigger].dep_ in ("nsubj", "nsubjpass")
    if frame.emit(predicate, a, b, doc[verb], f"{predicate}.dep_path.v1", presupposed=not asserted):
        done.add(key)


def _own_clause(frame: Frame, ref: Ref, top: Token, step: Token) -> bool:
    """Whether a clause the path leaves the coordination's head by describes this conjunct: 'G, whose leader is
    X, and H, headed by Y' says nothing of G's leader in 'headed by Y' (rules/conjuncts.py)."""
    if step.dep_ not in CLAUSES or step.head.i != top.i or ref.kind != "criminal_group":
        return True
    return any(g.entity_id == ref.entity_id for g in own_conjunct(step, parties(frame, top, GROUP_KIND)))


def _other_antecedent(frame: Frame, trigger: Token, a: Ref, b: Ref) -> bool:
    """'X, the brother of Y, "Nick", who leads G': the relative clause is about Y, the nearer name."""
    if trigger.dep_ != "relcl":
        return False
    relative = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES), None)
    near = nearest_person(frame, relative) if relative is not None else None
    return near is not None and near.entity_id not in (a.entity_id, b.entity_id)


def _third_party(frame: Frame, verb: Token, pair: set[str]) -> bool:
    """The verb the coordinated subjects share has a group of its own as object ('have fought C',
    'negotiated with C', 'clashed against C'): the subjects act together against it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
                for o in p.children if o.dep_ == "pobj"]
    objects += [o for n in verb.children if n.dep_ in ("attr", "dobj") for p in n.children  # 'are rivals of C'
                if p.dep_ == "prep" and p.lower_ in ("of", "with", "against", "to")
                for o in p.children if o.dep_ == "pobj"]
    objects += [c for o in list(objects) for c in o.conjuncts]
    return any((ref := frame.name(o, "criminal_group")) is not None and ref.entity_id not in pair for o in objects)


def _active_verb(token: Token, pair: tuple[Ref, Ref]) -> bool:
    """A verb in the active voice whose objects are both names: what its subject acts on ('fighting A in
    P and B in Q'), unlike a passive's subject and object ('A has been tied to B') or names inside the
    subject ('gunmen from A and B traded fire')."""
    if token.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return not any(s.is_ancestor(r.span.root) for s in subjects for r in pair)


def _both_with(trigger: Token, pair: tuple[Ref, Ref]) -> bool:
    """Both names come after 'with' round a trigger noun ('kept good relations with A, ..., and with B', the
    second 'with' hung on the verb): each the holder's partner, not each other's."""
    def after_with(token: Token) -> bool:
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ == "with"
    return trigger.pos_ == "NOUN" and all(after_with(r.span.root) for r in pair)


def _acting_group(frame: Frame, verb: Token, pair: set[str]) -> bool:
    """The verb (or the verb it shares its subject with) has a group of its own as subject."""
    while _shares_subject(verb) and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any((ref := frame.name(c, "criminal_group")) is not None and ref.entity_id not in pair for c in subjects)


def _role_of_another_group(frame: Frame, trigger: Token, obj: Ref) -> bool:
    """'boss of a fuel-theft gang at war with the Jalisco cartel': the role's 'of' names a group noun that
    refers to no one named, and the named group is elsewhere (the gang's enemy, not the boss's group; 'head of
    a cell of G' is G's)."""
    of = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ != "NOUN" or group.lemma_.lower() not in GROUP_NOUNS \
            or frame.name(group) is not None:
        return False
    token = obj.span.root
    while token.i != group.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ not in ("of", "in"):
            return True
        token = token.head
    return token.i != group.i


def _emit(frame: Frame, predicate: str, trigger: Token, one: tuple[Ref, tuple[str, Token]],
          two: tuple[Ref, tuple[str, Token]], done: set[tuple[str, frozenset[str], int]]) -> None:
    (a, (role_a, verb_a)), (b, (role_b, verb_b)) = one, two
    config = _config()
    if predicate == "kin":
        word = trigger.lower_ if trigger.lower_ in config["family"] else trigger.lemma_.lower()
        predicate = config["family"].get(word, "child_of")
    subject_role = config["subject_role"].get(predicate if predicate not in SYMMETRIC | {"child_of"} else "kin")
    kinds = config["kinds"].get(predicate, config["kinds"]["kin"])
    if predicate in SYMMETRIC and predicate not in ("sibling_of", "spouse_of", "relative_of"):
        if role_a == role_b == OBJECT and (_active_verb(trigger, (a, b)) or _acting_group(
                frame, verb_a, {a.entity_id, b.entity_id}) or _both_with(trigger, (a, b))):
            return  # "X allied itself with A and later with B", "fighting A in P and B in Q": X's, not each other's
        subject, obj = a, b
    elif subject_role == "holder" or predicate in ("sibling_of", "spouse_of", "relative_of"):
        if {role_a, role_b} != {HOLDER, OBJECT}:
            return
        subject, obj = (a, b) if role_a == HOLDER else (b, a)
        if predicate == "child_of" and trigger.lemma_.lower() in config["parents"]:
            subject, obj = obj, subject  # "X's father Y": X is the child
    else:
        if role_a == role_b == HOLDER:
            return
        subject, obj = (a, b) if a.kind == kinds[0] else (b, a)
        if predicate == "traffics" and (role_b if obj is b else role_a) != OBJECT:
            return  # the drug is what is moved, never the one who moves it
        if trigger.pos_ == "VERB" and (role_a if subject is a else role_b) != HOLDER:
            return  # "X supplies it with meth": only the subject of the verb moves the drug
    if subject.kind != kinds[0] and not (kinds[0] == "person" and subject.kind == "person"):
        return
    if obj.kind != kinds[1] and not (predicate == "operates_in" and obj.kind == "country"):
        return
    if predicate in ROLE_PREDICATES and _role_of_another_group(frame, trigger, obj):
        return
    family = "kin" if predicate in ("child_of", "sibling_of", "spouse_of", "relative_of") else predicate
    key = (family, frozenset({subject.entity_id, obj.entity_id}), trigger.sent.start_char)
    if key in done:
        return
    verb = verb_a if verb_a.i != trigger.i else verb_b
    asserted = verb.i != trigger.i or trigger.pos_ == "VERB"  # else read inside a noun phrase
    title = role_title(trigger) if predicate in ROLE_PREDICATES or predicate == "official_of" and trigger.pos_ in (
        "NOUN", "PROPN") else None
    climbs = trigger.dep_ in ("attr", "oprd", "dobj") or trigger.dep_ == "pobj" and as_verb(trigger.head) is not None
    claim = frame.emit(predicate, subject, obj, trigger if climbs else verb, f"{predicate}.dep_path.v1",
                       title=title, presupposed=not asserted)  # modality.py climbs from such a noun itself
    if claim is not None:
        done.add(key)
