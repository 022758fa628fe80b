"""Fuzz an ASGI app in-process from pytest: the checks and authentication of `apicontracts fuzz`,
through schemathesis' pytest integration and state machine, without a network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
from schemathesis import BaseSchema
from schemathesis.python.asgi import get_client

from apicontracts.contracts import ApiContract
from apicontracts.fuzz import xmlbodies
from apicontracts.fuzz.auth_hooks import register
from apicontracts.fuzz.checks import Case, CheckFunction, CheckSettings, ProjectChecks
from apicontracts.fuzz.filters import failure_filter
from apicontracts.fuzz.suffixes import bare_suffix_hook
from apicontracts.fuzz.targets import Target
from apicontracts.fuzz.xmlbodies import spec_title

# The host schemathesis' ASGI client sends requests to.
ASGI_ORIGIN = "http://testserver"


@dataclass
class InProcess:
    """A schema bound to an app, and the project checks to run on every response."""

    schema: BaseSchema
    checks: list[CheckFunction]
    max_examples: int

    def call_and_validate(self, case: Case) -> None:
        case.call_and_validate(additional_checks=self.checks)

    def run_stateful(self) -> None:
        """Sequences of calls along the spec's links, every response checked."""
        checks = self.checks

        class Machine(self.schema.as_state_machine()):  # type: ignore[misc]
            def validate_response(self, response: Any, case: Case, **kwargs: Any) -> None:
                super().validate_response(response, case, additional_checks=checks, **kwargs)

        Machine.run(
            settings=hypothesis.settings(
                max_examples=self.max_examples, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
            )
        )


def bind(contract: ApiContract, target: Target, spec: Path, *, max_examples: int = 10) -> InProcess:
    """Load `spec` for the target's ASGI app, with the target's credentials and the contract's checks."""
    if target.app is None:
        raise ValueError("in-process fuzzing needs an ASGI app")
    base_url = ASGI_ORIGIN + target.base_path.rstrip("/")
    config = schemathesis.Config.from_dict(
        {
            "base-url": base_url,
            "generation": {"max-examples": max_examples},
            "phases": {name: {"enabled": True} for name in ("examples", "coverage", "fuzzing", "stateful")},
        }
    )
    schema = schemathesis.openapi.from_path(spec, config=config)
    schema.app = target.app
    schema.hook(failure_filter(contract))
    if contract.format_params:
        schema.hook(bare_suffix_hook(contract))
    xmlbodies.register(contract, spec_title(schema.raw_schema))
    if target.credentials is not None:
        register(schema.auth, target.credentials, base_url, get_client(target.app))
    checks = ProjectChecks(CheckSettings(contract=contract, caller_id=target.caller_id)).all()
    return InProcess(schema=schema, checks=checks, max_examples=max_examples)
