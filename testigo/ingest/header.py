"""What the first lines of a plain-text article say about it: headline, date line, dateline.

    Published: 2025-06-14                        -> published
    Published September 12, 2016                 -> published (a label, with or without a colon)
    By our Caribbean desk, 2 June 2025           -> published (a byline and its date)
    Thursday, October 17, 2019. All times local. -> published (a date line a note follows)
    Issued: 14 October 2025, 09:00 CST           -> published (an advisory's or a brief's issue date, an
                                                    episode's release date: only with the date right after)
    Programme name | 14 May 2025                 -> published (day first too, and a time after it)
    Prepared from filings. Last updated March 3, 2025.  -> published (a label after a full stop)
    Reynosa, 10 de marzo de 2023                 -> published (Spanish or Portuguese; a place before it)
    June 9, 2025                                 -> published (a line that is only a date)
    Thursday, February 27, 2025                  -> published (with its weekday)
    By X | CITY, Country | September 20, 2025    -> published (a byline part that is only a date)
    CJNG co-founder "El 85" among 29 sent to US  -> title (a short first line with no full stop)
    MEXICO CITY, Feb. 28, 2025 (Border Wire) -   -> published, outlet (a wire dateline)
    TUCSON, Ariz. — Jan. 9, 2024                 -> published (a place, a dash, the date)
    MONTERREY, Nuevo León, Friday, 5 May 2023 (El Norte)  -> published (place, state, weekday, source)
    Broadcast March 2, 2024 - 21:00 GMT          -> published (aired, broadcast, last edited, version of)
    Recorded Monday, March 10, 2025. Transcript edited.  -> published (a podcast's recording date)
    Segment 1 | Aired Monday, July 15, 2013, 6:30 p.m. ET -> published (a label after a bar, with its weekday)
    From the online encyclopedia (version of 2 June 2024) -> published (a label in brackets)
    [Translated. Regional daily, Tuesday 8 October 2024, Politics section.] -> published (a part of a note in brackets)
    [Translation. Original in Spanish, published in a daily on Friday, January 6, 2023. ...] -> published (a note of
                                                    any length: the date its 'original', 'published' or 'edition'
                                                    names)
    CD. VICTORIA, TAMPS., 29 JUN. 2010.          -> published (a place and date line in capitals, a full stop after)
    FRIDAY, 15 NOVEMBER 2024                     -> published (a date line in capitals)
    Victoria de Durango, Dgo., 11 March 2023     -> published (a place with 'de', 'del', 'la' in its name)
    Monday, June 29, 2020, Ministry building, Mexico City -> published (a weekday's date line, then where)
    Report published 22 August 2013              -> published (a label after a word or two that name the text)
    Decision date: 2018-06-12                    -> published (a record's date: decision, publication, document)
    Created: 2010-09-14 23:12                    -> published (a cable's or a record's creation)
    O 141840Z APR 89                             -> published (a telegram's date-time group: precedence, day and
                                                    time in Zulu, month, two-digit year)

Only the first few lines are read, and the text itself is kept whole.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["read_header"]

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# Spanish and Portuguese month names, for date lines of translated reports ('10 de marzo de 2023')
ROMANCE_MONTHS = {m: i for i, names in enumerate([
    ("enero", "janeiro"), ("febrero", "fevereiro"), ("marzo", "março", "marco"), ("abril",), ("mayo", "maio"),
    ("junio", "junho"), ("julio", "julho"), ("agosto",), ("septiembre", "setiembre", "setembro"),
    ("octubre", "outubro"), ("noviembre", "novembro"), ("diciembre", "dezembro")], start=1) for m in names}
_MONTH = r"[A-Z][a-z]{2,8}\.?"
# 'Feb. 28, 2025' / 'September 18, 2023' (month first) or '14 May 2025' / '3 March, 2025' (day first)
_DATE = (rf"(?:(?P<mon>{_MONTH}) (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})"
         rf"|(?P<d2>\d{{1,2}}) (?P<mon2>{_MONTH}),? (?P<y2>\d{{4}})"
         r"|(?P<d3>\d{1,2}) de (?P<mon3>[A-Za-zçÇ]{4,10}),? (?:de |del )?(?P<y3>\d{4}))")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_WRITTEN = re.compile(_DATE)
_LABEL = (r"(?:first published|last updated|last edited|last modified|published|updated|posted|aired|broadcast"
          r"|recorded|taped|filmed|version of|as of|date|created)")
# what a word or two before the label may name: the text itself ('Report published', 'Decision date')
_OF_TEXT = r"(?:(?:report|article|story|post|document|release|decision|publication|bulletin|notice|page) )"
_LABELLED = re.compile(rf"^{_OF_TEXT}?{_LABEL}\s*(?:on\s+)?:?\s*(?P<date>.+?)\s*$", re.I)
# 'Southern District of New York. Last updated March 3, 2025.': a label after a full stop or a bar
_DAY_NAME = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"  # 'Segment 1 | Aired Monday, July 15, 2013'
_LABELLED_INSIDE = re.compile(
    rf"(?:^|[.|\u00b7\u2022]\s+|\(){_LABEL}\s*(?:on\s+)?:?\s*{_DAY_NAME}(?P<date>{_DATE})", re.I)
# 'By our Caribbean desk, 2 June 2025': a byline and its date; 'Thursday, October 17, 2019. All times are local.':
# a date line with its weekday that a note follows ('May 3, 2021. That was the day ...' opens a story)
_BYLINE_DATE = re.compile(rf"^By [^,|]{{2,60}}, {_DAY_NAME}(?P<date>{_DATE})\.?$")
_DATE_THEN_NOTE = re.compile(  # a weekday, the date, then a note or where ('..., 2020, Ministry building, Mexico City')
    rf"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?P<date>{_DATE})(?:\. .+|, [A-Z\u00c0-\u00dd].+)$")
# 'Issued: 14 October 2025, 09:00 CST', 'Date of issue: 3 March 2025 | ...', 'Episode 212, released March 21, 2025':
# an advisory's, a brief's or an episode's label, read only with the date right after it (not 'Released from ...')
_ISSUED = re.compile(rf"(?:^|[.,|\u00b7\u2022]\s+)(?:issued|date of issue|released)\s*(?:on\s+)?:?\s*{_DAY_NAME}"
                     rf"(?P<date>{_DATE})", re.I)
_DATELINE = re.compile(
    rf"^[A-ZÀ-Ý][A-ZÀ-Ý .'\-]+(?:, [A-ZÀ-Ý][A-Za-zÀ-ÿ .]+)?, {_DAY_NAME}(?P<date>{_DATE})"
    r"(?: \((?P<outlet>[^)]{2,60})\))?\s*[-\u2013\u2014]")
_WEEKDAY = re.compile(r"(?:^|(?<=, ))(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+")  # first, or after a place
# what may follow a date on a date line: 'at 10:42 AM ET', '14:05 GMT', '10.42am'
_TIME = re.compile(r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)$", re.I)
_PARTS = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[-\u2013\u2014/]\s+")  # bars, dots, spaced dashes and slashes
# 'Rome, 16 January 2023': a place and the date, and nothing else
_PLACE = (r"[A-Z\u00c0-\u00dd][\w.'\-]*(?: (?:(?:de|del|la|las|los|da|do|das|dos|di|du|el|le|sur|sul) )?"
          r"[A-Z\u00c0-\u00dd][\w.'\-]*){0,3}")  # 'Victoria de Durango', 'Rio do Sul'
_PLACE_DATE = re.compile(rf"{_PLACE}(?:, {_PLACE})?, (?P<date>{_DATE})")  # 'Rome, 16 January 2023', with a state
_SOURCE_NOTE = re.compile(r"\s*\([^()]{2,80}\)$")  # '(El Norte; translated from Spanish)' after a date line
# '[Translated from Spanish. Regional daily, Tuesday 8 October 2024, Politics section.]': an editor's note in
# brackets, one of whose parts (between full stops, commas or semicolons) is a date, with its weekday or not
_NOTE = re.compile(r"^[\[(](?P<inner>.{4,200})[\])]$")
_RELEASE_NOTE = re.compile(r"(?i)\b(?:released|declassified|freedom of information)\b")  # a later release's date
_NOTE_DATE = re.compile(rf"(?:^|[.,;]\s+){_DAY_NAME}(?P<date>{_DATE})\s*(?:[.,;]|$)")
# 'Original in Spanish: El Heraldo, Chihuahua, Thursday 20 August 2020, section ...', '... column by X, published
# Saturday, August 31, 2019 in the weekly ...', '... from the weekly El Puente, edition of Sunday 19 September 2004':
# in a note in brackets, the date the original's publication (or its edition) names
_ORIGINAL_DATE = re.compile(
    rf"^[\[(].*?\b(?:[Oo]riginal|published|edition)\b[^.\]]{{0,120}}?[\s,:]{_DAY_NAME}(?P<date>{_DATE})")
# a telegram's date-time group: precedence (Operational, Priority, Routine, flash), day, hour, minute, Zulu,
# month, year ('O 141840Z APR 89', 'R 181932Z FEB 11')
_CABLE_TIME = re.compile(r"^[OPRZ]\s+(?P<d>\d{2})\d{4}Z\s+(?P<mon>[A-Z]{3})\s+(?P<y>\d{2})$")
MAX_TITLE = 160


def _to_iso(text: str) -> str | None:
    """'2025-06-14', 'Feb. 28, 2025', 'September 18, 2023', '14 May 2025' -> ISO date, or None."""
    found = _ISO.match(text.strip())
    if found:
        year, month, day = int(found["y"]), int(found["m"]), int(found["d"])
    else:
        found = _WRITTEN.search(text)
        if not found:
            return None
        if found["mon3"]:
            month = ROMANCE_MONTHS.get(found["mon3"].lower(), 0)
        else:
            month = MONTHS.get((found["mon"] or found["mon2"])[:3].lower(), 0)
        if not month:
            return None
        year, day = int(found["y"] or found["y2"] or found["y3"]), int(found["d"] or found["d2"] or found["d3"])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _cable_time(line: str) -> str | None:
    """'O 141840Z APR 89' -> '1989-04-14' (a two-digit year after 50 is of the 1900s)."""
    found = _CABLE_TIME.match(line)
    if not found:
        return None
    year = int(found["y"]) + (1900 if int(found["y"]) > 50 else 2000)
    return _to_iso(f"{found['d']} {found['mon'].title()} {year}")


def _date_only(line: str) -> str | None:
    """A line that is only a date ('Thursday, February 27, 2025', '14 May 2025, 10:42 GMT' too), or
    a byline one of whose '|'-separated parts is ('By our correspondent | CITY, Country | September 20,
    2025')."""
    if line.isupper():  # 'FRIDAY, 15 NOVEMBER 2024'
        line = line.title()
    for part in _PARTS.split(line):
        part = _TIME.sub("", _WEEKDAY.sub("", _SOURCE_NOTE.sub("", part.strip().removesuffix("."))))
        if (_WRITTEN.fullmatch(part) or _ISO.fullmatch(part)) and (iso := _to_iso(part)):
            return iso
        placed = _PLACE_DATE.fullmatch(part)
        if placed and not part.split(",")[0].lower().endswith("day") and (iso := _to_iso(placed["date"])):
            return iso  # (a word in a weekday's place, 'Funday, March 3', is no place)
    return None


def read_header(text: str) -> dict[str, str]:
    """Title, published date and outlet found in the first lines of a plain-text article."""
    found: dict[str, str] = {}
    lines = [line.strip() for line in text.splitlines()[:8]]
    for line in lines:
        labelled = _LABELLED.match(line)
        if labelled and "published" not in found and (iso := _to_iso(labelled["date"])):
            found["published"] = iso
            continue
        inside = _LABELLED_INSIDE.search(line)
        if inside and "published" not in found and (iso := _to_iso(inside["date"])):
            found["published"] = iso
            continue
        byline = _BYLINE_DATE.match(line) or _DATE_THEN_NOTE.match(line)
        if byline and "published" not in found and (iso := _to_iso(byline["date"])):
            found["published"] = iso
            continue
        issued = _ISSUED.search(line)
        if issued and "published" not in found and (iso := _to_iso(issued["date"])):
            found["published"] = iso
            continue
        dateline = _DATELINE.match(line)
        if dateline and "published" not in found and (iso := _to_iso(dateline["date"])):
            found["published"] = iso
            if dateline["outlet"]:
                found["outlet"] = dateline["outlet"]
            continue
        if "published" not in found and (iso := _date_only(line)):
            found["published"] = iso
            continue
        if "published" not in found and (iso := _cable_time(line)):
            found["published"] = iso
            continue
        note = _NOTE.match(line) if not _RELEASE_NOTE.search(line) else None
        dated = (_NOTE_DATE.search(note["inner"]) if note else None) or _ORIGINAL_DATE.match(line)
        if dated and "published" not in found and (iso := _to_iso(dated["date"])):
            found["published"] = iso
    title = next((line for line in lines if line and not _LABELLED.match(line)), "")
    following = lines[lines.index(title) + 1] if title and lines.index(title) + 1 < len(lines) else ""
    if title and len(title) <= MAX_TITLE and not title.endswith((".", ":", ";")) and not following:
        found["title"] = title
    return found
