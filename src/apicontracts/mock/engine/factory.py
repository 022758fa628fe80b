"""`create_app`: the mock of one API, by name."""

from __future__ import annotations

from pathlib import Path

from apicontracts.mock.engine.app import MockApp
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.registry import behaviour_for


def create_app(api: str, *, database: str | Path = ":memory:", config: MockConfig | None = None) -> MockApp:
    """An ASGI app for `api`, seeded with realistic data on first use of the database."""
    config = config or MockConfig()
    return MockApp(behaviour_for(api, config), database=database, config=config)
