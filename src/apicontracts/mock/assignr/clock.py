"""Assignr's date and time formats: ISO 8601 with milliseconds and the site's offset, and display strings."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%b %d %Y")
TIME_FORMATS = ("%I:%M %p", "%H:%M", "%I:%M%p")


def iso(moment: dt.datetime) -> str:
    """`2024-09-03T18:00:00.000-04:00`, as the API writes every timestamp."""
    offset = moment.utcoffset()
    if offset is not None and offset.seconds % 60:
        # Local mean time before 1883 (New York: -04:56:02) has an offset in seconds, which ISO 8601
        # date-times cannot carry; write the moment at its offset in whole minutes, as Ruby does.
        minutes = dt.timedelta(minutes=int(offset.total_seconds() / 60))
        moment = moment.astimezone(dt.timezone(minutes))
    return moment.isoformat(timespec="milliseconds")


def localized_date(moment: dt.datetime) -> str:
    """`Sep 3 2024`."""
    return f"{moment:%b} {moment.day} {moment.year}"


def localized_time(moment: dt.datetime) -> str:
    """`6:00 PM`."""
    return f"{moment.hour % 12 or 12}:{moment:%M %p}"


def parse_date(text: str) -> dt.date | None:
    """A date as clients send it: `2024-09-03`, `9/3/2024` or `Sep 3 2024`; None if unreadable."""
    text = re.sub(r"\s+", " ", text.strip())
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_time(text: str) -> dt.time | None:
    text = text.strip().upper()
    for fmt in TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    return None


# RFC 3339 allows a lower-case `z` and a leap second (`23:59:60`); Python's ISO parser takes neither.
UTC_DESIGNATOR = re.compile(r"[zZ]$")
LEAP_SECOND = re.compile(r"(?<=[T t]\d\d:\d\d:)60")


def parse_moment(text: str, zone: str) -> dt.datetime | None:
    """An ISO 8601 date-time (every RFC 3339 one included); without an offset it is read in the site's zone."""
    text = LEAP_SECOND.sub("59", UTC_DESIGNATOR.sub("+00:00", text.strip()))
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    try:
        return moment.astimezone(ZoneInfo(zone))
    except OverflowError:
        # 0001-01-01T00:00:00+01:00 is a valid date-time with no representable site-local time: keep its offset.
        return moment


def at(day: dt.date, time: dt.time, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=ZoneInfo(zone))


def now_in(zone: str, epoch: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch, ZoneInfo(zone))
