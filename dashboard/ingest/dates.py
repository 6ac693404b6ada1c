"""Temporal expressions in a release, normalised to a start, an end and a
precision, relative to the publication date.

Absolute dates are parsed with ``dateparser``; what it cannot know — which year a
'22 January' falls in, what 'in recent weeks' spans, what 'since then' points
back to — is resolved here against the publication date. With no publication
date, relative expressions stay ``unresolved`` and say so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from .event_cues import past_verb

UNRESOLVED = "unresolved"
#: A month name; only an abbreviation takes a full stop ("Oct. 4"), so the full
#: stop that ends a sentence ("... on 16 March.") is never part of a date.
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3, "some": 3,
}  # fmt: skip
COUNT = (
    r"(?:\d{1,3}|a few|several|few|some|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|a|an)"
)
UNIT_DAYS = {
    "hour": 1, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365,
    "decade": 3652,
}  # fmt: skip
#: Words that attribute a statement: a date right after them ("said today",
#: "said yesterday in a briefing") dates the statement, not what it reports.
REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|say|stated|told\s+[^,.;]{1,40}?|added|reported|"
    r"published|released)\b[^,.;]{0,40}$",
    re.I,
)
FUTURE = re.compile(
    r"\b(?:will|(?<!\bthe\s)next|the\s+next\s+(?!day|morning|afternoon|evening|"
    r"night)|upcoming|scheduled|plans?\s+to|is\s+to|are\s+to|"
    r"(?:is|are)\s+(?:\w+\s+)?due\b(?!\s+to\s+(?:the|a|an|its|their|his|her|"
    r"poor|lack|ill)\b)|due\s+to\s+(?:open|begin|start|resume|be|take|visit|hear|"
    r"rule|meet|vote|travel|arrive|end|expire|report|appear)|listed\s+for|"
    r"set\s+(?:to|for)\s+\w+|expected\s+to|due\s+(?:in|on|by)\b|"
    r"(?:set|scheduled|fixed)\s+(?:[\w-]+\s+){1,4}?for\b|"
    r"(?:opens|begins|starts|resumes)\s+on\b|ahead\s+of|in\s+the\s+run-up\s+to|"
    r"kicking\s+off\s+on|(?:opening|starting|beginning)\s+on\b|"
    r"before\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:vote|votes|elections?|"
    r"session|hearing|summit|visit|meeting|debate|trial|referendum)\b|"
    r"(?:voting|meeting|sitting|convening|deciding|ruling)\s+on\b|"
    r"to\s+be\s+(?:held|elected|heard|decided|sworn|tried|voted)\b)\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """One temporal expression: where it is and what it means."""

    text: str
    paragraph: int
    start_char: int
    end_char: int
    start: dt.date | None
    end: dt.date | None
    precision: str

    @property
    def resolved(self) -> bool:
        return self.start is not None


def _parse(text: str) -> dt.date | None:
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
    )
    return parsed.date() if parsed else None


MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
         "dec"],
        start=1,
    )
}  # fmt: skip
DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})\s+(?P<month>{MONTH}),?\s+(?P<year>\d{{4}})$"
    rf"|^(?P<month2>{MONTH})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})$"
    r"|^(?P<year3>\d{4})-(?P<month3>\d{2})-(?P<day3>\d{2})$",
    re.I,
)


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name.lower()[:3]]


def _parse_day(text: str) -> dt.date | None:
    """A full date; the common shapes directly, anything else by dateparser."""
    match = DAY_MONTH_YEAR.match(text.strip())
    if match:
        try:
            if match.group("year3"):
                return dt.date(*map(int, match.group("year3", "month3", "day3")))
            month = match.group("month") or match.group("month2")
            day = match.group("day") or match.group("day2")
            year = match.group("year") or match.group("year2")
            return dt.date(int(year), _month_number(month), int(day))
        except ValueError:
            return None
    return _parse(text)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def nearest_year(
    month: int, day: int, published: dt.date, past: bool, future: bool = False
) -> dt.date:
    """The day/month nearest the publication date; with ``past``, the latest one
    on or before it; with ``future``, the first one on or after it."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if past:
        before = [day for day in options if day <= published]
        if before:
            return max(before)
    if future:
        after = [day for day in options if day >= published]
        if after:
            return min(after)
    return min(options, key=lambda day: abs((day - published).days))


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """``day`` moved by ``amount`` calendar units (negative: back); the day of
    the month is kept, or the month's last day when it has fewer days."""
    if unit == "hour":
        return day + dt.timedelta(days=-(-amount // 24) if amount < 0 else amount // 24)
    if unit in {"day", "week", "fortnight"}:
        return day + dt.timedelta(days=amount * UNIT_DAYS[unit])
    months = amount * {"year": 12, "decade": 120}.get(unit, 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _weekday(name: str, published: dt.date, direction: int) -> dt.date:
    """The weekday before (-1, or the same day) or after (+1) publication."""
    target = WEEKDAYS.index(name.lower())
    delta = (target - published.weekday()) % 7
    if direction > 0:
        return published + dt.timedelta(days=delta or 7)
    return published - dt.timedelta(days=(7 - delta) % 7)


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 3)


@dataclass
class _Context:
    published: dt.date | None
    sentence: str
    previous: DateMention | None


Resolution = tuple[dt.date | None, dt.date | None, str]


def _absolute_day(match: re.Match, context: _Context) -> Resolution:
    day = _parse_day(match.group(0))
    return day, day, "day" if day else UNRESOLVED


def _range_in_month(match: re.Match, context: _Context) -> Resolution:
    first, last, month, year = match.group("d1", "d2", "month", "year")
    month_number = _month_number(month)
    if year:
        start = dt.date(int(year), month_number, int(first))
    elif context.published:
        # "soldiers fired between 6 and 9 April": past; "ministers meet on 25 and 26
        # November": the nearest
        future = bool(FUTURE.search(context.sentence))
        past = (
            not future
            and past_verb(context.sentence) is not None
            and not REQUEST.search(context.sentence)
        )
        start = nearest_year(
            month_number, int(first), context.published, past=past, future=future
        )
    else:
        return None, None, UNRESOLVED
    return start, start.replace(day=int(last)), "day"


def _range_across_months(match: re.Match, context: _Context) -> Resolution:
    """'from 16 May to 21 June', 'between 30 March and 2 April 2024',
    '16 May–21 June 2022': the end's year (given, or the nearest in the
    sentence's tense), the start's the same or the one before."""
    first_day = int(match.group("d1") or match.group("d1b"))
    first_month = _month_number(match.group("m1") or match.group("m1b"))
    last_day, last_month = int(match.group("d2")), _month_number(match.group("m2"))
    try:
        if match.group("y2"):
            end = dt.date(int(match.group("y2")), last_month, last_day)
        elif match.group("y1"):
            end = dt.date(int(match.group("y1")), last_month, last_day)
        elif context.published is not None:
            past = not FUTURE.search(context.sentence)
            end = nearest_year(
                last_month, last_day, context.published, past=past, future=not past
            )
        else:
            return None, None, UNRESOLVED
        if match.group("y1"):
            start = dt.date(int(match.group("y1")), first_month, first_day)
        else:
            start = dt.date(end.year, first_month, first_day)
            if start > end:
                start = start.replace(year=end.year - 1)
    except ValueError:
        return None, None, UNRESOLVED
    if start > end:
        return None, None, UNRESOLVED
    return start, end, "day"


def _day_month(match: re.Match, context: _Context) -> Resolution:
    if context.published is None:
        return None, None, UNRESOLVED
    text = match.group(0)
    month = _month_number(match.group("month"))
    day_number = int(match.group("day"))
    past = text.lower().startswith("last") or not FUTURE.search(context.sentence)
    try:
        day = nearest_year(
            month, day_number, context.published, past=past, future=not past
        )
    except ValueError:
        return None, None, UNRESOLVED
    return day, day, "day"


def _month_alone(match: re.Match, context: _Context) -> Resolution:
    """'in April': the month of the year that makes the sentence true (the
    latest April up to publication; the next one in the future tense)."""
    if context.published is None:
        return None, None, UNRESOLVED
    month = _month_number(match.group("month"))
    published = context.published
    year = published.year
    ahead = match.group(0).lower().startswith("by ") and REQUEST.search(
        context.sentence
    )
    if FUTURE.search(context.sentence) or ahead:  # "publish a timetable by December"
        if month < published.month:
            year += 1
    elif month > published.month:
        year -= 1
    start, end = _month_span(year, month)
    return _narrow(start, end, match.group(0))


def _month_year(match: re.Match, context: _Context) -> Resolution:
    start, end = _month_span(
        int(match.group("year")), _month_number(match.group("month"))
    )
    return start, end, "month"


def _year(match: re.Match, context: _Context) -> Resolution:
    year = int(match.group("year"))
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _relative(match: re.Match, context: _Context) -> Resolution:
    published = context.published
    text = match.group(0).lower()
    if published is None:
        return None, None, UNRESOLVED
    day = dt.timedelta(days=1)
    if text in {"today", "tonight"} or text.startswith("this "):
        if text in {"this week", "this month", "this year"}:
            return _this(text.split()[1], published)
        return published, published, "day"
    if text in {"yesterday", "last night"}:
        return published - day, published - day, "day"
    if text == "tomorrow":
        return published + day, published + day, "day"
    if text in {"next week", "last week"}:
        monday = published - dt.timedelta(days=published.weekday())
        monday += dt.timedelta(days=7 if text.startswith("next") else -7)
        return monday, monday + dt.timedelta(days=6), "approximate"
    if text in {"next month", "last month"}:
        step = 1 if text.startswith("next") else -1
        month_index = published.year * 12 + published.month - 1 + step
        start, end = _month_span(month_index // 12, month_index % 12 + 1)
        return start, end, "month"
    if text in {"next year", "last year"}:
        year = published.year + (1 if text.startswith("next") else -1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    return None, None, UNRESOLVED


def _this(unit: str, published: dt.date) -> Resolution:
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday, monday + dt.timedelta(days=6), "approximate"
    if unit == "month":
        start, end = _month_span(published.year, published.month)
        return start, end, "month"
    return dt.date(published.year, 1, 1), dt.date(published.year, 12, 31), "year"


def _weekday_mention(match: re.Match, context: _Context) -> Resolution:
    if context.published is None:
        return None, None, UNRESOLVED
    text = match.group(0).lower()
    name = match.group("weekday")
    if text.startswith("next") or (
        not text.startswith("last") and FUTURE.search(context.sentence)
    ):
        day = _weekday(name, context.published, +1)
    else:
        day = _weekday(name, context.published, -1)
        if text.startswith("last"):
            # "last Wednesday": that day of the week before the publication's
            # (on a Thursday, 8 days back, not yesterday)
            monday = context.published - dt.timedelta(days=context.published.weekday())
            day = monday - dt.timedelta(days=7) + dt.timedelta(days=day.weekday())
    return day, day, "day"


def _recent(match: re.Match, context: _Context) -> Resolution:
    """'in recent weeks', 'in the past five years', 'over the last 10 months'."""
    if context.published is None:
        return None, None, UNRESOLVED
    if match.groupdict().get("one"):  # 'over the past week'
        unit, amount = match.group("one").lower(), 1
    else:
        unit = match.group("unit").lower().rstrip("s")
        amount = _count(match.group("amount")) if match.group("amount") else None
    if unit == "hour":  # 'over the past 48 hours'
        days = max(1, -(-(amount or 24) // 24))
        return (
            context.published - dt.timedelta(days=days),
            context.published,
            ("approximate"),
        )
    if amount is None:  # 'in recent weeks': a few units
        amount = 4 if unit == "week" else 3
    start = shift(context.published, unit, -amount)
    return start, context.published, "approximate"


def _ago(match: re.Match, context: _Context) -> Resolution:
    """'two years ago' (about then); 'months ago' (some months back)."""
    if context.published is None:
        return None, None, UNRESOLVED
    unit = match.group("unit").lower().rstrip("s")
    if match.group("today"):  # "a week ago today": that very day
        day = shift(context.published, unit, -_count(match.group("amount") or "one"))
        return day, day, "day"
    if match.group("amount"):
        amount = _count(match.group("amount"))
        point = shift(context.published, unit, -amount)
        spread = dt.timedelta(days=max(1, UNIT_DAYS[unit] // 2))
        return point - spread, point + spread, "approximate"
    start = shift(context.published, unit, -12)
    end = shift(context.published, unit, -2)
    return start, end, "approximate"


#: Parts of a month: "early March", "mid-May", "late last month".
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _part(text: str) -> tuple[int, int] | None:
    """The days of the month that 'early', 'mid-' or 'late' in ``text`` mean."""
    word = re.search(r"\b(early|mid|late)\b", text, re.I)
    return PART_OF_MONTH[word.group(1).lower()] if word else None


def _narrow(start: dt.date, end: dt.date, text: str) -> Resolution:
    """A month narrowed to its early, middle or late part, if the text says so."""
    part = _part(text)
    if part is None:
        return start, end, "month"
    return (
        start.replace(day=part[0]),
        end.replace(day=min(part[1], end.day)),
        ("approximate"),
    )


def _part_of_relative_month(match: re.Match, context: _Context) -> Resolution:
    """'early last month', 'late this month'."""
    if context.published is None:
        return None, None, UNRESOLVED
    text = match.group(0).lower()
    step = {"last": -1, "this": 0, "next": 1}[match.group("which").lower()]
    index = context.published.year * 12 + context.published.month - 1 + step
    start, end = _month_span(index // 12, index % 12 + 1)
    return _narrow(start, end, text)


def _last_month_name(match: re.Match, context: _Context) -> Resolution:
    """'last October': the latest October before the publication month."""
    if context.published is None:
        return None, None, UNRESOLVED
    month = _month_number(match.group("month"))
    published = context.published
    year = published.year if month < published.month else published.year - 1
    start, end = _month_span(year, month)
    return start, end, "month"


def _weekend(match: re.Match, context: _Context) -> Resolution:
    """'at the weekend', 'last weekend': the Saturday and Sunday before
    publication; 'next weekend' (or the future tense) the ones after."""
    published = context.published
    if published is None:
        return None, None, UNRESOLVED
    text = match.group(0).lower()
    future = "next" in text or (
        "last" not in text and FUTURE.search(context.sentence) is not None
    )
    saturday = _weekday("saturday", published, +1 if future else -1)
    if not future and saturday >= published:
        saturday -= dt.timedelta(days=7)
    return saturday, saturday + dt.timedelta(days=1), "approximate"


def _first_months(match: re.Match, context: _Context) -> Resolution:
    """'the first three months of the year', 'the first half of last year'."""
    if context.published is None:
        return None, None, UNRESOLVED
    text = match.group(0).lower()
    year = context.published.year - (1 if "last year" in text else 0)
    months = 6 if "half" in text else _count(match.group("amount") or "3")
    months = max(1, min(12, months))
    return dt.date(year, 1, 1), _month_span(year, months)[1], "month"


def _later(match: re.Match, context: _Context) -> Resolution:
    """'three weeks later', 'two days earlier', 'the following day': counted
    from the date the sentence (or the one before) gives."""
    previous = context.previous
    if previous is None or previous.start is None:
        return None, None, UNRESOLVED
    text = match.group(0).lower()
    span = (match.groupdict().get("span") or "day").lower()
    if span in {"month", "year"}:  # "the following month": that whole month
        back = "previous" in text
        day = shift(previous.start, span, -1 if back else 1)
        if span == "month":
            start, end = _month_span(day.year, day.month)
            return start, end, "month"
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"
    if match.group("unit"):
        unit = match.group("unit").lower().rstrip("s")
        amount = _count(match.group("amount"))
    else:
        unit, amount = span, 1
    back = any(word in text for word in ("earlier", "before", "previous"))
    day = shift(previous.start, unit, -amount if back else amount)
    if unit in {"month", "year"} and previous.precision in {"month", "year"}:
        # "ratified in August 2023; it took effect a month later": September
        if unit == "year" or previous.precision == "year":
            return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"
        start, end = _month_span(day.year, day.month)
        return start, end, "month"
    exact = previous.precision == "day" and unit in {"day", "week", "fortnight"}
    return day, day, "day" if exact else "approximate"


def _since_then(match: re.Match, context: _Context) -> Resolution:
    """'since then' names the date it refers back to, as 'since March 2015' names
    March 2015; the period to publication belongs to the event told with it."""
    previous = context.previous
    if previous is None or previous.start is None or context.published is None:
        return None, None, UNRESOLVED  # in an undated release, as the sets read it
    return previous.start, previous.end, previous.precision


def _that(match: re.Match, context: _Context) -> Resolution:
    """'that month', 'that year': the month or year of the date the sentence
    (or the one before) gives."""
    previous = context.previous
    if previous is None or previous.start is None:
        return None, None, UNRESOLVED
    unit = match.group("unit").lower()
    if unit == "month" and previous.precision in {"day", "month"}:
        start, end = _month_span(previous.start.year, previous.start.month)
        return start, end, "month"
    if unit == "year":
        year = previous.start.year
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    return None, None, UNRESOLVED


def _year_range(match: re.Match, context: _Context) -> Resolution:
    """'between 2011 and 2015', 'from 2011 to 2015', '2011-2015'."""
    first = int(
        match.group("y1")
        or match.group("y1b")
        or match.group("y1c")
        or match.group("y1d")
    )
    last = int(match.group("y2"))
    if last < first:
        return None, None, UNRESOLVED
    return dt.date(first, 1, 1), dt.date(last, 12, 31), "year"


def _months_without_year(match: re.Match, context: _Context) -> Resolution:
    """'between November and January': the latest such span that ends by
    publication (the next one in the future tense)."""
    if context.published is None:
        return None, None, UNRESOLVED
    first, last = _month_number(match.group("m1")), _month_number(match.group("m2"))
    published = context.published
    year = published.year
    if FUTURE.search(context.sentence):
        if last < published.month:
            year += 1
    elif last > published.month:
        year -= 1
    first_year = year if first <= last else year - 1
    start, _ = _month_span(first_year, first)
    _, end = _month_span(year, last)
    return start, end, "month"


def _month_range(match: re.Match, context: _Context) -> Resolution:
    """'between July 2016 and May 2022', 'from November 2011 to March 2019',
    'between March and September 2024' (the first month in the year that comes
    before the second)."""
    first, last = _month_number(match.group("m1")), _month_number(match.group("m2"))
    year = int(match.group("y2"))
    if match.group("y1"):
        first_year = int(match.group("y1"))
    else:
        first_year = year if first <= last else year - 1
    start, _ = _month_span(first_year, first)
    _, end = _month_span(year, last)
    if end < start:
        return None, None, UNRESOLVED
    return start, end, "month"


def _earlier_later(match: re.Match, context: _Context) -> Resolution:
    if context.published is None:
        return None, None, UNRESOLVED
    text = match.group(0).lower()
    start, end, _ = _this(text.split()[-1], context.published)
    if text.startswith(("earlier", "so far")):
        return start, context.published, "approximate"
    return context.published, end, "approximate"


#: (pattern, resolver), most specific first; matches never overlap.
PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), _absolute_day),
    (
        re.compile(
            rf"\b(?:between|from)\s+(?P<m1>{MONTH})(?:\s+(?P<y1>\d{{4}}))?\s+"
            rf"(?:and|to|until|till)\s+(?P<m2>{MONTH})\s+(?P<y2>\d{{4}})\b",
            re.I,
        ),
        _month_range,
    ),
    (
        re.compile(
            rf"\bbetween\s+(?P<m1>{MONTH})\s+and\s+(?P<m2>{MONTH})\b(?!\s+\d)",
            re.I,
        ),
        _months_without_year,
    ),
    (
        re.compile(
            r"\b(?:[Bb]etween\s+(?P<y1>(?:19|20)\d{2})\s+and|"
            r"(?:(?<=\b[Ii]n\s)|(?<=\bof\s))(?P<y1d>(?:19|20)\d{2})\s+and|"
            r"[Ff]rom\s+(?P<y1b>(?:19|20)\d{2})\s+(?:to|until)|"
            r"(?P<y1c>(?:19|20)\d{2})\s*[-–])\s*(?P<y2>(?:19|20)\d{2})\b"
        ),
        _year_range,
    ),
    (
        re.compile(
            rf"\b(?:(?:between|from)\s+(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})"
            rf"(?:,?\s+(?P<y1>\d{{4}}))?\s+(?:and|to|until|till)\s+|"
            rf"(?P<d1b>\d{{1,2}})\s+(?P<m1b>{MONTH})\s*[-–]\s*)"
            rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>\d{{4}}))?\b",
            re.I,
        ),
        _range_across_months,
    ),
    (
        re.compile(
            rf"\b(?:(?:from|between)\s+)?(?P<d1>\d{{1,2}})\s*(?:and|to|-|–)\s*"
            rf"(?P<d2>\d{{1,2}})\s+"
            rf"(?P<month>{MONTH})(?:,?\s+(?P<year>\d{{4}}))?",
            re.I,
        ),
        _range_in_month,
    ),
    (re.compile(rf"\b\d{{1,2}}\s+{MONTH},?\s+\d{{4}}\b", re.I), _absolute_day),
    (
        re.compile(
            rf"\b(?:from\s+)?(?P<month>{MONTH})\s+(?P<d1>\d{{1,2}})\s*(?:and|to|-|–)\s*"
            rf"(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<year>\d{{4}}))?",
            re.I,
        ),
        _range_in_month,
    ),
    (re.compile(rf"\b{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b", re.I), _absolute_day),
    (
        re.compile(
            rf"\b(?:last\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})(?!\w)", re.I
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?:last\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})",
            re.I,
        ),
        _day_month,
    ),
    (re.compile(rf"\b(?P<month>{MONTH})\s+(?P<year>\d{{4}})\b", re.I), _month_year),
    (
        re.compile(
            r"\b(?:early|late|mid-?|the\s+(?:early|middle|end)\s+of)\s*"
            r"(?P<which>last|this|next)\s+month\b",
            re.I,
        ),
        _part_of_relative_month,
    ),
    (
        re.compile(
            r"\blast\s+(?P<month>January|February|March|April|May|June|July|August|"
            r"September|October|November|December)\b(?!\s+\d)",
            re.I,
        ),
        _last_month_name,
    ),
    (
        re.compile(
            r"\b(?:(?:in|since|during|by|until|from|early|late|mid-|mid|earlier in|"
            r"later in)\s+(?:early\s+|late\s+|mid-)?|the\s+(?=\w+\s+[a-z]))"
            r"(?P<month>(?-i:January|February|March|"
            r"April|May|June|July|August|September|October|November|December))\b"
            r"(?!\s+\d)",
            re.I,
        ),
        _month_alone,
    ),
    (
        re.compile(
            rf"\b(?:in|over|during|within|spent|for)\s+(?:the\s+)?(?:(?:past|last|recent)\s+"
            rf"(?:(?P<amount>{COUNT}|\d+)\s+)?"
            rf"(?P<unit>hours|days|weeks|months|years|decades)|past\s+"
            rf"(?P<one>week|fortnight|month|year))\b",
            re.I,
        ),
        _recent,
    ),
    (
        re.compile(
            rf"\b(?!decades\s+ago)(?:(?P<amount>{COUNT})\s+)?(?P<unit>days?|weeks?|"
            rf"fortnights?|months?|years?|decades?)\s+ago(?P<today>\s+today)?\b",
            re.I,
        ),
        _ago,
    ),
    (
        re.compile(
            rf"\b(?:more than|over|nearly|almost|about)\s+(?P<amount>{COUNT})\s+"
            # "over 70 years old", "a 20-year sentence" are no dates
            rf"(?P<unit>days|weeks|months|years)\b(?!\s+(?:ago|old|of\s+age|after|"
            rf"before|later|earlier))",
            re.I,
        ),
        _recent,
    ),
    (re.compile(r"\bsince then\b", re.I), _since_then),
    (re.compile(r"\bthat\s+(?P<unit>month|year)\b", re.I), _that),
    (
        re.compile(
            rf"(?<!\bfor\s)(?<!\bup\sto\s)"
            rf"\b(?:(?P<amount>{COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+"
            r"(?:later|earlier|afterwards|before)|the\s+(?:following|next|previous)\s+"
            r"(?P<span>day|week|month|year)|the\s+day\s+(?:after|before)|"
            # "The following morning": the next day
            r"the\s+(?:following|next)\s+(?:morning|afternoon|evening|night))\b",
            re.I,
        ),
        _later,
    ),
    (
        re.compile(
            r"\b(?:at|over|during|on)\s+the\s+weekend\b|\b(?:last|this|next)\s+"
            r"weekend\b",
            re.I,
        ),
        _weekend,
    ),
    (
        re.compile(
            rf"\b(?:in\s+)?the\s+first\s+(?:(?P<amount>{COUNT})\s+months|half)\s+of\s+"
            r"(?:the|this|last)\s+year\b",
            re.I,
        ),
        _first_months,
    ),
    (
        re.compile(
            r"\b(?:(?:earlier|later)\s+this|so\s+far\s+this)\s+(?:week|month|year)\b",
            re.I,
        ),
        _earlier_later,
    ),
    (
        re.compile(
            rf"(?<!\bevery\s)(?<!\bevery\s\w{{2}}\s)"
            rf"\b(?:on\s+|last\s+|next\s+|this\s+)?(?P<weekday>{WEEKDAY})\b"
            # "Tuesday 25 June": the date says the day
            rf"(?!,?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|"
            rf"{MONTH}\s+\d))",
            re.I,
        ),
        _weekday_mention,
    ),
    (
        re.compile(
            r"\b(?:today|tonight|yesterday|tomorrow|last night|"
            r"this (?:morning|afternoon|evening|week|month|year)|"
            r"(?:next|last) (?:week|month|year))\b",
            re.I,
        ),
        _relative,
    ),
    (
        re.compile(
            r"\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|after|before|"
            r"[Tt]hroughout|(?<=[a-z]\s)of|(?<=[a-z]\s)for)\s+(?:early\s+|late\s+|mid-)?|"
            # "the 2016 agreement", "its 2024 annual report", "the vaguely worded
            # 2018 Cybercrime Law"
            r"(?:the|its|their|his|her)\s+"
            r"(?:(?!(?:of|in|for|since|from|by|and|or)\s)[a-z-]+\s+){0,2}?"
            r"(?=(?:19|20)\d{2}\s+[A-Za-z]))(?P<year>(?:19|20)\d{2})\b(?![-–/]\d)"
        ),
        _year,
    ),
]

SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` begins."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


#: A request looks ahead: "urge G7 governments to raise it when ministers meet on
#: 25 and 26 November".
REQUEST = re.compile(
    r"\b(?:urges?|urged|calls?\s+on|asks?|should|must|demands?)\b", re.I
)
#: A later date named by the thing it dates ("the vote set for 21 September").
ATTRIBUTIVE_FUTURE = re.compile(
    r"\b(?:set|scheduled|listed|slated|planned|fixed)\s+(?:[\w-]+\s+){0,4}?for\b|"
    r"\bbefore\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:vote|votes|"
    r"elections?|session|hearing|summit|visit|meeting|debate|trial|referendum)\b",
    re.I,
)
#: Where a reported clause starts or ends: "warned on 2 March that X will ...".
THAT_CLAUSE = re.compile(r"\s(?:that|saying|warning)\s|;", re.I)


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` between the "that" (or ";") before a date and the
    one after it, whose tense the date follows: "The ministry warned on 2 March
    that protesters will be jailed" is past at 2 March. A later date named by
    what it dates ("the referendum set for 21 September") speaks only for its
    own date."""
    cuts = [m for m in THAT_CLAUSE.finditer(sentence)]
    begin = max([m.end() for m in cuts if m.end() <= start], default=0)
    stop = min([m.start() for m in cuts if m.start() >= end], default=len(sentence))
    clause = sentence[begin:stop]

    def own(marker: re.Match) -> str:
        between = clause[marker.end() : start - begin]
        near = 0 <= start - begin - marker.end() <= 25 and "," not in between
        return marker.group(0) if near else " " * len(marker.group(0))

    return ATTRIBUTIVE_FUTURE.sub(own, clause)


def sentence_around(text: str, position: int) -> str:
    """The sentence of ``text`` that holds ``position``."""
    starts = sentence_starts(text)
    begin = max(start for start in starts if start <= position)
    following = [start for start in starts if start > position]
    return text[begin : following[0] if following else len(text)]


def is_reporting_date(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` of ``sentence`` dates the act of saying
    ("X said today", "said yesterday in a briefing") rather than an event."""
    return bool(REPORTING_BEFORE.search(sentence[:offset]))


def find_dates(
    paragraphs: list[tuple[int, int, str]], published: dt.date | None
) -> list[DateMention]:
    """Every temporal expression in ``paragraphs`` (number, offset, text), in
    reading order, resolved against ``published``.

    "since then" points back to the first date of the nearest sentence before it
    that names one (leaving out dates of reporting, "said yesterday"), or to an
    earlier date in its own sentence."""
    mentions: list[DateMention] = []
    #: (sentence key, mention) of dates "since then" may point back to
    anchors: list[tuple[tuple[int, int], DateMention]] = []
    #: every resolved date, reporting ones too: "two days later" counts from them
    told: list[tuple[tuple[int, int], DateMention]] = []
    for number, offset, text in paragraphs:
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, int, re.Match, object]] = []
        for pattern, resolver in PATTERNS:
            for match in pattern.finditer(text):
                span = match.span()
                if any(span[0] < end and start < span[1] for start, end in taken):
                    continue
                taken.append(span)
                found.append((span[0], span[1], match, resolver))
        starts = sentence_starts(text)
        for start, end, match, resolver in sorted(found, key=lambda item: item[0]):
            index = max(i for i, begin in enumerate(starts) if begin <= start)
            stop = starts[index + 1] if index + 1 < len(starts) else len(text)
            sentence = text[starts[index] : stop]
            key = (number, index)
            if resolver is _later:  # "a month later": after the last date told
                previous = told[-1][1] if told else None
            else:
                previous = _anchor(anchors, key)
            clause = _clause_around(
                sentence, start - starts[index], end - starts[index]
            )
            context = _Context(published, clause, previous)
            first, last, precision = resolver(match, context)  # type: ignore[operator]
            mention = DateMention(
                text=match.group(0),
                paragraph=number,
                start_char=offset + start,
                end_char=offset + end,
                start=first,
                end=last,
                precision=precision,
            )
            mentions.append(mention)
            reporting = is_reporting_date(sentence, start - starts[index])
            if (
                mention.resolved
                and resolver is not _since_then
                # "said in a report published today": no step in the story
                and not (reporting and mention.start == published)
            ):
                told.append((key, mention))
            if (
                mention.resolved
                and resolver is not _since_then
                and not is_reporting_date(sentence, start - starts[index])
            ):
                anchors.append((key, mention))
    return mentions


def _anchor(
    anchors: list[tuple[tuple[int, int], DateMention]], key: tuple[int, int]
) -> DateMention | None:
    """The date "since then" at sentence ``key`` refers back to."""
    same = [mention for k, mention in anchors if k == key]
    if same:
        return same[0]
    before = [k for k, _ in anchors if k < key]
    if not before:
        return None
    nearest = max(before)
    return next(mention for k, mention in anchors if k == nearest)
