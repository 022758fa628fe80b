"""Helpers for the mock tests; the `assignr_mock` fixture itself comes from the package's pytest plugin."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from apicontracts.mock import MockConfig, create_app
from apicontracts.mock.engine.testing import InProcessMock


class FakeClock:
    """Epoch seconds that only move when a test says so."""

    def __init__(self, now: float = 1_727_362_800.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_mock() -> Iterator[Callable[..., InProcessMock]]:
    """An in-process Assignr mock with a given config; asserts it never sent an invalid response."""
    made: list[InProcessMock] = []

    def make(api: str = "assignr", **config: object) -> InProcessMock:
        mock = InProcessMock(create_app(api, config=MockConfig(**config)))  # type: ignore[arg-type]
        made.append(mock)
        return mock

    yield make
    for mock in made:
        assert not mock.app.response_failures, mock.app.response_failures
        mock.app.store.close()
