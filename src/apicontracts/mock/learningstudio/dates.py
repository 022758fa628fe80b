"""The two date formats of the API: ISO-8601 UTC in bodies, `MM/dd/yyyy` in query parameters."""

from __future__ import annotations

import datetime as dt

from apicontracts.mock.engine import ApiProblem

ISO = "%Y-%m-%dT%H:%M:%SZ"


def iso(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).strftime(ISO)


def query_date(name: str, text: str | None) -> str | None:
    """`MM/dd/yyyy` -> `yyyy-MM-dd` (comparable with ISO timestamps); 400 for a date that does not exist."""
    if not text:
        return None
    try:
        return dt.datetime.strptime(text, "%m/%d/%Y").date().isoformat()
    except ValueError as exc:
        raise ApiProblem(400, f"{name} is not an MM/dd/yyyy date") from exc
