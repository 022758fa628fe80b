"""Assignr's operations: operationId -> handler. Access rules are in access.py, HAL in views.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apicontracts.mock.assignr import access, clock
from apicontracts.mock.assignr.games import game_changes, new_game, slots_for
from apicontracts.mock.assignr.paging import Page
from apicontracts.mock.assignr.views import View
from apicontracts.mock.engine.exchange import ApiProblem, Call, ErrorDetail, Reply
from apicontracts.mock.engine.store import Record, StaleVersion, Where

AVAILABILITY_PAGE = 200  # the recorded availability page has limit 200
USER_FIELDS = (
    *("first_name", "last_name", "mi", "street1", "street2", "city", "state", "postal_code"),
    *("home_phone", "work_phone", "mobile_phone", "date_of_birth"),
    *("home_phone_is_public", "work_phone_is_public", "mobile_phone_is_public", "official", "assignor", "observer"),
)
FLAGS = frozenset(
    {"home_phone_is_public", "work_phone_is_public", "mobile_phone_is_public", "official", "assignor", "observer"}
)


def view(call: Call) -> View:
    return View(call.store, call.base_url, access.account_id(call))


def dates(call: Call) -> dict[str, Any]:
    """`search[start_date]` / `search[end_date]` (YYYY-MM-DD or M/D/YYYY) as a filter on `date`.

    The spec states no format for them (clients send both forms, and nothing shows the API
    refusing one), so a bound the mock cannot read is ignored rather than refused.
    """
    bounds: list[str | None] = []
    for name in ("search[start_date]", "search[end_date]"):
        text = call.query.get(name)
        day = clock.parse_date(text) if text is not None else None
        bounds.append(day.isoformat() if day is not None else None)
    low, high = bounds
    if low and high:
        return {"date": Where.between(low, high)}
    if low:
        return {"date": Where.at_least(low)}
    if high:
        return {"date": Where.at_most(high)}
    return {}


def listing(
    call: Call,
    kind: str,
    plural: str,
    where: dict[str, Any],
    render: Callable[[View, list[Record]], list[Any]],
    *,
    order_by: str = "id",
    default_limit: int = 50,
) -> Reply:
    page = Page(call, default_limit)
    total = call.store.count(kind, where)
    # A page past the end is empty; not asking SQLite for it also keeps an int64 page's offset
    # (page - 1) * limit, which can exceed 64 bits, away from the database.
    records = (
        call.store.find(kind, where, order_by=order_by, limit=page.limit, offset=page.offset)
        if page.offset < total
        else []
    )
    return call.reply(200, page.envelope(plural, render(view(call), records), total))


def game_list(call: Call, where: dict[str, Any]) -> Reply:
    where = {**where, **dates(call)}
    if "search[league_id]" in call.query:
        where["league_id"] = call.query["search[league_id]"]
    return listing(call, "game", "games", where, View.games, order_by="start_time")


def each(render: Callable[[View, Record], Any]) -> Callable[[View, list[Record]], list[Any]]:
    return lambda v, records: [render(v, r) for r in records]


# Account ------------------------------------------------------------------------------------


def get_current_account(call: Call) -> Reply:
    access.require_subscribed_account(call)
    account = access.find(call, "account", access.account_id(call))
    data = account.data
    return call.reply(
        200,
        {
            "id": account.id,
            "first_name": data["first_name"],
            "last_name": data["last_name"],
            "name": f"{data['first_name']} {data['last_name']}",
            "login": data["login"],
            "_links": {"self": {"href": f"{call.base_url}/current_account.json"}},
        },
    )


def list_current_account_games(call: Call) -> Reply:
    sites = access.require_subscribed_account(call)
    mine = [p.id for p in access.profiles(call)]
    game_ids = {a.data["game_id"] for a in call.store.find("assignment", {"official_id": Where.among(mine)})}
    paid = [s.id for s in sites if s.data["subscription_active"]]
    return game_list(call, {"id": Where.among(sorted(game_ids)), "site_id": Where.among(paid)})


def list_current_account_sites(call: Call) -> Reply:
    sites = access.require_subscribed_account(call)
    if call.query.get("search[status]") == "active":
        sites = [s for s in sites if s.data["subscription_active"]]
    return listing(call, "site", "sites", {"id": Where.among([s.id for s in sites])}, each(View.site))


def list_current_account_users(call: Call) -> Reply:
    access.require_subscribed_account(call)
    where: dict[str, Any] = {"account_id": access.account_id(call)}
    if call.query.get("search[status]") == "active":
        where["active"] = "true"
    return listing(call, "user", "users", where, each(View.user))


def list_sites(call: Call) -> Reply:
    sites = access.require_subscribed_account(call)
    return listing(call, "site", "sites", {"id": Where.among([s.id for s in sites])}, each(View.site))


def list_statements(call: Call) -> Reply:
    access.require_subscribed_account(call)
    where = {"account_id": access.account_id(call)}
    return listing(call, "statement", "statements", where, each(View.statement), order_by="statement_date")


def list_all_unassigned_games(call: Call) -> Reply:
    sites = access.require_subscribed_account(call)
    paid = [s.id for s in sites if s.data["subscription_active"]]
    return game_list(call, {"id": Where.among(_games_with_open_slots(call, paid))})


# Sites ----------------------------------------------------------------------------------------


def get_site(call: Call) -> Reply:
    return call.reply(200, view(call).site(access.site_of(call, call.path["site_id"])))


def list_games(call: Call) -> Reply:
    site = access.site_of(call, call.path["site_id"])
    return game_list(call, {"site_id": site.id})


def _games_with_open_slots(call: Call, site_ids: list[int], *, every_slot: bool = False) -> list[int]:
    open_games = {
        a.data["game_id"]
        for a in call.store.find("assignment", {"site_id": Where.among(site_ids), "official_id": None})
    }
    if not every_slot:
        return sorted(open_games)
    filled = {
        a.data["game_id"]
        for a in call.store.find("assignment", {"site_id": Where.among(site_ids), "official_id": Where.present()})
    }
    return sorted(open_games - filled)


def list_unassigned_games(call: Call) -> Reply:
    site = access.site_of(call, call.path["site_id"])
    return game_list(call, {"id": Where.among(_games_with_open_slots(call, [int(site.id)]))})


def list_officials_unassigned_games(call: Call) -> Reply:
    # Read as: games on which no official is assigned at all (every slot open).
    site = access.site_of(call, call.path["site_id"])
    return game_list(call, {"id": Where.among(_games_with_open_slots(call, [int(site.id)], every_slot=True))})


def create_game(call: Call) -> Reply:
    site = access.site_of(call, call.path["site_id"], write=True)
    assignor = access.profile_in(call, int(site.id))
    assert assignor is not None
    changes = game_changes(call, site, None)
    with call.store.transaction():
        game = call.store.insert("game", new_game(call, site, assignor, changes))
        for order, (position_id, position, abbreviation) in enumerate(slots_for(changes["pattern"]), start=1):
            call.store.insert(
                "assignment",
                {
                    "game_id": game.id,
                    "site_id": site.id,
                    "position_id": position_id,
                    "position": position,
                    "position_abbreviation": abbreviation,
                    "sort_order": order,
                    "official_id": None,
                    "accepted": False,
                    "declined": False,
                    "fee": 45.0 if abbreviation == "R" else 30.0,
                    "created": game.data["created"],
                    "updated": game.data["created"],
                },
            )
    body = view(call).game(game)
    return call.reply(201, body, {"Location": body["_links"]["self"]["href"]})


def list_users(call: Call) -> Reply:
    site = access.site_of(call, call.path["site_id"])
    where: dict[str, Any] = {"site_id": site.id}
    query = call.query.get("search[query]")
    if query:
        where["last_name"] = Where.contains(query)
    return listing(call, "user", "users", where, each(View.user), order_by="last_name")


def list_venues(call: Call) -> Reply:
    site = access.site_of(call, call.path["site_id"])
    return listing(call, "venue", "venues", {"site_id": site.id}, each(View.venue), order_by="name")


def list_game_reports(call: Call) -> Reply:
    site = access.site_of(call, call.path["site_id"])
    where = {"site_id": site.id, **dates(call)}
    return listing(call, "game_report", "game_reports", where, each(View.game_report), order_by="date")


# Games ----------------------------------------------------------------------------------------


def get_game(call: Call) -> Reply:
    return call.reply(200, view(call).game(access.owned(call, "game", call.path["game_id"])))


def update_game(call: Call) -> Reply:
    game = access.owned(call, "game", call.path["game_id"], write=True)
    site = access.find(call, "site", game.data["site_id"])
    changes = game_changes(call, site, game)
    changes["updated"] = clock.iso(clock.now_in(site.data["timezone"], call.now()))
    saved = _save(call, "game", game.id, changes)
    return call.reply(200, view(call).game(saved))


def _save(call: Call, kind: str, id: Any, changes: dict[str, Any]) -> Record:
    """Update with the optimistic lock: a body `lock_version` must match the stored version (409)."""
    body = call.body or {}
    expected = body.get("lock_version")
    try:
        return call.store.update(kind, id, changes, expected_version=expected)
    except StaleVersion as exc:
        raise ApiProblem(
            409,
            f"Conflict: stale lock_version {expected}; the {kind} is now at {exc.current}. Re-read it and retry.",
            errors=[ErrorDetail("/lock_version", f"is {expected}, expected {exc.current}")],
        ) from exc


def delete_game(call: Call) -> Reply:
    game = access.owned(call, "game", call.path["game_id"], write=True)
    with call.store.transaction():
        for slot in call.store.find("assignment", {"game_id": game.id}):
            call.store.delete("assignment", slot.id)
        call.store.delete("game", game.id)
    return call.reply(204)


def unassign_game(call: Call) -> Reply:
    game = access.owned(call, "game", call.path["game_id"], write=True)
    with call.store.transaction():
        for slot in call.store.find("assignment", {"game_id": game.id}):
            if slot.data["official_id"] is not None:
                call.store.update("assignment", slot.id, {"official_id": None, "accepted": False, "declined": False})
        game = call.store.update("game", game.id, {})
    return call.reply(200, view(call).game(game))


def list_game_assignments(call: Call) -> Reply:
    game = access.owned(call, "game", call.path["game_id"])
    return listing(
        call, "assignment", "assignments", {"game_id": game.id}, each(View.assignment), order_by="sort_order"
    )


# Assignments ----------------------------------------------------------------------------------


def get_assignment(call: Call) -> Reply:
    return call.reply(200, view(call).assignment(access.owned(call, "assignment", call.path["assignment_id"])))


def confirm_assignment(call: Call) -> Reply:
    slot = access.owned(call, "assignment", call.path["assignment_id"])
    body = call.body or {}
    status = body.get("status", call.query.get("status"))
    official = call.store.get("user", slot.data["official_id"]) if slot.data["official_id"] is not None else None
    if official is not None and official.data.get("account_id") != access.account_id(call):
        raise ApiProblem(403, "Forbidden: only the assigned official may accept or decline this assignment")
    problems = []
    if status not in ("A", "D"):
        problems.append(ErrorDetail("/status", "must be A (accept) or D (decline), in the body or the query"))
    if official is None:
        problems.append(ErrorDetail("/assignment_id", "no official is assigned to this slot"))
    elif slot.data["accepted"] or slot.data["declined"]:
        problems.append(ErrorDetail("/assignment_id", "the assignment was already answered"))
    if problems:
        raise ApiProblem(422, "The assignment cannot be answered", errors=problems)
    changes: dict[str, Any] = {"accepted": status == "A", "declined": status == "D"}
    if status == "D":
        changes["decline_reason"] = str(body.get("reason", ""))
    saved = call.store.update("assignment", slot.id, changes)
    return call.reply(200, view(call).assignment(saved))


def assign_official(call: Call) -> Reply:
    slot = access.owned(call, "assignment", call.path["assignment_id"], write=True)
    body = call.body or {}
    user_id = body.get("user_id", body.get("official_id"))
    field = "user_id" if "user_id" in body else "official_id"
    user = call.store.get("user", user_id) if isinstance(user_id, int) else None
    if user is None or user.data["site_id"] != slot.data["site_id"] or user.data["official"] != "true":
        raise ApiProblem(
            422, "Cannot assign", errors=[ErrorDetail(f"/{field}", "must be an official of the game's site")]
        )
    if slot.data["official_id"] not in (None, user.id):
        raise ApiProblem(
            422, "Cannot assign", errors=[ErrorDetail("/assignment_id", "the slot is already filled; unassign first")]
        )
    saved = call.store.update("assignment", slot.id, {"official_id": user.id, "accepted": False, "declined": False})
    return call.reply(200, view(call).assignment(saved))


def request_game(call: Call) -> Reply:
    body = call.body or {}
    game = call.store.get("game", body.get("game_id"))
    if game is None:
        raise ApiProblem(422, "Cannot request", errors=[ErrorDetail("/game_id", f"no game {body.get('game_id')}")])
    site = access.site_of(call, int(game.data["site_id"]), official=True)
    problems = []
    if site.data["show_game_requests"] != "true":
        problems.append(ErrorDetail("/game_id", "this site does not take game requests"))
    position = body.get("position_id")
    if position is not None and not call.store.count("assignment", {"game_id": game.id, "position_id": position}):
        problems.append(ErrorDetail("/position_id", "the game has no such position"))
    if problems:
        raise ApiProblem(422, "Cannot request", errors=problems)
    profile = access.profile_in(call, int(site.id))
    assert profile is not None
    saved = call.store.insert("game_request", {"game_id": game.id, "position_id": position, "user_id": profile.id})
    href = f"{call.base_url}/game_requests/{saved.id}.json"
    reply = {
        "id": saved.id,
        "game_id": game.id,
        "position_id": position,
        "_links": {"self": {"href": href}, "game": view(call).link("game", game.id)},
    }
    return call.reply(201, reply, {"Location": href})


# Users ----------------------------------------------------------------------------------------


def get_user(call: Call) -> Reply:
    return call.reply(200, view(call).user(access.owned(call, "user", call.path["user_id"])))


def update_user(call: Call) -> Reply:
    user = access.find(call, "user", call.path["user_id"])
    own = user.data.get("account_id") == access.account_id(call)
    access.site_of(call, int(user.data["site_id"]), write=not own)
    body = call.body or {}
    changes: dict[str, Any] = {}
    # The spec states no format for names, phone numbers or the date of birth (the API's checks
    # are unknown), so every value the schema allows is stored as sent; the schema's own types
    # are enforced before this runs.
    for field in USER_FIELDS:
        if field not in body:
            continue
        value = body[field]
        if field in FLAGS:
            changes[field] = ("true" if value else "false") if isinstance(value, bool) else str(value)
        else:
            changes[field] = value
    site = access.find(call, "site", user.data["site_id"])
    changes["updated"] = clock.iso(clock.now_in(site.data["timezone"], call.now()))
    return call.reply(200, view(call).user(_save(call, "user", user.id, changes)))


def list_user_games(call: Call) -> Reply:
    user = access.owned(call, "user", call.path["user_id"])
    game_ids = sorted({a.data["game_id"] for a in call.store.find("assignment", {"official_id": user.id})})
    return game_list(call, {"id": Where.among(game_ids)})


def list_user_availability(call: Call) -> Reply:
    user = access.owned(call, "user", call.path["user_id"])
    where = {"user_id": user.id, **dates(call)}
    if not call.store.count("availability", where):
        # Observed: a user without availability in the range gets 404, not an empty list.
        raise ApiProblem(404, "Not found: the user has no availability in this range")
    return listing(
        call,
        "availability",
        "availability",
        where,
        each(View.availability),
        order_by="date",
        default_limit=AVAILABILITY_PAGE,
    )


# Venues, zones, statements, forms -------------------------------------------------------------


def get_venue(call: Call) -> Reply:
    return call.reply(200, view(call).venue(access.owned(call, "venue", call.path["venue_id"])))


def get_zone(call: Call) -> Reply:
    return call.reply(200, view(call).zone(access.owned(call, "zone", call.path["zone_id"])))


def list_form_submissions(call: Call) -> Reply:
    template = access.owned(call, "form_template", call.path["template_id"])
    where = {"template_id": template.id, **dates(call)}
    return listing(call, "form_submission", "form_submissions", where, each(View.form_submission), order_by="date")


def get_form_submission(call: Call) -> Reply:
    record = access.owned(call, "form_submission", call.path["form_submission_id"])
    return call.reply(200, view(call).form_submission(record))


HANDLERS: dict[str, Callable[[Call], Reply]] = {
    "getCurrentAccount": get_current_account,
    "listCurrentAccountGames": list_current_account_games,
    "listCurrentAccountSites": list_current_account_sites,
    "listCurrentAccountUsers": list_current_account_users,
    "listSites": list_sites,
    "getSite": get_site,
    "listGames": list_games,
    "createGame": create_game,
    "listUnassignedGames": list_unassigned_games,
    "listOfficialsUnassignedGames": list_officials_unassigned_games,
    "listUsers": list_users,
    "listVenues": list_venues,
    "listGameReports": list_game_reports,
    "listAllUnassignedGames": list_all_unassigned_games,
    "getGame": get_game,
    "updateGame": update_game,
    "deleteGame": delete_game,
    "unassignGame": unassign_game,
    "listGameAssignments": list_game_assignments,
    "getAssignment": get_assignment,
    "confirmAssignment": confirm_assignment,
    "assignOfficial": assign_official,
    "requestGame": request_game,
    "getUser": get_user,
    "updateUser": update_user,
    "listUserGames": list_user_games,
    "listUserAvailability": list_user_availability,
    "getVenue": get_venue,
    "getZone": get_zone,
    "listStatements": list_statements,
    "listFormSubmissions": list_form_submissions,
    "getFormSubmission": get_form_submission,
}
