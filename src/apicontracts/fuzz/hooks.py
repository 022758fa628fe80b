"""schemathesis extension hooks for one run, loaded in the child through `SCHEMATHESIS_HOOKS`.

They register the project checks, the API's authentication and a CLI handler that records every
response for the coverage matrix. Registration is global to schemathesis, which is why each run
gets its own process.
"""

from __future__ import annotations

import json
from typing import Any

import requests
import schemathesis
from schemathesis.auths import GLOBAL_AUTH_STORAGE
from schemathesis.cli import handler
from schemathesis.cli.commands.run.handlers import EventHandler
from schemathesis.engine import events

from apicontracts.fuzz import observations, xmlbodies
from apicontracts.fuzz.auth_hooks import register
from apicontracts.fuzz.checks import CheckSettings, ProjectChecks
from apicontracts.fuzz.filters import failure_filter
from apicontracts.fuzz.settings import RunSettings, from_environment
from apicontracts.fuzz.suffixes import bare_suffix_hook
from apicontracts.fuzz.xmlbodies import spec_title


def install(settings: RunSettings) -> None:
    checks = ProjectChecks(
        CheckSettings(
            contract=settings.contract,
            http_url=settings.http_url,
            caller_id=settings.caller_id,
        )
    )
    for check in checks.all():
        schemathesis.check(check)
    schemathesis.hook(failure_filter(settings.contract))
    if settings.contract.format_params:
        schemathesis.hook(bare_suffix_hook(settings.contract))
    xmlbodies.register(settings.contract, spec_title(json.loads(settings.spec.read_text(encoding="utf-8"))))
    if settings.credentials is not None:
        session = requests.Session()
        if settings.ca_file is not None:
            # The token endpoint is on the same self-signed server as the API.
            session.verify = settings.ca_file
        register(GLOBAL_AUTH_STORAGE, settings.credentials, settings.base_url, session)

    @handler()
    class ObservationRecorder(EventHandler[Any]):
        """Keeps what every scenario saw and writes it when the run ends, however it ends."""

        def __init__(self, *args: Any, **params: Any) -> None:
            self.seen: list[observations.Observation] = []

        def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
            if isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                self.seen.extend(observations.from_recorder(event.recorder))

        def shutdown(self, ctx: Any) -> None:
            observations.dump([*self.seen, *checks.probes], settings.observations_path)


install(from_environment())
