"""Interviews: who speaks in the answers of a question-and-answer text.

Three layouts are read, from the paragraphs alone:

* ``Q:`` / ``A:`` (or ``Question:`` / ``Answer:``) before each turn. An answer runs from its ``A:``
  to the next ``Q:``; the person answering is the one the introduction names as interviewed
  ("spoke to X", "an interview with X", "X, a researcher at Y, ..." when X is the only person
  named there).
* A speaker's name and a colon before each turn ("Rivera: I think ...", "SÁNCHEZ (through
  interpreter): ..."), used at least twice by one name, or once in a broadcast transcript whose own
  voices take turns: each such turn is that name's (the own voices, "ANCHOR:", are the article's).
* Questions as paragraphs of their own, ending with "?" (after at most a short preamble: "X
  reported that ... Is that real?"), after an introduction that says it is an interview: the
  paragraphs between one question and the next are the interviewee's answer.

An answer is direct speech: the finder in attribution.py records it as a quote of the person
answering, so every claim in it is attributed to them (and "I" in it is them). A text with no such
layout gives no answers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from testigo.extract.lexicon import load_patterns

__all__ = ["Answer", "answers", "called_by", "label_end", "label_names"]

_TURN = re.compile(r"(?P<who>Q|A|Question|Answer)\s*(?::|\.(?=\s+[A-Z\u00c0-\u00dd\"\u201c]))\s*", re.I)
# "Rivera: ...", also "SÁNCHEZ (through interpreter): ...", and after a title of a hearing's record (patterns/
# entities.yaml turn_titles): "SEN. HOLLOWAY: ...", "DEP. ORTEGA (PRI, Durango): ...", "Mr. Duarte: ...", the name
# without it
_TURN_TITLES = "|".join(re.escape(w) for w in sorted(load_patterns("entities")["turn_titles"], key=len, reverse=True))
_NAMED_TURN = re.compile(
    rf"(?:(?P<honor>(?i:{_TURN_TITLES}))\.? (?=[A-Z\u00c0-\u00dd]))?"
    r"(?P<who>[A-Z\u00c0-\u00dd][\w'\u2019\-]+(?: [A-Z\u00c0-\u00dd][\w'\u2019\-]+){0,3})"
    r"(?: \((?P<aside>[^()\n]{1,40})\))?:\s+")
# "LUIS ARRIAGA, CORRESPONDENT (live, Monterrey): ...", "JAIME RODRÍGUEZ, GOVERNOR OF NUEVO LEÓN (translated):": a
# broadcast transcript's label in capitals, the speaker's name, a comma and the title
_UPPER = "A-Z\u00c0-\u00dd"
_TITLED_TURN = re.compile(
    rf"(?P<who>[{_UPPER}][{_UPPER}'\u2019\-.]+(?: [{_UPPER}][{_UPPER}'\u2019\-.]+){{0,4}}),"
    rf" (?P<title>[{_UPPER}][{_UPPER}'\u2019\-. ]{{1,60}}?)(?: \((?P<aside>[^()\n]{{1,40}})\))?:\s+")
# 'GUEST (RAMÓN VEGA):': the words in brackets name who holds the role when every one is capitalised
_BRACKETED_NAME = re.compile(r"[A-Z\u00c0-\u00dd][\w'\u2019\-.]*(?: [A-Z\u00c0-\u00dd][\w'\u2019\-.]*){1,3}")
_INTERVIEW = re.compile(r"\b(?:interview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|speaks (?:to|with)|"
                        r"talks (?:to|with)|conversation with|Q&A|questions? (?:to|for)|agreed to (?:speak|talk)|"
                        r"(?:spoke|speaks|talked) (?:on condition|only if|anonymously))\b", re.I)
_MIN_NAMED_TURNS = 2
# 'Monitor's note: ...', 'Editor's note: ...': up to four words and a colon open a paragraph that is no one's turn
_OTHER_LABEL = re.compile(r"[^\s:.!?]+(?: [^\s:.!?]+){0,3}:\s")
# A broadcast transcript's own voices ("ANCHOR: ...", "CORRESPONDENT: ..."): their turns are the outlet's
# reporting, the article's voice, not a quoted speaker's.
_OWN_VOICES = frozenset({"anchor", "host", "presenter", "correspondent", "reporter", "narrator", "newsreader",
                         "question", "questioner", "interviewer"})  # who asks: the press, no quoted speaker
# Labels that name a part, not a person: 'GUEST:', 'QUESTION (reporter):', 'CLIP (archive):', 'WOMAN, UNIDENTIFIED:'
_ROLE_LABELS = _OWN_VOICES | frozenset({
    "guest", "question", "answer", "clip", "voice", "unidentified", "chair", "interpreter", "translator", "caller",
    "moderator", "speaker", "audience", "man", "woman", "official", "spokesman", "spokeswoman", "announcer",
    "interviewer", "participant", "witness", "commentator", "analyst", "crowd", "protester", "resident"})
_MIN_QUESTIONS = 2
_MAX_PREAMBLE = 2  # sentences before a question in the interviewer's paragraph
_MAX_QUESTION_CHARS = 320


@dataclass(frozen=True, slots=True)
class Answer:
    """Characters [start, end) spoken by the person at [speaker_start, speaker_end) of the text."""

    start: int
    end: int
    speaker_start: int
    speaker_end: int


def answers(text: str, pars: list[tuple[int, int]], people: list[tuple[int, int]]) -> list[Answer]:
    """The answers of an interview; ``pars`` are the paragraphs, ``people`` where persons are named."""
    return _prefixed(text, pars, people) or _named(text, pars) or _questions(text, pars, people)


def label_end(text: str, start: int, end: int) -> int | None:
    """Where the words of a turn start when the paragraph [start, end) opens with a speaker's label ('Q:', 'Rivera:',
    'ANDRÉS VILLA (retired detective):', 'LUIS ARRIAGA, CORRESPONDENT (live, Monterrey):'), else None."""
    match = _TITLED_TURN.match(text, start, end) or _NAMED_TURN.match(text, start, end) or _TURN.match(text, start, end)
    return match.end() if match is not None and match.end() < end else None


def label_names(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The words of a turn label in capitals opening the paragraph [start, end) that name a person ('RAÚL SOTO' in
    'RAÚL SOTO (former gunman):', 'ANA LIMA' in 'HOST (ANA LIMA):'), and those that name a part ('HOST', 'NARRATOR',
    'CLIP', 'QUESTION'), as character ranges; nothing for a label in mixed case ('Cmdr Ibarra:'), read as any text."""
    match = _TITLED_TURN.match(text, start, end) or _NAMED_TURN.match(text, start, end)
    if match is None:
        return [], []
    if not match["who"].isupper():  # 'Cmdr Pryor:', 'Sen. Pryor:': the caller tells the title from the name
        return [(match.start(), match.end("who"))], []
    people: list[tuple[int, int]] = []
    parts: list[tuple[int, int]] = []
    who = (match.start(), match.end("who"))  # with its title: 'SEN. HOLLOWAY', 'COMMISSIONER RUBIDO'
    (parts if match["who"].split()[0].lower() in _ROLE_LABELS else people).append(who)
    aside = match["aside"]
    if aside and aside.isupper() and _BRACKETED_NAME.fullmatch(aside) and who in parts:
        people.append((match.start("aside"), match.end("aside")))  # 'HOST (ANA LIMA)'
    return people, parts


def _prefixed(text: str, pars: list[tuple[int, int]], people: list[tuple[int, int]]) -> list[Answer]:
    turns = [(_TURN.match(text, s, e), s, e) for s, e in pars]
    kinds = [m["who"][0].upper() if m else "" for m, _, _ in turns]
    if kinds.count("A") < 2 or "Q" not in kinds:
        return []
    first = kinds.index("Q") if kinds.index("Q") < kinds.index("A") else kinds.index("A")
    speaker = _interviewee(text, pars[:first], people)
    if speaker is None:
        return []
    found: list[Answer] = []
    answering = False
    for (match, s, e), kind in zip(turns, kinds, strict=True):
        if kind:
            answering = kind == "A"
        if answering and s >= pars[first][0]:
            start = match.end() if match else s
            if start < e:
                found.append(Answer(start, e, *speaker))
    return found


def _named(text: str, pars: list[tuple[int, int]]) -> list[Answer]:
    turns = [(_TITLED_TURN.match(text, s, e) or _NAMED_TURN.match(text, s, e), s, e) for s, e in pars]
    titled = {m["who"]: _own_title(m["title"]) for m, _, _ in turns if m and m.re is _TITLED_TURN}
    labelled: dict[str, tuple[int, int]] = {}  # a titled name's first label
    for m, _, _ in turns:
        if m and m["who"] in titled:
            labelled.setdefault(m["who"], (m.start("who"), m.end("who")))
    counts = Counter(_full_name(m["who"], titled) for m, _, _ in turns if m)

    holders: dict[str, tuple[int, int]] = {}  # a role's holder, named in brackets at its first turn
    for match, _, _ in turns:
        if match and match["aside"] and _BRACKETED_NAME.fullmatch(match["aside"]):
            holders.setdefault(match["who"], (match.start("aside"), match.end("aside")))
    own_holders = [text[a:b].upper() for role, (a, b) in holders.items() if role.lower() in _OWN_VOICES]

    def own(name: str) -> bool:  # 'ANCHOR', a name labelled with such a title, or 'OCHOA' after 'HOST (DANIEL OCHOA)'
        return name.lower() in _OWN_VOICES or titled.get(name, False) or any(
            held == name.upper() or held.endswith(" " + name.upper()) for held in own_holders)

    # in a broadcast transcript (its own voices take turns) a guest heard once is a speaker too
    # and so is one in a hearing's record, whose labels give titles ('SEN. HOLLOWAY:', 'DEP. ORTEGA (PRI, Sonora):')
    titled_turns = sum(1 for m, _, _ in turns if m and m.re is _NAMED_TURN and m["honor"])
    least = 1 if sum(n for name, n in counts.items() if own(name)) >= _MIN_NAMED_TURNS \
        or titled_turns >= _MIN_NAMED_TURNS else _MIN_NAMED_TURNS
    speakers = {name for name, n in counts.items() if n >= least and not own(name)}
    for name in speakers - holders.keys():  # 'ORTEGA PARDO:' after 'GUEST (DANIEL ORTEGA PARDO):': the same man
        fuller = [span for span in holders.values() if _called_by(text[span[0]:span[1]], name)]
        if len(fuller) == 1:
            holders[name] = fuller[0]
    last = max((k for k, (match, _, _) in enumerate(turns) if match), default=-1)
    found: list[Answer] = []
    going_on: tuple[int, int] | None = None  # the speaker whose turn an unlabelled paragraph goes on with
    floor: tuple[int, int] | None = None  # the speaker who answered last: an unlabelled answer to a question is theirs
    for k, (match, s, e) in enumerate(turns):
        if match is None:
            going_on = going_on if k < last and _goes_on(text, s, e) else None
            if going_on is not None and not text[s:e].rstrip().endswith("?"):
                found.append(Answer(s, e, *going_on))
            continue
        who = _full_name(match["who"], titled)
        going_on = None
        asked = text[match.end():e].rstrip().endswith("?")
        if who in speakers:
            going_on = floor = holders.get(match["who"]) or labelled.get(who) or (match.start(), match.end("who"))
            if match.end() < e and not asked:
                found.append(Answer(match.end(), e, *going_on))
        elif asked:  # 'QUESTION: Is he their leader?' then 'Yes. He leads G.' unlabelled: the answer is the floor's
            going_on = floor
    return found


def _goes_on(text: str, start: int, end: int) -> bool:
    """An unlabelled paragraph between two turns goes on with the turn before it ('GODOY: Good afternoon. ...'
    and then a paragraph 'As you know, ...'), unless it is a stage direction in brackets ('[Translator's note: ...]',
    '(APPLAUSE)') or opens with a label of another kind ('Monitor's note: ...')."""
    return text[start] not in "[(" and _OTHER_LABEL.match(text, start, end) is None


def _own_title(title: str) -> bool:
    """A label's title is one of the transcript's own voices ('CORRESPONDENT', 'ANCHOR')."""
    return any(word.lower() in _OWN_VOICES for word in re.findall(r"\w+", title))


def _full_name(who: str, titled: dict[str, bool]) -> str:
    """The labelled name a short label stands for ('ARRIAGA:' after 'LUIS ARRIAGA, CORRESPONDENT:'), when one
    titled name ends with it."""
    if who in titled:
        return who
    fuller = [name for name in titled if _called_by(name, who)]
    return fuller[0] if len(fuller) == 1 else who


def _called_by(full: str, short: str) -> bool:
    """Whether a short label is what the full name is called by ('ARRIAGA' of 'LUIS ARRIAGA'), in capitals."""
    return called_by(short.upper().split(), full.upper().split())


def called_by(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` are what a person named ``full`` is called by alone: the last words of the
    name ('ARRIAGA' of 'LUIS ARRIAGA'), or, of a name of three words or more, the first of its two surnames
    ('OLVERA' of 'MARIO OLVERA PEÑA', Spanish usage); never the given name."""
    n = len(short)
    return 0 < n < len(full) and (full[-n:] == short or len(full) >= 3 and full[-2:-2 + n] == short)


def _questions(text: str, pars: list[tuple[int, int]], people: list[tuple[int, int]]) -> list[Answer]:
    asks = [_asks(text[s:e]) for s, e in pars]
    if sum(asks) < _MIN_QUESTIONS or True not in asks:
        return []
    first = asks.index(True)
    if not any(_INTERVIEW.search(text, s, e) for s, e in pars[:first]):
        return []
    speaker = _interviewee(text, pars[:first], people, strict=True)
    if speaker is None:
        return []
    return [Answer(s, e, *speaker) for (s, e), ask in zip(pars[first:], asks[first:], strict=True) if not ask]


def _asks(paragraph: str) -> bool:
    """A question of the interviewer: a paragraph ending with '?', alone or after a short preamble
    ("X reported that ... Is that real?"); a long paragraph ending with a question is an answer that
    asks one."""
    paragraph = paragraph.strip()
    return paragraph.endswith("?") and (paragraph.count(". ") == 0 or paragraph.count(". ") <= _MAX_PREAMBLE
                                        and len(paragraph) <= _MAX_QUESTION_CHARS)


def _interviewee(text: str, intro: list[tuple[int, int]], people: list[tuple[int, int]], *,
                 strict: bool = False) -> tuple[int, int] | None:
    """Where the introduction names the person interviewed: the person named in a sentence that says
    it is an interview (after the cue first: "we spoke to X"), else, unless ``strict``, the first
    person the introduction names."""
    if not intro:
        return None
    lo, hi = intro[0][0], intro[-1][1]
    named = [p for p in people if lo <= p[0] and p[1] <= hi]
    for match in _INTERVIEW.finditer(text, lo, hi):
        start = max(text.rfind(". ", lo, match.start()) + 2, lo)
        end = text.find(". ", match.end(), hi)
        end = hi if end < 0 else end
        after = [p for p in named if match.end() <= p[0] < end]
        before = [p for p in named if start <= p[0] < match.start()]
        if after or before:
            return (after or before)[0]
    return None if strict or not named else named[0]
