"""Dates as written ("January 2010", "1999 to 2008") to ISO 8601 ("2010-01", "1999/2008").

Relative dates ("on Friday", "last September") are resolved only against an anchor, the
document's publication date; without one they have no ISO form and keep their text.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = r"(1[0-9]{3}|20[0-9]{2})"
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"([0-3]?[0-9])(?:st|nd|rd|th)?"
_LEAD = re.compile(r"^(?:(?:in|on|from|since|during|between|of|by|until|the|early|late|mid)\s+)+")

_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"{_YEAR}-([01][0-9])-([0-3][0-9])"), "ymd"),
    (re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"), "dmy"),
    (re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}"), "mdy"),
    (re.compile(rf"{_MONTH},?\s+(?:of\s+)?{_YEAR}"), "my"),
    (re.compile(rf"{_YEAR}"), "y"),
]
_RANGE = re.compile(rf"{_YEAR}\s*(?:-|–|—|to|and|until|till|through)\s*([0-9]{{1,4}})")


def normalize_date(text: str, anchor: str | None = None) -> str | None:
    """The ISO 8601 form of a date expression, or None when the text does not say.

    Args:
        text: the date as written.
        anchor: the document's date (``YYYY-MM-DD``), to resolve "Friday" or "last year".

    >>> [normalize_date(t) for t in ("1988", "January 2010", "13 March 1963", "March 13, 1963")]
    ['1988', '2010-01', '1963-03-13', '1963-03-13']
    >>> normalize_date("1999 to 2008"), normalize_date("2018–2020"), normalize_date("1997-8")
    ('1999/2008', '2018/2020', '1997/1998')
    >>> normalize_date("Friday") is None, normalize_date("on Friday", anchor="2021-09-06")
    (True, '2021-09-03')
    """
    t = _LEAD.sub("", " ".join(text.casefold().split()))
    match = _RANGE.fullmatch(t)
    if match:
        start, end = match.group(1), match.group(2)
        end = start[: 4 - len(end)] + end
        return f"{start}/{end}" if end > start else None
    for pattern, form in _FORMS:
        match = pattern.fullmatch(t)
        if match:
            return _iso(form, match.groups())
    return _relative(t, anchor) if anchor else None


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def date_label(value: str) -> str:
    """The label of the date whose ISO 8601 value is ``value``: the same however the text wrote it.

    A date's IRI is made of its value, so "Dec. 2017" and "December 2017" in two documents
    are one entity, and one entity has one label; the spellings become aliases.

    >>> [date_label(v) for v in ("1988", "2017-12", "2023-10-02", "1977/1980", "2010-01/2011")]
    ['1988', 'December 2017', '2 October 2023', '1977–1980', 'January 2010–2011']
    """
    if "/" in value:
        return "–".join(date_label(part) for part in value.split("/", 1))
    parts = value.split("-")
    if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{_MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[2])} {_MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    return value


def _iso(form: str, groups: tuple[str, ...]) -> str | None:
    if form == "y":
        return groups[0]
    if form == "my":
        return f"{groups[1]}-{MONTHS[groups[0]]:02d}"
    if form == "ymd":
        year, month, day = (int(g) for g in groups)
    elif form == "dmy":
        day, month, year = int(groups[0]), MONTHS[groups[1]], int(groups[2])
    else:
        month, day, year = MONTHS[groups[0]], int(groups[1]), int(groups[2])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(t: str, anchor: str) -> str | None:
    try:
        today = dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None
    t = t.removeprefix("last ") if t.startswith("last ") and t[5:] in _WEEKDAYS else t
    if t == "today":
        return today.isoformat()
    if t == "yesterday":
        return (today - dt.timedelta(days=1)).isoformat()
    if t in _WEEKDAYS:  # news speaks of the most recent such day
        back = (today.weekday() - _WEEKDAYS.index(t)) % 7
        return (today - dt.timedelta(days=back)).isoformat()
    years = {"this year": 0, "last year": 1, "next year": -1}
    if t in years:
        return str(today.year - years[t])
    match = re.fullmatch(rf"(last|this|next)\s+{_MONTH}", t)
    if match:
        month = MONTHS[match.group(2)]
        year = today.year
        if match.group(1) == "last" and month >= today.month:
            year -= 1
        elif match.group(1) == "next" and month <= today.month:
            year += 1
        return f"{year}-{month:02d}"
    return None


_DURATION = re.compile(
    r"^(?:about|around|nearly|almost|over|more than|less than|some|the past|the last|the next|a|an|"
    r"[0-9,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-?[a-z]*)\s+"
    r"(?:[0-9a-z-]+\s+)?(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)(?:\s+old)?$"
)
_RELATIVE_WORDS = frozenset(
    "today yesterday tomorrow tonight ago earlier later last next this past recent".split()
)
_CALENDAR_WORDS = frozenset(_WEEKDAYS) | frozenset(MONTHS) | {"christmas", "easter", "ramadan", "eid", "nowruz"}


def is_placeable_date(text: str) -> bool:
    """Whether a date expression says when: a year, a month or weekday, or words relative to
    the document's date. Ages ("67"), durations ("nine days") and vague words ("spring",
    "day") are not.

    >>> [is_placeable_date(t) for t in ("1988", "last September", "Friday", "the 1990s")]
    [True, True, True, True]
    >>> [is_placeable_date(t) for t in ("67", "nine days", "24 years", "spring", "one-day")]
    [False, False, False, False, False]
    """
    t = " ".join(text.casefold().split())
    if _DURATION.match(t) and not any(w in t.split() for w in ("ago", "later", "earlier")):
        return False
    words = set(re.findall(r"[a-z]+", t))
    if re.search(r"\b(1[0-9]{3}|20[0-9]{2})s?\b", t):
        return True
    return bool(words & (_CALENDAR_WORDS | _RELATIVE_WORDS))
