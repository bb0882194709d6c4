"""When an event happened, when its own clause does not say.

:func:`event_dates` takes the dates of the event's clause; when there are none, it looks where a
careful reader would:

- a definite document or event noun in the clause points back to its first mention, whose phrase
  may carry the date ("... charged in an indictment unsealed on Tuesday. The indictment charges X
  with ..." -> Tuesday);
- "was arrested with him", or a sentence opening with what the previous one's event set off ("His
  escape set off attacks, and ..."), is the occasion of the previous sentence ("X was detained on March 2.
  His wife was arrested with him." -> March 2), when that sentence names exactly one date;
- "In December 2010, officials said that X had been killed": the date of the saying, for an event
  told as past in what was said;
- "soon afterwards" follows the previous sentence's one date: its year ("In January 2008 the army
  arrested X. The group broke with Y soon afterwards." -> 2008, with the words "soon afterwards");
- "have fought for at least three years", "For more than a decade, G has controlled P": a present perfect
  lasting 'for' a counted span began that long before the day the text is dated
  (:mod:`testigo.extract.date_lasting`);
- "now" on the verb ('G is now believed to be run by X') is the day the text is dated;
- "the same day", "the next day", "that year", "a week later", "at the time of his arrest", "that
  January" take the date they point at (:mod:`testigo.extract.date_anaphora`);
- "In February 2016, gunmen burst into the hotel and killed X": a verb joined to one before it shares
  the date that opens the sentence;
- "Judges on Monday convicted 207 people ... The heaviest sentences went to X": a sentence passed
  with no date of its own takes the date of the verdict told before it (people convicted, unnamed);
- "Y on February 20 designated six groups ... Z also designated two gangs": 'also' with the same verb
  is the same occasion;
- "In February 2016, gunmen stormed a hotel. X was shot and died at the scene.": a killing right after
  a sentence telling an attack, with one date, happened then;
- "MAY 2008 — X is extradited to the United States.": a line of a chronology opens with its date and a
  dash (or colon), and every event of the line with no date of its own happened then (a month written
  without its year in the line is of the line's year); a thread's, list's or cable's marker may come
  first ('8/ August 2009: ...', '3. (C) 2016: ...'), and a place before the date with a colon after it
  ('Texcaltitlán, December 2023: ...') is a list entry's label too (with a dash it is a wire's dateline).

Dates are resolved against ``published`` as in :func:`testigo.extract.dates.find_dates`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from testigo.extract.date_anaphora import anaphoric_date, month_of_that_year, then_date
from testigo.extract.date_lasting import lasting_start
from testigo.extract.dates import DateMention, find_dates, parse_date
from testigo.extract.lexicon import load_patterns
from testigo.extract.tokens import children, span_text, text_of

__all__ = ["article_dateline", "chronology_date", "dateline", "event_dates", "event_span", "event_time",
           "lede_dateline", "line_label", "occasion_verb", "which_clause"]

# Nouns that a later "the X" names again: the document or operation the event belongs to.
BACK_NOUNS = frozenset({"indictment", "complaint", "filing", "warrant", "raid", "operation", "statement",
                        "report", "ruling", "order", "sentence", "trial", "hearing"})
_DEFINITE = frozenset({"the", "this", "that"})
_COMPANY = frozenset({"him", "her", "them"})
_AFTER = frozenset({"afterwards", "afterward", "thereafter"})  # "soon afterwards": after the last date
_LOOK_BACK = 400  # tokens: how far back a first mention (or a trial's verdict) is looked for
_VERDICT_VERBS = frozenset({"convict", "sentence"})
_ALSO_BACK = 3  # sentences: how far back "also designated" looks for the first designation
_VERDICT_WORDS = frozenset({"sentence", "convict", "conviction"})  # what ties a clause to a verdict
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
                "Dec")


def event_time(trigger: Token, clause: Span, published: str | None = None) -> tuple[Span, list[DateMention]]:
    """Where the time of the event ``trigger`` names is written, and its dates: the clause's own,
    else the first mention of its document or the previous sentence (read places from that span
    too: "an indictment unsealed on Tuesday in Atlanta"), else "soon afterwards" the previous date.
    A month (or day) named without its year for an event told as past is the last one on or before
    publication (:func:`_past_year`)."""
    span, found = _event_time(trigger, clause, published)
    if not found and published and _news_of_the_day(trigger):
        found = [DateMention(0, 0, published[:10], published[:10], "day")]
    if any(_YEARLESS.match(d.text.strip()) for d in found):
        found = [_narrative_year(span, d, published) for d in found]
    if published and any(_after(d, published) for d in found):
        found = _past_year(span, found, published)
    return span, found


_LEAD_CHARS = 1200  # a text's opening: its title, date line and first paragraph


def _news_of_the_day(trigger: Token) -> bool:
    """'X has been sentenced to 49 years' in a text's opening paragraph, with no date of its own: the
    news the text reports, done on the day it is dated (a release's or a wire's date line)."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or trigger.sent.start_char > _LEAD_CHARS:
        return False
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in trigger.children)


def dateline(trigger: Token) -> Span | None:
    """'ATLANTA - X has been sentenced ...': the dateline before the news of the day, where it happened."""
    sent = trigger.sent
    if sent.start == 0 or not _news_of_the_day(trigger):
        return None
    before = trigger.doc[sent.start - 1].sent
    if before[0].is_upper and before[0].is_alpha and before[-1].text in ("-", "\u2013", "\u2014", "--"):
        return before
    return None


_LEDE_DATELINE = re.compile(  # 'CHILPANCINGO, Gro. -- ', 'TUCSON, Ariz. \u2014 ', 'WASHINGTON - '
    r"[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd .'-]+(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:--|\u2014|\u2013|-)\s")


def lede_dateline(trigger: Token) -> Span | None:
    """'CHILPANCINGO, Gro. -- The mayor was murdered on Sunday ...': the dateline that opens the paragraph
    of the trigger's sentence, when that sentence is the paragraph's first (the lede tells where it happened)."""
    doc, sent = trigger.doc, trigger.sent
    start = text_of(doc).rfind("\n", 0, trigger.idx) + 1
    m = _LEDE_DATELINE.match(text_of(doc), start)
    if m is None or sent.start_char > m.end() or sent.end_char <= m.end():
        return None
    span = doc.char_span(start, m.end(), alignment_mode="contract")
    return span if span is not None and len(span) else None


# A dateline with the day it was filed: 'MEXICO CITY, May 2, 2017 (Wire) - ', 'ACAPULCO, Guerrero, Monday, March
# 14, 2022' (a line of its own): the city in capitals, a date ending in a number, then a dash or the line's end.
_DATED_DATELINE = re.compile(
    r"(?!(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)"  # not a line that is only a date
    r"[A-Z\u00c0-\u00dd]{2}[A-Z\u00c0-\u00dd .'-]*,[^\n]{3,50}?\d(?: \([^)\n]{1,40}\))?"
    r"(?:\s*(?:--|\u2014|\u2013|-)\s|[ \t]*(?=\n))")


def article_dateline(doc: object) -> Span | None:
    """The dateline of the text's first paragraph that has one ('CHILPANCINGO, Gro. -- ', 'MEXICO CITY, May 2,
    2017 (Wire) - '): the city the report is filed from, which 'the city' and 'here' mean when the text names
    no other near them."""
    text = text_of(doc)  # type: ignore[arg-type]
    for m in re.finditer(r"(?:^|\n)", text[:_LEAD_CHARS]):
        found = _LEDE_DATELINE.match(text, m.end()) or _DATED_DATELINE.match(text, m.end())
        if found is not None:
            span = doc.char_span(m.end(), found.end(), alignment_mode="contract")  # type: ignore[attr-defined]
            return span if span is not None and len(span) else None
    return None


_YEAR_WRITTEN = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def _narrative_year(span: Span, mention: DateMention, published: str | None = None) -> DateMention:
    """'The collapse came in 2012. In May, X turned himself in': a month (or day) written without a
    year, in a sentence that names a year before it or right after one that does, is of that year
    (the last year written there, as for 'that January' in :mod:`testigo.extract.date_anaphora`).
    A story told forward goes on into the next year: 'In October 2009 soldiers captured X. In May his
    brother was detained' is May 2010, when the month comes before the one last written, the sentence is
    no past perfect and names no 'that year' (:func:`_looks_back`), and that year is not after the text's
    date."""
    if not _YEARLESS.match(mention.text.strip()):
        return mention
    doc, at = span.doc, span.start_char + mention.start
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None or not len(token):
        return mention
    sentence = token[0].sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    base = doc[start].idx
    years = [d for d in find_dates(text_of(doc)[base:at]) if d.value and _YEAR_WRITTEN.search(d.text)
             and not _background(doc, base + d.start)]
    line = chronology_date(doc, at) if not years else None
    years = years or (line[1][-1:] if line is not None and line[0].end_char <= at else [])
    if not years:
        return mention
    last = years[-1].value or ""
    resolved = parse_date(mention.text, published=f"{last[:4]}-01-01")
    if resolved is None or resolved.value is None:
        return mention
    value = resolved.value
    if len(last) >= 7 and len(value) >= 7 and value[5:7] < last[5:7] and not _looks_back(sentence):
        later = f"{int(value[:4]) + 1:04d}{value[4:]}"
        value = later if published is None or later[:7] <= published[:7] else value
    return replace(mention, value=value, precision=resolved.precision)


_SAME_YEAR = re.compile(r"(?i)\b(?:that|this|the same|that same) year\b")


def _looks_back(sentence: Span) -> bool:
    """A past perfect in the sentence ('had been detained') tells what came before the last date; 'that
    year', 'the same year' keep its months in the year last named ('surrendered that year as well: one in
    May, the other in October')."""
    return any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("had", "'d") for t in sentence) \
        or _SAME_YEAR.search(span_text(sentence)) is not None


# A line's marker before its date: a thread's post number ('8/', '8/16'), a list's number ('3.', '3)'), a bullet,
# a cable's classification ('(C)', '(SBU)').
_LINE_MARKER = r"(?:[0-9]{1,3}/(?:[0-9]{1,3})?|[0-9]{1,2}[.)]|[-*\u2022\u00b7\u25aa]|\([A-Z]{1,4}(?://[A-Z]{1,4})?\))"
_LINE_DATE = re.compile(r"[^\S\n]*(?:" + _LINE_MARKER + r"[^\S\n]+)*([^\n]{2,48}?)[^\S\n]*"
                        r"(\u2014|\u2013|--|-[^\S\n]|:[^\S\n])")
# A place or name before a list entry's date, then a colon: 'Texcaltitlán, December 2023: ...' (with a dash it
# is a wire's dateline, 'MEXICO CITY, Oct. 1, 2015 - ...', whose date is the report's, not the events').
_NAMED_BEFORE = re.compile(r"[A-Z\u00c0-\u00dd][^\W\d_]*(?:[ -][A-Za-z\u00c0-\u00ff][^\W\d_]*){0,3}, ")
# A place after a chronology entry's date and dash, then a colon: '- 09 Feb 2017 - Ciudad Altamirano: police ...'.
_NAMED_AFTER = re.compile(r"[^\S\n]*([A-Z\u00c0-\u00dd][^\W\d_]*(?:[ -][A-Za-z\u00c0-\u00ff][^\W\d_]*){0,3}):[^\S\n]")
_BARE_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")
_LETTERS = re.compile(r"[^\W\d_]+")


def chronology_date(doc: object, char: int) -> tuple[Span, list[DateMention]] | None:
    """'MAY 2008 — X is extradited ...', '2011: X is arrested ...': the date that opens the line holding
    ``char`` (a chronology's entry), when all the line says before its dash or colon is a date (or a place
    and a date before a colon, 'Oaxaca, May 2021: ...'); the span of the date's words and the date, offsets
    relative to it. Capitals are read as words ('MAY 2008')."""
    text = text_of(doc)  # type: ignore[arg-type]
    start = text.rfind("\n", 0, char) + 1
    m = _LINE_DATE.match(text, start)
    if m is None or m.end() > char:
        return None
    words, begin = m.group(1), m.start(1)
    named = _NAMED_BEFORE.match(words) if m.group(2).startswith(":") else None
    if named is not None:  # 'Texcaltitlán, December 2023:': the date after the place
        words, begin = words[named.end():], begin + named.end()
    cased = _LETTERS.sub(lambda w: w.group().capitalize(), words.lower())  # same length: offsets hold
    if _BARE_YEAR.fullmatch(words):
        found = [DateMention(0, len(words), words, words, "year")]
    else:
        found = [d for d in find_dates(cased) if d.value]
        if not found or found[0].start > 0 or found[-1].end < len(words.rstrip(" .,")):
            return None  # words before or after the date: no chronology entry ('WASHINGTON --')
        found = [replace(d, text=words[d.start:d.end]) for d in found]
    span = doc.char_span(begin, m.end(1), alignment_mode="expand")  # type: ignore[attr-defined]
    return (span, found) if span is not None and len(span) else None


def line_label(doc: object, char: int) -> Span | None:
    """'Texcaltitlán, December 2023: farmers fought back ...': the place a list entry names before its date
    and colon (the label of the line holding ``char``), where the line's events happened; so does a place
    between the date's dash and a colon ('- 09 Feb 2017 - Ciudad Altamirano: police arrest ...')."""
    text = text_of(doc)  # type: ignore[arg-type]
    start = text.rfind("\n", 0, char) + 1
    m = _LINE_DATE.match(text, start)
    if m is None or m.end() > char or chronology_date(doc, char) is None:
        return None
    if not m.group(2).startswith(":"):
        after = _NAMED_AFTER.match(text, m.end())
        if after is None or after.end() > char:
            return None
        span = doc.char_span(after.start(1), after.end(1), alignment_mode="expand")  # type: ignore[attr-defined]
        return span if span is not None and len(span) else None
    named = _NAMED_BEFORE.match(m.group(1))
    if named is None:
        return None
    span = doc.char_span(m.start(1), m.start(1) + named.end() - 2, alignment_mode="expand")  # type: ignore[attr-defined]
    return span if span is not None and len(span) else None


def _background(doc: object, char: int) -> bool:
    """A year that tells no time of the narrative: after 'since' or 'born', or inside a relative
    clause or an apposition ('X, who has led G since 2019, was arrested in May')."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span):
        return True
    token = span[0]
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("since", "born"):
        return True
    return any(t.dep_ in ("relcl", "appos", "acl") for t in [token, *token.ancestors])


def _after(mention: DateMention, published: str) -> bool:
    """The mention falls after the published date ('2025-11' after '2025-03-02')."""
    value = mention.value
    return value is not None and value[:len(published)] > published[:len(value)]


_YEARLESS = re.compile(  # "May", "early July", "July 25", "25th of July": no year written
    r"^(?:(?:early|late|mid|in|the|end|start|beginning|middle|of)[\s-]+)*(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:" + "|".join(_MONTH_NAMES) + r")\.?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?$", re.I)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_WORDS = frozenset({"due", "schedule", "set", "expect", "plan", "next", "upcoming", "coming"})


def _past_year(span: Span, found: list[DateMention], published: str) -> list[DateMention]:
    """'In May, X turned himself in' in a text published in March 2025: May 2024. A month or day
    written without a year takes the published year (dates.py); when the verb the date belongs to
    tells a past event, one that would fall after publication is the year before. 'will be
    sentenced in May', 'is due to stand trial in May' stay."""
    out = []
    for d in found:
        if _after(d, published) and d.precision in ("month", "day") and _YEARLESS.match(d.text.strip()) \
                and not _future(span, d):
            d = replace(d, value=f"{int(d.value[:4]) - 1:04d}{d.value[4:]}")  # type: ignore[index]
        out.append(d)
    return out


def _future(span: Span, mention: DateMention) -> bool:
    """Whether the verb a date hangs from (or one of the two above it) speaks of what is to come."""
    at = span.doc.char_span(span.start_char + mention.start, span.start_char + mention.end, alignment_mode="expand")
    if at is None or not len(at):
        return False
    verbs = [t for t in [at.root, *at.root.ancestors] if t.pos_ in ("VERB", "AUX", "ADJ")][:3]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX
               or c.lemma_.lower() in _FUTURE_WORDS and not _told_past(c)
               for t in verbs for c in [t, *t.children])


def _told_past(verb: Token) -> bool:
    """'The murder in November set off the reprisals', 'police expected trouble': a word of what is to
    come ('set', 'expect', 'plan') used as a verb in the simple past tells a past act, not a plan
    ('is set to', 'was expected to' keep their auxiliary)."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _event_time(trigger: Token, clause: Span, published: str | None) -> tuple[Span, list[DateMention]]:
    month = month_of_that_year(clause, published)
    written = find_dates(span_text(clause), published=published)
    if month is not None and not any(d.start < month.start and not _background(clause.doc, clause.start_char + d.start)
                                     for d in written):
        return clause, [month]  # a date written before "the following February" is the first event's
    found = _not_described(trigger, clause, written)
    if found and any(d.value for d in found):
        return clause, found
    line = chronology_date(trigger.doc, trigger.idx)
    if line is not None and line[0].end <= trigger.i:
        return line
    if found:
        return clause, found
    lasting = lasting_start(trigger, clause, published)
    if lasting is not None:
        return clause, [lasting]
    pointed = anaphoric_date(clause, published)
    if pointed is not None and not _aside(trigger, clause, pointed):
        return clause, [pointed]
    then = then_date(trigger, published)
    if then is not None:  # "H, who were then the armed wing of G": offsets made the clause's
        return clause, [replace(then, start=then.start - clause.start_char, end=then.end - clause.start_char)]
    now = _now(trigger, clause, published)
    if now is not None:
        return clause, [now]
    trailing = _trailing(trigger, clause, published)
    if trailing is not None:
        return trailing
    fronted = _fronted(trigger, published)
    if fronted is not None:
        return fronted
    borrowed = _borrowed(trigger, clause, published) or _in_which(trigger, published) \
        or _the_ones_told(trigger, published)
    if borrowed is not None:
        return borrowed
    reported = _reported_at(trigger, published)
    if reported is not None:
        return reported
    occasion = _verdict_occasion(trigger, clause, published) or _also(trigger, published) \
        or _attack_before(trigger, published) or _deaths_told(trigger, published) \
        or _death_retold(trigger, published) or _live_entry(trigger, clause, published)
    if occasion is not None:
        return occasion
    after = next((t for t in clause if t.lower_ in _AFTER and t.dep_ == "advmod"), None)
    if after is not None:
        found_before = _previous_date(trigger, published)
        if found_before is not None and found_before.value is not None:
            # "soon afterwards": later than that date, so only its year is kept, and the words are ours
            words = clause.doc[min(c.i for c in after.subtree):after.i + 1]
            return clause, [DateMention(words.start_char - clause.start_char, words.end_char - clause.start_char,
                                        words.text, found_before.value[:4], "year")]
    return clause, []


def _now(trigger: Token, clause: Span, published: str | None) -> DateMention | None:
    """'G is now believed to be run by X', 'X now leads G': 'now' on the verb (or on the verb it
    completes) tells a present state, true on the day the text is dated."""
    if not published or trigger.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [trigger, *([trigger.head] if trigger.dep_ == "xcomp" else [])]
    now = next((c for v in verbs for c in v.children if c.dep_ == "advmod" and c.lower_ == "now"), None)
    if now is None or now.i > 0 and now.doc[now.i - 1].lower_ in ("until", "till", "by", "from", "since"):
        return None
    at = now.idx - clause.start_char
    return DateMention(at, at + len(now.text), now.text, published[:10], "day")


def event_dates(trigger: Token, clause: Span, published: str | None = None) -> list[DateMention]:
    """The dates of the event ``trigger`` names: its clause's, else those the text gives elsewhere."""
    return event_time(trigger, clause, published)[1]


def event_span(trigger: Token, clause: Span, published: str | None = None) -> Span:
    """Where the time and place of the event are written: the clause, or the span it borrowed its date from."""
    return event_time(trigger, clause, published)[0]


def _aside(trigger: Token, clause: Span, mention: DateMention) -> bool:
    """The words of a date sit in an apposition or relative clause the trigger is not part of:
    'charged X, G's leader at the time of the killings' (the time of the leading, not the charge)."""
    at = clause.doc.char_span(clause.start_char + mention.start, clause.start_char + mention.end,
                              alignment_mode="expand")
    if at is None or not len(at):
        return False
    for token in [at.root, *at.root.ancestors]:
        if token.dep_ in ("appos", "relcl", "acl"):
            return not token.left_edge.i <= trigger.i <= token.right_edge.i
    return False


def _borrowed(trigger: Token, clause: Span, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """The first mention of a document the clause names again, with its dates; else, for "arrested
    with him", the previous sentence with its one date."""
    first = _first_mention(clause)
    if first is not None:
        found = find_dates(first.text, published=published)
        if found:
            return first, found
        told = _told_in(first)  # "Soldiers carried out a raid in P on Monday. X was arrested during the raid."
        found = find_dates(told.text, published=published) if told is not None else []
        if told is not None and found:
            return told, found
    company = any(c.lower_ == "with" and any(o.lower_ in _COMPANY for o in c.children) for c in trigger.children)
    if company or _set_off_by_previous(trigger):
        previous = _previous_sentence(trigger)
        found = find_dates(previous.text, published=published) if previous is not None else []
        if previous is not None and len(found) == 1:
            return (previous if company else clause), found  # what was set off happened elsewhere
    return None


_OCCASION_WORDS = frozenset({"in", "during", "at"})


_TOLD_BACK = 4  # sentences: how far back "the women killed" looks for the killing of the women


def _the_ones_told(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'Three women and six children were killed on Monday ... The women killed were A, B and C': the
    people a definite noun with the event's participle names ('the women killed', 'the men arrested') are
    those of the same event told before of that noun, counted, not named; its clause dates them."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or noun.tag_ != "NNS" or list(trigger.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    doc, lemma, start = trigger.doc, trigger.lemma_.lower(), trigger.sent.start
    sentence = trigger.sent
    for _ in range(_TOLD_BACK):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        for verb in sentence:
            if verb.lemma_.lower() != lemma or verb.pos_ != "VERB" or verb.i >= start:
                continue
            held = [t for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for t in [c, *c.conjuncts]]
            if any(t.lemma_.lower() == noun.lemma_.lower() and any(n.dep_ == "nummod" for n in t.children)
                   for t in held):
                phrase = doc[verb.left_edge.i:verb.right_edge.i + 1]
                found = find_dates(phrase.text, published=published)
                return (phrase, found) if found else None
    return None


def which_clause(verb: Token, preps: frozenset[str] | None = None) -> bool:
    """A relative clause opened by a preposition and 'which' ('in which', 'during which'; only those of
    ``preps`` when given)."""
    return verb.dep_ == "relcl" and any(c.dep_ == "prep" and (preps is None or c.lower_ in preps) and any(
        o.lower_ == "which" for o in c.children) for c in verb.children)


def occasion_verb(trigger: Token) -> Token | None:
    """The verb that tells the occasion an 'in which' / 'during which' clause is part of: 'carried out' in
    "agents carried out an operation on Tuesday in P, in which five people were apprehended"."""
    if not which_clause(trigger, _OCCASION_WORDS):
        return None
    return next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _in_which(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """An event told in an 'in which' clause happened when and where the clause above it says."""
    above = occasion_verb(trigger)
    if above is None:
        return None
    phrase = trigger.doc[above.left_edge.i:above.right_edge.i + 1]
    found = [d for d in find_dates(phrase.text, published=published)
             if phrase.start_char + d.start < trigger.left_edge.idx]  # not a date of the clause itself
    return (phrase, found) if found else None


_TRAILING_STOP = frozenset({";", ",", ".", ":", "and", "but", "while", "when", "after", "before"})


def _trailing(trigger: Token, clause: Span, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'... and extradited to Chicago that September; in July he ...': a time said right after the verb's
    clause that the parser hung on the next one ('that September' read as its subordinator)."""
    if trigger.pos_ != "VERB":
        return None
    doc, end = trigger.doc, clause.end
    stop = next((t.i for t in doc[end:min(end + 5, trigger.sent.end)] if t.lower_ in _TRAILING_STOP), None)
    if stop is None or stop == end:
        return None
    words = doc[end:stop]
    month = month_of_that_year(words, published)
    found = [month] if month is not None else [d for d in find_dates(span_text(words), published=published) if d.value]
    return (words, found) if found else None


_TIME_LINE = re.compile(  # "22:40", "9.15 am", "14:05 GMT" alone on a line
    r"\n[^\S\n]*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[^\S\n]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?[^\S\n]*\n")


def _live_entry(trigger: Token, clause: Span, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """A live blog's entries under a line that is only a time ('22:40'): an arrest, charge, extradition or
    killing they tell in the past with no date of their own happened on the day the blog is dated."""
    if not published or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _event_verbs():
        return None
    if not (trigger.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in trigger.children)):
        return None
    times = _time_lines(text_of(trigger.doc))
    if len(times) < 2 or times[0] > trigger.idx:  # one time line is no live blog; the entries come after
        return None
    return clause, [DateMention(0, 0, published[:10], published[:10], "day")]


@lru_cache(maxsize=8)
def _time_lines(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _TIME_LINE.finditer(text))


def _event_verbs() -> frozenset[str]:
    events = load_patterns("relations")["events"]
    return frozenset(v for e in ("arrested", "charged", "extradited", "killed") for v in events[e]["verbs"])


def _fronted(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'In February 2016, gunmen burst into the hotel and killed X': a verb joined to one before it
    shares the date that opens the sentence."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB":
        return None
    for verb in trigger.ancestors:  # the parser may hang the opening date on a verb above the first
        opening = verb.left_edge.i  # the opening of that verb's clause ('..., and in 2025 Y went further and X')
        for child in verb.children:
            if child.dep_ in ("prep", "npadvmod") and child.left_edge.i == opening:
                phrase = trigger.doc[child.left_edge.i:child.right_edge.i + 1]
                found = find_dates(phrase.text, published=published)
                return (phrase, found) if found else None
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # no further than a coordinated clause with a subject of its own
    return None


def _verdict_occasion(trigger: Token, clause: Span, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'Judges on Monday convicted 207 people ... The heaviest sentences went to X': a sentence told
    with no date of its own, in a report of a trial's verdict, was passed on the day of that verdict
    (the last one before it that convicts or sentences people it does not name, and dates it)."""
    if not any(t.lemma_.lower() in _VERDICT_WORDS for t in clause):
        return None
    doc, start = trigger.doc, trigger.sent.start
    for k in range(start - 1, max(-1, start - _LOOK_BACK), -1):
        verb = doc[k]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERDICT_VERBS:
            continue
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not patients or not all(p.pos_ == "NUM" or p.tag_ == "NNS" and p.pos_ == "NOUN" for p in patients):
            continue
        phrase = doc[verb.left_edge.i:verb.right_edge.i + 1]
        found = [d for d in find_dates(phrase.text, published=published) if d.value]
        if len(found) == 1:
            return phrase, found
    return None


def _attack_before(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'In February 2016, gunmen stormed a weigh-in at a hotel in Dublin. X was shot six times and died
    at the scene.': a killing told with no date right after a sentence that tells an attack (its main
    verb, not in a relative clause, one of patterns/relations.yaml assault_verbs, or 'opened fire') and
    names one date happened then; not when its own sentence tells an attack of its own."""
    words = load_patterns("relations")
    if trigger.lemma_.lower() not in _deadly_verbs():
        return None
    previous = _previous_sentence(trigger)
    if previous is None or any(v.pos_ == "VERB" and v.i != trigger.i and v.lemma_.lower() in words["assault_verbs"]
                               for v in trigger.sent):
        return None  # 'Gunmen stormed a bar and killed X': the killing's own attack is told with it
    attacks = [v for v in previous if v.pos_ == "VERB" and v.dep_ not in ("relcl", "acl") and (
        v.lemma_.lower() in words["assault_verbs"] or v.lemma_.lower() == "open" and any(
            c.lower_ == "fire" for c in v.children))]  # the parser may not make the attack the root
    if not attacks:
        return None
    found = find_dates(previous.text, published=published)
    return (previous, found) if len(found) == 1 and found[0].value else None


@lru_cache(maxsize=1)
def _deadly_verbs() -> frozenset[str]:
    """The verbs that tell a death: patterns/relations.yaml's killing verbs and dying_verbs."""
    words = load_patterns("relations")
    return frozenset({*words["events"]["killed"]["verbs"], *words["dying_verbs"]})


_THE_DEAD = frozenset({"dead", "slain", "fatality", "fatalities", "victim", "victims"})


def _deaths_told(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'Marines raided a house in P on the night of February 9. The navy said that among the dead was X':
    'the dead' are those of the deaths (or the attack) told in the sentence right before, in the same
    paragraph, or the one before that; their time and place are that sentence's, or, when it has no
    date, those of the sentence that opens the story before it with one date ('In December 2023,
    villagers turned on gunmen. Fourteen people died. One of the dead was X')."""
    if trigger.lower_ not in _THE_DEAD or trigger.pos_ not in ("NOUN", "ADJ"):
        return None
    deadly = _deadly_verbs() | set(load_patterns("relations")["assault_verbs"])
    told = trigger.sent
    for _ in range(2):
        told = _same_paragraph_before(told)
        if told is None:
            return None
        if any(v.pos_ == "VERB" and v.lemma_.lower() in deadly for v in told):
            break
    else:
        return None
    found = [d for d in find_dates(told.text, published=published) if d.value]
    if found:
        return told, found
    opening = _same_paragraph_before(told)
    found = [d for d in find_dates(opening.text, published=published) if d.value] if opening is not None else []
    if opening is None or len(found) != 1:
        return None
    return trigger.doc[opening.start:told.end], found


_RETOLD_BACK = 3  # sentences: how far back a death told again looks for its first telling
_HE_OR_SHE = frozenset({"he", "she"})


def _death_retold(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'X, the boss of G, died on Friday in P ... The navy said that he was killed when marines closed in': a
    person dies once, so a death told with no date of its own is the one told of the same person in one of the
    three sentences before, dated there by one date. The same person: a name whose words are all of the earlier
    name's ('Ibarra' after 'Ramón Ibarra', not 'Arturo Ruiz' after 'Tomás Ruiz'), or 'he' / 'she' for the one
    person whose death is told there; none when the earlier sentence tells the deaths of two people."""
    deadly = _deadly_verbs()
    victim = _victim(trigger) if trigger.pos_ == "VERB" and trigger.lemma_.lower() in deadly else None
    if victim is None or victim.lower_ not in _HE_OR_SHE and victim.pos_ != "PROPN":
        return None
    told = trigger.sent
    for _ in range(_RETOLD_BACK):
        told = _previous_sentence(told[0])
        if told is None:
            return None
        dead = [(v, w) for v in told if v.pos_ == "VERB" and v.lemma_.lower() in deadly
                and (first := _victim(v)) is not None for w in [first, *first.conjuncts]]
        if not dead:
            continue
        if len(dead) != 1 or dead[0][1].pos_ != "PROPN" or victim.lower_ not in _HE_OR_SHE \
                and not _name_words(victim) <= _name_words(dead[0][1]):
            return None
        verb = dead[0][0]
        phrase = told.doc[verb.left_edge.i:verb.right_edge.i + 1]
        found = [d for d in find_dates(phrase.text, published=published) if d.value]
        return (phrase, found) if len(found) == 1 else None
    return None


def _name_words(name: Token) -> set[str]:
    """The words of the name a token heads ('Ramón Ibarra' for 'Ibarra' with its compound 'Ramón')."""
    return {t.lower_ for t in name.subtree if t.dep_ == "compound" or t == name}


def _victim(verb: Token) -> Token | None:
    """Who dies in a verb of death: the subject of 'died' or of 'was killed', the object of 'killed', as the head
    word of the name ('Rodrigo Salas' -> 'Salas')."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps = ("nsubjpass",) if passive else ("nsubj",) if verb.lemma_.lower() == "die" else ("dobj",)
    return next((c for c in verb.children if c.dep_ in deps), None)


def _same_paragraph_before(sentence: Span) -> Span | None:
    """The sentence before ``sentence`` when no line break stands between them."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    if before.end > sentence.start or "\n" in text_of(sentence.doc)[before.start_char:sentence.start_char]:
        return None
    return before


def _also(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'The United States on February 20, 2025 designated six groups ... The State Department also
    designated two gangs': 'also' with the same verb is the same occasion, dated where that verb was
    (the last earlier clause of that verb within a few sentences, when it names one date)."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children):
        return None
    doc, lemma = trigger.doc, trigger.lemma_.lower()
    sentence = trigger.sent
    for _ in range(_ALSO_BACK):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        for verb in reversed(list(sentence)):
            if verb.pos_ == "VERB" and verb.lemma_.lower() == lemma:
                phrase = doc[verb.left_edge.i:verb.right_edge.i + 1]
                found = [d for d in find_dates(phrase.text, published=published) if d.value]
                return (phrase, found) if len(found) == 1 else None
    return None


def _reported_at(trigger: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """'In December 2010, officials said that X had been killed': an event told as past in what was
    said takes the date written on the saying verb (by then it had happened)."""
    verb = trigger if trigger.pos_ == "VERB" else None
    if verb is not None and _raised_report(verb):
        return _said_at(verb.head, published)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in load_patterns("reporting")["verbs"]:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries or any(a.tag_ == "MD" for a in auxiliaries) \
            or not any(a.tag_ == "VBD" for a in auxiliaries):
        return None  # "had been killed", "was killed"; not "would be", "has been"
    return _said_at(verb.head, published)


def _raised_report(verb: Token) -> bool:
    """'In early 2010 G was reported to have joined H', 'In 2015 X was said to lead G': the infinitive of a
    passive verb of saying or believing (patterns/relations.yaml raised_report_verbs) is what was said
    or believed then; not 'was expected to join' (a plan)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.i < verb.i \
        and head.lemma_.lower() in _raised_report_verbs() and any(c.dep_ == "auxpass" for c in head.children)


@lru_cache(maxsize=1)
def _raised_report_verbs() -> frozenset[str]:
    return frozenset(load_patterns("relations")["raised_report_verbs"])


def _said_at(said: Token, published: str | None) -> tuple[Span, list[DateMention]] | None:
    """The date written on a verb of saying, in its prepositions or bare noun phrases ('on Tuesday')."""
    for child in said.children:
        if child.dep_ in ("prep", "npadvmod"):
            phrase = said.doc[child.left_edge.i:child.right_edge.i + 1]
            found = find_dates(phrase.text, published=published)
            if found:
                return phrase, found
    return None


def _set_off_by_previous(trigger: Token) -> bool:
    """The sentence opens with what an event of the previous one set off ("X escaped in January 2024.
    His escape set off attacks, and the president declared ..."): what it tells followed at once."""
    root = trigger.sent.root
    words = load_patterns("relations")["consequence_verbs"]
    lemma = root.lemma_.lower()
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), None)
    if lemma not in words and f"{lemma} {particle}" not in words:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(p.dep_ == "poss" and p.pos_ == "PRON"
                                                               for p in c.children) for c in root.children)


def _first_mention(clause: Span) -> Span | None:
    """The phrase of the latest earlier mention of a document or operation the clause names with
    "the" ("an indictment unsealed on Tuesday in Atlanta" for "The indictment charges ...")."""
    for token in clause:
        if not _definite_back_noun(token):
            continue
        doc, lemma, start = token.doc, token.lemma_.lower(), token.sent.start
        for k in range(start - 1, max(-1, start - _LOOK_BACK), -1):
            earlier = doc[k]
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
                return doc[earlier.left_edge.i:earlier.right_edge.i + 1]
    return None


def _told_in(phrase: Span) -> Span | None:
    """The clause of the verb whose object (or subject) a first mention is: 'carried out a raid in P
    on Monday' for 'a raid'."""
    noun = phrase.root
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    tokens = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree] + list(noun.subtree)
    return phrase.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]


def _previous_date(trigger: Token, published: str | None) -> DateMention | None:
    """The one date the previous sentence names, or None when it names none or several."""
    previous = _previous_sentence(trigger)
    if previous is None:
        return None
    found = find_dates(previous.text, published=published)
    return found[0] if len(found) == 1 else None


def _definite_back_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in BACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in children(token))


def _previous_sentence(token: Token) -> Span | None:
    start = token.sent.start
    if start == 0:
        return None
    previous = token.doc[start - 1].sent
    return previous if previous.end <= start else None


_SPAN_PREPS = frozenset({"since", "until", "till"})  # a relative clause of a span of time describes its noun


def _not_described(trigger: Token, clause: Span, found: list[DateMention]) -> list[DateMention]:
    """The dates of the clause less those inside what describes one of its people as background
    ("arrested X, born on 26 April 1962, who had evaded capture since 1993"): a "born" phrase, or a
    relative clause in the past perfect ("had") or of a span of time ("since", "until": "X, who ran G until
    2019, was arrested in May"), on a name the event's trigger is not part of, a participle inside an
    apposition ("X, a boss held in 2012", "X, a lieutenant of G wanted since 2010"), or a 'where' clause, which
    tells another event at its place ("was extradited to Texas in 2012, where he was sentenced in 2014").
    Other relative clauses may tell the event itself ("the murder of X, who was shot dead in December 2016")
    or the time it refers to ("who were running G in 2015, were arrested that spring"), and keep their dates."""
    if not found:
        return []  # no date to set aside (most clauses): the clause's words need no reading
    inside: list[tuple[int, int]] = []
    for token in clause:
        background = token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" or c.dep_ == "prep"
                                                   and c.lower_ in _SPAN_PREPS for c in token.children)
        described = token.head.pos_ == "PROPN" and (
            background or token.dep_ == "acl" and token.lemma_.lower() == "bear") \
            or token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and _in_apposition(token) \
            or token.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children)
        if described and not (token.left_edge.i <= trigger.i <= token.right_edge.i):
            lo, hi = token.left_edge, token.right_edge
            inside.append((lo.idx - clause.start_char, hi.idx + len(hi.text) - clause.start_char))
    return [d for d in found if not any(lo <= d.start and d.end <= hi for lo, hi in inside)]


def _in_apposition(participle: Token) -> bool:
    """'X, a boss held in 2012', 'led the Nomads, a chapter of the Hells Angels founded in 1995': a participle
    inside an apposition (on its noun, or on a noun of the apposition's phrase) describes that noun."""
    head = participle.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.dep_ == "appos":
            return True
        head = head.head
    return head.dep_ == "appos"
