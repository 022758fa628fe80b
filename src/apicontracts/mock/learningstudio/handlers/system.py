"""`GET /systemDateTime` (reference 2.5)."""

from __future__ import annotations

from apicontracts.mock.engine import Call, Handler, Reply
from apicontracts.mock.learningstudio.dates import iso


def get_system_date_time(call: Call) -> Reply:
    return call.reply(200, {"systemDateTime": {"value": iso(call.now())}})


HANDLERS: dict[str, Handler] = {"getSystemDateTime": get_system_date_time}
