"""Which module holds each API's behaviour; imported only when that mock is created."""

from __future__ import annotations

import importlib

from apicontracts.mock.engine.behaviour import ApiBehaviour
from apicontracts.mock.engine.config import MockConfig

BEHAVIOURS = {
    "assignr": "apicontracts.mock.assignr",
    "learningstudio": "apicontracts.mock.learningstudio",
}


class UnknownApi(ValueError):
    """No mock behaviour is registered under that name."""


def behaviour_for(api: str, config: MockConfig) -> ApiBehaviour:
    if api not in BEHAVIOURS:
        raise UnknownApi(f"no mock for {api!r}; choose one of {', '.join(BEHAVIOURS)}")
    module = importlib.import_module(BEHAVIOURS[api])
    behaviour: ApiBehaviour = module.behaviour(config)
    return behaviour
