"""A fresh LearningStudio mock per test, on a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from apicontracts.mock import MockConfig, create_app
from apicontracts.mock.engine.testing import InProcessMock

from .support import Campus, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def campus(clock: FakeClock) -> Iterator[Campus]:
    app = create_app("learningstudio", config=MockConfig(clock=clock))
    mock = InProcessMock(app)
    try:
        yield Campus(mock, clock)
    finally:
        app.store.close()
    assert app.response_failures == [], app.response_failures
