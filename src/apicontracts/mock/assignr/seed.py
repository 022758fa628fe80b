"""Seed data for the Assignr mock, derived from the recorded samples in ../shared/samples/assignr/.

Names, ids, positions, flags and formats follow the samples: the "Test League" site 123456 with
357 games (8 pages of 50, as recorded), Simpsons and Disney officials, the Referee / Asst. Referee
/ Scorekeeper positions with their sample ids, string booleans where the samples have them,
availability like "8a-11a", and the recorded form submission 948093. A fixed random seed keeps
every database identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from typing import Any

from apicontracts.mock.assignr import clock
from apicontracts.mock.engine.store import Store

ZONE = "America/New_York"
SEED = 357

# Positions as recorded: Referee 78498 and Scorekeeper 83433 come from the assignments sample.
REFEREE = (78498, "Referee", "R")
ASSISTANT = (78501, "Asst. Referee", "AR")
SCOREKEEPER = (83433, "Scorekeeper", "S")
PATTERNS = {
    "3 Officials": (REFEREE, ASSISTANT, ASSISTANT),
    "Referee + Scorekeeper": (REFEREE, REFEREE, SCOREKEEPER),
    "Solo Referee": (REFEREE,),
}


@dataclass(frozen=True)
class SiteSeed:
    id: int
    name: str
    subscription_active: bool
    flags: dict[str, str]
    games: int
    first_day: dt.date
    created: str


SITES = (
    # The recorded sites list: "Test League", its flags verbatim.
    SiteSeed(
        123456,
        "Test League",
        True,
        {
            "show_game_requests": "false",
            "show_unassigned_games": "true",
            "show_all_games": "false",
            "show_game_reports": "true",
            "forms_enabled": "false",
        },
        357,
        dt.date(2024, 9, 3),
        "2022-08-15T10:12:31.000-04:00",
    ),
    # The site embedded in the recorded user: "Soccer League" 1234, created 2023-01-19.
    SiteSeed(
        1234,
        "Soccer League",
        True,
        {
            "show_game_requests": "true",
            "show_unassigned_games": "true",
            "show_all_games": "true",
            "show_game_reports": "false",
            "forms_enabled": "true",
        },
        60,
        dt.date(2024, 9, 7),
        "2023-01-19T19:19:43.000-05:00",
    ),
    SiteSeed(
        4321,
        "Shelbyville Youth Soccer",
        True,
        {
            "show_game_requests": "true",
            "show_unassigned_games": "true",
            "show_all_games": "false",
            "show_game_reports": "true",
            "forms_enabled": "true",
        },
        20,
        dt.date(2024, 9, 8),
        "2021-03-02T08:45:10.000-05:00",
    ),
    # A site whose subscription lapsed: every request about it gets 402.
    SiteSeed(
        5678,
        "Capital City Officials Association",
        False,
        {
            "show_game_requests": "false",
            "show_unassigned_games": "false",
            "show_all_games": "false",
            "show_game_reports": "false",
            "forms_enabled": "true",
        },
        10,
        dt.date(2024, 9, 14),
        "2019-06-11T14:02:55.000-04:00",
    ),
)

# Accounts (logins) and their OAuth applications. The default client is the assignor's.
ACCOUNTS = (
    (1, "Mr.", "Burns", "mburns"),
    (2, "Homer", "Simpson", "hsimpson"),
    (3, "Ned", "Flanders", "nflanders"),
    (4, "Hans", "Moleman", "hmoleman"),
)
# role -> (account, scopes, what it is for)
CLIENTS = {
    "default": (1, ("read", "write", "bank"), "assignor of Test League, Soccer League and the lapsed site"),
    "read_only": (1, ("read",), "same account, read scope only: writes get 403"),
    "bank_only": (1, ("bank",), "same account, bank scope only: reads and writes get 403"),
    "official": (2, ("read", "write"), "Homer Simpson, an official: can accept or decline his assignments"),
    "other_account": (3, ("read", "write"), "assignor of Shelbyville only: Test League gets 403"),
    "lapsed": (4, ("read", "write"), "only a member of the lapsed site: everything gets 402"),
}
# site -> [(account, user id, first, last, official, assignor, manager)]
MEMBERS = {
    123456: [
        (1, 10001, "Mr.", "Burns", "false", "true", "true"),
        (2, 12761, "Homer", "Simpson", "true", "false", "false"),
    ],
    1234: [
        (1, 10002, "Mr.", "Burns", "false", "true", "true"),
        (2, 12762, "Homer", "Simpson", "true", "false", "false"),
    ],
    4321: [(3, 10003, "Ned", "Flanders", "false", "true", "true")],
    5678: [(1, 10004, "Mr.", "Burns", "false", "true", "true"), (4, 10005, "Hans", "Moleman", "true", "true", "true")],
}
# Officials without API clients, from the samples (ids kept where the samples give them).
OFFICIALS = [
    (12656, "Mickey", "Mouse"),
    (12657, "Marge", "Simpson"),
    (12658, "Bart", "Simpson"),
    (12659, "Lisa", "Simpson"),
    (12660, "Minnie", "Mouse"),
    (12661, "Donald", "Duck"),
    (12662, "Daisy", "Duck"),
    (12663, "Goofy", "Goof"),
    (12664, "Milhouse", "Van Houten"),
    (12665, "Edna", "Krabappel"),
    (12666, "Seymour", "Skinner"),
    (12667, "Apu", "Nahasapeemapetilon"),
    (12668, "Moe", "Szyslak"),
    (12669, "Barney", "Gumble"),
    (12670, "Lenny", "Leonard"),
    (12671, "Carl", "Carlson"),
    (12672, "Pluto", "Dog"),
    (12673, "Scrooge", "McDuck"),
]
TOWNS = ("Springfield", "Shelbyville", "Ogdenville", "North Haverbrook", "Capital City", "Brockway")
TEAMS = ("Springfield", "Isotopes", "Shelbyville", "Ogdenville", "Capital City", "North Haverbrook", "Brockway")
AGE_GROUPS = ("Grade 3/4", "Grade 5/6", "Grade 7/8", "U12", "U14")
LEAGUES = ("Springfield", "Coastal", "South Shore")
VENUES = (
    ("Springfield Elementary", 42.1015, -72.5898, "19 Plympton Street", "Springfield", "MA", "01105"),
    ("Summit Field", 42.1224, -72.5412, "400 Summit Avenue", "Springfield", "MA", "01104"),
    ("Evergreen Terrace Park", 42.0847, -72.5623, "742 Evergreen Terrace", "Springfield", "MA", "01108"),
    ("Shelbyville Stadium", 42.0592, -72.6205, "1 Stadium Way", "Shelbyville", "MA", "01107"),
    ("Ogdenville Commons", None, None, "55 Main Street", "Ogdenville", "MA", "01020"),
)
STREETS = ("Evergreen Terrace", "Elm Street", "Main Street", "Maple Avenue")
SUBVENUES = ("Front Field", "Back Field", "Field 1", "Field 2", None)
# Form template ids are site-specific (108 and 1002 are the recorded ones).
TEMPLATES = {1234: 108, 4321: 1002, 5678: 2002, 123456: 2001}
KICKOFFS = (
    dt.time(8, 0),
    dt.time(9, 30),
    dt.time(11, 0),
    dt.time(13, 0),
    dt.time(15, 30),
    dt.time(17, 30),
    dt.time(18, 0),
)


class Ids:
    """Ids in the ranges the samples show (assignments step by 3, as recorded)."""

    def __init__(self) -> None:
        self.game = 1234566
        self.assignment = 63558180
        self.venue = 98764
        self.zone = 320
        self.availability = 7518668540
        self.statement = 552000
        self.report = 31000
        self.report_official = 3881670
        self.submission = 948092
        self.user = 12700

    def next(self, name: str, step: int = 1) -> int:
        value: int = getattr(self, name) + step
        setattr(self, name, value)
        return value


def seed(store: Store) -> None:
    """Fill an empty database; every run writes the same records."""
    rng = random.Random(SEED)
    ids = Ids()
    for account_id, first, last, login in ACCOUNTS:
        store.insert("account", {"first_name": first, "last_name": last, "login": login}, id=account_id)
    for order, (role, (account_id, scopes, description)) in enumerate(CLIENTS.items()):
        store.insert(
            "client",
            {
                "order": order,
                "secret": _secret("secret", role),
                "scopes": list(scopes),
                "account_id": account_id,
                "role": role,
                "description": description,
            },
            id=_secret("client", role)[:43],
        )
    for site in SITES:
        _seed_site(store, rng, ids, site)
    _seed_statements(store, rng, ids)


def _secret(kind: str, role: str) -> str:
    # Stable, so `make mock` prints the same credentials every time.
    return hashlib.sha256(f"apicontracts-mock:{kind}:{role}".encode()).hexdigest()


def _stamp(day: dt.date, hour: int, minute: int, second: int = 0) -> str:
    return clock.iso(clock.at(day, dt.time(hour, minute, second), ZONE))


def _seed_site(store: Store, rng: random.Random, ids: Ids, site: SiteSeed) -> None:
    store.insert(
        "site",
        {
            "name": site.name,
            "timezone": ZONE,
            "subscription_active": site.subscription_active,
            **site.flags,
            "sports": ["soccer"],
            "created": site.created,
            "updated": "2024-02-01T00:02:13.000-05:00",
        },
        id=site.id,
    )
    zone = store.insert(
        "zone",
        {
            "site_id": site.id,
            "name": f"{TOWNS[site.id % len(TOWNS)]} North",
            "location": f"{TOWNS[site.id % len(TOWNS)]}, MA, USA",
            "created": site.created,
            "updated": site.created,
        },
        id=ids.next("zone"),
    )
    venues = [_seed_venue(store, ids, site, zone.id if i % 2 == 0 else None, *v) for i, v in enumerate(VENUES)]
    members = MEMBERS[site.id]
    for account_id, user_id, first, last, official, assignor, manager in members:
        _seed_user(
            store, rng, site, user_id, first, last, account_id, official=official, assignor=assignor, manager=manager
        )
    officials = [member[1] for member in members if member[4] == "true"]
    for user_id in officials:
        _seed_availability(store, rng, ids, user_id, site.first_day)
    for offset, (user_id, first, last) in enumerate(OFFICIALS):
        # The recorded user 1234 is Mickey Mouse of "Soccer League" (site 1234).
        uid = user_id if site.id == 123456 else 1234 if (site.id, first) == (1234, "Mickey") else ids.next("user")
        _seed_user(store, rng, site, uid, first, last, None, official="true", assignor="false", manager="false")
        officials.append(uid)
        if offset % 3 != 2:
            _seed_availability(store, rng, ids, uid, site.first_day)
    assignor_id = next(member[1] for member in members if member[5] == "true")
    for number in range(site.games):
        _seed_game(store, rng, ids, site, number, venues, zone.id, assignor_id, officials)


def _seed_venue(
    store: Store,
    ids: Ids,
    site: SiteSeed,
    zone_id: int | None,
    name: str,
    lat: float | None,
    lng: float | None,
    street: str,
    city: str,
    state: str,
    postal: str,
) -> int:
    record = store.insert(
        "venue",
        {
            "site_id": site.id,
            "zone_id": zone_id,
            "name": name,
            "latitude": lat,
            "longitude": lng,
            "street_1": street,
            "city": city,
            "state_or_province": state,
            "postal": postal,
            "created": site.created,
            "updated": site.created,
        },
        id=ids.next("venue"),
    )
    return int(record.id)


def _seed_user(
    store: Store,
    rng: random.Random,
    site: SiteSeed,
    user_id: int,
    first: str,
    last: str,
    account_id: int | None,
    *,
    official: str,
    assignor: str,
    manager: str,
) -> None:
    town = rng.choice(TOWNS)
    handle = f"{first}.{last}".lower().replace(" ", "").replace("mr..", "mr.")
    store.insert(
        "user",
        {
            "site_id": site.id,
            "account_id": account_id,
            "first_name": first,
            "last_name": last,
            "mi": None,
            "street1": f"{rng.randint(10, 999)} {rng.choice(STREETS)}",
            "street2": None,
            "city": town,
            "state": "MA",
            "postal_code": f"011{rng.randint(0, 99):02d}",
            "home_phone": None,
            "work_phone": None,
            "mobile_phone": f"({rng.randint(200, 999)}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
            "home_phone_is_public": "false",
            "work_phone_is_public": "false",
            "mobile_phone_is_public": rng.choice(("true", "false")),
            "date_of_birth": None,
            "official": official,
            "assignor": assignor,
            "manager": manager,
            "observer": "false",
            "active": "true",
            "email_addresses": [f"{handle}@gmail.com"],
            "avatar": hashlib.sha256(f"{site.id}:{user_id}".encode()).hexdigest(),
            "created": "2023-11-05T15:07:42.000-05:00",
            "updated": "2024-02-01T19:55:00.000-05:00",
        },
        id=user_id,
    )


def _seed_availability(store: Store, rng: random.Random, ids: Ids, user_id: int, first_day: dt.date) -> None:
    # As recorded: an all-day entry, then morning and evening windows described as "8a-11a".
    for week in range(3):
        day = first_day + dt.timedelta(days=7 * week + rng.randint(0, 4))
        created = _stamp(day - dt.timedelta(days=6), 19, 52, 21)
        if week == 0:
            data: dict[str, Any] = {
                "date": day.isoformat(),
                "all_day": "true",
                "description": "all day",
                "created": created,
            }
        else:
            start, end, text = rng.choice(((8, 11, "8a-11a"), (16, 20, "4p-8p"), (12, 17, "noon-5p")))
            data = {
                "date": day.isoformat(),
                "all_day": "false",
                "description": text,
                "start_time": clock.localized_time(clock.at(day, dt.time(start), ZONE)),
                "end_time": clock.localized_time(clock.at(day, dt.time(end), ZONE)),
                "created": created,
                "updated": _stamp(day - dt.timedelta(days=6), 19, 54, 23),
            }
        store.insert("availability", {"user_id": user_id, **data}, id=ids.next("availability", 613))


def _seed_game(
    store: Store,
    rng: random.Random,
    ids: Ids,
    site: SiteSeed,
    number: int,
    venues: list[int],
    zone_id: int,
    assignor: int,
    officials: list[int],
) -> None:
    day = site.first_day + dt.timedelta(days=(number * 83) // max(site.games, 1))
    start = clock.at(day, rng.choice(KICKOFFS), ZONE)
    end = start + dt.timedelta(minutes=75)
    home, away = rng.sample(TEAMS, 2)
    pattern = rng.choice(tuple(PATTERNS))
    status = rng.choices(("A", "X", "C"), weights=(40, 1, 1))[0]
    venue_id = venues[number % len(venues)]
    created = _stamp(day - dt.timedelta(days=30), 22, 51, 20)
    league = rng.choice(LEAGUES)
    game = store.insert(
        "game",
        {
            "site_id": site.id,
            "venue_id": venue_id,
            "zone_id": zone_id if number % 2 == 0 else None,
            "assignor_id": assignor,
            "start_time": clock.iso(start),
            "end_time": clock.iso(end),
            "date": day.isoformat(),
            "age_group": rng.choice(AGE_GROUPS),
            "home_team": f"{home}-{rng.randint(1, 6)}",
            "away_team": f"{away}-{rng.randint(1, 6)}",
            "game_type": rng.choice(("Coastal", "League", "Cup")),
            "gender": rng.choice(("Boys", "Girls", "Coed")),
            "league": league,
            "league_id": 4321 + LEAGUES.index(league),
            "pattern": pattern,
            "status": status,
            "published": True,
            "user_defined_id": f"{site.id % 1000:03d}-{number + 1:04d}",
            "external_id": None,
            "subvenue": rng.choice(SUBVENUES),
            "public_note": None,
            "private_note": None,
            "created": created,
            "updated": _stamp(day - dt.timedelta(days=29), 12, 45, 56),
        },
        id=ids.next("game"),
    )
    played = day < dt.date(2024, 10, 1)
    for order, (position_id, position, abbreviation) in enumerate(PATTERNS[pattern], start=1):
        filled = played or rng.random() < 0.75
        official = rng.choice(officials) if filled else None
        accepted = official is not None and (played or rng.random() < 0.6)
        store.insert(
            "assignment",
            {
                "game_id": game.id,
                "site_id": site.id,
                "position_id": position_id,
                "position": position,
                "position_abbreviation": abbreviation,
                "sort_order": order,
                "official_id": official,
                "accepted": accepted,
                "declined": False,
                "fee": 45.0 if abbreviation == "R" else 30.0,
                "created": created,
                "updated": _stamp(day - dt.timedelta(days=29), 12, 44, 16),
            },
            id=ids.next("assignment", 3),
        )
    if played and site.flags["show_game_reports"] == "true" and number % 3 == 0:
        _seed_report(store, rng, ids, site, int(game.id), day, assignor)
    if site.flags["forms_enabled"] == "true" and number % 4 == 0:
        _seed_submission(store, rng, ids, site, int(game.id), day, home, away)


def _seed_report(
    store: Store, rng: random.Random, ids: Ids, site: SiteSeed, game_id: int, day: dt.date, author: int
) -> None:
    officials = []
    for assignment in store.find("assignment", {"game_id": game_id}):
        if assignment.data["official_id"] is None:
            continue
        stamp = _stamp(day, 20, 5, 55)
        officials.append(
            {
                "id": ids.next("report_official"),
                "user_id": assignment.data["official_id"],
                "assignment_id": assignment.id,
                "no_show": False,
                "position_name": assignment.data["position"],
                "no_show_status": None,
                "created": stamp,
                "updated": stamp,
            }
        )
    home, away = rng.randint(0, 6), rng.randint(0, 6)
    misconduct = rng.random() < 0.15
    text = "Caution issued for dissent." if misconduct else "No incidents."
    store.insert(
        "game_report",
        {
            "site_id": site.id,
            "game_id": game_id,
            "date": day.isoformat(),
            "author_id": author,
            "misconduct": misconduct,
            "home_team_score": home,
            "away_team_score": away,
            "text": text,
            "html": f"<p>{text}</p>",
            "officials": officials,
            "created": _stamp(day, 20, 5, 55),
            "updated": _stamp(day, 20, 5, 55),
        },
        id=ids.next("report"),
    )


def _seed_submission(
    store: Store, rng: random.Random, ids: Ids, site: SiteSeed, game_id: int, day: dt.date, home: str, away: str
) -> None:
    template = TEMPLATES[site.id]
    home_score, away_score = rng.randint(0, 8), rng.randint(0, 8)
    author = rng.choice(OFFICIALS)
    values = [
        {"key": ".venue", "template_key": "venue", "label": "Venue", "value": "Summit Field - Front Field"},
        {"key": ".homeTeam", "template_key": "homeTeam", "label": "Home Team", "value": home},
        {"key": ".awayTeam", "template_key": "awayTeam", "label": "Away Team", "value": away},
        {"key": ".homeTeamScore", "template_key": "homeTeamScore", "label": "Home Score", "value": str(home_score)},
        {"key": ".awayTeamScore", "template_key": "awayTeamScore", "label": "Away Score", "value": str(away_score)},
        {"key": ".ejections", "template_key": "ejections", "label": "Ejections", "value": "false"},
        {
            "key": ".officials.0.name",
            "template_key": "name",
            "label": "Officials > 1 > Name",
            "value": f"{author[1]} {author[2]}",
        },
        {"key": ".officials.0.grade", "template_key": "grade", "label": "Officials > 1 > Grade", "value": "null"},
        {
            "key": ".officials.0.position",
            "template_key": "position",
            "label": "Officials > 1 > Position",
            "value": "Referee",
        },
        {"key": ".adminNarrative", "template_key": "adminNarrative", "label": "Description", "value": "null"},
    ]
    store.insert(
        "form_submission",
        {
            "template_id": template,
            "site_id": site.id,
            "game_id": game_id,
            "date": day.isoformat(),
            "author_name": f"{author[1]} {author[2]}",
            "has_misconduct": "false",
            "has_no_show": "false",
            "has_narrative": "false",
            "has_ejections": "false",
            "home_team_score": home_score,
            "away_team_score": away_score,
            "attachments": [],
            "values": values,
            "created": _stamp(day + dt.timedelta(days=1), 10, 59, 55),
            "updated": _stamp(day + dt.timedelta(days=1), 10, 59, 57),
        },
        id=ids.next("submission"),
    )
    if store.get("form_template", template) is None:
        store.insert("form_template", {"site_id": site.id, "name": "Game Report"}, id=template)


def _seed_statements(store: Store, rng: random.Random, ids: Ids) -> None:
    # Monthly payment statements for the accounts that officiate or are paid as assignors.
    for account_id, site_id, payor in (
        (1, 123456, "Test League"),
        (2, 123456, "Test League"),
        (2, 1234, "Soccer League"),
    ):
        for month in (7, 8, 9, 10):
            day = dt.date(2024, month, 28)
            amount = float(rng.randint(4, 20) * 15)
            paid = amount if month < 10 else 0.0
            store.insert(
                "statement",
                {
                    "account_id": account_id,
                    "site_id": site_id,
                    "statement_date": day.isoformat(),
                    "description": f"{payor} officiating fees, {day:%B %Y}",
                    "status": "paid" if paid else "open",
                    "amount": amount,
                    "amount_paid": paid,
                    "currency": "USD",
                    "payor_name": payor,
                    "created": _stamp(day, 6, 0),
                    "updated": _stamp(day + dt.timedelta(days=3), 9, 15),
                },
                id=ids.next("statement"),
            )
