"""What a fuzz run saw: one observation per response, with the checks it failed.

The schemathesis child process records them (`hooks`) into `observations.json`; the report
(`matrix`, `report`) is built from that file, so it can be rendered and tested without a run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from schemathesis.engine import Status
from schemathesis.engine.recorder import ScenarioRecorder


@dataclass(frozen=True)
class FailedCheck:
    check: str
    title: str
    message: str
    # A command that sends the failing request again (curl, credentials masked).
    reproduce: str


@dataclass(frozen=True)
class Observation:
    method: str
    path: str
    # None when the request got no response at all (connection error, timeout).
    status: int | None
    failures: tuple[FailedCheck, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def from_recorder(recorder: ScenarioRecorder) -> Iterator[Observation]:
    """Every response a scenario got, probes sent by checks included: they are answers too."""
    for case_id, interaction in recorder.interactions.items():
        node = recorder.cases.get(case_id)
        if node is None:
            continue
        case = node.value
        failures = tuple(
            FailedCheck(
                check=check.name,
                title=check.failure_info.failure.title,
                message=check.failure_info.failure.message,
                reproduce=check.failure_info.code_sample,
            )
            for check in recorder.checks.get(case_id, [])
            if check.status == Status.FAILURE and check.failure_info is not None
        )
        status = interaction.response.status_code if interaction.response is not None else None
        # The case's method, not the operation's: probes for unsupported methods are not the operation.
        yield Observation(method=case.method.upper(), path=case.operation.path, status=status, failures=failures)


def dump(observations: Iterable[Observation], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(item) for item in observations], indent=1) + "\n", encoding="utf-8")


def load(path: Path) -> list[Observation]:
    items = json.loads(path.read_text(encoding="utf-8"))
    return [
        Observation(
            method=item["method"],
            path=item["path"],
            status=item["status"],
            failures=tuple(FailedCheck(**failure) for failure in item["failures"]),
        )
        for item in items
    ]
