"""HAL representations of Assignr records, as the samples show them.

Resource links are absolute `.json` URLs under the base URL; related records are embedded.
A `View` loads what a page of records refers to in a few queries and remembers it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from apicontracts.mock.assignr import clock
from apicontracts.mock.engine.store import Record, Store, Where

RESOURCE_TYPES = {
    "game": ("games", "game"),
    "venue": ("venues", "venue"),
    "zone": ("zones", "zone"),
    "site": ("sites", "site"),
    "user": ("users", "user"),
    "assignment": ("assignments", "assignment"),
    "form_submission": ("form/submissions", "form-submission"),
}
AVATAR_SIZES = {"avatar_square": 300, "avatar_original": 800, "avatar_icon": 64}
HIDDEN = frozenset(
    {"site_id", "account_id", "venue_id", "zone_id", "assignor_id", "official_id", "game_id", "template_id"}
    | {
        "subscription_active",
        "private_note",
        "date",
        "avatar",
        "fee",
        "decline_reason",
        "author_id",
        "officials",
        "values",
    }
    | {"user_id", "league_id", "lock_version"}
)


MEMO_SIZE = 20_000
# A game's representation is built from records of these kinds (and the game itself).
GAME_DEPENDENCIES = ("venue", "zone", "site", "user", "assignment")
# Rendered representations, reused while every record they were built from is unchanged: a hit
# needs the very same decoded data objects (the store decodes a changed record into a new one).
_memo: dict[tuple[Any, ...], tuple[tuple[dict[str, Any], ...], dict[str, Any]]] = {}


def memoized(
    key: tuple[Any, ...], sources: tuple[dict[str, Any], ...], build: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """The representation built from `sources`; shared, so never mutate what this returns."""
    hit = _memo.get(key)
    if hit is not None and len(hit[0]) == len(sources) and all(a is b for a, b in zip(hit[0], sources, strict=True)):
        return hit[1]
    value = build()
    _remember(key, sources, value)
    return value


def _remember(key: tuple[Any, ...], sources: tuple[dict[str, Any], ...], value: dict[str, Any]) -> None:
    if len(_memo) > MEMO_SIZE:
        _memo.clear()
    _memo[key] = (sources, value)


def text_bool(value: bool) -> str:
    """The samples send most flags as the strings "true" / "false"."""
    return "true" if value else "false"


class View:
    """Renders records for one request; caches the related records it loads."""

    def __init__(self, store: Store, base_url: str, caller_account: int | None = None) -> None:
        self.store = store
        self.base_url = base_url
        self.caller_account = caller_account
        self._cache: dict[tuple[str, Any], Record | None] = {}

    # Loading ------------------------------------------------------------------------------------

    def record(self, kind: str, id: Any) -> Record | None:
        key = (kind, id)
        if key not in self._cache:
            self._cache[key] = self.store.get(kind, id) if id is not None else None
        return self._cache[key]

    def preload(self, kind: str, ids: Iterable[Any]) -> None:
        wanted = sorted({i for i in ids if i is not None and (kind, i) not in self._cache})
        if not wanted:
            return
        for record in self.store.find(kind, {"id": Where.among(wanted)}):
            self._cache[(kind, record.id)] = record
        for missing in wanted:
            self._cache.setdefault((kind, missing), None)

    def link(self, kind: str, id: Any) -> dict[str, str]:
        plural, resource_type = RESOURCE_TYPES[kind]
        return {"resource-type": resource_type, "href": f"{self.base_url}/{plural}/{id}.json"}

    @staticmethod
    def _public(record: Record) -> dict[str, Any]:
        return {"id": record.id} | {key: value for key, value in record.data.items() if key not in HIDDEN}

    # Resources ----------------------------------------------------------------------------------

    def site_summary(self, site: Record) -> dict[str, Any]:
        key = ("site_summary", site.id, site.version, self.base_url)
        return memoized(key, (site.data,), lambda: self._site_summary(site))

    def _site_summary(self, site: Record) -> dict[str, Any]:
        data = site.data
        return {
            "id": site.id,
            "name": data["name"],
            "timezone": data["timezone"],
            "created": data["created"],
            "updated": data["updated"],
            "_links": {"self": self.link("site", site.id)},
        }

    def site(self, site: Record) -> dict[str, Any]:
        return {**self._public(site), "_links": {"self": self.link("site", site.id)}}

    def venue(self, venue: Record) -> dict[str, Any]:
        key = ("venue", venue.id, venue.version, self.base_url)
        return memoized(
            key, (venue.data,), lambda: {**self._public(venue), "_links": {"self": self.link("venue", venue.id)}}
        )

    def zone(self, zone: Record) -> dict[str, Any]:
        key = ("zone", zone.id, zone.version, self.base_url)
        return memoized(
            key, (zone.data,), lambda: {**self._public(zone), "_links": {"self": self.link("zone", zone.id)}}
        )

    def user(self, user: Record) -> dict[str, Any]:
        site = self.record("site", user.data["site_id"])
        key = ("user", user.id, user.version, self.base_url)
        sources = (user.data, site.data if site is not None else user.data)
        return memoized(key, sources, lambda: self._user(user))

    def _user(self, user: Record) -> dict[str, Any]:
        body = {**self._public(user), "lock_version": user.version}
        avatar = user.data.get("avatar")
        links: dict[str, Any] = {
            "self": self.link("user", user.id),
            "games": {"href": f"{self.base_url}/users/{user.id}/games.json"},
        }
        for name, size in AVATAR_SIZES.items():
            # The recorded avatar links really contain "??size=".
            links[name] = {"resource-type": "avatar", "href": f"https://app.assignr.com/photo/{avatar}??size={size}"}
        body["_links"] = links
        site = self.record("site", user.data["site_id"])
        if site is not None:
            body["_embedded"] = {"site": self.site_summary(site)}
        return body

    def official(self, user: Record) -> dict[str, Any]:
        data = user.data
        body = {
            "id": user.id,
            "first_name": data["first_name"],
            "last_name": data["last_name"],
            "created": data["created"],
            "updated": data["updated"],
        }
        if data.get("account_id") is not None:
            body["account_id"] = data["account_id"]
        return body

    def assignment(self, assignment: Record) -> dict[str, Any]:
        official = self.record("user", assignment.data["official_id"])
        own = (
            official is not None
            and self.caller_account is not None
            and official.data.get("account_id") == self.caller_account
        )
        key = ("assignment", assignment.id, assignment.version, self.base_url, own)
        sources = (assignment.data,) if official is None else (assignment.data, official.data)
        return memoized(key, sources, lambda: self._assignment(assignment, official, own))

    def _assignment(self, assignment: Record, official: Record | None, own: bool) -> dict[str, Any]:
        data = assignment.data
        body: dict[str, Any] = {
            "id": assignment.id,
            "position_id": data["position_id"],
            "position": data["position"],
            "position_abbreviation": data["position_abbreviation"],
            "accepted": text_bool(data["accepted"]),
            "declined": text_bool(data["declined"]),
            "assigned": text_bool(official is not None),
            "sort_order": data["sort_order"],
            "lock_version": assignment.version,
            "created": data["created"],
            "updated": data["updated"],
        }
        links: dict[str, Any] = {"self": self.link("assignment", assignment.id)}
        if official is not None and not data["accepted"] and not data["declined"]:
            confirm = f"{self.base_url}/assignments/{assignment.id}/confirm"
            links["accept"] = {"resource-type": "assignment", "href": f"{confirm}?status=A"}
            links["decline"] = {"resource-type": "assignment", "href": f"{confirm}?status=D"}
        body["_links"] = links
        if official is not None:
            embedded: dict[str, Any] = {"official": self.official(official)}
            # Fees are shown only on the caller's own assignments (a production client's note).
            if own:
                fee = float(data.get("fee") or 0)
                embedded["fees"] = [
                    {
                        "value": fee,
                        "formatted": f"${fee:,.2f}",
                        "currency": "USD",
                        "description": f"{data['position']} fee",
                        "game_fees": fee,
                        "travel_fees": None,
                    }
                ]
            body["_embedded"] = embedded
        return body

    def games(self, games: list[Record]) -> list[dict[str, Any]]:
        """Several games; those whose related kinds did not change since they were rendered come from memory."""
        stamp = tuple(self.store.changes(kind) for kind in GAME_DEPENDENCIES)
        rendered: dict[Any, dict[str, Any]] = {}
        for game in games:
            hit = _memo.get(self._game_key(game, stamp))
            if hit is not None and hit[0][0] is game.data:
                rendered[game.id] = hit[1]
        missing = [game for game in games if game.id not in rendered]
        if missing:
            for game, body in zip(missing, self._render_games(missing), strict=True):
                _remember(self._game_key(game, stamp), (game.data,), body)
                rendered[game.id] = body
        return [rendered[game.id] for game in games]

    def _game_key(self, game: Record, stamp: tuple[Any, ...]) -> tuple[Any, ...]:
        return ("game", game.id, game.version, self.base_url, self.caller_account, stamp)

    def _render_games(self, games: list[Record]) -> list[dict[str, Any]]:
        """Load venues, zones, sites, assignors and assignments in batches, then build each game."""
        self.preload("venue", (g.data["venue_id"] for g in games))
        self.preload("zone", (g.data["zone_id"] for g in games))
        self.preload("site", (g.data["site_id"] for g in games))
        self.preload("user", (g.data["assignor_id"] for g in games))
        slots: dict[Any, list[Record]] = {g.id: [] for g in games}
        for slot in self.store.find("assignment", {"game_id": Where.among(slots)}, order_by="sort_order"):
            slots[slot.data["game_id"]].append(slot)
        self.preload("user", (s.data["official_id"] for group in slots.values() for s in group))
        return [self._build_game(game, slots[game.id]) for game in games]

    def game(self, game: Record) -> dict[str, Any]:
        return self.games([game])[0]

    def _build_game(self, game: Record, slots: list[Record]) -> dict[str, Any]:
        data = game.data
        body = {**self._public(game), "lock_version": game.version}
        body["cancelled"] = data["status"] in ("X", "C")
        # Stored with the site's offset, so the display strings are the site's local time.
        local = dt.datetime.fromisoformat(data["start_time"])
        body["localized_date"] = clock.localized_date(local)
        body["localized_time"] = clock.localized_time(local)
        body["localized_end_time"] = None
        body["public_note_html"] = f"<p>{data['public_note']}</p>" if data.get("public_note") else None
        body["_links"] = {"self": self.link("game", game.id)}
        embedded: dict[str, Any] = {}
        venue = self.record("venue", data["venue_id"])
        if venue is not None:
            embedded["venue"] = self.venue(venue)
        zone = self.record("zone", data.get("zone_id"))
        if zone is not None:
            embedded["zone"] = self.zone(zone)
        site = self.record("site", data["site_id"])
        if site is not None:
            embedded["site"] = self.site_summary(site)
        assignor = self.record("user", data.get("assignor_id"))
        if assignor is not None:
            embedded["assignor"] = {
                "id": assignor.id,
                "first_name": assignor.data["first_name"],
                "last_name": assignor.data["last_name"],
            }
        embedded["assignments"] = [self.assignment(slot) for slot in slots]
        body["_embedded"] = embedded
        return body

    def availability(self, record: Record) -> dict[str, Any]:
        return {key: value for key, value in record.data.items() if key != "user_id"} | {"id": record.id}

    def statement(self, record: Record) -> dict[str, Any]:
        data = record.data
        body = {
            **self._public(record),
            "formatted_amount": f"${data['amount']:,.2f}",
            "formatted_amount_paid": f"${data['amount_paid']:,.2f}",
        }
        body["_links"] = {"self": {"href": f"{self.base_url}/statements/{record.id}.json"}}
        site = self.record("site", data["site_id"])
        if site is not None:
            body["_embedded"] = {"site": self.site_summary(site)}
        return body

    def form_submission(self, record: Record) -> dict[str, Any]:
        body = self._public(record)
        body["_links"] = {
            "self": self.link("form_submission", record.id),
            "game_report_webview": {"href": f"https://app.assignr.com/form/submissions/{record.id}"},
        }
        embedded: dict[str, Any] = {"values": record.data["values"]}
        game = self.record("game", record.data.get("game_id"))
        if game is not None:
            embedded["game"] = {"id": game.id, "_links": {"self": self.link("game", game.id)}}
        body["_embedded"] = embedded
        return body

    def game_report(self, record: Record) -> dict[str, Any]:
        data = record.data
        body = self._public(record)
        body["_links"] = {"self": {"href": f"{self.base_url}/game_reports/{record.id}.json"}}
        embedded: dict[str, Any] = {}
        game = self.record("game", data["game_id"])
        if game is not None:
            embedded["game"] = {
                "id": game.id,
                "localized_date": clock.localized_date(dt.datetime.fromisoformat(game.data["start_time"])),
                "subvenue": game.data.get("subvenue"),
                "_links": {"self": self.link("game", game.id)},
            }
        author = self.record("user", data.get("author_id"))
        if author is not None:
            embedded["author"] = {"first_name": author.data["first_name"], "last_name": author.data["last_name"]}
        embedded["officials"] = [self._report_official(entry) for entry in data["officials"]]
        body["_embedded"] = embedded
        return body

    def _report_official(self, entry: dict[str, Any]) -> dict[str, Any]:
        body = {key: value for key, value in entry.items() if key not in ("user_id", "assignment_id")}
        body["_links"] = {
            "official": self.link("user", entry["user_id"]),
            "scheduled_official": self.link("user", entry["user_id"]),
            "assignment": self.link("assignment", entry["assignment_id"]),
        }
        return body
