"""Reading a game from a create or update body: v1 field names, find-or-create by name, validation (422).

The engine has already validated the body against the spec (formats of the date fields, a start
and a venue on create), so what is refused here is what no schema can say: ids and names that must
name records of the site (the operations' `x-server-rules`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from apicontracts.mock.assignr import clock
from apicontracts.mock.assignr.seed import PATTERNS
from apicontracts.mock.engine.exchange import ApiProblem, Call, ErrorDetail
from apicontracts.mock.engine.store import Record

# is_public values that unpublish. Clients send "y" or 1 to publish and 0 to unpublish (a production
# client), or booleans; a Rails server casts blank to nil and any other value to true, refusing none.
UNPUBLISH = frozenset({"", "0", "f", "false", "off", "n", "no"})
NAMED = {
    "home_team_name": "home_team",
    "away_team_name": "away_team",
    "age_group_name": "age_group",
    "league_name": "league",
    "game_type_name": "game_type",
    "gender_name": "gender",
}
TEXT = {
    "subvenue": "subvenue",
    "public_note_text": "public_note",
    "private_note_text": "private_note",
    "paid_via": "paid_via",
}


class Invalid(Exception):
    """One field that cannot be accepted; collected into a 422."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def game_changes(call: Call, site: Record, current: Record | None) -> dict[str, Any]:
    """The stored fields a create (current None) or update body sets; raises 422 listing every bad field."""
    body: dict[str, Any] = call.body or {}
    zone = site.data["timezone"]
    changes: dict[str, Any] = {}
    problems: list[ErrorDetail] = []
    for step in (_when, _venue, _names, _status, _publish, _texts, _ids):
        try:
            changes.update(step(call, body, site, zone, current))
        except Invalid as exc:
            problems.append(ErrorDetail(f"/{exc.field}", exc.message))
    if problems:
        raise ApiProblem(422, "The game could not be saved", errors=problems)
    return changes


def _when(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    start: dt.datetime | None = None
    if "date_time" in body:
        start = clock.parse_moment(str(body["date_time"]), zone)
        if start is None:
            raise Invalid("date_time", "is not an ISO 8601 date-time")
    elif "localized_date" in body or "localized_time" in body:
        previous = dt.datetime.fromisoformat(current.data["start_time"]) if current else None
        day = (
            clock.parse_date(str(body["localized_date"]))
            if "localized_date" in body
            else (previous.date() if previous else None)
        )
        if day is None:
            raise Invalid("localized_date", "is not a date (YYYY-MM-DD, M/D/YYYY or 'Sep 3 2024')")
        time = (
            clock.parse_time(str(body["localized_time"]))
            if "localized_time" in body
            else (previous.time() if previous else None)
        )
        if time is None:
            raise Invalid("localized_time", "is not a time such as '6:00 PM'")
        start = clock.at(day, time, zone)
    if start is None:
        if current is None:
            raise Invalid("localized_date", "is required (or date_time)")
        return {}
    length = dt.timedelta(minutes=75)
    if current is not None:
        length = dt.datetime.fromisoformat(current.data["end_time"]) - dt.datetime.fromisoformat(
            current.data["start_time"]
        )
    try:
        end = start + length
    except OverflowError:
        # A start at the very end of year 9999 (a valid date-time) has no later end Python can hold.
        end = start
    return {"start_time": clock.iso(start), "end_time": clock.iso(end), "date": start.date().isoformat()}


def _venue(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    if "venue_id" in body:
        venue = call.store.get("venue", body["venue_id"])
        if venue is None or venue.data["site_id"] != site.id:
            raise Invalid("venue_id", f"no venue {body['venue_id']} on this site")
        return {"venue_id": venue.id, "zone_id": venue.data.get("zone_id")}
    if "venue_name" in body:
        # Any name, blank included: the spec states no constraint on it.
        name = str(body["venue_name"]).strip()
        found = call.store.find("venue", {"site_id": site.id, "name": name}, limit=1)
        venue = found[0] if found else call.store.insert("venue", _new_venue(site, name))
        return {"venue_id": venue.id, "zone_id": venue.data.get("zone_id")}
    if current is None:
        raise Invalid("venue_id", "is required (or venue_name)")
    return {}


def _new_venue(site: Record, name: str) -> dict[str, Any]:
    return {
        "site_id": site.id,
        "zone_id": None,
        "name": name,
        "latitude": None,
        "longitude": None,
        "street_1": None,
        "city": None,
        "state_or_province": None,
        "postal": None,
        "created": site.data["updated"],
        "updated": site.data["updated"],
    }


def _names(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    # v1 semantics: *_name finds or creates, so any name is taken as it is.
    changes: dict[str, Any] = {stored: str(body[field]).strip() for field, stored in NAMED.items() if field in body}
    if "pattern_name" in body:
        if body["pattern_name"] not in PATTERNS:
            raise Invalid("pattern_name", f"must name an existing pattern: {', '.join(PATTERNS)}")
        changes["pattern"] = body["pattern_name"]
    elif current is None:
        changes["pattern"] = "3 Officials"
    for field in ("home_team_id", "away_team_id", "age_group_id"):
        if field in body:
            # No team or age-group resource exists in v2 that a client could have read an id from.
            raise Invalid(field, f"unknown id {body[field]}; send {field.replace('_id', '_name')} instead")
    if "league_id" in body:
        if body["league_id"] not in (4321, 4322, 4323):
            raise Invalid("league_id", f"unknown league {body['league_id']}")
        changes["league_id"] = body["league_id"]
    return changes


def _status(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    # Only v1 lists the values (A active, X and C cancelled), so the spec states no enum and any
    # status is stored; X and C read as cancelled.
    if "status" not in body:
        return {} if current else {"status": "A"}
    return {"status": str(body["status"])}


def _publish(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    if "is_public" not in body:
        return {} if current else {"published": False}
    value = body["is_public"]
    if isinstance(value, bool):
        return {"published": value}
    return {"published": str(value).strip().lower() not in UNPUBLISH}


def _texts(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    changes: dict[str, str | None] = {stored: str(body[field]) for field, stored in TEXT.items() if field in body}
    if current is None:
        for stored in ("subvenue", "public_note", "private_note"):
            changes.setdefault(stored, None)
    return changes


def _ids(call: Call, body: dict[str, Any], site: Record, zone: str, current: Record | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if "user_defined_id" in body:
        changes["user_defined_id"] = str(body["user_defined_id"])
    elif current is None:
        changes["user_defined_id"] = None
    if "external_id" in body:
        changes["external_id"] = body["external_id"]
    elif current is None:
        changes["external_id"] = None
    return changes


def new_game(call: Call, site: Record, assignor: Record, changes: dict[str, Any]) -> dict[str, Any]:
    stamp = clock.iso(clock.now_in(site.data["timezone"], call.now()))
    base = {
        "site_id": site.id,
        "assignor_id": assignor.id,
        "age_group": None,
        "home_team": None,
        "away_team": None,
        "game_type": None,
        "gender": None,
        "league": None,
        "league_id": None,
        "created": stamp,
        "updated": stamp,
    }
    return {**base, **changes}


def slots_for(pattern: str) -> tuple[tuple[int, str, str], ...]:
    return PATTERNS[pattern]
