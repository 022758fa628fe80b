"""Who may see and change what: site membership (403), subscriptions (402), unknown ids (404).

A token belongs to an account; the account is a member of a site when it has a user profile
there. Assignors and managers of a site may change its games and users; officials may answer
their own assignments and request games. Checks run in the order 404, 403, 402.
"""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine.exchange import ApiProblem, Call
from apicontracts.mock.engine.store import Record

NAMES = {
    "site": "site",
    "game": "game",
    "user": "user",
    "assignment": "assignment",
    "venue": "venue",
    "zone": "zone",
    "form_template": "form template",
    "form_submission": "form submission",
}


def account_id(call: Call) -> int:
    principal = call.principal
    assert principal is not None, "Assignr operations are all secured"
    return int(principal.subject)


def profiles(call: Call) -> list[Record]:
    """The caller's user profiles, one per site it belongs to."""
    account = account_id(call)
    key = (id(call.store), account, call.store.changes("user"))
    cached = _profiles.get(key)
    if cached is None:
        if len(_profiles) > 1000:
            _profiles.clear()
        cached = call.store.find("user", {"account_id": account})
        _profiles[key] = cached
    return list(cached)


# (store, account, user changes) -> profiles: memberships are read on every request, written rarely.
_profiles: dict[tuple[int, int, tuple[int, int]], list[Record]] = {}


def profile_in(call: Call, site_id: int) -> Record | None:
    return next((p for p in profiles(call) if p.data["site_id"] == site_id), None)


def member_sites(call: Call) -> list[Record]:
    sites = [call.store.get("site", p.data["site_id"]) for p in profiles(call)]
    return sorted((s for s in sites if s is not None), key=lambda s: s.id)


def require_subscribed_account(call: Call) -> list[Record]:
    """Account-wide operations: 402 when none of the caller's sites has an active subscription."""
    sites = member_sites(call)
    if not any(site.data["subscription_active"] for site in sites):
        raise ApiProblem(402, "Payment required: none of your sites has an active Assignr subscription")
    return sites


def find(call: Call, kind: str, id: Any) -> Record:
    record = call.store.get(kind, id)
    if record is None:
        raise ApiProblem(404, f"Not found: no {NAMES.get(kind, kind)} {id}")
    return record


def site_of(call: Call, site_id: int, *, write: bool = False, official: bool = False) -> Record:
    """The site, if the caller may use it: 403 for non-members (or non-assignors when writing), 402 unpaid."""
    site = find(call, "site", site_id)
    profile = profile_in(call, site_id)
    if profile is None:
        raise ApiProblem(403, f"Forbidden: your account does not belong to site {site_id}")
    if write and "true" not in (profile.data["assignor"], profile.data["manager"]):
        raise ApiProblem(403, f"Forbidden: only assignors and managers of site {site_id} may do this")
    if official and profile.data["official"] != "true":
        raise ApiProblem(403, f"Forbidden: you are not an official of site {site_id}")
    if not site.data["subscription_active"]:
        raise ApiProblem(402, f"Payment required: site {site_id} has no active Assignr subscription")
    return site


def owned(call: Call, kind: str, id: Any, *, write: bool = False) -> Record:
    """A record that belongs to a site (game, user, venue, ...), checked 404, 403, 402."""
    record = find(call, kind, id)
    site_of(call, int(record.data["site_id"]), write=write)
    return record
