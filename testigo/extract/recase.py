"""Text written in capitals, read from a re-cased copy of the same length.

Cables ("1. (SBU) ON JANUARY 14 THE PGR ARRESTED ..."), telex bulletins, translated military notes and
headlines are often written wholly or partly in capitals. The model reads every word of such a line as a
proper noun, so its names, clauses and sources are lost. A line written in capitals (``in_capitals``) is
parsed from a copy in which only the case of its letters changes: lower case, then capitals where English
writes them:

- the words of a name the knowledge base knows, with its casing ("GULF CARTEL" -> "Gulf Cartel",
  "DEA" stays "DEA"); a name made only of common words ("THE LINE") only when it ends in a word for a group or
  names an agency or a place;
- given names and demonyms of the word lists, months and days;
- words the model's lemma tables do not list as English words: names ("GUZMAN" -> "Guzman"); short ones
  without a vowel or of three letters or fewer, and a lone word in brackets, stay capitals (acronyms:
  "PGR", "(AFO)", "(SBU)");
- a Spanish article before a name ("LOS MAZATLECOS", "EL CUERVO"), a nickname after "ALIAS" or "(A)" or
  quoted beside a name ('"EL GUERO" PALMA');
- the first word of a sentence.

Every character keeps its place, so offsets into the copy are offsets into the original: whatever leaves
the extractor with a span (quotes, mention texts) is cut from the original text again (``restore``).
A text without three words in capitals in a row is returned as it is, after one regular-expression search.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from testigo.extract.lexicon import fold, load_patterns
from testigo.model import Claim, name_key

if TYPE_CHECKING:
    from spacy.language import Language

    from testigo.kb import KnowledgeBase

__all__ = ["Casing", "in_capitals", "may_have_capitals", "recase", "restore"]

# Three words of capitals in a row: the cheap test that lets ordinary text through untouched.
_CAPS_RUN = re.compile(r"[A-Z]{2,}[\s,.;:'\"-]+[A-Z][A-Z'.]*[\s,.;:'\"-]+[A-Z]{2,}")
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
_VOWELS = frozenset("AEIOUYÁÉÍÓÚÜ")
_SENTENCE_END = frozenset(".!?")
_OPENERS = frozenset("\"'([{\u201c\u2018\u00ab*-\u2013\u2014 \t")
_MARKING = re.compile(r"\s*(?:\d+\.\s*)?\([A-Z/]{1,6}\)")  # '1. (SBU)'
_LABEL = re.compile(r"\s*(?:\d+\.\s*)?(?:\([A-Z/]{1,6}\)\s*)?[^\W\d_]+(?: [^\W\d_]+){0,2}")  # '2. (U) BACKGROUND'
_PARTICLES = frozenset({"de", "del", "y"})  # Spanish words inside a name, written small
_PARTS = ("noun", "verb", "adj", "adv", "propn", "aux", "pron", "det", "adp", "num", "cconj", "sconj", "part")
_NAME_GAPS = frozenset({" ", "-", ". ", ".", "'", "\u2019"})  # what may separate the words of a name
_QUOTES = "\"\u201c\u201d'\u2018\u2019"
_NICKNAME_CUES = ("ALIAS", "AKA", "A.K.A.", "(A)", "KNOWN AS", "NICKNAMED", "DUBBED")
_GROUP_ENDS = ("group_heads", "criminal_nouns", "group_class_nouns", "group_name_words", "part_nouns")
_SHAPED_KINDS = frozenset({"agency", "country", "place"})  # kinds whose names of common words are names


def in_capitals(line: str) -> bool:
    """Whether a line is written in capitals: three or more words of two letters or more, and no more than
    one word in ten with a small letter."""
    words = _WORD.findall(line)
    upper = sum(1 for w in words if len(w) > 1 and w.isupper())
    small = sum(1 for w in words if not w.isupper())
    return upper >= 3 and small * 10 <= len(words)


def may_have_capitals(text: str) -> bool:
    """Whether ``text`` holds three words of capitals in a row (one search: false for most texts, which
    ``recase`` then need not read)."""
    return _CAPS_RUN.search(text) is not None


def recase(text: str, casing: Casing) -> str:
    """``text`` with each line written in capitals re-cased (same length, same characters but their case);
    ``text`` itself when no line is."""
    lines = [m for m in _LINE.finditer(text) if in_capitals(m.group())] if may_have_capitals(text) else []
    if not lines:
        return text
    parts, at = [], 0
    for m in lines:
        parts += [text[at:m.start()], casing.line(m.group())]
        at = m.end()
    parts.append(text[at:])
    return "".join(parts)


@dataclass(slots=True)
class Casing:
    """How words written in capitals are written in mixed case: the knowledge base's names, the word lists
    and the model's lemma tables."""

    english: frozenset[str]  # folded words the lemma tables list (and stop words)
    verbs: frozenset[str]  # folded words the lemma tables list as verbs
    adjectives: frozenset[str]  # ... as adjectives (base forms)
    stop: frozenset[str]
    suffixes: tuple[tuple[str, str, str], ...] = ()  # the lemma rules: part of speech, an ending, its stand-in
    seen: dict[tuple[str, bool], bool] = field(default_factory=dict)  # (folded word, verbs only) -> listed
    groups: frozenset[str] = frozenset()  # folded nouns for a group ('cartel', 'organization', 'gang')
    group_firsts: frozenset[str] = frozenset()  # folded first words of the KB's group names ('gulf')
    names: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = field(default_factory=dict)
    titled: frozenset[str] = frozenset()  # folded words always written with a capital
    given: frozenset[str] = frozenset()  # folded given names (a run of names starts at one)
    articles: frozenset[str] = frozenset()  # Spanish articles that start a name
    titles: frozenset[str] = frozenset()  # folded titles written before a name ('cardinal', 'attorney')

    @classmethod
    def make(cls, nlp: Language, kb: KnowledgeBase) -> Casing:
        """The casing of ``nlp``'s lemma tables and stop words, ``kb``'s names and testigo's word lists."""
        stop = frozenset(nlp.Defaults.stop_words)
        english, by_part, rules = _lemma_words(nlp)
        words, relations = load_patterns("entities"), load_patterns("relations")
        articles = frozenset(fold(w) for w in words["nickname_articles"] + words["group_article_words"]) - {"the"}
        given = [*words["given_names"], *words["female_names"], *words["world_given_names"]]
        titled = [*given, *relations["demonyms"], *words["more_demonyms"], *calendar.month_name[1:], *calendar.day_name]
        titles = words["name_stops"] + relations["official_titles"] + relations["state_offices"]
        casing = cls(english=english | stop, verbs=by_part["verb"], adjectives=by_part["adj"], stop=stop,
                     suffixes=rules, articles=articles, given=frozenset(fold(w) for w in given) - stop,
                     groups=frozenset(fold(w) for key in _GROUP_ENDS for w in words[key]),
                     titled=frozenset(fold(w) for w in titled if w.isalpha()) - stop,
                     titles=frozenset(fold(w) for w in titles) & by_part["noun"] - stop - articles)
        for entity in kb:
            for name in kb.names(entity):
                casing._add_name(name, entity.kind)
        for entries in casing.names.values():
            entries.sort(key=lambda e: -len(e[0]))
        casing.group_firsts = frozenset(name_key(_WORD.findall(n)[0]) for e in kb if e.kind == "criminal_group"
                                        for n in kb.names(e) if len(_WORD.findall(n)) > 1) - stop
        return casing

    def _add_name(self, name: str, kind: str) -> None:
        """Index one KB name by its first folded word, when its words alone tell that it is a name."""
        cased = tuple(_WORD.findall(name))
        folded = tuple(name_key(w) for w in cased)
        if not folded or folded[0] in self.stop and len(folded) == 1:
            return
        common = all(self.is_english(w) for w in folded)
        if len(folded) == 1:
            if common and not cased[0].isupper() and kind not in _SHAPED_KINDS:
                return  # 'Viceroy', 'Foxtrot': words before they are names
        elif common and kind not in _SHAPED_KINDS and folded[-1] not in self.groups:
            return  # 'The Line', 'Living Together', 'Broken Tooth'
        self.names.setdefault(folded[0], []).append((folded, cased))

    def is_english(self, key: str, *, verb: bool = False) -> bool:
        """Whether the lemma tables list a folded word (as a verb with ``verb``), as it is or through one of
        their rules ('arrested' -> 'arrest')."""
        known = self.seen.get((key, verb))
        if known is None:
            forms = self.verbs if verb else self.english
            known = self.seen[(key, verb)] = key in forms or any(
                key.endswith(old) and key[:len(key) - len(old)] + new in forms
                for pos, old, new in self.suffixes if not verb or pos == "verb")
        return known

    def line(self, line: str) -> str:
        """One line written in capitals, re-cased."""
        words = list(_WORD.finditer(line))
        out = [_lower(w.group()) for w in words]
        named = [False] * len(words)  # words re-cased as (part of) a name
        self._known_names(line, words, out, named)
        for i in range(len(words)):
            if not named[i]:
                self._word(line, words, i, out, named)
        self._surnames(line, words, out, named)
        self._group_words(line, words, out, named)
        self._articles(line, words, out, named)
        self._spanish_names(line, words, out, named)
        self._nicknames(line, words, out, named)
        self._titles(line, words, out, named)
        for i, m in enumerate(words):
            if _starts_sentence(line, m.start()) and out[i][:1].islower() and not _after_apostrophe(line, m.start()):
                out[i] = _upper(out[i][:1]) + out[i][1:]
        chars = list(line)
        for m, word in zip(words, out, strict=True):
            chars[m.start():m.end()] = word
        return "".join(chars)

    def _known_names(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """The words of KB names, written as the KB writes them (the longest name at each word)."""
        i = 0
        while i < len(words):
            size = 0
            for folded, cased in self.names.get(name_key(words[i].group()), ()):
                n = len(folded)
                if i + n <= len(words) and all(
                        name_key(words[i + k].group()) == folded[k] for k in range(n)) and all(
                        line[words[i + k - 1].end():words[i + k].start()] in _NAME_GAPS
                        for k in range(1, n)):
                    for k in range(n):
                        out[i + k] = _shape(words[i + k].group(), cased[k])
                        named[i + k] = True
                    size = n
                    break
            i += max(size, 1)

    def _word(self, line: str, words: list[re.Match[str]], i: int, out: list[str], named: list[bool]) -> None:
        """One word no KB name holds: a given name or demonym, an acronym, a word English does not list."""
        m = words[i]
        word, key = m.group(), fold(m.group())
        if not word.isupper() or _after_apostrophe(line, m.start()):
            out[i] = word if not word.isupper() else out[i]
            return
        if len(word) == 1:  # 'a' before a word; an initial, a letter of a spaced word or a marking stays
            if word != "A" or i + 1 == len(words) or len(words[i + 1].group()) < 2 \
                    or line[m.end():words[i + 1].start()] != " ":
                out[i] = word
            return
        if key == "may" and _beside_number(line, m):
            out[i], named[i] = "May", True  # the month: 'MAY 24', '3 MAY'
            return
        if key in self.titled:
            out[i], named[i] = _capitalised(word), True
        elif self.is_english(key):
            return
        elif len(word) <= 3 or not _VOWELS.intersection(word) or _bracketed(line, m):
            out[i], named[i] = word, True
        else:
            out[i], named[i] = _capitalised(word), True

    def _surnames(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """The surnames after a given name, though English lists the word ('EDUARDO SANCHEZ', 'LEOPOLDO
        ARIZMENDI COSS', 'TERRANCE C. COLE'): up to four words, an initial among them, while each is no stop
        word and no verb ('JUAN PEREZ SAID' keeps 'said')."""
        for i in range(len(words) - 1):
            if not named[i] or fold(words[i].group()) not in self.given \
                    or i and named[i - 1] and line[words[i - 1].end():words[i].start()] == " ":
                continue  # a run of names starts at its given name
            for k in range(i + 1, min(i + 5, len(words))):
                gap, word = line[words[k - 1].end():words[k].start()], words[k].group()
                key = fold(word)
                if gap != " " and not (gap == ". " and len(words[k - 1].group()) == 1) \
                        or key in self.stop or self.is_english(key, verb=True):
                    break
                if not named[k]:
                    out[k], named[k] = _capitalised(word), True

    def _group_words(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """The first word of a KB group's name before a noun for a group ('THE GULF ORGANIZATION'), and a
        quoted word before one ('THE "LOGAN" GANG')."""
        for i in range(len(words) - 1):
            gap = line[words[i].end():words[i + 1].start()]
            if named[i] or fold(words[i + 1].group()) not in self.groups:
                continue
            first = fold(words[i].group())
            quoted = gap[:1] in _QUOTES and i > 0 and line[words[i].start() - 1] in _QUOTES
            if gap == " " and first in self.group_firsts or quoted and first not in self.stop:
                word = words[i].group()
                out[i], named[i] = _capitalised(word), True

    def _quoted_nickname(self, line: str, words: list[re.Match[str]], i: int, named: list[bool]) -> bool:
        """Whether word i opens a nickname in quotes beside a name: one to three words, led by a Spanish
        article or not all English ('"EL GUERO" PALMA', not 'FELIX "PROBABLY" APPROVED')."""
        if not _quoted_beside_name(line, words, i, named):
            return False
        key = fold(words[i].group())
        return key in self.articles or not self.is_english(key)

    def _titles(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """Titles before a name ('CARDINAL JUAN', 'ATTORNEY GENERAL JORGE'), written with capitals."""
        for i in range(len(words) - 2, -1, -1):
            if fold(words[i].group()) in self.titles and named[i + 1] and out[i + 1][:1].isupper() \
                    and line[words[i].end():words[i + 1].start()] == " ":
                word = words[i].group()
                out[i], named[i] = _capitalised(word), True

    def _articles(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """A Spanish article before a name is part of it ('LOS MAZATLECOS', 'EL CUERVO'), but not after 'de'
        ('FISCALIA GENERAL DE LA NACION')."""
        for i in range(len(words) - 1):
            if fold(words[i].group()) in self.articles and named[i + 1] and out[i + 1][:1].isupper() \
                    and line[words[i].end():words[i + 1].start()] in (" ", " \"", " \u201c") \
                    and (i == 0 or fold(words[i - 1].group()) not in _PARTICLES):
                word = words[i].group()
                out[i], named[i] = _capitalised(word), True

    def _spanish_names(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """An adjective between a name's word and 'DE' before another name is part of a Spanish name
        ('FISCALIA GENERAL DE LA NACION', 'SECRETARIA GENERAL DE GOBIERNO'; not 'GUZMAN GUNMEN DE ...')."""
        for i in range(1, len(words) - 2):
            if named[i] or not named[i - 1] or fold(words[i + 1].group()) not in ("de", "del") \
                    or fold(words[i].group()) not in self.adjectives:
                continue
            after = i + 3 if fold(words[i + 2].group()) in self.articles and i + 3 < len(words) else i + 2
            if named[after] and all(line[words[k].end():words[k + 1].start()] == " " for k in range(i - 1, after)):
                word = words[i].group()
                out[i], named[i] = _capitalised(word), True

    def _nicknames(self, line: str, words: list[re.Match[str]], out: list[str], named: list[bool]) -> None:
        """A nickname: up to three words after 'ALIAS' or '(A)', or in quotes beside a name."""
        for i, m in enumerate(words):
            before = line[:m.start()].rstrip(" " + _QUOTES)
            cue = before.endswith(_NICKNAME_CUES) and line[m.start() - 1] in " " + _QUOTES
            if not cue and not self._quoted_nickname(line, words, i, named):
                continue
            for k in range(i, min(i + 3, len(words))):
                if k > i and line[words[k - 1].end():words[k].start()] != " ":
                    break
                word = words[k].group()
                if fold(word) in self.stop and fold(word) not in self.articles:
                    break
                out[k], named[k] = _capitalised(word), True


def restore(claim: Claim, original: str, recased: str) -> Claim:
    """``claim`` showing the original text: its quote, and the words its dates came from (found in the
    re-cased quote, cut from the original at the same place)."""
    evidence = claim.evidence
    quote = original[evidence.start:evidence.end]
    if quote == evidence.quote:
        return claim
    seen = recased[evidence.start:evidence.end]
    dates = []
    for date in claim.qualifiers.dates:
        at = seen.find(date.text) if date.text else -1
        dates.append(replace(date, text=quote[at:at + len(date.text)]) if at >= 0 else date)
    return replace(claim, evidence=replace(evidence, quote=quote),
                   qualifiers=replace(claim.qualifiers, dates=tuple(dates)))


def _quoted_beside_name(line: str, words: list[re.Match[str]], i: int, named: list[bool]) -> bool:
    """Whether word i opens a quoted phrase of one to three words next to a word re-cased as a name."""
    start = words[i].start()
    if start == 0 or line[start - 1] not in _QUOTES:
        return False
    close = next((k for k in range(i, min(i + 3, len(words)))
                  if words[k].end() < len(line) and line[words[k].end()] in _QUOTES), None)
    if close is None:
        return False
    left = i > 0 and named[i - 1] and line[words[i - 1].end():start] in (" \"", " \u201c", " '")
    right = close + 1 < len(words) and named[close + 1] \
        and line[words[close].end():words[close + 1].start()] in ("\" ", "\u201d ", "' ")
    return left or right


def _capitalised(word: str) -> str:
    """The word with its first letter kept and the rest in lower case, its length kept ('str.capitalize' may
    change it: 'ß')."""
    return word[0] + _lower(word[1:])


def _lower(word: str) -> str:
    """``word`` in lower case, one character for each: a letter whose lower case is longer keeps only its first
    character ('İ' lowers to 'i' and a combining dot; here to 'i'), so every character keeps its place."""
    lowered = word.lower()
    if len(lowered) == len(word):
        return lowered
    return "".join(c.lower()[0] for c in word)


def _upper(char: str) -> str:
    """``char`` in capitals, or as it is where its capital is longer ('ß', 'ﬁ')."""
    upper = char.upper()
    return upper if len(upper) == len(char) else char


def _shape(word: str, model: str) -> str:
    """``word`` (in capitals) with the case of ``model``, the same word as the KB writes it."""
    if model.isupper():
        return word
    if model.islower():
        return _lower(word)
    if len(model) == len(word):
        return "".join(_upper(c) if k.isupper() else _lower(c) for c, k in zip(word, model, strict=True))
    return _capitalised(word)


def _starts_sentence(line: str, at: int) -> bool:
    """Whether the word at ``at`` opens its line or a sentence (after '.', '!' or '?', past quotes and
    brackets; a paragraph's number and marking, '1. (SBU)', and its label, 'SUMMARY:', count as its
    opening)."""
    k = at - 1
    while k >= 0 and line[k] in _OPENERS:
        k -= 1
    if k < 0:
        return True
    if line[k] in _SENTENCE_END:
        j = k - 1
        while j >= 0 and line[j].isalpha():
            j -= 1
        return k - j != 2 or not line[k - 1].isupper()  # 'J. JESUS': an initial, not a sentence's end
    if line[k] == ")":
        return _MARKING.fullmatch(line[:k + 1]) is not None
    if line[k] == ":":  # after a paragraph's label: 'SUMMARY: ON JANUARY 14', '2. (U) BACKGROUND: THE AFO'
        return _LABEL.fullmatch(line[:k]) is not None
    return False


def _beside_number(line: str, m: re.Match[str]) -> bool:
    """Whether a number is written just before or after the word ('MAY 24', '3 MAY')."""
    return line[m.end():m.end() + 2][-1:].isdigit() or line[max(0, m.start() - 2):m.start()][:1].isdigit()


def _after_apostrophe(line: str, at: int) -> bool:
    """Whether the word at ``at`` follows an apostrophe inside a word ("CARDINAL'S", "DON'T")."""
    return at > 1 and line[at - 1] in "'\u2019" and line[at - 2].isalpha()


def _bracketed(line: str, m: re.Match[str]) -> bool:
    """Whether the word is alone in brackets ('(AFO)')."""
    return m.start() > 0 and line[m.start() - 1] == "(" and line[m.end():m.end() + 1] == ")"


def _lemma_words(nlp: Language) -> tuple[frozenset[str], dict[str, frozenset[str]],
                                          tuple[tuple[str, str, str], ...]]:
    """The folded words the lemma tables list (index and exceptions), those of each part of speech (an
    empty set for a part they do not list), and the lemma rules (part of speech, ending, stand-in)."""
    english: set[str] = set()
    parts: dict[str, set[str]] = {"noun": set(), "verb": set(), "adj": set()}
    rules: set[tuple[str, str, str]] = set()
    for name, table in _lemma_tables(nlp):
        for pos, entries in table.items():
            if name == "lemma_rules":
                rules.update((pos, old, new) for old, new in entries if old)
            else:
                folded = {fold(w) for w in entries}
                english |= folded
                parts.setdefault(pos, set()).update(folded)
    return frozenset(english), {pos: frozenset(words) for pos, words in parts.items()}, tuple(sorted(rules))


def _lemma_tables(nlp: Language) -> Iterable[tuple[str, dict[str, list[Any]]]]:
    """The lemma index, exceptions and rules of the pipeline's lemmatizer (wrapped or not), by part of
    speech."""
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None) or getattr(getattr(pipe, "lemmatizer", None), "lookups", None)
        if lookups is None:
            continue
        for name in ("lemma_index", "lemma_exc", "lemma_rules"):
            if lookups.has_table(name):  # the tables are keyed by the parts of speech's hashes
                table = lookups.get_table(name)
                yield name, {pos: list(table[pos]) for pos in _PARTS if pos in table}
        return
