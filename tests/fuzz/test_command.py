"""`apicontracts fuzz`: which server, which credentials, how hard; and the built-in mock without a URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from apicontracts.cli import app
from apicontracts.contracts import APIS
from apicontracts.fuzz import runner, targets
from apicontracts.fuzz.auth import AssignrClientCredentials
from apicontracts.fuzz.settings import RunSettings
from apicontracts.fuzz.targets import Target
from tests.fuzz import stub_api

cli = CliRunner()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    recorded: list[dict[str, Any]] = []

    def fake_fuzz(contract: Any, target: Target, **kwargs: Any) -> runner.Outcome:
        recorded.append({"contract": contract, "target": target, **kwargs})
        return runner.Outcome(contract.name, 0, None, [])

    monkeypatch.setattr(runner, "fuzz", fake_fuzz)
    return recorded


def test_a_url_names_one_server_so_it_needs_an_api() -> None:
    result = cli.invoke(app, ["fuzz", "--url", "https://staging.example.com"])
    assert result.exit_code == 2
    assert "add --api" in result.output


def test_credentials_come_from_the_environment_and_options_override_them(calls: list[dict[str, Any]]) -> None:
    env = {"ASSIGNR_CLIENT_ID": "env-id", "ASSIGNR_CLIENT_SECRET": "env-secret", "ASSIGNR_CALLER_ID": "9"}
    args = ["fuzz", "--api", "assignr", "--url", "https://staging.example.com/api/v2", "--client-id", "cli-id"]
    result = cli.invoke(app, [*args, "--max-examples", "3", "--", "--generation-maximize", "response_time"], env=env)
    assert result.exit_code == 0, result.output
    [call] = calls
    assert call["target"] == Target(
        base_url="https://staging.example.com/api/v2",
        credentials=AssignrClientCredentials("cli-id", "env-secret"),
        caller_id="9",
    )
    assert call["options"].max_examples == 3
    assert call["options"].extra == ("--generation-maximize", "response_time")


def test_without_a_url_or_a_connected_mock_it_says_how_to_proceed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(targets.BUILTIN_TARGETS, "assignr", raising=False)
    result = cli.invoke(app, ["fuzz", "--api", "assignr"])
    assert result.exit_code == 2
    assert "no built-in mock is connected for assignr" in result.output


def test_without_a_url_each_api_gets_its_built_in_mock(
    monkeypatch: pytest.MonkeyPatch, calls: list[dict[str, Any]], tmp_path: Path
) -> None:
    for name in APIS:
        monkeypatch.setitem(targets.BUILTIN_TARGETS, name, stub_api.target)
    result = cli.invoke(app, ["fuzz", "--spec", str(stub_api.spec_file()), "--report-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [call["contract"].name for call in calls] == list(APIS)
    assert all(call["target"].app is not None for call in calls)
    assert [call["report_dir"] for call in calls] == [tmp_path / name for name in APIS]


def settings(base_url: str) -> RunSettings:
    return RunSettings(APIS["assignr"], Path("openapi.json"), base_url, Path("reports"))


def test_a_live_server_gets_the_apis_rate_limit_and_an_http_twin() -> None:
    live = settings("https://api.assignr.com/api/v2")
    command = runner.schemathesis_command(live, runner.FuzzOptions(max_time=60), rate_limit="180/m")
    assert command[command.index("--rate-limit") + 1] == "180/m"
    assert command[command.index("--max-time") + 1] == "60"
    assert command[command.index("--phases") + 1] == "examples,coverage,fuzzing,stateful"
    assert command[command.index("--checks") + 1] == "all"
    assert runner.http_twin(live.base_url) == "http://api.assignr.com/api/v2"
    assert runner.http_twin("http://127.0.0.1:8000") is None


def test_the_built_in_mock_is_served_on_localhost_and_fuzzed_without_a_rate_limit(tmp_path: Path) -> None:
    outcome = runner.fuzz(
        stub_api.CONTRACT,
        stub_api.target(),
        spec=stub_api.spec_file(),
        report_dir=tmp_path,
        options=runner.FuzzOptions(max_examples=3, seed=1, phases=("examples", "fuzzing")),
    )
    assert outcome.exit_code == 0
    assert outcome.matrix is not None and outcome.matrix.responses > 0
    assert {path.name for path in outcome.reports} == {"coverage.md", "coverage.html", "junit.xml"}
