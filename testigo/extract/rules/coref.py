"""The coreference layer: group pronouns and descriptions read back to the group they stand for.

Most rules read their ends with ``Frame.ref``, which saw only names. ``references(frame)`` marks, once
per document before the rules run, the words that may refer back to a group named before: 'it', 'its',
'they', 'them', 'their' and a definite group description ('the gang', 'this cell', 'the criminal
organisation', "the group's", 'the Jalisco group'). When a rule first asks, ``resolve`` reads such a word
as ``parties()`` reads it then (the one resolver of references), with no side effect on what parties()
notes, and keeps the reading (None too) when it is clear:
one group named near, and no other there that competes for the word; or, for a description with no group
named or read back near it ('the cartel' paragraphs after its name), the group the text has named more often
than any other ('the faction' and 'the clan' excepted: often a part or a family of it). ``Frame.ref`` then gives it to
every rule as a :class:`Resolved` end; ``Frame.name`` still sees names only. Not read: a word inside a
quotation (the speaker's own context), an indefinite ('a group'), a plural ('the two groups': parties()
reads those as pairs), a reflexive ('itself'), a description with its own of-phrase or clause ('the
faction of G' is a part of G), and people ('he', 'his brother X': parties() and the kin rules read those).
The rules of ``REFUSED`` take only names as ends.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START
from spacy.tokens import Token

from testigo.extract.entities import Ref, Resolved
from testigo.extract.frame import Frame
from testigo.extract.lexicon import fold
from testigo.extract.rules.anaphora import window_start
from testigo.extract.rules.phrases import GROUP, KIND_WORDS, _fits_name, parties, unnamed_subject
from testigo.extract.syntax import apposed_role
from testigo.extract.tokens import children, texts, tokens_of

__all__ = ["REFUSED", "references", "resolve"]

# Group pronouns only: 'he' and 'she' are read by parties() where a rule asks for a person; read for every
# rule they added no right claim over the repository's articles, and they are the most frequent pronouns.
PRONOUNS = {"it": GROUP, "its": GROUP, "they": GROUP, "them": GROUP, "their": GROUP}
NOUNS = frozenset({"group", "gang", "cartel", "organisation", "organization", "network", "cell",
                   "faction", "clan", "syndicate", "outfit", "mafia", "militia", "structure"})
NAMED_BY = frozenset({"cartel", "organization"})  # descriptions that fit only groups named so (phrases._fits_name)
POINTING = frozenset({"the", "this", "that"})
# Descriptions that often stand for a part or a family of the group the text is about ('the faction's
# operations', 'the most important name in the clan'): read only with their group named near.
PART_NOUNS = frozenset({"faction", "clan"})
QUOTES = frozenset({'"', "\u201c", "\u201d"})
# Rules (rule-name prefixes) that take no end read back, measured over the repository's articles: the path
# fallback's 'traffics' reads any purchase by 'the faction' as trafficking (1 wrong, 0 right), its 'leader_of' any
# work done 'for the faction' as leading it ('he oversaw the production ... for the faction'). A rule that
# only asks whether a word is a name uses Frame.name.
REFUSED: tuple[str, ...] = ("traffics.dep_path", "leader_of.dep_path")


def references(frame: Frame) -> dict[int, tuple[str, ...]]:
    """The tokens of the document that may stand for an entity named before, with the kinds each may be."""
    found: dict[int, tuple[str, ...]] = {}
    quotes = 0
    doc = frame.doc  # its words read as arrays: no Token made at every word
    tokens, starts = tokens_of(doc), doc.to_array(SENT_START).view("int64").tolist()
    text, lower, lemma = texts(doc, ORTH), texts(doc, LOWER), texts(doc, LEMMA, str.lower)
    for i, word in enumerate(text):
        if starts[i] == 1:  # token.is_sent_start
            quotes = 0
        if word in QUOTES:
            quotes += 1
        elif not quotes % 2 and (lower[i] in PRONOUNS or lemma[i] in NOUNS) \
                and frame.ents.ref_at(i) is None and (kinds := _kinds(frame, tokens[i])):
            found[i] = kinds
    return found


def _kinds(frame: Frame, token: Token) -> tuple[str, ...]:
    if token.pos_ == "PRON":
        return PRONOUNS.get(token.lower_, ())
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in NOUNS:
        return ()
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    if len(determiners) != 1 or determiners[0] not in POINTING:
        return ()  # 'a group', 'any cartel', 'each gang'
    if token.dep_ == "appos" or any(c.dep_ in ("prep", "acl", "relcl") for c in token.children):
        return ()  # 'X, the cell ...' (named right there), 'the faction of G' (a part of G, not G)
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in KIND_WORDS and not _naming(frame, c)
           for c in token.children):
        return ()  # 'the local gang', 'the new cartel': another group, or one the rules of parties() read
    return GROUP


def _naming(frame: Frame, word: Token) -> bool:
    """A place that names a group: 'the Jalisco group', 'the Tepic cell' (not 'the Zambada faction', another
    group named for a person)."""
    ref = frame.ents.ref_at(word.i)
    return ref is not None and ref.kind in ("place", "country")


def resolve(frame: Frame, token: Token) -> Ref | None:
    """The entity the word at ``token`` stands for, as parties() reads it, when that is clear: the only
    entity of its kinds named (or already referred back to) in this sentence before the word and the
    sentence before, or the one subject among them ('X met Y. It ...' leaves 'it' open)."""
    kinds = frame.coref.get(token.i, ())
    if token.pos_ == "PRON" and unnamed_subject(frame, token):
        return None  # 'This cell is one of ..., and it maintains ...': the cell, which has no name
    echoes = dict(frame.echoes)
    refs = parties(frame, token, kinds)
    frame.echoes.clear()  # what parties() noted while reading stays for the rules' own reading of the word
    frame.echoes.update(echoes)
    if len(refs) != 1 or refs[0].span.start == token.i:
        return None
    named = any(c.dep_ in ("compound", "nmod") and _naming(frame, c) for c in children(token))
    if not named and not _clear(frame, token, refs[0], kinds):
        return None  # ('the Jalisco group' names its group by the place, not by salience)
    return Resolved.at(token, refs[0].entity_id, refs[0].kind)


def _clear(frame: Frame, token: Token, ref: Ref, kinds: tuple[str, ...]) -> bool:
    start = window_start(token, 1)
    near = [r for i, r in frame.echoes.items() if start <= i < token.i and r.kind in kinds]
    for ref_before in frame.refs_before(token, *kinds):  # nearest first
        if ref_before.span.start < start:
            break
        near.append(ref_before)
    word = fold(token.lemma_).replace("organisation", "organization") if token.pos_ == "NOUN" else None
    fitting = [r for r in near if _fits_name(frame, frame.ents.entities[r.entity_id], word)] \
        if word in NAMED_BY else []
    near = fitting or near  # 'Los X and the Y Cartel ... the cartel': only the one called a cartel
    ids = {r.entity_id for r in near}
    if not ids and token.pos_ == "NOUN" and token.lemma_.lower() not in PART_NOUNS:
        return _topic_group(frame, token, ref, kinds)  # nothing near: 'the cartel' paragraphs after its name
    if ref.entity_id not in ids:
        return False  # named further back, or never: too weak for an end
    if len(ids) == 1:
        return True
    subjects = {r.entity_id for r in near if apposed_role(r.span.root) in ("nsubj", "nsubjpass")
                and r.span.root.head.dep_ in ("ROOT", "conj")}
    return subjects == {ref.entity_id}


def _topic_group(frame: Frame, token: Token, ref: Ref, kinds: tuple[str, ...]) -> bool:
    """A description ('the cartel', 'the organisation') with no group named or read back near it stands for
    the group the text is about: the one named more often before it than any other."""
    counts: dict[str, int] = {}
    for named in frame.refs_before(token, *kinds):
        counts[named.entity_id] = counts.get(named.entity_id, 0) + 1
    most = counts.get(ref.entity_id, 0)
    return most > 0 and all(n < most for i, n in counts.items() if i != ref.entity_id)
