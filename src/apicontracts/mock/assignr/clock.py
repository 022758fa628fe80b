"""Assignr's date and time formats: ISO 8601 with milliseconds and the site's offset, and display strings."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%b %d %Y")
TIME_FORMATS = ("%I:%M %p", "%H:%M", "%I:%M%p")


def iso(moment: dt.datetime) -> str:
    """`2024-09-03T18:00:00.000-04:00`, as the API writes every timestamp."""
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


def parse_moment(text: str, zone: str) -> dt.datetime | None:
    """An ISO 8601 date-time; without an offset it is read in the site's time zone."""
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(ZoneInfo(zone))


def at(day: dt.date, time: dt.time, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=ZoneInfo(zone))


def now_in(zone: str, epoch: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch, ZoneInfo(zone))
